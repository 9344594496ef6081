//! Credits of a copied post that name the outlet without a periodical's
//! word (issue 16, items 1 and 4):
//! - a bracketed title closing the post, "(Fonte: La Vedetta Lagunare)":
//!   a periodical's title opens with its article, an agency or a ministry
//!   cited for a fact is named without (`credit.bracketed-source-title`);
//! - a bracketed link whose Arabic name spells its romanised host by its
//!   consonants (`credit.bracketed-source-link`);
//! - a republication note under a licence in Portuguese and Spanish
//!   ("republicado de", `marker.prefix-intl`);
//! - a "filed under" category label in the UI languages (`line.prefix`).
//!
//! Look-alikes stay: a fact's bracketed source naming a ministry or an
//! office, a title between paragraphs, an agency's link, prose that opens
//! with the same words.

mod story;

use story::Blog;
use story::{FERRY as STORY, FERRY_FIRST as FIRST, FERRY_LAST as LAST};

const SITE: Blog = Blog {
    site: "Daily Wave",
    title: "Island ferry goes electric",
    menu: &["Home", "News", "About"],
    ..story::BLOG
};

fn extract(body: &str) -> gleaner::Article {
    story::explained(
        &SITE.page(body),
        "https://dailywave.example/island-ferry-electric/",
    )
}

fn source(a: &gleaner::Article) -> Option<String> {
    a.source_url.as_ref().map(|u| u.to_string())
}

fn paragraphs() -> Vec<&'static str> {
    STORY.trim().lines().collect()
}

#[test]
fn a_bracketed_title_closing_the_post_goes_and_names_it() {
    for (credit, name) in [
        ("(Source : L’Écho des Marais)", "L’Écho des Marais"),
        ("(Source: L'Écho des Marais)", "L'Écho des Marais"),
        ("(Fonte: La Vedetta Lagunare)", "La Vedetta Lagunare"),
        ("(Fuente: El Faro del Puerto)", "El Faro del Puerto"),
        ("(Source: The Quayside Lantern)", "The Quayside Lantern"),
        ("(Quelle: Der Lotse vom Deich)", "Der Lotse vom Deich"),
        (
            "[Source : Le Républicain des Étangs]",
            "Le Républicain des Étangs",
        ),
    ] {
        let a = extract(&format!("{STORY}<p>{credit}</p>"));
        assert_eq!(a.source_name.as_deref(), Some(name), "{credit}: {}", a.text);
        assert!(!a.text.contains(name), "{credit}: {}", a.text);
        assert!(
            story::removed_by(&a, "credit.bracketed-source-title"),
            "{credit}: {}",
            story::removed(&a)
        );
        assert!(a.text.contains(FIRST) && a.text.contains(LAST), "{credit}");
    }
    facts_sources_and_titles_between_paragraphs_stay();
}

/// A fact's bracketed source at the bottom naming an institution without
/// an article, a lower-case phrase, and a title between paragraphs: they
/// stay, and name no outlet.
fn facts_sources_and_titles_between_paragraphs_stay() {
    for credit in [
        "(Source : ministère des Transports)",
        "(Fonte: Istituto Nazionale di Statistica)",
        "(Source: The figures of the county harbour office)",
        "(Source: La)",
    ] {
        let a = extract(&format!("{STORY}<p>{credit}</p>"));
        assert_eq!(a.source_name, None, "{credit}: {}", a.text);
        assert!(a.text.contains(credit), "{credit}: {}", a.text);
    }
    // In the middle of a longer post, out of its head and its tail.
    let credit = "<p>(Fonte: La Vedetta Lagunare)</p>";
    let a = extract(&format!("{STORY}{credit}{MORE}"));
    assert_eq!(a.source_name, None, "{}", a.text);
    assert!(a.text.contains("La Vedetta Lagunare"), "{}", a.text);
}

