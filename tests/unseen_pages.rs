//! The stripper on pages shaped as the generated corpus's fresh seeds
//! were (issue 16, session 18), each page written here:
//!
//! - the `<title>`'s site name: a headline holding the title's separator
//!   gives no second name of the site (`title.name-in-headline`,
//!   `title.names-site-once`, `title.name-at-edge`), nor does a title
//!   that is the headline itself, so a credit quoting the headline does
//!   not take the paragraph it is glued to for a plug;
//! - a credit glued to the first line of a body of `<br>` lines is cut
//!   off that line (`credit.glued-line`);
//! - a signup form titled inside its own widget is whole: the post's
//!   paragraph beside it in the builder's module stays
//!   (`notice.signup-box-titled`);
//! - an image uploaded under an editor's "untitled" name is no caption
//!   (`caption.untitled-upload`);
//! - the site's own offer labelled with its name goes
//!   (`brand.labelled-offer`).

mod story;

use story::{explained as extract, removed};

/// Our story's paragraphs.
const P1: &str = "The ferry company cancelled forty crossings in May, most of them on the early run that commuters rely on.";
const P2: &str = "Its managing director said two of the four boats had been in dry dock for longer than planned, waiting for parts.";
const P3: &str =
    "Passengers who held season tickets will get a month free, the company said on Tuesday.";
const HEADLINE: &str = "Ferry crossings cut again – what the new timetable means";

#[test]
fn a_headline_with_a_dash_gives_no_site_name_to_a_credit_quoting_it() {
    let last = "The new timetable starts on Monday.";
    let html = format!(
        r#"<html><head><title>{HEADLINE} – Harbour Daily</title>
        <meta property="og:title" content="{HEADLINE}"></head>
        <body><header class="site-header"><p class="site-title"><a href="/">Harbour Daily</a></p></header>
        <main><article class="post"><h1 class="entry-title">{HEADLINE}</h1>
        <div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p>
        <p>{last} The post <a href="https://baycourier.example/news/ferry-crossings-cut/">{HEADLINE}</a> appeared first on <a href="https://baycourier.example/">Bay Courier</a>.</p>
        </div></article></main></body></html>"#
    );
    let a = extract(&html, "https://harbourdaily.example/ferry-crossings-cut/");
    assert!(a.text.contains(last), "{}\n{}", a.text, removed(&a));
    assert!(!a.text.contains("appeared first"), "{}", a.text);
}

#[test]
fn a_title_opening_with_the_site_name_gives_no_second_name_at_its_end() {
    let last = "Season tickets bought before June stay valid.";
    let html = format!(
        r#"<html><head><title>Harbour Daily: {HEADLINE}</title></head>
        <body><header><div class="titlewrapper"><h1 class="title"><a href="https://harbourdaily.example/">Harbour Daily</a></h1></div></header>
        <div class="post hentry"><h3 class="post-title entry-title">{HEADLINE}</h3>
        <div class="post-body entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p>
        <p>{last} The post <a href="https://baycourier.example/news/ferry-crossings-cut/">{HEADLINE}</a> appeared first on <a href="https://baycourier.example/">Bay Courier</a>.</p>
        </div></div></body></html>"#
    );
    let a = extract(
        &html,
        "https://harbourdaily.example/2024/05/ferry-crossings-cut.html",
    );
    assert!(a.text.contains(last), "{}\n{}", a.text, removed(&a));
    assert!(!a.text.contains("appeared first"), "{}", a.text);
}

/// A `<title>` that is the headline itself (`og:title` says the same), on
/// a page that states its name elsewhere (`og:site_name`): the title's
/// second half is the headline's, no name of the site, so a credit quoting
/// the headline after the last sentence's `<br>` does not take the
/// sentence for a plug naming the site (`title.name-in-headline`).
#[test]
fn a_title_that_is_the_headline_gives_no_site_name() {
    let last = "Season tickets bought before June stay valid on every boat.";
    let html = format!(
        r#"<html><head><title>{HEADLINE}</title>
        <meta property="og:title" content="{HEADLINE}">
        <meta property="og:site_name" content="Harbour Daily"></head>
        <body><header class="site-header"><p class="site-title"><a href="/">Harbour Daily</a></p></header>
        <main><article class="post"><h1 class="entry-title">{HEADLINE}</h1>
        <div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p>
        <p>{last}<br>The post <a href="https://baycourier.example/news/ferry-crossings-cut/">{HEADLINE}</a> appeared first on <a href="https://baycourier.example/">Bay Courier</a>.</p>
        </div></article></main></body></html>"#
    );
    let a = extract(&html, "https://harbourdaily.example/ferry-crossings-cut/");
    assert!(a.text.contains(last), "{}\n{}", a.text, removed(&a));
    assert!(!a.text.contains("appeared first"), "{}", a.text);
}

