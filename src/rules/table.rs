//! The class/id vocabulary as typed data: one [`Rule`] per entry, with the
//! scope it matches in, the concept it names, its kind, and why it exists.
//!
//! A class or id value is read word by word (words are separated by
//! whitespace). A word is split into *segments* at punctuation
//! (`article-body__share` → `article`, `body`, `share`), and a segment into
//! *tokens* at case humps and letter/digit changes (`postBody2` → `post`,
//! `body`, `2`). A [`Scope`] says which of these a pattern is compared with.
//!
//! Long, unambiguous words (`newsletter`, `breadcrumb`) match as any token.
//! Short or ambiguous ones (`ad`, `top`, `hidden`, `widget`, `label`) get a
//! narrow scope: `ad` is a segment of its own (`ad-slot`, `top-ad`) but not a
//! piece of `element-ad41c9e`; `top` is a whole class word, never a piece of
//! `margin-top-4`. Whatever the scope, two kinds of words are neutral and
//! never looked up: utility classes (`hidden-xs`, `col-md-8`, `mt-4`,
//! `d-print-none`) and hash-like segments (`sc-kXWaPq`, `ad41c9e`); see
//! `index.rs`.

/// What a rule's pattern is compared with. All comparisons are
/// ASCII-case-insensitive; in [`Scope::Prefix`] and [`Scope::Word`]
/// patterns, every run of punctuation in the class word reads as one `-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// Any token of any word: `share` in `entry-share`, `shareBar`, `post_share`.
    Token,
    /// A whole punctuation-delimited segment, the anchored compounds
    /// `^ad$`, `^ad-`, `-ad-`, `-ad$`: `ad` in `ad-slot`, `top-ad`, but not in
    /// `adSlot`, `ad41c9e` or `sc-bdVaJa`.
    Segment,
    /// The start of a word, ending at a token boundary: `cky` in
    /// `cky-consent-bar`, `qc-cmp` in `qc-cmp2-container`, `widget` in
    /// `widget_text`, but not in `elementor-widget-container`.
    Prefix,
    /// The whole class word: `hidden` in `class="hidden"`, not in
    /// `field--label-hidden`; `sr-only` in `class="sr-only"`.
    Word,
}

/// Which attribute a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum On {
    /// `class` and `id`.
    Any,
    /// `class` only.
    Class,
    /// `id` only.
    Id,
}

/// The attribute a value comes from, for [`matching`](super::matching).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Attribute {
    /// The `class` attribute.
    Class,
    /// The `id` attribute.
    Id,
}

impl On {
    /// Whether a rule on `self` reads `attr`.
    pub fn reads(self, attr: Attribute) -> bool {
        matches!(
            (self, attr),
            (On::Any, _) | (On::Class, Attribute::Class) | (On::Id, Attribute::Id)
        )
    }
}

/// What a rule says about the element whose class or id it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// Boilerplate outright, even when a content word is present too
    /// (`entry-comments`); pruned unless it wraps the article's own
    /// content-named container.
    Strong,
    /// A small widget (ad, share bar, cookie box): pruned unless it holds
    /// long, paragraph-rich prose (then the name belongs to a wrapper).
    Widget,
    /// Boilerplate unless a content word is present too; inside the article
    /// only dropped when short.
    Weak,
    /// The element is (part of) the article.
    Positive,
    /// The word states a state of the element (`has-sidebar`,
    /// `no-comments`), not what it is: the rest of the word is ignored.
    State,
}

/// The concept a rule names, to group rules and compare their effects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Concept {
    /// Menus, breadcrumbs, pagination, skip links.
    Navigation,
    /// Related, recommended, trending, "read next" rails.
    Related,
    /// Comment threads and forms.
    Comments,
    /// Advertising and sponsored slots.
    Ads,
    /// Share and follow bars, print and bookmark buttons.
    Share,
    /// Newsletter, subscription, login and paywall boxes.
    Newsletter,
    /// Cookie and consent banners.
    Consent,
    /// Chat widgets.
    Chat,
    /// Modals, popups, overlays, back-to-top buttons.
    Overlay,
    /// Search boxes, tag clouds, author boxes.
    Chrome,
    /// Content hidden from sight (screen-reader text, `hidden`).
    Hidden,
    /// Page layout: headers, footers, sidebars, widget areas.
    Layout,
    /// Metadata around the article: bylines, dates, labels, kickers.
    Meta,
    /// The article itself.
    Content,
    /// A state of the element, not its role.
    State,
}

