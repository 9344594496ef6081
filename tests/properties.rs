//! Invariants on generated HTML (proptest).

use proptest::prelude::*;

fn word() -> impl Strategy<Value = String> {
    "[a-z]{2,9}"
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 8..30).prop_map(|w| w.join(" "))
}

/// Pages of nested containers, paragraphs, links, boilerplate and junk tags.
fn page() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        paragraph().prop_map(|p| format!("<p>{p}.</p>")),
        paragraph().prop_map(|p| format!("<div class=\"content\"><p>{p}.</p></div>")),
        word().prop_map(|w| format!("<nav><a href=\"/{w}\">{w}</a></nav>")),
        paragraph().prop_map(|p| format!("<p>{p} <em>{p}</em>.")),
        Just("<div><span>".to_string()),
        Just("</div></span>".to_string()),
        Just("<script>var x = '<p>no</p>';</script>".to_string()),
        Just("<b>".to_string()),
        Just("<!-- <div> -->".to_string()),
    ];
    prop::collection::vec(piece, 1..40).prop_map(|v| {
        format!(
            "<html><body><article>{}</article></body></html>",
            v.concat()
        )
    })
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn never_panics_and_is_deterministic(html in page()) {
        let a = gleaner::extract(&html, None);
        let b = gleaner::extract(&html, None);
        match (a, b) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a.text, b.text),
            (Err(a), Err(b)) => prop_assert_eq!(a.to_string(), b.to_string()),
            _ => prop_assert!(false, "extraction not deterministic"),
        }
    }

    #[test]
    fn output_words_come_from_the_input(html in page()) {
        if let Ok(a) = gleaner::extract(&html, None) {
            let input: std::collections::HashSet<String> = words(&html).into_iter().collect();
            for w in words(&a.text) {
                prop_assert!(input.contains(&w), "{w} not in input");
            }
        }
    }

    #[test]
    fn extracting_to_html_again_keeps_the_text(html in page()) {
        if let Ok(a) = gleaner::extract(&html, None) {
            let again = gleaner::extract(&a.to_html(), None).expect("own output has content");
            prop_assert_eq!(words(&again.text), words(&a.text));
        }
    }
}
