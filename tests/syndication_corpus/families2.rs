//! The second held-out family set (issue 16's held-out check): themes,
//! page builders, autoblog credits, widgets and article bodies that neither
//! the base generator (`gen.rs`) nor the first families (`families.rs`)
//! have, written without reading the stripper. Drawn from its own stream
//! (the seed mixed with [`FAMILIES2_SEED_SALT`]), so the base draw and the
//! first families are unchanged. The vocabulary is in `families2_vocab.rs`.
//!
//! Expectations follow the base generator's: the article is its story
//! blocks (headings, paragraphs, list items, quotes and, new here, table
//! cells, one unit each); the headline, image captions (here: file names
//! only; no descriptive captions, so no judgment call on photo credits),
//! bylines, dates and every widget are not. The site's name is the host's.

use super::families2_vocab::*;
use super::page::{
    bare_domain, check, credit_pos as credit_pos_of, credit_source, draw, esc, fill, finish,
    inline_text, menu, modules, og_site_name, place_credit, render_items, slugify, story_items,
    Block, Composition, Draw, Item, Kind, Pieces, Record, Rng, Sheet, Slots, Slugged,
};
use super::vocab::{Credit, Lang};

/// Mixed into the seed for this set's stream ("fam2redt" in ASCII).
pub const FAMILIES2_SEED_SALT: u64 = 0x6661_6D32_7265_6474;

/// Themes, page builders and platforms of the set (none of them is in
/// `gen.rs` or `families.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T2 {
    JNews,
    Publisher,
    GenesisMagPro,
    OceanWp,
    Neve,
    Flatsome,
    Brizy,
    Spectra,
    Zeen,
    Blocksy,
    MhMagazine,
    Tumblr,
    Tilda,
    Webflow,
    BloggerNotable,
    JekyllMinima,
    AmpForWp,
}

pub const F2_THEMES: &[T2] = &[
    T2::JNews,
    T2::Publisher,
    T2::GenesisMagPro,
    T2::OceanWp,
    T2::Neve,
    T2::Flatsome,
    T2::Brizy,
    T2::Spectra,
    T2::Zeen,
    T2::Blocksy,
    T2::MhMagazine,
    T2::Tumblr,
    T2::Tilda,
    T2::Webflow,
    T2::BloggerNotable,
    T2::JekyllMinima,
    T2::AmpForWp,
];

impl T2 {
    pub fn name(self) -> &'static str {
        match self {
            T2::JNews => "f2-jnews",
            T2::Publisher => "f2-publisher-betterstudio",
            T2::GenesisMagPro => "f2-genesis-magazine-pro",
            T2::OceanWp => "f2-oceanwp",
            T2::Neve => "f2-neve",
            T2::Flatsome => "f2-flatsome-ux",
            T2::Brizy => "f2-brizy",
            T2::Spectra => "f2-spectra-blocks",
            T2::Zeen => "f2-zeen",
            T2::Blocksy => "f2-blocksy",
            T2::MhMagazine => "f2-mh-magazine",
            T2::Tumblr => "f2-tumblr",
            T2::Tilda => "f2-tilda",
            T2::Webflow => "f2-webflow",
            T2::BloggerNotable => "f2-blogger-notable",
            T2::JekyllMinima => "f2-jekyll-minima",
            T2::AmpForWp => "f2-ampforwp",
        }
    }

    fn is_wordpress(self) -> bool {
        !matches!(
            self,
            T2::Tumblr | T2::Tilda | T2::Webflow | T2::BloggerNotable | T2::JekyllMinima
        )
    }

    fn mode(self, rng: &mut Rng) -> M {
        match self {
            T2::Tilda => M::Br,
            T2::BloggerNotable => {
                if rng.chance(50) {
                    M::Divs
                } else {
                    M::Br
                }
            }
            T2::Brizy => M::Brizy,
            T2::Spectra | T2::Blocksy | T2::Neve => M::Gutenberg,
            _ => {
                if rng.chance(40) {
                    M::Gutenberg
                } else {
                    M::Html
                }
            }
        }
    }
}

/// Credits only WordPress plugins print.
const WP_ONLY_CREDITS: &[&str] = &[
    "f2-wp-embed-card",
    "en-feedwordpress-syndicated",
    "en-wpra-table",
    "en-cyberseo-sourced",
    "en-feedzy-curated",
];

/// Widgets only WordPress plugins print.
const WP_ONLY_WIDGETS: &[&str] = &[
    "grow-socialpug",
    "novashare",
    "usm-icons",
    "monarch-inline",
    "mailpoet",
    "jetpack-subscribe",
    "ad-inserter-label",
    "advanced-ads",
    "jnews-inline-ad",
];

/// How story blocks are printed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum M {
    Html,
    Gutenberg,
    Br,
    Divs,
    Brizy,
}

/// This set's markup for story blocks, per body mode.
impl Block for S {
    type Mode = M;

    fn render(&self, mode: M, h: &str, pre: &str, suf: &str) -> String {
        let table = |rows: &[&[&str]], open: &str, close: &str| {
            let mut s = open.to_string();
            for (i, r) in rows.iter().enumerate() {
                if i == 0 && mode != M::Divs {
                    s.push_str("<thead><tr>");
                    for c in *r {
                        s.push_str(&format!("<th>{c}</th>"));
                    }
                    s.push_str("</tr></thead><tbody>");
                } else {
                    s.push_str("<tr>");
                    for c in *r {
                        s.push_str(&format!("<td>{c}</td>"));
                    }
                    s.push_str("</tr>");
                }
            }
            if mode != M::Divs {
                s.push_str("</tbody>");
            }
            s.push_str("</table>");
            s.push_str(close);
            s
        };
        let list = |tag: &str, class: &str, xs: &[&str]| {
            let mut s = format!("<{tag}{class}>");
            for x in xs {
                s.push_str(&format!("<li>{x}</li>"));
            }
            s.push_str(&format!("</{tag}>"));
            s
        };
        match (self, mode) {
            (S::P(t), M::Html | M::Gutenberg) => format!("<p>{pre}{t}{suf}</p>"),
            (S::P(t), M::Br) => format!("{pre}{t}{suf}<br><br>"),
            (S::P(t), M::Divs) => format!("<div>{pre}{t}{suf}</div><div><br></div>"),
            (S::P(t), M::Brizy) => format!("<p class=\"brz-tp-lg-paragraph brz-text-lg-left\"><span class=\"brz-cp-color2\">{pre}{t}{suf}</span></p>"),
            (S::H(t), M::Gutenberg) => format!("<{h} class=\"wp-block-heading\">{t}</{h}>"),
            (S::H(t), M::Br) => format!("<b>{t}</b><br>"),
            (S::H(t), M::Divs) => format!("<h3 style=\"text-align: left;\">{t}</h3>"),
            (S::H(t), M::Brizy) => format!("<h2 class=\"brz-tp-lg-heading2 brz-text-lg-left\"><span class=\"brz-cp-color2\">{t}</span></h2>"),
            (S::H(t), M::Html) => format!("<{h}>{t}</{h}>"),
            (S::Ul(xs), M::Gutenberg) => list("ul", " class=\"wp-block-list\"", xs),
            (S::Ol(xs), M::Gutenberg) => list("ol", " class=\"wp-block-list\"", xs),
            (S::Ul(xs), _) => list("ul", "", xs),
            (S::Ol(xs), _) => list("ol", "", xs),
            (S::Q(t), M::Gutenberg) => format!("<blockquote class=\"wp-block-quote is-layout-flow wp-block-quote-is-layout-flow\"><p>{t}</p></blockquote>"),
            (S::Q(t), M::Br | M::Divs) => format!("<blockquote>{t}</blockquote>"),
            (S::Q(t), _) => format!("<blockquote><p>{t}</p></blockquote>"),
            (S::T(rows), M::Gutenberg) => table(rows, "<figure class=\"wp-block-table\"><table class=\"has-fixed-layout\">", "</figure>"),
            (S::T(rows), M::Divs) => table(rows, "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse: collapse;\"><tbody>", ""),
            (S::T(rows), _) => table(rows, "<table class=\"table\">", ""),
        }
    }

    fn is_paragraph(&self) -> bool {
        matches!(self, S::P(_))
    }

