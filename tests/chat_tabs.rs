//! Chat tabs that name the chat in their own words after a short question
//! (issue 16, `notice.chat-launcher`), on pages written here; a line of
//! the post that asks and then says more about a chat stays.

mod story;

/// A story of four paragraphs about a ferry timetable.
const STORY: [&str; 4] = [
    "The river ferry will run every twenty minutes from Monday, the operator said, after a winter of hourly crossings.",
    "Commuters had asked for the change since the new housing on the east bank filled up faster than planned.",
    "A second boat, leased from a harbour company on the coast, will cover the morning and evening peaks.",
    "Fares stay the same until the spring, when the council reviews the subsidy that keeps the service running.",
];

/// A page whose `<article>` holds the story with `inside` after it.
fn page(inside: &str) -> String {
    format!(
        "<html><head><title>Ferry every twenty minutes</title></head><body>\
         <main><article><h1>Ferry every twenty minutes</h1><div class=\"entry-content\">{}{inside}</div></article></main>\
         <footer><p>Riverside Post</p></footer></body></html>",
        story::post(&STORY, &[])
    )
}

const URL: &str = "https://riversidepost.example/2024/ferry-every-twenty-minutes/";

#[test]
fn a_chat_tab_in_its_own_words_goes() {
    for tab in [
        "Questions? Message us in chat!",
        "Fragen? Schreib uns im Chat!",
        "¿Dudas? Escríbenos por el chat",
    ] {
        let launcher = format!(
            "<div id=\"helpdesk\" class=\"helpdesk--right\"><div class=\"helpdesk--tab\"><span>{tab}</span></div></div>"
        );
        let a = story::extract(&page(&launcher), URL);
        story::assert_kept(&STORY, &a.text);
        assert!(!a.text.contains(tab), "{tab}: {}", a.text);
    }
}

/// A line of the post that asks and then speaks of a chat in a sentence
/// stays.
#[test]
fn a_question_then_a_sentence_about_the_chat_stays() {
    let line = "Why now? The chat queue was long.";
    let a = story::extract(&page(&format!("<p>{line}</p>")), URL);
    story::assert_kept(&STORY, &a.text);
    assert!(a.text.contains(line), "{}", a.text);
}
