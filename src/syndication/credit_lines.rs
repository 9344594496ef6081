//! Credit lines wherever a feed plugin or a republisher puts them.
//!
//! Feed-import plugins (WP RSS Aggregator, Feedzy, WPeMatico,
//! FeedWordPress, WP Automatic, IFTTT and Zapier applets, RSS Post
//! Importer) print their credit as a block of its own, or append it to the
//! first or last paragraph of the post's body — after a `<br>`, or after
//! the last sentence with a mere space ("…next month. via Outlet
//! <a>https://…</a>"). Some print it after the post's container, where the
//! article's blocks never hold it. This module finds the credit in each of
//! those places:
//!
//! - [`cut_tail_credit`]: a credit that opens a line or a sentence inside
//!   the post's last block, and the short lines after it (the plugin's
//!   "Author: X"), cut off the block;
//! - [`credit_line`]: the line of a long block that holds a link (the text
//!   since the last `<br>` or sentence end), so a credit glued to a
//!   paragraph gives its link even when the paragraph is dropped;
//! - [`plain_credit_name`]: the outlet named without a link in a short
//!   block of the page ("Source: Outlet", "(With inputs from Outlet)"),
//!   inside or outside the post's container;
//! - [`name_before_address`]: "via Outlet <a>https://outlet/…</a>": the
//!   outlet is the text before a link whose text is an address;
//! - [`opened_marker_line`]: "This post was syndicated from…": a marker
//!   phrase after a few opening words.
//!
//! The phrases are the stripper's ([`super::patterns`]); this module adds
//! where to look, not what to look for.

use html5ever::local_name;
use scraper::ElementRef;

use super::why::{Fired, Why};
use super::{
    marker, marker_prefixes, patterns, short_text, sub_inline, BlockCtx, Found, FOLLOW_LINE,
    MARKER_OPENER_WORDS, SHORT_BLOCK, WIDGET_LINE,
};
use crate::article::{Image, Inline, MarkKind};

/// Most short lines after a credit in the same block that go with it
/// ("Author: X", a date): a plugin's footer is a few lines, not prose.
const LINES_AFTER_CREDIT: usize = 2;

/// Whether the reason a marker gave names a credit of the original (not
/// a bare "Author: X" byline).
fn is_credit(reason: &str) -> bool {
    matches!(
        reason,
        "syndication:marker" | "syndication:appeared-first-on"
    )
}

/// Byte offsets in `text` where a sentence or a line may start after the
/// first one: after a line break, or after `.`, `!`, `?` or `…` (and
/// closing quotes or brackets) and a space, whatever the next letter's
/// case ("…permanent. via Outlet"), or right after a full-width `。`, `！`
/// or `？` (Japanese and Chinese put no space after a sentence). With a
/// flag: the start is a line's.
fn piece_starts(text: &str) -> Vec<(usize, bool)> {
    /// What a character is to the scan, told by its bytes.
    #[derive(PartialEq)]
    enum Char {
        LineBreak,
        Space,
        /// `.`, `!`, `?` or `…`.
        End,
        /// A closing quote or bracket: `"`, `'`, `)`, `]`, `”` or `’`.
        Closing,
        /// `。`, `！` or `？`: a sentence's end with no space after it.
        WideEnd,
        Other,
    }
    let mut out = Vec::new();
    let mut after_end = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    // The text read a character at a time as bytes: the characters looked
    // for beyond ASCII are three (all `E2 80 xx`), any other is `Other`.
    while let Some(&b) = bytes.get(i) {
        // Away from a sentence's end only a line break or an end changes
        // the scan's state: the bytes before the next one (never inside a
        // character: none of them is a continuation byte) are skipped.
        if !after_end && !matches!(b, b'\n' | b'.' | b'!' | b'?' | 0xe2 | 0xe3 | 0xef) {
            match bytes[i..]
                .iter()
                .position(|&b| matches!(b, b'\n' | b'.' | b'!' | b'?' | 0xe2 | 0xe3 | 0xef))
            {
                Some(k) => {
                    i += k;
                    continue;
                }
                None => break,
            }
        }
        let (len, c) = match b {
            b'\n' => (1, Char::LineBreak),
            b' ' => (1, Char::Space),
            b'.' | b'!' | b'?' => (1, Char::End),
            b'"' | b'\'' | b')' | b']' => (1, Char::Closing),
            0..=0x7f => (1, Char::Other),
            0xe2 => match bytes.get(i + 1..i + 3) {
                Some([0x80, 0xa6]) => (3, Char::End),
                Some([0x80, 0x9d | 0x99]) => (3, Char::Closing),
                _ => (3, Char::Other),
            },
            // `。`, and the full-width `！` and `？`.
            0xe3 | 0xef => match bytes.get(i..i + 3) {
                Some([0xe3, 0x80, 0x82] | [0xef, 0xbc, 0x81 | 0x9f]) => (3, Char::WideEnd),
                _ => (3, Char::Other),
            },
            0xe0..=0xef => (3, Char::Other),
            0xf0.. => (4, Char::Other),
            _ => (2, Char::Other),
        };
        if c == Char::LineBreak {
            let next = i + 1;
            if next < text.len() {
                out.push((next, true));
            }
            after_end = false;
        } else if c == Char::Space && after_end {
            let next = i + 1;
            if next < text.len() && !matches!(bytes.get(next), Some(b' ' | b'\n')) {
                out.push((next, false));
            }
            after_end = false;
        } else if c == Char::End {
            after_end = true;
        } else if c == Char::WideEnd {
            let next = i + len;
            if next < text.len() && !matches!(bytes.get(next), Some(b' ' | b'\n')) {
                out.push((next, false));
            }
            // A space after it all the same: the start is after the space.
            after_end = true;
        } else if !(after_end && c == Char::Closing) {
            after_end = false;
        }
        i += len;
    }
    out
}

/// [`piece_starts`] of `text` from `from` on (and maybe a few before it):
/// the text is read from just after the last byte before `from` that is
/// an ASCII character the scan gives no part to (a letter, a digit, a
/// comma), after which it holds no state, as at the text's start.
fn piece_starts_from(text: &str, from: usize) -> Vec<(usize, bool)> {
    let bytes = text.as_bytes();
    let at = bytes
        .get(..from)
        .and_then(|head| {
            head.iter().rposition(|&b| {
                b.is_ascii()
                    && !matches!(
                        b,
                        b'\n' | b' ' | b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']'
                    )
            })
        })
        .map_or(0, |k| k + 1);
    let Some(rest) = text.get(at..) else {
        return piece_starts(text);
    };
    piece_starts(rest)
        .into_iter()
        .map(|(s, line)| (s + at, line))
        .collect()
}

/// Whether `inline` holds a link to another host in `start..end`.
fn links_out_in(inline: &Inline, start: usize, end: usize, host: Option<&str>) -> bool {
    inline.marks.iter().any(|m| match &m.kind {
        MarkKind::Link { href } => {
            m.start >= start
                && m.end <= end
                && url::Url::parse(href).is_ok_and(|u| super::other_host(host, &u))
        }
        _ => false,
    })
}

/// At the post's tail: a credit that opens a line or a sentence of the
/// block after its prose ("…next month. via Outlet <a>…</a>", "…the
/// school. <a>Go to Source</a><br>Author: X"), with at most
/// [`LINES_AFTER_CREDIT`] short lines after it, is cut off the block and
/// recorded (its link, the outlet). A sentence that starts in lower case
/// counts only when the piece links another host (a credit, not a
/// sentence the writer began so).
///
/// Returns the pieces running to the block's end that [`marker`] read and
/// found no marker in: the stripper's sentence cut at the tail
/// ([`super::cut_edge_sentences`]) need not read one of them for a
/// marker again.
pub(super) fn cut_tail_credit(
    inline: &mut Inline,
    ctx: &BlockCtx<'_>,
    found: &mut Found,
) -> Vec<Inline> {
    let mut clear = Vec::new();
    let text = inline.text.as_str();
    if text.len() > SHORT_BLOCK * 8 {
        return clear;
    }
    let edge_ctx = BlockCtx {
        edge: true,
        tail: true,
        whole: false,
        ..*ctx
    };
    // A piece runs to its line's end and is shorter than `WIDGET_LINE * 2`
    // bytes: in a block of one line only the starts near its end are read.
    let from = if text.contains('\n') {
        0
    } else {
        text.len().saturating_sub(WIDGET_LINE * 2)
    };
    // The end of the line of the last start read: the next start's too
    // when it comes no later.
    let mut line_end = 0;
    for (start, line_start) in piece_starts_from(text, from) {
        if start > line_end || line_end == 0 {
            line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        }
        let piece_len = line_end - start;
        if piece_len == 0 || piece_len >= WIDGET_LINE * 2 {
            continue;
        }
        // The lines after the credit's: few and short.
        let after: Vec<&str> = text[line_end..]
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if after.len() > LINES_AFTER_CREDIT || after.iter().any(|l| l.len() >= FOLLOW_LINE) {
            continue;
        }
        let upper = text[start..].starts_with(|c: char| !c.is_lowercase());
        if !(line_start || upper || links_out_in(inline, start, line_end, ctx.host)) {
            continue;
        }
        let piece = sub_inline(inline, start, line_end);
        let lower = super::collapse_lower(&piece.text);
        let mut probe = Found::default();
        let piece_ctx = BlockCtx {
            glued: ctx.last && start > 0,
            ..edge_ctx
        };
        let judged = marker(&piece, &lower, &piece_ctx, &mut probe);
        let Some(reason) = judged.filter(|r| is_credit(r.family)) else {
            if judged.is_none() && line_end == text.len() {
                clear.push(piece);
            }
            continue;
        };
        found.merge(probe);
        let cut = text[start..].trim().to_string();
        let keep = sub_inline(inline, 0, start);
        if keep.text.is_empty() {
            return clear;
        }
        found.cut(cut, reason, ctx.explain);
        *inline = keep;
        return clear;
    }
    clear
}

/// Fewest words after a credit's link that make the rest of its block
/// prose ([`prose_after`]).
const PROSE_AFTER_WORDS: usize = 8;

/// Whether the text after a credit's link in the same block is prose: a
/// sentence of its own (opening with a capital, or with a letter of a
/// script that has no case: Arabic, Hebrew, Thai) of at least
/// [`PROSE_AFTER_WORDS`] words, and a sentence's end ("Source:
/// <a>Outlet</a> Residents who called… fell to twelve."): the paragraph
/// the credit was glued to, not the plugin's footer ("| Author: X") nor
/// the credit's own sentence going on ("Originally published at <a>…</a>
/// on 18 November. …").
pub(super) fn prose_after(rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    // hook (`credit.glued-line`, glued_line.rs): the line it is glued to.
    let rest = super::glued_line::glued_line(rest);
    // a rights note closing the credit is its small print.
    !gives_rights(rest)
        && rest.starts_with(opens_sentence)
        && super::brand::word_count(rest, PROSE_AFTER_WORDS) >= PROSE_AFTER_WORDS
        && rest.trim_end().ends_with([
            '.', '!', '?', '…', '"', '\u{201d}', '؟', '。', '！', '？', '」',
        ])
}

/// Whether a letter may open a sentence: a capital, or a letter of a
/// script without case (Arabic, Hebrew, Thai), which opens a sentence
/// unmarked; not a lower-case letter (a sentence's words going on).
fn opens_sentence(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase()
}

/// Builds this module's phrase tables ([`super::build_tables`]).
pub(super) fn build_tables() {
    let _ = gives_rights("");
    let _ = may_open_marker("");
    let _ = label_word_lengths();
    let _ = compound_ends();
}

/// Whether `sentence` gives the rights of a text to their owners
/// (`legal.rights-owners`: "All rights belong to their respective
/// owners.").
fn gives_rights(sentence: &str) -> bool {
    // Each phrase's searcher built once, not at each sentence (what
    // `str::contains` does): every credit line's last sentence is read.
    static PHRASES: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::LazyLock::new(|| {
            patterns::RIGHTS_OWNERS
                .iter()
                .map(|p| memchr::memmem::Finder::new(p.as_bytes()))
                .collect()
        });
    let lower = super::lower_case(sentence);
    PHRASES.iter().any(|f| f.find(lower.as_bytes()).is_some())
}

/// `text` without the rights note that closes it (`legal.rights-owners`,
/// a last sentence after another: "… from the RSS feed of <a>Outlet</a>.
/// All rights belong to their respective owners."), trimmed; `text` when
/// none closes it. A credit line is judged without its small print.
pub(super) fn without_rights_note(text: &str) -> &str {
    match super::last_sentence_cut(text) {
        Some(before) if text.get(before + 1..).is_some_and(gives_rights) => {
            text.get(..before).map_or(text, str::trim_end)
        }
        _ => text,
    }
}

/// Whether a name a credit statement closes with names a machine (the
/// text's maker, "mit Hilfe einer KI übersetzt"), not an outlet: `notice.machine-maker`
/// or `notice.machine-abbreviation`, as [`super::notices::made_from_link`]
/// tells a tool's link.
fn names_machine(name: &str) -> bool {
    use crate::rules::notices::notice_patterns;
    super::notices::Words::of(&super::lower_case(name)).has("notice.machine-maker")
        || name
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| notice_patterns("notice.machine-abbreviation").contains(&w))
}

