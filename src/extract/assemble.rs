//! Turning the chosen containers into [`Block`]s: conditional cleaning of
//! what sits inside the body, then a walk that builds paragraphs, headings,
//! lists, quotes, code, tables and images.

use url::Url;

use super::dom::{flag, Dom, Page, Tag, Target};
use super::score::Body;
use super::Options;
use crate::article::{Article, Block, Image, Inline, ListItem, Mark, MarkKind, Removed, Stage};
use crate::rules::tuning::{
    CLASS_WEIGHT, CLEAN_KEEP_MIN_COMMAS, HEADING_WRAPPER_MIN_TENTHS, IMAGES_MIN_PARAGRAPHS_EACH,
    IMAGES_OVER_PARAGRAPHS_MIN, LINK_BAR_MAX_TEXT, LINK_BAR_MIN_LINKED_TENTHS, LINK_LINES_APART,
    LIST_ITEMS_OVER_PARAGRAPHS_MARGIN, LIST_TEXT_MIN_TENTHS, MAJOR_BLOCK_PROSE, MAJOR_BLOCK_SHARE,
    MOST_OF_BODY, NAMED_PROSE_SHARE, RUNNING_TEXT_MIN_PARENT_HALVES, SHORT_LINKED_KEEP_MAX_IMAGES,
    SHORT_LINKED_MAX_HEADING_SHARE, SHORT_LINKED_MAX_TEXT, TEASER_EXCERPT_MIN_TEXT,
    TEASER_LABEL_MAX_TEXT, TEASER_MAX_TEXT, TEASER_TITLE_LINE_TENTHS, TEASER_TITLE_MIN_TEXT,
    TRAILING_LINK_LEAD,
};
use crate::rules::LineRule;

/// Deeper than this, the walk stops building structure and takes the
/// subtree's text as one paragraph (iteratively), so no page can overflow
/// the stack.
const MAX_STRUCTURE_DEPTH: usize = 200;

/// A block inside the body (not a root's wrapper) is weighed without its
/// closing actions (see [`Ctx::density_without_closing_actions`]) when it
/// holds at least this many sentences: the article's prose, not a widget's
/// one-line invitation beside its button.
const CLOSING_ACTIONS_MIN_SENTENCES: u32 = 2;

/// What a figure holds besides content: see [`Ctx::figure`].
#[derive(Default)]
struct FigureParts {
    images: Vec<Image>,
    caption: Option<String>,
    /// Whether a quote was walked as content.
    quote: bool,
    /// The depth of the figure itself.
    depth: usize,
}

struct Ctx<'d, 'a> {
    dom: &'d Dom<'a>,
    /// The explain report of this stage (filled only with `explain`).
    removed: std::cell::RefCell<Vec<Removed>>,
    live: &'d [bool],
    scores: &'d [f32],
    opts: &'d Options,
    base: Option<&'d Url>,
    /// The page the links are read from (see [`Page::target`]).
    page: Page<'d>,
    /// How many data tables the walk is inside. What a data table's cells
    /// hold is data (a column of linked names, a one-word cell), never
    /// cleaned as boilerplate.
    in_data_table: std::cell::Cell<u32>,
    /// Live text bytes of the body's roots: what a block's share is of.
    body_text: u32,
    /// How many roots the body has.
    roots: usize,
    /// The body's roots.
    roots_list: &'d [u32],
    /// Class attributes of the named blocks holding a good share of the
    /// body's prose (see [`Ctx::short_module_of_the_article`]), computed
    /// the first time a short named block is weighed.
    prose_modules: std::cell::OnceCell<Vec<&'a str>>,
    /// Prose text per node (see [`super::score::prose_mass`]), computed
    /// the first time a named block's share is weighed.
    prose: std::cell::OnceCell<Vec<u32>>,
    /// Where prose lies in document order (see [`ProseReach`]), computed
    /// the first time a block asks for prose before or after it.
    prose_reach: std::cell::OnceCell<ProseReach>,
    /// Paragraphs per node (see [`super::score::paragraph_count`]),
    /// computed the first time a block's images are weighed.
    paragraphs: std::cell::OnceCell<Vec<u32>>,
    /// Whether conditional cleaning is off: the last resort on a body
    /// that cleaning left empty.
    uncleaned: std::cell::Cell<bool>,
    /// The only block child of a root whose links stand in lines apart
    /// (or of its wrapper) the walk is in: a wrapper of the root, not
    /// cleaned either.
    root_wrapper: std::cell::Cell<Option<usize>>,
    /// The only block child of the root (or of its wrapper) the walk is
    /// in, whatever its name.
    root_chain: std::cell::Cell<Option<usize>>,
    /// Whether the node being judged is in that chain.
    in_root_chain: std::cell::Cell<bool>,
    /// [`Ctx::own_lines`] of the blocks read so far, by block and least
    /// head: cleaning asks it of a block up to three times, and again of
    /// the blocks inside a block it kept.
    own_lines_read: std::cell::RefCell<std::collections::HashMap<(usize, u32), Option<LinkLines>>>,
    /// What each link read so far leads to ([`Ctx::link_target`]), by
    /// node: a link is read once for each block around it that is judged
    /// by its lines.
    link_targets: std::cell::RefCell<std::collections::HashMap<usize, LinkTarget>>,
}

/// Where a link leads, as [`Line::add`] reads it: the other site
/// ([`Ctx::other_site`]) and what the target is ([`Page::target`]).
#[derive(Clone)]
struct LinkTarget {
    other_site: Option<String>,
    target: Target,
}

/// Builds the article's blocks from the body's roots.
pub(crate) fn assemble(
    dom: &Dom,
    body: &Body,
    opts: &Options,
    base: Option<&Url>,
    article: &mut Article,
) {
    let ctx = Ctx {
        dom,
        removed: std::cell::RefCell::new(Vec::new()),
        live: &dom.live,
        scores: &body.scores,
        opts,
        base,
        page: Page::new(base, article.url.iter().chain(&body.canonical)),
        in_data_table: std::cell::Cell::new(0),
        body_text: body.roots.iter().map(|&r| dom.nodes[r as usize].text).sum(),
        roots: body.roots.len(),
        roots_list: &body.roots,
        prose_modules: std::cell::OnceCell::new(),
        prose: std::cell::OnceCell::new(),
        prose_reach: std::cell::OnceCell::new(),
        paragraphs: std::cell::OnceCell::new(),
        uncleaned: std::cell::Cell::new(false),
        root_wrapper: std::cell::Cell::new(None),
        root_chain: std::cell::Cell::new(None),
        in_root_chain: std::cell::Cell::new(false),
        own_lines_read: std::cell::RefCell::default(),
        link_targets: std::cell::RefCell::default(),
    };
    let mut out = Builder {
        dropped: opts.explain.then(Vec::new),
        ..Builder::default()
    };
    for &root in &body.roots {
        ctx.walk(root as usize, &mut out, 0, true);
        out.flush();
    }
    // A body that cleaning emptied (a portfolio grid of linked titles, a
    // page without paragraphs): its live text is all there is.
    if out.blocks.is_empty() {
        ctx.uncleaned.set(true);
        ctx.removed.borrow_mut().clear();
        if let Some(dropped) = &mut out.dropped {
            dropped.clear();
        }
        for &root in &body.roots {
            ctx.walk(root as usize, &mut out, 0, true);
            out.flush();
        }
    }
    // The author's bio closes many articles; it is not article text.
    while out.blocks.len() > 1 {
        match out.blocks.last() {
            Some(Block::Paragraph(p)) => {
                let Some(job) = crate::rules::author_bio_job(&p.text) else {
                    break;
                };
                let text = p.text.clone();
                out.blocks.pop();
                out.drop_line(&text, "line:author-bio", Some(LineRule::Bio(job)));
            }
            _ => break,
        }
    }
    if opts.explain {
        ctx.explain_pruned();
        article.removed.append(&mut ctx.removed.borrow_mut());
        article
            .removed
            .extend(out.dropped.take().unwrap_or_default());
    }
    let mut blocks = out.blocks;
    if !opts.links {
        for b in &mut blocks {
            strip_links(b);
        }
    }
    article.blocks = blocks;
}

fn strip_links(block: &mut Block) {
    let strip = |i: &mut Inline| i.marks.retain(|m| !matches!(m.kind, MarkKind::Link { .. }));
    match block {
        Block::Heading { content, .. } | Block::Paragraph(content) => strip(content),
        Block::List { items, .. } => {
            for item in items {
                strip(&mut item.content);
                for c in &mut item.children {
                    strip_links(c);
                }
            }
        }
        Block::Quote { blocks } => blocks.iter_mut().for_each(strip_links),
        Block::Table { rows, .. } => rows.iter_mut().flatten().for_each(strip),
        Block::Code { .. } | Block::Image(_) => {}
    }
}

/// Accumulates inline content and finished blocks.
#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    inline: Inline,
    /// Open marks: (start, kind).
    open: Vec<(usize, MarkKind)>,
    /// Images seen inside running text, emitted after the paragraph (an
    /// image opening its line is pushed where it stands).
    pending_images: Vec<Image>,
    /// Whether the last pushed char was whitespace (for collapsing).
    last_space: bool,
    /// Keep interface-label paragraphs (inside table cells, a "1947" or
    /// "Share" cell is data) and link bars (a list item may be two links).
    keep_labels: bool,
    /// The lines dropped as labels, boilerplate lines or link bars, when
    /// the explain report is on (`None` costs nothing).
    dropped: Option<Vec<Removed>>,
}

/// The start of a dropped fragment's text for the explain report: its
/// words, single-spaced, cut at about 80 bytes.
fn preview(words: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    let mut preview = String::new();
    for w in words {
        for w in w.as_ref().split_whitespace() {
            if !preview.is_empty() {
                preview.push(' ');
            }
            preview.push_str(w);
        }
        if preview.len() >= 80 {
            break;
        }
    }
    if preview.len() > 80 {
        let cut = (0..=80)
            .rev()
            .find(|&c| preview.is_char_boundary(c))
            .unwrap_or(0);
        preview.truncate(cut);
        preview.push('…');
    }
    preview
}

/// Why a whole line was dropped, as `Removed::reason` states it.
fn line_reason(inline: &Inline) -> Option<(&'static str, Option<LineRule>)> {
    if let Some(rule) = crate::rules::label_rule(&inline.text) {
        Some(("line:label", Some(rule)))
    } else if let Some(rule) = crate::rules::boilerplate_rule(&inline.text) {
        Some(("line:boilerplate", Some(rule)))
    } else if is_link_bar(inline) {
        Some(("line:link-bar", None))
    } else {
        None
    }
}

/// A line [`kept_lines`] drops: its text, the reason and the rule.
type DroppedLine<'a> = (&'a str, &'static str, Option<LineRule>);

/// The lines of a block of several `<br>` lines that [`line_reason`] does
/// not hold, and the lines it does with their reasons, when every line it
/// does not hold is a heading written as a bold line (`<b>…</b><br>`,
/// no link): in loose `<br>` text a teaser line ("Also read: <a>…</a>")
/// runs into the next section's heading, which is the post's. `None`
/// when every line goes, or none does alone (a link bar written over two
/// lines), or a line that stays is no heading (a byline's profile link,
/// a tag line's date): the block is judged whole, a box of its own — but
/// for the bold headings that end it ([`closing_headings`]).
fn kept_lines(inline: &Inline) -> Option<(Inline, Vec<DroppedLine<'_>>)> {
    if !inline.text.contains('\n') {
        return None;
    }
    let mut kept = Inline::default();
    let mut dropped = Vec::new();
    let mut start = 0;
    for line in inline.text.split('\n') {
        let (s, e) = (start, start + line.len());
        start = e + 1;
        let piece = line_of(inline, s, e);
        if piece.text.is_empty() {
            continue;
        }
        if let Some((reason, rule)) = line_reason(&piece) {
            dropped.push((line, reason, rule));
            continue;
        }
        if !bold_heading(&piece) {
            return closing_headings(inline);
        }
        kept.push_line(piece);
    }
    (!dropped.is_empty() && !kept.text.is_empty()).then_some((kept, dropped))
}

/// The headings written as bold lines that end a block of `<br>` lines,
/// kept, and the lines before them dropped as one, when [`line_reason`]
/// holds those lines read together: a box of teaser lines ("Related:
/// <a>…</a>", "See also <a>…</a>") that runs into the next section's
/// heading in loose `<br>` text. The heading opens the prose after the
/// box, and is the post's whatever the box's lines are. `None` when no
/// bold heading ends the block, or only headings are in it.
///
/// Part of the `line:*` rules (issue 16: a subheading lost with the
/// teaser lines before it).
fn closing_headings(inline: &Inline) -> Option<(Inline, Vec<DroppedLine<'_>>)> {
    let mut lines = Vec::new();
    let mut start = 0;
    for line in inline.text.split('\n') {
        let (s, e) = (start, start + line.len());
        start = e + 1;
        if !line.trim().is_empty() {
            lines.push((s, e));
        }
    }
    let mut cut = lines.len();
    while cut > 0 && bold_heading(&line_of(inline, lines[cut - 1].0, lines[cut - 1].1)) {
        cut -= 1;
    }
    if cut == 0 || cut == lines.len() {
        return None;
    }
    let box_end = lines[cut - 1].1;
    let (reason, rule) = line_reason(&line_of(inline, 0, box_end))?;
    let mut kept = Inline::default();
    for &(s, e) in &lines[cut..] {
        kept.push_line(line_of(inline, s, e));
    }
    let box_text = inline.text.get(..box_end).unwrap_or("");
    Some((kept, vec![(box_text, reason, rule)]))
}

/// Whether `line` is a heading written as bold text: one strong mark
/// covers all of it, it holds no link, and it is no sentence (no closing
/// stop or colon).
fn bold_heading(line: &Inline) -> bool {
    let len = line.text.len();
    len > 0
        && !line.text.ends_with(['.', ':'])
        && line
            .marks
            .iter()
            .any(|m| m.kind == MarkKind::Strong && m.start == 0 && m.end >= len)
        && !line
            .marks
            .iter()
            .any(|m| matches!(m.kind, MarkKind::Link { .. }))
}

/// The line `s..e` of `inline`, trimmed, with its marks clamped to it.
fn line_of(inline: &Inline, s: usize, e: usize) -> Inline {
    let piece = inline.text.get(s..e).unwrap_or("");
    let text = piece.trim();
    let s = s + (piece.len() - piece.trim_start().len());
    let e = s + text.len();
    let marks = inline
        .marks
        .iter()
        .filter(|m| m.start < e && m.end > s)
        .map(|m| Mark {
            start: m.start.max(s) - s,
            end: m.end.min(e) - s,
            kind: m.kind.clone(),
        })
        .collect();
    Inline {
        text: text.to_string(),
        marks,
    }
}

