//! A plain, labelled text rendering for pipes, `TERM=dumb` and `--plain`: actors with
//! roles, meetings in date order, quotes with their speakers. No escape sequences:
//! every string from a file (names of files too) is printed as a [`SafeText`].

use std::io::{self, Write};

use crate::model::{Briefing, MeetingStatus, QuoteKind, SafeText};

fn safe(s: &str) -> SafeText {
    SafeText::new(s)
}

pub fn to_plain(b: &Briefing) -> String {
    super::in_memory(|out| write_plain(out, b))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// [`to_plain`] written to `out` as it is made.
pub fn write_plain(out: &mut dyn Write, b: &Briefing) -> io::Result<()> {
    writeln!(
        out,
        "BRIEFING: {}, {}, {}, {}",
        plural(b.articles.len(), "article", "articles"),
        plural(b.actors.len(), "actor", "actors"),
        plural(b.meetings.len(), "meeting", "meetings"),
        plural(b.quotes.len(), "quote", "quotes"),
    )?;
    writeln!(out, "\nARTICLES")?;
    for (i, a) in b.articles.iter().enumerate() {
        let date = a
            .date
            .map_or_else(|| "no date".to_string(), |d| d.to_string());
        writeln!(
            out,
            "  [a{i}] {} ({date}, {})",
            safe(&a.source),
            a.language.code()
        )?;
        if let Some(t) = &a.title {
            writeln!(out, "       title: {}", safe(t))?;
        }
        if let Some(u) = &a.url {
            writeln!(out, "       source: {}", safe(u))?;
        }
    }
    writeln!(out, "\nACTORS")?;
    let activity = super::activity(b);
    for (i, actor) in b.actors.iter().enumerate() {
        let (quotes, meetings) = activity[i];
        writeln!(
            out,
            "  {} ({}) — {}, {}, {}",
            safe(&actor.name),
            actor.kind.as_str(),
            plural(actor.mentions.len(), "mention", "mentions"),
            plural(quotes, "quote", "quotes"),
            plural(meetings, "meeting", "meetings"),
        )?;
        if !actor.roles.is_empty() {
            writeln!(out, "      roles: {}", safe(&actor.roles.join("; ")))?;
        }
        let mut forms: Vec<&str> = Vec::new();
        for m in &actor.mentions {
            let f = b.text_of(m.article, m.span);
            if !forms.contains(&f) {
                forms.push(f);
            }
        }
        writeln!(out, "      forms: {}", safe(&forms.join(", ")))?;
    }
    writeln!(out, "\nMEETINGS")?;
    for m in super::timeline(b) {
        let date = super::date_label(m);
        let status = match m.status {
            MeetingStatus::Held => "held",
            MeetingStatus::Planned => "PLANNED",
        };
        writeln!(
            out,
            "  {date} — {status} — {}",
            safe(m.place.as_deref().unwrap_or("place unknown"))
        )?;
        let names: Vec<&str> = m
            .participants
            .iter()
            .map(|&p| b.actors[p].name.as_str())
            .collect();
        writeln!(out, "      participants: {}", safe(&names.join(", ")))?;
        let reports: Vec<String> = m.sources().map(|s| format!("a{}", s.article)).collect();
        writeln!(out, "      {} [{}]", safe(&m.summary), reports.join(", "))?;
        if !m.disagreements.is_empty() {
            writeln!(
                out,
                "      reports disagree: {}",
                safe(&m.disagreements.join("; "))
            )?;
        }
    }
    writeln!(out, "\nQUOTES")?;
    for q in &b.quotes {
        let speaker = q
            .speaker
            .map_or("speaker unknown", |s| b.actors[s].name.as_str());
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Reported => "reported",
        };
        let cue = q
            .cue
            .map(|c| format!(", \"{}\"", b.text_of(q.article, c)))
            .unwrap_or_default();
        writeln!(
            out,
            "  {} ({kind}{}) [a{}]:",
            safe(speaker),
            safe(&cue),
            q.article
        )?;
        let words = safe(b.text_of(q.article, q.span)).to_string();
        writeln!(out, "      {}", b.quoted(q.article, &words))?;
    }
    Ok(())
}
