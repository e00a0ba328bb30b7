//! The decoding layer alone: any bytes in each encoding, and as a page or a
//! feed declaring its own; what decodes is parsed as a text article, whose
//! text must hold no control or invisible character but the line break.

#![no_main]

use brief::load::html::{Markup, declared_encoding};
use brief::load::{Encoding, decode, decode_declared, parse_article};
use brief::model::safe::is_invisible_format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let declared = [Markup::Html, Markup::Xml].map(|m| declared_encoding(data, m));
    for encoding in [Encoding::Utf8, Encoding::Windows1250, Encoding::Iso8859_2] {
        let texts = [decode(data, encoding)]
            .into_iter()
            .chain(declared.iter().map(|d| decode_declared(data, *d, encoding)));
        for text in texts.flatten() {
            let article = parse_article("fuzz.txt".to_owned(), &text);
            assert!(
                article
                    .text
                    .chars()
                    .all(|c| c == '\n' || !(c.is_control() || is_invisible_format(c))),
                "{:?}",
                article.text
            );
        }
    }
});
