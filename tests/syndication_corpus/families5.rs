//! The fifth red team's family set (issue 16: pages where the article
//! itself is lost). Short copied posts (one to four paragraphs) on
//! single-post templates where the body choice is hard: page builders'
//! templates (Elementor containers with `theme-post-content`, Divi and
//! WPBakery with the post as several sibling text modules, a Gutenberg
//! block theme with a query loop, Bricks, Oxygen, SiteOrigin panels), a
//! magazine theme with a big grid, a ticker and a mega menu, and Blogger
//! with its popular-posts gadget, each beside long grids of excerpts
//! (titles, two-sentence teasers, dates; 6 to 30 of them), related-posts
//! carousels, long comments and a "trending" sidebar.
//!
//! Written without reading the extractor, the stripper or the other
//! generators' vocabularies; only the shared plumbing (`page.rs`) is
//! common. No credits: the point is that the article wins and is kept
//! whole.

use super::families5_vocab::{ui5, Story5, Ui5, B5, STORIES5, UIS};
use super::page::{
    check, esc, hosts, og_site_name, site_and_home, slugify, Composition, Kind, Record, Rng, Sheet,
};

/// Mixed into the seed: the set's own stream, apart from the others'.
pub const FAMILIES5_SEED_SALT: u64 = 0x5e17_c0de_a11c_1e05;

/// The single-post template a host's pages are made with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Layout {
    Elementor,
    Divi,
    WpBakery,
    BlockTheme,
    Bricks,
    Oxygen,
    Magazine,
    Blogger,
    SiteOrigin,
}

const LAYOUTS: &[Layout] = &[
    Layout::Elementor,
    Layout::Divi,
    Layout::WpBakery,
    Layout::BlockTheme,
    Layout::Bricks,
    Layout::Oxygen,
    Layout::Magazine,
    Layout::Blogger,
    Layout::SiteOrigin,
];

impl Layout {
    fn name(self) -> &'static str {
        match self {
            Layout::Elementor => "f5-elementor-single",
            Layout::Divi => "f5-divi-modules",
            Layout::WpBakery => "f5-wpbakery-rows",
            Layout::BlockTheme => "f5-block-theme-query",
            Layout::Bricks => "f5-bricks",
            Layout::Oxygen => "f5-oxygen",
            Layout::Magazine => "f5-magazine-grid",
            Layout::Blogger => "f5-blogger-popular",
            Layout::SiteOrigin => "f5-siteorigin-panels",
        }
    }
}

const SITE_FIRST: &[&str] = &[
    "Daily", "Metro", "Valley", "Coast", "City", "Prime", "Hot", "Fresh", "Global", "Smart",
];
const SITE_SECOND: &[&str] = &[
    "Buzz", "Pulse", "Feed", "Wire", "Digest", "Post", "Times", "Herald", "Radar", "Hub",
];
const TLDS: &[&str] = &["com", "net", "info", "online", "news", "xyz"];

/// A host: its name, home, layout, language and habits.
struct Host {
    site: String,
    home: String,
    layout: Layout,
    ui: &'static Ui5,
    /// Excerpts in the big grid (6..=30).
    grid: usize,
    comments: bool,
    trending: bool,
    related: bool,
    /// Builder markup variant (0 or 1).
    variant: usize,
    /// Whether the first grid lists the page's own post among the
    /// latest (WordPress's recent-posts queries do not exclude it).
    lists_own: bool,
}

/// Words of the post an excerpt keeps before its ellipsis.
const OWN_EXCERPT_WORDS: usize = 12;

/// The page's own post as a grid's excerpt: its first words and an
/// ellipsis (never an article block itself).
fn own_excerpt(s: &Story5) -> String {
    let first = s
        .blocks
        .iter()
        .find_map(|b| match b {
            B5::P(t) | B5::Quote(t) => Some(*t),
            B5::List(_) => None,
        })
        .unwrap_or("");
    let words: Vec<&str> = first.split_whitespace().collect();
    let n = OWN_EXCERPT_WORDS.min(words.len().saturating_sub(2)).max(1);
    format!("{} […]", words[..n.min(words.len())].join(" "))
}

struct Page {
    record: Record,
    /// The page's own post as a teaser (title, truncated excerpt, date,
    /// url), when the next grid lists it among the host's latest posts.
    own: Option<(String, String, String, String)>,
}

impl Sheet for Page {
    fn record(&mut self) -> &mut Record {
        &mut self.record
    }
    fn fill(&self, template: &str) -> String {
        template.to_string()
    }
}

fn date(rng: &mut Rng, ui: &Ui5) -> String {
    format!(
        "{} {} 2026",
        1 + rng.below(28),
        ui.months[rng.below(ui.months.len())]
    )
}

