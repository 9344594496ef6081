//! Rule `repeat.pull-quote` (family `interruption`).
//!
//! Concept: a pull quote repeats a sentence of the post in large type
//! between its paragraphs (Gutenberg's `wp-block-pullquote`, a theme's
//! quote box, an `<aside>`); the repeat is not article text, the sentence
//! it copies is. Whatever the markup or the language, the repeat is a
//! short block whose words stand, in order and whole, inside a longer
//! paragraph of the same post.
//! Scope: a quotation holding one paragraph, of at most
//! [`MAX_REPEAT_BYTES`] bytes and at least [`MIN_REPEAT_CHARS`]
//! characters of words, whose normalised words ([`super::norm`]: quote
//! marks and punctuation dropped, lower case) are a word-aligned part of
//! another, longer paragraph (or one-paragraph quotation) of the article.
//! Only the shorter copy goes, and only a quotation: a paragraph that
//! repeats a sentence of another (a lede the next paragraph restates, a
//! label) is the post's own.
//! Note: a block equal to another whole block stays (which copy is the
//! post's cannot be told); headings, list items and table cells are never
//! judged or matched (a table of contents, a list of key points repeat
//! the post on purpose, and other rules own them). A short line ("Yes.")
//! inside a longer paragraph is below the minimum.

use crate::article::{Article, Block, Removed, Stage};
use crate::text::preview;

/// A repeat is at most this long (a pull quote is one or two sentences;
/// a paragraph longer than this is prose, even if a longer one holds it).
const MAX_REPEAT_BYTES: usize = 600;

/// A repeat has at least this many characters of normalised words (a
/// sentence, not a stock phrase a post may say twice).
const MIN_REPEAT_CHARS: usize = 24;

/// The text of a block the rule matches against: a paragraph, or a
/// quotation of one paragraph; and whether it is such a quotation (only
/// those are judged: a pull quote is set apart as one).
fn paragraph_text(block: &Block) -> Option<(&str, bool)> {
    match block {
        Block::Paragraph(inline) => Some((inline.text.as_str(), false)),
        Block::Quote { blocks } => match blocks.as_slice() {
            [Block::Paragraph(inline)] => Some((inline.text.as_str(), true)),
            _ => None,
        },
        _ => None,
    }
}

/// The longest run of letters and digits of `text`, as written.
fn longest_word(text: &str) -> &str {
    text.split(|c: char| !c.is_alphanumeric())
        .max_by_key(|w| w.len())
        .unwrap_or("")
}

/// Blocks of a post past which [`drop_repeats`] builds a vectorised
/// searcher for each quotation's key: about where building one
/// (thousands of instructions) costs less than `str::contains` adds over
/// it, block by block.
const REPEAT_FINDER_BLOCKS: usize = 30;

