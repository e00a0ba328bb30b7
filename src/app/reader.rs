//! The article pane's state: which article, its lines wrapped for the current
//! width, the scroll position, and the item highlighted in it. Only the
//! article on screen is wrapped.

use crate::geometry::wrap::{WrappedLine, line_of, wrap_article};
use crate::model::{ActorId, ArticleId, Briefing, MeetingId, QuoteId, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TargetKind {
    Quote(QuoteId),
    Meeting(MeetingId),
    Mention(ActorId),
}

/// The item highlighted in the article: its span, and inside or near it the
/// words to mark (a quote's speech verb, a meeting's trigger word).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    pub article: ArticleId,
    pub span: Span,
    pub mark: Option<Span>,
    pub kind: TargetKind,
}

impl Target {
    pub fn quote(b: &Briefing, q: QuoteId) -> Target {
        let quote = &b.quotes[q];
        Target {
            article: quote.article,
            span: quote.span,
            mark: quote.cue,
            kind: TargetKind::Quote(q),
        }
    }

    pub fn meeting(b: &Briefing, m: MeetingId) -> Target {
        let meeting = &b.meetings[m];
        Target {
            article: meeting.article,
            span: meeting.span,
            mark: Some(meeting.trigger),
            kind: TargetKind::Meeting(m),
        }
    }

    pub fn mention(article: ArticleId, span: Span, actor: ActorId) -> Target {
        Target {
            article,
            span,
            mark: None,
            kind: TargetKind::Mention(actor),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Reader {
    pub article: ArticleId,
    pub lines: Vec<WrappedLine>,
    /// The width the lines were wrapped to; 0 before the first layout.
    pub width: usize,
    pub height: usize,
    /// The first line on screen.
    pub top: usize,
    /// The byte the reader scrolled to. A resize puts the line holding it on
    /// top again, even after a size where the whole article fitted.
    anchor: usize,
    pub target: Option<Target>,
}

impl Reader {
    /// Shows `article` from its top, wrapped to the current width.
    pub fn open(&mut self, b: &Briefing, article: ArticleId) {
        if article == self.article && !self.lines.is_empty() {
            return;
        }
        self.article = article;
        self.top = 0;
        self.anchor = 0;
        self.lines = wrap(b, article, self.width);
    }

    /// Re-wraps for a new text area, keeping the byte at the top of the view
    /// on the first line, so a resize does not lose the reading position.
    pub fn resize(&mut self, b: &Briefing, width: usize, height: usize) {
        // Too small to show text: keep the lines and the position for later.
        if width == 0 || height == 0 {
            return;
        }
        self.height = height;
        if width != self.width || self.lines.is_empty() {
            let first_wrap = self.lines.is_empty();
            self.width = width;
            self.lines = wrap(b, self.article, width);
            self.top = line_of(&self.lines, self.anchor);
            // A target chosen before the first layout is shown once there are lines.
            if let Some(t) = self
                .target
                .filter(|t| first_wrap && t.article == self.article)
            {
                self.reveal(t.span);
            }
        }
        self.top = self.top.min(self.max_top());
    }

    pub fn top_byte(&self) -> usize {
        self.lines.get(self.top).map_or(0, |l| l.start)
    }

    pub fn set_top_byte(&mut self, byte: usize) {
        self.top = line_of(&self.lines, byte).min(self.max_top());
        self.anchor = self.top_byte();
    }

    pub fn max_top(&self) -> usize {
        self.lines.len().saturating_sub(self.height.max(1))
    }

    pub fn scroll_by(&mut self, delta: isize) {
        self.scroll_to(self.top.saturating_add_signed(delta));
    }

    pub fn scroll_to(&mut self, line: usize) {
        self.top = line.min(self.max_top());
        self.anchor = self.top_byte();
    }

    /// Scrolls just enough to show `span`, with some context above it when it
    /// was off screen.
    pub fn reveal(&mut self, span: Span) {
        if self.lines.is_empty() {
            return;
        }
        let first = line_of(&self.lines, span.start as usize);
        let last = line_of(
            &self.lines,
            span.end.saturating_sub(1).max(span.start) as usize,
        );
        let height = self.height.max(1);
        let visible = self.top..self.top + height;
        if !(visible.contains(&first) && visible.contains(&last)) {
            let context = (height / 3).min(height.saturating_sub(last - first + 1));
            self.top = first.saturating_sub(context);
        }
        self.scroll_to(self.top);
    }

    /// Highlights `target`, switching article if needed, and scrolls to it.
    pub fn show_target(&mut self, b: &Briefing, target: Target) {
        self.open(b, target.article);
        self.target = Some(target);
        self.reveal(target.span);
    }
}

fn wrap(b: &Briefing, article: ArticleId, width: usize) -> Vec<WrappedLine> {
    match b.articles.get(article) {
        Some(a) if width > 0 => wrap_article(&a.text, &a.paragraphs, width),
        _ => Vec::new(),
    }
}