/// `n` distinct teasers of the host's other posts: `(title, excerpt, date,
/// url)`. Titles repeat only past the list's length (numbered then).
fn teasers(rng: &mut Rng, h: &Host, n: usize) -> Vec<(String, String, String, String)> {
    let mut titles: Vec<&str> = h.ui.titles.to_vec();
    rng.shuffle(&mut titles);
    (0..n)
        .map(|i| {
            let base = titles[i % titles.len()];
            let title = if i < titles.len() {
                base.to_string()
            } else {
                format!("{base} ({})", 1 + i / titles.len())
            };
            let a = rng.below(h.ui.teasers.len());
            let b = (a + 1 + rng.below(h.ui.teasers.len() - 1)) % h.ui.teasers.len();
            let excerpt = format!("{} {}", h.ui.teasers[a], h.ui.teasers[b]);
            let url = format!("{}{}-{}/", h.home, slugify(&title), rng.digits(3));
            (title, excerpt, date(rng, h.ui), url)
        })
        .collect()
}

/// The article's blocks as HTML, and the units a perfect extractor
/// returns.
fn body_blocks(s: &Story5) -> (Vec<String>, Vec<String>) {
    let mut html = Vec::new();
    let mut expected = Vec::new();
    for b in s.blocks {
        match b {
            B5::P(t) => {
                html.push(format!("<p>{}</p>", esc(t)));
                expected.push((*t).to_string());
            }
            B5::List(items) => {
                let mut l = String::from("<ul>");
                for i in *items {
                    l.push_str(&format!("<li>{}</li>", esc(i)));
                    expected.push((*i).to_string());
                }
                l.push_str("</ul>");
                html.push(l);
            }
            B5::Quote(t) => {
                html.push(format!(
                    "<blockquote class=\"wp-block-quote\"><p>{}</p></blockquote>",
                    esc(t)
                ));
                expected.push((*t).to_string());
            }
        }
    }
    (html, expected)
}

fn header(p: &mut Page, rng: &mut Rng, h: &Host, mega: bool) -> String {
    let mut s = format!(
        "<header class=\"site-header\"><div class=\"site-branding\"><a class=\"site-title\" href=\"{}\">{}</a></div><nav class=\"main-navigation\"><ul class=\"menu\">",
        h.home,
        esc(&h.site)
    );
    for m in h.ui.menu {
        s.push_str(&format!(
            "<li class=\"menu-item\"><a href=\"{}{}/\">{}</a>",
            h.home,
            slugify(m),
            m
        ));
        if mega && rng.chance(50) {
            s.push_str("<div class=\"td-mega-menu sub-menu\"><div class=\"td-mega-grid\">");
            for (t, _, d, u) in teasers(rng, h, 4) {
                s.push_str(&format!(
                    "<div class=\"td_module_mega_menu\"><h3 class=\"entry-title\"><a href=\"{u}\">{}</a></h3><time>{d}</time></div>",
                    esc(&t)
                ));
            }
            s.push_str("</div></div>");
        }
        s.push_str("</li>");
    }
    s.push_str("</ul></nav></header>\n");
    p.noise(Kind::Header, s)
}

fn footer(p: &mut Page, h: &Host) -> String {
    let s = format!(
        "<footer class=\"site-footer\"><p>© 2026 {}. {}</p></footer>\n",
        esc(&h.site),
        h.ui.rights
    );
    p.noise(Kind::Footer, s)
}

/// A grid of `n` excerpts in a builder's markup (`style`), under
/// `heading` unless it is empty.
fn grid(p: &mut Page, rng: &mut Rng, h: &Host, n: usize, heading: &str, style: &Grid) -> String {
    let mut s = String::from(style.open);
    if !heading.is_empty() {
        s.push_str(&format!("<h2 class=\"widget-title\">{heading}</h2>"));
    }
    let mut cards = teasers(rng, h, n);
    if let Some(own) = p.own.take() {
        let at = rng.below(cards.len().min(3) + 1);
        cards.insert(at, own);
    }
    for (t, e, d, u) in cards {
        s.push_str(&(style.card)(&esc(&t), &esc(&e), &d, &u));
    }
    s.push_str(style.close);
    s.push('\n');
    p.noise(Kind::PostGrid, s)
}

/// A grid of excerpts as a builder prints it: its wrapper and a card of
/// title, excerpt, date and link (all escaped).
struct Grid {
    open: &'static str,
    close: &'static str,
    card: fn(&str, &str, &str, &str) -> String,
}

/// Elementor's posts widget.
const ELEMENTOR_POSTS: Grid = Grid {
    open: "<div class=\"elementor-widget elementor-widget-posts\"><div class=\"elementor-posts-container elementor-posts elementor-grid\">",
    close: "</div></div>",
    card: |t, e, d, u| format!("<article class=\"elementor-post elementor-grid-item\"><div class=\"elementor-post__text\"><h3 class=\"elementor-post__title\"><a href=\"{u}\">{t}</a></h3><div class=\"elementor-post__meta-data\"><span class=\"elementor-post-date\">{d}</span></div><div class=\"elementor-post__excerpt\"><p>{e}</p></div></div></article>"),
};

