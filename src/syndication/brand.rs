//! The site's own branding inside a post, told by what the page says of
//! the site, not by a list of slogans:
//!
//! - **the site's names**: those the page walk found (`og:site_name`, the
//!   `<title>` suffix, the logo's alt text, the header's site title) and the
//!   one the metadata settled on (JSON-LD's publisher or website name, which
//!   a `<title>` of the form "Site: Headline" does not give away);
//! - **the tagline**: the header's `site-description` (WordPress), `tagline`
//!   or `slogan` text. The same text again as a block of the post is the
//!   theme's branding, wherever it stands;
//! - **a plug**: a short block that names the site and speaks to the reader
//!   (a word of the second person, a question, an exclamation) — "Thanks
//!   for your loyalty to Brand!", "Brand, your agency for …: ask for your
//!   free quote", "More news every day on Brand, for you". The article's
//!   prose speaks of its subjects, not to its reader about the site it is
//!   published on. Such a block is a plug at the post's edge, as the title
//!   of a box (a heading), next to another plug, or when it links to the
//!   site's own pages (the box's call to action);
//! - **a follow box** between paragraphs: a short line, not a sentence,
//!   that names a platform and speaks as the site ("Follow us on Google
//!   News", "Join our Telegram group: Click here").

use html5ever::local_name;
use url::Url;

use super::{
    has_words, names_host, names_site, norm, other_host, sentence_spans, speaks_to_reader,
    BlockCtx, Fired, PLUG_LINE, SHORT_TEXT,
};
use crate::article::{Block, Inline, MarkKind};

/// Class or id words of the element holding a site's tagline in the
/// header: WordPress's `site-description` (every default theme and most
/// others), the `tagline` / `slogan` of other themes and builders, the
/// `blog-description` of older themes.
#[rustfmt::skip]
pub(super) const TAGLINE_CLASSES: &[&str] = &[
    "site-description", "site-tagline", "tagline", "site-slogan", "slogan",
    "blog-description", "header-description", "logo-tagline", "site_description",
];

/// Class words of the site's description in the page's banner
/// ([`opens_banner`]): Blogger's Header widget prints the blog's
/// description as `<p class="description">` under its title, as do the
/// themes of other blog engines. Outside the banner the word names any
/// description (a product's, a video's, a post's standfirst), so it is
/// read there only.
pub(super) const BANNER_TAGLINE_CLASSES: &[&str] = &["description", "blog-description"];

/// Whether an element's class names the site's description when it stands
/// in the page's banner ([`BANNER_TAGLINE_CLASSES`]).
#[cfg(test)]
pub(super) fn banner_tagline_class(class: &str) -> bool {
    class.split_ascii_whitespace().any(|w| {
        BANNER_TAGLINE_CLASSES
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
    })
}

/// The sectioning elements of HTML: a `<header>` inside one is that
/// section's header (a post's title block), not the page's banner.
pub(super) fn is_sectioning(name: &html5ever::LocalName) -> bool {
    *name == local_name!("article")
        || *name == local_name!("aside")
        || *name == local_name!("main")
        || *name == local_name!("nav")
        || *name == local_name!("section")
}

/// Whether an element opens the page's banner: `role="banner"`, or a
/// `<header>` outside any sectioning element (`in_section` false), as
/// HTML maps it to the banner landmark. `name` and `role` are the
/// element's name and `role` value (read with its class and id).
pub(super) fn opens_banner(
    name: &html5ever::LocalName,
    role: Option<&str>,
    in_section: bool,
) -> bool {
    (*name == local_name!("header") && !in_section)
        || role.is_some_and(|r| r.eq_ignore_ascii_case("banner"))
}

/// [`super::word_lengths`] of [`TAGLINE_CLASSES`].
pub(super) const TAGLINE_LENGTHS: u64 = super::word_lengths(TAGLINE_CLASSES);

/// A plug is a line or two, at most this long (bytes); a paragraph longer
/// than this that names the site is the post's prose.
pub(super) const PLUG_BOX: usize = 160;

/// The copyright sign: beside the site's name in a short block at the
/// post's edge, the site's copyright line ([`is_plug`]).
const COPYRIGHT_SIGN: char = '\u{a9}';

/// Most taglines remembered per page.
const MAX_TAGLINES: usize = 4;

/// Words a tagline has at least: a single word next to the logo is a name
/// or a label, not a tagline (and may be a heading of the post too).
const TAGLINE_WORDS: usize = 3;

/// Whether an element's class or id names the site's tagline.
#[cfg(test)]
pub(super) fn tagline_class(class: Option<&str>, id: Option<&str>) -> bool {
    [class, id].into_iter().flatten().any(|v| {
        v.split_ascii_whitespace()
            .any(|w| super::is_word_of(w, TAGLINE_CLASSES))
    })
}

/// Adds an element's text to the page's taglines (normalised), when it is
/// one: a few words, short, not there yet.
pub(super) fn add_tagline(taglines: &mut Vec<String>, text: Option<String>) {
    let Some(text) = text else {
        return;
    };
    let n = norm(&text);
    if taglines.len() < MAX_TAGLINES
        && tagline_words(&n) >= TAGLINE_WORDS
        && n.len() < SHORT_TEXT
        && !taglines.contains(&n)
    {
        taglines.push(n);
    }
}

/// Characters of a script written without spaces (Chinese, Japanese) that
/// count as one word: the commonest words of both are two characters.
const UNSPACED_WORD_CHARS: usize = 2;

/// The words of a normalised text: its spaced words, where a run of
/// characters of a script written without spaces ("気になるニュースを毎日更新")
/// counts as its characters over [`UNSPACED_WORD_CHARS`] words.
fn tagline_words(n: &str) -> usize {
    n.split(' ')
        .map(|w| {
            let unspaced = w.chars().filter(|c| is_unspaced(*c)).count();
            (unspaced / UNSPACED_WORD_CHARS).max(1)
        })
        .sum()
}

/// Whether a character is of a script written without spaces between
/// words: the CJK ideographs and the Japanese kana.
pub(super) fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' // hiragana, katakana
        | '\u{3400}'..='\u{4dbf}' // CJK extension A
        | '\u{4e00}'..='\u{9fff}' // CJK unified ideographs
        | '\u{f900}'..='\u{faff}') // CJK compatibility ideographs
}

