//! A credit told by where its link goes, not by its words: a short line
//! at the post's edge whose link to another host leads to the same story
//! there — the link's path spells the headline, as the original's
//! permalink does ("Read the full story at <a>Outlet</a>", "→
//! <a>outlet.example</a>", "H/T: <a>Outlet</a>" in any language). A
//! plugin's credit links the original article; an article's own closing
//! line that links elsewhere links a different page (a report, a council's
//! site), whose path does not spell this headline.
//!
//! Scope: blocks and `<br>` lines of at most `SHORT_BLOCK` bytes, anywhere
//! in the post (the plugin's line often stands above a share bar, a
//! related-posts box or a promo that push it out of the post's tail), with
//! at most [`MAX_OTHER_WORDS`] words outside the link and no sentence
//! before it (the article's last sentence with the credit glued on is cut
//! sentence by sentence at the post's edge, not removed whole).

use scraper::{ElementRef, Node};
use url::Url;

use crate::article::{Inline, MarkKind};

/// At least this many words of the headline in the link's slug (the last
/// segment of its path): a news slug spells four or more; three are a topic
/// ("what-is-the-winter-solstice" under "What you need to know about
/// Winter Solstice 2023").
pub(super) const MIN_SHARED_WORDS: usize = 4;
/// At least this share of the slug's words, in tenths, are the headline's:
/// the slug spells this headline, not a page about the same people or
/// places (`kourtney-kardashian-travis-barker-wedding-interview` under
/// another headline naming them).
const MIN_SLUG_SHARE_TENTHS: usize = 8;
/// ... and at least half of the headline's words, counting at most this
/// many of them (a slug drops the small words of a long headline).
const HEADLINE_WORDS_CAP: usize = 6;
/// Shorter words are not compared (articles, prepositions, numbers).
pub(super) const MIN_WORD_CHARS: usize = 4;
/// Words of the line outside its link, at most ("Den vollständigen
/// Artikel finden Sie bei" is six).
const MAX_OTHER_WORDS: usize = 8;

/// Words of the line outside its link, at most, when the link's text is
/// the headline ([`titled_with_headline`]): a feed footer's "The post
/// <a>Headline</a> appeared first on <a>Outlet</a>." in a language whose
/// words are not known holds an opening, a joint and the outlet's name
/// (Yoast's Italian one has ten).
const MAX_OTHER_WORDS_TITLED: usize = 16;

/// Whether `inline`'s link `(url, start, end)` to another host is a
/// credit linking the same story elsewhere.
///
/// `host` is the page's own (bare) host: off the page's own site, a slug
/// that is the headline cut down to three long words spells it too
/// ([`slug_spells_cut`]).
pub(super) fn same_story_link(
    inline: &Inline,
    link: (&Url, usize, usize),
    title: &str,
    host: Option<&str>,
) -> bool {
    !title.is_empty()
        && credit_shaped(inline, link, title)
        && slug_spells_cut(link.0, title, off_site(link.0, host))
}

/// Whether `inline`'s link `(url, start, end)` leads off the site to the
/// story whose slug the page's own address ends in (`page_slug`, its
/// [`story_slug`]), in a line shaped as a credit ([`same_story_link`]'s
/// shape). A copied story keeps the original's slug: the link is the
/// original's permalink, whatever the words of its slug (a transliterated
/// headline spells none of the headline's words).
pub(super) fn same_slug_link(
    inline: &Inline,
    link: (&Url, usize, usize),
    title: &str,
    (host, page_slug): (Option<&str>, Option<&str>),
) -> bool {
    page_slug.is_some_and(|slug| has_story_slug(link.0, slug))
        && off_site(link.0, host)
        && credit_shaped(inline, link, title)
}

/// Words of a credit outside its links, at most, when it links the
/// outlet's home page and then the same story there
/// ([`home_then_story`]): a statement naming the outlet and a sentence
/// sending the reader to the original ("Dieser Artikel erscheint mit einer
/// Creative-Commons-Lizenz von <a>Outlet</a>. Lesen Sie den <a>…</a>." has
/// thirteen).
const HOME_THEN_STORY_MAX_WORDS: usize = 16;

/// Whether `inline` is a credit that names the outlet by a link to its
/// home page, then links the same story on that host: its slug is the
/// page's own (`page_slug`, [`has_story_slug`]) or spells the headline
/// (`title`, [`slug_spells_cut`]).
///
/// Rule `marker.home-then-story` (family `syndication:marker`).
/// Concept: a republication note (a Creative Commons one, a partner's)
/// names the outlet, linked to its home page, and sends the reader to the
/// original article ("… under a licence from <a>Outlet</a>. Read the <a>original
/// article</a>."), in whatever words and language: the two links tell it,
/// the home page naming the outlet and the story being this one.
/// Scope: a block or `<br>` line the caller reads at the post's edge
/// (short, no phrase known), one line, every link off the page's site
/// ([`off_site`]) and on one host, the first to its home page (path `/`),
/// a later one to the same story; at most [`HOME_THEN_STORY_MAX_WORDS`]
/// words outside the links.
/// Note: an article's own line that links an outlet's home page and one of
/// its stories links another story (a report it cites), whose slug is
/// neither the page's nor this headline's.
pub(super) fn home_then_story(
    inline: &Inline,
    title: &str,
    (host, page_slug): (Option<&str>, Option<&str>),
) -> bool {
    if inline.text.contains('\n') {
        return false;
    }
    let mut hrefs = inline.marks.iter().filter_map(|m| match &m.kind {
        MarkKind::Link { href } => Some((href, m.start, m.end)),
        _ => None,
    });
    // The first link is parsed alone first: the others are read only
    // when it leads to another site's home page (most lines have none).
    let Some((first, first_start, first_end)) = hrefs.next() else {
        return false;
    };
    let Ok(home) = Url::parse(first) else {
        return false;
    };
    if home.path().len() > 1 || home.query().is_some() || !off_site(&home, host) {
        return false;
    }
    let cap = HOME_THEN_STORY_MAX_WORDS + 1;
    let mut inside = 0;
    let mut story = false;
    let mut visit = |url: &Url, start: usize, end: usize| {
        inside += super::brand::word_count(inline.text.get(start..end).unwrap_or(""), cap);
        story |= url.path().len() > 1
            && (page_slug.is_some_and(|slug| has_story_slug(url, slug))
                || !title.is_empty() && slug_spells_cut(url, title, true));
    };
    visit(&home, first_start, first_end);
    for (href, start, end) in hrefs {
        let Some(url) = Url::parse(href)
            .ok()
            .filter(|u| u.host_str() == home.host_str())
        else {
            return false;
        };
        visit(&url, start, end);
    }
    story
        && super::brand::word_count(&inline.text, cap + inside)
            <= HOME_THEN_STORY_MAX_WORDS + inside
}

