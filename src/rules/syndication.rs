//! The syndication stripper's knowledge as data: marker lines of
//! auto-blogging and feed plugins, widget phrases, file-name slug words and
//! the plugin classes that wrap a "source" link.
//!
//! Each list is one typed [`TextRule`] of [`TEXT_RULES`]: its id, the
//! concept it names, its [`TextScope`] (whole block with outer punctuation
//! trimmed, prefix, contained phrase, word, file-name part or class word)
//! and [`Case`], its [`TextKind`] (removes, evidence beside another test,
//! or keeps) and a note on why it exists. The stripper reads the lists
//! directly; a removal it reports names the rule and the pattern
//! ([`Removed::rule`](crate::Removed::rule), e.g.
//! `widget:text:widget.phrase("how can i help")`).
//!
//! Text patterns are matched lowercase against a block whose whitespace is
//! collapsed, unless the rule says [`Case::Exact`]. Add your own through
//! [`ExtractorBuilder::syndication_marker`](crate::ExtractorBuilder::syndication_marker)
//! and [`ExtractorBuilder::strip_text`](crate::ExtractorBuilder::strip_text).

/// Whole-block texts (outer punctuation ignored) that are a plugin's link to
/// the original article.
#[rustfmt::skip]
pub const MARKER_EXACT: &[&str] = &[
    "source link", "source", "go to source", "original source", "view source", "visit source",
    "read the full article", "read full article", "read the full story", "read full story",
    "read the original article", "read original article", "original article", "view original",
    "view original article", "read more", "continue reading", "read the rest",
    // other UI languages of the same plugins
    "quelle", "zur quelle", "fuente", "enlace de la fuente", "ver fuente", "fonte",
    "link da fonte", "source de l'article", "lien source", "bron", "fonte originale",
    "zur quelle wechseln", "zum artikel", "ir a la fuente", "voir la source",
    "aller à la source", "vai alla fonte", "ir para a fonte", "naar de bron",
];

/// Prefixes of short head/tail blocks that name or link the original.
/// The text after the prefix, when short, is the outlet's name.
#[rustfmt::skip]
pub const MARKER_PREFIXES: &[&str] = &[
    "source:", "source -", "source link:", "sources:", "original source:", "go to source:",
    "read more at", "read more on", "read more from", "read the full article at",
    "read the full article on", "read the full story at", "read the full story on",
    "read the original at", "read the original on", "continue reading at", "continue reading on",
    "originally published at", "originally published on", "originally published by",
    "originally published in", "this article was originally published",
    "this article originally appeared", "this story was originally published",
    "this story originally appeared", "this post was originally published",
    "this content was originally published", "the post ", "via ", "via:", "author:",
    "credit:", "credits:", "article source:", "content source:", "republished from",
    "republished with permission", "syndicated from", "read the original article on",
    "read the original article at", "read it at", "cross-posted from", "crossposted from",
    "this article first appeared", "this story first appeared",
    "this article was first published", "this story was first published",
    // other UI languages
    "quelle:", "fuente:", "fonte:", "source :", "bron:", "publicado originalmente",
    "ursprünglich veröffentlicht",
];

/// Marker prefixes that say only "republished" when there is no link to
/// another host: they need the head/tail position and a short block.
pub const WEAK_MARKERS: &[&str] = &["via ", "via:", "author:", "credit:", "credits:"];

/// The "The post X appeared first on Y." line of WordPress feeds.
pub const APPEARED_FIRST_ON: &str = " appeared first on ";

/// The same line as WordPress feeds (and the SEO plugins that write it)
/// print it in other languages: the opening words and the joint before
/// the outlet's name, lowercase.
#[rustfmt::skip]
pub const APPEARED_FIRST: &[(&str, &str)] = &[
    ("the post ", " appeared first on "), ("der beitrag ", " erschien zuerst auf "),
    ("l’article ", " est apparu en premier sur "), ("l'article ", " est apparu en premier sur "),
    ("la entrada ", " se publicó primero en "), ("o post ", " apareceu primeiro em "),
    ("l'articolo ", " proviene da "), ("l’articolo ", " proviene da "),
    ("het bericht ", " verscheen eerst op "),
];

