//! Saved web pages: the article's main text, its title, date and address,
//! read from the parsed page (html5ever, through `scraper`'s flat node
//! tree, so nothing here recurses over the page and a 10,000-deep nesting
//! is just a long walk).

mod blocks;
mod charset;
mod meta;

pub use charset::{Markup, declared_encoding};
pub use meta::{date_in_url, date_prefix};

use scraper::Html;

use crate::model::Date;

/// What a page holds for a briefing. Strings are as the page has them
/// (decoded, whitespace collapsed); sanitising comes after, with the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub date: Option<Date>,
    pub url: Option<String>,
    /// Paragraphs and subheadings in page order, separated by blank lines.
    pub body: String,
}

/// Reads a whole page. `address` is where it was fetched from, if it was:
/// the fallback for the page's own address and for a date in the URL.
pub fn read_page(html: &str, address: Option<&str>) -> Page {
    let doc = Html::parse_document(html);
    let container = blocks::article_root(&doc);
    let found = meta::read_meta(&doc, container.node);
    let url = found.url.or_else(|| address.map(str::to_owned));
    let date = found
        .date
        .or_else(|| url.as_deref().and_then(meta::date_in_url))
        .or_else(|| address.and_then(meta::date_in_url));
    Page {
        title: found.title,
        date,
        url,
        body: blocks::text_of(container),
    }
}

/// The text of an HTML fragment (a feed item's content), all of it but
/// scripts, styles and the like.
pub fn fragment_text(html: &str) -> String {
    let doc = Html::parse_fragment(html);
    blocks::text_of(blocks::Container {
        node: *doc.root_element(),
        loose_text: true,
    })
}

#[cfg(test)]
mod tests;
