//! Finding the article's container: paragraph scores flow up to their
//! ancestors, the best-scoring container wins, and siblings that belong to
//! the article are merged in.

use super::dom::{flag, Dom, Tag};
use super::{Focus, Options};
use crate::metadata::Metadata;
use crate::rules::tuning::{LINK_LINES_APART, TRAILING_LINK_LEAD};
use crate::text::closes_sentence;
use url::Url;

/// The chosen body: containers in document order.
#[derive(Debug, Default)]
pub(crate) struct Body {
    /// Roots of the article's content, in document order.
    pub(crate) roots: Vec<u32>,
    /// Per-node content score (0 for nodes that got none).
    pub(crate) scores: Vec<f32>,
    /// The page's canonical address: a link to it (or a sharer carrying
    /// it) is no link to another page (see [`super::dom::Page`]).
    pub(crate) canonical: Option<url::Url>,
    /// Other posts set aside beside the titled one ([`TITLED_POST_RULE`]):
    /// the explain report names the rule for the prose under them.
    pub(crate) other_posts: Vec<u32>,
}

/// Whether a node is scored as a paragraph.
pub(crate) fn is_paragraph_like(dom: &Dom, i: usize) -> bool {
    let n = &dom.nodes[i];
    match n.tag {
        Tag::P | Tag::Pre | Tag::Blockquote | Tag::Dd => true,
        // A div (or a table cell) used as a paragraph: text but no blocks.
        Tag::Div | Tag::Section | Tag::Article | Tag::Other | Tag::Td => !holds_blocks(dom, i),
        _ => false,
    }
}

/// Whether node `i` holds block elements: as children, or through an
/// inline wrapper that holds them (`<td><font><h1>…<p>…</font></td>`, as
/// old table layouts write a column). Such a node is a container, not a
/// paragraph.
fn holds_blocks(dom: &Dom, i: usize) -> bool {
    dom.nodes[i].has(flag::HAS_BLOCK_CHILD)
        || dom
            .children(i as u32)
            .any(|c| is_inline_container(dom, c as usize))
}

/// Whether node `i` is an inline element (`<font>`, `<span>`) with block
/// children: it holds a column of blocks and loose text like a `<div>`.
fn is_inline_container(dom: &Dom, i: usize) -> bool {
    let n = &dom.nodes[i];
    !n.tag.is_block()
        && !matches!(n.tag, Tag::Text | Tag::None)
        && n.has(flag::HAS_BLOCK_CHILD)
        && dom.live[i]
}

