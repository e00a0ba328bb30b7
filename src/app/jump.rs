//! Jumps: opening an item in context, walking the selected actor's items,
//! going to an actor, and the history that takes the reader back.

use crate::model::{ActorId, QuoteId};

use super::action::Pane;
use super::history::Location;
use super::index::{Item, Located, TimelineItem};
use super::nav::{first_mention, selected_target};
use super::reader::{Target, TargetKind};
use super::rows;
use super::{App, ListCursor};

fn select_in<T: PartialEq>(cursor: &mut ListCursor, rows: &[T], item: &T) -> bool {
    match rows.iter().position(|r| r == item) {
        Some(at) => {
            cursor.selected = at;
            true
        }
        None => false,
    }
}

pub fn select_actor(app: &mut App, actor: ActorId) -> bool {
    select_in(&mut app.cursors[1], &app.rows.actors, &actor)
}

fn select_quote(app: &mut App, q: QuoteId) {
    select_in(&mut app.cursors[2], &app.rows.quotes, &q);
    select_in(
        &mut app.cursors[0],
        &app.rows.timeline,
        &TimelineItem::Quote(q),
    );
}

/// Shows `target` in the article and selects it in the lists that have it.
pub fn show(app: &mut App, target: Target) {
    app.reader.show_target(&app.briefing, target);
    match target.kind {
        TargetKind::Quote(q) => select_quote(app, q),
        TargetKind::Meeting(m) => {
            select_in(
                &mut app.cursors[0],
                &app.rows.timeline,
                &TimelineItem::Meeting(m),
            );
        }
        TargetKind::Mention(_) => {}
    }
}

/// Enter: the selected item in its article, which takes the focus.
pub fn open(app: &mut App) {
    let target = match app.focus {
        Pane::Participants => app.selected_actor().and_then(|a| {
            first_mention(app, a).map(|(article, span)| Target::mention(article, span, a))
        }),
        pane => selected_target(app, pane),
    };
    let Some(target) = target else {
        return;
    };
    app.history.push(app.location());
    show(app, target);
    app.focus = Pane::Article;
}

fn target_of(l: &Located) -> Target {
    Target {
        article: l.article,
        span: l.span,
        mark: None,
        kind: match l.item {
            Item::Mention(a) => TargetKind::Mention(a),
            Item::Quote(q) => TargetKind::Quote(q),
            Item::Meeting(m) => TargetKind::Meeting(m),
        },
    }
}

/// Where the walk through `items` goes from the current highlight (or, with
/// none in this article, from the top of the view).
fn step_index(app: &App, items: &[Located], forward: bool) -> Option<usize> {
    let reader = &app.reader;
    let here = reader.target.filter(|t| t.article == reader.article);
    let current = here.and_then(|t| {
        items
            .iter()
            .position(|l| target_of(l).kind == t.kind && l.span == t.span)
    });
    if let Some(at) = current {
        return if forward {
            (at + 1 < items.len()).then_some(at + 1)
        } else {
            at.checked_sub(1)
        };
    }
    let pos = (
        reader.article,
        here.map_or(reader.top_byte(), |t| t.span.start as usize),
    );
    if forward {
        items
            .iter()
            .position(|l| (l.article, l.span.start as usize) >= pos)
    } else {
        items
            .iter()
            .rposition(|l| (l.article, l.span.start as usize) < pos)
    }
}

/// `]` / `[`: the selected actor's next or previous mention, quote or meeting.
pub fn walk(app: &mut App, forward: bool) {
    let Some(actor) = app.selected_actor() else {
        app.message = Some("no participant selected".to_owned());
        return;
    };
    let items = &app.index.actors[actor].items;
    let name = &app.briefing.actors[actor].name;
    let Some(at) = step_index(app, items, forward) else {
        let end = if forward { "last" } else { "first" };
        app.message = Some(format!("{end} item of {name}"));
        return;
    };
    let located = items[at];
    let what = match located.item {
        Item::Mention(_) => "mention",
        Item::Quote(_) => "quote",
        Item::Meeting(_) => "meeting",
    };
    app.message = Some(format!("{name}: {what}, {} of {}", at + 1, items.len()));
    let mut target = target_of(&located);
    target.mark = match located.item {
        Item::Quote(q) => app.briefing.quotes[q].cue,
        Item::Meeting(m) => Some(app.briefing.meetings[m].trigger),
        Item::Mention(_) => None,
    };
    app.history.push(app.location());
    show(app, target);
}