#[test]
fn a_credit_glued_to_the_first_of_br_lines_is_cut_off_that_line() {
    let first = "Every evening before closing, the baker puts two baskets of unsold bread outside her door.";
    let html = format!(
        r#"<html><head><title>Baker gives away bread | Town Crier Daily</title></head>
        <body><main><article class="post"><h1>Baker gives away bread</h1>
        <div class="post-content">
        Source: <a href="https://valleyherald.example/2024/02/baker-bread/">Valley Herald</a> {first}<br /><br />
        Within half an hour the baskets are empty.<br /><br />
        <b>Biscuits, bread and jam</b><br />
        Neighbours have started to leave jars of jam and biscuits beside the bread, and the shop opposite sends people over.<br />
        <p>{P1}</p><p>{P2}</p></div></article></main></body></html>"#
    );
    let a = extract(
        &html,
        "https://towncrierdaily.example/baker-gives-away-bread/",
    );
    assert!(a.text.contains(first), "{}\n{}", a.text, removed(&a));
    assert!(a.text.contains("Biscuits, bread and jam"), "{}", a.text);
    assert!(!a.text.contains("Source:"), "{}", a.text);
    assert_eq!(
        a.source_url.as_ref().map(|u| u.as_str()),
        Some("https://valleyherald.example/2024/02/baker-bread/")
    );
}

#[test]
fn a_signup_form_titled_inside_its_widget_leaves_the_paragraph_beside_it() {
    let short = "The consumer office welcomed the new service but asked for a telephone line for older customers.";
    let html = format!(
        r#"<html><head><title>Water utility moves to chat | Quay Street News</title></head>
        <body><main><article class="post"><h1>Water utility moves to chat</h1>
        <div class="entry-content"><div class="builder-section"><div class="builder-row"><div class="builder-column"><div class="builder-text"><div class="builder-text-inner">
        <p>{P1}</p><p>{P2}</p></div></div></div></div></div>
        <div class="builder-section"><div class="builder-row"><div class="builder-column"><div class="builder-text"><div class="builder-text-inner">
        <div class="form-widget"><div class="form-widget-box"><form method="post"><div class="fields"><div class="field-html"><h4>Morning briefing</h4></div>
        <div class="field-email"><input type="email" name="email" placeholder="Your e-mail address"></div>
        <div class="field-submit"><button type="submit">Sign up</button></div></div></form></div></div>
        <p>{short}</p>
        </div></div></div></div></div>
        <div class="builder-section"><div class="builder-row"><div class="builder-column"><div class="builder-text"><div class="builder-text-inner">
        <p>{P3}</p></div></div></div></div></div></div></article></main></body></html>"#
    );
    let a = extract(&html, "https://quaystreetnews.example/water-utility-chat/");
    assert!(a.text.contains(short), "{}\n{}", a.text, removed(&a));
    assert!(!a.text.contains("Morning briefing"), "{}", a.text);
}

#[test]
fn an_image_uploaded_untitled_is_no_caption() {
    for (file, caption) in [
        ("sans-titre.jpg", "Sans titre"),
        ("sin-t-tulo.jpg", "Sin título"),
        ("naamloos-min.jpg", "Naamloos-min"),
    ] {
        let html = format!(
            r#"<html><head><title>Ferry crossings cut | Harbour Daily</title></head>
            <body><main><article class="post"><h1>Ferry crossings cut</h1>
            <div class="entry-content"><p>{P1}</p>
            <p><img src="https://harbourdaily.example/uploads/2024/05/{file}" alt=""></p><p class="wp-caption-text">{caption}</p>
            <p>{P2}</p><p>{P3}</p></div></article></main></body></html>"#
        );
        let a = extract(&html, "https://harbourdaily.example/ferry-crossings-cut/");
        assert!(!a.text.contains(caption), "{caption}: {}", a.text);
        assert!(a.text.contains(P2), "{}", a.text);
    }
    // A work called "Untitled" under a photo named otherwise is a caption.
    let html = format!(
        r#"<html><head><title>Gallery reopens | Harbour Daily</title></head>
        <body><main><article class="post"><h1>Gallery reopens</h1>
        <div class="entry-content"><p>{P1}</p>
        <p><img src="https://harbourdaily.example/uploads/2024/05/gallery-opening-night.jpg" alt=""></p><p class="wp-caption-text">Sans titre</p>
        <p>{P2}</p><p>{P3}</p></div></article></main></body></html>"#
    );
    let a = extract(&html, "https://harbourdaily.example/gallery-reopens/");
    assert!(a.text.contains("Sans titre"), "{}", a.text);
}

#[test]
fn the_sites_offer_labelled_with_its_name_goes() {
    let offer = "Harbour Daily Media Services: press releases, sponsored stories and banner packages for local firms.";
    let html = format!(
        r#"<html><head><title>Ferry crossings cut | Harbour Daily</title>
        <meta property="og:site_name" content="Harbour Daily"></head>
        <body><main><article class="post"><h1>Ferry crossings cut</h1>
        <div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p>
        <div class="services-box"><p><strong>Harbour Daily Media Services:</strong> press releases, sponsored stories and banner packages for local firms. <a href="https://harbourdaily.example/advertise/">Book now</a></p></div>
        <p>The company will publish a new timetable in July.</p>
        </div></article></main></body></html>"#
    );
    let a = extract(&html, "https://harbourdaily.example/ferry-crossings-cut/");
    assert!(!a.text.contains("Media Services"), "{}", a.text);
    assert!(!a.text.contains(offer), "{}", a.text);
    assert!(a.text.contains(P3), "{}", a.text);
    // A line of the post reporting on the site keeps its place.
    let report = "Harbour Daily: a correction to this story was published on Tuesday.";
    let html = html.replace(
        "<p>The company will",
        &format!("<p>{report}</p><p>The company will"),
    );
    let a = extract(&html, "https://harbourdaily.example/ferry-crossings-cut/");
    assert!(a.text.contains(report), "{}", a.text);
}
