//! Leaks and site names the generated spam corpus (issue 16) caught, each
//! on a page written here: a chat vendor's launcher inside the post, camera
//! and slug file names under images,
//! and the site's name on a page with no `og:site_name` or JSON-LD.

mod story;

use gleaner::Article;

/// A story of five paragraphs that names no site.
const STORY: [&str; 5] = [
    "The county fair opened on Friday with a record number of entries in the vegetable tent, the organisers said.",
    "A marrow weighing forty kilos took first prize, ahead of a pumpkin that had led the field since the spring show.",
    "Judges spent most of the morning on the jam classes, which drew more than two hundred jars from across the valley.",
    "Parking was moved to the lower meadow after the rain of last week left the usual field too soft for cars.",
    "The fair runs until Sunday evening, when the heavy horse parade closes the weekend as it has done for decades.",
];

/// A WordPress-like page on `host`: `title` is the `<title>`, `header`
/// goes into the site header, `inserts` into the post before the paragraph
/// of their index (after the last one for an index past the story), and
/// `after` after the post's content inside the `<article>`.
fn page(title: &str, header: &str, inserts: &[(usize, &str)], after: &str) -> String {
    let post = story::post(&STORY, inserts);
    format!(
        "<html><head><title>{title}</title></head><body>\
         <header class=\"site-header\">{header}<nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a></nav></header>\
         <main><article class=\"post\"><h1>Record entries at the county fair</h1>\
         <div class=\"entry-content\">{post}</div>{after}</article></main>\
         <footer><p>Powered by WordPress</p></footer></body></html>"
    )
}

fn extract(html: &str, url: &str) -> Article {
    story::extract(html, url)
}

fn assert_story_kept(text: &str) {
    story::assert_kept(&STORY, text);
}

#[test]
fn a_chat_vendors_launcher_inside_the_post_goes() {
    // JivoChat draws its launcher with its own `jdiv` elements.
    let launcher = "<jdiv class=\"globalClass_3f\"><jdiv class=\"button_91c __jivoMobileButton\">\
                    <jdiv class=\"label_0aa\">Nuestro equipo está conectado ahora</jdiv></jdiv></jdiv>";
    let html = page(
        "Record entries at the county fair",
        "",
        &[(3, launcher)],
        "",
    );
    let a = extract(&html, "https://fairnews.example/county-fair/");
    assert_story_kept(&a.text);
    assert!(!a.text.contains("Nuestro equipo"), "{}", a.text);
}

#[test]
fn a_cameras_file_name_under_an_image_goes() {
    // DCF names: four characters and a four-digit counter.
    let figure = "<div style=\"text-align:center\"><img src=\"/uploads/2024/08/dscn4417.jpg\" width=\"640\"><br>DSCN4417</div>";
    let html = page("Record entries at the county fair", "", &[(2, figure)], "");
    let a = extract(&html, "https://fairnews.example/county-fair/");
    assert_story_kept(&a.text);
    assert!(!a.text.contains("DSCN4417"), "{}", a.text);
}

#[test]
fn a_labelled_slug_that_is_the_images_file_name_goes() {
    let figure = "<div class=\"image-block\"><img src=\"/uploads/2024/08/foto-marrow-first-prize.jpg\" alt=\"\">\
                  <p class=\"wp-caption-text\">Foto: marrow-first-prize</p></div>";
    let html = page("Record entries at the county fair", "", &[(2, figure)], "");
    let a = extract(&html, "https://fairnews.example/county-fair/");
    assert_story_kept(&a.text);
    assert!(!a.text.contains("marrow-first-prize"), "{}", a.text);
}

#[test]
fn the_site_title_that_spells_the_host_names_the_site() {
    // No og:site_name, no JSON-LD, a headline of two halves in the title.
    let header = "<p class=\"site-title\"><a href=\"https://www.valley-fair-times.example/\" rel=\"home\">Valley Fair Times</a></p>";
    let html = page(
        "Record entries at the county fair – jam classes draw two hundred jars",
        header,
        &[],
        "",
    );
    let a = extract(&html, "https://www.valley-fair-times.example/county-fair/");
    assert_eq!(a.site_name.as_deref(), Some("Valley Fair Times"));
}

#[test]
fn blogger_site_before_the_headline_names_the_site() {
    // Blogger's "Blog name: Post title", the blog's name in its header's h1.
    let header = "<div class=\"header-inner\"><h1 class=\"title\"><a href=\"https://meadowdispatch.blogspot.com/\">Meadow Dispatch</a></h1></div>";
    let html = page(
        "Meadow Dispatch: Record entries at the county fair – jam classes draw two hundred jars",
        header,
        &[],
        "",
    );
    let a = extract(
        &html,
        "https://meadowdispatch.blogspot.com/2024/08/county-fair.html",
    );
    assert_eq!(a.site_name.as_deref(), Some("Meadow Dispatch"));
}

