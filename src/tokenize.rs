//! A byte-level HTML tokenizer in front of html5ever's tree builder.
//!
//! html5ever's tokenizer reads the page one character at a time through a
//! queue of buffers and pushes each character of a tag name, attribute name
//! or value into its own string: on news pages it is about three quarters of
//! the parse and 40 % of an extraction. [`parse_document`] tokenizes with
//! `memchr` scans over the bytes instead, cuts text, comments and attribute
//! values as views of one shared buffer, and hands the tokens to html5ever's
//! own [`TreeBuilder`] with scraper's sink, so the tree is built by the same
//! code as [`Html::parse_document`]'s.
//!
//! It follows html5ever's tokenizer state for state on what pages are made
//! of — text, character references, start and end tags with quoted,
//! unquoted and empty attributes, raw text elements (`<script>` with its
//! escaped and double-escaped states after `<!--`, `<style>`, `<title>`,
//! `<textarea>`, ...), comments, `<?...>` bogus comments and plain
//! doctypes — and gives up on anything else (a NUL, a `<!` that is neither
//! a comment nor a doctype, a `<plaintext>`, a character reference
//! html5ever reports as an error in text, a tag, comment or raw text cut by
//! the end of the input, a doctype with anything past its name and
//! identifiers). Giving up throws the partial tree away and parses the
//! page again with html5ever's tokenizer, so the result is always
//! html5ever's. On the three shared corpora it gives up on 11 of 987
//! pages.
//!
//! Tokens may group characters differently than html5ever's (a run of text
//! with a line break is one token here); the tree builder's result does not
//! depend on that grouping (the standard tokenizes one character at a time,
//! and scraper joins adjacent text). Parse errors are not reported: scraper
//! drops them (its `errors` feature is off; were a dependent to turn it on,
//! only `Html::errors` would list fewer), and the one place an error
//! token changes the tree, the line break the tree builder skips after
//! `<pre>`, follows an erroneous character reference only, on which this
//! tokenizer gives up.
//!
//! Tags are delimited here again after the guard ([`crate::guard`])
//! delimited them in its input. Reading the guard's boundaries from a side
//! table instead was measured (session 23, callgrind on newspaper4k and
//! readability) and does not pay: writing a tag's name, attribute and
//! value spans costs the guard 100 to 280 instructions a tag, about what
//! delimiting the tag costs here (the scans are short and branch-light;
//! the tag's cost is in the atoms, value views, the attribute vector and
//! the tree builder, which a side table does not remove). Both the full
//! table (1,425.6 -> 1,433.8 M on newspaper4k, 1,495.9 -> 1,504.5 M on
//! readability) and one limited to the tags the guard copies unchanged
//! (1,435.5 M, 1,507.2 M) came out slower.
//!
//! The page is copied once into the tendril the views are cut from
//! ([`StrTendril::from_slice`], about 6 M instructions on newspaper4k's
//! 148 pages). Having the guard write its output into that tendril
//! instead, so the copy goes, was measured (session 25, callgrind on
//! newspaper4k) and does not pay either: a tendril's `push_slice` costs
//! about a hundred instructions more than `String::push_str` (format
//! fix-up, inline check, ownership and capacity checks on every write),
//! and the guard writes about 1,260 pieces a page; the guard went from
//! 225.9 to 248.1 M while the parse saved 3.5 M (1,349.7 -> 1,368.9 M in
//! all). Shortening a tendril also shares its buffer, so the next write
//! copies it whole: the guard's taking back of an SVG body's output (a
//! `truncate`) then costs a copy of the page each time (1,506.4 M).

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Doctype, Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::tree_builder::{
    ElemName, ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{local_name, ns, Attribute, LocalName, Namespace, QualName};
use scraper::{Html, HtmlTreeSink};
use std::borrow::Cow;
use std::cell::{Cell, OnceCell};

/// Parses `html` into the document [`Html::parse_document`] builds, with the
/// fast tokenizer when the page allows (see the [module docs](self)).
/// `start_tags` is how many start tags the page has (the guard counted
/// them): the tree's arena is sized from it instead of growing by doubling.
pub(crate) fn parse_document(html: &str, start_tags: usize) -> Html {
    fast_parse_sized(html, start_tags).unwrap_or_else(|| Html::parse_document(html))
}

/// Nodes the tree's arena holds before the parse, per start tag: a page's
/// elements and the texts between its tags are about 1.75 nodes a start tag
/// (half to three times on the shared corpora); a page with more grows the
/// arena once.
const NODES_PER_START_TAG: usize = 2;

/// Room in [`Names`] before its second chunk: the elements whose names the
/// static tables ([`static_name`]) do not hold are few (custom elements,
/// rare tags); more double the room chunk by chunk.
const FIRST_NAMES: usize = 16;

/// The most nodes reserved before the parse (about 8 MiB of arena): beyond
/// it the arena grows by doubling as it fills, so a page of tags the tree
/// builder ignores reserves no more than this.
const MAX_RESERVED_NODES: usize = 1 << 16;

/// The document through the fast tokenizer, or `None` where it gives up.
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn fast_parse(html: &str) -> Option<Html> {
    fast_parse_sized(html, 0)
}

/// [`fast_parse`] into a tree sized for `start_tags` start tags.
fn fast_parse_sized(html: &str, start_tags: usize) -> Option<Html> {
    // html5ever drops a leading byte-order mark.
    let html = html.strip_prefix('\u{feff}').unwrap_or(html);
    if memchr::memchr(0, html.as_bytes()).is_some() {
        return None;
    }
    // The standard's input stream turns CR LF and lone CRs into LFs before
    // tokenizing; html5ever does it on the fly, everywhere it reads.
    // Views into the input are tendrils, whose offsets are 32-bit.
    if u32::try_from(html.len()).is_err() {
        return give_up();
    }
    let text: Cow<'_, str> = if memchr::memchr(b'\r', html.as_bytes()).is_some() {
        Cow::Owned(html.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(html)
    };
    let mut doc = Html::new_document();
    let nodes = start_tags
        .saturating_mul(NODES_PER_START_TAG)
        .min(MAX_RESERVED_NODES);
    if nodes > 0 {
        doc.tree = ego_tree::Tree::with_capacity(scraper::Node::Document, nodes);
    }
    let names = Names::new(FIRST_NAMES);
    let mut lexer = Lexer {
        s: &text,
        b: text.as_bytes(),
        src: StrTendril::from_slice(&text),
        pos: 0,
        tb: TreeBuilder::new(
            Sink {
                tree: HtmlTreeSink::new(doc),
                names: &names,
            },
            TreeBuilderOpts::default(),
        ),
        last_start: None,
        link_listed: false,
        plain_link_open: false,
    };
    lexer.run()?;
    let _ = lexer.tb.process_token(Token::EOFToken, 1);
    lexer.tb.end();
    let doc = lexer.tb.sink.finish();
    if names.lost.get() {
        return give_up();
    }
    Some(doc)
}

/// Gives up: the page goes to html5ever's tokenizer.
#[track_caller]
fn give_up<T>() -> Option<T> {
    #[cfg(test)]
    {
        let line = std::panic::Location::caller().line();
        tests::WHY.with(|w| *w.borrow_mut() = line);
    }
    None
}

/// A node of the tree being built: its id in scraper's tree and its name,
/// in [`Names`] (an element's) or [`NO_NAME`] (any other node's).
///
/// html5ever's tree builder asks for the name of each open element it walks
/// past (the scope checks walk the stack of open elements from the current
/// node up, for every `<p>`, `<div>`, `<li>`, ... start tag); scraper's sink
/// answers each question with a borrow of the whole document and a lookup
/// in its arena of nodes. Names never change once an element is created,
/// so the handle points at the name itself: the answer is the reference,
/// without a borrow to count, and the handle stays a plain copyable value,
/// as scraper's handle is.
#[derive(Clone, Copy)]
struct Node<'n> {
    id: ego_tree::NodeId,
    name: &'n Name,
}

impl Node<'_> {
    /// A node that is not an element.
    fn other(id: ego_tree::NodeId) -> Self {
        Node { id, name: &NO_NAME }
    }
}

/// An element's name as the tree builder reads it.
#[derive(Debug)]
struct Name {
    ns: Namespace,
    local: LocalName,
}

/// The name the tree builder would get for a node that is not an element
/// (it never asks for one).
static NO_NAME: Name = Name {
    ns: ns!(),
    local: local_name!(""),
};

/// The names of the commonest HTML and SVG elements, kept once for every
/// parse: an element of one of them points at its entry (see
/// [`static_name`]) instead of adding its name to [`Names`].
macro_rules! static_names {
    ($table:ident, $lookup:ident, $ns:tt; $($i:literal => $name:tt,)*) => {
        static $table: [Name; [$($name),*].len()] = [
            $(Name { ns: ns!($ns), local: local_name!($name) },)*
        ];

        /// The entry of the table for `local` (in the table's namespace),
        /// when it has one.
        fn $lookup(local: &LocalName) -> Option<&'static Name> {
            match *local {
                $(local_name!($name) => $table.get($i),)*
                _ => None,
            }
        }
    };
}