/// At the post's head: a credit that opens the block ("Source: <a>Outlet
/// </a>", "Vía: <a>Outlet</a>") and ends at its link to another host (or
/// at the bracket or the emphasis it is set in), glued to the prose after
/// it with a mere space or a dash ([`prose_after`]), is cut off the block
/// and recorded (its link, the outlet); the prose is kept.
pub(super) fn cut_head_credit(inline: &mut Inline, ctx: &BlockCtx<'_>, found: &mut Found) {
    let Some((end, keep_from, reason, probe)) = head_credit(inline, ctx) else {
        return;
    };
    let piece = sub_inline(inline, 0, end);
    let keep = sub_inline(inline, keep_from, inline.text.len());
    found.merge(probe);
    found.cut(piece.text, reason, ctx.explain);
    *inline = keep;
}

/// Whether the block opens with a credit that [`cut_head_credit`] cuts off
/// the prose glued after it.
pub(super) fn opens_with_glued_credit(inline: &Inline, ctx: &BlockCtx<'_>) -> bool {
    head_credit(inline, ctx).is_some()
}

/// The credit opening the block, as [`cut_head_credit`] reads it: where it
/// ends, where the prose after it starts, its reason and what it found.
fn head_credit<'a>(
    inline: &Inline,
    ctx: &BlockCtx<'a>,
) -> Option<(usize, usize, super::Why<'a>, Found)> {
    let host = ctx.host;
    let first_out = inline
        .marks
        .iter()
        .filter(|m| m.start < WIDGET_LINE && links_out_in(inline, m.start, m.end, host))
        .min_by_key(|m| m.start);
    // A bracket opening the block holds the credit whole ("(Source:
    // Outlet) Prose…", "[Source: <a>Outlet</a>] Prose…"), linked or not;
    // so does an emphasis opening it, with no link ("<em>First published
    // by Outlet on 14 May 2024.</em> — Prose…").
    let text = inline.text.as_str();
    let bracket = opening_bracket(text);
    let end = match (first_out, bracket) {
        (Some(m), Some((close, after))) if m.end <= close => after,
        (Some(m), _) => m.end,
        (None, Some((_, after))) => after,
        (None, None) => super::edge_credits::emphasised_credit_end(inline, 0)?,
    };
    // a credit set off in an opening emphasis ends
    // with it ("<em>… <a>…</a> on 14 May.</em> Prose…").
    let end = super::edge_credits::emphasised_credit_end(inline, end)
        .filter(|&e| prose_after(&inline.text[e..]))
        .unwrap_or(end);
    let rest = text.get(end..)?;
    if !prose_after(rest) {
        return None;
    }
    let piece = sub_inline(inline, 0, end);
    let lower = super::collapse_lower(&piece.text);
    let edge_ctx = BlockCtx {
        edge: true,
        head: true,
        glued: ctx.first,
        whole: false,
        ..*ctx
    };
    let mut probe = Found::default();
    let reason = marker(&piece, &lower, &edge_ctx, &mut probe).filter(|r| is_credit(r.family))?;
    // The prose starts at its first letter or digit (past a ")" or a dash
    // that closed the credit).
    let skip = rest.len()
        - rest
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    (end + skip < text.len()).then_some((end, end + skip, reason, probe))
}

/// The brackets a credit is set in, opening and closing: ASCII, and the
/// full-width ones of Japanese and Chinese text.
pub(super) const BRACKETS: [(char, char); 4] = [('(', ')'), ('[', ']'), ('（', '）'), ('［', '］')];

/// Where the bracket that opens `text` closes, within [`WIDGET_LINE`]
/// bytes: the closing bracket's offset and the offset after it. ASCII
/// and full-width brackets; none inside.
fn opening_bracket(text: &str) -> Option<(usize, usize)> {
    let open = text.chars().next()?;
    let &(_, close) = BRACKETS.iter().find(|(o, _)| *o == open)?;
    let inner = &text[open.len_utf8()..];
    let at = inner.find(close)? + open.len_utf8();
    if at > WIDGET_LINE || text[open.len_utf8()..at].contains(open) {
        return None;
    }
    Some((at, at + close.len_utf8()))
}

/// The outlet of "via Outlet <a>https://outlet.example/story</a>" (as
/// IFTTT and Zapier applets print a feed item's link): the text between
/// the marker's prefix (`rest_from`) and a link whose own text is an
/// address.
pub(super) fn name_before_address(
    inline: &Inline,
    rest_from: usize,
    link: (usize, usize),
) -> Option<String> {
    let (start, end) = link;
    let link_text = inline.text.get(start..end)?.trim();
    let address = link_text.contains("://")
        || link_text.starts_with("www.")
        || (link_text.contains('.') && link_text.contains('/') && !link_text.contains(' '));
    if !address || start < rest_from {
        return None;
    }
    let name = inline
        .text
        .get(rest_from..start)?
        .trim()
        .trim_start_matches([':', '-', '–', '—'])
        .trim_end_matches([':', '-', '–', '—', ','])
        .trim();
    super::usable_name(name).then(|| name.to_string())
}

/// Whether a lower-cased line opens with a few words (at most
/// [`MARKER_OPENER_WORDS`]) and then a marker phrase of two or more words
/// that is not a weak one ("this post was syndicated from outlet", "dieser
/// artikel erschien zuerst bei outlet"): a credit line, short.
pub(super) fn opened_marker_line(line: &str) -> bool {
    if line.len() >= WIDGET_LINE {
        return false;
    }
    // The phrase test looks up each start's first word before it tries
    // the phrases; the words before it end no sentence. One pass over the
    // opening words.
    let mut spaces = 0;
    let (_, lengths) = super::marker_first_words();
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'.' | b'!' | b'?' => return false,
            b' ' => {
                // A word that opens with a byte no first word of a phrase
                // opens with starts none (the phrase test's own first
                // test, without the call).
                let may_open = match bytes.get(i + 1) {
                    Some(&n) if n.is_ascii_graphic() => lengths[usize::from(n)] != 0,
                    _ => true,
                };
                if may_open && super::is_marker_link_text(&line[i + 1..]) {
                    return true;
                }
                spaces += 1;
                if spaces == MARKER_OPENER_WORDS {
                    return false;
                }
            }
            _ => {}
        }
    }
    false
}

/// The text of the line around `link` inside its parent: from the last
/// `<br>` or sentence end before the link to the next `<br>` after it,
/// whitespace collapsed; `None` when the line is long. For a credit glued
/// to a paragraph ("…next month. via Outlet <a>https://…</a>"), whose
/// whole block is too long to read as a credit.
pub(super) fn credit_line(link: ElementRef<'_>) -> Option<String> {
    // The pieces before the link, nearest first, up to the line's start.
    let mut before: Vec<String> = Vec::new();
    let mut len = 0;
    for node in link.prev_siblings() {
        let piece = match node.value() {
            scraper::Node::Text(t) => {
                // Past a sentence's end: the line starts there.
                if let Some(at) = last_sentence_end(t) {
                    before.push(t[at..].to_string());
                    break;
                }
                t.to_string()
            }
            scraper::Node::Element(e) if e.name() == "br" => break,
            scraper::Node::Element(e) if crate::guard::is_block_name(e.name().as_bytes()) => break,
            scraper::Node::Element(_) => short_text(ElementRef::wrap(node)?, WIDGET_LINE)?,
            _ => continue,
        };
        len += piece.len();
        if len >= WIDGET_LINE {
            return None;
        }
        before.push(piece);
    }
    before.reverse();
    let before: String = before.concat();
    let mut after = String::new();
    for node in link.next_siblings() {
        match node.value() {
            scraper::Node::Text(t) => after.push_str(t),
            scraper::Node::Element(e) if e.name() == "br" => break,
            scraper::Node::Element(e) if crate::guard::is_block_name(e.name().as_bytes()) => break,
            scraper::Node::Element(_) => {
                after.push_str(&short_text(ElementRef::wrap(node)?, WIDGET_LINE)?);
            }
            _ => {}
        }
        if after.len() > WIDGET_LINE {
            return None;
        }
    }
    let own = short_text(link, WIDGET_LINE)?;
    let line = crate::text::clean(&format!("{before} {own} {after}"));
    (line.len() < WIDGET_LINE).then_some(line)
}

/// Whether a link to another host stands in a credit glued to a long
/// block ([`credit_line`] reads as a marker) that is not between
/// paragraphs of prose.
pub(super) fn glued_credit(link: ElementRef<'_>) -> bool {
    let Some(parent) = link.parent().and_then(ElementRef::wrap) else {
        return false;
    };
    // Most links leaving the site cite in prose: the words before the link
    // on its line open no marker phrase.
    let Some(opening) = line_opening(link) else {
        return false;
    };
    if !may_open_marker(opening.trim_start_matches(['(', '['])) {
        return false;
    }
    credit_line(link).is_some_and(|l| {
        let lower = super::lower_case(&l);
        // "(via <a>Outlet</a>)"; a bracketed "(Source: …)" credits a
        // photo or a figure as often.
        let inner = lower.trim_start_matches(['(', '[']);
        let labelled = inner.len() < lower.len()
            && patterns::SOURCE_LABELS.iter().any(|p| inner.starts_with(p));
        !labelled && super::is_marker_text(inner)
    }) && !super::between_prose(parent)
}

/// The lower-cased words before `link` on its line (since the last `<br>`,
/// block or sentence end), when they are the text node just before it and
/// short; `None` otherwise.
fn line_opening(link: ElementRef<'_>) -> Option<String> {
    let prev = link.prev_sibling()?;
    let t = prev.value().as_text()?;
    let start = last_sentence_end(t).unwrap_or(0);
    let opening = t[start..].trim();
    if opening.is_empty() || opening.len() > 100 {
        return None;
    }
    if start == 0 {
        // The line must start with this text: a `<br>`, a block or
        // nothing before it.
        let line_start = prev.prev_sibling().is_none_or(|n| {
            n.value().as_element().is_some_and(|e| {
                e.name() == "br" || crate::guard::is_block_name(e.name().as_bytes())
            })
        });
        if !line_start {
            return None;
        }
    }
    Some(super::lower_case(opening))
}

/// Whether a lower-cased line may open with a marker: its first word
/// (its leading letters) opens a marker phrase ([`patterns::MARKER_EXACT`],
/// a marker prefix, a "The post X appeared first on Y" line), or a few
/// words open one ([`opened_marker_line`]). A cheap test before the
/// phrases.
fn may_open_marker(lower: &str) -> bool {
    static FIRST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let lead = |w: &'static str| -> &'static str {
        let end = w
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(w.len(), |(i, _)| i);
        &w[..end]
    };
    let first = FIRST.get_or_init(|| {
        let mut words: Vec<&'static str> = marker_prefixes()
            .chain(patterns::MARKER_EXACT.iter().copied())
            .chain(patterns::APPEARED_FIRST.iter().map(|(open, _)| *open))
            .map(lead)
            .filter(|w| !w.is_empty())
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    });
    let lower = lower.trim_start();
    let end = lower
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(lower.len(), |(i, _)| i);
    first.binary_search(&&lower[..end]).is_ok() || opened_marker_line(lower)
}

/// Whether `link` is the headline's link of a "The post <a>X</a> appeared
/// first on <a>Outlet</a>" line (its text before the joint): the
/// article's title, not the outlet's name. `lower`: the link's text,
/// lower-cased.
pub(super) fn titles_appeared_first(link: ElementRef<'_>, lower: &str) -> bool {
    appeared_first_side(link, lower) == Some(true)
}

/// Whether `link` is the outlet's link of a "The post X appeared first on
/// <a>Outlet</a>" line (its text after the joint).
pub(super) fn names_appeared_first(link: ElementRef<'_>, lower: &str) -> bool {
    appeared_first_side(link, lower) == Some(false)
}

/// In a "The post X appeared first on Y" line: whether the link's text
/// stands before the joint (`true`) or after it (`false`).
fn appeared_first_side(link: ElementRef<'_>, lower: &str) -> Option<bool> {
    let parent = link.parent().and_then(ElementRef::wrap)?;
    let block = super::lower_case(&short_text(parent, SHORT_BLOCK)?);
    let joint = super::appeared_first(&block)?;
    let at = block.find(joint)?;
    let own = lower.trim();
    if own.is_empty() {
        return None;
    }
    if block[..at].contains(own) {
        Some(true)
    } else {
        block[at + joint.len()..].contains(own).then_some(false)
    }
}

/// Whether the text just before a link (in its parent) ends with a
/// label's colon ("Credit: <a>…</a>"), or the link is the outlet's half
/// of a label-and-outlet pair ([`pair_label`]): [`credit_naming_link_host`]'s
/// gate, told without parsing the link.
pub(super) fn after_label(link: ElementRef<'_>) -> bool {
    link.prev_sibling()
        .and_then(|n| n.value().as_text().map(|t| t.trim_end().ends_with(':')))
        .unwrap_or(false)
        || pair_label(link).is_some()
}

