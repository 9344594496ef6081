//! The appended families' vocabulary (issue 16, red team): themes, page
//! builders, autoblog credits, widgets and the spam sites' self-promotion
//! that the base vocabulary (`vocab.rs`) does not have, written from what
//! is known of the real plugins and themes and WITHOUT reading the
//! stripper's rule lists (`src/syndication/`, `src/rules/`). Languages:
//! English, German, French, Spanish, Italian, Portuguese (index 0..6 in
//! that order; a widget without a version for a language shows its English
//! text, as many do on real sites).
//!
//! Placeholders: `{site}`, `{SITE}` (upper case), `{domain}`, `{bare}`,
//! `{home}`, `{page}`, `{share_url}`, `{url}` (the original article),
//! `{ohome}`, `{odomain}`, `{outlet}`, `{author}`, `{title}`, `{date}`,
//! `{n}`, plus the interface words below in braces (`{share}`, ...).

use super::vocab::{Credit, CreditSource, Lang};

/// Language index in the families' tables.
pub fn li(l: Lang) -> usize {
    match l {
        Lang::En => 0,
        Lang::De => 1,
        Lang::Fr => 2,
        Lang::Es => 3,
        Lang::It => 4,
        Lang::Pt => 5,
    }
}

pub const FAMILY_LANGS: [Lang; 6] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::It, Lang::Pt];

/// A spam site of the families (new names, six languages).
pub struct FSite {
    pub name: &'static str,
    pub domain: &'static str,
    pub lang: Lang,
}

pub static FAMILY_SITES: &[FSite] = &[
    FSite {
        name: "TrendPulse Now",
        domain: "trendpulsenow.com",
        lang: Lang::En,
    },
    FSite {
        name: "Viral Scoop Hub",
        domain: "viralscoophub.net",
        lang: Lang::En,
    },
    FSite {
        name: "The Metro Ledger 24",
        domain: "metroledger24.com",
        lang: Lang::En,
    },
    FSite {
        name: "InfoNest Daily",
        domain: "infonestdaily.org",
        lang: Lang::En,
    },
    FSite {
        name: "Blitzmeldung",
        domain: "blitzmeldung.de",
        lang: Lang::De,
    },
    FSite {
        name: "Nachrichten Kompass",
        domain: "nachrichten-kompass.net",
        lang: Lang::De,
    },
    FSite {
        name: "Le Fil Express",
        domain: "lefilexpress.fr",
        lang: Lang::Fr,
    },
    FSite {
        name: "Actu Minute Plus",
        domain: "actuminuteplus.com",
        lang: Lang::Fr,
    },
    FSite {
        name: "Noticias al Instante",
        domain: "noticiasalinstante.net",
        lang: Lang::Es,
    },
    FSite {
        name: "El Radar Digital",
        domain: "elradardigital.com",
        lang: Lang::Es,
    },
    FSite {
        name: "Notizie Lampo",
        domain: "notizielampo.it",
        lang: Lang::It,
    },
    FSite {
        name: "Il Quotidiano Smart",
        domain: "ilquotidianosmart.com",
        lang: Lang::It,
    },
    FSite {
        name: "Portal Agora Já",
        domain: "portalagoraja.com.br",
        lang: Lang::Pt,
    },
    FSite {
        name: "Giro de Notícias",
        domain: "girodenoticias.pt",
        lang: Lang::Pt,
    },
];

/// Original outlets of the families (fictional; `.example` hosts).
pub struct FOutlet {
    pub name: &'static str,
    pub home: &'static str,
    pub lang: Lang,
}

pub static FAMILY_OUTLETS: &[FOutlet] = &[
    FOutlet {
        name: "Riverside Chronicle",
        home: "https://www.riversidechronicle.example/",
        lang: Lang::En,
    },
    FOutlet {
        name: "Northfield Observer",
        home: "https://northfieldobserver.example/",
        lang: Lang::En,
    },
    FOutlet {
        name: "Weser Tageblatt",
        home: "https://www.weser-tageblatt.example/",
        lang: Lang::De,
    },
    FOutlet {
        name: "Allgäuer Rundschau",
        home: "https://allgaeuer-rundschau.example/",
        lang: Lang::De,
    },
    FOutlet {
        name: "La Voix du Littoral",
        home: "https://www.lavoixdulittoral.example/",
        lang: Lang::Fr,
    },
    FOutlet {
        name: "Le Courrier des Vallées",
        home: "https://courrierdesvallees.example/",
        lang: Lang::Fr,
    },
    FOutlet {
        name: "Diario del Valle",
        home: "https://www.diariodelvalle.example/",
        lang: Lang::Es,
    },
    FOutlet {
        name: "La Gaceta del Sur",
        home: "https://lagacetadelsur.example/",
        lang: Lang::Es,
    },
    FOutlet {
        name: "Il Giornale di Borgo",
        home: "https://www.ilgiornalediborgo.example/",
        lang: Lang::It,
    },
    FOutlet {
        name: "Eco della Riviera",
        home: "https://ecodellariviera.example/",
        lang: Lang::It,
    },
    FOutlet {
        name: "Folha do Vale",
        home: "https://www.folhadovale.example/",
        lang: Lang::Pt,
    },
    FOutlet {
        name: "Jornal da Serra",
        home: "https://jornaldaserra.example/",
        lang: Lang::Pt,
    },
];

pub static FAMILY_AUTHORS: &[&str] = &[
    "Dana Whitfield",
    "Tobias Rehm",
    "Claire Fournier",
    "Lucía Ortega",
    "Marco Bellini",
    "Ana Ribeiro",
];

