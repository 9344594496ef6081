//! The sixth red team's family set (issue 16: posts that are interrupted
//! or oddly shaped). Copied posts cut up by ad-injection plugins (Ad
//! Inserter code blocks, Advanced Ads with a site's own class prefix,
//! Quads, Newspaper's in-content "- Advertisement -" slot, Google
//! Publisher Tag slots under "Continue reading below", empty ad divs with
//! a label), sponsored-by boxes, inline "Also read:" / "READ MORE:" /
//! "Related:" / "See also" links to other posts, inline video players
//! ("Watch:", a caption, a duration) and newsletter boxes, pull quotes that
//! repeat a sentence of the post, and a table of contents; printed as
//! loose `<br>`-separated text (Blogger), as bare `<div>`s without `<p>`, in
//! a plain table layout, split over pages (the page holds part 1 only), or
//! on an infinite-scroll theme that appends the next post after the
//! current one (expected: the post named by `<title>`/`og:title` only).
//! English, Dutch, Swedish, Romanian, Greek and Korean.
//!
//! Written without reading the extractor, the stripper or the other
//! generators' vocabularies; only the shared plumbing (`page.rs`) is
//! common. The composition's `lang` is `Lang::En` for every page (the
//! shared type has no variant for five of these languages); the page's
//! `lang` attribute and words are its own.

use super::families6_vocab::{ui6, Story6, Ui6, B6, L6, STORIES6, UIS6};
use super::page::{
    check, esc, hosts, og_site_name, site_and_home, slugify, Composition, Kind, Record, Rng, Sheet,
};
use super::vocab::Lang;

/// Mixed into the seed: the set's own stream, apart from the others'.
pub const FAMILIES6_SEED_SALT: u64 = 0x6f06_1e55_ad5e_7a11;

/// The single-post template a host's pages are made with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Layout {
    /// A classic WordPress theme, `entry-content` of `<p>`.
    Classic,
    /// tagDiv Newspaper: `td-post-content`, its own in-content ad slot.
    Newspaper,
    /// Blogger: the post is loose text separated by `<br>` in one div.
    Blogger,
    /// Text pasted from a word processor: bare `<div>`s, no `<p>`.
    BareDivs,
    /// An old table layout, the text in a cell (as `<p>` or loose lines).
    Table,
    /// A post split over pages (`<!--nextpage-->`): the page holds part 1.
    Paged,
    /// An infinite-scroll theme that appends the next post.
    Infinite,
}

const LAYOUTS: &[Layout] = &[
    Layout::Classic,
    Layout::Newspaper,
    Layout::Blogger,
    Layout::BareDivs,
    Layout::Table,
    Layout::Paged,
    Layout::Infinite,
];

/// How a story block is printed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    /// `<p>` and `<h2>`.
    Para,
    /// Loose text ended by `<br><br>`, headings in `<b>`.
    Br,
    /// One bare `<div>` a block, an empty `<div><br></div>` between.
    Div,
}

/// The host's ad-injection plugin.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum AdPlugin {
    AdInserter,
    AdvancedAds,
    Quads,
    TdRec,
    Gpt,
    StoryContinues,
    LabelledDiv,
}

const ADS: &[AdPlugin] = &[
    AdPlugin::AdInserter,
    AdPlugin::AdvancedAds,
    AdPlugin::Quads,
    AdPlugin::Gpt,
    AdPlugin::StoryContinues,
    AdPlugin::LabelledDiv,
];

const SITE_FIRST: &[&str] = &[
    "Daily", "Metro", "Coastal", "Nordic", "Urban", "Pulse", "Bright", "Local",
];
const SITE_SECOND: &[&str] = &["Wire", "Digest", "Buzz", "Hub", "Post", "Feed", "Report"];
const TLDS: &[&str] = &["com", "net", "info", "news", "site"];
const SPONSORS: &[&str] = &["Voltaro", "Sunhive", "Greenwatt", "Kestrel Bank"];

struct Host {
    site: String,
    home: String,
    layout: Layout,
    shape: Shape,
    ui: &'static Ui6,
    ads: AdPlugin,
    /// Advanced Ads' class prefix (each site sets its own).
    prefix: String,
    sponsored: bool,
    related: bool,
    video: bool,
    newsletter: bool,
    pullquote: bool,
    toc: bool,
    /// The outlet a credit at the post's foot names and links.
    credit: Option<(&'static str, &'static str)>,
}

