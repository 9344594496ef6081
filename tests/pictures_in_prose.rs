//! A block of pictures set between the post's paragraphs is the post's
//! own illustration, with what it sets between the pictures (a
//! subheading in bold on a line of its own), not a gallery beside the
//! post (`clean:images-over-paragraphs`, session 28). Pages written here.

mod story;

use story::{explained as extract, removed};

const P1: &str = "The village bakery has put a table outside its door every evening since March, with the bread the shop did not sell.";
const P2: &str =
    "Anyone may take what they need, and nobody is asked to pay, the baker said on Friday.";
const P3: &str = "The idea came from a regular customer who asked what happened to the bread left over at closing time.";
const P4: &str = "Neighbours now add jam, apples and eggs, and the health office has looked at the table and raised no objection.";
const SUBHEADING: &str = "How it started";

/// A page builder's text modules: two of prose, then one holding a
/// photo, a bold subheading on a line of its own and a second photo, then
/// two more of prose. The module of pictures stands between the post's
/// prose: its subheading stays, with every paragraph, in order.
#[test]
fn a_subheading_between_two_photos_inside_the_post_stays() {
    let module = |inner: &str| {
        format!(
            r#"<div class="tb-module tb-text"><div class="tb-module-inner">{inner}</div></div>"#
        )
    };
    let pictures = format!(
        r#"<div class="pic"><a href="https://bakerynews.example/media/table-evening-1.jpg"><img src="https://bakerynews.example/media/table-evening-1.jpg" width="640"></a></div>
        <b>{SUBHEADING}</b><br>
        <div class="pic"><a href="https://bakerynews.example/media/table-evening-2.jpg"><img src="https://bakerynews.example/media/table-evening-2.jpg" width="640"></a></div>"#
    );
    let body = [
        module(&format!("{P1}<br><br>")),
        module(&format!("{P2}<br><br>")),
        module(&pictures),
        module(&format!("{P3}<br><br>")),
        module(&format!("{P4}<br><br>")),
    ]
    .join("\n");
    let html = format!(
        r#"<html><head><title>Bakery gives its bread away</title></head><body>
        <nav><a href="/">Home</a> <a href="/local/">Local</a> <a href="/sport/">Sport</a></nav>
        <main><h1>Bakery gives its bread away</h1>{body}</main>
        <footer><p>Copyright Bakery News</p></footer></body></html>"#
    );
    let a = extract(
        &html,
        "https://bakerynews.example/2024/05/bakery-bread-table/",
    );
    let at = |s: &str| a.text.find(s);
    assert!(at(SUBHEADING).is_some(), "{}\n{}", a.text, removed(&a));
    for (before, after) in [(P1, P2), (P2, SUBHEADING), (SUBHEADING, P3), (P3, P4)] {
        assert!(
            at(before).is_some() && at(before) < at(after),
            "{before:?} before {after:?}:\n{}\n{}",
            a.text,
            removed(&a)
        );
    }
}

/// The same module of pictures after the post's last paragraph, with
/// linked captions of other posts, is no part of the post: it still goes.
#[test]
fn a_picture_strip_after_the_post_still_goes() {
    let strip = r#"<div class="strip"><div class="pic"><a href="https://bakerynews.example/2024/04/market-hall/"><img src="https://bakerynews.example/media/market.jpg"></a><a href="https://bakerynews.example/2024/04/market-hall/">Market hall reopens</a></div>
        <div class="pic"><a href="https://bakerynews.example/2024/04/bus-line/"><img src="https://bakerynews.example/media/bus.jpg"></a><a href="https://bakerynews.example/2024/04/bus-line/">New bus line to the coast</a></div>
        <div class="pic"><a href="https://bakerynews.example/2024/04/school-roof/"><img src="https://bakerynews.example/media/roof.jpg"></a><a href="https://bakerynews.example/2024/04/school-roof/">School roof repaired</a></div></div>"#;
    let html = format!(
        r#"<html><head><title>Bakery gives its bread away</title></head><body>
        <main><h1>Bakery gives its bread away</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p>{strip}</main></body></html>"#
    );
    let a = extract(
        &html,
        "https://bakerynews.example/2024/05/bakery-bread-table/",
    );
    assert!(a.text.contains(P4), "{}", a.text);
    assert!(
        !a.text.contains("School roof"),
        "{}\n{}",
        a.text,
        removed(&a)
    );
}
