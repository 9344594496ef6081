//! The syndication stripper's knowledge as data: marker lines of
//! auto-blogging and feed plugins, widget phrases, file-name slug words and
//! the plugin classes that wrap a "source" link.
//!
//! Each list is one typed [`TextRule`] of [`TEXT_RULES`] (in
//! [`super::phrases`]), which states its scope, case, kind and why it
//! exists.
//!
//! All text patterns are matched lowercase against a block whose
//! whitespace is collapsed. Add your own through
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
    "aller à la source", "vai alla fonte", "ir para a fonte", "naar de bron", "nota original",
    "ver nota original", "matéria original", "artigo original", "articolo originale",
    "originalartikel", "artículo original",
    // the bare "source" label beyond Western Europe (as in
    // [`MARKER_PREFIXES`]): Polish, Czech, Slovak, Russian, Ukrainian,
    // Turkish, Indonesian/Malay, Vietnamese, Arabic, Japanese, Chinese
    "źródło", "zdroj", "источник", "джерело", "kaynak", "sumber", "nguồn", "المصدر", "出典",
    "来源", "來源", "出处", "出處",
    // and in the Nordic languages, Finnish, Hungarian, Romanian, Greek
    // and Korean (the same plugins' and editors' label)
    "källa", "kilde", "lähde", "forrás", "sursa", "sursă", "πηγή", "출처",
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
    "content retrieved from",
    // other UI languages
    "quelle:", "fuente:", "fonte:", "source :", "bron:", "publicado originalmente",
    "ursprünglich veröffentlicht", "textquelle:", "text- und bildquelle:",
    "bild- und textquelle:", "crédit :", "crédit:", "crédits :", "crédits:", "crédito:",
    "créditos:", "crediti:",
    // "source:" in the UI languages beyond Western Europe (Polish,
    // Czech/Slovak, Russian/Ukrainian, Turkish, Indonesian/Malay,
    // Vietnamese, Arabic), and with the full-width colon of Japanese and
    // Chinese
    "źródło:", "zdroj:", "источник:", "джерело:", "kaynak:", "sumber:", "nguồn:", "المصدر:",
    "出典：", "出典:", "来源：", "来源:", "來源：", "來源:", "出处：", "出處：",
    // and in the Nordic languages (Swedish, Danish/Norwegian), Finnish,
    // Hungarian, Romanian (with and without the breve), Greek and Korean
    "källa:", "kilde:", "lähde:", "forrás:", "sursa:", "sursă:", "πηγή:", "출처:",
];

/// Marker prefixes that say only "republished" when there is no link to
/// another host: they need the head/tail position and a short block.
#[rustfmt::skip]
pub const WEAK_MARKERS: &[&str] = &[
    "via ", "via:", "author:", "credit:", "credits:", "crédit :", "crédit:", "crédits :",
    "crédits:", "crédito:", "créditos:", "crediti:",
];

/// Words between a marker phrase and the outlet's name that say where at
/// the outlet the post was found ("syndicated from the RSS feed of
/// Outlet", "paru sur le site de Outlet"), lowercase: not part of the name.
#[rustfmt::skip]
pub const OUTLET_LEADS: &[&str] = &[
    "the rss feed of ", "the rss feed from ", "the feed of ", "the website of ",
    "the site of ", "le fil rss de ", "le site web de ", "le site internet de ", "le site de ",
    "el feed de ", "el sitio web de ", "el sitio de ", "la web de ", "dem rss-feed von ",
    "der website von ", "der webseite von ", "il feed rss di ", "il sito di ", "o site de ",
    "o feed de ", "einem feed von ", "einem rss-feed von ", "dem feed von ",
];

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
    // Yoast SEO's Italian RSS footer.
    ("l'articolo ", " sembra essere il primo su "), ("l’articolo ", " sembra essere il primo su "),
    ("het bericht ", " verscheen eerst op "),
];

