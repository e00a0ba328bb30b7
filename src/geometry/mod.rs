//! The reader's geometry as plain arithmetic: which pane goes where for a
//! terminal size, how an article wraps to a width, where popups sit. The
//! app's state (paging, scroll limits, mouse hit-testing) and the drawing
//! both use it, so `app` never needs `ui` and a click lands on what is drawn.

pub mod layout;
mod pane;
pub mod popup;
pub mod wrap;

pub use pane::Pane;
