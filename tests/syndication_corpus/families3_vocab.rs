//! The third red team's vocabulary (`families3.rs`): what autoblog,
//! scraper and spun-content sites print around a copied article, written
//! for this corpus from the shapes the plugins and themes print (RSS
//! importers' attribution templates, AI-rewrite and machine-translation
//! disclosures, affiliate notes, table-of-contents plugins, channel boxes,
//! push prompts, Jetpack-like rows, ratings, ad labels, page builders'
//! chrome), in six languages, apart from the other generators'
//! vocabularies and from the stripper's rules. Also three articles whose
//! own sentences look like that spam (a paragraph quoting a "Source:"
//! line, a research piece's list of sources, a heading about advertisement
//! rules, a quote saying "Read more"): they must be kept.

use super::page::Kind;
use super::stories::{Story, B};
use super::vocab::Lang;

/// One string per language, in [`F3_LANGS`] order.
pub type T6 = [&'static str; 6];

/// The languages of the set, in the order of every [`T6`].
pub const F3_LANGS: [Lang; 6] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::It, Lang::Pt];

/// The [`T6`] index of `lang`.
pub fn li(lang: Lang) -> usize {
    F3_LANGS.iter().position(|l| *l == lang).unwrap_or(0)
}

/// `t` in `lang`.
pub fn tr(t: &T6, lang: Lang) -> &'static str {
    t[li(lang)]
}

/// The same string in every language (plugins that ship untranslated).
const fn same(s: &'static str) -> T6 {
    [s, s, s, s, s, s]
}

/// What a credit tells about the original.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Src {
    /// Links the original article (`{url}`).
    Url,
    /// Links only the outlet's home page (`{home}`).
    Home,
    /// Names the outlet without a link.
    Name,
}

/// An importer's attribution. Placeholders: `{url}` (the original),
/// `{home}`, `{outlet}`, `{domain}` (the outlet's bare domain), `{title}`,
/// `{site}`, `{date}`.
pub struct Credit3 {
    pub id: &'static str,
    /// The plugin or habit it imitates.
    pub plugin: &'static str,
    pub src: Src,
    /// Inline HTML (no block tags): may be glued into a paragraph.
    pub inline: bool,
    /// The credit's HTML; a block credit carries its own wrapper.
    pub t: T6,
}

