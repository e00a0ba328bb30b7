//! `/` search in the focused pane: inside the article text, or over the rows
//! of a list. Smart case: case matters only when the query has a capital.

use crate::model::{Briefing, Span};

use super::action::Pane;
use super::index::{Index, TimelineItem};
use super::rows::Rows;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A row of the searched list.
    Row(usize),
    /// A byte range of the article on screen.
    Text(Span),
}

#[derive(Debug, Clone, Default)]
pub struct Search {
    /// The query being typed, while the search line is open.
    pub input: Option<String>,
    /// The query searched for; empty when no search is active.
    pub query: String,
    pub pane: Option<Pane>,
    /// The article the text hits are in.
    pub article: usize,
    pub hits: Vec<Hit>,
    pub current: usize,
}

impl Search {
    pub fn active(&self) -> bool {
        !self.query.is_empty() && self.pane.is_some()
    }

    pub fn current_hit(&self) -> Option<Hit> {
        self.hits.get(self.current).copied()
    }

    pub fn clear(&mut self) {
        *self = Search::default();
    }

    /// "3/14", or "0/0" when nothing matched.
    pub fn counter(&self) -> String {
        if self.hits.is_empty() {
            "0/0".to_owned()
        } else {
            format!("{}/{}", self.current + 1, self.hits.len())
        }
    }
}

pub fn smart_case_sensitive(query: &str) -> bool {
    query.chars().any(char::is_uppercase)
}

fn same(a: char, b: char, case_sensitive: bool) -> bool {
    a == b || (!case_sensitive && a.to_lowercase().eq(b.to_lowercase()))
}

/// The length in bytes of the match of `needle` at the start of `hay`, if any.
fn match_at(hay: &str, needle: &str, case_sensitive: bool) -> Option<usize> {
    let mut hay_chars = hay.char_indices();
    for n in needle.chars() {
        let (_, h) = hay_chars.next()?;
        if !same(h, n, case_sensitive) {
            return None;
        }
    }
    Some(hay_chars.next().map_or(hay.len(), |(at, _)| at))
}

/// Every non-overlapping match of `needle` in `hay`, as byte spans.
pub fn find_in_text(hay: &str, needle: &str, case_sensitive: bool) -> Vec<Span> {
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    let mut from = 0;
    while from < hay.len() {
        match match_at(&hay[from..], needle, case_sensitive) {
            Some(len) => {
                found.push(Span::new(from, from + len));
                from += len.max(1);
            }
            None => from += hay[from..].chars().next().map_or(1, char::len_utf8),
        }
    }
    found
}

fn contains(hay: &str, needle: &str, case_sensitive: bool) -> bool {
    if case_sensitive {
        return hay.contains(needle);
    }
    hay.char_indices()
        .any(|(at, _)| match_at(&hay[at..], needle, false).is_some())
}

/// What a list row offers to search: the words shown in it and the names
/// behind it.
fn row_texts<'a>(
    b: &'a Briefing,
    index: &'a Index,
    pane: Pane,
    row: usize,
    rows: &Rows,
) -> Vec<&'a str> {
    let actor_names = |ids: &[usize]| -> Vec<&'a str> {
        ids.iter().map(|&a| b.actors[a].name.as_str()).collect()
    };
    match pane {
        Pane::Timeline => match rows.timeline[row] {
            TimelineItem::Meeting(m) => {
                let meeting = &b.meetings[m];
                let mut texts = actor_names(&meeting.participants);
                texts.push(&meeting.summary);
                texts.extend(meeting.place.as_deref());
                texts
            }
            TimelineItem::Quote(q) => quote_texts(b, q),
        },
        Pane::Participants => {
            let a = rows.actors[row];
            let mut texts = vec![b.actors[a].name.as_str(), b.actors[a].kind.as_str()];
            texts.extend(b.actors[a].roles.iter().map(String::as_str));
            texts.extend(index.actors[a].forms.iter().map(String::as_str));
            texts
        }
        Pane::Quotes => quote_texts(b, rows.quotes[row]),
        Pane::Article => Vec::new(),
    }
}

fn quote_texts(b: &Briefing, q: usize) -> Vec<&str> {
    let quote = &b.quotes[q];
    let mut texts = vec![b.text_of(quote.article, quote.span)];
    texts.extend(quote.speaker.map(|s| b.actors[s].name.as_str()));
    texts
}

/// Runs `query` over `pane`: the article text or the list's rows.
pub fn run(
    b: &Briefing,
    index: &Index,
    rows: &Rows,
    pane: Pane,
    article: usize,
    query: &str,
) -> Vec<Hit> {
    let case_sensitive = smart_case_sensitive(query);
    if pane == Pane::Article {
        let Some(text) = b.articles.get(article).map(|a| a.text.as_str()) else {
            return Vec::new();
        };
        return find_in_text(text, query, case_sensitive)
            .into_iter()
            .map(Hit::Text)
            .collect();
    }
    let len = match pane {
        Pane::Timeline => rows.timeline.len(),
        Pane::Participants => rows.actors.len(),
        _ => rows.quotes.len(),
    };
    (0..len)
        .filter(|&row| {
            row_texts(b, index, pane, row, rows)
                .iter()
                .any(|t| contains(t, query, case_sensitive))
        })
        .map(Hit::Row)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smart_case_and_byte_spans() {
        let text = "W Moskwie, w moskwie i MOSKWA — Łódź łódź";
        let insensitive = find_in_text(text, "moskw", smart_case_sensitive("moskw"));
        assert_eq!(insensitive.len(), 3);
        let sensitive = find_in_text(text, "Moskw", smart_case_sensitive("Moskw"));
        assert_eq!(sensitive, vec![Span::new(2, 7)]);
        let polish = find_in_text(text, "łódź", false);
        assert_eq!(polish.len(), 2);
        for s in polish {
            assert!(
                text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize)
            );
            assert_eq!(text[s.range()].to_lowercase(), "łódź");
        }
    }

    #[test]
    fn counter_reads_like_a_pager() {
        let mut s = Search {
            hits: vec![Hit::Row(1), Hit::Row(4)],
            current: 1,
            ..Search::default()
        };
        assert_eq!(s.counter(), "2/2");
        s.hits.clear();
        assert_eq!(s.counter(), "0/0");
    }
}
