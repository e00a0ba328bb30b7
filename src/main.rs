use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use brief::export::{JsonWriter, write_markdown, write_plain};
use brief::extract::extract;
use brief::load::{Encoding, LoadOptions, bundled_sample};
use brief::model::{Briefing, Language, Skipped, grouped};
use brief::pipeline::cache::{self, FindingsCache};
use brief::pipeline::{ExportError, Parallelism, Request};
use brief::terminal::Ended;

const EXIT_CODES: &str = "\
Exit codes:
  0   success
  2   usage error (unknown flag, bad value)
  65  the data cannot be read as an article: binary (NUL byte), invalid UTF-8
      (with the byte offset; see --encoding), UTF-16 without a byte-order mark,
      over the size limit (see --max-size), a page with no article text, a feed
      that is malformed, empty or declares its own entities
  66  the input cannot be opened: missing path, permission denied, not a regular
      file, a directory with no articles
  69  an address cannot be fetched: no answer in time, an HTTP error such as
      404, too many redirects, a connection or TLS failure
  74  an I/O error while reading or writing

When a directory or several paths are given, a file that cannot be read is
skipped with a line on stderr saying why, and the rest loads (exit 0); --strict
makes any such file fail the run. A single file named alone always fails.
--json writes each article as it is read: a --strict run that fails part-way
leaves an unfinished document on stdout.
Item pages that --follow cannot fetch are skipped the same way; their items
keep the feed's own text.

