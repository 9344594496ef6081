//! The seeded page generator: hosts × themes × plugins × widgets.
//!
//! [`generate`] returns compositions grouped by host (a host's pages share
//! its theme, widgets, plugin settings and brand lines, as a real site's
//! pages do). Every composition carries the HTML and what a perfect
//! extractor returns for it: the article's text blocks in order, the
//! original's URL or outlet name, and the site's name. Every piece of
//! non-article text that went into the page is recorded with its kind, so a
//! failure can be told by kind.

use super::page::{
    bare_domain, credit_pos as credit_pos_of, credit_source, draw, esc, fill, finish, inline_text,
    og_site_name, place_credit, render_items, slugify, split_items, story_items, Block,
    Composition, Draw, Item, Kind, Record, Rng, Sheet, Slots, Slugged,
};
use super::stories::{Story, B, STORIES};
use super::vocab::*;

/// The first `keep` blocks of `story`, less the subheadings that would end
/// it (real articles do not close on a bare heading), as page items, the
/// text lines a perfect extractor returns for them, and how many blocks
/// were kept.
pub fn story_body(story: &'static Story, keep: usize) -> (Vec<Item<B>>, Vec<String>, usize) {
    let mut keep = keep;
    while keep > 1 && matches!(story.blocks[keep - 1], B::H(_)) {
        keep -= 1;
    }
    let (items, expected) = story_items(&story.blocks[..keep]);
    (items, expected, keep)
}

// ---------------------------------------------------------------------------
// Themes
// ---------------------------------------------------------------------------

/// The themes and page builders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    ClassicWp,
    BlockWp,
    ElementorPro,
    ElementorSections,
    DiviBuilder,
    DiviClassic,
    WpBakery,
    BeaverBuilder,
    Astra,
    GeneratePress,
    Newspaper,
    Jannah,
    Blogger,
    Ghost,
    MediumLike,
    WixLike,
    TableLayout,
}

pub const THEMES: &[Theme] = &[
    Theme::ClassicWp,
    Theme::BlockWp,
    Theme::ElementorPro,
    Theme::ElementorSections,
    Theme::DiviBuilder,
    Theme::DiviClassic,
    Theme::WpBakery,
    Theme::BeaverBuilder,
    Theme::Astra,
    Theme::GeneratePress,
    Theme::Newspaper,
    Theme::Jannah,
    Theme::Blogger,
    Theme::Ghost,
    Theme::MediumLike,
    Theme::WixLike,
    Theme::TableLayout,
];

impl Theme {
    pub fn name(self) -> &'static str {
        match self {
            Theme::ClassicWp => "classic-wp",
            Theme::BlockWp => "block-wp",
            Theme::ElementorPro => "elementor-pro-econ",
            Theme::ElementorSections => "elementor-sections",
            Theme::DiviBuilder => "divi-builder",
            Theme::DiviClassic => "divi-classic",
            Theme::WpBakery => "wpbakery",
            Theme::BeaverBuilder => "beaver-builder",
            Theme::Astra => "astra",
            Theme::GeneratePress => "generatepress",
            Theme::Newspaper => "newspaper-tagdiv",
            Theme::Jannah => "jannah",
            Theme::Blogger => "blogger",
            Theme::Ghost => "ghost",
            Theme::MediumLike => "medium-like",
            Theme::WixLike => "wix-like",
            Theme::TableLayout => "table-layout",
        }
    }

    fn is_wordpress(self) -> bool {
        !matches!(
            self,
            Theme::Blogger | Theme::Ghost | Theme::MediumLike | Theme::WixLike | Theme::TableLayout
        )
    }

    fn body_mode(self) -> Mode {
        match self {
            Theme::Blogger | Theme::TableLayout => Mode::Br,
            Theme::WixLike => Mode::Wix,
            Theme::MediumLike => Mode::Medium,
            _ => Mode::Html,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Html,
    Br,
    Divs,
    Wix,
    Medium,
}

// ---------------------------------------------------------------------------
// Body items
// ---------------------------------------------------------------------------

/// The base draw's markup for story blocks, per body mode (the first
/// families print theirs the same way).
impl Block for B {
    type Mode = Mode;

    fn render(&self, mode: Mode, heading: &str, pre: &str, suf: &str) -> String {
        match (self, mode) {
            (B::P(t), Mode::Html) => format!("<p>{pre}{t}{suf}</p>"),
            (B::P(t), Mode::Br) => format!("{pre}{t}{suf}<br />\n<br />"),
            (B::P(t), Mode::Divs) => format!("<div>{pre}{t}{suf}</div>\n<div><br /></div>"),
            (B::H(t), Mode::Divs) => format!("<div><b><span style=\"font-size: large;\">{t}</span></b></div>"),
            (B::P(t), Mode::Wix) => format!(
                "<p class=\"mm8Nw _1j-51 roLFQS _1FoOD\" dir=\"auto\"><span class=\"_2PHJq public-DraftStyleDefault-ltr\">{pre}{t}{suf}</span></p>"
            ),
            (B::P(t), Mode::Medium) => format!(
                "<p id=\"{:x}\" class=\"pw-post-body-paragraph mk ml fq mm b mn mo mp mq mr ms mt mu\" data-selectable-paragraph=\"\">{pre}{t}{suf}</p>",
                t.len() * 7919
            ),
            (B::H(t), Mode::Br) => format!("<b>{t}</b><br />"),
            (B::H(t), Mode::Wix) => format!(
                "<h2 class=\"eCDR9 _1j-51 _1atvN\" dir=\"auto\"><span class=\"_2PHJq public-DraftStyleDefault-ltr\">{t}</span></h2>"
            ),
            (B::H(t), Mode::Medium) => format!(
                "<h2 class=\"nd ne fq be nf ng nh ni nj nk\" data-selectable-paragraph=\"\">{t}</h2>"
            ),
            (B::H(t), Mode::Html) => format!("<{heading}>{t}</{heading}>"),
            (B::Ul(items), _) => list("ul", items),
            (B::Ol(items), _) => list("ol", items),
            (B::Q(t), Mode::Medium) => format!("<blockquote class=\"oa ob oc\"><p class=\"od oe\" data-selectable-paragraph=\"\">{t}</p></blockquote>"),
            (B::Q(t), _) => format!("<blockquote class=\"wp-block-quote\"><p>{t}</p></blockquote>"),
        }
    }

    fn is_paragraph(&self) -> bool {
        matches!(self, B::P(_))
    }

    fn expected(&self, out: &mut Vec<String>) {
        match self {
            B::P(t) | B::H(t) | B::Q(t) => out.push(inline_text(t)),
            B::Ul(xs) | B::Ol(xs) => out.extend(xs.iter().map(|x| inline_text(x))),
        }
    }
}

fn list(tag: &str, items: &[&str]) -> String {
    let mut s = format!("<{tag}>");
    for i in items {
        s.push_str(&format!("<li>{i}</li>"));
    }
    s.push_str(&format!("</{tag}>"));
    s
}

// ---------------------------------------------------------------------------
// The page context
// ---------------------------------------------------------------------------

struct Host {
    site: &'static Site,
    theme: Theme,
    home: String,
    domain: String,
    credit: Option<&'static Credit>,
    credit_pos_pref: u32,
    tagline: Option<&'static str>,
    tagline_top: bool,
    tagline_in_header: bool,
    chat: Option<&'static Widget>,
    chat_in_content: bool,
    cookie: Option<&'static Widget>,
    share: Option<&'static (&'static str, &'static str)>,
    share_pos: u32,
    newsletter: Option<&'static (&'static str, &'static str)>,
    newsletter_pos: u32,
    comment_form: bool,
    related_pos: u32,
    self_promo: Option<&'static str>,
    site_name_line: Option<&'static str>,
    promo_box: Option<&'static str>,
    ads: Option<&'static (&'static str, &'static str)>,
    sponsored: Option<&'static (&'static str, &'static str)>,
    toc: bool,
    disclaimer: Option<&'static str>,
    follow_box: Option<&'static str>,
    follow_top: bool,
    cookie_top: bool,
    sidebar_first: bool,
    author_box: bool,
    og_site_name: bool,
    jsonld: bool,
    title_sep: &'static str,
    title_prefix: bool,
    heading: &'static str,
    site_author: &'static str,
    mode: Mode,
}

struct Page<'a> {
    host: &'a Host,
    ui: &'static Ui,
    story: &'static Story,
    url: String,
    title: String,
    date: String,
    iso_date: String,
    category: &'static str,
    others: Vec<&'static Story>,
    vars: Vec<(&'static str, String)>,
    rec: Record,
    n: u64,
}

impl Sheet for Page<'_> {
    fn record(&mut self) -> &mut Record {
        &mut self.rec
    }

    fn fill(&self, t: &str) -> String {
        fill(t, &self.vars)
    }
}

