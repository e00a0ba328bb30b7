//! The check the page and feed targets share: an article's text, title and
//! address hold nothing a terminal acts on.

use brief::model::Article;
use brief::model::safe::is_invisible_format;

pub fn check(article: &Article) {
    let inert = |s: &str, newlines: bool| {
        s.chars()
            .all(|c| (newlines && c == '\n') || !(c.is_control() || is_invisible_format(c)))
    };
    assert!(inert(&article.text, true), "{:?}", article.text);
    for field in [&article.title, &article.url].into_iter().flatten() {
        assert!(inert(field, false), "{field:?}");
    }
}
