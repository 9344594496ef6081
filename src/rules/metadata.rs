//! The metadata reader's word lists as typed data: which class, id, role,
//! element and meta-key words mark a byline, a date, a comment thread or a
//! menu, and the separators between a headline and the site's name in a
//! `<title>`.
//!
//! Each [`MetaRule`] states its [`MetaScope`] (what its pattern is
//! compared with) and its [`Effect`] (whether a match names the concept,
//! vetoes it, or hides a longer word that holds the pattern). The reader
//! asks [`names`] whether a value names a [`MetaConcept`]; no other list
//! of these words exists in the crate.

/// What a metadata word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetaConcept {
    /// A class/id naming a byline (its text names the authors).
    BylineName,
    /// A class/id naming the publication date or an article info line (its
    /// text is a date line).
    DateName,
    /// An element, role or class/id of the site's navigation, where a
    /// "By …" line is a menu entry ("By Category"), not a byline.
    Menu,
    /// An element whose "By …" line credits a photographer.
    Figure,
    /// A class/id of a comment thread, whose bylines and dates are the
    /// commenters'.
    Comments,
    /// A `<time>` class marking the update time.
    TimeUpdated,
    /// A `<time>` class marking the publication time.
    TimePublished,
    /// A visible date line's class labelling it as the update.
    LineUpdated,
    /// A visible date line's class labelling it as the publication.
    LinePublished,
    /// A date meta key (one the known key lists lack) naming the update.
    MetaKeyUpdated,
    /// A date meta key naming the publication.
    MetaKeyPublished,
    /// An element whose dates are not the page's: a visible date line
    /// inside one is not read.
    ForeignDates,
    /// A class/id marking an `h1` as the site's logo (its text is the
    /// site's name, not the headline).
    Logo,
}

impl MetaConcept {
    /// The concept's name, the first part of its rules' ids.
    pub fn name(self) -> &'static str {
        match self {
            MetaConcept::BylineName => "byline-name",
            MetaConcept::DateName => "date-name",
            MetaConcept::Menu => "menu",
            MetaConcept::Figure => "figure",
            MetaConcept::Comments => "comments",
            MetaConcept::TimeUpdated => "time-updated",
            MetaConcept::TimePublished => "time-published",
            MetaConcept::LineUpdated => "line-updated",
            MetaConcept::LinePublished => "line-published",
            MetaConcept::MetaKeyUpdated => "meta-key-updated",
            MetaConcept::MetaKeyPublished => "meta-key-published",
            MetaConcept::ForeignDates => "foreign-dates",
            MetaConcept::Logo => "logo",
        }
    }
}

/// What a metadata rule's pattern is compared with. Comparisons ignore
/// ASCII case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetaScope {
    /// Anywhere in the value (the element's class and id together, or a
    /// meta key): `author` in `post-author-name`, `date` in `updated`.
    Substring,
    /// A whole part of a class/id value split at whitespace, `-` and `_`:
    /// `nav` in `main-nav` and `nav_item`, not in `navy` or `navTop`.
    /// Read on lists, list items, links and `<menu>` only (a page wrapper's
    /// state class says `nav-open`).
    Part,
    /// The first token of a class/id word, up to a separator or a case
    /// change: `comment` in `comment-list` and `commentBody`, not in
    /// `commentary` or `post-comment`.
    FirstToken,
    /// The end of a class/id word after a hyphen: `open` in
    /// `comments-open`, not in `reopen`.
    WordEnd,
    /// The whole `role` attribute.
    Role,
    /// The element's name.
    Element,
}

/// What a match says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Effect {
    /// The value names the concept.
    Names,
    /// The value does not name the concept, whatever else matches.
    Vetoes,
    /// A longer word holding a [`Effect::Names`] pattern, taken out before
    /// the patterns are looked for (`authority` is no `author`).
    Hides,
}

/// One entry of the metadata vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MetaRule {
    /// Stable name, `<concept>.<pattern>` (`.not-` before a veto's
    /// pattern, `.hide-` before a hidden word).
    pub id: &'static str,
    /// What a match is about.
    pub concept: MetaConcept,
    /// Lowercase ASCII.
    pub pattern: &'static str,
    /// What the pattern is compared with.
    pub scope: MetaScope,
    /// What a match says.
    pub effect: Effect,
    /// Why the entry exists, and its caveats.
    pub note: &'static str,
}