impl Page<'_> {
    fn site(&self) -> &'static str {
        self.host.site.name
    }

    fn menu(&mut self, ul_class: &str, li_class: &str) -> String {
        let mut s = format!("<ul class=\"{ul_class}\">");
        for (i, m) in self.ui.menu.iter().enumerate() {
            s.push_str(&format!(
                "<li id=\"menu-item-{}\" class=\"{li_class} menu-item-{}\"><a href=\"{}{}/\">{m}</a></li>",
                100 + i,
                100 + i,
                self.host.home,
                slugify(m)
            ));
        }
        s.push_str("</ul>");
        self.noise(Kind::Header, s)
    }

    fn excerpt(story: &Story, words: usize) -> String {
        for b in story.blocks {
            if let B::P(t) = b {
                let w: Vec<&str> = t.split_whitespace().collect();
                if w.len() > words {
                    return format!("{} […]", w[..words].join(" "));
                }
                return format!("{t} […]");
            }
        }
        String::new()
    }

    fn other_url(&self, s: &Story) -> String {
        format!("{}{}/", self.host.home, s.slug)
    }

    fn recent_posts_widget(&mut self) -> String {
        let mut s = format!(
            "<section id=\"recent-posts-2\" class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">{}</h2><ul>",
            self.ui.recent_posts
        );
        for o in self.others.clone() {
            s.push_str(&format!(
                "<li><a href=\"{}\">{}</a></li>",
                self.other_url(o),
                o.title
            ));
        }
        s.push_str("</ul></section>");
        self.noise(Kind::Sidebar, s)
    }

    fn sidebar_widgets(&mut self, rng: &mut Rng) -> String {
        let mut s = String::new();
        s.push_str(&self.noise(
            Kind::Sidebar,
            format!(
                "<section id=\"search-2\" class=\"widget widget_search\"><form role=\"search\" method=\"get\" class=\"search-form\" action=\"{}\"><label><span class=\"screen-reader-text\">{}</span><input type=\"search\" class=\"search-field\" placeholder=\"{}\" name=\"s\"></label><input type=\"submit\" class=\"search-submit\" value=\"{}\"></form></section>",
                self.host.home, self.ui.search, self.ui.search_placeholder, self.ui.search
            ),
        ));
        s.push_str(&self.recent_posts_widget());
        if rng.chance(50) {
            let about = self.fill(self.ui.about_text);
            s.push_str(&self.noise(
                Kind::Sidebar,
                format!("<section class=\"widget widget_text\"><h2 class=\"widget-title\">{}</h2><div class=\"textwidget\"><p>{about}</p></div></section>", self.ui.about),
            ));
        }
        if rng.chance(50) {
            let mut p = format!("<section class=\"widget popular-posts\"><h2 class=\"widget-title\">{}</h2><ul class=\"wpp-list\">", self.ui.popular);
            for o in self.others.clone() {
                p.push_str(&format!(
                    "<li><img src=\"{}wp-content/uploads/{}-75x75.jpg\" width=\"75\" height=\"75\" alt=\"\"><a href=\"{}\" class=\"wpp-post-title\">{}</a> <span class=\"wpp-excerpt\">{}</span> <span class=\"wpp-meta post-stats\"><span class=\"wpp-views\">{} {}</span></span></li>",
                    self.host.home,
                    o.slug,
                    self.other_url(o),
                    o.title,
                    Self::excerpt(o, 14),
                    rng.below(9000) + 100,
                    self.ui.views
                ));
            }
            p.push_str("</ul></section>");
            s.push_str(&self.noise(Kind::Sidebar, p));
        }
        let mut cats = format!(
            "<section class=\"widget widget_categories\"><h2 class=\"widget-title\">{}</h2><ul>",
            self.ui.categories
        );
        for c in self.ui.category_names {
            cats.push_str(&format!(
                "<li class=\"cat-item\"><a href=\"{}category/{}/\">{c}</a> ({})</li>",
                self.host.home,
                slugify(c),
                rng.below(300) + 1
            ));
        }
        cats.push_str("</ul></section>");
        s.push_str(&self.noise(Kind::Sidebar, cats));
        let archives = format!(
            "<section class=\"widget widget_archive\"><h2 class=\"widget-title\">{}</h2><ul><li><a href=\"{}2024/05/\">{} 2024</a></li><li><a href=\"{}2024/04/\">{} 2024</a></li></ul></section>",
            self.ui.archives, self.host.home, self.ui.months[4], self.host.home, self.ui.months[3]
        );
        s.push_str(&self.noise(Kind::Sidebar, archives));
        if self.host.newsletter.is_some() && self.host.newsletter_pos == 2 {
            s.push_str(&self.newsletter_html());
        }
        s
    }

    fn footer_text(&mut self, credit: &str) -> String {
        let mut top = String::from("<ul class=\"top-menu\">");
        for m in self.ui.top_menu {
            top.push_str(&format!(
                "<li><a href=\"{}{}/\">{m}</a></li>",
                self.host.home,
                slugify(m)
            ));
        }
        top.push_str("</ul>");
        let top = if self.n % 2 == 0 { top } else { String::new() };
        let follow = if self.n % 3 == 0 {
            format!("<div class=\"footer-social\"><h4>{}</h4><a href=\"https://facebook.com/\">Facebook</a> <a href=\"https://x.com/\">X</a> <a href=\"https://instagram.com/\">Instagram</a></div>", self.ui.follow_us)
        } else {
            String::new()
        };
        let links = format!(
            "<ul class=\"footer-menu\"><li><a href=\"{h}about/\">{}</a></li><li><a href=\"{h}privacy-policy/\">{}</a></li><li><a href=\"{h}contact/\">{}</a></li></ul>",
            self.ui.about,
            self.ui.privacy,
            self.ui.contact,
            h = self.host.home
        );
        let c = format!(
            "<div class=\"copyright\">© 2024 {}. {} {credit}</div>",
            self.site(),
            self.ui.rights
        );
        self.noise(Kind::Footer, format!("{top}{follow}{links}{c}"))
    }

    fn newsletter_html(&mut self) -> String {
        self.filled_opt(Kind::Newsletter, self.host.newsletter.map(|n| n.1))
    }

    fn share_html(&mut self) -> String {
        self.filled_opt(Kind::ShareBar, self.host.share.map(|s| s.1))
    }

    fn post_meta(&mut self, rng: &mut Rng) -> String {
        let ui = self.ui;
        let html = match rng.below(4) {
            0 => format!(
                "<div class=\"entry-meta\"><span class=\"posted-on\">{} <a href=\"{}\" rel=\"bookmark\"><time class=\"entry-date published\" datetime=\"{}\">{}</time></a></span> <span class=\"byline\">{} <span class=\"author vcard\"><a class=\"url fn n\" href=\"{}author/{}/\">{}</a></span></span></div>",
                ui.posted_on, self.url, self.iso_date, self.date, ui.by.to_lowercase(), self.host.home, slugify(self.host.site_author), self.host.site_author
            ),
            1 => format!(
                "<p class=\"post-meta\">{} <span class=\"author vcard\"><a href=\"{}author/{}/\">{}</a></span> | <span class=\"published\">{}</span> | <a href=\"{}category/{}/\" rel=\"category tag\">{}</a> | <a href=\"{}#respond\">{}</a></p>",
                ui.by, self.host.home, slugify(self.host.site_author), self.host.site_author, self.date, self.host.home, slugify(self.category), self.category, self.url, ui.no_comments
            ),
            2 => format!(
                "<div class=\"post-meta\"><span class=\"meta-author\">{} {}</span><span class=\"meta-date\">{}</span><span class=\"meta-reading\">{} {}</span><span class=\"meta-views\">{} {}</span></div>",
                ui.by, self.host.site_author, self.date, 2 + rng.below(6), ui.min_read, rng.below(5000) + 50, ui.views
            ),
            _ => format!(
                "<div class=\"entry-meta\"><span class=\"cat-links\"><a href=\"{}category/{}/\">{}</a></span> <span class=\"date\">{}</span> <span class=\"updated\">{} {}</span></div>",
                self.host.home, slugify(self.category), self.category, self.date, ui.last_updated, self.date
            ),
        };
        self.noise(Kind::PostMeta, html)
    }

    fn tags_line(&mut self) -> String {
        let ui = self.ui;
        let html = format!(
            "<div class=\"post-tags\"><span class=\"cat-links\">{} <a href=\"{}category/{}/\" rel=\"category tag\">{}</a></span> <span class=\"tags-title\">{}</span> <a href=\"{}tag/{}/\" rel=\"tag\">{}</a>, <a href=\"{}tag/trending/\" rel=\"tag\">trending</a></div>",
            ui.posted_in, self.host.home, slugify(self.category), self.category, ui.tags, self.host.home, slugify(self.category), self.category, self.host.home
        );
        self.noise(Kind::PostMeta, html)
    }

    fn post_nav(&mut self) -> String {
        let ui = self.ui;
        let (a, b) = (self.others[0], self.others[self.others.len() - 1]);
        let html = format!(
            "<nav class=\"navigation post-navigation\" aria-label=\"Posts\"><h2 class=\"screen-reader-text\">Post navigation</h2><div class=\"nav-links\"><div class=\"nav-previous\"><a href=\"{}\" rel=\"prev\"><span class=\"meta-nav\">{}</span> <span class=\"post-title\">{}</span></a></div><div class=\"nav-next\"><a href=\"{}\" rel=\"next\"><span class=\"meta-nav\">{}</span> <span class=\"post-title\">{}</span></a></div></div></nav>",
            self.other_url(a), ui.prev, a.title, self.other_url(b), ui.next, b.title
        );
        self.noise(Kind::PostNav, html)
    }

    fn author_box(&mut self) -> String {
        let ui = self.ui;
        let bio = self
            .fill(ui.author_bio)
            .replace("{author}", self.host.site_author);
        let html = format!(
            "<div class=\"author-box\"><img alt=\"\" src=\"https://secure.gravatar.com/avatar/0?s=96\" class=\"avatar\" height=\"96\" width=\"96\"><div class=\"author-box-content\"><h4 class=\"author-box-title\">{}: {}</h4><p class=\"author-box-bio\">{}</p></div></div>",
            ui.author_box, self.host.site_author, bio
        );
        self.noise(Kind::AuthorBox, html)
    }

    fn related_html(&mut self, rng: &mut Rng) -> String {
        let ui = self.ui;
        let others = self.others.clone();
        let html = match rng.below(5) {
            0 => {
                let mut s = format!("<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'><h3>{}:</h3><ol>", ui.related);
                for o in &others {
                    s.push_str(&format!(
                        "<li><a href=\"{}\" rel=\"bookmark\" title=\"{}\">{}</a></li>",
                        self.other_url(o),
                        esc(o.title),
                        o.title
                    ));
                }
                s.push_str("</ol></div>");
                s
            }
            1 => {
                let mut s = format!("<div id='jp-relatedposts' class='jp-relatedposts'><h3 class=\"jp-relatedposts-headline\"><em>{}</em></h3><div class=\"jp-relatedposts-items jp-relatedposts-items-visual\">", ui.related);
                for o in &others {
                    s.push_str(&format!(
                        "<div class=\"jp-relatedposts-post\"><a class=\"jp-relatedposts-post-a\" href=\"{}\"><img class=\"jp-relatedposts-post-img\" src=\"{}wp-content/uploads/{}-350x200.jpg\" alt=\"\"></a><h4 class=\"jp-relatedposts-post-title\"><a href=\"{}\">{}</a></h4><p class=\"jp-relatedposts-post-excerpt\">{}</p><p class=\"jp-relatedposts-post-date\">{}</p></div>",
                        self.other_url(o), self.host.home, o.slug, self.other_url(o), o.title, Self::excerpt(o, 18), self.date
                    ));
                }
                s.push_str("</div></div>");
                s
            }
            2 => {
                let mut s = format!(
                    "<div class=\"crp_related\"><h3>{}</h3><ul>",
                    ui.you_may_like
                );
                for o in &others {
                    s.push_str(&format!("<li><a href=\"{}\" class=\"crp_link post-{}\"><figure><img width=\"150\" height=\"150\" src=\"{}wp-content/uploads/{}-150x150.jpg\" class=\"crp_thumb crp_featured\" alt=\"{}\"></figure><span class=\"crp_title\">{}</span></a></li>", self.other_url(o), rng.below(9000), self.host.home, o.slug, esc(o.title), o.title));
                }
                s.push_str("</ul><div class=\"crp_clear\"></div></div>");
                s
            }
            3 => {
                let mut s = format!("<section class=\"related-posts\"><h2 class=\"related-title\">{}</h2><div class=\"related-grid\">", ui.related);
                for o in &others {
                    s.push_str(&format!(
                        "<article class=\"related-item\"><a href=\"{}\"><img src=\"{}wp-content/uploads/{}-300x200.jpg\" alt=\"\"></a><h3><a href=\"{}\">{}</a></h3><div class=\"related-excerpt\"><p>{}</p></div><a class=\"more-link\" href=\"{}\">{}</a></article>",
                        self.other_url(o), self.host.home, o.slug, self.other_url(o), o.title, Self::excerpt(o, 25), self.other_url(o), ui.read_more
                    ));
                }
                s.push_str("</div></section>");
                s
            }
            _ => {
                let mut s = format!("<div class=\"wp-block-group related\"><h3 class=\"wp-block-heading\">{}</h3><ul class=\"wp-block-latest-posts__list wp-block-latest-posts\">", ui.you_may_like);
                for o in &others {
                    s.push_str(&format!("<li><a class=\"wp-block-latest-posts__post-title\" href=\"{}\">{}</a><time datetime=\"{}\" class=\"wp-block-latest-posts__post-date\">{}</time></li>", self.other_url(o), o.title, self.iso_date, self.date));
                }
                s.push_str("</ul></div>");
                s
            }
        };
        self.noise(Kind::RelatedPosts, html)
    }

    fn comments_html(&mut self, rng: &mut Rng, list_pct: u32) -> String {
        let with_list = rng.chance(list_pct);
        let ui = self.ui;
        let mut s = String::from("<div id=\"comments\" class=\"comments-area\">");
        if with_list {
            let cs = COMMENTS[lang_index(ui.lang)];
            let mut list = format!(
                "<h2 class=\"comments-title\">{} {} “{}”</h2><ol class=\"comment-list\">",
                cs.len(),
                ui.thoughts_on,
                self.title
            );
            for (i, (who, text)) in cs.iter().enumerate() {
                list.push_str(&format!(
                    "<li id=\"comment-{}\" class=\"comment even thread-even depth-1\"><article class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author vcard\"><b class=\"fn\">{}</b> <span class=\"says\">{}</span></div><div class=\"comment-metadata\"><a href=\"{}#comment-{}\"><time datetime=\"{}\">{}</time></a></div></footer><div class=\"comment-content\"><p>{}</p></div><div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#comment-{}\">{}</a></div></article></li>",
                    1000 + i, who, ui.says, self.url, 1000 + i, self.iso_date, self.date, text, 1000 + i, ui.reply
                ));
            }
            list.push_str("</ol>");
            s.push_str(&self.noise(Kind::Comments, list));
        }
        let form = format!(
            "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">{} <small><a rel=\"nofollow\" id=\"cancel-comment-reply-link\" href=\"#respond\" style=\"display:none;\">{}</a></small></h3><form action=\"{}wp-comments-post.php\" method=\"post\" id=\"commentform\" class=\"comment-form\" novalidate><p class=\"comment-notes\"><span id=\"email-notes\">{}</span></p><p class=\"comment-form-comment\"><label for=\"comment\">{}</label> <textarea id=\"comment\" name=\"comment\" cols=\"45\" rows=\"8\" maxlength=\"65525\" required></textarea></p><p class=\"comment-form-author\"><label for=\"author\">{}</label> <input id=\"author\" name=\"author\" type=\"text\" value=\"\" size=\"30\" maxlength=\"245\" autocomplete=\"name\" required /></p><p class=\"comment-form-email\"><label for=\"email\">{}</label> <input id=\"email\" name=\"email\" type=\"email\" value=\"\" size=\"30\" maxlength=\"100\" autocomplete=\"email\" required /></p><p class=\"comment-form-url\"><label for=\"url\">{}</label> <input id=\"url\" name=\"url\" type=\"url\" value=\"\" size=\"30\" maxlength=\"200\" autocomplete=\"url\" /></p><p class=\"comment-form-cookies-consent\"><input id=\"wp-comment-cookies-consent\" name=\"wp-comment-cookies-consent\" type=\"checkbox\" value=\"yes\" /> <label for=\"wp-comment-cookies-consent\">{}</label></p><p class=\"form-submit\"><input name=\"submit\" type=\"submit\" id=\"submit\" class=\"submit\" value=\"{}\" /></p></form></div>",
            ui.leave_reply, ui.cancel_reply, self.host.home, ui.email_notes, ui.comment_label, ui.name_label, ui.email_label, ui.website_label, ui.save_info, ui.post_comment
        );
        // The submit button's value is not text; the rest is.
        s.push_str(&self.noise(Kind::CommentForm, form));
        s.push_str("</div>");
        s
    }
}

fn lang_index(l: Lang) -> usize {
    match l {
        Lang::En => 0,
        Lang::De => 1,
        Lang::Fr => 2,
        Lang::Es => 3,
        // The base draw has no Italian or Portuguese sites (only the
        // appended families do): never reached.
        Lang::It | Lang::Pt => 0,
    }
}

fn widget_html(w: &Widget, lang: Lang) -> &'static str {
    w.html[lang_index(lang)]
        .or(w.html[0])
        .or_else(|| w.html.iter().flatten().next().copied())
        .unwrap_or("")
}

