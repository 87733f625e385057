"""Seventeenth round of held-out European test texts for the accuracy harness (`eval_european.py`).

Per language (de, fr, es, it, nl, pl), 12 notes that name a person or hold a person's
contact or identifier, and 12 that hold none. They were written by hand, blind: independently
of the classifier, and no classifier was run on them while they were written; neither the
classifier nor its lists were tuned on them, and nobody has looked at how the classifier
reads them. They are the seventeenth round and are held out: use them for measurement only,
after the first round (`PERSONAL`, `NOT_PERSONAL`), the second (`PERSONAL_NEW`,
`NOT_PERSONAL_NEW`), the third (`european_templates_third.py`), the fourth
(`european_templates_fourth.py`), the fifth (`european_templates_fifth.py`), the sixth
(`european_templates_sixth.py`), the seventh (`european_templates_seventh.py`), the eighth
(`european_templates_eighth.py`), the ninth (`european_templates_ninth.py`), the tenth
(`european_templates_tenth.py`), the eleventh (`european_templates_eleventh.py`), the
twelfth (`european_templates_twelfth.py`), the thirteenth
(`european_templates_thirteenth.py`), the fourteenth (`european_templates_fourteenth.py`),
the fifteenth (`european_templates_fifteenth.py`) and the sixteenth
(`european_templates_sixteenth.py`).

Their genres are in none of the earlier rounds (all sixteen rounds' templates were read to
make sure) and differ from one another, as do their shapes. Like the sixth to sixteenth
rounds' they are deliberately not summarised here, so that whoever tunes the classifier does
not learn what the texts are about. Do not read them while tuning. The texts without
personal data are meant to be hard: they hold what looks like a person's data and is not.
The label of each text follows what it truly holds: a famous or historical person's name,
alone or inside the name of a place, an institution, a brand, a work or a thing, is no
personal data about a data subject, and neither are an animal's name, a firm's or an
office's own contact details, nor a role named without its holder; a customer's, a
member's, a patient's or a private person's name, contact or identifier is.

Placeholders are those of `eval_european.Filler`. A template written all in lower case is
meant to be filled in lower case (`Filler.fill(template, lower_as_written=True)`).
"""

from __future__ import annotations