/// Elementor's loop grid.
const ELEMENTOR_LOOP: Grid = Grid {
    open: "<div class=\"elementor-widget elementor-widget-loop-grid\"><div class=\"elementor-loop-container elementor-grid\">",
    close: "</div></div>",
    card: |t, e, d, u| format!("<div class=\"e-loop-item post type-post\"><div class=\"e-con e-child\"><div class=\"elementor-widget elementor-widget-theme-post-title\"><h3 class=\"elementor-heading-title\"><a href=\"{u}\">{t}</a></h3></div><div class=\"elementor-widget elementor-widget-theme-post-excerpt\"><div class=\"elementor-widget-container\">{e}</div></div><div class=\"elementor-widget elementor-widget-post-info\"><span>{d}</span></div></div></div>"),
};

/// Divi's blog module.
const DIVI_BLOG: Grid = Grid {
    open: "<div class=\"et_pb_module et_pb_blog_0_tb_body et_pb_blog_grid_wrapper\"><div class=\"et_pb_blog_grid clearfix\"><div class=\"et_pb_ajax_pagination_container\"><div class=\"et_pb_salvattore_content\">",
    close: "</div></div></div></div>",
    card: |t, e, d, u| format!("<article class=\"et_pb_post clearfix et_pb_blog_item_0_{}\"><h2 class=\"entry-title\"><a href=\"{u}\">{t}</a></h2><p class=\"post-meta\"><span class=\"published\">{d}</span></p><div class=\"post-content\"><div class=\"post-content-inner\"><p>{e}</p></div></div></article>", t.len() % 7),
};

/// WPBakery's sidebar of recent posts with excerpts.
const WPBAKERY_RECENT: Grid = Grid {
    open: "<div class=\"widget widget_recent_entries_excerpts\"><ul>",
    close: "</ul></div>",
    card: |t, e, d, u| {
        format!("<li><a href=\"{u}\">{t}</a><span class=\"post-date\">{d}</span><p>{e}</p></li>")
    },
};

/// WPBakery's post grid.
const WPBAKERY_GRID: Grid = Grid {
    open: "<div class=\"vc_grid-container-wrapper vc_clearfix\"><div class=\"vc_grid-container vc_clearfix wpb_content_element vc_basic_grid\"><div class=\"vc_grid vc_row vc_grid-gutter-30px vc_pageable-wrapper\"><div class=\"vc_pageable-slide-wrapper vc_clearfix\">",
    close: "</div></div></div></div>",
    card: |t, e, d, u| format!("<div class=\"vc_grid-item vc_clearfix vc_col-sm-4\"><div class=\"vc_grid-item-mini vc_clearfix\"><div class=\"vc_gitem-zone vc_gitem-zone-c\"><div class=\"vc_gitem-zone-mini\"><div class=\"vc_custom_heading vc_gitem-post-data vc_gitem-post-data-source-post_title\"><h4><a href=\"{u}\">{t}</a></h4></div><div class=\"vc_gitem-post-data vc_gitem-post-data-source-post_date\"><div>{d}</div></div><div class=\"vc_gitem-post-data vc_gitem-post-data-source-post_excerpt\"><div><p>{e}</p></div></div></div></div></div></div>"),
};

/// A block theme's query loop.
const BLOCK_QUERY: Grid = Grid {
    open: "<div class=\"wp-block-query is-layout-flow\"><ul class=\"wp-block-post-template is-layout-grid columns-3\">",
    close: "</ul></div>",
    card: |t, e, d, u| format!("<li class=\"wp-block-post post type-post status-publish\"><h2 class=\"wp-block-post-title\"><a href=\"{u}\">{t}</a></h2><div class=\"wp-block-post-excerpt\"><p class=\"wp-block-post-excerpt__excerpt\">{e}</p></div><div class=\"wp-block-post-date\"><time>{d}</time></div></li>"),
};

/// Bricks' posts element.
const BRICKS_POSTS: Grid = Grid {
    open: "<div class=\"brxe-posts\"><ul class=\"bricks-layout-wrapper\" data-layout=\"grid\">",
    close: "</ul></div>",
    card: |t, e, d, u| {
        format!("<li class=\"bricks-layout-item repeater-item\"><div class=\"bricks-layout-inner\"><div class=\"content-wrapper\"><h3 class=\"dynamic\"><a href=\"{u}\">{t}</a></h3><div class=\"dynamic\">{d}</div><div class=\"dynamic\">{e}</div></div></div></li>")
    },
};

/// Oxygen's easy posts.
const OXYGEN_POSTS: Grid = Grid {
    open: "<div id=\"_posts_grid-9-12\" class=\"oxy-easy-posts oxy-posts-grid\"><div class=\"oxy-posts\">",
    close: "</div></div>",
    card: |t, e, d, u| format!("<div class=\"oxy-post\"><a class=\"oxy-post-title\" href=\"{u}\">{t}</a><div class=\"oxy-post-meta\"><div class=\"oxy-post-meta-date oxy-post-meta-item\">{d}</div></div><div class=\"oxy-post-content\"><p>{e}</p></div></div>"),
};

