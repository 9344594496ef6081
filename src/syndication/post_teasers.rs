//! Rule `interruption.post-teaser` (family `interruption`).
//!
//! Concept: a site cuts its own post with a teaser for another of its
//! posts: a lead-in ("Also read:", "READ MORE:", "Lees ook:", "Citește
//! și:", "관련 기사:" -- no list holds it in every language) and the other
//! post's linked headline, on a line of its own between two paragraphs of
//! the post. A writer's own closing pointer ("Learn more: <a>…</a>" at
//! the end of a post) has the same words; what tells the teaser is its
//! structure: it interrupts the prose (the post's paragraphs go on after
//! it), and the editor's plugin or template sets it apart as a unit of
//! its own (the lead-in or the headline in bold or italics).
//! Scope: a paragraph, or one `<br>` line of one, of at most
//! [`MAX_LINE_BYTES`] bytes, holding one link, to a page (not the home
//! page) of the page's own host, that ends the line (nothing after it);
//! 1..=[`MAX_LEAD_WORDS`] words before the link, with a letter and no
//! sentence end; a headline in the link (at least [`MIN_HEADLINE_WORDS`]
//! words or [`MIN_HEADLINE_CHARS`] characters); a bold or italic mark
//! covering the whole lead-in or the whole link text; it interrupts the
//! post: the units right before and after it (other teasers passed over;
//! a unit is a paragraph's line or another block) are prose (at least
//! [`MIN_PROSE_BYTES`]) and prose, prose and the next section's heading
//! (an `<h2>`, or a short line wholly in bold) -- then, before an
//! `<h2>`, not as the last line of the paragraph of prose before it -- or
//! a heading and its prose. In loose `<br>` text (headings written as bold
//! lines) every line is a paragraph: a block there is only the run of
//! lines between two widgets or images, so its last line is judged by the
//! lines around it like any other. Images are passed over, and the
//! stripper's other rules judge first (their removals are no neighbours).
//! Needs the page's host.
//! Note: prose that links another post says more than a few words before
//! the link, or goes on after it ("as we reported <a>last week</a>, the
//! council…"), or is plain text; the writer's own pointers stay
//! (annotators keep them): one written under the last line of a section's
//! paragraph (`<p>…<br><br><b>Learn more:</b> <a>…</a></p><h2>`), one
//! beside a list or a short line ("For more, check out:" and its links),
//! one alone between two headings ("In focus: <a>…</a>" under a
//! heading, a list of facts after it), one after the post's last
//! paragraph. A pointer between a paragraph and the next
//! section's heading, as its own paragraph, goes (">> Read More: <a>X
//! Review</a>" under a product's text is one). A bare linked headline
//! without a lead-in stays (a list of sources); a link to another host is
//! a credit or a source, which other rules judge.

use url::Url;

use crate::article::{Article, Block, Inline, MarkKind, Removed, Stage};
use crate::text::preview;

/// Bytes of the line, at most (a lead-in and a headline in a script of
/// up to three bytes a letter).
const MAX_LINE_BYTES: usize = 360;
/// Words before the link, at most: a label ("See also", "Related:",
/// "Legat de acest subiect:"); more start a sentence of the post.
const MAX_LEAD_WORDS: usize = 4;
/// A headline has at least this many words ...
const MIN_HEADLINE_WORDS: usize = 3;
/// ... or, in a script written without spaces, this many characters.
const MIN_HEADLINE_CHARS: usize = 12;
/// A paragraph (or `<br>` line) of prose is at least this many bytes: a
/// sentence or two, not a label or a caption.
const MIN_PROSE_BYTES: usize = 120;

const REASON: &str = "interruption:interruption.post-teaser (a teaser for another post of the site between the post's paragraphs)";

