//! Where a credit's outlet name ends and what a credit's link is about,
//! told by the words around them rather than by a phrase list:
//!
//! - [`date_opens_at`] (`credit.name-before-date`): "First published by
//!   Outlet on May 14, 2024": the name stops at the preposition before a
//!   date, whether the date opens with its day ("on 14 May", "el 14 de
//!   mayo") or its month ("on May 14, 2024", "in March 2023");
//! - [`query_names_host`] (`link.query-names-own-host`): "Add <a
//!   href="…/preferences/source?q=sitename">Site as a preferred source on
//!   Google</a>": a link whose query names the page's own host by its
//!   name label is about this site, not a source;
//! - [`closes_with_glued_credit`] (`credit.glued-at-tail`): "The next
//!   screening is on Friday. — <em>Originally published on <a>…</a> on
//!   14 May.</em>": a credit glued after the post's last sentence is cut
//!   off it; the paragraph is not the outlet's plug.
//!
//! Hooks: [`super::edge_credits::name_before_date`] asks
//! [`date_opens_at`]; the marker's name in [`super::marker`] prefers the
//! name before a date to the whole rest of the line;
//! [`super::story_link::about_own_page`] asks [`query_names_host`];
//! `outlet_or_site_name` asks [`closes_with_glued_credit`] before it
//! takes a tail block for the outlet's promotion.

use super::{BlockCtx, Found};
use crate::article::Inline;

/// Rule `credit.name-before-date` (family `syndication:marker`; it bounds
/// the name a marker gives, it removes nothing itself).
/// Concept: a credit line that dates the original closes with the date
/// after the outlet's name ("… by Outlet on May 14, 2024"); the date's
/// words are not the outlet's.
/// Scope: the words after a credit phrase; at `i`, a lower-case word of
/// letters (a preposition: "on", "el", "em", "le", "am") followed by a
/// word opening with a digit, or by a month ([`super::is_month`]) and
/// then a word opening with a digit; every word after the preposition is
/// a date's ([`date_word`]), so the date closes the text.
/// Note: a name holding a number ("Channel 4 News") has no lower-case
/// word before its number; a month alone after a preposition ("… of May
/// Street Press") is no date without a number after it; a credit glued to
/// the post's prose ("… on May 14, 2024. Residents who…") names no date
/// that closes it: the name is the whole credit sentence's to find.
pub(super) fn date_opens_at(words: &[&str], i: usize) -> bool {
    let Some(prep) = words.get(i) else {
        return false;
    };
    if prep.is_empty() || !prep.chars().all(|c| c.is_alphabetic() && c.is_lowercase()) {
        return false;
    }
    let digit_led =
        |w: Option<&&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let opens = digit_led(words.get(i + 1))
        || words.get(i + 1).is_some_and(|m| month(m)) && digit_led(words.get(i + 2));
    opens && words[i + 1..].iter().all(|w| date_word(w))
}

/// Whether a word, its punctuation trimmed, is a month ([`super::is_month`]).
fn month(w: &str) -> bool {
    super::is_month(&super::lower_case(
        w.trim_matches(|c: char| !c.is_alphanumeric()),
    ))
}

/// Most letters of a date's joiner or clock word ("de", "at", "às",
/// "a.m", "GMT", "Uhr"): a short word, not a sentence's.
const DATE_JOINER_CHARS: usize = 4;

/// Whether a word may be part of a date and the time after it: a number
/// ("14,", "2024.", "9:12"), a month, or a short word in one case
/// ("de", "at", "a.m.", "GMT"), not a capitalised word of prose.
fn date_word(w: &str) -> bool {
    let core = w.trim_matches(|c: char| !c.is_alphanumeric());
    if core.is_empty() || core.starts_with(|c: char| c.is_ascii_digit()) || month(core) {
        return true;
    }
    let mut letters = core.chars().filter(|c| c.is_alphabetic());
    core.chars().count() <= DATE_JOINER_CHARS
        && (letters.clone().all(char::is_lowercase) || letters.all(char::is_uppercase))
}

/// Shortest name label of a host that a query value must spell to name
/// it: a two-letter label ("tv", "fm") is a word a search may hold.
const HOST_LABEL_MIN_CHARS: usize = 4;

/// Query keys that tag a link with who sent the reader (besides the
/// `utm_` family): their value names the referrer, this site, on a link
/// to another.
const TRACKING_KEYS: &[&str] = &["ref", "referrer", "referer", "via", "from", "source_site"];

