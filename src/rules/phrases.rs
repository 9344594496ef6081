//! The text lists of the syndication stripper ([`super::syndication`]) and
//! of the line patterns ([`super::lines`]) as typed rules: each list is one
//! [`TextRule`] of [`TEXT_RULES`], with its id, the
//! concept it names, its [`TextScope`] (whole block with outer punctuation
//! trimmed, prefix, contained phrase, word, file-name part or class word)
//! and [`Case`], its [`TextKind`] (removes, evidence beside another test,
//! or keeps) and a note on why it exists. The stripper reads the lists
//! directly; a removal it reports names the rule and the pattern
//! ([`Removed::rule`](crate::Removed::rule), e.g.
//! `widget:text:widget.phrase("how can i help")`).

use super::lines::{
    AD_WORDS, CONTINUE_WORDS, GREETINGS, LABELS, LABEL_PREFIXES, LINE_CONTAINS, LINE_PREFIXES,
    SHARE_OBJECTS, SHARE_VERBS,
};
use super::syndication::{
    APPEARED_FIRST, BYLINE_FOR_WORDS, BYLINE_PREFIXES, BYLINE_WORDS, CAPTURE_NAMES, COUNT_NOUNS,
    DATE_STAMP_WORDS, DISCLAIMER_LABELS, FOLLOW_PLATFORMS, IMAGE_EXTENSIONS, IMAGE_LABELS,
    LEGAL_NOTICES, LEGAL_PHRASES, MARKER_EXACT, MARKER_PREFIXES, MARKER_PREFIXES_CREDIT,
    MARKER_PREFIXES_INTL, MONTHS_INTL, ORIGIN_WORDS, OUTLET_LEADS, PLACEHOLDER_AUTHORS,
    POINTER_GLYPHS, POST_CONTENT_WIDGETS, POST_SELF_REFERENCES, PRESS_NOUNS, PROMO_PHRASES,
    READER_WORDS, READER_WORDS_CASED, REPRODUCTION_WORDS, RIGHTS_OWNERS, SELF_WORDS, SIZE_WORDS,
    SLUG_WORDS, SOFTWARE_CREDITS, SOURCE_LABELS, TEXT_LABELS, TITLE_ARTICLES, UNTITLED_UPLOADS,
    UPLOAD_MARKS, WEAK_MARKERS, WIDGET_PHRASES,
};

/// What a [`TextRule`]'s patterns are compared with, and how the text is
/// read first. Unless the rule says [`Case::Exact`], the text is
/// lower-cased (full Unicode) with its whitespace collapsed to single
/// spaces; the patterns are lowercase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextScope {
    /// The whole block (or one of its lines), its outer punctuation
    /// trimmed (every non-alphanumeric character at either end): "Source
    /// link." and "» Go to Source" are `source link` and `go to source`.
    WholeBlock,
    /// The start of the block (or of one of its lines), punctuation
    /// included: `source:` opens "Source: Outlet"; `via ` needs its space.
    Prefix,
    /// A phrase anywhere in the block, punctuation included: `we use
    /// cookies` in "Hey, we use cookies to improve…".
    Contains,
    /// The block opens with a pair's first part and holds its second
    /// (the joint before an outlet's name): "The post X appeared first on Y".
    OpeningAndJoint,
    /// The block's first word (split at whitespace and punctuation):
    /// `hi` in "👋 Hi, how are you?", not in "History".
    FirstWord,
    /// One word of the block, split at whitespace and commas, as written or
    /// with its outer punctuation trimmed: `our` in "Follow our channel!",
    /// not in "hour"; `a.m.` and `|` as they stand.
    Word,
    /// A file name's extension, after its last `.` (`jpg` in `IMG_4521.JPG`).
    Extension,
    /// The last `-` part of a file name's stem (`scaled` in
    /// `harbour-crane-scaled.jpg`).
    StemEnd,
    /// A whole word of an element's `class` attribute, ASCII case ignored
    /// (not block text).
    ClassWord,
}

/// Whether a [`TextRule`] reads the text lower-cased.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Case {
    /// Lower-cased first; the patterns are lowercase.
    Lower,
    /// As written: the pattern's capitals must be there.
    Exact,
}