/// The shape of a line [`same_story_link`] reads: at most
/// [`MAX_OTHER_WORDS`] words outside its link (or [`MAX_OTHER_WORDS_TITLED`]
/// around a link titled with the headline), one line, no sentence before
/// the link.
fn credit_shaped(inline: &Inline, link: (&Url, usize, usize), title: &str) -> bool {
    let (_, start, end) = link;
    let text = &inline.text;
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    // Words of Chinese or Japanese text counted by their characters.
    let cap = MAX_OTHER_WORDS_TITLED + 1;
    let outside = super::brand::word_count(before, cap) + super::brand::word_count(after, cap);
    let titled = text
        .get(start..end)
        .is_some_and(|t| titled_with_headline(t, title))
        && titled_footer_words(before, after);
    // A sentence or a line before the credit is the article's: the
    // credit is cut off it line by line or sentence by sentence.
    (outside <= MAX_OTHER_WORDS || titled) && !text.contains('\n') && !ends_a_sentence(before)
}

/// Whether `url` leads off the site of the page's own (bare) host `host`:
/// the host is known, and neither host is a subdomain of the other (a
/// site's shop, tracker or mirror).
fn off_site(url: &Url, host: Option<&str>) -> bool {
    let Some(host) = host else {
        return false;
    };
    let link_host = url
        .host_str()
        .map(crate::text::bare_host)
        .unwrap_or_default();
    // Whether `a` is a subdomain of `b` (`b` after a dot).
    let under = |a: &str, b: &str| a.strip_suffix(b).is_some_and(|r| r.ends_with('.'));
    link_host != host && !under(&link_host, host) && !under(host, &link_host)
}

/// Hyphens or underscores in a slug of one word fewer than
/// [`MIN_SHARED_WORDS`], at least (a slug that is the headline cut down,
/// [`slug_spells_cut`], "stadtbibliothek-verleiht-saatgut"): a raw href
/// with fewer is not read as a story's link.
pub(super) const MIN_SLUG_JOINTS: usize = MIN_SHARED_WORDS - 2;

/// Ancestors of a link read for its line: a link alone in its paragraph,
/// in a card's wrapper (`figure > div > blockquote > a`) or in a logo box
/// with the outlet's domain beside it.
const LINE_LEVELS: usize = 3;

/// Whether the link `el` to `url` on another host is a credit by where it
/// goes, read on the page before the article is extracted: its slug
/// spells the headline ([`slug_spells`]) and it stands in a line of its
/// own — the nearest ancestor with text besides the link's holds at most
/// [`MAX_OTHER_WORDS`] other words, no sentence before the link and no
/// link elsewhere (a menu, a share bar or a list of profiles links many
/// pages), or no ancestor within [`LINE_LEVELS`] holds any. Whatever the
/// link shows: the outlet's name after a glyph ("📰 <a>Outlet</a>"), the
/// bare URL, the outlet's logo (no text at all) or the headline in an
/// embed card of the original. A figure's image linking the same story
/// elsewhere is the outlet's logo, not a photo's credit.
///
/// A link whose slug is the page's own (`page_slug`, a [`story_slug`]:
/// a copied story keeps the original's slug, in whatever words and
/// language its headline is) leads to the same story as well.
///
/// The page's own host `host` must be known, and the link's host must not
/// be one of its subdomains (a site's own tracker or mirror); a link to a
/// place in a page (`#comments`) or to a file (an image, a PDF) is not a
/// story's.
///
/// `title` is the page's [`headline_of`] (computed once a page).
pub(super) fn story_link_line(
    el: ElementRef<'_>,
    url: &Url,
    (host, page_slug): (Option<&str>, Option<&str>),
    title: &str,
) -> bool {
    // The tests that read no more than the URL first, cheapest first.
    if url.fragment().is_some() || names_a_file(url) || !off_site(url, host) {
        return false;
    }
    if !page_slug.is_some_and(|s| has_story_slug(url, s)) && !slug_spells_cut(url, title, true) {
        return false;
    }
    let Some(link_text) = super::short_text(el, super::SHORT_BLOCK) else {
        return false;
    };
    let href = el.value().attr("href").unwrap_or("");
    let mut node = el.parent();
    // The highest ancestor read that holds the link alone.
    let mut top_of_line: Option<ElementRef<'_>> = None;
    for _ in 0..LINE_LEVELS {
        let Some(block) = node.and_then(ElementRef::wrap) else {
            break;
        };
        // A longer block is prose: the link is a sentence's, unless a
        // block below held nothing but the link (a line of its own in a
        // post's body).
        let Some(text) = super::short_text(block, super::SHORT_BLOCK) else {
            return top_of_line.is_some_and(|b| !links_elsewhere(b, href));
        };
        if text.len() > link_text.len() + 1 {
            let Some(at) = text.find(link_text.as_str()) else {
                return false;
            };
            let (before, after) = (&text[..at], &text[at + link_text.len()..]);
            // The headline linked with nothing before it and a byline or a
            // date after it is a post's header (an aggregator's title
            // linking the original), not a credit; below the post's prose
            // and with no date after it, a credit ("<a>Headline</a> –
            // Outlet").
            let header = before.trim().is_empty()
                && !after.trim().is_empty()
                && titled_with_headline(&link_text, title)
                && (after.contains(|c: char| c.is_ascii_digit()) || !after_prose(block));
            return !header
                && before.split_whitespace().count() + after.split_whitespace().count()
                    <= MAX_OTHER_WORDS
                && !ends_a_sentence(before)
                && !links_elsewhere(block, href);
        }
        top_of_line = Some(block);
        // A paragraph holding the link alone is a line of its own,
        // whatever boxes the theme put beside it in the same wrapper (a
        // follow box, a share bar): the line ends at the paragraph. A
        // link showing the headline is judged by what stands around it (a
        // post's header above the byline, or a credit under the prose).
        if block.value().name() == "p" && !titled_with_headline(&link_text, title) {
            return !links_elsewhere(block, href);
        }
        node = block.parent();
    }
    top_of_line.is_none_or(|b| !links_elsewhere(b, href))
}

