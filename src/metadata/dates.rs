//! Date parsing: ISO 8601, RFC 2822, Unix timestamps and the common human
//! formats ("March 19, 2023", "19 March 2023", "19.03.2023", "2023/03/19").
//!
//! Relative dates ("2 hours ago", "yesterday") need the fetch time of the
//! page, which the HTML alone does not give: [`parse_date`] rejects them and
//! [`parse_relative`] reads them against a known fetch time.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

use crate::article::Timestamp;

/// Earliest year a news page's date may have; earlier ones are rejected.
const MIN_YEAR: i32 = 1990;

/// Longest input considered: a date line, not a paragraph.
const MAX_LEN: usize = 120;

/// Parses a date in any supported format and checks that it lies between
/// 1990 and `now` (plus one day of clock skew).
pub(crate) fn parse_date(input: &str, now: DateTime<Utc>) -> Option<Timestamp> {
    let s = input.trim();
    if s.is_empty() || s.len() > MAX_LEN {
        return None;
    }
    check(parse_any(s)?, now)
}

fn check(ts: Timestamp, now: DateTime<Utc>) -> Option<Timestamp> {
    let latest = now + chrono::Duration::days(1);
    if ts.year() < MIN_YEAR || ts.with_timezone(&Utc) > latest {
        return None;
    }
    Some(ts)
}

use chrono::Datelike as _;

fn parse_any(s: &str) -> Option<Timestamp> {
    parse_iso(s)
        .or_else(|| DateTime::parse_from_rfc2822(s).ok())
        .or_else(|| parse_unix(s))
        .or_else(|| parse_numeric(s))
        .or_else(|| parse_human(s))
}

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap_or_else(|| unreachable!("offset 0 is valid"))
}

fn at_midnight(d: NaiveDate) -> Option<Timestamp> {
    utc()
        .from_local_datetime(&d.and_time(NaiveTime::MIN))
        .single()
}

/// ISO 8601 / RFC 3339 and the loose variants pages write: a space for the
/// `T`, `Z`, `+0100`, no seconds, fractional seconds, no offset.
fn parse_iso(s: &str) -> Option<Timestamp> {
    let b = s.as_bytes();
    if b.len() < 10 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t);
    }
    let mut t = s.replacen(' ', "T", 1);
    if t.ends_with('Z') || t.ends_with('z') {
        t.pop();
        t.push_str("+00:00");
    }
    // A trailing zone name after the time: " UTC", " EST".
    if let Some((head, zone)) = t.rsplit_once(' ') {
        if let Some(off) = zone_offset(zone) {
            t = format!("{head}{off}");
        }
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(t) = DateTime::parse_from_str(&t, f) {
            return Some(t);
        }
    }
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"] {
        if let Ok(n) = NaiveDateTime::parse_from_str(&t, f) {
            return utc().from_local_datetime(&n).single();
        }
    }
    // A date alone, or with a time part this function could not read; not
    // a date glued to other digits ("2022-02-112023-06-08").
    let rest = t.get(10..)?;
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d")
        .ok()
        .and_then(at_midnight)
}

/// The offset of a common time-zone abbreviation.
fn zone_offset(zone: &str) -> Option<&'static str> {
    Some(match zone.to_ascii_uppercase().as_str() {
        "UTC" | "GMT" | "Z" => "+00:00",
        "EST" => "-05:00",
        "EDT" => "-04:00",
        "CST" => "-06:00",
        "CDT" => "-05:00",
        "MST" => "-07:00",
        "MDT" => "-06:00",
        "PST" => "-08:00",
        "PDT" => "-07:00",
        "BST" | "CET" => "+01:00",
        "CEST" | "EET" => "+02:00",
        "EEST" => "+03:00",
        "IST" => "+05:30",
        "JST" | "KST" => "+09:00",
        _ => return None,
    })
}