/// Whether `text[start..end]` (one line of `inline`) is a set-apart
/// lead-in and a link to another post of `host`.
fn teaser_line(inline: &Inline, start: usize, end: usize, host: &str) -> bool {
    let Some(line) = inline.text.get(start..end) else {
        return false;
    };
    if line.trim().is_empty() || line.len() > MAX_LINE_BYTES {
        return false;
    }
    let mut links = inline
        .marks
        .iter()
        .filter(|m| m.start < end && m.end > start && matches!(m.kind, MarkKind::Link { .. }));
    let (Some(link), None) = (links.next(), links.next()) else {
        return false;
    };
    let MarkKind::Link { href } = &link.kind else {
        return false;
    };
    // The link's address is parsed last ([`own_post`]): most lines fail
    // the tests of their text and marks first.
    if link.start < start || link.end > end {
        return false;
    }
    let (Some(lead), Some(title), Some(after)) = (
        inline.text.get(start..link.start),
        inline.text.get(link.start..link.end),
        inline.text.get(link.end..end),
    ) else {
        return false;
    };
    let lead_words = lead.split_whitespace().count();
    let sentence_end = lead
        .trim_end()
        .trim_end_matches(':')
        .contains(['.', '!', '?', '。']);
    let headline = title.split_whitespace().count() >= MIN_HEADLINE_WORDS
        || title.trim().chars().count() >= MIN_HEADLINE_CHARS;
    if !(1..=MAX_LEAD_WORDS).contains(&lead_words)
        || !lead.chars().any(char::is_alphabetic)
        || sentence_end
        || !headline
        || !after.trim().is_empty()
    {
        return false;
    }
    // Set apart: a bold or italic mark covers the whole lead-in or the
    // whole headline.
    let lead_span = trimmed(inline, start, link.start);
    let title_span = trimmed(inline, link.start, link.end);
    inline.marks.iter().any(|m| {
        matches!(m.kind, MarkKind::Strong | MarkKind::Emphasis)
            && [lead_span, title_span]
                .iter()
                .any(|&(s, e)| s < e && m.start <= s && m.end >= e)
    }) && own_post(href, host)
}

/// `start..end` of `inline.text` without its outer whitespace.
fn trimmed(inline: &Inline, start: usize, end: usize) -> (usize, usize) {
    let piece = inline.text.get(start..end).unwrap_or("");
    let s = start + (piece.len() - piece.trim_start().len());
    (s, s + piece.trim().len())
}

/// Whether `href` is a page of `host` other than its home page.
fn own_post(href: &str, host: &str) -> bool {
    Url::parse(href).is_ok_and(|u| {
        u.host_str()
            .is_some_and(|h| crate::text::bare_host(h) == host)
            && u.path().trim_matches('/').len() > 1
    })
}

/// The byte ranges of `inline`'s lines (split at line breaks).
fn lines(inline: &Inline) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in inline.text.split('\n') {
        out.push((start, start + line.len()));
        start += line.len() + 1;
    }
    out
}

/// Whether the line `s..e` of `inline` is a short line wholly in bold
/// without a link: a heading written as bold text (`<b>…</b><br>`). Not
/// one ending in a colon: a label that opens what follows ("For more,
/// check out:").
fn bold_line(inline: &Inline, s: usize, e: usize) -> bool {
    let (s, e) = trimmed(inline, s, e);
    s < e
        && e - s < MIN_PROSE_BYTES
        && !inline.text.get(s..e).is_some_and(|t| t.ends_with(':'))
        && inline
            .marks
            .iter()
            .all(|m| !(matches!(m.kind, MarkKind::Link { .. }) && m.start < e && m.end > s))
        && inline
            .marks
            .iter()
            .any(|m| m.kind == MarkKind::Strong && m.start <= s && m.end >= e)
}

/// Whether the line `s..e` of `inline` is prose.
fn prose(inline: &Inline, s: usize, e: usize) -> bool {
    inline
        .text
        .get(s..e)
        .is_some_and(|t| t.trim().len() >= MIN_PROSE_BYTES)
}

/// `inline` without its lines in `drop` (byte ranges, in order), the kept
/// lines joined by line breaks.
fn without_lines(inline: &Inline, drop: &[(usize, usize)]) -> Inline {
    let mut out = Inline::default();
    let mut from = 0;
    let mut keep = Vec::new();
    for &(s, e) in drop {
        keep.push((from, s));
        from = e;
    }
    keep.push((from, inline.text.len()));
    for (s, e) in keep {
        let piece = super::sub_inline(inline, s, e);
        if piece.text.is_empty() {
            continue;
        }
        out.push_line(piece);
    }
    out
}

/// What a unit of the post (a paragraph's line, or another block) is, for
/// telling whether a teaser interrupts the prose.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// A line of prose ([`MIN_PROSE_BYTES`] at least).
    Prose,
    /// A heading, or a short line wholly in bold ([`bold_line`]).
    Heading,
    /// A teaser line ([`teaser_line`]).
    Teaser,
    /// Anything else: a short line, a list, a table, a quotation.
    Other,
}

