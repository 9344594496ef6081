//! `Article::images` and `lead_image` agree with the blocks: an image the
//! syndication stage removed (a republished story's source box with the
//! outlet's logo) is neither among the article's images nor its lead
//! image; an article's own images stay.

mod story;

use gleaner::{Article, Url};
use story::Blog;

const STORY: &str = r#"
<p>The ferry between the two harbour towns will run twice as often this summer, the island council said on Tuesday after a vote that took most of the evening.</p>
<p>A second boat, leased from a company on the mainland, will sail the crossing every forty minutes from June until the end of September.</p>
<p>"People have waited on the quay for an hour in August," said the councillor who proposed the lease, who lives on the island's northern tip.</p>
<p>The lease costs the council less than the overtime it paid last summer, and the fares will stay the same for residents and visitors alike.</p>
<p>The harbour master said the quay would need new mooring posts before the second boat arrives, and that work would start next month.</p>
"#;

const PHOTO: &str = "https://tidewatch.example/uploads/2024/05/ferry-at-the-quay.jpg";
const LOGO: &str = "https://www.harbourpost.example/static/img/brand-mark.png";
const SOURCE: &str = "https://www.harbourpost.example/2024/05/island-ferry-run-twice-as-often/";

/// The box a republisher prints to credit the original: the outlet's logo
/// linking the story there and the outlet's address beside it.
fn source_box() -> String {
    format!(
        r#"<div class="post-origin-box"><a href="{SOURCE}" rel="nofollow"><img src="{LOGO}" alt="Harbour Post" width="140" height="36" class="origin-logo"></a><span class="origin-domain">harbourpost.example</span></div>"#
    )
}

fn photo() -> String {
    format!(
        r#"<figure><img src="{PHOTO}" alt="The ferry at the quay" width="800" height="500"><figcaption>The ferry at the quay in May.</figcaption></figure>"#
    )
}

/// The site and the post the pages are written on.
const SITE: Blog = Blog {
    site: "Tide Watch",
    title: "Island ferry to run twice as often",
    ..story::BLOG
};

fn page(head: &str, content: &str) -> String {
    Blog { head, ..SITE }.page(content)
}

fn extract(html: &str) -> Article {
    let url = Url::parse("https://tidewatch.example/2024/05/island-ferry/").unwrap();
    gleaner::extract(html, Some(&url)).unwrap()
}

fn srcs(a: &Article) -> Vec<&str> {
    a.images.iter().map(|i| i.src.as_str()).collect()
}

fn lead(a: &Article) -> Option<&str> {
    a.lead_image.as_ref().map(|i| i.src.as_str())
}

#[test]
fn the_outlets_logo_in_a_source_box_is_not_an_image_of_the_article() {
    // The box opens the post: its logo would be the first image.
    let a = extract(&page("", &format!("{}{STORY}", source_box())));
    assert_eq!(a.source_url.as_ref().map(Url::as_str), Some(SOURCE));
    assert!(!a.text.contains("harbourpost.example"), "{}", a.text);
    assert_eq!(srcs(&a), Vec::<&str>::new());
    assert_eq!(lead(&a), None);
}

#[test]
fn after_the_logo_goes_the_lead_image_is_the_posts_own_photo() {
    for (head, tail) in [(true, false), (false, true)] {
        let at = |on: bool| if on { source_box() } else { String::new() };
        let html = page("", &format!("{}{}{STORY}{}", at(head), photo(), at(tail)));
        let a = extract(&html);
        assert_eq!(srcs(&a), vec![PHOTO], "{head} {tail}");
        assert_eq!(lead(&a), Some(PHOTO), "{head} {tail}");
    }
}

#[test]
fn a_metadata_lead_image_stays_unless_it_is_the_removed_logo() {
    let og = |src: &str| format!(r#"<meta property="og:image" content="{src}">"#);
    let content = format!("{}{}{STORY}", source_box(), photo());
    let social = "https://tidewatch.example/uploads/2024/05/ferry-social.jpg";
    let a = extract(&page(&og(social), &content));
    assert_eq!(lead(&a), Some(social));
    assert_eq!(srcs(&a), vec![PHOTO]);
    let a = extract(&page(&og(LOGO), &content));
    assert_eq!(lead(&a), Some(PHOTO));
    assert_eq!(srcs(&a), vec![PHOTO]);
}

#[test]
fn an_articles_own_images_stay() {
    let second = "https://tidewatch.example/uploads/2024/05/mooring-posts.jpg";
    let html = page(
        "",
        &format!(
            r#"{}{STORY}<figure><img src="{second}" alt="The old mooring posts" width="800" height="500"><figcaption>The old mooring posts.</figcaption></figure><p>The council will meet again in June to set the timetable.</p>"#,
            photo()
        ),
    );
    let a = extract(&html);
    assert_eq!(srcs(&a), vec![PHOTO, second]);
    assert_eq!(lead(&a), Some(PHOTO));
}

/// The stripper clears a caption or alt text that is a camera's file name
/// from the image's block; `images` and `lead_image` carry the block as
/// it is left, image by image, also where two images share one file (a
/// lazy-loading placeholder) and only one of them has a file-name caption.
#[test]
fn a_file_name_the_stripper_clears_from_an_image_is_not_in_images() {
    let placeholder = "https://tidewatch.example/static/lazy-placeholder.gif";
    let figure = |alt: &str, caption: &str| {
        format!(
            r#"<figure><img src="{placeholder}" alt="{alt}" width="800" height="500"><figcaption>{caption}</figcaption></figure>"#
        )
    };
    let html = page(
        "",
        &format!(
            "{}{STORY}{}<p>The council will meet again in June to set the timetable.</p>",
            figure("IMG_20240512_093011", "DSC_0412-1024x683"),
            figure(
                "The second boat at its old berth",
                "The second boat at its old berth."
            ),
        ),
    );
    let a = extract(&html);
    assert!(
        !a.text.contains("IMG_") && !a.text.contains("DSC_"),
        "{}",
        a.text
    );
    let fields: Vec<(Option<&str>, Option<&str>)> = a
        .images
        .iter()
        .map(|i| (i.alt.as_deref(), i.caption.as_deref()))
        .collect();
    assert_eq!(
        fields,
        vec![
            (None, None),
            (
                Some("The second boat at its old berth"),
                Some("The second boat at its old berth.")
            ),
        ]
    );
    let lead = a.lead_image.as_ref().expect("the first image leads");
    assert_eq!((lead.alt.as_deref(), lead.caption.as_deref()), (None, None));
}

/// The outlet's logo in the source box stands in a link to the outlet: its
/// alt names the outlet, not the site, so a line in the post that names
/// the outlet is not taken for the site's branding.
#[test]
fn the_outlets_logo_in_a_source_box_names_no_site() {
    let named = "<h3>Harbour Post</h3><p>The island council published the timetable for the second boat on its own website on Wednesday morning.</p>";
    let html = page("", &format!("{STORY}{named}{}", source_box()));
    let a = extract(&html);
    assert_ne!(a.site_name.as_deref(), Some("Harbour Post"));
    assert!(a.text.contains("Harbour Post"), "{}", a.text);
    // The site's own logo, linking home, still names the site.
    let own = page("", STORY).replace(
        r#"<a class="site-title" href="/">Tide Watch</a>"#,
        r#"<a class="logo" href="/"><img src="/logo.png" alt="Tide Watch Daily"></a>"#,
    );
    let a = extract(&own.replace("| Tide Watch", "| Tide Watch Daily"));
    assert_eq!(a.site_name.as_deref(), Some("Tide Watch Daily"));
}
