//! The third red team's family set (issue 16's second held-out check):
//! autoblog, scraper and spun-content pages written without reading the
//! stripper or the other generators' vocabularies and family code.
//!
//! Each family is an ecosystem a copied article ends up in: a page
//! builder or CMS (block editor, Elementor, Divi, WPBakery, Blogger,
//! Ghost, a Medium-like platform, AMP, Joomla, Drupal, a site builder's
//! blog, a magazine theme), the importer's attribution templates it uses
//! (top, bottom, boxed with the outlet's logo, buttons, glued into the
//! first or last paragraph; linking the original, the outlet's home, or
//! naming it without a link) and the widgets it carries (AI-rewrite and
//! machine-translation disclosures, affiliate notes and price boxes,
//! tables of contents, Google News / Telegram / WhatsApp boxes, push
//! prompts, share / like / related rows, author boxes, breadcrumbs, tag
//! lines, reading time and view counters, ratings, ad labels, stock-agency
//! and file-name captions, consent dialogs, chat bubbles, the site's own
//! branding). A few hosts copy articles whose own sentences look like that
//! spam (`F3_STORIES`): those must be kept whole.
//!
//! Only the shared plumbing (`page.rs`) and the article bodies
//! (`stories.rs`) are common with the other generators.

use super::families3_vocab::{
    li, tr, Credit3, Src, Widget, AUTHORS, CATEGORIES, CREDITS3, DATES, F3_LANGS, F3_STORIES,
    HOME_WORD, IMG_NAMES, OUTLETS3, SITE_A, SITE_B, SITE_SUFFIX, STOCK, TAGLINES, TAGS, TOC_TITLE,
    TOC_TOGGLE, WIDGETS3,
};
use super::page::{
    bare_domain, esc, fill, hosts, inline_text, menu, og_site_name, slugify, visible_lines,
    Composition, Kind, Rng,
};
use super::stories::{Story, B, FAMILY_STORIES, STORIES};
use super::vocab::Lang;
use std::collections::BTreeSet;

/// Mixed into the seed: the set's own stream, apart from the others'.
pub const FAMILIES3_SEED_SALT: u64 = 0x0f3a_5e7d_2b19_c4a1;

/// The page builder or CMS a family's pages are made with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Skin {
    Gutenberg,
    Elementor,
    Divi,
    WpBakery,
    Blogger,
    Ghost,
    MediumLike,
    Amp,
    Joomla,
    Drupal,
    SiteBuilder,
    Magazine,
    /// A classic blog theme.
    Classic,
}

/// Where a widget goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    /// Under the headline, before the content container.
    Meta,
    /// Inside the content, before the story.
    Top,
    /// Between two story blocks.
    Middle,
    /// Inside the content, after the story.
    Bottom,
    /// After the content container, inside the article.
    After,
    /// At the end of the body.
    End,
}

/// One family: an ecosystem a copied article ends up in.
struct Family {
    id: &'static str,
    skin: Skin,
    /// The credits its hosts use (one per host), by id.
    credits: &'static [&'static str],
    /// Credit positions its hosts draw from.
    positions: &'static [&'static str],
    /// Its widgets: id (or `toc`, `breadcrumbs`, `tagline`), where, chance
    /// in percent per page.
    widgets: &'static [(&'static str, At, u32)],
    /// Chance in percent that a host copies without any credit.
    bare: u32,
}

use At::*;

