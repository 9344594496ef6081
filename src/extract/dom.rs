//! A flat, pre-order index over scraper's tree with per-node statistics
//! computed once, so every later stage is linear in the page size.
//!
//! Node `i`'s subtree is the index range `i..end[i]`: descendant tests and
//! subtree scans are range checks, and bottom-up sums are one reverse loop.

use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::Node;

use crate::error::Error;
use crate::rules;
// Moved to the leaf module `tag` (the rules read it too).
pub(crate) use crate::tag::Tag;

/// Per-node flags.
pub(crate) mod flag {
    /// Not displayed (hidden attribute, display:none, aria-hidden).
    pub(crate) const HIDDEN: u16 = 1;
    /// Class/id/role/tag says boilerplate (nav, share, related, ...).
    pub(crate) const BOILER: u16 = 1 << 1;
    /// Class/id says content (article-body, entry-content, ...).
    pub(crate) const POSITIVE: u16 = 1 << 2;
    /// Inside an `<a>`.
    pub(crate) const IN_LINK: u16 = 1 << 3;
    /// Inside a hidden or void subtree: contributes nothing.
    pub(crate) const DEAD: u16 = 1 << 4;
    /// Has a block-level element child (a "div used as a paragraph" has none).
    pub(crate) const HAS_BLOCK_CHILD: u16 = 1 << 5;
    /// Inside `<pre>`: whitespace is significant.
    pub(crate) const IN_PRE: u16 = 1 << 6;
    /// Class/id says "weak boilerplate" (header, meta, byline): removed
    /// inside the body only when the block is short.
    pub(crate) const WEAK_BOILER: u16 = 1 << 7;
    /// Removed before scoring (boilerplate container, control, small form);
    /// its statistics are not added to its ancestors.
    pub(crate) const PRUNED: u16 = 1 << 8;
    /// Widget vocabulary (share, ad, cookie...): boilerplate when small.
    pub(crate) const WIDGET: u16 = 1 << 9;
    /// Inside a `<figcaption>`: text of a caption, not of the article.
    pub(crate) const IN_CAPTION: u16 = 1 << 10;
    /// Inside a heading: its parts are the heading, whatever their class.
    pub(crate) const IN_HEADING: u16 = 1 << 11;
    /// An inline element with widget vocabulary (an ad network's label
    /// span): pruned only when it stands apart from the text flow (see
    /// [`super::inline_widget_apart`]), in the relaxed pass too (a label
    /// is no misnamed wrapper of the article).
    pub(crate) const INLINE_WIDGET: u16 = 1 << 12;
    /// A custom element (tag unknown to HTML) with widget vocabulary in the
    /// relaxed pass: pruned only when it is a single line, no block child
    /// and a line's worth of text (a chat launcher's `<jdiv>`), which no
    /// misnamed wrapper of the article is.
    pub(crate) const RELAXED_WIDGET: u16 = 1 << 13;
    /// A block named as a widget in the relaxed pass, where the name
    /// prunes nothing: the body's cleaning still judges it as a box set
    /// in the article (see `assemble`'s `own_widget_box`).
    pub(crate) const RELAXED_NAMED: u16 = 1 << 14;
}

/// One node of the index.
#[derive(Clone)]
pub(crate) struct N<'a> {
    pub(crate) node: NodeRef<'a, Node>,
    pub(crate) tag: Tag,
    pub(crate) parent: u32,
    /// One past the last descendant.
    pub(crate) end: u32,
    pub(crate) flags: u16,
    /// Class/id weight: positive for content hints, negative for boilerplate.
    pub(crate) weight: i16,
    /// Non-whitespace text bytes in the live subtree.
    pub(crate) text: u32,
    /// Of which inside links.
    pub(crate) link_text: u32,
    /// Commas (`,` `、` `，`) in the live subtree.
    pub(crate) commas: u32,
    /// `<p>` elements in the live subtree.
    pub(crate) paras: u32,
    /// Text of the largest content-hinted (`POSITIVE`, not `BOILER`)
    /// descendant: a boilerplate-named wrapper around it is not pruned.
    pub(crate) pos_text: u32,
    /// Of `text`, the bytes inside `<pre>` (code listings).
    pub(crate) pre_text: u32,
    /// Images, list items, and heading text bytes in the live subtree.
    pub(crate) imgs: u32,
    pub(crate) lis: u32,
    pub(crate) heading_text: u32,
}

impl<'a> N<'a> {
    /// The subtree statistics the prune decision reads.
    pub(crate) fn stats(&self) -> Subtree {
        Subtree {
            text: self.text,
            link_text: self.link_text,
            paras: self.paras,
            pos_text: self.pos_text,
            pre_text: self.pre_text,
        }
    }
    pub(crate) fn elem(&self) -> Option<&'a Element> {
        self.node.value().as_element()
    }
    pub(crate) fn text_str(&self) -> Option<&'a str> {
        self.node.value().as_text().map(|t| &**t)
    }
    pub(crate) fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }
    /// The node's text in links: all of it when the node is a link.
    pub(crate) fn linked_text(&self) -> u32 {
        if self.tag == Tag::A {
            self.text
        } else {
            self.link_text
        }
    }
    pub(crate) fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            self.link_text as f32 / self.text as f32
        }
    }
}

/// The index.
pub(crate) struct Dom<'a> {
    pub(crate) nodes: Vec<N<'a>>,
    /// Whether each node is live: neither dead nor pruned, nor inside such
    /// a node.
    pub(crate) live: Vec<bool>,
    /// Index of `<body>` (or the root when there is none).
    pub(crate) body: u32,
}

impl<'a> crate::syndication::NodeIndex<'a> for Dom<'a> {
    fn count(&self) -> usize {
        self.nodes.len()
    }
    fn node(&self, i: usize) -> NodeRef<'a, Node> {
        self.nodes[i].node
    }
    fn parent(&self, i: usize) -> usize {
        self.nodes[i].parent as usize
    }
    fn end(&self, i: usize) -> usize {
        self.nodes[i].end as usize
    }
}

