//! Credits that say where the post first appeared by naming its own
//! headline and the outlet, in any language (`credit.titled-first-published`),
//! each page written here. The wordings are not in any phrase list: the
//! line is told by the headline it holds, a link to another host and few
//! other words.

mod story;

use gleaner::Url;
use story::{explained as extract, removed};

/// A page of the site `harbourdaily.example` with the headline and the
/// post's body `body`.
fn page(headline: &str, lang: &str, body: &str) -> String {
    format!(
        r#"<html lang="{lang}"><head><title>{headline} - Harbour Daily</title>
        <meta property="og:title" content="{headline}"></head>
        <body><header class="site-header"><p class="site-title"><a href="/">Harbour Daily</a></p></header>
        <main><article class="post"><h1 class="entry-title">{headline}</h1>
        <div class="entry-content">{body}</div></article></main></body></html>"#
    )
}

const URL: &str = "https://harbourdaily.example/2024/05/14/story/";

/// A Czech post's paragraphs.
const CS_HEADLINE: &str = "Obecní knihovna půjčuje semínka zeleniny místním zahrádkářům";
const CS: [&str; 3] = [
    "Knihovna v Lipové otevřela na jaře semínkovnu, ze které si čtenáři mohou vzít semena rajčat a dýní.",
    "Vedoucí knihovny říká, že první zásilka zmizela během dvou týdnů a lidé přinášejí vlastní semena z loňské úrody.",
    "Na podzim chce knihovna uspořádat přednášku o uchovávání semen a výměnný trh.",
];

/// A Korean post's paragraphs.
const KO_HEADLINE: &str = "시립도서관, 어르신 위한 스마트폰 교실 열어 광고와 쿠키도 설명";
const KO: [&str; 3] = [
    "시립도서관은 이번 달부터 매주 화요일 오전 육십오 세 이상 주민을 대상으로 스마트폰 교실을 운영한다.",
    "수업에서는 사진 보내기, 공과금 내기, 사기 문자 구별하기를 배운다.",
    "수업은 무료이며 한 학기에 스무 명까지 신청할 수 있다.",
];

fn cs_body(credit_first: Option<&str>, credit_last: Option<&str>) -> String {
    let mut body = String::new();
    if let Some(c) = credit_first {
        body.push_str(&format!("<p>{c}</p>"));
    }
    for p in CS {
        body.push_str(&format!("<p>{p}</p>"));
    }
    if let Some(c) = credit_last {
        body.push_str(&format!("<p>{c}</p>"));
    }
    body
}

#[test]
fn a_footer_naming_the_headline_and_the_outlet_goes_in_words_no_list_knows() {
    // "The post <Headline> was first published by <Outlet>.", in Czech.
    let credit = format!(
        r#"Příspěvek <a href="https://jizerskelisty.example.cz/read/55120934">{CS_HEADLINE}</a> poprvé vyšel na webu <a href="https://jizerskelisty.example.cz/">Jizerské listy</a>."#
    );
    let a = extract(&page(CS_HEADLINE, "cs", &cs_body(None, Some(&credit))), URL);
    assert!(
        !a.text.contains("poprvé vyšel"),
        "{}\n{}",
        a.text,
        removed(&a)
    );
    assert!(a.text.contains(CS[2]), "{}", a.text);
    assert!(
        removed(&a).contains("credit.titled-first-published"),
        "{}",
        removed(&a)
    );
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://jizerskelisty.example.cz/read/55120934")
    );
    assert_eq!(a.source_name.as_deref(), Some("Jizerské listy"));
}

#[test]
fn a_credit_quoting_the_headline_in_guillemets_goes_at_the_head() {
    // "This article first appeared on <Outlet> as «<Headline>».", in Czech.
    let credit = format!(
        r#"<em>Článek původně vyšel na <a href="https://jizerskelisty.example.cz/clanek/8841">Jizerské listy</a> pod názvem „{CS_HEADLINE}“.</em>"#
    );
    let a = extract(&page(CS_HEADLINE, "cs", &cs_body(Some(&credit), None)), URL);
    assert!(
        !a.text.contains("původně vyšel"),
        "{}\n{}",
        a.text,
        removed(&a)
    );
    assert!(a.text.contains(CS[0]), "{}", a.text);
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://jizerskelisty.example.cz/clanek/8841")
    );
}

