//! A bracketed credit printed as a block of its own under a copied post,
//! "(Source : L’Éveil des Coteaux)", names the outlet by its title alone,
//! without a periodical's word or a link (issue 16, items 1 and 4): a
//! periodical's title opens with its article (`marker.title-article`), so
//! the bracket that is the post's whole last block goes and gives
//! `source_name` (`credit.bracketed-source-title`).
//!
//! Look-alikes stay: a fact's source naming a ministry or an office by
//! its noun, a titled bracket between paragraphs or above the post's last
//! paragraph, a bracket that is one line of a block, a bracket of
//! lower-case words. A titled bracket glued to the last sentence is the
//! glued rule's (`credit.bracketed-source-glued`).

mod story;

use story::Blog;
use story::{FERRY as STORY, FERRY_FIRST as FIRST, FERRY_LAST as LAST};

const SITE: Blog = Blog {
    site: "Daily Wave",
    title: "Island ferry goes electric",
    menu: &["Home", "News", "About"],
    ..story::BLOG
};

const RULE: &str = "credit.bracketed-source-title";

fn extract(body: &str) -> gleaner::Article {
    story::explained(
        &SITE.page(body),
        "https://dailywave.example/island-ferry-electric/",
    )
}

/// Titled credits and the name each gives.
const TITLED: &[(&str, &str)] = &[
    ("(Source : L’Éveil des Coteaux)", "L’Éveil des Coteaux"),
    ("(Source: L'Éveil des Coteaux)", "L'Éveil des Coteaux"),
    ("(Source : Le Veilleur du Marais)", "Le Veilleur du Marais"),
    ("(Fonte: La Vedetta Lagunare)", "La Vedetta Lagunare"),
    ("(Fuente: El Faro del Puerto)", "El Faro del Puerto"),
    ("(Source: The Quayside Lantern)", "The Quayside Lantern"),
    ("(Quelle: Der Lotse vom Deich)", "Der Lotse vom Deich"),
    ("[Fonte: O Farol da Ribeira]", "O Farol da Ribeira"),
];

#[test]
fn a_titled_bracket_as_the_last_block_goes_and_names_the_outlet() {
    for &(credit, name) in TITLED {
        for body in [
            // Its own paragraph, text loose in the post's container, and
            // above the site's own copyright line inside the post (judged
            // first: the bracket is then the last block).
            format!("{STORY}<p>{credit}</p>"),
            format!("{STORY}\n{credit}\n"),
            format!("{STORY}<p>{credit}</p><p>© 2024 Daily Wave. All rights reserved.</p>"),
        ] {
            let a = extract(&body);
            assert_eq!(a.source_name.as_deref(), Some(name), "{body}: {}", a.text);
            assert!(!a.text.contains(name), "{body}: {}", a.text);
            assert!(
                story::removed_by(&a, RULE),
                "{body}: {}",
                story::removed(&a)
            );
            assert!(a.text.contains(FIRST) && a.text.contains(LAST), "{body}");
        }
    }
}

#[test]
fn a_titled_bracket_glued_to_the_last_sentence_is_the_glued_rules() {
    let p: Vec<&str> = STORY.trim().lines().collect();
    for &(credit, name) in TITLED {
        let last = p[3].replacen("</p>", &format!(" {credit}</p>"), 1);
        let body = format!("{}{}{}{last}", p[0], p[1], p[2]);
        let a = extract(&body);
        assert_eq!(a.source_name.as_deref(), Some(name), "{body}: {}", a.text);
        assert!(
            story::removed_by(&a, "credit.bracketed-source-glued") && !story::removed_by(&a, RULE),
            "{body}: {}",
            story::removed(&a)
        );
        assert!(a.text.contains(LAST), "{body}: {}", a.text);
    }
}

#[test]
fn a_facts_source_as_the_last_block_stays() {
    // Named by its noun (a ministry, an office, an institute), without a
    // title's article; or words of a sentence.
    for credit in [
        "(Source : ministère de la Santé)",
        "(Kaynak: Ulaştırma Bakanlığı)",
        "(Fuente: Instituto Nacional de Estadística)",
        "(Source: Harbour Statistics Office)",
        "(Source: the county's own ferry counts)",
    ] {
        let a = extract(&format!("{STORY}<p>{credit}</p>"));
        assert_eq!(a.source_name, None, "{credit}: {}", a.text);
        assert!(!story::removed_by(&a, RULE), "{credit}");
    }
}

#[test]
fn a_titled_bracket_not_the_posts_last_block_stays() {
    let p: Vec<&str> = STORY.trim().lines().collect();
    for &(credit, name) in TITLED {
        for body in [
            // Between paragraphs, and above the last one.
            format!("{}{}<p>{credit}</p>{}{}", p[0], p[1], p[2], p[3]),
            format!("{}{}{}<p>{credit}</p>{}", p[0], p[1], p[2], p[3]),
            // One line of the last block, above a sentence of the post.
            format!(
                "{STORY}<p>{credit}<br>The ferry's first winter will show what the battery can do in the cold.</p>"
            ),
        ] {
            let a = extract(&body);
            assert!(a.text.contains(name), "{body}: {}", a.text);
            assert_eq!(a.source_name, None, "{body}: {}", a.text);
        }
    }
}