pub static CREDITS3: &[Credit3] = &[
    Credit3 {
        id: "f3-post-appeared-first",
        plugin: "RSS footer of an SEO plugin, carried by the importer",
        src: Src::Url,
        inline: false,
        t: [
            "<p>The post <a href=\"{url}\" rel=\"nofollow\">{title}</a> appeared first on <a href=\"{home}\" rel=\"nofollow\">{outlet}</a>.</p>",
            "<p>Der Beitrag <a href=\"{url}\" rel=\"nofollow\">{title}</a> erschien zuerst auf <a href=\"{home}\" rel=\"nofollow\">{outlet}</a>.</p>",
            "<p>L’article <a href=\"{url}\" rel=\"nofollow\">{title}</a> est apparu en premier sur <a href=\"{home}\" rel=\"nofollow\">{outlet}</a>.</p>",
            "<p>La entrada <a href=\"{url}\" rel=\"nofollow\">{title}</a> se publicó primero en <a href=\"{home}\" rel=\"nofollow\">{outlet}</a>.</p>",
            "<p>L'articolo <a href=\"{url}\" rel=\"nofollow\">{title}</a> proviene da <a href=\"{home}\" rel=\"nofollow\">{outlet}</a>.</p>",
            "<p>O post <a href=\"{url}\" rel=\"nofollow\">{title}</a> apareceu primeiro em <a href=\"{home}\" rel=\"nofollow\">{outlet}</a>.</p>",
        ],
    },
    Credit3 {
        id: "f3-source-link-button",
        plugin: "feed importer's 'source link' button",
        src: Src::Url,
        inline: false,
        t: [
            "<p class=\"syndicated-link\"><a class=\"btn btn-outline\" href=\"{url}\" target=\"_blank\" rel=\"noopener nofollow\">Source link</a></p>",
            "<p class=\"syndicated-link\"><a class=\"btn btn-outline\" href=\"{url}\" target=\"_blank\" rel=\"noopener nofollow\">Link zur Quelle</a></p>",
            "<p class=\"syndicated-link\"><a class=\"btn btn-outline\" href=\"{url}\" target=\"_blank\" rel=\"noopener nofollow\">Lien source</a></p>",
            "<p class=\"syndicated-link\"><a class=\"btn btn-outline\" href=\"{url}\" target=\"_blank\" rel=\"noopener nofollow\">Enlace fuente</a></p>",
            "<p class=\"syndicated-link\"><a class=\"btn btn-outline\" href=\"{url}\" target=\"_blank\" rel=\"noopener nofollow\">Link alla fonte</a></p>",
            "<p class=\"syndicated-link\"><a class=\"btn btn-outline\" href=\"{url}\" target=\"_blank\" rel=\"noopener nofollow\">Link da fonte</a></p>",
        ],
    },
    Credit3 {
        id: "f3-read-full-story",
        plugin: "aggregator's outlet line with a 'read full story' button",
        src: Src::Url,
        inline: false,
        t: [
            "<div class=\"feed-item-source\"><span class=\"feed-source-name\">{outlet}</span> <a class=\"feed-read-more button\" href=\"{url}\">Read full story</a></div>",
            "<div class=\"feed-item-source\"><span class=\"feed-source-name\">{outlet}</span> <a class=\"feed-read-more button\" href=\"{url}\">Ganzen Artikel lesen</a></div>",
            "<div class=\"feed-item-source\"><span class=\"feed-source-name\">{outlet}</span> <a class=\"feed-read-more button\" href=\"{url}\">Lire l’article complet</a></div>",
            "<div class=\"feed-item-source\"><span class=\"feed-source-name\">{outlet}</span> <a class=\"feed-read-more button\" href=\"{url}\">Leer la noticia completa</a></div>",
            "<div class=\"feed-item-source\"><span class=\"feed-source-name\">{outlet}</span> <a class=\"feed-read-more button\" href=\"{url}\">Leggi l'articolo completo</a></div>",
            "<div class=\"feed-item-source\"><span class=\"feed-source-name\">{outlet}</span> <a class=\"feed-read-more button\" href=\"{url}\">Ler matéria completa</a></div>",
        ],
    },
    Credit3 {
        id: "f3-logo-card",
        plugin: "boxed outlet card with its logo",
        src: Src::Url,
        inline: false,
        t: [
            "<div class=\"source-card\"><img class=\"source-card__logo\" src=\"{home}assets/brand/logo-200x60.png\" alt=\"{outlet}\" width=\"200\" height=\"60\"><div class=\"source-card__body\"><span class=\"source-card__label\">Published by</span> <strong>{outlet}</strong></div><a class=\"source-card__cta\" href=\"{url}\">Original article ›</a></div>",
            "<div class=\"source-card\"><img class=\"source-card__logo\" src=\"{home}assets/brand/logo-200x60.png\" alt=\"{outlet}\" width=\"200\" height=\"60\"><div class=\"source-card__body\"><span class=\"source-card__label\">Veröffentlicht von</span> <strong>{outlet}</strong></div><a class=\"source-card__cta\" href=\"{url}\">Originalartikel ›</a></div>",
            "<div class=\"source-card\"><img class=\"source-card__logo\" src=\"{home}assets/brand/logo-200x60.png\" alt=\"{outlet}\" width=\"200\" height=\"60\"><div class=\"source-card__body\"><span class=\"source-card__label\">Publié par</span> <strong>{outlet}</strong></div><a class=\"source-card__cta\" href=\"{url}\">Article original ›</a></div>",
            "<div class=\"source-card\"><img class=\"source-card__logo\" src=\"{home}assets/brand/logo-200x60.png\" alt=\"{outlet}\" width=\"200\" height=\"60\"><div class=\"source-card__body\"><span class=\"source-card__label\">Publicado por</span> <strong>{outlet}</strong></div><a class=\"source-card__cta\" href=\"{url}\">Artículo original ›</a></div>",
            "<div class=\"source-card\"><img class=\"source-card__logo\" src=\"{home}assets/brand/logo-200x60.png\" alt=\"{outlet}\" width=\"200\" height=\"60\"><div class=\"source-card__body\"><span class=\"source-card__label\">Pubblicato da</span> <strong>{outlet}</strong></div><a class=\"source-card__cta\" href=\"{url}\">Articolo originale ›</a></div>",
            "<div class=\"source-card\"><img class=\"source-card__logo\" src=\"{home}assets/brand/logo-200x60.png\" alt=\"{outlet}\" width=\"200\" height=\"60\"><div class=\"source-card__body\"><span class=\"source-card__label\">Publicado por</span> <strong>{outlet}</strong></div><a class=\"source-card__cta\" href=\"{url}\">Artigo original ›</a></div>",
        ],
    },
    Credit3 {
        id: "f3-republished-cc",
        plugin: "republished under a Creative Commons licence",
        src: Src::Url,
        inline: false,
        t: [
            "<p class=\"republish-note\"><em>This article is republished from <a href=\"{home}\">{outlet}</a> under a Creative Commons license. Read the <a href=\"{url}\">original article</a>.</em></p>",
            "<p class=\"republish-note\"><em>Dieser Artikel erscheint mit einer Creative-Commons-Lizenz von <a href=\"{home}\">{outlet}</a>. Lesen Sie den <a href=\"{url}\">Originalartikel</a>.</em></p>",
            "<p class=\"republish-note\"><em>Cet article est republié à partir de <a href=\"{home}\">{outlet}</a> sous licence Creative Commons. Lire l’<a href=\"{url}\">article original</a>.</em></p>",
            "<p class=\"republish-note\"><em>Este artículo fue publicado originalmente en <a href=\"{home}\">{outlet}</a> bajo una licencia Creative Commons. Lea el <a href=\"{url}\">original</a>.</em></p>",
            "<p class=\"republish-note\"><em>Questo articolo è ripubblicato da <a href=\"{home}\">{outlet}</a> con licenza Creative Commons. Leggi l'<a href=\"{url}\">articolo originale</a>.</em></p>",
            "<p class=\"republish-note\"><em>Este artigo foi republicado de <a href=\"{home}\">{outlet}</a> sob uma licença Creative Commons. Leia o <a href=\"{url}\">artigo original</a>.</em></p>",
        ],
    },
    Credit3 {
        id: "f3-originally-published-at",
        plugin: "blog-platform import footer",
        src: Src::Url,
        inline: true,
        t: [
            "<em>Originally published at <a href=\"{url}\">{domain}</a> on {date}.</em>",
            "<em>Ursprünglich veröffentlicht auf <a href=\"{url}\">{domain}</a> am {date}.</em>",
            "<em>Publié à l’origine sur <a href=\"{url}\">{domain}</a> le {date}.</em>",
            "<em>Publicado originalmente en <a href=\"{url}\">{domain}</a> el {date}.</em>",
            "<em>Pubblicato originariamente su <a href=\"{url}\">{domain}</a> il {date}.</em>",
            "<em>Publicado originalmente em <a href=\"{url}\">{domain}</a> em {date}.</em>",
        ],
    },
    Credit3 {
        id: "f3-via-inline",
        plugin: "'via' prefix of a curation plugin",
        src: Src::Url,
        inline: true,
        t: [
            "<strong>Via <a href=\"{url}\">{outlet}</a>:</strong>",
            "<strong>Via <a href=\"{url}\">{outlet}</a>:</strong>",
            "<strong>Via <a href=\"{url}\">{outlet}</a> :</strong>",
            "<strong>Vía <a href=\"{url}\">{outlet}</a>:</strong>",
            "<strong>Via <a href=\"{url}\">{outlet}</a>:</strong>",
            "<strong>Via <a href=\"{url}\">{outlet}</a>:</strong>",
        ],
    },
    Credit3 {
        id: "f3-magazine-source-tag",
        plugin: "magazine theme's source/via tag box",
        src: Src::Url,
        inline: false,
        t: [
            "<div class=\"post-source-tags\"><div class=\"post-source-via\"><div class=\"post-small-box\"><span>SOURCE</span><a rel=\"nofollow\" href=\"{url}\">{outlet}</a></div></div></div>",
            "<div class=\"post-source-tags\"><div class=\"post-source-via\"><div class=\"post-small-box\"><span>QUELLE</span><a rel=\"nofollow\" href=\"{url}\">{outlet}</a></div></div></div>",
            "<div class=\"post-source-tags\"><div class=\"post-source-via\"><div class=\"post-small-box\"><span>SOURCE</span><a rel=\"nofollow\" href=\"{url}\">{outlet}</a></div></div></div>",
            "<div class=\"post-source-tags\"><div class=\"post-source-via\"><div class=\"post-small-box\"><span>FUENTE</span><a rel=\"nofollow\" href=\"{url}\">{outlet}</a></div></div></div>",
            "<div class=\"post-source-tags\"><div class=\"post-source-via\"><div class=\"post-small-box\"><span>FONTE</span><a rel=\"nofollow\" href=\"{url}\">{outlet}</a></div></div></div>",
            "<div class=\"post-source-tags\"><div class=\"post-source-via\"><div class=\"post-small-box\"><span>FONTE</span><a rel=\"nofollow\" href=\"{url}\">{outlet}</a></div></div></div>",
        ],
    },
    Credit3 {
        id: "f3-publisher-field",
        plugin: "news aggregator's publisher field",
        src: Src::Name,
        inline: false,
        t: [
            "<div class=\"meta-publisher\"><span class=\"k\">Publisher:</span> <span class=\"v\">{outlet}</span></div>",
            "<div class=\"meta-publisher\"><span class=\"k\">Herausgeber:</span> <span class=\"v\">{outlet}</span></div>",
            "<div class=\"meta-publisher\"><span class=\"k\">Éditeur :</span> <span class=\"v\">{outlet}</span></div>",
            "<div class=\"meta-publisher\"><span class=\"k\">Medio:</span> <span class=\"v\">{outlet}</span></div>",
            "<div class=\"meta-publisher\"><span class=\"k\">Testata:</span> <span class=\"v\">{outlet}</span></div>",
            "<div class=\"meta-publisher\"><span class=\"k\">Veículo:</span> <span class=\"v\">{outlet}</span></div>",
        ],
    },
    Credit3 {
        id: "f3-paren-source",
        plugin: "parenthesised source glued to the text",
        src: Src::Name,
        inline: true,
        t: [
            "(Source: {outlet})",
            "(Quelle: {outlet})",
            "(Source : {outlet})",
            "(Fuente: {outlet})",
            "(Fonte: {outlet})",
            "(Fonte: {outlet})",
        ],
    },
    Credit3 {
        id: "f3-credits-home",
        plugin: "credits line linking the outlet's home",
        src: Src::Home,
        inline: true,
        t: [
            "Credits: <a href=\"{home}\" target=\"_blank\">{outlet}</a>",
            "Credits: <a href=\"{home}\" target=\"_blank\">{outlet}</a>",
            "Crédits : <a href=\"{home}\" target=\"_blank\">{outlet}</a>",
            "Créditos: <a href=\"{home}\" target=\"_blank\">{outlet}</a>",
            "Crediti: <a href=\"{home}\" target=\"_blank\">{outlet}</a>",
            "Créditos: <a href=\"{home}\" target=\"_blank\">{outlet}</a>",
        ],
    },
    Credit3 {
        id: "f3-read-more-at",
        plugin: "excerpt importer's 'read more at'",
        src: Src::Url,
        inline: true,
        t: [
            "Read more at <a href=\"{url}\">{outlet}</a> »",
            "Weiterlesen bei <a href=\"{url}\">{outlet}</a> »",
            "Lire la suite sur <a href=\"{url}\">{outlet}</a> »",
            "Seguir leyendo en <a href=\"{url}\">{outlet}</a> »",
            "Continua a leggere su <a href=\"{url}\">{outlet}</a> »",
            "Continue lendo em <a href=\"{url}\">{outlet}</a> »",
        ],
    },
    Credit3 {
        id: "f3-ai-rewrite-credit",
        plugin: "AI rewriter's attribution box",
        src: Src::Url,
        inline: false,
        t: [
            "<div class=\"ai-note\" role=\"note\"><p>🤖 This article was rewritten by AI based on reporting by <a href=\"{url}\">{outlet}</a>.</p></div>",
            "<div class=\"ai-note\" role=\"note\"><p>🤖 Dieser Artikel wurde mit KI auf Grundlage eines Berichts von <a href=\"{url}\">{outlet}</a> umgeschrieben.</p></div>",
            "<div class=\"ai-note\" role=\"note\"><p>🤖 Cet article a été réécrit par une IA à partir d’un reportage de <a href=\"{url}\">{outlet}</a>.</p></div>",
            "<div class=\"ai-note\" role=\"note\"><p>🤖 Este artículo fue reescrito con IA a partir de información de <a href=\"{url}\">{outlet}</a>.</p></div>",
            "<div class=\"ai-note\" role=\"note\"><p>🤖 Questo articolo è stato riscritto con l'IA a partire da un servizio di <a href=\"{url}\">{outlet}</a>.</p></div>",
            "<div class=\"ai-note\" role=\"note\"><p>🤖 Este artigo foi reescrito por IA com base em reportagem de <a href=\"{url}\">{outlet}</a>.</p></div>",
        ],
    },
    Credit3 {
        id: "f3-auto-imported",
        plugin: "importer's rights notice",
        src: Src::Home,
        inline: false,
        t: [
            "<p class=\"import-notice\"><small>This post was automatically imported from the RSS feed of <a href=\"{home}\">{outlet}</a>. All rights belong to their respective owners.</small></p>",
            "<p class=\"import-notice\"><small>Dieser Beitrag wurde automatisch aus dem RSS-Feed von <a href=\"{home}\">{outlet}</a> importiert. Alle Rechte liegen bei den jeweiligen Inhabern.</small></p>",
            "<p class=\"import-notice\"><small>Cet article a été importé automatiquement depuis le flux RSS de <a href=\"{home}\">{outlet}</a>. Tous les droits appartiennent à leurs propriétaires respectifs.</small></p>",
            "<p class=\"import-notice\"><small>Esta entrada se importó automáticamente del feed RSS de <a href=\"{home}\">{outlet}</a>. Todos los derechos pertenecen a sus respectivos dueños.</small></p>",
            "<p class=\"import-notice\"><small>Questo articolo è stato importato automaticamente dal feed RSS di <a href=\"{home}\">{outlet}</a>. Tutti i diritti appartengono ai rispettivi proprietari.</small></p>",
            "<p class=\"import-notice\"><small>Este post foi importado automaticamente do feed RSS de <a href=\"{home}\">{outlet}</a>. Todos os direitos pertencem aos seus respectivos donos.</small></p>",
        ],
    },
    Credit3 {
        id: "f3-original-url-field",
        plugin: "CMS feed module's 'original article' field",
        src: Src::Url,
        inline: false,
        t: [
            "<div class=\"field field--name-field-original-url\"><div class=\"field__label\">Original article</div><div class=\"field__item\"><a href=\"{url}\">{url}</a></div></div>",
            "<div class=\"field field--name-field-original-url\"><div class=\"field__label\">Originalartikel</div><div class=\"field__item\"><a href=\"{url}\">{url}</a></div></div>",
            "<div class=\"field field--name-field-original-url\"><div class=\"field__label\">Article d’origine</div><div class=\"field__item\"><a href=\"{url}\">{url}</a></div></div>",
            "<div class=\"field field--name-field-original-url\"><div class=\"field__label\">Artículo original</div><div class=\"field__item\"><a href=\"{url}\">{url}</a></div></div>",
            "<div class=\"field field--name-field-original-url\"><div class=\"field__label\">Articolo originale</div><div class=\"field__item\"><a href=\"{url}\">{url}</a></div></div>",
            "<div class=\"field field--name-field-original-url\"><div class=\"field__label\">Artigo original</div><div class=\"field__item\"><a href=\"{url}\">{url}</a></div></div>",
        ],
    },
    Credit3 {
        id: "f3-not-edited-feed",
        plugin: "aggregator's 'not edited by our staff' note naming the publisher",
        src: Src::Name,
        inline: false,
        t: [
            "<p><i>(This story has not been edited by {site} staff and is auto-generated from a syndicated feed of {outlet}.)</i></p>",
            "<p><i>(Dieser Text wurde nicht von der Redaktion von {site} bearbeitet und automatisch aus einem Feed von {outlet} erstellt.)</i></p>",
            "<p><i>(Cet article n’a pas été modifié par la rédaction de {site} et provient automatiquement d’un flux de {outlet}.)</i></p>",
            "<p><i>(Esta noticia no ha sido editada por el equipo de {site} y se genera automáticamente a partir de un feed de {outlet}.)</i></p>",
            "<p><i>(Questa notizia non è stata modificata dalla redazione di {site} ed è generata automaticamente da un feed di {outlet}.)</i></p>",
            "<p><i>(Esta notícia não foi editada pela equipe do {site} e é gerada automaticamente a partir de um feed de {outlet}.)</i></p>",
        ],
    },
    Credit3 {
        id: "f3-bold-label-domain",
        plugin: "hand-made bold label linking the outlet's domain",
        src: Src::Home,
        inline: true,
        t: [
            "<b>Source:</b> <a href=\"{home}\">{domain}</a>",
            "<b>Quelle:</b> <a href=\"{home}\">{domain}</a>",
            "<b>Source :</b> <a href=\"{home}\">{domain}</a>",
            "<b>Fuente:</b> <a href=\"{home}\">{domain}</a>",
            "<b>Fonte:</b> <a href=\"{home}\">{domain}</a>",
            "<b>Fonte:</b> <a href=\"{home}\">{domain}</a>",
        ],
    },
    Credit3 {
        id: "f3-copyright-outlet",
        plugin: "copyright line of the outlet",
        src: Src::Name,
        inline: false,
        t: [
            "<p class=\"copyright-original\">© {outlet}. Reproduced with permission.</p>",
            "<p class=\"copyright-original\">© {outlet}. Nachdruck mit freundlicher Genehmigung.</p>",
            "<p class=\"copyright-original\">© {outlet}. Reproduit avec autorisation.</p>",
            "<p class=\"copyright-original\">© {outlet}. Reproducido con permiso.</p>",
            "<p class=\"copyright-original\">© {outlet}. Riprodotto su autorizzazione.</p>",
            "<p class=\"copyright-original\">© {outlet}. Reproduzido com autorização.</p>",
        ],
    },
    Credit3 {
        id: "f3-translated-from",
        plugin: "machine-translation importer's link to the original",
        src: Src::Url,
        inline: false,
        t: [
            "<p class=\"mt-origin\">Translated automatically from <a href=\"{url}\">the original article</a>.</p>",
            "<p class=\"mt-origin\">Automatisch übersetzt aus <a href=\"{url}\">dem Originalartikel</a>.</p>",
            "<p class=\"mt-origin\">Traduit automatiquement depuis <a href=\"{url}\">l’article original</a>.</p>",
            "<p class=\"mt-origin\">Traducido automáticamente del <a href=\"{url}\">artículo original</a>.</p>",
            "<p class=\"mt-origin\">Tradotto automaticamente dall'<a href=\"{url}\">articolo originale</a>.</p>",
            "<p class=\"mt-origin\">Traduzido automaticamente do <a href=\"{url}\">artigo original</a>.</p>",
        ],
    },
    Credit3 {
        id: "f3-text-and-image",
        plugin: "'text and image' line naming the outlet",
        src: Src::Name,
        inline: false,
        t: [
            "<p><strong>Text and image:</strong> {outlet}</p>",
            "<p><strong>Text und Bild:</strong> {outlet}</p>",
            "<p><strong>Texte et photo :</strong> {outlet}</p>",
            "<p><strong>Texto e imagen:</strong> {outlet}</p>",
            "<p><strong>Testo e foto:</strong> {outlet}</p>",
            "<p><strong>Texto e imagem:</strong> {outlet}</p>",
        ],
    },
    Credit3 {
        id: "f3-channel-credit",
        plugin: "channel auto-poster's source line with a join prompt",
        src: Src::Url,
        inline: false,
        t: [
            "<p>📰 Source: <a href=\"{url}\">{outlet}</a> | 📲 Get instant updates on our Telegram channel</p>",
            "<p>📰 Quelle: <a href=\"{url}\">{outlet}</a> | 📲 Sofort informiert über unseren Telegram-Kanal</p>",
            "<p>📰 Source : <a href=\"{url}\">{outlet}</a> | 📲 Toute l’actu en direct sur notre chaîne Telegram</p>",
            "<p>📰 Fuente: <a href=\"{url}\">{outlet}</a> | 📲 Recibe las noticias al instante en nuestro canal de Telegram</p>",
            "<p>📰 Fonte: <a href=\"{url}\">{outlet}</a> | 📲 Aggiornamenti in tempo reale sul nostro canale Telegram</p>",
            "<p>📰 Fonte: <a href=\"{url}\">{outlet}</a> | 📲 Receba as notícias na hora no nosso canal do Telegram</p>",
        ],
    },
    Credit3 {
        id: "f3-article-source-top",
        plugin: "site builder blog's article-source line",
        src: Src::Url,
        inline: false,
        t: [
            "<p class=\"post-source\">Article source: <a href=\"{url}\">{outlet}</a></p>",
            "<p class=\"post-source\">Artikelquelle: <a href=\"{url}\">{outlet}</a></p>",
            "<p class=\"post-source\">Source de l’article : <a href=\"{url}\">{outlet}</a></p>",
            "<p class=\"post-source\">Fuente del artículo: <a href=\"{url}\">{outlet}</a></p>",
            "<p class=\"post-source\">Fonte dell'articolo: <a href=\"{url}\">{outlet}</a></p>",
            "<p class=\"post-source\">Fonte do artigo: <a href=\"{url}\">{outlet}</a></p>",
        ],
    },
    Credit3 {
        id: "f3-first-published-by",
        plugin: "'first published by' line without a link",
        src: Src::Name,
        inline: true,
        t: [
            "<em>First published by {outlet} on {date}.</em>",
            "<em>Zuerst erschienen bei {outlet} am {date}.</em>",
            "<em>Publié pour la première fois par {outlet} le {date}.</em>",
            "<em>Publicado por primera vez por {outlet} el {date}.</em>",
            "<em>Pubblicato per la prima volta da {outlet} il {date}.</em>",
            "<em>Publicado pela primeira vez por {outlet} em {date}.</em>",
        ],
    },
    Credit3 {
        id: "f3-hat-tip",
        plugin: "curation blog's hat tip",
        src: Src::Url,
        inline: true,
        t: same("H/T <a href=\"{url}\">{outlet}</a>"),
    },
];

