//! Saved web pages and news feeds as inputs: the article each gives, and
//! what the extractor then finds, compared with the plain-text version of
//! the same article.

#[path = "common/cli.rs"]
mod cli;

use brief::extract::extract;
use brief::load::{LoadError, LoadOptions, load, load_briefing};
use brief::model::{Article, Briefing, Date};
use cli::TempDir;

fn fixture(dir: &str, name: &str) -> String {
    format!("{}/tests/fixtures/{dir}/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn load_one(path: &str) -> Article {
    let mut articles = load(&[path.to_owned()], &LoadOptions::default()).unwrap();
    assert_eq!(articles.len(), 1, "{path}");
    articles.remove(0)
}

/// Who was found, what they said and who met where, by name: the same for
/// two versions of an article whatever their sources are called.
fn findings(b: &Briefing) -> (Vec<String>, Vec<String>, Vec<String>) {
    let name = |id: Option<usize>| id.map_or("?".to_owned(), |i| b.actors[i].name.clone());
    let text = |a: usize, s: brief::model::Span| b.articles[a].text[s.range()].to_owned();
    let mut actors: Vec<String> = b.actors.iter().map(|a| a.name.clone()).collect();
    actors.sort();
    let quotes = b
        .quotes
        .iter()
        .map(|q| format!("{}: {}", name(q.speaker), text(q.article, q.span)))
        .collect();
    let meetings = b
        .meetings
        .iter()
        .map(|m| {
            let who: Vec<String> = m.participants.iter().map(|&p| name(Some(p))).collect();
            format!("{} in {:?} on {:?}", who.join(", "), m.place, m.date)
        })
        .collect();
    (actors, quotes, meetings)
}

#[test]
fn pages_match_their_plain_text_versions() {
    let cases = [
        ("pl-news", Some("2026-02-12"), 2, 1),
        ("en-news", Some("2026-03-04"), 2, 0),
        ("pl-1250", None, 1, 1),
    ];
    for (name, date, min_quotes, min_meetings) in cases {
        let page = load_one(&fixture("html", &format!("{name}.html")));
        let plain = load_one(&fixture("html", &format!("{name}.txt")));
        assert_eq!(page.text, plain.text, "{name}");
        assert_eq!(page.paragraphs, plain.paragraphs, "{name}");
        assert_eq!(page.title, plain.title, "{name}");
        assert_eq!(page.url, plain.url, "{name}");
        assert_eq!(page.language, plain.language, "{name}");
        assert_eq!(page.date, date.and_then(Date::parse_iso), "{name}");
        let dated = |mut a: Article| {
            a.date = page.date;
            a
        };
        let from_page = findings(&extract(vec![page.clone()]));
        let from_text = findings(&extract(vec![dated(plain)]));
        assert_eq!(from_page, from_text, "{name}");
        assert!(from_page.1.len() >= min_quotes, "{name}: {from_page:?}");
        assert!(from_page.2.len() >= min_meetings, "{name}: {from_page:?}");
    }
}

#[test]
fn feeds_give_one_article_per_item_and_repeats_once() {
    let dir = fixture("feeds", "");
    let loaded = load_briefing(
        std::slice::from_ref(&dir),
        &LoadOptions::default(),
        false,
        &mut |_| {},
    )
    .unwrap();
    assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    let got: Vec<(String, Option<String>, Option<String>)> = loaded
        .articles
        .iter()
        .map(|a| {
            let source = a.source.strip_prefix(&dir).unwrap().to_owned();
            (source, a.title.clone(), a.date.map(|d| d.to_string()))
        })
        .collect();
    let s = |v: &str| Some(v.to_owned());
    let want = [
        // The Atom feed's first entry is the RSS 1.0 feed's first item: kept once, from
        // the feed read first.
        (
            "en-atom.xml#2",
            s("Kenya hosts regional talks on the Nile"),
            s("2026-03-07"),
        ),
        (
            "en-atom.xml#3",
            s("Envoys prepare the autumn summit"),
            s("2026-03-07"),
        ),
        (
            "en-rss1.rdf#2",
            s("Chile and Japan open talks on a trade accord"),
            s("2026-03-06"),
        ),
        (
            "pl-rss2.xml#1",
            s("Szefowie dyplomacji Polski i Litwy rozmawiali w Wilnie"),
            s("2026-02-12"),
        ),
        (
            "pl-rss2.xml#2",
            s("Rozmowy o kolei & energii w Pradze"),
            s("2026-03-18"),
        ),
        (
            "pl-rss2.xml#3",
            s("Ambasador Francji złożył listy uwierzytelniające"),
            s("2026-03-20"),
        ),
    ];
    let want: Vec<_> = want
        .into_iter()
        .map(|(a, b, c)| (a.to_owned(), b, c))
        .collect();
    assert_eq!(
        got[0].1.as_deref(),
        Some("Canada and Norway agree to expand Arctic cooperation")
    );
    assert_eq!(got[1..], want[..]);
    let kenya = &loaded.articles[1];
    assert_eq!(
        kenya.text,
        "Foreign ministers from six countries met in Nairobi on Saturday to discuss the waters of the Nile.\n\n\
         “Nobody owns a river,” Kenyan Foreign Minister Grace Wanjiru said."
    );
    assert_eq!(
        kenya.url.as_deref(),
        Some("https://www.worlddesk.example.com/world/kenya-nile-talks")
    );
    let prague = &loaded.articles[5];
    assert_eq!(
        prague.text,
        "Wicepremier Tomasz Nowicki rozmawiał w Pradze z ministrem Petrem Dvořákiem.\n\n\
         Kolejne rozmowy odbędą się w czerwcu w Katowicach."
    );
}

#[test]
fn hostile_pages_and_feeds_fail_clearly_or_read() {
    let tmp = TempDir::new();
    let script_only = tmp.write(
        "script.html",
        "<script>x()</script>".repeat(1000).as_bytes(),
    );
    let bomb = tmp.write(
        "bomb.xml",
        b"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><rss><channel><item><title>&b;</title></item></channel></rss>",
    );
    let not_feed = tmp.write("notes.xml", b"<?xml version=\"1.0\"?><config><a/></config>");
    let cases = [
        (script_only, "no article text in the page"),
        (bomb, "refused: the feed declares its own entities"),
        (not_feed, "not a news feed (the document is <config>"),
    ];
    for (path, want) in cases {
        let err = load(std::slice::from_ref(&path), &LoadOptions::default()).unwrap_err();
        assert_eq!(err.exit_code(), 65, "{err}");
        assert!(
            err.to_string().starts_with(&format!("{path}: {want}")),
            "{err}"
        );
        assert!(matches!(
            err,
            LoadError::NoArticleText { .. } | LoadError::Feed { .. }
        ));
    }
}

/// A 50 MB saved page (a short article inside megabytes of inline script
/// and markup, as single-file page savers make) reads as its article.
#[test]
fn a_fifty_megabyte_page_is_read() {
    let tmp = TempDir::new();
    let filler = format!(
        "<script>var blob = \"{}\";</script>\n",
        "QUJD".repeat(1 << 18)
    );
    let mut page = String::from("<html><head><title>Talks in Oslo - Desk</title></head><body>");
    while page.len() < 50 << 20 {
        page.push_str(&filler);
    }
    page.push_str(
        "<article><p>The ministers met in Oslo.</p><p>They will meet again.</p></article>",
    );
    page.push_str(&"<div class=\"menu\"><a href=\"/\">Home</a></div>\n".repeat(40_000));
    page.push_str("</body></html>");
    assert!(page.len() >= 50 << 20);
    let path = tmp.write("big.html", page.as_bytes());
    let article = load_one(&path);
    assert_eq!(article.title.as_deref(), Some("Talks in Oslo"));
    assert_eq!(
        article.text,
        "The ministers met in Oslo.\n\nThey will meet again."
    );
}
