//! robots.txt rules for one host, parsed by `texting_robots`.

use std::time::Duration;

use texting_robots::Robot;
use url::Url;

/// The most of a robots.txt that is parsed: RFC 9309 §2.5 asks crawlers to
/// parse at least the first 500 KiB; a larger file is cut at the last line
/// end before this limit and the rest ignored.
pub(super) const MAX_ROBOTS_BYTES: usize = 512 * 1024;

/// What robots.txt says about our agent on one host.
pub(super) enum Robots {
    /// No usable robots.txt (missing, 4xx, unparsable): everything allowed.
    AllowAll,
    /// robots.txt is unreachable (a 5xx or 429 status, a network error or a
    /// timeout while reading it): RFC 9309 §2.3.1.4 says to assume a
    /// complete disallow until it can be read.
    Unreachable {
        /// The status, when the server answered.
        status: Option<u16>,
        /// Why, in words (the status or the transport error).
        cause: String,
    },
    /// Parsed rules.
    Rules(Box<Robot>),
}

impl std::fmt::Debug for Robots {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Robots::AllowAll => f.write_str("AllowAll"),
            Robots::Unreachable { cause, .. } => write!(f, "Unreachable({cause})"),
            Robots::Rules(r) => write!(f, "Rules(delay: {:?})", r.delay),
        }
    }
}

impl Robots {
    pub(super) fn allow_all() -> Self {
        Robots::AllowAll
    }

    /// robots.txt could not be read (network error, timeout): disallow.
    pub(super) fn unreachable(cause: String) -> Self {
        Robots::Unreachable {
            status: None,
            cause,
        }
    }

    /// Rules from a robots.txt response whose body (at most
    /// [`MAX_ROBOTS_BYTES`], see [`cut_at_line_end`]) was read completely.
    ///
    /// 2xx: the rules; 429 and 5xx: unreachable (disallow; 429 as Google
    /// does, since the server asks us to slow down); any other status (4xx,
    /// an unfollowed 3xx): no rules (allow).
    pub(super) fn from_response(agent: &str, status: u16, body: &[u8]) -> Self {
        match status {
            200..=299 => match Robot::new(agent, body) {
                Ok(robot) => Robots::Rules(Box::new(robot)),
                Err(_) => Robots::AllowAll,
            },
            429 | 500..=599 => Robots::Unreachable {
                status: Some(status),
                cause: format!("HTTP status {status}"),
            },
            _ => Robots::AllowAll,
        }
    }

    /// Why the host is disallowed as a whole, when robots.txt is unreachable.
    pub(super) fn unreachable_cause(&self) -> Option<(Option<u16>, &str)> {
        match self {
            Robots::Unreachable { status, cause } => Some((*status, cause)),
            _ => None,
        }
    }

    pub(super) fn allowed(&self, url: &Url) -> bool {
        match self {
            Robots::AllowAll => true,
            Robots::Unreachable { .. } => false,
            // robots.txt itself is always allowed.
            Robots::Rules(_) if url.path() == "/robots.txt" => true,
            Robots::Rules(robot) => robot.allowed(url.as_str()),
        }
    }

    /// The `Crawl-delay` for our agent (zero when none).
    pub(super) fn crawl_delay(&self) -> Duration {
        match self {
            Robots::Rules(robot) => robot
                .delay
                .filter(|d| d.is_finite() && *d > 0.0)
                .map(|d| Duration::from_secs_f32(d.min(86_400.0)))
                .unwrap_or(Duration::ZERO),
            _ => Duration::ZERO,
        }
    }
}

/// The part of a robots.txt body that is parsed: all of it up to
/// [`MAX_ROBOTS_BYTES`]; past that, the bytes up to the last line end before
/// the limit, so that no rule is parsed half-read (`Disallow: /private` cut
/// to `Disallow: /p` would block more than asked, cut to `Disallow: /` far
/// more).
pub(super) fn cut_at_line_end(body: &[u8]) -> &[u8] {
    if body.len() <= MAX_ROBOTS_BYTES {
        return body;
    }
    let head = &body[..MAX_ROBOTS_BYTES];
    match memchr::memrchr2(b'\n', b'\r', head) {
        Some(end) => &head[..=end],
        None => &[],
    }
}

/// The product token of a User-Agent (`gleaner/0.1 (+…)` → `gleaner`), the
/// name robots.txt groups are matched against.
pub(super) fn agent_token(user_agent: &str) -> Option<String> {
    let token: String = user_agent
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!token.is_empty()).then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_and_delay() {
        let txt = b"User-agent: *\nDisallow: /private/\nAllow: /private/open\nCrawl-delay: 2\n";
        let robots = Robots::from_response("gleaner", 200, txt);
        let url = |p: &str| Url::parse(&format!("http://h.test{p}")).unwrap();
        assert!(robots.allowed(&url("/news/a")));
        assert!(!robots.allowed(&url("/private/x")));
        assert!(robots.allowed(&url("/private/open")));
        assert_eq!(robots.crawl_delay(), Duration::from_secs(2));
        assert!(Robots::from_response("gleaner", 404, b"").allowed(&url("/private/x")));
        let down = Robots::from_response("gleaner", 503, b"");
        assert!(!down.allowed(&url("/a")));
        assert_eq!(
            down.unreachable_cause(),
            Some((Some(503), "HTTP status 503"))
        );
        assert!(!Robots::from_response("gleaner", 429, b"").allowed(&url("/a")));
    }

    #[test]
    fn a_large_file_is_cut_at_a_line_end() {
        let mut body = b"User-agent: *\n".to_vec();
        while body.len() < MAX_ROBOTS_BYTES - 10 {
            body.extend_from_slice(b"Allow: /x\n");
        }
        // The line that straddles the limit is dropped whole.
        body.extend_from_slice(b"Disallow: /private/and-more\nDisallow: /later\n");
        let cut = cut_at_line_end(&body);
        assert!(cut.len() <= MAX_ROBOTS_BYTES);
        assert!(cut.ends_with(b"Allow: /x\n"));
        assert_eq!(cut_at_line_end(b"short"), b"short");
    }

    #[test]
    fn agent_tokens() {
        assert_eq!(
            agent_token("gleaner/0.1.0 (+x)").as_deref(),
            Some("gleaner")
        );
        assert_eq!(agent_token("My-Bot"), Some("My-Bot".into()));
        assert_eq!(agent_token(" /x"), None);
    }
}