    fn expected(&self, out: &mut Vec<String>) {
        match self {
            S::P(t) | S::H(t) | S::Q(t) => out.push(inline_text(t)),
            S::Ul(xs) | S::Ol(xs) => out.extend(xs.iter().map(|x| inline_text(x))),
            S::T(rows) => {
                for r in *rows {
                    out.extend(r.iter().map(|c| inline_text(c)));
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Hosts and pages
// ---------------------------------------------------------------------------

struct Host2 {
    name: &'static str,
    bare: &'static str,
    lang: Lang,
    theme: T2,
    ui: &'static Ui2,
    home: String,
    domain: String,
    mode: M,
    heading: &'static str,
    staff: &'static str,
    credit: Option<&'static Credit>,
    credit_pref: u32,
    credit_twice: bool,
    tagline: Option<&'static str>,
    tagline_top: bool,
    tagline_in_header: bool,
    chat: Option<&'static str>,
    chat_in_content: bool,
    consent: Option<&'static str>,
    consent_top: bool,
    push: Option<&'static str>,
    share: Option<&'static str>,
    share_pos: u32,
    newsletter: Option<&'static str>,
    nl_pos: u32,
    sponsored: Option<&'static str>,
    ads: Option<&'static str>,
    follow: Option<&'static str>,
    follow_top: bool,
    disclaimer: Option<&'static str>,
    disclaimer_top: bool,
    self_promo: Option<&'static str>,
    name_line: Option<&'static str>,
    promo_box: Option<&'static str>,
    author_box: bool,
    also_read: u32,
    comments: u32,
    og: bool,
    jsonld: bool,
    title_sep: &'static str,
    logo_img: bool,
}

struct Page2<'a> {
    host: &'a Host2,
    story: &'static Story2,
    url: String,
    date: String,
    iso: String,
    year: usize,
    category: &'static str,
    others: Vec<&'static Story2>,
    original_url: String,
    outlet: (&'static str, &'static str),
    author: &'static str,
    n: u64,
    rec: Record,
}

impl Sheet for Page2<'_> {
    fn record(&mut self) -> &mut Record {
        &mut self.rec
    }

    fn fill(&self, t: &str) -> String {
        let ui = self.host.ui;
        let pairs: [(&str, String); 40] = [
            (
                "{share_url}",
                self.url.replace(':', "%3A").replace('/', "%2F"),
            ),
            ("{share}", ui.share.to_string()),
            ("{nl_title}", ui.nl_title.to_string()),
            ("{nl_text}", ui.nl_text.to_string()),
            ("{nl_ph}", ui.nl_ph.to_string()),
            ("{nl_btn}", ui.nl_btn.to_string()),
            ("{ck_msg}", ui.ck_msg.to_string()),
            ("{ck_ok}", ui.ck_ok.to_string()),
            ("{ck_no}", ui.ck_no.to_string()),
            ("{ck_prefs}", ui.ck_prefs.to_string()),
            ("{chat_hi}", ui.chat_hi.to_string()),
            ("{chat_cta}", ui.chat_cta.to_string()),
            ("{chat_ph}", ui.chat_ph.to_string()),
            ("{push_text}", ui.push_text.to_string()),
            ("{push_yes}", ui.push_yes.to_string()),
            ("{push_no}", ui.push_no.to_string()),
            ("{ad_label}", ui.ad_label.to_string()),
            ("{sponsored}", ui.sponsored.to_string()),
            ("{also_read}", ui.also_read.to_string()),
            ("{SITE}", self.site().to_uppercase()),
            ("{site}", self.site().to_string()),
            ("{domain}", self.host.domain.clone()),
            ("{home}", self.host.home.clone()),
            ("{page}", self.url.clone()),
            ("{url}", self.original_url.clone()),
            ("{ohome}", self.outlet.1.to_string()),
            ("{odomain}", bare_domain(self.outlet.1)),
            ("{outlet}", self.outlet.0.to_string()),
            ("{author}", self.author.to_string()),
            ("{title}", self.story.title.to_string()),
            ("{date}", self.date.clone()),
            ("{year}", self.year.to_string()),
            ("{n}", (100 + self.n % 9000).to_string()),
            ("{staff}", self.host.staff.to_string()),
            ("{cat}", self.category.to_string()),
            ("{bare}", self.host.bare.to_string()),
            ("{lang}", self.host.ui.html_lang.to_string()),
            ("{iso}", self.iso.clone()),
            ("{theme}", self.host.theme.name().to_string()),
            ("{slug}", self.story.slug.to_string()),
        ];
        fill(t, &pairs)
    }
}

impl Page2<'_> {
    fn site(&self) -> &'static str {
        self.host.name
    }

    fn other_url(&self, s: &Story2) -> String {
        match self.host.theme {
            T2::Tumblr => format!(
                "{}post/{}/{}",
                self.host.home,
                7000 + s.slug.len() * 13,
                s.slug
            ),
            T2::Webflow => format!("{}blog/{}", self.host.home, s.slug),
            T2::JekyllMinima => format!("{}{}.html", self.host.home, s.slug),
            _ => format!("{}{}/", self.host.home, s.slug),
        }
    }

    /// The first words of a story, with an ellipsis (as excerpts print).
    fn excerpt(s: &Story2, words: usize) -> String {
        for b in s.blocks {
            if let S::P(t) = b {
                let plain = inline_text(t);
                let w: Vec<&str> = plain.split_whitespace().collect();
                return format!(
                    "{} […]",
                    w[..words.min(w.len().saturating_sub(1))].join(" ")
                );
            }
        }
        String::new()
    }

    fn logo(&mut self) -> String {
        let home = self.host.home.clone();
        let site = self.site();
        let html = if self.host.logo_img {
            format!("<a href=\"{home}\" class=\"custom-logo-link\" rel=\"home\"><img src=\"{home}wp-content/uploads/{}-logo-retina.png\" class=\"custom-logo\" alt=\"{}\" width=\"260\" height=\"60\"></a>", slugify(site), esc(site))
        } else {
            format!("<p class=\"site-title\"><a href=\"{home}\" rel=\"home\">{site}</a></p>")
        };
        let mut html = self.noise(Kind::Header, html);
        let (tagline, shown) = (self.host.tagline, self.host.tagline_in_header);
        html.push_str(&self.header_tagline(
            tagline,
            shown,
            "<p class=\"site-description\">",
            "</p>",
        ));
        html
    }

    fn menu(&mut self, ul: &str, li: &str) -> String {
        let s = menu(&self.host.home, &self.host.ui.menu, ul, li);
        self.noise(Kind::Header, s)
    }

    fn meta(&mut self, rng: &mut Rng) -> String {
        let ui = self.host.ui;
        let html = match rng.below(3) {
            0 => format!("<div class=\"post-meta-line\"><span class=\"author-name\">{} <a href=\"{}author/{}/\">{}</a></span> <span class=\"sep\">•</span> <time datetime=\"{}\">{}</time> <span class=\"sep\">•</span> <span class=\"rt\">{} {}</span></div>", ui.by, self.host.home, slugify(self.host.staff), self.host.staff, self.iso, self.date, 2 + self.n % 6, ui.min_read),
            1 => format!("<div class=\"entry-meta-top\"><a class=\"post-cat\" href=\"{}category/{}/\">{}</a><span class=\"post-date\">{}</span><span class=\"post-views\">{} {}</span></div>", self.host.home, slugify(self.category), self.category, self.date, 150 + self.n % 4000, ui.views),
            _ => format!("<p class=\"post-byline\">{} {} · {} {}</p>", ui.by, self.host.staff, ui.updated, self.date),
        };
        self.noise(Kind::PostMeta, html)
    }

    fn sidebar(&mut self, widget: &str, rng: &mut Rng) -> String {
        let ui = self.host.ui;
        let home = self.host.home.clone();
        let mut s = self.noise(Kind::Sidebar, format!("<section class=\"{widget} widget_search\"><form role=\"search\" method=\"get\" action=\"{home}\"><label><span class=\"screen-reader-text\">{}</span><input type=\"search\" name=\"s\"></label></form></section>", ui.search));
        let mut recent = format!("<section class=\"{widget} widget_recent_entries\"><h2 class=\"widget-title\">{}</h2><ul>", ui.recent);
        for o in self.others.clone() {
            recent.push_str(&format!(
                "<li><a href=\"{}\">{}</a></li>",
                self.other_url(o),
                o.title
            ));
        }
        recent.push_str("</ul></section>");
        s.push_str(&self.noise(Kind::Sidebar, recent));
        if rng.chance(50) {
            let mut t = format!("<section class=\"{widget} widget_trending\"><h2 class=\"widget-title\">{}</h2><ol class=\"trending-list\">", ui.trending);
            for o in self.others.clone() {
                t.push_str(&format!(
                    "<li><a href=\"{}\">{}</a><p>{}</p></li>",
                    self.other_url(o),
                    o.title,
                    Self::excerpt(o, 14)
                ));
            }
            t.push_str("</ol></section>");
            s.push_str(&self.noise(Kind::Sidebar, t));
        }
        let mut cats = format!(
            "<section class=\"{widget} widget_categories\"><h2 class=\"widget-title\">{}</h2><ul>",
            ui.menu[2]
        );
        for c in ui.cats {
            cats.push_str(&format!(
                "<li class=\"cat-item\"><a href=\"{home}category/{}/\">{c}</a> ({})</li>",
                slugify(c),
                3 + rng.below(300)
            ));
        }
        cats.push_str("</ul></section>");
        s.push_str(&self.noise(Kind::Sidebar, cats));
        if self.host.nl_pos == 2 {
            s.push_str(&self.filled_opt(Kind::Newsletter, self.host.newsletter));
        }
        s
    }

    fn grid(&mut self, wrap: &str, item: &str) -> String {
        let ui = self.host.ui;
        let mut g = format!(
            "<div class=\"{wrap}\"><h3 class=\"block-title\"><span>{}</span></h3>",
            ui.recent
        );
        for o in self.others.clone() {
            g.push_str(&format!("<article class=\"{item}\"><div class=\"thumb\"><a href=\"{u}\"><img src=\"{}wp-content/uploads/2024/06/{}-360x240.jpg\" alt=\"\"></a></div><h3 class=\"title\"><a href=\"{u}\">{}</a></h3><div class=\"excerpt\"><p>{}</p></div><a class=\"more-link\" href=\"{u}\">{}</a></article>", self.host.home, o.slug, o.title, Self::excerpt(o, 30), ui.read_more, u = self.other_url(o)));
        }
        g.push_str("</div>");
        self.noise(Kind::PostGrid, g)
    }

    fn footer(&mut self, credit: &str) -> String {
        let ui = self.host.ui;
        let home = self.host.home.clone();
        let html = format!("<div class=\"footer-menu\"><a href=\"{home}about/\">{}</a> · <a href=\"{home}contact/\">{}</a> · <a href=\"{home}privacy-policy/\">{}</a></div><div class=\"copyright\"><p>Copyright © {} {}. {} {credit}</p></div>", ui.about, ui.contact, ui.privacy, self.year, self.site(), ui.rights);
        self.noise(Kind::Footer, html)
    }

    /// The theme's breadcrumbs (`style` 0: OceanWP, 1: Publisher).
    fn crumbs(&mut self, style: u32) -> String {
        let ui = self.host.ui;
        let home = self.host.home.clone();
        let cat = self.category;
        let title = self.story.title;
        let html = if style == 0 {
            format!("<nav role=\"navigation\" aria-label=\"Breadcrumbs\" class=\"site-breadcrumbs clr position-under-title\"><ol class=\"trail-items\"><li class=\"trail-item trail-begin\"><a href=\"{home}\" rel=\"home\"><span>{}</span></a><span class=\"breadcrumb-sep\">></span></li><li class=\"trail-item\"><a href=\"{home}category/{}/\"><span>{cat}</span></a><span class=\"breadcrumb-sep\">></span></li><li class=\"trail-item trail-end\"><span>{title}</span></li></ol></nav>", ui.home, slugify(cat))
        } else {
            format!("<nav role=\"navigation\" aria-label=\"Breadcrumbs\" class=\"bf-breadcrumb clearfix bc-top-style\"><div class=\"container bf-breadcrumb-container\"><ul class=\"bf-breadcrumb-items\"><li class=\"bf-breadcrumb-item bf-breadcrumb-begin\"><a href=\"{home}\" rel=\"home\"><span>{}</span></a></li><li class=\"bf-breadcrumb-item\"><a href=\"{home}category/{}/\"><span>{cat}</span></a></li><li class=\"bf-breadcrumb-item bf-breadcrumb-end\"><span>{title}</span></li></ul></div></nav>", ui.home, slugify(cat))
        };
        self.noise(Kind::Breadcrumbs, html)
    }

    /// The theme's own related-posts block.
    fn related(&mut self) -> String {
        let ui = self.host.ui;
        let others = self.others.clone();
        let mut s = String::new();
        match self.host.theme {
            T2::JNews => {
                s.push_str(&format!("<div class=\"jnews_related_post_container\"><div class=\"jeg_postblock_22 jeg_postblock jeg_module_hook\"><div class=\"jeg_block_heading jeg_block_heading_6\"><h3 class=\"jeg_block_title\"><span>{}</span></h3></div><div class=\"jeg_block_container\"><div class=\"jeg_posts_wrap\"><div class=\"jeg_posts jeg_load_more_flag\">", ui.related));
                for o in &others {
                    s.push_str(&format!("<article class=\"jeg_post jeg_pl_md_5 format-standard\"><div class=\"jeg_thumb\"><a href=\"{u}\"><div class=\"thumbnail-container\"></div></a></div><div class=\"jeg_postblock_content\"><h3 class=\"jeg_post_title\"><a href=\"{u}\">{}</a></h3><div class=\"jeg_post_meta\"><div class=\"jeg_meta_date\"><a href=\"{u}\"><i class=\"fa fa-clock-o\"></i> {}</a></div></div></div></article>", o.title, self.date, u = self.other_url(o)));
                }
                s.push_str("</div></div></div></div></div>");
            }
            T2::Publisher => {
                s.push_str(&format!("<div class=\"post-related\"><div class=\"section-heading sh-t4 sh-s1\"><span class=\"h-text related-posts-heading\">{}</span></div><div class=\"bs-pagination-wrapper main-term-none next_prev\"><div class=\"listing listing-thumbnail listing-tb-2 clearfix columns-3\">", ui.related));
                for o in &others {
                    s.push_str(&format!("<article class=\"post type-post format-standard has-post-thumbnail listing-item\"><div class=\"item-inner\"><p class=\"title\"><a class=\"post-url\" href=\"{}\" rel=\"bookmark\">{}</a></p></div></article>", self.other_url(o), o.title));
                }
                s.push_str("</div></div></div>");
            }
            T2::OceanWp => {
                s.push_str(&format!("<section id=\"related-posts\" class=\"clr\"><h3 class=\"theme-heading related-posts-title\"><span class=\"text\">{}</span></h3><div class=\"oceanwp-row clr\">", ui.related));
                for o in &others {
                    s.push_str(&format!("<article class=\"related-post clr col span_1_of_3\"><h3 class=\"related-post-title\"><a href=\"{}\" rel=\"bookmark\">{}</a></h3><time class=\"published\" datetime=\"{}\"><i class=\"icon-clock\"></i>{}</time></article>", self.other_url(o), o.title, self.iso, self.date));
                }
                s.push_str("</div></section>");
            }
            T2::MhMagazine => {
                s.push_str(&format!("<section class=\"mh-related-content\"><h3 class=\"mh-widget-title mh-related-content-title\"><span class=\"mh-widget-title-inner\">{}</span></h3><div class=\"mh-related-wrap mh-clearfix\">", ui.related));
                for o in &others {
                    s.push_str(&format!("<div class=\"mh-related-post\"><article class=\"mh-posts-grid-item\"><h3 class=\"mh-posts-grid-title\"><a href=\"{}\">{}</a></h3><div class=\"mh-meta\"><span class=\"mh-meta-date\">{}</span></div></article></div>", self.other_url(o), o.title, self.date));
                }
                s.push_str("</div></section>");
            }
            T2::Zeen => {
                s.push_str(&format!("<div class=\"tipi-related-posts-wrap\"><div class=\"block-title-wrap\"><h3 class=\"block-title\">{}</h3></div><div class=\"block block-78 tipi-flex preview-review-bot\">", ui.related));
                for o in &others {
                    s.push_str(&format!("<article class=\"preview-mini-wrap clearfix\"><div class=\"mask\"></div><div class=\"meta\"><h3 class=\"title\"><a href=\"{}\">{}</a></h3><p class=\"excerpt body-color\">{}</p></div></article>", self.other_url(o), o.title, Self::excerpt(o, 18)));
                }
                s.push_str("</div></div>");
            }
            _ => {
                s.push_str(&format!(
                    "<div class=\"related-posts-block\"><h3>{}</h3><ul>",
                    ui.related
                ));
                for o in &others {
                    s.push_str(&format!(
                        "<li><a href=\"{}\">{}</a> <span class=\"rp-date\">{}</span></li>",
                        self.other_url(o),
                        o.title,
                        self.date
                    ));
                }
                s.push_str("</ul></div>");
            }
        }
        self.noise(Kind::RelatedPosts, s)
    }

    fn comments(&mut self) -> String {
        let ui = self.host.ui;
        let home = self.host.home.clone();
        let praise = [
            "Great article, thanks for sharing!",
            "Toller Beitrag, danke!",
            "Merci pour cet article très intéressant.",
            "¡Muy buen artículo, gracias!",
            "Bellissimo articolo, grazie!",
        ][li2(ui.lang)];
        let html = match self.host.comments {
            0 => return String::new(),
            1 => format!("<div id=\"comments\" class=\"comments-area\"><div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">{}</h3><form action=\"{home}wp-comments-post.php\" method=\"post\" id=\"commentform\"><p class=\"comment-form-comment\"><textarea id=\"comment\" name=\"comment\" placeholder=\"{}\"></textarea></p><p class=\"comment-form-author\"><input id=\"author\" name=\"author\" type=\"text\" placeholder=\"{}\"></p><p class=\"comment-form-email\"><input id=\"email\" name=\"email\" type=\"email\" placeholder=\"{}\"></p><p class=\"form-submit\"><input name=\"submit\" type=\"submit\" id=\"submit\" class=\"submit\" value=\"{}\"></p></form></div></div>", ui.leave, ui.comment_ph, ui.name, ui.email, ui.submit),
            _ => format!("<div id=\"comments\" class=\"comments-area\"><h3 class=\"comments-title\">1 {}</h3><ol class=\"comment-list\"><li class=\"comment even thread-even depth-1\"><article class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author vcard\"><b class=\"fn\">Rosalind</b></div><div class=\"comment-metadata\"><time>{}</time></div></footer><div class=\"comment-content\"><p>{praise}</p></div><div class=\"reply\"><a class=\"comment-reply-link\" href=\"#respond\">Reply</a></div></article></li></ol><div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">{}</h3><form id=\"commentform\"><p class=\"comment-form-comment\"><textarea name=\"comment\"></textarea></p><p class=\"form-submit\"><input type=\"submit\" value=\"{}\"></p></form></div></div>", ui.comments, self.date, ui.leave, ui.submit),
        };
        self.noise(Kind::CommentForm, html)
    }

    fn author_box(&mut self) -> String {
        if !self.host.author_box {
            return String::new();
        }
        let ui = self.host.ui;
        let bio = self.fill(F2_AUTHOR_BIOS[li2(ui.lang)]);
        let html = format!("<div class=\"author-box-wrap\"><div class=\"author-avatar\"><img src=\"https://secure.gravatar.com/avatar/{:x}?s=96\" alt=\"\"></div><div class=\"author-info\"><h4 class=\"author-box-title\">{}: <a href=\"{}author/{}/\">{}</a></h4><p class=\"author-description\">{bio}</p></div></div>", self.n, ui.about_author, self.host.home, slugify(self.host.staff), self.host.staff);
        self.noise(Kind::AuthorBox, html)
    }
}

fn caption_name(rng: &mut Rng, story: &Story2) -> String {
    let stem = rng.pick_str(F2_FILE_STEMS);
    let year = 2023 + rng.below(2);
    let (mo, d) = (1 + rng.below(12), 1 + rng.below(28));
    let (h, mi, se) = (rng.below(24), rng.below(60), rng.below(60));
    let hex: String = (0..10)
        .map(|_| char::from(b"0123456789abcdefghijklmnopqrstuvwxyz"[rng.below(36)]))
        .collect();
    let t = format!("{h:02}{mi:02}{se:02}");
    let mut s = stem
        .replace("{ymd}", &format!("{year}-{mo:02}-{d:02}"))
        .replace("{d}", &format!("{year}{mo:02}{d:02}"))
        .replace("{t}", &t)
        .replace("{n7}", &rng.digits(7))
        .replace("{n6}", &rng.digits(6))
        .replace("{n4}", &rng.digits(4))
        .replace("{n3}", &rng.digits(3))
        .replace("{n2}", &(1 + rng.below(40)).to_string())
        .replace("{n1}", &(1 + rng.below(9)).to_string())
        .replace("{hex}", &hex)
        .replace("{slug}", story.slug);
    let suffix = rng
        .pick_str(F2_SUFFIXES)
        .replace("{t}", &format!("17{}", rng.digits(8)));
    if !suffix.is_empty() {
        s = s.replace(' ', "-");
    }
    s.push_str(&suffix);
    s.push_str(rng.pick_str(F2_EXTENSIONS));
    s
}

/// An image with a file-name caption, in the theme's markup.
fn image(rng: &mut Rng, p: &mut Page2) -> String {
    let cap = caption_name(rng, p.story);
    let src = format!(
        "{}wp-content/uploads/{}/06/{}.jpg",
        p.host.home,
        p.year,
        slugify(&cap)
    );
    let id = 3000 + rng.below(9000);
    let html = match (p.host.theme, p.host.mode) {
        (T2::BloggerNotable, _) => format!("<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\" style=\"margin-left: auto; margin-right: auto;\"><tbody><tr><td style=\"text-align: center;\"><a href=\"{src}\" style=\"margin-left: auto; margin-right: auto;\"><img border=\"0\" data-original-height=\"1080\" src=\"{src}\" width=\"640\"></a></td></tr><tr><td class=\"tr-caption\" style=\"text-align: center;\">{cap}</td></tr></tbody></table>"),
        (T2::AmpForWp, _) => format!("<figure class=\"wp-caption aligncenter\"><amp-img src=\"{src}\" width=\"800\" height=\"450\" layout=\"responsive\" alt=\"\"></amp-img><figcaption class=\"wp-caption-text\">{cap}</figcaption></figure>"),
        (T2::Tilda, _) => format!("<figure class=\"t-redactor__figure\"><img src=\"{src}\" class=\"t-redactor__img\" alt=\"\"><figcaption class=\"t-redactor__imgdescr\">{cap}</figcaption></figure>"),
        (T2::Webflow, _) => format!("<figure class=\"w-richtext-align-fullwidth w-richtext-figure-type-image\"><div><img src=\"{src}\" loading=\"lazy\" alt=\"\"></div><figcaption>{cap}</figcaption></figure>"),
        (T2::Tumblr, _) => format!("<figure class=\"tmblr-full\" data-orig-height=\"1080\" data-orig-width=\"1440\"><img src=\"{src}\" data-orig-height=\"1080\" data-orig-width=\"1440\"></figure><p><i>{cap}</i></p>"),
        (T2::Brizy, _) => format!("<div class=\"brz-image\"><picture><img class=\"brz-img\" src=\"{src}\" alt=\"\"></picture></div><div class=\"brz-rich-text brz-rich-text__custom\"><p class=\"brz-tp-sm-paragraph brz-text-lg-center\"><em>{cap}</em></p></div>"),
        (_, M::Gutenberg) => format!("<figure class=\"wp-block-image size-full\"><img decoding=\"async\" src=\"{src}\" alt=\"{}\" class=\"wp-image-{id}\"><figcaption class=\"wp-element-caption\">{cap}</figcaption></figure>", esc(&cap)),
        _ => match rng.below(3) {
            0 => format!("<div id=\"attachment_{id}\" style=\"width: 810px\" class=\"wp-caption aligncenter\"><img aria-describedby=\"caption-attachment-{id}\" class=\"size-full wp-image-{id}\" src=\"{src}\" alt=\"\" width=\"800\" height=\"450\"><p id=\"caption-attachment-{id}\" class=\"wp-caption-text\">{cap}</p></div>"),
            1 => format!("<p style=\"text-align: center;\"><img class=\"aligncenter size-large wp-image-{id}\" src=\"{src}\" alt=\"{}\"><br><em>{cap}</em></p>", esc(&cap)),
            _ => format!("<figure id=\"attachment_{id}\" class=\"wp-caption alignnone\"><img src=\"{src}\" alt=\"\"><figcaption class=\"wp-caption-text\">{cap}</figcaption></figure>"),
        },
    };
    p.noise(Kind::CaptionFilename, html)
}

/// Generates `count` compositions (rounded up to whole hosts) from `seed`
/// (already salted), numbered from `first_id`, host groups from
/// `first_group`.
pub fn generate_families2(
    count: usize,
    seed: u64,
    first_id: usize,
    first_group: usize,
) -> Vec<Composition> {
    let d = Draw {
        count,
        seed,
        first_id,
        first_group,
        more_pages: 2,
        others: 3,
    };
    let host = |rng: &mut Rng| {
        let host = make_host(rng);
        let stories = F2_STORIES.iter().filter(|s| s.lang == host.lang).collect();
        (host, stories)
    };
    draw(&d, host, make_page)
}

impl Slugged for Story2 {
    fn slug(&self) -> &str {
        self.slug
    }
}

fn make_host(rng: &mut Rng) -> Host2 {
    let &(name, bare, lang) = rng.pick(F2_SITES);
    let theme = *rng.pick(F2_THEMES);
    let ui = &UI2[li2(lang)];
    let (home, domain) = match theme {
        T2::Tumblr if rng.chance(50) => {
            let sub = slugify(name);
            (
                format!("https://{sub}.tumblr.com/"),
                format!("{sub}.tumblr.com"),
            )
        }
        T2::BloggerNotable if rng.chance(60) => {
            let sub = slugify(name).replace('-', "");
            (
                format!("https://{sub}.blogspot.com/"),
                format!("{sub}.blogspot.com"),
            )
        }
        _ => {
            let www = rng.chance(50);
            let d = if www {
                format!("www.{bare}")
            } else {
                bare.to_string()
            };
            (format!("https://{d}/"), d)
        }
    };
    // WordPress plugins print only on WordPress (and its AMP pages); the
    // other platforms get embeddable widgets and hand-made credits.
    let wp = theme.is_wordpress();
    let credits: Vec<&'static Credit> = F2_CREDITS
        .iter()
        .filter(|c| c.lang.is_none() || c.lang == Some(lang))
        .filter(|c| wp || !WP_ONLY_CREDITS.contains(&c.id))
        .collect();
    let credit = if rng.chance(85) {
        Some(*rng.pick(&credits))
    } else {
        None
    };
    let li = li2(lang);
    let pick_opt = |rng: &mut Rng, pct: u32, xs: &[&'static str]| {
        if rng.chance(pct) {
            Some(rng.pick_str(xs))
        } else {
            None
        }
    };
    // AMP pages run no third-party script: their consent and push
    // prompts are AMP components, and they have no chat widget.
    let amp = theme == T2::AmpForWp;
    let usable = |id: &str| wp || !WP_ONLY_WIDGETS.contains(&id);
    let chats: Vec<&'static str> = if amp {
        Vec::new()
    } else {
        F2_CHATS.iter().map(|w| w.1).collect()
    };
    let consents: Vec<&'static str> = if amp {
        vec![F2_AMP_CONSENT]
    } else {
        F2_CONSENTS.iter().map(|w| w.1).collect()
    };
    let push: Vec<&'static str> = if amp {
        vec![F2_AMP_PUSH]
    } else {
        F2_PUSH.iter().map(|w| w.1).collect()
    };
    let shares: Vec<&'static str> = F2_SHARES
        .iter()
        .filter(|w| usable(w.0))
        .map(|w| w.1)
        .collect();
    let nls: Vec<&'static str> = F2_NEWSLETTERS
        .iter()
        .filter(|w| usable(w.0))
        .map(|w| w.1)
        .collect();
    let spons: Vec<&'static str> = F2_SPONSORED.iter().map(|w| w.1).collect();
    let ads: Vec<&'static str> = F2_ADS
        .iter()
        .filter(|w| usable(w.0) && (w.0 != "jnews-inline-ad" || theme == T2::JNews))
        .map(|w| w.1)
        .collect();
    let disclaimers: Vec<&'static str> = F2_DISCLAIMERS[li]
        .iter()
        .copied()
        .filter(|d| wp || !d.contains("cegg"))
        .collect();
    let heading = if rng.chance(60) { "h2" } else { "h3" };
    Host2 {
        name,
        bare,
        lang,
        theme,
        ui,
        home,
        domain,
        mode: theme.mode(rng),
        heading,
        staff: rng.pick_str(F2_STAFF[li]),
        credit,
        credit_pref: rng.below(100) as u32,
        credit_twice: rng.chance(8),
        tagline: pick_opt(rng, 40, F2_TAGLINES[li]),
        tagline_top: rng.chance(40),
        tagline_in_header: rng.chance(30),
        chat: if chats.is_empty() {
            None
        } else {
            pick_opt(rng, 45, &chats)
        },
        chat_in_content: rng.chance(30),
        consent: pick_opt(rng, 55, &consents),
        consent_top: rng.chance(50),
        push: pick_opt(rng, 25, &push),
        share: pick_opt(rng, 60, &shares),
        share_pos: rng.below(3) as u32,
        newsletter: pick_opt(rng, 45, &nls),
        nl_pos: rng.below(3) as u32,
        sponsored: pick_opt(rng, 30, &spons),
        ads: pick_opt(rng, 40, &ads),
        follow: pick_opt(rng, 40, F2_FOLLOWS[li]),
        follow_top: rng.chance(30),
        disclaimer: pick_opt(rng, 25, &disclaimers),
        disclaimer_top: rng.chance(30),
        self_promo: pick_opt(rng, 35, F2_SELF_PROMOS[li]),
        name_line: pick_opt(rng, 25, F2_NAME_LINES),
        promo_box: pick_opt(rng, 20, F2_PROMO_BOXES[li]),
        author_box: wp && rng.chance(35),
        also_read: match rng.below(4) as u32 {
            // JNews's own inline block, on JNews only.
            2 if theme != T2::JNews => 1,
            r => r,
        },
        comments: rng.below(3) as u32,
        og: rng.chance(70),
        jsonld: rng.chance(40),
        title_sep: rng.pick_str(&[" - ", " | ", " – ", " » ", " - ", ""]),
        logo_img: rng.chance(50),
    }
}