/// Whether a node can hold loose text: a container with block children
/// (an inline element with block children counts as one).
fn has_loose_text(dom: &Dom, i: usize) -> bool {
    let n = &dom.nodes[i];
    (matches!(
        n.tag,
        Tag::Div | Tag::Section | Tag::Article | Tag::Main | Tag::Td | Tag::Other
    ) || n.tag.is_inline())
        && n.has(flag::HAS_BLOCK_CHILD)
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
        // An inline container's loose text is its own.
        if !dom.live[c as usize] || cn.tag.is_block() || is_inline_container(dom, c as usize) {
            continue;
        }
        text += cn.text;
        link += cn.linked_text();
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
pub(crate) const MIN_PARAGRAPH_TEXT: u32 = 25;

/// A paragraph credits its container and this many levels of ancestors
/// in all (the parent fully, the grandparent by half, further ones less).
const CREDIT_LEVELS: u32 = 5;

/// A page builder places each module in a column of a row (of a
/// section): a paragraph container under at least this many sole wrappers
/// (its module's, its column's, its row's) is a module in the builder's
/// grid; one or two are a theme's post body in its column (see
/// [`module_chains`]).
const MODULE_MIN_WRAPPERS: u32 = 3;
/// A block where at least this many modules meet holds one text split
/// into them: one is a block in its wrappers.
const MODULES_MIN: u8 = 2;

/// A paragraph's content score grows by one per this many bytes of text...
const CONTENT_BYTES_PER_POINT: f32 = 100.0;
/// ...up to this many points (beside one per comma).
const CONTENT_MAX_LENGTH_POINTS: f32 = 3.0;

/// Loose text whose link text is more than half of it is a link list, not
/// paragraphs: it scores nothing.
const LOOSE_MAX_LINK_SHARE: u32 = 2;

/// At least this many near-best candidates outside the best one mean the
/// body is split into sibling blocks (see [`lift_over_split_peers`]).
const SPLIT_PEERS_MIN: usize = 3;
/// A near-best candidate scores at least this share of the best.
const SPLIT_PEER_SCORE: f32 = 0.75;

/// The walk up stops at a parent scoring less than the start's score
/// divided by this (see [`climb_to_better_parent`]).
const CLIMB_STOP_DIVISOR: f32 = 3.0;

/// An ancestor at most this many levels up may replace the container when
/// it holds clearly more text (see [`adopt_fuller_ancestor`])...
const FULLER_MAX_LEVELS: u32 = 4;
/// ...scoring at least this share of the best container...
const FULLER_MIN_SCORE: f32 = 0.7;
/// ...with at least this many times its text...
const FULLER_MIN_TEXT_RATIO: f32 = 1.5;
/// ...and link density below this.
const FULLER_MAX_LINK_DENSITY: f32 = 0.25;

/// A sibling of the container joins the body when it scores this share of
/// the container (see [`sibling_belongs`])...
const SIBLING_SCORE_SHARE: f32 = 0.2;
/// ...and at least this much in any case.
const SIBLING_MIN_SCORE: f32 = 10.0;
/// A sibling with the container's first class name gets this share of the
/// container's score as a bonus.
const SIBLING_CLASS_BONUS: f32 = 0.2;
/// A `<p>` sibling longer than this (text bytes) joins when few of its
/// words are links; a shorter one when it has no link and ends a sentence.
const SIBLING_P_LONG: u32 = 80;
/// See [`SIBLING_P_LONG`].
const SIBLING_P_MAX_LINK_DENSITY: f32 = 0.25;
/// A wrapper of paragraphs before the body joins with at least this much
/// text (bytes): a lead, not a one-line tagline or affiliate note.
const SIBLING_LEAD_MIN_TEXT: u32 = 150;
/// With [`Focus::Recall`], any sibling with more text than this...
const RECALL_SIBLING_MIN_TEXT: u32 = 100;
/// ...and link density below this joins.
const RECALL_SIBLING_MAX_LINK_DENSITY: f32 = 0.3;

/// Content scores of the candidate containers, indexed by node.
#[derive(Debug)]
struct Scores {
    /// The score (0 where none).
    score: Vec<f32>,
    /// Whether the node received a paragraph's credit.
    scored: Vec<bool>,
}

impl Scores {
    /// Whether node `i` is a candidate: scored and live.
    fn candidate(&self, dom: &Dom, i: usize) -> bool {
        self.scored[i] && dom.live[i]
    }
}

/// Scores containers and picks the article's body: paragraphs score their
/// ancestors; the best container is lifted over a split body, climbs to
/// better or fuller ancestors, widens to the page's prose; then its
/// article siblings and cousins join it.
pub(crate) fn find_body(dom: &Dom, opts: &Options, meta: &Metadata) -> Body {
    let scores = score_candidates(dom);
    let cards = teaser_cards(dom, meta.canonical_url.as_ref());
    let prose = prose_mass(dom, |i, _| !cards[i]);
    let all_prose = prose_mass(dom, |_, _| true);
    let under = under_boilerplate(dom, &prose, &all_prose);
    let Some(best) = best_candidate(dom, &scores, &under) else {
        trace_no_candidate(dom);
        return Body {
            roots: vec![dom.body],
            scores: scores.score,
            canonical: meta.canonical_url.clone(),
            other_posts: Vec::new(),
        };
    };
    let first = best;
    let best = prefer_uncarded(dom, &scores, &under, best, &cards);
    let best = prefer_fuller_rival(dom, &scores, &under, best, &cards, [&prose, &all_prose]);
    let mut steps = [0usize; 7];
    let mut top = lift_over_split_peers(dom, &scores, best, &cards);
    steps[0] = top;
    top = climb_to_better_parent(dom, &scores, top);
    steps[1] = top;
    top = adopt_fuller_ancestor(dom, &scores, top, best, &cards);
    steps[2] = top;
    top = narrow_to_content(dom, top, best, &cards);
    steps[3] = top;
    top = only_child_to_parent(dom, top);
    steps[4] = top;
    top = widen_to_prose(dom, top, &scores.score, scores.score[best], &cards);
    if trace_enabled() {
        eprintln!(
            "steps best {first} uncarded {best} lift {} climb {} fuller {} narrow {} only-child {} widen {top}",
            steps[0], steps[1], steps[2], steps[3], steps[4]
        );
    }
    let posts = titled_post(dom, meta, &cards);
    let mut best = best;
    if let Some((titled, others)) = &posts {
        let (titled, holds_other) = (*titled, |a: usize| {
            others
                .iter()
                .any(|&o| dom.contains(a as u32, o) || dom.contains(o, a as u32))
        });
        if holds_other(top) {
            top = titled;
        }
        if !dom.contains(top as u32, best as u32) {
            best = top;
        }
        if trace_enabled() {
            eprintln!("{TITLED_POST_RULE}: post {titled}, others {others:?}, top {top}");
        }
    }
    trace_candidates(dom, &scores, top);
    let mut roots = merge_siblings(dom, opts, &scores, top, &cards);
    // A page of teasers, whose content is other posts' cards: the best
    // candidate is a card and the cards hold at least half the prose of
    // the body chosen. A card's excerpt may outscore the story on its
    // class bonus alone (a related-posts grid inside the post, named like
    // text) while the climb reaches the post around both: that body's
    // prose is mostly the story's, outside the cards.
    let teasers = cards[best] && prose[top] * 2 <= all_prose[top];
    add_cousins(dom, &dom.live, best, top, &cards, teasers, &mut roots);
    add_template_cousins(dom, best, &cards, teasers, &mut roots);
    join_heading_modules(dom, &mut roots);
    let mut other_posts = Vec::new();
    if let Some((_, others)) = posts {
        roots.retain(|&r| {
            !others
                .iter()
                .any(|&o| dom.contains(r, o) || dom.contains(o, r))
        });
        other_posts = others;
    }
    trace_roots(dom, &scores, &roots);
    Body {
        roots,
        scores: scores.score,
        canonical: meta.canonical_url.clone(),
        other_posts,
    }
}

/// Rule id of [`titled_post`], reported for the prose it sets aside.
pub(crate) const TITLED_POST_RULE: &str = "body.titled-post";

/// Rule `body.titled-post` (concept: another post on the page; scope: the
/// body choice). An infinite-scroll theme appends the next post (its
/// headline, byline and whole text) after the current one, and a page of
/// full posts holds several: each is an `<article>` with its own headline
/// and prose, or a `<div>` or `<section>` of the kind of a sibling that is
/// one too ([`repeated_posts`]: a theme without `<article>`). When the
/// page's title names the headline of exactly one such post and at least
/// one other post stands apart from it (neither holds the other) with a
/// headline of the same rank (`h1` beside `h1`: a
/// peer, not a section of the article such as a recipe's "Instructions"
/// `h2`), the titled post is the article: the body is that post, and no
/// root within or around another post joins it. Teaser cards are no
/// posts (their excerpt is no post's text). Returns the titled post and
/// the others; `None` (nothing changes) when no title, no post or no
/// single titled one.
fn titled_post(dom: &Dom, meta: &Metadata, cards: &[bool]) -> Option<(usize, Vec<u32>)> {
    let title = normalize_title(meta.title.as_deref()?);
    if title.is_empty() {
        return None;
    }
    // (post, headline rank, whether the title names it).
    let mut posts: Vec<(u32, u8, bool)> = Vec::new();
    let headings = holds_heading(dom);
    let mut repeated = repeated_posts(dom, cards, &headings);
    for i in 0..dom.len() {
        let n = &dom.nodes[i];
        if !dom.live[i] || cards[i] || !headings[i] {
            continue;
        }
        let post = match n.tag {
            Tag::Article => post_headline(dom, i),
            Tag::Div | Tag::Section => repeated.remove(&i),
            _ => None,
        };
        if let Some((rank, headline)) = post {
            posts.push((i as u32, rank, names_headline(&title, &headline)));
        }
    }
    let mut named = posts.iter().filter(|p| p.2);
    let (titled, rank, _) = *named.next()?;
    // Two posts named by the title, apart (not one inside the other): no
    // single one to choose.
    if named.any(|p| !dom.contains(titled, p.0)) {
        return None;
    }
    let others: Vec<u32> = posts
        .iter()
        .filter(|p| !p.2 && p.1 == rank)
        .map(|p| p.0)
        .filter(|&o| !dom.contains(titled, o) && !dom.contains(o, titled))
        .collect();
    // A post inside another post is part of it: keep the outermost.
    let outer: Vec<u32> = others
        .iter()
        .copied()
        .filter(|&o| !others.iter().any(|&p| p != o && dom.contains(p, o)))
        .collect();
    (!outer.is_empty()).then_some((titled as usize, outer))
}

/// The headline of post `i` ([`headline`]) when it holds prose
/// ([`holds_prose`]).
fn post_headline(dom: &Dom, i: usize) -> Option<(u8, String)> {
    headline(dom, i).filter(|_| holds_prose(dom, i))
}

/// The posts without `<article>` (an infinite-scroll theme appending the
/// next post in a `<div>` of the same kind below the current one), with
/// their headlines: each a `<div>` or `<section>` that is a post
/// ([`post_headline`]) under an `<h1>`, beside a sibling of the same tag
/// and class (but for generated names: [`same_class_words`]) that is one
/// too. A block standing alone is no post of a list of posts, however it
/// opens, and sibling blocks under lesser headings are the sections of one
/// article (a guide's chapters, each in a `<div>` of one kind, the first
/// named like the page): they stay the article's. The siblings are
/// grouped by [`ClassKey`] in one pass, so a parent of many blocks costs
/// no more than its blocks.
fn repeated_posts(
    dom: &Dom,
    cards: &[bool],
    headings: &[bool],
) -> std::collections::HashMap<usize, (u8, String)> {
    let mut kin: std::collections::HashMap<(u32, bool, ClassKey<'_>), Vec<usize>> =
        std::collections::HashMap::new();
    for i in 0..dom.len() {
        let n = &dom.nodes[i];
        if !matches!(n.tag, Tag::Div | Tag::Section)
            || !dom.live[i]
            || cards[i]
            || !headings[i]
            || n.parent == u32::MAX
        {
            continue;
        }
        if let Some(class) = class_attr(dom, i).filter(|c| !c.is_empty()) {
            kin.entry((n.parent, n.tag == Tag::Div, ClassKey::of(class)))
                .or_default()
                .push(i);
        }
    }
    let mut out = std::collections::HashMap::new();
    for group in kin.into_values().filter(|g| g.len() > 1) {
        let posts: Vec<(usize, (u8, String))> = group
            .into_iter()
            .filter_map(|s| Some((s, post_headline(dom, s).filter(|(rank, _)| *rank == 1)?)))
            .collect();
        if posts.len() > 1 {
            out.extend(posts);
        }
    }
    out
}

/// A class attribute as [`same_class_words`] compares it: two classes are
/// the same when their keys are equal. Its words but generated ones when
/// any is left, else the attribute itself (the same only when equal).
#[derive(PartialEq, Eq, Hash)]
enum ClassKey<'a> {
    Words(String),
    Whole(&'a str),
}

impl<'a> ClassKey<'a> {
    fn of(class: &'a str) -> Self {
        let words: Vec<&str> = class_words(class).collect();
        if words.is_empty() {
            ClassKey::Whole(class)
        } else {
            ClassKey::Words(words.join(" "))
        }
    }
}

/// Per node, whether it holds an `h1`-`h3` (below it): only such a block
/// may be a post ([`headline`]). One pass, children before parents.
fn holds_heading(dom: &Dom) -> Vec<bool> {
    let mut out = vec![false; dom.len()];
    for i in (0..dom.len()).rev() {
        let heading = matches!(dom.nodes[i].tag, Tag::H(1..=3));
        let p = dom.nodes[i].parent;
        if (heading || out[i]) && p != u32::MAX {
            out[p as usize] = true;
        }
    }
    out
}

/// Whether `<article>` `i` holds a paragraph of prose (a paragraph-like
/// node with at least [`PROSE_PARAGRAPH_MIN_TEXT`] bytes, few links).
fn holds_prose(dom: &Dom, i: usize) -> bool {
    dom.live_descendants(i, &dom.live).any(|j| {
        let n = &dom.nodes[j];
        n.text >= PROSE_PARAGRAPH_MIN_TEXT
            && n.link_density() < SIBLING_P_MAX_LINK_DENSITY
            && is_paragraph_like(dom, j)
    })
}

/// The headline of post `i`: the rank (1-3) and text of its first
/// `h1`-`h3` that is not hidden, read whether or not it was pruned (a
/// headline in a header block), when it comes before the post's first
/// paragraph of prose.
fn headline(dom: &Dom, i: usize) -> Option<(u8, String)> {
    let end = dom.nodes[i].end as usize;
    let mut j = i + 1;
    while j < end {
        let n = &dom.nodes[j];
        if n.has(flag::DEAD) || n.has(flag::HIDDEN) {
            j = n.end as usize;
            continue;
        }
        if let Tag::H(rank @ 1..=3) = n.tag {
            let text: String = (j..n.end as usize)
                .filter_map(|k| dom.nodes[k].text_str())
                .collect::<Vec<_>>()
                .join(" ");
            let text = normalize_title(&text);
            return (!text.is_empty()).then_some((rank, text));
        }
        if matches!(n.tag, Tag::P) && n.text >= PROSE_PARAGRAPH_MIN_TEXT {
            return None;
        }
        j += 1;
    }
    None
}

/// Words single-spaced, lower case: titles compared as read.
fn normalize_title(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether the page's (normalised) title names a (normalised) headline:
/// the same words, or one holds the other and the shorter is at least
/// [`HEADLINE_MIN_SHARE`] of the longer (a site name or a kicker beside
/// the headline; never a one-word heading inside a long title).
fn names_headline(title: &str, headline: &str) -> bool {
    let (short, long) = if title.len() <= headline.len() {
        (title, headline)
    } else {
        (headline, title)
    };
    long.contains(short) && short.len() as f32 >= HEADLINE_MIN_SHARE * long.len() as f32
}

/// See [`names_headline`]: a headline is at least half the title beside
/// it (a site name after a dash is shorter than the headline).
const HEADLINE_MIN_SHARE: f32 = 0.5;

/// Every paragraph credits its ancestors; then each score is cut by the
/// container's link density.
fn score_candidates(dom: &Dom) -> Scores {
    let n = dom.len();
    let mut scores = Scores {
        score: vec![0f32; n],
        scored: vec![false; n],
    };
    // A plain loop: as a `filter_map` closure, `paragraph_credit` is not
    // inlined (a call per node).
    let mut credits: Vec<(f32, u32)> = Vec::new();
    for i in 0..n {
        if let Some(credit) = paragraph_credit(dom, i) {
            credits.push(credit);
        }
    }
    if !has_modules(dom, &credits) {
        // No text module anywhere: every paragraph credits its ancestors
        // by depth (what the passes below come to when no module meets).
        for &(content, first) in &credits {
            credit_by_depth(dom, &mut scores, first, content);
        }
        cut_by_link_density(dom, &mut scores);
        return scores;
    }
    let sole = sole_wrappers(dom);
    let tops = module_chains(dom, &sole, &credits);
    let mut up = Wrapped {
        above: unwrapped(dom, &sole),
        owed: vec![0f32; n],
        reached: vec![false; n],
    };
    for (&(content, first), &top) in credits.iter().zip(&tops) {
        credit_ancestors(dom, &mut scores, &mut up, first, top, content);
    }
    // What the wrappers of the blocks where modules meet are owed, passed
    // up each chain of wrappers once (pre-order: children after parents).
    for i in (0..n).rev() {
        if !up.reached[i] {
            continue;
        }
        let p = dom.nodes[i].parent;
        if p != u32::MAX && up.above[i] != p {
            up.owed[p as usize] += up.owed[i];
            up.reached[p as usize] = true;
        }
        credit(dom, &mut scores, i, up.owed[i]);
    }
    cut_by_link_density(dom, &mut scores);
    scores
}

/// Cuts each score by its node's link density.
fn cut_by_link_density(dom: &Dom, scores: &mut Scores) {
    for (i, node) in dom.nodes.iter().enumerate() {
        if scores.scored[i] {
            scores.score[i] *= 1.0 - node.link_density();
        }
    }
}

/// Whether any paragraph credit's container is a text module where
/// modules meet ([`module_chains`] gives some top other than the
/// container): a chain of at least [`MODULE_MIN_WRAPPERS`] sole wrappers
/// above it, ending in a block where at least [`MODULES_MIN`] such chains
/// end. Only the credited containers' chains are followed, and most stop
/// at their first parent (one text comparison), so a page with no module
/// costs next to nothing.
fn has_modules(dom: &Dom, credits: &[(f32, u32)]) -> bool {
    // (block where the chain ends, chain top) per long chain.
    let mut ends: Vec<(u32, u32)> = Vec::new();
    let mut last = u32::MAX;
    for &(_, first) in credits {
        // Consecutive paragraphs mostly share their container.
        if first == last {
            continue;
        }
        last = first;
        let (top, wrappers) =
            chain_of_wrappers(dom, first, |p, child| is_sole_wrapper(dom, p, child));
        let p = dom.nodes[top as usize].parent;
        if wrappers >= MODULE_MIN_WRAPPERS && p != u32::MAX {
            ends.push((p, top));
        }
    }
    if ends.len() < usize::from(MODULES_MIN) {
        return false;
    }
    ends.sort_unstable();
    ends.dedup();
    ends.chunk_by(|a, b| a.0 == b.0)
        .any(|c| c.len() >= usize::from(MODULES_MIN))
}

/// The top of the chain of sole wrappers above `first` and how many
/// wrappers it has: parents followed while `is_sole(parent, child)`.
fn chain_of_wrappers(dom: &Dom, first: u32, is_sole: impl Fn(u32, u32) -> bool) -> (u32, u32) {
    let mut top = first;
    let mut wrappers = 0;
    loop {
        let p = dom.nodes[top as usize].parent;
        if p == u32::MAX || !is_sole(p, top) {
            return (top, wrappers);
        }
        top = p;
        wrappers += 1;
    }
}

/// Whether `p`, the parent of `child`, is a sole wrapper (as
/// [`sole_wrappers`] has it), found from `p`'s children alone.
fn is_sole_wrapper(dom: &Dom, p: u32, child: u32) -> bool {
    let is_elem = |i: usize| !matches!(dom.nodes[i].tag, Tag::Text | Tag::None) && dom.live[i];
    let pn = &dom.nodes[p as usize];
    if matches!(pn.tag, Tag::Text | Tag::None) {
        return false;
    }
    // A wrapper's only live element holds all its text: when `child` is
    // one and does not, `p` is none (the common case, no children walk).
    if is_elem(child as usize) && dom.nodes[child as usize].text != pn.text {
        return false;
    }
    let mut only = None;
    for c in dom.children(p) {
        if is_elem(c as usize) {
            if only.is_some() {
                return false;
            }
            only = Some(c);
        }
    }
    only.is_some_and(|c| dom.nodes[c as usize].text == pn.text)
}

/// What node `i` gives as a paragraph: its content score and the first
/// node credited. A paragraph credits its parent; loose text (runs of text
/// and `<br>` beside block children, as old CMS bodies are written) forms
/// a virtual paragraph that credits the node holding it. `None` for
/// anything else, captions, and paragraphs too short.
fn paragraph_credit(dom: &Dom, i: usize) -> Option<(f32, u32)> {
    let node = &dom.nodes[i];
    if !dom.live[i] || node.has(flag::IN_CAPTION) {
        return None;
    }
    let (text, commas, first) = if is_paragraph_like(dom, i) {
        (node.text, node.commas, node.parent)
    } else if node.tag == Tag::Li && is_prose_item(dom, i) {
        // The list's container is the item's, as a paragraph's parent
        // is: the list itself is no candidate of its own.
        let list = node.parent;
        let first = dom.nodes.get(list as usize).map_or(u32::MAX, |l| l.parent);
        if first == u32::MAX || dom.nodes[first as usize].tag == Tag::None {
            return None;
        }
        (node.text, node.commas, first)
    } else if has_loose_text(dom, i) {
        let (text, link, commas) = loose_text(dom, i);
        if link * LOOSE_MAX_LINK_SHARE > text {
            return None;
        }
        (text, commas, i as u32)
    } else {
        return None;
    };
    if text < MIN_PARAGRAPH_TEXT {
        return None;
    }
    Some((content_score(text, commas), first))
}

/// Whether list item `i` is a paragraph of prose (a list builder writes
/// each paragraph of a post as an item, its text in a `<span>`): no
/// blocks inside, at least [`PROSE_PARAGRAPH_MIN_TEXT`] bytes, few links
/// ([`SIBLING_P_MAX_LINK_DENSITY`]), closing a sentence. It credits the
/// list's container as a paragraph credits its parent ([`paragraph_credit`]);
/// a menu's or a list of links' items are short or linked, a list of
/// points' items mostly no sentences.
fn is_prose_item(dom: &Dom, i: usize) -> bool {
    let n = &dom.nodes[i];
    n.text >= PROSE_PARAGRAPH_MIN_TEXT
        && n.link_density() < SIBLING_P_MAX_LINK_DENSITY
        && !holds_blocks(dom, i)
        && ends_in_sentence(dom, i)
}

/// A paragraph's content score: one, plus one per comma, plus one per
/// hundred bytes of text up to three.
fn content_score(text: u32, commas: u32) -> f32 {
    1.0 + commas as f32
        + (text as f32 / CONTENT_BYTES_PER_POINT)
            .floor()
            .min(CONTENT_MAX_LENGTH_POINTS)
}

/// The credit owed to sole wrappers ([`sole_wrappers`]) above the blocks
/// where a text's modules meet (see [`credit_ancestors`]).
struct Wrapped {
    /// Per node, the nearest ancestor that is not one of its sole
    /// wrappers ([`unwrapped`]).
    above: Vec<u32>,
    /// Credit owed to the chain of wrappers starting at each node (its
    /// lowest wrapper), passed up the chain at the end.
    owed: Vec<f32>,
    /// Whether a node is owed any.
    reached: Vec<bool>,
}

/// Adds `content` to `first` and its ancestors, [`CREDIT_LEVELS`] in all,
/// divided by [`level_divider`]; a node's first credit also sets its base
/// score (tag and class/id weight). When `first` is a text module's, in a
/// chain of sole wrappers up to `top` ([`module_chains`]; `top == first`
/// for none), the module's wrappers are credited by depth as before, up to
/// the levels there are; the block holding the chain (`top`'s parent,
/// where the text's modules meet) is credited as the parent of the
/// module's container (by half), and from there a sole wrapper adds no
/// content of its own: it scores as the block it wraps and is no level of
/// its own (a builder's section, row and column around the block, or a
/// post-content widget around the text, however deep).
fn credit_ancestors(
    dom: &Dom,
    scores: &mut Scores,
    up: &mut Wrapped,
    first: u32,
    top: u32,
    content: f32,
) {
    if top == first {
        credit_by_depth(dom, scores, first, content);
        return;
    }
    // The module: its container and wrappers, by depth.
    let mut anc = first;
    let mut level = 0u32;
    while level < CREDIT_LEVELS {
        credit(dom, scores, anc as usize, content / level_divider(level));
        if anc == top {
            break;
        }
        anc = dom.nodes[anc as usize].parent;
        level += 1;
    }
    anc = dom.nodes[top as usize].parent;
    for level in 1..CREDIT_LEVELS {
        if anc == u32::MAX || dom.nodes[anc as usize].tag == Tag::None {
            break;
        }
        let a = anc as usize;
        credit(dom, scores, a, content / level_divider(level));
        let p = dom.nodes[a].parent;
        if p != u32::MAX && up.above[a] != p {
            up.owed[p as usize] += content / level_divider(level);
            up.reached[p as usize] = true;
        }
        anc = up.above[a];
    }
}

/// Adds `share` to node `a`'s score; its first credit also sets its base
/// score (tag and class/id weight).
fn credit(dom: &Dom, scores: &mut Scores, a: usize, share: f32) {
    if !scores.scored[a] {
        scores.scored[a] = true;
        scores.score[a] = tag_base(dom.nodes[a].tag) + f32::from(dom.nodes[a].weight);
    }
    scores.score[a] += share;
}

/// Adds `content` to `first` and its ancestors, [`CREDIT_LEVELS`] in all,
/// divided by [`level_divider`]; a node's first credit also sets its base
/// score (tag and class/id weight).
fn credit_by_depth(dom: &Dom, scores: &mut Scores, first: u32, content: f32) {
    let mut anc = first;
    let mut level = 0u32;
    while anc != u32::MAX && level < CREDIT_LEVELS {
        let a = anc as usize;
        if dom.nodes[a].tag == Tag::None {
            break;
        }
        credit(dom, scores, a, content / level_divider(level));
        anc = dom.nodes[a].parent;
        level += 1;
    }
}

/// For each node, the nearest ancestor above it that is not one of its
/// sole wrappers (see [`sole_wrappers`]): its parent, or the parent of the
/// outermost wrapper of a chain wrapping it alone. One pre-order pass.
fn unwrapped(dom: &Dom, sole: &[bool]) -> Vec<u32> {
    let mut above = vec![u32::MAX; dom.len()];
    for i in 0..dom.len() {
        let p = dom.nodes[i].parent;
        if p != u32::MAX {
            above[i] = if sole[p as usize] {
                above[p as usize]
            } else {
                p
            };
        }
    }
    above
}

/// For each paragraph credit `(content, first)`, the top of its text
/// module: a page builder nests each text module (a block of paragraphs)
/// in a wrapper, a column and a row of its own, so one article's modules
/// meet only several levels up, where the credit has faded. When `first`
/// sits in a chain of at least [`MODULE_MIN_WRAPPERS`] sole wrappers
/// ([`sole_wrappers`], followed to its end however deep) and the block
/// where the chain ends holds at least [`MODULES_MIN`] such chains, the
/// chain's top is the module's: its paragraphs credit that block as their
/// container's parent ([`credit_ancestors`]). Else the top is `first`
/// itself (no module).
fn module_chains(dom: &Dom, sole: &[bool], credits: &[(f32, u32)]) -> Vec<u32> {
    // The top of each container's chain, found once per container (the
    // chains of two containers share no wrapper).
    let mut top_of = vec![u32::MAX; dom.len()];
    let mut chain_top = |first: u32| {
        if top_of[first as usize] == u32::MAX {
            let (top, wrappers) = chain_of_wrappers(dom, first, |p, _| sole[p as usize]);
            top_of[first as usize] = if wrappers < MODULE_MIN_WRAPPERS {
                first
            } else {
                top
            };
        }
        top_of[first as usize]
    };
    let tops: Vec<u32> = credits.iter().map(|&(_, first)| chain_top(first)).collect();
    // Distinct chain tops per block where chains end.
    let mut counted = vec![false; dom.len()];
    let mut modules = vec![0u8; dom.len()];
    for (&(_, first), &top) in credits.iter().zip(&tops) {
        let p = dom.nodes[top as usize].parent;
        if top != first && p != u32::MAX && !counted[top as usize] {
            counted[top as usize] = true;
            modules[p as usize] = modules[p as usize].saturating_add(1);
        }
    }
    credits
        .iter()
        .zip(tops)
        .map(|(&(_, first), top)| {
            let p = dom.nodes[top as usize].parent;
            if p != u32::MAX && modules[p as usize] >= MODULES_MIN {
                top
            } else {
                first
            }
        })
        .collect()
}

/// Whether each node is a sole wrapper: it holds exactly one live element
/// and no text of its own beside it (a page builder's row around a column
/// around a module, a post-content widget around the post). One pass over
/// the nodes' parents.
fn sole_wrappers(dom: &Dom) -> Vec<bool> {
    const NONE: u32 = u32::MAX;
    const SEVERAL: u32 = u32::MAX - 1;
    let n = dom.len();
    // Per node, its only live element child (or none, or several).
    let mut only = vec![NONE; n];
    for c in 0..n {
        let cn = &dom.nodes[c];
        if cn.parent == u32::MAX || matches!(cn.tag, Tag::Text | Tag::None) || !dom.live[c] {
            continue;
        }
        let o = &mut only[cn.parent as usize];
        *o = if *o == NONE { c as u32 } else { SEVERAL };
    }
    (0..n)
        .map(|i| {
            !matches!(dom.nodes[i].tag, Tag::Text | Tag::None)
                && only[i] < SEVERAL
                && dom.nodes[only[i] as usize].text == dom.nodes[i].text
        })
        .collect()
}

/// The share of a paragraph's score an ancestor `level` steps above the
/// first credited node gets: all, a half, then a third per level.
fn level_divider(level: u32) -> f32 {
    match level {
        0 => 1.0,
        1 => 2.0,
        l => l as f32 * 3.0,
    }
}

/// The best-scoring live candidate (the first in document order on a
/// tie), candidates under boilerplate-named blocks or with less than a
/// paragraph of text ranked lower (`under`: [`under_boilerplate`]).
fn best_candidate(dom: &Dom, scores: &Scores, under: &[bool]) -> Option<usize> {
    let rank = |i: usize| rank(dom, scores, under, i);
    let mut top: Option<usize> = None;
    for i in 0..dom.len() {
        if scores.candidate(dom, i) && top.is_none_or(|t| rank(i) > rank(t)) {
            top = Some(i);
        }
    }
    top
}

/// A candidate's rank in the body choice: its score, lower under a block
/// named like boilerplate (`under`, [`under_boilerplate`]) or with less
/// than a paragraph of text.
fn rank(dom: &Dom, scores: &Scores, under: &[bool], i: usize) -> f32 {
    let s = if under[i] {
        scores.score[i] * UNDER_BOILERPLATE_FACTOR
    } else {
        scores.score[i]
    };
    if dom.nodes[i].text < PROSE_PARAGRAPH_MIN_TEXT {
        s * TINY_CANDIDATE_FACTOR
    } else {
        s
    }
}

/// A teaser card's excerpt (another post's, in a grid or a list of recent
/// posts beside the article) can outscore the article's own text module
/// by a point or two. When the best candidate lies in a teaser card and a
/// candidate outside any card (not an ancestor of the card) ranks at
/// least [`UNCARDED_MIN_SHARE`] of it ([`rank`]), the best such candidate
/// is the article. A page of teasers and
/// little else keeps its best card.
fn prefer_uncarded(
    dom: &Dom,
    scores: &Scores,
    under: &[bool],
    best: usize,
    cards: &[bool],
) -> usize {
    if !cards[best] {
        return best;
    }
    let rank = |i: usize| rank(dom, scores, under, i);
    let floor = UNCARDED_MIN_SHARE * rank(best);
    let mut pick: Option<usize> = None;
    for i in 0..dom.len() {
        if !cards[i]
            && scores.candidate(dom, i)
            && rank(i) >= floor
            && !dom.contains(i as u32, best as u32)
            && pick.is_none_or(|p| rank(i) > rank(p))
        {
            pick = Some(i);
        }
    }
    pick.unwrap_or(best)
}

/// See [`prefer_uncarded`]: near the best card's score, as a split body's
/// peers are ([`SPLIT_PEER_SCORE`]).
const UNCARDED_MIN_SHARE: f32 = SPLIT_PEER_SCORE;

/// A short block apart from the page's text (a consent dialog before the
/// page, a notice named like content) can tie with the article's best
/// container on its class bonus alone when the article's text is split
/// over several containers, none scoring much more than its bonus. When
/// the best candidate holds less than [`SPLIT_BODY_SHARE`] of the page's
/// prose (`prose`: [`prose_mass`] outside teaser cards) and a candidate
/// apart from it (neither holds the other; an ancestor is
/// [`widen_to_prose`]'s to take), outside any teaser card, holds more
/// than that share, ranks at least [`FULLER_MIN_SCORE`] of it ([`rank`])
/// and has few links ([`FULLER_MAX_LINK_DENSITY`]), the best such
/// candidate is the article: near the top of the ranking, the page's
/// prose decides, as it does for an ancestor ([`adopt_fuller_ancestor`]).
///
/// When the best candidate is a teaser card's excerpt (a related-posts
/// grid set inside the post, its excerpt named like text), a rival may
/// also hold it: the post around the grid, its text split over builder
/// modules none of which scores much, ranks below the excerpt's class
/// bonus, and no climb from the card reaches it. Such an ancestor is the
/// article when its prose outside teaser cards is more than the cards'
/// inside it (`prose` beside `all`, every paragraph: the test by which
/// [`find_body`] tells a page of teasers) — a list of posts, whose cards
/// are its content, keeps its card.
fn prefer_fuller_rival(
    dom: &Dom,
    scores: &Scores,
    under: &[bool],
    best: usize,
    cards: &[bool],
    [prose, all]: [&[u32]; 2],
) -> usize {
    let share = SPLIT_BODY_SHARE * prose[dom.body as usize] as f32;
    if prose[best] as f32 >= share {
        return best;
    }
    let floor = FULLER_MIN_SCORE * rank(dom, scores, under, best);
    // An ancestor of a card holding mostly the story's prose (see above).
    let story_around_card = |i: usize| cards[best] && prose[i] * 2 > all[i];
    // The best-ranked rival and its rank.
    let mut pick: Option<(usize, f32)> = None;
    for i in 0..dom.len() {
        if !scores.candidate(dom, i)
            || cards[i]
            || prose[i] as f32 <= share
            || dom.nodes[i].link_density() >= FULLER_MAX_LINK_DENSITY
            || dom.contains(i as u32, best as u32) && !story_around_card(i)
            || dom.contains(best as u32, i as u32)
        {
            continue;
        }
        let r = rank(dom, scores, under, i);
        // Of two rivals around the card, the nearer one: the story's own
        // container, not a wrapper that adds the columns beside it.
        let better = pick.is_none_or(|(p, pr)| {
            if dom.contains(p as u32, best as u32) && dom.contains(i as u32, best as u32) {
                dom.contains(p as u32, i as u32)
            } else {
                r > pr
            }
        });
        if r >= floor && better {
            pick = Some((i, r));
        }
    }
    if trace_enabled() {
        if let Some((p, _)) = pick {
            eprintln!("fuller rival {p} over {best}");
        }
    }
    pick.map_or(best, |(p, _)| p)
}

/// A candidate inside a block named like boilerplate (a site banner, a
/// header, a byline box, left standing because it is small or a weak
/// name) ranks with this share of its score: its own neutral name (a
/// media block's body) does not make it the article.
const UNDER_BOILERPLATE_FACTOR: f32 = 0.5;

/// A candidate with less text than one paragraph of prose ranks with this
/// share of its score: a content-named box around a "Last updated" line
/// scores its class bonus, but it is not the article.
const TINY_CANDIDATE_FACTOR: f32 = 0.5;

/// Whether each node lies inside (strictly below) a block named like
/// boilerplate, weakly or strongly. One pre-order pass.
///
/// A block named only weakly (a layout word such as `header` or
/// `sidebar`, [`flag::WEAK_BOILER`]) that holds more than
/// [`LAYOUT_WRAPPER_MIN_PROSE_SHARE`] of the page's prose ([`prose_mass`],
/// outside teaser cards) and stands beside none of the content's prose is
/// no banner or sidebar: its word states the page's layout
/// (`header-style-2` on the page's wrapper, a sticky-sidebar plugin's
/// class on the column the article stands in, inside the page's `<main>`
/// or around it), and it counts against nothing inside it. It stands
/// beside the content's prose when a block above it named like content
/// (or an `<article>`, a `<main>`; not `<body>`, whose class names the
/// page's template) holds prose outside it (`all`: teaser
/// cards' too, the content of a list of posts): then it is a block of
/// that content's own (a builder's widget-named module among the story's
/// other modules, a page's intro above its list) and its name still
/// counts. A strong
/// name or tag (`<footer>`, a widget word) says what the block is,
/// whatever it holds.
fn under_boilerplate(dom: &Dom, prose: &[u32], all: &[u32]) -> Vec<bool> {
    let strong = flag::BOILER | flag::WIDGET;
    let total = prose[dom.body as usize] as f32;
    let mut under = vec![false; dom.len()];
    // Per node, the prose (teaser cards too: on a list of posts they are
    // the content) of the outermost block at or above it named like
    // content, which holds the prose of every such block in between;
    // `None` outside every such block.
    let mut content: Vec<Option<u32>> = vec![None; dom.len()];
    for i in 0..dom.len() {
        let p = dom.nodes[i].parent;
        if p != u32::MAX {
            let (p, pn) = (p as usize, &dom.nodes[p as usize]);
            let layout = prose[p] as f32 > LAYOUT_WRAPPER_MIN_PROSE_SHARE * total
                && content[p].is_none_or(|c| all[p] >= c);
            let weak = pn.has(flag::WEAK_BOILER) && !layout;
            under[i] = under[p] || pn.flags & strong != 0 || weak;
            content[i] = content[p];
        }
        // The root elements' classes name the page's template
        // (`single-post`), not a block of it.
        let root = matches!(dom.nodes[i].tag, Tag::Html | Tag::Body);
        if content[i].is_none() && dom.nodes[i].has(flag::POSITIVE) && !root {
            content[i] = Some(all[i]);
        }
    }
    under
}

/// See [`under_boilerplate`]: a block holding more than this share of the
/// page's prose wraps the article, whatever its name says.
const LAYOUT_WRAPPER_MIN_PROSE_SHARE: f32 = 0.5;

/// Several near-best candidates beside the best one under one ancestor:
/// the ancestor is the article (a body split into sibling blocks). Teaser
/// cards of other articles do not count when the best candidate is no
/// card itself (on a page that is a list of teasers, they are the content).
fn lift_over_split_peers(dom: &Dom, scores: &Scores, best: usize, cards: &[bool]) -> usize {
    let floor = SPLIT_PEER_SCORE * scores.score[best];
    let peers: Vec<usize> = (0..dom.len())
        .filter(|&i| i != best && scores.candidate(dom, i) && scores.score[i] >= floor)
        .filter(|&i| cards[best] || !cards[i])
        .filter(|&i| !dom.contains(i as u32, best as u32) && !dom.contains(best as u32, i as u32))
        .collect();
    if peers.len() < SPLIT_PEERS_MIN {
        return best;
    }
    let mut anc = dom.nodes[best].parent;
    while anc != u32::MAX && anc != dom.body {
        let covered = peers
            .iter()
            .filter(|&&p| dom.contains(anc, p as u32))
            .count();
        if covered >= SPLIT_PEERS_MIN {
            return anc as usize;
        }
        anc = dom.nodes[anc as usize].parent;
    }
    best
}

/// Walks up while the parent scores better: the body is often split
/// across a few nested wrappers. Unscored wrappers are passed; a scored
/// ancestor far below the start ([`CLIMB_STOP_DIVISOR`]) ends the walk, one
/// scoring above the last scored step is taken.
fn climb_to_better_parent(dom: &Dom, scores: &Scores, top: usize) -> usize {
    let mut last = scores.score[top];
    let threshold = last / CLIMB_STOP_DIVISOR;
    let mut parent = dom.nodes[top].parent;
    while parent != u32::MAX && parent != dom.body && dom.nodes[parent as usize].tag != Tag::None {
        let p = parent as usize;
        parent = dom.nodes[p].parent;
        // An inline wrapper of blocks (a CMS's `<span>` around the post)
        // gets no container's tag base: it is passed like an unscored one.
        if !scores.scored[p] || dom.nodes[p].tag.is_inline() {
            continue;
        }
        if scores.score[p] < threshold {
            break;
        }
        if scores.score[p] > last {
            return p;
        }
        last = scores.score[p];
    }
    top
}

/// A well-scoring ancestor with clearly more text holds the rest of the
/// article (intro and steps split by a weak wrapper in between). It must
/// score well against the best container, not only against a weaker
/// wrapper the walk-up reached: a page column holding the story and a
/// playlist of other stories scores far below the story itself. Each
/// adopted ancestor is the one the next must outgrow in text, and the text
/// that counts is what it adds to the article ([`content_text`]): a grid of
/// other posts' teaser cards beside a short story adds bytes, not content.
fn adopt_fuller_ancestor(
    dom: &Dom,
    scores: &Scores,
    top: usize,
    best: usize,
    cards: &[bool],
) -> usize {
    let base = scores.score[top].max(scores.score[best]);
    let mut chosen = top;
    let mut anc = dom.nodes[top].parent;
    let mut levels = 0;
    while anc != u32::MAX && anc != dom.body && levels < FULLER_MAX_LEVELS {
        let a = anc as usize;
        if dom.nodes[a].tag == Tag::None {
            break;
        }
        let want = FULLER_MIN_TEXT_RATIO * dom.nodes[chosen].text as f32;
        if scores.scored[a]
            && scores.score[a] >= FULLER_MIN_SCORE * base
            && dom.nodes[a].text as f32 >= want
            && dom.nodes[a].link_density() < FULLER_MAX_LINK_DENSITY
            && content_text(dom, a, chosen, cards) as f32 >= want
        {
            chosen = a;
        }
        anc = dom.nodes[a].parent;
        levels += 1;
    }
    chosen
}

/// The blocks of `a` that are not article content, around the container
/// `inner` already chosen: its live descendants named like boilerplate
/// (negative class weight: a comment thread, a related-posts box; in the
/// relaxed pass such blocks are not pruned) and its teaser cards (`cards`,
/// [`teaser_cards`]: other posts' titles and excerpts in a grid or a list
/// of recent posts), as `(node, text)` in document order; with
/// `headings`, its headings outside `inner` too (see
/// [`narrow_to_content`]). Each block is counted once (the outermost); a
/// block holding `inner` is looked into, not counted whole.
fn noise_blocks(
    dom: &Dom,
    a: usize,
    inner: usize,
    cards: &[bool],
    headings: bool,
) -> Vec<(usize, u32)> {
    let mut noise = Vec::new();
    let mut walk = dom.live_descendants(a, &dom.live);
    while let Some(j) = walk.next() {
        let n = &dom.nodes[j];
        if j == inner {
            walk.skip_subtree(j);
        } else if (n.weight < 0 || cards[j] || headings && matches!(n.tag, Tag::H(_)))
            && !dom.contains(j as u32, inner as u32)
        {
            noise.push((j, n.text));
            walk.skip_subtree(j);
        }
    }
    noise
}

/// The text node `a` holds as article content around the container
/// `inner`: its text less that of its [`noise_blocks`].
fn content_text(dom: &Dom, a: usize, inner: usize, cards: &[bool]) -> u32 {
    content_text_in(dom, a, &noise_blocks(dom, a, inner, cards, false))
}

/// [`content_text`] with the noise blocks given, found for `a` or for an
/// ancestor of it around the same `inner` (those inside `a` are the same
/// blocks).
fn content_text_in(dom: &Dom, a: usize, noise: &[(usize, u32)]) -> u32 {
    let end = dom.nodes[a].end as usize;
    let from = noise.partition_point(|&(j, _)| j < a);
    let to = noise.partition_point(|&(j, _)| j < end);
    let sum: u32 = noise[from..to].iter().map(|&(_, t)| t).sum();
    dom.nodes[a].text - sum.min(dom.nodes[a].text)
}

/// A container reached by the climb or the adoption may owe its score to
/// its own class bonus and hold, beside the article, a grid of other
/// posts' teaser cards or a block named like boilerplate (a post layout's
/// wrapper around the story and a "recent posts" column). When such
/// blocks are at least [`NARROW_MIN_NOISE_SHARE`] of its text, the lowest
/// container between the best candidate and it that holds
/// [`NARROW_CORE_SHARE`] of its content ([`content_text`], headings outside
/// the best candidate not counted) is the article.
fn narrow_to_content(dom: &Dom, top: usize, best: usize, cards: &[bool]) -> usize {
    // On a page of teasers the best candidate is a card: the cards are
    // the content.
    if top == best || cards[best] || !dom.contains(top as u32, best as u32) {
        return top;
    }
    // One scan of the container: the noise blocks inside each container
    // between it and the best candidate are a run of these.
    // Headings are no content here: the headline stands above the
    // story's container (the title is read from the page's metadata) and
    // a grid's heading is the grid's; a short story's headline and date
    // would otherwise outweigh the story and keep the grid beside it.
    let noise = noise_blocks(dom, top, best, cards, true);
    let text = dom.nodes[top].text as f32;
    let content = content_text_in(dom, top, &noise) as f32;
    if text - content < NARROW_MIN_NOISE_SHARE * text {
        return top;
    }
    let mut x = best;
    while x != top {
        let cx = content_text_in(dom, x, &noise);
        if cx as f32 >= NARROW_CORE_SHARE * content {
            return x;
        }
        let p = dom.nodes[x].parent;
        if p == u32::MAX {
            break;
        }
        // The story's column beside a column of cards: the parent adds
        // the cards and no paragraph of content. What lies outside both
        // columns (a source line, a disclaimer) is no reason to keep the
        // cards.
        let cp = content_text_in(dom, p as usize, &noise);
        let added_noise = (dom.nodes[p as usize].text - cp).saturating_sub(dom.nodes[x].text - cx);
        if cx as f32 >= NARROW_COLUMN_SHARE * content
            && cp.saturating_sub(cx) < PROSE_PARAGRAPH_MIN_TEXT
            && added_noise as f32 >= NARROW_MIN_NOISE_SHARE * text
        {
            return x;
        }
        x = p as usize;
    }
    top
}

/// See [`narrow_to_content`]: teaser cards and named boilerplate make at
/// least this share of the container's text...
const NARROW_MIN_NOISE_SHARE: f32 = 0.25;
/// ...and the narrower container holds at least this share of its
/// content (a heading over the cards' column is no content to keep).
const NARROW_CORE_SHARE: f32 = 0.95;
/// A column the story fills, beside a column its parent adds that is all
/// teaser cards or named boilerplate (at least [`NARROW_MIN_NOISE_SHARE`]
/// of the container's text), is the article when it holds at least this
/// share of the container's content.
const NARROW_COLUMN_SHARE: f32 = 0.75;

/// An only element child stands for its parent (below `<body>`).
fn only_child_to_parent(dom: &Dom, mut top: usize) -> usize {
    loop {
        let p = dom.nodes[top].parent;
        if p == u32::MAX || p == dom.body || dom.nodes[p as usize].tag == Tag::None {
            return top;
        }
        let element_children = dom
            .children(p)
            .filter(|&c| {
                let cn = &dom.nodes[c as usize];
                cn.tag != Tag::Text && cn.tag != Tag::None && dom.live[c as usize]
            })
            .count();
        if element_children != 1 {
            return top;
        }
        top = p as usize;
    }
}

/// The body's roots: the container and those of its live siblings that
/// belong to the article, in document order. A sibling that is a grid of
/// teaser cards ([`is_card_grid`]) is other posts, not the article's
/// prose, however well its excerpts score.
fn merge_siblings(
    dom: &Dom,
    opts: &Options,
    scores: &Scores,
    top: usize,
    cards: &[bool],
) -> Vec<u32> {
    let parent = dom.nodes[top].parent;
    if parent == u32::MAX {
        return vec![top as u32];
    }
    let top_class = class_attr(dom, top).unwrap_or("");
    let kids: Vec<u32> = dom.children(parent).collect();
    // On a page of teasers the container is a card: its sibling cards are
    // the content.
    let grids_apart = !cards[top];
    let mut keep: Vec<bool> = kids
        .iter()
        .map(|&s| {
            let si = s as usize;
            si == top
                || (dom.live[si]
                    && !(grids_apart && is_card_grid(dom, si, cards))
                    && sibling_belongs(dom, opts, scores, top, top_class, si))
        })
        .collect();
    fill_module_gaps(dom, top, &kids, &mut keep);
    add_closing_module(dom, top, &kids, &mut keep);
    add_opening_module(dom, top, &kids, &mut keep);
    kids.into_iter()
        .zip(keep)
        .filter_map(|(s, k)| k.then_some(s))
        .collect()
}

/// Whether node `i` is a grid or list of other posts' teaser cards
/// ([`teaser_cards`]) that open with their linked title: at least
/// [`CARD_GRID_MIN_CARDS`] such cards holding at least
/// [`CARD_GRID_MIN_SHARE`] of its live text (a builder's post grid,
/// carousel or "recent entries with excerpts" widget, whatever its name).
/// A list of the article's own points, each with a link inside its
/// sentence, is no grid.
fn is_card_grid(dom: &Dom, i: usize, cards: &[bool]) -> bool {
    let text = dom.nodes[i].text;
    if text == 0 || cards[i] {
        return false;
    }
    let (mut count, mut in_cards) = (0u32, 0u32);
    let mut walk = dom.live_descendants(i, &dom.live);
    while let Some(j) = walk.next() {
        if cards[j] {
            if opens_with_link(dom, j) {
                count += 1;
                in_cards += dom.nodes[j].text;
            }
            walk.skip_subtree(j);
        }
    }
    count >= CARD_GRID_MIN_CARDS && in_cards as f32 >= CARD_GRID_MIN_SHARE * text as f32
}

/// Whether the first live text of node `i` lies in a link: a teaser
/// card's title.
fn opens_with_link(dom: &Dom, i: usize) -> bool {
    dom.live_descendants(i, &dom.live)
        .find(|&j| {
            let n = &dom.nodes[j];
            n.tag == Tag::Text && n.text_str().is_some_and(|t| !t.trim().is_empty())
        })
        .is_some_and(|j| dom.nodes[j].has(flag::IN_LINK))
}

/// See [`is_card_grid`]: a grid has at least this many cards (one "read
/// next" card under a short story is not judged here)...
const CARD_GRID_MIN_CARDS: u32 = 3;
/// ...and they hold at least this share of its text (a heading over the
/// grid is no prose).
const CARD_GRID_MIN_SHARE: f32 = 0.75;

/// A page builder gives a subheading or a one-line paragraph a module of
/// its own: too short to score, it falls between two of the article's
/// modules. A live sibling of the container's own kind ([`kind_key`])
/// between two kept siblings joins them, unless it is named like
/// boilerplate or mostly links (an "also read" module) outside lines of
/// their own ([`links_in_lines_apart`]) beside a heading or a sentence
/// (a sponsored box's linked cards stand beside its title and its
/// network's label: `sibling_belongs` tells it apart the same way).
fn fill_module_gaps(dom: &Dom, top: usize, kids: &[u32], keep: &mut [bool]) {
    let Some(kind) = kind_key(dom, top) else {
        return;
    };
    let (Some(first), Some(last)) = (keep.iter().position(|&k| k), keep.iter().rposition(|&k| k))
    else {
        return;
    };
    let named = flag::WEAK_BOILER | flag::BOILER | flag::WIDGET;
    for j in first + 1..last {
        let si = kids[j] as usize;
        let n = &dom.nodes[si];
        if keep[j]
            || !dom.live[si]
            || n.text == 0
            || n.flags & named != 0
            || kind_key(dom, si) != Some(kind)
        {
            continue;
        }
        // Its link lines stand apart beside a subheading or a sentence of
        // the post's; beside a title, a bare domain and a label (an ad
        // network's box of linked cards) they are the box.
        keep[j] = n.link_density() < GAP_MODULE_MAX_LINK_DENSITY
            || links_in_lines_apart(dom, si) && (n.heading_text > 0 || holds_sentence(dom, si));
    }
}

/// A page builder may set the article's subheadings in modules of their
/// own kind (a `fusion-title` module between `fusion-text` ones): too
/// short to score and of another kind than the text modules, they join
/// neither as a gap ([`fill_module_gaps`]) nor as a cousin. A heading
/// module ([`heading_module`]) between two roots of the body that are
/// siblings is the subheading of the section after it, and joins them
/// unless it is named like boilerplate or a widget.
fn join_heading_modules(dom: &Dom, roots: &mut Vec<u32>) {
    if roots.len() < 2 {
        return;
    }
    let mut sorted = roots.clone();
    sorted.sort_unstable();
    // A weak name ("title", "header") names the module's heading, not
    // boilerplate.
    let named = flag::BOILER | flag::WIDGET;
    let mut extra = Vec::new();
    for pair in sorted.windows(2) {
        let (a, b) = (pair[0] as usize, pair[1] as usize);
        let parent = dom.nodes[a].parent;
        if parent == u32::MAX || dom.nodes[b].parent != parent {
            continue;
        }
        // The siblings between `a` and `b`, each after the last one's
        // subtree.
        let mut s = dom.nodes[a].end as usize;
        while s < b {
            let n = &dom.nodes[s];
            if dom.live[s] && n.text > 0 && n.flags & named == 0 && heading_module(dom, s) {
                extra.push(s as u32);
            }
            s = n.end as usize;
        }
    }
    if !extra.is_empty() {
        roots.extend(extra);
        roots.sort_unstable();
    }
}

/// Whether all the live text of node `i` stands in headings below the
/// headline's rank, and it has some: a builder's heading module.
fn heading_module(dom: &Dom, i: usize) -> bool {
    let mut any = false;
    for j in dom.live_descendants(i, &dom.live) {
        let n = &dom.nodes[j];
        if n.tag == Tag::H(1) {
            return false;
        }
        if n.text_str().is_some_and(|t| !t.trim().is_empty()) {
            if !n.has(flag::IN_HEADING) {
                return false;
            }
            any = true;
        }
    }
    any
}

/// A page builder gives the post's closing line ("It works.", "The next
/// one is on Saturday.") a module of its own after the article's last
/// one: too short to score, it is no gap between two kept modules. The
/// siblings with text after the last kept one join, in order, while each
/// is of the container's own kind ([`kind_key`]), not named like
/// boilerplate, and opens with such a line ([`opens_with_closing_line`]);
/// whatever follows the line in a module is judged as the body's blocks
/// are.
fn add_closing_module(dom: &Dom, top: usize, kids: &[u32], keep: &mut [bool]) {
    if let Some(last) = keep.iter().rposition(|&k| k) {
        join_modules(
            dom,
            top,
            kids,
            keep,
            last + 1..kids.len(),
            opens_with_closing_line,
        );
    }
}

/// Keeps the siblings `order` walks (away from the kept modules) while
/// each with text is of the container's own kind ([`kind_key`]), not named
/// like boilerplate, and `joins` it; the first that is not ends the run.
fn join_modules(
    dom: &Dom,
    top: usize,
    kids: &[u32],
    keep: &mut [bool],
    order: impl Iterator<Item = usize>,
    joins: fn(&Dom, usize) -> bool,
) {
    let Some(kind) = kind_key(dom, top) else {
        return;
    };
    let named = flag::WEAK_BOILER | flag::BOILER | flag::WIDGET;
    for j in order {
        let si = kids[j] as usize;
        if !dom.live[si] || dom.nodes[si].text == 0 {
            continue;
        }
        if dom.nodes[si].flags & named != 0 || kind_key(dom, si) != Some(kind) || !joins(dom, si) {
            return;
        }
        keep[j] = true;
    }
}

/// A page builder gives the post's opening paragraph a module of its own
/// before the article's first one: one paragraph scores less than a
/// sibling needs ([`SIBLING_MIN_SCORE`]) and is shorter than a lead
/// wrapper ([`SIBLING_LEAD_MIN_TEXT`]), and it is no gap between two kept
/// modules. The siblings with text before the first kept one join, nearest
/// first, while each is of the container's own kind ([`kind_key`]), not
/// named like boilerplate, and is made of prose paragraphs only
/// ([`is_lead_module`]): a headline, a meta line or a link box ends the
/// run.
fn add_opening_module(dom: &Dom, top: usize, kids: &[u32], keep: &mut [bool]) {
    if let Some(first) = keep.iter().position(|&k| k) {
        join_modules(dom, top, kids, keep, (0..first).rev(), is_lead_module);
    }
}

/// Whether module `i` is a block of prose paragraphs ([`lead_blocks`]) in
/// the builder's sole wrappers around it (a column around a section
/// around a text block, each the only live element of the one above, no
/// loose text beside).
fn is_lead_module(dom: &Dom, mut i: usize) -> bool {
    loop {
        if lead_blocks(dom, i) {
            return true;
        }
        match sole_element(dom, i) {
            Some(c) => i = c,
            None => return false,
        }
    }
}

/// The only live element child of `i` when it has one and no loose text
/// beside it (blank text between tags does not count): the next wrapper
/// down of a builder's sole wrappers; `None` otherwise.
fn sole_element(dom: &Dom, i: usize) -> Option<usize> {
    let mut only = None;
    for c in dom.children(i as u32) {
        let cn = &dom.nodes[c as usize];
        if !dom.live[c as usize] || matches!(cn.tag, Tag::None) {
            continue;
        }
        if cn.tag == Tag::Text {
            if cn.text > 0 {
                return None;
            }
            continue;
        }
        if only.is_some() {
            return None;
        }
        only = Some(c as usize);
    }
    only
}

/// Whether all the live text of block `i` is in its children that are
/// prose `<p>`s ([`is_prose_paragraph`]), at least one longer than a line
/// ([`SIBLING_P_LONG`]: an opening paragraph, not a video's or a photo's
/// one-line credit), or pictures' blocks (a block holding a picture whose
/// text, a caption or a file name, ends no sentence: the stripper judges
/// it).
fn lead_blocks(dom: &Dom, i: usize) -> bool {
    let n = &dom.nodes[i];
    if !matches!(n.tag, Tag::Div | Tag::Section | Tag::Other) || n.text == 0 {
        return false;
    }
    let (mut in_blocks, mut prose) = (0, false);
    for c in dom.children(i as u32) {
        let ci = c as usize;
        let cn = &dom.nodes[ci];
        if !dom.live[ci] || cn.text == 0 {
            continue;
        }
        if cn.tag == Tag::P && is_prose_paragraph(dom, ci) {
            prose |= cn.text > SIBLING_P_LONG;
        } else if cn.tag == Tag::Text
            || cn.imgs == 0
            || ends_sentence(dom, ci)
            || ends_in_sentence(dom, ci)
        {
            return false;
        }
        in_blocks += cn.text;
    }
    prose && in_blocks == n.text
}

/// Whether node `i`'s first live text is a line of prose, the whole of its
/// paragraph (the block around it, through inline wrappers such as a
/// builder's styling `<span>`): no link or heading before it, ending a
/// sentence, shorter
/// than [`SIBLING_P_LONG`] unless it is a whole `<p>`, and the next live
/// text (if any) in another block. A picture in a block of its own ahead
/// of it ([`picture_block`]) is passed over; a list of the story's
/// figures ([`is_fact_list`]) is such a line.
fn opens_with_closing_line(dom: &Dom, i: usize) -> bool {
    let mut walk = dom.live_descendants(i, &dom.live);
    while let Some(j) = walk.next() {
        let n = &dom.nodes[j];
        match n.tag {
            // The story's list of figures or points, no link in it, ends
            // the story as a closing line does (as the assembly reads such
            // a list in a module's lines).
            Tag::Ul | Tag::Ol if n.text > 0 => return is_fact_list(dom, j),
            Tag::Img => match picture_block(dom, i, j) {
                Some(b) => walk.skip_subtree(b),
                None => return false,
            },
            Tag::A | Tag::H(_) => return false,
            Tag::Text => {
                let t = n.text_str().unwrap_or("").trim();
                if !t.is_empty() {
                    // The line's block: a builder wraps each paragraph's
                    // text in a styling `<span>` (links return above).
                    let mut parent = n.parent as usize;
                    while parent > i && dom.nodes[parent].tag.is_inline() {
                        parent = dom.nodes[parent].parent as usize;
                    }
                    // The whole of a `<p>`: a paragraph of any length, as
                    // a `<p>` sibling joins ([`is_prose_paragraph`]).
                    let whole_p = dom
                        .nodes
                        .get(parent)
                        .is_some_and(|p| p.tag == Tag::P && p.text as usize <= t.len() + 2);
                    // Or the whole of a `<p>` but a credit linked after its
                    // sentence ("…this week. […] <a>Read More</a>"): the
                    // line ends at the sentence's end.
                    let line = line_before_trailing_link(dom, parent, j, t);
                    let own = whole_p
                        || line.is_some()
                        || parent == i
                        || dom.nodes.get(parent).is_some_and(|p| p.tag == Tag::Div);
                    return own
                        && (whole_p || line.is_some() || t.len() < SIBLING_P_LONG as usize)
                        && line
                            .unwrap_or(t)
                            .chars()
                            .next_back()
                            .is_some_and(closes_sentence);
                }
            }
            _ => {}
        }
    }
    false
}

/// The block of module `i` that picture `j` stands in, when it is a
/// picture's block: a block below `i` whose text (a caption, a credit, a
/// file name) holds no sentence's end. A picture standing loose in the
/// module, or in a block with a sentence, is none.
fn picture_block(dom: &Dom, i: usize, j: usize) -> Option<usize> {
    let mut b = dom.nodes[j].parent as usize;
    while b > i && dom.nodes[b].tag.is_inline() {
        b = dom.nodes[b].parent as usize;
    }
    (b > i && !ends_sentence(dom, b) && !ends_in_sentence(dom, b)).then_some(b)
}

/// Whether list `j` is the story's list of figures or points: at least
/// two items, a paragraph's worth of text ([`MIN_PARAGRAPH_TEXT`]), no
/// link in it (a list of links is a menu or other posts).
pub(crate) fn is_fact_list(dom: &Dom, j: usize) -> bool {
    let n = &dom.nodes[j];
    n.link_text == 0 && n.lis >= 2 && n.text >= MIN_PARAGRAPH_TEXT
}

/// The line of prose that text `t` (node `j`, a child of `<p>` `p`) opens
/// when the rest of the paragraph is a credit linked after it: `t` ends a
/// sentence, then at most [`TRAILING_LINK_LEAD`] characters ("[…] ", "Source:
/// "), and all the paragraph's text after `t` is linked ("…this week. […]
/// <a>Read More</a>", an autoblog's excerpt of the source's last
/// paragraph) but for marks that close the credit around its link, no
/// letter or digit among them ("…stays. [<a>Source</a>]"). The credit is
/// the stripper's to judge.
fn line_before_trailing_link<'t>(dom: &Dom, p: usize, j: usize, t: &'t str) -> Option<&'t str> {
    let pn = dom.nodes.get(p).filter(|pn| pn.tag == Tag::P)?;
    let linked = pn.linked_text();
    if linked == 0 {
        return None;
    }
    let mut closing = 0;
    for c in dom.children(p as u32) {
        let cn = &dom.nodes[c as usize];
        if (c as usize) <= j || cn.tag != Tag::Text || cn.has(flag::IN_LINK) {
            continue;
        }
        if cn
            .text_str()
            .is_some_and(|s| s.chars().any(char::is_alphanumeric))
        {
            return None;
        }
        closing += cn.text;
    }
    if pn.text != dom.nodes[j].text + linked + closing {
        return None;
    }
    let end = t.rfind(['.', '!', '?'])? + 1;
    let lead = t[end..].chars().filter(|c| !c.is_whitespace()).count();
    (lead <= TRAILING_LINK_LEAD).then(|| &t[..end])
}

/// Whether module `i`'s links stand in lines of their own beside text of
/// its own (a subheading's module that also holds a "read also" line or a
/// follow-us link): what is left without its link lines has text and few
/// links. A link line is a paragraph-like block most of whose text is
/// linked; one to [`LINK_LINES_APART`] of them, and no heading holding a
/// link (a teaser's title) nor a list item mostly linked (a list of
/// links) anywhere in the module. The link lines are judged on their own
/// in the assembly.
pub(crate) fn links_in_lines_apart(dom: &Dom, i: usize) -> bool {
    let n = &dom.nodes[i];
    let (mut text, mut link, mut lines) = (n.text, n.link_text, 0);
    let mut walk = dom.live_descendants(i, &dom.live);
    while let Some(j) = walk.next() {
        let c = &dom.nodes[j];
        let linked = c.linked_text() * 2 > c.text;
        if matches!(c.tag, Tag::H(_)) && c.linked_text() > 0 || c.tag == Tag::Li && linked {
            return false;
        }
        // A credit linked after the paragraph's sentence ("…per person.
        // → <a>outlet.example</a>") is a line of its own; the sentence
        // stays the module's text, however long the link (a bare address
        // outweighs a short closing sentence).
        if c.tag == Tag::P && c.linked_text() > 0 && trails_sentence_with_link(dom, j) {
            lines += 1;
            text -= c.linked_text().min(text);
            link -= c.linked_text().min(link);
            walk.skip_subtree(j);
        } else if linked && is_paragraph_like(dom, j) {
            lines += 1;
            text -= c.text.min(text);
            link -= c.linked_text().min(link);
            walk.skip_subtree(j);
        }
    }
    (1..=LINK_LINES_APART).contains(&lines)
        && text > 0
        && (link as f32) < GAP_MODULE_MAX_LINK_DENSITY * text as f32
}

/// Whether `<p>` node `p` is a sentence and then a credit linked after it
/// ([`line_before_trailing_link`]): its first child is the sentence's
/// text, or that of the inline wrappers (not links) opening it (a
/// builder's styling `<span>` around the paragraph's text).
fn trails_sentence_with_link(dom: &Dom, p: usize) -> bool {
    let mut first = dom.children(p as u32).next();
    while let Some(f) = first.filter(|&f| {
        let tag = dom.nodes[f as usize].tag;
        tag.is_inline() && tag != Tag::A
    }) {
        first = dom.children(f).next();
    }
    first.is_some_and(|j| {
        let j = j as usize;
        dom.nodes[j].text_str().is_some_and(|t| {
            let t = t.trim();
            !t.is_empty() && line_before_trailing_link(dom, p, j, t).is_some()
        })
    })
}

/// See [`fill_module_gaps`]: a module between two of the article's with
/// at least this share of its text in links is a link box, not text.
const GAP_MODULE_MAX_LINK_DENSITY: f32 = 0.3;

/// Whether sibling `si` of container `top` is part of the article: it
/// scores well against the container (better with the container's class
/// attribute, `top_class`), or it is a prose `<p>`, the story's list of
/// points right after the container's closing sentence, or a lead
/// wrapper of such paragraphs; with
/// [`Focus::Recall`], any sizeable block with few links.
fn sibling_belongs(
    dom: &Dom,
    opts: &Options,
    scores: &Scores,
    top: usize,
    top_class: &str,
    si: usize,
) -> bool {
    let top_score = scores.score[top];
    let threshold = (top_score * SIBLING_SCORE_SHARE).max(SIBLING_MIN_SCORE);
    let sn = &dom.nodes[si];
    let mut bonus = 0.0;
    // The same class attribute (`rich-text w-richtext`): compared with the
    // container's first class name only, a sibling never matched when the
    // container has more than one.
    // Generated names apart (a builder numbers each block:
    // `uagb-block-1b080`, `uagb-block-1b081`), see [`same_class_words`].
    // The bonus of a sibling that holds no sentence is cut by its link
    // density, as its score is ([`cut_by_link_density`]): a builder gives
    // every container the same class, and a sponsored-links box in one
    // (its title, its linked lines, its network's label) is no module of
    // the post for that. A module with a sentence of the post's among its
    // links (a closing line over a credit and a related-posts list) is.
    let sentence = ends_in_sentence(dom, si) || holds_sentence(dom, si);
    if !top_class.is_empty() && class_attr(dom, si).is_some_and(|c| same_class_words(c, top_class))
    {
        let cut = if sentence {
            1.0
        } else {
            1.0 - sn.link_density()
        };
        bonus = top_score * SIBLING_CLASS_BONUS * cut;
    }
    // A sibling of the container's own kind (its first class name that
    // is not a layout utility, [`kind_key`]) that ends in a sentence, or
    // holds one ahead of a closing link line, is judged by the module it
    // wraps.
    let own = if kind_key(dom, si).is_some() && kind_key(dom, si) == kind_key(dom, top) && sentence
    {
        wrapped_score(dom, scores, si)
    } else {
        scores.scored[si].then(|| scores.score[si])
    };
    let keep = if own.is_some_and(|s| s + bonus >= threshold) {
        true
    } else if sn.tag == Tag::P {
        is_prose_paragraph(dom, si)
    } else if matches!(sn.tag, Tag::Ul | Tag::Ol) {
        // The story's list of points right after the container's prose
        // (the container's last live text ends a sentence), no link in
        // it: the post goes on in its list.
        si > top
            && ends_in_sentence(dom, top)
            && next_with_text(dom, top) == Some(si)
            && is_fact_list(dom, si)
    } else {
        // A wrapper of paragraphs joins when it leads into the body with
        // more than a tagline: after the body, such blocks are the notes
        // and disclaimers of the page.
        si < top && sn.text >= SIBLING_LEAD_MIN_TEXT && is_paragraph_wrapper(dom, si)
    };
    keep || (opts.focus == Focus::Recall
        && sn.text > RECALL_SIBLING_MIN_TEXT
        && sn.link_density() < RECALL_SIBLING_MAX_LINK_DENSITY)
}

/// The next live sibling of node `i` that has text.
fn next_with_text(dom: &Dom, i: usize) -> Option<usize> {
    let parent = dom.nodes[i].parent;
    dom.children(parent)
        .map(|c| c as usize)
        .skip_while(|&c| c != i)
        .skip(1)
        .find(|&c| dom.live[c] && dom.nodes[c].text > 0)
}

/// Whether `<p>` node `i` reads as a paragraph of the article beside its
/// body: long with few links, or a short sentence without any.
fn is_prose_paragraph(dom: &Dom, i: usize) -> bool {
    let n = &dom.nodes[i];
    let len = n.text;
    (len > SIBLING_P_LONG && n.link_density() < SIBLING_P_MAX_LINK_DENSITY)
        || (len > 0 && len < SIBLING_P_LONG && n.link_text == 0 && ends_sentence(dom, i))
}

/// Whether node `i` is a plain wrapper of such paragraphs (an intro or
/// lead block beside the body: `<div class="intro"><p>…</p></div>`): all
/// its text is in its `<p>` children, and each reads as prose.
fn is_paragraph_wrapper(dom: &Dom, i: usize) -> bool {
    let n = &dom.nodes[i];
    if !matches!(n.tag, Tag::Div | Tag::Section | Tag::Other) || n.text == 0 {
        return false;
    }
    let mut in_paragraphs = 0;
    for c in dom.children(i as u32) {
        let ci = c as usize;
        let cn = &dom.nodes[ci];
        if !dom.live[ci] || cn.text == 0 {
            continue;
        }
        if cn.tag != Tag::P || !is_prose_paragraph(dom, ci) {
            return false;
        }
        in_paragraphs += cn.text;
    }
    in_paragraphs == n.text
}

/// The best score of node `i` and of the wrappers it is made of: its only
/// live element child, that child's only one, and so on. A page builder
/// wraps each text module in a section, a row and a column; the section
/// beside the article's is judged by the module it wraps, not by the
/// small share of the module's credit that reaches the section. `None`
/// when none of them is scored.
fn wrapped_score(dom: &Dom, scores: &Scores, mut i: usize) -> Option<f32> {
    let mut best: Option<f32> = None;
    loop {
        if scores.scored[i] {
            best = Some(best.map_or(scores.score[i], |b| b.max(scores.score[i])));
        }
        match sole_element(dom, i) {
            Some(c) => i = c,
            None => return best,
        }
    }
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
pub(crate) fn prose_mass(dom: &Dom, counts: impl Fn(usize, usize) -> bool) -> Vec<u32> {
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
            && counts(i, node.parent as usize)
        {
            prose[i] = prose[i].max(node.text - node.link_text);
        } else if has_loose_text(dom, i) && !node.has(flag::IN_CAPTION) {
            // Loose text is the prose of the node holding it.
            let (text, link, _) = loose_text(dom, i);
            if text >= MIN_PARAGRAPH_TEXT && link * 2 < text && counts(i, i) {
                prose[i] = prose[i].saturating_add(text - link);
            }
        }
        let p = node.parent;
        if p != u32::MAX {
            prose[p as usize] = prose[p as usize].saturating_add(prose[i]);
        }
    }
    prose
}

/// A paragraph of prose has at least this many bytes of text.
const PROSE_PARAGRAPH_MIN_TEXT: u32 = 80;

/// Paragraphs per node: the paragraph-like nodes in its live subtree
/// (a `<p>`, or a `<div>` of text without block children) that read as
/// prose (a sentence's length, few links), outside captions: what a photo
/// set's image count is weighed against, whatever tag its paragraphs use.
/// A product grid's one-line names and prices are no paragraphs.
pub(crate) fn paragraph_count(dom: &Dom) -> Vec<u32> {
    let n = dom.len();
    let mut count = vec![0u32; n];
    for i in (0..n).rev() {
        if !dom.live[i] {
            continue;
        }
        let node = &dom.nodes[i];
        if is_paragraph_like(dom, i)
            && !node.has(flag::IN_CAPTION)
            && node.text >= PROSE_PARAGRAPH_MIN_TEXT
            && node.link_density() < 0.5
            && count[i] == 0
        {
            count[i] = 1;
        } else if has_loose_text(dom, i) && !node.has(flag::IN_CAPTION) {
            count[i] = count[i].saturating_add(loose_paragraphs(dom, i));
        }
        let p = node.parent;
        if p != u32::MAX {
            count[p as usize] = count[p as usize].saturating_add(count[i]);
        }
    }
    count
}

/// The paragraphs of node `i`'s loose text: its runs of text and inline
/// children between `<br>`s and block children that read as prose (a
/// sentence's length, few links), as a reader sees them. A shorter run
/// counts when it is a sentence of its own: a paragraph's worth
/// ([`MIN_PARAGRAPH_TEXT`]), no link, ending with a sentence's closing
/// mark (a one-sentence paragraph of a post written with `<br>`s; a
/// picture's credit or a product's name and price ends with none).
fn loose_paragraphs(dom: &Dom, i: usize) -> u32 {
    let (mut count, mut text, mut link) = (0, 0, 0);
    let mut last: Option<char> = None;
    let mut close = |text: &mut u32, link: &mut u32, last: &mut Option<char>| {
        let sentence =
            *text >= MIN_PARAGRAPH_TEXT && *link == 0 && last.is_some_and(closes_sentence);
        if (*text >= PROSE_PARAGRAPH_MIN_TEXT && *link * 2 < *text) || sentence {
            count += 1;
        }
        (*text, *link, *last) = (0, 0, None);
    };
    for c in dom.children(i as u32) {
        let cn = &dom.nodes[c as usize];
        if !dom.live[c as usize] {
            continue;
        }
        if cn.tag.is_block() || cn.tag == Tag::Br || is_inline_container(dom, c as usize) {
            close(&mut text, &mut link, &mut last);
            continue;
        }
        text += cn.text;
        link += cn.linked_text();
        if cn.text > 0 {
            last = dom.last_live_char(c as usize, &dom.live).or(last);
        }
    }
    close(&mut text, &mut link, &mut last);
    count
}

/// Teaser cards are at most this many bytes of text: a linked title, an
/// excerpt, a date.
const CARD_MAX_TEXT: u32 = 1500;

/// A teaser card, or a pair of them (two authors' boxes), holds at most
/// this many paragraphs of prose (see [`paragraph_count`]): an excerpt or
/// a short bio each. An ancestor with more is the column the card stands
/// in: a short story's text, with a "read next" card under it.
const CARD_MAX_PARAGRAPHS: u32 = 2;

/// Whether each node lies in a teaser card: a small block whose heading
/// links to another page, or a small list item with a link (a related-posts
/// or latest-posts item), or a small grid item that opens with its linked
/// title beside an item of its class, where the paragraph is an excerpt of
/// another article, not this one's prose.
///
/// A teaser's heading links to another post: not to a home page (the
/// site's name over its header) nor to the page's own address `own` (its
/// canonical URL: a blog theme links the post's title to its permalink
/// on the post's page too), see [`heading_link`].
fn teaser_cards(dom: &Dom, own: Option<&Url>) -> Vec<bool> {
    let n = dom.len();
    let mut card = vec![false; n];
    let paragraphs = paragraph_count(dom);
    let headlines = own_headlines(dom);
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
        // A heading linked to a home page is a site's title, not a
        // teaser's: a teaser links to a post. One linked to this page is
        // this post's title, unless it stands in a grid item (a grid of
        // the latest posts lists this one too).
        match heading_link(dom, h, own) {
            HeadingLink::Home => continue,
            HeadingLink::OwnPage if !in_grid_item(dom, h) => continue,
            _ => {}
        }
        // The card is the largest ancestor (two levels up at most) that
        // is still small.
        let mut root = u32::MAX;
        let mut anc = dom.nodes[h].parent;
        for _ in 0..3 {
            if anc == u32::MAX || anc == dom.body {
                break;
            }
            // See CARD_MAX_PARAGRAPHS: not the story's column. And a
            // block holding an `h1` of this page's own (a post's headline
            // under its linked category kicker) is the post, not a teaser
            // of another.
            if dom.nodes[anc as usize].text > CARD_MAX_TEXT
                || paragraphs[anc as usize] > CARD_MAX_PARAGRAPHS
                || headlines[anc as usize]
            {
                break;
            }
            root = anc;
            anc = dom.nodes[anc as usize].parent;
        }
        if root != u32::MAX {
            card[root as usize] = true;
        }
    }
    // A grid item that opens with its linked title, not set in a heading
    // (`<div class=post><a href=…>Title</a><p>Excerpt…</p></div>`), beside
    // another item of its class: a card of a post grid.
    for a in 0..n {
        let node = &dom.nodes[a];
        if node.tag != Tag::A || !dom.live[a] || node.text == 0 || node.parent == u32::MAX {
            continue;
        }
        let item = node.parent as usize;
        let it = &dom.nodes[item];
        if card[item]
            || !matches!(it.tag, Tag::Div | Tag::Article)
            || it.text > CARD_MAX_TEXT
            || paragraphs[item] > CARD_MAX_PARAGRAPHS
            || it.text <= node.text
            || dom.nodes[a]
                .elem()
                .and_then(|e| crate::rules::attr(e, "href"))
                .is_none_or(|h| h.trim_start().starts_with('#'))
            || !opens_with_link(dom, item)
            || !has_twin(dom, item)
        {
            continue;
        }
        card[item] = true;
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

/// Per node, whether its live subtree holds an `h1` that does not link
/// away ([`links_away`]): a headline of this page's own.
fn own_headlines(dom: &Dom) -> Vec<bool> {
    let n = dom.len();
    let mut holds = vec![false; n];
    for i in (0..n).rev() {
        let node = &dom.nodes[i];
        if !dom.live[i] {
            continue;
        }
        if node.tag == Tag::H(1) && node.text > 0 && !links_away(dom, i) {
            holds[i] = true;
        }
        let p = node.parent;
        if p != u32::MAX && holds[i] {
            holds[p as usize] = true;
        }
    }
    holds
}

/// Whether element `i` has a live element sibling with the same class
/// attribute (an item of a grid beside another).
fn has_twin(dom: &Dom, i: usize) -> bool {
    let Some(class) = class_attr(dom, i) else {
        return false;
    };
    let p = dom.nodes[i].parent;
    p != u32::MAX
        && dom.children(p).any(|c| {
            c as usize != i && dom.live[c as usize] && class_attr(dom, c as usize) == Some(class)
        })
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

/// Where a heading's link leads, as [`teaser_cards`] reads it.
#[derive(PartialEq)]
enum HeadingLink {
    /// A site's home page: its path `/` or empty, without a query.
    Home,
    /// The page's own address (the same host, path but for a trailing
    /// `/`, and query; a relative link resolved against it).
    OwnPage,
    /// Another page, or an address that does not parse.
    Other,
}

/// Where heading `h`'s link (the link around it, else the first one in
/// it) leads: a home page, the page's own address `own` (its canonical
/// URL), or another page.
///
/// Concept: a theme sets the site's name in a heading linked to its home
/// page, and the post's headline in a heading linked to its permalink
/// (Tumblr's and many blog themes' `<a href="/"><h1>Blog</h1></a>`, `<h2><a
/// href="/post/1/slug">Headline</a></h2>` on the post's own page); on a
/// short post the card climb of [`teaser_cards`] would take the header or
/// the post around them for a teaser card.
/// Scope: headings [`links_away`] reads as links; relative (`/`) and
/// absolute (`https://host/`) addresses; a home page of any host; without
/// a canonical URL, no link is the page's own.
fn heading_link(dom: &Dom, h: usize, own: Option<&Url>) -> HeadingLink {
    let href = |i: usize| {
        (dom.nodes[i].tag == Tag::A)
            .then(|| {
                dom.nodes[i]
                    .elem()
                    .and_then(|e| crate::rules::attr(e, "href"))
            })
            .flatten()
    };
    let mut anc = dom.nodes[h].parent;
    let mut link = None;
    while anc != u32::MAX && link.is_none() && dom.nodes[h].has(flag::IN_LINK) {
        link = href(anc as usize);
        anc = dom.nodes[anc as usize].parent;
    }
    let Some(l) = link.or_else(|| (h + 1..dom.nodes[h].end as usize).find_map(href)) else {
        return HeadingLink::Other;
    };
    let l = l.trim();
    if let Some(o) = own {
        if o.join(l).is_ok_and(|to| {
            to.host_str() == o.host_str()
                && to.path().trim_end_matches('/') == o.path().trim_end_matches('/')
                && to.query() == o.query()
        }) {
            return HeadingLink::OwnPage;
        }
    }
    let (path, query) = if l.starts_with('/') && !l.starts_with("//") {
        let path = l.split(['?', '#']).next().unwrap_or("");
        (
            path.to_string(),
            l.split('#').next().unwrap_or("").contains('?'),
        )
    } else {
        match Url::parse(l) {
            Ok(u) => (u.path().to_string(), u.query().is_some()),
            Err(_) => return HeadingLink::Other,
        }
    };
    if path.trim_matches('/').is_empty() && !query {
        HeadingLink::Home
    } else {
        HeadingLink::Other
    }
}

/// Whether heading `h` stands in a grid item: one of its ancestors, as
/// far up as [`teaser_cards`] climbs for a card, has a twin
/// ([`has_twin`]).
fn in_grid_item(dom: &Dom, h: usize) -> bool {
    let mut anc = dom.nodes[h].parent;
    for _ in 0..3 {
        if anc == u32::MAX || anc == dom.body {
            return false;
        }
        if has_twin(dom, anc as usize) {
            return true;
        }
        anc = dom.nodes[anc as usize].parent;
    }
    false
}

/// A body split into sibling sections (each a heading and a few
/// paragraphs, or a page builder's text modules) scores best in one
/// section. When the chosen container holds less than half the page's
/// prose, the lowest ancestor that holds most of it is the article.
fn widen_to_prose(dom: &Dom, top: usize, scores: &[f32], best: f32, cards: &[bool]) -> usize {
    let floor = SPLIT_BODY_PEER_SCORE * best;
    let prose = prose_mass(dom, |i, container| {
        container != u32::MAX as usize && scores[container] >= floor && !cards[i]
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
/// class, prose-like, join the body. A builder gives every widget the same
/// first class: a block that is mostly teaser cards (`cards`, a grid of
/// other posts) is no part of the article, unless the page is a page of
/// teasers (`teasers`, [`find_body`]'s teaser-page test). Nothing inside a heading is a cousin:
/// a builder may set the headline's words in a span of the post's text
/// class, and a title is no part of the body's text.
fn add_cousins(
    dom: &Dom,
    live: &[bool],
    best: usize,
    top: usize,
    cards: &[bool],
    teasers: bool,
    roots: &mut Vec<u32>,
) {
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
    let mut extra = Vec::new();
    let mut walk = dom.live_walk(region as usize, live);
    while let Some(j) = walk.next() {
        let n = &dom.nodes[j];
        // A heading is a title, never a part of the body's text: a builder
        // sets the headline's words in a span of the post's text class
        // (Oxygen's `ct-span`), and that span is no cousin of the body.
        if roots.iter().any(|&r| dom.contains(r, j as u32)) || matches!(n.tag, Tag::H(_)) {
            walk.skip_subtree(j);
            continue;
        }
        let is_ancestor = roots.iter().any(|&r| dom.contains(j as u32, r));
        if !is_ancestor
            && class_key(dom, j) == Some(class)
            && n.text >= 50
            && n.link_density() < 0.25
            && (teasers || !cards[j] && content_text(dom, j, j, cards) * 2 >= n.text)
        {
            extra.push(j as u32);
            walk.skip_subtree(j);
        }
    }
    if !extra.is_empty() {
        roots.extend(extra);
        roots.sort_unstable();
    }
}

/// A page builder may cut an article into sections stamped from one
/// template (`section.block > div.wrap > div.rich-text`, once per part of
/// the story), each nested deeper than [`add_cousins`] looks. The lowest
/// ancestor of the best candidate with siblings of its own tag and first
/// class is the template; in each such sibling the element at the best
/// candidate's path (the same tag and first class at every level) joins
/// the body when it is prose-like (as in [`add_cousins`]: at least 50
/// characters, few links, not teaser cards unless the page is a page of
/// teasers: `teasers`, [`find_body`]'s teaser-page test).
fn add_template_cousins(
    dom: &Dom,
    best: usize,
    cards: &[bool],
    teasers: bool,
    roots: &mut Vec<u32>,
) {
    let shape = |i: u32| (dom.nodes[i as usize].tag, class_key(dom, i as usize));
    // The path from the template's root down to `best`, root first.
    let mut path = vec![best as u32];
    let mut x = best as u32;
    let mut extra = Vec::new();
    let mut narrowed = Vec::new();
    for _ in 0..TEMPLATE_MAX_DEPTH {
        let p = dom.nodes[x as usize].parent;
        if p == u32::MAX || p == dom.body || dom.nodes[p as usize].tag == Tag::None {
            return;
        }
        let peers: Vec<u32> = dom
            .children(p)
            .filter(|&c| c != x && dom.live[c as usize] && shape(c) == shape(x))
            .collect();
        if !peers.is_empty() && class_key(dom, x as usize).is_some() {
            // The element at the best candidate's path in `peer`.
            let cousin_at = |peer: u32| {
                let mut at = peer;
                for &step in path.iter().rev().skip(1) {
                    at = dom
                        .children(at)
                        .find(|&c| dom.live[c as usize] && shape(c) == shape(step))?;
                }
                Some(at)
            };
            for peer in peers {
                let (found, at) = match cousin_at(peer) {
                    Some(at) => (true, at),
                    None => (false, peer),
                };
                let n = &dom.nodes[at as usize];
                if found
                    && n.text >= 50
                    && n.link_density() < 0.25
                    && (teasers || !cards[at as usize])
                    && !roots
                        .iter()
                        .any(|&r| dom.contains(r, at) || dom.contains(at, r))
                {
                    extra.push(at);
                }
            }
            run_cousins(
                dom,
                p,
                x,
                best as u32,
                cousin_at,
                cards,
                teasers,
                roots,
                &mut extra,
                &mut narrowed,
            );
            break;
        }
        x = p;
        path.push(x);
    }
    for (section, module) in narrowed {
        if let Some(r) = roots.iter_mut().find(|r| **r == section) {
            *r = module;
        }
    }
    if !extra.is_empty() {
        roots.extend(extra);
        roots.sort_unstable();
    }
}

/// Whether every element from `outer` down to `inner`'s parent has one
/// live child with text, the next one towards `inner`, and no text of
/// its own beside it: a builder's wrappers (a section, a row, a column)
/// around one module.
fn only_wrappers(dom: &Dom, outer: u32, inner: u32) -> bool {
    let mut x = inner;
    while x != outer {
        let p = dom.nodes[x as usize].parent;
        if p == u32::MAX {
            return false;
        }
        let mut with_text = dom
            .children(p)
            .filter(|&c| dom.live[c as usize] && dom.nodes[c as usize].text > 0);
        if with_text.next() != Some(x) || with_text.next().is_some() {
            return false;
        }
        x = p;
    }
    true
}

/// Rule `body.template-run` (concept: an article cut into a run of
/// builder sections; scope: the sections of [`add_template_cousins`]'s
/// template that follow or precede the best candidate's one without a
/// break). A page builder stamps each part of a post from one template
/// (Divi's `et_pb_section > row > column > et_pb_text`, Avada's
/// `fusion-fullwidth`, SiteOrigin's `panel-grid`): the post's short last
/// sentence, a subheading over a picture, a list of figures get a
/// section of their own, too short or too linked (a "read also" line or
/// the autoblog's credit beside them) for [`add_template_cousins`]'s
/// test. Such a section belongs to the article because of where it
/// stands, not because of its size: among the template's siblings,
/// walking away from the best candidate's section while each sibling is
/// live, bears the section's class attribute (but for generated names:
/// [`same_class_words`]) and holds the element at the best candidate's
/// path with the best candidate's class attribute (the same text
/// module), each one whose module holds prose ([`module_prose`]) joins
/// the body, and so does
/// every section between two that belong (a subheading's or a picture's
/// section inside the post). The walk stops at the first sibling of
/// another kind, at chrome (a pruned sibling with text), and at a module
/// that is mostly teaser cards (unless the page is a page of teasers);
/// sections passed without prose join only when a later one does, those
/// mostly of links without a sentence (an ad network's cards) never. A
/// template named only by layout utilities ([`kind_key`]: `px-3 py-4`)
/// is no builder's: its blocks are not walked.
#[allow(clippy::too_many_arguments)]
fn run_cousins(
    dom: &Dom,
    parent: u32,
    own: u32,
    best: u32,
    cousin_at: impl Fn(u32) -> Option<u32>,
    cards: &[bool],
    teasers: bool,
    roots: &[u32],
    extra: &mut Vec<u32>,
    narrowed: &mut Vec<(u32, u32)>,
) {
    // A template is named for what it is (not only layout utilities), and
    // its sections and their modules bear one class attribute but for
    // generated names (`et_pb_section_2`).
    if kind_key(dom, own as usize).is_none() {
        return;
    }
    let same = |a: u32, b: u32| match (class_attr(dom, a as usize), class_attr(dom, b as usize)) {
        (Some(x), Some(y)) => same_class_words(x, y),
        _ => false,
    };
    let kids: Vec<u32> = dom
        .children(parent)
        .filter(|&c| dom.nodes[c as usize].text > 0)
        .collect();
    let Some(k) = kids.iter().position(|&c| c == own) else {
        return;
    };
    let joined = |at: u32, extra: &[u32]| {
        roots
            .iter()
            .chain(extra.iter())
            .any(|&r| dom.contains(r, at) || dom.contains(at, r))
    };
    let after = kids[k + 1..].to_vec();
    let before = kids[..k].iter().rev().copied().collect::<Vec<_>>();
    // After the chosen section a post may close on a short sentence; before
    // it, a section opens the post only with an opening paragraph's worth
    // ([`SIBLING_P_LONG`], as [`add_opening_module`] asks): a one-line
    // credit of a video or a photo over the post is no opening.
    for (side, opening) in [(after, false), (before, true)] {
        let mut pending = Vec::new();
        for peer in side {
            if trace_enabled() {
                eprintln!(
                    "template-run {peer} live {} same {} cousin {:?}",
                    dom.live[peer as usize],
                    same(peer, own),
                    cousin_at(peer)
                );
            }
            if !dom.live[peer as usize] || !same(peer, own) {
                break;
            }
            let Some(at) = cousin_at(peer).filter(|&at| same(at, best)) else {
                break;
            };
            if joined(at, extra) {
                extra.append(&mut pending);
                // A section taken whole (by [`merge_siblings`]) is read as
                // its module: the module is then a root, its blocks judged
                // one by one, not dropped whole for a "read also" line and
                // a credit beside its prose.
                if roots.contains(&peer) && only_wrappers(dom, peer, at) {
                    narrowed.push((peer, at));
                }
                continue;
            }
            if cards[at as usize] && !teasers {
                break;
            }
            match module_prose(dom, at, cards, teasers, opening) {
                ModuleProse::Prose => {
                    extra.append(&mut pending);
                    extra.push(at);
                }
                ModuleProse::Between => pending.push(at),
                ModuleProse::Links => {}
                ModuleProse::Cards => break,
            }
        }
    }
}

/// What a template section's module holds, for [`run_cousins`].
enum ModuleProse {
    /// The article's prose: a sentence.
    Prose,
    /// No sentence (a subheading, a picture): part of the article only
    /// between two sections that are.
    Between,
    /// No sentence nor figures, and more linked text than unlinked (an
    /// ad network's box of linked cards, a "read also" box): passed
    /// over, neither part of the article nor a break in the run.
    Links,
    /// Mostly teaser cards: other posts' grid, no part of the article.
    Cards,
}

/// Whether module `at` holds prose, read outside teaser cards (unless
/// the page is a page of teasers) and blocks named like boilerplate: a
/// run of text outside links and captions, a paragraph's worth
/// ([`MIN_PARAGRAPH_TEXT`]), with a sentence's end (at its end or before
/// a space: a credit may follow on its line); or, with no more linked
/// text than unlinked, a shorter sentence ("It works.") or a list of
/// figures ([`is_fact_list`]). An `opening` module (before the chosen
/// section) needs an opening paragraph's worth ([`SIBLING_P_LONG`]) and no
/// short sentence will do. A module whose text is mostly teaser cards,
/// without a paragraph's worth of sentence outside them, is
/// [`ModuleProse::Cards`]; one without a sentence or figures whose text
/// is mostly linked, [`ModuleProse::Links`].
fn module_prose(dom: &Dom, at: u32, cards: &[bool], teasers: bool, opening: bool) -> ModuleProse {
    let (mut text, mut linked, mut carded) = (0u32, 0u32, 0u32);
    let (mut long, mut short, mut figures) = (false, false, false);
    let mut walk = dom.live_walk(at as usize, &dom.live);
    while let Some(j) = walk.next() {
        let n = &dom.nodes[j];
        if j != at as usize && (cards[j] && !teasers || n.weight < 0) {
            if cards[j] {
                carded += n.text;
            }
            walk.skip_subtree(j);
            continue;
        }
        if matches!(n.tag, Tag::Ul | Tag::Ol) && is_fact_list(dom, j) {
            figures = true;
        }
        let Some(t) = n.text_str() else { continue };
        text += n.text;
        if n.has(flag::IN_LINK) {
            linked += n.text;
            continue;
        }
        if n.has(flag::IN_CAPTION | flag::IN_HEADING) {
            continue;
        }
        let mut prev = None;
        let mut ends = false;
        for c in t.trim_end().chars() {
            if prev.is_some_and(closes_sentence) && c.is_whitespace() {
                ends = true;
            }
            prev = Some(c);
        }
        ends |= prev.is_some_and(closes_sentence);
        if ends && t.chars().any(char::is_alphabetic) {
            short = true;
            long |= n.text
                >= if opening {
                    SIBLING_P_LONG
                } else {
                    MIN_PARAGRAPH_TEXT
                };
        }
    }
    if trace_enabled() {
        eprintln!("module-prose {at} text {text} linked {linked} carded {carded} long {long} short {short} figures {figures}");
    }
    if carded > text && !long {
        return ModuleProse::Cards;
    }
    if long || !opening && linked <= text - linked && (short || figures) {
        ModuleProse::Prose
    } else if !short && !figures && linked > text - linked {
        ModuleProse::Links
    } else {
        ModuleProse::Between
    }
}

/// See [`add_template_cousins`]: how far above the best candidate a
/// template's root may be.
const TEMPLATE_MAX_DEPTH: usize = 10;

/// The first class name of an element: `story-body` for
/// `class="story-body story-body-2"`.
fn class_key<'a>(dom: &Dom<'a>, i: usize) -> Option<&'a str> {
    dom.nodes[i]
        .elem()
        .and_then(|e| crate::rules::attr(e, "class"))
        .and_then(|c| c.split_ascii_whitespace().next())
}

/// The first class name of an element that names what it is: layout
/// utilities (`col-span-16`, `mt-4`, `md:hidden`) and generated names
/// (`sc-kXWaPq`) are skipped — two columns of a grid are not of one kind.
fn kind_key<'a>(dom: &Dom<'a>, i: usize) -> Option<&'a str> {
    dom.nodes[i]
        .elem()
        .and_then(|e| crate::rules::attr(e, "class"))
        .and_then(|c| {
            c.split_ascii_whitespace().find(|w| {
                let b = w.as_bytes();
                !crate::rules::index::is_utility_word(b)
                    && !b
                        .split(|c| !c.is_ascii_alphanumeric())
                        .any(crate::rules::index::is_hash_like)
            })
        })
}

pub(crate) use crate::rules::index::{class_words, same_class_words};

/// The class attribute of an element, trimmed.
pub(crate) fn class_attr<'a>(dom: &Dom<'a>, i: usize) -> Option<&'a str> {
    dom.nodes[i]
        .elem()
        .and_then(|e| crate::rules::attr(e, "class"))
        .map(str::trim)
}