static_names! {
    HTML_NAMES, html_name, html;
    // A plain link's stand-in name (see `PLAIN_LINK`).
    0 => "",
    1 => "div",
    2 => "p",
    3 => "span",
    4 => "a",
    5 => "li",
    6 => "ul",
    7 => "img",
    8 => "br",
    9 => "i",
    10 => "em",
    11 => "b",
    12 => "strong",
    13 => "h1",
    14 => "h2",
    15 => "h3",
    16 => "h4",
    17 => "section",
    18 => "article",
    19 => "header",
    20 => "footer",
    21 => "nav",
    22 => "aside",
    23 => "time",
    24 => "figure",
    25 => "figcaption",
    26 => "picture",
    27 => "source",
    28 => "button",
    29 => "form",
    30 => "input",
    31 => "label",
    32 => "small",
    33 => "script",
    34 => "style",
    35 => "noscript",
    36 => "meta",
    37 => "link",
    38 => "title",
    39 => "head",
    40 => "body",
    41 => "html",
    42 => "main",
    43 => "iframe",
    44 => "table",
    45 => "tbody",
    46 => "tr",
    47 => "td",
    48 => "ol",
    49 => "dl",
    50 => "dt",
    51 => "dd",
    52 => "h5",
    53 => "h6",
    54 => "blockquote",
    55 => "pre",
    56 => "code",
    57 => "sup",
    58 => "sub",
    59 => "hr",
    60 => "u",
    61 => "s",
    62 => "th",
    63 => "thead",
    64 => "tfoot",
    65 => "option",
    66 => "select",
    67 => "textarea",
    68 => "video",
    69 => "audio",
    70 => "template",
    71 => "wbr",
    72 => "center",
    73 => "font",
    74 => "abbr",
    75 => "cite",
    76 => "mark",
    77 => "fieldset",
    78 => "legend",
    79 => "caption",
    80 => "col",
    81 => "colgroup",
    82 => "details",
    83 => "summary",
    84 => "address",
    85 => "dialog",
    86 => "menu",
    87 => "canvas",
    88 => "object",
    89 => "embed",
    90 => "area",
    91 => "map",
    92 => "param",
    93 => "track",
    94 => "q",
    95 => "ins",
    96 => "del",
    97 => "kbd",
    98 => "var",
    99 => "samp",
    100 => "base",
    101 => "optgroup",
    102 => "output",
    103 => "progress",
    104 => "meter",
    105 => "data",
    106 => "bdi",
    107 => "big",
    108 => "strike",
    109 => "tt",
    110 => "hgroup",
    111 => "search",
    112 => "slot",
}

static_names! {
    SVG_NAMES, svg_name, svg;
    0 => "svg",
    1 => "path",
    2 => "g",
    3 => "use",
    4 => "circle",
    5 => "rect",
    6 => "polygon",
    7 => "polyline",
    8 => "line",
    9 => "ellipse",
    10 => "defs",
    11 => "symbol",
    12 => "title",
    13 => "desc",
    14 => "clipPath",
    15 => "mask",
    16 => "stop",
    17 => "linearGradient",
    18 => "radialGradient",
    19 => "image",
    20 => "text",
    21 => "tspan",
    22 => "filter",
    23 => "pattern",
    24 => "foreignObject",
    25 => "style",
    26 => "metadata",
}

/// The kept entry for `name` ([`HTML_NAMES`], [`SVG_NAMES`]), when it has
/// one.
fn static_name(name: &QualName) -> Option<&'static Name> {
    if name.ns == ns!(html) {
        html_name(&name.local)
    } else if name.ns == ns!(svg) {
        svg_name(&name.local)
    } else {
        None
    }
}

/// The most chunks of [`Names`]: each holds twice the names of the one
/// before, so even a first chunk of one name makes room for more elements
/// than any input holds.
const NAME_CHUNKS: usize = 48;

/// The names of the elements the tree builder creates, one entry an
/// element, where [`Node`]s point: written once each, through a shared
/// reference, and never moved (chunks are added, never grown), so a
/// handle keeps a plain reference to its name for the whole parse.
struct Names {
    /// Chunk `k` holds `first << k` names, allocated when it is first
    /// needed.
    chunks: [OnceCell<Box<[OnceCell<Name>]>>; NAME_CHUNKS],
    /// Names in the first chunk.
    first: usize,
    /// The chunk and the entry in it the next name goes to.
    next: Cell<(usize, usize)>,
    /// Whether a name found no room (past the last chunk, which no input
    /// reaches): the tree is then not html5ever's, and the parse gives up.
    lost: Cell<bool>,
}

impl Names {
    /// Room for `first` names (at least one) before a second chunk.
    fn new(first: usize) -> Self {
        Names {
            chunks: std::array::from_fn(|_| OnceCell::new()),
            first: first.max(1),
            next: Cell::new((0, 0)),
            lost: Cell::new(false),
        }
    }

    /// Keeps `name` for the rest of the parse.
    fn add(&self, name: Name) -> &Name {
        let (mut chunk, mut entry) = self.next.get();
        loop {
            let Some(slot) = self.chunks.get(chunk) else {
                self.lost.set(true);
                return &NO_NAME;
            };
            // Past the bits of a `usize`, a chunk as large as can be asked.
            let len = u32::try_from(chunk)
                .ok()
                .and_then(|c| 1usize.checked_shl(c))
                .map_or(usize::MAX, |n| self.first.saturating_mul(n));
            let cells = slot.get_or_init(|| (0..len).map(|_| OnceCell::new()).collect());
            if let Some(cell) = cells.get(entry) {
                self.next.set((chunk, entry + 1));
                return cell.get_or_init(|| name);
            }
            chunk += 1;
            entry = 0;
        }
    }
}

/// An element's name, borrowed from [`Names`].
#[derive(Debug)]
struct NameRef<'a>(&'a Name);

impl ElemName for NameRef<'_> {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }

    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

/// scraper's sink with a table of the elements' names (see [`Node`]):
/// every method hands its work on the tree to [`HtmlTreeSink`], so the tree
/// is the one scraper's sink builds.
struct Sink<'n> {
    tree: HtmlTreeSink,
    /// The name of every element created.
    names: &'n Names,
}

impl<'n> TreeSink for Sink<'n> {
    type Output = Html;
    type Handle = Node<'n>;
    type ElemName<'a>
        = NameRef<'a>
    where
        'n: 'a;

    fn finish(self) -> Html {
        self.tree.finish()
    }

    fn parse_error(&self, msg: Cow<'static, str>) {
        self.tree.parse_error(msg);
    }

    fn get_document(&self) -> Node<'n> {
        Node::other(self.tree.get_document())
    }

    fn elem_name<'a>(&'a self, target: &'a Node<'n>) -> NameRef<'a> {
        NameRef(target.name)
    }

    fn create_element(
        &self,
        name: QualName,
        attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> Node<'n> {
        let kept = match static_name(&name) {
            Some(kept) => kept,
            None => self.names.add(Name {
                ns: name.ns.clone(),
                local: name.local.clone(),
            }),
        };
        // A plain link: the tree builder knows it by its stand-in name, the
        // tree by its own.
        let name = if name.local == PLAIN_LINK {
            QualName {
                local: local_name!("a"),
                ..name
            }
        } else {
            name
        };
        Node {
            id: self.tree.create_element(name, attrs, flags),
            name: kept,
        }
    }

    fn create_comment(&self, text: StrTendril) -> Node<'n> {
        Node::other(self.tree.create_comment(text))
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Node<'n> {
        Node::other(self.tree.create_pi(target, data))
    }

    fn append(&self, parent: &Node<'n>, child: NodeOrText<Node<'n>>) {
        self.tree.append(&parent.id, ids(child));
    }

    fn append_based_on_parent_node(
        &self,
        element: &Node<'n>,
        prev_element: &Node<'n>,
        child: NodeOrText<Node<'n>>,
    ) {
        self.tree
            .append_based_on_parent_node(&element.id, &prev_element.id, ids(child));
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.tree
            .append_doctype_to_document(name, public_id, system_id);
    }

    fn mark_script_already_started(&self, node: &Node<'n>) {
        self.tree.mark_script_already_started(&node.id);
    }

    fn pop(&self, node: &Node<'n>) {
        self.tree.pop(&node.id);
    }

    fn get_template_contents(&self, target: &Node<'n>) -> Node<'n> {
        Node::other(self.tree.get_template_contents(&target.id))
    }

    fn same_node(&self, x: &Node<'n>, y: &Node<'n>) -> bool {
        self.tree.same_node(&x.id, &y.id)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.tree.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &Node<'n>, new_node: NodeOrText<Node<'n>>) {
        self.tree.append_before_sibling(&sibling.id, ids(new_node));
    }

    fn add_attrs_if_missing(&self, target: &Node<'n>, attrs: Vec<Attribute>) {
        self.tree.add_attrs_if_missing(&target.id, attrs);
    }

    fn associate_with_form(
        &self,
        target: &Node<'n>,
        form: &Node<'n>,
        nodes: (&Node<'n>, Option<&Node<'n>>),
    ) {
        self.tree
            .associate_with_form(&target.id, &form.id, (&nodes.0.id, nodes.1.map(|n| &n.id)));
    }

    fn remove_from_parent(&self, target: &Node<'n>) {
        self.tree.remove_from_parent(&target.id);
    }

    fn reparent_children(&self, node: &Node<'n>, new_parent: &Node<'n>) {
        self.tree.reparent_children(&node.id, &new_parent.id);
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Node<'n>) -> bool {
        self.tree
            .is_mathml_annotation_xml_integration_point(&handle.id)
    }

    fn set_current_line(&self, line_number: u64) {
        self.tree.set_current_line(line_number);
    }

    fn allow_declarative_shadow_roots(&self, intended_parent: &Node<'n>) -> bool {
        self.tree
            .allow_declarative_shadow_roots(&intended_parent.id)
    }

    fn attach_declarative_shadow(
        &self,
        location: &Node<'n>,
        template: &Node<'n>,
        attrs: &[Attribute],
    ) -> bool {
        self.tree
            .attach_declarative_shadow(&location.id, &template.id, attrs)
    }

    fn maybe_clone_an_option_into_selectedcontent(&self, option: &Node<'n>) {
        self.tree
            .maybe_clone_an_option_into_selectedcontent(&option.id);
    }
}