/// Rules of one concept, scope and effect sharing a note.
macro_rules! group {
    ($name:literal $concept:ident, $scope:ident, $effect:ident, $note:literal: [$($p:literal),* $(,)?]) => {
        [$(MetaRule {
            id: concat!($name, $p),
            concept: MetaConcept::$concept,
            pattern: $p,
            scope: MetaScope::$scope,
            effect: Effect::$effect,
            note: $note,
        }),*]
    };
}

/// The metadata vocabulary.
#[rustfmt::skip]
pub const META_RULES: &[MetaRule] = table![MetaRule;
    group!("byline-name." BylineName, Substring, Names,
        "Readability's byline words; `writtenby` for the run-together form.":
        ["byline", "author", "writtenby"]),
    group!("byline-name.hide-" BylineName, Substring, Hides,
        "A page's `authority` box (a trust badge, a domain score) names no author.":
        ["authority"]),
    group!("byline-name.not-" BylineName, Substring, Vetoes,
        "An author's biography, avatar, photo, follow or more-by links, or a commenter: \
         the text is no byline of this article.":
        ["bio", "about", "avatar", "image", "photo", "img", "follow", "more", "social",
         "comment"]),
    group!("date-name." DateName, Substring, Names,
        "Class/id words of the date beside the byline; `general-info` is a CMS's info line \
         holding the date.":
        ["date", "publish", "timestamp", "general-info"]),
    group!("date-name.not-" DateName, Substring, Vetoes,
        "The update date: read from its own sources, not as the publication date.":
        ["update", "modif"]),
    group!("menu.element-" Menu, Element, Names,
        "The navigation landmark.":
        ["nav"]),
    group!("menu.role-" Menu, Role, Names,
        "ARIA roles of menus and their items.":
        ["navigation", "menu", "menubar", "menuitem"]),
    group!("menu." Menu, Part, Names,
        "Class/id parts of a menu's lists, items and links (`main-nav`, `menu__item`).":
        ["nav", "navigation", "navbar", "menu", "submenu", "megamenu", "menubar"]),
    group!("figure.element-" Figure, Element, Names,
        "A figure and its caption: a \"By …\" line there credits the photographer.":
        ["figure", "figcaption"]),
    group!("comments." Comments, FirstToken, Names,
        "Comment threads (`comment-list`, `commentBody`, `comments`); `commentary` is an \
         opinion section, and `post-comment` a link to the thread.":
        ["comment", "comments", "commentlist"]),
    group!("comments.not-" Comments, WordEnd, Vetoes,
        "A state class saying the thread is open or closed: the element is the article.":
        ["open", "closed"]),
    group!("time-updated." TimeUpdated, Substring, Names,
        "A `<time>` marked as the last update (`updated`, `date-modified`); WordPress themes \
         mark the publication time `entry-date updated` too, which another source corrects.":
        ["updated", "modified"]),
    group!("time-published." TimePublished, Substring, Names,
        "A `<time>` marked as the publication time (`published`, `publish-date`).":
        ["publish"]),
    group!("line-updated." LineUpdated, Substring, Names,
        "A date line's class naming the update (`updated`, `modified`, `modification`).":
        ["updated", "modif"]),
    group!("line-published." LinePublished, Substring, Names,
        "A date line's class naming the publication (`published`, `posted-on`, \
         WordPress's `entry-date`).":
        ["publish", "posted", "entry-date"]),
    group!("meta-key-updated." MetaKeyUpdated, Substring, Names,
        "Date metas the known key lists lack (`page-last-updated`, `cdc:last_updated`).":
        ["modif", "updated", "last_update"]),
    group!("meta-key-published." MetaKeyPublished, Substring, Names,
        "Date metas the known key lists lack (`w-published-date`, `article_publish_date`).":
        ["publish", "pubdate", "release_date"]),
    group!("meta-key-published.not-" MetaKeyPublished, Substring, Vetoes,
        "An expiry date, and the publisher's name, are no publication date.":
        ["expir", "publisher"]),
    group!("foreign-dates.element-" ForeignDates, Element, Names,
        "Navigation, asides and footers date other pages; a caption dates its photo, a quote \
         its source; a link's date is its target's (a list of other articles).":
        ["nav", "aside", "footer", "figcaption", "blockquote", "a"]),
    group!("logo." Logo, Substring, Names,
        "An `h1` holding the site's logo (`site-logo`, `logo-link`).":
        ["logo"]),
];