#[test]
fn a_credit_glued_to_the_last_paragraph_is_cut_and_the_paragraph_kept() {
    let credit = format!(
        r#"Příspěvek <a href="https://jizerskelisty.example.cz/read/55120934">{CS_HEADLINE}</a> poprvé vyšel na webu <a href="https://jizerskelisty.example.cz/">Jizerské listy</a>."#
    );
    let mut body = cs_body(None, None);
    body = body.replace(
        &format!("<p>{}</p>", CS[2]),
        &format!("<p>{} — {credit}</p>", CS[2]),
    );
    let a = extract(&page(CS_HEADLINE, "cs", &body), URL);
    assert!(
        !a.text.contains("poprvé vyšel"),
        "{}\n{}",
        a.text,
        removed(&a)
    );
    assert!(a.text.contains(CS[2]), "{}\n{}", a.text, removed(&a));
}

#[test]
fn a_credit_of_two_sentences_is_cut_off_the_first_paragraph() {
    // Korean: "<Outlet>에 처음 실린 기사입니다. 원제: 《Headline》" glued to
    // the first paragraph's head.
    let credit = format!(
        r#"<em>이 기사는 <a href="https://haebyeon.example.kr/view/20931">해변일보</a>에 처음 실렸습니다. 원제 《{KO_HEADLINE}》.</em>"#
    );
    let body = format!("<p>{credit} {}</p><p>{}</p><p>{}</p>", KO[0], KO[1], KO[2]);
    let a = extract(&page(KO_HEADLINE, "ko", &body), URL);
    assert!(!a.text.contains("처음 실렸"), "{}\n{}", a.text, removed(&a));
    assert!(a.text.contains(KO[0]), "{}\n{}", a.text, removed(&a));
}

#[test]
fn a_sentence_quoting_the_headline_without_a_link_elsewhere_stays() {
    // The article's own sentence: the report bears the post's headline,
    // and the line links nowhere else.
    let line = format!("Zpráva s názvem „{CS_HEADLINE}“ vyšla v pondělí na stránkách kraje.");
    let a = extract(&page(CS_HEADLINE, "cs", &cs_body(None, Some(&line))), URL);
    assert!(
        a.text.contains("vyšla v pondělí"),
        "{}\n{}",
        a.text,
        removed(&a)
    );
}

#[test]
fn a_line_naming_another_posts_headline_is_no_credit() {
    let other = "Hasiči z Lipové dostali novou cisternu po dvaceti letech čekání";
    let line = format!(
        r#"Příspěvek <a href="https://jizerskelisty.example.cz/read/55120935">{other}</a> poprvé vyšel na webu <a href="https://jizerskelisty.example.cz/">Jizerské listy</a>."#
    );
    let a = extract(&page(CS_HEADLINE, "cs", &cs_body(None, Some(&line))), URL);
    assert!(
        !removed(&a).contains("credit.titled-first-published"),
        "{}",
        removed(&a)
    );
}

#[test]
fn a_credit_holding_a_second_sentence_of_prose_is_not_taken_whole() {
    // The credit and the article's first sentence in one block, no
    // emphasis between them: only the credit goes.
    let credit = format!(
        r#"Článek původně vyšel na <a href="https://jizerskelisty.example.cz/clanek/8841">Jizerské listy</a> pod názvem „{CS_HEADLINE}“. {}"#,
        CS[0]
    );
    let body = format!("<p>{credit}</p><p>{}</p><p>{}</p>", CS[1], CS[2]);
    let a = extract(&page(CS_HEADLINE, "cs", &body), URL);
    assert!(a.text.contains(CS[0]), "{}\n{}", a.text, removed(&a));
    assert!(
        !a.text.contains("původně vyšel"),
        "{}\n{}",
        a.text,
        removed(&a)
    );
}

