//! The Polish rules: names and their declension, roles and offices, reported speech
//! and meetings. The passes both languages share (tokens, sentences, mentions,
//! quotation marks, speakers, merging) live in `extract/`.

pub(crate) mod attribution;
pub(crate) mod dialogue;
pub mod inflect;
pub(crate) mod meetings;
pub(crate) mod names;
pub(crate) mod reported;
pub(crate) mod roles;
pub(crate) mod surnames;