impl<'a> Dom<'a> {
    /// Indexes `doc` in one iterative walk: each node gets its index, tag
    /// and flags when the walk enters it ([`Indexer::open`]); when the walk
    /// leaves it, its subtree is complete, so its statistics are final, the
    /// prune decision is taken on them and they are added to its parent
    /// ([`Indexer::close`]). Liveness follows in one forward pass
    /// ([`liveness`]).
    ///
    /// With `relaxed`, class/id vocabularies do not prune anything (the
    /// fallback pass for pages whose article sits in a badly named container).
    /// `tokens` holds each element's class/id token bits in document order
    /// when an earlier walk computed them (see `syndication::collect`); the
    /// elements it does not cover are tokenised here.
    pub(crate) fn build(
        doc: &'a scraper::Html,
        max_elements: usize,
        relaxed: bool,
        tokens: &[u16],
    ) -> Result<Self, Error> {
        let mut indexer = Indexer {
            // The tree's arena size bounds the node count: no regrowth.
            nodes: Vec::with_capacity(doc.tree.values().len()),
            open: Vec::new(),
            elements: 0,
            body: 0,
            max_elements,
            relaxed,
            tokens,
        };
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => indexer.open(node)?,
                Edge::Close(_) => indexer.close(),
            }
        }
        // The earlier walk saw the same elements in the same order.
        debug_assert!(tokens.is_empty() || tokens.len() == indexer.elements);
        let live = liveness(&indexer.nodes);
        Ok(Dom {
            nodes: indexer.nodes,
            live,
            body: indexer.body,
        })
    }

    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether `anc` is `node` or one of its ancestors.
    pub(crate) fn contains(&self, anc: u32, node: u32) -> bool {
        anc <= node && node < self.nodes[anc as usize].end
    }

    /// The last visible character of node `i`'s subtree, among the nodes
    /// `live` keeps (the DOM's own liveness, or a later stage's).
    pub(crate) fn last_live_char(&self, i: usize, live: &[bool]) -> Option<char> {
        let end = self.nodes[i].end as usize;
        (i..end)
            .rev()
            .filter(|&j| live[j])
            .find_map(|j| self.nodes[j].text_str()?.trim_end().chars().next_back())
    }

    /// The live nodes of `i`'s subtree in document order, `i` first: a
    /// node `live` marks as not live is passed over with its whole
    /// subtree ([`LiveWalk`]). `live` is the DOM's own liveness or a later
    /// stage's.
    pub(crate) fn live_walk<'d>(&'d self, i: usize, live: &'d [bool]) -> LiveWalk<'d, 'a> {
        LiveWalk {
            dom: self,
            live,
            next: i,
            end: self.nodes[i].end as usize,
        }
    }

    /// [`live_walk`](Self::live_walk) of `i`'s descendants, `i` left out.
    pub(crate) fn live_descendants<'d>(&'d self, i: usize, live: &'d [bool]) -> LiveWalk<'d, 'a> {
        LiveWalk {
            next: i + 1,
            ..self.live_walk(i, live)
        }
    }

    /// The live text of `i`'s subtree, a space for each block element,
    /// cleaned ([`crate::text::clean`]): words single-spaced.
    pub(crate) fn live_text(&self, i: usize, live: &[bool]) -> String {
        let mut out = String::new();
        for j in self.live_walk(i, live) {
            let n = &self.nodes[j];
            if let Some(t) = n.text_str() {
                out.push_str(t);
            } else if n.tag.is_block() {
                out.push(' ');
            }
        }
        crate::text::clean(&out)
    }

    /// Children indices of `i`, in document order.
    pub(crate) fn children(&self, i: u32) -> Children<'_, 'a> {
        Children {
            dom: self,
            next: i + 1,
            end: self.nodes[i as usize].end,
        }
    }
}

/// Iterator over a node's children.
pub(crate) struct Children<'d, 'a> {
    dom: &'d Dom<'a>,
    next: u32,
    end: u32,
}

impl Iterator for Children<'_, '_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.next >= self.end {
            return None;
        }
        let i = self.next;
        self.next = self.dom.nodes[i as usize].end;
        Some(i)
    }
}

/// A pre-order walk over the live nodes of a subtree
/// ([`Dom::live_walk`]). A node that is not live is passed over with its
/// subtree; the caller passes over the subtree of a node it has handled
/// whole with [`skip_subtree`](Self::skip_subtree).
pub(crate) struct LiveWalk<'d, 'a> {
    dom: &'d Dom<'a>,
    live: &'d [bool],
    next: usize,
    end: usize,
}

impl LiveWalk<'_, '_> {
    /// Passes over the descendants of `j`, the node the walk last gave.
    pub(crate) fn skip_subtree(&mut self, j: usize) {
        self.next = self.dom.nodes[j].end as usize;
    }
}

impl Iterator for LiveWalk<'_, '_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        while self.next < self.end {
            let j = self.next;
            if self.live[j] {
                self.next = j + 1;
                return Some(j);
            }
            self.next = self.dom.nodes[j].end as usize;
        }
        None
    }
}

/// Flags a node passes to its descendants.
const INHERITED: u16 =
    flag::DEAD | flag::IN_LINK | flag::IN_PRE | flag::IN_CAPTION | flag::IN_HEADING;

/// The state of [`Dom::build`]'s walk.
struct Indexer<'a, 't> {
    nodes: Vec<N<'a>>,
    /// Indices of the nodes the walk is inside, root first.
    open: Vec<u32>,
    /// Elements seen so far.
    elements: usize,
    /// Index of the first `<body>` (0 until one is seen).
    body: u32,
    max_elements: usize,
    relaxed: bool,
    tokens: &'t [u16],
}

impl<'a> Indexer<'a, '_> {
    /// The walk enters `node`: it gets the next index, its tag, its own
    /// flags and those its ancestors pass down; its statistics start at 0.
    fn open(&mut self, node: NodeRef<'a, Node>) -> Result<(), Error> {
        let idx = self.nodes.len() as u32;
        let parent = self.open.last().copied().unwrap_or(u32::MAX);
        let inherited = match self.nodes.get(parent as usize) {
            Some(p) => p.flags & INHERITED,
            None => 0,
        };
        let (tag, own, weight) = self.kind(node, idx)?;
        self.nodes.push(N {
            node,
            tag,
            parent,
            end: 0,
            flags: inherited | own,
            weight,
            text: 0,
            link_text: 0,
            commas: 0,
            paras: 0,
            pos_text: 0,
            pre_text: 0,
            imgs: 0,
            lis: 0,
            heading_text: 0,
        });
        self.open.push(idx);
        Ok(())
    }

    /// A node's tag, own flags and class weight; counts elements against
    /// the limit and notes the first `<body>`.
    fn kind(&mut self, node: NodeRef<'a, Node>, idx: u32) -> Result<(Tag, u16, i16), Error> {
        Ok(match node.value() {
            Node::Text(_) => (Tag::Text, 0, 0),
            Node::Element(el) => {
                self.elements += 1;
                if self.elements > self.max_elements {
                    return Err(Error::TooManyElements {
                        count: self.elements,
                        limit: self.max_elements,
                    });
                }
                let tag = Tag::of_local(&el.name.local);
                if tag == Tag::Body && self.body == 0 {
                    self.body = idx;
                }
                let known = self.tokens.get(self.elements - 1).copied();
                let (flags, weight) = element_flags(el, tag, known, self.relaxed);
                (tag, flags, weight)
            }
            Node::Document | Node::Fragment => (Tag::None, 0, 0),
            // Comments, doctypes, processing instructions.
            _ => (Tag::None, flag::DEAD, 0),
        })
    }

    /// The walk leaves the innermost open node: its subtree is complete.
    /// Its own text is counted, the prune decision is taken on its live
    /// subtree, and unless it is dead or pruned its statistics are added
    /// to its parent's.
    fn close(&mut self) {
        let Some(i) = self.open.pop() else {
            return;
        };
        let end = self.nodes.len() as u32;
        // The parent comes before the node: both borrowed at once.
        let (before, from) = self.nodes.split_at_mut(i as usize);
        let Some(me) = from.first_mut() else {
            return;
        };
        me.end = end;
        count_own_text(me);
        me.paras += u32::from(me.tag == Tag::P && me.text > 0);
        // A box named for the controls it holds beside a code listing
        // (Prism's `code-toolbar` around the `<pre>` and its copy button)
        // is the listing's wrapper, its name no verdict on it: the
        // controls' own element still goes by its name.
        const NAMED: u16 = flag::BOILER | flag::WIDGET | flag::WEAK_BOILER;
        if me.flags & NAMED != 0 && me.stats().wraps_code() {
            me.flags &= !NAMED;
            me.weight = me.weight.max(0);
        }
        let pruned = is_pruned(me)
            || (me.has(flag::INLINE_WIDGET) && inline_widget_apart(before, i as usize, me))
            || (me.tag == Tag::Label && !me.has(flag::DEAD) && in_form(before, &self.open));
        if pruned {
            me.flags |= flag::PRUNED;
        }
        if me.has(flag::DEAD) || pruned {
            return;
        }
        if let Some(parent) = before.get_mut(me.parent as usize) {
            add_to_parent(me, parent);
        }
    }
}

