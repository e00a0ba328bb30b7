//! Fetching an address over HTTP or HTTPS (`ureq` with rustls): one GET,
//! a time limit for the whole exchange, a size limit on the body, a few
//! redirects, and a User-Agent that says what is asking.

use std::time::Duration;

use ureq::ResponseExt;

use super::LoadError;
use super::cache::{Cache, Entry, Validators};

/// Redirects followed before an address is given up on (a loop ends here).
pub const MAX_REDIRECTS: u32 = 5;
const USER_AGENT: &str = concat!(
    "brief/",
    env!("CARGO_PKG_VERSION"),
    " (news briefing reader; +https://crates.io/crates/brief)"
);

/// What a server sent for an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// The Content-Type, e.g. `text/html; charset=windows-1250`.
    pub content_type: Option<String>,
    /// Where the body came from after redirects.
    pub address: String,
}

/// Whether a command-line argument is an address to fetch.
pub fn is_address(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// GETs `address`, refusing a body over `max_bytes` and giving up after
/// `timeout` in all (connecting, waiting, reading). With the user's cache,
/// a body stored with validators is asked for conditionally and reused when
/// the server says it has not changed.
pub fn fetch(address: &str, timeout: Duration, max_bytes: u64) -> Result<Fetched, LoadError> {
    fetch_with(address, timeout, max_bytes, Cache::user().as_ref())
}

fn fetch_with(
    address: &str,
    timeout: Duration,
    max_bytes: u64,
    cache: Option<&Cache>,
) -> Result<Fetched, LoadError> {
    let failed = |reason: String| LoadError::Fetch {
        path: address.to_owned(),
        reason,
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .max_redirects(MAX_REDIRECTS)
        .user_agent(USER_AGENT)
        .http_status_as_error(false)
        .build()
        .into();
    let cached = cache.and_then(|c| c.get(address));
    let mut request = agent.get(address);
    if let Some(v) = cached.as_ref().map(|entry| &entry.validators) {
        if let Some(etag) = &v.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(date) = &v.last_modified {
            request = request.header("If-Modified-Since", date);
        }
    }
    let response = request.call().map_err(|e| failed(describe(&e, timeout)))?;
    let status = response.status();
    if let (304, Some(entry)) = (status.as_u16(), cached) {
        return Ok(entry.into());
    }
    if !status.is_success() {
        let reason = status.canonical_reason().unwrap_or("");
        return Err(failed(format!("HTTP {} {reason}", status.as_u16())));
    }
    let entry = receive(response, address, timeout, max_bytes)?;
    if let Some(cache) = cache {
        cache.put(address, &entry);
    }
    Ok(entry.into())
}

/// A successful response's body, within the limit, with what is kept of
/// its headers.
fn receive(
    mut response: ureq::http::Response<ureq::Body>,
    address: &str,
    timeout: Duration,
    max_bytes: u64,
) -> Result<Entry, LoadError> {
    let too_large = |size| LoadError::TooLarge {
        path: address.to_owned(),
        size,
        limit: max_bytes,
    };
    if let Some(size) = response.body().content_length().filter(|&n| n > max_bytes) {
        return Err(too_large(Some(size)));
    }
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let validators = Validators {
        etag: header("etag"),
        last_modified: header("last-modified"),
    };
    let content_type = header("content-type");
    let final_address = response.get_uri().to_string();
    let bytes = response
        .body_mut()
        .with_config()
        .limit(max_bytes)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => too_large(None),
            other => LoadError::Fetch {
                path: address.to_owned(),
                reason: describe(&other, timeout),
            },
        })?;
    Ok(Entry {
        validators,
        content_type,
        address: final_address,
        bytes,
    })
}

impl From<Entry> for Fetched {
    fn from(entry: Entry) -> Fetched {
        Fetched {
            bytes: entry.bytes,
            content_type: entry.content_type,
            address: entry.address,
        }
    }
}

/// The reason in words a user can act on.
fn describe(e: &ureq::Error, timeout: Duration) -> String {
    match e {
        ureq::Error::Timeout(_) => format!(
            "no answer within {} seconds (change it with --timeout SECONDS)",
            timeout.as_secs()
        ),
        ureq::Error::TooManyRedirects => {
            format!("too many redirects (more than {MAX_REDIRECTS})")
        }
        ureq::Error::HostNotFound => "host not found".to_owned(),
        ureq::Error::ConnectionFailed => "connection failed".to_owned(),
        ureq::Error::Io(io) => format!("connection error: {io}"),
        other => other.to_string(),
    }
}

/// The charset a Content-Type names, if any.
pub fn charset_of(content_type: &str) -> Option<&'static encoding_rs::Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| encoding_rs::Encoding::for_label(value.trim().trim_matches('"').as_bytes()))?
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_charsets() {
        let addresses = [
            ("https://example.org/rss.xml", true),
            ("HTTP://EXAMPLE.ORG", true),
            ("http:/example.org", false),
            ("ftp://example.org/a.txt", false),
            ("file:///etc/passwd", false),
            ("https", false),
            ("feeds/http://x", false),
        ];
        for (arg, want) in addresses {
            assert_eq!(is_address(arg), want, "{arg}");
        }
        let types = [
            ("text/html; charset=windows-1250", Some("windows-1250")),
            ("text/html;charset=\"ISO-8859-2\"", Some("ISO-8859-2")),
            ("application/rss+xml; CHARSET=utf-8", Some("UTF-8")),
            ("text/html", None),
            ("text/html; charset=klingon", None),
        ];
        for (content_type, want) in types {
            assert_eq!(
                charset_of(content_type).map(|e| e.name()),
                want,
                "{content_type}"
            );
        }
    }
}
