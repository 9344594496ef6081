//! Credits of a copied post that name the outlet without a periodical's
//! word (issue 16, items 1 and 4):
//! - a bracketed link whose Arabic name spells its romanised host by its
//!   consonants (`credit.bracketed-source-link`);
//! - a republication note under a licence in Portuguese and Spanish
//!   ("republicado de", `marker.prefix-intl`);
//! - a "filed under" category label in the UI languages (`line.prefix`).
//!
//! Look-alikes stay: an agency's link, prose that opens with the same
//! words.

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
