//! Article bodies, written for this corpus (no real site's text). They say
//! "source", "chat", "support team", "cookies", "digital marketing",
//! "advertisement" and "subscribe" in sentences that belong to the story and
//! must be kept; they have subheadings, lists, quotes and one-line
//! paragraphs. Inline HTML (`<a>`, `<em>`, `<strong>`) is allowed inside a
//! block; the expected text is the block with its tags removed.

use super::vocab::Lang;

/// One block of a story.
pub enum B {
    P(&'static str),
    H(&'static str),
    Ul(&'static [&'static str]),
    Ol(&'static [&'static str]),
    Q(&'static str),
}

/// A story the spam sites copy.
pub struct Story {
    pub lang: Lang,
    pub title: &'static str,
    pub slug: &'static str,
    pub blocks: &'static [B],
}

use B::*;

pub static STORIES: &[Story] = &[
    Story {
        lang: Lang::En,
        title: "Valley bakery turns its leftover bread into a neighbourhood pantry",
        slug: "valley-bakery-leftover-bread-pantry",
        blocks: &[
            P("Every evening at half past six, Ruth Abernathy carries three crates of unsold loaves out of her bakery on Mill Street and sets them on a folding table by the door."),
            P("By seven, the table is usually empty. The bakery has run the free pantry for eleven months, and in that time it has given away roughly nine thousand loaves, rolls and trays of cookies that would otherwise have gone to the compost heap."),
            H("How it started"),
            P("Abernathy says the idea came from a chat with a regular customer, a retired nurse who noticed how much bread went unsold on rainy days. \u{201c}She asked me what happened to it, and I was embarrassed to tell her,\u{201d} Abernathy said."),
            P("The first week, she put out a handwritten sign. The second week, neighbours began bringing jars of jam and bags of apples to leave beside the bread."),
            Q("People kept asking who was paying for it. Nobody is. It is just food that was going to waste."),
            H("What the pantry takes"),
            P("The table now has a few simple rules, written on a chalkboard that hangs from the awning:"),
            Ul(&[
                "Packaged or home-baked food only, labelled with the day it was made",
                "No raw meat, fish or dairy",
                "Take what you need, and leave the rest for the next person",
            ]),
            P("A local printer donated an advertisement in the parish newsletter, and the town's library now lets residents subscribe to a text alert that goes out when the table is restocked."),
            P("It works."),
            P("The health department visited twice last spring and found nothing to object to. Its inspector told the town council the pantry was \u{201c}a sensible source of food for people who fall between the cracks.\u{201d}"),
            P("Abernathy plans to keep the table out through the winter, under a tarp if she has to."),
        ],
    },
    Story {
        lang: Lang::En,
        title: "County switches its help line to a chat service, and the queue shrinks",
        slug: "county-help-line-chat-service-queue",
        blocks: &[
            P("Residents who call the county's benefits office waited an average of forty-one minutes on hold last year. Since March, when the office added a written chat service to its website, that figure has fallen to under twelve."),
            P("The change was cheap. The county reassigned four clerks from the phone queue to answer written questions, and trained its existing support team to hand complicated cases back to a caseworker by phone."),
            H("Fewer calls, longer answers"),
            P("Officials expected the chat window to take simple questions about office hours and forms. Instead, about half of the conversations concern eligibility, which used to require an appointment."),
            P("\u{201c}People write things they would not say out loud on a phone line with a queue behind them,\u{201d} said Denise Calloway, who supervises the team. \u{201c}We get the whole story at once.\u{201d}"),
            H("Not everyone is convinced"),
            P("A tenants' group says older residents without internet access are being left behind, and that the phone line should get the same staff it had before. The county says the phone line still runs from eight to six and is quieter than it has been in years."),
            P("The numbers the county published come from its own call logs, which the state auditor has not yet reviewed. An independent source at the auditor's office said a review is planned for the autumn."),
            Ol(&[
                "Average wait by phone: 41 minutes in 2023, 11 minutes this spring",
                "Written conversations per week: about 1,900",
                "Cases handed back to a caseworker: roughly one in five",
            ]),
            P("The county board will vote next month on whether to make the chat service permanent."),
        ],
    },
    Story {
        lang: Lang::En,
        title: "A small agency's layoffs show the strain on local digital marketing firms",
        slug: "small-agency-layoffs-local-digital-marketing",
        blocks: &[
            P("Brightline Partners, a twelve-person digital marketing firm above a shoe shop in the old town, laid off five employees on Friday, its founder confirmed."),
            P("Marcus Hale started the company in 2016 to build websites and run search campaigns for restaurants, dentists and garages. For years, he said, the work grew faster than he could hire."),
            P("Then it didn't."),
            H("Clients doing it themselves"),
            P("Hale blames two changes. Many of his clients now write their own social media posts with free tools, and the cost of a single online advertisement has roughly doubled since 2021, leaving less money in small budgets for the agency's fees."),
            Q("We used to be the people who knew how the internet worked. Now everybody thinks they know, and half of them are right."),
            P("The remaining staff will focus on a handful of larger accounts, including the regional hospital and two car dealerships."),
            H("What the laid-off staff will do"),
            P("Two of the five have already found jobs at a software company across the river. Another plans to freelance. Hale said he had promised to write references for all of them and to keep paying their health insurance until the end of the year."),
            P("The chamber of commerce said it knew of at least three other agencies in the county that had cut staff since January."),
        ],
    },
    Story {
        lang: Lang::En,
        title: "School board delays vote on later start times after parents pack the hall",
        slug: "school-board-delays-vote-later-start-times",
        blocks: &[
            P("More than two hundred parents, students and bus drivers crowded into the high school auditorium on Tuesday night, and after three hours of comments the school board decided not to vote at all."),
            P("The proposal would push the first bell at both secondary schools from 7:35 to 8:30 a.m., in line with what sleep researchers have recommended for teenagers for more than a decade."),
            H("The arguments"),
            P("Supporters pointed to studies linking later starts with better attendance and fewer car crashes among teenage drivers. Opponents worried about after-school jobs, sports schedules and younger siblings who would be sent to school first."),
            Ul(&[
                "Bus routes would need to be redrawn, at an estimated cost of $310,000",
                "Sports practices would end after dark from November to February",
                "Two elementary schools would start earlier, at 7:50",
            ]),
            P("\u{201c}I am not against sleep,\u{201d} said one bus driver, to laughter. \u{201c}I am against driving the same route three times before nine.\u{201d}"),
            P("Board chair Elena Duarte said the board would hold two more listening sessions and publish a revised plan in May."),
            P("The meeting ended at 10:40 p.m."),
        ],
    },
    Story {
        lang: Lang::En,
        title: "Ferry operator apologises after a summer of cancelled crossings",
        slug: "ferry-operator-apologises-cancelled-crossings",
        blocks: &[
            P("The company that runs the island ferry apologised on Wednesday for what it called an unacceptable summer, after cancelling nearly one crossing in six between June and August."),
            P("In a letter to passengers, chief executive Aidan Rourke said the main vessel had spent nineteen days in dry dock because of a gearbox fault, and that a shortage of qualified crew had grounded the relief boat on another eleven."),
            H("What passengers say"),
            P("Islanders who rely on the ferry to reach the hospital and the supermarket on the mainland say the letter came too late. A petition calling for the contract to be reopened has gathered four thousand signatures, a third of the island's population."),
            Q("You cannot plan a life around a timetable that might or might not happen."),
            P("The company says it has hired six deck officers and will keep a spare gearbox on the quay from next spring. Passengers who bought season tickets will get two months free."),
            H("The contract"),
            P("The current contract runs until 2027. The regional transport authority said it was studying whether the cancellations breached its terms, but declined to comment on the petition."),
            P("Crossings are running normally this week."),
        ],
    },
    Story {
        lang: Lang::En,
        title: "Library's repair café fixes its thousandth toaster",
        slug: "library-repair-cafe-thousandth-toaster",
        blocks: &[
            P("The monthly repair café at the central library marked a small milestone on Saturday: its thousandth toaster."),
            P("Volunteers have been fixing lamps, radios, bicycles and clothes in the library's basement since 2019. Toasters, it turns out, are the most common patient by far."),
            H("Why toasters"),
            P("\u{201c}They are cheap, so people assume they cannot be fixed, and they break in the same three ways,\u{201d} said Tomasz Wilk, a retired electrician who has led the electrical table since the start. Usually it is a spring, a crumb tray or a worn switch."),
            P("Visitors sit with the volunteer while the repair happens, and are encouraged to hold the screwdriver themselves."),
            Ol(&[
                "Bring the item and any parts you have",
                "Sign in at the front desk and wait for a free table",
                "Stay while it is repaired; donations are welcome but not required",
            ]),
            P("The library says the café diverts about two tonnes of waste from landfill every year. Residents can subscribe to the library's events list to hear about the next session."),
            P("The next one is on the first Saturday of the month."),
        ],
    },
    Story {
        lang: Lang::De,
        title: "Gemeinde baut alte Molkerei zu Wohnungen für junge Familien um",
        slug: "gemeinde-molkerei-wohnungen-junge-familien",
        blocks: &[
            P("Seit fast zwanzig Jahren steht die alte Molkerei am Ortsrand leer. Nun hat der Gemeinderat beschlossen, das Gebäude zu kaufen und daraus vierzehn Wohnungen für junge Familien zu machen."),
            P("Der Beschluss fiel am Dienstagabend mit elf zu drei Stimmen. Die Kosten schätzt die Verwaltung auf rund 4,2 Millionen Euro, etwa ein Drittel soll aus einem Förderprogramm des Landes kommen."),
            H("Warum gerade dort"),
            P("Bürgermeisterin Anja Riedl sagte, junge Paare zögen seit Jahren in die Kreisstadt, weil es im Ort kaum Mietwohnungen gebe. \u{201e}Wir verlieren unsere eigenen Kinder an die Stadt\u{201c}, sagte sie."),
            Ul(&[
                "Vierzehn Wohnungen zwischen 60 und 95 Quadratmetern",
                "Ein Gemeinschaftsgarten auf dem früheren Lieferhof",
                "Eine Krippengruppe im Erdgeschoss",
            ]),
            P("Kritik kam von der Opposition, die lieber Bauland ausweisen würde. Eine Quelle im Landratsamt bestätigte allerdings, dass dafür derzeit keine Genehmigung zu erwarten sei."),
            Q("Das Gebäude ist da. Wir müssen es nur nutzen."),
            P("Die Bauarbeiten sollen im Frühjahr beginnen."),
        ],
    },
    Story {
        lang: Lang::De,
        title: "Stadtwerke stellen Kundenservice auf Chat um – Wartezeiten sinken deutlich",
        slug: "stadtwerke-kundenservice-chat-wartezeiten",
        blocks: &[
            P("Wer bei den Stadtwerken anrief, musste im vergangenen Winter oft eine halbe Stunde in der Warteschleife verbringen. Seit Januar beantwortet ein Team von sechs Beschäftigten Fragen auch im Chat auf der Internetseite."),
            P("Nach Angaben des Unternehmens ist die durchschnittliche Wartezeit am Telefon seitdem auf unter zehn Minuten gefallen."),
            H("Mehr Fragen zu Abschlägen"),
            P("Die meisten Anfragen betreffen die monatlichen Abschläge für Strom und Gas. Komplizierte Fälle gibt das Support-Team an die Sachbearbeitung weiter, die sich dann telefonisch meldet."),
            P("Die Verbraucherzentrale begrüßt das Angebot, mahnt aber, ältere Kundinnen und Kunden nicht zu vergessen."),
            P("Das Telefon bleibt."),
            P("Wer regelmäßig informiert werden will, kann die Mitteilungen der Stadtwerke per E-Mail abonnieren."),
        ],
    },
    Story {
        lang: Lang::De,
        title: "Bäckerei verschenkt übrig gebliebenes Brot an Nachbarn",
        slug: "baeckerei-verschenkt-brot-nachbarn",
        blocks: &[
            P("Jeden Abend stellt Bäckermeister Jonas Brandl einen Tisch vor seine Ladentür. Darauf liegen Brote, Brötchen und manchmal ein Blech Plätzchen vom Tag."),
            P("Wer etwas braucht, nimmt es mit. Bezahlen muss niemand."),
            H("Aus einem Gespräch entstanden"),
            P("Auf die Idee kam Brandl nach einem Gespräch mit einer Stammkundin, die wissen wollte, was mit der Ware vom Vortag passiert. \u{201e}Ich habe mich geschämt, es ihr zu sagen\u{201c}, erzählt er."),
            P("Inzwischen legen Nachbarn Marmelade, Äpfel und Eier dazu. Das Gesundheitsamt hat sich den Tisch angesehen und keine Einwände erhoben."),
            Q("Es ist kein Projekt. Es ist einfach Brot."),
            P("Brandl will den Tisch auch im Winter stehen lassen."),
        ],
    },
    Story {
        lang: Lang::Fr,
        title: "Le dernier cinéma du canton sauvé par ses spectateurs",
        slug: "dernier-cinema-canton-sauve-spectateurs",
        blocks: &[
            P("Le Rex, seule salle de cinéma du canton, ne fermera pas ses portes. Une association de spectateurs a réuni en six semaines les 180 000 euros nécessaires pour racheter le bâtiment."),
            P("Le propriétaire, qui partait à la retraite, avait annoncé au printemps qu’il vendrait les murs à un promoteur faute de repreneur."),
            H("Une mobilisation rapide"),
            P("Tout est parti d’une discussion sur le groupe de quartier, raconte Claire Vasseur, présidente de l’association. Quelques jours plus tard, plus de huit cents personnes avaient promis une contribution."),
            Ul(&[
                "Parts sociales à partir de 50 euros",
                "Projections maintenues six jours sur sept",
                "Une séance mensuelle pour les écoles",
            ]),
            Q("On ne voulait pas devoir faire quarante kilomètres pour voir un film."),
            P("La mairie, source principale des subventions culturelles du canton, a promis une aide pour refaire la toiture."),
            P("La prochaine séance aura lieu vendredi."),
        ],
    },
    Story {
        lang: Lang::Fr,
        title: "La ligne de bus du plateau rétablie après six mois d’interruption",
        slug: "ligne-bus-plateau-retablie",
        blocks: &[
            P("Les habitants du plateau retrouvent leur bus. La ligne 12, suspendue depuis février faute de chauffeurs, reprendra du service lundi avec quatre allers-retours par jour."),
            P("La région a signé un nouveau contrat avec un transporteur local, qui a recruté trois conducteurs dans les villages voisins."),
            H("Des horaires revus"),
            P("Les horaires ont été adaptés à ceux du lycée et du marché. Une équipe d’assistance répondra aux questions des usagers par téléphone et par chat pendant le premier mois."),
            P("Les associations d’usagers saluent le retour de la ligne mais demandent un service le dimanche."),
            P("Ce n’est qu’un début."),
            P("Les usagers peuvent s’abonner aux alertes SMS de la région pour connaître les perturbations."),
        ],
    },
    Story {
        lang: Lang::Fr,
        title: "Une agence de marketing digital quitte Paris pour un village de la Creuse",
        slug: "agence-marketing-digital-quitte-paris-creuse",
        blocks: &[
            P("Ils étaient neuf dans un open space du onzième arrondissement. Ils sont désormais neuf dans une ancienne école de la Creuse, avec vue sur les vaches."),
            P("L’agence de marketing digital fondée par Sophie Marchand a déménagé en septembre, après deux ans de télétravail partiel."),
            H("Moins de loyer, plus de recrutements"),
            P("Le loyer a été divisé par six. L’économie a permis d’embaucher deux personnes du village, dont une ancienne secrétaire de mairie devenue responsable des comptes clients."),
            Q("Nos clients ne voient pas la différence. Nous, si."),
            P("La fibre est arrivée au village il y a deux ans, ce qui a rendu le projet possible, souligne le maire."),
            P("Chaque vendredi, l’équipe déjeune avec les anciens élèves de l’école."),
        ],
    },
    Story {
        lang: Lang::Es,
        title: "Un pueblo de la sierra recupera su escuela tras diez años cerrada",
        slug: "pueblo-sierra-recupera-escuela",
        blocks: &[
            P("Por primera vez en diez años, las campanas de la escuela de Valdelosa volvieron a sonar el lunes. Once niños, de entre tres y nueve años, ocuparon las dos aulas reformadas."),
            P("La escuela cerró en 2014, cuando solo quedaban tres alumnos. La llegada de varias familias que teletrabajan ha cambiado las cuentas."),
            H("Cómo se consiguió"),
            P("El alcalde, Andrés Molina, asegura que la reapertura fue fruto de una conversación con la consejería que duró casi dos años."),
            Ul(&[
                "Once alumnos matriculados este curso",
                "Una maestra y un profesor de apoyo compartido",
                "Comedor atendido por vecinas del pueblo",
            ]),
            Q("Un pueblo sin escuela es un pueblo que se apaga."),
            P("Según una fuente de la consejería, otros dos pueblos de la comarca han pedido estudiar su caso."),
            P("La inauguración oficial será en octubre."),
        ],
    },
    Story {
        lang: Lang::Es,
        title: "El mercado municipal abre un puesto de reparación de bicicletas",
        slug: "mercado-municipal-puesto-reparacion-bicicletas",
        blocks: &[
            P("El mercado municipal de San Roque estrena esta semana un puesto muy distinto a los de fruta y pescado: un taller de reparación de bicicletas gestionado por una cooperativa de jóvenes."),
            P("El puesto ocupa el antiguo local de una mercería que llevaba tres años vacío."),
            H("Precios populares"),
            P("Cambiar una cámara cuesta cinco euros y ajustar los frenos, tres. Los sábados por la mañana, los mecánicos enseñan gratis a los vecinos a hacer reparaciones básicas."),
            P("La cooperativa recibió una pequeña ayuda del ayuntamiento y ha evitado cualquier anuncio de pago: todo se ha movido por el boca a boca."),
            P("Funciona."),
            P("Quien quiera recibir avisos de los talleres puede suscribirse al boletín del mercado."),
        ],
    },
    Story {
        lang: Lang::Es,
        title: "Una panadería de barrio reparte el pan que sobra cada noche",
        slug: "panaderia-barrio-reparte-pan-sobra",
        blocks: &[
            P("Cada noche, antes de bajar la persiana, Rosa Ibáñez saca a la puerta de su panadería dos cestas con el pan que no se ha vendido."),
            P("En media hora no queda nada."),
            H("Galletas, pan y mermelada"),
            P("Los vecinos han empezado a dejar también tarros de mermelada, fruta y galletas caseras. El equipo de atención al cliente del supermercado de enfrente, cuenta Ibáñez, manda a la gente que pregunta por comida barata."),
            Q("No es caridad. Es no tirar comida."),
            P("Sanidad revisó la iniciativa en primavera y no puso ninguna objeción."),
            P("Ibáñez piensa seguir todo el invierno."),
        ],
    },
];
