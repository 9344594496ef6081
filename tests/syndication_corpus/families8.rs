//! The eighth red team's family set (issue 16: news-magazine autoblogs).
//! News stories copied by autoblogs on the news-magazine themes such sites
//! run (tagDiv Newspaper, JNews, Jannah, Soledad, ColorMag, Zox News) and
//! on AMP reader pages, with the chrome those themes print around a post:
//! breaking-news tickers and trending bars, post views counters, tag
//! lists, previous/next post navigation, author boxes, inline "also read"
//! boxes or bare "also read" paragraphs mid-post, "follow us on Google
//! News" buttons, Telegram and WhatsApp channel boxes, push-notification
//! bells and prompts, GTranslate flag bars (in the header or at the top of
//! the post); and the republishers' lines: "auto-generated from a
//! syndicated feed" notices, and importers' credits in shapes of their
//! own (before the headline, inside a blockquote, as a table row, as the
//! lead image's caption, after the notice). Hindi, Bengali, Tamil, Thai,
//! Swahili, Brazilian Portuguese, Ukrainian, Hebrew (right to left) and
//! English.
//!
//! Written without reading the extractor, the stripper or the other
//! generators' vocabularies; only the shared plumbing (`page.rs`) is
//! common.

use super::families8_vocab::{ui8, Story8, Ui8, B8, STORIES8, SWITCH_LANGS, UIS8};
use super::page::{
    check, esc, hosts, og_site_name, site_and_home, slugify, Composition, Kind, Record, Rng, Sheet,
};
use super::vocab::Lang;

/// Mixed into the seed: the set's own stream, apart from the others'.
pub const FAMILIES8_SEED_SALT: u64 = 0x8f08_a11e_55ed_4b17;

/// The single-post template a host's pages are made with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Layout {
    /// tagDiv's Newspaper theme.
    Newspaper,
    JNews,
    /// TieLabs' Jannah.
    Jannah,
    Soledad,
    ColorMag,
    /// MyThemeShop's Zox News.
    Zox,
    /// An AMP reader page (the AMP plugin's legacy template).
    Amp,
}

const LAYOUTS: &[Layout] = &[
    Layout::Newspaper,
    Layout::JNews,
    Layout::Jannah,
    Layout::Soledad,
    Layout::ColorMag,
    Layout::Zox,
    Layout::Amp,
];

impl Layout {
    fn name(self) -> &'static str {
        match self {
            Layout::Newspaper => "f8-tagdiv-newspaper",
            Layout::JNews => "f8-jnews",
            Layout::Jannah => "f8-jannah",
            Layout::Soledad => "f8-soledad",
            Layout::ColorMag => "f8-colormag",
            Layout::Zox => "f8-zox-news",
            Layout::Amp => "f8-amp-reader",
        }
    }
}

/// Top or bottom of the post's content.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum At {
    Top,
    Bottom,
}