/// A short run of text that is two or more links and little else ("Print
/// this story | Send to a friend", "Home > News > Sport") is a link bar.
fn is_link_bar(inline: &Inline) -> bool {
    link_bar(inline).is_some()
}

/// [`is_link_bar`]'s figures, when the line is one: the links, and the
/// share of its letters and digits in links, in percent (`None` for a
/// breadcrumb, which needs no share).
fn link_bar(inline: &Inline) -> Option<(usize, Option<usize>)> {
    if inline.text.len() > LINK_BAR_MAX_TEXT {
        return None;
    }
    let is_link = |m: &&Mark| matches!(m.kind, MarkKind::Link { .. });
    // Fewer than two links make no bar: most blocks stop here, before
    // their characters are counted.
    let links = inline.marks.iter().filter(is_link).count();
    if links < 2 {
        return None;
    }
    let covered: usize = inline
        .marks
        .iter()
        .filter(is_link)
        .map(|m| {
            inline.text[m.start..m.end]
                .chars()
                .filter(|c| c.is_alphanumeric())
                .count()
        })
        .sum();
    let total = inline.text.chars().filter(|c| c.is_alphanumeric()).count();
    let breadcrumb = [" > ", " » ", " › ", " / "]
        .iter()
        .any(|sep| inline.text.contains(sep));
    let linked = covered * 10 >= total * LINK_BAR_MIN_LINKED_TENTHS;
    (linked || breadcrumb).then(|| (links, linked.then(|| covered * 100 / total.max(1))))
}

/// A link bar's reason with its figures for the explain report:
/// `line:link-bar(3 links, 92%>=LINK_BAR_MIN_LINKED_TENTHS=80% linked)`,
/// or `(2 links, breadcrumb)`.
fn link_bar_reason(inline: &Inline) -> String {
    match link_bar(inline) {
        Some((links, Some(share))) => format!(
            "line:link-bar({links} links, {share}%>=LINK_BAR_MIN_LINKED_TENTHS={}% linked)",
            LINK_BAR_MIN_LINKED_TENTHS * 10
        ),
        Some((links, None)) => format!("line:link-bar({links} links, breadcrumb)"),
        None => "line:link-bar".to_string(),
    }
}