/// A piece of chrome or widget. Placeholders as for credits, plus
/// `{author}`, `{cat}`, `{n}` (a count), `{min}` (minutes), `{slug}` (the
/// site's slug), `{r1}`, `{r2}`, `{r3}` (other posts' titles), `{tag1}`,
/// `{tag2}`, `{img}` (an image file name), `{stock}` (a stock agency).
pub struct Widget {
    pub id: &'static str,
    pub kind: Kind,
    pub t: T6,
}

pub static WIDGETS3: &[Widget] = &[
    Widget {
        id: "ai-disclosure",
        kind: Kind::Disclaimer,
        t: [
            "<div class=\"ai-disclosure\"><p><strong>AI disclosure:</strong> This content was produced with the help of artificial intelligence and reviewed by our editors. It may contain errors.</p></div>",
            "<div class=\"ai-disclosure\"><p><strong>KI-Hinweis:</strong> Dieser Inhalt wurde mithilfe künstlicher Intelligenz erstellt und von unserer Redaktion geprüft. Er kann Fehler enthalten.</p></div>",
            "<div class=\"ai-disclosure\"><p><strong>Mention IA :</strong> Ce contenu a été produit avec l’aide de l’intelligence artificielle et relu par notre équipe. Il peut contenir des erreurs.</p></div>",
            "<div class=\"ai-disclosure\"><p><strong>Aviso IA:</strong> Este contenido se elaboró con ayuda de inteligencia artificial y fue revisado por nuestro equipo. Puede contener errores.</p></div>",
            "<div class=\"ai-disclosure\"><p><strong>Nota IA:</strong> Questo contenuto è stato prodotto con l'aiuto dell'intelligenza artificiale e verificato dalla redazione. Può contenere errori.</p></div>",
            "<div class=\"ai-disclosure\"><p><strong>Aviso de IA:</strong> Este conteúdo foi produzido com ajuda de inteligência artificial e revisado pela nossa equipe. Pode conter erros.</p></div>",
        ],
    },
    Widget {
        id: "mt-disclosure",
        kind: Kind::Disclaimer,
        t: [
            "<p class=\"translation-note\"><small>This article has been translated automatically. Translation errors may occur.</small></p>",
            "<p class=\"translation-note\"><small>Dieser Artikel wurde maschinell übersetzt. Übersetzungsfehler sind möglich.</small></p>",
            "<p class=\"translation-note\"><small>Cet article a été traduit automatiquement. Des erreurs de traduction peuvent subsister.</small></p>",
            "<p class=\"translation-note\"><small>Este artículo ha sido traducido automáticamente. Puede contener errores de traducción.</small></p>",
            "<p class=\"translation-note\"><small>Questo articolo è stato tradotto automaticamente. Possono esserci errori di traduzione.</small></p>",
            "<p class=\"translation-note\"><small>Este artigo foi traduzido automaticamente. Podem ocorrer erros de tradução.</small></p>",
        ],
    },
    Widget {
        id: "affiliate-note",
        kind: Kind::Disclaimer,
        t: [
            "<p class=\"affiliate-disclosure\"><em>Disclosure: some links in this post are affiliate links. As an Amazon Associate, {site} earns from qualifying purchases at no extra cost to you.</em></p>",
            "<p class=\"affiliate-disclosure\"><em>Hinweis: Einige Links in diesem Beitrag sind Affiliate-Links. Als Amazon-Partner verdient {site} an qualifizierten Verkäufen, für dich entstehen keine Mehrkosten.</em></p>",
            "<p class=\"affiliate-disclosure\"><em>Transparence : certains liens de cet article sont affiliés. En tant que Partenaire Amazon, {site} réalise un bénéfice sur les achats remplissant les conditions requises.</em></p>",
            "<p class=\"affiliate-disclosure\"><em>Aviso: algunos enlaces de esta entrada son de afiliado. Como Afiliado de Amazon, {site} obtiene ingresos por las compras adscritas que cumplen los requisitos aplicables.</em></p>",
            "<p class=\"affiliate-disclosure\"><em>Trasparenza: alcuni link di questo articolo sono link di affiliazione. In qualità di Affiliato Amazon, {site} riceve un guadagno dagli acquisti idonei.</em></p>",
            "<p class=\"affiliate-disclosure\"><em>Aviso: alguns links deste post são de afiliados. Como associado da Amazon, o {site} ganha com compras qualificadas, sem custo extra para você.</em></p>",
        ],
    },
    Widget {
        id: "price-box",
        kind: Kind::PromoBox,
        t: [
            "<div class=\"price-box\"><div class=\"price-box__title\">Bestseller No. 1</div><div class=\"price-box__price\">€ 24,99</div><a class=\"price-box__button\" href=\"https://www.amazon.com/dp/B0{n}?tag={slug}-20\" rel=\"sponsored nofollow\">Check price on Amazon</a><div class=\"price-box__note\">Last update on 2024-05-02 / Affiliate links / Images from Amazon Product Advertising API</div></div>",
            "<div class=\"price-box\"><div class=\"price-box__title\">Bestseller Nr. 1</div><div class=\"price-box__price\">24,99 €</div><a class=\"price-box__button\" href=\"https://www.amazon.de/dp/B0{n}?tag={slug}-21\" rel=\"sponsored nofollow\">Preis auf Amazon prüfen</a><div class=\"price-box__note\">Letzte Aktualisierung am 2.05.2024 / Affiliate Links / Bilder von der Amazon Product Advertising API</div></div>",
            "<div class=\"price-box\"><div class=\"price-box__title\">Meilleure vente n° 1</div><div class=\"price-box__price\">24,99 €</div><a class=\"price-box__button\" href=\"https://www.amazon.fr/dp/B0{n}?tag={slug}-21\" rel=\"sponsored nofollow\">Voir le prix sur Amazon</a><div class=\"price-box__note\">Dernière mise à jour le 2024-05-02 / Liens affiliés / Images de l’API Amazon Partenaires</div></div>",
            "<div class=\"price-box\"><div class=\"price-box__title\">Más vendido n.º 1</div><div class=\"price-box__price\">24,99 €</div><a class=\"price-box__button\" href=\"https://www.amazon.es/dp/B0{n}?tag={slug}-21\" rel=\"sponsored nofollow\">Ver precio en Amazon</a><div class=\"price-box__note\">Última actualización el 2024-05-02 / Enlaces de afiliados / Imágenes de la API para Afiliados</div></div>",
            "<div class=\"price-box\"><div class=\"price-box__title\">Bestseller n. 1</div><div class=\"price-box__price\">24,99 €</div><a class=\"price-box__button\" href=\"https://www.amazon.it/dp/B0{n}?tag={slug}-21\" rel=\"sponsored nofollow\">Vedi prezzo su Amazon</a><div class=\"price-box__note\">Ultimo aggiornamento il 2024-05-02 / Link di affiliazione / Immagini da Amazon Product Advertising API</div></div>",
            "<div class=\"price-box\"><div class=\"price-box__title\">Mais vendido nº 1</div><div class=\"price-box__price\">R$ 129,90</div><a class=\"price-box__button\" href=\"https://www.amazon.com.br/dp/B0{n}?tag={slug}-20\" rel=\"sponsored nofollow\">Ver preço na Amazon</a><div class=\"price-box__note\">Última atualização em 2024-05-02 / Links de afiliados / Imagens da API de Publicidade de Produtos da Amazon</div></div>",
        ],
    },
    Widget {
        id: "google-news-follow",
        kind: Kind::FollowBox,
        t: [
            "<div class=\"gnews-cta\"><a href=\"https://news.google.com/publications/CAAq{n}?hl=en\" target=\"_blank\" rel=\"noopener\"><img src=\"/wp-content/uploads/google-news-icon.svg\" alt=\"\" width=\"24\" height=\"24\"> Follow {site} on Google News</a></div>",
            "<div class=\"gnews-cta\"><a href=\"https://news.google.com/publications/CAAq{n}?hl=de\" target=\"_blank\" rel=\"noopener\"><img src=\"/wp-content/uploads/google-news-icon.svg\" alt=\"\" width=\"24\" height=\"24\"> Folge {site} bei Google News</a></div>",
            "<div class=\"gnews-cta\"><a href=\"https://news.google.com/publications/CAAq{n}?hl=fr\" target=\"_blank\" rel=\"noopener\"><img src=\"/wp-content/uploads/google-news-icon.svg\" alt=\"\" width=\"24\" height=\"24\"> Suivez {site} sur Google Actualités</a></div>",
            "<div class=\"gnews-cta\"><a href=\"https://news.google.com/publications/CAAq{n}?hl=es\" target=\"_blank\" rel=\"noopener\"><img src=\"/wp-content/uploads/google-news-icon.svg\" alt=\"\" width=\"24\" height=\"24\"> Sigue a {site} en Google Noticias</a></div>",
            "<div class=\"gnews-cta\"><a href=\"https://news.google.com/publications/CAAq{n}?hl=it\" target=\"_blank\" rel=\"noopener\"><img src=\"/wp-content/uploads/google-news-icon.svg\" alt=\"\" width=\"24\" height=\"24\"> Segui {site} su Google News</a></div>",
            "<div class=\"gnews-cta\"><a href=\"https://news.google.com/publications/CAAq{n}?hl=pt-BR\" target=\"_blank\" rel=\"noopener\"><img src=\"/wp-content/uploads/google-news-icon.svg\" alt=\"\" width=\"24\" height=\"24\"> Siga o {site} no Google Notícias</a></div>",
        ],
    },
    Widget {
        id: "preferred-source",
        kind: Kind::FollowBox,
        t: [
            "<p class=\"pref-source\"><a href=\"https://www.google.com/preferences/source?q={slug}\">⭐ Add {site} as a preferred source on Google</a></p>",
            "<p class=\"pref-source\"><a href=\"https://www.google.com/preferences/source?q={slug}\">⭐ {site} als bevorzugte Quelle bei Google hinzufügen</a></p>",
            "<p class=\"pref-source\"><a href=\"https://www.google.com/preferences/source?q={slug}\">⭐ Ajoutez {site} comme source préférée sur Google</a></p>",
            "<p class=\"pref-source\"><a href=\"https://www.google.com/preferences/source?q={slug}\">⭐ Añade {site} como fuente preferida en Google</a></p>",
            "<p class=\"pref-source\"><a href=\"https://www.google.com/preferences/source?q={slug}\">⭐ Aggiungi {site} come fonte preferita su Google</a></p>",
            "<p class=\"pref-source\"><a href=\"https://www.google.com/preferences/source?q={slug}\">⭐ Adicione o {site} como fonte preferida no Google</a></p>",
        ],
    },
    Widget {
        id: "telegram-box",
        kind: Kind::FollowBox,
        t: [
            "<div class=\"tg-box\"><span class=\"tg-box__icon\">✈</span><div><strong>Join our Telegram channel</strong><br>Breaking news first, no spam.</div><a class=\"tg-box__btn\" href=\"https://t.me/{slug}\">Join now</a></div>",
            "<div class=\"tg-box\"><span class=\"tg-box__icon\">✈</span><div><strong>Tritt unserem Telegram-Kanal bei</strong><br>Eilmeldungen zuerst, kein Spam.</div><a class=\"tg-box__btn\" href=\"https://t.me/{slug}\">Jetzt beitreten</a></div>",
            "<div class=\"tg-box\"><span class=\"tg-box__icon\">✈</span><div><strong>Rejoignez notre chaîne Telegram</strong><br>Les infos en premier, sans spam.</div><a class=\"tg-box__btn\" href=\"https://t.me/{slug}\">Rejoindre</a></div>",
            "<div class=\"tg-box\"><span class=\"tg-box__icon\">✈</span><div><strong>Únete a nuestro canal de Telegram</strong><br>Las noticias primero, sin spam.</div><a class=\"tg-box__btn\" href=\"https://t.me/{slug}\">Unirme</a></div>",
            "<div class=\"tg-box\"><span class=\"tg-box__icon\">✈</span><div><strong>Unisciti al nostro canale Telegram</strong><br>Le notizie prima di tutti, niente spam.</div><a class=\"tg-box__btn\" href=\"https://t.me/{slug}\">Unisciti</a></div>",
            "<div class=\"tg-box\"><span class=\"tg-box__icon\">✈</span><div><strong>Entre no nosso canal do Telegram</strong><br>Notícias em primeira mão, sem spam.</div><a class=\"tg-box__btn\" href=\"https://t.me/{slug}\">Entrar</a></div>",
        ],
    },
    Widget {
        id: "whatsapp-channel",
        kind: Kind::FollowBox,
        t: [
            "<p class=\"wa-channel\"><a href=\"https://whatsapp.com/channel/0029Va{n}\">👉 Follow our WhatsApp channel for daily updates</a></p>",
            "<p class=\"wa-channel\"><a href=\"https://whatsapp.com/channel/0029Va{n}\">👉 Folge unserem WhatsApp-Kanal für tägliche News</a></p>",
            "<p class=\"wa-channel\"><a href=\"https://whatsapp.com/channel/0029Va{n}\">👉 Suivez notre chaîne WhatsApp pour l’actu du jour</a></p>",
            "<p class=\"wa-channel\"><a href=\"https://whatsapp.com/channel/0029Va{n}\">👉 Sigue nuestro canal de WhatsApp para no perderte nada</a></p>",
            "<p class=\"wa-channel\"><a href=\"https://whatsapp.com/channel/0029Va{n}\">👉 Segui il nostro canale WhatsApp per le notizie del giorno</a></p>",
            "<p class=\"wa-channel\"><a href=\"https://whatsapp.com/channel/0029Va{n}\">👉 Siga nosso canal no WhatsApp e receba as notícias do dia</a></p>",
        ],
    },
    Widget {
        id: "push-slidedown",
        kind: Kind::PushPrompt,
        t: [
            "<div id=\"push-slidedown\" class=\"push-slidedown\" role=\"dialog\"><div class=\"push-slidedown__text\">We'd like to show you notifications for the latest news and updates.</div><button class=\"push-allow\">Allow</button><button class=\"push-cancel\">No thanks</button></div>",
            "<div id=\"push-slidedown\" class=\"push-slidedown\" role=\"dialog\"><div class=\"push-slidedown__text\">Wir möchten dir Benachrichtigungen zu den neuesten Nachrichten senden.</div><button class=\"push-allow\">Erlauben</button><button class=\"push-cancel\">Nein danke</button></div>",
            "<div id=\"push-slidedown\" class=\"push-slidedown\" role=\"dialog\"><div class=\"push-slidedown__text\">Nous aimerions vous envoyer des notifications pour les dernières actualités.</div><button class=\"push-allow\">Autoriser</button><button class=\"push-cancel\">Non merci</button></div>",
            "<div id=\"push-slidedown\" class=\"push-slidedown\" role=\"dialog\"><div class=\"push-slidedown__text\">Nos gustaría enviarte notificaciones con las últimas noticias.</div><button class=\"push-allow\">Permitir</button><button class=\"push-cancel\">No, gracias</button></div>",
            "<div id=\"push-slidedown\" class=\"push-slidedown\" role=\"dialog\"><div class=\"push-slidedown__text\">Vorremmo inviarti notifiche sulle ultime notizie.</div><button class=\"push-allow\">Consenti</button><button class=\"push-cancel\">No, grazie</button></div>",
            "<div id=\"push-slidedown\" class=\"push-slidedown\" role=\"dialog\"><div class=\"push-slidedown__text\">Gostaríamos de enviar notificações com as últimas notícias.</div><button class=\"push-allow\">Permitir</button><button class=\"push-cancel\">Agora não</button></div>",
        ],
    },
    Widget {
        id: "push-inline",
        kind: Kind::PushPrompt,
        t: [
            "<p class=\"push-inline\"><a href=\"#\" class=\"bell\">🔔 Don't miss a story: turn on notifications</a></p>",
            "<p class=\"push-inline\"><a href=\"#\" class=\"bell\">🔔 Keine Meldung verpassen: Benachrichtigungen aktivieren</a></p>",
            "<p class=\"push-inline\"><a href=\"#\" class=\"bell\">🔔 Ne ratez rien : activez les notifications</a></p>",
            "<p class=\"push-inline\"><a href=\"#\" class=\"bell\">🔔 No te pierdas nada: activa las notificaciones</a></p>",
            "<p class=\"push-inline\"><a href=\"#\" class=\"bell\">🔔 Non perderti nulla: attiva le notifiche</a></p>",
            "<p class=\"push-inline\"><a href=\"#\" class=\"bell\">🔔 Não perca nada: ative as notificações</a></p>",
        ],
    },
    Widget {
        id: "share-row",
        kind: Kind::ShareBar,
        t: [
            "<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Share this:</h3><ul><li><a class=\"share-x\" href=\"https://x.com/intent/post?url={page}\"><span>Share on X (Opens in new window)</span></a></li><li><a class=\"share-facebook\" href=\"https://www.facebook.com/sharer.php?u={page}\"><span>Facebook</span></a></li><li><a class=\"share-jetpack-whatsapp\" href=\"https://api.whatsapp.com/send?text={page}\"><span>WhatsApp</span></a></li></ul></div>",
            "<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Teilen mit:</h3><ul><li><a class=\"share-x\" href=\"https://x.com/intent/post?url={page}\"><span>Auf X teilen (Wird in neuem Fenster geöffnet)</span></a></li><li><a class=\"share-facebook\" href=\"https://www.facebook.com/sharer.php?u={page}\"><span>Facebook</span></a></li><li><a class=\"share-jetpack-whatsapp\" href=\"https://api.whatsapp.com/send?text={page}\"><span>WhatsApp</span></a></li></ul></div>",
            "<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Partager :</h3><ul><li><a class=\"share-x\" href=\"https://x.com/intent/post?url={page}\"><span>Partager sur X (ouvre dans une nouvelle fenêtre)</span></a></li><li><a class=\"share-facebook\" href=\"https://www.facebook.com/sharer.php?u={page}\"><span>Facebook</span></a></li><li><a class=\"share-jetpack-whatsapp\" href=\"https://api.whatsapp.com/send?text={page}\"><span>WhatsApp</span></a></li></ul></div>",
            "<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Comparte esto:</h3><ul><li><a class=\"share-x\" href=\"https://x.com/intent/post?url={page}\"><span>Compartir en X (Se abre en una ventana nueva)</span></a></li><li><a class=\"share-facebook\" href=\"https://www.facebook.com/sharer.php?u={page}\"><span>Facebook</span></a></li><li><a class=\"share-jetpack-whatsapp\" href=\"https://api.whatsapp.com/send?text={page}\"><span>WhatsApp</span></a></li></ul></div>",
            "<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Condividi:</h3><ul><li><a class=\"share-x\" href=\"https://x.com/intent/post?url={page}\"><span>Condividi su X (Si apre in una nuova finestra)</span></a></li><li><a class=\"share-facebook\" href=\"https://www.facebook.com/sharer.php?u={page}\"><span>Facebook</span></a></li><li><a class=\"share-jetpack-whatsapp\" href=\"https://api.whatsapp.com/send?text={page}\"><span>WhatsApp</span></a></li></ul></div>",
            "<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Compartilhe isso:</h3><ul><li><a class=\"share-x\" href=\"https://x.com/intent/post?url={page}\"><span>Compartilhar no X (abre em nova janela)</span></a></li><li><a class=\"share-facebook\" href=\"https://www.facebook.com/sharer.php?u={page}\"><span>Facebook</span></a></li><li><a class=\"share-jetpack-whatsapp\" href=\"https://api.whatsapp.com/send?text={page}\"><span>WhatsApp</span></a></li></ul></div>",
        ],
    },
    Widget {
        id: "like-row",
        kind: Kind::ShareBar,
        t: [
            "<div class=\"likes-widget\"><h3 class=\"sd-title\">Like this:</h3><div class=\"likes-widget-placeholder\"><span class=\"button\"><span>Like</span></span> <span class=\"loading\">Loading...</span></div></div>",
            "<div class=\"likes-widget\"><h3 class=\"sd-title\">Gefällt mir:</h3><div class=\"likes-widget-placeholder\"><span class=\"button\"><span>Gefällt mir</span></span> <span class=\"loading\">Wird geladen …</span></div></div>",
            "<div class=\"likes-widget\"><h3 class=\"sd-title\">J’aime ça :</h3><div class=\"likes-widget-placeholder\"><span class=\"button\"><span>J’aime</span></span> <span class=\"loading\">Chargement…</span></div></div>",
            "<div class=\"likes-widget\"><h3 class=\"sd-title\">Me gusta esto:</h3><div class=\"likes-widget-placeholder\"><span class=\"button\"><span>Me gusta</span></span> <span class=\"loading\">Cargando...</span></div></div>",
            "<div class=\"likes-widget\"><h3 class=\"sd-title\">Mi piace:</h3><div class=\"likes-widget-placeholder\"><span class=\"button\"><span>Mi piace</span></span> <span class=\"loading\">Caricamento...</span></div></div>",
            "<div class=\"likes-widget\"><h3 class=\"sd-title\">Curtir isso:</h3><div class=\"likes-widget-placeholder\"><span class=\"button\"><span>Curtir</span></span> <span class=\"loading\">Carregando...</span></div></div>",
        ],
    },
    Widget {
        id: "related-row",
        kind: Kind::RelatedPosts,
        t: [
            "<div class=\"related-posts-row\"><h3>Related</h3><div class=\"rp-item\"><a href=\"{r1href}\">{r1}</a><span class=\"rp-context\">In \"{cat}\"</span></div><div class=\"rp-item\"><a href=\"{r2href}\">{r2}</a><span class=\"rp-context\">Similar post</span></div><div class=\"rp-item\"><a href=\"{r3href}\">{r3}</a><span class=\"rp-context\">In \"{cat}\"</span></div></div>",
            "<div class=\"related-posts-row\"><h3>Ähnliche Beiträge</h3><div class=\"rp-item\"><a href=\"{r1href}\">{r1}</a><span class=\"rp-context\">In „{cat}“</span></div><div class=\"rp-item\"><a href=\"{r2href}\">{r2}</a><span class=\"rp-context\">Ähnlicher Beitrag</span></div><div class=\"rp-item\"><a href=\"{r3href}\">{r3}</a><span class=\"rp-context\">In „{cat}“</span></div></div>",
            "<div class=\"related-posts-row\"><h3>Articles similaires</h3><div class=\"rp-item\"><a href=\"{r1href}\">{r1}</a><span class=\"rp-context\">Dans « {cat} »</span></div><div class=\"rp-item\"><a href=\"{r2href}\">{r2}</a><span class=\"rp-context\">Article similaire</span></div><div class=\"rp-item\"><a href=\"{r3href}\">{r3}</a><span class=\"rp-context\">Dans « {cat} »</span></div></div>",
            "<div class=\"related-posts-row\"><h3>Relacionado</h3><div class=\"rp-item\"><a href=\"{r1href}\">{r1}</a><span class=\"rp-context\">En «{cat}»</span></div><div class=\"rp-item\"><a href=\"{r2href}\">{r2}</a><span class=\"rp-context\">Entrada similar</span></div><div class=\"rp-item\"><a href=\"{r3href}\">{r3}</a><span class=\"rp-context\">En «{cat}»</span></div></div>",
            "<div class=\"related-posts-row\"><h3>Correlati</h3><div class=\"rp-item\"><a href=\"{r1href}\">{r1}</a><span class=\"rp-context\">In \"{cat}\"</span></div><div class=\"rp-item\"><a href=\"{r2href}\">{r2}</a><span class=\"rp-context\">Articolo simile</span></div><div class=\"rp-item\"><a href=\"{r3href}\">{r3}</a><span class=\"rp-context\">In \"{cat}\"</span></div></div>",
            "<div class=\"related-posts-row\"><h3>Relacionado</h3><div class=\"rp-item\"><a href=\"{r1href}\">{r1}</a><span class=\"rp-context\">Em \"{cat}\"</span></div><div class=\"rp-item\"><a href=\"{r2href}\">{r2}</a><span class=\"rp-context\">Post semelhante</span></div><div class=\"rp-item\"><a href=\"{r3href}\">{r3}</a><span class=\"rp-context\">Em \"{cat}\"</span></div></div>",
        ],
    },
    Widget {
        id: "author-box",
        kind: Kind::AuthorBox,
        t: [
            "<div class=\"author-bio\"><img src=\"/wp-content/uploads/avatar-{slug}.jpg\" alt=\"{author}\" width=\"80\" height=\"80\"><div><h4>About the author</h4><p><strong>{author}</strong> covers trending stories for {site}. When not writing, they are probably reading.</p><a href=\"/author/admin/\">View all posts by {author} →</a></div></div>",
            "<div class=\"author-bio\"><img src=\"/wp-content/uploads/avatar-{slug}.jpg\" alt=\"{author}\" width=\"80\" height=\"80\"><div><h4>Über den Autor</h4><p><strong>{author}</strong> schreibt für {site} über alles, was gerade bewegt.</p><a href=\"/author/admin/\">Alle Beiträge von {author} anzeigen →</a></div></div>",
            "<div class=\"author-bio\"><img src=\"/wp-content/uploads/avatar-{slug}.jpg\" alt=\"{author}\" width=\"80\" height=\"80\"><div><h4>À propos de l’auteur</h4><p><strong>{author}</strong> suit l’actualité pour {site} depuis ses débuts.</p><a href=\"/author/admin/\">Voir tous les articles de {author} →</a></div></div>",
            "<div class=\"author-bio\"><img src=\"/wp-content/uploads/avatar-{slug}.jpg\" alt=\"{author}\" width=\"80\" height=\"80\"><div><h4>Sobre el autor</h4><p><strong>{author}</strong> escribe sobre tendencias y actualidad para {site}.</p><a href=\"/author/admin/\">Ver todas las entradas de {author} →</a></div></div>",
            "<div class=\"author-bio\"><img src=\"/wp-content/uploads/avatar-{slug}.jpg\" alt=\"{author}\" width=\"80\" height=\"80\"><div><h4>L'autore</h4><p><strong>{author}</strong> racconta l'attualità per {site}.</p><a href=\"/author/admin/\">Vedi tutti gli articoli di {author} →</a></div></div>",
            "<div class=\"author-bio\"><img src=\"/wp-content/uploads/avatar-{slug}.jpg\" alt=\"{author}\" width=\"80\" height=\"80\"><div><h4>Sobre o autor</h4><p><strong>{author}</strong> escreve sobre as notícias do dia para o {site}.</p><a href=\"/author/admin/\">Ver todos os posts de {author} →</a></div></div>",
        ],
    },
    Widget {
        id: "tags-line",
        kind: Kind::PostMeta,
        t: [
            "<div class=\"post-tags\"><span class=\"label\">Tags:</span> <a href=\"/tag/{tag1s}/\" rel=\"tag\">{tag1}</a>, <a href=\"/tag/{tag2s}/\" rel=\"tag\">{tag2}</a></div>",
            "<div class=\"post-tags\"><span class=\"label\">Schlagwörter:</span> <a href=\"/tag/{tag1s}/\" rel=\"tag\">{tag1}</a>, <a href=\"/tag/{tag2s}/\" rel=\"tag\">{tag2}</a></div>",
            "<div class=\"post-tags\"><span class=\"label\">Étiquettes :</span> <a href=\"/tag/{tag1s}/\" rel=\"tag\">{tag1}</a>, <a href=\"/tag/{tag2s}/\" rel=\"tag\">{tag2}</a></div>",
            "<div class=\"post-tags\"><span class=\"label\">Etiquetas:</span> <a href=\"/tag/{tag1s}/\" rel=\"tag\">{tag1}</a>, <a href=\"/tag/{tag2s}/\" rel=\"tag\">{tag2}</a></div>",
            "<div class=\"post-tags\"><span class=\"label\">Tag:</span> <a href=\"/tag/{tag1s}/\" rel=\"tag\">{tag1}</a>, <a href=\"/tag/{tag2s}/\" rel=\"tag\">{tag2}</a></div>",
            "<div class=\"post-tags\"><span class=\"label\">Tags:</span> <a href=\"/tag/{tag1s}/\" rel=\"tag\">{tag1}</a>, <a href=\"/tag/{tag2s}/\" rel=\"tag\">{tag2}</a></div>",
        ],
    },
    Widget {
        id: "filed-under",
        kind: Kind::PostMeta,
        t: [
            "<p class=\"filed\">Filed under: <a href=\"/category/{cats}/\">{cat}</a></p>",
            "<p class=\"filed\">Abgelegt unter: <a href=\"/category/{cats}/\">{cat}</a></p>",
            "<p class=\"filed\">Classé dans : <a href=\"/category/{cats}/\">{cat}</a></p>",
            "<p class=\"filed\">Archivado en: <a href=\"/category/{cats}/\">{cat}</a></p>",
            "<p class=\"filed\">Archiviato in: <a href=\"/category/{cats}/\">{cat}</a></p>",
            "<p class=\"filed\">Arquivado em: <a href=\"/category/{cats}/\">{cat}</a></p>",
        ],
    },
    Widget {
        id: "reading-time",
        kind: Kind::ReadingMeta,
        t: [
            "<span class=\"rt-reading-time\"><span class=\"rt-label\">Reading Time: </span><span class=\"rt-time\">{min}</span><span class=\"rt-label rt-postfix\"> minutes</span></span>",
            "<span class=\"rt-reading-time\"><span class=\"rt-label\">Lesezeit: </span><span class=\"rt-time\">{min}</span><span class=\"rt-label rt-postfix\"> Minuten</span></span>",
            "<span class=\"rt-reading-time\"><span class=\"rt-label\">Temps de lecture : </span><span class=\"rt-time\">{min}</span><span class=\"rt-label rt-postfix\"> minutes</span></span>",
            "<span class=\"rt-reading-time\"><span class=\"rt-label\">Tiempo de lectura: </span><span class=\"rt-time\">{min}</span><span class=\"rt-label rt-postfix\"> minutos</span></span>",
            "<span class=\"rt-reading-time\"><span class=\"rt-label\">Tempo di lettura: </span><span class=\"rt-time\">{min}</span><span class=\"rt-label rt-postfix\"> minuti</span></span>",
            "<span class=\"rt-reading-time\"><span class=\"rt-label\">Tempo de leitura: </span><span class=\"rt-time\">{min}</span><span class=\"rt-label rt-postfix\"> minutos</span></span>",
        ],
    },
    Widget {
        id: "views-counter",
        kind: Kind::ReadingMeta,
        t: [
            "<div class=\"post-views\"><span class=\"post-views-icon\">👁</span> <span class=\"post-views-label\">Post Views:</span> <span class=\"post-views-count\">{n}</span></div>",
            "<div class=\"post-views\"><span class=\"post-views-icon\">👁</span> <span class=\"post-views-label\">Aufrufe:</span> <span class=\"post-views-count\">{n}</span></div>",
            "<div class=\"post-views\"><span class=\"post-views-icon\">👁</span> <span class=\"post-views-label\">Vues :</span> <span class=\"post-views-count\">{n}</span></div>",
            "<div class=\"post-views\"><span class=\"post-views-icon\">👁</span> <span class=\"post-views-label\">Visitas:</span> <span class=\"post-views-count\">{n}</span></div>",
            "<div class=\"post-views\"><span class=\"post-views-icon\">👁</span> <span class=\"post-views-label\">Visualizzazioni:</span> <span class=\"post-views-count\">{n}</span></div>",
            "<div class=\"post-views\"><span class=\"post-views-icon\">👁</span> <span class=\"post-views-label\">Visualizações:</span> <span class=\"post-views-count\">{n}</span></div>",
        ],
    },
    Widget {
        id: "star-rating",
        kind: Kind::Rating,
        t: [
            "<div class=\"star-rating-box\"><div class=\"srb-legend\">Rate this post</div><div class=\"srb-stars\">★★★★☆</div><div class=\"srb-score\">4.{min}/5 - ({n} votes)</div></div>",
            "<div class=\"star-rating-box\"><div class=\"srb-legend\">Beitrag bewerten</div><div class=\"srb-stars\">★★★★☆</div><div class=\"srb-score\">4,{min}/5 - ({n} Stimmen)</div></div>",
            "<div class=\"star-rating-box\"><div class=\"srb-legend\">Notez cet article</div><div class=\"srb-stars\">★★★★☆</div><div class=\"srb-score\">4,{min}/5 - ({n} votes)</div></div>",
            "<div class=\"star-rating-box\"><div class=\"srb-legend\">Valora esta entrada</div><div class=\"srb-stars\">★★★★☆</div><div class=\"srb-score\">4,{min}/5 - ({n} votos)</div></div>",
            "<div class=\"star-rating-box\"><div class=\"srb-legend\">Vota questo articolo</div><div class=\"srb-stars\">★★★★☆</div><div class=\"srb-score\">4,{min}/5 - ({n} voti)</div></div>",
            "<div class=\"star-rating-box\"><div class=\"srb-legend\">Avalie este post</div><div class=\"srb-stars\">★★★★☆</div><div class=\"srb-score\">4,{min}/5 - ({n} votos)</div></div>",
        ],
    },
    Widget {
        id: "helpful",
        kind: Kind::Rating,
        t: [
            "<div class=\"helpful-box\"><span>Was this article helpful?</span> <button>👍 Yes</button> <button>👎 No</button></div>",
            "<div class=\"helpful-box\"><span>War dieser Artikel hilfreich?</span> <button>👍 Ja</button> <button>👎 Nein</button></div>",
            "<div class=\"helpful-box\"><span>Cet article vous a-t-il été utile ?</span> <button>👍 Oui</button> <button>👎 Non</button></div>",
            "<div class=\"helpful-box\"><span>¿Te resultó útil este artículo?</span> <button>👍 Sí</button> <button>👎 No</button></div>",
            "<div class=\"helpful-box\"><span>Questo articolo ti è stato utile?</span> <button>👍 Sì</button> <button>👎 No</button></div>",
            "<div class=\"helpful-box\"><span>Este artigo foi útil?</span> <button>👍 Sim</button> <button>👎 Não</button></div>",
        ],
    },
    Widget {
        id: "ad-label",
        kind: Kind::AdSlot,
        t: [
            "<div class=\"ad-wrap\"><span class=\"ad-label\">Advertisement</span><ins class=\"adsbygoogle\" style=\"display:block\" data-ad-client=\"ca-pub-{n}\" data-ad-slot=\"{n}\"></ins></div>",
            "<div class=\"ad-wrap\"><span class=\"ad-label\">Anzeige</span><ins class=\"adsbygoogle\" style=\"display:block\" data-ad-client=\"ca-pub-{n}\" data-ad-slot=\"{n}\"></ins></div>",
            "<div class=\"ad-wrap\"><span class=\"ad-label\">Publicité</span><ins class=\"adsbygoogle\" style=\"display:block\" data-ad-client=\"ca-pub-{n}\" data-ad-slot=\"{n}\"></ins></div>",
            "<div class=\"ad-wrap\"><span class=\"ad-label\">Publicidad</span><ins class=\"adsbygoogle\" style=\"display:block\" data-ad-client=\"ca-pub-{n}\" data-ad-slot=\"{n}\"></ins></div>",
            "<div class=\"ad-wrap\"><span class=\"ad-label\">Pubblicità</span><ins class=\"adsbygoogle\" style=\"display:block\" data-ad-client=\"ca-pub-{n}\" data-ad-slot=\"{n}\"></ins></div>",
            "<div class=\"ad-wrap\"><span class=\"ad-label\">Publicidade</span><ins class=\"adsbygoogle\" style=\"display:block\" data-ad-client=\"ca-pub-{n}\" data-ad-slot=\"{n}\"></ins></div>",
        ],
    },
    Widget {
        id: "continue-below",
        kind: Kind::AdSlot,
        t: [
            "<div class=\"inline-ad\"><p class=\"ad-notice\">Continue reading below</p><div id=\"div-gpt-ad-{n}-0\" class=\"gpt-slot\"></div></div>",
            "<div class=\"inline-ad\"><p class=\"ad-notice\">Weiterlesen nach der Anzeige</p><div id=\"div-gpt-ad-{n}-0\" class=\"gpt-slot\"></div></div>",
            "<div class=\"inline-ad\"><p class=\"ad-notice\">La suite après cette publicité</p><div id=\"div-gpt-ad-{n}-0\" class=\"gpt-slot\"></div></div>",
            "<div class=\"inline-ad\"><p class=\"ad-notice\">Sigue leyendo tras la publicidad</p><div id=\"div-gpt-ad-{n}-0\" class=\"gpt-slot\"></div></div>",
            "<div class=\"inline-ad\"><p class=\"ad-notice\">Continua a leggere dopo la pubblicità</p><div id=\"div-gpt-ad-{n}-0\" class=\"gpt-slot\"></div></div>",
            "<div class=\"inline-ad\"><p class=\"ad-notice\">Continua após a publicidade</p><div id=\"div-gpt-ad-{n}-0\" class=\"gpt-slot\"></div></div>",
        ],
    },
    Widget {
        id: "dash-ad",
        kind: Kind::AdSlot,
        t: [
            "<div class=\"td-a-rec td-a-rec-id-content_inline\"><span class=\"td-adspot-title\">- Advertisement -</span><div class=\"ad-box\"></div></div>",
            "<div class=\"td-a-rec td-a-rec-id-content_inline\"><span class=\"td-adspot-title\">- Werbung -</span><div class=\"ad-box\"></div></div>",
            "<div class=\"td-a-rec td-a-rec-id-content_inline\"><span class=\"td-adspot-title\">- Publicité -</span><div class=\"ad-box\"></div></div>",
            "<div class=\"td-a-rec td-a-rec-id-content_inline\"><span class=\"td-adspot-title\">- Publicidad -</span><div class=\"ad-box\"></div></div>",
            "<div class=\"td-a-rec td-a-rec-id-content_inline\"><span class=\"td-adspot-title\">- Pubblicità -</span><div class=\"ad-box\"></div></div>",
            "<div class=\"td-a-rec td-a-rec-id-content_inline\"><span class=\"td-adspot-title\">- Publicidade -</span><div class=\"ad-box\"></div></div>",
        ],
    },
    Widget {
        id: "sponsored-grid",
        kind: Kind::Sponsored,
        t: [
            "<div class=\"native-grid\"><div class=\"native-grid__head\">Sponsored Stories</div><a href=\"https://clk.native-ads.example/r?id={n}\">Doctors stunned by this simple morning habit</a><a href=\"https://clk.native-ads.example/r?id={n}2\">The savings account banks don't advertise</a><span class=\"native-grid__by\">Recommended by AdPartner</span></div>",
            "<div class=\"native-grid\"><div class=\"native-grid__head\">Gesponserte Inhalte</div><a href=\"https://clk.native-ads.example/r?id={n}\">Ärzte staunen über diese einfache Morgenroutine</a><a href=\"https://clk.native-ads.example/r?id={n}2\">Das Tagesgeldkonto, über das Banken schweigen</a><span class=\"native-grid__by\">Empfohlen von AdPartner</span></div>",
            "<div class=\"native-grid\"><div class=\"native-grid__head\">Contenus sponsorisés</div><a href=\"https://clk.native-ads.example/r?id={n}\">Les médecins n’en reviennent pas : cette habitude du matin</a><a href=\"https://clk.native-ads.example/r?id={n}2\">Le livret que les banques ne montrent pas</a><span class=\"native-grid__by\">Recommandé par AdPartner</span></div>",
            "<div class=\"native-grid\"><div class=\"native-grid__head\">Contenido patrocinado</div><a href=\"https://clk.native-ads.example/r?id={n}\">Los médicos alucinan con este sencillo hábito matutino</a><a href=\"https://clk.native-ads.example/r?id={n}2\">La cuenta de ahorro que los bancos no anuncian</a><span class=\"native-grid__by\">Recomendado por AdPartner</span></div>",
            "<div class=\"native-grid\"><div class=\"native-grid__head\">Contenuti sponsorizzati</div><a href=\"https://clk.native-ads.example/r?id={n}\">I medici sorpresi da questa semplice abitudine del mattino</a><a href=\"https://clk.native-ads.example/r?id={n}2\">Il conto deposito di cui le banche non parlano</a><span class=\"native-grid__by\">Consigliato da AdPartner</span></div>",
            "<div class=\"native-grid\"><div class=\"native-grid__head\">Conteúdo patrocinado</div><a href=\"https://clk.native-ads.example/r?id={n}\">Médicos se surpreendem com este hábito matinal simples</a><a href=\"https://clk.native-ads.example/r?id={n}2\">A conta que os bancos não anunciam</a><span class=\"native-grid__by\">Recomendado por AdPartner</span></div>",
        ],
    },
    Widget {
        id: "stock-caption",
        kind: Kind::CaptionFilename,
        t: [
            "<figure class=\"wp-block-image size-large\"><img src=\"/wp-content/uploads/2024/05/{img}\" alt=\"\" width=\"1024\" height=\"576\"><figcaption>Image source: {stock}</figcaption></figure>",
            "<figure class=\"wp-block-image size-large\"><img src=\"/wp-content/uploads/2024/05/{img}\" alt=\"\" width=\"1024\" height=\"576\"><figcaption>Symbolbild: {stock}</figcaption></figure>",
            "<figure class=\"wp-block-image size-large\"><img src=\"/wp-content/uploads/2024/05/{img}\" alt=\"\" width=\"1024\" height=\"576\"><figcaption>Image d’illustration : {stock}</figcaption></figure>",
            "<figure class=\"wp-block-image size-large\"><img src=\"/wp-content/uploads/2024/05/{img}\" alt=\"\" width=\"1024\" height=\"576\"><figcaption>Imagen de referencia: {stock}</figcaption></figure>",
            "<figure class=\"wp-block-image size-large\"><img src=\"/wp-content/uploads/2024/05/{img}\" alt=\"\" width=\"1024\" height=\"576\"><figcaption>Foto di repertorio: {stock}</figcaption></figure>",
            "<figure class=\"wp-block-image size-large\"><img src=\"/wp-content/uploads/2024/05/{img}\" alt=\"\" width=\"1024\" height=\"576\"><figcaption>Imagem ilustrativa: {stock}</figcaption></figure>",
        ],
    },
    Widget {
        id: "featured-credit",
        kind: Kind::CaptionFilename,
        t: [
            "<p class=\"featured-credit\"><small>Featured image: {stock}</small></p>",
            "<p class=\"featured-credit\"><small>Beitragsbild: {stock}</small></p>",
            "<p class=\"featured-credit\"><small>Image à la une : {stock}</small></p>",
            "<p class=\"featured-credit\"><small>Imagen destacada: {stock}</small></p>",
            "<p class=\"featured-credit\"><small>Immagine in evidenza: {stock}</small></p>",
            "<p class=\"featured-credit\"><small>Imagem destacada: {stock}</small></p>",
        ],
    },
    Widget {
        id: "filename-caption",
        kind: Kind::CaptionFilename,
        t: same("<figure class=\"image\"><img src=\"/images/{img}\" alt=\"{img}\"><figcaption>{img}</figcaption></figure>"),
    },
    Widget {
        id: "consent-tcf",
        kind: Kind::CookieBanner,
        t: [
            "<div class=\"consent-dialog\" role=\"dialog\" aria-modal=\"true\"><h2>We value your privacy</h2><p>We and our 842 partners store and access information on your device, such as cookies, and process personal data for personalised ads and content, measurement and audience research.</p><button>Manage options</button><button>Accept all</button></div>",
            "<div class=\"consent-dialog\" role=\"dialog\" aria-modal=\"true\"><h2>Wir respektieren Ihre Privatsphäre</h2><p>Wir und unsere 842 Partner speichern Informationen auf Ihrem Gerät, etwa Cookies, und verarbeiten personenbezogene Daten für personalisierte Anzeigen und Inhalte sowie Messungen.</p><button>Optionen verwalten</button><button>Alle akzeptieren</button></div>",
            "<div class=\"consent-dialog\" role=\"dialog\" aria-modal=\"true\"><h2>Le respect de votre vie privée est notre priorité</h2><p>Nos 842 partenaires et nous stockons des informations sur votre appareil, comme des cookies, et traitons des données personnelles pour des annonces et contenus personnalisés.</p><button>Gérer les options</button><button>Tout accepter</button></div>",
            "<div class=\"consent-dialog\" role=\"dialog\" aria-modal=\"true\"><h2>Valoramos tu privacidad</h2><p>Nosotros y nuestros 842 socios almacenamos información en tu dispositivo, como cookies, y tratamos datos personales para anuncios y contenidos personalizados.</p><button>Gestionar opciones</button><button>Aceptar todo</button></div>",
            "<div class=\"consent-dialog\" role=\"dialog\" aria-modal=\"true\"><h2>La tua privacy è importante per noi</h2><p>Noi e i nostri 842 partner archiviamo informazioni sul tuo dispositivo, come i cookie, e trattiamo dati personali per annunci e contenuti personalizzati.</p><button>Gestisci opzioni</button><button>Accetta tutto</button></div>",
            "<div class=\"consent-dialog\" role=\"dialog\" aria-modal=\"true\"><h2>Valorizamos sua privacidade</h2><p>Nós e nossos 842 parceiros armazenamos informações no seu dispositivo, como cookies, e tratamos dados pessoais para anúncios e conteúdos personalizados.</p><button>Gerenciar opções</button><button>Aceitar tudo</button></div>",
        ],
    },
    Widget {
        id: "cookie-pill",
        kind: Kind::CookieBanner,
        t: [
            "<div class=\"cookie-pill\">🍪 Yes, we use cookies. <a href=\"/privacy-policy/\">Learn more</a> <button class=\"cookie-pill__ok\">Got it!</button></div>",
            "<div class=\"cookie-pill\">🍪 Ja, wir verwenden Cookies. <a href=\"/datenschutz/\">Mehr erfahren</a> <button class=\"cookie-pill__ok\">Verstanden!</button></div>",
            "<div class=\"cookie-pill\">🍪 Oui, nous utilisons des cookies. <a href=\"/confidentialite/\">En savoir plus</a> <button class=\"cookie-pill__ok\">Compris !</button></div>",
            "<div class=\"cookie-pill\">🍪 Sí, usamos cookies. <a href=\"/privacidad/\">Más información</a> <button class=\"cookie-pill__ok\">¡Entendido!</button></div>",
            "<div class=\"cookie-pill\">🍪 Sì, usiamo i cookie. <a href=\"/privacy/\">Scopri di più</a> <button class=\"cookie-pill__ok\">Ho capito!</button></div>",
            "<div class=\"cookie-pill\">🍪 Sim, usamos cookies. <a href=\"/privacidade/\">Saiba mais</a> <button class=\"cookie-pill__ok\">Entendi!</button></div>",
        ],
    },
    Widget {
        id: "wa-chat-bubble",
        kind: Kind::ChatWidget,
        t: [
            "<div class=\"wa-float\"><div class=\"wa-float__card\"><strong>{site} Support</strong><span>Typically replies within an hour</span><p>Hi there 👋<br>How can we help you?</p></div><a class=\"wa-float__btn\" href=\"https://wa.me/{n}\">Chat with us on WhatsApp</a></div>",
            "<div class=\"wa-float\"><div class=\"wa-float__card\"><strong>{site} Support</strong><span>Antwortet meist innerhalb einer Stunde</span><p>Hallo 👋<br>Wie können wir helfen?</p></div><a class=\"wa-float__btn\" href=\"https://wa.me/{n}\">Per WhatsApp schreiben</a></div>",
            "<div class=\"wa-float\"><div class=\"wa-float__card\"><strong>{site} Support</strong><span>Répond généralement en moins d’une heure</span><p>Bonjour 👋<br>Comment pouvons-nous vous aider ?</p></div><a class=\"wa-float__btn\" href=\"https://wa.me/{n}\">Discuter sur WhatsApp</a></div>",
            "<div class=\"wa-float\"><div class=\"wa-float__card\"><strong>{site} Soporte</strong><span>Suele responder en una hora</span><p>¡Hola! 👋<br>¿En qué podemos ayudarte?</p></div><a class=\"wa-float__btn\" href=\"https://wa.me/{n}\">Escríbenos por WhatsApp</a></div>",
            "<div class=\"wa-float\"><div class=\"wa-float__card\"><strong>{site} Assistenza</strong><span>Di solito risponde entro un'ora</span><p>Ciao 👋<br>Come possiamo aiutarti?</p></div><a class=\"wa-float__btn\" href=\"https://wa.me/{n}\">Scrivici su WhatsApp</a></div>",
            "<div class=\"wa-float\"><div class=\"wa-float__card\"><strong>{site} Atendimento</strong><span>Costuma responder em uma hora</span><p>Olá 👋<br>Como podemos ajudar?</p></div><a class=\"wa-float__btn\" href=\"https://wa.me/{n}\">Fale conosco no WhatsApp</a></div>",
        ],
    },
    Widget {
        id: "comment-form",
        kind: Kind::CommentForm,
        t: [
            "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\">Leave a Reply <small><a href=\"#respond\">Cancel reply</a></small></h3><form><p class=\"comment-notes\">Your email address will not be published. Required fields are marked *</p><label>Comment *</label><textarea></textarea><label>Name *</label><input type=\"text\"><label>Email *</label><input type=\"email\"><p class=\"cookies-consent\">Save my name, email, and website in this browser for the next time I comment.</p><button>Post Comment</button></form></div>",
            "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\">Schreibe einen Kommentar <small><a href=\"#respond\">Antworten abbrechen</a></small></h3><form><p class=\"comment-notes\">Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert</p><label>Kommentar *</label><textarea></textarea><label>Name *</label><input type=\"text\"><label>E-Mail *</label><input type=\"email\"><p class=\"cookies-consent\">Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.</p><button>Kommentar abschicken</button></form></div>",
            "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\">Laisser un commentaire <small><a href=\"#respond\">Annuler la réponse</a></small></h3><form><p class=\"comment-notes\">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p><label>Commentaire *</label><textarea></textarea><label>Nom *</label><input type=\"text\"><label>E-mail *</label><input type=\"email\"><p class=\"cookies-consent\">Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.</p><button>Laisser un commentaire</button></form></div>",
            "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\">Deja una respuesta <small><a href=\"#respond\">Cancelar la respuesta</a></small></h3><form><p class=\"comment-notes\">Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *</p><label>Comentario *</label><textarea></textarea><label>Nombre *</label><input type=\"text\"><label>Correo electrónico *</label><input type=\"email\"><p class=\"cookies-consent\">Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.</p><button>Publicar el comentario</button></form></div>",
            "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\">Lascia un commento <small><a href=\"#respond\">Annulla risposta</a></small></h3><form><p class=\"comment-notes\">Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *</p><label>Commento *</label><textarea></textarea><label>Nome *</label><input type=\"text\"><label>Email *</label><input type=\"email\"><p class=\"cookies-consent\">Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.</p><button>Invia commento</button></form></div>",
            "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\">Deixe um comentário <small><a href=\"#respond\">Cancelar resposta</a></small></h3><form><p class=\"comment-notes\">O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *</p><label>Comentário *</label><textarea></textarea><label>Nome *</label><input type=\"text\"><label>E-mail *</label><input type=\"email\"><p class=\"cookies-consent\">Salvar meus dados neste navegador para a próxima vez que eu comentar.</p><button>Publicar comentário</button></form></div>",
        ],
    },
    Widget {
        id: "prev-next",
        kind: Kind::PostNav,
        t: [
            "<nav class=\"post-navigation\"><div class=\"nav-previous\"><a href=\"{r1href}\"><span class=\"meta-nav\">Previous article</span> {r1}</a></div><div class=\"nav-next\"><a href=\"{r2href}\"><span class=\"meta-nav\">Next article</span> {r2}</a></div></nav>",
            "<nav class=\"post-navigation\"><div class=\"nav-previous\"><a href=\"{r1href}\"><span class=\"meta-nav\">Vorheriger Artikel</span> {r1}</a></div><div class=\"nav-next\"><a href=\"{r2href}\"><span class=\"meta-nav\">Nächster Artikel</span> {r2}</a></div></nav>",
            "<nav class=\"post-navigation\"><div class=\"nav-previous\"><a href=\"{r1href}\"><span class=\"meta-nav\">Article précédent</span> {r1}</a></div><div class=\"nav-next\"><a href=\"{r2href}\"><span class=\"meta-nav\">Article suivant</span> {r2}</a></div></nav>",
            "<nav class=\"post-navigation\"><div class=\"nav-previous\"><a href=\"{r1href}\"><span class=\"meta-nav\">Artículo anterior</span> {r1}</a></div><div class=\"nav-next\"><a href=\"{r2href}\"><span class=\"meta-nav\">Artículo siguiente</span> {r2}</a></div></nav>",
            "<nav class=\"post-navigation\"><div class=\"nav-previous\"><a href=\"{r1href}\"><span class=\"meta-nav\">Articolo precedente</span> {r1}</a></div><div class=\"nav-next\"><a href=\"{r2href}\"><span class=\"meta-nav\">Articolo successivo</span> {r2}</a></div></nav>",
            "<nav class=\"post-navigation\"><div class=\"nav-previous\"><a href=\"{r1href}\"><span class=\"meta-nav\">Artigo anterior</span> {r1}</a></div><div class=\"nav-next\"><a href=\"{r2href}\"><span class=\"meta-nav\">Próximo artigo</span> {r2}</a></div></nav>",
        ],
    },
    Widget {
        id: "newsletter-strip",
        kind: Kind::Newsletter,
        t: [
            "<div class=\"nl-strip\"><p class=\"nl-strip__title\">Get the best of {site} in your inbox</p><form><input type=\"email\" placeholder=\"Your email\"><button>Sign me up</button></form><p class=\"nl-strip__small\">No spam. Unsubscribe anytime.</p></div>",
            "<div class=\"nl-strip\"><p class=\"nl-strip__title\">Das Beste von {site} in deinem Postfach</p><form><input type=\"email\" placeholder=\"Deine E-Mail\"><button>Anmelden</button></form><p class=\"nl-strip__small\">Kein Spam. Jederzeit abbestellbar.</p></div>",
            "<div class=\"nl-strip\"><p class=\"nl-strip__title\">Le meilleur de {site} dans votre boîte mail</p><form><input type=\"email\" placeholder=\"Votre e-mail\"><button>Je m’inscris</button></form><p class=\"nl-strip__small\">Pas de spam. Désinscription en un clic.</p></div>",
            "<div class=\"nl-strip\"><p class=\"nl-strip__title\">Lo mejor de {site} en tu correo</p><form><input type=\"email\" placeholder=\"Tu correo\"><button>Apuntarme</button></form><p class=\"nl-strip__small\">Sin spam. Date de baja cuando quieras.</p></div>",
            "<div class=\"nl-strip\"><p class=\"nl-strip__title\">Il meglio di {site} nella tua casella</p><form><input type=\"email\" placeholder=\"La tua email\"><button>Iscrivimi</button></form><p class=\"nl-strip__small\">Niente spam. Cancellati quando vuoi.</p></div>",
            "<div class=\"nl-strip\"><p class=\"nl-strip__title\">O melhor do {site} no seu e-mail</p><form><input type=\"email\" placeholder=\"Seu e-mail\"><button>Quero receber</button></form><p class=\"nl-strip__small\">Sem spam. Cancele quando quiser.</p></div>",
        ],
    },
    Widget {
        id: "write-for-us",
        kind: Kind::SelfPromo,
        t: [
            "<p class=\"promo-line\">✍️ Want your story on {site}? <a href=\"/write-for-us/\">Write for us</a> and reach thousands of readers.</p>",
            "<p class=\"promo-line\">✍️ Deine Geschichte auf {site}? <a href=\"/gastbeitrag/\">Schreib für uns</a> und erreiche tausende Leser.</p>",
            "<p class=\"promo-line\">✍️ Votre histoire sur {site} ? <a href=\"/contribuer/\">Écrivez pour nous</a> et touchez des milliers de lecteurs.</p>",
            "<p class=\"promo-line\">✍️ ¿Tu historia en {site}? <a href=\"/colabora/\">Escribe para nosotros</a> y llega a miles de lectores.</p>",
            "<p class=\"promo-line\">✍️ La tua storia su {site}? <a href=\"/collabora/\">Scrivi per noi</a> e raggiungi migliaia di lettori.</p>",
            "<p class=\"promo-line\">✍️ Sua história no {site}? <a href=\"/colabore/\">Escreva para nós</a> e alcance milhares de leitores.</p>",
        ],
    },
    Widget {
        id: "app-promo",
        kind: Kind::SelfPromo,
        t: [
            "<div class=\"app-promo\"><strong>{site} is better in the app</strong> <a href=\"https://play.google.com/store/apps/details?id=com.{slug}.app\">Get it on Google Play</a> <a href=\"https://apps.apple.com/app/id{n}\">Download on the App Store</a></div>",
            "<div class=\"app-promo\"><strong>{site} gibt es auch als App</strong> <a href=\"https://play.google.com/store/apps/details?id=com.{slug}.app\">Jetzt bei Google Play</a> <a href=\"https://apps.apple.com/app/id{n}\">Laden im App Store</a></div>",
            "<div class=\"app-promo\"><strong>{site}, c’est mieux dans l’appli</strong> <a href=\"https://play.google.com/store/apps/details?id=com.{slug}.app\">Disponible sur Google Play</a> <a href=\"https://apps.apple.com/app/id{n}\">Télécharger dans l’App Store</a></div>",
            "<div class=\"app-promo\"><strong>{site} es mejor en la app</strong> <a href=\"https://play.google.com/store/apps/details?id=com.{slug}.app\">Disponible en Google Play</a> <a href=\"https://apps.apple.com/app/id{n}\">Descárgalo en el App Store</a></div>",
            "<div class=\"app-promo\"><strong>{site} è meglio nell'app</strong> <a href=\"https://play.google.com/store/apps/details?id=com.{slug}.app\">Disponibile su Google Play</a> <a href=\"https://apps.apple.com/app/id{n}\">Scarica su App Store</a></div>",
            "<div class=\"app-promo\"><strong>O {site} é melhor no app</strong> <a href=\"https://play.google.com/store/apps/details?id=com.{slug}.app\">Disponível no Google Play</a> <a href=\"https://apps.apple.com/app/id{n}\">Baixar na App Store</a></div>",
        ],
    },
    Widget {
        id: "copyright-site",
        kind: Kind::SiteNameLine,
        t: [
            "<p class=\"content-copyright\">© 2024 {site}. All rights reserved.</p>",
            "<p class=\"content-copyright\">© 2024 {site}. Alle Rechte vorbehalten.</p>",
            "<p class=\"content-copyright\">© 2024 {site}. Tous droits réservés.</p>",
            "<p class=\"content-copyright\">© 2024 {site}. Todos los derechos reservados.</p>",
            "<p class=\"content-copyright\">© 2024 {site}. Tutti i diritti riservati.</p>",
            "<p class=\"content-copyright\">© 2024 {site}. Todos os direitos reservados.</p>",
        ],
    },
    Widget {
        id: "copy-protect",
        kind: Kind::Disclaimer,
        t: [
            "<div id=\"wpcp-error-message\" class=\"msgmsg-box-wpcp hideme\"><span>error: </span>Alert: Content is protected !!</div>",
            "<div id=\"wpcp-error-message\" class=\"msgmsg-box-wpcp hideme\"><span>Fehler: </span>Achtung: Inhalt ist geschützt !!</div>",
            "<div id=\"wpcp-error-message\" class=\"msgmsg-box-wpcp hideme\"><span>erreur : </span>Alerte : le contenu est protégé !!</div>",
            "<div id=\"wpcp-error-message\" class=\"msgmsg-box-wpcp hideme\"><span>error: </span>Alerta: ¡contenido protegido!</div>",
            "<div id=\"wpcp-error-message\" class=\"msgmsg-box-wpcp hideme\"><span>errore: </span>Attenzione: contenuto protetto !!</div>",
            "<div id=\"wpcp-error-message\" class=\"msgmsg-box-wpcp hideme\"><span>erro: </span>Alerta: conteúdo protegido !!</div>",
        ],
    },
    Widget {
        id: "sources-you-trust",
        kind: Kind::SelfPromo,
        t: [
            "<p class=\"brand-claim\"><strong>{site}</strong> brings you the news from the sources you trust, all in one place.</p>",
            "<p class=\"brand-claim\"><strong>{site}</strong> bündelt die Nachrichten aus Quellen, denen du vertraust.</p>",
            "<p class=\"brand-claim\"><strong>{site}</strong> rassemble l’info des sources en qui vous avez confiance.</p>",
            "<p class=\"brand-claim\"><strong>{site}</strong> reúne las noticias de las fuentes en las que confías.</p>",
            "<p class=\"brand-claim\"><strong>{site}</strong> raccoglie le notizie dalle fonti di cui ti fidi.</p>",
            "<p class=\"brand-claim\"><strong>{site}</strong> reúne as notícias das fontes em que você confia.</p>",
        ],
    },
];

