use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use brief::export::{to_json, to_markdown, to_plain};
use brief::extract::extract_parallel_with_progress;
use brief::load::{Encoding, LoadOptions, bundled_sample, load_with_progress};

const EXIT_CODES: &str = "\
Exit codes:
  0   success
  2   usage error (unknown flag, bad value)
  65  the data cannot be read as an article: binary (NUL byte), invalid UTF-8
      (with the byte offset; see --encoding), UTF-16 without a byte-order mark,
      over the size limit (see --max-size)
  66  the input cannot be opened: missing path, permission denied, not a regular
      file, a directory with no articles
  74  an I/O error while reading or writing";

/// Read a news briefing: actors, meetings and quotations from Polish and English articles.
///
/// With no PATH, opens the bundled sample briefing. A PATH may be a file, a directory
/// (searched recursively for .txt and .md files) or - for standard input.
#[derive(Parser, Debug)]
#[command(name = "brief", version, after_help = EXIT_CODES)]
struct Cli {
    /// Articles to read: files, directories, or - for stdin.
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

    /// Refuse files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = LoadOptions::default().max_bytes)]
    max_size: u64,

    /// What files without a byte-order mark are in: Polish 8-bit text saved by
    /// older Windows programs is windows-1250, by older Unix ones iso-8859-2.
    #[arg(long, value_name = "ENCODING", value_enum, default_value_t = Encoding::Utf8)]
    encoding: Encoding,

    /// The articles' language; by default it is detected for each article.
    #[arg(long, value_enum, default_value_t = Lang::Auto)]
    lang: Lang,
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

/// The inputs read and extracted; run at start and again on `r` in the reader.
fn read_briefing(
    paths: &[String],
    opts: &LoadOptions,
    lang: Lang,
    show_progress: bool,
) -> Result<brief::model::Briefing, brief::load::LoadError> {
    let mut progress = Progress::new(show_progress);
    let mut articles = if paths.is_empty() {
        vec![bundled_sample()]
    } else {
        load_with_progress(paths, opts, &mut |n| {
            progress.show(&format!("{n} files read"))
        })?
    };
    let forced = match lang {
        Lang::Auto => None,
        Lang::Pl => Some(brief::model::Language::Polish),
        Lang::En => Some(brief::model::Language::English),
    };
    if let Some(language) = forced {
        for a in &mut articles {
            a.language = language;
        }
    }
    let total = articles.len();
    let briefing = extract_parallel_with_progress(articles, &mut |n| {
        progress.show(&format!(
            "{total} files read, {n} of {total} articles extracted"
        ))
    });
    progress.clear();
    Ok(briefing)
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

/// `r` in the reader: the same inputs read again. Standard input was used up.
fn reloader(paths: Vec<String>, opts: LoadOptions, lang: Lang) -> brief::terminal::Loader {
    Box::new(move || {
        if paths.iter().any(|p| p == "-") {
            return Err("standard input cannot be read again".to_owned());
        }
        read_briefing(&paths, &opts, lang, false).map_err(|e| e.to_string())
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let opts = LoadOptions {
        max_bytes: cli.max_size,
        encoding: cli.encoding,
    };
    // Progress only where the reader will take the screen: never into a pipe or a file.
    let reading_interactively = !cli.json
        && !cli.plain
        && !cli.markdown
        && interactive()
        && std::io::stderr().is_terminal();
    let briefing = match read_briefing(&cli.paths, &opts, cli.lang, reading_interactively) {
        Ok(briefing) => briefing,
        Err(e) => {
            eprintln!("brief: {e}");
            return ExitCode::from(e.exit_code() as u8);
        }
    };
    if !cli.json && !cli.plain && !cli.markdown && interactive() {
        let options = brief::terminal::Options {
            mouse: !cli.no_mouse,
            theme: brief::ui::Theme::from_no_color(std::env::var_os("NO_COLOR").as_deref()),
            reload: Some(reloader(cli.paths.clone(), opts, cli.lang)),
        };
        return match brief::terminal::run(briefing, options) {
            Ok(code) => ExitCode::from(code),
            Err(e) => {
                eprintln!("brief: terminal: {e}");
                ExitCode::from(74)
            }
        };
    }
    let out = if cli.json {
        to_json(&briefing)
    } else if cli.markdown {
        to_markdown(&briefing)
    } else {
        to_plain(&briefing)
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`brief | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("brief: writing output: {e}");
            ExitCode::from(74)
        }
    }
}