impl Builder {
    fn push_text(&mut self, s: &str, pre: bool) {
        if pre {
            self.inline.text.push_str(s);
            self.last_space = s.ends_with(char::is_whitespace);
            return;
        }
        // Runs of other characters are copied whole; a run of whitespace
        // (`char::is_whitespace`) becomes one space.
        let bytes = s.as_bytes();
        self.inline.text.reserve(bytes.len());
        let (mut i, mut run) = (0, 0);
        while i < bytes.len() {
            // Eight bytes at a time while they are words and lone spaces
            // (see below): ASCII, no whitespace but spaces, no space beside
            // another, none first when the run is empty (after whitespace)
            // nor last (the byte after it is unread). The run goes on.
            if let Some((space, control)) = crate::text::ascii_white8(bytes, i) {
                let first = if run == i { 0x80 } else { 0 };
                let last = 0x80 << 56;
                if control | (space & ((space << 8) | first | last)) == 0 {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            // A lone space between words stays in the run: it is the one
            // space the run would get, so the run is copied whole rather
            // than a word at a time.
            if b == b' '
                && run < i
                && bytes
                    .get(i + 1)
                    .is_some_and(|&n| n.is_ascii() && !matches!(n, b' ' | b'\t'..=b'\r'))
            {
                i += 1;
                continue;
            }
            let (white, len) = if b.is_ascii() {
                (matches!(b, b' ' | b'\t'..=b'\r'), 1)
            } else {
                match s.get(i..).and_then(|rest| rest.chars().next()) {
                    Some(c) => (c.is_whitespace(), c.len_utf8()),
                    None => break,
                }
            };
            if white {
                if run < i {
                    self.inline.text.push_str(s.get(run..i).unwrap_or(""));
                    self.last_space = false;
                }
                if !self.last_space && !self.inline.text.is_empty() {
                    self.inline.text.push(' ');
                }
                self.last_space = true;
                run = i + len;
            }
            i += len;
        }
        if run < bytes.len() {
            self.inline.text.push_str(s.get(run..).unwrap_or(""));
            self.last_space = false;
        }
    }

    fn line_break(&mut self) {
        while self.inline.text.ends_with(' ') {
            self.inline.text.pop();
        }
        if !self.inline.text.is_empty() && !self.inline.text.ends_with('\n') {
            self.inline.text.push('\n');
        }
        self.last_space = true;
    }

    /// Ends a line of code inside `<pre>`, keeping its whitespace.
    fn end_code_line(&mut self) {
        if !self.inline.text.is_empty() && !self.inline.text.ends_with('\n') {
            self.inline.text.push('\n');
        }
        self.last_space = true;
    }

    /// Takes the current inline run, trimmed, marks clamped to it.
    fn take_inline(&mut self) -> Option<Inline> {
        let mut inline = std::mem::take(&mut self.inline);
        self.open.clear();
        self.last_space = false;
        // Trimmed in place: the run's buffer becomes the paragraph's.
        let end = inline.text.trim_end().len();
        inline.text.truncate(end);
        let start = inline.text.len() - inline.text.trim_start().len();
        inline.text.drain(..start);
        if inline.text.is_empty() {
            return None;
        }
        let len = inline.text.len();
        inline.marks = inline
            .marks
            .into_iter()
            .filter_map(|m| {
                let s = m.start.saturating_sub(start).min(len);
                let e = m.end.saturating_sub(start).min(len);
                (s < e).then_some(Mark {
                    start: s,
                    end: e,
                    kind: m.kind,
                })
            })
            .collect();
        Some(inline)
    }

    fn flush(&mut self) {
        if let Some(inline) = self.take_inline() {
            match (!self.keep_labels).then(|| line_reason(&inline)).flatten() {
                None => self.blocks.push(Block::Paragraph(inline)),
                Some(("line:link-bar", _)) if self.dropped.is_some() => {
                    self.drop_line(&inline.text, &link_bar_reason(&inline), None)
                }
                Some((reason, rule)) => match kept_lines(&inline) {
                    // A `<br>` line is judged as a paragraph is: the lines
                    // the rule does not hold stay.
                    Some((kept, dropped)) => {
                        for (line, reason, rule) in dropped {
                            self.drop_line(line, reason, rule);
                        }
                        self.blocks.push(Block::Paragraph(kept));
                    }
                    None => self.drop_line(&inline.text, reason, rule),
                },
            }
        }
        self.blocks
            .extend(self.pending_images.drain(..).map(Block::Image));
    }

    /// Notes a dropped line for the explain report: `reason` and the rule
    /// that decided, as the test passed it on.
    fn drop_line(&mut self, text: &str, reason: &str, rule: Option<LineRule>) {
        if let Some(dropped) = &mut self.dropped {
            let reason = match rule {
                Some(rule) => format!("{reason}:{}", rule.describe()),
                None => reason.to_string(),
            };
            dropped.push(Removed::new(Stage::Clean, preview([text]), reason));
        }
    }

    /// A builder for a nested block (a quote) that reports like this one.
    fn nested(&self) -> Builder {
        Builder {
            dropped: self.dropped.as_ref().map(|_| Vec::new()),
            ..Builder::default()
        }
    }

    /// Takes over what a nested builder dropped.
    fn adopt_dropped(&mut self, inner: &mut Builder) {
        if let (Some(mine), Some(theirs)) = (&mut self.dropped, &mut inner.dropped) {
            mine.append(theirs);
        }
    }

    fn open_mark(&mut self, kind: MarkKind) {
        let start = self.inline.text.len();
        self.open.push((start, kind));
    }

    fn close_mark(&mut self) {
        if let Some((start, kind)) = self.open.pop() {
            let end = self.inline.text.trim_end().len();
            if start < end {
                self.inline.marks.push(Mark { start, end, kind });
            }
        }
    }
}

impl Ctx<'_, '_> {
    fn walk(&self, i: usize, out: &mut Builder, depth: usize, is_root: bool) {
        let node = &self.dom.nodes[i];
        if !self.live[i] {
            self.end_line_at_removed(i, out);
            return;
        }
        if depth > MAX_STRUCTURE_DEPTH {
            self.flat_text(i, out);
            return;
        }
        // A root whose links stand in lines of their own beside its text
        // (a builder's module of a subheading and a "read also" line):
        // its wrappers (the builder's row, column and module, not named
        // like boilerplate) stand for it, not cleaned whole; the blocks
        // inside are judged.
        // A root's wrappers, whatever they are named: such a block of
        // the chosen body is not dropped for its closing actions.
        let in_chain = is_root || self.root_chain.get() == Some(i);
        if in_chain {
            self.root_chain.set(self.only_block_child(i));
        }
        self.in_root_chain.set(in_chain);
        let wrapper = self.root_wrapper.get() == Some(i);
        if wrapper || (is_root && super::score::links_in_lines_apart(self.dom, i)) {
            let named = flag::WEAK_BOILER | flag::BOILER | flag::WIDGET;
            let plain = |c: &usize| {
                let cn = &self.dom.nodes[*c];
                cn.flags & named == 0 && cn.weight >= 0
            };
            self.root_wrapper
                .set(self.only_block_child(i).filter(plain));
        }
        let is_root = is_root || wrapper;
        if !is_root
            && !self.uncleaned.get()
            && node.tag != Tag::Text
            && self.in_data_table.get() == 0
        {
            if let Some(why) = self.drop_conditionally(i) {
                if self.opts.explain {
                    self.record(i, Stage::Clean, &why.reason(|| self.named_by(i)));
                }
                self.end_line_at_removed(i, out);
                return;
            }
        }
        // A body merged from siblings may have taken in a grid of other
        // posts' teasers beside the article (their excerpts score as
        // prose): such a root is dropped like a teaser grid inside one.
        if is_root && self.roots > 1 && !self.uncleaned.get() {
            if let Some(items) = self.teaser_items(i) {
                if self.opts.explain {
                    self.record(
                        i,
                        Stage::Clean,
                        &Clean::TeaserCards { items }.reason(String::new),
                    );
                }
                return;
            }
        }
        let pre = node.has(flag::IN_PRE);
        match node.tag {
            Tag::Text => {
                if let Some(t) = node.text_str() {
                    out.push_text(t, pre);
                }
            }
            Tag::Br => out.line_break(),
            Tag::Hr => out.flush(),
            Tag::A | Tag::Em | Tag::Strong | Tag::Code => {
                let kind = match node.tag {
                    Tag::A => node
                        .elem()
                        .and_then(|e| crate::rules::attr(e, "href"))
                        .and_then(|h| self.resolve(h))
                        .map(|href| MarkKind::Link { href }),
                    Tag::Em => Some(MarkKind::Emphasis),
                    Tag::Strong => Some(MarkKind::Strong),
                    _ => Some(MarkKind::Code),
                };
                if let Some(k) = &kind {
                    out.open_mark(k.clone());
                }
                self.walk_children(i, out, depth);
                if kind.is_some() {
                    out.close_mark();
                }
            }
            Tag::Img => {
                if self.opts.images {
                    if let Some(img) = self.image(i) {
                        // An image that opens its line (a picture with its
                        // caption line after a `<br>`, a badge before its
                        // text) keeps its place before the line; one inside
                        // running text goes after the paragraph, and so
                        // does any in a list item or a table cell (their
                        // text is read as one).
                        if !out.keep_labels
                            && out.inline.text.trim().is_empty()
                            && out.pending_images.is_empty()
                        {
                            out.blocks.push(Block::Image(img));
                        } else {
                            out.pending_images.push(img);
                        }
                    }
                }
            }
            Tag::H(level) => {
                out.flush();
                self.walk_children(i, out, depth);
                if let Some(content) = out.take_inline() {
                    if let Some(rule) = crate::rules::label_rule(&content.text) {
                        out.drop_line(&content.text, "line:label-heading", Some(rule));
                    } else {
                        out.blocks.push(Block::Heading { level, content });
                    }
                }
                out.flush();
            }
            Tag::Ul | Tag::Ol => {
                out.flush();
                let list = self.list(i, depth);
                if let Some(list) = list {
                    out.blocks.push(list);
                }
            }
            Tag::Blockquote => {
                out.flush();
                let mut inner = out.nested();
                self.walk_children(i, &mut inner, depth);
                inner.flush();
                out.adopt_dropped(&mut inner);
                let blocks: Vec<Block> = inner
                    .blocks
                    .into_iter()
                    .filter(|b| !matches!(b, Block::Image(_)))
                    .collect();
                if !blocks.is_empty() {
                    out.blocks.push(Block::Quote { blocks });
                }
            }
            Tag::Pre => {
                out.flush();
                let mut inner = Builder::default();
                self.walk_children(i, &mut inner, depth);
                let text = inner.inline.text.trim_matches('\n').trim_end().to_string();
                if !text.trim().is_empty() {
                    let lang = code_lang(self, i);
                    out.blocks.push(Block::Code { lang, text });
                }
            }
            Tag::Table if self.is_data_table(i) => {
                out.flush();
                if let Some(t) = self.table(i, depth) {
                    out.blocks.push(t);
                }
            }
            Tag::Figure => {
                out.flush();
                self.figure(i, out, depth);
                out.flush();
            }
            // A caption outside a figure: it belongs to the image before it.
            Tag::Figcaption => {
                out.flush();
                let caption = self.caption_text(i, depth);
                if let Some(Block::Image(img)) = out.blocks.last_mut() {
                    if img.caption.is_none() {
                        img.caption = caption;
                    }
                }
            }
            Tag::Void | Tag::None if !is_root => {}
            // A block inside `<pre>` is a line of code (syntax highlighters
            // wrap each line in one): it ends the line, not the code block.
            _ if pre && node.tag.is_block() => {
                out.end_code_line();
                self.walk_children(i, out, depth);
                out.end_code_line();
            }
            _ => {
                let block = node.tag.is_block();
                if block {
                    out.flush();
                }
                self.walk_children(i, out, depth);
                if block {
                    out.flush();
                }
            }
        }
    }

    /// Records a removed subtree for the explain report.
    fn record(&self, i: usize, stage: Stage, reason: &str) {
        let end = self.dom.nodes[i].end as usize;
        let texts = (i..end).filter_map(|j| self.dom.nodes[j].text_str());
        let preview = preview(texts);
        if preview.is_empty() {
            return;
        }
        self.removed
            .borrow_mut()
            .push(Removed::new(stage, preview, reason));
    }

    /// Records the outermost containers pruned before scoring (by name,
    /// role, tag, or as hidden/controls).
    fn explain_pruned(&self) {
        let mut i = 0;
        while i < self.dom.len() {
            let n = &self.dom.nodes[i];
            if let Some(reason) = self.dom.prune_reason(i) {
                self.record(i, Stage::Prune, &reason);
                i = n.end as usize;
                continue;
            }
            i += 1;
        }
    }

    /// A removed block (pruned, hidden, cleaned away) still stood between
    /// the text before and after it: loose text on either side (an old
    /// CMS body written with `<br>`s) is not one paragraph, and a widget's
    /// inline line after the block does not join the closing paragraph.
    /// Not inside a heading, a link or `<pre>`, whose text is one run.
    fn end_line_at_removed(&self, i: usize, out: &mut Builder) {
        let node = &self.dom.nodes[i];
        if node.tag.is_block()
            && !matches!(node.tag, Tag::Void | Tag::Iframe | Tag::Textarea)
            && !node.has(flag::IN_HEADING | flag::IN_LINK | flag::IN_PRE)
        {
            out.flush();
        }
    }

    fn walk_children(&self, i: usize, out: &mut Builder, depth: usize) {
        for c in self.dom.children(i as u32) {
            self.walk(c as usize, out, depth + 1, false);
        }
    }

    /// All live text of a subtree as running text, without structure.
    fn flat_text(&self, i: usize, out: &mut Builder) {
        for j in self.dom.live_walk(i, self.live) {
            let n = &self.dom.nodes[j];
            if let Some(t) = n.text_str() {
                out.push_text(t, false);
            } else if n.tag.is_block() {
                out.push_text(" ", false);
            }
        }
    }

    fn resolve(&self, href: &str) -> Option<String> {
        let href = href.trim();
        if href.is_empty() || href.starts_with('#') {
            return None;
        }
        let has_scheme = |scheme: &str| {
            href.get(..scheme.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
        };
        if has_scheme("javascript:") || has_scheme("data:") {
            return None;
        }
        match self.base {
            Some(b) => b.join(href).ok().map(String::from),
            None => Some(href.to_string()),
        }
    }

    fn image(&self, i: usize) -> Option<Image> {
        let el = self.dom.nodes[i].elem()?;
        let src = crate::rules::IMAGE_SOURCES
            .iter()
            .filter_map(|a| crate::rules::attr(el, a))
            .map(str::trim)
            .find(|s| !s.is_empty() && !s.starts_with("data:"))
            .or_else(|| {
                crate::rules::IMAGE_SRCSETS
                    .iter()
                    .find_map(|a| crate::metadata::best_from_srcset(crate::rules::attr(el, a)?))
            })?;
        let src = self.resolve(src)?;
        let alt = crate::rules::attr(el, "alt")
            .map(crate::text::clean)
            .filter(|a| !a.is_empty());
        Some(Image {
            src,
            alt,
            caption: None,
        })
    }

    /// A figure: its images with the caption; parts that hold neither an
    /// image nor a caption (quotes, embeds with text) are walked as
    /// content, however deep in the figure they sit (an embedded quote is
    /// often a blockquote beside its attribution caption in one wrapper).
    /// A quote figure without an image keeps its caption as a paragraph:
    /// it is the quote's attribution, with no image to carry it.
    fn figure(&self, i: usize, out: &mut Builder, depth: usize) {
        let mut parts = FigureParts {
            depth,
            ..FigureParts::default()
        };
        self.figure_parts(i, out, depth, &mut parts);
        out.flush();
        if parts.images.is_empty() {
            if let (true, Some(caption)) = (parts.quote, parts.caption) {
                out.blocks.push(Block::Paragraph(Inline::plain(caption)));
            }
            return;
        }
        if !self.opts.images {
            return;
        }
        let count = parts.images.len();
        for (k, mut img) in parts.images.into_iter().enumerate() {
            if k + 1 == count {
                img.caption = parts.caption.take();
            }
            out.blocks.push(Block::Image(img));
        }
    }

    /// Sorts the children of figure part `i`: images and captions are
    /// collected, blocks without either are walked as content, wrappers of
    /// both are searched in turn.
    fn figure_parts(&self, i: usize, out: &mut Builder, depth: usize, parts: &mut FigureParts) {
        for c in self.dom.children(i as u32) {
            let c = c as usize;
            if !self.live[c] {
                continue;
            }
            let cn = &self.dom.nodes[c];
            let end = cn.end as usize;
            let media =
                (c..end).any(|j| matches!(self.dom.nodes[j].tag, Tag::Img | Tag::Figcaption));
            if !media {
                // Directly in the figure anything is content; deeper, only
                // paragraphs and quotes (a credit beside an image is not).
                let prose = || {
                    !cn.has(flag::IN_CAPTION)
                        && (c..end)
                            .any(|j| matches!(self.dom.nodes[j].tag, Tag::P | Tag::Blockquote))
                };
                if depth == parts.depth || prose() {
                    parts.quote |= (c..end).any(|j| self.dom.nodes[j].tag == Tag::Blockquote);
                    self.walk(c, out, depth + 1, false);
                }
                continue;
            }
            match cn.tag {
                Tag::Img => {
                    if let Some(img) = self.image(c) {
                        parts.images.push(img);
                    }
                }
                Tag::Figcaption => parts.caption = self.caption_text(c, depth),
                _ if depth < MAX_STRUCTURE_DEPTH => self.figure_parts(c, out, depth + 1, parts),
                _ => {}
            }
        }
    }

    fn caption_text(&self, i: usize, depth: usize) -> Option<String> {
        let mut b = Builder::default();
        self.walk_children(i, &mut b, depth + 1);
        b.flush();
        let text = b
            .blocks
            .iter()
            .map(Block::plain_text)
            .collect::<Vec<_>>()
            .join(" ");
        let text = crate::text::clean(&text);
        (!text.is_empty()).then_some(text)
    }

    fn list(&self, i: usize, depth: usize) -> Option<Block> {
        let ordered = self.dom.nodes[i].tag == Tag::Ol;
        let mut items = Vec::new();
        for c in self.dom.children(i as u32) {
            let c = c as usize;
            if !self.live[c] {
                continue;
            }
            let cn = &self.dom.nodes[c];
            if cn.tag == Tag::Text {
                continue;
            }
            if cn.tag != Tag::Li {
                if let Some(why) = self.drop_conditionally(c) {
                    if self.opts.explain {
                        self.record(c, Stage::Clean, &why.reason(|| self.named_by(c)));
                    }
                    continue;
                }
            }
            let mut inner = Builder {
                keep_labels: true,
                ..Builder::default()
            };
            self.walk_children(c, &mut inner, depth + 1);
            inner.flush();
            let mut item = ListItem::default();
            for b in inner.blocks {
                match b {
                    Block::Paragraph(p) | Block::Heading { content: p, .. } => {
                        if item.content.text.is_empty() {
                            item.content = p;
                        } else {
                            item.content.text.push('\n');
                            item.content.text.push_str(&p.text);
                        }
                    }
                    other => item.children.push(other),
                }
            }
            if !item.content.text.is_empty() || !item.children.is_empty() {
                items.push(item);
            }
        }
        (!items.is_empty()).then_some(Block::List { ordered, items })
    }

    fn is_data_table(&self, i: usize) -> bool {
        if !self.opts.tables {
            return false;
        }
        let n = &self.dom.nodes[i];
        let end = n.end as usize;
        let mut rows = 0;
        let mut max_cols = 0;
        let mut cols = 0;
        let mut has_th = false;
        for j in i + 1..end {
            match self.dom.nodes[j].tag {
                Tag::Table => return false, // nested: layout
                Tag::Tr => {
                    rows += 1;
                    max_cols = max_cols.max(cols);
                    cols = 0;
                }
                Tag::Td => cols += 1,
                Tag::Th => {
                    cols += 1;
                    has_th = true;
                }
                Tag::Caption => has_th = true,
                // Long prose in cells means layout.
                Tag::P | Tag::Div | Tag::Ul | Tag::Ol | Tag::H(_) | Tag::Blockquote
                    if self.dom.nodes[j].text > 400 =>
                {
                    return false;
                }
                _ => {}
            }
        }
        max_cols = max_cols.max(cols);
        if rows == 0 {
            return false;
        }
        has_th || (rows >= 2 && max_cols >= 2 && (n.text as usize) < rows * max_cols * 200)
    }

    fn table(&self, i: usize, depth: usize) -> Option<Block> {
        let mut rows: Vec<Vec<Inline>> = Vec::new();
        let mut header = false;
        let mut walk = self.dom.live_descendants(i, self.live);
        while let Some(j) = walk.next() {
            let n = &self.dom.nodes[j];
            match n.tag {
                Tag::Tr => rows.push(Vec::new()),
                Tag::Td | Tag::Th => {
                    if n.tag == Tag::Th && rows.len() == 1 {
                        header = true;
                    }
                    let mut b = Builder {
                        keep_labels: true,
                        ..Builder::default()
                    };
                    self.in_data_table.set(self.in_data_table.get() + 1);
                    self.walk_children(j, &mut b, depth + 1);
                    self.in_data_table.set(self.in_data_table.get() - 1);
                    b.flush();
                    let text = b
                        .blocks
                        .iter()
                        .map(Block::plain_text)
                        .collect::<Vec<_>>()
                        .join("\n");
                    if rows.is_empty() {
                        rows.push(Vec::new());
                    }
                    if let Some(r) = rows.last_mut() {
                        r.push(Inline::plain(text));
                    }
                    walk.skip_subtree(j);
                }
                _ => {}
            }
        }
        rows.retain(|r| !r.is_empty());
        (!rows.is_empty()).then_some(Block::Table { header, rows })
    }

    /// Readability-style conditional cleaning of containers inside the body.
    fn drop_conditionally(&self, i: usize) -> Option<Clean> {
        let n = &self.dom.nodes[i];
        // Leftover boilerplate (a wrapper rescued for holding content) and
        // weak-boilerplate blocks (bylines, meta lines) when short.
        // An inline element inside running text ("<a class=meta-org>") is
        // part of the sentence, whatever its class says.
        let in_running_text = n.tag.is_inline()
            && !n.has(flag::IN_CAPTION)
            && n.parent != u32::MAX
            && u64::from(self.dom.nodes[n.parent as usize].text) * 2
                > u64::from(n.text) * u64::from(RUNNING_TEXT_MIN_PARENT_HALVES);
        // A weak name ("title", "header") on a wrapper that holds a
        // heading names the heading: a section title stays.
        let holds_heading = u64::from(n.heading_text) * 10
            >= u64::from(n.text) * u64::from(HEADING_WRAPPER_MIN_TENTHS)
            && n.heading_text > 0;
        let named_boiler = n.has(flag::BOILER)
            || n.has(flag::WIDGET)
            || (n.has(flag::WEAK_BOILER)
                && !n.has(flag::IN_HEADING)
                && !in_running_text
                && !holds_heading);
        let t = self.opts.focus.thresholds();
        if named_boiler && n.text < t.named_block_max && !self.short_module_of_the_article(i) {
            return Some(Clean::ShortNamedBoilerplate {
                bytes: n.text,
                max: t.named_block_max,
            });
        }
        if n.has(flag::RELAXED_NAMED) && self.own_widget_box(i) {
            return Some(Clean::RelaxedWidgetBox { bytes: n.text });
        }
        // A short paragraph of two or more links and little else is a link
        // bar ("Print this story | Send to a friend"), whatever the links'
        // targets (script links carry no mark for the inline check).
        let min_density = LINK_BAR_MIN_LINKED_TENTHS as f32 / 10.0;
        if n.tag == Tag::P && n.text < LINK_BAR_MAX_TEXT as u32 && n.link_density() >= min_density {
            let end = n.end as usize;
            let links = (i..end)
                .filter(|&j| self.dom.nodes[j].tag == Tag::A)
                .count();
            if links >= 2 {
                return Some(Clean::LinkBar {
                    links,
                    density: n.link_density(),
                    min: min_density,
                });
            }
        }
        // A paragraph that is one link, all its text, to this very page
        // with a query (a newsletter platform's share button,
        // `?action=share`) is a control on the page, whatever its label.
        if n.tag == Tag::P && n.text > 0 && n.linked_text() == n.text {
            let mut links = (i..n.end as usize).filter(|&j| self.dom.nodes[j].tag == Tag::A);
            if let (Some(a), None) = (links.next(), links.next()) {
                let href = self.dom.nodes[a]
                    .elem()
                    .and_then(|e| crate::rules::attr(e, "href"));
                if href.is_some_and(|h| self.page.is_self_with_query(h)) {
                    return Some(Clean::SelfActionButton { bytes: n.text });
                }
            }
        }
        let mut is_list = matches!(n.tag, Tag::Ul | Tag::Ol);
        if !matches!(
            n.tag,
            Tag::Div | Tag::Section | Tag::Ul | Tag::Ol | Tag::Table | Tag::Form | Tag::Aside
        ) {
            return None;
        }
        if n.tag == Tag::Table && self.is_data_table(i) {
            return None;
        }
        if let Some(items) = self.teaser_items(i) {
            return Some(Clean::TeaserCards { items });
        }
        let weight = f32::from(n.weight);
        let score = self.scores.get(i).copied().unwrap_or(0.0);
        let weak_named_heading = holds_heading && !n.has(flag::BOILER) && !n.has(flag::WIDGET);
        // A block holding a good share of the article's prose is the
        // article's, whatever its name says.
        // Prose, not a panel of controls or figures: most of its text is
        // in paragraphs.
        let prose_of = || self.prose_masses()[i] as f32;
        let major_prose = || {
            let prose = prose_of();
            // A strong boilerplate name needs a large share; a weak or
            // widget name only a paragraph's worth.
            let share = if n.has(flag::BOILER) {
                MAJOR_BLOCK_SHARE
            } else {
                NAMED_PROSE_SHARE
            };
            // A block holding most of the body is the body (a layout
            // wrapper named for the sidebar beside the text): its links
            // (a table of contents, linked step titles) are the article's
            // and are held to a list's limit.
            let max_links = if n.text as f32 >= MOST_OF_BODY * self.body_text as f32 {
                t.list_link_density
            } else {
                t.block_link_density
            };
            // A "read also" line or a credit under the prose (links in
            // lines of their own) is judged on its own: the block's links
            // are its prose's ([`Ctx::links_in_own_lines`]).
            prose >= share * self.body_text as f32
                && prose >= MAJOR_BLOCK_PROSE * n.text as f32
                && (n.link_density() <= max_links || self.links_in_own_lines(i, max_links))
        };
        // A block named like boilerplate that is built as a comment
        // thread goes, however much of a short post's text it holds (the
        // relaxed pass keeps it standing beside the post).
        if weight < 0.0 {
            if let Some(entries) = self.comment_entries(i) {
                return Some(Clean::CommentThread { entries });
            }
        }
        if let Some(entries) = self.plain_comment_entries(i) {
            return Some(Clean::CommentThread { entries });
        }
        if weight < 0.0 && weight + score < 0.0 && !weak_named_heading && !major_prose() {
            return Some(Clean::NegativeScore { weight, score });
        }
        if n.commas >= CLEAN_KEEP_MIN_COMMAS {
            return None;
        }
        let p = n.paras as f32;
        let img = n.imgs as f32;
        let li = n.lis as f32 - LIST_ITEMS_OVER_PARAGRAPHS_MARGIN;
        let len = n.text as f32;
        let ld = n.link_density();
        // A container whose text is nearly all in lists (a features grid,
        // a section of link-rich bullet points) is judged as the list it
        // holds. Scanned only when the verdict depends on it.
        if !is_list && ld > t.block_link_density && ld <= t.list_link_density {
            is_list = u64::from(self.list_text(i)) * 10
                > u64::from(n.text) * u64::from(LIST_TEXT_MIN_TENTHS);
        }
        let heading_density = if n.text == 0 {
            0.0
        } else {
            n.heading_text as f32 / len
        };
        // Paragraphs of any tag count against the images (a photo set of
        // `<div>` paragraphs is prose with pictures).
        let paragraphs = || {
            let count = self
                .paragraphs
                .get_or_init(|| super::score::paragraph_count(self.dom))[i];
            p.max(count as f32)
        };
        // The block that opens the body's prose (no paragraph of prose
        // before it), holding a good share of the article's text in prose,
        // most of its own text prose with few links, is the article's
        // lead under its photos (the pictures and their captions, then
        // the first paragraph), not a gallery (captions), an ad strip
        // (links) or a promotion's card of icons after the post, however
        // few its paragraphs.
        let lead_under_pictures = || {
            let prose = prose_of();
            prose >= MAJOR_BLOCK_SHARE * self.body_text as f32
                && prose >= MAJOR_BLOCK_PROSE * len
                && ld <= t.block_link_density
                && !self.prose_before(i)
        };
        // A block of pictures standing between the post's prose (prose
        // before it and after it in the body), its links few, is the
        // post's own illustration with whatever it sets between them (a
        // subheading, a line), not a gallery or an ad strip beside the
        // post: its captions are judged by the caption rules.
        let pictures_in_prose =
            || ld <= t.block_link_density && self.prose_before(i) && self.prose_after(i);
        // A builder's module after one of the article's text modules
        // ([`Ctx::module_after_the_article`]) that holds a line of prose
        // ending a sentence beside its pictures, its links few, is the
        // post's closing module: a photo, then the post's short last
        // sentence written as a bare line ("…<img>…<br>Entry is
        // free.<br>"), which a gallery's or an ad strip's module after
        // the post does not hold.
        let pictures_closing_prose = || {
            ld <= t.block_link_density
                && self.module_after_the_article(i)
                && self.own_lines(i, 1).is_some_and(|lines| lines.sentence)
        };
        if img > IMAGES_OVER_PARAGRAPHS_MIN
            && p / img < IMAGES_MIN_PARAGRAPHS_EACH
            && paragraphs() / img < IMAGES_MIN_PARAGRAPHS_EACH
            && !lead_under_pictures()
            && !pictures_in_prose()
            && !pictures_closing_prose()
        {
            return Some(Clean::ImagesOverParagraphs {
                images: n.imgs,
                paragraphs: paragraphs() as u32,
            });
        }
        if !is_list && li > p {
            return Some(Clean::ListItemsOverParagraphs {
                items: n.lis,
                paragraphs: n.paras,
            });
        }
        if !is_list
            && heading_density < SHORT_LINKED_MAX_HEADING_SHARE
            && len < SHORT_LINKED_MAX_TEXT
            && (img == 0.0 || img > SHORT_LINKED_KEEP_MAX_IMAGES)
            && ld > 0.0
            && !self.sentence_over_credit(i, t.block_link_density)
        {
            return Some(Clean::ShortLinked { bytes: n.text });
        }
        let most_of_body = n.text as f32 >= MOST_OF_BODY * self.body_text as f32;
        let (max, limit) = if !is_list && weight < f32::from(CLASS_WEIGHT) && !most_of_body {
            (t.block_link_density, "block_link_density")
        } else {
            (t.list_link_density, "list_link_density")
        };
        if ld > max && !is_list && self.links_in_own_lines(i, max) {
            return None;
        }
        if ld > max && !is_list && self.subheading_module(i, max) {
            return None;
        }
        // A note of prose whose links run inside its sentences (a callout
        // box, a "fun fact" aside) is read like a list: its links are
        // words of the text, not a menu beside it.
        if ld > max
            && ld <= t.list_link_density
            && super::score::holds_sentence_end(self.dom, i)
            && self.links_in_running_text(i)
        {
            return None;
        }
        // Share, mail and sign-up links are actions on this page, no
        // links to other pages: a block of the article's prose (a root's
        // wrapper, or a block of sentences) that closes with such a bar
        // is judged by its other links (the bar itself, all actions, is
        // judged on its own; a chat box's one-line invitation and button
        // are no such block).
        if ld > max
            && self
                .density_without_closing_actions(i)
                .is_some_and(|(d, sentences)| {
                    d <= max
                        && (self.in_root_chain.get() || sentences >= CLOSING_ACTIONS_MIN_SENTENCES)
                })
        {
            return None;
        }
        (ld > max).then_some(Clean::LinkDensity {
            list: is_list,
            density: ld,
            max,
            limit,
        })
    }

    /// Whether named block `i` is one of the article's text modules: a
    /// page builder names every text module alike (`so-panel widget`), so
    /// a short module (a one-line paragraph, a subheading's) bears the
    /// name of a module in the body that holds a good share of the body's
    /// prose ([`MAJOR_BLOCK_SHARE`], in paragraphs for
    /// [`MAJOR_BLOCK_PROSE`] of its text) and is no short block itself:
    /// the same class attribute, and text that ends a sentence.
    fn short_module_of_the_article(&self, i: usize) -> bool {
        let dom = self.dom;
        let Some(class) = dom.nodes[i]
            .elem()
            .and_then(|e| crate::rules::attr(e, "class"))
            .map(str::trim)
            .filter(|c| !c.is_empty())
        else {
            return false;
        };
        // The modules that hold the story are no short blocks themselves.
        let max = self.opts.focus.thresholds().named_block_max;
        let modules = self.prose_modules.get_or_init(|| {
            let prose = self.prose_masses();
            let named = flag::BOILER | flag::WIDGET | flag::WEAK_BOILER;
            let mut out: Vec<&str> = Vec::new();
            for &r in self.roots_list {
                let end = dom.nodes[r as usize].end as usize;
                for j in r as usize..end {
                    let m = &dom.nodes[j];
                    if m.flags & named == 0 || !self.live[j] {
                        continue;
                    }
                    let p = prose[j] as f32;
                    if m.text >= max
                        && p >= MAJOR_BLOCK_SHARE * self.body_text as f32
                        && p >= MAJOR_BLOCK_PROSE * m.text as f32
                    {
                        if let Some(c) = m.elem().and_then(|e| crate::rules::attr(e, "class")) {
                            out.push(c.trim());
                        }
                    }
                }
            }
            out
        });
        modules.contains(&class) && super::score::holds_sentence_end(dom, i)
    }

    /// How many comments block `i` is a thread of, told by its structure:
    /// at least [`THREAD_MIN_ENTRIES`] entries ([`Ctx::is_comment_entry`])
    /// holding at least [`THREAD_MIN_SHARE`] of its text (the rest a
    /// "2 comments" heading, a form's label).
    fn comment_entries(&self, i: usize) -> Option<u32> {
        let n = &self.dom.nodes[i];
        let (mut entries, mut text) = (0u32, 0u32);
        let mut walk = self.dom.live_descendants(i, self.live);
        while let Some(j) = walk.next() {
            if matches!(self.dom.nodes[j].tag, Tag::Li | Tag::Article) && self.is_comment_entry(j) {
                entries += 1;
                text += self.dom.nodes[j].text;
                walk.skip_subtree(j);
            }
        }
        (entries >= THREAD_MIN_ENTRIES && text as f32 >= THREAD_MIN_SHARE * n.text as f32)
            .then_some(entries)
    }

    /// How many comments block `i` is a thread of when it is built of
    /// plain blocks, no comment markup and no name: after the post's prose
    /// (prose before it in the body, none after it), its children with
    /// text are comments ([`Ctx::is_plain_comment`], at least
    /// [`THREAD_MIN_ENTRIES`], holding at least [`THREAD_MIN_SHARE`] of its
    /// text) and short headings ("3 thoughts on …").
    ///
    /// Part of rule `clean:comment-thread` (issue 16: readers' comments
    /// in plain `<div>`s after the post).
    /// Concept: a theme without a comment list's markup prints each
    /// comment as a block of two: a head of the commenter's name and the
    /// day, and the comment's text.
    /// Scope: blocks over the post's end; an entry's head holds a date
    /// and a capitalised word that is no date's (a name), its text a
    /// sentence. A liveblog's update holds its time over several
    /// paragraphs, a teaser card a linked title: neither is an entry. A
    /// liveblog of one-paragraph updates under such heads lists them
    /// newest first (each head's day and time later than the next's):
    /// no thread; readers' comments run oldest first.
    fn plain_comment_entries(&self, i: usize) -> Option<u32> {
        let dom = self.dom;
        let n = &dom.nodes[i];
        if !n.tag.is_block() || n.text == 0 || n.link_text * 2 > n.text {
            return None;
        }
        let (mut entries, mut text) = (0u32, 0u32);
        // The entries' times, in page order, while every one is newer
        // than the one after it (a liveblog's order).
        let mut newest_first = true;
        let mut last: Option<(chrono::NaiveDate, u32)> = None;
        for c in dom.children(i as u32) {
            let c = c as usize;
            let cn = &dom.nodes[c];
            if !self.live[c] || cn.text == 0 {
                continue;
            }
            if let Some(when) = self.plain_comment(c) {
                entries += 1;
                text += cn.text;
                newest_first &= match (last, when) {
                    (None, Some(_)) => true,
                    (Some(before), Some(now)) => now < before,
                    (_, None) => false,
                };
                last = when;
            } else if !(matches!(cn.tag, Tag::H(_)) && cn.text <= TEASER_LABEL_MAX_TEXT) {
                return None;
            }
        }
        (entries >= THREAD_MIN_ENTRIES
            && !newest_first
            && text as f32 >= THREAD_MIN_SHARE * n.text as f32
            && self.prose_before(i)
            && !self.prose_after(i))
        .then_some(entries)
    }

    /// Whether block `c` is one comment of [`Ctx::plain_comment_entries`]:
    /// two blocks with text, a head of at most [`COMMENT_HEAD_MAX_TEXT`]
    /// bytes holding a date and a capitalised word that is no month's or
    /// weekday's (the commenter's name), and a text of a paragraph's
    /// worth ending a sentence. Returns the head's day and time of day
    /// (minutes, 0 without a time) when it reads them, `None` inside for
    /// a head whose date does not read as a calendar day.
    fn plain_comment(&self, c: usize) -> Option<Option<(chrono::NaiveDate, u32)>> {
        use crate::metadata::dates::{day_and_time, holds_date, is_month_word, is_weekday_word};
        let dom = self.dom;
        if !dom.nodes[c].tag.is_block() || super::score::is_paragraph_like(dom, c) {
            return None;
        }
        let mut parts = dom
            .children(c as u32)
            .map(|k| k as usize)
            .filter(|&k| self.live[k] && dom.nodes[k].text > 0);
        let (Some(head), Some(body), None) = (parts.next(), parts.next(), parts.next()) else {
            return None;
        };
        let (h, b) = (&dom.nodes[head], &dom.nodes[body]);
        if !h.tag.is_block()
            || !b.tag.is_block()
            || h.text > COMMENT_HEAD_MAX_TEXT
            || b.text < super::score::MIN_PARAGRAPH_TEXT
            || b.link_text * 2 > b.text
            || !super::score::holds_sentence_end(dom, body)
        {
            return None;
        }
        let line = dom.live_text(head, self.live);
        let name = line.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
                && !is_month_word(w)
                && !is_weekday_word(w)
        });
        let lower = line.to_lowercase();
        (name && holds_date(&lower)).then(|| day_and_time(&lower))
    }

    /// Whether list item or article `j` is one comment: a `<time>`, a
    /// paragraph of prose, and around them no more than
    /// [`COMMENT_HEAD_MAX_TEXT`] bytes (the author's name, the date, a
    /// reply link).
    fn is_comment_entry(&self, j: usize) -> bool {
        let n = &self.dom.nodes[j];
        // The entry's head (its author and date) may be pruned already:
        // its `<time>` is looked for in the whole entry.
        let time = (j + 1..n.end as usize).any(|k| self.dom.nodes[k].tag == Tag::Time);
        let mut prose = 0u32;
        let mut walk = self.dom.live_descendants(j, self.live);
        while let Some(k) = walk.next() {
            let m = &self.dom.nodes[k];
            if m.tag == Tag::P {
                prose += m.text;
                walk.skip_subtree(k);
            }
        }
        time && prose >= super::score::MIN_PARAGRAPH_TEXT
            && n.text.saturating_sub(prose) <= COMMENT_HEAD_MAX_TEXT
    }

    /// How many teasers of other posts block `i` is made of, when it is
    /// one ([`Ctx::is_teaser`]) or a grid or list of them: its children
    /// with text are teasers (two or more) and headings or short labels
    /// ("Related posts"). A teaser's excerpt is another article's prose,
    /// which its commas and sentences would otherwise keep.
    fn teaser_items(&self, i: usize) -> Option<u32> {
        if self.is_teaser(i) {
            return Some(1);
        }
        let mut items = 0;
        for c in self.dom.children(i as u32) {
            let c = c as usize;
            let cn = &self.dom.nodes[c];
            if !self.live[c] || cn.text == 0 {
                continue;
            }
            if self.is_teaser(c) {
                items += 1;
            } else if !(matches!(cn.tag, Tag::H(_)) || cn.text <= TEASER_LABEL_MAX_TEXT) {
                return None;
            }
        }
        (items >= 2).then_some(items)
    }

    /// Whether block `i` is a panel of linked cards: two or more block
    /// children each all one link's text (a card whose headline, picture
    /// and label a single link wraps), beside headings and short labels
    /// ([`TEASER_LABEL_MAX_TEXT`]: "Promoted stories by …").
    ///
    /// Part of rule `clean:block-link-density` (issue 16: the post's last
    /// paragraph lost with its module).
    /// Concept: a sponsored-stories widget (Revcontent, Zergnet, Taboola
    /// and the like) or a grid of other posts, dropped into the last text
    /// module under the post's prose: its cards are no lines of the
    /// module, and it is judged on its own, as a teaser grid is.
    /// Scope: the block children of a block read by [`Ctx::own_lines`] that are
    /// no paragraphs (a paragraph's links are its lines') nor lists (a
    /// list of links refuses the block, [`LinkLines::link_line`]); a card
    /// holds at least [`TEASER_TITLE_MIN_TEXT`] bytes linked, and at most
    /// [`TEASER_LABEL_MAX_TEXT`] unlinked (an ad network's card names its
    /// advertiser's domain on a line of its own above the title) outside
    /// a list (a column of linked list items under its title is a menu's). One
    /// card is a panel too under a title of its own ("You may like") when
    /// it is a card's layout: a link wrapping blocks (its headline and its
    /// label), which no line of prose is.
    fn linked_cards(&self, i: usize) -> bool {
        let (mut cards, mut titled, mut laid_out) = (0, false, false);
        for c in self.dom.children(i as u32) {
            let c = c as usize;
            let cn = &self.dom.nodes[c];
            if !self.live[c] || cn.text == 0 {
                continue;
            }
            // A card is its linked title, beside at most a short label
            // of its own unlinked (the outlet's bare domain, a date); a
            // column of linked list items under a title is a menu.
            let card = cn.link_text >= TEASER_TITLE_MIN_TEXT
                && (cn.link_text >= cn.text
                    || cn.lis == 0
                        && cn.text.saturating_sub(cn.link_text) <= TEASER_LABEL_MAX_TEXT);
            if cn.tag.is_block() && card {
                cards += 1;
                laid_out |= !matches!(cn.tag, Tag::Ul | Tag::Ol)
                    && (c..self.dom.nodes[c].end as usize).any(|j| {
                        let m = &self.dom.nodes[j];
                        m.tag == Tag::A && m.has(flag::HAS_BLOCK_CHILD)
                    });
            } else if matches!(cn.tag, Tag::H(_)) || cn.text <= TEASER_LABEL_MAX_TEXT {
                titled = true;
            } else {
                return false;
            }
        }
        cards >= 2 || cards == 1 && titled && laid_out
    }

    /// Whether block `i` is a chat widget's box: no paragraph, and every
    /// live link in it with text opens a chat
    /// ([`crate::rules::is_chat_action_link`]: a click-to-chat button),
    /// one at least. Its greeting and its buttons are the widget's, not
    /// lines of the text module a theme or a plugin put it in.
    ///
    /// Part of rule `clean:block-link-density` (issue 16: the post's last
    /// paragraph lost with the module a click-to-chat box sat in).
    /// Scope: the block children of a block read by [`Ctx::own_lines`]
    /// other than paragraphs (a sentence that links a chat, "Write to us
    /// on <a>WhatsApp</a>.", is a line of its block).
    fn chat_box(&self, i: usize) -> bool {
        let dom = self.dom;
        let n = &dom.nodes[i];
        if n.link_text == 0 || super::score::is_paragraph_like(dom, i) {
            return false;
        }
        let mut walk = dom.live_descendants(i, self.live);
        while let Some(j) = walk.next() {
            let m = &dom.nodes[j];
            if m.tag == Tag::A {
                if m.text > 0
                    && !m
                        .elem()
                        .and_then(|e| crate::rules::attr(e, "href"))
                        .is_some_and(crate::rules::is_chat_action_link)
                {
                    return false;
                }
                walk.skip_subtree(j);
            }
        }
        true
    }

    /// Whether node `i` is a teaser card of another post: a small block
    /// ([`TEASER_MAX_TEXT`]) with a title that is a link to another page
    /// of this site ([`Ctx::same_site`]) standing as a line of its own,
    /// and one paragraph, its excerpt, cut short with an ellipsis, beside
    /// links and short bits ([`TEASER_LABEL_MAX_TEXT`] in all: a date, a
    /// label). A link inside a sentence
    /// is no title; a listing's entry (a directory of webcams, a list of
    /// picks) describes its page in full sentences, no cut excerpt.
    fn is_teaser(&self, i: usize) -> bool {
        let dom = self.dom;
        let n = &dom.nodes[i];
        if n.text < TEASER_TITLE_MIN_TEXT || n.text > TEASER_MAX_TEXT || n.tag.is_inline() {
            return false;
        }
        let mut title: Option<&str> = None;
        let mut cut_excerpt = false;
        let mut paragraphs = 0;
        let mut excerpt = 0;
        let mut walk = dom.live_descendants(i, self.live);
        while let Some(j) = walk.next() {
            let m = &dom.nodes[j];
            if m.tag == Tag::A {
                if let Some(href) = away_href(m) {
                    if title.is_none()
                        && m.text >= TEASER_TITLE_MIN_TEXT
                        && self.link_is_a_line(j)
                        && self.same_site(href)
                    {
                        title = Some(href);
                    }
                }
                walk.skip_subtree(j);
                continue;
            }
            if m.text >= TEASER_EXCERPT_MIN_TEXT
                && m.link_text * 2 < m.text
                && super::score::is_paragraph_like(dom, j)
            {
                // One excerpt at most: a block of paragraphs is prose.
                paragraphs += 1;
                if paragraphs > 1 {
                    return false;
                }
                cut_excerpt = m.link_text == 0 && ends_cut_short(dom, j, self.live);
                excerpt = m.text - m.link_text;
                walk.skip_subtree(j);
                continue;
            }
            // A sentence outside the excerpt is a line of prose: the
            // block is a text module with a card in it, not a card.
            if m.text_str()
                .is_some_and(|t| t.trim_end().ends_with(['.', '!', '?']))
                && !m.has(flag::IN_HEADING)
            {
                return false;
            }
        }
        // Beside its links and its excerpt, a card holds short bits only
        // (a date, a label): a text module with a line of the story above
        // a "read next" card is no card.
        let other = n.text.saturating_sub(n.link_text + excerpt);
        title.is_some() && cut_excerpt && other <= TEASER_LABEL_MAX_TEXT
    }

    /// Whether `href` leads to another page of this site: a relative link,
    /// or one to the page's host (with or without `www.`), not to the page
    /// itself. Without the page's URL only a relative link does. A list of
    /// picks linking out (courses, products, tools) is the article's.
    fn same_site(&self, href: &str) -> bool {
        let Some(base) = self.base else {
            return !href.contains("//");
        };
        let Ok(url) = base.join(href) else {
            return false;
        };
        let host = |u: &Url| u.host_str().map(crate::text::bare_host);
        host(&url) == host(base) && url.path() != base.path()
    }

    /// Whether link `a` is a line of its own: it fills the block around
    /// it (a heading, a title `<div>`), or stands between the blocks of a
    /// container whose loose text is all links (a card's title link
    /// beside its excerpt).
    fn link_is_a_line(&self, a: usize) -> bool {
        let dom = self.dom;
        let link = dom.nodes[a].text;
        let mut p = dom.nodes[a].parent as usize;
        while dom.nodes[p].tag.is_inline() && dom.nodes[p].parent != u32::MAX {
            p = dom.nodes[p].parent as usize;
        }
        let pn = &dom.nodes[p];
        if u64::from(link) * 10 >= u64::from(pn.text) * u64::from(TEASER_TITLE_LINE_TENTHS) {
            return true;
        }
        if !pn.has(flag::HAS_BLOCK_CHILD) {
            return false;
        }
        dom.children(p as u32).all(|c| {
            let cn = &dom.nodes[c as usize];
            !self.live[c as usize] || cn.tag.is_block() || cn.linked_text() == cn.text
        })
    }

    /// What names node `i` like boilerplate, for the explain report: the
    /// class/id rule's id, else its landmark role (`role-navigation`) or
    /// tag (`tag-aside`), else a word the caller added (`caller-word`); the
    /// prune stage names its removals the same way.
    fn named_by(&self, i: usize) -> String {
        let n = &self.dom.nodes[i];
        let Some(el) = n.elem() else {
            return "unnamed".to_string();
        };
        let want =
            crate::rules::kind::STRONG | crate::rules::kind::WIDGET | crate::rules::kind::WEAK;
        if let Some(rule) = crate::rules::deciding_rule(el, want) {
            return rule.id.to_string();
        }
        if let Some(role) = crate::rules::boiler_role(el) {
            return format!("role-{role}");
        }
        match n.tag {
            Tag::Nav | Tag::Aside | Tag::Footer | Tag::Header => format!("tag-{}", el.name()),
            _ if n.weight < 0 => "caller-word".to_string(),
            _ => "unnamed".to_string(),
        }
    }

    /// Whether block `i`, named as a widget in the relaxed pass (where
    /// names prune nothing, [`flag::RELAXED_NAMED`]), is a widget's box set
    /// in the article, which the strict pass prunes by its name.
    ///
    /// Rule `clean:relaxed-widget-box` (issue 16: own-services promo
    /// boxes kept on themes whose page wrapper bears a widget's name).
    /// Concept: the relaxed pass runs when the strict one found no article
    /// because a wrapper of the article (a theme's `background-overlay`
    /// around the whole page, a post shown in a `post-popup`) bears a
    /// widget's name; it lifts names to rescue that wrapper, not the
    /// boxes set in the article under names of their own (`promo-box`,
    /// `house-ad`), which the strict pass prunes on every other page.
    /// Scope: a block inside the body that the strict prune decision
    /// removes as a widget ([`super::dom::prune_decision`]: no wrapper of
    /// [`WIDGET_PROSE_MIN_TEXT`](crate::rules::tuning::WIDGET_PROSE_MIN_TEXT)
    /// bytes of prose), holding less than [`MOST_OF_BODY`] of the body's
    /// text, whose widget name is of a concept (ads, overlay, share…) that
    /// none of its widget-named ancestors bears: the article's own
    /// sections inside a misnamed wrapper repeat its name
    /// (`post-popup__text` inside `post-popup`).
    fn own_widget_box(&self, i: usize) -> bool {
        use crate::rules::kind::WIDGET;
        let dom = self.dom;
        let n = &dom.nodes[i];
        if (n.text as f32) >= MOST_OF_BODY * self.body_text as f32
            || super::dom::prune_decision(n.tag, n.flags | flag::WIDGET, &n.stats()).is_none()
        {
            return false;
        }
        let concept = |j: usize| {
            dom.nodes[j]
                .elem()
                .and_then(|e| crate::rules::deciding_rule(e, WIDGET))
                .map(|r| r.concept)
        };
        let Some(own) = concept(i) else {
            return false;
        };
        let mut p = n.parent;
        while let Some(a) = dom.nodes.get(p as usize) {
            if a.has(flag::RELAXED_NAMED) && concept(p as usize) == Some(own) {
                return false;
            }
            p = a.parent;
        }
        true
    }

    /// Whether node `j`'s subtree holds a paragraph of prose
    /// ([`Self::prose_masses`]).
    fn has_prose(&self, j: usize) -> bool {
        self.prose_masses().get(j).is_some_and(|&p| p > 0)
    }

    /// Each node's prose mass ([`super::score::prose_mass`] with every node
    /// counted), computed once per page.
    fn prose_masses(&self) -> &[u32] {
        self.prose
            .get_or_init(|| super::score::prose_mass(self.dom, |_, _| true))
    }

    /// Whether the body holds a paragraph of prose
    /// ([`super::score::prose_mass`]) before node `i`: in a root before
    /// `i`'s, or in `i`'s root ahead of `i` (its ancestors aside).
    fn prose_before(&self, i: usize) -> bool {
        let reach = self.prose_reach();
        self.roots_list.iter().any(|&r| {
            let r = r as usize;
            if r > i {
                return false;
            }
            if !self.dom.contains(r as u32, i as u32) {
                return self.has_prose(r);
            }
            // Ahead of `i` in document order: a node of `r`'s subtree whose
            // own subtree ends before `i` (an ancestor's reaches past it).
            // Nodes from `r` on whose subtree ends by `i` all stand in
            // `[r, i)`, so the smallest end of a prose node from `r` on
            // answers it.
            reach.first_end_from(r) <= i
        })
    }

    /// Whether any of the body's roots holds prose after block `i`'s
    /// subtree (in document order), [`Self::prose_before`]'s mirror.
    fn prose_after(&self, i: usize) -> bool {
        let reach = self.prose_reach();
        let end = self.dom.nodes[i].end as usize;
        self.roots_list.iter().any(|&r| {
            let r = r as usize;
            if !self.dom.contains(r as u32, i as u32) {
                return r >= end && self.has_prose(r);
            }
            // After `i`'s subtree, inside the root.
            reach.next_from(end) < self.dom.nodes[r].end as usize
        })
    }

    /// [`ProseReach`] of the page, computed once.
    fn prose_reach(&self) -> &ProseReach {
        self.prose_reach
            .get_or_init(|| ProseReach::new(self.dom, self.prose_masses()))
    }

    /// Whether block `i`'s links stand in lines of their own — a "read
    /// also" line, a credit, a follow-us link under the last paragraph of a
    /// page builder's text module — and the rest of its text is prose with
    /// few links. Such a block is the article's: its link density is that
    /// of its prose, and each link line is judged on its own (by the link
    /// bar rule here, by the syndication stage after).
    ///
    /// A line is a paragraph-like child or a run of inline content between
    /// `<br>`s, one level into paragraph-like children; it is a link line
    /// when most of its text is linked. At most [`LINK_LINES_APART`] link
    /// lines (a run of lines linking to one other site is one credit, see
    /// [`LinkLines::link_line`]), each linking to pages (not a list of links; a toggle or a
    /// jump within the page only after the last prose line, see below),
    /// and no heading with a link (a teaser card's title: its excerpt is
    /// another article's prose) outside a grid of teaser cards (judged on
    /// its own); the rest must hold a sentence outside headings (a call to
    /// action's slogan is none).
    ///
    /// Part of rule `clean:block-link-density` (issue 16: the post's last
    /// paragraph lost with its module).
    /// Concept: a page builder's last text module holds the post's last
    /// paragraph beside what the theme and the autoblog put under it: a
    /// credit glued to the last sentence ("…in May. <a>https://…</a>",
    /// "…p.m. The post <a>…</a> appeared first on <a>…</a>."), a push
    /// prompt's toggle ("🔔 Turn on notifications", `href="#"`), a grid
    /// of other posts' teasers. None of them is the module's prose.
    /// Scope: blocks over the link density limit; a sentence's end right
    /// before its link splits the line (the prose counted in the block's
    /// own unit, bytes without whitespace); a toggle closing the block is
    /// a line apart (in a block without a heading: a titled box with a
    /// toggle for its button is a sign-up or chat box), one ahead of prose
    /// lines refuses the block.
    /// A bar of actions on this page (share buttons, "copy link", a mail
    /// link: every link a [`Target::Action`], one more than a bare `#`)
    /// is no line at all, above the prose or under it; nor is a bar of
    /// calls to join the site's messaging channels (every link to one:
    /// a follow box the stripper's `follow.channel-box` judges after).
    /// The prose must be a paragraph's worth ([`super::score::MIN_PARAGRAPH_TEXT`]:
    /// a call box's slogan over its button is shorter) but in a module
    /// after one of the article's ([`Ctx::module_after_the_article`]): a
    /// builder gives the post's short closing sentence ("It stays.") a
    /// module of its own, with the credit and the follow link under it;
    /// or in a block read as one paragraph (a `<div>` without blocks)
    /// whose one link line is a credit to one other site ("Entry is
    /// free.<br>(Taken from <a>Outlet</a>)": the post's short last
    /// sentence over the autoblog's credit).
    /// Note: an accordion or a tab panel opens with its toggles: still
    /// judged whole.
    fn links_in_own_lines(&self, i: usize, max: f32) -> bool {
        let min = if self.module_after_the_article(i) {
            1
        } else {
            super::score::MIN_PARAGRAPH_TEXT
        };
        self.own_lines(i, min).is_some_and(|lines| {
            lines.sentence
                && (lines.text >= min
                    || (lines.credit_only() && super::score::is_paragraph_like(self.dom, i)))
                && lines.stand_apart(max)
        }) || self.sentence_over_credit(i, max)
    }

    /// Whether block `i`, read as one paragraph (a `<div>` without
    /// blocks), is a sentence of any length over a credit to one other
    /// site, on its own `<br>` line or linked after the sentence's end on
    /// the same line ("Funciona.<br><a>Source link</a>", "It works.
    /// <a>Go to the source</a>"): the post's short last paragraph with the
    /// autoblog's credit glued to it, which the stripper cuts after. Its
    /// shortness and its link make it no stray control.
    ///
    /// So is a builder's module after one of the article's
    /// ([`Ctx::module_after_the_article`]) whose paragraphs are such a
    /// sentence and a credit ("<p>It works.</p><p><a>Read more</a></p>"):
    /// the builder gave the post's short closing sentence a module of its
    /// own, and the autoblog's credit followed it there.
    ///
    /// Part of rules `clean:block-link-density` and `clean:short-linked`
    /// (issue 16: a one-word closing sentence lost with its credit).
    /// Scope: paragraph-like blocks, and modules after one of the
    /// article's, whose link lines ([`Ctx::own_lines`], any prose before a
    /// credit split off) are one run to one other site, with a prose line
    /// ending a sentence.
    fn sentence_over_credit(&self, i: usize, max: f32) -> bool {
        (super::score::is_paragraph_like(self.dom, i) || self.module_after_the_article(i))
            && self.own_lines(i, 1).is_some_and(|lines| {
                lines.sentence && lines.credit_only() && lines.stand_apart(max)
            })
    }

    /// Whether block `i` is a page builder's subheading module: a heading
    /// (no link in it) over lines whose links stand apart as
    /// [`Ctx::links_in_own_lines`] reads them (a "read also" line, a
    /// picture's caption), in a module between two of the article's
    /// ([`Ctx::module_between_the_articles`]). The subheading opens the
    /// prose of the module after it, so the module holds no sentence of its
    /// own. So does a heading written as a bold line (`<b>…</b><br>`, no
    /// stop) and a paragraph's lead-in closing on a colon, whose list
    /// opens the next module ([`Line::opens`]).
    ///
    /// Part of rule `clean:block-link-density` (issue 16: a subheading
    /// lost with its module).
    /// Concept: a builder gives every text block a module of one kind; the
    /// one that holds a section's subheading also holds what the editor or
    /// the autoblog put under it (a picture, a "read also" line), and its
    /// section's prose follows in the next module.
    /// Scope: blocks over the link density limit, holding a line that is
    /// mostly heading, all bold without a stop, or a lead-in of a
    /// paragraph's worth closing on a colon; the modules before and after it bear its class
    /// attribute (generated names aside) and each holds a sentence. A call
    /// box (a title over a button) is a module of another kind, or holds
    /// no sentence around it; the link lines are judged on their own after.
    fn subheading_module(&self, i: usize, max: f32) -> bool {
        self.own_lines(i, super::score::MIN_PARAGRAPH_TEXT)
            .is_some_and(|lines| lines.opens && lines.stand_apart(max))
            && self.module_between_the_articles(i)
    }

    /// Whether block `i` (or the module it is the only block of, through
    /// a builder's wrappers) stands between two live siblings with text
    /// that bear its class attribute (but for generated names) and each
    /// hold a sentence of prose: one of the article's text modules.
    fn module_between_the_articles(&self, i: usize) -> bool {
        let (before, after) = self.article_modules_around(i);
        before && after
    }

    /// Whether block `i` (or the module it is the only block of) follows
    /// one of the article's text modules, as
    /// [`Ctx::module_between_the_articles`] reads them: the live sibling
    /// with text before it bears its class attribute (but for generated
    /// names) and holds a sentence of prose.
    fn module_after_the_article(&self, i: usize) -> bool {
        self.article_modules_around(i).0
    }

    /// Whether the live siblings with text right before and right after
    /// block `i` (or the module it is the only block of, through a
    /// builder's wrappers; past modules of its kind that are link boxes
    /// without a sentence) bear its class attribute (but for generated
    /// names) and each hold a sentence of prose, or the story's figures
    /// that [`Ctx::own_lines`] reads as prose without a stop: a list of
    /// facts ([`super::score::is_fact_list`]) or a data table without a
    /// link (a section's timetable under its subheading, in a module of
    /// its own).
    fn article_modules_around(&self, i: usize) -> (bool, bool) {
        let dom = self.dom;
        let mut m = i;
        loop {
            let p = dom.nodes[m].parent;
            if p == u32::MAX || self.only_block_child(p as usize) != Some(m) {
                break;
            }
            m = p as usize;
        }
        let parent = dom.nodes[m].parent;
        let Some(class) = super::score::class_attr(dom, m).filter(|c| !c.is_empty()) else {
            return (false, false);
        };
        if parent == u32::MAX {
            return (false, false);
        }
        let kids: Vec<usize> = dom
            .children(parent)
            .map(|c| c as usize)
            .filter(|&c| self.live[c] && dom.nodes[c].text > 0)
            .collect();
        let Some(k) = kids.iter().position(|&c| c == m) else {
            return (false, false);
        };
        let figures = |c: usize| {
            (c..dom.nodes[c].end as usize).any(|j| {
                let n = &dom.nodes[j];
                self.live[j]
                    && (matches!(n.tag, Tag::Ul | Tag::Ol) && super::score::is_fact_list(dom, j)
                        || n.tag == Tag::Table && n.link_text == 0 && self.is_data_table(j))
            })
        };
        let same_kind = |c: usize| {
            super::score::class_attr(dom, c)
                .is_some_and(|cc| super::score::same_class_words(class, cc))
        };
        let of_the_article =
            |c: usize| same_kind(c) && (super::score::holds_sentence(dom, c) || figures(c));
        // A module of the same kind that is mostly link text and holds no
        // sentence (a "read also" box put between a subheading's module
        // and its prose) is passed over: the neighbour is the one past it.
        let link_box = |c: usize| {
            let n = &dom.nodes[c];
            n.link_text * 2 > n.text && same_kind(c) && !super::score::holds_sentence(dom, c)
        };
        (
            kids[..k]
                .iter()
                .rev()
                .find(|&&c| !link_box(c))
                .is_some_and(|&c| of_the_article(c)),
            kids[k + 1..]
                .iter()
                .find(|&&c| !link_box(c))
                .is_some_and(|&c| of_the_article(c)),
        )
    }

    /// The lines of block `i` as [`Ctx::links_in_own_lines`] reads them,
    /// a sentence's end before a trailing credit splitting a line when the
    /// prose before it holds at least `min_head` bytes; `None` when a
    /// heading holds a link (a teaser card's title).
    fn own_lines(&self, i: usize, min_head: u32) -> Option<LinkLines> {
        if let Some(read) = self.own_lines_read.borrow().get(&(i, min_head)) {
            return read.clone();
        }
        let read = self.read_own_lines(i, min_head);
        self.own_lines_read
            .borrow_mut()
            .insert((i, min_head), read.clone());
        read
    }

    /// [`Ctx::own_lines`], read from the tree.
    fn read_own_lines(&self, i: usize, min_head: u32) -> Option<LinkLines> {
        let dom = self.dom;
        // A wrapper of one block (a builder's section, row, column) is
        // read as the block it wraps.
        let mut i = i;
        while let Some(c) = self.only_block_child(i) {
            i = c;
        }
        let mut lines = LinkLines {
            min_head,
            ..LinkLines::default()
        };
        let mut run = Line::default();
        for c in dom.children(i as u32) {
            let c = c as usize;
            let cn = &dom.nodes[c];
            if !self.live[c] {
                continue;
            }
            // A teaser card in the block goes on its own (see
            // `teaser_items`): its title link is no line of this block;
            // nor is a chat widget's box (the stripper's `notice.chat-box`
            // judges it after).
            if cn.tag.is_block()
                && (self.is_teaser(c)
                    || self.chat_box(c)
                    || !matches!(cn.tag, Tag::Ul | Tag::Ol)
                        && !super::score::is_paragraph_like(dom, c)
                        && self.linked_cards(c))
            {
                lines.close(&mut run);
                continue;
            }
            if (matches!(cn.tag, Tag::H(_)) || cn.heading_text > 0) && cn.link_text > 0 {
                // So does a grid of teaser cards under the prose (a
                // builder's post grid dropped into the last text module),
                // and a titled box (a sign-up box under the post).
                if cn.tag.is_block()
                    && (self.teaser_items(c).is_some() || lines.sentence && self.titled_box(c))
                {
                    lines.close(&mut run);
                    continue;
                }
                return None;
            }
            if cn.tag == Tag::Br {
                lines.close(&mut run);
            } else if !cn.tag.is_block() {
                self.add_inline(&mut run, &mut lines, c);
            } else {
                lines.close(&mut run);
                if super::score::is_paragraph_like(dom, c) {
                    for g in dom.children(c as u32) {
                        self.add_inline(&mut run, &mut lines, g as usize);
                    }
                } else {
                    run.add(self, c);
                    // Bullet points without a link (the story's list of
                    // figures or demands) are prose, full stop or not; so
                    // is a data table without a link (the story's figures
                    // in rows: `clean:block-link-density`'s data-table
                    // scope), bare or in the `<figure>` a block editor
                    // sets it in.
                    if matches!(cn.tag, Tag::Ul | Tag::Ol) && super::score::is_fact_list(dom, c)
                        || cn.link_text == 0
                            && self.table_of(c).is_some_and(|t| self.is_data_table(t))
                    {
                        lines.sentence = true;
                    }
                }
                lines.close(&mut run);
            }
        }
        lines.close(&mut run);
        // A titled box whose button is a toggle is a widget.
        lines.refused |= lines.toggle && lines.headed;
        Some(lines)
    }

    /// Adds inline node `j` to the line `run` of [`Ctx::own_lines`] (a
    /// `<br>` closes it). An inline wrapper (`<span>`, `<em>`) that opens
    /// the line and holds text beside its links is read through, child by
    /// child, so that a sentence's end before a link is found inside it as
    /// it is in the paragraph itself: a builder wraps a paragraph's whole
    /// content in a `<span>` ("<p><span>…in November. <a>https://…</a></span></p>").
    ///
    /// Part of rule `clean:block-link-density` (issue 16: the post's last
    /// paragraph lost with its module).
    /// Scope: live inline elements other than links, without block
    /// children, that open the line (no text in it before them); a wrapper
    /// all of whose text is linked is added whole.
    /// Note: a wrapper after the line's first words ("…with the headline:
    /// Title<span>. <a>Order Reprints</a> | <a>…</a></span>") is added
    /// whole, as before: its stop is no sentence's end of the prose.
    fn add_inline(&self, run: &mut Line, lines: &mut LinkLines, j: usize) {
        let dom = self.dom;
        // An explicit stack: inline nesting is as deep as the page makes it.
        let mut stack = vec![j];
        while let Some(k) = stack.pop() {
            if !self.live[k] {
                continue;
            }
            let m = &dom.nodes[k];
            if m.tag == Tag::Br {
                lines.close(run);
            } else if m.tag.is_inline()
                && run.text == 0
                && m.tag != Tag::A
                && m.link_text > 0
                && m.link_text < m.text
                && !m.has(flag::HAS_BLOCK_CHILD)
            {
                let first = stack.len();
                stack.extend(dom.children(k as u32).map(|c| c as usize));
                stack[first..].reverse();
            } else {
                run.add(self, k);
            }
        }
    }

    /// Whether every live link in node `i`'s subtree runs inside a line of
    /// text: the block around it (the nearest non-inline ancestor) is a
    /// paragraph and holds more than [`RUNNING_TEXT_MIN_PARENT_HALVES`]
    /// halves of the link's text. A teaser's linked title or a "Read more"
    /// line fills its block; a button link beside a box's blocks (a sign-up
    /// box's "Subscribe") stands in no paragraph.
    fn links_in_running_text(&self, i: usize) -> bool {
        let dom = self.dom;
        let end = dom.nodes[i].end as usize;
        (i..end).all(|j| {
            let a = &dom.nodes[j];
            if a.tag != Tag::A || !self.live[j] || a.text == 0 {
                return true;
            }
            let mut p = a.parent as usize;
            while p > i && dom.nodes[p].tag.is_inline() {
                p = dom.nodes[p].parent as usize;
            }
            super::score::is_paragraph_like(dom, p)
                && u64::from(dom.nodes[p].text) * 2
                    > u64::from(a.text) * u64::from(RUNNING_TEXT_MIN_PARENT_HALVES)
        })
    }

    /// Block `i`'s link density with the links that follow its prose left
    /// out of both its text and its links: those after its first sentence
    /// ([`super::score::is_sentence_run`]) that are actions on the page
    /// ([`Target::Action`]: a share bar, a mail link, a sign-up button).
    /// Toggles ahead of the prose they open (an accordion's question, a
    /// tab) stay links. With the density, the block's sentences; `None`
    /// when it holds none.
    fn density_without_closing_actions(&self, i: usize) -> Option<(f32, u32)> {
        let dom = self.dom;
        let n = &dom.nodes[i];
        let mut sentences = 0;
        let mut actions = 0;
        let mut walk = dom.live_descendants(i, self.live);
        while let Some(j) = walk.next() {
            let a = &dom.nodes[j];
            if a.tag == Tag::A {
                let href = a.elem().and_then(|e| crate::rules::attr(e, "href"));
                if sentences > 0 && self.page.target(href) == Target::Action {
                    actions += a.text;
                }
                walk.skip_subtree(j);
                continue;
            }
            sentences += u32::from(super::score::is_sentence_run(dom, j));
        }
        let text = n.text.saturating_sub(actions);
        (sentences > 0 && text > 0).then(|| {
            let d = n.link_text.saturating_sub(actions) as f32 / text as f32;
            (d, sentences)
        })
    }

    /// The table node `c` is: itself when a `<table>`, the table a
    /// `<figure>` holds as a child (a block editor's table block, with or
    /// without its caption).
    fn table_of(&self, c: usize) -> Option<usize> {
        match self.dom.nodes[c].tag {
            Tag::Table => Some(c),
            Tag::Figure => self
                .dom
                .children(c as u32)
                .map(|t| t as usize)
                .find(|&t| self.live[t] && self.dom.nodes[t].tag == Tag::Table),
            _ => None,
        }
    }

    /// Whether block `c`, inside a block read by [`Ctx::own_lines`] after
    /// a line of prose ending a sentence, is a titled box that goes on its
    /// own: headings of its own, none of them linked, over its links (a
    /// sign-up box's title over its button), named as boilerplate or a
    /// widget and shorter than the focus's limit for such blocks, so that
    /// conditional cleaning drops it as the block it is
    /// (`clean:short-named-boilerplate`). Its title and button are no
    /// lines of the block around it, whose prose (a closing sentence
    /// before the box) is judged without them.
    ///
    /// Part of rule `clean:block-link-density` (issue 16: the post's last
    /// sentence lost with the module that also held a sign-up box).
    /// Scope: blocks other than headings and paragraphs, after a sentence
    /// in the block, holding a heading and a link, no heading holding a
    /// link (a teaser's linked title keeps refusing the lines), named and
    /// short as `clean:short-named-boilerplate` reads them.
    fn titled_box(&self, c: usize) -> bool {
        let dom = self.dom;
        let cn = &dom.nodes[c];
        if matches!(cn.tag, Tag::H(_))
            || super::score::is_paragraph_like(dom, c)
            || cn.text >= self.opts.focus.thresholds().named_block_max
            || cn.flags & (flag::BOILER | flag::WIDGET | flag::WEAK_BOILER) == 0
        {
            return false;
        }
        let end = (cn.end as usize).min(dom.nodes.len());
        let mut headed = false;
        for j in c + 1..end {
            let n = &dom.nodes[j];
            if matches!(n.tag, Tag::H(_)) && self.live[j] {
                if n.link_text > 0 {
                    return false;
                }
                headed = true;
            }
        }
        headed
    }

    /// Node `i`'s only live child when it is a block holding blocks and
    /// `i` has no text beside it.
    fn only_block_child(&self, i: usize) -> Option<usize> {
        let mut only = None;
        for c in self.dom.children(i as u32) {
            let c = c as usize;
            let cn = &self.dom.nodes[c];
            if !self.live[c] || (cn.tag == Tag::Text && cn.text == 0) {
                continue;
            }
            if only.is_some() || !cn.tag.is_block() || super::score::is_paragraph_like(self.dom, c)
            {
                return None;
            }
            only = Some(c);
        }
        only
    }

    /// Where link `a` leads ([`LinkTarget`]), read once a link.
    fn link_target(&self, a: usize) -> LinkTarget {
        if let Some(known) = self.link_targets.borrow().get(&a) {
            return known.clone();
        }
        let href = self.dom.nodes[a]
            .elem()
            .and_then(|e| crate::rules::attr(e, "href"));
        let read = LinkTarget {
            other_site: self.other_site(a),
            target: self.page.target(href),
        };
        self.link_targets.borrow_mut().insert(a, read.clone());
        read
    }

    /// The site link `a` leads to, as its bare host, when that is another
    /// site than the page's; `None` for a link to this site, without the
    /// page's address (a link is then not known to lead elsewhere), or for
    /// no web address.
    fn other_site(&self, a: usize) -> Option<String> {
        let base = self.base?;
        let href = self.dom.nodes[a]
            .elem()
            .and_then(|e| crate::rules::attr(e, "href"))?;
        let url = base.join(href.trim()).ok()?;
        if !matches!(url.scheme(), "http" | "https") {
            return None;
        }
        let host = crate::text::bare_host(url.host_str()?);
        let own = base.host_str().map(crate::text::bare_host);
        (own.as_deref() != Some(host.as_str())).then_some(host)
    }

    /// Whether every link in node `i`'s subtree leads to a page: it has an
    /// `href` that is no jump within this page and no script.
    fn links_lead_away(&self, i: usize) -> bool {
        let end = self.dom.nodes[i].end as usize;
        (i..end).all(|j| {
            self.dom.nodes[j].tag != Tag::A
                || self.dom.nodes[j]
                    .elem()
                    .and_then(|e| crate::rules::attr(e, "href"))
                    .map(str::trim_start)
                    .is_some_and(|h| {
                        !h.is_empty()
                            && !h.starts_with('#')
                            && !h
                                .get(..11)
                                .is_some_and(|p| p.eq_ignore_ascii_case("javascript:"))
                    })
        })
    }

    /// Live text bytes of `i`'s subtree that lie inside `<ul>`/`<ol>`.
    fn list_text(&self, i: usize) -> u32 {
        let mut sum = 0;
        let mut walk = self.dom.live_descendants(i, self.live);
        while let Some(j) = walk.next() {
            let n = &self.dom.nodes[j];
            if matches!(n.tag, Tag::Ul | Tag::Ol) {
                sum += n.text;
                walk.skip_subtree(j);
            }
        }
        sum
    }
}

/// One line of a block, as [`Ctx::links_in_own_lines`] reads it.
#[derive(Default)]
struct Line {
    text: u32,
    link: u32,
    /// Its last visible character.
    last: Option<char>,
    /// Heading text in it.
    heading: u32,
    /// Text in it set in bold (`<b>`, `<strong>`) without a link.
    bold: u32,
    /// Whether it holds a list.
    list: bool,
    /// Whether all its links lead to pages.
    away: bool,
    /// The other site its links lead to (see [`Ctx::other_site`]).
    site: LineSite,
    /// Whether all its links are actions on this page ([`Target::Action`])
    /// and one of them more than a bare toggle: a share or mail bar.
    actions: bool,
    /// Whether one of its links is an action other than a bare `#`.
    acts: bool,
    /// Whether all its links lead to messaging channels
    /// ([`crate::syndication::is_channel_link`]): a bar calling to join
    /// the site's channels, no link to a page to read.
    channels: bool,
    /// Whether anything was added.
    open: bool,
    /// The line's bytes up to a sentence's end that a short unlinked
    /// piece follows before the line's first link ("…since January.
    /// Source: <a>…</a>"): where its prose ends and a trailing credit may
    /// start.
    prose_end: Option<u32>,
    /// Whether its text ends on a link, but for marks after it with no
    /// letter or digit ("… sur <a>Outlet</a>.").
    ends_linked: bool,
}

impl Line {
    /// Whether the line opens the prose after it rather than being prose
    /// of its own: mostly heading text; or, without a link, all bold and
    /// closing no sentence (a heading written as a bold line, "<b>Fewer
    /// rents</b><br>"); or a lead-in of a paragraph's worth
    /// ([`super::score::MIN_PARAGRAPH_TEXT`]) closing on a colon (the
    /// list it introduces follows).
    fn opens(&self) -> bool {
        let stop = self.last.is_some_and(|c| {
            matches!(c, '.' | '!' | '?' | '…' | '"' | '”' | '»' | ')' | ':' | ';')
        });
        self.heading * 2 >= self.text
            || self.link == 0
                && (self.bold >= self.text && !stop
                    || self.last == Some(':') && self.text >= super::score::MIN_PARAGRAPH_TEXT)
    }

