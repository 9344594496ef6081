//! Where the `<title>` names the site, told by the title's shape and by
//! the headline, not by a list of names:
//!
//! Rule `title.name-at-edge` (family `branding:site-name`; it bounds the
//! names the `<title>` gives, it removes nothing itself).
//!
//! Concept: a CMS or an SEO plugin writes a page's `<title>` as the
//! headline and the site's name joined by one separator ("Headline –
//! Site", "Site | Headline", "Headline | Section | Site"): the site's name
//! stands at an edge of the title. When the headline holds the separator
//! itself ("Stadtwerke stellen um – Wartezeiten sinken – Site"), the split
//! gives a segment between two others that is the headline's second half,
//! not a name.
//! Scope: the segments of a `<title>` split at its separator, as
//! `title_site_names` reads them; only the first and the last may name the
//! site.
//! Note: a section between headline and site ("… | Sport | Site") is no
//! site's name either; the site's name is still found at the edge. A title
//! of two segments keeps both, as before.

//! Rule `title.names-site-once` (family `branding:site-name`).
//!
//! Concept: a title names the site once. When the segment at one edge
//! of the title spells the page's host ("InfoBlitz24 :: Headline – its
//! second part" on infoblitz24.de; "Nachrichten Jetzt: Headline – its
//! second part" under a header naming "Nachrichten Jetzt"), the segment at the other edge
//! is the headline's (or a section's), not a second name of the site.
//! The head segment ends at the first separator or at a colon: a
//! site's name before a colon opens the title as Yoast's `:` joins it.
//! Scope: the `<title>`'s names, at the end of the page walk; a segment
//! spelling the host ([`super::names_host`], whole) or equal to a name
//! the page states or shows apart from the title (`og:site_name`,
//! `application-name`, the logo's or the header's name, a line spelling
//! the host) confirms an edge.
//! Note: "Headline | Site" on site.com keeps "Site"; a title whose both
//! edges spell the host keeps both.
//!
//! Rule `title.name-in-headline` (family `branding:site-name`).
//!
//! Concept: the site's name is what the `<title>` adds to the headline.
//! A segment of the title that is a segment of the headline itself (the
//! article's title, as the metadata read it: `og:title`, the page's
//! heading), cut at the same separator ("Headline part – second part"
//! in "Site: Headline part – second part"), is the headline's, not the
//! site's, wherever it stands in the title.
//! Scope: the site's names the page walk took from the `<title>` (source
//! `title`), at the stripper's start; a name dropped is dropped for the
//! whole page (branding, plugs, the site's name in credits).
//! A headline that is the `<title>` itself tells no segment apart, save
//! on a page that states or shows its name apart from the title (the
//! metadata's site name; `og:site_name`, `application-name`, the logo's
//! name or a line spelling the host, as the page walk found them) where
//! neither edge of the title gives it nor spells the host: that title is
//! the headline alone ("Stadtwerke stellen um – Wartezeiten sinken" with
//! `og:site_name` "InfoBlitz24", or under a header line "InfoBlitz24" on
//! infoblitz24.de), every segment of it the headline's.
//! Note: a headline that names the site in its words ("Harbour Herald
//! wins award | Harbour Herald") does not hold the name as a segment cut
//! at a separator: the name stays. A page without a headline keeps the
//! title's names as before. A site whose `og:title` copies a title ending
//! in a short form of its name that neither equals its stated name nor
//! spells its host ("Headline | HD" for "Harbour Daily") loses that form
//! as a name; the stated name stays.

/// The separators the CMSs and SEO plugins offer between a title's
/// segments (Yoast: `-` `–` `—` `:` `·` `•` `*` `|` `~` `«` `»` `<` `>`),
/// the colon excepted: it joins a headline's own parts.
pub(super) const TITLE_SEPARATORS: [&str; 14] = [
    " | ", " - ", " – ", " — ", " :: ", " · ", " // ", " » ", " « ", " • ", " ~ ", " > ", " < ",
    " * ",
];

/// The first of [`TITLE_SEPARATORS`], in the list's order, that `title`
/// holds: what testing each with `str::contains` finds, in one pass over
/// the title's spaces, where every separator starts (a `contains` costs a
/// searcher per separator).
pub(super) fn first_separator(title: &str) -> Option<&'static str> {
    // Bit `k`: the title holds `TITLE_SEPARATORS[k]`.
    let mut held = 0u32;
    let bytes = title.as_bytes();
    for i in memchr::memchr_iter(b' ', bytes) {
        let rest = &bytes[i..];
        // Every separator's second byte is no letter or digit: a space
        // before a word (most) opens none, told before the list is read.
        if rest.get(1).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        for (k, sep) in TITLE_SEPARATORS.iter().enumerate() {
            if rest.starts_with(sep.as_bytes()) {
                held |= 1 << k;
            }
        }
    }
    // No bit set: 32 trailing zeros, past the list.
    TITLE_SEPARATORS
        .get(held.trailing_zeros() as usize)
        .copied()
}