/// Whether an inline element named as a widget (`<span class="ezoic-ad-label">`,
/// `<span class="share-label">`) is a label of its own rather than words of
/// a sentence: it holds only a short plain text (no link, image or list),
/// sits directly in a block, and starts a line there (nothing but
/// whitespace before it in its parent, or a block element or `<br>` right
/// before it). Class pruning skips inline elements because they are part
/// of the text flow; one that starts a line and holds nothing but a short
/// label is not. `before` holds the nodes before `i` (its parent among
/// them), `me` node `i` with its final statistics.
fn inline_widget_apart(before: &[N], i: usize, me: &N) -> bool {
    use rules::tuning::INLINE_WIDGET_MAX_TEXT;
    if me.has(flag::DEAD)
        || me.text == 0
        || me.text > INLINE_WIDGET_MAX_TEXT
        || me.link_text > 0
        || me.imgs > 0
        || me.lis > 0
        || me.has(flag::IN_HEADING | flag::IN_CAPTION | flag::IN_LINK)
    {
        return false;
    }
    let p = me.parent as usize;
    let Some(parent) = before.get(p) else {
        return false;
    };
    if parent.tag.is_inline() || (!parent.tag.is_block() && parent.tag != Tag::Other) {
        return false;
    }
    // The previous sibling: walk the parent's children by their `end`.
    let mut j = p + 1;
    let mut prev: Option<&N> = None;
    while j < i {
        let Some(c) = before.get(j) else {
            return false;
        };
        let blank = c.tag == Tag::Text && c.text == 0;
        if !blank && !c.has(flag::DEAD) {
            prev = Some(c);
        }
        j = (c.end as usize).max(j + 1);
    }
    match prev {
        None => true,
        Some(c) => c.tag == Tag::Br || (c.tag != Tag::Text && c.tag.is_block()),
    }
}

/// Whether the node whose open ancestors are `open` (indices into
/// `before`, root first) sits inside a `<form>`. Asked of `<label>`
/// elements only: a label in a form names one of its fields ("Comment *",
/// "Website"), the form's interface rather than words of an article, in
/// the relaxed pass too (a form of three paragraphs or more is kept, as
/// a page-wide form wraps the article).
fn in_form(before: &[N], open: &[u32]) -> bool {
    open.iter()
        .rev()
        .any(|&a| before.get(a as usize).is_some_and(|n| n.tag == Tag::Form))
}

/// A live text node's non-whitespace bytes and commas, in links or not.
fn count_own_text(n: &mut N) {
    if n.tag != Tag::Text || n.has(flag::DEAD) {
        return;
    }
    let Some(s) = n.text_str() else {
        return;
    };
    let (t, c) = count_text(s);
    n.text += t;
    n.commas += c;
    if n.has(flag::IN_LINK) {
        n.link_text += t;
    }
    if n.has(flag::IN_PRE) {
        n.pre_text += t;
    }
}

/// The prune decision for a node whose subtree statistics are final: a
/// dead node is not pruned (it is already out), the others as
/// [`prune_decision`] says.
fn is_pruned(n: &N) -> bool {
    !n.has(flag::DEAD) && prune_decision(n.tag, n.flags, &n.stats()).is_some()
}

/// Adds a live, unpruned child's statistics to its parent's: the sums, the
/// largest content-named descendant, the child itself when it is an image
/// with a source, a list item or a heading, and whether the parent has a
/// block child.
fn add_to_parent(child: &N, p: &mut N) {
    p.text += child.text;
    p.link_text += child.link_text;
    p.pre_text += child.pre_text;
    p.commas += child.commas;
    p.paras += child.paras;
    let content_named =
        child.has(flag::POSITIVE) && child.flags & (flag::BOILER | flag::WIDGET) == 0;
    let pt = if content_named {
        child.text
    } else {
        child.pos_text
    };
    p.pos_text = p.pos_text.max(pt);
    p.imgs += child.imgs + u32::from(child.tag == Tag::Img && img_has_source(child));
    p.lis += child.lis + u32::from(child.tag == Tag::Li);
    p.heading_text += if matches!(child.tag, Tag::H(_)) {
        child.text
    } else {
        child.heading_text
    };
    if child.tag.is_block() {
        p.flags |= flag::HAS_BLOCK_CHILD;
    }
}

/// Whether each node is live: neither dead nor pruned, nor inside such a
/// node (parents come before their children in the index).
fn liveness(nodes: &[N]) -> Vec<bool> {
    let mut live = vec![true; nodes.len()];
    for (i, n) in nodes.iter().enumerate() {
        let parent_live = n.parent == u32::MAX || live[n.parent as usize];
        live[i] = parent_live && !n.has(flag::DEAD) && !n.has(flag::PRUNED);
    }
    live
}

/// Whether an `<img>` points at something (placeholders with an empty `src`
/// do not count as images).
fn img_has_source(n: &N) -> bool {
    n.elem().is_some_and(|e| {
        e.attrs().any(|(name, v)| {
            // A `data-srcset` alone does not count.
            let source = rules::IMAGE_SOURCES.contains(&name) || name == "srcset";
            source && !v.trim().is_empty()
        })
    })
}

/// The flags and class weight of one element: what its tag, class, id,
/// role and style say (see [`rules::classify`]).
///
/// With `relaxed`, names prune nothing (the fallback pass for pages whose
/// article sits in a badly named container); `<nav>`, `<aside>` and
/// `<footer>` stay out. Inline elements are never pruned by name: they are
/// part of the text flow.
fn element_flags(el: &Element, tag: Tag, known_tokens: Option<u16>, relaxed: bool) -> (u16, i16) {
    // issue 16: a heading's `id` is its anchor, the jump target of a
    // table of contents and usually the slug of its own words
    // (`id="advertisement-rules-clause-by-clause"`): it names no role.
    // Only its class does, so an ad word in the slug of a story's heading
    // does not make the heading an ad label.
    let known_tokens = match tag {
        Tag::H(_) => Some(rules::attr(el, "class").map_or(0, rules::token_kinds)),
        _ => known_tokens,
    };
    let mut class = rules::classify(el, tag, known_tokens);
    let structural = matches!(tag, Tag::Nav | Tag::Aside | Tag::Footer);
    // Relaxed, a related-posts box stays boilerplate: the pass rescues
    // misnamed wrappers of the article, not other posts' teasers.
    let related = relaxed && class.boiler && rules::names_related(el);
    let inline_widget = tag.is_inline() && class.widget;
    // Relaxed, a custom element (a tag HTML does not know, like a chat
    // vendor's `<jdiv>`) named as a widget still goes when it is a line:
    // sites put no article in such tags (issue 16).
    let relaxed_widget = relaxed && tag == Tag::Other && class.widget && !class.boiler;
    let relaxed_named = relaxed && tag.is_block() && class.widget && !class.boiler;
    if (relaxed && !structural && !related) || tag.is_inline() {
        // Relaxed, a boilerplate name still weighs against the block (a
        // comment thread must not outscore a short article); it prunes
        // nothing.
        if tag.is_inline() && (class.boiler || class.widget) {
            class.weight = class.weight.max(0);
        }
        class.boiler = false;
        class.widget = false;
    }
    let mut flags = 0;
    let set = |on: bool, f: u16| if on { f } else { 0 };
    flags |= set(class.hidden || tag == Tag::Void, flag::DEAD);
    flags |= set(class.hidden, flag::HIDDEN);
    flags |= set(class.boiler, flag::BOILER);
    flags |= set(class.widget, flag::WIDGET);
    flags |= set(class.weak_boiler, flag::WEAK_BOILER);
    flags |= set(inline_widget, flag::INLINE_WIDGET);
    flags |= set(relaxed_widget, flag::RELAXED_WIDGET);
    flags |= set(relaxed_named, flag::RELAXED_NAMED);
    flags |= set(class.weight > 0, flag::POSITIVE);
    // A toggle's `<a>` (an accordion's question) is a control, not a link.
    flags |= set(tag == Tag::A && !rules::is_control_link(el), flag::IN_LINK);
    flags |= set(tag == Tag::Pre, flag::IN_PRE);
    flags |= set(tag == Tag::Figcaption || class.caption, flag::IN_CAPTION);
    flags |= set(matches!(tag, Tag::H(_)), flag::IN_HEADING);
    (flags, class.weight)
}

