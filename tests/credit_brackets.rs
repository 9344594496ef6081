//! Bracketed credits of an outlet whose name holds no periodical's word
//! (issue 16): told from a fact's bracketed source by where they stand
//! and where their link goes, not by the name's words.
//! - Linked: the link leads off the site to a story with the page's own
//!   slug, which a copied story keeps (`marker.same-story-slug`).
//! - Not linked: the bracket is glued to the post's own first or last
//!   words, with no sentence around it (`credit.bracketed-source-glued`).
//!
//! Look-alikes that credit a fact stay: a bracket inside a sentence, one
//! glued to a paragraph in the middle of the post, a name in lower case, a
//! link to a page with another slug.

mod story;

use story::Blog;
use story::{FERRY as STORY, FERRY_FIRST as FIRST, FERRY_LAST as LAST, FERRY_SECOND as SECOND};

/// The page's own address: its slug is the story's, in the words of the
/// language it was first written in (no word of the headline).
const PAGE_URL: &str = "https://dailywave.example/prom-na-wyspe-plynie-na-pradzie/";

/// The original on another host, under the same slug with an id.
const ORIGINAL: &str =
    "https://fp-online.example.net/wiadomosci/prom-na-wyspe-plynie-na-pradzie-48213.html";

const SITE: Blog = Blog {
    site: "Daily Wave",
    title: "Island ferry goes electric",
    menu: &["Home", "News", "About"],
    ..story::BLOG
};

fn extract(body: &str) -> gleaner::Article {
    story::explained(&SITE.page(body), PAGE_URL)
}

fn source(a: &gleaner::Article) -> Option<String> {
    a.source_url.as_ref().map(|u| u.to_string())
}

fn paragraphs() -> Vec<&'static str> {
    STORY.trim().lines().collect()
}

/// The story with the credit glued to the last paragraph's tail (after a
/// `<br>`, a dash, or its last sentence) or to the first's head (before a
/// dash).
fn glued(credit: &str) -> Vec<String> {
    let p = paragraphs();
    let open = |s: &str, with: &str| s.replacen("<p>", &format!("<p>{with}"), 1);
    let close = |s: &str, with: &str| s.replacen("</p>", &format!("{with}</p>"), 1);
    let head = |first: String| format!("{first}{}{}{}", p[1], p[2], p[3]);
    let tail = |last: String| format!("{}{}{}{last}", p[0], p[1], p[2]);
    vec![
        tail(close(p[3], &format!("<br>{credit}"))),
        tail(close(p[3], &format!(" — {credit}"))),
        tail(close(p[3], &format!(" {credit}"))),
        head(open(p[0], &format!("{credit} — "))),
    ]
}