/// A node to append, as scraper's sink takes it.
fn ids(child: NodeOrText<Node<'_>>) -> NodeOrText<ego_tree::NodeId> {
    match child {
        NodeOrText::AppendNode(node) => NodeOrText::AppendNode(node.id),
        NodeOrText::AppendText(text) => NodeOrText::AppendText(text),
    }
}

/// The name a plain link goes to the tree builder under ([`Lexer::plain_link`]):
/// the empty name, which no tag of a page has (a tag name has at least one
/// character), so no other tag opens or closes it; [`Sink`] creates the
/// element as `a`.
const PLAIN_LINK: LocalName = local_name!("");

/// Notes whether the tree builder holds an HTML `a` element (open, or in
/// its list of active formatting elements).
struct LinkTracer<'n> {
    seen: Cell<bool>,
    handles: std::marker::PhantomData<Node<'n>>,
}

impl<'n> html5ever::tree_builder::Tracer for LinkTracer<'n> {
    type Handle = Node<'n>;

    fn trace_handle(&self, node: &Node<'n>) {
        if node.name.local == local_name!("a") && node.name.ns == ns!(html) {
            self.seen.set(true);
        }
    }
}

/// What the tokenizer reads after a tag, as the tree builder says.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Data,
    /// RCDATA (`<title>`, `<textarea>`): text with character references
    /// up to the matching end tag.
    Rcdata,
    /// RAWTEXT (`<style>`, `<noscript>`, ...) and script data: text up to
    /// the matching end tag.
    Rawtext,
    Script,
}

/// A character reference as read: the characters it stands for (none when
/// the `&` is a plain ampersand) and where reading resumes.
struct CharRef {
    chars: Option<(char, Option<char>)>,
    resume: usize,
}

/// Room for the first attributes of a tag: what a vector of them grows to
/// at its first push (the standard library's least capacity for elements
/// of their size).
const FIRST_ATTRIBUTES: usize = 4;

/// The most bytes a tendril holds in place (tendril's own bound): shorter
/// texts are never views of a shared buffer.
const INLINE_LEN: usize = 8;

fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0C' | b' ')
}

/// Classes of the bytes in a tag, for [`BYTE_CLASS`].
mod class {
    /// Ends a tag name: a space ([`super::is_space`]), `/`, `>`.
    pub const NAME_END: u8 = 1;
    /// Ends an attribute name: a space, `/`, `>`, `=`.
    pub const ATTR_NAME_END: u8 = 1 << 1;
    /// Ends an unquoted attribute value: a space, `>`.
    pub const VALUE_END: u8 = 1 << 2;
    /// An ASCII upper-case letter, which a name lower-cases.
    pub const UPPER: u8 = 1 << 3;
    /// A space.
    pub const SPACE: u8 = 1 << 4;
}

/// The [`class`] bits of each byte: one look-up a byte in the tag
/// readers' loops.
static BYTE_CLASS: [u8; 256] = byte_classes();

const fn byte_classes() -> [u8; 256] {
    use class::*;
    let mut t = [0u8; 256];
    let space = [b'\t', b'\n', b'\x0C', b' '];
    let mut i = 0;
    while i < space.len() {
        t[space[i] as usize] = SPACE | NAME_END | ATTR_NAME_END | VALUE_END;
        i += 1;
    }
    t[b'/' as usize] = NAME_END | ATTR_NAME_END;
    t[b'>' as usize] = NAME_END | ATTR_NAME_END | VALUE_END;
    t[b'=' as usize] = ATTR_NAME_END;
    let mut c = b'A';
    while c <= b'Z' {
        t[c as usize] = UPPER;
        c += 1;
    }
    t
}

/// Where the name from `start` ends at the first byte of class `end`
/// (or the end of `b`), and whether it has an upper-case letter.
fn name_end(b: &[u8], start: usize, end: u8) -> (usize, bool) {
    let mut upper = 0;
    let mut i = start;
    while let Some(&c) = b.get(i) {
        let k = BYTE_CLASS[usize::from(c)];
        if k & end != 0 {
            break;
        }
        upper |= k;
        i += 1;
    }
    (i, upper & class::UPPER != 0)
}

/// The first byte at or after `i` that is not a space.
fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b
        .get(i)
        .is_some_and(|&c| BYTE_CLASS[usize::from(c)] & class::SPACE != 0)
    {
        i += 1;
    }
    i
}

struct Lexer<'a, 'n> {
    s: &'a str,
    /// `s` as bytes.
    b: &'a [u8],
    /// The same text as `b`, for views (`subtendril`) instead of copies.
    src: StrTendril,
    pos: usize,
    tb: TreeBuilder<Node<'n>, Sink<'n>>,
    /// The name of the start tag that opened the raw text being read.
    last_start: Option<LocalName>,
    /// Whether an `<a>` the tree builder took as a formatting element may
    /// still be in its list of active formatting elements (see
    /// [`Lexer::plain_link`]).
    link_listed: bool,
    /// Whether the last start tag was a plain link handed over as
    /// [`PLAIN_LINK`]: its end tag, the next tag, goes under that name too.
    plain_link_open: bool,
}

impl Lexer<'_, '_> {
    fn run(&mut self) -> Option<()> {
        let mut mode = Mode::Data;
        loop {
            let next = match mode {
                Mode::Data => self.data()?,
                Mode::Rcdata | Mode::Rawtext | Mode::Script => self.raw(mode)?,
            };
            match next {
                Some(m) => mode = m,
                None => return Some(()),
            }
        }
    }

    /// A view of `start..end` of the input (both at character boundaries:
    /// they sit next to ASCII bytes).
    fn view(&self, start: usize, end: usize) -> StrTendril {
        // A text as short as a tendril holds in place is copied there: the
        // same tendril, without checking the view's ends or sharing the
        // buffer.
        if end - start <= INLINE_LEN {
            if let Some(s) = self.s.get(start..end) {
                return StrTendril::from_slice(s);
            }
        }
        // Pages are below 4 GiB (the input limit is far lower).
        self.src.subtendril(start as u32, (end - start) as u32)
    }

    fn text(&mut self, start: usize, end: usize) {
        if start < end {
            let t = self.view(start, end);
            let _ = self.tb.process_token(Token::CharacterTokens(t), 1);
        }
    }

    /// Text from `start` with the reference read at `amp` (its `&`): the
    /// text before it and the characters it stands for are emitted when it
    /// is one; returns where text starts and scanning resumes. A `&` that
    /// is no reference stays in the text.
    fn take_ref(&mut self, start: usize, amp: usize, r: &CharRef) -> (usize, usize) {
        match r.chars {
            None => (start, amp + 1),
            Some(chars) => {
                self.text(start, amp);
                self.chars(chars);
                (r.resume, r.resume)
            }
        }
    }

    fn chars(&mut self, chars: (char, Option<char>)) {
        let mut t = StrTendril::new();
        t.push_char(chars.0);
        if let Some(c) = chars.1 {
            t.push_char(c);
        }
        let _ = self.tb.process_token(Token::CharacterTokens(t), 1);
    }

