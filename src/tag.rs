//! The element kinds the stages and the rules distinguish: a leaf of the
//! crate's layers (no imports), so the rules need no stage to read them.
//! Its small functions are `#[inline]`: the DOM index calls them per node
//! from another module.

use html5ever::{local_name, LocalName};

/// Element kinds the pipeline distinguishes. Anything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Text,
    /// Document root, comments, doctypes.
    None,
    Html,
    Body,
    P,
    Div,
    Section,
    Article,
    Main,
    Span,
    A,
    Br,
    Hr,
    H(u8),
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Blockquote,
    Pre,
    Code,
    Table,
    Thead,
    Tbody,
    Tr,
    Td,
    Th,
    Caption,
    Img,
    Picture,
    Figure,
    Figcaption,
    Em,
    Strong,
    Header,
    Footer,
    Nav,
    Aside,
    Form,
    Button,
    Input,
    Select,
    Textarea,
    Label,
    Iframe,
    Address,
    Time,
    Sup,
    Sub,
    /// script, style, template, svg, ... : never content, never looked into.
    Void,
    Other,
}

impl Tag {
    /// The kind of an element named `name` (lower case, as the parser
    /// gives it).
    #[inline]
    pub(crate) fn of(name: &str) -> Tag {
        match name {
            "p" => Tag::P,
            "div" => Tag::Div,
            "section" => Tag::Section,
            "article" => Tag::Article,
            "main" => Tag::Main,
            // MathML is visible text: its formula reads inline; only its
            // annotations (TeX source) are never shown.
            "span" | "math" | "font" | "small" | "big" | "u" | "s" | "mark" | "abbr" | "cite"
            | "q" | "dfn" | "ins" | "del" | "bdi" | "bdo" | "data" | "var" | "kbd" | "samp" => {
                Tag::Span
            }
            "a" => Tag::A,
            "br" => Tag::Br,
            "hr" => Tag::Hr,
            "h1" => Tag::H(1),
            "h2" => Tag::H(2),
            "h3" => Tag::H(3),
            "h4" => Tag::H(4),
            "h5" => Tag::H(5),
            "h6" => Tag::H(6),
            "ul" | "menu" => Tag::Ul,
            "ol" => Tag::Ol,
            "li" => Tag::Li,
            "dl" => Tag::Dl,
            "dt" => Tag::Dt,
            "dd" => Tag::Dd,
            "blockquote" => Tag::Blockquote,
            "pre" | "listing" | "xmp" | "plaintext" => Tag::Pre,
            "code" | "tt" => Tag::Code,
            "table" => Tag::Table,
            "thead" | "tfoot" => Tag::Thead,
            "tbody" => Tag::Tbody,
            "tr" => Tag::Tr,
            "td" => Tag::Td,
            "th" => Tag::Th,
            "caption" => Tag::Caption,
            "img" | "amp-img" => Tag::Img,
            "picture" => Tag::Picture,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "em" | "i" => Tag::Em,
            "strong" | "b" => Tag::Strong,
            "header" | "hgroup" => Tag::Header,
            "footer" => Tag::Footer,
            "nav" => Tag::Nav,
            "aside" => Tag::Aside,
            "form" | "fieldset" => Tag::Form,
            "button" => Tag::Button,
            "input" => Tag::Input,
            "select" | "option" | "optgroup" | "datalist" => Tag::Select,
            "textarea" => Tag::Textarea,
            "label" => Tag::Label,
            // AMP's ad slots embed an ad frame like an `<iframe>`: their own
            // text is a placeholder ("Advertisement" in any language).
            "iframe" | "frame" | "frameset" | "object" | "embed" | "video" | "audio" | "canvas"
            | "amp-ad" | "amp-embed" | "amp-sticky-ad" => Tag::Iframe,
            "address" => Tag::Address,
            "time" => Tag::Time,
            "sup" => Tag::Sup,
            "sub" => Tag::Sub,
            "html" => Tag::Html,
            "body" => Tag::Body,
            "script" | "style" | "noscript" | "template" | "svg" | "annotation"
            | "annotation-xml" | "head" | "title" | "meta" | "link" | "base" | "map" | "area"
            | "source" | "track" | "param" | "dialog" | "noframes" | "noembed" => Tag::Void,
            _ => Tag::Other,
        }
    }

