//! The appended families (issue 16, red team): compositions from themes,
//! page builders, autoblog credits, widgets and self-promotion that the
//! base generator (`gen.rs`) does not have, in six languages. They are
//! drawn from their own random stream (the seed mixed with
//! [`FAMILY_SEED_SALT`]) and appended after the base draw, so
//! `generate(n, seed)` stays exactly as it was. The vocabulary is in
//! `families_vocab.rs`, written without reading the stripper's rules.

use super::families_vocab::*;
use super::page::{
    bare_domain, credit_pos as credit_pos_of, credit_source, draw, esc, fill, finish, inline_text,
    menu, modules, og_site_name, place_credit, render_items, slugify, Composition, Draw, Item,
    Kind, Pieces, Record, Rng, Sheet, Slots,
};
use super::spamgen::{story_body, Mode};
use super::stories::{Story, B, FAMILY_STORIES, STORIES};
use super::vocab::{Credit, Lang};

/// Mixed into the seed for the families' stream ("families" in ASCII).
pub const FAMILY_SEED_SALT: u64 = 0x6661_6D69_6C69_6573;

/// Themes and page builders of the families.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FTheme {
    Avada,
    Enfold,
    Oxygen,
    Bricks,
    Thrive,
    SiteOrigin,
    KadenceBlocks,
    Soledad,
    ColorMag,
    BloggerContempo,
    Squarespace,
    Substack,
    Weebly,
    Drupal,
    Joomla,
    AmpReader,
    HugoPaperMod,
}

pub const FAMILY_THEMES: &[FTheme] = &[
    FTheme::Avada,
    FTheme::Enfold,
    FTheme::Oxygen,
    FTheme::Bricks,
    FTheme::Thrive,
    FTheme::SiteOrigin,
    FTheme::KadenceBlocks,
    FTheme::Soledad,
    FTheme::ColorMag,
    FTheme::BloggerContempo,
    FTheme::Squarespace,
    FTheme::Substack,
    FTheme::Weebly,
    FTheme::Drupal,
    FTheme::Joomla,
    FTheme::AmpReader,
    FTheme::HugoPaperMod,
];

impl FTheme {
    pub fn name(self) -> &'static str {
        match self {
            FTheme::Avada => "fam-avada",
            FTheme::Enfold => "fam-enfold",
            FTheme::Oxygen => "fam-oxygen",
            FTheme::Bricks => "fam-bricks",
            FTheme::Thrive => "fam-thrive-architect",
            FTheme::SiteOrigin => "fam-siteorigin",
            FTheme::KadenceBlocks => "fam-kadence-blocks",
            FTheme::Soledad => "fam-soledad",
            FTheme::ColorMag => "fam-colormag",
            FTheme::BloggerContempo => "fam-blogger-contempo",
            FTheme::Squarespace => "fam-squarespace",
            FTheme::Substack => "fam-substack",
            FTheme::Weebly => "fam-weebly",
            FTheme::Drupal => "fam-drupal",
            FTheme::Joomla => "fam-joomla",
            FTheme::AmpReader => "fam-amp-reader",
            FTheme::HugoPaperMod => "fam-hugo-papermod",
        }
    }

    fn is_wordpress(self) -> bool {
        !matches!(
            self,
            FTheme::BloggerContempo
                | FTheme::Squarespace
                | FTheme::Substack
                | FTheme::Weebly
                | FTheme::Drupal
                | FTheme::Joomla
                | FTheme::HugoPaperMod
        )
    }
}

struct FHost {
    site: &'static FSite,
    theme: FTheme,
    ui: &'static FUi,
    home: String,
    domain: String,
    credit: Option<&'static Credit>,
    credit_pref: u32,
    credit_twice: bool,
    tagline: Option<&'static str>,
    tagline_top: bool,
    tagline_in_header: bool,
    chat: Option<&'static FWidget>,
    chat_in_content: bool,
    consent: Option<&'static FWidget>,
    consent_top: bool,
    push: Option<&'static str>,
    share: Option<&'static str>,
    share_pos: u32,
    newsletter: Option<&'static str>,
    nl_pos: u32,
    related: u32,
    related_pos: u32,
    comments: u32,
    rating: Option<u32>,
    reading: Option<u32>,
    crumbs: Option<u32>,
    self_promo: Option<&'static str>,
    name_line: Option<&'static str>,
    promo_box: Option<&'static str>,
    ads: Option<&'static str>,
    outlet_promo: bool,
    og: bool,
    jsonld: bool,
    title_sep: &'static str,
    logo_img: bool,
    mode: Mode,
    heading: &'static str,
    staff: &'static str,
}

struct FPage<'a> {
    host: &'a FHost,
    story: &'static Story,
    url: String,
    title: String,
    date: String,
    iso: String,
    category: &'static str,
    others: Vec<&'static Story>,
    original_url: String,
    outlet: &'static FOutlet,
    author: &'static str,
    n: u64,
    rec: Record,
}

impl Sheet for FPage<'_> {
    fn record(&mut self) -> &mut Record {
        &mut self.rec
    }

    fn fill(&self, t: &str) -> String {
        let ui = self.host.ui;
        let pairs: [(&str, String); 30] = [
            ("{discover_more}", ui.discover_more.to_string()),
            ("{discover_text}", ui.discover_text.to_string()),
            ("{push_text}", ui.push_text.to_string()),
            ("{push_allow}", ui.push_allow.to_string()),
            ("{push_later}", ui.push_later.to_string()),
            ("{nl_title}", ui.nl_title.to_string()),
            ("{nl_text}", ui.nl_text.to_string()),
            ("{nl_ph}", ui.nl_ph.to_string()),
            ("{nl_btn}", ui.nl_btn.to_string()),
            ("{ad_label}", ui.ad_label.to_string()),
            ("{continue_below}", ui.continue_below.to_string()),
            ("{share}", ui.share.to_string()),
            ("{site_tag}", self.site().replace(' ', "")),
            ("{SITE}", self.site().to_uppercase()),
            ("{site}", self.site().to_string()),
            ("{domain}", self.host.domain.clone()),
            ("{bare}", self.host.site.domain.to_string()),
            ("{home}", self.host.home.clone()),
            ("{page}", self.url.clone()),
            (
                "{share_url}",
                self.url.replace(':', "%3A").replace('/', "%2F"),
            ),
            ("{url}", self.original_url.clone()),
            ("{ohome}", self.outlet.home.to_string()),
            ("{odomain}", bare_domain(self.outlet.home)),
            ("{outlet}", self.outlet.name.to_string()),
            ("{author}", self.author.to_string()),
            ("{title}", self.title.clone()),
            ("{date}", self.date.clone()),
            ("{n}", (10 + self.n % 900).to_string()),
            ("{staff}", self.host.staff.to_string()),
            ("{cat}", self.category.to_string()),
        ];
        fill(t, &pairs)
    }
}