/// The importer's credit, in shapes of this set.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum CreditShape {
    /// A line above the headline, in the post's header.
    BeforeHeadline,
    /// A blockquote at the end of the content.
    Blockquote,
    /// A two-row table (source, date) at the top or the bottom.
    TableRow(At),
    /// The lead image's caption, at the top of the content.
    Figcaption,
    /// After the "auto-generated" notice, in the same paragraph.
    AfterNotice,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Channel {
    Telegram,
    WhatsApp,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Related {
    /// The theme's (or a plugin's) boxed block of links.
    Box,
    /// A bare paragraph: the label in bold and one link.
    Plain,
}

const SITE_FIRST: &[&str] = &[
    "Khabar", "Samachar", "Daily", "Viral", "Taaza", "Fast", "Metro", "Live",
];
const SITE_SECOND: &[&str] = &["Express", "Times", "Bulletin", "Post", "Wire", "Today"];
const TLDS: &[&str] = &["in", "news", "online", "co", "com", "live"];

struct Host {
    site: String,
    home: String,
    layout: Layout,
    ui: &'static Ui8,
    ticker: bool,
    /// The ticker's title: trending (else breaking).
    ticker_trending: bool,
    views: bool,
    tags: bool,
    post_nav: bool,
    author_box: bool,
    related: Option<Related>,
    google_news: Option<At>,
    channel: Option<(Channel, At)>,
    push: bool,
    /// GTranslate's flags: in the header, or at the top of the post.
    gtranslate: Option<bool>,
    notice: Option<At>,
    credit: Option<(CreditShape, (&'static str, &'static str))>,
    lead_image: bool,
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

fn block(h: &Host, b: &B8) -> String {
    match b {
        B8::P(t) => format!("<p>{}</p>", esc(t)),
        B8::H(t) => match h.layout {
            Layout::Newspaper | Layout::JNews => {
                format!("<h3 class=\"wp-block-heading\">{}</h3>", esc(t))
            }
            _ => format!("<h2>{}</h2>", esc(t)),
        },
        B8::Ul(items) => {
            let mut s = String::from("<ul>");
            for i in *items {
                s.push_str(&format!("<li>{}</li>", esc(i)));
            }
            s.push_str("</ul>");
            s
        }
        B8::Q(q) => match h.layout {
            Layout::Newspaper => format!(
                "<blockquote class=\"td_quote_box td_box_center\"><p>{}</p></blockquote>",
                esc(q)
            ),
            Layout::Soledad => format!(
                "<blockquote class=\"wp-block-quote is-style-default\"><p>{}</p></blockquote>",
                esc(q)
            ),
            _ => format!("<blockquote><p>{}</p></blockquote>", esc(q)),
        },
    }
}

fn story_units(b: &B8, out: &mut Vec<String>) {
    match b {
        B8::P(t) | B8::H(t) | B8::Q(t) => out.push(t.to_string()),
        B8::Ul(items) => out.extend(items.iter().map(|s| s.to_string())),
    }
}

fn date(rng: &mut Rng, ui: &Ui8) -> (String, String) {
    let m = 1 + rng.below(12);
    let d = 1 + rng.below(28);
    let shown = match ui.html_lang {
        "pt-BR" => format!("{d:02}/{m:02}/2026"),
        "en" => format!("{d}/{m}/2026"),
        _ => format!("{d}.{m:02}.2026"),
    };
    (format!("2026-{m:02}-{d:02}"), shown)
}

fn views(rng: &mut Rng, ui: &Ui8) -> String {
    ui.views
        .replace("{n}", &(120 + rng.below(90_000)).to_string())
}

fn ticker(p: &mut Page, rng: &mut Rng, h: &Host, others: &[&'static Story8]) -> String {
    let ui = h.ui;
    let title = if h.ticker_trending {
        ui.trending
    } else {
        ui.breaking
    };
    let mut heads: Vec<String> = ui.headlines.iter().map(|s| s.to_string()).collect();
    heads.extend(others.iter().map(|o| o.title.to_string()));
    rng.shuffle(&mut heads);
    let link = |t: &str| format!("{}{}/", h.home, rng_free_slug(t));
    let html = match h.layout {
        Layout::Newspaper => {
            let mut s = format!("<div class=\"td-trending-now-wrapper\" id=\"td-trending-now-{}\" data-start=\"\"><div class=\"td-trending-now-title\" data-has-autostart=\"yes\">{title}</div><div class=\"td-trending-now-display-area\">", rng.digits(3));
            for t in &heads {
                s.push_str(&format!("<div class=\"td_module_trending_now td-trending-now-post\"><h3 class=\"entry-title td-module-title\"><a href=\"{}\" rel=\"bookmark\" title=\"{}\">{}</a></h3></div>", link(t), esc(t), esc(t)));
            }
            s.push_str("</div><div class=\"td-next-prev-wrap\"><a href=\"#\" class=\"td-trending-now-nav-left\"><i class=\"td-icon-menu-left\"></i></a><a href=\"#\" class=\"td-trending-now-nav-right\"><i class=\"td-icon-menu-right\"></i></a></div></div>");
            s
        }
        Layout::JNews => {
            let mut s = format!("<div class=\"jeg_breakingnews clearfix\"><div class=\"jeg_breakingnews_title\"><i class=\"fa fa-bolt\"></i>&nbsp;<span>{title}</span></div><div class=\"jeg_news_ticker\" data-autoplay=\"true\" data-delay=\"3000\"><div class=\"jeg_news_ticker_items\">");
            for t in &heads {
                s.push_str(&format!("<div class=\"jeg_news_ticker_item jeg_news_ticker_animated\"><a href=\"{}\">{}</a></div>", link(t), esc(t)));
            }
            s.push_str("</div></div></div>");
            s
        }
        Layout::Jannah => {
            let mut s = format!("<div class=\"breaking controls-is-active\"><span class=\"breaking-title\"><span class=\"tie-icon-bolt breaking-icon\" aria-hidden=\"true\"></span><span class=\"breaking-title-text\">{title}</span></span><ul id=\"breaking-news-in-header\" class=\"breaking-news\" data-type=\"reveal\" data-arrows=\"true\">");
            for t in &heads {
                s.push_str(&format!(
                    "<li class=\"news-item\"><a href=\"{}\">{}</a></li>",
                    link(t),
                    esc(t)
                ));
            }
            s.push_str("</ul></div>");
            s
        }
        Layout::ColorMag => {
            let mut s = format!("<div class=\"cm-top-bar\"><div class=\"cm-container\"><div class=\"cm-row\"><div class=\"cm-top-bar__1\"><div class=\"breaking-news\"><strong class=\"breaking-news-latest\">{title}:</strong><ul class=\"newsticker\">");
            for t in &heads {
                s.push_str(&format!(
                    "<li><a href=\"{}\" title=\"{}\">{}</a></li>",
                    link(t),
                    esc(t),
                    esc(t)
                ));
            }
            s.push_str("</ul></div></div></div></div></div>");
            s
        }
        Layout::Zox => {
            let mut s = format!("<div id=\"mvp-trend-wrap\" class=\"left relative\"><div class=\"mvp-main-box\"><div id=\"mvp-trend-head\"><span class=\"mvp-trend-head-text\">{title}</span></div><ul class=\"mvp-trend-list\">");
            for (i, t) in heads.iter().enumerate() {
                s.push_str(&format!("<li class=\"mvp-trend-item\"><a href=\"{}\" rel=\"bookmark\"><span class=\"mvp-trend-num\">{}</span><span class=\"mvp-trend-title\">{}</span></a></li>", link(t), i + 1, esc(t)));
            }
            s.push_str("</ul></div></div>");
            s
        }
        Layout::Soledad | Layout::Amp => {
            let mut s = format!("<div class=\"penci-top-bar\"><div class=\"penci-headline\"><span class=\"headline-title\">{title}</span><div class=\"penci-owl-carousel penci-headline-posts\">");
            for t in &heads {
                s.push_str(&format!(
                    "<div><a class=\"penci-topbar-title\" href=\"{}\">{}</a></div>",
                    link(t),
                    esc(t)
                ));
            }
            s.push_str("</div></div></div>");
            s
        }
    };
    p.noise(Kind::NewsTicker, html)
}

/// A slug for a made-up headline (non-Latin scripts give none: a number).
fn rng_free_slug(t: &str) -> String {
    let s = slugify(t);
    if s.is_empty() {
        format!("news-{}", t.chars().count() * 37 + t.len())
    } else {
        s
    }
}

fn gtranslate(p: &mut Page, rng: &mut Rng, h: &Host) -> String {
    let own = match h.ui.html_lang {
        "he" => "iw",
        "pt-BR" => "pt",
        l => l,
    };
    let mut s = format!(
        "<div class=\"gtranslate_wrapper\" id=\"gt-wrapper-{}\">",
        rng.digits(8)
    );
    for (code, name) in SWITCH_LANGS {
        s.push_str(&format!(
            "<a href=\"#\" onclick=\"doGTranslate('{own}|{code}');return false;\" title=\"{name}\" class=\"glink nturl notranslate\"><img src=\"https://cdn.gtranslate.example/flags/24/{code}.png\" height=\"24\" width=\"24\" alt=\"{code}\" loading=\"lazy\"> <span>{name}</span></a>"
        ));
    }
    s.push_str("</div>");
    p.noise(Kind::Header, s)
}

fn header(p: &mut Page, rng: &mut Rng, h: &Host, others: &[&'static Story8]) -> String {
    let t = if h.ticker {
        ticker(p, rng, h, others)
    } else {
        String::new()
    };
    let gt = if h.gtranslate == Some(true) {
        gtranslate(p, rng, h)
    } else {
        String::new()
    };
    let mut m = String::new();
    for e in h.ui.menu {
        m.push_str(&format!(
            "<li class=\"menu-item menu-item-type-taxonomy\"><a href=\"{}category/{}/\">{e}</a></li>",
            h.home,
            rng_free_slug(e)
        ));
    }
    let html = match h.layout {
        Layout::Amp => format!(
            "<header id=\"top\" class=\"amp-wp-header\"><div><a href=\"{}\">{}</a><button class=\"amp-wp-header-search\" aria-label=\"search\"></button></div></header>{gt}",
            h.home,
            esc(&h.site)
        ),
        Layout::Jannah => format!(
            "<header id=\"theme-header\" class=\"theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below\"><nav id=\"top-nav\" class=\"has-breaking-menu top-nav header-nav has-breaking-news\"><div class=\"container\"><div class=\"topbar-wrapper\"><div class=\"tie-alignleft\">{t}</div><div class=\"tie-alignright\">{gt}</div></div></div></nav><div class=\"container header-container\"><div class=\"logo-row logo-row-default\"><div id=\"logo\" class=\"text-logo\"><a title=\"{}\" href=\"{}\"><div class=\"logo-text\">{}</div></a></div></div></div><div class=\"main-nav-wrapper\"><nav id=\"main-nav\" class=\"main-nav header-nav\"><div class=\"main-menu header-menu\"><ul id=\"menu-main\" class=\"menu\"><li class=\"menu-item\"><a href=\"{}\">{}</a></li>{m}</ul></div></nav></div></header>",
            esc(&h.site),
            h.home,
            esc(&h.site),
            h.home,
            h.ui.home
        ),
        _ => format!(
            "<header class=\"site-header header-wrap\" id=\"masthead\">{t}<div class=\"header-branding\"><div class=\"site-title\"><a href=\"{}\" rel=\"home\">{}</a></div>{gt}</div><nav class=\"main-navigation\" aria-label=\"Primary\"><ul class=\"menu\"><li class=\"menu-item\"><a href=\"{}\">{}</a></li>{m}</ul></nav></header>",
            h.home,
            esc(&h.site),
            h.home,
            h.ui.home
        ),
    };
    // The ticker and the flags were recorded already: record the rest.
    let mut rest = Page {
        record: Record::default(),
    };
    let plain = html.replace(&t, "").replace(&gt, "");
    rest.noise(Kind::Header, plain);
    p.record().noise.extend(rest.record.noise);
    html
}

fn sidebar(p: &mut Page, rng: &mut Rng, h: &Host, others: &[&'static Story8]) -> String {
    let mut s = format!(
        "<div class=\"widget widget_popular_posts\"><div class=\"widget-title\"><h4>{}</h4></div><ul class=\"popular-posts-list\">",
        h.ui.popular
    );
    let mut items: Vec<&str> = h.ui.headlines.to_vec();
    items.extend(others.iter().map(|o| o.title));
    for t in items {
        let v = views(rng, h.ui);
        s.push_str(&format!(
            "<li class=\"popular-post\"><a href=\"{}{}/\">{}</a><span class=\"post-views-count\">{v}</span></li>",
            h.home,
            rng_free_slug(t),
            esc(t)
        ));
    }
    s.push_str("</ul></div>");
    p.noise(Kind::Sidebar, s)
}

fn footer(p: &mut Page, h: &Host) -> String {
    let html = match h.layout {
        Layout::Amp => format!(
            "<footer class=\"amp-wp-footer\"><div><h2>{}</h2><p>© 2026 {} · {}</p><a href=\"#top\" class=\"back-to-top\">↑</a></div></footer>",
            esc(&h.site),
            esc(&h.site),
            h.ui.rights
        ),
        _ => format!(
            "<footer id=\"footer\" class=\"site-footer\"><div class=\"footer-bottom\"><div class=\"copyright-text\">© 2026 {} — {}</div></div></footer>",
            esc(&h.site),
            h.ui.rights
        ),
    };
    p.noise(Kind::Footer, html)
}

fn push(p: &mut Page, h: &Host) -> (String, String) {
    let ui = h.ui;
    let slide = format!(
        "<div id=\"onesignal-slidedown-container\" class=\"onesignal-slidedown-container onesignal-reset slide-down\"><div id=\"onesignal-slidedown-dialog\" class=\"onesignal-slidedown-dialog\"><div id=\"normal-slidedown\"><div class=\"slidedown-body\"><div class=\"slidedown-body-icon\"><img alt=\"notification icon\" src=\"{}icon-192.png\"></div><div class=\"slidedown-body-message\">{}</div></div><div class=\"slidedown-footer\"><button class=\"align-right primary slidedown-button\" id=\"onesignal-slidedown-allow-button\">{}</button><button class=\"align-right secondary slidedown-button\" id=\"onesignal-slidedown-cancel-button\">{}</button></div></div></div></div>",
        h.home, ui.push_text, ui.push_allow, ui.push_later
    );
    let bell = format!(
        "<div id=\"onesignal-bell-container\" class=\"onesignal-bell-container onesignal-reset onesignal-bell-container-bottom-right\"><div id=\"onesignal-bell-launcher\" class=\"onesignal-bell-launcher onesignal-bell-launcher-md onesignal-bell-launcher-bottom-right\"><div class=\"onesignal-bell-launcher-button\"><svg class=\"onesignal-bell-svg\" xmlns=\"http://www.w3.org/2000/svg\" width=\"99.7\" height=\"99.7\" viewBox=\"0 0 99.7 99.7\"><circle class=\"background\" cx=\"49.9\" cy=\"49.9\" r=\"49.9\"></circle></svg></div><div class=\"onesignal-bell-launcher-message\"><div class=\"onesignal-bell-launcher-message-body\">{}</div></div></div></div>",
        ui.push_text
    );
    (
        p.noise(Kind::PushPrompt, slide),
        p.noise(Kind::PushPrompt, bell),
    )
}

fn google_news(p: &mut Page, rng: &mut Rng, h: &Host) -> String {
    let hl = h.ui.html_lang;
    let html = if rng.chance(50) {
        format!(
            "<div class=\"google-news-follow-btn\"><a href=\"https://news.google.com/publications/CAAqBwgKM{}?hl={hl}\" target=\"_blank\" rel=\"nofollow noopener\"><img src=\"{}wp-content/uploads/google-news-icon.svg\" alt=\"Google News\" width=\"32\" height=\"32\"><span>{}</span></a></div>",
            rng.digits(8),
            h.home,
            h.ui.google_news
        )
    } else {
        format!(
            "<p style=\"text-align: center;\"><a href=\"https://news.google.com/publications/CAAqBwgKM{}?hl={hl}\" target=\"_blank\" rel=\"noopener\"><strong>{}</strong></a></p>",
            rng.digits(8),
            h.ui.google_news
        )
    };
    p.noise(Kind::FollowBox, html)
}

fn channel(p: &mut Page, rng: &mut Rng, h: &Host, c: Channel) -> String {
    let handle = slugify(&h.site).replace('-', "");
    let (class, href, text) = match c {
        Channel::Telegram => (
            "telegram",
            format!("https://t.me/{handle}news"),
            h.ui.telegram_join,
        ),
        Channel::WhatsApp => (
            "whatsapp",
            format!("https://whatsapp.com/channel/0029Va{}", rng.digits(12)),
            h.ui.whatsapp_join,
        ),
    };
    let html = if rng.chance(60) {
        format!(
            "<div class=\"join-channel-box join-{class}\"><div class=\"jc-icon\"><i class=\"fab fa-{class}\"></i></div><div class=\"jc-text\"><strong>{text}</strong></div><a class=\"jc-button\" href=\"{href}\" target=\"_blank\" rel=\"nofollow noopener\">{}</a></div>",
            h.ui.join_button
        )
    } else {
        format!("<p class=\"has-text-align-center\"><a href=\"{href}\" target=\"_blank\" rel=\"noopener\">👉 {text}</a></p>")
    };
    p.noise(Kind::FollowBox, html)
}

fn related(p: &mut Page, h: &Host, style: Related, others: &[&'static Story8]) -> String {
    let Some(o) = others.first() else {
        return String::new();
    };
    let href = format!("{}{}/", h.home, o.slug);
    let html = match style {
        Related::Plain => format!(
            "<p><strong>{}: <a href=\"{href}\">{}</a></strong></p>",
            h.ui.also_read,
            esc(o.title)
        ),
        Related::Box => match h.layout {
            Layout::Newspaper => format!(
                "<div class=\"td_block_wrap td_block_related_posts td-related-inline td_block_template_1\"><div class=\"td-block-title-wrap\"><h4 class=\"td-related-title td-block-title\"><span>{}</span></h4></div><div class=\"td_block_inner\"><div class=\"td-related-row\"><div class=\"td-related-span4\"><div class=\"td_module_related_posts td-animation-stack td_mod_related_posts\"><div class=\"item-details\"><h3 class=\"entry-title td-module-title\"><a href=\"{href}\" rel=\"bookmark\">{}</a></h3></div></div></div></div></div></div>",
                h.ui.also_read,
                esc(o.title)
            ),
            Layout::JNews => format!(
                "<div class=\"jnews_inline_related_post_wrapper left_align\"><div class=\"jnews_inline_related_post\"><div class=\"jeg_postblock_29 jeg_postblock jeg_module_hook\"><div class=\"jeg_block_heading jeg_block_heading_6 jeg_subcat_right\"><h3 class=\"jeg_block_title\"><span>{}</span></h3></div><div class=\"jeg_posts\"><div class=\"jeg_postsmall\"><article class=\"jeg_post jeg_pl_xs\"><div class=\"jeg_postblock_content\"><h3 class=\"jeg_post_title\"><a href=\"{href}\">{}</a></h3></div></article></div></div></div></div></div>",
                h.ui.also_read,
                esc(o.title)
            ),
            _ => format!(
                "<div class=\"irp-wrapper\"><a class=\"irp-box\" href=\"{href}\"><div class=\"irp-cta\">{}</div><div class=\"irp-title\">{}</div></a></div>",
                h.ui.also_read,
                esc(o.title)
            ),
        },
    };
    p.noise(Kind::InlineRelated, html)
}

fn tags(p: &mut Page, h: &Host) -> String {
    let ui = h.ui;
    let links: String = ui
        .menu
        .iter()
        .take(3)
        .map(|m| {
            format!(
                "<a href=\"{}tag/{}/\" rel=\"tag\">{m}</a>",
                h.home,
                rng_free_slug(m)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let html = match h.layout {
        Layout::Newspaper => format!(
            "<div class=\"td-post-source-tags\"><ul class=\"td-tags td-post-small-box clearfix\"><li><span>{}</span></li><li>{links}</li></ul></div>",
            ui.tags
        ),
        Layout::JNews => format!(
            "<div class=\"jeg_post_tags\"><span>{}:</span> {links}</div>",
            ui.tags
        ),
        Layout::Jannah => format!(
            "<div class=\"post-bottom-meta post-bottom-tags post-tags-modern\"><div class=\"post-bottom-meta-title\"><span class=\"tie-icon-tags\" aria-hidden=\"true\"></span> {}</div><span class=\"tagcloud\">{links}</span></div>",
            ui.tags
        ),
        Layout::Soledad => format!("<div class=\"post-tags\">{links}</div>"),
        Layout::ColorMag => format!(
            "<div class=\"cm-tag-links\"><span class=\"cm-tags-title\">{}:</span> {links}</div>",
            ui.tags
        ),
        Layout::Zox => format!(
            "<div class=\"mvp-post-tags\"><span class=\"mvp-post-tags-header\">{}:</span><span itemprop=\"keywords\">{links}</span></div>",
            ui.tags
        ),
        Layout::Amp => format!(
            "<div class=\"amp-wp-meta amp-wp-tax-tag\">{}: {links}</div>",
            ui.tags
        ),
    };
    p.noise(Kind::PostMeta, html)
}

fn post_nav(p: &mut Page, h: &Host, others: &[&'static Story8]) -> String {
    let (Some(prev), next) = (others.first(), others.get(1).or(others.first())) else {
        return String::new();
    };
    let next = next.unwrap_or(prev);
    let ui = h.ui;
    let ph = format!("{}{}/", h.home, prev.slug);
    let nh = format!("{}{}/", h.home, next.slug);
    let (pt, nt) = (esc(prev.title), esc(next.title));
    let html = match h.layout {
        Layout::Newspaper => format!(
            "<div class=\"td-block-row td-post-next-prev\"><div class=\"td-block-span6 td-post-prev-post\"><div class=\"td-post-next-prev-content\"><span>{}</span><a href=\"{ph}\">{pt}</a></div></div><div class=\"td-next-prev-separator\"></div><div class=\"td-block-span6 td-post-next-post\"><div class=\"td-post-next-prev-content\"><span>{}</span><a href=\"{nh}\">{nt}</a></div></div></div>",
            ui.prev, ui.next
        ),
        Layout::JNews => format!(
            "<div class=\"jnews_prev_next_container\"><div class=\"jeg_prevnext_post\"><a href=\"{ph}\" class=\"post prev-post\"><span class=\"caption\">{}</span><h3 class=\"post-title\">{pt}</h3></a><a href=\"{nh}\" class=\"post next-post\"><span class=\"caption\">{}</span><h3 class=\"post-title\">{nt}</h3></a></div></div>",
            ui.prev, ui.next
        ),
        Layout::Jannah => format!(
            "<div class=\"prev-next-post-nav container-wrapper media-overlay\"><div class=\"tie-col-xs-6 prev-post\"><a href=\"{ph}\" class=\"post-thumb\" rel=\"prev\"><div class=\"post-thumb-overlay-wrap\"><div class=\"post-thumb-overlay\"><span class=\"tie-icon tie-media-icon\"></span></div></div></a><a href=\"{ph}\" rel=\"prev\"><h3 class=\"post-title\">{pt}</h3></a></div><div class=\"tie-col-xs-6 next-post\"><a href=\"{nh}\" rel=\"next\"><h3 class=\"post-title\">{nt}</h3></a></div></div>"
        ),
        Layout::Soledad => format!(
            "<div class=\"post-pagination pcpagp-style-1\"><div class=\"prev-post\"><div class=\"prev-post-inner\"><div class=\"prev-post-title\"><span>{}</span></div><a href=\"{ph}\"><div class=\"pagi-text\"><h5 class=\"prev-title\">{pt}</h5></div></a></div></div><div class=\"next-post\"><div class=\"next-post-inner\"><div class=\"prev-post-title next-post-title\"><span>{}</span></div><a href=\"{nh}\"><div class=\"pagi-text\"><h5 class=\"next-title\">{nt}</h5></div></a></div></div></div>",
            ui.prev, ui.next
        ),
        Layout::ColorMag => format!(
            "<ul class=\"default-wp-page\"><li class=\"previous\"><a href=\"{ph}\" rel=\"prev\"><span class=\"meta-nav\">←</span> {pt}</a></li><li class=\"next\"><a href=\"{nh}\" rel=\"next\">{nt} <span class=\"meta-nav\">→</span></a></li></ul>"
        ),
        Layout::Zox => format!(
            "<div id=\"mvp-prev-next-wrap\" class=\"left relative\"><div class=\"mvp-prev-post-wrap left relative\"><a href=\"{ph}\" rel=\"bookmark\"><div class=\"mvp-prev-next-text left relative\"><span class=\"mvp-prev-next-label left relative\">{}</span><p>{pt}</p></div></a></div><div class=\"mvp-next-post-wrap right relative\"><a href=\"{nh}\" rel=\"bookmark\"><div class=\"mvp-prev-next-text left relative\"><span class=\"mvp-prev-next-label left relative\">{}</span><p>{nt}</p></div></a></div></div>",
            ui.prev, ui.next
        ),
        Layout::Amp => format!(
            "<div class=\"amp-wp-article-nav\"><a class=\"amp-prev\" href=\"{ph}amp/\">« {pt}</a> <a class=\"amp-next\" href=\"{nh}amp/\">{nt} »</a></div>"
        ),
    };
    p.noise(Kind::PostNav, html)
}

fn author_box(p: &mut Page, h: &Host, author: &str) -> String {
    let ui = h.ui;
    let bio = esc(&ui.bio.replace("{author}", author));
    let a = esc(author);
    let href = format!("{}author/{}/", h.home, rng_free_slug(author));
    let avatar = "<img alt=\"\" src=\"https://secure.gravatar.example/avatar/0?s=96&amp;d=mm\" class=\"avatar avatar-96 photo\" height=\"96\" width=\"96\">";
    let html = match h.layout {
        Layout::Newspaper => format!(
            "<div class=\"author-box-wrap\"><a href=\"{href}\" aria-label=\"author-photo\">{avatar}</a><div class=\"desc\"><div class=\"td-author-name vcard author\"><span class=\"fn\"><a href=\"{href}\">{a}</a></span></div><div class=\"td-author-description\">{bio}</div><div class=\"clearfix\"></div></div></div>"
        ),
        Layout::JNews => format!(
            "<div class=\"jnews_author_box_container \"><div class=\"jeg_authorbox\"><div class=\"jeg_author_image\">{avatar}</div><div class=\"jeg_author_content\"><h3 class=\"jeg_author_name\"><a href=\"{href}\">{a}</a></h3><p class=\"jeg_author_desc\">{bio}</p></div></div></div>"
        ),
        Layout::Jannah => format!(
            "<div class=\"about-author container-wrapper about-author-1\"><div class=\"author-avatar\"><a href=\"{href}\">{avatar}</a></div><div class=\"author-info\"><h3 class=\"author-name\"><a href=\"{href}\">{a}</a></h3><div class=\"author-bio\">{bio}</div></div></div>"
        ),
        Layout::Soledad => format!(
            "<div class=\"post-author abio-style-1 bioimg-round\"><div class=\"author-img\">{avatar}</div><div class=\"author-content\"><h5><a href=\"{href}\" class=\"author-url url fn n\">{a}</a></h5><p>{bio}</p></div></div>"
        ),
        Layout::ColorMag => format!(
            "<div class=\"cm-author-box\"><div class=\"cm-author-img\">{avatar}</div><div class=\"cm-author-box-content\"><h4 class=\"cm-author-name\">{}: {a}</h4><p class=\"cm-author-description\">{bio}</p></div></div>",
            ui.about_author
        ),
        Layout::Zox => format!(
            "<div id=\"mvp-author-box-wrap\" class=\"left relative\"><div class=\"mvp-author-box-out right relative\"><div id=\"mvp-author-box-img\" class=\"left relative\">{avatar}</div><div class=\"mvp-author-box-in\"><div id=\"mvp-author-box-head\" class=\"left relative\"><span class=\"mvp-author-box-name left relative\"><a href=\"{href}\">{a}</a></span></div></div></div><div id=\"mvp-author-box-text\" class=\"left relative\"><p>{bio}</p></div></div>"
        ),
        Layout::Amp => format!(
            "<div class=\"amp-author\"><div class=\"amp-author-image\">{avatar}</div><div class=\"author-details\"><span class=\"author-name\">{a}</span><p>{bio}</p></div></div>"
        ),
    };
    p.noise(Kind::AuthorBox, html)
}

fn notice(p: &mut Page, h: &Host, link: Option<(&str, &str)>) -> String {
    let ui = h.ui;
    match link {
        Some((url, outlet)) => {
            let html = format!(
                "<div class=\"auto-post-notice\"><p><em>{}</em> {} <a href=\"{url}\" target=\"_blank\" rel=\"nofollow noopener\">{}</a></p></div>",
                ui.auto_notice,
                ui.original,
                esc(outlet)
            );
            p.noise(Kind::AutoblogCredit, html)
        }
        None => {
            let html = format!(
                "<p class=\"feed-disclaimer\"><em>{}</em></p>",
                ui.auto_notice
            );
            p.noise(Kind::Disclaimer, html)
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn credit(
    p: &mut Page,
    rng: &mut Rng,
    h: &Host,
    shape: CreditShape,
    url: &str,
    outlet: &str,
    domain: &str,
    s: &Story8,
    shown: &str,
) -> String {
    let ui = h.ui;
    let o = esc(outlet);
    let html = match shape {
        CreditShape::BeforeHeadline => format!(
            "<div class=\"syndicated-from\"><span class=\"sf-label\">{}</span> <a href=\"{url}\" target=\"_blank\" rel=\"nofollow noopener\">{o}</a></div>",
            ui.original
        ),
        CreditShape::Blockquote => {
            if rng.chance(50) {
                format!(
                    "<blockquote class=\"wp-block-quote feed-source\"><p>{}: <a href=\"{url}\" rel=\"nofollow\">{o}</a></p></blockquote>",
                    ui.source_label
                )
            } else {
                format!(
                    "<blockquote><p>{} <a href=\"{url}\">{}</a></p><cite>{o}</cite></blockquote>",
                    ui.original,
                    esc(s.title)
                )
            }
        }
        CreditShape::TableRow(_) => format!(
            "<table class=\"feed-meta\"><tbody><tr><th>{}</th><td><a href=\"{url}\" target=\"_blank\">{o}</a></td></tr><tr><th>{}</th><td>{shown}</td></tr></tbody></table>",
            ui.source_label, ui.published
        ),
        CreditShape::Figcaption => {
            let img = format!("https://{domain}/uploads/2026/{}-{}.jpg", s.slug, rng.digits(4));
            if h.layout == Layout::Amp {
                format!(
                    "<figure class=\"amp-wp-article-featured-image wp-caption\"><amp-img width=\"1200\" height=\"675\" src=\"{img}\" class=\"attachment-large size-large wp-post-image amp-wp-enforced-sizes\" alt=\"{}\" layout=\"intrinsic\"></amp-img><p class=\"wp-caption-text\">{}: <a href=\"{url}\">{o}</a></p></figure>",
                    esc(s.title),
                    ui.photo_story
                )
            } else {
                format!(
                    "<figure class=\"wp-block-image size-large\"><img decoding=\"async\" width=\"1200\" height=\"675\" src=\"{img}\" alt=\"{}\"><figcaption class=\"wp-element-caption\">{}: <a href=\"{url}\">{o}</a></figcaption></figure>",
                    esc(s.title),
                    ui.photo_story
                )
            }
        }
        CreditShape::AfterNotice => return notice(p, h, Some((url, outlet))),
    };
    p.noise(Kind::AutoblogCredit, html)
}

fn lead_image(h: &Host, s: &Story8, rng: &mut Rng) -> String {
    let src = format!(
        "{}wp-content/uploads/2026/{}/{}-{}.jpg",
        h.home,
        1 + rng.below(12),
        s.slug,
        rng.digits(3)
    );
    match h.layout {
        Layout::Amp => format!(
            "<figure class=\"amp-wp-article-featured-image\"><amp-img width=\"1024\" height=\"576\" src=\"{src}\" alt=\"\" layout=\"intrinsic\"></amp-img></figure>"
        ),
        _ => format!(
            "<figure class=\"wp-block-image size-full\"><img decoding=\"async\" loading=\"lazy\" width=\"1024\" height=\"576\" src=\"{src}\" alt=\"\"></figure>"
        ),
    }
}

fn meta(p: &mut Page, rng: &mut Rng, h: &Host, author: &str, iso: &str, shown: &str) -> String {
    let ui = h.ui;
    let a = esc(author);
    let href = format!("{}author/{}/", h.home, rng_free_slug(author));
    let v = if h.views {
        views(rng, ui)
    } else {
        String::new()
    };
    let html = match h.layout {
        Layout::Newspaper => format!(
            "<div class=\"td-module-meta-info\"><div class=\"td-post-author-name\"><div class=\"td-author-by\">{}</div> <a href=\"{href}\">{a}</a><div class=\"td-author-line\"> - </div></div><span class=\"td-post-date\"><time class=\"entry-date updated td-module-date\" datetime=\"{iso}T08:30:00+00:00\">{shown}</time></span>{}</div>",
            ui.by,
            if v.is_empty() { String::new() } else { format!("<div class=\"td-post-views\"><i class=\"td-icon-views\"></i><span class=\"td-nr-views-{}\">{v}</span></div>", rng.digits(5)) }
        ),
        Layout::JNews => format!(
            "<div class=\"jeg_meta_container\"><div class=\"jeg_post_meta jeg_post_meta_1\"><div class=\"meta_left\"><div class=\"jeg_meta_author\"><span class=\"meta_text\">{}</span> <a href=\"{href}\">{a}</a></div><div class=\"jeg_meta_date\"><a href=\"#\">{shown}</a></div></div><div class=\"meta_right\">{}</div></div></div>",
            ui.by,
            if v.is_empty() { String::new() } else { format!("<div class=\"jeg_meta_views\"><i class=\"fa fa-eye\"></i> <span>{v}</span></div>") }
        ),
        Layout::Jannah => format!(
            "<div class=\"single-post-meta post-meta clearfix\"><span class=\"author-meta single-author no-avatars\"><span class=\"meta-item meta-author-wrapper meta-author-1\"><span class=\"meta-author\"><a href=\"{href}\" class=\"author-name tie-icon\" title=\"{a}\">{a}</a></span></span></span><span class=\"date meta-item tie-icon\">{shown}</span><div class=\"tie-alignright\">{}</div></div>",
            if v.is_empty() { String::new() } else { format!("<span class=\"meta-views meta-item \"><span class=\"tie-icon-fire\" aria-hidden=\"true\"></span> {v} </span>") }
        ),
        Layout::Soledad => format!(
            "<div class=\"post-box-meta-single\"><span class=\"author-post byline\"><span class=\"author vcard\">{} <a class=\"author-url url fn n\" href=\"{href}\">{a}</a></span></span><span><time class=\"entry-date published\" datetime=\"{iso}T08:30:00+00:00\">{shown}</time></span>{}</div>",
            ui.by,
            if v.is_empty() { String::new() } else { format!("<span class=\"penci-post-countview\"><i class=\"penci-faicon fa fa-eye\"></i> {v}</span>") }
        ),
        Layout::ColorMag => format!(
            "<div class=\"cm-below-entry-meta\"><span class=\"cm-post-date\"><a href=\"#\" rel=\"bookmark\"><time class=\"entry-date published\" datetime=\"{iso}T08:30:00+00:00\">{shown}</time></a></span><span class=\"cm-author cm-vcard\"><a class=\"url fn n\" href=\"{href}\">{a}</a></span>{}</div>",
            if v.is_empty() { String::new() } else { format!("<span class=\"cm-post-views\">{v}</span>") }
        ),
        Layout::Zox => format!(
            "<div class=\"mvp-author-info-wrap left relative\"><div class=\"mvp-author-info-text left relative\"><div class=\"mvp-author-info-date left relative\"><p>{}</p> <span class=\"mvp-post-date\">{shown}</span></div><div class=\"mvp-author-info-name left relative\" itemprop=\"author\"><p>{}</p> <span class=\"author-name vcard fn author\"><a href=\"{href}\">{a}</a></span></div>{}</div></div>",
            ui.published,
            ui.by,
            if v.is_empty() { String::new() } else { format!("<div class=\"mvp-post-views\"><span>{v}</span></div>") }
        ),
        Layout::Amp => format!(
            "<div class=\"amp-wp-meta amp-wp-byline\"><span class=\"amp-wp-author author vcard\">{a}</span></div><div class=\"amp-wp-meta amp-wp-posted-on\"><time datetime=\"{iso}T08:30:00+00:00\">{shown}</time></div>{}",
            if v.is_empty() { String::new() } else { format!("<div class=\"amp-wp-meta amp-post-views\">{v}</div>") }
        ),
    };
    p.noise(Kind::PostMeta, html)
}

/// The post's content: story blocks with the host's chrome among them,
/// and the text a perfect extractor returns.
fn content(
    p: &mut Page,
    rng: &mut Rng,
    h: &Host,
    s: &Story8,
    others: &[&'static Story8],
    credit_html: Option<String>,
) -> (String, Vec<String>) {
    let mut expected = Vec::new();
    for b in s.blocks {
        story_units(b, &mut expected);
    }
    let mid = (s.blocks.len() / 2..s.blocks.len() - 1)
        .find(|&i| matches!(s.blocks[i], B8::P(_)))
        .map(|i| i + 1);
    let top_credit = matches!(
        h.credit,
        Some((CreditShape::Figcaption | CreditShape::TableRow(At::Top), _))
    );
    let mut out = String::new();
    if h.gtranslate == Some(false) {
        out.push_str(&gtranslate(p, rng, h));
    }
    if top_credit {
        if let Some(c) = &credit_html {
            out.push_str(c);
        }
    } else if h.lead_image {
        out.push_str(&lead_image(h, s, rng));
    }
    if h.notice == Some(At::Top) {
        out.push_str(&notice(p, h, None));
    }
    if h.google_news == Some(At::Top) {
        out.push_str(&google_news(p, rng, h));
    }
    if let Some((c, At::Top)) = h.channel {
        out.push_str(&channel(p, rng, h, c));
    }
    out.push('\n');
    for (i, b) in s.blocks.iter().enumerate() {
        if Some(i) == mid {
            if let Some(r) = h.related {
                out.push_str(&related(p, h, r, others));
                out.push('\n');
            }
        }
        out.push_str(&block(h, b));
        out.push('\n');
    }
    if h.notice == Some(At::Bottom) {
        out.push_str(&notice(p, h, None));
    }
    if !top_credit && !matches!(h.credit, Some((CreditShape::BeforeHeadline, _))) {
        if let Some(c) = &credit_html {
            out.push_str(c);
        }
    }
    if let Some((c, At::Bottom)) = h.channel {
        out.push_str(&channel(p, rng, h, c));
    }
    if h.google_news == Some(At::Bottom) {
        out.push_str(&google_news(p, rng, h));
    }
    if h.layout == Layout::Soledad && h.tags {
        out.push_str(&tags(p, h));
    }
    (out, expected)
}

fn page(
    rng: &mut Rng,
    h: &Host,
    s: &'static Story8,
    others: &[&'static Story8],
    id: usize,
    group: usize,
) -> Composition {
    let (iso, shown) = date(rng, h.ui);
    let pid = rng.digits(5);
    let canonical = format!("{}{}/{}/{}/", h.home, &iso[..4], &iso[5..7], s.slug);
    let url = if h.layout == Layout::Amp {
        format!("{canonical}amp/")
    } else {
        canonical.clone()
    };
    let mut p = Page {
        record: Record::default(),
    };
    let author = *rng.pick(h.ui.authors);
    let (source_url, credit_html) = match h.credit {
        Some((shape, (outlet, domain))) => {
            let orig = if rng.chance(50) {
                format!(
                    "https://www.{domain}/{}/{}/{}/",
                    &iso[..4],
                    &iso[5..7],
                    s.slug
                )
            } else {
                format!("https://{domain}/news/{}-{}.html", s.slug, rng.digits(6))
            };
            let html = credit(&mut p, rng, h, shape, &orig, outlet, domain, s, &shown);
            (Some(orig), Some(html))
        }
        None => (None, None),
    };
    let (slide, bell) = if h.push {
        push(&mut p, h)
    } else {
        (String::new(), String::new())
    };
    let head = header(&mut p, rng, h, others);
    let m = meta(&mut p, rng, h, author, &iso, &shown);
    let (body, expected) = content(&mut p, rng, h, s, others, credit_html.clone());
    let pre = match (h.credit, &credit_html) {
        (Some((CreditShape::BeforeHeadline, _)), Some(c)) => c.clone(),
        _ => String::new(),
    };
    let tg = if h.tags && h.layout != Layout::Soledad {
        tags(&mut p, h)
    } else {
        String::new()
    };
    let nav = if h.post_nav {
        post_nav(&mut p, h, others)
    } else {
        String::new()
    };
    let ab = if h.author_box {
        author_box(&mut p, h, author)
    } else {
        String::new()
    };
    let side = if h.layout == Layout::Amp {
        String::new()
    } else {
        sidebar(&mut p, rng, h, others)
    };
    let foot = footer(&mut p, h);
    let title = esc(s.title);
    let cat = h.ui.category;
    let cat_href = format!("{}category/{}/", h.home, rng_free_slug(cat));
    let catlink = p.noise(
        Kind::Breadcrumbs,
        format!("<a href=\"{cat_href}\" rel=\"category tag\">{cat}</a>"),
    );
    let rtl = if h.ui.rtl { " rtl" } else { "" };
    let bodyhtml = match h.layout {
        Layout::Newspaper => format!(
            "<body class=\"post-template-default single single-post postid-{pid} single-format-standard td-standard-pack global-block-template-1 single_template_1 td-full-layout{rtl}\" itemscope=\"itemscope\" itemtype=\"https://schema.org/WebPage\">{slide}<div class=\"td-scroll-up\"></div><div id=\"td-outer-wrap\" class=\"td-theme-wrap\"><div class=\"td-header-wrap td-header-style-1\">{head}</div><div class=\"td-main-content-wrap td-container-wrap\"><div class=\"td-container td-post-template-default\"><div class=\"td-pb-row\"><div class=\"td-pb-span8 td-main-content\" role=\"main\"><div class=\"td-ss-main-content\"><article id=\"post-{pid}\" class=\"post-{pid} post type-post status-publish format-standard has-post-thumbnail\" itemscope itemtype=\"https://schema.org/Article\"><div class=\"td-post-header\"><ul class=\"td-category\"><li class=\"entry-category\">{catlink}</li></ul><header class=\"td-post-title\">{pre}<h1 class=\"entry-title\">{title}</h1>{m}</header></div><div class=\"td-post-content tagdiv-type\">\n{body}</div><footer>{tg}{nav}{ab}</footer></article></div></div><div class=\"td-pb-span4 td-main-sidebar\" role=\"complementary\"><div class=\"td-ss-main-sidebar\">{side}</div></div></div></div></div>{foot}</div>{bell}</body>"
        ),
        Layout::JNews => format!(
            "<body class=\"wp-singular post-template-default single single-post postid-{pid} single-format-standard jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal wpb-js-composer{rtl}\">{slide}<div class=\"jeg_ad jeg_ad_top jnews_header_top_ads\"></div><div class=\"jeg_viewport\"><div class=\"jeg_header_wrapper\">{head}</div><div class=\"jeg_main \"><div class=\"jeg_container\"><div class=\"jeg_content jeg_singlepage\"><div class=\"container\"><div class=\"jeg_ad jeg_article jnews_article_top_ads\"></div><div class=\"row\"><div class=\"jeg_main_content col-md-8\"><div class=\"jeg_inner_content\"><div class=\"jeg_breadcrumbs jeg_breadcrumb_container\"><div id=\"breadcrumbs\"><span><a href=\"{}\">{}</a></span><i class=\"fa fa-angle-right\"></i><span class=\"breadcrumb_last_link\">{catlink}</span></div></div><div class=\"entry-header\">{pre}<h1 class=\"jeg_post_title\">{title}</h1>{m}</div><div class=\"jeg_featured featured_image\"></div><div class=\"entry-content no-share\"><div class=\"content-inner \">\n{body}</div></div>{tg}{nav}{ab}</div></div><div class=\"jeg_sidebar left jeg_sticky_sidebar col-md-4\">{side}</div></div></div></div></div></div>{foot}</div>{bell}</body>",
            h.home,
            h.ui.home
        ),
        Layout::Jannah => format!(
            "<body id=\"tie-body\" class=\"post-template-default single single-post postid-{pid} single-format-standard tie-no-js wrapper-has-shadow block-head-1 magazine1 is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share{rtl}\">{slide}<div class=\"background-overlay\"><div id=\"tie-container\" class=\"site tie-container\"><div id=\"tie-wrapper\">{head}<div id=\"content\" class=\"site-content container\"><div id=\"main-content-row\" class=\"tie-row main-content-row\"><div class=\"main-content tie-col-md-8 tie-col-xs-12\" role=\"main\"><article id=\"the-post\" class=\"container-wrapper post-content tie-standard\"><header class=\"entry-header-outer\"><nav id=\"breadcrumb\"><a href=\"{}\"><span class=\"tie-icon-home\" aria-hidden=\"true\"></span> {}</a><em class=\"delimiter\">/</em>{catlink}</nav><div class=\"entry-header\">{pre}<h1 class=\"post-title entry-title\">{title}</h1>{m}</div></header><div class=\"entry-content entry clearfix\">\n{body}</div>{tg}</article><div class=\"post-components\">{ab}{nav}</div></div><aside class=\"sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky\" aria-label=\"Primary Sidebar\"><div class=\"theiaStickySidebar\">{side}</div></aside></div></div>{foot}</div></div></div>{bell}</body>",
            h.home,
            h.ui.home
        ),
        Layout::Soledad => format!(
            "<body class=\"post-template-default single single-post postid-{pid} single-format-standard soledad-ver-8-4 penci-body-single-style-1 penci-show-pthumb{rtl}\">{slide}<div class=\"wrapper-boxed header-style-header-1\">{head}<div class=\"container container-single penci_sidebar right-sidebar penci-enable-lightbox\"><div id=\"main\" class=\"penci-main-sticky-sidebar\"><div class=\"theiaStickySidebar\"><article id=\"post-{pid}\" class=\"post type-post status-publish\"><div class=\"header-standard header-classic single-header\"><div class=\"penci-standard-cat\"><span class=\"cat\">{catlink}</span></div>{pre}<h1 class=\"post-title single-post-title entry-title\">{title}</h1>{m}</div><div class=\"post-entry blockquote-style-2\"><div class=\"inner-post-entry entry-content\" id=\"penci-post-entry-inner\">\n{body}<div class=\"penci-single-link-pages\"></div></div></div>{ab}{nav}</article></div></div><div id=\"sidebar\" class=\"penci-sidebar-right penci-sidebar-content style-1 pcalign-left\"><div class=\"theiaStickySidebar\">{side}</div></div></div>{foot}</div>{bell}</body>"
        ),
        Layout::ColorMag => format!(
            "<body class=\"post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo cm-header-layout-1 adv-style-1 right-sidebar wide{rtl}\">{slide}<div id=\"page\" class=\"hfeed site\"><a class=\"skip-link screen-reader-text\" href=\"#main\">Skip</a><div id=\"cm-masthead\" class=\"cm-header-1\">{head}</div><div id=\"cm-content\" class=\"cm-content\"><div class=\"cm-container\"><div class=\"cm-row\"><div id=\"cm-primary\" class=\"cm-primary\"><div class=\"cm-posts clearfix\"><article id=\"post-{pid}\" class=\"post-{pid} post type-post status-publish\"><div class=\"cm-post-content\"><div class=\"cm-entry-header-meta\"><div class=\"cm-post-categories\">{catlink}</div></div><header class=\"cm-entry-header\">{pre}<h1 class=\"cm-entry-title\">{title}</h1></header>{m}<div class=\"cm-entry-summary\">\n{body}</div>{tg}</div></article></div>{nav}{ab}</div><div id=\"cm-secondary\" class=\"cm-secondary\">{side}</div></div></div></div>{foot}</div>{bell}</body>"
        ),
        Layout::Zox => format!(
            "<body class=\"post-template-default single single-post postid-{pid} single-format-standard{rtl}\">{slide}<div id=\"mvp-site\" class=\"left relative\"><div id=\"mvp-site-wall\" class=\"left relative\"><div id=\"mvp-site-main\" class=\"left relative\"><div id=\"mvp-main-head-wrap\" class=\"left relative\">{head}</div><div id=\"mvp-main-body-wrap\" class=\"left relative\"><article id=\"mvp-article-wrap\" itemscope itemtype=\"http://schema.org/NewsArticle\"><div id=\"mvp-article-cont\" class=\"left relative\"><div class=\"mvp-main-box\"><div id=\"mvp-post-main\" class=\"left relative\"><header id=\"mvp-post-head\" class=\"left relative\"><h3 class=\"mvp-post-cat left relative\"><span class=\"mvp-post-cat left\">{catlink}</span></h3>{pre}<h1 class=\"mvp-post-title left entry-title\" itemprop=\"headline\">{title}</h1>{m}</header><div id=\"mvp-post-content\" class=\"left relative\"><div id=\"mvp-content-wrap\" class=\"left relative\"><div id=\"mvp-content-body\" class=\"left relative\"><div id=\"mvp-content-body-top\" class=\"left relative\"><div id=\"mvp-content-main\" class=\"left relative\">\n{body}</div><div id=\"mvp-content-bot\" class=\"left\">{tg}<div class=\"posts-nav-link\"></div>{ab}</div></div></div></div>{nav}</div></div><div id=\"mvp-side-wrap\" class=\"left relative theiaStickySidebar\">{side}</div></div></div></article></div></div></div></div>{foot}{bell}</body>"
        ),
        Layout::Amp => format!(
            "<body class=\"single-post{rtl}\">{slide}{head}<article class=\"amp-wp-article\"><header class=\"amp-wp-article-header\">{pre}<h1 class=\"amp-wp-title\">{title}</h1>{m}</header><div class=\"amp-wp-article-content\">\n{body}</div><footer class=\"amp-wp-article-footer\"><div class=\"amp-wp-meta amp-wp-tax-category\">{catlink}</div>{tg}{nav}{ab}</footer></article>{foot}{bell}</body>"
        ),
    };
    let dir = if h.ui.rtl { " dir=\"rtl\"" } else { "" };
    let sep = if rng.chance(50) { "-" } else { "|" };
    let html = if h.layout == Layout::Amp {
        format!(
            "<!doctype html>\n<html amp lang=\"{}\"{dir}>\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,minimum-scale=1,initial-scale=1\">\n<title>{title} {sep} {}</title>\n<link rel=\"canonical\" href=\"{canonical}\">\n<meta property=\"og:title\" content=\"{title}\">\n<meta property=\"og:type\" content=\"article\">\n{}<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n<style amp-boilerplate>body{{visibility:hidden}}</style>\n</head>\n{bodyhtml}\n</html>\n",
            h.ui.html_lang,
            esc(&h.site),
            og_site_name(true, &h.site),
        )
    } else {
        format!(
            "<!DOCTYPE html>\n<html lang=\"{}\"{dir}>\n<head>\n<meta charset=\"UTF-8\">\n<title>{title} {sep} {}</title>\n<meta property=\"og:title\" content=\"{title}\">\n<meta property=\"og:type\" content=\"article\">\n{}<link rel=\"canonical\" href=\"{url}\">\n<link rel=\"amphtml\" href=\"{url}amp/\">\n</head>\n{bodyhtml}\n</html>\n",
            h.ui.html_lang,
            esc(&h.site),
            og_site_name(true, &h.site),
        )
    };
    let (credit_id, plugin, pos) = match h.credit {
        Some((shape, _)) => {
            let (id, pos) = match shape {
                CreditShape::BeforeHeadline => ("f8-before-headline", "before the headline"),
                CreditShape::Blockquote => ("f8-blockquote", "bottom, in a blockquote"),
                CreditShape::TableRow(At::Top) => ("f8-table-row", "top, as a table row"),
                CreditShape::TableRow(At::Bottom) => ("f8-table-row", "bottom, as a table row"),
                CreditShape::Figcaption => ("f8-figcaption", "top, as the lead image's caption"),
                CreditShape::AfterNotice => ("f8-after-notice", "bottom, after the feed notice"),
            };
            (Some(id), Some("feed importer"), Some(pos))
        }
        None => (None, None, None),
    };
    Composition {
        id,
        host_group: group,
        theme: h.layout.name(),
        lang: Lang::En,
        url,
        html,
        expected,
        source_url,
        source_name: None,
        site_name: h.site.clone(),
        credit: credit_id,
        credit_plugin: plugin,
        credit_pos: pos,
        host_tagline: None,
        tagline_in_header: false,
        noise: p.record.noise,
        site_signals: format!("title suffix + header + og:site_name ({})", h.ui.html_lang),
        ends_on_heading: false,
    }
}

/// `count` pages at least (whole hosts), host groups from `first_group`.
pub fn generate_families8(
    count: usize,
    seed: u64,
    first_id: usize,
    first_group: usize,
) -> Vec<Composition> {
    hosts(count, seed, first_id, first_group, |rng, id, group| {
        let ui = rng.pick(UIS8);
        let (site, home) = site_and_home(rng, SITE_FIRST, SITE_SECOND, TLDS);
        let layout = *rng.pick(LAYOUTS);
        let at = |rng: &mut Rng| if rng.chance(50) { At::Top } else { At::Bottom };
        let credit = if rng.chance(55) {
            let shape = match rng.below(6) {
                0 => CreditShape::BeforeHeadline,
                1 => CreditShape::Blockquote,
                2 => CreditShape::TableRow(at(rng)),
                3 => CreditShape::Figcaption,
                4 => CreditShape::AfterNotice,
                _ => CreditShape::TableRow(At::Bottom),
            };
            Some((shape, *rng.pick(ui.outlets)))
        } else {
            None
        };
        let notice = if matches!(credit, Some((CreditShape::AfterNotice, _))) {
            None
        } else if rng.chance(35) {
            Some(at(rng))
        } else {
            None
        };
        let h = Host {
            site,
            home,
            layout,
            ui,
            ticker: rng.chance(70),
            ticker_trending: rng.chance(50),
            views: rng.chance(60),
            tags: rng.chance(60),
            post_nav: rng.chance(55),
            author_box: rng.chance(45),
            related: match rng.below(3) {
                0 => Some(Related::Box),
                1 => Some(Related::Plain),
                _ => None,
            },
            google_news: rng.chance(45).then(|| at(rng)),
            channel: if rng.chance(45) {
                let c = if rng.chance(55) {
                    Channel::Telegram
                } else {
                    Channel::WhatsApp
                };
                Some((c, at(rng)))
            } else {
                None
            },
            push: rng.chance(35),
            gtranslate: if rng.chance(35) {
                Some(rng.chance(50))
            } else {
                None
            },
            notice,
            credit,
            lead_image: rng.chance(50),
        };
        let mut stories: Vec<&'static Story8> =
            STORIES8.iter().filter(|s| s.lang == ui.lang).collect();
        rng.shuffle(&mut stories);
        (0..stories.len())
            .map(|i| {
                let others: Vec<&'static Story8> = STORIES8
                    .iter()
                    .filter(|o| o.lang == ui.lang && o.slug != stories[i].slug)
                    .collect();
                page(rng, &h, stories[i], &others, id + i, group)
            })
            .collect()
    })
}

/// The set's own consistency: every page passes the shared check, and
/// every layout and language appears.
pub fn self_check(set: &[Composition]) -> Result<(), String> {
    for c in set {
        check(c)?;
        if c.expected.len() < 7 {
            return Err(format!("composition {}: short article", c.id));
        }
    }
    if set.len() >= 100 {
        for l in LAYOUTS {
            if !set.iter().any(|c| c.theme == l.name()) {
                return Err(format!("layout {} never drawn", l.name()));
            }
        }
        for u in UIS8 {
            let tag = format!("lang=\"{}\"", u.html_lang);
            if !set.iter().any(|c| c.html.contains(&tag)) {
                return Err(format!("language {} never drawn", u.html_lang));
            }
            if ui8(u.lang).html_lang != u.html_lang {
                return Err(format!("no interface words for {}", u.html_lang));
            }
        }
    }
    Ok(())
}