/// Drops the blocks that repeat a run of words of a longer paragraph of
/// the article (pull quotes). Reports them when `explain`.
pub(super) fn drop_repeats(article: &mut Article, explain: bool) {
    let texts: Vec<Option<(&str, bool)>> = article.blocks.iter().map(paragraph_text).collect();
    let judged = |t: &(&str, bool)| t.1 && t.0.len() <= MAX_REPEAT_BYTES;
    // The quotations judged, normalised and padded with a space on each
    // side (a word-aligned find), with their longest word as written.
    let quotes: Vec<(usize, String, &str)> = texts
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let t = (*t).filter(judged)?;
            let n = super::norm(t.0);
            (n.chars().count() >= MIN_REPEAT_CHARS)
                .then(|| (i, format!(" {n} "), longest_word(t.0)))
        })
        .collect();
    if quotes.is_empty() {
        return;
    }
    // The other blocks normalised on demand, once each: only those whose
    // text holds the quotation's longest word as written (a pull quote
    // copies its sentence) are read further.
    let mut norms: Vec<Option<String>> = vec![None; texts.len()];
    let mut repeats = vec![false; texts.len()];
    for (i, q, key) in &quotes {
        // The key searched for in every other block: with `str::contains`
        // in a post of a few blocks, where a vectorised searcher
        // (`memchr::memmem::Finder`) costs more to build than the post
        // takes to read; built once per quotation in a longer post. Either
        // finds the same bytes (the texts are UTF-8).
        let finder = (texts.len() > REPEAT_FINDER_BLOCKS)
            .then(|| memchr::memmem::Finder::new(key.as_bytes()));
        let holds_key = |raw: &str| match &finder {
            Some(f) => f.find(raw.as_bytes()).is_some(),
            None => raw.contains(key),
        };
        for (j, t) in texts.iter().enumerate() {
            let Some((raw, _)) = t else { continue };
            if j == *i || !holds_key(raw) {
                continue;
            }
            let Some(slot) = norms.get_mut(j) else {
                continue;
            };
            let m = slot.get_or_insert_with(|| format!(" {} ", super::norm(raw)));
            if m.len() > q.len() && m.contains(q.as_str()) {
                if let Some(r) = repeats.get_mut(*i) {
                    *r = true;
                }
                break;
            }
        }
    }
    if !repeats.contains(&true) {
        return;
    }
    drop_blocks(
        article,
        explain,
        "interruption:repeat.pull-quote (repeats a run of words of a longer paragraph)",
        |i, _| repeats.get(i).copied().unwrap_or(false),
    );
}

/// Drops the blocks `drop` says (asked with each block's index, in order) and
/// reports each with `reason` when `explain`: the one removal loop of this
/// file's rules.
fn drop_blocks(
    article: &mut Article,
    explain: bool,
    reason: &str,
    drop: impl Fn(usize, &Block) -> bool,
) {
    let blocks = std::mem::take(&mut article.blocks);
    for (i, block) in blocks.into_iter().enumerate() {
        if !drop(i, &block) {
            article.blocks.push(block);
        } else if explain {
            article.removed.push(Removed::new(
                Stage::Syndication,
                preview(&block.plain_text()),
                reason,
            ));
        }
    }
}

/// Drops the short paragraphs whose normalised text is one of `lines`
/// (the page's ad labels or page-link lines, normalised; [`listed`]) with
/// `reason`; the blocks are left as they are when none is.
fn drop_listed(article: &mut Article, lines: &[String], explain: bool, reason: &str) {
    if lines.is_empty() || !article.blocks.iter().any(|b| listed(b, lines)) {
        return;
    }
    drop_blocks(article, explain, reason, |_, b| listed(b, lines));
}