PERSONAL_SEVENTEENTH: dict[str, list[str]] = {
    "de": [
        "Blutspendedienst – Ihr nächster Spendetermin\n"
        "Liebe/r {first} {last},\n"
        "wir freuen uns auf Sie am {date} um 16:40 Uhr im Gemeindezentrum {city}.\n"
        "Spendernummer: {num} · Blutgruppe laut Spenderausweis: A Rh positiv\n"
        "Ihre letzte Vollblutspende liegt 71 Tage zurück – Sie dürfen wieder spenden.\n"
        "Bitte bringen Sie einen amtlichen Lichtbildausweis mit und trinken Sie vorher "
        "reichlich.\n"
        "Diese Erinnerung wurde an {phone} gesendet. Abmelden: STOP antworten.",
        "Städtische Musikschule {city} – Anmeldung Instrumentalunterricht\n"
        "Schüler/in: {first} {last}, geb. {date}\n"
        "Instrument: Violoncello (Leihinstrument 3/4 gewünscht), Einzelunterricht 30 Minuten\n"
        "Vorkenntnisse: ein Jahr Musikalische Früherziehung\n"
        "Erziehungsberechtigte/r: {name2}, {street}, {postcode} {city}\n"
        "Telefon tagsüber: {phone}\n"
        "Entgelt laut Gebührensatzung, Einzug vom Konto {iban}\n"
        "Geschwisterermäßigung beantragt: ja (Bruder im Blockflötenensemble)",
        "Auftrag zur Rufnummernmitnahme (Portierung)\n"
        "Anschlussinhaber/in: {first} {last}\n"
        "Geburtsdatum: {date}\n"
        "Anschrift: {street}, {postcode} {city}\n"
        "Zu portierende Rufnummer: {phone}\n"
        "Abgebender Anbieter: {company} – Kundennummer dort: {num}\n"
        "Gewünschter Termin: zum Ende der Mindestlaufzeit\n"
        "Ich beauftrage den abgebenden Anbieter, die Rufnummer freizugeben, und kündige dort "
        "den Vertrag für diese Rufnummer.",
        "Friedhofsverwaltung {city}\n\n"
        "{name}\n{street}\n{postcode} {city}\n\n"
        "Ablauf des Nutzungsrechts – Wahlgrabstätte Feld 12, Reihe 4, Nr. 7\n\n"
        "Guten Tag {addr},\n"
        "das Nutzungsrecht an der oben genannten Grabstätte, das auf Sie eingetragen ist, "
        "endet am {date}. Eine Verlängerung um fünf Jahre kostet nach der "
        "Friedhofsgebührensatzung {amount} €. Bitte teilen Sie uns bis zum Quartalsende mit, "
        "ob Sie verlängern oder die Grabstätte abräumen lassen möchten.",
        "Frühschwimmerabzeichen „Seepferdchen“\n"
        "{first} {last} hat am {date} im Hallenbad {city} gezeigt:\n"
        "✓ Sprung vom Beckenrand und 25 m Schwimmen\n"
        "✓ Heraufholen eines Gegenstandes aus schultertiefem Wasser\n"
        "✓ Kenntnis der Baderegeln\n"
        "Herzlichen Glückwunsch! Stempel und Unterschrift der Schwimmmeisterei",
        "hallo liebe tanzschule, wir möchten uns für den welttanz-grundkurs ab {date} "
        "(donnerstags 20:15) anmelden: {name} und {name2}, beide absolute anfänger 🙈 "
        "rückfragen gern an {phone}. lg",
        "Ambulanter Pflegedienst Lindenhof – Leistungsnachweis vom {date}\n"
        "Klient/in: {last}, {first} · Pflegegrad 3 · Versichertennr. {num}\n"
        "07:10 Grundpflege, Kompressionsstrümpfe angelegt\n"
        "07:25 Insulin 12 IE s.c. Bauch links, BZ 168 mg/dl\n"
        "12:40 Mittagsmedikation gegeben, Trinkmenge bisher 600 ml – erinnert\n"
        "18:30 Wundversorgung Unterschenkel rechts, Wundrand gerötet, Hausärztin informiert\n"
        "Handzeichen: SK / MB / SK",
        "Klavierstimmen am {date}, 10 Uhr: {addr}, {street}, 3. OG links (kein Aufzug). "
        "Grotrian-Steinweg-Klavier, Baujahr 1968, zuletzt vor vier Jahren gestimmt, Taste fis'' "
        "hängt. Bitte 30 Minuten vorher anrufen: {phone}.",
        "Buchungsbestätigung – Escape Room „Das Vermächtnis des Alchemisten“\n"
        "Buchungsnummer: ER-{num}\n"
        "Gebucht von: {name} ({email})\n"
        "Termin: {date}, 19:30 Uhr · 5 Spieler · Raum 2\n"
        "Gesamtpreis: {amount} €, bezahlt per PayPal\n"
        "Bitte seid 15 Minuten vorher da – wer zu spät kommt, verkürzt die eigene Spielzeit.",
        "Studierendenwerk {city} – Mietangebot Wohnheimplatz\n"
        "Wohnanlage {street_name} 22, Einzelapartment 4.13, 19 m², möbliert\n"
        "Für: {first} {last}, Matrikelnummer {num}\n"
        "Mietbeginn: {date} · Pauschalmiete 318 € inkl. Internet und Nebenkosten\n"
        "Bitte nehmen Sie das Angebot innerhalb von sieben Tagen im Portal an, sonst vergeben "
        "wir den Platz an die nächste Person auf der Warteliste.\n"
        "Fragen: wohnen@studierendenwerk-beispiel.de",
        "Beitrittserklärung – Bürgerenergie {city} eG\n"
        "Ich, {name}, geboren am {date}, wohnhaft {street}, {postcode} {city}, erkläre meinen "
        "Beitritt zur Genossenschaft und zeichne 3 Geschäftsanteile zu je 250 €.\n"
        "Einladungen zur Generalversammlung bitte an: {email}\n"
        "Die Einzahlung soll per Lastschrift erfolgen von IBAN {iban}.\n"
        "Ort, Datum, Unterschrift",
        "kostümverleih maskerade – leihschein {num}\n"
        "1 x ritterrüstung (kunststoff) gr. l\n"
        "1 x burgfräulein-kleid gr. 38 mit haube\n"
        "ausgeliehen an: {name}, tel. {phone}\n"
        "kaution 80 € bar erhalten, personalausweis eingesehen\n"
        "rückgabe spätestens aschermittwoch 12 uhr, ungewaschen ist ok",
    ],
    "fr": [
        "Conservatoire à rayonnement communal de {city} – Dossier d'inscription\n"
        "Élève : {last} {first}, né(e) le {date}\n"
        "Discipline : piano, 1er cycle (2e année) + formation musicale\n"
        "Responsable légal : {name2}\n"
        "Adresse : {street}, {postcode} {city}\n"
        "Téléphone : {phone} · Courriel : {email}\n"
        "Quotient familial : tranche C – droits d'inscription annuels {amount} €\n"
        "Autorisation de photographier l'élève lors des auditions : oui ☐ non ☒",
        "Demande de portabilité du numéro mobile\n"
        "Titulaire de la ligne : {first} {last}\n"
        "Numéro à conserver : {phone}\n"
        "Code RIO communiqué par l'opérateur actuel (appel au 3179) : 02 P {num} 4K8\n"
        "Date de naissance : {date}\n"
        "La résiliation de votre ancien contrat sera effective au jour du portage, sans "
        "démarche de votre part.",
        "Mairie de {city} – Service des cimetières\n"
        "Objet : renouvellement de concession – cimetière de l'Est, carré 9, allée 3, n° 41\n\n"
        "{addr},\n"
        "la concession trentenaire acquise par votre famille, dont vous êtes l'ayant droit "
        "déclaré, arrive à échéance le {date}. Son renouvellement pour quinze ans s'élève à "
        "{amount} €. Sans réponse de votre part dans un délai de deux ans, la commune pourra "
        "reprendre l'emplacement.\n"
        "Courrier adressé à : {name}, {street}, {postcode} {city}",
        "coucou ! c'est {first}, on voudrait s'inscrire en couple au cours de rock débutant du "
        "mardi à partir du {date}, moi et {name2}. vous pouvez me rappeler au {phone} ? merci 💃",
        "Cabinet infirmier du Vieux Port – Fiche de passage à domicile\n"
        "Patient(e) : {name}, {street}, {city} – digicode 4712B, 2e étage\n"
        "N° de sécurité sociale : {nid}\n"
        "{date} 8 h 05 : injection d'anticoagulant, glycémie capillaire 1,42 g/l\n"
        "{date} 19 h 30 : pansement ulcère jambe droite, exsudat modéré\n"
        "Médecin traitant prévenu par téléphone, à revoir jeudi.",
        "accordeur – tournée du {date}\n"
        "9 h : {addr}, {street}, piano droit pleyel des années 30, la 440, deux cordes cassées "
        "dans les graves, prévoir ½ journée\n"
        "11 h 30 : école de musique, à confirmer\n"
        "rappeler la cliente la veille au {phone}",
        "Crous de {city} – Avis d'attribution de logement\n"
        "Étudiant(e) : {first} {last} · INE {num}\n"
        "Résidence {street_name}, bâtiment B, chambre 214 (9 m² rénovée, sanitaires "
        "individuels)\n"
        "Entrée dans les lieux : {date} · Loyer mensuel : 278,50 € (APL déductible)\n"
        "Vous devez confirmer votre réservation et verser le premier loyer sous 72 heures.",
        "Séjour linguistique – Fiche de placement en famille d'accueil\n"
        "Participant : {first} {last}, 15 ans, niveau B1, végétarien, allergie aux chats\n"
        "Famille d'accueil : {name2}, {street}, {postcode} {city}\n"
        "Téléphone de la famille : {phone}\n"
        "Arrivée le {date} à la gare routière, accueil par la famille.\n"
        "Numéro d'urgence de l'organisme (24 h/24) : 01 84 88 20 00",
        "Studio Photo Lumière – Bon de commande photos d'identité\n"
        "Client : {addr} · tél. {phone}\n"
        "Format : 4 photos 35 × 45 mm conformes ANTS + e-photo (code à 22 caractères pour la "
        "pré-demande de passeport)\n"
        "Prise de vue le {date}, retouches interdites par la norme ✓\n"
        "Réglé : 12 € en espèces",
        "SCIC Énergies citoyennes de {city} – Bulletin de souscription\n"
        "Je soussigné(e) {name}, né(e) le {date}, demeurant {street}, {postcode} {city}, "
        "souscris 4 parts sociales de 100 € chacune et accepte les statuts de la coopérative.\n"
        "Adresse électronique pour les convocations : {email}\n"
        "Paiement par virement depuis le compte {iban}",
        "Notification de bourse au mérite\n"
        "Nous avons le plaisir de vous informer que {first} {last}, inscrit(e) en licence 1 de "
        "physique-chimie, bénéficie d'une aide au mérite de 900 € pour l'année universitaire, "
        "versée en neuf mensualités sur le compte {iban}.",
        "Location de costumes Le Grenier à Malices – contrat {num}\n"
        "Locataire : {name}\n"
        "Pièce d'identité : CNI vue · tél. {phone}\n"
        "Articles : 1 costume de mousquetaire T. 52, 1 robe Marie-Antoinette T. 40 avec perruque\n"
        "Retour le {date} avant 18 h – caution de 150 € par chèque non encaissé",
    ],
    "es": [
        "Centro de Transfusión – Cita para donar\n"
        "Hola, {first}: te esperamos el {date} a las 17:20 en la unidad móvil aparcada en la "
        "plaza del Ayuntamiento de {city}.\n"
        "Donante n.º {num} · grupo 0 negativo · última donación hace más de 2 meses\n"
        "Trae tu DNI y no vengas en ayunas. Si no puedes venir, responde a este SMS desde el "
        "{phone} con la palabra ANULAR.",
        "Escuela Municipal de Música y Danza de {city} – Solicitud de matrícula\n"
        "Alumno/a: {first} {last} · fecha de nacimiento: {date}\n"
        "Especialidad: guitarra flamenca, nivel iniciación (2.º curso)\n"
        "Padre/madre/tutor: {name2}, DNI/NIE {nid}\n"
        "Domicilio: {street}, {postcode} {city}\n"
        "Teléfono: {phone} · correo: {email}\n"
        "Domiciliación de la cuota trimestral: {iban}",
        "Solicitud de portabilidad móvil\n"
        "Titular: {name} · NIF: {nid}\n"
        "Número a portar: {phone}\n"
        "Operador donante: {company} (modalidad contrato)\n"
        "Ventana de cambio solicitada: {date}, de 2:00 a 6:00\n"
        "Durante el cambio podrás quedarte sin servicio un máximo de 4 horas.",
        "Cementerio Municipal de {city} – Aviso de vencimiento\n"
        "Unidad de enterramiento: nicho n.º 1.214, fila 3, patio de San Rafael\n"
        "Titular del derecho funerario: {name}\n"
        "Domicilio de notificación: {street}, {postcode} {city}\n"
        "La concesión temporal vence el {date}. Para renovarla por diez años debe abonar "
        "{amount} € según la ordenanza fiscal; en caso contrario se procederá al traslado de los "
        "restos al osario común.",
        "hola!! somos {first} y {name2}, queremos apuntarnos a salsa y bachata nivel 0 los "
        "miércoles, que nos casamos en junio y no sabemos ni movernos 😂 mi móvil es el {phone}",
        "Servicio de Ayuda a Domicilio – Hoja de seguimiento semanal\n"
        "Persona usuaria: {name}, 84 años, vive sola, grado II de dependencia\n"
        "Dirección: {street}, 1.º B (llave en el buzón de la vecina del 1.º A)\n"
        "Lunes: aseo personal y compra; olvidó tomar la medicación del domingo\n"
        "Miércoles: limpieza de cocina, buen ánimo, pregunta por su hija\n"
        "Viernes: acompañamiento al centro de salud para la analítica\n"
        "Contacto familiar: {name2}, {phone}",
        "parte de trabajo – afinación de piano\n"
        "cliente: {addr}, {street}, {city}\n"
        "piano vertical yamaha u1, año 1982, muy bajo de tono (a=432), subir en dos pasadas\n"
        "fecha: {date} · importe: 95 € · pagado por bizum al {phone}",
        "Colegio Mayor Universitario – Carta de admisión\n"
        "Estimado/a {first}:\n"
        "nos complace comunicarte que has sido admitido/a como colegial para el próximo curso. "
        "Se te ha asignado la habitación individual 3.07 con baño.\n"
        "Para formalizar la plaza debes ingresar la fianza de {amount} € antes del {date} e "
        "indicar en el concepto tu nombre completo, {first} {last}.",
        "Programa de intercambio escolar – Asignación de familia\n"
        "Estudiante: {first} {last} (16 años, instituto de {city})\n"
        "Familia anfitriona: {name2} · {street}, {postcode} {city2}\n"
        "Teléfono de la familia: {phone}\n"
        "Llegada: {date} · Observaciones: celíaca, lleva su propia comida el primer día",
        "Peña Los del Cántaro – Lotería de Navidad\n"
        "Participación de 5 € en el número 47813 (serie 12, fracción 4)\n"
        "Depositario del décimo: {name}\n"
        "Participación n.º {num} vendida a {name2}, tel. {phone}\n"
        "Los premios superiores a 40.000 € por décimo están sujetos a retención.",
        "Cooperativa Agrícola San Isidro – Solicitud de alta como socio\n"
        "Nombre y apellidos: {name}\n"
        "NIF: {nid} · domicilio: {street}, {postcode} {city}\n"
        "Superficie aportada: 6,4 ha de olivar en el polígono 12, parcela {num}\n"
        "Cuota de ingreso: {amount} € · cuenta para liquidaciones: {iban}",
        "Certificado del curso de natación infantil\n"
        "Se certifica que {first} {last} ha superado el nivel 3 (delfín) en la piscina "
        "cubierta de {city} el {date}: nada 25 m sin material y se zambulle de cabeza.",
    ],
    "it": [
        "AVIS Comunale {city} – Convocazione alla donazione\n"
        "Gentile {first} {last},\n"
        "la aspettiamo il {date} alle ore 7:45 presso il centro trasfusionale per la donazione "
        "di sangue intero. Tessera associativa n. {num}, gruppo B Rh positivo.\n"
        "Ricordi: colazione leggera (tè, fette biscottate), niente latte.\n"
        "Per disdire risponda a questo messaggio inviato al {phone}.",
        "Scuola civica di musica – Domanda di iscrizione\n"
        "Allievo/a: {first} {last}, nato/a il {date}\n"
        "Codice fiscale: {nid}\n"
        "Strumento: clarinetto, corso base (anno 1)\n"
        "Genitore: {name2} · cell. {phone} · {email}\n"
        "Residenza: {street}, {postcode} {city}\n"
        "Richiesta riduzione ISEE: sì",
        "Modulo di richiesta portabilità (MNP)\n"
        "Intestatario: {name} · codice fiscale {nid}\n"
        "Numero da trasferire: {phone}\n"
        "Seriale SIM del vecchio operatore: 8939 10{num} 7\n"
        "Operatore cedente: {company}\n"
        "Credito residuo da trasferire: sì · data richiesta {date}",
        "Comune di {city} – Servizi cimiteriali\n"
        "Oggetto: scadenza concessione loculo – cimitero monumentale, blocco F, fila 4, n. 118\n"
        "Alla c.a. di {name}, {street}, {postcode} {city}\n"
        "Si comunica che la concessione trentennale intestata alla S.V. scadrà il {date}. "
        "Per il rinnovo ventennale è dovuto un canone di {amount} euro; in mancanza si procederà "
        "all'estumulazione ordinaria.",
        "ciao! siamo {first} e {name2}, vorremmo iscriverci al corso di liscio e balli di gruppo "
        "del giovedì sera, livello principianti. il mio numero è {phone}, grazie mille 🙂",
        "ADI – Diario assistenziale domiciliare\n"
        "Assistito: {last} {first} · tessera sanitaria {nid}\n"
        "Indirizzo: {street}, {city} – citofono {last}\n"
        "{date} ore 9:00 – infermiere: medicazione lesione da pressione sacrale (stadio II), "
        "parametri nella norma, PA 135/80\n"
        "{date} ore 15:30 – fisioterapista: deambulazione assistita con girello, 20 metri\n"
        "Caregiver di riferimento: {name2}, {phone}",
        "accordatura pianoforte – {date}\n"
        "cliente: {addr}, {street}, {city}, scala b, 4° piano\n"
        "mezza coda schimmel, martelletti consumati, proposto preventivo per la sostituzione\n"
        "richiamare per conferma al {phone}",
        "Residenza universitaria – Esito graduatoria posti alloggio\n"
        "Studente: {first} {last} · matricola {num}\n"
        "Posizione in graduatoria: 37 – idoneo/a e assegnatario/a\n"
        "Alloggio: camera doppia, {street_name} 14, ingresso dal {date}\n"
        "Retta mensile: 240 € · deposito cauzionale: {amount} €",
        "Scambio culturale – Scheda di abbinamento\n"
        "Studente ospite: {first} {last}, 17 anni, non fuma, suona la chitarra\n"
        "Famiglia ospitante: {name2}, {street}, {postcode} {city}\n"
        "Contatti famiglia: {phone} · {email}\n"
        "Arrivo previsto: {date}, aeroporto, accoglienza a cura della famiglia.",
        "Cooperativa sociale – Domanda di ammissione a socio lavoratore\n"
        "Il/la sottoscritto/a {name}, nato/a a {city2} il {date}, codice fiscale {nid}, "
        "residente in {street}, {postcode} {city}, chiede di essere ammesso/a come socio "
        "lavoratore e si impegna a versare la quota sociale di 50 euro.\n"
        "IBAN per l'accredito dei compensi: {iban}",
        "Noleggio costumi Carnevale – ricevuta n. {num}\n"
        "Cliente: {name}, documento visionato, tel. {phone}\n"
        "Noleggiati: Arlecchino taglia M, Colombina taglia S con maschera\n"
        "Riconsegna entro il mercoledì delle Ceneri · cauzione 100 € in contanti",
        "Attestato di nuoto\n"
        "Si attesta che {first} {last} ha superato il livello «Delfino» della scuola nuoto "
        "presso la piscina comunale di {city} in data {date}.",
    ],
    "nl": [
        "Bloedbank – Uitnodiging om te doneren\n"
        "Beste {first} {last},\n"
        "we hebben weer bloed nodig van jouw bloedgroep (O negatief). Je bent welkom op {date} "
        "tussen 16:00 en 19:30 uur op de afnamelocatie in {city}.\n"
        "Donornummer: {num}\n"
        "Neem je legitimatiebewijs mee. Afzeggen kan via sms naar dit nummer ({phone}).",
        "Muziekschool {city} – Inschrijfformulier\n"
        "Leerling: {first} {last}, geboortedatum {date}\n"
        "Instrument: dwarsfluit, individuele les 30 minuten\n"
        "Ouder/verzorger: {name2}\n"
        "Adres: {street}, {postcode} {city}\n"
        "Telefoon: {phone} · e-mail: {email}\n"
        "Machtiging automatische incasso lesgeld: {iban}",
        "Aanvraag nummerbehoud\n"
        "Naam abonnee: {name}\n"
        "Over te zetten nummer: {phone}\n"
        "Huidige provider: {company}, klantnummer {num}\n"
        "Gewenste overstapdatum: {date}\n"
        "Je oude abonnement wordt automatisch opgezegd zodra het nummer is overgezet.",
        "Gemeente {city} – Beheer begraafplaatsen\n"
        "Aan: {name}, {street}, {postcode} {city}\n"
        "Betreft: verlenging grafrecht, algemene begraafplaats, vak C, nummer 217\n"
        "Geachte {addr},\n"
        "het grafrecht waarvan u rechthebbende bent, verloopt op {date}. U kunt het met tien "
        "jaar verlengen voor {amount} euro. Reageert u niet, dan kan het graf worden geruimd.",
        "hoi! wij ({first} en {name2}) willen ons opgeven voor de beginnerscursus stijldansen op "
        "dinsdagavond. we trouwen in mei dus openingsdans is een must 😅 bel gerust: {phone}",
        "Wijkverpleging – Rapportage zorgdossier\n"
        "Cliënt: {name} · BSN {nid}\n"
        "{date} 08:15 Ondersteuning bij douchen, huid sacrum intact, benen ingezwachteld\n"
        "{date} 17:45 Medicatie uitgezet in baxterrol, cliënt wat verward, dochter gebeld\n"
        "Contactpersoon: {name2}, {phone}\n"
        "Sleutelkluis bij voordeur, code via planning",
        "pianostemmer – afspraak {date} 13:00\n"
        "{addr}, {street}, {city}\n"
        "bösendorfer-vleugel, staat in de serre (let op: vochtig), vorige stemming 2019\n"
        "klant betaalt per tikkie, nummer {phone}",
        "Toewijzing studentenkamer\n"
        "Beste {first},\n"
        "goed nieuws: op basis van je inschrijfduur ben je de eerste kandidaat voor de kamer aan "
        "de {street_name} 41-3 (14 m², gedeelde keuken). Huurprijs € 412,- inclusief "
        "servicekosten, ingangsdatum {date}.\n"
        "Reageer binnen 48 uur via je account ({email}), anders gaat de kamer naar de volgende.",
        "Uitwisselingsprogramma – Plaatsing gastgezin\n"
        "Student: {first} {last}, 16 jaar, uit {city2}\n"
        "Gastgezin: {name2}, {street}, {postcode} {city}\n"
        "Telefoon gastgezin: {phone}\n"
        "Aankomst {date} op Schiphol, ophalen door gastgezin. Dieetwensen: geen varkensvlees.",
        "Energiecoöperatie {city} – Aanmelding lidmaatschap\n"
        "Ik, {name}, wonend op {street}, {postcode} {city}, meld mij aan als lid en neem 6 "
        "participaties van € 250 in zonnepark De Kievit.\n"
        "E-mail voor de ledenvergadering: {email}\n"
        "Betaling van rekening {iban}",
        "Zwemdiploma A\n"
        "{first} {last} heeft op {date} in zwembad De Wielewaal te {city} voldaan aan alle "
        "eisen van het Nationaal Zwemdiploma A.",
        "Carnavalsvereniging De Knollenbuiken – aanmelding lid\n"
        "Naam: {name}\n"
        "Adres: {street}, {postcode} {city}\n"
        "Mobiel: {phone}\n"
        "Wil meelopen in de optocht: ja, groep Raad van Elf-ondersteuning\n"
        "Contributie € 35 per seizoen, incasso van {iban}",
    ],
    "pl": [
        "Regionalne Centrum Krwiodawstwa i Krwiolecznictwa – zaproszenie\n"
        "{first}, Twoja grupa krwi (AB Rh−) jest teraz bardzo potrzebna!\n"
        "Zapraszamy {date} w godz. 8:00–14:00 do oddziału terenowego w {city}.\n"
        "Nr dawcy: {num}. Weź dowód osobisty i zjedz lekkie śniadanie.\n"
        "Wiadomość wysłana na nr {phone}.",
        "Szkoła Muzyczna I stopnia w {city} – wniosek o przyjęcie\n"
        "Kandydat/ka: {first} {last}, ur. {date}, PESEL {nid}\n"
        "Instrument: akordeon (cykl 6-letni)\n"
        "Rodzic/opiekun prawny: {name2}\n"
        "Adres zamieszkania: {street}, {postcode} {city}\n"
        "Telefon: {phone} · e-mail: {email}\n"
        "Badanie przydatności: {date}, sala 12",
        "Wniosek o przeniesienie numeru\n"
        "Abonent: {name}\n"
        "PESEL: {nid}\n"
        "Numer przenoszony: {phone}\n"
        "Dotychczasowy dostawca: {company}\n"
        "Wnoszę o rozwiązanie umowy z dotychczasowym dostawcą w zakresie przenoszonego numeru "
        "z dniem przeniesienia.",
        "Zarząd Cmentarzy Komunalnych w {city}\n"
        "Pan/Pani {name}\n"
        "{street}\n"
        "{postcode} {city}\n\n"
        "Dotyczy: grób ziemny, kwatera 14, rząd 3, miejsce 22\n"
        "Uprzejmie informujemy, że dnia {date} upływa 20 lat od pochówku. Aby zachować grób, "
        "należy wnieść opłatę prolongacyjną w wysokości {amount} zł. W przypadku braku opłaty "
        "grób może zostać ponownie wykorzystany.",
        "dzień dobry, chcielibyśmy zapisać się na kurs pierwszego tańca, ślub mamy we wrześniu 💍 "
        "{first} i {name2}, najlepiej soboty. mój numer {phone}",
        "Pielęgniarka środowiskowa – karta wizyt domowych\n"
        "Pacjent: {name}, PESEL {nid}\n"
        "Adres: {street}, {city} (klatka II, domofon 27)\n"
        "{date} – zmiana opatrunku na stopie cukrzycowej, glikemia 212 mg/dl, "
        "zgłoszono lekarzowi\n"
        "{date} – pacjent lepiej, rana bez cech zakażenia\n"
        "Osoba do kontaktu: {name2} (córka), tel. {phone}",
        "stroiciel – zlecenie na {date}\n"
        "{addr}, {street}, {city}\n"
        "pianino legnica, lata 70., strój obniżony, jeden młotek do wymiany\n"
        "płatność blikiem, tel. klienta {phone}",
        "Dom Studencki nr 5 – przydział miejsca\n"
        "Student/ka: {first} {last}, nr albumu {num}\n"
        "Pokój 312, dwuosobowy, z łazienką w segmencie\n"
        "Zakwaterowanie od {date}, opłata miesięczna 690 zł\n"
        "Kaucję {amount} zł prosimy wpłacić przed zakwaterowaniem.",
        "Program wymiany – przydział rodziny goszczącej\n"
        "Uczestnik: {first} {last}, 15 lat, {city2}\n"
        "Rodzina goszcząca: {name2}, {street}, {postcode} {city}\n"
        "Telefon rodziny: {phone}\n"
        "Przyjazd: {date}, dworzec autobusowy. Uwagi: uczulenie na orzechy.",
        "Koło Gospodyń Wiejskich „Jarzębinki” – deklaracja członkowska\n"
        "Imię i nazwisko: {name}\n"
        "Adres: {street}, {postcode} {city}\n"
        "Telefon: {phone}\n"
        "Deklaruję przystąpienie do koła i zobowiązuję się opłacać składkę 30 zł rocznie.\n"
        "Data: {date} · podpis",
        "Zaświadczenie o ukończeniu nauki pływania\n"
        "{first} {last} ukończył(a) kurs nauki pływania dla dzieci na pływalni miejskiej w "
        "{city} i przepłynął/przepłynęła 25 m stylem grzbietowym. Data: {date}.",
        "Wypożyczalnia strojów „Bal Przebierańców” – umowa nr {num}\n"
        "Wypożyczający: {name}, dowód osobisty okazany, tel. {phone}\n"
        "Stroje: Król Herod (rozm. XL), anioł (rozm. 128) – na jasełka\n"
        "Zwrot do {date}, kaucja 120 zł",
    ],
}

