//! Reading a briefing on all cores: each file is read, decoded, parsed and
//! analysed on one worker thread, a batch of files at a time, and the batch is
//! merged in input order before the next one starts. Memory stays bounded (raw
//! bytes and working data of one batch at a time; only the articles and the
//! merged model are kept), and the briefing is the same, byte for byte, on any
//! number of threads and with any batch size.

pub mod cache;

use crate::extract::{Findings, Merge, analyse_article};
use crate::load::{FromInput, Input, LoadError, LoadOptions, Tally, expand, load_input};
use crate::model::{Article, Briefing, Language, Skipped};
use cache::FindingsCache;

/// How the work is shared out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parallelism {
    /// Worker threads; 1 does everything on the calling thread.
    pub threads: usize,
    /// Files read and analysed before they are merged.
    pub batch: usize,
}

impl Parallelism {
    /// `threads` workers (at least one), each with 256 files per batch.
    pub fn with_threads(threads: usize) -> Parallelism {
        let threads = threads.max(1);
        Parallelism {
            threads,
            batch: 256 * threads,
        }
    }

    /// One worker per core.
    pub fn all_cores() -> Parallelism {
        Parallelism::with_threads(std::thread::available_parallelism().map_or(1, |n| n.get()))
    }
}

/// What to read and how.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub inputs: &'a [String],
    pub opts: LoadOptions,
    /// Any file that cannot be read fails the load (`--strict`).
    pub strict: bool,
    /// The language every article is taken to be in, instead of detecting it.
    pub language: Option<Language>,
    pub parallelism: Parallelism,
    /// Findings kept from earlier runs, and where this run's are kept.
    pub cache: Option<&'a FindingsCache>,
}