/// Levels of wrappers around a link alone (a table's cell, a definition
/// list's `<dd>`, a `<strong>`) [`pair_label`] climbs to the pair's
/// second half.
const PAIR_WRAPPERS: usize = 2;

/// The label of a credit printed as a pair, when `link` is its outlet's
/// half: a table row of two cells (`<td>Source</td><td><a>…</a></td>`),
/// a definition list's term and its definition (`<dt>Source</dt><dd><a>…
/// </a></dd>`), or a box holding a label element and the link
/// (`<span>Source:</span><a>…</a>`). The label is the first element, the
/// link (or a wrapper of it alone, [`PAIR_WRAPPERS`] levels at most) the
/// second and last; nothing else that shows stands in the pair's parent,
/// which is no paragraph (a paragraph's elements are one line of prose,
/// read as such), and a row is the only one of its table (a data table's
/// row credits a figure) or a row of a table of facts ([`headed_row`]). Read as one line ("Source: …"), the two halves
/// are one credit; cell by cell, neither reads as one. Returns the
/// label's text, short, without its closing colon, and the box the pair
/// makes (the table, the list, the box).
pub(super) fn pair_label(link: ElementRef<'_>) -> Option<(String, ElementRef<'_>)> {
    let (label, box_el) = pair_halves(link)?;
    let text = short_text(label, LABEL_BYTES)?;
    let text = bare_label(&text);
    (!text.is_empty()).then(|| (text.to_string(), box_el))
}

/// A label's text without its surrounding space and closing colons
/// ("Source :" → "Source").
fn bare_label(text: &str) -> &str {
    text.trim().trim_end_matches(super::LABEL_COLONS).trim_end()
}

/// [`pair_label`]'s label element and box, its text unread.
fn pair_halves(link: ElementRef<'_>) -> Option<(ElementRef<'_>, ElementRef<'_>)> {
    let mut second = link;
    for level in 0..=PAIR_WRAPPERS {
        if level > 0 {
            let parent = second.parent().and_then(ElementRef::wrap)?;
            // A wrapper of the link alone: no other element, no text.
            let alone = parent.children().all(|c| match c.value() {
                scraper::Node::Element(_) => c.id() == second.id(),
                scraper::Node::Text(t) => t.trim().is_empty(),
                _ => true,
            });
            if !alone {
                return None;
            }
            second = parent;
        }
        let shows = |n: &ego_tree::NodeRef<'_, scraper::Node>| match n.value() {
            scraper::Node::Element(_) => true,
            scraper::Node::Text(t) => !t.trim().is_empty(),
            _ => false,
        };
        let mut before = second.prev_siblings().filter(shows);
        let Some(first) = before.next() else {
            continue;
        };
        let label = ElementRef::wrap(first)?;
        if before.next().is_some() || second.next_siblings().any(|n| shows(&n)) {
            return None;
        }
        let parent = second.parent().and_then(ElementRef::wrap)?;
        let box_el = match parent.value().name() {
            "p" => return None,
            "tr" => {
                let mut others = parent
                    .prev_siblings()
                    .chain(parent.next_siblings())
                    .filter(|n| n.value().is_element())
                    .peekable();
                // Other rows: a table of facts, every row headed by its
                // own header cell, or no pair.
                if others.peek().is_some()
                    && !(headed_row(parent)
                        && others.all(|n| ElementRef::wrap(n).is_some_and(headed_row)))
                {
                    return None;
                }
                // The row's table, through its body.
                let up = parent.parent().and_then(ElementRef::wrap)?;
                if up.value().name() == "table" {
                    up
                } else {
                    up.parent().and_then(ElementRef::wrap).unwrap_or(up)
                }
            }
            _ => parent,
        };
        return Some((label, box_el));
    }
    None
}

/// Rows a table of facts ([`headed_row`]) holds at most for
/// [`pair_label`] to read one of them as a pair.
const FACT_ROWS: usize = 4;

/// Whether `row` is a row of a table of facts: two cells, the first its
/// header (`<th>`, the fact's label), the second its value (`<td>`).
/// A data table's rows hold figures under column headers; a facts box
/// ("Source | Outlet", "Published | date") heads each row by its label.
fn headed_row(row: ElementRef<'_>) -> bool {
    let mut cells = row.children().filter_map(ElementRef::wrap);
    row.value().name() == "tr"
        && row
            .prev_siblings()
            .filter(|n| n.value().is_element())
            .take(FACT_ROWS)
            .count()
            < FACT_ROWS
        && cells.next().is_some_and(|c| c.value().name() == "th")
        && cells.next().is_some_and(|c| c.value().name() == "td")
        && cells.next().is_none()
}

/// Whether a pair's label ([`pair_label`]) credits the post's source or
/// text ([`text_credit_label`] of the label with its colon: "Source",
/// "Źródło", "出典"; not "Photo" or "Read more"), and is a label alone: a
/// first half that goes on past its own colon ("Source: Outlet", a whole
/// credit line naming its outlet) is no half of a pair, and the link
/// after it (a button of the site's own) is not its outlet's.
fn credits_source(label: &str) -> bool {
    text_credit_label(&format!("{label}:")).is_some_and(|(end, _, _)| end > label.len())
}

/// Rule `credit.facts-table` (family `syndication:marker`).
/// Concept: a table of facts at the post's edge ("Source | <a>Outlet</a>",
/// "Published | date") whose row credits the source is the importer's
/// credit box, read row by row as lines: the row is a label and its
/// outlet's link, as a lone row or a definition list's pair is
/// ([`pair_label`]).
/// Scope: a table at the post's edge of [`FACT_ROWS`] rows at most, each
/// of two cells, the first a short label without a link; one row's second
/// cell is wholly one link to another host, its label crediting the post's
/// source ([`credits_source`]) or its link leading to the story with the
/// page's own slug (`page_slug`), whatever the label's words.
/// Note: a data table's rows hold figures and run longer; a table between
/// paragraphs credits a figure and stays.
pub(super) fn facts_table<'a>(
    rows: &[Vec<Inline>],
    (edge, host, page_slug): (bool, Option<&str>, Option<&str>),
    (credit_row, source): (Option<&str>, Option<&url::Url>),
    found: &mut Found,
) -> Option<Why<'a>> {
    if !edge || rows.is_empty() || rows.len() > FACT_ROWS {
        return None;
    }
    fn label_of(row: &[Inline]) -> Option<&str> {
        match row {
            [label, value]
                if label.text.trim().len() <= LABEL_BYTES
                    && value.text.trim().len() < WIDGET_LINE
                    && !label
                        .marks
                        .iter()
                        .any(|m| matches!(m.kind, MarkKind::Link { .. })) =>
            {
                Some(bare_label(&label.text))
            }
            _ => None,
        }
    }
    if !rows
        .iter()
        .all(|r| label_of(r).is_some_and(|l| !l.is_empty()))
    {
        return None;
    }
    let url = rows.iter().find_map(|row| {
        let label = label_of(row)?;
        let value = row.get(1)?;
        // A table's cells keep no links: the page's walk found the row's
        // (`PageFacts::credit_row`) and its address.
        if value.marks.is_empty() && credit_row.is_some_and(|t| t == value.text.trim()) {
            return source.cloned();
        }
        let (href, start, stop) = super::only_link(value)?;
        let text = value.text.as_str();
        if text.get(start..stop)?.trim() != text.trim() {
            return None;
        }
        let url = url::Url::parse(href)
            .ok()
            .filter(|u| super::other_host(host, u))?;
        (credits_source(label)
            || page_slug.is_some_and(|slug| super::story_link::same_slug(&url, slug)))
        .then_some(url)
    })?;
    found.syndicated = true;
    found.edge_credit = true;
    if found.source_url.is_none() {
        found.source_url = Some(url);
    }
    Some(Why::new(
        "syndication:marker",
        Fired::Check("credit.facts-table"),
    ))
}

/// Rule `credit.bracketed-source-link` (family `syndication:marker`).
/// Concept: "[Source: <a>Outlet</a>]" at the post's edge credits the
/// outlet the link leads to, when the link names it.
/// Scope: a bracket (ASCII or full-width) that is the whole line, at the
/// post's edge (a block, or the line cut off the first or last
/// paragraph), holding a source label that names no image
/// ([`text_credit_label`]), its colon (ASCII or full-width) and one link
/// to another host that is the whole rest, whose text names the outlet:
/// it spells its host's name, is its address, or holds a periodical's
/// word ([`credit_names_outlet`]).
/// Note: a bracketed source between paragraphs, or linking an agency or
/// a ministry by its name, credits a figure or a fact, and stays.
pub(super) fn bracketed_source_link<'a>(
    inner: &Inline,
    ctx: &BlockCtx<'a>,
    found: &mut Found,
) -> Option<Why<'a>> {
    if !ctx.edge {
        return None;
    }
    let text = inner.text.as_str();
    let (end, _, word) = text_credit_label(text)?;
    let (href, start, stop) = super::only_link(inner)?;
    let shown = text.get(start..stop)?.trim();
    if start < end || shown.is_empty() || text.get(end..)?.trim() != shown {
        return None;
    }
    let url = url::Url::parse(href)
        .ok()
        .filter(|u| super::other_host(ctx.host, u))?;
    let address = is_link_host_address(shown, &url);
    if !address
        && !spells_link_host(shown, &url)
        && credit_names_outlet(shown, ctx.authors).is_none()
    {
        return None;
    }
    found.syndicated = true;
    found.edge_credit = true;
    if found.source_url.is_none() {
        found.source_url = Some(url);
    }
    if found.source_name.is_none() && !address {
        found.source_name = outlet_named(shown, ctx);
    }
    Some(Why::new(
        "syndication:marker",
        Fired::Rule("credit.bracketed-source-link", word),
    ))
}

/// Rule `credit.quoted-source` (family `syndication:marker`).
/// Concept: a plugin's credit set as a block quote (`<blockquote><cite>
/// Source: <a>Outlet</a></cite></blockquote>`) is a credit, not a
/// quotation: nobody is quoted saying a label and a name.
/// Scope: a block quote of one short paragraph ([`WIDGET_LINE`] bytes)
/// whose whole text is a source label that names no image
/// ([`text_credit_label`]), its colon (ASCII or full-width) and one link
/// to another host, anywhere in the post.
/// Note: a quotation holds a speaker's words; a quote that opens with a
/// label and holds more than its link stays.
pub(super) fn quoted_source(inline: &Inline, host: Option<&str>) -> Option<Why<'static>> {
    let text = inline.text.trim_end();
    if text.len() >= WIDGET_LINE {
        return None;
    }
    let (end, _, word) = text_credit_label(text)?;
    let (href, start, stop) = super::only_link(inline)?;
    let shown = text.get(start..stop)?.trim();
    if start < end || shown.is_empty() || text.get(end..)?.trim() != shown {
        return None;
    }
    url::Url::parse(href)
        .is_ok_and(|u| super::other_host(host, &u))
        .then_some(Why::new(
            "syndication:marker",
            Fired::Rule("credit.quoted-source", word),
        ))
}

/// Whether `link` is a pair's second half ([`pair_label`]), whatever its
/// label's words (a label of words, no link), outside the post's prose ([`super::between_prose`]),
/// leading to the story whose slug the page's own address ends in
/// (`page_slug`, [`story_link::same_slug`]): a copied story keeps the
/// original's slug, and a facts box's "<label> | <a>Outlet</a>" row
/// linking it credits the original in any language.
pub(super) fn pair_links_same_story(
    link: ElementRef<'_>,
    href: &url::Url,
    page_slug: Option<&str>,
) -> bool {
    page_slug.is_some_and(|slug| super::story_link::same_slug(href, slug))
        && pair_halves(link).is_some_and(|(label, b)| {
            // A label is words, not a link: two links side by side (a
            // list of the story's editions) are no pair.
            !label
                .descendants()
                .any(|n| n.value().as_element().is_some_and(|e| e.name() == "a"))
                && !super::between_prose(b)
        })
        && pair_label(link).is_some()
}