/// The codes of [`super::NAME_SOURCES`] that name the site apart from the
/// `<title>`: `og:site_name`, `application-name`, the logo, a line
/// spelling the host.
const SHOWN_APART: [u64; 4] = [0, 1, 3, 4];

/// Whether the headline holds `name` as one of its own segments, cut at
/// one of the [`TITLE_SEPARATORS`] (compared normalised).
pub(super) fn headline_segment(name: &str, headline: &str) -> bool {
    let name = super::norm(name);
    !name.is_empty()
        && TITLE_SEPARATORS.iter().any(|sep| {
            headline.contains(sep) && headline.split(sep).any(|part| super::norm(part) == name)
        })
}

/// The page's facts without the site's names taken from the `<title>`
/// that are segments of the headline ([`headline_segment`]); `None` when
/// no name is (most pages: then nothing is copied).
pub(super) fn without_headline_names(
    facts: &super::PageFacts,
    headline: Option<&str>,
    site_name: Option<&str>,
) -> Option<super::PageFacts> {
    let source = |i: usize| {
        (i < super::NAME_SOURCE_SLOTS)
            .then(|| (facts.site_name_sources >> (super::NAME_SOURCE_BITS * i)) & 7)
    };
    // Source code 2: the `<title>` (`super::NAME_SOURCES`).
    let titled = |i: &usize| source(*i) == Some(2);
    let count = facts.site_names.len();
    if !(0..count).any(|i| titled(&i)) {
        return None;
    }
    let is_title_name = |s: &str| (0..count).filter(titled).any(|i| facts.site_names[i] == s);
    // The title's edge opposite to the metadata's site name
    // (`title.names-site-once`, told at the stripper's start), read only
    // when an edge is one of the title's names.
    let far = site_name.and_then(|site| {
        let (head, tail) = edges(&facts.page_title)?;
        if !is_title_name(head) && !is_title_name(tail) {
            return None;
        }
        let site = super::norm(site);
        far_edge(&facts.page_title, |s| {
            near_length(s.len(), site.len()) && super::norm(s) == site
        })
    });
    // A headline that is the `<title>` itself, on a page that states or
    // shows its name apart from the title (the metadata's site name, a
    // name the page walk found outside the title: `og:site_name`, the
    // logo's, a line spelling the host) where neither edge of the title
    // gives it (nor spells the host): the title is the headline alone,
    // every segment the headline's (`title.name-in-headline`).
    let stated: Vec<String> = site_name
        .into_iter()
        .chain(
            (0..count)
                .filter(|i| source(*i).is_some_and(|code| SHOWN_APART.contains(&code)))
                .map(|i| facts.site_names[i].as_str()),
        )
        .map(super::norm)
        .filter(|n| !n.is_empty())
        .collect();
    let bare = !stated.is_empty()
        && headline.is_some_and(|h| super::norm(h) == super::norm(&facts.page_title))
        && edges(&facts.page_title).is_some_and(|(head, tail)| {
            ![head, tail].iter().any(|s| {
                let n = super::norm(s);
                stated.contains(&n) || super::names_host(&n, facts.host_brand.as_deref(), true)
            })
        });
    // Most headlines hold no separator: no segment of theirs to read. A
    // headline that is the `<title>` itself (the page names no other)
    // holds every segment of it, the site's name too: it tells none apart.
    let headline = headline.filter(|h| {
        TITLE_SEPARATORS.iter().any(|sep| h.contains(sep))
            && super::norm(h) != super::norm(&facts.page_title)
    });
    if far.is_none() && headline.is_none() && !bare {
        return None;
    }
    let drop: Vec<usize> = (0..count)
        .filter(titled)
        .filter(|&i| {
            let name = &facts.site_names[i];
            bare || far == Some(name.as_str())
                || headline.is_some_and(|h| headline_segment(name, h))
        })
        .collect();
    if drop.is_empty() {
        return None;
    }
    let mut out = facts.clone();
    out.site_names.clear();
    out.site_name_sources = 0;
    for (i, name) in facts.site_names.iter().enumerate() {
        if drop.contains(&i) {
            continue;
        }
        let slot = out.site_names.len();
        if let (Some(code), true) = (source(i), slot < super::NAME_SOURCE_SLOTS) {
            out.site_name_sources |= code << (super::NAME_SOURCE_BITS * slot);
        }
        out.site_names.push(name.clone());
    }
    Some(out)
}

