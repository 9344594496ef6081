//! The source and the site's name on the layouts of the session-24 tuning
//! seeds (issue 16): a labelled credit linking the outlet's home page
//! under a name its domain spells without its prepositions; a credit
//! sentence about the post standing right under a bare image; an
//! outlet's name with a run of lower-case words inside it. (The site's
//! part of a `<title>` whose headline holds a dash of its own is tested
//! on `site_part` in `src/metadata/mod.rs`.)

mod story;

use story::Blog;
use story::{FERRY as STORY, FERRY_FIRST as FIRST, FERRY_LAST as LAST};

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "Daily Wave",
    title: "Island ferry goes electric",
    menu: &["Home", "News", "About"],
    ..story::BLOG
};

const URL: &str = "https://dailywave.example/island-ferry-electric/";

fn source(a: &gleaner::Article) -> Option<String> {
    a.source_url.as_ref().map(|u| u.to_string())
}

#[test]
fn a_home_link_credit_whose_domain_drops_the_names_short_words_gives_the_source() {
    // "Gazette of the Dales" on gazettedales.example: the domain drops
    // "of" and "the"; the block is a label and one link (dense with it).
    for (name, home) in [
        ("Gazette of the Dales", "https://www.gazettedales.example/"),
        ("Correio do Vale Norte", "https://correiovalenorte.example/"),
    ] {
        let credit =
            format!(r#"<div class="credit-row"><p>Credits: <a href="{home}">{name}</a></p></div>"#);
        let a = story::explained(&SITE.page(&format!("{STORY}{credit}")), URL);
        assert_eq!(source(&a).as_deref(), Some(home), "{name}: {}", a.text);
        assert_eq!(a.source_name.as_deref(), Some(name), "{name}");
        story::assert_kept(&[FIRST, LAST], &a.text);
    }
}

#[test]
fn a_home_link_whose_name_spells_another_host_is_no_source() {
    // The same line linking a host its name does not spell (dropping
    // short words or not) is a photographer's or a partner's credit.
    let credit = r#"<div class="credit-row"><p>Credits: <a href="https://www.dalesphoto.example/">Gazette of the Dales</a></p></div>"#;
    let a = story::extract(&SITE.page(&format!("{STORY}{credit}")), URL);
    assert_eq!(source(&a), None, "{}", a.text);
}

#[test]
fn a_credit_sentence_about_the_post_under_a_bare_image_names_the_outlet() {
    let figure =
        r#"<figure><img src="https://dailywave.example/uploads/quay-768x512.jpg" alt=""></figure>"#;
    for line in [
        "This article first appeared in Harbour Gazette.",
        "Dieser Artikel erschien zuerst bei Harbour Gazette.",
    ] {
        let body = format!("{figure}<p><em>{line}</em></p>{STORY}");
        let a = story::explained(&SITE.page(&body), URL);
        assert_eq!(a.source_name.as_deref(), Some("Harbour Gazette"), "{line}");
        assert!(!a.text.contains("Harbour Gazette"), "{}", a.text);
        story::assert_kept(&[FIRST, LAST], &a.text);
    }
}

#[test]
fn a_bare_source_label_under_a_bare_image_stays_the_images_credit() {
    // "Source: Agency" under an image credits the image, not the post.
    let figure =
        r#"<figure><img src="https://dailywave.example/uploads/quay-768x512.jpg" alt=""></figure>"#;
    let body = format!("{figure}<p><em>Source: Harbour Gazette</em></p>{STORY}");
    let a = story::extract(&SITE.page(&body), URL);
    assert_eq!(a.source_name, None, "{}", a.text);
}

#[test]
fn an_outlet_name_with_two_short_words_inside_is_read_whole() {
    let line = "<p><em>This story was generated automatically from a feed of the Voice of the Valley.</em></p>";
    let a = story::explained(&SITE.page(&format!("{STORY}{line}")), URL);
    assert_eq!(
        a.source_name.as_deref(),
        Some("Voice of the Valley"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("generated automatically"), "{}", a.text);
}
