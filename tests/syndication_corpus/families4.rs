//! The fourth red team's family set (issue 16's fourth held-out check):
//! copied articles in eight languages and scripts the earlier sets do not
//! print (Indonesian, Vietnamese, Turkish, Russian, Polish, Arabic right
//! to left, Japanese and Chinese with full-width punctuation), on the
//! skins feed importers publish into (a classic blog theme, a news
//! magazine, Elementor, Blogger, AMP, a news aggregator's story page, a
//! Chinese portal, a Japanese "matome" blog), with importer credits set in
//! `<small>`, `<sub>`, tables, blockquotes, definition lists and `<aside>`
//! boxes inside the post, and the chat, consent, newsletter and push
//! widgets of those languages. The article bodies (`STORIES4`) say source,
//! chat, subscribe, cookies and advertisement in their own sentences.
//!
//! Written without reading the stripper or the other generators'
//! vocabularies; only the shared plumbing (`page.rs`) is common. The
//! composition's `lang` is `Lang::En` for every page (the shared type has
//! none of these languages); the host's top-level domain tells it.

use super::families4_vocab::{ui, Story4, Ui, B4, CHATS, CONSENTS, IMG_NAMES, L4_ALL, STORIES4};
use super::page::{
    bare_domain, esc, fill, hosts, inline_text, og_site_name, slugify, Composition, Kind, Record,
    Rng, Sheet,
};
use super::vocab::Lang;
use std::collections::BTreeSet;

/// Mixed into the seed: the set's own stream, apart from the others'.
pub const FAMILIES4_SEED_SALT: u64 = 0x4f4a_91c3_d27e_0b65;

/// The skin a family's pages are made with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Skin {
    Classic,
    Newsmag,
    Elementor,
    Blogger,
    Amp,
    Aggregator,
    ZhPortal,
    JaMatome,
}

/// Where a widget goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    /// Under the headline.
    Meta,
    /// Inside the content, before the story.
    Top,
    /// Between two story blocks.
    Middle,
    /// Inside the content, after the story.
    Bottom,
    /// After the content container.
    After,
    /// At the end of the body.
    End,
}
use At::*;

/// What an importer's credit tells.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Src {
    Url,
    Home,
    Name,
}

/// An importer's credit: its block, and its inline form glued into a
/// paragraph when it has one.
struct Credit4 {
    id: &'static str,
    plugin: &'static str,
    src: Src,
    block: &'static str,
    inline: Option<&'static str>,
}

