//! The second held-out family set's vocabulary (issue 16's held-out
//! check): sites, outlets, interface strings, article bodies, autoblog
//! credits and widgets, written from what the real products print, without
//! reading the stripper (`src/syndication`, `src/rules`, `src/extract`) and
//! with strings different from `vocab.rs` and `families_vocab.rs`.
//!
//! Where the shapes come from (remembered from the products' default
//! output, not copied from any site):
//! - credits: WP Automatic's raw `[source_link]` and its oEmbed card of the
//!   original (`wp-embedded-content`), FeedWordPress's "syndicated from"
//!   attribution, WPeMatico's title-and-outlet line, CyberSEO's
//!   "Article sourced from", Feedzy's "curated from", RSS Aggregator's
//!   source table, AI rewriters' notes, Italian "Articolo tratto da",
//!   Spanish "Tomado de", German "Originalquelle", French "Retrouvez cet
//!   article sur", emoji and logo boxes;
//! - chat widgets: Chatwoot, 3CX Live Chat (ex WP Live Chat Support),
//!   HelpCrunch, Trengo, Elfsight WhatsApp Chat, Collect.chat,
//!   Kommunicate, Tiledesk, Pure Chat;
//! - consent: Osano's cookieconsent (`cc-window`), CookieFirst, Klaro,
//!   Cookie-Script, Google Funding Choices (`fc-consent-root`), CookieHub;
//! - share bars: Grow/Social Pug (`dpsp-`), Novashare, Shareaholic,
//!   Ultimate Social Media Icons, Monarch, ShareThis, JNews's own;
//!   newsletters: MailPoet, Brevo, ConvertKit, MailerLite, Jetpack
//!   Subscriptions; sponsored: Revcontent, MGID, ZergNet, Content.ad;
//!   push: PushEngage, Webpushr, iZooto; follow boxes: Google News,
//!   "preferred source on Google", Telegram and WhatsApp channels;
//! - file names: Huawei and Xiaomi phones, GoPro, DJI drones, OBS and
//!   Snipping Tool captures, Lightroom exports, Unsplash and Freepik
//!   downloads, Figma exports, Tumblr media names, with `-scaled`, `-WxH`,
//!   `-jpg.webp` and Imagify/ShortPixel suffixes.
//!
//! Placeholders: `{site}`, `{SITE}`, `{domain}`, `{home}`, `{page}`,
//! `{share_url}`, `{url}` (the original), `{ohome}`, `{odomain}`,
//! `{outlet}`, `{author}`, `{title}`, `{date}`, `{n}`, `{staff}`,
//! `{year}`, and the interface strings `{share}`, `{nl_title}`,
//! `{nl_text}`, `{nl_ph}`, `{nl_btn}`, `{ck_msg}`, `{ck_ok}`, `{ck_no}`,
//! `{ck_prefs}`, `{chat_hi}`, `{chat_cta}`, `{chat_ph}`, `{push_text}`,
//! `{push_yes}`, `{push_no}`, `{ad_label}`, `{sponsored}`, `{also_read}`.

use super::vocab::{Credit, CreditSource, Lang};

/// The languages of the set.
pub const F2_LANGS: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::It];

pub fn li2(l: Lang) -> usize {
    match l {
        Lang::En => 0,
        Lang::De => 1,
        Lang::Fr => 2,
        Lang::Es => 3,
        _ => 4,
    }
}

// ---------------------------------------------------------------------------
// Sites and outlets
// ---------------------------------------------------------------------------

/// Spam sites: (name, domain, language).
pub static F2_SITES: &[(&str, &str, Lang)] = &[
    ("Daily Newsroll", "dailynewsroll.com", Lang::En),
    ("Quickwire Central", "quickwirecentral.net", Lang::En),
    ("The Buzz Almanac", "buzzalmanac.co", Lang::En),
    ("NewsOrbit360", "newsorbit360.com", Lang::En),
    ("Headline Harbor", "headlineharbor.org", Lang::En),
    ("Nachrichtenwelle", "nachrichtenwelle.de", Lang::De),
    ("Stadtfunk Aktuell", "stadtfunk-aktuell.de", Lang::De),
    ("Infoblick24", "infoblick24.net", Lang::De),
    ("Le Fil Express", "lefilexpress.fr", Lang::Fr),
    ("Actu Panorama", "actupanorama.com", Lang::Fr),
    ("InfoMinute Plus", "infominuteplus.fr", Lang::Fr),
    ("Noticias al Momento", "noticiasalmomento.net", Lang::Es),
    ("El Mirador Digital", "elmiradordigital.com", Lang::Es),
    ("Pulso Informativo", "pulsoinformativo.es", Lang::Es),
    ("Notizie Lampo", "notizielampo.it", Lang::It),
    ("Il Quotidiano Smart", "quotidianosmart.com", Lang::It),
    ("Cronaca Veloce", "cronacaveloce.net", Lang::It),
];

/// Outlets the spam sites copy: (name, home, language).
pub static F2_OUTLETS: &[(&str, &str, Lang)] = &[
    (
        "Lakeshore Gazette",
        "https://www.lakeshoregazette.example/",
        Lang::En,
    ),
    (
        "Pinecrest Herald",
        "https://pinecrestherald.example/",
        Lang::En,
    ),
    (
        "Coastline Weekly",
        "https://www.coastlineweekly.example/",
        Lang::En,
    ),
    (
        "Talbot County Courier",
        "https://talbotcourier.example/",
        Lang::En,
    ),
    (
        "Rheintal Anzeiger",
        "https://www.rheintal-anzeiger.example/",
        Lang::De,
    ),
    (
        "Hügelland Kurier",
        "https://huegelland-kurier.example/",
        Lang::De,
    ),
    (
        "Nordstadt Blatt",
        "https://www.nordstadtblatt.example/",
        Lang::De,
    ),
    (
        "La Voix du Bocage",
        "https://www.voixdubocage.example/",
        Lang::Fr,
    ),
    (
        "Le Courrier des Causses",
        "https://courrierdescausses.example/",
        Lang::Fr,
    ),
    (
        "Estuaire Info",
        "https://www.estuaire-info.example/",
        Lang::Fr,
    ),
    (
        "Diario del Valle Alto",
        "https://www.diariovallealto.example/",
        Lang::Es,
    ),
    (
        "La Gaceta Ribereña",
        "https://gacetaribera.example/",
        Lang::Es,
    ),
    (
        "Crónica Serrana",
        "https://www.cronicaserrana.example/",
        Lang::Es,
    ),
    (
        "Il Corriere delle Valli",
        "https://www.corrierevalli.example/",
        Lang::It,
    ),
    (
        "La Gazzetta del Lago",
        "https://gazzettadellago.example/",
        Lang::It,
    ),
    (
        "Eco della Pianura",
        "https://www.ecodellapianura.example/",
        Lang::It,
    ),
];

/// Original authors.
pub static F2_AUTHORS: &[&str] = &[
    "Marguerite Olsen",
    "Tobias Wrenfield",
    "Anneliese Kord",
    "Élodie Marchal",
    "Ignacio Berrocal",
    "Chiara Vendramin",
    "Desmond Achebe-Hart",
    "Franziska Lindqvist",
];

/// The spam site's "staff" byline, per language.
pub static F2_STAFF: [&[&str]; 5] = [
    &["Newsdesk", "Admin", "editor", "Staff Writer"],
    &["Redaktion", "Admin", "Nachrichtenteam"],
    &["Rédaction", "admin", "La rédaction web"],
    &["Redacción", "admin", "Equipo editorial"],
    &["Redazione", "admin", "Redazione web"],
];

// ---------------------------------------------------------------------------
// Interface strings
// ---------------------------------------------------------------------------