static FAMILIES: &[Family] = &[
    Family {
        id: "f3-seo-rss-footer",
        skin: Skin::Gutenberg,
        credits: &["f3-post-appeared-first"],
        positions: &["bottom", "after-content"],
        widgets: &[
            ("share-row", After, 70),
            ("related-row", After, 60),
            ("comment-form", End, 60),
            ("reading-time", Meta, 40),
        ],
        bare: 0,
    },
    Family {
        id: "f3-feed-elementor",
        skin: Skin::Elementor,
        credits: &["f3-source-link-button", "f3-read-more-at"],
        positions: &["bottom", "after-content", "inside-last-paragraph"],
        widgets: &[
            ("push-slidedown", End, 60),
            ("toc", Top, 50),
            ("ad-label", Middle, 60),
            ("google-news-follow", Bottom, 50),
            ("author-box", After, 40),
        ],
        bare: 10,
    },
    Family {
        id: "f3-ai-spinner-divi",
        skin: Skin::Divi,
        credits: &["f3-ai-rewrite-credit", "f3-hat-tip"],
        positions: &["top", "bottom", "inside-first-paragraph"],
        widgets: &[
            ("ai-disclosure", Top, 50),
            ("affiliate-note", Top, 40),
            ("star-rating", Bottom, 50),
            ("helpful", Bottom, 40),
            ("stock-caption", Top, 50),
        ],
        bare: 15,
    },
    Family {
        id: "f3-aggregator-feed",
        skin: Skin::Magazine,
        credits: &["f3-not-edited-feed", "f3-publisher-field"],
        positions: &["bottom", "top", "after-content"],
        widgets: &[
            ("google-news-follow", Bottom, 70),
            ("whatsapp-channel", Middle, 50),
            ("dash-ad", Middle, 70),
            ("views-counter", Meta, 50),
            ("sources-you-trust", Bottom, 30),
        ],
        bare: 0,
    },
    Family {
        id: "f3-blogger-copy",
        skin: Skin::Blogger,
        credits: &["f3-credits-home", "f3-bold-label-domain", "f3-paren-source"],
        positions: &["inside-last-paragraph", "bottom"],
        widgets: &[
            ("filename-caption", Top, 50),
            ("ad-label", Middle, 40),
            ("copy-protect", End, 40),
        ],
        bare: 15,
    },
    Family {
        id: "f3-ghost-digest",
        skin: Skin::Ghost,
        credits: &["f3-originally-published-at", "f3-republished-cc"],
        positions: &["bottom", "inside-last-paragraph", "top"],
        widgets: &[
            ("newsletter-strip", After, 70),
            ("featured-credit", Top, 40),
            ("tags-line", After, 50),
        ],
        bare: 10,
    },
    Family {
        id: "f3-medium-clone",
        skin: Skin::MediumLike,
        credits: &["f3-originally-published-at", "f3-via-inline"],
        positions: &["inside-first-paragraph", "inside-last-paragraph", "bottom"],
        widgets: &[("push-inline", Bottom, 30), ("tags-line", After, 60)],
        bare: 10,
    },
    Family {
        id: "f3-amp-autoblog",
        skin: Skin::Amp,
        credits: &[
            "f3-read-more-at",
            "f3-source-link-button",
            "f3-article-source-top",
        ],
        positions: &["bottom", "top", "inside-last-paragraph"],
        widgets: &[
            ("ad-label", Middle, 80),
            ("ad-label", Bottom, 40),
            ("consent-tcf", End, 50),
            ("related-row", After, 50),
        ],
        bare: 10,
    },
    Family {
        id: "f3-wpbakery-newsmag",
        skin: Skin::WpBakery,
        credits: &["f3-logo-card", "f3-magazine-source-tag"],
        positions: &["after-content", "bottom", "top"],
        widgets: &[
            ("breadcrumbs", Meta, 80),
            ("reading-time", Top, 50),
            ("views-counter", Top, 50),
            ("continue-below", Middle, 60),
            ("star-rating", Bottom, 40),
            ("sponsored-grid", After, 50),
        ],
        bare: 5,
    },
    Family {
        id: "f3-joomla-k2",
        skin: Skin::Joomla,
        credits: &[
            "f3-paren-source",
            "f3-text-and-image",
            "f3-copyright-outlet",
        ],
        positions: &["inside-last-paragraph", "bottom"],
        widgets: &[("cookie-pill", End, 60), ("tags-line", After, 50)],
        bare: 10,
    },
    Family {
        id: "f3-drupal-feeds",
        skin: Skin::Drupal,
        credits: &["f3-original-url-field", "f3-auto-imported"],
        positions: &["after-content", "bottom"],
        widgets: &[
            ("tags-line", After, 60),
            ("filed-under", After, 40),
            ("consent-tcf", End, 40),
        ],
        bare: 5,
    },
    Family {
        id: "f3-telegram-autopost",
        skin: Skin::Gutenberg,
        credits: &["f3-channel-credit", "f3-via-inline"],
        positions: &["bottom", "top", "inside-first-paragraph"],
        widgets: &[
            ("telegram-box", Middle, 70),
            ("whatsapp-channel", Bottom, 60),
            ("push-inline", Top, 40),
            ("wa-chat-bubble", End, 40),
        ],
        bare: 10,
    },
    Family {
        id: "f3-amazon-roundup",
        skin: Skin::Classic,
        credits: &["f3-hat-tip", "f3-credits-home"],
        positions: &["bottom", "inside-last-paragraph"],
        widgets: &[
            ("affiliate-note", Top, 90),
            ("price-box", Middle, 80),
            ("price-box", Bottom, 50),
            ("toc", Top, 40),
            ("star-rating", Bottom, 40),
        ],
        bare: 40,
    },
    Family {
        id: "f3-push-newsroom",
        skin: Skin::Elementor,
        credits: &["f3-first-published-by", "f3-article-source-top"],
        positions: &["inside-first-paragraph", "top", "bottom"],
        widgets: &[
            ("push-slidedown", End, 80),
            ("push-inline", Bottom, 60),
            ("reading-time", Meta, 50),
            ("prev-next", After, 60),
        ],
        bare: 5,
    },
    Family {
        id: "f3-jetpack-blog",
        skin: Skin::Gutenberg,
        credits: &["f3-bold-label-domain", "f3-credits-home", "f3-read-more-at"],
        positions: &["bottom", "inside-last-paragraph"],
        widgets: &[
            ("share-row", After, 90),
            ("like-row", After, 80),
            ("related-row", After, 80),
            ("featured-credit", Bottom, 30),
        ],
        bare: 10,
    },
    Family {
        id: "f3-feed-card-box",
        skin: Skin::Divi,
        credits: &["f3-read-full-story", "f3-logo-card"],
        positions: &["bottom", "after-content", "top-and-bottom"],
        widgets: &[
            ("stock-caption", Top, 40),
            ("author-box", After, 40),
            ("newsletter-strip", After, 40),
        ],
        bare: 0,
    },
    Family {
        id: "f3-ai-disclosed-news",
        skin: Skin::WpBakery,
        credits: &[
            "f3-ai-rewrite-credit",
            "f3-article-source-top",
            "f3-first-published-by",
        ],
        positions: &["top", "bottom", "inside-last-paragraph"],
        widgets: &[
            ("ai-disclosure", Bottom, 80),
            ("helpful", Bottom, 50),
            ("toc", Top, 40),
            ("breadcrumbs", Meta, 50),
        ],
        bare: 10,
    },
    Family {
        id: "f3-magazine-td",
        skin: Skin::Magazine,
        credits: &["f3-magazine-source-tag", "f3-read-more-at"],
        positions: &["after-content", "bottom"],
        widgets: &[
            ("dash-ad", Middle, 80),
            ("dash-ad", Top, 40),
            ("tags-line", After, 60),
            ("prev-next", After, 50),
            ("views-counter", Meta, 50),
        ],
        bare: 5,
    },
    Family {
        id: "f3-machine-translated",
        skin: Skin::Gutenberg,
        credits: &[
            "f3-translated-from",
            "f3-bold-label-domain",
            "f3-text-and-image",
        ],
        positions: &["bottom", "top", "after-content"],
        widgets: &[
            ("mt-disclosure", Top, 70),
            ("mt-disclosure", Bottom, 20),
            ("stock-caption", Top, 40),
            ("cookie-pill", End, 50),
        ],
        bare: 5,
    },
    Family {
        id: "f3-republisher-cc",
        skin: Skin::Ghost,
        credits: &["f3-republished-cc", "f3-copyright-outlet"],
        positions: &["bottom", "after-content"],
        widgets: &[
            ("featured-credit", Top, 40),
            ("newsletter-strip", After, 50),
            ("share-row", After, 40),
        ],
        bare: 0,
    },
    Family {
        id: "f3-content-protect",
        skin: Skin::Divi,
        credits: &[],
        positions: &["bottom"],
        widgets: &[
            ("copy-protect", End, 90),
            ("write-for-us", Bottom, 60),
            ("app-promo", After, 40),
            ("copyright-site", Bottom, 50),
            ("tagline", Bottom, 50),
        ],
        bare: 100,
    },
    Family {
        id: "f3-sitebuilder-blog",
        skin: Skin::SiteBuilder,
        credits: &[
            "f3-article-source-top",
            "f3-credits-home",
            "f3-text-and-image",
        ],
        positions: &["top", "bottom"],
        widgets: &[
            ("wa-chat-bubble", End, 60),
            ("cookie-pill", End, 50),
            ("helpful", Bottom, 30),
        ],
        bare: 10,
    },
    Family {
        id: "f3-channel-hub",
        skin: Skin::Magazine,
        credits: &["f3-channel-credit", "f3-publisher-field", "f3-hat-tip"],
        positions: &["bottom", "top"],
        widgets: &[
            ("google-news-follow", Top, 50),
            ("preferred-source", Bottom, 60),
            ("telegram-box", After, 50),
            ("whatsapp-channel", Middle, 40),
            ("app-promo", After, 40),
        ],
        bare: 5,
    },
    Family {
        id: "f3-brand-heavy",
        skin: Skin::Elementor,
        credits: &[
            "f3-auto-imported",
            "f3-paren-source",
            "f3-source-link-button",
        ],
        positions: &["bottom", "inside-last-paragraph", "after-content"],
        widgets: &[
            ("sources-you-trust", Top, 50),
            ("copyright-site", Bottom, 60),
            ("write-for-us", After, 50),
            ("tagline", Bottom, 60),
            ("filename-caption", Middle, 40),
        ],
        bare: 5,
    },
];

