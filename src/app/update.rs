//! `update`: one action applied to the state. Each action is a small function;
//! none does I/O. What must happen outside (quitting, the clipboard) comes
//! back as an [`Effect`].

use crate::model::{Briefing, QuoteId, QuoteKind};

use super::action::{Action, Effect, Pane};
use super::index::TimelineItem;
use super::jump;
use super::nav;
use super::participants;
use super::picker::{Picker, PickerKind};
use super::reader::TargetKind;
use super::search::{self, Hit};
use super::{App, Overlay, Page};

fn help(page: Page) -> Overlay {
    Overlay::Help { page, scroll: 0 }
}

pub fn update(app: &mut App, action: Action) -> Effect {
    if !matches!(action, Action::Resize { .. } | Action::Wheel { .. }) {
        app.message = None;
    }
    let effect = match app.mode() {
        super::Mode::Help => update_help(app, action),
        super::Mode::Picker => update_picker(app, action),
        super::Mode::Search => update_search_line(app, action),
        super::Mode::Normal => update_normal(app, action),
        super::Mode::Dossier => match participants::update(app, action) {
            Some(effect) => effect,
            None => update_normal(app, action),
        },
    };
    app.settle();
    let stale = app.search.pane == Some(Pane::Article) && app.search.article != app.reader.article;
    if app.search.active() && stale {
        refresh_search(app);
    }
    effect
}

/// Actions every mode shares.
fn update_common(app: &mut App, action: Action) -> Effect {
    match action {
        Action::Quit => return Effect::Quit,
        Action::Resize { width, height } => app.size = (width, height),
        Action::Wheel { col, row, down } => nav::wheel(app, col, row, down),
        _ => {}
    }
    Effect::None
}

fn update_help(app: &mut App, action: Action) -> Effect {
    let screen = ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1);
    let Overlay::Help { page, .. } = app.overlay else {
        return Effect::None;
    };
    let max = super::help::max_scroll(app, page, screen);
    let Overlay::Help { scroll, .. } = &mut app.overlay else {
        return Effect::None;
    };
    match action {
        Action::Down => *scroll = (*scroll + 1).min(max),
        Action::Up => *scroll = scroll.saturating_sub(1),
        Action::Escape | Action::Help => app.overlay = Overlay::None,
        other => return update_common(app, other),
    }
    Effect::None
}

fn update_normal(app: &mut App, action: Action) -> Effect {
    match action {
        Action::Up
        | Action::Down
        | Action::Top
        | Action::Bottom
        | Action::HalfPageDown
        | Action::HalfPageUp
        | Action::PageDown
        | Action::PageUp => nav::move_in_focus(app, action),
        Action::NextPane => nav::focus(app, app.focus.next()),
        Action::PrevPane => nav::focus(app, app.focus.prev()),
        Action::Focus(pane) => nav::focus(app, pane),
        Action::Open => jump::open(app),
        Action::NextItem => jump::walk(app, true),
        Action::PrevItem => jump::walk(app, false),
        Action::NextArticle => jump::step_article(app, true),
        Action::PrevArticle => jump::step_article(app, false),
        Action::Back => jump::back(app),
        Action::Forward => jump::forward(app),
        Action::CycleSort => cycle_sort(app),
        Action::NextDay => super::ruler::step_day(app, true),
        Action::PrevDay => super::ruler::step_day(app, false),
        Action::ToggleGraph => participants::toggle_graph(app),
        Action::CycleVoice => participants::cycle_voice(app),
        Action::CycleKind => participants::cycle_kind(app),
        Action::FocusDossier => participants::toggle_focus(app),
        Action::ToggleWhoMet => participants::toggle_view(app),
        Action::Reload if app.loading.is_some() => {
            app.message = Some("still loading; r reloads once it is done".to_owned());
        }
        Action::Reload => return Effect::Reload,
        Action::FilterPicker => open_picker(app, PickerKind::Filter),
        Action::ActorPicker => open_picker(app, PickerKind::GoTo),
        Action::ClearFilter => clear_filter(app),
        Action::StartSearch => app.search.input = Some(String::new()),
        Action::SearchNext => step_search(app, true),
        Action::SearchPrev => step_search(app, false),
        Action::Escape => app.search.clear(),
        Action::CopyQuote => return copy_quote(app),
        Action::Help => app.overlay = help(Page::Keys),
        Action::ShowSkipped if app.skipped.is_empty() => {
            app.message = Some("no files were skipped".to_owned());
        }
        Action::ShowSkipped => app.overlay = help(Page::Skipped),
        Action::Click { col, row } => nav::click(app, col, row),
        other => return update_common(app, other),
    }
    Effect::None
}

