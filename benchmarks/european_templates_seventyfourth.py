"""The seventy-fourth round of European templates, written blind: per language (de, fr, es,
it, nl, pl), 12 notes that hold a person's data and 12 that hold none, written by hand for
the accuracy harness (`eval_european.py`) without running any classifier on them.

Placeholders are those of `eval_european.Filler`. A template written all in lower case is
meant to be filled in lower case (`Filler.fill(template, lower_as_written=True)`).
"""

from __future__ import annotations

PERSONAL_SEVENTYFOURTH: dict[str, list[str]] = {
    "de": [
        "Liebe {first}!\n"
        "Rosen, Tulpen, Nelken,\n"
        "alle drei verwelken,\n"
        "nur die eine nicht,\n"
        "die heißt Vergissmeinnicht.\n"
        "Zur Erinnerung an Deine Banknachbarin aus der 3b\n"
        "{name2}\n"
        "{city}, den {date}",
        "Tipprunde „Stammtisch Krone“ – Stand nach dem 14. Spieltag\n"
        "Platz\tTipper\tPunkte\tvolle Treffer\n"
        "1\t{name}\t31\t6\n"
        "2\t{name2}\t28\t4\n"
        "3\t{name3}\t27\t5\n"
        "Einsatz für die Rückrunde (10 €) bis zur Winterpause an {name} überweisen:\n"
        "IBAN {iban}",
        "Adventskalender des Fördervereins – Gewinnausgabe Türchen 7\n"
        "Los-Nr.\tGewinn\tabgeholt von\n"
        "{num}\tGutschein Buchhandlung, 25 €\t{name}\n"
        "{num}\tFamilienkarte Zoo\t{name2}\n"
        "{num}\tFrühstückskorb vom Hofladen\t{name3}\n"
        "Nicht abgeholte Gewinne verfallen am 31. Januar.",
        "Gemeindeblatt {city} – Wir gratulieren unseren Jubilaren im Mai\n"
        "zum 80. Geburtstag: {name}, Ortsteil Oberdorf\n"
        "zum 85. Geburtstag: {name2}\n"
        "zum 90. Geburtstag: {name3}\n"
        "zur Goldenen Hochzeit: Eheleute {last}\n"
        "Wer nicht im Gemeindeblatt genannt werden möchte, meldet sich bitte im Bürgerbüro.",
        "KG Rot-Weiß {city} 1951 e. V. – Ablauf der Prunksitzung, Beginn 19:11 Uhr\n"
        "19:11 Einmarsch des Elferrats, Begrüßung durch Sitzungspräsident {name2}\n"
        "19:25 Gardetanz-Solo: {first}\n"
        "19:40 In der Bütt: {name3} als „Et Klärchen vom Amt“\n"
        "20:10 Stimmungsgesang mit den Jecken Brüdern\n"
        "21:00 Pause, danach Ordensverleihung und Finale mit allen Aktiven",
        "Pfarrbrief – aus der Filialgemeinde St. Marien\n"
        "Am Weißen Sonntag empfangen zum ersten Mal die heilige Kommunion:\n"
        "{name}, {name2} und {name3}.\n"
        "Wir gratulieren den Kindern und ihren Familien herzlich!\n"
        "Dankandacht am Nachmittag um 15 Uhr, anschließend Kaffee im Pfarrheim.",
        "[21:14] {first}: hat jemand nach dem training einen schlüssel gefunden?\n"
        "[21:16] {name2}: ja, liegt beim trainer. blauer anhänger mit vereinswappen?\n"
        "[21:16] {first}: genau der, danke!! hol ihn morgen ab",
        "Hochzeitszeitung – Steckbrief Nr. 1\n"
        "Name: {name}\n"
        "Geboren am {date} in {city}\n"
        "Spitzname in der Schule: Krümel\n"
        "Lieblingsessen: Omas Rouladen mit Rotkohl\n"
        "Was {first} nie zugeben würde: beim Einparken wird immer zweimal angesetzt\n"
        "Kennengelernt haben sich die beiden beim Volleyball in {city2}.",
        "Mi 16:30 Lesepatenschaft Stadtbücherei – mit {first} (2b) „Das Sams“ weiterlesen",
        "Meldebogen zur Kreisschau Rassegeflügel\n"
        "Aussteller/in: {name}\n"
        "Anschrift: {street}, {postcode} {city}\n"
        "Telefon: {phone}\n"
        "Verein: GZV {city2} 1921\n"
        "Tiere: 2,0 Zwerg-Wyandotten weiß · 0,2 Sussex hell\n"
        "Standgeld {amount} € überwiesen am {date}",
        "einkauf für {addr}: brot, milch und die tabletten aus der apotheke – "
        "schlüssel liegt beim nachbarn",
        "2026-05-02 07:58:13 kasse 2 · kundenkarte {num} ({name}, {email}) · "
        "340 punkte eingelöst",
    ],
    "fr": [
        "Téléthon {city} – 24 heures de natation, planning du relais\n"
        "Créneau | Nageur/nageuse | Club | Longueurs\n"
        "18h-19h | {name} | Dauphins de {city} | 86\n"
        "19h-20h | {name2} | licence loisir | 64\n"
        "20h-21h | {name3} | Dauphins de {city} | 91\n"
        "Chaque longueur rapporte 1 € à l'AFM-Téléthon grâce à nos partenaires.",
        "Fiche sanitaire de liaison – accueil de loisirs de {city}, vacances d'été\n"
        "Enfant : {first} {last}, né(e) le {date}\n"
        "Allergies : arachides (PAI et trousse d'urgence dans le sac à dos)\n"
        "Vaccinations à jour : oui (copie du carnet jointe)\n"
        "Responsable légal : {name2}, portable {phone}\n"
        "Autorisé(e) à partir seul(e) : non – récupéré(e) par {name3}",
        "Carnet rose\n"
        "Bienvenue à {first}, né(e) le {date} à la maternité de {city} (3,420 kg, 51 cm).\n"
        "Toutes nos félicitations aux heureux parents, {name2} et {name3}, "
        "ainsi qu'au grand frère !",
        "[19:02] {first} : qqn peut me remplacer samedi à la permanence de la bibli ?\n"
        "[19:05] {name2} : moi je peux le matin, pas l'aprèm\n"
        "[19:06] {first} : top merci, je te dois un café ☕",
        "Amicale des sapeurs-pompiers de {city} – tournée des calendriers, secteur 4\n"
        "Rue | Binôme | Passage prévu\n"
        "{street_name} (côté pair) | {name} et {name2} | samedi matin\n"
        "{street_name} (côté impair) | {name3} et {name2} | dimanche après-midi\n"
        "Fonds à remettre au trésorier avant le 15 décembre, reçus disponibles à la caserne.",
        "Repas des aînés – inscription (mairie de {city})\n"
        "Nom et prénom : {name}\n"
        "Date de naissance : {date}\n"
        "Adresse : {street}, {postcode} {city}\n"
        "Téléphone : {phone}\n"
        "Accompagné(e) de : {name2}\n"
        "Régime particulier : sans sel · Transport par le minibus communal : oui",
        "2026-04-18 22:41:07 visiophone bât. B : appel vers l'appartement 12 ({addr}) "
        "– porte ouverte",
        "Mar. 18h30 – ostéo pour {first}, cabinet de la place du marché, "
        "prendre le carnet de santé",
        "Résidence Les Acacias – attribution des places de parking (tirage du {date})\n"
        "Place\tRésident\tBât.\n"
        "P01\t{name}\tA\n"
        "P02\t{name2}\tC\n"
        "P03\t{name3}\tA\n"
        "Les bips du portail sont à retirer chez le gardien contre un chèque de caution.",
        "Objet : résiliation de mon abonnement – contrat n° {num}\n"
        "Madame, Monsieur,\n"
        "je vous prie de bien vouloir résilier mon abonnement à la salle {company} à compter\n"
        "du {date}, pour cause de déménagement (article 8 des conditions générales).\n"
        "Merci de cesser les prélèvements sur mon compte {iban}.\n"
        "Cordialement,\n"
        "{name}\n"
        "{street}, {postcode} {city}",
        "rendre à {first} sa perceuse et les deux rallonges avant dimanche",
        "Pension féline Les Moustaches – arrivées de la semaine\n"
        "Chat | Propriétaire | Portable | Arrivée | Départ\n"
        "Caramel | {name} | {phone} | lundi | vendredi\n"
        "Oscar | {name2} | {phone} | mercredi | dimanche\n"
        "Mimi | {name3} | {phone} | jeudi | jeudi suivant\n"
        "Oscar : croquettes rénales uniquement, comprimé le soir dans un peu de pâtée.",
    ],
    "es": [
        "Lista de bodas – {name} y {name2}\n"
        "Boda: sábado {date}, finca Los Olivos, {city}\n"
        "Si preferís hacernos un regalo en metálico, podéis hacerlo en esta cuenta:\n"
        "IBAN {iban} (titular: {name})\n"
        "¡Gracias por acompañarnos en un día tan especial!",
        "[22:10] {first}: chicas, la despedida de {name2} es el sábado 14, ¡que no se entere!\n"
        "[22:11] {name3}: yo me encargo de las camisetas, ¿talla m para todas?\n"
        "[22:13] {first}: sí, y la casa rural ya está pagada, salen 45 € por cabeza",
        "Filà Almogàvers – cargos para las fiestas de Moros y Cristianos\n"
        "Capitán: {name}\n"
        "Abanderada: {name2}\n"
        "Cabo de escuadra: {name3}\n"
        "Ensayo de la entrada el viernes a las 21:00 en el local de la filà, traje completo.",
        "Liga de petanca de la Asociación de Vecinos – parejas inscritas\n"
        "Pareja | Jugadores | Teléfono de contacto\n"
        "1 | {name} y {name2} | {phone}\n"
        "2 | {name3} y su cuñado | {phone}\n"
        "Partidas los martes y jueves a las 17:00 en las pistas del parque.\n"
        "Inscripción: 5 € por pareja, para el trofeo final.",
        "Solicitud de licencia de obra menor – Ayuntamiento de {city}\n"
        "Solicitante: {name}\n"
        "NIF/NIE: {nid}\n"
        "Domicilio y emplazamiento de la obra: {street}, {postcode} {city}\n"
        "Descripción: sustitución de la bañera por un plato de ducha y alicatado del baño\n"
        "Presupuesto: {amount} € · Empresa: {company}\n"
        "Teléfono de contacto: {phone}",
        "Vie 18:00 · clase de sevillanas, recoger antes a {addr} en la parada del bus",
        "12:04:51 préstamo · socio {num} ({name}) · «Cien años de soledad» · "
        "devolver antes del {date}",
        "Porra del Clásico – oficina de la 2.ª planta (5 € por cabeza)\n"
        "Participante | Resultado | Pagado\n"
        "{name} | 2-1 | sí\n"
        "{name2} | 1-1 | sí\n"
        "{name3} | 0-3 | no\n"
        "Si nadie acierta, el bote pasa al próximo partido.",
        "Rifa de la cesta de Navidad – AMPA del colegio, talonario n.º 3\n"
        "Número | Comprador/a | Teléfono | Pagado\n"
        "301 | {name} | {phone} | sí\n"
        "302 | {name2} | {phone} | sí\n"
        "303 | {name3} | – | pendiente\n"
        "Sorteo con las tres últimas cifras del Gordo de Navidad.",
        "llamar a {first} por lo del coche para la boda, que nos deja el suyo",
        "Gran Recogida del Banco de Alimentos – turnos en el supermercado de la plaza\n"
        "Turno | Voluntario/a | Móvil\n"
        "viernes 10:00–14:00 | {name} | {phone}\n"
        "viernes 17:00–21:00 | {name2} | {phone}\n"
        "sábado 10:00–14:00 | {name3} | {phone}\n"
        "Los petos están en la caja 1; preguntad por el encargado de tienda.",
        "Asunto: Reclamación por retraso del vuelo – localizador XK7P2Q\n"
        "Buenas tardes:\n"
        "el {date} mi vuelo con {company} llegó con más de cuatro horas de retraso, por lo\n"
        "que solicito la compensación de 400 € prevista en el Reglamento (CE) 261/2004.\n"
        "Pasajero: {name}\n"
        "Correo: {email} · Teléfono: {phone}\n"
        "Un saludo.",
    ],
    "it": [
        "Palio di {city} – assegnazione di cavalli e fantini, {date}\n"
        "Contrada | Cavallo | Fantino\n"
        "Oca | Zenobia | {name}\n"
        "Torre | Brigante | {name2}\n"
        "Lupa | Ombra Rossa | {name3}\n"
        "Prova generale alle 19:00; la corsa partirà dal canape al tramonto.",
        "Festa della Befana in oratorio – 6 gennaio, ore 15\n"
        "Bambino/a iscritto/a: {first}, anni 6\n"
        "Genitore: {name2}, cell. {phone}\n"
        "Calza: sì (contributo 5 €)\n"
        "Allergie o intolleranze: nessuna",
        "Presepe vivente di {city} – distribuzione dei ruoli\n"
        "Maria: {name}\n"
        "Giuseppe: {name2}\n"
        "Angelo dell'annuncio: {name3}\n"
        "Pastori e artigiani: i ragazzi del gruppo scout\n"
        "Prova in costume domenica {date} alle 15, davanti alla chiesa di Santa Maria Assunta.",
        "passare da {addr} a ritirare le chiavi della sala parrocchiale prima delle 19",
        "Associazione donatori di sangue – tessera del donatore n. {num}\n"
        "Donatore: {name}\n"
        "Nato/a il: {date}\n"
        "Gruppo sanguigno: 0 Rh positivo\n"
        "Donazioni effettuate: 27 · prossima idoneità tra 90 giorni\n"
        "In caso di smarrimento contattare la sezione di {city}.",
        "[22:05] {first}: Giovedì siamo in nove, manca uno per il calcetto!\n"
        "[22:07] {name2}: Chiedo a mio cugino, vi faccio sapere\n"
        "[22:30] {name2}: Confermato, viene lui. Campo 3 alle 21",
        "gio 15:00 colloquio con {addr}, sala docenti – portare la pagella del primo quadrimestre",
        "postfix/local: 08:14:22 consegnato a {name} <{email}> · 84 kB · in coda 0,3 s",
        "Oggetto: iscrizione al pellegrinaggio a Lourdes\n"
        "Buongiorno,\n"
        "vorrei iscrivere me e mia madre, {name2}, al pellegrinaggio parrocchiale di settembre.\n"
        "Mia madre si sposta in sedia a rotelle: sarebbe possibile avere un posto vicino\n"
        "alla porta del pullman?\n"
        "Vi lascio i miei recapiti: {phone}, {email}.\n"
        "Grazie e cordiali saluti,\n"
        "{name}",
        "ricordarsi: busta per le nozze d'oro dei {last}, messa sabato alle 11",
        "Tombolata di Natale in oratorio – i vincitori\n"
        "Ambo: {name2} (buono spesa da 20 €)\n"
        "Terno: {name3} (cesto di prodotti tipici)\n"
        "Quaterna e cinquina: nessun vincitore, premi rimessi in palio a Capodanno\n"
        "Tombola: {name}, che si porta a casa il prosciutto!\n"
        "Il ricavato va al restauro dell'organo.",
        "Delega alla riscossione della pensione – Ufficio postale di {city}\n"
        "Il/La sottoscritto/a {name}, nato/a il {date}, codice fiscale {nid},\n"
        "impossibilitato/a a recarsi allo sportello per motivi di salute,\n"
        "delega {name2}, residente in {street}, {postcode} {city},\n"
        "a riscuotere la pensione del mese corrente.\n"
        "Si allegano le copie dei documenti d'identità di entrambi.",
    ],
    "nl": [
        "Oud papier ophalen voor de harmonie – rooster tweede halfjaar\n"
        "Datum | Chauffeur | Lopers\n"
        "za 6 juli | {name} | {name2} en {name3}\n"
        "za 3 augustus | {name2} | twee jeugdleden\n"
        "za 7 september | {name3} | {name2} en de jeugd\n"
        "Kun je niet? Zelf ruilen en even doorgeven aan {first}.",
        "Reanimatiecursus buurt-AED – deelnemers {date}, buurthuis\n"
        "Naam | Telefoon | Wil burgerhulpverlener worden\n"
        "{name} | {phone} | ja\n"
        "{name2} | {phone} | ja\n"
        "{name3} | {phone} | nee\n"
        "Na afloop krijgt iedereen een certificaat; de AED hangt naast de ingang van de bakker.",
        "Met verdriet, maar dankbaar voor alle mooie jaren, geven wij kennis dat is overleden\n"
        "{name}\n"
        "* {date}, {city}\n"
        "{name2}\n"
        "{name3}\n"
        "Er is gelegenheid om afscheid te nemen in het uitvaartcentrum.\n"
        "Correspondentieadres: {street}, {postcode} {city}",
        "[20:31] {first}: heeft iemand onze grijze kat gezien? sinds vanmiddag weg 😢\n"
        "[20:35] {name2}: volgens mij zat er een grijze bij de schuurtjes achter nummer 12\n"
        "[20:36] {first}: ik ga meteen kijken, dank je!",
        "Sjoelcompetitie buurthuis – uitslag {date}\n"
        "Naam\tRonde 1\tRonde 2\tRonde 3\tTotaal\n"
        "{name}\t122\t118\t130\t370\n"
        "{name2}\t110\t126\t104\t340\n"
        "{name3}\t98\t101\t112\t311\n"
        "Volgende week koppelsjoelen, aanmelden bij de bar.",
        "Buurtbarbecue {street_name} – inschrijflijst\n"
        "Huisnr. | Naam | Personen | Neemt mee\n"
        "3 | {name} | 4 | pastasalade\n"
        "8 | {name2} | 2 | stokbrood en kruidenboter\n"
        "15 | {name3} | 5 | de grote partytent\n"
        "Vlees en drinken regelt de buurtvereniging, € 12,50 per volwassene.",
        "Vr 09:30 tandarts met {first} – controle beugel, daarna terug naar school",
        "2026-06-03 17:22:40 pakketkluis 14 · zending {num} opgehaald door {name}",
        "Onderwerp: aanmelding loopgroep carnavalsoptocht\n"
        "Beste organisatie,\n"
        "hierbij melden wij onze loopgroep 'De Gekke Bietjes' aan voor de optocht van zondag.\n"
        "We zijn met 14 personen en hebben geen wagen, wel een bolderkar met muziek.\n"
        "Contactpersoon: {name}, {phone}, {email}\n"
        "Alvast bedankt en alaaf!\n"
        "{first}",
        "Aanvraag ontheffing paasvuur – gemeente {city}\n"
        "Aanvrager: {name}\n"
        "Adres: {street}, {postcode} {city}\n"
        "Telefoon: {phone}\n"
        "Locatie: weiland aan de {street_name}, minstens 50 m van de bebouwing\n"
        "Stapel: max. 6 m doorsnede en 4 m hoog, alleen onbehandeld snoeihout\n"
        "Datum: eerste paasdag, aansteken om 20:00",
        "{first} bellen: de fietsen van de kinderen kunnen zaterdag opgehaald worden",
        "Sint zat te denken: wat geef ik {first} dit jaar?\n"
        "Die komt altijd te laat, dat weet iedereen maar!\n"
        "Daarom krijg je van Sint en zijn Piet\n"
        "een wekker – verslapen, dat kan nu echt niet.\n"
        "Veel liefs, Sint en Piet (en een klein beetje {name2})",
    ],
    "pl": [
        "Dożynki gminne w {city} – program\n"
        "12:00 msza święta dziękczynna w intencji rolników\n"
        "13:30 korowód dożynkowy, starostowie dożynek: {name} i {name2}\n"
        "14:00 obrzęd przekazania chleba gospodarzowi gminy\n"
        "15:00 konkurs wieńców i występ zespołu ludowego prowadzonego przez {name3}",
        "Wigilia klasowa 4b – kto co przynosi\n"
        "- barszcz i uszka: {name}\n"
        "- pierogi z kapustą i grzybami: {name2}\n"
        "- makowiec: {name3}\n"
        "- opłatek i sianko: wychowawczyni\n"
        "Składka na prezenty dla dzieci: 15 zł, zbiera skarbniczka trójki klasowej.",
        "Spływ kajakowy Krutynią – lista uczestników do ubezpieczenia NNW\n"
        "Imię i nazwisko | PESEL | Telefon\n"
        "{name} | {nid} | {phone}\n"
        "{name2} | {nid} | {phone}\n"
        "{name3} | {nid} | –\n"
        "Zbiórka w sobotę o 7:00 przy przystani, kamizelki zapewnia organizator.",
        "[09:02] {name2}: kochani, dziś imieniny {first}! składamy się na kwiaty po 10 zł?\n"
        "[09:04] {name3}: jasne, przelać blikiem?\n"
        "[09:05] {name2}: tak, na mój numer, dzięki 🌷",
        "OSP {city} – wyjazd do zdarzenia, {date}\n"
        "Rodzaj: pożar trawy przy torach, zgłoszenie o 14:22\n"
        "Dowódca: {name}\n"
        "Kierowca: {name2}\n"
        "Ratownicy: {name3} oraz dwóch strażaków z sąsiedniej jednostki\n"
        "Powrót do remizy o 15:40, zużyto 2000 l wody.",
        "sob 9:00 – odebrać {addr} z dworca, pociąg z krakowa, peron 2",
        "2026-02-14 08:03:55 sms-bramka: przypomnienie o wizycie wysłane do {name}, "
        "{phone} – dostarczono",
        "Temat: rezerwacja sali na przyjęcie weselne\n"
        "Dzień dobry,\n"
        "chcielibyśmy zarezerwować salę na wesele w dniu {date} (ok. 120 gości),\n"
        "a następnego dnia także na poprawiny.\n"
        "Proszę o przesłanie menu i cennika na adres {email}.\n"
        "Pozdrawiam serdecznie\n"
        "{name}\n"
        "tel. {phone}",
        "Boże Ciało – kto przygotowuje ołtarze na procesję\n"
        "Ołtarz I, przy szkole: rodzina {last} z sąsiadami\n"
        "Ołtarz II, ul. {street_name}: {name2}\n"
        "Ołtarz III, przy remizie: strażacy, koordynuje {name3}\n"
        "Ołtarz IV, przy kapliczce: Koło Różańcowe\n"
        "Kwiaty i brzozy do odbioru w sobotę od 16:00.",
        "oddać {addr} książkę i przepis na pierniki",
        "Gminny Konkurs Recytatorski – protokół jury\n"
        "I miejsce: {name} – „Lokomotywa” Juliana Tuwima\n"
        "II miejsce: {name2} – „Pani Twardowska” Adama Mickiewicza\n"
        "III miejsce: {name3} – „Na straganie” Jana Brzechwy\n"
        "Laureaci wystąpią na gali w domu kultury.",
        "Wniosek o Kartę Dużej Rodziny\n"
        "Wnioskodawca: {name}, PESEL {nid}\n"
        "Adres: {street}, {postcode} {city}\n"
        "Członkowie rodziny: {name2} (małżonek), {name3} (dziecko)\n"
        "oraz dwoje młodszych dzieci\n"
        "Telefon kontaktowy: {phone}\n"
        "Forma karty: tradycyjna i elektroniczna",
    ],
}

