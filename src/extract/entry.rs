//! For callers that run the per-article analysis themselves, on their own
//! threads and in their own batches (`crate::pipeline` reads, decodes and
//! analyses each file in one go): one article's findings, and the merge that
//! takes them in article order. [`super::extract`] is these two in a loop.

use crate::model::{Article, ArticleId, Briefing};

/// What one article yields, before actors are merged across the briefing.
#[derive(Debug, Clone, PartialEq)]
pub struct Findings(super::ArticleFindings);

impl Findings {
    /// The findings as JSON, to keep on disk.
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(&self.0).unwrap_or_default()
    }

    /// Findings read back from [`Findings::to_json`] for `article`; `None` for
    /// anything that does not parse or could not have come from its text.
    pub fn from_json(bytes: &[u8], article: &Article) -> Option<Findings> {
        let found: super::ArticleFindings = serde_json::from_slice(bytes).ok()?;
        found.fits(&article.text).then_some(Findings(found))
    }
}

/// Analyses one article: pure, and independent of every other article.
pub fn analyse_article(article: &Article) -> Findings {
    Findings(super::analyse(article))
}

/// Merges findings into one briefing. Added in article order (0, 1, 2, …), they
/// give the briefing [`super::extract`] gives for the same articles.
#[derive(Default)]
pub struct Merge(super::merge::Merger);

impl Merge {
    /// Adds the next article, `id`, and its findings.
    pub fn add(&mut self, id: ArticleId, findings: Findings, article: &Article) {
        self.0.add(id, findings.0, &article.text);
    }

    /// [`Merge::add`] for a briefing read to be exported: the article's text is
    /// then cut down to what the exports read of it (see [`Article::cut_to`]).
    pub fn add_cut(&mut self, id: ArticleId, findings: Findings, article: &mut Article) {
        self.0.add_cut(id, findings.0, article);
    }

    pub fn finish(self, articles: Vec<Article>) -> Briefing {
        self.0.finish(articles)
    }

    /// The briefing of what has been added so far, `articles` being those
    /// articles; the merge goes on.
    pub fn snapshot(&self, articles: &[Article]) -> Briefing {
        self.0.clone().finish(articles.to_vec())
    }
}