/// Widgets that have a version for `lang`, or an English one.
fn widgets_for(ws: &'static [Widget], lang: Lang) -> Vec<&'static Widget> {
    ws.iter()
        .filter(|w| w.html[lang_index(lang)].is_some() || w.html[0].is_some())
        .collect()
}

// ---------------------------------------------------------------------------
// Captions
// ---------------------------------------------------------------------------

fn filename_caption(rng: &mut Rng, story: &Story) -> String {
    let stem = *rng.pick(FILE_STEMS);
    let year = 2021 + rng.below(4);
    let month = 1 + rng.below(12);
    let day = 1 + rng.below(28);
    let ms = format!("16{}", rng.digits(11));
    let mut s = stem
        .replace("{n4}", &rng.digits(4))
        .replace("{n3}", &rng.digits(3))
        .replace("{n2}", &(1 + rng.below(40)).to_string())
        .replace("{n1}", &(1 + rng.below(9)).to_string())
        .replace("{n6}", &rng.digits(6))
        .replace("{n7}", &rng.digits(7))
        .replace("{n9}", &rng.digits(9))
        .replace("{d}", &format!("{year}{month:02}{day:02}"))
        .replace(
            "{t}",
            &format!(
                "{:02}{:02}{:02}",
                rng.below(24),
                rng.below(60),
                rng.below(60)
            ),
        )
        .replace("{ymd}", &format!("{year}-{month:02}-{day:02}"))
        .replace(
            "{hms}",
            &format!(
                "{}.{:02}.{:02}",
                1 + rng.below(12),
                rng.below(60),
                rng.below(60)
            ),
        )
        .replace("{ms}", &ms)
        .replace("{slug}", story.slug)
        .replace("{author_slug}", "john-smith");
    let suffix = rng.pick(WP_SUFFIXES).replace("{ms}", &ms);
    // WordPress sanitizes spaces to hyphens in the stored name; captions
    // taken from the attachment title keep the original spelling.
    if s.contains(' ') && !suffix.is_empty() {
        s = s.replace(' ', "-");
    }
    s.push_str(&suffix);
    let ext = rng.pick_str(EXTENSIONS);
    s.push_str(ext);
    // Some themes print the attachment's title after a label.
    if rng.chance(12) {
        let label = rng.pick_str(&[
            "Photo: ", "Image: ", "Foto: ", "Imagen: ", "Photo : ", "Bild: ",
        ]);
        s = format!("{label}{s}");
    }
    s
}

fn image_with_caption(rng: &mut Rng, p: &mut Page, mode: Mode) -> String {
    let cap = filename_caption(rng, p.story);
    let file = slugify(&cap);
    let src = format!("{}wp-content/uploads/2024/05/{}.jpg", p.host.home, file);
    let id = 1000 + rng.below(9000);
    let html = if matches!(mode, Mode::Br | Mode::Divs) {
        match rng.below(3) {
            0 => format!("<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\" style=\"margin-left: auto; margin-right: auto;\"><tbody><tr><td style=\"text-align: center;\"><a href=\"{src}\" style=\"margin-left: auto; margin-right: auto;\"><img border=\"0\" data-original-height=\"683\" data-original-width=\"1024\" height=\"426\" src=\"{src}\" width=\"640\" /></a></td></tr><tr><td class=\"tr-caption\" style=\"text-align: center;\">{cap}</td></tr></tbody></table>"),
            1 => format!("<div class=\"separator\" style=\"clear: both; text-align: center;\"><a href=\"{src}\"><img border=\"0\" src=\"{src}\" width=\"640\" /></a></div><div style=\"text-align: center;\"><span style=\"font-size: x-small;\">{cap}</span></div>"),
            _ => format!("<div style=\"text-align: center;\"><img src=\"{src}\" width=\"600\" /><br />{cap}</div>"),
        }
    } else {
        match rng.below(6) {
            0 => format!("<figure id=\"attachment_{id}\" aria-describedby=\"caption-attachment-{id}\" style=\"width: 1024px\" class=\"wp-caption aligncenter\"><img decoding=\"async\" class=\"size-large wp-image-{id}\" src=\"{src}\" alt=\"\" width=\"1024\" height=\"683\"><figcaption id=\"caption-attachment-{id}\" class=\"wp-caption-text\">{cap}</figcaption></figure>"),
            1 => format!("<div id=\"attachment_{id}\" style=\"width: 710px\" class=\"wp-caption aligncenter\"><img aria-describedby=\"caption-attachment-{id}\" class=\"size-full wp-image-{id}\" src=\"{src}\" alt=\"{cap}\" width=\"700\" height=\"467\"><p id=\"caption-attachment-{id}\" class=\"wp-caption-text\">{cap}</p></div>"),
            2 => format!("<figure class=\"wp-block-image size-large\"><img decoding=\"async\" src=\"{src}\" alt=\"\" class=\"wp-image-{id}\"/><figcaption class=\"wp-element-caption\">{cap}</figcaption></figure>"),
            3 => format!("<p><img class=\"aligncenter size-full\" src=\"{src}\" alt=\"{cap}\" width=\"800\" height=\"533\"><br>{cap}</p>"),
            4 => format!("<p style=\"text-align: center;\"><img src=\"{src}\" width=\"800\" height=\"533\"></p>\n<p style=\"text-align: center;\"><em>{cap}</em></p>"),
            _ => format!("<div class=\"elementor-image\"><img src=\"{src}\" alt=\"\"><p class=\"widget-image-caption wp-caption-text\">{cap}</p></div>"),
        }
    };
    p.noise(Kind::CaptionFilename, html)
}

// ---------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------

/// Generates `count` compositions (rounded up to whole hosts) from `seed`.
pub fn generate(count: usize, seed: u64) -> Vec<Composition> {
    let d = Draw {
        count,
        seed,
        first_id: 0,
        first_group: 0,
        more_pages: 3,
        others: 4,
    };
    let host = |rng: &mut Rng| {
        let host = make_host(rng);
        let stories = STORIES
            .iter()
            .filter(|s| s.lang == host.site.lang)
            .collect();
        (host, stories)
    };
    draw(&d, host, make_page)
}

impl Slugged for Story {
    fn slug(&self) -> &str {
        self.slug
    }
}

fn make_host(rng: &mut Rng) -> Host {
    let site = rng.pick(SITES);
    let theme = *rng.pick(THEMES);
    let lang = site.lang;
    let domain = match theme {
        Theme::Blogger => format!(
            "{}.blogspot.com",
            site.domain.split('.').next().unwrap_or("blog")
        ),
        _ => format!(
            "{}{}",
            if rng.chance(50) { "www." } else { "" },
            site.domain
        ),
    };
    let home = format!("https://{domain}/");
    let credits: Vec<&'static Credit> = CREDITS
        .iter()
        .filter(|c| c.lang.is_none() || c.lang == Some(lang))
        .collect();
    let credit = if rng.chance(85) {
        Some(*rng.pick(&credits))
    } else {
        None
    };
    let taglines = HOST_TAGLINES[lang_index(lang)];
    let tagline = if rng.chance(30) {
        Some(*rng.pick(taglines))
    } else {
        None
    };
    let chats = widgets_for(CHAT_WIDGETS, lang);
    let cookies = widgets_for(COOKIE_BANNERS, lang);
    let promo_lines = SELF_PROMO_LINES[lang_index(lang)];
    let promo_boxes = PROMO_BOXES[lang_index(lang)];
    let title_seps = [" - ", " – ", " | ", " » ", " :: ", " — "];
    let og = rng.chance(70);
    let jsonld = rng.chance(40);
    Host {
        site,
        theme,
        home,
        domain,
        credit,
        credit_pos_pref: rng.below(100) as u32,
        tagline,
        tagline_top: rng.chance(40),
        tagline_in_header: rng.chance(40),
        chat: if rng.chance(55) {
            Some(*rng.pick(&chats))
        } else {
            None
        },
        chat_in_content: rng.chance(12),
        cookie: if rng.chance(55) {
            Some(*rng.pick(&cookies))
        } else {
            None
        },
        share: if rng.chance(65) {
            Some(rng.pick(SHARE_BARS))
        } else {
            None
        },
        share_pos: rng.below(3) as u32,
        newsletter: if rng.chance(40) {
            Some(rng.pick(NEWSLETTERS))
        } else {
            None
        },
        newsletter_pos: rng.below(3) as u32,
        comment_form: theme.is_wordpress() && rng.chance(65),
        related_pos: rng.below(3) as u32,
        self_promo: if rng.chance(30) {
            Some(*rng.pick(promo_lines))
        } else {
            None
        },
        site_name_line: if rng.chance(15) {
            Some(*rng.pick(SITE_NAME_LINES))
        } else {
            None
        },
        promo_box: if rng.chance(15) {
            Some(*rng.pick(promo_boxes))
        } else {
            None
        },
        ads: if rng.chance(40) {
            Some(rng.pick(AD_SLOTS))
        } else {
            None
        },
        sponsored: if rng.chance(20) {
            Some(rng.pick(SPONSORED_WIDGETS))
        } else {
            None
        },
        toc: rng.chance(15),
        disclaimer: if rng.chance(20) {
            Some(rng.pick_str(DISCLAIMERS[lang_index(lang)]))
        } else {
            None
        },
        follow_box: if rng.chance(25) {
            Some(rng.pick_str(FOLLOW_BOXES[lang_index(lang)]))
        } else {
            None
        },
        follow_top: rng.chance(30),
        cookie_top: rng.chance(25),
        sidebar_first: rng.chance(30),
        author_box: rng.chance(20),
        og_site_name: og,
        jsonld,
        // Without og:site_name or JSON-LD, the name is in the <title>
        // (after or before the headline) or only in the logo, the header
        // and the footer.
        title_sep: if !og && !jsonld {
            if rng.chance(12) {
                ""
            } else {
                title_seps[rng.below(title_seps.len())]
            }
        } else {
            rng.pick_str(&[" - ", " – ", " | ", ""])
        },
        title_prefix: rng.chance(15),
        heading: rng.pick_str(&["h2", "h2", "h3", "h4"]),
        site_author: rng.pick_str(SITE_AUTHORS[lang_index(lang)]),
        mode: match theme.body_mode() {
            // Posts pasted with the classic editor's autop off, or from
            // Word: loose text and <br>s inside the theme's container.
            Mode::Html if rng.chance(12) => Mode::Br,
            Mode::Br if theme == Theme::Blogger && rng.chance(45) => Mode::Divs,
            m => m,
        },
    }
}

fn make_page(
    rng: &mut Rng,
    host: &Host,
    story: &'static Story,
    others: Vec<&'static Story>,
    id: usize,
    group: usize,
) -> Composition {
    let ui = ui(host.site.lang);
    let year = 2023 + rng.below(2);
    let month = 1 + rng.below(12);
    let day = 1 + rng.below(28);
    let date = match ui.lang {
        Lang::En => format!("{} {day}, {year}", ui.months[month - 1]),
        Lang::De => format!("{day}. {} {year}", ui.months[month - 1]),
        _ => format!("{day} {} {year}", ui.months[month - 1]),
    };
    let iso_date = format!(
        "{year}-{month:02}-{day:02}T{:02}:{:02}:00+00:00",
        rng.below(24),
        rng.below(60)
    );
    let url = match host.theme {
        Theme::Blogger => format!(
            "{}{year}/{month:02}/{}.html",
            host.home,
            &story.slug[..story.slug.len().min(40)].trim_end_matches('-')
        ),
        Theme::WixLike => format!("{}post/{}", host.home, story.slug),
        Theme::Ghost | Theme::MediumLike => format!("{}{}/", host.home, story.slug),
        _ => {
            if rng.chance(50) {
                format!("{}{year}/{month:02}/{day:02}/{}/", host.home, story.slug)
            } else {
                format!("{}{}/", host.home, story.slug)
            }
        }
    };
    let outlets: Vec<&'static Outlet> = OUTLETS.iter().filter(|o| o.lang == story.lang).collect();
    let outlet = *rng.pick(&outlets);
    let author = *rng.pick(AUTHORS);
    let original_url = match rng.below(3) {
        0 => format!("{}{year}/{month:02}/{day:02}/{}/", outlet.home, story.slug),
        1 => format!("{}news/{}-{}", outlet.home, story.slug, rng.digits(6)),
        _ => format!("{}local/{}.html", outlet.home, story.slug),
    };
    let category = *rng.pick(ui.category_names);
    let share_url = url.replace(':', "%3A").replace('/', "%2F");
    let vars = vec![
        ("{site}", host.site.name.to_string()),
        ("{domain}", host.domain.clone()),
        ("{bare}", host.site.domain.to_string()),
        ("{home}", host.home.clone()),
        ("{url}", original_url.clone()),
        ("{outlet}", outlet.name.to_string()),
        ("{ohome}", outlet.home.to_string()),
        ("{odomain}", bare_domain(outlet.home)),
        ("{author_slug}", slugify(author)),
        ("{author}", author.to_string()),
        ("{title}", story.title.to_string()),
        ("{date}", date.clone()),
        ("{n}", (10 + rng.below(900)).to_string()),
        ("{slug}", story.slug.to_string()),
        ("{share_url}", share_url),
        ("{page}", url.clone()),
        ("{share}", ui.share.to_string()),
        ("{like_this}", ui.like_this.to_string()),
        ("{loading}", ui.loading.to_string()),
        ("{nl_title}", ui.newsletter_title.to_string()),
        ("{nl_text}", ui.newsletter_text.to_string()),
        ("{email_ph}", ui.email_placeholder.to_string()),
        ("{subscribe}", ui.subscribe_btn.to_string()),
        ("{nl_privacy}", ui.newsletter_privacy.to_string()),
        ("{ad}", ui.advertisement.to_string()),
        ("{AD}", ui.advertisement.to_uppercase()),
        ("{sponsored}", ui.sponsored.to_string()),
        ("{learn_more}", ui.learn_more.to_string()),
        ("{you_may_like}", ui.you_may_like.to_string()),
    ];
    let mut p = Page {
        host,
        ui,
        story,
        url: url.clone(),
        title: story.title.to_string(),
        date,
        iso_date,
        category,
        others,
        vars,
        rec: Record::default(),
        n: rng.next_u64(),
    };
    let mode = host.mode;

    // --- The body: story blocks, possibly shortened from the end. A
    // shortened story does not end on a subheading: real articles do not
    // close on a bare heading with nothing under it.
    let keep = if story.blocks.len() > 6 && rng.chance(30) {
        story.blocks.len() - rng.below(3)
    } else {
        story.blocks.len()
    };
    let (mut items, expected, keep) = story_body(story, keep);

    // Noise inside the body. Indices refer to `items` as it grows; insert
    // from the back so earlier positions hold.
    let mut s = Slots::default();

    // Autoblog credit.
    let (mut source_url, mut source_name, mut credit_pos) = (None, None, None);
    if let Some(c) = host.credit {
        let pos = credit_pos_of(c, host.credit_pos_pref, false, [15, 30, 36, 50]);
        credit_pos = Some(pos);
        let sep = || {
            let sep = if rng.chance(60) { "<br />" } else { " " };
            // An outlet named without a link before the first sentence
            // needs a line break: glued with a space ("Source: Outlet The
            // council said…") nothing on the page tells where the name
            // ends, and no plugin prints it so.
            if pos == "inside-first-paragraph" && c.source == CreditSource::Name {
                "<br />"
            } else {
                sep
            }
        };
        place_credit(&mut p, c, pos, sep, &mut items, &mut s);
        (source_url, source_name) = credit_source(c, &original_url, outlet.home, outlet.name);
    }

    // Captions that are file names: a lead image and/or images in the body.
    if rng.chance(55) {
        let n = 1 + rng.below(2);
        for _ in 0..n {
            let html = image_with_caption(rng, &mut p, mode);
            if rng.chance(30) {
                s.top.insert(0, html);
            } else {
                let at = 1 + rng.below(items.len().max(2) - 1);
                s.middle.push((at, html));
            }
        }
    }
    // Table of contents.
    if host.toc && mode == Mode::Html {
        let mut toc = format!("<div id=\"ez-toc-container\" class=\"ez-toc-v2_0 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction\"><div class=\"ez-toc-title-container\"><p class=\"ez-toc-title\">{}</p><span class=\"ez-toc-title-toggle\"><a href=\"#\" class=\"ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle\" aria-label=\"Toggle Table of Content\">Toggle</a></span></div><nav><ul class='ez-toc-list ez-toc-list-level-1'>", ui.toc);
        for b in story.blocks.iter() {
            if let B::H(h) = b {
                toc.push_str(&format!("<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-1\" href=\"#{}\" title=\"{}\">{}</a></li>", slugify(h), esc(h), h));
            }
        }
        toc.push_str("</ul></nav></div>");
        // The TOC repeats the headings: record it, but do not count its
        // lines as leaks when the heading itself is expected.
        let html = p.noise(Kind::Toc, toc);
        let at = 1.min(items.len());
        s.middle.push((at, html));
    }
    // Ads between paragraphs.
    if let Some((_, t)) = host.ads {
        let html = p.filled(Kind::AdSlot, t);
        let at = 1 + rng.below(items.len().max(2) - 1);
        s.middle.push((at, html));
    }
    // Inline "read also".
    if rng.chance(25) {
        let o = p.others[rng.below(p.others.len())];
        let html = match rng.below(3) {
            0 => format!("<p><strong>{}</strong> <a href=\"{}\">{}</a></p>", ui.read_also, p.other_url(o), o.title),
            1 => format!("<div class=\"wp-block-group read-also\"><p><strong>{} <a href=\"{}\">{}</a></strong></p></div>", ui.read_also, p.other_url(o), o.title),
            _ => format!("<blockquote class=\"wp-embedded-content\" data-secret=\"a1b2c3\"><a href=\"{}\">{}</a></blockquote>", p.other_url(o), o.title),
        };
        let html = p.noise(Kind::InlineRelated, html);
        let at = 2.min(items.len()) + rng.below(items.len().saturating_sub(2).max(1));
        s.middle.push((at.min(items.len()), html));
    }
    // Promo box for the site's own services.
    if let Some(t) = host.promo_box {
        let html = p.filled(Kind::PromoBox, t);
        if rng.chance(50) {
            s.bottom.push(html);
        } else {
            s.middle.push((items.len() / 2, html));
        }
    }
    // The site naming itself.
    if let Some(t) = host.self_promo {
        let line = p.fill(t);
        let html = p.noise(Kind::SelfPromo, format!("<p>{line}</p>"));
        s.bottom.push(html);
    }
    if let Some(t) = host.site_name_line {
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
            format!("<p class=\"brand-line\"><em>{t}</em></p>"),
        );
        if host.tagline_top {
            s.top.insert(0, html);
        } else {
            s.bottom.push(html);
        }
    }
    // The original's own subscription plug, copied with its article.
    if host.credit.is_some() && rng.chance(12) {
        let t = rng.pick_str(OUTLET_PROMOS[lang_index(ui.lang)]);
        let html = p.filled(Kind::OutletPromo, t);
        if rng.chance(60) {
            s.bottom.insert(0, html);
        } else {
            s.middle.push((items.len().saturating_sub(1), html));
        }
    }
    if let Some(t) = host.disclaimer {
        let html = p.filled(Kind::Disclaimer, t);
        if rng.chance(70) {
            s.bottom.push(html);
        } else {
            s.after.push(html);
        }
    }
    if let Some(t) = host.follow_box {
        let html = p.filled(Kind::FollowBox, t);
        if host.follow_top {
            s.top.push(html);
        } else if rng.chance(30) {
            s.middle.push((items.len() / 2, html));
        } else {
            s.bottom.push(html);
        }
    }
    // Share bar, related posts, newsletter inside or after the body.
    if host.share.is_some() {
        let html = p.share_html();
        match host.share_pos {
            0 => s.top.push(html),
            1 => s.bottom.push(html),
            _ => s.after.push(html),
        }
    }
    if rng.chance(60) {
        let html = p.related_html(rng);
        match host.related_pos {
            0 => s.bottom.push(html),
            _ => s.after.push(html),
        }
    }
    if host.newsletter.is_some() && host.newsletter_pos < 2 {
        let html = p.newsletter_html();
        if host.newsletter_pos == 0 {
            // Inside the post: at its end, or between two paragraphs.
            if rng.chance(35) {
                s.middle.push((items.len() * 2 / 3, html));
            } else {
                s.bottom.push(html);
            }
        } else {
            s.after.push(html);
        }
    }
    if let Some((_, t)) = host.sponsored {
        s.after.push(p.filled(Kind::Sponsored, t));
    }
    if let Some(w) = host.chat {
        let html = p.filled(Kind::ChatWidget, widget_html(w, ui.lang));
        if host.chat_in_content {
            s.bottom.push(html);
        } else {
            s.end.push(html);
        }
    }
    if let Some(w) = host.cookie {
        let html = p.filled(Kind::CookieBanner, widget_html(w, ui.lang));
        if host.cookie_top {
            s.start = html;
        } else {
            s.end.push(html);
        }
    }

    let all = s.content(items);
    let html = render_page(
        rng,
        &mut p,
        &all,
        mode,
        &s.after.concat(),
        &s.start,
        &s.end.concat(),
    );
    let site_signals = format!(
        "og:{} jsonld:{} title:{}",
        host.og_site_name as u8,
        host.jsonld as u8,
        match (
            host.title_sep,
            host.title_prefix || host.theme == Theme::Blogger
        ) {
            ("", _) => "no name".to_string(),
            (_, true) if host.theme == Theme::Blogger => "site: headline".to_string(),
            (sep, true) => format!("site{sep}headline"),
            (sep, false) => format!("headline{sep}site"),
        }
    );
    let _ = p.n;
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

// ---------------------------------------------------------------------------
// Page rendering per theme
// ---------------------------------------------------------------------------

fn head(p: &Page) -> String {
    let host = p.host;
    let site = p.site();
    let title = if host.theme == Theme::Blogger {
        format!("{site}: {}", p.title)
    } else if host.title_sep.is_empty() {
        p.title.clone()
    } else if host.title_prefix {
        format!("{site}{}{}", host.title_sep, p.title)
    } else {
        format!("{}{}{site}", p.title, host.title_sep)
    };
    let mut h = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<link rel=\"canonical\" href=\"{}\">\n<meta name=\"description\" content=\"{}\">\n<meta property=\"og:locale\" content=\"{}\">\n<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"{}\">\n<meta property=\"og:url\" content=\"{}\">\n",
        p.ui.html_lang,
        esc(&title),
        p.url,
        esc(&Page::excerpt(p.story, 20)),
        p.ui.html_lang.replace('-', "_"),
        esc(&p.title),
        p.url
    );
    h.push_str(&og_site_name(host.og_site_name, site));
    h.push_str(&format!(
        "<meta property=\"article:published_time\" content=\"{}\">\n",
        p.iso_date
    ));
    if host.jsonld {
        h.push_str(&format!(
            "<script type=\"application/ld+json\" class=\"yoast-schema-graph\">{{\"@context\":\"https://schema.org\",\"@graph\":[{{\"@type\":\"Article\",\"@id\":\"{url}#article\",\"isPartOf\":{{\"@id\":\"{url}\"}},\"author\":{{\"name\":\"{author}\",\"@id\":\"{home}#/schema/person/1\"}},\"headline\":\"{title}\",\"datePublished\":\"{date}\",\"mainEntityOfPage\":{{\"@id\":\"{url}\"}},\"publisher\":{{\"@id\":\"{home}#organization\"}},\"inLanguage\":\"{lang}\"}},{{\"@type\":\"WebSite\",\"@id\":\"{home}#website\",\"url\":\"{home}\",\"name\":\"{site}\",\"publisher\":{{\"@id\":\"{home}#organization\"}},\"inLanguage\":\"{lang}\"}},{{\"@type\":\"Organization\",\"@id\":\"{home}#organization\",\"name\":\"{site}\",\"url\":\"{home}\",\"logo\":{{\"@type\":\"ImageObject\",\"url\":\"{home}wp-content/uploads/logo.png\"}}}}]}}</script>\n",
            url = p.url,
            home = host.home,
            author = host.site_author,
            title = p.title.replace('"', "\\\""),
            date = p.iso_date,
            site = site,
            lang = p.ui.html_lang
        ));
    }
    h.push_str("<link rel='stylesheet' id='theme-style-css' href='/wp-content/themes/theme/style.css' media='all' />\n<style id='global-styles-inline-css'>body{--wp--preset--color--black: #000000;}</style>\n</head>\n");
    h
}