fn cycle_sort(app: &mut App) {
    app.sort = app.sort.next();
    jump::rebuild_rows(app);
    app.message = Some(format!("participants sorted by {}", app.sort.label()));
}

fn clear_filter(app: &mut App) {
    if app.filter.is_empty() {
        app.message = Some("no filter to clear".to_owned());
        return;
    }
    app.filter.clear();
    jump::rebuild_rows(app);
    app.message = Some("filter cleared".to_owned());
}

/// The order actors are offered in before anything is typed.
fn picker_order(app: &App) -> Vec<usize> {
    let mut order: Vec<usize> = (0..app.briefing.actors.len()).collect();
    super::rows::sort_actors(&app.briefing, &app.index, &mut order, app.sort);
    order
}

fn open_picker(app: &mut App, kind: PickerKind) {
    let order = picker_order(app);
    let marked = if kind == PickerKind::Filter {
        app.filter.clone()
    } else {
        Vec::new()
    };
    let mut picker = Picker::new(kind, &app.index, &order, marked);
    if let Some(at) = app
        .selected_actor()
        .and_then(|a| picker.candidates.iter().position(|c| c.actor == a))
    {
        picker.selected = at;
    }
    app.overlay = Overlay::Picker(picker);
}

fn update_picker(app: &mut App, action: Action) -> Effect {
    let order = picker_order(app);
    let Overlay::Picker(picker) = &mut app.overlay else {
        return Effect::None;
    };
    match action {
        Action::Down => picker.move_by(1),
        Action::Up => picker.move_by(-1),
        Action::Toggle if picker.kind == PickerKind::Filter => picker.toggle(),
        Action::Input(c) => {
            picker.query.push(c);
            picker.refresh(&app.index, &order);
        }
        Action::DeleteChar => {
            picker.query.pop();
            picker.refresh(&app.index, &order);
        }
        Action::Escape => app.overlay = Overlay::None,
        Action::Submit => {
            let picker = picker.clone();
            app.overlay = Overlay::None;
            choose(app, &picker);
        }
        other => return update_common(app, other),
    }
    Effect::None
}

fn choose(app: &mut App, picker: &Picker) {
    let current = picker.current().map(|c| c.actor);
    match picker.kind {
        PickerKind::GoTo => {
            if let Some(actor) = current {
                jump::go_to_actor(app, actor);
            }
        }
        PickerKind::Filter => {
            let mut chosen = picker.marked.clone();
            if chosen.is_empty() {
                chosen.extend(current);
            }
            if chosen.is_empty() {
                return;
            }
            chosen.sort_unstable();
            app.filter = chosen;
            jump::rebuild_rows(app);
            jump::follow_filter(app);
        }
    }
}

fn update_search_line(app: &mut App, action: Action) -> Effect {
    let Some(input) = app.search.input.as_mut() else {
        return Effect::None;
    };
    match action {
        Action::Input(c) => input.push(c),
        Action::DeleteChar => {
            input.pop();
        }
        Action::Escape => app.search.input = None,
        Action::Submit => {
            let query = app.search.input.take().unwrap_or_default();
            if query.is_empty() {
                app.search.clear();
            } else {
                app.search.query = query;
                app.search.pane = Some(app.focus);
                refresh_search(app);
                jump_to_first_hit(app);
            }
        }
        other => return update_common(app, other),
    }
    Effect::None
}

/// Searches again after the rows or the article changed.
pub fn refresh_search(app: &mut App) {
    let Some(pane) = app.search.pane.filter(|_| !app.search.query.is_empty()) else {
        return;
    };
    let article = app.reader.article;
    app.search.hits = search::run(
        &app.briefing,
        &app.index,
        &app.rows,
        pane,
        article,
        &app.search.query,
    );
    app.search.article = article;
    app.search.current = app
        .search
        .current
        .min(app.search.hits.len().saturating_sub(1));
}

