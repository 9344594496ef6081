//! What session 35's fixes on the generated seeds caught (issue 16), on
//! pages written for this suite: the post's last sentences typed into a
//! builder's text module around a subscription widget, taken for the
//! widget's text (`notice.signup-box`); a click-to-chat box in the last
//! text module, whose links sank the module with the post's last
//! paragraph (`clean:block-link-density`); an ad network's box of linked
//! cards in a builder row of its own, taken into the body and cut card by
//! card, leaving its label (`body.template-run`, the body's module gaps);
//! the same box in the post's last module, its cards (a bare domain over
//! the first linked title) read as the module's link lines; and a tagline set as a heading at the post's head, which the site
//! memory stripped only as a paragraph.

mod story;

use gleaner::{Article, Extractor, SiteMemory, Url};
use story::{assert_has, assert_lacks, explained};

const SITE: &str = "Riverbend Courier";
const URL: &str = "https://www.riverbendcourier.com/2024/09/14/orchard-cider-press-returns/";
const TITLE: &str = "Orchard's cider press returns after a year of repairs";

/// The post's paragraphs, written as loose `<br>` lines in a builder's
/// text modules.
const LINES: &[&str] = &[
    "The old cider press at the Hollins orchard turned again on Saturday, a year after its oak frame split during the first pressing of the season.",
    "Volunteers from the village rebuilt the frame over the winter with timber from a fallen tree on the orchard's own boundary.",
    "The orchard sells the juice at the gate and gives the pulp to a neighbouring farm, whose pigs have been waiting for it all summer.",
    "More than three hundred people came to watch the first apples go in, many of them with their own bottles to fill.",
];

/// The post's last sentence, typed into the last module beside the
/// widget.
const LAST: &str =
    "The press will run every Saturday until the last apples are picked in November.";

/// A page of a made-up builder theme whose post is text modules of loose
/// lines, the last module's content `last`.
fn builder_page(last: &str) -> String {
    let module = |inner: &str| {
        format!(
            r#"<div class="pb-text-column pb-element "><div class="pb-wrapper">
{inner}
</div></div>"#
        )
    };
    let first = format!("{}<br />\n<br />\n{}<br />\n<br />", LINES[0], LINES[1]);
    let second = format!("{}<br />\n<br />\n{}<br />\n<br />", LINES[2], LINES[3]);
    format!(
        r#"<html><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><p class="site-title"><a href="/">{SITE}</a></p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local/">Local</a></li><li><a href="/farming/">Farming</a></li></ul></nav></header>
<div class="pb-row"><div class="pb-column pb-col-8"><div class="pb-column-inner"><div class="pb-wrapper">
<h1 class="entry-title">{TITLE}</h1>
{}{}{}
</div></div></div>
<div class="pb-column pb-col-4"><aside class="sidebar"><h2>Recent posts</h2><ul>
<li><a href="/2024/09/10/bridge-repainted/">The footbridge gets a new coat of paint</a></li>
<li><a href="/2024/09/08/library-hours/">Library opens on Sunday afternoons</a></li></ul></aside></div></div>
<footer class="site-footer"><p>© 2024 {SITE}</p></footer></body></html>"#,
        module(&first),
        module(&second),
        module(last)
    )
}

/// A subscription widget pasted whole: its caption in its own paragraph,
/// then its form.
const SUBSCRIBE_BOX: &str = r#"<div class="letter-wrap"><div class="letter-box"><div class="letter-head"><p class="letter-caption">Thanks for reading the Courier! Sign up for free to get every new post by e-mail.</p></div><form class="letter-form"><input type="email" name="email" placeholder="Your e-mail"><input type="submit" value="Sign up"></form></div></div>"#;

fn extract(html: &str) -> Article {
    explained(html, URL)
}

/// The post's last sentence and a credit typed before the widget in the
/// module: the widget's caption goes, the sentence stays.
#[test]
fn last_sentence_before_a_signup_widget_in_its_module_is_kept() {
    let last = format!(
        "{LAST}<br />Photos: Ann Pryce<br />\n<br />\n<p><strong>{SITE} Desk</strong></p>\n{SUBSCRIBE_BOX}"
    );
    let a = extract(&builder_page(&last));
    assert_has(&a, LAST);
    assert_has(&a, LINES[3]);
    assert_lacks(&a, "Thanks for reading the Courier");
}

/// The same sentence typed after the widget.
#[test]
fn last_sentence_after_a_signup_widget_in_its_module_is_kept() {
    let last = format!("{SUBSCRIBE_BOX}\n{LAST}<br />\n<br />\nIt works.<br />\n<br />");
    let a = extract(&builder_page(&last));
    assert_has(&a, LAST);
    assert_has(&a, "It works.");
    assert_lacks(&a, "Thanks for reading the Courier");
}

