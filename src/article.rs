//! The clean [`Article`] and its structured body ([`Block`]), with renderers
//! to plain text, Markdown and minimal HTML.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};
use url::Url;

/// Timestamp type used for `published`, `modified` and `fetched_at`.
///
/// A date without a time of day is stored at midnight; a time without an
/// offset is taken as UTC.
pub type Timestamp = chrono::DateTime<chrono::FixedOffset>;

/// A clean article: the text a reader wants, its structure and its metadata.
///
/// Serialised field names are stable and `snake_case`; empty optional fields
/// and empty lists are omitted from JSON, and a JSON → `Article` → JSON round
/// trip is lossless.
///
/// ```
/// let html = "<html><head><title>Rain in June | Example News</title></head><body>
///   <article><h1>Rain in June</h1>
///   <p>It rained for thirty days in a row this June, the longest run on record.</p>
///   <p>Farmers welcomed the water after two dry summers in the valley.</p></article>
///   </body></html>";
/// let article = gleaner::extract(html, None)?;
/// assert!(article.text.contains("thirty days"));
/// let json = serde_json::to_string(&article).unwrap();
/// let back: gleaner::Article = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, article);
/// # Ok::<(), gleaner::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Article {
    /// The page's URL (the final URL after redirects when fetched).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// The page's canonical URL (`<link rel=canonical>`, `og:url`), tracking
    /// parameters removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<Url>,
    /// The headline, without the site's name around it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Author names, one per entry.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// Publication time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Timestamp>,
    /// Last modification time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<Timestamp>,
    /// The name of the site that serves the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// For a republished (syndicated) article: the URL of the original.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<Url>,
    /// For a republished article: the name of the original outlet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// Language as a BCP 47 tag (`en`, `pt-BR`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The page's own summary (meta description, `og:description`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The site's section or category for the article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The article as plain text: blocks separated by a blank line.
    pub text: String,
    /// The structured body.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<Block>,
    /// Images of the article (absolute URLs where the page URL is known):
    /// its image blocks as the syndication stage left them, so an alt
    /// text or caption it cleared (a camera's file name, the site's name
    /// on its logo) is not here either.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<Image>,
    /// The main image (`og:image` or the first large image of the body).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_image: Option<Image>,
    /// Tags and keywords.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Number of words in `text`.
    pub word_count: usize,
    /// A 64-bit SimHash of the text: near-duplicate stories have fingerprints
    /// that differ in few bits (see [`Article::similarity`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<u64>,
    /// When the page was fetched, if it went through the fetcher.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fetched_at: Option<Timestamp>,
    /// Whether the page republishes an article of another site.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub syndicated: bool,
    /// What extraction removed and why (only with
    /// [`ExtractorBuilder::explain`](crate::ExtractorBuilder::explain)).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Removed>,
}

/// One fragment that extraction removed, for the explain report: what it
/// began with, the stage that removed it and the rule that fired.
///
/// ```
/// use gleaner::{Extractor, Stage};
/// let html = "<article><p>The ferry timetable changes on Monday, with crossings every twenty minutes.</p>\
///             <p>Advertisement</p></article>";
/// let article = Extractor::builder().explain(true).build().extract(html, None)?;
/// let ad = article.removed.iter().find(|r| r.preview == "Advertisement").expect("reported");
/// assert_eq!(ad.stage, Stage::Clean);
/// assert_eq!(ad.rule, r#"label:label.exact("advertisement")"#);
/// # Ok::<(), gleaner::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Removed {
    /// The start of the fragment's text.
    pub preview: String,
    /// The stage and rule as one line (`prune:widget:<rule id>`,
    /// `prune:hidden:style`, `clean:block-link-density(0.45>block_link_density=0.20)`,
    /// `clean:short-named-boilerplate:layout.tools(21<named_block_max=200 bytes)`,
    /// `line:label:label.exact("advertisement")`,
    /// `widget:text:widget.phrase("how can we help")`,
    /// `branding:self-promotion:promo.republished-names-site(og:site_name "quay wire")`,
    /// `site-memory:repeated(on >=min_pages=2 other pages of the host)`).
    pub reason: String,
    /// The pipeline stage that removed it.
    #[serde(default)]
    pub stage: Stage,
    /// The rule that fired, with the value and limit where a threshold
    /// decided (`widget:chat.tidio`, `block-link-density(0.45>block_link_density=0.20)`,
    /// `not-chosen(own 4.0, body 41.5)`,
    /// `not-chosen:under:layout.sidebar(own 6.0, body 41.5)`,
    /// `label:label.exact("advertisement")`,
    /// `syndication:marker:marker.prefix("source:")`,
    /// `branding:site-name:brand.site-name(title "quay wire")`). A
    /// syndication removal names its family, then the list rule
    /// ([`rules::syndication::TEXT_RULES`](crate::rules::syndication::TEXT_RULES))
    /// and the pattern that decided, or the check that is no list and what
    /// it found: the site's name and where the page gave it (`og:site_name`,
    /// `title`, `logo`, `application-name`, `metadata`, `host`), the
    /// header's tagline, the outlet, or the figures against their limit
    /// (`links.own-link-line(1 links, 0.93>=0.60 linked)`). The rule is
    /// the one the check that decided passed on, not one found again in the
    /// text.
    #[serde(default)]
    pub rule: String,
}