fn make_page(
    rng: &mut Rng,
    host: &Host2,
    story: &'static Story2,
    others: Vec<&'static Story2>,
    id: usize,
    group: usize,
) -> Composition {
    let ui = host.ui;
    let year = 2024 + rng.below(2);
    let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
    let date = match ui.lang {
        Lang::En => format!(
            "{} {day}, {year}",
            [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December"
            ][month - 1]
        ),
        Lang::De => format!("{day}. {month:02}. {year}"),
        _ => format!("{day:02}/{month:02}/{year}"),
    };
    let iso = format!(
        "{year}-{month:02}-{day:02}T{:02}:{:02}:00+01:00",
        rng.below(24),
        rng.below(60)
    );
    let url = match host.theme {
        T2::Tumblr => format!(
            "{}post/{}/{}",
            host.home,
            7000 + story.slug.len() * 13,
            story.slug
        ),
        T2::BloggerNotable => format!(
            "{}{year}/{month:02}/{}.html",
            host.home,
            &story.slug[..story.slug.len().min(40)].trim_end_matches('-')
        ),
        T2::Webflow => format!("{}blog/{}", host.home, story.slug),
        T2::Tilda => format!("{}tpost/{}-{}", host.home, rng.digits(5), story.slug),
        T2::JekyllMinima => format!(
            "{}{year}/{month:02}/{day:02}/{}.html",
            host.home, story.slug
        ),
        T2::GenesisMagPro | T2::MhMagazine => {
            format!("{}{year}/{month:02}/{day:02}/{}/", host.home, story.slug)
        }
        T2::AmpForWp => format!("{}{}/amp/", host.home, story.slug),
        _ => format!("{}{}/", host.home, story.slug),
    };
    let outlets: Vec<(&'static str, &'static str)> = F2_OUTLETS
        .iter()
        .filter(|o| o.2 == story.lang)
        .map(|o| (o.0, o.1))
        .collect();
    let outlet = *rng.pick(&outlets);
    let original_url = match rng.below(3) {
        0 => format!("{}news/local/{}-{}", outlet.1, story.slug, rng.digits(8)),
        1 => format!("{}{year}/{month:02}/{}/", outlet.1, story.slug),
        _ => format!("{}stories/{}.html", outlet.1, story.slug),
    };
    let mut p = Page2 {
        host,
        story,
        url: url.clone(),
        date,
        iso,
        year,
        category: ui.cats[rng.below(ui.cats.len())],
        others,
        original_url: original_url.clone(),
        outlet,
        author: rng.pick_str(F2_AUTHORS),
        n: rng.next_u64(),
        rec: Record::default(),
    };
    let (mut items, expected) = story_items(story.blocks);
    let mut s = Slots::default();

    let (mut source_url, mut source_name, mut credit_pos) = (None, None, None);
    if let Some(c) = host.credit {
        let pos = credit_pos_of(c, host.credit_pref, host.credit_twice, [20, 36, 44, 60]);
        credit_pos = Some(pos);
        let first = pos == "inside-first-paragraph";
        let sep = || if first || rng.chance(50) { "<br>" } else { " " };
        place_credit(&mut p, c, pos, sep, &mut items, &mut s);
        (source_url, source_name) = credit_source(c, &original_url, outlet.1, outlet.0);
    }

    // File-name captions.
    if rng.chance(60) {
        for _ in 0..(1 + rng.below(2)) {
            let html = image(rng, &mut p);
            if rng.chance(35) {
                s.top.insert(0, html);
            } else {
                s.middle.push((1 + rng.below(items.len() - 1), html));
            }
        }
    }
    if let Some(t) = host.ads {
        let html = p.filled(Kind::AdSlot, t);
        s.middle.push((1 + rng.below(items.len() - 1), html));
    }
    // "Read also" lines between paragraphs, in the theme's or a plugin's
    // markup.
    if host.also_read > 0 && rng.chance(70) {
        let o = p.others[rng.below(p.others.len())];
        let u = p.other_url(o);
        let html = match host.also_read {
            1 => format!("<p><strong>{}</strong> <a href=\"{u}\">{}</a></p>", ui.also_read, o.title),
            2 => format!("<div class=\"jeg_post_related_inline\"><div class=\"jeg_block_heading\"><span>{}</span></div><ul><li><a href=\"{u}\">{}</a></li></ul></div>", ui.also_read.trim_end_matches(':').trim_end_matches(' '), o.title),
            _ => format!("<blockquote class=\"wp-embedded-content\"><a href=\"{u}\">{}</a></blockquote>", o.title),
        };
        let html = p.noise(Kind::InlineRelated, html);
        let at = 2 + rng.below(items.len().saturating_sub(3).max(1));
        s.middle.push((at.min(items.len() - 1), html));
    }
    if let Some(t) = host.disclaimer {
        let html = p.filled(Kind::Disclaimer, t);
        if host.disclaimer_top {
            s.top.push(html);
        } else {
            s.bottom.push(html);
        }
    }
    if let Some(t) = host.promo_box {
        let html = p.filled(Kind::PromoBox, t);
        if rng.chance(50) {
            s.bottom.push(html);
        } else {
            s.middle.push((items.len() / 2, html));
        }
    }
    if let Some(t) = host.self_promo {
        let line = p.fill(t);
        let html = if rng.chance(70) {
            format!("<p>{line}</p>")
        } else {
            format!("<p><strong><em>{line}</em></strong></p>")
        };
        s.bottom.push(p.noise(Kind::SelfPromo, html));
    }
    if let Some(t) = host.name_line {
        let html = p.filled(Kind::SiteNameLine, t);
        if rng.chance(20) {
            s.top.insert(0, html);
        } else {
            s.bottom.push(html);
        }
    }
    if let Some(t) = host.tagline {
        let html = if rng.chance(50) {
            format!("<p class=\"has-text-align-center\"><em>{t}</em></p>")
        } else {
            format!("<h5>{t}</h5>")
        };
        let html = p.noise(Kind::HostTagline, html);
        if host.tagline_top {
            s.top.insert(0, html);
        } else {
            s.bottom.push(html);
        }
    }
    if let Some(t) = host.follow {
        let html = p.filled(Kind::FollowBox, t);
        if host.follow_top {
            s.top.insert(0, html);
        } else {
            s.bottom.push(html);
        }
    }
    if host.share.is_some() {
        let html = p.filled_opt(Kind::ShareBar, host.share);
        match host.share_pos {
            0 => s.top.insert(0, html),
            1 => s.bottom.push(html),
            _ => s.after.push(html),
        }
    }
    if host.newsletter.is_some() && host.nl_pos < 2 {
        let html = p.filled_opt(Kind::Newsletter, host.newsletter);
        if host.nl_pos == 0 {
            if rng.chance(40) {
                s.middle.push((items.len() * 2 / 3, html));
            } else {
                s.bottom.push(html);
            }
        } else {
            s.after.push(html);
        }
    }
    if let Some(t) = host.sponsored {
        let html = p.filled(Kind::Sponsored, t);
        if rng.chance(40) {
            s.bottom.push(html);
        } else {
            s.after.push(html);
        }
    }
    let ab = p.author_box();
    if !ab.is_empty() {
        s.after.push(ab);
    }
    if rng.chance(60) {
        let html = p.related();
        if rng.chance(35) {
            s.bottom.push(html);
        } else {
            s.after.push(html);
        }
    }
    if let Some(t) = host.chat {
        let html = p.filled(Kind::ChatWidget, t);
        if host.chat_in_content {
            s.bottom.push(html);
        } else {
            s.end.push(html);
        }
    }
    if let Some(t) = host.push {
        s.end.push(p.filled(Kind::PushPrompt, t));
    }
    if let Some(t) = host.consent {
        let html = p.filled(Kind::CookieBanner, t);
        if host.consent_top {
            s.start = html;
        } else {
            s.end.push(html);
        }
    }

    let all = s.content(items);
    let html = render(
        rng,
        &mut p,
        &all,
        &s.after.concat(),
        &s.start,
        &s.end.concat(),
    );
    let site_signals = format!(
        "og:{} jsonld:{} title:{} logo:{}",
        host.og as u8,
        host.jsonld as u8,
        if host.title_sep.is_empty() {
            "no name".to_string()
        } else {
            format!("headline{}site", host.title_sep)
        },
        if host.logo_img { "img alt" } else { "text" }
    );
    Composition {
        id,
        host_group: group,
        theme: host.theme.name(),
        lang: ui.lang,
        url,
        html,
        expected,
        source_url,
        source_name,
        site_name: host.name.to_string(),
        credit: host.credit.map(|c| c.id),
        credit_plugin: host.credit.map(|c| c.plugin),
        credit_pos,
        host_tagline: host.tagline.map(str::to_string),
        tagline_in_header: p.rec.tagline_in_header,
        noise: p.rec.noise,
        site_signals,
        ends_on_heading: matches!(story.blocks.last(), Some(S::H(_))),
    }
}