impl FPage<'_> {
    fn site(&self) -> &'static str {
        self.host.site.name
    }

    fn other_url(&self, s: &Story) -> String {
        format!("{}{}/", self.host.home, s.slug)
    }

    fn excerpt(s: &Story, words: usize) -> String {
        for b in s.blocks {
            if let B::P(t) = b {
                let plain = inline_text(t);
                let w: Vec<&str> = plain.split_whitespace().collect();
                if w.len() > words {
                    return format!("{}…", w[..words].join(" "));
                }
                return format!("{plain}…");
            }
        }
        String::new()
    }

    fn logo(&mut self) -> String {
        let home = self.host.home.clone();
        let site = self.site();
        let html = if self.host.logo_img {
            format!("<a href=\"{home}\" class=\"logo-link\" rel=\"home\"><img src=\"{home}wp-content/uploads/2024/01/logo-{}.png\" alt=\"{}\" width=\"220\" height=\"50\"></a>", slugify(site), esc(site))
        } else {
            format!("<a href=\"{home}\" class=\"site-title-link\" rel=\"home\">{site}</a>")
        };
        let mut html = self.noise(Kind::Header, html);
        let (tagline, shown) = (self.host.tagline, self.host.tagline_in_header);
        html.push_str(&self.header_tagline(tagline, shown, "<p class=\"site-tagline\">", "</p>"));
        html
    }

    fn menu(&mut self, ul: &str, li: &str) -> String {
        let s = menu(&self.host.home, &self.host.ui.menu, ul, li);
        self.noise(Kind::Header, s)
    }

    fn ticker(&mut self) -> String {
        let mut s = format!(
            "<div class=\"breaking-news-bar\"><span class=\"breaking-title\">{}</span><ul class=\"newsticker\">",
            self.host.ui.breaking
        );
        for o in self.others.clone().into_iter().take(3) {
            s.push_str(&format!(
                "<li><a href=\"{}\">{}</a></li>",
                self.other_url(o),
                o.title
            ));
        }
        s.push_str("</ul></div>");
        self.noise(Kind::NewsTicker, s)
    }

    fn crumbs(&mut self, style: u32) -> String {
        let ui = self.host.ui;
        let home = self.host.home.clone();
        let cat = self.category;
        let html = match style {
            0 => format!("<p id=\"breadcrumbs\"><span><span><a href=\"{home}\">{}</a></span> » <span><a href=\"{home}category/{}/\">{cat}</a></span> » <span class=\"breadcrumb_last\" aria-current=\"page\">{}</span></span></p>", ui.home, slugify(cat), self.title),
            1 => format!("<nav aria-label=\"breadcrumbs\" class=\"rank-math-breadcrumb\"><p><a href=\"{home}\">{}</a><span class=\"separator\"> - </span><a href=\"{home}category/{}/\">{cat}</a><span class=\"separator\"> - </span><span class=\"last\">{}</span></p></nav>", ui.home, slugify(cat), self.title),
            _ => format!("<div class=\"breadcrumb\" itemscope itemtype=\"https://schema.org/BreadcrumbList\"><span class=\"breadcrumb-link-wrap\"><a href=\"{home}\">{}</a></span> / <span class=\"breadcrumb-link-wrap\"><a href=\"{home}category/{}/\">{cat}</a></span> / {}</div>", ui.home, slugify(cat), self.title),
        };
        self.noise(Kind::Breadcrumbs, html)
    }

    fn meta(&mut self, rng: &mut Rng) -> String {
        let ui = self.host.ui;
        let html = match rng.below(3) {
            0 => format!("<div class=\"post-meta\"><span class=\"meta-author\">{} <a href=\"{}author/{}/\">{}</a></span> <span class=\"meta-sep\">·</span> <time class=\"entry-date\" datetime=\"{}\">{}</time> <span class=\"meta-sep\">·</span> <span class=\"reading-time\">{} {}</span></div>", ui.by, self.host.home, slugify(self.host.staff), self.host.staff, self.iso, self.date, 2 + self.n % 7, ui.min_read),
            1 => format!("<div class=\"entry-meta\"><span class=\"posted-on\"><time datetime=\"{}\">{}</time></span><span class=\"cat-links\"><a href=\"{}category/{}/\">{}</a></span><span class=\"comments-link\"><a href=\"{}#comments\">0 {}</a></span></div>", self.iso, self.date, self.host.home, slugify(self.category), self.category, self.url, ui.comments_title),
            _ => format!("<p class=\"byline\">{} {} | {} {}</p>", ui.by, self.host.staff, ui.updated, self.date),
        };
        self.noise(Kind::PostMeta, html)
    }

    fn sidebar(&mut self, widget: &str, rng: &mut Rng) -> String {
        let ui = self.host.ui;
        let home = self.host.home.clone();
        let mut s = self.noise(Kind::Sidebar, format!("<div class=\"{widget} widget_search\"><form role=\"search\" action=\"{home}\"><label>{}<input type=\"search\" name=\"s\"></label><button type=\"submit\">{}</button></form></div>", ui.search, ui.search));
        let mut recent = format!(
            "<div class=\"{widget} widget_recent_entries\"><h3 class=\"widget-title\">{}</h3><ul>",
            ui.recent
        );
        for o in self.others.clone() {
            recent.push_str(&format!(
                "<li><a href=\"{}\">{}</a><span class=\"post-date\">{}</span></li>",
                self.other_url(o),
                o.title,
                self.date
            ));
        }
        recent.push_str("</ul></div>");
        s.push_str(&self.noise(Kind::Sidebar, recent));
        if rng.chance(50) {
            let mut pop = format!(
                "<div class=\"{widget} widget_popular\"><h3 class=\"widget-title\">{}</h3>",
                ui.popular
            );
            for (i, o) in self.others.clone().into_iter().enumerate() {
                pop.push_str(&format!("<div class=\"popular-item\"><span class=\"popular-rank\">{}</span><a href=\"{}\">{}</a><p class=\"popular-excerpt\">{}</p></div>", i + 1, self.other_url(o), o.title, Self::excerpt(o, 16)));
            }
            pop.push_str("</div>");
            s.push_str(&self.noise(Kind::Sidebar, pop));
        }
        let mut cats = format!(
            "<div class=\"{widget} widget_categories\"><h3 class=\"widget-title\">{}</h3><ul>",
            ui.categories
        );
        for c in ui.category_names {
            cats.push_str(&format!(
                "<li><a href=\"{home}category/{}/\">{c}</a> ({})</li>",
                slugify(c),
                1 + rng.below(200)
            ));
        }
        cats.push_str("</ul></div>");
        s.push_str(&self.noise(Kind::Sidebar, cats));
        if self.host.newsletter.is_some() && self.host.nl_pos == 2 {
            s.push_str(&self.filled_opt(Kind::Newsletter, self.host.newsletter));
        }
        s
    }

    fn grid(&mut self, item_class: &str) -> String {
        let ui = self.host.ui;
        let mut g = format!("<div class=\"more-stories\"><h2 class=\"section-title\">{}</h2><div class=\"posts-grid\">", ui.recent);
        for o in self.others.clone() {
            g.push_str(&format!("<article class=\"{item_class}\"><a href=\"{u}\"><img src=\"{}wp-content/uploads/2024/04/{}-400x250.jpg\" alt=\"\"></a><h3 class=\"grid-title\"><a href=\"{u}\">{}</a></h3><p class=\"grid-excerpt\">{}</p><a class=\"grid-more\" href=\"{u}\">{}</a></article>", self.host.home, o.slug, o.title, Self::excerpt(o, 35), ui.read_more, u = self.other_url(o)));
        }
        g.push_str("</div></div>");
        self.noise(Kind::PostGrid, g)
    }

    fn footer(&mut self, powered: &str) -> String {
        let ui = self.host.ui;
        let home = self.host.home.clone();
        let html = format!("<div class=\"footer-widgets\"><ul class=\"footer-links\"><li><a href=\"{home}about/\">{}</a></li><li><a href=\"{home}contact/\">{}</a></li><li><a href=\"{home}privacy/\">{}</a></li></ul></div><div class=\"footer-copy\"><p>© 2024 {}. {} {powered}</p></div>", ui.about, ui.contact, ui.privacy, self.site(), ui.rights);
        self.noise(Kind::Footer, html)
    }

    fn related(&mut self) -> String {
        let ui = self.host.ui;
        let others = self.others.clone();
        let mut s = String::new();
        match self.host.related {
            0 => {
                s.push_str(&format!("<div class=\"rp4wp-related-posts rp4wp-related-post\"><h3>{}</h3><ul class=\"rp4wp-posts-list\">", ui.related));
                for o in &others {
                    s.push_str(&format!("<li class=\"rp4wp-col\"><div class=\"rp4wp_component rp4wp_component_title\"><a href=\"{}\">{}</a></div><div class=\"rp4wp_component rp4wp_component_excerpt\">{}</div></li>", self.other_url(o), o.title, Self::excerpt(o, 20)));
                }
                s.push_str("</ul></div>");
            }
            1 => {
                s.push_str(&format!("<div class=\"post-related\"><div class=\"post-title-box\"><h4 class=\"post-box-title\">{}</h4></div><div class=\"penci-owl-carousel penci-related-carousel\">", ui.you_may_like));
                for o in &others {
                    s.push_str(&format!("<div class=\"item-related\"><a class=\"related-thumb\" href=\"{u}\"></a><h3><a href=\"{u}\">{}</a></h3><span class=\"date\">{}</span></div>", o.title, self.date, u = self.other_url(o)));
                }
                s.push_str("</div></div>");
            }
            2 => {
                s.push_str(&format!("<div class=\"related-posts-wrapper\"><h3 class=\"related-posts-main-title\"><i class=\"fa fa-thumbs-up\"></i><span>{}</span></h3><div class=\"related-posts\">", ui.you_may_like));
                for o in &others {
                    s.push_str(&format!("<div class=\"single-related-posts\"><div class=\"article-content\"><h3 class=\"entry-title\"><a href=\"{}\" rel=\"bookmark\">{}</a></h3><div class=\"below-entry-meta\"><span class=\"posted-on\"><time>{}</time></span><span class=\"byline\"><span class=\"author vcard\">{}</span></span></div></div></div>", self.other_url(o), o.title, self.date, self.host.staff));
                }
                s.push_str("</div></div>");
            }
            3 => {
                if let Some(o) = others.first() {
                    s.push_str(&format!("<div class=\"read-next-card\"><span class=\"read-next-label\">{}</span><h3><a href=\"{u}\">{}</a></h3><p>{}</p></div>", ui.read_next, o.title, Self::excerpt(o, 28), u = self.other_url(o)));
                }
            }
            _ => {
                s.push_str("<div class=\"wp-block-uagb-post-grid uagb-post-grid uagb-post__items uagb-post__columns-3\">");
                for o in &others {
                    s.push_str(&format!("<article class=\"uagb-post__inner-wrap\"><div class=\"uagb-post__text uagb-post__title\"><h4><a href=\"{u}\">{}</a></h4></div><div class=\"uagb-post__text uagb-post-grid-byline\"><span class=\"uagb-post__date\">{}</span></div><div class=\"uagb-post__text uagb-post__excerpt\"><p>{}</p></div><div class=\"uagb-post__text uagb-post__cta\"><a class=\"uagb-text-link\" href=\"{u}\">{}</a></div></article>", o.title, self.date, Self::excerpt(o, 25), ui.read_more, u = self.other_url(o)));
                }
                s.push_str("</div>");
            }
        }
        self.noise(Kind::RelatedPosts, s)
    }

    fn comments(&mut self) -> String {
        let ui = self.host.ui;
        let home = self.host.home.clone();
        let html = match self.host.comments {
            0 => return String::new(),
            1 => format!("<div id=\"comments\" class=\"comments-area\"><div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">{}</h3><form action=\"{home}wp-comments-post.php\" method=\"post\" id=\"commentform\" class=\"comment-form\"><p class=\"comment-form-comment\"><textarea id=\"comment\" name=\"comment\" placeholder=\"{}\"></textarea></p><p class=\"comment-form-author\"><label for=\"author\">{}</label><input id=\"author\" name=\"author\" type=\"text\"></p><p class=\"comment-form-email\"><label for=\"email\">{}</label><input id=\"email\" name=\"email\" type=\"email\"></p><p class=\"form-submit\"><button type=\"submit\" class=\"submit\">{}</button></p></form></div></div>", ui.leave_comment, ui.comment_ph, ui.name, ui.email, ui.submit),
            2 => format!("<div id=\"comments\" class=\"comments-area\"><div id=\"wpdcom\" class=\"wpdiscuz_unauth wpd-default\"><div class=\"wpd-form-head\"><div class=\"wpd-sbs-toggle\"><span class=\"wpd-sbs-title\">Subscribe</span></div><div class=\"wpd-auth\"><div class=\"wpd-login\"><a rel=\"nofollow\" href=\"{home}wp-login.php\">Login</a></div></div></div><div class=\"wpd-form wpd-form-wrapper wpd-main-form-wrapper\"><div class=\"wpdiscuz-textarea-wrap\"><textarea placeholder=\"{}\" name=\"wc_comment\"></textarea></div></div><div class=\"wpd-thread-head\"><div class=\"wpd-thread-info\"><span class=\"wpdtc\">0</span> {}</div><div class=\"wpd-thread-filter\"><div class=\"wpd-filter-view-all\">Inline Feedbacks</div><div class=\"wpd-filter\">View all comments</div></div></div></div></div>", ui.comment_ph, ui.comments_title),
            3 => "<div id=\"comments\" class=\"comments-area\"><div id=\"disqus_thread\"></div><p class=\"dsq-brlink\">comments powered by <a href=\"https://disqus.com\">Disqus</a></p></div>".to_string(),
            _ => format!("<div class=\"fb-comments-wrapper\"><h3 class=\"fb-comments-title\">{}</h3><div class=\"fb-comments\" data-href=\"{}\" data-numposts=\"5\"></div></div>", ui.comments_title, self.url),
        };
        self.noise(Kind::CommentForm, html)
    }
}

fn widget_for(w: &FWidget, lang: Lang) -> &'static str {
    let i = li(lang);
    w.html
        .iter()
        .find(|(l, _)| *l == i)
        .or_else(|| w.html.first())
        .map_or("", |(_, h)| h)
}

