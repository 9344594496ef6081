//! Credit lines of republishers in other languages (issue 16, third red
//! team, f3c): a Creative Commons republication note ("Cet article est
//! republié à partir de <a>Outlet</a> sous licence Creative Commons.").
//! A credit line closed by a rights note goes whole; a made-by note that
//! names the outlet whose feed the text came from credits it. A line
//! that only mentions republishing, a rights note after prose and a
//! made-by note naming a machine credit no one.

mod story;

use story::Blog;

/// A story of our own: three paragraphs.
const STORY: &str = r#"
<p>The ferry between the two islands will run twice a day again from June, after a winter in which storms cancelled almost one crossing in three.</p>
<p>The operator has refitted the older of its two boats with a new engine and a covered deck, and hired a second crew from the mainland for the summer.</p>
<p>"We lost the market traders this winter, and we want them back," said the skipper, who has worked the crossing for nineteen years.</p>
"#;

const LAST: &str = "The first crossing of the summer timetable leaves the north pier at seven.";

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "Strait Notes",
    title: "Island ferry returns to two crossings a day",
    ..story::BLOG
};

fn page(body: &str) -> String {
    SITE.page(&format!("{STORY}<p>{LAST}</p>{body}"))
}

fn extract(html: &str) -> gleaner::Article {
    story::explained(
        html,
        "https://straitnotes.example/2024/05/ferry-two-crossings/",
    )
}

#[test]
fn a_republication_note_in_other_languages_credits_the_outlet() {
    for (line, name) in [
        (
            r#"Cet article est republié à partir de <a href="https://echo-des-iles.example/">L’Écho des Îles</a> sous licence Creative Commons."#,
            "L’Écho des Îles",
        ),
        (
            r#"Este artículo fue republicado a partir de <a href="https://echo-des-iles.example/">El Eco de las Islas</a> bajo una licencia Creative Commons."#,
            "El Eco de las Islas",
        ),
        (
            r#"Questo articolo è ripubblicato da <a href="https://echo-des-iles.example/">L’Eco delle Isole</a> con licenza Creative Commons."#,
            "L’Eco delle Isole",
        ),
    ] {
        let a = extract(&page(&format!("<p><em>{line}</em></p>")));
        assert_eq!(
            a.source_url.as_ref().map(|u| u.as_str()),
            Some("https://echo-des-iles.example/"),
            "{line}: {}",
            a.text
        );
        assert!(!a.text.contains(name), "{line}: {}", a.text);
        assert!(!a.text.contains("Creative Commons"), "{line}: {}", a.text);
        assert!(a.text.contains(LAST), "{line}: {}", a.text);
    }
}

#[test]
fn a_sentence_about_republishing_with_no_outlet_stays() {
    let line = "Le skipper a republié à partir de mardi les horaires sur le panneau du port, à côté de la billetterie.";
    let a = extract(&page(&format!("<p>{line}</p>")));
    assert!(a.text.contains(line), "{}", a.text);
    assert!(a.source_url.is_none());
}

#[test]
fn a_credit_closed_by_a_rights_note_goes_with_it() {
    for (line, name) in [
        (
            r#"Cet article a été importé automatiquement depuis le flux RSS de <a href="https://echo-des-iles.example/">L’Écho des Îles et du Littoral</a>. Tous les droits appartiennent à leurs propriétaires respectifs."#,
            "L’Écho des Îles et du Littoral",
        ),
        (
            r#"Esta entrada se importó automáticamente del feed RSS de <a href="https://echo-des-iles.example/">La Voz de las Islas</a>. Todos los derechos pertenecen a sus respectivos dueños."#,
            "La Voz de las Islas",
        ),
    ] {
        let a = extract(&page(&format!("<p><small>{line}</small></p>")));
        assert_eq!(
            a.source_url.as_ref().map(|u| u.as_str()),
            Some("https://echo-des-iles.example/"),
            "{line}: {}",
            a.text
        );
        assert_eq!(a.source_name.as_deref(), Some(name), "{line}");
        assert!(!a.text.contains(name), "{line}: {}", a.text);
        assert!(!a.text.contains("respecti"), "{line}: {}", a.text);
        assert!(a.text.contains(LAST), "{line}: {}", a.text);
    }
}

