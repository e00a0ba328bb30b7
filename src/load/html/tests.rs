use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The page's text as its plain-text twin has it (after the header).
fn twin_body(name: &str) -> String {
    let text = String::from_utf8(fixture(name)).unwrap();
    let (_, body) = text.split_once("\n\n").unwrap();
    body.trim_end().to_owned()
}

#[test]
fn news_pages_give_their_article_and_nothing_else() {
    let cases = [
        (
            "pl-news.html",
            "Szefowie dyplomacji Polski i Litwy rozmawiali w Wilnie o bezpieczeństwie regionu",
            Some("2026-02-12"),
            Some("https://wiadomosci.example.pl/swiat/2026/02/12/szefowie-dyplomacji-w-wilnie"),
            "pl-news.txt",
        ),
        (
            "en-news.html",
            "Canada and Norway agree to expand Arctic cooperation",
            Some("2026-03-04"),
            Some("https://www.worlddesk.example.com/world/canada-norway-arctic-talks"),
            "en-news.txt",
        ),
    ];
    for (page, title, date, url, twin) in cases {
        let html = String::from_utf8(fixture(page)).unwrap();
        let got = read_page(&html, None);
        assert_eq!(got.title.as_deref(), Some(title), "{page}");
        assert_eq!(got.date, date.and_then(Date::parse_iso), "{page}");
        assert_eq!(got.url.as_deref(), url, "{page}");
        assert_eq!(got.body, twin_body(twin), "{page}");
    }
}

#[test]
fn boilerplate_never_reaches_the_text() {
    for page in ["pl-news.html", "en-news.html"] {
        let html = String::from_utf8(fixture(page)).unwrap();
        let body = read_page(&html, None).body;
        for word in [
            "cookie",
            "Reklama",
            "Udostępnij",
            "Czytaj też",
            "Komentarze",
            "Fot.",
            "Zielińska",
            "Advertisement",
            "Share",
            "Sam Porter",
            "Photo",
            "Related",
            "inbox",
            "dataLayer",
            "querySelector",
            "<",
            "&",
        ] {
            assert!(!body.contains(word), "{page} keeps {word:?}");
        }
    }
}

#[test]
fn title_sources_in_order_of_trust() {
    let cases = [
        (
            r#"<meta property="og:title" content="A | Site"><meta property="og:site_name" content="Site"><title>B</title>"#,
            "A",
        ),
        (
            r#"<meta property="og:title" content="Talks - a new round"><title>B</title>"#,
            "Talks - a new round",
        ),
        (
            r#"<script type="application/ld+json">{"headline":"C"}</script><h1>D</h1>"#,
            "C",
        ),
        (
            "<title>T</title><h1> Nagłówek\n strony </h1>",
            "Nagłówek strony",
        ),
        (
            "<title>Rozmowy w Pradze - Wiadomości</title>",
            "Rozmowy w Pradze",
        ),
        (
            "<title>Rozmowy w Pradze :: Kurier Południowy</title>",
            "Rozmowy w Pradze",
        ),
        ("<title>A - B</title>", "A - B"),
        (
            "<title>Kurier | Rozmowy w Pradze trwały do nocy</title>",
            "Kurier | Rozmowy w Pradze trwały do nocy",
        ),
    ];
    for (html, want) in cases {
        let page = read_page(&format!("{html}<p>Tekst.</p>"), None);
        assert_eq!(page.title.as_deref(), Some(want), "{html}");
    }
}