/// Marker prefixes in the other UI languages of the feed plugins and of
/// the credit lines editors write under a reprint.
#[rustfmt::skip]
pub const MARKER_PREFIXES_INTL: &[&str] = &[
    "weiterlesen auf", "weiterlesen bei", "zum originalartikel", "zuerst erschienen",
    "erschien zuerst bei", "erschien zuerst auf", "erschien zuerst", "mit material von", "lire la suite sur", "lire l'article sur",
    "lire l’article sur", "voir la source", "voir l'article", "article original", "avec ",
    "source de l'article", "leer más en", "seguir leyendo en", "ir a la fuente", "ver fuente",
    "con información de", "vía:", "vía ", "artículo original", "leia mais em", "continue lendo em",
    "fonte originale", "leggi su", "leggi l'articolo",
];

/// English credit lines of reprints and wire copy that name the outlet.
#[rustfmt::skip]
pub const MARKER_PREFIXES_CREDIT: &[&str] = &[
    "courtesy of", "courtesy:", "reprinted from", "reprinted with permission from",
    "with inputs from", "inputs from", "click here to read the full article",
    "click here to read more", "read the full story on", "this post was autoblogged",
    "autoblogged from", "published via", "imported from", "content provided by",
];

/// Class or id tokens of feed plugins' source-link wrappers; they live
/// with the class/id vocabulary in [`crate::rules::table`].
pub use super::table::PLUGIN_TOKENS;

/// Phrases of chat, cookie, newsletter and page-chrome widgets: short,
/// imperative, second-person lines. A block is a widget line when it is
/// short and contains one of these.
#[rustfmt::skip]
pub const WIDGET_PHRASES: &[&str] = &[
    // chat
    "how can i help", "how can we help", "can i help you", "can we help you", "ask us anything",
    "ask me anything", "chat with us", "chat with an agent", "start a chat", "start chat",
    "start a conversation", "send us a message", "leave us a message", "leave a message",
    "we're online", "we are online", "we're offline", "we are offline", "typically replies",
    "usually replies", "reply within", "here to answer your questions",
    "here to help you", "need help?", "questions? ", "got questions", "have a question?",
    "message us on whatsapp", "chat on whatsapp", "whatsapp us", "contact us on whatsapp",
    "powered by tidio", "powered by tawk", "powered by crisp", "powered by intercom",
    "we run on crisp", "type your message", "write a reply", "write a message",
    // cookies and consent
    "we use cookies", "this website uses cookies", "this site uses cookies",
    "uses cookies to", "we value your privacy", "accept all cookies", "accept cookies",
    "cookie settings", "cookie preferences", "manage consent", "manage cookies",
    "customize consent", "reject all", "accept all", "by continuing to use this",
    "by clicking \"accept", "by clicking “accept", "you consent to our use of cookies",
    "utilizamos cookies", "usamos cookies", "utilizziamo i cookie", "nous utilisons des cookies",
    "wir verwenden cookies", "diese website verwendet cookies", "aceptar todas", "alle akzeptieren",
    "tout accepter", "accetta tutti", "aceitar todos",
    // newsletter and chrome
    "subscribe to our newsletter", "join our newsletter", "sign up for our newsletter",
    "enter your email", "your email address", "don't miss out", "never miss a",
    "back to top", "scroll to top", "share this post", "share this article",
    "share on facebook", "share on twitter", "share on whatsapp", "follow us on",
    "print this page", "print this article", "email this", "click to share",
    "click to print", "click to email", "volver arriba", "nach oben", "retour en haut",
    "click to read more", "view comments", "available on apple podcasts",
    "listen on apple podcasts", "listen on spotify", "skip past newsletter",
    "skip advertisement", "skip to main content", "scroll to continue with content",
    "next video starts in", "terms & conditions apply", "terms and conditions apply",
    "comments are closed", "wherever you get your podcasts",
    // legal footer lines
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "todos os direitos reservados", "tutti i diritti riservati",
];

/// Phrases that make a block the site's small print: one of these and
/// one more of these or of [`LEGAL_PHRASES`] mark a legal notice. No
/// phrase contains another, so each hit is a phrase of its own.
#[rustfmt::skip]
pub const LEGAL_NOTICES: &[&str] = &[
    "all rights reserved", "we may receive compensation", "may earn a commission",
    "affiliate links", "affiliate commission", "by using this site", "by using this website",
    "subscribing to a newsletter indicates", "no rights or credit claimed",
    "reprinted by permission", "reprinted with permission", "disclaimer:",
    "we may make money when you click",
];

/// Phrases of legal text that an article may also name ("privacy
/// policy"): they count towards a notice only beside one of
/// [`LEGAL_NOTICES`].
#[rustfmt::skip]
pub const LEGAL_PHRASES: &[&str] = &[
    "privacy policy", "terms of use", "terms of service", "user agreement", "cookie policy",
    "you consent to", "you agree to our", "editorially independent",
];