struct Page {
    record: Record,
}

impl Sheet for Page {
    fn record(&mut self) -> &mut Record {
        &mut self.record
    }

    fn fill(&self, template: &str) -> String {
        template.to_string()
    }
}

/// The path segment a blog gives a post titled `t`: its ASCII slug, or,
/// for a title in another script (Greek, Korean), the title's words
/// lower-cased, joined by hyphens and percent-encoded, as WordPress does.
/// (An empty slug made every such link point at the home page `host//`.)
fn post_slug(t: &str) -> String {
    let s = slugify(t);
    if !s.is_empty() {
        return s;
    }
    let words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut out = String::new();
    for b in words.join("-").bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02x}"));
        }
    }
    out
}

fn anchor(h: &str) -> String {
    let s = slugify(h);
    if s.is_empty() {
        format!("h-{}", h.chars().count())
    } else {
        s
    }
}

/// A block in the host's shape.
fn block(shape: Shape, b: &B6, toc: bool) -> String {
    match (shape, b) {
        (Shape::Para, B6::P(t)) => format!("<p>{}</p>", esc(t)),
        (Shape::Para, B6::H(t)) => {
            if toc {
                format!(
                    "<h2><span class=\"ez-toc-section\" id=\"{}\"></span>{}<span class=\"ez-toc-section-end\"></span></h2>",
                    anchor(t),
                    esc(t)
                )
            } else {
                format!("<h2 id=\"{}\">{}</h2>", anchor(t), esc(t))
            }
        }
        (Shape::Br, B6::P(t)) => format!("{}<br />\n<br />", esc(t)),
        (Shape::Br, B6::H(t)) => format!("<b>{}</b><br />\n<br />", esc(t)),
        (Shape::Div, B6::P(t)) => format!("<div>{}</div>\n<div><br></div>", esc(t)),
        (Shape::Div, B6::H(t)) => format!("<div><b>{}</b></div>", esc(t)),
    }
}

/// A one-line interruption (`inner` is inline HTML) in the host's shape.
fn line(shape: Shape, inner: &str) -> String {
    match shape {
        Shape::Para => format!("<p>{inner}</p>"),
        Shape::Br => format!("{inner}<br />\n<br />"),
        Shape::Div => format!("<div>{inner}</div>\n<div><br></div>"),
    }
}

/// The ad slot of the host's plugin (`n`: the slot's number on the page).
fn ad_slot(p: &mut Page, rng: &mut Rng, h: &Host, n: usize) -> String {
    let ui = h.ui;
    let html = match h.ads {
        AdPlugin::AdInserter => format!(
            "<div class='code-block code-block-{}' style='margin: 8px 0; clear: both;'>\n<p style=\"font-size: 11px; color: #999; text-align: center;\">{}</p>\n<ins class=\"adsbygoogle\" style=\"display:block\" data-ad-client=\"ca-pub-{}\" data-ad-slot=\"{}\" data-ad-format=\"auto\" data-full-width-responsive=\"true\"></ins>\n<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>",
            n + 1,
            ui.ad,
            rng.digits(16),
            rng.digits(10)
        ),
        AdPlugin::AdvancedAds => format!(
            "<div class=\"{pre}content {pre}target\" id=\"{pre}{}\" data-{pre}trackid=\"{}\"><div class=\"{pre}adlabel\">{}</div><a href=\"https://{}.example/?utm_source=site\" rel=\"sponsored noopener\" target=\"_blank\"><img src=\"/wp-content/uploads/ads/banner-{}.jpg\" alt=\"\" width=\"300\" height=\"250\"></a></div>",
            rng.digits(6),
            rng.digits(4),
            ui.ad,
            slugify(rng.pick_str(SPONSORS)),
            n,
            pre = h.prefix
        ),
        AdPlugin::Quads => format!(
            "<div class=\"quads-location quads-ad{} \" id=\"quads-ad{}\" style=\"float:none;margin:10px 0 10px 0;text-align:center;\"><div class=\"quads-ad-label quads-ad-label-new\">{}</div>\n<script async src=\"https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js\"></script><ins class=\"adsbygoogle\" style=\"display:block;\" data-ad-client=\"ca-pub-{}\" data-ad-slot=\"{}\"></ins></div>",
            n + 1,
            n + 1,
            ui.ad,
            rng.digits(16),
            rng.digits(10)
        ),
        AdPlugin::TdRec => format!(
            "<div class=\"td-a-rec td-a-rec-id-content_inline tdi_{} td_block_template_1\"><span class=\"td-adspot-title\">{}</span><div class=\"td-all-devices\"><a href=\"#\" target=\"_blank\"><img src=\"/wp-content/uploads/2026/01/rec-{}.jpg\" alt=\"\"></a></div></div>",
            rng.digits(3),
            ui.ad_dash,
            n
        ),
        AdPlugin::Gpt => format!(
            "<div class=\"ad-container ad-inarticle\" aria-hidden=\"true\"><p class=\"ad-container__label\">{}</p><div id=\"div-gpt-ad-{}-{}\" style=\"min-width: 300px; min-height: 250px;\"></div></div>",
            ui.continue_below,
            rng.digits(13),
            n
        ),
        AdPlugin::StoryContinues => format!(
            "<div class=\"story-continues-below\"><span class=\"story-continues-below__label\">{}</span></div><div class=\"ad-slot ad-slot--inarticle\" data-slot=\"inarticle-{}\" data-size=\"300x250,728x90\"></div>",
            ui.story_continues,
            n + 1
        ),
        AdPlugin::LabelledDiv => format!(
            "<div class=\"mid-article-ad\"><small class=\"ad-label\">{}</small><div id=\"ad-incontent-{}\" class=\"adunit\" data-adunit=\"/{}/incontent\"></div></div>",
            ui.ad,
            n + 1,
            rng.digits(8)
        ),
    };
    p.noise(Kind::AdSlot, html)
}