    fn add(&mut self, ctx: &Ctx, j: usize) {
        let n = &ctx.dom.nodes[j];
        if !self.open {
            self.away = true;
            self.actions = true;
            self.channels = true;
            self.open = true;
        }
        if self.link == 0 && n.linked_text() == 0 {
            // A sentence's end, then a short lead-in to a link to come.
            self.prose_end = n
                .text_str()
                .and_then(|t| {
                    let t = t.trim_end();
                    let end = t.rfind(['.', '!', '?'])? + 1;
                    let lead = t[end..].trim_start();
                    // The prose's bytes are counted like the node's, without
                    // whitespace; a link may follow the sentence's end
                    // right away (a bare source URL, "Go to the source").
                    let lead_bytes = lead.bytes().filter(|b| !b.is_ascii_whitespace()).count();
                    let lead_chars = lead.chars().filter(|c| !c.is_whitespace()).count();
                    (lead_chars <= TRAILING_LINK_LEAD)
                        .then(|| (self.text + n.text).saturating_sub(lead_bytes as u32))
                })
                .or(self.prose_end.filter(|_| n.text == 0));
        }
        self.text += n.text;
        self.link += n.linked_text();
        self.heading += if matches!(n.tag, Tag::H(_)) {
            n.text
        } else {
            n.heading_text
        };
        if n.tag == Tag::Strong && n.linked_text() == 0 {
            self.bold += n.text;
        }
        self.list |= n.lis > 0;
        if n.linked_text() > 0 {
            self.away &= ctx.links_lead_away(j);
            let end = ctx.dom.nodes[j].end as usize;
            for a in j..end {
                let an = &ctx.dom.nodes[a];
                if an.tag == Tag::A && ctx.live[a] && an.text > 0 {
                    let LinkTarget { other_site, target } = ctx.link_target(a);
                    self.site.add(other_site);
                    let href = an.elem().and_then(|e| crate::rules::attr(e, "href"));
                    self.channels &= href.is_some_and(crate::syndication::is_channel_link);
                    if target == Target::Action {
                        self.acts |= href.is_some_and(|h| h.trim() != "#");
                    } else {
                        self.actions = false;
                    }
                }
            }
        }
        if n.text > 0 {
            self.last = ctx.dom.last_live_char(j, ctx.live).or(self.last);
            if n.linked_text() == n.text {
                self.ends_linked = true;
            } else if n.linked_text() > 0
                || n.tag != Tag::Text
                || n.text_str()
                    .is_some_and(|t| t.chars().any(char::is_alphanumeric))
            {
                self.ends_linked = false;
            }
        }
    }
}

/// Bytes of a credit's unlinked text per character of its lead-in
/// ([`TRAILING_LINK_LEAD`]), at most, for a line that ends on its link to
/// split off as a credit: room for accented letters and for the marks
/// around the link, no room for a sentence between two links.
const LEAD_BYTES_A_CHAR: usize = 2;

/// Where the links of a line lead, as a credit's lines are told apart
/// from a list's: one other site, or not.
#[derive(Default, Clone, PartialEq)]
enum LineSite {
    /// No link yet.
    #[default]
    None,
    /// Every link leads to this other site (its bare host).
    Other(String),
    /// The links lead to this site, to several, or to unknown ones.
    Mixed,
}

impl LineSite {
    /// Adds a link to `site` (`None`: not known to be another site).
    fn add(&mut self, site: Option<String>) {
        *self = match (std::mem::take(self), site) {
            (LineSite::None, Some(h)) => LineSite::Other(h),
            (LineSite::Other(a), Some(h)) if a == h => LineSite::Other(a),
            _ => LineSite::Mixed,
        };
    }
}

/// The lines of a block, as [`Ctx::links_in_own_lines`] sums them: the
/// prose lines' text and link text, the link lines.
#[derive(Default, Clone)]
struct LinkLines {
    text: u32,
    link: u32,
    /// Link lines, a credit's run counting once (see
    /// [`LinkLines::link_line`]).
    link_lines: u32,
    /// The other site the last line's links lead to, when it is a link
    /// line with no prose line after it.
    last_site: LineSite,
    /// Whether a prose line outside headings ends a sentence.
    sentence: bool,
    /// Whether a link line is of a kind that is no line apart.
    refused: bool,
    /// Whether a link line toggles or jumps within the page: after the
    /// prose it closes the block (a push prompt's "turn on
    /// notifications"), ahead of prose it opens what follows (an
    /// accordion's question, a tab) and is no line apart.
    toggle: bool,
    /// Whether a line is a heading: a titled box (a sign-up box, a chat
    /// box) whose button is a toggle is a widget, not prose.
    headed: bool,
    /// Whether a line opens the prose that follows it ([`Line::opens`]):
    /// a heading, a heading written as a bold line, a lead-in closing on
    /// a colon.
    opens: bool,
    /// The least prose, in bytes, before a credit linked after a
    /// sentence's end for the line to split in two.
    min_head: u32,
    /// Whether a link line leads to this site, to several or to unknown
    /// ones: not every link line is a credit to one other site.
    not_credit: bool,
    /// Whether a line is a credit by its shape alone: a lead-in longer
    /// than its link to one other site, ending on it ("Originally
    /// published in <a>Outlet</a>").
    lead_in_credit: bool,
}

impl LinkLines {
    fn close(&mut self, line: &mut Line) {
        // Prose that ends a sentence, then a credit linked after it on the
        // same line ("…since January. Source: <a>Outlet</a>", "…in
        // October. (via <a>Outlet</a>)"): two lines, the prose and the
        // link's. The credit is mostly its link, or its link closes the
        // line after a short lead-in ("…la toiture. Lire l’article complet
        // sur <a>Outlet</a>").
        if let Some(end) = line.prose_end {
            let (tail, head) = (line.text.saturating_sub(end), end);
            if line.link > 0
                && (line.link * 2 > tail
                    || line.ends_linked
                        && tail.saturating_sub(line.link) as usize
                            <= TRAILING_LINK_LEAD * LEAD_BYTES_A_CHAR)
                && head >= self.min_head
                && line.heading == 0
            {
                self.prose();
                self.text += head;
                self.sentence = true;
                self.link_line(line);
                *line = Line::default();
                return;
            }
        }
        if line.text > 0 {
            self.headed |= line.heading * 2 >= line.text;
            self.opens |= line.opens();
            // A line of its own that ends on its link after a short
            // lead-in is a credit's line, as the piece split off after a
            // sentence's end above is ("…in May.<br>Publicado
            // originalmente en <a>Outlet</a>"); so is a line whose links
            // all lead to one other site with as little unlinked text
            // around them, a date after the link ("Originally published
            // at <a>outlet.org</a> on May 3, 2024."): the credit names
            // its source and when, no sentence of the post.
            let credit_line = (line.ends_linked || matches!(line.site, LineSite::Other(_)))
                && line.link > 0
                && line.heading == 0
                && line.text.saturating_sub(line.link) as usize
                    <= TRAILING_LINK_LEAD * LEAD_BYTES_A_CHAR;
            if line.link * 2 > line.text {
                self.link_line(line);
            } else if credit_line {
                self.lead_in_credit |= matches!(line.site, LineSite::Other(_));
                self.link_line(line);
            } else {
                self.prose();
                self.text += line.text;
                self.link += line.link;
                self.sentence |= line.heading * 2 < line.text
                    && line.last.is_some_and(|c| {
                        matches!(c, '.' | '!' | '?' | '…' | '"' | '”' | '»' | ')')
                    });
            }
        }
        *line = Line::default();
    }

