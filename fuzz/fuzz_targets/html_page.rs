//! The web-page layer: any bytes read as a saved page. It gives an article
//! or a clear error; the article's text, title and address hold no markup
//! character that was not in a text node, and nothing a terminal acts on.

#![no_main]

use brief::load::{Document, LoadOptions, articles_of};
use libfuzzer_sys::fuzz_target;

#[path = "../inert.rs"]
mod inert;

fuzz_target!(|data: &[u8]| {
    let doc = Document {
        name: "fuzz.html",
        bytes: data.to_vec(),
        content_type: None,
        address: Some("https://fuzz.example/2026/01/22/page".to_owned()),
    };
    if let Ok(from) = articles_of(doc, &LoadOptions::default()) {
        assert_eq!(from.articles.len(), 1);
        inert::check(&from.articles[0].article);
    }
});
