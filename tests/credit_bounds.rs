//! Where a credit's outlet name ends and what a credit's link is about
//! (issue 16, families3 seed 17): a date opened by its month closes a
//! credit ("… by Outlet on March 3, 2024": `credit.name-before-date`); a
//! credit glued after the post's last sentence is cut off it, the
//! sentence kept (`credit.glued-at-tail`); a link whose query names the
//! site's own host is no source (`link.query-names-own-host`). And the
//! vocabulary of existing concepts: a post naming itself "este post", a
//! feed taken over as "syndicated", an author box's follower count.

mod story;

use story::Blog;

/// A story of our own: three paragraphs.
const STORY: &str = r#"
<p>The county library will open on Sunday afternoons from next month, the first change to its hours in eleven years.</p>
<p>Volunteers from the reading club will staff the front desk, and the council will pay for the heating and one librarian.</p>
<p>"People asked for it at every meeting we held this winter," said the head librarian, who has run the branch since it moved.</p>
"#;

const LAST: &str = "The first Sunday opening is planned for the second week of June.";

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "Millbrook Wire",
    title: "Library to open on Sunday afternoons",
    menu: &["Home", "Local"],
    ..story::BLOG
};

fn page(head: &str, tail: &str) -> String {
    SITE.page(&format!("{head}{STORY}<p>{LAST}</p>{tail}"))
}

fn extract(html: &str) -> gleaner::Article {
    story::explained(
        html,
        "https://millbrookwire.example/2024/05/library-sunday-hours/",
    )
}

#[test]
fn a_credit_dated_by_its_month_names_the_outlet_without_the_date() {
    let tail = "<p><em>First published by Valley Tribune on March 3, 2024.</em></p>";
    let a = extract(&page("", tail));
    assert_eq!(
        a.source_name.as_deref(),
        Some("Valley Tribune"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("First published"), "{}", a.text);
    assert!(a.text.contains(LAST), "{}", a.text);
}

#[test]
fn a_dated_credit_glued_to_the_first_sentence_leaves_the_sentence() {
    let first =
        "Anglers on the upper river will need a second permit from July, the water board said.";
    let head =
        format!("<p><em>First published by Valley Tribune on March 3, 2024.</em> {first}</p>");
    let a = extract(&page(&head, ""));
    assert_eq!(
        a.source_name.as_deref(),
        Some("Valley Tribune"),
        "{}",
        a.text
    );
    assert!(a.text.contains(first), "{}", a.text);
    assert!(!a.text.contains("First published"), "{}", a.text);
}

#[test]
fn a_credit_glued_after_the_last_sentence_is_cut_off_it() {
    for (closing, credit) in [
        (
            "Tickets for the reading club go on sale at the desk.",
            "Originally published on",
        ),
        (
            "Les billets du club de lecture sont en vente au guichet.",
            "Publié à l’origine sur",
        ),
    ] {
        let tail = format!(
            r#"<p>{closing} — <em>{credit} <a href="https://www.valley-tribune.example/news/library-sunday-hours-48213.html">valley-tribune.example</a> on 3 March 2024.</em></p>"#
        );
        let a = extract(&page("", &tail));
        assert!(a.text.contains(closing), "{credit}: {}", a.text);
        assert!(!a.text.contains(credit), "{credit}: {}", a.text);
        assert_eq!(
            a.source_url.as_ref().map(|u| u.as_str()),
            Some("https://www.valley-tribune.example/news/library-sunday-hours-48213.html"),
            "{credit}: {}",
            a.text
        );
    }
}

#[test]
fn a_one_sentence_plug_naming_the_outlet_still_goes() {
    let tail = r#"<p>Originally published on <a href="https://www.valley-tribune.example/news/library-sunday-hours-48213.html">valley-tribune.example</a>.</p>
        <p>Download the Valley Tribune app for more local news.</p>"#;
    let a = extract(&page("", tail));
    assert!(!a.text.contains("Download the Valley"), "{}", a.text);
    assert!(a.text.contains(LAST), "{}", a.text);
}

#[test]
fn a_link_whose_query_names_the_sites_host_is_no_source() {
    let tail = r#"<p class="preferred-source"><a href="https://search.example/preferences/source?q=millbrookwire">Add Millbrook Wire as a preferred source</a></p>"#;
    let a = extract(&page("", tail));
    assert!(a.source_url.is_none(), "{:?}", a.source_url);
    assert!(a.text.contains(LAST), "{}", a.text);
}

#[test]
fn a_credit_link_tagged_with_the_sites_name_still_credits() {
    // a referrer's tag names who sent the reader, not what the page is
    // about: the original's link keeps crediting the outlet.
    let tail = r#"<div class="syndicated-source"><a href="https://www.valley-tribune.example/news/48213?utm_source=millbrookwire">Valley Tribune</a></div>"#;
    let a = extract(&page("", tail));
    assert_eq!(
        a.source_url.as_ref().map(|u| u.host_str()),
        Some(Some("www.valley-tribune.example")),
        "{}",
        a.text
    );
}

#[test]
fn a_note_naming_a_syndicated_feed_credits_the_outlet() {
    let tail =
        "<p><i>(This article is syndicated from a partner feed of Coastal Daily Record.)</i></p>";
    let a = extract(&page("", tail));
    assert_eq!(
        a.source_name.as_deref(),
        Some("Coastal Daily Record"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("syndicated"), "{}", a.text);
}

#[test]
fn a_post_naming_itself_este_post_credits_the_linked_outlet() {
    let tail = r#"<p><small>Este post foi copiado automaticamente do site de <a href="https://www.gazeta-da-serra.example/">Gazeta da Serra</a>.</small></p>"#;
    let a = extract(&page("", tail));
    assert_eq!(
        a.source_url.as_ref().map(|u| u.as_str()),
        Some("https://www.gazeta-da-serra.example/"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("Este post"), "{}", a.text);
}

#[test]
fn an_author_boxs_follower_count_goes() {
    for count in ["1204 followers", "312 seguidores", "87 abonnés"] {
        let tail = format!(
            r#"<div><h3>Written by Dana Whitfield</h3><p>{count}</p><button>Follow</button></div>"#
        );
        let a = extract(&page("", &tail));
        assert!(!a.text.contains(count), "{count}: {}", a.text);
        assert!(a.text.contains(LAST), "{count}: {}", a.text);
    }
}