/// The words of `text`, counted as [`tagline_words`] counts them (a
/// piece between spaces that holds characters of a script written without
/// spaces counts them over [`UNSPACED_WORD_CHARS`]), so that a sentence
/// of Chinese counts about as many words as its translation does. Counts
/// up to `cap` at most (and stops reading there).
pub(super) fn word_count(text: &str, cap: usize) -> usize {
    let mut n = 0;
    for piece in text.split_whitespace() {
        let unspaced = if piece.is_ascii() {
            0
        } else {
            piece.chars().filter(|c| is_unspaced(*c)).count()
        };
        n += (unspaced / UNSPACED_WORD_CHARS).max(1);
        if n >= cap {
            return cap;
        }
    }
    n
}

/// The page's tagline that the normalised block `n` is, if any.
pub(super) fn is_tagline<'a>(n: &str, taglines: &'a [String]) -> Option<&'a str> {
    if n.is_empty() {
        return None;
    }
    taglines.iter().find(|t| *t == n).map(String::as_str)
}

/// The site's names, normalised: the page walk's, then the metadata's
/// (`article_site_name`) when the walk did not find it.
pub(super) fn site_norms(names: &[String], article_site_name: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = names.iter().map(|n| norm(n)).collect();
    if let Some(extra) = article_site_name.map(norm) {
        if !extra.is_empty() && !out.contains(&extra) {
            out.push(extra);
        }
    }
    out
}

/// Whether the post's prose names the site: a paragraph longer than
/// [`PLUG_BOX`], or the post's opening paragraph (its first that
/// [`opens_prose`], or its first longer than [`PLUG_BOX`]: a long
/// paragraph of `<br>`-broken lines that ends on a subheading opens the
/// post all the same, and a short box after it is no opening) whatever
/// its length. Then the post is the site's own
/// writing about itself (a company's blog, a product's page that opens on
/// the product) or the site's name is a common word, and a short line
/// naming it is not told from the post's own prose. A republished article
/// opens on its own subject, not on the site that copied it.
///
/// Of the post's blocks as the stripper found them, worked out when a
/// plug's test first asks ([`is_plug`], for a short block that names the
/// site: most posts have none): the paragraphs it reads are copied before
/// any block goes.
pub(super) struct ProseNames {
    /// The opening paragraph when it is short (a long one is among `long`).
    opening: Option<String>,
    /// The paragraphs longer than [`PLUG_BOX`], one after another in one
    /// copy (one allocation, not one a paragraph)...
    long: String,
    /// ... each ending at its offset here.
    long_ends: Vec<usize>,
    site_norms: Vec<String>,
    host_brand: Option<String>,
    /// Speakers' labels ([`speaker_label`]) that open two or more of the
    /// post's paragraphs: an interview's voices. The site's name among
    /// them is the site asking its questions in the post.
    speakers: Vec<String>,
    value: std::cell::OnceCell<bool>,
}

/// The longest speaker's label, in bytes ([`speaker_label`]).
const SPEAKER_LABEL_MAX: usize = 40;
/// The most words a speaker's label has.
const SPEAKER_LABEL_WORDS: usize = 4;

/// The label a paragraph of an interview opens with: a name of at most
/// [`SPEAKER_LABEL_WORDS`] words with a letter, then a colon in the first
/// [`SPEAKER_LABEL_MAX`] bytes, then the speaker's words ("Brand News: What
/// was the hardest part?", "Ann Lee: The winter.").
fn speaker_label(text: &str) -> Option<&str> {
    let head = &text.as_bytes()[..text.len().min(SPEAKER_LABEL_MAX + 1)];
    // A colon is one byte in UTF-8: its offset is a char boundary.
    let colon = memchr::memchr(b':', head)?;
    let (label, said) = (text.get(..colon)?.trim(), text.get(colon + 1..)?.trim());
    let words = label.split_whitespace().count();
    (words > 0
        && words <= SPEAKER_LABEL_WORDS
        && label.chars().any(char::is_alphabetic)
        && !said.is_empty())
    .then_some(label)
}

impl ProseNames {
    /// The paragraphs of `blocks` that [`ProseNames::get`] reads.
    pub(super) fn new(blocks: &[Block], site_norms: &[String], host_brand: Option<&str>) -> Self {
        let paragraphs = blocks.iter().filter_map(|b| match b {
            Block::Paragraph(inline) => Some(inline.text.as_str()),
            _ => None,
        });
        let known = site_norms
            .iter()
            .all(|s| s.split(' ').next().is_none_or(str::is_empty))
            && host_brand.is_none();
        let mut out = ProseNames {
            opening: None,
            long: String::new(),
            long_ends: Vec::new(),
            site_norms: site_norms.to_vec(),
            host_brand: host_brand.map(str::to_string),
            speakers: Vec::new(),
            value: std::cell::OnceCell::new(),
        };
        if known {
            // Nothing to name: no paragraph is read.
            out.value = std::cell::OnceCell::from(false);
            return out;
        }
        let mut labels: Vec<&str> = paragraphs.clone().filter_map(speaker_label).collect();
        labels.sort_unstable();
        for pair in labels.windows(2) {
            if pair[0] == pair[1] && out.speakers.last().is_none_or(|l| l != pair[0]) {
                out.speakers.push(pair[0].to_string());
            }
        }
        out.opening = paragraphs
            .clone()
            .find(|t| t.len() > PLUG_BOX || opens_prose(t))
            .filter(|t| t.len() <= PLUG_BOX)
            .map(str::to_string);
        let long = paragraphs.filter(|t| t.len() > PLUG_BOX);
        let (bytes, count) = long
            .clone()
            .fold((0, 0), |(bytes, count), t| (bytes + t.len(), count + 1));
        out.long = String::with_capacity(bytes);
        out.long_ends = Vec::with_capacity(count);
        for t in long {
            out.long.push_str(t);
            out.long_ends.push(out.long.len());
        }
        out
    }

    /// A value already known (no post to read).
    pub(super) fn known(value: bool) -> Self {
        ProseNames {
            opening: None,
            long: String::new(),
            long_ends: Vec::new(),
            site_norms: Vec::new(),
            host_brand: None,
            speakers: Vec::new(),
            value: std::cell::OnceCell::from(value),
        }
    }

