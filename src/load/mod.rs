//! Loading articles: read, decode, normalise, strip headers, split paragraphs.
