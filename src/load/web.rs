//! Documents to articles: a text file is one article, a web page one, a
//! feed one per item, and with `--follow` a fetched feed's items take their
//! text from their own pages.

use std::sync::Mutex;

use super::decode::{decode, decode_declared};
use super::feed::{FeedItem, read_feed};
use super::fetch::{charset_of, fetch};
use super::format::{Format, format_of};
use super::header::Header;
use super::html::{Markup, Page, declared_encoding, fragment_text, read_page};
use super::{LoadError, LoadOptions, language, normalise, paragraphs, parse_article};
use crate::model::Article;

/// Item pages fetched at once for one feed under `--follow`.
const FOLLOW_CONCURRENCY: usize = 4;

/// A document as read or fetched.
#[derive(Debug)]
pub struct Document<'a> {
    /// The input as given.
    pub name: &'a str,
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
    /// Where it was fetched from, after redirects; `None` for files.
    pub address: Option<String>,
}

/// What one input gave.
#[derive(Debug, Default)]
pub struct FromInput {
    pub articles: Vec<Keyed>,
    /// Item pages `--follow` fetched.
    pub followed: usize,
    /// Item pages `--follow` could not fetch; their items keep the feed's text.
    pub failures: Vec<LoadError>,
}

/// An article, with what identifies it across feeds for a feed item (its
/// link or id): the same key twice in a briefing is one article.
#[derive(Debug)]
pub struct Keyed {
    pub article: Article,
    pub key: Option<String>,
}

/// The articles in `doc`.
pub fn articles_of(doc: Document, opts: &LoadOptions) -> Result<FromInput, LoadError> {
    let format = format_of(doc.name, doc.content_type.as_deref(), &doc.bytes);
    let undecodable = |reason| LoadError::Undecodable {
        path: doc.name.to_owned(),
        reason,
    };
    let markup = match format {
        Format::Text => {
            let text = decode(&doc.bytes, opts.encoding).map_err(undecodable)?;
            let article = parse_article(doc.name.to_owned(), &text);
            return Ok(one(article));
        }
        Format::Html => Markup::Html,
        Format::Feed => Markup::Xml,
    };
    let declared = doc
        .content_type
        .as_deref()
        .and_then(charset_of)
        .or_else(|| declared_encoding(&doc.bytes, markup));
    let text = decode_declared(&doc.bytes, declared, opts.encoding).map_err(undecodable)?;
    if format == Format::Html {
        let page = read_page(&text, doc.address.as_deref());
        return page_article(doc.name, page).map(one);
    }
    let items = read_feed(&text).map_err(|reason| LoadError::Feed {
        path: doc.name.to_owned(),
        reason,
    })?;
    let mut from = FromInput {
        articles: items
            .iter()
            .enumerate()
            .map(|(i, item)| item_article(format!("{}#{}", doc.name, i + 1), item))
            .collect(),
        ..FromInput::default()
    };
    if opts.follow && doc.address.is_some() {
        follow(&mut from, opts);
    }
    Ok(from)
}

fn one(article: Article) -> FromInput {
    FromInput {
        articles: vec![Keyed { article, key: None }],
        ..FromInput::default()
    }
}

/// A page's article; a page with no text at all is an error, not an empty
/// article.
fn page_article(name: &str, page: Page) -> Result<Article, LoadError> {
    if page.body.trim().is_empty() {
        return Err(LoadError::NoArticleText {
            path: name.to_owned(),
        });
    }
    let header = Header {
        date: page.date,
        title: page.title,
        url: page.url,
    };
    Ok(web_article(name.to_owned(), header, &page.body))
}

fn item_article(source: String, item: &FeedItem) -> Keyed {
    let body = item
        .content
        .as_deref()
        .map(fragment_text)
        .unwrap_or_default();
    let web_id = item.id.clone().filter(|id| super::fetch::is_address(id));
    let header = Header {
        date: item.date,
        title: item.title.as_deref().map(fragment_text),
        url: item.link.clone().or(web_id),
    };
    Keyed {
        article: web_article(source, header, &body),
        key: item.link.clone().or_else(|| item.id.clone()),
    }
}

/// An article from text and metadata taken out of markup: sanitised like a
/// text file's (its header fields included), then split into paragraphs.
pub fn web_article(source: String, header: Header, body: &str) -> Article {
    let normalised = normalise::normalise(body);
    let text = normalised.trim();
    Article {
        source,
        url: header.url.as_deref().and_then(one_line),
        date: header.date,
        title: header.title.as_deref().and_then(one_line),
        language: language::detect_language(text),
        paragraphs: paragraphs::split_paragraphs(text),
        text: text.to_owned(),
        excerpt: None,
    }
}