/// Whether `block` is a short paragraph whose normalised text is one of
/// `lines` (the page's ad labels or page-link lines, normalised).
fn listed(block: &Block, lines: &[String]) -> bool {
    match block {
        Block::Paragraph(inline) if inline.text.len() <= MAX_AD_LABEL_BYTES => {
            lines.contains(&super::norm(&inline.text))
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Rule `interruption.duration-line` (family `interruption`).
//
// Concept: a video player set into the post (a "Watch:" box, a
// playlist's card) prints its clip's duration in a span of its own
// ("02:34"); when the player and its caption go, the duration is left as
// a line. A line that is only a clock reading says nothing by itself.
// Scope: a paragraph whose whole text is one or two digits, a colon and
// two digits (and optionally a colon and two more), in brackets or not.
// Note: prose that gives a time says what happens at it ("The train
// leaves at 08:30."); a live blog's entry time is a heading or sits in
// its entry's line, not alone in a paragraph.
// ---------------------------------------------------------------------------

/// A duration line is at most this long ("(10:02:33)" and some spaces).
const MAX_DURATION_BYTES: usize = 16;

/// Whether `text` is only a duration or a clock reading: `m:ss`,
/// `mm:ss`, `h:mm:ss`, in brackets or not.
fn is_duration(text: &str) -> bool {
    // Most paragraphs are longer than any duration: no work for them.
    if text.len() > MAX_DURATION_BYTES {
        return false;
    }
    let t = text
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    let mut parts = t.split(':');
    let Some(first) = parts.next() else {
        return false;
    };
    let digits = |p: &str, min: usize, max: usize| {
        (min..=max).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    let rest: Vec<&str> = parts.collect();
    digits(first, 1, 2) && (1..=2).contains(&rest.len()) && rest.iter().all(|p| digits(p, 2, 2))
}

/// Drops the paragraphs that are only a duration (a video player's, left
/// behind). Reports them when `explain`.
pub(super) fn drop_duration_lines(article: &mut Article, explain: bool) {
    let lone = |b: &Block| matches!(b, Block::Paragraph(inline) if is_duration(&inline.text));
    if !article.blocks.iter().any(lone) {
        return;
    }
    drop_blocks(
        article,
        explain,
        "interruption:interruption.duration-line (a video's duration left alone)",
        |_, b| lone(b),
    );
}

// ---------------------------------------------------------------------------
// Rule `interruption.ad-slot-label` (family `interruption`).
//
// Concept: an ad plugin sets a slot between a post's paragraphs and
// prints a label over it ("Advertisement", "- Annons -", "Texten
// fortsätter under annonsen"); when the ad, an element without text, is
// not shown, the label stays as a line of its own. Whatever the
// language, the label is told by where it stands: it is all the text of
// the box that holds the ad, or the line just before the ad.
// Scope: an ad ([`is_blank_ad`]: AdSense's `<ins>`, a link marked
// `rel="sponsored"`, an element whose class or id names an ad slot by
// the rule table's `ads` concept) that shows no text; its label is the
// whole text of the ad's parent, else of the element just before the ad,
// when the slot (that parent, else the ad) stands between paragraphs (a
// `<p>`, `<br>`, text or a bare `<div>` ending a sentence is among its
// siblings) and the text is a label
// ([`label_of`]: short, a few words, no sentence stop, no heading,
// emphasis or link showing text in it). A paragraph of the post whose
// normalised text equals a label goes.
// Note: a heading just before an ad is the post's section title, never
// a label; a sentence or a bold subhead before an ad stays. Ads are told
// by markup only, so a label needs no word list in any language.
// ---------------------------------------------------------------------------

/// An ad's label is at most this long (characters, so that a label in
/// Greek or Korean, two or three bytes a letter, gets the same room as
/// one in Latin letters): a word or a short line ("Texten fortsätter under
/// annonsen"), not a sentence of prose.
const MAX_AD_LABEL_CHARS: usize = 64;

/// A text longer than this many bytes holds more than
/// [`MAX_AD_LABEL_CHARS`] characters, whatever the script (a character is
/// at most four bytes): the cheap bound checked before the count.
const MAX_AD_LABEL_BYTES: usize = MAX_AD_LABEL_CHARS * 4;

/// An ad's label has at most this many words.
const MAX_AD_LABEL_WORDS: usize = 8;

/// Whether `el` is an ad by its markup that shows no text (the slot
/// [`ad_slot_label`] reads the label of): AdSense's `<ins>` slot, a paid
/// link (`rel="sponsored"`, the value search engines ask paid links to
/// carry), or an element whose class or id names an ad slot.
/// `own` is the element's class/id kind bits ([`crate::rules::kind`]):
/// an ad slot's words are widget vocabulary, so only such elements are
/// read further. `class_ads` is whether its class value names an ad slot
/// ([`crate::rules::ClassWords::names`], read once a page for each value).
/// The text is read once, after the markup names an ad.
fn is_blank_ad(el: scraper::ElementRef<'_>, own: u16, class_ads: bool) -> bool {
    use crate::rules::table::{Attribute, Concept};
    use html5ever::local_name;
    let e = el.value();
    // Names compared as atoms: this runs for most of the page's elements.
    if e.name.local == local_name!("ins") {
        return shows_no_text(el);
    }
    if e.name.local == local_name!("a")
        && attr_named(e, &local_name!("rel")).is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|w| w.eq_ignore_ascii_case("sponsored"))
        })
    {
        return shows_no_text(el);
    }
    if own & crate::rules::kind::WIDGET == 0 {
        return false;
    }
    // The class's concept is known; an id's (rarer) is read after the
    // text.
    if class_ads {
        return shows_no_text(el);
    }
    let Some(id) = attr_named(e, &local_name!("id")) else {
        return false;
    };
    shows_no_text(el) && crate::rules::names_concept(id, Attribute::Id, Concept::Ads)
}

/// The value of `e`'s attribute `name`, compared as an atom.
fn attr_named<'a>(e: &'a scraper::node::Element, name: &html5ever::LocalName) -> Option<&'a str> {
    e.attrs
        .iter()
        .find(|(n, _)| n.local == *name)
        .map(|(_, v)| &**v)
}

