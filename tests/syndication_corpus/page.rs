//! The page plumbing the generators share (`gen.rs`, the base draw;
//! `families*.rs`, the red teams): the random stream,
//! what a composition is, text helpers, the article's items and their
//! rendering into builder modules, the record of every noise line put into
//! a page, the slots a page's noise goes into, the autoblog credit's
//! placement, and the composition's own consistency check.
//!
//! Only plumbing lives here: every string a page prints (themes, widgets,
//! credits, interface words) and every composition choice (which noise,
//! where, how often) stays in its generator and its vocabulary, so the red
//! teams stay independent of the base draw and of each other.

use super::vocab::{Credit, CreditSource, Lang};

// ---------------------------------------------------------------------------
// PRNG: splitmix64
// ---------------------------------------------------------------------------

/// splitmix64 (Steele, Lea, Flood 2014): tiny, seedable, good enough.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `pct` percent.
    pub fn chance(&mut self, pct: u32) -> bool {
        (self.next_u64() % 100) < u64::from(pct)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn pick_str(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    pub fn digits(&mut self, n: usize) -> String {
        let mut s = String::with_capacity(n);
        for i in 0..n {
            let d = if i == 0 {
                1 + self.below(9)
            } else {
                self.below(10)
            };
            s.push(char::from(b'0' + d as u8));
        }
        s
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------------------
// What a composition is
// ---------------------------------------------------------------------------

/// Kinds of non-article text, for the failure report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    AutoblogCredit,
    CaptionFilename,
    ChatWidget,
    CookieBanner,
    ShareBar,
    Newsletter,
    CommentForm,
    Comments,
    RelatedPosts,
    InlineRelated,
    SelfPromo,
    SiteNameLine,
    PromoBox,
    HostTagline,
    AdSlot,
    Sponsored,
    Toc,
    Disclaimer,
    FollowBox,
    OutletPromo,
    PostMeta,
    AuthorBox,
    PostNav,
    Header,
    Sidebar,
    PostGrid,
    Footer,
    // Kinds only the appended families (`families.rs`, `families2.rs`)
    // produce.
    PushPrompt,
    Rating,
    Breadcrumbs,
    ReadingMeta,
    NewsTicker,
    // Kinds only the sixth family set (`families6.rs`) produces.
    PullQuote,
    VideoBox,
    PageLinks,
    NextPost,
    // Kinds only the seventh family set (`families7.rs`) produces.
    CodeToolbar,
    Feedback,
    PrintButton,
    Affiliate,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::AutoblogCredit => "autoblog credit",
            Kind::CaptionFilename => "file-name caption",
            Kind::ChatWidget => "chat widget",
            Kind::CookieBanner => "cookie banner",
            Kind::ShareBar => "share bar",
            Kind::Newsletter => "newsletter box",
            Kind::CommentForm => "comment form",
            Kind::Comments => "comments",
            Kind::RelatedPosts => "related posts",
            Kind::InlineRelated => "inline 'read also'",
            Kind::SelfPromo => "self-promotion line",
            Kind::SiteNameLine => "site name line",
            Kind::PromoBox => "own-services promo box",
            Kind::HostTagline => "host tagline (names nothing)",
            Kind::AdSlot => "ad slot",
            Kind::Sponsored => "sponsored widget",
            Kind::Toc => "table of contents",
            Kind::Disclaimer => "disclaimer",
            Kind::FollowBox => "follow / join box",
            Kind::OutletPromo => "the original outlet's promo",
            Kind::PostMeta => "post meta / byline / tags",
            Kind::AuthorBox => "author box",
            Kind::PostNav => "prev/next nav",
            Kind::Header => "header / menu",
            Kind::Sidebar => "sidebar",
            Kind::PostGrid => "post grid",
            Kind::Footer => "footer",
            Kind::PushPrompt => "push-notification prompt",
            Kind::Rating => "star rating widget",
            Kind::Breadcrumbs => "breadcrumbs",
            Kind::ReadingMeta => "reading time / views line",
            Kind::NewsTicker => "news ticker",
            Kind::PullQuote => "pull quote (repeats a sentence)",
            Kind::VideoBox => "inline video box",
            Kind::PageLinks => "page links (post split over pages)",
            Kind::NextPost => "next post (infinite scroll)",
            Kind::CodeToolbar => "code toolbar (language, copy button)",
            Kind::Feedback => "'was this helpful?' box",
            Kind::PrintButton => "print button",
            Kind::Affiliate => "affiliate product box",
        }
    }
}

