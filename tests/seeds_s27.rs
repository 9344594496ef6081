//! What the session-27 generated seeds (52, 54) caught, on pages written
//! for this suite (issue 16):
//!
//! - a short post on a blog theme that links the site's name to its home
//!   page and the post's headline to its permalink: neither heading makes
//!   the page a teaser card (`teaser_cards`), so a consent dialog's
//!   paragraph is not chosen over the post;
//! - a builder's text module holding a data table (no sentence) and a
//!   "see also" line: the table is the module's prose;
//! - the last text module holding the post's tail, a credit and a
//!   sponsored-stories panel of linked cards: the panel is judged on its
//!   own, not as one more link line of the module;
//! - a republication note in words no list holds that links the outlet's
//!   home page, then the same story there (`marker.home-then-story`).

mod story;

use gleaner::Article;

/// A short post of short paragraphs (fewer than three of a prose
/// paragraph's length): the card climb reaches around it.
const SHORT: &[&str] = &[
    "The old well behind the chapel is running again after the spring rains filled the hill.",
    "Nobody had drawn water from it since the dry summer.",
    "Children brought jars and the baker brought bread for everyone on the square.",
    "The parish will test the water before anyone drinks it.",
    "A plaque will go up next year.",
];

const TUMBLR_URL: &str = "https://wellnotes.example.net/post/4411/chapel-well-runs-again";

/// A blog theme's page: the site's name in an `<h1>` linked to the home
/// page (when `home_title`), the post's headline in an `<h2>` linked to
/// the post's permalink (when `linked_headline`), a consent dialog before
/// them.
fn blog_page(home_title: bool, linked_headline: bool) -> String {
    let site = if home_title {
        "<a href=\"https://wellnotes.example.net/\" class=\"blog-title\"><h1 class=\"title\">Well Notes</h1></a>"
    } else {
        "<div class=\"blog-title\"><span class=\"title\">Well Notes</span></div>"
    };
    let headline = if linked_headline {
        format!("<h2><a href=\"{TUMBLR_URL}\">The chapel well runs again</a></h2>")
    } else {
        "<h2>The chapel well runs again</h2>".to_string()
    };
    let paras: String = SHORT.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<html><head><title>The chapel well runs again - Well Notes</title>\
         <link rel=\"canonical\" href=\"{TUMBLR_URL}\"></head><body>\
         <div class=\"cbx\"><div class=\"cbx-container\"><div class=\"cbx-dialog-content\">\
         <p class=\"cbx-dialog-title\">Cookies</p>\
         <p>We store small files on your device to tailor content and ads and to measure our traffic.</p>\
         </div><div class=\"cbx-dialog-actions\"><button>Settings</button><button>Accept</button></div></div></div>\
         <div id=\"container\"><header id=\"header\">{site}<nav><a href=\"/archive\">Archive</a></nav></header>\
         <section id=\"posts\"><article class=\"post\"><div class=\"post-wrapper\"><div class=\"post-content\">\
         <div class=\"title\">{headline}</div><div class=\"body-text\">{paras}</div></div></div></article></section>\
         </div></body></html>"
    )
}

fn has_story(a: &Article) -> bool {
    SHORT.iter().all(|p| a.text.contains(p))
}

/// The site's name linked to the home page is no teaser's heading: the
/// post stays the body (before: the header and the post around it were a
/// teaser card, and the consent dialog's paragraph was chosen).
#[test]
fn a_site_title_linked_home_does_not_make_a_short_post_a_card() {
    let a = story::extract(&blog_page(true, false), TUMBLR_URL);
    assert!(has_story(&a), "lost the post: {:?}", a.text);
    assert!(!a.text.contains("small files"), "{:?}", a.text);
}

/// The headline linked to the page's own permalink is the post's title,
/// not a teaser's (before: the post was a card, and the consent dialog's
/// paragraph was chosen).
#[test]
fn a_headline_linked_to_its_own_page_does_not_make_the_post_a_card() {
    let a = story::extract(&blog_page(false, true), TUMBLR_URL);
    assert!(has_story(&a), "lost the post: {:?}", a.text);
    assert!(!a.text.contains("small files"), "{:?}", a.text);
}

/// Both at once, as the theme prints them.
#[test]
fn a_blog_theme_with_both_linked_headings_keeps_its_short_post() {
    let a = story::extract(&blog_page(true, true), TUMBLR_URL);
    assert!(has_story(&a), "lost the post: {:?}", a.text);
}

