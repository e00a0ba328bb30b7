//! A hand-made briefing over the bundled sample's text, shared by the UI
//! tests (included with `#[path]`). It does not come from the extractor, so
//! the screens under test stay the same while extraction improves.

#![allow(dead_code)]

use brief::app::App;
use brief::load::bundled_sample;
use brief::model::{
    Actor, ActorKind, Briefing, Date, Few, Meeting, MeetingStatus, Mention, Quote, QuoteKind, Span,
};

/// The `n`th occurrence of `needle` in `text`, as a byte span.
pub fn nth(text: &str, needle: &str, n: usize) -> Span {
    let start = text
        .match_indices(needle)
        .nth(n)
        .unwrap_or_else(|| panic!("{needle:?} #{n} not in the sample"))
        .0;
    Span::new(start, start + needle.len())
}

fn actor(
    text: &str,
    name: &str,
    kind: ActorKind,
    roles: &[&str],
    forms: &[(&str, usize)],
) -> Actor {
    Actor {
        name: name.to_owned(),
        kind,
        roles: roles.iter().map(|r| (*r).to_owned()).collect(),
        mentions: forms
            .iter()
            .map(|&(form, n)| Mention {
                article: 0,
                span: nth(text, form, n),
            })
            .collect(),
    }
}

fn quote(text: &str, kind: QuoteKind, words: &str, speaker: Option<usize>, cue: &str) -> Quote {
    Quote {
        article: 0,
        kind,
        span: nth(text, words, 0),
        speaker,
        cue: Some(nth(text, cue, 0)),
        continues: None,
        later_reports: Few::new(),
    }
}

pub const PUTIN: usize = 0;
pub const DMITRIJEW: usize = 1;
pub const WITKOFF: usize = 2;
pub const KUSHNER: usize = 3;
pub const TRUMP: usize = 4;
pub const LAWROW: usize = 5;
pub const ZELENSKI: usize = 6;

pub fn briefing() -> Briefing {
    let article = bundled_sample();
    let t = article.text.clone();
    let t = t.as_str();
    let actors = vec![
        actor(
            t,
            "Władimir Putin",
            ActorKind::Person,
            &[],
            &[
                ("Władimira Putina", 0),
                ("Władimir Putin", 0),
                ("Wladimir Putin", 0),
            ],
        ),
        actor(
            t,
            "Kiriłł Dmitrijew",
            ActorKind::Person,
            &["wysłannik Kremla"],
            &[("Kiriłł Dmitrijew", 0), ("Dmitrijew mówił", 0)],
        ),
        actor(
            t,
            "Steve Witkoff",
            ActorKind::Person,
            &[],
            &[
                ("Steve Witkoff", 0),
                ("Witkoff", 1),
                ("Steve'em Witkoffem", 0),
            ],
        ),
        actor(
            t,
            "Jared Kushner",
            ActorKind::Person,
            &["zięć prezydenta USA Donalda Trumpa"],
            &[("Jared Kushner", 0), ("Jaredem Kushnerem", 0)],
        ),
        actor(
            t,
            "Donald Trump",
            ActorKind::Person,
            &["prezydent USA"],
            &[("Donalda Trumpa", 0), ("Donald Trump", 0)],
        ),
        actor(
            t,
            "Siergiej Ławrow",
            ActorKind::Person,
            &["rosyjski minister spraw zagranicznych"],
            &[("Siergiej Ławrow", 0)],
        ),
        actor(
            t,
            "Wołodymyr Zełenski",
            ActorKind::Person,
            &["prezydent"],
            &[("Wołodymyr Zełenski", 0), ("Wołodymyr Zełenski", 1)],
        ),
    ];
    let quotes = vec![
        quote(
            t,
            QuoteKind::Direct,
            "konstruktywnym dialogu",
            Some(DMITRIJEW),
            "mówił",
        ),
        quote(
            t,
            QuoteKind::Direct,
            "Myślę, że mogę powiedzieć, że jesteśmy dość blisko. Musimy to powstrzymać. Wierzę, że teraz mogą dojść do porozumienia",
            None,
            "oświadczył",
        ),
        quote(
            t,
            QuoteKind::Direct,
            "A jeśli tego nie zrobią, to są głupi",
            Some(TRUMP),
            "dodał",
        ),
        quote(
            t,
            QuoteKind::Reported,
            "Moskwa nie otrzymała dotąd żadnych dokumentów po niedawnych rozmowach między Stanami Zjednoczonymi i państwami europejskimi na temat ewentualnego zawieszenia broni",
            Some(LAWROW),
            "poinformował",
        ),
        quote(
            t,
            QuoteKind::Reported,
            "Rosja najprawdopodobniej nie będzie w stanie zawrzeć porozumień z obecnymi przywódcami europejskimi",
            Some(LAWROW),
            "Dodał",
        ),
    ];
    let date = Date::parse_iso("2026-01-22");
    let meetings = vec![
        Meeting {
            article: 0,
            participants: vec![DMITRIJEW, WITKOFF, KUSHNER],
            place: Some("Davos".to_owned()),
            date,
            date_inferred: true,
            status: MeetingStatus::Held,
            summary: "Spotkanie: Kiriłł Dmitrijew, Steve Witkoff i Jared Kushner (Davos)"
                .to_owned(),
            span: nth(
                t,
                "Jak donoszą media, w spotkaniu uczestniczyli Kiriłł Dmitrijew, uznawany za wysłannika Kremla, oraz Steve Witkoff i Jared Kushner, zięć prezydenta USA Donalda Trumpa.",
                0,
            ),
            trigger: nth(t, "spotkaniu", 0),
            later_reports: Few::new(),
            disagreements: Few::new(),
        },
        Meeting {
            article: 0,
            participants: vec![PUTIN, WITKOFF, KUSHNER],
            place: Some("Moskwa".to_owned()),
            date: None,
            date_inferred: false,
            status: MeetingStatus::Planned,
            summary: "Planowane spotkanie: Władimir Putin, Steve Witkoff i Jared Kushner (Moskwa)"
                .to_owned(),
            span: nth(
                t,
                "Władimir Putin już zapowiedział, że dojdzie do spotkania w Moskwie ze Steve'em Witkoffem i Jaredem Kushnerem.",
                0,
            ),
            trigger: nth(t, "spotkania w Moskwie", 0),
            later_reports: Few::new(),
            disagreements: Few::new(),
        },
    ];
    Briefing {
        articles: vec![article],
        actors,
        quotes,
        meetings,
    }
}