/// A table of contents plugin's title and toggle, per language.
pub const TOC_TITLE: T6 = [
    "Table of Contents",
    "Inhaltsverzeichnis",
    "Sommaire",
    "Índice de contenidos",
    "Indice dei contenuti",
    "Índice",
];
pub const TOC_TOGGLE: T6 = [
    "Toggle",
    "Umschalten",
    "Basculer",
    "Alternar",
    "Mostra",
    "Alternar",
];

/// "Home" in breadcrumbs, and the trail's categories.
pub const HOME_WORD: T6 = ["Home", "Startseite", "Accueil", "Inicio", "Home", "Início"];
pub const CATEGORIES: [&[&str]; 6] = [
    &["Local News", "Trending", "Community", "World"],
    &["Lokales", "Aktuell", "Gesellschaft", "Panorama"],
    &["Actualités", "Société", "Régions", "Tendances"],
    &["Actualidad", "Sociedad", "Local", "Tendencias"],
    &["Cronaca", "Attualità", "Società", "Territorio"],
    &["Notícias", "Cidades", "Cotidiano", "Brasil"],
];
pub const TAGS: [&[&str]; 6] = [
    &["breaking", "community", "local", "viral", "update"],
    &["Region", "Nachrichten", "Menschen", "Stadt", "Neu"],
    &["région", "info", "proximité", "vie locale", "à la une"],
    &["noticias", "barrio", "vecinos", "hoy", "última hora"],
    &["notizie", "città", "quartiere", "oggi", "news"],
    &["notícias", "bairro", "cidade", "hoje", "destaque"],
];
pub const AUTHORS: &[&str] = &[
    "admin",
    "News Desk",
    "Editorial Team",
    "Sarah K.",
    "Redaktion",
    "webmaster",
    "Staff Writer",
    "Trend Bot",
];
pub const STOCK: &[&str] = &[
    "Getty Images",
    "Shutterstock",
    "Adobe Stock",
    "Pexels",
    "Unsplash",
    "Pixabay",
    "Freepik",
    "Depositphotos",
    "iStock",
];
pub const IMG_NAMES: &[&str] = &[
    "pexels-photo-{n}.jpeg",
    "DSC_{n}.JPG",
    "WhatsApp-Image-2024-05-12-at-09.33.11.jpeg",
    "shutterstock_{n}.jpg",
    "IMG-20240512-WA00{n}.jpg",
    "GettyImages-{n}-scaled.jpg",
    "image-{n}-1024x576.png",
];

