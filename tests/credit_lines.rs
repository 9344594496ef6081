//! Credit lines of feed plugins in every position (issue 16, part 4): a
//! credit glued to the post's last paragraph (after a `<br>` or after the
//! last sentence with a space), after the post's container, or at its
//! head; a linked or a plain outlet name; and the original outlet's own
//! promotion copied with the article. Prose that says "via", "source" or
//! "read more" stays.

mod story;

use gleaner::Url;
use story::Blog;

/// A story of our own: five paragraphs, the last one left open for a
/// credit glued to it.
const STORY: &str = r#"
<p>The valley's orchard cooperative has started pressing its bruised apples into juice instead of selling them at a loss to the cannery in town.</p>
<p>Members voted in March to buy a second-hand press from a farm that closed last year, and the first bottles went on sale at the Saturday market.</p>
<p>"We used to throw away a fifth of the harvest," said the cooperative's treasurer, who keeps the accounts in a school exercise book.</p>
<p>The juice sells for three euros a bottle, and the cooperative says it has already covered half the cost of the press.</p>
"#;

const LAST: &str =
    "The press will run every weekday until the end of October, when the last apples come in.";

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "Valley Mirror",
    title: "Orchard presses bruised apples into juice",
    menu: &["Home", "News", "About"],
    ..story::BLOG
};

fn page(body: &str, after: &str) -> String {
    Blog { after, ..SITE }.page(&format!("{STORY}{body}"))
}

fn extract(html: &str) -> gleaner::Article {
    let url = Url::parse("https://valleymirror.example/2024/05/orchard-juice/").unwrap();
    gleaner::extract(html, Some(&url)).unwrap()
}

fn source(a: &gleaner::Article) -> Option<&str> {
    a.source_url.as_ref().map(Url::as_str)
}

