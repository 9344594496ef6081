//! The site signing a post with its own address on a line of its own
//! ("examplesite.com") goes as the site's name does, also when a dash
//! opens the line as a signature ("— examplesite.com"); another site's
//! address stays. Pages written for this suite.

mod story;

use gleaner::Article;
use story::Blog;

const STORY: &str = r#"
<p>The lending library of tools behind the fire station has passed its two hundredth member, three years after it opened with a borrowed drill.</p>
<p>Members pay a small yearly fee and can take out a ladder, a hedge trimmer or a tile cutter for a week at a time.</p>
<p>The volunteers who run it are asking for donations of garden tools before the spring rush.</p>
<p>Most loans last a weekend: a carpet cleaner before a family visit, a pressure washer for the patio, a saw for a shelf.</p>
<p>The most borrowed item last year was a long ladder, taken out forty times, mostly to clear gutters in the autumn.</p>
<p>A repair evening on the first Thursday of each month keeps the older tools working, with spare parts bought from the fees.</p>
<p>The council has offered a second room in the station yard, which would let the library keep a few larger machines.</p>
"#;

const FIRST: &str = "The lending library of tools behind the fire station";

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "Elm Row Daily",
    title: "Tool library passes two hundred members",
    menu: &["Home", "Local", "Life"],
    year: 2025,
    ..story::BLOG
};

fn page(body: &str) -> String {
    SITE.page(body)
}

fn extract(html: &str) -> Article {
    story::extract(
        html,
        "https://www.elmrowdaily.example/tool-library-two-hundred/",
    )
}

#[test]
fn dash_signed_own_address_goes() {
    for line in ["— www.elmrowdaily.example", "– elmrowdaily.example"] {
        let a = extract(&page(&format!("<p>{line}</p>{STORY}")));
        assert!(a.text.contains(FIRST), "lost the story:\n{}", a.text);
        assert!(
            !a.text.contains("elmrowdaily"),
            "{line:?} stayed:\n{}",
            a.text
        );
    }
}

#[test]
fn dash_signed_other_address_stays() {
    let a = extract(&page(&format!("{STORY}<p>— toolshare.example</p>")));
    assert!(
        a.text.contains("toolshare.example"),
        "the line went:\n{}",
        a.text
    );
}