/// A relative date ("5 minutes ago", "an hour ago", "3 days ago",
/// "yesterday", "today") counted back from `fetched`, the time the page
/// was fetched; `None` for anything else. The result is in UTC: a day-level
/// phrase keeps the fetch time's clock, so its calendar day is the one the
/// phrase names.
pub(crate) fn parse_relative(input: &str, fetched: DateTime<Utc>) -> Option<Timestamp> {
    let s = input.trim();
    if s.is_empty() || s.len() > MAX_LEN {
        return None;
    }
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '·')
        .filter(|w| !w.is_empty())
        .collect();
    let back = if let Some(i) = words.iter().position(|w| *w == "ago") {
        let unit = words.get(i.checked_sub(1)?)?;
        let n: i64 = match words.get(i.checked_sub(2)?) {
            Some(&("a" | "an" | "one")) => 1,
            Some(n) => n.parse().ok()?,
            None => return None,
        };
        let unit = unit.trim_end_matches('s');
        let secs = match unit {
            "sec" | "second" => 1,
            "min" | "minute" | "mins" => 60,
            "hr" | "hour" | "h" => 3600,
            "day" | "d" => 86_400,
            "week" | "wk" => 7 * 86_400,
            "month" => 30 * 86_400,
            "year" | "yr" => 365 * 86_400,
            _ => return None,
        };
        chrono::Duration::try_seconds(n.checked_mul(secs)?)?
    } else if words.contains(&"yesterday") {
        chrono::Duration::days(1)
    } else if words.contains(&"today") || lower.contains("just now") {
        chrono::Duration::zero()
    } else {
        return None;
    };
    check(fetched.checked_sub_signed(back)?.fixed_offset(), fetched)
}

/// A date written in a URL path: `/2023/12/05/`, `/2023/dec/21/`,
/// `/2023-12-05/`.
pub(crate) fn from_url_path(path: &str, now: DateTime<Utc>) -> Option<Timestamp> {
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    for (i, seg) in segs.iter().enumerate() {
        if seg.len() == 4 && seg.bytes().all(|b| b.is_ascii_digit()) {
            let y: i32 = seg.parse().ok()?;
            let m = segs.get(i + 1).and_then(|m| {
                m.parse::<u32>()
                    .ok()
                    .filter(|_| m.len() <= 2)
                    .or_else(|| month_of(m))
            });
            let d = segs
                .get(i + 2)
                .filter(|d| d.len() <= 2)
                .and_then(|d| d.parse::<u32>().ok());
            if let (Some(m), Some(d)) = (m, d) {
                if let Some(ts) = NaiveDate::from_ymd_opt(y, m, d).and_then(at_midnight) {
                    return check(ts, now);
                }
            }
        }
        if let Some(head) = seg.get(..10) {
            if head.as_bytes()[4] == b'-' && head.as_bytes()[7] == b'-' {
                if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
                    return at_midnight(d).and_then(|ts| check(ts, now));
                }
            }
        }
    }
    None
}

/// Seconds (10 digits) or milliseconds (13 digits) since the Unix epoch.
fn parse_unix(s: &str) -> Option<Timestamp> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = s.parse().ok()?;
    let secs = match s.len() {
        9 | 10 => n,
        13 => n / 1000,
        _ => return None,
    };
    DateTime::from_timestamp(secs, 0).map(|d| d.fixed_offset())
}

/// `19.03.2023`, `19/03/2023`, `03/19/2023`, `2023/03/19`, `2023.03.19`,
/// optionally followed by a time. With `/` and both fields ≤ 12 the US order
/// (month first) is assumed; with `.` or `-` the day comes first.
fn parse_numeric(s: &str) -> Option<Timestamp> {
    let head: &str = s.split_whitespace().next()?;
    let sep = head.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
    let parts: Vec<&str> = head.trim_end_matches(',').split(sep).collect();
    if parts.len() != 3 || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let nums: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (y, m, d) = if parts[0].len() == 4 {
        (nums[0] as i32, nums[1], nums[2])
    } else if parts[2].len() == 4 || parts[2].len() == 2 {
        let year = if parts[2].len() == 2 {
            2000 + nums[2] as i32
        } else {
            nums[2] as i32
        };
        let (a, b) = (nums[0], nums[1]);
        // `/` with a plausible month first is US order; else day first.
        if sep == '/' && (b > 12 || a <= 12) {
            (year, a, b)
        } else {
            (year, b, a)
        }
    } else {
        return None;
    };
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    let time = s
        .split_whitespace()
        .nth(1)
        .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
        .unwrap_or(NaiveTime::MIN);
    utc().from_local_datetime(&date.and_time(time)).single()
}