/// Words that join the parts of a date stamp or of a byline emptied of its
/// names ("by and on december 21, 2023 at 3:53pm pst"): connectives,
/// separators, stamp labels, the half of the day and time zones.
#[rustfmt::skip]
pub const DATE_STAMP_WORDS: &[&str] = &[
    "by", "and", "on", "at", "|", "·", "-", "–", "—", "@", "updated", "published", "posted",
    "am", "pm", "a.m.", "p.m.", "utc", "gmt", "bst", "cet", "cest", "est", "edt", "cst", "cdt",
    "mst", "mdt", "pst", "pdt", "aest", "ist",
];

/// Prefixes of short head/tail lines that are a post's byline or date
/// stamp written by the theme ("Posted on 12 May by admin"), a wire
/// story's credit line, or an image credit left as a line of its own.
#[rustfmt::skip]
pub const BYLINE_PREFIXES: &[&str] = &[
    "posted on", "posted by", "published by", "written by", "veröffentlicht am",
    "veröffentlicht von", "publié le", "publié par", "publicado el", "publicado por",
    "publicado em", "pubblicato il", "pubblicato da", "geplaatst op",
    // a wire story's credit line ("Reporting by X; Editing by Y")
    "reporting by", "additional reporting by", "editing by",
    // an image credit left as a line of its own
    "image by", "photo by", "photo credit:", "image credit:", "featured image:",
    "immagine di", "foto di", "imagen de", "bild:",
];

/// Words of image renditions and file names that appear in slug captions
/// ("hp video", "super 169", "exlarge").
#[rustfmt::skip]
pub const SLUG_WORDS: &[&str] = &[
    "hp", "video", "super", "169", "exlarge", "exlarge169", "large", "medium", "small", "thumb",
    "thumbnail", "file", "img", "image", "photo", "pic", "jpg", "jpeg", "png", "webp", "gif",
    "avif", "scaled", "cropped", "crop", "full", "story", "top", "main", "hero", "lead",
    "square", "wide", "tease", "teaser", "restricted", "gettyimages", "getty", "ap", "afp",
    "reuters", "shutterstock", "istock", "stock", "dl", "resized", "orig", "original", "copy",
    "final", "edit", "web", "hires", "lowres", "rev", "v", "x",
];

/// Phrases of a plug that names no pronoun ("Stay tuned to Brand for more
/// updates", "Brought to you by…"), matched lowercase.
#[rustfmt::skip]
pub const PROMO_PHRASES: &[&str] = &[
    "stay tuned", "keep visiting", "keep reading", "for more updates", "for more news",
    "for more such", "for the latest", "thanks for reading", "thank you for reading",
    "bookmark", "brought to you", "restez à l'écoute", "bleiben sie dran", "mantente atento",
    "sigue atento", "fique ligado", "resta sintonizzato", "continua a seguire",
];

/// Image file extensions (lowercase) that make a caption a file name.
#[rustfmt::skip]
pub const IMAGE_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "webp", "gif", "avif", "heic", "heif", "tif", "tiff", "bmp", "svg",
];

/// Last parts of a CMS's renamed uploads ("photo-scaled", "photo-rotated").
#[rustfmt::skip]
pub const SIZE_WORDS: &[&str] = &["scaled", "rotated", "cropped", "resized", "thumb", "thumbnail"];

/// Class words of page builders' and block themes' post-content modules,
/// the container of a single post's body: a positive hint that outweighs
/// the `widget`/`module` words of the class, so a sidebar's post grid does
/// not win over the post (Elementor, Divi, Beaver Themer, Bricks, Oxygen,
/// Breakdance, Avada, the block editor's Post Content block).
#[rustfmt::skip]
pub const POST_CONTENT_WIDGETS: &[&str] = &[
    "elementor-widget-theme-post-content", "et_pb_post_content", "fl-module-fl-post-content",
    "brxe-post-content", "oxy-post-content", "bde-post-content", "fusion-content-tb",
    "wp-block-post-content", "tb-post-content", "elementor-widget-text-editor",
];