/// Site names of the spam hosts: a first and a second word.
pub const SITE_A: &[&str] = &[
    "Daily", "Trend", "Viral", "News", "Buzz", "Info", "Flash", "Hot", "Now", "Pulse", "Top",
    "Insta",
];
pub const SITE_B: &[&str] = &[
    "Hub", "Wave", "Times", "Digest", "Feed", "Point", "Zone", "Wire", "Post", "Line", "Spot",
    "Press",
];
pub const SITE_SUFFIX: &[&str] = &["", " 24", " Now", " Today", " Online", " 360", " Express"];

/// Outlets the spam copies, per language: name, home page.
pub const OUTLETS3: [&[(&str, &str)]; 6] = [
    &[
        ("The Harbour Courier", "https://www.harbourcourier.co.uk/"),
        ("Westfield Tribune", "https://westfieldtribune.com/"),
        ("Lakeside Ledger", "https://www.lakesideledger.com/"),
        ("Prairie Sentinel", "https://prairiesentinel.org/"),
    ],
    &[
        (
            "Nordstädter Anzeiger",
            "https://www.nordstaedter-anzeiger.de/",
        ),
        ("Rheintal Kurier", "https://rheintal-kurier.de/"),
        ("Allgäuer Rundschau", "https://www.allgaeuer-rundschau.de/"),
    ],
    &[
        (
            "Le Républicain des Vallées",
            "https://www.republicain-vallees.fr/",
        ),
        ("L’Écho du Bocage", "https://echodubocage.fr/"),
        ("La Gazette du Littoral", "https://www.gazette-littoral.fr/"),
    ],
    &[
        ("Diario del Valle", "https://www.diariodelvalle.es/"),
        ("La Voz de la Sierra", "https://lavozdelasierra.com/"),
        ("El Heraldo Comarcal", "https://www.heraldocomarcal.es/"),
    ],
    &[
        (
            "Il Corriere della Valle",
            "https://www.corrieredellavalle.it/",
        ),
        ("Gazzetta del Lago", "https://gazzettadellago.it/"),
        (
            "La Sentinella Adriatica",
            "https://www.sentinellaadriatica.it/",
        ),
    ],
    &[
        ("Jornal do Vale", "https://www.jornaldovale.com.br/"),
        ("Folha da Serra", "https://folhadaserra.com.br/"),
        (
            "Diário do Litoral Norte",
            "https://www.diariolitoralnorte.com.br/",
        ),
    ],
];

