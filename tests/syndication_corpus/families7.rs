//! The seventh red team's family set (issue 16: structured posts). Copied
//! how-to guides, comparisons and tutorials whose bodies hold numbered
//! steps (Yoast's how-to block, plain `<ol>`), tables (the block editor's,
//! TablePress, Avada's), code listings (the block editor's, Hugo's Chroma,
//! Ghost's and Substack's `<pre><code>`), FAQ blocks (Yoast, Rank Math,
//! `<details>`, Avada and Beaver Builder toggles, Ghost toggle cards),
//! definition lists and quotes, on a block theme (GeneratePress), Avada,
//! Beaver Builder, Ghost, Hugo (PaperMod) and a Substack-like newsletter
//! page; around them the chrome such posts carry: code toolbars with a
//! language label and a copy button, LuckyWP and Hugo tables of contents,
//! "was this helpful?" boxes, print buttons, affiliate product boxes,
//! in-content opt-in forms (OptinMonster, Bloom, Thrive Leads, Substack's
//! subscribe box), Grow share bars and RSS importers' credits at the top,
//! at the bottom or inside the last paragraph. English, Czech, Finnish,
//! Danish and Hungarian.
//!
//! Written without reading the extractor, the stripper or the other
//! generators' vocabularies; only the shared plumbing (`page.rs`) is
//! common.

use super::families7_vocab::{ui7, Credit7, Story7, Ui7, B7, STORIES7, UIS7};
use super::page::{
    check, esc, hosts, og_site_name, site_and_home, slugify, Composition, Kind, Record, Rng, Sheet,
};
use super::vocab::Lang;

/// Mixed into the seed: the set's own stream, apart from the others'.
pub const FAMILIES7_SEED_SALT: u64 = 0x7f07_5712_c7ed_b10c;

/// The single-post template a host's pages are made with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Layout {
    /// GeneratePress with block-editor content.
    Blocks,
    /// Avada: the post in Fusion text and title elements.
    Avada,
    /// Beaver Builder's themer layout: rich-text and heading modules.
    Beaver,
    Ghost,
    /// Hugo with the PaperMod theme.
    Hugo,
    /// A Substack-like newsletter post.
    Substack,
}

const LAYOUTS: &[Layout] = &[
    Layout::Blocks,
    Layout::Avada,
    Layout::Beaver,
    Layout::Ghost,
    Layout::Hugo,
    Layout::Substack,
];

impl Layout {
    fn name(self) -> &'static str {
        match self {
            Layout::Blocks => "f7-generatepress-blocks",
            Layout::Avada => "f7-avada-fusion",
            Layout::Beaver => "f7-beaver-themer",
            Layout::Ghost => "f7-ghost-cards",
            Layout::Hugo => "f7-hugo-papermod",
            Layout::Substack => "f7-substack",
        }
    }
}

/// How the host's FAQ blocks are printed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FaqStyle {
    Yoast,
    RankMath,
    Details,
    Toggle,
}

/// The host's newsletter opt-in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Optin {
    Monster,
    Bloom,
    ThriveLeads,
    Substack,
}

/// Where the importer's credit goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum CreditAt {
    Top,
    Bottom,
    InLast,
}

const SITE_FIRST: &[&str] = &[
    "Handy", "Fix", "Smart", "Easy", "Green", "Nordic", "Maker", "Home",
];
const SITE_SECOND: &[&str] = &["Guides", "Howto", "Lab", "Corner", "Notes", "Tips"];
const TLDS: &[&str] = &["com", "net", "blog", "guide", "eu"];

