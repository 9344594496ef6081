//! Date parsing: ISO 8601, RFC 2822, Unix timestamps and the human formats
//! pages write ("March 19, 2023", "19 March 2023", "19. März 2023",
//! "19 de marzo de 2023", "19.03.2023", "2023/03/19", "2023年3月19日"),
//! also inside a longer line ("Published on 19 mars 2023 à 10h").
//!
//! chrono does the calendar work (validity, offsets, formatting); the
//! month names of the languages covered and the order of the numeric forms
//! are tables here, since neither chrono nor `dateparser` (English only)
//! nor `jiff` reads month names other than English.
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
        .or_else(|| find_in_text(s))
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

/// What a visible date line says its date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateKind {
    /// "Published", "Posted on", "Veröffentlicht", "Publié le", …
    Published,
    /// "Updated", "Last modified", "Aktualisiert", "Mis à jour", …
    Modified,
    /// No label: the page's date, whichever it is.
    Unlabelled,
}

/// Words that label a date as the publication date, lower case, in the
/// languages covered.
const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "posted",
    "created",
    "released",
    "written on",
    "publish date",
    "publication date",
    "veröffentlicht",
    "erschienen",
    "erstellt",
    "publié",
    "mis en ligne",
    "publicado",
    "publicación",
    "pubblicato",
    "pubblicazione",
    "gepubliceerd",
    "geplaatst",
    "opublikowano",
    "publikacja",
    "publikacji",
];

/// Words that label a date as the last update, lower case.
const MODIFIED_LABELS: &[&str] = &[
    "updated",
    "modified",
    "revised",
    "last edited",
    "aktualisiert",
    "geändert",
    "stand:",
    "mis à jour",
    "modifié",
    "actualizado",
    "actualización",
    "aggiornato",
    "aggiornamento",
    "atualizado",
    "atualização",
    "bijgewerkt",
    "gewijzigd",
    "zaktualizowano",
    "aktualizacja",
    "zmodyfikowano",
];

/// The kind of date a label names ("Published on", "Last updated:"); the
/// first label in the text decides. `None` without a label.
pub(crate) fn label_kind(text: &str) -> Option<DateKind> {
    let lower = text.to_lowercase();
    let lower = lower.as_bytes();
    // One pass over the positions, earliest label first (a publication
    // label where both start). Every label opens with an ASCII letter, so
    // no match starts inside a multi-byte character.
    let starts =
        |labels: &[&str], rest: &[u8]| labels.iter().any(|l| rest.starts_with(l.as_bytes()));
    for i in 0..lower.len() {
        if !lower[i].is_ascii_lowercase() {
            continue;
        }
        let rest = &lower[i..];
        if starts(PUBLISHED_LABELS, rest) {
            return Some(DateKind::Published);
        }
        if starts(MODIFIED_LABELS, rest) {
            return Some(DateKind::Modified);
        }
    }
    None
}

/// The dates a short visible line states, each with the label before it
/// in its part of the line ("Published March 1, 2023 | Updated March 5,
/// 2023" gives both). A line without a label gives its first date as
/// [`DateKind::Unlabelled`]; `label` is the kind a label outside the line
/// (the parent's text, the element before) gives. Checked against the
/// 1990..=now range.
pub(crate) fn dates_in_line(
    line: &str,
    label: Option<DateKind>,
    now: DateTime<Utc>,
) -> Vec<(DateKind, Timestamp)> {
    let mut out = Vec::new();
    if line.len() > MAX_LEN * 2 {
        return out;
    }
    for part in line
        .split(['|', '•', '·', '●', '\n'])
        .flat_map(|p| p.split(" - "))
    {
        let Some(ts) = find_in_text(part).and_then(|t| check(t, now)) else {
            continue;
        };
        let kind = label_kind(part).or(label).unwrap_or(DateKind::Unlabelled);
        if !out.iter().any(|(k, _)| *k == kind) {
            out.push((kind, ts));
        }
    }
    out
}

