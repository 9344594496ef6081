//! Finding the article's container: paragraph scores flow up to their
//! ancestors, the best-scoring container wins, and siblings that belong to
//! the article are merged in.

use super::dom::{flag, Dom, Tag};
use super::{Focus, Options};
use crate::metadata::Metadata;

/// The chosen body: containers in document order.
#[derive(Debug, Default)]
pub(crate) struct Body {
    /// Roots of the article's content, in document order.
    pub(crate) roots: Vec<u32>,
    /// Per-node content score (0 for nodes that got none).
    pub(crate) scores: Vec<f32>,
}

/// Whether a node is scored as a paragraph.
fn is_paragraph_like(dom: &Dom, i: usize) -> bool {
    let n = &dom.nodes[i];
    match n.tag {
        Tag::P | Tag::Pre | Tag::Td | Tag::Blockquote | Tag::Dd => true,
        // A div used as a paragraph: text but no block children.
        Tag::Div | Tag::Section | Tag::Article | Tag::Other => !n.has(flag::HAS_BLOCK_CHILD),
        _ => false,
    }
}

/// Whether a node can hold loose text: a container with block children.
fn has_loose_text(dom: &Dom, i: usize) -> bool {
    let n = &dom.nodes[i];
    matches!(
        n.tag,
        Tag::Div | Tag::Section | Tag::Article | Tag::Main | Tag::Td | Tag::Other
    ) && n.has(flag::HAS_BLOCK_CHILD)
        && n.text >= LOOSE_TEXT_MIN
}

/// Loose text must be at least this long to be worth a scan (bytes).
const LOOSE_TEXT_MIN: u32 = 100;

/// The text directly in node `i`, outside its block children: (text
/// bytes, of which in links, commas).
fn loose_text(dom: &Dom, i: usize) -> (u32, u32, u32) {
    let (mut text, mut link, mut commas) = (0, 0, 0);
    for c in dom.children(i as u32) {
        let cn = &dom.nodes[c as usize];
        if !dom.live[c as usize] || cn.tag.is_block() {
            continue;
        }
        text += cn.text;
        link += if cn.tag == Tag::A {
            cn.text
        } else {
            cn.link_text
        };
        commas += cn.commas;
    }
    (text, link, commas)
}

fn tag_base(tag: Tag) -> f32 {
    match tag {
        Tag::Div | Tag::Article | Tag::Main | Tag::Section => 5.0,
        Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
        Tag::Address | Tag::Ol | Tag::Ul | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form => {
            -3.0
        }
        Tag::H(_) | Tag::Th => -5.0,
        _ => 0.0,
    }
}

/// Paragraphs shorter than this (text bytes) are not scored.
const MIN_PARAGRAPH_TEXT: u32 = 25;