static CREDITS4: &[Credit4] = &[
    Credit4 {
        id: "f4-wprss-source",
        plugin: "WP RSS Aggregator",
        src: Src::Url,
        block: "<p class=\"wprss-feed-source\">{source}{colon}<a href=\"{url}\" rel=\"nofollow noopener\" target=\"_blank\">{outlet}</a></p>",
        inline: Some("{source}{colon}<a href=\"{url}\" rel=\"nofollow\">{outlet}</a>"),
    },
    Credit4 {
        id: "f4-appeared-first",
        plugin: "Feed to Post",
        src: Src::Url,
        block: "<p class=\"wprss-appeared\">{appeared}</p>",
        inline: None,
    },
    Credit4 {
        id: "f4-wpematico-small",
        plugin: "WPeMatico",
        src: Src::Url,
        block: "<p><small class=\"wpematico-source\">{source}{colon}<a href=\"{url}\">{domain}</a></small></p>",
        inline: Some("<small>{lp}{source}{colon}<a href=\"{url}\">{domain}</a>{rp}</small>"),
    },
    Credit4 {
        id: "f4-feedwordpress-sub",
        plugin: "FeedWordPress",
        src: Src::Url,
        block: "<div class=\"syndicated-attribution\"><sub>{readmore} <a href=\"{url}\">{outlet}</a></sub></div>",
        inline: Some("<sub>{readmore} <a href=\"{url}\">{outlet}</a></sub>"),
    },
    Credit4 {
        id: "f4-cyberseo-table",
        plugin: "CyberSEO Pro",
        src: Src::Url,
        block: "<table class=\"cyberseo-source\"><tbody><tr><td><strong>{source}</strong></td><td><a href=\"{url}\">{url}</a></td></tr></tbody></table>",
        inline: None,
    },
    Credit4 {
        id: "f4-quote-cite",
        plugin: "matome quote block",
        src: Src::Url,
        block: "<blockquote class=\"source-quote\"><p><cite>{source}{colon}<a href=\"{url}\" target=\"_blank\">{outlet}</a></cite></p></blockquote>",
        inline: None,
    },
    Credit4 {
        id: "f4-dl-source",
        plugin: "news theme source field",
        src: Src::Home,
        block: "<dl class=\"post-source\"><dt>{source}</dt><dd><a href=\"{home}\">{outlet}</a></dd></dl>",
        inline: None,
    },
    Credit4 {
        id: "f4-feedzy-aside",
        plugin: "Feedzy",
        src: Src::Url,
        block: "<aside class=\"feedzy-source-box\"><span class=\"feedzy-label\">{source}{colon}</span><a href=\"{url}\" target=\"_blank\" rel=\"noopener\">{outlet}</a></aside>",
        inline: None,
    },
    Credit4 {
        id: "f4-first-published",
        plugin: "syndication partner note",
        src: Src::Url,
        block: "<p class=\"syndication-note\"><em>{firstpub}</em></p>",
        inline: Some("<em>{firstpub}</em>"),
    },
    Credit4 {
        id: "f4-name-only",
        plugin: "spinner footer",
        src: Src::Name,
        block: "<p class=\"source-line\"><strong>{source}{colon}</strong>{outlet}</p>",
        inline: Some("{lp}{source}{colon}{outlet}{rp}"),
    },
    Credit4 {
        id: "f4-amp-source",
        plugin: "AMP importer",
        src: Src::Url,
        block: "<div class=\"amp-wp-source\"><p>{source}{colon}<a href=\"{url}\">{domain}</a></p></div>",
        inline: None,
    },
    Credit4 {
        id: "f4-feedzy-button",
        plugin: "Feedzy read more",
        src: Src::Url,
        block: "<p class=\"feedzy-rss-link\"><a class=\"button\" href=\"{url}\" target=\"_blank\" rel=\"noopener\">{readmore} {outlet} \u{bb}</a></p>",
        inline: None,
    },
    Credit4 {
        id: "f4-blogger-gadget",
        plugin: "Blogger feed gadget",
        src: Src::Home,
        block: "<div class=\"feed-credit\"><span>{source}{colon}</span><a href=\"{home}\">{domain}</a></div>",
        inline: None,
    },
    Credit4 {
        id: "f4-bracket",
        plugin: "spinner footer",
        src: Src::Url,
        block: "<p>[{source}{colon}<a href=\"{url}\">{outlet}</a>]</p>",
        inline: Some("[{source}{colon}<a href=\"{url}\">{outlet}</a>]"),
    },
];

/// One family: an ecosystem a copied article ends up in.
struct Family {
    id: &'static str,
    skin: Skin,
    credits: &'static [&'static str],
    positions: &'static [&'static str],
    /// Widget id, where, chance in percent per page.
    widgets: &'static [(&'static str, At, u32)],
    /// Chance in percent that a host copies without a credit.
    bare: u32,
}

