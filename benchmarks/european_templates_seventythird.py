"""The seventy-third round of European templates, written blind: per language (de, fr, es,
it, nl, pl), 12 notes that hold a person's data and 12 that hold none, written by hand for
the accuracy harness (`eval_european.py`) without running any classifier on them.

Placeholders are those of `eval_european.Filler`. A template written all in lower case is
meant to be filled in lower case (`Filler.fill(template, lower_as_written=True)`).
"""

from __future__ import annotations

PERSONAL_SEVENTYTHIRD: dict[str, list[str]] = {
    "de": [
        "0 HEAD\n"
        "1 SOUR AHNENBLATT\n"
        "1 GEDC\n"
        "2 VERS 5.5.1\n"
        "1 CHAR UTF-8\n"
        "0 @I1@ INDI\n"
        "1 NAME {first} /{last}/\n"
        "1 BIRT\n"
        "2 DATE {date}\n"
        "2 PLAC {city}, Kreis Soest\n"
        "1 RESI\n"
        "2 ADDR {street}\n"
        "3 CITY {city2}\n"
        "1 NOTE Angaben beim Familientreffen erfragt, Taufschein liegt noch nicht vor\n"
        "1 FAMC @F1@\n"
        "0 TRLR",
        "Sternsinger St. Johannes {city} – Besuchswünsche Bezirk 3 (Stand {date})\n"
        "Haushalt | Anschrift | Wunschzeit | Hinweis\n"
        "{name} | {street} | Sa. vormittags | Klingel defekt, bitte klopfen\n"
        "{name2} | {street} | So. ab 14 Uhr | im Rollstuhl, Segen gern an der Wohnungstür\n"
        "{name3} | {street} | egal | spendet lieber per Überweisung\n"
        "Bitte Kreide (20*C+M+B+26), Aufkleber und Spendendose nicht vergessen!",
        "Schützenverein {city} 1862 e. V. – Proklamation am Festsonntag\n"
        "Neue Majestät ist {name}: Mit dem 214. Schuss fiel um 17:42 Uhr der Rest des Vogels.\n"
        "Zum Hofstaat gehören {name2} und {name3}, die Jungschützen stellen die Fahnenträger.\n"
        "Der Festumzug startet am Montag um 14 Uhr am Ehrenmal, danach Königsball im Zelt.",
        "Stadtradeln {city} – Team „Kollegium Realschule“, Zwischenstand nach Woche 2\n"
        "Radler/in\tKilometer\tFahrten\n"
        "{name}\t412\t38\n"
        "{name2}\t287\t30\n"
        "{name3}\t96\t11\n"
        "Team gesamt: 795 km – rund 117 kg CO₂, die nicht in die Luft gegangen sind!",
        "Do 15:00 Fußpflege, danach Kaffee bei {addr} – Streuselkuchen mitbringen",
        "notiz: {first} {last} wegen der gebrauchten nähmaschine zurückrufen, {phone}, "
        "am besten nach 18 uhr",
        "doko-abend im vereinsheim, abrechnung vom {date}\n"
        "spieler\tpunkte\tsoli\teuro\n"
        "{name}\t+46\t1\t0,00\n"
        "{name2}\t-12\t0\t1,20\n"
        "{name3}\t-34\t0\t3,40\n"
        "vierter am tisch war der wirt, der rechnet nicht mit.\n"
        "10 cent pro minuspunkt, das geld kommt in die kasse für die weihnachtsfeier",
        "Revier {city}-Ost – Drückjagd am {date}, Standeinteilung\n"
        "Stand | Schütze/Schützin | Jagdschein-Nr. | Handy\n"
        "1 | {name} | {num} | {phone}\n"
        "2 | {name2} | {num} | {phone}\n"
        "3 | {name3} | {num} | {phone}\n"
        "Treffen 8:30 Uhr am Forsthaus, Warnweste und Hutband Pflicht.\n"
        "Schussfreigabe erst nach dem Anblasen, Ende der Jagd um 13 Uhr mit dem Signal.",
        "Antrag auf Aufstellung einer Gedenkbank im Kurpark {city}\n"
        "Antragsteller/in: {name}\n"
        "Anschrift: {street}, {postcode} {city}\n"
        "Telefon: {phone}\n"
        "Inschrift: „In Erinnerung an {name2} (1941–2025) – hier war ihr Lieblingsplatz“\n"
        "Standortwunsch: am Teich, mit Blick auf den Musikpavillon\n"
        "Kostenübernahme: 1.450 € einschließlich zehn Jahre Pflege durch das Gartenamt",
        "Logeintrag zu GC{num} „Die Quelle im Buchenwald“ – Found it, {date}\n"
        "Geloggt von: {name}\n"
        "Im zweiten Anlauf endlich gefunden! Die Dose war hinter dem Wurzelteller versteckt.\n"
        "Das Logbuch ist fast voll, ich habe ein Ersatzblatt hineingelegt. TFTC!",
        "Urkunde über eine Pfeifenpatenschaft\n"
        "{name} übernimmt die Patenschaft für die Pfeife c' im Register Principal 8'\n"
        "der Orgel in der Stadtkirche {city}. Mit der Spende von {amount} € wird die\n"
        "Sanierung des Instruments unterstützt; die Wiedereinweihung ist für den\n"
        "Reformationstag geplant. Der Name wird im Patenbuch neben dem Spieltisch vermerkt.\n"
        "{city}, den {date} – Förderverein Orgel",
        "Betreff: Einverständnis Fotos in der Vereinschronik\n"
        "Hallo liebes Chronik-Team,\n"
        "hiermit bin ich, {name}, geb. am {date}, damit einverstanden, dass die Fotos vom\n"
        "Aufstieg 1998 mit meinem Namen in der Festschrift zum Hundertjährigen erscheinen.\n"
        "Die Originalabzüge hätte ich gern zurück an: {street}, {postcode} {city}.\n"
        "Viele Grüße\n"
        "{first}\n"
        "{email}",
    ],
    "fr": [
        "Confrérie des Chevaliers du Cep de {city} – chapitre d'automne du {date}\n"
        "Ont été intronisés ce jour, après avoir prêté serment sur la coupe :\n"
        "- {name}, au titre de l'amitié\n"
        "- {name2}, restaurateur à {city2}\n"
        "- {name3}, vigneronne, pour l'ensemble de son travail sur le vieux cépage local\n"
        "Le banquet du chapitre suivra à la salle des fêtes.",
        "Certificat de parrainage – Domaine {company}\n"
        "{name} parraine le cep n° {num}, rang 14, parcelle des Grandes Terres.\n"
        "Une plaque à son nom sera posée sur le piquet avant les vendanges.\n"
        "Envoi des six bouteilles de la cuvée des parrains à :\n"
        "{street}, {postcode} {city}\n"
        "Contact : {email}",
        "Journées nationales – planning des quêteurs, antenne locale de {city}, {date}\n"
        "Créneau | Lieu | Quêteur/quêteuse | Portable\n"
        "9h-11h | marché couvert | {name} | {phone}\n"
        "11h-13h | sortie du supermarché | {name2} | {phone}\n"
        "14h-16h | parvis de la gare | {name3} | {phone}\n"
        "Retour des troncs scellés à la permanence avant 18 h, badge obligatoire.",
        "[12:47] {first} : c'est qui qui a eu la fève ?? 👑\n"
        "[12:48] {name2} : moi !! reine de l'open space jusqu'à ce soir 😎",
        "carnet de la nounou – mardi\n"
        "{first} a bien mangé à midi (purée de carottes, un peu de jambon).\n"
        "sieste de 13h à 15h10, petite toux au réveil mais pas de fièvre.\n"
        "plus que 3 couches, à racheter svp.\n"
        "vendredi c'est {name2} qui passe récupérer {first} vers 17h45.",
        "14h30 – signature chez Me {last}, notaire : apporter RIB et pièce d'identité",
        "jardins_ouvriers_{city}_attributions.csv\n"
        "parcelle;surface;jardinier;telephone;depuis\n"
        "A-03;150 m²;{name};{phone};2011\n"
        "A-07;100 m²;{name2};{phone};2019\n"
        "B-12;200 m²;{name3};{phone};2024\n"
        "# B-14 libre, à proposer au premier de la liste d'attente",
        "Objet : don de lettres de famille aux archives municipales\n"
        "Madame, Monsieur,\n"
        "je souhaiterais confier aux archives de {city} une quarantaine de lettres échangées\n"
        "entre 1915 et 1918 par mes arrière-grands-parents, dont {name2}, alors en Argonne.\n"
        "Elles sont en bon état et accompagnées de deux photographies.\n"
        "Je peux les déposer un mercredi ; vous pouvez me joindre au {phone}.\n"
        "Cordialement,\n"
        "{name}\n"
        "{street}, {postcode} {city}",
        "2026-02-03 07:12:44 porte b2 (atelier) : badge {num} accepté – {name}",
        "Concours de belote du comité des fêtes – {date}, résultats après 4 parties\n"
        "Place\tÉquipe\tCapitaine\tPoints\n"
        "1\tLes Pompiers\t{name}\t4 512\n"
        "2\tLe Café du Commerce\t{name2}\t4 380\n"
        "3\tLes Retraités du foyer\t{name3}\t4 105\n"
        "Les deux premières équipes repartent avec un jambon, les suivantes avec un lot.",
        "Reçu au titre des dons à certains organismes d'intérêt général\n"
        "(articles 200, 238 bis et 978 du code général des impôts)\n"
        "Reçu n° {num} – Association des Amis de l'orgue de {city}\n"
        "Donateur : {name}\n"
        "Adresse : {street}, {postcode} {city}\n"
        "Montant du don : {amount} euros, versé le {date} par chèque",
        "Objet : remboursement du voyage scolaire annulé (classe de 4e B)\n"
        "Bonjour,\n"
        "suite à l'annulation du séjour à Londres, je vous transmets mes coordonnées\n"
        "bancaires pour le remboursement de l'acompte de {amount} € :\n"
        "Titulaire : {name}\n"
        "IBAN : {iban}\n"
        "Élève concerné : {first}, classe de 4e B.\n"
        "Merci d'avance et bonne journée,\n"
        "{name}",
    ],
    "es": [
        "Peña El Botijo – participaciones de Lotería de Navidad, número {num}\n"
        "Depositario: {name}, tel. {phone}\n"
        "Participación | Titular | Importe | Pagado\n"
        "001 | {name2} | 5 € | sí\n"
        "002 | {name3} | 10 € | sí\n"
        "003 | {first} {last} | 5 € | pendiente\n"
        "El décimo está guardado en la caja fuerte del bar. ¡Suerte a todos!",
        "Comunidad de Regantes de {city} – turnos de riego, acequia mayor\n"
        "Semana del {date}\n"
        "Día | Hora | Regante | Parcela | Horas\n"
        "lunes | 06:00 | {name} | 14-B | 3\n"
        "lunes | 09:00 | {name2} | 15 | 2\n"
        "martes | 06:00 | {name3} | 21-A | 4\n"
        "Quien no abra la compuerta a su hora pierde el turno. El acequiero pasa el jueves.",
        "Hermandad de la Vera Cruz de {city} – cuadrilla de costaleros, Jueves Santo\n"
        "Trabajadera | Costalero | Altura | Entra en\n"
        "1.ª | {name} | 1,78 | salida del templo\n"
        "1.ª | {name2} | 1,80 | plaza Mayor\n"
        "3.ª | {name3} | 1,74 | calle Ancha\n"
        "Igualá el sábado a las 21:00 en la casa hermandad. Traed costal y faja.",
        "recordatorio: mañana a las 9 recoger a {first} en el cole, lleva la mochila "
        "de natación",
        "Quintos del 2008 de {city} – lista para la fiesta de quintos\n"
        "- {name} (organiza y pone la bodega)\n"
        "- {name2}\n"
        "- {name3}\n"
        "Cuota: 40 € por cabeza, a pagar antes del {date}.\n"
        "Charanga contratada para la ronda del sábado: Los Bocatas.",
        "Jue 17:30 · revisión dental de {first} – clínica del barrio, traer tarjeta sanitaria",
        "Libro de visitas – Casa Rural El Molino\n"
        "{date}\n"
        "Hemos pasado un fin de semana maravilloso. Los niños no querían salir del río\n"
        "y el bizcocho de bienvenida no duró ni una hora. ¡Volveremos en otoño!\n"
        "{name} y familia, de {city}",
        "21:03:11 [reservas] pista de pádel 3, 20:30–22:00, socio {num}: {name}, "
        "móvil {phone}",
        "Solicitud de parcela en los huertos urbanos municipales de {city}\n"
        "Nombre y apellidos: {name}\n"
        "DNI/NIE: {nid}\n"
        "Domicilio: {street}, {postcode} {city}\n"
        "Teléfono: {phone} · Correo: {email}\n"
        "[x] Estoy empadronado/a en el municipio\n"
        "[x] No dispongo de otra parcela ni de terreno propio\n"
        "Preferencia: parcela adaptada, cerca del punto de agua",
        "[20:14] {first}: Chicos, ¿quién lleva las sillas plegables a la romería del domingo?\n"
        "[20:15] {name2}: Yo llevo cuatro y la nevera grande\n"
        "[20:17] {name3}: Mi cuñado tiene furgoneta, que alguien le llame: {phone}\n"
        "[20:18] {first}: Perfecto, le escribo yo 👍",
        "Asunto: Solicitud de devolución de la matrícula del taller de cerámica\n"
        "Buenos días:\n"
        "por motivos de trabajo no podré asistir al taller de los martes que empieza el\n"
        "{date}. Les ruego que me devuelvan la matrícula ({amount} €) en esta cuenta:\n"
        "IBAN {iban}, a nombre de {name}.\n"
        "Un saludo y gracias,\n"
        "{name}\n"
        "{phone}",
        "Escuela Municipal de Música de {city} – inscripción de educandos en la banda\n"
        "Alumno/a: {name}\n"
        "Fecha de nacimiento: {date}\n"
        "Instrumento: clarinete (2.º curso de grado elemental)\n"
        "Padre/madre/tutor: {name2}\n"
        "Teléfono: {phone} · Correo electrónico: {email}\n"
        "[x] Autorizo la publicación de fotos del concierto de Santa Cecilia",
    ],
    "it": [
        "Lega Fantacalcio „Bar Sport“ – classifica dopo la 24ª giornata\n"
        "Pos | Squadra | Allenatore | Punti\n"
        "1 | Atletico Ma Non Troppo | {name} | 52\n"
        "2 | Real Mente | {name2} | 49\n"
        "3 | Longobarda | {name3} | 44\n"
        "Quota da versare entro il {date}: 30 € per il montepremi.",
        "Bagni {company} – prenotazione stagionale ombrellone\n"
        "Cliente: {name}\n"
        "Cellulare: {phone} · Email: {email}\n"
        "Fila 3, ombrellone n. 27, due lettini e una sdraio\n"
        "Periodo: dal 1° giugno al 15 settembre · Totale {amount} € (acconto del 30% versato)\n"
        "Cabina condivisa con la famiglia della fila 2.",
        "Bomboniere per la Prima Comunione di {first} – ordine n. {num}\n"
        "45 sacchetti di tulle bianco con 5 confetti alla mandorla\n"
        "bigliettino: „Ricordo della Prima Comunione di {first}, {date}“\n"
        "Ritiro in negozio: {name2}, il giovedì prima della festa.",
        "Parrocchia di San Giuseppe – turni dei lettori, aprile\n"
        "Domenica\tPrima lettura\tSalmo\tSeconda lettura\n"
        "5 aprile\t{name}\t{name2}\t{name3}\n"
        "12 aprile\t{name2}\t{name3}\t{name}\n"
        "Chi non può, si accordi per uno scambio e avvisi la sacrestia.",
        "ore 9:15 dermatologo – accompagnare {addr}, portare le lastre e la tessera sanitaria",
        "[07:02] {first}: buongiorno a tutti, il pullman per la gita parte alle 7:45 "
        "dal piazzale\n"
        "[07:03] {name2}: mia figlia ha la febbre, purtroppo resta a casa 😞\n"
        "[07:05] {first}: ok, avviso io la maestra\n"
        "[07:06] {name3}: qualcuno ha preso i cappellini? li ho dimenticati in macchina",
        "centralino – chiamata persa alle 18:22 da {phone} ({name}), nessun messaggio "
        "in segreteria",
        "Iscrizione al corso di potatura dell'olivo – Frantoio sociale di {city}\n"
        "Cognome e nome: {name}\n"
        "Codice fiscale: {nid}\n"
        "Residenza: {street}, {postcode} {city}\n"
        "Telefono: {phone}\n"
        "Numero di piante possedute: circa 120, varietà leccino e frantoio\n"
        "Lezione pratica sabato {date} in campo, portare forbici e guanti.",
        "Oggetto: disponibilità come scrutatore alle prossime elezioni\n"
        "Gentile Ufficio elettorale del Comune di {city},\n"
        "confermo la mia disponibilità a svolgere il ruolo di scrutatore presso il seggio\n"
        "della scuola primaria di via {street_name}. Sono iscritto all'albo dal 2019.\n"
        "Recapiti: {phone}, {email}\n"
        "Cordiali saluti,\n"
        "{name}",
        "Nel trigesimo della scomparsa di\n"
        "{name}\n"
        "i familiari e gli amici ne ricordano con immutato affetto la generosità.\n"
        "Una Santa Messa sarà celebrata sabato {date} alle ore 18 nella chiesa di San Rocco.",
        "Torneo di briscola del circolo – tabellone del primo turno\n"
        "Coppia\tCapitano\tPartite vinte\n"
        "I Lupi\t{name}\t2-1\n"
        "Bar Centrale\t{name2}\t2-0\n"
        "Circolo Bocciofilo\t{name3}\t1-2\n"
        "Le coppie vincenti passano al secondo turno di venerdì.",
        "Modulo di adesione al Gruppo di Acquisto Solidale di {city}\n"
        "Socio/a: {name}\n"
        "Email per gli ordini: {email}\n"
        "Cellulare: {phone}\n"
        "IBAN per l'addebito diretto delle quote: {iban}\n"
        "Consegna preferita: martedì sera alla cascina, turno di distribuzione 1 volta al mese",
    ],
    "nl": [
        "Verjaardagskalender (hangt op de wc)\n"
        "3 maart – {name} (wordt 80!)\n"
        "11 maart – {name2}\n"
        "27 maart – {name3} 🎂\n"
        "Niet vergeten: kaartje sturen en taart bestellen bij de bakker.",
        "hoi {first}! je hebt een lootje getrokken 🎁 je koopt dit jaar een cadeautje "
        "voor {name2}, max € 15.\n"
        "gedicht niet vergeten! pakjesavond is op 5 december bij oma.",
        "Avondvierdaagse {city} – inschrijving groep 6 van basisschool De Regenboog\n"
        "Naam | Afstand | Keer | Telefoon ouder\n"
        "{name} | 5 km | 3e | {phone}\n"
        "{name2} | 5 km | 1e | {phone}\n"
        "{name3} | 10 km | 2e | {phone}\n"
        "Start elke avond om 18:00 bij het dorpshuis, medailles op vrijdag bij de finish.",
        "Elfstedenfietstocht – stempelkaart deelnemer nr. {num}\n"
        "Naam: {name}\n"
        "Woonplaats: {city}\n"
        "Geboortedatum: {date}\n"
        "Stempelposten: Leeuwarden 05:32 · Sneek 07:58 · IJlst · Sloten · Stavoren\n"
        "Hindeloopen · Workum · Bolsward · Harlingen · Franeker · Dokkum · Leeuwarden\n"
        "Kaart kwijt? Meld je bij de EHBO-post bij de start.",
        "Buurtapp {street_name} e.o.: wie heeft er een ladder te leen? Groetjes, {first} "
        "van nr. 14",
        "wo 16:15 fysio bij {addr}, daarna boodschappen en pakketje ophalen",
        "Zwembad De Wetering – uitnodiging afzwemmen diploma A\n"
        "Beste ouders van {name},\n"
        "{first} mag afzwemmen op zaterdag {date} om 10:30 uur.\n"
        "Kleding: badpak of zwembroek, plus kleren en schoenen voor het kledingzwemmen.\n"
        "Toeschouwers welkom op de tribune, toegang € 2,50 per persoon.",
        "deurbel voordeur – {date} 19:44:12 – code geaccepteerd, welkom {first}",
        "Aanvraag gehandicaptenparkeerkaart – gemeente {city}\n"
        "Naam aanvrager: {name}\n"
        "BSN: {nid}\n"
        "Adres: {street}, {postcode} {city}\n"
        "Telefoon: {phone}\n"
        "Soort kaart: bestuurderskaart\n"
        "Loopafstand zonder hulpmiddel: minder dan 100 meter (medische keuring volgt)",
        "Onderwerp: terugbetaling contributie korfbal\n"
        "Hoi penningmeester,\n"
        "mijn dochter stopt na de zaalcompetitie met korfbal. Zou je het teveel\n"
        "betaalde deel van de contributie ({amount} euro) willen terugstorten op\n"
        "{iban} t.n.v. {name}?\n"
        "Alvast bedankt!\n"
        "{name}",
        "Meeleven\n"
        "{addr} verblijft na een heupoperatie in revalidatiecentrum De Hoogstraat.\n"
        "Een kaartje wordt zeer gewaardeerd: {street}, {postcode} {city}.\n"
        "Bezoek graag eerst even afstemmen met de familie.",
        "[21:02] {first}: Wie rijdt er zaterdag naar de uitwedstrijd in {city}?\n"
        "[21:04] {name2}: Ik kan er vier meenemen, vertrek 8:15 bij de kantine\n"
        "[21:05] {name3}: Ik rij ook, nog twee plekken vrij\n"
        "[21:07] {first}: Top, dan is iedereen ingedeeld 🚗",
    ],
    "pl": [
        "Identyfikator wolontariusza WOŚP\n"
        "Sztab nr {num}, {city}\n"
        "Imię i nazwisko: {name}\n"
        "Numer identyfikatora: {num}\n"
        "Ważny wyłącznie z legitymacją szkolną, w dniu Finału: {date}",
        "Parafia pw. św. Jadwigi – wizyta duszpasterska (kolęda), ul. {street_name}\n"
        "Nr domu | Rodzina | Godzina\n"
        "2 | {name} | 16:00\n"
        "4 | {name2} | 16:20\n"
        "6 | {name3} | 16:40\n"
        "Ministranci zbierają się w zakrystii o 15:30.",
        "Librus – wiadomość\n"
        "Od: wychowawczyni klasy 4b\n"
        "Do: rodzice – {name}, kl. 4b\n"
        "Temat: nieobecność w piątek\n"
        "Proszę o usprawiedliwienie nieobecności na zajęciach w dniu {date}.\n"
        "Przypominam też o zgodzie na wycieczkę do Wieliczki.",
        "Studniówka klasy IIIc – rozmieszczenie przy stołach\n"
        "Stół 1: {name}, {name2}, {name3}\n"
        "Stół 2: wychowawczyni z osobą towarzyszącą, dyrekcja\n"
        "Polonez o 20:00 – pierwsza para: {first} i partner/partnerka.",
        "czw. 17:00 korepetycje z matmy – {addr}, kl. 7, wziąć zeszyt ćwiczeń",
        "[18:40] {first}: kto jutro jedzie na grzyby? ruszamy o 5:30 spod kościoła\n"
        "[18:42] {name2}: ja! biorę dwa kosze i termos\n"
        "[18:45] {name3}: ja odpadam, kolano 😕 przywieźcie mi chociaż kanię",
        "2026-03-03 06:58:21 bramka parking P2: wjazd, tablica WX 4821K, "
        "abonament {num} – {name}",
        "Deklaracja wyboru lekarza podstawowej opieki zdrowotnej\n"
        "Imię i nazwisko: {name}\n"
        "PESEL: {nid}\n"
        "Adres zamieszkania: {street}, {postcode} {city}\n"
        "Telefon kontaktowy: {phone}\n"
        "Wybrany lekarz: przychodnia rejonowa przy ul. {street_name}\n"
        "Data i podpis: {date}",
        "Temat: zwrot kaucji za strój ludowy\n"
        "Dzień dobry,\n"
        "córka kończy występy w zespole pieśni i tańca, strój krakowski oddałam w piątek\n"
        "pani kostiumolog. Proszę o zwrot kaucji ({amount} zł) na rachunek:\n"
        "{iban}, właściciel: {name}.\n"
        "Pozdrawiam serdecznie\n"
        "{name}",
        "Bieg Tropem Wilczym – zgłoszenie, dystans 1963 m\n"
        "Uczestnik: {name}\n"
        "Data urodzenia: {date}\n"
        "Miejscowość: {city}\n"
        "Telefon: {phone} · e-mail: {email}\n"
        "Rozmiar koszulki: M · klub: niezrzeszony",
        "Wypominki roczne – parafia Wniebowzięcia NMP w {city}\n"
        "Polecamy Bogu zmarłych z rodziny:\n"
        "śp. {name}\n"
        "śp. {name2}\n"
        "śp. {name3}\n"
        "Ofiarę złożono w kancelarii parafialnej.",
        "Dyżury nauczycieli na przerwach – II piętro, od {date}\n"
        "Przerwa\tPoniedziałek\tWtorek\tŚroda\n"
        "8:45\t{name}\t{name2}\t{name3}\n"
        "10:35\t{name2}\t{name3}\t{name}\n"
        "W razie nieobecności zastępstwo wyznacza wicedyrektor.",
    ],
}

