//! The generator's vocabulary, as data, in one place.
//!
//! Written from what the real plugins, themes and widgets print (their
//! default strings and markup as site owners leave them), NOT from the
//! stripper's rules: the point of the corpus is to catch what the rules do
//! not know. Do not import anything from `gleaner::rules` or
//! `gleaner::syndication` here, and do not trim this list to what passes.
//!
//! Where the strings come from (as remembered from the products' default
//! output, not copied from any site):
//! - autoblog credits: WP RSS Aggregator / Feed to Post ("Go to Source",
//!   "Author:", "Source: … | Published on"), Feedzy ("Source:", "Read
//!   More"), WPeMatico ("Read more at:", the "Powered by WPeMatico" credit),
//!   WP Automatic ("Source link"), CyberSEO ("via"), Autoblogged ("Read the
//!   original article at"), IFTTT feed-to-Blogger ("via Outlet URL"),
//!   Yoast's RSS footer carried by importers in four languages ("The post …
//!   appeared first on", "Der Beitrag … erschien zuerst auf", "L’article …
//!   est apparu en premier sur", "La entrada … se publicó primero en"),
//!   Medium's import footer, WordPress Press This, the Newspaper theme's
//!   SOURCE field, logo boxes, and hand-typed credits ("Courtesy:", "With
//!   inputs from", "Mit Material von", "(Avec …)", "Con información de");
//! - chat widgets: Tidio, Tawk.to, Crisp, Intercom, LiveChat, Drift,
//!   HubSpot, Zendesk, JivoChat, Join.chat and Click to Chat (WhatsApp),
//!   Facebook customer chat, Smartsupp;
//! - consent banners: CookieYes, GDPR Cookie Consent (CookieLawInfo),
//!   Complianz, Cookiebot, OneTrust, Cookie Notice, Borlabs, tarteaucitron,
//!   GDPR Cookie Compliance;
//! - share bars: AddToAny, Jetpack sharing and likes, Social Warfare, Sassy
//!   Social Share, Shared Counts, theme share lists; newsletter boxes:
//!   MC4WP, The Newsletter Plugin, Substack, Ghost members, Elementor forms;
//!   related posts: YARPP, Jetpack Related Posts, Contextual Related Posts,
//!   block-theme query loops, theme grids; ads: Ad Inserter, Newspaper ad
//!   spots, Quads, Taboola, Outbrain; Easy Table of Contents;
//! - WordPress core strings (comment form, post navigation, widgets) in
//!   the en_US, de_DE, fr_FR and es_ES translations;
//! - file names as cameras (Canon, Nikon, Sony, Fujifilm, Panasonic),
//!   phones (iPhone, Pixel, Android screenshots, WhatsApp), macOS and
//!   Windows screenshots, Canva and stock agencies (Shutterstock, Getty,
//!   iStock, Adobe Stock, Pexels) name them, with WordPress's `-scaled`,
//!   `-WxH` and `-e<timestamp>` suffixes.
//!
//! Placeholders filled by the generator:
//! `{site}` the spam site's name, `{domain}` its host, `{home}` its home URL,
//! `{url}` the original article's URL, `{outlet}` the original outlet's name,
//! `{ohome}` the outlet's home URL, `{author}` the original author,
//! `{author_slug}`, `{title}` the headline, `{date}` a formatted date,
//! `{n}` a small number, `{img}` an image URL, `{slug}` the post slug,
//! `{share_url}` the page URL (percent-encoded).

/// Languages of the sites' interface and articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    De,
    Fr,
    Es,
    /// Only in the appended families.
    It,
    /// Only in the appended families.
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::It, Lang::Pt];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
        }
    }
}

/// The interface strings of a theme in one language (WordPress core and
/// theme translations as they ship).
pub struct Ui {
    pub lang: Lang,
    pub html_lang: &'static str,
    pub menu: &'static [&'static str],
    pub top_menu: &'static [&'static str],
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub read_more: &'static str,
    pub by: &'static str,
    pub posted_on: &'static str,
    pub no_comments: &'static str,
    pub share: &'static str,
    pub related: &'static str,
    pub recent_posts: &'static str,
    pub popular: &'static str,
    pub categories: &'static str,
    pub archives: &'static str,
    pub tags: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub home: &'static str,
    pub rights: &'static str,
    pub about: &'static str,
    pub privacy: &'static str,
    pub contact: &'static str,
    pub leave_reply: &'static str,
    pub cancel_reply: &'static str,
    pub email_notes: &'static str,
    pub comment_label: &'static str,
    pub name_label: &'static str,
    pub email_label: &'static str,
    pub website_label: &'static str,
    pub save_info: &'static str,
    pub post_comment: &'static str,
    pub thoughts_on: &'static str,
    pub says: &'static str,
    pub reply: &'static str,
    pub advertisement: &'static str,
    pub newsletter_title: &'static str,
    pub newsletter_text: &'static str,
    pub email_placeholder: &'static str,
    pub subscribe_btn: &'static str,
    pub newsletter_privacy: &'static str,
    pub toc: &'static str,
    pub months: [&'static str; 12],
    pub category_names: &'static [&'static str],
    pub about_text: &'static str,
    pub follow_us: &'static str,
    pub you_may_like: &'static str,
    pub read_also: &'static str,
    pub min_read: &'static str,
    pub views: &'static str,
    pub breaking: &'static str,
    pub author_box: &'static str,
    pub author_bio: &'static str,
    pub last_updated: &'static str,
    pub posted_in: &'static str,
    pub sponsored: &'static str,
    pub learn_more: &'static str,
    pub see_all: &'static str,
    pub sign_in: &'static str,
    pub follow: &'static str,
    pub written_by: &'static str,
    pub more_from: &'static str,
    pub skip: &'static str,
    pub powered_wp: &'static str,
    pub like_this: &'static str,
    pub loading: &'static str,
}