/// After Enter, the first match at or after where the reader is.
fn jump_to_first_hit(app: &mut App) {
    let from_text = app.reader.top_byte();
    let from_row = |pane: Pane| match pane {
        Pane::Timeline => app.cursors[0].selected,
        Pane::Participants => app.cursors[1].selected,
        _ => app.cursors[2].selected,
    };
    let at = app.search.hits.iter().position(|hit| match *hit {
        Hit::Text(span) => span.start as usize >= from_text,
        Hit::Row(row) => app.search.pane.is_some_and(|p| row >= from_row(p)),
    });
    app.search.current = at.unwrap_or(0);
    if app.search.hits.is_empty() {
        app.message = Some(format!("no match for {}", app.search.query));
    } else {
        show_hit(app);
    }
}

fn step_search(app: &mut App, forward: bool) {
    if !app.search.active() {
        app.message = Some("no search: press / to search".to_owned());
        return;
    }
    let len = app.search.hits.len();
    if len == 0 {
        app.message = Some(format!("no match for {}", app.search.query));
        return;
    }
    let current = app.search.current;
    app.search.current = if forward {
        (current + 1) % len
    } else {
        (current + len - 1) % len
    };
    let wrapped =
        (forward && app.search.current < current) || (!forward && app.search.current > current);
    if wrapped {
        app.message = Some("search wrapped".to_owned());
    }
    show_hit(app);
}

/// Puts the current match on screen: the row selected or the text scrolled to.
fn show_hit(app: &mut App) {
    let Some(pane) = app.search.pane else {
        return;
    };
    app.focus = pane;
    app.settle();
    match app.search.current_hit() {
        Some(Hit::Text(span)) => app.reader.reveal(span),
        Some(Hit::Row(row)) => {
            let list = pane as usize;
            app.cursors[list].selected = row;
            nav::follow_selection(app, pane);
        }
        None => {}
    }
}

/// The quote `y` copies: the one highlighted in the article, or the one
/// selected in the focused list.
fn quote_to_copy(app: &App) -> Option<QuoteId> {
    match app.focus {
        Pane::Article => match app.reader.target.map(|t| t.kind) {
            Some(TargetKind::Quote(q)) => Some(q),
            _ => None,
        },
        Pane::Timeline => match app.selected_timeline() {
            Some(TimelineItem::Quote(q)) => Some(q),
            _ => None,
        },
        _ => app.selected_quote(),
    }
}

fn copy_quote(app: &mut App) -> Effect {
    let Some(q) = quote_to_copy(app) else {
        app.message = Some("no quote selected".to_owned());
        return Effect::None;
    };
    let text = citation(&app.briefing, q);
    app.message = Some(format!("copied {text}"));
    Effect::Copy(crate::model::SafeText::new(&text))
}

/// `„…” — Speaker, Title (source, date)`, in the marks of the quote's language: the
/// article's title where it has one; reported speech says so.
pub fn citation(b: &Briefing, q: QuoteId) -> String {
    let quote = &b.quotes[q];
    let article = &b.articles[quote.article];
    let words = b
        .text_of(quote.article, quote.span)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let speaker = quote
        .speaker
        .map_or("speaker unknown", |s| b.actors[s].name.as_str());
    let reported = if quote.kind == QuoteKind::Reported {
        ", reported"
    } else {
        ""
    };
    let source = article
        .url
        .clone()
        .unwrap_or_else(|| file_name(&article.source).to_owned());
    let date = article
        .date
        .map_or_else(|| "no date".to_owned(), |d| d.to_string());
    let title = article
        .title
        .as_deref()
        .map(|t| format!(", {t}"))
        .unwrap_or_default();
    let quoted = article.language.quoted(&words);
    format!("{quoted} — {speaker}{reported}{title} ({source}, {date})")
}

/// The last part of a path: where an article came from, briefly.
pub fn file_name(source: &str) -> &str {
    source.rsplit('/').next().unwrap_or(source)
}