/// Whether `el` shows no text.
fn shows_no_text(el: scraper::ElementRef<'_>) -> bool {
    crate::rules::spaced_pieces(el).all(|p| p.trim().is_empty())
}

/// The normalised text of `el` when it reads as an ad's label: short, a
/// few words, no sentence stop, and no heading, emphasis or link showing
/// text in it (those are the post's own).
fn label_of(el: scraper::ElementRef<'_>) -> Option<String> {
    let mut text = String::new();
    for piece in crate::rules::spaced_pieces(el) {
        text.push_str(piece);
        if text.len() > MAX_AD_LABEL_BYTES {
            return None;
        }
    }
    let t = text.split_whitespace().collect::<Vec<_>>();
    let joined = t.join(" ");
    if t.is_empty()
        || t.len() > MAX_AD_LABEL_WORDS
        || joined.chars().count() > MAX_AD_LABEL_CHARS
        || joined.contains(['.', '!', '?', '。', '！', '？', ';'])
    {
        return None;
    }
    let own = |e: scraper::ElementRef<'_>| {
        matches!(
            e.value().name(),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "strong" | "b" | "a" | "em"
        )
    };
    // (The ad itself, a paid link without text, is no emphasis.)
    let shown_own = |e: scraper::ElementRef<'_>| own(e) && !shows_no_text(e);
    if shown_own(el)
        || el
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
            .any(shown_own)
    {
        return None;
    }
    let n = super::norm(&joined);
    (!n.is_empty()).then_some(n)
}

/// Whether `slot` stands between a post's paragraphs: a `<p>`, a `<br>`,
/// a run of text (a post whose paragraphs are split by `<br>`) or a bare
/// `<div>` paragraph ([`is_div_paragraph`]) is among its siblings (a
/// product box's cell or a card grid's item, with a product name beside a
/// paid link, is not).
/// `kids` holds, per parent read so far, how many of its children read
/// as a paragraph: the ads of one box share their siblings, read once.
fn between_paragraphs(slot: scraper::ElementRef<'_>, kids: &mut ParagraphKids) -> bool {
    let Some(parent) = slot.parent() else {
        return false;
    };
    // Room for a page's parents up front: the map is not regrown ad by
    // ad.
    if kids.capacity() == 0 {
        kids.reserve(PARAGRAPH_KIDS_ROOM);
    }
    let count = *kids
        .entry(parent.id())
        .or_insert_with(|| parent.children().filter(|&n| reads_as_paragraph(n)).count());
    // Its siblings are its parent's other children.
    count > usize::from(reads_as_paragraph(*slot))
}