fn sponsored(p: &mut Page, rng: &mut Rng, h: &Host) -> String {
    let brand = rng.pick_str(SPONSORS);
    let blurb = rng.pick_str(h.ui.sponsor_blurbs);
    let domain = super::page::bare_domain(&h.home);
    let html = format!(
        "<div class=\"sponsored-box\"><span class=\"sponsored-box__label\">{}</span> <a href=\"https://{}.example/?utm_source={domain}&amp;utm_medium=native\" rel=\"sponsored nofollow\" target=\"_blank\"><strong>{brand}</strong></a><p>{}</p></div>",
        h.ui.sponsored_by,
        slugify(brand),
        esc(blurb)
    );
    p.noise(Kind::Sponsored, html)
}

/// An inline link to another post of the host, after a lead-in.
fn inline_related(p: &mut Page, rng: &mut Rng, h: &Host, title: &str, url: &str) -> String {
    let lead = rng.pick_str(h.ui.leads);
    let inner = match rng.below(3) {
        0 => format!(
            "<strong>{lead}</strong> <a href=\"{url}\">{}</a>",
            esc(title)
        ),
        1 => format!(
            "<strong>{lead} <a href=\"{url}\">{}</a></strong>",
            esc(title)
        ),
        _ => format!("{lead} <a href=\"{url}\"><em>{}</em></a>", esc(title)),
    };
    let html = line(h.shape, &inner);
    p.noise(Kind::InlineRelated, html)
}

fn video(p: &mut Page, rng: &mut Rng, h: &Host) -> String {
    let caption = rng.pick_str(h.ui.video_captions);
    let (m, s) = (1 + rng.below(9), rng.below(60));
    let html = if rng.chance(50) {
        format!(
            "<div class=\"video-box\"><p class=\"video-box__title\"><strong>{}</strong> {}</p><div class=\"jwplayer\" id=\"jwplayer_{}\"></div><span class=\"video-box__duration\">{m:02}:{s:02}</span></div>",
            h.ui.watch,
            esc(caption),
            rng.digits(8)
        )
    } else {
        format!(
            "<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube\"><div class=\"wp-block-embed__wrapper\"><iframe title=\"{}\" width=\"640\" height=\"360\" src=\"https://www.youtube.com/embed/{}\" allowfullscreen></iframe></div><figcaption class=\"wp-element-caption\">{} {} ({m}:{s:02})</figcaption></figure>",
            esc(caption),
            rng.digits(11),
            h.ui.watch,
            esc(caption)
        )
    };
    p.noise(Kind::VideoBox, html)
}

fn newsletter(p: &mut Page, h: &Host) -> String {
    let ui = h.ui;
    let html = format!(
        "<div class=\"newsletter-inline\"><h4 class=\"newsletter-inline__title\">{}</h4><p>{}</p><form class=\"newsletter-inline__form\" action=\"/subscribe\" method=\"post\"><input type=\"email\" name=\"email\" placeholder=\"{}\" required><button type=\"submit\">{}</button></form></div>",
        ui.nl_head, ui.nl_text, ui.nl_placeholder, ui.nl_button
    );
    p.noise(Kind::Newsletter, html)
}