/// **Permalink beside a home link** (`credit.permalink-beside-home`).
///
/// - *Concept*: a credit that names the outlet by a link to its home page
///   and links the original's own page in the same line ("This entry was
///   syndicated from <a>Outlet</a>. <a>Permalink to the original
///   post</a>."): the source is the page, not the outlet's home.
/// - *Scope*: `href`, the credit's link, leads to a site's root (an empty
///   path or `/`, no query); the line is the nearest of the link's
///   [`LINE_LEVELS`] ancestors with text besides the link's, at most
///   [`super::SHORT_BLOCK`] bytes; the other link leads to the same host,
///   to a path below the root that names no file and no place in a page.
/// - *Note*: the first such link in the line is taken; a line without one
///   keeps the home page.
///
/// `base` is the page's address (for relative links), `link` the credit's
/// link element. Returns the original's page.
pub(super) fn permalink_beside(
    link: ElementRef<'_>,
    base: Option<&Url>,
    href: &Url,
) -> Option<Url> {
    if !matches!(href.path(), "" | "/") || href.query().is_some() {
        return None;
    }
    let host = href.host_str()?;
    let own = link.value().attr("href").unwrap_or("");
    let link_len = super::short_text(link, super::SHORT_BLOCK)?.len();
    let mut node = link.parent();
    for _ in 0..LINE_LEVELS {
        let line = node.and_then(ElementRef::wrap)?;
        let text = super::short_text(line, super::SHORT_BLOCK)?;
        if text.len() > link_len + 1 {
            return line
                .descendants()
                .filter_map(ElementRef::wrap)
                .filter(|e| e.value().name() == "a")
                .filter_map(|e| e.value().attr("href").filter(|h| *h != own))
                .filter_map(|h| super::absolute(base, h))
                .find(|u| {
                    u.host_str() == Some(host)
                        && !matches!(u.path(), "" | "/")
                        && u.fragment().is_none()
                        && !names_a_file(u)
                });
        }
        node = line.parent();
    }
    None
}

/// A paragraph of at least this many bytes is the post's prose (what
/// [`after_prose`] looks for): longer than any line of a header, a menu
/// or a byline.
const PROSE_PARAGRAPH: usize = 100;

/// Wrappers opening their parents [`after_prose`] passes on its way up,
/// at most: a page builder's row, column, inner column and text box.
const OPENING_WRAPPERS: usize = 5;

/// Whether `block` stands below the post's prose: an earlier sibling of
/// it or of one of its [`LINE_LEVELS`] nearest ancestors is or holds a
/// paragraph (a `<p>`, or a bare run of text between `<br>`s) of at
/// least [`PROSE_PARAGRAPH`] bytes. A post's header stands
/// above its body, over the byline and the date; a line linking the
/// original under its headline below the body is the plugin's credit.
/// An element that opens its parent (nothing before it) is a wrapper
/// around the line (a grid's row, column and text box), no level of its
/// own: the walk passes it, [`OPENING_WRAPPERS`] at most.
fn after_prose(block: ElementRef<'_>) -> bool {
    let mut node = Some(block);
    let (mut levels, mut wrappers) = (0, 0);
    while levels < LINE_LEVELS {
        let Some(el) = node else {
            return false;
        };
        let opens_parent = el.prev_siblings().all(|sib| match sib.value() {
            Node::Element(_) => false,
            Node::Text(t) => t.trim().is_empty(),
            _ => true,
        });
        if opens_parent && wrappers < OPENING_WRAPPERS {
            wrappers += 1;
            node = el.parent().and_then(ElementRef::wrap);
            continue;
        }
        levels += 1;
        let prose = el.prev_siblings().any(|sib| {
            sib.descendants().any(|n| match n.value() {
                Node::Element(e) => {
                    e.name() == "p"
                        && ElementRef::wrap(n)
                            .is_some_and(|p| super::text_longer_than(p, PROSE_PARAGRAPH))
                }
                // A builder's text module holds its paragraphs as bare
                // text between `<br>`s: a run of text that long is one.
                Node::Text(t) => t.trim().len() >= PROSE_PARAGRAPH,
                _ => false,
            })
        });
        if prose {
            return true;
        }
        node = el.parent().and_then(ElementRef::wrap);
    }
    false
}

/// The headline a story link's slug is read against: the `<title>`
/// cleaned, without the site's names it adds. A profile page's slug spells
/// the site's name ("west-bell-dental-care"), a shop's its trade
/// ("oral-care"), not this story.
pub(super) fn headline_of(title: &str) -> String {
    let mut headline = crate::text::clean(title);
    // The names read from the cleaned title before it is changed.
    for name in super::clean_title_site_names(&headline) {
        headline = headline.replace(&name, " ");
    }
    headline
}

/// Whether `block` holds a link to another address than `href`.
fn links_elsewhere(block: ElementRef<'_>, href: &str) -> bool {
    block
        .descendants()
        .filter_map(ElementRef::wrap)
        .any(|e| e.value().name() == "a" && e.value().attr("href").is_some_and(|h| h != href))
}

/// Whether the last segment of `url`'s path names a file by its extension
/// (an image, a document, a video): a file is not a story's page.
fn names_a_file(url: &Url) -> bool {
    let last = url
        .path_segments()
        .and_then(|mut s| s.next_back())
        .unwrap_or("");
    let Some((_, ext)) = last.rsplit_once('.') else {
        return false;
    };
    // A page's extensions are the server's (`.html`, `.php`, `.aspx`);
    // a file's are what it holds.
    !matches!(
        ext.to_ascii_lowercase().as_str(),
        "html" | "htm" | "shtml" | "php" | "asp" | "aspx" | "jsp" | "cms"
    ) && ext.chars().all(char::is_alphanumeric)
        && ext.chars().any(char::is_alphabetic)
        && ext.len() <= 4
}