#[test]
fn a_bracket_linking_a_story_with_the_pages_own_slug_gives_the_source() {
    for label in ["Źródło", "Source", "المصدر", "Kaynak"] {
        // The link's text names the outlet in words its host does not spell.
        let credit = format!(r#"[{label}: <a href="{ORIGINAL}">Fala Pomorska</a>]"#);
        let mut bodies = glued(&credit);
        bodies.push(format!("{STORY}<p>{credit}</p>"));
        for body in bodies {
            let a = extract(&body);
            assert_eq!(source(&a).as_deref(), Some(ORIGINAL), "{body}: {}", a.text);
            assert!(!a.text.contains("Fala Pomorska"), "{body}: {}", a.text);
            assert!(
                a.text.contains(FIRST) && a.text.contains(LAST),
                "{}",
                a.text
            );
            let rule = |r: &gleaner::Removed| r.rule.contains("marker.same-story-slug");
            assert!(a.removed.iter().any(rule), "{body}: {:?}", a.removed);
        }
    }
    a_link_to_a_story_with_another_slug_gives_no_source();
}

/// The same bracket linking a page of its own (a report, an agency's
/// table): no source.
fn a_link_to_a_story_with_another_slug_gives_no_source() {
    let other =
        "https://fp-online.example.net/wiadomosci/ruch-promowy-w-liczbach-za-rok-48213.html";
    let credit = format!(r#"[Źródło: <a href="{other}">Fala Pomorska</a>]"#);
    let body = format!("{STORY}<p>{credit}</p>");
    let a = extract(&body);
    assert_eq!(source(&a), None, "{}", a.text);
}

#[test]
fn a_bracketed_name_glued_to_the_posts_edge_goes_and_names_it() {
    for (credit, name) in [
        ("(Źródło: Echo Pomorza)", "Echo Pomorza"),
        ("(Source : L’Écho du Bocage)", "L’Écho du Bocage"),
        ("(المصدر: الرأي المحلي)", "الرأي المحلي"),
        ("[Kaynak: Ege Sesi]", "Ege Sesi"),
    ] {
        for body in glued(credit) {
            let a = extract(&body);
            assert_eq!(a.source_name.as_deref(), Some(name), "{body}: {}", a.text);
            assert!(!a.text.contains(name), "{body}: {}", a.text);
            assert!(
                a.text.contains(FIRST) && a.text.contains(LAST),
                "{}",
                a.text
            );
            let rule = |r: &gleaner::Removed| r.rule.contains("credit.bracketed-source-glued");
            assert!(a.removed.iter().any(rule), "{body}: {:?}", a.removed);
        }
    }
    facts_sources_stay();
}

/// A fact's bracketed source stays and names no outlet: inside the
/// sentence it backs, glued to a paragraph in the middle of the post, or
/// words in lower case.
fn facts_sources_stay() {
    let p = paragraphs();
    let inside = p[3].replacen(" holidays.</p>", " holidays (Źródło: Urząd Morski).</p>", 1);
    let middle = p[1].replacen("</p>", " (Źródło: Urząd Morski)</p>", 1);
    let lower = p[3].replacen("</p>", " (Source: own count)</p>", 1);
    for body in [
        format!("{}{}{}{inside}", p[0], p[1], p[2]),
        format!("{}{middle}{}{}", p[0], p[2], p[3]),
        format!("{}{}{}{lower}", p[0], p[1], p[2]),
    ] {
        let a = extract(&body);
        assert_eq!(a.source_name, None, "{body}: {}", a.text);
        assert_eq!(source(&a), None, "{body}: {}", a.text);
        assert!(
            a.text.contains("Urząd Morski") || a.text.contains("own count"),
            "{body}: {}",
            a.text
        );
        assert!(a.text.contains(SECOND), "{}", a.text);
    }
}

/// A Chinese and a Japanese story, each with the credit glued to its
/// first or last paragraph: the prose stays, the credit goes.
#[test]
fn a_bracket_glued_to_prose_without_spaces_is_cut_off_it() {
    let zh = [
        "每周二上午，区图书馆二楼阅览室都会坐满带着手机来上课的老年人。",
        "志愿者教他们给孙辈发照片、缴纳水电费，以及识别诈骗短信。",
        "课程免费，报名可在图书馆服务台办理，每期限二十人。",
    ];
    let credit = format!(r#"[来源：<a href="{ORIGINAL}">江畔之声</a>]"#);
    let with_head = [format!("{credit} {}", zh[0]), zh[1].into(), zh[2].into()];
    let with_tail = [zh[0].into(), zh[1].into(), format!("{} {credit}", zh[2])];
    for paras in [with_head, with_tail] {
        let body: String = paras.iter().map(|p| format!("<p>{p}</p>\n")).collect();
        let a = extract(&body);
        assert_eq!(source(&a).as_deref(), Some(ORIGINAL), "{body}: {}", a.text);
        assert!(!a.text.contains("江畔之声"), "{}", a.text);
        for p in zh {
            assert!(a.text.contains(p), "{p}: {}", a.text);
        }
    }
}
