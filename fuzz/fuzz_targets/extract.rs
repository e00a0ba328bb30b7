//! The extraction layer: any UTF-8 text as an article. Extraction never
//! panics, is deterministic, and every span it returns lies on character
//! boundaries of the article's text.

#![no_main]

use brief::extract::extract;
use brief::load::parse_article;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let briefing = extract(vec![parse_article("fuzz.txt".to_owned(), text)]);
    let body = &briefing.articles[0].text;
    let on_boundaries = |s: brief::model::Span| {
        s.start <= s.end && body.is_char_boundary(s.start) && body.is_char_boundary(s.end)
    };
    for actor in &briefing.actors {
        assert!(actor.mentions.iter().all(|m| on_boundaries(m.span)));
    }
    assert!(briefing.quotes.iter().all(|q| on_boundaries(q.span)));
    assert!(briefing.meetings.iter().all(|m| on_boundaries(m.span)));
    let again = extract(vec![parse_article("fuzz.txt".to_owned(), text)]);
    assert_eq!(briefing, again);
});