/// Scores containers and picks the article's body.
pub(crate) fn find_body(dom: &Dom, opts: &Options, _meta: &Metadata) -> Body {
    let n = dom.len();
    let live = &dom.live;
    let mut scores = vec![0f32; n];
    let mut scored = vec![false; n];
    let min_len = MIN_PARAGRAPH_TEXT;

    for i in 0..n {
        if !live[i] || dom.nodes[i].has(flag::IN_CAPTION) {
            continue;
        }
        let node = &dom.nodes[i];
        // A paragraph scores its container; loose text (runs of text and
        // `<br>` beside block children, as old CMS bodies are written)
        // forms virtual paragraphs that score the node holding them.
        let (text, commas, mut anc) = if is_paragraph_like(dom, i) {
            (node.text, node.commas, node.parent)
        } else if has_loose_text(dom, i) {
            let (text, link, commas) = loose_text(dom, i);
            if link * 2 > text {
                continue;
            }
            (text, commas, i as u32)
        } else {
            continue;
        };
        if text < min_len {
            continue;
        }
        let content = 1.0 + commas as f32 + (text as f32 / 100.0).floor().min(3.0);
        let mut level = 0u32;
        while anc != u32::MAX && level < 5 {
            let a = anc as usize;
            if dom.nodes[a].tag == Tag::None {
                break;
            }
            if !scored[a] {
                scored[a] = true;
                scores[a] = tag_base(dom.nodes[a].tag) + f32::from(dom.nodes[a].weight);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            scores[a] += content / divider;
            anc = dom.nodes[a].parent;
            level += 1;
        }
    }
    for i in 0..n {
        if scored[i] {
            scores[i] *= 1.0 - dom.nodes[i].link_density();
        }
    }

    let mut top: Option<usize> = None;
    for i in 0..n {
        if scored[i] && live[i] && top.is_none_or(|t| scores[i] > scores[t]) {
            top = Some(i);
        }
    }
    let Some(mut top) = top else {
        if trace_enabled() {
            for i in 0..n {
                if dom.nodes[i].has(flag::PRUNED)
                    || (dom.nodes[i].has(flag::DEAD)
                        && !dom.nodes[dom.nodes[i].parent as usize].has(flag::DEAD))
                {
                    eprintln!(
                        "pruned/dead {i} {} text={}",
                        describe(dom, i),
                        dom.nodes[i].text
                    );
                }
            }
        }
        return Body {
            roots: vec![dom.body],
            scores,
        };
    };

    let best = top;
    let cards = teaser_cards(dom);
    // Several near-best candidates under one ancestor: the ancestor is the
    // article (a body split into sibling blocks). Teaser cards of other
    // articles do not count when the best candidate is no card itself (on
    // a page that is a list of teasers, they are the content).
    let top_score = scores[top];
    let alternatives: Vec<usize> = (0..n)
        .filter(|&i| i != top && scored[i] && live[i] && scores[i] >= 0.75 * top_score)
        .filter(|&i| cards[top] || !cards[i])
        .filter(|&i| !dom.contains(i as u32, top as u32) && !dom.contains(top as u32, i as u32))
        .collect();
    if alternatives.len() >= 3 {
        let mut anc = dom.nodes[top].parent;
        while anc != u32::MAX && anc != dom.body {
            let covered = alternatives
                .iter()
                .filter(|&&a| dom.contains(anc, a as u32))
                .count();
            if covered >= 3 {
                top = anc as usize;
                break;
            }
            anc = dom.nodes[anc as usize].parent;
        }
    }

    // Walk up while the parent scores better: the body is often split
    // across a few nested wrappers.
    let mut last = scores[top];
    let threshold = last / 3.0;
    let mut parent = dom.nodes[top].parent;
    while parent != u32::MAX && parent != dom.body && dom.nodes[parent as usize].tag != Tag::None {
        let p = parent as usize;
        if !scored[p] {
            parent = dom.nodes[p].parent;
            continue;
        }
        if scores[p] < threshold {
            break;
        }
        if scores[p] > last {
            top = p;
            break;
        }
        last = scores[p];
        parent = dom.nodes[p].parent;
    }
    // A well-scoring ancestor with clearly more text holds the rest of the
    // article (intro and steps split by a weak wrapper in between). It must
    // score well against the best container, not only against a weaker
    // wrapper the walk-up reached: a page column holding the story and a
    // playlist of other stories scores far below the story itself.
    {
        let base = scores[top].max(scores[best]);
        let mut anc = dom.nodes[top].parent;
        let mut levels = 0;
        while anc != u32::MAX && anc != dom.body && levels < 4 {
            let a = anc as usize;
            if dom.nodes[a].tag == Tag::None {
                break;
            }
            if scored[a]
                && scores[a] >= 0.7 * base
                && dom.nodes[a].text as f32 >= 1.5 * dom.nodes[top].text as f32
                && dom.nodes[a].link_density() < 0.25
            {
                top = a;
            }
            anc = dom.nodes[a].parent;
            levels += 1;
        }
    }
    // An only child stands for its parent.
    loop {
        let p = dom.nodes[top].parent;
        if p == u32::MAX || p == dom.body || dom.nodes[p as usize].tag == Tag::None {
            break;
        }
        let element_children = dom
            .children(p)
            .filter(|&c| {
                let cn = &dom.nodes[c as usize];
                cn.tag != Tag::Text && cn.tag != Tag::None && live[c as usize]
            })
            .count();
        if element_children != 1 {
            break;
        }
        top = p as usize;
    }

    top = widen_to_prose(dom, top, &scores, scores[best], &cards);

    if trace_enabled() {
        let mut v: Vec<usize> = (0..n).filter(|&i| scored[i]).collect();
        v.sort_by(|a, b| scores[*b].total_cmp(&scores[*a]));
        for &i in v.iter().take(8) {
            eprintln!(
                "cand {i} {} score={:.1} text={} ld={:.2}",
                describe(dom, i),
                scores[i],
                dom.nodes[i].text,
                dom.nodes[i].link_density()
            );
        }
        eprintln!("top {top} {}", describe(dom, top));
        for i in 0..n {
            if dom.nodes[i].has(flag::PRUNED) && dom.nodes[i].text > 200 {
                eprintln!("pruned {i} {} text={}", describe(dom, i), dom.nodes[i].text);
            }
        }
    }
    // Merge siblings that belong to the article.
    let mut roots = Vec::new();
    let top_score = scores[top];
    let sib_threshold = (top_score * 0.2).max(10.0);
    let parent = dom.nodes[top].parent;
    if parent == u32::MAX {
        roots.push(top as u32);
    } else {
        let top_class = class_key(dom, top).unwrap_or("");
        for s in dom.children(parent) {
            let si = s as usize;
            if si == top {
                roots.push(s);
                continue;
            }
            if !live[si] {
                continue;
            }
            let sn = &dom.nodes[si];
            let mut bonus = 0.0;
            if !top_class.is_empty()
                && sn.elem().and_then(|e| crate::rules::attr(e, "class")) == Some(top_class)
            {
                bonus = top_score * 0.2;
            }
            let keep = if scored[si] && scores[si] + bonus >= sib_threshold {
                true
            } else if sn.tag == Tag::P {
                let ld = sn.link_density();
                let len = sn.text;
                (len > 80 && ld < 0.25)
                    || (len > 0 && len < 80 && sn.link_text == 0 && ends_sentence(dom, si))
            } else {
                false
            };
            let keep =
                keep || (opts.focus == Focus::Recall && sn.text > 100 && sn.link_density() < 0.3);
            if keep {
                roots.push(s);
            }
        }
    }
    add_cousins(dom, live, best, top, &mut roots);
    if trace_enabled() {
        for &r in &roots {
            eprintln!(
                "root {r} {} score={:.1}",
                describe(dom, r as usize),
                scores[r as usize]
            );
        }
    }
    Body { roots, scores }
}

/// Share of the page's prose the chosen container must hold; below it, the
/// body is taken to be split into sibling sections, and the lowest
/// ancestor holding [`SPLIT_BODY_COVER`] of the prose replaces it.
const SPLIT_BODY_SHARE: f32 = 0.5;
/// Only paragraphs whose container scores at least this share of the best
/// container count as the article's prose: a teaser's one-line excerpt in a
/// related-posts list does not.
const SPLIT_BODY_PEER_SCORE: f32 = 0.25;
/// See [`SPLIT_BODY_SHARE`].
const SPLIT_BODY_COVER: f32 = 0.75;
/// A widened container must be prose, not a link grid: most link text allowed.
const SPLIT_BODY_MAX_LINK_DENSITY: f32 = 0.3;

/// Prose text per node: the text of the paragraph-like nodes in its live
/// subtree that read as prose (long enough, few links) and that `counts`
/// admits, each paragraph counted once (a `<p>` inside a `<td>` is not
/// counted twice).
pub(crate) fn prose_mass(dom: &Dom, counts: impl Fn(usize) -> bool) -> Vec<u32> {
    let n = dom.len();
    let mut prose = vec![0u32; n];
    for i in (0..n).rev() {
        if !dom.live[i] {
            continue;
        }
        let node = &dom.nodes[i];
        if is_paragraph_like(dom, i)
            && !node.has(flag::IN_CAPTION)
            && node.text >= MIN_PARAGRAPH_TEXT
            && node.link_density() < 0.5
            && counts(i)
        {
            prose[i] = prose[i].max(node.text - node.link_text);
        }
        let p = node.parent;
        if p != u32::MAX {
            prose[p as usize] = prose[p as usize].saturating_add(prose[i]);
        }
    }
    prose
}

/// Teaser cards are at most this many bytes of text: a linked title, an
/// excerpt, a date.
const CARD_MAX_TEXT: u32 = 1500;

/// Whether each node lies in a teaser card: a small block whose heading
/// links to another page, or a small list item with a link (a related-posts
/// or latest-posts item), where the paragraph is an excerpt of another
/// article, not this one's prose.
fn teaser_cards(dom: &Dom) -> Vec<bool> {
    let n = dom.len();
    let mut card = vec![false; n];
    for h in 0..n {
        let node = &dom.nodes[h];
        // A list item with a link and an excerpt is a card of a post list.
        if node.tag == Tag::Li && dom.live[h] && node.link_text > 0 && node.text <= CARD_MAX_TEXT {
            card[h] = true;
            continue;
        }
        if !matches!(node.tag, Tag::H(_)) || !dom.live[h] || !links_away(dom, h) {
            continue;
        }
        // The card is the largest ancestor (two levels up at most) that
        // is still small.
        let mut root = u32::MAX;
        let mut anc = dom.nodes[h].parent;
        for _ in 0..3 {
            if anc == u32::MAX || anc == dom.body {
                break;
            }
            if dom.nodes[anc as usize].text > CARD_MAX_TEXT {
                break;
            }
            root = anc;
            anc = dom.nodes[anc as usize].parent;
        }
        if root != u32::MAX {
            card[root as usize] = true;
        }
    }
    // Roots are marked above; their subtrees inherit in one pass (pre-order:
    // a parent comes before its children), so nested cards cost nothing
    // extra on a page of many small linked headings.
    for i in 0..n {
        let p = dom.nodes[i].parent;
        if p != u32::MAX && card[p as usize] {
            card[i] = true;
        }
    }
    card
}

/// Whether heading `h` is (almost all) a link to another page: inside a
/// link, or holding one, whose target is not an anchor on this page.
fn links_away(dom: &Dom, h: usize) -> bool {
    let node = &dom.nodes[h];
    if node.text == 0 {
        return false;
    }
    let away = |i: usize| {
        dom.nodes[i].tag == Tag::A
            && dom.nodes[i]
                .elem()
                .and_then(|e| crate::rules::attr(e, "href"))
                .is_some_and(|href| !href.trim_start().starts_with('#'))
    };
    if node.has(flag::IN_LINK) {
        let mut anc = node.parent;
        while anc != u32::MAX {
            if away(anc as usize) {
                return true;
            }
            if dom.nodes[anc as usize].tag == Tag::A {
                return false;
            }
            anc = dom.nodes[anc as usize].parent;
        }
        return false;
    }
    node.link_text * 5 >= node.text * 4 && (h + 1..node.end as usize).any(away)
}

/// A body split into sibling sections (each a heading and a few
/// paragraphs, or a page builder's text modules) scores best in one
/// section. When the chosen container holds less than half the page's
/// prose, the lowest ancestor that holds most of it is the article.
fn widen_to_prose(dom: &Dom, top: usize, scores: &[f32], best: f32, cards: &[bool]) -> usize {
    let floor = SPLIT_BODY_PEER_SCORE * best;
    let prose = prose_mass(dom, |i| {
        let p = dom.nodes[i].parent;
        p != u32::MAX && scores[p as usize] >= floor && !cards[i]
    });
    let total = prose[dom.body as usize] as f32;
    if total == 0.0 || prose[top] as f32 >= SPLIT_BODY_SHARE * total {
        return top;
    }
    let mut anc = dom.nodes[top].parent;
    while anc != u32::MAX && anc != dom.body {
        let a = anc as usize;
        if dom.nodes[a].tag == Tag::None {
            break;
        }
        if prose[a] as f32 >= SPLIT_BODY_COVER * total {
            if dom.nodes[a].link_density() < SPLIT_BODY_MAX_LINK_DENSITY {
                return a;
            }
            break;
        }
        anc = dom.nodes[a].parent;
    }
    top
}

/// An article split into repeated blocks (`<div class="body-part">` ...)
/// whose parents differ: blocks near the top candidate with exactly its
/// class, prose-like, join the body.
fn add_cousins(dom: &Dom, live: &[bool], best: usize, top: usize, roots: &mut Vec<u32>) {
    let Some(class) = class_key(dom, best).or_else(|| class_key(dom, top)) else {
        return;
    };
    let mut region = top as u32;
    for _ in 0..3 {
        let p = dom.nodes[region as usize].parent;
        if p == u32::MAX || p == dom.body || dom.nodes[p as usize].tag == Tag::None {
            break;
        }
        region = p;
    }
    if region == top as u32 {
        return;
    }
    let end = dom.nodes[region as usize].end as usize;
    let mut extra = Vec::new();
    let mut j = region as usize;
    while j < end {
        let n = &dom.nodes[j];
        if !live[j] {
            j = n.end as usize;
            continue;
        }
        if roots.iter().any(|&r| dom.contains(r, j as u32)) {
            j = n.end as usize;
            continue;
        }
        let is_ancestor = roots.iter().any(|&r| dom.contains(j as u32, r));
        if !is_ancestor
            && class_key(dom, j) == Some(class)
            && n.text >= 50
            && n.link_density() < 0.25
        {
            extra.push(j as u32);
            j = n.end as usize;
            continue;
        }
        j += 1;
    }
    if !extra.is_empty() {
        roots.extend(extra);
        roots.sort_unstable();
    }
}

/// The first class name of an element: `story-body` for
/// `class="story-body story-body-2"`.
fn class_key<'a>(dom: &Dom<'a>, i: usize) -> Option<&'a str> {
    dom.nodes[i]
        .elem()
        .and_then(|e| crate::rules::attr(e, "class"))
        .and_then(|c| c.split_ascii_whitespace().next())
}

/// Whether a node's text contains a sentence end (`.` followed by space or end).
fn ends_sentence(dom: &Dom, i: usize) -> bool {
    let end = dom.nodes[i].end as usize;
    let mut prev_dot = false;
    for j in i..end {
        if let Some(t) = dom.nodes[j].text_str() {
            for c in t.chars() {
                if prev_dot && c.is_whitespace() {
                    return true;
                }
                prev_dot = c == '.';
            }
        }
    }
    prev_dot
}

/// Whether to print candidate scores to stderr: a developer's aid, on when
/// the environment variable `GLEANER_TRACE` is set (read once). It changes
/// no result.
fn trace_enabled() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("GLEANER_TRACE").is_some())
}

pub(crate) fn describe(dom: &Dom, i: usize) -> String {
    match dom.nodes[i].elem() {
        Some(e) => format!(
            "<{} id={:?} class={:?}>",
            e.name(),
            crate::rules::attr(e, "id").unwrap_or(""),
            crate::rules::attr(e, "class").unwrap_or("")
        ),
        None => format!("{:?}", dom.nodes[i].tag),
    }
}