impl Concept {
    /// The concept's name, the first part of its rules' ids.
    pub fn name(self) -> &'static str {
        match self {
            Concept::Navigation => "navigation",
            Concept::Related => "related",
            Concept::Comments => "comments",
            Concept::Ads => "ads",
            Concept::Share => "share",
            Concept::Newsletter => "newsletter",
            Concept::Consent => "consent",
            Concept::Chat => "chat",
            Concept::Overlay => "overlay",
            Concept::Chrome => "chrome",
            Concept::Hidden => "hidden",
            Concept::Layout => "layout",
            Concept::Meta => "meta",
            Concept::Content => "content",
            Concept::State => "state",
        }
    }
}

/// One entry of the class/id vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable name, `<concept>.<pattern>`; it travels into
    /// [`Removed::reason`](crate::Removed::reason) when the rule prunes.
    pub id: &'static str,
    /// What the matched element is.
    pub concept: Concept,
    /// Lowercase ASCII; letters and digits, with `-` between segments in
    /// [`Scope::Prefix`] and [`Scope::Word`] patterns.
    pub pattern: &'static str,
    /// What the pattern is compared with.
    pub scope: Scope,
    /// Which attribute it reads.
    pub on: On,
    /// What a match says.
    pub kind: Kind,
    /// Why the entry exists, and its caveats.
    pub note: &'static str,
}

/// Rules of one concept, scope, attribute and kind sharing a note.
macro_rules! group {
    ($name:literal $concept:ident, $scope:ident, $on:ident, $kind:ident, $note:literal: [$($p:literal),* $(,)?]) => {
        [$(Rule {
            id: concat!($name, ".", $p),
            concept: Concept::$concept,
            pattern: $p,
            scope: Scope::$scope,
            on: On::$on,
            kind: Kind::$kind,
            note: $note,
        }),*]
    };
}

