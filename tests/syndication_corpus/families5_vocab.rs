//! The fifth red team's vocabulary: short copied articles (one to four
//! paragraphs, one with a list, one with a quote, one that is a single
//! long paragraph) and the teasers, comments and interface words of the
//! grids, carousels and sidebars that stand beside them. Written for this
//! set, apart from the other generators' vocabularies.

use super::vocab::Lang;

/// One block of a short article.
pub enum B5 {
    P(&'static str),
    /// A list: its items.
    List(&'static [&'static str]),
    /// A quote (one paragraph inside `<blockquote>`).
    Quote(&'static str),
}

pub struct Story5 {
    pub lang: Lang,
    pub slug: &'static str,
    pub title: &'static str,
    pub blocks: &'static [B5],
}

/// The interface words of a language.
pub struct Ui5 {
    pub lang: Lang,
    pub html_lang: &'static str,
    pub menu: &'static [&'static str],
    pub related: &'static str,
    pub trending: &'static str,
    pub popular: &'static str,
    pub latest: &'static str,
    pub comments: &'static str,
    pub read_more: &'static str,
    pub reply: &'static str,
    pub views: &'static str,
    pub months: &'static [&'static str],
    pub rights: &'static str,
    /// Titles of the host's other posts (grids, tickers, sidebars).
    pub titles: &'static [&'static str],
    /// Teaser sentences (two make an excerpt).
    pub teasers: &'static [&'static str],
    /// Long reader comments.
    pub comment_texts: &'static [&'static str],
    pub commenters: &'static [&'static str],
}

