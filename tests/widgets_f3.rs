//! Widgets of a third family of autoblog pages (issue 16, f3b), each on a
//! page written here: a story heading whose anchor slug holds an ad word,
//! a rating prompt, a push prompt, machine-translation notes, a channel
//! box and a product card; the look-alikes in the story stay.

mod story;

use gleaner::Article;
use story::removed_by;

/// A story of five paragraphs that names no site.
const STORY: [&str; 5] = [
    "The town hall reopened its reading room on Tuesday after a winter of repairs to the leaking roof.",
    "Volunteers moved four thousand books back onto the shelves over the weekend, the librarian said.",
    "Readers can subscribe to the library's printed bulletin at the desk, as they have done for decades.",
    "The council paid for the roof out of its reserve and asked the county to cover part of the bill.",
    "Opening hours stay as they were, with a late evening on Thursdays for students before their exams.",
];

/// A page on a blog theme: `inserts` go into the post before the paragraph
/// of their index (after the last one for an index past the story).
fn page(inserts: &[(usize, &str)]) -> String {
    let post = story::post(&STORY, inserts);
    format!(
        "<html><head><title>Reading room reopens after repairs</title></head><body>\
         <header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/local/\">Local</a></nav></header>\
         <main><article class=\"post\"><h1>Reading room reopens after repairs</h1>\
         <div class=\"entry-content\">{post}</div></article></main>\
         <footer><p>Powered by WordPress</p></footer></body></html>"
    )
}

fn extract(html: &str) -> Article {
    story::explained(html, "https://townwire.example/reading-room-reopens/")
}

#[test]
fn a_heading_whose_anchor_slug_holds_an_ad_word_stays() {
    for heading in [
        "<h2 id=\"advertisement-rules-clause-by-clause\">Advertisement rules, clause by clause</h2>",
        "<h2 id=\"anzeige-oder-information\">Anzeige oder Information?</h2>",
    ] {
        let a = extract(&page(&[(2, heading)]));
        story::assert_kept(&STORY, &a.text);
        let kept = ["Advertisement rules", "Anzeige oder Information"]
            .iter()
            .any(|h| a.text.contains(h));
        assert!(kept, "{}", a.text);
    }
    // A class that names an ad slot still prunes.
    let a = extract(&page(&[(
        2,
        "<div class=\"advertisement\"><p>Buy cheap tyres today at our partner's shop now</p></div>",
    )]));
    assert!(!a.text.contains("cheap tyres"), "{}", a.text);
}

#[test]
fn a_rating_prompt_goes_in_any_language() {
    for prompt in [
        "Was this article helpful?",
        "¿Te resultó útil este artículo?",
        "War dieser Artikel hilfreich?",
        "Cet article vous a-t-il été utile ?",
    ] {
        // A box of a class no rule names: the usual vote-box classes
        // (`helpful-box`) have a rule of their own, `chrome.helpful`.
        let widget = format!(
            "<div class=\"kx-strip\"><span>{prompt}</span> <button>👍 Yes</button> <button>👎 No</button></div>"
        );
        let a = extract(&page(&[(5, &widget)]));
        story::assert_kept(&STORY, &a.text);
        assert!(!a.text.contains(prompt), "{}", a.text);
        assert!(removed_by(&a, "notice.rating-prompt"), "{:?}", a.removed);
    }
}

#[test]
fn a_push_prompt_goes_and_prose_about_notifications_stays() {
    for prompt in [
        "🔔 Ne ratez rien : activez les notifications",
        "🔔 Keine Meldung verpassen: Benachrichtigungen aktivieren",
        "🔔 Don't miss a thing: turn on notifications",
    ] {
        let widget = format!("<p class=\"push-inline\"><a href=\"#\">{prompt}</a></p>");
        let a = extract(&page(&[(0, &widget)]));
        story::assert_kept(&STORY, &a.text);
        assert!(!a.text.contains(prompt), "{}", a.text);
        assert!(removed_by(&a, "notice.push-prompt"), "{:?}", a.removed);
    }
    let prose = "<p>The library's app can now send notifications when a reserved book arrives, and readers can enable them in its settings page.</p>";
    let a = extract(&page(&[(3, prose)]));
    assert!(a.text.contains("send notifications"), "{}", a.text);
}