/// Whether a link to `url` is about the page itself, not a source: a
/// segment of its path is the page's own host `host` (an archive's copy
/// of this page, `/web/*/https://host/story/`, whose slug is this page's
/// own), or a value of its query is that host or a URL on it (a search
/// engine's "add as a preferred source" page, a sharer or a translator of
/// this page) and its path does not lead to the same story (an
/// original's link tagged `utm_source=<this site>` still credits it).
pub(super) fn about_own_page(url: &Url, host: Option<&str>, title: &str) -> bool {
    let Some(host) = host else {
        return false;
    };
    if url
        .path_segments()
        .is_some_and(|mut segments| segments.any(|s| crate::text::bare_host(s) == host))
    {
        return true;
    }
    url.query().is_some()
        && url.query_pairs().any(|(k, v)| {
            let v = v.to_ascii_lowercase();
            let v = v
                .strip_prefix("https://")
                .or_else(|| v.strip_prefix("http://"))
                .unwrap_or(&v);
            let v = v.strip_prefix("www.").unwrap_or(v);
            v.strip_prefix(host)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']))
                // hook (`link.query-names-own-host`, credit_bounds.rs):
                // "?q=sitename" for sitename.com.
                || super::credit_bounds::query_names_host(&k, v, host)
        })
        && !slug_spells(url, title)
}

/// Whether a link's text is the headline `title` (a page's `<title>`
/// may add the site's name): at least [`MIN_SHARED_WORDS`] words, all of
/// them the headline's, and at least half of its words (counting at most
/// [`HEADLINE_WORDS_CAP`]).
pub(super) fn titled_with_headline(link_text: &str, title: &str) -> bool {
    // Each word looked up in the title's text first: most links' words are
    // not all the headline's, and the headline's words are not collected
    // for them.
    titled_by(link_text, |w| has_word(title, w), || words(title).len())
}

/// [`titled_with_headline`] of a title whose [`words`] are `title_words`
/// (read once a page, not once a link): each of the link's words is one
/// of them, as [`has_word`] finds it in the title.
pub(super) fn titled_with_words(link_text: &str, title_words: &[String]) -> bool {
    titled_by(
        link_text,
        |w| title_words.iter().any(|t| t == w),
        || title_words.len(),
    )
}

/// The test of [`titled_with_headline`], the title read through
/// `in_title` (whether a word is one of its words) and `title_len` (how
/// many words it has, asked last).
fn titled_by(
    link_text: &str,
    in_title: impl Fn(&str) -> bool,
    title_len: impl FnOnce() -> usize,
) -> bool {
    // Most links (menus, tags, buttons) have too few words: told before
    // the words are read.
    if link_text
        .split_whitespace()
        .nth(MIN_SHARED_WORDS - 1)
        .is_none()
    {
        return false;
    }
    let own = words(link_text);
    own.len() >= MIN_SHARED_WORDS
        && own.iter().all(|w| in_title(w))
        && own.len() * 2 >= title_len().min(HEADLINE_WORDS_CAP)
}

/// Whether `w` (lower case) is one of [`words`] of `s`, read in place.
fn has_word(s: &str, w: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric()).any(|seg| {
        seg.chars().count() >= MIN_WORD_CHARS
            && seg.chars().all(char::is_alphabetic)
            // A capital sigma lowers by its place in the word: only
            // `to_lowercase` of the whole word knows it.
            && if seg.contains('Σ') {
                seg.to_lowercase() == w
            } else {
                seg.chars().flat_map(char::to_lowercase).eq(w.chars())
            }
    })
}

/// Whether a line of text (`line`, its link's text `link_text` inside it),
/// whose link's text is the headline (the caller has told
/// [`titled_with_headline`]), is a credit by its link to the same story
/// elsewhere: a line of its own with no sentence before the link and at
/// most [`MAX_OTHER_WORDS_TITLED`] words outside it, and the link's slug
/// spells the headline ([`slug_spells`]).
pub(super) fn footer_story_line(line: &str, link_text: &str, url: &Url, title: &str) -> bool {
    if line.contains('\n') {
        return false;
    }
    let Some(at) = line.find(link_text) else {
        return false;
    };
    let (before, after) = (&line[..at], &line[at + link_text.len()..]);
    titled_footer_words(before, after) && !ends_a_sentence(before) && slug_spells(url, title)
}

/// Whether the words around a link titled with the headline are a feed
/// footer's: an opening before it and a joint after it ("The post", "appeared
/// first on Outlet"), [`MAX_OTHER_WORDS_TITLED`] at most. A headline's link
/// with nothing before it is the post's own title in its header, over the
/// byline and the date.
fn titled_footer_words(before: &str, after: &str) -> bool {
    let (b, a) = (
        before.split_whitespace().count(),
        after.split_whitespace().count(),
    );
    b > 0 && a > 0 && b + a <= MAX_OTHER_WORDS_TITLED
}

/// Whether the slug of `url` (the last segment of its path with letters)
/// spells the headline `title`: the link leads to the same story.
pub(super) fn slug_spells(url: &Url, title: &str) -> bool {
    slug_spells_cut(url, title, false)
}

/// The slug of `url`: the last segment of its path with letters, without
/// a page's extension (`.html` is no word of its slug).
fn slug_of(url: &Url) -> &str {
    let slug = url
        .path_segments()
        .and_then(|mut s| s.rfind(|seg| seg.chars().any(char::is_alphabetic)))
        .unwrap_or("");
    slug.rsplit_once('.').map_or(slug, |(stem, _)| stem)
}

/// A page's own slug is a story's with this many long words
/// ([`MIN_WORD_CHARS`]) at least: one fewer than a slug that shares words
/// with a headline needs ([`MIN_SHARED_WORDS`]), since it is matched whole
/// ([`has_story_slug`]), every word and none more, on another host
/// ("jak-zazimovat-zahradni-hadici" holds three long words).
const STORY_SLUG_MIN_WORDS: usize = MIN_SHARED_WORDS - 1;