/// A magazine theme's big grid.
const MAGAZINE_BIG_GRID: Grid = Grid {
    open: "<div class=\"td_block_wrap td_block_big_grid_fl\"><div class=\"td-big-grid-wrapper\">",
    close: "</div></div>",
    card: |t, e, d, u| {
        format!("<div class=\"td_module_mx5 td-animation-stack td-big-grid-post\"><div class=\"td-module-meta-info\"><h3 class=\"entry-title td-module-title\"><a href=\"{u}\">{t}</a></h3><span class=\"td-post-date\">{d}</span><div class=\"td-excerpt\">{e}</div></div></div>")
    },
};

/// A magazine theme's sidebar block.
const MAGAZINE_BLOCK: Grid = Grid {
    open: "<div class=\"td_block_wrap td_block_7 td_block_widget\"><div class=\"td_block_inner\">",
    close: "</div></div>",
    card: |t, e, d, u| {
        format!("<div class=\"td_module_6 td_module_wrap\"><div class=\"item-details\"><h3 class=\"entry-title td-module-title\"><a href=\"{u}\">{t}</a></h3><div class=\"td-module-meta-info\"><span class=\"td-post-date\">{d}</span></div><div class=\"td-excerpt\">{e}</div></div></div>")
    },
};

/// Blogger's popular posts.
const BLOGGER_POPULAR: Grid = Grid {
    open: "<div class=\"widget PopularPosts\" id=\"PopularPosts1\"><div class=\"widget-content popular-posts\"><ul>",
    close: "</ul></div></div>",
    card: |t, e, _d, u| format!("<li><div class=\"item-content\"><div class=\"item-title\"><a href=\"{u}\">{t}</a></div><div class=\"item-snippet\">{e}</div></div><div style=\"clear: both;\"></div></li>"),
};

/// SiteOrigin's post carousel.
const SITEORIGIN_CAROUSEL: Grid = Grid {
    open: "<div class=\"sow-carousel-wrapper\"><ul class=\"sow-carousel-items\">",
    close: "</ul></div>",
    card: |t, e, d, u| {
        format!("<li class=\"sow-carousel-item\"><h3><a href=\"{u}\">{t}</a></h3><span class=\"sow-carousel-date\">{d}</span><p>{e}</p></li>")
    },
};

fn trending(p: &mut Page, rng: &mut Rng, h: &Host) -> String {
    if !h.trending {
        return String::new();
    }
    let mut s = format!(
        "<aside class=\"widget widget_trending\"><h3 class=\"widget-title\">{}</h3><ol>",
        h.ui.trending
    );
    let k = 5 + rng.below(4);
    for (t, _, _, u) in teasers(rng, h, k) {
        s.push_str(&format!(
            "<li><a href=\"{u}\">{}</a> <span class=\"views\">{} {}</span></li>",
            esc(&t),
            100 + rng.below(9000),
            h.ui.views
        ));
    }
    s.push_str("</ol></aside>\n");
    p.noise(Kind::Sidebar, s)
}

fn related(p: &mut Page, rng: &mut Rng, h: &Host) -> String {
    if !h.related {
        return String::new();
    }
    let mut s = format!(
        "<div class=\"related-posts swiper\"><h3 class=\"related-title\">{}</h3><div class=\"swiper-wrapper\">",
        h.ui.related
    );
    let k = 4 + rng.below(5);
    for (t, e, d, u) in teasers(rng, h, k) {
        s.push_str(&format!(
            "<div class=\"swiper-slide related-item\"><a href=\"{u}\"><h4>{}</h4></a><p>{}</p><time>{d}</time></div>",
            esc(&t),
            esc(&e)
        ));
    }
    s.push_str("</div></div>\n");
    p.noise(Kind::RelatedPosts, s)
}

fn comments(p: &mut Page, rng: &mut Rng, h: &Host, blogger: bool) -> String {
    if !h.comments {
        return String::new();
    }
    let n = 2 + rng.below(h.ui.comment_texts.len() - 1);
    let mut texts: Vec<&str> = h.ui.comment_texts.to_vec();
    rng.shuffle(&mut texts);
    let mut s = if blogger {
        format!(
            "<div class=\"comments\" id=\"comments\"><h4>{n} {}:</h4><div class=\"comments-content\"><div class=\"comment-thread\"><ol>",
            h.ui.comments
        )
    } else {
        format!(
            "<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">{n} {}</h2><ol class=\"comment-list\">",
            h.ui.comments
        )
    };
    for t in texts.iter().take(n) {
        let who = rng.pick_str(h.ui.commenters);
        let d = date(rng, h.ui);
        if blogger {
            s.push_str(&format!(
                "<li class=\"comment\"><div class=\"comment-block\"><div class=\"comment-header\"><cite class=\"user\">{}</cite> <span class=\"datetime\">{d}</span></div><p class=\"comment-content\">{}</p><span class=\"comment-actions\"><a href=\"#\">{}</a></span></div></li>",
                esc(who),
                esc(t),
                h.ui.reply
            ));
        } else {
            s.push_str(&format!(
                "<li class=\"comment\"><article class=\"comment-body\"><footer class=\"comment-meta\"><b class=\"fn\">{}</b> <time>{d}</time></footer><div class=\"comment-content\"><p>{}</p></div><div class=\"reply\"><a class=\"comment-reply-link\" href=\"#\">{}</a></div></article></li>",
                esc(who),
                esc(t),
                h.ui.reply
            ));
        }
    }
    s.push_str(if blogger {
        "</ol></div></div></div>\n"
    } else {
        "</ol></div>\n"
    });
    p.noise(Kind::Comments, s)
}