/// Whether a node reads as a post's paragraph beside an ad
/// ([`between_paragraphs`]): a `<p>`, a `<br>`, a run of text, a bare
/// `<div>` paragraph ([`is_div_paragraph`]) or a `<div>` wrapping one
/// `<p>` ([`wraps_one_paragraph`]). Names compared as atoms.
fn reads_as_paragraph(n: ego_tree::NodeRef<'_, scraper::Node>) -> bool {
    use html5ever::local_name;
    match n.value() {
        scraper::Node::Element(e) => {
            let tag = &e.name.local;
            *tag == local_name!("p")
                || *tag == local_name!("br")
                || (*tag == local_name!("div") && (is_div_paragraph(n) || wraps_one_paragraph(n)))
        }
        scraper::Node::Text(t) => !t.trim().is_empty(),
        _ => false,
    }
}

/// Per parent element, how many of its children read as a paragraph
/// ([`reads_as_paragraph`]), for [`between_paragraphs`]. Keyed by node
/// with the crate's word hasher (a node id is one `usize`).
pub(super) type ParagraphKids = std::collections::HashMap<
    ego_tree::NodeId,
    usize,
    std::hash::BuildHasherDefault<crate::rules::WordHasher>,
>;

/// Parents [`between_paragraphs`] makes room for at its first: a page
/// holds a few ad boxes.
const PARAGRAPH_KIDS_ROOM: usize = 8;

/// Whether the `<div>` `n` is a paragraph of a post written as bare
/// `<div>`s (an editor's "new line" blocks): text of its own, not in a
/// child element, that ends a sentence. A product's or a card's name in a
/// `<div>` ends no sentence.
fn is_div_paragraph(n: ego_tree::NodeRef<'_, scraper::Node>) -> bool {
    n.children().any(|c| {
        c.value().as_text().is_some_and(|t| {
            t.trim_end()
                .ends_with(['.', '!', '?', '…', '。', '！', '？', '\u{37e}'])
        })
    })
}

/// Whether the `<div>` `n` is a block of one paragraph: a block editor or
/// a page builder gives each paragraph of the post a wrapper of its own,
/// so the ad's siblings are such wrappers, not `<p>`s. Its only element
/// child is a `<p>`, with no text beside it.
fn wraps_one_paragraph(n: ego_tree::NodeRef<'_, scraper::Node>) -> bool {
    use html5ever::local_name;
    let mut paragraphs = 0;
    for c in n.children() {
        match c.value() {
            scraper::Node::Element(e) if e.name.local == local_name!("p") => paragraphs += 1,
            scraper::Node::Element(_) => return false,
            scraper::Node::Text(t) if !t.trim().is_empty() => return false,
            _ => {}
        }
    }
    paragraphs == 1
}

/// The label printed with the ad `el`, normalised: the whole text of its
/// parent, else of the element just before it (see the rule's scope).
/// `own` and `class_ads` as for [`is_blank_ad`]; `kids` as for
/// [`between_paragraphs`].
/// `None` when `el` is no ad that shows no text, or nothing reads as its
/// label.
pub(super) fn ad_slot_label(
    el: scraper::ElementRef<'_>,
    own: u16,
    class_ads: bool,
    kids: &mut ParagraphKids,
) -> Option<String> {
    if !is_blank_ad(el, own, class_ads) {
        return None;
    }
    let parent = el.parent().and_then(scraper::ElementRef::wrap)?;
    if !matches!(parent.value().name(), "body" | "main" | "article")
        && between_paragraphs(parent, kids)
    {
        if let Some(label) = label_of(parent) {
            return Some(label);
        }
    }
    if !between_paragraphs(el, kids) {
        return None;
    }
    // The element just before the ad, with only blank text between.
    for node in el.prev_siblings() {
        if let Some(t) = node.value().as_text() {
            if t.trim().is_empty() {
                continue;
            }
            return None;
        }
        if let Some(prev) = scraper::ElementRef::wrap(node) {
            return label_of(prev);
        }
    }
    None
}

/// Drops the paragraphs whose normalised text is one of the page's ad
/// labels (`labels`, from [`ad_slot_label`]). Reports them when
/// `explain`.
pub(super) fn drop_ad_labels(article: &mut Article, labels: &[String], explain: bool) {
    drop_listed(
        article,
        labels,
        explain,
        "interruption:interruption.ad-slot-label (the label of an ad slot)",
    );
}

