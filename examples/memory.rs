//! Peak heap of one extraction, phase by phase, with a counting allocator.
//!
//! ```text
//! cargo run --release --example memory                # an element-dense page (476,000 <img>)
//! cargo run --release --example memory -- FILE...     # your pages
//! NO_IMAGES=1 cargo run --release --example memory    # with Extractor::images(false)
//! ```
//!
//! Prints the input size, the peak heap while parsing (html5ever's tree),
//! of gleaner over an already parsed tree, and of the whole extraction
//! (parse included), and the peak per element, so the worst case of a
//! `fetch_many` run can be computed (see the README's "Memory" section).
//! A counting global allocator needs `unsafe`; it lives in
//! `tests/support/heap.rs`, shared with the memory test (the library
//! forbids `unsafe`).

#[path = "../tests/support/heap.rs"]
mod heap;

use heap::{image_page, measure};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let inputs: Vec<(String, String)> = if args.is_empty() {
        vec![("dense <img> page".into(), image_page(476_000))]
    } else {
        args.iter()
            .filter_map(|p| match std::fs::read(p) {
                Ok(b) => Some((p.clone(), String::from_utf8_lossy(&b).into_owned())),
                Err(e) => {
                    eprintln!("{p}: {e}");
                    None
                }
            })
            .collect()
    };
    let no_images = std::env::var_os("NO_IMAGES").is_some();
    let extractor = gleaner::Extractor::builder().images(!no_images).build();
    println!(
        "size_of: Block {} B, Image {} B",
        std::mem::size_of::<gleaner::Block>(),
        std::mem::size_of::<gleaner::Image>()
    );
    for (name, html) in inputs {
        let (doc, parse_peak) = measure(|| scraper::Html::parse_document(&html));
        let elements = doc.tree.values().filter(|n| n.is_element()).count();
        let nodes = doc.tree.values().count();
        // On the parsed tree: what gleaner adds to the parser's cost.
        let (_, index_peak) = measure(|| extractor.extract_document(&doc, None));
        drop(doc);
        println!(
            "{name}: gleaner over the parsed tree: peak heap {:.1} MB ({} B/element)",
            index_peak as f64 / 1e6,
            index_peak / elements.max(1)
        );
        let (result, extract_peak) = measure(|| extractor.extract(&html, None));
        let words = result.as_ref().map_or(0, |a| a.word_count);
        println!(
            "{name}: {} bytes, {elements} elements, {nodes} nodes; peak heap parse {:.1} MB, extract {:.1} MB ({:.1}x input, {} B/element); {}",
            html.len(),
            parse_peak as f64 / 1e6,
            extract_peak as f64 / 1e6,
            extract_peak as f64 / html.len().max(1) as f64,
            extract_peak / elements.max(1),
            match result {
                Ok(_) => format!("{words} words"),
                Err(e) => format!("error: {e}"),
            }
        );
    }
}