/// The interface strings of the families' themes, per language.
pub struct FUi {
    pub lang: Lang,
    pub html_lang: &'static str,
    pub menu: [&'static str; 5],
    pub home: &'static str,
    pub search: &'static str,
    pub recent: &'static str,
    pub popular: &'static str,
    pub categories: &'static str,
    pub related: &'static str,
    pub you_may_like: &'static str,
    pub read_next: &'static str,
    pub share: &'static str,
    pub read_more: &'static str,
    pub by: &'static str,
    pub updated: &'static str,
    pub min_read: &'static str,
    pub views: &'static str,
    pub comments_title: &'static str,
    pub leave_comment: &'static str,
    pub comment_ph: &'static str,
    pub name: &'static str,
    pub email: &'static str,
    pub submit: &'static str,
    pub rights: &'static str,
    pub about: &'static str,
    pub contact: &'static str,
    pub privacy: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub tags: &'static str,
    pub rate_title: &'static str,
    pub rate_sub: &'static str,
    pub rate_none: &'static str,
    pub rate_click: &'static str,
    pub push_text: &'static str,
    pub push_allow: &'static str,
    pub push_later: &'static str,
    pub nl_title: &'static str,
    pub nl_text: &'static str,
    pub nl_ph: &'static str,
    pub nl_btn: &'static str,
    pub ad_label: &'static str,
    pub continue_below: &'static str,
    pub reading_time: &'static str,
    pub minutes: &'static str,
    pub also_read: &'static str,
    pub breaking: &'static str,
    pub category_names: [&'static str; 3],
    pub blogger_popular: &'static str,
    pub blogger_post_comment: &'static str,
    pub blogger_labels: &'static str,
    pub discover_more: &'static str,
    pub discover_text: &'static str,
}

pub static FUI: [FUi; 6] = [
    FUi {
        lang: Lang::En,
        html_lang: "en-US",
        menu: ["Home", "World", "Business", "Tech", "Lifestyle"],
        home: "Home",
        search: "Search",
        recent: "Latest Posts",
        popular: "Trending Now",
        categories: "Topics",
        related: "Related Articles",
        you_may_like: "You May Also Like",
        read_next: "Read Next",
        share: "Share this article",
        read_more: "Continue Reading",
        by: "Written by",
        updated: "Last updated on",
        min_read: "min read",
        views: "Post Views",
        comments_title: "Comments",
        leave_comment: "Leave a Comment",
        comment_ph: "Join the discussion",
        name: "Your Name",
        email: "Your Email",
        submit: "Post Comment",
        rights: "All rights reserved.",
        about: "About Us",
        contact: "Contact",
        privacy: "Privacy Policy",
        prev: "Previous Article",
        next: "Next Article",
        tags: "Tagged:",
        rate_title: "How useful was this post?",
        rate_sub: "Click on a star to rate it!",
        rate_none: "No votes so far! Be the first to rate this post.",
        rate_click: "Click to rate this post!",
        push_text: "We'd like to show you notifications for the latest news and updates.",
        push_allow: "Allow",
        push_later: "Cancel",
        nl_title: "Never miss a story",
        nl_text: "Get our best stories delivered to your inbox every morning.",
        nl_ph: "Enter your email address",
        nl_btn: "Sign Up",
        ad_label: "Advertisements",
        continue_below: "Story continues below advertisement",
        reading_time: "Reading Time:",
        minutes: "minutes",
        also_read: "Also Read:",
        breaking: "Breaking",
        category_names: ["Local", "Community", "Economy"],
        blogger_popular: "Popular posts from this blog",
        blogger_post_comment: "Post a Comment",
        blogger_labels: "Labels:",
        discover_more: "Discover more from {site}",
        discover_text: "Subscribe to get the latest posts sent to your email.",
    },
    FUi {
        lang: Lang::De,
        html_lang: "de-DE",
        menu: ["Startseite", "Welt", "Wirtschaft", "Technik", "Leben"],
        home: "Startseite",
        search: "Suche",
        recent: "Neueste Beiträge",
        popular: "Gerade beliebt",
        categories: "Themen",
        related: "Ähnliche Artikel",
        you_may_like: "Das könnte Sie auch interessieren",
        read_next: "Als Nächstes lesen",
        share: "Artikel teilen",
        read_more: "Weiterlesen",
        by: "Verfasst von",
        updated: "Zuletzt aktualisiert am",
        min_read: "Min. Lesezeit",
        views: "Beitragsaufrufe",
        comments_title: "Kommentare",
        leave_comment: "Schreibe einen Kommentar",
        comment_ph: "Diskutiere mit",
        name: "Dein Name",
        email: "Deine E-Mail",
        submit: "Kommentar abschicken",
        rights: "Alle Rechte vorbehalten.",
        about: "Über uns",
        contact: "Kontakt",
        privacy: "Datenschutzerklärung",
        prev: "Vorheriger Artikel",
        next: "Nächster Artikel",
        tags: "Schlagwörter:",
        rate_title: "Wie hilfreich war dieser Beitrag?",
        rate_sub: "Klicke auf die Sterne, um zu bewerten!",
        rate_none: "Bisher keine Bewertungen! Sei der Erste, der diesen Beitrag bewertet.",
        rate_click: "Klicken Sie, um diesen Beitrag zu bewerten!",
        push_text:
            "Wir möchten Ihnen Benachrichtigungen zu den neuesten Nachrichten und Updates senden.",
        push_allow: "Erlauben",
        push_later: "Abbrechen",
        nl_title: "Keine Meldung mehr verpassen",
        nl_text: "Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.",
        nl_ph: "Ihre E-Mail-Adresse",
        nl_btn: "Anmelden",
        ad_label: "Anzeigen",
        continue_below: "Der Artikel wird unter der Anzeige fortgesetzt",
        reading_time: "Lesezeit:",
        minutes: "Minuten",
        also_read: "Lesen Sie auch:",
        breaking: "Eilmeldung",
        category_names: ["Lokales", "Gesellschaft", "Wirtschaft"],
        blogger_popular: "Beliebte Posts aus diesem Blog",
        blogger_post_comment: "Kommentar veröffentlichen",
        blogger_labels: "Labels:",
        discover_more: "Entdecke mehr von {site}",
        discover_text: "Abonniere, um die neuesten Beiträge per E-Mail zu erhalten.",
    },
    FUi {
        lang: Lang::Fr,
        html_lang: "fr-FR",
        menu: ["Accueil", "Monde", "Économie", "High-tech", "Vie pratique"],
        home: "Accueil",
        search: "Rechercher",
        recent: "Derniers articles",
        popular: "Les plus lus",
        categories: "Rubriques",
        related: "Articles similaires",
        you_may_like: "Vous aimerez aussi",
        read_next: "À lire ensuite",
        share: "Partager l’article",
        read_more: "Lire la suite",
        by: "Rédigé par",
        updated: "Mis à jour le",
        min_read: "min de lecture",
        views: "Vues de l’article",
        comments_title: "Commentaires",
        leave_comment: "Laisser un commentaire",
        comment_ph: "Participez à la discussion",
        name: "Votre nom",
        email: "Votre e-mail",
        submit: "Publier le commentaire",
        rights: "Tous droits réservés.",
        about: "Qui sommes-nous",
        contact: "Contact",
        privacy: "Politique de confidentialité",
        prev: "Article précédent",
        next: "Article suivant",
        tags: "Mots-clés :",
        rate_title: "Cet article vous a-t-il été utile ?",
        rate_sub: "Cliquez sur une étoile pour le noter !",
        rate_none: "Aucun vote pour l’instant ! Soyez le premier à noter cet article.",
        rate_click: "Cliquez pour noter cet article !",
        push_text: "Nous aimerions vous envoyer des notifications pour les dernières actualités.",
        push_allow: "Autoriser",
        push_later: "Annuler",
        nl_title: "Ne manquez aucune info",
        nl_text: "Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail.",
        nl_ph: "Votre adresse e-mail",
        nl_btn: "Je m’inscris",
        ad_label: "Publicités",
        continue_below: "L’article continue après cette publicité",
        reading_time: "Temps de lecture :",
        minutes: "minutes",
        also_read: "À lire aussi :",
        breaking: "Dernière minute",
        category_names: ["Régions", "Société", "Économie"],
        blogger_popular: "Articles les plus consultés de ce blog",
        blogger_post_comment: "Enregistrer un commentaire",
        blogger_labels: "Libellés :",
        discover_more: "En savoir plus sur {site}",
        discover_text: "Abonnez-vous pour recevoir les derniers articles par e-mail.",
    },
    FUi {
        lang: Lang::Es,
        html_lang: "es-ES",
        menu: [
            "Inicio",
            "Mundo",
            "Economía",
            "Tecnología",
            "Estilo de vida",
        ],
        home: "Inicio",
        search: "Buscar",
        recent: "Últimas entradas",
        popular: "Lo más visto",
        categories: "Temas",
        related: "Artículos relacionados",
        you_may_like: "También te puede interesar",
        read_next: "Lee a continuación",
        share: "Comparte este artículo",
        read_more: "Seguir leyendo",
        by: "Escrito por",
        updated: "Actualizado el",
        min_read: "min de lectura",
        views: "Visitas",
        comments_title: "Comentarios",
        leave_comment: "Deja un comentario",
        comment_ph: "Únete a la conversación",
        name: "Tu nombre",
        email: "Tu correo",
        submit: "Publicar comentario",
        rights: "Todos los derechos reservados.",
        about: "Quiénes somos",
        contact: "Contacto",
        privacy: "Política de privacidad",
        prev: "Artículo anterior",
        next: "Artículo siguiente",
        tags: "Etiquetas:",
        rate_title: "¿Te ha resultado útil este artículo?",
        rate_sub: "¡Haz clic en una estrella para puntuarlo!",
        rate_none: "¡Aún no hay votos! Sé el primero en puntuar este artículo.",
        rate_click: "¡Haz clic para puntuar esta entrada!",
        push_text:
            "Nos gustaría mostrarte notificaciones de las últimas noticias y actualizaciones.",
        push_allow: "Permitir",
        push_later: "Cancelar",
        nl_title: "No te pierdas nada",
        nl_text: "Recibe cada mañana las noticias más importantes en tu correo.",
        nl_ph: "Tu correo electrónico",
        nl_btn: "Suscribirme",
        ad_label: "Anuncios",
        continue_below: "La noticia continúa tras la publicidad",
        reading_time: "Tiempo de lectura:",
        minutes: "minutos",
        also_read: "Lee también:",
        breaking: "Última hora",
        category_names: ["Local", "Sociedad", "Economía"],
        blogger_popular: "Entradas populares de este blog",
        blogger_post_comment: "Publicar un comentario",
        blogger_labels: "Etiquetas:",
        discover_more: "Descubre más desde {site}",
        discover_text: "Suscríbete y recibe las últimas entradas en tu correo electrónico.",
    },
    FUi {
        lang: Lang::It,
        html_lang: "it-IT",
        menu: ["Home", "Mondo", "Economia", "Tecnologia", "Stile di vita"],
        home: "Home",
        search: "Cerca",
        recent: "Articoli recenti",
        popular: "I più letti",
        categories: "Argomenti",
        related: "Articoli correlati",
        you_may_like: "Potrebbe interessarti anche",
        read_next: "Leggi dopo",
        share: "Condividi l’articolo",
        read_more: "Continua a leggere",
        by: "Scritto da",
        updated: "Ultimo aggiornamento il",
        min_read: "min di lettura",
        views: "Visualizzazioni",
        comments_title: "Commenti",
        leave_comment: "Lascia un commento",
        comment_ph: "Partecipa alla discussione",
        name: "Il tuo nome",
        email: "La tua email",
        submit: "Invia commento",
        rights: "Tutti i diritti riservati.",
        about: "Chi siamo",
        contact: "Contatti",
        privacy: "Informativa sulla privacy",
        prev: "Articolo precedente",
        next: "Articolo successivo",
        tags: "Tag:",
        rate_title: "Quanto è stato utile questo articolo?",
        rate_sub: "Clicca su una stella per votarlo!",
        rate_none: "Ancora nessun voto! Sii il primo a valutare questo articolo.",
        rate_click: "Clicca per votare questo articolo!",
        push_text: "Vorremmo inviarti notifiche sulle ultime notizie e sugli aggiornamenti.",
        push_allow: "Consenti",
        push_later: "Annulla",
        nl_title: "Non perderti nessuna notizia",
        nl_text: "Ricevi ogni mattina le notizie più importanti nella tua casella di posta.",
        nl_ph: "Il tuo indirizzo email",
        nl_btn: "Iscriviti",
        ad_label: "Pubblicità",
        continue_below: "L’articolo continua dopo la pubblicità",
        reading_time: "Tempo di lettura:",
        minutes: "minuti",
        also_read: "Leggi anche:",
        breaking: "Ultim’ora",
        category_names: ["Cronaca", "Società", "Economia"],
        blogger_popular: "Post popolari da questo blog",
        blogger_post_comment: "Posta un commento",
        blogger_labels: "Etichette:",
        discover_more: "Scopri di più da {site}",
        discover_text: "Abbonati per ricevere gli ultimi articoli inviati alla tua e-mail.",
    },
    FUi {
        lang: Lang::Pt,
        html_lang: "pt-BR",
        menu: [
            "Início",
            "Mundo",
            "Economia",
            "Tecnologia",
            "Estilo de vida",
        ],
        home: "Início",
        search: "Pesquisar",
        recent: "Posts recentes",
        popular: "Mais lidas",
        categories: "Assuntos",
        related: "Artigos relacionados",
        you_may_like: "Você também pode gostar",
        read_next: "Leia a seguir",
        share: "Compartilhe esta notícia",
        read_more: "Continuar lendo",
        by: "Escrito por",
        updated: "Atualizado em",
        min_read: "min de leitura",
        views: "Visualizações",
        comments_title: "Comentários",
        leave_comment: "Deixe um comentário",
        comment_ph: "Participe da discussão",
        name: "Seu nome",
        email: "Seu e-mail",
        submit: "Publicar comentário",
        rights: "Todos os direitos reservados.",
        about: "Quem somos",
        contact: "Contato",
        privacy: "Política de privacidade",
        prev: "Artigo anterior",
        next: "Próximo artigo",
        tags: "Tags:",
        rate_title: "Quão útil foi este post?",
        rate_sub: "Clique em uma estrela para classificá-lo!",
        rate_none: "Nenhum voto até agora! Seja o primeiro a avaliar este post.",
        rate_click: "Clique para avaliar este post!",
        push_text: "Gostaríamos de enviar notificações sobre as últimas notícias e atualizações.",
        push_allow: "Permitir",
        push_later: "Cancelar",
        nl_title: "Não perca nenhuma notícia",
        nl_text: "Receba as principais notícias todas as manhãs no seu e-mail.",
        nl_ph: "Seu endereço de e-mail",
        nl_btn: "Quero receber",
        ad_label: "Anúncios",
        continue_below: "A matéria continua após a publicidade",
        reading_time: "Tempo de leitura:",
        minutes: "minutos",
        also_read: "Leia também:",
        breaking: "Urgente",
        category_names: ["Cidades", "Sociedade", "Economia"],
        blogger_popular: "Postagens mais visitadas deste blog",
        blogger_post_comment: "Postar um comentário",
        blogger_labels: "Marcadores:",
        discover_more: "Descubra mais sobre {site}",
        discover_text: "Assine para receber nossas notícias mais recentes por e-mail.",
    },
];

// ---------------------------------------------------------------------------
// Autoblog credits the base vocabulary does not have
// ---------------------------------------------------------------------------

pub static FAMILY_CREDITS: &[Credit] = &[
    // Five wordings from the side branch s11-synd-corpus-vocab (2bf7168),
    // moved here so the base draw stays as it is.
    Credit {
        id: "en-republished-agreement",
        plugin: "content-sharing republication note",
        lang: Some(Lang::En),
        block: r##"<p><em>This story was first published by <a href="{url}">{outlet}</a> and is republished here under a content-sharing agreement.</em></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "en-hat-tip",
        plugin: "manual hat tip",
        lang: Some(Lang::En),
        block: r##"<p>H/T: <a href="{url}" rel="nofollow">{outlet}</a></p>"##,
        inline: Some(r##"H/T: <a href="{url}" rel="nofollow">{outlet}</a>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "de-vollstaendig-bei",
        plugin: "manual credit (de)",
        lang: Some(Lang::De),
        block: r##"<p>Den vollständigen Artikel finden Sie bei <a href="{url}" target="_blank">{outlet}</a>.</p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "fr-article-original",
        plugin: "manual credit (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p>Article original publié sur <a href="{url}" rel="nofollow noopener">{outlet}</a></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "es-publicado-originalmente",
        plugin: "manual credit (es)",
        lang: Some(Lang::Es),
        block: r##"<p>Publicado originalmente en <a href="{url}" target="_blank" rel="noopener">{outlet}</a></p>"##,
        inline: Some(
            r##"Publicado originalmente en <a href="{url}" target="_blank" rel="noopener">{outlet}</a>"##,
        ),
        source: CreditSource::Url,
        top_ok: true,
    },
    // New for the families.
    Credit {
        id: "en-full-story-at",
        plugin: "Feedzy / WPeMatico custom template",
        lang: Some(Lang::En),
        block: r##"<p>Read the full story at <a href="{url}" target="_blank" rel="nofollow noopener">{outlet}</a></p>"##,
        inline: Some(
            r##"Read the full story at <a href="{url}" target="_blank" rel="nofollow noopener">{outlet}</a>"##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "en-article-source-bare-url",
        plugin: "RSS Post Importer template",
        lang: Some(Lang::En),
        block: r##"<p><strong>Article Source:</strong> <a href="{url}">{url}</a></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "en-credit-home",
        plugin: "manual credit",
        lang: Some(Lang::En),
        block: r##"<p><em>Credit: <a href="{ohome}">{outlet}</a></em></p>"##,
        inline: None,
        source: CreditSource::Home,
        top_ok: true,
    },
    Credit {
        id: "en-auto-import-notice",
        plugin: "WP Automatic / CyberSEO notice",
        lang: Some(Lang::En),
        block: r##"<div class="rss-import-notice"><p>This post was automatically imported from the RSS feed of {outlet}. All rights belong to the original publisher. <a href="{url}" rel="nofollow">View original post</a>.</p></div>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "en-bracket-source",
        plugin: "FeedWordPress permalink template",
        lang: None,
        block: r##"<p>[<a href="{url}" rel="nofollow">Source</a>]</p>"##,
        inline: Some(r##"[<a href="{url}" rel="nofollow">Source</a>]"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "en-content-retrieved",
        plugin: "scraper template",
        lang: Some(Lang::En),
        block: r##"<hr /><p><small>Content retrieved from: <a href="{url}" target="_blank" rel="nofollow">{url}</a>.</small></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "en-syndicated-feed-plain",
        plugin: "feed importer footer",
        lang: Some(Lang::En),
        block: r##"<p><small>Syndicated from the RSS feed of {outlet}.</small></p>"##,
        inline: None,
        source: CreditSource::Name,
        top_ok: false,
    },
    Credit {
        id: "en-read-on-button",
        plugin: "Feedzy button",
        lang: Some(Lang::En),
        block: r##"<p><a class="button feedzy-button" href="{url}" target="_blank" rel="nofollow">Read on {outlet}</a></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "any-source-card-domain",
        plugin: "link-preview card",
        lang: None,
        block: r##"<div class="source-card"><a href="{url}" target="_blank" rel="nofollow"><img src="{ohome}favicon-192.png" alt="{outlet}" width="32" height="32"> {odomain}</a></div>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "any-arrow-domain",
        plugin: "manual arrow link",
        lang: None,
        block: r##"<p>→ <a href="{url}" rel="nofollow">{odomain}</a></p>"##,
        inline: Some(r##"→ <a href="{url}" rel="nofollow">{odomain}</a>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "de-zum-originalartikel",
        plugin: "manual credit (de)",
        lang: Some(Lang::De),
        block: r##"<p>Zum <a href="{url}" target="_blank">Originalartikel</a> bei {outlet}</p>"##,
        inline: Some(r##"Zum <a href="{url}" target="_blank">Originalartikel</a> bei {outlet}"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "de-erschien-urspruenglich",
        plugin: "republication note (de)",
        lang: Some(Lang::De),
        block: r##"<p><em>Dieser Beitrag erschien ursprünglich auf <a href="{ohome}">{outlet}</a>.</em></p>"##,
        inline: None,
        source: CreditSource::Home,
        top_ok: true,
    },
    Credit {
        id: "de-text-bildquelle-plain",
        plugin: "manual credit (de)",
        lang: Some(Lang::De),
        block: r##"<p>Text- und Bildquelle: {outlet}</p>"##,
        inline: Some(r##"Text- und Bildquelle: {outlet}"##),
        source: CreditSource::Name,
        top_ok: false,
    },
    Credit {
        id: "fr-lire-complet",
        plugin: "Feedzy template (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p>Lire l’article complet sur <a href="{url}" target="_blank">{outlet}</a></p>"##,
        inline: Some(
            r##"Lire l’article complet sur <a href="{url}" target="_blank">{outlet}</a>"##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "fr-paru-initialement-plain",
        plugin: "republication note (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p><em>Cet article est paru initialement sur le site de {outlet}.</em></p>"##,
        inline: None,
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "fr-credit-home",
        plugin: "manual credit (fr)",
        lang: Some(Lang::Fr),
        block: r##"<p>Crédit : <a href="{ohome}">{outlet}</a></p>"##,
        inline: None,
        source: CreditSource::Home,
        top_ok: true,
    },
    Credit {
        id: "es-lee-completa",
        plugin: "Feedzy template (es)",
        lang: Some(Lang::Es),
        block: r##"<p>Lee la noticia completa en <a href="{url}" target="_blank">{outlet}</a></p>"##,
        inline: Some(
            r##"Lee la noticia completa en <a href="{url}" target="_blank">{outlet}</a>"##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "es-creditos-plain",
        plugin: "manual credit (es)",
        lang: Some(Lang::Es),
        block: r##"<p><small>Créditos: {outlet}</small></p>"##,
        inline: None,
        source: CreditSource::Name,
        top_ok: false,
    },
    Credit {
        id: "es-nota-original",
        plugin: "WP Automatic (es)",
        lang: Some(Lang::Es),
        block: r##"<p><a href="{url}" rel="nofollow">Nota original</a></p>"##,
        inline: Some(r##"<a href="{url}" rel="nofollow">Nota original</a>"##),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "it-yoast-primo-su",
        plugin: "Yoast RSS footer (it)",
        lang: Some(Lang::It),
        block: r##"<p>L'articolo <a rel="nofollow" href="{url}">{title}</a> sembra essere il primo su <a rel="nofollow" href="{ohome}">{outlet}</a>.</p>"##,
        inline: Some(
            r##"L'articolo <a rel="nofollow" href="{url}">{title}</a> sembra essere il primo su <a rel="nofollow" href="{ohome}">{outlet}</a>."##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "it-fonte-link",
        plugin: "Feedzy (it)",
        lang: Some(Lang::It),
        block: r##"<p>Fonte: <a href="{url}" target="_blank" rel="noopener">{outlet}</a></p>"##,
        inline: Some(r##"Fonte: <a href="{url}" target="_blank" rel="noopener">{outlet}</a>"##),
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "it-leggi-completo",
        plugin: "manual credit (it)",
        lang: Some(Lang::It),
        block: r##"<p><a href="{url}" target="_blank">Leggi l’articolo completo su {outlet}</a></p>"##,
        inline: None,
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "it-fonte-plain",
        plugin: "manual credit (it)",
        lang: Some(Lang::It),
        block: r##"<p><em>Fonte: {outlet}</em></p>"##,
        inline: Some(r##"Fonte: {outlet}"##),
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "it-vai-alla-fonte-autore",
        plugin: "WP RSS Aggregator Feed to Post (it)",
        lang: Some(Lang::It),
        block: r##"<p><a href="{url}" target="_blank" rel="noopener noreferrer">Vai alla fonte</a><br />Autore: {author}</p>"##,
        inline: Some(
            r##"<a href="{url}" target="_blank" rel="noopener noreferrer">Vai alla fonte</a><br />Autore: {author}"##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "pt-yoast-apareceu",
        plugin: "Yoast RSS footer (pt)",
        lang: Some(Lang::Pt),
        block: r##"<p>O post <a rel="nofollow" href="{url}">{title}</a> apareceu primeiro em <a rel="nofollow" href="{ohome}">{outlet}</a>.</p>"##,
        inline: Some(
            r##"O post <a rel="nofollow" href="{url}">{title}</a> apareceu primeiro em <a rel="nofollow" href="{ohome}">{outlet}</a>."##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "pt-fonte-link",
        plugin: "Feedzy (pt)",
        lang: Some(Lang::Pt),
        block: r##"<p>Fonte: <a href="{url}" target="_blank" rel="noopener">{outlet}</a></p>"##,
        inline: Some(r##"Fonte: <a href="{url}" target="_blank" rel="noopener">{outlet}</a>"##),
        source: CreditSource::Url,
        top_ok: true,
    },
    Credit {
        id: "pt-leia-completa",
        plugin: "manual credit (pt)",
        lang: Some(Lang::Pt),
        block: r##"<p>Leia a matéria completa em <a href="{url}" target="_blank">{outlet}</a>.</p>"##,
        inline: Some(
            r##"Leia a matéria completa em <a href="{url}" target="_blank">{outlet}</a>."##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
    Credit {
        id: "pt-fonte-plain",
        plugin: "manual credit (pt)",
        lang: Some(Lang::Pt),
        block: r##"<p>Fonte: {outlet}</p>"##,
        inline: Some(r##"Fonte: {outlet}"##),
        source: CreditSource::Name,
        top_ok: true,
    },
    Credit {
        id: "pt-ir-para-fonte-autor",
        plugin: "WP RSS Aggregator Feed to Post (pt)",
        lang: Some(Lang::Pt),
        block: r##"<p><a href="{url}" target="_blank" rel="noopener noreferrer">Ir para a fonte</a><br />Autor: {author}</p>"##,
        inline: Some(
            r##"<a href="{url}" target="_blank" rel="noopener noreferrer">Ir para a fonte</a><br />Autor: {author}"##,
        ),
        source: CreditSource::Url,
        top_ok: false,
    },
];

// ---------------------------------------------------------------------------
// Widgets: one English version and translations where the product has them
// ---------------------------------------------------------------------------

/// A widget: `(language index, html)`; the first entry is the English one.
pub struct FWidget {
    pub id: &'static str,
    pub html: &'static [(usize, &'static str)],
}

pub static FAMILY_CHATS: &[FWidget] = &[
    FWidget {
        id: "chatra",
        html: &[
            (
                0,
                r##"<div id="chatra" class="chatra--pos-right chatra--style-tab"><div class="chatra--tab"><span class="chatra--tab-text">Questions? Chat with us!</span></div></div>"##,
            ),
            (
                1,
                r##"<div id="chatra" class="chatra--pos-right chatra--style-tab"><div class="chatra--tab"><span class="chatra--tab-text">Fragen? Chatten Sie mit uns!</span></div></div>"##,
            ),
            (
                2,
                r##"<div id="chatra" class="chatra--pos-right chatra--style-tab"><div class="chatra--tab"><span class="chatra--tab-text">Des questions ? Discutez avec nous !</span></div></div>"##,
            ),
            (
                3,
                r##"<div id="chatra" class="chatra--pos-right chatra--style-tab"><div class="chatra--tab"><span class="chatra--tab-text">¿Preguntas? ¡Chatea con nosotros!</span></div></div>"##,
            ),
            (
                4,
                r##"<div id="chatra" class="chatra--pos-right chatra--style-tab"><div class="chatra--tab"><span class="chatra--tab-text">Domande? Scrivici in chat!</span></div></div>"##,
            ),
            (
                5,
                r##"<div id="chatra" class="chatra--pos-right chatra--style-tab"><div class="chatra--tab"><span class="chatra--tab-text">Dúvidas? Fale conosco pelo chat!</span></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "olark",
        html: &[
            (
                0,
                r##"<div id="olark-wrapper" class="olark-launch-button-wrapper"><div class="olark-top-bar"><span class="olark-top-bar-text">We're here! Send us a message</span></div><div class="olark-launch-button"><span class="olark-button-text">Chat with us</span></div></div>"##,
            ),
            (
                1,
                r##"<div id="olark-wrapper" class="olark-launch-button-wrapper"><div class="olark-top-bar"><span class="olark-top-bar-text">Wir sind für Sie da! Schreiben Sie uns</span></div><div class="olark-launch-button"><span class="olark-button-text">Jetzt chatten</span></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "freshchat",
        html: &[
            (
                0,
                r##"<div id="fc_frame" class="fc-widget-normal"><div class="fc-widget-launcher" role="button"><div class="launcher-text">Need help? Message us</div></div></div>"##,
            ),
            (
                3,
                r##"<div id="fc_frame" class="fc-widget-normal"><div class="fc-widget-launcher" role="button"><div class="launcher-text">¿Necesitas ayuda? Escríbenos</div></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "userlike",
        html: &[
            (
                0,
                r##"<div id="userlike" class="userlike-button"><div class="um-greeting">Hello! We're here to answer your questions.</div><div class="um-button-text">Talk to us</div></div>"##,
            ),
            (
                1,
                r##"<div id="userlike" class="userlike-button"><div class="um-greeting">Hallo! Wir beantworten gerne Ihre Fragen.</div><div class="um-button-text">Sprechen Sie mit uns</div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "zoho-salesiq",
        html: &[
            (
                0,
                r##"<div class="zsiq_floatmain zsiq_theme1 siq_bR"><div class="zsiq_flt_rel"><div class="zsiq_cnt"><div class="zsiq_ttl">Chat with us now</div><div class="zsiq_sub">Leave a message and we'll get back to you</div></div></div></div>"##,
            ),
            (
                4,
                r##"<div class="zsiq_floatmain zsiq_theme1 siq_bR"><div class="zsiq_flt_rel"><div class="zsiq_cnt"><div class="zsiq_ttl">Chatta con noi</div><div class="zsiq_sub">Lasciaci un messaggio, ti risponderemo presto</div></div></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "chaty",
        html: &[
            (
                0,
                r##"<div class="chaty chaty-id-0 chaty-widget-0"><div class="chaty-widget"><div class="chaty-channels"><a class="chaty-tooltip" data-hover="WhatsApp" href="https://wa.me/15550100123">WhatsApp</a><a class="chaty-tooltip" data-hover="Phone" href="tel:+15550100123">Call us</a></div><div class="chaty-cta-main"><span class="on-hover-text">Contact us</span></div></div></div>"##,
            ),
            (
                5,
                r##"<div class="chaty chaty-id-0 chaty-widget-0"><div class="chaty-widget"><div class="chaty-channels"><a class="chaty-tooltip" data-hover="WhatsApp" href="https://wa.me/5511955501001">WhatsApp</a><a class="chaty-tooltip" href="tel:+5511955501001">Ligue para nós</a></div><div class="chaty-cta-main"><span class="on-hover-text">Fale conosco</span></div></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "social-chat-whatsapp",
        html: &[
            (
                0,
                r##"<div id="qlwapp" class="qlwapp-free qlwapp-bubble qlwapp-bottom-right"><div class="qlwapp-container"><div class="qlwapp-box"><div class="qlwapp-header"><div class="qlwapp-description"><h3>Hello!</h3><p>Click one of our representatives below to chat on WhatsApp.</p></div></div><div class="qlwapp-body"><a class="qlwapp-account" href="https://api.whatsapp.com/send?phone=15550100123"><div class="qlwapp-info"><span class="qlwapp-label">Support</span><span class="qlwapp-name">Customer Care</span></div></a></div></div><a class="qlwapp-toggle" href="https://api.whatsapp.com/send?phone=15550100123"><span class="qlwapp-text">How can I help you?</span></a></div></div>"##,
            ),
            (
                3,
                r##"<div id="qlwapp" class="qlwapp-free qlwapp-bubble qlwapp-bottom-right"><div class="qlwapp-container"><div class="qlwapp-box"><div class="qlwapp-header"><div class="qlwapp-description"><h3>¡Hola!</h3><p>Haz clic en uno de nuestros agentes para chatear por WhatsApp.</p></div></div></div><a class="qlwapp-toggle" href="https://api.whatsapp.com/send?phone=34955501001"><span class="qlwapp-text">¿En qué puedo ayudarte?</span></a></div></div>"##,
            ),
            (
                5,
                r##"<div id="qlwapp" class="qlwapp-free qlwapp-bubble qlwapp-bottom-right"><div class="qlwapp-container"><div class="qlwapp-box"><div class="qlwapp-header"><div class="qlwapp-description"><h3>Olá!</h3><p>Clique em um de nossos atendentes para conversar pelo WhatsApp.</p></div></div></div><a class="qlwapp-toggle" href="https://api.whatsapp.com/send?phone=5511955501001"><span class="qlwapp-text">Como posso te ajudar?</span></a></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "getbutton",
        html: &[
            (
                0,
                r##"<div id="gb-widget-4821" class="gb-widget"><div class="gb-call-to-action"><span>Hello, how can we help you?</span></div><a class="gb-button gb-whatsapp" href="https://wa.me/15550100123">Message us</a></div>"##,
            ),
            (
                2,
                r##"<div id="gb-widget-4821" class="gb-widget"><div class="gb-call-to-action"><span>Bonjour, comment pouvons-nous vous aider ?</span></div><a class="gb-button gb-whatsapp" href="https://wa.me/33655501001">Écrivez-nous</a></div>"##,
            ),
        ],
    },
    FWidget {
        id: "brevo-conversations",
        html: &[(
            0,
            r##"<div id="brevo-conversations" class="sib-conversations"><div class="sib-conv-bubble"><div class="sib-conv-title">Chat with our team</div><div class="sib-conv-sub">We typically reply in a few minutes</div></div></div>"##,
        )],
    },
    FWidget {
        id: "liveagent",
        html: &[
            (
                0,
                r##"<div class="la-button-wrapper"><div class="la-invitation"><p>Hi, can I help you with anything?</p><button class="la-start">Start chat</button></div><a class="la-button" href="#">Chat now</a></div>"##,
            ),
            (
                1,
                r##"<div class="la-button-wrapper"><div class="la-invitation"><p>Hallo, kann ich Ihnen behilflich sein?</p><button class="la-start">Chat starten</button></div><a class="la-button" href="#">Jetzt chatten</a></div>"##,
            ),
        ],
    },
    FWidget {
        id: "wp-chat-app-ninjateam",
        html: &[
            (
                0,
                r##"<div class="nta_wa_button"><div class="wa__btn_popup_txt">Need Help? <strong>Chat with us</strong></div><div class="wa__popup_chat_box"><div class="wa__popup_heading"><div class="wa__popup_title">Start a Conversation</div><div class="wa__popup_intro">Hi! Click one of our members below to chat on WhatsApp</div></div><div class="wa__popup_notice">The team typically replies in a few minutes.</div></div></div>"##,
            ),
            (
                4,
                r##"<div class="nta_wa_button"><div class="wa__btn_popup_txt">Serve aiuto? <strong>Scrivici</strong></div><div class="wa__popup_chat_box"><div class="wa__popup_heading"><div class="wa__popup_title">Inizia una conversazione</div><div class="wa__popup_intro">Ciao! Clicca su uno dei nostri operatori per chattare su WhatsApp</div></div><div class="wa__popup_notice">Di solito il team risponde in pochi minuti.</div></div></div>"##,
            ),
        ],
    },
];

pub static FAMILY_CONSENTS: &[FWidget] = &[
    FWidget {
        id: "jetpack-eu-cookie-law",
        html: &[
            (
                0,
                r##"<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button" id="eu-cookie-law"><form method="post"><input type="submit" value="Close and accept" class="accept"></form>Privacy &amp; Cookies: This site uses cookies. By continuing to use this website, you agree to their use.<br />To find out more, including how to control cookies, see here: <a href="{home}cookie-policy/" rel="nofollow">Cookie Policy</a></div></div>"##,
            ),
            (
                1,
                r##"<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button" id="eu-cookie-law"><form method="post"><input type="submit" value="Schließen und akzeptieren" class="accept"></form>Datenschutz &amp; Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.<br />Weitere Informationen, beispielsweise zur Kontrolle von Cookies, findest du hier: <a href="{home}cookie-richtlinie/" rel="nofollow">Cookie-Richtlinie</a></div></div>"##,
            ),
            (
                2,
                r##"<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button" id="eu-cookie-law"><form method="post"><input type="submit" value="Fermer et accepter" class="accept"></form>Confidentialité et cookies : ce site utilise des cookies. En continuant à naviguer sur ce site, vous acceptez que nous en utilisions.<br />Pour en savoir plus, y compris sur la façon de contrôler les cookies, reportez-vous à ce qui suit : <a href="{home}politique-cookies/" rel="nofollow">Politique relative aux cookies</a></div></div>"##,
            ),
            (
                3,
                r##"<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button" id="eu-cookie-law"><form method="post"><input type="submit" value="Cerrar y aceptar" class="accept"></form>Privacidad y cookies: este sitio utiliza cookies. Al continuar utilizando esta web, aceptas su uso.<br />Para obtener más información, incluido cómo controlar las cookies, consulta aquí: <a href="{home}politica-de-cookies/" rel="nofollow">Política de cookies</a></div></div>"##,
            ),
            (
                4,
                r##"<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button" id="eu-cookie-law"><form method="post"><input type="submit" value="Chiudi e accetta" class="accept"></form>Privacy e cookie: Questo sito utilizza cookie. Continuando a utilizzare questo sito web, si accetta l’utilizzo dei cookie.<br />Per ulteriori informazioni, anche sul controllo dei cookie, leggi qui: <a href="{home}cookie-policy/" rel="nofollow">Informativa sui cookie</a></div></div>"##,
            ),
            (
                5,
                r##"<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button" id="eu-cookie-law"><form method="post"><input type="submit" value="Fechar e aceitar" class="accept"></form>Privacidade e cookies: Esse site utiliza cookies. Ao continuar a usar este site, você concorda com seu uso.<br />Para saber mais, inclusive sobre como controlar os cookies, consulte aqui: <a href="{home}politica-de-cookies/" rel="nofollow">Política de cookies</a></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "usercentrics",
        html: &[
            (
                0,
                r##"<div id="usercentrics-root"><div data-testid="uc-banner" class="uc-banner"><h2 id="uc-heading-title">Privacy Settings</h2><div id="uc-show-more">This site uses third-party website tracking technologies to provide and continually improve our services, and to display advertisements according to users' interests.</div><div class="uc-buttons"><button data-testid="uc-deny-all-button">Deny</button><button data-testid="uc-more-button">More Information</button><button data-testid="uc-accept-all-button">Accept All</button></div></div></div>"##,
            ),
            (
                1,
                r##"<div id="usercentrics-root"><div data-testid="uc-banner" class="uc-banner"><h2 id="uc-heading-title">Datenschutz-Einstellungen</h2><div id="uc-show-more">Diese Seite nutzt Website-Tracking-Technologien von Dritten, um ihre Dienste anzubieten, stetig zu verbessern und Werbung entsprechend der Interessen der Nutzer anzuzeigen.</div><div class="uc-buttons"><button data-testid="uc-deny-all-button">Ablehnen</button><button data-testid="uc-more-button">Mehr Informationen</button><button data-testid="uc-accept-all-button">Alle akzeptieren</button></div></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "quantcast-choice",
        html: &[
            (
                0,
                r##"<div id="qc-cmp2-container" class="qc-cmp2-container"><div class="qc-cmp2-summary-section"><h2>We value your privacy</h2><p class="qc-cmp2-summary-info">We and our partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, and audience insights.</p></div><div class="qc-cmp2-summary-buttons"><button mode="secondary">MORE OPTIONS</button><button mode="primary">AGREE</button></div></div>"##,
            ),
            (
                2,
                r##"<div id="qc-cmp2-container" class="qc-cmp2-container"><div class="qc-cmp2-summary-section"><h2>Le respect de votre vie privée est notre priorité</h2><p class="qc-cmp2-summary-info">Nos partenaires et nous-mêmes stockons et/ou accédons à des informations sur un appareil, telles que les cookies, et traitons les données personnelles, telles que les identifiants uniques et les informations standards envoyées par chaque appareil.</p></div><div class="qc-cmp2-summary-buttons"><button mode="secondary">PLUS D’OPTIONS</button><button mode="primary">J’ACCEPTE</button></div></div>"##,
            ),
            (
                4,
                r##"<div id="qc-cmp2-container" class="qc-cmp2-container"><div class="qc-cmp2-summary-section"><h2>Rispettiamo la tua privacy</h2><p class="qc-cmp2-summary-info">Noi e i nostri partner archiviamo e/o accediamo a informazioni su un dispositivo, come i cookie, e trattiamo dati personali, come identificatori univoci e informazioni standard inviate da un dispositivo.</p></div><div class="qc-cmp2-summary-buttons"><button mode="secondary">PIÙ OPZIONI</button><button mode="primary">ACCETTO</button></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "didomi",
        html: &[
            (
                0,
                r##"<div id="didomi-host"><div class="didomi-popup-container"><div class="didomi-notice-text"><h1 id="didomi-notice-title">Welcome to {site}!</h1><p>With your agreement, we and our partners use cookies or similar technologies to store, access, and process personal data like your visit on this website.</p></div><button id="didomi-notice-disagree-button">Disagree</button><button id="didomi-notice-learn-more-button">Learn more</button><button id="didomi-notice-agree-button">Agree and close</button></div></div>"##,
            ),
            (
                2,
                r##"<div id="didomi-host"><div class="didomi-popup-container"><div class="didomi-notice-text"><h1 id="didomi-notice-title">Bienvenue sur {site} !</h1><p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p></div><button id="didomi-notice-disagree-button">Refuser</button><button id="didomi-notice-learn-more-button">En savoir plus</button><button id="didomi-notice-agree-button">Accepter &amp; Fermer</button></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "iubenda",
        html: &[
            (
                0,
                r##"<div id="iubenda-cs-banner" class="iubenda-cs-default"><div class="iubenda-cs-content"><div id="iubenda-cs-title">Notice</div><div id="iubenda-cs-paragraph"><p class="iub-p">We and selected third parties use cookies or similar technologies for technical purposes and, with your consent, for other purposes as specified in the <a href="#" class="iubenda-cs-cookie-policy-lnk">cookie policy</a>.</p></div><div class="iubenda-cs-opt-group"><button class="iubenda-cs-customize-btn">Learn more and customize</button><button class="iubenda-cs-reject-btn">Reject</button><button class="iubenda-cs-accept-btn">Accept</button></div></div></div>"##,
            ),
            (
                4,
                r##"<div id="iubenda-cs-banner" class="iubenda-cs-default"><div class="iubenda-cs-content"><div id="iubenda-cs-title">Informativa</div><div id="iubenda-cs-paragraph"><p class="iub-p">Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella <a href="#" class="iubenda-cs-cookie-policy-lnk">cookie policy</a>.</p></div><div class="iubenda-cs-opt-group"><button class="iubenda-cs-customize-btn">Scopri di più e personalizza</button><button class="iubenda-cs-reject-btn">Rifiuta</button><button class="iubenda-cs-accept-btn">Accetta</button></div></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "real-cookie-banner",
        html: &[
            (
                0,
                r##"<div id="rcb-banner" class="rcb-banner"><div class="rcb-header"><h2>Privacy preferences</h2></div><div class="rcb-body"><p>We use cookies and similar technologies on our website and process your personal data (e.g. IP address), for example, to personalize content and ads, to integrate media from third-party providers or to analyze traffic on our website.</p><a class="rcb-btn-accept" href="#">Accept all</a><a class="rcb-btn-essential" href="#">Continue without consent</a><a class="rcb-btn-individual" href="#">Set privacy settings individually</a></div></div>"##,
            ),
            (
                1,
                r##"<div id="rcb-banner" class="rcb-banner"><div class="rcb-header"><h2>Privatsphäre-Einstellungen</h2></div><div class="rcb-body"><p>Wir verwenden Cookies und ähnliche Technologien auf unserer Website und verarbeiten personenbezogene Daten von dir (z.B. IP-Adresse), um z.B. Inhalte und Anzeigen zu personalisieren, Medien von Drittanbietern einzubinden oder Zugriffe auf unsere Website zu analysieren.</p><a class="rcb-btn-accept" href="#">Alle akzeptieren</a><a class="rcb-btn-essential" href="#">Weiter ohne Einwilligung</a><a class="rcb-btn-individual" href="#">Privatsphäre-Einstellungen individuell festlegen</a></div></div>"##,
            ),
        ],
    },
    FWidget {
        id: "moove-gdpr",
        html: &[
            (
                0,
                r##"<aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>We are using cookies to give you the best experience on our website.</p><p>You can find out more about which cookies we are using or switch them off in <button class="change-settings-button">settings</button>.</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all">Accept</button></div></div></div></aside>"##,
            ),
            (
                3,
                r##"<aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>Utilizamos cookies para ofrecerte la mejor experiencia en nuestra web.</p><p>Puedes aprender más sobre qué cookies utilizamos o desactivarlas en los <button class="change-settings-button">ajustes</button>.</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all">Aceptar</button></div></div></div></aside>"##,
            ),
        ],
    },
    FWidget {
        id: "termly",
        html: &[(
            0,
            r##"<div class="termly-styles-root"><div class="termly-styles-message"><p>We use essential cookies to make our site work. With your consent, we may also use non-essential cookies to improve user experience and analyze website traffic. By clicking “Accept,” you agree to our website's cookie use as described in our Cookie Policy.</p></div><div class="termly-styles-buttons"><button class="termly-styles-button">Preferences</button><button class="termly-styles-button">Decline</button><button class="termly-styles-button">Accept</button></div></div>"##,
        )],
    },
    FWidget {
        id: "axeptio",
        html: &[
            (
                0,
                r##"<div id="axeptio_overlay" class="axeptio_mount"><div class="axeptio_widget"><h2 class="axeptio_title">This website uses cookies 🍪</h2><p class="axeptio_text">We use cookies to measure our audience and personalise your experience. You can change your mind at any time.</p><button class="axeptio_btn_dismiss">No thanks</button><button class="axeptio_btn_acceptAll">OK for me</button></div></div>"##,
            ),
            (
                2,
                r##"<div id="axeptio_overlay" class="axeptio_mount"><div class="axeptio_widget"><h2 class="axeptio_title">Ce site utilise des cookies 🍪</h2><p class="axeptio_text">Nous utilisons des cookies pour mesurer l’audience et personnaliser votre expérience. Vous pouvez changer d’avis à tout moment.</p><button class="axeptio_btn_dismiss">Non merci</button><button class="axeptio_btn_acceptAll">OK pour moi</button></div></div>"##,
            ),
            (
                5,
                r##"<div id="axeptio_overlay" class="axeptio_mount"><div class="axeptio_widget"><h2 class="axeptio_title">Este site usa cookies 🍪</h2><p class="axeptio_text">Usamos cookies para medir a audiência e personalizar sua experiência. Você pode mudar de ideia a qualquer momento.</p><button class="axeptio_btn_dismiss">Não, obrigado</button><button class="axeptio_btn_acceptAll">OK para mim</button></div></div>"##,
            ),
        ],
    },
];

/// Push-notification prompts ({push_text}, {push_allow}, {push_later}).
pub static FAMILY_PUSH: &[(&str, &str)] = &[
    (
        "onesignal-slidedown",
        r##"<div id="onesignal-slidedown-container" class="onesignal-slidedown-container onesignal-reset slide-down"><div id="onesignal-slidedown-dialog" class="onesignal-slidedown-dialog"><div id="normal-slidedown"><div class="slidedown-body"><div class="slidedown-body-message">{push_text}</div></div><div class="slidedown-footer"><button class="align-right primary slidedown-button" id="onesignal-slidedown-allow-button">{push_allow}</button><button class="align-right secondary slidedown-button" id="onesignal-slidedown-cancel-button">{push_later}</button></div></div></div></div>"##,
    ),
    (
        "pushengage",
        r##"<div id="pe-optin-box" class="pe-optin-box"><div class="pe-optin-title">{push_text}</div><button class="pe-allow-btn">{push_allow}</button><button class="pe-close-btn">{push_later}</button></div>"##,
    ),
    (
        "webpushr-bell",
        r##"<div id="webpushr-subscription-button" class="webpushr-bell"><span class="webpushr-bell-tooltip">Subscribe to notifications</span></div>"##,
    ),
];

/// Share bars the base does not have ({share}, {share_url}, {page}, {n}).
pub static FAMILY_SHARES: &[(&str, &str)] = &[
    (
        "novashare",
        r##"<div class="ns-buttons ns-inline ns-columns"><div class="ns-buttons-wrapper"><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" class="ns-button facebook" rel="nofollow noopener"><span class="ns-button-wrapper"><span class="ns-button-label"><span class="ns-button-label-wrapper">Share</span></span></span></a><a href="https://twitter.com/intent/tweet?url={share_url}" class="ns-button twitter" rel="nofollow noopener"><span class="ns-button-label-wrapper">Tweet</span></a><a href="https://pinterest.com/pin/create/button/?url={share_url}" class="ns-button pinterest" rel="nofollow noopener"><span class="ns-button-label-wrapper">Pin</span></a></div></div>"##,
    ),
    (
        "grow-social-dpsp",
        r##"<div id="dpsp-content-bottom" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-medium dpsp-has-buttons-count"><p class="dpsp-share-text">Sharing is caring!</p><ul class="dpsp-networks-btns-wrapper dpsp-networks-btns-share"><li><a rel="nofollow noopener" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" class="dpsp-network-btn dpsp-facebook"><span class="dpsp-network-label">Facebook</span><span class="dpsp-network-count">{n}</span></a></li><li><a rel="nofollow noopener" href="https://x.com/intent/tweet?url={share_url}" class="dpsp-network-btn dpsp-x"><span class="dpsp-network-label">Tweet</span></a></li><li><a rel="nofollow noopener" href="https://pinterest.com/pin/create/bookmarklet/?url={share_url}" class="dpsp-network-btn dpsp-pinterest"><span class="dpsp-network-label">Pin</span></a></li></ul></div>"##,
    ),
    (
        "easy-social-share",
        r##"<div class="essb_links essb_counter_modern_right essb_displayed_bottom essb_share essb_template_modern-retina"><ul class="essb_links_list"><li class="essb_item essb_totalcount_item"><span class="essb_totalcount"><span class="essb_t_nb">{n}</span> <span class="essb_t_nb_after">Shares</span></span></li><li class="essb_item essb_link_facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" rel="nofollow"><span class="essb_network_name">Facebook</span></a></li><li class="essb_item essb_link_twitter"><a href="https://twitter.com/intent/tweet?url={share_url}" rel="nofollow"><span class="essb_network_name">Twitter</span></a></li><li class="essb_item essb_link_whatsapp"><a href="whatsapp://send?text={share_url}" rel="nofollow"><span class="essb_network_name">WhatsApp</span></a></li></ul></div>"##,
    ),
    (
        "monarch",
        r##"<div class="et_social_inline et_social_mobile_on et_social_inline_bottom"><div class="et_social_networks et_social_4col et_social_slide et_social_rounded et_social_left"><ul class="et_social_icons_container"><li class="et_social_facebook"><a href="http://www.facebook.com/sharer.php?u={share_url}" class="et_social_share" rel="nofollow" data-social_name="facebook"><i class="et_social_icon et_social_icon_facebook"></i><div class="et_social_network_label"><div class="et_social_networkname">Facebook</div></div></a></li><li class="et_social_twitter"><a href="http://twitter.com/share?url={share_url}" class="et_social_share" rel="nofollow"><div class="et_social_networkname">Twitter</div></a></li><li class="et_social_pinterest"><a href="#" class="et_social_share_pinterest" rel="nofollow"><div class="et_social_networkname">Pinterest</div></a></li></ul></div></div>"##,
    ),
    (
        "ultimate-social-media",
        r##"<div class="sfsi_widget sfsiaftrpstwpr"><div class="sfsi_Sicons"><div style="float:left"><span>Please follow and like us:</span></div><div class="sfsi_socialwpr"><div class="sf_fb"><a href="#">Follow</a></div><div class="sf_fb_share"><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}">Share</a></div><div class="sf_twiter"><a href="https://twitter.com/intent/tweet?url={share_url}">Tweet</a></div></div></div></div>"##,
    ),
    (
        "simple-social-buttons",
        r##"<div class="simplesocialbuttons simplesocial-simple-icons simplesocialbuttons_inline simplesocialbuttons-align-left"><span class="simplesocialtxt-label">{share}</span><button class="simplesocial-fb-share" data-href="https://www.facebook.com/sharer/sharer.php?u={share_url}"><span class="simplesocialtxt">Facebook</span></button><button class="simplesocial-twt-share"><span class="simplesocialtxt">Twitter</span></button><button class="simplesocial-linkedin-share"><span class="simplesocialtxt">LinkedIn</span></button></div>"##,
    ),
    (
        "whatsapp-telegram-buttons",
        r##"<div class="share-whatsapp-telegram"><p class="share-label">{share}</p><a class="btn-wa" href="https://api.whatsapp.com/send?text={share_url}">WhatsApp</a> <a class="btn-tg" href="https://t.me/share/url?url={share_url}">Telegram</a> <a class="btn-fb" href="https://www.facebook.com/sharer/sharer.php?u={share_url}">Facebook</a></div>"##,
    ),
];

/// Newsletter boxes the base does not have ({nl_title}, {nl_text}, {nl_ph},
/// {nl_btn}, {discover_more}, {discover_text}).
pub static FAMILY_NEWSLETTERS: &[(&str, &str)] = &[
    (
        "jetpack-subscriptions",
        r##"<div class="wp-block-jetpack-subscriptions__container is-not-subscriber"><h3 class="wp-block-heading">{discover_more}</h3><p>{discover_text}</p><form action="#" method="post" class="jetpack_subscription_widget"><p id="subscribe-email"><input type="email" name="email" placeholder="Type your email…"></p><p id="subscribe-submit"><button type="submit" class="wp-block-button__link">Subscribe</button></p></form></div>"##,
    ),
    (
        "convertkit",
        r##"<form class="seva-form formkit-form" data-format="inline" data-uid="a1b2c3d4"><div class="formkit-header"><h2>{nl_title}</h2></div><div class="formkit-subheader"><p>{nl_text}</p></div><div class="formkit-fields"><input class="formkit-input" name="email_address" placeholder="{nl_ph}"><button class="formkit-submit"><span>{nl_btn}</span></button></div><div class="formkit-guarantee"><p>We won't send you spam. Unsubscribe at any time.</p></div><a class="formkit-powered-by" href="https://convertkit.com" target="_blank">Built with ConvertKit</a></form>"##,
    ),
    (
        "mailchimp-embed",
        r##"<div id="mc_embed_signup"><form id="mc-embedded-subscribe-form" class="validate" method="post"><div id="mc_embed_signup_scroll"><h2>{nl_title}</h2><div class="indicates-required"><span class="asterisk">*</span> indicates required</div><div class="mc-field-group"><label for="mce-EMAIL">Email Address <span class="asterisk">*</span></label><input type="email" name="EMAIL" class="required email" id="mce-EMAIL"></div><div class="clear"><input type="submit" value="{nl_btn}" name="subscribe" id="mc-embedded-subscribe" class="button"></div></div></form></div>"##,
    ),
    (
        "mailpoet",
        r##"<div class="mailpoet_form mailpoet_form_shortcode"><form class="mailpoet_form_form" method="post"><div class="mailpoet_paragraph"><h2 class="mailpoet-heading">{nl_title}</h2></div><div class="mailpoet_paragraph"><p>{nl_text}</p></div><div class="mailpoet_paragraph"><input type="email" class="mailpoet_text" name="data[email]" placeholder="{nl_ph}"></div><div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="{nl_btn}"></div></form></div>"##,
    ),
];

/// Ad slots the base does not have ({ad_label}, {continue_below}, {n}).
pub static FAMILY_ADS: &[(&str, &str)] = &[
    (
        "wordads",
        r##"<div class="wpcnt"><div class="wpa wpmrec"><span class="wpa-about">{ad_label}</span><div class="u"><div id="atatags-{n}"></div></div><div class="wpa-notice"><a href="#">Report this ad</a></div></div></div>"##,
    ),
    (
        "continue-below",
        r##"<div class="ad-container ad-inline"><p class="ad-label">{continue_below}</p><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-7{n}" data-ad-slot="{n}"></ins></div>"##,
    ),
    (
        "tagdiv-dashes",
        r##"<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- {ad_label} -</span><ins class="adsbygoogle"></ins></div>"##,
    ),
    (
        "ezoic",
        r##"<div id="ezoic-pub-ad-placeholder-{n}" class="ezoic-adpicker-ad"></div><span class="ezoic-ad box-3 adtester-container"><span class="ezoic-ad-label">{ad_label}</span></span>"##,
    ),
];

/// Closing sentences of the spam site promoting itself, per language.
pub static FAMILY_SELF_PROMOS: [&[&str]; 6] = [
    &[
        "For more breaking news and exclusive stories, keep following {site}.",
        "You read it first on {site} — bookmark us and come back tomorrow!",
        "Enjoyed this article? Visit {domain} every day for fresh updates.",
        "This article is brought to you by the {site} editorial team.",
        "Got a story tip? Send it to the {site} newsroom.",
        "Download the {site} app to read the latest stories on the go.",
    ],
    &[
        "Für weitere spannende Nachrichten besuchen Sie täglich {domain}.",
        "Dieser Artikel wurde Ihnen von der {site}-Redaktion präsentiert.",
        "Sie haben einen Hinweis? Schreiben Sie der Redaktion von {site}.",
    ],
    &[
        "Pour ne rien rater, suivez {site} sur les réseaux sociaux.",
        "Cet article vous est proposé par la rédaction de {site}.",
        "Retrouvez d’autres articles comme celui-ci sur {domain}.",
    ],
    &[
        "Para más noticias como esta, visita {domain} todos los días.",
        "Este artículo te lo trae el equipo editorial de {site}.",
        "No olvides seguir a {site} en redes sociales.",
    ],
    &[
        "Continua a seguire {site} per restare sempre aggiornato.",
        "Questo articolo ti è offerto dalla redazione di {site}.",
        "Per altre notizie visita ogni giorno {domain}.",
    ],
    &[
        "Continue acompanhando o {site} para mais notícias como esta.",
        "Este conteúdo foi produzido pela equipe do {site}.",
        "Visite {domain} todos os dias para ficar bem informado.",
    ],
];

/// The site's name or host as a line of its own at the post's edge.
pub static FAMILY_NAME_LINES: &[&str] = &[
    "<p><strong>{SITE}</strong></p>",
    "<p>— {domain}</p>",
    "<p><em>Posted by {site} Staff</em></p>",
    "<p>By {site} Desk</p>",
    "<div class=\"signature\"><p>{site}</p></div>",
    "<p style=\"text-align:center\"><strong>{domain}</strong></p>",
    "<p>#{site_tag}</p>",
];

/// Boxes selling the site's own services, per language.
pub static FAMILY_PROMO_BOXES: [&[&str]; 6] = [
    &[
        r##"<div class="wp-block-group is-style-promo"><h4 class="wp-block-heading">Advertise with {site}</h4><p>Reach over 100,000 readers every month. Sponsored posts, banners and newsletter placements available. Write to advertise@{bare} for our media kit.</p></div>"##,
        r##"<div class="service-cta"><p><strong>{site} Digital Services:</strong> SEO audits, link building and content marketing packages for growing brands. <a href="https://{domain}/services/">Order now</a></p></div>"##,
        r##"<aside class="write-for-us"><h4>Write for {site}!</h4><p>We publish guest posts on tech, business and lifestyle. Send your pitch to editor@{bare}.</p></aside>"##,
    ],
    &[
        r##"<div class="service-cta"><h4>Werben auf {site}</h4><p>Erreichen Sie monatlich über 100.000 Leser. Gesponserte Beiträge und Banner auf Anfrage: werbung@{bare}</p></div>"##,
    ],
    &[
        r##"<div class="service-cta"><h4>Annoncez sur {site}</h4><p>Articles sponsorisés, bannières et newsletters : touchez plus de 100 000 lecteurs par mois. Contact : pub@{bare}</p></div>"##,
    ],
    &[
        r##"<div class="service-cta"><h4>Anúnciate en {site}</h4><p>Artículos patrocinados y banners para llegar a más de 100.000 lectores al mes. Escríbenos a publicidad@{bare}</p></div>"##,
    ],
    &[
        r##"<div class="service-cta"><h4>Pubblicizza la tua attività su {site}</h4><p>Articoli sponsorizzati e banner per raggiungere oltre 100.000 lettori al mese. Scrivi a pubblicita@{bare}</p></div>"##,
    ],
    &[
        r##"<div class="service-cta"><h4>Anuncie no {site}</h4><p>Publieditoriais e banners para alcançar mais de 100 mil leitores por mês. Fale com comercial@{bare}</p></div>"##,
    ],
];

/// Brand text that names nothing, repeated on every page of a host.
pub static FAMILY_TAGLINES: [&[&str]; 6] = [
    &[
        "News you can trust, updated around the clock.",
        "Smart news for busy people.",
    ],
    &["Immer einen Schritt voraus.", "Nachrichten ohne Umwege."],
    &["L’actu sans détour.", "Toujours un temps d’avance."],
    &[
        "Noticias sin rodeos, las 24 horas.",
        "Siempre un paso por delante.",
    ],
    &[
        "Le notizie che contano, in tempo reale.",
        "Sempre un passo avanti.",
    ],
    &["Notícia boa é notícia rápida.", "Informação sem enrolação."],
];

/// The original outlet's own plug, copied with its article (no link).
pub static FAMILY_OUTLET_PROMOS: [&[&str]; 6] = [
    &["<p><em>Get {outlet} in your inbox: sign up for our free morning briefing.</em></p>", "<p><strong>Support local journalism.</strong> Become a {outlet} member today.</p>"],
    &["<p><em>Hol dir die {outlet}-App für alle Nachrichten aus der Region.</em></p>"],
    &["<p><em>Téléchargez l’application {outlet} pour suivre l’actualité de votre région.</em></p>"],
    &["<p><em>Recibe el boletín de {outlet} cada mañana en tu correo.</em></p>"],
    &["<p><em>Scarica l’app di {outlet} per restare aggiornato sulla tua città.</em></p>"],
    &["<p><em>Baixe o aplicativo do {outlet} e receba as notícias da sua região.</em></p>"],
];

// ---------------------------------------------------------------------------
// File-name captions: stems and suffixes the base does not have
// ---------------------------------------------------------------------------

/// `{ymd}` 2024-03-12, `{hms}` 10.22.31, `{hm_}` 10-22-31, `{d}` 20240312,
/// `{t}` 102231, `{n1}`..`{n9}` digits, `{ms}` a 13-digit epoch, `{hex}`
/// 12 hex digits, `{slug}` the post slug.
pub static FAMILY_FILE_STEMS: &[&str] = &[
    "photo_{ymd}_{hm_}",
    "Snapchat-{n9}",
    "signal-{ymd}-{t}",
    "mmexport{ms}",
    "received_{n9}{n6}",
    "Capture d’écran {ymd} à {hms}",
    "Bildschirmfoto {ymd} um {hms}",
    "Captura de pantalla {ymd} a las {hms}",
    "Schermata {ymd} alle {hms}",
    "Captura de Tela {ymd} às {hms}",
    "depositphotos_{n9}-stock-photo-city",
    "dreamstime_xl_{n6}{n2}",
    "photo-{ms}-{hex}",
    "maxresdefault",
    "hqdefault",
    "Frame {n2}",
    "Artboard {n1}",
    "Group {n2}",
    "{d}_{t}",
    "VideoCapture_{d}-{t}",
    "Sem título",
    "Senza titolo",
    "Unbenannt",
    "Sans titre",
    "Sin título",
    "cover-{slug}",
    "thumb-{slug}",
];

pub static FAMILY_SUFFIXES: &[&str] = &[
    "",
    "-edited",
    "-min",
    "-optimized",
    "-rotated",
    "-1536x1024",
    "-2048x1365",
    "-150x150",
    "-640x360",
    "-scaled-1",
    "-1-1024x576",
];

pub static FAMILY_EXTENSIONS: &[&str] = &["", "", ".jpg", ".jpg.webp", ".avif", ".PNG", ".jpeg"];