static FAMILIES4: &[Family] = &[
    Family {
        id: "f4-wprss-classic",
        skin: Skin::Classic,
        credits: &["f4-wprss-source", "f4-appeared-first"],
        positions: &["bottom", "after-content", "inside-last-paragraph"],
        widgets: &[
            ("share", Bottom, 60),
            ("related", After, 60),
            ("comment", End, 60),
            ("consent", End, 50),
            ("newsletter", After, 40),
        ],
        bare: 10,
    },
    Family {
        id: "f4-wpematico-newsmag",
        skin: Skin::Newsmag,
        credits: &["f4-wpematico-small", "f4-dl-source"],
        positions: &["bottom", "top", "inside-last-paragraph"],
        widgets: &[
            ("read-also", Middle, 70),
            ("ad", Middle, 60),
            ("views", Meta, 50),
            ("tags", After, 60),
            ("follow", Bottom, 50),
            ("chat", End, 40),
        ],
        bare: 10,
    },
    Family {
        id: "f4-feedwordpress-blog",
        skin: Skin::Classic,
        credits: &["f4-feedwordpress-sub", "f4-first-published"],
        positions: &["bottom", "inside-last-paragraph", "top"],
        widgets: &[
            ("caption", Top, 50),
            ("copyright", Bottom, 50),
            ("comment", End, 50),
            ("tagline", Bottom, 100),
        ],
        bare: 10,
    },
    Family {
        id: "f4-cyberseo-elementor",
        skin: Skin::Elementor,
        credits: &["f4-cyberseo-table", "f4-feedzy-button"],
        positions: &["bottom", "after-content"],
        widgets: &[
            ("push", End, 60),
            ("share", Top, 50),
            ("newsletter", Bottom, 40),
            ("chat", End, 50),
            ("disclaimer", Bottom, 40),
        ],
        bare: 0,
    },
    Family {
        id: "f4-feedzy-aside",
        skin: Skin::Newsmag,
        credits: &["f4-feedzy-aside", "f4-wprss-source"],
        positions: &["top", "bottom", "after-content"],
        widgets: &[
            ("ad", Middle, 70),
            ("scroll", Middle, 40),
            ("related", After, 50),
            ("consent", End, 50),
        ],
        bare: 5,
    },
    Family {
        id: "f4-blogger-feed",
        skin: Skin::Blogger,
        credits: &["f4-blogger-gadget", "f4-bracket", "f4-name-only"],
        positions: &["bottom", "inside-last-paragraph", "inside-first-paragraph"],
        widgets: &[
            ("caption", Top, 50),
            ("ad", Middle, 40),
            ("sitename", Bottom, 40),
        ],
        bare: 15,
    },
    Family {
        id: "f4-amp-autoblog",
        skin: Skin::Amp,
        credits: &["f4-amp-source", "f4-wprss-source", "f4-first-published"],
        positions: &["bottom", "top", "inside-last-paragraph"],
        widgets: &[
            ("amp-ad", Middle, 70),
            ("consent", End, 50),
            ("related", After, 40),
        ],
        bare: 5,
    },
    Family {
        id: "f4-aggregator-cards",
        skin: Skin::Aggregator,
        credits: &["f4-feedzy-button", "f4-dl-source", "f4-name-only"],
        positions: &["bottom", "top", "after-content"],
        widgets: &[
            ("cards", After, 90),
            ("follow", Bottom, 50),
            ("views", Meta, 60),
            ("push", End, 40),
        ],
        bare: 0,
    },
    Family {
        id: "f4-zh-portal",
        skin: Skin::ZhPortal,
        credits: &["f4-wpematico-small", "f4-bracket", "f4-appeared-first"],
        positions: &["bottom", "inside-last-paragraph", "top-and-bottom"],
        widgets: &[
            ("read-also", Middle, 50),
            ("follow", Bottom, 60),
            ("chat", End, 60),
            ("copyright", Bottom, 50),
        ],
        bare: 10,
    },
    Family {
        id: "f4-ja-matome",
        skin: Skin::JaMatome,
        credits: &["f4-quote-cite", "f4-feedwordpress-sub"],
        positions: &["bottom", "top", "after-content"],
        widgets: &[
            ("share", Bottom, 70),
            ("cards", After, 50),
            ("ad", Middle, 50),
            ("tagline", Bottom, 100),
        ],
        bare: 5,
    },
    Family {
        id: "f4-spinner-elementor",
        skin: Skin::Elementor,
        credits: &["f4-name-only", "f4-bracket", "f4-first-published"],
        positions: &["inside-first-paragraph", "inside-last-paragraph", "bottom"],
        widgets: &[
            ("caption", Top, 40),
            ("newsletter", After, 50),
            ("consent", End, 50),
            ("disclaimer", Top, 30),
        ],
        bare: 10,
    },
    Family {
        id: "f4-rss-newsmag-aside",
        skin: Skin::Newsmag,
        credits: &["f4-feedzy-aside", "f4-cyberseo-table", "f4-appeared-first"],
        positions: &["bottom", "after-content", "top"],
        widgets: &[
            ("breadcrumbs", Meta, 70),
            ("tags", After, 50),
            ("push", End, 40),
            ("chat", End, 40),
            ("read-also", Middle, 40),
        ],
        bare: 5,
    },
];

/// A host: one spam site of a family, in one language.
struct Host {
    fam: &'static Family,
    ui: &'static Ui,
    site: String,
    home: String,
    tagline: Option<&'static str>,
    tagline_in_header: bool,
    og: bool,
    credit: Option<&'static Credit4>,
    pos_pref: usize,
    outlet: (&'static str, &'static str),
    chat: (&'static str, &'static str),
    consent: (&'static str, &'static str),
    consent_first: bool,
}

fn host_of(rng: &mut Rng) -> Host {
    let fam = rng.pick(FAMILIES4);
    let lang = *rng.pick(&L4_ALL);
    let ui = ui(lang);
    let site = rng.pick_str(&ui.sites).to_string();
    let home = format!(
        "https://{}-{}{}{}/",
        &ui.html_lang[..2],
        rng.pick_str(&["news", "info", "portal", "daily", "media"]),
        rng.digits(3),
        ui.tld
    );
    let tagline = if rng.chance(60) {
        Some(rng.pick_str(&ui.taglines))
    } else {
        None
    };
    let tagline_in_header = tagline.is_some() && rng.chance(50);
    let credit = if rng.chance(fam.bare) {
        None
    } else {
        let id = rng.pick_str(fam.credits);
        CREDITS4.iter().find(|c| c.id == id)
    };
    Host {
        fam,
        ui,
        site,
        home,
        tagline,
        tagline_in_header,
        og: rng.chance(75),
        credit,
        pos_pref: rng.below(100),
        outlet: *rng.pick(&ui.outlets),
        chat: *rng.pick(CHATS),
        consent: *rng.pick(CONSENTS),
        consent_first: rng.chance(50),
    }
}

