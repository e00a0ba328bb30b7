//! brief: read a news briefing in the terminal.
//!
//! The data flows one way: files → [`load`] → [`extract`] → [`model`] → export or the reader;
//! [`pipeline`] runs load and extract together on all cores.

pub mod app;
pub mod export;
pub mod extract;
pub mod geometry;
pub mod load;
pub mod model;
pub mod pipeline;
pub mod terminal;
pub mod ui;
