//! Heap measurement with a counting global allocator: bytes requested and
//! their peak, not wall time or RSS. Including this file installs the
//! allocator in the binary that includes it.
//!
//! Shared by the memory test (`tests/fetch_memory.rs`) and the memory
//! example (`examples/memory.rs`), each with
//! `#[path = ".../tests/support/heap.rs"] mod heap;`. It is not a module of
//! `tests/support/mod.rs` (that would put a global allocator into every
//! network test), and not part of the library (which forbids `unsafe`,
//! and a global allocator cannot be written without it). Its only
//! dependency is `std`, so an example compiles it as it is.
#![allow(dead_code)]
// A global allocator cannot be written without `unsafe`; this one only
// forwards to the system allocator and counts.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The counting allocator: forwards to [`System`], keeps the bytes in use
/// and their peak.
pub struct Counting;

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

/// Starts a measurement: resets the peak to the bytes in use now, and
/// returns them (the base of [`peak_above`]).
pub fn start() -> usize {
    let now = CURRENT.load(Ordering::Relaxed);
    PEAK.store(now, Ordering::Relaxed);
    now
}

/// How far the heap peaked above `base` (from [`start`]) since then.
pub fn peak_above(base: usize) -> usize {
    PEAK.load(Ordering::Relaxed).saturating_sub(base)
}

/// Runs `f`; returns its result and the heap bytes above the level before
/// it that it peaked at.
pub fn measure<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = start();
    let out = f();
    (out, peak_above(base))
}

/// An article page of `images` `<img>` elements: the element-dense page of
/// the memory figures (each `<img>` is also an image block of the article,
/// the costliest element kind measured). It has `images + 7` elements.
pub fn image_page(images: usize) -> String {
    let mut html = String::from(
        "<!DOCTYPE html><html><head><title>Gallery</title></head><body><article><h1>Gallery</h1><p>Pictures.</p>",
    );
    for _ in 0..images {
        html.push_str("<img src=a>");
    }
    html.push_str("</article></body></html>");
    html
}