/// The page being built: its record and its placeholders.
struct Sheet4 {
    record: Record,
    pairs: Vec<(&'static str, String)>,
}

impl Sheet for Sheet4 {
    fn record(&mut self) -> &mut Record {
        &mut self.record
    }

    fn fill(&self, template: &str) -> String {
        fill(template, &self.pairs)
    }
}

/// A story block's HTML in a skin, with what a credit glued into it.
fn block_html(skin: Skin, b: &B4, pre: &str, suf: &str) -> String {
    match b {
        B4::P(t) => match skin {
            Skin::Blogger => format!("<div>{pre}{t}{suf}</div><div><br></div>"),
            Skin::ZhPortal => {
                format!("<p style=\"text-indent:2em\"><span>{pre}{t}{suf}</span></p>")
            }
            _ => format!("<p>{pre}{t}{suf}</p>"),
        },
        B4::H(t) => match skin {
            Skin::Blogger => format!("<h3>{t}</h3>"),
            Skin::ZhPortal => format!("<p><strong>{t}</strong></p>"),
            _ => format!("<h2>{t}</h2>"),
        },
        B4::Ul(items) => {
            let lis: String = items.iter().map(|i| format!("<li>{i}</li>")).collect();
            format!("<ul>{lis}</ul>")
        }
        B4::Q(t) => format!("<blockquote><p>{t}</p></blockquote>"),
    }
}

fn expected_of(b: &B4, out: &mut Vec<String>) {
    match b {
        B4::P(t) | B4::H(t) | B4::Q(t) => out.push(inline_text(t)),
        B4::Ul(items) => out.extend(items.iter().map(|i| inline_text(i))),
    }
}

/// Share networks a language's sites show.
fn networks(ui: &Ui) -> &'static [&'static str] {
    match ui.lang {
        super::families4_vocab::L4::Vi => &["Facebook", "Zalo", "Twitter"],
        super::families4_vocab::L4::Ru => &["ВКонтакте", "Одноклассники", "Telegram"],
        super::families4_vocab::L4::Ja => &["X", "LINE", "はてブ"],
        super::families4_vocab::L4::Zh => &["微信", "微博", "QQ空间"],
        _ => &["Facebook", "WhatsApp", "Telegram"],
    }
}

