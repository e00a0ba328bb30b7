//! News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom, read with `quick-xml` one
//! event at a time. Each item keeps its title, date, link, identifier and
//! the richest text it carries.
//!
//! Nothing is ever fetched or expanded on the feed's say-so: `quick-xml`
//! knows only the five XML entities and character references, HTML's named
//! references are looked up in a fixed table, and a feed that declares its
//! own entities (a DTD internal subset, the way entity bombs and external
//! entities are made) is refused.

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::html::date_prefix;
use crate::model::Date;

/// One item of a feed, its text still as the feed has it (usually HTML).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedItem {
    pub title: Option<String>,
    pub date: Option<Date>,
    pub link: Option<String>,
    pub id: Option<String>,
    /// The richest text found: `content:encoded`, Atom `content`,
    /// `description`, `summary`, in that order of preference.
    pub content: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    #[error("not a news feed (the document is <{0}>, not RSS or Atom)")]
    NotAFeed(String),
    #[error("refused: the feed declares its own entities (a DTD internal subset)")]
    DeclaresEntities,
    #[error("malformed XML at byte {at}: {reason}")]
    Malformed { at: u64, reason: String },
    #[error("the feed has no items")]
    Empty,
}

/// Where a piece of text in an item goes; the body fields are ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Link,
    Id,
    Date,
    RfcDate,
    Body(u8),
}

fn field_of(local_name: &str) -> Option<Field> {
    Some(match local_name {
        "title" => Field::Title,
        "link" => Field::Link,
        "guid" | "id" => Field::Id,
        "date" | "published" | "issued" | "updated" | "modified" => Field::Date,
        "pubDate" => Field::RfcDate,
        "encoded" => Field::Body(0),
        "content" => Field::Body(1),
        "description" => Field::Body(2),
        "summary" => Field::Body(3),
        _ => return None,
    })
}

/// What is being read: the element nesting, the item (if inside one) and
/// the field whose text is being gathered.
#[derive(Default)]
struct State {
    depth: usize,
    item: Option<(usize, FeedItem, u8)>,
    capture: Option<(usize, Field, String)>,
    items: Vec<FeedItem>,
}

/// Parses a whole feed.
pub fn read_feed(text: &str) -> Result<Vec<FeedItem>, FeedError> {
    let mut reader = Reader::from_str(text);
    let mut state = State::default();
    loop {
        let event = reader.read_event().map_err(|e| FeedError::Malformed {
            at: reader.error_position(),
            reason: e.to_string(),
        })?;
        match event {
            Event::Start(e) => state.open(&e)?,
            Event::Empty(e) => {
                state.open(&e)?;
                state.close(local_name(&e));
            }
            Event::End(e) => state.close(e.local_name().as_ref()),
            Event::Text(t) => state.push(&t.xml10_content()),
            Event::CData(t) => state.push(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => resolve_entity(&r.xml10_content()),
                };
                state.push(&resolved);
            }
            Event::DocType(d) if d.xml10_content().contains('[') => {
                return Err(FeedError::DeclaresEntities);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if state.items.is_empty() {
        return Err(FeedError::Empty);
    }
    Ok(state.items)
}

fn local_name<'a>(e: &'a BytesStart<'_>) -> &'a str {
    let name = e.name().into_inner();
    name.rsplit(':').next().unwrap_or(name)
}

/// A named reference: XML's five, then HTML's (old RSS uses `&eacute;`),
/// else the reference as written.
fn resolve_entity(name: &str) -> String {
    quick_xml::escape::resolve_xml_entity(name)
        .or_else(|| quick_xml::escape::resolve_html5_entity(name))
        .map_or_else(|| format!("&{name};"), str::to_owned)
}

impl State {
    fn open(&mut self, e: &BytesStart<'_>) -> Result<(), FeedError> {
        let name = local_name(e);
        self.depth += 1;
        if self.depth == 1 && !matches!(name, "rss" | "RDF" | "feed") {
            return Err(FeedError::NotAFeed(name.to_owned()));
        }
        if let Some((_, _, text)) = &mut self.capture {
            // Markup inside a field (Atom's XHTML content) is kept as
            // markup, bare, for the HTML reader.
            text.push('<');
            text.push_str(name);
            text.push('>');
            return Ok(());
        }
        match &mut self.item {
            None if matches!(name, "item" | "entry") => {
                self.item = Some((self.depth, FeedItem::default(), u8::MAX));
            }
            Some((item_depth, item, _)) if self.depth == *item_depth + 1 => {
                let Some(field) = field_of(name) else {
                    return Ok(());
                };
                if field == Field::Link && item.link.is_none() {
                    item.link = atom_link(e);
                }
                self.capture = Some((self.depth, field, String::new()));
            }
            _ => {}
        }
        Ok(())
    }

    fn close(&mut self, name: &str) {
        let name = name.rsplit(':').next().unwrap_or(name);
        match self.capture.take() {
            Some((depth, field, text)) if depth == self.depth => self.store(field, text),
            Some((depth, field, mut text)) => {
                text.push_str("</");
                text.push_str(name);
                text.push('>');
                self.capture = Some((depth, field, text));
            }
            None => {
                if let Some((item_depth, ..)) = self.item
                    && item_depth == self.depth
                {
                    let (_, item, _) = self.item.take().expect("checked above");
                    self.items.push(item);
                }
            }
        }
        self.depth = self.depth.saturating_sub(1);
    }

    fn push(&mut self, text: &str) {
        if let Some((_, _, gathered)) = &mut self.capture {
            gathered.push_str(text);
        }
    }

    fn store(&mut self, field: Field, text: String) {
        let Some((_, item, body_rank)) = &mut self.item else {
            return;
        };
        let value = text.trim();
        if value.is_empty() {
            return;
        }
        let set = |slot: &mut Option<String>| {
            slot.get_or_insert_with(|| value.to_owned());
        };
        match field {
            Field::Title => set(&mut item.title),
            Field::Link => set(&mut item.link),
            Field::Id => set(&mut item.id),
            Field::Date => item.date = item.date.or_else(|| date_prefix(value)),
            Field::RfcDate => {
                item.date = item
                    .date
                    .or_else(|| date_prefix(value).or_else(|| rfc822_date(value)))
            }
            Field::Body(rank) if rank < *body_rank => {
                *body_rank = rank;
                item.content = Some(value.to_owned());
            }
            Field::Body(_) => {}
        }
    }
}

/// An Atom `<link href>` that points at the item's page: no `rel`, or
/// `rel="alternate"`.
fn atom_link(e: &BytesStart<'_>) -> Option<String> {
    let attr = |key: &str| {
        e.try_get_attribute(key).ok().flatten().and_then(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
    };
    let rel = attr("rel");
    if rel.as_deref().is_some_and(|r| r != "alternate") {
        return None;
    }
    attr("href").filter(|h| !h.trim().is_empty())
}

/// The date in an RFC 822 date-time (`Thu, 22 Jan 2026 10:00:00 +0100`),
/// as written.
fn rfc822_date(s: &str) -> Option<Date> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let mut words = s.split_whitespace().skip_while(|w| w.ends_with(','));
    let day: u8 = words.next()?.parse().ok()?;
    let month = words.next()?.get(..3)?.to_ascii_lowercase();
    let month = MONTHS.iter().position(|m| *m == month)? as u8 + 1;
    let year: i32 = words.next()?.parse().ok()?;
    let year = if year < 100 { 2000 + year } else { year };
    Date::new(year, month, day)
}

#[cfg(test)]
#[path = "feed_tests.rs"]
mod tests;