/// The actor picker's choice: selected in the participants pane (the filter
/// is dropped if it hides them) and their first mention shown.
pub fn go_to_actor(app: &mut App, actor: ActorId) {
    app.history.push(app.location());
    if !app.rows.actors.contains(&actor) {
        app.filter.clear();
        rebuild_rows(app);
        app.message = Some("filter cleared to show the actor".to_owned());
    }
    select_actor(app, actor);
    select_first_items(app, actor);
    app.focus = Pane::Participants;
    if let Some((article, span)) = first_mention(app, actor) {
        show(app, Target::mention(article, span, actor));
    }
}

/// The timeline and the quotes on the actor's first row in each, where it has one.
fn select_first_items(app: &mut App, actor: ActorId) {
    let b = &app.briefing;
    let involved = |&t: &TimelineItem| rows::timeline_involves(b, t, &[actor]);
    if let Some(at) = app.rows.timeline.iter().position(involved) {
        app.cursors[0].selected = at;
    }
    let spoken = |&q: &QuoteId| b.quotes[q].speaker == Some(actor);
    if let Some(at) = app.rows.quotes.iter().position(spoken) {
        app.cursors[2].selected = at;
    }
}

/// After a filter: the participants pane selects the first actor shown, and the
/// article pane shows that actor's mention (in the article on screen if it has one),
/// so no pane is left on something the filter hides.
pub fn follow_filter(app: &mut App) {
    let Some(&actor) = app.rows.actors.first() else {
        return;
    };
    let selected = app.selected_actor().filter(|a| app.filter.contains(a));
    let actor = selected.unwrap_or(actor);
    select_actor(app, actor);
    select_first_items(app, actor);
    if let Some((article, span)) = first_mention(app, actor) {
        app.history.push(app.location());
        show(app, Target::mention(article, span, actor));
    }
}

pub fn restore(app: &mut App, to: Location) {
    app.focus = to.focus;
    app.reader.open(&app.briefing, to.article);
    app.reader.target = to.target;
    app.settle();
    app.reader.set_top_byte(to.top_byte);
    if let Some(item) = to.timeline {
        select_in(&mut app.cursors[0], &app.rows.timeline, &item);
    }
    if let Some(actor) = to.actor {
        select_actor(app, actor);
    }
    if let Some(q) = to.quote {
        select_in(&mut app.cursors[2], &app.rows.quotes, &q);
    }
}

pub fn back(app: &mut App) {
    let here = app.location();
    match app.history.back(here) {
        Some(to) => restore(app, to),
        None => app.message = Some("no earlier jump".to_owned()),
    }
}

pub fn forward(app: &mut App) {
    let here = app.location();
    match app.history.forward(here) {
        Some(to) => restore(app, to),
        None => app.message = Some("no later jump".to_owned()),
    }
}

/// Rebuilds the list rows after the filter or the sort changed, keeping each
/// selection on the same item where it is still shown.
pub fn rebuild_rows(app: &mut App) {
    let (item, actor, quote) = (
        app.selected_timeline(),
        app.selected_actor(),
        app.selected_quote(),
    );
    app.rows = rows::build(&app.briefing, &app.index, app.narrow(), app.sort, app.voice);
    app.cursors = [ListCursor::default(); 3];
    if let Some(item) = item {
        select_in(&mut app.cursors[0], &app.rows.timeline, &item);
    }
    if let Some(actor) = actor {
        select_actor(app, actor);
    }
    if let Some(q) = quote {
        select_in(&mut app.cursors[2], &app.rows.quotes, &q);
    }
    super::update::refresh_search(app);
}

/// `{` / `}`: the previous or next article, from its top.
pub fn step_article(app: &mut App, forward: bool) {
    let count = app.briefing.articles.len();
    let current = app.reader.article;
    let next = if forward {
        (current + 1 < count).then_some(current + 1)
    } else {
        current.checked_sub(1)
    };
    let Some(next) = next else {
        app.message = Some(format!("article {} of {count}", current + 1));
        return;
    };
    app.history.push(app.location());
    app.reader.target = None;
    app.reader.open(&app.briefing, next);
    super::update::refresh_search(app);
    app.message = Some(format!("article {} of {count}", next + 1));
}