/// A widget's HTML by id (recorded as noise of its kind).
fn widget(sh: &mut Sheet4, h: &Host, id: &str, rng: &mut Rng) -> String {
    let ui = h.ui;
    match id {
        "share" => {
            let links: String = networks(ui)
                .iter()
                .map(|n| format!("<li><a href=\"#\" class=\"share-{}\">{n}</a></li>", slugify(n)))
                .collect();
            sh.filled(
                Kind::ShareBar,
                &format!("<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">{}{}</h3><ul class=\"share-buttons\">{links}</ul></div>", ui.share, ui.colon.trim_end()),
            )
        }
        "related" => sh.filled(
            Kind::RelatedPosts,
            &format!("<div class=\"jp-relatedposts\"><h3 class=\"jp-relatedposts-headline\">{}</h3><ul><li><a href=\"{{r1href}}\">{{r1}}</a></li><li><a href=\"{{r2href}}\">{{r2}}</a></li></ul></div>", ui.related),
        ),
        "comment" => sh.filled(
            Kind::CommentForm,
            &format!("<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\">{}</h3><form class=\"comment-form\"><p><label for=\"author\">{}</label><input id=\"author\" type=\"text\"></p><p><label for=\"email\">{}</label><input id=\"email\" type=\"email\"></p><p class=\"form-submit\"><button type=\"submit\">{}</button></p></form></div>", ui.comment[0], ui.comment[1], ui.comment[2], ui.comment[3]),
        ),
        "consent" => sh.filled(Kind::CookieBanner, h.consent.1),
        "newsletter" => sh.filled(
            Kind::Newsletter,
            &format!("<div class=\"mc4wp-form newsletter-box\"><h3>{}</h3><p>{}</p><form><input type=\"email\" name=\"EMAIL\" placeholder=\"email@example.com\"><button type=\"submit\">{}</button></form></div>", ui.newsletter[0], ui.newsletter[1], ui.newsletter[2]),
        ),
        "read-also" => sh.filled(
            Kind::InlineRelated,
            &format!("<p class=\"baca-juga\"><strong>{}{}</strong><a href=\"{{r1href}}\">{{r1}}</a></p>", ui.read_also, ui.colon),
        ),
        "ad" => sh.filled(
            Kind::AdSlot,
            &format!("<div class=\"code-block code-block-{}\"><span class=\"ad-label\">{}</span><ins class=\"adsbygoogle\" data-ad-slot=\"{{n}}\"></ins></div>", 1 + rng.below(6), ui.ad),
        ),
        "amp-ad" => sh.filled(
            Kind::AdSlot,
            &format!("<amp-ad width=\"300\" height=\"250\" type=\"adsense\" data-ad-slot=\"{{n}}\"><div placeholder>{}</div></amp-ad>", ui.ad),
        ),
        "scroll" => sh.filled(
            Kind::AdSlot,
            &format!("<div class=\"parallax-ad\"><p class=\"para_caption\">{}</p><div class=\"ad-slot\"></div></div>", ui.scroll),
        ),
        "views" => sh.filled(
            Kind::ReadingMeta,
            &format!("<div class=\"post-views\"><span class=\"views-count\">{}</span></div>", ui.views),
        ),
        "tags" => sh.filled(
            Kind::PostMeta,
            &format!("<div class=\"post-tags\"><span>{}{}</span><a href=\"{{home}}tag/t-0/\" rel=\"tag\">{}</a> <a href=\"{{home}}tag/t-1/\" rel=\"tag\">{}</a></div>", ui.tags, ui.colon, ui.tag_words[0], ui.tag_words[1]),
        ),
        "follow" => sh.filled(
            Kind::FollowBox,
            &format!("<p class=\"gnews-follow\"><a href=\"https://news.google.com/publications/CAAq{{n}}\" target=\"_blank\">{}</a></p>", ui.follow_news),
        ),
        "chat" => sh.filled(Kind::ChatWidget, h.chat.1),
        "push" => sh.filled(
            Kind::PushPrompt,
            &format!("<div id=\"onesignal-slidedown-container\" class=\"onesignal-slidedown-container\"><div class=\"slidedown-body-message\">{}</div><div class=\"slidedown-footer\"><button class=\"align-right primary slidedown-button\">{}</button><button class=\"align-right secondary slidedown-button\">{}</button></div></div>", ui.push[0], ui.push[1], ui.push[2]),
        ),
        "caption" => {
            let img = fill(rng.pick_str(IMG_NAMES), &[("{n}", rng.digits(6))]);
            sh.filled(
                Kind::CaptionFilename,
                &format!("<figure class=\"wp-block-image size-large\"><img src=\"{{home}}wp-content/uploads/2024/05/{img}\" alt=\"\"><figcaption class=\"wp-element-caption\">{img}</figcaption></figure>"),
            )
        }
        "copyright" => sh.filled(
            Kind::SelfPromo,
            &format!("<p class=\"post-copyright\">{}</p>", ui.copyright),
        ),
        "disclaimer" => sh.filled(
            Kind::Disclaimer,
            &format!("<p class=\"rss-disclaimer\"><em>{}</em></p>", ui.auto_note),
        ),
        "sitename" => sh.filled(
            Kind::SiteNameLine,
            "<p class=\"site-signature\"><strong>{site}</strong></p>",
        ),
        "tagline" => match h.tagline {
            Some(t) => sh.noise(
                Kind::HostTagline,
                format!("<p class=\"site-description-repeat\"><em>{}</em></p>", esc(t)),
            ),
            None => String::new(),
        },
        "breadcrumbs" => sh.filled(
            Kind::Breadcrumbs,
            &format!("<nav class=\"breadcrumb\"><a href=\"{{home}}\">{}</a> \u{bb} <a href=\"{{home}}category/cat-0/\">{}</a></nav>", ui.home, ui.menu[0]),
        ),
        "cards" => sh.filled(
            Kind::PostGrid,
            &format!("<section class=\"story-cards\"><h2 class=\"cards-title\">{}</h2><div class=\"card\"><a href=\"{{r1href}}\"><h3 class=\"card-title\">{{r1}}</h3></a><span class=\"card-source\">{{outlet2}}</span></div><div class=\"card\"><a href=\"{{r2href}}\"><h3 class=\"card-title\">{{r2}}</h3></a><span class=\"card-source\">{{outlet3}}</span></div><a class=\"cards-more\" href=\"{{home}}\">{}</a></section>", ui.popular, ui.see_all),
        ),
        _ => String::new(),
    }
}

/// Where a host's credit stands on this page.
fn credit_pos(h: &Host, c: &Credit4, rng: &mut Rng) -> &'static str {
    let ps = h.fam.positions;
    let mut pos = ps[(h.pos_pref + rng.below(2)) % ps.len()];
    if pos.starts_with("inside") && c.inline.is_none() {
        pos = "bottom";
    }
    pos
}