/// The story slug of a page's address: its [`slug_of`] without a numeric
/// id joined before or after it ("…-256792"), in ASCII lower case with
/// `-` joints ([`slug_core`]), when it holds [`STORY_SLUG_MIN_WORDS`] long
/// words at least (a story's slug, not a section's: "local-news",
/// "city-council").
///
/// An AMP page's address is its post's with an `amp` segment after the
/// slug (`…/the-story-slug/amp/`): the slug is the segment before it.
pub(super) fn story_slug(url: &Url) -> Option<String> {
    let slug = url
        .path_segments()
        .and_then(|s| {
            s.filter(|seg| !seg.eq_ignore_ascii_case("amp"))
                .rfind(|seg| seg.chars().any(char::is_alphabetic))
        })
        .unwrap_or("");
    let core = slug_core(slug.rsplit_once('.').map_or(slug, |(stem, _)| stem));
    if words(core).len() < STORY_SLUG_MIN_WORDS {
        return None;
    }
    Some(core.to_ascii_lowercase().replace('_', "-"))
}

/// Whether the slug of `url`, without its numeric ids ([`slug_core`]), is
/// `slug` (a [`story_slug`]) in any ASCII case, `_` for `-`. Reads the
/// link's address in place: most links' slugs are told apart by length.
fn has_story_slug(url: &Url, slug: &str) -> bool {
    let core = slug_core(slug_of(url));
    core.len() == slug.len()
        && core
            .bytes()
            .zip(slug.bytes())
            .all(|(a, b)| a.to_ascii_lowercase() == b || (a == b'_' && b == b'-'))
}

/// Whether the slug of `url` without its numeric ids is `slug` (a
/// [`story_slug`]): [`has_story_slug`], for the stripper's other modules.
pub(super) fn same_slug(url: &Url, slug: &str) -> bool {
    has_story_slug(url, slug)
}

/// `slug` without the numeric ids joined to its ends by `-` or `_`
/// ("256792-harbour-fees-rise-1" gives "harbour-fees-rise").
fn slug_core(slug: &str) -> &str {
    let id = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let mut core = slug;
    while let Some((head, rest)) = core.split_once(['-', '_']) {
        if !id(head) {
            break;
        }
        core = rest;
    }
    while let Some((rest, tail)) = core.rsplit_once(['-', '_']) {
        if !id(tail) {
            break;
        }
        core = rest;
    }
    core
}

/// [`slug_spells`], and with `cut`, a slug of one long word fewer when it
/// is the headline cut down ([`only_headline_words`]): for a link standing
/// in a line of its own, off the page's own site ([`story_link_line`]).
fn slug_spells_cut(url: &Url, title: &str, cut: bool) -> bool {
    let slug = slug_of(url);
    let long = words(slug);
    // The slug first: most links' slugs are too short to share enough
    // words, and the headline's words are not read for them.
    if long.len() + usize::from(cut) < MIN_SHARED_WORDS {
        return false;
    }
    // The headline's words and their foldings, read once for the links of
    // a page (whose title is the same for each) and kept across calls.
    thread_local! {
        static HEADLINE: std::cell::RefCell<Option<HeadlineWords>> =
            const { std::cell::RefCell::new(None) };
    }
    let shares = |headline: &HeadlineWords| {
        if headline.count < MIN_SHARED_WORDS {
            return None;
        }
        let shared = long.iter().filter(|w| headline.folded.contains(w)).count();
        Some((shared, headline.count))
    };
    let read = HEADLINE.with(|cell| match cell.try_borrow_mut() {
        Ok(mut kept) => {
            if kept.as_ref().is_none_or(|h| h.title != title) {
                *kept = Some(HeadlineWords::new(title));
            }
            kept.as_ref().and_then(shares)
        }
        Err(_) => shares(&HeadlineWords::new(title)),
    });
    let Some((shared, count)) = read else {
        return false;
    };
    (shared >= MIN_SHARED_WORDS
        || cut && shared + 1 == MIN_SHARED_WORDS && only_headline_words(slug, title))
        && shared * 10 >= long.len() * MIN_SLUG_SHARE_TENTHS
        && shared * 2 >= count.min(HEADLINE_WORDS_CAP)
}

/// The words of a headline a parsed address's slug word may be
/// ([`slug_spells_cut`] compares the slug's [`words`] with the headline's
/// [`folded`] ones): the folded words in ASCII lower case (an address's
/// path is ASCII, its words lower-cased), with the lengths and the last
/// letters among them, for [`slug_may_spell`].
pub(super) struct SlugKeys {
    keys: Vec<String>,
    /// Bit `n` set for each key of `n` bytes (all at 63 and over).
    lengths: u64,
    /// Bit `n` set for each key ending with the `n`-th letter.
    last_letters: u32,
}