impl Removed {
    /// A removal by `stage`, reported as `reason` (see [`Removed::reason`]):
    /// the rule is the reason without the stage's own prefix.
    pub fn new(stage: Stage, preview: impl Into<String>, reason: impl Into<String>) -> Self {
        let reason = reason.into();
        let rule = stage
            .prefixes()
            .iter()
            .find_map(|p| reason.strip_prefix(p))
            .unwrap_or(&reason)
            .to_string();
        Removed {
            preview: preview.into(),
            reason,
            stage,
            rule,
        }
    }
}

/// The stage of the pipeline that removed a fragment (see [`Removed`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Stage {
    /// Pruned from the page before scoring: a boilerplate class or id
    /// rule, a hidden element, a control or a small form.
    Prune,
    /// Dropped inside the chosen body: conditional cleaning of a block, or
    /// a whole line that is a label, a boilerplate line or a link bar.
    Clean,
    /// Removed by the syndication stripper: credits, branding, widgets'
    /// text, captions that are file names, legal small print.
    Syndication,
    /// Removed because the host repeats it on other pages
    /// ([`SiteMemory`](crate::SiteMemory)).
    SiteMemory,
    /// Left out by the body choice: a paragraph of prose outside the
    /// containers chosen as the article's body, with the scores that
    /// decided (`not-chosen(own 4.0, body 41.5)`; under a block named like
    /// boilerplate but left standing, `not-chosen:under:<rule id>(…)`).
    BodyChoice,
    /// Not stated (a report read from JSON written before stages existed).
    #[default]
    Unknown,
}

impl Stage {
    /// The reason prefixes that name the stage itself, not the rule.
    fn prefixes(self) -> &'static [&'static str] {
        match self {
            Stage::Prune => &["prune:"],
            Stage::Clean => &["clean:", "line:"],
            Stage::SiteMemory => &["site-memory:"],
            Stage::BodyChoice => &["body-choice:"],
            Stage::Syndication | Stage::Unknown => &[],
        }
    }
}

/// An image of the article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Image {
    /// The image URL (absolute when the page URL is known).
    pub src: String,
    /// The `alt` text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
    /// The caption (`<figcaption>`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
}

/// Inline formatting over a range of a block's text.
///
/// `start` and `end` are byte offsets into the text of the block that holds
/// the mark, always on `char` boundaries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// Byte offset where the mark starts.
    pub start: usize,
    /// Byte offset where the mark ends (exclusive).
    pub end: usize,
    /// What the mark is.
    pub kind: MarkKind,
}

/// The kind of an inline [`Mark`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum MarkKind {
    /// Emphasis (`<em>`, `<i>`).
    Emphasis,
    /// Strong emphasis (`<strong>`, `<b>`).
    Strong,
    /// Inline code (`<code>`).
    Code,
    /// A link.
    Link {
        /// The link target (absolute when the page URL is known).
        href: String,
    },
}

/// A run of text with its inline marks: a paragraph, a list item, a cell.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Inline {
    /// The plain text.
    pub text: String,
    /// Inline formatting, sorted by `start`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Mark>,
}

impl Inline {
    /// Plain text without marks.
    pub fn plain(text: impl Into<String>) -> Self {
        Inline {
            text: text.into(),
            marks: Vec::new(),
        }
    }