/// A credit label and a link whose text names the host it leads to, as
/// the whole of a short block ("Credit: <a href="https://outlet.example/">
/// Outlet</a>", "Crédit : <a>…</a>", "Créditos: <a>…</a>"): the outlet's
/// credit. The label alone may credit a photographer or name the author
/// (it makes no block a credit line, [`super::is_marker_text`]); the
/// link's text spelling its own host's name makes it an outlet's. `text`
/// is the link's [`short_text`]. The caller looks at no link in a figure.
///
/// A label that credits the post's text ([`text_credit_label`]: "Text &
/// Bild:", "Originalquelle:") credits the outlet whether the link shows
/// its name or its address, in a block of its own or as the line (since
/// a `<br>`) closing a paragraph.
pub(super) fn credit_naming_link_host(link: ElementRef<'_>, text: &str, href: &url::Url) -> bool {
    // A pair's label and its link read as one line "Label: <a>…</a>",
    // the whole of its box: a credit whatever the link shows.
    // A pair between paragraphs of prose credits a figure or a table.
    if pair_label(link).is_some_and(|(l, b)| credits_source(&l) && !super::between_prose(b)) {
        return true;
    }
    let spelled = spells_link_host(text, href);
    if !spelled && !is_link_host_address(text, href) {
        return false;
    }
    let rest_is_link =
        |rest: &str| rest.trim().trim_end_matches(['.', ')', ']']).trim().len() == text.len();
    let text_label = |line: &str| {
        let line = line.trim_start_matches(['(', '[']);
        text_credit_label(line).is_some_and(|(end, _, _)| line.get(end..).is_some_and(rest_is_link))
    };
    let Some((_, block)) = link_block(link, text) else {
        return false;
    };
    let lower = block.to_lowercase();
    let lower = lower.trim_start_matches(['(', '[']);
    let weak = spelled
        && patterns::WEAK_MARKERS
            .iter()
            .any(|p| super::is_credit_label(p) && lower.strip_prefix(p).is_some_and(rest_is_link));
    weak || text_label(&block) || credit_line(link).is_some_and(|line| text_label(&line))
}

/// A link's block: its nearest ancestor, three levels up at most, with
/// text around the link (`text` is the link's [`short_text`]), and that
/// block's short text; `None` past a block too long to be a line.
fn link_block<'a>(link: ElementRef<'a>, text: &str) -> Option<(ElementRef<'a>, String)> {
    let mut node = link.parent();
    for _ in 0..3 {
        let el = node.and_then(ElementRef::wrap)?;
        let block = short_text(el, FOLLOW_LINE)?;
        if block.len() > text.len() + 1 {
            return Some((el, block));
        }
        node = el.parent();
    }
    None
}

/// A link to another host whose text is the headline and whose slug spells
/// it, in a short line of its own block that is not between paragraphs of
/// prose ([`story_link::footer_story_line`]): a feed footer's link to the
/// original ("The post <a>Headline</a> appeared first on <a>Outlet</a>."
/// in words not known), wherever the theme put it. `text` is the link's
/// [`short_text`], `href` its raw address, `title` the page's `<title>`
/// and `title_words` its [`super::story_link::words`], read once a page.
pub(super) fn titled_story_credit(
    link: ElementRef<'_>,
    text: &str,
    href: &str,
    title: &str,
    title_words: &[String],
) -> bool {
    // `titled_with_headline(text, title)`, by the title's words read once.
    if !super::story_link::titled_with_words(text, title_words) {
        return false;
    }
    let Ok(url) = url::Url::parse(href) else {
        return false;
    };
    let mut node = link.parent();
    for _ in 0..3 {
        let Some(el) = node.and_then(ElementRef::wrap) else {
            return false;
        };
        // The post's own title in a heading.
        if matches!(el.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            return false;
        }
        let Some(block) = short_text(el, SHORT_BLOCK) else {
            return false;
        };
        if block.len() > text.len() + 1 {
            // The link's text is the headline, told above.
            return super::story_link::footer_story_line(&block, text, &url, title)
                && !super::between_prose(el);
        }
        node = el.parent();
    }
    false
}

/// Whether `text` (a link's) spells the name of the host `href` leads to:
/// the name's words joined, or without a short first word (an article:
/// "Le Courrier des Vallées" on courrierdesvallees.example); a name in
/// the Arabic script by its consonants ([`super::abjad::spells_host`]:
/// "الرأي المحلي" on alraialmahali.example).
fn spells_link_host(text: &str, href: &url::Url) -> bool {
    let Some(label) = href
        .host_str()
        .map(|h| h.trim_start_matches("www."))
        .and_then(|h| h.split('.').next())
        .map(|l| l.replace('-', ""))
        .filter(|l| l.len() >= 4)
    else {
        return false;
    };
    spells_label(text, &label) || super::abjad::spells_host(text, &label)
}

/// Whether `text` spells `label` (a host's label without its hyphens):
/// its words joined, a short word (an article or a preposition, at most
/// [`DROPPED_WORD_CHARS`] letters) dropped where the domain drops it
/// ("Le Courrier des Vallées" on courrierdesvallees.example, "Diário do
/// Litoral Norte" on diariolitoralnorte.example).
fn spells_label(text: &str, label: &str) -> bool {
    let n = super::norm(text);
    let names_host = |s: &str| {
        let words: Vec<&str> = s.split(' ').collect();
        super::joins_to(words.iter().copied(), label)
            || (words.len() <= DROPPING_WORDS_MAX && joins_dropping_short(&words, label))
    };
    let spelled = spellings(&n).any(|s| names_host(&s));
    spelled
}

/// Letters of a word, at most, that a domain may drop from the name it
/// spells: articles and prepositions ("the", "le", "des", "do", "di").
const DROPPED_WORD_CHARS: usize = 3;

/// Words of a name, at most, read for dropped words (a name, not a
/// sentence; it bounds [`joins_dropping_short`]'s search).
const DROPPING_WORDS_MAX: usize = 8;

/// Whether `words` joined make `label` with some of their short words
/// (at most [`DROPPED_WORD_CHARS`] letters) left out, anywhere in the
/// name.
fn joins_dropping_short(words: &[&str], label: &str) -> bool {
    match words.split_first() {
        None => label.is_empty(),
        Some((word, rest)) => {
            label
                .strip_prefix(word)
                .is_some_and(|left| joins_dropping_short(rest, left))
                || (word.chars().count() <= DROPPED_WORD_CHARS && joins_dropping_short(rest, label))
        }
    }
}

/// Whether `text` (a link's) is the address of the host `href` leads to:
/// its domain with or without `www.`, or a URL on it ("outlet.example",
/// "https://www.outlet.example/story").
fn is_link_host_address(text: &str, href: &url::Url) -> bool {
    href.host_str()
        .is_some_and(|host| address_of(text).is_some_and(|(h, _)| same_host(h, host)))
}

/// Whether `text` is the address of `host` and nothing more: its domain
/// with or without `www.` and a scheme, a closing slash at most
/// ("examplesite.com", "https://www.examplesite.com/"). A dash opening
/// the line signs it ("— examplesite.com", as a letter's "— Name") and
/// says nothing of it.
pub(super) fn is_host_address(text: &str, host: &str) -> bool {
    let text = text.trim_start_matches(['—', '–']).trim_start();
    address_of(text).is_some_and(|(h, path)| matches!(path, "" | "/") && same_host(h, host))
}

/// A text read as a web address: its host (with a dot, no spaces) and the
/// rest after it (path, query). A closing full stop is not the address's.
fn address_of(text: &str) -> Option<(&str, &str)> {
    let t = text.trim().trim_end_matches('.');
    let t = ["https://", "http://"]
        .iter()
        .find_map(|p| {
            t.get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| &t[p.len()..])
        })
        .unwrap_or(t);
    // The three are ASCII: found as bytes, by `memchr` (their offset is
    // a character's boundary).
    let end = memchr::memchr3(b'/', b'?', b'#', t.as_bytes()).unwrap_or(t.len());
    let host = &t[..end];
    let hostlike = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    hostlike.then(|| (host, &t[end..]))
}

/// Rule `credit.source-box-address` (family `syndication:source-box`).
/// Concept: the box a republisher prints to credit the original — the
/// outlet's logo linking its story, the outlet's address beside it
/// ("outlet.example") — is the credit as a whole; the extractor keeps its
/// logo as an image and its address as a line of its own.
/// Scope: a block whose whole text is the bare address (no path) of the
/// host the page's source link leads to (`ctx.outlet_host`, its label,
/// known only when a credit, a plugin's wrapper or a link to the same
/// story elsewhere gave the source), anywhere in the post.
/// Note: an article naming a site writes it in a sentence; a line that is
/// nothing but the outlet's domain signs the credit box.
pub(super) fn source_box_address<'a>(text: &str, ctx: &BlockCtx<'a>) -> Option<Why<'a>> {
    let outlet = ctx.outlet_host?;
    let (host, path) = address_of(text)?;
    let same = matches!(path, "" | "/")
        && super::host_brand(&crate::text::bare_host(host)).is_some_and(|b| b == outlet);
    same.then_some(Why::new(
        "syndication:source-box",
        Fired::Outlet("credit.source-box-address", outlet),
    ))
}

/// Rule `credit.outlet-name-line` (family `syndication:source-box`).
/// Concept: the outlet's half of a credit printed as a pair (a definition
/// list's `<dd>`, a table's second cell: [`pair_label`]) stands as a line
/// of its own once the pair is split into blocks: the outlet's name
/// linking the outlet's home page.
/// Scope: a block at the post's edge whose whole text is a name
/// (`usable_name`) and one link to the home page of the host of the
/// page's source (`ctx.outlet_host`, known from a credit).
/// Note: the post names the outlet in a sentence, and links its stories,
/// not its home page, by their headlines; a line that is nothing but the
/// outlet's linked name is the credit's.
pub(super) fn outlet_name_line<'a>(inline: &Inline, ctx: &BlockCtx<'a>) -> Option<Why<'a>> {
    let outlet_host = ctx.outlet_host?;
    if !ctx.edge {
        return None;
    }
    let text = inline.text.as_str();
    let (href, start, stop) = super::only_link(inline)?;
    if start > 0 || stop < text.len() || !super::usable_name(text) {
        return None;
    }
    let src = url::Url::parse(href).ok()?;
    if src.path().len() > 1 || src.query().is_some() || !super::other_host(ctx.host, &src) {
        return None;
    }
    let brand = super::host_brand(&crate::text::bare_host(src.host_str()?))?;
    (brand == outlet_host).then_some(Why::new(
        "syndication:source-box",
        Fired::Outlet("credit.outlet-name-line", outlet_host),
    ))
}

/// Rule `credit.source-box-logo` (family `syndication:source-box`).
/// Concept: the outlet's logo in the box that credits the original, next
/// to the box's address line ([`source_box_address`]): the box goes whole.
/// Scope: an image right before or after a removed address line, served
/// from the host whose label is `outlet` (the source link's).
/// Note: a photo of the article copied from the original is served from
/// its host too, but stands among the post's paragraphs, not against the
/// outlet's address.
pub(super) fn outlet_logo<'a>(img: &Image, outlet: Option<&'a str>) -> Option<Why<'a>> {
    let outlet = outlet?;
    let src = url::Url::parse(&img.src).ok()?;
    let brand = super::host_brand(&crate::text::bare_host(src.host_str()?))?;
    (brand == outlet).then_some(Why::new(
        "syndication:source-box",
        Fired::Outlet("credit.source-box-logo", outlet),
    ))
}

/// Whether two host names are the same site, `www.` and case aside.
fn same_host(a: &str, b: &str) -> bool {
    crate::text::bare_host(a) == crate::text::bare_host(b)
}

/// Whether a link's text names the site it leads to: the host's address
/// ([`is_link_host_address`]) or the name its site's own label spells
/// (the label before the public suffix, [`super::host_brand`]: not a
/// section's subdomain, "Télévision" on `television.outlet.example`).
fn names_link_host(text: &str, href: &url::Url) -> bool {
    is_link_host_address(text, href)
        || href
            .host_str()
            .and_then(super::host_brand)
            .is_some_and(|brand| spells_label(text, &brand))
}

/// The pointer glyph ([`patterns::POINTER_GLYPHS`]) that opens `text`
/// (leading whitespace skipped), and the text after it, trimmed.
fn after_pointer_glyph(text: &str) -> Option<(&'static str, &str)> {
    let t = text.trim_start();
    let glyph = patterns::POINTER_GLYPHS
        .iter()
        .find(|g| t.starts_with(**g))?;
    Some((glyph, t[glyph.len()..].trim_start()))
}

/// Whether the text just before a link (in its parent) is only a pointer
/// glyph that opens the line ("→ <a>…</a>"): [`pointer_credit`]'s gate,
/// told without parsing the link.
pub(super) fn after_pointer(link: ElementRef<'_>) -> bool {
    let Some(prev) = link.prev_sibling() else {
        return false;
    };
    let pointer = prev
        .value()
        .as_text()
        .and_then(|t| after_pointer_glyph(t))
        .is_some_and(|(_, rest)| rest.is_empty());
    pointer
        && prev.prev_sibling().is_none_or(|n| {
            n.value().as_element().is_some_and(|e| {
                e.name() == "br" || crate::guard::is_block_name(e.name().as_bytes())
            })
        })
}

/// A pointer glyph and a link whose text names the host it leads to, as
/// the whole of a short block that is not between paragraphs of prose
/// ("→ <a href="https://outlet.example/story">outlet.example</a>"): a
/// credit to the original, wherever the theme put it. The glyph alone
/// points to any link (a menu's, a "read more »" button's); the link's
/// text being its own host's address or name makes it a pointer to
/// another outlet. `text` is the link's [`short_text`]. The caller looks
/// at no link in a figure.
pub(super) fn pointer_credit(link: ElementRef<'_>, text: &str, href: &url::Url) -> bool {
    if !names_link_host(text, href) {
        return false;
    }
    let Some((el, block)) = link_block(link, text) else {
        return false;
    };
    after_pointer_glyph(&block).is_some_and(|(_, rest)| rest == text.trim())
        && !in_pointer_list(el)
        && !super::between_prose(el)
}

