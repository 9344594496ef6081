//! Rule `credit.read-on-outlet` (family `syndication:marker`).
//!
//! Concept: a feed plugin closes an excerpt with a button or a small line
//! that sends the reader on to the original: "Read more at <a>Outlet</a> »",
//! "<a>Continue reading on Outlet »</a>" (Feedzy's button),
//! "<sub>Read more at <a>Outlet</a></sub>" (FeedWordPress), in whatever
//! language the site is set to. Its words are the plugin's label, which
//! no list holds for every language; what tells it is its shape: a few
//! words and one link to a page on another host, nothing after the link
//! but a pointer glyph, and the link says it leads on — it ends with a
//! pointer glyph (a button's "»", "→"), or the name at its end is the
//! outlet the page's other credits named, or the link's whole text is a
//! periodical's name with nothing after it ("続きは <a>…日報</a>").
//! Scope: a block or `<br>` line at the post's edge (the first
//! [`super::HEAD`] or last [`super::TAIL`] text blocks) of at most
//! [`MAX_LINE_BYTES`] bytes, with one link, to a page (not the home page)
//! on another host that is no platform a follow box sends the reader to
//! (`FOLLOW_PLATFORMS`), at most [`MAX_LEAD_WORDS`] words before the link
//! and no sentence end among them.
//! Note: an article's own closing link ("The full report is on <a>the
//! ministry's site</a>.") is a sentence, and a link to another page ends
//! with no glyph and names no outlet the page credits (nor a periodical
//! by its name alone: a sentence ends after it); a photo's credit
//! ("Photo via <a>Pexels</a>") spells the host it links but ends with no
//! glyph; a follow line links a platform. The link is the source
//! (`source_url`); the name at its end, when it is the named outlet, the
//! outlet's.

use url::Url;

use super::why::{Fired, Why};
use super::{patterns, BlockCtx, Found};
use crate::article::Inline;

/// Bytes of the line, at most (a label, an outlet's name and a glyph in
/// a script of up to three bytes a letter).
const MAX_LINE_BYTES: usize = 160;
/// Words before the link, at most ("Haberin devamı için", "Đọc thêm
/// tại", "Read the rest of this story at").
const MAX_LEAD_WORDS: usize = 7;
/// Words of the link's text, at most, when the label is inside the link
/// (a button: "Continue reading on Outlet »").
const MAX_LINK_WORDS: usize = 10;
/// Words at the end of the link's text read for the outlet's name, at
/// most.
const NAME_WORDS: usize = 4;

/// The check's id, as it travels into `Article::removed`.
pub(super) const CHECK: &str = "credit.read-on-outlet";

/// A "read on at the outlet" line at the post's edge: records the post as
/// syndicated, its source and the outlet's name where nothing was found
/// yet, and returns the reason it goes.
pub(super) fn read_on_marker<'a>(
    inline: &Inline,
    ctx: &BlockCtx<'a>,
    found: &mut Found,
) -> Option<Why<'a>> {
    if !ctx.edge || inline.text.len() > MAX_LINE_BYTES || inline.text.contains('\n') {
        return None;
    }
    let (href, start, end) = super::only_link(inline)?;
    let text = inline.text.as_str();
    let lead = text.get(..start)?.trim();
    let after = text.get(end..)?.trim();
    let linked = text.get(start..end)?.trim();
    // Nothing after the link but a glyph (and a stop).
    let after_glyph = trailing_glyph(after.trim_end_matches('.'));
    if !after.trim_end_matches('.').is_empty() && after_glyph.is_none_or(|rest| !rest.is_empty()) {
        return None;
    }
    if lead.split_whitespace().count() > MAX_LEAD_WORDS
        || lead.contains(['.', '!', '?', '。', '！', '？'])
        || linked.split_whitespace().count() > MAX_LINK_WORDS
        || !linked.chars().any(char::is_alphabetic)
    {
        return None;
    }
    // The address is parsed once the words fit.
    let url = Url::parse(href).ok()?;
    if !super::other_host(ctx.host, &url) || url.path().len() <= 1 || is_platform(&url) {
        return None;
    }
    // A button's glyph closes the line, inside or after the link.
    let linked_bare = trailing_glyph(linked).unwrap_or(linked);
    let button = after_glyph.is_some() || linked_bare.len() < linked.len();
    let name = outlet_at_end(linked_bare, ctx)
        .or_else(|| periodical_link(lead, linked_bare, after, ctx.authors));
    // The label before the name: a line that is only a name is a credit
    // of another kind (`Source` lines, a pointer).
    let labelled = !lead.is_empty() || name.as_ref().is_none_or(|n| n.len() < linked_bare.len());
    if !labelled || (!button && name.is_none()) {
        return None;
    }
    found.syndicated = true;
    found.edge_credit = true;
    if found.source_url.is_none() {
        found.source_url = Some(url);
    }
    if found.source_name.is_none() {
        found.source_name = name.filter(|n| super::usable_name(n));
    }
    Some(Why::new("syndication:marker", Fired::Check(CHECK)))
}