/// Whether `rule`'s pattern matches `value` in the rule's scope (the
/// [`Effect`] is not applied: see [`names`]). `value` is a class/id value
/// (for [`MetaScope::Substring`], [`MetaScope::Part`],
/// [`MetaScope::FirstToken`], [`MetaScope::WordEnd`]), a `role` value or an
/// element name.
pub fn matches(rule: &MetaRule, value: &str) -> bool {
    let p = rule.pattern;
    match rule.scope {
        MetaScope::Substring => contains_ignore_case(value, p),
        MetaScope::Part => value
            .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
            .any(|part| part.eq_ignore_ascii_case(p)),
        MetaScope::FirstToken => value
            .split_ascii_whitespace()
            .any(|w| first_token(w).eq_ignore_ascii_case(p)),
        MetaScope::WordEnd => value.split_ascii_whitespace().any(|w| {
            w.len() > p.len()
                && w.get(w.len() - p.len()..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(p))
                && w.as_bytes().get(w.len() - p.len() - 1) == Some(&b'-')
        }),
        MetaScope::Role | MetaScope::Element => value.trim().eq_ignore_ascii_case(p),
    }
}

/// Whether `value` names `concept` in `scope`: a [`Effect::Names`] rule
/// matches once the [`Effect::Hides`] words are taken out, and no
/// [`Effect::Vetoes`] rule of the concept matches. Vetoes of
/// [`MetaScope::WordEnd`] apply word by word: a word that ends in one
/// does not name the concept, the value's other words still may.
pub fn names(concept: MetaConcept, scope: MetaScope, value: &str) -> bool {
    let rules = concept_rules(concept);
    // A part, first token or word end that equals a pattern is a piece of
    // the value: a value that holds no pattern names nothing (most do not),
    // unless taking out a hidden word could join one. A pattern holding
    // another's (`comments`, `comment`) is found only where that one is:
    // it is not looked for.
    if matches!(
        scope,
        MetaScope::Part | MetaScope::FirstToken | MetaScope::WordEnd
    ) && !rules
        .iter()
        .any(|r| r.scope == scope && r.effect == Effect::Hides)
        && !rules
            .iter()
            .zip(concept_subsumed(concept))
            .any(|(r, &subsumed)| {
                !subsumed
                    && r.scope == scope
                    && r.effect == Effect::Names
                    && contains_ignore_case(value, r.pattern)
            })
    {
        return false;
    }
    if scope != MetaScope::WordEnd && WORD_VETOES[concept as usize] {
        return value.split_ascii_whitespace().any(|word| {
            names_in(rules, scope, word)
                && !rules.iter().any(|r| {
                    r.effect == Effect::Vetoes && r.scope == MetaScope::WordEnd && matches(r, word)
                })
        });
    }
    names_in(rules, scope, value)
}

/// Whether `value`, in lower case, may name `concept` in `scope`
/// ([`names`]): it holds one of the concept's naming patterns of that
/// scope, or the concept has words that hide (a pattern may form once they
/// are taken out). A value no pattern is in names nothing, whatever the
/// scope, so a `false` here is [`names`]' answer at the cost of a few
/// byte searches (the guard asks it of every `<meta>` key of the head).
pub(crate) fn may_name(concept: MetaConcept, scope: MetaScope, value: &str) -> bool {
    let v = value.as_bytes();
    concept_rules(concept)
        .iter()
        .filter(|r| r.scope == scope)
        .any(|r| match r.effect {
            Effect::Hides => true,
            Effect::Names => {
                let p = r.pattern.as_bytes();
                let Some(&first) = p.first() else {
                    return true;
                };
                // The values are short (meta keys): a window a byte, its
                // first byte compared alone, costs less than a vector
                // search's setup.
                v.windows(p.len()).any(|w| w[0] == first && w == p)
            }
            Effect::Vetoes => false,
        })
}