/// Drops the paragraphs and `<br>` lines that are a teaser for another
/// post of the page's host and interrupt the post's prose: the unit before
/// them (other teasers passed over) is prose, the unit after them prose or
/// the next section's heading (then, before a heading block, not written
/// as the last line of the paragraph before). Reports them when
/// `explain`.
pub(super) fn drop_post_teasers(article: &mut Article, host: Option<&str>, explain: bool) {
    let Some(host) = host else {
        return;
    };
    // The rule acts only around a teaser line, and a teaser line holds a
    // link: a page with no such line (most) is told by reading the lines
    // of its paragraphs with links alone, before any line is classified.
    let holds_teaser = |inline: &Inline| {
        inline
            .marks
            .iter()
            .any(|m| matches!(m.kind, MarkKind::Link { .. }))
            && lines(inline)
                .into_iter()
                .any(|(s, e)| teaser_line(inline, s, e, host))
    };
    if !article.blocks.iter().any(|block| match block {
        Block::Paragraph(inline) => holds_teaser(inline),
        _ => false,
    }) {
        return;
    }
    // Every unit in reading order: (block, line start, line end, kind).
    let mut units: Vec<(usize, usize, usize, Unit)> = Vec::new();
    for (b, block) in article.blocks.iter().enumerate() {
        match block {
            Block::Paragraph(inline) => {
                for (s, e) in lines(inline) {
                    let kind = if teaser_line(inline, s, e, host) {
                        Unit::Teaser
                    } else if prose(inline, s, e) {
                        Unit::Prose
                    } else if bold_line(inline, s, e) {
                        Unit::Heading
                    } else {
                        Unit::Other
                    };
                    units.push((b, s, e, kind));
                }
            }
            Block::Heading { .. } => units.push((b, 0, 0, Unit::Heading)),
            // An image between paragraphs neither ends nor starts a
            // section: passed over.
            Block::Image(_) => {}
            _ => units.push((b, 0, 0, Unit::Other)),
        }
    }
    if !units.iter().any(|u| u.3 == Unit::Teaser) {
        return;
    }
    // The nearest unit before (`up`) or after unit `k` that is no teaser.
    let near = |k: usize, up: bool| {
        let not_teaser = |u: &&(usize, usize, usize, Unit)| u.3 != Unit::Teaser;
        if up {
            units.get(..k)?.iter().rev().find(not_teaser).copied()
        } else {
            units.get(k + 1..)?.iter().find(not_teaser).copied()
        }
    };
    // The teasers between prose and prose or the next section's heading,
    // by block.
    let mut drop: Vec<(usize, Vec<(usize, usize)>)> = Vec::new();
    for (k, &(b, s, e, kind)) in units.iter().enumerate() {
        if kind != Unit::Teaser {
            continue;
        }
        let (Some(before), Some(after)) = (near(k, true), near(k, false)) else {
            continue;
        };
        // Written as the last line of a paragraph of prose, before a
        // heading block: the paragraph's own pointer, closing its
        // section. Before a heading written as a bold line, the text is
        // loose `<br>` lines, each a paragraph of its own: the pointer's
        // block is only the run of lines a dropped widget or an image
        // ended, and the line is judged by its neighbours alone.
        let heading_block = matches!(article.blocks.get(after.0), Some(Block::Heading { .. }));
        let glued = before.0 == b && after.0 != b && after.3 == Unit::Heading && heading_block;
        // Between prose and prose, prose and the next heading, or a
        // heading and its prose: never between two headings (a section's
        // only line is its content).
        let interrupts = match (before.3, after.3) {
            (Unit::Prose, Unit::Prose | Unit::Heading) => !glued,
            (Unit::Heading, Unit::Prose) => true,
            _ => false,
        };
        if !interrupts {
            continue;
        }
        match drop.last_mut() {
            Some((lb, ranges)) if *lb == b => ranges.push((s, e)),
            _ => drop.push((b, vec![(s, e)])),
        }
    }
    if drop.is_empty() {
        return;
    }
    let blocks = std::mem::take(&mut article.blocks);
    let mut next = drop.into_iter().peekable();
    for (b, block) in blocks.into_iter().enumerate() {
        let ranges = match next.peek() {
            Some((db, _)) if *db == b => next.next().map(|(_, r)| r).unwrap_or_default(),
            _ => {
                article.blocks.push(block);
                continue;
            }
        };
        let Block::Paragraph(inline) = &block else {
            article.blocks.push(block);
            continue;
        };
        if explain {
            for &(s, e) in &ranges {
                let text = inline.text.get(s..e).unwrap_or("");
                article
                    .removed
                    .push(Removed::new(Stage::Syndication, preview(text), REASON));
            }
        }
        let kept = without_lines(inline, &ranges);
        if !kept.text.trim().is_empty() {
            article.blocks.push(Block::Paragraph(kept));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Mark;

    const HOST: &str = "dailywire12.news";

    fn prose_para(n: usize) -> Block {
        Block::Paragraph(Inline {
            text: format!(
                "Paragraph {n} of the post says what happened at the harbour this week, \
                 who was there, and what the council will decide about it next month."
            ),
            ..Inline::default()
        })
    }

    /// "Lead <a>Title</a>", the lead in bold when `bold`, the link to `href`.
    fn teaser(lead: &str, title: &str, href: &str, bold: bool) -> Block {
        let text = format!("{lead} {title}");
        let at = lead.len() + 1;
        let mut marks = Vec::new();
        if bold {
            marks.push(Mark {
                start: 0,
                end: lead.len(),
                kind: MarkKind::Strong,
            });
        }
        marks.push(Mark {
            start: at,
            end: text.len(),
            kind: MarkKind::Link {
                href: href.to_string(),
            },
        });
        Block::Paragraph(Inline { text, marks })
    }

    fn article(blocks: Vec<Block>) -> Article {
        Article {
            blocks,
            ..Article::default()
        }
    }

    const TITLE: &str = "Library opens a seed bank for local gardeners";
    const HREF: &str = "https://www.dailywire12.news/library-opens-seed-bank/";

    #[test]
    fn drops_a_bold_teaser_between_paragraphs() {
        let mut a = article(vec![
            prose_para(1),
            teaser("Also read:", TITLE, HREF, true),
            prose_para(2),
        ]);
        drop_post_teasers(&mut a, Some(HOST), true);
        assert_eq!(a.blocks.len(), 2);
        assert!(a.removed[0].reason.contains("interruption.post-teaser"));
        // An image beside it is passed over.
        let image = Block::Image(crate::article::Image::default());
        let mut a = article(vec![
            prose_para(1),
            image,
            teaser("Also read:", TITLE, HREF, true),
            prose_para(2),
        ]);
        drop_post_teasers(&mut a, Some(HOST), false);
        assert_eq!(a.blocks.len(), 3);
    }

    #[test]
    fn keeps_a_closing_pointer_and_plain_or_foreign_lines() {
        // After the last paragraph: the post's own closing line.
        let mut a = article(vec![
            prose_para(1),
            prose_para(2),
            teaser("Learn more:", TITLE, HREF, true),
        ]);
        drop_post_teasers(&mut a, Some(HOST), false);
        assert_eq!(a.blocks.len(), 3);
        // The last line of a paragraph of prose, before a heading: the
        // section's closing pointer.
        let (Block::Paragraph(mut p), Block::Paragraph(t)) =
            (prose_para(1), teaser("Learn more:", TITLE, HREF, true))
        else {
            unreachable!("paragraphs")
        };
        p.push_line(t);
        let heading = Block::Heading {
            level: 2,
            content: Inline {
                text: "What comes next".to_string(),
                ..Inline::default()
            },
        };
        let mut a = article(vec![Block::Paragraph(p), heading, prose_para(2)]);
        drop_post_teasers(&mut a, Some(HOST), false);
        assert!(a.blocks[0].plain_text().contains(TITLE));
        // Not set apart by markup.
        let mut a = article(vec![
            prose_para(1),
            teaser("Also read:", TITLE, HREF, false),
            prose_para(2),
        ]);
        drop_post_teasers(&mut a, Some(HOST), false);
        assert_eq!(a.blocks.len(), 3);
        // Another host's page, or the home page.
        for href in [
            "https://other.example/library-opens/",
            "https://dailywire12.news/",
        ] {
            let mut a = article(vec![
                prose_para(1),
                teaser("Also read:", TITLE, href, true),
                prose_para(2),
            ]);
            drop_post_teasers(&mut a, Some(HOST), false);
            assert_eq!(a.blocks.len(), 3, "{href}");
        }
        // A sentence before the link.
        let mut a = article(vec![
            prose_para(1),
            teaser("We wrote about the library before:", TITLE, HREF, true),
            prose_para(2),
        ]);
        drop_post_teasers(&mut a, Some(HOST), false);
        assert_eq!(a.blocks.len(), 3);
    }
}
