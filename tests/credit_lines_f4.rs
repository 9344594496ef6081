//! Label-and-outlet credits in the layouts feed plugins print them (issue
//! 16, fourth red team): the label and the outlet in two cells of a
//! table's row, a definition list's term and definition, or a box's label
//! element and link, read as one line "Label: Outlet"; the label in the
//! languages beyond Western Europe. Look-alikes that credit a figure (a
//! data table's row, a paragraph's "Source:" between paragraphs) stay.

mod story;

use story::Blog;
use story::{FERRY as STORY, FERRY_FIRST as FIRST, FERRY_LAST as LAST};

/// The original's story, at an address whose path spells nothing.
const STORY_URL: &str = "https://riverpost.example.net/read/48213377";
const HOME_URL: &str = "https://riverpost.example.net/";

/// Source labels in several languages: English, Polish, Turkish,
/// Indonesian, Russian, Arabic, Japanese, Chinese, Vietnamese.
const LABELS: &[&str] = &[
    "Source",
    "Źródło",
    "Kaynak",
    "Sumber",
    "Источник",
    "المصدر",
    "出典",
    "来源",
    "Nguồn",
];

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "Daily Wave",
    title: "Island ferry goes electric",
    menu: &["Home", "News", "About"],
    ..story::BLOG
};

fn page(body: &str) -> String {
    SITE.page(body)
}

fn extract(html: &str) -> gleaner::Article {
    story::explained(html, "https://dailywave.example/island-ferry-electric/")
}

fn source(a: &gleaner::Article) -> Option<String> {
    a.source_url.as_ref().map(|u| u.to_string())
}

#[test]
fn a_table_row_of_label_and_address_gives_the_source() {
    for label in LABELS {
        let table = format!(
            r#"<table class="credit"><tbody><tr><td><strong>{label}</strong></td><td><a href="{STORY_URL}">{STORY_URL}</a></td></tr></tbody></table>"#
        );
        for body in [format!("{STORY}{table}"), format!("{table}{STORY}")] {
            let a = extract(&page(&body));
            assert_eq!(source(&a).as_deref(), Some(STORY_URL), "{label}: {body}");
            assert!(!a.text.contains("riverpost"), "{label}: {}", a.text);
            assert!(a.text.contains(FIRST) && a.text.contains(LAST), "{label}");
        }
    }
    figure_credits_give_no_source();
}

#[test]
fn a_definition_list_of_label_and_outlet_goes_whole() {
    for label in LABELS {
        let dl = format!(
            r#"<dl class="post-meta"><dt>{label}</dt><dd><a href="{HOME_URL}">River Post</a></dd></dl>"#
        );
        let a = extract(&page(&format!("{STORY}{dl}")));
        assert_eq!(source(&a).as_deref(), Some(HOME_URL), "{label}: {}", a.text);
        assert!(!a.text.contains("River Post"), "{label}: {}", a.text);
        assert!(!a.text.contains(label), "{label}: {}", a.text);
        assert!(a.text.contains(LAST), "{label}: {}", a.text);
    }
}

#[test]
fn a_box_of_a_label_element_and_a_link_gives_the_source() {
    for label in LABELS {
        let wide = matches!(*label, "出典" | "来源");
        // The label's colon written, or left to the style sheet.
        for colon in [if wide { "：" } else { ":" }, ""] {
            let boxed = format!(
                r#"<div class="credit-box"><span class="label">{label}{colon}</span> <a href="{STORY_URL}">River Post</a></div>"#
            );
            let a = extract(&page(&format!("{STORY}{boxed}")));
            let got = source(&a);
            assert_eq!(got.as_deref(), Some(STORY_URL), "{boxed}: {}", a.text);
            assert!(a.text.contains(LAST), "{label}: {}", a.text);
        }
    }
}

/// Look-alikes of the table's credit that credit a figure: no source.
fn figure_credits_give_no_source() {
    // A data table whose last row names the figures' source.
    let data = format!(
        r#"<table><tbody><tr><td>Crossings per day</td><td>42</td></tr><tr><td>Battery size</td><td>800 kWh</td></tr><tr><td>Source</td><td><a href="{STORY_URL}">{STORY_URL}</a></td></tr></tbody></table>"#
    );
    // A one-row table between paragraphs of prose.
    let row = format!(
        r#"<table><tbody><tr><td>Source</td><td><a href="{STORY_URL}">{STORY_URL}</a></td></tr></tbody></table>"#
    );
    let paras: Vec<&str> = STORY.trim().lines().collect();
    for credit in [&data, &row] {
        let body = format!("{}{}{credit}{}{}", paras[0], paras[1], paras[2], paras[3]);
        let a = extract(&page(&body));
        assert_eq!(source(&a), None, "{credit}: {}", a.text);
        assert!(a.text.contains(FIRST) && a.text.contains(LAST), "{credit}");
    }
}