Examples:
  brief ~/Downloads/*.html          saved web pages
  brief feeds/                      every article, page and feed in a directory
  brief https://example.org/rss.xml a feed's items, fetched
  brief --follow https://example.org/rss.xml
                                    each item's full text from its page";

/// Read a news briefing: actors, meetings and quotations from Polish and English articles.
///
/// With no PATH, opens the bundled sample briefing. A PATH may be a text article (.txt, .md),
/// a saved web page (.html, .htm), a news feed (RSS 2.0, RSS 1.0 or Atom: .xml, .rss, .atom,
/// .rdf), a directory (searched recursively for all of these, leaving out hidden files and a
/// README, LICENSE or CHANGELOG), an http:// or https:// address
/// of a page or a feed, or - for standard input. Other files and stdin are recognised by
/// their content.
#[derive(Parser, Debug)]
#[command(name = "brief", version, after_help = EXIT_CODES)]
struct Cli {
    /// Articles to read: files, directories, addresses, or - for stdin.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,

    /// Print the extracted briefing as JSON (schema brief/1) and exit.
    #[arg(long, conflicts_with_all = ["plain", "markdown"])]
    json: bool,

    /// Print a Markdown digest (actors, timeline, quotes with citations, sources) and exit.
    #[arg(long, conflicts_with = "plain")]
    markdown: bool,

    /// Print a plain, labelled text rendering and exit.
    #[arg(long)]
    plain: bool,

    /// Leave the mouse to the terminal, so its own text selection keeps working.
    #[arg(long)]
    no_mouse: bool,

    /// Refuse files larger than this many bytes (at most 1 GiB).
    #[arg(
        long,
        value_name = "BYTES",
        default_value_t = LoadOptions::default().max_bytes,
        value_parser = clap::value_parser!(u64).range(1..=LoadOptions::LARGEST)
    )]
    max_size: u64,

    /// What files without a byte-order mark are in: Polish 8-bit text saved by
    /// older Windows programs is windows-1250, by older Unix ones iso-8859-2.
    #[arg(long, value_name = "ENCODING", value_enum, default_value_t = Encoding::Utf8)]
    encoding: Encoding,

    /// The articles' language; by default it is detected for each article.
    #[arg(long, value_enum, default_value_t = Lang::Auto)]
    lang: Lang,

    /// Fail on any file that cannot be read, instead of skipping it when a
    /// directory or several paths are given.
    #[arg(long)]
    strict: bool,

    /// For a feed given by its address, fetch each item's page and read the
    /// full text there instead of the feed's summary.
    #[arg(long)]
    follow: bool,

    /// Give up on an address that has not been fetched in this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..))]
    timeout: u64,

    /// Read and analyse files on this many threads; by default, one per core.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,

    /// Analyse every article afresh, neither reading nor keeping findings in
    /// the cache ($XDG_CACHE_HOME/brief/findings, else ~/.cache/brief/findings).
    #[arg(long)]
    no_cache: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    Auto,
    Pl,
    En,
}

/// The reader draws a screen only on a terminal that can show one.
fn interactive() -> bool {
    use std::io::IsTerminal;
    let term = std::env::var("TERM").unwrap_or_default();
    std::io::stdout().is_terminal() && !term.is_empty() && term != "dumb"
}

/// How the inputs are read: the command line's loading options.
#[derive(Clone)]
struct Reading {
    paths: Vec<String>,
    opts: LoadOptions,
    lang: Lang,
    strict: bool,
    parallelism: Parallelism,
    cache: Option<std::sync::Arc<FindingsCache>>,
}

/// The paths expanded to the files a directory holds, each or its error.
type Inputs = Vec<Result<brief::load::Input, brief::load::LoadError>>;

/// The inputs read and extracted, with the files left out; run at start (with the
/// paths perhaps expanded already) and again on `r` in the reader.
fn read_briefing(
    reading: &Reading,
    show_progress: bool,
    expanded: Option<Inputs>,
) -> Result<(Briefing, Skipped), brief::load::LoadError> {
    let language = language(reading.lang);
    if reading.paths.is_empty() {
        let mut sample = bundled_sample();
        sample.language = language.unwrap_or(sample.language);
        return Ok((extract(vec![sample]), Skipped::default()));
    }
    let request = request(reading);
    let inputs = expanded.unwrap_or_else(|| brief::load::expand(&reading.paths));
    let mut progress = Progress::new(show_progress);
    let read = brief::pipeline::read_expanded(&request, inputs, false, &mut |update| {
        if let brief::pipeline::Update::Progress { files, total, .. } = update {
            progress.show(&format!(
                "{} of {} files read and extracted",
                grouped(files),
                grouped(total)
            ));
        }
    });
    progress.clear();
    read
}

/// The user's findings cache; where it cannot be written, a line says so and
/// the briefing is read without it.
fn open_cache() -> Option<std::sync::Arc<FindingsCache>> {
    let dir = cache::user_dir()?;
    match FindingsCache::open(&dir) {
        Ok(cache) => Some(std::sync::Arc::new(cache)),
        Err(e) => {
            let shown = brief::model::SafeText::new(&dir.to_string_lossy());
            eprintln!("brief: cache {shown}: {e}; reading without it");
            None
        }
    }
}

/// How the pipeline is to read `reading`'s paths.
fn request(reading: &Reading) -> Request<'_> {
    Request {
        inputs: &reading.paths,
        opts: reading.opts,
        strict: reading.strict,
        language: language(reading.lang),
        parallelism: reading.parallelism,
        cache: reading.cache.as_deref(),
    }
}

fn language(lang: Lang) -> Option<Language> {
    match lang {
        Lang::Auto => None,
        Lang::Pl => Some(Language::Polish),
        Lang::En => Some(Language::English),
    }
}

/// A one-line count on the terminal while a large briefing loads, before the reader
/// takes the screen; Ctrl-C quits at once meanwhile.
struct Progress {
    on: bool,
    last: std::time::Instant,
    width: usize,
}

impl Progress {
    fn new(on: bool) -> Self {
        Progress {
            on,
            last: std::time::Instant::now(),
            width: 0,
        }
    }

    fn show(&mut self, text: &str) {
        if !self.on || self.last.elapsed() < std::time::Duration::from_millis(100) {
            return;
        }
        self.last = std::time::Instant::now();
        let line = format!("brief: {text}");
        self.width = self.width.max(line.len());
        eprint!("\r{line:<width$}", width = self.width);
    }

    fn clear(&mut self) {
        if self.on && self.width > 0 {
            eprint!("\r{:width$}\r", "", width = self.width);
        }
    }
}

/// More files than this and the reader opens at once, the briefing loading
/// behind it; fewer load before it opens, in well under a second.
const LOAD_BEHIND_THE_READER: usize = 256;

/// Test-only: with this variable set to a path, a load behind the reader stops
/// after the first part it shows until that path exists, so a test can look at
/// the reader mid-load.
const TEST_HOLD_VAR: &str = "BRIEF_TEST_HOLD_LOAD";

/// The reader on the screen at once, the briefing filling it as it loads.
/// A load that finds nothing to read ends the reader with the error.
fn read_in_the_reader(cli: &Cli, reading: Reading, inputs: Inputs) -> ExitCode {
    let options = reader_options(cli, reading.clone());
    let hold = std::env::var_os(TEST_HOLD_VAR).map(std::path::PathBuf::from);
    let loading: brief::terminal::Loading = Box::new(move |on| {
        let request = request(&reading);
        brief::pipeline::read_expanded(&request, inputs, true, &mut |update| {
            let partial = matches!(update, brief::pipeline::Update::Partial(_));
            on(update);
            if partial && let Some(path) = &hold {
                while !path.exists() {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
            }
        })
    });
    match brief::terminal::run_loading(loading, options) {
        Ok(Ended::Quit(code)) => ExitCode::from(code),
        Ok(Ended::Failed(e)) => {
            eprintln!("brief: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
        Err(e) => {
            eprintln!("brief: terminal: {e}");
            ExitCode::from(74)
        }
    }
}

fn reader_options(cli: &Cli, reading: Reading) -> brief::terminal::Options {
    brief::terminal::Options {
        mouse: !cli.no_mouse,
        theme: brief::ui::Theme::from_no_color(std::env::var_os("NO_COLOR").as_deref()),
        reload: Some(reloader(reading)),
    }
}

/// `r` in the reader: the same inputs read again. Standard input was used up.
fn reloader(reading: Reading) -> brief::terminal::Loader {
    Box::new(move || {
        if reading.paths.iter().any(|p| p == "-") {
            return Err("standard input cannot be read again".to_owned());
        }
        read_briefing(&reading, false, None).map_err(|e| e.to_string())
    })
}

/// One line per skipped file, then how many of how many.
fn report_skipped(skipped: &Skipped) {
    if skipped.is_empty() {
        return;
    }
    for reason in &skipped.reasons {
        eprintln!("brief: skipped {reason}");
    }
    eprintln!("brief: {}", skipped.summary());
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let opts = LoadOptions {
        max_bytes: cli.max_size,
        encoding: cli.encoding,
        follow: cli.follow,
        timeout: std::time::Duration::from_secs(cli.timeout),
    };
    // Progress only where the reader will take the screen: never into a pipe or a file.
    let reading_interactively = !cli.json
        && !cli.plain
        && !cli.markdown
        && interactive()
        && std::io::stderr().is_terminal();
    let reading = Reading {
        paths: cli.paths.clone(),
        opts,
        lang: cli.lang,
        strict: cli.strict,
        parallelism: cli.threads.map_or_else(Parallelism::all_cores, |n| {
            Parallelism::with_threads(usize::from(n))
        }),
        cache: if cli.no_cache { None } else { open_cache() },
    };
    // The paths are expanded once: their count decides whether the reader opens
    // before the load, and the load reads the same list.
    let mut expanded = None;
    if reading_interactively && !reading.paths.iter().any(|p| p == "-") {
        let inputs = brief::load::expand(&reading.paths);
        if inputs.len() > LOAD_BEHIND_THE_READER {
            return read_in_the_reader(&cli, reading, inputs);
        }
        expanded = Some(inputs);
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    if cli.json || cli.plain || cli.markdown || !interactive() {
        return export(&cli, &reading, &mut out);
    }
    let (briefing, skipped) = match read_briefing(&reading, reading_interactively, expanded) {
        Ok(read) => read,
        Err(e) => {
            eprintln!("brief: {e}");
            return ExitCode::from(e.exit_code() as u8);
        }
    };
    report_skipped(&skipped);
    let options = reader_options(&cli, reading);
    match brief::terminal::run(briefing, skipped, options) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("brief: terminal: {e}");
            ExitCode::from(74)
        }
    }
}

/// `--json`, `--markdown` or `--plain` (the default off a terminal), written
/// through a large buffer as it is made: the export is never whole in memory,
/// and a pipe gets big writes. JSON's articles are written while the load
/// reads them, and each article's text is then cut down to the words the
/// export quotes, so no export holds every whole text at once.
fn export(cli: &Cli, reading: &Reading, out: &mut dyn Write) -> ExitCode {
    let mut json = cli.json.then(JsonWriter::default);
    let read = if reading.paths.is_empty() {
        read_briefing(reading, false, None).map_err(ExportError::Load)
    } else {
        brief::pipeline::read_for_export(
            &request(reading),
            brief::load::expand(&reading.paths),
            &mut |_| {},
            &mut |article| match json.as_mut() {
                Some(json) => json.article(out, article),
                None => Ok(()),
            },
        )
    };
    let written = read.and_then(|(briefing, skipped)| {
        report_skipped(&skipped);
        let written = if let Some(json) = json {
            json.finish(out, &briefing)
        } else if cli.markdown {
            write_markdown(out, &briefing)
        } else {
            write_plain(out, &briefing)
        };
        written
            .and_then(|()| out.flush())
            .map_err(ExportError::Write)
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(ExportError::Load(e)) => {
            eprintln!("brief: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
        // A closed pipe (`brief | head`) is the reader's choice, not an error.
        Err(ExportError::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(ExportError::Write(e)) => {
            eprintln!("brief: writing output: {e}");
            ExitCode::from(74)
        }
    }
}
