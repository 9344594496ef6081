//! A marker's label over a sentence is prose: "Source: the company's own
//! records show …" closing a site's own article says where a figure comes
//! from, not that the page republishes another outlet's story. Read as a
//! credit, it made the whole page "republished", and every short block
//! naming the site went as self-promotion — here the questions of an
//! interview the site's name labels.
//!
//! And such an interview's last question, near the post's tail, is no
//! plug for the site either: a speaker's label ("Harbour Times:") opening
//! two or more paragraphs is a voice of the post, and the site's name
//! among the voices is the post naming the site (`brand::ProseNames`).
//!
//! A label over a moment alone ("Originally published in March 2022.")
//! names no outlet: no `source_name`.

mod story;

use story::explained;

const URL: &str = "https://harbourtimes.example/2026/12/ferry-captain-retires";

fn page(closing: &str) -> String {
    format!(
        "<html><head><title>Ferry captain retires after forty years | Harbour Times</title>\
         <meta property=\"og:site_name\" content=\"Harbour Times\"></head><body>\
         <header class=\"site-header\"><a href=\"/\">Harbour Times</a><nav><a href=\"/local\">Local</a></nav></header>\
         <main><article><h1>Ferry captain retires after forty years</h1><div class=\"entry-content\">\
         <p>After four decades on the bridge of the island ferry, Captain Ruth Hale steered her last crossing on Sunday, with half the village on the quay.</p>\
         <p>We spoke to her about storms, engines and the passengers she will miss.</p>\
         <p><strong>Harbour Times:</strong> What was the hardest crossing you made?</p>\
         <p><strong>Ruth Hale:</strong> The winter of the big gale. We were an hour late and nobody on board said a word until we tied up.</p>\
         <p><strong>Harbour Times:</strong> Will you still go to sea?</p>\
         <p><strong>Ruth Hale:</strong> Only as a passenger. My grandson has promised to take me fishing in the spring.</p>\
         <p>{closing}</p>\
         <p>The ferry company says a new captain will be named before Christmas.</p>\
         </div></article></main><footer><p>© 2026 Harbour Times</p></footer></body></html>"
    )
}

#[test]
fn a_source_label_over_a_sentence_leaves_the_interview_its_questions() {
    let closing = "Source: the ferry company's own records show she made more than thirty thousand crossings.";
    let a = explained(&page(closing), URL);
    for kept in [
        "What was the hardest crossing you made?",
        "Will you still go to sea?",
        "The winter of the big gale.",
        closing,
    ] {
        assert!(a.text.contains(kept), "{kept:?} lost: {}", a.text);
    }
    assert_eq!(a.source_name, None);
}

/// A label over a name still credits an outlet: the page republishes.
#[test]
fn a_source_label_over_a_name_is_a_credit() {
    let a = explained(&page("Source: Coast Herald"), URL);
    assert!(!a.text.contains("Source: Coast Herald"), "{}", a.text);
    assert!(a.text.contains("The winter of the big gale."), "{}", a.text);
}

/// The interview's last question stands among the post's closing lines:
/// the site's name as a speaker's label is no plug.
#[test]
fn the_sites_name_as_an_interviewers_label_is_no_plug() {
    let a = explained(&page("She says she will keep her cap as a souvenir."), URL);
    for kept in [
        "What was the hardest crossing you made?",
        "Will you still go to sea?",
    ] {
        assert!(a.text.contains(kept), "{kept:?} lost: {}", a.text);
    }
}

/// "Originally published in March 2022." dates the page's own first
/// version: a moment is no outlet's name.
#[test]
fn a_moment_after_a_marker_label_names_no_outlet() {
    let a = explained(&page("Originally published in March 2022."), URL);
    assert_eq!(a.source_name, None, "{}", a.text);
}