/// Marker prefixes in the other UI languages of the feed plugins and of
/// the credit lines editors write under a reprint.
#[rustfmt::skip]
pub const MARKER_PREFIXES_INTL: &[&str] = &[
    "weiterlesen auf", "weiterlesen bei", "zum originalartikel", "zuerst erschienen",
    "erschien zuerst bei", "erschien zuerst auf", "erschien zuerst", "erschien ursprünglich auf",
    "erschien ursprünglich bei", "erschien ursprünglich in", "paru initialement sur",
    "paru initialement dans", "initialement paru sur", "publié initialement sur",
    "initialement publié sur", "publié à l'origine sur", "publié à l’origine sur",
    "publiée à l'origine sur", "publiée à l’origine sur", "paru à l'origine sur",
    "paru à l’origine sur", "mit material von", "lire la suite sur", "lire l'article sur",
    "lire l’article sur", "voir la source", "voir l'article", "article original", "avec ",
    "source de l'article", "leer más en", "seguir leyendo en", "ir a la fuente", "ver fuente",
    "con información de", "vía:", "vía ", "artículo original", "leia mais em", "continue lendo em",
    "fonte originale", "leggi su", "leggi l'articolo", "leggi l’articolo",
    "lire l'article complet sur", "lire l’article complet sur", "den vollständigen artikel finden sie",
    "den vollständigen artikel lesen sie", "den ganzen artikel lesen sie",
    "lee la noticia completa en", "lee el artículo completo en", "leia a matéria completa em",
    "leia a notícia completa em",
    // "first published by" in the same languages
    "first published by", "publicado por primera vez por", "publicado pela primeira vez por",
    "publié pour la première fois par", "pubblicato per la prima volta da",
    "zuerst veröffentlicht von", "erstmals veröffentlicht von",
    // "republished from" in the same languages (a Creative Commons
    // republication note: "Cet article est republié à partir de Outlet
    // sous licence Creative Commons")
    "republié à partir de", "republié depuis", "republiée à partir de", "republiée depuis",
    "republicado a partir de", "republicada a partir de", "republicado desde",
    "republicada desde", "republicado de", "republicada de", "ripubblicato da", "ripubblicata da", "wiederveröffentlicht von",
    "erneut veröffentlicht von", "opnieuw gepubliceerd van",
    // "read more at <outlet>" beyond Western Europe: Polish, Czech,
    // Russian, Ukrainian, Turkish, Indonesian, Vietnamese, Arabic,
    // Japanese, Chinese (simplified and traditional)
    "czytaj więcej na", "czytaj dalej na", "czytaj całość na", "przeczytaj więcej na",
    "čtěte více na", "celý článek na", "celý článek čtěte na",
    "читать полностью на", "читать далее на", "читать подробнее на", "подробнее читайте на",
    "читати повністю на", "читати далі на", "детальніше читайте на",
    "haberin devamı için", "haberin tamamı için", "devamını oku",
    "baca selengkapnya di", "baca berita selengkapnya di", "baca artikel lengkapnya di",
    "đọc thêm tại", "đọc tiếp tại", "đọc toàn bộ bài viết tại", "xem chi tiết tại",
    "اقرأ المزيد على", "اقرأ المزيد في", "اقرأ الخبر كاملا على", "اقرأ الخبر كاملاً على",
    "続きを読む", "全文を読む", "阅读全文", "阅读原文", "查看原文", "閱讀全文", "閱讀原文",
];

/// English credit lines of reprints and wire copy that name the outlet.
#[rustfmt::skip]
pub const MARKER_PREFIXES_CREDIT: &[&str] = &[
    "courtesy of", "courtesy:", "reprinted from", "reprinted with permission from",
    "with inputs from", "inputs from", "click here to read the full article",
    "click here to read more", "read the full story on", "this post was autoblogged",
    "autoblogged from", "published via", "imported from", "content provided by",
];

/// Glyphs that point to a link ("→ outlet.example", "» outlet.example"):
/// before a link whose text names the host it leads to, as the whole of
/// a line, a credit to the original. Alone they say nothing (a menu's,
/// a "read more »" button's arrows).
#[rustfmt::skip]
pub const POINTER_GLYPHS: &[&str] = &[
    "→", "⇒", "⇨", "➔", "➜", "➝", "➞", "➡", "⟶", "⮕", "↗", "▶", "►", "▸", "»", "›", ">>", "->",
];

