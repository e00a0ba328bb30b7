//! Extraction on the path the binary takes for a large briefing, shared with
//! `#[path]`: articles analysed on worker threads a batch at a time and merged
//! in order. Batches of three on two threads, so that even a few fixtures cross
//! batch boundaries.

#![allow(dead_code)]

use brief::extract::{Batching, extract_in_batches};
use brief::model::{Article, Briefing};

pub const SMALL_BATCHES: Batching = Batching {
    threads: 2,
    batch: 3,
};

pub fn extract(articles: Vec<Article>) -> Briefing {
    extract_in_batches(articles, SMALL_BATCHES, &mut |_| {})
}