    /// [`Tag::of`] of an element's interned name: the names pages are
    /// made of compared as atoms (one integer comparison each, without
    /// reading the name's text), the others by their text.
    #[inline]
    pub(crate) fn of_local(name: &LocalName) -> Tag {
        macro_rules! by_atom {
            ($($name:tt => $tag:expr,)*) => {
                match *name {
                    $(local_name!($name) => $tag,)*
                    _ => Tag::of(name),
                }
            };
        }
        by_atom! {
            "p" => Tag::P,
            "div" => Tag::Div,
            "span" => Tag::Span,
            "a" => Tag::A,
            "li" => Tag::Li,
            "ul" => Tag::Ul,
            "img" => Tag::Img,
            "br" => Tag::Br,
            "i" => Tag::Em,
            "em" => Tag::Em,
            "b" => Tag::Strong,
            "strong" => Tag::Strong,
            "h1" => Tag::H(1),
            "h2" => Tag::H(2),
            "h3" => Tag::H(3),
            "h4" => Tag::H(4),
            "section" => Tag::Section,
            "article" => Tag::Article,
            "header" => Tag::Header,
            "footer" => Tag::Footer,
            "nav" => Tag::Nav,
            "aside" => Tag::Aside,
            "time" => Tag::Time,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "picture" => Tag::Picture,
            "button" => Tag::Button,
            "form" => Tag::Form,
            "input" => Tag::Input,
            "label" => Tag::Label,
            "small" => Tag::Span,
            "svg" => Tag::Void,
            "script" => Tag::Void,
            "style" => Tag::Void,
            "noscript" => Tag::Void,
            "source" => Tag::Void,
            "meta" => Tag::Void,
            "link" => Tag::Void,
            "title" => Tag::Void,
            "head" => Tag::Void,
            "html" => Tag::Html,
            "body" => Tag::Body,
            "main" => Tag::Main,
            "iframe" => Tag::Iframe,
            "table" => Tag::Table,
            "tbody" => Tag::Tbody,
            "tr" => Tag::Tr,
            "td" => Tag::Td,
        }
    }

    /// Phrasing elements that carry text within a sentence.
    #[inline]
    pub(crate) fn is_inline(self) -> bool {
        matches!(
            self,
            Tag::Span
                | Tag::A
                | Tag::Em
                | Tag::Strong
                | Tag::Code
                | Tag::Time
                | Tag::Sup
                | Tag::Sub
        )
    }

    /// Elements that start a new block of text (a line break in the output).
    #[inline]
    pub(crate) fn is_block(self) -> bool {
        !matches!(
            self,
            Tag::Text
                | Tag::None
                | Tag::Span
                | Tag::A
                | Tag::Em
                | Tag::Strong
                | Tag::Code
                | Tag::Img
                | Tag::Picture
                | Tag::Time
                | Tag::Sup
                | Tag::Sub
                | Tag::Label
                | Tag::Button
                | Tag::Input
                | Tag::Select
                | Tag::Br
                | Tag::Other
        )
    }
}

#[cfg(test)]
mod tests {
    use super::Tag;
    use html5ever::LocalName;

    #[test]
    fn the_kind_of_an_interned_name_is_the_kind_of_its_text() {
        // Every name `Tag::of` knows (static atoms and names interned at
        // run time alike) and names it does not.
        let names = include_str!("tag.rs")
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|n| n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
            .chain([
                "path",
                "g",
                "jdiv",
                "x-widget",
                "amp-img",
                "custom-el",
                "DIV",
            ])
            .collect::<Vec<_>>();
        assert!(names.len() > 100, "{}", names.len());
        for n in names {
            assert_eq!(Tag::of_local(&LocalName::from(n)), Tag::of(n), "{n}");
        }
    }
}