/// One generated page and what a perfect extractor returns for it.
pub struct Composition {
    pub id: usize,
    /// Index of the host group (pages of one host share it).
    pub host_group: usize,
    pub theme: &'static str,
    pub lang: Lang,
    pub url: String,
    pub html: String,
    /// The article's text blocks in order (headings, paragraphs, list
    /// items, quotes), tags removed.
    pub expected: Vec<String>,
    pub source_url: Option<String>,
    /// Checked only when the page names the outlet without a link.
    pub source_name: Option<String>,
    pub site_name: String,
    /// The credit style id, if any.
    pub credit: Option<&'static str>,
    /// The plugin the credit imitates.
    pub credit_plugin: Option<&'static str>,
    /// Where the credit stands.
    pub credit_pos: Option<&'static str>,
    /// The host's tagline, when it has one (repeated on all its pages).
    pub host_tagline: Option<String>,
    /// Whether the page also shows the tagline in its header (then one
    /// page is enough to know it is the site's, not the article's).
    pub tagline_in_header: bool,
    /// Every non-article line put into the page, with its kind.
    pub noise: Vec<(Kind, String)>,
    /// Which site-name signals the page carries (for the report).
    pub site_signals: String,
    /// Whether the story's last block is a subheading (never: stories
    /// end on prose; the generator's own test holds it).
    pub ends_on_heading: bool,
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn decode_entities(s: &str) -> String {
    s.replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "nav",
    "form",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "button",
    "label",
    "span-block",
    "jdiv",
    "main",
    "dt",
    "dd",
    "time-block",
    "input",
    "textarea",
];

/// The visible text lines of an HTML fragment (scripts, styles, comments
/// and attributes dropped; block tags break lines).
pub fn visible_lines(html: &str) -> Vec<String> {
    let mut out = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        if after.starts_with("<!--") {
            rest = match after.find("-->") {
                Some(e) => &after[e + 3..],
                None => "",
            };
            continue;
        }
        let Some(gt) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = &after[1..gt];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        rest = &after[gt + 1..];
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            let close = format!("</{name}>");
            rest = match rest.find(&close) {
                Some(e) => &rest[e + close.len()..],
                None => "",
            };
            continue;
        }
        if BLOCK_TAGS.contains(&name.as_str()) {
            out.push('\n');
        }
    }
    out.push_str(rest);
    decode_entities(&out)
        .lines()
        .map(norm)
        .filter(|l| !l.is_empty())
        .collect()
}

/// Whitespace normalised: runs of whitespace to one space, trimmed.
pub fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Inline HTML to its text (tags removed, entities decoded), normalised.
pub fn inline_text(html: &str) -> String {
    norm(&visible_lines(html).join(" "))
}

pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

// ---------------------------------------------------------------------------
// Drawing hosts and their pages
// ---------------------------------------------------------------------------

/// A story a generator draws pages from.
pub trait Slugged: 'static {
    fn slug(&self) -> &str;
}

/// How a generator draws its pages: host after host, each with a few of
/// the stories in its language, linking to others of them.
pub struct Draw {
    /// Pages at least (rounded up to whole hosts).
    pub count: usize,
    /// The generator's stream.
    pub seed: u64,
    pub first_id: usize,
    pub first_group: usize,
    /// Pages per host: three plus a draw in `0..more_pages`.
    pub more_pages: usize,
    /// Other stories of the host a page links to (sidebars, related posts).
    pub others: usize,
}

