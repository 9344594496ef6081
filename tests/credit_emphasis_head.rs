//! A credit without a link, set off in an emphasis that opens the post's
//! first paragraph and glued to the prose after it by a dash ("<em>First
//! published by Outlet on 3 March 2025.</em> — Prose…"): the emphasis
//! bounds the credit, which is cut off the paragraph and names the
//! outlet; the prose stays. An emphasis opening the paragraph that is no
//! credit stays. Pages written for this suite.

mod story;

use gleaner::Article;
use story::Blog;

const FIRST: &str = "The swimming pond on the common has reopened after a summer of repairs to its clay lining and its wooden jetty.";

const REST: &str = r#"
<p>The lifeguards are back on weekends, and the changing huts have been painted the same green as before.</p>
<p>The pond's friends' group raised half of the money with a sponsored swim across the water last winter.</p>
<p>Swimmers are asked to shower before going in and to keep to the roped lanes on busy afternoons.</p>
"#;

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "Common Voice",
    title: "Swimming pond reopens",
    menu: &["Home", "News", "Sport"],
    year: 2025,
    ..story::BLOG
};

fn page(body: &str) -> String {
    SITE.page(body)
}

fn extract(html: &str) -> Article {
    story::extract(html, "https://commonvoice.example/swimming-pond-reopens/")
}

#[test]
fn emphasised_credit_glued_by_a_dash_is_cut() {
    let body = format!(
        "<p><em>First published by Hill Country Courier on 3 March 2025.</em> — {FIRST}</p>{REST}"
    );
    let a = extract(&page(&body));
    assert!(a.text.contains(FIRST), "lost the prose:\n{}", a.text);
    assert!(
        !a.text.contains("First published"),
        "the credit stayed:\n{}",
        a.text
    );
    assert_eq!(a.source_name.as_deref(), Some("Hill Country Courier"));
}

#[test]
fn emphasised_opening_that_credits_nothing_stays() {
    let body = format!("<p><em>Good news for swimmers.</em> — {FIRST}</p>{REST}");
    let a = extract(&page(&body));
    assert!(
        a.text.contains("Good news for swimmers."),
        "the emphasis went:\n{}",
        a.text
    );
    assert!(a.source_name.is_none(), "{:?}", a.source_name);
}
