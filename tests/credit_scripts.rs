//! Credits opening a post in scripts the credit rules first read in
//! Latin capitals: the prose glued after a bracketed credit ("(المصدر:
//! Outlet) — prose") opens with a letter of a script without case, which
//! opens a sentence as a capital does (`credit_lines::prose_after`); and
//! a Vietnamese outlet named for "the news" ("Tin …", `marker.press-noun`)
//! is a periodical's name after a source label. Pages written for this
//! suite.

use gleaner::{Article, Extractor, Url};

fn page(lang: &str, title: &str, body: &str) -> String {
    format!(
        r#"<html lang="{lang}"><head><title>{title} | Bản Tin Phố</title></head>
        <body><header class="site-header"><a class="site-title" href="/">Bản Tin Phố</a>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/a/">A</a></li><li><a href="/b/">B</a></li></ul></nav></header>
        <main><article class="post"><h1 class="entry-title">{title}</h1>
        <div class="entry-content">{body}</div></article></main>
        <footer class="site-footer"><p>© 2025</p></footer></body></html>"#
    )
}

fn extract(html: &str) -> Article {
    let url = Url::parse("https://bantinpho.example/tin-moi/").expect("static URL");
    match Extractor::default().extract(html, Some(&url)) {
        Ok(a) => a,
        Err(e) => panic!("extraction failed: {e}"),
    }
}

const AR_FIRST: &str =
    "افتتحت البلدية حديقة جديدة قرب النهر يوم السبت بحضور عدد كبير من السكان والأطفال.";
const AR_REST: &str =
    "<p>تضم الحديقة ملعبا صغيرا وممرا للدراجات ومقاعد تحت الأشجار القديمة على طول الضفة.</p>\
    <p>وقال رئيس البلدية إن الحديقة ستبقى مفتوحة حتى منتصف الليل خلال أشهر الصيف.</p>";

#[test]
fn arabic_prose_glued_after_a_bracketed_credit() {
    let body = format!("<p>(المصدر: جريدة النهر) — {AR_FIRST}</p>{AR_REST}");
    let a = extract(&page("ar", "حديقة جديدة قرب النهر", &body));
    assert!(a.text.contains(AR_FIRST), "lost the prose:\n{}", a.text);
    assert!(!a.text.contains("المصدر"), "the credit stayed:\n{}", a.text);
    assert_eq!(a.source_name.as_deref(), Some("جريدة النهر"));
}

#[test]
fn arabic_bracket_between_paragraphs_stays() {
    // The same bracket between paragraphs credits a figure: it stays.
    let body = format!(
        "<p>{AR_FIRST}</p>{AR_REST}{AR_REST}\
         <p>(المصدر: جريدة النهر) — ارتفع عدد الزوار في الأسبوع الأول إلى أكثر من ثلاثة آلاف شخص من الأحياء المجاورة.</p>\
         {AR_REST}{AR_REST}"
    );
    let a = extract(&page("ar", "حديقة جديدة قرب النهر", &body));
    assert!(a.text.contains("المصدر"), "the bracket went:\n{}", a.text);
}

const VI_FIRST: &str = "Chợ hoa ven sông mở lại sau ba tháng sửa chữa, với hơn sáu mươi sạp hàng mới \
    dọc theo bờ kè, một mái che bằng tôn và một lối đi rộng cho xe đẩy của người mua hàng vào buổi sáng.";

#[test]
fn vietnamese_news_name_after_a_source_label() {
    let body = format!(
        "<p>(Nguồn: Tin Miền Tây)<br>{VI_FIRST}</p>\
         <p>Người bán hàng cho biết khách đến đông hơn cả những ngày trước Tết năm ngoái.</p>\
         <p>Ban quản lý chợ dự định mở thêm một dãy sạp dành cho cây cảnh vào tháng sau.</p>"
    );
    let a = extract(&page("vi", "Chợ hoa ven sông mở lại", &body));
    assert!(a.text.contains(VI_FIRST), "lost the prose:\n{}", a.text);
    assert!(!a.text.contains("Nguồn"), "the credit stayed:\n{}", a.text);
    assert_eq!(a.source_name.as_deref(), Some("Tin Miền Tây"));
}