pub struct Ui2 {
    pub lang: Lang,
    pub html_lang: &'static str,
    pub menu: [&'static str; 5],
    pub cats: [&'static str; 4],
    pub search: &'static str,
    pub recent: &'static str,
    pub related: &'static str,
    pub trending: &'static str,
    pub share: &'static str,
    pub by: &'static str,
    pub updated: &'static str,
    pub min_read: &'static str,
    pub read_more: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub home: &'static str,
    pub rights: &'static str,
    pub privacy: &'static str,
    pub contact: &'static str,
    pub about: &'static str,
    pub tags: &'static str,
    pub comments: &'static str,
    pub leave: &'static str,
    pub name: &'static str,
    pub email: &'static str,
    pub comment_ph: &'static str,
    pub submit: &'static str,
    pub nl_title: &'static str,
    pub nl_text: &'static str,
    pub nl_ph: &'static str,
    pub nl_btn: &'static str,
    pub ck_msg: &'static str,
    pub ck_ok: &'static str,
    pub ck_no: &'static str,
    pub ck_prefs: &'static str,
    pub chat_hi: &'static str,
    pub chat_cta: &'static str,
    pub chat_ph: &'static str,
    pub push_text: &'static str,
    pub push_yes: &'static str,
    pub push_no: &'static str,
    pub ad_label: &'static str,
    pub sponsored: &'static str,
    pub also_read: &'static str,
    pub about_author: &'static str,
    pub views: &'static str,
}

pub static UI2: [Ui2; 5] = [
    Ui2 {
        lang: Lang::En,
        html_lang: "en-US",
        menu: ["Home", "World", "Local", "Money", "Lifestyle"],
        cats: ["Local News", "Community", "Environment", "Business"],
        search: "Search for:",
        recent: "Latest Stories",
        related: "You might also like",
        trending: "Trending Now",
        share: "Share this article",
        by: "Written by",
        updated: "Last updated:",
        min_read: "min read",
        read_more: "Continue reading",
        prev: "Previous article",
        next: "Next article",
        home: "Home",
        rights: "All rights reserved.",
        privacy: "Privacy Policy",
        contact: "Contact Us",
        about: "About Us",
        tags: "Tagged:",
        comments: "Comments",
        leave: "Leave a Comment",
        name: "Your name",
        email: "Your email address",
        comment_ph: "Join the discussion…",
        submit: "Submit Comment",
        nl_title: "Get the morning digest",
        nl_text: "The five stories you need, in your inbox before breakfast. No spam, ever.",
        nl_ph: "Enter your email",
        nl_btn: "Sign me up",
        ck_msg: "We use cookies to personalise content and ads and to analyse our traffic.",
        ck_ok: "Allow all",
        ck_no: "Only necessary",
        ck_prefs: "Customise",
        chat_hi: "Hi there 👋 How can we help you today?",
        chat_cta: "Chat with our team",
        chat_ph: "Type your message here…",
        push_text: "Get notified when we publish breaking news.",
        push_yes: "Yes, notify me",
        push_no: "No thanks",
        ad_label: "ADVERTISEMENT",
        sponsored: "Promoted Stories",
        also_read: "ALSO READ:",
        about_author: "About the author",
        views: "views",
    },
    Ui2 {
        lang: Lang::De,
        html_lang: "de-DE",
        menu: ["Startseite", "Region", "Politik", "Wirtschaft", "Freizeit"],
        cats: ["Lokales", "Umwelt", "Verkehr", "Vereine"],
        search: "Suchen nach:",
        recent: "Neueste Artikel",
        related: "Das könnte Sie auch interessieren",
        trending: "Meistgelesen",
        share: "Artikel teilen",
        by: "Verfasst von",
        updated: "Zuletzt aktualisiert:",
        min_read: "Min. Lesezeit",
        read_more: "Mehr lesen",
        prev: "Vorheriger Artikel",
        next: "Nächster Artikel",
        home: "Startseite",
        rights: "Alle Rechte vorbehalten.",
        privacy: "Datenschutzerklärung",
        contact: "Kontakt",
        about: "Über uns",
        tags: "Schlagwörter:",
        comments: "Kommentare",
        leave: "Kommentar verfassen",
        name: "Ihr Name",
        email: "Ihre E-Mail-Adresse",
        comment_ph: "Diskutieren Sie mit…",
        submit: "Kommentar absenden",
        nl_title: "Der Morgen-Newsletter",
        nl_text: "Die wichtigsten Meldungen des Tages, jeden Morgen kostenlos per E-Mail.",
        nl_ph: "E-Mail-Adresse eingeben",
        nl_btn: "Jetzt anmelden",
        ck_msg: "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren.",
        ck_ok: "Alle zulassen",
        ck_no: "Nur notwendige",
        ck_prefs: "Anpassen",
        chat_hi: "Hallo 👋 Wie können wir Ihnen helfen?",
        chat_cta: "Mit uns chatten",
        chat_ph: "Nachricht eingeben…",
        push_text: "Möchten Sie bei Eilmeldungen benachrichtigt werden?",
        push_yes: "Ja, gerne",
        push_no: "Nein danke",
        ad_label: "ANZEIGE",
        sponsored: "Gesponserte Inhalte",
        also_read: "AUCH INTERESSANT:",
        about_author: "Über den Autor",
        views: "Aufrufe",
    },
    Ui2 {
        lang: Lang::Fr,
        html_lang: "fr-FR",
        menu: ["Accueil", "Région", "Société", "Économie", "Loisirs"],
        cats: ["Actualités locales", "Environnement", "Culture", "Transports"],
        search: "Rechercher :",
        recent: "Derniers articles",
        related: "Vous aimerez aussi",
        trending: "Les plus lus",
        share: "Partager l’article",
        by: "Écrit par",
        updated: "Mis à jour le",
        min_read: "min de lecture",
        read_more: "Lire la suite",
        prev: "Article précédent",
        next: "Article suivant",
        home: "Accueil",
        rights: "Tous droits réservés.",
        privacy: "Politique de confidentialité",
        contact: "Nous contacter",
        about: "À propos",
        tags: "Mots-clés :",
        comments: "Commentaires",
        leave: "Laisser un commentaire",
        name: "Votre nom",
        email: "Votre adresse e-mail",
        comment_ph: "Rejoignez la discussion…",
        submit: "Publier le commentaire",
        nl_title: "La lettre du matin",
        nl_text: "L’essentiel de l’actualité chaque matin dans votre boîte mail, gratuitement.",
        nl_ph: "Votre e-mail",
        nl_btn: "Je m’inscris",
        ck_msg: "Nous utilisons des cookies pour personnaliser le contenu et les publicités et analyser notre trafic.",
        ck_ok: "Tout accepter",
        ck_no: "Continuer sans accepter",
        ck_prefs: "Personnaliser",
        chat_hi: "Bonjour 👋 Comment pouvons-nous vous aider ?",
        chat_cta: "Discuter avec nous",
        chat_ph: "Écrivez votre message…",
        push_text: "Recevez une alerte à chaque information importante.",
        push_yes: "Oui, m’alerter",
        push_no: "Plus tard",
        ad_label: "PUBLICITÉ",
        sponsored: "Contenus sponsorisés",
        also_read: "À LIRE AUSSI :",
        about_author: "À propos de l’auteur",
        views: "vues",
    },
    Ui2 {
        lang: Lang::Es,
        html_lang: "es-ES",
        menu: ["Inicio", "Nacional", "Comarca", "Economía", "Ocio"],
        cats: ["Actualidad", "Sociedad", "Medio ambiente", "Cultura"],
        search: "Buscar:",
        recent: "Últimas noticias",
        related: "También te puede interesar",
        trending: "Lo más leído",
        share: "Comparte esta noticia",
        by: "Escrito por",
        updated: "Actualizado:",
        min_read: "min de lectura",
        read_more: "Leer más",
        prev: "Artículo anterior",
        next: "Artículo siguiente",
        home: "Inicio",
        rights: "Todos los derechos reservados.",
        privacy: "Política de privacidad",
        contact: "Contacto",
        about: "Quiénes somos",
        tags: "Etiquetas:",
        comments: "Comentarios",
        leave: "Deja un comentario",
        name: "Tu nombre",
        email: "Tu correo electrónico",
        comment_ph: "Únete a la conversación…",
        submit: "Enviar comentario",
        nl_title: "El boletín de la mañana",
        nl_text: "Las noticias clave del día, cada mañana en tu correo. Gratis.",
        nl_ph: "Tu correo electrónico",
        nl_btn: "Quiero suscribirme",
        ck_msg: "Usamos cookies propias y de terceros para personalizar el contenido y analizar el tráfico.",
        ck_ok: "Aceptar todas",
        ck_no: "Rechazar",
        ck_prefs: "Configurar",
        chat_hi: "¡Hola! 👋 ¿En qué podemos ayudarte?",
        chat_cta: "Habla con nosotros",
        chat_ph: "Escribe tu mensaje…",
        push_text: "¿Quieres recibir notificaciones con las últimas noticias?",
        push_yes: "Sí, avisarme",
        push_no: "Ahora no",
        ad_label: "PUBLICIDAD",
        sponsored: "Contenido patrocinado",
        also_read: "LEE TAMBIÉN:",
        about_author: "Sobre el autor",
        views: "visitas",
    },
    Ui2 {
        lang: Lang::It,
        html_lang: "it-IT",
        menu: ["Home", "Cronaca", "Territorio", "Economia", "Tempo libero"],
        cats: ["Attualità", "Ambiente", "Cultura", "Società"],
        search: "Cerca:",
        recent: "Ultimi articoli",
        related: "Potrebbe interessarti anche",
        trending: "I più letti",
        share: "Condividi l’articolo",
        by: "Scritto da",
        updated: "Aggiornato il",
        min_read: "min di lettura",
        read_more: "Continua a leggere",
        prev: "Articolo precedente",
        next: "Articolo successivo",
        home: "Home",
        rights: "Tutti i diritti riservati.",
        privacy: "Informativa privacy",
        contact: "Contatti",
        about: "Chi siamo",
        tags: "Tag:",
        comments: "Commenti",
        leave: "Lascia un commento",
        name: "Il tuo nome",
        email: "La tua email",
        comment_ph: "Partecipa alla discussione…",
        submit: "Invia commento",
        nl_title: "La newsletter del mattino",
        nl_text: "Le notizie più importanti ogni mattina nella tua casella, gratis.",
        nl_ph: "Il tuo indirizzo email",
        nl_btn: "Iscriviti ora",
        ck_msg: "Utilizziamo i cookie per personalizzare contenuti e annunci e per analizzare il traffico.",
        ck_ok: "Accetta tutti",
        ck_no: "Rifiuta",
        ck_prefs: "Preferenze",
        chat_hi: "Ciao 👋 Come possiamo aiutarti?",
        chat_cta: "Chatta con noi",
        chat_ph: "Scrivi il tuo messaggio…",
        push_text: "Vuoi ricevere le notifiche delle ultime notizie?",
        push_yes: "Sì, attiva",
        push_no: "No grazie",
        ad_label: "PUBBLICITÀ",
        sponsored: "Contenuti sponsorizzati",
        also_read: "LEGGI ANCHE:",
        about_author: "L’autore",
        views: "visualizzazioni",
    },
];

// ---------------------------------------------------------------------------
// Article bodies (written for this set)
// ---------------------------------------------------------------------------

/// One block of a story. `T`: a table, header row first; a careful reader
/// keeps every cell (the expectation is one unit per cell, in order).
pub enum S {
    P(&'static str),
    H(&'static str),
    Ul(&'static [&'static str]),
    Ol(&'static [&'static str]),
    Q(&'static str),
    T(&'static [&'static [&'static str]]),
}

pub struct Story2 {
    pub lang: Lang,
    pub title: &'static str,
    pub slug: &'static str,
    pub blocks: &'static [S],
}

use S::*;

pub static F2_STORIES: &[Story2] = &[
    Story2 {
        lang: Lang::En,
        title: "Harbour town votes to keep its last payphone as a listed landmark",
        slug: "harbour-town-last-payphone-landmark",
        blocks: &[
            P("The red telephone box at the end of Quay Road has not taken a coin since 2019, but on Tuesday the town council voted seven to two to keep it."),
            P("The phone company had asked for permission to remove the kiosk, which it says costs more to insure than it ever earned in calls. Councillors instead asked the county to list it as a local landmark."),
            H("A booth with a second life"),
            P("Since the line was cut, residents have used the box as a swap shelf for paperbacks and, in winter, as a place to leave spare gloves and hats for anyone who needs them."),
            Q("People share things in there that they would never put on a website. It is the most trusted noticeboard in town."),
            P("That was Maureen Tillett, who has kept the shelves tidy for four years and signs every book she adds with a small pencilled star."),
            P("Not everyone agreed. One councillor said the town should not take on a liability for sentiment, and another asked who would pay to repaint it."),
            P("The answer came from the harbour master, who told the meeting the fishermen's association would cover the paint and a new bulb."),
            P("The source of the original red paint is still a mystery; the county archive has no record of who last repainted it."),
            P("Listing is expected to take about six weeks."),
        ],
    },
    Story2 {
        lang: Lang::En,
        title: "Volunteers graft two hundred heritage apple trees in one weekend",
        slug: "volunteers-graft-heritage-apple-trees",
        blocks: &[
            P("Forty volunteers spent last weekend in a cold barn on Ashby Lane, splicing cuttings from old orchard trees onto young rootstock."),
            P("The project, run by the parish orchard group, aims to save local varieties that survive only as one or two ageing trees in back gardens."),
            H("What they grafted"),
            T(&[
                &["Variety", "Trees grafted", "Oldest known parent"],
                &["Ashby Russet", "64", "about 1890"],
                &["Miller's Seedling", "51", "about 1910"],
                &["Quay Pippin", "85", "unknown"],
            ]),
            P("Each graft is wrapped, labelled and potted before it goes to a nursery bed behind the school."),
            P("Group secretary Hal Brennan gave credit to the families who let volunteers into their gardens to take cuttings in January."),
            Q("Half of these trees were one storm away from being firewood."),
            H("How to get one"),
            Ul(&[
                "Trees will be ready in two winters",
                "Each household may reserve one tree",
                "Reservations open at the autumn fair",
            ]),
            P("The group asks anyone who knows of an old apple tree with no name to get in touch through the parish office."),
        ],
    },
    Story2 {
        lang: Lang::En,
        title: "Small publishers brace for the browser change to third-party cookies",
        slug: "small-publishers-third-party-cookies-change",
        blocks: &[
            P("When the browser update lands next spring, the advertising scripts that follow readers from site to site will stop working for most users, and small news sites are not sure what comes next."),
            P("Third-party cookies, the small files that let ad networks recognise a browser across different websites, have paid for much of the free web for two decades."),
            H("What changes for readers"),
            P("Readers will see fewer pop-ups asking them to accept all cookies, because there will be less to consent to. Ads will still appear, but they will be chosen by the page they sit on rather than by a profile."),
            P("Hannah Greve, who runs a two-person local news site, said her advertising income fell by a third during a trial last year."),
            Q("We will ask readers to subscribe, and some will. Most will not, and that is the hole we have to fill."),
            H("What publishers are trying"),
            Ol(&[
                "Asking readers to sign in before reading a third article",
                "Selling sponsorships of whole sections instead of single ads",
                "Pooling their ad space with other small sites",
            ]),
            P("Greve said she will share her figures with other local sites when the change is six months old."),
            P("Nobody yet knows whether that will be enough."),
        ],
    },
    Story2 {
        lang: Lang::En,
        title: "Night bus pilot extended after riders send in their stories",
        slug: "night-bus-pilot-extended-riders-stories",
        blocks: &[
            P("A late-night bus between the hospital and the east estates will keep running until next summer after the transport board received more than three hundred letters in its favour."),
            P("The route was meant to be a twelve-week trial. Most of its riders are shift workers: cleaners, nurses, kitchen staff and warehouse pickers who finish after the last regular bus."),
            H("What the riders wrote"),
            P("Board member Priya Natarajan read several letters aloud at the meeting. One porter wrote that the bus had saved him forty pounds a week in taxis."),
            Q("I used to walk home along the ring road at two in the morning. Now I sit down and I am home in nineteen minutes."),
            P("Riders can use the same travel credit as on daytime routes, and children under sixteen travel free with an adult."),
            P("The board will subscribe the route to the live departure boards in January, so riders can check the next bus from their phones."),
            P("It costs about eleven thousand pounds a month to run."),
            P("Natarajan said the board would look for a second route if numbers hold through the winter."),
        ],
    },
    Story2 {
        lang: Lang::En,
        title: "Retired engineer brings a 1930s radio transmitter back to life",
        slug: "retired-engineer-1930s-radio-transmitter",
        blocks: &[
            P("For eighteen months, Clive Umber spent three afternoons a week in the basement of the town museum with a soldering iron and a box of valves older than he is."),
            P("On Saturday the transmitter he restored, which once broadcast weather warnings to the fishing fleet, went back on the air for ten minutes under a special licence."),
            H("Parts from everywhere"),
            P("Several valves had to come from collectors abroad. Umber found a replacement power source, a heavy transformer, in a farm shed two villages away."),
            P("He gives much of the credit to his late father, who worked as a radio operator on the trawlers and taught him to read a circuit diagram at the kitchen table."),
            T(&[
                &["Part", "Where it came from"],
                &["Output valves", "A collector in Eindhoven"],
                &["Mains transformer", "A farm shed near Ledbury"],
                &["Tuning dial", "The original, cleaned"],
            ]),
            Q("It smells exactly as it did when I was a boy. Warm dust and hot metal."),
            P("Visitors to the museum can see the transmitter working on the first Sunday of each month."),
            P("The museum hopes to record the broadcast and share it with schools."),
        ],
    },
    Story2 {
        lang: Lang::De,
        title: "Stadtbibliothek verleiht jetzt auch Saatgut",
        slug: "stadtbibliothek-verleiht-saatgut",
        blocks: &[
            P("Wer in der Stadtbibliothek künftig nach Büchern über Gemüseanbau sucht, kann gleich das passende Saatgut mitnehmen. Seit Montag steht im Lesesaal ein alter Karteikasten mit über sechzig Sorten."),
            P("Die Idee stammt von zwei Mitarbeiterinnen, die in ihrer Freizeit einen Gemeinschaftsgarten betreuen."),
            H("So funktioniert die Ausleihe"),
            Ol(&[
                "Tütchen aus dem Kasten nehmen und an der Theke eintragen lassen",
                "Im eigenen Garten oder auf dem Balkon aussäen",
                "Im Herbst einen Teil der geernteten Samen zurückbringen",
            ]),
            P("Wer nichts zurückbringt, muss nichts bezahlen. Die Bibliothek setzt auf Vertrauen."),
            Q("Es geht nicht darum, jeden Samen zu zählen. Es geht darum, dass alte Sorten weitergegeben werden."),
            P("Besonders gefragt sind bisher Tomaten, Bohnen und eine Kürbissorte, die ein Landwirt aus dem Nachbarort gespendet hat."),
            P("Die Bibliothek will die Erfahrungen mit anderen Häusern im Landkreis teilen."),
            P("Im Frühjahr folgt ein Kurs zum Gärtnern auf kleinem Raum."),
        ],
    },
    Story2 {
        lang: Lang::De,
        title: "Bürgerwindrad liefert im ersten Jahr mehr Strom als erwartet",
        slug: "buergerwindrad-erstes-jahr-mehr-strom",
        blocks: &[
            P("Das Windrad auf der Anhöhe über dem Dorf hat in seinem ersten Betriebsjahr rund sieben Prozent mehr Strom erzeugt, als die Genossenschaft berechnet hatte."),
            P("Gut dreihundert Mitglieder haben sich mit Anteilen ab fünfhundert Euro beteiligt. Die meisten wohnen im Ort oder in den Nachbargemeinden."),
            H("Die Zahlen"),
            T(&[
                &["Kennzahl", "Plan", "Ergebnis"],
                &["Stromertrag", "6,1 Mio. kWh", "6,5 Mio. kWh"],
                &["Ausfalltage", "12", "9"],
                &["Dividende", "3 Prozent", "3,5 Prozent"],
            ]),
            P("Vorstand Gerd Hollmann führt das vor allem auf einen windreichen Herbst zurück. Man solle sich an das gute Jahr nicht gewöhnen, sagte er bei der Versammlung."),
            Q("Ein Jahr ist keine Statistik. Aber es ist ein guter Anfang."),
            P("Kritik gab es an den Schattenwürfen im Winter, über die sich zwei Anwohner beschwert hatten. Die Genossenschaft hat die Abschaltzeiten inzwischen angepasst."),
            P("Wer neue Anteile abonnieren möchte, muss sich gedulden: Die Warteliste ist bis zum Sommer geschlossen."),
            P("Ein zweites Windrad ist im Gespräch."),
        ],
    },
    Story2 {
        lang: Lang::De,
        title: "Wanderverein legt vergessenen Quellenweg wieder frei",
        slug: "wanderverein-quellenweg-wieder-frei",
        blocks: &[
            P("Über Jahrzehnte war der alte Pfad zur Brunnenquelle im Stadtwald kaum noch zu erkennen. Jetzt haben Mitglieder des Wandervereins ihn an vier Samstagen wieder freigelegt."),
            P("Sie schnitten Brombeeren zurück, setzten Trittsteine neu und stellten an der Quelle eine Bank auf, die ein Schreiner aus dem Ort gebaut hat."),
            H("Ein Weg mit Geschichte"),
            P("Bis in die fünfziger Jahre holten Familien aus dem Unterdorf hier ihr Trinkwasser. Die Quelle schüttet noch immer, auch im trockenen Sommer."),
            Q("Meine Großmutter hat hier jeden Morgen zwei Eimer geholt. Ich wusste nicht mehr, wo der Weg anfängt."),
            P("Das erzählte eine Anwohnerin beim Eröffnungsspaziergang am Sonntag, zu dem rund achtzig Menschen kamen."),
            Ul(&[
                "Länge: etwa 2,4 Kilometer",
                "Start am Parkplatz Lindenhof",
                "Nicht barrierefrei, festes Schuhwerk empfohlen",
            ]),
            P("Der Verein bittet darum, Fotos vom Weg mit dem Forstamt zu teilen, falls umgestürzte Bäume den Pfad versperren."),
            P("Eine Infotafel folgt im Frühjahr."),
        ],
    },
    Story2 {
        lang: Lang::De,
        title: "Hofladen mit Automat: Bauernfamilie verkauft rund um die Uhr",
        slug: "hofladen-automat-rund-um-die-uhr",
        blocks: &[
            P("Eier, Nudeln, Kartoffeln und im Sommer Erdbeeren: Familie Brandstätter verkauft ihre Erzeugnisse seit einem Jahr aus einem Automaten am Hoftor."),
            P("Der Automat mit vierzig Fächern hat rund zwölftausend Euro gekostet. Ein Teil davon kam aus einem Förderprogramm des Landes."),
            H("Kundschaft aus der Stadt"),
            P("Viele Kunden kommen abends nach der Arbeit oder am Sonntag, wenn die Supermärkte geschlossen sind."),
            Q("Am Anfang dachten wir, das ist etwas für Notfälle. Inzwischen ist der Automat sonntags oft leer."),
            P("Bezahlen kann man bar oder mit Karte. Kekse aus der Backstube einer Nachbarin sind der Renner, seit sie im Herbst ins Sortiment kamen."),
            P("Die Familie teilt ihre Erfahrungen inzwischen in einem Stammtisch mit anderen Direktvermarktern."),
            P("Ein zweiter Automat für Fleisch und Wurst ist beantragt."),
        ],
    },
    Story2 {
        lang: Lang::Fr,
        title: "La navette fluviale reprend du service entre les deux rives",
        slug: "navette-fluviale-reprend-service",
        blocks: &[
            P("Après deux ans d’arrêt, la petite navette qui relie les deux rives du fleuve a repris du service lundi matin, sous une pluie fine et devant une cinquantaine d’habitants."),
            P("Le bateau, entièrement électrique, remplace l’ancienne vedette au gazole dont la coque ne passait plus les contrôles."),
            H("Horaires et tarifs"),
            T(&[
                &["Période", "Fréquence", "Prix"],
                &["Semaine", "Toutes les 20 minutes", "1 €"],
                &["Week-end", "Toutes les 30 minutes", "1 €"],
                &["Moins de 12 ans", "—", "Gratuit"],
            ]),
            P("La traversée dure quatre minutes. Les vélos sont acceptés dans la limite de six par rotation."),
            Q("Pour aller travailler, je faisais un détour de neuf kilomètres par le pont. Là, je gagne une demi-heure par jour."),
            P("Le conducteur, Yannick Le Goff, a passé son permis fluvial cet hiver. Il dit recevoir chaque jour des dessins d’enfants qu’il affiche dans la cabine."),
            P("La mairie compte partager le bilan de fréquentation à la fin de l’été."),
            P("Les abonnements mensuels seront disponibles en septembre."),
        ],
    },
    Story2 {
        lang: Lang::Fr,
        title: "Au village, la source qui alimentait le lavoir coule à nouveau",
        slug: "village-source-lavoir-coule-nouveau",
        blocks: &[
            P("Elle s’était tarie au début des années 2000. Depuis le mois dernier, la source qui alimente le vieux lavoir du village coule de nouveau, à la surprise des habitants."),
            P("Selon le syndicat des eaux, la fin du pompage agricole dans la plaine voisine aurait permis à la nappe de remonter."),
            H("Un lavoir restauré"),
            P("Une association de bénévoles avait déjà restauré la toiture et les bancs de pierre. Il ne manquait que l’eau."),
            Q("On avait fini par croire que c’était un décor. Maintenant, les enfants viennent y faire flotter des bateaux en écorce."),
            P("L’eau n’est pas potable, préviennent des panneaux posés par la commune."),
            Ul(&[
                "Visites commentées le premier dimanche du mois",
                "Pique-nique autorisé sur la pelouse",
                "Baignade interdite",
            ]),
            P("Les photos anciennes du lavoir que les familles ont bien voulu partager seront exposées à la salle des fêtes en juin."),
            P("Le maire parle d’un petit miracle."),
        ],
    },
    Story2 {
        lang: Lang::Fr,
        title: "Un festival de jazz en grange fête ses dix ans sans subvention",
        slug: "festival-jazz-grange-dix-ans",
        blocks: &[
            P("Trois soirs, une grange, deux cents chaises pliantes : le festival de jazz de la ferme des Genêts a fêté sa dixième édition le week-end dernier."),
            P("Il n’a jamais reçu de subvention. Les musiciens sont payés grâce à la billetterie et à la buvette, tenue par les voisins."),
            H("Un public fidèle"),
            P("Près de la moitié des spectateurs viennent chaque année. Certains réservent leur place dès l’ouverture de la billetterie, en janvier."),
            Q("Ici, on entend le public respirer. Pour un musicien, c’est un cadeau."),
            P("Cette année, la programmation faisait la part belle aux jeunes formations de la région, dont un trio sorti du conservatoire l’an dernier."),
            P("Entre deux concerts, les bénévoles servaient des cookies maison et du cidre de la ferme."),
            P("Les organisateurs cherchent désormais des bénévoles pour le montage de la scène."),
        ],
    },
    Story2 {
        lang: Lang::Fr,
        title: "La coopérative laitière ouvre une fromagerie à la ferme",
        slug: "cooperative-laitiere-fromagerie-ferme",
        blocks: &[
            P("Douze éleveurs du plateau ont décidé de transformer eux-mêmes une partie de leur lait. Leur fromagerie coopérative a ouvert ses portes samedi."),
            P("Jusqu’ici, tout le lait partait vers une laiterie industrielle à cent kilomètres, payé au prix fixé par l’acheteur."),
            H("Trois fromages pour commencer"),
            Ol(&[
                "Une tomme affinée huit semaines",
                "Un fromage frais aux herbes",
                "Une faisselle vendue le jour même",
            ]),
            P("La fromagère, recrutée en Savoie, forme deux jeunes du canton en apprentissage."),
            Q("Le lait, on le connaît par cœur. Le fromage, on l’apprend."),
            P("La boutique est ouverte le mercredi et le samedi matin. Les éleveurs espèrent à terme transformer un tiers de leur production."),
            P("Une visite pour les écoles est prévue au printemps."),
        ],
    },
    Story2 {
        lang: Lang::Es,
        title: "El colegio del pueblo convierte su patio en un huerto escolar",
        slug: "colegio-pueblo-patio-huerto-escolar",
        blocks: &[
            P("Donde antes había una pista de cemento agrietada, ahora crecen lechugas, habas y girasoles. El colegio público del pueblo ha transformado medio patio en un huerto escolar."),
            P("La obra la hicieron las familias durante tres fines de semana, con tierra donada por una cooperativa agrícola de la comarca."),
            H("Cada curso, una parcela"),
            P("Los alumnos de cada curso cuidan su propia parcela y apuntan en un cuaderno lo que siembran, cuándo riegan y lo que cosechan."),
            Q("Hay niños que no sabían que las patatas crecen bajo tierra. Ahora las desentierran ellos."),
            P("La fuente del patio, que llevaba años cerrada, se ha reparado para regar sin manguera."),
            Ul(&[
                "Doce parcelas de dos metros cuadrados",
                "Compostera con los restos del comedor",
                "Riego por goteo en verano",
            ]),
            P("La directora quiere compartir el proyecto con otros colegios de la zona en unas jornadas en mayo."),
            P("La primera cosecha irá al comedor."),
        ],
    },
    Story2 {
        lang: Lang::Es,
        title: "Vuelve el tren turístico que recorre la antigua línea minera",
        slug: "vuelve-tren-turistico-linea-minera",
        blocks: &[
            P("Tras cuatro años parado, el tren turístico que recorre los once kilómetros de la antigua línea minera vuelve a funcionar este sábado."),
            P("La locomotora, de 1956, ha sido restaurada por un grupo de antiguos ferroviarios que se reúnen cada martes en las cocheras."),
            H("Horarios de la temporada"),
            T(&[
                &["Día", "Salida", "Regreso"],
                &["Sábados", "11:00", "13:15"],
                &["Domingos", "10:30", "12:45"],
                &["Festivos", "11:00", "13:15"],
            ]),
            P("El billete cuesta ocho euros para adultos y cuatro para menores de doce años."),
            Q("Mi padre conducía este tren cuando llevaba mineral. Ahora lleva a sus nietos."),
            P("La asociación pide a quien tenga fotografías antiguas de la línea que las comparta para una exposición en la estación."),
            P("Las plazas suelen agotarse en verano, así que recomiendan reservar."),
        ],
    },
    Story2 {
        lang: Lang::Es,
        title: "Una almazara cooperativa paga más a los pequeños olivareros",
        slug: "almazara-cooperativa-pequenos-olivareros",
        blocks: &[
            P("Los socios de la almazara cooperativa del valle cobrarán este año un quince por ciento más por su aceituna que la media de la provincia."),
            P("La cooperativa lo atribuye a la venta directa de aceite embotellado, que ya supone un tercio de su producción."),
            H("Menos intermediarios"),
            P("Hasta hace cinco años, casi todo el aceite se vendía a granel a grandes envasadoras. Ahora la cooperativa tiene tienda propia y vende por internet."),
            Q("Antes nos decían el precio por teléfono. Ahora lo decidimos en asamblea."),
            P("El gerente, Aurelio Casado, reconoce que la venta en línea exige un trabajo que nadie había previsto: fotografías, envíos, atención a los clientes."),
            P("Para quien quiera suscribirse, la cooperativa ofrece una caja trimestral con aceite de la última cosecha."),
            P("La campaña empieza en noviembre."),
        ],
    },
    Story2 {
        lang: Lang::Es,
        title: "Un festival de cine rural proyecta en eras y plazas",
        slug: "festival-cine-rural-eras-plazas",
        blocks: &[
            P("Durante diez noches de agosto, una pantalla hinchable recorre ocho pueblos de la sierra. El festival de cine rural cumple su quinta edición con récord de público."),
            P("Las películas se proyectan en eras, frontones y plazas mayores. El público lleva sus propias sillas."),
            H("Cine para quien no tiene cine"),
            P("El cine más cercano está a setenta kilómetros. Para muchos vecinos mayores, el festival es la única ocasión del año de ver una película en pantalla grande."),
            Q("La primera noche vino una señora de noventa años que no pisaba un cine desde los sesenta."),
            Ol(&[
                "Cortometrajes de escuelas de cine",
                "Un clásico restaurado cada noche",
                "Un documental sobre la comarca para cerrar",
            ]),
            P("Los organizadores quieren compartir el modelo con otras comarcas y buscan patrocinadores para comprar un segundo proyector."),
            P("La entrada es gratuita."),
        ],
    },
    Story2 {
        lang: Lang::It,
        title: "Riapre la funivia del paese dopo tre anni di lavori",
        slug: "riapre-funivia-paese-tre-anni",
        blocks: &[
            P("Dopo tre anni di cantiere, la piccola funivia che collega il paese all’alpeggio ha ripreso a funzionare domenica mattina."),
            P("Le cabine, da otto posti, sono state sostituite e l’impianto è ora alimentato in parte da pannelli solari sul tetto della stazione a valle."),
            H("Orari e biglietti"),
            T(&[
                &["Biglietto", "Prezzo"],
                &["Andata e ritorno", "12 euro"],
                &["Residenti", "Gratuito"],
                &["Bambini sotto i 10 anni", "5 euro"],
            ]),
            P("La salita dura sei minuti. In estate le corse partono ogni mezz’ora dalle otto alle diciannove."),
            Q("Per noi allevatori è come riavere una strada. Il formaggio scende in funivia, non più a spalla."),
            P("Il comune vuole condividere i dati sui passaggi con la regione per chiedere un contributo alla manutenzione."),
            P("A fine estate è prevista una festa alla stazione a monte."),
        ],
    },
    Story2 {
        lang: Lang::It,
        title: "Alla fonte del borgo torna l’acqua dopo la siccità",
        slug: "fonte-borgo-torna-acqua-siccita",
        blocks: &[
            P("Per due estati la fontana della piazza era rimasta a secco. Dopo le piogge di primavera, la fonte che la alimenta ha ripreso a gettare."),
            P("I più anziani ricordano che l’ultima volta era successo nel 1976."),
            H("Una festa improvvisata"),
            P("Sabato sera una trentina di abitanti si è ritrovata in piazza con bicchieri e una chitarra."),
            Q("Non è solo acqua. È il segno che il paese è ancora vivo."),
            P("Il sindaco ha chiesto ai cittadini di non sprecarla: la falda resta bassa e l’estate potrebbe essere di nuovo secca."),
            Ul(&[
                "Vietato lavare auto alla fontana",
                "Acqua non controllata per uso potabile",
                "Segnalare perdite al numero del comune",
            ]),
            P("Una scuola del paese ha chiesto di poter condividere in classe le foto storiche della fonte."),
            P("Se ne riparlerà in consiglio."),
        ],
    },
    Story2 {
        lang: Lang::It,
        title: "La festa della castagna raddoppia i visitatori",
        slug: "festa-castagna-raddoppia-visitatori",
        blocks: &[
            P("Oltre diecimila persone in due giorni: la festa della castagna del paese ha raddoppiato i visitatori rispetto allo scorso anno."),
            P("Gli organizzatori attribuiscono il successo al bus navetta dalla stazione, che ha evitato le code sulla strada provinciale."),
            H("I numeri della festa"),
            Ol(&[
                "Due tonnellate di castagne arrostite",
                "Quaranta volontari per turno",
                "Sei produttori locali di miele e farina",
            ]),
            P("Le caldarroste sono state vendute a tre euro al cartoccio. Il ricavato andrà alla manutenzione dei castagneti abbandonati."),
            Q("Un castagneto pulito è un bosco che non brucia."),
            P("Il presidente della pro loco, Ernesto Ruffini, ha ringraziato i volontari e chiesto a chi vuole iscriversi di farlo entro marzo."),
            P("L’anno prossimo la festa durerà tre giorni."),
        ],
    },
    Story2 {
        lang: Lang::It,
        title: "Una bottega di restauro insegna il mestiere ai ragazzi",
        slug: "bottega-restauro-insegna-mestiere-ragazzi",
        blocks: &[
            P("Nella bottega di via dei Fabbri, Lucia Morandi restaura mobili antichi da trent’anni. Da settembre, tre pomeriggi a settimana, insegna il mestiere a sei ragazzi del paese."),
            P("Il corso è gratuito ed è finanziato da una fondazione locale per due anni."),
            H("Dal banco alla bottega"),
            P("I ragazzi hanno tra i sedici e i diciannove anni. Due hanno lasciato la scuola, gli altri frequentano l’istituto tecnico."),
            Q("Il legno non perdona la fretta. È la prima cosa che imparano."),
            P("Il primo lavoro è stato un cassettone dell’Ottocento donato dalla parrocchia. Ora è esposto nella sala del consiglio comunale."),
            P("Morandi spera che almeno uno di loro apra un giorno una bottega propria."),
            P("Le iscrizioni per il prossimo anno apriranno a giugno."),
        ],
    },
];

// ---------------------------------------------------------------------------
// Autoblog credits
// ---------------------------------------------------------------------------

pub static F2_CREDITS: &[Credit] = &[
    Credit {
        id: "f2-wpauto-bare-url",
        plugin: "WP Automatic [source_link] as a bare URL",
        lang: None,
        block: r##"<p><a href="{url}" target="_blank" rel="nofollow noopener">{url}</a></p>"##,
        inline: Some(r##"<a href="{url}" target="_blank" rel="nofollow noopener">{url}</a>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "f2-wp-embed-card",
        plugin: "WP Automatic / Press This oEmbed card of the original",
        lang: None,
        block: r##"<figure class="wp-block-embed is-type-wp-embed is-provider-{odomain} wp-block-embed-{odomain}"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content" data-secret="x{n}"><a href="{url}">{title}</a></blockquote></div></figure>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "f2-emoji-newspaper",
        plugin: "hand-made emoji credit",
        lang: None,
        block: r##"<p>📰 <a href="{url}" target="_blank" rel="noopener">{outlet}</a></p>"##,
        inline: Some(r##"📰 <a href="{url}" target="_blank" rel="noopener">{outlet}</a>"##),
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "f2-logo-figure",
        plugin: "source logo box (figure)",
        lang: None,
        block: r##"<div class="post-origin-box"><a href="{url}" target="_blank" rel="nofollow"><img src="{ohome}static/img/brand-mark.png" alt="{outlet}" width="140" height="36" class="origin-logo"></a><span class="origin-domain">{odomain}</span></div>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "en-feedwordpress-syndicated",
        plugin: "FeedWordPress attribution",
        lang: Some(Lang::En),
        block: r##"<div class="feedwordpress-attribution"><p>This entry was syndicated from <a href="{ohome}">{outlet}</a>. <a href="{url}" rel="bookmark">Permalink to the original post</a>.</p></div>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "en-wpematico-title-dash",
        plugin: "WPeMatico title-and-outlet template",
        lang: Some(Lang::En),
        block: r##"<p><a href="{url}" target="_blank" rel="nofollow">{title}</a> – {outlet}</p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "en-cyberseo-sourced",
        plugin: "CyberSEO Pro footer",
        lang: Some(Lang::En),
        block: r##"<p class="cyberseo-source"><em>Article sourced from <a href="{url}" target="_blank">{outlet}</a></em></p>"##,
        inline: Some(
            r##"<em>Article sourced from <a href="{url}" target="_blank">{outlet}</a></em>"##,
        ),
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "en-feedzy-curated",
        plugin: "Feedzy full-text import footer",
        lang: Some(Lang::En),
        block: r##"<p>The post <a href="{url}">{title}</a> was curated from <a href="{ohome}">{odomain}</a>.</p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "en-wpra-table",
        plugin: "RSS Aggregator feed item meta table",
        lang: Some(Lang::En),
        block: r##"<table class="wprss-item-meta"><tbody><tr><td class="wprss-label">Source</td><td><a href="{url}" target="_blank" rel="nofollow">{outlet}</a></td></tr><tr><td class="wprss-label">Author</td><td>{author}</td></tr></tbody></table>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "en-ai-rewrite-note",
        plugin: "AI rewriter note (link)",
        lang: Some(Lang::En),
        block: r##"<p><small><em>This article was rewritten with the help of AI from a report by <a href="{url}" rel="nofollow">{outlet}</a> and checked by our editors.</em></small></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "en-plain-story-by",
        plugin: "manual plain credit",
        lang: Some(Lang::En),
        block: r##"<p><em>Story by {author} for {outlet}.</em></p>"##,
        inline: Some(r##"<em>Story by {author} for {outlet}.</em>"##),
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "en-first-appeared-home",
        plugin: "manual credit (outlet home)",
        lang: Some(Lang::En),
        block: r##"<p>This article first appeared in <a href="{ohome}" target="_blank">{outlet}</a>.</p>"##,
        inline: None,
        source: CreditSource::Home,
        top_ok: true,
    },
    Credit {
        id: "de-originalquelle",
        plugin: "manual credit (de)",
        lang: Some(Lang::De),
        block: r##"<p>Originalquelle: <a href="{url}" target="_blank" rel="nofollow">{odomain}</a></p>"##,
        inline: Some(
            r##"Originalquelle: <a href="{url}" target="_blank" rel="nofollow">{odomain}</a>"##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "de-hier-originalbeitrag",
        plugin: "autoblog link line (de)",
        lang: Some(Lang::De),
        block: r##"<p><a href="{url}" target="_blank" rel="noopener">Hier geht’s zum Originalbeitrag</a></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "de-automatisch-uebernommen",
        plugin: "import note (de, plain)",
        lang: Some(Lang::De),
        block: r##"<p><small>Dieser Artikel wurde automatisch von {outlet} übernommen.</small></p>"##,
        inline: None,
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "de-text-und-bild-home",
        plugin: "manual credit (de, home)",
        lang: Some(Lang::De),
        block: r##"<p>Text &amp; Bild: <a href="{ohome}">{outlet}</a></p>"##,
        inline: Some(r##"Text &amp; Bild: <a href="{ohome}">{outlet}</a>"##),
        source: CreditSource::Home,
        top_ok: false,
    },
    Credit {
        id: "fr-retrouvez-sur",
        plugin: "manual credit (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p>Retrouvez cet article sur <a href="{url}" target="_blank" rel="noopener">{outlet}</a></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "fr-voir-original-dash",
        plugin: "autoblog link line (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p><a href="{url}" rel="nofollow">Voir l’article original</a> — {outlet}</p>"##,
        inline: Some(r##"<a href="{url}" rel="nofollow">Voir l’article original</a> — {outlet}"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "fr-credits-texte-plain",
        plugin: "manual plain credit (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p><em>Crédits texte : {outlet}</em></p>"##,
        inline: None,
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "fr-ia-reformule",
        plugin: "AI rewriter note (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p><small>Cet article a été reformulé automatiquement à partir d’une publication de <a href="{url}">{outlet}</a>.</small></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "es-tomado-de",
        plugin: "manual credit (es)",
        lang: Some(Lang::Es),
        block: r##"<p>(Tomado de <a href="{url}" target="_blank">{outlet}</a>)</p>"##,
        inline: Some(r##"(Tomado de <a href="{url}" target="_blank">{outlet}</a>)"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "es-mas-informacion-en",
        plugin: "autoblog footer (es)",
        lang: Some(Lang::Es),
        block: r##"<p><strong>Más información en</strong> <a href="{url}" target="_blank" rel="nofollow">{outlet}</a></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "es-publicada-por-plain",
        plugin: "import note (es, plain)",
        lang: Some(Lang::Es),
        block: r##"<p><em>Esta noticia fue publicada originalmente por {outlet}.</em></p>"##,
        inline: None,
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "es-extraido-url",
        plugin: "autoblog footer (es, bare url)",
        lang: Some(Lang::Es),
        block: r##"<p>Artículo extraído de: <a href="{url}" rel="nofollow">{url}</a></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "it-articolo-tratto-da",
        plugin: "manual credit (it)",
        lang: Some(Lang::It),
        block: r##"<p><em>Articolo tratto da <a href="{url}" target="_blank" rel="noopener">{outlet}</a></em></p>"##,
        inline: Some(
            r##"<em>Articolo tratto da <a href="{url}" target="_blank" rel="noopener">{outlet}</a></em>"##,
        ),
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "it-pubblicato-originariamente-plain",
        plugin: "import note (it, plain)",
        lang: Some(Lang::It),
        block: r##"<p>Questo articolo è stato pubblicato originariamente su {outlet}.</p>"##,
        inline: None,
        source: CreditSource::Name,
        top_ok: false,
    },
    Credit {
        id: "it-clicca-originale",
        plugin: "autoblog link line (it)",
        lang: Some(Lang::It),
        block: r##"<p><strong><a href="{url}" target="_blank" rel="nofollow">Clicca qui per leggere l’articolo originale</a></strong></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "it-fonte-logo-box",
        plugin: "source logo box (it)",
        lang: Some(Lang::It),
        block: r##"<figure class="fonte-box"><a href="{url}" rel="nofollow"><img src="{ohome}images/logo-testata.png" alt="Logo {outlet}"></a><figcaption>Fonte originale: {outlet}</figcaption></figure>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
];

// ---------------------------------------------------------------------------
// Widgets
// ---------------------------------------------------------------------------

/// (id, html) widgets; the interface strings come from `Ui2`.
pub static F2_CHATS: &[(&str, &str)] = &[
    (
        "chatwoot",
        r##"<div class="woot-widget-holder woot-elements--right"><div class="woot-widget-bubble woot-elements--right"><span class="woot--bubble-text">{chat_cta}</span></div><div class="woot--unread-bubble"><p>{chat_hi}</p></div></div>"##,
    ),
    (
        "3cx-wplc",
        r##"<div id="wplc_chatbox" class="wplc_chatbox_header"><div id="wplc_first_message">{chat_hi}</div><input type="text" id="wplc_chatmsg" placeholder="{chat_ph}"><div class="wplc_powered_by">Powered by 3CX Live Chat</div></div>"##,
    ),
    (
        "helpcrunch",
        r##"<div class="helpcrunch-widget-type-icon"><div class="helpcrunch-iframe-wrapper"><div class="hc-welcome-message"><strong>{site}</strong><p>{chat_hi}</p><span class="hc-status">We typically reply in a few minutes</span></div></div></div>"##,
    ),
    (
        "trengo",
        r##"<div id="trengo-web-widget"><div class="trengo-vue-iframe"><div class="TrengoWidgetLauncher__text">{chat_cta}</div><div class="TrengoWidgetGreeter__text">{chat_hi}</div></div></div>"##,
    ),
    (
        "elfsight-whatsapp",
        r##"<div class="elfsight-app-{n}-wa" data-elfsight-app-lazy=""><div class="eapps-whatsapp-chat-bubble"><div class="eapps-whatsapp-chat-header"><span class="eapps-name">{site} Support</span><span class="eapps-caption">Typically replies within an hour</span></div><div class="eapps-whatsapp-chat-message">{chat_hi}</div><a class="eapps-whatsapp-chat-button" href="https://wa.me/3933{n}0000">Start Chat</a></div></div>"##,
    ),
    (
        "collectchat",
        r##"<div id="collectchat-launcher" class="collect-chat-bubble"><div class="collectchat-greeting"><span>{chat_hi}</span></div><div class="collectchat-launcher-button" aria-label="{chat_cta}"></div></div>"##,
    ),
    (
        "kommunicate",
        r##"<div id="kommunicate-widget-iframe"><div class="mck-sidebox-launcher"><div class="chat-popup-widget-text-wrapper"><p class="chat-popup-widget-text">{chat_hi}</p></div><span class="km-powered-by">⚡ by Kommunicate</span></div></div>"##,
    ),
    (
        "tiledesk",
        r##"<div id="tiledeskdiv"><div class="c21-launcher"><div class="c21-callout"><div class="c21-title">{chat_cta}</div><div class="c21-message">{chat_hi}</div></div></div></div>"##,
    ),
    (
        "purechat",
        r##"<div id="PureChatWidget" class="purechat purechat-widget-collapsed purechat-bottom-right"><div class="purechat-widget-header"><div class="purechat-widget-title-link">{chat_cta}</div></div><div class="purechat-poweredby-container"><span class="purechat-poweredby">Powered by</span> <a href="https://www.purechat.com">Pure Chat</a></div></div>"##,
    ),
];

pub static F2_CONSENTS: &[(&str, &str)] = &[
    (
        "osano-cc-window",
        r##"<div role="dialog" aria-live="polite" aria-label="cookieconsent" class="cc-window cc-banner cc-type-opt-in cc-theme-classic cc-bottom"><span id="cookieconsent:desc" class="cc-message">{ck_msg} <a aria-label="learn more about cookies" class="cc-link" href="{home}privacy/">{ck_prefs}</a></span><div class="cc-compliance cc-highlight"><a class="cc-btn cc-deny">{ck_no}</a><a class="cc-btn cc-allow">{ck_ok}</a></div></div>"##,
    ),
    (
        "cookiefirst",
        r##"<div class="cookiefirst-root notranslate" dir="ltr"><div data-cookiefirst-widget="banner" class="cf3Tgk"><div class="cf2L3T"><p class="cf1lHZ">{ck_msg}</p></div><div class="cf3E9g"><button data-cookiefirst-action="adjust">{ck_prefs}</button><button data-cookiefirst-action="reject">{ck_no}</button><button data-cookiefirst-action="accept">{ck_ok}</button></div><span class="cf-powered">Powered by CookieFirst</span></div></div>"##,
    ),
    (
        "klaro",
        r##"<div class="klaro"><div class="cookie-notice"><div class="cn-body"><p id="id-cookie-notice">{ck_msg}</p><div class="cn-ok"><a class="cm-link cn-learn-more" href="#">{ck_prefs}</a><div class="cn-buttons"><button class="cm-btn cm-btn-danger cn-decline">{ck_no}</button><button class="cm-btn cm-btn-success">{ck_ok}</button></div></div></div></div></div>"##,
    ),
    (
        "cookie-script",
        r##"<div id="cookiescript_injected"><div id="cookiescript_copyright"><a href="https://cookie-script.com">Cookie-Script</a></div><div id="cookiescript_description">{ck_msg}</div><div id="cookiescript_buttons"><div id="cookiescript_accept">{ck_ok}</div><div id="cookiescript_reject">{ck_no}</div></div><div id="cookiescript_manage_wrap"><span id="cookiescript_manage">{ck_prefs}</span></div></div>"##,
    ),
    (
        "funding-choices",
        r##"<div class="fc-consent-root"><div class="fc-dialog-container"><div class="fc-dialog fc-choice-dialog"><h1 class="fc-dialog-headline">{domain} asks for your consent to use your personal data to:</h1><div class="fc-stacks"><div class="fc-stack"><span class="fc-stack-name">Personalised advertising and content, advertising and content measurement, audience research and services development</span></div><div class="fc-stack"><span class="fc-stack-name">Store and/or access information on a device</span></div></div><div class="fc-footer-buttons"><button class="fc-button fc-cta-manage-options"><p class="fc-button-label">Manage options</p></button><button class="fc-button fc-cta-consent fc-primary-button"><p class="fc-button-label">Consent</p></button></div></div></div></div>"##,
    ),
    (
        "cookiehub",
        r##"<div class="ch2"><div class="ch2-container ch2-theme-bar"><div class="ch2-dialog ch2-dialog-bottom"><div class="ch2-dialog-content"><p class="ch2-dialog-title">Cookies</p><p>{ck_msg}</p></div><div class="ch2-dialog-actions"><button class="ch2-btn ch2-open-settings-btn">{ck_prefs}</button><button class="ch2-btn ch2-deny-all-btn">{ck_no}</button><button class="ch2-btn ch2-allow-all-btn ch2-btn-primary">{ck_ok}</button></div></div></div></div>"##,
    ),
];

/// Share bars: (id, html).
pub static F2_SHARES: &[(&str, &str)] = &[
    (
        "grow-socialpug",
        r##"<div id="dpsp-content-bottom" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-medium dpsp-show-total-share-count"><p class="dpsp-share-text">{share}</p><ul class="dpsp-networks-btns-wrapper"><li><a rel="nofollow noopener" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" class="dpsp-network-btn dpsp-facebook"><span class="dpsp-network-label">Share</span></a></li><li><a rel="nofollow noopener" href="https://twitter.com/intent/tweet?url={share_url}" class="dpsp-network-btn dpsp-x"><span class="dpsp-network-label">Tweet</span></a></li><li><a rel="nofollow noopener" href="https://pinterest.com/pin/create/button/?url={share_url}" class="dpsp-network-btn dpsp-pinterest"><span class="dpsp-network-label">Pin</span></a></li></ul><div class="dpsp-total-share-wrapper"><span class="dpsp-total-share-count">{n}</span><span>shares</span></div></div>"##,
    ),
    (
        "novashare",
        r##"<div class="ns-inline"><div class="ns-inline-cta">{share}</div><div class="ns-buttons ns-inline ns-columns"><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" class="ns-button facebook"><span class="ns-button-label">Facebook</span></a><a href="https://api.whatsapp.com/send?text={share_url}" class="ns-button whatsapp"><span class="ns-button-label">WhatsApp</span></a><a href="#" class="ns-button copy"><span class="ns-button-label">Copy Link</span></a></div></div>"##,
    ),
    (
        "shareaholic",
        r##"<div class="shareaholic-canvas" data-app="share_buttons" data-app-id="{n}"><div class="shareaholic-share-buttons-container"><div class="shareaholic-share-buttons-heading-container"><span class="shareaholic-share-buttons-heading">{share}</span></div><ul class="shareaholic-share-buttons"><li class="shareaholic-share-button" data-service="facebook"><span class="shareaholic-share-button-sizing"><span class="shareaholic-service-label">Facebook</span></span></li><li class="shareaholic-share-button" data-service="email_this"><span class="shareaholic-service-label">Email</span></li></ul></div></div>"##,
    ),
    (
        "usm-icons",
        r##"<div class="sfsi_widget sfsi_shortcode_container"><div class="sfsi_holders"><div class="sfsi_plus_shr_txt">Please follow and like us:</div><div class="sfsi_wicons"><a href="https://www.facebook.com/{domain}"><img alt="Facebook" src="{home}wp-content/plugins/ultimate-social-media-icons/images/icons_theme/default/default_facebook.png"></a><span class="sfsi_follow_count">{n}</span></div></div></div>"##,
    ),
    (
        "monarch-inline",
        r##"<div class="et_social_inline et_social_mobile_on et_social_inline_bottom"><div class="et_social_networks et_social_4col et_social_slide et_social_rounded et_social_left"><ul class="et_social_icons_container"><li class="et_social_facebook"><a href="http://www.facebook.com/sharer.php?u={share_url}" class="et_social_share"><span class="et_social_network_label">Facebook</span><span class="et_social_count"><span>{n}</span></span></a></li><li class="et_social_linkedin"><a href="http://www.linkedin.com/shareArticle?url={share_url}" class="et_social_share"><span class="et_social_network_label">LinkedIn</span></a></li></ul></div></div>"##,
    ),
    (
        "sharethis",
        r##"<div class="sharethis-inline-share-buttons st-center st-has-labels st-inline-share-buttons st-animated"><div class="st-total"><span class="st-label">{n}</span><span class="st-shares">Shares</span></div><div class="st-btn st-first" data-network="facebook"><span class="st-label">Share</span></div><div class="st-btn" data-network="twitter"><span class="st-label">Tweet</span></div><div class="st-btn st-last" data-network="sharethis"><span class="st-label">Share</span></div></div>"##,
    ),
];

/// Newsletter boxes: (id, html).
pub static F2_NEWSLETTERS: &[(&str, &str)] = &[
    (
        "mailpoet",
        r##"<div class="mailpoet_form mailpoet_form_shortcode"><form class="mailpoet_form mailpoet_form_form" method="post"><div class="mailpoet_paragraph"><h3 class="mailpoet-heading">{nl_title}</h3></div><div class="mailpoet_paragraph"><p class="mailpoet_form_paragraph">{nl_text}</p></div><div class="mailpoet_paragraph"><input type="email" class="mailpoet_text" name="data[email]" placeholder="{nl_ph} *"></div><div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="{nl_btn}"></div><div class="mailpoet_message"><p class="mailpoet_validate_success" style="display:none;">Check your inbox or spam folder to confirm your subscription.</p></div></form></div>"##,
    ),
    (
        "brevo",
        r##"<div class="sib_signup_box_inside_1"><form id="sib_signup_form_1" method="post"><div class="sib_loader" style="display:none;"></div><p class="sib-title"><strong>{nl_title}</strong></p><p class="sib-text">{nl_text}</p><p class="sib-email-area"><input type="email" class="sib-email-area" name="email" placeholder="{nl_ph}"></p><p><input type="submit" class="sib-default-btn" value="{nl_btn}"></p></form></div>"##,
    ),
    (
        "convertkit",
        r##"<form class="seva-form formkit-form" data-format="inline" data-uid="{n}ab"><div data-style="minimal"><div class="formkit-header" data-element="header"><h2>{nl_title}</h2></div><div class="formkit-subheader" data-element="subheader"><p>{nl_text}</p></div><div class="formkit-fields"><input class="formkit-input" name="email_address" placeholder="{nl_ph}" type="email"><button data-element="submit" class="formkit-submit"><span>{nl_btn}</span></button></div><div class="formkit-guarantee" data-element="guarantee"><p>We respect your privacy. Unsubscribe at any time.</p></div><a class="formkit-powered-by-convertkit" href="https://convertkit.com" target="_blank">Built with ConvertKit</a></div></form>"##,
    ),
    (
        "mailerlite",
        r##"<div class="ml-embedded" data-form="f{n}"><div class="ml-form-embedWrapper embedForm"><div class="ml-form-embedBody ml-form-embedBodyDefault row-form"><div class="ml-form-embedContent"><h4>{nl_title}</h4><p>{nl_text}</p></div><form class="ml-block-form"><div class="ml-field-group ml-field-email"><input type="email" class="form-control" placeholder="{nl_ph}"></div><button type="submit" class="primary">{nl_btn}</button></form></div></div></div>"##,
    ),
    (
        "jetpack-subscribe",
        r##"<div class="wp-block-jetpack-subscriptions__supports-newline wp-block-jetpack-subscriptions"><div class="wp-block-jetpack-subscriptions__container"><form action="#" method="post" accept-charset="utf-8" id="subscribe-blog"><p id="subscribe-text">{nl_text}</p><p id="subscribe-email"><input type="email" name="email" placeholder="{nl_ph}"></p><p id="subscribe-submit"><button type="submit" class="wp-block-button__link">{nl_btn}</button></p></form><p class="wp-block-jetpack-subscriptions__subscount">Join {n} other subscribers</p></div></div>"##,
    ),
];

/// Sponsored recommendation boxes: (id, html). `{sponsored}`: the label.
pub static F2_SPONSORED: &[(&str, &str)] = &[
    (
        "revcontent",
        r##"<div class="rc-widget" data-widget-host="habitat"><div class="rc-header"><span class="rc-headline">{sponsored}</span><a class="rc-branding" href="https://www.revcontent.com">by Revcontent</a></div><div class="rc-item"><a class="rc-cta" href="https://trends.revcontent.example/a?{n}"><div class="rc-headline">Doctors Stunned: This Simple Trick Melts Belly Fat Overnight</div><div class="rc-provider">HealthyTips</div></a></div><div class="rc-item"><a class="rc-cta" href="https://trends.revcontent.example/b?{n}"><div class="rc-headline">The One Kitchen Gadget Every Home Needs in 2024</div></a></div></div>"##,
    ),
    (
        "mgid",
        r##"<div class="mgbox"><div class="mgheader"><span class="mg-widget-title">{sponsored}</span></div><div class="mgline"><div class="mcdomain">autotrends.example</div><div class="mctitle"><a href="https://clck.mgid.example/ghits/{n}">Seniors Born Before 1965 Are Entitled To This Benefit</a></div></div><div class="mgline"><div class="mctitle"><a href="https://clck.mgid.example/ghits/{n}1">Locals Are Ditching Their Glasses Thanks To This</a></div></div><div class="mghead">Ads by MGID</div></div>"##,
    ),
    (
        "zergnet",
        r##"<div class="zergnet-widget" id="zergnet-widget-{n}"><div class="zerg-header">From The Web</div><div class="zergentity"><a href="https://www.zergnet.example/i/{n}"><div class="zergheadline">Celebrities You Didn't Know Passed Away This Year</div></a></div><div class="zergentity"><a href="https://www.zergnet.example/i/{n}2"><div class="zergheadline">The Real Reason This Sitcom Was Cancelled</div></a></div></div>"##,
    ),
    (
        "content-ad",
        r##"<div id="contentad{n}" class="ac_container"><div class="ac_title_top">You May Like</div><div class="ac_item"><a href="https://api.content-ad.example/click/{n}"><div class="ac_title">Why Everyone Is Buying This $49 Smartwatch</div><div class="ac_domain">gadgetdeals.example</div></a></div></div>"##,
    ),
];

/// AMP pages' consent and push prompts (AMP components, no script).
pub static F2_AMP_CONSENT: &str = r##"<amp-consent id="ampforwp-consent" layout="nodisplay"><div class="cmp-wrapper" id="post-consent-ui"><div class="gdpr_w"><div class="gdpr_x"><span class="gdpr_txt">{ck_msg}</span></div><div class="acp"><button on="tap:ampforwp-consent.reject" class="btn gdpr_n">{ck_no}</button><button on="tap:ampforwp-consent.accept" class="btn gdpr_y">{ck_ok}</button></div></div></div></amp-consent>"##;

pub static F2_AMP_PUSH: &str = r##"<amp-web-push-widget visibility="unsubscribed" layout="fixed" width="245" height="45"><button class="amp-push-subscribe" on="tap:amp-web-push.subscribe">{push_text}</button></amp-web-push-widget>"##;

/// Push prompts: (id, html).
pub static F2_PUSH: &[(&str, &str)] = &[
    (
        "pushengage",
        r##"<div id="pe-optin-box" class="pe-optin-box pe-box-position-top-center"><div class="pe-optin-box-content"><div class="pe-optin-box-text">{push_text}</div><div class="pe-optin-box-buttons"><button class="pe-optin-box-close-btn">{push_no}</button><button class="pe-optin-box-allow-btn">{push_yes}</button></div></div></div>"##,
    ),
    (
        "webpushr",
        r##"<div id="webpushr-prompt-wrapper"><div class="webpushr-prompt"><div class="webpushr-prompt-text">{push_text}</div><div class="webpushr-prompt-buttons"><span id="webpushr-deny-button">{push_no}</span><span id="webpushr-approve-button">{push_yes}</span></div><div class="webpushr-prompt-powered">Powered by Webpushr</div></div></div>"##,
    ),
    (
        "izooto",
        r##"<div class="iz_prompt_containr"><div class="iz_prompt_body"><div class="iz_prompt_text_container"><span class="iz_prompt_text">{push_text}</span></div><div class="iz_btn_container"><button class="iz_btn iz_btn_block">{push_no}</button><button class="iz_btn iz_btn_allow">{push_yes}</button></div></div></div>"##,
    ),
];

/// Ad slots: (id, html).
pub static F2_ADS: &[(&str, &str)] = &[
    (
        "adsense-generic",
        r##"<div class="ad-container" style="text-align:center;margin:20px 0;"><span class="ad-label">{ad_label}</span><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-{n}2222" data-ad-slot="{n}"></ins></div>"##,
    ),
    (
        "ad-inserter-label",
        r##"<div class="code-block code-block-{n}" style="margin: 8px auto; text-align: center; display: block; clear: both;"><p class="ad-label" style="font-size:11px;color:#999;">{ad_label}</p><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{n}0000" data-ad-slot="{n}" data-ad-format="auto"></ins></div>"##,
    ),
    (
        "advanced-ads",
        r##"<div class="{domain}-content" id="{domain}-{n}"><div class="advads-label">{ad_label}</div><ins class="adsbygoogle" style="display:inline-block;width:336px;height:280px" data-ad-client="ca-pub-{n}1111"></ins></div>"##,
    ),
    (
        "jnews-inline-ad",
        r##"<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center"><div class="ads_code"><ins class="adsbygoogle" data-ad-slot="{n}"></ins></div><div class="ads-text">{ad_label}</div></div></div>"##,
    ),
];

/// "Follow us" boxes, per language.
pub static F2_FOLLOWS: [&[&str]; 5] = [
    &[
        r##"<div class="gnews-follow"><a href="https://news.google.com/publications/CAAqBwgK{n}" target="_blank" rel="noopener"><img src="{home}wp-content/uploads/google-news-icon.png" alt="Google News"> Follow us on Google News</a></div>"##,
        r##"<p class="preferred-source"><a href="https://www.google.com/preferences/source?q={domain}" target="_blank">⭐ Add {site} as a preferred source on Google</a></p>"##,
        r##"<div class="telegram-cta"><a href="https://t.me/{domain}">📢 Join our Telegram channel for instant updates</a></div>"##,
    ],
    &[
        r##"<div class="gnews-follow"><a href="https://news.google.com/publications/CAAqBwgK{n}" target="_blank">Folgen Sie uns auf Google News</a></div>"##,
        r##"<p class="whatsapp-kanal"><a href="https://whatsapp.com/channel/0029Va{n}">📲 Jetzt unserem WhatsApp-Kanal folgen!</a></p>"##,
    ],
    &[
        r##"<div class="gnews-follow"><a href="https://news.google.com/publications/CAAqBwgK{n}" target="_blank">Suivez-nous sur Google Actualités</a></div>"##,
        r##"<p class="whatsapp-chaine"><a href="https://whatsapp.com/channel/0029Vb{n}">👉 Rejoignez notre chaîne WhatsApp</a></p>"##,
    ],
    &[
        r##"<div class="gnews-follow"><a href="https://news.google.com/publications/CAAqBwgK{n}" target="_blank">Síguenos en Google Noticias</a></div>"##,
        r##"<p class="telegram-canal"><a href="https://t.me/{domain}">📢 Únete a nuestro canal de Telegram</a></p>"##,
    ],
    &[
        r##"<div class="gnews-follow"><a href="https://news.google.com/publications/CAAqBwgK{n}" target="_blank">Seguici su Google News</a></div>"##,
        r##"<p class="whatsapp-canale"><a href="https://whatsapp.com/channel/0029Vc{n}">✅ Segui il nostro canale WhatsApp</a></p>"##,
    ],
];

/// Disclaimers (AI rewriters, affiliate plugins), per language.
pub static F2_DISCLAIMERS: [&[&str]; 5] = [
    &[
        r##"<div class="ai-disclosure"><p><em>Disclaimer: This content was generated with the assistance of AI tools and may contain errors. Please verify important information independently.</em></p></div>"##,
        r##"<p class="cegg-disclaimer"><small>Last update on {date}. As an Amazon Associate we earn from qualifying purchases. Prices and availability may change.</small></p>"##,
    ],
    &[
        r##"<p class="ki-hinweis"><em>Hinweis: Dieser Text wurde mithilfe künstlicher Intelligenz erstellt und redaktionell geprüft.</em></p>"##,
    ],
    &[
        r##"<p class="avertissement-ia"><em>Avertissement : ce contenu a été produit avec l’aide d’outils d’intelligence artificielle.</em></p>"##,
    ],
    &[
        r##"<p class="aviso-ia"><em>Aviso: este contenido ha sido elaborado con ayuda de herramientas de inteligencia artificial.</em></p>"##,
    ],
    &[
        r##"<p class="avviso-ia"><em>Nota: questo contenuto è stato generato con il supporto dell’intelligenza artificiale.</em></p>"##,
    ],
];

/// Self-promotion lines naming the site, per language.
pub static F2_SELF_PROMOS: [&[&str]; 5] = [
    &[
        "Don’t miss out: bookmark {site} and check back daily for the latest updates.",
        "Stay with {site} for more stories from your area.",
        "Thanks for reading {site}! Share this story with friends who might be interested.",
        "For the latest local headlines, keep it locked to {domain}.",
    ],
    &[
        "Bleiben Sie mit {site} immer auf dem Laufenden.",
        "Mehr Nachrichten aus Ihrer Region lesen Sie täglich auf {domain}.",
    ],
    &[
        "Restez connectés sur {site} pour ne rien manquer de l’actualité.",
        "Plus d’infos locales chaque jour sur {domain}.",
    ],
    &[
        "Sigue informado con {site}, tu portal de noticias de confianza.",
        "Más noticias de tu comarca, cada día en {domain}.",
    ],
    &[
        "Resta aggiornato con {site}: ogni giorno le notizie del tuo territorio.",
        "Continua a leggere le ultime notizie su {domain}.",
    ],
];

/// The site's name or host as a line of its own.
pub static F2_NAME_LINES: &[&str] = &[
    "<p>— {site} Newsroom</p>",
    "<p style=\"text-align: right;\"><em>{site}</em></p>",
    "<p><small>© {year} {site}</small></p>",
    "<p>{domain} | {cat}</p>",
    "<h4 class=\"brand-signoff\">{site}</h4>",
    "<p><strong>[{site}]</strong></p>",
];

/// Boxes selling the site's own services, per language.
pub static F2_PROMO_BOXES: [&[&str]; 5] = [
    &[
        r##"<div class="house-ad"><h4>Need a website like this one?</h4><p>{site} Studio builds fast news and business websites from $299. <a href="{home}web-design/">Get a free quote</a></p></div>"##,
        r##"<div class="guest-post-cta"><p><strong>Publish your brand on {site}</strong> — sponsored articles with do-follow links, live within 24 hours. <a href="{home}advertise/">See packages</a></p></div>"##,
        r##"<div class="local-listing-cta"><p>📍 Own a local business? Get listed in the {site} directory for free. <a href="{home}directory/add/">Add your business</a></p></div>"##,
    ],
    &[
        r##"<div class="house-ad"><h4>Ihre Werbung bei {site}</h4><p>Gastbeiträge mit Dofollow-Link und Bannerplätze zu fairen Preisen. <a href="{home}mediadaten/">Mediadaten ansehen</a></p></div>"##,
    ],
    &[
        r##"<div class="house-ad"><h4>Boostez votre visibilité avec {site}</h4><p>Articles sponsorisés et liens pérennes à partir de 90 €. <a href="{home}tarifs/">Voir nos offres</a></p></div>"##,
    ],
    &[
        r##"<div class="house-ad"><h4>¿Quieres aparecer en {site}?</h4><p>Publicamos artículos patrocinados y notas de prensa con enlace. <a href="{home}tarifas/">Consulta nuestras tarifas</a></p></div>"##,
    ],
    &[
        r##"<div class="house-ad"><h4>Vuoi pubblicare su {site}?</h4><p>Comunicati stampa e articoli sponsorizzati con link permanente. <a href="{home}pubblicita/">Scopri i prezzi</a></p></div>"##,
    ],
];

/// Brand text that names nothing, repeated on every page of a host.
pub static F2_TAGLINES: [&[&str]; 5] = [
    &[
        "Real news. Real fast. Real local.",
        "Your neighbourhood, one headline at a time.",
    ],
    &[
        "Was heute zählt, kompakt erklärt.",
        "Ihre Region. Ihre Nachrichten.",
    ],
    &[
        "L’info qui vous ressemble.",
        "Ce qui compte, ici et maintenant.",
    ],
    &[
        "Lo que pasa, cuando pasa.",
        "Información cercana, sin rodeos.",
    ],
    &[
        "L’informazione che ti somiglia.",
        "Quello che conta, subito.",
    ],
];

/// The "about the author" box of the spam site's staff account, per
/// language (`{staff}`, `{site}`).
pub static F2_AUTHOR_BIOS: [&str; 5] = [
    "{staff} is the news team at {site}, covering local stories, trends and everything in between.",
    "{staff} ist das Nachrichtenteam von {site} und berichtet täglich über alles, was die Region bewegt.",
    "{staff} est l’équipe d’information de {site}, qui couvre l’actualité locale au quotidien.",
    "{staff} es el equipo de noticias de {site}, que cubre la actualidad local cada día.",
    "{staff} è la redazione di {site}, che racconta ogni giorno le notizie del territorio.",
];

// ---------------------------------------------------------------------------
// File-name captions
// ---------------------------------------------------------------------------

pub static F2_FILE_STEMS: &[&str] = &[
    "IMG_{d}_{t}_HDR",
    "IMG_{d}_{t}_{n3}",
    "VID_{d}_{t}",
    "GOPR{n4}",
    "GX01{n4}",
    "DJI_{n4}",
    "DJI_{d}{t}_{n4}_D",
    "Screenshot_{d}_{t}_com.android.chrome",
    "Screenshot_{ymd}-{t}_Gallery",
    "Screenshot {ymd} {t}",
    "Capture",
    "Capture{n2}",
    "obs64_{d}_{t}",
    "{slug}-lr-export-{n2}",
    "_DSF{n4}-Enhanced-NR",
    "{d}-_DSC{n4}",
    "unsplash-{hex}",
    "freepik__{hex}",
    "pexels-{n7}-scaled",
    "Figma export {n2}",
    "Frame {n3}@2x",
    "tumblr_{hex}_1280",
    "Untitled-design-{n2}",
    "image0 ({n1})",
    "1000{n6}",
];

pub static F2_SUFFIXES: &[&str] = &[
    "",
    "",
    "-scaled",
    "-1024x576",
    "-800x450",
    "-jpg",
    "-700x394",
    "-e{t}",
    "-2-1200x675",
    "-copy",
];

pub static F2_EXTENSIONS: &[&str] = &[
    "",
    "",
    ".jpg",
    ".jpg.webp",
    ".heic",
    ".jpeg",
    ".png.webp",
    ".JPG",
];
