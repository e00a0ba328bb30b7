//! What the targets share: reading bytes as a named document, and checking
//! that nothing a terminal acts on got through. Each target uses part of it.

#![allow(dead_code)]

use brief::load::{Document, FromInput, LoadOptions, articles_of};
use brief::model::Article;
use brief::model::safe::is_invisible_format;
use ratatui::buffer::Buffer;

/// `data` read as the file `name` (its extension says page or feed),
/// fetched from `address` if given; `None` when it is refused.
pub fn read_as(name: &str, data: &[u8], address: Option<&str>) -> Option<FromInput> {
    let doc = Document {
        name,
        bytes: data.to_vec(),
        content_type: None,
        address: address.map(str::to_owned),
    };
    articles_of(doc, &LoadOptions::default()).ok()
}

fn is_inert(c: char) -> bool {
    !(c.is_control() || is_invisible_format(c))
}

/// An article's text (line breaks aside), title and address are inert.
pub fn check_article(article: &Article) {
    let text_ok = article.text.chars().all(|c| c == '\n' || is_inert(c));
    assert!(text_ok, "{:?}", article.text);
    for field in [&article.title, &article.url].into_iter().flatten() {
        assert!(field.chars().all(is_inert), "{field:?}");
    }
}

/// Every cell of a drawn screen is inert.
pub fn check_cells(buffer: &Buffer) {
    for cell in buffer.content() {
        assert!(cell.symbol().chars().all(is_inert), "{:?}", cell.symbol());
    }
}