    /// [`ProseNames::get`] when it was worked out already.
    pub(super) fn worked_out(&self) -> Option<bool> {
        self.value.get().copied()
    }

    /// Whether the post's prose names the site.
    pub(super) fn get(&self) -> bool {
        *self.value.get_or_init(|| self.work_out())
    }

    /// The paragraphs longer than [`PLUG_BOX`], in their order.
    fn long_paragraphs(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.long_ends.iter().copied());
        starts
            .zip(&self.long_ends)
            .filter_map(|(start, &end)| self.long.get(start..end))
    }

    fn work_out(&self) -> bool {
        let site_norms = &self.site_norms;
        let host_brand = self.host_brand.as_deref();
        let firsts: Vec<&str> = site_norms
            .iter()
            .filter_map(|s| s.split(' ').next().filter(|w| !w.is_empty()))
            .collect();
        if firsts.is_empty() && host_brand.is_none() {
            return false;
        }
        // An interview the site's name labels the questions of: the
        // site speaks in the post.
        if self.speakers.iter().any(|l| {
            let n = norm(l);
            site_norms.contains(&n) || names_host(&n, host_brand, false)
        }) {
            return true;
        }
        let names = |text: &str| {
            // The host's label may be written in words ("Brand News" on
            // brandnews.com): its first letters open some word.
            let maybe = firsts.iter().any(|w| contains_folded(text, w))
                || host_brand.is_some_and(|h| h.get(..3).is_some_and(|p| contains_folded(text, p)));
            if !maybe {
                return false;
            }
            let n = norm(text);
            // A block that is only one of the site's names (a logo's or a
            // brand line's text) is its name line, not prose that names it.
            if site_norms.contains(&n) {
                return false;
            }
            site_norms.iter().any(|s| has_words(&n, s)) || names_host(&n, host_brand, false)
        };
        // The opening (a long one is judged with the others below).
        self.opening.as_deref().is_some_and(names) || self.long_paragraphs().any(names)
    }
}

/// Whether `text` contains `lower` (a lower-case word) in any case: ASCII
/// letters are compared folded without copying the text; a word with
/// other letters is looked up in the lower-cased text.
fn contains_folded(text: &str, lower: &str) -> bool {
    if !lower.is_ascii() {
        return text.to_lowercase().contains(lower);
    }
    let (hay, needle) = (text.as_bytes(), lower.as_bytes());
    let Some(&first) = needle.first() else {
        return true;
    };
    // Candidates are found by their first letter in either case (memchr),
    // then compared folded.
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).any(|at| {
        hay.get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// Words a paragraph has at least to open the post's prose: a name line
/// or a label above the first paragraph is not its opening.
const OPENING_WORDS: usize = 6;

/// Whether a paragraph reads as the opening of the post's prose: a
/// sentence of [`OPENING_WORDS`] words or more, closed by a full stop.
fn opens_prose(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with('.') && t.split_whitespace().nth(OPENING_WORDS - 1).is_some()
}

/// Whether a block stands where [`is_plug`] may find a plug: at the edge
/// of a post whose original's host is known, at the tail, as a box's
/// title or under one, or linking the site's pages. Told before the
/// block is normalised and read for the site's names (most blocks stand
/// nowhere a plug does).
pub(super) fn plug_may_stand(inline: &Inline, ctx: &BlockCtx<'_>) -> bool {
    ctx.tail
        || ctx.heading
        || ctx.after_plug
        || ctx.outlet_host.is_some() && ctx.edge
        || links_own_page(inline, ctx.host)
}

/// A plug for the site (see the module docs): a block of at most
/// [`PLUG_BOX`] bytes, not quoted
/// speech, that names the site and speaks to the reader, placed where a
/// box or a closing line is — at the post's tail, as a heading (not a
/// question), under such a heading, or with a link to the site's own
/// pages. On a page that
/// names the original it republishes (a plugin's source box, a marker
/// link), one sentence at the post's edge naming the site is enough; on
/// any page, one sentence among the post's closing lines.
/// Never when the post's prose names the site ([`ProseNames`]).
///
/// Returns the site's name it found and where it stood.
pub(super) fn is_plug<'a>(
    inline: &Inline,
    n: &str,
    lower: &str,
    ctx: &BlockCtx<'a>,
) -> Option<Fired<'a>> {
    let text = inline.text.as_str();
    let quoted = super::has_any_char(lower, super::QUOTES_LOW);
    if ctx.site_in_prose.worked_out() == Some(true)
        || n.is_empty()
        || text.len() > PLUG_BOX
        || quoted
    {
        return None;
    }
    let named = names_site(n, ctx)?;
    // Asked last: the post's prose is read only for a block naming the site.
    if ctx.site_in_prose.get() {
        return None;
    }
    let plug = |placed| Some(Fired::Naming("brand.plug", named, placed));
    // A line that is all links to pages about the site itself (a search
    // engine's page to add it as a preferred source, whose query names
    // the site): the site's call to promote it, however it opens ("⭐
    // Brand as a preferred source on Google"); a post links its sources,
    // not pages about the site that carries it.
    if links_about_site(inline, ctx) {
        return plug("a line of links about the site itself");
    }
    // The copyright sign beside the site's name at the post's edge: the
    // site's copyright line, in any language ("Telif hakkı © 2024 Brand.
    // Tüm hakları saklıdır."); a post cites no copyright of the site that
    // carries it.
    if ctx.edge && text.contains(COPYRIGHT_SIGN) {
        return plug("a copyright line at the edge");
    }
    // A plugin's source box or a marker link names the original outlet:
    // one sentence closing or opening the post that names the site that
    // republished it is the site's.
    if ctx.outlet_host.is_some()
        && ctx.edge
        && lower.len() < PLUG_LINE
        && sentence_spans(text).len() == 1
    {
        return plug("one sentence at the edge of a republished post");
    }
    // One sentence among the post's closing lines that names the site
    // after its opening ("Stay with Brand News for more.", in any
    // language and mood): the post's prose never names the site, so the
    // site's own line. A sentence the site opens reports as it ("Brand
    // News could not verify the figures.").
    let opens_with_site = ctx.site_norms.iter().any(|s| n.starts_with(s.as_str()));
    if ctx.tail
        && !ctx.heading
        && !opens_with_site
        && lower.len() < PLUG_LINE
        && sentence_spans(text).len() == 1
    {
        return plug("one sentence at the tail");
    }
    // A heading that asks ("What is Brand's class?") opens a section of
    // questions and answers, not a box.
    if ctx.heading && lower.trim_end().ends_with('?') {
        return None;
    }
    // A closing line, a box's title or its text, a call to the site's
    // pages; at the head of the post a line speaking to the reader is the
    // post's opening ("You have seen it too. Especially us Brand users.").
    let placed = if ctx.tail {
        "at the tail"
    } else if ctx.heading {
        "a box's title"
    } else if ctx.after_plug {
        "under a box's title"
    } else if links_own_page(inline, ctx.host) {
        "linking the site's pages"
    } else {
        return None;
    };
    if !speaks_to_reader(text, lower, ctx.host).0 {
        return None;
    }
    plug(placed)
}

