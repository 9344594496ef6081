//! Text patterns of whole blocks: interface labels ("Advertisement"),
//! teaser, credit and legal lines, bylines, author bios and bare date lines.

use super::tuning::{BIO_MAX_LEN, BYLINE_MAX_LEN, LABEL_MAX_LEN, LINE_MAX_LEN};

/// Whole blocks with exactly one of these texts (case-insensitive, outer
/// punctuation ignored) are interface labels, not article text.
#[rustfmt::skip]
pub const LABELS: &[&str] = &[
    "advertisement", "advertisment", "advertising", "ad", "ads", "sponsored", "sponsored content",
    "paid content", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "reklama",
    "story continues below advertisement", "article continues below advertisement",
    "continue reading below", "article continues below", "story continues below",
    "scroll to continue", "scroll to continue with content", "skip advertisement",
    "advertisement - scroll to continue", "continue reading", "read more", "readmore", "show more", "see more", "load more", "share", "share this",
    "share this article", "share this story", "share on facebook", "share on twitter", "tweet",
    "email", "print", "comments", "comment", "loading", "close", "menu", "skip to content",
    "back to top", "subscribe", "sign up", "log in", "sign in", "click to enlarge",
    "toggle caption", "hide caption", "enlarge this image", "view comments", "listen",
    "listen to this article", "play", "watch", "photo", "video", "editors' recommendations",
    "editors’ recommendations", "recommended", "recommended for you", "related",
    "related articles", "related stories", "related posts", "related content", "more from",
    "in this article", "you may also like", "you might also like", "read next", "most popular",
    "most read", "trending", "trending now", "more stories", "latest news", "popular",
    "top stories", "more on this story", "more like this", "what to read next",
    // An ad slot's label in other scripts and languages: Russian and
    // Ukrainian, Turkish, Indonesian and Malay, Vietnamese, Arabic (with
    // and without the hamza), Chinese (simplified and traditional),
    // Japanese (and its blogs' "sponsored link").
    "реклама", "reklam", "sponsorlu", "sponsorlu içerik", "iklan", "quảng cáo", "إعلان",
    "اعلان", "إعلانات", "广告", "廣告", "广告位", "広告", "スポンサーリンク",
];

/// Greetings that open a chat widget's bubble ("👋 Hi, how can we help?"):
/// a short line starting with one of these (then `,`, `!`, `.` or a space)
/// and asking or exclaiming is a widget line.
pub const GREETINGS: &[&str] = &[
    "hi", "hello", "hey", "hola", "bonjour", "hallo", "olá", "ciao",
];

/// Short blocks starting with one of these are "the article goes on below
/// the ad" notices.
#[rustfmt::skip]
pub const LABEL_PREFIXES: &[&str] = &[
    "article continues below", "story continues below", "continue reading below",
    "content continues below", "advertisement - ", "advertisement: ",
];

/// Words that name an ad, lowercase: with a word of [`CONTINUE_WORDS`] in
/// a short line, a "the article continues after the ad" notice in any of
/// its wordings ("La noticia continúa tras la publicidad").
#[rustfmt::skip]
pub const AD_WORDS: &[&str] = &[
    "ad", "ads", "advert", "advertisement", "advertisements", "advertising", "anzeige",
    "anzeigen", "werbung", "publicité", "publicités", "pub", "publicidad", "anuncio",
    "anuncios", "publicidade", "anúncio", "anúncios", "pubblicità", "annuncio", "reklama",
];

/// Verbs of a share button's label in the UI languages, lowercase: the
/// infinitive, the imperative and the noun a share bar prints before its
/// platform buttons ("Share", "Teilen", "Partager", "Compartir",
/// "Condividi"). With only [`SHARE_OBJECTS`] beside it, a short line is
/// the bar's label ("Condividi l'articolo", "Diesen Artikel teilen").
#[rustfmt::skip]
pub const SHARE_VERBS: &[&str] = &[
    "share", "teilen", "partager", "partagez", "partage", "compartir", "comparte", "compartí",
    "compartilhar", "compartilhe", "partilhar", "partilhe", "condividi", "condividere", "delen",
    "deel",
];

