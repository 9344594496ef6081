//! Rule `credit.glued-line` (family `syndication:marker`; it bounds the
//! prose a credit is glued to, it removes nothing itself).
//!
//! Concept: a credit glued to the head of the post's first paragraph
//! ("Source: <a>Outlet</a> Residents who called… fell to twelve.") is cut
//! off the prose it opens ([`super::credit_lines::cut_head_credit`]). When
//! the post is loose text broken into lines (`<br>` runs, as a feed
//! importer or an old editor writes a body), the block the credit opens
//! holds the following lines too: a subheading without a full stop, a
//! list's items. The prose the credit is glued to is the line it stands
//! on; the lines after it are the post's, whatever they end with.
//! Scope: the text after a credit's link ([`super::credit_lines::prose_after`]);
//! only its first line (up to a line break) is read as the sentence the
//! credit is glued to.
//! Note: a credit's own line going on after its link ("… at <a>…</a> on
//! 18 November.") is still no prose: its line is short or opens in lower
//! case as before. A block of one line reads as before.

/// The line `rest` opens with: the text up to its first line break.
pub(super) fn glued_line(rest: &str) -> &str {
    rest.split('\n').next().unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_first_line_only() {
        assert_eq!(super::glued_line("One line.\nA heading"), "One line.");
        assert_eq!(super::glued_line("One line."), "One line.");
    }
}