#[test]
fn dates_from_meta_json_ld_time_and_address() {
    let cases = [
        (
            r#"<meta property="article:published_time" content="2026-01-22T23:30:00-05:00">"#,
            None,
            Some("2026-01-22"),
        ),
        (
            r#"<script type="application/ld+json">{"headline":"x","datePublished":"2026-02-03"}</script>"#,
            None,
            Some("2026-02-03"),
        ),
        (
            r#"<article><time datetime="2026-04-05">5 IV</time><p>x</p></article>"#,
            None,
            Some("2026-04-05"),
        ),
        (
            "<p>x</p>",
            Some("https://x.example/2026/05/06/talks"),
            Some("2026-05-06"),
        ),
        (
            "<p>x</p>",
            Some("https://x.example/news/2026-05-07-talks"),
            Some("2026-05-07"),
        ),
        (
            "<p>x</p>",
            Some("https://x.example/a/20260508/talks.html"),
            Some("2026-05-08"),
        ),
        (
            "<p>x</p>",
            Some("https://x.example/a/120260508/talks"),
            None,
        ),
        ("<p>x</p>", Some("https://x.example/2026/13/40/talks"), None),
        (r#"<time datetime="yesterday">x</time><p>x</p>"#, None, None),
    ];
    for (html, address, want) in cases {
        let page = read_page(html, address);
        assert_eq!(
            page.date,
            want.and_then(Date::parse_iso),
            "{html} {address:?}"
        );
    }
}

#[test]
fn addresses_must_be_web_addresses() {
    let cases = [
        (
            r#"<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">"#,
            None,
            Some("https://a.example/x"),
        ),
        (
            r#"<link rel="canonical" href="/x"><meta property="og:url" content="https://b.example/y">"#,
            None,
            Some("https://b.example/y"),
        ),
        (
            r#"<link rel="canonical" href="javascript:alert(1)">"#,
            Some("https://c.example/z"),
            Some("https://c.example/z"),
        ),
        ("", None, None),
    ];
    for (html, address, want) in cases {
        let page = read_page(&format!("{html}<p>x</p>"), address);
        assert_eq!(page.url.as_deref(), want, "{html}");
    }
}

#[test]
fn paragraphs_come_from_blocks_and_double_line_breaks() {
    let cases = [
        ("<p>One\n  two</p><p>Three</p>", "One two\n\nThree"),
        ("<div>A<br>B<br><br>C</div>", "A\nB\n\nC"),
        ("<div>A<br> <br>B</div>", "A\n\nB"),
        ("<p>Hello<b>world</b> <i>again</i></p>", "Helloworld again"),
        ("<ul><li>First</li><li>Second</li></ul>", "First\n\nSecond"),
        (
            "<p>&oacute;&#8222;x&#8221; &amp;amp; &nbsp;y</p>",
            "ó„x” &amp; y",
        ),
        ("<p>Unclosed <b>bold <p>next", "Unclosed bold\n\nnext"),
        (
            "<p>Text</p><!-- hidden comment --><p hidden>secret</p><p style='display: none'>secret</p>",
            "Text",
        ),
    ];
    for (html, want) in cases {
        assert_eq!(read_page(html, None).body, want, "{html}");
    }
}

#[test]
fn feed_content_is_read_whole() {
    let html =
        "<p>Lead.</p><script>x()</script><div class=share>Share</div><h3>Sub</h3><p>End.</p>";
    assert_eq!(fragment_text(html), "Lead.\n\nSub\n\nEnd.");
    assert_eq!(fragment_text("plain &amp; simple"), "plain & simple");
}

#[test]
fn hostile_pages_stay_bounded() {
    let deep = format!(
        "{}<p>Deep text.</p>{}",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    assert_eq!(read_page(&deep, None).body, "Deep text.");
    let spans = format!("<p>{}Inside.", "<span><b><i>".repeat(5_000));
    assert_eq!(read_page(&spans, None).body, "Inside.");
    let script = format!(
        "<script>{}</script>",
        "var a = '<p>not text</p>';".repeat(10_000)
    );
    assert_eq!(read_page(&script, None).body, "");
    let unclosed = "<p>Before <div><table><tr><td>cell <p>after";
    assert_eq!(read_page(unclosed, None).body, "Before\n\ncell\n\nafter");
    // HTML has no entity definitions: a reference decodes once, whatever it spells.
    let nested = "<p>&amp;lt;p&amp;gt;&amp;amp;amp;</p>";
    assert_eq!(read_page(nested, None).body, "&lt;p&gt;&amp;amp;");
}