/// A page of a made-up builder theme whose post is text modules of
/// paragraphs, each in a section and a column; the last module's content
/// is `last`.
fn section_page(last: &str) -> String {
    let module = |inner: &str| {
        format!(
            r#"<div class="fx-col fx-full first"><section class="fx-textblock-section"><div class="fx-textblock">
{inner}
</div></section></div>"#
        )
    };
    let paras = |ps: &[&str]| {
        ps.iter()
            .map(|p| format!("<p>{p}</p>\n"))
            .collect::<String>()
    };
    format!(
        r#"<html><head><title>{TITLE} - {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><p class="site-title"><a href="/">{SITE}</a></p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local/">Local</a></li></ul></nav></header>
<main class="content"><div class="post-entry"><h1 class="post-title">{TITLE}</h1>
<div class="fx-layout">{}{}{}</div></div>
<aside class="sidebar"><h2>Recent posts</h2><ul>
<li><a href="/2024/09/10/bridge-repainted/">The footbridge gets a new coat of paint</a></li>
<li><a href="/2024/09/08/library-hours/">Library opens on Sunday afternoons</a></li></ul></aside></main>
<footer class="site-footer"><p>© 2024 {SITE}</p></footer></body></html>"#,
        module(&paras(&LINES[..2])),
        module(&paras(&LINES[2..])),
        module(last)
    )
}

/// The post's short last paragraph with the autoblog's credit linked
/// after an arrow, then a click-to-chat box (a greeting, an account card
/// and a launcher, each a link that opens a chat) in the same module: the
/// paragraph stays, the box's links are no lines of the module.
#[test]
fn last_paragraph_beside_a_click_to_chat_box_is_kept() {
    let last = r#"<p>Entry is free for children. → <a href="https://www.valley-herald.example/local/orchard-cider-press-4417" rel="nofollow">valley-herald.example</a></p>
<div id="talkbox" class="talkbox-free talkbox-corner"><div class="talkbox-inner"><div class="talkbox-card"><div class="talkbox-top"><h3>Good day!</h3><p>Pick one of our team below to start a chat on WhatsApp.</p></div><div class="talkbox-list"><a class="talkbox-person" href="https://api.whatsapp.com/send?phone=15550104477"><span class="talkbox-role">Front desk</span><span class="talkbox-who">Reader Services</span></a></div></div><a class="talkbox-open" href="https://wa.me/15550104477"><span class="talkbox-label">Questions for us?</span></a></div></div>"#;
    let a = extract(&section_page(last));
    assert_has(&a, "Entry is free for children.");
    assert_has(&a, LINES[3]);
}

/// A page of a made-up grid theme whose post is the first row's text
/// module; the next rows hold an ad network's box of linked cards and a
/// support widget's greeting, each in the same row, column and module.
fn rows_page() -> String {
    let row = |n: u32, inner: &str| {
        format!(
            r#"<div class="row" id="row-7710{n}"><div id="col-7710{n}" class="col small-12 large-12"><div class="col-inner"><div class="text">
{inner}
</div></div></div></div>"#
        )
    };
    let paras: String = LINES.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let cards = r#"<div class="pbox"><div class="pbox-top"><span class="pbox-heading">From around the web</span></div><div class="pbox-item"><div class="pbox-site">gardenwise.example</div><div class="pbox-link"><a href="https://go.adnet.example/r/30411">Gardeners Are Stunned By This Old Pruning Trick</a></div></div><div class="pbox-item"><div class="pbox-link"><a href="https://go.adnet.example/r/30412">The Kitchen Tool Every Cook Is Buying This Autumn</a></div></div><div class="pbox-by">Ads by AdNet</div></div>"#;
    let greeting = r#"<div class="helpdesk-bubble"><div class="helpdesk-note"><strong>Riverbend Courier</strong><p>Hi there! What can we do for you today?</p><span class="helpdesk-status">Replies within the hour</span></div></div>"#;
    format!(
        r#"<html><head><title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><p class="site-title"><a href="/">{SITE}</a></p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local/">Local</a></li></ul></nav></header>
<main id="main"><article class="post"><h1 class="entry-title">{TITLE}</h1>
<div class="entry-content">{}{}{}</div></article></main>
<footer class="site-footer"><p>© 2024 {SITE}</p></footer></body></html>"#,
        row(0, &paras),
        row(1, cards),
        row(2, greeting)
    )
}