    /// A link line. Lines in a row whose links all lead to one other site
    /// are one credit of the source (a link to its story, then "By
    /// <a>its reporter</a>"; a name and an address on two `<br>` lines):
    /// they count as one line.
    /// Lines to this site (a list of the site's other posts) each count.
    fn link_line(&mut self, line: &Line) {
        // A bar of actions on this page (share, copy the link, mail it) is
        // no link to another page, wherever it stands: neither a line
        // apart nor a toggle that opens what follows.
        if line.actions && line.acts {
            return;
        }
        // Nor is a bar of calls to join the site's messaging channels (a
        // follow box: `follow.channel-box` judges it after): it leads to
        // no page to read.
        if line.channels {
            return;
        }
        self.not_credit |= !matches!(line.site, LineSite::Other(_));
        let credit_goes_on = matches!(line.site, LineSite::Other(_)) && line.site == self.last_site;
        if !credit_goes_on {
            self.link_lines += 1;
        }
        self.last_site = line.site.clone();
        self.refused |= line.list;
        self.toggle |= !line.away;
    }

    /// A prose line: a toggle above it opens it; it ends a credit's run.
    fn prose(&mut self) {
        self.refused |= self.toggle;
        self.last_site = LineSite::None;
    }

    /// Whether the block's link lines are one credit: a single run of
    /// lines (see [`LinkLines::link_line`]) whose links all lead to one
    /// other site.
    fn credit_only(&self) -> bool {
        self.link_lines == 1 && !self.not_credit
    }