/// The built-in class/id vocabulary. Ids are `<concept>.<pattern>`, in
/// lowercase (`Navigation` → `navigation`).
///
/// Callers add words of their own, globally or per host, with
/// [`ExtractorBuilder::boilerplate_class`](crate::ExtractorBuilder::boilerplate_class)
/// and [`ExtractorBuilder::content_class`](crate::ExtractorBuilder::content_class)
/// (any-token scope); a caller's word overrides a built-in token rule of the
/// same word.
#[rustfmt::skip]
pub static RULES: &[Rule] = table![Rule;
    group!("navigation" Navigation, Token, Any, Strong, "site navigation: menus, breadcrumbs, pagination": [
        "nav", "navbar", "navigation", "menu", "menus", "submenu", "mainmenu", "breadcrumb",
        "breadcrumbs", "pagination", "pager", "toolbar", "topbar", "offcanvas", "hamburger",
    ]),
    group!("navigation" Navigation, Token, Class, Strong, "skip links; class only, since an id with 'skip' is usually the skip link's target, the content itself": [
        "skip", "skiplink", "skiplinks",
    ]),
    group!("related" Related, Token, Any, Strong, "related and recommended content rails and their widget vendors": [
        "related", "relatedposts", "yarpp", "recommended", "recommendations", "recirculation",
        "recirc", "trending", "popular", "mostread", "mostpopular", "moreposts", "morestories",
        "readmore", "readnext", "upnext", "teaser", "teasers", "outbrain", "taboola", "zergnet",
        "revcontent", "mgid", "legends",
    ]),
    group!("related" Related, Token, Any, Strong, "related content in other languages (es, pt, fr, de, it)": [
        "relacionadas", "relacionados", "relacionada", "tambien", "correlati", "verwandte",
        "empfehlungen", "lire", "leia",
    ]),
    group!("related" Related, Word, Class, Widget, "WordPress's embed of another post (oEmbed's fallback, a blockquote holding one link to it): a link card, not a quotation; the whole class word": [
        "wp-embedded-content",
    ]),
    group!("comments" Comments, Token, Any, Strong, "comment threads and reply forms": [
        "comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion",
        "comentarios", "commentaires", "kommentare", "commenti",
    ]),
    group!("ads" Ads, Segment, Any, Widget, "short ad words: only as a segment of their own ('ad-slot', 'top-ad'), never inside hashed names ('element-ad41c9e') or other words": [
        "ad", "adv", "dfp", "gpt",
    ]),
    group!("ads" Ads, Token, Any, Widget, "ad slots, ad networks and sponsored content": [
        "ads", "advert", "adverts", "advertisement", "advertising", "adsense", "adslot",
        "adunit", "adwrapper", "sponsor", "sponsored", "sponsors", "promo", "promos",
        "promotion", "affiliate", "publicidad", "publicite", "publicidade", "werbung",
        "anzeige", "pubblicita", "reclame",
    ]),
    group!("ads" Ads, Token, Any, Widget, "Amazon affiliate plugins' product boxes and their price notes ('aawp-product', 'aawp-disclaimer'): the vendor's name, run into every class it prints (issue 16, families7)": [
        "aawp",
    ]),
    group!("ads" Ads, Token, Any, Widget, "WordAds' wrapper ('wpcnt', around its 'Advertisements' label and 'Report this ad' link)": [
        "wpcnt",
    ]),
    group!("ads" Ads, Prefix, Any, Widget, "tagDiv themes' ad spots ('td-a-rec', 'td-a-rec-id-content_inline'); at the start of a word, since the letters alone mean nothing": [
        "td-a-rec",
    ]),
    group!("ads" Ads, Word, Any, Widget, "a promoted slot; a whole word only, since Drupal marks every front-page node 'node--promoted'": [
        "promoted",
    ]),
    group!("share" Share, Token, Any, Widget, "share and follow bars, print and bookmark buttons": [
        "share", "shares", "sharing", "sharer", "sharebar", "sharedaddy", "social", "socials",
        "socialmedia", "addthis", "sharethis", "addtoany", "follow", "print", "bookmark",
        "compartir", "partage", "partager", "teilen", "condividi",
    ]),
    group!("share" Share, Prefix, Any, Widget, "Simple Social Buttons' bar ('simplesocial-simple-icons' beside its 'simplesocialbuttons' wrapper): a segment prefix, as the plugin runs its name into one word": [
        "simplesocial",
    ]),
    group!("share" Share, Segment, Any, Widget, "AddToAny's kit ('a2a_kit'); a segment, as letter/digit splitting breaks it into tokens": [
        "a2a",
    ]),
    group!("newsletter" Newsletter, Token, Any, Widget, "newsletter, subscription, login and registration boxes": [
        "newsletter", "subscribe", "subscription", "subscriptions", "signup", "login", "signin",
        "register", "registration", "mailpoet",
    ]),
    group!("consent" Consent, Token, Any, Widget, "cookie and consent banners and their vendors": [
        "cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebot", "cookieyes",
        "complianz", "cmplz", "cmpbox", "didomi", "truste", "osano", "iubenda", "borlabs",
    ]),
    group!("consent" Consent, Prefix, Any, Widget, "consent vendors' class prefixes ('cky-consent-bar', 'qc-cmp2-ui'); only at the start of a word, since 'cmp' alone is a component library's prefix ('cmp-text')": [
        "cky", "qc-cmp", "cmp-banner", "cmp-consent",
    ]),
    group!("chat" Chat, Token, Any, Widget, "chat widgets and their vendors": [
        "chat", "chatbot", "livechat", "tidio", "tawk", "intercom", "zendesk", "joinchat",
        "whatsapp", "messenger", "jivo", "jivosite", "userlike", "zsiq", "salesiq",
    ]),
    group!("chat" Chat, Token, Any, Widget, "Brevo's chat ('sib-conversations', 'conversations-widget'): a plural, unlike a comment thread's 'conversation'": [
        "conversations",
    ]),
    group!("chat" Chat, Segment, Any, Widget, "chat vendors whose names are also words; a segment of their own ('crisp-client')": [
        "crisp", "drift", "ctc", "hubspot",
    ]),
    group!("chat" Chat, Prefix, Any, Widget, "click-to-chat plugins' prefixes ('wa-chat-box', 'ht-ctc-chat'); two letters, so only at the start of a word": [
        "wa", "ht-ctc",
    ]),
    group!("overlay" Overlay, Token, Any, Widget, "the launcher of a chat, search or menu overlay ('mck-sidebox-launcher', 'search-launcher'): the button box that opens a widget, whatever its vendor (issue 16, notices)": [
        "launcher",
    ]),
    group!("chrome" Chrome, Token, Any, Widget, "a widget's software credit ('km-powered-by', 'powered-by-wpcom', 'wpconsent-powered-by'): the vendor's name, not the page's (issue 16, notices)": [
        "powered",
    ]),
    group!("overlay" Overlay, Token, Any, Widget, "modals, popups, overlays, back-to-top buttons": [
        "modal", "popup", "popover", "overlay", "lightbox", "backtotop", "scrolltop", "totop",
        "gototop", "alert",
    ]),
    group!("navigation" Navigation, Prefix, Class, Widget, "jump links ('jump-to-recipe', 'jump-links'); at the start of a class word only: an id names a target, and a '…-jump-section' is the section jumped to": [
        "jump",
    ]),
    group!("chrome" Chrome, Token, Any, Widget, "search boxes, tag clouds, author boxes": [
        "search", "searchform", "tags", "tagcloud", "taglist", "authorbox", "authorbio",
    ]),
    group!("chrome" Chrome, Token, Any, Widget, "star-rating widgets of posts ('kk-star-ratings', 'rmp-rating-widget', 'post-ratings'): a vote box, not the article": [
        "rating", "ratings", "kksr", "postratings",
    ]),
    group!("chrome" Chrome, Token, Any, Widget, "feedback votes under a post or a guide ('was-this-helpful', 'helpful-box', 'article-feedback'): a vote box with its counts, not the article (issue 16, families7)": [
        "helpful", "feedback",
    ]),
    group!("chrome" Chrome, Prefix, Any, Widget, "post counters printed into the post ('post-views-count', 'rt-reading-time', 'span-reading-time'); at the start of a word, since a theme's '…-reading-time-…' may be inside its byline": [
        "post-views", "reading-time", "rt-reading-time", "span-reading-time", "estimated-reading-time",
    ]),
    group!("chrome" Chrome, Segment, Any, Widget, "an author's bio box ('author-bio'); a segment, since 'bio' starts other words": [
        "bio",
    ]),
    group!("chrome" Chrome, Prefix, Any, Widget, "an author box written with punctuation between its words ('author-box', 'author_box-title'), which the token 'authorbox' does not see; at the start of a word, since a post's '…-author-box-link' may be a byline": [
        "author-box",
    ]),
    group!("hidden" Hidden, Word, Any, Widget, "content hidden from sight; whole words only, since 'hidden' inside a word is a state ('field--label-hidden') or a responsive utility ('hidden-xs')": [
        "hidden", "visuallyhidden", "screenreader", "element-invisible", "invisible",
    ]),
    group!("hidden" Hidden, Prefix, Any, Widget, "screen-reader-only variants ('sr-only-focusable', 'visually-hidden-focusable')": [
        "sr-only", "visually-hidden", "screen-reader",
    ]),
    group!("layout" Layout, Token, Any, Weak, "page layout around the article": [
        "header", "footer", "foot", "sidebar", "extra", "extras", "supplemental", "aside",
        "banner", "masthead", "rail", "links", "tools", "utility", "utilities",
    ]),
    group!("layout" Layout, Prefix, Any, Weak, "widget areas ('widget', 'widget_text', 'widgets-sidebar'); only at the start of a word, since page builders name every module '…-widget-…' ('elementor-widget-container')": [
        "widget", "widgets",
    ]),
    group!("layout" Layout, Word, Any, Weak, "top and bottom bars; whole words only, since 'top' and 'bottom' are in utility and border classes ('margin-top-4', 'border--top')": [
        "top", "bottom",
    ]),
    group!("meta" Meta, Token, Any, Weak, "metadata around the article: bylines, dates, captions, kickers": [
        "byline", "dateline", "date", "timestamp", "time", "author", "credit", "credits",
        "caption", "categories", "category", "badge", "kicker", "eyebrow", "headline", "title",
        "firma", "autor", "auteur", "fecha", "datum",
    ]),
    group!("meta" Meta, Segment, Any, Weak, "short metadata words; a segment of their own ('entry-meta', 'post-info')": [
        "meta", "info",
    ]),
    group!("meta" Meta, Word, Any, Weak, "a label; whole words only, since Drupal marks field wrappers 'field--label-hidden'/'field--label-above'": [
        "label",
    ]),
    group!("content" Content, Token, Any, Positive, "names of the article's own containers": [
        "article", "articlebody", "body", "content", "entry", "post", "story", "text", "main",
        "blog", "hentry", "prose", "richtext", "copy", "page", "single", "news", "detail",
        "storycontent", "postcontent", "entrycontent", "articletext", "paragraph",
    ]),
    group!("state" State, Prefix, Any, State, "a word opening with a state ('has-sidebar', 'no-ads', 'is-hidden') says what the element has, not what it is; 'ctxt' opens the MathJax menu marker 'CtxtMenu_Attached_0'": [
        "has", "with", "without", "no", "show", "hide", "enable", "disable", "is", "supports",
        "ctxt",
    ]),
];

// Marker words: class/id tokens that are no rule of their own (they prune
// nothing) but mark an element for a later step. Matched as any token, like
// the token-scope rules.

/// Tokens naming an image caption or credit.
pub const CAPTION_TOKENS: &[&str] = &["caption", "credit", "credits", "figcaption"];

/// Tokens naming the site's logo or brand block, whose text is a site
/// name.
pub const BRAND_TOKENS: &[&str] = &["logo", "brand", "sitename", "sitetitle", "branding"];

/// Tokens naming a logo image, whose `alt` is a site name.
pub const LOGO_TOKENS: &[&str] = &["logo", "brand", "branding"];

/// Class or id tokens of the wrappers feed and auto-blog plugins put around
/// their "source" link (WP RSS Aggregator, Feedzy, WPeMatico, FeedWordPress,
/// CyberSEO, RSS Post Importer, WP Automatic...).
#[rustfmt::skip]
pub const PLUGIN_TOKENS: &[&str] = &[
    "wprss", "feedzy", "wpematico", "feedwordpress", "cyberseo", "rsspi", "wpautomatic",
    "syndication", "syndicated", "sourcelink", "originalsource", "original", "source",
    "sources", "attribution",
];
