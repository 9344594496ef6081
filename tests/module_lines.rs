//! Lines of a page builder's text modules that the body choice and the
//! cleaning lost (issue 16, "0 lost paragraphs" on the generated base
//! set), on pages written for this suite: a subheading's module with a
//! "see also" line and no sentence of its own, a credit spread over two
//! lines counted as two link lines, and a closing section whose last
//! sentence runs into a credit link.

mod story;

use gleaner::{Article, Block};

const URL: &str = "https://lakeside-courier.example.org/2024/06/library-late-opening";

fn extract(html: &str) -> Article {
    story::extract(html, URL)
}

fn page(body: &str) -> String {
    format!(
        "<html><head><title>Library opens late on Thursdays | Lakeside Courier</title></head><body>\
         <header class=\"masthead\"><a href=\"/\">Lakeside Courier</a>\
         <nav><a href=\"/\">Home</a> <a href=\"/town\">Town</a> <a href=\"/schools\">Schools</a></nav></header>\
         <main><article class=\"post\"><h1>Library opens late on Thursdays</h1>{body}</article></main>\
         <footer class=\"site-footer\"><p>Lakeside Courier, a weekly paper.</p></footer>\
         </body></html>"
    )
}

const STORY: &[&str] = &[
    "The town library will stay open until nine on Thursday evenings from next month, a trial the council agreed to after a petition from parents and evening-class students.",
    "The reading room has been closing at six since the budget cuts four years ago, which the librarians say left students with nowhere quiet to work after school.",
    "Two part-time staff will be hired for the evening shift, paid for by the friends of the library, who raised the money at their spring book sale.",
    "The council will look at the number of visitors in December and decide then whether the late opening becomes permanent or ends with the trial.",
];

fn paras(ps: &[&str]) -> String {
    ps.iter().map(|p| format!("<p>{p}</p>")).collect()
}

/// A text module of a page builder: every module bears the same classes
/// but for a generated node name.
fn module(node: &str, inner: &str) -> String {
    format!(
        "<div class=\"kb-module kb-module-text kb-node-{node}\"><div class=\"kb-module-inner\">\
         <div class=\"kb-text\">{inner}</div></div></div>"
    )
}

fn column(modules: &str) -> String {
    format!("<div class=\"kb-row\"><div class=\"kb-col\"><div class=\"kb-col-content\">{modules}</div></div></div>")
}

fn headings(a: &Article) -> Vec<String> {
    a.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { content, .. } => Some(content.text.clone()),
            _ => None,
        })
        .collect()
}