/// Whether a pointer line is one of a list of links: a list item, or a
/// block with a sibling that opens with a pointer glyph too (a footer's
/// "› Partner" links, a menu).
fn in_pointer_list(block: ElementRef<'_>) -> bool {
    if matches!(block.value().name(), "li" | "dd" | "dt" | "td" | "option") {
        return true;
    }
    let pointed = |n: ego_tree::NodeRef<'_, scraper::Node>| {
        ElementRef::wrap(n)
            .and_then(|e| short_text(e, FOLLOW_LINE))
            .is_some_and(|t| after_pointer_glyph(&t).is_some())
    };
    let prev = block.prev_siblings().find(|n| n.value().is_element());
    let next = block.next_siblings().find(|n| n.value().is_element());
    prev.is_some_and(pointed) || next.is_some_and(pointed)
}

/// A block or line of the post that is a pointer glyph and then only its
/// link `(url, start, end)` to another host, whose text names that host
/// ("→ outlet.example"): a credit. Returns the glyph.
pub(super) fn pointer_line(
    inline: &Inline,
    link: (&url::Url, usize, usize),
) -> Option<&'static str> {
    let (url, start, end) = link;
    let text = inline.text.as_str();
    let (glyph, rest) = after_pointer_glyph(text)?;
    // The rest is a suffix of the text.
    let rest_at = text.len() - rest.len();
    let linked = text.get(start..end)?;
    (start == rest_at
        && text[end..].trim().trim_end_matches('.').is_empty()
        && !rest.is_empty()
        && !text.contains('\n')
        && names_link_host(linked, url))
    .then_some(glyph)
}

/// A normalised text as it is spelled in a host name: itself, and with its
/// letters folded to ASCII both ways a host name does it ("allgäuer"
/// gives "allgaeuer" and "allgauer", "vallées" "vallees").
pub(super) fn spellings(n: &str) -> impl Iterator<Item = String> + '_ {
    let ascii = n.is_ascii();
    let fold = move |expand: bool| {
        let mut out = String::with_capacity(n.len());
        for c in n.chars() {
            match c {
                'ä' | 'ö' | 'ü' if expand => {
                    out.push(fold_letter(c));
                    out.push('e');
                }
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                c => out.push(fold_letter(c)),
            }
        }
        out
    };
    std::iter::once(n.to_string())
        .chain((!ascii).then(|| fold(true)))
        .chain((!ascii).then(|| fold(false)))
}

/// The base letters of Latin Extended-A (U+0100 to U+017F), one byte a
/// character in code point order, upper and lower case alike ("ą", "č",
/// "ł", "ő", "ś", "ž"); `?` where a character is two letters ("ĳ", "œ")
/// and stays as it is.
const LATIN_EXTENDED_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// The base letters of the Vietnamese block of Latin Extended Additional
/// (U+1EA0 to U+1EF9: "ạ", "ầ", "ế", "ồ", "ữ", "ỹ"), as runs of one letter
/// in code point order: the letter and how many characters carry it.
const LATIN_VIETNAMESE: [(char, u32); 6] = [
    ('a', 24),
    ('e', 16),
    ('i', 4),
    ('o', 24),
    ('u', 14),
    ('y', 8),
];

/// A Latin letter without its accent (the letter itself when it has none
/// or is not an accented Latin letter): Latin-1's, Latin Extended-A's
/// (Central European, Baltic, Turkish), the hooked "ơ" and "ư", the
/// comma-below "ș" and "ț" (Romanian) and Vietnamese's stacked accents.
/// A name spells the host it owns in its letters' bare forms, whatever
/// the language ("Tin Sông Hồng" on tinsonghong.example, "Gazeta
/// Nadwiślańska" on gazeta-nadwislanska.example).
fn fold_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        '\u{0100}'..='\u{017F}' => match LATIN_EXTENDED_A.get(c as usize - 0x100) {
            Some(&b) if b != b'?' => char::from(b),
            _ => c,
        },
        'ơ' | 'Ơ' => 'o',
        'ư' | 'Ư' => 'u',
        'ș' | 'Ș' => 's',
        'ț' | 'Ț' => 't',
        '\u{1EA0}'..='\u{1EF9}' => {
            let mut at = c as u32 - 0x1EA0;
            for (letter, run) in LATIN_VIETNAMESE {
                if at < run {
                    return letter;
                }
                at -= run;
            }
            c
        }
        c => c,
    }
}

/// The byte offset just after the last sentence end (`.`, `!` or `?`
/// and whitespace) in `text`, looked for among its last [`WIDGET_LINE`]
/// bytes (a line longer than that is no credit).
fn last_sentence_end(text: &str) -> Option<usize> {
    let bytes = text.trim_end().as_bytes();
    let stop = bytes.len().saturating_sub(WIDGET_LINE);
    (stop..bytes.len().saturating_sub(1))
        .rev()
        .find(|&i| matches!(bytes[i], b'.' | b'!' | b'?') && bytes[i + 1].is_ascii_whitespace())
        .map(|i| i + 1)
}

/// Whether an image's caption opens with a credit label and a colon
/// ("Photo: …", "Bild: …"; [`patterns::SOURCE_LABELS`]).
fn opens_with_credit_label(caption: &str) -> bool {
    let lower = caption.trim_start().to_lowercase();
    patterns::SOURCE_LABELS.iter().any(|label| {
        lower
            .strip_prefix(label)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })
}

/// The outlet a short block of the page names without a link, as a
/// credit ("Source: Outlet", "Courtesy: Outlet", "(With inputs from
/// Outlet)", "Reprinted with permission from Outlet."), when the block
/// is a paragraph of its own (not a figure's or an image's credit, not
/// between paragraphs of prose).
pub(super) fn plain_credit_name(
    el: ElementRef<'_>,
    host: Option<&str>,
    rules: &super::Rules,
) -> Option<String> {
    // A paragraph, or a leaf `div` (a page builder's text module); names
    // compared as atoms.
    let tag = &el.value().name.local;
    if !(*tag == local_name!("p") || *tag == local_name!("div")) {
        return None;
    }
    let mut kids = 0;
    // The bytes of its own text nodes: past [`WIDGET_LINE`] the element's
    // [`short_text`] is `None`, told without reading its descendants.
    let mut own_text = 0;
    for child in el.children() {
        if let Some(t) = child.value().as_text() {
            own_text += t.len();
            if own_text > WIDGET_LINE {
                return None;
            }
        }
        if let Some(e) = child.value().as_element() {
            kids += 1;
            let tag = &e.name.local;
            if kids > 4
                || *tag == local_name!("a")
                || *tag == local_name!("img")
                || crate::guard::is_block_name(e.name().as_bytes())
            {
                return None;
            }
        }
    }
    // Text nodes alone: the collapsed text is at most their bytes, and
    // shorter than a credit's ([`MIN_CREDIT_LINE`]) when they are (an empty
    // or spacer block, most of those read here), told without reading it.
    if kids == 0 && own_text < MIN_CREDIT_LINE {
        return None;
    }
    // Most paragraphs read here are no credit: their text and its lower
    // case go into buffers kept across calls, and only a marker's text is
    // copied out.
    thread_local! {
        static TEXTS: std::cell::RefCell<(String, String)> =
            const { std::cell::RefCell::new((String::new(), String::new())) };
    }
    let text = TEXTS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut texts) => {
            let (text, lower) = &mut *texts;
            reads_as_credit(el, text, lower).then(|| text.clone())
        }
        Err(_) => {
            let (mut text, mut lower) = (String::new(), String::new());
            reads_as_credit(el, &mut text, &mut lower).then_some(text)
        }
    })?;
    // A paragraph that shows an image beside its credit line ("<img>
    // Source: Agency" in one block) credits that image.
    if has_descendant(el, &local_name!("img")) && shows_picture(el) {
        return None;
    }
    // The credit of an image just above (a figure, a paragraph holding
    // only an image and its caption), or of a figure between prose. An
    // image whose caption already opens with a credit label ("Photo: …")
    // has its credit: the line after it is the post's. So has one
    // captioned with its upload's file name ("IMG_0042", "featured-
    // image-1"): nobody wrote words for it, and the line after it is the
    // post's too (hook `credit.after-image-block`). A line that opens its
    // wrapper (a card's caption box) stands under what is above the
    // wrapper.
    let after_image = element_above(el, super::CAPTION_LEVELS).is_some_and(|prev| {
        let caption = short_text(prev, SHORT_BLOCK);
        let image = matches!(prev.value().name(), "figure" | "img" | "picture")
                // An image's own block, not the post's container: it
                // ends on its image and caption (hook
                // `credit.after-image-block`).
                || (caption.is_some()
                    && has_descendant(prev, &local_name!("img"))
                    && ends_on_image(prev));
        image
            && !caption
                .as_deref()
                .is_some_and(|c| opens_with_credit_label(c) || super::is_file_name(c))
            && shows_picture(prev)
    });
    if after_image || super::between_prose(el) {
        return None;
    }
    let no_prose = super::brand::ProseNames::known(false);
    let ctx = BlockCtx {
        host,
        page_slug: None,
        edge: true,
        heading: false,
        after_plug: false,
        taglines: &[],
        site_in_prose: &no_prose,
        head: false,
        tail: true,
        first: false,
        // A paragraph of its own with no prose after it closes the post
        // as its last text block does (`credit.bracketed-source-title`).
        last: !super::prose_follows(el),
        glued: false,
        whole: true,
        host_brand: None,
        syndicated: false,
        title: "",
        site_norms: &[],
        outlet: None,
        outlet_host: None,
        authors: &[],
        published: None,
        stems: &[],
        zones: &[],
        list_labels: &[],
        signups: &[],
        call_boxes: &[],
        widget_boxes: &[],
        sets: &[],
        rules,
        sources: super::NameSources {
            bits: 0,
            from_page: 0,
        },
        explain: false,
        edge_cuts_only: false,
        no_marker: false,
    };
    let inline = Inline::plain(text);
    let mut found = Found::default();
    marker(
        &inline,
        &super::collapse_lower(&inline.text),
        &ctx,
        &mut found,
    )
    .filter(|r| is_credit(r.family))?;
    found.source_name
}

/// The word periodicals name themselves with ([`patterns::PRESS_NOUNS`])
/// in the name after a bare credit label ("Créditos: Diario del Valle"),
/// when the name is an outlet's: a usable name that is neither one of the
/// article's `authors` (normalised) nor a placeholder byline ("News
/// Desk"). A bare "Credit: X" credits a photographer or an author as often
/// as an outlet, and a person's name holds no such word; `rest` is the
/// text after the label.
pub(super) fn credit_names_outlet(rest: &str, authors: &[String]) -> Option<&'static str> {
    let name = rest
        .trim()
        .trim_start_matches([':', '-', '–', '—'])
        .trim()
        .trim_end_matches('.')
        .trim();
    if !super::usable_name(name) {
        return None;
    }
    let n = super::norm(name);
    if authors.contains(&n) || patterns::PLACEHOLDER_AUTHORS.contains(&n.as_str()) {
        return None;
    }
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .find_map(press_noun)
}

/// The periodical's word ([`patterns::PRESS_NOUNS`]) a word of a name is,
/// or closes in a script written without spaces ("湖北新聞").
fn press_noun(word: &str) -> Option<&'static str> {
    let w = word.to_lowercase();
    patterns::PRESS_NOUNS
        .iter()
        .find(|p| **p == w || (p.starts_with(super::brand::is_unspaced) && w.ends_with(**p)))
        .copied()
}

/// Whether a lower-cased line is a bare credit label and an outlet's name
/// ([`credit_names_outlet`]): "créditos: diario del valle".
fn credit_label_naming_outlet(lower: &str) -> bool {
    patterns::WEAK_MARKERS.iter().any(|p| {
        super::is_credit_label(p)
            && lower
                .strip_prefix(p)
                .and_then(|rest| credit_names_outlet(rest, &[]))
                .is_some()
    })
}

/// Fewest bytes of a line [`plain_credit_name`] reads as a credit: a
/// shorter one holds no credit word and an outlet's name together.
const MIN_CREDIT_LINE: usize = 8;

/// [`plain_credit_name`]'s tests of an element's text, read into `text`
/// (its [`short_text`] up to [`WIDGET_LINE`] bytes) and `lower`: some
/// letters, no link inside, a marker's words or a bare credit label
/// naming an outlet ([`credit_label_naming_outlet`]).
fn reads_as_credit(el: ElementRef<'_>, text: &mut String, lower: &mut String) -> bool {
    // A link inside is told before the text is collapsed (both tests
    // must pass; the text is read only where they do).
    if has_descendant(el, &local_name!("a")) {
        return false;
    }
    if !super::short_text_into(el, WIDGET_LINE, text) || text.len() < MIN_CREDIT_LINE {
        return false;
    }
    super::lower_case_into(text, lower);
    let bare = lower.trim_start_matches(['(', '[']);
    super::is_marker_text(bare)
        || credit_label_naming_outlet(bare)
        || may_state_credit(bare)
        // "© Outlet. Reproduced with permission."
        || super::edge_credits::may_be_copyright_credit(bare)
}