/// [`names`] on one concept's rules, without the word-by-word vetoes.
/// Substring patterns are lower case: they are compared with the value in
/// any ASCII case, which is comparing them with the value lowered, without
/// lowering it.
fn names_in(rules: &[MetaRule], scope: MetaScope, value: &str) -> bool {
    let substring = scope == MetaScope::Substring;
    let scoped = || rules.iter().filter(move |r| r.scope == scope);
    if matches!(scope, MetaScope::Role | MetaScope::Element)
        && !scoped().any(|r| r.effect == Effect::Hides)
    {
        // The whole value, trimmed once.
        let v = value.trim();
        let hit = |r: &MetaRule| v.eq_ignore_ascii_case(r.pattern);
        return scoped().any(|r| r.effect == Effect::Names && hit(r))
            && !scoped().any(|r| r.effect == Effect::Vetoes && hit(r));
    }
    let hit = |r: &MetaRule| {
        if substring {
            contains_ignore_case(value, r.pattern)
        } else {
            matches(r, value)
        }
    };
    // A hidden word is rare: only then is the value rewritten.
    let hides = |r: &MetaRule| {
        r.effect == Effect::Hides
            && if substring {
                contains_ignore_case(value, r.pattern)
            } else {
                value.contains(r.pattern)
            }
    };
    if scoped().any(hides) {
        return names_in_hidden(rules, scope, value);
    }
    // Most values name nothing: the names first, the vetoes after.
    scoped().any(|r| r.effect == Effect::Names && hit(r))
        && !scoped().any(|r| r.effect == Effect::Vetoes && hit(r))
}

/// [`names_in`] for a value that holds a [`Effect::Hides`] word: the
/// names are looked for once the hidden words are taken out of the
/// (lowered) value, the vetoes in the whole value.
fn names_in_hidden(rules: &[MetaRule], scope: MetaScope, value: &str) -> bool {
    let value = if scope == MetaScope::Substring {
        value.to_ascii_lowercase()
    } else {
        value.to_string()
    };
    let scoped = || rules.iter().filter(move |r| r.scope == scope);
    let mut v = value.clone();
    for h in scoped().filter(|r| r.effect == Effect::Hides && value.contains(r.pattern)) {
        v = v.replace(h.pattern, "");
    }
    scoped().any(|r| r.effect == Effect::Names && matches_lower(r, &v))
        && !scoped().any(|r| r.effect == Effect::Vetoes && matches_lower(r, &value))
}

/// [`matches`], where a [`MetaScope::Substring`] value is lower case.
fn matches_lower(rule: &MetaRule, value: &str) -> bool {
    if rule.scope == MetaScope::Substring {
        value.contains(rule.pattern)
    } else {
        matches(rule, value)
    }
}

/// Whether each concept has [`MetaScope::WordEnd`] vetoes, which
/// [`names`] applies word by word, by concept.
const WORD_VETOES: [bool; CONCEPTS] = {
    let mut out = [false; CONCEPTS];
    let mut i = 0;
    while i < META_RULES.len() {
        let r = &META_RULES[i];
        if matches!(r.effect, Effect::Vetoes) && matches!(r.scope, MetaScope::WordEnd) {
            out[r.concept as usize] = true;
        }
        i += 1;
    }
    out
};

/// The rules of one concept: a contiguous run of [`META_RULES`] (a test
/// holds the table to that).
fn concept_rules(concept: MetaConcept) -> &'static [MetaRule] {
    let (start, end) = CONCEPT_RANGES[concept as usize];
    META_RULES.get(start..end).unwrap_or(&[])
}

/// [`SUBSUMED`] of the rules of one concept, in the order of
/// [`concept_rules`].
fn concept_subsumed(concept: MetaConcept) -> &'static [bool] {
    let (start, end) = CONCEPT_RANGES[concept as usize];
    SUBSUMED.get(start..end).unwrap_or(&[])
}

