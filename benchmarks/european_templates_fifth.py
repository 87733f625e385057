"""Fifth round of held-out European test texts for the accuracy harness (`eval_european.py`).

Per language (de, fr, es, it, nl, pl), 12 notes that name a person or hold a person's
contact or identifier, and 12 that hold none. They were written by hand, independently of
the classifier, and no classifier was run on them while they were written: neither the
classifier nor its lists were tuned on them, and nobody has looked at how the classifier
reads them. They are the fifth round and are held out: use them for measurement only,
after the first round (`PERSONAL`, `NOT_PERSONAL`), the second (`PERSONAL_NEW`,
`NOT_PERSONAL_NEW`), the third (`european_templates_third.py`) and the fourth
(`european_templates_fourth.py`).

Genres the earlier rounds lack. Personal: a data subject's access request under the GDPR
signed with the name, a work reference with a form of address, a parking permit list as
comma-separated values with a header, a collection for a colleague's wedding present, a
visitor badge log in key=value form, a court's summons with a firm against a person, a
bank statement line whose only personal item is the payer's name at the end, a lower-case
note to the nursery naming who picks the child up, a doctor's referral (in it and pl with
the national identifier), a lost-and-found entry in JSON with the owner's phone but no
name, a Teams chat with @mentions, and a CV's head that opens with the name. Not
personal: a product recall, a canteen menu with dishes named after people (Margherita,
Melba, Suzette, Caesar), a fire drill plan, a travel policy, a lower-case changelog, a
sales forecast as comma-separated values, a JSON of meeting-room bookings by rooms named
after mountains and islands, schools, hospitals and museums named after famous people, a
storm and road closure notice, a firm's press release, a public tender, and lower-case
chat about machines.

Placeholders are those of `eval_european.Filler`. A template written all in lower case is
meant to be filled in lower case (`Filler.fill(template, lower_as_written=True)`).
"""

from __future__ import annotations

