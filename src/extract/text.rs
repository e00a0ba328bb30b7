//! Tokens and sentences over an article's text, with byte offsets kept.

use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// An opening quotation mark („ “ « ‚ or a straight quote that opens).
    Open,
    /// A closing quotation mark (” » ’ or a straight quote that closes).
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Quote(Mark),
    /// A spaced dash: – — or a hyphen with spaces around it.
    Dash,
    /// Sentence punctuation and anything else that is not a word.
    Punct(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: Kind,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits text into tokens. Words keep inner apostrophes (Steve'em) and hyphens
/// (Kosiniak-Kamysz); quotation marks are classified as opening or closing.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < bytes.len() {
        let c = if bytes[i] < 0x80 {
            bytes[i] as char
        } else {
            text[i..].chars().next().unwrap_or(' ')
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let (end, kind) = if c.is_alphanumeric() {
            word_end(text, i)
        } else {
            let end = i + c.len_utf8();
            let prev = text[..i].chars().next_back();
            (end, classify_symbol(c, prev, text[end..].chars().next()))
        };
        tokens.push(Token {
            span: Span::new(i, end),
            kind,
        });
        i = end;
    }
    tokens
}

/// Where the word starting at `start` ends, and whether it is a number. ASCII
/// letters and digits are read byte by byte.
fn word_end(text: &str, start: usize) -> (usize, Kind) {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut all_digits = true;
    loop {
        if let Some(&b) = bytes.get(end)
            && b < 0x80
        {
            if b.is_ascii_alphanumeric() {
                all_digits &= b.is_ascii_digit();
                end += 1;
                continue;
            }
            let joiner = b == b'\'' || b == b'-';
            let next_alpha = text[end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
            if joiner && next_alpha && !all_digits {
                end += 1;
                continue;
            }
            break;
        }
        let Some(c) = text[end..].chars().next() else {
            break;
        };
        if is_word_char(c) {
            all_digits = false;
            end += c.len_utf8();
        } else if is_apostrophe(c)
            && !all_digits
            && text[end + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    (end, if all_digits { Kind::Number } else { Kind::Word })
}

fn classify_symbol(c: char, prev: Option<char>, next: Option<char>) -> Kind {
    let space_before = prev.is_none_or(|p| p.is_whitespace() || "([{/".contains(p));
    let space_after = next.is_none_or(|n| n.is_whitespace());
    match c {
        '„' | '“' | '«' | '‚' => Kind::Quote(Mark::Open),
        '”' | '»' => Kind::Quote(Mark::Close),
        '"' if space_before && !space_after => Kind::Quote(Mark::Open),
        '"' => Kind::Quote(Mark::Close),
        '–' | '—' => Kind::Dash,
        '-' if space_before && space_after => Kind::Dash,
        // „…”- podkreślił: a hyphen glued to the closing mark still opens the attribution.
        '-' if space_after && prev.is_some_and(|p| "”\"»".contains(p)) => Kind::Dash,
        _ => Kind::Punct(c),
    }
}

/// Lowercase abbreviations that end with a period without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "prez", "min", "gen", "dr", "płk", "mjr", "kpt", "m.in", "in", "tzw", "ws", "ds", "ok", "godz",
    "np", "tj", "tys", "mln", "mld", "ul", "im", "św", "proc", "prof", "red", "ang", "ros", "ukr",
    "przyp", "wg", "pt", "mr", "mrs", "ms", "st", "jr", "sen", "rep", "gov", "no", "vs", "itd",
    "itp", "cdn", "nr", "art", "ust", "pkt", "zob", "por", "sygn", "ks", "abp", "bp", "inż", "mgr",
];

/// Is the word before a period an abbreviation or an initial ("J.", "J.D.")? A
/// letter glued to what precedes it ("SAMP/T.") is no initial.
fn is_abbreviation(word: &str, before: Option<char>) -> bool {
    let mut chars = word.chars();
    let first = chars.next();
    let standalone = before.is_none_or(|c| c.is_whitespace() || c == '(' || c == '.');
    if first.is_some_and(char::is_uppercase) && chars.next().is_none() && standalone {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Sentence spans inside `within`, given the tokens of the text. A sentence ends at
/// . ! ? … (with any closing quotes) when the next token starts a new sentence; quoted
/// stretches never end a sentence in the middle.
pub fn sentences(text: &str, tokens: &[Token], within: Span) -> Vec<Span> {
    let toks: Vec<&Token> = tokens.iter().filter(|t| within.contains(t.span)).collect();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut depth = 0i32;
    for (k, t) in toks.iter().enumerate() {
        if start.is_none() {
            start = Some(t.span.start as usize);
        }
        match t.kind {
            Kind::Quote(Mark::Open) => depth += 1,
            Kind::Quote(Mark::Close) => depth = (depth - 1).max(0),
            _ => {}
        }
        let ends = matches!(t.kind, Kind::Punct('.' | '!' | '?' | '…'));
        if !ends || depth > 0 {
            continue;
        }
        if t.is_punct('.') && k > 0 && toks[k - 1].is_word() && toks[k - 1].span.end == t.span.start
        {
            let word = &text[toks[k - 1].span.range()];
            let before = text[..toks[k - 1].span.start as usize].chars().next_back();
            if is_abbreviation(word, before) {
                continue;
            }
        }
        let mut last = k;
        while toks
            .get(last + 1)
            .is_some_and(|n| matches!(n.kind, Kind::Quote(Mark::Close) | Kind::Punct(')')))
        {
            last += 1;
        }
        let starts_new = match toks.get(last + 1) {
            None => true,
            Some(n) => starts_sentence(text, n),
        };
        if starts_new {
            out.push(Span::new(
                start.take().unwrap_or(t.span.start as usize),
                toks[last].span.end as usize,
            ));
        }
    }
    if let (Some(s), Some(last)) = (start, toks.last()) {
        out.push(Span::new(s, last.span.end as usize));
    }
    out
}

fn starts_sentence(text: &str, t: &Token) -> bool {
    match t.kind {
        Kind::Word => text[t.span.start as usize..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase),
        Kind::Number | Kind::Dash | Kind::Quote(Mark::Open) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.range()])
            .collect()
    }

    #[test]
    fn tokens_keep_apostrophes_hyphens_and_classify_marks() {
        assert_eq!(
            words("ze Steve'em Kosiniak-Kamysz, „tak” – dodał."),
            [
                "ze",
                "Steve'em",
                "Kosiniak-Kamysz",
                ",",
                "„",
                "tak",
                "”",
                "–",
                "dodał",
                "."
            ]
        );
        let t = tokenize("„Tak”- dodał.");
        assert_eq!(t[3].kind, Kind::Dash);
        let t = tokenize("o \"konstruktywnym dialogu\", a - b 2026-01-22");
        let kinds: Vec<Kind> = t.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[1], Kind::Quote(Mark::Open));
        assert_eq!(kinds[4], Kind::Quote(Mark::Close));
        assert_eq!(kinds[7], Kind::Dash);
        assert_eq!(kinds[9], Kind::Number);
        assert_eq!(kinds[10], Kind::Punct('-'));
    }

    #[test]
    fn sentences_respect_abbreviations_initials_and_quotes() {
        let cases: &[(&str, usize)] = &[
            ("Ala ma kota. Kot ma Alę.", 2),
            (
                "Spotkał m.in. prez. Dudę i gen. Kowalskiego. Potem wyjechał.",
                2,
            ),
            ("J. D. Vance przyjechał. Rozmawiał.", 2),
            (
                "Powiedział: „To koniec. Wracamy do domu”. Potem wyszedł.",
                2,
            ),
            ("– Myślę, że tak. Musimy to powstrzymać – oświadczył.", 2),
            ("Bez kropki na końcu", 1),
            ("Przekażą system SAMP/T. Rzym jest gotów.", 2),
            ("Ile? Tyle! I już…", 3),
        ];
        for (text, n) in cases {
            let toks = tokenize(text);
            let s = sentences(text, &toks, Span::new(0, text.len()));
            assert_eq!(s.len(), *n, "{text}: {s:?}");
        }
    }
}