/// Whether a line is a date and little else: besides its dates, their
/// fillers and times, at most two words ("Friday, December 19, 2025",
/// "• Nov 4th, 2025"), not a sentence that mentions a date ("offers valid
/// until December 3, 2025"). Weekday names do not count as words.
pub(crate) fn is_bare_date_line(line: &str) -> bool {
    let t = tokens(line);
    let mut words = 0usize;
    let mut dated = false;
    let mut i = 0;
    while i < t.len() {
        if let Some((_, _, _, used)) = date_at(&t, i) {
            dated = true;
            i += used;
            continue;
        }
        if matches!(t[i], Tok::Word | Tok::GluedMonth(_)) {
            words += 1;
        }
        i += 1;
    }
    // Weekday names are words to the tokenizer: count them back out.
    let weekdays = line
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && is_weekday_word(w))
        .count();
    dated && words.saturating_sub(weekdays) <= 2
}

/// Whether a line holds a date as [`readings`] reads one: a numeric date
/// however its separators are spaced ("5. 05. 2024", "2024-03-19"), or a
/// day, a month's name and a year in any of the known orders.
pub(crate) fn holds_date(line: &str) -> bool {
    let t = tokens(line);
    (0..t.len()).any(|i| date_at(&t, i).is_some())
}

/// The first calendar day a short line states ([`readings`]' first) and
/// the first time of day written anywhere in it, in minutes after
/// midnight (0 when none is): "14:32 · 7 December 2026 · Ann Lee" and
/// "7 December 2026 at 2:32 pm" give the same. Orders entries that carry
/// their moment in a head (a liveblog's updates, readers' comments).
pub(crate) fn day_and_time(line: &str) -> Option<(NaiveDate, u32)> {
    let day = *readings(line).first()?;
    let t = tokens(line);
    let minutes = (0..t.len())
        .find_map(|i| {
            // A time's hour does not continue a date's numbers.
            let glued = i >= 1 && matches!(t[i - 1], Tok::Sep('-' | '/' | '.' | ':'));
            (!glued).then(|| time_at(&t, i)).flatten()
        })
        .map_or(0, |(h, m)| h * 60 + m);
    Some((day, minutes))
}

/// Whether a short line is a moment and nothing else: months, numbers
/// and the words a date is written with ("March 2022", "3 March 2022 at
/// 10:00", "on 5th of May, 2021"), a month or a year among them, and no
/// other word. What follows "Originally published in" when a page dates
/// its own first version, not the outlet a credit names.
pub(crate) fn is_only_moment(line: &str) -> bool {
    let t = tokens(line);
    let year = |tok: &Tok| matches!(tok, Tok::Num { len: 4, .. });
    !t.is_empty()
        && t.len() < MAX_TOKENS
        && t.iter()
            .any(|tok| matches!(tok, Tok::Month(_)) || year(tok))
        && t.iter()
            .all(|tok| !matches!(tok, Tok::Word | Tok::GluedMonth(_)))
}