    /// The data state, up to the end of the input (`Some(None)`) or a tag
    /// after which the tree builder wants raw text (`Some(Some(mode))`).
    fn data(&mut self) -> Option<Option<Mode>> {
        let b = self.b;
        let mut start = self.pos;
        let mut at = self.pos;
        loop {
            let Some(i) = crate::text::find2(b, at, b'<', b'&') else {
                self.text(start, b.len());
                self.pos = b.len();
                return Some(None);
            };
            if b[i] == b'&' {
                let r = self.char_ref(i + 1, false)?;
                (start, at) = self.take_ref(start, i, &r);
                continue;
            }
            // `<`
            match b.get(i + 1) {
                None => return give_up(),
                Some(b'!') => {
                    self.text(start, i);
                    self.markup_declaration(i + 2)?;
                    start = self.pos;
                    at = self.pos;
                }
                Some(b'/') => {
                    let Some(&c) = b.get(i + 2) else {
                        return give_up();
                    };
                    if !c.is_ascii_alphabetic() {
                        return give_up();
                    }
                    self.text(start, i);
                    let mode = self.tag(i + 2, TagKind::EndTag)?;
                    if mode != Mode::Data {
                        return Some(Some(mode));
                    }
                    start = self.pos;
                    at = self.pos;
                }
                Some(c) if c.is_ascii_alphabetic() => {
                    self.text(start, i);
                    let mode = self.tag(i + 1, TagKind::StartTag)?;
                    if mode != Mode::Data {
                        return Some(Some(mode));
                    }
                    start = self.pos;
                    at = self.pos;
                }
                Some(b'?') => {
                    // A bogus comment, from the `?` to the first `>`.
                    self.text(start, i);
                    let end = i + 1 + memchr::memchr(b'>', &b[i + 1..])?;
                    let comment = self.view(i + 1, end);
                    let _ = self.tb.process_token(Token::CommentToken(comment), 1);
                    start = end + 1;
                    at = end + 1;
                }
                // A `<` that opens no tag is text.
                Some(_) => at = i + 1,
            }
        }
    }

    /// Raw text from `self.pos` up to the end tag named like the last start
    /// tag; the end tag is then read as a tag.
    fn raw(&mut self, mode: Mode) -> Option<Option<Mode>> {
        let b = self.b;
        let last = self.last_start.clone()?;
        let name = last.as_bytes();
        let body_start = self.pos;
        let mut at = self.pos;
        let end = loop {
            let off = memchr::memchr(b'<', &b[at..])?;
            let i = at + off;
            if end_tag_at(b, i, name) {
                break i;
            }
            if mode == Mode::Script && b[i + 1..].starts_with(b"!--") {
                // The escaped states: the end is found by their rules.
                break script_end(b, i + 4)?;
            }
            at = i + 1;
        };
        if mode == Mode::Rcdata {
            let mut start = body_start;
            let mut at = body_start;
            while let Some(off) = memchr::memchr(b'&', &b[at..end]) {
                let i = at + off;
                let r = self.char_ref(i + 1, false)?;
                // A reference never reads past the end tag's `<`.
                if r.resume > end {
                    return give_up();
                }
                (start, at) = self.take_ref(start, i, &r);
            }
            self.text(start, end);
        } else {
            self.text(body_start, end);
        }
        let next = self.tag(end + 2, TagKind::EndTag)?;
        if next == Mode::Data {
            self.data()
        } else {
            Some(Some(next))
        }
    }

