//! Finding the article in a page and turning it into paragraphs.
//!
//! Every walk is `ego_tree`'s iterative traversal, so a page nested
//! thousands of levels deep costs time in proportion to its size and no
//! stack.

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Elements whose content is never article text: code, embedded media,
/// the page's furniture (navigation, header, footer, asides, forms) and the
/// parts of an article that are not its prose (the `<h1>` is the title,
/// figures carry captions, `<address>` is the byline).
const DROPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "math",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "textarea",
    "figure",
    "figcaption",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "picture",
    "address",
    "menu",
    "dialog",
    "head",
    "h1",
];

/// Words in a class or id that mark boilerplate, English and Polish:
/// sharing, related links, comments, cookie notices, ads, bylines,
/// captions. Compared with whole words of the attribute
/// (`article__share-bar` has `share`), so `head` never matches `ad`.
const BOILERPLATE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "share",
    "sharing",
    "social",
    "related",
    "recommended",
    "popular",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "adslot",
    "sponsored",
    "promo",
    "newsletter",
    "subscribe",
    "byline",
    "author",
    "authors",
    "caption",
    "credit",
    "tags",
    "sidebar",
    "footer",
    "widget",
    "banner",
    "popup",
    "modal",
    "meta",
    "timestamp",
    "reklama",
    "polecane",
    "komentarze",
    "udostepnij",
    "autor",
    "podpis",
    "tagi",
    "powiazane",
    "zobacz",
    "czytaj",
];

/// ARIA roles of page furniture.
const DROPPED_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "menu",
    "search",
];

/// Elements that start and end a paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "body",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "hr",
    "center",
    "details",
    "summary",
];

/// Whether an element and everything in it is left out of the text.
pub fn is_dropped(node: NodeRef<'_, Node>) -> bool {
    let Some(element) = node.value().as_element() else {
        return matches!(
            node.value(),
            Node::Comment(_) | Node::ProcessingInstruction(_)
        );
    };
    if DROPPED_TAGS.contains(&element.name()) {
        return true;
    }
    let attr = |name| element.attr(name).unwrap_or("");
    if element.attr("hidden").is_some() || attr("aria-hidden").eq_ignore_ascii_case("true") {
        return true;
    }
    let style: String = attr("style").split_whitespace().collect();
    if style.to_ascii_lowercase().contains("display:none") {
        return true;
    }
    if DROPPED_ROLES
        .iter()
        .any(|r| attr("role").eq_ignore_ascii_case(r))
    {
        return true;
    }
    [attr("class"), attr("id")].iter().any(|names| {
        names
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|word| {
                BOILERPLATE_WORDS
                    .iter()
                    .any(|b| b.eq_ignore_ascii_case(word))
            })
    })
}

/// The edges of a walk over `root` with dropped subtrees left out.
fn kept_edges<'a>(root: NodeRef<'a, Node>) -> impl Iterator<Item = Edge<'a, Node>> {
    let mut skipping: Option<NodeRef<'a, Node>> = None;
    root.traverse().filter(move |edge| match (*edge, skipping) {
        (Edge::Close(node), Some(skipped)) => {
            if node == skipped {
                skipping = None;
            }
            false
        }
        (_, Some(_)) => false,
        (Edge::Open(node), None) if node != root && is_dropped(node) => {
            skipping = Some(node);
            false
        }
        _ => true,
    })
}

fn tag(node: NodeRef<'_, Node>) -> Option<&str> {
    node.value().as_element().map(|e| e.name())
}

/// Where the article is in a page.
#[derive(Clone, Copy)]
pub struct Container<'a> {
    pub node: NodeRef<'a, Node>,
    /// Whether text outside any block in it is the article's too. Not when
    /// the element was only guessed from its paragraphs: a table cell of
    /// an old page holds its dateline loose beside them.
    pub loose_text: bool,
}

/// The element holding the article: the page's `articleBody`, else its
/// `<article>`, else its `<main>` (the one with the most paragraph text),
/// else the element with the most paragraph text in its own `<p>`
/// children, else the whole page.
pub fn article_root(doc: &Html) -> Container<'_> {
    let root = *doc.root_element();
    let counts = paragraph_text(root);
    let best_among = |wanted: &dyn Fn(NodeRef<'_, Node>) -> bool| {
        counts
            .iter()
            .filter(|c| c.total > 0 && wanted(c.node))
            .max_by_key(|c| c.total)
            .map(|c| c.node)
    };
    let item_body = |n: NodeRef<'_, Node>| {
        n.value()
            .as_element()
            .and_then(|e| e.attr("itemprop"))
            .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
    };
    let marked = best_among(&item_body)
        .or_else(|| best_among(&|n| tag(n) == Some("article")))
        .or_else(|| best_among(&|n| tag(n) == Some("main")));
    let guessed = || {
        counts
            .iter()
            .filter(|c| c.own > 0)
            .max_by_key(|c| c.own)
            .map(|c| c.node)
    };
    match (marked, guessed()) {
        (Some(node), _) => Container {
            node,
            loose_text: true,
        },
        (None, Some(node)) => Container {
            node,
            loose_text: false,
        },
        (None, None) => Container {
            node: root,
            loose_text: true,
        },
    }
}