/// The [`SlugKeys`] of the headline `title`; `None` when it has too few
/// words for any slug to spell it. Read once a page.
pub(super) fn slug_keys(title: &str) -> Option<SlugKeys> {
    let words = words(title);
    if words.len() < MIN_SHARED_WORDS {
        return None;
    }
    let keys: Vec<String> = folded(&words)
        .into_iter()
        .filter(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        .collect();
    let (mut lengths, mut last_letters) = (0u64, 0u32);
    for key in &keys {
        lengths |= 1 << key.len().min(63);
        if let Some(&b) = key.as_bytes().last() {
            last_letters |= 1 << (b - b'a');
        }
    }
    Some(SlugKeys {
        keys,
        lengths,
        last_letters,
    })
}

/// Letters of a slug word the URL parser may write before the href's own
/// ASCII letters: the two hex digits of the percent-encoding of the
/// character before them ("ê" before "xyz" is "%C3%AAxyz", whose word is
/// "aaxyz").
const ENCODED_LEAD: usize = 2;

/// Whether the bytes `region` of a raw href (where its parsed address's
/// slug lies: `super::slug_region`) may hold the words of a slug that
/// spells the headline of `keys` ([`slug_keys`]) as [`story_link_line`]
/// asks, at least [`MIN_SHARED_WORDS`] `- 1` of them: a necessary
/// condition, told without the URL parser. A slug word is a maximal run of
/// ASCII letters of the href, lower-cased, after at most [`ENCODED_LEAD`]
/// letters the parser wrote (the path of an address leaving the page's
/// host is the href's own; its words end where the href's letters do, at
/// a byte the parser copies or percent-encodes, neither a letter nor a
/// digit). Where the parser drops bytes (tabs, line breaks), the region
/// may.
pub(super) fn slug_may_spell(region: &[u8], keys: Option<&SlugKeys>) -> bool {
    let Some(keys) = keys else {
        return false;
    };
    if memchr::memchr3(b'\t', b'\n', b'\r', region).is_some() {
        return true;
    }
    // The keys a run of the href may be, each counted once (past the
    // mask's bits, once per run: more, never fewer).
    let mut found = 0u64;
    let mut shared = 0;
    let mut i = 0;
    while i < region.len() {
        if !region[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < region.len() && region[i].is_ascii_alphabetic() {
            i += 1;
        }
        let run = &region[start..i];
        // A key as long as the run or up to `ENCODED_LEAD` longer, ending
        // with its last letter: told by two masks before any comparison.
        let lengths = (0b111u64 << run.len().min(63)) | (1 << 63);
        let last = 1u32 << (run[run.len() - 1].to_ascii_lowercase() - b'a');
        if run.len() + ENCODED_LEAD < MIN_WORD_CHARS
            || keys.lengths & lengths == 0
            || keys.last_letters & last == 0
        {
            continue;
        }
        for (n, key) in keys.keys.iter().enumerate() {
            let key = key.as_bytes();
            let bit = 1u64.checked_shl(u32::try_from(n).unwrap_or(u32::MAX));
            if bit.is_none_or(|b| found & b == 0)
                && key.len() >= run.len()
                && key.len() <= run.len() + ENCODED_LEAD
                && key[key.len() - run.len()..].eq_ignore_ascii_case(run)
            {
                found |= bit.unwrap_or(0);
                shared += 1;
                if shared + 1 >= MIN_SHARED_WORDS {
                    return true;
                }
            }
        }
    }
    false
}

/// What [`slug_spells_cut`] reads of a headline: its [`words`] (how many)
/// and their [`folded`] forms, with the headline they are of.
struct HeadlineWords {
    title: String,
    count: usize,
    folded: Vec<String>,
}

impl HeadlineWords {
    fn new(title: &str) -> Self {
        let words = words(title);
        HeadlineWords {
            title: title.to_string(),
            count: words.len(),
            folded: folded(&words),
        }
    }
}

/// Whether every word of `slug`, short ones too, is a word of the
/// headline `title` (numbers aside): a short slug of three long words is
/// the headline cut down ("hofladen-automat-rund-um-die-uhr"), not a page
/// on its topic, whose slug says something of its own
/// ("what-is-the-winter-solstice" under "What you need to know about
/// Winter Solstice 2023").
fn only_headline_words(slug: &str, title: &str) -> bool {
    let all = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().any(char::is_alphabetic))
            .map(str::to_lowercase)
            .collect()
    };
    let headline = folded(&all(title));
    all(slug).iter().all(|w| headline.contains(w))
}

/// The words with their accents dropped, and the German spelling of the
/// umlauts, beside the words themselves: how CMSs spell a headline in a
/// slug (`öffnet` is `offnet` or `oeffnet`, `é` is `e`).
fn folded(words: &[String]) -> Vec<String> {
    let mut out = words.to_vec();
    for w in words {
        let mut plain = String::with_capacity(w.len());
        let mut german = String::with_capacity(w.len() + 2);
        for c in w.chars() {
            let base = match c {
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => "a",
                'é' | 'è' | 'ê' | 'ë' => "e",
                'í' | 'ì' | 'î' | 'ï' => "i",
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' => "o",
                'ú' | 'ù' | 'û' | 'ü' => "u",
                'ç' => "c",
                'ñ' => "n",
                'ß' => "ss",
                _ => "",
            };
            let umlaut = match c {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                _ => base,
            };
            if base.is_empty() {
                plain.push(c);
                german.push(c);
            } else {
                plain.push_str(base);
                german.push_str(umlaut);
            }
        }
        for f in [plain, german] {
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    out
}

/// Whether a sentence ends inside `s` (a stop, then a space).
fn ends_a_sentence(s: &str) -> bool {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.peek().is_some_and(|n| n.is_whitespace()) {
            return true;
        }
    }
    false
}

/// The lower-cased alphabetic words of `s` of at least [`MIN_WORD_CHARS`]
/// characters, in order, without repeats.
pub(super) fn words(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in each_word(s) {
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// [`words`] of `s`, repeats included, one at a time.
fn each_word(s: &str) -> impl Iterator<Item = String> + '_ {
    word_pieces(s).map(str::to_lowercase)
}

/// The pieces of `s` that [`each_word`] lower-cases, as written.
fn word_pieces(s: &str) -> impl Iterator<Item = &str> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= MIN_WORD_CHARS && w.chars().all(char::is_alphabetic))
}

/// Whether each of [`words`] of `text` is one of `title_words` (a title's
/// `words`): read up to the first that is not. An ASCII word's lower case
/// is its ASCII lower case: compared with each title word byte by byte
/// ([`is_ascii_lower_of`]), without lower-casing it into a new string
/// (this runs for links by the hundred).
pub(super) fn words_among(text: &str, title_words: &[String]) -> bool {
    word_pieces(text).all(|w| {
        if w.is_ascii() {
            title_words.iter().any(|t| is_ascii_lower_of(t, w))
        } else {
            title_words.contains(&w.to_lowercase())
        }
    })
}