/// Whether a lower-cased line may be a credit in words of its own
/// ([`credit_statement`]): it opens with a credit label of the post's
/// text, with the post naming itself and holds an origin word, or with a
/// byline's by-word in its first two words and holds a "for". A cheap
/// test before [`super::marker`].
fn may_state_credit(lower: &str) -> bool {
    let has_word = |list: &[&str]| {
        lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| list.contains(&w))
    };
    text_credit_label(lower).is_some()
        || (super::prefixes::POST_SELF_REFERENCES.find(lower).is_some()
            && has_word(patterns::ORIGIN_WORDS))
        || (lower
            .split_whitespace()
            .take(2)
            .any(|w| patterns::BYLINE_WORDS.contains(&w))
            && has_word(patterns::BYLINE_FOR_WORDS))
}

/// Most bytes of a credit label before its colon ("Text & Bild",
/// "Crédits texte "): a label is a few words, not a sentence.
const LABEL_BYTES: usize = 40;

/// Most words of a credit label, joiners included.
const LABEL_WORDS: usize = 4;

/// Longest joiner of a credit label's words ("&", "und", "et", "y").
const LABEL_JOINER_CHARS: usize = 3;

/// What a word of a credit label names ([`label_word`]).
#[derive(Clone, Copy, PartialEq)]
enum LabelWord {
    /// The post's text ("Text", "Texte").
    Text,
    /// A source ("Quelle", "Source", a compound ending in one whose head
    /// names no image: "Originalquelle").
    Source,
    /// An image ("Bild", "Photo", "Bildquelle").
    Image,
    /// A bare credit word ("Crédits") or a joiner ("&", "und").
    Other,
}

/// A word's part in a credit label; `None` for a word no label holds.
/// Text words are [`patterns::TEXT_LABELS`], image words
/// [`patterns::IMAGE_LABELS`], source words the other
/// [`patterns::SOURCE_LABELS`] (or a compound ending in one:
/// "Originalquelle", and "Bildquelle" an image's), bare credit words the
/// credit labels of [`patterns::WEAK_MARKERS`]; a plural counts as its
/// singular, a word of three letters at most is a joiner.
fn label_word(word: &str) -> Option<LabelWord> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    let forms = [
        w,
        w.strip_suffix('s').unwrap_or(w),
        w.strip_suffix("er").unwrap_or(w),
    ];
    let kind = |f: &str| {
        // A word of another first byte and length than every label word
        // is none of them: told by one lookup before the search.
        if !label_word_shape(f) {
            return None;
        }
        let words = label_words();
        words
            .binary_search_by(|(w, _)| (*w).cmp(f))
            .ok()
            .and_then(|i| words.get(i))
            .map(|(_, k)| *k)
    };
    // The label words first: a Japanese or Chinese one is two characters
    // ("出典", "来源"), as short as a joiner.
    if let Some(k) = kind(w) {
        return Some(k);
    }
    if w.chars().count() <= LABEL_JOINER_CHARS {
        return Some(LabelWord::Other);
    }
    // `w` itself was read above.
    if let Some(k) = forms[1..].iter().find_map(|f| kind(f)) {
        return Some(k);
    }
    // A compound ending in a text or source word ("originalquelle",
    // "bildquelle"); the ending compared before the image words are read.
    // A word whose last three bytes end no such word ends none: told by
    // one lookup ([`compound_ends`]), before the words are compared.
    if !may_end_compound(w) {
        return None;
    }
    let (head, end) = patterns::TEXT_LABELS
        .iter()
        .chain(patterns::SOURCE_LABELS)
        .find_map(|t| {
            let head = w.strip_suffix(*t).filter(|h| !h.is_empty())?;
            (!patterns::IMAGE_LABELS.contains(t)).then(|| (head.trim_end_matches('-'), *t))
        })?;
    if patterns::IMAGE_LABELS.iter().any(|l| head.starts_with(l)) {
        return Some(LabelWord::Image);
    }
    kind(end)
}

/// The last three bytes of each word a compound label may end in
/// ([`patterns::TEXT_LABELS`], [`patterns::SOURCE_LABELS`]), as the low 24
/// bits of a key, sorted; `None` when one of them is shorter than three
/// bytes (none today), and every word is then compared.
fn compound_ends() -> Option<&'static [u32]> {
    static ENDS: std::sync::OnceLock<Option<Vec<u32>>> = std::sync::OnceLock::new();
    ENDS.get_or_init(|| {
        let mut ends = patterns::TEXT_LABELS
            .iter()
            .chain(patterns::SOURCE_LABELS)
            .map(|t| last_three(t))
            .collect::<Option<Vec<u32>>>()?;
        ends.sort_unstable();
        ends.dedup();
        Some(ends)
    })
    .as_deref()
}

/// The last three bytes of `w` as the low 24 bits of a key; `None` for a
/// shorter word.
fn last_three(w: &str) -> Option<u32> {
    let b = w.as_bytes();
    let three = b.get(b.len().checked_sub(3)?..)?;
    Some(three.iter().fold(0, |k, &x| k << 8 | u32::from(x)))
}

/// Whether `w` may end in a word of a compound label ([`label_word`]): a
/// word that ends in one ends in its last three bytes, so a word whose
/// last three bytes end none of them (or that is shorter than each) ends
/// none.
fn may_end_compound(w: &str) -> bool {
    let Some(ends) = compound_ends() else {
        return true;
    };
    last_three(w).is_some_and(|k| ends.binary_search(&k).is_ok())
}

/// Per first byte, the lengths (bits 0 to 63) of the words of
/// [`label_words`] that start with it; a word of 64 bytes or more sets
/// bit 63 for every longer length too ([`label_word_shape`]).
fn label_word_lengths() -> &'static [u64; 256] {
    static LENGTHS: std::sync::OnceLock<[u64; 256]> = std::sync::OnceLock::new();
    LENGTHS.get_or_init(|| {
        let mut lengths = [0u64; 256];
        for (w, _) in label_words() {
            if let Some(&b) = w.as_bytes().first() {
                lengths[usize::from(b)] |= 1 << w.len().min(63);
            }
        }
        lengths
    })
}

/// Whether `f` may be a word of [`label_words`]: one of them starts with
/// its first byte and is as long (a word of 63 bytes or more is looked
/// up whenever a long label word starts with its byte; an empty one is
/// always looked up).
fn label_word_shape(f: &str) -> bool {
    match f.as_bytes().first() {
        Some(&b) => label_word_lengths()[usize::from(b)] & (1 << f.len().min(63)) != 0,
        None => true,
    }
}

/// The words of the label lists in the order [`label_words`] reads them
/// (the first list holding a word tells its part), repeats included.
fn listed_label_words() -> impl Iterator<Item = (&'static str, LabelWord)> {
    let credit_words = patterns::WEAK_MARKERS
        .iter()
        .filter(|p| super::is_credit_label(p))
        .map(|p| (p.trim_end_matches([':', ' ']), LabelWord::Other));
    patterns::TEXT_LABELS
        .iter()
        .map(|w| (*w, LabelWord::Text))
        .chain(
            patterns::IMAGE_LABELS
                .iter()
                .map(|w| (*w, LabelWord::Image)),
        )
        .chain(
            patterns::SOURCE_LABELS
                .iter()
                .map(|w| (*w, LabelWord::Source)),
        )
        .chain(credit_words)
}

/// The words [`label_word`] knows, sorted for a binary search, each with
/// its part: a text word ([`patterns::TEXT_LABELS`]) before an image word
/// ([`patterns::IMAGE_LABELS`]) before a source word
/// ([`patterns::SOURCE_LABELS`]) before a bare credit word (the credit
/// labels of [`patterns::WEAK_MARKERS`], colon and space off), for a word
/// in more than one list. Read once: a line is looked up in a few steps,
/// not compared with each list's entries.
fn label_words() -> &'static [(&'static str, LabelWord)] {
    static WORDS: std::sync::OnceLock<Vec<(&'static str, LabelWord)>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<(&'static str, LabelWord)> = Vec::new();
        for (w, k) in listed_label_words() {
            // The first list a word is in tells its part.
            if !words.iter().any(|(seen, _)| *seen == w) {
                words.push((w, k));
            }
        }
        // Stable: only distinct words are sorted.
        words.sort_by(|a, b| a.0.cmp(b.0));
        words
    })
}

/// The credit label that opens `text` when it credits the post's text or
/// its source: a few credit words and joiners before a colon, one of them
/// a text word, or a source word with no image word beside it
/// ([`label_word`]: "Text & Bild:", "Crédits texte :", "Originalquelle:";
/// not "Image Source:"). Returns the byte offset after the colon, and the
/// list and word that told it (for the report).
pub(super) fn text_credit_label(
    text: &str,
) -> Option<(usize, &'static [&'static str], &'static str)> {
    // The colon, ASCII or full-width (Japanese, Chinese): the offset of
    // either is a character's boundary. A text whose first
    // [`LABEL_BYTES`] bytes hold no `:` and no lead byte of the other
    // colons (all three-byte characters led by 0xEF) has none: told by
    // one scan, before its characters are decoded.
    let head = text
        .as_bytes()
        .get(..LABEL_BYTES)
        .unwrap_or(text.as_bytes());
    let (colon, colon_len) = label_colon(text, head)?;
    let (list, word) = super::with_lower(&text[..colon], super::lower_case, credit_label_words)?;
    Some((colon + colon_len, list, word))
}

/// The list and word that make a lower-cased label (the text before the
/// colon, [`text_credit_label`]) a credit of the text or its source.
fn credit_label_words(label: &str) -> Option<(&'static [&'static str], &'static str)> {
    // Each word read as it is split off: a word no label holds (most
    // lines' first) or one past [`LABEL_WORDS`] ends the reading.
    let mut slots = [""; LABEL_WORDS];
    let mut count = 0;
    let (mut text_word, mut source, mut image) = (false, false, false);
    let split = label
        .split(|c: char| c.is_whitespace() || matches!(c, '&' | '/' | '+' | ','))
        .filter(|w| !w.is_empty());
    for w in split {
        *slots.get_mut(count)? = w;
        count += 1;
        match label_word(w)? {
            LabelWord::Text => text_word = true,
            LabelWord::Source => source = true,
            LabelWord::Image => image = true,
            LabelWord::Other => {}
        }
    }
    let words = slots.get(..count)?;
    if words.is_empty() {
        return None;
    }
    if !(text_word || (source && !image)) {
        return None;
    }
    // The text or source word the label holds, for the report (a
    // compound's end).
    let word_of = |list: &'static [&'static str]| {
        words.iter().find_map(|w| {
            list.iter()
                .find(|t| w.trim_end_matches('s').ends_with(**t))
                .map(|t| (list, *t))
        })
    };
    word_of(patterns::TEXT_LABELS).or_else(|| word_of(patterns::SOURCE_LABELS))
}

/// The first colon ([`super::LABEL_COLONS`]) among the characters that
/// start in `head` (`text`'s first bytes): its offset and length. Each
/// `:` or 0xEF byte starts a character (neither is a continuation byte),
/// and every colon starts with one: the first of those bytes that starts
/// a colon is the first colon, found without decoding the other
/// characters.
fn label_colon(text: &str, head: &[u8]) -> Option<(usize, usize)> {
    memchr::memchr2_iter(b':', 0xef, head).find_map(|i| {
        let c = text.get(i..)?.chars().next()?;
        super::LABEL_COLONS.contains(&c).then(|| (i, c.len_utf8()))
    })
}

/// Whether a word is written with a capital (a proper name's word).
fn capitalised(word: &str) -> bool {
    word.trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_uppercase)
}

/// Longest lower-case word inside a proper name ("del", "della", "des",
/// "of", "the"), between its capitalised words.
const NAME_JOINER_CHARS: usize = 5;

/// Most lower-case words in a row inside a proper name, between two of
/// its capitalised words ("de la" in "La Voz de la Sierra", "van der").
const NAME_JOINERS_RUN: usize = 2;

/// Most words of an author's name in a byline ("Story by Name for
/// Outlet"): a title-cased heading ("Stop By Your Local Shop for …") has
/// more.
const BYLINE_NAME_WORDS: usize = 3;

/// Whether `words` are a proper name: capitalised words, with short
/// lower-case ones between them ("Il Corriere delle Valli"), none of them
/// a byline's "for" ([`patterns::BYLINE_FOR_WORDS`]).
pub(super) fn proper_name(words: &[&str]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    capitalised(first)
        && capitalised(last)
        && words.iter().all(|w| {
            capitalised(w)
                || (w.chars().count() <= NAME_JOINER_CHARS
                    && !patterns::BYLINE_FOR_WORDS.contains(&super::lower_case(w).as_str()))
        })
}

/// Most words of a periodical's name ([`periodical_name`]): a name, not
/// a clause.
const PERIODICAL_NAME_WORDS: usize = 6;