pub const UIS: &[Ui5] = &[
    Ui5 {
        lang: Lang::En,
        html_lang: "en-US",
        menu: &["News", "Local", "Business", "Sport", "Culture", "Opinion", "Weather"],
        related: "You may also like",
        trending: "Trending now",
        popular: "Popular Posts",
        latest: "Latest stories",
        comments: "Comments",
        read_more: "Read more",
        reply: "Reply",
        views: "views",
        months: &["January", "March", "May", "July", "September", "November"],
        rights: "All rights reserved.",
        titles: &[
            "Harbour ferry returns after winter repairs",
            "Five walks to try before the leaves fall",
            "Night market draws record crowd on Friday",
            "Primary school choir heads to national final",
            "Roadworks on the ring road finish early",
            "New cycle path links two villages",
            "Local brewery doubles its output",
            "Hospital car park to get more spaces",
            "Youth football league adds girls' teams",
            "Museum opens a room of old shop signs",
            "Allotment waiting list falls for the first time",
            "Storm brings down trees along the coast road",
            "Theatre group stages a play about the mill strike",
            "Farmers report a late but strong apple harvest",
        ],
        teasers: &[
            "The service had been suspended since January while the hull was repainted and the engines overhauled.",
            "Organisers said more than four thousand people came through the gates before nine o'clock.",
            "Residents had asked for the change for nearly a decade, according to the parish newsletter.",
            "The project was paid for with a mix of lottery money and small donations from local firms.",
            "Officials expect the new timetable to cut waiting times by about a third at peak hours.",
            "Volunteers spent three weekends clearing the site and planting more than two hundred shrubs.",
            "The owners say they will hire six more people before the end of the year.",
            "Several shops on the high street stayed open late to take advantage of the crowds.",
            "A public meeting on the plans is scheduled for the first Tuesday of next month.",
            "The final decision now rests with the regional planning committee, which meets in spring.",
            "Parents welcomed the news but warned that the bus connection is still unreliable.",
            "Photographs from the event have been collected in an online gallery by the organisers.",
        ],
        comment_texts: &[
            "I have lived here for over thirty years and I honestly cannot remember the last time the council listened to anyone on this street. We wrote letters, we signed the petition, we went to every single meeting, and each time we were told that the budget was already spent. So forgive me if I wait until I actually see it before I believe a word of this announcement.",
            "Good news at last. My daughter uses that route every morning and the old arrangement was a disaster in the rain. Thanks to everyone who kept pushing for it, especially the volunteers who collected signatures outside the supermarket every Saturday for months on end.",
            "Does anyone know whether this also applies at weekends? The article does not say, and the website still shows the old information. I tried calling the number on the leaflet twice but nobody picked up, which is rather typical, if you ask me.",
            "Lovely to read something positive for a change. We visited with the grandchildren last summer and they still talk about it. Hopefully the new plans keep the character of the place and do not turn it into yet another car park with a coffee kiosk.",
        ],
        commenters: &["Margaret H.", "Tom_B", "Priya", "oldtownresident", "Dave K."],
    },
    Ui5 {
        lang: Lang::De,
        html_lang: "de-DE",
        menu: &["Nachrichten", "Region", "Wirtschaft", "Sport", "Kultur", "Meinung"],
        related: "Das könnte Sie auch interessieren",
        trending: "Meistgelesen",
        popular: "Beliebte Beiträge",
        latest: "Neueste Artikel",
        comments: "Kommentare",
        read_more: "Weiterlesen",
        reply: "Antworten",
        views: "Aufrufe",
        months: &["Januar", "März", "Mai", "Juli", "September", "November"],
        rights: "Alle Rechte vorbehalten.",
        titles: &[
            "Freibad öffnet zwei Wochen früher",
            "Neue Buslinie verbindet Ortsteile",
            "Weihnachtsmarkt sucht noch Aussteller",
            "Feuerwehr bekommt ein neues Löschfahrzeug",
            "Bäckerei am Marktplatz schließt nach 80 Jahren",
            "Radweg an der Landstraße wird verbreitert",
            "Gemeinderat beschließt Haushalt ohne Gegenstimme",
            "Grundschule feiert ihr hundertjähriges Bestehen",
            "Sturm richtet Schäden im Stadtwald an",
            "Handballerinnen steigen in die Oberliga auf",
            "Stadtbücherei verlängert die Öffnungszeiten",
            "Wochenmarkt zieht auf den Kirchplatz um",
        ],
        teasers: &[
            "Die Arbeiten hatten sich wegen Lieferengpässen bei den Baustoffen um mehrere Monate verzögert.",
            "Nach Angaben der Veranstalter kamen am ersten Wochenende deutlich mehr Besucher als erwartet.",
            "Die Kosten teilen sich die Gemeinde und der Landkreis zu gleichen Teilen.",
            "Anwohner hatten sich seit Jahren für eine Lösung an der gefährlichen Kreuzung eingesetzt.",
            "Der Verein sucht weiterhin Freiwillige, die an den Wochenenden mithelfen möchten.",
            "Eine Informationsveranstaltung für Bürgerinnen und Bürger ist für Ende des Monats geplant.",
            "Die Verwaltung rechnet damit, dass die Maßnahme bis zum Herbst abgeschlossen ist.",
            "Mehrere Geschäfte in der Innenstadt beteiligen sich an der Aktion mit eigenen Angeboten.",
            "Kritiker bemängeln, dass die Pläne zu spät öffentlich vorgestellt worden seien.",
            "Das Programm wird zunächst für ein Jahr getestet und danach ausgewertet.",
        ],
        comment_texts: &[
            "Ich wohne seit über zwanzig Jahren in der Straße und kann nur sagen, dass es höchste Zeit war. Wir haben unzählige Briefe an die Stadt geschrieben, waren bei jeder Bürgerversammlung und haben jedes Mal gehört, dass kein Geld da sei. Schön, dass sich endlich etwas bewegt, aber ich glaube es erst, wenn die Bagger wirklich anrollen.",
            "Weiß jemand, ob das auch für die Wochenenden gilt? Im Artikel steht dazu leider nichts, und auf der Internetseite der Gemeinde findet man nur die alten Informationen. Telefonisch war bisher niemand zu erreichen, was mich ehrlich gesagt nicht mehr wundert.",
            "Endlich mal eine gute Nachricht. Meine Kinder fahren die Strecke jeden Morgen mit dem Rad, und bisher war das bei Regen und Dunkelheit wirklich gefährlich. Danke an alle, die sich so lange dafür eingesetzt und Unterschriften gesammelt haben.",
        ],
        commenters: &["Gisela M.", "Stefan_K", "Anwohner77", "Jürgen"],
    },
    Ui5 {
        lang: Lang::Fr,
        html_lang: "fr-FR",
        menu: &["Actualités", "Région", "Économie", "Sport", "Culture", "Opinions"],
        related: "À lire aussi",
        trending: "Les plus lus",
        popular: "Articles populaires",
        latest: "Derniers articles",
        comments: "Commentaires",
        read_more: "Lire la suite",
        reply: "Répondre",
        views: "vues",
        months: &["janvier", "mars", "mai", "juillet", "septembre", "novembre"],
        rights: "Tous droits réservés.",
        titles: &[
            "La fête du village revient après trois ans d'absence",
            "Une nouvelle ligne de bus pour les hameaux",
            "Le club de rugby inaugure ses vestiaires",
            "La médiathèque ouvre le dimanche matin",
            "Travaux sur le pont : circulation alternée",
            "Un jardin partagé au pied des immeubles",
            "Le conseil municipal vote le budget",
            "La boulangerie de la place change de propriétaire",
            "Le collège accueille une classe de cinéma",
            "Les vendanges commencent avec une semaine d'avance",
            "Un festival de jazz sur les quais cet été",
            "La piste cyclable prolongée jusqu'à la gare",
        ],
        teasers: &[
            "Les travaux avaient pris du retard en raison de la météo pluvieuse du printemps.",
            "Selon les organisateurs, plus de trois mille personnes se sont déplacées samedi.",
            "Le projet est financé à parts égales par la commune et le département.",
            "Les riverains réclamaient un aménagement de ce carrefour depuis de longues années.",
            "L'association cherche encore des bénévoles pour les permanences du week-end.",
            "Une réunion publique est prévue à la salle des fêtes à la fin du mois.",
            "La mairie espère achever le chantier avant la rentrée de septembre.",
            "Plusieurs commerçants du centre-ville participent à l'opération avec leurs propres offres.",
            "L'opposition estime que le calendrier a été présenté beaucoup trop tard.",
            "Le dispositif sera évalué au bout d'un an avant une éventuelle extension.",
        ],
        comment_texts: &[
            "J'habite le quartier depuis plus de vingt ans et je peux vous dire qu'il était temps. Nous avons écrit à la mairie, signé la pétition, assisté à chaque réunion publique, et on nous répondait toujours que le budget était déjà engagé ailleurs. Je me réjouis, mais j'attendrai de voir les engins sur place avant d'y croire vraiment.",
            "Est-ce que quelqu'un sait si les nouveaux horaires s'appliquent aussi le dimanche ? L'article n'en parle pas et le site de la commune affiche toujours les anciennes informations. J'ai essayé d'appeler deux fois, sans réponse.",
            "Enfin une bonne nouvelle ! Mes enfants passent par là tous les matins et c'était franchement dangereux l'hiver. Merci à tous les bénévoles qui se sont mobilisés pendant des mois sur le marché pour recueillir des signatures.",
        ],
        commenters: &["Claire D.", "Jean-Marc", "riverain_69", "Sophie L."],
    },
    Ui5 {
        lang: Lang::Es,
        html_lang: "es-ES",
        menu: &["Noticias", "Local", "Economía", "Deportes", "Cultura", "Opinión"],
        related: "También te puede interesar",
        trending: "Lo más leído",
        popular: "Entradas populares",
        latest: "Últimas noticias",
        comments: "Comentarios",
        read_more: "Leer más",
        reply: "Responder",
        views: "visitas",
        months: &["enero", "marzo", "mayo", "julio", "septiembre", "noviembre"],
        rights: "Todos los derechos reservados.",
        titles: &[
            "La piscina municipal abre antes este verano",
            "Nueva línea de autobús para los barrios del norte",
            "El mercado de abastos renueva su cubierta",
            "El equipo juvenil gana el torneo provincial",
            "La biblioteca amplía su horario en época de exámenes",
            "Obras en la avenida principal hasta octubre",
            "Un festival de cine al aire libre en la plaza",
            "El ayuntamiento aprueba los presupuestos",
            "Cierra la última librería del casco antiguo",
            "La vendimia se adelanta una semana",
            "Un carril bici unirá el centro con la estación",
            "Vecinos plantan cien árboles en el parque",
        ],
        teasers: &[
            "Las obras se habían retrasado por la falta de materiales durante la primavera.",
            "Según la organización, más de dos mil personas pasaron por el recinto el sábado.",
            "El proyecto se financia a partes iguales entre el ayuntamiento y la diputación.",
            "Los vecinos llevaban años reclamando una solución para este cruce peligroso.",
            "La asociación sigue buscando voluntarios para los turnos de fin de semana.",
            "Está prevista una reunión informativa en el centro cívico a final de mes.",
            "El consistorio espera terminar los trabajos antes del inicio del curso escolar.",
            "Varios comercios del centro se suman a la iniciativa con ofertas propias.",
            "La oposición critica que los planes se presentaran con muy poca antelación.",
            "La medida se evaluará después de un año antes de decidir si se amplía.",
        ],
        comment_texts: &[
            "Llevo más de veinte años viviendo en esta calle y ya era hora. Hemos escrito al ayuntamiento, hemos firmado la petición y hemos ido a todas las reuniones, y siempre nos decían que no había dinero. Me alegro mucho, pero hasta que no vea las máquinas trabajando no me lo termino de creer.",
            "¿Alguien sabe si el nuevo horario también vale para los domingos? En la noticia no lo dice y en la web municipal sigue apareciendo la información antigua. He llamado dos veces y nadie contesta.",
            "¡Por fin una buena noticia! Mis hijos pasan por ahí todas las mañanas en bici y en invierno era peligrosísimo. Gracias a todos los que estuvieron meses recogiendo firmas en el mercado.",
        ],
        commenters: &["Carmen R.", "Javi_84", "vecina_del_barrio", "Luis M."],
    },
];