/// The first sentence of a paragraph of at least two, if long enough.
fn first_sentence(t: &str) -> Option<&str> {
    let end = t.find(". ")?;
    let s = &t[..=end];
    (s.chars().count() >= 30).then_some(s)
}

fn pullquote(p: &mut Page, rng: &mut Rng, sentence: &str) -> String {
    let s = esc(sentence);
    let html = match rng.below(3) {
        0 => format!(
            "<figure class=\"wp-block-pullquote\"><blockquote><p>{s}</p></blockquote></figure>"
        ),
        1 => format!("<blockquote class=\"td_quote_box td_box_right\"><p>“{s}”</p></blockquote>"),
        _ => format!("<aside class=\"pullquote alignright\" aria-hidden=\"true\">{s}</aside>"),
    };
    p.noise(Kind::PullQuote, html)
}

fn toc(p: &mut Page, h: &Host, headings: &[&str]) -> String {
    let mut s = format!(
        "<div id=\"ez-toc-container\" class=\"ez-toc-v2_0_62 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction\"><div class=\"ez-toc-title-container\"><p class=\"ez-toc-title\">{}</p><span class=\"ez-toc-title-toggle\"><a href=\"#\" class=\"ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle\" aria-label=\"{}\"><span class=\"ez-toc-js-icon-con\"></span></a></span></div><nav><ul class=\"ez-toc-list ez-toc-list-level-1\">",
        h.ui.toc, h.ui.toc_toggle
    );
    for (i, t) in headings.iter().enumerate() {
        s.push_str(&format!(
            "<li class=\"ez-toc-page-1 ez-toc-heading-level-2\"><a class=\"ez-toc-link ez-toc-heading-{}\" href=\"#{}\" title=\"{}\">{}</a></li>",
            i + 1,
            anchor(t),
            esc(t),
            esc(t)
        ));
    }
    s.push_str("</ul></nav></div>");
    p.noise(Kind::Toc, s)
}

fn date(rng: &mut Rng, ui: &Ui6) -> (String, String) {
    let m = rng.below(12);
    let d = 1 + rng.below(28);
    let shown = match ui.lang {
        L6::Ko => format!("2026년 {} {d}일", ui.months[m]),
        L6::En => format!("{} {d}, 2026", ui.months[m]),
        _ => format!("{d} {} 2026", ui.months[m]),
    };
    (format!("2026-{:02}-{d:02}", m + 1), shown)
}

fn meta(p: &mut Page, rng: &mut Rng, h: &Host, author: &str) -> String {
    let (iso, shown) = date(rng, h.ui);
    let html = format!(
        "<div class=\"entry-meta\"><span class=\"byline\">{} <span class=\"author vcard\"><a class=\"url fn n\" href=\"{}author/{}/\">{}</a></span></span> <span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"{iso}T08:00:00+00:00\">{shown}</time></span></div>",
        h.ui.by,
        h.home,
        slugify(author),
        esc(author)
    );
    meta_pieces(p, Kind::PostMeta, h.ui.by, &shown);
    p.noise(Kind::PostMeta, html)
}

fn header(p: &mut Page, h: &Host) -> String {
    let mut s = format!(
        "<header id=\"masthead\" class=\"site-header\"><div class=\"site-branding\"><p class=\"site-title\"><a href=\"{}\" rel=\"home\">{}</a></p></div><nav id=\"site-navigation\" class=\"main-navigation\"><ul id=\"primary-menu\" class=\"menu\"><li><a href=\"{}\">{}</a></li>",
        h.home,
        esc(&h.site),
        h.home,
        h.ui.home
    );
    for m in h.ui.menu {
        s.push_str(&format!(
            "<li class=\"menu-item\"><a href=\"{}category/{}/\">{m}</a></li>",
            h.home,
            slugify(m)
        ));
    }
    s.push_str("</ul></nav></header>");
    p.noise(Kind::Header, s)
}

fn sidebar(p: &mut Page, h: &Host) -> String {
    let mut s = format!(
        "<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">{}</h2><ul>",
        h.ui.recent
    );
    for t in h.ui.other_titles {
        s.push_str(&format!(
            "<li><a href=\"{}{}/\">{}</a></li>",
            h.home,
            post_slug(t),
            esc(t)
        ));
    }
    s.push_str("</ul></section></aside>");
    p.noise(Kind::Sidebar, s)
}