/// The calendar days a line's dates may mean: each date as read, and, for
/// a numeric date whose first two fields may be either day or month
/// ("03/10/2023", "09.10.2024"), the other order too. A page's own order
/// is not always the one its separator suggests.
pub(crate) fn readings(line: &str) -> Vec<NaiveDate> {
    let t = tokens(line);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let Some((y, m, d, used)) = date_at(&t, i) else {
            i += 1;
            continue;
        };
        out.extend(NaiveDate::from_ymd_opt(y, m, d));
        let day_month_numeric = matches!(
            (t.get(i), t.get(i + 2)),
            (
                Some(Tok::Num { len: 1..=2, .. }),
                Some(Tok::Num { len: 1..=2, .. })
            )
        ) && used == 5;
        if day_month_numeric && m != d && m <= 12 && d <= 12 {
            out.extend(NaiveDate::from_ymd_opt(y, d, m));
        }
        i += used;
    }
    out
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
        if month_first(sep, a, b) {
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

/// Whether a numeric date `a<sep>b<sep>year` puts the month first: with
/// `/` whenever the first field may be a month (US order); with `.` or `-`
/// only when the second cannot be one ("11.24.2025"), since those
/// separators usually follow the day.
fn month_first(sep: char, a: u32, b: u32) -> bool {
    if sep == '/' {
        b > 12 || a <= 12
    } else {
        b > 12 && a <= 12
    }
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
    // The names are lower-case ASCII: compared ignoring ASCII case, the
    // word is not copied (it is read for every word of a meta line).
    let is = |name: &str| word.eq_ignore_ascii_case(name);
    is("sept") || MONTH_NAMES.iter().any(|full| is(full) || is(&full[..3]))
}

/// Whether a word is an English weekday's name or abbreviation ("Monday",
/// "mon", "tues"), ignoring case and a trailing comma or full stop.
pub(crate) fn is_weekday_word(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']);
    // Lower-case ASCII names, compared ignoring ASCII case (no copy).
    let is = |name: &str| w.eq_ignore_ascii_case(name);
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    ["tues", "thur", "thurs"].into_iter().any(is) || DAYS.iter().any(|d| is(d) || is(&d[..3]))
}

/// Month names and abbreviations of the languages covered (en, de, fr, es,
/// it, pt, nl, pl, with the Polish genitive forms dates use), without
/// accents (the lookup strips them), by month. English abbreviations are
/// read by [`month_of`]; the ones here that are also common English words
/// ("set", "out", "ago", "die") are left out.
const FOREIGN_MONTHS: [&[&str]; 12] = [
    &[
        "januar", "janner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
        "januari", "styczen", "stycznia", "sty",
    ],
    &[
        "februar",
        "feber",
        "fevrier",
        "fevr",
        "febrero",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
        "luty",
        "lutego",
        "lut",
    ],
    &[
        "marz", "maerz", "mrz", "mars", "marzo", "marco", "maart", "mrt", "marzec", "marca",
    ],
    &[
        "avril", "avr", "abril", "abr", "aprile", "kwiecien", "kwietnia", "kwi",
    ],
    &["mai", "mayo", "maggio", "maio", "mei", "maj", "maja"],
    &[
        "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze",
    ],
    &[
        "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "lip",
    ],
    &["aout", "agosto", "augustus", "sierpien", "sierpnia"],
    &[
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "setembro",
        "wrzesien",
        "wrzesnia",
        "wrz",
    ],
    &[
        "oktober",
        "okt",
        "octobre",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "pazdziernik",
        "pazdziernika",
        "paz",
    ],
    &[
        "noviembre",
        "novembre",
        "novembro",
        "listopad",
        "listopada",
        "lis",
    ],
    &[
        "dezember",
        "dez",
        "decembre",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "grudzien",
        "grudnia",
        "gru",
    ],
];

/// The month a word names in any language covered; `word` is lower case.
fn month_in_any_language(word: &str) -> Option<u32> {
    // No month name is shorter than three letters or longer than twelve
    // ("pazdziernika"); an ASCII word needs neither lower-casing (the
    // tokenizer did it) nor accents folded.
    let n = word.chars().count();
    if !(3..=12).contains(&n) {
        return None;
    }
    if word.is_ascii() {
        let english = MONTH_NAMES
            .iter()
            .position(|full| (n <= 4 && word.starts_with(&full[..3])) || *full == word);
        let exact = || {
            word == "sept"
                || MONTH_NAMES
                    .iter()
                    .any(|full| *full == word || full[..3] == *word)
        };
        if let Some(m) = english {
            if n != 4 || exact() {
                return Some(m as u32 + 1);
            }
        }
        return FOREIGN_MONTHS
            .iter()
            .position(|names| names.contains(&word))
            .map(|i| i as u32 + 1);
    }
    if let Some(m) = month_of(word) {
        // "Marc", "Junk": `month_of` reads four letters loosely; a word of
        // four that is no English month name or abbreviation is none.
        if word.chars().count() < 4 || is_month_word(word) || word.chars().count() > 4 {
            return Some(m);
        }
    }
    let plain: String = word.chars().map(fold_accent).collect();
    FOREIGN_MONTHS
        .iter()
        .position(|names| names.contains(&plain.as_str()))
        .map(|i| i as u32 + 1)
}

/// The letter without its accent, for the letters month names use.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ę' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' | 'ć' => 'c',
        'ń' | 'ñ' => 'n',
        'ś' => 's',
        'ź' | 'ż' => 'z',
        'ł' => 'l',
        _ => c,
    }
}

/// Words that stand between the parts of a written date: "5 de marzo de
/// 2023", "the 5th of March", "le 5 mars", "Mar. 5th, 2023".
const DATE_FILLERS: &[&str] = &[
    "de", "del", "of", "the", "le", "la", "di", "do", "da", "em", "den", "der",
];