/// Reads and extracts every input, telling `progress` how many of how many
/// files are done after each batch. Failures are skipped or fail the load as
/// [`crate::load::load_briefing`] does.
pub fn read_briefing(
    request: &Request,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(Briefing, Skipped), LoadError> {
    read_briefing_live(request, false, &mut |update| {
        // After each batch, not at the start.
        if let Update::Progress { files, total, .. } = update
            && files > 0
        {
            progress(files, total);
        }
    })
}

/// What a load tells whoever watches it, after each batch.
#[derive(Debug)]
pub enum Update {
    /// Files tried (read or skipped) of all the files, and articles extracted.
    Progress {
        files: usize,
        total: usize,
        articles: usize,
    },
    /// Every article merged so far, as a briefing to show while the rest loads.
    Partial(Briefing),
}

/// [`read_briefing`] with progress in articles too and, where `partial` is set,
/// the briefing so far each time the articles have doubled since the last one,
/// while no more than a quarter of the files are read: the copies cost at most
/// half the briefing in time, and a shown part holds a quarter of it at most
/// in memory while the rest loads.
pub fn read_briefing_live(
    request: &Request,
    partial: bool,
    on: &mut dyn FnMut(Update),
) -> Result<(Briefing, Skipped), LoadError> {
    read_expanded(request, expand(request.inputs), partial, on)
}

/// [`read_briefing_live`] for the request's inputs already expanded (as
/// [`crate::load::expand`] gives them), for a caller that has counted them.
pub fn read_expanded(
    request: &Request,
    inputs: Vec<Result<Input, LoadError>>,
    partial: bool,
    on: &mut dyn FnMut(Update),
) -> Result<(Briefing, Skipped), LoadError> {
    read_each(request, inputs, partial, on, false, &mut |_| Ok(()))
}

/// Why an export stopped: the load failed, or the output could not be written.
#[derive(Debug)]
pub enum ExportError {
    Load(LoadError),
    Write(std::io::Error),
}

impl From<LoadError> for ExportError {
    fn from(e: LoadError) -> Self {
        ExportError::Load(e)
    }
}

/// For an export, which never holds every whole text at once: the briefing
/// [`read_expanded`] reads, each article handed to `write` as it is merged and
/// then cut down to what the exports read of it (see
/// [`crate::model::Article::cut_to`]). The first error `write` gives ends the load.
pub fn read_for_export(
    request: &Request,
    inputs: Vec<Result<Input, LoadError>>,
    on: &mut dyn FnMut(Update),
    write: &mut dyn FnMut(&Article) -> std::io::Result<()>,
) -> Result<(Briefing, Skipped), ExportError> {
    read_each(request, inputs, false, on, true, &mut |article| {
        write(article).map_err(ExportError::Write)
    })
}

/// The load: `each` sees every new article, in order, before it is merged,
/// and where `cut` is set, its text is then cut down to what an export reads.
fn read_each<E: From<LoadError>>(
    request: &Request,
    inputs: Vec<Result<Input, LoadError>>,
    partial: bool,
    on: &mut dyn FnMut(Update),
    cut: bool,
    each: &mut dyn FnMut(&Article) -> Result<(), E>,
) -> Result<(Briefing, Skipped), E> {
    let total = inputs.len();
    let mut tally = Tally::new(request.inputs, request.strict);
    let mut merge = Merge::default();
    let mut articles = Vec::new();
    let mut shown = 0;
    on(Update::Progress {
        files: 0,
        total,
        articles: 0,
    });
    // Split up front, so each batch's paths are freed once it is read, not
    // when the last one is.
    let batches: Vec<_> = runs(inputs, request.parallelism.batch).collect();
    for batch in batches {
        for outcome in analyse_batch(batch, request) {
            let Some((mut from, findings)) = tally.take(outcome)? else {
                continue;
            };
            tally.followed(&mut from)?;
            for (keyed, found) in from.articles.into_iter().zip(findings) {
                if tally.is_new(&keyed) {
                    let (id, mut article) = (articles.len(), keyed.article);
                    each(&article)?;
                    if cut {
                        merge.add_cut(id, found, &mut article);
                    } else {
                        merge.add(id, found, &article);
                    }
                    crate::model::push_lean(&mut articles, article);
                }
            }
        }
        let files = tally.skipped.tried;
        on(Update::Progress {
            files,
            total,
            articles: articles.len(),
        });
        if partial && 4 * files <= total && articles.len() >= (2 * shown).max(1) {
            shown = articles.len();
            on(Update::Partial(merge.snapshot(&articles)));
        }
    }
    let skipped = tally.finish(!articles.is_empty())?;
    if let Some(cache) = request.cache.filter(|c| c.written() > 0) {
        cache.prune(cache::MAX_BYTES);
    }
    Ok((merge.finish(articles), skipped))
}

/// What one input gave, with the findings of each of its articles.
type Outcome = Result<(FromInput, Vec<Findings>), LoadError>;

/// `items` in consecutive runs of `size` (at least one), in order.
fn runs<T>(items: Vec<T>, size: usize) -> impl Iterator<Item = Vec<T>> {
    let mut items = items.into_iter();
    std::iter::from_fn(move || {
        let run: Vec<T> = items.by_ref().take(size.max(1)).collect();
        (!run.is_empty()).then_some(run)
    })
}

/// One batch, shared among the workers in contiguous runs, in input order.
fn analyse_batch(batch: Vec<Result<Input, LoadError>>, request: &Request) -> Vec<Outcome> {
    let threads = request.parallelism.threads.max(1);
    if threads == 1 || batch.len() < 2 {
        return batch
            .into_iter()
            .map(|input| analyse_one(input, request))
            .collect();
    }
    let share = batch.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = runs(batch, share)
            .map(|run| {
                scope.spawn(move || {
                    run.into_iter()
                        .map(|input| analyse_one(input, request))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

fn analyse_one(input: Result<Input, LoadError>, request: &Request) -> Outcome {
    let mut from = load_input(&input?, &request.opts)?;
    if let Some(language) = request.language {
        for keyed in &mut from.articles {
            keyed.article.language = language;
        }
    }
    let findings = from
        .articles
        .iter()
        .map(|k| cached_or_analysed(&k.article, request.cache))
        .collect();
    Ok((from, findings))
}

fn cached_or_analysed(article: &crate::model::Article, cache: Option<&FindingsCache>) -> Findings {
    let Some(cache) = cache else {
        return analyse_article(article);
    };
    cache.get(article).unwrap_or_else(|| {
        let found = analyse_article(article);
        cache.put(article, &found);
        found
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_keep_the_order_and_cover_everything() {
        let cases: [(usize, usize, &[usize]); 5] = [
            (0, 3, &[]),
            (5, 1, &[1, 1, 1, 1, 1]),
            (7, 3, &[3, 3, 1]),
            (6, 3, &[3, 3]),
            (2, 0, &[1, 1]),
        ];
        for (len, size, want) in cases {
            let items: Vec<usize> = (0..len).collect();
            let got: Vec<Vec<usize>> = runs(items.clone(), size).collect();
            let lens: Vec<usize> = got.iter().map(Vec::len).collect();
            assert_eq!(lens, want, "{len} in runs of {size}");
            assert_eq!(got.concat(), items);
        }
    }
}
