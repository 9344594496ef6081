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
        for (j, t) in texts.iter().enumerate() {
            let Some((raw, _)) = t else { continue };
            if j == *i || !raw.contains(key) {
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
    let blocks = std::mem::take(&mut article.blocks);
    for (block, repeat) in blocks.into_iter().zip(repeats) {
        if !repeat {
            article.blocks.push(block);
        } else if explain {
            article.removed.push(Removed::new(
                Stage::Syndication,
                preview(&block.plain_text()),
                "interruption:repeat.pull-quote (repeats a run of words of a longer paragraph)",
            ));
        }
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
    let blocks = std::mem::take(&mut article.blocks);
    for block in blocks {
        if !lone(&block) {
            article.blocks.push(block);
        } else if explain {
            article.removed.push(Removed::new(
                Stage::Syndication,
                preview(&block.plain_text()),
                "interruption:interruption.duration-line (a video's duration left alone)",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
