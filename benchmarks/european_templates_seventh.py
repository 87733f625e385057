"""Seventh round of held-out European test texts for the accuracy harness (`eval_european.py`).

Per language (de, fr, es, it, nl, pl), 12 notes that name a person or hold a person's
contact or identifier, and 12 that hold none. They were written by hand, independently of
the classifier, and no classifier was run on them while they were written: neither the
classifier nor its lists were tuned on them, and nobody has looked at how the classifier
reads them. They are the seventh round and are held out: use them for measurement only,
after the first round (`PERSONAL`, `NOT_PERSONAL`), the second (`PERSONAL_NEW`,
`NOT_PERSONAL_NEW`), the third (`european_templates_third.py`), the fourth
(`european_templates_fourth.py`), the fifth (`european_templates_fifth.py`) and the sixth
(`european_templates_sixth.py`).

Their genres are in none of the earlier rounds and differ from one another; they are
deliberately not summarised here, so that whoever tunes the classifier does not learn what
the texts are about. Do not read them while tuning. The label of each text follows what it
truly holds: a famous person's name inside the name of a place or a thing is no personal
data about a data subject, and neither are a firm's own contact or bank details; an
employee's, a customer's or a patient's name, contact or identifier is.

Placeholders are those of `eval_european.Filler`. A template written all in lower case is
meant to be filled in lower case (`Filler.fill(template, lower_as_written=True)`).
"""

from __future__ import annotations