pub static UI: [Ui; 4] = [
    Ui {
        lang: Lang::En,
        html_lang: "en-US",
        menu: &["Home", "News", "World", "Business", "Tech", "Sports", "Entertainment", "Health", "Contact Us"],
        top_menu: &["About Us", "Advertise", "Privacy Policy", "Contact"],
        search: "Search",
        search_placeholder: "Search …",
        read_more: "Read More »",
        by: "By",
        posted_on: "Posted on",
        no_comments: "0 Comments",
        share: "Share this:",
        related: "Related Posts",
        recent_posts: "Recent Posts",
        popular: "Popular Posts",
        categories: "Categories",
        archives: "Archives",
        tags: "Tags:",
        prev: "Previous Post",
        next: "Next Post",
        home: "Home",
        rights: "All rights reserved.",
        about: "About Us",
        privacy: "Privacy Policy",
        contact: "Contact",
        leave_reply: "Leave a Reply",
        cancel_reply: "Cancel reply",
        email_notes: "Your email address will not be published. Required fields are marked *",
        comment_label: "Comment *",
        name_label: "Name *",
        email_label: "Email *",
        website_label: "Website",
        save_info: "Save my name, email, and website in this browser for the next time I comment.",
        post_comment: "Post Comment",
        thoughts_on: "thoughts on",
        says: "says:",
        reply: "Reply",
        advertisement: "Advertisement",
        newsletter_title: "Subscribe to our Newsletter",
        newsletter_text: "Get the latest news and updates delivered straight to your inbox.",
        email_placeholder: "Your email address",
        subscribe_btn: "Subscribe",
        newsletter_privacy: "We respect your privacy. Unsubscribe at any time.",
        toc: "Table of Contents",
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        category_names: &["News", "World", "Business", "Technology", "Lifestyle", "Local", "Uncategorized"],
        about_text: "{site} brings you the latest news, trending stories and in-depth reports from around the world, updated around the clock.",
        follow_us: "Follow Us",
        you_may_like: "You May Like",
        read_also: "Also Read:",
        min_read: "min read",
        views: "Views",
        breaking: "Breaking News",
        author_box: "About the Author",
        author_bio: "{author} is a staff writer at {site} covering trending stories, business and technology.",
        last_updated: "Last updated:",
        posted_in: "Posted in",
        sponsored: "Sponsored",
        learn_more: "Learn More",
        see_all: "See All",
        sign_in: "Sign in",
        follow: "Follow",
        written_by: "Written by",
        more_from: "More from",
        skip: "Skip to content",
        powered_wp: "Proudly powered by WordPress",
        like_this: "Like this:",
        loading: "Loading...",
    },
    Ui {
        lang: Lang::De,
        html_lang: "de-DE",
        menu: &["Startseite", "Nachrichten", "Politik", "Wirtschaft", "Digital", "Sport", "Kultur", "Gesundheit", "Kontakt"],
        top_menu: &["Über uns", "Werbung", "Datenschutzerklärung", "Impressum"],
        search: "Suche",
        search_placeholder: "Suchen …",
        read_more: "Weiterlesen »",
        by: "Von",
        posted_on: "Veröffentlicht am",
        no_comments: "0 Kommentare",
        share: "Teilen mit:",
        related: "Ähnliche Beiträge",
        recent_posts: "Neueste Beiträge",
        popular: "Beliebte Beiträge",
        categories: "Kategorien",
        archives: "Archive",
        tags: "Schlagwörter:",
        prev: "Vorheriger Beitrag",
        next: "Nächster Beitrag",
        home: "Startseite",
        rights: "Alle Rechte vorbehalten.",
        about: "Über uns",
        privacy: "Datenschutzerklärung",
        contact: "Kontakt",
        leave_reply: "Schreibe einen Kommentar",
        cancel_reply: "Antworten abbrechen",
        email_notes: "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        comment_label: "Kommentar *",
        name_label: "Name *",
        email_label: "E-Mail *",
        website_label: "Website",
        save_info: "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.",
        post_comment: "Kommentar abschicken",
        thoughts_on: "Gedanken zu",
        says: "sagt:",
        reply: "Antworten",
        advertisement: "Anzeige",
        newsletter_title: "Newsletter abonnieren",
        newsletter_text: "Melde dich für unseren Newsletter an und verpasse keine Neuigkeiten mehr.",
        email_placeholder: "Deine E-Mail-Adresse",
        subscribe_btn: "Anmelden",
        newsletter_privacy: "Kein Spam. Abmeldung jederzeit möglich.",
        toc: "Inhaltsverzeichnis",
        months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        category_names: &["Nachrichten", "Politik", "Wirtschaft", "Digital", "Regional", "Allgemein"],
        about_text: "{site} liefert dir täglich die wichtigsten Nachrichten aus Deutschland und der Welt – schnell, kompakt und verständlich.",
        follow_us: "Folge uns",
        you_may_like: "Das könnte dich auch interessieren",
        read_also: "Lesen Sie auch:",
        min_read: "Min. Lesezeit",
        views: "Aufrufe",
        breaking: "Eilmeldung",
        author_box: "Über den Autor",
        author_bio: "{author} schreibt für {site} über Wirtschaft, Technik und alles, was gerade bewegt.",
        last_updated: "Zuletzt aktualisiert:",
        posted_in: "Veröffentlicht in",
        sponsored: "Gesponsert",
        learn_more: "Mehr erfahren",
        see_all: "Alle anzeigen",
        sign_in: "Anmelden",
        follow: "Folgen",
        written_by: "Geschrieben von",
        more_from: "Mehr von",
        skip: "Zum Inhalt springen",
        powered_wp: "Stolz präsentiert von WordPress",
        like_this: "Gefällt mir:",
        loading: "Wird geladen …",
    },
    Ui {
        lang: Lang::Fr,
        html_lang: "fr-FR",
        menu: &["Accueil", "Actualités", "Monde", "Économie", "High-Tech", "Sport", "Culture", "Santé", "Contact"],
        top_menu: &["Qui sommes-nous", "Publicité", "Politique de confidentialité", "Mentions légales"],
        search: "Rechercher",
        search_placeholder: "Rechercher…",
        read_more: "Lire la suite »",
        by: "Par",
        posted_on: "Publié le",
        no_comments: "0 commentaire",
        share: "Partager :",
        related: "Articles similaires",
        recent_posts: "Articles récents",
        popular: "Articles populaires",
        categories: "Catégories",
        archives: "Archives",
        tags: "Étiquettes :",
        prev: "Article précédent",
        next: "Article suivant",
        home: "Accueil",
        rights: "Tous droits réservés.",
        about: "Qui sommes-nous",
        privacy: "Politique de confidentialité",
        contact: "Contact",
        leave_reply: "Laisser un commentaire",
        cancel_reply: "Annuler la réponse",
        email_notes: "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        comment_label: "Commentaire *",
        name_label: "Nom *",
        email_label: "E-mail *",
        website_label: "Site web",
        save_info: "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
        post_comment: "Laisser un commentaire",
        thoughts_on: "réflexions sur",
        says: "dit :",
        reply: "Répondre",
        advertisement: "Publicité",
        newsletter_title: "Inscrivez-vous à notre newsletter",
        newsletter_text: "Recevez chaque semaine l’essentiel de l’actualité directement dans votre boîte mail.",
        email_placeholder: "Votre adresse e-mail",
        subscribe_btn: "Je m’inscris",
        newsletter_privacy: "Pas de spam. Désinscription en un clic.",
        toc: "Sommaire",
        months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        category_names: &["Actualités", "Monde", "Économie", "Société", "Non classé"],
        about_text: "{site} vous propose chaque jour l’actualité en France et dans le monde, décryptée simplement.",
        follow_us: "Suivez-nous",
        you_may_like: "Vous aimerez aussi",
        read_also: "À lire aussi :",
        min_read: "min de lecture",
        views: "vues",
        breaking: "Dernière minute",
        author_box: "À propos de l’auteur",
        author_bio: "{author} est rédacteur chez {site} et suit l’actualité économique et numérique.",
        last_updated: "Mis à jour le",
        posted_in: "Publié dans",
        sponsored: "Sponsorisé",
        learn_more: "En savoir plus",
        see_all: "Voir tout",
        sign_in: "Se connecter",
        follow: "Suivre",
        written_by: "Écrit par",
        more_from: "Plus de",
        skip: "Aller au contenu",
        powered_wp: "Fièrement propulsé par WordPress",
        like_this: "J’aime ça :",
        loading: "Chargement…",
    },
    Ui {
        lang: Lang::Es,
        html_lang: "es-ES",
        menu: &["Inicio", "Noticias", "Internacional", "Economía", "Tecnología", "Deportes", "Cultura", "Salud", "Contacto"],
        top_menu: &["Quiénes somos", "Publicidad", "Política de privacidad", "Aviso legal"],
        search: "Buscar",
        search_placeholder: "Buscar…",
        read_more: "Leer más »",
        by: "Por",
        posted_on: "Publicado el",
        no_comments: "0 comentarios",
        share: "Compartir:",
        related: "Artículos relacionados",
        recent_posts: "Entradas recientes",
        popular: "Lo más leído",
        categories: "Categorías",
        archives: "Archivos",
        tags: "Etiquetas:",
        prev: "Entrada anterior",
        next: "Entrada siguiente",
        home: "Inicio",
        rights: "Todos los derechos reservados.",
        about: "Quiénes somos",
        privacy: "Política de privacidad",
        contact: "Contacto",
        leave_reply: "Deja una respuesta",
        cancel_reply: "Cancelar la respuesta",
        email_notes: "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
        comment_label: "Comentario *",
        name_label: "Nombre *",
        email_label: "Correo electrónico *",
        website_label: "Web",
        save_info: "Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.",
        post_comment: "Publicar el comentario",
        thoughts_on: "comentarios en",
        says: "dice:",
        reply: "Responder",
        advertisement: "Publicidad",
        newsletter_title: "Suscríbete a nuestro boletín",
        newsletter_text: "Recibe las últimas noticias directamente en tu correo cada mañana.",
        email_placeholder: "Tu correo electrónico",
        subscribe_btn: "Suscribirme",
        newsletter_privacy: "Respetamos tu privacidad. Puedes darte de baja cuando quieras.",
        toc: "Índice",
        months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        category_names: &["Noticias", "Internacional", "Economía", "Sociedad", "Sin categoría"],
        about_text: "{site} te trae cada día las noticias más importantes de España y del mundo, contadas de forma clara.",
        follow_us: "Síguenos",
        you_may_like: "También te puede interesar",
        read_also: "Lee también:",
        min_read: "min de lectura",
        views: "visitas",
        breaking: "Última hora",
        author_box: "Sobre el autor",
        author_bio: "{author} es redactor de {site} y escribe sobre economía, tecnología y sociedad.",
        last_updated: "Última actualización:",
        posted_in: "Publicado en",
        sponsored: "Patrocinado",
        learn_more: "Más información",
        see_all: "Ver todo",
        sign_in: "Iniciar sesión",
        follow: "Seguir",
        written_by: "Escrito por",
        more_from: "Más de",
        skip: "Saltar al contenido",
        powered_wp: "Funciona gracias a WordPress",
        like_this: "Me gusta esto:",
        loading: "Cargando...",
    },
];

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &UI[0],
        Lang::De => &UI[1],
        Lang::Fr => &UI[2],
        Lang::Es => &UI[3],
        // No base-draw site is Italian or Portuguese; the families have
        // their own interface strings.
        Lang::It | Lang::Pt => &UI[0],
    }
}

// ---------------------------------------------------------------------------
// Sites (the spam hosts) and outlets (the originals they copy)
// ---------------------------------------------------------------------------

/// A spam site: name, host, and a tagline of its own.
pub struct Site {
    pub name: &'static str,
    pub domain: &'static str,
    pub lang: Lang,
}

pub static SITES: &[Site] = &[
    Site {
        name: "NewsBuzz Daily",
        domain: "newsbuzzdaily.com",
        lang: Lang::En,
    },
    Site {
        name: "TrendHub Now",
        domain: "trendhubnow.net",
        lang: Lang::En,
    },
    Site {
        name: "Global Info Wire",
        domain: "globalinfowire.com",
        lang: Lang::En,
    },
    Site {
        name: "DailyScoop Media",
        domain: "dailyscoopmedia.co",
        lang: Lang::En,
    },
    Site {
        name: "BizTech Insider Hub",
        domain: "biztechinsiderhub.com",
        lang: Lang::En,
    },
    Site {
        name: "Viral Headlines 24",
        domain: "viralheadlines24.com",
        lang: Lang::En,
    },
    Site {
        name: "The Morning Digest",
        domain: "themorningdigest.org",
        lang: Lang::En,
    },
    Site {
        name: "Pulse of the Nation",
        domain: "pulseofthenation.news",
        lang: Lang::En,
    },
    Site {
        name: "Nachrichten Jetzt",
        domain: "nachrichten-jetzt.de",
        lang: Lang::De,
    },
    Site {
        name: "InfoBlitz24",
        domain: "infoblitz24.de",
        lang: Lang::De,
    },
    Site {
        name: "Tagesecho Online",
        domain: "tagesecho-online.com",
        lang: Lang::De,
    },
    Site {
        name: "Actu Express",
        domain: "actu-express.fr",
        lang: Lang::Fr,
    },
    Site {
        name: "Le Fil Info",
        domain: "lefilinfo.net",
        lang: Lang::Fr,
    },
    Site {
        name: "Monde Direct",
        domain: "mondedirect.info",
        lang: Lang::Fr,
    },
    Site {
        name: "Noticias al Día",
        domain: "noticiasaldia.net",
        lang: Lang::Es,
    },
    Site {
        name: "Diario Viral",
        domain: "diarioviral.com",
        lang: Lang::Es,
    },
    Site {
        name: "El Informador Digital",
        domain: "elinformadordigital.es",
        lang: Lang::Es,
    },
];

/// An original outlet whose articles the spam sites copy.
pub struct Outlet {
    pub name: &'static str,
    pub home: &'static str,
    pub lang: Lang,
}

pub static OUTLETS: &[Outlet] = &[
    Outlet {
        name: "Harbor City Tribune",
        home: "https://www.harborcitytribune.com/",
        lang: Lang::En,
    },
    Outlet {
        name: "The Northfield Ledger",
        home: "https://northfieldledger.com/",
        lang: Lang::En,
    },
    Outlet {
        name: "Metro Wire",
        home: "https://metrowire.news/",
        lang: Lang::En,
    },
    Outlet {
        name: "Coastline Review",
        home: "https://www.coastlinereview.org/",
        lang: Lang::En,
    },
    Outlet {
        name: "Prairie Dispatch",
        home: "https://prairiedispatch.com/",
        lang: Lang::En,
    },
    Outlet {
        name: "Rheinblick Zeitung",
        home: "https://www.rheinblick-zeitung.de/",
        lang: Lang::De,
    },
    Outlet {
        name: "Allgäuer Bote",
        home: "https://www.allgaeuer-bote.de/",
        lang: Lang::De,
    },
    Outlet {
        name: "Le Courrier du Lac",
        home: "https://www.courrierdulac.fr/",
        lang: Lang::Fr,
    },
    Outlet {
        name: "La Voix des Vallées",
        home: "https://lavoixdesvallees.fr/",
        lang: Lang::Fr,
    },
    Outlet {
        name: "Diario del Sur",
        home: "https://www.diariodelsur.es/",
        lang: Lang::Es,
    },
    Outlet {
        name: "El Eco de la Sierra",
        home: "https://ecodelasierra.com/",
        lang: Lang::Es,
    },
];