fn footer(p: &mut Page, h: &Host) -> String {
    let html = format!(
        "<footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">© 2026 {}. {}</div></footer>",
        esc(&h.site),
        h.ui.rights
    );
    p.noise(Kind::Footer, html)
}

/// What goes into the post's body: a story block or an interruption.
enum Piece {
    Story(usize),
    Noise(String),
}

/// The post's body (the shown story blocks with the host's interruptions
/// among them) and the text a perfect extractor returns.
fn body(
    p: &mut Page,
    rng: &mut Rng,
    h: &Host,
    s: &Story6,
    shown: usize,
    others: &[(String, String)],
) -> (String, Vec<String>) {
    let blocks = &s.blocks[..shown];
    let mut expected = Vec::new();
    for b in blocks {
        match b {
            B6::P(t) | B6::H(t) => expected.push(t.to_string()),
        }
    }
    // Interruptions, each before a story block (never before the first).
    let mut inserts: Vec<(usize, String)> = Vec::new();
    let slots = blocks.len().saturating_sub(1).max(1);
    let ads = 1 + rng.below(3);
    for n in 0..ads {
        let at = 1 + rng.below(slots);
        let html = ad_slot(p, rng, h, n);
        inserts.push((at, html));
    }
    if h.sponsored && rng.chance(70) {
        let at = 1 + rng.below(slots);
        let html = sponsored(p, rng, h);
        inserts.push((at, html));
    }
    if h.related {
        let k = 1 + rng.below(2);
        for (title, url) in others.iter().take(k) {
            let at = 1 + rng.below(slots);
            let html = inline_related(p, rng, h, title, url);
            inserts.push((at, html));
        }
    }
    if h.video && rng.chance(70) {
        let at = 1 + rng.below(slots);
        let html = video(p, rng, h);
        inserts.push((at, html));
    }
    if h.newsletter && rng.chance(70) {
        let at = 1 + rng.below(slots);
        let html = newsletter(p, h);
        inserts.push((at, html));
    }
    if h.pullquote {
        let candidates: Vec<(usize, &str)> = blocks
            .iter()
            .enumerate()
            .filter_map(|(i, b)| match b {
                B6::P(t) => first_sentence(t).map(|q| (i, q)),
                B6::H(_) => None,
            })
            .collect();
        if !candidates.is_empty() {
            let (i, q) = *rng.pick(&candidates);
            let at = (i + 1 + rng.below(2)).min(blocks.len());
            let html = pullquote(p, rng, q);
            inserts.push((at, html));
        }
    }
    let mut pieces: Vec<Piece> = (0..blocks.len()).map(Piece::Story).collect();
    inserts.sort_by_key(|(at, _)| *at);
    for (at, html) in inserts.into_iter().rev() {
        pieces.insert(at.min(pieces.len()), Piece::Noise(html));
    }
    let headings: Vec<&str> = s
        .blocks
        .iter()
        .filter_map(|b| match b {
            B6::H(t) => Some(*t),
            B6::P(_) => None,
        })
        .collect();
    let with_toc = h.toc && h.shape == Shape::Para && !headings.is_empty();
    let mut out = String::new();
    if with_toc {
        // Easy Table of Contents goes before the first heading.
        let first_h = blocks
            .iter()
            .position(|b| matches!(b, B6::H(_)))
            .unwrap_or(1);
        let at = pieces
            .iter()
            .position(|x| matches!(x, Piece::Story(i) if *i == first_h))
            .unwrap_or(1);
        let t = toc(p, h, &headings);
        pieces.insert(at, Piece::Noise(t));
    }
    for piece in &pieces {
        match piece {
            Piece::Story(i) => out.push_str(&block(h.shape, &blocks[*i], with_toc)),
            Piece::Noise(html) => out.push_str(html),
        }
        out.push('\n');
    }
    (out, expected)
}