/// Whether `inline` is all links (no letter or digit outside them), each
/// to a page about the site itself, on another host
/// ([`about_own_page`](super::story_link::about_own_page): its query names
/// the site's host or its name label).
fn links_about_site(inline: &Inline, ctx: &BlockCtx<'_>) -> bool {
    let text = inline.text.as_str();
    let mut links = 0;
    let mut covered = 0;
    for m in &inline.marks {
        let MarkKind::Link { href } = &m.kind else {
            continue;
        };
        let about = Url::parse(href).is_ok_and(|u| {
            other_host(ctx.host, &u) && super::story_link::about_own_page(&u, ctx.host, ctx.title)
        });
        if !about || m.start < covered {
            return false;
        }
        let outside = text.get(covered..m.start).unwrap_or("");
        if outside.chars().any(char::is_alphanumeric) {
            return false;
        }
        covered = m.end;
        links += 1;
    }
    links > 0
        && !text
            .get(covered..)
            .unwrap_or("")
            .chars()
            .any(char::is_alphanumeric)
}

/// The separators a site's address is set apart with from the words
/// beside it in a name line ("brand.com | Environment"), spaces around.
const ADDRESS_SEPARATORS: &[&str] = &[" | ", " · ", " • ", " – ", " — ", " - ", " / "];

/// **The site's address with a few words**, reported as
/// `brand.site-name-with-words` naming the host (`branding:site-name`).
///
/// - *Concept*: the site signs a post with its own address as it does
///   with its name ("brand.com | Environment", "Culture · brand.com"): the
///   theme's name line above or under the post, its section beside it.
/// - *Scope*: a block at the post's edge (`ctx.edge`), shorter than
///   [`BRANDING_EDGE_TEXT`](super::BRANDING_EDGE_TEXT) bytes, cut by one of
///   [`ADDRESS_SEPARATORS`] into the page's own address (its host, bare or
///   with its scheme: [`is_host_address`](super::credit_lines::is_host_address))
///   at one end and at most
///   [`BRANDING_MAX_EXTRA_WORDS`](super::BRANDING_MAX_EXTRA_WORDS) words at
///   the other.
/// - *Note*: the address alone is `brand.site-name` already; another
///   site's address ("outlet.com | Environment") is a credit's business,
///   not this rule's.
pub(super) fn host_address_line<'a>(text: &str, ctx: &BlockCtx<'a>) -> Option<Fired<'a>> {
    let host = ctx.host?;
    let text = text.trim();
    if !ctx.edge || text.len() >= super::BRANDING_EDGE_TEXT {
        return None;
    }
    // The address is the host, in any case, perhaps with `www.` and a
    // scheme: a line that does not hold the bare host is not searched
    // for the separators.
    // [`crate::text::bare_host`] of the host without its copy: the
    // search ignores ASCII case, so the host's own bytes after a `www.`
    // in any case are searched for.
    let bare = super::without_www(host);
    if !contains_ignore_ascii_case(text, bare) {
        return None;
    }
    let (first, last) = ADDRESS_SEPARATORS
        .iter()
        .find_map(|sep| text.split_once(sep))?;
    let address = |s: &str| super::credit_lines::is_host_address(s.trim(), host);
    let words = if address(first) {
        last
    } else if address(last) {
        first
    } else {
        return None;
    };
    let extra = words.split_whitespace().count();
    (extra <= super::BRANDING_MAX_EXTRA_WORDS)
        .then_some(Fired::SiteName(super::why::Named::Host(host), extra))
}

/// Whether `text` holds `needle` with ASCII letters in any case (other
/// bytes exactly), as [`crate::text::bare_host`] compares hosts.
fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    let (t, n) = (text.as_bytes(), needle.as_bytes());
    let Some(&head) = n.first() else {
        return true;
    };
    let mut from = 0;
    while let Some(off) = t.get(from..).and_then(|rest| {
        memchr::memchr2(head.to_ascii_lowercase(), head.to_ascii_uppercase(), rest)
    }) {
        let at = from + off;
        if t.get(at..at + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
        {
            return true;
        }
        from = at + 1;
    }
    false
}