const MODULE_URL: &str = "https://orchardpost.example.com/parish-grafts-old-apple-trees/";

const ORCHARD: &[&str] = &[
    "Thirty volunteers spent the weekend in the parish hall grafting cuttings from the village's oldest apple trees onto young rootstock.",
    "The orchard group wants to keep varieties alive that now survive as a single tree in somebody's back garden.",
    "Every graft is wrapped and labelled before it goes into the nursery bed behind the primary school for the summer.",
    "The group will sell the young trees at the autumn fair, and the money goes back into next year's grafting day.",
];

/// A builder's row holding one text module (`inner`); every module bears
/// the same classes but for its row's id.
fn row(id: u32, inner: &str) -> String {
    format!(
        "<div class=\"row\" id=\"row-{id}\"><div id=\"col-{id}\" class=\"col small-12\">\
         <div class=\"col-inner\"><div class=\"text\">{inner}</div></div></div></div>"
    )
}

fn module_page(modules: &str) -> String {
    format!(
        "<html><head><title>Parish grafts its old apple trees - Orchard Post</title></head><body>\
         <header class=\"site-header\"><a href=\"/\">Orchard Post</a><nav><a href=\"/\">Home</a> \
         <a href=\"/local/\">Local</a></nav></header>\
         <main id=\"main\"><article class=\"post\"><h1>Parish grafts its old apple trees</h1>\
         <div class=\"entry-content\">{modules}</div></article></main>\
         <footer class=\"site-footer\"><p>Orchard Post</p></footer></body></html>"
    )
}

/// A module of a data table and a "see also" line: no sentence, and its
/// link line is a quarter of its text. The table is the story's figures,
/// prose as a list of facts is (before: the module was dropped for its
/// link density, table and all).
#[test]
fn a_module_with_a_data_table_and_a_see_also_line_keeps_its_table() {
    let table = "<table class=\"table\"><thead><tr><th>Variety</th><th>Grafts</th><th>Parent tree</th></tr></thead>\
                 <tbody><tr><td>Hollow Pearmain</td><td>41</td><td>about 1880</td></tr>\
                 <tr><td>Vicar's Russet</td><td>37</td><td>about 1925</td></tr>\
                 <tr><td>Millpond Sweet</td><td>72</td><td>unknown</td></tr></tbody></table>\
                 <p><strong>SEE ALSO:</strong> <a href=\"https://orchardpost.example.com/village-hall-roof-repaired/\">\
                 The village hall roof is repaired in time for the harvest supper</a></p>";
    let modules = format!(
        "{}{}{}",
        row(
            1,
            &format!(
                "<p>{}</p><p>{}</p><h2>What they grafted</h2>",
                ORCHARD[0], ORCHARD[1]
            )
        ),
        row(2, table),
        row(3, &format!("<p>{}</p><p>{}</p>", ORCHARD[2], ORCHARD[3])),
    );
    let a = story::explained(&module_page(&modules), MODULE_URL);
    for cell in [
        "Hollow Pearmain",
        "Vicar's Russet",
        "Millpond Sweet",
        "about 1925",
    ] {
        assert!(
            a.text.contains(cell),
            "lost {cell:?}: {}",
            story::removed(&a)
        );
    }
    story::assert_kept(ORCHARD, &a.text);
}