/// English month names; their first three letters are the abbreviations.
const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month (1–12) a word names: a full name, or up to four letters
/// starting with an abbreviation ("Sep", "Sept", "Dec.").
fn month_of(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTH_NAMES
        .iter()
        .position(|full| (w.len() <= 4 && w.starts_with(&full[..3])) || *full == w)
        .map(|i| i as u32 + 1)
}

/// Whether a word is exactly a month's name or abbreviation ("mar",
/// "sept", "march"), ignoring case; stricter than [`month_of`], so that a
/// name such as "Marc" is not taken for a month.
pub(crate) fn is_month_word(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    w == "sept" || MONTH_NAMES.iter().any(|full| *full == w || full[..3] == w)
}

/// Whether a word is an English weekday's name or abbreviation ("Monday",
/// "mon", "tues"), ignoring case and a trailing comma or full stop.
pub(crate) fn is_weekday_word(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']).to_ascii_lowercase();
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    matches!(w.as_str(), "tues" | "thur" | "thurs") || DAYS.iter().any(|d| *d == w || d[..3] == w)
}

/// English month-name dates: "March 19, 2023", "Mar. 19 2023 10:30 am",
/// "19 March 2023", "Sunday 19th March 2023". Words around the date
/// ("Published", "Updated") are ignored.
fn parse_human(s: &str) -> Option<Timestamp> {
    let mut month = None;
    let mut day = None;
    let mut year = None;
    let mut time: Option<(u32, u32)> = None;
    let mut pm = None;
    for raw in s.split(|c: char| c.is_whitespace() || c == ',' || c == '|') {
        let tok = raw.trim_matches(|c: char| c == '.' || c == '(' || c == ')');
        if tok.is_empty() {
            continue;
        }
        let lower = tok.to_ascii_lowercase();
        if lower == "am" || lower == "a.m" {
            pm = Some(false);
            continue;
        }
        if lower == "pm" || lower == "p.m" {
            pm = Some(true);
            continue;
        }
        if let Some((h, rest)) = tok.split_once(':') {
            let mins: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let tail = rest[mins.len()..].to_ascii_lowercase();
            if let (Ok(h), Ok(m)) = (h.parse::<u32>(), mins.get(..2).unwrap_or("").parse::<u32>()) {
                time = Some((h, m));
                if tail.starts_with("pm") || tail.starts_with("p.m") {
                    pm = Some(true);
                } else if tail.starts_with("am") || tail.starts_with("a.m") {
                    pm = Some(false);
                }
            }
            continue;
        }
        if month.is_none() {
            if let Some(m) = month_of(tok) {
                month = Some(m);
                continue;
            }
        }
        let digits: String = tok.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            continue;
        }
        let suffix = &tok[digits.len()..];
        if !(suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th")) {
            continue;
        }
        let n: u32 = digits.parse().ok()?;
        if digits.len() == 4 && year.is_none() {
            year = Some(n as i32);
        } else if digits.len() <= 2 && day.is_none() && (1..=31).contains(&n) {
            day = Some(n);
        }
    }
    let date = NaiveDate::from_ymd_opt(year?, month?, day?)?;
    let (mut h, m) = time.unwrap_or((0, 0));
    match pm {
        Some(true) if h < 12 => h += 12,
        Some(false) if h == 12 => h = 0,
        _ => {}
    }
    let t = NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN);
    utc().from_local_datetime(&date.and_time(t)).single()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_words() {
        assert_eq!(month_of("Sept"), Some(9));
        assert_eq!(month_of("DECEMBER"), Some(12));
        assert_eq!(month_of("Marc"), Some(3));
        for w in ["mar", "Sept", "May", "september"] {
            assert!(is_month_word(w), "{w}");
        }
        for w in ["Marc", "mayo", "ju", "decl"] {
            assert!(!is_month_word(w), "{w}");
        }
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2024-01-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn day(s: &str) -> Option<String> {
        parse_date(s, now()).map(|t| t.format("%Y-%m-%d").to_string())
    }

    #[test]
    fn formats() {
        let cases = [
            ("2023-03-19T10:30:00+01:00", "2023-03-19"),
            ("2023-03-19T10:30:00.000Z", "2023-03-19"),
            ("2023-03-19 10:30:00", "2023-03-19"),
            ("2023-03-19T10:30:00+0100", "2023-03-19"),
            ("2023-03-19T10:30", "2023-03-19"),
            ("2023-03-19", "2023-03-19"),
            ("Sun, 19 Mar 2023 10:30:00 +0000", "2023-03-19"),
            ("March 19, 2023", "2023-03-19"),
            ("Mar. 19, 2023 at 4:05 pm ET", "2023-03-19"),
            ("19 March 2023", "2023-03-19"),
            ("Sunday 19th March 2023", "2023-03-19"),
            ("Published: September 5, 2022", "2022-09-05"),
            ("19.03.2023", "2023-03-19"),
            ("2023/03/19", "2023-03-19"),
            ("03/19/2023", "2023-03-19"),
            ("19/03/2023", "2023-03-19"),
            ("1679221800", "2023-03-19"),
            ("2023-12-24 00:40:00 EST", "2023-12-24"),
        ];
        for (input, want) in cases {
            assert_eq!(day(input).as_deref(), Some(want), "{input}");
        }
    }

    #[test]
    fn url_paths() {
        let d = |p: &str| from_url_path(p, now()).map(|t| t.format("%Y-%m-%d").to_string());
        assert_eq!(d("/news/2023/12/5/story/").as_deref(), Some("2023-12-05"));
        assert_eq!(
            d("/factchecks/2023/dec/21/x/").as_deref(),
            Some("2023-12-21")
        );
        assert_eq!(
            d("/2023-03-19-bridge-reopens").as_deref(),
            Some("2023-03-19")
        );
        assert_eq!(d("/2023/12/story"), None);
        assert_eq!(d("/items/1234/56/78"), None);
    }

    #[test]
    fn keeps_offset_and_time() {
        let t = parse_date("2023-03-19T10:30:00+01:00", now()).unwrap();
        assert_eq!(t.offset().local_minus_utc(), 3600);
        let t = parse_date("March 19, 2023 4:05 PM", now()).unwrap();
        assert_eq!(t.format("%H:%M").to_string(), "16:05");
    }

    #[test]
    fn rejects_out_of_range_and_junk() {
        for bad in [
            "1985-01-01",
            "2030-01-01T00:00:00Z",
            "2 hours ago",
            "yesterday",
            "",
            "32.13.2023",
            "no date here at all",
            "2022-02-112023-06-08",
        ] {
            assert_eq!(day(bad), None, "{bad}");
        }
    }

    #[test]
    fn relative_dates_need_the_fetch_time() {
        let at = |s: &str| parse_relative(s, now()).map(|t| t.format("%Y-%m-%d %H:%M").to_string());
        assert_eq!(at("2 hours ago").as_deref(), Some("2023-12-31 22:00"));
        assert_eq!(
            at("Updated an hour ago").as_deref(),
            Some("2023-12-31 23:00")
        );
        assert_eq!(at("3 days ago").as_deref(), Some("2023-12-29 00:00"));
        assert_eq!(at("Yesterday").as_deref(), Some("2023-12-31 00:00"));
        assert_eq!(at("5 mins ago").as_deref(), Some("2023-12-31 23:55"));
        assert_eq!(at("40 years ago"), None, "before 1990");
        assert_eq!(at("March 19, 2023"), None);
        assert_eq!(at("ago"), None);
        assert_eq!(parse_date("2 hours ago", now()), None);
    }
}