PERSONAL_FIFTH: dict[str, list[str]] = {
    "de": [
        "Betreff: Auskunftsersuchen nach Art. 15 DSGVO\n\nSehr geehrte Damen und Herren,\n"
        "bitte teilen Sie mir mit, ob Sie personenbezogene Daten zu meiner Person "
        "verarbeiten, und wenn ja, welche, zu welchem Zweck und an wen diese weitergegeben "
        "wurden. Zur Identifikation: Kundennummer {num}, hinterlegte E-Mail-Adresse "
        "{email}.\n\nMit freundlichen Grüßen\n{name}",
        "{addr} war vom 01.04.2019 bis zum {date} in unserem Haus in der "
        "Debitorenbuchhaltung tätig. Die übertragenen Aufgaben wurden stets zu unserer "
        "vollsten Zufriedenheit erledigt. Wir bedauern das Ausscheiden sehr und wünschen "
        "für die Zukunft alles Gute.",
        "Stellplatz,Kennzeichen,Inhaber,gültig bis\nP1-04,M-KL 4471,{name},{date}\n"
        "P1-05,DA-RT 218,{name2},31.12.2025",
        "Liebe Kolleginnen und Kollegen, {first} {last} aus dem Einkauf heiratet am "
        "Samstag! Wir sammeln für ein gemeinsames Geschenk – der Umschlag liegt bis "
        "Donnerstag bei {name2} am Empfang, die Karte zum Unterschreiben auch.",
        '2024-09-12 08:52:10 badge=V-0417 besucher="{name}" firma="{company}" '
        'gastgeber="{name2}" checkout=11:34',
        "Amtsgericht {city}\nAz. 12 C {num}/24\n\nIn dem Rechtsstreit {company} gegen "
        "{name} wird Termin zur mündlichen Verhandlung bestimmt auf den {date}, 10:30 Uhr, "
        "Sitzungssaal 1.12. Das persönliche Erscheinen der beklagten Partei wird "
        "angeordnet.",
        "{date} SEPA-Gutschrift {amount},00 EUR Miete Okt. Whg. 3. OG li. Auftraggeber: "
        "{name}",
        "hallo liebes kita-team, heute holt {name} unsere tochter gegen 15 uhr ab. die "
        "vollmacht hab ich gestern schon abgegeben. danke!",
        "Überweisungsschein\nan: Facharzt für Orthopädie\nName, Vorname des Versicherten: "
        "{last}, {first}\ngeb. am: {date}\nDiagnose: Lumbalgie, V. a. Bandscheibenvorfall "
        "L4/5\nAuftrag: MRT LWS, Mitbehandlung",
        '{"fundNr": "F-{num}", "gegenstand": "Schlüsselbund mit rotem Anhänger", '
        '"fundort": "Kantine", "datum": "{date}", "telEigentuemer": "{phone}", '
        '"status": "abgeholt"}',
        "@{name} kannst du bis morgen die Folien für {company} durchsehen? @{name2} zur "
        "Info: das Kick-off ist jetzt am {date}.",
        "{name}\n{street} · {postcode} {city}\n{phone} · {email}\n\nBerufserfahrung\n"
        "2019–heute  Teamleitung Disposition, {company}\n2014–2019  Sachbearbeitung "
        "Export, {company2}",
    ],
    "fr": [
        "Objet : demande d'accès à mes données personnelles (article 15 du RGPD)\n\n"
        "Madame, Monsieur,\nje vous prie de bien vouloir me communiquer l'ensemble des "
        "données me concernant que vous détenez, les finalités du traitement et leurs "
        "destinataires. Pour m'identifier : n° client {num}, adresse e-mail {email}.\n\n"
        "Veuillez agréer mes salutations distinguées.\n{name}",
        "Je soussigné, directeur des ressources humaines de {company}, certifie que {addr} "
        "a travaillé dans notre entreprise du 1er avril 2019 au {date} en qualité de "
        "gestionnaire de paie. Nous regrettons ce départ et formons tous nos vœux de "
        "réussite.",
        "Place,Immatriculation,Titulaire,Valable jusqu'au\nB-12,GH-417-KT,{name},{date}\n"
        "B-13,FR-208-ZL,{name2},31/12/2025",
        "Coucou à tous ! {first} {last} de la compta se marie samedi. On fait une cagnotte "
        "pour un cadeau commun : l'enveloppe et la carte à signer sont à l'accueil chez "
        "{name2} jusqu'à jeudi.",
        '2024-09-12 08:52:10 badge=V-0417 visiteur="{name}" societe="{company}" '
        'hote="{name2}" sortie=11:34',
        "Tribunal judiciaire de {city}\nRG n° 24/{num}\n\nAffaire {company} c/ {name}\n"
        "Les parties sont convoquées à l'audience du {date} à 9 h 30, salle 4. La "
        "comparution personnelle de la partie défenderesse est ordonnée.",
        "{date} VIR SEPA RECU {amount},00 EUR /MOTIF LOYER OCTOBRE APPT 3 /DE {name}",
        "bonjour, ce soir c'est {name} qui vient chercher notre fille à la crèche vers "
        "17 h, l'autorisation a été signée hier. merci !",
        "Cher confrère,\nje vous adresse {addr}, 54 ans, pour avis cardiologique : "
        "douleurs thoraciques à l'effort depuis trois semaines, ECG de repos normal. Je "
        "vous remercie de votre avis.\nBien confraternellement",
        '{"n_objet": "OT-{num}", "objet": "trousseau de clés avec porte-clés rouge", '
        '"lieu": "cafétéria", "date": "{date}", "tel_proprietaire": "{phone}", '
        '"statut": "restitué"}',
        "@{name} tu peux relire les slides pour {company} d'ici demain ? @{name2} pour "
        "info, le kick-off passe au {date}.",
        "{name}\n{street}, {postcode} {city}\n{phone} – {email}\n\nExpérience "
        "professionnelle\n2019 – aujourd'hui : responsable d'exploitation transport, "
        "{company}\n2014 – 2019 : planification des tournées, {company2}",
    ],
    "es": [
        "Asunto: ejercicio del derecho de acceso (art. 15 RGPD)\n\nMuy señores míos:\n"
        "les solicito que me informen de si tratan datos personales que me conciernen y, "
        "en tal caso, cuáles, con qué finalidad y a quién se han comunicado. Para "
        "identificarme: n.º de cliente {num}, correo electrónico {email}.\n\n"
        "Atentamente,\n{name}",
        "Por la presente certificamos que {addr} ha prestado servicios en {company} desde "
        "el 1 de abril de 2019 hasta el {date}, desempeñando funciones de gestión de "
        "nóminas con gran profesionalidad y compromiso.",
        "Plaza,Matrícula,Titular,Válido hasta\nP1-04,4471 KLM,{name},{date}\n"
        "P1-05,2183 HBT,{name2},31/12/2025",
        "¡Hola a todos! {first} {last}, de contabilidad, se casa el sábado. Estamos "
        "haciendo un bote para un regalo conjunto: el sobre y la tarjeta para firmar están "
        "en recepción con {name2} hasta el jueves.",
        '2024-09-12 08:52:10 tarjeta=V-0417 visitante="{name}" empresa="{company}" '
        'anfitrion="{name2}" salida=11:34',
        "Juzgado de Primera Instancia n.º 3 de {city}\nProcedimiento ordinario "
        "{num}/2024\n\nEn el procedimiento seguido a instancia de {company} contra {name}, "
        "se cita a las partes a la audiencia previa del {date} a las 10:30 en la sala 4.",
        "{date} TRANSFERENCIA RECIBIDA {amount},00 EUR CONCEPTO: ALQUILER OCTUBRE 3º IZDA "
        "ORDENANTE: {name}",
        "hola, hoy a nuestro hijo lo recoge {name} a las 15:00, la autorización la "
        "firmamos ayer. ¡gracias!",
        "Hoja de interconsulta a Traumatología\nPaciente: {name}\nFecha de nacimiento: "
        "{date}\nMotivo: lumbalgia de seis semanas de evolución sin mejoría con AINE. Se "
        "solicita valoración y RM lumbar.",
        '{"n_objeto": "OP-{num}", "objeto": "llavero con llaves de coche", "lugar": '
        '"comedor", "fecha": "{date}", "tel_propietario": "{phone}", "estado": "devuelto"}',
        "@{name} ¿puedes revisar las diapos de {company} para mañana? @{name2} para que lo "
        "sepas, el kick-off pasa al {date}.",
        "{name}\n{street}, {postcode} {city}\n{phone} | {email}\n\nExperiencia "
        "profesional\n2019 – actualidad: jefatura de tráfico, {company}\n2014 – 2019: "
        "planificación de rutas, {company2}",
    ],
    "it": [
        "Oggetto: richiesta di accesso ai dati personali (art. 15 GDPR)\n\nGentili "
        "Signori,\ncon la presente chiedo di sapere se trattate dati personali che mi "
        "riguardano e, in tal caso, quali, per quali finalità e a chi sono stati "
        "comunicati. Per l'identificazione: codice cliente {num}, e-mail {email}.\n\n"
        "Distinti saluti\n{name}",
        "Si attesta che {addr} ha prestato servizio presso {company} dal 1° aprile 2019 al "
        "{date}, occupandosi dell'elaborazione di paghe e contributi con serietà e "
        "competenza. Ci dispiace per la partenza e auguriamo ogni successo.",
        "Posto,Targa,Titolare,Valido fino al\nP1-04,GH 417 KT,{name},{date}\n"
        "P1-05,FR 208 ZL,{name2},31/12/2025",
        "Ciao a tutti! {first} {last} dell'amministrazione si sposa sabato: facciamo una "
        "colletta per un regalo di gruppo. Busta e biglietto da firmare restano da {name2} "
        "in reception fino a giovedì.",
        '2024-09-12 08:52:10 badge=V-0417 visitatore="{name}" azienda="{company}" '
        'referente="{name2}" uscita=11:34',
        "Tribunale di {city}\nR.G. n. {num}/2024\n\nNella causa promossa da {company} "
        "contro {name}, le parti sono convocate all'udienza del {date} alle ore 10:30, "
        "aula 4, per la comparizione personale.",
        "{date} BONIFICO A VOSTRO FAVORE {amount},00 EUR CAUSALE: AFFITTO OTTOBRE INT. 3 "
        "ORDINANTE: {name}",
        "buongiorno, oggi il bambino lo viene a prendere {name} verso le 16, la delega "
        "l'abbiamo firmata ieri. grazie!",
        "Impegnativa\nAssistito: {name}\nCodice fiscale: {nid}\nPrestazione richiesta: "
        "visita ortopedica\nQuesito diagnostico: lombalgia persistente, sospetta ernia "
        "L4-L5\nPriorità: D",
        '{"n_oggetto": "OS-{num}", "oggetto": "mazzo di chiavi con portachiavi rosso", '
        '"luogo": "mensa", "data": "{date}", "tel_proprietario": "{phone}", '
        '"stato": "restituito"}',
        "@{name} riesci a rivedere le slide per {company} entro domani? @{name2} per "
        "conoscenza, il kick-off slitta al {date}.",
        "{name}\n{street}, {postcode} {city}\n{phone} · {email}\n\nEsperienza "
        "professionale\n2019 – oggi: responsabile ufficio traffico, {company}\n"
        "2014 – 2019: pianificazione trasporti, {company2}",
    ],
    "nl": [
        "Onderwerp: inzageverzoek AVG (artikel 15)\n\nGeachte heer/mevrouw,\nHierbij "
        "verzoek ik u mij te laten weten of u persoonsgegevens van mij verwerkt en, zo ja, "
        "welke, voor welk doel en aan wie u die hebt verstrekt. Ter identificatie: "
        "klantnummer {num}, e-mailadres {email}.\n\nMet vriendelijke groet,\n{name}",
        "Hierbij verklaren wij dat {addr} van 1 april 2019 tot en met {date} bij {company} "
        "werkzaam was op de afdeling salarisadministratie. Wij hebben de samenwerking als "
        "zeer prettig ervaren en wensen veel succes.",
        "Plek,Kenteken,Houder,Geldig tot\nP1-04,GH-417-K,{name},{date}\n"
        "P1-05,K-208-ZL,{name2},31-12-2025",
        "Hoi allemaal! {first} {last} van de financiële administratie gaat zaterdag "
        "trouwen. We zamelen in voor een gezamenlijk cadeau: de envelop en de kaart liggen "
        "tot donderdag bij {name2} op de receptie, een Tikkie mag ook.",
        '2024-09-12 08:52:10 pas=V-0417 bezoeker="{name}" bedrijf="{company}" '
        'ontvangen_door="{name2}" vertrek=11:34',
        "Rechtbank {city}, team kanton\nZaaknummer {num}\n\nIn de zaak van {company} tegen "
        "{name} is de mondelinge behandeling bepaald op {date} om 10.30 uur. Partijen "
        "worden verzocht in persoon te verschijnen.",
        "{date} Bijschrijving € {amount},00 Omschrijving: huur oktober 3-hoog Naam "
        "tegenrekening: {name}",
        "hoi juf, vandaag wordt onze zoon om 15.00 uur opgehaald door {name}, de "
        "machtiging hebben we gisteren getekend. dank je!",
        "Verwijsbrief huisarts\nAan: polikliniek orthopedie\nBetreft: {name}, geb. {date}\n"
        "Reden van verwijzing: aanhoudende lage rugpijn sinds zes weken met uitstraling "
        "naar het linkerbeen. Graag beoordeling en zo nodig MRI.",
        '{"vondstnr": "GV-{num}", "voorwerp": "sleutelbos met rode sleutelhanger", '
        '"plaats": "bedrijfsrestaurant", "datum": "{date}", "tel_eigenaar": "{phone}", '
        '"status": "opgehaald"}',
        "@{name} kun jij de slides voor {company} morgen even nalopen? @{name2} ter info, "
        "de kick-off is verzet naar {date}.",
        "{name}\n{street}, {postcode} {city}\n{phone} | {email}\n\nWerkervaring\n"
        "2019 – heden: teamleider planning, {company}\n2014 – 2019: transportplanning, "
        "{company2}",
    ],
    "pl": [
        "Temat: wniosek o dostęp do danych osobowych (art. 15 RODO)\n\nSzanowni Państwo,\n"
        "proszę o informację, czy przetwarzają Państwo moje dane osobowe, a jeśli tak – "
        "jakie, w jakim celu i komu zostały udostępnione. Dane do identyfikacji: nr "
        "klienta {num}, e-mail {email}.\n\nZ poważaniem\n{name}",
        "Referencje\n{company} potwierdza, że {addr} pracuje w naszej firmie od 1 kwietnia "
        "2019 r. w dziale płac; zatrudnienie trwa do {date}. Powierzone zadania są "
        "wykonywane rzetelnie i terminowo. Z przekonaniem polecamy tę osobę.",
        "Miejsce,Nr rejestracyjny,Użytkownik,Ważne do\nP1-04,WA 4471K,{name},{date}\n"
        "P1-05,KR 218TH,{name2},31.12.2025",
        "Hej wszystkim! {first} {last} z księgowości bierze w sobotę ślub. Zbieramy na "
        "wspólny prezent – koperta i kartka do podpisania są do czwartku na recepcji "
        "(pilnuje ich {name2}).",
        '2024-09-12 08:52:10 identyfikator=V-0417 gosc="{name}" firma="{company}" '
        'przyjmujacy="{name2}" wyjscie=11:34',
        "Sąd Rejonowy, I Wydział Cywilny\nSygn. akt I C {num}/24\n\nWezwanie\nPowód: "
        "{company}\nStrona pozwana: {name}\nRozprawa odbędzie się {date} o godz. 10:30, "
        "sala 4. Stawiennictwo stron obowiązkowe.",
        "{date} PRZELEW PRZYCHODZĄCY {amount},00 PLN TYTUŁ: CZYNSZ PAŹDZIERNIK M. 3 "
        "NADAWCA: {name}",
        "dzień dobry, dzisiaj syna odbierze z przedszkola {name} około 15:00, upoważnienie "
        "podpisaliśmy wczoraj. dziękujemy!",
        "Skierowanie do poradni ortopedycznej\nPacjent: {name}\nPESEL: {nid}\nRozpoznanie: "
        "M54.5 ból krzyża\nCel skierowania: konsultacja, ewentualnie MRI odcinka "
        "lędźwiowego",
        '{"nr_zguby": "Z-{num}", "przedmiot": "pęk kluczy z czerwonym brelokiem", '
        '"miejsce": "stołówka", "data": "{date}", "tel_wlasciciela": "{phone}", '
        '"status": "odebrano"}',
        "@{name} dasz radę do jutra przejrzeć slajdy dla firmy {company}? @{name2} do "
        "wiadomości: kick-off przesunięty na {date}.",
        "{name}\n{street}, {postcode} {city}\ntel. {phone} | {email}\n\nDoświadczenie "
        "zawodowe\n2019 – obecnie: kierownik zespołu spedycji, {company}\n2014 – 2019: "
        "planowanie transportu, {company2}",
    ],
}