/// The story's paragraphs, the credit glued to the first's head or the
/// last's tail (after a `<br>` or a dash), or a block of its own.
fn glued(credit: &str) -> Vec<String> {
    let paras: Vec<&str> = STORY.trim().lines().collect();
    let open = |p: &str, with: &str| p.replacen("<p>", &format!("<p>{with}"), 1);
    let close = |p: &str, with: &str| p.replacen("</p>", &format!("{with}</p>"), 1);
    vec![
        format!("{STORY}<p>{credit}</p>"),
        format!("<p>{credit}</p>{STORY}"),
        format!(
            "{}{}{}{}",
            paras[0],
            paras[1],
            paras[2],
            close(paras[3], &format!("<br>{credit}"))
        ),
        format!(
            "{}{}{}{}",
            paras[0],
            paras[1],
            paras[2],
            close(paras[3], &format!(" — {credit}"))
        ),
        format!(
            "{}{}{}{}",
            open(paras[0], &format!("{credit} — ")),
            paras[1],
            paras[2],
            paras[3]
        ),
    ]
}

#[test]
fn a_bracketed_credit_linking_the_outlet_goes_and_gives_the_source() {
    for (credit, shown) in [
        (
            format!(r#"[Źródło: <a href="{STORY_URL}">River Post</a>]"#),
            "River Post",
        ),
        (
            format!(r#"[Sumber: <a href="{STORY_URL}">Harian Sungai</a>]"#),
            "Harian Sungai",
        ),
        (
            format!(r#"（出典：<a href="{STORY_URL}">riverpost.example.net</a>）"#),
            "riverpost",
        ),
        (
            format!(r#"[来源：<a href="{STORY_URL}">江河日报</a>]"#),
            "江河日报",
        ),
        (
            format!(r#"[المصدر: <a href="{STORY_URL}">جريدة النهر</a>]"#),
            "جريدة النهر",
        ),
    ] {
        for body in glued(&credit) {
            let a = extract(&page(&body));
            assert_eq!(source(&a).as_deref(), Some(STORY_URL), "{body}: {}", a.text);
            assert!(!a.text.contains(shown), "{body}: {}", a.text);
            assert!(
                a.text.contains(FIRST) && a.text.contains(LAST),
                "{body}: {}",
                a.text
            );
        }
    }
    facts_sources_stay();
}

#[test]
fn a_bracketed_name_of_a_periodical_goes_and_names_it() {
    for (credit, name) in [
        ("(Kaynak: Ege Gazetesi)", "Ege Gazetesi"),
        ("(Sumber: Harian Sungai)", "Harian Sungai"),
        ("(Источник: Речная газета)", "Речная газета"),
        ("（出典：江河新聞）", "江河新聞"),
        ("(Źródło: Dziennik Rzeczny)", "Dziennik Rzeczny"),
    ] {
        for body in glued(credit) {
            let a = extract(&page(&body));
            assert_eq!(a.source_name.as_deref(), Some(name), "{body}: {}", a.text);
            assert!(!a.text.contains(name), "{body}: {}", a.text);
            assert!(
                a.text.contains(FIRST) && a.text.contains(LAST),
                "{body}: {}",
                a.text
            );
        }
    }
}

/// Look-alikes of the bracketed credit that credit a fact: they stay.
fn facts_sources_stay() {
    // An agency linked by its name, and a ministry named without a link:
    // a fact's source, whatever the language.
    for credit in [
        r#"[Źródło: <a href="https://stat.example.gov/ferries">Główny Urząd Statystyczny</a>]"#,
        "(Kaynak: Ulaştırma Bakanlığı)",
    ] {
        let body = glued(credit).remove(0);
        let a = extract(&page(&body));
        assert_eq!(source(&a), None, "{body}: {}", a.text);
        assert_eq!(a.source_name, None, "{body}: {}", a.text);
    }
}

#[test]
fn a_definition_list_at_the_head_goes_whole() {
    for label in LABELS {
        let dl = format!(
            r#"<dl class="post-meta"><dt>{label}</dt><dd><a href="{HOME_URL}">River Post</a></dd></dl>"#
        );
        let a = extract(&page(&format!("{dl}{STORY}")));
        assert_eq!(source(&a).as_deref(), Some(HOME_URL), "{label}: {}", a.text);
        assert!(!a.text.contains("River Post"), "{label}: {}", a.text);
        assert!(a.text.contains(FIRST), "{label}: {}", a.text);
    }
}

#[test]
fn a_credit_set_as_a_quote_goes() {
    for label in LABELS {
        let colon = if matches!(*label, "出典" | "来源") {
            "："
        } else {
            ": "
        };
        let quote = format!(
            r#"<blockquote class="source-quote"><p><cite>{label}{colon}<a href="{STORY_URL}" target="_blank">River Post</a></cite></p></blockquote>"#
        );
        let a = extract(&page(&format!("{STORY}{quote}")));
        assert_eq!(
            source(&a).as_deref(),
            Some(STORY_URL),
            "{label}: {}",
            a.text
        );
        assert!(!a.text.contains("River Post"), "{label}: {}", a.text);
        assert!(a.text.contains(LAST), "{label}: {}", a.text);
    }
    quotation_stays();
}

/// A quotation that opens with a label stays.
fn quotation_stays() {
    let quote = format!(
        r#"<blockquote><p>Source: the skipper, who told <a href="{STORY_URL}">River Post</a> the ferry will run all winter.</p></blockquote>"#
    );
    let a = extract(&page(&format!("{STORY}{quote}")));
    assert!(
        a.text.contains("the ferry will run all winter"),
        "{}",
        a.text
    );
}