/// By rule of [`META_RULES`]: whether its pattern holds the pattern of
/// another rule of the same concept, scope and effect (`comments` holds
/// `comment`; of two equal patterns, the later one). Such a pattern is in
/// a value, in any case, only where the shorter one is: a search for any
/// of the rules' patterns as substrings ([`names`]'s prefilter) need not
/// look for it.
const SUBSUMED: [bool; META_RULES.len()] = {
    let mut out = [false; META_RULES.len()];
    let mut i = 0;
    while i < META_RULES.len() {
        let a = &META_RULES[i];
        let mut j = 0;
        while j < META_RULES.len() {
            let b = &META_RULES[j];
            if j != i
                && a.concept as u8 == b.concept as u8
                && a.scope as u8 == b.scope as u8
                && a.effect as u8 == b.effect as u8
                && (b.pattern.len() < a.pattern.len()
                    || (b.pattern.len() == a.pattern.len() && j < i))
                && holds(a.pattern.as_bytes(), b.pattern.as_bytes())
            {
                out[i] = true;
            }
            j += 1;
        }
        i += 1;
    }
    out
};

/// Whether `needle` is in `hay`, byte for byte (for [`SUBSUMED`], at
/// compile time).
const fn holds(hay: &[u8], needle: &[u8]) -> bool {
    if needle.len() > hay.len() {
        return false;
    }
    let mut at = 0;
    while at + needle.len() <= hay.len() {
        let mut k = 0;
        while k < needle.len() && hay[at + k] == needle[k] {
            k += 1;
        }
        if k == needle.len() {
            return true;
        }
        at += 1;
    }
    false
}

/// Number of [`MetaConcept`]s.
const CONCEPTS: usize = MetaConcept::Logo as usize + 1;

/// Where each concept's run of [`META_RULES`] starts and ends, by
/// concept.
const CONCEPT_RANGES: [(usize, usize); CONCEPTS] = {
    let mut out = [(0, 0); CONCEPTS];
    let mut c = 0;
    while c < CONCEPTS {
        let mut i = 0;
        while i < META_RULES.len() && META_RULES[i].concept as usize != c {
            i += 1;
        }
        let start = i;
        while i < META_RULES.len() && META_RULES[i].concept as usize == c {
            i += 1;
        }
        out[c] = (start, i);
        c += 1;
    }
    out
};

/// The first token of a class/id word: up to a separator or a change from
/// lower to upper case (`comment` of `comment-list` and `commentBody`).
fn first_token(word: &str) -> &str {
    let b = word.as_bytes();
    let n = 1 + b
        .iter()
        .skip(1)
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    word.get(..n.min(word.len())).unwrap_or(word)
}

/// Whether `needle` is in `hay`, in any ASCII case: only where its first
/// byte stands (found with `memchr`, in either case) is the rest compared.
fn contains_ignore_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((first, rest)) = n.split_first() else {
        return true;
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let mut from = 0;
    while let Some(at) = h
        .get(from..)
        .and_then(|tail| memchr::memchr2(lower, upper, tail))
    {
        let start = from + at;
        match h.get(start + 1..start + n.len()) {
            Some(tail) if tail.eq_ignore_ascii_case(rest) => return true,
            Some(_) => from = start + 1,
            None => return false,
        }
    }
    false
}

/// One separator between a `<title>`'s headline and the site's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleSeparator {
    /// The separator with its spaces (" | ").
    pub text: &'static str,
    /// Splits off a segment that names the site (a known site name, or the
    /// host's name): "Headline | Quay Wire", "Quay Wire - Headline".
    pub known_site: bool,
    /// Alone marks the short last segment as the site, when no site name
    /// is known ("Headline of five words – My website"); the hyphen and
    /// the colon also join a headline's own parts.
    pub unknown_site: bool,
    /// Splits a site name from its slogan ("Washingtonian - The website
    /// that Washington lives by."), when another source confirms the name.
    pub tagline: bool,
    /// Why the entry exists, and its caveats.
    pub note: &'static str,
}