fn head(p: &Page2) -> String {
    let host = p.host;
    let site = p.site();
    let title = if host.title_sep.is_empty() {
        p.story.title.to_string()
    } else {
        format!("{}{}{site}", p.story.title, host.title_sep)
    };
    let mut h = format!(
        "<!doctype html>\n<html lang=\"{}\" prefix=\"og: https://ogp.me/ns#\">\n<head>\n<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<link rel=\"canonical\" href=\"{}\">\n<meta property=\"og:locale\" content=\"{}\">\n<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"{}\">\n<meta property=\"og:url\" content=\"{}\">\n",
        host.ui.html_lang,
        esc(&title),
        p.url.trim_end_matches("amp/"),
        host.ui.html_lang.replace('-', "_"),
        esc(p.story.title),
        p.url
    );
    h.push_str(&og_site_name(host.og, site));
    if host.jsonld {
        h.push_str(&format!(
            "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{t}\",\"datePublished\":\"{d}\",\"author\":{{\"@type\":\"Person\",\"name\":\"{a}\"}},\"publisher\":{{\"@type\":\"Organization\",\"name\":\"{site}\",\"url\":\"{home}\"}},\"mainEntityOfPage\":\"{url}\"}}</script>\n",
            t = p.story.title.replace('"', "\\\""),
            d = p.iso,
            a = host.staff,
            home = host.home,
            url = p.url
        ));
    }
    if host.theme.is_wordpress() {
        h.push_str("<meta name=\"generator\" content=\"WordPress 6.5.3\">\n");
    }
    if host.theme == T2::AmpForWp {
        h.push_str("<meta name=\"generator\" content=\"AMP for WP 1.0.93\">\n<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n<script async custom-element=\"amp-sidebar\" src=\"https://cdn.ampproject.org/v0/amp-sidebar-0.1.js\"></script>\n<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>\n<style amp-custom>.cntr{max-width:1100px;margin:0 auto}</style>\n");
    }
    h.push_str(&format!(
        "<meta property=\"article:published_time\" content=\"{}\">\n</head>\n",
        p.iso
    ));
    h
}