/// One piece of a line, as the date scanner sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok {
    /// A run of digits: its value (saturated) and length; `ordinal` when a
    /// suffix such as "st", "th", "er" or "º" follows it.
    Num { n: u32, len: usize, ordinal: bool },
    /// A month name or abbreviation.
    Month(u32),
    /// An abbreviation that is also a common word ("ago", "set", "out"):
    /// a month only between a day and a year joined by hyphens or slashes
    /// ("04-ago-2021"), a word anywhere else.
    GluedMonth(u32),
    /// A word that may stand between a date's parts.
    Filler,
    /// "am" (false) or "pm" (true).
    Meridiem(bool),
    /// A word that introduces the time after a date ("at", "um", "à").
    At,
    /// Any other word.
    Word,
    /// A punctuation mark or a CJK date unit (年, 月, 日, 년, 월, 일).
    Sep(char),
}

/// Most tokens of a line the scanner reads: a date line, not a paragraph.
const MAX_TOKENS: usize = 64;

/// Splits a line into [`Tok`]s; whitespace only separates them.
fn tokens(s: &str) -> Vec<Tok> {
    // A date line has a dozen tokens or so: room for them from the start.
    let mut out = Vec::with_capacity(16);
    let mut word = String::new();
    let mut chars = s.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if out.len() >= MAX_TOKENS {
            break;
        }
        if c.is_ascii_digit() {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + 1;
                chars.next();
            }
            let digits = &s[i..end];
            let n = digits.parse::<u32>().unwrap_or(u32::MAX);
            // An ordinal suffix glued to the number.
            let mut ordinal = false;
            if let Some(&(j, _)) = chars.peek() {
                let rest = &s[j..];
                for suf in ["st", "nd", "rd", "th", "er", "re", "e", "º", "ª", "°", "."] {
                    if let Some(after) = rest.strip_prefix(suf) {
                        let boundary = after.chars().next().is_none_or(|a| !a.is_alphanumeric());
                        // "5." is an ordinal day only before a month word
                        // (German "5. März"); a full stop between digits
                        // is a numeric date's separator.
                        if suf == "." {
                            let next_alpha = after
                                .trim_start()
                                .chars()
                                .next()
                                .is_some_and(char::is_alphabetic);
                            if !(after.starts_with(' ') && next_alpha) {
                                continue;
                            }
                        }
                        if boundary {
                            ordinal = true;
                            for _ in suf.chars() {
                                chars.next();
                            }
                        }
                        break;
                    }
                }
            }
            out.push(Tok::Num {
                n,
                len: digits.len(),
                ordinal,
            });
        } else if matches!(c, '年' | '月' | '日' | '년' | '월' | '일') {
            out.push(Tok::Sep(c));
            chars.next();
        } else if c.is_alphabetic() {
            word.clear();
            while let Some(&(j, d)) = chars.peek() {
                if matches!(d, '年' | '月' | '日' | '년' | '월' | '일') {
                    break;
                }
                if d.is_ascii_alphabetic() {
                    word.push(d.to_ascii_lowercase());
                    chars.next();
                } else if d.is_alphabetic() {
                    word.extend(d.to_lowercase());
                    chars.next();
                } else if d == '.' && s[j + 1..].chars().next().is_some_and(char::is_alphabetic) {
                    // "a.m.", "p.m."
                    chars.next();
                } else {
                    break;
                }
            }
            // A full stop after an abbreviation belongs to it ("Mar.").
            if chars.peek().is_some_and(|&(_, d)| d == '.') {
                chars.next();
            }
            out.push(classify(&word));
        } else {
            if !c.is_whitespace() {
                out.push(Tok::Sep(c));
            }
            chars.next();
        }
    }
    out
}

/// Month abbreviations left out of [`FOREIGN_MONTHS`] because they are
/// common words too: months only inside a day-month-year run joined by
/// hyphens or slashes ([`Tok::GluedMonth`]).
const GLUED_MONTHS: &[(&str, u32)] = &[("ago", 8), ("set", 9), ("out", 10)];

fn classify(word: &str) -> Tok {
    match word {
        "am" | "a.m" => return Tok::Meridiem(false),
        "pm" | "p.m" => return Tok::Meridiem(true),
        "at" | "um" | "à" | "a" | "alle" | "às" | "om" | "o" | "las" | "ore" | "h" | "kl" | "t" => {
            return Tok::At
        }
        _ => {}
    }
    if DATE_FILLERS.contains(&word) {
        return Tok::Filler;
    }
    match month_in_any_language(word) {
        Some(m) => Tok::Month(m),
        None => GLUED_MONTHS
            .iter()
            .find(|(w, _)| *w == word)
            .map_or(Tok::Word, |&(_, m)| Tok::GluedMonth(m)),
    }
}

