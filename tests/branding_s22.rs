//! The site's own branding, session 22 (issue 16, part 2): a titled box
//! selling the site's services set between the post's paragraphs, the
//! site's name a blog theme shows as a linked `h1` in its header, the
//! site's address with a few words on a line, and captions that are a
//! screenshot tool's default file name.

mod story;

use gleaner::Article;

/// A story of ten paragraphs that names no site.
const STORY: [&str; 10] = [
    "The ferry company added a second evening crossing to the island on Friday, after a summer of full boats and long queues at the slip.",
    "The extra sailing leaves the mainland at nine and returns shortly before eleven, six days a week until the end of October.",
    "Islanders had asked for a later boat for years, so that they could work a full shift in town and still get home the same night.",
    "The company said the change became possible once a second crew finished its training in July.",
    "Fares stay the same, and season tickets cover the new crossing without a surcharge.",
    "The council welcomed the timetable and said it would review the bus connections at the pier.",
    "Shop owners on the island expect more visitors to stay for dinner now that they need not rush for the last boat.",
    "The lifeboat station asked skippers of small craft to keep clear of the ferry lane after dark.",
    "A survey of passengers will run until the winter timetable is drawn up in November.",
    "The first evening boat carried two hundred passengers and a van of fresh bread.",
];

/// A post of the story on `host`, with `inserts` placed before the
/// paragraph of their index; `head` goes after the page's `<title>`,
/// `header` into the page's header.
fn page(host: &str, head: &str, header: &str, inserts: &[(usize, &str)]) -> String {
    let post = story::post(&STORY, inserts);
    format!(
        "<html><head><title>Ferry adds an evening crossing</title>{head}</head><body>\
         <header class=\"site-header\">{header}<nav><a href=\"https://{host}/\">Home</a> \
         <a href=\"https://{host}/news/\">News</a></nav></header>\
         <main><article class=\"post\"><h1>Ferry adds an evening crossing</h1>\
         <div class=\"entry-content\">{post}</div></article></main>\
         <footer><p>All rights reserved.</p></footer></body></html>"
    )
}

fn extract(html: &str, url: &str) -> Article {
    story::explained(html, url)
}

fn assert_story_kept(text: &str) {
    story::assert_kept(&STORY, text);
}

const HOST: &str = "www.islandpost.example";
const URL: &str = "https://www.islandpost.example/2024/06/ferry-evening-crossing/";
const SITE_NAME: &str = r#"<meta property="og:site_name" content="Island Post">"#;

/// A box titled with the site's name that sells its own agency, set
/// between the post's paragraphs on the site's own article: the box goes
/// whole, its title, its text and its call.
#[test]
fn an_own_services_box_between_the_paragraphs_of_the_sites_own_article_goes() {
    let boxed = "<div class=\"wp-block-group\"><h3>More reach with Island Post</h3>\
        <p>Island Post is your agency for shop websites and local campaigns. Book your free first call now!</p>\
        <p><a href=\"https://www.islandpost.example/contact/\">Get in touch</a></p></div>";
    let a = extract(&page(HOST, SITE_NAME, "", &[(5, boxed)]), URL);
    assert!(!a.text.contains("More reach"), "{}", a.text);
    assert!(!a.text.contains("your agency"), "{}", a.text);
    assert!(!a.text.contains("Get in touch"), "{}", a.text);
    assert_story_kept(&a.text);
    assert!(
        a.removed
            .iter()
            .any(|r| r.rule.contains("promo.own-services-box")),
        "{:?}",
        a.removed
    );
    // A question naming the site opens a section of the site's own
    // questions and answers: it stays, with its answer.
    let faq = "<h3>Can I advertise my shop on Island Post?</h3>\
        <p>Yes, you can: write to our desk through the <a href=\"https://www.islandpost.example/contact/\">contact page</a>!</p>";
    let a = extract(&page(HOST, SITE_NAME, "", &[(5, faq)]), URL);
    assert!(a.text.contains("Can I advertise"), "{}", a.text);
    assert!(a.text.contains("write to our desk"), "{}", a.text);
}