    /// Whether the link lines stand apart from the rest of the block: at
    /// most [`LINK_LINES_APART`] of them, none of a kind that is no line
    /// apart, and the rest has text with links within `max`.
    fn stand_apart(&self, max: f32) -> bool {
        // A credit told by its lead-in is the post's one credit to the
        // original, no line of a list of links: it takes no place among
        // the lines that stand apart (a "read also" line and a promotion
        // of the site beside it still do).
        let credit = u32::from(self.lead_in_credit);
        !self.refused
            && self.link_lines.saturating_sub(credit) <= LINK_LINES_APART
            && self.text > 0
            && self.link as f32 <= max * self.text as f32
    }
}

/// Why conditional cleaning dropped a block inside the body: the rule and
/// the figures that fired it, for the explain report.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Clean {
    /// Named like boilerplate (a class or id token) and shorter than the
    /// focus's limit.
    ShortNamedBoilerplate { bytes: u32, max: u32 },
    /// A short paragraph of two or more links and little else: its links
    /// and link density, and the least density of a link bar.
    LinkBar {
        links: usize,
        density: f32,
        min: f32,
    },
    /// A paragraph that is one link to this very page with a query (see
    /// [`super::dom::Page::is_self_with_query`]): its bytes.
    SelfActionButton { bytes: u32 },
    /// Its class/id weight is negative and its content score does not
    /// make up for it.
    NegativeScore { weight: f32, score: f32 },
    /// More than one image, fewer than half as many paragraphs (of any
    /// tag).
    ImagesOverParagraphs { images: u32, paragraphs: u32 },
    /// More list items than `<p>` and
    /// [`LIST_ITEMS_OVER_PARAGRAPHS_MARGIN`], outside a list.
    ListItemsOverParagraphs { items: u32, paragraphs: u32 },
    /// Under [`SHORT_LINKED_MAX_TEXT`] bytes of text with a link in it.
    ShortLinked { bytes: u32 },
    /// Teaser cards of other posts (one, or a grid or list of them): how
    /// many.
    TeaserCards { items: u32 },
    /// A comment thread, named like boilerplate and built as one: how
    /// many entries.
    CommentThread { entries: u32 },
    /// A widget's box set in the article under a name of its own, kept by
    /// the relaxed pass's names (see [`Ctx::own_widget_box`]): its bytes.
    RelaxedWidgetBox { bytes: u32 },
    /// More link text than the focus allows for a block or a list:
    /// whether the block is judged as a list, its density, and the focus's
    /// limit with its name (a content-named block, or one holding most of
    /// the body, is held to the list limit).
    LinkDensity {
        list: bool,
        density: f32,
        max: f32,
        limit: &'static str,
    },
}