/// Four more paragraphs of the ferry's story, to make the post long
/// enough for a block in its middle.
const MORE: &str = "<p>The charging post draws its power from the solar roof of the old ticket office, which the parish council restored last autumn.</p>\
<p>On windless winter mornings the ferry still runs on the grid, and the county pays the difference out of the harbour budget.</p>\
<p>Two other river crossings further upstream have asked to borrow the battery barge for trials of their own next year.</p>\
<p>The skipper says he will miss nothing about the diesel engine except the warmth it gave the wheelhouse in January.</p>";

#[test]
fn an_arabic_link_spelling_its_host_gives_the_source() {
    for (href, shown) in [
        ("https://sawtalwadi.example.org/news/771", "صوت الوادي"),
        (
            "https://alfajraljadid.example.net/read/40213",
            "الفجر الجديد",
        ),
    ] {
        let credit = format!(r#"[المصدر: <a href="{href}">{shown}</a>]"#);
        let p = paragraphs();
        let close = |s: &str, with: &str| s.replacen("</p>", &format!("{with}</p>"), 1);
        for body in [
            format!("{STORY}<p>{credit}</p>"),
            format!("<p>{credit}</p>{STORY}"),
            format!(
                "{}{}{}{}",
                p[0],
                p[1],
                p[2],
                close(p[3], &format!(" {credit}"))
            ),
        ] {
            let a = extract(&body);
            assert_eq!(source(&a).as_deref(), Some(href), "{body}: {}", a.text);
            assert!(!a.text.contains(shown), "{body}: {}", a.text);
            assert!(a.text.contains(FIRST) && a.text.contains(LAST), "{body}");
        }
    }
    // An agency's name on a host its letters do not spell: a fact's source.
    let credit = r#"[المصدر: <a href="https://census-bureau.example.gov/tables/9">الجهاز المركزي للإحصاء</a>]"#;
    let a = extract(&format!("{STORY}<p>{credit}</p>"));
    assert_eq!(source(&a), None, "{}", a.text);
}

#[test]
fn a_republication_note_under_a_licence_goes() {
    for note in [
        r#"<p><em>Esta reportagem foi republicada de <a href="https://folhadocais.example/">Folha do Cais</a> sob licença Creative Commons.</em></p>"#,
        r#"<p><em>Este artículo fue republicado de <a href="https://elfarodelpuerto.example/">El Faro del Puerto</a> bajo una licencia Creative Commons.</em></p>"#,
    ] {
        let a = extract(&format!("{STORY}{note}"));
        assert!(!a.text.contains("Creative Commons"), "{note}: {}", a.text);
        assert!(a.source_url.is_some(), "{note}: {}", a.text);
        assert!(a.text.contains(FIRST) && a.text.contains(LAST), "{note}");
    }
    // Prose that says a book was published again stays.
    let prose = "<p>O livro foi republicado de novo em 2019 pela editora da cidade, com fotografias do antigo cais e um prefácio do barqueiro.</p>";
    let a = extract(&format!("{STORY}{prose}"));
    assert!(a.text.contains("O livro foi republicado"), "{}", a.text);
}

#[test]
fn a_filed_under_label_goes_in_its_languages() {
    for (label, category) in [
        ("Archivado en:", "Economía"),
        ("Classé dans :", "Économie"),
        ("Archiviato in:", "Economia"),
        ("Arquivado em:", "Economia"),
        ("Abgelegt unter:", "Wirtschaft"),
        ("Filed in:", "Economy"),
    ] {
        let line =
            format!(r#"<p class="filed">{label} <a href="/category/economy/">{category}</a></p>"#);
        let a = extract(&format!("{STORY}{line}"));
        assert!(!a.text.contains(label), "{label}: {}", a.text);
        assert!(a.text.contains(FIRST) && a.text.contains(LAST), "{label}");
    }
    // A sentence opening with the participle, no label's colon, stays.
    let prose = "<p>Archivado en una caja del ayuntamiento, el plano del muelle estuvo perdido durante treinta años.</p>";
    let a = extract(&format!("{STORY}{prose}"));
    assert!(a.text.contains("Archivado en una caja"), "{}", a.text);
}
