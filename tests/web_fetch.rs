//! Addresses on the command line, fetched from a server the test starts on
//! 127.0.0.1: a page, a feed with and without `--follow`, the ways a fetch
//! fails (404, no answer, a redirect loop, a body over the limit), and the
//! cache of unchanged feeds. `r` fetching again is in tmux_e2e.rs.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/http_server.rs"]
mod http_server;

use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use cli::{article, brief};
use http_server::{Reply, serve};

fn fixture(dir: &str, name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const FEED: &str = r#"<?xml version="1.0"?>
<rss version="2.0"><channel><title>Desk</title>
<item><title>Arctic talks</title><link>{base}/world/arctic</link>
<pubDate>Wed, 04 Mar 2026 21:15:00 -0500</pubDate>
<description>Ministers met in Oslo.</description></item>
<item><title>Missing story</title><link>{base}/world/gone</link>
<description>Envoys met in Geneva.</description></item>
</channel></rss>"#;

fn server() -> http_server::Server {
    serve(vec![
        (
            "/world/arctic",
            Reply::Body("text/html; charset=utf-8", fixture("html", "en-news.html")),
        ),
        (
            "/pl/wilno.html",
            Reply::Body("text/html", fixture("html", "pl-news.html")),
        ),
        (
            "/praga",
            Reply::Body("text/html", fixture("html", "pl-1250.html")),
        ),
        (
            "/rss",
            Reply::Body("application/rss+xml", FEED.as_bytes().to_vec()),
        ),
        ("/moved", Reply::Redirect("/pl/wilno.html")),
        ("/loop-a", Reply::Redirect("/loop-b")),
        ("/loop-b", Reply::Redirect("/loop-a")),
        ("/silent", Reply::Silent),
        ("/huge", Reply::Endless(4 << 20)),
        ("/error", Reply::Status(500, "Internal Server Error")),
    ])
}

#[test]
fn a_page_address_is_one_article() {
    let server = server();
    for (path, title) in [
        (
            "/pl/wilno.html",
            "Szefowie dyplomacji Polski i Litwy rozmawiali w Wilnie o bezpieczeństwie regionu",
        ),
        (
            "/moved",
            "Szefowie dyplomacji Polski i Litwy rozmawiali w Wilnie o bezpieczeństwie regionu",
        ),
        (
            "/praga",
            "Wicepremier Nowicki rozmawiał w Pradze z ministrem Dvořákiem",
        ),
    ] {
        let address = format!("{}{path}", server.base);
        let out = brief(&[&address]);
        out.expect(0, &[]);
        let json = out.json();
        let a = article(&json, 0);
        assert_eq!(a["source"], address.as_str());
        assert_eq!(a["title"], title, "{path}");
        assert_eq!(json["articles"].as_array().unwrap().len(), 1);
    }
    let json = brief(&[&format!("{}/praga", server.base)]).json();
    let text = article(&json, 0)["text"].as_str().unwrap().to_owned();
    assert!(
        text.starts_with("Wicepremier Tomasz Nowicki spotkał się"),
        "{text}"
    );
    assert_eq!(
        article(&json, 0)["url"],
        format!("{}/praga", server.base).as_str()
    );
}

#[test]
fn a_feed_address_gives_its_items_and_follow_their_pages() {
    let server = server();
    let feed = format!("{}/rss", server.base);
    let json = brief(&[&feed]).json();
    let texts: Vec<&str> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Ministers met in Oslo.", "Envoys met in Geneva."]);

    let out = brief(&["--follow", &feed]);
    let gone = format!("{}/world/gone", server.base);
    out.expect(
        0,
        &[&format!(
            "brief: skipped {gone}: cannot fetch: HTTP 404 Not Found\n"
        )],
    );
    assert!(
        out.stderr().ends_with("brief: 1 of 3 files skipped\n"),
        "{}",
        out.stderr()
    );
    let json = out.json();
    let followed = article(&json, 0);
    assert_eq!(followed["source"], format!("{feed}#1").as_str());
    assert_eq!(followed["title"], "Arctic talks");
    assert_eq!(followed["date"], "2026-03-04");
    assert_eq!(
        followed["url"],
        format!("{}/world/arctic", server.base).as_str()
    );
    let text = followed["text"].as_str().unwrap();
    assert!(
        text.starts_with("Canadian Foreign Minister Claire Dubois met"),
        "{text}"
    );
    assert_eq!(article(&json, 1)["text"], "Envoys met in Geneva.");
    brief(&["--follow", "--strict", &feed])
        .expect(69, &[&format!("brief: {gone}: cannot fetch: HTTP 404")]);
}

#[test]
fn failed_fetches_name_the_address_and_the_reason() {
    let server = server();
    let at = |path: &str| format!("{}{path}", server.base);
    let cases: [(&[&str], String, i32, String); 5] = [
        (
            &[],
            at("/nothing-here"),
            69,
            "cannot fetch: HTTP 404 Not Found".into(),
        ),
        (
            &[],
            at("/error"),
            69,
            "cannot fetch: HTTP 500 Internal Server Error".into(),
        ),
        (
            &["--timeout", "1"],
            at("/silent"),
            69,
            "cannot fetch: no answer within 1 seconds".into(),
        ),
        (
            &[],
            at("/loop-a"),
            69,
            "cannot fetch: too many redirects (more than 5)".into(),
        ),
        (
            &["--max-size", "100000"],
            at("/huge"),
            65,
            "too large: over the limit of 100000 bytes".into(),
        ),
    ];
    for (flags, address, code, reason) in cases {
        let mut args = flags.to_vec();
        args.push(&address);
        brief(&args).expect(code, &[&format!("brief: {address}: {reason}")]);
    }
    // Among several inputs a failed address is skipped like an unreadable file.
    let out = brief(&[&at("/pl/wilno.html"), &at("/nothing-here")]);
    out.expect(0, &["brief: skipped", "1 of 2 files skipped"]);
}

#[test]
fn nothing_is_fetched_for_a_local_feed() {
    let server = server();
    let tmp = cli::TempDir::new();
    let feed = tmp.write("desk.xml", FEED.replace("{base}", &server.base).as_bytes());
    let json = brief(&["--follow", &feed]).json();
    assert_eq!(article(&json, 0)["text"], "Ministers met in Oslo.");
}

#[test]
fn an_unchanged_feed_is_not_sent_again() {
    let sent = Arc::new(AtomicUsize::new(0));
    let server = serve(vec![(
        "/tagged",
        Reply::Tagged("\"v1\"", FEED, Arc::clone(&sent)),
    )]);
    let tmp = cli::TempDir::new();
    std::fs::create_dir_all(tmp.path("cache")).unwrap();
    let feed = format!("{}/tagged", server.base);
    let titles = || {
        let mut command = std::process::Command::new(cli::BIN);
        command
            .env("XDG_CACHE_HOME", tmp.path("cache"))
            .args(["--json", &feed]);
        let out = cli::run(&mut command, None);
        out.expect(0, &[]);
        let json = out.json();
        [0, 1].map(|i| article(&json, i)["title"].as_str().unwrap().to_owned())
    };
    assert_eq!(titles(), ["Arctic talks", "Missing story"]);
    assert_eq!(titles(), ["Arctic talks", "Missing story"]);
    assert_eq!(
        sent.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "the body went twice"
    );
    // Without a cache directory nothing is kept, and the body goes each time.
    let no_cache = tmp.path("none");
    for _ in 0..2 {
        let mut command = std::process::Command::new(cli::BIN);
        command
            .env("XDG_CACHE_HOME", &no_cache)
            .args(["--json", &feed]);
        cli::run(&mut command, None).expect(0, &[]);
    }
    assert_eq!(sent.load(std::sync::atomic::Ordering::SeqCst), 3);
    assert!(!no_cache.exists());
}
