//! Notices a site prints around a post about the post or about itself,
//! recognised by what they are rather than by their wording:
//!
//! - a **disclosure**: one sentence whose subject is the content (or the
//!   site speaking of itself) and whose predicate says how the content was
//!   made (by a machine: "This content was generated with the help of AI")
//!   or paid for ("As an Amazon Associate we earn from qualifying
//!   purchases"). Each part is a closed vocabulary; a sentence is a
//!   disclosure only when it holds a word of each part
//!   ([`NOTICE_RULES`] with [`NoticeScope::SentencePart`]).
//! - a **made-from credit**: a made-by disclosure whose sentence links
//!   another host credits that page as the one the post was made from;
//!   its link is the source (`notice.made-from-link`, read with the page's
//!   credit lines: a short block not between paragraphs of prose).
//! - an **import note**: a sentence of a short block at the post's edge
//!   that names a news feed by its acronym ("RSS") and a machine as the
//!   maker by its manner ("automatically"): an importer's note on where
//!   the post came from, in any language (`notice.disclosure-imported`).
//! - a **widget line**: the closed UI vocabulary of chat launchers, chat
//!   status lines and share prompts, as a whole short line
//!   ([`NoticeScope::Line`]).
//!
//! Every list was written from the UI texts of real chat, share and
//! affiliate plugins in English, German, French, Spanish, Italian and
//! Portuguese. The stripper's code that reads them is
//! `syndication::notices`; the rule id travels into
//! [`Removed::reason`](crate::Removed::reason) (`notice:disclosure:…`).

/// What a notice rule names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeConcept {
    /// A note on how the content was made (by AI, by a machine).
    MadeBy,
    /// A note on how the content was made by a machine from another
    /// site's page, which it links: a syndication credit.
    MadeFrom,
    /// A note on how the site is paid for the content (affiliate links).
    PaidBy,
    /// A chat widget's launcher or status line.
    Chat,
    /// A share or follow bar's prompt.
    Share,
    /// A widget's call to the reader to act on the page itself: rate the
    /// post, turn on its notifications (issue 16).
    Prompt,
    /// An importer's note that the post was read from a news feed by a
    /// machine ("This post was imported automatically from an RSS feed
    /// and not edited").
    Imported,
}

/// Where a notice rule's patterns are looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeScope {
    /// One part of a disclosure sentence: a phrase contained in the
    /// lower-cased sentence (words are matched whole).
    SentencePart,
    /// The same, compared with the sentence's own case: short upper-case
    /// abbreviations ("AI", "KI", "IA") that are words of another meaning
    /// in lower case (Italian "ai").
    SentenceCased,
    /// A whole short line, lower-cased, its edge punctuation and symbols
    /// trimmed.
    Line,
    /// The start of a short line, lower-cased.
    LinePrefix,
    /// A link to another host inside a sentence that the other rules of
    /// the concept read as a disclosure.
    LinkInSentence,
    /// A whole line that is a bare count (digits, thousands separators,
    /// one of the patterns as a suffix), only right after a removed share
    /// prompt: the bar's follower or share count.
    CountAfterShare,
    /// One part of a call to the reader as a whole short line (at most
    /// `WIDGET_LINE_MAX` bytes): the line is a prompt only when it holds
    /// a word of each part its check names (`syndication::prompts`).
    PromptPart,
}

/// One rule of the notice vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoticeRule {
    /// Stable name; it travels into `Removed::reason`.
    pub id: &'static str,
    /// What the rule names.
    pub concept: NoticeConcept,
    /// Where its patterns are looked for.
    pub scope: NoticeScope,
    /// The patterns, lower-case unless the scope is
    /// [`NoticeScope::SentenceCased`].
    pub patterns: &'static [&'static str],
    /// Why the rule exists, and its caveats.
    pub note: &'static str,
}

/// The content as the subject of a sentence about itself.
pub const CONTENT_SUBJECTS: &[&str] = &[
    "this content",
    "this article",
    "this post",
    "this text",
    "this story",
    "this page",
    "this summary",
    "questo contenuto",
    "questo articolo",
    "questo testo",
    "questa notizia",
    "questo post",
    "dieser artikel",
    "dieser beitrag",
    "dieser text",
    "dieser inhalt",
    "diese meldung",
    "diese zusammenfassung",
    "ce contenu",
    "cet article",
    "ce texte",
    "cette page",
    "ce résumé",
    "este contenido",
    "este artículo",
    "este texto",
    "esta noticia",
    "esta publicación",
    "este resumen",
    "este conteúdo",
    "este artigo",
    "esta notícia",
    "este post",
];

