//! Renderer golden tests (Markdown, HTML, text) for a rich article built from
//! `Block` values, and JSON round trips.

use gleaner::{Article, Block, Image, Inline, ListItem, Mark, MarkKind};

fn marked(text: &str, marks: &[(&str, MarkKind)]) -> Inline {
    let marks = marks
        .iter()
        .map(|(needle, kind)| {
            let start = text.find(needle).unwrap();
            Mark {
                start,
                end: start + needle.len(),
                kind: kind.clone(),
            }
        })
        .collect();
    Inline {
        text: text.to_string(),
        marks,
    }
}

fn item(text: &str, children: Vec<Block>) -> ListItem {
    ListItem {
        content: Inline::plain(text),
        children,
    }
}

fn rich_article() -> Article {
    let mut a = Article::default();
    a.title = Some("Bridge works: a *plan* in [three] steps".into());
    a.blocks = vec![
        Block::Paragraph(marked(
            "The council approved the plan on Tuesday, read the full minutes online.",
            &[
                ("approved", MarkKind::Strong),
                ("Tuesday", MarkKind::Emphasis),
                (
                    "full minutes",
                    MarkKind::Link {
                        href: "https://council.example/minutes?id=7&view=full".into(),
                    },
                ),
            ],
        )),
        Block::Heading {
            level: 2,
            content: Inline::plain("The steps"),
        },
        Block::List {
            ordered: true,
            items: vec![
                item(
                    "Close the old bridge",
                    vec![Block::List {
                        ordered: false,
                        items: vec![item("Put up signs", vec![]), item("Open the ferry", vec![])],
                    }],
                ),
                item("Build the new deck", vec![]),
            ],
        },
        Block::Table {
            header: true,
            rows: vec![
                vec![Inline::plain("Phase"), Inline::plain("Cost | EUR")],
                vec![Inline::plain("Design"), Inline::plain("40,000")],
                vec![Inline::plain("Build"), Inline::plain("310,000")],
            ],
        },
        Block::Code {
            lang: Some("rust".into()),
            text: "fn span() -> u32 {\n    42\n}".into(),
        },
        Block::Quote {
            blocks: vec![
                Block::Paragraph(Inline::plain("We waited long enough.")),
                Block::Paragraph(marked("Now it is <done>.", &[("done", MarkKind::Code)])),
            ],
        },
        Block::Image(Image {
            src: "https://img.example/bridge.jpg".into(),
            alt: Some("The new bridge".into()),
            caption: Some("The new deck, seen from the quay".into()),
        }),
    ];
    a
}

const GOLDEN_MD: &str = r#"# Bridge works: a \*plan\* in \[three\] steps