/// Separators between a headline and the site's name, in the order they
/// are tried (the first that splits off a site wins).
#[rustfmt::skip]
pub const TITLE_SEPARATORS: &[TitleSeparator] = &[
    TitleSeparator { text: " | ", known_site: true, unknown_site: true, tagline: true,
        note: "The commonest site separator." },
    TitleSeparator { text: " - ", known_site: true, unknown_site: false, tagline: true,
        note: "Common, but also inside headlines (\"Covid-19 - what we know\"): only beside a known name." },
    TitleSeparator { text: " – ", known_site: true, unknown_site: true, tagline: true,
        note: "En dash, a typographer's site separator." },
    TitleSeparator { text: " — ", known_site: true, unknown_site: true, tagline: true,
        note: "Em dash." },
    TitleSeparator { text: " :: ", known_site: true, unknown_site: true, tagline: false,
        note: "Older CMS templates." },
    TitleSeparator { text: " · ", known_site: true, unknown_site: true, tagline: false,
        note: "Middle dot." },
    TitleSeparator { text: " • ", known_site: true, unknown_site: true, tagline: false,
        note: "Bullet." },
    TitleSeparator { text: " // ", known_site: true, unknown_site: false, tagline: false,
        note: "Also a path or a quoted URL in a headline: only beside a known name." },
    TitleSeparator { text: " » ", known_site: true, unknown_site: true, tagline: false,
        note: "Breadcrumb-style titles." },
    TitleSeparator { text: " : ", known_site: true, unknown_site: false, tagline: false,
        note: "Spaced colon (French typography); also a headline's own colon." },
    TitleSeparator { text: ": ", known_site: false, unknown_site: false, tagline: true,
        note: "\"WebMD: Better information.\": a site name and its slogan; too common in \
               headlines to split a title." },
];