/// What the prune decision looks at besides the node's tag and flags: its
/// live subtree's statistics.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Subtree {
    /// Non-whitespace text bytes.
    pub(crate) text: u32,
    /// Of which inside links.
    pub(crate) link_text: u32,
    /// `<p>` elements with text.
    pub(crate) paras: u32,
    /// Text of the largest content-named, not boilerplate-named descendant.
    pub(crate) pos_text: u32,
    /// Text inside `<pre>` (code listings).
    pub(crate) pre_text: u32,
}

impl Subtree {
    /// Whether most of the text is a code listing (`<pre>`): a box named
    /// for its controls (Prism's `code-toolbar` around the listing and
    /// its copy button) is the listing's wrapper, not chrome.
    pub(crate) fn wraps_code(&self) -> bool {
        use rules::tuning::PRE_WRAPPER_MIN_SHARE_TENTHS;
        self.pre_text > 0
            && u64::from(self.pre_text) * 10
                >= u64::from(self.text) * u64::from(PRE_WRAPPER_MIN_SHARE_TENTHS)
    }
}

/// Why a node is removed before scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prune {
    /// A form control, an iframe, an embed: never article text.
    Control,
    /// A `<form>` with few paragraphs (comment, search, login form).
    SmallForm,
    /// Widget-named and not a prose wrapper.
    Widget,
    /// Boilerplate by name, tag or role, and not a wrapper of the
    /// article's content-named container.
    Boilerplate,
}

/// Whether a node is removed before scoring, and why. The numbers are
/// [`rules::tuning`]'s.
pub(crate) fn prune_decision(tag: Tag, flags: u16, s: &Subtree) -> Option<Prune> {
    use rules::tuning::*;
    match tag {
        // An accordion's question: a button around a block of text.
        Tag::Button if flags & flag::HAS_BLOCK_CHILD != 0 && s.text >= BUTTON_HEADING_MIN_TEXT => {}
        Tag::Button | Tag::Select | Tag::Textarea | Tag::Input | Tag::Iframe => {
            return Some(Prune::Control)
        }
        Tag::Form if s.paras < FORM_KEEP_MIN_PARAS => return Some(Prune::SmallForm),
        _ => {}
    }
    if flags & flag::WIDGET != 0 {
        let prose = s.text >= WIDGET_PROSE_MIN_TEXT
            && s.paras >= WIDGET_PROSE_MIN_PARAS
            && u64::from(s.link_text) * 10
                < u64::from(s.text) * u64::from(WIDGET_PROSE_MAX_LINK_TENTHS);
        return (!prose).then_some(Prune::Widget);
    }
    if flags & flag::BOILER != 0 {
        let rescued = s.pos_text >= BOILER_RESCUE_MIN_CONTENT
            && u64::from(s.pos_text) * 10
                >= u64::from(s.text) * u64::from(BOILER_RESCUE_MIN_SHARE_TENTHS);
        return (!rescued).then_some(Prune::Boilerplate);
    }
    if flags & flag::RELAXED_WIDGET != 0
        && flags & flag::HAS_BLOCK_CHILD == 0
        && s.paras == 0
        && s.text <= RELAXED_WIDGET_MAX_TEXT
    {
        return Some(Prune::Widget);
    }
    None
}

impl Dom<'_> {
    /// Why node `i` was removed by the DOM stage, naming the rule, tag or
    /// role that decided (`prune:widget:share.share`,
    /// `prune:boilerplate:tag-nav`, `prune:hidden:style`, `prune:small-form(1<FORM_KEEP_MIN_PARAS=3 paragraphs)`); `None` when it was not.
    /// For the explain report: the rule is looked up again here, so the
    /// build pays nothing for it.
    pub(crate) fn prune_reason(&self, i: usize) -> Option<String> {
        let n = self.nodes.get(i)?;
        if n.has(flag::HIDDEN) {
            return Some(match n.elem().and_then(rules::hidden_by) {
                Some(by) => format!("prune:hidden:{by}"),
                None => "prune:hidden".to_string(),
            });
        }
        if !n.has(flag::PRUNED) {
            return None;
        }
        let el = n.elem()?;
        let name = el.name();
        let by_name = |family: &str, want: u16| {
            let who = match rules::deciding_rule(el, want) {
                Some(rule) => rule.id.to_string(),
                None => match rules::boiler_role(el) {
                    Some(role) if want == rules::kind::STRONG => format!("role-{role}"),
                    _ if want == rules::kind::STRONG
                        && matches!(n.tag, Tag::Nav | Tag::Aside | Tag::Footer) =>
                    {
                        format!("tag-{name}")
                    }
                    _ => "caller-word".to_string(),
                },
            };
            format!("prune:{family}:{who}")
        };
        let control = match n.tag {
            Tag::Button => prune_decision(
                Tag::Button,
                n.flags & !flag::WIDGET & !flag::BOILER,
                &n.stats(),
            )
            .is_some(),
            Tag::Select | Tag::Textarea | Tag::Input | Tag::Iframe => true,
            // A form's label ([`in_form`]).
            Tag::Label => true,
            _ => false,
        };
        Some(match n.tag {
            _ if control => format!("prune:control:{name}"),
            Tag::Form if n.paras < rules::tuning::FORM_KEEP_MIN_PARAS => format!(
                "prune:small-form({}<FORM_KEEP_MIN_PARAS={} paragraphs)",
                n.paras,
                rules::tuning::FORM_KEEP_MIN_PARAS
            ),
            _ if n.has(flag::WIDGET) => by_name("widget", rules::kind::WIDGET),
            _ if n.has(flag::INLINE_WIDGET) => by_name("inline-widget", rules::kind::WIDGET),
            _ if n.has(flag::RELAXED_WIDGET) => by_name("relaxed-widget", rules::kind::WIDGET),
            _ => by_name("boilerplate", rules::kind::STRONG),
        })
    }
}