/// What a share label says is shared, with its articles and
/// demonstratives, lowercase: the post ("this article", "l'articolo",
/// "den Beitrag"), the page or the news, in the languages of
/// [`SHARE_VERBS`]. Alone they are prose; they count only beside a share
/// verb.
#[rustfmt::skip]
pub const SHARE_OBJECTS: &[&str] = &[
    "this", "the", "article", "post", "story", "page", "news", "diesen", "den", "artikel",
    "beitrag", "seite", "cet", "cette", "l", "la", "le", "publication", "actualité",
    "este", "esta", "el", "artículo", "noticia", "publicación", "página", "nota", "o", "a",
    "artigo", "notícia", "matéria", "questo", "questa", "lo", "articolo", "notizia", "pagina",
    "dit", "het", "bericht",
];

/// Words that say the article goes on, lowercase (see [`AD_WORDS`]).
#[rustfmt::skip]
pub const CONTINUE_WORDS: &[&str] = &[
    "continues", "continue", "continued", "fortgesetzt", "weiter", "weiterlesen", "suite",
    "continúa", "sigue", "continua", "segue", "prosegue",
];

/// Short blocks (under 200 bytes) starting with one of these, case-insensitive,
/// are teasers, credits or legal lines, not article prose.
#[rustfmt::skip]
pub const LINE_PREFIXES: &[&str] = &[
    "related:", "related story:", "related stories:", "related article:", "related articles:",
    "read more:", "read more at", "read also:", "also read:", "also:", "see also:", "more:",
    "must read:", "must watch", "watch:", "watch now:", "listen:", "recommended:", "read next:",
    "don't miss:", "trending:", "click here", "tap here", "sign up for", "subscribe to",
    "copyright", "©", "(c) 20", "image credit", "photo credit", "image source:", "photo:",
    "image:", "credit:", "tags:", "filed under:", "topics:", "categories:",
    // "filed under" (a post's category label) in the other UI languages
    "filed in:", "archivado en:", "archivada en:", "classé dans:", "classé dans :",
    "classé sous:", "classé sous :", "archiviato in:", "archiviato sotto:", "arquivado em:",
    "abgelegt unter:", "abgelegt in:", "gearchiveerd onder:",
];

/// Short blocks containing one of these, case-insensitive, are legal lines
/// or credits.
#[rustfmt::skip]
pub const LINE_CONTAINS: &[&str] = &[
    "all rights reserved", "contributed to this report", "contributed to this story",
    "contributed reporting", "may not be published, broadcast", "may receive compensation",
    "credit:", "getty images", "delivered to your inbox", "may contain advertising",
    "includes information from",
];

