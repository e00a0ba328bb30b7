use super::*;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/feeds/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Title, date, link, id and the start of the content of each item.
type Summary = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
);

fn summaries(items: &[FeedItem]) -> Vec<Summary> {
    items
        .iter()
        .map(|i| {
            let content = i.content.as_deref().unwrap_or("");
            (
                i.title.clone(),
                i.date.map(|d| d.to_string()),
                i.link.clone(),
                i.id.clone(),
                content.chars().take(40).collect(),
            )
        })
        .collect()
}

fn s(v: &str) -> Option<String> {
    Some(v.to_owned())
}

#[test]
fn rss2_items_with_their_richest_text() {
    let items = read_feed(&fixture("pl-rss2.xml")).unwrap();
    let link = "https://wiadomosci.example.pl/swiat/2026/02/12/szefowie-dyplomacji-w-wilnie";
    let want: Vec<Summary> = vec![
        (
            s("Szefowie dyplomacji Polski i Litwy rozmawiali w Wilnie"),
            s("2026-02-12"),
            s(link),
            s(link),
            "<p>Minister spraw zagranicznych Anna Wie".into(),
        ),
        (
            s("Rozmowy o kolei & energii w Pradze"),
            s("2026-03-18"),
            s("https://wiadomosci.example.pl/swiat/2026/03/18/rozmowy-w-pradze"),
            None,
            "<p>Wicepremier Tomasz Nowicki rozmawiał ".into(),
        ),
        (
            s("Ambasador Francji złożył listy uwierzytelniające"),
            s("2026-03-20"),
            None,
            s("wiadomosci-2026-0320-ambasador"),
            "Nowy ambasador Francji Luc Moreau złożył".into(),
        ),
    ];
    assert_eq!(summaries(&items), want);
}

#[test]
fn rss1_and_atom_items() {
    let rdf = read_feed(&fixture("en-rss1.rdf")).unwrap();
    let dates: Vec<_> = summaries(&rdf)
        .into_iter()
        .map(|s| (s.0, s.1, s.2))
        .collect();
    let base = "https://www.worlddesk.example.com/world";
    assert_eq!(
        dates,
        [
            (
                s("Canada and Norway agree to expand Arctic cooperation"),
                s("2026-03-04"),
                Some(format!("{base}/canada-norway-arctic-talks"))
            ),
            (
                s("Chile and Japan open talks on a trade accord"),
                s("2026-03-06"),
                Some(format!("{base}/chile-japan-trade"))
            ),
        ]
    );
    let atom = read_feed(&fixture("en-atom.xml")).unwrap();
    let want: Vec<Summary> = vec![
        (
            s("Canada and Norway agree to expand <em>Arctic</em> cooperation"),
            s("2026-03-04"),
            Some(format!("{base}/canada-norway-arctic-talks")),
            s("tag:worlddesk.example.com,2026:canada-norway"),
            "Ministers met in Oslo.".into(),
        ),
        (
            s("Kenya hosts regional talks on the Nile"),
            s("2026-03-07"),
            Some(format!("{base}/kenya-nile-talks")),
            s("tag:worlddesk.example.com,2026:kenya-nile"),
            "<div><p>Foreign ministers from six count".into(),
        ),
        (
            s("Envoys prepare the autumn summit"),
            s("2026-03-07"),
            Some(format!("{base}/autumn-summit")),
            s("tag:worlddesk.example.com,2026:autumn-summit"),
            "<p>Senior envoys met in Geneva to prepar".into(),
        ),
    ];
    assert_eq!(summaries(&atom), want);
}

#[test]
fn dates_in_rfc_822() {
    let cases = [
        ("Thu, 22 Jan 2026 10:00:00 +0100", Some("2026-01-22")),
        ("22 Jan 2026", Some("2026-01-22")),
        ("Mon, 1 feb 26 00:00 GMT", Some("2026-02-01")),
        ("2026-01-22T10:00:00Z", None),
        ("31 Feb 2026", None),
        ("Thu, 22 Foo 2026", None),
    ];
    for (text, want) in cases {
        assert_eq!(
            rfc822_date(text).map(|d| d.to_string()).as_deref(),
            want,
            "{text}"
        );
    }
}

#[test]
fn hostile_and_broken_xml_is_refused() {
    let bomb = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"{}\">{}]><rss><channel><item><title>&j;</title></item></channel></rss>",
        "x".repeat(10),
        (b'b'..=b'j')
            .map(|c| {
                let prev = (c - 1) as char;
                format!(
                    "<!ENTITY {} \"{}\">",
                    c as char,
                    format!("&{prev};").repeat(10)
                )
            })
            .collect::<String>()
    );
    let external = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>&x;</title></item></channel></rss>";
    let cases: [(&str, FeedError); 5] = [
        (&bomb, FeedError::DeclaresEntities),
        (external, FeedError::DeclaresEntities),
        (
            "<html><body>x</body></html>",
            FeedError::NotAFeed("html".into()),
        ),
        (
            "<rss><channel><title>t</title></channel></rss>",
            FeedError::Empty,
        ),
        ("", FeedError::Empty),
    ];
    for (xml, want) in cases {
        assert_eq!(read_feed(xml).unwrap_err(), want, "{xml}");
    }
    let broken = read_feed("<rss><channel><item><title>x</item></channel></rss>").unwrap_err();
    assert!(matches!(broken, FeedError::Malformed { .. }), "{broken}");
}

#[test]
fn undeclared_entities_stay_as_written() {
    // An external DTD is never fetched: HTML's names resolve from a table,
    // anything else is left as it is spelt.
    let xml = "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\
        <rss><channel><item><title>Caf&eacute; &#8222;x&#x201D; &custom;</title></item></channel></rss>";
    let items = read_feed(xml).unwrap();
    assert_eq!(items[0].title.as_deref(), Some("Café „x” &custom;"));
}

#[test]
fn five_hundred_items_and_deep_nesting() {
    let item = "<item><title>T</title><description>D</description></item>";
    let feed = format!("<rss><channel>{}</channel></rss>", item.repeat(500));
    assert_eq!(read_feed(&feed).unwrap().len(), 500);
    let deep = format!(
        "<feed><entry><content type=\"xhtml\">{}x{}</content></entry></feed>",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    let items = read_feed(&deep).unwrap();
    assert_eq!(
        items[0].content.as_ref().map(|c| c.len()),
        Some(10_000 * 11 + 1)
    );
}