/// The value of a day, month or year number of at most `max_len` digits.
fn num(t: Option<&Tok>, max_len: usize) -> Option<(u32, usize, bool)> {
    match t {
        Some(&Tok::Num { n, len, ordinal }) if len <= max_len => Some((n, len, ordinal)),
        _ => None,
    }
}

/// A date beginning at token `i`: (year, month, day, tokens used).
fn date_at(t: &[Tok], i: usize) -> Option<(i32, u32, u32, usize)> {
    let sep_at = |k: usize| match t.get(k) {
        Some(&Tok::Sep(c)) => Some(c),
        _ => None,
    };
    // Skips fillers (and a comma or full stop) from `k`.
    let skip = |mut k: usize| {
        while matches!(t.get(k), Some(Tok::Filler | Tok::Sep(',' | '.'))) {
            k += 1;
        }
        k
    };
    match *t.get(i)? {
        Tok::Num {
            n: a,
            len: la,
            ordinal,
        } => {
            if !ordinal {
                // Numeric: 2023-03-19, 2023/3/19, 2023.03.19, 2023年3月19日,
                // 19.03.2023, 03/19/2023, 19-03-23.
                if let (Some(s1), Some((b, lb, _)), Some(s2), Some((c, lc, _))) = (
                    sep_at(i + 1),
                    num(t.get(i + 2), 2),
                    sep_at(i + 3),
                    num(t.get(i + 4), 4),
                ) {
                    let cjk = matches!((s1, s2), ('年', '月') | ('년', '월'));
                    let same = s1 == s2 && matches!(s1, '-' | '/' | '.');
                    // Not a longer run of numbers (a version, an address).
                    let longer = sep_at(i + 5) == Some(s1) && num(t.get(i + 6), 9).is_some();
                    if (same || cjk) && !longer && lb >= 1 {
                        if la == 4 && lc <= 2 {
                            return Some((a as i32, b, c, 5));
                        }
                        if la <= 2 && !cjk && (lc == 4 || (lc == 2 && s1 != '-')) {
                            let y = if lc == 2 { 2000 + c as i32 } else { c as i32 };
                            let (m, d) = if month_first(s1, a, b) {
                                (a, b)
                            } else {
                                (b, a)
                            };
                            return Some((y, m, d, 5));
                        }
                    }
                }
            }
            // 04-Aug-2021, 04/ago/2021: a month between a day and a year
            // joined by the same hyphen or slash.
            if la <= 2 && !ordinal {
                if let (Some(s1), Some(&(Tok::Month(m) | Tok::GluedMonth(m))), Some(s2)) =
                    (sep_at(i + 1), t.get(i + 2), sep_at(i + 3))
                {
                    if s1 == s2 && matches!(s1, '-' | '/') {
                        if let Some((y, 4, _)) = num(t.get(i + 4), 4) {
                            return Some((y as i32, m, a, 5));
                        }
                    }
                }
            }
            // 19 March 2023, 19. März 2023, 5 de marzo de 2023, 1er mars 2023.
            if la <= 2 {
                let k = skip(i + 1);
                if let Some(&Tok::Month(m)) = t.get(k) {
                    let k = skip(k + 1);
                    if let Some((y, 4, _)) = num(t.get(k), 4) {
                        return Some((y as i32, m, a, k + 1 - i));
                    }
                }
            }
            None
        }
        Tok::Month(m) => {
            // March 19, 2023; Mar. 19th 2023.
            let k = skip(i + 1);
            let (d, _, _) = num(t.get(k), 2)?;
            let k = skip(k + 1);
            let (y, ly, _) = num(t.get(k), 4)?;
            (ly == 4).then_some((y as i32, m, d, k + 1 - i))
        }
        _ => None,
    }
}