/// How much `<p>` text an element holds: in its own `<p>` children and in
/// all of its descendants.
struct ParagraphText<'a> {
    node: NodeRef<'a, Node>,
    own: usize,
    total: usize,
}

/// Every kept element with paragraph text, in one walk: each element's total
/// is handed to its parent when it closes, so nothing is counted twice and
/// nothing walks back up the tree.
fn paragraph_text(root: NodeRef<'_, Node>) -> Vec<ParagraphText<'_>> {
    let mut open: Vec<ParagraphText> = Vec::new();
    let mut counted = Vec::new();
    let mut in_paragraph = 0usize;
    for edge in kept_edges(root) {
        match edge {
            Edge::Open(node) if node.value().is_element() => {
                in_paragraph += usize::from(tag(node) == Some("p"));
                open.push(ParagraphText {
                    node,
                    own: 0,
                    total: 0,
                });
            }
            Edge::Open(node) => {
                if let (Some(text), true) = (node.value().as_text(), in_paragraph > 0) {
                    let letters = text.chars().filter(|c| !c.is_whitespace()).count();
                    if let Some(innermost) = open.last_mut() {
                        innermost.total += letters;
                    }
                }
            }
            Edge::Close(node) if node.value().is_element() => {
                let Some(done) = open.pop() else { continue };
                let is_paragraph = tag(node) == Some("p");
                in_paragraph -= usize::from(is_paragraph);
                if let Some(parent) = open.last_mut() {
                    parent.total += done.total;
                    if is_paragraph {
                        parent.own += done.total;
                    }
                }
                if done.total > 0 {
                    counted.push(done);
                }
            }
            Edge::Close(_) => {}
        }
    }
    counted
}

/// The text under `root` as paragraphs separated by blank lines: a block
/// element or two line breaks in a row end a paragraph, one line break
/// starts a new line in it, other whitespace collapses to one space.
pub fn text_of(container: Container<'_>) -> String {
    let root = container.node;
    let mut text = Paragraphs::default();
    let is_block = |node: NodeRef<'_, Node>| {
        node != root && tag(node).is_some_and(|t| BLOCK_TAGS.contains(&t))
    };
    let mut open_blocks = 0usize;
    for edge in kept_edges(root) {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(t) if container.loose_text || open_blocks > 0 => text.push_text(t),
                Node::Element(e) if e.name() == "br" => text.line_break(),
                Node::Element(_) if is_block(node) => {
                    open_blocks += 1;
                    text.end_paragraph();
                }
                _ => {}
            },
            Edge::Close(node) if is_block(node) => {
                open_blocks -= 1;
                text.end_paragraph();
            }
            Edge::Close(_) => {}
        }
    }
    text.finish()
}

#[derive(Default)]
struct Paragraphs {
    done: Vec<String>,
    current: String,
    /// Line breaks since the last text.
    breaks: usize,
}

impl Paragraphs {
    fn push_text(&mut self, text: &str) {
        for (i, word) in text.split(char::is_whitespace).enumerate() {
            let at_line_start = self.current.is_empty() || self.current.ends_with('\n');
            if i > 0 && !at_line_start && !self.current.ends_with(' ') {
                self.current.push(' ');
            }
            if !word.is_empty() {
                self.current.push_str(word);
                self.breaks = 0;
            }
        }
    }

    fn line_break(&mut self) {
        self.breaks += 1;
        if self.breaks >= 2 {
            self.end_paragraph();
        } else {
            let kept = self.current.trim_end().len();
            self.current.truncate(kept);
            if !self.current.is_empty() {
                self.current.push('\n');
            }
        }
    }

    fn end_paragraph(&mut self) {
        let paragraph = self.current.trim();
        if !paragraph.is_empty() {
            self.done.push(paragraph.to_owned());
        }
        self.current.clear();
        self.breaks = 0;
    }

    fn finish(mut self) -> String {
        self.end_paragraph();
        self.done.join("\n\n")
    }
}