/// Draws `d.count` pages: `host` draws a host and the stories in its
/// language, `page` draws one page of it (the story, the others, its id
/// and host group).
pub fn draw<H, S: Slugged>(
    d: &Draw,
    mut host: impl FnMut(&mut Rng) -> (H, Vec<&'static S>),
    mut page: impl FnMut(&mut Rng, &H, &'static S, Vec<&'static S>, usize, usize) -> Composition,
) -> Vec<Composition> {
    hosts(
        d.count,
        d.seed,
        d.first_id,
        d.first_group,
        |rng, id, group| {
            let (h, mut stories) = host(rng);
            rng.shuffle(&mut stories);
            let pages = (3 + rng.below(d.more_pages)).min(stories.len());
            (0..pages)
                .map(|i| {
                    let others: Vec<&'static S> = stories
                        .iter()
                        .copied()
                        .filter(|s| s.slug() != stories[i].slug())
                        .take(d.others)
                        .collect();
                    page(rng, &h, stories[i], others, id + i, group)
                })
                .collect()
        },
    )
}

/// Host after host from the stream `seed` until there are `count` pages
/// at least (whole hosts), numbered from `first_id`, host groups from
/// `first_group`: `host` draws one host's pages, given the stream, its
/// first page's id and its group.
pub fn hosts(
    count: usize,
    seed: u64,
    first_id: usize,
    first_group: usize,
    mut host: impl FnMut(&mut Rng, usize, usize) -> Vec<Composition>,
) -> Vec<Composition> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(count + 5);
    let mut group = first_group;
    while out.len() < count {
        let pages = host(&mut rng, first_id + out.len(), group);
        out.extend(pages);
        group += 1;
    }
    out
}

