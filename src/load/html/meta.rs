//! A page's title, date and address, from the places news sites put them:
//! Open Graph and article meta tags, JSON-LD, the canonical link, then the
//! page itself (`<h1>`, `<title>`, `<time>`, a date in the URL).

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};
use serde_json::Value;

use crate::model::Date;

/// Separators between an article's title and its site's name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "];
/// A `<title>`'s last part is taken for the site's name when it is this short.
const SITE_NAME_MAX_WORDS: usize = 4;

#[derive(Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub date: Option<Date>,
    pub url: Option<String>,
}

/// Everything the walk over the page collects, before choosing.
#[derive(Default)]
struct Found {
    og_title: Option<String>,
    site_name: Option<String>,
    og_url: Option<String>,
    canonical: Option<String>,
    published: Option<String>,
    title: Option<String>,
    h1: Option<String>,
    json_ld: Vec<String>,
}

/// The page's metadata; `container` is where the article is, whose own
/// `<h1>` and `<time>` come before any elsewhere on the page.
pub fn read_meta(doc: &Html, container: NodeRef<'_, Node>) -> Meta {
    let found = collect(doc);
    let ld = json_ld(&found.json_ld);
    let h1 = first_text(container, "h1").or(found.h1);
    let title = found
        .og_title
        .map(|t| trim_site_name(&t, found.site_name.as_deref(), false))
        .or(ld.headline)
        .or(h1)
        .or_else(|| {
            let t = found.title?;
            Some(trim_site_name(&t, found.site_name.as_deref(), true))
        })
        .filter(|t| !t.is_empty());
    let time = first_time(container).or_else(|| first_time(*doc.root_element()));
    let date = [found.published, ld.date_published, time]
        .into_iter()
        .flatten()
        .find_map(|d| date_prefix(&d));
    let url = [found.canonical, found.og_url, ld.url]
        .into_iter()
        .flatten()
        .find(|u| is_web_address(u));
    Meta { title, date, url }
}

fn collect(doc: &Html) -> Found {
    let mut found = Found::default();
    for node in doc.root_element().descendants() {
        let Some(element) = ElementRef::wrap(node) else {
            continue;
        };
        let e = element.value();
        match e.name() {
            "meta" => {
                let key = ["property", "name", "itemprop"]
                    .iter()
                    .find_map(|k| e.attr(k))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let slot = match key.as_str() {
                    "og:title" => &mut found.og_title,
                    "og:site_name" => &mut found.site_name,
                    "og:url" => &mut found.og_url,
                    "article:published_time" | "datepublished" | "date" | "pubdate" => {
                        &mut found.published
                    }
                    _ => continue,
                };
                if slot.is_none() {
                    *slot = e.attr("content").map(collapse);
                }
            }
            "link"
                if e.attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
            {
                found.canonical = found.canonical.take().or(e.attr("href").map(collapse));
            }
            "title" if found.title.is_none() => found.title = Some(text(element)),
            "h1" if found.h1.is_none() => found.h1 = Some(text(element)),
            "script"
                if e.attr("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
            {
                found.json_ld.push(element.text().collect());
            }
            _ => {}
        }
    }
    found
}

/// An element's text with runs of whitespace as single spaces.
fn text(element: ElementRef<'_>) -> String {
    collapse(&element.text().collect::<String>())
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn first_text(root: NodeRef<'_, Node>, name: &str) -> Option<String> {
    root.descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == name)
        .map(text)
        .filter(|t| !t.is_empty())
}

fn first_time(root: NodeRef<'_, Node>) -> Option<String> {
    root.descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "time")
        .find_map(|e| e.value().attr("datetime").map(str::to_owned))
}

/// Drops a trailing ` - Site` from a title: always when it is the page's
/// `og:site_name`, and when `guess`, whenever the last part is a few words
/// and fewer than the rest.
fn trim_site_name(title: &str, site_name: Option<&str>, guess: bool) -> String {
    let title = collapse(title);
    let cut = TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|at| (at, at + sep.len())))
        .max();
    let Some((head_end, tail_start)) = cut else {
        return title;
    };
    let (head, tail) = (&title[..head_end], &title[tail_start..]);
    let named = site_name.is_some_and(|s| collapse(s).eq_ignore_ascii_case(tail));
    let tail_words = tail.split_whitespace().count();
    let looks_like_site =
        guess && tail_words <= SITE_NAME_MAX_WORDS && tail_words < head.split_whitespace().count();
    if !head.trim().is_empty() && (named || looks_like_site) {
        head.trim().to_owned()
    } else {
        title
    }
}

#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    date_published: Option<String>,
    url: Option<String>,
}

/// The first article-like object in the page's JSON-LD blocks: one with a
/// `headline`, at the top, in a list or in an `@graph`. serde_json stops
/// at 128 levels of nesting, so a hostile block is just unreadable.
fn json_ld(blocks: &[String]) -> LinkedData {
    let mut pending: Vec<Value> = blocks
        .iter()
        .rev()
        .filter_map(|b| serde_json::from_str::<Value>(b).ok())
        .collect();
    let mut objects = Vec::new();
    while let Some(value) = pending.pop() {
        match value {
            Value::Array(items) => pending.extend(items.into_iter().rev()),
            Value::Object(mut map) => {
                if let Some(graph) = map.remove("@graph") {
                    pending.push(graph);
                }
                objects.push(Value::Object(map));
            }
            _ => {}
        }
    }
    let Some(article) = objects.iter().find(|o| o.get("headline").is_some()) else {
        return LinkedData::default();
    };
    let string = |v: Option<&Value>| v.and_then(Value::as_str).map(collapse);
    let page = article.get("mainEntityOfPage");
    LinkedData {
        headline: string(article.get("headline")),
        date_published: string(article.get("datePublished")),
        url: string(article.get("url"))
            .or_else(|| string(page.and_then(|p| p.get("@id"))))
            .or_else(|| string(page)),
    }
}

/// The date at the start of an ISO 8601 date or date-time, as written (a
/// time zone does not move it to another day).
pub fn date_prefix(s: &str) -> Option<Date> {
    Date::parse_iso(s.trim().get(..10)?)
}

fn is_web_address(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A date in an address's path: `/2026/01/22/`, `2026-01-22` or
/// `/20260122/`, with a plausible year.
pub fn date_in_url(url: &str) -> Option<Date> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let b = path.as_bytes();
    let digits = |at: usize, n: usize| -> Option<u32> {
        let part = path.get(at..at + n)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let bounded = |start: usize, end: usize| {
        (start == 0 || !b[start - 1].is_ascii_digit())
            && b.get(end).is_none_or(|c| !c.is_ascii_digit())
    };
    (0..b.len()).find_map(|at| {
        let year = digits(at, 4).filter(|y| (1990..=2100).contains(y))?;
        let separated = matches!(b.get(at + 4), Some(b'/' | b'-'))
            && b.get(at + 7) == b.get(at + 4)
            && bounded(at, at + 10);
        let (month, day) = if separated {
            (digits(at + 5, 2)?, digits(at + 8, 2)?)
        } else if bounded(at, at + 8) {
            (digits(at + 4, 2)?, digits(at + 6, 2)?)
        } else {
            return None;
        };
        Date::new(year as i32, month as u8, day as u8)
    })
}
