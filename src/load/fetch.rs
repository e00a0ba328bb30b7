//! Fetching an address over HTTP or HTTPS (`ureq` with rustls): one GET,
//! a time limit for the whole exchange, a size limit on the body, a few
//! redirects, and a User-Agent that says what is asking.

use std::time::Duration;

use ureq::ResponseExt;

use super::LoadError;

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
/// `timeout` in all (connecting, waiting, reading).
pub fn fetch(address: &str, timeout: Duration, max_bytes: u64) -> Result<Fetched, LoadError> {
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
    let mut response = agent
        .get(address)
        .call()
        .map_err(|e| failed(describe(&e, timeout)))?;
    let status = response.status();
    if !status.is_success() {
        let reason = status.canonical_reason().unwrap_or("");
        return Err(failed(format!("HTTP {} {reason}", status.as_u16())));
    }
    let too_large = |size| LoadError::TooLarge {
        path: address.to_owned(),
        size,
        limit: max_bytes,
    };
    if let Some(size) = response.body().content_length().filter(|&n| n > max_bytes) {
        return Err(too_large(Some(size)));
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let final_address = response.get_uri().to_string();
    let bytes = response
        .body_mut()
        .with_config()
        .limit(max_bytes)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => too_large(None),
            other => failed(describe(&other, timeout)),
        })?;
    Ok(Fetched {
        bytes,
        content_type,
        address: final_address,
    })
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