pub fn app(width: u16, height: u16) -> App {
    App::new(briefing(), width, height)
}

/// A copy of the sample's article under another name and date, with the
/// mentions of `actors` in it.
fn copy_article(b: &mut Briefing, source: &str, date: &str, actors: &[usize]) -> usize {
    let mut article = b.articles[0].clone();
    article.source = source.to_owned();
    article.date = Date::parse_iso(date);
    let id = b.articles.len();
    b.articles.push(article);
    for &a in actors {
        let copies: Vec<Mention> = b.actors[a]
            .mentions
            .iter()
            .filter(|m| m.article == 0)
            .map(|m| Mention { article: id, ..*m })
            .collect();
        b.actors[a].mentions.extend(copies);
    }
    id
}

/// Meeting `from` again, reported in `article`, on `date`, between `who`.
fn dated_meeting(b: &Briefing, from: usize, article: usize, date: &str, who: &[usize]) -> Meeting {
    Meeting {
        article,
        participants: who.to_vec(),
        date: Date::parse_iso(date),
        date_inferred: false,
        ..b.meetings[from].clone()
    }
}

/// The hand-made briefing spread over three weeks (2026-01-20 to
/// 2026-02-10, with empty days between): the same text reported on three
/// days, meetings held and planned, so the day ruler, the activity lines
/// and the who-met-whom graph have something to show.
pub fn multi_day() -> Briefing {
    let mut b = briefing();
    b.meetings[1].date = Date::parse_iso("2026-02-10");
    let early = copy_article(
        &mut b,
        "davos-2026-01-20.txt",
        "2026-01-20",
        &[DMITRIJEW, WITKOFF],
    );
    let later = copy_article(
        &mut b,
        "moskwa-2026-02-03.txt",
        "2026-02-03",
        &[PUTIN, WITKOFF, KUSHNER, TRUMP],
    );
    let meetings = [
        dated_meeting(&b, 0, early, "2026-01-20", &[DMITRIJEW, WITKOFF]),
        dated_meeting(&b, 0, later, "2026-02-03", &[PUTIN, WITKOFF, KUSHNER]),
        // Meeting 1 is the planned one.
        dated_meeting(&b, 1, later, "2026-02-07", &[TRUMP, KUSHNER]),
    ];
    b.meetings.extend(meetings);
    let mut said = b.quotes[2].clone();
    said.article = later;
    b.quotes.push(said);
    b
}

pub fn multi_day_app(width: u16, height: u16) -> App {
    App::new(multi_day(), width, height)
}
