//! The feed layer: any bytes read as an RSS or Atom feed. It gives items or
//! a clear error, never expands a declared entity, and every item's fields
//! hold nothing a terminal acts on.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    if let Some(from) = common::read_as("fuzz.xml", data, None) {
        // No reference expands to more than a few bytes, so the text stays
        // within a small multiple of the feed.
        let total: usize = from.articles.iter().map(|k| k.article.text.len()).sum();
        assert!(total <= data.len() * 4, "{total} from {}", data.len());
        for keyed in &from.articles {
            common::check_article(&keyed.article);
        }
    }
});