    /// Appends `piece` as a line of its own (after a line break unless
    /// this is empty), its marks moved to where its text lands.
    pub(crate) fn push_line(&mut self, piece: Inline) {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        let shift = self.text.len();
        self.marks.extend(piece.marks.into_iter().map(|mut m| {
            m.start += shift;
            m.end += shift;
            m
        }));
        self.text.push_str(&piece.text);
    }
}

/// A list item: its own text and any nested lists.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListItem {
    /// The item's text.
    #[serde(flatten)]
    pub content: Inline,
    /// Nested blocks (usually sub-lists).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Block>,
}

/// One block of the article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Block {
    /// A heading, `level` 1–6.
    Heading {
        /// Heading level (1 for `<h1>`).
        level: u8,
        /// The heading's text.
        #[serde(flatten)]
        content: Inline,
    },
    /// A paragraph.
    Paragraph(Inline),
    /// A list.
    List {
        /// Numbered (`<ol>`) or not.
        ordered: bool,
        /// The items.
        items: Vec<ListItem>,
    },
    /// A block quotation.
    Quote {
        /// The quoted blocks.
        blocks: Vec<Block>,
    },
    /// Preformatted text or code, whitespace kept.
    Code {
        /// The language when the page names it (`class="language-rust"`).
        #[serde(skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
        /// The text.
        text: String,
    },
    /// A table; the first row is the header when `header` is true.
    Table {
        /// Whether the first row is a header row.
        header: bool,
        /// Rows of cells.
        rows: Vec<Vec<Inline>>,
    },
    /// An image with its alt text and caption.
    Image(Image),
}

impl Block {
    /// The block's plain text (nested blocks joined by newlines; images give
    /// their caption only).
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        push_block_text(self, &mut out);
        out
    }
}

fn push_block_text(block: &Block, out: &mut String) {
    match block {
        Block::Heading { content, .. } | Block::Paragraph(content) => out.push_str(&content.text),
        Block::List { items, .. } => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(&item.content.text);
                for child in &item.children {
                    out.push('\n');
                    push_block_text(child, out);
                }
            }
        }
        Block::Quote { blocks } => {
            for (i, b) in blocks.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                push_block_text(b, out);
            }
        }
        Block::Code { text, .. } => out.push_str(text),
        Block::Table { rows, .. } => {
            for (i, row) in rows.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                for (j, cell) in row.iter().enumerate() {
                    if j > 0 {
                        out.push('\t');
                    }
                    out.push_str(&cell.text);
                }
            }
        }
        Block::Image(img) => {
            if let Some(c) = &img.caption {
                out.push_str(c);
            }
        }
    }
}

/// How many words `s` holds: `s.split_whitespace().count()`, eight bytes
/// at a time where the text is ASCII (most of it) and a char at a time
/// elsewhere, without the splitter's search for each word's end.
fn count_words(s: &str) -> usize {
    use crate::text::{ascii_white8, HIGH_BITS};
    let bytes = s.as_bytes();
    let mut words = 0;
    // Whether the byte before `i` ends a word, as the high bit of a byte:
    // text starts after "whitespace".
    let mut white_before: u64 = 0x80;
    let mut i = 0;
    while i < bytes.len() {
        if let Some((space, control)) = ascii_white8(bytes, i) {
            let white = space | control;
            let starts = !white & HIGH_BITS & ((white << 8) | white_before);
            words += starts.count_ones() as usize;
            white_before = (white >> 56) & 0x80;
            i += 8;
            continue;
        }
        // A char at a time, up to the next eight bytes' end (a char
        // boundary: the slow path steps over whole chars).
        let stop = (i + 8).min(bytes.len());
        while i < stop {
            let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
                return words;
            };
            i += c.len_utf8();
            let white = c.is_whitespace();
            words += usize::from(!white && white_before != 0);
            white_before = if white { 0x80 } else { 0 };
        }
    }
    words
}

impl Article {
    /// Builds `text` and `word_count` from `blocks`. Image blocks do not
    /// contribute to `text`.
    pub(crate) fn fill_text(&mut self) {
        let mut text = String::new();
        for block in &self.blocks {
            if matches!(block, Block::Image(_)) {
                continue;
            }
            // Written in place, and taken back when it holds no text: no
            // string a block.
            let before = text.len();
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            push_block_text(block, &mut text);
            if text.get(start..).is_none_or(|t| t.trim().is_empty()) {
                text.truncate(before);
            }
        }
        self.word_count = count_words(&text);
        self.text = text;
    }

