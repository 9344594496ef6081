//! What session 29's work on the generated sets' site names and source
//! addresses (tuning seeds 68 and 74) caught, on pages written for this
//! suite (issue 16):
//!
//! - a page that states no site name (no `og:site_name`, no JSON-LD, no
//!   name in its `<title>`) but shows a line spelling its host with an
//!   accent the host drops ("Bahía" on `…bahia….example`): that line
//!   names the site, before a branding-classed line elsewhere on the page
//!   (a sponsored widget's label, the site's slogan);
//! - a credit line closing its sentence in a paragraph of its own, then a
//!   button row whose link leaves the site (an aggregator's "follow us"
//!   button) in the same short wrapper: the credit's line ended before
//!   the link, which is not the source's address.

use gleaner::{Extractor, Url};

const STORY: &str = r#"
<p>The harbour board voted on Tuesday to rebuild the old stone jetty, which has been closed to boats since the storm of last winter.</p>
<p>Fishermen had moored at the beach since then, hauling their catch up the sand by hand at low tide and across the dunes.</p>
<p>The work starts in the spring and should take four months, the board said, with the jetty open again before the summer.</p>
"#;

/// A page naming its site nowhere but in a home link "Voz de la Bahía"
/// on `vozdelabahia.example`, with `branding` (a branded line's class)
/// after it, in the page's order.
fn page(branding: &str) -> String {
    format!(
        r#"<html><head><title>Harbour board votes to rebuild the stone jetty</title></head><body>
<header><a href="https://www.vozdelabahia.example/">Voz de la Bahía</a></header>
<main><article><h1>Harbour board votes to rebuild the stone jetty</h1>{STORY}</article>
{branding}</main></body></html>"#
    )
}

fn site_name(html: &str) -> Option<String> {
    let url = Url::parse("https://www.vozdelabahia.example/2025/03/jetty-rebuilt/").ok();
    Extractor::default()
        .extract(html, url.as_ref())
        .ok()
        .and_then(|a| a.site_name)
}

/// A sponsored widget's label in a `branding` span after the home link:
/// the accented line that spells the host is the site's name.
#[test]
fn an_accented_line_spelling_the_host_outranks_a_widget_label() {
    let html = page(
        r#"<div class="promo-grid"><a href="https://ads.example/1"><span class="title">One odd trick for tired feet</span><span class="branding">Foot Care Weekly | Sponsored</span></a></div>"#,
    );
    assert_eq!(site_name(&html).as_deref(), Some("Voz de la Bahía"));
}

/// The site's slogan in a `brand-line` paragraph under the post: the
/// line that spells the host is still the name.
#[test]
fn an_accented_line_spelling_the_host_outranks_a_slogan() {
    let html = page(r#"<p class="brand-line"><em>The bay, told each morning.</em></p>"#);
    assert_eq!(site_name(&html).as_deref(), Some("Voz de la Bahía"));
}

/// A page builder's first text module: the credit in a paragraph of its
/// own, an aggregator's button in a row of its own, the post's first
/// paragraph; the rest of the post in a second module.
fn credit_then_button(button_text: &str) -> String {
    format!(
        r#"<html><head><title>Harbour board votes to rebuild the stone jetty - Bay Courier</title></head><body>
<div class="post-content"><div class="text-module"><div class="module-inner">
<p><em>This story was originally published by The Dune Gazette.</em></p>
<div class="btn-row"><div class="btn"><a class="btn-link" href="https://feeds.aggregator.example/">{button_text}</a></div></div>
<p>The harbour board voted on Tuesday to rebuild the old stone jetty.</p>
</div></div><div class="text-module"><div class="module-inner">
<p>Fishermen had moored at the beach since then, hauling their catch up the sand by hand at low tide and across the dunes.</p>
<p>The work starts in the spring and should take four months, the board said, with the jetty open again before the summer.</p>
<p>The board will publish the contractor's plans at the harbour office next week, and residents may comment until the end of May.</p>
</div></div></div></body></html>"#
    )
}

/// The button's address is no source: the credit names its outlet and
/// links none.
#[test]
fn a_button_row_after_a_closed_credit_line_is_not_the_source() {
    let url = Url::parse("https://baycourier.example/2025/03/jetty-rebuilt/").ok();
    let a = Extractor::default()
        .extract(
            &credit_then_button("Follow us on the feed reader"),
            url.as_ref(),
        )
        .ok();
    let a = a.as_ref();
    assert_eq!(a.and_then(|a| a.source_url.as_ref()), None);
    // The credit is still read as one.
    assert_eq!(
        a.and_then(|a| a.source_name.as_deref()),
        Some("The Dune Gazette")
    );
}
