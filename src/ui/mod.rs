//! Drawing the reader. Each pane is a short-lived view that borrows the app
//! state and renders it; nothing here changes state. Where things go comes
//! from [`crate::geometry`], which the app uses too.

mod activity;
mod article;
mod chrome;
mod dossier;
mod graph;
mod help;
mod lists;
mod loading;
mod participants;
mod picker;
mod ruler;
pub mod text;
pub mod theme;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::{App, Overlay, Pane};

pub use theme::Theme;

/// The whole screen for one frame.
pub struct Screen<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Screen { app, theme } = self;
        let areas = crate::geometry::layout::layout(area, app.focus);
        if areas.too_small {
            chrome::too_small(area, buf);
            return;
        }
        if let Some(tabs) = areas.tabs {
            chrome::tabs(tabs, buf, app.focus, theme);
        }
        for pane in Pane::ALL.into_iter().filter(|&p| areas.is_shown(p)) {
            let rect = areas.pane(pane);
            let focused = pane == app.focus;
            match pane {
                Pane::Timeline => lists::timeline(app, theme, focused, rect, buf),
                Pane::Participants => participants::render(app, theme, focused, rect, buf),
                Pane::Quotes => lists::quotes(app, theme, focused, rect, buf),
                Pane::Article => article::render(app, theme, focused, rect, buf),
            }
        }
        chrome::status(app, theme, areas.status, buf);
        match &app.overlay {
            Overlay::None => {}
            Overlay::Help { page, scroll } => help::render(app, theme, *page, *scroll, area, buf),
            Overlay::Picker(p) => picker::render(app, p, theme, area, buf),
        }
    }
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    frame.render_widget(Screen { app, theme }, frame.area());
}

/// The window title: the program and the article on screen, sanitised.
pub fn window_title(app: &App) -> crate::model::SafeText {
    let source = app
        .briefing
        .articles
        .get(app.reader.article)
        .map_or("", |a| crate::app::file_name(&a.source));
    text::fit(&format!("brief — {source}"), 80)
}