/// A made-up site's name (a first and a second word) and its home page
/// (the name run together, two digits, a top-level domain).
pub fn site_and_home(
    rng: &mut Rng,
    first: &[&'static str],
    second: &[&'static str],
    tlds: &[&'static str],
) -> (String, String) {
    let site = format!("{} {}", rng.pick_str(first), rng.pick_str(second));
    let home = format!(
        "https://{}{}.{}/",
        slugify(&site).replace('-', ""),
        rng.digits(2),
        rng.pick_str(tlds)
    );
    (site, home)
}

// ---------------------------------------------------------------------------
// The article's items
// ---------------------------------------------------------------------------

/// A story block as a generator prints it (its own markup per body mode).
pub trait Block: 'static {
    /// How the generator prints blocks (its own body modes).
    type Mode: Copy;
    /// The block's HTML, `pre` and `suf` glued inside it (a credit in the
    /// first or last paragraph), without a line break after it.
    fn render(&self, mode: Self::Mode, heading: &str, pre: &str, suf: &str) -> String;
    /// Whether it is a paragraph (where an inline credit may be glued).
    fn is_paragraph(&self) -> bool;
    /// The text units a perfect extractor returns for it, in order.
    fn expected(&self, out: &mut Vec<String>);
}

/// What goes into the article's container: a story block (with what a
/// credit glued inside it) or a piece of noise.
pub enum Item<B: 'static> {
    Story {
        block: &'static B,
        prefix: Option<String>,
        suffix: Option<String>,
    },
    Noise {
        html: String,
    },
}

/// `blocks` as page items, and the text lines a perfect extractor returns
/// for them.
pub fn story_items<B: Block>(blocks: &'static [B]) -> (Vec<Item<B>>, Vec<String>) {
    let items = blocks
        .iter()
        .map(|block| Item::Story {
            block,
            prefix: None,
            suffix: None,
        })
        .collect();
    let mut expected = Vec::new();
    for b in blocks {
        b.expected(&mut expected);
    }
    (items, expected)
}

/// Renders story and noise items in a body mode, one line each.
pub fn render_items<B: Block>(items: &[Item<B>], mode: B::Mode, heading: &str) -> String {
    let mut s = String::new();
    for item in items {
        match item {
            Item::Noise { html } => s.push_str(html),
            Item::Story {
                block,
                prefix,
                suffix,
            } => s.push_str(&block.render(
                mode,
                heading,
                prefix.as_deref().unwrap_or(""),
                suffix.as_deref().unwrap_or(""),
            )),
        }
        s.push('\n');
    }
    s
}

/// Splits items into up to `n` runs at item boundaries (for builders that
/// put the body into several text modules): `n - 1` random cuts, a cut
/// drawn twice made once.
pub fn split_items<T>(items: &[T], n: usize, rng: &mut Rng) -> Vec<std::ops::Range<usize>> {
    let len = items.len();
    if len < 2 || n < 2 {
        return std::iter::once(0..len).collect();
    }
    let mut cuts: Vec<usize> = (0..n - 1).map(|_| 1 + rng.below(len - 1)).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut ranges = Vec::new();
    let mut start = 0;
    for c in cuts {
        ranges.push(start..c);
        start = c;
    }
    ranges.push(start..len);
    ranges
}

/// How many text modules a builder splits the body into.
pub enum Pieces {
    /// One to this many, at random item boundaries.
    UpTo(usize),
    /// One per item.
    Each,
}

/// Renders the items as a builder's text modules, each wrapped by `wrap`
/// (given the module's index and its rendered items).
pub fn modules<B: Block>(
    rng: &mut Rng,
    items: &[Item<B>],
    mode: B::Mode,
    heading: &str,
    pieces: Pieces,
    wrap: impl Fn(usize, String) -> String,
) -> String {
    let ranges = match pieces {
        Pieces::UpTo(n) => {
            let n = 1 + rng.below(n);
            split_items(items, n, rng)
        }
        Pieces::Each => (0..items.len()).map(|i| i..i + 1).collect(),
    };
    ranges
        .into_iter()
        .enumerate()
        .map(|(k, r)| wrap(k, render_items(&items[r], mode, heading)))
        .collect()
}

// ---------------------------------------------------------------------------
// The page being built
// ---------------------------------------------------------------------------

/// What a page records while it is built: every non-article line put into
/// it, with its kind, and whether its header shows the host's tagline.
#[derive(Default)]
pub struct Record {
    pub noise: Vec<(Kind, String)>,
    pub tagline_in_header: bool,
}

/// A page under construction: its record, and its generator's own
/// placeholders for the vocabulary's templates.
pub trait Sheet {
    fn record(&mut self) -> &mut Record;

    /// `template` with the generator's placeholders filled in.
    fn fill(&self, template: &str) -> String;

    /// Records `html`'s visible lines as noise of `kind` and returns it.
    fn noise(&mut self, kind: Kind, html: String) -> String {
        let record = self.record();
        for line in visible_lines(&html) {
            record.noise.push((kind, line));
        }
        html
    }

    /// `template` filled in and recorded as noise of `kind`.
    fn filled(&mut self, kind: Kind, template: &str) -> String {
        let html = self.fill(template);
        self.noise(kind, html)
    }

    /// [`Sheet::filled`] when the host has the template, else nothing.
    fn filled_opt(&mut self, kind: Kind, template: Option<&str>) -> String {
        template.map_or_else(String::new, |t| self.filled(kind, t))
    }

    /// The host's tagline as the header's site description, between
    /// `open` and `close`, when the host shows it there (recorded as the
    /// page header's, not as noise: it is the host's on every page).
    fn header_tagline(
        &mut self,
        tagline: Option<&str>,
        shown: bool,
        open: &str,
        close: &str,
    ) -> String {
        match tagline {
            Some(t) if shown => {
                self.record().tagline_in_header = true;
                format!("{open}{t}{close}")
            }
            _ => String::new(),
        }
    }
}

/// `template` with every `(placeholder, value)` pair replaced, in order.
pub fn fill(template: &str, pairs: &[(&str, String)]) -> String {
    let mut s = template.to_string();
    for (k, v) in pairs {
        if s.contains(k) {
            s = s.replace(k, v);
        }
    }
    s
}

/// The `og:site_name` meta tag, when the page has one.
pub fn og_site_name(shown: bool, site: &str) -> String {
    if shown {
        format!(
            "<meta property=\"og:site_name\" content=\"{}\">\n",
            esc(site)
        )
    } else {
        String::new()
    }
}

/// A home page's address without its scheme, `www.` or trailing slash.
pub fn bare_domain(home: &str) -> String {
    home.trim_start_matches("https://")
        .trim_start_matches("www.")
        .trim_end_matches('/')
        .to_string()
}

/// A menu: one link per entry under `home`, in the theme's classes.
pub fn menu(home: &str, entries: &[&str], ul: &str, li: &str) -> String {
    let mut s = format!("<ul class=\"{ul}\">");
    for m in entries {
        s.push_str(&format!(
            "<li class=\"{li}\"><a href=\"{home}{}/\">{m}</a></li>",
            slugify(m)
        ));
    }
    s.push_str("</ul>");
    s
}

// ---------------------------------------------------------------------------
// Where a page's noise goes
// ---------------------------------------------------------------------------

/// The places a page's noise goes, besides the theme's own chrome.
#[derive(Default)]
pub struct Slots {
    /// Inside the content, before the story (in this order).
    pub top: Vec<String>,
    /// Between story items: the index of the item it goes before.
    pub middle: Vec<(usize, String)>,
    /// Inside the content, after the story.
    pub bottom: Vec<String>,
    /// After the content's container.
    pub after: Vec<String>,
    /// At the end of `<body>`.
    pub end: Vec<String>,
    /// First in `<body>` (consent managers that inject their banner there).
    pub start: String,
}

impl Slots {
    /// The content's items: the top noise, the story with the middle
    /// noise inserted (from the back, so that every index holds), the
    /// bottom noise.
    pub fn content<B>(&mut self, mut items: Vec<Item<B>>) -> Vec<Item<B>> {
        let mut middle = std::mem::take(&mut self.middle);
        middle.sort_by_key(|(at, _)| *at);
        for (at, html) in middle.into_iter().rev() {
            items.insert(at.min(items.len()), Item::Noise { html });
        }
        let mut all: Vec<Item<B>> = std::mem::take(&mut self.top)
            .into_iter()
            .map(|html| Item::Noise { html })
            .collect();
        all.extend(items);
        all.extend(
            std::mem::take(&mut self.bottom)
                .into_iter()
                .map(|html| Item::Noise { html }),
        );
        all
    }
}

/// The finished document: `head`, `body`, and `start` put first inside
/// `<body>`.
pub fn finish(mut html: String, body: &str, start: &str) -> String {
    html.push_str(body);
    html.push_str("\n</html>\n");
    if !start.is_empty() {
        if let Some(i) = html.find("<body") {
            if let Some(j) = html[i..].find('>') {
                html.insert_str(i + j + 1, start);
            }
        }
    }
    html
}

// ---------------------------------------------------------------------------
// The autoblog credit
// ---------------------------------------------------------------------------

/// Where a host's credit stands, from the host's preference (`0..100`)
/// and the generator's cut points `[top, inside-last, inside-first,
/// after-content]` (below the first: at the top, and so on; the rest at the
/// bottom); `twice`: at the top and again at the bottom.
pub fn credit_pos(c: &Credit, pref: u32, twice: bool, cuts: [u32; 4]) -> &'static str {
    if twice && c.top_ok {
        "top-and-bottom"
    } else if pref < cuts[0] && c.top_ok {
        "top"
    } else if pref < cuts[1] && c.inline.is_some() {
        "inside-last-paragraph"
    } else if pref < cuts[2] && c.inline.is_some() && c.top_ok {
        "inside-first-paragraph"
    } else if pref < cuts[3] {
        "after-content"
    } else {
        "bottom"
    }
}

