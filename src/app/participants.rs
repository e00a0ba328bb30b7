//! The participants pane's own actions: the voice filter, the dossier and
//! who-met-whom table, moving in them and opening their lines.

use super::action::{Action, Effect, Pane};
use super::dossier::{DossierView, Entry};
use super::{App, jump, rows};

/// `v`: all participants, quoted only, never quoted.
pub fn cycle_voice(app: &mut App) {
    app.voice = app.voice.next();
    jump::rebuild_rows(app);
    app.message = Some(format!("participants: {}", app.voice.label()));
}

/// `t`: the participant list shows every kind, or one kind at a time.
pub fn cycle_kind(app: &mut App) {
    app.kind_shown = rows::next_kind(app.kind_shown);
    jump::rebuild_rows(app);
    app.message = Some(format!(
        "participants: {}",
        rows::kind_label(app.kind_shown)
    ));
}

/// `d`: the keyboard goes into the dossier, or back to the list.
pub fn toggle_focus(app: &mut App) {
    if app.dossier.focused {
        app.dossier.focused = false;
        return;
    }
    if app.dossier.actor.is_none() {
        app.message = Some("no participant selected".to_owned());
        return;
    }
    if app.dossier_height() == 0 {
        app.message = Some("no room for the dossier: make the terminal taller".to_owned());
        return;
    }
    app.focus = Pane::Participants;
    app.dossier.focused = true;
}

/// `w`: dossier or who met whom.
pub fn toggle_view(app: &mut App) {
    let view = match app.dossier.view {
        DossierView::Dossier => DossierView::WhoMet,
        DossierView::WhoMet | DossierView::Graph => DossierView::Dossier,
    };
    app.dossier.set_view(view, &app.briefing, &app.index);
}

/// `m`: who met whom as a graph, or back to the table.
pub fn toggle_graph(app: &mut App) {
    let view = match app.dossier.view {
        DossierView::Graph => DossierView::WhoMet,
        DossierView::Dossier | DossierView::WhoMet => DossierView::Graph,
    };
    app.dossier.set_view(view, &app.briefing, &app.index);
}

/// Keys while the dossier has the keyboard; the rest act as usual.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    let page = app.dossier_height().max(1) as isize;
    let len = app.dossier.entries.len() as isize;
    let delta = match action {
        Action::Down => 1,
        Action::Up => -1,
        Action::HalfPageDown => (page / 2).max(1),
        Action::HalfPageUp => -(page / 2).max(1),
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::Top => -len,
        Action::Bottom => len,
        Action::Open => {
            open(app);
            return Some(Effect::None);
        }
        Action::FilterPair => {
            filter_pair(app);
            return Some(Effect::None);
        }
        _ => return None,
    };
    app.dossier.move_by(delta);
    Some(Effect::None)
}

/// Enter on a dossier line: that quote, meeting or mention in its article.
fn open(app: &mut App) {
    let Some(actor) = app.dossier.actor else {
        return;
    };
    let target = app
        .dossier
        .selected()
        .and_then(|e| e.target(&app.briefing, actor));
    let Some(target) = target else {
        app.message = Some("nothing to open on this line".to_owned());
        return;
    };
    app.history.push(app.location());
    jump::show(app, target);
    app.focus = Pane::Article;
}

/// `f` in the dossier: every pane narrowed to the actor, and in who met whom
/// to the actor and the selected partner.
fn filter_pair(app: &mut App) {
    let Some(actor) = app.dossier.actor else {
        return;
    };
    let mut chosen = vec![actor];
    if let Some(Entry::Partner(p)) = app.dossier.selected() {
        chosen.push(p.actor);
    }
    chosen.sort_unstable();
    let names: Vec<&str> = chosen
        .iter()
        .map(|&a| app.briefing.actors[a].name.as_str())
        .collect();
    app.message = Some(format!("filter: {}", names.join(" + ")));
    app.filter = chosen;
    jump::rebuild_rows(app);
}