impl Clean {
    /// The reason as `Removed::reason` states it: `clean:` and the rule,
    /// with the value and the limit where there is one; where a name
    /// decided, the rule that names the block (`named`, see
    /// [`Ctx::named_by`]): `clean:short-named-boilerplate:share.share(40<100 bytes)`.
    fn reason(self, named: impl FnOnce() -> String) -> String {
        match self {
            Clean::ShortNamedBoilerplate { bytes, max } => {
                format!(
                    "clean:short-named-boilerplate:{}({bytes}<named_block_max={max} bytes)",
                    named()
                )
            }
            Clean::LinkBar {
                links,
                density,
                min,
            } => format!(
                "clean:link-bar({links} links, {density:.2}>=LINK_BAR_MIN_LINKED_TENTHS={min:.2} linked)"
            ),
            Clean::SelfActionButton { bytes } => {
                format!("clean:self-action-button({bytes} bytes, one link to this page with a query)")
            }
            Clean::NegativeScore { weight, score } => format!(
                "clean:negative-score:{}(weight {weight:.0} + score {score:.1} < 0)",
                named()
            ),
            Clean::ImagesOverParagraphs { images, paragraphs } => format!(
                "clean:images-over-paragraphs({images}>IMAGES_OVER_PARAGRAPHS_MIN={IMAGES_OVER_PARAGRAPHS_MIN} images, \
                 {:.2}<IMAGES_MIN_PARAGRAPHS_EACH={IMAGES_MIN_PARAGRAPHS_EACH} paragraphs each)",
                paragraphs as f32 / images.max(1) as f32
            ),
            Clean::ListItemsOverParagraphs { items, paragraphs } => format!(
                "clean:list-items-over-paragraphs({items}>{paragraphs}+LIST_ITEMS_OVER_PARAGRAPHS_MARGIN={LIST_ITEMS_OVER_PARAGRAPHS_MARGIN} items)"
            ),
            Clean::TeaserCards { items } => format!("clean:teaser-cards({items} cards)"),
            Clean::CommentThread { entries } => format!(
                "clean:comment-thread:{}({entries}>=THREAD_MIN_ENTRIES={THREAD_MIN_ENTRIES} entries)",
                named()
            ),
            Clean::RelaxedWidgetBox { bytes } => format!(
                "clean:relaxed-widget-box:{}({bytes}<WIDGET_PROSE_MIN_TEXT={} bytes)",
                named(),
                crate::rules::tuning::WIDGET_PROSE_MIN_TEXT
            ),
            Clean::ShortLinked { bytes } => {
                format!("clean:short-linked({bytes}<SHORT_LINKED_MAX_TEXT={SHORT_LINKED_MAX_TEXT} bytes)")
            }
            Clean::LinkDensity {
                list,
                density,
                max,
                limit,
            } => format!(
                "clean:{}-link-density({density:.2}>{limit}={max:.2})",
                if list { "list" } else { "block" }
            ),
        }
    }
}