struct Host {
    site: String,
    home: String,
    layout: Layout,
    ui: &'static Ui7,
    faq: FaqStyle,
    tablepress: bool,
    toc: bool,
    code_toolbar: bool,
    helpful: bool,
    print: bool,
    affiliate: bool,
    share: bool,
    optin: Option<Optin>,
    credit: Option<(&'static Credit7, (&'static str, &'static str), CreditAt)>,
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

fn anchor(h: &str) -> String {
    let s = slugify(h);
    if s.is_empty() {
        format!("h-{}", h.chars().count())
    } else {
        s
    }
}

/// The toolbar a highlighter prints beside a listing: Prism's toolbar
/// plugin (language label, copy button) or Hugo's copy button.
fn code_toolbar(p: &mut Page, h: &Host, lang: &str) -> String {
    let html = if h.layout == Layout::Hugo {
        format!(
            "<button class=\"copy-code\">{}</button>",
            h.ui.copy.to_lowercase()
        )
    } else {
        format!(
            "<div class=\"toolbar\"><div class=\"toolbar-item\"><span>{lang}</span></div><div class=\"toolbar-item\"><button class=\"copy-to-clipboard-button\" type=\"button\" data-copy-state=\"copy\"><span>{}</span></button></div></div>",
            h.ui.copy
        )
    };
    p.noise(Kind::CodeToolbar, html)
}

/// A story block in the host's markup (`n`: its index, for ids).
fn block(p: &mut Page, rng: &mut Rng, h: &Host, b: &B7, n: usize) -> String {
    let ghostish = matches!(h.layout, Layout::Ghost | Layout::Hugo | Layout::Substack);
    match b {
        B7::P(t) => format!("<p>{}</p>", esc(t)),
        B7::H(t) => format!("<h2 id=\"{}\">{}</h2>", anchor(t), esc(t)),
        B7::H3(t) => format!("<h3 id=\"{}\">{}</h3>", anchor(t), esc(t)),
        B7::Ul(items) => {
            let mut s = String::from(if ghostish {
                "<ul>"
            } else {
                "<ul class=\"wp-block-list\">"
            });
            for i in *items {
                s.push_str(&format!("<li>{}</li>", esc(i)));
            }
            s.push_str("</ul>");
            s
        }
        B7::Steps(steps) => {
            if !ghostish && h.faq == FaqStyle::Yoast {
                let mut s = String::from("<div class=\"schema-how-to wp-block-yoast-how-to-block\"><ol class=\"schema-how-to-steps\">");
                for (i, (name, text)) in steps.iter().enumerate() {
                    s.push_str(&format!(
                        "<li class=\"schema-how-to-step\" id=\"how-to-step-{}{i}\"><strong class=\"schema-how-to-step-name\">{}</strong> <p class=\"schema-how-to-step-text\">{}</p> </li>",
                        rng.digits(13),
                        esc(name),
                        esc(text)
                    ));
                }
                s.push_str("</ol></div>");
                s
            } else {
                let mut s = String::from("<ol>");
                for (name, text) in steps.iter() {
                    s.push_str(&format!(
                        "<li><strong>{}</strong><br>{}</li>",
                        esc(name),
                        esc(text)
                    ));
                }
                s.push_str("</ol>");
                s
            }
        }
        B7::Table(rows) => {
            let mut s = if h.tablepress && !ghostish {
                let id = 1 + rng.below(40);
                format!("<table id=\"tablepress-{id}\" class=\"tablepress tablepress-id-{id}\">")
            } else if h.layout == Layout::Avada {
                String::from("<div class=\"table-2\"><table width=\"100%\">")
            } else if ghostish {
                String::from("<table>")
            } else {
                String::from("<figure class=\"wp-block-table is-style-stripes\"><table>")
            };
            for (r, row) in rows.iter().enumerate() {
                if r == 0 {
                    s.push_str("<thead><tr class=\"row-1\">");
                } else if r == 1 {
                    s.push_str(&format!(
                        "<tbody class=\"row-striping row-hover\"><tr class=\"row-{}\">",
                        r + 1
                    ));
                } else {
                    s.push_str(&format!("<tr class=\"row-{}\">", r + 1));
                }
                for (c, cell) in row.iter().enumerate() {
                    let tag = if r == 0 { "th" } else { "td" };
                    s.push_str(&format!(
                        "<{tag} class=\"column-{}\">{}</{tag}>",
                        c + 1,
                        esc(cell)
                    ));
                }
                s.push_str("</tr>");
                if r == 0 {
                    s.push_str("</thead>");
                }
            }
            s.push_str("</tbody></table>");
            if h.tablepress && !ghostish {
            } else if h.layout == Layout::Avada {
                s.push_str("</div>");
            } else if !ghostish {
                s.push_str("</figure>");
            }
            s
        }
        B7::Code(lang, lines) => {
            let bar = if h.code_toolbar && !matches!(h.layout, Layout::Ghost | Layout::Substack) {
                code_toolbar(p, h, lang)
            } else {
                String::new()
            };
            match h.layout {
                Layout::Hugo => {
                    let mut s = format!("<div class=\"highlight\"><pre tabindex=\"0\" class=\"chroma\"><code class=\"language-{lang}\" data-lang=\"{lang}\">");
                    for l in *lines {
                        s.push_str(&format!(
                            "<span class=\"line\"><span class=\"cl\">{}\n</span></span>",
                            esc(l)
                        ));
                    }
                    s.push_str(&format!("</code></pre>{bar}</div>"));
                    s
                }
                Layout::Ghost | Layout::Substack => {
                    let code: Vec<String> = lines.iter().map(|l| esc(l)).collect();
                    format!(
                        "<pre><code class=\"language-{lang}\">{}\n</code></pre>",
                        code.join("\n")
                    )
                }
                _ => {
                    let code: Vec<String> = lines.iter().map(|l| esc(l)).collect();
                    if bar.is_empty() {
                        format!(
                            "<pre class=\"wp-block-code\"><code lang=\"{lang}\" class=\"language-{lang}\">{}</code></pre>",
                            code.join("\n")
                        )
                    } else {
                        format!(
                            "<div class=\"code-toolbar\"><pre class=\"wp-block-code language-{lang}\" tabindex=\"0\"><code class=\"language-{lang}\">{}</code></pre>{bar}</div>",
                            code.join("\n")
                        )
                    }
                }
            }
        }
        B7::Faq(items) => {
            let style = match h.layout {
                Layout::Ghost | Layout::Avada | Layout::Beaver => FaqStyle::Toggle,
                Layout::Hugo | Layout::Substack => FaqStyle::Details,
                Layout::Blocks if h.faq == FaqStyle::Toggle => FaqStyle::Details,
                Layout::Blocks => h.faq,
            };
            faq(rng, h, style, items, n)
        }
        B7::Dl(items) => {
            let mut s = String::from("<dl>");
            for (t, d) in items.iter() {
                s.push_str(&format!("<dt>{}</dt><dd>{}</dd>", esc(t), esc(d)));
            }
            s.push_str("</dl>");
            s
        }
        B7::Quote(q) => match h.layout {
            Layout::Ghost => format!(
                "<blockquote class=\"kg-blockquote-alt\">{}</blockquote>",
                esc(q)
            ),
            Layout::Hugo | Layout::Substack | Layout::Avada => {
                format!("<blockquote><p>{}</p></blockquote>", esc(q))
            }
            _ => format!(
                "<blockquote class=\"wp-block-quote is-layout-flow\"><p>{}</p></blockquote>",
                esc(q)
            ),
        },
    }
}

fn faq(rng: &mut Rng, h: &Host, style: FaqStyle, items: &[(&str, &str)], n: usize) -> String {
    let mut s = String::new();
    match style {
        FaqStyle::Yoast => {
            s.push_str("<div class=\"schema-faq wp-block-yoast-faq-block\">");
            for (q, a) in items {
                s.push_str(&format!(
                    "<div class=\"schema-faq-section\" id=\"faq-question-{}\"><strong class=\"schema-faq-question\">{}</strong> <p class=\"schema-faq-answer\">{}</p> </div>",
                    rng.digits(13),
                    esc(q),
                    esc(a)
                ));
            }
            s.push_str("</div>");
        }
        FaqStyle::RankMath => {
            s.push_str("<div id=\"rank-math-faq\" class=\"rank-math-block\"><div class=\"rank-math-list \">");
            for (q, a) in items {
                s.push_str(&format!(
                    "<div id=\"faq-question-{}\" class=\"rank-math-list-item\"><h3 class=\"rank-math-question \">{}</h3><div class=\"rank-math-answer \"><p>{}</p></div></div>",
                    rng.digits(13),
                    esc(q),
                    esc(a)
                ));
            }
            s.push_str("</div></div>");
        }
        FaqStyle::Details => {
            for (q, a) in items {
                if h.layout == Layout::Blocks {
                    s.push_str(&format!(
                        "<details class=\"wp-block-details is-layout-flow\"><summary>{}</summary><p>{}</p></details>",
                        esc(q),
                        esc(a)
                    ));
                } else {
                    s.push_str(&format!(
                        "<details><summary>{}</summary><p>{}</p></details>",
                        esc(q),
                        esc(a)
                    ));
                }
            }
        }
        FaqStyle::Toggle => match h.layout {
            Layout::Avada => {
                s.push_str(&format!("<div class=\"accordian fusion-accordian\"><div class=\"panel-group fusion-toggle-icon-boxed\" id=\"accordion-{n}-1\">"));
                for (i, (q, a)) in items.iter().enumerate() {
                    s.push_str(&format!(
                        "<div class=\"fusion-panel panel-default panel-{n}{i} fusion-toggle-has-divider\"><div class=\"panel-heading\"><h4 class=\"panel-title toggle\" id=\"toggle_{n}{i}\"><a aria-expanded=\"false\" aria-controls=\"t{n}{i}\" role=\"button\" data-toggle=\"collapse\" data-parent=\"#accordion-{n}-1\" data-target=\"#t{n}{i}\" href=\"#t{n}{i}\"><span class=\"fusion-toggle-icon-wrapper\" aria-hidden=\"true\"><i class=\"fa-fusion-box active-icon awb-icon-minus\" aria-hidden=\"true\"></i><i class=\"fa-fusion-box inactive-icon awb-icon-plus\" aria-hidden=\"true\"></i></span><span class=\"fusion-toggle-heading\">{}</span></a></h4></div><div id=\"t{n}{i}\" class=\"panel-collapse collapse \" aria-labelledby=\"toggle_{n}{i}\"><div class=\"panel-body toggle-content fusion-clearfix\"><p>{}</p></div></div></div>",
                        esc(q),
                        esc(a)
                    ));
                }
                s.push_str("</div></div>");
            }
            Layout::Beaver => {
                s.push_str("<div class=\"fl-accordion fl-accordion-small\" role=\"tablist\">");
                for (i, (q, a)) in items.iter().enumerate() {
                    let id = rng.digits(4);
                    s.push_str(&format!(
                        "<div class=\"fl-accordion-item\"><div class=\"fl-accordion-button\" id=\"fl-accordion-{id}-tab-{i}\" aria-selected=\"false\" aria-controls=\"fl-accordion-{id}-panel-{i}\" aria-expanded=\"false\" role=\"tab\" tabindex=\"0\"><a href=\"#\" id=\"fl-accordion-{id}-label-{i}\" class=\"fl-accordion-button-label\" tabindex=\"0\" aria-controls=\"fl-accordion-{id}-panel-{i}\">{}</a><a href=\"#\" role=\"button\" aria-label=\"Expand\" class=\"fl-accordion-button-icon-link\"><i class=\"fl-accordion-button-icon fl-accordion-button-icon-right fas fa-plus\"></i></a></div><div class=\"fl-accordion-content fl-clearfix\" id=\"fl-accordion-{id}-panel-{i}\" aria-labelledby=\"fl-accordion-{id}-tab-{i}\" role=\"tabpanel\"><p>{}</p></div></div>",
                        esc(q),
                        esc(a)
                    ));
                }
                s.push_str("</div>");
            }
            _ => {
                for (q, a) in items {
                    s.push_str(&format!(
                        "<div class=\"kg-card kg-toggle-card\" data-kg-toggle-state=\"close\"><div class=\"kg-toggle-heading\"><h4 class=\"kg-toggle-heading-text\"><span style=\"white-space: pre-wrap;\">{}</span></h4><button class=\"kg-toggle-card-icon\" aria-label=\"Expand toggle to read content\"><svg id=\"Regular\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path class=\"cls-1\" d=\"M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311\"></path></svg></button></div><div class=\"kg-toggle-content\"><p><span style=\"white-space: pre-wrap;\">{}</span></p></div></div>",
                        esc(q),
                        esc(a)
                    ));
                }
            }
        },
    }
    s
}

fn story_units(b: &B7, out: &mut Vec<String>) {
    match b {
        B7::P(t) | B7::H(t) | B7::H3(t) | B7::Quote(t) => out.push(t.to_string()),
        B7::Ul(items) => out.extend(items.iter().map(|s| s.to_string())),
        B7::Steps(items) | B7::Faq(items) | B7::Dl(items) => {
            for (a, b) in items.iter() {
                out.push(a.to_string());
                out.push(b.to_string());
            }
        }
        B7::Table(rows) => {
            for row in rows.iter() {
                out.extend(row.iter().map(|s| s.to_string()));
            }
        }
        B7::Code(_, lines) => out.extend(lines.iter().map(|s| s.to_string())),
    }
}

fn toc(p: &mut Page, h: &Host, headings: &[&str]) -> String {
    let html = if h.layout == Layout::Hugo {
        let mut s = String::from("<div class=\"toc\"><details open><summary accesskey=\"c\" title=\"(Alt + C)\"><span class=\"details\">");
        s.push_str(h.ui.toc);
        s.push_str("</span></summary><div class=\"inner\"><ul>");
        for t in headings {
            s.push_str(&format!(
                "<li><a href=\"#{}\" aria-label=\"{}\">{}</a></li>",
                anchor(t),
                esc(t),
                esc(t)
            ));
        }
        s.push_str("</ul></div></details></div>");
        s
    } else {
        let mut s = format!(
            "<div class=\"lwptoc lwptoc-autoWidth lwptoc-baseItems lwptoc-light lwptoc-notInherit\" data-smooth-scroll=\"1\" data-smooth-scroll-offset=\"24\"><div class=\"lwptoc_i\"><div class=\"lwptoc_header\"><b class=\"lwptoc_title\">{}</b> <span class=\"lwptoc_toggle\"><a href=\"#\" class=\"lwptoc_toggle_label\" data-label=\"show\">{}</a></span></div><div class=\"lwptoc_items lwptoc_items-visible\"><div class=\"lwptoc_itemWrap\">",
            h.ui.toc, h.ui.toc_hide
        );
        for (i, t) in headings.iter().enumerate() {
            s.push_str(&format!(
                "<div class=\"lwptoc_item\"><a href=\"#{}\"><span class=\"lwptoc_item_number\">{}</span><span class=\"lwptoc_item_label\">{}</span></a></div>",
                anchor(t),
                i + 1,
                esc(t)
            ));
        }
        s.push_str("</div></div></div></div>");
        s
    };
    p.noise(Kind::Toc, html)
}

fn helpful(p: &mut Page, rng: &mut Rng, h: &Host, pid: &str) -> String {
    let count =
        h.ui.helpful_count
            .replace("{n}", &(3 + rng.below(90)).to_string());
    let html = format!(
        "<div class=\"was-this-helpful\" id=\"wthf-{pid}\" data-post-id=\"{pid}\"><div class=\"wthf-title\">{}</div><div class=\"wthf-yes-no\"><span class=\"wthf-yes\" data-value=\"1\">{}</span> <span class=\"wthf-no\" data-value=\"0\">{}</span></div><p class=\"wthf-count\">{count}</p></div>",
        h.ui.helpful, h.ui.yes, h.ui.no
    );
    p.noise(Kind::Feedback, html)
}

fn print_button(p: &mut Page, rng: &mut Rng, h: &Host) -> String {
    let html = if rng.chance(50) {
        "<div class=\"printfriendly pf-button pf-button-content pf-alignleft\"><a href=\"#\" rel=\"nofollow\" onclick=\"window.print(); return false;\" title=\"Printer Friendly, PDF &amp; Email\"><img class=\"pf-button-img\" src=\"https://cdn.printfriendly.com/buttons/printfriendly-pdf-email-button-notext.png\" alt=\"Print Friendly, PDF &amp; Email\" style=\"width: 110px;height: 30px;\"></a></div>".to_string()
    } else {
        format!(
            "<div class=\"printfriendly pf-button pf-button-content pf-alignright\"><a href=\"#\" rel=\"nofollow\" onclick=\"window.print(); return false;\" class=\"noslimstat\"><span class=\"printfriendly-text2\">{}</span></a></div>",
            h.ui.print
        )
    };
    p.noise(Kind::PrintButton, html)
}

fn affiliate(p: &mut Page, rng: &mut Rng, h: &Host) -> String {
    let product = rng.pick_str(h.ui.aff_products);
    let asin = format!("B0{}", rng.digits(8));
    let tag = slugify(&h.site).replace('-', "");
    let link = format!(
        "https://www.amazon.example/dp/{asin}?tag={tag}-21&amp;linkCode=ogi&amp;th=1&amp;psc=1"
    );
    let price = format!("{},{:02}", 9 + rng.below(60), rng.below(100));
    let html = format!(
        "<div class=\"aawp\"><div class=\"aawp-product aawp-product--horizontal aawp-product--bestseller aawp-product--ribbon\" data-aawp-product-asin=\"{asin}\" data-aawp-product-title=\"{}\"><span class=\"aawp-product__ribbon aawp-product__ribbon--bestseller\">{}</span><div class=\"aawp-product__thumb\"><a class=\"aawp-product__image-link\" href=\"{link}\" title=\"{}\" rel=\"nofollow noopener sponsored\" target=\"_blank\"><img class=\"aawp-product__image\" src=\"https://m.media-amazon.example/images/I/{}._SL160_.jpg\" alt=\"{}\"></a></div><div class=\"aawp-product__content\"><a class=\"aawp-product__title\" href=\"{link}\" rel=\"nofollow noopener sponsored\" target=\"_blank\">{}</a></div><div class=\"aawp-product__footer\"><div class=\"aawp-product__pricing\"><span class=\"aawp-product__price aawp-product__price--current\">{price}</span></div><a class=\"aawp-button aawp-button--buy aawp-button aawp-button--amazon aawp-button--icon aawp-button--icon-black\" href=\"{link}\" rel=\"nofollow noopener sponsored\" target=\"_blank\">{}</a></div></div></div><p class=\"aawp-disclaimer\">{}</p>",
        esc(product),
        h.ui.aff_badge,
        esc(product),
        rng.digits(9),
        esc(product),
        esc(product),
        h.ui.aff_button,
        h.ui.aff_note
    );
    p.noise(Kind::Affiliate, html)
}

fn share_bar(p: &mut Page, rng: &mut Rng, h: &Host, url: &str, top: bool) -> String {
    let total = 20 + rng.below(900);
    let mut s = format!(
        "<div id=\"dpsp-content-{}\" class=\"dpsp-content-wrapper dpsp-shape-rounded dpsp-size-medium dpsp-has-buttons-count dpsp-show-on-mobile dpsp-button-style-1\"><div class=\"dpsp-total-share-wrapper\"><span class=\"dpsp-icon-total-share\"></span><span class=\"dpsp-total-share-count\">{total}</span><span>{}</span></div><ul class=\"dpsp-networks-btns-wrapper dpsp-networks-btns-share dpsp-networks-btns-content dpsp-column-auto dpsp-has-button-icon-animation\">",
        if top { "top" } else { "bottom" },
        h.ui.shares
    );
    for (net, label, share) in [
        (
            "facebook",
            "Facebook",
            format!("https://www.facebook.com/sharer/sharer.php?u={url}"),
        ),
        (
            "pinterest",
            "Pinterest",
            format!("https://pinterest.com/pin/create/button/?url={url}"),
        ),
        ("x", "X", format!("https://x.com/intent/tweet?url={url}")),
        ("email", "Email", format!("mailto:?body={url}")),
    ] {
        let n = rng.below(total / 2 + 1);
        s.push_str(&format!(
            "<li class=\"dpsp-network-list-item dpsp-network-list-item-{net}\"><a rel=\"nofollow noopener\" href=\"{share}\" class=\"dpsp-network-btn dpsp-{net} dpsp-has-count\" target=\"_blank\" aria-label=\"Share on {label}\" title=\"Share on {label}\"><span class=\"dpsp-network-icon\"><span class=\"dpsp-network-icon-inner\"></span></span><span class=\"dpsp-network-label\">{label}</span><span class=\"dpsp-network-count\">{n}</span></a></li>"
        ));
    }
    s.push_str("</ul></div>");
    p.noise(Kind::ShareBar, s)
}

fn substack_share(p: &mut Page, h: &Host, url: &str) -> String {
    let html = format!(
        "<p class=\"button-wrapper\" data-attrs=\"{{&quot;url&quot;:&quot;{url}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;action&quot;:null,&quot;class&quot;:null}}\" data-component-name=\"ButtonCreateButton\"><a class=\"button primary\" href=\"{url}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share\"><span>{}</span></a></p>",
        h.ui.share
    );
    p.noise(Kind::ShareBar, html)
}

fn optin(p: &mut Page, rng: &mut Rng, h: &Host, kind: Optin) -> String {
    let ui = h.ui;
    let html = match kind {
        Optin::Monster => {
            let id = format!("{}{}", slugify(&h.site).replace('-', ""), rng.digits(4));
            format!(
                "<div id=\"om-{id}-holder\" class=\"om-holder om-inline\"><div class=\"om-campaign Campaign CampaignType--inline\"><div class=\"om-element\"><h3 class=\"om-headline\">{}</h3><p class=\"om-text\">{}</p><form class=\"om-form\"><input type=\"email\" class=\"om-field-email\" placeholder=\"{}\"><button type=\"submit\" class=\"om-button\">{}</button></form><p class=\"om-privacy\">{}</p></div></div></div>",
                ui.nl_head, ui.nl_text, ui.nl_placeholder, ui.nl_button, ui.nl_privacy
            )
        }
        Optin::Bloom => {
            let n = rng.digits(1);
            format!(
                "<div class=\"et_bloom_inline_form et_bloom_optin et_bloom_make_form_visible et_bloom_optin_{n}\" style=\"display: inline-block;\"><div class=\"et_bloom_form_container et_bloom_form_bottom with_edge carrot_edge et_bloom_rounded\"><div class=\"et_bloom_form_container_wrapper clearfix\"><div class=\"et_bloom_header_outer\"><div class=\"et_bloom_form_header et_bloom_header_text_dark\"><div class=\"et_bloom_form_text\"><h2>{}</h2><p>{}</p></div></div></div><div class=\"et_bloom_form_content et_bloom_1_field\"><form method=\"post\" class=\"clearfix\"><p class=\"et_bloom_popup_input et_bloom_subscribe_email\"><input placeholder=\"{}\"></p><button data-optin_id=\"optin_{n}\" data-service=\"mailchimp\" class=\"et_bloom_submit_subscription\"><span class=\"et_bloom_subscribe_loader\"></span><span class=\"et_bloom_button_text et_bloom_button_text_color_light\">{}</span></button></form><span class=\"et_bloom_form_footer\">{}</span></div></div></div></div>",
                ui.nl_head, ui.nl_text, ui.nl_placeholder, ui.nl_button, ui.nl_privacy
            )
        }
        Optin::ThriveLeads => {
            let n = 100 + rng.below(900);
            format!(
                "<div class=\"tve-leads-in-content tve-tl-anim tl-anim-instant tve-leads-track-in_content-{n}\"><div class=\"tl-style\" id=\"tve_tcb2_set-{n}\" data-state=\"{n}\"><div class=\"thrv_wrapper thrv_contentbox_shortcode thrv-content-box\"><div class=\"tve-content-box-background\"></div><div class=\"tve-cb\"><div class=\"thrv_wrapper thrv_text_element\"><p><strong>{}</strong></p></div><div class=\"thrv_wrapper thrv_text_element\"><p>{}</p></div><div class=\"thrv_wrapper thrv_lead_generation\"><form action=\"#\" method=\"post\"><input type=\"email\" name=\"email\" placeholder=\"{}\"><button type=\"submit\" class=\"tcb-button-link\"><span class=\"tcb-button-texts\"><span class=\"tcb-button-text thrv-inline-text\">{}</span></span></button></form></div><div class=\"thrv_wrapper thrv_text_element\"><p>{}</p></div></div></div></div></div>",
                ui.nl_head, ui.nl_text, ui.nl_placeholder, ui.nl_button, ui.nl_privacy
            )
        }
        Optin::Substack => format!(
            "<div class=\"subscription-widget-wrap\" data-component-name=\"SubscribeWidget\"><div class=\"subscription-widget show-subscribe\"><div class=\"preamble\"><p class=\"cta-caption\">{}</p></div><form class=\"subscription-widget-subscribe\"><input type=\"email\" class=\"email-input\" name=\"email\" placeholder=\"{}\" tabindex=\"-1\"><input type=\"submit\" class=\"button primary\" value=\"{}\"><div class=\"fake-input-wrapper\"><div class=\"fake-input\"></div><div class=\"fake-button\"></div></div></form></div></div>",
            esc(&ui.sub_caption.replace("{site}", &h.site)),
            ui.nl_placeholder,
            ui.nl_button
        ),
    };
    p.noise(Kind::Newsletter, html)
}

fn credit_html(c: &Credit7, orig: &str, outlet: &str, title: &str) -> String {
    c.template
        .replace("{url}", orig)
        .replace("{outlet}", &esc(outlet))
        .replace("{title}", &esc(title))
}

fn date(rng: &mut Rng, ui: &Ui7) -> (String, String) {
    use super::families7_vocab::L7;
    let m = rng.below(12);
    let d = 1 + rng.below(28);
    let shown = match ui.lang {
        L7::En => format!("{d} {} 2026", ui.months[m]),
        L7::Cs => format!("{d}. {} 2026", ui.months[m]),
        L7::Fi => format!("{d}. {} 2026", ui.months[m]),
        L7::Da => format!("{d}. {} 2026", ui.months[m]),
        L7::Hu => format!("2026. {} {d}.", ui.months[m]),
    };
    (format!("2026-{:02}-{d:02}", m + 1), shown)
}

fn meta(p: &mut Page, rng: &mut Rng, h: &Host, author: &str) -> String {
    let (iso, shown) = date(rng, h.ui);
    let mins = 3 + rng.below(9);
    let html = format!(
        "<div class=\"entry-meta post-meta\"><span class=\"byline\">{} <span class=\"author vcard\"><a class=\"url fn n\" href=\"{}author/{}/\">{}</a></span></span> · <span class=\"updated-on\">{} <time class=\"entry-date updated\" datetime=\"{iso}T09:00:00+00:00\">{shown}</time></span> · <span class=\"reading-time\">{mins} {}</span></div>",
        h.ui.by,
        h.home,
        slugify(author),
        esc(author),
        h.ui.updated,
        h.ui.min_read
    );
    let rec = p.record();
    rec.noise.push((Kind::PostMeta, shown.clone()));
    rec.noise
        .push((Kind::PostMeta, format!("{} {shown}", h.ui.updated)));
    p.noise(Kind::PostMeta, html)
}

fn header(p: &mut Page, h: &Host) -> String {
    let mut s = format!(
        "<header class=\"site-header\" id=\"masthead\"><div class=\"site-branding\"><p class=\"main-title\"><a href=\"{}\" rel=\"home\">{}</a></p></div><nav class=\"main-navigation\" aria-label=\"Primary\"><ul class=\"menu\"><li><a href=\"{}\">{}</a></li>",
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
        "<div class=\"widget-area sidebar\" id=\"right-sidebar\"><aside class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">{}</h2><ul>",
        h.ui.recent
    );
    for t in h.ui.other_titles {
        s.push_str(&format!(
            "<li><a href=\"{}{}/\">{}</a></li>",
            h.home,
            slugify(t),
            esc(t)
        ));
    }
    s.push_str("</ul></aside></div>");
    p.noise(Kind::Sidebar, s)
}

fn post_nav(p: &mut Page, h: &Host, others: &[&'static Story7]) -> String {
    let mut s = String::from("<nav class=\"paginav\">");
    if let Some(o) = others.first() {
        s.push_str(&format!(
            "<a class=\"prev\" href=\"{}posts/{}/\"><span class=\"title\">« {}</span><br><span>{}</span></a>",
            h.home,
            o.slug,
            h.ui.prev,
            esc(o.title)
        ));
    }
    if let Some(o) = others.get(1) {
        s.push_str(&format!(
            "<a class=\"next\" href=\"{}posts/{}/\"><span class=\"title\">{} »</span><br><span>{}</span></a>",
            h.home,
            o.slug,
            h.ui.next,
            esc(o.title)
        ));
    }
    s.push_str("</nav>");
    p.noise(Kind::PostNav, s)
}

fn tags(p: &mut Page, h: &Host) -> String {
    let mut s = format!(
        "<div class=\"tags-links\"><span class=\"tags-label\">{}</span> ",
        h.ui.tags
    );
    for m in h.ui.menu.iter().take(2) {
        s.push_str(&format!(
            "<a href=\"{}tag/{}/\" rel=\"tag\">{m}</a> ",
            h.home,
            slugify(m)
        ));
    }
    s.push_str("</div>");
    p.noise(Kind::PostMeta, s)
}

fn footer(p: &mut Page, h: &Host) -> String {
    let html = format!(
        "<footer class=\"site-footer\"><div class=\"site-info\">© 2026 {} · {}</div></footer>",
        esc(&h.site),
        h.ui.rights
    );
    p.noise(Kind::Footer, html)
}

/// Wraps a run of rendered blocks in the layout's content module.
fn module(h: &Host, rng: &mut Rng, inner: &str, heading: Option<&str>) -> String {
    match (h.layout, heading) {
        (Layout::Avada, Some(t)) => format!(
            "<div class=\"fusion-title title fusion-title-{} fusion-sep-none fusion-title-text fusion-title-size-two\"><h2 class=\"fusion-title-heading title-heading-left\" id=\"{}\" style=\"margin:0;\">{}</h2></div>",
            1 + rng.below(30),
            anchor(t),
            esc(t)
        ),
        (Layout::Avada, None) => format!(
            "<div class=\"fusion-text fusion-text-{}\">{inner}</div>",
            1 + rng.below(30)
        ),
        (Layout::Beaver, Some(t)) => format!(
            "<div class=\"fl-module fl-module-heading fl-node-{}\" data-node=\"x\"><div class=\"fl-module-content fl-node-content\"><h2 class=\"fl-heading\" id=\"{}\"><span class=\"fl-heading-text\">{}</span></h2></div></div>",
            rng.digits(8),
            anchor(t),
            esc(t)
        ),
        (Layout::Beaver, None) => format!(
            "<div class=\"fl-module fl-module-rich-text fl-node-{}\"><div class=\"fl-module-content fl-node-content\"><div class=\"fl-rich-text\">{inner}</div></div></div>",
            rng.digits(8)
        ),
        _ => inner.to_string(),
    }
}

/// The post's body: story blocks with the host's chrome among them, and
/// the text a perfect extractor returns.
#[allow(clippy::too_many_arguments)]
fn body(
    p: &mut Page,
    rng: &mut Rng,
    h: &Host,
    s: &Story7,
    url: &str,
    pid: &str,
    credit: Option<(&str, &str)>,
) -> (String, Vec<String>) {
    let mut expected = Vec::new();
    for b in s.blocks {
        story_units(b, &mut expected);
    }
    let builder = matches!(h.layout, Layout::Avada | Layout::Beaver);
    let headings: Vec<&str> = s
        .blocks
        .iter()
        .filter_map(|b| match b {
            B7::H(t) => Some(*t),
            _ => None,
        })
        .collect();
    let first_h = s.blocks.iter().position(|b| matches!(b, B7::H(_)));
    // Where a mid-post box goes: after a paragraph in the second half.
    let mid = (s.blocks.len() / 2..s.blocks.len() - 1)
        .find(|&i| matches!(s.blocks[i], B7::P(_)))
        .map(|i| i + 1);
    let mid_box = match (h.affiliate, h.optin) {
        (true, _) if rng.chance(60) => Some(affiliate(p, rng, h)),
        (_, Some(o)) if o != Optin::Substack => Some(optin(p, rng, h, o)),
        (true, _) => Some(affiliate(p, rng, h)),
        _ => None,
    };
    let mut out = String::new();
    if h.print {
        out.push_str(&print_button(p, rng, h));
    }
    if h.share && !matches!(h.layout, Layout::Substack | Layout::Hugo) && rng.chance(50) {
        out.push_str(&share_bar(p, rng, h, url, true));
    }
    if let (Some((orig_html, _)), Some((_, _, CreditAt::Top))) = (credit, h.credit) {
        let line = format!("<p class=\"rss-source-top\">{orig_html}</p>");
        out.push_str(&p.noise(Kind::AutoblogCredit, line));
    }
    let mut run = String::new();
    let last = s.blocks.len() - 1;
    for (i, b) in s.blocks.iter().enumerate() {
        if Some(i) == first_h && h.toc && h.layout != Layout::Hugo && headings.len() >= 2 {
            run.push_str(&toc(p, h, &headings));
        }
        if Some(i) == mid {
            if let Some(m) = &mid_box {
                run.push_str(m);
            }
            if h.layout == Layout::Substack {
                if let Some(Optin::Substack) = h.optin {
                    run.push_str(&optin(p, rng, h, Optin::Substack));
                }
            }
        }
        let html = match (b, credit, h.credit) {
            (B7::P(t), Some((orig_html, _)), Some((_, _, CreditAt::InLast))) if i == last => {
                p.record()
                    .noise
                    .push((Kind::AutoblogCredit, norm_inline(orig_html)));
                // The importer's template appends its line to the
                // item's last paragraph after a line break.
                format!("<p>{}<br>{orig_html}</p>", esc(t))
            }
            _ => block(p, rng, h, b, i),
        };
        match (builder, b) {
            (true, B7::H(t)) => {
                if !run.is_empty() {
                    out.push_str(&module(h, rng, &run, None));
                    run.clear();
                }
                out.push_str(&module(h, rng, "", Some(t)));
            }
            _ => run.push_str(&html),
        }
        run.push('\n');
    }
    if !run.trim().is_empty() {
        out.push_str(&module(h, rng, &run, None));
    }
    if let (Some((orig_html, _)), Some((_, _, CreditAt::Bottom))) = (credit, h.credit) {
        let line = format!("<p class=\"rss-source\">{orig_html}</p>");
        out.push_str(&p.noise(Kind::AutoblogCredit, line));
    }
    if h.layout == Layout::Substack {
        if h.share {
            out.push_str(&substack_share(p, h, url));
        }
        if let Some(Optin::Substack) = h.optin {
            out.push_str(&optin(p, rng, h, Optin::Substack));
        }
    }
    if h.helpful {
        out.push_str(&helpful(p, rng, h, pid));
    }
    if h.share
        && !matches!(h.layout, Layout::Substack | Layout::Hugo)
        && !out.contains("dpsp-content-top")
    {
        out.push_str(&share_bar(p, rng, h, url, false));
    }
    (out, expected)
}

/// The visible text of an inline fragment (recorded as one noise line).
fn norm_inline(html: &str) -> String {
    super::page::inline_text(html)
}

fn page(
    rng: &mut Rng,
    h: &Host,
    s: &'static Story7,
    others: &[&'static Story7],
    id: usize,
    group: usize,
) -> Composition {
    let (iso, _) = date(rng, h.ui);
    let url = match h.layout {
        Layout::Hugo => format!("{}posts/{}/", h.home, s.slug),
        Layout::Substack => format!("{}p/{}", h.home, s.slug),
        Layout::Ghost => format!("{}{}/", h.home, s.slug),
        _ => format!("{}{}/{}/{}/", h.home, &iso[..4], &iso[5..7], s.slug),
    };
    let mut p = Page {
        record: Record::default(),
    };
    let pid = rng.digits(4);
    let (source_url, credit_html_s) = match h.credit {
        Some((c, (outlet, domain), _)) => {
            let orig = format!("https://www.{domain}/{}/{}/", &iso[..4], s.slug);
            let html = credit_html(c, &orig, outlet, s.title);
            (Some(orig), Some(html))
        }
        None => (None, None),
    };
    let head = header(&mut p, h);
    let m = meta(&mut p, rng, h, s.author);
    let (content, expected) = body(
        &mut p,
        rng,
        h,
        s,
        &url,
        &pid,
        credit_html_s.as_deref().map(|c| (c, "")),
    );
    let title = esc(s.title);
    let foot = footer(&mut p, h);
    let bodyhtml = match h.layout {
        Layout::Blocks => {
            let side = sidebar(&mut p, h);
            let tg = tags(&mut p, h);
            format!(
                "<body class=\"post-template-default single single-post postid-{pid} right-sidebar nav-float-right one-container\">{head}<div class=\"site grid-container container hfeed\" id=\"page\"><div class=\"site-content\" id=\"content\"><div class=\"content-area\" id=\"primary\"><main class=\"site-main\" id=\"main\"><article id=\"post-{pid}\" class=\"post-{pid} post type-post status-publish format-standard hentry\" itemtype=\"https://schema.org/CreativeWork\" itemscope><div class=\"inside-article\"><header class=\"entry-header\"><h1 class=\"entry-title\" itemprop=\"headline\">{title}</h1>{m}</header><div class=\"entry-content\" itemprop=\"text\">\n{content}</div><footer class=\"entry-meta\">{tg}</footer></div></article></main></div>{side}</div></div>{foot}</body>"
            )
        }
        Layout::Avada => {
            let side = sidebar(&mut p, h);
            format!(
                "<body class=\"post-template-default single single-post postid-{pid} fusion-image-hovers fusion-body ltr has-sidebar\"><div id=\"boxed-wrapper\"><div id=\"wrapper\" class=\"fusion-wrapper\">{head}<main id=\"main\" class=\"clearfix\"><div class=\"fusion-row\" style=\"\"><section id=\"content\" style=\"float: left;\"><article id=\"post-{pid}\" class=\"post post-{pid} type-post status-publish\"><h1 class=\"entry-title fusion-post-title\">{title}</h1>{m}<div class=\"post-content\"><div class=\"fusion-fullwidth fullwidth-box fusion-builder-row-1 nonhundred-percent-fullwidth non-hundred-percent-height-scrolling\"><div class=\"fusion-builder-row fusion-row\"><div class=\"fusion-layout-column fusion_builder_column fusion-builder-column-0 fusion_builder_column_1_1 1_1 fusion-one-full fusion-column-first fusion-column-last\"><div class=\"fusion-column-wrapper fusion-flex-column-wrapper-legacy\">\n{content}</div></div></div></div></div></article></section><aside id=\"sidebar\" class=\"sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right\">{side}</aside></div></main>{foot}</div></div></body>"
            )
        }
        Layout::Beaver => {
            let side = sidebar(&mut p, h);
            format!(
                "<body class=\"post-template-default single single-post postid-{pid} fl-builder fl-theme-builder-singular fl-framework-base\"><div class=\"fl-page\">{head}<div class=\"fl-page-content\" itemprop=\"mainContentOfPage\" role=\"main\"><div class=\"fl-builder-content fl-builder-content-{pid} fl-builder-global-templates-locked\" data-post-id=\"{pid}\" data-type=\"singular\"><div class=\"fl-row fl-row-fixed-width fl-row-bg-none fl-node-{}\" data-node=\"r\"><div class=\"fl-row-content-wrap\"><div class=\"fl-row-content fl-row-fixed-width fl-node-content\"><div class=\"fl-col-group fl-node-{}\"><div class=\"fl-col fl-node-{} fl-col-small\" style=\"width: 66%;\"><div class=\"fl-col-content fl-node-content\"><div class=\"fl-module fl-module-fl-post-title\"><div class=\"fl-module-content fl-node-content\"><h1 class=\"fl-post-title\">{title}</h1>{m}</div></div><div class=\"fl-module fl-module-fl-post-content\"><div class=\"fl-module-content fl-node-content\">\n{content}</div></div></div></div><div class=\"fl-col fl-node-{} fl-col-small\" style=\"width: 33%;\"><div class=\"fl-col-content fl-node-content\">{side}</div></div></div></div></div></div></div></div>{foot}</div></body>",
                rng.digits(8),
                rng.digits(8),
                rng.digits(8),
                rng.digits(8)
            )
        }
        Layout::Ghost => format!(
            "<body class=\"post-template tag-guides has-sans-title has-serif-body\"><div class=\"viewport\">{head}<div class=\"site-content\"><main id=\"site-main\" class=\"site-main\"><article class=\"article post tag-guides\"><header class=\"article-header gh-canvas\"><h1 class=\"article-title\">{title}</h1>{m}</header><section class=\"gh-content gh-canvas\">\n{content}</section></article></main></div>{foot}</div></body>"
        ),
        Layout::Hugo => {
            let t = if h.toc {
                let hs: Vec<&str> = s
                    .blocks
                    .iter()
                    .filter_map(|b| match b {
                        B7::H(t) => Some(*t),
                        _ => None,
                    })
                    .collect();
                if hs.is_empty() {
                    String::new()
                } else {
                    toc(&mut p, h, &hs)
                }
            } else {
                String::new()
            };
            let nav = post_nav(&mut p, h, others);
            format!(
                "<body class=\"\" id=\"top\">{head}<main class=\"main\"><article class=\"post-single\"><header class=\"post-header\"><h1 class=\"post-title entry-hint-parent\">{title}</h1>{m}</header>{t}<div class=\"post-content\">\n{content}</div><footer class=\"post-footer\">{nav}</footer></article></main>{foot}</body>"
            )
        }
        Layout::Substack => format!(
            "<body><div id=\"entry\"><div id=\"main\" class=\"main typography use-theme-bg\">{head}<div class=\"container\"><div class=\"single-post-container\"><div class=\"single-post\"><article class=\"typography newsletter-post post\"><div class=\"post-header\"><h1 class=\"post-title published\" dir=\"auto\">{title}</h1>{m}</div><div class=\"available-content\"><div dir=\"auto\" class=\"body markup\">\n{content}</div></div></article></div></div></div>{foot}</div></div></body>"
        ),
    };
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} | {}</title>\n<meta property=\"og:title\" content=\"{}\">\n<meta property=\"og:type\" content=\"article\">\n{}<link rel=\"canonical\" href=\"{url}\">\n</head>\n{bodyhtml}\n</html>\n",
        h.ui.html_lang,
        title,
        esc(&h.site),
        title,
        og_site_name(true, &h.site),
    );
    let (credit_id, plugin, pos) = match h.credit {
        Some((c, _, at)) => (
            Some(c.id),
            Some(c.plugin),
            Some(match at {
                CreditAt::Top => "top",
                CreditAt::Bottom => "bottom",
                CreditAt::InLast => "inside the last paragraph",
            }),
        ),
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
pub fn generate_families7(
    count: usize,
    seed: u64,
    first_id: usize,
    first_group: usize,
) -> Vec<Composition> {
    hosts(count, seed, first_id, first_group, |rng, id, group| {
        let ui = rng.pick(UIS7);
        let (site, home) = site_and_home(rng, SITE_FIRST, SITE_SECOND, TLDS);
        let layout = *rng.pick(LAYOUTS);
        let faq = *rng.pick(&[
            FaqStyle::Yoast,
            FaqStyle::RankMath,
            FaqStyle::Details,
            FaqStyle::Toggle,
        ]);
        let optin = if layout == Layout::Substack {
            rng.chance(80).then_some(Optin::Substack)
        } else if rng.chance(50) {
            Some(*rng.pick(&[Optin::Monster, Optin::Bloom, Optin::ThriveLeads]))
        } else {
            None
        };
        let credit = if rng.chance(45) {
            let c = rng.pick(ui.credits);
            let o = *rng.pick(ui.outlets);
            let at = *rng.pick(&[
                CreditAt::Top,
                CreditAt::Bottom,
                CreditAt::Bottom,
                CreditAt::InLast,
            ]);
            Some((c, o, at))
        } else {
            None
        };
        let h = Host {
            site,
            home,
            layout,
            ui,
            faq,
            tablepress: rng.chance(40),
            toc: rng.chance(50),
            code_toolbar: rng.chance(60),
            helpful: rng.chance(40),
            print: rng.chance(30),
            affiliate: rng.chance(35),
            share: rng.chance(60),
            optin,
            credit,
        };
        let mut stories: Vec<&'static Story7> =
            STORIES7.iter().filter(|s| s.lang == ui.lang).collect();
        rng.shuffle(&mut stories);
        let pages = (2 + rng.below(2)).min(stories.len());
        (0..pages)
            .map(|i| {
                let others: Vec<&'static Story7> = stories
                    .iter()
                    .copied()
                    .filter(|o| o.slug != stories[i].slug)
                    .collect();
                page(rng, &h, stories[i], &others, id + i, group)
            })
            .collect()
    })
}

/// The set's own consistency: every page passes the shared check, holds
/// a structured block, and every layout and language appears.
pub fn self_check(set: &[Composition]) -> Result<(), String> {
    for c in set {
        check(c)?;
        if c.expected.len() < 8 {
            return Err(format!("composition {}: short article", c.id));
        }
    }
    if set.len() >= 100 {
        for l in LAYOUTS {
            if !set.iter().any(|c| c.theme == l.name()) {
                return Err(format!("layout {} never drawn", l.name()));
            }
        }
        for u in UIS7 {
            let tag = format!("lang=\"{}\"", u.html_lang);
            if !set.iter().any(|c| c.html.contains(&tag)) {
                return Err(format!("language {} never drawn", u.html_lang));
            }
            if ui7(u.lang).html_lang != u.html_lang {
                return Err(format!("no interface words for {}", u.html_lang));
            }
        }
    }
    Ok(())
}
