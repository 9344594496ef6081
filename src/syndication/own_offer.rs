//! Rule `brand.labelled-offer` (family `branding:plug`).
//!
//! Concept: the site sells its own services in a box set into the post:
//! a line labelled with the site's name ("Brand Digital Services: audits,
//! packages for growing brands. <a>Order now</a>") and linking to a page
//! of the site. The label is the box's title run into its text; the
//! post's prose that reports on the site opens a sentence with its name
//! ("Brand News could not verify the figures."), it does not label a
//! line with it, and it does not link the site's own order page.
//! Scope: a block of at most [`super::brand::PLUG_BOX`] bytes, not quoted
//! speech, whose label (its text before a colon, at most
//! [`LABEL_MAX_WORDS`] words) opens with one of the site's names, and
//! that links to a page of the site's own host (not its home page).
//! Never when the post's prose names the site (`ProseNames`: the site
//! writing about itself).
//! Note: a label naming another outlet ("Outlet Reporter:") or a line
//! without a link to the site stays; a credit line's label ("Source:")
//! does not open with the site's name.

use super::why::Fired;
use super::{has_any_char, BlockCtx, QUOTES};
use crate::article::{Inline, MarkKind};

/// A label is at most this many words (the site's name and a word or
/// two: "Brand Services:", "Brand Academy Courses:").
const LABEL_MAX_WORDS: usize = 6;

/// Whether the block is the site's labelled offer; the site's name it
/// opens with, for the report.
pub(super) fn labelled_offer<'a>(
    inline: &Inline,
    lower: &str,
    ctx: &BlockCtx<'a>,
) -> Option<Fired<'a>> {
    let text = inline.text.as_str();
    if text.len() > super::brand::PLUG_BOX || has_any_char(lower, QUOTES) {
        return None;
    }
    // [`links_own_page`]'s own first tests, told before the label is
    // normalised: without the site's host, a link, or a name of the site
    // to open the label, the block is no offer (most labelled lines).
    if ctx.host.is_none() || ctx.site_norms.is_empty() || !has_link(inline) {
        return None;
    }
    let (label, _) = text.split_once(':')?;
    if label.split_whitespace().count() > LABEL_MAX_WORDS {
        return None;
    }
    let label = super::norm(label);
    let i = ctx.site_norms.iter().position(|s| {
        !s.is_empty()
            && label
                .strip_prefix(s.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })?;
    if !links_own_page(inline, ctx.host) || ctx.site_in_prose.get() {
        return None;
    }
    Some(Fired::Naming(
        "brand.labelled-offer",
        ctx.named(i),
        "a line labelled with the site's name",
    ))
}

/// Whether the block holds a link: [`links_own_page`] finds none in a
/// block without one.
fn has_link(inline: &Inline) -> bool {
    inline
        .marks
        .iter()
        .any(|m| matches!(m.kind, MarkKind::Link { .. }))
}

/// Whether a link of the block leads to a page of the site's own host
/// other than its home page.
fn links_own_page(inline: &Inline, host: Option<&str>) -> bool {
    let Some(host) = host else {
        return false;
    };
    inline.marks.iter().any(|m| match &m.kind {
        MarkKind::Link { href } => url::Url::parse(href).is_ok_and(|u| {
            u.host_str().is_some() && !super::other_host(Some(host), &u) && u.path().len() > 1
        }),
        _ => false,
    })
}