/// Authors of the original outlets.
pub static AUTHORS: &[&str] = &[
    "Maria Hendricks",
    "Tom Okafor",
    "Jana Weiss",
    "Luc Moreau",
    "Carmen Ruiz",
    "Priya Nair",
    "Daniel Brandt",
    "Sophie Laurent",
    "Javier Ortega",
    "Emily Carter",
];

/// The spam sites' own "authors" (the admin account and friends), per
/// language.
pub static SITE_AUTHORS: [&[&str]; 4] = [
    &[
        "admin",
        "Editorial Team",
        "News Desk",
        "Staff Reporter",
        "webmaster",
    ],
    &["admin", "Redaktion", "Newsdesk"],
    &["admin", "Rédaction", "La rédaction"],
    &["admin", "Redacción", "Equipo editorial"],
];

// ---------------------------------------------------------------------------
// Autoblog credits: what feed-import plugins print around a copied post
// ---------------------------------------------------------------------------

/// What a credit tells about the original.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreditSource {
    /// The link to the original article (`{url}`).
    Url,
    /// A link to the outlet's home page only (`{ohome}`).
    Home,
    /// The outlet named without a link.
    Name,
}

/// One autoblog credit style.
pub struct Credit {
    /// A short id for reports.
    pub id: &'static str,
    /// The plugin or habit it imitates.
    pub plugin: &'static str,
    /// `None`: any language (no words, or words every language uses).
    pub lang: Option<Lang>,
    /// The credit as a block of its own (placed at the top or bottom of the
    /// post, or after it).
    pub block: &'static str,
    /// The credit as inline HTML glued into the first or last paragraph
    /// (after a `<br>` or a space); `None` when the style is always a block.
    pub inline: Option<&'static str>,
    /// What the credit tells.
    pub source: CreditSource,
    /// Where it may stand: top of the post.
    pub top_ok: bool,
}

