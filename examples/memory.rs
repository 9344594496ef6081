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
//! A counting global allocator needs `unsafe`; it lives in this example
//! only (the library forbids `unsafe`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to `System`; the counters are
// atomics and never affect the pointers handed out.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as ours.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn reset_peak() -> usize {
    let now = CURRENT.load(Ordering::Relaxed);
    PEAK.store(now, Ordering::Relaxed);
    now
}

fn measure<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = reset_peak();
    let out = f();
    (out, PEAK.load(Ordering::Relaxed).saturating_sub(base))
}

fn dense_page(elements: usize) -> String {
    let mut html = String::from("<!DOCTYPE html><html><head><title>Dense</title></head><body><article><h1>Dense</h1><p>A page of images.</p>");
    for _ in 0..elements {
        html.push_str("<img src=a>");
    }
    html.push_str("</article></body></html>");
    html
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let inputs: Vec<(String, String)> = if args.is_empty() {
        vec![("dense <img> page".into(), dense_page(476_000))]
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