/// The time of day just after a date ("at 4:05 pm", "um 10:30 Uhr",
/// "à 14h30", "10:30"): (hour, minute).
fn time_at(t: &[Tok], mut i: usize) -> Option<(u32, u32)> {
    // A separator or a word that introduces the time, at most three.
    for _ in 0..3 {
        match t.get(i) {
            Some(Tok::At | Tok::Sep(',' | '-' | '|' | '@' | '·' | '–' | '—')) => i += 1,
            _ => break,
        }
    }
    let (h, _, _) = num(t.get(i), 2)?;
    let m = match (t.get(i + 1), num(t.get(i + 2), 2)) {
        (Some(Tok::Sep(':') | Tok::At), Some((m, 2, _))) => m,
        _ => return None,
    };
    let mut k = i + 3;
    if t.get(k) == Some(&Tok::Sep(':')) && num(t.get(k + 1), 2).is_some() {
        k += 2;
    }
    let h = match t.get(k) {
        Some(Tok::Meridiem(true)) if h < 12 => h + 12,
        Some(Tok::Meridiem(false)) if h == 12 => 0,
        _ => h,
    };
    (h < 24 && m < 60).then_some((h, m))
}

/// The first date written anywhere in a short line ("Published on March
/// 19, 2023 at 4:05 pm", "Aktualisiert am 19.03.2023, 10:30 Uhr"), with
/// the time after it when one is written, in UTC (a page's visible date
/// states no offset). Words around it are ignored.
fn find_in_text(s: &str) -> Option<Timestamp> {
    // Every date form has a day and a year, two numbers (see `date_at`):
    // a line with fewer runs of digits is not tokenized.
    if digit_runs(s) < 2 {
        return None;
    }
    let t = tokens(s);
    let mut i = 0;
    while i < t.len() {
        // A date does not start inside a longer run of numbers.
        let glued = i >= 2
            && matches!(t[i - 1], Tok::Sep('-' | '/' | '.' | ':'))
            && matches!(t[i - 2], Tok::Num { .. });
        if !glued {
            if let Some((y, m, d, used)) = date_at(&t, i) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    let (h, mi) = time_at(&t, i + used).unwrap_or((0, 0));
                    let time = NaiveTime::from_hms_opt(h, mi, 0).unwrap_or(NaiveTime::MIN);
                    if let Some(ts) = utc().from_local_datetime(&date.and_time(time)).single() {
                        return Some(ts);
                    }
                    i += used;
                    continue;
                }
            }
        }
        i += 1;
    }
    None
}

/// The number of runs of ASCII digits in `s` (the [`Tok::Num`]s of its
/// tokens, up to [`MAX_TOKENS`]).
fn digit_runs(s: &str) -> usize {
    let mut runs = 0;
    let mut in_run = false;
    for b in s.bytes() {
        let digit = b.is_ascii_digit();
        runs += usize::from(digit && !in_run);
        in_run = digit;
    }
    runs
}