/// Verbs (participles) of making a text.
pub const MAKING_VERBS: &[&str] = &[
    "generated",
    "written",
    "created",
    "produced",
    "drafted",
    "assisted",
    "translated",
    "generato",
    "generata",
    "scritto",
    "scritta",
    "prodotto",
    "redatto",
    "elaborato",
    "tradotto",
    "generiert",
    "erstellt",
    "geschrieben",
    "verfasst",
    "übersetzt",
    "généré",
    "générée",
    "rédigé",
    "rédigée",
    "créé",
    "créée",
    "produit",
    "traduit",
    "generado",
    "generada",
    "elaborado",
    "elaborada",
    "redactado",
    "escrito",
    "creado",
    "traducido",
    "gerado",
    "gerada",
    "criado",
    "produzido",
    // Translation in the other languages (issue 16), and the Spanish
    // reflexive passive's simple past ("se elaboró con ayuda de IA").
    "traduzido",
    "traduzida",
    "traducida",
    "tradotta",
    "traduite",
    "machine-translated",
    "elaboró",
    "generó",
    "creó",
    "escribió",
    "redactó",
    "tradujo",
    // Making a text again from another: a rewrite of someone's story.
    "rewritten",
    "reworded",
    "paraphrased",
    "summarised",
    "summarized",
    "reformulated",
    "riscritto",
    "riformulato",
    "rielaborato",
    "umgeschrieben",
    "umformuliert",
    "zusammengefasst",
    "réécrit",
    "réécrite",
    "reformulé",
    "reformulée",
    "reescrito",
    "reformulado",
    "resumido",
];

/// A machine as the maker, lower-cased.
pub const MACHINE_MAKERS: &[&str] = &[
    "artificial intelligence",
    "intelligenza artificiale",
    "künstliche intelligenz",
    "künstlicher intelligenz",
    "intelligence artificielle",
    "inteligencia artificial",
    "inteligência artificial",
    "language model",
    "chatgpt",
    "ai tools",
    "ai tool",
    "ki-tools",
    "ki-tool",
    "outils d'ia",
    "outils d’ia",
    "herramientas de ia",
    "strumenti di ia",
];

/// A machine as the maker by the manner of the making: made
/// "automatically" is made by no person.
pub const MACHINE_MANNERS: &[&str] = &[
    "automatically",
    "automatisch",
    "automatiquement",
    "automaticamente",
    "automáticamente",
    // Made by machine, said as an adverb or a compound (issue 16).
    "maschinell",
    "by machine",
    "machine-translated",
    // "Automatically" in Polish, Czech and Slovak, Turkish, Indonesian and
    // Malay, Vietnamese, Russian and Ukrainian, Arabic (with and without
    // the tanween, written on either letter), Japanese and Chinese
    // (simplified; the traditional form is the Japanese one). The last
    // three are matched inside a word: the scripts put no space between
    // words.
    "automatycznie",
    "automaticky",
    "otomatik",
    "otomatik olarak",
    "otomatis",
    "secara otomatis",
    "automatik",
    "tự động",
    "автоматически",
    "автоматично",
    "в автоматическом режиме",
    "آلياً",
    "آليًا",
    "آليا",
    "تلقائياً",
    "تلقائيًا",
    "تلقائيا",
    "自動",
    "自动",
];

/// A news feed named by its acronym, compared cased: an importer's note
/// says which kind of feed it read the post from in every language
/// ("RSS-ленты", "自RSS订阅源", "RSSフィード").
pub const FEED_ACRONYMS: &[&str] = &["RSS"];

/// A machine as the maker, upper-case abbreviations (compared cased).
pub const MACHINE_ABBREVIATIONS: &[&str] = &["AI", "A.I.", "KI", "IA", "LLM", "GPT"];

/// Earning from the reader's purchase.
pub const EARNING_WORDS: &[&str] = &[
    "earn",
    "earns",
    "commission",
    "commissions",
    "compensation",
    "compensated",
    "guadagno",
    "guadagni",
    "provvigione",
    "provvigioni",
    "commissione",
    "verdiene",
    "verdienen",
    "provision",
    "provisionen",
    "vergütung",
    "bénéfice",
    "rémunération",
    "rémunérés",
    "ingresos",
    "comisión",
    "comisiones",
    "comissão",
    "comissões",
    "remuneração",
];

/// What the earning comes from: purchases or affiliate links.
pub const PURCHASE_WORDS: &[&str] = &[
    "purchases",
    "purchase",
    "affiliate",
    "acquisti",
    "acquisto",
    "affiliato",
    "affiliazione",
    "käufen",
    "verkäufen",
    "einkäufen",
    "affiliate-links",
    "partnerlinks",
    "achats",
    "achat",
    "affilié",
    "affiliés",
    "affiliation",
    "compras",
    "compra",
    "afiliado",
    "afiliados",
];