/// On a page that republishes another outlet's article, a box titled
/// with the site's name over a call to the site's own page goes between
/// the paragraphs too, though its text does not speak to the reader.
#[test]
fn an_own_services_box_in_a_republished_post_goes_without_speaking_to_the_reader() {
    let boxed = "<div class=\"wp-block-group\"><h4>Advertising at Island Post</h4>\
        <p>Sponsored posts and banner slots at fair rates. \
        <a href=\"https://www.islandpost.example/media-kit/\">See the media kit</a></p></div>";
    let credit = "<p>Source: <a href=\"https://www.harbourgazette.example/news/ferry-evening-crossing-5512\">Harbour Gazette</a></p>";
    let a = extract(&page(HOST, SITE_NAME, "", &[(5, boxed), (10, credit)]), URL);
    assert!(!a.text.contains("Sponsored posts"), "{}", a.text);
    assert!(!a.text.contains("media kit"), "{}", a.text);
    assert_story_kept(&a.text);
}

/// A blog theme's header shows the site's name as an `h1` inside the
/// link to the home page; the host spells the name without its first
/// word (the article a domain drops): the page's site name.
#[test]
fn a_linked_header_h1_spelt_by_the_host_without_its_article_names_the_site() {
    let header = "<a href=\"https://www.islandpost.example/\" class=\"blog-title\">\
        <h1 class=\"title\">The Island Post</h1></a>";
    let a = extract(&page(HOST, "", header, &[]), URL);
    assert_eq!(a.site_name.as_deref(), Some("The Island Post"));
    // A host that spells another name does not confirm it.
    let other = "https://www.ferrynews.example/2024/06/ferry-evening-crossing/";
    let header = "<a href=\"https://www.ferrynews.example/\" class=\"blog-title\">\
        <h1 class=\"title\">The Island Post</h1></a>";
    let a = extract(&page("www.ferrynews.example", "", header, &[]), other);
    assert_eq!(a.site_name, None);
}

/// The site's address with its section beside it, as a line at the
/// post's head: the theme's name line.
#[test]
fn the_sites_address_with_a_few_words_at_the_edge_goes() {
    let line = "<p>islandpost.example | Transport</p>";
    let a = extract(&page(HOST, SITE_NAME, "", &[(0, line)]), URL);
    assert!(
        !a.text.contains("islandpost.example | Transport"),
        "{}",
        a.text
    );
    assert_story_kept(&a.text);
    // Another site's address is not the site's name line.
    let line = "<p>harbourgazette.example | Transport</p>";
    let a = extract(&page(HOST, SITE_NAME, "", &[(0, line)]), URL);
    assert!(
        a.text.contains("harbourgazette.example | Transport"),
        "{}",
        a.text
    );
}

/// A screenshot uploaded under the name the tool gave it is captioned
/// with that name by the CMS: the caption goes; the same word under a
/// photo named otherwise is an editor's caption and stays.
#[test]
fn a_caption_that_is_a_screenshot_tools_default_name_goes() {
    let shot = "<figure><img src=\"https://www.islandpost.example/uploads/2024/06/capture.png\" alt=\"\"></figure>\
        <p><em>Capture</em></p>";
    let a = extract(&page(HOST, SITE_NAME, "", &[(3, shot)]), URL);
    assert!(!a.text.contains("Capture"), "{}", a.text);
    assert_story_kept(&a.text);
    let photo = "<figure><img src=\"https://www.islandpost.example/uploads/2024/06/trawler-haul.jpg\" alt=\"\"></figure>\
        <p><em>Capture</em></p>";
    let a = extract(&page(HOST, SITE_NAME, "", &[(3, photo)]), URL);
    assert!(a.text.contains("Capture"), "{}", a.text);
    // A screenshot's dated name with the extensions a converter stacks.
    let shot = "<figure><img src=\"https://www.islandpost.example/uploads/2024/06/shot.webp\" alt=\"\"></figure>\
        <p><em>Capture d’écran 2024-06-14 à 09.41.27.png.webp</em></p>";
    let a = extract(&page(HOST, SITE_NAME, "", &[(3, shot)]), URL);
    assert!(!a.text.contains("09.41.27"), "{}", a.text);
    assert_story_kept(&a.text);
}