#[test]
fn machine_translation_notes_go() {
    for note in [
        "<p><em>Este artigo foi traduzido automaticamente. Podem ocorrer erros de tradução.</em></p>",
        "<p><em>Dieser Artikel wurde maschinell übersetzt. Übersetzungsfehler sind möglich.</em></p>",
        "<p><em>Aviso IA: Este contenido se elaboró con ayuda de inteligencia artificial y fue revisado por nuestro equipo.</em></p>",
    ] {
        let a = extract(&page(&[(5, note)]));
        story::assert_kept(&STORY, &a.text);
        let leaked = ["traduzido", "übersetzt", "elaboró"]
            .iter()
            .any(|w| a.text.contains(w));
        assert!(!leaked, "{}", a.text);
        assert!(removed_by(&a, "notice.disclosure-made-by"), "{:?}", a.removed);
    }
}

#[test]
fn a_channel_box_goes_and_a_channel_named_in_prose_stays() {
    let widget = "<div class=\"tg-box\"><span class=\"icon\">✈</span><div><strong>Entre no nosso canal</strong><br>Notícias em primeira mão, sem spam.</div>\
                  <a class=\"btn\" href=\"https://t.me/townwire\">Entrar</a></div>";
    let a = extract(&page(&[(3, widget)]));
    story::assert_kept(&STORY, &a.text);
    for piece in ["primeira mão", "Entrar"] {
        assert!(!a.text.contains(piece), "{}", a.text);
    }
    assert!(removed_by(&a, "follow.channel"), "{:?}", a.removed);
    let prose = "<p>The librarian posts the new arrivals every week on the <a href=\"https://t.me/townlibrary\">library's channel</a>, which has some two hundred readers.</p>";
    let a = extract(&page(&[(3, prose)]));
    assert!(a.text.contains("new arrivals every week"), "{}", a.text);
    // A section of the post that closes on a channel link is no box: its
    // heading stays.
    let section = "<div class=\"section\"><h3>More questions about the reading room</h3>\
                   <p>The librarian answers them at the desk every morning.</p>\
                   <div class=\"join\"><a href=\"https://t.me/townwire\">Join our channel</a></div></div>";
    let a = extract(&page(&[(3, section)]));
    assert!(
        a.text.contains("More questions about the reading room"),
        "{}",
        a.text
    );
    assert!(a.text.contains("answers them at the desk"), "{}", a.text);
    // A call in a block of its own (a button bar) is the whole box: the
    // post's last paragraph beside it, in the same builder module, stays.
    let bar = "<div class=\"module-text\"><p>The next reading evening is on Friday.</p>\
               <div class=\"join-bar\"><a href=\"https://t.me/townwire\">Join our channel</a></div></div>";
    let a = extract(&page(&[(5, bar)]));
    assert!(
        a.text.contains("next reading evening is on Friday"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("Join our channel"), "{}", a.text);
}

#[test]
fn a_product_card_goes() {
    let card = "<div class=\"price-box\"><div class=\"title\">Bestseller No. 1</div><div class=\"price\">€ 24,99</div>\
                <a class=\"button\" href=\"https://shop.example/dp/B0001?tag=townwire-20\" rel=\"sponsored nofollow\">Check price at the shop</a>\
                <div class=\"note\">Last update on 2024-05-02 / Affiliate links / Images from the shop's API</div></div>";
    let a = extract(&page(&[(3, card)]));
    story::assert_kept(&STORY, &a.text);
    for piece in ["24,99", "Check price", "Last update", "Bestseller"] {
        assert!(!a.text.contains(piece), "{}", a.text);
    }
    assert!(removed_by(&a, "promo.product-card"), "{:?}", a.removed);
}