NOT_PERSONAL_SEVENTEENTH: dict[str, list[str]] = {
    "de": [
        "Angebote der Woche – gültig ab Montag, {date}\n"
        "Dr. Oetker Ristorante Pizza Mozzarella, 355 g – 1,99 € (1 kg = 5,61 €)\n"
        "Bahlsen Leibniz Butterkeks, 200 g – 1,29 €\n"
        "Kathreiner Kneipp Malzkaffee, 500 g – 3,49 €\n"
        "Tante Fanny Frischer Blätterteig, 275 g – 1,59 €\n"
        "Meister Proper Allzweckreiniger, 1 l – 1,79 €\n"
        "Nur solange der Vorrat reicht. Abgabe nur in haushaltsüblichen Mengen.",
        "Kneipenquiz im Goldenen Anker – Runde 3 „Köpfe“ (Lösungsblatt)\n"
        "1. Wer komponierte die „Mondscheinsonate“? – Ludwig van Beethoven\n"
        "2. Wer erhielt als erste Frau einen Nobelpreis? – Marie Curie\n"
        "3. Wer war der erste Bundeskanzler? – Konrad Adenauer\n"
        "4. Wer schrieb „Effi Briest“? – Theodor Fontane\n"
        "5. Wer malte den „Wanderer über dem Nebelmeer“? – Caspar David Friedrich\n"
        "Bonus (2 Punkte): Wie hieß der Eisbär aus dem Berliner Zoo, der 2007 weltberühmt "
        "wurde? – Knut",
        "Abfahrt {city} Hbf – Gleis 4 bis 9\n"
        "08:12  EC 171 „Franz Liszt“        Wien Hbf / Budapest-Keleti   Gl. 6\n"
        "09:05  IC 2083 „Königssee“         Berchtesgaden Hbf            Gl. 4\n"
        "09:36  EC 279 „Antonín Dvořák“     Praha hl.n.                  Gl. 9\n"
        "10:14  ICE 595                     München Hbf                  Gl. 7\n"
        "Heute Wagenreihung in umgekehrter Reihenfolge. Zugteil Budapest: Wagen 260–264.",
        "Factsheet – Aktienfonds Europa Dividende, Anteilklasse R (ausschüttend)\n"
        "ISIN: DE000A2P3X64 · WKN: A2P3X6 · Auflage: 02.01.2019\n"
        "Fondsmanagement: Team Europa-Aktien · Verwahrstelle: {company}\n"
        "Größte Positionen: Siemens, Allianz, Nestlé, ASML, L'Oréal, Henkel\n"
        "Laufende Kosten: 1,38 % p. a. · Ausgabeaufschlag bis 5,00 % · Risikoklasse 4 von 7\n"
        "Fondsservice: Mo–Fr 8–18 Uhr, 069 9120 4400, fondsservice@beispiel-invest.de",
        "Storchennest auf dem Rathausdach – Saisonbericht\n"
        "Das Männchen „Fridolin“ (Ring DEW 8X471) kehrte am 28. Februar aus Spanien zurück, "
        "seine Partnerin „Frieda“ folgte neun Tage später. Aus vier Eiern schlüpften drei "
        "Küken, zwei wurden flügge. Die Jungstörche wurden am {date} beringt (DEW 3A112 und "
        "DEW 3A113). Die Nestkamera betreiben die Stadtwerke {city}.",
        "Beschlussvorlage {num}/2025 – Benennung von Straßen im Baugebiet Nord\n"
        "Der Kulturausschuss empfiehlt dem Rat folgende Namen:\n"
        "Planstraße A – Lise-Meitner-Straße\n"
        "Planstraße B – Hannah-Arendt-Weg\n"
        "Planstraße C – Otto-Lilienthal-Ring\n"
        "Außerdem wird die Hindenburgstraße in Käthe-Kollwitz-Straße umbenannt. Die Anlieger "
        "werden schriftlich informiert; die Änderung der Ausweise ist gebührenfrei.",
        "Zutaten: WEIZENMEHL, Zucker, BUTTER (18 %), VOLLEI, HASELNÜSSE (6 %), Salz, "
        "Backtriebmittel Natriumhydrogencarbonat. Kann Spuren von Erdnüssen enthalten.\n"
        "Nährwerte je 100 g: Energie 2050 kJ / 490 kcal · Fett 24 g · Zucker 29 g\n"
        "Mindestens haltbar bis: siehe Rückseite · Los L2417B · EAN 4 012345 678901\n"
        "Hergestellt für {company}, {street}, {postcode} {city}\n"
        "Verbraucherservice: 0800 123 45 67 (kostenfrei), service@beispiel-backwaren.de",
        "Katzencafé Schnurrhaus – unsere Mitbewohner\n"
        "Mimi (7) – die Chefin, lässt sich nur von Stammgästen kraulen\n"
        "Herr Rossi (4) – schläft am liebsten auf der Kuchentheke, bitte nicht wecken\n"
        "Luise und Emil (2) – Geschwister aus dem Tierheim {city}\n"
        "Bitte hebt keine Katze hoch und füttert nichts vom Teller. Danke!",
        "Sinfoniekonzert im Kurhaus, Großer Saal\n"
        "Johann Sebastian Bach: Brandenburgisches Konzert Nr. 3 G-Dur BWV 1048\n"
        "Wolfgang Amadeus Mozart: Klavierkonzert Nr. 21 C-Dur KV 467\n"
        "– Pause –\n"
        "Johannes Brahms: Sinfonie Nr. 4 e-Moll op. 98\n"
        "Es spielt das Kurorchester {city}. Karten an der Abendkasse oder unter 0561 70 70 70.",
        "Willkommen im Hotel Kaiserhof\n"
        "Rezeption (rund um die Uhr): Durchwahl 9 · Zimmerservice: Durchwahl 22\n"
        "Frühstück im Restaurant „Sisi“ von 6:30 bis 10:30 Uhr\n"
        "Weckruf, Taxi und Wäscheservice über die Rezeption\n"
        "WLAN: Kaiserhof-Gast, Passwort auf dem Kartenhalter\n"
        "Von außerhalb: +49 30 555 018 0 · reservierung@kaiserhof-beispiel.de",
        "linie 4 richtung karl-marx-platz: hauptbahnhof – goetheplatz – schillerstraße – "
        "rosa-luxemburg-straße – friedrich-ebert-brücke – karl-marx-platz. wegen bauarbeiten "
        "entfällt die haltestelle bismarckturm bis {date}.",
        "Rosenschule am Hang – Edelrosen, wurzelnackt\n"
        "'Gloria Dei' (1945) – gelb mit rosa Rand, 8,90 €\n"
        "'Kronprinzessin Viktoria' (1887) – cremeweiß, Bourbonrose, 12,50 €\n"
        "'Novalis' – lavendelblau, kaum Sternrußtau, 11,90 €\n"
        "'Schwarze Madonna' – samtig dunkelrot, 9,90 €\n"
        "Bestellhotline 04121 99 88 0 · Versand ab Ende Oktober",
    ],
    "fr": [
        "Les bons plans de la semaine – du mardi {date} au dimanche\n"
        "Confiture Bonne Maman fraises, 370 g – 2,19 €\n"
        "Galettes St Michel, 130 g – 1,05 €\n"
        "Poulet fermier Père Dodu, le kg – 6,90 €\n"
        "Biscuits La Mère Poulard, 250 g – 2,79 €\n"
        "Moutarde Maille à l'ancienne, 210 g – 1,89 €\n"
        "Offres dans la limite des stocks disponibles.",
        "Quiz du Bistrot des Halles – manche 2 « Qui suis-je ? » – les réponses\n"
        "1. J'ai écrit Les Misérables depuis mon exil à Guernesey. → Victor Hugo\n"
        "2. J'ai chanté « Non, je ne regrette rien ». → Édith Piaf\n"
        "3. J'ai lancé l'appel du 18 juin 1940. → Charles de Gaulle\n"
        "4. Je suis le chien de Tintin. → Milou\n"
        "5. J'ai porté la loi de 1975 sur l'IVG. → Simone Veil",
        "Bar à chats Le Ronron – faites connaissance avec l'équipe\n"
        "Pompon, 9 ans : le doyen, il trône sur la banquette près de la fenêtre.\n"
        "Madame Michu, 5 ans : tricolore, timide, adore les plumeaux.\n"
        "Gaston et Voltaire, 2 ans : les frères terribles, adoptés au refuge de {city}.\n"
        "Merci de ne pas les porter ni les nourrir.",
        "Délibération n° {num} – Dénomination de voies nouvelles\n"
        "Le conseil municipal, après en avoir délibéré, décide de dénommer :\n"
        "– la voie nouvelle A du quartier des Tanneurs : rue Simone-Veil ;\n"
        "– la voie B : allée Gisèle-Halimi ;\n"
        "– le square situé à l'angle de la rue {street_name} : square Jean-Moulin.\n"
        "Adopté à l'unanimité. Les riverains concernés seront informés par courrier.",
        "Ingrédients : farine de BLÉ, beurre pâtissier (22 %), sucre, ŒUFS frais, sel de "
        "Guérande. Peut contenir des traces de fruits à coque.\n"
        "À consommer de préférence avant le : voir sur le côté · Lot 24-187 B\n"
        "Fabriqué par {company}, {street}, {postcode} {city}\n"
        "Service consommateurs : 0 800 97 25 12 (service et appel gratuits)",
        "Concert du dimanche – Auditorium\n"
        "Claude Debussy : Prélude à l'après-midi d'un faune\n"
        "Maurice Ravel : Concerto pour piano en sol majeur\n"
        "Gabriel Fauré : Pavane, op. 50\n"
        "Hector Berlioz : Symphonie fantastique, op. 14\n"
        "Orchestre d'harmonie de {city} · Réservations : 04 72 10 30 30 (billetterie)",
        "Livret d'accueil – Hôtel Le Grand Monarque\n"
        "Réception 24 h/24 : composez le 9 · Room service : composez le 21\n"
        "Petit-déjeuner servi au salon Louis XIV de 7 h à 10 h 30\n"
        "Code Wi-Fi : voir la carte dans le porte-clés\n"
        "Depuis l'extérieur : 02 37 21 00 72 · contact@grandmonarque-exemple.fr",
        "rosiers anciens et grimpants – prix départ pépinière\n"
        "'pierre de ronsard' – grimpant, rose pâle cœur carmin, 19,50 €\n"
        "'madame alfred carrière' – noisette blanc rosé, très parfumé, 21 €\n"
        "'papa meilland' – rouge velouté, 16,90 €\n"
        "'cuisse de nymphe' – alba rose tendre, 18 €\n"
        "expédition à racines nues de novembre à mars",
        "Cinémathèque – cycle « Agnès Varda, glaneuse d'images »\n"
        "Jeudi 20 h : Cléo de 5 à 7 (1962)\n"
        "Vendredi 18 h 30 : Sans toit ni loi (1985), lion d'or à Venise\n"
        "Samedi 16 h : Les Glaneurs et la Glaneuse (2000)\n"
        "En ouverture, Les Vacances de M. Hulot de Jacques Tati en copie restaurée.",
        "Numéros utiles\n"
        "SAMU : 15 · Police : 17 · Pompiers : 18 · Urgence européenne : 112\n"
        "Enfance en danger : 119\n"
        "Prévention du suicide : 3114\n"
        "Violences femmes info : 3919\n"
        "Centre antipoison de {city} : 04 72 11 69 11",
        "Fiche produit – SICAV Actions Europe Rendement, part C\n"
        "Code ISIN : FR0010135103 · Classification AMF : actions des pays de l'UE\n"
        "Principales lignes : LVMH, Hermès, Schneider Electric, Michelin, Pernod Ricard\n"
        "Frais courants : 1,52 % · Indicateur de risque : 4/7\n"
        "Service clients : 09 69 32 88 32 (appel non surtaxé)",
        "tram t1, terminus gare jean-jaurès : prochains passages 2 min, 9 min. arrêts "
        "desservis : place victor-hugo, gambetta, cours lafayette, hôpital édouard-herriot, "
        "campus marie-curie. arrêt pasteur non desservi jusqu'au {date}.",
    ],
    "es": [
        "Ofertas de la semana – del jueves {date} al miércoles\n"
        "Cola Cao original, 760 g – 4,35 €\n"
        "Zumo Don Simón naranja, 1 l – 1,09 €\n"
        "Chocolate Valor puro 70 %, 170 g – 1,99 €\n"
        "Aceite de oliva Carbonell, 1 l – 8,95 €\n"
        "Galletas Fontaneda Digestive, 400 g – 1,65 €\n"
        "Promociones válidas hasta fin de existencias.",
        "Trivial del bar La Parada – ronda de personajes (soluciones)\n"
        "1. ¿Quién escribió «Don Quijote»? → Miguel de Cervantes\n"
        "2. ¿Quién pintó «Las Meninas»? → Diego Velázquez\n"
        "3. ¿Qué tenista ha ganado 14 veces Roland Garros? → Rafa Nadal\n"
        "4. ¿Cómo se llamaba el gorila albino del zoo de Barcelona? → Copito de Nieve\n"
        "5. ¿Quién escribió «La casa de Bernarda Alba»? → Federico García Lorca",
        "línea 4 de metro: argüelles – san bernardo – bilbao – alonso martínez – colón – "
        "serrano – velázquez – goya – lista – diego de león – manuel becerra. estación de "
        "núñez de balboa cerrada por obras hasta el {date}.",
        "Ficha del fondo – Renta Variable España, clase A\n"
        "ISIN: ES0114105036 · categoría: renta variable nacional\n"
        "Principales posiciones: Inditex, Iberdrola, Banco Santander, Ferrovial, Mapfre\n"
        "Gestión: equipo de renta variable · depositario: {company}\n"
        "Gastos corrientes: 1,75 % · indicador de riesgo 5 de 7\n"
        "Atención al partícipe: 900 10 20 30, de lunes a viernes",
        "Las cigüeñas de la catedral – diario de la temporada\n"
        "«Santiaga» volvió al nido de la torre el 3 de enero, como cada año; su pareja, el macho "
        "anillado con la anilla de lectura a distancia 7K45, llegó una semana después. Este año "
        "han sacado adelante tres pollos, anillados el {date} por técnicos de la consejería.",
        "Pleno ordinario – Denominación de vías públicas\n"
        "Se aprueba por unanimidad denominar:\n"
        "· calle Clara Campoamor al vial 1 del sector {num};\n"
        "· plaza de Gloria Fuertes al espacio libre junto al colegio;\n"
        "· avenida de Severo Ochoa al tramo urbano de la antigua carretera de {city}.\n"
        "La antigua calle del General Mola pasa a denominarse calle de la Concordia.",
        "Ingredientes: harina de TRIGO, aceite de oliva virgen extra (21 %), azúcar, anís, "
        "AJONJOLÍ, sal. Puede contener trazas de frutos de cáscara.\n"
        "Consumir preferentemente antes de: ver lateral · Lote 2417-3\n"
        "Elaborado por {company}, {street}, {postcode} {city}\n"
        "Atención al consumidor: 900 50 60 70 · consumidor@ejemplo-tortas.es",
        "Concierto de Primavera – Auditorio Municipal\n"
        "Manuel de Falla: El amor brujo (Danza ritual del fuego)\n"
        "Joaquín Rodrigo: Concierto de Aranjuez, 2.º movimiento (Adagio)\n"
        "Isaac Albéniz: Suite española n.º 1, op. 47 – Asturias\n"
        "Banda Municipal de Música de {city} · Entradas en taquilla o en el 955 47 00 00",
        "Refugio Ángel Orús – Información al montañero\n"
        "Guarda del refugio presente de junio a octubre; fuera de temporada, parte libre con "
        "16 plazas.\n"
        "Reservas: 974 34 40 44 · reservas@ejemplo-refugios.es\n"
        "Cena 22 € · desayuno 8 € · media pensión socio FEDME 44 €\n"
        "Emergencias en montaña: 112 (GREIM de la Guardia Civil)",
        "Filmoteca – ciclo «Berlanga y Buñuel, frente a frente»\n"
        "Martes 19:00 – Bienvenido, Mister Marshall (1953)\n"
        "Miércoles 21:00 – Viridiana (1961), Palma de Oro en Cannes\n"
        "Jueves 19:00 – El verdugo (1963)\n"
        "Viernes 21:00 – Tristana (1970), con Catherine Deneuve",
        "Teléfonos de interés\n"
        "Emergencias: 112 · Policía Nacional: 091 · Guardia Civil: 062\n"
        "Violencia de género: 016 (no deja rastro en la factura)\n"
        "Línea de atención a la conducta suicida: 024\n"
        "Teléfono de la Esperanza: 717 003 717\n"
        "Información toxicológica: 91 562 04 20",
        "Gatos del Refugio Felino – fichas de la sala\n"
        "Don Pepito, 6 años: el más veterano, siempre en la ventana.\n"
        "Doña Rogelia, 3 años: carey, muy mimosa.\n"
        "Curro y Lola, 1 año: hermanos, rescatados en el polígono de {city}.",
    ],
    "it": [
        "Volantino offerte – dal {date} per dieci giorni\n"
        "Tortellini Giovanni Rana prosciutto crudo, 250 g – 2,49 €\n"
        "Caffè Lavazza Qualità Rossa, 2 x 250 g – 6,99 €\n"
        "Pasta De Cecco spaghetti n. 12, 500 g – 1,15 €\n"
        "Biscotti Mulino Bianco Galletti, 800 g – 2,69 €\n"
        "Amaro Ramazzotti, 70 cl – 11,90 €\n"
        "Offerte valide fino a esaurimento scorte.",
        "Quiz al pub Il Gallo Nero – round «Chi è?» – soluzioni\n"
        "1. Chi scrisse la Divina Commedia? → Dante Alighieri\n"
        "2. Chi guidò la spedizione dei Mille? → Giuseppe Garibaldi\n"
        "3. Chi compose «La traviata»? → Giuseppe Verdi\n"
        "4. Chi vinse il Nobel per la medicina nel 1986? → Rita Levi-Montalcini\n"
        "5. Bonus: come si chiama il cane di Topolino? → Pluto",
        "Centro Cicogne – notizie dal nido del campanile\n"
        "Anche quest'anno «Gelsomina» è tornata il 21 febbraio; il maschio, con l'anello "
        "bianco I-A4F7, è arrivato dieci giorni dopo. Sono nati quattro pulli, inanellati il "
        "{date} dai volontari. La webcam è offerta dalla Pro Loco di {city}.",
        "Comune di {city} – Commissione toponomastica\n"
        "La Giunta approva le seguenti intitolazioni:\n"
        "– via Rita Levi-Montalcini (nuova strada di lottizzazione {num});\n"
        "– largo Nilde Iotti (area antistante la biblioteca);\n"
        "– piazzale Enrico Fermi (parcheggio scambiatore nord).\n"
        "La richiesta di nulla osta è trasmessa alla Prefettura.",
        "Ingredienti: farina di GRANO tenero tipo \"0\", zucchero, burro (15 %), UOVA, miele, "
        "agenti lievitanti. Può contenere FRUTTA A GUSCIO.\n"
        "Da consumarsi preferibilmente entro: vedi lato confezione · Lotto 2417C\n"
        "Prodotto da {company}, {street}, {postcode} {city}\n"
        "Numero verde consumatori: 800 012 345 · info@esempio-dolciaria.it",
        "Programma di sala – Stagione concertistica\n"
        "Antonio Vivaldi: Le quattro stagioni, «La primavera» RV 269\n"
        "Gioachino Rossini: Il barbiere di Siviglia, sinfonia\n"
        "Giacomo Puccini: Crisantemi, elegia per archi\n"
        "Ottorino Respighi: Antiche danze ed arie, suite n. 3\n"
        "Orchestra da camera di {city} · Biglietteria: 051 617 43 02",
        "Rifugio Vittorio Emanuele II – informazioni\n"
        "Apertura: da metà marzo a metà settembre, 120 posti letto\n"
        "Gestore presente in stagione; locale invernale sempre aperto, 10 posti\n"
        "Prenotazioni: 0165 95 920 · Mezza pensione soci CAI 62 €\n"
        "Soccorso alpino: 112",
        "cineteca – rassegna «fellini, pasolini e la magnani»\n"
        "lunedì 20:30 la strada (1954)\n"
        "mercoledì 20:30 mamma roma (1962)\n"
        "venerdì 21:00 amarcord (1973)\n"
        "ingresso 5 €, tessera obbligatoria",
        "Numeri utili\n"
        "Emergenza: 112 · Guardia medica turistica: 0541 60 83 00\n"
        "Antiviolenza e stalking: 1522\n"
        "Telefono Azzurro: 19696\n"
        "Telefono Amico: 02 2327 2327\n"
        "Centro antiveleni di Niguarda: 02 6610 1029",
        "Scheda prodotto – Fondo Azionario Italia, classe A\n"
        "Codice ISIN: IT0004921236 · categoria Assogestioni: azionari Italia\n"
        "Principali titoli: Ferrari, Enel, Intesa Sanpaolo, Moncler, Prysmian\n"
        "Gestione: team azionario · Banca depositaria: {company}\n"
        "Spese correnti 1,90 % · profilo di rischio 5/7",
        "gattile comunale di {city} – ospiti della stanza 2\n"
        "nonno gigi, 12 anni, diabetico, cerca casa tranquilla\n"
        "signora pina, 4 anni, tigrata, molto coccolona\n"
        "romeo e giulietta, 1 anno, inseparabili, si adottano in coppia",
        "Cartellina di benvenuto – Albergo Cavour\n"
        "Ricevimento: tasto 9 · Servizio in camera: tasto 31 (fino alle 23)\n"
        "Colazione nella sala Garibaldi dalle 7:00 alle 10:30\n"
        "Wi-Fi: rete Cavour-Ospiti, password sul portachiavi\n"
        "Dall'esterno: +39 011 562 17 80 · prenotazioni@albergocavour-esempio.it",
    ],
    "nl": [
        "Aanbiedingen deze week – geldig vanaf {date}\n"
        "Van Nelle Supra koffie, 500 g – 4,49\n"
        "Peijnenburg ontbijtkoek gesneden, 465 g – 1,89\n"
        "Verkade chocoladereep puur, 111 g – 1,19\n"
        "Tony's Chocolonely melk, 180 g – 2,99\n"
        "Calvé pindakaas, 650 g – 2 voor 6,50\n"
        "Zolang de voorraad strekt.",
        "Pubquiz De Zwarte Kat – ronde 4 „Wie ben ik?” – antwoorden\n"
        "1. Ik schilderde De Nachtwacht. → Rembrandt van Rijn\n"
        "2. Ik hield een dagboek bij in het Achterhuis. → Anne Frank\n"
        "3. Ik droeg rugnummer 14 bij Ajax. → Johan Cruijff\n"
        "4. Ik werd de Vader des Vaderlands genoemd. → Willem van Oranje\n"
        "5. Bonus: hoe heet het konijntje van Dick Bruna? → Nijntje",
        "Kattencafé Spinnekop – maak kennis met onze katten\n"
        "Meneer Jansen (8) – rode kater, ligt altijd op de bar\n"
        "Truus (5) – schildpadpoes, heel verlegen\n"
        "Sjors en Sjimmie (2) – broertjes uit het asiel in {city}\n"
        "Niet optillen en niet voeren, alsjeblieft!",
        "Raadsvoorstel {num} – Straatnaamgeving nieuwbouwwijk De Hoven\n"
        "Het college stelt voor de nieuwe straten te noemen:\n"
        "– Aletta Jacobsstraat\n"
        "– Annie M.G. Schmidtplein\n"
        "– Multatulilaan\n"
        "– Mies Bouwmanhof\n"
        "Bewoners van de {street_name} ontvangen een brief over de omnummering.",
        "Ingrediënten: TARWEbloem, roomboter (20 %), suiker, EI, AMANDELspijs (12 %), zout.\n"
        "Ten minste houdbaar tot: zie zijkant · Partij L24-187\n"
        "Geproduceerd voor {company}, {street}, {postcode} {city}\n"
        "Vragen of opmerkingen? Bel gratis 0800-022 81 81 of mail klantenservice@voorbeeld.nl",
        "Concertprogramma – Grote Kerk\n"
        "Jan Pieterszoon Sweelinck: Mein junges Leben hat ein End\n"
        "Johann Sebastian Bach: Toccata en fuga in d BWV 565\n"
        "Johann Sebastian Bach: Matthäus-Passion BWV 244, slotkoor\n"
        "Met het Vocaal Ensemble {city} · kaarten: 030 231 40 44",
        "Parkeergarage Rembrandtplein – tarieven\n"
        "€ 0,80 per 15 minuten · dagkaart € 45 · nachttarief 19:00–07:00 € 12\n"
        "Betalen alleen met pin of creditcard\n"
        "Storing of vragen? Druk op de intercomknop of bel 020 700 60 61 (24/7)\n"
        "Kenteken-herkenning: uw kenteken wordt alleen gebruikt om de slagboom te openen.",
        "tulpen, najaarsplanting – prijs per 10 bollen\n"
        "'prinses irene' – oranje met paarse vlam, 4,95\n"
        "'queen of night' – bijna zwart, 5,25\n"
        "'dr. plesman' – rood, laat bloeiend, 4,50\n"
        "'van eijk' – roze, darwinhybride, 4,75\n"
        "bestellen vóór 1 oktober, levering vanaf half oktober",
        "Filmhuis – retrospectief Paul Verhoeven\n"
        "Di 20:15 Turks fruit (1973)\n"
        "Wo 20:15 Soldaat van Oranje (1977)\n"
        "Do 21:00 Zwartboek (2006)\n"
        "Za 14:00 Publieksgesprek over Rutger Hauer en Monique van de Ven",
        "Belangrijke telefoonnummers\n"
        "Spoed: 112 · Politie, geen spoed: 0900-8844\n"
        "113 Zelfmoordpreventie: 0800-0113\n"
        "De Kindertelefoon: 0800-0432\n"
        "Huisartsenpost {city}: 088 130 96 70\n"
        "Veilig Thuis: 0800-2000",
        "Factsheet – Aandelenfonds Nederland, klasse A\n"
        "ISIN: NL0000289783 · Beursnotering Euronext Amsterdam\n"
        "Grootste posities: Philips, Heineken, ASML, Unilever, Ahold Delhaize\n"
        "Fondsbeheerder: team Europese aandelen · Bewaarder: {company}\n"
        "Lopende kosten 0,85 % · risicoklasse 4 van 7",
        "lijn 2 naar nieuw sloten: centraal station – dam – spui – leidseplein – "
        "van baerlestraat – cornelis schuytstraat – hoofddorpplein. halte jan pieter "
        "heijestraat vervalt tot {date}.",
    ],
    "pl": [
        "Gazetka promocyjna – oferty od czwartku {date}\n"
        "Batonik Prince Polo, 35 g – 1,49 zł\n"
        "Sok Kubuś marchew-jabłko, 300 ml – 1,99 zł\n"
        "Ciastka Dr Gerard Pasja, 170 g – 3,49 zł\n"
        "Cukierki Mieszko Michaszki, 1 kg – 24,99 zł\n"
        "Makaron Lubella świderki, 400 g – 2,99 zł\n"
        "Oferta ważna do wyczerpania zapasów.",
        "Quiz w pubie Pod Kogutem – runda „Kto to?” – odpowiedzi\n"
        "1. Kto „wstrzymał Słońce, ruszył Ziemię”? → Mikołaj Kopernik\n"
        "2. Kto jako pierwszy zdobył dwie Nagrody Nobla? → Maria Skłodowska-Curie\n"
        "3. Kto napisał „Pana Tadeusza”? → Adam Mickiewicz\n"
        "4. Kto dostał Nobla z literatury w 1996 roku? → Wisława Szymborska\n"
        "5. Jak nazywał się niedźwiedź-żołnierz z armii Andersa? → Wojtek",
        "Odjazdy – {city} Główny\n"
        "06:12  EIC 1402 „Sobieski”       Wien Hbf             peron 3\n"
        "07:40  IC 3806 „Kopernik”        Toruń Główny         peron 2\n"
        "08:05  TLK 53104 „Moniuszko”     Kraków Główny        peron 4\n"
        "22:15  EN 406 „Chopin”           Wien / Praha         peron 1\n"
        "Pociąg „Kopernik” opóźniony o ok. 15 minut.",
        "Karta funduszu – Subfundusz Akcji Polskich, kategoria A\n"
        "ISIN: PLFIO0000123 · kod KNF: PLSFIO00478\n"
        "Największe pozycje: PKN Orlen, PKO BP, KGHM, LPP, Dino\n"
        "Zarządzający: zespół akcji krajowych · depozytariusz: {company}\n"
        "Opłata za zarządzanie 2,5 % · wskaźnik ryzyka 6/7\n"
        "Infolinia: 801 30 30 30 (opłata wg taryfy operatora)",
        "Szkoła Psów Przewodników – tegoroczni absolwenci\n"
        "Bursztyn, labrador, 2 lata – po 18 miesiącach szkolenia\n"
        "Figa, golden retriever, 2 lata – specjalność: przejścia z sygnalizacją\n"
        "Hrabia, owczarek niemiecki, 3 lata – pies do prowadzenia w terenie wiejskim\n"
        "Wszystkie psy przekazano nowym użytkownikom {date}. Dziękujemy wolontariuszom!",
        "Uchwała nr {num}/2025 Rady Miejskiej w {city} w sprawie nadania nazw ulicom\n"
        "§ 1. Nadaje się nazwy: ulica Ireny Sendlerowej, rondo Wandy Rutkiewicz, skwer Agnieszki "
        "Osieckiej.\n"
        "§ 2. Uchwała wchodzi w życie po upływie 14 dni od ogłoszenia w Dzienniku Urzędowym "
        "Województwa.",
        "Skład: mąka PSZENNA, cukier, masło (16 %), JAJA, miód, przyprawa korzenna. Może zawierać "
        "ORZECHY.\n"
        "Najlepiej spożyć przed: patrz bok opakowania · Partia 2417/B\n"
        "Producent: {company}, {street}, {postcode} {city}\n"
        "Infolinia konsumencka: 800 100 200 (bezpłatna) · kontakt@przyklad-piernik.pl",
        "Koncert jesienny – sala kameralna\n"
        "Stanisław Moniuszko: Bajka, uwertura fantastyczna\n"
        "Fryderyk Chopin: Koncert fortepianowy e-moll op. 11, cz. II (Romance)\n"
        "Henryk Mikołaj Górecki: III Symfonia op. 36 „Symfonia pieśni żałosnych”, cz. II\n"
        "Orkiestra Kameralna {city} · Bilety w kasie lub pod nr 22 551 71 28",
        "Schronisko PTTK na Markowych Szczawinach im. Hugona Zapałowicza\n"
        "Czynne cały rok · 80 miejsc noclegowych\n"
        "Rezerwacje: 33 877 10 23 · recepcja@przyklad-schronisko.pl\n"
        "Obsługa schroniska nie przechowuje bagażu. Cisza nocna 22:00–6:00.\n"
        "GOPR: 985 lub 601 100 300",
        "szkółka – powojniki brata stefana franczaka, sadzonki w doniczkach 2 l\n"
        "'jan paweł ii' – biało-różowy, 29 zł\n"
        "'kardynał wyszyński' – karminowy, 27 zł\n"
        "'warszawska nike' – purpurowy, 25 zł\n"
        "'polish spirit' – fioletowy, 25 zł\n"
        "wysyłka kurierem od kwietnia",
        "DKF „Kinematograf” – przegląd „Wajda i Kieślowski”\n"
        "wt. 19:00 Człowiek z marmuru (1976)\n"
        "śr. 19:00 Dekalog, jeden (1988)\n"
        "czw. 19:00 Ziemia obiecana (1974)\n"
        "pt. 20:00 Trzy kolory: Niebieski (1993), z Juliette Binoche",
        "Ważne numery\n"
        "Numer alarmowy: 112 · Pogotowie: 999 · Straż: 998 · Policja: 997\n"
        "Telefon zaufania dla dzieci i młodzieży: 116 111\n"
        "Centrum Wsparcia dla osób w stanie kryzysu psychicznego: 800 70 2222\n"
        "Niebieska Linia: 800 120 002\n"
        "Nocna i świąteczna opieka zdrowotna w {city}: 32 444 10 10",
    ],
}