fn meta(p: &mut Page, d: &str, class: &str) -> String {
    p.noise(
        Kind::PostMeta,
        format!("<div class=\"{class}\"><time>{d}</time></div>"),
    )
}

/// The page's `<body>` for the layout.
fn body(p: &mut Page, rng: &mut Rng, h: &Host, s: &Story5, blocks: &[String]) -> String {
    let title = esc(s.title);
    let d = date(rng, h.ui);
    let joined = blocks.join("\n");
    let mut out = String::new();
    match h.layout {
        Layout::Elementor => {
            out.push_str(&header(p, rng, h, false));
            let wrap = |inner: &str| {
                if h.variant == 0 {
                    format!("<div class=\"elementor-widget-container\">{inner}</div>")
                } else {
                    inner.to_string()
                }
            };
            out.push_str("<div data-elementor-type=\"single-post\" class=\"elementor elementor-412 elementor-location-single post type-post\">\n<div class=\"elementor-element e-flex e-con-boxed e-con e-parent\" data-element_type=\"container\"><div class=\"e-con-inner\">\n<div class=\"elementor-element e-con-full e-flex e-con e-child\" data-element_type=\"container\">");
            out.push_str(&format!(
                "<div class=\"elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading\">{}</div>",
                wrap(&format!("<h1 class=\"elementor-heading-title elementor-size-default\">{title}</h1>"))
            ));
            let m = meta(p, &d, "elementor-post-info");
            out.push_str(&format!(
                "<div class=\"elementor-element elementor-widget elementor-widget-post-info\">{}</div>",
                wrap(&m)
            ));
            out.push_str(&format!(
                "<div class=\"elementor-element elementor-widget elementor-widget-theme-post-content\" data-widget_type=\"theme-post-content.default\">{}</div>\n",
                wrap(&joined)
            ));
            let rel = related(p, rng, h);
            out.push_str(&rel);
            out.push_str("</div>\n<div class=\"elementor-element e-con-full e-flex e-con e-child\" data-element_type=\"container\">");
            let tr = trending(p, rng, h);
            out.push_str(&tr);
            let k = 6 + rng.below(6);
            out.push_str(&grid(p, rng, h, k, h.ui.latest, &ELEMENTOR_POSTS));
            out.push_str("</div>\n</div></div>\n<div class=\"elementor-element e-flex e-con-boxed e-con e-parent\"><div class=\"e-con-inner\">");
            out.push_str(&grid(p, rng, h, h.grid, h.ui.read_more, &ELEMENTOR_LOOP));
            out.push_str("</div></div>\n");
            let c = comments(p, rng, h, false);
            out.push_str(&c);
            out.push_str("</div>\n");
            out.push_str(&footer(p, h));
        }
        Layout::Divi => {
            out.push_str(&header(p, rng, h, false));
            out.push_str("<div id=\"et-main-area\"><div id=\"main-content\"><div class=\"et-l et-l--body\"><div class=\"et_builder_inner_content et_pb_gutters3\">\n<div class=\"et_pb_section et_pb_section_0_tb_body et_section_regular\"><div class=\"et_pb_row et_pb_row_0_tb_body\"><div class=\"et_pb_column et_pb_column_2_3 et_pb_column_0_tb_body\">");
            out.push_str(&format!(
                "<div class=\"et_pb_module et_pb_post_title et_pb_post_title_0_tb_body\"><div class=\"et_pb_title_container\"><h1 class=\"entry-title\">{title}</h1>{}</div></div>",
                meta(p, &d, "et_pb_title_meta_container")
            ));
            if h.variant == 0 {
                // The post as sibling text modules, one per block.
                for (i, b) in blocks.iter().enumerate() {
                    out.push_str(&format!(
                        "<div class=\"et_pb_module et_pb_text et_pb_text_{i} et_pb_text_align_left et_pb_bg_layout_light\"><div class=\"et_pb_text_inner\">{b}</div></div>\n"
                    ));
                }
            } else {
                out.push_str(&format!(
                    "<div class=\"et_pb_module et_pb_post_content et_pb_post_content_0_tb_body\">{joined}</div>\n"
                ));
            }
            let c = comments(p, rng, h, false);
            out.push_str(&format!(
                "<div class=\"et_pb_module et_pb_comments_0_tb_body et_pb_comments_module\">{c}</div>"
            ));
            out.push_str("</div><div class=\"et_pb_column et_pb_column_1_3 et_pb_column_1_tb_body\"><div class=\"et_pb_module et_pb_sidebar_0_tb_body et_pb_widget_area\">");
            let tr = trending(p, rng, h);
            out.push_str(&tr);
            out.push_str("</div></div></div></div>\n<div class=\"et_pb_section et_pb_section_1_tb_body\"><div class=\"et_pb_row\"><div class=\"et_pb_column et_pb_column_4_4\">");
            out.push_str(&grid(p, rng, h, h.grid, "", &DIVI_BLOG));
            out.push_str("</div></div></div>\n");
            let rel = related(p, rng, h);
            out.push_str(&rel);
            out.push_str("</div></div></div></div>\n");
            out.push_str(&footer(p, h));
        }
        Layout::WpBakery => {
            out.push_str(&header(p, rng, h, false));
            out.push_str(&format!(
                "<div id=\"main\"><div class=\"container\"><h1 class=\"page-title\">{title}</h1>{}\n<div class=\"vc_row wpb_row vc_row-fluid\"><div class=\"wpb_column vc_column_container vc_col-sm-8\"><div class=\"vc_column-inner\"><div class=\"wpb_wrapper\">",
                meta(p, &d, "post-meta")
            ));
            // The post as several sibling text columns.
            let n = 1 + rng.below(blocks.len().min(3));
            let per = blocks.len().div_ceil(n);
            for chunk in blocks.chunks(per.max(1)) {
                out.push_str(&format!(
                    "<div class=\"wpb_text_column wpb_content_element\"><div class=\"wpb_wrapper\">{}</div></div>\n",
                    chunk.join("\n")
                ));
            }
            let c = comments(p, rng, h, false);
            out.push_str(&c);
            out.push_str("</div></div></div><div class=\"wpb_column vc_column_container vc_col-sm-4\"><div class=\"vc_column-inner\"><div class=\"wpb_wrapper\"><div class=\"wpb_widgetised_column wpb_content_element\">");
            let tr = trending(p, rng, h);
            out.push_str(&tr);
            let k = 6 + rng.below(4);
            out.push_str(&grid(p, rng, h, k, h.ui.latest, &WPBAKERY_RECENT));
            out.push_str("</div></div></div></div></div>\n<div class=\"vc_row wpb_row vc_row-fluid\"><div class=\"wpb_column vc_column_container vc_col-sm-12\"><div class=\"vc_column-inner\"><div class=\"wpb_wrapper\">");
            out.push_str(&grid(p, rng, h, h.grid, h.ui.related, &WPBAKERY_GRID));
            out.push_str("</div></div></div></div></div></div>\n");
            out.push_str(&footer(p, h));
        }
        Layout::BlockTheme => {
            out.push_str("<div class=\"wp-site-blocks\">");
            let hd = header(p, rng, h, false);
            out.push_str(&format!(
                "<header class=\"wp-block-template-part\">{hd}</header>"
            ));
            out.push_str(&format!(
                "<main class=\"wp-block-group is-layout-constrained\"><div class=\"wp-block-group\"><h1 class=\"wp-block-post-title\">{title}</h1><div class=\"wp-block-post-date\">{}</div></div>\n",
                meta(p, &d, "wp-block-post-date__inner")
            ));
            out.push_str(&format!(
                "<div class=\"entry-content wp-block-post-content is-layout-constrained\">{joined}</div>\n"
            ));
            let c = comments(p, rng, h, false);
            out.push_str(&format!("<div class=\"wp-block-comments\">{c}</div>"));
            out.push_str(&grid(p, rng, h, h.grid, h.ui.latest, &BLOCK_QUERY));
            let tr = trending(p, rng, h);
            out.push_str(&tr);
            out.push_str("</main>\n");
            let f = footer(p, h);
            out.push_str(&format!(
                "<footer class=\"wp-block-template-part\">{f}</footer></div>\n"
            ));
        }
        Layout::Bricks => {
            out.push_str(&header(p, rng, h, false));
            out.push_str(&format!(
                "<main id=\"brx-content\"><section class=\"brxe-section brxe-rtpdzs\"><div class=\"brxe-container brxe-kqvwno\"><h1 class=\"brxe-heading brxe-post-title\">{title}</h1>{}\n",
                meta(p, &d, "brxe-post-meta")
            ));
            if h.variant == 0 {
                out.push_str(&format!(
                    "<div class=\"brxe-post-content brxe-wzhgkc\">{joined}</div>\n"
                ));
            } else {
                for b in blocks {
                    out.push_str(&format!(
                        "<div class=\"brxe-text-basic brxe-{}\">{b}</div>\n",
                        rng.digits(6)
                    ));
                }
            }
            let c = comments(p, rng, h, false);
            out.push_str(&c);
            out.push_str(
                "</div></section>\n<section class=\"brxe-section\"><div class=\"brxe-container\">",
            );
            out.push_str(&grid(p, rng, h, h.grid, h.ui.latest, &BRICKS_POSTS));
            let tr = trending(p, rng, h);
            out.push_str(&tr);
            let rel = related(p, rng, h);
            out.push_str(&rel);
            out.push_str("</div></section></main>\n");
            out.push_str(&footer(p, h));
        }
        Layout::Oxygen => {
            out.push_str(&header(p, rng, h, false));
            out.push_str(&format!(
                "<section id=\"section-2-12\" class=\"ct-section\"><div class=\"ct-section-inner-wrap\"><h1 id=\"headline-3-12\" class=\"ct-headline\"><span id=\"span-4-12\" class=\"ct-span\">{title}</span></h1>{}\n",
                meta(p, &d, "ct-text-block post-date")
            ));
            if h.variant == 0 {
                out.push_str(&format!(
                    "<div id=\"inner_content-5-12\" class=\"ct-inner-content\">{joined}</div>\n"
                ));
            } else {
                out.push_str(&format!(
                    "<div id=\"text_block-5-12\" class=\"ct-text-block\"><div id=\"span-6-12\" class=\"ct-span oxy-stock-content-styles\">{joined}</div></div>\n"
                ));
            }
            out.push_str("</div></section>\n<section id=\"section-8-12\" class=\"ct-section\"><div class=\"ct-section-inner-wrap\">");
            out.push_str(&grid(p, rng, h, h.grid, "", &OXYGEN_POSTS));
            let tr = trending(p, rng, h);
            out.push_str(&tr);
            let c = comments(p, rng, h, false);
            out.push_str(&c);
            out.push_str("</div></section>\n");
            out.push_str(&footer(p, h));
        }
        Layout::Magazine => {
            let mut tk = String::from(
                "<div class=\"td-trending-now-wrapper\"><div class=\"td-trending-now-title\">",
            );
            tk.push_str(h.ui.trending);
            tk.push_str("</div><div class=\"td-trending-now-display-area\">");
            for (t, _, _, u) in teasers(rng, h, 5) {
                tk.push_str(&format!(
                    "<div class=\"td_module_trending_now\"><h3 class=\"entry-title\"><a href=\"{u}\">{}</a></h3></div>",
                    esc(&t)
                ));
            }
            tk.push_str("</div></div>\n");
            out.push_str(&p.noise(Kind::NewsTicker, tk));
            out.push_str(&header(p, rng, h, true));
            let k = 4 + rng.below(2);
            out.push_str(&grid(p, rng, h, k, "", &MAGAZINE_BIG_GRID));
            out.push_str("<div class=\"td-main-content-wrap td-container-wrap\"><div class=\"td-container\"><div class=\"td-pb-row\"><div class=\"td-pb-span8 td-main-content\"><div class=\"td-ss-main-content\">");
            out.push_str(&format!(
                "<article class=\"post type-post\"><div class=\"td-post-header\"><header class=\"td-post-title\"><h1 class=\"entry-title\">{title}</h1>{}</header></div>\n<div class=\"td-post-content tagdiv-type\">{joined}</div>\n</article>",
                meta(p, &d, "td-module-meta-info")
            ));
            let rel = related(p, rng, h);
            out.push_str(&rel);
            let c = comments(p, rng, h, false);
            out.push_str(&c);
            out.push_str("</div></div><div class=\"td-pb-span4 td-main-sidebar\"><div class=\"td-ss-main-sidebar\">");
            out.push_str(&grid(p, rng, h, h.grid, h.ui.latest, &MAGAZINE_BLOCK));
            let tr = trending(p, rng, h);
            out.push_str(&tr);
            out.push_str("</div></div></div></div></div>\n");
            out.push_str(&footer(p, h));
        }
        Layout::Blogger => {
            out.push_str(&format!(
                "<div class=\"header-outer\"><div class=\"header section\" id=\"header\"><div class=\"widget Header\" id=\"Header1\">{}</div></div></div>\n",
                header(p, rng, h, false)
            ));
            out.push_str("<div class=\"main-outer\"><div class=\"main-inner\"><div class=\"columns\"><div class=\"column-center-outer\"><div class=\"column-center-inner\"><div class=\"main section\" id=\"main\"><div class=\"widget Blog\" id=\"Blog1\"><div class=\"blog-posts hfeed\"><div class=\"date-outer\">");
            out.push_str(&format!(
                "<h2 class=\"date-header\"><span>{}</span></h2>",
                p.noise(Kind::PostMeta, d.clone())
            ));
            let id = rng.digits(18);
            out.push_str(&format!(
                "<div class=\"date-posts\"><div class=\"post-outer\"><div class=\"post hentry uncustomized-post-template\"><h3 class=\"post-title entry-title\">{title}</h3><div class=\"post-header\"></div><div class=\"post-body entry-content\" id=\"post-body-{id}\">{joined}<div style=\"clear: both;\"></div></div></div>\n"
            ));
            let c = comments(p, rng, h, true);
            out.push_str(&c);
            out.push_str("</div></div></div></div></div></div></div></div>\n<div class=\"column-right-outer\"><div class=\"column-right-inner\"><aside><div class=\"sidebar section\" id=\"sidebar-right-1\">");
            out.push_str(&grid(p, rng, h, h.grid, h.ui.popular, &BLOGGER_POPULAR));
            let tr = trending(p, rng, h);
            out.push_str(&tr);
            out.push_str("</div></aside></div></div></div></div></div>\n");
            out.push_str(&footer(p, h));
        }
        Layout::SiteOrigin => {
            out.push_str(&header(p, rng, h, false));
            out.push_str(&format!(
                "<div id=\"content\" class=\"site-content\"><article class=\"post type-post\"><header class=\"entry-header\"><h1 class=\"entry-title\">{title}</h1>{}</header><div class=\"entry-content\"><div id=\"pl-{}\" class=\"panel-layout\"><div class=\"panel-grid panel-has-style\"><div class=\"panel-row-style panel-row-style-for-12-0\"><div class=\"panel-grid-cell\">",
                meta(p, &d, "entry-meta"),
                rng.digits(3)
            ));
            for (i, b) in blocks.iter().enumerate() {
                out.push_str(&format!(
                    "<div class=\"so-panel widget widget_sow-editor panel-first-child\" data-index=\"{i}\"><div class=\"so-widget-sow-editor so-widget-sow-editor-base\"><div class=\"siteorigin-widget-tinymce textwidget\">{b}</div></div></div>\n"
                ));
            }
            out.push_str("</div></div></div>\n<div class=\"panel-grid\"><div class=\"panel-grid-cell\"><div class=\"so-panel widget widget_sow-post-carousel\">");
            out.push_str(&grid(p, rng, h, h.grid, h.ui.related, &SITEORIGIN_CAROUSEL));
            out.push_str("</div></div></div></div></div></article>\n");
            let c = comments(p, rng, h, false);
            out.push_str(&c);
            let tr = trending(p, rng, h);
            out.push_str(&format!(
                "<div id=\"secondary\" class=\"widget-area\">{tr}</div>"
            ));
            out.push_str("</div>\n");
            out.push_str(&footer(p, h));
        }
    }
    out
}