fn family_caption(rng: &mut Rng, story: &Story) -> String {
    let stem = rng.pick_str(FAMILY_FILE_STEMS);
    let year = 2022 + rng.below(3);
    let (mo, d) = (1 + rng.below(12), 1 + rng.below(28));
    let (h, mi, se) = (rng.below(24), rng.below(60), rng.below(60));
    let ms = format!("17{}", rng.digits(11));
    let hex: String = (0..12)
        .map(|_| char::from(b"0123456789abcdef"[rng.below(16)]))
        .collect();
    let mut s = stem
        .replace("{ymd}", &format!("{year}-{mo:02}-{d:02}"))
        .replace("{hms}", &format!("{h:02}.{mi:02}.{se:02}"))
        .replace("{hm_}", &format!("{h:02}-{mi:02}-{se:02}"))
        .replace("{d}", &format!("{year}{mo:02}{d:02}"))
        .replace("{t}", &format!("{h:02}{mi:02}{se:02}"))
        .replace("{n9}", &rng.digits(9))
        .replace("{n6}", &rng.digits(6))
        .replace("{n2}", &(1 + rng.below(60)).to_string())
        .replace("{n1}", &(1 + rng.below(9)).to_string())
        .replace("{ms}", &ms)
        .replace("{hex}", &hex)
        .replace("{slug}", story.slug);
    let suffix = rng.pick_str(FAMILY_SUFFIXES);
    if !suffix.is_empty() {
        s = s.replace(' ', "-");
    }
    s.push_str(suffix);
    s.push_str(rng.pick_str(FAMILY_EXTENSIONS));
    s
}

fn family_image(rng: &mut Rng, p: &mut FPage, br: bool) -> String {
    let cap = family_caption(rng, p.story);
    let src = format!(
        "{}wp-content/uploads/2024/05/{}.jpg",
        p.host.home,
        slugify(&cap)
    );
    let id = 2000 + rng.below(8000);
    let html = if br {
        format!("<div class=\"separator\" style=\"clear: both;\"><a href=\"{src}\"><img border=\"0\" src=\"{src}\" width=\"640\"></a></div><div style=\"text-align: center;\"><i>{cap}</i></div>")
    } else {
        match p.host.theme {
            FTheme::Squarespace => format!("<figure class=\"sqs-block-image-figure intrinsic\"><img src=\"{src}\" alt=\"\"><figcaption class=\"image-caption-wrapper\"><div class=\"image-caption\"><p>{cap}</p></div></figcaption></figure>"),
            FTheme::Substack => format!("<div class=\"captioned-image-container\"><figure><a class=\"image-link image2\" href=\"{src}\"><img src=\"{src}\" alt=\"\"></a><figcaption class=\"image-caption\">{cap}</figcaption></figure></div>"),
            FTheme::Avada => format!("<div class=\"fusion-image-element\"><span class=\"fusion-imageframe imageframe-none hover-type-none\"><img src=\"{src}\" alt=\"\" class=\"img-responsive wp-image-{id}\"></span><div class=\"awb-imageframe-caption-container\"><div class=\"awb-imageframe-caption\"><p class=\"awb-imageframe-caption-text\">{cap}</p></div></div></div>"),
            FTheme::Drupal => format!("<figure role=\"group\" class=\"caption caption-img align-center\"><img src=\"{src}\" alt=\"\"><figcaption>{cap}</figcaption></figure>"),
            _ => match rng.below(3) {
                0 => format!("<figure class=\"wp-block-image size-large\"><img src=\"{src}\" alt=\"\" class=\"wp-image-{id}\"><figcaption class=\"wp-element-caption\"><em>{cap}</em></figcaption></figure>"),
                1 => format!("<p><img class=\"aligncenter wp-image-{id}\" src=\"{src}\" alt=\"{}\" title=\"{}\"></p><p class=\"wp-caption-text\" style=\"text-align: center;\">{cap}</p>", esc(&cap), esc(&cap)),
                _ => format!("<div class=\"wp-caption aligncenter\"><img src=\"{src}\" alt=\"\"><span class=\"wp-caption-text\">{cap}</span></div>"),
            },
        }
    };
    p.noise(Kind::CaptionFilename, html)
}

/// Generates `count` family compositions (rounded up to whole hosts) from
/// `seed` (already salted), numbered from `first_id`, host groups from
/// `first_group`.
pub fn generate_families(
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
        more_pages: 3,
        others: 4,
    };
    let host = |rng: &mut Rng| {
        let host = make_host(rng);
        let stories = STORIES
            .iter()
            .chain(FAMILY_STORIES.iter())
            .filter(|s| s.lang == host.site.lang)
            .collect();
        (host, stories)
    };
    draw(&d, host, make_page)
}

fn make_host(rng: &mut Rng) -> FHost {
    let site = rng.pick(FAMILY_SITES);
    let theme = *rng.pick(FAMILY_THEMES);
    let lang = site.lang;
    let ui = &FUI[li(lang)];
    let domain = match theme {
        FTheme::BloggerContempo => format!(
            "{}.blogspot.com",
            site.domain.split('.').next().unwrap_or("blog")
        ),
        FTheme::Substack => format!(
            "{}.substack.com",
            site.domain.split('.').next().unwrap_or("news")
        ),
        _ => format!(
            "{}{}",
            if rng.chance(50) { "www." } else { "" },
            site.domain
        ),
    };
    let credits: Vec<&'static Credit> = FAMILY_CREDITS
        .iter()
        .filter(|c| c.lang.is_none() || c.lang == Some(lang))
        .collect();
    let wp = theme.is_wordpress();
    let og = theme == FTheme::Substack || rng.chance(60);
    let jsonld = rng.chance(35);
    FHost {
        site,
        theme,
        ui,
        home: format!("https://{domain}/"),
        domain,
        credit: if rng.chance(88) {
            Some(*rng.pick(&credits))
        } else {
            None
        },
        credit_pref: rng.below(100) as u32,
        credit_twice: rng.chance(8),
        tagline: if rng.chance(30) {
            Some(rng.pick_str(FAMILY_TAGLINES[li(lang)]))
        } else {
            None
        },
        tagline_top: rng.chance(40),
        tagline_in_header: rng.chance(40),
        chat: if rng.chance(55) {
            Some(rng.pick(FAMILY_CHATS))
        } else {
            None
        },
        chat_in_content: rng.chance(15),
        consent: if rng.chance(55) {
            Some(rng.pick(FAMILY_CONSENTS))
        } else {
            None
        },
        consent_top: rng.chance(30),
        push: if rng.chance(25) {
            Some(rng.pick(FAMILY_PUSH).1)
        } else {
            None
        },
        share: if rng.chance(65) {
            Some(rng.pick(FAMILY_SHARES).1)
        } else {
            None
        },
        share_pos: rng.below(3) as u32,
        newsletter: if rng.chance(40) {
            Some(rng.pick(FAMILY_NEWSLETTERS).1)
        } else {
            None
        },
        nl_pos: rng.below(3) as u32,
        related: rng.below(5) as u32,
        related_pos: rng.below(2) as u32,
        comments: if wp && rng.chance(70) {
            1 + rng.below(4) as u32
        } else {
            0
        },
        rating: if wp && rng.chance(30) {
            Some(rng.below(3) as u32)
        } else {
            None
        },
        reading: if rng.chance(30) {
            Some(rng.below(4) as u32)
        } else {
            None
        },
        crumbs: if rng.chance(40) {
            Some(rng.below(3) as u32)
        } else {
            None
        },
        self_promo: if rng.chance(30) {
            Some(rng.pick_str(FAMILY_SELF_PROMOS[li(lang)]))
        } else {
            None
        },
        name_line: if rng.chance(15) {
            Some(rng.pick_str(FAMILY_NAME_LINES))
        } else {
            None
        },
        promo_box: if rng.chance(15) {
            Some(rng.pick_str(FAMILY_PROMO_BOXES[li(lang)]))
        } else {
            None
        },
        ads: if rng.chance(40) {
            Some(rng.pick(FAMILY_ADS).1)
        } else {
            None
        },
        outlet_promo: rng.chance(12),
        og,
        jsonld,
        title_sep: if !og && !jsonld {
            rng.pick_str(&[" - ", " | ", " – ", " · ", " » "])
        } else {
            rng.pick_str(&[" - ", " | ", ""])
        },
        logo_img: rng.chance(50),
        mode: match theme {
            FTheme::BloggerContempo => {
                if rng.chance(50) {
                    Mode::Br
                } else {
                    Mode::Divs
                }
            }
            FTheme::Weebly => Mode::Br,
            _ if wp && rng.chance(10) => Mode::Br,
            _ => Mode::Html,
        },
        heading: rng.pick_str(&["h2", "h3", "h2", "h4"]),
        staff: rng.pick_str(&["Editorial Team", "Redaktion", "News Desk", "Admin", "Staff"]),
    }
}