#[test]
fn a_plain_header_line_that_spells_the_host_names_the_site() {
    // A table layout: the name in bold in the first cell, nothing else.
    let html = format!(
        "<html><head><title>Record entries at the county fair</title></head><body>\
         <table><tr><td colspan=\"2\"><font size=\"5\"><b>Harvest Herald</b></font></td></tr>\
         <tr><td><a href=\"/\">Inicio</a><br><a href=\"/archive/\">Archivo</a></td><td>\
         <h1>Record entries at the county fair</h1>{}</td></tr></table></body></html>",
        STORY.map(|p| format!("<p>{p}</p>")).concat()
    );
    let a = extract(&html, "https://www.harvestherald.example/county-fair/");
    assert_story_kept(&a.text);
    assert_eq!(a.site_name.as_deref(), Some("Harvest Herald"));
}

/// A short post (under the length that sends the page to the relaxed pass,
/// which prunes nothing by name) with a box of related posts inside its
/// content: the relaxed pass rescues articles in misnamed wrappers, it
/// does not admit the related posts' titles and excerpts.
#[test]
fn related_posts_inside_a_short_post_stay_out_in_the_relaxed_pass() {
    let excerpts = [
        ("Library extends its opening hours", "The town library will stay open until nine on weekday evenings from next month, after a survey found that most readers wanted to come in after work."),
        ("New bus route links the two villages", "A bus will run every hour between the two villages from Monday, the first direct link since the old service was cut eleven years ago, the council said."),
        ("Swimming pool reopens after repairs", "The outdoor pool reopens on Saturday, a week earlier than planned, after the builders finished replacing the tiles and the old pumps ahead of schedule."),
    ];
    let related: String = excerpts
        .iter()
        .enumerate()
        .map(|(i, (t, e))| {
            format!(
                "<div class=\"rel-item\"><h3><a href=\"https://valleyfair.example.org/2024/06/p{i}/\">{t}</a></h3>\
                 <p>{e}</p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Record entries at the county fair</title></head><body>\
         <header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a></nav></header>\
         <main><article class=\"post\"><h1>Record entries at the county fair</h1>\
         <div class=\"entry-content\"><p>{}</p><p>{}</p><p>{}</p>\
         <section class=\"related-posts\"><h2>You may also like</h2>{related}</section></div></article></main>\
         <footer><p>Powered by WordPress</p></footer></body></html>",
        STORY[0], STORY[1], STORY[2]
    );
    let a = extract(&html, "https://valleyfair.example.org/2024/06/county-fair/");
    for p in &STORY[..3] {
        assert!(a.text.contains(p), "lost {p:?}: {}", a.text);
    }
    for (t, e) in excerpts {
        assert!(
            !a.text.contains(t) && !a.text.contains(e),
            "a related post leaked: {}",
            a.text
        );
    }
    assert!(!a.text.contains("You may also like"), "{}", a.text);
}

/// A caption that is the title a CMS gave an upload from its file's name,
/// in words: the name's one word ("hqdefault" under a video thumbnail
/// `hqdefault.jpg`) or a few words with a counter ("Artboard 9" under a
/// design tool's `artboard-9.png`). A caption in words that merely shares
/// the image's file name without a counter, or its one word capitalised,
/// stays.
#[test]
fn a_caption_that_is_the_uploads_file_name_in_words_goes() {
    captions_under_the_pier_photo(&[
        ("hqdefault.jpg", "hqdefault", true),
        ("artboard-9.png", "Artboard 9", true),
        ("untitled-design-12.png", "Untitled design 12", true),
        ("east-pier-at-dawn.jpg", "East pier at dawn", false),
        ("lighthouse.jpg", "Lighthouse", false),
    ]);
}

/// The pier story with the image `file` and its `caption` between its
/// paragraphs: the caption `goes` or stays, the story is kept whole.
fn captions_under_the_pier_photo(cases: &[(&str, &str, bool)]) {
    const STORY: [&str; 4] = [
        "The harbour authority reopened the east pier on Monday after eight months of repairs to its timber piles.",
        "Engineers replaced two hundred piles that shipworm had hollowed out, working from barges at low tide.",
        "Fishermen had moored their boats at the west quay in the meantime, where space ran short on busy mornings.",
        "The repairs cost four million, a third less than the first estimate, because the deck beams were reused.",
    ];
    for &(file, caption, goes) in cases {
        let figure = format!(
            "<p><img src=\"https://quayside.example/wp-content/uploads/2024/05/{file}\" alt=\"\"></p><p>{caption}</p>"
        );
        let html = format!(
            "<html><head><title>East pier reopens</title></head><body><article><h1>East pier reopens</h1>{}</article></body></html>",
            story::post(&STORY, &[(2, &figure)])
        );
        let a = story::extract(&html, "https://quayside.example/2024/05/east-pier/");
        assert_eq!(!a.text.contains(caption), goes, "{caption}: {}", a.text);
        story::assert_kept(&STORY, &a.text);
    }
}

/// A chat vendor's launcher tab whose container no class word names (the
/// vendor's own name, one token): its label is a short question and a
/// `notice.chat-launcher` phrase with the channel named after it. A
/// sentence of the post about a chat stays.
#[test]
fn a_chat_tabs_question_and_launcher_phrase_go() {
    const STORY: [&str; 4] = [
        "The library on Elm Street added a chat service to its website in March, and the queue at the desk shrank.",
        "Librarians answer most questions about opening hours in the chat; a reader asks for a book in the chat and gets it.",
        "About a third of the questions concern the new reading room, which opens on the first floor next month.",
        "The library board will decide in the autumn whether to keep the chat service running on weekends.",
    ];
    for tab in [
        "Questions? Chat with us via chat!",
        "Preguntas? Habla con nosotros por chat",
        "Domande? Chatta con noi!",
    ] {
        let launcher = format!(
            "<div id=\"talkbox\" class=\"talkbox--right\"><div class=\"talkbox--tab\"><span>{tab}</span></div></div>"
        );
        let html = format!(
            "<html><head><title>Library chat</title></head><body><article><h1>Library chat</h1>{}{launcher}</article></body></html>",
            story::post(&STORY, &[])
        );
        let a = story::extract(&html, "https://elmstreetnews.example/2024/05/library-chat/");
        story::assert_kept(&STORY, &a.text);
        assert!(!a.text.contains(tab), "{tab}: {}", a.text);
    }
}

/// A caption that is the image's file name with its extension slugged
/// onto it ("Pier-png" under `pier-png.png`), or a two-part slug after a
/// label the file is named with too ("Foto: east-pier" under
/// `foto-east-pier.jpg`), goes; a two-part compound alone in lower case
/// ("x-ray" under `x-ray.jpg`) may be an editor's and stays.
#[test]
fn a_caption_that_is_the_file_name_with_its_extension_or_label_goes() {
    captions_under_the_pier_photo(&[
        ("pier-png.png", "Pier-png", true),
        ("foto-east-pier.jpg", "Foto: east-pier", true),
        ("x-ray.jpg", "x-ray", false),
    ]);
}

/// A theme's meta line that prints the newsroom's placeholder "Staff"
/// where the author goes, beside the date, at the head of the post.
#[test]
fn a_placeholder_staff_byline_goes() {
    let meta = "<div class=\"entry-info\"><div class=\"entry-info__when\">05/14/2024</div>\
                <div class=\"entry-info__who\">Staff</div></div>";
    let html = page("Record entries at the county fair", "", &[(0, meta)], "");
    let a = extract(&html, "https://fairnews.example/county-fair/");
    assert_story_kept(&a.text);
    assert!(!a.text.lines().any(|l| l.trim() == "Staff"), "{}", a.text);
}

/// A theme's meta line at the post's head whose by-word follows a
/// participle ("Written by", "Rédigé par"), with the day published and a
/// reading time: the participle is no word of prose, so the line is the
/// theme's, not the post's.
#[test]
fn a_head_meta_line_with_a_participle_before_its_by_word_goes() {
    for meta in [
        "Written by Anna Maria Keller · 14/05/2024 · 4 min read",
        "Rédigé par Anna Maria Keller · 14/05/2024 · 4 min de lecture",
    ] {
        let html = page(
            "Record entries at the county fair",
            "",
            &[(0, &format!("<div class=\"post-info\">{meta}</div>"))],
            "",
        )
        .replacen(
            "</title>",
            "</title><meta property=\"article:published_time\" content=\"2024-05-14T08:00:00+00:00\">",
            1,
        );
        let a = extract(&html, "https://fairnews.example/county-fair/");
        assert_story_kept(&a.text);
        assert!(!a.text.contains("Keller"), "{meta}: {}", a.text);
    }
}

/// A line that is one link to a platform's page passing the site's own
/// host alone ("prefer this site as a source"): the platform's action on
/// the whole site, whatever its wording. A link to a cited page of
/// another site, or a share link passing this page's address, stays.
#[test]
fn a_link_to_a_platforms_action_on_the_whole_site_goes() {
    let prefer = "<p class=\"pref\"><a href=\"https://search.example/settings/sources?site=fairnews.example\">\
                  ★ Make Fair News a favourite in your search results</a></p>";
    let html = page("Record entries at the county fair", "", &[(0, prefer)], "");
    let a = extract(&html, "https://fairnews.example/county-fair/");
    assert_story_kept(&a.text);
    assert!(!a.text.contains("favourite"), "{}", a.text);
    // A link in a line of its own to a page of another site stays.
    let cited = "<p><a href=\"https://growers.example/results?year=2024\">Full results of the growers' association for 2024</a></p>";
    let html = page("Record entries at the county fair", "", &[(2, cited)], "");
    let a = extract(&html, "https://fairnews.example/county-fair/");
    assert_story_kept(&a.text);
    assert!(a.text.contains("Full results of the growers"), "{}", a.text);
}
