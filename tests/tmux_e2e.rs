//! The real binary in a real terminal: tmux runs `brief`, the test types
//! keys, polls the screen until what it expects appears (never a fixed
//! sleep), quits, and checks the terminal was given back: alternate screen
//! off, mouse reporting off, exit status 0. `NO_COLOR` and `TERM=dumb` are
//! checked on a real terminal too. Signals, panics and resize storms are in
//! tmux_lifecycle.rs.

#[path = "common/http_server.rs"]
mod http_server;
#[path = "common/tmux.rs"]
mod tmux;

use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use http_server::{Reply, serve};
use tmux::{BIN, Tmux, reader};

#[test]
fn a_reader_session_from_start_to_quit() {
    let Some(tmux) = Tmux::start("session", &reader("", "")) else {
        return;
    };
    // The first frame may be captured half drawn: wait for all four panes.
    let titles = [
        "1 Timeline",
        "2 Participants",
        "3 Quotes",
        "4 Article",
        "? help",
    ];
    tmux.wait_for("every pane", |s| titles.iter().all(|t| s.contains(t)));
    assert_eq!(tmux.format("#{alternate_on}"), "1");
    assert_eq!(
        tmux.format("#{mouse_any_flag}"),
        "1",
        "the mouse is captured while running"
    );

    tmux.keys(&["3", "?"]);
    tmux.wait_for_text("Keys in 3 Quotes");
    tmux.keys(&["Escape"]);
    tmux.wait_for("help closed", |s| !s.contains("Keys in 3 Quotes"));

    tmux.keys(&["4", "/"]);
    tmux.literal("Moskw");
    tmux.keys(&["Enter"]);
    tmux.wait_for("a match counter", |s| s.contains("/Moskw 1/"));
    tmux.keys(&["n"]);
    tmux.wait_for_text("/Moskw 2/");

    tmux.keys(&["a"]);
    tmux.literal("lawrow");
    tmux.wait_for_text("Go to actor");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Ławrow's dossier", |s| {
        s.contains("Siergiej") && s.contains("name forms")
    });
    tmux.keys(&["r"]);
    tmux.wait_for("a reload that keeps the actor", |s| {
        s.contains("reloaded: 1 articles") && s.contains("▶ Siergiej Ławrow")
    });

    tmux.keys(&["f"]);
    tmux.wait_for_text("Filter to actors");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("filter: Siergiej");
    tmux.keys(&["F"]);
    tmux.wait_for("filter cleared", |s| !s.contains("filter: Siergiej"));

    assert!(
        tmux.run(&["resize-window", "-t", "0", "-x", "60", "-y", "20"])
            .status
            .success()
    );
    tmux.wait_for("one pane at a time", |s| {
        s.lines()
            .next()
            .is_some_and(|l| l.contains(" 1 ") && l.contains(" 4 "))
    });
    assert!(
        tmux.run(&["resize-window", "-t", "0", "-x", "10", "-y", "3"])
            .status
            .success()
    );
    tmux.wait_for_text("terminal");
    assert!(
        tmux.run(&["resize-window", "-t", "0", "-x", "120", "-y", "40"])
            .status
            .success()
    );
    tmux.wait_for_text("1 Timeline");

    tmux.keys(&["Escape", "Escape"]);
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXITED:0");
    assert_eq!(tmux.format("#{alternate_on}"), "0", "alternate screen left");
    assert_eq!(tmux.format("#{mouse_any_flag}"), "0", "mouse reporting off");
    assert_eq!(tmux.format("#{cursor_flag}"), "1", "cursor shown again");
}

#[test]
fn no_mouse_leaves_the_mouse_to_the_terminal() {
    let Some(tmux) = Tmux::start("nomouse", &reader("", "--no-mouse")) else {
        return;
    };
    tmux.wait_for_text("1 Timeline");
    assert_eq!(tmux.format("#{mouse_any_flag}"), "0");
    tmux.keys(&["C-c"]);
    tmux.wait_for_text("EXITED:0");
    assert_eq!(tmux.format("#{alternate_on}"), "0");
}