/// What a link's target says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// Another page: a story, a section, another site.
    Away,
    /// A place on this page (`#section-2`, this page's address with a
    /// fragment): a table of contents' entry, navigation within the page.
    Jump,
    /// An action on this page, no navigation: no target, a bare `#` or a
    /// script's route (`#/portal`: a script's hook), another scheme than the web's (`mailto:`, `tel:`,
    /// `javascript:`) or its web form (a chat app's click-to-chat
    /// address, `https://wa.me/<number>`), this page itself (a permalink, `?share=twitter`,
    /// `?replytocom=…`), or a sharer carrying this page's address in its
    /// query (`…/sharer.php?u=<this page>`, `…/send?text=<title> <this
    /// page>`).
    Action,
}

/// The page a link is read from: where its relative links resolve, and
/// its own addresses (the URL it was fetched from, its canonical URL),
/// each as [`page_key`] gives it.
#[derive(Debug, Default)]
pub(crate) struct Page<'u> {
    base: Option<&'u url::Url>,
    own: Vec<String>,
}

impl<'u> Page<'u> {
    /// `base` resolves relative links; `own` are the page's addresses.
    pub(crate) fn new<'o>(
        base: Option<&'u url::Url>,
        own: impl Iterator<Item = &'o url::Url>,
    ) -> Self {
        let mut keys: Vec<String> = own.filter_map(page_key).collect();
        keys.sort_unstable();
        keys.dedup();
        Page { base, own: keys }
    }

    /// Whether `href` is this very page's address with a query and no
    /// fragment (`?action=share`, `?replytocom=…`): an action the page
    /// runs on itself, never a page to read.
    pub(crate) fn is_self_with_query(&self, href: &str) -> bool {
        if self.own.is_empty() {
            return false;
        }
        let href = href.trim();
        let resolved = match self.base {
            Some(b) => b.join(href).ok(),
            None => url::Url::parse(href).ok(),
        };
        resolved.is_some_and(|u| {
            u.query().is_some_and(|q| !q.is_empty())
                && u.fragment().is_none_or(str::is_empty)
                && page_key(&u).is_some_and(|k| self.own.binary_search(&k).is_ok())
        })
    }

    /// What a link to `href` (`None`: no `href`) is, read from its target
    /// alone (see [`Target`]).
    pub(crate) fn target(&self, href: Option<&str>) -> Target {
        let Some(href) = href.map(str::trim).filter(|h| !h.is_empty()) else {
            return Target::Action;
        };
        if let Some(fragment) = href.strip_prefix('#') {
            // A bare `#`, or a script's route (`#/portal`, `#!/signup`).
            return if fragment.is_empty() || fragment.starts_with(['/', '!']) {
                Target::Action
            } else {
                Target::Jump
            };
        }
        // A scheme before any path, query or fragment.
        if let Some((scheme, _)) = href.split_once(':') {
            if !scheme.contains(['/', '?', '#'])
                && !scheme.eq_ignore_ascii_case("http")
                && !scheme.eq_ignore_ascii_case("https")
            {
                return Target::Action;
            }
        }
        // A chat app's click-to-chat address is the web form of a
        // `whatsapp:` link: it opens a conversation, not a page.
        if crate::rules::is_chat_action_link(href) {
            return Target::Action;
        }
        if self.own.is_empty() {
            return Target::Away;
        }
        let resolved = match self.base {
            Some(b) => b.join(href).ok(),
            None => url::Url::parse(href).ok(),
        };
        let Some(u) = resolved else {
            return Target::Away;
        };
        if page_key(&u).is_some_and(|k| self.own.binary_search(&k).is_ok()) {
            // A place on it, or the page itself (a permalink on the date,
            // a share action on it).
            return match u.fragment() {
                Some(f) if !f.is_empty() => Target::Jump,
                _ => Target::Action,
            };
        }
        // A sharer: this page's address among its query's few (decoded)
        // values. A home page's address (a host alone) is in many links'
        // queries (a login's return address): only a page with a path.
        let pairs = u.query_pairs().count();
        let carries_page = pairs <= SHARER_MAX_PARAMS
            && u.query_pairs().any(|(_, v)| {
                self.own
                    .iter()
                    .any(|k| k.contains('/') && v.contains(k.as_str()))
            });
        if carries_page {
            Target::Action
        } else {
            Target::Away
        }
    }
}

/// See [`Page::target`]: a sharer's query holds this page's address and
/// a few words about it (a title, a text, an image: Pinterest's has three
/// fields); a tracker's redirect (an affiliate link) carries the page's
/// address among many fields on where the click came from, and leads to
/// another page.
const SHARER_MAX_PARAMS: usize = 4;

/// A URL as a page's address: its host without `www.` and its path
/// without the closing `/` (`example.com/news/story`); scheme, query and
/// fragment do not tell pages apart. `None` without a host.
fn page_key(u: &url::Url) -> Option<String> {
    let host = crate::text::bare_host(u.host_str()?);
    Some(format!("{host}{}", u.path().trim_end_matches('/')))
}