pub fn ui5(lang: Lang) -> &'static Ui5 {
    UIS.iter().find(|u| u.lang == lang).unwrap_or(&UIS[0])
}

pub const STORIES5: &[Story5] = &[
    Story5 {
        lang: Lang::En,
        slug: "library-extends-evening-hours",
        title: "Town library to stay open until nine on weekdays",
        blocks: &[
            B5::P("The town library will stay open until nine in the evening from Monday to Thursday, starting next month, after a trial last autumn showed that the late hours were busier than the mornings."),
            B5::P("Staff said students and shift workers made up most of the evening visitors. The extra hours will be covered by two new part-time posts and a rota of trained volunteers, the library's manager explained."),
        ],
    },
    Story5 {
        lang: Lang::En,
        slug: "river-cleanup-volunteers",
        title: "Volunteers pull two tonnes of rubbish from the river",
        blocks: &[
            B5::P("More than sixty volunteers spent Saturday morning clearing the riverbank between the old mill and the railway bridge, filling a skip with what they found."),
            B5::P("Among the haul were eleven shopping trolleys, a sofa, several traffic cones and a surprising number of garden chairs."),
            B5::List(&[
                "Eleven shopping trolleys",
                "Around four hundred plastic bottles",
                "Two bicycles, one of them almost new",
            ]),
            B5::P("The group plans to return in the spring, when the water is lower and the far bank can be reached on foot."),
        ],
    },
    Story5 {
        lang: Lang::En,
        slug: "bakery-wins-regional-award",
        title: "Corner bakery wins regional bread award",
        blocks: &[
            B5::P("A small bakery on Station Road has won the regional award for the best sourdough loaf, beating more than ninety entries from across the county, and its owner, who started baking in her kitchen during the long winter lockdown and only opened the shop two years ago, said she still could not quite believe it; the judges praised the loaf's open crumb and dark crust, and the prize, a framed certificate and a small cheque, will be spent on a second oven so that the queue outside on Saturday mornings might finally get a little shorter."),
        ],
    },
    Story5 {
        lang: Lang::En,
        slug: "council-delays-bus-lane",
        title: "Council delays decision on High Street bus lane",
        blocks: &[
            B5::P("Councillors have put off a vote on the proposed bus lane along the High Street until the new year, asking officers for more figures on how it would affect deliveries to shops."),
            B5::Quote("We are not against buses, we are against a plan that nobody on this street was asked about, said the chair of the traders' association."),
            B5::P("The bus company says the lane would save up to seven minutes per journey at rush hour."),
        ],
    },
    Story5 {
        lang: Lang::De,
        slug: "stadtwerke-solaranlage-klaeranlage",
        title: "Stadtwerke bauen Solaranlage auf dem Klärwerk",
        blocks: &[
            B5::P("Die Stadtwerke errichten auf den Dächern und Freiflächen des Klärwerks eine Solaranlage, die im kommenden Sommer ans Netz gehen soll. Der Strom soll vor allem den eigenen Betrieb der Anlage decken."),
            B5::P("Nach Angaben des Geschäftsführers spart das Klärwerk damit rund ein Drittel seiner Stromkosten. Überschüsse werden ins öffentliche Netz eingespeist."),
        ],
    },
    Story5 {
        lang: Lang::De,
        slug: "schule-fahrradwerkstatt",
        title: "Schülerinnen und Schüler betreiben eigene Fahrradwerkstatt",
        blocks: &[
            B5::P("An der Gesamtschule am Lindenweg reparieren Schülerinnen und Schüler seit diesem Schuljahr in einer eigenen Werkstatt die Fahrräder ihrer Mitschüler, und zwar gegen eine kleine Spende, die in neue Werkzeuge und Ersatzteile fließt; die Idee stammt aus einer Projektwoche, in der eine siebte Klasse festgestellt hatte, dass fast jedes dritte Rad auf dem Schulhof einen platten Reifen oder defekte Bremsen hatte, und inzwischen kümmern sich zwölf Jugendliche in zwei Schichten pro Woche um Schläuche, Ketten und Beleuchtung, unterstützt von einem pensionierten Zweiradmechaniker aus der Nachbarschaft."),
        ],
    },
    Story5 {
        lang: Lang::De,
        slug: "dorfladen-genossenschaft",
        title: "Dorfladen wird zur Genossenschaft",
        blocks: &[
            B5::P("Der letzte Lebensmittelladen im Ortsteil Oberried wird künftig von einer Genossenschaft betrieben. Mehr als zweihundert Bewohnerinnen und Bewohner haben Anteile gezeichnet."),
            B5::Quote("Wir wollten nicht zusehen, wie auch noch der letzte Laden verschwindet, sagt die Vorsitzende des Vorstands."),
            B5::P("Das Sortiment soll stärker auf Produkte aus der Region setzen."),
        ],
    },
    Story5 {
        lang: Lang::Fr,
        slug: "marche-producteurs-dimanche",
        title: "Un marché de producteurs chaque dimanche sur la place",
        blocks: &[
            B5::P("À partir du mois prochain, une vingtaine de producteurs des environs s'installeront chaque dimanche matin sur la place de l'église pour vendre fruits, légumes, fromages et pain."),
            B5::Quote("Nous voulions un marché où l'on connaît la personne qui a cultivé ce qu'on achète, explique l'adjointe au commerce."),
            B5::P("Le stationnement sera gratuit sur le parking de la salle des fêtes pendant toute la durée du marché."),
        ],
    },
    Story5 {
        lang: Lang::Fr,
        slug: "piscine-municipale-travaux",
        title: "La piscine municipale fermée pour travaux jusqu'en mars",
        blocks: &[
            B5::P("La piscine municipale fermera ses portes lundi pour une rénovation complète du système de filtration et des vestiaires. La réouverture est annoncée pour le mois de mars."),
            B5::P("Pendant les travaux, les scolaires et les clubs seront accueillis à la piscine intercommunale :"),
            B5::List(&[
                "les écoles primaires le mardi et le jeudi",
                "le club de natation le mercredi soir",
                "l'aquagym le samedi matin",
            ]),
        ],
    },
    Story5 {
        lang: Lang::Es,
        slug: "huerto-comunitario-barrio",
        title: "El barrio de San Roque estrena huerto comunitario",
        blocks: &[
            B5::P("Un solar abandonado junto al colegio del barrio de San Roque se ha convertido en un huerto comunitario con treinta parcelas, que los vecinos cultivarán por turnos durante todo el año."),
            B5::P("La asociación vecinal se encargará del riego y de organizar talleres para los escolares los viernes por la tarde."),
        ],
    },
    Story5 {
        lang: Lang::Es,
        slug: "tranvia-nuevo-horario",
        title: "El tranvía amplía su horario los fines de semana",
        blocks: &[
            B5::P("El tranvía funcionará hasta las dos de la madrugada los viernes y sábados a partir del próximo mes, una medida que la empresa municipal de transporte justifica por el aumento de viajeros nocturnos registrado durante el verano y que llevaba tiempo reclamando la asociación de hostelería, aunque algunos vecinos de la avenida han expresado su preocupación por el ruido."),
            B5::List(&[
                "Viernes y sábados: hasta las 2:00",
                "Domingos: hasta medianoche",
                "Frecuencia nocturna: cada veinte minutos",
            ]),
        ],
    },
    Story5 {
        lang: Lang::Es,
        slug: "biblioteca-club-lectura",
        title: "La biblioteca crea un club de lectura en voz alta",
        blocks: &[
            B5::P("La biblioteca municipal ha puesto en marcha un club de lectura en voz alta para personas mayores que ya no pueden leer con comodidad."),
            B5::Quote("Muchos socios nos decían que echaban de menos los libros, no la vista, cuenta la bibliotecaria."),
        ],
    },
    Story5 {
        lang: Lang::En,
        slug: "footbridge-reopens",
        title: "Footbridge reopens after repairs",
        blocks: &[B5::P("The footbridge over the canal at Mill Lane reopened on Tuesday morning after six weeks of repairs to its handrails and deck.")],
    },
    Story5 {
        lang: Lang::De,
        slug: "spielplatz-eroeffnet",
        title: "Neuer Spielplatz am Stadtpark eröffnet",
        blocks: &[B5::P("Am Stadtpark ist am Samstag ein neuer Spielplatz mit Kletterturm, Sandkasten und barrierefreier Schaukel eröffnet worden.")],
    },
    Story5 {
        lang: Lang::Fr,
        slug: "boite-a-livres",
        title: "Une boîte à livres devant la mairie",
        blocks: &[B5::P("Une boîte à livres a été installée devant la mairie : chacun peut y déposer ou emprunter des ouvrages librement.")],
    },
    Story5 {
        lang: Lang::Es,
        slug: "fuente-restaurada",
        title: "Restaurada la fuente de la plaza Mayor",
        blocks: &[B5::P("La fuente de la plaza Mayor vuelve a funcionar tras tres meses de restauración de su piedra y de sus tuberías.")],
    },
];