/// Class or id tokens of feed plugins' source-link wrappers; they live
/// with the class/id vocabulary in [`crate::rules::table`].
pub use super::table::PLUGIN_TOKENS;

/// Openings of a software credit: the CMS's, the theme's or a plugin's
/// line naming the software that built or filled the page ("Powered by
/// WPeMatico", "Theme by …"). Inside a plugin's wrapper, anywhere in the
/// block around its link; in the post, the opening of a short line whose
/// rest is one link to another host.
#[rustfmt::skip]
pub const SOFTWARE_CREDITS: &[&str] = &[
    "powered by", "theme by", "designed by", "built with", "bereitgestellt von",
    "propulsé par", "con la tecnología de",
];

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
    // chat: "need help?" in the other UI languages (with the straight and
    // the typographic apostrophe, and French's space before "?")
    "besoin d'aide ?", "besoin d’aide ?", "besoin d'aide?", "besoin d’aide?",
    "¿necesitas ayuda?", "¿necesita ayuda?", "brauchen sie hilfe?", "brauchst du hilfe?",
    "hai bisogno di aiuto?", "precisa de ajuda?",
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
    // "written by" and "updated on" in the same languages
    "geschrieben von", "écrit par", "escrito por", "scritto da", "geschreven door",
    "updated on", "last updated", "aktualisiert am", "zuletzt aktualisiert", "mis à jour le",
    "actualizado el", "atualizado em", "aggiornato il", "ultimo aggiornamento", "bijgewerkt op",
    // a wire story's credit line ("Reporting by X; Editing by Y")
    "reporting by", "additional reporting by", "editing by",
    // an image credit left as a line of its own
    "image by", "photo by", "photo credit:", "image credit:", "featured image:",
    "immagine di", "foto di", "imagen de", "bild:",
];

/// Nouns of what a theme counts beside the post: reading time, views,
/// comments, shares, lowercase. With one number and at most two other
/// words (a label: "Tempo di lettura: 6 minuti", "Visualizzazioni: 579",
/// "1.234 visualizaciones"), a short line at the post's edge is a counter.
#[rustfmt::skip]
pub const COUNT_NOUNS: &[&str] = &[
    "min", "mins", "minute", "minutes", "views", "reads", "comments", "shares", "likes",
    "minuten", "aufrufe", "ansichten", "kommentare", "lesezeit", "vues", "lectures",
    "commentaires", "partages", "lecture", "minutos", "visualizaciones", "vistas", "visitas",
    "lecturas", "comentarios", "lectura", "visualizações", "leituras", "comentários", "leitura",
    "minuti", "visualizzazioni", "letture", "commenti", "condivisioni", "lettura",
    // an author box's follower count ("568 followers", "775 abonnés")
    "followers", "follower", "abonnés", "abonnenten", "seguidores", "volgers",
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
    // An aggregator's claim to gather the news "from the sources you
    // trust" (issue 16).
    "sources you trust", "fuentes en las que confías", "fontes em que você confia",
    "fontes em que confia", "fonti di cui ti fidi", "sources en qui vous avez confiance",
    "denen du vertraust", "denen sie vertrauen",
];

/// Image file extensions (lowercase) that make a caption a file name.
#[rustfmt::skip]
pub const IMAGE_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "webp", "gif", "avif", "heic", "heif", "tif", "tiff", "bmp", "svg",
];

/// Last parts of a CMS's renamed uploads ("photo-scaled", "photo-rotated").
#[rustfmt::skip]
pub const SIZE_WORDS: &[&str] = &[
    "scaled", "rotated", "cropped", "resized", "thumb", "thumbnail", "optimized", "compressed",
];

