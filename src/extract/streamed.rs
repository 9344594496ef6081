//! React's streamed server rendering sends the late parts of a page after
//! the rest: each in a `<div hidden id="S:…">` at the end of the body, with
//! a placeholder `<template id="B:…">` (a suspense boundary) or
//! `<template id="P:…">` (a segment) where a script moves it on load. Read
//! where they were sent, such parts sit outside the article's container
//! (an article's second half, its key facts box). Put back in place before
//! extraction, they are read where the reader sees them.

use ego_tree::NodeId;
use scraper::{Html, Node};

/// Whether the page may hold streamed segments: a cheap test on the source
/// before [`splice`] walks the tree.
pub(crate) fn may_hold_segments(html: &str) -> bool {
    memchr::memmem::find(html.as_bytes(), b"\"S:").is_some()
}

/// Moves the children of each streamed segment `S:x` to the place of its
/// placeholder `B:x` or `P:x`, which goes. A segment without a placeholder,
/// or one that holds its own placeholder, stays as it is.
pub(crate) fn splice(doc: &mut Html) {
    let mut segments: Vec<(NodeId, String)> = Vec::new();
    let mut placeholders: Vec<(NodeId, String)> = Vec::new();
    for node in doc.tree.root().descendants() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        let Some(id) = el.attr("id") else { continue };
        match el.name() {
            "template" => {
                if let Some(key) = id.strip_prefix("B:").or_else(|| id.strip_prefix("P:")) {
                    placeholders.push((node.id(), key.to_string()));
                }
            }
            _ if el.attr("hidden").is_some() => {
                if let Some(key) = id.strip_prefix("S:") {
                    segments.push((node.id(), key.to_string()));
                }
            }
            _ => {}
        }
    }
    for (segment, key) in segments {
        let Some(&(place, _)) = placeholders.iter().find(|(_, k)| *k == key) else {
            continue;
        };
        // The placeholder must be attached and outside the segment: moving
        // a node next to its own descendant would make a cycle.
        let Some(place_ref) = doc.tree.get(place) else {
            continue;
        };
        if place_ref.parent().is_none() || place_ref.ancestors().any(|a| a.id() == segment) {
            continue;
        }
        let children: Vec<NodeId> = match doc.tree.get(segment) {
            Some(s) => s.children().map(|c| c.id()).collect(),
            None => continue,
        };
        if let Some(mut place_mut) = doc.tree.get_mut(place) {
            for child in children {
                place_mut.insert_id_before(child);
            }
            place_mut.detach();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spliced(html: &str) -> String {
        let mut doc = Html::parse_document(html);
        splice(&mut doc);
        doc.root_element().html()
    }

    #[test]
    fn segments_move_to_their_placeholders_in_order() {
        let out = spliced(
            "<div id=a>x<template id=\"B:0\"></template>y</div><p>z</p>\
             <div hidden id=\"S:0\"><p>one</p><p>two</p></div>",
        );
        assert!(out.contains("x<p>one</p><p>two</p>y"), "{out}");
        assert!(!out.contains("template"), "{out}");
    }

    #[test]
    fn a_segment_without_or_around_its_placeholder_stays() {
        let html = "<div hidden id=\"S:1\"><p>one</p><template id=\"B:1\"></template></div>\
                    <div hidden id=\"S:2\"><p>two</p></div>";
        let out = spliced(html);
        assert!(out.contains("id=\"S:1\"><p>one</p><template"), "{out}");
        assert!(out.contains("id=\"S:2\"><p>two</p>"), "{out}");
    }
}