// ---------------------------------------------------------------------------
// Rule `interruption.page-links` (family `interruption`).
//
// Concept: a post split over pages (WordPress's `<!--nextpage-->`) ends
// each page with its page links: numbered links to the post's other
// pages, a "next page" link, and a "page 1 of 3" line. They lead through
// the post; they are not its text. Told by their links, in any language:
// a link marked `rel="next"` or `rel="prev"` to the page's own host, and
// a numbered link whose address ends with its number.
// Scope: a block whose whole text is one such `rel` link of at most
// [`MAX_AD_LABEL_WORDS`] words and no sentence stop; and the line just
// before or after the numbered links' box whose text is a label
// ([`label_of`]) holding exactly two numbers, the larger the highest page
// linked so far (the page count).
// Note: a post's own "next" link to another host, a sentence that gives
// numbers, and a line away from the numbered links stay.
// ---------------------------------------------------------------------------

/// The highest number a page link may carry (a post split over more
/// pages is an index, not a post).
const MAX_PAGE_NUMBER: u32 = 99;

/// The lines of the page links around the link `el` (see the rule's
/// scope), normalised; `host` is the page's.
pub(super) fn page_link_lines(el: scraper::ElementRef<'_>, host: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let e = el.value();
    let Some(href) = attr_named(e, &html5ever::local_name!("href")) else {
        return out;
    };
    let own = |href: &str| {
        href.starts_with('/') && !href.starts_with("//")
            || url::Url::parse(href).ok().is_some_and(|u| {
                u.host_str().map(crate::text::bare_host).as_deref() == host && host.is_some()
            })
    };
    let paged = attr_named(e, &html5ever::local_name!("rel")).is_some_and(|r| {
        r.split_ascii_whitespace()
            .any(|w| w.eq_ignore_ascii_case("next") || w.eq_ignore_ascii_case("prev"))
    });
    // Most links are neither: their text is not read. A numbered link's
    // address ends with a digit, told before its last segment is found.
    let trimmed = href.trim_end_matches('/');
    if !paged && !trimmed.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return out;
    }
    let last = trimmed.rfind('/').map_or(trimmed, |i| &trimmed[i + 1..]);
    if !paged && !last.bytes().all(|b| b.is_ascii_digit()) {
        return out;
    }
    let text: String = crate::rules::spaced_pieces(el).collect();
    let text = text.trim();
    if paged && own(href) {
        if let Some(parent) = el.parent().and_then(scraper::ElementRef::wrap) {
            let whole: String = crate::rules::spaced_pieces(parent).collect();
            let words = text.split_whitespace().count();
            if whole.trim() == text
                && (1..=MAX_AD_LABEL_WORDS).contains(&words)
                && !text.contains(['.', '!', '?', '。'])
            {
                let n = super::norm(text);
                if !n.is_empty() {
                    out.push(n);
                }
            }
        }
        return out;
    }
    // A numbered link whose address ends with its number.
    let Ok(number) = text.parse::<u32>() else {
        return out;
    };
    if !(2..=MAX_PAGE_NUMBER).contains(&number) || last != text || !own(href) {
        return out;
    }
    let Some(parent) = el.parent().and_then(scraper::ElementRef::wrap) else {
        return out;
    };
    let near = [
        parent.prev_siblings().find_map(scraper::ElementRef::wrap),
        parent.next_siblings().find_map(scraper::ElementRef::wrap),
    ];
    for line in near.into_iter().flatten() {
        let Some(n) = label_of(line) else { continue };
        let numbers: Vec<u32> = n
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|d| d.parse().ok())
            .collect();
        if numbers.len() == 2 && numbers.iter().max() == Some(&number) {
            out.push(n);
        }
    }
    out
}