/// Non-whitespace bytes and commas in a text node.
fn count_text(s: &str) -> (u32, u32) {
    // Branch-free sums over the bytes in one pass, which the compiler
    // vectorises: byte-wide counters (sixteen bytes a step where a 32-bit
    // counter takes four), over chunks too short to overflow them.
    let bytes = s.as_bytes();
    let (mut spaces, mut c) = (0u32, 0u32);
    for chunk in bytes.chunks(usize::from(u8::MAX)) {
        let (mut chunk_spaces, mut chunk_commas) = (0u8, 0u8);
        for &b in chunk {
            let space = (b == b' ') | (b == b'\t') | (b == b'\n') | (b == b'\r') | (b == 0x0c);
            chunk_spaces = chunk_spaces.wrapping_add(u8::from(space));
            chunk_commas = chunk_commas.wrapping_add(u8::from(b == b','));
        }
        spaces += u32::from(chunk_spaces);
        c += u32::from(chunk_commas);
    }
    let t = bytes.len() as u32 - spaces;
    // Full-width commas (U+3001, U+FF0C) are three bytes each; count them
    // only when the text is not ASCII, which keeps the common case cheap.
    if !s.is_ascii() {
        c += s.matches(['\u{3001}', '\u{FF0C}', '\u{060C}']).count() as u32;
    }
    (t, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_counts_hold_over_any_length() {
        let naive = |s: &str| {
            let spaces = s.bytes().filter(|b| b" \t\n\r\x0c".contains(b)).count() as u32;
            let commas = s.bytes().filter(|&b| b == b',').count() as u32
                + s.matches(['\u{3001}', '\u{FF0C}', '\u{060C}']).count() as u32;
            (s.len() as u32 - spaces, commas)
        };
        for n in [0, 1, 15, 16, 17, 254, 255, 256, 510, 511, 1000] {
            for unit in [" ", ",", "a, b\t", "\u{3001}x ", "\n\r\x0c,"] {
                let s = unit.repeat(n);
                assert_eq!(count_text(&s), naive(&s), "{n} x {unit:?}");
            }
        }
    }

    /// Builds the index of `html` and returns, for the element whose `id`
    /// is `id`, whether it was pruned and why.
    fn prune_of(html: &str, id: &str) -> (bool, Option<String>) {
        prune_of_in(html, id, false)
    }

    /// [`prune_of`] in the strict or the `relaxed` pass.
    fn prune_of_in(html: &str, id: &str, relaxed: bool) -> (bool, Option<String>) {
        let doc = scraper::Html::parse_document(html);
        let dom = Dom::build(&doc, 10_000, relaxed, &[]).unwrap();
        let i = (0..dom.len())
            .find(|&i| {
                dom.nodes[i]
                    .elem()
                    .and_then(|e| rules::attr(e, "id"))
                    .is_some_and(|v| v == id)
            })
            .unwrap();
        (dom.nodes[i].has(flag::PRUNED), dom.prune_reason(i))
    }

    #[test]
    fn an_ad_label_span_on_its_own_line_is_pruned_but_not_one_in_a_sentence() {
        // A network's label span after a block, and one after a `<br>` in
        // loose text: labels, pruned.
        let after_block = "<html><body><div class=\"post\"><p>The mill reopened.</p>\
            <span id=\"s\" class=\"netx-ad holder\"><span class=\"netx-ad-label\">Anzeige</span></span>\
            Workers returned on Monday.</div></body></html>";
        let (pruned, why) = prune_of(after_block, "s");
        assert!(pruned);
        assert_eq!(why.as_deref(), Some("prune:inline-widget:ads.ad"));
        let after_br = "<html><body><div>The mill reopened.<br><br>\
            <span id=\"s\" class=\"promo-tag\">Sponsored</span>\
            Workers returned on Monday.</div></body></html>";
        assert!(prune_of(after_br, "s").0);
        // Inside a sentence, with a link, or long: words of the article.
        let in_sentence = "<html><body><p>The fair, backed by \
            <span id=\"s\" class=\"sponsor\">the mill owners</span>, opens today.</p></body></html>";
        assert!(!prune_of(in_sentence, "s").0);
        let linked = "<html><body><div><p>Intro.</p><span id=\"s\" class=\"ad-note\">\
            <a href=\"/x\">The mill</a></span></div></body></html>";
        assert!(!prune_of(linked, "s").0);
        let long = format!(
            "<html><body><div><p>Intro.</p><span id=\"s\" class=\"ad-note\">{}</span></div></body></html>",
            "The mill reopened after a long winter. ".repeat(3)
        );
        assert!(!prune_of(&long, "s").0);
    }

    #[test]
    fn the_relaxed_pass_still_prunes_an_ad_label_on_its_own_line() {
        // Relaxed, names prune no container; a label span is no container.
        let html = "<html><body><div class=\"post\"><h2>Later buses</h2>\
            <span id=\"s\" class=\"netx-ad-label\">Anzeige</span>\
            Workers returned on Monday.</div></body></html>";
        assert!(prune_of_in(html, "s", true).0);
    }

    #[test]
    fn the_relaxed_pass_still_prunes_a_custom_element_widget_line() {
        // A chat launcher built of custom `<xdiv>` elements inside the post:
        // relaxed, its vendor name still prunes the line; a `<div>` of the
        // same name, or a custom element holding a paragraph, stays.
        let launcher = |tag: &str, inner: &str| {
            format!(
                "<html><body><div class=\"post\"><p>The mill reopened on Monday.</p>\
                 <{tag} id=\"c\" class=\"wrap_a2d0 __jivoDesktopButton\">{inner}</{tag}>\
                 </div></body></html>"
            )
        };
        let line = "<xdiv class=\"text_c471\">Write to us, we are online!</xdiv>";
        assert_eq!(
            prune_of_in(&launcher("xdiv", line), "c", true),
            (true, Some("prune:relaxed-widget:chat.jivo".into()))
        );
        assert!(!prune_of_in(&launcher("div", line), "c", true).0);
        let prose = "<p>Workers returned to the looms after a long winter.</p>";
        assert!(!prune_of_in(&launcher("xdiv", prose), "c", true).0);
    }

    fn paras(n: usize) -> String {
        "<p>The council voted on Tuesday to reopen the old harbour bridge, \
         which had been closed to traffic since the winter floods, after \
         engineers found the piers sound.</p>"
            .repeat(n)
    }

    #[test]
    fn widgets_are_pruned_with_their_rule() {
        let html = "<body><div id=x class='share-bar'><a href=/t>Tweet</a></div></body>";
        assert_eq!(
            prune_of(html, "x"),
            (true, Some("prune:widget:share.share".into()))
        );
        let html = "<body><div id=x class='top-ad'>Advertisement</div></body>";
        assert_eq!(
            prune_of(html, "x"),
            (true, Some("prune:widget:ads.ad".into()))
        );
    }

    #[test]
    fn boilerplate_is_pruned_by_rule_tag_or_role() {
        let html = "<body><div id=x class=related-links><a href=/a>A</a></div></body>";
        assert_eq!(
            prune_of(html, "x"),
            (true, Some("prune:boilerplate:related.related".into()))
        );
        let html = "<body><nav id=x><a href=/>Home</a></nav></body>";
        assert_eq!(
            prune_of(html, "x").1.as_deref(),
            Some("prune:boilerplate:tag-nav")
        );
        let html = "<body><div id=x role=navigation><a href=/>Home</a></div></body>";
        assert_eq!(
            prune_of(html, "x").1.as_deref(),
            Some("prune:boilerplate:role-navigation")
        );
        let html = "<body><div><button id=x>Go</button></div></body>";
        assert_eq!(
            prune_of(html, "x").1.as_deref(),
            Some("prune:control:button")
        );
        let html = "<body><form id=x><input name=q></form></body>";
        assert_eq!(
            prune_of(html, "x").1.as_deref(),
            Some("prune:small-form(0<FORM_KEEP_MIN_PARAS=3 paragraphs)")
        );
    }

    #[test]
    fn accordion_questions_in_buttons_are_kept() {
        let html = "<body><div class=faq><button id=q type=button>\
                    <div class=question>How long does the ferry take in winter?</div></button>\
                    <div class=answer><p>About forty minutes.</p></div>\
                    <button id=b>Show all</button></div></body>";
        assert_eq!(prune_of(html, "q"), (false, None));
        assert_eq!(
            prune_of(html, "b").1.as_deref(),
            Some("prune:control:button")
        );
    }

    #[test]
    fn wrappers_of_the_article_are_kept() {
        // A widget-named wrapper of long prose.
        let html = format!(
            "<body><div id=x class=share-wrap>{}</div></body>",
            paras(12)
        );
        assert_eq!(prune_of(&html, "x"), (false, None));
        // A boilerplate-named layout wrapper of the content-named container.
        let html = format!(
            "<body><div id=x class=page-sidebar-layout-related><div class=entry-content>{}</div></div></body>",
            paras(12)
        );
        assert_eq!(prune_of(&html, "x"), (false, None));
        // A whole page inside one form.
        let html = format!("<body><form id=x>{}</form></body>", paras(12));
        assert_eq!(prune_of(&html, "x"), (false, None));
    }

    #[test]
    fn article_containers_with_misleading_words_are_kept() {
        // Short articles: no size rescue applies, only the words' scopes.
        for class in [
            "elementor-widget-container",
            "field field--name-body field--label-hidden",
            "node node--promoted",
            "margin-top-4 border--top",
            "sc-bdWaXy css-9tags1k",
            "elementor-element elementor-element-ad41c9e",
            "hidden-xs",
            "noprint",
            "cmp cmp-text",
        ] {
            let html = format!("<body><div id=x class='{class}'>{}</div></body>", paras(1));
            assert_eq!(prune_of(&html, "x"), (false, None), "{class}");
        }
        // A skip link's target.
        let html = format!("<body><main id=skip-target>{}</main></body>", paras(1));
        assert_eq!(prune_of(&html, "skip-target"), (false, None));
    }

    #[test]
    fn the_decision_follows_the_tuning_numbers() {
        use rules::tuning::*;
        let prose = Subtree {
            text: WIDGET_PROSE_MIN_TEXT,
            link_text: 0,
            paras: WIDGET_PROSE_MIN_PARAS,
            pos_text: 0,
            pre_text: 0,
        };
        assert_eq!(prune_decision(Tag::Div, flag::WIDGET, &prose), None);
        let short = Subtree {
            text: WIDGET_PROSE_MIN_TEXT - 1,
            ..prose
        };
        assert_eq!(
            prune_decision(Tag::Div, flag::WIDGET, &short),
            Some(Prune::Widget)
        );
        let linky = Subtree {
            link_text: prose.text / 2,
            ..prose
        };
        assert_eq!(
            prune_decision(Tag::Div, flag::WIDGET, &linky),
            Some(Prune::Widget)
        );
        let wrapper = Subtree {
            text: 2 * BOILER_RESCUE_MIN_CONTENT,
            pos_text: BOILER_RESCUE_MIN_CONTENT,
            ..prose
        };
        assert_eq!(prune_decision(Tag::Div, flag::BOILER, &wrapper), None);
        let rail = Subtree {
            pos_text: BOILER_RESCUE_MIN_CONTENT - 1,
            ..wrapper
        };
        assert_eq!(
            prune_decision(Tag::Div, flag::BOILER, &rail),
            Some(Prune::Boilerplate)
        );
        assert_eq!(prune_decision(Tag::Div, 0, &rail), None);
        assert_eq!(prune_decision(Tag::Iframe, 0, &prose), Some(Prune::Control));
    }

    /// The index of the element whose `id` is `id`.
    fn by_id(dom: &Dom, id: &str) -> usize {
        (0..dom.len())
            .find(|&i| {
                dom.nodes[i]
                    .elem()
                    .and_then(|e| rules::attr(e, "id"))
                    .is_some_and(|v| v == id)
            })
            .unwrap()
    }

    /// The first text node inside node `i`.
    fn text_in(dom: &Dom, i: usize) -> usize {
        (i..dom.nodes[i].end as usize)
            .find(|&t| dom.nodes[t].tag == Tag::Text)
            .unwrap()
    }

    #[test]
    fn open_gives_tags_and_the_flags_ancestors_pass_down() {
        let html = "<html><body id=b><a id=l href=/x><span id=s>t</span></a>\
                    <h2 id=h><span id=hs>x</span></h2><pre id=p><b id=pb>c</b></pre>\
                    <figure><figcaption><i id=c>cap</i></figcaption></figure>\
                    <div id=d><!-- note --><span id=n>plain</span></div></body></html>";
        let doc = scraper::Html::parse_document(html);
        let dom = Dom::build(&doc, 100, false, &[]).unwrap();
        assert_eq!(dom.body as usize, by_id(&dom, "b"));
        assert_eq!(dom.nodes[dom.body as usize].tag, Tag::Body);
        assert_eq!(dom.nodes[0].tag, Tag::None);
        let flags = |id: &str| dom.nodes[by_id(&dom, id)].flags;
        assert!(flags("s") & flag::IN_LINK != 0);
        assert!(flags("hs") & flag::IN_HEADING != 0);
        assert!(flags("pb") & flag::IN_PRE != 0);
        assert!(flags("c") & flag::IN_CAPTION != 0);
        let plain = flags("n");
        assert_eq!(plain & INHERITED, 0, "{plain:b}");
        // The comment is dead, its siblings are not.
        let d = by_id(&dom, "d");
        let comment = d + 1;
        assert_eq!(dom.nodes[comment].tag, Tag::None);
        assert!(dom.nodes[comment].has(flag::DEAD));
        assert!(!dom.live[comment]);
        assert!(dom.live[by_id(&dom, "n")]);
        // Pre-order: a node's subtree is the range up to its end.
        assert!(dom.contains(by_id(&dom, "l") as u32, by_id(&dom, "s") as u32));
        assert!(!dom.contains(by_id(&dom, "l") as u32, by_id(&dom, "h") as u32));
        assert_eq!(
            dom.nodes[by_id(&dom, "s")].parent as usize,
            by_id(&dom, "l")
        );
    }

    #[test]
    fn the_element_limit_is_checked_as_the_walk_goes() {
        // html, head, body, and three divs: six elements.
        let doc = scraper::Html::parse_document("<div></div><div></div><div></div>");
        assert!(Dom::build(&doc, 6, false, &[]).is_ok());
        match Dom::build(&doc, 5, false, &[]) {
            Err(Error::TooManyElements { count, limit }) => assert_eq!((count, limit), (6, 5)),
            other => panic!("{:?}", other.map(|d| d.len())),
        }
    }

    #[test]
    fn close_sums_the_live_subtree_and_leaves_pruned_nodes_out() {
        let html = "<body><div id=d><p>Hello, world</p><a href=/a>link text</a>\
                    <div id=w class=share-bar><a href=/t>Tweet this</a></div>\
                    <ul><li>one</li><li>two</li></ul><h3>Head</h3>\
                    <img src=a.jpg><img src=''></div></body>";
        let doc = scraper::Html::parse_document(html);
        let dom = Dom::build(&doc, 100, false, &[]).unwrap();
        let (d, w) = (by_id(&dom, "d"), by_id(&dom, "w"));
        let n = &dom.nodes[d];
        // "Hello," "world" "link" "text" "one" "two" "Head".
        assert_eq!(n.text, 6 + 5 + 4 + 4 + 3 + 3 + 4);
        assert_eq!(n.link_text, 8);
        assert_eq!(n.commas, 1);
        assert_eq!(n.paras, 1);
        assert_eq!(n.lis, 2);
        assert_eq!(n.imgs, 1);
        assert_eq!(n.heading_text, 4);
        assert!(n.has(flag::HAS_BLOCK_CHILD));
        // The last element of the page: its subtree ends the index.
        assert_eq!(n.end as usize, dom.len());
        assert!(dom.contains(d as u32, w as u32));
        // The widget is pruned with its text ("Tweet this": 9 bytes, all
        // in a link), which its parent does not count.
        assert!(dom.nodes[w].has(flag::PRUNED));
        assert_eq!((dom.nodes[w].text, dom.nodes[w].link_text), (9, 9));
        assert!(!dom.live[w] && !dom.live[text_in(&dom, w)]);
        assert!(dom.live[d]);
    }

    #[test]
    fn count_own_text_counts_live_text_nodes_only() {
        let html = "<body><p id=p>One, two\u{3001} three</p><a id=a href=/x>go  on</a>\
                    <p id=e></p></body>";
        let doc = scraper::Html::parse_document(html);
        let dom = Dom::build(&doc, 100, false, &[]).unwrap();
        let fresh = |i: usize| N {
            text: 0,
            link_text: 0,
            commas: 0,
            ..dom.nodes[i].clone()
        };
        let mut t = fresh(text_in(&dom, by_id(&dom, "p")));
        count_own_text(&mut t);
        assert_eq!((t.text, t.commas, t.link_text), (15, 2, 0));
        let mut t = fresh(text_in(&dom, by_id(&dom, "a")));
        count_own_text(&mut t);
        assert_eq!((t.text, t.commas, t.link_text), (4, 0, 4));
        // A dead text node and an element count nothing of their own.
        let mut t = fresh(text_in(&dom, by_id(&dom, "p")));
        t.flags |= flag::DEAD;
        count_own_text(&mut t);
        assert_eq!(t.text, 0);
        let mut e = fresh(by_id(&dom, "e"));
        count_own_text(&mut e);
        assert_eq!(e.text, 0);
    }

    #[test]
    fn is_pruned_decides_on_the_final_statistics() {
        let html = format!(
            "<body><div id=s class=share-bar><a href=/t>Tweet</a></div>\
             <div id=l class=share-wrap>{}</div></body>",
            paras(12)
        );
        let doc = scraper::Html::parse_document(&html);
        let dom = Dom::build(&doc, 1000, false, &[]).unwrap();
        let short = dom.nodes[by_id(&dom, "s")].clone();
        assert!(is_pruned(&short));
        // Dead nodes are out already: not pruned.
        let dead = N {
            flags: short.flags | flag::DEAD,
            ..short.clone()
        };
        assert!(!is_pruned(&dead));
        // The same widget name around long prose is kept; with its
        // statistics emptied it would not be.
        let long = dom.nodes[by_id(&dom, "l")].clone();
        assert!(!is_pruned(&long));
        let emptied = N {
            text: 0,
            paras: 0,
            ..long
        };
        assert!(is_pruned(&emptied));
    }

    #[test]
    fn add_to_parent_adds_sums_counts_and_the_block_child() {
        let html = "<body><div id=p></div><h2 id=h>Big <b>news</b></h2>\
                    <li id=li>x</li><img id=i src=a.jpg><img id=z src=' '>\
                    <div id=c class=entry-content><p>Body, text</p></div><span id=s>a b</span></body>";
        let doc = scraper::Html::parse_document(html);
        let dom = Dom::build(&doc, 100, false, &[]).unwrap();
        let node = |id: &str| dom.nodes[by_id(&dom, id)].clone();
        let mut p = node("p");
        assert_eq!(p.text, 0);
        add_to_parent(&node("h"), &mut p);
        assert_eq!((p.text, p.heading_text), (7, 7));
        assert!(p.has(flag::HAS_BLOCK_CHILD));
        add_to_parent(&node("li"), &mut p);
        add_to_parent(&node("i"), &mut p);
        add_to_parent(&node("z"), &mut p);
        assert_eq!((p.lis, p.imgs), (1, 1));
        // A content-named child's text is the largest content-named text.
        add_to_parent(&node("c"), &mut p);
        assert_eq!((p.pos_text, p.paras, p.commas), (9, 1, 1));
        // An inline child adds its text but is no block child.
        let mut q = node("p");
        add_to_parent(&node("s"), &mut q);
        assert_eq!(q.text, 2);
        assert!(!q.has(flag::HAS_BLOCK_CHILD));
        assert_eq!(q.pos_text, 0);
    }

    #[test]
    fn liveness_follows_dead_and_pruned_ancestors() {
        let html = "<body><div id=a><div id=b><p id=c>text</p></div></div><p id=d>more</p></body>";
        let doc = scraper::Html::parse_document(html);
        let mut dom = Dom::build(&doc, 100, false, &[]).unwrap();
        let (b, c, d) = (by_id(&dom, "b"), by_id(&dom, "c"), by_id(&dom, "d"));
        assert!(liveness(&dom.nodes)[b..dom.len()].iter().all(|&l| l));
        dom.nodes[b].flags |= flag::PRUNED;
        let live = liveness(&dom.nodes);
        assert!(!live[b] && !live[c] && !live[text_in(&dom, c)]);
        assert!(live[by_id(&dom, "a")] && live[d]);
        dom.nodes[b].flags &= !flag::PRUNED;
        dom.nodes[d].flags |= flag::DEAD;
        let live = liveness(&dom.nodes);
        assert!(live[c] && !live[d] && !live[text_in(&dom, d)]);
    }

    #[test]
    fn a_live_walk_passes_over_what_is_not_live_and_what_the_caller_skips() {
        let html = "<body><div id=a><p id=b>one <em id=e>two</em></p><p id=c>three</p>\
                    <p id=d>four</p></div></body>";
        let doc = scraper::Html::parse_document(html);
        let dom = Dom::build(&doc, 100, false, &[]).unwrap();
        let [a, b, c, d, e] = ["a", "b", "c", "d", "e"].map(|id| by_id(&dom, id));
        let mut live = dom.live.clone();
        live[c] = false;
        // Every live node of the subtree in order, `c` and its text left out.
        let all: Vec<usize> = dom.live_walk(a, &live).collect();
        let expected: Vec<usize> = (a..dom.nodes[a].end as usize)
            .filter(|&j| !dom.contains(c as u32, j as u32))
            .collect();
        assert_eq!(all, expected);
        assert_eq!(dom.live_descendants(a, &live).next(), Some(b));
        // Skipping `b` passes over its text and `<em>`, not its sibling.
        let mut walk = dom.live_descendants(a, &live);
        let mut seen = Vec::new();
        while let Some(j) = walk.next() {
            seen.push(j);
            if j == b {
                walk.skip_subtree(j);
            }
        }
        assert!(!seen.contains(&e) && seen.contains(&d), "{seen:?}");
        assert_eq!(dom.live_text(a, &live), "one two four");
        assert_eq!(dom.live_text(a, &dom.live), "one two three four");
    }

    #[test]
    fn a_links_target_says_whether_it_leads_to_another_page() {
        let page_url = url::Url::parse("https://www.harbour.example/news/ferry-times/").unwrap();
        let page = Page::new(Some(&page_url), std::iter::once(&page_url));
        let t = |h: &str| page.target(Some(h));
        assert_eq!(page.target(None), Target::Action);
        for action in [
            "#",
            "#/portal",
            "#!/signup",
            "mailto:?subject=Ferry",
            "tel:+15550100",
            "javascript:void(0)",
            // The page itself, with a share action or none.
            "/news/ferry-times/?share=twitter",
            "https://harbour.example/news/ferry-times",
            // Sharers carrying the page's address, encoded or in a text.
            "https://social.example/sharer.php?u=https%3A%2F%2Fwww.harbour.example%2Fnews%2Fferry-times%2F",
            "https://chat.example/send?text=Ferry%20times%20https%3A%2F%2Fharbour.example%2Fnews%2Fferry-times%2F",
            // A chat app's click-to-chat address: a `whatsapp:` link's web form.
            "https://wa.me/15550100",
            "HTTPS://API.WhatsApp.com/send?phone=15550100",
        ] {
            assert_eq!(t(action), Target::Action, "{action}");
        }
        for jump in ["#timetable", "/news/ferry-times/#comments"] {
            assert_eq!(t(jump), Target::Jump, "{jump}");
        }
        for away in [
            "/news/bus-times/",
            "https://gazette.example/news/ferry",
            "https://chat.example/channel/88",
            // A home page in a query (a login's return address).
            "https://accounts.example/login?next=https%3A%2F%2Fharbour.example%2F",
            // A tracker carrying the page among many fields.
            "https://go.example/r?u=https%3A%2F%2Fharbour.example%2Fnews%2Fferry-times%2F&a=1&b=2&c=3&d=4",
        ] {
            assert_eq!(t(away), Target::Away, "{away}");
        }
        // Without the page's address, only the target's form tells.
        let unknown = Page::new(None, std::iter::empty());
        assert_eq!(unknown.target(Some("mailto:a@b.example")), Target::Action);
        assert_eq!(unknown.target(Some("//wa.me/15550100")), Target::Action);
        assert_eq!(
            unknown.target(Some("https://wa.me.example/15550100")),
            Target::Away
        );
        assert_eq!(
            unknown.target(Some("/news/ferry-times/?share=x")),
            Target::Away
        );
    }
}