fn one_line(s: &str) -> Option<String> {
    let line = normalise::normalise(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!line.is_empty()).then_some(line)
}

/// Replaces each item's text with its page's, fetching a few pages at a
/// time; an item whose page fails or has no text keeps the feed's.
fn follow(from: &mut FromInput, opts: &LoadOptions) {
    let next = Mutex::new(from.articles.iter_mut().enumerate());
    let outcomes = Mutex::new((0usize, Vec::new()));
    std::thread::scope(|scope| {
        for _ in 0..FOLLOW_CONCURRENCY {
            scope.spawn(|| {
                loop {
                    let Some((at, keyed)) = next.lock().unwrap_or_else(|e| e.into_inner()).next()
                    else {
                        break;
                    };
                    let Some(address) = keyed.article.url.clone() else {
                        continue;
                    };
                    let outcome = follow_one(&mut keyed.article, &address, opts);
                    let mut done = outcomes.lock().unwrap_or_else(|e| e.into_inner());
                    match outcome {
                        Ok(()) => done.0 += 1,
                        Err(e) => done.1.push((at, e)),
                    }
                }
            });
        }
    });
    let (followed, mut failures) = outcomes.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort_by_key(|&(at, _)| at);
    from.followed = followed;
    from.failures = failures.into_iter().map(|(_, e)| e).collect();
}

fn follow_one(article: &mut Article, address: &str, opts: &LoadOptions) -> Result<(), LoadError> {
    let fetched = fetch(address, opts.timeout, opts.max_bytes)?;
    let doc = Document {
        name: address,
        bytes: fetched.bytes,
        content_type: fetched.content_type,
        address: Some(fetched.address),
    };
    let from = articles_of(
        doc,
        &LoadOptions {
            follow: false,
            ..*opts
        },
    )?;
    let Some(page) = from.articles.into_iter().next() else {
        return Ok(());
    };
    let page = page.article;
    let header = Header {
        date: article.date.or(page.date),
        title: article.title.take().or(page.title),
        url: article.url.take(),
    };
    *article = web_article(std::mem::take(&mut article.source), header, &page.text);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article_of(name: &str, bytes: &[u8]) -> Result<Vec<Article>, LoadError> {
        let doc = Document {
            name,
            bytes: bytes.to_vec(),
            content_type: None,
            address: None,
        };
        let from = articles_of(doc, &LoadOptions::default())?;
        Ok(from.articles.into_iter().map(|k| k.article).collect())
    }

    #[test]
    fn markup_fields_are_sanitised_like_text() {
        let page = "<meta property=\"og:title\" content=\"Red&#27;[31m title&#8238;\">\
            <link rel=canonical href=\"https://x.example/a&#7;b\">\
            <p>Body&#27;]0;owned&#7; text&#x9b;2J.</p>";
        let article = &article_of("p.html", page.as_bytes()).unwrap()[0];
        assert_eq!(article.title.as_deref(), Some("Red title"));
        assert_eq!(article.url.as_deref(), Some("https://x.example/ab"));
        // HTML reads &#x9b; as windows-1252 does: a harmless "›", not a C1 control.
        assert_eq!(article.text, "Body text›2J.");
        let feed = "<rss><channel><item><title>A&#27;[2Jb</title>\
            <description>&lt;p&gt;x&amp;#27;[1my&lt;/p&gt;</description></item></channel></rss>";
        let item = &article_of("f.xml", feed.as_bytes()).unwrap()[0];
        assert_eq!(
            (item.title.as_deref(), item.text.as_str()),
            (Some("Ab"), "xy")
        );
    }

    #[test]
    fn declared_encodings_decide_the_text() {
        let page = b"<meta charset=iso-8859-2><p>Za\xbf\xf3\xb3\xe6 g\xea\xb6l\xb1 ja\xbc\xf1.</p>";
        assert_eq!(
            article_of("p.html", page).unwrap()[0].text,
            "Zażółć gęślą jaźń."
        );
        let feed = b"<?xml version=\"1.0\" encoding=\"windows-1250\"?><rss><channel><item>\
            <title>\x9Cwiat</title></item></channel></rss>";
        let item = &article_of("f.rss", feed).unwrap()[0];
        assert_eq!(item.title.as_deref(), Some("świat"));
        let undeclared = article_of("p.html", b"<p>\xbf</p>").unwrap_err();
        assert!(
            undeclared.to_string().contains("invalid UTF-8 at byte 3"),
            "{undeclared}"
        );
    }
}