/// Class words of page builders' and block themes' post-content modules,
/// the container of a single post's body: a positive hint that outweighs
/// the `widget`/`module` words of the class, so a sidebar's post grid does
/// not win over the post (Elementor, Divi, Beaver Themer, Bricks, Oxygen,
/// Breakdance, Avada, the block editor's Post Content block); and the rich
/// text modules a builder splits a post's body into (Elementor's Text
/// Editor, SiteOrigin's Editor widget, whose panel is a `widget` too).
#[rustfmt::skip]
pub const POST_CONTENT_WIDGETS: &[&str] = &[
    "elementor-widget-theme-post-content", "et_pb_post_content", "fl-module-fl-post-content",
    "brxe-post-content", "oxy-post-content", "bde-post-content", "fusion-content-tb",
    "wp-block-post-content", "tb-post-content", "elementor-widget-text-editor",
    "widget_sow-editor", "so-widget-sow-editor",
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

/// Words periodicals name themselves with (a newspaper, a gazette, a
/// daily, the news), lowercase, in the UI languages: a name after a bare
/// credit label ("Créditos: Diario del Valle") that holds one is an
/// outlet's, not a photographer's or an author's. Words that are common
/// given or family names, or everyday words of a person's or a company's
/// name, are left out ("Post", "Star", "Mail", "Echo", "Eco", "Review").
#[rustfmt::skip]
pub const PRESS_NOUNS: &[&str] = &[
    // en
    "news", "newspaper", "gazette", "tribune", "chronicle", "herald", "journal", "observer",
    "courier", "dispatch", "ledger", "bulletin", "daily", "weekly", "magazine", "times",
    "press", "telegraph", "examiner", "sentinel",
    // de
    "zeitung", "tageszeitung", "tageblatt", "tagblatt", "rundschau", "anzeiger", "kurier",
    "nachrichten", "presse", "zeitschrift", "magazin", "wochenblatt", "abendblatt",
    "morgenpost", "bote",
    // fr
    "courrier", "quotidien", "dépêche", "hebdo", "nouvelles", "actu", "actualités", "voix",
    // es
    "diario", "periódico", "gaceta", "noticias", "crónica", "heraldo", "correo", "semanario",
    "prensa", "revista", "noticiero", "voz",
    // it
    "giornale", "gazzetta", "gazzettino", "corriere", "notizie", "cronaca", "quotidiano",
    "messaggero", "settimanale", "rivista", "voce",
    // pt
    "jornal", "folha", "diário", "gazeta", "notícias", "correio", "tribuna", "semanário",
    "crônica",
    // nl
    "krant", "dagblad", "nieuws", "courant",
    // pl
    "gazeta", "dziennik", "tygodnik", "wiadomości", "głos", "nowiny", "trybuna", "kronika",
    "wieści",
    // cs, sk
    "noviny", "deník", "denník", "týdeník", "zprávy", "správy", "listy",
    // ru, uk
    "газета", "вести", "новости", "известия", "правда", "курьер", "вестник", "ведомости",
    "журнал", "хроника", "вісті", "новини", "вісник",
    // tr
    "gazete", "gazetesi", "haber", "haberler", "haberleri", "postası", "dergi", "dergisi",
    "günlük",
    // id, ms
    "harian", "koran", "berita", "kabar", "warta", "suara", "majalah", "mingguan",
    // vi: "báo" (a newspaper), "tin" (the news: "Tin Tức", "Tin Nhanh")
    "báo", "tin",
    // ar (with and without the article)
    "جريدة", "الجريدة", "صحيفة", "الصحيفة", "أخبار", "الأخبار", "مجلة", "المجلة", "يومية",
    "اليومية", "أنباء", "الأنباء",
    // ja, zh: written without spaces, they close the name's word ("湖北新聞")
    "新聞", "日報", "新報", "時報", "タイムズ", "ニュース", "日报", "时报", "晚报", "早报",
    "新闻", "周刊", "晚報", "早報", "週刊",
];

/// The definite articles a periodical's title opens with, written with
/// their capital ("The Herald", "Le Monde", "La Stampa", "El Heraldo",
/// "Il Giornale", "O Globo", "Die Zeit", "Het Parool"), as the first word
/// of a name: a closed class of each language's grammar, not names. A
/// name after a bare source label that opens with one is a title, and a
/// bracketed "(Source: Title)" that is the post's whole last block
/// credits the outlet it names (`credit.bracketed-source-title`). A
/// ministry or an office cited for a fact is named by its noun ("Source :
/// ministère de la Santé", "Kaynak: Ulaştırma Bakanlığı", "Fonte:
/// Istat"). "L" is the elided article of French and Italian, matched only
/// before its apostrophe ("L'Écho du Bocage"). Left out: the articles
/// that are as often a name's particle or another word ("De", "A", "I",
/// "As", "Los" as in "Los Angeles", "Al").
#[rustfmt::skip]
pub const TITLE_ARTICLES: &[&str] = &[
    "The", "Le", "La", "Les", "L", "El", "Las", "Il", "Lo", "Gli", "O", "Os", "Der", "Die",
    "Das", "Het",
];

/// Words of a credit label that name what the label credits as the
/// post's text or its source, lowercase: a label of credit words that
/// holds one ("Text & Bild:", "Crédits texte :", "Originalquelle:", a
/// German compound ending in one) credits the article, so the name or
/// the link after it is the outlet the post came from. A label of image
/// words only ("Foto:", "Bildquelle:") credits a picture.
/// The source words of [`SOURCE_LABELS`] ("Quelle", "Originalquelle")
/// count as much, in a label with no image word ([`IMAGE_LABELS`]):
/// "Image Source:" credits a picture.
/// A label naming the post's publisher ("Publisher:", "Testata:",
/// "Veículo:") credits its source as much.
#[rustfmt::skip]
pub const TEXT_LABELS: &[&str] = &[
    "text", "texte", "texto", "testo", "tekst",
    // the publisher
    "publisher", "verlag", "herausgeber", "éditeur", "medio", "testata", "editore", "veículo",
    "uitgever",
];

/// The words of [`SOURCE_LABELS`] that name an image, lowercase: a credit
/// label holding one and no text word ("Foto:", "Image Source:",
/// "Bildquelle:") credits a picture, not the post.
#[rustfmt::skip]
pub const IMAGE_LABELS: &[&str] = &["photo", "image", "foto", "bild", "imagen", "imagem", "immagine"];

/// Words that say a post was published elsewhere first, or taken over
/// from there, lowercase: in a short sentence at the post's edge in
/// which the post names itself ([`POST_SELF_REFERENCES`]), one of these
/// makes the sentence a credit of its origin ("This article was
/// originally published by Outlet", "Dieser Artikel wurde automatisch von
/// Outlet übernommen"), and the name that closes it the outlet's.
/// "Republished" and "reprinted" are left out: they point either way
/// ("reprinted on Outlet" names where the post went, not where it came
/// from).
#[rustfmt::skip]
pub const ORIGIN_WORDS: &[&str] = &[
    "originally", "first", "automatically", "ursprünglich", "zuerst", "übernommen",
    "automatisch", "initialement", "originellement", "automatiquement", "originalmente",
    "automáticamente", "originariamente", "automaticamente", "oorspronkelijk", "overgenomen",
    // taken from another's feed ("… auto-generated from a syndicated feed
    // of Outlet")
    "syndicated",
];

/// Phrases of a sentence that gives the rights of a text to their owners
/// ("All rights belong to their respective owners"), lowercase: closing
/// a credit line, such a sentence is the credit's small print, not the
/// post's prose, and the line is read without it.
#[rustfmt::skip]
pub const RIGHTS_OWNERS: &[&str] = &[
    "rights belong to", "respective owners", "droits appartiennent", "propriétaires respectifs",
    "derechos pertenecen", "respectivos dueños", "respectivos propietarios", "direitos pertencem",
    "respectivos proprietários", "respetivos proprietários", "diritti appartengono",
    "rispettivi proprietari", "rechte liegen bei", "jeweiligen eigentümer",
    "jeweiligen rechteinhaber", "rechten behoren toe",
];

/// Words that join a byline's name to the outlet the author wrote for
/// ("Story by Name for Outlet", "Von Name für Outlet"), lowercase.
#[rustfmt::skip]
pub const BYLINE_FOR_WORDS: &[&str] = &["for", "für", "pour", "para", "per", "voor"];

/// Labels of a credit line that may name a photo's or a figure's source
/// as well as an article's ("(Source: Agency)"), lowercase.
#[rustfmt::skip]
pub const SOURCE_LABELS: &[&str] = &[
    "source", "sources", "quelle", "fuente", "fonte", "bron", "photo", "image", "foto", "bild",
    "imagen", "imagem", "immagine",
    // beyond Western Europe (as in [`MARKER_PREFIXES`])
    "źródło", "zdroj", "источник", "джерело", "kaynak", "sumber", "nguồn", "المصدر", "出典",
    "来源", "來源", "出处", "出處",
];

/// Words saying a text is reproduced from its owner, lowercase: after a
/// copyright line's name ("© Outlet. Reproduced with permission."), they
/// make the name an outlet whose text the post copied.
#[rustfmt::skip]
pub const REPRODUCTION_WORDS: &[&str] = &[
    "reproduced", "reprinted", "republished", "reproducido", "reproducida", "republicado",
    "republicada", "reproduzido", "reproduzida", "reproduit", "reproduite", "republié",
    "republiée", "riprodotto", "riprodotta", "ripubblicato", "ripubblicata", "nachdruck",
    "nachgedruckt", "abdruck", "overgenomen",
];

/// What a theme prints where a byline's name goes when the post has no
/// author of its own (the CMS's default user, the newsroom), lowercase:
/// alone at the post's edge, such a line is the theme's byline. English
/// newsrooms sign as "Staff" and "Staff Writer" as often as "Staff
/// Reporter" (the general table of the concept, not one entry per page).
#[rustfmt::skip]
pub const PLACEHOLDER_AUTHORS: &[&str] = &[
    "admin", "administrator", "webmaster", "redaktion", "rédaction", "la rédaction",
    "redacción", "redazione", "redação", "news desk", "staff", "staff reporter", "staff writer",
    "editorial team",
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
    "esta entrada", "dieser text", "este post", "questo post", "ce billet", "dieser post",
];

pub use super::phrases::{Case, Patterns, TextConcept, TextKind, TextRule, TextScope, TEXT_RULES};

/// The name an image editor or a design tool gives a new document before
/// it is saved ("Untitled", "Untitled design"), in the usual UI languages,
/// lowercase: an upload under that name is captioned with it by the CMS,
/// not by an editor (rule `caption.untitled-upload`).
#[rustfmt::skip]
pub const UNTITLED_UPLOADS: &[&str] = &[
    "untitled", "untitled design", "unbenannt", "ohne titel", "sans titre", "sin título",
    "senza titolo", "sem título", "zonder titel", "naamloos", "bez tytułu", "bez názvu",
    "namnlös", "uden titel", "uten tittel", "nimetön", "névtelen", "adsız",
];

/// What tools append to an upload's file name (a compressor's `-min`,
/// WordPress's editor's `-edited`, a copy's `-copy`), beside
/// [`SIZE_WORDS`] and counters, lowercase.
#[rustfmt::skip]
pub const UPLOAD_MARKS: &[&str] = &["min", "edited", "copy"];

/// The name a screenshot tool saves a capture under before anyone names
/// it, lowercase: Windows' Snipping Tool's "Capture", the "Screenshot" /
/// "Screen Shot" of Windows, macOS and Android, and macOS's name in its
/// usual UI languages. An upload under that name (with the tool's date,
/// time or counter after it) is captioned with it by the CMS, not by an
/// editor (rule `caption.capture-upload`).
#[rustfmt::skip]
pub const CAPTURE_NAMES: &[&str] = &[
    "capture", "screenshot", "screen shot", "capture d’écran", "capture d'écran",
    "bildschirmfoto", "schermafbeelding", "captura de pantalla", "captura de tela",
    "schermata", "zrzut ekranu", "skärmavbild", "skærmbillede",
];