fn logo(p: &mut Page, rng: &mut Rng) -> String {
    let home = p.host.home.clone();
    let site = p.site();
    let html = if rng.chance(50) {
        format!("<div class=\"site-branding\"><a href=\"{home}\" class=\"custom-logo-link\" rel=\"home\"><img width=\"250\" height=\"60\" src=\"{home}wp-content/uploads/logo.png\" class=\"custom-logo\" alt=\"{}\" decoding=\"async\"></a></div>", esc(site))
    } else {
        format!("<div class=\"site-branding\"><p class=\"site-title\"><a href=\"{home}\" rel=\"home\">{site}</a></p></div>")
    };
    let mut html = p.noise(Kind::Header, html);
    let (tagline, shown) = (p.host.tagline, p.host.tagline_in_header);
    html.push_str(&p.header_tagline(tagline, shown, "<p class=\"site-description\">", "</p>"));
    html
}

#[allow(clippy::too_many_arguments)]
fn render_page(
    rng: &mut Rng,
    p: &mut Page,
    items: &[Item<B>],
    mode: Mode,
    after: &str,
    start: &str,
    end: &str,
) -> String {
    let theme = p.host.theme;
    let heading = p.host.heading;
    let title = p.title.clone();
    let html = head(p);
    let body = match theme {
        Theme::ClassicWp => {
            let logo = logo(p, rng);
            let menu = p.menu(
                "menu nav-menu",
                "menu-item menu-item-type-taxonomy menu-item-object-category",
            );
            let meta = p.post_meta(rng);
            let content = render_items(items, mode, heading);
            let tags = p.tags_line();
            let nav = p.post_nav();
            let ab = if p.host.author_box {
                p.author_box()
            } else {
                String::new()
            };
            let comments = if p.host.comment_form {
                p.comments_html(rng, 30)
            } else {
                String::new()
            };
            let side = p.sidebar_widgets(rng);
            let foot = p.footer_text(p.ui.powered_wp);
            format!(
                "<body class=\"post-template-default single single-post postid-{id} single-format-standard\"><div id=\"page\" class=\"site\"><a class=\"skip-link screen-reader-text\" href=\"#content\">{skip}</a><header id=\"masthead\" class=\"site-header\">{logo}<nav id=\"site-navigation\" class=\"main-navigation\"><button class=\"menu-toggle\" aria-controls=\"primary-menu\" aria-expanded=\"false\">Menu</button>{menu}</nav></header><div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\"><article id=\"post-{id}\" class=\"post-{id} post type-post status-publish format-standard hentry category-news\"><header class=\"entry-header\"><h1 class=\"entry-title\">{title}</h1>{meta}</header><div class=\"entry-content\">\n{content}</div><footer class=\"entry-footer\">{tags}</footer>{after}{ab}</article>{nav}{comments}</main></div><aside id=\"secondary\" class=\"widget-area\">{side}</aside></div><footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">{foot}</div></footer></div>{end}</body>",
                id = 100 + (p.n % 9000),
                skip = p.ui.skip
            )
        }
        Theme::BlockWp => {
            let site = p.site();
            let home = p.host.home.clone();
            let brand = p.noise(Kind::Header, format!("<p class=\"wp-block-site-title\"><a href=\"{home}\" target=\"_self\" rel=\"home\">{site}</a></p>"));
            let menu = p.menu(
                "wp-block-navigation__container",
                "wp-block-navigation-item wp-block-navigation-link",
            );
            let content = render_items(items, mode, heading);
            let date = p.noise(Kind::PostMeta, format!("<div class=\"wp-block-post-date\"><time datetime=\"{}\">{}</time></div><div class=\"wp-block-post-author-name\">{}</div>", p.iso_date, p.date, p.host.site_author));
            let comments = if p.host.comment_form {
                p.comments_html(rng, 0)
            } else {
                String::new()
            };
            let mut grid = String::from("<div class=\"wp-block-query alignwide\"><ul class=\"wp-block-post-template is-layout-grid\">");
            for o in p.others.clone() {
                grid.push_str(&format!("<li class=\"wp-block-post\"><h3 class=\"wp-block-post-title\"><a href=\"{}\">{}</a></h3><div class=\"wp-block-post-excerpt\"><p class=\"wp-block-post-excerpt__excerpt\">{}</p></div></li>", p.other_url(o), o.title, Page::excerpt(o, 30)));
            }
            grid.push_str("</ul></div>");
            let grid = p.noise(Kind::PostGrid, grid);
            let foot = p.footer_text("Designed with WordPress");
            format!(
                "<body class=\"wp-singular post-template-default single single-post wp-theme-twentytwentyfour\"><div class=\"wp-site-blocks\"><header class=\"wp-block-template-part\"><div class=\"wp-block-group alignwide is-layout-flex\">{brand}<nav class=\"is-responsive items-justified-right wp-block-navigation\" aria-label=\"Header navigation\">{menu}</nav></div></header><main class=\"wp-block-group is-layout-flow\"><div class=\"wp-block-group is-layout-constrained\"><h1 class=\"wp-block-post-title\">{title}</h1>{date}</div><div class=\"entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained\">\n{content}</div>{after}{comments}{grid}</main><footer class=\"wp-block-template-part\"><div class=\"wp-block-group has-global-padding is-layout-constrained\">{foot}</div></footer></div>{end}</body>"
            )
        }
        Theme::ElementorPro | Theme::ElementorSections => {
            let logo = logo(p, rng);
            let menu = p.menu("elementor-nav-menu", "menu-item menu-item-type-custom");
            let meta = p.post_meta(rng);
            let pieces = if theme == Theme::ElementorSections || rng.chance(30) {
                split_items(items, 2 + rng.below(3), rng)
            } else {
                std::iter::once(0..items.len()).collect()
            };
            let mut content = String::new();
            if pieces.len() == 1 {
                content.push_str(&format!(
                    "<div class=\"elementor-element elementor-element-6a1c2f3 elementor-widget elementor-widget-theme-post-content\" data-id=\"6a1c2f3\" data-element_type=\"widget\" data-widget_type=\"theme-post-content.default\"><div class=\"elementor-widget-container\">\n{}</div></div>",
                    render_items(items, mode, heading)
                ));
            } else {
                for (k, r) in pieces.iter().enumerate() {
                    content.push_str(&format!(
                        "<div class=\"elementor-element elementor-element-{k}b2{k}c elementor-widget elementor-widget-text-editor\" data-id=\"{k}b2{k}c\" data-element_type=\"widget\" data-widget_type=\"text-editor.default\"><div class=\"elementor-widget-container\">\n{}</div></div>",
                        render_items(&items[r.clone()], mode, heading)
                    ));
                    if k + 1 < pieces.len() && rng.chance(40) {
                        content.push_str("<div class=\"elementor-element elementor-widget elementor-widget-spacer\"><div class=\"elementor-widget-container\"><div class=\"elementor-spacer\"><div class=\"elementor-spacer-inner\"></div></div></div></div>");
                    }
                }
            }
            let mut grid = String::from("<div class=\"elementor-element elementor-grid-1 elementor-posts--thumbnail-left elementor-widget elementor-widget-posts\" data-widget_type=\"posts.classic\"><div class=\"elementor-widget-container\"><div class=\"elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid\">");
            for o in p.others.clone() {
                grid.push_str(&format!(
                    "<article class=\"elementor-post elementor-grid-item post type-post status-publish\"><a class=\"elementor-post__thumbnail__link\" href=\"{u}\"><div class=\"elementor-post__thumbnail\"><img src=\"{}wp-content/uploads/{}-300x200.jpg\" alt=\"\"></div></a><div class=\"elementor-post__text\"><h3 class=\"elementor-post__title\"><a href=\"{u}\">{}</a></h3><div class=\"elementor-post__meta-data\"><span class=\"elementor-post-date\">{}</span></div><div class=\"elementor-post__excerpt\"><p>{}</p></div><a class=\"elementor-post__read-more\" href=\"{u}\" aria-label=\"Read more\">{}</a></div></article>",
                    p.host.home, o.slug, o.title, p.date, Page::excerpt(o, 45), p.ui.read_more, u = p.other_url(o)
                ));
            }
            grid.push_str("</div></div></div>");
            let grid = p.noise(Kind::PostGrid, grid);
            let side_title = p.noise(Kind::Sidebar, format!("<div class=\"elementor-element elementor-widget elementor-widget-heading\"><div class=\"elementor-widget-container\"><h2 class=\"elementor-heading-title elementor-size-default\">{}</h2></div></div>", p.ui.recent_posts));
            let comments = if p.host.comment_form {
                p.comments_html(rng, 25)
            } else {
                String::new()
            };
            let foot = p.footer_text("Built with Elementor");
            let title_w = format!("<div class=\"elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading\" data-widget_type=\"theme-post-title.default\"><div class=\"elementor-widget-container\"><h1 class=\"elementor-heading-title elementor-size-default\">{title}</h1></div></div>");
            let meta_w = format!("<div class=\"elementor-element elementor-widget elementor-widget-post-info\"><div class=\"elementor-widget-container\">{meta}</div></div>");
            if theme == Theme::ElementorPro {
                let main_col = format!("<div class=\"elementor-element e-con-full e-flex e-con e-child\" data-element_type=\"container\">{title_w}{meta_w}{content}{after}{comments}</div>");
                let side_col = format!("<div class=\"elementor-element e-con-full e-flex e-con e-child\" data-element_type=\"container\">{side_title}{grid}</div>");
                // A left sidebar comes first in the DOM.
                let cols = if p.host.sidebar_first {
                    format!("{side_col}{main_col}")
                } else {
                    format!("{main_col}{side_col}")
                };
                format!(
                    "<body class=\"post-template-default single single-post elementor-default elementor-template-full-width elementor-kit-5 elementor-page-{id}\"><div data-elementor-type=\"header\" data-elementor-id=\"21\" class=\"elementor elementor-21 elementor-location-header\"><div class=\"elementor-element e-flex e-con-boxed e-con e-parent\" data-element_type=\"container\"><div class=\"e-con-inner\"><div class=\"elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image\"><div class=\"elementor-widget-container\">{logo}</div></div><div class=\"elementor-element elementor-widget elementor-widget-nav-menu\"><div class=\"elementor-widget-container\"><nav class=\"elementor-nav-menu--main elementor-nav-menu__container\">{menu}</nav></div></div></div></div></div><div data-elementor-type=\"single-post\" data-elementor-id=\"{id}\" class=\"elementor elementor-{id} elementor-location-single post-{id} post type-post status-publish\"><div class=\"elementor-element e-flex e-con-boxed e-con e-parent\" data-element_type=\"container\"><div class=\"e-con-inner\">{cols}</div></div></div><div data-elementor-type=\"footer\" class=\"elementor elementor-location-footer\"><div class=\"elementor-element e-flex e-con-boxed e-con e-parent\"><div class=\"e-con-inner\"><div class=\"elementor-element elementor-widget elementor-widget-text-editor\"><div class=\"elementor-widget-container\">{foot}</div></div></div></div></div>{end}</body>",
                    id = 100 + (p.n % 9000)
                )
            } else {
                let main_col = format!("<div class=\"elementor-column elementor-col-66 elementor-top-column elementor-element\" data-element_type=\"column\"><div class=\"elementor-widget-wrap elementor-element-populated\">{title_w}{meta_w}{content}</div></div>");
                let side_col = format!("<div class=\"elementor-column elementor-col-33 elementor-top-column elementor-element\" data-element_type=\"column\"><div class=\"elementor-widget-wrap elementor-element-populated\">{side_title}{grid}</div></div>");
                let cols = if p.host.sidebar_first {
                    format!("{side_col}{main_col}")
                } else {
                    format!("{main_col}{side_col}")
                };
                format!(
                    "<body class=\"post-template-default single single-post elementor-default elementor-kit-5 elementor-page elementor-page-{id}\"><header class=\"site-header\" id=\"site-header\">{logo}<nav class=\"site-navigation\">{menu}</nav></header><main id=\"content\" class=\"site-main post-{id} post type-post\"><div class=\"page-content\"><div data-elementor-type=\"wp-post\" data-elementor-id=\"{id}\" class=\"elementor elementor-{id}\"><section class=\"elementor-section elementor-top-section elementor-element elementor-section-boxed elementor-section-height-default\" data-element_type=\"section\"><div class=\"elementor-container elementor-column-gap-default\">{cols}</div></section></div>{after}{comments}</div></main><footer id=\"site-footer\" class=\"site-footer\">{foot}</footer>{end}</body>",
                    id = 100 + (p.n % 9000)
                )
            }
        }
        Theme::DiviBuilder | Theme::DiviClassic => {
            let logo = logo(p, rng);
            let menu = p.menu("nav", "menu-item menu-item-type-post_type");
            let meta = p.post_meta(rng);
            let content = if theme == Theme::DiviBuilder {
                let mut c = String::from("<div id=\"et-boc\" class=\"et-boc\"><div class=\"et-l et-l--post\"><div class=\"et_builder_inner_content et_pb_gutters3\">");
                let pieces = split_items(items, 1 + rng.below(4), rng);
                for (k, r) in pieces.iter().enumerate() {
                    c.push_str(&format!(
                        "<div class=\"et_pb_section et_pb_section_{k} et_section_regular\"><div class=\"et_pb_row et_pb_row_{k}\"><div class=\"et_pb_column et_pb_column_4_4 et_pb_column_{k} et_pb_css_mix_blend_mode_passthrough et-last-child\"><div class=\"et_pb_module et_pb_text et_pb_text_{k} et_pb_text_align_left et_pb_bg_layout_light\"><div class=\"et_pb_text_inner\">\n{}</div></div></div></div></div>",
                        render_items(&items[r.clone()], mode, heading)
                    ));
                }
                c.push_str("</div></div></div>");
                c
            } else {
                render_items(items, mode, heading)
            };
            let comments = if p.host.comment_form {
                p.comments_html(rng, 30)
            } else {
                String::new()
            };
            let side = p.sidebar_widgets(rng);
            let foot = p.footer_text("Designed by Elegant Themes | Powered by WordPress");
            format!(
                "<body class=\"post-template-default single single-post et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_pb_gutter et_right_sidebar et_divi_theme et-db\"><div id=\"page-container\"><header id=\"main-header\" data-height-onload=\"66\"><div class=\"container clearfix et_menu_container\"><div class=\"logo_container\">{logo}</div><div id=\"et-top-navigation\"><nav id=\"top-menu-nav\">{menu}</nav></div></div></header><div id=\"et-main-area\"><div id=\"main-content\"><div class=\"container\"><div id=\"content-area\" class=\"clearfix\"><div id=\"left-area\"><article id=\"post-{id}\" class=\"et_pb_post post-{id} post type-post status-publish\"><div class=\"et_post_meta_wrapper\"><h1 class=\"entry-title\">{title}</h1>{meta}</div><div class=\"entry-content\">\n{content}</div>{after}</article>{comments}</div><div id=\"sidebar\">{side}</div></div></div></div><footer id=\"main-footer\"><div id=\"footer-bottom\"><div class=\"container clearfix\"><div id=\"footer-info\">{foot}</div></div></div></footer></div></div>{end}</body>",
                id = 100 + (p.n % 9000)
            )
        }
        Theme::WpBakery => {
            let logo = logo(p, rng);
            let menu = p.menu("menu", "menu-item");
            let meta = p.post_meta(rng);
            let pieces = split_items(items, 1 + rng.below(4), rng);
            let mut content = String::new();
            for r in &pieces {
                content.push_str(&format!(
                    "<div class=\"wpb_text_column wpb_content_element \"><div class=\"wpb_wrapper\">\n{}</div></div>",
                    render_items(&items[r.clone()], mode, heading)
                ));
            }
            let side = p.sidebar_widgets(rng);
            let comments = if p.host.comment_form {
                p.comments_html(rng, 0)
            } else {
                String::new()
            };
            let foot = p.footer_text("Powered by WPBakery Page Builder");
            format!(
                "<body class=\"post-template-default single single-post wpb-js-composer js-comp-ver-7.5 vc_responsive\"><div class=\"wrapper\"><header class=\"header\"><div class=\"top-bar\">{logo}</div><nav class=\"main-nav\">{menu}</nav></header><div class=\"main-container\"><div class=\"post-wrap\"><h1 class=\"post-title\">{title}</h1>{meta}<div class=\"post-content\"><div class=\"vc_row wpb_row vc_row-fluid\"><div class=\"wpb_column vc_column_container vc_col-sm-8\"><div class=\"vc_column-inner\"><div class=\"wpb_wrapper\">{content}</div></div></div><div class=\"wpb_column vc_column_container vc_col-sm-4\"><div class=\"vc_column-inner\"><div class=\"wpb_wrapper\"><div class=\"wpb_widgetised_column wpb_content_element\"><div class=\"wpb_wrapper\">{side}</div></div></div></div></div></div></div>{after}{comments}</div></div><footer class=\"footer\">{foot}</footer></div>{end}</body>"
            )
        }
        Theme::BeaverBuilder => {
            let logo = logo(p, rng);
            let menu = p.menu("menu fl-menu-horizontal", "menu-item");
            let meta = p.post_meta(rng);
            let pieces = split_items(items, 1 + rng.below(3), rng);
            let mut content = String::new();
            for (k, r) in pieces.iter().enumerate() {
                content.push_str(&format!(
                    "<div class=\"fl-module fl-module-rich-text fl-node-{k}a9f{k}\" data-node=\"{k}a9f{k}\"><div class=\"fl-module-content fl-node-content\"><div class=\"fl-rich-text\">\n{}</div></div></div>",
                    render_items(&items[r.clone()], mode, heading)
                ));
            }
            let side = p.sidebar_widgets(rng);
            let comments = if p.host.comment_form {
                p.comments_html(rng, 30)
            } else {
                String::new()
            };
            let foot = p.footer_text("Powered by Beaver Builder");
            format!(
                "<body class=\"post-template-default single single-post fl-builder fl-theme-builder-singular\"><div class=\"fl-page\"><header class=\"fl-page-header fl-page-header-primary\"><div class=\"fl-page-header-wrap\"><div class=\"fl-page-header-container container\"><div class=\"fl-page-header-logo\">{logo}</div><div class=\"fl-page-nav-wrap\"><nav class=\"fl-page-nav fl-nav navbar\">{menu}</nav></div></div></div></header><div id=\"fl-main-content\" class=\"fl-page-content\" role=\"main\"><div class=\"fl-builder-content fl-builder-content-{id} fl-builder-content-primary\" data-post-id=\"{id}\"><div class=\"fl-row fl-row-fixed-width fl-row-bg-none\"><div class=\"fl-row-content-wrap\"><div class=\"fl-row-content fl-row-fixed-width fl-node-content\"><div class=\"fl-col-group\"><div class=\"fl-col fl-col-small-66\"><div class=\"fl-col-content fl-node-content\"><div class=\"fl-module fl-module-heading\"><div class=\"fl-module-content\"><h1 class=\"fl-heading\"><span class=\"fl-heading-text\">{title}</span></h1></div></div><div class=\"fl-module fl-module-fl-post-info\"><div class=\"fl-module-content\">{meta}</div></div>{content}{after}{comments}</div></div><div class=\"fl-col fl-col-small-33\"><div class=\"fl-col-content fl-node-content\"><div class=\"fl-module fl-module-widget\"><div class=\"fl-module-content\">{side}</div></div></div></div></div></div></div></div></div></div><footer class=\"fl-page-footer-wrap\"><div class=\"fl-page-footer\">{foot}</div></footer></div>{end}</body>",
                id = 100 + (p.n % 9000)
            )
        }
        Theme::Astra | Theme::GeneratePress => {
            let logo = logo(p, rng);
            let menu = p.menu(
                "main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border",
                "menu-item menu-item-type-taxonomy",
            );
            let meta = p.post_meta(rng);
            let content = render_items(items, mode, heading);
            let nav = p.post_nav();
            let ab = if p.host.author_box {
                p.author_box()
            } else {
                String::new()
            };
            let comments = if p.host.comment_form {
                p.comments_html(rng, 30)
            } else {
                String::new()
            };
            let side = p.sidebar_widgets(rng);
            if theme == Theme::Astra {
                let foot = p.footer_text("Powered by Astra WordPress Theme");
                format!(
                    "<body itemtype='https://schema.org/Blog' itemscope='itemscope' class=\"post-template-default single single-post ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post\"><div class=\"hfeed site\" id=\"page\"><header class=\"site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline\" id=\"masthead\" itemtype=\"https://schema.org/WPHeader\" itemscope=\"itemscope\"><div id=\"ast-desktop-header\"><div class=\"ast-main-header-wrap main-header-bar-wrap\"><div class=\"ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item\"><div class=\"site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container\"><div class=\"ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center\"><div class=\"site-header-primary-section-left site-header-section ast-flex site-header-section-left\"><div class=\"ast-builder-layout-element ast-flex site-header-focus-item\" data-section=\"title_tagline\">{logo}</div></div><div class=\"site-header-primary-section-right site-header-section ast-flex ast-grid-right-section\"><div class=\"ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item\"><div class=\"ast-main-header-bar-alignment\"><div class=\"main-header-bar-navigation\"><nav class=\"site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item\" id=\"primary-site-navigation-desktop\" aria-label=\"Site Navigation\" itemtype=\"https://schema.org/SiteNavigationElement\" itemscope=\"itemscope\"><div class=\"main-navigation ast-inline-flex\">{menu}</div></nav></div></div></div></div></div></div></div></div></div></header><div id=\"content\" class=\"site-content\"><div class=\"ast-container\"><div id=\"primary\" class=\"content-area primary\"><main id=\"main\" class=\"site-main\"><article class=\"post-{id} post type-post status-publish format-standard has-post-thumbnail hentry category-news ast-article-single\" id=\"post-{id}\" itemtype=\"https://schema.org/CreativeWork\" itemscope=\"itemscope\"><div class=\"ast-post-format- single-layout-1\"><header class=\"entry-header\"><h1 class=\"entry-title\" itemprop=\"headline\">{title}</h1>{meta}</header><div class=\"entry-content clear\" itemprop=\"text\">\n{content}</div></div>{after}{ab}</article>{nav}{comments}</main></div><div class=\"widget-area secondary\" id=\"secondary\" itemtype=\"https://schema.org/WPSideBar\" itemscope=\"itemscope\"><div class=\"sidebar-main\">{side}</div></div></div></div><footer class=\"site-footer\" id=\"colophon\" itemtype=\"https://schema.org/WPFooter\" itemscope=\"itemscope\"><div class=\"site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item\"><div class=\"ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row\"><div class=\"site-footer-below-section-1 site-footer-section site-footer-section-1\"><div class=\"ast-footer-copyright\">{foot}</div></div></div></div></footer></div>{end}</body>",
                    id = 100 + (p.n % 9000)
                )
            } else {
                let foot = p.footer_text("Built with GeneratePress");
                format!(
                    "<body class=\"post-template-default single single-post right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active\" itemtype=\"https://schema.org/Blog\" itemscope><header class=\"site-header grid-container has-inline-mobile-toggle\" id=\"masthead\" aria-label=\"Site\" itemtype=\"https://schema.org/WPHeader\" itemscope><div class=\"inside-header grid-container\">{logo}<nav class=\"main-navigation sub-menu-right\" id=\"site-navigation\" aria-label=\"Primary\"><div class=\"inside-navigation grid-container\"><div id=\"primary-menu\" class=\"main-nav\">{menu}</div></div></nav></div></header><div class=\"site grid-container container hfeed\" id=\"page\"><div class=\"site-content\" id=\"content\"><div class=\"content-area\" id=\"primary\"><main class=\"site-main\" id=\"main\"><article id=\"post-{id}\" class=\"post-{id} post type-post status-publish format-standard hentry category-news\" itemtype=\"https://schema.org/CreativeWork\" itemscope><div class=\"inside-article\"><header class=\"entry-header\"><h1 class=\"entry-title\" itemprop=\"headline\">{title}</h1>{meta}</header><div class=\"entry-content\" itemprop=\"text\">\n{content}</div><footer class=\"entry-meta\" aria-label=\"Entry meta\">{nav}</footer>{after}{ab}</div></article>{comments}</main></div><div class=\"widget-area sidebar is-right-sidebar\" id=\"right-sidebar\"><div class=\"inside-right-sidebar\">{side}</div></div></div></div><div class=\"site-footer\"><footer class=\"site-info\" aria-label=\"Site\" itemtype=\"https://schema.org/WPFooter\" itemscope><div class=\"inside-site-info grid-container\"><div class=\"copyright-bar\">{foot}</div></div></footer></div>{end}</body>",
                    id = 100 + (p.n % 9000)
                )
            }
        }
        Theme::Newspaper => {
            let logo = logo(p, rng);
            let menu = p.menu(
                "sf-menu",
                "menu-item menu-item-type-taxonomy menu-item-first td-menu-item td-normal-menu",
            );
            let ticker = {
                let o = p.others[0];
                let h = format!("<div class=\"td-trending-now-wrapper\"><div class=\"td-trending-now-title\">{}</div><div class=\"td-trending-now-display-area\"><div class=\"td_module_trending_now td-trending-now-post-0 td-trending-now-post\"><h3 class=\"entry-title td-module-title\"><a href=\"{}\">{}</a></h3></div></div></div>", p.ui.breaking, p.other_url(o), o.title);
                p.noise(Kind::Header, h)
            };
            let crumbs = p.noise(Kind::PostMeta, format!("<div class=\"td-crumb-container\"><div class=\"entry-crumbs\"><span><a title=\"\" class=\"entry-crumb\" href=\"{}\">{}</a></span> <i class=\"td-icon-right td-bread-sep\"></i> <span><a class=\"entry-crumb\" href=\"{}category/{}/\">{}</a></span> <i class=\"td-icon-right td-bread-sep td-bred-no-url-last\"></i> <span class=\"td-bred-no-url-last\">{}</span></div></div>", p.host.home, p.ui.home, p.host.home, slugify(p.category), p.category, title));
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"td-module-meta-info\"><div class=\"td-post-author-name\"><div class=\"td-author-by\">{}</div> <a href=\"{}author/{}/\">{}</a><div class=\"td-author-line\"> - </div></div><span class=\"td-post-date\"><time class=\"entry-date updated td-module-date\" datetime=\"{}\">{}</time></span><div class=\"td-post-views\"><i class=\"td-icon-views\"></i><span class=\"td-nr-views-{}\">{}</span></div><div class=\"td-post-comments\"><a href=\"{}#respond\"><i class=\"td-icon-comments\"></i>0</a></div></div>", p.ui.by, p.host.home, slugify(p.host.site_author), p.host.site_author, p.iso_date, p.date, p.n % 999, p.n % 4999, p.url));
            let content = render_items(items, mode, heading);
            // tagDiv Composer's single template, or the classic one.
            let content_box = if p.n % 5 < 2 {
                format!("<div class=\"td_block_wrap tdb_single_content tdi_{} td-pb-border-top td_block_template_1 td-post-content tagdiv-type\" data-td-block-uid=\"tdi_{}\"><div class=\"tdb-block-inner td-fix-index\">\n{content}</div></div>", p.n % 97, p.n % 97)
            } else {
                format!("<div class=\"td-post-content tagdiv-type\">\n{content}</div>")
            };
            let side = p.sidebar_widgets(rng);
            let mut more = format!("<div class=\"td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1\"><h4 class=\"td-related-title td-block-title\"><a id=\"tdi_4\" class=\"td-related-left td-cur-simple-item\" href=\"#\">{}</a><a class=\"td-related-right\" href=\"#\">{} {}</a></h4><div class=\"td_block_inner\"><div class=\"td-related-row\">", p.ui.related.to_uppercase(), p.ui.more_from.to_uppercase(), p.host.site_author.to_uppercase());
            for o in p.others.clone() {
                more.push_str(&format!("<div class=\"td-related-span4\"><div class=\"td_module_related_posts td-animation-stack td_mod_related_posts\"><div class=\"td-module-image\"><div class=\"td-module-thumb\"><a href=\"{u}\" rel=\"bookmark\" class=\"td-image-wrap\" title=\"{t}\"><img class=\"entry-thumb\" src=\"{}wp-content/uploads/{}-218x150.jpg\" alt=\"\" width=\"218\" height=\"150\"></a></div></div><div class=\"item-details\"><h3 class=\"entry-title td-module-title\"><a href=\"{u}\" rel=\"bookmark\" title=\"{t}\">{}</a></h3></div></div></div>", p.host.home, o.slug, o.title, u = p.other_url(o), t = esc(o.title)));
            }
            more.push_str("</div></div></div>");
            let more = p.noise(Kind::RelatedPosts, more);
            let comments = if p.host.comment_form {
                p.comments_html(rng, 30)
            } else {
                String::new()
            };
            let foot = p.footer_text("© Newspaper WordPress Theme by TagDiv");
            format!(
                "<body class=\"post-template-default single single-post td-standard-pack global-block-template-1 single_template_2 td-full-layout\" itemscope=\"itemscope\" itemtype=\"https://schema.org/WebPage\"><div class=\"td-scroll-up\"><i class=\"td-icon-menu-up\"></i></div><div id=\"td-outer-wrap\" class=\"td-theme-wrap\"><div class=\"tdc-header-wrap\"><div class=\"td-header-wrap td-header-style-1\"><div class=\"td-header-top-menu-full td-container-wrap\"><div class=\"td-container td-header-row td-header-top-menu\">{ticker}</div></div><div class=\"td-banner-wrap-full td-logo-wrap-full td-container-wrap\"><div class=\"td-container td-header-row td-header-header\"><div class=\"td-header-sp-logo\">{logo}</div></div></div><div class=\"td-header-menu-wrap-full td-container-wrap\"><div class=\"td-header-menu-wrap td-header-gradient\"><div class=\"td-container td-header-row td-header-main-menu\"><div id=\"td-header-menu\" role=\"navigation\"><div class=\"menu-td-demo-header-menu-container\">{menu}</div></div></div></div></div></div></div><div class=\"td-main-content-wrap td-container-wrap\"><div class=\"td-container td-post-template-default\">{crumbs}<div class=\"td-pb-row\"><div class=\"td-pb-span8 td-main-content\" role=\"main\"><div class=\"td-ss-main-content\"><article id=\"post-{id}\" class=\"post-{id} post type-post status-publish format-standard\" itemscope itemtype=\"https://schema.org/Article\"><div class=\"td-post-header\"><ul class=\"td-category\"><li class=\"entry-category\"><a href=\"{home}category/{cat}/\">{category}</a></li></ul><header class=\"td-post-title\"><h1 class=\"entry-title\">{title}</h1>{meta}</header></div>{content_box}<footer>{after}</footer></article>{more}{comments}</div></div><div class=\"td-pb-span4 td-main-sidebar\" role=\"complementary\"><div class=\"td-ss-main-sidebar\">{side}</div></div></div></div></div><div class=\"td-footer-wrapper td-container-wrap\"><div class=\"td-sub-footer-container td-container-wrap\"><div class=\"td-container\"><div class=\"td-pb-row\"><div class=\"td-pb-span td-sub-footer-copy\">{foot}</div></div></div></div></div></div>{end}</body>",
                id = 100 + (p.n % 9000),
                home = p.host.home,
                cat = slugify(p.category),
                category = p.category
            )
        }
        Theme::Jannah => {
            let logo = logo(p, rng);
            let menu = p.menu("menu", "menu-item menu-item-type-custom tie-current-menu");
            let meta = p.noise(Kind::PostMeta, format!("<div id=\"single-post-meta\" class=\"post-meta clearfix\"><span class=\"author-meta single-author no-avatars\"><span class=\"meta-item meta-author-wrapper meta-author-1\"><span class=\"meta-author\"><a href=\"{}author/{}/\" class=\"author-name tie-icon\" title=\"{}\">{}</a></span></span></span><span class=\"date meta-item tie-icon\">{}</span><div class=\"tie-alignright\"><span class=\"meta-comment tie-icon meta-item fa-before\">0</span><span class=\"meta-views meta-item \"><span class=\"tie-icon-fire\" aria-hidden=\"true\"></span> {} </span><span class=\"meta-reading-time meta-item\"><span class=\"tie-icon-bookmark\" aria-hidden=\"true\"></span> {} {}</span></div></div>", p.host.home, slugify(p.host.site_author), p.host.site_author, p.host.site_author, p.date, p.n % 999, 1 + p.n % 5, p.ui.min_read));
            let content = render_items(items, mode, heading);
            let share = p.noise(Kind::ShareBar, "<div id=\"share-buttons-bottom\" class=\"share-buttons share-buttons-bottom\"><div class=\"share-links  icons-text\"><a href=\"#\" rel=\"external noopener nofollow\" title=\"Facebook\" target=\"_blank\" class=\"facebook-share-btn  large-share-button\"><span class=\"share-btn-icon tie-icon-facebook\"></span> <span class=\"social-text\">Facebook</span></a><a href=\"#\" class=\"twitter-share-btn large-share-button\"><span class=\"social-text\">X</span></a><a href=\"#\" class=\"whatsapp-share-btn large-share-button\"><span class=\"social-text\">WhatsApp</span></a></div></div>".to_string());
            let mut rel = format!("<div id=\"related-posts\" class=\"container-wrapper has-extra-post\"><div class=\"mag-box-title the-global-title\"><h3>{}</h3></div><div class=\"related-posts-list\">", p.ui.related);
            for o in p.others.clone() {
                rel.push_str(&format!("<div class=\"related-item tie-standard\"><a aria-label=\"{t}\" href=\"{u}\" class=\"post-thumb\"><img width=\"390\" height=\"220\" src=\"{}wp-content/uploads/{}-390x220.jpg\" class=\"attachment-jannah-image-large size-jannah-image-large wp-post-image\" alt=\"\"></a><h3 class=\"post-title\"><a href=\"{u}\">{t}</a></h3><div class=\"post-meta clearfix\"><span class=\"date meta-item tie-icon\">{}</span></div></div>", p.host.home, o.slug, p.date, u = p.other_url(o), t = o.title));
            }
            rel.push_str("</div></div>");
            let rel = p.noise(Kind::RelatedPosts, rel);
            let comments = if p.host.comment_form {
                p.comments_html(rng, 30)
            } else {
                String::new()
            };
            let side = p.sidebar_widgets(rng);
            let foot = p.footer_text("Jannah News by TieLabs");
            format!(
                "<body id=\"tie-body\" class=\"post-template-default single single-post wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share\"><div class=\"background-overlay\"><div id=\"tie-container\" class=\"site tie-container\"><div id=\"tie-wrapper\"><header id=\"theme-header\" class=\"theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item has-shadow has-normal-width-logo mobile-header-default\"><div class=\"container header-container\"><div class=\"tie-row logo-row\"><div class=\"logo-wrapper\"><div class=\"tie-col-md-4 logo-container clearfix\"><div id=\"logo\" class=\"image-logo\">{logo}</div></div></div></div></div><div class=\"main-nav-wrapper\"><nav id=\"main-nav\" class=\"main-nav header-nav\" aria-label=\"Primary Navigation\"><div class=\"container\"><div class=\"main-menu-wrapper\"><div id=\"menu-components-wrap\"><div class=\"main-menu main-menu-wrap tie-alignleft\"><div id=\"main-nav-menu\" class=\"main-menu header-menu\">{menu}</div></div></div></div></div></nav></div></header><div id=\"content\" class=\"site-content container\"><div id=\"main-content-row\" class=\"tie-row main-content-row\"><div class=\"main-content tie-col-md-8 tie-col-xs-12\" role=\"main\"><article id=\"the-post\" class=\"container-wrapper post-content tie-standard\"><header class=\"entry-header-outer\"><div class=\"entry-header\"><h1 class=\"post-title entry-title\">{title}</h1>{meta}</div></header><div class=\"entry-content entry clearfix\">\n{content}</div><div id=\"post-extra-info\"><div class=\"theiaStickySidebar\"></div></div><div class=\"clearfix\"></div>{share}{after}</article><div class=\"post-components\">{rel}{comments}</div></div><aside class=\"sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky\" aria-label=\"Primary Sidebar\"><div class=\"theiaStickySidebar\">{side}</div></aside></div></div><footer id=\"footer\" class=\"site-footer dark-skin dark-widgetized-area\"><div id=\"site-info\" class=\"site-info site-info-layout-2\"><div class=\"container\"><div class=\"tie-row\"><div class=\"tie-col-md-12\"><div class=\"copyright-text copyright-text-first\">{foot}</div></div></div></div></div></footer></div></div></div>{end}</body>"
            )
        }
        Theme::Blogger => {
            let site = p.site();
            let home = p.host.home.clone();
            let header = p.noise(Kind::Header, format!("<div class=\"header-outer\"><div class=\"region-inner header-inner\"><div class=\"header section\" id=\"header\"><div class=\"widget Header\" data-version=\"1\" id=\"Header1\"><div id=\"header-inner\"><div class=\"titlewrapper\"><h1 class=\"title\"><a href=\"{home}\">{site}</a></h1></div></div></div></div></div></div>"));
            let pages = p.noise(Kind::Header, format!("<div class=\"tabs section\" id=\"crosscol\"><div class=\"widget PageList\" id=\"PageList1\"><div class=\"widget-content\"><ul><li class=\"selected\"><a href=\"{home}\">{}</a></li><li><a href=\"{home}p/about.html\">{}</a></li><li><a href=\"{home}p/contact.html\">{}</a></li></ul></div></div></div>", p.ui.home, p.ui.about, p.ui.contact));
            let date = p.noise(
                Kind::PostMeta,
                format!("<h2 class=\"date-header\"><span>{}</span></h2>", p.date),
            );
            let content = render_items(items, mode, heading);
            let footer_line = p.noise(Kind::PostMeta, format!("<div class=\"post-footer\"><div class=\"post-footer-line post-footer-line-1\"><span class=\"post-author vcard\">Posted by <span class=\"fn\">{}</span></span> <span class=\"post-timestamp\">at <a class=\"timestamp-link\" href=\"{}\" rel=\"bookmark\"><abbr class=\"published\" title=\"{}\">{}</abbr></a></span> <span class=\"post-comment-link\"><a class=\"comment-link\" href=\"{}#comment-form\">No comments:</a></span></div><div class=\"post-share-buttons goog-inline-block\"><a class=\"goog-inline-block share-button sb-email\" href=\"#\" title=\"Email This\"><span class=\"share-button-link-text\">Email This</span></a><a class=\"goog-inline-block share-button sb-blog\" href=\"#\" title=\"BlogThis!\"><span class=\"share-button-link-text\">BlogThis!</span></a><a class=\"goog-inline-block share-button sb-twitter\" href=\"#\"><span class=\"share-button-link-text\">Share to X</span></a><a class=\"goog-inline-block share-button sb-facebook\" href=\"#\"><span class=\"share-button-link-text\">Share to Facebook</span></a></div><div class=\"post-footer-line post-footer-line-2\"><span class=\"post-labels\">Labels: <a href=\"{}search/label/{}\" rel=\"tag\">{}</a></span></div></div>", p.host.site_author, p.url, p.iso_date, p.date, p.url, home, p.category, p.category));
            let comments = p.noise(Kind::CommentForm, format!("<div class=\"comments\" id=\"comments\"><a name=\"comments\"></a><h4>No comments:</h4><div id=\"Blog1_comments-block-wrapper\"></div><div class=\"comment-form\"><a name=\"comment-form\"></a><h4 id=\"comment-post-message\">Post a Comment</h4><iframe allowtransparency=\"true\" class=\"blogger-iframe-colorize blogger-comment-from-post\" frameborder=\"0\" height=\"410px\" id=\"comment-editor\" name=\"comment-editor\" src=\"\" width=\"100%\"></iframe></div></div><div class=\"blog-pager\" id=\"blog-pager\"><span id=\"blog-pager-newer-link\"><a class=\"blog-pager-newer-link\" href=\"{home}\" title=\"Newer Post\">Newer Post</a></span><span id=\"blog-pager-older-link\"><a class=\"blog-pager-older-link\" href=\"{home}\" title=\"Older Post\">Older Post</a></span><a class=\"home-link\" href=\"{home}\">Home</a></div><div class=\"post-feeds\"><div class=\"feed-links\">Subscribe to: <a class=\"feed-link\" href=\"{home}feeds/posts/default\" target=\"_blank\" type=\"application/atom+xml\">Post Comments (Atom)</a></div></div>"));
            let mut popular = String::from("<div class=\"widget PopularPosts\" data-version=\"1\" id=\"PopularPosts1\"><h2>Popular Posts</h2><div class=\"widget-content popular-posts\"><ul>");
            for o in p.others.clone() {
                popular.push_str(&format!("<li><div class=\"item-content\"><div class=\"item-thumbnail\"><a href=\"{u}\" target=\"_blank\"><img alt=\"\" border=\"0\" src=\"{home}img/{}.jpg\"></a></div><div class=\"item-title\"><a href=\"{u}\">{}</a></div><div class=\"item-snippet\">{}</div></div><div style=\"clear: both;\"></div></li>", o.slug, o.title, Page::excerpt(o, 35), u = p.other_url(o)));
            }
            popular.push_str("</ul></div></div>");
            let popular = p.noise(Kind::Sidebar, popular);
            let archive = p.noise(Kind::Sidebar, format!("<div class=\"widget BlogArchive\" id=\"BlogArchive1\"><h2>Blog Archive</h2><div class=\"widget-content\"><div id=\"ArchiveList\"><ul class=\"hierarchy\"><li class=\"archivedate expanded\"><a class=\"toggle\" href=\"javascript:void(0)\"><span class=\"zippy toggle-open\">▼&nbsp;</span></a><a class=\"post-count-link\" href=\"{home}2024/\">2024</a> <span class=\"post-count\" dir=\"ltr\">(38)</span></li></ul></div></div></div><div class=\"widget Profile\" id=\"Profile1\"><h2>About Me</h2><div class=\"widget-content\"><dl class=\"profile-datablock\"><dd class=\"profile-textblock\">{}</dd></dl><a class=\"profile-link\" href=\"#\" rel=\"author\">View my complete profile</a></div></div>", p.fill(p.ui.about_text)));
            let attribution = p.noise(Kind::Footer, "<div class=\"widget Attribution\" id=\"Attribution1\"><div class=\"widget-content\" style=\"text-align: center;\">Powered by <a href=\"https://www.blogger.com\" target=\"_blank\">Blogger</a>.</div></div>".to_string());
            format!(
                "<body class=\"loading variant-simplysimple\"><div class=\"navbar no-items section\" id=\"navbar\"></div><div class=\"body-fauxcolumns\"><div class=\"fauxcolumn-outer body-fauxcolumn-outer\"></div></div><div class=\"content\"><div class=\"content-outer\"><div class=\"content-inner\"><header>{header}</header><div class=\"tabs-outer\">{pages}</div><div class=\"main-outer\"><div class=\"main-cap-top cap-top\"></div><div class=\"fauxborder-left main-fauxborder-left\"><div class=\"region-inner main-inner\"><div class=\"columns fauxcolumns\"><div class=\"columns-inner\"><div class=\"column-center-outer\"><div class=\"column-center-inner\"><div class=\"main section\" id=\"main\"><div class=\"widget Blog\" data-version=\"1\" id=\"Blog1\"><div class=\"blog-posts hfeed\"><div class=\"date-outer\">{date}<div class=\"date-posts\"><div class=\"post-outer\"><div class=\"post hentry uncustomized-post-template\" itemprop=\"blogPost\" itemscope=\"itemscope\" itemtype=\"http://schema.org/BlogPosting\"><a name=\"{id}\"></a><h3 class=\"post-title entry-title\" itemprop=\"name\">{title}</h3><div class=\"post-header\"><div class=\"post-header-line-1\"></div></div><div class=\"post-body entry-content\" id=\"post-body-{id}\" itemprop=\"description articleBody\">\n{content}<div style=\"clear: both;\"></div></div>{after}{footer_line}</div>{comments}</div></div></div></div></div></div></div></div><div class=\"column-right-outer\"><div class=\"column-right-inner\"><aside><div class=\"sidebar section\" id=\"sidebar-right-1\">{popular}{archive}</div></aside></div></div></div></div></div></div></div><footer><div class=\"footer-outer\">{attribution}</div></footer></div></div></div>{end}</body>",
                id = p.n % 1_000_000_007
            )
        }
        Theme::Ghost => {
            let site = p.site();
            let home = p.host.home.clone();
            let headbar = p.noise(Kind::Header, format!("<div class=\"gh-head-brand\"><a class=\"gh-head-logo no-image\" href=\"{home}\">{site}</a></div>"));
            let menu = p.menu("nav", "nav-home nav-current");
            let signin = p.noise(Kind::Header, format!("<div class=\"gh-head-actions\"><a class=\"gh-head-link\" href=\"#/portal/signin\" data-portal=\"signin\">{}</a><a class=\"gh-head-button\" href=\"#/portal/signup\" data-portal=\"signup\">{}</a></div>", p.ui.sign_in, p.ui.subscribe_btn));
            let byline = p.noise(Kind::PostMeta, format!("<div class=\"article-byline\"><section class=\"article-byline-content\"><div class=\"article-byline-meta\"><h4 class=\"author-name\"><a href=\"{home}author/{}/\">{}</a></h4><div class=\"byline-meta-content\"><time class=\"byline-meta-date\" datetime=\"{}\">{}</time><span class=\"byline-reading-time\"><span class=\"bull\">•</span> {} {}</span></div></div></section></div>", slugify(p.host.site_author), p.host.site_author, p.iso_date, p.date, 2 + p.n % 6, p.ui.min_read));
            let tag = p.noise(
                Kind::PostMeta,
                format!(
                    "<section class=\"article-tag\"><a href=\"{home}tag/{}/\">{}</a></section>",
                    slugify(p.category),
                    p.category
                ),
            );
            let content = render_items(items, mode, heading);
            let mut more = String::from(
                "<aside class=\"read-more-wrap outer\"><div class=\"read-more inner\">",
            );
            for o in p.others.clone() {
                more.push_str(&format!("<article class=\"post-card post\"><a class=\"post-card-image-link\" href=\"{u}\"><img class=\"post-card-image\" src=\"{home}content/images/{}.jpg\" alt=\"\" loading=\"lazy\"></a><div class=\"post-card-content\"><a class=\"post-card-content-link\" href=\"{u}\"><header class=\"post-card-header\"><h2 class=\"post-card-title\">{}</h2></header><div class=\"post-card-excerpt\">{}</div></a><footer class=\"post-card-meta\"><time class=\"post-card-meta-date\">{}</time></footer></div></article>", o.slug, o.title, Page::excerpt(o, 30), p.date, u = p.other_url(o)));
            }
            more.push_str("</div></aside>");
            let more = p.noise(Kind::PostGrid, more);
            let foot = p.noise(Kind::Footer, format!("<div class=\"inner\"><section class=\"copyright\"><a href=\"{home}\">{site}</a> © 2024</section><nav class=\"site-footer-nav\"><ul class=\"nav\"><li class=\"nav-sign-up\"><a href=\"#/portal/\">Sign up</a></li></ul></nav><div class=\"gh-powered-by\"><a href=\"https://ghost.org/\" target=\"_blank\" rel=\"noopener\">Powered by Ghost</a></div></div>"));
            format!(
                "<body class=\"post-template tag-news is-head-left-logo has-cover\"><div class=\"viewport\"><header id=\"gh-head\" class=\"gh-head outer\"><div class=\"gh-head-inner inner\">{headbar}<nav class=\"gh-head-menu\">{menu}</nav>{signin}</div></header><div class=\"site-content\"><main id=\"site-main\" class=\"site-main\"><article class=\"article post tag-news featured\"><header class=\"article-header gh-canvas\"><div class=\"article-tag post-card-tags\">{tag}</div><h1 class=\"article-title\">{title}</h1>{byline}</header><section class=\"gh-content gh-canvas\">\n{content}</section>{after}</article></main></div>{more}<footer class=\"site-footer outer\">{foot}</footer></div>{end}</body>"
            )
        }
        Theme::MediumLike => {
            let site = p.site();
            let home = p.host.home.clone();
            let top = p.noise(Kind::Header, format!("<div class=\"ab ac ae af\"><a href=\"{home}\" aria-label=\"Homepage\" class=\"ag ah\"><span class=\"bf b\">{site}</span></a><div class=\"ao ap\"><a class=\"ax ay\" href=\"#\">Write</a><a class=\"ax ay\" href=\"#\">{}</a><a class=\"az ba\" href=\"#\">{}</a></div></div>", p.ui.sign_in, p.ui.subscribe_btn));
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"speechify-ignore ab co\"><div class=\"lp\"><span class=\"be b bf z dx\">Member-only story</span></div><div class=\"ab\"><a class=\"af ag\" rel=\"noopener follow\" href=\"{home}@{}\"><p class=\"be b bf z ek\">{}</p></a> <span class=\"ek\">·</span> <button class=\"be b bf z\">{}</button></div><div class=\"ab\"><span data-testid=\"storyReadTime\">{} {}</span><span>·</span><span data-testid=\"storyPublishDate\">{}</span></div><div class=\"ab q\"><span class=\"pw-multi-vote-count\">1.{}K</span> <button aria-label=\"responses\">{}</button> <button aria-label=\"Listen\">Listen</button> <button aria-label=\"Share\">Share</button></div></div>", slugify(p.host.site_author), p.host.site_author, p.ui.follow, 3 + p.n % 7, p.ui.min_read, p.date, p.n % 9, p.n % 40));
            let content = render_items(items, mode, heading);
            let footer_block = p.noise(Kind::AuthorBox, format!("<div class=\"ab cn pa\"><div class=\"ab ca\"><h2 class=\"be pb pc pd\">{} {}</h2><p class=\"be b\">{} followers</p><p class=\"be b\">{}</p><button class=\"be b\">{}</button></div></div>", p.ui.written_by, p.host.site_author, 1000 + p.n % 90000, p.fill(p.ui.author_bio).replace("{author}", p.host.site_author), p.ui.follow));
            let mut more = format!(
                "<div class=\"ab cc\"><h2 class=\"be\">{} {}</h2>",
                p.ui.more_from, p.host.site_author
            );
            for o in p.others.clone() {
                more.push_str(&format!("<div class=\"ob oc\"><a href=\"{}\"><h2 class=\"be od\">{}</h2><h3 class=\"be oe\">{}</h3></a></div>", p.other_url(o), o.title, Page::excerpt(o, 16)));
            }
            more.push_str("</div>");
            let more = p.noise(Kind::PostGrid, more);
            let foot = p.noise(Kind::Footer, "<div class=\"ab pf\"><a href=\"#\">Help</a><a href=\"#\">Status</a><a href=\"#\">About</a><a href=\"#\">Careers</a><a href=\"#\">Press</a><a href=\"#\">Blog</a><a href=\"#\">Privacy</a><a href=\"#\">Terms</a><a href=\"#\">Text to speech</a><a href=\"#\">Teams</a></div>".to_string());
            format!(
                "<body><div id=\"root\"><div class=\"a b c\"><div class=\"d e f g h i j k\"></div><div class=\"l c\"><div class=\"l\">{top}</div></div><div class=\"l\"><article><div class=\"l\"><div class=\"l\"><section><div><div class=\"fw fx fy fz ga\"></div><div class=\"gb gc gd ge gf\"><div class=\"ab ca\"><div class=\"ch bg gg gh gi gj\"><div><h1 id=\"{id:x}\" class=\"pw-post-title gq gr gs be gt gu gv gw gx gy gz ha hb hc hd\" data-testid=\"storyTitle\" data-selectable-paragraph=\"\">{title}</h1><div>{meta}</div></div>\n{content}</div></div></div></section></div></div></article></div><div class=\"l\">{after}{footer_block}{more}</div><div class=\"l\">{foot}</div></div></div>{end}</body>",
                id = p.n % 0xffff_ffff
            )
        }
        Theme::WixLike => {
            let site = p.site();
            let home = p.host.home.clone();
            let header = p.noise(Kind::Header, format!("<header id=\"SITE_HEADER\" class=\"xU8fqS SITE_HEADER wixui-header\" tabindex=\"-1\"><div class=\"_C0cVf\"><div id=\"comp-kx1\" class=\"comp-kx1 wixui-rich-text\" data-testid=\"richTextElement\"><h2 class=\"font_2 wixui-rich-text__text\"><a href=\"{home}\">{site}</a></h2></div><nav id=\"comp-kx2\" aria-label=\"Site\" class=\"wixui-dropdown-menu\"><ul class=\"R_TAzU\"><li><a href=\"{home}\">{}</a></li><li><a href=\"{home}blog\">Blog</a></li><li><a href=\"{home}about\">{}</a></li><li><a href=\"{home}contact\">{}</a></li></ul></nav></div></header>", p.ui.home, p.ui.about, p.ui.contact));
            let meta = p.noise(Kind::PostMeta, format!("<div class=\"_9rLB1\" data-hook=\"post-metadata\"><span class=\"tQ0Q1A user-name\" data-hook=\"user-name\">{}</span><span data-hook=\"time-ago\" class=\"post-metadata__date time-ago\">{}</span><span data-hook=\"time-to-read\" class=\"post-metadata__readTime\">{} {}</span></div>", p.host.site_author, p.date, 2 + p.n % 5, p.ui.min_read));
            let content = render_items(items, mode, heading);
            let sharebar = p.noise(Kind::ShareBar, "<div class=\"qU8Bc\" data-hook=\"post-main-actions-desktop\"><div class=\"_8x8A7\"><button aria-label=\"Share via Facebook\" data-hook=\"share-button\">Facebook</button><button aria-label=\"Share via X\">X</button><button aria-label=\"Share via LinkedIn\">LinkedIn</button><button aria-label=\"Share via link\">Link</button></div></div>".to_string());
            let mut recent = format!("<div data-hook=\"recent-posts\" class=\"lbfyol\"><div class=\"wqq1V\"><h2 class=\"yoa1k\">{}</h2><a href=\"{home}blog\" class=\"TBrkhx\">{}</a></div><div class=\"recent-posts-list\">", p.ui.recent_posts, p.ui.see_all);
            for o in p.others.clone().into_iter().take(3) {
                recent.push_str(&format!("<div class=\"WrKqyf\" data-hook=\"post-list-item\"><a href=\"{home}post/{}\"><div class=\"TEWNl\" data-hook=\"post-title\"><p class=\"bD0vt9\">{}</p></div></a><div class=\"lWVuFR\"><span>0 comments</span></div></div>", o.slug, o.title));
            }
            recent.push_str("</div></div>");
            let recent = p.noise(Kind::PostGrid, recent);
            let comments = p.noise(Kind::CommentForm, "<div data-hook=\"comments-root\"><h2 class=\"_7nUo5\">Comments</h2><div class=\"comment-box\"><div data-hook=\"comment-box-input\" class=\"public-DraftEditorPlaceholder-inner\">Write a comment...</div></div></div>".to_string());
            let foot = p.noise(Kind::Footer, format!("<footer id=\"SITE_FOOTER\" class=\"wixui-footer\"><div class=\"wixui-rich-text\"><p class=\"font_8\">© 2024 by {site}. Proudly created with Wix.com</p></div></footer>"));
            format!(
                "<body class=\"responsive\"><div id=\"SITE_CONTAINER\"><div id=\"main_MF\" class=\"main_MF\"><div id=\"site-root\" class=\"site-root\"><div id=\"masterPage\" class=\"mesh-layout\">{header}<main id=\"PAGES_CONTAINER\" class=\"PAGES_CONTAINER\" tabindex=\"-1\" data-main-content=\"true\"><div id=\"SITE_PAGES\" class=\"JsJXaX SITE_PAGES\"><div class=\"post-page\"><article data-hook=\"post\" class=\"blog-post-page-font\"><div class=\"post-header\">{meta}<h1 class=\"H3vOVf post-title blog-post-title-font\" data-hook=\"post-title\"><span class=\"post-title__text\">{title}</span></h1></div><div class=\"post-content\" data-hook=\"post-description\"><div class=\"JxPpA\" data-rce-version=\"9.10.0\"><div class=\"rich-content-viewer\" data-id=\"rich-content-viewer\">\n{content}</div></div></div>{sharebar}{after}</article>{recent}{comments}</div></div></main>{foot}</div></div></div></div>{end}</body>"
            )
        }
        Theme::TableLayout => {
            let site = p.site();
            let home = p.host.home.clone();
            let banner = p.noise(Kind::Header, format!("<tr><td colspan=\"3\" bgcolor=\"#003366\"><font face=\"Verdana\" size=\"5\" color=\"#ffffff\"><b>{site}</b></font></td></tr>"));
            let mut nav = String::from("<td width=\"170\" valign=\"top\" bgcolor=\"#eeeeee\"><font face=\"Verdana\" size=\"2\">");
            for m in p.ui.menu {
                nav.push_str(&format!(
                    "<a href=\"{home}{}.html\">{m}</a><br>",
                    slugify(m)
                ));
            }
            nav.push_str("</font></td>");
            let nav = p.noise(Kind::Header, nav);
            let content = render_items(items, mode, heading);
            let date = p.noise(
                Kind::PostMeta,
                format!(
                    "<font size=\"1\" color=\"#666666\">{} {}</font><br><br>",
                    p.ui.posted_on, p.date
                ),
            );
            let mut right = format!(
                "<td width=\"160\" valign=\"top\"><font face=\"Verdana\" size=\"1\"><b>{}</b><br>",
                p.ui.recent_posts
            );
            for o in p.others.clone() {
                right.push_str(&format!(
                    "<a href=\"{}\">{}</a><br><br>",
                    p.other_url(o),
                    o.title
                ));
            }
            right.push_str("</font></td>");
            let right = p.noise(Kind::Sidebar, right);
            let foot = p.noise(Kind::Footer, format!("<tr><td colspan=\"3\" align=\"center\"><font size=\"1\">Copyright © 2024 {site} | <a href=\"{home}privacy.html\">{}</a> | <a href=\"{home}contact.html\">{}</a></font></td></tr>", p.ui.privacy, p.ui.contact));
            format!(
                "<body bgcolor=\"#ffffff\" topmargin=\"0\" leftmargin=\"0\"><table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"4\">{banner}<tr>{nav}<td valign=\"top\"><font face=\"Verdana\" size=\"2\"><h1><font size=\"4\">{title}</font></h1>{date}\n{content}{after}</font></td>{right}</tr>{foot}</table>{end}</body>"
            )
        }
    };
    finish(html, &body, start)
}