PERSONAL_SEVENTH: dict[str, list[str]] = {
    "de": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{last};{first};;;\nFN:{first} {last}\nORG:{company};"
        "Strategischer Einkauf\nTEL;TYPE=WORK,VOICE:{phone}\nEMAIL;TYPE=INTERNET:{email}\n"
        "END:VCARD",
        "<DrctDbtTxInf>\n  <PmtId><EndToEndId>MB2025-{num}</EndToEndId></PmtId>\n"
        '  <InstdAmt Ccy="EUR">{amount}.00</InstdAmt>\n  <DrctDbtTx><MndtRltdInf>'
        "<MndtId>MITGL-{num}</MndtId><DtOfSgntr>{date}</DtOfSgntr></MndtRltdInf>"
        "</DrctDbtTx>\n  <Dbtr><Nm>{name}</Nm></Dbtr>\n  <DbtrAcct><Id><IBAN>{iban}</IBAN>"
        "</Id></DbtrAcct>\n  <RmtInf><Ustrd>Mitgliedsbeitrag 2025</Ustrd></RmtInf>\n"
        "</DrctDbtTxInf>",
        "2024-10-14 09:31:07.412 CEST [28114] FEHLER:  doppelter Schlüsselwert verletzt "
        "Unique-Constraint »kunden_email_key«\n2024-10-14 09:31:07.412 CEST [28114] DETAIL:  "
        "Schlüssel »(email)=({email})« existiert bereits.\n2024-10-14 09:31:07.412 CEST "
        "[28114] ANWEISUNG:  INSERT INTO kunden (email, newsletter) VALUES ($1, true)",
        "Übergabe Nachtdienst → Frühdienst, Station 3B\nZi. 12/1: {addr}, 84 J., Z. n. "
        "Hüft-TEP re. (3. postop. Tag). Nacht ruhig, 2× Novalgin bei Bedarf. Heute Vormittag "
        "Mobilisation mit Rollator und Physio. Sohn ruft unter {phone} an, bitte Rückruf "
        "wegen Entlassplanung.",
        "[12.10.24, 07:41:09] {name}: Bin heute im Homeoffice, die Kleine hat Fieber 🤒\n"
        "[12.10.24, 07:43:52] {name2}: Gute Besserung! Ich übernehme dein 9-Uhr-Meeting\n"
        "[12.10.24, 07:44:10] {name}: Danke dir 🙏",
        "Tierarztpraxis Am Lindenhof – Rechnung Nr. {num}\nTierhalter/in: {name}\n{street}, "
        "{postcode} {city}\nPatient: „Balu“, Labrador, männlich, 7 J.\nAllgemeinuntersuchung "
        "+ Impfung SHPPi/L4: 68,40 EUR\nZahnsteinentfernung in Narkose: {amount},00 EUR\n"
        "zahlbar innerhalb von 14 Tagen",
        "Firmenlauf {city} – 5 km, Gesamtwertung\n1. {name}  16:48\n2. {name2}  17:15\n"
        "3. {name3}  17:52\nTeamwertung: 1. {company}",
        "Hausverwaltung – Mieterwechsel\nObjekt: {street}, {postcode} {city}, 2. OG rechts\n"
        "Auszug: {name} zum {date}, Wohnungsübergabe 10:00 Uhr, Zählerstände ablesen\n"
        "Einzug: {name2}, Mietkaution (3 Nettokaltmieten) ist eingegangen",
        "| Rolle | Person | Vertretung | Durchwahl |\n|---|---|---|---|\n"
        "| Datenschutzkoordination | {name} | {name2} | -214 |\n"
        "| Evakuierungshelfer EG | {name3} | – | -118 |",
        "Fahrerermittlung zum Anhörungsbogen der Bußgeldstelle {city}, Az. {num}\nFahrzeug: "
        "M-FP 3318 (Poolfahrzeug)\nTatzeit: {date}, 16:42 Uhr, A9 Ri. Nürnberg, 27 km/h zu "
        "schnell\nFahrer/in laut Fahrtenbuch: {name}\nBitte den Anhörungsbogen bis Freitag "
        "ausgefüllt an den Fuhrpark zurückgeben.",
        '{ip} - - [14/Oct/2024:08:12:55 +0200] "GET /newsletter/abmelden?email={email}'
        '&token=c91f0a HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
        "biete mitfahrgelegenheit ab {city} (p+r am bahnhof), mo–do, los um 6:45, zurück "
        "gegen 16:30. zwei plätze frei, spritgeld nach absprache. bei interesse einfach bei "
        "{first} melden: {phone}",
    ],
    "fr": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{last};{first};;;\nFN:{first} {last}\nORG:{company};"
        "Achats projets\nTEL;TYPE=WORK,VOICE:{phone}\nEMAIL;TYPE=INTERNET:{email}\n"
        "END:VCARD",
        "<DrctDbtTxInf>\n  <PmtId><EndToEndId>COT2025-{num}</EndToEndId></PmtId>\n"
        '  <InstdAmt Ccy="EUR">{amount}.00</InstdAmt>\n  <DrctDbtTx><MndtRltdInf>'
        "<MndtId>ADH-{num}</MndtId><DtOfSgntr>{date}</DtOfSgntr></MndtRltdInf>"
        "</DrctDbtTx>\n  <Dbtr><Nm>{name}</Nm></Dbtr>\n  <DbtrAcct><Id><IBAN>{iban}</IBAN>"
        "</Id></DbtrAcct>\n  <RmtInf><Ustrd>Cotisation annuelle 2025</Ustrd></RmtInf>\n"
        "</DrctDbtTxInf>",
        "2024-10-14 09:31:07.412 CEST [28114] ERREUR:  la valeur d'une clé dupliquée rompt "
        "la contrainte unique « clients_email_key »\n2024-10-14 09:31:07.412 CEST [28114] "
        "DÉTAIL : La clé « (email)=({email}) » existe déjà.\n2024-10-14 09:31:07.412 CEST "
        "[28114] INSTRUCTION :  INSERT INTO clients (email, newsletter) VALUES ($1, true)",
        "Transmissions nuit → matin, service d'orthopédie 3B\nCh. 12 lit 1 : {addr}, 84 ans, "
        "J3 d'une PTH droite. Nuit calme, Doliprane 1 g deux fois à la demande. Premier lever "
        "au fauteuil ce matin avec le kiné. Le fils appelle au {phone} : le rappeler pour "
        "organiser la sortie.",
        "[12/10/2024 07:41:09] {name}: Je suis en télétravail aujourd'hui, le petit a de la "
        "fièvre 🤒\n[12/10/2024 07:43:52] {name2}: Bon rétablissement à lui ! Je prends ta "
        "réunion de 9 h\n[12/10/2024 07:44:10] {name}: Merci beaucoup 🙏",
        "Clinique vétérinaire des Tilleuls – Facture n° {num}\nPropriétaire : {name}\n"
        "{street}, {postcode} {city}\nAnimal : « Filou », chat européen, mâle castré, 9 ans\n"
        "Consultation + vaccin typhus-coryza : 68,00 € TTC\nDétartrage sous anesthésie : "
        "{amount},00 € TTC\nRèglement à réception",
        "Course des entreprises de {city} – 10 km, classement scratch\n1. {name}  33'48''\n"
        "2. {name2}  34'15''\n3. {name3}  35'02''\nChallenge par équipes : 1er {company}",
        "Gestion locative – changement de locataire\nLogement : {street}, {postcode} {city}, "
        "2e étage droite\nSortant : {name}, état des lieux de sortie le {date} à 10 h, relevé "
        "des compteurs\nEntrant : {name2}, dépôt de garantie (un mois hors charges) encaissé",
        "| Rôle | Titulaire | Suppléant | Poste |\n|---|---|---|---|\n"
        "| Référent RGPD | {name} | {name2} | 214 |\n"
        "| Guide-file évacuation RDC | {name3} | – | 118 |",
        "Désignation du conducteur – avis de contravention n° {num}\nVéhicule : GH-318-FP "
        "(véhicule de pool)\nInfraction : le {date} à 16 h 42, A6 sens Paris → Lyon, excès de "
        "vitesse de 27 km/h\nConducteur d'après le carnet de bord : {name}\nÀ désigner sur le "
        "site de l'ANTAI dans les 45 jours.",
        '{ip} - - [14/Oct/2024:08:12:55 +0200] "GET /newsletter/desinscription?email={email}'
        '&jeton=c91f0a HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"',
        "propose covoiturage depuis {city} (parking de la gare), du lundi au jeudi, départ "
        "6 h 45, retour vers 16 h 30. deux places libres, on partage l'essence. si ça vous "
        "intéresse, contactez {first} au {phone}",
    ],
    "es": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{last};{first};;;\nFN:{first} {last}\nORG:{company};"
        "Compras\nTEL;TYPE=WORK,VOICE:{phone}\nEMAIL;TYPE=INTERNET:{email}\nEND:VCARD",
        "<DrctDbtTxInf>\n  <PmtId><EndToEndId>CUOTA2025-{num}</EndToEndId></PmtId>\n"
        '  <InstdAmt Ccy="EUR">{amount}.00</InstdAmt>\n  <DrctDbtTx><MndtRltdInf>'
        "<MndtId>SOCIO-{num}</MndtId><DtOfSgntr>{date}</DtOfSgntr></MndtRltdInf>"
        "</DrctDbtTx>\n  <Dbtr><Nm>{name}</Nm></Dbtr>\n  <DbtrAcct><Id><IBAN>{iban}</IBAN>"
        "</Id></DbtrAcct>\n  <RmtInf><Ustrd>Cuota de socio 2025</Ustrd></RmtInf>\n"
        "</DrctDbtTxInf>",
        "2024-10-14 09:31:07.412 CEST [28114] ERROR:  llave duplicada viola restricción de "
        "unicidad «clientes_email_key»\n2024-10-14 09:31:07.412 CEST [28114] DETALLE:  Ya "
        "existe la llave (email)=({email}).\n2024-10-14 09:31:07.412 CEST [28114] SENTENCIA:  "
        "INSERT INTO clientes (email, boletin) VALUES ($1, true)",
        "Relevo de enfermería noche → mañana, planta 3B (Traumatología)\nHab. 312-1: {addr}, "
        "84 años, 3.er día tras prótesis de cadera derecha. Noche tranquila, dos rescates de "
        "Nolotil. Esta mañana sedestación en sillón con el fisio. El hijo llama al {phone}; "
        "devolverle la llamada por el alta.",
        "[12/10/24, 7:41:09] {name}: Hoy teletrabajo, el peque tiene fiebre 🤒\n"
        "[12/10/24, 7:43:52] {name2}: ¡Que se mejore! Me encargo yo de la reunión de las 9\n"
        "[12/10/24, 7:44:10] {name}: Mil gracias 🙏",
        "Clínica Veterinaria Los Álamos – Factura n.º {num}\nPropietario/a: {name}\n{street}, "
        "{postcode} {city}\nPaciente: «Toby», mestizo, macho, 7 años\nConsulta y vacuna "
        "antirrábica: 45,00 € (IVA incl.)\nLimpieza dental con sedación: {amount},00 €\n"
        "Forma de pago: tarjeta",
        "Carrera de Empresas de {city} – 10 km, clasificación general\n1. {name}  33:48\n"
        "2. {name2}  34:15\n3. {name3}  35:02\nClasificación por equipos: 1.º {company}",
        "Administración de fincas – cambio de inquilino\nVivienda: {street}, {postcode} "
        "{city}, 2.º dcha.\nSale: {name}, entrega de llaves el {date} a las 10:00 y lectura de "
        "contadores\nEntra: {name2}, fianza de una mensualidad depositada",
        "| Función | Titular | Suplente | Ext. |\n|---|---|---|---|\n"
        "| Delegado/a de protección de datos | {name} | {name2} | 214 |\n"
        "| Equipo de evacuación, planta baja | {name3} | – | 118 |",
        "Identificación del conductor – expediente sancionador n.º {num}\nVehículo: 4318 LKP "
        "(coche de flota)\nHecho: {date} a las 16:42, A-3 sentido Valencia, exceso de "
        "velocidad de 27 km/h\nConductor según el cuaderno de ruta: {name}, NIF/NIE {nid}\n"
        "Plazo para identificarlo ante la DGT: 20 días naturales.",
        '{ip} - - [14/Oct/2024:08:12:55 +0200] "GET /boletin/baja?email={email}'
        '&token=c91f0a HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Linux; Android 14; SM-A546B)"',
        "comparto coche desde {city} (aparcamiento de la estación), de lunes a jueves, salgo "
        "a las 6:45 y vuelvo sobre las 16:30. quedan dos plazas, la gasolina a medias. si te "
        "interesa, escribe a {first} al {phone}",
    ],
    "it": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{last};{first};;;\nFN:{first} {last}\nORG:{company};"
        "Ufficio acquisti\nTEL;TYPE=WORK,VOICE:{phone}\nEMAIL;TYPE=INTERNET:{email}\n"
        "END:VCARD",
        "<DrctDbtTxInf>\n  <PmtId><EndToEndId>QUOTA2025-{num}</EndToEndId></PmtId>\n"
        '  <InstdAmt Ccy="EUR">{amount}.00</InstdAmt>\n  <DrctDbtTx><MndtRltdInf>'
        "<MndtId>SOCIO-{num}</MndtId><DtOfSgntr>{date}</DtOfSgntr></MndtRltdInf>"
        "</DrctDbtTx>\n  <Dbtr><Nm>{name}</Nm></Dbtr>\n  <DbtrAcct><Id><IBAN>{iban}</IBAN>"
        "</Id></DbtrAcct>\n  <RmtInf><Ustrd>Quota associativa 2025</Ustrd></RmtInf>\n"
        "</DrctDbtTxInf>",
        '2024-10-14 09:31:07.412 CEST [28114] ERRORE:  un valore chiave duplicato viola il '
        'vincolo univoco "clienti_email_key"\n2024-10-14 09:31:07.412 CEST [28114] '
        "DETTAGLI:  La chiave (email)=({email}) esiste già.\n2024-10-14 09:31:07.412 CEST "
        "[28114] ISTRUZIONE:  INSERT INTO clienti (email, newsletter) VALUES ($1, true)",
        "Consegne notte → mattina, reparto Ortopedia 3B\nStanza 12 letto 1: {addr}, 84 anni, "
        "3ª giornata dopo protesi d'anca dx. Notte tranquilla, Tachipirina 1000 due volte al "
        "bisogno. Stamattina messa in poltrona con il fisioterapista. Il figlio chiama al "
        "{phone}: richiamarlo per la dimissione.",
        "[12/10/24, 07:41:09] {name}: Oggi sono in smart working, il bimbo ha la febbre 🤒\n"
        "[12/10/24, 07:43:52] {name2}: Auguri! Alla riunione delle 9 ci vado io\n"
        "[12/10/24, 07:44:10] {name}: Grazie mille 🙏",
        "Ambulatorio Veterinario San Francesco – Fattura n. {num}\nProprietario: {name}\n"
        "{street}, {postcode} {city}\nCodice fiscale: {nid}\nPaziente: «Briciola», meticcia, "
        "femmina sterilizzata, 7 anni\nVisita clinica + vaccino: € 60,00\nAblazione del "
        "tartaro in sedazione: € {amount},00",
        "Corsa aziendale {city} – 10 km, classifica assoluta\n1. {name}  33'48\"\n"
        "2. {name2}  34'15\"\n3. {name3}  35'02\"\nClassifica a squadre: 1ª {company}",
        "Amministrazione condominiale – cambio inquilino\nUnità: {street}, {postcode} {city}, "
        "2° piano, int. 5\nEsce: {name}, riconsegna chiavi il {date} alle 10:00, lettura dei "
        "contatori\nEntra: {name2}, deposito cauzionale di tre mensilità ricevuto",
        "| Ruolo | Titolare | Sostituto | Interno |\n|---|---|---|---|\n"
        "| Referente privacy | {name} | {name2} | 214 |\n"
        "| Addetto antincendio, piano terra | {name3} | – | 118 |",
        "Comunicazione dati del conducente – verbale n. {num}\nVeicolo: GH 318 FP (auto "
        "aziendale in pool)\nViolazione: {date} alle 16:42, A1 direzione Bologna, superamento "
        "del limite di 27 km/h\nConducente secondo il registro di bordo: {name}\nDa "
        "trasmettere all'organo accertatore entro 60 giorni dalla notifica.",
        '{ip} - - [14/Oct/2024:08:12:55 +0200] "GET /newsletter/disiscrizione?email={email}'
        '&token=c91f0a HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like '
        'Mac OS X)"',
        "offro passaggio da {city} (parcheggio della stazione), dal lunedì al giovedì, "
        "partenza alle 6:45 e ritorno verso le 16:30. due posti liberi, benzina da dividere. "
        "se vi interessa, contatto: {first}, cell. {phone}",
    ],
    "nl": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{last};{first};;;\nFN:{first} {last}\nORG:{company};"
        "Inkoop\nTEL;TYPE=WORK,VOICE:{phone}\nEMAIL;TYPE=INTERNET:{email}\nEND:VCARD",
        "<DrctDbtTxInf>\n  <PmtId><EndToEndId>CONTR2025-{num}</EndToEndId></PmtId>\n"
        '  <InstdAmt Ccy="EUR">{amount}.00</InstdAmt>\n  <DrctDbtTx><MndtRltdInf>'
        "<MndtId>LID-{num}</MndtId><DtOfSgntr>{date}</DtOfSgntr></MndtRltdInf>"
        "</DrctDbtTx>\n  <Dbtr><Nm>{name}</Nm></Dbtr>\n  <DbtrAcct><Id><IBAN>{iban}</IBAN>"
        "</Id></DbtrAcct>\n  <RmtInf><Ustrd>Contributie 2025</Ustrd></RmtInf>\n"
        "</DrctDbtTxInf>",
        '2024-10-14 09:31:07.412 CEST [28114] ERROR:  duplicate key value violates unique '
        'constraint "klanten_email_key"\n2024-10-14 09:31:07.412 CEST [28114] DETAIL:  Key '
        "(email)=({email}) already exists.\n2024-10-14 09:31:07.412 CEST [28114] STATEMENT:  "
        "INSERT INTO klanten (email, nieuwsbrief) VALUES ($1, true)",
        "Overdracht nachtdienst → vroege dienst, afdeling orthopedie 3B\nKamer 12-1: {addr}, "
        "84 jr, dag 3 na heup-TEP rechts. Rustige nacht, 2× paracetamol zo nodig. Vanochtend "
        "met de fysio naar de stoel gemobiliseerd. Zoon belt op {phone}, graag terugbellen "
        "i.v.m. ontslagplanning.",
        "[12-10-2024 07:41:09] {name}: Werk vandaag thuis, de kleine heeft koorts 🤒\n"
        "[12-10-2024 07:43:52] {name2}: Beterschap! Ik neem je overleg van 9 uur over\n"
        "[12-10-2024 07:44:10] {name}: Top, dank je 🙏",
        "Dierenkliniek De Linde – Factuur {num}\nEigenaar: {name}\n{street}, {postcode} "
        "{city}\nPatiënt: ‘Guus’, labrador, reu, 7 jaar\nConsult + vaccinatie: € 58,50\n"
        "Gebitsbehandeling onder narcose: € {amount},00\nBetaald met pin",
        "Bedrijvenloop {city} – 5 km, algemeen klassement\n1. {name}  16:48\n"
        "2. {name2}  17:15\n3. {name3}  17:52\nTeamklassement: 1. {company}",
        "Verhuurbeheer – huurderswissel\nWoning: {street}, {postcode} {city}, 2e verdieping\n"
        "Vertrekt: {name}, eindinspectie op {date} om 10.00 uur, meterstanden opnemen\n"
        "Nieuwe huurder: {name2}, waarborgsom van één maand huur ontvangen",
        "| Rol | Persoon | Vervanger | Toestel |\n|---|---|---|---|\n"
        "| Privacy officer | {name} | {name2} | 214 |\n"
        "| BHV'er begane grond | {name3} | – | 118 |",
        "Bestuurdersgegevens bij beschikking CJIB {num}\nVoertuig: V-318-FP (poolauto)\n"
        "Overtreding: {date} om 16.42 uur, A2 richting Utrecht, 27 km/u te hard\nBestuurder "
        "volgens de rittenregistratie: {name}\nConform de autoregeling wordt de boete met het "
        "salaris verrekend.",
        '{ip} - - [14/Oct/2024:08:12:55 +0200] "GET /nieuwsbrief/afmelden?email={email}'
        '&token=c91f0a HTTP/1.1" 302 0 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:131.0)"',
        "rij dagelijks vanuit {city} (p+r bij het station), ma t/m do, vertrek 6.45 uur, "
        "terug rond 16.30 uur. nog twee plekken vrij, benzinekosten delen we. interesse? app "
        "{first} even: {phone}",
    ],
    "pl": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{last};{first};;;\nFN:{first} {last}\nORG:{company};"
        "Dział zakupów\nTEL;TYPE=WORK,VOICE:{phone}\nEMAIL;TYPE=INTERNET:{email}\nEND:VCARD",
        "<CdtTrfTxInf>\n  <PmtId><EndToEndId>DEL-{num}</EndToEndId></PmtId>\n"
        '  <Amt><InstdAmt Ccy="EUR">{amount}.00</InstdAmt></Amt>\n  <Cdtr><Nm>{name}</Nm>'
        "</Cdtr>\n  <CdtrAcct><Id><IBAN>{iban}</IBAN></Id></CdtrAcct>\n  <RmtInf><Ustrd>"
        "Zwrot kosztów delegacji nr {num}</Ustrd></RmtInf>\n</CdtTrfTxInf>",
        '2024-10-14 09:31:07.412 CEST [28114] BŁĄD:  podwójna wartość klucza narusza '
        'ograniczenie unikalności "klienci_email_key"\n2024-10-14 09:31:07.412 CEST [28114] '
        "SZCZEGÓŁY:  Klucz (email)=({email}) już istnieje.\n2024-10-14 09:31:07.412 CEST "
        "[28114] WYRAŻENIE:  INSERT INTO klienci (email, newsletter) VALUES ($1, true)",
        "Raport pielęgniarski, dyżur nocny → dzienny, oddział ortopedii 3B\nSala 12, łóżko 1: "
        "{addr}, lat 84, 3. doba po endoprotezoplastyce prawego stawu biodrowego. Noc "
        "spokojna, 2× Pyralgina doraźnie. Rano pionizacja do fotela z fizjoterapeutą. Syn "
        "dzwoni z numeru {phone}, oddzwonić w sprawie wypisu.",
        "[12.10.2024, 07:41:09] {name}: Dziś pracuję z domu, mały ma gorączkę 🤒\n"
        "[12.10.2024, 07:43:52] {name2}: Zdrówka! Przejmę Twoje spotkanie o 9\n"
        "[12.10.2024, 07:44:10] {name}: Dzięki wielkie 🙏",
        "Przychodnia Weterynaryjna „Pod Lipami” – Faktura nr {num}\nWłaściciel: {name}\n"
        "{street}, {postcode} {city}\nPacjent: „Burek”, mieszaniec, samiec, 7 lat\nBadanie "
        "ogólne + szczepienie przeciw wściekliźnie: 120,00 zł\nSkaling w sedacji: "
        "{amount},00 zł\nForma płatności: karta",
        "Bieg Firmowy {city} – 5 km, klasyfikacja generalna\n1. {name}  16:48\n"
        "2. {name2}  17:15\n3. {name3}  17:52\nKlasyfikacja drużynowa: 1. {company}",
        "Zarządca nieruchomości – zmiana najemcy\nLokal: {street}, {postcode} {city}, "
        "II piętro\nWyprowadza się: {name}, protokół zdawczo-odbiorczy {date} o 10:00, odczyt "
        "liczników\nNowy najemca: {name2}, kaucja w wysokości dwóch czynszów wpłacona",
        "| Rola | Osoba | Zastępstwo | Wewn. |\n|---|---|---|---|\n"
        "| Inspektor ochrony danych | {name} | {name2} | 214 |\n"
        "| Koordynator ewakuacji, parter | {name3} | – | 118 |",
        "Wskazanie kierującego – wezwanie CANARD nr {num}\nPojazd: WX 3318F (samochód z "
        "puli)\nWykroczenie: {date}, godz. 16:42, A2 w kierunku Poznania, przekroczenie "
        "prędkości o 27 km/h\nKierujący według karty drogowej: {name}, PESEL {nid}\n"
        "Odpowiedź trzeba odesłać w ciągu 7 dni.",
        '{ip} - - [14/Oct/2024:08:12:55 +0200] "GET /newsletter/wypisz?email={email}'
        '&token=c91f0a HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
        "mam wolne miejsca w aucie na trasie {city} – biuro (zbiórka na parkingu przy "
        "dworcu), pon.–czw., wyjazd 6:45, powrót ok. 16:30. dwa miejsca, dzielimy się "
        "kosztami paliwa. chętni? kontakt: {first}, {phone}",
    ],
}