/// What a [`TextRule`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextConcept {
    /// A feed or auto-blog plugin's link or credit line to the original.
    Marker,
    /// Chat, cookie, newsletter and page-chrome widgets' lines.
    Widget,
    /// Legal small print: rights, affiliate disclosures, disclaimers.
    Legal,
    /// A theme's byline or date stamp.
    Byline,
    /// A plug for the site ("Stay tuned for more updates").
    Promo,
    /// A "follow us on …" box.
    Follow,
    /// A caption that is an image's file name or slug.
    Caption,
    /// How a line speaks: to the reader, or as the site ("we", "our").
    Address,
    /// The article's own container.
    Content,
    /// Interface labels ("Advertisement", "Share") dropped in assembly.
    Label,
    /// Teaser, credit and legal lines ("RELATED: …", "© 2024 …") dropped
    /// in assembly.
    Line,
}

impl TextConcept {
    /// The concept's name, the first part of its rules' ids.
    pub fn name(self) -> &'static str {
        match self {
            TextConcept::Marker => "marker",
            TextConcept::Widget => "widget",
            TextConcept::Legal => "legal",
            TextConcept::Byline => "byline",
            TextConcept::Promo => "promo",
            TextConcept::Follow => "follow",
            TextConcept::Caption => "caption",
            TextConcept::Address => "address",
            TextConcept::Content => "content",
            TextConcept::Label => "label",
            TextConcept::Line => "line",
        }
    }
}

/// What a [`TextRule`]'s match says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextKind {
    /// The block goes (when the stripper's conditions of place and length
    /// hold, see `crate::syndication`); its removal is reported under the
    /// rule's id.
    Removes,
    /// Evidence that counts only beside another test (a second phrase, a
    /// site's name, every other word a date).
    Evidence,
    /// The block stays, or the element is the article's (a veto or a
    /// content hint).
    Keeps,
}

/// A [`TextRule`]'s patterns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Patterns {
    /// Phrases or words.
    List(&'static [&'static str]),
    /// Opening words and a joint ([`TextScope::OpeningAndJoint`]).
    Pairs(&'static [(&'static str, &'static str)]),
}

/// One list of the syndication stripper as a typed rule: what it names,
/// how its patterns match, what a match says and why it exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextRule {
    /// Stable name, `<concept>.<list>`; it travels into
    /// [`Removed::rule`](crate::Removed::rule) when the rule removes a
    /// block.
    pub id: &'static str,
    /// What a match names.
    pub concept: TextConcept,
    /// What the patterns are compared with.
    pub scope: TextScope,
    /// Whether the text is lower-cased first.
    pub case: Case,
    /// What a match says.
    pub kind: TextKind,
    /// The removal reasons (`Removed::reason` families, such as
    /// `syndication:marker`) the stripper reports this rule's removals
    /// under; empty for evidence and vetoes.
    pub reports: &'static [&'static str],
    /// The patterns: one of the lists of this module.
    pub patterns: Patterns,
    /// Why the rule exists, and its caveats.
    pub note: &'static str,
}

impl TextRule {
    /// The pattern this rule matches in `text`, read as the rule's
    /// [`Case`] and [`TextScope`] say; for pairs, the joint. `text` is a
    /// block's text (for [`TextScope::Extension`] and [`TextScope::StemEnd`]
    /// a file name, for [`TextScope::ClassWord`] a class value).
    pub fn find(&self, text: &str) -> Option<&'static str> {
        let read = match self.case {
            Case::Lower => text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
            Case::Exact => text.split_whitespace().collect::<Vec<_>>().join(" "),
        };
        let lines = || {
            text.lines().map(|l| match self.case {
                Case::Lower => l
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase(),
                Case::Exact => l.split_whitespace().collect::<Vec<_>>().join(" "),
            })
        };
        let bare = |s: &str| s.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        let list = match self.patterns {
            Patterns::List(list) => list,
            Patterns::Pairs(pairs) => {
                return lines().find_map(|l| {
                    pairs
                        .iter()
                        .find(|(open, joint)| l.starts_with(open) && l.contains(joint))
                        .map(|(_, joint)| *joint)
                });
            }
        };
        let first = |pred: &dyn Fn(&str) -> bool| list.iter().copied().find(|p| pred(p));
        match self.scope {
            TextScope::WholeBlock => lines().find_map(|l| {
                let b = bare(&l);
                first(&|p| b == p)
            }),
            TextScope::Prefix => lines().find_map(|l| first(&|p| l.starts_with(p))),
            TextScope::Contains => first(&|p| read.contains(p)),
            TextScope::OpeningAndJoint => None,
            TextScope::FirstWord => {
                let word = read
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())?;
                first(&|p| word == p)
            }
            TextScope::Word => read
                .split([' ', ','])
                .find_map(|w| first(&|p| w == p || bare(w) == p)),
            TextScope::Extension => {
                let (_, ext) = read.trim().rsplit_once('.')?;
                first(&|p| ext == p)
            }
            TextScope::StemEnd => {
                let stem = read.trim().rsplit_once('.').map_or(read.trim(), |(s, _)| s);
                let (_, end) = stem.rsplit_once('-')?;
                first(&|p| end == p)
            }
            TextScope::ClassWord => text
                .split_ascii_whitespace()
                .find_map(|w| first(&|p| w.eq_ignore_ascii_case(p))),
        }
    }
}