fn page(rng: &mut Rng, h: &Host, s: &'static Story5, id: usize, group: usize) -> Composition {
    let url = format!("{}{}/", h.home, s.slug);
    let own = h.lists_own.then(|| {
        (
            s.title.to_string(),
            own_excerpt(s),
            date(rng, h.ui),
            url.clone(),
        )
    });
    let mut p = Page {
        record: Record::default(),
        own,
    };
    let (blocks, expected) = body_blocks(s);
    let b = body(&mut p, rng, h, s, &blocks);
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} – {}</title>\n<meta property=\"og:title\" content=\"{}\">\n<meta property=\"og:type\" content=\"article\">\n{}<link rel=\"canonical\" href=\"{url}\">\n</head>\n<body class=\"single single-post\">\n{b}</body>\n</html>\n",
        h.ui.html_lang,
        esc(s.title),
        esc(&h.site),
        esc(s.title),
        og_site_name(true, &h.site),
    );
    Composition {
        id,
        host_group: group,
        theme: h.layout.name(),
        lang: h.ui.lang,
        url,
        html,
        expected,
        source_url: None,
        source_name: None,
        site_name: h.site.clone(),
        credit: None,
        credit_plugin: None,
        credit_pos: None,
        host_tagline: None,
        tagline_in_header: false,
        noise: p.record.noise,
        site_signals: "title suffix + header + og:site_name".to_string(),
        ends_on_heading: false,
    }
}