fn make_page(
    rng: &mut Rng,
    host: &FHost,
    story: &'static Story,
    others: Vec<&'static Story>,
    id: usize,
    group: usize,
) -> Composition {
    let ui = host.ui;
    let year = 2023 + rng.below(2);
    let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
    let date = match ui.lang {
        Lang::En => format!("{month:02}/{day:02}/{year}"),
        Lang::De => format!("{day:02}.{month:02}.{year}"),
        _ => format!("{day:02}/{month:02}/{year}"),
    };
    let iso = format!(
        "{year}-{month:02}-{day:02}T{:02}:{:02}:00+00:00",
        rng.below(24),
        rng.below(60)
    );
    let url = match host.theme {
        FTheme::BloggerContempo => format!(
            "{}{year}/{month:02}/{}.html",
            host.home,
            &story.slug[..story.slug.len().min(36)].trim_end_matches('-')
        ),
        FTheme::Substack => format!("{}p/{}", host.home, story.slug),
        FTheme::Squarespace | FTheme::Weebly => format!("{}blog/{}", host.home, story.slug),
        FTheme::Drupal => format!("{}news/{}", host.home, story.slug),
        FTheme::Joomla => format!(
            "{}index.php/news/{}-{}",
            host.home,
            100 + rng.below(900),
            story.slug
        ),
        FTheme::AmpReader => format!("{}{}/amp/", host.home, story.slug),
        FTheme::HugoPaperMod => format!("{}posts/{}/", host.home, story.slug),
        _ => format!("{}{}/", host.home, story.slug),
    };
    let outlets: Vec<&'static FOutlet> = FAMILY_OUTLETS
        .iter()
        .filter(|o| o.lang == story.lang)
        .collect();
    let outlet = *rng.pick(&outlets);
    let original_url = match rng.below(3) {
        0 => format!("{}{year}/{month:02}/{day:02}/{}/", outlet.home, story.slug),
        1 => format!("{}article/{}-{}", outlet.home, story.slug, rng.digits(7)),
        _ => format!("{}region/{}.html", outlet.home, story.slug),
    };
    let mut p = FPage {
        host,
        story,
        url: url.clone(),
        title: story.title.to_string(),
        date,
        iso,
        category: rng.pick_str(&ui.category_names),
        others,
        original_url: original_url.clone(),
        outlet,
        author: rng.pick_str(FAMILY_AUTHORS),
        n: rng.next_u64(),
        rec: Record::default(),
    };
    let mode = host.mode;
    let br = matches!(mode, Mode::Br | Mode::Divs);

    let mut keep = story.blocks.len();
    if keep > 6 && rng.chance(25) {
        keep -= rng.below(2);
    }
    let (mut items, expected, keep) = story_body(story, keep);

    let mut s = Slots::default();

    // The autoblog credit.
    let (mut source_url, mut source_name, mut credit_pos) = (None, None, None);
    if let Some(c) = host.credit {
        let pos = credit_pos_of(c, host.credit_pref, host.credit_twice, [18, 34, 40, 55]);
        credit_pos = Some(pos);
        let sep = || {
            if pos == "inside-first-paragraph" || rng.chance(60) {
                "<br />"
            } else {
                " "
            }
        };
        place_credit(&mut p, c, pos, sep, &mut items, &mut s);
        (source_url, source_name) = credit_source(c, &original_url, outlet.home, outlet.name);
    }

    // File-name captions.
    if rng.chance(55) {
        for _ in 0..(1 + rng.below(2)) {
            let html = family_image(rng, &mut p, br);
            if rng.chance(30) {
                s.top.insert(0, html);
            } else {
                let at = 1 + rng.below(items.len().max(2) - 1);
                s.middle.push((at, html));
            }
        }
    }
    // Reading time / views / last updated.
    if let Some(r) = host.reading {
        let html = match r {
            0 => format!("<span class=\"span-reading-time rt-reading-time\" style=\"display: block;\"><span class=\"rt-label rt-prefix\">{}</span> <span class=\"rt-time\">{}</span> <span class=\"rt-label rt-postfix\">{}</span></span>", ui.reading_time, 2 + p.n % 6, ui.minutes),
            1 => format!("<div class=\"post-views content-post post-{} entry-meta\"><span class=\"post-views-icon dashicons dashicons-chart-bar\"></span> <span class=\"post-views-label\">{}:</span> <span class=\"post-views-count\">{}</span></div>", p.n % 9000, ui.views, 100 + p.n % 5000),
            2 => format!("<p class=\"last-updated\"><em>{} {}</em></p>", ui.updated, p.date),
            _ => format!("<p class=\"estimated-reading-time\">{} {} {}</p>", ui.reading_time, 3 + p.n % 5, ui.minutes),
        };
        let html = p.noise(Kind::ReadingMeta, html);
        if r == 1 {
            s.bottom.push(html);
        } else {
            s.top.insert(0, html);
        }
    }
    // Breadcrumbs inside the content (some themes print them there).
    let mut crumbs_out = String::new();
    if let Some(c) = host.crumbs {
        let html = p.crumbs(c);
        if rng.chance(30) {
            s.top.insert(0, html);
        } else {
            crumbs_out = html;
        }
    }
    // Ads between paragraphs.
    if let Some(t) = host.ads {
        let html = p.filled(Kind::AdSlot, t);
        let at = 1 + rng.below(items.len().max(2) - 1);
        s.middle.push((at, html));
    }
    // Inline related.
    if rng.chance(25) {
        let o = p.others[rng.below(p.others.len())];
        let html = if rng.chance(50) {
            format!("<div class=\"irp-box\"><div class=\"irp-shortcode\"><span class=\"irp-cta\">{}</span> <a class=\"irp-title\" href=\"{}\">{}</a></div></div>", ui.also_read, p.other_url(o), o.title)
        } else {
            format!("<div class=\"monsterinsights-inline-popular-posts monsterinsights-inline-popular-posts-alpha\"><div class=\"monsterinsights-inline-popular-posts-text\"><span class=\"monsterinsights-inline-popular-posts-label\">{}</span><a class=\"monsterinsights-inline-popular-posts-title\" href=\"{}\">{}</a></div></div>", ui.popular, p.other_url(o), o.title)
        };
        let html = p.noise(Kind::InlineRelated, html);
        let at = 2.min(items.len()) + rng.below(items.len().saturating_sub(2).max(1));
        s.middle.push((at.min(items.len()), html));
    }
    if let Some(t) = host.promo_box {
        let html = p.filled(Kind::PromoBox, t);
        if rng.chance(50) {
            s.bottom.push(html);
        } else {
            s.middle.push((items.len() / 2, html));
        }
    }
    if let Some(r) = host.rating {
        let html = match r {
            0 => format!("<div class=\"kk-star-ratings kksr-auto kksr-align-left kksr-valign-bottom\"><div class=\"kksr-stars\"><div class=\"kksr-stars-inactive\"><div class=\"kksr-star\" data-star=\"1\"></div></div></div><div class=\"kksr-legend\">{}</div></div>", ui.rate_click),
            1 => format!("<div class=\"rmp-widgets-container rmp-wp-plugin rmp-main-container\"><div class=\"rmp-rating-widget\"><p class=\"rmp-heading rmp-heading--title\">{}</p><p class=\"rmp-heading rmp-heading--subtitle\">{}</p><div class=\"rmp-rating-widget__icons\"></div><p class=\"rmp-rating-widget__not-rated\">{}</p></div></div>", ui.rate_title, ui.rate_sub, ui.rate_none),
            _ => format!("<div class=\"post-ratings\"><img src=\"{}wp-content/plugins/wp-postratings/images/stars/rating_on.gif\" alt=\"\"> ({} votes, average: 4.{} out of 5)</div>", host.home, 3 + p.n % 40, p.n % 10),
        };
        s.bottom.push(p.noise(Kind::Rating, html));
    }
    if let Some(t) = host.self_promo {
        let line = p.fill(t);
        s.bottom
            .push(p.noise(Kind::SelfPromo, format!("<p>{line}</p>")));
    }
    if let Some(t) = host.name_line {
        let html = p.filled(Kind::SiteNameLine, t);
        if rng.chance(25) {
            s.top.insert(0, html);
        } else {
            s.bottom.push(html);
        }
    }
    if let Some(t) = host.tagline {
        let html = p.noise(
            Kind::HostTagline,
            format!("<p class=\"tagline-line\"><strong>{t}</strong></p>"),
        );
        if host.tagline_top {
            s.top.insert(0, html);
        } else {
            s.bottom.push(html);
        }
    }
    if host.credit.is_some() && host.outlet_promo {
        let t = rng.pick_str(FAMILY_OUTLET_PROMOS[li(ui.lang)]);
        let html = p.filled(Kind::OutletPromo, t);
        s.bottom.insert(0, html);
    }
    if host.share.is_some() {
        let html = p.filled_opt(Kind::ShareBar, host.share);
        match host.share_pos {
            0 => s.top.push(html),
            1 => s.bottom.push(html),
            _ => s.after.push(html),
        }
    }
    if rng.chance(60) {
        let html = p.related();
        if host.related_pos == 0 {
            s.bottom.push(html);
        } else {
            s.after.push(html);
        }
    }
    if host.newsletter.is_some() && host.nl_pos < 2 {
        let html = p.filled_opt(Kind::Newsletter, host.newsletter);
        if host.nl_pos == 0 {
            if rng.chance(35) {
                s.middle.push((items.len() * 2 / 3, html));
            } else {
                s.bottom.push(html);
            }
        } else {
            s.after.push(html);
        }
    }
    if let Some(w) = host.chat {
        let html = p.filled(Kind::ChatWidget, widget_for(w, ui.lang));
        if host.chat_in_content {
            s.bottom.push(html);
        } else {
            s.end.push(html);
        }
    }
    if let Some(t) = host.push {
        s.end.push(p.filled(Kind::PushPrompt, t));
    }
    if let Some(w) = host.consent {
        let html = p.filled(Kind::CookieBanner, widget_for(w, ui.lang));
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
        &crumbs_out,
        &s.after.concat(),
        &s.start,
        &s.end.concat(),
    );
    let site_signals = format!(
        "og:{} jsonld:{} title:{} logo:{}",
        host.og as u8,
        host.jsonld as u8,
        if host.theme == FTheme::BloggerContempo {
            "site: headline".to_string()
        } else if host.title_sep.is_empty() {
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
        site_name: host.site.name.to_string(),
        credit: host.credit.map(|c| c.id),
        credit_plugin: host.credit.map(|c| c.plugin),
        credit_pos,
        host_tagline: host.tagline.map(str::to_string),
        tagline_in_header: p.rec.tagline_in_header,
        noise: p.rec.noise,
        site_signals,
        ends_on_heading: matches!(story.blocks[keep - 1], B::H(_)),
    }
}

fn head(p: &FPage) -> String {
    let host = p.host;
    let site = p.site();
    let title = if host.theme == FTheme::BloggerContempo {
        format!("{site}: {}", p.title)
    } else if host.title_sep.is_empty() {
        p.title.clone()
    } else {
        format!("{}{}{site}", p.title, host.title_sep)
    };
    let mut h = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"canonical\" href=\"{}\">\n<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"{}\">\n<meta property=\"og:url\" content=\"{}\">\n",
        host.ui.html_lang,
        esc(&title),
        p.url,
        esc(&p.title),
        p.url
    );
    h.push_str(&og_site_name(host.og, site));
    if host.jsonld {
        h.push_str(&format!(
            "<script type=\"application/ld+json\" class=\"rank-math-schema\">{{\"@context\":\"https://schema.org\",\"@graph\":[{{\"@type\":[\"Person\",\"Organization\"],\"@id\":\"{home}#person\",\"name\":\"{site}\"}},{{\"@type\":\"WebSite\",\"@id\":\"{home}#website\",\"url\":\"{home}\",\"name\":\"{site}\",\"publisher\":{{\"@id\":\"{home}#person\"}}}},{{\"@type\":\"BlogPosting\",\"headline\":\"{t}\",\"datePublished\":\"{d}\",\"author\":{{\"@type\":\"Person\",\"name\":\"{a}\"}},\"isPartOf\":{{\"@id\":\"{url}#webpage\"}}}}]}}</script>\n",
            home = host.home,
            site = site,
            t = p.title.replace('"', "\\\""),
            d = p.iso,
            a = host.staff,
            url = p.url
        ));
    }
    h.push_str("<meta property=\"article:published_time\" content=\"");
    h.push_str(&p.iso);
    h.push_str("\">\n<style>.hidden{display:none}</style>\n</head>\n");
    h
}

