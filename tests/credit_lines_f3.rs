//! Credit lines of forms no marker phrase spells (issue 16, third red
//! team): a copyright line of another outlet, a bracketed "(Source:
//! Outlet)" closing the post, a bot's pictograph footer, a credit set off
//! in an emphasis at the head of the first paragraph, a republication note
//! linking the outlet's home page and its story, a publisher field. Look-
//! alikes that report a fact's source stay.

mod story;

use gleaner::Url;
use story::Blog;

/// A story of our own: four paragraphs.
const STORY: &str = r#"
<p>The harbour's old net loft has been turned into a workshop where volunteers teach teenagers to mend fishing nets and sails on weekday evenings.</p>
<p>The town bought the loft from a retired skipper last autumn, and a carpentry class from the secondary school rebuilt its rotten floor in the spring.</p>
<p>"Half of them had never held a netting needle," said the volunteer who runs the Tuesday class, a former deckhand who worked the trawlers for thirty years.</p>
<p>The workshop is open to anyone over fourteen, and the town pays for the twine, the needles and a hot meal after each class.</p>
"#;

const FIRST: &str = "The harbour's old net loft has been turned into a workshop";
const LAST: &str =
    "The first mended nets will hang in the loft's windows for the harbour festival in August.";

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "Quay Digest",
    title: "Old net loft becomes a mending workshop",
    menu: &["Home", "News", "About"],
    ..story::BLOG
};

fn page(body: &str, after: &str) -> String {
    Blog { after, ..SITE }.page(&format!("{STORY}{body}"))
}

fn extract(html: &str) -> gleaner::Article {
    story::explained(
        html,
        "https://quaydigest.example/2024/05/net-loft-workshop/",
    )
}

fn reason_of(a: &gleaner::Article, needle: &str) -> String {
    a.removed
        .iter()
        .find(|r| r.preview.contains(needle))
        .map(|r| r.reason.clone())
        .unwrap_or_default()
}

#[test]
fn a_copyright_line_of_another_outlet_names_it() {
    for (line, name) in [
        (
            "© Harbour Gazette. Reproduced with permission.",
            "Harbour Gazette",
        ),
        (
            "© La Voz del Puerto. Reproducido con permiso.",
            "La Voz del Puerto",
        ),
        (
            "© Küstenbote. Nachdruck mit freundlicher Genehmigung.",
            "Küstenbote",
        ),
        (
            "© Il Faro della Costa. Riprodotto su autorizzazione.",
            "Il Faro della Costa",
        ),
    ] {
        for (body, after) in [
            (format!("<p>{LAST}</p><p>{line}</p>"), String::new()),
            (
                format!("<p>{LAST}</p>"),
                format!("<p class=\"copyright\">{line}</p>"),
            ),
        ] {
            let a = extract(&page(&body, &after));
            assert_eq!(a.source_name.as_deref(), Some(name), "{line}: {}", a.text);
            assert!(!a.text.contains(name), "{line}: {}", a.text);
            assert!(a.text.contains(LAST), "{line}: {}", a.text);
        }
    }
    // The site's own notice, and a photographer's, name no outlet.
    for line in [
        "© 2024 Harbour Gazette. All rights reserved.",
        "© Jane Fisher",
    ] {
        let a = extract(&page(&format!("<p>{LAST}</p><p>{line}</p>"), ""));
        assert_eq!(a.source_name, None, "{line}");
    }
}