/// What told a dropped line, as the test that decided passes it on (for
/// the explain report): a pattern of a typed list rule, or a test that is
/// no list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineRule {
    /// The list the test read and the pattern that matched.
    List(&'static [&'static str], &'static str),
    /// A test that is no list, by its id (`label.date-line`, `line.byline`).
    Check(&'static str),
    /// An author's bio, by the job word it names.
    Bio(&'static str),
}

impl LineRule {
    /// The rule part of a reason: `label.exact("advertisement")`,
    /// `line.byline`, `line.author-bio("reporter")`.
    pub(crate) fn describe(self) -> String {
        match self {
            LineRule::List(list, p) => format!("{}({p:?})", super::phrases::list_rule(list)),
            LineRule::Check(id) => id.to_string(),
            LineRule::Bio(job) => format!("line.author-bio({job:?})"),
        }
    }
}

/// Whether a short block is a teaser, credit or legal line (see
/// [`LINE_PREFIXES`] and [`LINE_CONTAINS`]).
#[cfg(test)]
pub(crate) fn is_boilerplate_line(text: &str) -> bool {
    boilerplate_rule(text).is_some()
}

/// What makes a short block a teaser, credit or legal line: a pattern of
/// [`LINE_PREFIXES`] or [`LINE_CONTAINS`], or a byline.
pub(crate) fn boilerplate_rule(text: &str) -> Option<LineRule> {
    let t = text.trim();
    if t.len() >= LINE_MAX_LEN {
        return None;
    }
    let mut buf = [0u8; LINE_MAX_LEN];
    let lower = lowercase_in(t, &mut buf);
    if let Some(p) = first_prefix(LINE_PREFIXES, &LINE_PREFIXES_BY_FIRST, &lower) {
        return Some(LineRule::List(LINE_PREFIXES, p));
    }
    if let Some(c) = first_contained(&lower) {
        return Some(LineRule::List(LINE_CONTAINS, c));
    }
    is_byline(t).then_some(LineRule::Check("line.byline"))
}

/// `text` lower-cased as [`str::to_lowercase`] does it: an ASCII text
/// that fits `buf` (most lines) is lower-cased in `buf`, without an
/// allocation; any other is lower-cased the Unicode way.
fn lowercase_in<'b>(text: &str, buf: &'b mut [u8]) -> std::borrow::Cow<'b, str> {
    if text.is_ascii() {
        if let Some(out) = buf.get_mut(..text.len()) {
            out.copy_from_slice(text.as_bytes());
            out.make_ascii_lowercase();
            // ASCII bytes are UTF-8: the check cannot fail.
            if let Ok(lower) = std::str::from_utf8(out) {
                return std::borrow::Cow::Borrowed(lower);
            }
        }
    }
    std::borrow::Cow::Owned(text.to_lowercase())
}

/// For each byte, the patterns of a list of at most 128 (bit `k` for the
/// `k`th) that start with it: [`first_prefix`] compares only those.
const fn by_first_byte(list: &[&str]) -> [u128; 256] {
    assert!(list.len() <= 128);
    let mut t = [0u128; 256];
    let mut k = 0;
    while k < list.len() {
        let p = list[k].as_bytes();
        // An empty pattern would start every text: none is listed.
        assert!(!p.is_empty());
        t[p[0] as usize] |= 1 << k;
        k += 1;
    }
    t
}

/// [`by_first_byte`] of [`LINE_PREFIXES`].
static LINE_PREFIXES_BY_FIRST: [u128; 256] = by_first_byte(LINE_PREFIXES);
/// [`by_first_byte`] of [`LABEL_PREFIXES`].
static LABEL_PREFIXES_BY_FIRST: [u128; 256] = by_first_byte(LABEL_PREFIXES);

/// The first pattern of `list`, in its order, that `text` starts with.
/// Only the patterns that start with the text's first byte (`by_first`,
/// [`by_first_byte`] of `list`) are compared, in the list's order (most
/// lines are asked of none).
fn first_prefix(
    list: &'static [&'static str],
    by_first: &[u128; 256],
    text: &str,
) -> Option<&'static str> {
    let first = *text.as_bytes().first()?;
    let mut candidates = by_first[usize::from(first)];
    while candidates != 0 {
        let k = candidates.trailing_zeros() as usize;
        candidates &= candidates - 1;
        match list.get(k) {
            Some(p) if text.starts_with(*p) => return Some(*p),
            _ => {}
        }
    }
    None
}

/// The first pattern of [`LINE_CONTAINS`], in its order, that `lower`
/// holds: one pass over the text, comparing at each byte only the patterns
/// that start with it ([`CONTAINS_BY_BYTE`]), instead of one substring
/// search (and its searcher's setup) a pattern.
fn first_contained(lower: &str) -> Option<&'static str> {
    let b = lower.as_bytes();
    // The first listed pattern seen so far, and the patterns listed before
    // it (bit `k` for the `k`th): the ones still worth finding.
    let mut best = None;
    let mut wanted = (1u32 << LINE_CONTAINS.len()) - 1;
    // Every pattern has two bytes or more: one starts at the byte before
    // `c` only if its first byte is that byte's and its second is `c`.
    // One table load a byte ([`CONTAINS_BY_BYTE`]).
    let mut after_first = 0u32;
    for (i, &c) in b.iter().enumerate() {
        let by_byte = CONTAINS_BY_BYTE[usize::from(c)];
        let mut candidates = after_first & (by_byte >> 32) as u32 & wanted;
        after_first = by_byte as u32;
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            let Some(p) = LINE_CONTAINS.get(k).map(|p| p.as_bytes()) else {
                break;
            };
            if b.get(i.wrapping_sub(1)..)
                .is_some_and(|rest| rest.starts_with(p))
            {
                // Lower bits are earlier patterns: the rest here are later.
                best = Some(k);
                wanted = (1u32 << k) - 1;
                break;
            }
        }
        if wanted == 0 {
            break;
        }
    }
    best.and_then(|k| LINE_CONTAINS.get(k)).copied()
}