#[allow(clippy::too_many_arguments)]
fn render(
    rng: &mut Rng,
    p: &mut FPage,
    items: &[Item<B>],
    crumbs: &str,
    after: &str,
    start: &str,
    end: &str,
) -> String {
    let theme = p.host.theme;
    let mode = p.host.mode;
    let heading = p.host.heading;
    let title = p.title.clone();
    let site = p.site();
    let home = p.host.home.clone();
    let id = 100 + p.n % 9000;
    let ui = p.host.ui;
    let html = head(p);
    let body = match theme {
        FTheme::Avada => {
            let logo = p.logo();
            let menu = p.menu("fusion-menu awb-menu__main-ul", "menu-item awb-menu__li");
            let meta = p.meta(rng);
            let content = if rng.chance(50) {
                modules(rng, items, mode, heading, Pieces::UpTo(3), |k, c| {
                    format!("<div class=\"fusion-fullwidth fullwidth-box fusion-builder-row-{k} nonhundred-percent-fullwidth\"><div class=\"fusion-builder-row fusion-row\"><div class=\"fusion-layout-column fusion_builder_column fusion-builder-column-{k} fusion_builder_column_1_1 1_1 fusion-one-full fusion-column-first fusion-column-last\"><div class=\"fusion-column-wrapper fusion-flex-justify-content-flex-start\"><div class=\"fusion-text fusion-text-{k}\">\n{c}</div></div></div></div></div>")
                })
            } else {
                render_items(items, mode, heading)
            };
            let comments = p.comments();
            let side = p.sidebar("widget fusion-widget", rng);
            let grid = p.grid("fusion-post-grid post");
            let foot = p.footer("| Avada WordPress Theme by ThemeFusion");
            format!("<body class=\"post-template-default single single-post fusion-body ltr fusion-sticky-header\"><div id=\"boxed-wrapper\"><div id=\"wrapper\" class=\"fusion-wrapper\"><header class=\"fusion-header-wrapper\"><div class=\"fusion-header\"><div class=\"fusion-row\"><div class=\"fusion-logo\">{logo}</div><nav class=\"fusion-main-menu\" aria-label=\"Main Menu\">{menu}</nav></div></div></header>{crumbs}<main id=\"main\" class=\"clearfix\"><div class=\"fusion-row\"><section id=\"content\" style=\"width: 70%;\"><article id=\"post-{id}\" class=\"post post-{id} type-post status-publish\"><h1 class=\"entry-title fusion-post-title\">{title}</h1>{meta}<div class=\"post-content\">\n{content}</div>{after}</article>{comments}{grid}</section><aside id=\"sidebar\" class=\"sidebar fusion-widget-area fusion-content-widget-area\">{side}</aside></div></main><div class=\"fusion-footer\"><footer class=\"fusion-footer-copyright-area\">{foot}</footer></div></div></div>{end}</body>")
        }
        FTheme::Enfold => {
            let logo = p.logo();
            let menu = p.menu("av-main-nav menu", "menu-item av-menu-button");
            let meta = p.meta(rng);
            let content = if rng.chance(50) {
                modules(rng, items, mode, heading, Pieces::UpTo(3), |k, c| {
                    format!("<div class=\"flex_column av_one_full av-flex-placeholder first el_before_av_one_full\"><section class=\"av_textblock_section av-{k}\" itemscope=\"itemscope\" itemtype=\"https://schema.org/BlogPosting\"><div class=\"avia_textblock\" itemprop=\"text\">\n{c}</div></section></div>")
                })
            } else {
                render_items(items, mode, heading)
            };
            let comments = p.comments();
            let side = p.sidebar("widget clearfix", rng);
            let foot = p.footer("- powered by Enfold WordPress Theme");
            format!("<body class=\"post-template-default single single-post avia-responsive-images-support\"><div id=\"wrap_all\"><header id=\"header\" class=\"all_colors header_color light_bg_color av_header_top\"><div id=\"header_main\" class=\"container_wrap\"><div class=\"container av-logo-container\"><div class=\"inner-container\"><span class=\"logo avia-standard-logo\">{logo}</span><nav class=\"main_menu\" data-selectname=\"Select a page\">{menu}</nav></div></div></div></header><div id=\"main\" class=\"all_colors\" data-scroll-offset=\"116\"><div class=\"stretch_full container_wrap alternate_color light_bg_color title_container\"><div class=\"container\"><h1 class=\"main-title entry-title\">{title}</h1>{crumbs}</div></div><div class=\"container_wrap container_wrap_first main_color sidebar_right\"><div class=\"container template-blog template-single-blog\"><main class=\"content units av-content-small alpha\"><article class=\"post-entry post-entry-type-standard post-entry-{id}\"><div class=\"blog-meta\">{meta}</div><div class=\"entry-content-wrapper clearfix standard-content\"><div class=\"entry-content\" itemprop=\"text\">\n{content}</div>{after}</div></article>{comments}</main><aside class=\"sidebar sidebar_right smartphones_sidebar_active\"><div class=\"inner_sidebar extralight-border\">{side}</div></aside></div></div><footer class=\"container_wrap socket_color\" id=\"socket\"><div class=\"container\">{foot}</div></footer></div></div>{end}</body>")
        }
        FTheme::Oxygen => {
            let logo = p.logo();
            let menu = p.menu("oxy-nav-menu-list", "menu-item");
            let meta = p.meta(rng);
            let content = render_items(items, mode, heading);
            let side = p.sidebar("widget oxy-widget", rng);
            let mut grid = String::from(
                "<div class=\"oxy-easy-posts oxy-posts-grid\"><div class=\"oxy-posts\">",
            );
            for o in p.others.clone() {
                grid.push_str(&format!("<div class=\"oxy-post\"><a class=\"oxy-post-image\" href=\"{u}\"></a><a class=\"oxy-post-title\" href=\"{u}\">{}</a><div class=\"oxy-post-meta\"><div class=\"oxy-post-meta-date oxy-post-meta-item\">{}</div></div><div class=\"oxy-post-content\"><p>{}</p></div><a href=\"{u}\" class=\"oxy-read-more\">{}</a></div>", o.title, p.date, FPage::excerpt(o, 40), ui.read_more, u = p.other_url(o)));
            }
            grid.push_str("</div></div>");
            let grid = p.noise(Kind::PostGrid, grid);
            let comments = p.comments();
            let foot = p.footer("Built with Oxygen");
            format!("<body class=\"post-template-default single single-post oxygen-body\"><div id=\"_header-1-{id}\" class=\"oxy-header-wrapper oxy-header\"><div class=\"oxy-header-container\"><div class=\"oxy-header-left\">{logo}</div><div class=\"oxy-header-right\"><nav class=\"oxy-nav-menu\">{menu}</nav></div></div></div>{crumbs}<section id=\"section-2-{id}\" class=\"ct-section\"><div class=\"ct-section-inner-wrap\"><div id=\"div_block-3-{id}\" class=\"ct-div-block main-col\"><h1 id=\"headline-4-{id}\" class=\"ct-headline\"><span class=\"ct-span\">{title}</span></h1><div id=\"text_block-5-{id}\" class=\"ct-text-block\">{meta}</div><div id=\"inner_content-6-{id}\" class=\"ct-inner-content\">\n{content}</div>{after}{comments}</div><div id=\"div_block-7-{id}\" class=\"ct-div-block side-col\">{side}{grid}</div></div></section><section id=\"section-9-{id}\" class=\"ct-section footer\"><div class=\"ct-section-inner-wrap\">{foot}</div></section>{end}</body>")
        }
        FTheme::Bricks => {
            let logo = p.logo();
            let menu = p.menu("bricks-nav-menu", "menu-item");
            let meta = p.meta(rng);
            let content = render_items(items, mode, heading);
            let side = p.sidebar("brxe-widget widget", rng);
            let mut grid = String::from("<div class=\"brxe-posts\"><ul class=\"bricks-layout-wrapper\" data-layout=\"grid\">");
            for o in p.others.clone() {
                grid.push_str(&format!("<li class=\"bricks-layout-item repeater-item\"><div class=\"bricks-layout-inner\"><div class=\"dynamic\"><h3 class=\"brxe-heading\"><a href=\"{u}\">{}</a></h3></div><div class=\"dynamic\"><p>{}</p></div></div></li>", o.title, FPage::excerpt(o, 30), u = p.other_url(o)));
            }
            grid.push_str("</ul></div>");
            let grid = p.noise(Kind::PostGrid, grid);
            let comments = p.comments();
            let foot = p.footer("");
            format!("<body class=\"post-template-default single single-post brx-body bricks-is-frontend\"><header id=\"brx-header\"><div id=\"brxe-hdr\" class=\"brxe-container\"><div class=\"brxe-logo\">{logo}</div><div class=\"brxe-nav-menu\"><nav class=\"bricks-nav-menu-wrapper\">{menu}</nav></div></div></header><main id=\"brx-content\">{crumbs}<section id=\"brxe-s1\" class=\"brxe-section\"><div id=\"brxe-c1\" class=\"brxe-container\"><div id=\"brxe-b1\" class=\"brxe-block main\"><h1 class=\"brxe-post-title\">{title}</h1><div class=\"brxe-post-meta post-meta\">{meta}</div><div class=\"brxe-post-content\" data-source=\"editor\">\n{content}</div>{after}{comments}</div><div id=\"brxe-b2\" class=\"brxe-block aside\">{side}</div></div></section><section id=\"brxe-s2\" class=\"brxe-section\"><div class=\"brxe-container\">{grid}</div></section></main><footer id=\"brx-footer\"><div class=\"brxe-container\">{foot}</div></footer>{end}</body>")
        }
        FTheme::Thrive => {
            let logo = p.logo();
            let menu = p.menu("tve_w_menu tve_horizontal", "menu-item");
            let meta = p.meta(rng);
            // Thrive Architect: every block in an element of its own.
            let content = modules(rng, items, mode, heading, Pieces::Each, |k, c| {
                format!("<div class=\"thrv_wrapper thrv_text_element tve-froala fr-box\" data-css=\"tve-u-{k:x}\">\n{c}</div>")
            });
            let side = p.sidebar("widget thrive-widget", rng);
            let comments = p.comments();
            let foot = p.footer("");
            format!("<body class=\"post-template-default single single-post tve_lp tve-theme-{id}\"><div id=\"wrapper\"><header id=\"thrive-header\" class=\"thrv_symbol thrive-shortcode\">{logo}<nav class=\"thrive-nav\">{menu}</nav></header>{crumbs}<div id=\"content\"><div class=\"main-container thrv_wrapper\"><div class=\"theme-section\"><h1 class=\"tcb-post-title\">{title}</h1>{meta}<div id=\"tve_editor\" class=\"tve_shortcode_editor tar-main-content\" data-post-id=\"{id}\">\n{content}</div>{after}{comments}</div><aside class=\"theme-sidebar-section\">{side}</aside></div></div><footer id=\"thrive-footer\" class=\"thrv_symbol\">{foot}</footer></div>{end}</body>")
        }
        FTheme::SiteOrigin => {
            let logo = p.logo();
            let menu = p.menu("menu", "menu-item");
            let meta = p.meta(rng);
            let content = modules(rng, items, mode, heading, Pieces::UpTo(3), |k, c| {
                format!("<div id=\"pg-{id}-{k}\" class=\"panel-grid panel-no-style\"><div id=\"pgc-{id}-{k}-0\" class=\"panel-grid-cell\"><div id=\"panel-{id}-{k}-0-0\" class=\"so-panel widget widget_sow-editor panel-first-child panel-last-child\" data-index=\"{k}\"><div class=\"so-widget-sow-editor so-widget-sow-editor-base\"><div class=\"siteorigin-widget-tinymce textwidget\">\n{c}</div></div></div></div></div>")
            });
            let side = p.sidebar("widget", rng);
            let comments = p.comments();
            let foot = p.footer("Theme by SiteOrigin");
            format!("<body class=\"post-template-default single single-post siteorigin-panels siteorigin-panels-before-js\"><div id=\"page-wrapper\"><header id=\"masthead\" class=\"site-header\"><div class=\"container\">{logo}<nav id=\"site-navigation\" class=\"main-navigation\">{menu}</nav></div></header><div id=\"main\" class=\"site-main\"><div class=\"full-container\">{crumbs}<div id=\"primary\" class=\"content-area\"><main id=\"content\" class=\"site-content\"><article id=\"post-{id}\" class=\"post-{id} post\"><header class=\"entry-header\"><h1 class=\"entry-title\">{title}</h1>{meta}</header><div class=\"entry-content\"><div id=\"pl-{id}\" class=\"panel-layout\">\n{content}</div></div>{after}</article>{comments}</main></div><div id=\"secondary\" class=\"widget-area\">{side}</div></div></div><footer id=\"colophon\" class=\"site-footer\">{foot}</footer></div>{end}</body>")
        }
        FTheme::KadenceBlocks => {
            let logo = p.logo();
            let menu = p.menu("menu header-menu", "menu-item");
            let meta = p.meta(rng);
            let content = if rng.chance(60) {
                modules(rng, items, mode, heading, Pieces::UpTo(3), |k, c| {
                    format!("<div class=\"wp-block-kadence-rowlayout alignnone\"><div class=\"kb-row-layout-wrap kb-row-layout-id{id}_{k} alignnone wp-block-kadence-rowlayout\"><div class=\"kt-row-column-wrap kt-has-1-columns kt-row-layout-equal\"><div class=\"wp-block-kadence-column kadence-column{id}_{k}\"><div class=\"kt-inside-inner-col\">\n{c}</div></div></div></div></div>")
                })
            } else {
                render_items(items, mode, heading)
            };
            let comments = p.comments();
            let side = p.sidebar("widget", rng);
            let mut grid = String::from("<div class=\"wp-block-uagb-post-grid uagb-post-grid uagb-post__items uagb-post__columns-3\">");
            for o in p.others.clone() {
                grid.push_str(&format!("<article class=\"uagb-post__inner-wrap\"><div class=\"uagb-post__text uagb-post__title\"><h4><a href=\"{u}\">{}</a></h4></div><div class=\"uagb-post__text uagb-post__excerpt\"><p>{}</p></div><div class=\"uagb-post__text uagb-post__cta\"><a class=\"uagb-text-link\" href=\"{u}\">{}</a></div></article>", o.title, FPage::excerpt(o, 40), ui.read_more, u = p.other_url(o)));
            }
            grid.push_str("</div>");
            let grid = p.noise(Kind::PostGrid, grid);
            let foot = p.footer("- WordPress Theme by Kadence WP");
            format!("<body class=\"wp-singular post-template-default single single-post wp-theme-kadence content-style-boxed\"><div id=\"wrapper\" class=\"site wp-site-blocks\"><header id=\"masthead\" class=\"site-header\"><div class=\"site-header-row-container-inner\"><div class=\"site-branding branding-layout-standard\">{logo}</div><nav id=\"site-navigation\" class=\"main-navigation header-navigation\">{menu}</nav></div></header><div id=\"inner-wrap\" class=\"wrap hfeed kt-clear\"><div id=\"primary\" class=\"content-area\"><div class=\"content-container site-container\"><main id=\"main\" class=\"site-main\"><div class=\"content-wrap\"><article id=\"post-{id}\" class=\"entry content-bg single-entry post-{id} post\"><div class=\"entry-content-wrap\"><header class=\"entry-header post-title title-align-inherit\">{crumbs}<h1 class=\"entry-title\">{title}</h1>{meta}</header><div class=\"entry-content single-content\">\n{content}</div>{after}</div></article>{comments}{grid}</div></main><aside id=\"secondary\" class=\"primary-sidebar widget-area\"><div class=\"sidebar-inner-wrap\">{side}</div></aside></div></div></div><footer id=\"colophon\" class=\"site-footer\"><div class=\"site-footer-wrap\">{foot}</div></footer></div>{end}</body>")
        }
        FTheme::Soledad => {
            let logo = p.logo();
            let menu = p.menu("menu", "menu-item penci-mega-menu");
            let ticker = p.ticker();
            let meta = p.meta(rng);
            let content = render_items(items, mode, heading);
            let side = p.sidebar("widget penci-block-vc", rng);
            let comments = p.comments();
            let cat = p.noise(Kind::PostMeta, format!("<div class=\"penci-standard-cat\"><span class=\"cat\"><a class=\"penci-cat-name\" href=\"{home}category/{}/\">{}</a></span></div>", slugify(p.category), p.category));
            let foot = p.footer("- Designed &amp; Developed by PenciDesign");
            format!("<body class=\"post-template-default single single-post soledad-ver-8 penci-body-boxed\"><div class=\"wrapper-boxed header-style-header-1\"><div class=\"penci-header-wrap\"><div class=\"penci-top-bar\">{ticker}</div><header id=\"header\" class=\"header-header-1 has-bottom-line\"><div class=\"inner-header penci-header-second\"><div class=\"container\"><div id=\"logo\">{logo}</div></div></div><nav id=\"navigation\" class=\"header-layout-bottom header-1 menu-style-1\">{menu}</nav></header></div>{crumbs}<div class=\"container container-single penci_sidebar right-sidebar\"><div id=\"main\" class=\"penci-main-single-area\"><div class=\"theiaStickySidebar\"><article id=\"post-{id}\" class=\"post type-post status-publish\"><div class=\"header-standard header-classic single-header\">{cat}<h1 class=\"post-title single-post-title entry-title\">{title}</h1><div class=\"post-box-meta-single\">{meta}</div></div><div class=\"post-entry blockquote-style-2\"><div class=\"inner-post-entry entry-content\" id=\"penci-post-entry-inner\">\n{content}<div class=\"penci-single-link-pages\"></div></div></div>{after}</article>{comments}</div></div><div id=\"sidebar\" class=\"penci-sidebar-right penci-sidebar-content style-1\"><div class=\"theiaStickySidebar\">{side}</div></div></div><footer id=\"footer-section\" class=\"penci-footer-social-media\"><div class=\"container\">{foot}</div></footer></div>{end}</body>")
        }
        FTheme::ColorMag => {
            let logo = p.logo();
            let menu = p.menu("menu-primary-container cm-primary-nav", "menu-item");
            let ticker = p.ticker();
            let meta = p.meta(rng);
            let content = render_items(items, mode, heading);
            let side = p.sidebar("widget cm-featured-posts", rng);
            let comments = p.comments();
            let foot = p.footer("Theme: ColorMag by ThemeGrill. Powered by WordPress.");
            format!("<body class=\"post-template-default single single-post cm-right-sidebar cm-content-wide\"><div id=\"page\" class=\"hfeed site\"><header id=\"cm-masthead\" class=\"cm-header cm-layout-1\"><div class=\"cm-top-bar\"><div class=\"cm-container\">{ticker}</div></div><div class=\"cm-main-header\"><div class=\"cm-container\"><div id=\"cm-site-branding\" class=\"cm-site-branding\">{logo}</div></div><nav id=\"cm-primary-nav\" class=\"cm-primary-nav\">{menu}</nav></div></header>{crumbs}<div id=\"cm-content\" class=\"cm-content\"><div class=\"cm-container\"><div class=\"cm-row\"><div id=\"cm-primary\" class=\"cm-primary\"><div class=\"cm-posts clearfix\"><article id=\"post-{id}\" class=\"post-{id} post type-post\"><div class=\"cm-post-content\"><div class=\"cm-entry-header-meta\"><div class=\"cm-post-categories\"><a href=\"{home}category/news/\" rel=\"category tag\">{}</a></div></div><header class=\"cm-entry-header\"><h1 class=\"cm-entry-title\">{title}</h1></header><div class=\"cm-below-entry-meta\">{meta}</div><div class=\"cm-entry-summary\">\n{content}</div></div>{after}</article></div>{comments}</div><div id=\"cm-secondary\" class=\"cm-secondary\">{side}</div></div></div></div><footer id=\"cm-footer\" class=\"cm-footer\"><div class=\"cm-footer-bar\"><div class=\"cm-container\">{foot}</div></div></footer></div>{end}</body>", p.noise(Kind::PostMeta, p.category.to_string()))
        }
        FTheme::BloggerContempo => {
            let header = p.noise(Kind::Header, format!("<div class=\"header-widget\"><div><h1><a href=\"{home}\">{site}</a></h1></div></div>"));
            let mut header = header;
            let (tagline, shown) = (p.host.tagline, p.host.tagline_in_header);
            header.push_str(&p.header_tagline(tagline, shown, "<p class=\"description\">", "</p>"));
            let date = p.noise(Kind::PostMeta, format!("<span class=\"byline post-timestamp\"><a class=\"timestamp-link\" href=\"{}\" rel=\"bookmark\"><time class=\"published\" datetime=\"{}\">{}</time></a></span>", p.url, p.iso, p.date));
            let content = render_items(items, mode, heading);
            let share = p.noise(Kind::ShareBar, "<div class=\"byline post-share-buttons goog-inline-block\"><div class=\"share-buttons-container\"><ul class=\"share-buttons hidden\"><li><a class=\"goog-inline-block share-button sb-email\" href=\"#\" title=\"Email This\"><span class=\"share-button-link-text\">Email This</span></a></li><li><a class=\"share-button sb-blog\" href=\"#\" title=\"BlogThis!\"><span class=\"share-button-link-text\">BlogThis!</span></a></li><li><a class=\"share-button sb-facebook\" href=\"#\" title=\"Share to Facebook\"><span class=\"share-button-link-text\">Share to Facebook</span></a></li></ul></div></div>".to_string());
            let labels = p.noise(Kind::PostMeta, format!("<span class=\"byline post-labels\"><span class=\"byline-label\">{}</span><a href=\"{home}search/label/{}\" rel=\"tag\">{}</a></span>", ui.blogger_labels, slugify(p.category), p.category));
            let comments = p.noise(Kind::CommentForm, format!("<section class=\"comments embed\" data-num-comments=\"0\" id=\"comments\"><a name=\"comments\"></a><h3 class=\"title\">{}</h3><div class=\"footer\"><div class=\"comment-form\"><a name=\"comment-form\"></a><p>{}</p></div></div></section>", ui.comments_title, ui.blogger_post_comment));
            let mut pop = format!("<div class=\"widget PopularPosts\" id=\"PopularPosts1\"><h3 class=\"title\">{}</h3><div class=\"widget-content\">", ui.blogger_popular);
            for o in p.others.clone() {
                pop.push_str(&format!("<div role=\"feed\"><article class=\"post\"><h3 class=\"post-title\"><a href=\"{}\">{}</a></h3><div class=\"item-content float-container\"><div class=\"popular-posts-snippet snippet-container r-snippet-container\"><div class=\"snippet-item r-snippetized\">{}</div></div></div></article></div>", p.other_url(o), o.title, FPage::excerpt(o, 30)));
            }
            pop.push_str("</div></div>");
            let pop = p.noise(Kind::Sidebar, pop);
            let foot = p.noise(Kind::Footer, "<div class=\"widget Attribution\"><div class=\"blogger\"><a href=\"https://www.blogger.com\" rel=\"nofollow\">Powered by Blogger</a></div><div class=\"image-attribution\">Theme images by Michael Elkan</div></div>".to_string());
            format!("<body class=\"version-1-3-3 variant-indie_light\"><div class=\"bg-photo-overlay\"></div><div class=\"page\"><div class=\"page_body\"><div class=\"centered\"><header class=\"centered-top-container\" role=\"banner\"><div class=\"centered-top\"><div class=\"blog-name container\"><div class=\"section\" id=\"header\"><div class=\"widget Header\">{header}</div></div></div></div></header><main class=\"centered-bottom\" id=\"main\" role=\"main\"><div class=\"main section\" id=\"page_body\"><div class=\"widget Blog\" id=\"Blog1\"><div class=\"blog-posts hfeed container\"><article class=\"post-outer-container\"><div class=\"post-outer\"><div class=\"post\"><div class=\"post-header\"><div class=\"post-header-line-1\">{date}</div></div><h3 class=\"post-title entry-title\">{title}</h3><div class=\"post-body-container\"><div class=\"post-body entry-content float-container\" id=\"post-body-{id}\">\n{content}</div></div>{after}<div class=\"post-footer\"><div class=\"post-footer-line post-footer-line-1\">{share}</div><div class=\"post-footer-line post-footer-line-2\">{labels}</div></div></div></div>{comments}</article></div></div></div><aside class=\"sidebar-container container sidebar-invisible\">{pop}</aside></main><footer class=\"footer section\">{foot}</footer></div></div></div>{end}</body>")
        }
        FTheme::Squarespace => {
            let header = p.noise(
                Kind::Header,
                format!("<div class=\"header-title-text\"><a href=\"/\">{site}</a></div>"),
            );
            let menu = p.menu(
                "header-nav-list",
                "header-nav-item header-nav-item--collection",
            );
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"blog-item-meta-wrapper\"><div class=\"blog-meta-item blog-meta-item--date\">{}</div><div class=\"blog-meta-item blog-meta-item--author\">{}</div></div>", p.date, p.host.staff));
            let content = modules(rng, items, mode, heading, Pieces::UpTo(3), |k, c| {
                format!("<div class=\"sqs-block html-block sqs-block-html\" data-block-type=\"2\" id=\"block-{id}{k}\"><div class=\"sqs-block-content\"><div class=\"sqs-html-content\">\n{c}</div></div></div>")
            });
            let (a, b) = (p.others[0], p.others[p.others.len() - 1]);
            let nav = p.noise(Kind::PostNav, format!("<section class=\"item-pagination item-pagination--prev-next\"><a href=\"{}\" class=\"item-pagination-link item-pagination-link--prev\"><div class=\"item-pagination-prev-next\">{}</div><h2 class=\"item-pagination-title\">{}</h2></a><a href=\"{}\" class=\"item-pagination-link item-pagination-link--next\"><div class=\"item-pagination-prev-next\">{}</div><h2 class=\"item-pagination-title\">{}</h2></a></section>", p.other_url(a), ui.prev, a.title, p.other_url(b), ui.next, b.title));
            let foot = p.noise(Kind::Footer, format!("<div class=\"sqs-block html-block\"><div class=\"sqs-block-content\"><p>© 2024 {site}</p><p>Powered by Squarespace</p></div></div>"));
            format!("<body class=\"collection-type-blog view-item\"><div id=\"siteWrapper\" class=\"clearfix site-wrapper\"><header id=\"header\" class=\"header theme-col--primary\"><div class=\"header-inner container--fluid\"><div class=\"header-display-desktop\"><div class=\"header-title\">{header}</div><nav class=\"header-nav\">{menu}</nav></div></div></header><main id=\"page\" class=\"container\" role=\"main\"><article class=\"sections\" id=\"sections\"><section class=\"page-section\"><div class=\"content-wrapper\"><div class=\"content\"><div class=\"blog-item-wrapper\"><article class=\"entry h-entry hentry post-type-text\"><div class=\"blog-item-top-wrapper\">{crumbs}<div class=\"blog-item-title\"><h1 class=\"entry-title entry-title--large p-name\">{title}</h1></div>{meta}</div><div class=\"blog-item-content-wrapper\"><div class=\"blog-item-content e-content\"><div class=\"sqs-layout sqs-grid-12 columns-12\"><div class=\"row sqs-row\"><div class=\"col sqs-col-12 span-12\">\n{content}</div></div></div></div></div>{after}</article>{nav}</div></div></div></section></article></main><footer class=\"sections\" id=\"footer-sections\">{foot}</footer></div>{end}</body>")
        }
        FTheme::Substack => {
            let nav = p.noise(Kind::Header, format!("<div class=\"navbar\"><a class=\"navbar-title-link\" href=\"{home}\">{site}</a><div class=\"navbar-buttons\"><button class=\"button primary\">Subscribe</button><button class=\"button\">Sign in</button></div></div>"));
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"post-meta\"><div class=\"profile-hover-card-target\"><a href=\"{home}profile\">{}</a></div><div class=\"post-date\">{}</div></div>", p.host.staff, p.date));
            let widget = p.noise(Kind::Newsletter, format!("<div class=\"subscription-widget-wrap-editor\" data-component-name=\"SubscribeWidgetToDOM\"><div class=\"subscription-widget show-subscribe\"><div class=\"preamble\"><p class=\"cta-caption\">Thanks for reading {site}! Subscribe for free to receive new posts and support my work.</p></div><form class=\"subscription-widget-subscribe\"><input type=\"email\" placeholder=\"Type your email...\"><input type=\"submit\" value=\"Subscribe\"></form></div></div>"));
            let content = if rng.chance(50) {
                format!("{}{widget}", render_items(items, mode, heading))
            } else {
                let cut = items.len() / 2;
                format!(
                    "{}{widget}{}",
                    render_items(&items[..cut], mode, heading),
                    render_items(&items[cut..], mode, heading)
                )
            };
            let share = p.noise(Kind::ShareBar, format!("<p class=\"button-wrapper\" data-component-name=\"ButtonCreateButton\"><a class=\"button primary\" href=\"{}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share\"><span>Share</span></a></p>", p.url));
            let comments = p.noise(Kind::CommentForm, "<div class=\"comments-section\"><h4 class=\"comments-heading\">Discussion about this post</h4><div class=\"comment-input\"><textarea placeholder=\"Write a comment...\"></textarea></div></div>".to_string());
            let more = p.noise(Kind::Footer, "<div class=\"post-footer-more\"><h4>Ready for more?</h4><button class=\"button primary\">Subscribe</button></div><div class=\"footer-wrap\"><div class=\"footer-copyright\">© 2024 Substack Inc</div><div class=\"footer-links\">Privacy ∙ Terms ∙ Collection notice</div><div class=\"footer-slogan\">Substack is the home for great culture</div></div>".to_string());
            format!("<body><div id=\"entry\"><div id=\"main\" class=\"main typography use-theme-bg\"><div class=\"main-menu\">{nav}</div><div class=\"container\"><div class=\"single-post-container\"><div class=\"single-post\"><article class=\"typography newsletter-post post\"><div class=\"post-header\"><h1 class=\"post-title published title-X77sOw\">{title}</h1>{meta}</div><div class=\"available-content\"><div class=\"body markup\" dir=\"auto\">\n{content}{share}</div></div>{after}</article></div>{comments}</div></div>{more}</div></div>{end}</body>")
        }
        FTheme::Weebly => {
            let header = p.noise(Kind::Header, format!("<span class=\"wsite-logo\"><a href=\"/\"><span id=\"wsite-title\">{site}</span></a></span>"));
            let menu = p.menu("wsite-menu-default", "wsite-menu-item-wrap");
            let date = p.noise(
                Kind::PostMeta,
                format!(
                    "<p class=\"blog-date\"><span class=\"date-text\">{}</span></p>",
                    p.date
                ),
            );
            let content = render_items(items, mode, heading);
            let count = p.noise(Kind::CommentForm, format!("<div class=\"blog-comments-bottom\"><a class=\"blog-link\" href=\"{}#comments\">0 {}</a></div>", p.url, ui.comments_title));
            let mut side = String::from("<div class=\"column-blog second\"><h2 class=\"wsite-content-title\">Archives</h2><div class=\"wsite-content\"><a href=\"/blog/archives/05-2024\">05/2024</a><br></div><h2 class=\"wsite-content-title\">Categories</h2><div class=\"blog-category-list\">");
            side.push_str("<a href=\"/blog/category/all\">All</a><br></div><div class=\"wsite-rss\"><a href=\"/blog/feed\">RSS Feed</a></div></div>");
            let side = p.noise(Kind::Sidebar, side);
            let foot = p.noise(Kind::Footer, "<div id=\"weebly-footer-signup-container-v3\"><div class=\"weebly-footer-signup-container-text\">Create your own unique website with customizable templates.</div><a class=\"weebly-footer-signup-container-cta\" href=\"#\">Get Started</a></div>".to_string());
            format!("<body class=\"no-header-page wsite-page-blog\"><div class=\"wrapper\"><div class=\"header\"><div class=\"container\">{header}<div class=\"nav\">{menu}</div></div></div><div class=\"wsite-section-wrap\"><div class=\"wsite-section wsite-body-section\"><div class=\"container\"><div id=\"wsite-content\" class=\"wsite-elements wsite-not-footer\"><div id=\"blogTable\" class=\"blogTable\"><div class=\"column-blog main\"><div id=\"blog-post-{id}\" class=\"blog-post\"><div class=\"blog-header\"><h2 class=\"blog-title\"><a class=\"blog-title-link blog-link\" href=\"{}\">{title}</a></h2>{date}</div><div class=\"blog-content\"><div class=\"paragraph\">\n{content}</div></div>{after}{count}</div></div>{side}</div></div></div></div></div><div class=\"footer-wrap\">{foot}</div></div>{end}</body>", p.url)
        }
        FTheme::Drupal => {
            let logo = p.logo();
            let menu = p.menu("menu menu--main nav", "menu-item");
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"node__meta\"><span class=\"field field--name-uid\">{} {}</span>, <span class=\"field field--name-created\">{}</span></div>", ui.by, p.host.staff, p.date));
            let content = render_items(items, mode, heading);
            let tags = p.noise(Kind::PostMeta, format!("<div class=\"field field--name-field-tags field--type-entity-reference field--label-above\"><div class=\"field__label\">{}</div><div class=\"field__items\"><div class=\"field__item\"><a href=\"{home}taxonomy/term/{}\" hreflang=\"en\">{}</a></div></div></div>", ui.tags.trim_end_matches(':').trim_end(), 10 + p.n % 90, p.category));
            let mut view = format!("<div class=\"views-element-container block block-views\"><h2 class=\"block-title\">{}</h2><div class=\"view view-content\">", ui.recent);
            for o in p.others.clone() {
                view.push_str(&format!("<div class=\"views-row\"><div class=\"views-field views-field-title\"><span class=\"field-content\"><a href=\"{}\" hreflang=\"en\">{}</a></span></div></div>", p.other_url(o), o.title));
            }
            view.push_str("</div></div>");
            let view = p.noise(Kind::Sidebar, view);
            let foot = p.noise(Kind::Footer, "<div class=\"block-system-powered-by-block\"><span>Powered by <a href=\"https://www.drupal.org\">Drupal</a></span></div>".to_string());
            format!("<body class=\"path-node page-node-type-article\"><div class=\"dialog-off-canvas-main-canvas\"><div class=\"layout-container\"><header role=\"banner\"><div class=\"region region-header\"><div id=\"block-sitebranding\" class=\"block-system-branding-block\">{logo}</div></div><div class=\"region region-primary-menu\"><nav role=\"navigation\">{menu}</nav></div></header><div class=\"region region-breadcrumb\">{crumbs}</div><main role=\"main\"><div class=\"layout-content\"><div class=\"region region-content\"><article role=\"article\" class=\"node node--type-article node--promoted node--view-mode-full\"><h1 class=\"page-title\"><span class=\"field field--name-title field--type-string\">{title}</span></h1>{meta}<div class=\"node__content\"><div class=\"clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item\">\n{content}</div>{tags}{after}</div></article></div></div><aside class=\"layout-sidebar-second\" role=\"complementary\"><div class=\"region region-sidebar-second\">{view}</div></aside></main><footer role=\"contentinfo\"><div class=\"region region-footer\">{foot}</div></footer></div></div>{end}</body>")
        }
        FTheme::Joomla => {
            let brand = p.noise(
                Kind::Header,
                format!(
                    "<a class=\"brand-logo\" href=\"/\"><span title=\"{}\">{site}</span></a>",
                    esc(site)
                ),
            );
            let mut brand = brand;
            let (tagline, shown) = (p.host.tagline, p.host.tagline_in_header);
            brand.push_str(&p.header_tagline(
                tagline,
                shown,
                "<div class=\"site-description\">",
                "</div>",
            ));
            let menu = p.menu("mod-menu mod-list nav", "nav-item");
            let info = p.noise(Kind::PostMeta, format!("<dl class=\"article-info text-muted\"><dt class=\"article-info-term\">Details</dt><dd class=\"createdby\" itemprop=\"author\"><span itemprop=\"name\">{} {}</span></dd><dd class=\"category-name\"><a href=\"{home}index.php/news\" itemprop=\"genre\">{}</a></dd><dd class=\"published\"><time datetime=\"{}\" itemprop=\"datePublished\">{}</time></dd><dd class=\"hits\"><meta itemprop=\"interactionCount\" content=\"UserPageVisits:{}\">Hits: {}</dd></dl>", ui.by, p.host.staff, p.category, p.iso, p.date, p.n % 5000, p.n % 5000));
            let content = render_items(items, mode, heading);
            let pn = p.noise(Kind::PostNav, format!("<nav class=\"pagenavigation\" aria-label=\"Page Navigation\"><span class=\"pagination ms-0\"><a class=\"btn btn-sm btn-secondary previous\" href=\"{}\" rel=\"prev\">{}</a><a class=\"btn btn-sm btn-secondary next\" href=\"{}\" rel=\"next\">{}</a></span></nav>", p.other_url(p.others[0]), ui.prev, p.other_url(p.others[p.others.len() - 1]), ui.next));
            let mut latest = format!("<div class=\"sidebar-right card\"><h3 class=\"card-header\">{}</h3><div class=\"card-body\"><ul class=\"mod-articleslatest latestnews mod-list\">", ui.recent);
            for o in p.others.clone() {
                latest.push_str(&format!("<li itemscope itemtype=\"https://schema.org/Article\"><a href=\"{}\" itemprop=\"url\"><span itemprop=\"name\">{}</span></a></li>", p.other_url(o), o.title));
            }
            latest.push_str("</ul></div></div>");
            let latest = p.noise(Kind::Sidebar, latest);
            let foot = p.noise(Kind::Footer, format!("<div class=\"mod-footer\"><div class=\"footer1\">Copyright © 2024 {site}. {}</div><div class=\"footer2\"><a href=\"https://www.joomla.org\">Joomla!</a> is Free Software released under the <a href=\"https://www.gnu.org/licenses/gpl-2.0.html\">GNU General Public License.</a></div></div>", ui.rights));
            format!("<body class=\"site com_content view-article layout-blog no-task itemid-101\"><header class=\"header container-header full-width\"><div class=\"grid-child\"><div class=\"navbar-brand\">{brand}</div></div><div class=\"grid-child container-nav\">{menu}</div></header><div class=\"site-grid\"><div class=\"grid-child container-component\"><nav class=\"mod-breadcrumbs__wrapper\" aria-label=\"Breadcrumbs\">{crumbs}</nav><main><div class=\"com-content-article item-page\" itemscope itemtype=\"https://schema.org/Article\"><meta itemprop=\"inLanguage\" content=\"{}\"><div class=\"page-header\"><h1 itemprop=\"headline\">{title}</h1></div>{info}<div itemprop=\"articleBody\" class=\"com-content-article__body\">\n{content}</div>{after}{pn}</div></main></div><div class=\"grid-child container-sidebar-right\">{latest}</div></div><footer class=\"container-footer footer full-width\"><div class=\"grid-child\">{foot}</div></footer>{end}</body>", ui.html_lang)
        }
        FTheme::AmpReader => {
            let header = p.noise(Kind::Header, format!("<div><a href=\"{home}\"><span class=\"amp-site-title\">{site}</span></a><a class=\"amp-wp-canonical-link\" href=\"{}\">Exit Reader Mode</a></div>", p.url.trim_end_matches("amp/")));
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"amp-wp-meta amp-wp-byline\"><span class=\"amp-wp-author author vcard\">{}</span></div><div class=\"amp-wp-meta amp-wp-posted-on\"><time datetime=\"{}\">{}</time></div>", p.host.staff, p.iso, p.date));
            let content = render_items(items, mode, heading);
            let foot_art = p.noise(Kind::PostMeta, format!("<div class=\"amp-wp-meta amp-wp-tax-category\">{} <a href=\"{home}category/{}/\" rel=\"category tag\">{}</a></div><div class=\"amp-wp-meta amp-wp-comments-link\"><a href=\"{}#respond\">{}</a></div>", ui.tags, slugify(p.category), p.category, p.url.trim_end_matches("amp/"), ui.leave_comment));
            let foot = p.noise(Kind::Footer, format!("<div><h2>{site}</h2><a href=\"#top\" class=\"back-to-top\">Back to top</a></div>"));
            format!("<body class=\"\"><header id=\"top\" class=\"amp-wp-header\">{header}</header><article class=\"amp-wp-article\"><header class=\"amp-wp-article-header\">{crumbs}<h1 class=\"amp-wp-title\">{title}</h1>{meta}</header><div class=\"amp-wp-article-content\">\n{content}</div><footer class=\"amp-wp-article-footer\">{foot_art}</footer>{after}</article><footer class=\"amp-wp-footer\">{foot}</footer>{end}</body>")
        }
        FTheme::HugoPaperMod => {
            let logo = p.noise(Kind::Header, format!("<div class=\"logo\"><a href=\"{home}\" accesskey=\"h\" title=\"{} (Alt + H)\">{site}</a><div class=\"logo-switches\"><button id=\"theme-toggle\" accesskey=\"t\" title=\"(Alt + T)\"></button></div></div>", esc(site)));
            let menu = p.menu("menu", "");
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"post-meta\"><span title=\"{}\">{}</span>&nbsp;·&nbsp;{} min&nbsp;·&nbsp;{}</div>", p.iso, p.date, 2 + p.n % 6, p.host.staff));
            let mut toc = String::from("<div class=\"toc\"><details><summary accesskey=\"c\" title=\"(Alt + C)\"><span class=\"details\">Table of Contents</span></summary><div class=\"inner\"><ul>");
            for b in p.story.blocks {
                if let B::H(h) = b {
                    toc.push_str(&format!(
                        "<li><a href=\"#{}\" aria-label=\"{}\">{}</a></li>",
                        slugify(h),
                        esc(h),
                        h
                    ));
                }
            }
            toc.push_str("</ul></div></details></div>");
            let toc = p.noise(Kind::Toc, toc);
            let content = render_items(items, mode, heading);
            let tags = p.noise(
                Kind::PostMeta,
                format!(
                    "<ul class=\"post-tags\"><li><a href=\"{home}tags/{}/\">{}</a></li></ul>",
                    slugify(p.category),
                    p.category
                ),
            );
            let (a, b) = (p.others[0], p.others[p.others.len() - 1]);
            let pn = p.noise(Kind::PostNav, format!("<nav class=\"paginav\"><a class=\"prev\" href=\"{}\"><span class=\"title\">« {}</span><br><span>{}</span></a><a class=\"next\" href=\"{}\"><span class=\"title\">{} »</span><br><span>{}</span></a></nav>", p.other_url(a), ui.prev, a.title, p.other_url(b), ui.next, b.title));
            let foot = p.noise(Kind::Footer, format!("<span>© 2024 <a href=\"{home}\">{site}</a></span> · <span>Powered by <a href=\"https://gohugo.io/\" rel=\"noopener noreferrer\" target=\"_blank\">Hugo</a> &amp; <a href=\"https://github.com/adityatelange/hugo-PaperMod/\" rel=\"noopener\" target=\"_blank\">PaperMod</a></span>"));
            format!("<body class=\"\" id=\"top\"><header class=\"header\"><nav class=\"nav\">{logo}{menu}</nav></header><main class=\"main\"><article class=\"post-single\"><header class=\"post-header\">{crumbs}<h1 class=\"post-title entry-hint-parent\">{title}</h1>{meta}</header>{toc}<div class=\"post-content\">\n{content}</div><footer class=\"post-footer\">{tags}{pn}{after}</footer></article></main><footer class=\"footer\">{foot}</footer>{end}</body>")
        }
    };
    finish(html, &body, start)
}
