//! A dated credit line whose phrase the lists hold without the
//! preposition after it ("Zuerst erschienen" + "bei Outlet am 3. März
//! 2025."): the preposition joins the phrase to the outlet's name and is
//! no part of it, and the date closes the line, its ordinal full stop
//! ("3.") and all: the whole line goes and the outlet is its name alone
//! (`credit.name-before-date`). Pages written for this suite.

use gleaner::{Article, Extractor, Url};

const STORY: &str = r#"
<p>Die Bergbahn am Hohen Stein fährt wieder: Nach zwei Wintern Pause hat die Gemeinde das alte Seil gegen ein neues tauschen lassen.</p>
<p>Die Arbeiten dauerten fünf Monate, weil das Material nur mit dem Hubschrauber zur Bergstation gebracht werden konnte.</p>
<p>Der Verein der Freunde der Bergbahn will im Sommer ein kleines Fest an der Talstation ausrichten.</p>
"#;

const FIRST: &str = "Die Bergbahn am Hohen Stein";
const LAST: &str = "ein kleines Fest an der Talstation ausrichten.";

fn page(body: &str) -> String {
    format!(
        r#"<html><head><title>Bergbahn fährt wieder | Tal Aktuell</title></head>
        <body><header class="site-header"><a class="site-title" href="/">Tal Aktuell</a>
        <nav><ul><li><a href="/">Start</a></li><li><a href="/region/">Region</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header>
        <main><article class="post"><h1 class="entry-title">Bergbahn fährt wieder</h1>
        <div class="entry-content">{body}</div></article></main>
        <footer class="site-footer"><p>© 2025 Tal Aktuell</p></footer></body></html>"#
    )
}

fn extract(html: &str) -> Article {
    let url = Url::parse("https://tal-aktuell.example/bergbahn-hoher-stein/").expect("static URL");
    match Extractor::default().extract(html, Some(&url)) {
        Ok(a) => a,
        Err(e) => panic!("extraction failed: {e}"),
    }
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