/// Puts the credit at `pos`: its inline form glued into the first or last
/// paragraph (`sep` tells the separator, asked only then), or its block
/// into the slot.
pub fn place_credit<B: Block>(
    p: &mut impl Sheet,
    c: &Credit,
    pos: &str,
    sep: impl FnOnce() -> &'static str,
    items: &mut [Item<B>],
    slots: &mut Slots,
) {
    match pos {
        "inside-last-paragraph" | "inside-first-paragraph" => {
            let first = pos == "inside-first-paragraph";
            let text = p.filled(Kind::AutoblogCredit, c.inline.unwrap_or(""));
            let sep = sep();
            let is_p = |i: &Item<B>| matches!(i, Item::Story { block, .. } if block.is_paragraph());
            let target = if first {
                items.iter().position(is_p)
            } else {
                items.iter().rposition(is_p)
            };
            if let Some(Item::Story { prefix, suffix, .. }) = target.and_then(|t| items.get_mut(t))
            {
                if first {
                    *prefix = Some(format!("{text}{sep}"));
                } else {
                    *suffix = Some(format!("{sep}{text}"));
                }
            }
        }
        _ => {
            let html = p.filled(Kind::AutoblogCredit, c.block);
            match pos {
                "top" => slots.top.push(html),
                "top-and-bottom" => {
                    slots.top.push(html);
                    let again = p.filled(Kind::AutoblogCredit, c.block);
                    slots.bottom.push(again);
                }
                "after-content" => slots.after.push(html),
                _ => slots.bottom.push(html),
            }
        }
    }
}