/// Month names (and their usual abbreviations) in the other UI languages,
/// lowercase, for the theme's meta lines ("28 febrero 2024 · 5 min de
/// lectura").
#[rustfmt::skip]
pub const MONTHS_INTL: &[&str] = &[
    "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
    "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
    "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "janeiro",
    "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro",
    "dezembro", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
    "ottobre", "dicembre", "ene", "abr", "ago", "dic", "dez", "okt", "mär", "janv", "févr",
    "avr", "juil", "déc",
];

/// Labels of a disclaimer at the head or tail of a post, lowercase.
#[rustfmt::skip]
pub const DISCLAIMER_LABELS: &[&str] = &[
    "disclaimer:", "haftungsausschluss:", "hinweis:", "avertissement :", "avertissement:",
    "aviso legal:", "aviso:", "descargo de responsabilidad:", "aviso importante:",
    "esclusione di responsabilità:", "isenção de responsabilidade:", "note:", "dmca:",
    "dmca notice:", "copyright notice:",
];

/// Platforms a "follow us" or "join our channel" box sends the reader to,
/// lowercase.
#[rustfmt::skip]
pub const FOLLOW_PLATFORMS: &[&str] = &[
    "google news", "google actualités", "google noticias", "google notícias", "telegram",
    "whatsapp", "facebook", "instagram", "twitter", "tiktok", "youtube", "linkedin", "threads",
    "pinterest", "flipboard", "newsletter",
];

/// Words in which a site speaks of itself (first person plural), in the
/// UI languages of the patterns above.
#[rustfmt::skip]
pub const SELF_WORDS: &[&str] = &[
    "we", "our", "us", "nous", "notre", "nos", "wir", "uns", "unser", "unsere", "unseren",
    "unserem", "nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "síguenos", "nós",
    "nosso", "nossa", "noi", "nostro", "nostra", "seguici",
];

/// Words that open a byline before the author's name, lowercase.
#[rustfmt::skip]
pub const BYLINE_WORDS: &[&str] = &["by", "von", "par", "por", "di", "da", "door", "de"];

/// Labels of a credit line that may name a photo's or a figure's source
/// as well as an article's ("(Source: Agency)"), lowercase.
#[rustfmt::skip]
pub const SOURCE_LABELS: &[&str] = &[
    "source", "sources", "quelle", "fuente", "fonte", "bron", "photo", "image", "foto", "bild",
];

/// What a theme prints where a byline's name goes when the post has no
/// author of its own (the CMS's default user, the newsroom), lowercase:
/// alone at the post's edge, such a line is the theme's byline.
#[rustfmt::skip]
pub const PLACEHOLDER_AUTHORS: &[&str] = &[
    "admin", "administrator", "webmaster", "redaktion", "rédaction", "la rédaction",
    "redacción", "redazione", "redação", "news desk", "staff reporter", "editorial team",
];

/// Words in which a line speaks to the reader (second person), lowercase,
/// in the UI languages of the patterns above (not the ones that are also
/// common words of another: French "du", Portuguese "seu"). The German polite forms are
/// in [`READER_WORDS_CASED`]: lower-cased they are "she" and "her".
#[rustfmt::skip]
pub const READER_WORDS: &[&str] = &[
    "you", "your", "yours", "yourself", "vous", "votre", "vos", "tu", "tes", "toi", "tú", "tus",
    "usted", "ustedes", "te", "ti", "você", "vocês", "teu", "tua", "tuo", "tuoi", "vostro",
    "vostra", "dein", "deine", "deinen", "dich", "dir", "euch",
];

/// The German polite forms of address, matched with their capital and
/// not at a sentence's start ("Schreiben Sie uns").
#[rustfmt::skip]
pub const READER_WORDS_CASED: &[&str] = &["Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihnen"];

/// How a post names itself at its edge ("this article was generated from
/// a feed", "esta noticia ha sido publicada automáticamente"), lowercase:
/// with a word in which the site speaks of itself ([`SELF_WORDS`]) in one
/// short sentence, the site's note about the post, not its prose.
#[rustfmt::skip]
pub const POST_SELF_REFERENCES: &[&str] = &[
    "this article", "this post", "this story", "this content", "this news", "cet article",
    "ce contenu", "cette actualité", "cette information", "esta noticia", "este artículo",
    "esta publicación", "este contenido", "dieser artikel", "dieser beitrag", "diese meldung",
    "dieser inhalt", "questo articolo", "questa notizia", "este artigo", "esta notícia",
];

// ---------------------------------------------------------------------------
// The lists above as typed rules.

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