#[test]
fn a_failed_reload_says_so_and_keeps_reading() {
    let dir = std::env::temp_dir().join(format!("brief-reload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("a.txt");
    std::fs::write(
        &file,
        "date 2026-01-22\n\nSiergiej Ławrow powiedział, że jest dobrze.\n",
    )
    .unwrap();
    let command = reader("", &file.display().to_string());
    let Some(tmux) = Tmux::start("reload", &command) else {
        return;
    };
    tmux.wait_for_text("1 Timeline");
    std::fs::remove_file(&file).unwrap();
    tmux.keys(&["r"]);
    tmux.wait_for_text("reload failed");
    assert!(tmux.wait_for_text("4 Article").contains("Ławrow"));
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXITED:0");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The SGR parameters that set a colour (foreground or background, any
/// palette), in a screen captured with its escape sequences.
fn colour_codes(styled: &str) -> Vec<String> {
    styled
        .split("\x1b[")
        .skip(1)
        .filter_map(|seq| seq.split_once('m').map(|(params, _)| params))
        .filter(|params| {
            params.split(';').any(|p| {
                matches!(
                    p.parse::<u16>(),
                    Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
                )
            })
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_color_draws_in_monochrome_with_the_meaning_kept() {
    for (env, coloured) in [("", true), ("NO_COLOR=1", false)] {
        let name = if coloured { "colour" } else { "nocolor" };
        let Some(tmux) = Tmux::start(name, &reader(env, "")) else {
            return;
        };
        tmux.wait_for("every pane", |s| {
            ["1 Timeline", "2 Participants", "3 Quotes", "4 Article"]
                .iter()
                .all(|t| s.contains(t))
        });
        let styled = tmux.styled_screen();
        let colours = colour_codes(&styled);
        assert_eq!(!colours.is_empty(), coloured, "{env:?}: {colours:?}");
        if !coloured {
            // Without colour the selection shows in reverse video.
            assert!(styled.contains("\x1b[7m"), "{styled:?}");
        }
        tmux.keys(&["q"]);
        tmux.wait_for_text("EXITED:0");
    }
}

#[test]
fn term_dumb_prints_the_plain_rendering_on_a_terminal() {
    let Some(tmux) = Tmux::start("dumb", &reader("TERM=dumb", "")) else {
        return;
    };
    tmux.wait_for_text("EXITED:");
    let history = tmux.history();
    let (printed, exit) = history
        .split_once("EXITED:")
        .expect("the exit line is in the history");
    assert!(exit.starts_with('0'), "{history}");
    let plain = std::process::Command::new(BIN)
        .arg("--plain")
        .output()
        .unwrap();
    let plain = String::from_utf8(plain.stdout).unwrap();
    let lines = |s: &str| s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    assert_eq!(lines(printed).trim_end(), lines(&plain).trim_end());
    assert_eq!(tmux.format("#{alternate_on}"), "0");
}

#[test]
fn the_pictures_on_a_week_of_news() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/briefing");
    let command = format!("sh -c '{BIN} {dir}; echo EXITED:$?; exec sleep 60'");
    let Some(tmux) = Tmux::start("pictures", &command) else {
        return;
    };
    tmux.wait_for("the day ruler and its keys in the footer", |s| {
        s.contains("1 Timeline") && s.contains("daily") && s.contains("← → day")
    });
    tmux.keys(&["Right"]);
    tmux.wait_for("the timeline narrowed to a day", |s| {
        s.contains("(←/→)") && s.contains("timeline: 2026-03-")
    });
    tmux.keys(&["2", "a"]);
    tmux.literal("tusk");
    tmux.wait_for_text("Go to actor");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the dossier's activity line", |s| {
        s.contains("Donald Tusk") && s.contains("days 2026-03-")
    });
    tmux.keys(&["m"]);
    tmux.wait_for("the graph around Tusk", |s| {
        let ring = s.contains("next ring") || s.contains("met no one else");
        s.contains("who met whom, graph") && s.contains("✓ Emmanuel Macr") && ring
    });
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXITED:0");
    assert_eq!(tmux.format("#{alternate_on}"), "0", "alternate screen left");
}

#[test]
fn r_in_the_reader_fetches_again() {
    let first = "<title>Talks - Desk</title><p>Ministers met in Oslo on Tuesday.</p>";
    let second = "<title>Talks - Desk</title><p>Ministers met again in Geneva on Friday.</p>";
    let server = serve(vec![(
        "/live",
        Reply::Changing(Arc::new(AtomicUsize::new(0)), vec![first, second]),
    )]);
    let command = reader("", &format!("{}/live", server.base));
    let Some(tmux) = Tmux::start("refetch", &command) else {
        return;
    };
    assert!(tmux.wait_for_text("4 Article").contains("Oslo"));
    tmux.keys(&["r"]);
    tmux.wait_for("the page fetched again", |s| {
        s.contains("Geneva") && !s.contains("Oslo")
    });
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXITED:0");
}