/// A follow box set between the paragraphs: a short line that is not a
/// sentence (no closing full stop), names a platform the reader is sent
/// to ([`FOLLOW_PLATFORMS`](super::patterns::FOLLOW_PLATFORMS)) and speaks as the site
/// ([`SELF_WORDS`](super::patterns::SELF_WORDS)) or names it. Headings are not judged: "How
/// we grew our Instagram audience" is a subheading of the post. Beyond the
/// heading and the full stop, the test is [`is_follow_box`](super::is_follow_box)'s.
///
/// Returns the platform named.
pub(super) fn is_follow_line(n: &str, lower: &str, ctx: &BlockCtx<'_>) -> Option<&'static str> {
    let lower = lower.trim();
    if ctx.heading || lower.ends_with(['.', ':', ';', ',']) {
        return None;
    }
    super::is_follow_box(n, lower, ctx)
}

/// Whether a normalised heading opens or closes with one of the site's
/// names ("Boost your reach with Brand", "Brand: websites that sell"):
/// the title of a box about the site, whose text follows it.
pub(super) fn box_title(n: &str, site_norms: &[String]) -> bool {
    site_norms.iter().any(|s| {
        !s.is_empty()
            && n.len() > s.len()
            && (n
                .strip_prefix(s.as_str())
                .is_some_and(|r| r.starts_with(' '))
                || n.strip_suffix(s.as_str()).is_some_and(|r| r.ends_with(' ')))
    })
}

/// Whether a block links a page of the site's own host (not its home page).
fn links_own_page(inline: &Inline, host: Option<&str>) -> bool {
    let Some(host) = host else {
        return false;
    };
    inline.marks.iter().any(|m| match &m.kind {
        MarkKind::Link { href } => Url::parse(href).is_ok_and(|u| {
            u.host_str().is_some() && !other_host(Some(host), &u) && u.path().len() > 1
        }),
        _ => false,
    })
}

/// Whether an e-mail address's domain is the site's own (`host`, bare):
/// the host itself, one of its subdomains, or the brand of a site on a
/// platform's subdomain ("name.blogspot.com" writing from "name.com").
/// The brand is compared by its letters and digits, as
/// [`host_brand`](super::host_brand) reads it ("actu-express.blogspot.com"
/// writing from "actu-express.fr").
pub(super) fn own_mail_domain(domain: &str, host: &str) -> bool {
    domain == host
        || super::is_subdomain(domain, host)
        || super::host_brand(domain).is_some_and(|b| {
            host.split('.').any(|label| {
                label
                    .bytes()
                    .filter(u8::is_ascii_alphanumeric)
                    .map(|c| c.to_ascii_lowercase())
                    .eq(b.bytes())
            })
        })
}

/// Blocks an own-services box has at most ([`own_services_boxes`]): its
/// title, its text and its button.
pub(super) const OWN_BOX_BLOCKS: usize = 3;

/// Bytes of text an own-services box holds at most, all its blocks
/// together: a title, two or three sentences and a button. A section of
/// the post is longer.
pub(super) const OWN_BOX_BYTES: usize = 400;

/// Lines of a section's prose that follow a box set right under the
/// section's subheading, at least, for the box to part the subheading
/// from its prose ([`own_services_boxes`]): a company's post may close on
/// a subheading over its own box, then a line or two.
const SECTION_AFTER_BOX_MIN_LINES: usize = 3;

/// Words the last part of a path to one of the site's own pages has at
/// most ("/contact/", "/contact-us/", "/advertise-with-us/", "/services/
/// seo/"); an article's slug says its headline in more words.
const SITE_PAGE_WORDS: usize = 3;

/// Parts a path to one of the site's own pages has at most ("/services/
/// seo/"); an article's path is deeper or carries a date or a number.
const SITE_PAGE_PARTS: usize = 2;

/// Hosts of a chat app's "message us" link (a WhatsApp click-to-chat
/// button, `wa.me/<number>`).
pub(super) use crate::rules::CHAT_ACTION_HOSTS;

/// A call to action that goes to the site itself, by what it asks the
/// reader to do: a link to one of the site's own pages that is no article
/// ([`SITE_PAGE_WORDS`], [`SITE_PAGE_PARTS`]: its contact, services or
/// advertising page), an e-mail address at the site's own host (linked or
/// written: [`own_mail_domain`]), a phone call or a chat app's message
/// (`tel:`, `sms:`, [`CHAT_ACTION_HOSTS`]).
fn site_action(inline: &Inline, host: &str) -> Option<&'static str> {
    for m in &inline.marks {
        if let MarkKind::Link { href } = &m.kind {
            if let Some(action) = link_action(href, host) {
                return Some(action);
            }
        }
    }
    let text = inline.text.as_str();
    if memchr::memchr(b'@', text.as_bytes()).is_some() {
        let written = text.split_whitespace().any(|w| {
            w.split_once('@').is_some_and(|(user, domain)| {
                let domain = domain.trim_end_matches(|c: char| !c.is_alphanumeric());
                !user.is_empty() && own_mail_domain(&domain.to_ascii_lowercase(), host)
            })
        });
        if written {
            return Some("an e-mail address at the site's host");
        }
    }
    None
}

/// Whether a block's last link is a call to the site itself
/// ([`site_action`]) that closes the block: only punctuation follows it
/// ("… fair prices. <a>See our media kit</a>."), as a box's button
/// closes the box.
fn closing_site_action(inline: &Inline, host: &str) -> bool {
    let Some(m) = (inline.marks.iter())
        .filter(|m| matches!(m.kind, MarkKind::Link { .. }))
        .max_by_key(|m| m.end)
    else {
        return false;
    };
    let after = inline.text.get(m.end..).unwrap_or("");
    if after.chars().any(char::is_alphanumeric) {
        return false;
    }
    match &m.kind {
        MarkKind::Link { href } => link_action(href, host).is_some(),
        _ => false,
    }
}

/// What a link to the site itself asks the reader to do ([`site_action`]).
fn link_action(href: &str, host: &str) -> Option<&'static str> {
    let u = Url::parse(href).ok()?;
    match u.scheme() {
        "mailto" => {
            let domain = u
                .path()
                .rsplit_once('@')
                .map(|(_, d)| d.to_ascii_lowercase());
            domain
                .is_some_and(|d| own_mail_domain(&d, host))
                .then_some("an e-mail address at the site's host")
        }
        "tel" | "sms" => Some("a phone number"),
        "whatsapp" => Some("a chat app's message"),
        "http" | "https" => {
            let h = u.host_str()?;
            if CHAT_ACTION_HOSTS.contains(&h) {
                Some("a chat app's message")
            } else {
                (!other_host(Some(host), &u) && is_site_page(u.path()))
                    .then_some("a page of the site that is no article")
            }
        }
        _ => None,
    }
}

/// Whether a path on the site's own host is one of its pages rather than
/// an article: not the home page, at most [`SITE_PAGE_PARTS`] parts
/// without digits (no date, no id), the last of at most
/// [`SITE_PAGE_WORDS`] words.
fn is_site_page(path: &str) -> bool {
    let path = path.trim_matches('/');
    if path.is_empty() || path.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let parts: Vec<&str> = path.split('/').collect();
    let last = parts.last().copied().unwrap_or("");
    let stem = last.rsplit_once('.').map_or(last, |(stem, _)| stem);
    parts.len() <= SITE_PAGE_PARTS
        && !stem.is_empty()
        && stem.split(['-', '_']).filter(|w| !w.is_empty()).count() <= SITE_PAGE_WORDS
}

