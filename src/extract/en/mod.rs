//! English extraction: the same model from English news, with English names, roles,
//! attributions and meeting words.

pub mod meetings;
pub mod names;
pub mod pairs;
pub mod places;
pub mod quotes;
pub mod reported;
pub mod roles;
pub mod things;
