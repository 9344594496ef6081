//! The site's own branding, session 26 (issue 16, item 2): a box selling
//! the site's own services goes wherever the site set it into a post it
//! republishes, right beside the post's head or end too
//! (`promo.own-services-box`); on the site's own article a box near the
//! post's end stays the post's close.

mod story;

use gleaner::Article;

/// A story of ten paragraphs that names no site.
const STORY: [&str; 10] = [
    "The valley's last cinema will stay open after a group of neighbours bought the building from the retiring owner in March.",
    "The new owners formed a cooperative and sold shares at fifty euros each, most of them to families from the surrounding villages.",
    "The projector was replaced over the winter, paid for by a concert that filled the parish hall twice in one weekend.",
    "Volunteers now run the ticket desk and the small bar, while a paid projectionist works the evening shows.",
    "Children's films run on Sunday afternoons, and a film club meets on the first Thursday of each month.",
    "The cooperative hopes to add a second, smaller screen in the old storeroom within three years.",
    "The mayor said the cinema mattered as much as the bakery or the school for keeping young families in the valley.",
    "Attendance in the first season was a third higher than in the owner's last year, the cooperative's accounts show.",
    "A retired carpenter rebuilt the seats in the front rows with oak from a barn that had come down in a storm.",
    "The next general meeting of the members is planned for the autumn, when the accounts for the year are closed.",
];

const HOST: &str = "www.valleycourier.example";
const URL: &str = "https://www.valleycourier.example/2024/05/cinema-cooperative/";
const SITE_NAME: &str = r#"<meta property="og:site_name" content="Valley Courier">"#;

/// A post of the story with `inserts` placed before the paragraph of
/// their index.
fn page(inserts: &[(usize, &str)]) -> String {
    let post = story::post(&STORY, inserts);
    format!(
        "<html><head><title>Neighbours save the valley cinema</title>{SITE_NAME}</head><body>\
         <header class=\"site-header\"><nav><a href=\"https://{HOST}/\">Home</a> \
         <a href=\"https://{HOST}/local/\">Local</a></nav></header>\
         <main><article class=\"post\"><h1>Neighbours save the valley cinema</h1>\
         <div class=\"entry-content\">{post}</div></article></main>\
         <footer><p>All rights reserved.</p></footer></body></html>"
    )
}

fn extract(html: &str) -> Article {
    story::explained(html, URL)
}

fn removed_by(a: &Article, rule: &str) -> bool {
    a.removed.iter().any(|r| r.rule.contains(rule))
}

/// On a page that republishes another outlet's article, a box titled
/// with the site's name over a call to the site's own page goes
/// wherever it stands: right under the post's head (three paragraphs
/// before it) and right above the post's end (four blocks after it),
/// as between the paragraphs.
#[test]
fn an_own_services_box_in_a_republished_post_goes_right_beside_its_edge() {
    let boxed = "<div class=\"wp-block-group\"><h4>Advertising in the Valley Courier</h4>\
        <p>Banner places and paid reviews for local firms at modest rates. \
        <a href=\"https://www.valleycourier.example/rate-card/\">Read the rate card</a></p></div>";
    let credit = "<p>Source: <a href=\"https://www.hillsidetimes.example/culture/cinema-cooperative-2231\">Hillside Times</a></p>";
    for at in [3, 7] {
        let a = extract(&page(&[(at, boxed), (10, credit)]));
        assert!(!a.text.contains("Banner places"), "at {at}: {}", a.text);
        assert!(!a.text.contains("rate card"), "at {at}: {}", a.text);
        assert!(
            removed_by(&a, "promo.own-services-box"),
            "at {at}: {:?}",
            a.removed
        );
        story::assert_kept(&STORY, &a.text);
    }
}

/// On the site's own article a box about the site a block from the
/// post's end is still the post's close (a company's blog ending on a
/// titled call to its own studio): it stays, as at the edge; the same box
/// between the paragraphs goes. A guard of the limit the republished
/// page does not have.
#[test]
fn an_own_services_box_a_block_from_the_end_of_the_sites_own_article_stays() {
    let boxed = "<div class=\"wp-block-group\"><h3>Be seen with the Valley Courier</h3>\
        <p>The Valley Courier designs leaflets and shop windows for you. Ask for your free quote today!</p>\
        <p><a href=\"https://www.valleycourier.example/studio/\">Talk to our studio</a></p></div>";
    let a = extract(&page(&[(6, boxed)]));
    assert!(a.text.contains("Be seen with"), "{}", a.text);
    assert!(a.text.contains("designs leaflets"), "{}", a.text);
    story::assert_kept(&STORY, &a.text);
    let a = extract(&page(&[(5, boxed)]));
    assert!(!a.text.contains("designs leaflets"), "{}", a.text);
    assert!(removed_by(&a, "promo.own-services-box"), "{:?}", a.removed);
    story::assert_kept(&STORY, &a.text);
}