fn credit_by_id(id: &str) -> Option<&'static Credit3> {
    CREDITS3.iter().find(|c| c.id == id)
}

fn widget_by_id(id: &str) -> Option<&'static Widget> {
    WIDGETS3.iter().find(|w| w.id == id)
}

/// A host: a spam site of one family, in one language.
struct Host {
    fam: &'static Family,
    lang: Lang,
    site: String,
    slug: String,
    home: String,
    /// The outlet it copies from: name, home page.
    outlet: (&'static str, &'static str),
    credit: Option<&'static Credit3>,
    credit_pos: &'static str,
    tagline: Option<&'static str>,
    tagline_in_header: bool,
    /// Whether the pages carry `og:site_name`; otherwise the title suffix,
    /// the header's brand and the footer's copyright name the site.
    og: bool,
    author: &'static str,
    /// Separator glued between a paragraph and an inline credit.
    sep: &'static str,
    /// The host's URL style.
    dated_urls: bool,
}

/// A page under construction: its noise record and its placeholders.
struct Sheet3 {
    noise: Vec<(Kind, String)>,
    pairs: Vec<(&'static str, String)>,
}

impl Sheet3 {
    fn put(&mut self, kind: Kind, template: &str) -> String {
        let html = fill(template, &self.pairs);
        for line in visible_lines(&html) {
            self.noise.push((kind, line));
        }
        html
    }
}

/// The stories of a language: the shared bodies and this set's own.
fn stories_in(lang: Lang) -> Vec<&'static Story> {
    STORIES
        .iter()
        .chain(FAMILY_STORIES)
        .chain(F3_STORIES)
        .filter(|s| s.lang == lang)
        .collect()
}

/// Whether `credit` can stand at `pos` (a credit glued inside a paragraph
/// is an inline one).
fn credit_fits(credit: &Credit3, pos: &str) -> bool {
    !pos.starts_with("inside") || credit.inline
}

/// A host as [`host_of_drawn`] draws it; with `force`, after the same
/// draws, one of the families that print credits at that position (the
/// drawn one when it does), with a credit of its own that fits there, at
/// that position: a set whose draw missed a position covers it by
/// construction ([`generate_families3`]).
fn host_of(rng: &mut Rng, force: Option<&'static str>) -> Host {
    let mut h = host_of_drawn(rng);
    let Some(pos) = force else {
        return h;
    };
    let fits = |f: &Family| {
        f.positions.contains(&pos)
            && f.credits
                .iter()
                .any(|c| credit_by_id(c).is_some_and(|c| credit_fits(c, pos)))
    };
    let fam = if fits(h.fam) {
        h.fam
    } else {
        let ok: Vec<&'static Family> = FAMILIES.iter().filter(|f| fits(f)).collect();
        if ok.is_empty() {
            return h;
        }
        ok[rng.below(ok.len())]
    };
    h.fam = fam;
    h.credit = fam
        .credits
        .iter()
        .filter_map(|c| credit_by_id(c))
        .find(|c| credit_fits(c, pos));
    h.credit_pos = pos;
    h
}

fn host_of_drawn(rng: &mut Rng) -> Host {
    let fam = rng.pick(FAMILIES);
    let lang = F3_LANGS[rng.below(F3_LANGS.len())];
    let site = format!(
        "{}{}{}",
        rng.pick_str(SITE_A),
        rng.pick_str(SITE_B),
        rng.pick_str(SITE_SUFFIX)
    );
    let slug = slugify(&site).replace('-', "");
    let tld = rng.pick_str(&["com", "net", "info", "online", "news", "xyz"]);
    let home = format!("https://{slug}.{tld}/");
    let outlets = OUTLETS3[li(lang)];
    let outlet = outlets[rng.below(outlets.len())];
    let credit = if fam.credits.is_empty() || rng.chance(fam.bare) {
        None
    } else {
        credit_by_id(rng.pick_str(fam.credits))
    };
    let mut credit_pos = rng.pick_str(fam.positions);
    if let Some(c) = credit {
        if credit_pos.starts_with("inside") && !c.inline {
            credit_pos = "bottom";
        }
    }
    let tagline = rng.chance(35).then(|| tr(&TAGLINES, lang));
    Host {
        fam,
        lang,
        tagline_in_header: tagline.is_some() && rng.chance(50),
        tagline,
        og: rng.chance(70),
        author: rng.pick_str(AUTHORS),
        sep: rng.pick_str(&[" ", " ", "<br>", " \u{2014} "]),
        dated_urls: rng.chance(50),
        site,
        slug,
        home,
        outlet,
        credit,
        credit_pos,
    }
}

/// A story block's HTML (with what a credit glues inside it) and the
/// text units it yields.
fn block_html(skin: Skin, b: &B, pre: &str, suf: &str) -> (String, Vec<String>) {
    let pcls = match skin {
        Skin::MediumLike => " class=\"pw-post-body-paragraph\"",
        Skin::Joomla => " style=\"text-align: justify;\"",
        _ => "",
    };
    let h = match skin {
        Skin::Blogger | Skin::Joomla => "h3",
        _ => "h2",
    };
    match b {
        B::P(t) => (format!("<p{pcls}>{pre}{t}{suf}</p>"), vec![inline_text(t)]),
        B::H(t) => (
            format!("<{h} id=\"{}\">{t}</{h}>", slugify(&inline_text(t))),
            vec![inline_text(t)],
        ),
        B::Q(t) => (
            format!("<blockquote class=\"wp-block-quote\"><p>{t}</p></blockquote>"),
            vec![inline_text(t)],
        ),
        B::Ul(items) | B::Ol(items) => {
            let tag = if matches!(b, B::Ul(_)) { "ul" } else { "ol" };
            let lis: String = items.iter().map(|i| format!("<li>{i}</li>")).collect();
            (
                format!("<{tag}>{lis}</{tag}>"),
                items.iter().map(|i| inline_text(i)).collect(),
            )
        }
    }
}