#[test]
fn a_rights_note_after_prose_stays() {
    let line = "The islanders say the mooring rights belong to the families who built the pier. All rights belong to their respective owners, the harbour master added.";
    let a = extract(&page(&format!("<p>{line}</p>")));
    assert!(a.text.contains(line), "{}", a.text);
}

#[test]
fn a_made_by_note_naming_the_feed_s_outlet_credits_it() {
    let line = "(Dieser Text wurde nicht von unserer Redaktion geprüft und automatisch aus einem Feed von Inselbote Nord erstellt.)";
    let a = extract(&page(&format!("<p><i>{line}</i></p>")));
    assert_eq!(
        a.source_name.as_deref(),
        Some("Inselbote Nord"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("Inselbote"), "{}", a.text);
    assert!(a.text.contains(LAST), "{}", a.text);
}

#[test]
fn a_made_by_note_naming_no_outlet_credits_none() {
    let line = "(Dieser Text wurde automatisch mit Hilfe einer KI übersetzt.)";
    let a = extract(&page(&format!("<p><i>{line}</i></p>")));
    assert!(a.source_name.is_none(), "{:?}", a.source_name);
    assert!(a.text.contains(LAST), "{}", a.text);
}

/// "Source:" in the UI languages beyond Western Europe, the full-width
/// colon of Japanese and Chinese included (families4, the fourth red
/// team): a credit line closing the post goes and names the outlet.
#[test]
fn a_source_label_in_other_scripts_credits_the_outlet() {
    for (label, name) in [
        ("Źródło:", "Kurier Wyspiarski"),
        ("Источник:", "Островной вестник"),
        ("Kaynak:", "Ada Postası"),
        ("Nguồn:", "Báo Đảo Xanh"),
        ("出典：", "島の日報"),
        ("来源：", "海岛时报"),
    ] {
        let a = extract(&page(&format!("<p>{label} {name}</p>")));
        assert_eq!(a.source_name.as_deref(), Some(name), "{label} {}", a.text);
        assert!(!a.text.contains(name), "{label} {}", a.text);
        assert!(a.text.contains(LAST), "{label} {}", a.text);
    }
}

/// The same words in a sentence of prose are no label.
#[test]
fn a_source_word_in_prose_stays() {
    let line =
        "Kaynak suyu köyün meydanındaki çeşmeden akıyor, dedi muhtar, ve yaz boyunca kesilmeyecek.";
    let a = extract(&page(&format!("<p>{line}</p>")));
    assert!(a.text.contains(line), "{}", a.text);
    assert!(a.source_name.is_none(), "{:?}", a.source_name);
}

/// "Read more at <outlet>" in the UI languages beyond Western Europe
/// (families4): as a line of its own under the post, and glued to the end
/// of the last paragraph in a `<sub>` (FeedWordPress), the line goes, the
/// paragraph stays, and its link is the source.
#[test]
fn a_read_more_line_in_other_scripts_credits_the_outlet() {
    let url = "https://kurier-wyspiarski.example.pl/read/4417";
    for lead in [
        "Czytaj więcej na",
        "Читать полностью на",
        "Baca selengkapnya di",
        "Đọc thêm tại",
        "اقرأ المزيد على",
    ] {
        let line = format!(r#"{lead} <a href="{url}">Kurier Wyspiarski</a>"#);
        let alone = page(&format!("<p>{line}</p>"));
        let glued = page("").replace(
            &format!("<p>{LAST}</p>"),
            &format!("<p>{LAST} <sub>{line}</sub></p>"),
        );
        for (place, html) in [("alone", alone), ("glued", glued)] {
            let a = extract(&html);
            assert!(!a.text.contains("Kurier"), "{lead} {place}: {}", a.text);
            assert!(a.text.contains(LAST), "{lead} {place}: {}", a.text);
            assert_eq!(
                a.source_url.as_ref().map(|u| u.as_str()),
                Some(url),
                "{lead} {place}"
            );
        }
    }
}