/// Class words (whole words, any case) of the element a theme prints the
/// site's name in, in its header: WordPress themes' `site-title`, Blogger's
/// and other blog engines' `blog-title`. With no metadata naming the site,
/// this name, when the `<title>` or the host confirms it, is the site's.
#[rustfmt::skip]
pub const SITE_TITLE_CLASSES: &[&str] = &[
    "site-title", "site-name", "site_title", "site_name", "blog-title", "blog-name",
    "wp-block-site-title",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_that_may_not_name_a_concept_names_none() {
        // `may_name` is a pre-test of `names`: never `false` where `names`
        // says `true`, on the meta keys and class values both read.
        let values = [
            "article:published_time",
            "og:updated_time",
            "x-last-updated",
            "w-release_date",
            "og:x3",
            "viewport",
            "publisher",
            "expiry-date",
            "byline-author",
            "site-logo",
            "posted-on entry-date",
            "page-last-modified",
        ];
        let rules_of = |c: usize| {
            let (start, end) = CONCEPT_RANGES[c];
            &META_RULES[start..end]
        };
        for c in 0..CONCEPTS {
            let Some(first) = rules_of(c).first() else {
                continue;
            };
            let concept = first.concept;
            for scope in [MetaScope::Substring, first.scope] {
                for v in values {
                    if names(concept, scope, v) {
                        assert!(may_name(concept, scope, v), "{concept:?} {scope:?} {v}");
                    }
                }
            }
        }
        assert!(!may_name(
            MetaConcept::MetaKeyUpdated,
            MetaScope::Substring,
            "og:x3"
        ));
    }

    #[test]
    fn a_pattern_holding_another_is_subsumed_by_it() {
        let id = |i: usize| META_RULES[i].id;
        let subsumed: Vec<&str> = (0..META_RULES.len())
            .filter(|&i| SUBSUMED[i])
            .map(id)
            .collect();
        for rule in [
            "comments.comments",
            "comments.commentlist",
            "menu.navbar",
            "menu.submenu",
        ] {
            assert!(
                subsumed.contains(&rule),
                "{rule} not subsumed: {subsumed:?}"
            );
        }
        // The shortest of each family is looked for, and a pattern is only
        // subsumed by one of its own concept, scope and effect: `menu.nav`
        // (a part) beside `menu.element-nav` (an element name).
        for rule in [
            "comments.comment",
            "menu.nav",
            "menu.menu",
            "menu.element-nav",
        ] {
            assert!(!subsumed.contains(&rule), "{rule} subsumed");
        }
    }

    #[test]
    fn each_concept_is_one_run_of_the_table() {
        let mut total = 0;
        for (c, &(start, end)) in CONCEPT_RANGES.iter().enumerate() {
            assert!(start < end, "concept {c} has no rule");
            assert!(META_RULES[start..end]
                .iter()
                .all(|r| r.concept as usize == c));
            total += end - start;
        }
        assert_eq!(total, META_RULES.len(), "a concept's rules are split");
    }

    /// The plain definition of [`names`]: the value lowered for substring
    /// patterns, hidden words taken out, every rule compared in turn.
    fn names_plain(concept: MetaConcept, scope: MetaScope, value: &str) -> bool {
        let rules = concept_rules(concept);
        let in_rules = |value: &str| {
            let value = if scope == MetaScope::Substring {
                value.to_ascii_lowercase()
            } else {
                value.to_string()
            };
            let scoped = || rules.iter().filter(|r| r.scope == scope);
            let hit = |r: &MetaRule, v: &str| {
                if scope == MetaScope::Substring {
                    v.contains(r.pattern)
                } else {
                    matches(r, v)
                }
            };
            let mut v = value.clone();
            for h in scoped().filter(|r| r.effect == Effect::Hides && value.contains(r.pattern)) {
                v = v.replace(h.pattern, "");
            }
            scoped().any(|r| r.effect == Effect::Names && hit(r, &v))
                && !scoped().any(|r| r.effect == Effect::Vetoes && hit(r, &value))
        };
        let word_vetoes = rules
            .iter()
            .any(|r| r.effect == Effect::Vetoes && r.scope == MetaScope::WordEnd);
        if scope != MetaScope::WordEnd && word_vetoes {
            return value.split_ascii_whitespace().any(|word| {
                in_rules(word)
                    && !rules.iter().any(|r| {
                        r.effect == Effect::Vetoes
                            && r.scope == MetaScope::WordEnd
                            && matches(r, word)
                    })
            });
        }
        in_rules(value)
    }

    #[test]
    fn names_answers_as_the_plain_definition() {
        let concepts = [
            MetaConcept::BylineName,
            MetaConcept::DateName,
            MetaConcept::Menu,
            MetaConcept::Figure,
            MetaConcept::Comments,
            MetaConcept::TimeUpdated,
            MetaConcept::TimePublished,
            MetaConcept::LineUpdated,
            MetaConcept::LinePublished,
            MetaConcept::MetaKeyUpdated,
            MetaConcept::MetaKeyPublished,
            MetaConcept::ForeignDates,
            MetaConcept::Logo,
        ];
        let scopes = [
            MetaScope::Substring,
            MetaScope::Part,
            MetaScope::FirstToken,
            MetaScope::WordEnd,
            MetaScope::Role,
            MetaScope::Element,
        ];
        let mut values: Vec<String> = [
            "",
            " ",
            "a",
            "A",
            " nav ",
            "NAV",
            "navy",
            "main-nav nav_item",
            "menu__item",
            "Post-Author-Name",
            "author-bio",
            "AUTHORITY",
            "autauthorityhor",
            "authority author",
            "entry-date updated",
            "post-date published",
            "Publish-Date",
            "general-info",
            "comment-list",
            "commentBody",
            "comments-open",
            "comments comments-closed",
            "commentary",
            "post-comment",
            "w-published-date",
            "page-last-updated",
            "cdc:last_updated",
            "expiry-publish",
            "publisher",
            "site-logo",
            "figcaption",
            "blockquote",
            "menuitem",
            "caf\u{e9}-date",
            "\u{130}author",
            "date\r-x",
        ]
        .iter()
        .map(|v| v.to_string())
        .collect();
        values.extend(META_RULES.iter().flat_map(|r| {
            let p = r.pattern;
            [
                p.to_string(),
                p.to_ascii_uppercase(),
                format!("x-{p}"),
                format!("{p}-x"),
                format!("a {p}Body b"),
                p[..p.len() - 1].to_string(),
            ]
        }));
        for &c in &concepts {
            for &sc in &scopes {
                for v in &values {
                    assert_eq!(names(c, sc, v), names_plain(c, sc, v), "{c:?} {sc:?} {v:?}");
                }
            }
        }
    }

    #[test]
    fn names_reads_the_value_in_any_case() {
        assert!(names(
            MetaConcept::TimePublished,
            MetaScope::Substring,
            "entry-date PUBLISHED"
        ));
        assert!(!names(
            MetaConcept::BylineName,
            MetaScope::Substring,
            "Author-Bio"
        ));
    }
}