#[test]
fn a_via_line_glued_after_the_last_sentence_goes_and_gives_the_source() {
    let url = "https://orchardnews.example/2024/05/12/cooperative-juice/";
    for sep in [" ", "<br>"] {
        let html = page(
            &format!(r#"<p>{LAST}{sep}via Orchard News <a href="{url}">{url}</a></p>"#),
            "",
        );
        let a = extract(&html);
        assert!(!a.text.contains("via Orchard News"), "{sep:?}: {}", a.text);
        assert!(!a.text.contains(url), "{sep:?}: {}", a.text);
        assert!(a.text.contains(LAST), "{sep:?}: {}", a.text);
        assert_eq!(source(&a), Some(url), "{sep:?}");
    }
}

#[test]
fn a_go_to_source_link_glued_to_the_last_sentence_goes_with_its_author_line() {
    let url = "https://orchardnews.example/cooperative-juice";
    for (link, author) in [
        ("Go to Source", "Author: Mara Lind"),
        ("Aller à la source", "Auteur : Mara Lind"),
        ("Zur Quelle wechseln", "Autor: Mara Lind"),
    ] {
        let html = page(
            &format!(r#"<p>{LAST} <a href="{url}" target="_blank">{link}</a><br />{author}</p>"#),
            "",
        );
        let a = extract(&html);
        assert!(!a.text.contains(link), "{link}: {}", a.text);
        assert!(!a.text.contains("Mara Lind"), "{link}: {}", a.text);
        assert!(a.text.contains(LAST), "{link}: {}", a.text);
        assert_eq!(source(&a), Some(url), "{link}");
    }
}

#[test]
fn a_credit_after_the_posts_container_names_the_outlet() {
    for (credit, name) in [
        (
            "<p><strong>Source:</strong> Orchard News</p>",
            "Orchard News",
        ),
        ("<p>(With inputs from Orchard News)</p>", "Orchard News"),
        (
            "<p><em>Reprinted with permission from Orchard News.</em></p>",
            "Orchard News",
        ),
        (
            "<p>Con información de Diario del Valle</p>",
            "Diario del Valle",
        ),
    ] {
        let html = page(&format!("<p>{LAST}</p>"), credit);
        let a = extract(&html);
        assert_eq!(a.source_name.as_deref(), Some(name), "{credit}");
        assert!(a.text.contains(LAST), "{credit}: {}", a.text);
    }
}

#[test]
fn a_credit_opened_by_a_few_words_after_the_container_gives_the_source() {
    let url = "https://orchardnews.example/cooperative-juice";
    let credit = format!(
        r#"<p><small>This post was syndicated from <a href="{url}">Orchard News</a>.</small></p>"#
    );
    let a = extract(&page(&format!("<p>{LAST}</p>"), &credit));
    assert_eq!(source(&a), Some(url));
}

#[test]
fn a_plain_credit_opened_by_a_few_words_at_the_head_goes() {
    let html = page(
        &format!("<p>{LAST}</p>"),
        "",
    )
    .replace(
        r#"<div class="entry-content">"#,
        r#"<div class="entry-content"><p><em>Dieser Artikel erschien zuerst bei Obstbau Kurier.</em></p>"#,
    );
    let a = extract(&html);
    assert!(!a.text.contains("erschien zuerst"), "{}", a.text);
    assert_eq!(a.source_name.as_deref(), Some("Obstbau Kurier"));
}

#[test]
fn the_outlets_promotion_goes_when_a_credit_after_the_post_names_it() {
    let url = "https://orchardnews.example/cooperative-juice";
    for credit in [
        format!(r#"<p>Vía: <a href="{url}">Orchard News</a></p>"#),
        format!(r#"<p><a href="{url}">Go to Source</a></p>"#),
    ] {
        let html = page(
            &format!("<p>{LAST}</p><p>Download the Orchard News app for alerts on your phone.</p>"),
            &credit,
        );
        let a = extract(&html);
        assert!(!a.text.contains("Orchard News app"), "{credit}: {}", a.text);
        assert!(a.text.contains(LAST), "{credit}: {}", a.text);
    }
}

#[test]
fn prose_that_says_via_source_or_read_more_stays() {
    let prose = [
        "The apples travel via the old mill road, which the council resurfaced last spring.",
        "The main source of the cooperative's income is still the cannery contract. via the mill, the juice reaches three shops.",
        "Read more about the press in the cooperative's newsletter, the treasurer said with a laugh.",
    ];
    let body: String = prose.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html = page(&format!("{body}<p>{LAST}</p>"), "");
    let a = extract(&html);
    for p in prose {
        assert!(a.text.contains(p), "{p}: {}", a.text);
    }
    assert!(a.text.contains(LAST));
    assert_eq!(a.source_url, None);
    assert_eq!(a.source_name, None);
}

#[test]
fn a_bracketed_via_line_after_a_break_gives_the_source() {
    let url = "https://orchardnews.example/local/cooperative-juice.html";
    // A long last sentence, and a short one in a loose `<div>` (as
    // Blogger writes a post) whose block is mostly the credit's link and
    // which the body's cleaning drops whole: the page gives its source
    // either way.
    for last in [LAST, "The press runs on weekdays."] {
        let html = page(
            &format!(
                r#"<div>{last}<br />(via <a href="{url}" target="_blank">Orchard News</a>)</div>"#
            ),
            "",
        );
        let a = extract(&html);
        assert!(!a.text.contains("(via"), "{}", a.text);
        assert_eq!(source(&a), Some(url), "{last}");
    }
    let html = page(
        &format!(r#"<p>{LAST}<br />(via <a href="{url}">Orchard News</a>)</p>"#),
        "",
    );
    assert!(extract(&html).text.contains(LAST));
}

#[test]
fn the_outlets_promotion_goes_when_only_its_host_names_it_with_accents() {
    let url = "https://www.allgaeuer-bote.example/lokales/obstpresse-123";
    let html = page(
        &format!(
            "<p>{LAST}</p><p>Laden Sie die App der Allgäuer Bote herunter und verpassen Sie keine Eilmeldung.</p>"
        ),
        &format!(r#"<p><a href="{url}">Zur Quelle wechseln</a></p>"#),
    );
    let a = extract(&html);
    assert!(!a.text.contains("Laden Sie die App"), "{}", a.text);
    assert!(a.text.contains(LAST), "{}", a.text);
    assert_eq!(source(&a), Some(url));
}

#[test]
fn an_appeared_first_line_after_the_post_names_the_outlet_not_the_headline() {
    let url = "https://orchardnews.example/2024/05/12/juice/";
    let credit = format!(
        r#"<p>The post <a rel="nofollow" href="{url}">Orchard juice</a> appeared first on <a rel="nofollow" href="https://orchardnews.example/">Orchard News</a>.</p>"#
    );
    let a = extract(&page(&format!("<p>{LAST}</p>"), &credit));
    assert_eq!(source(&a), Some(url));
    assert_eq!(a.source_name.as_deref(), Some("Orchard News"));
}

#[test]
fn a_short_last_sentence_before_a_plain_credit_stays() {
    let html = page("<p>It works. Con información de Diario del Valle.</p>", "");
    let a = extract(&html);
    assert!(a.text.contains("It works."), "{}", a.text);
    assert!(!a.text.contains("Con información"), "{}", a.text);
    assert_eq!(a.source_name.as_deref(), Some("Diario del Valle"));
}

/// A plain "Quelle: Outlet" line at the head of the post, right after the
/// featured image: when the image's own caption already credits it
/// ("Photo: …"), the line is the post's credit and names the outlet; after
/// an image without a caption, it may be the image's credit and names
/// nothing.
#[test]
fn a_plain_credit_after_an_image_credited_already_names_the_outlet() {
    let with_caption = "<p><img src=\"/wp-content/uploads/2024/05/img-2291.jpg\" alt=\"\" width=\"800\" height=\"533\"><br>Photo: IMG_2291.jpg</p>";
    let bare = "<p><img src=\"/wp-content/uploads/2024/05/img-2291.jpg\" alt=\"\" width=\"800\" height=\"533\"></p>";
    let credit = "<p><strong>Quelle:</strong> Obstbau Kurier</p>";
    let a = extract(&page_with_head(&format!("{with_caption}{credit}")));
    assert_eq!(
        a.source_name.as_deref(),
        Some("Obstbau Kurier"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("Quelle"), "{}", a.text);
    let a = extract(&page_with_head(&format!("{bare}{credit}")));
    assert_eq!(a.source_name, None, "{}", a.text);
}

/// A plain credit line is the image's only right under a bare image. Under
/// an image with a caption of its own (here the file name a theme prints
/// as the caption, which the stripper drops), the line credits the post
/// and names the outlet.
#[test]
fn a_plain_credit_under_a_captioned_image_names_the_outlet() {
    let figure = "<figure class=\"wp-block-image\"><img src=\"/wp-content/uploads/2024/05/dsc-0412.jpg\" alt=\"\"><figcaption>DSC_0412-1024x683</figcaption></figure>";
    for label in ["Source:", "Courtesy:"] {
        let credit = format!("<p><em>{label} Obstbau Kurier</em></p>");
        let a = extract(&page_with_head(&format!("{figure}{credit}")));
        assert_eq!(
            a.source_name.as_deref(),
            Some("Obstbau Kurier"),
            "{label}: {}",
            a.text
        );
        assert!(!a.text.contains(label), "{label}: {}", a.text);
        assert!(!a.text.contains("DSC_0412"), "{label}: {}", a.text);
    }
}

/// The page with `credit` closing the post and, second, with it after the
/// post's container.
fn placed(credit: &str) -> [gleaner::Article; 2] {
    [
        extract(&page(&format!("<p>{LAST}</p>{credit}"), "")),
        extract(&page(&format!("<p>{LAST}</p>"), credit)),
    ]
}

/// [`page`] with `head` before the story inside the post's content.
fn page_with_head(head: &str) -> String {
    page("", "").replacen(
        "<div class=\"entry-content\">",
        &format!("<div class=\"entry-content\">{head}"),
        1,
    )
}

/// A credit a feed plugin glues to the head of the post's first paragraph
/// ("Source: <a>Outlet</a> The town's…", with a space or a `<br>` between
/// them) is cut off; the paragraph stays and the credit gives the source.
#[test]
fn a_credit_glued_to_the_head_of_the_first_paragraph_goes_the_paragraph_stays() {
    let url = "https://orchardnews.example/2024/05/12/cider-festival/";
    let first = "The town's cider festival will move to the old railway yard this autumn, because the market square is being dug up for new drains.";
    for (label, sep) in [("Source:", " "), ("Source:", "<br>"), ("Quelle:", " ")] {
        let head = format!(
            r#"<p>{label} <a href="{url}" target="_blank">Orchard News</a>{sep}{first}</p>"#
        );
        let a = extract(&page_with_head(&head));
        assert!(a.text.contains(first), "{label} {sep:?}: {}", a.text);
        assert!(!a.text.contains(label), "{label} {sep:?}: {}", a.text);
        assert_eq!(source(&a), Some(url), "{label} {sep:?}");
    }
}

/// A credit whose own sentence goes on after its link ("Originally
/// published at <a>…</a> on 18 May.") still goes whole at the tail.
#[test]
fn a_credit_sentence_going_on_after_its_link_goes_whole() {
    let url = "https://orchardnews.example/cider-festival";
    let html = page(
        &format!(
            r#"<p>{LAST}</p><p>Originally published at <a href="{url}">orchardnews.example</a> on 18 May 2024. Please share it with the friends who drink cider.</p>"#
        ),
        "",
    );
    let a = extract(&html);
    assert!(!a.text.contains("Originally published"), "{}", a.text);
    assert!(a.text.contains(LAST), "{}", a.text);
}

/// A page builder's last text module holding the post's last paragraph
/// with a credit linked after its last sentence ("…in October. (via
/// <a>Outlet</a>)", "…in October. Source: <a>Headline</a>"): the module
/// is prose and a link line, not a link-dense block; the paragraph stays.
#[test]
fn a_credit_after_the_last_sentence_of_a_builder_module_keeps_the_paragraph() {
    let url = "https://orchardnews.example/2024/05/12/cooperative-juice/";
    let last = "The first pressing is on Friday.";
    for credit in [
        format!(r#"(via <a href="{url}">Orchard News</a>)"#),
        format!(
            r#"Source: <em><a href="{url}">Orchard cooperative presses its bruised apples into juice</a></em>"#
        ),
    ] {
        let html = page(
            &format!(
                r#"<div class="wpb_text_column"><div class="wpb_wrapper"><p>{last} {credit}</p></div></div>"#
            ),
            "",
        );
        let a = extract(&html);
        assert!(a.text.contains(last), "{credit}: {}", a.text);
    }
}

#[test]
fn a_credit_label_linking_the_outlets_home_page_gives_the_source_in_the_post_and_after_it() {
    let home = "https://hillsidegazette.example/";
    for (label, name) in [
        ("Credit:", "Hillside Gazette"),
        ("Crédit :", "La Hillside Gazette"),
        ("Créditos:", "Hillside Gazette"),
    ] {
        let line = format!(r#"<p><em>{label} <a href="{home}">{name}</a></em></p>"#);
        let last = format!("<p>{LAST}</p>");
        for (body, after) in [
            (format!("{last}{line}"), String::new()),
            (last.clone(), line.clone()),
        ] {
            let a = extract(&page(&body, &after));
            assert!(!a.text.contains("Hillside Gazette"), "{label}: {}", a.text);
            assert!(a.text.contains(LAST), "{label}: {}", a.text);
            assert_eq!(source(&a), Some(home), "{label} {body}");
        }
    }
}

#[test]
fn a_credit_label_linking_a_name_that_is_not_its_host_gives_no_source() {
    // A photographer's credit: the link's text does not name its host.
    let html = page(
        &format!(
            r#"<p>{LAST}</p><p><em>Credit: <a href="https://pixelstock.example/u/4411">Mara Lindqvist</a></em></p>"#
        ),
        "",
    );
    let a = extract(&html);
    assert!(a.text.contains(LAST), "{}", a.text);
    assert_eq!(source(&a), None);
}

#[test]
fn where_the_post_was_found_at_the_outlet_is_not_part_of_its_name() {
    for (line, name) in [
        (
            "Syndicated from the RSS feed of Hillside Gazette.",
            "Hillside Gazette",
        ),
        (
            "Cet article est paru initialement sur le site de La Gazette des Coteaux.",
            "La Gazette des Coteaux",
        ),
        ("Text- und Bildquelle: Hangblatt Kurier", "Hangblatt Kurier"),
    ] {
        let a = extract(&page(
            &format!("<p>{LAST}</p><p><small>{line}</small></p>"),
            "",
        ));
        assert!(!a.text.contains(name), "{line}: {}", a.text);
        assert!(a.text.contains(LAST), "{line}: {}", a.text);
        assert_eq!(a.source_name.as_deref(), Some(name), "{line}");
    }
}

#[test]
fn a_credit_opening_a_short_post_of_loose_text_keeps_the_article_after_it() {
    let html = r#"<html><head><title>Ferry timetable returns | Valley Mirror</title></head>
        <body><header class="site-header"><a class="site-title" href="/">Valley Mirror</a></header>
        <main><article class="post"><h1 class="entry-title">Ferry timetable returns</h1>
        <div class="entry-summary">
        <p><em>Source : Hillside Gazette</em></p>
        The lake ferry will run its full summer timetable again from Monday, after the operator hired two more deckhands from the villages on the far shore.<br><br>
        Tickets keep last year's prices, and bicycles travel free on the first crossing of the day.<br><br>
        The operator said it would add an evening boat in July if the weather holds.<br><br>
        </div></article></main>
        <footer class="site-footer"><p>© 2024 Valley Mirror</p></footer></body></html>"#;
    let a = extract(html);
    assert!(!a.text.contains("Hillside Gazette"), "{}", a.text);
    for kept in [
        "full summer timetable",
        "bicycles travel free",
        "evening boat",
    ] {
        assert!(a.text.contains(kept), "{kept}: {}", a.text);
    }
    assert_eq!(a.source_name.as_deref(), Some("Hillside Gazette"));
}

#[test]
fn a_nota_original_link_glued_after_the_last_sentence_gives_the_source() {
    let url = "https://hillsidegazette.example/2024/05/12/cooperative-juice/";
    let html = page(
        &format!(r#"<p>{LAST}<br><a href="{url}" rel="nofollow">Nota original</a></p>"#),
        "",
    );
    let a = extract(&html);
    assert!(!a.text.contains("Nota original"), "{}", a.text);
    assert!(a.text.contains(LAST), "{}", a.text);
    assert_eq!(source(&a), Some(url));
}

#[test]
fn read_the_full_article_credits_in_their_other_languages_give_the_source() {
    let url = "https://hillsidegazette.example/2024/05/12/cooperative-juice/";
    for line in [
        format!(r#"Den vollständigen Artikel finden Sie bei <a href="{url}">Hangblatt</a>."#),
        format!(r#"Lire l’article complet sur <a href="{url}">La Gazette</a>"#),
        format!(r#"<a href="{url}">Leggi l’articolo completo su La Gazzetta</a>"#),
        format!(r#"Lee la noticia completa en <a href="{url}">La Gaceta</a>"#),
        format!(r#"Leia a matéria completa em <a href="{url}">A Gazeta</a>."#),
        format!(r#"<small>Content retrieved from: <a href="{url}">{url}</a>.</small>"#),
    ] {
        for (body, after) in [
            (format!("<p>{LAST}</p><p>{line}</p>"), String::new()),
            (format!("<p>{LAST}</p>"), format!("<p>{line}</p>")),
        ] {
            let a = extract(&page(&body, &after));
            assert!(a.text.contains(LAST), "{line}: {}", a.text);
            assert!(!a.text.contains(url), "{line}: {}", a.text);
            assert_eq!(source(&a), Some(url), "{line} {after:?}");
        }
    }
}

/// "→ <a>outlet.example</a>": a pointer glyph and a link whose text is the
/// address of the host it leads to, as a line of its own, credits the
/// original: at the post's tail it goes and gives the source; after the
/// post's container it gives the source. The slug here does not spell the
/// headline (the link is not told by where it goes).
#[test]
fn a_pointer_to_the_outlets_address_is_a_credit_in_and_after_the_post() {
    let url = "https://www.orchardnews.example/region/story-88412";
    for glyph in ["→", "»", "➜"] {
        let line =
            format!(r#"<p>{glyph} <a href="{url}" rel="nofollow">orchardnews.example</a></p>"#);
        let inside = extract(&page(&format!("<p>{LAST}</p>{line}"), ""));
        assert!(
            !inside.text.contains("orchardnews.example"),
            "{glyph}: {}",
            inside.text
        );
        assert!(inside.text.contains(LAST), "{glyph}: {}", inside.text);
        assert_eq!(source(&inside), Some(url), "{glyph} inside");
        assert_eq!(
            inside.source_name, None,
            "{glyph}: an address names no outlet"
        );
        let after = extract(&page(&format!("<p>{LAST}</p>"), &line));
        assert_eq!(source(&after), Some(url), "{glyph} after");
    }
}

/// A pointer before a link whose text is not its host's address or name
/// (a related story's headline, another host's address) credits nothing;
/// a pointer and the outlet's address inside prose is the article's.
#[test]
fn a_pointer_to_a_headline_or_to_another_hosts_address_is_no_credit() {
    let url = "https://www.orchardnews.example/region/story-88412";
    for line in [
        format!(r#"<p>→ <a href="{url}">Cider makers fear a short season</a></p>"#),
        format!(r#"<p>→ <a href="{url}">fruitgrowers.example</a></p>"#),
    ] {
        let a = extract(&page(&format!("<p>{LAST}</p>{line}"), ""));
        assert_eq!(source(&a), None, "{line}");
        let a = extract(&page(&format!("<p>{LAST}</p>"), &line));
        assert_eq!(source(&a), None, "{line} after");
    }
    // A footer's list of partner sites, each behind a pointer.
    let partners = r#"<footer class="partners"><ul>
        <li>› <a href="https://fruitgrowers.example/">fruitgrowers.example</a></li>
        <li>› <a href="https://cider.orchardnews.example/cider/">Orchard News</a></li></ul>
        <p>› <a href="https://juicepress.example/">juicepress.example</a></p>
        <p>› <a href="https://applefair.example/">applefair.example</a></p></footer>"#;
    let a = extract(&page(&format!("<p>{LAST}</p>"), partners));
    assert_eq!(source(&a), None, "partner links");
    let prose = format!(
        r#"<p>{LAST} The cooperative's price list → <a href="{url}">orchardnews.example</a> has the details.</p>"#
    );
    let a = extract(&page(&prose, ""));
    assert!(a.text.contains("orchardnews.example"), "{}", a.text);
    assert_eq!(source(&a), None);
}

/// "[<a>Source</a>]" closing the post, the bracketed word all one link to
/// another host whose path does not spell the headline: a feed plugin's
/// permalink to the original, not a figure's credit. A bracketed word
/// with no link stays.
#[test]
fn a_bracketed_source_link_closing_the_post_goes_and_gives_the_source() {
    let url = "https://orchardnews.example/a/88412";
    let a = extract(&page(
        &format!(r#"<p>{LAST}</p><p>[<a href="{url}" rel="nofollow">Source</a>]</p>"#),
        "",
    ));
    assert!(!a.text.contains("[Source]"), "{}", a.text);
    assert!(a.text.contains(LAST), "{}", a.text);
    assert_eq!(source(&a), Some(url));
    let a = extract(&page(&format!("<p>{LAST}</p><p>[Source]</p>"), ""));
    assert!(a.text.contains("[Source]"), "{}", a.text);
}

/// A credit glued to the head of a first paragraph that is one short
/// sentence ("Source: <a>Outlet</a> The festival moves…") is cut off as a
/// credit: the sentence is no plug of the outlet it follows, and stays.
#[test]
fn a_credit_glued_to_a_short_first_sentence_goes_the_sentence_stays() {
    let url = "https://orchardnews.example/2024/05/12/cider-festival/";
    let first = "The cider festival moves to the old railway yard this autumn.";
    let head =
        format!(r#"<p>Source: <a href="{url}" target="_blank">Orchard News</a> {first}</p>"#);
    let a = extract(&page_with_head(&head));
    assert!(a.text.contains(first), "{}", a.text);
    assert!(!a.text.contains("Source:"), "{}", a.text);
    assert_eq!(source(&a), Some(url));
}

/// "via Outlet <a>https://…</a>" whose link leads to the same story at the
/// outlet (its path spells the headline) credits the article even when the
/// theme put two boxes of prose after it (a guest-post plug, a
/// disclaimer): it gives the source.
#[test]
fn a_credit_linking_the_same_story_before_boxes_of_prose_gives_the_source() {
    let url = "https://orchardnews.example/local/orchard-presses-bruised-apples-into-juice.html";
    let body = format!(
        r#"<p>{LAST}</p>
        <div>via Orchard News <a href="{url}">{url}</a></div>
        <div class="wp-block-group has-background"><p><strong>Want your story on Valley Mirror?</strong> We accept guest posts and sponsored articles from local businesses; write to the desk for our rates.</p></div>
        <div class="note-box"><p><strong>Note:</strong> The information in this article is for general information only and is provided in good faith, without any warranty of accuracy.</p></div>"#
    );
    let a = extract(&page(&body, ""));
    assert_eq!(source(&a), Some(url), "{}", a.text);
    assert!(a.text.contains(LAST), "{}", a.text);
}

/// A bare credit label ("Credit:", "Créditos:", "Crédit :") names a
/// photographer or an author as often as an outlet: the line names the
/// outlet only when the name holds a word periodicals name themselves with
/// ("Gazette", "Diario", "Zeitung"), at the post's last line or after the
/// post's container; the line goes either way.
#[test]
fn a_bare_credit_label_names_the_outlet_when_the_name_is_a_periodicals() {
    for (credit, name) in [
        (
            "<p><small>Créditos: Diario de la Ribera</small></p>",
            "Diario de la Ribera",
        ),
        ("<p><em>Credit: Harbour Gazette</em></p>", "Harbour Gazette"),
        (
            "<p>Crédit : Le Quotidien des Coteaux</p>",
            "Le Quotidien des Coteaux",
        ),
    ] {
        for a in placed(credit) {
            assert_eq!(a.source_name.as_deref(), Some(name), "{credit}: {}", a.text);
            assert!(a.text.contains(LAST), "{credit}: {}", a.text);
            assert!(!a.text.contains(name), "{credit}: {}", a.text);
        }
    }
}

/// A bare credit naming a person, the theme's placeholder byline ("News
/// Desk", though "news" names periodicals), or an outlet right under a
/// bare image (the image's credit) names no outlet.
#[test]
fn a_bare_credit_naming_a_person_a_desk_or_an_image_names_no_outlet() {
    for credit in [
        "<p><small>Créditos: Marta Linde Ayala</small></p>",
        "<p>Credit: Tomas Vreeland</p>",
        "<p>Credit: News Desk</p>",
    ] {
        for a in placed(credit) {
            assert_eq!(a.source_name, None, "{credit}: {}", a.text);
        }
    }
    let image = r#"<p><img src="/wp-content/uploads/2024/05/press-room.jpg" alt="" width="800" height="533"></p>"#;
    let a = extract(&page(
        &format!("<p>{LAST}</p>{image}<p>Credit: Harbour Gazette</p>"),
        "",
    ));
    assert_eq!(a.source_name, None, "{}", a.text);
}

/// Yoast SEO's Italian RSS footer ("L'articolo <a>X</a> sembra essere il
/// primo su <a>Outlet</a>.") inside the post or after its container: the
/// headline's link is the source, the second link's text the outlet.
#[test]
fn yoasts_italian_rss_footer_gives_the_source_and_the_outlet() {
    let url = "https://giornaledelfrutteto.example/2024/05/12/succo-di-mele/";
    let credit = format!(
        r#"<p>L'articolo <a rel="nofollow" href="{url}">Il frantoio delle mele</a> sembra essere il primo su <a rel="nofollow" href="https://giornaledelfrutteto.example/">Giornale del Frutteto</a>.</p>"#
    );
    for a in placed(&credit) {
        assert_eq!(source(&a), Some(url), "{}", a.text);
        assert_eq!(
            a.source_name.as_deref(),
            Some("Giornale del Frutteto"),
            "{}",
            a.text
        );
        assert!(!a.text.contains("sembra essere"), "{}", a.text);
    }
}

/// A feed footer in words no list knows ("Wpis <a>Headline</a> pojawił
/// się po raz pierwszy w serwisie <a>Outlet</a>."): its first link's text
/// is the headline and its slug spells it, so it leads to the same story
/// elsewhere; in the post or after its container it gives the source and
/// goes, and the headline is not taken for the outlet's name. The same
/// link with no words before it (the post's own title over a byline) is
/// no credit.
#[test]
fn a_feed_footer_titled_with_the_headline_in_unknown_words_gives_the_source() {
    let url = "https://sadownik.example/2024/05/orchard-presses-bruised-apples-into-juice/";
    let footer = format!(
        r#"<p>Wpis <a rel="nofollow" href="{url}">Orchard presses bruised apples into juice</a> pojawił się po raz pierwszy w serwisie <a rel="nofollow" href="https://sadownik.example/">Gazeta Sadownika</a>.</p>"#
    );
    for a in placed(&footer) {
        assert_eq!(source(&a), Some(url), "{}", a.text);
        assert_ne!(
            a.source_name.as_deref(),
            Some("Orchard presses bruised apples into juice")
        );
        assert!(!a.text.contains("pojawił"), "{}", a.text);
        assert!(a.text.contains(LAST), "{}", a.text);
    }
    let header = format!(
        r#"<div class="post-header"><a href="{url}">Orchard presses bruised apples into juice</a> <span>by Marta Linde</span> <time>May 12, 2024</time></div>"#
    );
    for a in placed(&header) {
        assert_eq!(source(&a), None, "{}", a.text);
    }
}

#[test]
fn a_line_of_its_own_linking_the_same_story_elsewhere_gives_the_source() {
    let url = "https://www.orchardherald.example/2024/05/orchard-presses-bruised-apples-juice/";
    let short = "https://orchardherald.example/stories/orchard-presses-apples.html";
    for (credit, expected) in [
        // The outlet's logo linking the original, its domain beside it.
        (
            format!(
                r#"<div class="origin-box"><a href="{url}"><img src="https://www.orchardherald.example/logo.png" alt="Orchard Herald"></a><span>orchardherald.example</span></div>"#
            ),
            url,
        ),
        // The bare URL on a line of its own.
        (format!(r#"<p><a href="{url}">{url}</a></p>"#), url),
        // A glyph and the outlet's name.
        (
            format!(r#"<p>🍎 <a href="{url}">Orchard Herald</a></p>"#),
            url,
        ),
        // An embed card of the original.
        (
            format!(
                r#"<figure class="embed"><div><blockquote class="embedded-content"><a href="{url}">Orchard presses bruised apples into juice</a></blockquote></div></figure>"#
            ),
            url,
        ),
        // A slug that cuts the headline down to three of its words.
        (
            format!(r#"<p>🍎 <a href="{short}">Orchard Herald</a></p>"#),
            short,
        ),
    ] {
        let a = extract(&page(&format!("<p>{LAST}</p>{credit}"), ""));
        assert_eq!(source(&a), Some(expected), "{credit}\n{}", a.text);
        assert!(a.text.contains(LAST), "{}", a.text);
    }
}

#[test]
fn a_story_link_in_prose_in_a_list_of_links_or_about_this_page_is_no_source() {
    let url = "https://www.orchardherald.example/2024/05/orchard-presses-bruised-apples-juice/";
    for credit in [
        // A sentence of the article linking the same story.
        format!(
            r#"<p>The cooperative first told its story to a neighbouring paper, which <a href="{url}">ran it in May</a>.</p>"#
        ),
        // A row of links: a share bar or a list of profiles.
        format!(
            r#"<p><a href="{url}">Herald</a> <a href="https://social.example/valleymirror">Social</a></p>"#
        ),
        // A search engine's page about this site.
        r#"<p>⭐ <a href="https://search.example/preferences/source?q=valleymirror.example">Add Valley Mirror as a preferred source</a></p>"#.to_string(),
        // A slug with words of its own: a page on the topic.
        r#"<p>🍎 <a href="https://orchardherald.example/what-makes-orchard-apples-bruise/">Orchard Herald</a></p>"#.to_string(),
    ] {
        let a = extract(&page(&format!("<p>{LAST}</p>{credit}"), ""));
        assert_eq!(source(&a), None, "{credit}\n{}", a.text);
        assert!(a.text.contains(LAST), "{}", a.text);
    }
}

/// A credit label of the post's text ("Text und Fotos:", "Texte et photos
/// :", "Crédits texte :") names the outlet after it whatever words the
/// name holds, as the post's last line or after its container; the line
/// goes.
#[test]
fn a_label_crediting_the_posts_text_names_the_outlet_whatever_its_words() {
    for (credit, name) in [
        (
            "<p><em>Text und Fotos: Obstwiese Heute</em></p>",
            "Obstwiese Heute",
        ),
        (
            "<p>Texte et photos : Les Échos du Verger</p>",
            "Les Échos du Verger",
        ),
        (
            "<p><small>Crédits texte : Verger Info</small></p>",
            "Verger Info",
        ),
    ] {
        for a in placed(credit) {
            assert_eq!(a.source_name.as_deref(), Some(name), "{credit}: {}", a.text);
            assert!(a.text.contains(LAST), "{credit}: {}", a.text);
            assert!(!a.text.contains(name), "{credit}: {}", a.text);
        }
    }
}

/// A credit label of the post's text before a link naming its own host
/// (its name or its address): the link is the source, in a block of its
/// own, after the container, or after a `<br>` closing the last paragraph.
#[test]
fn a_label_crediting_the_text_before_the_outlets_link_gives_the_source() {
    let home = "https://www.obstwiese-heute.example/";
    let story = "https://obstwiese-heute.example/region/saftpresse-im-dorf-4471";
    for (credit, url) in [
        (
            format!(r#"Text &amp; Foto: <a href="{home}">Obstwiese Heute</a>"#),
            home,
        ),
        (
            format!(
                r#"Originalquelle: <a href="{story}" rel="nofollow">obstwiese-heute.example</a>"#
            ),
            story,
        ),
    ] {
        for (body, after) in [
            (format!("<p>{LAST}</p><p>{credit}</p>"), String::new()),
            (format!("<p>{LAST}</p>"), format!("<p>{credit}</p>")),
            (format!("<p>{LAST}<br>{credit}</p>"), String::new()),
        ] {
            let a = extract(&page(&body, &after));
            assert_eq!(source(&a), Some(url), "{credit}: {}", a.text);
            assert!(a.text.contains(LAST), "{credit}: {}", a.text);
            assert!(!a.text.contains("Foto:"), "{credit}: {}", a.text);
            assert!(!a.text.contains("Originalquelle"), "{credit}: {}", a.text);
        }
    }
}

/// One sentence at the post's edge in which the post names itself, says
/// it came from elsewhere and closes with a name (or a participle after
/// it): a credit naming the outlet; and a byline whose author wrote "for"
/// an outlet names it.
#[test]
fn a_sentence_saying_where_the_post_came_from_names_the_outlet() {
    for (credit, name) in [
        (
            "<p><em>This article was originally published by Orchard Weekly Review.</em></p>",
            "Orchard Weekly Review",
        ),
        (
            "<p>Questo articolo è stato pubblicato originariamente su La Voce del Frutteto.</p>",
            "La Voce del Frutteto",
        ),
        (
            "<p><small>Dieser Beitrag wurde automatisch von Obstwiese Heute übernommen.</small></p>",
            "Obstwiese Heute",
        ),
        (
            "<p><em>Story by Lena Marsh for Orchard Weekly.</em></p>",
            "Orchard Weekly",
        ),
    ] {
        for a in placed(credit) {
            assert_eq!(a.source_name.as_deref(), Some(name), "{credit}: {}", a.text);
            assert!(a.text.contains(LAST), "{credit}: {}", a.text);
            assert!(!a.text.contains(name), "{credit}: {}", a.text);
        }
    }
}

/// An image's credit ("Image Source:", "Foto:"), a note that the post was
/// reprinted elsewhere, an authorship note and a title-cased heading with
/// "by" and "for" name no outlet.
#[test]
fn an_image_credit_a_reprint_note_or_an_authors_line_names_no_outlet() {
    for credit in [
        "<p>Image Source: Harbour Stock Pictures</p>",
        "<p>Foto: Jana Brook</p>",
        "<p><em>This article was reprinted on Orchard Weekly.</em></p>",
        "<p><em>This article was originally written by Lena Marsh.</em></p>",
        "<h3>Stop By Your Local Farm Shop for Your Juice Needs</h3>",
    ] {
        for a in placed(credit) {
            assert_eq!(a.source_name, None, "{credit}: {}", a.text);
            assert_eq!(a.source_url, None, "{credit}: {}", a.text);
        }
    }
}

/// A label of any words before the bare address of the same story
/// elsewhere ("Artículo tomado de: <a>https://…/its-slug</a>"), after the
/// post's container: the link leads to the same story, so it is the
/// source, labelled or not.
#[test]
fn a_labelled_bare_address_of_the_same_story_after_the_post_gives_the_source() {
    let url = "https://orchardnews.example/stories/orchard-presses-bruised-apples-into-juice.html";
    let credit = format!(r#"<p>Artículo tomado de: <a href="{url}" rel="nofollow">{url}</a></p>"#);
    let a = extract(&page(&format!("<p>{LAST}</p>"), &credit));
    assert_eq!(source(&a), Some(url), "{}", a.text);
    assert!(a.text.contains(LAST), "{}", a.text);
}

/// The box a republisher prints to credit the original (issue 16): the
/// outlet's logo linking the same story there, whose slug is the headline
/// cut down to three words, and the outlet's address beside it.
fn logo_box(url: &str) -> String {
    format!(
        r#"<div class="post-origin-box"><a href="{url}" rel="nofollow"><img src="https://www.orchardnews.example/static/img/brand-mark.png" alt="Orchard News" width="140" height="36" class="origin-logo"></a><span class="origin-domain">orchardnews.example</span></div>"#
    )
}

#[test]
fn a_logo_box_after_the_post_gives_the_source_by_a_slug_of_three_headline_words() {
    let url = "https://www.orchardnews.example/stories/orchard-presses-apples.html";
    let a = extract(&page(&format!("<p>{LAST}</p>"), &logo_box(url)));
    assert_eq!(source(&a), Some(url), "{}", a.text);
    assert!(a.text.contains(LAST), "{}", a.text);
}

#[test]
fn a_logo_box_in_the_post_goes_whole_at_its_head_and_its_tail() {
    let url = "https://www.orchardnews.example/2024/05/orchard-presses-apples/";
    for (head, tail) in [(true, false), (false, true), (true, true)] {
        let at = |on: bool| if on { logo_box(url) } else { String::new() };
        let html = page(&format!("<p>{LAST}</p>{}", at(tail)), "").replace(
            "<div class=\"entry-content\">",
            &format!("<div class=\"entry-content\">{}", at(head)),
        );
        let a = extract(&html);
        assert_eq!(source(&a), Some(url), "{head} {tail}: {}", a.text);
        assert!(
            !a.text.contains("orchardnews.example"),
            "{head} {tail}: {}",
            a.text
        );
        let logos = a
            .blocks
            .iter()
            .filter(|b| matches!(b, gleaner::Block::Image(i) if i.src.contains("brand-mark")))
            .count();
        assert_eq!(logos, 0, "{head} {tail}: {:?}", a.blocks);
        assert!(a.text.contains(LAST), "{head} {tail}: {}", a.text);
    }
}

#[test]
fn an_embed_card_of_the_original_in_a_figure_after_the_post_gives_the_source() {
    let url = "https://www.orchardnews.example/2024/05/orchard-presses-apples/";
    let card = format!(
        r#"<figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content"><a href="{url}">Orchard presses bruised apples into juice</a></blockquote></div></figure>"#
    );
    let a = extract(&page(&format!("<p>{LAST}</p>"), &card));
    assert_eq!(source(&a), Some(url), "{}", a.text);
}

#[test]
fn an_articles_photo_from_the_outlet_and_its_address_in_a_sentence_stay() {
    // A credit box gives the source; the post's own photo, served from the
    // outlet's host with an agency's credit, and a sentence naming the
    // outlet's address are the article's.
    let url = "https://www.orchardnews.example/2024/05/orchard-presses-apples/";
    let body = format!(
        r#"<figure><img src="https://www.orchardnews.example/uploads/press-in-the-barn.jpg" alt="The second-hand press in the barn"><figcaption>Photo: Valley Agency</figcaption></figure>
        <p>Orders can be placed on orchardnews.example until the end of the month, the treasurer said. The first hundred bottles went to the village school.</p>
        <p>{LAST}</p>{}"#,
        logo_box(url)
    );
    let a = extract(&page(&body, ""));
    assert_eq!(source(&a), Some(url), "{}", a.text);
    assert!(
        a.text
            .contains("Orders can be placed on orchardnews.example"),
        "{}",
        a.text
    );
    let photos = a
        .blocks
        .iter()
        .filter(|b| matches!(b, gleaner::Block::Image(i) if i.src.contains("press-in-the-barn")))
        .count();
    assert_eq!(photos, 1, "{:?}", a.blocks);
}
