//! The site's own branding, session 27 (issue 16, item 2): a box selling
//! the site's own services whose title an earlier pass already removed as
//! the site's line is still judged as a box in the pass that knows the
//! page republishes (`promo.own-services-box`).

mod story;

/// A story of six paragraphs that names no site.
const STORY: [&str; 6] = [
    "The harbour's old ferry will sail again next summer after a trust of boat owners bought it at auction in January.",
    "The trust raised the money from members along the coast, most of them owners of small fishing and sailing boats.",
    "A shipyard on the island will replace the hull's worn planks over the winter and overhaul the engine.",
    "Volunteers have offered to crew the ferry on weekends, while two paid skippers will sail it during the week.",
    "The first crossings are planned for the midsummer festival, when the island's population triples.",
    "The trust hopes to run a winter service as well once the harbour's new pier has been finished.",
];

const HOST: &str = "www.coastlinewire.example";
const URL: &str = "https://www.coastlinewire.example/ferry-sails-again/";

/// A post of the story closing with a credit line of loose text (a plain
/// link to the original outlet after a line break, as feed plugins print
/// it), an editor's note, and `tail`.
fn page(tail: &str) -> String {
    let post = STORY.join("<br><br>\n");
    format!(
        "<html><head><title>The island ferry sails again next summer \u{2013} Coastlinewire</title>\
         <meta property=\"og:site_name\" content=\"Coastlinewire\"></head><body>\
         <header class=\"site-header\"><div class=\"logo\">Coastlinewire</div><nav>\
         <a href=\"https://{HOST}/\">Home</a> <a href=\"https://{HOST}/region/\">Region</a></nav></header>\
         <div class=\"post-body\"><h1>The island ferry sails again next summer</h1><div class=\"post-text\">{post}<br>\
         \u{1f4f0} <a href=\"https://www.islandherald.example/news/region/island-ferry-sails-again-next-summer-4411\" target=\"_blank\">Island Herald</a><br><br>\
         <p class=\"note\"><em>Note: this text was produced with automated help and checked by an editor.</em></p>\
         {tail}</div></div>\
         <footer><div class=\"copy\">Coastlinewire \u{a9} 2024</div></footer></body></html>"
    )
}

/// The box's title ("Advertise on Coastlinewire") goes in the first pass
/// as the site's line; the pass that knows the page republishes the Island
/// Herald's story takes the box's text under it too.
#[test]
fn an_own_services_box_goes_when_its_title_went_first() {
    let boxed = "<div class=\"t-block\"><h4>Advertise on Coastlinewire</h4>\
        <p>Guest posts with a followed link and banner places at fair prices. \
        <a href=\"https://www.coastlinewire.example/media-kit/\">See the media kit</a></p></div>";
    let a = story::explained(&page(boxed), URL);
    assert!(!a.text.contains("Guest posts"), "{}", a.text);
    assert!(!a.text.contains("media kit"), "{}", a.text);
    assert!(!a.text.contains("Advertise on"), "{}", a.text);
    assert!(
        story::removed_by(&a, "promo.own-services-box"),
        "{}",
        story::removed(&a)
    );
    story::assert_kept(&STORY, &a.text);
}

/// The same closing paragraph without a title naming the site is the
/// post's own: a paragraph is judged as a box only when its box's title
/// was there.
#[test]
fn a_closing_paragraph_without_a_title_stays() {
    let tail = "<p>Guest posts with a followed link and banner places at fair prices. \
        <a href=\"https://www.coastlinewire.example/media-kit/\">See the media kit</a></p>";
    let a = story::explained(&page(tail), URL);
    story::assert_kept(&STORY, &a.text);
    assert!(
        !story::removed_by(&a, "promo.own-services-box"),
        "{}",
        story::removed(&a)
    );
}
