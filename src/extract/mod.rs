//! Extraction: pure functions from loaded articles to the briefing model. No I/O and
//! no clock: relative dates resolve against each article's own date.

mod analysis;
mod bodies;
mod dates;
mod doc;
mod en;
mod entry;
mod findings;
pub mod fold;
pub mod found;
pub mod lang;
mod merge;
pub mod pl;
mod quotes;
mod reports;
mod speaker;
pub mod text;
mod things;

use analysis::Analysis;
use doc::Doc;
use findings::{ArticleFindings, MeetingFound, QuoteFound};
use lang::pl::LEXICON;
use pl::meetings::find_meetings;
use quotes::find_quotes;

use crate::model::{Article, Briefing};

pub use entry::{Findings, Merge, analyse_article};

/// Extracts actors, quotes and meetings from the articles. Deterministic: the same
/// articles give the same briefing.
pub fn extract(articles: Vec<Article>) -> Briefing {
    let mut merger = merge::Merger::default();
    for (ai, article) in articles.iter().enumerate() {
        merger.add(ai, analyse(article), &article.text);
    }
    merger.finish(articles)
}

/// [`extract`] with the articles analysed on all cores; the same result, in the same
/// order, for large briefings.
pub fn extract_parallel(articles: Vec<Article>) -> Briefing {
    extract_parallel_with_progress(articles, &mut |_| {})
}

/// [`extract_parallel`], telling `progress` how many articles are done after each batch.
pub fn extract_parallel_with_progress(
    articles: Vec<Article>,
    progress: &mut dyn FnMut(usize),
) -> Briefing {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores < 2 || articles.len() < 64 {
        return extract(articles);
    }
    let batching = Batching {
        threads: cores,
        batch: 256 * cores,
    };
    extract_in_batches(articles, batching, progress)
}

/// How [`extract_in_batches`] splits the work.
#[derive(Clone, Copy, Debug)]
pub struct Batching {
    /// Worker threads sharing each batch.
    pub threads: usize,
    /// Articles per batch.
    pub batch: usize,
}

/// The batched path of [`extract_parallel`], with the split chosen by the caller,
/// so tests can force many batches on a few articles; the same briefing as
/// [`extract`] whatever the split.
pub fn extract_in_batches(
    articles: Vec<Article>,
    batching: Batching,
    progress: &mut dyn FnMut(usize),
) -> Briefing {
    let threads = batching.threads.max(1);
    // A batch at a time: the threads share each batch, and only one batch's working
    // data is alive at once.
    let mut merger = merge::Merger::default();
    let mut next = 0;
    for batch in articles.chunks(batching.batch.max(1)) {
        let share = batch.len().div_ceil(threads);
        let findings: Vec<ArticleFindings> = std::thread::scope(|scope| {
            let workers: Vec<_> = batch
                .chunks(share)
                .map(|part| scope.spawn(move || part.iter().map(analyse).collect::<Vec<_>>()))
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        for f in findings {
            merger.add(next, f, &articles[next].text);
            next += 1;
        }
        progress(next);
    }
    merger.finish(articles)
}

fn analyse(article: &Article) -> ArticleFindings {
    let lexicon = match article.language {
        crate::model::Language::English => &lang::en::ENGLISH.lex,
        crate::model::Language::Polish => &*LEXICON,
    };
    let doc = Doc::new(article, lexicon);
    let a = Analysis::new(doc);
    let found = find_quotes(&a);
    let direct = quotes::meeting_mask(&a, &found);
    let quoted = |k: usize| direct.get(k).copied().unwrap_or(false);
    let meetings = if a.doc.lex.english {
        en::meetings::find_meetings(&a, article.date, &quoted)
    } else {
        find_meetings(&a, article.date, &quoted)
    };
    let doc = &a.doc;
    ArticleFindings {
        mentions: a
            .mentions
            .iter()
            .map(|m| (m.entity, doc.span_of(m.tokens.clone())))
            .collect(),
        quotes: found
            .into_iter()
            .map(|q| {
                let span = doc.span_of(q.tokens.clone());
                let cue = q.cue.map(|c| doc.span_of(c..c + 1));
                QuoteFound::new(q, span, cue)
            })
            .collect(),
        meetings: meetings
            .into_iter()
            .map(|m| {
                let span = doc.span_of(m.tokens.clone());
                let trigger = doc.span_of(m.trigger..m.trigger + 1);
                MeetingFound::new(m, span, trigger)
            })
            .collect(),
        entities: a.entities.into_iter().map(Into::into).collect(),
    }
}