/// The content items rendered into the skin's container(s).
fn content_html(skin: Skin, rng: &mut Rng, items: &[String]) -> String {
    let joined = |r: &[String]| r.join("\n");
    match skin {
        Skin::Gutenberg => format!(
            "<div class=\"entry-content wp-block-post-content is-layout-flow\">\n{}\n</div>",
            joined(items)
        ),
        Skin::Elementor => {
            let n = 1 + rng.below(3);
            let cut = |k: usize| items.len() * k / n;
            let mut s = String::from(
                "<div data-elementor-type=\"wp-post\" class=\"elementor elementor-{n}\"><div class=\"elementor-element e-con-full e-flex e-con\">",
            );
            for k in 0..n {
                s.push_str(&format!(
                    "<div class=\"elementor-element elementor-widget elementor-widget-text-editor\" data-widget_type=\"text-editor.default\"><div class=\"elementor-widget-container\">\n{}\n</div></div>",
                    joined(&items[cut(k)..cut(k + 1)])
                ));
            }
            s.push_str("</div></div>");
            s
        }
        Skin::Divi => format!(
            "<div class=\"et_pb_section et_pb_section_0\"><div class=\"et_pb_row et_pb_row_0\"><div class=\"et_pb_column et_pb_column_4_4\"><div class=\"et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left\"><div class=\"et_pb_text_inner\">\n{}\n</div></div></div></div></div>",
            joined(items)
        ),
        Skin::WpBakery => {
            let mid = items.len() / 2 + rng.below(2);
            let mid = mid.min(items.len());
            format!(
                "<div class=\"vc_row wpb_row vc_row-fluid\"><div class=\"wpb_column vc_column_container vc_col-sm-12\"><div class=\"vc_column-inner\"><div class=\"wpb_wrapper\"><div class=\"wpb_text_column wpb_content_element\"><div class=\"wpb_wrapper\">\n{}\n</div></div><div class=\"wpb_text_column wpb_content_element\"><div class=\"wpb_wrapper\">\n{}\n</div></div></div></div></div></div>",
                joined(&items[..mid]),
                joined(&items[mid..])
            )
        }
        Skin::Blogger => format!(
            "<div class=\"post-body entry-content float-container\" id=\"post-body-{}\" itemprop=\"description articleBody\">\n{}\n</div>",
            rng.digits(12),
            joined(items)
        ),
        Skin::Ghost => format!(
            "<section class=\"gh-content gh-canvas is-body\">\n{}\n</section>",
            joined(items)
        ),
        Skin::MediumLike => format!(
            "<section><div class=\"pw-post-body\"><div class=\"ab ca\"><div class=\"ch bg fx fy fz ga\">\n{}\n</div></div></div></section>",
            joined(items)
        ),
        Skin::Amp => format!("<div class=\"amp-wp-article-content\">\n{}\n</div>", joined(items)),
        Skin::Joomla => format!("<div itemprop=\"articleBody\" class=\"com-content-article__body\">\n{}\n</div>", joined(items)),
        Skin::Drupal => format!(
            "<div class=\"clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item\">\n{}\n</div>",
            joined(items)
        ),
        Skin::SiteBuilder => {
            let mut s = String::from("<div class=\"post-content__body\" data-hook=\"post-description\"><div class=\"rich-content-viewer\">");
            for i in items {
                s.push_str(&format!("<div class=\"rcv-block\">{i}</div>\n"));
            }
            s.push_str("</div></div>");
            s
        }
        Skin::Magazine => format!(
            "<div class=\"td-post-content tagdiv-type\">\n{}\n</div>",
            joined(items)
        ),
        Skin::Classic => format!(
            "<div class=\"entry-content clear\" itemprop=\"text\">\n{}\n</div>",
            joined(items)
        ),
    }
}

/// Words of the skins' own chrome, per language.
mod ui {
    use super::super::families3_vocab::T6;
    pub const BY: T6 = ["By", "Von", "Par", "Por", "Di", "Por"];
    pub const POSTED_BY: T6 = [
        "Posted by",
        "Eingestellt von",
        "Publié par",
        "Publicado por",
        "Pubblicato da",
        "Postado por",
    ];
    pub const LABELS: T6 = [
        "Labels:",
        "Labels:",
        "Libellés :",
        "Etiquetas:",
        "Etichette:",
        "Marcadores:",
    ];
    pub const NO_COMMENTS: T6 = [
        "No comments:",
        "Keine Kommentare:",
        "Aucun commentaire:",
        "No hay comentarios:",
        "Nessun commento:",
        "Nenhum comentário:",
    ];
    pub const POST_COMMENT: T6 = [
        "Post a Comment",
        "Kommentar veröffentlichen",
        "Enregistrer un commentaire",
        "Publicar un comentario",
        "Posta un commento",
        "Postar um comentário",
    ];
    pub const NEWER_OLDER: T6 = [
        "Newer Post|Older Post",
        "Neuerer Post|Älterer Post",
        "Article plus récent|Article plus ancien",
        "Entrada más reciente|Entrada antigua",
        "Post più recente|Post più vecchio",
        "Postagem mais recente|Postagem mais antiga",
    ];
    pub const LISTEN: T6 = [
        "Listen", "Anhören", "Écouter", "Escuchar", "Ascolta", "Ouvir",
    ];
    pub const SHARE: T6 = [
        "Share",
        "Teilen",
        "Partager",
        "Compartir",
        "Condividi",
        "Compartilhar",
    ];
    pub const MIN_READ: T6 = [
        "min read",
        "Min. Lesezeit",
        "min de lecture",
        "min de lectura",
        "min di lettura",
        "min de leitura",
    ];
    pub const WRITTEN_BY: T6 = [
        "Written by",
        "Geschrieben von",
        "Écrit par",
        "Escrito por",
        "Scritto da",
        "Escrito por",
    ];
    pub const FOLLOWERS: T6 = [
        "Followers",
        "Follower",
        "abonnés",
        "seguidores",
        "follower",
        "seguidores",
    ];
    pub const FOLLOW: T6 = ["Follow", "Folgen", "Suivre", "Seguir", "Segui", "Seguir"];
    pub const HITS: T6 = [
        "Hits",
        "Zugriffe",
        "Affichages",
        "Visitas",
        "Visite",
        "Acessos",
    ];
    pub const CATEGORY: T6 = [
        "Category",
        "Kategorie",
        "Catégorie",
        "Categoría",
        "Categoria",
        "Categoria",
    ];
    pub const PRINT_EMAIL: T6 = [
        "Print|Email",
        "Drucken|E-Mail",
        "Imprimer|E-mail",
        "Imprimir|Correo",
        "Stampa|Email",
        "Imprimir|E-mail",
    ];
    pub const SUBMITTED: T6 = [
        "Submitted by",
        "Eingereicht von",
        "Soumis par",
        "Enviado por",
        "Inviato da",
        "Enviado por",
    ];
    pub const LOGIN_TO_COMMENT: T6 = [
        "Log in or register to post comments",
        "Melden Sie sich an oder registrieren Sie sich, um Kommentare zu schreiben",
        "Connectez-vous ou inscrivez-vous pour publier un commentaire",
        "Inicie sesión o regístrese para enviar comentarios",
        "Accedi o registrati per inviare commenti",
        "Entre ou cadastre-se para comentar",
    ];
    pub const VIEWS: T6 = [
        "views",
        "Aufrufe",
        "vues",
        "visualizaciones",
        "visualizzazioni",
        "visualizações",
    ];
    pub const COMMENTS0: T6 = [
        "0 comments",
        "0 Kommentare",
        "0 commentaire",
        "0 comentarios",
        "0 commenti",
        "0 comentários",
    ];
    pub const NOT_LIKED: T6 = [
        "Post not marked as liked",
        "Beitrag nicht als „Gefällt mir“ markiert",
        "Post non marqué comme aimé",
        "La publicación no se marcó como me gusta",
        "Post non contrassegnato come piaciuto",
        "Post não marcado como curtido",
    ];
    pub const RECENT: T6 = [
        "Recent Posts|See All",
        "Aktuelle Beiträge|Alle ansehen",
        "Posts récents|Voir tout",
        "Entradas recientes|Ver todo",
        "Post recenti|Vedi tutti",
        "Posts recentes|Ver tudo",
    ];
    pub const NON_AMP: T6 = [
        "View non-AMP version",
        "Nicht-AMP-Version anzeigen",
        "Voir la version non AMP",
        "Ver versión no AMP",
        "Visualizza versione non AMP",
        "Ver versão não AMP",
    ];
    pub const MUST_READ: T6 = [
        "Must read",
        "Lesenswert",
        "À lire absolument",
        "Imprescindible",
        "Da non perdere",
        "Leitura obrigatória",
    ];
    pub const STAY_CONNECTED: T6 = [
        "Stay connected",
        "Bleib in Verbindung",
        "Restez connectés",
        "Mantente conectado",
        "Resta connesso",
        "Fique conectado",
    ];
    pub const MEMBERS: T6 = [
        "Sign up for more like this.|Enter your email|Subscribe",
        "Melde dich für mehr davon an.|E-Mail-Adresse eingeben|Abonnieren",
        "Inscrivez-vous pour en lire davantage.|Votre adresse e-mail|S’abonner",
        "Suscríbete para leer más como esto.|Tu correo electrónico|Suscribirse",
        "Iscriviti per altri articoli come questo.|La tua email|Iscriviti",
        "Assine para ler mais como este.|Seu e-mail|Assinar",
    ];
}