/// The last module: the post's closing paragraphs, the autoblog's credit
/// (a bare address after a `<br>`), the theme's tagline and a
/// sponsored-stories panel whose cards are each one link. The panel is
/// judged on its own (it goes for its links); the module keeps its prose
/// and the credit gives the source (before: the panel counted as a third
/// link line, and the module went whole).
#[test]
fn a_sponsored_panel_in_the_last_module_does_not_take_the_post_tail() {
    let source = "https://www.valleyledger.example/news/parish-grafts-old-apple-trees-88123";
    let last = format!(
        "<p>{}<br><a href=\"{source}\" rel=\"nofollow\">{source}</a></p>\
         <p class=\"has-text-align-center\"><em>Local news, every morning.</em></p>\
         <p class=\"pref\"><a href=\"https://www.search.example/preferences?site=orchardpost\">Add Orchard Post to your preferred sources</a></p>\
         <div class=\"pr-strip\"><div class=\"pr-head\"><span>Sponsored</span> <a href=\"https://ads.example/\">by AdNet</a></div>\
         <div class=\"pr-item\"><a href=\"https://clicks.adnet.example/a?1\"><div class=\"pr-headline\">You Will Not Believe What This Old Barn Sold For</div><div class=\"pr-provider\">HomeDeals</div></a></div>\
         <div class=\"pr-item\"><a href=\"https://clicks.adnet.example/b?2\"><div class=\"pr-headline\">Gardeners Are Ditching Their Lawns For This</div></a></div></div>",
        ORCHARD[3]
    );
    let modules = format!(
        "{}{}",
        row(
            1,
            &format!(
                "<p>{}</p><p>{}</p><p>{}</p>",
                ORCHARD[0], ORCHARD[1], ORCHARD[2]
            )
        ),
        row(2, &last),
    );
    let a = story::explained(&module_page(&modules), MODULE_URL);
    story::assert_kept(ORCHARD, &a.text);
    assert!(!a.text.contains("Old Barn"), "{:?}", a.text);
    assert_eq!(a.source_url.as_ref().map(|u| u.as_str()), Some(source));
}

const NOTE_URL: &str = "https://dagblad-plus.example/2024/05/04/brug-krijgt-nieuwe-verf/";

const BRIDGE: &[&str] = &[
    "De oude ophaalbrug over de vaart krijgt deze zomer een nieuwe laag verf in de kleuren van vroeger.",
    "Schilders uit het dorp werken in ploegen, zodat de brug overdag gewoon open kan voor de boten.",
    "De gemeente betaalt de verf, de vrijwilligers leveren de handen en de koffie.",
    "Als het weer meezit, is de brug voor de kermis in augustus klaar.",
];

fn note_page(note: &str) -> String {
    let paras: String = BRIDGE.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<html lang=\"nl\"><head><title>Brug krijgt nieuwe verf - Dagblad Plus</title>\
         <link rel=\"canonical\" href=\"{NOTE_URL}\"></head><body>\
         <header class=\"site-header\"><a href=\"/\">Dagblad Plus</a></header>\
         <main><article class=\"post\"><h1>Brug krijgt nieuwe verf</h1>\
         <section class=\"post-body\">{note}{paras}</section></article></main>\
         <footer class=\"site-footer\"><p>Dagblad Plus</p></footer></body></html>"
    )
}

/// A republication note in words no list holds: the outlet named by a
/// link to its home page, then the same story there (its slug is the
/// page's). It goes, and its story link is the source.
#[test]
fn a_note_linking_the_outlets_home_then_the_same_story_is_a_credit() {
    let note = "<p class=\"note\"><em>Dit stuk verschijnt onder een vrije licentie van \
                <a href=\"https://polderkrant.example/\">De Polderkrant</a>. Bekijk het \
                <a href=\"https://polderkrant.example/nieuws/brug-krijgt-nieuwe-verf-55120.html\">oorspronkelijke stuk</a>.</em></p>";
    let a = story::explained(&note_page(note), NOTE_URL);
    assert!(!a.text.contains("vrije licentie"), "{:?}", a.text);
    assert!(
        story::removed_by(&a, "marker.home-then-story"),
        "{}",
        story::removed(&a)
    );
    assert_eq!(
        a.source_url.as_ref().map(|u| u.as_str()),
        Some("https://polderkrant.example/nieuws/brug-krijgt-nieuwe-verf-55120.html")
    );
    story::assert_kept(BRIDGE, &a.text);
}

/// The article's own opening line that links an outlet's home page and
/// another of its stories (one it cites) is no credit: the story's slug is
/// neither the page's nor the headline's.
#[test]
fn a_line_linking_an_outlets_home_and_another_story_stays() {
    let line = "<p>Eerder schreef <a href=\"https://polderkrant.example/\">De Polderkrant</a> al over \
                <a href=\"https://polderkrant.example/nieuws/sluis-gaat-dicht-voor-onderhoud-41002.html\">de sluis</a>.</p>";
    let a = story::explained(&note_page(line), NOTE_URL);
    assert!(
        a.text.contains("Eerder schreef De Polderkrant"),
        "{}",
        story::removed(&a)
    );
    assert!(a.source_url.is_none(), "{:?}", a.source_url);
}