/// For each byte, the [`LINE_CONTAINS`] patterns (bit `k` for the `k`th)
/// that start with it (the low 32 bits), and those whose second byte it is
/// (the high 32 bits).
static CONTAINS_BY_BYTE: [u64; 256] = {
    // One bit a pattern.
    assert!(LINE_CONTAINS.len() <= 32);
    let mut t = [0u64; 256];
    let mut k = 0;
    while k < LINE_CONTAINS.len() {
        let p = LINE_CONTAINS[k].as_bytes();
        // `first_contained` finds a pattern by its first two bytes.
        assert!(p.len() >= 2);
        t[p[0] as usize] |= 1 << k;
        t[p[1] as usize] |= 1 << (k + 32);
        k += 1;
    }
    t
};

/// "By Jane Roe", "BY JANE ROE AND JOHN DOE", "ByThe Associated Press":
/// a short line naming the authors.
fn is_byline(t: &str) -> bool {
    if t.len() > BYLINE_MAX_LEN || t.ends_with(['.', '?', '!', ':']) {
        return false;
    }
    let rest = t
        .strip_prefix("By")
        .or_else(|| t.strip_prefix("BY"))
        .or_else(|| t.strip_prefix("by "));
    rest.is_some_and(|r| {
        let r = r.trim_start_matches([' ', ':']);
        r.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Job words of an author's bio line ("Jane Roe is a reporter covering ...").
#[rustfmt::skip]
const BIO_JOBS: &[&str] = &[
    "reporter", "editor", "writer", "correspondent", "journalist", "contributor", "columnist",
    "author", "producer", "freelance",
];

/// Whether a block at the end of an article is the author's bio.
#[cfg(test)]
pub(crate) fn is_author_bio(text: &str) -> bool {
    author_bio_job(text).is_some()
}

/// The job word ([`BIO_JOBS`]) of a block at the end of an article that is
/// the author's bio.
pub(crate) fn author_bio_job(text: &str) -> Option<&'static str> {
    let t = text.trim();
    if t.len() > BIO_MAX_LEN {
        return None;
    }
    // "<Capitalised Name of 1-4 words> is a|an|the ... <job>".
    let words: Vec<&str> = t.split_whitespace().take(7).collect();
    let verb = words
        .iter()
        .position(|w| *w == "is" || *w == "was" || *w == "covers")?;
    let name_ok = (1..=4).contains(&verb)
        && words[..verb]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !name_ok {
        return None;
    }
    let lower = t.to_lowercase();
    BIO_JOBS.iter().find(|j| lower.contains(*j)).copied()
}

/// Words besides numbers and month names that a date line may hold.
#[rustfmt::skip]
const DATE_WORDS: &[&str] = &[
    "am", "pm", "at", "on", "updated", "published", "posted", "modified", "last", "utc", "gmt",
    "est", "et", "pt", "edt", "pst", "cet", "cest", "bst", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
];

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Whether a block's whole text is an interface label (see [`LABELS`] and
/// [`LABEL_PREFIXES`]) or a bare date line.
#[cfg(test)]
pub(crate) fn is_label(text: &str) -> bool {
    label_rule(text).is_some()
}

/// [`by_first_byte`] of [`LABELS`].
static LABELS_BY_FIRST: [u128; 256] = by_first_byte(LABELS);

/// The first of [`LABELS`], in its order, that `lower` is: only the labels
/// that start with its first byte are compared.
fn exact_label(lower: &str) -> Option<&'static str> {
    let first = *lower.as_bytes().first()?;
    let mut candidates = LABELS_BY_FIRST[usize::from(first)];
    while candidates != 0 {
        let k = candidates.trailing_zeros() as usize;
        candidates &= candidates - 1;
        match LABELS.get(k) {
            Some(l) if *l == lower => return Some(*l),
            _ => {}
        }
    }
    None
}

/// What makes a block's whole text an interface label: a pattern of
/// [`LABELS`] or [`LABEL_PREFIXES`], or a bare date line.
pub(crate) fn label_rule(text: &str) -> Option<LineRule> {
    let t = text.trim_matches(|c: char| !c.is_alphanumeric());
    if t.is_empty() || t.len() > LABEL_MAX_LEN {
        return None;
    }
    let mut buf = [0u8; LABEL_MAX_LEN];
    let lower = lowercase_in(t, &mut buf);
    if let Some(l) = exact_label(&lower) {
        return Some(LineRule::List(LABELS, l));
    }
    if let Some(p) = first_prefix(LABEL_PREFIXES, &LABEL_PREFIXES_BY_FIRST, &lower) {
        return Some(LineRule::List(LABEL_PREFIXES, p));
    }
    if is_ad_notice(&lower) {
        return Some(LineRule::Check("label.ad-notice"));
    }
    // The block as written: a closing full stop makes a sentence.
    let sentence = text.trim_end().ends_with(['.', '!', '?']);
    if !sentence && is_share_label(&lower) {
        return Some(LineRule::Check("label.share-line"));
    }
    is_date_line(&lower).then_some(LineRule::Check("label.date-line"))
}

/// The first bytes of a word list's words: [`listed`] compares a word
/// with the list only when its first byte opens one of them (most words
/// open none).
const fn first_bytes(list: &[&str]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut k = 0;
    while k < list.len() {
        let w = list[k].as_bytes();
        // An empty word would need no first byte: none is listed.
        assert!(!w.is_empty());
        t[w[0] as usize] = true;
        k += 1;
    }
    t
}

/// [`first_bytes`] of [`AD_WORDS`].
static AD_FIRST_BYTES: [bool; 256] = first_bytes(AD_WORDS);
/// [`first_bytes`] of [`CONTINUE_WORDS`].
static CONTINUE_FIRST_BYTES: [bool; 256] = first_bytes(CONTINUE_WORDS);
/// [`first_bytes`] of [`SHARE_VERBS`].
static SHARE_VERB_FIRST_BYTES: [bool; 256] = first_bytes(SHARE_VERBS);
/// [`first_bytes`] of [`SHARE_OBJECTS`].
static SHARE_OBJECT_FIRST_BYTES: [bool; 256] = first_bytes(SHARE_OBJECTS);

/// Whether `word` is one of `list`, whose [`first_bytes`] are `first`.
fn listed(word: &str, list: &[&str], first: &[bool; 256]) -> bool {
    word.as_bytes()
        .first()
        .is_some_and(|&b| first[usize::from(b)])
        && list.contains(&word)
}

/// Words of an "article continues after the ad" notice at most.
const AD_NOTICE_WORDS: usize = 10;

/// "La noticia continúa tras la publicidad", "Der Artikel wird unter der
/// Anzeige fortgesetzt": a short line (no sentence: it ends in no full
/// stop) holding a word that names an ad ([`AD_WORDS`]) and one that says
/// the article goes on ([`CONTINUE_WORDS`]).
fn is_ad_notice(lower: &str) -> bool {
    if lower.ends_with(['.', '!', '?']) {
        return false;
    }
    // One pass over the words, without gathering them.
    let (mut ad, mut goes_on) = (false, false);
    let words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    for (n, w) in words.enumerate() {
        if n >= AD_NOTICE_WORDS {
            return false;
        }
        ad |= listed(w, AD_WORDS, &AD_FIRST_BYTES);
        goes_on |= listed(w, CONTINUE_WORDS, &CONTINUE_FIRST_BYTES);
    }
    ad && goes_on
}

/// Words of a share bar's label at most ("Partagez cet article sur").
const SHARE_LABEL_WORDS: usize = 5;

/// A share bar's label left as a line of its own when its buttons went
/// ("Condividi l'articolo", "Comparte este artículo", "Diesen Artikel
/// teilen"): a short line, no sentence (the caller asks for no closing
/// full stop), whose words
/// are a share verb ([`SHARE_VERBS`]) and what is shared
/// ([`SHARE_OBJECTS`]), nothing else. "Share prices fell" or "Condividi le
/// tue idee con noi" hold other words and stay.
fn is_share_label(lower: &str) -> bool {
    let mut words = 0;
    let mut verb = false;
    for w in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if words > SHARE_LABEL_WORDS {
            return false;
        }
        if listed(w, SHARE_VERBS, &SHARE_VERB_FIRST_BYTES) {
            verb = true;
        } else if !listed(w, SHARE_OBJECTS, &SHARE_OBJECT_FIRST_BYTES) {
            return false;
        }
    }
    verb
}