/// What the credit tells a perfect extractor: `(source_url, source_name)`
/// for the original at `url`, on an outlet at `home` named `name`.
pub fn credit_source(
    c: &Credit,
    url: &str,
    home: &str,
    name: &str,
) -> (Option<String>, Option<String>) {
    match c.source {
        CreditSource::Url => (Some(url.to_string()), None),
        CreditSource::Home => (Some(home.to_string()), None),
        CreditSource::Name => (None, Some(name.to_string())),
    }
}

// ---------------------------------------------------------------------------
// The composition's own consistency
// ---------------------------------------------------------------------------

/// What any composition must hold, whatever drew it: every expected block
/// is in the page's visible text in order, the story does not end on a
/// subheading, no noise line is an article block (but a table of
/// contents, which repeats the headings on purpose), and the credit's URL
/// is in the page.
pub fn check(c: &Composition) -> Result<(), String> {
    let visible = norm(&visible_lines(&c.html).join(" "));
    let mut pos = 0;
    for e in &c.expected {
        match visible[pos..].find(e.as_str()) {
            Some(i) => pos += i + e.len(),
            None => {
                return Err(format!(
                    "composition {} ({}): expected block not in the page in order: {e}",
                    c.id, c.theme
                ))
            }
        }
    }
    if c.ends_on_heading {
        let last = c.expected.last().map(String::as_str).unwrap_or("");
        return Err(format!(
            "composition {}: the story ends on a subheading: {last}",
            c.id
        ));
    }
    for (k, line) in &c.noise {
        if *k != Kind::Toc && c.expected.contains(line) {
            return Err(format!(
                "composition {}: noise ({}) equals an article block: {line}",
                c.id,
                k.name()
            ));
        }
    }
    if let Some(u) = &c.source_url {
        if !c.html.contains(u.as_str()) {
            return Err(format!("composition {}: source url not in the page", c.id));
        }
    }
    Ok(())
}