#[test]
fn a_bracketed_source_closing_the_post_names_the_outlet() {
    let credit = "(Source: The Harbour Courier)";
    for body in [
        format!("<p>{LAST}</p><p>{credit}</p>"),
        format!("<p>{LAST} {credit}</p>"),
    ] {
        let a = extract(&page(&body, ""));
        assert_eq!(
            a.source_name.as_deref(),
            Some("The Harbour Courier"),
            "{body}"
        );
        assert!(!a.text.contains("Harbour Courier"), "{}", a.text);
        assert!(a.text.contains(LAST), "{}", a.text);
        assert!(
            reason_of(&a, "Harbour Courier").contains("credit.bracketed-source"),
            "{:?}",
            a.removed
        );
    }
    // A bracketed source of a fact, between paragraphs or naming no
    // periodical, stays.
    let fact = "(Source: regional fisheries office, 2023 landings)";
    let a = extract(&page(&format!("<p>{LAST}</p><p>{fact}</p>"), ""));
    assert_eq!(a.source_name, None);
    assert!(a.text.contains("regional fisheries office"), "{}", a.text);
}

#[test]
fn a_pictograph_footer_gives_its_credits_link() {
    let url = "https://harbourgazette.example/news/net-loft-workshop-1234.html";
    let body = format!(
        r#"<p>{LAST}</p><p>📰 Source: <a href="{url}">Harbour Gazette</a> | 📲 Get instant updates on our Telegram channel</p>"#
    );
    let a = extract(&page(&body, ""));
    assert_eq!(a.source_url.as_ref().map(Url::as_str), Some(url));
    assert_eq!(a.source_name.as_deref(), Some("Harbour Gazette"));
    assert!(!a.text.contains("Telegram"), "{}", a.text);
}

#[test]
fn an_emphasised_credit_glued_to_the_first_paragraph_is_cut_off_it() {
    let url = "https://harbourgazette.example/news/net-loft-workshop";
    let story = STORY.replacen(
        "<p>The harbour's",
        &format!(
            r#"<p><em>Originally published at <a href="{url}">harbourgazette.example</a> on 14 May 2024.</em> The harbour's"#
        ),
        1,
    );
    let html = page("", "").replace(STORY, &story);
    let a = extract(&html);
    assert!(a.text.contains(FIRST), "{}", a.text);
    assert!(!a.text.contains("Originally published"), "{}", a.text);
    assert_eq!(a.source_url.as_ref().map(Url::as_str), Some(url));
}

#[test]
fn a_republication_note_gives_the_story_not_the_home_page() {
    let story = "https://harbourgazette.example/news/net-loft-workshop";
    let note = format!(
        r#"<p class="republish-note"><em>This article is republished from <a href="https://harbourgazette.example/">Harbour Gazette</a> under a Creative Commons license. Read the <a href="{story}">original article</a>.</em></p>"#
    );
    let a = extract(&page(&format!("<p>{LAST}</p>"), &note));
    assert_eq!(a.source_url.as_ref().map(Url::as_str), Some(story));
}

#[test]
fn a_publisher_field_and_a_first_published_line_name_the_outlet() {
    for (line, name) in [
        (
            r#"<div class="meta"><span class="k">Testata:</span> <span class="v">Il Faro della Costa</span></div>"#,
            "Il Faro della Costa",
        ),
        (
            r#"<div class="meta"><span class="k">Publisher:</span> <span class="v">Harbour Gazette</span></div>"#,
            "Harbour Gazette",
        ),
        (
            "<p><em>Publicado por primera vez por La Voz del Puerto el 14 de mayo de 2024.</em></p>",
            "La Voz del Puerto",
        ),
    ] {
        let a = extract(&page(&format!("<p>{LAST}</p>"), line));
        assert_eq!(a.source_name.as_deref(), Some(name), "{line}");
    }
}

#[test]
fn a_dash_led_credit_glued_to_the_last_paragraph_is_cut_off_it() {
    let home = "https://www.harbourgazette.example/";
    let body =
        format!(r#"<p>{LAST} — Credits: <a href="{home}" target="_blank">Harbour Gazette</a></p>"#);
    let a = extract(&page(&body, ""));
    assert!(!a.text.contains("Credits"), "{}", a.text);
    assert!(a.text.contains(LAST), "{}", a.text);
    assert_eq!(a.source_url.as_ref().map(Url::as_str), Some(home));
}