/// The ad network's box in a row between the post's row and the
/// widget's stays out of the body whole: its title and its label do not
/// stay behind its cards.
#[test]
fn ad_network_box_in_a_row_of_its_own_goes_whole() {
    let a = extract(&rows_page());
    assert_has(&a, LINES[0]);
    assert_has(&a, LINES[3]);
    assert_lacks(&a, "From around the web");
    assert_lacks(&a, "Ads by AdNet");
    assert_lacks(&a, "Pruning Trick");
}

/// A host's post, numbered `n`, on a block theme: the theme's tagline
/// set as a heading at the post's head, then a subheading without a stop
/// that the host's posts share, then the post's own paragraphs.
fn host_page(n: u32) -> String {
    format!(
        r#"<html><head><title>Notes from the valley, part {n} | {SITE}</title>
<meta property="og:site_name" content="{SITE}"></head>
<body><header class="site-header"><p class="site-title"><a href="/">{SITE}</a></p></header>
<main><article class="post"><h1 class="entry-title">Notes from the valley, part {n}</h1>
<div class="entry-content">
<h5>Your valley. Your paper.</h5>
<h3>Background</h3>
<p>Part {n} of our notes walks the old drovers' road from the ford to the chapel, a route the parish has kept open for three centuries.</p>
<p>Along the way, walker number {n} counted the stiles, the gates and the benches that the volunteers have mended since the spring.</p>
<p>The walk takes about two hours at an easy pace, and the last stretch runs beside the river where herons nest in the alders.</p>
<p>Next month the series turns to the mills, starting with the one that still grinds flour for the village bakery each Friday.</p>
</div></article></main>
<footer class="site-footer"><p>© 2024 {SITE}</p></footer></body></html>"#
    )
}

/// Two passes with a site memory over a host's two pages: the tagline
/// set as a heading closing on a full stop goes once the other page shows
/// it too, as a short paragraph would; the shared subheading without a
/// stop (a section's title) needs more pages and stays.
#[test]
fn tagline_heading_at_the_post_head_goes_with_site_memory() {
    let extractor = Extractor::default();
    let memory = SiteMemory::new();
    let pages: Vec<(Url, String)> = (1..=2)
        .map(|n| {
            let url = format!("https://www.riverbendcourier.com/notes/valley-part-{n}/");
            match Url::parse(&url) {
                Ok(u) => (u, host_page(n)),
                Err(e) => panic!("the test's URL {url}: {e}"),
            }
        })
        .collect();
    for (url, html) in &pages {
        if let Err(e) = extractor.extract_with(html, Some(url), &memory) {
            panic!("extraction failed: {e}");
        }
    }
    for (url, html) in &pages {
        let a = match extractor.extract_with(html, Some(url), &memory) {
            Ok(a) => a,
            Err(e) => panic!("extraction failed: {e}"),
        };
        assert_lacks(&a, "Your valley. Your paper.");
        assert_has(&a, "Background");
        assert_has(&a, "walks the old drovers' road");
    }
}

/// The post's last module: a "read also" line, two paragraphs (the last
/// with the autoblog's bare-address credit under it), the site's promo
/// line, then an ad network's box whose first card names its advertiser's
/// domain above the linked title. The box's cards are no lines of the
/// module: the paragraphs stay, the box goes.
#[test]
fn last_module_with_an_ad_network_box_keeps_its_paragraphs() {
    let last = r#"<p><strong>Read also:</strong> <a href="/2024/09/10/bridge-repainted/">The footbridge gets a new coat of paint</a></p>
<p>Old photographs of the press, lent by the families, will hang in the village hall in October.</p>
<p>The owner calls it a small miracle.<br><a href="https://www.valley-herald.example/local/orchard-cider-press-4417" rel="nofollow">https://www.valley-herald.example/local/orchard-cider-press-4417</a></p>
<p><strong><em>More local news every day on riverbendcourier.com.</em></strong></p>
<div class="pbox"><div class="pbox-top"><span class="pbox-heading">From around the web</span></div><div class="pbox-item"><div class="pbox-site">gardenwise.example</div><div class="pbox-link"><a href="https://go.adnet.example/r/30411">Gardeners Are Stunned By This Old Pruning Trick</a></div></div><div class="pbox-item"><div class="pbox-link"><a href="https://go.adnet.example/r/30412">The Kitchen Tool Every Cook Is Buying This Autumn</a></div></div><div class="pbox-by">Ads by AdNet</div></div>"#;
    let a = extract(&section_page(last));
    assert_has(&a, "Old photographs of the press");
    assert_has(&a, "The owner calls it a small miracle.");
    assert_lacks(&a, "Pruning Trick");
}