/// A Chinese post's paragraphs.
const ZH_HEADLINE: &str = "市图书馆向居民免费借出蔬菜种子，秋季将举办交换集市";
const ZH: [&str; 3] = [
    "今年春天，市图书馆在一楼开设了种子角，读者可以免费领取番茄和南瓜的种子。",
    "馆长表示，第一批种子两周内就被领完，不少居民还带来了自家留下的种子。",
    "图书馆计划在秋季举办一场关于保存种子的讲座和交换集市。",
];

#[test]
fn a_credit_in_a_script_without_spaces_is_cut_off_the_last_paragraph() {
    // "Reprinted from <Outlet>, original title 《Headline》。" glued to the
    // last paragraph after its ideographic full stop.
    let credit = format!(
        r#"本报道转载自<a href="https://binjiang.example.cn/a/77120">滨江晨报</a>，原题《{ZH_HEADLINE}》。"#
    );
    let body = format!("<p>{}</p><p>{}</p><p>{}{credit}</p>", ZH[0], ZH[1], ZH[2]);
    let a = extract(&page(ZH_HEADLINE, "zh", &body), URL);
    assert!(!a.text.contains("转载自"), "{}\n{}", a.text, removed(&a));
    assert!(a.text.contains(ZH[2]), "{}\n{}", a.text, removed(&a));
    assert_eq!(a.source_name.as_deref(), Some("滨江晨报"));
}

// `credit.read-on-outlet`: a plugin's "read on at the outlet" line.

#[test]
fn a_button_sending_the_reader_on_to_another_host_goes() {
    // Norwegian: "Read the whole story at <Outlet> »", all one link.
    let button = r#"<a class="button" href="https://innsjoposten.example.no/nyheter/44102">Les hele saken hos Innsjøposten »</a>"#;
    let a = extract(&page(CS_HEADLINE, "no", &cs_body(None, Some(button))), URL);
    assert!(
        !a.text.contains("Les hele saken"),
        "{}\n{}",
        a.text,
        removed(&a)
    );
    assert!(
        removed(&a).contains("credit.read-on-outlet"),
        "{}",
        removed(&a)
    );
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://innsjoposten.example.no/nyheter/44102")
    );
}