/// A builder gives a section's subheading a module of its own, and the
/// editor put a picture and a "see also" line under it: the module holds
/// no sentence, its link line makes half its text, and the section's prose
/// follows in the next module. Between two of the article's modules of
/// its own kind the subheading is the article's (`subheading_module`);
/// the link line is still judged on its own.
#[test]
fn a_subheading_module_with_a_see_also_line_keeps_its_subheading() {
    let heading = "Who asked for it";
    let sub = format!(
        "<h2>{heading}</h2>\
         <figure><img src=\"/media/reading-room.jpg\" alt=\"\"><figcaption>Reading room</figcaption></figure>\
         <div class=\"kb-group\"><p><strong>See also: <a href=\"https://lakeside-courier.example.org/2024/05/school-bus-route-changes\">\
         The school bus route changes again after the summer holidays</a></strong></p></div>"
    );
    let body = column(&format!(
        "{}{}{}",
        module("4c1e9", &paras(&STORY[..2])),
        module("5d2f0", &sub),
        module("6e3a1", &paras(&STORY[2..])),
    ));
    let a = extract(&page(&body));
    for p in STORY {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
    assert!(
        headings(&a).iter().any(|h| h == heading),
        "the subheading was lost: {:?}\n{}",
        headings(&a),
        a.text
    );
    let at = |s: &str| a.text.find(s).unwrap_or(usize::MAX);
    assert!(
        at(STORY[1]) < at(heading) && at(heading) < at(STORY[2]),
        "order: {}",
        a.text
    );
    assert!(
        !a.text.contains("school bus route"),
        "the see-also line stayed: {}",
        a.text
    );
}

/// A titled box over a link of another kind of module (a call box)
/// between the same text modules is no subheading module: it goes.
#[test]
fn a_call_box_module_between_text_modules_still_goes() {
    let cta = "<div class=\"kb-module kb-module-cta kb-node-5d2f0\"><div class=\"kb-module-inner\">\
         <h3>Our podcast</h3><p><a href=\"https://lakeside-courier.example.org/podcast/latest-episode-on-the-library\">\
         Listen to the latest episode about the town library now</a></p></div></div>";
    let body = column(&format!(
        "{}{}{}",
        module("4c1e9", &paras(&STORY[..2])),
        cta,
        module("6e3a1", &paras(&STORY[2..])),
    ));
    let a = extract(&page(&body));
    for p in STORY {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
    assert!(
        !a.text.contains("Our podcast") && !a.text.contains("latest episode"),
        "the call box stayed: {}",
        a.text
    );
}

/// The post's last module holds a list of figures, a "see also" line, the
/// last paragraph, and a credit of the source written as two lines (the story's address,
/// its author's page), both linking to the source's site: the credit is
/// one line apart, not two, so the module's link lines stand apart from
/// its prose and the last paragraph stays (`LinkLines::link_line`).
#[test]
fn a_credit_over_two_lines_is_one_line_apart() {
    let last = "The first late opening is on the fourth of July.";
    let figures = [
        "Opening hours on Thursdays: ten until nine",
        "Evening staff: two part-time librarians",
        "Cost of the trial: paid by the friends of the library",
    ];
    let list: String = figures.iter().map(|f| format!("<li>{f}</li>")).collect();
    let closing = format!(
        "<ol>{list}</ol>\
         <div class=\"kb-group\"><p><strong>See also: <a href=\"https://lakeside-courier.example.org/2024/05/school-bus-route-changes\">\
         The school bus route changes again after the summer holidays</a></strong></p></div>\
         <p>{last}</p>\
         <p><a href=\"https://valleyherald.example.com/local/library-late-opening-4410\">View the original report</a></p>\
         <p>Reporter: <a href=\"https://valleyherald.example.com/staff/ines-moreau/\">Ines Moreau</a></p>"
    );
    let body = column(&format!(
        "{}{}",
        module("4c1e9", &paras(STORY)),
        module("5d2f0", &closing),
    ));
    let a = extract(&page(&body));
    for p in STORY.iter().chain(&figures).chain([&last]) {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
}

/// Lines in a row that link to this site's own pages are a list of its
/// posts, each a line apart: three of them under a paragraph make the
/// block a list of links, which goes.
#[test]
fn link_lines_to_the_sites_own_pages_each_count() {
    let related = [
        (
            "2024/05/school-bus-route-changes",
            "The school bus route changes again after the summer",
        ),
        (
            "2024/04/pool-reopens",
            "The swimming pool reopens with longer weekend hours",
        ),
        (
            "2024/03/market-square",
            "Market square works start in the autumn, the council says",
        ),
    ];
    let lines: String = related
        .iter()
        .map(|(path, title)| {
            format!("<p><a href=\"https://lakeside-courier.example.org/{path}\">{title}</a></p>")
        })
        .collect();
    let closing = format!("<p>Read more from the town desk.</p>{lines}");
    let body = column(&format!(
        "{}{}",
        module("4c1e9", &paras(STORY)),
        module("5d2f0", &closing),
    ));
    let a = extract(&page(&body));
    for p in STORY {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
    for (_, title) in related {
        assert!(!a.text.contains(title), "a related link stayed: {}", a.text);
    }
}

/// A builder section after the article's holds only the post's last
/// sentence, cut where an autoblog's excerpt ends ("[…]") and followed by
/// a link to the source, in one `<p>`: the sentence closes the post, so
/// the section joins the body (`line_before_trailing_link`).
#[test]
fn a_closing_section_of_a_sentence_and_a_credit_link_joins_the_body() {
    let section = |n: usize, inner: &str| {
        format!(
            "<div class=\"gx-section gx-section-{n}\"><div class=\"gx-row gx-row-{n}\">\
             <div class=\"gx-module gx-text gx-text-{n}\"><div class=\"gx-text-inner\">{inner}</div></div></div></div>"
        )
    };
    let last = "The doors open at ten as before.";
    let body = format!(
        "<div class=\"gx-builder\">{}{}{}</div>",
        section(0, &paras(&STORY[..3])),
        section(1, &format!("<h3>What happens next</h3>{}", paras(&STORY[3..]))),
        section(
            2,
            &format!(
                "<p>{last} […] <a href=\"https://valleyherald.example.com/local/library-late-opening-4410\">Continue reading</a></p>"
            )
        ),
    );
    let a = extract(&page(&body));
    for p in STORY.iter().chain([&last]) {
        assert!(a.text.contains(p), "the story lost {p:?}: {}", a.text);
    }
}
