//! Extraction: pure functions from loaded articles to the briefing model.

pub mod fold;
pub mod inflect;
pub mod text;

use crate::model::{Article, Briefing};

/// Extracts actors, quotes and meetings from the articles. Deterministic: the same
/// articles give the same briefing.
pub fn extract(articles: Vec<Article>) -> Briefing {
    Briefing {
        articles,
        ..Briefing::default()
    }
}
