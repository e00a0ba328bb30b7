//! The feed layer: any bytes read as an RSS or Atom feed. It gives items or
//! a clear error, never expands a declared entity, and every item's fields
//! are inert.

#![no_main]

use brief::load::{Document, LoadOptions, articles_of};
use libfuzzer_sys::fuzz_target;

#[path = "../inert.rs"]
mod inert;

fuzz_target!(|data: &[u8]| {
    let doc = Document {
        name: "fuzz.xml",
        bytes: data.to_vec(),
        content_type: None,
        address: None,
    };
    if let Ok(from) = articles_of(doc, &LoadOptions::default()) {
        // Text can only shrink on the way from the feed to its articles: no
        // reference expands to more than a handful of characters.
        let total: usize = from.articles.iter().map(|k| k.article.text.len()).sum();
        assert!(total <= data.len() * 4, "{total} from {}", data.len());
        for keyed in &from.articles {
            inert::check(&keyed.article);
        }
    }
});
