//! The page walk that collects the stripper's facts (`syndication::collect`)
//! tells most blocks apart before reading their text: a spacer paragraph of
//! a few bytes is no credit line, and the block around a link is read once,
//! whatever its length. These pages, written here, hold the credits those
//! gates must still find among blocks they skip.

mod story;

/// A story of three paragraphs that names no outlet.
const STORY: [&str; 3] = [
    "The harbour master opened the new slipway on Monday, a year after the winter storms tore the old one from the quay.",
    "Fishing boats from three villages will share it, and a winch house at its head can haul the largest of them ashore.",
    "The council said the slipway cost a third less than planned, as much of the old stone was cut and laid again.",
];

/// Spacer blocks of a few bytes each, as themes and editors leave them
/// between paragraphs: empty, a non-breaking space, a short word, an
/// inline element alone.
const SPACERS: &str = "<p></p><div> </div><p>&nbsp;</p><div>Ad</div><p>* * *</p>\
     <div><span></span></div><p>Share</p><div>\n\t</div>";

/// The page at `https://quaynotes.example/slipway/` with `inserts` in the
/// post.
fn page(inserts: &[(usize, &str)]) -> String {
    story::notes_page(
        "Quay Notes",
        "The new slipway opens",
        &story::post(&STORY, inserts),
    )
}

const URL: &str = "https://quaynotes.example/slipway/";

/// The page at [`URL`] with `post` as the post and `aside` in a box of
/// the page's main column after the article (outside the post's blocks).
fn page_with_aside(post: &str, aside: &str) -> String {
    format!(
        "<html><head><title>The new slipway opens - Quay Notes</title></head><body>\
         <header class=\"site-header\"><p class=\"site-title\"><a href=\"/\">Quay Notes</a></p></header>\
         <main><article class=\"post\"><h1>The new slipway opens</h1>\
         <div class=\"entry-content\">{post}</div></article>\
         <aside class=\"post-notes\">{aside}</aside></main>\
         <footer><p>Quay Notes</p></footer></body></html>"
    )
}

/// A credit line without a link in a box beside the post, after spacer
/// blocks throughout the page: the spacers are passed over, the credit
/// names the outlet, and the story stays whole.
#[test]
fn a_plain_credit_after_spacer_blocks_names_the_outlet() {
    let post = story::post(&STORY, &[(0, SPACERS), (1, SPACERS), (2, SPACERS)]);
    let aside = format!("{SPACERS}<p>Source: Harbour Gazette</p>");
    let a = story::extract(&page_with_aside(&post, &aside), URL);
    story::assert_kept(&STORY, &a.text);
    assert_eq!(
        a.source_name.as_deref(),
        Some("Harbour Gazette"),
        "{}",
        a.text
    );
}

/// Spacer blocks alone name no outlet: the page is its own.
#[test]
fn spacer_blocks_name_no_outlet() {
    let a = story::extract(&page(&[(1, SPACERS), (9, SPACERS)]), URL);
    story::assert_kept(&STORY, &a.text);
    assert_eq!(a.source_name, None);
    assert_eq!(a.source_url, None);
    assert!(!a.syndicated);
}

/// An importer's note naming the news feed by its acronym, its link the
/// outlet's page: the block around the link is read once and the link is
/// the source, with spacer blocks and other short linked lines before it.
#[test]
fn an_importers_note_of_a_feed_links_the_source() {
    let note = "<p>Imported automatically from the RSS feed of \
                <a href=\"https://harbourgazette.example/news/slipway-opens/\">Harbour Gazette</a>.</p>";
    let a = story::extract(
        &page(&[
            (1, SPACERS),
            (9, "<p>Photos: <a href=\"/gallery/\">gallery</a></p>"),
            (9, SPACERS),
            (9, note),
        ]),
        URL,
    );
    story::assert_kept(&STORY, &a.text);
    let source = a.source_url.as_ref().map(|u| u.as_str().to_string());
    assert_eq!(
        source.as_deref(),
        Some("https://harbourgazette.example/news/slipway-opens/"),
        "{}",
        a.text
    );
    assert!(a.syndicated);
}
