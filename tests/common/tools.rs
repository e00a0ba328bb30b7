//! Tests that need a system tool (tmux, setpriv or runuser, setsid) ask here first.
//! In CI (`BRIEF_REQUIRE_TOOLS=1`, set by `.ci/run`) a missing tool fails the test;
//! elsewhere the test is skipped with a notice on the terminal.

use std::io::Write;
use std::process::Command;

/// Whether `tool` runs (`tool --version`, or `-V` for tmux).
pub fn runs(tool: &str, version_flag: &str) -> bool {
    Command::new(tool)
        .arg(version_flag)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Called when `tool` is missing: fails under `BRIEF_REQUIRE_TOOLS=1`, otherwise
/// says which test is skipped. The notice goes straight to stderr, past the
/// harness's capture, so a green run cannot hide it.
pub fn missing(tool: &str, test: &str) {
    let required = std::env::var_os("BRIEF_REQUIRE_TOOLS").is_some_and(|v| v == "1");
    assert!(
        !required,
        "{tool} is required (BRIEF_REQUIRE_TOOLS=1) for {test}, but it is not installed"
    );
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: {tool} is not installed (BRIEF_REQUIRE_TOOLS=1 makes this a failure)"
    );
}