/// Whether `name` is a periodical's name: it holds a periodical's word
/// ([`credit_names_outlet`]: not the article's author) and has a name's
/// shape: at most [`PERIODICAL_NAME_WORDS`] words of letters (an
/// apostrophe, a hyphen, a full stop or an `&` inside), the first and
/// the last opening with a capital or with a letter of a script without
/// case (Arabic, Hebrew, Japanese: [`opens_sentence`]) or being the
/// periodical's word in either case ("Lipovské noviny": the languages
/// that capitalise a name's first word only write it so), the others as
/// well or short joiners ("du", "de la"; not a byline's "for"), as
/// [`proper_name`] reads a name. A headline holding such a word ("Valley
/// Times launches a new app") has lower-case words.
pub(super) fn periodical_name(name: &str, authors: &[String]) -> bool {
    credit_names_outlet(name, authors).is_some() && name_shaped(name)
}

/// [`periodical_name`]'s test of the name's words.
fn name_shaped(name: &str) -> bool {
    let name = name.trim().trim_end_matches('.').trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let opens = |w: &str| w.starts_with(opens_sentence) || press_noun(w).is_some();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    words.len() <= PERIODICAL_NAME_WORDS
        && opens(first)
        && opens(last)
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '-' | '.' | '&'))
                && (opens(w)
                    || (w.chars().count() <= NAME_JOINER_CHARS
                        && !patterns::BYLINE_FOR_WORDS.contains(&super::lower_case(w).as_str())))
        })
}

/// Whether `name` is a periodical's title by its article
/// ([`patterns::TITLE_ARTICLES`], `marker.title-article`): its first word
/// is a definite article written with its capital and a capitalised word
/// follows it ("La Sentinella Adriatica", "The Harbour Lantern"), or it
/// is the elided "L" before its apostrophe and a capital ("L'Écho du
/// Bocage"), and the whole has a name's shape ([`name_shaped`]: a few
/// capitalised words and short joiners). A ministry or an office cited
/// for a fact is named by its noun, without an article ("Ulaştırma
/// Bakanlığı", "ministère de la Santé").
pub(super) fn titled_name(name: &str) -> bool {
    let name = name.trim().trim_end_matches('.').trim();
    let mut words = name.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let head = first
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let Some(article) = patterns::TITLE_ARTICLES.iter().find(|a| **a == head) else {
        return false;
    };
    let after = &first[head.len()..];
    let titled = if after.is_empty() {
        words.next().is_some_and(|w| w.starts_with(opens_sentence))
    } else {
        *article == "L"
            && after
                .strip_prefix(['\'', '\u{2019}'])
                .is_some_and(|w| w.chars().count() > 1 && w.starts_with(opens_sentence))
    };
    titled && name_shaped(name)
}

/// The outlet's name a credit gives, when it is one: a usable name that
/// is neither one of the article's authors nor the site's own name nor a
/// placeholder byline ("News Desk").
pub(super) fn outlet_named(name: &str, ctx: &BlockCtx<'_>) -> Option<String> {
    let name = name
        .trim()
        .trim_end_matches(['.', ')', ']'])
        .trim()
        .trim_start_matches(['(', '['])
        .trim();
    if !super::usable_name(name) || name.contains([',', ';', ':']) {
        return None;
    }
    let n = super::norm(name);
    let taken = ctx.authors.contains(&n)
        || ctx.site_norms.contains(&n)
        || patterns::PLACEHOLDER_AUTHORS.contains(&n.as_str());
    (!taken).then(|| name.to_string())
}

/// The words of a one-sentence line without its closing punctuation;
/// `None` when a sentence ends inside it.
pub(super) fn sentence_words(text: &str) -> Option<Vec<&str>> {
    let body = text.trim().trim_end_matches(['.', '!', '?', '…']);
    if body.contains(['.', '!', '?'])
        && body
            .split_whitespace()
            .any(|w| w.ends_with(['.', '!', '?']))
    {
        return None;
    }
    Some(body.split_whitespace().collect())
}

/// Whether a byline phrase says who published the post ("published by",
/// "publicado por", "pubblicato da"), not who wrote it: its verb is a
/// form of "publish" in the UI languages (their common stem). Said of the
/// post, it names the outlet.
fn publishing(byline: &str) -> bool {
    byline
        .split(' ')
        .any(|w| w.starts_with("publi") || w.starts_with("pubbli"))
}

/// The outlet a short line at the post's edge credits in words of its
/// own, as republishers write them without a link:
///
/// - a credit label of the post's text ([`text_credit_label`]) and the
///   outlet's name or its link: "Text & Bild: <a>Outlet</a>", "Crédits
///   texte : Outlet";
/// - one sentence in which the post names itself
///   ([`patterns::POST_SELF_REFERENCES`]), says it came from elsewhere
///   ([`patterns::ORIGIN_WORDS`]), states no authorship
///   ([`patterns::BYLINE_PREFIXES`]) and closes with a proper name:
///   "Esta noticia fue publicada originalmente por Outlet.", "Dieser
///   Artikel wurde automatisch von Outlet übernommen.";
/// - a byline whose author wrote for an outlet
///   ([`patterns::BYLINE_FOR_WORDS`]): "Story by Name for Outlet."
///
/// What told it, and the outlet's name (`None` for a label before a
/// link: the link's text names it). `links_out`: the line links another
/// host.
pub(super) fn credit_statement(
    text: &str,
    lower: &str,
    ctx: &BlockCtx<'_>,
    links_out: bool,
) -> Option<(super::Fired<'static>, Option<String>)> {
    // Only at the post's edge (told before the rights note is looked for).
    if !ctx.edge {
        return None;
    }
    // the line without the rights note that closes it.
    let trimmed = without_rights_note(text);
    let lower_trimmed;
    let (text, lower) = if trimmed.len() < text.len() {
        lower_trimmed = super::collapse_lower(trimmed);
        (trimmed, lower_trimmed.as_str())
    } else {
        (text, lower)
    };
    if !ctx.edge || text.len() >= WIDGET_LINE || text.contains('\n') || !may_state_credit(lower) {
        return None;
    }
    if let Some((end, list, word)) = text_credit_label(text) {
        let rest = text.get(end..)?;
        let fired = super::Fired::List(list, word);
        if links_out {
            return super::usable_name(rest.trim()).then_some((fired, None));
        }
        let words: Vec<&str> = rest
            .trim()
            .trim_end_matches('.')
            .split_whitespace()
            .collect();
        if !proper_name(&words) {
            return None;
        }
        return outlet_named(rest, ctx).map(|n| (fired, Some(n)));
    }
    let words = sentence_words(text)?;
    let lower_words: Vec<String> = words
        .iter()
        .map(|w| super::lower_case(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    // "Esta noticia fue publicada originalmente por Outlet."
    if patterns::POST_SELF_REFERENCES
        .iter()
        .any(|p| lower.strip_prefix(p).is_some_and(|r| r.starts_with(' ')))
        && !patterns::BYLINE_PREFIXES
            .iter()
            .any(|p| lower.contains(p) && !publishing(p))
        && !lower_words
            .iter()
            .any(|w| patterns::SELF_WORDS.contains(&w.as_str()))
    {
        let origin = lower_words
            .iter()
            .find_map(|w| patterns::ORIGIN_WORDS.iter().find(|o| **o == w.as_str()))?;
        // The name closes the sentence, or a participle after it does
        // ("… von Outlet übernommen").
        let end = if words.last().is_some_and(|w| !capitalised(w)) {
            words.len() - 1
        } else {
            words.len()
        };
        // Back from the end over capitalised words and the short
        // lower-case ones between them (a run of up to
        // [`NAME_JOINERS_RUN`]: "La Voz de la Sierra"), never to the
        // sentence's first.
        let is_joiner = |w: &str| {
            w.chars().count() <= NAME_JOINER_CHARS
                && !patterns::BYLINE_FOR_WORDS.contains(&super::lower_case(w).as_str())
        };
        let mut start = end;
        while start > 1 {
            let w = words[start - 1];
            let joiner = start < end
                && is_joiner(w)
                && (1..=NAME_JOINERS_RUN).any(|k| {
                    start > k
                        && capitalised(words[start - 1 - k])
                        && words[start - k..start - 1].iter().all(|x| is_joiner(x))
                });
            if !(capitalised(w) || joiner) {
                break;
            }
            start -= 1;
        }
        // Trim joiners the scan took at the name's head.
        while start < end && !capitalised(words[start]) {
            start += 1;
        }
        // words saying where at the outlet the post was found end
        // before the name ("… aus einem Feed von Outlet erstellt"): the
        // name starts after them (`marker.outlet-lead`).
        let lead_end = (start..end).find(|&i| {
            let before = super::lower_case(&words[..i].join(" "));
            patterns::OUTLET_LEADS
                .iter()
                .any(|l| before.ends_with(l.trim_end()))
        });
        if let Some(i) = lead_end {
            start = i;
        }
        // a machine is the maker, not an outlet ("… mit Hilfe
        // einer KI übersetzt").
        if names_machine(&words[start..end].join(" ")) {
            return None;
        }
        // A preposition before the name: a lower-case word of letters
        // ("… published December 22, 12:20 PM" names no one).
        let before = words[start.saturating_sub(1)];
        if start >= end
            || start == 0
            || !before
                .chars()
                .all(|c| c.is_alphabetic() && c.is_lowercase())
        {
            return None;
        }
        let name = words[start..end].join(" ");
        let fired = super::Fired::List(patterns::ORIGIN_WORDS, origin);
        // a line that links the outlet names it with the link's
        // text ("… del feed RSS de <a>La Voz de la Sierra</a>"), whose
        // joiners the scan above does not cross.
        if links_out {
            return Some((fired, None));
        }
        return outlet_named(&name, ctx).map(|n| (fired, Some(n)));
    }
    // "Story by Name for Outlet."
    let by = lower_words
        .iter()
        .take(2)
        .position(|w| patterns::BYLINE_WORDS.contains(&w.as_str()))?;
    if by == 1 && !capitalised(words[0]) {
        return None;
    }
    let (for_at, for_word) = lower_words
        .iter()
        .enumerate()
        .skip(by + 2)
        .find_map(|(i, w)| {
            patterns::BYLINE_FOR_WORDS
                .iter()
                .find(|f| **f == w.as_str())
                .map(|f| (i, *f))
        })?;
    let author = &words[by + 1..for_at];
    if ctx.heading
        || author.len() > BYLINE_NAME_WORDS
        || !proper_name(author)
        || !proper_name(&words[for_at + 1..])
    {
        return None;
    }
    let name = words[for_at + 1..].join(" ");
    let fired = super::Fired::List(patterns::BYLINE_FOR_WORDS, for_word);
    outlet_named(&name, ctx).map(|n| (fired, Some(n)))
}

/// Whether an element holds a `tag` element.
/// Rule `credit.after-image-block` (scope of `credit.plain-name`'s
/// "after an image" bound, family `syndication:marker`).
/// Concept: a line under an image's own block (the image and its caption)
/// is the image's credit, not the post's; a block that goes on past its
/// image's caption (a page builder's last text module: a picture, its
/// caption, then the post's last sentence) is a block of the post, and
/// the line under it is the post's (a credit naming the outlet the post
/// came from).
/// Scope: the element's lines after its last `<img>`, a line being text
/// between block boundaries and `<br>`s: at most
/// [`IMAGE_BLOCK_MAX_LINES`] (the caption) for the block to end on its
/// image.
/// Note: a caption set on two lines (a title, then the photographer's
/// name) makes the block a block of the post: the credit line under it
/// is then read as the post's, as it is under any paragraph.
fn ends_on_image(el: ElementRef<'_>) -> bool {
    use ego_tree::iter::Edge;
    let (mut lines, mut open) = (0usize, false);
    for edge in el.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                scraper::Node::Element(e) if e.name.local == local_name!("img") => {
                    (lines, open) = (0, false);
                }
                scraper::Node::Element(e)
                    if e.name.local == local_name!("br")
                        || crate::guard::is_block_name(e.name().as_bytes()) =>
                {
                    open = false;
                }
                scraper::Node::Text(t) if !t.trim().is_empty() && !open => {
                    (lines, open) = (lines + 1, true);
                }
                _ => {}
            },
            Edge::Close(node) => {
                if node
                    .value()
                    .as_element()
                    .is_some_and(|e| crate::guard::is_block_name(e.name().as_bytes()))
                {
                    open = false;
                }
            }
        }
    }
    lines <= IMAGE_BLOCK_MAX_LINES
}

/// Whether `el` (an image or a block holding images) shows a picture a
/// credit line under it could credit: an image that is neither a teaser
/// card's face (in a link that holds text beside it: a related post's
/// thumbnail and title as one link) nor an icon inside a line of text
/// (text follows it, or the link it is the face of, on the same line: a
/// "<a><img></a> Follow us on …" badge). A picture stands in a block of
/// its own, its caption under it.
fn shows_picture(el: ElementRef<'_>) -> bool {
    let img = local_name!("img");
    let mut pictures = std::iter::once(el)
        .chain(el.descendants().filter_map(ElementRef::wrap))
        .filter(|e| e.value().name.local == img);
    pictures.any(|img| {
        let link = img
            .ancestors()
            .take(LINK_FACE_LEVELS)
            .filter_map(ElementRef::wrap)
            .find(|a| a.value().name.local == local_name!("a"));
        if link.is_some_and(|a| a.text().any(|t| !t.trim().is_empty())) {
            return false;
        }
        !text_follows_on_line(link.unwrap_or(img))
    })
}