fn part(t: &'static str, i: usize) -> &'static str {
    t.split('|').nth(i).unwrap_or(t)
}

/// One page of a host.
#[allow(clippy::too_many_lines)]
fn page_of(
    rng: &mut Rng,
    h: &Host,
    story: &'static Story,
    others: &[&'static Story],
    id: usize,
    group: usize,
) -> Composition {
    let lang = h.lang;
    let l = li(lang);
    let skin = h.fam.skin;
    let cats = CATEGORIES[l];
    let cat = cats[rng.below(cats.len())];
    let tags = TAGS[l];
    let (tag1, tag2) = (tags[rng.below(tags.len())], tags[rng.below(tags.len())]);
    let page_url = if h.dated_urls {
        format!("{}2024/05/{:02}/{}/", h.home, 1 + rng.below(28), story.slug)
    } else {
        format!("{}{}/", h.home, story.slug)
    };
    let other_url = |s: &Story| format!("{}{}/", h.home, s.slug);
    let r = |i: usize| others.get(i).copied().unwrap_or(story);
    let outlet_url = match rng.below(3) {
        0 => format!("{}{}/2024/05/14/{}/", h.outlet.1, slugify(cat), story.slug),
        1 => format!("{}news/{}-{}.html", h.outlet.1, story.slug, rng.digits(7)),
        _ => format!("{}article/{}", h.outlet.1, story.slug),
    };
    let nd = 4 + rng.below(3);
    let n = rng.digits(nd);
    let img = fill(rng.pick_str(IMG_NAMES), &[("{n}", rng.digits(7))]);
    let mut sh = Sheet3 {
        noise: Vec::new(),
        pairs: vec![
            ("{url}", outlet_url.clone()),
            ("{home}", h.outlet.1.to_string()),
            ("{outlet}", esc(h.outlet.0)),
            ("{domain}", bare_domain(h.outlet.1)),
            ("{title}", esc(story.title)),
            ("{site}", esc(&h.site)),
            ("{date}", tr(&DATES, lang).to_string()),
            ("{author}", h.author.to_string()),
            ("{cats}", slugify(cat)),
            ("{cat}", cat.to_string()),
            ("{n}", n.clone()),
            ("{min}", (2 + rng.below(8)).to_string()),
            ("{slug}", h.slug.clone()),
            ("{page}", page_url.clone()),
            ("{r1href}", other_url(r(0))),
            ("{r2href}", other_url(r(1))),
            ("{r3href}", other_url(r(2))),
            ("{r1}", esc(r(0).title)),
            ("{r2}", esc(r(1).title)),
            ("{r3}", esc(r(2).title)),
            ("{tag1s}", slugify(tag1)),
            ("{tag2s}", slugify(tag2)),
            ("{tag1}", tag1.to_string()),
            ("{tag2}", tag2.to_string()),
            ("{img}", img),
            ("{stock}", rng.pick_str(STOCK).to_string()),
        ],
    };

    // The story, with the credit glued into a paragraph when it goes there.
    let blocks = story.blocks;
    let mut pre: Vec<String> = vec![String::new(); blocks.len()];
    let mut suf: Vec<String> = vec![String::new(); blocks.len()];
    let (mut top, mut bottom, mut after, mut end, mut meta) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut middle: Vec<(usize, String)> = Vec::new();
    if let Some(c) = h.credit {
        let t = tr(&c.t, lang);
        // An inline credit standing as a block: the block editor's
        // auto-paragraphs wrap it; Blogger leaves it bare.
        let wrapped = format!("<p>{t}</p>");
        let block = if c.inline && skin != Skin::Blogger {
            wrapped.as_str()
        } else {
            t
        };
        match h.credit_pos {
            "inside-first-paragraph" | "inside-last-paragraph" => {
                let is_p = |b: &B| matches!(b, B::P(_));
                let at = if h.credit_pos == "inside-first-paragraph" {
                    blocks.iter().position(is_p)
                } else {
                    blocks.iter().rposition(is_p)
                };
                let html = sh.put(Kind::AutoblogCredit, t);
                if let Some(at) = at {
                    if h.credit_pos == "inside-first-paragraph" {
                        pre[at] = format!("{html}{}", h.sep);
                    } else {
                        suf[at] = format!("{}{html}", h.sep);
                    }
                }
            }
            "top" => top.push(sh.put(Kind::AutoblogCredit, block)),
            "top-and-bottom" => {
                top.push(sh.put(Kind::AutoblogCredit, block));
                bottom.push(sh.put(Kind::AutoblogCredit, block));
            }
            "after-content" => after.push(sh.put(Kind::AutoblogCredit, block)),
            _ => bottom.push(sh.put(Kind::AutoblogCredit, block)),
        }
    }

    // The family's widgets.
    for &(wid, at, pct) in h.fam.widgets {
        if !rng.chance(pct) {
            continue;
        }
        let html = match wid {
            "toc" => {
                let heads: Vec<&str> = blocks
                    .iter()
                    .filter_map(|b| match b {
                        B::H(t) => Some(*t),
                        _ => None,
                    })
                    .collect();
                if heads.len() < 2 {
                    continue;
                }
                let numbered = rng.chance(50);
                let mut s = format!(
                    "<div id=\"toc_container\" class=\"toc-box\"><p class=\"toc_title\">{} <span class=\"toc_toggle\">[<a href=\"#\">{}</a>]</span></p><ul class=\"toc_list\">",
                    tr(&TOC_TITLE, lang),
                    tr(&TOC_TOGGLE, lang)
                );
                for (k, t) in heads.iter().enumerate() {
                    let num = if numbered {
                        format!("<span class=\"toc_number\">{}</span> ", k + 1)
                    } else {
                        String::new()
                    };
                    s.push_str(&format!(
                        "<li><a href=\"#{}\">{num}{t}</a></li>",
                        slugify(&inline_text(t))
                    ));
                }
                s.push_str("</ul></div>");
                sh.put(Kind::Toc, &s)
            }
            "breadcrumbs" => {
                let s = format!(
                    "<nav class=\"breadcrumbs\" aria-label=\"breadcrumb\"><a href=\"{}\">{}</a> » <a href=\"{}category/{}/\">{cat}</a> » <span class=\"current\">{}</span></nav>",
                    h.home,
                    tr(&HOME_WORD, lang),
                    h.home,
                    slugify(cat),
                    esc(story.title)
                );
                sh.put(Kind::Breadcrumbs, &s)
            }
            "tagline" => match h.tagline {
                Some(t) => sh.put(
                    Kind::HostTagline,
                    &format!("<p class=\"site-slogan\">{t}</p>"),
                ),
                None => continue,
            },
            _ => match widget_by_id(wid) {
                Some(w) => sh.put(w.kind, tr(&w.t, lang)),
                None => continue,
            },
        };
        match at {
            Meta => meta.push(html),
            Top => top.push(html),
            Middle => {
                let k = 1 + rng.below(blocks.len().saturating_sub(1).max(1));
                middle.push((k, html));
            }
            Bottom => bottom.push(html),
            After => after.push(html),
            End => end.push(html),
        }
    }

    // The skins' own chrome around the story.
    let by = format!("{} {}", tr(&ui::BY, lang), h.author);
    match skin {
        Skin::Blogger => {
            let (newer, older) = (
                part(tr(&ui::NEWER_OLDER, lang), 0),
                part(tr(&ui::NEWER_OLDER, lang), 1),
            );
            after.push(sh.put(
                Kind::PostMeta,
                &format!(
                    "<div class=\"post-footer\"><div class=\"post-footer-line\"><span class=\"post-author\">{} <span class=\"fn\">{}</span></span> <span class=\"post-timestamp\">at <a class=\"timestamp-link\" href=\"{page_url}\">9:41 AM</a></span></div><div class=\"post-labels\">{} <a href=\"{}search/label/{}\">{tag1}</a></div></div>",
                    tr(&ui::POSTED_BY, lang),
                    h.author,
                    tr(&ui::LABELS, lang),
                    h.home,
                    slugify(tag1)
                ),
            ));
            after.push(sh.put(
                Kind::Comments,
                &format!(
                    "<div class=\"comments\"><h4>{}</h4><p class=\"comment-footer\"><a href=\"#\">{}</a></p></div><div class=\"blog-pager\"><a class=\"blog-pager-newer-link\" href=\"{}\">{newer}</a> <a class=\"blog-pager-older-link\" href=\"{}\">{older}</a> <a class=\"home-link\" href=\"{}\">{}</a></div>",
                    tr(&ui::NO_COMMENTS, lang),
                    tr(&ui::POST_COMMENT, lang),
                    other_url(r(0)),
                    other_url(r(1)),
                    h.home,
                    tr(&HOME_WORD, lang)
                ),
            ));
        }
        Skin::MediumLike => {
            meta.push(sh.put(
                Kind::ReadingMeta,
                &format!(
                    "<div class=\"speechify-ignore\"><span>{} {}</span> · <span>{n}</span> · <button>{}</button> <button>{}</button></div>",
                    2 + rng.below(9),
                    tr(&ui::MIN_READ, lang),
                    tr(&ui::LISTEN, lang),
                    tr(&ui::SHARE, lang)
                ),
            ));
            after.push(sh.put(
                Kind::AuthorBox,
                &format!(
                    "<div class=\"written-by\"><h2>{} {}</h2><p>{} {}</p><button>{}</button></div>",
                    tr(&ui::WRITTEN_BY, lang),
                    h.author,
                    rng.digits(3),
                    tr(&ui::FOLLOWERS, lang),
                    tr(&ui::FOLLOW, lang)
                ),
            ));
        }
        Skin::Joomla => {
            let (pr, em) = (
                part(tr(&ui::PRINT_EMAIL, lang), 0),
                part(tr(&ui::PRINT_EMAIL, lang), 1),
            );
            meta.push(sh.put(
                Kind::PostMeta,
                &format!(
                    "<dl class=\"article-info\"><dd class=\"createdby\">{by}</dd><dd class=\"category-name\">{}: <a href=\"{}{}\">{cat}</a></dd><dd class=\"hits\">{}: {n}</dd></dl><ul class=\"actions\"><li class=\"print-icon\"><a href=\"#\">{pr}</a></li><li class=\"email-icon\"><a href=\"#\">{em}</a></li></ul>",
                    tr(&ui::CATEGORY, lang),
                    h.home,
                    slugify(cat),
                    tr(&ui::HITS, lang)
                ),
            ));
        }
        Skin::Drupal => {
            meta.push(sh.put(
                Kind::PostMeta,
                &format!(
                    "<div class=\"node__submitted\">{} <span class=\"field--name-uid\">{}</span> on <span class=\"field--name-created\">Tue, 05/14/2024 - 09:12</span></div>",
                    tr(&ui::SUBMITTED, lang),
                    h.author
                ),
            ));
            after.push(sh.put(
                Kind::CommentForm,
                &format!(
                    "<ul class=\"links inline\"><li class=\"comment-forbidden\"><a href=\"/user/login\">{}</a></li></ul>",
                    tr(&ui::LOGIN_TO_COMMENT, lang)
                ),
            ));
        }
        Skin::SiteBuilder => {
            after.push(sh.put(
                Kind::ReadingMeta,
                &format!(
                    "<div class=\"post-footer__stats\"><span>{n} {}</span> <span>{}</span> <button aria-label=\"like\">{}</button></div>",
                    tr(&ui::VIEWS, lang),
                    tr(&ui::COMMENTS0, lang),
                    tr(&ui::NOT_LIKED, lang)
                ),
            ));
            let rec = tr(&ui::RECENT, lang);
            after.push(sh.put(
                Kind::RelatedPosts,
                &format!(
                    "<section class=\"recent-posts\"><h2>{}</h2><a href=\"{}blog/\">{}</a><div><a href=\"{}\">{}</a></div><div><a href=\"{}\">{}</a></div></section>",
                    part(rec, 0),
                    h.home,
                    part(rec, 1),
                    other_url(r(0)),
                    esc(r(0).title),
                    other_url(r(1)),
                    esc(r(1).title)
                ),
            ));
        }
        Skin::Ghost => {
            let m = tr(&ui::MEMBERS, lang);
            after.push(sh.put(
                Kind::Newsletter,
                &format!(
                    "<section class=\"gh-cta\"><h3>{}</h3><form data-members-form><input type=\"email\" placeholder=\"{}\"><button>{}</button></form></section>",
                    part(m, 0),
                    part(m, 1),
                    part(m, 2)
                ),
            ));
        }
        Skin::Amp => {
            top.insert(
                0,
                sh.put(
                    Kind::AdSlot,
                    "<amp-ad width=\"300\" height=\"250\" type=\"adsense\" data-ad-client=\"ca-pub-{n}\"></amp-ad>",
                ),
            );
        }
        Skin::Magazine => {
            after.push(sh.put(
                Kind::Sidebar,
                &format!(
                    "<div class=\"td_block_wrap\"><h4 class=\"block-title\"><span>{}</span></h4><div class=\"td-module\"><a href=\"{}\">{}</a></div><div class=\"td-module\"><a href=\"{}\">{}</a></div></div>",
                    tr(&ui::MUST_READ, lang),
                    other_url(r(0)),
                    esc(r(0).title),
                    other_url(r(2)),
                    esc(r(2).title)
                ),
            ));
        }
        _ => {}
    }

    // The content: top noise, the story with the middle noise, bottom.
    let mut items: Vec<String> = top;
    let mut expected = Vec::new();
    middle.sort_by_key(|(k, _)| *k);
    let mut mid = middle.into_iter().peekable();
    for (k, b) in blocks.iter().enumerate() {
        while let Some((_, html)) = mid.next_if(|(at, _)| *at == k) {
            items.push(html);
        }
        let (html, units) = block_html(skin, b, &pre[k], &suf[k]);
        items.push(html);
        expected.extend(units);
    }
    items.extend(mid.map(|(_, html)| html));
    items.extend(bottom);
    let content = content_html(skin, rng, &items);

    // The page around it.
    let html_lang = ["en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR"][l];
    let menu_html = {
        let m: Vec<&str> = cats.to_vec();
        menu(&h.home, &m, "menu", "menu-item")
    };
    let header_menu = sh.put(Kind::Header, &menu_html);
    let brand = if h.og && rng.chance(50) {
        format!(
            "<a class=\"custom-logo-link\" href=\"{}\"><img src=\"{}wp-content/uploads/logo.png\" alt=\"{}\" width=\"180\" height=\"40\"></a>",
            h.home,
            h.home,
            esc(&h.site)
        )
    } else {
        format!(
            "<p class=\"site-title\"><a href=\"{}\" rel=\"home\">{}</a></p>",
            h.home,
            esc(&h.site)
        )
    };
    let tagline_header = match h.tagline {
        Some(t) if h.tagline_in_header => format!("<p class=\"site-description\">{t}</p>"),
        _ => String::new(),
    };
    let sidebar = sh.put(
        Kind::Sidebar,
        &format!(
            "<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget\"><h2 class=\"widget-title\">{}</h2><ul><li><a href=\"{}\">{}</a></li><li><a href=\"{}\">{}</a></li></ul></section></aside>",
            tr(&ui::STAY_CONNECTED, lang),
            other_url(r(1)),
            esc(r(1).title),
            other_url(r(2)),
            esc(r(2).title)
        ),
    );
    let footer = sh.put(
        Kind::Footer,
        &format!(
            "<footer class=\"site-footer\"><div class=\"site-info\">© 2024 {} · <a href=\"{}privacy/\">Privacy</a> · <a href=\"{}contact/\">Contact</a></div></footer>",
            esc(&h.site),
            h.home,
            h.home
        ),
    );
    let title_sep = if h.og { " - " } else { " | " };
    let amp_attr = if skin == Skin::Amp { " amp" } else { "" };
    let mut signals = Vec::new();
    if h.og {
        signals.push("og:site_name");
    }
    signals.push("title suffix");
    signals.push("header brand");
    let entry_meta = format!(
        "<div class=\"entry-meta\"><span class=\"byline\">{}</span> <time datetime=\"2024-05-14T09:12:00+00:00\">{}</time></div>",
        esc(&by),
        tr(&DATES, lang)
    );
    let mut noise = std::mem::take(&mut sh.noise);
    // The byline and date line is the theme's own post meta.
    for line in visible_lines(&entry_meta) {
        noise.push((Kind::PostMeta, line));
    }
    let mut html = format!(
        "<!DOCTYPE html>\n<html{amp_attr} lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}{title_sep}{}</title>\n{}<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"{}\">\n<link rel=\"canonical\" href=\"{page_url}\">\n</head>\n<body class=\"post-template-default single single-post\">\n",
        esc(story.title),
        esc(&h.site),
        og_site_name(h.og, &h.site),
        esc(story.title)
    );
    html.push_str(&format!(
        "<header id=\"masthead\" class=\"site-header\"><div class=\"site-branding\">{brand}{tagline_header}</div><nav class=\"main-navigation\">{header_menu}</nav></header>\n"
    ));
    if skin == Skin::Amp {
        let s = fill(
            &format!(
                "<div class=\"amp-wp-meta\"><a href=\"{{page}}\">{}</a></div>\n",
                tr(&ui::NON_AMP, lang)
            ),
            &sh.pairs,
        );
        for line in visible_lines(&s) {
            noise.push((Kind::Header, line));
        }
        html.push_str(&s);
    }
    html.push_str(&format!(
        "<div id=\"content\" class=\"site-content\"><main id=\"main\" class=\"site-main\">\n<article id=\"post-{}\" class=\"post type-post status-publish\">\n<header class=\"entry-header\"><h1 class=\"entry-title\">{}</h1>{entry_meta}{}</header>\n{content}\n{}\n</article>\n</main>\n{sidebar}\n</div>\n{footer}\n{}\n</body>\n</html>\n",
        rng.digits(5),
        esc(story.title),
        meta.join("\n"),
        after.join("\n"),
        end.join("\n")
    ));
    let (source_url, source_name) = match h.credit.map(|c| c.src) {
        Some(Src::Url) => (Some(outlet_url), None),
        Some(Src::Home) => (Some(h.outlet.1.to_string()), None),
        Some(Src::Name) => (None, Some(h.outlet.0.to_string())),
        None => (None, None),
    };
    Composition {
        id,
        host_group: group,
        theme: h.fam.id,
        lang,
        url: page_url,
        html,
        expected,
        source_url,
        source_name,
        site_name: h.site.clone(),
        credit: h.credit.map(|c| c.id),
        credit_plugin: h.credit.map(|c| c.plugin),
        credit_pos: h.credit.map(|_| h.credit_pos),
        host_tagline: h.tagline.map(str::to_string),
        tagline_in_header: h.tagline_in_header,
        noise,
        site_signals: signals.join(" + "),
        ends_on_heading: matches!(blocks.last(), Some(B::H(_))),
    }
}

/// Compositions of a set, at least, that shows every family, credit,
/// language and credit position ([`self_check`]); smaller sets are drawn
/// as they fall.
const VARIED_SET: usize = 500;

/// `n` compositions (rounded up to whole hosts) from `seed`, numbered
/// from `first_id`, hosts from `first_group`.
pub fn generate_families3(
    n: usize,
    seed: u64,
    first_id: usize,
    first_group: usize,
) -> Vec<Composition> {
    let drawn = draw_families3(n, seed, first_id, first_group, &[]);
    // The positions the families print credits at that no host drew: the
    // set's last hosts are drawn again, one forced to each. A draw that
    // covers them all (every recorded seed's) is returned as it is.
    let positions: BTreeSet<&str> = drawn.iter().filter_map(|c| c.credit_pos).collect();
    let missing: Vec<&'static str> = FAMILIES
        .iter()
        .flat_map(|f| f.positions.iter().copied())
        .collect::<BTreeSet<&'static str>>()
        .into_iter()
        .filter(|p| !positions.contains(p))
        .collect();
    if missing.is_empty() || n < VARIED_SET {
        return drawn;
    }
    let host_count = drawn
        .iter()
        .map(|c| c.host_group)
        .collect::<BTreeSet<_>>()
        .len();
    let mut forced = vec![None; host_count.saturating_sub(missing.len())];
    forced.extend(missing.into_iter().map(Some));
    draw_families3(n, seed, first_id, first_group, &forced)
}

/// The set as drawn from `seed`, the `k`-th host at the credit position
/// `forced[k]` when it names one.
fn draw_families3(
    n: usize,
    seed: u64,
    first_id: usize,
    first_group: usize,
    forced: &[Option<&'static str>],
) -> Vec<Composition> {
    let mut k = 0;
    hosts(n, seed, first_id, first_group, |rng, id, group| {
        let h = host_of(rng, forced.get(k).copied().flatten());
        k += 1;
        let mut stories = stories_in(h.lang);
        rng.shuffle(&mut stories);
        // A host whose articles look like spam copies one of them first.
        if rng.chance(30) {
            if let Some(k) = stories
                .iter()
                .position(|s| F3_STORIES.iter().any(|f| f.slug == s.slug))
            {
                stories.swap(0, k);
            }
        }
        let pages = (3 + rng.below(3)).min(stories.len());
        (0..pages)
            .map(|i| {
                let others: Vec<&'static Story> = stories
                    .iter()
                    .copied()
                    .filter(|s| s.slug != stories[i].slug)
                    .take(3)
                    .collect();
                page_of(rng, &h, stories[i], &others, id + i, group)
            })
            .collect()
    })
}

/// The set's own consistency: every page passes the shared check, the
/// set is as varied as it says (families, credits, languages, the three
/// kinds of source, the articles that look like spam), and no noise line
/// of a page is one of its article's blocks.
pub fn self_check(set: &[Composition]) -> Result<(), String> {
    for c in set {
        super::page::check(c)?;
        if c.expected.len() < 5 {
            return Err(format!("composition {}: short article", c.id));
        }
        if c.source_url.is_some() && c.source_name.is_some() {
            return Err(format!("composition {}: both a url and a name", c.id));
        }
    }
    if set.len() >= VARIED_SET {
        let fams: BTreeSet<&str> = set.iter().map(|c| c.theme).collect();
        if fams.len() < 20 {
            return Err(format!("only {} families: {fams:?}", fams.len()));
        }
        let credits: BTreeSet<&str> = set.iter().filter_map(|c| c.credit).collect();
        if credits.len() < 20 {
            return Err(format!("only {} credits: {credits:?}", credits.len()));
        }
        let langs: BTreeSet<&str> = set.iter().map(|c| c.lang.code()).collect();
        if langs.len() < F3_LANGS.len() {
            return Err(format!("languages: {langs:?}"));
        }
        let positions: BTreeSet<&str> = set.iter().filter_map(|c| c.credit_pos).collect();
        if positions.len() < 6 {
            return Err(format!("credit positions: {positions:?}"));
        }
        if !set.iter().any(|c| c.source_name.is_some())
            || !set
                .iter()
                .any(|c| c.source_url.is_none() && c.source_name.is_none())
        {
            return Err("no outlet named without a link, or no page without a source".into());
        }
        let lookalikes = set
            .iter()
            .filter(|c| F3_STORIES.iter().any(|s| c.url.contains(s.slug)))
            .count();
        if lookalikes < 30 {
            return Err(format!("only {lookalikes} articles that look like spam"));
        }
    }
    Ok(())
}