NOT_PERSONAL_SEVENTYTHIRD: dict[str, list[str]] = {
    "de": [
        "Deutsch als Fremdsprache, B2 – Redewendungen mit Vornamen\n"
        "• Otto Normalverbraucher: der durchschnittliche Konsument\n"
        "• Hinz und Kunz: jeder Beliebige („Das weiß doch Hinz und Kunz.“)\n"
        "• den müden Heinrich spielen: sich absichtlich langsam bewegen\n"
        "• Krethi und Plethi: allerlei Leute, eher abwertend\n"
        "• der dumme August: die Clownsfigur im Zirkus\n"
        "• Tante-Emma-Laden: kleines Lebensmittelgeschäft an der Ecke\n"
        "Übung: Ergänzen Sie die Lücken im Arbeitsblatt auf Seite 48.",
        "Volkssternwarte {city} – Der Sternhimmel im März\n"
        "Im Westen versinkt das Wintersechseck: Kapella, Aldebaran, Rigel, Sirius, Prokyon\n"
        "und Pollux. Beteigeuze leuchtet rötlich in der Schulter des Orion.\n"
        "Hoch im Nordwesten stehen Kassiopeia und Perseus, darunter die Andromedagalaxie.\n"
        "Jupiter ist bis Mitternacht zu sehen, seine Galileischen Monde schon im Fernglas.\n"
        "Öffentliche Führungen freitags ab 20 Uhr, bei Bewölkung Vortrag im Planetarium.",
        "Retro-ESC-Quiz im Jugendzentrum – Runde 2: Siegertitel\n"
        "Jahr\tLand\tTitel\n"
        "1974\tSchweden\tWaterloo\n"
        "1982\tDeutschland\tEin bißchen Frieden\n"
        "1988\tSchweiz\tNe partez pas sans moi\n"
        "2010\tDeutschland\tSatellite\n"
        "2023\tSchweden\tTattoo\n"
        "Bonusfrage: In welcher Stadt gewannen ABBA 1974? (Antwort: Brighton)",
        "sicherungsprotokoll vom {date}, ziel {host}\n"
        "02:00:01 sicherung gestartet: /srv/vereinsdaten\n"
        "02:14:37 18.204 dateien übertragen, 3,9 gb, dauer 14 min 36 s\n"
        "02:14:40 prüfsummen in ordnung, älteste sicherung (kw 2) gelöscht\n"
        "02:14:41 sicherung beendet, nächster lauf morgen um 02:00",
        "Grundpraktikum Chemie – Versuchstag 6: Nachweisreaktionen (Gruppe B)\n"
        "1. Fehling-Probe auf reduzierende Zucker: Glucose gegen Saccharose, Wasserbad 60 °C\n"
        "2. Tollens-Probe (Silberspiegel): nur im Reagenzglas, Reste sofort entsorgen!\n"
        "3. Stärkenachweis mit Lugolscher Lösung\n"
        "4. Biuret-Reaktion auf Proteine\n"
        "Material: Erlenmeyerkolben 100 ml, Bunsenbrenner, Pipetten – Schutzbrille Pflicht.\n"
        "Protokollabgabe bis {date} im Sekretariat des Instituts.",
        "Heute frisch: Amerikaner, Berliner, Florentiner, Bienenstich und Frankfurter "
        "Kranz 🥐",
        "MS {company} – Bordprogramm Seetag, {date}\n"
        "08:00 Frühsport mit dem Fitnessteam, Pooldeck 12\n"
        "10:30 Vortrag im Theater: „Vasco da Gama und der Seeweg nach Indien“\n"
        "14:00 Brückenbesichtigung (Anmeldung an der Rezeption, max. 20 Personen)\n"
        "16:00 Kaffee und Kuchen: Schwarzwälder Kirschtorte und Kaiserschmarrn\n"
        "21:00 Showensemble: „Queen – A Kind of Magic“\n"
        "Morgen gegen 05:30 Uhr Lotsenübernahme vor {city}, Landgang ab 08:00 Uhr.",
        "#separator:Semicolon\n"
        "#deck:Innere Medizin::Eponyme\n"
        "Morbus Bechterew;ankylosierende Spondylitis, häufig HLA-B27-positiv\n"
        "Morbus Crohn;chronisch-entzündliche Darmerkrankung, alle Abschnitte möglich\n"
        "Hashimoto-Thyreoiditis;Autoimmunthyreoiditis mit TPO-Antikörpern\n"
        "Lasègue-Zeichen;Dehnungsschmerz beim Anheben des gestreckten Beins\n"
        "Cushing-Syndrom;Hyperkortisolismus, Vollmondgesicht, Stammfettsucht",
        "Spielecafé {company} – Regal 3 (Familienspiele), Ausleihstatus {date}\n"
        "Spiel | Spieler | Dauer | Status\n"
        "Carcassonne | 2–5 | 45 min | verfügbar\n"
        "Die Siedler von Catan | 3–4 | 75 min | Tisch 7\n"
        "Agricola | 1–4 | 120 min | verfügbar\n"
        "Kingdomino | 2–4 | 20 min | fehlt: König Rot\n"
        "Mensch ärgere Dich nicht | 2–6 | 30 min | verfügbar",
        "Betriebsrestaurant {company} – Speiseplan KW 12\n"
        "Montag: Königsberger Klopse mit Kapern, Salzkartoffeln\n"
        "Dienstag: Schnitzel Holstein mit Spiegelei und Sardellen\n"
        "Mittwoch: Strammer Max, dazu Gurkensalat\n"
        "Donnerstag: Kaiserschmarrn mit Zwetschgenröster\n"
        "Freitag: Matjes nach Hausfrauenart, zum Nachtisch Fürst-Pückler-Schnitte\n"
        "Vegetarische Alternative täglich an Ausgabe 2.",
        "Mi 19:30 Chorprobe: Händel, „Judas Maccabäus“ ab Nr. 58 – Klavierauszug mitbringen",
        "getränkeliste sommerfest (bestellung bis freitag beim getränkemarkt {company})\n"
        "- 4 kästen jever, 3 kästen beck's, 2 kästen bitburger\n"
        "- 6 kästen apollinaris medium, 2 kästen fanta\n"
        "- 1 flasche jägermeister für die tombola (ist schon bezahlt)\n"
        "- leergut vom letzten jahr steht noch im schuppen, bitte mit zurückgeben",
    ],
    "fr": [
        "Rentrée littéraire – calendrier des prix d'automne (affiche de la librairie)\n"
        "- Grand prix du roman de l'Académie française : fin octobre\n"
        "- Prix Femina et prix Médicis : début novembre\n"
        "- Prix Goncourt et prix Renaudot : proclamés le même jour chez Drouant\n"
        "- Prix Interallié : dans la foulée\n"
        "À la librairie {company}, table des sélections dès le {date}.",
        "Ligne 9 – travaux de modernisation\n"
        "Du {date} au {date}, le trafic est interrompu entre Pont de Sèvres et\n"
        "Michel-Ange–Molitor à partir de 22 h. Les stations Billancourt, Marcel Sembat,\n"
        "Porte de Saint-Cloud et Exelmans ne sont pas desservies.\n"
        "Des bus de remplacement circulent toutes les 8 minutes. Merci de votre compréhension.",
        "Cave {company} – Bordeaux, crus classés en 1855 (sélection)\n"
        "Château | Appellation | Millésime | Prix\n"
        "Lafite Rothschild | Pauillac | 2014 | {amount} €\n"
        "Pichon Longueville Comtesse de Lalande | Pauillac | 2016 | {amount} €\n"
        "Léoville Las Cases | Saint-Julien | 2012 | {amount} €\n"
        "Lynch-Bages | Pauillac | 2018 | {amount} €\n"
        "Palmer | Margaux | 2015 | {amount} €\n"
        "Prix TTC à l'unité, caisse bois de six bouteilles sur demande.",
        "Calendrier – février (extrait)\n"
        "1 D  Ste Ella\n"
        "2 L  Présentation du Seigneur (Chandeleur)\n"
        "3 M  St Blaise\n"
        "4 M  Ste Véronique\n"
        "5 J  Ste Agathe\n"
        "6 V  St Gaston\n"
        "7 S  Ste Eugénie\n"
        "8 D  Ste Jacqueline",
        "station météo du club – {host}\n"
        "[06:00] température 3,4 °c, humidité 91 %, vent nne 12 km/h\n"
        "[06:10] pluviomètre : 0,2 mm depuis minuit\n"
        "[06:20] envoi vers le serveur échoué (délai dépassé), nouvel essai dans 10 min\n"
        "[06:30] envoi réussi, 3 mesures rattrapées",
        "Comité des fêtes de {city} – Feux de la Saint-Jean, samedi {date}\n"
        "19 h : apéritif offert par la municipalité, place Jean-Jaurès\n"
        "20 h : repas champêtre (moules-frites), réservation à la mairie\n"
        "22 h 30 : embrasement du bûcher au stade Léo-Lagrange\n"
        "23 h : bal populaire avec l'orchestre Les Copains d'Abord\n"
        "Parking conseillé rue {street_name}, navettes depuis la gare.",
        "Circuit « Châteaux de la Loire » – programme du jour 2\n"
        "9 h : Chambord, l'escalier à double révolution voulu par François Ier\n"
        "11 h 30 : Cheverny, qui a inspiré le château de Moulinsart\n"
        "14 h : Chenonceau, le « château des Dames » de Diane de Poitiers\n"
        "et de Catherine de Médicis\n"
        "16 h 30 : Amboise et le Clos Lucé, dernière demeure de Léonard de Vinci\n"
        "Retour à l'hôtel {company} vers 19 h.",
        "Ce soir à la télé\n"
        "21 h 10 TF1 – Joséphine, ange gardien (rediffusion)\n"
        "21 h 10 France 2 – Astrid et Raphaëlle, saison 4, épisode 3\n"
        "21 h 10 France 3 – Capitaine Marleau : « La nuit de la Saint-Jean »\n"
        "21 h 00 Arte – Maigret et le corps sans tête (film, 1960)\n"
        "22 h 45 France 2 – Candice Renoir, deux épisodes",
        "Ce midi à la cantine : hachis Parmentier, salade verte, yaourt – demain poulet basquaise",
        "Alerte {city} : crue de la Seine, la voie Georges-Pompidou est fermée dès 18 h",
        "Pâtisserie {company} – étiquettes de la vitrine\n"
        "Saint-Honoré (part) · 5,20 €\n"
        "Paris-Brest · 4,80 €\n"
        "Religieuse au café · 3,90 €\n"
        "Jésuite · 2,60 €\n"
        "Tarte Bourdaloue · 3,50 €\n"
        "Madeleines de Commercy (les 6) · 4,00 €\n"
        "Puits d'amour · 3,70 €",
        "Fiche FLE, niveau B2 – expressions avec des noms propres\n"
        "• riche comme Crésus : très riche\n"
        "• fier comme Artaban : d'une fierté excessive\n"
        "• vieux comme Hérode : très ancien\n"
        "• c'est Byzance ! : c'est le luxe\n"
        "• le coup du père François : un mauvais coup porté par surprise\n"
        "Exercice : employez trois de ces expressions dans un court dialogue.",
    ],
    "es": [
        "Metro – Línea 1: obras de mejora en la vía\n"
        "Del {date} al {date} no habrá servicio entre Sol y Menéndez Pelayo.\n"
        "Las estaciones Tirso de Molina, Antón Martín, Estación del Arte y Atocha\n"
        "permanecerán cerradas. Un servicio especial de autobuses gratuito une Sol con\n"
        "Menéndez Pelayo con paradas próximas a cada estación cerrada.",
        "Bar {company} – pintxos y vermut\n"
        "Gilda (guindilla, anchoa y aceituna) ........ 2,00 €\n"
        "Pepito de ternera con pimientos .............. 4,50 €\n"
        "Marianito de la casa ......................... 2,50 €\n"
        "Bocadillo de calamares ....................... 5,00 €\n"
        "Pincho de tortilla de patatas ................ 2,80 €\n"
        "Sábados y domingos, vermut de grifo a partir de las 12:00.",
        "Fallas – programa oficial (extracto)\n"
        "- Del 1 al 19 de marzo, 14:00: mascletà en la plaza del Ayuntamiento\n"
        "- 17 y 18 de marzo: Ofrenda de flores a la Virgen de los Desamparados\n"
        "- 18 de marzo, de madrugada: Nit del Foc\n"
        "- 19 de marzo, San José: cremà de las fallas infantiles y, por la noche, de las grandes\n"
        "- Exposición del Ninot: hasta el 14 de marzo, votación del ninot indultat",
        "San Fermín – lo esencial del programa\n"
        "6 de julio, 12:00: chupinazo desde el balcón del Ayuntamiento\n"
        "7 de julio, 10:00: procesión de San Fermín con la comparsa de gigantes\n"
        "Del 7 al 14 de julio, 8:00: encierros, recorrido de 875 metros\n"
        "Cada noche, 23:00: fuegos artificiales en la Ciudadela\n"
        "14 de julio, 24:00: Pobre de mí en la plaza Consistorial",
        "registro de la impresora 3d del fablab – {host}\n"
        "09:12 trabajo iniciado: soporte_bici_v3.gcode (pla negro, 0,2 mm)\n"
        "09:13 cama a 60 °c, boquilla a 210 °c\n"
        "11:47 aviso: filamento casi agotado, pausa automática\n"
        "11:52 reanudado tras cambio de bobina\n"
        "12:30 trabajo terminado, 2 h 18 min, 41 g de material",
        "Lonja de {city} – subasta del {date}\n"
        "Barco | Especie | Cajas | €/kg\n"
        "Nuevo Manolito | boquerón | 42 | 3,10\n"
        "Hermanos García Dos | merluza | 18 | 9,80\n"
        "Virgen del Carmen | sardina | 60 | 1,90\n"
        "Nuestra Señora de Begoña | jurel | 25 | 1,40\n"
        "Precios de primera venta, IVA no incluido.",
        "Quiniela – jornada 28\n"
        "Nº\tPartido\t1X2\n"
        "1\tAthletic Club – Osasuna\t1\n"
        "2\tRayo Vallecano – Getafe\tX\n"
        "3\tCelta – Villarreal\t2\n"
        "4\tReal Sociedad – Betis\t1X\n"
        "5\tSporting – Real Zaragoza\t1\n"
        "Pleno al 15: Sevilla – Atlético de Madrid",
        "Parroquia de San José Obrero – horario de misas\n"
        "Laborables: 9:00 y 19:30\n"
        "Sábados y vísperas: 19:30\n"
        "Domingos y festivos: 10:00, 12:00 y 19:30\n"
        "Ermita de San Roque: primer domingo de mes a las 11:00\n"
        "22 de mayo, Santa Rita: bendición de las rosas después de cada misa.",
        "Esta noche en la barra: croquetas, pincho de tortilla y el Betis–Sevilla a las "
        "21:00",
        "Teatro Municipal {city} – cartelera de noviembre\n"
        "1 y 2 de noviembre: Don Juan Tenorio, de José Zorrilla, como cada año\n"
        "8 de noviembre: La Celestina, versión para dos actores\n"
        "15 y 16 de noviembre: Doña Rosita la soltera\n"
        "22 de noviembre: Fuenteovejuna (compañía juvenil)\n"
        "Venta de entradas en taquilla y en la web del teatro.",
        "Censo de aves del parque fluvial – recorrido del {date}\n"
        "Especie | Ejemplares | Observaciones\n"
        "Martín pescador | 2 | posado junto al puente de hierro\n"
        "Abubilla | 1 | en la pradera\n"
        "Cigüeña blanca | 14 | nidos en la torre de la iglesia\n"
        "Petirrojo | 6 | zona de sotobosque\n"
        "Garza real | 3 | en la orilla norte",
        "aviso: el ascensor del portal 2 estará parado el {date} de 9 a 14 por revisión "
        "de {company}",
    ],
    "it": [
        "Esercitazione di diritto privato – caso n. 7\n"
        "Tizio vende a Caio un fondo rustico sito in {city} per {amount} euro.\n"
        "Sempronio, proprietario del fondo confinante e coltivatore diretto, sostiene di\n"
        "avere un diritto di prelazione agraria e chiede il riscatto del fondo.\n"
        "Domande: 1) Sussistono i presupposti della prelazione? 2) Entro quale termine\n"
        "può essere esercitato il riscatto? Consegna entro il {date}.",
        "Riseria {company} – listino risi da risotto, raccolto 2026\n"
        "Varietà | Chicco | Cottura | Prezzo al kg\n"
        "Carnaroli | lungo A | 16–18 min | 4,20 €\n"
        "Arborio | lungo A | 16 min | 3,40 €\n"
        "Vialone Nano | semifino | 15 min | 3,90 €\n"
        "Baldo | lungo A | 15 min | 3,30 €\n"
        "Sant'Andrea | lungo A | 16 min | 3,10 €\n"
        "Roma | lungo A | 17 min | 3,20 €",
        "Teatro Comunale di {city} – stagione lirica 2026/27\n"
        "- ottobre: Lucia di Lammermoor (Donizetti)\n"
        "- novembre: Madama Butterfly (Puccini)\n"
        "- gennaio: Don Carlo (Verdi)\n"
        "- marzo: Il barbiere di Siviglia (Rossini)\n"
        "- maggio: Norma (Bellini)\n"
        "Abbonamenti in vendita dal {date} presso la biglietteria del teatro.",
        "Pizzeria {company} – le classiche\n"
        "Margherita – pomodoro, mozzarella, basilico · 6,50\n"
        "Marinara – pomodoro, aglio, origano · 5,50\n"
        "Capricciosa – prosciutto cotto, funghi, carciofini, olive · 8,50\n"
        "Diavola – salame piccante · 7,50\n"
        "Bismarck – prosciutto crudo e uovo all'occhio di bue · 8,00\n"
        "Quattro stagioni – con i quattro spicchi separati · 8,50",
        "centralina irrigazione giardino condominiale – {host}\n"
        "06:00 settore 1 (prato nord) avviato, durata 20 min\n"
        "06:20 settore 2 (siepe) avviato, durata 15 min\n"
        "06:35 sensore pioggia: nessuna pioggia nelle ultime 24 h\n"
        "06:50 ciclo completato, consumo 1,8 m³",
        "Feste patronali – calendario per l'agenda della redazione\n"
        "3–5 febbraio: Sant'Agata, Catania\n"
        "25 aprile: San Marco, Venezia\n"
        "1° maggio: Sant'Efisio, Cagliari\n"
        "24 giugno: San Giovanni, Firenze, Genova e Torino\n"
        "14–15 luglio: Santa Rosalia, Palermo\n"
        "19 settembre: San Gennaro, Napoli\n"
        "4 ottobre: San Petronio, Bologna\n"
        "7 dicembre: Sant'Ambrogio, Milano",
        "Liceo classico – libri di testo adottati, classe 1ª B\n"
        "Greco: il Rocci, vocabolario greco-italiano (Dante Alighieri)\n"
        "Latino: il Castiglioni-Mariotti, vocabolario latino (Loescher)\n"
        "Fisica: L'Amaldi per i licei (Zanichelli)\n"
        "Storia: Mondadori Education, volume 1\n"
        "I testi sono disponibili anche in comodato presso la biblioteca d'istituto.",
        "Partenze – Milano Centrale\n"
        "Ora | Treno | Destinazione | Binario\n"
        "10:00 | FR 9543 | Napoli Centrale | 13\n"
        "10:05 | FR 9711 | Venezia S. Lucia | 9\n"
        "10:15 | FR 9521 | Firenze S. M. Novella | 14\n"
        "10:20 | RV 2623 | Bergamo | 22\n"
        "10:25 | IC 35 | Ventimiglia | 18",
        "Linea 64 deviata: chiusa via Cavour, i bus transitano da corso Vittorio Emanuele",
        "Firenze in un giorno – itinerario del gruppo\n"
        "9:00 Duomo e cupola del Brunelleschi (463 gradini, prenotazione obbligatoria)\n"
        "10:30 Battistero: la Porta del Paradiso del Ghiberti\n"
        "12:00 Galleria dell'Accademia: il David di Michelangelo\n"
        "15:00 Uffizi: la Primavera e la Nascita di Venere di Botticelli\n"
        "17:30 Ponte Vecchio e tramonto da piazzale Michelangelo",
        "[09:12] magazzino: arrivati i bancali di {product}, li mettiamo nella corsia 4\n"
        "[09:14] ufficio acquisti: ok, la bolla è da controllare entro stasera\n"
        "[09:20] magazzino: mancano due colli, segnalato al corriere",
        "Rifugi delle Tre Cime – apertura stagione estiva\n"
        "Rifugio | Quota | Apertura\n"
        "Rifugio Auronzo | 2320 m | metà giugno – fine settembre\n"
        "Rifugio Lavaredo | 2344 m | metà giugno – fine settembre\n"
        "Rifugio Locatelli | 2405 m | fine giugno – fine settembre\n"
        "Rifugio Zsigmondy-Comici | 2224 m | fine giugno – metà settembre\n"
        "Prenotazione consigliata, pagamento anche con carta.",
    ],
    "nl": [
        "Bloemenveiling – klokaanvoer tulpen, {date}\n"
        "Ras | Lengte | Stelen per fust | Prijs per steel\n"
        "Leen van der Mark | 40 cm | 50 | € 0,21\n"
        "Strong Gold | 45 cm | 50 | € 0,18\n"
        "Queen of Night | 50 cm | 50 | € 0,27\n"
        "Prinses Irene | 35 cm | 50 | € 0,24\n"
        "Purple Prince | 40 cm | 50 | € 0,19",
        "Koopkrachtplaatje 2027: Jan Modaal gaat er volgend jaar volgens de ramingen\n"
        "0,6 procent op vooruit. Gepensioneerden zien hun koopkracht licht dalen.\n"
        "Dat Jan en alleman de hogere energierekening voelt, erkent het kabinet in de\n"
        "Miljoenennota; een nieuwe energietoeslag komt er voorlopig niet.",
        "Ronde van Vlaanderen – hellingen in de finale (selectie)\n"
        "Helling | Lengte | Gem. % | Max. % | Wegdek\n"
        "Oude Kwaremont | 2200 m | 4,2 | 11,6 | kasseien\n"
        "Paterberg | 360 m | 12,9 | 20,3 | kasseien\n"
        "Koppenberg | 600 m | 11,6 | 22,0 | kasseien\n"
        "Taaienberg | 530 m | 6,6 | 15,8 | kasseien\n"
        "Berendries | 940 m | 7,0 | 12,3 | asfalt",
        "Kinderboekenweek – tafel 'Klassiekers' bij de ingang\n"
        "- Jip en Janneke (Annie M.G. Schmidt)\n"
        "- Pluk van de Petteflet\n"
        "- Kikker is verliefd\n"
        "- Dikkie Dik, voorleesbundel\n"
        "- Nijntje in de speeltuin\n"
        "- Dolfje Weerwolfje, deel 1\n"
        "Alles ook als e-book via de bibliotheekapp.",
        "storingslog cv-ketel – {host}\n"
        "07:02 ketel in storing: waterdruk te laag (0,6 bar)\n"
        "07:15 installatie bijgevuld tot 1,8 bar\n"
        "07:16 ketel herstart, branderstatus normaal\n"
        "07:40 warm water ok, geen nieuwe meldingen",
        "Bruine vloot – vaarschema zeilweek IJsselmeer, vertrek {date}\n"
        "Schip | Type | Thuishaven | Gasten\n"
        "Willem Jacob | klipper | Enkhuizen | 24\n"
        "Johanna Cornelia | tjalk | Harlingen | 16\n"
        "Catharina | aak | Makkum | 12\n"
        "Vrouwe Anna | schoener | Hoorn | 30\n"
        "Bij windkracht 7 of meer blijven alle schepen in de haven.",
        "Leesrooster mei – gemeente {city}\n"
        "zo 3 mei: Johannes 14:1-14\n"
        "zo 10 mei: Handelingen 2:1-13 (Pinksteren)\n"
        "zo 17 mei: 1 Petrus 2:1-10\n"
        "zo 24 mei: Psalm 23\n"
        "zo 31 mei: Ruth 1:1-18",
        "Vanavond in het café: pubquiz, thema 'Rembrandt en de Gouden Eeuw', aanvang 20:30",
        "Bierkaart – van de tap en uit de fles\n"
        "Hertog Jan Grand Prestige · 5,50\n"
        "La Chouffe · 5,00\n"
        "Duvel · 5,00\n"
        "Westmalle Tripel · 5,50\n"
        "Grimbergen Dubbel · 4,80\n"
        "Brand Weizen · 4,50",
        "Ziekenhuis {city} – wegwijzer centrale hal\n"
        "Route 10–19: Julianapaviljoen (poliklinieken)\n"
        "Route 20–29: Beatrixpaviljoen (kinderafdeling, verloskunde)\n"
        "Route 30–39: Emmapaviljoen (revalidatie)\n"
        "Route 40: restaurant en apotheek\n"
        "Liften achter de receptie, trappenhuis B bij de bloemenwinkel.",
        "boodschappenlijst kantine v.v. {city}\n"
        "- 3 pakken chocomel, 2 pakken fristi\n"
        "- douwe egberts aroma rood, 4 pakken\n"
        "- calvé pindakaas, 2 potten\n"
        "- verkade stroopwafels voor de scheidsrechters\n"
        "- bonnetje in de kas leggen!",
        "Intocht Sinterklaas {city} – zaterdag {date}\n"
        "12:45 De stoomboot is in zicht bij de sluis\n"
        "13:00 Aankomst aan de kade, welkomstlied met het harmonieorkest\n"
        "13:30 Optocht met de Pieten over de {street_name} naar het stadhuis\n"
        "14:15 Ontvangst door de burgemeester op het bordes\n"
        "Tip: neem een schoen mee voor de schoenenhoek in de bibliotheek.",
    ],
    "pl": [
        "Lekcja polskiego, kl. 6 – frazeologizmy z imionami\n"
        "• wyskoczyć jak Filip z konopi – odezwać się nie w porę\n"
        "• jak Kuba Bogu, tak Bóg Kubie – jak ktoś nas traktuje, tak mu się odpłacamy\n"
        "• za króla Ćwieczka – bardzo dawno temu\n"
        "• od Sasa do lasa – bez ładu i składu\n"
        "• przeciętny Kowalski – zwykły, statystyczny obywatel\n"
        "Zadanie domowe: ułóż pięć zdań z tymi związkami.",
        "Odjazdy – peron 3, {date}\n"
        "Godz. | Pociąg | Nazwa | Kierunek\n"
        "06:12 | TLK 38171 | Podhalanin | Zakopane\n"
        "07:05 | IC 5322 | Matejko | Gdynia Główna\n"
        "08:40 | TLK 13104 | Przemyślanin | Przemyśl Główny\n"
        "09:15 | IC 83170 | Ustronie | Kołobrzeg\n"
        "Zmiana peronu dla pociągu Karkonosze – prosimy o śledzenie komunikatów.",
        "Szkoła Podstawowa nr 3 im. Marii Skłodowskiej-Curie – Dzień Patrona, {date}\n"
        "8:00 apel w sali gimnastycznej, wprowadzenie sztandaru\n"
        "9:00 konkurs wiedzy o patronce dla klas 4–8\n"
        "10:30 pokazy chemiczne w pracowni im. Ignacego Łukasiewicza\n"
        "12:00 wystawa plakatów „Polonium i rad – dwa pierwiastki, jedna noblistka”",
        "Dom Kultury {city} – kalendarz na przełom roku\n"
        "29 listopada: andrzejki – lanie wosku i wróżby dla dzieci\n"
        "4 grudnia: Barbórka – koncert orkiestry górniczej\n"
        "6 grudnia: mikołajki, spotkanie w holu\n"
        "13 grudnia: warsztaty pierników na św. Łucję\n"
        "Tłusty czwartek: konkurs na najlepszego pączka",
        "dziennik serwera {host}\n"
        "03:00:01 rozpoczęto aktualizację pakietów\n"
        "03:04:12 zaktualizowano 37 pakietów, wymagany restart\n"
        "03:05:30 restart systemu\n"
        "03:07:02 wszystkie usługi uruchomione, adres {ip}",
        "PlusLiga – tabela po 18. kolejce\n"
        "Poz.\tDrużyna\tMecze\tPunkty\n"
        "1\tJastrzębski Węgiel\t18\t46\n"
        "2\tAluron CMC Warta Zawiercie\t18\t43\n"
        "3\tAsseco Resovia\t18\t39\n"
        "4\tZAKSA Kędzierzyn-Koźle\t18\t34\n"
        "5\tPGE Projekt Warszawa\t18\t33",
        "zamówienie słodyczy do sklepiku szkolnego ({company})\n"
        "- michałki 2 kg\n"
        "- pawełki, 3 kartony\n"
        "- kasztanki 1 kg\n"
        "- krówki ciągutki 2 kg\n"
        "- ptasie mleczko waniliowe, 10 opakowań",
        "Kraków w jeden dzień – trasa wycieczki\n"
        "Wawel: katedra i Dzwon Zygmunta, potem Smocza Jama\n"
        "Rynek Główny: Sukiennice, Kościół Mariacki z ołtarzem Wita Stwosza, hejnał o 12:00\n"
        "Collegium Maius: sala, w której według tradycji studiował Kopernik\n"
        "Kazimierz: obiad i spacer ulicą Szeroką",
        "Utrudnienia: zamknięta ul. Mickiewicza między Sienkiewicza a Kopernika, objazd "
        "al. Jana Pawła II",
        "Program TV – wtorek wieczorem\n"
        "20:25 TVP1 – Ojciec Mateusz, odc. 354\n"
        "20:55 TVP2 – M jak miłość\n"
        "20:55 TVN – Na Wspólnej\n"
        "21:30 TVP1 – Komisarz Alex\n"
        "22:10 TVP Seriale – Ranczo (powtórka)",
        "Pomniki przyrody – trasa rowerowa „Stare dęby”, etap {num}\n"
        "1. Dąb Bartek – jeden z najsłynniejszych dębów w Polsce\n"
        "2. Dąb Chrobry – pomnik przyrody od 1954 r.\n"
        "3. Dęby Rogalińskie Lech, Czech i Rus – w parku przy pałacu\n"
        "4. Dąb Józef – Europejskie Drzewo Roku 2017\n"
        "Długość całej trasy: 240 km, zalecane noclegi w {city} i {city2}.",
        "Ogłoszenia parafialne\n"
        "W niedzielę odpust parafialny ku czci św. Jakuba Apostoła.\n"
        "Msze święte o 7:00, 9:00, 11:00 (suma odpustowa) i 18:00.\n"
        "Po sumie procesja wokół kościoła, kramy na placu przy ul. {street_name}.\n"
        "Kancelaria parafialna w tym tygodniu czynna tylko we wtorek.",
    ],
}