/// Whether text follows `el` on its line: a non-blank text node among its
/// next siblings before a `<br>` or a block.
fn text_follows_on_line(el: ElementRef<'_>) -> bool {
    for sib in el.next_siblings() {
        match sib.value() {
            scraper::Node::Text(t) if !t.trim().is_empty() => return true,
            scraper::Node::Element(e)
                if e.name.local == local_name!("br")
                    || crate::guard::is_block_name(e.name().as_bytes()) =>
            {
                return false;
            }
            _ => {}
        }
    }
    false
}

/// Levels above an image searched for the link whose face it is
/// ([`shows_picture`]): a card wraps its thumbnail in a `<figure>` or a
/// `<div>` or two.
const LINK_FACE_LEVELS: usize = 3;

/// Lines an image's own block holds after its image: its caption
/// ([`ends_on_image`]).
const IMAGE_BLOCK_MAX_LINES: usize = 1;

/// The element just above `el`: its previous element sibling, or, when
/// `el` opens its parent, the one before its parent (`levels` up at most).
fn element_above(el: ElementRef<'_>, levels: usize) -> Option<ElementRef<'_>> {
    let mut node = el;
    for _ in 0..levels {
        if let Some(prev) = node.prev_siblings().find_map(ElementRef::wrap) {
            return Some(prev);
        }
        node = node.parent().and_then(ElementRef::wrap)?;
    }
    None
}

fn has_descendant(el: ElementRef<'_>, tag: &html5ever::LocalName) -> bool {
    el.descendants()
        .any(|n| n.value().as_element().is_some_and(|e| e.name.local == *tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_words_give_the_part_of_the_first_list_holding_a_word() {
        let listed: Vec<(&str, LabelWord)> = listed_label_words().collect();
        let table = label_words();
        assert!(
            table.windows(2).all(|p| p[0].0 < p[1].0),
            "sorted, distinct"
        );
        for (w, _) in &listed {
            let first = listed.iter().find(|(v, _)| v == w).map(|(_, k)| *k);
            let found = table.iter().find(|(v, _)| v == w).map(|(_, k)| *k);
            assert!(first == found, "{w}");
            let searched = table.binary_search_by(|(v, _)| (*v).cmp(w)).is_ok();
            assert!(searched, "{w}");
        }
        assert_eq!(table.len(), {
            let mut ws: Vec<&str> = listed.iter().map(|(w, _)| *w).collect();
            ws.sort_unstable();
            ws.dedup();
            ws.len()
        });
    }

    /// The gates before [`label_word`]'s searches pass every word they
    /// guard: each label word has its first byte's length
    /// ([`label_word_shape`]), and every compound of a text or source
    /// word ends in one of [`compound_ends`].
    #[test]
    fn label_word_gates_pass_every_label_word() {
        for (w, _) in label_words() {
            assert!(label_word_shape(w), "{w}");
            // A plural is read as its singular past the gate.
            assert!(label_word(&format!("{w}s")).is_some(), "{w}s");
        }
        for t in patterns::TEXT_LABELS.iter().chain(patterns::SOURCE_LABELS) {
            for head in ["x", "bild", "original-", "é"] {
                let w = format!("{head}{t}");
                assert!(may_end_compound(&w), "{w}");
                // (A compound ending in an image word is none.)
                let image = patterns::IMAGE_LABELS.contains(t);
                assert!(image || label_word(&w).is_some(), "{w}");
            }
        }
        assert!(!label_word_shape("zzzzzzzzzz"));
        assert!(!may_end_compound("council"));
    }

    /// [`text_credit_label`]'s colon, found among the text's `:` and 0xEF
    /// bytes: the first colon character a decoding of its first
    /// [`LABEL_BYTES`] bytes finds, on drawn texts of colons, other
    /// full-width characters (0xEF-led too) and words.
    #[test]
    fn the_label_colon_is_the_first_the_characters_give() {
        let by_chars = |text: &str| {
            text.char_indices()
                .take_while(|(i, _)| *i < LABEL_BYTES)
                .find(|(_, c)| super::super::LABEL_COLONS.contains(c))
                .map(|(i, c)| (i, c.len_utf8()))
        };
        let by_bytes = |text: &str| {
            let head = text
                .as_bytes()
                .get(..LABEL_BYTES)
                .unwrap_or(text.as_bytes());
            label_colon(text, head)
        };
        let pieces = [
            "text",
            " ",
            ":",
            "\u{ff1a}",
            "\u{fe55}",
            "\u{fe13}",
            "\u{ff01}",
            "\u{ff08}",
            "é",
            "quelle",
            "出典",
            "abcdefghij",
        ];
        // Every colon starts with one of the two bytes `label_colon` looks
        // for.
        for c in super::super::LABEL_COLONS {
            let mut buf = [0; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(lead == b':' || lead == 0xef, "{c:?}");
        }
        let mut draw = super::super::draw::Draw::new(53);
        let mut found = 0;
        for len in 0..3000 {
            let text = draw.string(&pieces, len % 12);
            let want = by_chars(&text);
            assert_eq!(by_bytes(&text), want, "{text:?}");
            found += usize::from(want.is_some());
        }
        assert!(found > 1000, "{found} texts with a colon");
    }

    #[test]
    fn text_credit_label_reads_a_few_words_before_the_colon() {
        assert!(text_credit_label("text & bild: Outlet").is_some());
        assert!(text_credit_label("originalquelle: Outlet").is_some());
        assert!(text_credit_label("image source: Outlet").is_none());
        // More words than a label has.
        assert!(text_credit_label("text text text text text: Outlet").is_none());
        assert!(text_credit_label("the weather today: sunny").is_none());
        assert!(text_credit_label(": Outlet").is_none());
    }

    #[test]
    fn piece_starts_after_sentences_and_lines() {
        let t = "One. two\nThree! Four";
        let starts: Vec<usize> = piece_starts(t).into_iter().map(|(s, _)| s).collect();
        assert_eq!(starts, [5, 9, 16]);
    }

    /// The starts [`piece_starts_from`] reads from a place in the text are
    /// those [`piece_starts`] gives from there on.
    #[test]
    fn piece_starts_from_a_place_are_the_whole_texts() {
        let alphabet: Vec<char> = "a Z,.!?\"')]\n\u{2026}\u{201d}\u{e9}".chars().collect();
        let mut draw = super::super::draw::Draw::new(18);
        let mut read = 0;
        for len in 0..2000 {
            let text = draw.string(&alphabet, len % 40);
            for from in (0..=text.len()).filter(|i| text.is_char_boundary(*i)) {
                let after = |v: Vec<(usize, bool)>| -> Vec<(usize, bool)> {
                    v.into_iter().filter(|(s, _)| *s >= from).collect()
                };
                let want = after(piece_starts(&text));
                assert_eq!(
                    after(piece_starts_from(&text, from)),
                    want,
                    "{text:?} {from}"
                );
                read += want.len();
            }
        }
        assert!(read > 1000, "{read} starts");
    }

    /// [`piece_starts`] read by characters: the definition its byte scan
    /// keeps.
    fn piece_starts_by_chars(text: &str) -> Vec<(usize, bool)> {
        let mut out = Vec::new();
        let mut after_end = false;
        for (i, c) in text.char_indices() {
            if c == '\n' {
                if i + 1 < text.len() {
                    out.push((i + 1, true));
                }
                after_end = false;
            } else if c == ' ' && after_end {
                if i + 1 < text.len() && !text[i + 1..].starts_with([' ', '\n']) {
                    out.push((i + 1, false));
                }
                after_end = false;
            } else if matches!(c, '.' | '!' | '?' | '\u{2026}') {
                after_end = true;
            } else if matches!(c, '\u{3002}' | '\u{ff01}' | '\u{ff1f}') {
                let next = i + c.len_utf8();
                if next < text.len() && !text[next..].starts_with([' ', '\n']) {
                    out.push((next, false));
                }
                after_end = true;
            } else if !(after_end && matches!(c, '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}'))
            {
                after_end = false;
            }
        }
        out
    }

    /// Drawn texts of ends, closings, spaces, breaks and letters of every
    /// width: the byte scan (which skips to the next end or break) finds
    /// the starts the characters give.
    #[test]
    fn piece_starts_of_drawn_texts_read_as_the_characters_say() {
        let alphabet: Vec<char> =
            "a Z.!?\"')]\n\u{2026}\u{201d}\u{2019}\u{2014}\u{e9}\u{3a3}\u{1f600}\u{2028}\u{3002}\u{ff01}\u{ff1f}\u{3001}\u{ff08}"
                .chars()
                .collect();
        let mut draw = super::super::draw::Draw::new(19);
        let mut starts = 0;
        for len in 0..3000 {
            let text = draw.string(&alphabet, len % 48);
            let want = piece_starts_by_chars(&text);
            assert_eq!(piece_starts(&text), want, "{text:?}");
            starts += want.len();
        }
        assert!(starts > 3000, "{starts} starts");
    }

    #[test]
    fn piece_starts_read_as_the_characters_say() {
        for t in [
            "One. two\nThree! Four",
            "Done.\u{201d} Next \u{2026} after\u{2026} \u{201c}Quote.\u{2019} ok",
            "End.) (Start] x? \ny.  z. \n",
            "Caf\u{e9}. \u{3a3}\u{3bf}. \u{1f600}. \u{2014}. \u{2e80}. \u{e2}. a",
            "\u{3000}. \u{2027}. x.\u{2028} y",
            "\u{6587}\u{3002}\u{ff08}x\u{ff09}\u{3002} \u{6587}\u{ff01}\u{ff1f}\u{3002}",
            "",
            ". ",
        ] {
            assert_eq!(piece_starts(t), piece_starts_by_chars(t), "{t:?}");
        }
    }

    /// [`gives_rights`] finds a phrase of `legal.rights-owners` wherever
    /// a search for each phrase would: drawn texts of the phrases, their
    /// halves, capitals and other words.
    #[test]
    fn gives_rights_finds_what_each_phrase_search_finds() {
        let by_each = |s: &str| {
            let lower = super::super::lower_case(s);
            patterns::RIGHTS_OWNERS.iter().any(|p| lower.contains(p))
        };
        let mut pieces: Vec<String> = Vec::new();
        for p in patterns::RIGHTS_OWNERS {
            pieces.push(p.to_string());
            pieces.push(p.to_uppercase());
            if let (Some(a), Some(b)) = (p.get(..p.len() / 2), p.get(p.len() / 2..)) {
                pieces.push(a.to_string());
                pieces.push(b.to_string());
            }
        }
        pieces.extend([" ", ".", "the council met", "\u{c9}", "\u{3a3}"].map(String::from));
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut draw = super::super::draw::Draw::new(31);
        let (mut yes, mut no) = (0, 0);
        for len in 0..4000 {
            let text = draw.string(&pieces, len % 6);
            let want = by_each(&text);
            assert_eq!(gives_rights(&text), want, "{text:?}");
            if want {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 500 && no > 500, "{yes} with a phrase, {no} without");
    }

    #[test]
    fn spellings_fold_accents_both_ways() {
        let all: Vec<String> = spellings("der allgäuer bote").collect();
        assert!(all.contains(&"der allgaeuer bote".to_string()), "{all:?}");
        assert!(all.contains(&"der allgauer bote".to_string()), "{all:?}");
        let all: Vec<String> = spellings("la voix des vallées").collect();
        assert!(all.contains(&"la voix des vallees".to_string()), "{all:?}");
        assert_eq!(spellings("metro wire").count(), 1);
    }

    #[test]
    fn spellings_fold_accents_beyond_latin_1() {
        let all: Vec<String> = spellings("tin sông hồng").collect();
        assert!(all.contains(&"tin song hong".to_string()), "{all:?}");
        let all: Vec<String> = spellings("gazeta nadwiślańska żółć").collect();
        assert!(
            all.contains(&"gazeta nadwislanska zolc".to_string()),
            "{all:?}"
        );
        let all: Vec<String> = spellings("đời sống ưu tiên ţară şcoală ġ ĳ").collect();
        assert!(
            all.contains(&"doi song uu tien tara scoala g ĳ".to_string()),
            "{all:?}"
        );
        let all: Vec<String> = spellings("ỹ ạ ệ ị ợ ự").collect();
        assert!(all.contains(&"y a e i o u".to_string()), "{all:?}");
    }

    #[test]
    fn opened_marker_lines() {
        assert!(opened_marker_line(
            "this post was syndicated from the valley courier."
        ));
        assert!(!opened_marker_line("the mayor said on monday."));
        // A weak prefix ("via") after opening words is prose.
        assert!(!opened_marker_line("we drove via the old road."));
    }
}
