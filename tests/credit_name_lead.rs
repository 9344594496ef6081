//! A dated credit line whose phrase the lists hold without the
//! preposition after it ("Zuerst erschienen" + "bei Outlet am 3. März
//! 2025."): the preposition joins the phrase to the outlet's name and is
//! no part of it, and the date closes the line, its ordinal full stop
//! ("3.") and all: the whole line goes and the outlet is its name alone
//! (`credit.name-before-date`). Pages written for this suite.

mod story;

use gleaner::Article;
use story::Blog;

const STORY: &str = r#"
<p>Die Bergbahn am Hohen Stein fährt wieder: Nach zwei Wintern Pause hat die Gemeinde das alte Seil gegen ein neues tauschen lassen.</p>
<p>Die Arbeiten dauerten fünf Monate, weil das Material nur mit dem Hubschrauber zur Bergstation gebracht werden konnte.</p>
<p>Der Verein der Freunde der Bergbahn will im Sommer ein kleines Fest an der Talstation ausrichten.</p>
"#;

const FIRST: &str = "Die Bergbahn am Hohen Stein";
const LAST: &str = "ein kleines Fest an der Talstation ausrichten.";

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "Tal Aktuell",
    title: "Bergbahn fährt wieder",
    menu: &["Start", "Region", "Sport"],
    year: 2025,
    ..story::BLOG
};

fn page(body: &str) -> String {
    SITE.page(body)
}

fn extract(html: &str) -> Article {
    story::extract(html, "https://tal-aktuell.example/bergbahn-hoher-stein/")
}

#[test]
fn preposition_after_the_phrase_is_not_the_name() {
    let credit = "<p><em>Zuerst erschienen bei Oberländer Kurier am 3. März 2025.</em></p>";
    let a = extract(&page(&format!("{credit}{STORY}")));
    assert!(
        a.text.contains(FIRST) && a.text.contains(LAST),
        "lost the story:\n{}",
        a.text
    );
    assert!(
        !a.text.contains("März 2025"),
        "the credit stayed:\n{}",
        a.text
    );
    assert_eq!(a.source_name.as_deref(), Some("Oberländer Kurier"));
}

#[test]
fn same_line_at_the_tail() {
    let credit = "<p>Zuerst erschienen bei Oberländer Kurier am 3. März 2025.</p>";
    let a = extract(&page(&format!("{STORY}{credit}")));
    assert!(a.text.contains(LAST), "lost the story:\n{}", a.text);
    assert!(
        !a.text.contains("März 2025"),
        "the credit stayed:\n{}",
        a.text
    );
    assert_eq!(a.source_name.as_deref(), Some("Oberländer Kurier"));
}