/// Whether a short line states a date (any year): the cheap test before
/// the line is kept.
pub(crate) fn find_in_text_unchecked(s: &str) -> Option<Timestamp> {
    find_in_text(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_needs_two_runs_of_digits() {
        assert_eq!(digit_runs("March 19, 2023 at 4:05"), 4);
        assert_eq!(digit_runs("\u{a9} 2023 Harbour Daily"), 1);
        assert_eq!(digit_runs("no digits"), 0);
        assert!(find_in_text("Copyright 2023 March").is_none());
        assert!(find_in_text("March 19, 2023").is_some());
        assert!(find_in_text("19.03.2023").is_some());
        assert!(find_in_text("2023\u{5e74}3\u{6708}19\u{65e5}").is_some());
    }

    #[test]
    fn day_and_time_reads_the_time_anywhere_in_the_line() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 7);
        let at = |line: &str| day_and_time(line).map(|(d, m)| (Some(d) == day, m));
        assert_eq!(
            at("14:32 · 7 December 2026 · Ann Lee"),
            Some((true, 14 * 60 + 32))
        );
        assert_eq!(at("7 december 2026 at 2:32 pm"), Some((true, 14 * 60 + 32)));
        assert_eq!(at("Ann Lee, 7 December 2026"), Some((true, 0)));
        assert_eq!(at("Ann Lee at 14:32"), None);
    }

    #[test]
    fn a_moment_alone_has_no_other_word() {
        for m in [
            "March 2022.",
            "3 March 2022 at 10:00",
            "5th of May, 2021",
            "2019",
            "7 dicembre 2026",
        ] {
            assert!(is_only_moment(m), "{m}");
        }
        for m in [
            "The Valley Ledger",
            "The Ledger in March 2022",
            "",
            "page 12",
        ] {
            assert!(!is_only_moment(m), "{m}");
        }
    }

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
            ("03.19.2023", "2023-03-19"),
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
    fn dates_inside_lines_in_many_languages() {
        let cases = [
            // English, both orders, ordinals, weekday, time after.
            ("Published on March 19, 2023 at 4:05 pm", "2023-03-19 16:05"),
            ("Posted on 19th March 2023", "2023-03-19 00:00"),
            (
                "Last updated: Sun, Mar. 19th, 2023 10:30",
                "2023-03-19 10:30",
            ),
            (
                "By Jane Doe | 5 comments | March 2, 2023",
                "2023-03-02 00:00",
            ),
            ("Updated 3 min read Jan 5, 2024", "2024-01-05 00:00"),
            ("2023. March 19, 2023.", "2023-03-19 00:00"),
            // German.
            (
                "Veröffentlicht am 19. März 2023, 10:30 Uhr",
                "2023-03-19 10:30",
            ),
            ("Aktualisiert am 19.03.2023 um 14:05", "2023-03-19 14:05"),
            ("Stand: 5. Dezember 2022", "2022-12-05 00:00"),
            // French.
            ("Publié le 1er mars 2023 à 14h30", "2023-03-01 14:30"),
            ("Mis à jour le 19 décembre 2022", "2022-12-19 00:00"),
            // Spanish.
            ("Publicado el 5 de marzo de 2023", "2023-03-05 00:00"),
            ("Actualizado: 19 sept. 2022", "2022-09-19 00:00"),
            // Italian.
            (
                "Pubblicato il 12 giugno 2023 alle 09:15",
                "2023-06-12 09:15",
            ),
            // Portuguese.
            ("Publicado em 7 de outubro de 2021", "2021-10-07 00:00"),
            ("Atualizado 3 de março de 2020", "2020-03-03 00:00"),
            // Dutch.
            ("Gepubliceerd op 14 mei 2024", "2024-05-14 00:00"),
            ("bijgewerkt 3 mrt. 2023 om 08:00", "2023-03-03 08:00"),
            // Polish (genitive).
            ("Opublikowano 14 października 2023", "2023-10-14 00:00"),
            ("Data publikacji: 2 lutego 2022", "2022-02-02 00:00"),
            // Numeric orders and ISO inside a line.
            ("Published: 2023-03-19", "2023-03-19 00:00"),
            ("Datum: 19.03.2023", "2023-03-19 00:00"),
            // Month first where the day cannot come first.
            ("11.24.2025", "2025-11-24 00:00"),
            ("posted 03/19/2023", "2023-03-19 00:00"),
            ("posted 19/03/2023", "2023-03-19 00:00"),
            ("Fecha: 19-03-2023", "2023-03-19 00:00"),
            ("2023/3/19 12:00", "2023-03-19 12:00"),
            ("2023年3月19日", "2023-03-19 00:00"),
            ("2023년 3월 19일", "2023-03-19 00:00"),
        ];
        for (input, want) in cases {
            let got = find_in_text(input).map(|t| t.format("%Y-%m-%d %H:%M").to_string());
            assert_eq!(got.as_deref(), Some(want), "{input}");
        }
    }

    #[test]
    fn day_month_year_joined_by_hyphens_or_slashes() {
        let cases = [
            ("on 04-Aug-2021 5:11:10", "2021-08-04 05:11"),
            ("04-AUG-2021", "2021-08-04 00:00"),
            ("by admin on 04-ago-2021", "2021-08-04 00:00"),
            ("Publicado 12/set/2022", "2022-09-12 00:00"),
            ("Atualizado 3-out-2020", "2020-10-03 00:00"),
            ("17-mars-2023", "2023-03-17 00:00"),
        ];
        for (input, want) in cases {
            let got = find_in_text(input).map(|t| t.format("%Y-%m-%d %H:%M").to_string());
            assert_eq!(got.as_deref(), Some(want), "{input}");
        }
        // The words among those abbreviations are no months elsewhere, and
        // the joins must match.
        for bad in [
            "3 days ago 2021",
            "set 4 2021",
            "04 out 2021",
            "04-Aug/2021",
            "4th-Aug-2021",
            "04-Aug-21",
        ] {
            assert_eq!(find_in_text(bad), None, "{bad}");
        }
        assert!(!is_bare_date_line("out of 5 set 2021"));
    }

    #[test]
    fn no_date_in_lines_without_one() {
        for bad in [
            "Version 1.2.3 released",
            "Call 10.0.0.1 or 192.168.1.20",
            "May 2024",
            "3 days ago",
            "Out 5 of 2023 people agree",
            "Set 12 pieces in 2022",
            "Marc 5 2023",
            "Score 19-03-23",
            "2022-02-112023-06-08",
        ] {
            assert_eq!(find_in_text(bad), None, "{bad}");
        }
    }

    #[test]
    fn bare_date_lines() {
        for line in [
            "Friday, December 19, 2025",
            "• November 4th, 2025",
            "8 Oct 2022",
            "03/01/2017",
            "Dec 18, 2025 · 12 min read",
        ] {
            assert!(is_bare_date_line(line), "{line}");
        }
        for line in [
            "offers and is valid November 26 – December 3, 2025.",
            "As of July 31, 2025, the FDA has received reports:",
            "no date here",
        ] {
            assert!(!is_bare_date_line(line), "{line}");
        }
    }

    #[test]
    fn numeric_dates_read_both_ways_when_ambiguous() {
        let days = |s: &str| -> Vec<String> { readings(s).iter().map(|d| d.to_string()).collect() };
        assert_eq!(days("03/10/2023"), ["2023-03-10", "2023-10-03"]);
        assert_eq!(days("09.10.2024"), ["2024-10-09", "2024-09-10"]);
        // Unambiguous: one reading.
        assert_eq!(days("11.24.2025"), ["2025-11-24"]);
        assert_eq!(days("24.11.2025"), ["2025-11-24"]);
        assert_eq!(days("2023-03-10"), ["2023-03-10"]);
        assert_eq!(days("March 10, 2023"), ["2023-03-10"]);
        assert_eq!(days("05/05/2023"), ["2023-05-05"]);
        assert!(days("no date").is_empty());
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

    /// Random lines (free text, and date-like pieces shuffled together)
    /// never panic the parsers, and every date found lies in the range.
    /// `PROPTEST_CASES=1000000` runs it for minutes (the stand-in for the
    /// `dates` fuzz target where cargo-fuzz is not installed).
    mod random {
        use super::*;
        use proptest::prelude::*;

        fn piece() -> impl Strategy<Value = String> {
            prop_oneof![
                (0u32..10_000).prop_map(|n| n.to_string()),
                (0u32..100).prop_map(|n| format!("{n:02}")),
                prop::sample::select(vec![
                    "March",
                    "mars",
                    "März",
                    "marca",
                    "de",
                    "of",
                    "Sept.",
                    "1er",
                    "19th",
                    "am",
                    "pm",
                    "um",
                    "à",
                    "h",
                    "Updated",
                    "Published",
                    "年",
                    "月",
                    "日",
                    "년",
                    "T",
                    "Z",
                    "+01:00",
                    "EST",
                    "ago",
                    "yesterday",
                ])
                .prop_map(str::to_string),
                prop::sample::select(vec![
                    "-", "/", ".", ":", ",", " ", " | ", "·", "\n", "\u{a0}",
                ])
                .prop_map(str::to_string),
                "\\PC{0,3}",
            ]
        }

        proptest! {
            #[test]
            fn parse_date_stays_in_range(
                free in "\\PC{0,130}",
                pieces in prop::collection::vec(piece(), 0..24),
                secs in 0i64..4_000_000_000,
            ) {
                let now = DateTime::from_timestamp(secs, 0).unwrap_or_default();
                let joined: String = pieces.concat();
                for text in [free.as_str(), joined.as_str()] {
                    let latest = now + chrono::Duration::days(1);
                    if let Some(t) = parse_date(text, now) {
                        prop_assert!(t.year() >= MIN_YEAR && t.with_timezone(&Utc) <= latest, "{text:?} -> {t}");
                    }
                    for (_, t) in dates_in_line(text, None, now) {
                        prop_assert!(t.year() >= MIN_YEAR && t.with_timezone(&Utc) <= latest, "{text:?} -> {t}");
                    }
                    let _ = parse_relative(text, now);
                    let _ = label_kind(text);
                }
            }
        }
    }
}