    /// After `<!`: a comment or a doctype.
    fn markup_declaration(&mut self, p: usize) -> Option<()> {
        let b = self.b;
        let rest = &b[p..];
        if rest.starts_with(b"--") {
            let body = p + 2;
            let after = &b[body..];
            if after.first() == Some(&b'>') || after.starts_with(b"->") {
                return give_up();
            }
            let end = body + memchr::memmem::find(after, b"-->")?;
            if memchr::memmem::find(&b[body..end], b"--!").is_some() {
                return give_up();
            }
            let comment = self.view(body, end);
            let _ = self.tb.process_token(Token::CommentToken(comment), 1);
            self.pos = end + 3;
            return Some(());
        }
        if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"doctype") {
            return self.doctype(p + 7);
        }
        give_up()
    }

    /// `<!DOCTYPE name>`, with a public and a system identifier or a system
    /// one; gives up on anything else.
    fn doctype(&mut self, p: usize) -> Option<()> {
        let b = self.b;
        let skip = |mut i: usize| {
            while b.get(i).is_some_and(|&c| is_space(c)) {
                i += 1;
            }
            i
        };
        if !b.get(p).is_some_and(|&c| is_space(c)) {
            return give_up();
        }
        let start = skip(p);
        let mut i = start;
        while b.get(i).is_some_and(|&c| !is_space(c) && c != b'>') {
            i += 1;
        }
        if i == start || i >= b.len() {
            return give_up();
        }
        let name = self.s.get(start..i)?.to_ascii_lowercase();
        let mut doctype = Doctype {
            name: Some(StrTendril::from_slice(&name)),
            ..Doctype::default()
        };
        let quoted = |i: usize| -> Option<(StrTendril, usize)> {
            let q = *b.get(i)?;
            if q != b'"' && q != b'\'' {
                return None;
            }
            let len = memchr::memchr(q, b.get(i + 1..)?)?;
            let id = &b[i + 1..i + 1 + len];
            if id.contains(&b'>') {
                return None;
            }
            Some((self.view(i + 1, i + 1 + len), i + 2 + len))
        };
        i = skip(i);
        if b.get(i) != Some(&b'>') {
            let keyword = b.get(i..i + 6)?;
            let public = keyword.eq_ignore_ascii_case(b"public");
            if !public && !keyword.eq_ignore_ascii_case(b"system") {
                return give_up();
            }
            i += 6;
            if !b.get(i).is_some_and(|&c| is_space(c)) {
                return give_up();
            }
            let (id, next) = quoted(skip(i))?;
            i = next;
            if public {
                doctype.public_id = Some(id);
                let had_space = b.get(i).is_some_and(|&c| is_space(c));
                i = skip(i);
                if b.get(i) != Some(&b'>') {
                    if !had_space {
                        return give_up();
                    }
                    let (system, next) = quoted(i)?;
                    doctype.system_id = Some(system);
                    i = skip(next);
                }
            } else {
                doctype.system_id = Some(id);
                i = skip(i);
            }
            if b.get(i) != Some(&b'>') {
                return give_up();
            }
        }
        let _ = self.tb.process_token(Token::DoctypeToken(doctype), 1);
        self.pos = i + 1;
        Some(())
    }

    /// A character reference after the `&` at `p - 1`, as html5ever's
    /// character reference tokenizer reads it; gives up where it would
    /// report an error or the input ends.
    fn char_ref(&self, p: usize, in_attribute: bool) -> Option<CharRef> {
        let b = self.b;
        let plain = CharRef {
            chars: None,
            resume: p,
        };
        match *b.get(p)? {
            b'#' => self.numeric_ref(p + 1),
            c if c.is_ascii_alphanumeric() => {
                let entities = &html5ever::data::NAMED_ENTITIES;
                // The table holds every prefix of every name, so html5ever
                // reads on while the name read so far is in it; a name is
                // at most a run of letters and digits and a `;`, after
                // which nothing continues it. When that whole run is a
                // name and a character follows it, the reading below ends
                // with it: one look-up instead of one a character.
                let run = b[p..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                let mut matched: Option<((u32, u32), usize)> = None;
                if b.get(p + run) == Some(&b';') && p + run + 1 < b.len() {
                    let whole = self.s.get(p..=p + run).and_then(|n| entities.get(n));
                    if let Some(&m) = whole.filter(|m| m.0 != 0) {
                        matched = Some((m, run + 1));
                    }
                }
                if matched.is_none() {
                    // Read on one character at a time, as html5ever does.
                    let mut i = p;
                    loop {
                        // End of input inside a name: html5ever's end-of-file
                        // path; not worth following.
                        let &c = b.get(i)?;
                        if !c.is_ascii() {
                            break;
                        }
                        let name = self.s.get(p..=i)?;
                        match entities.get(name) {
                            Some(&m) => {
                                if m.0 != 0 {
                                    matched = Some((m, i + 1 - p));
                                }
                                i += 1;
                            }
                            None => break,
                        }
                    }
                }
                let Some(((c1, c2), len)) = matched else {
                    // No reference: the `&` is text and the name is read
                    // again as text.
                    return Some(plain);
                };
                let last = b[p + len - 1];
                let next = b.get(p + len).copied();
                if last != b';'
                    && in_attribute
                    && next.is_some_and(|c| c == b'=' || c.is_ascii_alphanumeric())
                {
                    return Some(plain);
                }
                if last != b';' && !in_attribute {
                    // A missing semicolon is an error html5ever reports;
                    // in text it would keep the tree builder from
                    // skipping a line break after `<pre>`.
                    return give_up();
                }
                let c1 = char::from_u32(c1)?;
                let c2 = if c2 == 0 {
                    None
                } else {
                    Some(char::from_u32(c2)?)
                };
                Some(CharRef {
                    chars: Some((c1, c2)),
                    resume: p + len,
                })
            }
            _ => Some(plain),
        }
    }

    /// `&#...;` after the `#` at `p - 1`: only the well-formed references
    /// to characters html5ever takes without an error.
    fn numeric_ref(&self, p: usize) -> Option<CharRef> {
        let b = self.b;
        let (radix, start) = match b.get(p) {
            Some(b'x' | b'X') => (16, p + 1),
            _ => (10, p),
        };
        let mut i = start;
        let mut n: u32 = 0;
        while let Some(d) = b.get(i).and_then(|&c| (c as char).to_digit(radix)) {
            // Seven hex or decimal digits are past U+10FFFF.
            if i - start >= 7 {
                return give_up();
            }
            n = n * radix + d;
            i += 1;
        }
        if i == start || b.get(i) != Some(&b';') {
            return give_up();
        }
        let clean = match n {
            0x09 | 0x0A | 0x0C => true,
            0x20..=0x7E | 0xA0..=0xD7FF | 0xE000..=0xFDCF | 0xFDF0..=0x10FFFF => {
                n & 0xFFFE != 0xFFFE
            }
            _ => false,
        };
        if !clean {
            return give_up();
        }
        Some(CharRef {
            chars: Some((char::from_u32(n)?, None)),
            resume: i + 1,
        })
    }

    /// A tag whose name starts at `p`; returns what follows it as the tree
    /// builder decides.
    fn tag(&mut self, p: usize, kind: TagKind) -> Option<Mode> {
        let b = self.b;
        let (mut i, upper) = name_end(b, p, class::NAME_END);
        if i >= b.len() {
            return give_up();
        }
        let s = self.s;
        let spelt = lower_name(s.get(p..i)?, upper);
        // No vector until the first attribute: most tags have none, and a
        // tag's first attribute allocates it at its size directly rather
        // than through the vector's growth.
        let mut attrs: Option<Vec<Attribute>> = None;
        let mut duplicate = false;
        let mut self_closing = false;
        // Before an attribute name.
        'attrs: loop {
            i = skip_spaces(b, i);
            match *b.get(i)? {
                b'>' => break,
                b'/' => {
                    i += 1;
                    if *b.get(i)? == b'>' {
                        self_closing = true;
                        break;
                    }
                    // `/` not before `>`: read on as before a name.
                    continue;
                }
                _ => {}
            }
            // An attribute name: its first character may be `=`.
            let name_start = i;
            let first_upper = b
                .get(i)
                .is_some_and(|&c| BYTE_CLASS[usize::from(c)] & class::UPPER != 0);
            let (end, upper) = name_end(b, i + 1, class::ATTR_NAME_END);
            i = end;
            let attr_name = lower_name(self.s.get(name_start..i)?, first_upper || upper);
            i = skip_spaces(b, i);
            let mut value = StrTendril::new();
            if *b.get(i)? == b'=' {
                i = skip_spaces(b, i + 1);
                match *b.get(i)? {
                    q @ (b'"' | b'\'') => {
                        // Past the closing quote, whatever comes next is
                        // read as before an attribute name (a missing space
                        // is only an error).
                        i = self.value(i + 1, Some(q), &mut value)?;
                    }
                    b'>' => {}
                    _ => i = self.value(i, None, &mut value)?,
                }
            }
            let local = local_name(&attr_name);
            if attrs.iter().flatten().any(|a| a.name.local == local) {
                duplicate = true;
            } else {
                attrs
                    .get_or_insert_with(|| Vec::with_capacity(FIRST_ATTRIBUTES))
                    .push(Attribute {
                        name: QualName::new(None, ns!(), local),
                        value,
                    });
            }
            if b.get(i).is_none() {
                return give_up();
            }
            continue 'attrs;
        }
        // `b[i]` is the closing `>`.
        self.pos = i + 1;
        let mut name = local_name(&spelt);
        if name == local_name!("a") {
            match kind {
                TagKind::StartTag if !self_closing && self.plain_link(i + 1) => {
                    name = PLAIN_LINK;
                    self.plain_link_open = true;
                    #[cfg(test)]
                    tests::PLAIN_LINKS.with(|n| n.set(n.get() + 1));
                }
                TagKind::StartTag => self.link_listed = true,
                TagKind::EndTag if self.plain_link_open => name = PLAIN_LINK,
                TagKind::EndTag => {}
            }
        }
        if kind == TagKind::EndTag {
            self.plain_link_open = false;
        }
        let tag = Tag {
            kind,
            name,
            self_closing,
            attrs: attrs.unwrap_or_default(),
            had_duplicate_attributes: duplicate,
        };
        let raw = match self.tb.process_token(Token::TagToken(tag), 1) {
            TokenSinkResult::Continue
            | TokenSinkResult::Script(_)
            | TokenSinkResult::EncodingIndicator(_) => return Some(Mode::Data),
            TokenSinkResult::RawData(RawKind::Rcdata) => Mode::Rcdata,
            TokenSinkResult::RawData(RawKind::Rawtext) => Mode::Rawtext,
            TokenSinkResult::RawData(RawKind::ScriptData) => Mode::Script,
            TokenSinkResult::RawData(_) | TokenSinkResult::Plaintext => return give_up(),
        };
        // The tree builder switches to raw text after start tags only; the
        // raw text ends at the end tag of the same name. Named here, not
        // for every start tag: one atom for the few raw text elements.
        self.last_start = Some(local_name(&spelt));
        Some(raw)
    }

    /// Whether the `<a>` start tag that ends before `after` (not
    /// self-closing) can go to the tree builder as [`PLAIN_LINK`], an
    /// ordinary element, and its end tag too, leaving the tree as it is.
    ///
    /// html5ever takes `<a>` as a formatting element: it clones the tag
    /// (its attributes) into its list of active formatting elements, and
    /// `</a>` runs the adoption agency, which clones it again and drops
    /// both: about a third of the tree's cost on a page of links. For a
    /// link that holds text alone (the next tag is its `</a>`) the two
    /// come to the same tree: either start tag first reconstructs the
    /// active formatting elements and inserts the element at the same
    /// place (foster parenting and foreign content alike: `a` is neither a
    /// breakout tag nor special in any scope); text neither reconstructs
    /// anything past the link (the link is open and last) nor moves the
    /// current node; and the end tag finds the link the current node, so
    /// the adoption agency pops it and takes it off the list, as the end
    /// tag of an ordinary element pops it. The list differs only while the
    /// link is open, and only `<a>` start tags read it for links
    /// (`handle_misnested_a_tags`, and Noah's Ark, which compares an entry
    /// with entries of its own name): so the link must also find no `a` in
    /// the list, which holds when no `<a>` went as a formatting element
    /// since the tree builder last held no `a` element at all.
    ///
    /// Widening this to links whose content is balanced inline tags
    /// (`<span>`, `<b>`, `<i>`, `<em>`, `<strong>`, `<img>`, `<br>`,
    /// `<wbr>`, an empty `<svg>`: the same tree, by the argument above,
    /// since the link's entry stays last and open while such content
    /// neither reconstructs nor closes anything past it) was measured
    /// (session 31, callgrind) and does not pay: after the guard, 37,888
    /// of the 37,924 links of the 300 datatrove bench pages already go
    /// plain, so the look-ahead through tags and attributes cost more than
    /// the 36 adoption agencies it spared (851.9 -> 853.7 M on the bench
    /// pages, 1,229.5 -> 1,229.2 M on newspaper4k).
    fn plain_link(&mut self, after: usize) -> bool {
        let b = self.b;
        let Some(lt) = memchr::memchr(b'<', b.get(after..).unwrap_or_default()) else {
            return false;
        };
        let at = after + lt;
        let closes = b.get(at + 1) == Some(&b'/')
            && b.get(at + 2).is_some_and(|c| c.eq_ignore_ascii_case(&b'a'))
            && b.get(at + 3)
                .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>');
        if !closes {
            return false;
        }
        if self.link_listed {
            let tracer = LinkTracer {
                seen: Cell::new(false),
                handles: std::marker::PhantomData,
            };
            self.tb.trace_handles(&tracer);
            if tracer.seen.get() {
                return false;
            }
            self.link_listed = false;
        }
        true
    }

    /// An attribute value from `p`, quoted by `quote` or unquoted; returns
    /// where the tag goes on (past the closing quote, or at the space or
    /// `>` that ends an unquoted value).
    fn value(&self, p: usize, quote: Option<u8>, value: &mut StrTendril) -> Option<usize> {
        let b = self.b;
        let mut start = p;
        let mut i = p;
        loop {
            if let Some(q) = quote {
                i = crate::text::find2(b, i, q, b'&')?;
            }
            let c = *b.get(i)?;
            let ends = match quote {
                Some(q) => c == q,
                None => BYTE_CLASS[usize::from(c)] & class::VALUE_END != 0,
            };
            if ends || c == b'&' {
                if c == b'&' {
                    let r = self.char_ref(i + 1, true)?;
                    let Some(chars) = r.chars else {
                        i += 1;
                        continue;
                    };
                    self.append(value, start, i);
                    value.push_char(chars.0);
                    if let Some(c2) = chars.1 {
                        value.push_char(c2);
                    }
                    start = r.resume;
                    i = r.resume;
                    continue;
                }
                self.append(value, start, i);
                return Some(if quote.is_some() { i + 1 } else { i });
            }
            i += 1;
        }
    }

    fn append(&self, value: &mut StrTendril, start: usize, end: usize) {
        if start >= end {
            return;
        }
        if value.is_empty() {
            *value = self.view(start, end);
        } else {
            value.push_slice(self.s.get(start..end).unwrap_or(""));
        }
    }
}