/// Drops the paragraphs whose normalised text is one of the page's page
/// link lines (`lines`, from [`page_link_lines`]). Reports them when
/// `explain`.
pub(super) fn drop_page_links(article: &mut Article, lines: &[String], explain: bool) {
    drop_listed(
        article,
        lines,
        explain,
        "interruption:interruption.page-links (a page link of a post split over pages)",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`between_paragraphs`], counting each parent's paragraph children
    /// once, answers as a scan of the element's own siblings does, for
    /// every element of a page whose ads share parents.
    #[test]
    fn paragraph_siblings_counted_once_as_scanned() {
        let html = r#"<html><body><div><p>One.</p><ins></ins><ins></ins></div>
            <div><ins></ins><span>x</span><ins></ins></div>
            <div><div>A bare paragraph.</div><ins></ins></div>
            <div><div>A card</div><ins></ins><br></div>
            <p><ins></ins></p><section> text <ins></ins></section>
            <ul><li><a rel="sponsored" href="/x"></a></li><li>Item</li></ul></body></html>"#;
        let doc = scraper::Html::parse_document(html);
        let scan = |slot: scraper::ElementRef<'_>| {
            slot.prev_siblings().any(reads_as_paragraph)
                || slot.next_siblings().any(reads_as_paragraph)
        };
        let mut kids = ParagraphKids::default();
        let (mut yes, mut no) = (0, 0);
        for el in doc
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
        {
            let between = between_paragraphs(el, &mut kids);
            assert_eq!(between, scan(el), "<{}>", el.value().name());
            // Asked again, from the counts kept.
            assert_eq!(between_paragraphs(el, &mut kids), between);
            if between {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 3 && no > 3, "{yes} {no}");
    }
    use crate::article::Inline;

    fn para(t: &str) -> Block {
        Block::Paragraph(Inline {
            text: t.to_string(),
            ..Inline::default()
        })
    }

    fn texts(a: &Article) -> Vec<String> {
        a.blocks.iter().map(Block::plain_text).collect()
    }

    const LONG: &str = "The ferry will run twice an hour from May. Fares stay the same for residents, the operator said.";

    #[test]
    fn a_quoted_repeat_of_a_sentence_goes_the_sentence_stays() {
        let mut a = Article {
            blocks: vec![
                para(LONG),
                Block::Quote {
                    blocks: vec![para("“The ferry will run twice an hour from May.”")],
                },
                para("Another paragraph of the post."),
            ],
            ..Article::default()
        };
        drop_repeats(&mut a, true);
        assert_eq!(texts(&a), vec![LONG, "Another paragraph of the post."]);
        assert_eq!(a.removed.len(), 1);
        assert_eq!(
            a.removed[0].rule,
            "interruption:repeat.pull-quote (repeats a run of words of a longer paragraph)"
        );
    }

    #[test]
    fn equal_blocks_short_lines_and_partial_words_stay() {
        let quote = |t: &str| Block::Quote {
            blocks: vec![para(t)],
        };
        let before = vec![
            para(LONG),
            quote(LONG),
            quote("the operator said."),
            // Not word-aligned: "erry will run twice an hour from May".
            quote("erry will run twice an hour from May"),
            // A paragraph repeating a sentence is the post's own.
            para("The ferry will run twice an hour from May."),
        ];
        let mut a = Article {
            blocks: before.clone(),
            ..Article::default()
        };
        drop_repeats(&mut a, false);
        assert_eq!(a.blocks, before);
    }

    #[test]
    fn durations_alone_are_told_from_times_in_prose() {
        for t in ["02:34", "8:30", "(3:05)", "1:02:33"] {
            assert!(is_duration(t), "{t}");
        }
        for t in [
            "The train leaves at 08:30.",
            "2024",
            "12:3",
            "123:45",
            "1:2:3:4",
            ":30",
            "Act 3:16",
        ] {
            assert!(!is_duration(t), "{t}");
        }
    }
}