NOT_PERSONAL_FIFTH: dict[str, list[str]] = {
    "de": [
        "Produktrückruf: {company} ruft vorsorglich den Wasserkocher „Aqua 1.7“ mit der "
        "Chargennummer {num} zurück. Bei einzelnen Geräten kann sich der Deckel lösen. Der "
        "Kaufpreis wird in allen Filialen erstattet, auch ohne Kassenbon.",
        "Speiseplan KW 41\nMo: Linsensuppe mit Würstchen / Gemüsecurry (vegan)\nDi: "
        "Schnitzel Wiener Art mit Pommes\nMi: Kaiserschmarrn, als Dessert Pfirsich Melba\n"
        "Do: Pizza Margherita / Maultaschen in Brühe\nFr: Fisch des Tages",
        "Räumungsübung am {date} um 10:15 Uhr. Beim Alarm das Gebäude über die "
        "Treppenhäuser verlassen, keine Aufzüge benutzen. Sammelplatz: Parkplatz Nord. Die "
        "Brandschutzhelfer tragen gelbe Warnwesten.",
        "Reiserichtlinie, Abschnitt 4: Bahnfahrten bis 4 Stunden in der 2. Klasse, darüber "
        "1. Klasse. Inlandsflüge nur mit Genehmigung der Bereichsleitung. Hotelkosten "
        "werden bis 120 EUR pro Nacht erstattet, in {city} bis 160 EUR.",
        "v2.14.0 ({date})\n- neu: export als csv im bestellmodul\n- fix: absturz beim "
        "drucken von lieferscheinen\n- geändert: timeout der api auf 30 s erhöht",
        "Vertriebsgebiet,Ist Q3,Prognose Q4,Abweichung\n{city},{amount},{amount},+4 %\n"
        "{city2},{amount},{amount},-2 %\n{city3},{amount},{amount},0 %",
        '[{"raum": "Zugspitze", "datum": "{date}", "von": "09:00", "bis": "10:30", '
        '"thema": "Budget Q4"}, {"raum": "Watzmann", "datum": "{date}", "von": "13:00", '
        '"bis": "14:00", "thema": "Lieferantengespräch {company}"}]',
        "Unser Ausbildungsteam stellt sich am {date} an der Sophie-Scholl-Gesamtschule in "
        "{city} vor; im November folgen Besuche im Deutschen Museum und im Heinz Nixdorf "
        "MuseumsForum.",
        "Unwetterwarnung für {city}: ab 14 Uhr Sturmböen bis 100 km/h. Die A7 ist zwischen "
        "{city2} und {city3} voll gesperrt. Wer kann, arbeitet heute Nachmittag mobil.",
        "Pressemitteilung – {city}, {date}. {company} übernimmt die Logistiksparte von "
        "{company2} und baut sein Netz damit auf 14 Standorte aus. Der Vollzug steht unter "
        "dem Vorbehalt der Freigabe durch das Bundeskartellamt.",
        "Öffentliche Ausschreibung Nr. {num}/2024 – Unterhaltsreinigung der "
        "Verwaltungsgebäude in {city}, Lose 1 und 2. Angebotsfrist: {date}, 12:00 Uhr. "
        "Vergabeunterlagen über das Vergabeportal, Bieterfragen nur schriftlich.",
        "spritzguss 4 läuft wieder, war die düsenheizung. presse 2 macht aber immer noch "
        "komische geräusche, hab die instandhaltung angerufen",
    ],
    "fr": [
        "Rappel produit : par mesure de précaution, {company} rappelle la bouilloire "
        "« Aqua 1,7 L » portant le numéro de lot {num}. Sur certains appareils, le "
        "couvercle peut se détacher. Remboursement dans tous les magasins, même sans "
        "ticket de caisse.",
        "Menu de la semaine\nLundi : velouté de potiron, blanquette de veau\nMardi : pizza "
        "Margherita / gratin de légumes\nMercredi : bœuf bourguignon\nJeudi : poisson du "
        "jour, pêche Melba\nVendredi : crêpes Suzette en dessert",
        "Exercice d'évacuation le {date} à 10 h 15. Au signal, quitter le bâtiment par les "
        "escaliers, ne pas utiliser les ascenseurs. Point de rassemblement : parking nord. "
        "Les guides et serre-files portent un gilet jaune.",
        "Politique voyages, article 4 : train en 2de classe pour les trajets de moins de "
        "3 heures, 1re classe au-delà. Vols intérieurs soumis à l'accord de la direction "
        "de BU. Hôtel remboursé jusqu'à 110 € la nuit, 150 € à {city}.",
        "v2.14.0 ({date})\n- nouveau : export csv dans le module commandes\n- correctif : "
        "plantage à l'impression des bons de livraison\n- modifié : délai d'expiration de "
        "l'api porté à 30 s",
        "Secteur,Réalisé T3,Prévision T4,Écart\n{city},{amount},{amount},+4 %\n"
        "{city2},{amount},{amount},-2 %\n{city3},{amount},{amount},0 %",
        '[{"salle": "Mont Blanc", "date": "{date}", "debut": "09:00", "fin": "10:30", '
        '"objet": "budget T4"}, {"salle": "Ventoux", "date": "{date}", "debut": "13:00", '
        '"fin": "14:00", "objet": "point fournisseur {company}"}]',
        "Nos apprentis présenteront nos métiers au lycée Victor-Hugo de {city} le {date} ; "
        "en novembre, sortie au musée Rodin puis à l'hôpital Georges-Pompidou pour la "
        "journée du don du sang.",
        "Vigilance orange vents violents sur {city} à partir de 14 h. L'A7 est coupée "
        "entre {city2} et {city3}. Ceux qui le peuvent sont invités à télétravailler cet "
        "après-midi.",
        "Communiqué de presse – {city}, le {date}. {company} annonce l'acquisition de "
        "l'activité logistique de {company2}, portant son réseau à 14 plateformes. "
        "L'opération reste soumise à l'autorisation de l'Autorité de la concurrence.",
        "Avis d'appel public à la concurrence n° {num} – nettoyage des bâtiments "
        "administratifs de {city}, lots 1 et 2. Date limite de remise des offres : {date}, "
        "12 h. Dossier sur le profil acheteur ; questions uniquement par écrit.",
        "l'injecteuse 4 est repartie, c'était la résistance de buse. par contre la presse 2 "
        "fait toujours un bruit bizarre, j'ai appelé la maintenance",
    ],
    "es": [
        "Aviso de retirada: {company} retira de forma preventiva el hervidor «Aqua 1,7 L» "
        "del lote {num}. En algunas unidades la tapa puede soltarse. Se reembolsa el "
        "importe en cualquier tienda, también sin tique.",
        "Menú de la semana\nLunes: lentejas estofadas / ensalada César\nMartes: pizza "
        "margarita, crema de calabaza\nMiércoles: paella de marisco\nJueves: merluza a la "
        "romana\nViernes: tarta de Santiago de postre",
        "Simulacro de evacuación el {date} a las 10:15. Al sonar la alarma, salgan por las "
        "escaleras y no usen los ascensores. Punto de encuentro: aparcamiento norte. El "
        "equipo de emergencia llevará chaleco amarillo.",
        "Política de viajes, apartado 4: tren en clase turista para trayectos de menos de "
        "3 horas; vuelos nacionales solo con autorización de la dirección del área. Se "
        "reembolsa el hotel hasta 110 € por noche (150 € en {city}).",
        "v2.14.0 ({date})\n- nuevo: exportación a csv en el módulo de pedidos\n- "
        "corregido: cierre inesperado al imprimir albaranes\n- cambiado: timeout de la api "
        "ampliado a 30 s",
        "Zona,Real T3,Previsión T4,Desviación\n{city},{amount},{amount},+4 %\n"
        "{city2},{amount},{amount},-2 %\n{city3},{amount},{amount},0 %",
        '[{"sala": "Teide", "fecha": "{date}", "inicio": "09:00", "fin": "10:30", '
        '"asunto": "presupuesto T4"}, {"sala": "Mulhacén", "fecha": "{date}", "inicio": '
        '"13:00", "fin": "14:00", "asunto": "reunión con {company}"}]',
        "Este año el voluntariado corporativo colabora con el Hospital Gregorio Marañón y "
        "con el IES Miguel de Cervantes de {city}; la salida al Museo Sorolla será el "
        "{date}.",
        "Aviso naranja por viento en {city} a partir de las 14:00. La A-7 está cortada "
        "entre {city2} y {city3}. Quien pueda, que teletrabaje esta tarde.",
        "Nota de prensa – {city}, {date}. {company} adquiere el negocio logístico de "
        "{company2} y amplía su red a 14 plataformas. La operación está sujeta a la "
        "autorización de la CNMC.",
        "Licitación n.º {num}: servicio de limpieza de los edificios administrativos de "
        "{city}, lotes 1 y 2. Fin del plazo de presentación de ofertas: {date}, 12:00. "
        "Pliegos en la Plataforma de Contratación del Sector Público; consultas solo por "
        "escrito.",
        "la inyectora 4 ya va, era la resistencia de la boquilla. la prensa 2 sigue "
        "haciendo un ruido raro, he llamado a mantenimiento",
    ],
    "it": [
        "Richiamo prodotto: a scopo precauzionale {company} richiama il bollitore «Aqua "
        "1,7 L» del lotto {num}. Su alcuni esemplari il coperchio potrebbe staccarsi. "
        "Rimborso in tutti i punti vendita, anche senza scontrino.",
        "Menù della settimana\nLunedì: pasta e fagioli, carpaccio di manzo\nMartedì: pizza "
        "margherita / parmigiana di melanzane\nMercoledì: risotto alla milanese\nGiovedì: "
        "saltimbocca alla romana\nVenerdì: baccalà, torta della nonna",
        "Prova di evacuazione il {date} alle 10:15. Al suono dell'allarme uscire dalle "
        "scale, non usare gli ascensori. Punto di raccolta: parcheggio nord. Gli addetti "
        "antincendio indossano il gilet giallo.",
        "Policy trasferte, punto 4: treno in seconda classe per tratte fino a 3 ore; voli "
        "nazionali solo con autorizzazione del direttore di funzione. Hotel rimborsato "
        "fino a 110 € a notte (150 € a {city}).",
        "v2.14.0 ({date})\n- novità: esportazione in csv nel modulo ordini\n- corretto: "
        "crash durante la stampa dei ddt\n- modificato: timeout delle api portato a 30 s",
        "Area,Consuntivo Q3,Previsione Q4,Scostamento\n{city},{amount},{amount},+4 %\n"
        "{city2},{amount},{amount},-2 %\n{city3},{amount},{amount},0 %",
        '[{"sala": "Cervino", "data": "{date}", "inizio": "09:00", "fine": "10:30", '
        '"oggetto": "budget Q4"}, {"sala": "Monviso", "data": "{date}", "inizio": '
        '"13:00", "fine": "14:00", "oggetto": "incontro fornitore {company}"}]',
        "Quest'anno il volontariato aziendale collabora con il Policlinico Gemelli e con "
        "l'istituto comprensivo Giovanni Pascoli di {city}; la visita al Museo Leonardo da "
        "Vinci è fissata per il {date}.",
        "Allerta arancione per vento forte su {city} dalle 14. L'A1 è chiusa tra {city2} e "
        "{city3}. Chi può lavori da casa nel pomeriggio.",
        "Comunicato stampa – {city}, {date}. {company} acquisisce il ramo logistica di "
        "{company2} e porta la propria rete a 14 hub. Il perfezionamento dell'operazione è "
        "soggetto all'autorizzazione dell'Antitrust.",
        "Bando di gara n. {num} – servizio di pulizia degli uffici amministrativi di "
        "{city}, lotti 1 e 2. Termine per la presentazione delle offerte: {date}, ore "
        "12:00. Documentazione sulla piattaforma telematica, chiarimenti solo per iscritto.",
        "la pressa a iniezione 4 è ripartita, era l'ugello. la pressa 2 però fa ancora un "
        "rumore strano, ho chiamato la manutenzione",
    ],
    "nl": [
        "Terugroepactie: uit voorzorg roept {company} de waterkoker ‘Aqua 1,7 L’ met "
        "batchnummer {num} terug. Bij enkele exemplaren kan het deksel loskomen. U krijgt "
        "het aankoopbedrag terug in alle winkels, ook zonder kassabon.",
        "Weekmenu bedrijfsrestaurant\nMaandag: erwtensoep, broodje kroket\nDinsdag: pizza "
        "margherita / groentelasagne\nWoensdag: boerenkool met rookworst\nDonderdag: salade "
        "Caesar\nVrijdag: Bossche bol als toetje",
        "Ontruimingsoefening op {date} om 10.15 uur. Verlaat bij het alarm het gebouw via "
        "de trappenhuizen en gebruik de liften niet. Verzamelplaats: parkeerterrein noord. "
        "De BHV'ers dragen een geel hesje.",
        "Reisbeleid, artikel 4: treinreizen tot 3 uur in de tweede klas, daarboven eerste "
        "klas. Binnenlandse vluchten alleen met toestemming van de directie. Hotelkosten "
        "worden vergoed tot € 110 per nacht, in {city} tot € 150.",
        "v2.14.0 ({date})\n- nieuw: export naar csv in de ordermodule\n- opgelost: crash "
        "bij het printen van pakbonnen\n- gewijzigd: time-out van de api verhoogd naar "
        "30 s",
        "Regio,Realisatie Q3,Prognose Q4,Afwijking\n{city},{amount},{amount},+4 %\n"
        "{city2},{amount},{amount},-2 %\n{city3},{amount},{amount},0 %",
        '[{"ruimte": "Texel", "datum": "{date}", "van": "09:00", "tot": "10:30", '
        '"onderwerp": "begroting Q4"}, {"ruimte": "Vlieland", "datum": "{date}", "van": '
        '"13:00", "tot": "14:00", "onderwerp": "leveranciersoverleg {company}"}]',
        "Ons maatschappelijk programma loopt dit jaar met het Antoni van Leeuwenhoek en het "
        "Erasmus College in {city}; het uitje naar het Van Gogh Museum staat gepland op "
        "{date}.",
        "Code oranje voor zware windstoten in {city} vanaf 14.00 uur. De A2 is dicht tussen "
        "{city2} en {city3}. Wie kan, werkt vanmiddag thuis.",
        "Persbericht – {city}, {date}. {company} neemt de logistieke tak van {company2} "
        "over en breidt zijn netwerk uit naar 14 distributiecentra. De overname is onder "
        "voorbehoud van goedkeuring door de ACM.",
        "Aanbesteding {num}: schoonmaak van de kantoorgebouwen in {city}, percelen 1 en 2. "
        "Sluitingsdatum inschrijving: {date}, 12.00 uur. Stukken via TenderNed; vragen "
        "alleen schriftelijk via de nota van inlichtingen.",
        "spuitgietmachine 4 draait weer, was de spuitmondverwarming. pers 2 maakt nog "
        "steeds een raar geluid, heb de td gebeld",
    ],
    "pl": [
        "Wycofanie produktu: {company} w ramach środków ostrożności wycofuje czajnik "
        "„Aqua 1,7 l” z partii {num}. W niektórych egzemplarzach może odpaść pokrywka. "
        "Zwrot pieniędzy w każdym sklepie, także bez paragonu.",
        "Menu stołówki, tydzień 41\nPoniedziałek: żurek, kotlet schabowy z ziemniakami\n"
        "Wtorek: pizza margherita / pierogi ruskie\nŚroda: ryba po grecku\nCzwartek: "
        "sałatka Cezar, krem z dyni\nPiątek: naleśniki z serem",
        "Próbna ewakuacja {date} o 10:15. Po usłyszeniu alarmu należy opuścić budynek "
        "klatkami schodowymi, nie korzystać z wind. Miejsce zbiórki: parking północny. "
        "Koordynatorzy ewakuacji noszą żółte kamizelki.",
        "Polityka podróży służbowych, pkt 4: pociąg w 2. klasie na trasach do 3 godzin, "
        "powyżej – 1. klasa. Loty krajowe tylko za zgodą dyrektora pionu. Hotel do 450 zł "
        "za noc (miasto: {city} – do 600 zł).",
        "v2.14.0 ({date})\n- nowe: eksport do csv w module zamówień\n- poprawka: awaria "
        "przy drukowaniu dokumentów wz\n- zmiana: timeout api zwiększony do 30 s",
        "Region,Wykonanie Q3,Prognoza Q4,Odchylenie\n{city},{amount},{amount},+4 %\n"
        "{city2},{amount},{amount},-2 %\n{city3},{amount},{amount},0 %",
        '[{"sala": "Giewont", "data": "{date}", "od": "09:00", "do": "10:30", '
        '"temat": "budżet Q4"}, {"sala": "Śnieżka", "data": "{date}", "od": "13:00", '
        '"do": "14:00", "temat": "spotkanie z dostawcą {company}"}]',
        "Oddział {city} w tym roku współpracuje z Centrum Zdrowia Dziecka i z I LO im. "
        "Adama Mickiewicza; wyjście do Muzeum Fryderyka Chopina zaplanowano na {date}.",
        "Ostrzeżenie IMGW 2. stopnia: silny wiatr, {city}, od 14:00. Autostrada A4 "
        "zamknięta na odcinku {city2} – {city3}. Kto może, niech dziś po południu pracuje "
        "zdalnie.",
        "Informacja prasowa – {city}, {date}. {company} przejmuje dział logistyki "
        "{company2} i rozbudowuje swoją sieć do 14 centrów dystrybucyjnych. Transakcja "
        "wymaga zgody Prezesa UOKiK.",
        "Przetarg nieograniczony nr {num}: sprzątanie budynków biurowych (lokalizacja: "
        "{city}), części 1 i 2. Termin składania ofert: {date}, godz. 12:00. Dokumentacja "
        "na platformie zakupowej, pytania wyłącznie w formie pisemnej.",
        "wtryskarka 4 już chodzi, to była grzałka dyszy. prasa 2 dalej dziwnie hałasuje, "
        "dzwoniłem po utrzymanie ruchu",
    ],
}