/// Host taglines (names nothing; repeated on every page of a host).
pub const TAGLINES: T6 = [
    "Stories worth your scroll",
    "Was heute wichtig ist",
    "L’info qui compte, sans détour",
    "Lo que importa hoy",
    "Le notizie che contano",
    "O que importa hoje",
];

/// Month names for `{date}` in credits.
pub const DATES: T6 = [
    "May 14, 2024",
    "14. Mai 2024",
    "14 mai 2024",
    "14 de mayo de 2024",
    "14 maggio 2024",
    "14 de maio de 2024",
];

/// Articles written for this set whose own sentences look like spam: a
/// paragraph quoting a source line, a heading on advertisement rules, a
/// quote that says "read more", a research piece's list of sources. All of
/// it is the article.
pub static F3_STORIES: &[Story] = &[
    Story {
        lang: Lang::En,
        title: "City council tightens its advertisement rules for bus shelters",
        slug: "council-tightens-advertisement-rules-bus-shelters",
        blocks: &[
            B::P("The city council voted nine to four on Monday to limit what can be shown on the 240 advertising panels in the city's bus shelters, after a year of complaints about gambling and fast-food posters near schools."),
            B::P("Under the new contract, which starts in January, no panel within four hundred metres of a school gate may carry an advertisement for betting, alcohol or food high in fat, sugar or salt."),
            B::H("Advertisement rules, clause by clause"),
            B::P("The council's transport committee published the full text of the rules on Friday. The clauses that drew most debate were short:"),
            B::Ul(&[
                "Panels near schools: no betting, alcohol or junk-food posters",
                "Election posters: only in the six weeks before a vote",
                "Sponsored content from the council itself: labelled as such",
            ]),
            B::P("The ad contractor, which pays the city about two million a year for the panels, said it expected to lose less than five percent of its bookings."),
            B::Q("Read more, worry less: that was the slogan on the library's posters, and nobody ever complained about those."),
            B::P("Councillor Priya Natarajan, who proposed the change, said the quote above had been read out at every committee meeting since March. \u{201c}It is the only advertisement anyone here remembers,\u{201d} she said."),
            B::P("Source: the council's own survey, which found that 61 percent of residents supported the limits and 22 percent opposed them; the rest had no view."),
            B::P("The rules will be reviewed after two years."),
        ],
    },
    Story {
        lang: Lang::En,
        title: "Study finds well water in three villages safer than feared",
        slug: "study-well-water-three-villages-safer",
        blocks: &[
            B::P("Water from private wells in three hill villages is safer to drink than residents had been told, according to a study published this week by researchers at the regional university."),
            B::P("The team tested 312 wells over eighteen months. Nitrate levels were above the legal limit in eleven of them, far fewer than the one in four that a 2019 estimate had suggested."),
            B::H("Where the earlier figure came from"),
            B::P("The 2019 figure, the researchers write, came from a single source: a survey of forty wells chosen because their owners had already reported a problem. \u{201c}Source: the ministry said,\u{201d} is all the old report gives as its reference, the lead author noted."),
            B::P("Residents can ask the university to test their well for free until the end of the year. Results arrive by post within three weeks."),
            B::H("Method"),
            B::P("Samples were taken in spring and autumn, stored cold and analysed within two days. The full data set is available from the university's library on request."),
            B::H("Sources"),
            B::Ul(&[
                "Regional Environment Agency, groundwater monitoring report, 2023",
                "Ministry of Health, drinking water standards, revised edition",
                "Hill Villages Water Survey, field notes and laboratory results, 2022\u{2013}2024",
            ]),
            B::P("The study was funded by the regional research council and has been submitted to a peer-reviewed journal."),
        ],
    },
    Story {
        lang: Lang::De,
        title: "Stadt verbietet Werbetafeln für Sportwetten in der Nähe von Schulen",
        slug: "stadt-verbietet-werbetafeln-sportwetten-schulen",
        blocks: &[
            B::P("Der Stadtrat hat am Dienstag beschlossen, Werbung für Sportwetten im Umkreis von 300 Metern um Schulen und Jugendzentren zu verbieten. Betroffen sind 58 Plakatflächen."),
            B::P("Die Verwaltung hatte den Antrag zunächst abgelehnt. Als Quelle für ihre Bedenken nannte sie ein Gutachten, nach dem die Stadt auf rund 90.000 Euro Pachteinnahmen im Jahr verzichten müsse."),
            B::H("Anzeige oder Information?"),
            B::P("Strittig war, ob Hinweise auf Sportvereine, die von Wettanbietern gesponsert werden, ebenfalls unter das Verbot fallen. Der Rat entschied: Vereinslogos bleiben erlaubt, Wettquoten nicht."),
            B::Q("Weiterlesen, was auf den Plakaten steht, muss niemand. Die Kinder sehen sie trotzdem."),
            B::P("So fasste eine Lehrerin in der Bürgerfragestunde die Sorgen vieler Eltern zusammen."),
            B::P("Quelle: Sitzungsprotokoll des Stadtrats, Tagesordnungspunkt 7 \u{2013} mit diesem Satz endet auch die Pressemitteilung der Stadt, die die Ergebnisse der Abstimmung auflistet."),
            B::P("Das Verbot gilt ab dem ersten Juli. Bestehende Verträge laufen bis zu ihrem Ende weiter."),
        ],
    },
    Story {
        lang: Lang::Es,
        title: "El ayuntamiento publica las fuentes de su informe sobre el ruido nocturno",
        slug: "ayuntamiento-fuentes-informe-ruido-nocturno",
        blocks: &[
            B::P("El ayuntamiento ha publicado por primera vez la lista completa de fuentes de su informe anual sobre el ruido nocturno, después de que una asociación vecinal reclamara saber de dónde salían las cifras."),
            B::P("El informe concluye que el ruido en la plaza Mayor supera los 65 decibelios tres noches por semana. Los vecinos llevan años diciendo que es peor."),
            B::H("De dónde salen los datos"),
            B::Ol(&[
                "Fuente: sonómetros municipales instalados en cuatro calles del centro",
                "Fuente: quejas registradas por la policía local entre enero y diciembre",
                "Fuente: encuesta a 1.200 vecinos realizada por la universidad",
            ]),
            B::P("La publicidad de los datos era una promesa electoral del actual equipo de gobierno. \u{201c}Ahora cualquiera puede comprobarlo\u{201d}, dijo la concejala de Medio Ambiente."),
            B::P("La asociación vecinal celebró la decisión, pero pidió que los sonómetros se instalen también en las calles laterales, donde se concentran los bares."),
            B::P("El próximo informe se presentará en marzo."),
        ],
    },
];