/// The text blocks of a box: a paragraph's or a heading's text.
fn box_text(block: &Block) -> Option<&Inline> {
    match block {
        Block::Paragraph(inline) => Some(inline),
        Block::Heading { content, .. } => Some(content),
        _ => None,
    }
}

/// The page's facts an own-services box is told by.
pub(super) struct OwnSite<'a> {
    /// The page's host, bare.
    pub(super) host: Option<&'a str>,
    /// The site's names, normalised ([`site_norms`]).
    pub(super) site_norms: &'a [String],
    /// The label of the page's host ([`host_brand`](super::host_brand)).
    pub(super) host_brand: Option<&'a str>,
    /// The page republishes another outlet's article (a plugin's source
    /// link, a credit naming the original).
    pub(super) republished: bool,
    /// The text of paragraphs whose box's title (a heading opening or
    /// closing with the site's name, [`box_title`]) an earlier pass
    /// removed as the site's line: each is its box's text, titled so.
    pub(super) titles_gone: &'a [String],
}

/// Pairs of brackets or quotes that set a name apart in a line
/// ("[Brand]", "«Brand»", "“Brand”"): not the name's.
const NAME_MARKS: &[(char, char)] = &[
    ('[', ']'),
    ('(', ')'),
    ('{', '}'),
    ('<', '>'),
    ('"', '"'),
    ('«', '»'),
    ('“', '”'),
    ('„', '“'),
];

/// `name` without a pair of brackets or quotes around it ([`NAME_MARKS`]):
/// the name a line shows as "[Brand]" is "Brand"; "Brand (UK)" keeps its
/// brackets.
pub(super) fn unbracketed(name: &str) -> &str {
    let t = name.trim();
    let mut chars = t.chars();
    let (Some(open), Some(close)) = (chars.next(), chars.next_back()) else {
        return name;
    };
    if !NAME_MARKS.contains(&(open, close)) {
        return name;
    }
    let inner = t[open.len_utf8()..t.len() - close.len_utf8()].trim();
    if inner.is_empty() || inner.contains([open, close]) {
        name
    } else {
        inner
    }
}

/// Whether the normalised `n` names the site: one of its names as whole
/// words, or its host's label.
fn names_own_site(n: &str, site: &OwnSite<'_>) -> bool {
    site.site_norms.iter().any(|s| has_words(n, s)) || names_host(n, site.host_brand, false)
}

/// How a box's title tells the box ([`box_title_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BoxTitle {
    /// The title names the site ("Grow your business with Brand").
    NamesSite,
    /// The title asks the reader ("Need a website like this one?") over
    /// text naming the site: a box set in the post wherever it stands (a
    /// post's own subheading states its topic).
    AsksReader,
}

/// Whether a box (`blocks`: its title, then its text down to the call)
/// names the site, and how: in its title, or, under a title that asks
/// the reader (a word of the second person, a question:
/// [`speaks_to_reader`](super::speaks_to_reader)), in its text ("Brand
/// Studio builds websites… Get a free quote").
fn box_title_of(blocks: &[Block], site: &OwnSite<'_>) -> Option<BoxTitle> {
    let (title, text) = blocks.split_first()?;
    let title = box_text(title)?;
    title_tells(
        &title.text,
        text.iter().filter_map(box_text).map(|t| t.text.as_str()),
        site,
    )
}

/// [`box_title_of`] on a title's text and the texts under it.
fn title_tells<'t>(
    title: &str,
    mut text: impl Iterator<Item = &'t str>,
    site: &OwnSite<'_>,
) -> Option<BoxTitle> {
    if names_own_site(&norm(title), site) {
        return Some(BoxTitle::NamesSite);
    }
    (super::speaks_to_reader(title, &title.to_lowercase(), site.host).0
        && text.any(|t| names_own_site(&norm(t), site)))
    .then_some(BoxTitle::AsksReader)
}

/// A run-in title is at most this many words: a box's question or call
/// ("Need a professional website?"), not a sentence of the post set in
/// bold.
const RUN_IN_TITLE_MAX_WORDS: usize = 8;

/// The end (a byte offset) of a paragraph's run-in title: a strong run
/// that opens the paragraph and closes a sentence of at most
/// [`RUN_IN_TITLE_MAX_WORDS`] words ("**Need a website?** Brand builds
/// them… Get a quote"), text going on after it. A box drawn as one
/// paragraph sets its title so, where a box of blocks has a heading.
fn run_in_title(inline: &Inline) -> Option<usize> {
    let text = inline.text.as_str();
    let lead = text.len() - text.trim_start().len();
    let m = inline
        .marks
        .iter()
        .find(|m| m.kind == MarkKind::Strong && m.start <= lead)?;
    let title = text.get(m.start..m.end)?.trim_end();
    let rest = text.get(m.end..)?;
    (title.ends_with(['?', '!', '.', ':'])
        && title.split_whitespace().count() <= RUN_IN_TITLE_MAX_WORDS
        && rest.chars().any(char::is_alphabetic))
    .then_some(m.end)
}