/// "Dec 20, 2023", "20 December 2023 10:41", "2023-12-20": a block that is
/// only a date (and maybe a time) is page furniture, not prose.
fn is_date_line(lower: &str) -> bool {
    // A year opens with "19" or "20": a line without either holds none
    // (most lines: told without reading their words).
    if !lower
        .as_bytes()
        .windows(2)
        .any(|w| w == b"19" || w == b"20")
    {
        return false;
    }
    let words = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '-' | '.' | '|'))
        .filter(|w| !w.is_empty());
    let is_year = |w: &&str| {
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
    };
    let date_word = |w: &&str| {
        let w = w.trim_end_matches(':');
        w.bytes().all(|b| b.is_ascii_digit() || b == b':')
            || MONTHS.iter().any(|m| w.starts_with(m))
            || DATE_WORDS.contains(&w)
    };
    // One pass over the words, without gathering them: two to seven, all
    // date words, a year among them.
    let (mut n, mut year) = (0, false);
    for w in words {
        n += 1;
        if n > 7 || !date_word(&w) {
            return false;
        }
        year |= is_year(&w);
    }
    n >= 2 && year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_lines_and_bios() {
        assert!(is_boilerplate_line(
            "RELATED: Ten things to know about the budget"
        ));
        assert!(is_boilerplate_line(
            "Copyright 2024 Example Media. All rights reserved."
        ));
        assert!(is_boilerplate_line("Jane Roe contributed to this report."));
        assert!(!is_boilerplate_line(
            "Related research has shown the same effect in mice."
        ));
        assert!(is_boilerplate_line("By Jane Roe and John Doe"));
        assert!(is_boilerplate_line("ByThe Associated Press"));
        assert!(!is_boilerplate_line(
            "By Friday, the river had risen two metres."
        ));
        assert!(is_author_bio(
            "Jane Roe is a reporter covering the valley's food scene."
        ));
        assert!(!is_author_bio(
            "The mayor is a former teacher who grew up in the valley."
        ));
        assert!(!is_author_bio(
            "Though the screenwriting realm is a bit chaotic, writers go on."
        ));
    }

    #[test]
    fn a_line_is_named_by_the_first_listed_pattern_it_holds() {
        // What a search pattern by pattern in the list's order finds.
        let listed = |s: &str| {
            let lower = s.to_lowercase();
            LINE_CONTAINS.iter().find(|c| lower.contains(**c)).copied()
        };
        for s in [
            // "getty images" stands first in the text, "credit:" first in
            // the list.
            "Getty Images photo, credit: Jane Roe",
            "Credit: Getty Images",
            "Jane Roe contributed reporting. All rights reserved.",
            "contributed to this repor",
            "Contributed to this story and contributed to this report",
            "May not be published, broadcast or rewritten",
            "mmay receive compensationn",
            "",
            "a",
            "Plain prose about the council's budget.",
        ] {
            assert_eq!(first_contained(&s.to_lowercase()), listed(s), "{s:?}");
        }
        assert_eq!(
            boilerplate_rule("Getty Images photo, credit: Jane Roe").map(LineRule::describe),
            Some("line.contains(\"credit:\")".to_string())
        );
    }

    #[test]
    fn indexed_lookups_agree_with_reading_the_lists_in_order() {
        let texts = [
            "Advertisement",
            "advertisement - scroll to continue",
            "Related: the budget",
            "related stories: three more",
            "© 2024 The Paper",
            "(c) 2024",
            "Photo: Jane Roe",
            "Sponsorlu İçerik",
            "РЕКЛАМА",
            "Straße",
            "Read more at the source",
            "",
            "s",
            "share this",
            "Plain prose about the council's budget.",
        ];
        for text in texts {
            let mut buf = [0u8; 64];
            assert_eq!(
                lowercase_in(text, &mut buf),
                text.to_lowercase(),
                "{text:?}"
            );
            let lower = text.to_lowercase();
            assert_eq!(
                exact_label(&lower),
                LABELS.iter().find(|l| **l == lower).copied(),
                "{text:?}"
            );
            for (list, by_first) in [
                (LINE_PREFIXES, &LINE_PREFIXES_BY_FIRST),
                (LABEL_PREFIXES, &LABEL_PREFIXES_BY_FIRST),
            ] {
                assert_eq!(
                    first_prefix(list, by_first, &lower),
                    list.iter().find(|p| lower.starts_with(**p)).copied(),
                    "{text:?}"
                );
            }
        }
        // A text longer than the buffer is lowered the Unicode way.
        let long = "ABC".repeat(30);
        assert_eq!(lowercase_in(&long, &mut [0u8; 8]), long.to_lowercase());
    }

    #[test]
    fn labels_and_date_lines() {
        assert!(is_label("Advertisement"));
        assert!(is_label("Реклама"));
        assert!(is_label("广告"));
        assert!(is_label("Quảng cáo"));
        assert!(!is_label("Реклама, cookie и подписки"));
        assert!(is_label("  ADVERTISEMENT  "));
        assert!(is_label("Article continues below this ad"));
        assert!(is_label("Dec 20, 2023"));
        assert!(is_label("Posted: Sunday 23 August 2026"));
        assert!(is_label("Updated: 20.12.2023 10:41"));
        assert!(!is_label("May 2023 was the warmest month on record."));
        assert!(!is_label("Advertisement revenue fell by a third in 2023."));
        assert!(is_label("Condividi l’articolo"));
        assert!(is_label("Comparte este artículo"));
        assert!(is_label("Diesen Artikel teilen:"));
        assert!(is_label("Partager"));
        assert!(!is_label("Share prices fell"));
        assert!(!is_label("Condividi le tue idee con noi"));
        assert!(!is_label("Partager la page."));
        assert!(!is_label("Le article"));
    }

    #[test]
    fn a_line_names_the_list_and_the_pattern_that_decided() {
        let rule = |r: Option<LineRule>| r.map(LineRule::describe);
        assert_eq!(
            rule(label_rule("  ADVERTISEMENT ")).as_deref(),
            Some("label.exact(\"advertisement\")")
        );
        assert_eq!(
            rule(label_rule("Article continues below this ad")).as_deref(),
            Some("label.prefix(\"article continues below\")")
        );
        assert_eq!(
            rule(label_rule("Dec 20, 2023")).as_deref(),
            Some("label.date-line")
        );
        assert_eq!(
            rule(boilerplate_rule("RELATED: Ten things to know")).as_deref(),
            Some("line.prefix(\"related:\")")
        );
        assert_eq!(
            rule(boilerplate_rule("Jane Roe contributed to this report.")).as_deref(),
            Some("line.contains(\"contributed to this report\")")
        );
        assert_eq!(
            rule(boilerplate_rule("By Jane Roe")).as_deref(),
            Some("line.byline")
        );
        assert_eq!(
            author_bio_job("Jane Roe is a reporter covering the valley."),
            Some("reporter")
        );
        assert_eq!(
            LineRule::Bio("reporter").describe(),
            "line.author-bio(\"reporter\")"
        );
    }
}