/// The page links of a post split over `m` pages (WordPress'
/// `wp_link_pages` and a theme's "Page 1 of m" line).
fn page_links(p: &mut Page, rng: &mut Rng, h: &Host, url: &str, m: usize) -> String {
    let mut s = String::new();
    if rng.chance(60) {
        s.push_str(&format!(
            "<p class=\"page-count\">{}</p>",
            h.ui.page_of
                .replace("{n}", "1")
                .replace("{m}", &m.to_string())
        ));
    }
    s.push_str(&format!(
        "<div class=\"page-links\"><span class=\"page-links-title\">{}</span> <span class=\"post-page-numbers current\" aria-current=\"page\">1</span>",
        h.ui.pages
    ));
    for k in 2..=m {
        s.push_str(&format!(
            " <a href=\"{url}{k}/\" class=\"post-page-numbers\">{k}</a>"
        ));
    }
    s.push_str("</div>");
    s.push_str(&format!(
        "<p class=\"next-page-link\"><a href=\"{url}2/\" rel=\"next\">{} »</a></p>",
        h.ui.next_page
    ));
    p.noise(Kind::PageLinks, s)
}

/// The next post an infinite-scroll theme appended: headline, byline and
/// its whole text, all of it noise on this page.
fn next_post(p: &mut Page, rng: &mut Rng, h: &Host, n: &Story6, url: &str) -> String {
    let (iso, shown) = date(rng, h.ui);
    let mut s = format!(
        "<div class=\"infinite-loader\" data-next=\"{url}\"><span class=\"up-next-label\">{}</span></div><article class=\"post type-post status-publish infinite-post\" data-url=\"{url}\" data-title=\"{}\"><header class=\"entry-header\"><h1 class=\"entry-title\"><a href=\"{url}\" rel=\"bookmark\">{}</a></h1><div class=\"entry-meta\"><span class=\"byline\">{} <span class=\"author vcard\">{}</span></span> <time datetime=\"{iso}\">{shown}</time></div></header><div class=\"entry-content\">\n",
        h.ui.up_next,
        esc(n.title),
        esc(n.title),
        h.ui.by,
        esc(n.author)
    );
    for b in n.blocks {
        s.push_str(&block(Shape::Para, b, false));
        s.push('\n');
    }
    s.push_str("</div></article>");
    let by = h.ui.by;
    meta_pieces(p, Kind::NextPost, by, &shown);
    p.noise(Kind::NextPost, s)
}

/// The pieces of a byline an extractor may keep when it drops the
/// author's name (known from the metadata): the date, and the label with
/// the date, recorded as noise of `kind` too (for the report's
/// attribution).
fn meta_pieces(p: &mut Page, kind: Kind, by: &str, shown: &str) {
    let record = p.record();
    record.noise.push((kind, shown.to_string()));
    record.noise.push((kind, format!("{by} {shown}")));
}

fn credit(p: &mut Page, h: &Host, orig: &str, outlet: &str) -> String {
    let inner = format!(
        "{} <a href=\"{orig}\" target=\"_blank\" rel=\"nofollow noopener\">{}</a>",
        h.ui.source,
        esc(outlet)
    );
    let html = line(h.shape, &inner);
    p.noise(Kind::AutoblogCredit, html)
}

fn theme_name(h: &Host) -> &'static str {
    match (h.layout, h.shape) {
        (Layout::Classic, _) => "f6-classic-ads",
        (Layout::Newspaper, _) => "f6-newspaper",
        (Layout::Blogger, _) => "f6-blogger-br",
        (Layout::BareDivs, _) => "f6-bare-divs",
        (Layout::Table, Shape::Br) => "f6-table-br",
        (Layout::Table, _) => "f6-table-p",
        (Layout::Paged, _) => "f6-paged",
        (Layout::Infinite, _) => "f6-infinite",
    }
}