The council **approved** the plan on *Tuesday*, read the [full minutes](https://council.example/minutes?id=7&view=full) online.

## The steps

1. Close the old bridge
   - Put up signs
   - Open the ferry
2. Build the new deck

| Phase | Cost \| EUR |
| --- | --- |
| Design | 40,000 |
| Build | 310,000 |

```rust
fn span() -> u32 {
    42
}
```

> We waited long enough.
>
> Now it is \<`done`\>.

![The new bridge](https://img.example/bridge.jpg)

*The new deck, seen from the quay*
"#;

const GOLDEN_HTML: &str = r#"<h1>Bridge works: a *plan* in [three] steps</h1>
<p>The council <strong>approved</strong> the plan on <em>Tuesday</em>, read the <a href="https://council.example/minutes?id=7&amp;view=full">full minutes</a> online.</p>
<h2>The steps</h2>
<ol>
<li>Close the old bridge
<ul>
<li>Put up signs</li>
<li>Open the ferry</li>
</ul>
</li>
<li>Build the new deck</li>
</ol>
<table>
<tr><th>Phase</th><th>Cost | EUR</th></tr>
<tr><td>Design</td><td>40,000</td></tr>
<tr><td>Build</td><td>310,000</td></tr>
</table>
<pre><code>fn span() -&gt; u32 {
    42
}</code></pre>
<blockquote>
<p>We waited long enough.</p>
<p>Now it is &lt;<code>done</code>&gt;.</p>
</blockquote>
<figure><img src="https://img.example/bridge.jpg" alt="The new bridge"><figcaption>The new deck, seen from the quay</figcaption></figure>
"#;

#[test]
fn markdown_golden() {
    let md = rich_article().to_markdown();
    assert_eq!(md, GOLDEN_MD, "\n--- got ---\n{md}\n");
}

#[test]
fn html_golden() {
    let html = rich_article().to_html();
    assert_eq!(html, GOLDEN_HTML, "\n--- got ---\n{html}\n");
}

#[test]
fn markdown_text_that_looks_like_block_syntax_is_escaped() {
    let mut a = Article::default();
    a.blocks = vec![
        Block::Paragraph(Inline::plain("# not a heading")),
        Block::Paragraph(Inline::plain("1. not a list")),
        Block::Paragraph(Inline::plain("2023) was a year")),
        Block::Paragraph(Inline::plain("> not a quote\n- not a bullet")),
        Block::List {
            ordered: false,
            items: vec![
                item("- dash inside", vec![]),
                item("line one\nline two", vec![]),
            ],
        },
    ];
    let md = a.to_markdown();
    let want = "\\# not a heading\n\n1\\. not a list\n\n2023\\) was a year\n\n\\> not a quote\n\\- not a bullet\n\n- \\- dash inside\n- line one\n  line two\n";
    assert_eq!(md, want, "\n--- got ---\n{md}");
}

#[test]
fn html_has_no_attributes_but_href_src_alt() {
    let html = rich_article().to_html();
    let mut rest = html.as_str();
    while let Some(i) = rest.find('<') {
        let tag_end = rest[i..].find('>').unwrap() + i;
        let tag = &rest[i + 1..tag_end];
        // Attribute values out of the way: only names remain.
        let names: String = tag.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        for attr in names.split_whitespace().skip(1) {
            let name = attr.split('=').next().unwrap();
            assert!(
                matches!(name, "href" | "src" | "alt"),
                "attribute {name} in <{tag}>"
            );
        }
        rest = &rest[tag_end..];
    }
}

#[test]
fn text_rendering() {
    let mut a = rich_article();
    a.text = String::new();
    // `fill_text` is crate-private; the text of a real extraction is built
    // from the blocks, and `to_text` prefixes the title.
    a.text = a
        .blocks
        .iter()
        .filter(|b| !matches!(b, Block::Image(_)))
        .map(Block::plain_text)
        .collect::<Vec<_>>()
        .join("\n\n");
    let text = a.to_text();
    assert!(text.starts_with("Bridge works: a *plan* in [three] steps\n\nThe council approved"));
    assert!(text.contains("Close the old bridge\nPut up signs\nOpen the ferry\nBuild the new deck"));
    assert!(text.contains("Phase\tCost | EUR\nDesign\t40,000"));
    assert!(!text.contains("img.example"));
}

#[test]
fn json_round_trip_is_lossless() {
    let mut a = rich_article();
    a.url = Some("https://n.example/a?x=1".parse().unwrap());
    a.canonical_url = Some("https://n.example/a".parse().unwrap());
    a.authors = vec!["Ann Hale".into(), "Tom Reed".into()];
    a.published = Some(chrono::DateTime::parse_from_rfc3339("2023-03-19T10:30:00+01:00").unwrap());
    a.modified = Some(chrono::DateTime::parse_from_rfc3339("2023-03-20T08:00:00-05:00").unwrap());
    a.site_name = Some("The Courier".into());
    a.lang = Some("en-GB".into());
    a.tags = vec!["bridges".into()];
    a.fingerprint = Some(u64::MAX - 7);
    a.lead_image = Some(Image {
        src: "https://img.example/lead.jpg".into(),
        alt: None,
        caption: None,
    });
    a.syndicated = true;
    a.text = "The council approved the plan.".into();
    a.word_count = 5;
    let json = serde_json::to_string(&a).unwrap();
    let back: Article = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
    // Offsets survive, and field names are snake_case.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["published"], "2023-03-19T10:30:00+01:00");
    assert_eq!(v["modified"], "2023-03-20T08:00:00-05:00");
    assert_eq!(v["canonical_url"], "https://n.example/a");
    assert_eq!(v["site_name"], "The Courier");
    assert_eq!(v["lead_image"]["src"], "https://img.example/lead.jpg");
    assert_eq!(v["fingerprint"], u64::MAX - 7);
}

#[test]
fn json_omits_empty_fields() {
    let mut a = Article::default();
    a.text = "x".into();
    a.word_count = 1;
    let v: serde_json::Value = serde_json::to_value(&a).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["text", "word_count"]);
    let back: Article = serde_json::from_value(v).unwrap();
    assert_eq!(back, a);
}

#[test]
fn extracted_article_round_trips() {
    let html = r#"<html lang="en"><head><title>Ferry runs | Post</title>
      <meta property="article:published_time" content="2023-04-02T09:15:00-04:00"></head><body><article>
      <h1>Ferry runs</h1><p>The ferry <em>now</em> runs every <a href="/times">twenty minutes</a> between the two quays.</p>
      <ul><li>Mornings<ul><li>From six</li></ul></li><li>Evenings</li></ul>
      <p>Tickets are free until the new bridge opens next year, the council said.</p></article></body></html>"#;
    let url = "https://post.example/news/ferry".parse().unwrap();
    let a = gleaner::extract(html, Some(&url)).unwrap();
    let json = serde_json::to_string_pretty(&a).unwrap();
    let back: Article = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
    assert_eq!(serde_json::to_string_pretty(&back).unwrap(), json);
}