/// Whether `lower` is `word.to_ascii_lowercase()`, told without making it.
fn is_ascii_lower_of(lower: &str, word: &str) -> bool {
    lower.len() == word.len()
        && lower
            .bytes()
            .zip(word.bytes())
            .all(|(l, w)| l == w.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` words drawn from `pool`, joined by joints drawn from `joints`.
    fn drawn_phrase(
        draw: &mut super::super::draw::Draw,
        pool: &[&str],
        joints: &[&str],
        n: usize,
    ) -> String {
        let mut s = String::new();
        for i in 0..n {
            if i > 0 {
                let joint: &&str = draw.pick(joints);
                s.push_str(joint);
            }
            let word: &&str = draw.pick(pool);
            s.push_str(word);
        }
        s
    }

    /// [`words_among`] is its reading that lower-cases each word into a
    /// string ([`each_word`]), on drawn link texts and titles (capitals,
    /// accents, a final sigma, digits, short words, repeats).
    #[test]
    fn words_among_is_each_word_among() {
        let pool = [
            "Harbour",
            "harbour",
            "HARBOUR",
            "ferry",
            "Fees",
            "rise",
            "new",
            "Café",
            "CAFÉ",
            "cafe",
            "ΟΔΟΣ",
            "οδος",
            "Straße",
            "STRASSE",
            "x1y",
            "2024",
            "council",
            "İstanbul",
            "istanbul",
            "KELVIN",
            "\u{212a}elvin",
        ];
        let joints = [" ", "-", ", ", " | ", "\u{a0}"];
        let mut draw = super::super::draw::Draw::new(35);
        let phrase =
            |draw: &mut super::super::draw::Draw, n: usize| drawn_phrase(draw, &pool, &joints, n);
        let (mut among, mut read) = (0, 0);
        for n in 0..4000 {
            let title_words = words(&phrase(&mut draw, 2 + n % 7));
            let text = phrase(&mut draw, 1 + n % 4);
            let want = each_word(&text).all(|w| title_words.contains(&w));
            assert_eq!(
                words_among(&text, &title_words),
                want,
                "{text:?} {title_words:?}"
            );
            among += usize::from(want);
            read += 1;
        }
        assert!(among > 200 && among < read - 200, "{among} of {read}");
    }

    /// [`titled_with_words`] with the title's [`words`] is
    /// [`titled_with_headline`] of the title, on drawn titles and link
    /// texts (repeats, short words, digits, hyphens, capitals, a final
    /// sigma).
    #[test]
    fn titled_with_words_is_titled_with_headline() {
        let pool = [
            "Harbour", "harbour", "ferry", "FERRY", "fees", "rise", "new", "plan", "2024", "ΟΔΟΣ",
            "οδος", "οδοσ", "Café", "cafe", "terminal", "council", "x1y",
        ];
        let joints = [" ", " ", " ", "-", ", ", " | ", "\u{a0}"];
        let mut draw = super::super::draw::Draw::new(32);
        let phrase =
            |draw: &mut super::super::draw::Draw, n: usize| drawn_phrase(draw, &pool, &joints, n);
        let (mut titled, mut read) = (0, 0);
        for n in 0..4000 {
            let title = phrase(&mut draw, 3 + n % 9);
            let text = phrase(&mut draw, 2 + n % 6);
            let want = titled_with_headline(&text, &title);
            assert_eq!(
                titled_with_words(&text, &words(&title)),
                want,
                "{text:?} in {title:?}"
            );
            titled += usize::from(want);
            read += 1;
        }
        assert!(titled > 10 && titled < read, "{titled} of {read} titled");
    }

    #[test]
    fn slug_may_spell_passes_every_href_whose_slug_spells_the_headline() {
        let titles = [
            "Harbour council approves new ferry terminal plans",
            "Stadtrat öffnet neue Fähre für Pendler am Hafen",
            "Café owners fear the winter season after price rises",
            "ΟΔΟΣ plan: the mayor's ferry review gets delayed",
            "Short headline here",
        ];
        let hrefs = [
            "https://wire.example/news/harbour-council-approves-new-ferry-terminal-plans",
            "https://wire.example/news/HARBOUR-Council-Approves-Ferry.html",
            "https://wire.example/a/council-approves-ferry-terminal?ref=home",
            "https://wire.example/a/council-approves-ferry-terminal#comments",
            "https://wire.example/a/council-approves-ferry-terminal#",
            "https://wire.example/stadtrat-oeffnet-neue-faehre-fuer-pendler",
            "https://wire.example/stadtrat-offnet-neue-fahre-pendler",
            "https://wire.example/stadtrat-öffnet-neue-fähre-pendler",
            "https://wire.example/stadtrat-%C3%B6ffnet-neue-f%C3%A4hre-pendler",
            "https://wire.example/cafe-owners-fear-winter-season",
            "https://wire.example/café-owners-fear-winter-season",
            "https://wire.example/caf%C3%A9-owners-fear-the-winter",
            "https://wire.example/\u{ea}ners-fear-winter-season",
            "https://wire.example/mayor-ferry-review-delayed",
            "https://wire.example/x/../mayor-ferry-review-delayed/",
            "https://wire.example/mayor-fer\try-review-delayed",
            "https://wire.example/mayor-fer\nry-re\tview-delayed",
            "//wire.example/owners fear winter season",
            "https://wire.example/owners\\fear/winter/season",
            "https://wire.example/short-headline-here-today",
            "https://wire.example/weather/today",
            "https://wire.example/?p=harbour-council-approves-new-ferry-terminal",
            "https://wire.example/2024/05/harbour123-council-approves-ferry-terminal",
        ];
        let base = Url::parse("https://own.example/post/").expect("a test URL");
        let (mut spelled, mut refused) = (0, 0);
        for title in titles {
            let keys = slug_keys(title);
            for href in hrefs {
                let gate = !href.contains('#')
                    && slug_may_spell(crate::syndication::slug_region(href), keys.as_ref());
                let full = base
                    .join(href.trim())
                    .ok()
                    .is_some_and(|u| u.fragment().is_none() && slug_spells_cut(&u, title, true));
                assert!(gate || !full, "{title} / {href}");
                spelled += usize::from(full);
                refused += usize::from(!gate);
            }
        }
        // Both kinds are met: slugs that spell a headline, and hrefs the
        // gate refuses without parsing.
        assert!(spelled >= 8, "{spelled}");
        assert!(refused >= titles.len() * hrefs.len() / 2, "{refused}");
    }

    fn line(text: &str, href: &str) -> (Inline, Url) {
        (Inline::plain(text), Url::parse(href).expect("a test URL"))
    }

    /// A story's slug without its ids, in any case and joint; a section's
    /// slug is none.
    #[test]
    fn a_story_slug_is_read_without_its_ids() {
        let url = |s: &str| Url::parse(s).expect("a test URL");
        let page = url("https://copy.example/mazarie-alqarya-jameiya-tumur/");
        let slug = story_slug(&page).expect("a story slug");
        assert_eq!(slug, "mazarie-alqarya-jameiya-tumur");
        for (href, same) in [
            (
                "https://orig.example/news/mazarie-alqarya-jameiya-tumur-262454.html",
                true,
            ),
            (
                "https://orig.example/2024/05/14/Mazarie_Alqarya_Jameiya_Tumur/",
                true,
            ),
            (
                "https://orig.example/262454-mazarie-alqarya-jameiya-tumur",
                true,
            ),
            ("https://orig.example/news/mazarie-alqarya-jameiya", false),
            ("https://orig.example/read/24955600", false),
        ] {
            assert_eq!(has_story_slug(&url(href), &slug), same, "{href}");
        }
        assert_eq!(story_slug(&url("https://copy.example/local-news/")), None);
    }

    #[test]
    fn has_word_reads_the_words_in_place() {
        // The same answers as looking the word up in `words`, a final
        // capital sigma (lowered by its place in the word) included.
        let title = "ΟΔΟΣ Über-Straße: the MAYOR's plan, 2024";
        for w in [
            "οδος", "οδοσ", "über", "straße", "mayor", "plan", "2024", "the", "mayors",
        ] {
            assert_eq!(
                has_word(title, w),
                words(title).contains(&w.to_string()),
                "{w}"
            );
        }
        assert!(has_word(title, "οδος"));
        assert!(!has_word(title, "οδοσ"));
        assert!(has_word(title, "mayor"));
        assert!(!has_word(title, "plan,"));
    }

    const TITLE: &str = "Valley bakery turns its leftover bread into a neighbourhood pantry";

    /// [`slug_spells_cut`] as it was before it kept the headline's words:
    /// read again for each link.
    fn slug_spells_by_reading(url: &Url, title: &str, cut: bool) -> bool {
        let slug = slug_of(url);
        let long = words(slug);
        if long.len() + usize::from(cut) < MIN_SHARED_WORDS {
            return false;
        }
        let headline = words(title);
        if headline.len() < MIN_SHARED_WORDS {
            return false;
        }
        let headline = folded(&headline);
        let shared = long.iter().filter(|w| headline.contains(w)).count();
        (shared >= MIN_SHARED_WORDS
            || cut && shared + 1 == MIN_SHARED_WORDS && only_headline_words(slug, title))
            && shared * 10 >= long.len() * MIN_SLUG_SHARE_TENTHS
            && shared * 2 >= words(title).len().min(HEADLINE_WORDS_CAP)
    }

    #[test]
    fn kept_headline_words_answer_as_read_again() {
        let titles = [
            TITLE,
            "Stadtbibliothek verleiht Saatgut für Gärten – Über uns",
            "Short title",
            "",
        ];
        let urls = [
            "https://riverside.example/2024/05/valley-bakery-leftover-bread-pantry/",
            "https://riverside.example/valley-bakery-bread-pantry.html",
            "https://x.example/stadtbibliothek-verleiht-saatgut-gaerten",
            "https://x.example/stadtbibliothek-verleiht-saatgut-garten",
            "https://x.example/news/",
            "https://x.example/short-title-here-now",
        ];
        let mut spelled = 0;
        // The titles alternate, as pages do: each call answers for its own.
        for round in 0..2 {
            for url in urls {
                let url = Url::parse(url).expect("a test URL");
                for title in titles.iter().cycle().skip(round).take(titles.len()) {
                    for cut in [false, true] {
                        let got = slug_spells_cut(&url, title, cut);
                        assert_eq!(
                            got,
                            slug_spells_by_reading(&url, title, cut),
                            "{url} {title}"
                        );
                        spelled += usize::from(got);
                    }
                }
            }
        }
        assert!(spelled >= 4, "{spelled}");
    }

    #[test]
    fn a_link_to_the_same_story_elsewhere_is_a_credit() {
        let text = "Read the full story at Riverside Chronicle";
        let (inline, url) = line(
            text,
            "https://riverside.example/2024/05/valley-bakery-leftover-bread-pantry/",
        );
        assert!(same_story_link(
            &inline,
            (&url, 23, text.len()),
            TITLE,
            None
        ));
    }

    #[test]
    fn a_link_to_another_page_or_inside_prose_is_not() {
        let text = "The council's report is on its website";
        let (inline, url) = line(text, "https://council.example/reports/food-waste-2024");
        assert!(!same_story_link(
            &inline,
            (&url, 30, text.len()),
            TITLE,
            None
        ));
        let prose = "Mill Street traders said on Monday that the pantry had drawn more customers than any sale they had run, according to a survey by the Riverside Chronicle";
        let at = prose.len() - "Riverside Chronicle".len();
        let (inline, url) = line(
            prose,
            "https://riverside.example/valley-bakery-leftover-bread-pantry/",
        );
        assert!(!same_story_link(
            &inline,
            (&url, at, prose.len()),
            TITLE,
            None
        ));
        // The article's last sentence with the credit glued after it: the
        // block is not the credit (the credit is cut off it).
        let glued = "The pantry opens at seven. Read the full story at Riverside Chronicle";
        let at = glued.len() - "Riverside Chronicle".len();
        let (inline, url) = line(
            glued,
            "https://riverside.example/valley-bakery-leftover-bread-pantry/",
        );
        assert!(!same_story_link(
            &inline,
            (&url, at, glued.len()),
            TITLE,
            None
        ));
        // A page about the same people under another headline.
        let title = "Kourtney Kardashian reveals first photos of baby boy with Travis Barker";
        let text = "she told WSJ Magazine";
        let (inline, url) = line(text, "https://wsj.example/articles/kourtney-kardashian-travis-barker-wedding-interview-0a1b2c");
        assert!(!same_story_link(
            &inline,
            (&url, 9, text.len()),
            title,
            None
        ));
    }

    #[test]
    fn a_slug_spells_the_headline_without_accents() {
        let title = "Freibad öffnet nach Sanierung früher als geplant";
        let text = "Den vollständigen Artikel finden Sie bei Weser Tageblatt";
        let at = text.len() - "Weser Tageblatt".len();
        let (inline, url) = line(
            text,
            "https://weser.example/region/freibad-oeffnet-nach-sanierung-frueher.html",
        );
        assert!(same_story_link(
            &inline,
            (&url, at, text.len()),
            title,
            None
        ));
    }
}