/// The site as the earner: first person, or a partner programme's role.
pub const EARNER_WORDS: &[&str] = &[
    "we",
    "our",
    "us",
    "wir",
    "ich",
    "uns",
    "nous",
    "je",
    "noi",
    "io",
    "ricevo",
    "riceviamo",
    "nosotros",
    "obtengo",
    "obtenemos",
    "recibimos",
    "nós",
    "eu",
    "recebemos",
    "associate",
    "partner",
    "partenaire",
    "socio",
    "associado",
];

/// The notice vocabulary.
#[rustfmt::skip]
pub static NOTICE_RULES: &[NoticeRule] = &[
    NoticeRule { id: "notice.content-subject", concept: NoticeConcept::MadeBy, scope: NoticeScope::SentencePart,
        patterns: CONTENT_SUBJECTS,
        note: "The content naming itself: the subject of a disclosure about how it was made. Also opening a credit line right under a bare image (\"This article first appeared in …\"): the line is about the post, not the image's credit." },
    NoticeRule { id: "notice.making-verb", concept: NoticeConcept::MadeBy, scope: NoticeScope::SentencePart,
        patterns: MAKING_VERBS,
        note: "A making verb: with a content subject and a machine maker, the sentence says how the content was made." },
    NoticeRule { id: "notice.machine-maker", concept: NoticeConcept::MadeBy, scope: NoticeScope::SentencePart,
        patterns: MACHINE_MAKERS,
        note: "A machine as the maker; alone, a topic an article may be about (it counts only with a content subject and a making verb)." },
    NoticeRule { id: "notice.machine-manner", concept: NoticeConcept::MadeBy, scope: NoticeScope::SentencePart,
        patterns: MACHINE_MANNERS,
        note: "Made automatically: a machine as the maker, told by the manner; counts as a machine maker." },
    NoticeRule { id: "notice.machine-abbreviation", concept: NoticeConcept::MadeBy, scope: NoticeScope::SentenceCased,
        patterns: MACHINE_ABBREVIATIONS,
        note: "A machine maker's abbreviation, upper case only: lower-case 'ai' is an Italian preposition." },
    NoticeRule { id: "notice.made-from-link", concept: NoticeConcept::MadeFrom, scope: NoticeScope::LinkInSentence,
        patterns: &[],
        note: "A made-by disclosure whose sentence links another host (\"This article was rewritten with the help of AI from a report by <a>Outlet</a> and checked by our editors\", the link anywhere in it, the sentence of any length) names the page the machine made the post from: the link is the source, read where the page's credit lines are read (a short block, not between paragraphs of prose, not in a figure). A link whose text names the machine (\"written with <a>ChatGPT</a>\") is the tool's, and a sentence about AI in a paragraph of the post names no content subject; neither credits." },
    NoticeRule { id: "notice.feed-acronym", concept: NoticeConcept::Imported, scope: NoticeScope::SentenceCased,
        patterns: FEED_ACRONYMS,
        note: "A news feed by its acronym, upper case, no Latin letter or digit beside it (the scripts without spaces glue it to their words): with a `notice.machine-manner` in one sentence of a short block at the post's edge, most of the block, an importer's note that the post was read from a feed by a machine (`notice.disclosure-imported`). A paragraph of a post about feeds stands between paragraphs of prose, or says more than the note." },
    NoticeRule { id: "notice.earning", concept: NoticeConcept::PaidBy, scope: NoticeScope::SentencePart,
        patterns: EARNING_WORDS,
        note: "Earning: with a purchase word and the site as the earner, an affiliate disclosure; an article about a retailer's commissions names no first-person earner." },
    NoticeRule { id: "notice.purchase", concept: NoticeConcept::PaidBy, scope: NoticeScope::SentencePart,
        patterns: PURCHASE_WORDS,
        note: "Where the earning comes from: the reader's purchases or an affiliate link." },
    NoticeRule { id: "notice.earner", concept: NoticeConcept::PaidBy, scope: NoticeScope::SentencePart,
        patterns: EARNER_WORDS,
        note: "The site as the earner: a first-person word or a partner programme's role ('as an Associate')." },
    NoticeRule { id: "notice.chat-launcher", concept: NoticeConcept::Chat, scope: NoticeScope::Line,
        patterns: &[
            "chat with us", "chat now", "live chat", "let's chat", "let’s chat", "mit uns chatten",
            "jetzt chatten", "chatte mit uns", "live-chat", "chatta con noi", "chatta ora",
            "chatea con nosotros", "habla con nosotros", "discutez avec nous",
            "discuter avec nous", "chattez avec nous", "fale conosco",
            "converse conosco", "fale com a gente",
        ],
        note: "A chat launcher's button label as a line of its own; also as a launcher tab's label, after a question of two words at most and with the channel's name after it (\"Questions? Chat with us via chat!\": a last word opening with 'chat', two words at most), in any of the phrase's languages; after such a question, also a call of four words at most one of which opens with 'chat' (\"Scrivici in chat!\"), the tab naming the chat in its own words. A sentence about a chat goes on past it." },
    NoticeRule { id: "notice.chat-status", concept: NoticeConcept::Chat, scope: NoticeScope::LinePrefix,
        patterns: &[
            "we typically reply", "we usually reply", "we typically respond", "we usually respond",
            "we'll reply", "we will reply", "wir antworten in der regel", "wir antworten normalerweise",
            "wir antworten meist", "antwortet in der regel", "di solito rispondiamo",
            "in genere rispondiamo", "rispondiamo di solito", "normalmente respondemos",
            "solemos responder", "respondemos en", "nous répondons généralement",
            "nous répondons habituellement", "nous répondons en", "répond généralement",
            "normalmente respondemos em", "costumamos responder",
        ],
        note: "A chat widget's status line, the team speaking of its reply time: the start of a short line." },
    NoticeRule { id: "notice.share-prompt", concept: NoticeConcept::Share, scope: NoticeScope::Line,
        patterns: &[
            "please follow and like us", "follow and like us", "like and follow us",
            "please share", "share this", "share this article", "share this post", "share this story",
            "share on", "spread the love", "sharing is caring", "bitte teilen", "artikel teilen",
            "beitrag teilen", "diesen artikel teilen", "jetzt teilen", "teilen auf", "folgen und teilen",
            "condividi", "condividi questo articolo", "condividi su", "condividi l'articolo",
            "seguici e condividi", "compartir", "compartir en", "comparte esta noticia",
            "comparte este artículo", "síguenos y comparte", "partager", "partager cet article",
            "partager sur", "suivez-nous et partagez", "compartilhe", "compartilhar",
            "compartilhe este artigo",
        ],
        note: "A share or follow bar's prompt as a line of its own (the bar's icons are images)." },
    NoticeRule { id: "notice.share-count", concept: NoticeConcept::Share, scope: NoticeScope::CountAfterShare,
        patterns: &["k", "m", "tsd", "mio"],
        note: "A share or follow bar's count (\"3,263\", \"1.2K\") as a line of its own, right after the bar's removed prompt (its icons between are images); a bare number elsewhere (a price, a year, a date stamp at the head) stays." },
    NoticeRule { id: "notice.helpful-word", concept: NoticeConcept::Prompt, scope: NoticeScope::PromptPart,
        patterns: &[
            "helpful", "useful", "hilfreich", "nützlich", "utile", "útil", "util",
        ],
        note: "Helpfulness: a short line that asks (closes with '?') whether the content (`notice.content-subject`) was of use is a rating widget's prompt, its thumbs or stars being buttons (`notice.rating-prompt`); a sentence of prose asking it goes on past a short line." },
    NoticeRule { id: "notice.notification-word", concept: NoticeConcept::Prompt, scope: NoticeScope::PromptPart,
        patterns: &[
            "notifications", "notification", "push notifications", "benachrichtigungen",
            "mitteilungen", "push-benachrichtigungen", "notifiche", "notificaciones",
            "notificações", "notificacoes",
        ],
        note: "A site's notifications: with a `notice.enable-verb` in one short line, a push prompt (`notice.push-prompt`)." },
    NoticeRule { id: "notice.enable-verb", concept: NoticeConcept::Prompt, scope: NoticeScope::PromptPart,
        patterns: &[
            "enable", "turn on", "allow", "activate", "get", "aktivieren", "aktiviere",
            "einschalten", "erlauben", "activez", "activer", "autorisez", "activa", "activar",
            "actívalas", "permitir", "ative", "ativar", "ativa", "permita", "attiva", "attivare",
            "consenti",
        ],
        note: "An imperative (or infinitive, as UI labels say it) of switching something on: the call of a push prompt beside a `notice.notification-word`." },
];

/// The rule of `id`.
pub fn notice_rule(id: &str) -> Option<&'static NoticeRule> {
    NOTICE_RULES.iter().find(|r| r.id == id)
}

/// The patterns of the rule `id` (empty when there is none).
pub fn notice_patterns(id: &str) -> &'static [&'static str] {
    notice_rule(id).map_or(&[], |r| r.patterns)
}