/// `count` pages at least (whole hosts), host groups from `first_group`.
pub fn generate_families5(
    count: usize,
    seed: u64,
    first_id: usize,
    first_group: usize,
) -> Vec<Composition> {
    hosts(count, seed, first_id, first_group, |rng, id, group| {
        let ui = rng.pick(UIS);
        let (site, home) = site_and_home(rng, SITE_FIRST, SITE_SECOND, TLDS);
        let h = Host {
            site,
            home,
            layout: *rng.pick(LAYOUTS),
            ui,
            grid: 6 + rng.below(25),
            comments: rng.chance(60),
            trending: rng.chance(70),
            related: rng.chance(60),
            variant: rng.below(2),
            lists_own: rng.chance(40),
        };
        let mut stories: Vec<&'static Story5> =
            STORIES5.iter().filter(|s| s.lang == ui.lang).collect();
        rng.shuffle(&mut stories);
        let pages = (2 + rng.below(3)).min(stories.len());
        let stories = stories.into_iter().take(pages).enumerate();
        stories
            .map(|(i, s)| page(rng, &h, s, id + i, group))
            .collect()
    })
}

/// The set's own consistency: every page passes the shared check, every
/// layout and language appears, and every page has at least one grid of
/// six or more excerpts.
pub fn self_check(set: &[Composition]) -> Result<(), String> {
    for c in set {
        check(c)?;
        let excerpts = c.noise.iter().filter(|(k, _)| *k == Kind::PostGrid).count();
        if excerpts < 12 {
            return Err(format!("composition {}: fewer than six excerpts", c.id));
        }
        if c.expected.is_empty() {
            return Err(format!("composition {}: empty article", c.id));
        }
        if ui5(c.lang).lang != c.lang {
            return Err(format!("composition {}: no interface words", c.id));
        }
    }
    if set.len() >= 100 {
        for l in LAYOUTS {
            if !set.iter().any(|c| c.theme == l.name()) {
                return Err(format!("layout {} never drawn", l.name()));
            }
        }
        for u in UIS {
            if !set.iter().any(|c| c.lang == u.lang) {
                return Err(format!("language {} never drawn", u.html_lang));
            }
        }
    }
    Ok(())
}