NOT_PERSONAL_SEVENTH: dict[str, list[str]] = {
    "de": [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Kundenservice {company}\nORG:{company};Kundenservice\n"
        "TEL;TYPE=WORK,VOICE:+49 800 5550123\nEMAIL;TYPE=INTERNET:service@example.de\n"
        "ADR;TYPE=WORK:;;{street};{city};;{postcode};Deutschland\n"
        "URL:https://www.example.de/kontakt\nEND:VCARD",
        "-- Migration 0042: Geburtsdatum und Telefon für Kundenkonten\nALTER TABLE kunden ADD "
        "COLUMN geburtsdatum DATE NULL;\nALTER TABLE kunden ADD COLUMN telefon VARCHAR(30) "
        "NULL;\nCREATE INDEX idx_kunden_nachname ON kunden (nachname);\nCOMMENT ON COLUMN "
        "kunden.telefon IS 'nur mit Einwilligung speichern';",
        "2024-10-14 02:10:44.118 CEST [30921] FEHLER:  Einfügen oder Aktualisieren in Tabelle "
        "»lagerbewegung« verletzt Fremdschlüssel-Constraint »lagerbewegung_artikel_fk«\n"
        "2024-10-14 02:10:44.118 CEST [30921] DETAIL:  Schlüssel (artikel_nr)=({num}) ist "
        "nicht in Tabelle »artikel« vorhanden.",
        "So finden Sie uns: Mit der Stadtbahn (Linie 16, 63 oder 66) bis zur Haltestelle "
        "Heussallee/Museumsmeile, Ausgang Friedrich-Ebert-Allee. Von dort 300 m Richtung "
        "Kreisverkehr und links in die {street_name}. Besucherparkplätze gibt es im Parkhaus "
        "am Kunstmuseum, Einfahrt über die Kurt-Georg-Kiesinger-Allee.",
        "Kennzeichen;Marke;Modell;Standort;HU fällig;Antrieb\nM-FP 1021;Opel;Vivaro;{city};"
        "{date};Diesel\nM-FP 1044;Ford;Transit Custom;{city2};{date};Diesel\nM-FP 1102;"
        "Porsche;Taycan;{city};{date};Elektro\nM-FP 1131;Mercedes-Benz;eVito;{city3};{date};"
        "Elektro",
        "Bitte überweisen Sie den Rechnungsbetrag bis zum {date} ohne Abzug an {company}, "
        "Commerzbank {city}, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX. "
        "Verwendungszweck: RE-{num}. USt-IdNr.: DE 811 907 980 · Gläubiger-ID: "
        "DE98ZZZ09999999999",
        "Betriebsfreie Tage 2025 am Standort {city}: Neujahr, Heilige Drei Könige, "
        "Karfreitag, Ostermontag, Tag der Arbeit, Christi Himmelfahrt, Pfingstmontag, "
        "Fronleichnam, Mariä Himmelfahrt, Tag der Deutschen Einheit, Allerheiligen sowie der "
        "1. und 2. Weihnachtsfeiertag. Zusätzlich frei: Heiligabend und Silvester.",
        "Arbeitsschutzausschuss – Sitzung III/2024\nAnwesend: Werkleitung, Fachkraft für "
        "Arbeitssicherheit, Betriebsärztin, zwei Mitglieder des Betriebsrats, "
        "Sicherheitsbeauftragte Halle 2\nEntschuldigt: Schwerbehindertenvertretung\n"
        "Beschluss: Die Gefährdungsbeurteilung Staplerverkehr wird bis {date} überarbeitet.",
        "wer kommt heute mittag mit zum vietnamesen in der goethestraße? oder doch wieder "
        "bella italia am kaiser-wilhelm-platz 🍕 ich reservier um 12:15 für sechs leute",
        "[versand]\nsmtp_host = {host}\nsmtp_port = 587\nabsender = rechnung@example.de\n"
        "antwort_an = buchhaltung@example.de\nkopie_an = archiv@example.de\nbetreff = Ihre "
        "Rechnung %(rechnungsnr)s von {company}\nanhang_max_mb = 10",
        "Grippeschutzimpfung: Der betriebsärztliche Dienst impft am {date} von 8 bis 14 Uhr "
        "im Sanitätsraum (Gebäude C, EG). Verwendet wird der aktuelle Impfstoff nach "
        "STIKO-Empfehlung; Hinweise zu Nebenwirkungen finden Sie beim Robert Koch-Institut "
        "und beim Paul-Ehrlich-Institut. Bitte den Impfpass mitbringen.",
        "Spatenstich für das neue Logistikzentrum im Gewerbegebiet Otto-Hahn-Straße in "
        "{city}: Am {date} um 11 Uhr begrüßen die Oberbürgermeisterin, der Landrat und die "
        "Wirtschaftsministerin des Landes die Gäste. Die Geschäftsführung von {company} "
        "stellt das Projekt vor, danach Imbiss im Festzelt.",
    ],
    "fr": [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Service clients {company}\nORG:{company};Service "
        "clients\nTEL;TYPE=WORK,VOICE:+33 1 99 00 42 17\nEMAIL;TYPE=INTERNET:"
        "service-clients@example.fr\nADR;TYPE=WORK:;;{street};{city};;{postcode};France\n"
        "URL:https://www.example.fr/contact\nEND:VCARD",
        "-- Migration 0042 : date de naissance et téléphone des comptes clients\nALTER TABLE "
        "clients ADD COLUMN date_naissance DATE NULL;\nALTER TABLE clients ADD COLUMN "
        "telephone VARCHAR(30) NULL;\nCREATE INDEX idx_clients_nom ON clients (nom);\n"
        "COMMENT ON COLUMN clients.telephone IS 'à renseigner uniquement avec "
        "consentement';",
        "2024-10-14 02:10:44.118 CEST [30921] ERREUR:  une instruction insert ou update sur "
        "la table « mouvements_stock » viole la contrainte de clé étrangère "
        "« mouvements_stock_article_fk »\n2024-10-14 02:10:44.118 CEST [30921] DÉTAIL : La "
        "clé (ref_article)=({num}) n'est pas présente dans la table « articles ».",
        "Accès : RER A ou métro ligne 1 jusqu'à Charles de Gaulle – Étoile, sortie n° 5 "
        "« avenue Carnot ». Remonter l'avenue jusqu'au boulevard Gouvion-Saint-Cyr, puis "
        "prendre à droite {street_name}. Parking visiteurs : parking Indigo Porte Maillot, "
        "entrée place du Général-Kœnig.",
        "Immatriculation;Marque;Modèle;Site;Contrôle technique;Énergie\nGH-102-FP;Renault;"
        "Kangoo;{city};{date};Diesel\nGH-144-FP;Peugeot;Partner;{city2};{date};Diesel\n"
        "GJ-210-FP;Citroën;ë-Berlingo;{city};{date};Électrique\nGJ-233-FP;Ford;Transit "
        "Custom;{city3};{date};Diesel",
        "Règlement par virement à 30 jours fin de mois au profit de {company} – IBAN FR76 "
        "3000 6000 0112 3456 7890 189 – BIC AGRIFRPPXXX. Référence à rappeler : FA-{num}. "
        "SAS au capital de 50 000 € – RCS {city} 841 562 307 – TVA FR33841562307. Pénalités "
        "de retard : trois fois le taux d'intérêt légal ; indemnité forfaitaire pour frais "
        "de recouvrement : 40 €.",
        "Jours fériés 2025 sur le site de {city} : Jour de l'An, lundi de Pâques, 1er Mai, "
        "8 Mai, Ascension, lundi de Pentecôte (journée de solidarité, travaillée), "
        "14 Juillet, Assomption, Toussaint, 11 Novembre et Noël. Pont offert le vendredi "
        "2 mai.",
        "CSSCT – réunion du 3e trimestre\nPrésents : la direction du site, le responsable "
        "HSE, le médecin du travail, deux élus du CSE, l'animatrice sécurité de l'atelier 2\n"
        "Excusée : l'assistante sociale\nDécision : le DUERP sera mis à jour pour la "
        "circulation des chariots d'ici le {date}.",
        "qui vient déjeuner au vietnamien de la rue victor-hugo ? sinon on retourne chez toni, "
        "la pizzeria de la place jean-jaurès 🍕 je réserve pour six à 12 h 15",
        "[envoi]\nsmtp_host = {host}\nsmtp_port = 587\nexpediteur = facturation@example.fr\n"
        "repondre_a = compta@example.fr\ncopie_a = archives@example.fr\nobjet = Votre facture "
        "%(numero)s – {company}\npiece_jointe_max_mo = 10",
        "Vaccination antigrippale : le service de santé au travail vaccine le {date} de 8 h à "
        "14 h à l'infirmerie (bâtiment C, RDC). Le vaccin suit les recommandations de la "
        "Haute Autorité de santé ; pour les effets indésirables, voir les pages de l'Institut "
        "Pasteur et de l'ANSM. Merci d'apporter votre carnet de vaccination.",
        "Pose de la première pierre du nouveau centre logistique, ZAC Louis-Pasteur à {city} : "
        "le {date} à 11 h, en présence de la maire, du préfet de région et de la présidente "
        "du conseil départemental. La direction de {company} présentera le projet, suivi d'un "
        "cocktail sous chapiteau.",
    ],
    "es": [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Atención al cliente {company}\nORG:{company};Atención "
        "al cliente\nTEL;TYPE=WORK,VOICE:+34 900 555 123\nEMAIL;TYPE=INTERNET:"
        "atencion@example.es\nADR;TYPE=WORK:;;{street};{city};;{postcode};España\n"
        "URL:https://www.example.es/contacto\nEND:VCARD",
        "-- Migración 0042: fecha de nacimiento y teléfono en las cuentas de cliente\nALTER "
        "TABLE clientes ADD COLUMN fecha_nacimiento DATE NULL;\nALTER TABLE clientes ADD "
        "COLUMN telefono VARCHAR(30) NULL;\nCREATE INDEX idx_clientes_apellidos ON clientes "
        "(apellidos);\nCOMMENT ON COLUMN clientes.telefono IS 'solo con consentimiento "
        "expreso';",
        "2024-10-14 02:10:44.118 CEST [30921] ERROR:  inserción o actualización en la tabla "
        "«movimientos_stock» viola la llave foránea «movimientos_stock_articulo_fk»\n"
        "2024-10-14 02:10:44.118 CEST [30921] DETALLE:  La llave (cod_articulo)=({num}) no "
        "está presente en la tabla «articulos».",
        "Cómo llegar: en metro, línea 10 hasta Santiago Bernabéu o línea 6 hasta Nuevos "
        "Ministerios, salida Raimundo Fernández Villaverde. Desde allí, unos 300 m por el "
        "paseo de la Castellana y a la derecha por {street_name}. Las visitas pueden aparcar "
        "en el parking de la plaza de Colón.",
        "Matrícula;Marca;Modelo;Centro;ITV;Combustible\n1021 KFP;Renault;Kangoo;{city};"
        "{date};Diésel\n1044 KFP;Ford;Transit Custom;{city2};{date};Diésel\n2102 LBC;"
        "Peugeot;e-Rifter;{city};{date};Eléctrico\n2131 LBC;Mercedes-Benz;Vito;{city3};"
        "{date};Diésel",
        "Forma de pago: transferencia a 30 días a favor de {company}, IBAN ES91 2100 0418 "
        "4502 0005 1332, BIC CAIXESBBXXX. Indiquen como concepto el n.º de factura F-{num}. "
        "Inscrita en el Registro Mercantil de {city}, tomo 4.512, folio 87, hoja M-{num}. "
        "CIF B84156230.",
        "Calendario laboral 2025, centro de {city}: Año Nuevo, Reyes, San José, Jueves y "
        "Viernes Santo, Fiesta del Trabajo, Santiago Apóstol, la Asunción, Fiesta Nacional, "
        "Todos los Santos, Día de la Constitución, la Inmaculada y Navidad. Festivos locales: "
        "San Isidro y la Almudena.",
        "Comité de Seguridad y Salud – reunión ordinaria del tercer trimestre\nAsistentes: "
        "la dirección de planta, el técnico de prevención, la médica del servicio de "
        "prevención ajeno, dos delegados de prevención y la encargada de la nave 2\nExcusa "
        "su asistencia: la responsable de RR. HH.\nAcuerdo: revisar la evaluación de riesgos "
        "del tráfico de carretillas antes del {date}.",
        "¿quién se viene a comer al vietnamita de la calle cervantes? si no, a la pizzería "
        "da luigi de la plaza de castelao 🍕 reservo para seis a las dos",
        "[envio]\nsmtp_host = {host}\nsmtp_port = 587\nremitente = facturacion@example.es\n"
        "responder_a = contabilidad@example.es\ncopia_a = archivo@example.es\nasunto = Su "
        "factura %(numero)s de {company}\nadjunto_max_mb = 10",
        "Campaña de vacunación antigripal: el servicio médico vacunará el {date} de 8:00 a "
        "14:00 en la enfermería (edificio C, planta baja). Se usa la vacuna recomendada por "
        "el Ministerio de Sanidad; para dudas sobre efectos adversos, consultad la AEMPS y la "
        "web del Instituto de Salud Carlos III. Traed la cartilla de vacunación.",
        "Colocación de la primera piedra del nuevo centro logístico en el polígono "
        "industrial Isaac Peral de {city}: el {date} a las 11:00, con la alcaldesa, el "
        "delegado del Gobierno y la consejera de Economía. La dirección de {company} "
        "presentará el proyecto y después se servirá un vino español en la carpa.",
    ],
    "it": [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Servizio clienti {company}\nORG:{company};Servizio "
        "clienti\nTEL;TYPE=WORK,VOICE:+39 800 555 123\nEMAIL;TYPE=INTERNET:"
        "assistenza@example.it\nADR;TYPE=WORK:;;{street};{city};;{postcode};Italia\n"
        "URL:https://www.example.it/contatti\nEND:VCARD",
        "-- Migrazione 0042: data di nascita e telefono sugli account clienti\nALTER TABLE "
        "clienti ADD COLUMN data_nascita DATE NULL;\nALTER TABLE clienti ADD COLUMN telefono "
        "VARCHAR(30) NULL;\nCREATE INDEX idx_clienti_cognome ON clienti (cognome);\n"
        "COMMENT ON COLUMN clienti.telefono IS 'solo previo consenso';",
        "2024-10-14 02:10:44.118 CEST [30921] ERRORE:  la INSERT o l'UPDATE sulla tabella "
        '"movimenti_magazzino" viola il vincolo di chiave esterna '
        '"movimenti_magazzino_articolo_fk"\n2024-10-14 02:10:44.118 CEST [30921] DETTAGLI:  '
        'La chiave (cod_articolo)=({num}) non è presente nella tabella "articoli".',
        "Come raggiungerci: metropolitana M2 fino alla fermata Piola oppure passante "
        "ferroviario fino a Milano Porta Garibaldi. Dall'uscita di piazza Leonardo da Vinci "
        "proseguite per 300 m e svoltate a destra in {street_name}. Parcheggio visitatori "
        "nel garage di via Giuseppe Colombo.",
        "Targa;Marca;Modello;Sede;Revisione;Alimentazione\nGH102FP;Fiat;Ducato;{city};"
        "{date};Diesel\nGH144FP;Ford;Transit Custom;{city2};{date};Diesel\nGJ210FP;Citroën;"
        "ë-Berlingo;{city};{date};Elettrica\nGJ233FP;Lancia;Ypsilon;{city3};{date};Ibrida",
        "Modalità di pagamento: bonifico bancario a 30 gg d.f.f.m. intestato a {company}, "
        "IBAN IT60 X054 2811 1010 0000 0123 456. Causale: fattura n. {num}/2024. Capitale "
        "sociale € 50.000 i.v. – Registro Imprese di {city} – REA n. {num} – P.IVA e C.F. "
        "08415623071.",
        "Festività 2025: Capodanno, Epifania, Pasquetta, Festa della Liberazione, Festa dei "
        "Lavoratori, Festa della Repubblica, Ferragosto, Ognissanti, Immacolata, Natale e "
        "Santo Stefano. Santo patrono: per la sede di Milano Sant'Ambrogio (7 dicembre), per "
        "quella di Roma i Santi Pietro e Paolo (29 giugno).",
        "Riunione periodica della sicurezza (art. 35 D.Lgs. 81/08)\nPresenti: il datore di "
        "lavoro delegato, l'RSPP, il medico competente, l'RLS e la preposta del reparto "
        "confezionamento\nAssente giustificato: il responsabile del personale\nDecisione: "
        "aggiornare il DVR per la circolazione dei carrelli entro il {date}.",
        "chi viene a pranzo al vietnamita di via garibaldi? oppure di nuovo da gino in "
        "piazza cavour 🍕 prenoto per sei alle 13",
        "[invio]\nsmtp_host = {host}\nsmtp_port = 587\nmittente = fatturazione@example.it\n"
        "rispondi_a = amministrazione@example.it\ncopia_a = archivio@example.it\noggetto = "
        "La sua fattura %(numero)s di {company}\nallegato_max_mb = 10",
        "Campagna antinfluenzale: il medico competente vaccinerà il {date} dalle 8 alle 14 in "
        "infermeria (edificio C, piano terra). Si usa il vaccino raccomandato dal Ministero "
        "della Salute, fornito dalla farmacia dell'Ospedale Luigi Sacco; per le reazioni "
        "avverse consultate i siti dell'Istituto Superiore di Sanità e dell'AIFA.",
        "Posa della prima pietra del nuovo polo logistico nella zona industriale Enrico "
        "Mattei di {city}: il {date} alle 11, alla presenza della sindaca, del prefetto e "
        "dell'assessore regionale allo sviluppo economico. La direzione di {company} "
        "illustrerà il progetto; a seguire rinfresco sotto il tendone.",
    ],
    "nl": [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Klantenservice {company}\nORG:{company};"
        "Klantenservice\nTEL;TYPE=WORK,VOICE:+31 88 555 0123\nEMAIL;TYPE=INTERNET:"
        "klantenservice@example.nl\nADR;TYPE=WORK:;;{street};{city};;{postcode};Nederland\n"
        "URL:https://www.example.nl/contact\nEND:VCARD",
        "-- Migratie 0042: geboortedatum en telefoonnummer bij klantaccounts\nALTER TABLE "
        "klanten ADD COLUMN geboortedatum DATE NULL;\nALTER TABLE klanten ADD COLUMN telefoon "
        "VARCHAR(30) NULL;\nCREATE INDEX idx_klanten_achternaam ON klanten (achternaam);\n"
        "COMMENT ON COLUMN klanten.telefoon IS 'alleen vullen na toestemming';",
        '2024-10-14 02:10:44.118 CEST [30921] ERROR:  insert or update on table '
        '"voorraadmutaties" violates foreign key constraint "voorraadmutaties_artikel_fk"\n'
        "2024-10-14 02:10:44.118 CEST [30921] DETAIL:  Key (artikelnummer)=({num}) is not "
        'present in table "artikelen".',
        "Bereikbaarheid: neem tram 12 tot halte Van Baerlestraat of metro 52 tot station "
        "De Pijp. Vanaf de halte loopt u via de Ferdinand Bolstraat naar de {street_name}. "
        "Bezoekers parkeren in parkeergarage Albert Cuyp; de parkeerkaart wordt bij de "
        "receptie ontwaard.",
        "Kenteken;Merk;Type;Vestiging;APK;Brandstof\nV-102-FP;Opel;Vivaro;{city};{date};"
        "diesel\nV-144-FP;Ford;Transit Custom;{city2};{date};diesel\nV-210-FP;Citroën;"
        "ë-Berlingo;{city};{date};elektrisch\nV-233-FP;Peugeot;e-Expert;{city3};{date};"
        "elektrisch",
        "Wij verzoeken u het factuurbedrag binnen 30 dagen over te maken op NL91 ABNA 0417 "
        "1643 00 t.n.v. {company} te {city}, onder vermelding van factuurnummer {num}. "
        "KvK-nummer 84156230 · btw-nummer NL841562307B01. Op al onze leveringen zijn de "
        "algemene voorwaarden van toepassing.",
        "Vrije dagen 2025: Nieuwjaarsdag, Goede Vrijdag (halve dag), Eerste en Tweede "
        "Paasdag, Koningsdag, Bevrijdingsdag, Hemelvaartsdag, Eerste en Tweede Pinksterdag, "
        "Eerste en Tweede Kerstdag. Op Sinterklaasavond sluit de vestiging {city} om "
        "15.00 uur.",
        "Overleg arbocommissie, Q3\nAanwezig: vestigingsdirecteur, preventiemedewerker, "
        "bedrijfsarts, twee leden van de ondernemingsraad en de teamleider expeditie\n"
        "Afwezig met bericht: HR-adviseur\nBesluit: de RI&E voor het heftruckverkeer wordt "
        "vóór {date} bijgewerkt.",
        "wie gaat er mee lunchen bij de vietnamees in de jan pieterszoon coenstraat? of "
        "anders weer bij mario op het thorbeckeplein 🍕 ik reserveer voor zes om kwart over "
        "twaalf",
        "[verzending]\nsmtp_host = {host}\nsmtp_port = 587\nafzender = facturen@example.nl\n"
        "antwoord_aan = administratie@example.nl\nkopie_aan = archief@example.nl\n"
        "onderwerp = Uw factuur %(factuurnr)s van {company}\nbijlage_max_mb = 10",
        "Griepprik: de bedrijfsarts vaccineert op {date} van 8.00 tot 14.00 uur in de "
        "EHBO-ruimte (gebouw C, begane grond). Het vaccin volgt het advies van de "
        "Gezondheidsraad en wordt geleverd door de apotheek van het St. Antonius Ziekenhuis; "
        "informatie over bijwerkingen vindt u bij het RIVM en Bijwerkingencentrum Lareb.",
        "Eerste paal voor het nieuwe distributiecentrum op bedrijventerrein Lorentzpark in "
        "{city}: op {date} om 11.00 uur, in aanwezigheid van de burgemeester, de gedeputeerde "
        "economie en de commissaris van de Koning. De directie van {company} presenteert het "
        "project; daarna een borrel in de feesttent.",
    ],
    "pl": [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Biuro Obsługi Klienta {company}\nORG:{company};Biuro "
        "Obsługi Klienta\nTEL;TYPE=WORK,VOICE:+48 800 555 123\nEMAIL;TYPE=INTERNET:"
        "bok@example.pl\nADR;TYPE=WORK:;;{street};{city};;{postcode};Polska\n"
        "URL:https://www.example.pl/kontakt\nEND:VCARD",
        "-- Migracja 0042: data urodzenia i telefon na kontach klientów\nALTER TABLE klienci "
        "ADD COLUMN data_urodzenia DATE NULL;\nALTER TABLE klienci ADD COLUMN telefon "
        "VARCHAR(30) NULL;\nCREATE INDEX idx_klienci_nazwisko ON klienci (nazwisko);\n"
        "COMMENT ON COLUMN klienci.telefon IS 'wyłącznie za zgodą klienta';",
        "2024-10-14 02:10:44.118 CEST [30921] BŁĄD:  wstawianie lub modyfikacja na tabeli "
        '"ruchy_magazynowe" narusza klucz obcy "ruchy_magazynowe_towar_fk"\n'
        "2024-10-14 02:10:44.118 CEST [30921] SZCZEGÓŁY:  Klucz (indeks_towaru)=({num}) nie "
        'występuje w tabeli "towary".',
        "Dojazd: metrem linii M2 do stacji Rondo Daszyńskiego, wyjście w stronę ul. "
        "Karolkowej; dalej ok. 300 m pieszo i w prawo w ul. {street_name}. Goście parkują w "
        "garażu podziemnym biurowca, wjazd od ul. Józefa Bema. Z Dworca Centralnego "
        "dojedziesz też tramwajem nr 22.",
        "Nr rej.;Marka;Model;Oddział;Przegląd do;Paliwo\nWX 1021F;Opel;Vivaro;{city};{date};"
        "diesel\nWX 1044F;Ford;Transit Custom;{city2};{date};diesel\nWX 2102G;Citroën;"
        "ë-Berlingo;{city};{date};elektryczny\nWX 2131G;Peugeot;Partner;{city3};{date};"
        "diesel",
        "Należność prosimy przelać w terminie 14 dni na rachunek {company}: PL61 1090 1014 "
        "0000 0712 1981 2874, w tytule numer faktury FV/{num}/2024. Siedziba spółki: "
        "{city}; sąd rejestrowy: Wydział Gospodarczy KRS, KRS 0000841562, NIP 525-284-15-63, "
        "REGON 384156230, kapitał zakładowy 50 000 zł.",
        "Dni wolne 2025 (oddział: {city}): Nowy Rok, Trzech Króli, Poniedziałek Wielkanocny, "
        "Święto Pracy, Święto Konstytucji 3 Maja, Boże Ciało, Wniebowzięcie NMP, Wszystkich "
        "Świętych (sobota – dzień wolny do odebrania), Narodowe Święto Niepodległości, "
        "Wigilia oraz dwa dni Bożego Narodzenia.",
        "Posiedzenie komisji BHP – III kwartał\nObecni: dyrektor zakładu, specjalista ds. "
        "BHP, lekarz medycyny pracy, społeczny inspektor pracy, dwoje przedstawicieli "
        "związku zawodowego i kierowniczka hali 2\nNieobecna (usprawiedliwiona): "
        "kierowniczka działu kadr\nUstalenie: ocena ryzyka zawodowego dla ruchu wózków "
        "widłowych zostanie zaktualizowana do {date}.",
        "kto idzie na obiad do wietnamczyka na kopernika? albo znowu do pizzerii u grzegorza "
        "przy placu wilsona 🍕 rezerwuję stolik dla sześciu osób na 13:00",
        "[wysylka]\nsmtp_host = {host}\nsmtp_port = 587\nnadawca = faktury@example.pl\n"
        "odpowiedz_do = ksiegowosc@example.pl\nkopia_do = archiwum@example.pl\ntemat = "
        "Faktura %(numer)s od {company}\nzalacznik_max_mb = 10",
        "Szczepienia przeciw grypie: lekarz medycyny pracy będzie szczepić {date} w godz. "
        "8:00–14:00 w gabinecie (budynek C, parter). Szczepionki dostarcza apteka Szpitala "
        "Specjalistycznego im. Ludwika Rydygiera, zgodnie z zaleceniami Głównego Inspektora "
        "Sanitarnego; o działaniach niepożądanych przeczytasz na stronie NIZP PZH – PIB.",
        "Wmurowanie kamienia węgielnego pod nowe centrum logistyczne w Parku Przemysłowym "
        "im. Eugeniusza Kwiatkowskiego (lokalizacja: {city}): {date} o 11:00, w obecności "
        "prezydenta miasta, wojewody i marszałka województwa. Zarząd {company} przedstawi "
        "projekt, a po uroczystości zaprasza na poczęstunek w namiocie.",
    ],
}