/// **Own-services box** (`promo.own-services-box`).
///
/// - *Concept*: the site selling itself. A box set in the post, titled
///   with the site's name, whose call to action goes to the site itself
///   ([`site_action`]: its contact or services page, its own e-mail
///   address, a phone call, a chat app's message) and whose text speaks
///   to the reader (a word of the second person, a question or an
///   exclamation: [`speaks_to_reader`](super::speaks_to_reader)): "Grow
///   your business with Brand / We offer SEO… Get a free consultation
///   today! / Contact us now". A newsroom's "Got a tip? Write to us" box
///   is its own promotion too.
/// - *Scope*: a box is a heading that names the site (its title), or
///   that asks the reader over text naming the site
///   ([`box_title_of`]), and the paragraphs under it up to the one
///   that carries the call;
///   at most [`OWN_BOX_BLOCKS`] blocks and [`OWN_BOX_BYTES`] bytes, with
///   no quoted speech. On a page that republishes another outlet's
///   article (`republished`) the article is not the site's, its box is,
///   wherever it stands (at the post's edge or between its paragraphs);
///   there a title opening or closing with the site's name
///   ([`box_title`]: "Advertise with Brand") over the call is a box's
///   without words to the reader, and a paragraph whose title an
///   earlier pass removed as the site's line (before the pass knew the
///   page republishes: `titles_gone`) is its box's text, titled so.
///   On the site's own article, a box
///   between the post's paragraphs (more than [`HEAD`](super::HEAD)
///   blocks that count, as `counted` tells, before it and more than
///   [`TAIL`](super::TAIL) of `text_blocks` after it, a list counting
///   its items) whose title names the site and asks no question: the box
///   interrupts the post's prose, set in it by the site. So does such a
///   box set right under a subheading of the post, with prose before the
///   subheading and at least [`SECTION_AFTER_BOX_MIN_LINES`] lines after
///   the box: it parts the subheading from its section's prose, however
///   near the post's head or end (a post's own closing call is its
///   section, not set between a subheading and the section's text).
/// - *Limits*: on a site's own article a box about the site at the
///   post's head or end is the post's own call (a company's blog ending
///   on a titled "Book your appointment" box: readers of the post read
///   it as the post's close); there only a box giving the site's own
///   address goes ([`is_self_promotion`](super::is_self_promotion)). A
///   question naming the site ("Can I pay Brand by card?") opens a
///   section of the site's own questions and answers.
/// - *Note*: the post's own prose may speak to the reader and link the
///   site's pages, in its closing paragraph too (a company's blog ending
///   on "Contact us today for a free quote"): a call without a title
///   naming the site is not a box, and a post whose prose (a paragraph
///   longer than [`PLUG_BOX`] outside the box) names the site keeps its
///   box, as it keeps its plugs ([`ProseNames`]).
///
/// Returns, for each block, the call to action of the box it is in (no
/// entry at all on a page without a host).
pub(super) fn own_services_boxes(
    blocks: &[Block],
    (counted, text_blocks): (&impl Fn(&Block) -> bool, usize),
    site: &OwnSite<'_>,
) -> Vec<Option<&'static str>> {
    let Some(host) = site.host else {
        return Vec::new();
    };
    let mut out = vec![None; blocks.len()];
    // The lines of the blocks that count (as the stripper counts them) up
    // to block `i`, `i` included: a paragraph of loose text broken by
    // `<br>`s is as many lines as a post of `<p>`s is paragraphs, and a
    // list as many as its items.
    let mut rank = 0usize;
    let ranks: Vec<usize> = (blocks.iter())
        .map(|b| {
            rank += match b {
                _ if !counted(b) => 0,
                Block::Paragraph(p) => {
                    1 + memchr::memchr_iter(b'\n', p.text.trim().as_bytes()).count()
                }
                Block::List { items, .. } => items.len().max(1),
                _ => 1,
            };
            rank
        })
        .collect();
    let lines = rank.max(text_blocks);
    // Whether the blocks `first..=j` stand between the post's paragraphs
    // on the site's own article: more than [`HEAD`] lines that count
    // before them and more than [`TAIL`] after them. A box a block from
    // the edge is still the post's close (a company's blog ending on a
    // titled call to its free trial, then a line or two).
    // The lines that count before block `i`, and through block `j`.
    let before = |i: usize| {
        i.checked_sub(1)
            .and_then(|k| ranks.get(k))
            .copied()
            .unwrap_or(0)
    };
    let through = |j: usize| ranks.get(j).copied().unwrap_or(lines);
    let inside =
        |first: usize, j: usize| before(first) > super::HEAD && through(j) + super::TAIL < lines;
    // Whether the blocks `first..=j` stand right under a subheading of
    // the post (pictures aside: they count no line), with prose before
    // the subheading and more than a line or two of its section after
    // them ([`SECTION_AFTER_BOX_MIN_LINES`]): the box parts the
    // subheading from its section's prose (hook
    // `promo.own-services-box`'s section scope).
    let under_subheading = |first: usize, j: usize| {
        let Some(h) = (0..first).rev().find(|&i| counted(&blocks[i])) else {
            return false;
        };
        matches!(blocks[h], Block::Heading { .. })
            && counted(&blocks[h])
            && before(h) > 0
            && through(j) + SECTION_AFTER_BOX_MIN_LINES <= lines
    };
    for (j, block) in blocks.iter().enumerate() {
        let Block::Paragraph(inline) = block else {
            continue;
        };
        if inline.text.len() > OWN_BOX_BYTES || out[j].is_some() {
            continue;
        }
        // The box's title over the call: a heading that names the site (a
        // subheading of the post over a box set in the post is the
        // post's; a closing paragraph without a title is the post's own).
        // Looked for before the call's links are parsed: most paragraphs
        // have no heading just above them.
        // A paragraph whose title an earlier pass removed is a box of its
        // own, titled with the site's name.
        let gone = site.titles_gone.contains(&inline.text);
        let heading = (!gone)
            .then(|| {
                (j.saturating_sub(OWN_BOX_BLOCKS - 1)..j)
                    .rev()
                    .find(|&i| matches!(blocks[i], Block::Heading { .. }))
                    .filter(|&i| {
                        blocks[i + 1..j]
                            .iter()
                            .all(|b| matches!(b, Block::Paragraph(_)))
                    })
            })
            .flatten();
        // A box drawn as one paragraph: its title is the bold question or
        // call it opens with.
        let run_in = || run_in_title(inline);
        if !gone && heading.is_none() && run_in().is_none() {
            continue;
        }
        let Some(action) = site_action(inline, host) else {
            continue;
        };
        // How the box's title tells it, the box's first block, and the
        // title's text (for its question).
        let told = if gone {
            Some((BoxTitle::NamesSite, j, inline.text.as_str()))
        } else {
            heading
                .and_then(|first| {
                    let told = box_title_of(&blocks[first..=j], site)?;
                    Some((told, first, box_text(&blocks[first])?.text.as_str()))
                })
                .or_else(|| {
                    let end = run_in()?;
                    let (title, text) = inline.text.split_at_checked(end)?;
                    Some((title_tells(title, std::iter::once(text), site)?, j, title))
                })
        };
        let Some((told, first, title)) = told else {
            continue;
        };

        let texts: Vec<&Inline> = blocks[first..=j].iter().filter_map(box_text).collect();
        // On a republished page the box goes wherever it stands (at the
        // post's edge or between its paragraphs: the article is not the
        // site's, its box is). On the site's own article it interrupts
        // the prose under a title naming the site that asks nothing: a
        // question naming the site ("Can I pay Brand by card?") opens a
        // section of the site's own questions and answers.
        let asks = title.trim_end().ends_with('?');
        // The box's call closes it, as a button does ("… fair prices.
        // <a>See our media kit</a>"): a link in a sentence of the post is
        // the post's (an author's page named in a paragraph about the
        // site's testers).
        let closing = || closing_site_action(inline, host);
        let placed = site.republished
            || gone && closing()
            || told == BoxTitle::NamesSite
                && !asks
                && (inside(first, j) || under_subheading(first, j));
        if texts.iter().map(|t| t.text.len()).sum::<usize>() > OWN_BOX_BYTES || !placed {
            continue;
        }
        let lowers: Vec<String> = texts.iter().map(|t| t.text.to_lowercase()).collect();
        if lowers
            .iter()
            .any(|l| super::has_any_char(l, super::QUOTES_LOW))
        {
            continue;
        }
        // The box sells: its text speaks to the reader, or its title is a
        // box's, opening or closing with the site's name ("Advertise with
        // Brand", "Ihre Werbung bei Brand"), or an earlier pass removed
        // its title as the site's line, over a call to the site's own page
        // that closes it on the site's own article.
        let titled = gone || box_title(&norm(title), site.site_norms);
        let speaks = texts
            .iter()
            .zip(&lowers)
            .any(|(t, l)| super::speaks_to_reader(&t.text, l, Some(host)).0)
            || titled && (site.republished || closing());
        // The post's prose names the site (a company's blog selling its
        // product is the post): a box about the site is the post's too.
        let prose_names = || {
            blocks.iter().enumerate().any(|(i, b)| match b {
                Block::Paragraph(p) if !(first..=j).contains(&i) && p.text.len() > PLUG_BOX => {
                    names_own_site(&norm(&p.text), site)
                }
                _ => false,
            })
        };
        if speaks && !prose_names() {
            out[first..=j].fill(Some(action));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_is_found_in_any_ascii_case() {
        assert!(contains_ignore_ascii_case(
            "Culture · WWW.Brand-Site.example",
            "brand-site.example"
        ));
        assert!(contains_ignore_ascii_case(
            "bbrand.example",
            "brand.example"
        ));
        assert!(!contains_ignore_ascii_case("brand.exampl", "brand.example"));
        assert!(!contains_ignore_ascii_case(
            "Culture · brand site",
            "brand.example"
        ));
        assert!(contains_ignore_ascii_case("anything", ""));
        // Other bytes compare exactly.
        assert!(contains_ignore_ascii_case("ÉCOLE.example", "ÉCOLE.example"));
        assert!(!contains_ignore_ascii_case(
            "école.example",
            "ÉCOLE.example"
        ));
    }

    #[test]
    fn a_name_loses_only_a_pair_of_marks_around_it() {
        assert_eq!(unbracketed("[Quay Notes]"), "Quay Notes");
        assert_eq!(unbracketed(" «Quay Notes» "), "Quay Notes");
        assert_eq!(unbracketed("Quay Notes (UK)"), "Quay Notes (UK)");
        assert_eq!(unbracketed("(Quay) Notes (UK)"), "(Quay) Notes (UK)");
        assert_eq!(unbracketed("[]"), "[]");
    }

    #[test]
    fn tagline_classes_are_whole_words() {
        assert!(tagline_class(Some("site-description"), None));
        assert!(tagline_class(Some("header x"), Some("tagline")));
        assert!(!tagline_class(Some("product-description"), None));
        assert!(!tagline_class(Some("taglines-list"), None));
    }

    /// A tagline in a script written without spaces is one spaced word of
    /// many characters: its words are counted by its characters.
    #[test]
    fn unspaced_taglines_count_their_characters() {
        let mut t = Vec::new();
        add_tagline(&mut t, Some("気になるニュースを毎日更新".to_string()));
        add_tagline(&mut t, Some("关注身边的新闻".to_string()));
        // A name of two characters is no tagline.
        add_tagline(&mut t, Some("新闻".to_string()));
        assert_eq!(t, ["気になるニュースを毎日更新", "关注身边的新闻"]);
    }

    #[test]
    fn taglines_are_a_few_words_and_distinct() {
        let mut t = Vec::new();
        add_tagline(&mut t, Some("Brand".into()));
        add_tagline(&mut t, Some("News that moves, every day.".into()));
        add_tagline(&mut t, Some("news that moves — every day".into()));
        assert_eq!(t, ["news that moves every day"]);
        assert_eq!(
            is_tagline("news that moves every day", &t),
            Some("news that moves every day")
        );
        assert_eq!(is_tagline("news that moves", &t), None);
    }

    #[test]
    fn a_site_page_is_short_and_undated() {
        assert!(is_site_page("/contact/"));
        assert!(is_site_page("/services/web-design"));
        assert!(is_site_page("/advertise-with-us.html"));
        assert!(!is_site_page("/"));
        assert!(!is_site_page("/2023/09/26/repair-cafe/"));
        assert!(!is_site_page("/library-repair-cafe-thousandth-toaster/"));
        assert!(!is_site_page("/news/local/ferry/crossings/"));
    }

    #[test]
    fn own_mail_domains_compare_the_brands_letters() {
        assert!(own_mail_domain("brandnews.com", "brandnews.com"));
        assert!(own_mail_domain("mail.brandnews.com", "brandnews.com"));
        assert!(own_mail_domain("brandnews.com", "brandnews.blogspot.com"));
        assert!(own_mail_domain("brand-news.fr", "brand-news.blogspot.com"));
        assert!(!own_mail_domain("gmail.com", "brand-news.blogspot.com"));
        assert!(!own_mail_domain("otherbrand.com", "brandnews.com"));
    }

    #[test]
    fn metadata_name_joins_the_site_names() {
        let names = vec!["Brand News".to_string()];
        assert_eq!(
            site_norms(&names, Some("Brand  news")),
            ["brand news".to_string()]
        );
        assert_eq!(site_norms(&names, Some("Other")), ["brand news", "other"]);
    }
}