/// One page of a host.
#[allow(clippy::too_many_lines)]
fn page_of(
    rng: &mut Rng,
    h: &Host,
    story: &'static Story4,
    others: &[&'static Story4],
    id: usize,
    group: usize,
) -> Composition {
    let ui = h.ui;
    let skin = h.fam.skin;
    let page_url = format!("{}{}/", h.home, story.slug);
    let other_url = |s: &Story4| format!("{}{}/", h.home, s.slug);
    let r = |i: usize| others.get(i).copied().unwrap_or(story);
    let outlet_url = match rng.below(3) {
        0 => format!("{}2024/05/14/{}/", h.outlet.1, story.slug),
        1 => format!("{}news/{}-{}.html", h.outlet.1, story.slug, rng.digits(6)),
        _ => format!("{}read/{}", h.outlet.1, rng.digits(8)),
    };
    let (lp, rp) = if ui.colon.starts_with('\u{ff1a}') {
        ("\u{ff08}", "\u{ff09}")
    } else {
        ("(", ")")
    };
    let title = esc(story.title);
    let outlet = esc(h.outlet.0);
    let appeared = fill(
        ui.appeared_first,
        &[
            ("{title}", format!("<a href=\"{outlet_url}\">{title}</a>")),
            ("{link}", format!("<a href=\"{}\">{outlet}</a>", h.outlet.1)),
        ],
    );
    let firstpub = fill(
        ui.first_published,
        &[
            ("{link}", format!("<a href=\"{outlet_url}\">{outlet}</a>")),
            ("{title}", title.clone()),
        ],
    );
    let others_outlets: Vec<&str> = ui
        .outlets
        .iter()
        .map(|o| o.0)
        .filter(|o| *o != h.outlet.0)
        .collect();
    let mut sh = Sheet4 {
        record: Record::default(),
        pairs: vec![
            ("{appeared}", appeared),
            ("{firstpub}", firstpub),
            ("{readmore}", ui.read_more_at.to_string()),
            ("{source}", ui.source.to_string()),
            ("{colon}", ui.colon.to_string()),
            ("{lp}", lp.to_string()),
            ("{rp}", rp.to_string()),
            ("{url}", outlet_url.clone()),
            ("{home}", h.home.clone()),
            (
                "{outlet2}",
                esc(others_outlets.first().copied().unwrap_or("")),
            ),
            (
                "{outlet3}",
                esc(others_outlets.get(1).copied().unwrap_or("")),
            ),
            ("{outlet}", outlet.clone()),
            ("{domain}", bare_domain(h.outlet.1)),
            ("{r1href}", other_url(r(0))),
            ("{r2href}", other_url(r(1))),
            ("{r1}", esc(r(0).title)),
            ("{r2}", esc(r(1).title)),
            ("{site}", esc(&h.site)),
            ("{n}", rng.digits(4)),
            ("{c0}", ui.chat[0].to_string()),
            ("{c1}", ui.chat[1].to_string()),
            ("{c2}", ui.chat[2].to_string()),
            ("{k0}", ui.cookie[0].to_string()),
            ("{k1}", ui.cookie[1].to_string()),
            ("{k2}", ui.cookie[2].to_string()),
        ],
    };
    // `{home}` is the host's; a credit's `{home}` is the outlet's, put in
    // before the page's placeholders are filled.
    let mut expected = Vec::new();
    for b in story.blocks {
        expected_of(b, &mut expected);
    }
    let mut pre: Vec<String> = vec![String::new(); story.blocks.len()];
    let mut suf: Vec<String> = vec![String::new(); story.blocks.len()];
    let mut top: Vec<String> = Vec::new();
    let mut middle: Vec<(usize, String)> = Vec::new();
    let mut bottom: Vec<String> = Vec::new();
    let mut after: Vec<String> = Vec::new();
    let mut meta: Vec<String> = Vec::new();
    let mut end: Vec<String> = Vec::new();
    let mut start = String::new();
    let (mut source_url, mut source_name) = (None, None);
    let mut credit_at = None;
    if let Some(c) = h.credit {
        let pos = credit_pos(h, c, rng);
        credit_at = Some(pos);
        match c.src {
            Src::Url => source_url = Some(outlet_url.clone()),
            Src::Home => source_url = Some(h.outlet.1.to_string()),
            Src::Name => source_name = Some(h.outlet.0.to_string()),
        }
        let block = c.block.replace("{home}", h.outlet.1);
        match pos {
            "inside-last-paragraph" | "inside-first-paragraph" => {
                let text = sh.filled(Kind::AutoblogCredit, c.inline.unwrap_or(""));
                let sep = *rng.pick(&[" ", " \u{2014} ", "<br>", "<br/>\n"]);
                let is_p = |b: &B4| matches!(b, B4::P(_));
                let at = if pos == "inside-first-paragraph" {
                    story.blocks.iter().position(is_p)
                } else {
                    story.blocks.iter().rposition(is_p)
                };
                if let Some(i) = at {
                    if pos == "inside-first-paragraph" {
                        pre[i] = format!("{text}{sep}");
                    } else {
                        suf[i] = format!("{sep}{text}");
                    }
                }
            }
            "top" => top.push(sh.filled(Kind::AutoblogCredit, &block)),
            "top-and-bottom" => {
                top.push(sh.filled(Kind::AutoblogCredit, &block));
                bottom.push(sh.filled(Kind::AutoblogCredit, &block));
            }
            "after-content" => after.push(sh.filled(Kind::AutoblogCredit, &block)),
            _ => bottom.push(sh.filled(Kind::AutoblogCredit, &block)),
        }
    }
    for &(w, at, pct) in h.fam.widgets {
        if !rng.chance(pct) {
            continue;
        }
        let html = widget(&mut sh, h, w, rng);
        if w == "consent" && h.consent_first {
            start = html;
            continue;
        }
        match at {
            Meta => meta.push(html),
            Top => top.push(html),
            Middle => {
                let n = story.blocks.len();
                middle.push((2 + rng.below(n.saturating_sub(3).max(1)), html));
            }
            Bottom => bottom.push(html),
            After => after.push(html),
            End => end.push(html),
        }
    }
    let mut content = String::new();
    for x in &top {
        content.push_str(x);
        content.push('\n');
    }
    for (i, b) in story.blocks.iter().enumerate() {
        for (_, m) in middle.iter().filter(|(at, _)| *at == i) {
            content.push_str(m);
            content.push('\n');
        }
        content.push_str(&block_html(skin, b, &pre[i], &suf[i]));
        content.push('\n');
    }
    for x in &bottom {
        content.push_str(x);
        content.push('\n');
    }
    let content = match skin {
        Skin::Classic => format!("<div class=\"entry-content\">\n{content}</div>"),
        Skin::Newsmag => format!("<div class=\"td-post-content tagdiv-type\">\n{content}</div>"),
        Skin::Elementor => format!("<div class=\"elementor-element elementor-widget elementor-widget-theme-post-content\"><div class=\"elementor-widget-container\">\n{content}</div></div>"),
        Skin::Blogger => format!("<div class=\"post-body entry-content\" id=\"post-body-{}\" itemprop=\"description articleBody\">\n{content}</div>", rng.digits(12)),
        Skin::Amp => format!("<div class=\"amp-wp-article-content\">\n{content}</div>"),
        Skin::Aggregator => format!("<div class=\"story-body\" itemprop=\"articleBody\">\n{content}</div>"),
        Skin::ZhPortal => format!("<div class=\"article-content\" id=\"js_content\">\n{content}</div>"),
        Skin::JaMatome => format!("<div class=\"article-body entry-content\">\n{content}</div>"),
    };
    // Chrome.
    // Category slugs by index: the page builder's `menu` slugs Latin
    // letters only.
    let head_menu: String = ui
        .menu
        .iter()
        .enumerate()
        .map(|(i, m)| {
            format!(
                "<li class=\"menu-item\"><a href=\"{}category/cat-{i}/\">{m}</a></li>",
                h.home
            )
        })
        .collect();
    let head_menu = format!("<ul class=\"menu\">{head_menu}</ul>");
    let tagline_html = sh.header_tagline(
        h.tagline,
        h.tagline_in_header,
        "<p class=\"site-description\">",
        "</p>",
    );
    let header = format!(
        "<header id=\"masthead\" class=\"site-header\"><div class=\"site-branding\"><p class=\"site-title\"><a href=\"{}\" rel=\"home\">{}</a></p>{tagline_html}</div>{}</header>",
        h.home,
        esc(&h.site),
        sh.noise(Kind::Header, format!("<nav class=\"main-navigation\">{head_menu}</nav>"))
    );
    let sidebar = if matches!(skin, Skin::Amp) {
        String::new()
    } else {
        sh.filled(
            Kind::Sidebar,
            &format!("<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget\"><h2 class=\"widget-title\">{}</h2><ul><li><a href=\"{{r1href}}\">{{r1}}</a></li><li><a href=\"{{r2href}}\">{{r2}}</a></li></ul></section></aside>", ui.popular),
        )
    };
    let footer = sh.filled(
        Kind::Footer,
        &format!("<footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">{}</div></footer>", ui.copyright),
    );
    let dir = if ui.rtl { " dir=\"rtl\"" } else { "" };
    let html_tag = if matches!(skin, Skin::Amp) {
        format!("<html amp lang=\"{}\"{dir}>", ui.html_lang)
    } else {
        format!("<html lang=\"{}\"{dir}>", ui.html_lang)
    };
    let mut signals = vec!["title suffix", "header"];
    if h.og {
        signals.push("og:site_name");
    }
    let meta_html: String = meta.concat();
    let after_html: String = after.join("\n");
    let end_html: String = end.join("\n");
    let article = match skin {
        Skin::Amp => format!("<article class=\"amp-wp-article\"><header class=\"amp-wp-article-header\"><h1 class=\"amp-wp-title\">{title}</h1>{meta_html}</header>\n{content}\n{after_html}\n</article>"),
        Skin::Aggregator => format!("<main class=\"story-page\"><article class=\"story-detail\"><h1 class=\"story-title\">{title}</h1>{meta_html}\n{content}\n</article>\n{after_html}\n</main>"),
        _ => format!("<main id=\"main\" class=\"site-main\"><article id=\"post-{}\" class=\"post type-post status-publish hentry\"><header class=\"entry-header\"><h1 class=\"entry-title\">{title}</h1>{meta_html}</header>\n{content}\n{after_html}\n</article></main>", rng.digits(5)),
    };
    let mut html = format!(
        "<!DOCTYPE html>\n{html_tag}\n<head>\n<meta charset=\"utf-8\">\n<title>{title} - {}</title>\n{}<meta property=\"og:title\" content=\"{title}\">\n<link rel=\"canonical\" href=\"{page_url}\">\n</head>\n<body class=\"post-template-default single single-post\">\n{header}\n<div id=\"content\" class=\"site-content\">\n{article}\n{sidebar}\n</div>\n{footer}\n{end_html}\n</body>\n</html>\n",
        esc(&h.site),
        og_site_name(h.og, &h.site),
    );
    if !start.is_empty() {
        if let Some(i) = html.find("<body") {
            if let Some(j) = html[i..].find('>') {
                html.insert_str(i + j + 1, &format!("\n{start}"));
            }
        }
    }
    Composition {
        id,
        host_group: group,
        theme: h.fam.id,
        lang: Lang::En,
        url: page_url,
        html,
        expected,
        source_url,
        source_name,
        site_name: h.site.clone(),
        credit: h.credit.map(|c| c.id),
        credit_plugin: h.credit.map(|c| c.plugin),
        credit_pos: credit_at,
        host_tagline: h.tagline.map(str::to_string),
        tagline_in_header: sh.record.tagline_in_header,
        noise: sh.record.noise,
        site_signals: signals.join(" + "),
        ends_on_heading: matches!(story.blocks.last(), Some(B4::H(_))),
    }
}

/// `n` compositions (rounded up to whole hosts) from `seed`, numbered
/// from `first_id`, hosts from `first_group`.
pub fn generate_families4(
    n: usize,
    seed: u64,
    first_id: usize,
    first_group: usize,
) -> Vec<Composition> {
    hosts(n, seed, first_id, first_group, |rng, id, group| {
        let h = host_of(rng);
        let mut stories: Vec<&'static Story4> =
            STORIES4.iter().filter(|s| s.lang == h.ui.lang).collect();
        rng.shuffle(&mut stories);
        let pages = stories.len().min(2 + rng.below(2));
        let stories = stories.into_iter().take(pages).enumerate();
        stories
            .map(|(i, story)| {
                let others: Vec<&'static Story4> = STORIES4
                    .iter()
                    .filter(|s| s.lang == h.ui.lang && s.slug != story.slug)
                    .collect();
                page_of(rng, &h, story, &others, id + i, group)
            })
            .collect()
    })
}

/// The set's own consistency: every page passes the shared check, and the
/// set is as varied as it says (families, credits, languages, positions,
/// the three kinds of source and pages without any).
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
    if set.len() >= 400 {
        let fams: BTreeSet<&str> = set.iter().map(|c| c.theme).collect();
        if fams.len() < FAMILIES4.len() {
            return Err(format!("only {} families: {fams:?}", fams.len()));
        }
        let credits: BTreeSet<&str> = set.iter().filter_map(|c| c.credit).collect();
        if credits.len() < CREDITS4.len() {
            return Err(format!("only {} credits: {credits:?}", credits.len()));
        }
        for l in L4_ALL {
            let tld = ui(l).tld;
            if !set.iter().any(|c| c.url.contains(&format!("{tld}/"))) {
                return Err(format!("no page in {l:?}"));
            }
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
    }
    Ok(())
}
