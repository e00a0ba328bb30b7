//! `--markdown`: a readable digest of the briefing — actors with roles, the timeline,
//! quotes with citations, and the sources — not hard-wrapped, so any viewer can
//! reflow it. Every string from an article is made inert first.

use std::io::{self, Write};

use crate::model::{Briefing, MeetingStatus, QuoteKind, SafeText, Source};

pub fn to_markdown(b: &Briefing) -> String {
    super::in_memory(|out| write_markdown(out, b))
}

/// Article text, inert, with Markdown's own characters escaped so a headline cannot
/// turn into a heading or a link.
fn md(s: &str) -> String {
    let safe = SafeText::new(s);
    let mut out = String::with_capacity(safe.as_str().len());
    for c in safe.as_str().chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

fn citation(b: &Briefing, s: &Source) -> String {
    let a = &b.articles[s.article];
    let date = a
        .date
        .map_or_else(|| "no date".to_string(), |d| d.to_string());
    format!("{}, {date}", md(&a.source))
}

/// [`to_markdown`] written to `out` as it is made.
pub fn write_markdown(out: &mut dyn Write, b: &Briefing) -> io::Result<()> {
    writeln!(out, "# Briefing\n")?;
    let dates: Vec<_> = b.articles.iter().filter_map(|a| a.date).collect();
    let span = match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(z)) if a != z => format!(", {a} to {z}"),
        (Some(a), _) => format!(", {a}"),
        _ => String::new(),
    };
    writeln!(
        out,
        "{}{span}: {}, {}, {}.\n",
        count(b.articles.len(), "article"),
        count(b.actors.len(), "actor"),
        count(b.meetings.len(), "meeting"),
        count(b.quotes.len(), "quote")
    )?;
    write_actors(out, b)?;
    write_timeline(out, b)?;
    write_quotes(out, b)?;
    writeln!(out, "## Sources\n")?;
    for (i, a) in b.articles.iter().enumerate() {
        let date = a
            .date
            .map_or_else(|| "no date".to_string(), |d| d.to_string());
        let title = a
            .title
            .as_deref()
            .map(|t| format!(" — {}", md(t)))
            .unwrap_or_default();
        let url = a
            .url
            .as_deref()
            .map(|u| format!(" <{}>", md(u)))
            .unwrap_or_default();
        writeln!(
            out,
            "{}. {} ({date}, {}){title}{url} [a{i}]",
            i + 1,
            md(&a.source),
            a.language.code()
        )?;
    }
    Ok(())
}

fn write_actors(out: &mut dyn Write, b: &Briefing) -> io::Result<()> {
    writeln!(out, "## Actors\n")?;
    let activity = super::activity(b);
    for (i, a) in b.actors.iter().enumerate() {
        let (quotes, meetings) = activity[i];
        let roles = if a.roles.is_empty() {
            String::new()
        } else {
            format!(
                ", {}",
                a.roles.iter().map(|r| md(r)).collect::<Vec<_>>().join("; ")
            )
        };
        writeln!(
            out,
            "- **{}** ({}{roles}) — {}, {}, {}",
            md(&a.name),
            a.kind.as_str(),
            count(a.mentions.len(), "mention"),
            count(quotes, "quote"),
            count(meetings, "meeting")
        )?;
    }
    writeln!(out)
}

fn write_timeline(out: &mut dyn Write, b: &Briefing) -> io::Result<()> {
    writeln!(out, "## Timeline\n")?;
    for m in super::timeline(b) {
        let date = super::date_label(m);
        let status = match m.status {
            MeetingStatus::Held => "held",
            MeetingStatus::Planned => "**planned**",
        };
        let who: Vec<String> = m
            .participants
            .iter()
            .map(|&p| md(&b.actors[p].name))
            .collect();
        let place = m
            .place
            .as_deref()
            .map(|p| format!(" in {}", md(p)))
            .unwrap_or_default();
        let sources: Vec<String> = m.sources().map(|s| citation(b, &s)).collect();
        writeln!(
            out,
            "- {date}, {status}{place}: {} — {}",
            who.join(", "),
            sources.join("; ")
        )?;
        if !m.disagreements.is_empty() {
            let notes: Vec<String> = m.disagreements.iter().map(|d| md(d)).collect();
            writeln!(out, "  - reports disagree: {}", notes.join("; "))?;
        }
    }
    writeln!(out)
}

fn write_quotes(out: &mut dyn Write, b: &Briefing) -> io::Result<()> {
    writeln!(out, "## Quotes\n")?;
    for q in &b.quotes {
        let speaker = q
            .speaker
            .map_or_else(|| "speaker unknown".to_string(), |s| md(&b.actors[s].name));
        let text = md(&b.text_of(q.article, q.span).replace('\n', " "));
        let cited: Vec<String> = q.sources().map(|s| citation(b, &s)).collect();
        match q.kind {
            QuoteKind::Direct => {
                let quoted = b.quoted(q.article, &text);
                writeln!(out, "> {quoted}\n>\n> — {speaker} ({})\n", cited.join("; "))?
            }
            QuoteKind::Reported => writeln!(
                out,
                "- {speaker}, reported: {text} ({})\n",
                cited.join("; ")
            )?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::load::parse_article;

    #[test]
    fn the_digest_lists_actors_timeline_quotes_and_sources() {
        let article = parse_article(
            "wiadomości/[a]#1.txt".into(),
            "date 2026-03-02\ntitle: Tusk w *Paryżu*\n\nPremier Donald Tusk spotkał się w Paryżu z prezydentem Francji Emmanuelem Macronem. – Europa musi wydawać więcej na obronę – powiedział Tusk.\n",
        );
        let digest = to_markdown(&extract(vec![article]));
        for expected in [
            "# Briefing",
            "1 article, 2026-03-02: 2 actors, 1 meeting, 1 quote.",
            "- **Donald Tusk** (person, premier) — 2 mentions, 1 quote, 1 meeting",
            "- 2026-03-02 (inferred), held in Paryż: Donald Tusk, Emmanuel Macron — wiadomości/\\[a\\]\\#1.txt, 2026-03-02",
            "> „Europa musi wydawać więcej na obronę”",
            "> — Donald Tusk (wiadomości/\\[a\\]\\#1.txt, 2026-03-02)",
            "1. wiadomości/\\[a\\]\\#1.txt (2026-03-02, pl) — Tusk w \\*Paryżu\\* [a0]",
        ] {
            assert!(
                digest.contains(expected),
                "{expected}\n--- in ---\n{digest}"
            );
        }
    }
}