/// Whether node `i`'s live text ends with a sentence's closing mark (a
/// meta line of author, date and views ends with none).
fn ends_in_sentence(dom: &Dom, i: usize) -> bool {
    dom.last_live_char(i, &dom.live)
        .is_some_and(closes_sentence)
}

/// Whether node `i` holds a sentence of prose: a live run of text outside
/// links and captions, a paragraph's worth ([`MIN_PARAGRAPH_TEXT`]), that
/// ends with a sentence's closing mark. A meta line of author, date and
/// views holds none; a builder section closing the article does, though
/// its own last line may be a credit link, a share bar or the site's
/// signature (which the stripper removes after).
pub(crate) fn holds_sentence(dom: &Dom, i: usize) -> bool {
    let end = dom.nodes[i].end as usize;
    (i..end).any(|j| is_sentence_run(dom, j))
}

/// Whether node `i` holds a live run of text outside links and captions,
/// a paragraph's worth ([`MIN_PARAGRAPH_TEXT`]), whose text passes `test`.
fn any_prose_run(dom: &Dom, i: usize, test: impl Fn(&str) -> bool) -> bool {
    let end = dom.nodes[i].end as usize;
    (i..end).any(|j| is_prose_run(dom, j, &test))
}

/// Whether node `j` is a live run of text outside links and captions, a
/// paragraph's worth ([`MIN_PARAGRAPH_TEXT`]), whose text passes `test`.
fn is_prose_run(dom: &Dom, j: usize, test: impl Fn(&str) -> bool) -> bool {
    let n = &dom.nodes[j];
    dom.live[j]
        && n.text >= MIN_PARAGRAPH_TEXT
        && !n.has(flag::IN_LINK | flag::IN_CAPTION)
        && n.text_str().is_some_and(test)
}