/// The syndication stripper's lists as typed rules, one entry per list of
/// this module. Where rules of one removal reason overlap (a weak marker is
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
    rule!("marker.source-label" Marker, Prefix, Lower, Keeps, [],
        Patterns::List(SOURCE_LABELS),
        "A bracketed \"(Source: Agency)\" credits a photo or a figure, not the article: no marker; between paragraphs, a figure's credit."),
    rule!("widget.phrase" Widget, Contains, Lower, Removes, ["widget:text"],
        Patterns::List(WIDGET_PHRASES),
        "Short, imperative, second-person lines of chat, cookie, newsletter and page-chrome widgets; only in a short block (under 160 bytes, 120 away from the edge): a paragraph that mentions cookies is prose."),
    rule!("legal.notice" Legal, Contains, Lower, Removes, ["legal:text"],
        Patterns::List(LEGAL_NOTICES),
        "Small print at the post's edge: two phrases of this list, or one and one of `legal.phrase`; no phrase holds another, so each hit counts once."),
    rule!("legal.phrase" Legal, Contains, Lower, Evidence, [],
        Patterns::List(LEGAL_PHRASES),
        "Legal phrases an article may name too (\"privacy policy\"): they count only beside a `legal.notice` phrase."),
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
        "A \"follow us\" box: a short line (under 120 bytes) naming a platform and the site (by name or an `address.self-word`)."),
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
    rule!("content.post-content-widget" Content, ClassWord, Lower, Keeps, [],
        Patterns::List(POST_CONTENT_WIDGETS),
        "Page builders' post-content modules: a content hint that outweighs the class's `widget` and `module` words."),
];

/// The rule and pattern that name a removal the stripper reported as
/// `reason` (a family such as `syndication:marker`), looked up again in the
/// removed text: the stripper's tests keep only the family, so the rule is
/// found again for removed blocks only, with the explain report on. The
/// [`TextKind::Removes`] rules that report under `reason` are tried in
/// table order. `None` when no list rule decided (the site's name, links to
/// the site's own posts, date stamps, the caller's rules).
pub(crate) fn deciding_rule(reason: &str, text: &str) -> Option<(&'static TextRule, &'static str)> {
    let rules = || {
        TEXT_RULES
            .iter()
            .filter(move |r| r.kind == TextKind::Removes && r.reports.contains(&reason))
    };
    rules().find_map(|r| Some((r, r.find(text)?))).or_else(|| {
        // A marker a few words open ("This article is republished
        // from …", "Some images courtesy of …"): the stripper looks
        // for a prefix of more than one word at a later word's start.
        let lower = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        lower.match_indices(' ').find_map(|(at, _)| {
            let rest = &lower[at + 1..];
            rules()
                .filter(|r| r.scope == TextScope::Prefix)
                .find_map(|r| {
                    let Patterns::List(list) = r.patterns else {
                        return None;
                    };
                    list.iter()
                        .find(|p| p.trim_end().contains(' ') && rest.starts_with(*p))
                        .map(|p| (r, *p))
                })
        })
    })
}

/// A syndication removal's reason for the explain report: the stripper's
/// `reason` with the rule that decided and its pattern when a list rule
/// did (`widget:text:widget.phrase("how can i help")`), else `reason`.
pub(crate) fn explained(reason: &str, text: &str) -> String {
    match deciding_rule(reason, text) {
        Some((rule, pattern)) => format!("{reason}:{}({pattern:?})", rule.id),
        None => reason.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_removal_names_the_rule_and_the_pattern_that_decided() {
        assert_eq!(
            explained("syndication:marker", "» Source link."),
            "syndication:marker:marker.exact(\"source link\")"
        );
        assert_eq!(
            explained("syndication:marker", "Source: Tidewater Times"),
            "syndication:marker:marker.prefix(\"source:\")"
        );
        // A marker a few words open.
        assert_eq!(
            explained(
                "syndication:marker",
                "Some images courtesy of Deposit Photos."
            ),
            "syndication:marker:marker.prefix-credit(\"courtesy of\")"
        );
        assert_eq!(
            explained("syndication:byline", "Author: Anna Weber"),
            "syndication:byline:marker.weak(\"author:\")"
        );
        assert_eq!(
            explained("widget:text", "Hi!\nHow can we  help?"),
            "widget:text:widget.phrase(\"how can we help\")"
        );
        // Checks that are no list keep their family.
        assert_eq!(
            explained("branding:site-name", "Quay Wire"),
            "branding:site-name"
        );
        assert_eq!(explained("byline:theme", "Jane Roe"), "byline:theme");
    }
}
