//! The last fallback: the `articleBody` that a page states in its JSON-LD
//! (read by the metadata stage), for pages whose visible body is rendered by
//! script or missing.

/// Splits an `articleBody` into paragraphs (on line breaks; a body without
/// any stays one paragraph).
pub(crate) fn paragraphs(body: &str) -> Vec<String> {
    body.split('\n')
        .map(crate::text::clean)
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_line_breaks() {
        assert_eq!(paragraphs("a\n\n b  c \n"), ["a", "b c"]);
        assert_eq!(paragraphs("one line only"), ["one line only"]);
    }
}