/// Whether node `j` is a run of prose ending a sentence (see
/// [`holds_sentence`]).
pub(crate) fn is_sentence_run(dom: &Dom, j: usize) -> bool {
    is_prose_run(dom, j, |t| {
        t.trim_end()
            .chars()
            .next_back()
            .is_some_and(closes_sentence)
    })
}

/// Whether node `i` holds a sentence's end in prose: a live run of text
/// outside links and captions, a paragraph's worth ([`MIN_PARAGRAPH_TEXT`]),
/// with a sentence's closing mark at its end or before a space (a sentence
/// may go on into a link after it: "... changes. See our <a>guide</a>.").
pub(crate) fn holds_sentence_end(dom: &Dom, i: usize) -> bool {
    any_prose_run(dom, i, |t| {
        let mut prev = None;
        for c in t.trim_end().chars() {
            if prev.is_some_and(closes_sentence) && c.is_whitespace() {
                return true;
            }
            prev = Some(c);
        }
        prev.is_some_and(closes_sentence)
    })
}

/// Whether a node's text contains a sentence end (`.` followed by space or
/// end, or the Urdu full stop or the danda so; the ideographic full stop,
/// which no space follows, anywhere).
fn ends_sentence(dom: &Dom, i: usize) -> bool {
    let end = dom.nodes[i].end as usize;
    let mut prev_dot = false;
    for j in i..end {
        if let Some(t) = dom.nodes[j].text_str() {
            for c in t.chars() {
                if (prev_dot && c.is_whitespace()) || matches!(c, '。' | '｡') {
                    return true;
                }
                prev_dot = matches!(c, '.' | '۔' | '।');
            }
        }
    }
    prev_dot
}