    /// Whether the page republishes another site's article (it carries a
    /// "Source link"-style marker or an original-source link).
    pub fn is_syndicated(&self) -> bool {
        self.syndicated || self.source_url.is_some()
    }

    /// How alike the texts of two articles are, from their
    /// [`fingerprint`](Self::fingerprint)s: `1.0` for equal SimHashes, about
    /// `0.5` for unrelated texts; `None` when either has no fingerprint.
    /// Above `0.9` the pages almost surely carry the same story.
    ///
    /// ```
    /// let html = "<article><p>The old stone bridge over the river reopened on Monday after two years of repairs.</p>\
    ///             <p>Engineers replaced the worn arches and widened the footpath for cyclists.</p></article>";
    /// let a = gleaner::extract(html, None)?;
    /// let b = gleaner::extract(&format!("<nav>Menu</nav>{html}"), None)?;
    /// assert_eq!(a.similarity(&b), Some(1.0));
    /// # Ok::<(), gleaner::Error>(())
    /// ```
    pub fn similarity(&self, other: &Article) -> Option<f64> {
        let distance = (self.fingerprint? ^ other.fingerprint?).count_ones();
        Some(1.0 - f64::from(distance) / 64.0)
    }

    /// The article as plain text: the title, then the body.
    pub fn to_text(&self) -> String {
        match &self.title {
            Some(t) if !t.is_empty() => format!("{t}\n\n{}", self.text),
            _ => self.text.clone(),
        }
    }

    /// The article as CommonMark (tables as GFM tables), the title as a
    /// level-1 heading.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        if let Some(t) = &self.title {
            let _ = writeln!(out, "# {}\n", md_escape(t));
        }
        for block in &self.blocks {
            md_block(block, &mut out, "");
            out.push('\n');
        }
        while out.ends_with("\n\n") {
            out.pop();
        }
        out
    }

    /// The article body as clean, minimal HTML: no attributes but `href`,
    /// `src` and `alt`.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        if let Some(t) = &self.title {
            let _ = writeln!(out, "<h1>{}</h1>", html_escape(t));
        }
        for block in &self.blocks {
            html_block(block, &mut out);
        }
        out
    }
}

// ---------------------------------------------------------------- Markdown

fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes what would turn the start of a text line into block syntax:
/// `#` headings, `>` quotes, `-`/`+` bullets, `=`/`-` underlines, `~`
/// fences and `1.`/`1)` list markers.
fn md_line_start(line: &str) -> String {
    if line.starts_with(['#', '>', '-', '+', '=', '~']) {
        return format!("\\{line}");
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_string()
}

/// Renders inline text with its marks. Marks that overlap badly are dropped
/// rather than producing broken Markdown.
fn md_inline(inline: &Inline) -> String {
    render_marks(inline, md_escape, |kind, open| match kind {
        MarkKind::Emphasis => "*".to_string(),
        MarkKind::Strong => "**".to_string(),
        MarkKind::Code => "`".to_string(),
        MarkKind::Link { href } => {
            if open {
                "[".to_string()
            } else {
                format!("]({})", href.replace(' ', "%20").replace(')', "%29"))
            }
        }
    })
}

fn html_inline(inline: &Inline) -> String {
    render_marks(inline, html_escape, |kind, open| {
        let (tag, attr) = match kind {
            MarkKind::Emphasis => ("em", None),
            MarkKind::Strong => ("strong", None),
            MarkKind::Code => ("code", None),
            MarkKind::Link { href } => ("a", Some(href)),
        };
        match (open, attr) {
            (true, Some(href)) => format!("<a href=\"{}\">", html_escape(href)),
            (true, None) => format!("<{tag}>"),
            (false, _) => format!("</{tag}>"),
        }
    })
}

/// Walks the text, emitting `tag(kind, open)` at mark boundaries. Only
/// properly nested marks are rendered.
fn render_marks(
    inline: &Inline,
    escape: fn(&str) -> String,
    tag: impl Fn(&MarkKind, bool) -> String,
) -> String {
    let text = &inline.text;
    // Keep marks that are in range, on char boundaries and properly nested.
    let mut marks: Vec<&Mark> = Vec::new();
    let mut sorted: Vec<&Mark> = inline
        .marks
        .iter()
        .filter(|m| {
            m.start < m.end
                && m.end <= text.len()
                && text.is_char_boundary(m.start)
                && text.is_char_boundary(m.end)
                && !text[m.start..m.end].trim().is_empty()
        })
        .collect();
    sorted.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut stack: Vec<usize> = Vec::new();
    for m in sorted {
        while let Some(&top) = stack.last() {
            if marks[top].end <= m.start {
                stack.pop();
            } else {
                break;
            }
        }
        if let Some(&top) = stack.last() {
            if m.end > marks[top].end {
                continue; // crosses its parent: drop
            }
        }
        marks.push(m);
        stack.push(marks.len() - 1);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut pos = 0;
    let mut open: Vec<&Mark> = Vec::new();
    for m in &marks {
        while let Some(top) = open.last() {
            if top.end <= m.start {
                out.push_str(&escape(&text[pos..top.end]));
                pos = top.end;
                out.push_str(&tag(&top.kind, false));
                open.pop();
            } else {
                break;
            }
        }
        out.push_str(&escape(&text[pos..m.start]));
        pos = m.start;
        out.push_str(&tag(&m.kind, true));
        open.push(m);
    }
    while let Some(top) = open.pop() {
        out.push_str(&escape(&text[pos..top.end]));
        pos = top.end;
        out.push_str(&tag(&top.kind, false));
    }
    out.push_str(&escape(&text[pos..]));
    out
}

fn md_block(block: &Block, out: &mut String, indent: &str) {
    match block {
        Block::Heading { level, content } => {
            let hashes = "#".repeat(usize::from((*level).clamp(1, 6)));
            let _ = writeln!(out, "{indent}{hashes} {}", md_inline(content));
        }
        Block::Paragraph(content) => {
            for line in md_inline(content).lines() {
                let _ = writeln!(out, "{indent}{}", md_line_start(line.trim_start()));
            }
        }
        Block::List { ordered, items } => {
            for (i, item) in items.iter().enumerate() {
                let marker = if *ordered {
                    format!("{}. ", i + 1)
                } else {
                    "- ".to_string()
                };
                let child_indent = format!("{indent}{}", " ".repeat(marker.len()));
                let text = md_inline(&item.content);
                for (n, line) in text.lines().enumerate() {
                    let line = md_line_start(line.trim_start());
                    if n == 0 {
                        let _ = writeln!(out, "{indent}{marker}{line}");
                    } else {
                        let _ = writeln!(out, "{child_indent}{line}");
                    }
                }
                if text.is_empty() {
                    let _ = writeln!(out, "{indent}{marker}");
                }
                for child in &item.children {
                    md_block(child, out, &child_indent);
                }
            }
        }
        Block::Quote { blocks } => {
            let mut inner = String::new();
            for (i, b) in blocks.iter().enumerate() {
                if i > 0 {
                    inner.push('\n');
                }
                md_block(b, &mut inner, "");
            }
            for line in inner.lines() {
                if line.is_empty() {
                    let _ = writeln!(out, "{indent}>");
                } else {
                    let _ = writeln!(out, "{indent}> {line}");
                }
            }
        }
        Block::Code { lang, text } => {
            let fence = if text.contains("```") { "~~~~" } else { "```" };
            let _ = writeln!(out, "{indent}{fence}{}", lang.as_deref().unwrap_or(""));
            for line in text.lines() {
                let _ = writeln!(out, "{indent}{line}");
            }
            let _ = writeln!(out, "{indent}{fence}");
        }
        Block::Table { header, rows } => {
            let width = rows.iter().map(Vec::len).max().unwrap_or(0);
            if width == 0 {
                return;
            }
            let cell = |c: &Inline| md_inline(c).replace('\n', " ");
            let row_line = |row: &[Inline]| {
                let mut line = String::from("|");
                for i in 0..width {
                    let c = row.get(i).map(cell).unwrap_or_default();
                    line.push(' ');
                    line.push_str(&c);
                    line.push_str(" |");
                }
                line
            };
            let mut rest = rows.as_slice();
            if *header {
                if let Some((first, tail)) = rows.split_first() {
                    let _ = writeln!(out, "{indent}{}", row_line(first));
                    rest = tail;
                }
            } else {
                let empty = vec![Inline::default(); width];
                let _ = writeln!(out, "{indent}{}", row_line(&empty));
            }
            let _ = writeln!(out, "{indent}|{}", " --- |".repeat(width));
            for row in rest {
                let _ = writeln!(out, "{indent}{}", row_line(row));
            }
        }
        Block::Image(img) => {
            let alt = img.alt.as_deref().unwrap_or("");
            let _ = writeln!(
                out,
                "{indent}![{}]({})",
                md_escape(alt),
                img.src.replace(' ', "%20")
            );
            if let Some(c) = &img.caption {
                let _ = writeln!(out, "{indent}\n{indent}*{}*", md_escape(c));
            }
        }
    }
}

// -------------------------------------------------------------------- HTML

fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn html_text_with_breaks(inline: &Inline) -> String {
    html_inline(inline).replace('\n', "<br>\n")
}

fn html_block(block: &Block, out: &mut String) {
    match block {
        Block::Heading { level, content } => {
            let l = (*level).clamp(1, 6);
            let _ = writeln!(out, "<h{l}>{}</h{l}>", html_text_with_breaks(content));
        }
        Block::Paragraph(content) => {
            let _ = writeln!(out, "<p>{}</p>", html_text_with_breaks(content));
        }
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            let _ = writeln!(out, "<{tag}>");
            for item in items {
                out.push_str("<li>");
                out.push_str(&html_text_with_breaks(&item.content));
                if !item.children.is_empty() {
                    out.push('\n');
                    for child in &item.children {
                        html_block(child, out);
                    }
                }
                out.push_str("</li>\n");
            }
            let _ = writeln!(out, "</{tag}>");
        }
        Block::Quote { blocks } => {
            out.push_str("<blockquote>\n");
            for b in blocks {
                html_block(b, out);
            }
            out.push_str("</blockquote>\n");
        }
        Block::Code { text, .. } => {
            let _ = writeln!(out, "<pre><code>{}</code></pre>", html_escape(text));
        }
        Block::Table { header, rows } => {
            out.push_str("<table>\n");
            for (i, row) in rows.iter().enumerate() {
                let cell_tag = if *header && i == 0 { "th" } else { "td" };
                out.push_str("<tr>");
                for cell in row {
                    let _ = write!(
                        out,
                        "<{cell_tag}>{}</{cell_tag}>",
                        html_text_with_breaks(cell)
                    );
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</table>\n");
        }
        Block::Image(img) => {
            let alt = img.alt.as_deref().unwrap_or("");
            let img_tag = format!(
                "<img src=\"{}\" alt=\"{}\">",
                html_escape(&img.src),
                html_escape(alt)
            );
            match &img.caption {
                Some(c) => {
                    let _ = writeln!(
                        out,
                        "<figure>{img_tag}<figcaption>{}</figcaption></figure>",
                        html_escape(c)
                    );
                }
                None => {
                    let _ = writeln!(out, "{img_tag}");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_words_counts_what_split_whitespace_counts() {
        // ASCII and Unicode whitespace (vertical tab, NEL, no-break and
        // ideographic spaces, line separator), leading, trailing, in runs;
        // non-ASCII letters beside them.
        let texts = [
            "",
            " ",
            "one",
            "  two  words ",
            "a\tb\nc\rd\x0Be\x0Cf",
            "x\u{85}y\u{a0}z\u{3000}w\u{2028}v",
            "\u{a0}\u{a0}lead and trail\u{2003}",
            "Ünïcode—Wörds 漢字 كلمة",
            "\u{200b}zero-width is no space\u{feff}",
            "\n\nParagraph one.\n\nParagraph two,\tthree  words.\n",
            "eight by eight bytes ab\x0Bcd\x0Cef gh\u{2009}ij klmnopqr stuvwxyz ",
            "words across\u{a0}eight-byte\u{3000}chunk\rbounds:\u{85}the \u{2019}quoted\u{2019} part",
            "        leading blanks, then a\u{e9}b\u{202f}c d \u{1f600} e\u{205f}f\u{1680}g",
        ];
        for t in texts {
            // Every suffix too: chunks start at every offset.
            for (at, _) in t.char_indices() {
                let t = &t[at..];
                assert_eq!(count_words(t), t.split_whitespace().count(), "{t:?}");
            }
            assert_eq!(count_words(t), t.split_whitespace().count(), "{t:?}");
        }
    }
}