fn render(
    rng: &mut Rng,
    p: &mut Page2,
    items: &[Item<S>],
    after: &str,
    start: &str,
    end: &str,
) -> String {
    let theme = p.host.theme;
    let mode = p.host.mode;
    let hd = p.host.heading;
    let title = p.story.title;
    let home = p.host.home.clone();
    let site = p.site();
    let id = 1000 + p.n % 90000;
    let ui = p.host.ui;
    let mut html = head(p);
    if theme == T2::AmpForWp {
        // The first `<html ` is the head's own tag.
        html = html.replacen("<html ", "<html amp ", 1);
    }
    let body = match theme {
        T2::JNews => {
            let logo = p.logo();
            let menu = p.menu(
                "jeg_menu jeg_main_menu jeg_menu_style_1",
                "menu-item menu-item-type-taxonomy",
            );
            let meta = p.meta(rng);
            let content = render_items(items, mode, hd);
            let tags = p.noise(Kind::PostMeta, format!("<div class=\"jeg_post_tags\"><span>{}</span> <a href=\"{home}tag/{}/\" rel=\"tag\">{}</a></div>", ui.tags, slugify(p.category), p.category));
            let (a, b) = (p.others[0], p.others[p.others.len() - 1]);
            let pn = p.noise(Kind::PostNav, format!("<div class=\"jnews_prev_next_container\"><div class=\"jeg_prevnext_post\"><a href=\"{}\" class=\"post prev-post\"><span class=\"caption\">{}</span><h3 class=\"post-title\">{}</h3></a><a href=\"{}\" class=\"post next-post\"><span class=\"caption\">{}</span><h3 class=\"post-title\">{}</h3></a></div></div>", p.other_url(a), ui.prev, a.title, p.other_url(b), ui.next, b.title));
            let comments = p.comments();
            let side = p.sidebar("widget jeg_pb_boxed", rng);
            let foot = p.footer("");
            format!("<body class=\"post-template-default single single-post jeg_toggle_light jnews jsc_normal\"><div class=\"jeg_viewport\"><div class=\"jeg_header_wrapper\"><div class=\"jeg_header normal\"><div class=\"jeg_midbar jeg_container\"><div class=\"container\"><div class=\"jeg_nav_row\"><div class=\"jeg_nav_col jeg_nav_left\"><div class=\"jeg_nav_item jeg_logo\">{logo}</div></div></div></div></div><div class=\"jeg_bottombar jeg_navbar jeg_container\"><div class=\"container\"><div class=\"jeg_nav_item jeg_main_menu_wrapper\"><div class=\"jeg_mainmenu_wrap\">{menu}</div></div></div></div></div></div><div class=\"jeg_main\"><div class=\"jeg_container\"><div class=\"jeg_content jeg_singlepage\"><div class=\"container\"><div class=\"jeg_ad jeg_article jnews_article_top_ads\"></div><div class=\"row\"><div class=\"jeg_main_content col-md-8\"><div class=\"jeg_inner_content\"><div class=\"entry-header\"><h1 class=\"jeg_post_title\">{title}</h1><div class=\"jeg_meta_container\"><div class=\"jeg_post_meta jeg_post_meta_1\">{meta}</div></div></div><div class=\"jeg_featured featured_image\"></div><div class=\"entry-content no-share\"><div class=\"jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome\"></div><div class=\"content-inner\">\n{content}</div></div>{tags}{after}{pn}{comments}</div></div><div class=\"jeg_sidebar right jeg_sticky_sidebar col-md-4\"><div class=\"jegStickyHolder\"><div class=\"theiaStickySidebar\">{side}</div></div></div></div></div></div></div></div><div class=\"footer-holder\" id=\"footer\"><div class=\"jeg_footer jeg_footer_1 dark\"><div class=\"jeg_footer_container jeg_container\"><div class=\"jeg_footer_bottom\"><div class=\"container\">{foot}</div></div></div></div></div></div>{end}</body>")
        }
        T2::Publisher => {
            let logo = p.logo();
            let menu = p.menu("menu main-menu bsm-pure", "menu-item better-anim-fade");
            let meta = p.meta(rng);
            let content = render_items(items, mode, hd);
            let comments = p.comments();
            let side = p.sidebar("primary-sidebar-widget widget", rng);
            let grid = p.grid(
                "bs-listing bs-listing-listing-grid-1",
                "post listing-item-grid",
            );
            let crumbs = p.crumbs(1);
            let foot = p.footer("");
            format!("<body class=\"post-template-default single single-post active-light-box ltr close-rh page-layout-2-col page-layout-2-col-right full-width main-menu-sticky-smart\"><div class=\"main-wrap content-main-wrap\"><header id=\"header\" class=\"site-header header-style-2 boxed\"><div class=\"header-inner\"><div class=\"content-wrap\"><div class=\"container\"><div class=\"row\"><div class=\"row-height\"><div class=\"logo-col col-xs-12\"><div id=\"site-branding\" class=\"site-branding\"><h1 id=\"site-title\" class=\"logo h1 img-logo\">{logo}</h1></div></div></div></div></div></div></div><div id=\"menu-main\" class=\"menu main-menu-wrapper\"><nav class=\"main-menu-container\">{menu}</nav></div></header>{crumbs}<div class=\"content-wrap\"><main id=\"content\" class=\"content-container\"><div class=\"container layout-2-col layout-2-col-1 layout-right-sidebar post-template-1\"><div class=\"row main-section\"><div class=\"col-sm-8 content-column\"><div class=\"single-container\"><article id=\"post-{id}\" class=\"post-{id} post type-post single-post-content has-thumbnail\"><div class=\"post-header post-tp-1-header\"><h1 class=\"single-post-title\"><span class=\"post-title\">{title}</span></h1><div class=\"post-meta-wrap clearfix\">{meta}</div></div><div class=\"entry-content clearfix single-post-content\">\n{content}</div>{after}</article>{grid}{comments}</div></div><div class=\"col-sm-4 sidebar-column sidebar-column-primary\"><aside id=\"sidebar-primary-sidebar\" class=\"sidebar\">{side}</aside></div></div></div></main></div><footer id=\"site-footer\" class=\"site-footer full-width\"><div class=\"copy-footer\"><div class=\"content-wrap\"><div class=\"container\">{foot}</div></div></div></footer></div>{end}</body>")
        }
        T2::GenesisMagPro => {
            let logo = p.logo();
            let menu = p.menu(
                "menu genesis-nav-menu menu-primary js-superfish",
                "menu-item",
            );
            let meta = p.noise(Kind::PostMeta, format!("<p class=\"entry-meta\"><time class=\"entry-time\">{}</time> {} <span class=\"entry-author\"><a href=\"{home}author/{}/\" class=\"entry-author-link\"><span class=\"entry-author-name\">{}</span></a></span></p>", p.date, ui.by, slugify(p.host.staff), p.host.staff));
            let content = render_items(items, mode, hd);
            let foot_meta = p.noise(Kind::PostMeta, format!("<footer class=\"entry-footer\"><p class=\"entry-meta\"><span class=\"entry-categories\"><a href=\"{home}category/{}/\" rel=\"category tag\">{}</a></span></p></footer>", slugify(p.category), p.category));
            let comments = p.comments();
            let side = p.sidebar("widget", rng);
            let foot = p.footer("· Magazine Pro on Genesis Framework · WordPress · Log in");
            format!("<body class=\"post-template-default single single-post content-sidebar genesis-breadcrumbs-hidden genesis-footer-widgets-hidden primary-nav\"><div class=\"site-container\"><ul class=\"genesis-skip-link\"><li><a href=\"#genesis-content\" class=\"screen-reader-shortcut\"> Skip to main content</a></li></ul><header class=\"site-header\"><div class=\"wrap\"><div class=\"title-area\">{logo}</div></div></header><nav class=\"nav-primary\" aria-label=\"Main\"><div class=\"wrap\">{menu}</div></nav><div class=\"site-inner\"><div class=\"content-sidebar-wrap\"><main class=\"content\" id=\"genesis-content\"><article class=\"post-{id} post type-post status-publish entry\" itemscope itemtype=\"https://schema.org/CreativeWork\"><header class=\"entry-header\"><h1 class=\"entry-title\" itemprop=\"headline\">{title}</h1>{meta}</header><div class=\"entry-content\" itemprop=\"text\">\n{content}</div>{foot_meta}{after}</article>{comments}</main><aside class=\"sidebar sidebar-primary widget-area\" role=\"complementary\">{side}</aside></div></div><footer class=\"site-footer\"><div class=\"wrap\">{foot}</div></footer></div>{end}</body>")
        }
        T2::OceanWp => {
            let logo = p.logo();
            let menu = p.menu("main-menu dropdown-menu sf-menu", "menu-item");
            let meta = p.noise(Kind::PostMeta, format!("<ul class=\"meta ospm-default clr\"><li class=\"meta-author\"><span class=\"screen-reader-text\">Post author:</span><i class=\"icon-user\"></i><a href=\"{home}author/{}/\">{}</a></li><li class=\"meta-date\"><i class=\"icon-clock\"></i>{}</li><li class=\"meta-cat\"><i class=\"icon-folder\"></i><a href=\"{home}category/{}/\">{}</a></li></ul>", slugify(p.host.staff), p.host.staff, p.date, slugify(p.category), p.category));
            let content = render_items(items, mode, hd);
            let (a, b) = (p.others[0], p.others[p.others.len() - 1]);
            let pn = p.noise(Kind::PostNav, format!("<nav class=\"navigation post-navigation\" aria-label=\"Read more articles\"><div class=\"nav-links\"><div class=\"nav-previous\"><a href=\"{}\" rel=\"prev\"><span class=\"title\"><i class=\"fas fa-long-arrow-alt-left\"></i> {}</span><span class=\"post-title\">{}</span></a></div><div class=\"nav-next\"><a href=\"{}\" rel=\"next\"><span class=\"title\">{} <i class=\"fas fa-long-arrow-alt-right\"></i></span><span class=\"post-title\">{}</span></a></div></div></nav>", p.other_url(a), ui.prev, a.title, p.other_url(b), ui.next, b.title));
            let comments = p.comments();
            let side = p.sidebar("sidebar-box widget clr", rng);
            let crumbs = p.crumbs(0);
            let foot = p.footer("");
            format!("<body class=\"post-template-default single single-post oceanwp-theme dropdown-mobile default-breakpoint has-sidebar content-right-sidebar post-in-category-local\"><div id=\"outer-wrap\" class=\"site clr\"><div id=\"wrap\" class=\"clr\"><header id=\"site-header\" class=\"minimal-header clr\"><div id=\"site-header-inner\" class=\"clr container\"><div id=\"site-logo\" class=\"clr\"><div id=\"site-logo-inner\" class=\"clr\">{logo}</div></div><div id=\"site-navigation-wrap\" class=\"clr\"><nav id=\"site-navigation\" class=\"navigation main-navigation clr\">{menu}</nav></div></div></header><main id=\"main\" class=\"site-main clr\"><header class=\"page-header\"><div class=\"container clr page-header-inner\"><h1 class=\"page-header-title clr\">{title}</h1>{crumbs}</div></header><div id=\"content-wrap\" class=\"container clr\"><div id=\"primary\" class=\"content-area clr\"><div id=\"content\" class=\"site-content clr\"><article id=\"post-{id}\"><div class=\"thumbnail\"></div>{meta}<div class=\"entry-content clr\" itemprop=\"text\">\n{content}</div>{after}{pn}{comments}</article></div></div><aside id=\"right-sidebar\" class=\"sidebar-container widget-area sidebar-primary\"><div id=\"right-sidebar-inner\" class=\"clr\">{side}</div></aside></div></main><footer id=\"footer\" class=\"site-footer\"><div id=\"footer-bottom\" class=\"clr no-footer-nav\"><div id=\"footer-bottom-inner\" class=\"container clr\"><div id=\"copyright\" class=\"clr\" role=\"contentinfo\">{foot}</div></div></div></footer></div></div>{end}</body>")
        }
        T2::Neve => {
            let logo = p.logo();
            let menu = p.menu("primary-menu-ul nav-ul menu-desktop", "menu-item");
            let meta = p.meta(rng);
            let content = render_items(items, mode, hd);
            let tags = p.noise(Kind::PostMeta, format!("<div class=\"nv-tags-list\"><span>{}</span><a href=\"{home}tag/{}/\" title=\"{}\" class=\"{}\" rel=\"tag\">{}</a></div>", ui.tags, slugify(p.category), p.category, slugify(p.category), p.category));
            let comments = p.comments();
            let side = p.sidebar("widget", rng);
            let foot = p.footer("Neve | Powered by WordPress");
            format!("<body class=\"post-template-default single single-post nv-blog-default nv-sidebar-right menu_sidebar_slide_left\"><div class=\"wrapper\"><header class=\"header\" role=\"banner\"><div id=\"header-grid\" class=\"hfg_header site-header\"><nav class=\"header--row header-main hide-on-mobile\"><div class=\"header--row-inner header-main-inner\"><div class=\"container\"><div class=\"row row--wrapper\"><div class=\"hfg-slot left\"><div class=\"builder-item desktop-left\"><div class=\"item--inner builder-item--logo\"><div class=\"site-logo\">{logo}</div></div></div></div><div class=\"hfg-slot right\"><div class=\"builder-item has-nav\"><div class=\"item--inner builder-item--primary-menu\"><div class=\"nv-nav-wrap\"><div role=\"navigation\" class=\"nav-menu-primary\">{menu}</div></div></div></div></div></div></div></div></nav></div></header><main id=\"content\" class=\"neve-main\"><div class=\"container single-post-container\"><div class=\"row\"><article id=\"post-{id}\" class=\"nv-single-post-wrap col post-{id} post type-post\"><div class=\"entry-header\"><div class=\"nv-title-meta-wrap\"><h1 class=\"title entry-title\">{title}</h1>{meta}</div></div><div class=\"nv-content-wrap entry-content\">\n{content}</div>{tags}{after}{comments}</article><div class=\"nv-sidebar-wrap col-sm-12 nv-right blog-sidebar\"><aside id=\"secondary\" role=\"complementary\">{side}</aside></div></div></div></main><footer class=\"site-footer\" id=\"site-footer\"><div class=\"hfg_footer\"><div class=\"footer--row footer-bottom\"><div class=\"container\">{foot}</div></div></div></footer></div>{end}</body>")
        }
        T2::Flatsome => {
            let logo = p.logo();
            let menu = p.menu(
                "header-nav header-nav-main nav nav-left nav-uppercase",
                "menu-item",
            );
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"entry-meta uppercase is-xsmall\"><span class=\"posted-on\">Posted on <a href=\"{}\" rel=\"bookmark\"><time class=\"entry-date published\">{}</time></a></span> <span class=\"byline\">by <span class=\"meta-author vcard\"><a class=\"url fn n\" href=\"{home}author/{}/\">{}</a></span></span></div>", p.url, p.date, slugify(p.host.staff), p.host.staff));
            let content = if rng.chance(55) {
                modules(rng, items, mode, hd, Pieces::UpTo(3), |k, c| {
                    format!("<div class=\"row\" id=\"row-{}{k}\"><div id=\"col-{}{k}\" class=\"col small-12 large-12\"><div class=\"col-inner\"><div class=\"text\">\n{c}</div></div></div></div>", id, id)
                })
            } else {
                render_items(items, mode, hd)
            };
            let share = p.noise(Kind::ShareBar, "<div class=\"blog-share text-center\"><div class=\"is-divider medium\"></div><div class=\"social-icons share-icons share-row relative\"><a href=\"#\" class=\"icon button circle is-outline tooltip facebook\" title=\"Share on Facebook\"></a><a href=\"#\" class=\"icon button circle is-outline tooltip twitter\" title=\"Share on Twitter\"></a><a href=\"#\" class=\"icon button circle is-outline tooltip email\" title=\"Email to a Friend\"></a></div></div>".to_string());
            let comments = p.comments();
            let side = p.sidebar("widget", rng);
            let foot = p.footer("");
            format!("<body class=\"post-template-default single single-post lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow\"><div id=\"wrapper\"><header id=\"header\" class=\"header has-sticky sticky-jump\"><div class=\"header-wrapper\"><div id=\"masthead\" class=\"header-main\"><div class=\"header-inner flex-row container logo-left medium-logo-center\" role=\"navigation\"><div id=\"logo\" class=\"flex-col logo\">{logo}</div><div class=\"flex-col hide-for-medium flex-left flex-grow\">{menu}</div></div></div></div></header><main id=\"main\" class=\"\"><div id=\"content\" class=\"blog-wrapper blog-single page-wrapper\"><div class=\"row row-large row-divided\"><div class=\"large-9 col\"><article id=\"post-{id}\" class=\"post-{id} post type-post\"><div class=\"article-inner\"><header class=\"entry-header\"><div class=\"entry-header-text entry-header-text-top text-left\"><h6 class=\"entry-category is-xsmall\"><a href=\"{home}category/{}/\" rel=\"category tag\">{}</a></h6><h1 class=\"entry-title\">{title}</h1><div class=\"entry-divider is-divider small\"></div>{meta}</div></header><div class=\"entry-content single-page\">\n{content}{share}</div>{after}</div></article>{comments}</div><div class=\"post-sidebar large-3 col\"><div id=\"secondary\" class=\"widget-area\" role=\"complementary\">{side}</div></div></div></div></main><footer id=\"footer\" class=\"footer-wrapper\"><div class=\"absolute-footer dark medium-text-center small-text-center\"><div class=\"container clearfix\"><div class=\"footer-primary pull-left\"><div class=\"copyright-footer\">{foot}</div></div></div></div></footer></div>{end}</body>", slugify(p.category), p.category)
        }
        T2::Brizy => {
            let logo = p.logo();
            let menu = p.menu("brz-menu__ul", "brz-menu__item");
            let meta = p.meta(rng);
            let content = modules(rng, items, mode, hd, Pieces::UpTo(4), |k, c| {
                format!("<div class=\"brz-row__container\"><div class=\"brz-row\"><div class=\"brz-columns\"><div class=\"brz-column__items\"><div id=\"r{id}{k}\" class=\"brz-css-{id}{k} brz-wrapper\"><div class=\"brz-rich-text brz-rich-text__custom\"><div data-brz-translate-text=\"1\">\n{c}</div></div></div></div></div></div></div>")
            });
            let grid = p.grid("brz-posts brz-posts__wrapper", "brz-posts__item");
            let foot = p.footer("Made with Brizy");
            format!("<body class=\"post-template-default single single-post brz\"><div class=\"brz brz-root__container brz-reset-all\"><section class=\"brz-section brz-section__header\"><div class=\"brz-section__header--standard\"><div class=\"brz-container\"><div class=\"brz-row\"><div class=\"brz-columns\"><div class=\"brz-wrapper brz-image\">{logo}</div></div><div class=\"brz-columns\"><div class=\"brz-menu__container\"><nav class=\"brz-menu\">{menu}</nav></div></div></div></div></div></section><section class=\"brz-section\"><div class=\"brz-section__content brz-section--boxed\"><div class=\"brz-container\"><div class=\"brz-wrapper\"><div class=\"brz-wp-title\"><h1 class=\"brz-wp-title-content\">{title}</h1></div></div><div class=\"brz-wrapper\"><div class=\"brz-wp-post-info\">{meta}</div></div><div class=\"brz-wrapper brz-wp-post-content\">\n{content}</div>{after}</div></div></section><section class=\"brz-section\"><div class=\"brz-container\">{grid}</div></section><footer class=\"brz-section brz-section__footer\"><div class=\"brz-container\">{foot}</div></footer></div>{end}</body>")
        }
        T2::Spectra => {
            let logo = p.logo();
            let menu = p.menu("wp-block-navigation__container", "wp-block-navigation-item");
            let meta = p.meta(rng);
            let content = modules(rng, items, mode, hd, Pieces::UpTo(3), |k, c| {
                format!("<div class=\"wp-block-uagb-container uagb-block-{:x}{k} alignfull uagb-is-root-container\"><div class=\"uagb-container-inner-blocks-wrap\">\n{c}</div></div>", id)
            });
            let side = p.sidebar("wp-block-group widget", rng);
            let grid = p.grid(
                "wp-block-uagb-post-grid uagb-post-grid uagb-post__columns-3",
                "uagb-post__inner-wrap",
            );
            let foot = p.footer("");
            format!("<body class=\"post-template-default single single-post wp-embed-responsive\"><div class=\"wp-site-blocks\"><header class=\"wp-block-template-part\"><div class=\"wp-block-group is-layout-flex\"><div class=\"wp-block-site-logo\">{logo}</div><nav class=\"wp-block-navigation is-layout-flex\">{menu}</nav></div></header><main class=\"wp-block-group is-layout-constrained\"><div class=\"wp-block-columns is-layout-flex\"><div class=\"wp-block-column\" style=\"flex-basis:66.66%\"><h1 class=\"wp-block-post-title\">{title}</h1><div class=\"wp-block-group post-meta\">{meta}</div><div class=\"entry-content wp-block-post-content is-layout-constrained\">\n{content}</div>{after}</div><div class=\"wp-block-column\" style=\"flex-basis:33.33%\">{side}</div></div>{grid}</main><footer class=\"wp-block-template-part site-footer\">{foot}</footer></div>{end}</body>")
        }
        T2::Zeen => {
            let logo = p.logo();
            let menu = p.menu(
                "main-menu horizontal-menu font-2",
                "menu-item dropper standard-drop",
            );
            let meta = p.meta(rng);
            let content = render_items(items, mode, hd);
            let comments = p.comments();
            let side = p.sidebar("zeen-widget widget", rng);
            let foot = p.footer("");
            format!("<body class=\"post-template-default single single-post site-skin site-skin-light zeen-body\"><div id=\"page\" class=\"site\"><header id=\"masthead\" class=\"site-header clearfix\"><div class=\"logo-main-wrap header-padding tipi-vertical-c\"><div class=\"logo logo-main\">{logo}</div></div><nav id=\"site-navigation\" class=\"main-navigation main-navigation-1 tipi-xs-hidden\">{menu}</nav></header><div id=\"content\" class=\"site-content clearfix\"><article id=\"post-{id}\" class=\"article-layout-skin-1 post-{id} post type-post\"><div class=\"meta-wrap hero-meta tipi-flex\"><div class=\"meta\"><h1 class=\"entry-title\">{title}</h1>{meta}</div></div><div class=\"single-content contents-wrap tipi-row content-bg clearfix article-layout-1\"><div class=\"tipi-cols clearfix sticky--wrap\"><main class=\"main block-wrap block-wrap-native tipi-col tipi-xs-12 clearfix tipi-m-8\"><div class=\"block-inner-style\"><div class=\"entry-content-wrap clearfix\"><div class=\"entry-content body-color clearfix link-color-wrap\">\n{content}</div></div>{after}{comments}</div></main><aside class=\"sidebar-wrap tipi-xs-12 tipi-m-4 tipi-col sidebar-sticky\"><div class=\"sidebar\">{side}</div></aside></div></div></article></div><footer id=\"colophon\" class=\"site-footer site-footer-1\"><div class=\"bg-area\"><div class=\"footer-widget-area footer-lower-area\">{foot}</div></div></footer></div>{end}</body>")
        }
        T2::Blocksy => {
            let logo = p.logo();
            let menu = p.menu("menu", "menu-item");
            let meta = p.noise(Kind::PostMeta, format!("<ul class=\"entry-meta\" data-type=\"simple:slash\"><li class=\"meta-author\"><a class=\"ct-meta-element-author\" href=\"{home}author/{}/\"><span>{}</span></a></li><li class=\"meta-date\"><time class=\"ct-meta-element-date\" datetime=\"{}\">{}</time></li><li class=\"meta-categories\"><a href=\"{home}category/{}/\" rel=\"tag\" class=\"ct-term\">{}</a></li></ul>", slugify(p.host.staff), p.host.staff, p.iso, p.date, slugify(p.category), p.category));
            let content = render_items(items, mode, hd);
            let (a, b) = (p.others[0], p.others[p.others.len() - 1]);
            let pn = p.noise(Kind::PostNav, format!("<nav class=\"post-navigation\"><a href=\"{}\" class=\"nav-item-prev\"><div class=\"item-content\"><span class=\"item-label\">{}</span><span class=\"item-title\">{}</span></div></a><a href=\"{}\" class=\"nav-item-next\"><div class=\"item-content\"><span class=\"item-label\">{}</span><span class=\"item-title\">{}</span></div></a></nav>", p.other_url(a), ui.prev, a.title, p.other_url(b), ui.next, b.title));
            let mut rel = format!("<div class=\"ct-related-posts-container\"><div class=\"ct-container\"><div class=\"ct-related-posts\"><h3 class=\"ct-module-title\">{}</h3>", ui.related);
            for o in p.others.clone() {
                rel.push_str(&format!("<article><h4 class=\"related-entry-title\"><a href=\"{}\">{}</a></h4><ul class=\"entry-meta\"><li class=\"meta-date\">{}</li></ul></article>", p.other_url(o), o.title, p.date));
            }
            rel.push_str("</div></div></div>");
            let rel = p.noise(Kind::RelatedPosts, rel);
            let comments = p.comments();
            let foot = p.footer("Powered by Blocksy");
            format!("<body class=\"post-template-default single single-post\" data-link=\"type-2\" data-prefix=\"single_blog_post\" data-header=\"type-1\" data-footer=\"type-1\"><div id=\"main-container\"><header id=\"header\" class=\"ct-header\" data-id=\"type-1\"><div data-device=\"desktop\"><div data-row=\"middle\" data-column-set=\"2\"><div class=\"ct-container\"><div data-column=\"start\"><div class=\"site-branding\" data-id=\"logo\">{logo}</div></div><div data-column=\"end\"><nav id=\"header-menu-1\" class=\"header-menu-1\" data-id=\"menu\">{menu}</nav></div></div></div></div></header><main id=\"main\" class=\"site-main\"><div class=\"ct-container-full\" data-content=\"narrow\" data-vertical-spacing=\"top:bottom\"><article id=\"post-{id}\" class=\"post-{id} post type-post\"><div class=\"hero-section is-width-constrained\" data-type=\"type-1\"><header class=\"entry-header\"><h1 class=\"page-title\" title=\"{}\">{title}</h1>{meta}</header></div><div class=\"entry-content is-layout-constrained\">\n{content}</div>{after}{pn}</article></div>{rel}{comments}</main><footer id=\"footer\" class=\"ct-footer\" data-id=\"type-1\"><div data-row=\"bottom\"><div class=\"ct-container\"><div class=\"ct-footer-copyright\" data-id=\"copyright\">{foot}</div></div></div></footer></div>{end}</body>", esc(title))
        }
        T2::MhMagazine => {
            let logo = p.logo();
            let menu = p.menu("menu", "menu-item");
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"mh-meta entry-meta\"><span class=\"entry-meta-date updated\"><i class=\"far fa-clock\"></i><a href=\"{home}{}/\">{}</a></span><span class=\"entry-meta-author author vcard\"><i class=\"fa fa-user\"></i><a class=\"fn\" href=\"{home}author/{}/\">{}</a></span><span class=\"entry-meta-comments\"><i class=\"far fa-comment\"></i><a class=\"mh-comment-scroll\" href=\"{}#mh-comments\">0</a></span></div>", p.year, p.date, slugify(p.host.staff), p.host.staff, p.url));
            let content = render_items(items, mode, hd);
            let comments = p.comments();
            let side = p.sidebar("mh-widget", rng);
            let foot = p.footer("");
            format!("<body id=\"mh-mobile\" class=\"post-template-default single single-post mh-right-sb\" itemscope=\"itemscope\" itemtype=\"https://schema.org/WebPage\"><div class=\"mh-container mh-container-outer\"><div class=\"mh-header-nav-mobile clearfix\"></div><header class=\"mh-header\" itemscope=\"itemscope\" itemtype=\"https://schema.org/WPHeader\"><div class=\"mh-container mh-container-inner mh-row clearfix\"><div class=\"mh-custom-header clearfix\"><div class=\"mh-site-identity\"><div class=\"mh-site-logo\" role=\"banner\" itemscope=\"itemscope\" itemtype=\"https://schema.org/Brand\">{logo}</div></div></div></div><div class=\"mh-main-nav-wrap\"><nav class=\"mh-navigation mh-main-nav mh-container mh-container-inner clearfix\" itemscope=\"itemscope\" itemtype=\"https://schema.org/SiteNavigationElement\">{menu}</nav></div></header><div class=\"mh-wrapper clearfix\"><div id=\"main-content\" class=\"mh-content\" role=\"main\" itemprop=\"mainContentOfPage\"><article id=\"post-{id}\" class=\"post-{id} post type-post\"><header class=\"entry-header clearfix\"><h1 class=\"entry-title\">{title}</h1>{meta}</header><div class=\"entry-content mh-clearfix\">\n{content}</div>{after}</article>{comments}</div><aside class=\"mh-widget-col-1 mh-sidebar\" itemscope=\"itemscope\" itemtype=\"https://schema.org/WPSideBar\">{side}</aside></div><div class=\"mh-copyright-wrap\"><div class=\"mh-container mh-container-inner clearfix\">{foot}</div></div></div>{end}</body>")
        }
        T2::Tumblr => {
            let header = p.noise(Kind::Header, format!("<header id=\"header\"><a href=\"{home}\" class=\"blog-title\"><h1 class=\"title\">{site}</h1></a><div class=\"description\"><p>{}</p></div><nav class=\"blog-pages\"><a href=\"{home}archive\">Archive</a> <a href=\"{home}ask\">Ask me anything</a></nav></header>", ui.menu[2]));
            let content = render_items(items, mode, hd);
            let notes = p.noise(Kind::PostMeta, format!("<footer class=\"post-footer\"><div class=\"post-meta\"><a href=\"{}\" class=\"post-date\">{}</a><a href=\"{}#notes\" class=\"post-notes\">{} notes</a></div><ul class=\"tags\"><li><a href=\"{home}tagged/{}\">#{}</a></li><li><a href=\"{home}tagged/news\">#news</a></li></ul><div class=\"post-controls\"><a class=\"reblog_button\" href=\"https://www.tumblr.com/reblog/{id}\">Reblog</a><span class=\"like_button\">Like</span></div></footer>", p.url, p.date, p.url, 2 + p.n % 80, slugify(p.category), slugify(p.category)));
            let pager = p.noise(Kind::PostNav, format!("<nav id=\"pagination\"><a href=\"{}\" class=\"previous\">← {}</a><a href=\"{}\" class=\"next\">{} →</a></nav>", p.other_url(p.others[0]), ui.prev, p.other_url(p.others[p.others.len() - 1]), ui.next));
            let foot = p.noise(
                Kind::Footer,
                "<footer id=\"footer\"><p>Theme: Optica by Tumblr</p></footer>".to_string(),
            );
            format!("<body class=\"permalink-page\"><div id=\"container\">{header}<section id=\"posts\" class=\"content\"><article class=\"post type-text\" id=\"{id}\"><div class=\"post-wrapper\"><div class=\"post-content\"><div class=\"title\"><h2><a href=\"{}\">{title}</a></h2></div><div class=\"body-text\">\n{content}</div></div>{after}{notes}</div></article></section>{pager}{foot}</div>{end}</body>", p.url)
        }
        T2::Tilda => {
            let header = p.noise(Kind::Header, format!("<div class=\"t228__leftside\"><div class=\"t228__leftcontainer\"><a href=\"{home}\" class=\"t228__imgwrapper\"><div class=\"t228__logo t-title\" field=\"title\">{site}</div></a></div></div>"));
            let menu = p.menu("t228__list t-menu__list", "t228__list_item");
            let date = p.noise(Kind::PostMeta, format!("<div class=\"t-feed__post-popup__date-parts-wrapper\"><span class=\"t-feed__post-popup__date t-uptitle t-uptitle_xs\">{}</span></div>", p.date));
            let content = render_items(items, mode, hd);
            let foot = p.noise(Kind::Footer, format!("<div class=\"t420\"><div class=\"t420__col t-col t-col_3\"><div class=\"t420__logo t-title\">{site}</div><div class=\"t420__text t-descr t-descr_xxs\">© {}</div></div></div><div class=\"t-tildalabel\"><a href=\"https://tilda.cc/?upm={id}\" target=\"_blank\" class=\"t-tildalabel__link\"><div class=\"t-tildalabel__wrapper\"><div class=\"t-tildalabel__txtleft\">Made on </div><div class=\"t-tildalabel__txtright\">Tilda</div></div></a></div>", p.year));
            let grid = {
                let mut g = format!("<div class=\"t-feed__post-popup__relevants\"><div class=\"t-feed__post-popup__relevants-title t-uptitle t-uptitle_xl\">{}</div><ul class=\"t-feed__post-popup__relevants-list\">", ui.related);
                for o in p.others.clone() {
                    g.push_str(&format!("<li class=\"t-feed__post-popup__relevants-item\"><a href=\"{}\"><div class=\"t-feed__post-popup__relevants-item-title t-name t-name_xs\">{}</div><div class=\"t-feed__post-popup__relevants-item-descr t-descr t-descr_xxs\">{}</div></a></li>", p.other_url(o), o.title, Page2::excerpt(o, 16)));
                }
                g.push_str("</ul></div>");
                p.noise(Kind::RelatedPosts, g)
            };
            format!("<body class=\"t-body\" style=\"margin:0;\"><div id=\"allrecords\" class=\"t-records\" data-tilda-project-id=\"{id}\"><div id=\"rec{id}1\" class=\"r t-rec\" data-record-type=\"257\"><div class=\"t228 t228__positionfixed\">{header}<div class=\"t228__centerside\"><nav class=\"t228__centercontainer\">{menu}</nav></div></div></div><div id=\"rec{id}2\" class=\"r t-rec\" data-record-type=\"1002\"><div class=\"t-feed__post-popup t-feed__post-popup_opened\"><div class=\"t-feed__post-popup__container t-container\"><div class=\"t-feed__post-popup__content t-col t-col_8\"><div class=\"t-feed__post-popup__title-wrapper\"><h1 class=\"js-feed-post-title t-feed__post-popup__title t-title t-title_xs\">{title}</h1></div>{date}<div id=\"feed-text\" class=\"r t-feed__post-popup__text-wrapper\"><div class=\"js-feed-post-text t-feed__post-popup__text t-text t-text_md\"><section><div class=\"t-redactor__text\">\n{content}</div></section></div></div>{after}</div></div>{grid}</div></div><div id=\"rec{id}3\" class=\"r t-rec\">{foot}</div></div>{end}</body>")
        }
        T2::Webflow => {
            let logo = p.noise(Kind::Header, format!("<a href=\"/\" aria-current=\"page\" class=\"brand w-nav-brand\"><img src=\"https://assets-global.website-files.com/{id:x}/logo.svg\" loading=\"lazy\" alt=\"{}\" class=\"logo-image\"></a>", esc(site)));
            let menu = p.menu("nav-menu w-nav-menu", "nav-link w-nav-link");
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"blog-meta-wrapper\"><div class=\"blog-category\">{}</div><div class=\"blog-date\">{}</div><div class=\"blog-read-time\">{} {}</div></div>", p.category, p.date, 3 + p.n % 5, ui.min_read));
            let content = render_items(items, mode, hd);
            let mut more = format!("<div class=\"section more-posts\"><div class=\"w-container\"><h2 class=\"section-heading\">{}</h2><div class=\"collection-list-wrapper w-dyn-list\"><div role=\"list\" class=\"collection-list w-dyn-items w-row\">", ui.recent);
            for o in p.others.clone() {
                more.push_str(&format!("<div role=\"listitem\" class=\"collection-item w-dyn-item w-col w-col-4\"><a href=\"{}\" class=\"blog-card w-inline-block\"><h3 class=\"blog-card-title\">{}</h3><p class=\"blog-card-summary\">{}</p></a></div>", p.other_url(o), o.title, Page2::excerpt(o, 22)));
            }
            more.push_str("</div></div></div></div>");
            let more = p.noise(Kind::PostGrid, more);
            let foot = p.footer("");
            format!("<body><div data-collapse=\"medium\" data-animation=\"default\" class=\"navbar w-nav\"><div class=\"w-container\">{logo}<nav role=\"navigation\" class=\"nav-menu-wrapper\">{menu}</nav></div></div><div class=\"section blog-post-section\"><div class=\"w-container\"><div class=\"blog-post-header\"><h1 class=\"blog-post-title\">{title}</h1>{meta}</div><div class=\"rich-text-block w-richtext\">\n{content}</div>{after}</div></div>{more}<div class=\"footer\"><div class=\"w-container\">{foot}</div></div>{end}</body>")
        }
        T2::BloggerNotable => {
            let header = p.noise(Kind::Header, format!("<div class=\"header-widget\"><div><h1><a href=\"{home}\">{site}</a></h1></div></div>"));
            let mut header = header;
            let (tagline, shown) = (p.host.tagline, p.host.tagline_in_header);
            header.push_str(&p.header_tagline(
                tagline,
                shown,
                "<p class=\"description\"><span>",
                "</span></p>",
            ));
            let byline = p.noise(Kind::PostMeta, format!("<div class=\"post-header\"><div class=\"post-header-line-1\"><span class=\"byline post-author vcard\"><span class=\"byline-label\">{}</span> <span class=\"fn\"><meta content=\"https://www.blogger.com/profile/{id}\"><a class=\"g-profile\" href=\"https://www.blogger.com/profile/{id}\" rel=\"author\"><span>{}</span></a></span></span> <span class=\"byline post-timestamp\"><meta content=\"{}\"><a class=\"timestamp-link\" href=\"{}\" rel=\"bookmark\"><time class=\"published\" datetime=\"{}\">{}</time></a></span></div></div>", ui.by, p.host.staff, p.url, p.url, p.iso, p.date));
            let content = render_items(items, mode, hd);
            let labels = p.noise(Kind::PostMeta, format!("<div class=\"post-footer\"><div class=\"post-footer-line post-footer-line-1\"><span class=\"byline post-labels\"><span class=\"byline-label\">{}</span><a href=\"{home}search/label/{}\" rel=\"tag\">{}</a></span></div><div class=\"post-share-buttons post-share-buttons-bottom\"><div class=\"byline post-share-buttons goog-inline-block\"><div aria-owns=\"sharing-popup-Blog1-byline-{id}\" class=\"sharing\"><span class=\"share-button-link-text\">Share</span></div></div></div></div>", ui.tags, p.category.replace(' ', "%20"), p.category));
            let comments = p.noise(Kind::CommentForm, format!("<section class=\"comments embed\" data-num-comments=\"0\" id=\"comments\"><a name=\"comments\"></a><h3 class=\"title\">{}</h3><div class=\"comment-footer\"><div class=\"comment-form\"><a name=\"comment-form\"></a><p></p><a href=\"https://www.blogger.com/comment/frame/{id}\" id=\"comment-editor-src\"></a><iframe class=\"blogger-iframe-colorize blogger-comment-from-post\" id=\"comment-editor\" name=\"comment-editor\" src=\"\"></iframe></div></div></section>", ui.comments));
            let mut popular = format!("<div class=\"widget PopularPosts\" data-version=\"2\" id=\"PopularPosts1\"><h3 class=\"title\">{}</h3><div class=\"widget-content\">", ui.trending);
            for o in p.others.clone() {
                popular.push_str(&format!("<div role=\"feed\"><article class=\"post\" role=\"article\"><h3 class=\"post-title\"><a href=\"{}\">{}</a></h3><div class=\"item-content float-container\"><div class=\"popular-posts-snippet snippet-container r-snippet-container\"><div class=\"snippet-item r-snippetized\">{}</div></div></div></article></div>", p.other_url(o), o.title, Page2::excerpt(o, 25)));
            }
            popular.push_str("</div></div>");
            let popular = p.noise(Kind::Sidebar, popular);
            let attribution = p.noise(Kind::Footer, "<div class=\"widget Attribution\" data-version=\"2\" id=\"Attribution1\"><div class=\"widget-content\"><div class=\"blogger\"><a href=\"https://www.blogger.com\" rel=\"nofollow\">Powered by Blogger</a></div></div></div>".to_string());
            format!("<body class=\"version-1-3-3 variant-notable_light\"><div class=\"page\"><header class=\"centered-top-container\" role=\"banner\"><div class=\"centered-top\"><div class=\"main_header_elements container\"><div class=\"blog-name\"><div class=\"section\" id=\"header\" name=\"Header\">{header}</div></div></div></div></header><div class=\"page_body\"><div class=\"centered\"><main class=\"centered-bottom\" id=\"main\" role=\"main\" tabindex=\"-1\"><div class=\"main section\" id=\"page_body\" name=\"Page Body\"><div class=\"widget Blog\" data-version=\"2\" id=\"Blog1\"><div class=\"blog-posts hfeed container\"><article class=\"post-outer-container\"><div class=\"post-outer\"><div class=\"post\"><a name=\"{id}\"></a><h3 class=\"post-title entry-title\">{title}</h3>{byline}<div class=\"post-body-container\"><div class=\"post-body entry-content float-container\" id=\"post-body-{id}\">\n{content}</div></div>{after}{labels}</div></div>{comments}</article></div></div></div></main><aside class=\"sidebar-container\"><div class=\"sidebar_top_wrapper\"><div class=\"sidebar_top section\" id=\"sidebar_top\">{popular}</div></div></aside></div></div><footer class=\"footer section\" id=\"footer\">{attribution}</footer></div>{end}</body>")
        }
        T2::AmpForWp => {
            let canonical = p.url.trim_end_matches("amp/").to_string();
            let logo = if p.host.logo_img {
                format!("<a href=\"{home}amp/\"><amp-img src=\"{home}wp-content/uploads/{}-logo.png\" width=\"190\" height=\"36\" alt=\"{}\" class=\"amp-logo\" layout=\"fixed\"></amp-img></a>", slugify(site), esc(site))
            } else {
                format!("<a href=\"{home}amp/\">{site}</a>")
            };
            let logo = p.noise(Kind::Header, logo);
            let menu = p.menu("amp-menu", "menu-item");
            let cat = p.noise(Kind::PostMeta, format!("<div class=\"amp-category\"><span><a href=\"{home}category/{}/amp/\" title=\"{}\">{}</a></span></div>", slugify(p.category), p.category, p.category));
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"sp-athr\"><span class=\"athr-tx\">{}</span><span class=\"author-details author-name\"><a href=\"{home}author/{}/amp/\">{}</a></span><div class=\"post-date\">{}</div></div>", ui.by, slugify(p.host.staff), p.host.staff, p.date));
            let content = render_items(items, mode, hd);
            let icons = p.noise(Kind::ShareBar, format!("<div class=\"ss-ic\"><span class=\"shr-txt\">{}</span><ul><li><a title=\"facebook share\" class=\"s_fb\" target=\"_blank\" href=\"https://www.facebook.com/sharer.php?u={canonical}\"></a></li><li><a title=\"twitter share\" class=\"s_tw\" target=\"_blank\" href=\"https://twitter.com/intent/tweet?url={canonical}\"></a></li><li><a title=\"whatsapp share\" class=\"s_wa\" target=\"_blank\" href=\"https://api.whatsapp.com/send?text={canonical}\"></a></li></ul></div>", ui.share));
            let mut rel = format!("<div class=\"amp-related-posts\"><ul class=\"clearfix\"><div class=\"rp\"><span class=\"related-title\">{}</span></div>", ui.related);
            for o in p.others.clone() {
                rel.push_str(&format!("<li class=\"has_thumbnail\"><div class=\"related_link\"><a href=\"{}amp/\">{}</a><p>{}</p></div></li>", p.other_url(o), o.title, Page2::excerpt(o, 20)));
            }
            rel.push_str("</ul></div>");
            let rel = p.noise(Kind::RelatedPosts, rel);
            let comments = p.noise(Kind::CommentForm, format!("<div class=\"amp-comment-button\"><a href=\"{canonical}#commentform\" rel=\"nofollow\">{}</a></div>", ui.leave));
            let foot = p.noise(Kind::Footer, format!("<div class=\"f-w\"><div class=\"rr\"><p>{} {}</p><span class=\"amp-view-non-amp\"><a href=\"{canonical}\" rel=\"nofollow\">View Non-AMP Version</a></span> <span>Powered by <a href=\"https://ampforwp.com\" rel=\"nofollow\">AMPforWP</a></span></div></div>", site, ui.rights));
            format!("<body class=\"body single-post amp-single post-id-{id} amp-single-design3\"><amp-sidebar id=\"sidebar\" class=\"sidebar\" layout=\"nodisplay\" side=\"left\"><div class=\"amp-sidebar-nav\">{menu}</div></amp-sidebar><header class=\"header h_m h_m_1\"><div class=\"cntr\"><div class=\"head h_m_w\"><div class=\"h-nav\"><div class=\"amp-logo\">{logo}</div></div></div></div></header><div class=\"content-wrapper\"><div class=\"sp\"><div class=\"cntr\">{cat}<h1 class=\"amp-post-title\">{title}</h1><div class=\"sf-img\"></div><div class=\"sp-cnt\"><div class=\"sp-rl\"><div class=\"sp-rt\">{meta}<div class=\"cntn-wrp artl-cnt\">\n{content}</div>{icons}{after}{comments}</div></div>{rel}</div></div></div></div><footer class=\"footer\">{foot}</footer>{end}</body>")
        }
        T2::JekyllMinima => {
            let header = p.noise(
                Kind::Header,
                format!("<a class=\"site-title\" rel=\"author\" href=\"/\">{site}</a>"),
            );
            let menu = p.noise(Kind::Header, format!("<div class=\"trigger\"><a class=\"page-link\" href=\"/about/\">{}</a><a class=\"page-link\" href=\"/archive/\">Archive</a></div>", ui.about));
            let meta = p.noise(Kind::PostMeta, format!("<p class=\"post-meta\"><time class=\"dt-published\" datetime=\"{}\" itemprop=\"datePublished\">{}</time> • <span itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><span class=\"p-author h-card\" itemprop=\"name\">{}</span></span></p>", p.iso, p.date, p.host.staff));
            let content = render_items(items, mode, hd);
            let foot = p.noise(Kind::Footer, format!("<div class=\"wrapper\"><div class=\"footer-col-wrapper\"><div class=\"footer-col footer-col-1\"><ul class=\"contact-list\"><li class=\"p-name\">{site}</li><li><a class=\"u-email\" href=\"mailto:news@{}\">news@{}</a></li></ul></div><div class=\"footer-col footer-col-3\"><p><a href=\"{home}feed.xml\">RSS</a></p></div></div></div>", p.host.bare, p.host.bare));
            format!("<body><header class=\"site-header\" role=\"banner\"><div class=\"wrapper\">{header}<nav class=\"site-nav\">{menu}</nav></div></header><main class=\"page-content\" aria-label=\"Content\"><div class=\"wrapper\"><article class=\"post h-entry\" itemscope itemtype=\"http://schema.org/BlogPosting\"><header class=\"post-header\"><h1 class=\"post-title p-name\" itemprop=\"name headline\">{title}</h1>{meta}</header><div class=\"post-content e-content\" itemprop=\"articleBody\">\n{content}</div>{after}<a class=\"u-url\" href=\"{}\" hidden></a></article></div></main><footer class=\"site-footer h-card\"><data class=\"u-url\" href=\"/\"></data>{foot}</footer>{end}</body>", p.url)
        }
    };
    finish(html, &body, start)
}

/// The set's own consistency checks (run by its test before judging, so
/// the non-ignored tests do not pay for them): what every composition
/// holds ([`check`]), and every page carries a site-name signal.
pub fn self_check(set: &[Composition]) -> Result<(), String> {
    for c in set {
        check(c)?;
        if !c.html.contains(&c.site_name) && !c.html.contains(&esc(&c.site_name)) {
            return Err(format!("composition {}: the site's name is nowhere", c.id));
        }
    }
    Ok(())
}