/// Whether `script` (any case) stands at `n` followed by a space, `/` or
/// `>`: the name that opens or closes a double escape in script data.
fn script_name_at(b: &[u8], n: usize) -> bool {
    b.get(n..n + 6)
        .is_some_and(|s| s.eq_ignore_ascii_case(b"script"))
        && b.get(n + 6)
            .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
}

/// Whether an end tag named `name` (lower case) that ends raw text starts
/// at the `<` at `i`: `</`, the name in any case, then a space, `/` or `>`.
fn end_tag_at(b: &[u8], i: usize, name: &[u8]) -> bool {
    let n = i + 2;
    b.get(i + 1) == Some(&b'/')
        && b.get(n..n + name.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(name))
        && b.get(n + name.len())
            .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
}

/// Where a script ends that reached html5ever's escaped state (`<!--` in
/// script data) at `p`, just past the `<!--`: the `<` of the `</script`
/// that ends it, read by the standard's script data (double) escaped
/// states. Their text is the input as it is, so only the end matters.
fn script_end(b: &[u8], p: usize) -> Option<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum S {
        Data,
        Escaped,
        Double,
    }
    // The escape start `<!--` leaves the tokenizer in the escaped dash
    // dash state.
    let mut state = S::Escaped;
    let mut dashes = 2;
    let mut i = p;
    loop {
        let c = *b.get(i)?;
        match state {
            S::Data => {
                if c == b'<' {
                    if end_tag_at(b, i, b"script") {
                        return Some(i);
                    }
                    if b[i + 1..].starts_with(b"!--") {
                        state = S::Escaped;
                        dashes = 2;
                        i += 4;
                        continue;
                    }
                }
                i += 1;
            }
            S::Escaped | S::Double => {
                match c {
                    b'-' => {
                        dashes += 1;
                        i += 1;
                        continue;
                    }
                    b'>' if dashes >= 2 => {
                        state = S::Data;
                    }
                    b'<' if state == S::Escaped => {
                        if end_tag_at(b, i, b"script") {
                            return Some(i);
                        }
                        // `<script` followed by a space, `/` or `>` starts the
                        // double escape.
                        let n = i + 1;
                        if script_name_at(b, n) {
                            state = S::Double;
                            i = n + 6;
                            dashes = 0;
                            continue;
                        }
                    }
                    b'<' => {
                        // `</script` followed by a space, `/` or `>` ends
                        // the double escape.
                        let n = i + 2;
                        if b.get(i + 1) == Some(&b'/') && script_name_at(b, n) {
                            state = S::Escaped;
                            i = n + 6;
                            dashes = 0;
                            continue;
                        }
                    }
                    _ => {}
                }
                dashes = 0;
                i += 1;
            }
        }
    }
}

/// The interned name: the commonest tag and attribute names by a match on
/// the bytes (the same static atoms; array patterns compare bytes in a
/// decision tree, where string patterns call a comparison each), the rest
/// through the atom table, which hashes the name first.
fn local_name(name: &str) -> LocalName {
    match name.as_bytes() {
        [b'a'] => local_name!("a"),
        [b'p'] => local_name!("p"),
        [b'd', b'i', b'v'] => local_name!("div"),
        [b's', b'p', b'a', b'n'] => local_name!("span"),
        [b'l', b'i'] => local_name!("li"),
        [b'u', b'l'] => local_name!("ul"),
        [b'i', b'm', b'g'] => local_name!("img"),
        [b'b', b'r'] => local_name!("br"),
        [b'm', b'e', b't', b'a'] => local_name!("meta"),
        [b'l', b'i', b'n', b'k'] => local_name!("link"),
        [b's', b'c', b'r', b'i', b'p', b't'] => local_name!("script"),
        [b's', b'e', b'c', b't', b'i', b'o', b'n'] => local_name!("section"),
        [b'a', b'r', b't', b'i', b'c', b'l', b'e'] => local_name!("article"),
        [b'h', b'2'] => local_name!("h2"),
        [b'h', b'3'] => local_name!("h3"),
        [b's', b't', b'r', b'o', b'n', b'g'] => local_name!("strong"),
        [b'e', b'm'] => local_name!("em"),
        [b'f', b'i', b'g', b'u', b'r', b'e'] => local_name!("figure"),
        [b's', b'o', b'u', b'r', b'c', b'e'] => local_name!("source"),
        [b't', b'i', b'm', b'e'] => local_name!("time"),
        [b'b', b'u', b't', b't', b'o', b'n'] => local_name!("button"),
        [b'c', b'l', b'a', b's', b's'] => local_name!("class"),
        [b'h', b'r', b'e', b'f'] => local_name!("href"),
        [b's', b'r', b'c'] => local_name!("src"),
        [b'i', b'd'] => local_name!("id"),
        [b'a', b'l', b't'] => local_name!("alt"),
        [b'c', b'o', b'n', b't', b'e', b'n', b't'] => local_name!("content"),
        [b'p', b'r', b'o', b'p', b'e', b'r', b't', b'y'] => local_name!("property"),
        [b't', b'y', b'p', b'e'] => local_name!("type"),
        [b's', b'r', b'c', b's', b'e', b't'] => local_name!("srcset"),
        [b's', b't', b'y', b'l', b'e'] => local_name!("style"),
        [b'r', b'o', b'l', b'e'] => local_name!("role"),
        [b'h', b'i', b'd', b'd', b'e', b'n'] => local_name!("hidden"),
        _ => LocalName::from(name),
    }
}

/// A tag or attribute name as html5ever spells it: ASCII upper case
/// lowered, everything else kept; `upper` says whether `s` has any.
fn lower_name(s: &str, upper: bool) -> Cow<'_, str> {
    if upper {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(any(test, feature = "fuzzing"))]