/// Rule entries: `rule!(id Concept, Scope, Case, Kind, [reports], patterns, note)`.
macro_rules! rule {
    ($id:literal $concept:ident, $scope:ident, $case:ident, $kind:ident, [$($r:literal),*], $p:expr, $note:literal) => {
        TextRule {
            id: $id,
            concept: TextConcept::$concept,
            scope: TextScope::$scope,
            case: Case::$case,
            kind: TextKind::$kind,
            reports: &[$($r),*],
            patterns: $p,
            note: $note,
        }
    };
}

/// The syndication stripper's and the line patterns' lists as typed
/// rules, one entry per list. Where rules of one removal reason overlap (a weak marker is
/// a marker prefix too), the first in this order names the removal.
#[rustfmt::skip]
pub const TEXT_RULES: &[TextRule] = &[
    rule!("marker.exact" Marker, WholeBlock, Lower, Removes, ["syndication:marker"],
        Patterns::List(MARKER_EXACT),
        "A plugin's link to the original as the whole block (\"Source link\", \"Go to Source\"); a short block at the post's edge or mostly one link to another host."),
    rule!("marker.appeared-first" Marker, OpeningAndJoint, Lower, Removes, ["syndication:appeared-first-on"],
        Patterns::Pairs(APPEARED_FIRST),
        "WordPress feeds' \"The post X appeared first on Y.\" in its languages; the text after the joint names the outlet."),
    rule!("marker.weak" Marker, Prefix, Lower, Removes, ["syndication:byline"],
        Patterns::List(WEAK_MARKERS),
        "\"Author:\", \"Credit:\", \"via\": a marker only beside a link to another host; without one, at the post's edge, the theme's byline."),
    rule!("marker.prefix" Marker, Prefix, Lower, Removes, ["syndication:marker"],
        Patterns::List(MARKER_PREFIXES),
        "Openings of a marker or credit line (\"Source: Outlet\", \"Originally published at\"); with more than six words after it and no link to another host, prose."),
    rule!("marker.prefix-intl" Marker, Prefix, Lower, Removes, ["syndication:marker"],
        Patterns::List(MARKER_PREFIXES_INTL),
        "The same openings in the feed plugins' other UI languages and in editors' reprint credits."),
    rule!("marker.prefix-credit" Marker, Prefix, Lower, Removes, ["syndication:marker"],
        Patterns::List(MARKER_PREFIXES_CREDIT),
        "English credit lines of reprints and wire copy (\"Courtesy of\", \"Reprinted from\")."),
    rule!("marker.outlet-lead" Marker, Prefix, Lower, Evidence, [],
        Patterns::List(OUTLET_LEADS),
        "Words between a marker phrase and the outlet's name that say where at the outlet the post was found (\"the RSS feed of\", \"le site de\"): cut off the name."),
    rule!("marker.pointer" Marker, Prefix, Lower, Removes, ["syndication:marker"],
        Patterns::List(POINTER_GLYPHS),
        "A glyph pointing to a link (\"→ outlet.example\"): with one link after it whose text names the host it leads to (its domain, or the name the host spells), as the whole of a line at the post's edge or of a block of the page that is not between paragraphs of prose, a credit to the original."),
    rule!("marker.press-noun" Marker, Word, Lower, Evidence, [],
        Patterns::List(PRESS_NOUNS),
        "A word periodicals name themselves with (\"Diario\", \"Gazette\", \"Zeitung\"): the name after a bare credit label (\"Créditos: Diario del Valle\") with one, not the article's author nor a placeholder byline, is the outlet's, so the line is a credit naming it; without one, the line is a photographer's or an author's byline."),
    rule!("marker.title-article" Marker, FirstWord, Exact, Evidence, [],
        Patterns::List(TITLE_ARTICLES),
        "A definite article written with its capital as a name's first word (\"La Sentinella\", \"L'Écho\", \"The Herald\"; \"L\" only before its apostrophe): the name after a bare source label is a title's, so a bracket holding the label and the title as the post's whole last block credits the outlet (`credit.bracketed-source-title`); a ministry or an office cited for a fact is named by its noun, without one."),
    rule!("marker.text-label" Marker, Word, Lower, Evidence, [],
        Patterns::List(TEXT_LABELS),
        "A word of a credit label naming the post's text or its source (\"Text & Bild:\", \"Crédits texte :\", \"Originalquelle:\"): a label of credit words and joiners with one credits the article, so at the post's edge (or as a block of the page not between prose) the link naming its host or the plain name after it, not the article's author nor a placeholder byline, is the outlet's; a label of image words only (\"Foto:\", \"Bildquelle:\") credits a picture."),
    rule!("marker.image-label" Marker, Word, Lower, Evidence, [],
        Patterns::List(IMAGE_LABELS),
        "The words of `marker.source-label` that name an image: a credit label with one and no `marker.text-label` word (\"Foto:\", \"Image Source:\", \"Bildquelle:\") credits a picture, so the name after it is no outlet's."),
    rule!("marker.origin-word" Marker, Word, Lower, Evidence, [],
        Patterns::List(ORIGIN_WORDS),
        "A word saying the post was published elsewhere first or taken over (\"originally\", \"übernommen\"): in one short sentence at the post's edge that opens with the post naming itself (`legal.post-self-reference`'s openings), states no authorship (`byline.prefix`) and closes with a proper name (capitalised words), a credit naming the outlet."),
    rule!("marker.reproduction-word" Marker, Word, Lower, Evidence, [],
        Patterns::List(REPRODUCTION_WORDS),
        "A word saying a text is reproduced from its owner (\"Reproduced with permission\", \"Nachdruck mit freundlicher Genehmigung\"): after the name of a copyright line at the post's edge (check `credit.copyright-name`), the name is the outlet the post copied."),
    rule!("marker.byline-for" Marker, Word, Lower, Evidence, [],
        Patterns::List(BYLINE_FOR_WORDS),
        "The word joining a byline's name to the outlet the author wrote for: a short line at the post's edge, a by-word (`byline.word`) and a proper name, one of these and a proper name closing the line (\"Story by Name for Outlet.\"), credits the outlet."),
    rule!("marker.source-label" Marker, Prefix, Lower, Keeps, [],
        Patterns::List(SOURCE_LABELS),
        "A bracketed \"(Source: Agency)\" credits a photo or a figure, not the article: no marker; between paragraphs, a figure's credit."),
    rule!("widget.phrase" Widget, Contains, Lower, Removes, ["widget:text"],
        Patterns::List(WIDGET_PHRASES),
        "Short, imperative, second-person lines of chat, cookie, newsletter and page-chrome widgets; only in a short block (under 160 bytes, 120 away from the edge): a paragraph that mentions cookies is prose."),
    rule!("widget.software-credit" Widget, Prefix, Lower, Removes, ["widget:software-credit"],
        Patterns::List(SOFTWARE_CREDITS),
        "A credit of the software that built or filled the page (\"Powered by WPeMatico\"): the opening of a short line at the post's edge whose rest is one link to another host (\"Powered by wind, the plant…\" is prose); inside a plugin's wrapper, the block around its own link."),
    rule!("widget.greeting" Widget, FirstWord, Lower, Removes, ["widget:text"],
        Patterns::List(GREETINGS),
        "A chat bubble's greeting (\"👋 Hi, how can we help?\"): the first word of a short line (under 80 bytes) that asks or exclaims."),
    rule!("legal.notice" Legal, Contains, Lower, Removes, ["legal:text"],
        Patterns::List(LEGAL_NOTICES),
        "Small print at the post's edge: two phrases of this list, or one and one of `legal.phrase`; no phrase holds another, so each hit counts once."),
    rule!("legal.phrase" Legal, Contains, Lower, Evidence, [],
        Patterns::List(LEGAL_PHRASES),
        "Legal phrases an article may name too (\"privacy policy\"): they count only beside a `legal.notice` phrase."),
    rule!("legal.rights-owners" Legal, Contains, Lower, Evidence, [],
        Patterns::List(RIGHTS_OWNERS),
        "A sentence giving the rights of a text to their owners (\"All rights belong to their respective owners\"): closing a line that credits another outlet, the credit's small print, not prose glued to it; the line is read without it (check `marker.origin-word`)."),
    rule!("legal.disclaimer-label" Legal, Prefix, Lower, Removes, ["legal:text"],
        Patterns::List(DISCLAIMER_LABELS),
        "A disclaimer's label opening a short block at the post's edge."),
    rule!("legal.post-self-reference" Legal, Prefix, Lower, Removes, ["legal:text"],
        Patterns::List(POST_SELF_REFERENCES),
        "The site's note about the post (\"This article was generated from a feed by our editors\"): one short sentence at the post's edge opening with it and holding an `address.self-word`."),
    rule!("byline.prefix" Byline, Prefix, Lower, Removes, ["byline:theme"],
        Patterns::List(BYLINE_PREFIXES),
        "A theme's byline or date stamp, a wire credit or an image credit as a line of its own, at the post's edge and under 120 bytes."),
    rule!("byline.date-stamp-word" Byline, Word, Lower, Evidence, [],
        Patterns::List(DATE_STAMP_WORDS),
        "The glue of a date stamp or of a byline emptied of its names: a line whose every word is a number, a month, a weekday or one of these."),
    rule!("byline.month-intl" Byline, Word, Lower, Evidence, [],
        Patterns::List(MONTHS_INTL),
        "Month names in the other UI languages, for a theme's meta line (a month beside a number, few other words)."),
    rule!("byline.count-noun" Byline, Word, Lower, Removes, ["byline:theme"],
        Patterns::List(COUNT_NOUNS),
        "What a theme counts (reading time, views, comments, an author box's followers): a short line at the post's edge of one number, one of these and at most two other words (a label) is a counter, not prose."),
    rule!("byline.word" Byline, Word, Lower, Evidence, [],
        Patterns::List(BYLINE_WORDS),
        "The word before an author's name, stripped before the name is compared with the article's authors."),
    rule!("byline.placeholder-author" Byline, WholeBlock, Lower, Evidence, [],
        Patterns::List(PLACEHOLDER_AUTHORS),
        "A byline's name when the post has no author of its own (the CMS's default user): after a `byline.word`, the whole rest of the line."),
    rule!("promo.phrase" Promo, Contains, Lower, Evidence, [],
        Patterns::List(PROMO_PHRASES),
        "A plug that names no pronoun: on a site's own article, a short line (under 140 bytes) at the post's edge with one of these that names the site is a plug (on a republished page, naming the site is enough, so the removal is not reported under this rule)."),
    rule!("follow.platform" Follow, Contains, Lower, Removes, ["widget:follow"],
        Patterns::List(FOLLOW_PLATFORMS),
        "A \"follow us\" box: a short line (under 120 bytes) naming a platform and the site (by name or an `address.self-word`). Without a platform's name, a short line that is one link to another host passing the site's own host alone as a query value (`follow.site-action-link`: a platform's action on the whole site, \"prefer it as a source\"; a share link passes a page's address) goes as well."),
    rule!("address.self-word" Address, Word, Lower, Evidence, [],
        Patterns::List(SELF_WORDS),
        "The site speaking of itself; evidence for `follow.platform` and `legal.post-self-reference`."),
    rule!("address.reader-word" Address, Word, Lower, Evidence, [],
        Patterns::List(READER_WORDS),
        "A line speaking to the reader; with the site's own e-mail address, a plug."),
    rule!("address.reader-word-cased" Address, Word, Exact, Evidence, [],
        Patterns::List(READER_WORDS_CASED),
        "The German polite forms, with their capital and not at a sentence's start: lower-cased they are \"she\" and \"her\"."),
    rule!("caption.image-extension" Caption, Extension, Lower, Removes, ["caption:file-name"],
        Patterns::List(IMAGE_EXTENSIONS),
        "A caption or alt that is one file name with an image extension."),
    rule!("caption.size-word" Caption, StemEnd, Lower, Evidence, [],
        Patterns::List(SIZE_WORDS),
        "A CMS's renamed upload (\"photo-scaled\"): with letters joined to it, a file name."),
    rule!("caption.slug-word" Caption, Word, Lower, Evidence, [],
        Patterns::List(SLUG_WORDS),
        "Words of image renditions in a file-name slug caption (\"hp video\"), beside digit runs and the page's image file names."),
    rule!("label.exact" Label, WholeBlock, Lower, Removes, ["line:label", "line:label-heading"],
        Patterns::List(LABELS),
        "Interface labels as a whole line or heading (under 64 bytes): ads, share and comment buttons, rail headings; inside a table cell they are data and stay."),
    rule!("label.prefix" Label, Prefix, Lower, Removes, ["line:label", "line:label-heading"],
        Patterns::List(LABEL_PREFIXES),
        "\"The article goes on below the ad\" notices opening a short line (its outer punctuation trimmed first)."),
    rule!("label.ad-word" Label, Word, Lower, Evidence, [],
        Patterns::List(AD_WORDS),
        "A word naming an ad: with a `label.continue-word` in a short line (ten words at most, no closing full stop), an \"article continues after the ad\" notice (`line:label`, check `label.ad-notice`); alone it is prose (\"advertising revenue fell\")."),
    rule!("label.continue-word" Label, Word, Lower, Evidence, [],
        Patterns::List(CONTINUE_WORDS),
        "A word saying the article goes on; evidence beside a `label.ad-word` only."),
    rule!("label.share-verb" Label, Word, Lower, Evidence, [],
        Patterns::List(SHARE_VERBS),
        "A share button's verb in the UI languages: with only `label.share-object` words beside it in a line of five words at most, no closing full stop, a share bar's label left by its buttons (`line:label`, check `label.share-line`); with any other word it is prose (\"share prices fell\")."),
    rule!("label.share-object" Label, Word, Lower, Evidence, [],
        Patterns::List(SHARE_OBJECTS),
        "What a share label says is shared (\"this article\", \"l'articolo\", \"den Beitrag\") and its articles; evidence beside a `label.share-verb` only."),
    rule!("line.prefix" Line, Prefix, Lower, Removes, ["line:boilerplate"],
        Patterns::List(LINE_PREFIXES),
        "Teaser, credit and legal lines (\"RELATED:\", \"Copyright\", \"Photo:\") opening a line under 200 bytes."),
    rule!("line.contains" Line, Contains, Lower, Removes, ["line:boilerplate"],
        Patterns::List(LINE_CONTAINS),
        "Legal lines and credits (\"all rights reserved\", \"contributed to this report\") anywhere in a line under 200 bytes."),
    rule!("content.post-content-widget" Content, ClassWord, Lower, Keeps, [],
        Patterns::List(POST_CONTENT_WIDGETS),
        "Page builders' post-content modules: a content hint that outweighs the class's `widget` and `module` words."),
    rule!("caption.untitled-upload" Caption, WholeBlock, Lower, Removes, ["caption:file-name"],
        Patterns::List(UNTITLED_UPLOADS),
        "An editor's default name for a new document (\"Senza titolo\"), with a tool's marks or a counter after it, as the caption of a page's image saved under that name."),
    rule!("caption.upload-mark" Caption, StemEnd, Lower, Evidence, [],
        Patterns::List(UPLOAD_MARKS),
        "What a tool appends to an upload's name (\"-min\", \"-edited\"): after an untitled document's name, still its file name."),
    rule!("caption.capture-upload" Caption, WholeBlock, Lower, Removes, ["caption:file-name"],
        Patterns::List(CAPTURE_NAMES),
        "A screenshot tool's default name for a capture (\"Capture\"), with a counter, a size suffix or a tool's marks after it, as the caption of a page's image saved under that name."),
];

/// The id of the typed rule whose patterns are `list` (the same list, not
/// a look-up of the text): a test that matched a pattern of one of the
/// lists passes the list on, and the report names its rule. Lists are
/// compared by their contents (a `const` slice need not have one address);
/// no two rules share a list. `list` for a slice that is no rule's
/// patterns.
pub(crate) fn list_rule(list: &'static [&'static str]) -> &'static str {
    TEXT_RULES
        .iter()
        .find(|r| matches!(r.patterns, Patterns::List(l) if l == list))
        .map_or("list", |r| r.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_names_its_own_rule() {
        for rule in TEXT_RULES {
            if let Patterns::List(list) = rule.patterns {
                assert_eq!(list_rule(list), rule.id, "two rules share a list");
            }
        }
        static OTHER: &[&str] = &["not a rule's list"];
        assert_eq!(list_rule(OTHER), "list");
    }
}