/// See [`Ctx::comment_entries`]: a thread has at least this many
/// comments...
const THREAD_MIN_ENTRIES: u32 = 2;
/// ...holding at least this share of its text.
const THREAD_MIN_SHARE: f32 = 0.75;
/// A comment's text outside its paragraphs (the author's name, the date,
/// a reply link) is at most this many bytes; an entry with more is a
/// post's teaser or a liveblog's update, not a comment.
const COMMENT_HEAD_MAX_TEXT: u32 = 100;

/// The `href` of link node `m` when it leads to another page: not empty,
/// no jump within this page, no script.
fn away_href<'a>(m: &super::dom::N<'a>) -> Option<&'a str> {
    let h = crate::rules::attr(m.elem()?, "href")?.trim();
    let script = h
        .get(..11)
        .is_some_and(|p| p.eq_ignore_ascii_case("javascript:"));
    (!h.is_empty() && !h.starts_with('#') && !script).then_some(h)
}

/// Whether node `i`'s text ends cut short: an ellipsis ("…", "...",
/// "[…]"), as a CMS ends a post's excerpt.
fn ends_cut_short(dom: &Dom, i: usize, live: &[bool]) -> bool {
    let end = dom.nodes[i].end as usize;
    let Some(last) = (i..end).rev().filter(|&j| live[j]).find_map(|j| {
        dom.nodes[j]
            .text_str()
            .map(str::trim_end)
            .filter(|t| !t.is_empty())
    }) else {
        return false;
    };
    let last = last.trim_end_matches(']');
    last.ends_with('…') || last.ends_with("...")
}

fn code_lang(ctx: &Ctx, i: usize) -> Option<String> {
    let end = ctx.dom.nodes[i].end as usize;
    (i..end.min(i + 3)).find_map(|j| {
        let class = ctx.dom.nodes[j].elem()?.attr("class")?;
        class.split_ascii_whitespace().find_map(|c| {
            c.strip_prefix("language-")
                .or_else(|| c.strip_prefix("lang-"))
                .filter(|l| !l.is_empty())
                .map(str::to_string)
        })
    })
}

/// Where the nodes holding prose lie in document order, so that "is there
/// prose before / after block `i`" costs one lookup, not a scan of the
/// page for every block asking (readers' comments, link lines and
/// teasers all ask).
struct ProseReach {
    /// For each index `j` (and one past the last node), the smallest
    /// subtree end of a node at or after `j` holding prose; `u32::MAX`
    /// (past any node) when none does.
    first_end: Vec<u32>,
    /// For each index `j` (and one past the last node), the first node at
    /// or after `j` holding prose; the node count when none does.
    next: Vec<u32>,
}

impl ProseReach {
    fn new(dom: &Dom, prose: &[u32]) -> Self {
        let n = dom.nodes.len();
        let (mut first_end, mut next) = (vec![u32::MAX; n + 1], vec![n as u32; n + 1]);
        let (mut end, mut at) = (u32::MAX, n as u32);
        for j in (0..n).rev() {
            if prose.get(j).is_some_and(|&p| p > 0) {
                end = end.min(dom.nodes[j].end);
                at = j as u32;
            }
            (first_end[j], next[j]) = (end, at);
        }
        Self { first_end, next }
    }

    /// The smallest subtree end of a prose node at or after `j`
    /// (`u32::MAX`, past any node, when none).
    fn first_end_from(&self, j: usize) -> usize {
        self.first_end.get(j).map_or(usize::MAX, |&e| e as usize)
    }

    /// The first prose node at or after `j` (the node count when none).
    fn next_from(&self, j: usize) -> usize {
        self.next.get(j).map_or(usize::MAX, |&k| k as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pushed_text_collapses_each_whitespace_run_to_one_space() {
        // The rule, one char at a time: a whitespace char (Unicode's, as
        // `char::is_whitespace` has it) adds a space unless one was just
        // added or the run is empty; any other char is copied.
        fn by_chars(pieces: &[&str]) -> (String, bool) {
            let (mut out, mut last_space) = (String::new(), false);
            for c in pieces.iter().flat_map(|p| p.chars()) {
                if c.is_whitespace() {
                    if !last_space && !out.is_empty() {
                        out.push(' ');
                    }
                    last_space = true;
                } else {
                    out.push(c);
                    last_space = false;
                }
            }
            (out, last_space)
        }
        let cases: &[&[&str]] = &[
            &["  The ferry\n\t runs ", " daily.\r\n"],
            &[
                "caf\u{e9}\u{a0}\u{a0}au lait",
                "\u{2003}x\u{85}y\u{b}z\u{c}",
            ],
            &["", " ", "", "a"],
            &["\u{3000}\u{65e5}\u{672c}\u{3000}", "\u{1f600} end "],
            &["no-space", "joined"],
            // Lone spaces between words, and spaces next to other
            // whitespace, non-ASCII chars and a piece's ends.
            &["one two three", " four  five ", "six \tseven"],
            &["a \u{a0}b", "c \u{e9}d e", "f ", " g h"],
            &["x y", "z"],
            &[
                "a long line of words set  apart by one space,",
                "\tthen two, and tabs",
            ],
            &[
                " starts with a space and ends with one ",
                "eightby eightby  eightby x",
            ],
        ];
        // Pseudo-random texts of words, spaces, other whitespace and
        // non-ASCII chars, long enough for several eight-byte steps.
        let alphabet = [
            "a", "bc", "d", " ", " ", " ", "\t", "\n", "\r\n", "\u{a0}", "\u{e9}", "\u{3000}",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut random: Vec<Vec<String>> = Vec::new();
        for _ in 0..400 {
            let mut pieces = Vec::new();
            for _ in 0..3 {
                let mut p = String::new();
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                for _ in 0..(seed >> 59) * 2 {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    p.push_str(alphabet[(seed >> 33) as usize % alphabet.len()]);
                }
                pieces.push(p);
            }
            random.push(pieces);
        }
        let random: Vec<Vec<&str>> = random
            .iter()
            .map(|p| p.iter().map(String::as_str).collect())
            .collect();
        for pieces in cases
            .iter()
            .copied()
            .chain(random.iter().map(Vec::as_slice))
        {
            let mut b = Builder::default();
            for p in pieces {
                b.push_text(p, false);
            }
            assert_eq!(
                (b.inline.text.clone(), b.last_space),
                by_chars(pieces),
                "{pieces:?}"
            );
        }
    }

    fn line(text: &str, links: &[&str]) -> Inline {
        let marks = links
            .iter()
            .filter_map(|l| {
                let start = text.find(l)?;
                Some(Mark {
                    start,
                    end: start + l.len(),
                    kind: MarkKind::Link {
                        href: "https://example.com/x".to_string(),
                    },
                })
            })
            .collect();
        Inline {
            text: text.to_string(),
            marks,
        }
    }

    #[test]
    fn a_link_bar_states_its_links_and_their_share() {
        let bar = line(
            "Print this story | Send to a friend",
            &["Print this story", "Send to a friend"],
        );
        assert_eq!(line_reason(&bar), Some(("line:link-bar", None)));
        assert_eq!(
            link_bar_reason(&bar),
            "line:link-bar(2 links, 100%>=LINK_BAR_MIN_LINKED_TENTHS=80% linked)"
        );
        let crumbs = line("Home > Gardening tips and tricks", &["Home", "Gardening"]);
        assert_eq!(
            link_bar_reason(&crumbs),
            "line:link-bar(2 links, breadcrumb)"
        );
        let prose = line(
            "Read the council's report and the minutes before Tuesday.",
            &["report", "minutes"],
        );
        assert_eq!(line_reason(&prose), None);
    }
}