#[test]
fn a_line_sending_the_reader_on_to_a_periodical_by_its_name_goes() {
    // Words no list holds before a link whose whole text is a
    // periodical's name: a block of its own, or a `<br>` line closing the
    // last paragraph; in Czech and in Japanese.
    let cs_url = "https://lipovskenoviny.example.cz/zpravy/semenovna-55120";
    let cs_line = format!(r#"Celý text najdete v <a href="{cs_url}">Lipovské noviny</a>"#);
    let ja_url = "https://kohoku-nippo.example.jp/article/88120";
    let ja_line = format!(r#"詳しくは <a href="{ja_url}">湖北日報</a>"#);
    let last = CS[2];
    for (body, url, name) in [
        (cs_body(None, Some(&cs_line)), cs_url, "Lipovské noviny"),
        (
            format!(
                "<p>{}</p><p>{}</p><p>{last}<br><sub>{cs_line}</sub></p>",
                CS[0], CS[1]
            ),
            cs_url,
            "Lipovské noviny",
        ),
        (cs_body(None, Some(&ja_line)), ja_url, "湖北日報"),
        (
            format!(
                "<p>{}</p><p>{}</p><p>{last}<br><sub>{ja_line}</sub></p>",
                CS[0], CS[1]
            ),
            ja_url,
            "湖北日報",
        ),
    ] {
        let a = extract(&page(CS_HEADLINE, "cs", &body), URL);
        assert!(!a.text.contains(name), "{}\n{}", a.text, removed(&a));
        assert!(a.text.contains(last), "{}\n{}", a.text, removed(&a));
        assert!(
            removed(&a).contains("credit.read-on-outlet"),
            "{}",
            removed(&a)
        );
        assert_eq!(a.source_url.as_ref().map(Url::as_str), Some(url));
    }
    // A sentence ending after the name, or a photo's credit, stays.
    for line in [
        format!(r#"Celý text najdete v <a href="{cs_url}">Lipovské noviny</a>."#),
        format!(r#"Foto: <a href="{cs_url}">Lipovské noviny</a>"#),
    ] {
        let a = extract(&page(CS_HEADLINE, "cs", &cs_body(None, Some(&line))), URL);
        assert!(
            !removed(&a).contains("credit.read-on-outlet"),
            "{line}: {}",
            removed(&a)
        );
    }
}

#[test]
fn a_photo_credit_spelling_the_host_it_links_stays_a_credit_of_the_photo() {
    // No glyph, and no outlet the page credits: a photo's credit.
    let line =
        r#"Fotografie via <a href="https://www.pexels.com/photo/garden-seeds-1234567/">Pexels</a>"#;
    let a = extract(&page(CS_HEADLINE, "cs", &cs_body(None, Some(line))), URL);
    assert!(
        !removed(&a).contains("credit.read-on-outlet"),
        "{}",
        removed(&a)
    );
    assert!(a.source_url.is_none(), "{:?}", a.source_url);
}

// A "read also" line labelled with a full-width colon.

#[test]
fn a_read_also_line_with_a_full_width_colon_goes_like_one_with_a_colon() {
    // Traditional Chinese: "延伸閱讀：<a>another post of the site</a>" in
    // the middle of the post.
    let other = "市區公車路線調整，新增夜間班次服務通勤族";
    let body = format!(
        r#"<p>{}</p><p>{}</p><p><strong>延伸閱讀：</strong><a href="https://harbourdaily.example/2024/05/10/bus-night-lines/">{other}</a></p><p>{}</p><p>{}</p>"#,
        ZH[0], ZH[1], ZH[2], ZH[0]
    );
    let a = extract(&page(ZH_HEADLINE, "zh-TW", &body), URL);
    assert!(!a.text.contains("延伸閱讀"), "{}\n{}", a.text, removed(&a));
    assert!(a.text.contains(ZH[2]), "{}", a.text);
}

#[test]
fn a_source_label_glued_after_an_ideographic_stop_and_a_dash_is_cut() {
    // "…。 — 来源：<a>Outlet</a>": no capital after the stop, so no Latin
    // sentence cut finds the joint.
    let body = format!(
        r#"<p>{}</p><p>{}</p><p>{} — 来源：<a href="https://binjiang.example.cn/a/77120">滨江晨报</a></p>"#,
        ZH[0], ZH[1], ZH[2]
    );
    let a = extract(&page(ZH_HEADLINE, "zh", &body), URL);
    assert!(!a.text.contains("滨江晨报"), "{}\n{}", a.text, removed(&a));
    assert!(a.text.contains(ZH[2]), "{}\n{}", a.text, removed(&a));
    assert_eq!(
        a.source_url.as_ref().map(Url::as_str),
        Some("https://binjiang.example.cn/a/77120")
    );
}

#[test]
fn a_short_last_sentence_before_a_glued_credit_stays() {
    // "Source: <a>Headline</a>" glued to the post's last paragraph, whose
    // last sentence is two words: the sentence is the article's, the
    // credit goes and still gives the source.
    let headline = "Harbour ferry keeps its winter timetable through March";
    let story = [
        "The ferry between the old harbour and the island will keep running every forty minutes until the end of March.",
        "The operator had planned to cut the evening crossings, but the island's school asked it to keep the late boat.",
        "Passengers were asked in a survey, and most wanted the winter timetable to stay as it is.",
    ];
    let source = "https://islandcourier.example/2024/05/14/harbour-ferry-winter-timetable/";
    for last in ["It stays.", "Nothing changes!", "Das bleibt so."] {
        let body = format!(
            r#"<p>{}</p><p>{}</p><p>{}</p><p>{last} Source: <em><a href="{source}">{headline}</a></em></p>"#,
            story[0], story[1], story[2]
        );
        let a = extract(&page(headline, "en", &body), URL);
        assert!(a.text.contains(last), "{last}: {}\n{}", a.text, removed(&a));
        assert!(!a.text.contains("Source:"), "{}\n{}", a.text, removed(&a));
        assert_eq!(
            a.source_url.as_ref().map(|u| u.as_str()),
            Some(source),
            "{}",
            removed(&a)
        );
    }
}
