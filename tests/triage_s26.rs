//! Single paragraphs lost with what stood beside them (issue 16, session
//! 26), each page written here:
//!
//! - a `<title>` that is the headline itself, on a page that names the
//!   site only in its header (a line spelling the host): the title's
//!   second half is the headline's, no name of the site, so a credit
//!   quoting the headline glued to the last sentence is cut and the
//!   sentence stays (`title.name-in-headline`);
//! - the lead paragraph sharing a builder's text module with the photos
//!   above it and their captions is the article's lead, not a gallery
//!   (`clean:images-over-paragraphs`);
//! - a subheading printed with `<br>`s between two "related" pointer
//!   lines is no line of a link list: the pointers go, the subheading
//!   stays (`links.own-link-list`).

mod story;

use story::{explained as extract, removed};

const P1: &str = "The ferry company cancelled forty crossings in May, most of them on the early run that commuters rely on.";
const P2: &str = "Its managing director said two of the four boats had been in dry dock for longer than planned, waiting for parts.";
const P3: &str =
    "Passengers who held season tickets will get a month free, the company said on Tuesday.";
const HEADLINE: &str = "Ferry crossings cut again – timetable thinned for summer";

/// A table-layout page: the `<title>` and `og:title` are the headline,
/// the site's name is only the header's bold line spelling the host. The
/// credit ("The post … appeared first on …") quotes the headline, glued to
/// the last sentence on the same line.
#[test]
fn a_title_that_is_the_headline_under_a_header_spelling_the_host_names_no_site() {
    let last = "Readers who want the new timetable can ask for it at the harbour office.";
    let html = format!(
        r##"<html><head><title>{HEADLINE}</title>
        <meta property="og:title" content="{HEADLINE}"></head>
        <body><table width="100%"><tr><td colspan="2"><font size="5"><b>HarbourDaily</b></font></td></tr>
        <tr><td width="150" valign="top"><a href="https://www.harbourdaily.example/news.html">News</a><br><a href="https://www.harbourdaily.example/sport.html">Sport</a></td>
        <td valign="top"><h1>{HEADLINE}</h1>
        {P1}<br /><br />
        {P2}<br /><br />
        {P3}<br /><br />
        {last} The post <a rel="nofollow" href="https://baycourier.example/news/ferry-crossings-cut-481/">{HEADLINE}</a> appeared first on <a rel="nofollow" href="https://baycourier.example/">Bay Courier</a>.<br /><br />
        </td></tr></table></body></html>"##
    );
    let a = extract(
        &html,
        "https://www.harbourdaily.example/ferry-crossings-cut-again/",
    );
    assert!(a.text.contains(last), "{}\n{}", a.text, removed(&a));
    assert!(!a.text.contains("appeared first"), "{}", a.text);
    assert!(a.text.contains(P3), "{}", a.text);
}

/// A page builder's first text module holds the post's two photos (each
/// with its file name under it), a "follow us" badge and the lead
/// paragraph; the next modules hold the rest of the post.
#[test]
fn the_lead_paragraph_under_its_photos_in_one_module_stays() {
    let lead = "The ferry timetable shrinks again this summer. The early crossing, dropped in May for want of crews, comes back on Monday with two boats a day.";
    let module = |inner: &str| {
        format!(
            r#"<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">{inner}</div></div>"#
        )
    };
    let first = module(&format!(
        r#"<table class="tr-caption-container"><tbody><tr><td><a href="https://harbourdaily.example/uploads/pier-photo-2.jpg"><img src="https://harbourdaily.example/uploads/pier-photo-2.jpg" width="640"></a></td></tr><tr><td class="tr-caption">IMG_20240501_0931.jpg</td></tr></tbody></table>
        <div style="text-align: center;"><img src="https://harbourdaily.example/uploads/boat-3.jpg" width="600"><br>DSC_4471-1024x683.jpg</div>
        <p><a href="https://news.example.org/publications/harbour"><img src="https://harbourdaily.example/uploads/badge.png" alt="News app"></a> Follow us on News app</p>
        {lead}<br /><br />"#
    ));
    let rest = module(&format!("{P1}<br /><br />{P2}<br /><br />{P3}<br /><br />"));
    let html = format!(
        r#"<html><head><title>Ferry timetable shrinks again | Harbour Daily</title></head>
        <body class="single single-post elementor-page"><main id="content" class="site-main"><div class="elementor elementor-8938">
        <section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
        <div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1>Ferry timetable shrinks again</h1></div></div>
        {first}{rest}
        </div></div></div></section></div></main></body></html>"#
    );
    let a = extract(
        &html,
        "https://harbourdaily.example/ferry-timetable-shrinks/",
    );
    assert!(a.text.contains(lead), "{}\n{}", a.text, removed(&a));
    assert!(a.text.contains(P3), "{}", a.text);
    assert!(!a.text.contains("IMG_20240501"), "{}", a.text);
}

/// A post written with `<br>`s: between an ad slot and a newsletter box,
/// two "related" pointer lines to the site's own posts (which the sidebar
/// lists) with a bold subheading of the post between them.
#[test]
fn a_subheading_between_two_related_lines_stays_and_the_lines_go() {
    let sub = "How the refund works";
    let html = format!(
        r#"<html><head><title>Ferry company refunds season tickets | Harbour Daily</title></head>
        <body><div class="post hentry"><h3 class="post-title entry-title">Ferry company refunds season tickets</h3>
        <div class="post-body entry-content">
        {P1}<br /><br />
        {P2} The spare parts arrived last week, and both boats are back on the water for the summer timetable.<br /><br />
        <div class="code-block code-block-3"><p style="font-size: 11px;">Advertisement</p><ins class="adsbygoogle" style="display:block" data-ad-slot="1234567890"></ins></div>
        <strong>Background: <a href="https://harbourdaily.example/bridge-repairs-delayed/">Bridge repairs delayed until autumn</a></strong><br />
        <br />
        <b>{sub}</b><br />
        <br />
        PREVIOUSLY: <a href="https://harbourdaily.example/harbour-dues-rise/"><em>Harbour dues rise for the first time in ten years</em></a><br />
        <br />
        <div class="newsletter-inline"><h4>Get our morning letter</h4><p>The harbour's news in your inbox every morning.</p><form action="/subscribe" method="post"><input type="email" name="email"><button type="submit">Sign up</button></form></div>
        {P3} Refunds are paid into the account the tickets were bought with, within two weeks of the claim.<br /><br />
        Holders of monthly passes get a week free instead, the company said.<br />
        </div></div>
        <div class="sidebar"><h2>Recent posts</h2><ul>
        <li><a href="https://harbourdaily.example/bridge-repairs-delayed/">Bridge repairs delayed until autumn</a></li>
        <li><a href="https://harbourdaily.example/harbour-dues-rise/">Harbour dues rise for the first time in ten years</a></li>
        <li><a href="https://harbourdaily.example/new-pier-lights/">New lights for the old pier</a></li>
        </ul></div></body></html>"#
    );
    let a = extract(
        &html,
        "https://harbourdaily.example/2024/05/ferry-refunds.html",
    );
    assert!(a.text.contains(sub), "{}\n{}", a.text, removed(&a));
    assert!(!a.text.contains("Background:"), "{}", a.text);
    assert!(!a.text.contains("PREVIOUSLY"), "{}", a.text);
    assert!(a.text.contains(P3), "{}", a.text);
}