/// The whole tree, one node a line: kind, namespace, name, attributes
/// in order, text; and the quirks mode. For the tests and the fuzz target
/// that hold the fast tokenizer's trees to html5ever's.
pub(crate) fn dump(doc: &Html) -> String {
    use scraper::Node;
    use std::fmt::Write;
    let mut out = format!("{:?}\n", doc.quirks_mode);
    for edge in doc.tree.root().traverse() {
        let ego_tree::iter::Edge::Open(node) = edge else {
            continue;
        };
        let depth = node.ancestors().count();
        let _ = write!(out, "{:width$}", "", width = depth * 2);
        let _ = match node.value() {
            Node::Document => writeln!(out, "#document"),
            Node::Fragment => writeln!(out, "#fragment"),
            Node::Doctype(d) => writeln!(
                out,
                "<!{:?} {:?} {:?}>",
                d.name(),
                d.public_id(),
                d.system_id()
            ),
            Node::Comment(c) => writeln!(out, "<!--{:?}-->", &**c),
            Node::Text(t) => writeln!(out, "{:?}", &**t),
            Node::Element(e) => {
                let attrs: Vec<String> = e
                    .attrs
                    .iter()
                    .map(|(n, v)| format!("{}:{}={:?}", &*n.ns, &*n.local, &**v))
                    .collect();
                writeln!(
                    out,
                    "<{}:{} {}>",
                    &*e.name.ns,
                    &*e.name.local,
                    attrs.join(" ")
                )
            }
            Node::ProcessingInstruction(p) => writeln!(out, "<?{:?}>", &*p.target),
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    thread_local! {
        /// The line of the last `give_up`.
        pub(super) static WHY: std::cell::RefCell<u32> = const { std::cell::RefCell::new(0) };
        /// How many links went to the tree builder as plain links.
        pub(super) static PLAIN_LINKS: Cell<usize> = const { Cell::new(0) };
    }

    /// [`same_tree`] of `html`, which must be taken, and how many of its
    /// links went as plain links (the first parse's).
    fn plain_links(html: &str) -> usize {
        PLAIN_LINKS.with(|n| n.set(0));
        let fast = fast_parse(html).map(|doc| dump(&doc));
        let plain = PLAIN_LINKS.with(Cell::get);
        assert_eq!(fast, same_tree(html), "{html:?}");
        assert!(fast.is_some(), "gave up on {html:?}");
        plain
    }

    #[test]
    fn the_kept_names_are_the_names_asked_for() {
        for (table, ns) in [(&HTML_NAMES[..], ns!(html)), (&SVG_NAMES[..], ns!(svg))] {
            for name in table {
                let asked = QualName::new(None, ns.clone(), name.local.clone());
                let kept = static_name(&asked).map(|n| (&n.ns, &n.local));
                assert_eq!(kept, Some((&asked.ns, &asked.local)), "{:?}", name.local);
            }
        }
        // Other namespaces and other names are not kept there.
        let math = QualName::new(None, ns!(mathml), local_name!("title"));
        assert!(static_name(&math).is_none());
        let custom = QualName::new(None, ns!(html), LocalName::from("x-card"));
        assert!(static_name(&custom).is_none());
        let svg_div = QualName::new(None, ns!(svg), local_name!("div"));
        assert!(static_name(&svg_div).is_none());
    }

    #[test]
    fn links_of_text_alone_go_as_plain_links_to_the_same_tree() {
        // Text alone, references in it, any case, an end tag with a blank
        // or attributes: plain links.
        assert_eq!(
            plain_links("<p><a href=x>one</a> <A HREF=y>t&amp;w&#111;</A\n> <a>3</a x=1></p>"),
            3
        );
        assert_eq!(
            plain_links("<ul><li><a href=/a>A</a><li><a href=/b></a></ul>"),
            2
        );
        // Anything but text before the end tag, or a self-closing tag:
        // formatting elements, as html5ever takes them.
        assert_eq!(
            plain_links("<a href=x><img src=y></a><a href=z>1 < 2</a><a/>t</a><a><!-- c -->t</a>"),
            0
        );
        // A link after formatting links the tree builder is done with goes
        // plain; one while an `a` may be in the list of active formatting
        // elements does not (html5ever closes that `a` first).
        assert_eq!(
            plain_links("<p><a href=x><b>b</b></a> <a href=y>y</a></p>"),
            1
        );
        assert_eq!(
            plain_links("<a href=x><div>block <a href=y>inner</a></div>"),
            0
        );
        assert_eq!(
            plain_links("<p><a href=x>open</p><p>reopened <a href=y>y</a></p>"),
            0
        );
        assert_eq!(plain_links("<a href=x><span>s</a><a href=y>y</a>"), 1);
        // Where a link lands is the same: reconstructed formatting, foster
        // parenting in a table, foreign content, the head, a select, a
        // template, after the body.
        assert_eq!(plain_links("<p><b>bold</p><a href=x>after</a>"), 1);
        assert_eq!(
            plain_links("<table><a href=x>fostered</a><tr><td><a href=y>cell</a></table>"),
            2
        );
        assert_eq!(
            plain_links("<svg><a href=x>in svg</a></svg><math><a>m</a></math>"),
            2
        );
        assert_eq!(
            plain_links("<head><a href=x>head</a><title>t</title></head>"),
            1
        );
        assert_eq!(plain_links("<select><a href=x>s</a><option>o</select>"), 1);
        assert_eq!(
            plain_links("<template><a href=x>t</a></template></body><a href=y>late</a>"),
            2
        );
        assert_eq!(
            plain_links(
                "<b><b><b><a href=x>1</a><a href=x>2</a><a href=x>3</a><a href=x>4</a></b></b></b>"
            ),
            4
        );
    }

    /// The fast tokenizer's tree, or `None` when it gives up; asserts it is
    /// html5ever's whenever it does not.
    fn same_tree(html: &str) -> Option<String> {
        let fast = fast_parse(html)?;
        let slow = dump(&Html::parse_document(html));
        assert_eq!(dump(&fast), slow, "{html:?}");
        // A tree sized in advance, too small or large, is the same tree.
        for start_tags in [1, 1000] {
            let sized = fast_parse_sized(html, start_tags).map(|doc| dump(&doc));
            assert_eq!(sized.as_ref(), Some(&slow), "{html:?}");
        }
        Some(slow)
    }

    fn taken(html: &str) {
        assert!(same_tree(html).is_some(), "gave up on {html:?}");
    }

    fn given_up(html: &str) {
        assert!(fast_parse(html).is_none(), "took {html:?}");
        // The public entry point still parses it, as html5ever does.
        assert_eq!(
            dump(&parse_document(html, 2)),
            dump(&Html::parse_document(html))
        );
    }

    #[test]
    fn ordinary_markup_builds_html5evers_tree() {
        taken("<!DOCTYPE html><html lang=en><head><title>A &amp; B</title>\
               <meta charset=utf-8><link rel=stylesheet href='/s.css'></head>\
               <body class=\"a b\"><div id=x data-a=1 hidden><p>One<br>two &copy; 2024 &#8212; &#x2014;</p>\
               <img src=a.jpg alt=\"a &quot;b&quot;\"/><ul><li>x<li>y</ul><table><tr><td>t</table>\
               </div><!-- note --></body></html>");
        taken("plain text only, no tags");
        taken("");
        taken("<p>unclosed <b>bold <i>both</b> italic</i> end");
        taken("\u{feff}<p>after a byte-order mark</p>");
    }

    #[test]
    fn tags_and_attributes_follow_the_tokenizer_states() {
        taken("<DIV CLASS=Upper ID='Mixed'>x</DiV>");
        taken("<a href=x title=\"t\"class='c'>no space between</a>");
        taken("<a href = \"spaced\" b = c d e= f>x</a>");
        taken("<p a=1 a=2 A=3>duplicates dropped</p>");
        taken("<p =x>an attribute named by its equals sign</p>");
        taken("<p a=b/>slash in an unquoted value</p><br/><p/ x>");
        taken("<p a='x\"y' b=\"x'y\" c=x\"y d=`e` f=<g>odd values</p>");
        taken("<p a\n=\nb\tc\x0Cd>whitespace kinds</p>");
        taken("<div></div foo=bar><p></p/>end tag attributes</p>");
        taken("a < b and c <3 d <> e <=");
        taken("<svg viewBox='0 0 1 1'><foreignObject><p>x</p></foreignObject><path/></svg><math><mi>x</mi></math>");
        taken("<table><tr><td>x</td></tr>stray text<p>fostered</p></table>");
        taken("<pre>\nfirst line break dropped</pre><textarea>\nkept?</textarea><listing>\nx</listing>");
        taken("<p>caf\u{e9} \u{1F600} <span title='\u{fc}ber'>non-ASCII</span></p>");
    }

    /// Names are never moved once kept: every reference [`Names::add`]
    /// handed out still reads its name after later chunks were added, and
    /// the chunks grow from the first one's size.
    #[test]
    fn kept_names_stay_where_the_handles_point() {
        let names = Names::new(1);
        let spelt: Vec<String> = (0..100).map(|n| format!("x-{n}")).collect();
        let kept: Vec<&Name> = spelt
            .iter()
            .map(|s| {
                names.add(Name {
                    ns: ns!(html),
                    local: LocalName::from(s.as_str()),
                })
            })
            .collect();
        for (name, s) in kept.iter().zip(&spelt) {
            assert_eq!(&*name.local, s.as_str());
            assert_eq!(name.ns, ns!(html));
        }
        // 1 + 2 + 4 + ... + 64 = 127 names in seven chunks hold the 100.
        assert_eq!(names.next.get(), (6, 100 - 63));
        assert!(names.chunks[7].get().is_none());
        assert!(!names.lost.get());
    }

    /// The tree builder decides by the names of the open elements (the
    /// scope checks, implied end tags, the adoption agency, foreign
    /// content, tables): [`Sink`] answers from the names its handles point
    /// at ([`Names`]), and
    /// the trees are html5ever's with scraper's sink.
    #[test]
    fn element_names_come_from_the_sinks_table() {
        // Scopes: button, list item, default, table, select.
        taken("<p>a<div>b</div><p>c<button><p>d</button>e<address>f</address>");
        taken("<ul><li>a<li>b<ol><li>c<li>d</ol>e</ul><dl><dt>f<dd>g<dt>h</dl>");
        taken("<h1>a<h2>b</h1>c</h2><p>d</h3>e</p></p></br>");
        taken("<table><tr><td><p>a<td>b<th>c</table><table><caption><p>d</caption></table>");
        taken("<select><option>a<option>b<optgroup><option>c</select><form><input><form>x</form>");
        // The adoption agency and the reconstruction of formatting elements.
        taken("<a href=1><p>x<a href=2>y</a></p><b><i><p>x</b>y</i><b>1<div>2</b>3</div>");
        taken("<p><b>x<p>y<s>z<u>w</p>v</s></u><table><b>x<tr><td>y</table>");
        // Foreign content: names in the SVG and MathML namespaces.
        taken("<svg><title><p>x</title><desc>d</desc><g><p>y</g></svg><p>z");
        taken("<math><mi><p>x</mi><annotation-xml encoding=text/html><div>y</div></annotation-xml></math>");
        // Names outside the static atom table, short and long.
        taken("<x-a><p>a<x-a>b</x-a></p></x-a><my-very-long-custom-element><li>c</my-very-long-custom-element>");
        taken("<template><p>a<td>b</template><ruby>a<rb>b<rt>c<rp>d</ruby>");
    }

    #[test]
    fn character_references_are_read_as_html5ever_reads_them() {
        taken("<p>&amp;&lt;&gt;&quot;&apos;&nbsp;&NotEqualTilde;&ngE; two code points</p>");
        taken("<p>&#65;&#x42;&#X43;&#0000068; &#128512;</p>");
        taken("<p>&unknown; &zz & &; x</p>");
        given_up("<p>&# x</p>");
        taken("<a href='?a=1&b=2&amp=3&copy=4&lang=en&notit;'>attribute ampersands</a>");
        taken("<a href=?x=1&copy&y=2>unquoted</a>");
        taken("<title>R&amp;D &lt;b&gt; &x</title><textarea>a &amp; b</textarea>");
        given_up("<p>&copy 2024</p>");
        given_up("<p>&#0;</p>");
        given_up("<p>&#x80;</p>");
        given_up("<p>&#65</p>");
        given_up("<p>&#xD800;</p>");
        given_up("<p>&#;</p>");
        // A whole name with its semicolon, then what may not continue it.
        taken("<a title='&eacute;t&eacute;&amp;x=&notin;&notinva;&hellip;'>&eacute;&notin;b</a>");
        taken("<p>&notin;; &amp;&amp;; &AMP;x &Eacute;&#59;</p><a title='&notit;&amp'>x</a>");
        given_up("<p>&notit;</p>");
        // A name at the very end of the input: html5ever's end of file.
        given_up("<p>x</p>&eacute;");
        given_up("<p>x</p>&amp;");
    }

    #[test]
    fn the_entity_table_holds_every_prefix_of_its_names() {
        // What the one look-up of a whole name in `char_ref` stands on.
        let entities = &html5ever::data::NAMED_ENTITIES;
        for name in entities.keys() {
            for end in 1..name.len() {
                assert!(entities.get(&name[..end]).is_some(), "{name}");
            }
        }
    }

    #[test]
    fn raw_text_ends_where_html5ever_ends_it() {
        taken("<script>var s = '</scr' + 'ipt>'; if (a<b) {}</script><p>after</p>");
        taken("<script>x = \"</scripts>\"; y = '</script_'</script>after");
        taken("<SCRIPT type=text/javascript>a</SCRIPT >b<script>c</script/>d");
        taken("<style>p > a { color: red } </style  ><p>x</p>");
        taken("<noscript><img src=x></noscript><iframe><p>not a tag</iframe><xmp><b></xmp>");
        taken("<title><b>not bold</b></title><p data-x='<script>'>a script in an attribute</p>");
        taken(
            "<svg><style>svg style is markup <b>bold</b></style><script>1<2</script></svg><p>x</p>",
        );
        taken("<p><script type=application/ld+json>{\"a\": \"</p>\"}</script></p>");
        taken("<script>if (a) { document.write('<!--'); }</script><p>x</p>");
        taken("<script><!-- x = '</script>'; --></script><p>ended at the first</p>");
        taken("<script><!-- <script> x = '</script>'; </script> --></script><p>double</p>");
        taken("<script><!-- <script>--></script><p>still double escaped</p></script>x");
        taken("<script><!-- <SCRIPT/>-- -> --></script><p>x</p>");
        taken("<script><!--><!-- <scripts></script><p>x</p>");
        taken("<script><!-- <script></script> <!-- --></script>");
        taken("<script>a<!--b--></script>c<!-- <script>d</script> -->");
        given_up("<script><!-- <script> never closed </script>");
        given_up("<script>unclosed at the end");
        given_up("<style>unclosed");
        given_up("<plaintext><p>all text</p>");
    }

    #[test]
    fn comments_and_doctypes_are_taken_in_their_plain_forms() {
        taken("<!-- a -- b --><!----><!---x--><p>x</p><!-- <!-- nested --> -->");
        taken(
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \
               \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><p>x</p>",
        );
        taken("<!doctype HTML PUBLIC '-//W3C//DTD HTML 4.01 Transitional//EN'><p>quirks?</p>");
        taken("<!DOCTYPE html SYSTEM \"about:legacy-compat\"><p>x</p>");
        taken("<p>x</p><!DOCTYPE html><p>a late doctype</p>");
        given_up("<!--> abrupt --><p>x</p>");
        given_up("<!-- a --!> b --><p>x</p>");
        given_up("<!-- unclosed");
        given_up("<![CDATA[x]]><p>x</p>");
        given_up("<!ELEMENT x><p>x</p>");
        taken("<?xml version='1.0'?><p>x</p><?php echo 1 ?>");
        given_up("<p>x</p><?unclosed");
        given_up("<!DOCTYPE>");
        given_up("<!DOCTYPE html bogus><p>x</p>");
    }

    #[test]
    fn matched_names_are_the_atom_tables_names() {
        for name in [
            "a",
            "p",
            "div",
            "span",
            "li",
            "ul",
            "img",
            "br",
            "meta",
            "link",
            "script",
            "section",
            "article",
            "h2",
            "h3",
            "strong",
            "em",
            "figure",
            "source",
            "time",
            "button",
            "class",
            "href",
            "src",
            "id",
            "alt",
            "content",
            "property",
            "type",
            "srcset",
            "style",
            "role",
            "hidden",
            "custom-element",
            "data-x",
        ] {
            assert_eq!(local_name(name), LocalName::from(name), "{name}");
            assert_eq!(&*local_name(name), name);
        }
    }

    #[test]
    fn line_breaks_are_normalised_first() {
        taken("<p\r\nclass=a>one\r\ntwo\rthree</p><pre>\r\nx</pre><a href='a\rb'>&amp;\r\n</a>");
    }

    #[test]
    fn cut_or_odd_input_is_given_up() {
        given_up("<p>x</p><div class='unclosed");
        given_up("<p>x</p><");
        given_up("<p>x</p></");
        given_up("<p>x</p></ div>");
        given_up("<p>x\0y</p>");
        given_up("<p>x</p>&");
        given_up("<p>x</p>&am");
    }

    proptest::proptest! {
        #[test]
        fn any_markup_parses_as_html5ever_parses_it(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "<p>", "</p>", "<div class=a>", "</div>", "<b>", "</b>", "<a href='x&amp;y'>",
                "</a>", "<table>", "<tr>", "<td>", "</table>", "<pre>", "\n", "\r\n", "\r",
                "text", " ", "&amp;", "&copy;", "&", "&#65;", "<", ">", "=", "'", "\"",
                "<script>", "</script>", "<style>", "</style>", "<title>", "</title>",
                "<textarea>", "</textarea>", "<svg>", "</svg>", "<math>", "<!-- c -->",
                "<!DOCTYPE html>", "<br/>", "<img src=x alt=y>", "<li>", "<ul>", "<select>",
                "<option>", "<frameset>", "<head>", "<body>", "<html>", "<noscript>",
                "<iframe>", "<template>", "</template>", "<form>", "<input type=hidden>",
                "<p a=1 a=2>", "<P CLASS=X>", "</P >", "<a/b>", "&notit;", "<h1>", "<h2>",
                "<A HREF=y>", "</A >", "<a>", "</a x>", "<i>", "</i>", "<caption>", "<span>",
                "</span>", "<a/>", "<nobr>", "</li>", "</svg>", "</math>",
            ]), 0..40)
        ) {
            let html: String = parts.concat();
            if let Some(fast) = fast_parse(&html) {
                proptest::prop_assert_eq!(dump(&fast), dump(&Html::parse_document(&html)));
            }
        }

        #[test]
        fn any_characters_parse_as_html5ever_parses_them(
            parts in proptest::collection::vec(proptest::prop_oneof![
                proptest::sample::select(vec![
                    "<", ">", "</", "/>", "<!", "<!--", "-->", "--", "=", "'", "\"", "&", "#", ";",
                    "<script>", "</script", "<title>", "</title", "<!DOCTYPE", " ", "\n", "\r",
                    "amp", "x", "P", "svg", "<?", "\u{feff}", "\0",
                ]).prop_map(String::from),
                proptest::prelude::any::<char>().prop_map(String::from),
            ], 0..60)
        ) {
            let html: String = parts.concat();
            if let Some(fast) = fast_parse(&html) {
                proptest::prop_assert_eq!(dump(&fast), dump(&Html::parse_document(&html)));
            }
        }
    }

    /// Every page of a corpus (`TOKENIZE_CORPUS=<dir with html/>`), as
    /// extraction's guard passes it on: the tree is html5ever's, and how
    /// many pages the fast tokenizer gave up on.
    #[test]
    #[ignore = "reads a corpus named by TOKENIZE_CORPUS"]
    fn corpus_pages_parse_as_html5ever_parses_them() {
        let Ok(dir) = std::env::var("TOKENIZE_CORPUS") else {
            return;
        };
        let mut pages = 0;
        let mut gave_up = Vec::new();
        let Ok(entries) = std::fs::read_dir(std::path::Path::new(&dir).join("html")) else {
            panic!("no html/ in {dir}");
        };
        for entry in entries.flatten() {
            let Ok(bytes) = std::fs::read(entry.path()) else {
                continue;
            };
            let text = crate::decode::decode(&bytes, None).text;
            let (html, _) = crate::guard::bound_for_extraction(
                &text,
                &crate::guard::Limits::default(),
                true,
                Some(crate::metadata::HEAD_READS),
            );
            pages += 1;
            WHY.with(|w| *w.borrow_mut() = 0);
            if same_tree(&html).is_none() {
                gave_up.push((entry.file_name(), WHY.with(|w| *w.borrow())));
            }
        }
        eprintln!("{pages} pages, gave up on {}: {gave_up:?}", gave_up.len());
        assert!(pages > 0);
    }
}