/// `text` without the pointer glyph that closes it (trimmed), when one
/// does ([`patterns::POINTER_GLYPHS`]).
fn trailing_glyph(text: &str) -> Option<&str> {
    let t = text.trim_end();
    patterns::POINTER_GLYPHS
        .iter()
        .find_map(|g| t.strip_suffix(g))
        .map(str::trim_end)
}

/// The outlet's name closing a link's text: its last words (up to
/// [`NAME_WORDS`]) when they are the outlet the page's other credits
/// named, by its name or its host's label ([`BlockCtx::outlet`],
/// [`BlockCtx::outlet_host`]). A name that only spells the linked host is
/// no evidence: a photo's credit ("Photo via <a>Pexels</a>") and a
/// pointer to a service ("Where to watch: <a>Netflix</a>") spell theirs.
fn outlet_at_end(linked: &str, ctx: &BlockCtx<'_>) -> Option<String> {
    if ctx.outlet.is_none() && ctx.outlet_host.is_none() {
        return None;
    }
    let words: Vec<&str> = linked.split_whitespace().collect();
    (1..=NAME_WORDS.min(words.len())).find_map(|k| {
        let name = words[words.len() - k..].join(" ");
        let n = super::norm(&name);
        let host = ctx.outlet_host.is_some_and(|o| o == n.replace(' ', ""));
        (ctx.outlet == Some(n.as_str()) || host).then_some(name)
    })
}

/// The link's whole text when it is a periodical's name ("<sub>Label
/// <a>Valley Gazette</a></sub>", "続きは <a>…日報</a>"): a name's shape
/// holding a periodical's word (`marker.press-noun`,
/// [`super::credit_lines::periodical_name`]: a few capitalised or caseless
/// words, the periodical's word in either case, no digit), not the
/// article's author, with the label's words before the link (a button
/// holds its label: its name is read at its end), nothing after the link
/// (the line is no sentence: "The full report is in <a>the Valley
/// Gazette</a>." is one) and no image label before it ("Photo: <a>…</a>"
/// credits a picture). The words before the link are the plugin's label
/// in whatever language; the periodical's name after them says where it
/// leads on.
fn periodical_link(lead: &str, linked: &str, after: &str, authors: &[String]) -> Option<String> {
    let image = super::lower_case(lead)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| patterns::IMAGE_LABELS.contains(&w));
    (!lead.is_empty()
        && after.is_empty()
        && !image
        && super::credit_lines::periodical_name(linked, authors))
    .then(|| linked.to_string())
}

/// Whether `url` leads to a platform a follow box sends the reader to
/// (`FOLLOW_PLATFORMS`): its host's label opens one of their names.
fn is_platform(url: &Url) -> bool {
    let Some(brand) = url.host_str().and_then(super::host_brand) else {
        return false;
    };
    patterns::FOLLOW_PLATFORMS
        .iter()
        .any(|p| spaceless_starts_with(p, &brand))
}

/// Whether `name` with its spaces taken out (`name.replace(' ', "")`)
/// starts with `prefix`, told without building it: a space is one byte,
/// and no other character's UTF-8 form holds that byte.
fn spaceless_starts_with(name: &str, prefix: &str) -> bool {
    let mut rest = name.bytes().filter(|&b| b != b' ');
    prefix.bytes().all(|b| rest.next() == Some(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`spaceless_starts_with`] tells what the spaced-out copy told:
    /// drawn names and prefixes of letters, spaces and a letter beyond
    /// ASCII.
    #[test]
    fn spaceless_prefix_reads_as_the_copy() {
        let pieces = ["a", "b", " ", "  ", "\u{e9}", "you", "tube"];
        let mut draw = super::super::draw::Draw::new(37);
        let mut yes = 0;
        for len in 0..4000 {
            let name = draw.string(&pieces, len % 5);
            let prefix = draw.string(&pieces, len % 3);
            let want = name.replace(' ', "").starts_with(prefix.as_str());
            assert_eq!(
                spaceless_starts_with(&name, &prefix),
                want,
                "{name:?} {prefix:?}"
            );
            yes += usize::from(want);
        }
        assert!(yes > 500, "{yes} prefixes");
    }
}