/// The title's two edge segments: the head up to its first separator or
/// colon, the tail after its last separator or colon; `None` for a title
/// without either.
fn edges(title: &str) -> Option<(&str, &str)> {
    // One pass over the title's spaces and colons, where every separator
    // starts (`str::find` per separator costs a searcher each).
    let mut first: Option<usize> = None;
    let mut last: Option<usize> = None;
    for (i, b) in title.bytes().enumerate() {
        if b != b' ' && b != b':' {
            continue;
        }
        let rest = &title.as_bytes()[i..];
        // Every separator's second byte is no letter or digit: a space
        // before a word (most) opens none, told before the list is read.
        if rest.get(1).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let len = TITLE_SEPARATORS
            .iter()
            .chain([&": "])
            .find(|sep| rest.starts_with(sep.as_bytes()))
            .map(|sep| sep.len());
        if let Some(len) = len {
            first.get_or_insert(i);
            last = Some(i + len);
        }
    }
    let head = title.get(..first?)?.trim();
    let tail = title.get(last?..)?.trim();
    Some((head, tail))
}

/// The segment at the edge of `title` opposite to one that `confirms`
/// (`title.names-site-once`), when only one edge does.
fn far_edge(title: &str, confirms: impl Fn(&str) -> bool) -> Option<&str> {
    far_edge_of(edges(title)?, confirms)
}

/// [`far_edge`] of a title whose [`edges`] are `(head, tail)`.
fn far_edge_of<'t>(
    (head, tail): (&'t str, &'t str),
    confirms: impl Fn(&str) -> bool,
) -> Option<&'t str> {
    match (confirms(head), confirms(tail)) {
        (true, false) => Some(tail),
        (false, true) => Some(head),
        _ => None,
    }
}

/// Drops from the `<title>`'s names (`names`) the segment at the edge
/// opposite to one that spells the host or is a name the page shows
/// apart from the title (`shown`) (`title.names-site-once`).
pub(super) fn names_site_once(
    names: &mut Vec<String>,
    title: &str,
    host_brand: Option<&str>,
    shown: &[&str],
) {
    let Some((head, tail)) = edges(title) else {
        return;
    };
    // Only an edge that is one of the title's names may go.
    let is_name = |s: &str| names.iter().any(|n| n == s);
    if !is_name(head) && !is_name(tail) {
        return;
    }
    let longest = shown
        .iter()
        .map(|s| s.len())
        .chain(host_brand.map(str::len))
        .max()
        .unwrap_or(0);
    // The edges read above, not read again.
    let far = far_edge_of((head, tail), |s| {
        // Far longer than every name it may equal: a headline.
        if s.len() > longest * 2 + 2 {
            return false;
        }
        let n = super::norm(s);
        super::names_host(&n, host_brand, true) || shown.iter().any(|o| super::norm_is(o, &n))
    });
    if let Some(far) = far {
        let far = far.to_string();
        names.retain(|n| *n != far);
    }
}

/// Whether two texts' lengths (bytes) are within twice each other: a
/// name and its normalised spelling are.
fn near_length(a: usize, b: usize) -> bool {
    a <= b * 2 + 2 && b <= a * 2 + 2
}

/// Whether the segment at `index` of a title split into `count` segments
/// may be the site's name: it stands first or last.
pub(super) fn at_edge(index: usize, count: usize) -> bool {
    index == 0 || index + 1 == count
}

#[cfg(test)]
mod tests {
    /// The separators' second bytes are no letters or digits (what
    /// [`super::first_separator`] and [`super::edges`] skip spaces by), and
    /// `first_separator` finds the first of the list `contains` finds.
    #[test]
    fn first_separator_is_the_first_contained() {
        for sep in super::TITLE_SEPARATORS.iter().chain([&": "]) {
            assert!(!sep.as_bytes()[1].is_ascii_alphanumeric(), "{sep:?}");
        }
        let pieces = [
            "Harbour", " ", "|", "-", "–", "—", ":", "·", "/", "»", "«", "•", "~", ">", "<", "*",
            "news", " - ", " | ", "  ",
        ];
        let mut draw = super::super::draw::Draw::new(32);
        let mut found = 0;
        for n in 0..4000 {
            let title = draw.string(&pieces, n % 12);
            let want = super::TITLE_SEPARATORS
                .iter()
                .copied()
                .find(|sep| title.contains(sep));
            assert_eq!(super::first_separator(&title), want, "{title:?}");
            found += usize::from(want.is_some());
        }
        assert!(found > 500, "{found}");
    }

    #[test]
    fn middle_segments_are_no_names() {
        assert!(super::at_edge(0, 3));
        assert!(!super::at_edge(1, 3));
        assert!(super::at_edge(2, 3));
        assert!(super::at_edge(1, 2));
    }

    #[test]
    fn headline_segments() {
        let headline = "Ferry crossings cut again – what the timetable means";
        assert!(super::headline_segment(
            "What the timetable means",
            headline
        ));
        assert!(!super::headline_segment("Bay Courier", headline));
        assert!(!super::headline_segment(
            "Harbour Herald",
            "Harbour Herald wins award"
        ));
    }
}
