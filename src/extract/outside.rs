//! The page's short lines outside the article, for the site memory
//! ([`crate::site`]): a host prints its tagline in the article on some
//! pages and beside it (under the post, in the header, in the footer) on
//! others, and only the whole page shows the repetition.

use super::dom::{flag, Dom, Tag};
use super::score::Body;
use crate::site::{line_key, PAGE_LINES_MAX};

/// The [`line_key`]s of the page's lines outside the chosen body, in
/// document order, each once, at most [`PAGE_LINES_MAX`]. A line is a
/// text block without a block child (a paragraph, a heading, a `<div>`
/// holding text) whose text is short ([`line_key`]). Left out: hidden
/// text, a line with a link (a menu entry, a card's title), and what lies
/// in another post's card or in a list (an `<article>` or list item that
/// does not hold the body: a teaser's excerpt is that post's text, not
/// the host's).
pub(crate) fn outside_lines(dom: &Dom, body: &Body) -> Vec<u64> {
    let roots = &body.roots;
    let holds_root = |i: usize| roots.iter().any(|&r| dom.contains(i as u32, r));
    let mut keys = Vec::new();
    let start = dom.body as usize;
    let end = dom.nodes.get(start).map_or(0, |n| n.end as usize);
    let mut i = start;
    while i < end && keys.len() < PAGE_LINES_MAX {
        let n = &dom.nodes[i];
        let skip = n.has(flag::DEAD | flag::HIDDEN)
            || roots.contains(&(i as u32))
            || (matches!(n.tag, Tag::Article | Tag::Li) && !holds_root(i));
        if skip {
            i = n.end as usize;
            continue;
        }
        let line = matches!(
            n.tag,
            Tag::P
                | Tag::H(_)
                | Tag::Div
                | Tag::Section
                | Tag::Blockquote
                | Tag::Header
                | Tag::Footer
                | Tag::Aside
                | Tag::Address
        ) && !n.has(flag::HAS_BLOCK_CHILD);
        if !line {
            i += 1;
            continue;
        }
        if let Some(key) = line_text(dom, i).as_deref().and_then(line_key) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        i = n.end as usize;
    }
    keys
}

/// The visible text of node `i`'s subtree, `None` when it holds a link.
fn line_text(dom: &Dom, i: usize) -> Option<String> {
    let mut out = String::new();
    let end = dom.nodes[i].end as usize;
    let mut j = i;
    while j < end {
        let n = &dom.nodes[j];
        if n.has(flag::DEAD | flag::HIDDEN) {
            j = n.end as usize;
            continue;
        }
        if n.tag == Tag::A {
            return None;
        }
        if let Some(t) = n.text_str() {
            out.push_str(t);
        } else if n.tag.is_block() || n.tag == Tag::Br {
            out.push(' ');
        }
        j += 1;
    }
    Some(out)
}