NOT_PERSONAL_SEVENTYFOURTH: dict[str, list[str]] = {
    "de": [
        "Liederheft für das Sommerfest im Kindergarten\n"
        "1. Alle meine Entchen\n"
        "2. Hänschen klein\n"
        "3. Ein Männlein steht im Walde\n"
        "4. Hänsel und Gretel verliefen sich im Wald\n"
        "5. Summ, summ, summ\n"
        "6. Grün, grün, grün sind alle meine Kleider\n"
        "Begleitung mit Gitarre und Glockenspiel, Textblätter liegen am Eingang.",
        "Krippenspiel an Heiligabend – Rollen und Texte\n"
        "Maria und Josef: Szene 1 bis 4, Text auf Seite 2\n"
        "Wirt 1 bis 3: „Wir haben kein Zimmer mehr frei!“\n"
        "Engel Gabriel: Verkündigung auf dem Feld, Szene 3\n"
        "Caspar, Melchior und Balthasar: Szene 5, mit Stern und Geschenken\n"
        "Generalprobe am 23.12. um 16 Uhr in der Kirche, Kostüme aus dem Fundus.",
        "Herbstkirmes {city} – Fahrgeschäfte auf dem Festplatz\n"
        "• Break Dance No. 1 – der Klassiker am Haupteingang\n"
        "• Olympia Looping, fünf Loopings auf 1.250 Metern Strecke\n"
        "• Wilde Maus XXL\n"
        "• Autoscooter „Cocktail“\n"
        "• Riesenrad Bellevue, 45 Meter\n"
        "• Geisterbahn „Spuk im Schloss“\n"
        "Familientag am Mittwoch: alle Fahrten zum halben Preis.",
        "Sessionskalender – Festausschuss Karneval {city}\n"
        "11.11., 11:11 Uhr: Sessionseröffnung auf dem Marktplatz\n"
        "Januar: Proklamation von Prinz, Bauer und Jungfrau in der Stadthalle\n"
        "Weiberfastnacht: Sturm aufs Rathaus um 11:11 Uhr\n"
        "Rosenmontag: Zug ab 10:00 Uhr, Aufstellung in der {street_name}\n"
        "Karnevalsdienstag: Nubbelverbrennung vor den Kneipen der Altstadt",
        "Kaffeevollautomaten – Ergebnis unserer Leserumfrage\n"
        "Marke\tModell\tZufriedenheit\tPreis ab\n"
        "Melitta\tCaffeo Barista\t1,8\t699 €\n"
        "Jura\tE8\t1,6\t1.099 €\n"
        "De'Longhi\tMagnifica Evo\t2,1\t449 €\n"
        "Siemens\tEQ.6\t2,0\t799 €\n"
        "Krups\tEvidence\t2,4\t549 €",
        "playlist für die weihnachtsfeier\n"
        "- last christmas – wham!\n"
        "- driving home for christmas – chris rea\n"
        "- feliz navidad – josé feliciano\n"
        "- rockin' around the christmas tree – brenda lee\n"
        "- zum schluss alle zusammen: stille nacht",
        "Personenschifffahrt – Abfahrten ab Koblenz, Sommerfahrplan\n"
        "Abfahrt | Schiff | Ziel | Ankunft\n"
        "09:00 | MS Stolzenfels | Boppard | 10:45\n"
        "10:15 | Raddampfer Goethe | Rüdesheim | 15:30\n"
        "14:00 | MS Vater Rhein | Braubach | 15:05\n"
        "Fahrräder gegen Aufpreis, Hunde fahren kostenlos mit.",
        "TLS-Zertifikate – Ablaufbericht vom {date}\n"
        "Host | Aussteller | Gültig bis | Status\n"
        "{host} | Let's Encrypt | in 12 Tagen | Erneuerung geplant\n"
        "{host} | interne CA | in 240 Tagen | ok\n"
        "{ip} | selbstsigniert | abgelaufen | bitte prüfen\n"
        "Bericht automatisch erzeugt, Rückfragen an das Ticketsystem von {company}.",
        "Aus dem Stadtrat {city}: Straßen werden umbenannt\n"
        "Der Rat hat am {date} beschlossen, die Hindenburgstraße in Rosa-Parks-Straße\n"
        "umzubenennen. Der Carl-Diem-Weg am Sportpark heißt künftig Jesse-Owens-Weg.\n"
        "Anlieger müssen ihre Ausweise nicht sofort ändern lassen; die alten\n"
        "Straßenschilder bleiben ein Jahr lang durchgestrichen hängen.",
        "Heute 19:30 im Gemeindesaal: Lichtbildervortrag „Auf den Spuren der Brüder Grimm "
        "durch Hessen“",
        "grillabend der abteilung – wer bringt was\n"
        "- salate: marketing\n"
        "- würstchen und grillkäse: it\n"
        "- getränke: buchhaltung\n"
        "- nachtisch: empfang\n"
        "- grill und kohle: haustechnik\n"
        "start 17 uhr auf der dachterrasse, bei regen in der kantine",
        "Briefmarkenbörse {city} – Angebotsliste Tisch 7\n"
        "Los | Motiv | Serie | Erhaltung | Ausruf\n"
        "101 | Albert Schweitzer | Einzelmarke | postfrisch | 1,50 €\n"
        "102 | Annette von Droste-Hülshoff | Frauen der deutschen Geschichte "
        "| gestempelt | 0,80 €\n"
        "103 | Otto Lilienthal | Luftfahrt | postfrisch | 1,20 €\n"
        "104 | Kölner Dom | Sehenswürdigkeiten | gestempelt | 0,50 €\n"
        "Zuschlag an das Höchstgebot, Lose bitte bis 15 Uhr abholen.",
    ],
    "fr": [
        "Quinté+ du jour – Prix de {city}, 2 100 m, trot attelé\n"
        "N°\tCheval\tÂge\tCote\n"
        "1\tIdéal du Rocher\t8\t12/1\n"
        "2\tGaspard d'Anjou\t7\t5/1\n"
        "3\tJoséphine Tivoli\t6\t18/1\n"
        "4\tHéros de Beaulieu\t9\t9/1\n"
        "5\tJules de Vandel\t6\t4/1\n"
        "Départ à 15h15. Pronostic de la rédaction : 5 - 2 - 4 - 1 - 3",
        "Journées des phares – visites dans le Finistère\n"
        "Phare | Commune | Marches | Horaires\n"
        "Phare d'Eckmühl | Penmarc'h | 307 | 10h-18h\n"
        "Phare de Saint-Mathieu | Plougonvelin | 163 | 10h-19h\n"
        "Phare de l'Île Vierge | Plouguerneau | 365 | sur réservation\n"
        "Dernière montée 30 minutes avant la fermeture, déconseillé aux moins de 6 ans.",
        "Répertoire de la chorale des maternelles – fête de fin d'année\n"
        "1. Frère Jacques (en canon)\n"
        "2. Au clair de la lune\n"
        "3. Cadet Rousselle\n"
        "4. Le bon roi Dagobert\n"
        "5. Il était une bergère\n"
        "6. Meunier, tu dors\n"
        "Répétition générale vendredi dans la cour, les parents sont les bienvenus.",
        "courses pour la kermesse de l'école\n"
        "- 6 pots de confiture bonne maman pour les crêpes\n"
        "- 4 plaquettes de beurre président\n"
        "- 3 paquets de petit beurre lu\n"
        "- 2 bouteilles de sirop teisseire, grenadine et menthe\n"
        "- gobelets réutilisables : demander à la mairie",
        "Cueillette de {city} – fraises disponibles cette semaine\n"
        "• Gariguette, précoce et parfumée\n"
        "• Charlotte, à la saveur de fraise des bois\n"
        "• Cléry, bien sucrée\n"
        "• Mara des Bois, remontante\n"
        "Paniers fournis, 6,50 € le kilo, ouvert tous les jours de 9h à 19h.",
        "Supervision – état des sondes au {date}\n"
        "Sonde | Hôte | État | Depuis\n"
        "HTTP | {host} | OK | 14 j\n"
        "Ping | {ip} | CRITIQUE | 6 min\n"
        "Disque /var | {host} | ALERTE (91 %) | 2 h\n"
        "Astreinte prévenue par SMS, ticket ouvert chez {company}.",
        "Ce soir à la médiathèque : lecture des Fables de La Fontaine par la troupe "
        "du Petit Théâtre, 19h",
        "Journées européennes du patrimoine – ouvertures exceptionnelles à {city}\n"
        "- Hôtel de ville : salon d'honneur et salle du conseil\n"
        "- Église Saint-Pierre : montée au clocher toutes les heures\n"
        "- Lycée Pasteur : cabinet de physique du XIXe siècle\n"
        "- Théâtre Molière : visite des coulisses et de la machinerie\n"
        "Entrée libre, certaines visites sur inscription à l'office de tourisme.",
        "Immatriculations du mois – voitures particulières neuves\n"
        "Marque | Immatriculations | Évolution sur un an\n"
        "Renault | 24 310 | +3,2 %\n"
        "Peugeot | 22 874 | -1,8 %\n"
        "Citroën | 10 512 | +0,6 %\n"
        "Dacia | 9 937 | +7,4 %\n"
        "Toyota | 8 045 | +2,1 %",
        "programme de la veillée au centre de vacances\n"
        "- 20h : contes de perrault, le petit poucet et barbe bleue\n"
        "- 20h45 : chasse au trésor avec lampes de poche\n"
        "- 21h30 : chocolat chaud, brossage des dents et au lit !",
        "Top des ventes jouets – rayon 0-6 ans, décembre\n"
        "Rang | Article | Marque | Prix\n"
        "1 | Sophie la girafe | Vulli | 19,90 €\n"
        "2 | Caserne de pompiers | Playmobil | 69,99 €\n"
        "3 | Barbie et Ken au camping | Mattel | 34,90 €\n"
        "4 | Coffret Petit Ours Brun | Bayard | 24,90 €\n"
        "5 | Duplo, le train à vapeur | Lego | 49,99 €",
        "Objet : commande n° {num} – relance\n"
        "Bonjour,\n"
        "nous n'avons toujours pas reçu notre commande de {product} du {date}.\n"
        "Pouvez-vous nous communiquer une nouvelle date de livraison ?\n"
        "Cordialement,\n"
        "Le service achats – {company}",
    ],
    "es": [
        "Cancionero para el autobús de la excursión\n"
        "1. Mambrú se fue a la guerra\n"
        "2. Hola, don Pepito\n"
        "3. Susanita tiene un ratón\n"
        "4. Tengo una muñeca vestida de azul\n"
        "5. El patio de mi casa\n"
        "6. Un elefante se balanceaba\n"
        "Las letras van en la última página de la circular.",
        "Cooperativa citrícola {company} – calendario de variedades\n"
        "Variedad\tTipo\tCampaña\n"
        "Clementina de Nules\tmandarina\tnoviembre – enero\n"
        "Navelina\tnaranja de ombligo\tnoviembre – enero\n"
        "Salustiana\tnaranja de zumo\tenero – marzo\n"
        "Lane Late\tnaranja de ombligo\tfebrero – abril\n"
        "Valencia Late\tnaranja de zumo\tabril – junio",
        "lista de la compra para la paella del domingo\n"
        "- arroz la fallera, 2 kg\n"
        "- azafrán y pimentón de la vera\n"
        "- 2 limones y un manojo de romero\n"
        "- zumo don simón para los niños\n"
        "- 6 botellas de la casera",
        "Copias de seguridad – informe de la noche del {date}\n"
        "Servidor | Tarea | Duración | Resultado\n"
        "{host} | copia completa | 2 h 41 min | correcta\n"
        "{host} | volcado de base de datos | 12 min | aviso: 1 fichero omitido\n"
        "{ip} | réplica al NAS | – | error, destino inaccesible",
        "Paseo de las fuentes – ruta a pie de una hora por el centro\n"
        "• Fuente de Cibeles, frente al Palacio de Comunicaciones\n"
        "• Fuente de Apolo, en el paseo del Prado\n"
        "• Fuente de Neptuno, entre el Museo del Prado y el hotel Palace\n"
        "• Fuentes de la Alcachofa y del Ángel Caído, ya dentro del Retiro\n"
        "Salida a las 11:00 desde la Puerta de Alcalá, gratuita y sin reserva.",
        "pedido para la tienda del pueblo\n"
        "- 3 cajas de galletas maría\n"
        "- 2 cajas de chocolate valor a la taza\n"
        "- magdalenas la bella easo, 12 paquetes\n"
        "- 10 kg de garbanzos y 10 de lentejas\n"
        "- mirar si quedan pilas, que se acabaron las pequeñas",
        "Hoy la Biblioteca Pública María Moliner cierra a las 14:00 por inventario",
        "Cata a ciegas de atún en aceite de oliva – resultados del panel\n"
        "Marca\tPrecio/100 g\tNota\n"
        "Ortiz\t3,95 €\t8,6\n"
        "Isabel\t1,80 €\t7,1\n"
        "Calvo\t1,65 €\t6,9\n"
        "Albo\t2,40 €\t7,8\n"
        "Marca blanca\t0,99 €\t6,2",
        "Inventario – almacén central, {date}\n"
        "Ref.\tProducto\tStock\tUbicación\n"
        "{num}\t{product}\t148\tA-03\n"
        "{num}\t{product}\t12\tB-11 (reponer)\n"
        "{num}\t{product}\t0\tpedido a {company}",
        "Semana Santa {city} – horario de pasos, Jueves Santo\n"
        "20:00 Salida de Nuestro Padre Jesús Nazareno desde la parroquia de San Pedro\n"
        "21:30 Santísimo Cristo de la Buena Muerte, entrada en carrera oficial\n"
        "23:00 Nuestra Señora de los Dolores, recogida en Santa María\n"
        "Se ruega no cruzar entre los nazarenos ni usar el flash.",
        "Asunto: Pedido {num} – cambio de fecha de entrega\n"
        "Buenos días:\n"
        "les informamos de que su pedido de {product} saldrá de nuestro almacén de {city}\n"
        "el {date}, dos días más tarde de lo previsto.\n"
        "Disculpen las molestias.\n"
        "Departamento de logística – {company}",
        "Rebajas en el centro comercial: hasta un 40 % en Massimo Dutti, Pedro del Hierro "
        "y Mango",
    ],
    "it": [
        "Pasticceria {company} – i dolci dei santi, su prenotazione\n"
        "5 febbraio: minne di Sant'Agata\n"
        "19 marzo: zeppole di San Giuseppe\n"
        "2 novembre: fave dei morti e ossa dei morti\n"
        "11 novembre: dolce di San Martino con il cavaliere di pastafrolla\n"
        "13 dicembre: occhi di Santa Lucia",
        "Metro M1 – chiusura serale per lavori dal {date}\n"
        "Dopo le 21 la tratta Cadorna – Cairoli – Cordusio – Duomo è servita da bus sostitutivi.\n"
        "Per il centro si consiglia la M3 da Missori o da Montenapoleone.\n"
        "Regolari le fermate Buonarroti, Amendola, Pagano e, sul ramo nord, Pasteur.",
        "manutenzione programmata: il sito {host} non sarà raggiungibile domenica "
        "dalle 2 alle 4",
        "firewall – estratto del registro, {date}\n"
        "02:14:07 DROP tcp {ip}:51234 -> 10.0.0.5:22 regola 14 (ssh dall'esterno)\n"
        "02:14:09 DROP tcp {ip}:51240 -> 10.0.0.5:22 regola 14 (ssh dall'esterno)\n"
        "02:15:00 ALLOW udp 10.0.0.2:123 -> pool.ntp.org:123 regola 3\n"
        "02:20:31 blocco automatico per 24 h dopo 20 tentativi falliti",
        "La smorfia napoletana – i numeri più giocati al lotto questa settimana\n"
        "1 – l'Italia\n"
        "33 – gli anni di Cristo\n"
        "47 – il morto che parla\n"
        "77 – le gambe delle donne\n"
        "90 – la paura\n"
        "Estrazioni il martedì, il giovedì e il sabato alle 20.",
        "Stasera in piazza Dante: proiezione di «Nuovo Cinema Paradiso» di Tornatore, "
        "ingresso libero",
        "Fiere e feste della tradizione – calendario d'inverno\n"
        "17 gennaio: Sant'Antonio Abate, benedizione degli animali sul sagrato\n"
        "30–31 gennaio: Fiera di Sant'Orso ad Aosta, artigianato in legno\n"
        "fine ottobre – 2 novembre: Fiera dei Morti a Perugia\n"
        "da metà novembre: Fiera di Santa Lucia a Bologna, sotto il portico dei Servi",
        "Galleria Borghese – percorso consigliato (2 ore)\n"
        "Sala I: Paolina Borghese come Venere vincitrice, di Antonio Canova\n"
        "Sala III: Apollo e Dafne, di Gian Lorenzo Bernini\n"
        "Sala IV: il Ratto di Proserpina, sempre del Bernini\n"
        "Sala VIII: il Bacchino malato e il Ragazzo con canestro di frutta, del Caravaggio\n"
        "Prenotazione obbligatoria, ingressi ogni due ore.",
        "Riviera – stabilimenti aderenti a «Spiaggia per tutti»\n"
        "• Bagno Nettuno, n. 12\n"
        "• Bagno Marconi, n. 18\n"
        "• Bagno Flora, n. 23\n"
        "• Bagno Sirena, n. 31\n"
        "• Bagno Pippo, n. 40\n"
        "Passerelle fino alla battigia e sedia da mare gratuita su prenotazione.",
        "Oggetto: ritardo nella consegna dell'ordine n. {num}\n"
        "Gentili signori,\n"
        "vi informiamo che la consegna di {product} prevista per il {date} slitterà di una\n"
        "settimana a causa di un guasto sulla linea di confezionamento.\n"
        "Ci scusiamo per il disagio.\n"
        "Ufficio logistica – {company}",
        "Ville del Palladio – itinerario in auto in una giornata\n"
        "• Villa Almerico Capra, detta La Rotonda – Vicenza\n"
        "• Villa Barbaro, con gli affreschi del Veronese – Maser\n"
        "• Villa Emo – Fanzolo di Vedelago\n"
        "• Villa Foscari, detta La Malcontenta – Mira, sul Brenta\n"
        "Biglietto cumulativo in vendita alla prima villa; il lunedì molte sono chiuse.",
        "ordine per i cesti di natale dei dipendenti\n"
        "- panettone motta, 40 pezzi\n"
        "- pandoro bauli, 40 pezzi\n"
        "- torrone sperlari, 2 cartoni\n"
        "- spumante ferrari brut, 40 bottiglie\n"
        "- cotechino e lenticchie per chi li vuole",
    ],
    "nl": [
        "Bloemencorso {city} – de praalwagens van dit jaar\n"
        "1. 'Napoleon aan de Berezina' – buurtschap Noord\n"
        "2. 'De Vliegende Hollander' – jeugdcorso\n"
        "3. 'Sint-Joris en de draak' – buurtschap Kerkdijk\n"
        "4. 'Koning Winter' – buurtschap Zuidhoek\n"
        "5. 'Pipo de Clown' – buurtschap De Linde\n"
        "Ruim een miljoen dahlia's; de optocht start om 13:30.",
        "Orkaanseizoen Caribisch Nederland – namenlijst Atlantische Oceaan\n"
        "Arthur, Bertha, Cristobal, Dolly, Edouard, Fay, Gonzalo, Hanna, Isaias, Josephine\n"
        "Volg bij een tropische storm de berichten van de meteorologische dienst.\n"
        "Bonaire, Sint Eustatius en Saba: zorg voor water en batterijen voor drie dagen.",
        "Marinedagen Den Helder – schepen open voor publiek\n"
        "• Zr.Ms. Karel Doorman – bevoorradingsschip, het grootste schip van de marine\n"
        "• Zr.Ms. De Ruyter – luchtverdedigings- en commandofregat\n"
        "• Zr.Ms. Tromp – fregat\n"
        "• Zr.Ms. Johan de Witt – amfibisch transportschip\n"
        "• Zr.Ms. Holland – patrouilleschip\n"
        "Parkeren bij Fort Kijkduin, vandaar rijden pendelbussen naar de haven.",
        "schoolreisje groep 8 naar de efteling – planning per groepje\n"
        "10:00 joris en de draak\n"
        "11:00 baron 1898\n"
        "12:00 lunch bij het sprookjesbos, langs roodkapje en repelsteeltje\n"
        "13:30 max & moritz\n"
        "15:00 verzamelen bij de ingang, de bus vertrekt om 15:30",
        "liedjes voor sint-maarten (11 november)\n"
        "sint maarten, sint maarten,\n"
        "de koeien hebben staarten,\n"
        "de meisjes hebben rokjes aan,\n"
        "daar komt sint maarten aan!\n"
        "de lampionnen mogen vanaf maandag mee naar school.",
        "Back-uprapport nacht van {date}\n"
        "Server | Taak | Duur | Resultaat\n"
        "{host} | volledige back-up | 2:41 | geslaagd\n"
        "{host} | database-dump | 0:12 | waarschuwing: 1 bestand overgeslagen\n"
        "{ip} | NAS-replicatie | – | mislukt, doel niet bereikbaar",
        "Bakkerij {company} – koekjes van de week\n"
        "Jan Hagel · 250 g · € 3,25\n"
        "Arnhemse meisjes · 200 g · € 3,50\n"
        "Bokkenpootjes · 6 stuks · € 4,10\n"
        "Kletskoppen · 150 g · € 2,95\n"
        "Spritsen · 300 g · € 3,40",
        "Kerstbomenverkoop {company} – prijslijst\n"
        "Soort | 125–150 cm | 150–175 cm | 175–200 cm\n"
        "Nordmann | € 34,95 | € 44,95 | € 54,95\n"
        "Fraseri | € 39,95 | € 49,95 | € 59,95\n"
        "Omorika | € 24,95 | € 29,95 | € 39,95\n"
        "Blauwspar | € 22,95 | € 27,95 | € 34,95\n"
        "Gratis net, thuisbezorging vanaf twee bomen.",
        "Vanavond in het Concertgebouw: Mahlers Vijfde, aanvang 20:15 – nog enkele losse kaarten",
        "Onderwerp: levering {product} – gewijzigd tijdvak\n"
        "Beste klant,\n"
        "door drukte op de weg komt uw bestelling {num} op {date} tussen 14:00 en 18:00\n"
        "in plaats van in de ochtend.\n"
        "Met vriendelijke groet,\n"
        "klantenservice {company}",
        "Koningsdag in {city}\n"
        "09:30 aubade op het Raadhuisplein, met het Wilhelmus door de harmonie\n"
        "10:00 oranjemarkt in het centrum\n"
        "13:00 spelletjesmiddag voor de kinderen: zaklopen en koekhappen\n"
        "17:00 oranjeconcert op het plein",
        "Zeehondencentrum – nieuwe opvang deze week\n"
        "Naam | Soort | Gevonden op | Gewicht\n"
        "Willem | gewone zeehond | Terschelling | 9,4 kg\n"
        "Sientje | grijze zeehond | Ameland | 14,1 kg\n"
        "Kees | gewone zeehond | strand bij Den Helder | 8,7 kg\n"
        "De verzorgers geven elke pup een naam; vrijlating volgt zodra ze op gewicht zijn.",
    ],
    "pl": [
        "Quiz na Dzień Nauki Polskiej – polscy nobliści\n"
        "1. Autor „Quo vadis”, nagroda w 1905 r. (Henryk Sienkiewicz)\n"
        "2. Autor „Chłopów”, laureat z 1924 r. (Władysław Reymont)\n"
        "3. Poeta, autor „Zniewolonego umysłu”, nagroda w 1980 r. (Czesław Miłosz)\n"
        "4. Poetka, laureatka z 1996 r. (Wisława Szymborska)\n"
        "5. Autorka „Ksiąg Jakubowych”, nagroda za rok 2018 (Olga Tokarczuk)",
        "prognoza dla żeglarzy na weekend – wielkie jeziora mazurskie\n"
        "sobota: wiatr zachodni 3–4, w porywach 5, na śniardwach fala do 1 m\n"
        "niedziela: po południu burze, lepiej zostać w porcie w mikołajkach albo w giżycku\n"
        "zachód słońca 20:52, woda ma 19 stopni",
        "Szlak Orlich Gniazd – rowerem w dwa dni\n"
        "Dzień 1: Ogrodzieniec – Mirów – Bobolice – Olsztyn\n"
        "Dzień 2: Olsztyn – Złoty Potok – Ojców – Pieskowa Skała\n"
        "Zamki w Bobolicach i Mirowie według tradycji kazał wznieść Kazimierz Wielki.\n"
        "Nocleg w Olsztynie, przewodnik po szlaku w informacji turystycznej.",
        "przerwa techniczna: serwer {host} będzie niedostępny w nocy z soboty na niedzielę, "
        "1:00–3:00",
        "Szczepienia przeciw grypie – punkty w {city}\n"
        "- Szpital Wojewódzki im. Mikołaja Kopernika, pawilon B, pon.–pt. 8–14\n"
        "- Przychodnia przy ul. {street_name}, wt. i czw. 15–19\n"
        "- Centrum Medyczne im. Jana Pawła II, sob. 9–13\n"
        "Szczepionka bezpłatna dla osób powyżej 65. roku życia.",
        "Dziś w radiu wieczór z piosenkami Agnieszki Osieckiej, od 21:00 do północy",
        "Lektury obowiązkowe – klasa 7\n"
        "• „Zemsta” – Aleksander Fredro\n"
        "• „Dziady” cz. II – Adam Mickiewicz\n"
        "• „Kamizelka” – Bolesław Prus\n"
        "• „Latarnik” – Henryk Sienkiewicz\n"
        "• „Opowieść wigilijna” – Charles Dickens\n"
        "• „Mały Książę” – Antoine de Saint-Exupéry",
        "Monitoring – stan usług, {date}\n"
        "Host\tUsługa\tStatus\tCzas odpowiedzi\n"
        "{host}\tnginx\tOK\t42 ms\n"
        "{host}\tpostgresql\tOSTRZEŻENIE\t830 ms\n"
        "{ip}\tsnmp\tBRAK DANYCH\t–",
        "Spływ Dunajcem – informacje dla grup\n"
        "Start: przystań w Sromowcach Wyżnych-Kątach, meta w Szczawnicy, ok. 2,5 godziny\n"
        "Po drodze widok na Trzy Korony i Sokolicę oraz zamki w Niedzicy i Czorsztynie.\n"
        "Flisacy w strojach góralskich opowiadają legendy, m.in. o Janosiku.\n"
        "Powrót busem na parking, bilety w kasie przystani.",
        "Temat: zamówienie nr {num} – potwierdzenie\n"
        "Dzień dobry,\n"
        "potwierdzamy przyjęcie zamówienia na {product}. Wysyłka z magazynu w {city}\n"
        "nastąpi {date}, faktura zostanie przesłana w formie elektronicznej.\n"
        "Z poważaniem\n"
        "Dział Obsługi Klienta – {company}",
        "Kalendarz mityngów lekkoatletycznych w tym sezonie\n"
        "• Memoriał Janusza Kusocińskiego\n"
        "• Memoriał Kamili Skolimowskiej\n"
        "• Memoriał Ireny Szewińskiej w Bydgoszczy\n"
        "Bilety na trybuny od 20 zł, dzieci do lat 7 wchodzą bezpłatnie.",
        "Plantacja {company} – sadzonki truskawek, sprzedaż od sierpnia\n"
        "Odmiana | Owocowanie | Zastosowanie | Cena za 10 szt.\n"
        "Honeoye | wczesna | deser | 12 zł\n"
        "Senga Sengana | średnio późna | przetwory, dżemy | 10 zł\n"
        "Polka | średnio wczesna | deser i mrożenie | 11 zł\n"
        "Elsanta | średnia | deser | 12 zł\n"
        "Kent | wczesna | deser | 11 zł",
    ],
}