/// Trace: the pruned or dead blocks of a page where nothing scored.
fn trace_no_candidate(dom: &Dom) {
    if !trace_enabled() {
        return;
    }
    for i in 0..dom.len() {
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

/// Trace: the best candidates, the chosen container, large pruned blocks.
fn trace_candidates(dom: &Dom, scores: &Scores, top: usize) {
    if !trace_enabled() {
        return;
    }
    let mut v: Vec<usize> = (0..dom.len()).filter(|&i| scores.scored[i]).collect();
    v.sort_by(|a, b| scores.score[*b].total_cmp(&scores.score[*a]));
    for &i in v.iter().take(8) {
        eprintln!(
            "cand {i} {} score={:.1} text={} ld={:.2}",
            describe(dom, i),
            scores.score[i],
            dom.nodes[i].text,
            dom.nodes[i].link_density()
        );
    }
    eprintln!("top {top} {}", describe(dom, top));
    for i in 0..dom.len() {
        if dom.nodes[i].has(flag::PRUNED) && dom.nodes[i].text > 200 {
            eprintln!("pruned {i} {} text={}", describe(dom, i), dom.nodes[i].text);
        }
    }
}

/// Trace: the body's roots.
fn trace_roots(dom: &Dom, scores: &Scores, roots: &[u32]) {
    if !trace_enabled() {
        return;
    }
    for &r in roots {
        eprintln!(
            "root {r} {} score={:.1}",
            describe(dom, r as usize),
            scores.score[r as usize]
        );
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence of prose with two commas, 120-odd bytes.
    const PROSE: &str = "The council voted on Tuesday to reopen the harbour bridge, \
                         closed since the winter floods, after engineers found the piers sound.";

    fn ps(n: usize) -> String {
        format!("<p>{PROSE}</p>").repeat(n)
    }

    /// Runs `f` on the index of `html` (strict pass).
    fn with_dom<R>(html: &str, f: impl FnOnce(&Dom) -> R) -> R {
        let doc = scraper::Html::parse_document(html);
        let dom = match Dom::build(&doc, 10_000, false, &[]) {
            Ok(d) => d,
            Err(e) => panic!("index: {e}"),
        };
        f(&dom)
    }

    /// The node whose `id` attribute is `id`.
    fn id(dom: &Dom, id: &str) -> usize {
        (0..dom.len())
            .find(|&i| {
                dom.nodes[i]
                    .elem()
                    .and_then(|e| crate::rules::attr(e, "id"))
                    .is_some_and(|v| v == id)
            })
            .unwrap_or_else(|| panic!("no element with id {id}"))
    }

    /// The page's prose, no node in a teaser card.
    fn all_prose(dom: &Dom) -> Vec<u32> {
        prose_mass(dom, |_, _| true)
    }

    /// Hand-set scores: `set` lists (id, score) pairs; the rest unscored.
    fn scores_of(dom: &Dom, set: &[(&str, f32)]) -> Scores {
        let mut s = Scores {
            score: vec![0.0; dom.len()],
            scored: vec![false; dom.len()],
        };
        for &(name, v) in set {
            let i = id(dom, name);
            s.score[i] = v;
            s.scored[i] = true;
        }
        s
    }

    #[test]
    fn content_score_counts_commas_and_length_up_to_a_cap() {
        assert_eq!(content_score(MIN_PARAGRAPH_TEXT, 0), 1.0);
        assert_eq!(content_score(250, 2), 1.0 + 2.0 + 2.0);
        assert_eq!(content_score(5000, 0), 1.0 + CONTENT_MAX_LENGTH_POINTS);
    }

    #[test]
    fn farther_ancestors_get_less() {
        let d: Vec<f32> = (0..CREDIT_LEVELS).map(level_divider).collect();
        assert_eq!(d, vec![1.0, 2.0, 6.0, 9.0, 12.0]);
    }

    #[test]
    fn paragraphs_credit_their_parent_loose_text_its_holder() {
        let html = format!(
            "<body><div id=box><p id=p>{PROSE}</p><p id=short>Too short.</p></div>\
             <div id=loose>{PROSE}<br>{PROSE}<figure><img src=a.jpg></figure></div>\
             <div id=links><a href=/a>{PROSE}</a><br><a href=/b>{PROSE}</a><div>x</div></div>\
             <figure><figcaption><p id=cap>{PROSE}</p></figcaption></figure></body>"
        );
        with_dom(&html, |dom| {
            let (content, first) = paragraph_credit(dom, id(dom, "p")).expect("a paragraph");
            assert_eq!(first as usize, id(dom, "box"));
            assert_eq!(content, content_score(dom.nodes[id(dom, "p")].text, 2));
            assert!(paragraph_credit(dom, id(dom, "short")).is_none());
            let loose = id(dom, "loose");
            assert_eq!(
                paragraph_credit(dom, loose).map(|c| c.1 as usize),
                Some(loose)
            );
            assert!(paragraph_credit(dom, id(dom, "links")).is_none());
            assert!(paragraph_credit(dom, id(dom, "cap")).is_none());
            // A container of paragraphs is no paragraph itself.
            assert!(paragraph_credit(dom, id(dom, "box")).is_none());
        });
    }

    #[test]
    fn scores_flow_up_with_the_tag_base_and_are_cut_by_links() {
        let html = format!(
            "<body><div id=outer><div id=inner>{}</div></div>\
             <div id=linky><p>{PROSE}</p><p><a href=/x>{PROSE}</a></p></div></body>",
            ps(2)
        );
        with_dom(&html, |dom| {
            let s = score_candidates(dom);
            let p = content_score(dom.nodes[id(dom, "inner")].text / 2, 2);
            let inner = id(dom, "inner");
            assert_eq!(s.score[inner], tag_base(Tag::Div) + 2.0 * p);
            assert_eq!(s.score[id(dom, "outer")], tag_base(Tag::Div) + p);
            let linky = id(dom, "linky");
            let raw = tag_base(Tag::Div) + 2.0 * p;
            let cut = raw * (1.0 - dom.nodes[linky].link_density());
            assert!(
                (s.score[linky] - cut).abs() < 1e-4,
                "{} vs {cut}",
                s.score[linky]
            );
            assert!(s.score[linky] < s.score[inner]);
            assert_eq!(
                best_candidate(
                    dom,
                    &s,
                    &under_boilerplate(dom, &all_prose(dom), &all_prose(dom))
                ),
                Some(inner)
            );
        });
    }

    #[test]
    fn a_page_without_paragraphs_has_no_candidate() {
        with_dom("<body><div>Home</div><div>About</div></body>", |dom| {
            assert_eq!(
                best_candidate(
                    dom,
                    &score_candidates(dom),
                    &under_boilerplate(dom, &all_prose(dom), &all_prose(dom))
                ),
                None
            );
        });
    }

    #[test]
    fn a_candidate_under_a_boilerplate_named_block_ranks_lower() {
        let html = "<body><div class=site-banner><div id=media>x</div></div>\
                    <div id=story>y</div><div id=other>z</div></body>";
        with_dom(html, |dom| {
            let under = under_boilerplate(dom, &all_prose(dom), &all_prose(dom));
            assert!(under[id(dom, "media")] && !under[id(dom, "story")]);
            let s = scores_of(dom, &[("media", 30.0), ("story", 20.0), ("other", 10.0)]);
            assert_eq!(best_candidate(dom, &s, &under), Some(id(dom, "story")));
            let s = scores_of(dom, &[("media", 50.0), ("story", 20.0)]);
            assert_eq!(best_candidate(dom, &s, &under), Some(id(dom, "media")));
        });
        // A one-line candidate ranks at half its score.
        let html =
            format!("<body><div id=line>Updated today</div><div id=story>{PROSE}</div></body>");
        with_dom(&html, |dom| {
            let s = scores_of(dom, &[("line", 30.0), ("story", 20.0)]);
            assert_eq!(
                best_candidate(
                    dom,
                    &s,
                    &under_boilerplate(dom, &all_prose(dom), &all_prose(dom))
                ),
                Some(id(dom, "story"))
            );
        });
    }

    #[test]
    fn many_near_best_peers_lift_to_their_common_ancestor() {
        let html = "<body><div id=page><div id=col>\
                    <div id=s1>a</div><div id=s2>b</div><div id=s3>c</div><div id=s4>d</div>\
                    </div><div id=rail>e</div></div></body>";
        with_dom(html, |dom| {
            let cards = vec![false; dom.len()];
            let s = scores_of(
                dom,
                &[("s1", 20.0), ("s2", 18.0), ("s3", 16.0), ("s4", 15.0)],
            );
            assert_eq!(
                lift_over_split_peers(dom, &s, id(dom, "s1"), &cards),
                id(dom, "col")
            );
            // Two peers are not a split body.
            let s = scores_of(
                dom,
                &[("s1", 20.0), ("s2", 18.0), ("s3", 16.0), ("s4", 5.0)],
            );
            assert_eq!(
                lift_over_split_peers(dom, &s, id(dom, "s1"), &cards),
                id(dom, "s1")
            );
            // Teaser cards are no peers of a best candidate that is no card.
            let s = scores_of(
                dom,
                &[("s1", 20.0), ("s2", 18.0), ("s3", 16.0), ("s4", 15.0)],
            );
            let mut cards = vec![false; dom.len()];
            cards[id(dom, "s4")] = true;
            assert_eq!(
                lift_over_split_peers(dom, &s, id(dom, "s1"), &cards),
                id(dom, "s1")
            );
        });
    }

    #[test]
    fn the_climb_takes_a_better_parent_and_stops_at_a_weak_one() {
        let html = "<body><div id=a><div id=b><div id=c><div id=d>x</div></div></div></div></body>";
        with_dom(html, |dom| {
            // `c` is unscored and passed; `b` beats `d`.
            let s = scores_of(dom, &[("d", 30.0), ("b", 31.0), ("a", 40.0)]);
            assert_eq!(climb_to_better_parent(dom, &s, id(dom, "d")), id(dom, "b"));
            // A slightly weaker parent is passed, a better one above taken.
            let s = scores_of(dom, &[("d", 30.0), ("c", 20.0), ("b", 25.0)]);
            assert_eq!(climb_to_better_parent(dom, &s, id(dom, "d")), id(dom, "b"));
            // A parent below a third of the start ends the walk.
            let s = scores_of(dom, &[("d", 30.0), ("c", 9.0), ("b", 50.0)]);
            assert_eq!(climb_to_better_parent(dom, &s, id(dom, "d")), id(dom, "d"));
        });
    }

    #[test]
    fn a_fuller_well_scoring_ancestor_is_adopted() {
        let html = format!(
            "<body><div id=outer><div id=mid><div id=top>{}</div>{}</div>\
             <nav><a href=/1>{PROSE}</a><a href=/2>{PROSE}</a><a href=/3>{PROSE}</a></nav></div></body>",
            ps(2),
            ps(2)
        );
        with_dom(&html, |dom| {
            // `mid` has twice the text and scores well: adopted; `outer`
            // is mostly links.
            let s = scores_of(dom, &[("top", 20.0), ("mid", 15.0), ("outer", 19.0)]);
            let top = id(dom, "top");
            let cards = teaser_cards(dom, None);
            assert_eq!(
                adopt_fuller_ancestor(dom, &s, top, top, &cards),
                id(dom, "mid")
            );
            // Against the best container, `mid` scores too little.
            let s = scores_of(dom, &[("top", 20.0), ("mid", 13.0)]);
            assert_eq!(adopt_fuller_ancestor(dom, &s, top, top, &cards), top);
        });
    }

    #[test]
    fn an_ancestor_fuller_only_by_teaser_cards_is_not_adopted() {
        // A short story beside a grid of other posts' cards (a linked
        // title and an excerpt each): the column holding both has three
        // times the story's text, all of it other posts'.
        let card = |n: usize| {
            format!(
                "<div class=card><h3><a href=/post-{n}>Another story number {n} on this site</a></h3>\
                 <p>{PROSE}</p></div>"
            )
        };
        let html = format!(
            "<body><div id=col><div id=grid>{}{}{}{}</div><div id=top>{}</div></div></body>",
            card(1),
            card(2),
            card(3),
            card(4),
            ps(2)
        );
        with_dom(&html, |dom| {
            let s = scores_of(dom, &[("top", 20.0), ("col", 18.0)]);
            let top = id(dom, "top");
            let cards = teaser_cards(dom, None);
            assert!(cards[id(dom, "grid")] || cards[id(dom, "grid") + 1]);
            assert_eq!(adopt_fuller_ancestor(dom, &s, top, top, &cards), top);
            // The same column with a second part of the story instead of
            // the cards is fuller.
            let html = format!(
                "<body><div id=col><div id=more>{}</div><div id=top>{}</div></div></body>",
                ps(4),
                ps(2)
            );
            with_dom(&html, |dom| {
                let s = scores_of(dom, &[("top", 20.0), ("col", 18.0)]);
                let top = id(dom, "top");
                let cards = teaser_cards(dom, None);
                assert_eq!(
                    adopt_fuller_ancestor(dom, &s, top, top, &cards),
                    id(dom, "col")
                );
            });
        });
    }

    #[test]
    fn an_only_child_stands_for_its_parent() {
        let html = "<body><div id=a><div id=b><div id=c>x</div></div><p>y</p></div></body>";
        with_dom(html, |dom| {
            assert_eq!(only_child_to_parent(dom, id(dom, "c")), id(dom, "b"));
            assert_eq!(only_child_to_parent(dom, id(dom, "b")), id(dom, "b"));
        });
    }

    #[test]
    fn prose_siblings_join_link_lists_do_not() {
        let html = format!(
            "<body><div id=wrap><p id=lead>{PROSE}</p><div id=top>{}</div>\
             <p id=end>The end.</p><p id=label>Share this</p>\
             <p id=more><a href=/x>{PROSE}</a></p>\
             <div id=other>{}</div></div></body>",
            ps(4),
            ps(1)
        );
        with_dom(&html, |dom| {
            let s = score_candidates(dom);
            let roots = merge_siblings(
                dom,
                &Options::default(),
                &s,
                id(dom, "top"),
                &vec![false; dom.len()],
            );
            let want: Vec<u32> = ["lead", "top", "end"]
                .iter()
                .map(|n| id(dom, n) as u32)
                .collect();
            assert_eq!(roots, want);
            // With Focus::Recall, a sizeable low-link block joins too.
            let recall = Options {
                focus: Focus::Recall,
                ..Options::default()
            };
            let roots = merge_siblings(dom, &recall, &s, id(dom, "top"), &vec![false; dom.len()]);
            assert!(roots.contains(&(id(dom, "other") as u32)));
        });
    }

    #[test]
    fn a_builder_section_beside_the_article_is_judged_by_its_module() {
        // Each text module sits in a section, a row and a column; the
        // second section holds the closing sentence: the module's score
        // reaches its section only in part.
        let section = |n: &str, inner: &str| {
            format!(
                "<div id={n} class='sec sec-{n}'><div class=row><div class=col>\
                 <div class='module module-text'><div class=text-inner>{inner}</div></div></div></div></div>"
            )
        };
        let html = format!(
            "<body><div id=page>{}{}{}</div><div class=side><p>{PROSE}</p></div></body>",
            section("s0", &ps(5)),
            section(
                "s1",
                "<p>The next crossing is on the first Saturday of May.</p>"
            ),
            section("s2", "<p>By the desk, 4 May 2024, 3 min read</p>"),
        );
        with_dom(&html, |dom| {
            let body = find_body(dom, &Options::default(), &Metadata::default());
            let roots: Vec<u32> = ["s0", "s1"].iter().map(|n| id(dom, n) as u32).collect();
            assert_eq!(body.roots, roots);
        });
    }

    #[test]
    fn a_sibling_sharing_only_a_layout_class_is_not_of_the_containers_kind() {
        // Two columns of a utility-class grid: the band beside the
        // article's column wraps a well-scored module that ends in a
        // sentence, but `col-span-12` says where it sits, not what it is.
        // With a class that names a kind, the same band is a module of
        // the article.
        for (top_class, band_class, belongs) in [
            (
                "col-span-12 md:col-span-9",
                "col-span-12 detail-section",
                false,
            ),
            (
                "story-part md:col-span-9",
                "story-part detail-section",
                true,
            ),
        ] {
            let html = format!(
                "<body><div id=grid><div id=top class='{top_class}'><p>x.</p></div>\
                 <div id=band class='{band_class}'><div><div id=module>\
                 <p>Book a demo and start today!</p></div></div></div></div></body>"
            );
            with_dom(&html, |dom| {
                let s = scores_of(dom, &[("top", 100.0), ("module", 60.0)]);
                let top = id(dom, "top");
                assert_eq!(
                    sibling_belongs(dom, &Options::default(), &s, top, "", id(dom, "band")),
                    belongs,
                    "{band_class}"
                );
            });
        }
    }

    #[test]
    fn a_sibling_with_the_containers_class_gets_a_bonus() {
        let html = "<body><div id=wrap><div id=top class='part one'>x</div>\
                    <div id=same class='part'>y</div><div id=diff class='box'>z</div></div></body>";
        with_dom(html, |dom| {
            let s = scores_of(dom, &[("top", 100.0), ("same", 12.0), ("diff", 12.0)]);
            let top = id(dom, "top");
            assert!(!sibling_belongs(
                dom,
                &Options::default(),
                &s,
                top,
                "",
                id(dom, "same")
            ));
            assert!(sibling_belongs(
                dom,
                &Options::default(),
                &s,
                top,
                "part",
                id(dom, "same")
            ));
            assert!(!sibling_belongs(
                dom,
                &Options::default(),
                &s,
                top,
                "part",
                id(dom, "diff")
            ));
        });
    }

    #[test]
    fn the_whole_search_finds_the_story_not_the_rail() {
        let html = format!(
            "<body><header><a href=/>Home</a></header><div id=page>\
             <div id=story><h1>Bridge</h1><div id=text>{}</div></div>\
             <div id=rail><ul><li><a href=/a>Other story</a></li></ul></div></div></body>",
            ps(6)
        );
        with_dom(&html, |dom| {
            let body = find_body(dom, &Options::default(), &Metadata::default());
            // The heading beside the text is the title's business.
            assert_eq!(body.roots, vec![id(dom, "text") as u32]);
            assert!(body.scores[id(dom, "text")] > 0.0);
        });
        with_dom("<body><div>Home</div></body>", |dom| {
            let body = find_body(dom, &Options::default(), &Metadata::default());
            assert_eq!(body.roots, vec![dom.body]);
        });
    }

    #[test]
    fn teaser_cards_are_small_blocks_with_a_heading_linking_away() {
        let html = format!(
            "<body><div id=card><h3><a href=/other>Another story</a></h3><p id=ex>{PROSE}</p></div>\
             <div id=sec><h3><a href=#part2>Part two</a></h3><p>{PROSE}</p></div>\
             <ul><li id=li><a href=/x>Related</a> {PROSE}</li></ul></body>"
        );
        with_dom(&html, |dom| {
            let cards = teaser_cards(dom, None);
            assert!(cards[id(dom, "card")] && cards[id(dom, "ex")]);
            assert!(!cards[id(dom, "sec")]);
            assert!(cards[id(dom, "li")]);
        });
    }

    #[test]
    fn a_body_split_into_sections_widens_to_their_ancestor() {
        let section = |n: &str| format!("<div><div id={n}><h2>Part</h2>{}</div></div>", ps(2));
        let html = format!(
            "<body><div id=article>{}{}{}</div><div id=foot>{}</div></body>",
            section("s1"),
            section("s2"),
            section("s3"),
            "<p>Footer line with no prose.</p>"
        );
        with_dom(&html, |dom| {
            let s = score_candidates(dom);
            let s1 = id(dom, "s1");
            let cards = vec![false; dom.len()];
            let best = s.score[s1];
            assert_eq!(
                widen_to_prose(dom, s1, &s.score, best, &cards),
                id(dom, "article")
            );
        });
    }

    #[test]
    fn paragraphs_are_counted_whatever_their_tag_but_not_names_and_prices() {
        let html = format!(
            "<body><div id=set><div><img src=a.jpg></div><div>{PROSE}</div>\
             <div><img src=b.jpg></div><p>{PROSE}</p></div>\
             <div id=grid><div><img src=c.jpg></div><div>Oak planter, forty litres</div><div>$92</div></div></body>"
        );
        with_dom(&html, |dom| {
            let count = paragraph_count(dom);
            assert_eq!(count[id(dom, "set")], 2);
            assert_eq!(count[id(dom, "grid")], 0);
        });
    }

    #[test]
    fn class_words_are_compared_without_generated_names() {
        let a = "wp-block-kit uagb-block-1b080 alignfull kit-root";
        assert!(same_class_words(
            a,
            "wp-block-kit uagb-block-1b081 alignfull kit-root"
        ));
        assert!(same_class_words(
            "brz-css-791810 brz-wrapper",
            "brz-css-791811 brz-wrapper"
        ));
        assert!(!same_class_words(
            a,
            "wp-block-kit uagb-block-1b081 alignwide kit-root"
        ));
        // Nothing but generated names: only the same attribute matches.
        assert!(!same_class_words("sc-1b080", "sc-1b081"));
        assert!(same_class_words("sc-1b080", "sc-1b080"));
    }

    #[test]
    fn cousins_with_the_containers_class_join() {
        let html = format!(
            "<body><div id=region><div><div id=top class='body-part a'>{}</div></div>\
             <aside><a href=/x>Buy</a></aside>\
             <div><div id=cousin class='body-part b'>{}</div></div>\
             <div><div id=stranger class='box'>{}</div></div></div></body>",
            ps(3),
            ps(1),
            ps(1)
        );
        with_dom(&html, |dom| {
            let top = id(dom, "top");
            let mut roots = vec![top as u32];
            let cards = teaser_cards(dom, None);
            add_cousins(dom, &dom.live, top, top, &cards, false, &mut roots);
            assert_eq!(roots, vec![top as u32, id(dom, "cousin") as u32]);
        });
    }

    #[test]
    fn a_cousin_of_teaser_cards_does_not_join() {
        // A builder gives its post grid the text module's first class.
        let card = |n: usize| {
            format!(
                "<div><h3><a href=/p{n}>Another story number {n} here</a></h3><p>{PROSE}</p></div>"
            )
        };
        let html = format!(
            "<body><div id=region><div><div id=top class='widget text'>{}</div></div>\
             <div><div id=grid class='widget posts'>{}{}{}</div></div></div></body>",
            ps(3),
            card(1),
            card(2),
            card(3)
        );
        with_dom(&html, |dom| {
            let top = id(dom, "top");
            let mut roots = vec![top as u32];
            let cards = teaser_cards(dom, None);
            add_cousins(dom, &dom.live, top, top, &cards, false, &mut roots);
            assert_eq!(roots, vec![top as u32]);
        });
    }
}