fn page(
    rng: &mut Rng,
    h: &Host,
    s: &'static Story6,
    others: &[&'static Story6],
    id: usize,
    group: usize,
) -> Composition {
    let (iso, _) = date(rng, h.ui);
    let url = format!("{}{}/{}/{}/", h.home, &iso[..4], &iso[5..7], s.slug);
    let mut p = Page {
        record: Record::default(),
    };
    // Links to the host's other posts: its stories and other headlines.
    let mut links: Vec<(String, String)> = others
        .iter()
        .map(|o| (o.title.to_string(), format!("{}{}/", h.home, o.slug)))
        .collect();
    for t in h.ui.other_titles {
        links.push((t.to_string(), format!("{}{}/", h.home, post_slug(t))));
    }
    rng.shuffle(&mut links);
    // A paged post shows part 1: about half the blocks, ending on prose.
    let (shown, pages) = if h.layout == Layout::Paged {
        let n = s.blocks.len();
        let mut k = n.div_ceil(2).clamp(1, n);
        while k < n && (k < 3 || matches!(s.blocks[k - 1], B6::H(_))) {
            k += 1;
        }
        (k, 2 + rng.below(2))
    } else {
        (s.blocks.len(), 1)
    };
    let head = header(&mut p, h);
    let m = meta(&mut p, rng, h, s.author);
    let (mut content, expected) = body(&mut p, rng, h, s, shown, &links);
    if h.layout == Layout::Paged {
        content.push_str(&page_links(&mut p, rng, h, &url, pages));
        content.push('\n');
    }
    let (source_url, outlet_credit) = match h.credit {
        Some((outlet, domain)) => {
            let orig = format!(
                "https://www.{domain}/{}/{}-{}/",
                &iso[..4],
                s.slug,
                rng.digits(5)
            );
            content.push_str(&credit(&mut p, h, &orig, outlet));
            content.push('\n');
            (Some(orig), Some(outlet))
        }
        None => (None, None),
    };
    let after = if h.layout == Layout::Infinite {
        match others.first() {
            Some(n) => {
                let nurl = format!("{}{}/", h.home, n.slug);
                next_post(&mut p, rng, h, n, &nurl)
            }
            None => String::new(),
        }
    } else {
        String::new()
    };
    let side = sidebar(&mut p, h);
    let foot = footer(&mut p, h);
    let title = esc(s.title);
    let pid = rng.digits(4);
    let bodyhtml = match h.layout {
        Layout::Classic | Layout::Paged | Layout::Infinite => format!(
            "<body class=\"post-template-default single single-post postid-{pid}\"><div id=\"page\" class=\"site\">{head}<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\"><article id=\"post-{pid}\" class=\"post-{pid} post type-post status-publish format-standard hentry\"><header class=\"entry-header\"><h1 class=\"entry-title\">{title}</h1>{m}</header><div class=\"entry-content\">\n{content}</div></article>{after}</main></div>{side}</div>{foot}</div></body>"
        ),
        Layout::Newspaper => format!(
            "<body class=\"post-template-default single single-post td-standard-pack\"><div id=\"td-outer-wrap\" class=\"td-theme-wrap\">{head}<div class=\"td-main-content-wrap td-container-wrap\"><div class=\"td-container\"><div class=\"td-pb-row\"><div class=\"td-pb-span8 td-main-content\"><div class=\"td-ss-main-content\"><article id=\"post-{pid}\" class=\"post-{pid} post type-post\"><div class=\"td-post-header\"><header class=\"td-post-title\"><h1 class=\"entry-title\">{title}</h1>{m}</header></div><div class=\"td-post-content tagdiv-type\">\n{content}</div></article></div></div><div class=\"td-pb-span4 td-main-sidebar\">{side}</div></div></div></div>{foot}</div></body>"
        ),
        Layout::Blogger => format!(
            "<body class=\"variant-indie\"><div class=\"content-outer\">{head}<div class=\"main-inner\"><div class=\"column-center-inner\"><div class=\"blog-posts hfeed\"><div class=\"date-outer\"><div class=\"post-outer\"><div class=\"post hentry uncustomized-post-template\" itemprop=\"blogPost\" itemscope itemtype=\"http://schema.org/BlogPosting\"><h3 class=\"post-title entry-title\" itemprop=\"name\">{title}</h3><div class=\"post-header\">{m}</div><div class=\"post-body entry-content float-container\" id=\"post-body-{}\" itemprop=\"description articleBody\">\n{content}</div></div></div></div></div></div><div class=\"column-right-inner\">{side}</div></div>{foot}</div></body>",
            rng.digits(18)
        ),
        Layout::BareDivs => format!(
            "<body class=\"article-page\"><div class=\"wrapper\">{head}<main class=\"main\"><div class=\"article\"><h1 class=\"article-title\">{title}</h1>{m}<div class=\"article-body\" itemprop=\"articleBody\">\n{content}</div></div></main>{side}{foot}</div></body>"
        ),
        Layout::Table => format!(
            "<body bgcolor=\"#ffffff\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td colspan=\"2\" class=\"top\">{head}</td></tr><tr><td width=\"220\" valign=\"top\" class=\"left\">{side}</td><td valign=\"top\" class=\"main\"><h1>{title}</h1>{m}\n{content}</td></tr><tr><td colspan=\"2\" class=\"bottom\">{foot}</td></tr></table></body>"
        ),
    };
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} – {}</title>\n<meta property=\"og:title\" content=\"{}\">\n<meta property=\"og:type\" content=\"article\">\n{}<link rel=\"canonical\" href=\"{url}\">\n</head>\n{bodyhtml}\n</html>\n",
        h.ui.html_lang,
        title,
        esc(&h.site),
        title,
        og_site_name(true, &h.site),
    );
    Composition {
        id,
        host_group: group,
        theme: theme_name(h),
        lang: Lang::En,
        url,
        html,
        expected,
        source_url,
        source_name: None,
        site_name: h.site.clone(),
        credit: outlet_credit.map(|_| "f6-source-line"),
        credit_plugin: outlet_credit.map(|_| "a theme's source line"),
        credit_pos: outlet_credit.map(|_| "bottom"),
        host_tagline: None,
        tagline_in_header: false,
        noise: p.record.noise,
        site_signals: format!("title suffix + header + og:site_name ({})", h.ui.html_lang),
        ends_on_heading: false,
    }
}

