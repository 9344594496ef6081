//! robots.txt rules for one host, parsed by `texting_robots`.

use std::time::Duration;

use texting_robots::Robot;
use url::Url;

/// What robots.txt says about our agent on one host.
pub(super) enum Robots {
    /// No usable robots.txt (missing, 4xx, unparsable): everything allowed.
    AllowAll,
    /// The server failed (5xx) serving robots.txt: RFC 9309 says to assume
    /// a complete disallow until it can be read.
    DisallowAll,
    /// Parsed rules.
    Rules(Box<Robot>),
}

impl std::fmt::Debug for Robots {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Robots::AllowAll => f.write_str("AllowAll"),
            Robots::DisallowAll => f.write_str("DisallowAll"),
            Robots::Rules(r) => write!(f, "Rules(delay: {:?})", r.delay),
        }
    }
}

impl Robots {
    pub(super) fn allow_all() -> Self {
        Robots::AllowAll
    }

    /// Rules from the robots.txt response (`body` is `None` when reading it
    /// failed).
    pub(super) fn from_response(agent: &str, status: u16, body: Option<&[u8]>) -> Self {
        match (status, body) {
            (200..=299, Some(body)) => match Robot::new(agent, body) {
                Ok(robot) => Robots::Rules(Box::new(robot)),
                Err(_) => Robots::AllowAll,
            },
            (500..=599, _) => Robots::DisallowAll,
            _ => Robots::AllowAll,
        }
    }

    pub(super) fn allowed(&self, url: &Url) -> bool {
        match self {
            Robots::AllowAll => true,
            Robots::DisallowAll => false,
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
        let robots = Robots::from_response("gleaner", 200, Some(txt));
        let url = |p: &str| Url::parse(&format!("http://h.test{p}")).unwrap();
        assert!(robots.allowed(&url("/news/a")));
        assert!(!robots.allowed(&url("/private/x")));
        assert!(robots.allowed(&url("/private/open")));
        assert_eq!(robots.crawl_delay(), Duration::from_secs(2));
        assert!(Robots::from_response("gleaner", 404, None).allowed(&url("/private/x")));
        assert!(!Robots::from_response("gleaner", 503, None).allowed(&url("/a")));
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