pub static CREDITS: &[Credit] = &[
    Credit {
        id: "wpra-goto-author",
        plugin: "WP RSS Aggregator Feed to Post",
        lang: Some(Lang::En),
        block: r##"<p><a href="{url}" target="_blank" rel="noopener noreferrer">Go to Source</a><br />Author: {author}</p>"##,
        inline: Some(
            r##"<a href="{url}" target="_blank" rel="noopener noreferrer">Go to Source</a><br />Author: {author}"##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "wpra-goto-split",
        plugin: "WP RSS Aggregator Feed to Post",
        lang: Some(Lang::En),
        block: r##"<p><a href="{url}" target="_blank" rel="nofollow">Go to Source</a></p>
<p>Author: <a href="{ohome}author/{author_slug}/" rel="nofollow">{author}</a></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "wpra-source-published",
        plugin: "WP RSS Aggregator",
        lang: Some(Lang::En),
        block: r##"<div class="wprss-feed-meta"><span class="feed-source">Source: <a href="{ohome}" target="_blank" rel="nofollow">{outlet}</a></span> | <span class="feed-date">Published on {date}</span></div>"##,
        inline: None,
        source: CreditSource::Home,
        top_ok: true,
    },
    Credit {
        id: "wpautomatic-source-link",
        plugin: "WP Automatic",
        lang: None,
        block: r##"<p><a href="{url}" rel="nofollow">Source link</a></p>"##,
        inline: Some(r##"<a href="{url}" rel="nofollow">Source link</a>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "yoast-appeared-first",
        plugin: "Yoast RSS footer carried by any importer",
        lang: Some(Lang::En),
        block: r##"<p>The post <a rel="nofollow" href="{url}">{title}</a> appeared first on <a rel="nofollow" href="{ohome}">{outlet}</a>.</p>"##,
        inline: Some(
            r##"The post <a rel="nofollow" href="{url}">{title}</a> appeared first on <a rel="nofollow" href="{ohome}">{outlet}</a>."##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "feedzy-source",
        plugin: "Feedzy RSS Feeds",
        lang: Some(Lang::En),
        block: r##"<p class="feedzy-source">Source: <a href="{url}" target="_blank" rel="noopener">{outlet}</a></p>"##,
        inline: Some(r##"Source: <a href="{url}" target="_blank" rel="noopener">{outlet}</a>"##),
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "feedzy-read-more",
        plugin: "Feedzy RSS Feeds",
        lang: Some(Lang::En),
        block: r##"<p><a href="{url}" class="feedzy-rss-link-icon" target="_blank" rel="noopener">Read More</a></p>"##,
        inline: Some(r##"[…] <a href="{url}" target="_blank" rel="noopener">Read More</a>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "wpematico-readmore-credit",
        plugin: "WPeMatico",
        lang: Some(Lang::En),
        block: r##"<p>Read more at: <a href="{url}" target="_blank">{url}</a></p>
<p class="wpematico_credit"><small>Powered by <a href="http://www.wpematico.com" target="_blank">WPeMatico</a></small></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "cyberseo-via",
        plugin: "CyberSEO Pro",
        lang: None,
        block: r##"<p>via <a href="{url}" target="_blank">{outlet}</a></p>"##,
        inline: Some(r##"(via <a href="{url}" target="_blank">{outlet}</a>)"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "autoblogged-original",
        plugin: "Autoblogged",
        lang: Some(Lang::En),
        block: r##"<p>Read the original article at <a href="{url}">{outlet}</a>.</p>"##,
        inline: Some(r##"Read the original article at <a href="{url}">{outlet}</a>."##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "ifttt-via-url",
        plugin: "IFTTT feed-to-Blogger applet",
        lang: None,
        block: r##"<div>via {outlet} <a href="{url}">{url}</a></div>"##,
        inline: Some(r##"via {outlet} <a href="{url}">{url}</a>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "originally-published-top",
        plugin: "republishing habit",
        lang: Some(Lang::En),
        block: r##"<p><em>This story was originally published by <a href="{url}">{outlet}</a>. Republished with permission.</em></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "logo-box",
        plugin: "theme source box",
        lang: Some(Lang::En),
        block: r##"<div class="source-box"><a href="{url}" target="_blank" rel="nofollow"><img src="{ohome}wp-content/uploads/logo.png" alt="{outlet} logo" width="120" height="40"></a><div class="source-box-text"><span>Originally published on</span> <a href="{url}" target="_blank" rel="nofollow">{outlet}</a></div></div>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "logo-box-bare",
        plugin: "theme source box",
        lang: None,
        block: r##"<div class="post-source"><a href="{url}" rel="nofollow noopener" target="_blank"><img src="{ohome}logo.svg" alt="{outlet}" class="source-logo"></a></div>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "newspaper-source-tag",
        plugin: "Newspaper theme SOURCE field",
        lang: None,
        block: r##"<div class="td-post-source-tags"><div class="td-post-source-via"><div class="td-post-small-box"><span>SOURCE</span><a rel="nofollow" href="{url}">{outlet}</a></div></div></div>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "click-full-article",
        plugin: "generic importer",
        lang: Some(Lang::En),
        block: r##"<p><strong><a href="{url}" target="_blank" rel="noopener">Click here to read the full article</a></strong></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "continue-reading-on",
        plugin: "RSSImport / feed excerpt",
        lang: Some(Lang::En),
        block: r##"<p class="rssimport-more"><a href="{url}">Continue reading on {outlet} →</a></p>"##,
        inline: Some(r##"<a href="{url}">Continue reading on {outlet} →</a>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "plain-source-en",
        plugin: "manual credit",
        lang: Some(Lang::En),
        block: r##"<p><strong>Source:</strong> {outlet}</p>"##,
        inline: Some(r##"<strong>Source:</strong> {outlet}"##),
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "plain-courtesy-en",
        plugin: "manual credit",
        lang: Some(Lang::En),
        block: r##"<p><em>Courtesy: {outlet}</em></p>"##,
        inline: None,
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "plain-inputs-en",
        plugin: "manual credit",
        lang: Some(Lang::En),
        block: r##"<p>(With inputs from {outlet})</p>"##,
        inline: Some(r##"(With inputs from {outlet})"##),
        source: CreditSource::Name,
        top_ok: false,
    },
    Credit {
        id: "medium-originally-published",
        plugin: "Medium import tool",
        lang: Some(Lang::En),
        block: r##"<p><em>Originally published at <a href="{url}" rel="noopener ugc nofollow" target="_blank">{odomain}</a> on {date}.</em></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "press-this-source",
        plugin: "WordPress Press This",
        lang: Some(Lang::En),
        block: r##"<p>Source: <em><a href="{url}">{title}</a></em></p>"##,
        inline: Some(r##"Source: <em><a href="{url}">{title}</a></em>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "original-article-link",
        plugin: "generic importer",
        lang: Some(Lang::En),
        block: r##"<p><a href="{url}" rel="nofollow" target="_blank">Original Article</a></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "syndicated-from",
        plugin: "syndication habit",
        lang: Some(Lang::En),
        block: r##"<p><small>This post was syndicated from <a href="{url}">{outlet}</a>.</small></p>"##,
        inline: Some(r##"This post was syndicated from <a href="{url}">{outlet}</a>."##),
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "plain-reprinted-en",
        plugin: "manual credit",
        lang: Some(Lang::En),
        block: r##"<p><em>Reprinted with permission from {outlet}.</em></p>"##,
        inline: None,
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "via-colon-link",
        plugin: "CyberSEO / manual",
        lang: None,
        block: r##"<p><strong>Via:</strong> <a href="{url}" target="_blank" rel="nofollow">{outlet}</a></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "de-mit-material",
        plugin: "manual credit (de)",
        lang: Some(Lang::De),
        block: r##"<p><em>Mit Material von {outlet}</em></p>"##,
        inline: Some(r##"(Mit Material von {outlet})"##),
        source: CreditSource::Name,
        top_ok: false,
    },
    Credit {
        id: "fr-avec-outlet",
        plugin: "manual credit (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p>(Avec {outlet})</p>"##,
        inline: Some(r##"(Avec {outlet})"##),
        source: CreditSource::Name,
        top_ok: false,
    },
    Credit {
        id: "es-via-link",
        plugin: "manual credit (es)",
        lang: Some(Lang::Es),
        block: r##"<p>Vía: <a href="{url}" target="_blank">{outlet}</a></p>"##,
        inline: Some(r##"Vía: <a href="{url}" target="_blank">{outlet}</a>"##),
        source: CreditSource::Url,
        top_ok: true,
    },
    // German
    Credit {
        id: "de-quelle-link",
        plugin: "Feedzy / WPeMatico (de)",
        lang: Some(Lang::De),
        block: r##"<p>Quelle: <a href="{url}" target="_blank" rel="noopener">{outlet}</a></p>"##,
        inline: Some(r##"Quelle: <a href="{url}" target="_blank" rel="noopener">{outlet}</a>"##),
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "de-zur-quelle-autor",
        plugin: "WP RSS Aggregator (de)",
        lang: Some(Lang::De),
        block: r##"<p><a href="{url}" target="_blank">Zur Quelle wechseln</a><br />Autor: {author}</p>"##,
        inline: Some(
            r##"<a href="{url}" target="_blank">Zur Quelle wechseln</a><br />Autor: {author}"##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "de-yoast-erschien",
        plugin: "Yoast RSS footer (de)",
        lang: Some(Lang::De),
        block: r##"<p>Der Beitrag <a rel="nofollow" href="{url}">{title}</a> erschien zuerst auf <a rel="nofollow" href="{ohome}">{outlet}</a>.</p>"##,
        inline: Some(
            r##"Der Beitrag <a rel="nofollow" href="{url}">{title}</a> erschien zuerst auf <a rel="nofollow" href="{ohome}">{outlet}</a>."##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "de-weiterlesen",
        plugin: "feed excerpt (de)",
        lang: Some(Lang::De),
        block: r##"<p><a href="{url}">Weiterlesen auf {outlet}</a></p>"##,
        inline: Some(r##"<a href="{url}">Weiterlesen auf {outlet}</a>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "de-quelle-plain",
        plugin: "manual credit (de)",
        lang: Some(Lang::De),
        block: r##"<p><strong>Quelle:</strong> {outlet}</p>"##,
        inline: Some(r##"Quelle: {outlet}"##),
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "de-zuerst-bei",
        plugin: "manual credit (de)",
        lang: Some(Lang::De),
        block: r##"<p><em>Dieser Artikel erschien zuerst bei {outlet}.</em></p>"##,
        inline: None,
        source: CreditSource::Name,
        top_ok: true,
    },
    // French
    Credit {
        id: "fr-source-link",
        plugin: "Feedzy / WPeMatico (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p>Source : <a href="{url}" target="_blank" rel="noopener">{outlet}</a></p>"##,
        inline: Some(r##"Source : <a href="{url}" target="_blank" rel="noopener">{outlet}</a>"##),
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "fr-yoast-apparu",
        plugin: "Yoast RSS footer (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p>L’article <a rel="nofollow" href="{url}">{title}</a> est apparu en premier sur <a rel="nofollow" href="{ohome}">{outlet}</a>.</p>"##,
        inline: Some(
            r##"L’article <a rel="nofollow" href="{url}">{title}</a> est apparu en premier sur <a rel="nofollow" href="{ohome}">{outlet}</a>."##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "fr-lire-suite",
        plugin: "feed excerpt (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p><a href="{url}" target="_blank">Lire la suite sur {outlet}</a></p>"##,
        inline: Some(r##"<a href="{url}" target="_blank">Lire la suite sur {outlet}</a>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "fr-voir-source-auteur",
        plugin: "WP RSS Aggregator (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p><a href="{url}" target="_blank">Aller à la source</a><br />Auteur : {author}</p>"##,
        inline: Some(
            r##"<a href="{url}" target="_blank">Aller à la source</a><br />Auteur : {author}"##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "fr-source-plain",
        plugin: "manual credit (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p><em>Source : {outlet}</em></p>"##,
        inline: Some(r##"Source : {outlet}"##),
        source: CreditSource::Name,
        top_ok: true,
    },
    // Spanish
    Credit {
        id: "es-fuente-link",
        plugin: "Feedzy / WPeMatico (es)",
        lang: Some(Lang::Es),
        block: r##"<p>Fuente: <a href="{url}" target="_blank" rel="noopener">{outlet}</a></p>"##,
        inline: Some(r##"Fuente: <a href="{url}" target="_blank" rel="noopener">{outlet}</a>"##),
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "es-yoast-entrada",
        plugin: "Yoast RSS footer (es)",
        lang: Some(Lang::Es),
        block: r##"<p>La entrada <a rel="nofollow" href="{url}">{title}</a> se publicó primero en <a rel="nofollow" href="{ohome}">{outlet}</a>.</p>"##,
        inline: Some(
            r##"La entrada <a rel="nofollow" href="{url}">{title}</a> se publicó primero en <a rel="nofollow" href="{ohome}">{outlet}</a>."##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "es-ir-fuente-autor",
        plugin: "WP RSS Aggregator (es)",
        lang: Some(Lang::Es),
        block: r##"<p><a href="{url}" target="_blank">Ir a la fuente</a><br />Autor: {author}</p>"##,
        inline: Some(
            r##"<a href="{url}" target="_blank">Ir a la fuente</a><br />Autor: {author}"##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "es-ver-fuente",
        plugin: "WP Automatic (es)",
        lang: Some(Lang::Es),
        block: r##"<p><a href="{url}" rel="nofollow">Ver fuente</a></p>"##,
        inline: Some(r##"<a href="{url}" rel="nofollow">Ver fuente</a>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "es-fuente-plain",
        plugin: "manual credit (es)",
        lang: Some(Lang::Es),
        block: r##"<p><strong>Fuente:</strong> {outlet}</p>"##,
        inline: Some(r##"Fuente: {outlet}"##),
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "es-con-informacion",
        plugin: "manual credit (es)",
        lang: Some(Lang::Es),
        block: r##"<p>Con información de {outlet}</p>"##,
        inline: Some(r##"Con información de {outlet}."##),
        source: CreditSource::Name,
        top_ok: false,
    },
];

// ---------------------------------------------------------------------------
// Image captions that are file names
// ---------------------------------------------------------------------------

/// File-name stems as devices and services produce them; `{n4}` four
/// digits, `{n6}`/`{n7}`/`{n9}` more, `{d}` a date `20230514`, `{t}` a
/// time `142233`, `{ymd}` `2024-02-11`, `{hms}` `10.42.13`, `{slug}` the
/// post slug, `{ms}` a 13-digit epoch in ms.
pub static FILE_STEMS: &[&str] = &[
    "IMG_{n4}",
    "IMG_{d}_{t}",
    "IMG-{d}-WA{n4}",
    "DSC_{n4}",
    "DSC0{n4}",
    "DSCF{n4}",
    "_MG_{n4}",
    "P10{n4}",
    "PXL_{d}_{t}{n3}",
    "PXL_{d}_{t}{n3}.MP",
    "Screenshot {ymd} at {hms}",
    "Screenshot-{ymd}-at-{hms}",
    "Screen Shot {ymd} at {hms} AM",
    "Screen-Shot-{ymd}-at-{hms}-PM",
    "Screenshot_{d}-{t}",
    "Screenshot ({n2})",
    "WhatsApp Image {ymd} at {hms}",
    "FB_IMG_{ms}",
    "Canva-Design-DAF{n4}",
    "Untitled design ({n2})",
    "Untitled-{n1}",
    "shutterstock_{n9}",
    "GettyImages-{n9}",
    "iStock-{n9}",
    "AdobeStock_{n9}",
    "pexels-photo-{n7}",
    "pexels-{author_slug}-{n7}",
    "{slug}",
    "{slug}-{n1}",
    "featured-image",
    "image-{n1}",
];

/// WordPress size and edit suffixes appended to an uploaded file's name.
pub static WP_SUFFIXES: &[&str] = &[
    "",
    "",
    "-scaled",
    "-1024x683",
    "-768x512",
    "-1200x800",
    "-e{ms}",
    "-1",
    "-2-scaled",
    "-300x200",
];

/// File extensions as they appear when the caption keeps them.
pub static EXTENSIONS: &[&str] = &["", "", "", ".jpg", ".jpeg", ".png", ".JPG", ".webp"];

// ---------------------------------------------------------------------------
// Chat widgets (as rendered into the page by their loaders)
// ---------------------------------------------------------------------------

/// A chat widget: `html` per language (`None` = use English).
pub struct Widget {
    pub id: &'static str,
    pub html: [Option<&'static str>; 4],
}

pub static CHAT_WIDGETS: &[Widget] = &[
    Widget {
        id: "tidio",
        html: [
            Some(
                r##"<div id="tidio-chat"><div class="widget-position-right sidebar-position-right" id="tidio-chat-code"><div class="message-container"><div class="message message-operator"><span class="message-content">Hi there 👋 How can we help you today?</span></div></div><button class="chat-button" aria-label="Open chat widget">Chat with us</button></div></div>"##,
            ),
            Some(
                r##"<div id="tidio-chat"><div id="tidio-chat-code"><div class="message-container"><span class="message-content">Hallo 👋 Wie können wir dir helfen?</span></div><button class="chat-button" aria-label="Chat-Widget öffnen">Schreib uns</button></div></div>"##,
            ),
            Some(
                r##"<div id="tidio-chat"><div id="tidio-chat-code"><div class="message-container"><span class="message-content">Bonjour 👋 Comment pouvons-nous vous aider ?</span></div><button class="chat-button" aria-label="Ouvrir le chat">Discutons</button></div></div>"##,
            ),
            Some(
                r##"<div id="tidio-chat"><div id="tidio-chat-code"><div class="message-container"><span class="message-content">¡Hola! 👋 ¿En qué podemos ayudarte?</span></div><button class="chat-button" aria-label="Abrir chat">Chatea con nosotros</button></div></div>"##,
            ),
        ],
    },
    Widget {
        id: "tawkto",
        html: [
            Some(
                r##"<div class="tawk-min-container"><div class="tawk-button tawk-button-circle tawk-button-large"><div class="tawk-text-truncate tawk-min-chat-title">We Are Online!</div><div class="tawk-text-truncate">How may I help you today?</div></div></div>"##,
            ),
            Some(
                r##"<div class="tawk-min-container"><div class="tawk-button tawk-button-circle"><div class="tawk-min-chat-title">Wir sind online!</div><div>Wie kann ich Ihnen heute helfen?</div></div></div>"##,
            ),
            Some(
                r##"<div class="tawk-min-container"><div class="tawk-button tawk-button-circle"><div class="tawk-min-chat-title">Nous sommes en ligne !</div><div>Comment puis-je vous aider aujourd’hui ?</div></div></div>"##,
            ),
            Some(
                r##"<div class="tawk-min-container"><div class="tawk-button tawk-button-circle"><div class="tawk-min-chat-title">¡Estamos en línea!</div><div>¿Cómo puedo ayudarte hoy?</div></div></div>"##,
            ),
        ],
    },
    Widget {
        id: "crisp",
        html: [
            Some(
                r##"<div class="crisp-client"><div id="crisp-chatbox" data-chat-status="initial"><a class="cc-unoo" role="button" aria-label="Open chat"><span class="cc-1m2mf">Chat with us</span></a><div class="cc-1xry"><span class="cc-7u9f">Questions? We reply in a few minutes.</span></div></div></div>"##,
            ),
            Some(
                r##"<div class="crisp-client"><div id="crisp-chatbox"><a class="cc-unoo" role="button" aria-label="Chat öffnen"><span class="cc-1m2mf">Chatten Sie mit uns</span></a><div class="cc-1xry"><span class="cc-7u9f">Fragen? Wir antworten in wenigen Minuten.</span></div></div></div>"##,
            ),
            Some(
                r##"<div class="crisp-client"><div id="crisp-chatbox"><a class="cc-unoo" role="button" aria-label="Ouvrir le chat"><span class="cc-1m2mf">Discutez avec nous</span></a><div class="cc-1xry"><span class="cc-7u9f">Des questions ? Nous répondons en quelques minutes.</span></div></div></div>"##,
            ),
            None,
        ],
    },
    Widget {
        id: "intercom",
        html: [
            Some(
                r##"<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-messenger"><div class="intercom-lightweight-app-messenger-header"><div class="intercom-lightweight-app-messenger-header-title">Hi there 👋</div><div class="intercom-lightweight-app-messenger-header-subtitle">Ask us anything, or share your feedback. The team typically replies in under an hour.</div></div></div><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0" aria-label="Open Intercom Messenger"></div></div>"##,
            ),
            None,
            None,
            None,
        ],
    },
    Widget {
        id: "livechat",
        html: [
            Some(
                r##"<div id="chat-widget-container" style="position: fixed; bottom: 0; right: 0"><div id="livechat-eye-catcher"><div id="livechat-eye-catcher-close">×</div><div class="eye-catcher-text">Need help? Chat with us now!</div></div><iframe id="chat-widget-minimized" title="LiveChat chat widget"></iframe></div>"##,
            ),
            Some(
                r##"<div id="chat-widget-container"><div id="livechat-eye-catcher"><div class="eye-catcher-text">Brauchen Sie Hilfe? Chatten Sie jetzt mit uns!</div></div></div>"##,
            ),
            None,
            Some(
                r##"<div id="chat-widget-container"><div id="livechat-eye-catcher"><div class="eye-catcher-text">¿Necesitas ayuda? ¡Chatea con nosotros ahora!</div></div></div>"##,
            ),
        ],
    },
    Widget {
        id: "drift",
        html: [
            Some(
                r##"<div id="drift-widget-container"><div id="drift-frame-controller"><div class="drift-widget-welcome-message"><p>Hi! 👋 Have any questions? I’m happy to help.</p></div><button aria-label="Open chat">Chat</button></div></div>"##,
            ),
            None,
            None,
            None,
        ],
    },
    Widget {
        id: "hubspot",
        html: [
            Some(
                r##"<div id="hubspot-messages-iframe-container" class="widget-align-right"><div class="shadow-container"><div class="initial-message-bubble"><p>Hi there! Have a question? Chat with us, we’re here to help.</p></div></div><button aria-label="Chat with us, powered by HubSpot">Chat</button></div>"##,
            ),
            Some(
                r##"<div id="hubspot-messages-iframe-container"><div class="initial-message-bubble"><p>Hallo! Haben Sie eine Frage? Schreiben Sie uns, wir helfen gerne.</p></div></div>"##,
            ),
            None,
            None,
        ],
    },
    Widget {
        id: "zendesk",
        html: [
            Some(
                r##"<div id="launcher-wrapper"><div id="Embed"><button id="launcher" class="zEWidget-launcher" aria-label="Open messaging window"><span class="label">Help</span></button></div><div class="zd-proactive"><span>Hi! Need help with your order? Our support team is online.</span></div></div>"##,
            ),
            None,
            Some(
                r##"<div id="launcher-wrapper"><button id="launcher" class="zEWidget-launcher"><span class="label">Aide</span></button><div class="zd-proactive"><span>Besoin d’aide ? Notre équipe d’assistance est en ligne.</span></div></div>"##,
            ),
            Some(
                r##"<div id="launcher-wrapper"><button id="launcher" class="zEWidget-launcher"><span class="label">Ayuda</span></button><div class="zd-proactive"><span>¿Necesitas ayuda? Nuestro equipo de soporte está en línea.</span></div></div>"##,
            ),
        ],
    },
    Widget {
        id: "jivochat",
        html: [
            Some(
                r##"<jdiv class="globalClass_ET"><jdiv class="wrap_a2d0 __jivoDesktopButton"><jdiv class="label_e0d3"><jdiv class="text_c471">Chat with us, we are online!</jdiv></jdiv></jdiv></jdiv>"##,
            ),
            Some(
                r##"<jdiv class="globalClass_ET"><jdiv class="wrap_a2d0 __jivoDesktopButton"><jdiv class="text_c471">Schreiben Sie uns, wir sind online!</jdiv></jdiv></jdiv>"##,
            ),
            Some(
                r##"<jdiv class="globalClass_ET"><jdiv class="wrap_a2d0 __jivoDesktopButton"><jdiv class="text_c471">Écrivez-nous, nous sommes en ligne !</jdiv></jdiv></jdiv>"##,
            ),
            Some(
                r##"<jdiv class="globalClass_ET"><jdiv class="wrap_a2d0 __jivoDesktopButton"><jdiv class="text_c471">¡Escríbenos, estamos en línea!</jdiv></jdiv></jdiv>"##,
            ),
        ],
    },
    Widget {
        id: "joinchat-whatsapp",
        html: [
            Some(
                r##"<div class="joinchat joinchat--right" data-settings='{"telephone":"15550100"}'><div class="joinchat__button"><div class="joinchat__button__open"></div><div class="joinchat__button__sendtext">Open chat</div><div class="joinchat__tooltip"><div>💬 Need help? Chat on WhatsApp</div></div></div><div class="joinchat__box"><div class="joinchat__header"><span class="joinchat__header__text">Chat with us</span></div><div class="joinchat__message">Hello 👋<br>Can we help you?</div></div></div>"##,
            ),
            Some(
                r##"<div class="joinchat joinchat--right"><div class="joinchat__button"><div class="joinchat__button__sendtext">Chat öffnen</div><div class="joinchat__tooltip"><div>💬 Fragen? Schreib uns auf WhatsApp</div></div></div></div>"##,
            ),
            Some(
                r##"<div class="joinchat joinchat--left"><div class="joinchat__button"><div class="joinchat__button__sendtext">Ouvrir le chat</div><div class="joinchat__tooltip"><div>💬 Écrivez-nous sur WhatsApp</div></div></div></div>"##,
            ),
            Some(
                r##"<div class="joinchat joinchat--right"><div class="joinchat__button"><div class="joinchat__button__sendtext">Abrir chat</div><div class="joinchat__tooltip"><div>💬 ¿Hablamos por WhatsApp?</div></div></div></div>"##,
            ),
        ],
    },
    Widget {
        id: "click-to-chat",
        html: [
            Some(
                r##"<div class="ht-ctc ht-ctc-chat ctc-analytics ctc_wp_desktop style-2" style="position: fixed; bottom: 15px; right: 15px;"><div class="ctc_chip ctc-analytics"><span class="ctc_cta">WhatsApp us</span></div></div>"##,
            ),
            None,
            None,
            Some(
                r##"<div class="ht-ctc ht-ctc-chat style-2"><div class="ctc_chip"><span class="ctc_cta">Contáctanos por WhatsApp</span></div></div>"##,
            ),
        ],
    },
    Widget {
        id: "fb-customerchat",
        html: [
            Some(
                r##"<div id="fb-root"></div><div id="fb-customer-chat" class="fb-customerchat" attribution="biz_inbox" logged_in_greeting="Hi! How can we help you?" logged_out_greeting="Hi! How can we help you?"><div class="fb_dialog"><div class="fb_dialog_content">Hi! How can we help you?</div></div></div>"##,
            ),
            None,
            None,
            None,
        ],
    },
    Widget {
        id: "smartsupp",
        html: [
            Some(
                r##"<div id="smartsupp-widget-container"><div class="smartsupp-widget-button"><span>Chat with us</span><span class="smartsupp-status">Online now</span></div></div>"##,
            ),
            None,
            None,
            None,
        ],
    },
];

// ---------------------------------------------------------------------------
// Cookie and consent banners
// ---------------------------------------------------------------------------

pub static COOKIE_BANNERS: &[Widget] = &[
    Widget {
        id: "cookieyes",
        html: [
            Some(
                r##"<div class="cky-consent-container cky-box-bottom-left" tabindex="0" aria-label="We value your privacy" role="region"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title" role="heading" aria-level="1">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button><button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All">Accept All</button></div></div></div></div></div>"##,
            ),
            Some(
                r##"<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">Wir schätzen Ihre Privatsphäre</p><div class="cky-notice-des"><p>Wir verwenden Cookies, um Ihr Browsererlebnis zu verbessern, personalisierte Anzeigen oder Inhalte bereitzustellen und unseren Datenverkehr zu analysieren. Wenn Sie auf „Alle akzeptieren“ klicken, stimmen Sie der Verwendung von Cookies zu.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Anpassen</button><button class="cky-btn cky-btn-reject">Alle ablehnen</button><button class="cky-btn cky-btn-accept">Alle akzeptieren</button></div></div></div></div>"##,
            ),
            Some(
                r##"<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">Nous respectons votre vie privée</p><div class="cky-notice-des"><p>Nous utilisons des cookies pour améliorer votre expérience de navigation, vous proposer des publicités ou des contenus personnalisés et analyser notre trafic. En cliquant sur « Tout accepter », vous consentez à notre utilisation des cookies.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Personnaliser</button><button class="cky-btn cky-btn-reject">Tout refuser</button><button class="cky-btn cky-btn-accept">Tout accepter</button></div></div></div></div>"##,
            ),
            Some(
                r##"<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">Valoramos tu privacidad</p><div class="cky-notice-des"><p>Utilizamos cookies para mejorar tu experiencia de navegación, mostrarte anuncios o contenidos personalizados y analizar nuestro tráfico. Al hacer clic en "Aceptar todo", das tu consentimiento a nuestro uso de las cookies.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Personalizar</button><button class="cky-btn cky-btn-reject">Rechazar todo</button><button class="cky-btn cky-btn-accept">Aceptar todo</button></div></div></div></div>"##,
            ),
        ],
    },
    Widget {
        id: "cookie-law-info",
        html: [
            Some(
                r##"<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. <a role="button" class="cli_settings_button" style="margin:5px 20px 5px 20px">Cookie settings</a><a role="button" data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button wt-cli-accept-btn">ACCEPT</a></span></div>"##,
            ),
            Some(
                r##"<div id="cookie-law-info-bar" data-nosnippet="true"><span>Diese Website verwendet Cookies, um Ihre Erfahrung zu verbessern. Wir gehen davon aus, dass Sie damit einverstanden sind, aber Sie können sich abmelden, wenn Sie möchten. <a role="button" class="cli_settings_button">Cookie-Einstellungen</a><a role="button" id="cookie_action_close_header" class="cli_action_button">AKZEPTIEREN</a></span></div>"##,
            ),
            None,
            None,
        ],
    },
    Widget {
        id: "complianz",
        html: [
            Some(
                r##"<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div><div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog">×</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to these technologies will allow us to process data such as browsing behavior or unique IDs on this site. Not consenting or withdrawing consent, may adversely affect certain features and functions.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button><button class="cmplz-btn cmplz-save-preferences">Save preferences</button></div><div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-eu/">Cookie Policy</a></li><li><a class="cmplz-link privacy-statement" href="/privacy-policy/">Privacy Statement</a></li></ul></div></div></div>"##,
            ),
            Some(
                r##"<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin"><div class="cmplz-header"><div class="cmplz-title">Cookie-Zustimmung verwalten</div></div><div class="cmplz-body"><div class="cmplz-message"><p>Um dir ein optimales Erlebnis zu bieten, verwenden wir Technologien wie Cookies, um Geräteinformationen zu speichern und/oder darauf zuzugreifen. Wenn du diesen Technologien zustimmst, können wir Daten wie das Surfverhalten oder eindeutige IDs auf dieser Website verarbeiten.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Akzeptieren</button><button class="cmplz-btn cmplz-deny">Ablehnen</button><button class="cmplz-btn cmplz-view-preferences">Einstellungen ansehen</button></div></div></div>"##,
            ),
            Some(
                r##"<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin"><div class="cmplz-header"><div class="cmplz-title">Gérer le consentement aux cookies</div></div><div class="cmplz-body"><div class="cmplz-message"><p>Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div></div></div>"##,
            ),
            None,
        ],
    },
    Widget {
        id: "cookiebot",
        html: [
            Some(
                r##"<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogPoweredbyCybot" class="CybotEdge CybotCookiebotDialogActive" lang="en"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogHeader"><div id="CybotCookiebotDialogPoweredbyCybot"><a href="https://www.cookiebot.com/en/what-is-behind-powered-by-cookiebot/" target="_blank" rel="noopener nofollow" title="Cookiebot - opens in a new window">Powered by Cookiebot by Usercentrics</a></div></div><div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media, advertising and analytics partners who may combine it with other information that you’ve provided to them or that they’ve collected from your use of their services.</div></div><div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button id="CybotCookiebotDialogBodyLevelButtonCustomize">Customize</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div></div>"##,
            ),
            Some(
                r##"<div id="CybotCookiebotDialog" role="dialog" lang="de"><div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">Diese Webseite verwendet Cookies</h2><div id="CybotCookiebotDialogBodyContentText">Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren.</div></div><div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Ablehnen</button><button id="CybotCookiebotDialogBodyLevelButtonCustomize">Anpassen</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Alle zulassen</button></div></div>"##,
            ),
            None,
            None,
        ],
    },
    Widget {
        id: "onetrust",
        html: [
            Some(
                r##"<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your Privacy</h2><div id="onetrust-policy-text">By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts. <a class="ot-cookie-policy-link" href="/cookie-notice/">Cookie Notice</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div>"##,
            ),
            None,
            Some(
                r##"<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Votre vie privée</h2><div id="onetrust-policy-text">En cliquant sur « Accepter tous les cookies », vous acceptez le stockage de cookies sur votre appareil pour améliorer la navigation sur le site, analyser son utilisation et contribuer à nos efforts de marketing.</div></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Paramètres des cookies</button><button id="onetrust-reject-all-handler">Tout refuser</button><button id="onetrust-accept-btn-handler">Accepter tous les cookies</button></div></div></div>"##,
            ),
            Some(
                r##"<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Tu privacidad</h2><div id="onetrust-policy-text">Al hacer clic en “Aceptar todas las cookies”, aceptas que las cookies se guarden en tu dispositivo para mejorar la navegación del sitio, analizar el uso del mismo y colaborar con nuestros estudios para marketing.</div></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Configuración de cookies</button><button id="onetrust-reject-all-handler">Rechazarlas todas</button><button id="onetrust-accept-btn-handler">Aceptar todas las cookies</button></div></div></div>"##,
            ),
        ],
    },
    Widget {
        id: "cookie-notice",
        html: [
            Some(
                r##"<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Privacy policy">Privacy policy</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span></div></div>"##,
            ),
            Some(
                r##"<div id="cookie-notice" role="dialog" class="cn-position-bottom"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Wir verwenden Cookies, um Ihnen die bestmögliche Erfahrung auf unserer Website zu bieten. Wenn Sie diese Website weiterhin nutzen, gehen wir davon aus, dass Sie damit einverstanden sind.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a><a href="/datenschutz/" id="cn-more-info" class="cn-more-info cn-button">Datenschutzerklärung</a></span></div></div>"##,
            ),
            Some(
                r##"<div id="cookie-notice" role="dialog" class="cn-position-bottom"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site web. Si vous continuez à utiliser ce site, nous supposerons que vous en êtes satisfait.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a></span></div></div>"##,
            ),
            Some(
                r##"<div id="cookie-notice" role="dialog" class="cn-position-bottom"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Utilizamos cookies para asegurar que damos la mejor experiencia al usuario en nuestra web. Si sigues utilizando este sitio asumiremos que estás de acuerdo.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Estoy de acuerdo</a></span></div></div>"##,
            ),
        ],
    },
    Widget {
        id: "borlabs",
        html: [
            None,
            Some(
                r##"<div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-labelledby="CookieBoxTextHeadline" aria-modal="true"><div class="bottom-center"><div class="_brlbs-box-wrap"><div class="_brlbs-box _brlbs-box-advanced"><div class="cookie-box"><div class="container"><div class="row"><div class="col-12"><div class="_brlbs-flex-center"><span role="heading" aria-level="3" class="_brlbs-h3" id="CookieBoxTextHeadline">Datenschutzeinstellungen</span></div><p id="CookieBoxTextDescription"><span class="_brlbs-paragraph _brlbs-text-description">Wir benötigen Ihre Zustimmung, bevor Sie unsere Website weiter besuchen können.</span> <span class="_brlbs-paragraph _brlbs-text-technology">Wir verwenden Cookies und andere Technologien auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</span></p><p class="_brlbs-accept"><a href="#" tabindex="0" role="button" class="_brlbs-btn _brlbs-btn-accept-all _brlbs-cursor" data-cookie-accept-all>Alle akzeptieren</a></p><p class="_brlbs-accept"><a href="#" tabindex="0" role="button" id="CookieBoxSaveButton" class="_brlbs-btn _brlbs-cursor" data-cookie-accept>Speichern</a></p><p class="_brlbs-refuse-btn"><a class="_brlbs-btn _brlbs-cursor" href="#" tabindex="0" role="button" data-cookie-refuse>Nur essenzielle Cookies akzeptieren</a></p><p class="_brlbs-manage-btn "><a href="#" class="_brlbs-cursor _brlbs-btn " tabindex="0" role="button" data-cookie-individual>Individuelle Datenschutzeinstellungen</a></p><p class="_brlbs-legal"><a href="#" class="_brlbs-cursor" tabindex="0" role="button" data-cookie-individual>Cookie-Details</a><span class="_brlbs-separator"></span><a href="/datenschutz/" tabindex="0" role="button">Datenschutzerklärung</a><span class="_brlbs-separator"></span><a href="/impressum/" tabindex="0" role="button">Impressum</a></p></div></div></div></div></div></div></div></div></div>"##,
            ),
            None,
            None,
        ],
    },
    Widget {
        id: "tarteaucitron",
        html: [
            None,
            None,
            Some(
                r##"<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible" role="region" lang="fr"><div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigBottom"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer</span><button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">✓ Tout accepter</button><button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">✗ Tout refuser</button><button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>"##,
            ),
            None,
        ],
    },
    Widget {
        id: "gdpr-cookie-compliance",
        html: [
            Some(
                r##"<aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" aria-label="GDPR Cookie Banner" style="display: none;"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>We are using cookies to give you the best experience on our website.</p><p>You can find out more about which cookies we are using or switch them off in <button data-href="#moove_gdpr_cookie_modal" class="change-settings-button">settings</button>.</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Accept" role="button">Accept</button></div></div></div></aside>"##,
            ),
            None,
            None,
            Some(
                r##"<aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden gdpr_infobar_postion_bottom"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-cookie-notice"><p>Utilizamos cookies para ofrecerte la mejor experiencia en nuestra web.</p><p>Puedes aprender más sobre qué cookies utilizamos o desactivarlas en los <button data-href="#moove_gdpr_cookie_modal" class="change-settings-button">ajustes</button>.</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all">Aceptar</button></div></div></aside>"##,
            ),
        ],
    },
];

// ---------------------------------------------------------------------------
// Share bars ({share} is the UI's "Share this:" label)
// ---------------------------------------------------------------------------

pub static SHARE_BARS: &[(&str, &str)] = &[
    (
        "addtoany",
        r##"<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">{share}</div><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{page}" data-a2a-title="{title}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={share_url}" title="Facebook" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_twitter" href="https://www.addtoany.com/add_to/twitter?linkurl={share_url}" title="Twitter" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_whatsapp" href="https://www.addtoany.com/add_to/whatsapp?linkurl={share_url}" title="WhatsApp" rel="nofollow noopener" target="_blank"></a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>"##,
    ),
    (
        "jetpack-sharedaddy",
        r##"<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{share}</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-{n}" class="share-twitter sd-button share-icon" href="{page}?share=twitter" target="_blank" title="Click to share on Twitter"><span>Twitter</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{page}?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li><li class="share-end"></li></ul></div></div></div><div id="jp-post-flair" class="sharedaddy sd-like-enabled"><div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">{like_this}</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">{loading}</span></div></div></div>"##,
    ),
    (
        "social-warfare",
        r##"<div class="swp_social_panel swp_horizontal_panel swp_flat_fresh swp_default_full_color" data-min-width="1100"><div class="nc_tweetContainer swp_share_button swp_facebook" data-network="facebook"><a class="nc_tweet swp_share_link" rel="nofollow noreferrer noopener" target="_blank" href="https://www.facebook.com/share.php?u={share_url}"><span class="swp_count swp_hide"><span class="iconFiller"><span class="spaceManWilly"><i class="sw swp_facebook_icon"></i><span class="swp_share">Share</span></span></span></span></a></div><div class="nc_tweetContainer swp_share_button swp_twitter"><a class="nc_tweet swp_share_link" href="https://twitter.com/intent/tweet?url={share_url}"><span class="swp_share">Tweet</span></a></div><div class="nc_tweetContainer swp_share_button swp_pinterest"><a class="nc_tweet swp_share_link"><span class="swp_share">Pin</span></a></div><div class="nc_tweetContainer swp_share_button total_shares total_sharesalt"><span class="swp_count ">{n} <span class="swp_label">Shares</span></span></div></div>"##,
    ),
    (
        "sassy-social-share",
        r##"<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing" data-heateor-sss-href="{page}"><div class="heateor_sss_sharing_title" style="font-weight:bold">Spread the love</div><div class="heateor_sss_sharing_ul"><a aria-label="Facebook" class="heateor_sss_facebook" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" title="Facebook" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"></span></a><a aria-label="Twitter" class="heateor_sss_button_twitter" href="https://twitter.com/intent/tweet?url={share_url}" title="Twitter" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"></span></a><a aria-label="Whatsapp" class="heateor_sss_whatsapp" href="https://api.whatsapp.com/send?text={share_url}" title="Whatsapp" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"></span></a></div></div>"##,
    ),
    (
        "shared-counts",
        r##"<div class="shared-counts-wrap after_content style-classic"><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" title="Share on Facebook" target="_blank" rel="nofollow noopener noreferrer" class="shared-counts-button facebook shared-counts-no-count" data-postid="{n}" data-social-network="Facebook" data-social-action="Share"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">Facebook</span></span></a><a href="https://twitter.com/share?url={share_url}" title="Share on Twitter" target="_blank" class="shared-counts-button twitter"><span class="shared-counts-label">Tweet</span></a><a href="mailto:?subject={title}" title="Share via Email" class="shared-counts-button email"><span class="shared-counts-label">Email</span></a></div>"##,
    ),
    (
        "theme-share-list",
        r##"<div class="post-share"><span class="share-title">{share}</span><ul class="share-list"><li><a class="facebook" href="https://www.facebook.com/sharer.php?u={share_url}" target="_blank" rel="nofollow">Facebook</a></li><li><a class="twitter" href="https://twitter.com/intent/tweet?url={share_url}" target="_blank" rel="nofollow">Twitter</a></li><li><a class="linkedin" href="https://www.linkedin.com/shareArticle?url={share_url}" target="_blank" rel="nofollow">LinkedIn</a></li><li><a class="whatsapp" href="https://wa.me/?text={share_url}" target="_blank" rel="nofollow">WhatsApp</a></li><li><a class="telegram" href="https://t.me/share/url?url={share_url}" target="_blank" rel="nofollow">Telegram</a></li><li><a class="email" href="mailto:?body={share_url}">Email</a></li><li><a class="print" href="#" onclick="window.print();return false;">Print</a></li></ul></div>"##,
    ),
    (
        "copy-link-bar",
        r##"<div class="share-buttons-bar" role="group" aria-label="{share}"><button class="share-btn share-facebook">Share on Facebook</button><button class="share-btn share-x">Share on X</button><button class="share-btn share-copy" data-url="{page}">Copy link</button></div>"##,
    ),
];

// ---------------------------------------------------------------------------
// Newsletter boxes ({nl_title}, {nl_text}, {email_ph}, {subscribe}, {nl_privacy})
// ---------------------------------------------------------------------------

pub static NEWSLETTERS: &[(&str, &str)] = &[
    (
        "mc4wp",
        r##"<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-{n}" method="post" data-id="{n}" data-name="Newsletter"><div class="mc4wp-form-fields"><h4>{nl_title}</h4><p>{nl_text}</p><p><input type="email" name="EMAIL" placeholder="{email_ph}" required /></p><p><input type="submit" value="{subscribe}" /></p><p class="mc4wp-privacy"><small>{nl_privacy}</small></p></div><label style="display: none !important;">Leave this field empty if you're human: <input type="text" name="_mc4wp_honeypot" value="" tabindex="-1" autocomplete="off" /></label><div class="mc4wp-response"></div></form>"##,
    ),
    (
        "newsletter-plugin",
        r##"<div class="tnp tnp-subscription"><form method="post" action="/?na=s"><div class="tnp-intro"><h3>{nl_title}</h3><p>{nl_text}</p></div><div class="tnp-field tnp-field-email"><label for="tnp-1">Email</label><input class="tnp-email" type="email" name="ne" id="tnp-1" value="" placeholder="{email_ph}" required></div><div class="tnp-field tnp-field-button"><input class="tnp-submit" type="submit" value="{subscribe}"></div></form></div>"##,
    ),
    (
        "theme-subscribe-box",
        r##"<div class="newsletter-box widget_newsletter"><div class="newsletter-icon">✉</div><h3 class="newsletter-title">{nl_title}</h3><p class="newsletter-desc">{nl_text}</p><form class="newsletter-form"><input type="email" placeholder="{email_ph}"><button type="submit">{subscribe}</button></form><p class="newsletter-note">{nl_privacy}</p></div>"##,
    ),
    (
        "substack-embed",
        r##"<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading {site}! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>"##,
    ),
    (
        "ghost-members",
        r##"<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for {site}</h2><p>{nl_text}</p><a class="footer-cta-button" href="#/portal" data-portal="signup"><div class="footer-cta-input">{email_ph}</div><span>{subscribe}</span></a></div></section>"##,
    ),
    (
        "elementor-form",
        r##"<div class="elementor-element elementor-widget elementor-widget-form" data-widget_type="form.default"><div class="elementor-widget-container"><form class="elementor-form" method="post" name="Newsletter"><div class="elementor-form-fields-wrapper elementor-labels-"><div class="elementor-field-type-html elementor-field-group elementor-column elementor-col-100"><h4>{nl_title}</h4></div><div class="elementor-field-type-email elementor-field-group elementor-column elementor-col-60"><input size="1" type="email" name="form_fields[email]" class="elementor-field elementor-size-sm" placeholder="{email_ph}" required="required"></div><div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-40"><button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-text">{subscribe}</span></button></div></div></form></div></div>"##,
    ),
];

// ---------------------------------------------------------------------------
// Self-promotion: the site naming itself ({site}, {domain})
// ---------------------------------------------------------------------------

/// Closing lines promoting the site, one paragraph each.
pub static SELF_PROMO_LINES: [&[&str]; 4] = [
    &[
        "Stay tuned to {site} for more updates.",
        "Stay tuned with {site} for the latest news and updates!",
        "For more such interesting articles, keep visiting {site}.",
        "Follow {site} on Google News to get the latest stories first.",
        "Keep reading {site} for more stories like this one.",
        "Thank you for reading {site}! Bookmark us for daily updates.",
        "Join {site} on Telegram and WhatsApp for instant news alerts.",
        "Don’t forget to share this post and follow {site} for more.",
    ],
    &[
        "Bleiben Sie dran – weitere Neuigkeiten gibt es bei {site}.",
        "Mehr aktuelle Nachrichten finden Sie täglich auf {site}.",
        "Folgen Sie {site} auf Google News, um nichts zu verpassen.",
        "Danke fürs Lesen bei {site}!",
    ],
    &[
        "Restez connectés sur {site} pour ne rien manquer de l’actualité.",
        "Retrouvez toute l’actualité chaque jour sur {site}.",
        "Suivez {site} sur Google Actualités pour plus d’infos.",
        "Merci de votre fidélité à {site} !",
    ],
    &[
        "Sigue atento a {site} para más noticias.",
        "Mantente informado con {site}, tu fuente diaria de noticias.",
        "Sigue a {site} en Google Noticias para no perderte nada.",
        "¡Gracias por leer {site}!",
    ],
];

/// The site's name as a line of its own (a signature at the edge).
pub static SITE_NAME_LINES: &[&str] = &[
    "<p>{site}</p>",
    "<p><strong>{site}</strong></p>",
    "<p style=\"text-align: right;\"><em>— {site}</em></p>",
    "<p>Team {site}</p>",
    "<p><strong>{site} News Desk</strong></p>",
    "<p>© {site}</p>",
    "<h4>{site}</h4>",
];

/// Boxes selling the site's own services, per language.
pub static PROMO_BOXES: [&[&str]; 4] = [
    &[
        r##"<div class="promo-box" style="border:2px solid #0a66c2;padding:20px;"><h3>Grow Your Business With {site}</h3><p>{site} is a full-service digital marketing agency. We offer SEO, content writing, social media management and paid ads for small businesses. Get a free consultation today!</p><p><a class="btn" href="https://{domain}/contact/">Contact Us Now</a></p></div>"##,
        r##"<div class="wp-block-group has-background" style="background-color:#fff4e5"><p><strong>Want to get featured on {site}?</strong> We accept guest posts and sponsored articles. Email us at ads@{bare} for our rate card.</p></div>"##,
        r##"<div class="cta-box"><p><strong>Need a professional website?</strong> The {site} team builds fast, SEO-friendly WordPress sites for local businesses. <a href="https://{domain}/services/">Get your free quote</a>.</p></div>"##,
    ],
    &[
        r##"<div class="promo-box"><h3>Mehr Sichtbarkeit mit {site}</h3><p>{site} ist Ihre Agentur für Suchmaschinenoptimierung und Online-Marketing. Jetzt kostenloses Erstgespräch vereinbaren!</p><p><a href="https://{domain}/kontakt/">Jetzt Kontakt aufnehmen</a></p></div>"##,
        r##"<div class="cta-box"><p><strong>Gastbeitrag veröffentlichen?</strong> Bei {site} können Sie Ihren Artikel platzieren. Schreiben Sie uns an werbung@{bare}.</p></div>"##,
    ],
    &[
        r##"<div class="promo-box"><h3>Boostez votre visibilité avec {site}</h3><p>{site}, votre agence de référencement et de marketing digital. Demandez votre devis gratuit dès aujourd’hui !</p><p><a href="https://{domain}/contact/">Nous contacter</a></p></div>"##,
        r##"<div class="cta-box"><p><strong>Publiez votre article sponsorisé sur {site}</strong> : contactez-nous à pub@{bare}.</p></div>"##,
    ],
    &[
        r##"<div class="promo-box"><h3>Haz crecer tu negocio con {site}</h3><p>{site} es tu agencia de marketing digital: SEO, redes sociales y diseño web. ¡Pide tu presupuesto sin compromiso!</p><p><a href="https://{domain}/contacto/">Contáctanos</a></p></div>"##,
        r##"<div class="cta-box"><p><strong>¿Quieres publicar en {site}?</strong> Aceptamos artículos patrocinados. Escríbenos a publicidad@{bare}.</p></div>"##,
    ],
];

/// Brand text that names nothing, repeated at the post's edge on every
/// page of a host (a host picks one).
pub static HOST_TAGLINES: [&[&str]; 4] = [
    &[
        "Your daily dose of news that matters.",
        "Independent. Honest. Always on.",
        "We bring you the stories behind the headlines, every single day.",
        "Fresh news, fast — straight from the newsroom to your screen.",
        "Real stories. Real people. Real fast.",
    ],
    &[
        "Nachrichten, die bewegen – jeden Tag neu.",
        "Schnell informiert. Klar erklärt.",
    ],
    &[
        "L’information qui compte, chaque jour.",
        "Vite lu, bien informé.",
    ],
    &[
        "Las noticias que importan, cada día.",
        "Rápido, claro y sin rodeos.",
    ],
];

// ---------------------------------------------------------------------------
// Comments people leave on spam sites
// ---------------------------------------------------------------------------

pub static COMMENTS: [&[(&str, &str)]; 4] = [
    &[
        ("Mike R.", "Great article, thanks for sharing this with us. I have been following this story for a while and this is the clearest summary I have read so far."),
        ("Sarah", "Very informative post. Keep up the good work!"),
        ("crypto_king88", "Nice post! I also wrote about this on my blog, check it out if you have time, it covers the numbers in more detail."),
        ("Linda Park", "I live two streets from there and honestly nobody told us anything until the week before. Glad someone is writing about it."),
    ],
    &[
        ("Klaus", "Danke für den informativen Beitrag, genau so etwas habe ich gesucht."),
        ("Petra M.", "Sehr interessant, ich bin gespannt, wie es weitergeht. Bei uns im Ort wird seit Wochen über nichts anderes gesprochen."),
    ],
    &[
        ("Julien", "Merci pour cet article très complet, c’est exactement ce que je cherchais."),
        ("Nathalie B.", "Intéressant, mais j’aurais aimé avoir l’avis des habitants concernés. Chez nous, personne n’a été consulté avant la décision."),
    ],
    &[
        ("Carlos", "Muy buen artículo, gracias por compartir la información."),
        ("Lucía G.", "Interesante, aunque me gustaría saber qué opinan los vecinos. En mi barrio llevamos meses esperando una respuesta del ayuntamiento."),
    ],
];

// ---------------------------------------------------------------------------
// Ad slots and sponsored-content widgets ({ad} is the UI's "Advertisement")
// ---------------------------------------------------------------------------

pub static AD_SLOTS: &[(&str, &str)] = &[
    (
        "ad-inserter",
        r##"<div class="code-block code-block-{n}" style="margin: 8px auto; text-align: center; display: block; clear: both;"><p class="ad-label">{ad}</p><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1234567890123456" data-ad-slot="{n}" data-ad-format="auto" data-full-width-responsive="true"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>"##,
    ),
    (
        "newspaper-ad",
        r##"<div class="td-a-rec td-a-rec-id-content_inline tdi_{n} td_block_template_1"><span class="td-adspot-title">- {ad} -</span><div class="td-all-devices"><a href="#"><img src="https://{domain}/wp-content/uploads/ad-300x250.jpg" width="300" height="250" alt=""></a></div></div>"##,
    ),
    (
        "quads",
        r##"<div class="quads-location quads-ad{n}" id="quads-ad{n}" style="float:none;margin:0px 0 0px 0;text-align:center;"><span class="quads-ad-label quads-ad-label-new">{ad}</span><ins class="adsbygoogle" style="display:block;" data-ad-client="ca-pub-1234567890123456" data-ad-slot="{n}"></ins></div>"##,
    ),
    (
        "plain-ad-label",
        r##"<div class="ad-container"><div class="ad-label">{AD}</div><div id="div-gpt-ad-{n}-0" style="min-height:250px"></div></div>"##,
    ),
];

/// Sponsored-content widgets ({sponsored}, {learn_more}, {you_may_like}).
pub static SPONSORED_WIDGETS: &[(&str, &str)] = &[
    (
        "taboola",
        r##"<div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_rbox_container"><div class="trc_rbox_header trc_rbox_border_elm"><span class="trc_rbox_header_span">{you_may_like}</span></div><div class="trc_rbox_outer"><div class="videoCube"><a href="https://sponsored.example/1" title="Doctors Stunned: This Simple Morning Habit Melts Away Stubborn Fat"><span class="video-label video-title">Doctors Stunned: This Simple Morning Habit Melts Away Stubborn Fat</span><span class="branding">Health Tips Daily | {sponsored}</span></a></div><div class="videoCube"><a href="https://sponsored.example/2"><span class="video-label video-title">Homeowners Are Trading In Their Doorbell Cams For This $49 Gadget</span><span class="branding">SafeHome | {sponsored}</span><span class="video-cta-button">{learn_more}</span></a></div></div></div></div>"##,
    ),
    (
        "outbrain",
        r##"<div class="OUTBRAIN" data-widget-id="AR_1"><div class="ob-widget ob-feed-layout"><div class="ob-widget-header"><span class="ob_what">Recommended by</span></div><div class="ob-widget-items-container"><div class="ob-dynamic-rec-container"><a class="ob-dynamic-rec-link" href="https://sponsored.example/3"><span class="ob-unit ob-rec-text">The Most Beautiful Villages You Have Never Heard Of</span><span class="ob-unit ob-rec-source">TravelBucket</span></a></div><div class="ob-dynamic-rec-container"><a class="ob-dynamic-rec-link" href="https://sponsored.example/4"><span class="ob-unit ob-rec-text">Here’s What a New Roof Should Cost You in 2024</span><span class="ob-unit ob-rec-source">RoofQuotes</span></a></div></div></div></div>"##,
    ),
];

// ---------------------------------------------------------------------------
// Disclaimers spam sites put under every post (they name nothing)
// ---------------------------------------------------------------------------

pub static DISCLAIMERS: [&[&str]; 4] = [
    &[
        r##"<div class="disclaimer-box"><p><strong>Disclaimer:</strong> The information provided in this article is for general informational purposes only. All information is provided in good faith, however we make no representation or warranty of any kind regarding its accuracy, adequacy or completeness.</p></div>"##,
        r##"<p><em>Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by our staff. The publisher does not take responsibility for its content.</em></p>"##,
        r##"<p style="font-size:12px;color:#777">DMCA: If you are the owner of this content and want it removed, please contact us and we will take it down within 24 hours.</p>"##,
    ],
    &[
        r##"<div class="disclaimer-box"><p><strong>Haftungsausschluss:</strong> Die Inhalte dieses Artikels dienen ausschließlich der allgemeinen Information. Für die Richtigkeit, Vollständigkeit und Aktualität übernehmen wir keine Gewähr.</p></div>"##,
        r##"<p><em>Hinweis: Dieser Beitrag wurde automatisch aus einem Nachrichten-Feed übernommen und nicht von unserer Redaktion bearbeitet.</em></p>"##,
    ],
    &[
        r##"<div class="disclaimer-box"><p><strong>Avertissement :</strong> les informations de cet article sont fournies à titre indicatif. Nous ne garantissons ni leur exactitude ni leur exhaustivité.</p></div>"##,
        r##"<p><em>Cet article a été généré automatiquement à partir d’un flux d’actualités et n’a pas été relu par notre rédaction.</em></p>"##,
    ],
    &[
        r##"<div class="disclaimer-box"><p><strong>Aviso legal:</strong> la información de este artículo tiene fines meramente informativos. No garantizamos su exactitud ni su integridad.</p></div>"##,
        r##"<p><em>Esta noticia ha sido publicada automáticamente a partir de una fuente externa y no ha sido revisada por nuestra redacción.</em></p>"##,
    ],
];

// ---------------------------------------------------------------------------
// Follow / join boxes (Google News, WhatsApp and Telegram channels)
// ---------------------------------------------------------------------------

pub static FOLLOW_BOXES: [&[&str]; 4] = [
    &[
        r##"<p><a href="https://news.google.com/publications/CAAqBwgKMK{n}" target="_blank" rel="noopener"><img src="{home}wp-content/uploads/google-news.png" alt="Google News" width="200" height="56"></a> Follow us on Google News</p>"##,
        r##"<div class="join-channels"><a class="join-whatsapp" href="https://whatsapp.com/channel/0029Va{n}">Join our WhatsApp Channel</a> <a class="join-telegram" href="https://t.me/s{n}">Join Telegram</a></div>"##,
        r##"<p><strong>👉 For the latest updates, join our Telegram group: <a href="https://t.me/s{n}">Click Here</a></strong></p>"##,
        r##"<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://news.google.com/">⭐ Add us as a preferred source on Google</a></div></div>"##,
    ],
    &[
        r##"<p><a href="https://news.google.com/publications/CAAqBwgKMK{n}"><img src="{home}wp-content/uploads/google-news.png" alt="Google News"></a> Folge uns auf Google News</p>"##,
        r##"<div class="join-channels"><a href="https://whatsapp.com/channel/0029Va{n}">Tritt unserem WhatsApp-Kanal bei</a></div>"##,
    ],
    &[
        r##"<p><a href="https://news.google.com/publications/CAAqBwgKMK{n}"><img src="{home}wp-content/uploads/google-news.png" alt="Google Actualités"></a> Suivez-nous sur Google Actualités</p>"##,
        r##"<div class="join-channels"><a href="https://whatsapp.com/channel/0029Va{n}">Rejoignez notre chaîne WhatsApp</a></div>"##,
    ],
    &[
        r##"<p><a href="https://news.google.com/publications/CAAqBwgKMK{n}"><img src="{home}wp-content/uploads/google-news.png" alt="Google Noticias"></a> Síguenos en Google Noticias</p>"##,
        r##"<div class="join-channels"><a href="https://whatsapp.com/channel/0029Va{n}">Únete a nuestro canal de WhatsApp</a> <a href="https://t.me/s{n}">Únete a Telegram</a></div>"##,
    ],
];

// ---------------------------------------------------------------------------
// The original outlet's own promotion, copied along with its article
// ---------------------------------------------------------------------------

pub static OUTLET_PROMOS: [&[&str]; 4] = [
    &[
        r##"<p><strong>Support local journalism:</strong> subscribe to {outlet} today for unlimited access.</p>"##,
        r##"<p><em>Get the {outlet} app for breaking news alerts on your phone.</em></p>"##,
        r##"<p>Sign up for the {outlet} morning newsletter and get the day’s top stories in your inbox.</p>"##,
    ],
    &[
        r##"<p><strong>Jetzt abonnieren:</strong> Lesen Sie alle Artikel der {outlet} mit einem Digital-Abo.</p>"##,
        r##"<p><em>Laden Sie die App der {outlet} herunter und verpassen Sie keine Eilmeldung.</em></p>"##,
    ],
    &[
        r##"<p><strong>Abonnez-vous à {outlet}</strong> pour lire tous nos articles en illimité.</p>"##,
        r##"<p><em>Téléchargez l’application {outlet} pour recevoir nos alertes.</em></p>"##,
    ],
    &[
        r##"<p><strong>Suscríbete a {outlet}</strong> y accede a todas nuestras noticias sin límites.</p>"##,
        r##"<p><em>Descarga la app de {outlet} para recibir las noticias de última hora.</em></p>"##,
    ],
];