/// Rule `link.query-names-own-host` (no removal: it keeps a link from
/// being taken as the post's source).
/// Concept: a search engine's "add as a preferred source" page, a
/// follow or a subscribe page of a platform names the site it is about
/// in its query, by the site's host or by the host's name label
/// ("?q=sitename" for `sitename.com`); such a link is about this site.
/// Scope: a query value (lower-cased) equal to the own host `host`
/// (`www.` dropped) without its last label ("sitename" of
/// "sitename.com", "sitename.co" of "sitename.co.uk") or to its first
/// label, of at least [`HOST_LABEL_MIN_CHARS`] characters; not the value
/// of a referrer's tag ([`TRACKING_KEYS`]).
/// Note: a query naming the host itself or a URL on it is told by
/// [`super::story_link::about_own_page`]; an original's link tagged with
/// this site's name (`?utm_source=sitename`, `?ref=sitename`) says who
/// sent the reader there, not what the page is about: it still credits
/// the outlet.
pub(super) fn query_names_host(key: &str, value: &str, host: &str) -> bool {
    let key = key.to_ascii_lowercase();
    if value.chars().count() < HOST_LABEL_MIN_CHARS
        || key.starts_with("utm_")
        || TRACKING_KEYS.contains(&key.as_str())
    {
        return false;
    }
    let Some((without_tld, _)) = host.rsplit_once('.') else {
        return false;
    };
    let first = host.split('.').next().unwrap_or(host);
    value == without_tld || value == first
}

/// Rule `credit.glued-at-tail` (family `syndication:marker`: the credit
/// goes, cut by [`super::credit_lines::cut_tail_credit`]).
/// Concept: the head's rule (`opens_with_glued_credit`: a credit glued
/// before the post's first sentence is no plug) at the other edge: a
/// credit line glued after the post's last sentence names the outlet, and
/// a block naming the outlet is then taken for the outlet's promotion;
/// the credit is cut off and the sentence before it stays.
/// Scope: a block at the post's tail from which
/// [`super::credit_lines::cut_tail_credit`] cuts a credit and leaves text
/// with letters (tried on a copy).
/// Note: a one-sentence plug naming the outlet ("Download the Outlet
/// app.") holds no credit to cut and still goes as the outlet's promotion.
pub(super) fn closes_with_glued_credit(inline: &Inline, ctx: &BlockCtx<'_>) -> bool {
    if !ctx.tail {
        return false;
    }
    let mut copy = inline.clone();
    super::credit_lines::cut_tail_credit(&mut copy, ctx, &mut Found::default());
    copy.text.len() < inline.text.len() && copy.text.chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated(s: &str) -> Option<usize> {
        let words: Vec<&str> = s.split_whitespace().collect();
        (0..words.len()).find(|&i| date_opens_at(&words, i))
    }

    #[test]
    fn a_date_opened_by_its_month_or_its_day_bounds_the_name() {
        assert_eq!(dated("Lakeside Ledger on May 14, 2024."), Some(2));
        assert_eq!(dated("Diario del Valle el 14 de mayo de 2024."), Some(3));
        assert_eq!(dated("Gazette du Nord le 3 mars"), Some(3));
        assert_eq!(dated("Riverside Times in March 2023"), Some(2));
        assert_eq!(dated("Harbour Post on 14 May 2024 at 9:12 GMT."), Some(2));
    }

    #[test]
    fn a_date_followed_by_prose_does_not_close_the_credit() {
        assert_eq!(
            dated("Lakeside Ledger on May 14, 2024. Residents who call waited."),
            None
        );
        assert_eq!(
            dated("Diario del Valle el 14 de mayo de 2024. El pueblo celebra."),
            None
        );
    }

    #[test]
    fn a_month_without_a_number_or_a_capitalised_word_is_no_date() {
        assert_eq!(dated("News of May Street Press"), None);
        assert_eq!(dated("Channel 4 News"), None);
        assert_eq!(dated("The Harbour Courier"), None);
    }

    #[test]
    fn a_query_spelling_the_hosts_name_label_names_the_site() {
        assert!(query_names_host(
            "q",
            "infotimesonline",
            "infotimesonline.com"
        ));
        assert!(query_names_host("q", "morningpost", "morningpost.co.uk"));
        assert!(query_names_host("q", "morningpost.co", "morningpost.co.uk"));
        assert!(!query_names_host("q", "othersite", "infotimesonline.com"));
        assert!(!query_names_host("q", "tv", "tv.example"));
        assert!(!query_names_host("q", "localhost", "localhost"));
    }

    #[test]
    fn a_referrers_tag_naming_the_site_is_no_query_about_it() {
        assert!(!query_names_host(
            "utm_source",
            "morningpost",
            "morningpost.com"
        ));
        assert!(!query_names_host("ref", "morningpost", "morningpost.com"));
    }
}