/// `count` pages at least (whole hosts), host groups from `first_group`.
pub fn generate_families6(
    count: usize,
    seed: u64,
    first_id: usize,
    first_group: usize,
) -> Vec<Composition> {
    hosts(count, seed, first_id, first_group, |rng, id, group| {
        let ui = rng.pick(UIS6);
        let (site, home) = site_and_home(rng, SITE_FIRST, SITE_SECOND, TLDS);
        let layout = *rng.pick(LAYOUTS);
        let shape = match layout {
            Layout::Blogger => Shape::Br,
            Layout::BareDivs => Shape::Div,
            Layout::Table if rng.chance(50) => Shape::Br,
            _ => Shape::Para,
        };
        let ads = if layout == Layout::Newspaper {
            AdPlugin::TdRec
        } else {
            *rng.pick(ADS)
        };
        let prefix = format!(
            "{}{}-",
            char::from(b'a' + rng.below(26) as u8),
            char::from(b'a' + rng.below(26) as u8)
        );
        let h = Host {
            site,
            home,
            layout,
            shape,
            ui,
            ads,
            prefix,
            sponsored: rng.chance(40),
            related: rng.chance(70),
            video: rng.chance(40),
            newsletter: rng.chance(40),
            pullquote: rng.chance(50),
            toc: rng.chance(40),
            credit: rng.chance(40).then(|| *rng.pick(ui.outlets)),
        };
        let mut stories: Vec<&'static Story6> =
            STORIES6.iter().filter(|s| s.lang == ui.lang).collect();
        rng.shuffle(&mut stories);
        let pages = (2 + rng.below(2)).min(stories.len());
        (0..pages)
            .map(|i| {
                let others: Vec<&'static Story6> = stories
                    .iter()
                    .copied()
                    .filter(|o| o.slug != stories[i].slug)
                    .collect();
                page(rng, &h, stories[i], &others, id + i, group)
            })
            .collect()
    })
}

/// The set's own consistency: every page passes the shared check, has at
/// least one interruption inside the post, and every layout and language
/// appears.
pub fn self_check(set: &[Composition]) -> Result<(), String> {
    for c in set {
        check(c)?;
        if !c.noise.iter().any(|(k, _)| *k == Kind::AdSlot) {
            return Err(format!("composition {}: no ad slot", c.id));
        }
        if c.expected.len() < 3 {
            return Err(format!("composition {}: short article", c.id));
        }
        if c.theme == "f6-infinite" && !c.noise.iter().any(|(k, _)| *k == Kind::NextPost) {
            return Err(format!("composition {}: no next post", c.id));
        }
    }
    if set.len() >= 100 {
        for name in [
            "f6-classic-ads",
            "f6-newspaper",
            "f6-blogger-br",
            "f6-bare-divs",
            "f6-table-br",
            "f6-table-p",
            "f6-paged",
            "f6-infinite",
        ] {
            if !set.iter().any(|c| c.theme == name) {
                return Err(format!("layout {name} never drawn"));
            }
        }
        for u in UIS6 {
            let tag = format!("lang=\"{}\"", u.html_lang);
            if !set.iter().any(|c| c.html.contains(&tag)) {
                return Err(format!("language {} never drawn", u.html_lang));
            }
            if ui6(u.lang).html_lang != u.html_lang {
                return Err(format!("no interface words for {}", u.html_lang));
            }
        }
    }
    Ok(())
}
