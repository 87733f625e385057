"""Ninth round of held-out European test texts for the accuracy harness (`eval_european.py`).

Per language (de, fr, es, it, nl, pl), 12 notes that name a person or hold a person's
contact or identifier, and 12 that hold none. They were written by hand, independently of
the classifier, and no classifier was run on them while they were written: neither the
classifier nor its lists were tuned on them, and nobody has looked at how the classifier
reads them. They are the ninth round and are held out: use them for measurement only,
after the first round (`PERSONAL`, `NOT_PERSONAL`), the second (`PERSONAL_NEW`,
`NOT_PERSONAL_NEW`), the third (`european_templates_third.py`), the fourth
(`european_templates_fourth.py`), the fifth (`european_templates_fifth.py`), the sixth
(`european_templates_sixth.py`), the seventh (`european_templates_seventh.py`) and the
eighth (`european_templates_eighth.py`).

Their genres are in none of the earlier rounds and differ from one another; they are
deliberately not summarised here, so that whoever tunes the classifier does not learn what
the texts are about. Do not read them while tuning. The label of each text follows what it
truly holds: a famous person's name inside the name of a place, an institution, a brand or
a thing is no personal data about a data subject, and neither are a firm's own contact or
bank details nor a role named without its holder; an employee's, a customer's or a
patient's name, contact or identifier is.

Placeholders are those of `eval_european.Filler`. A template written all in lower case is
meant to be filled in lower case (`Filler.fill(template, lower_as_written=True)`).
"""

from __future__ import annotations

PERSONAL_NINTH: dict[str, list[str]] = {
    "de": [
        "BEGIN:VCALENDAR\nVERSION:2.0\n"
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE\nMETHOD:REQUEST\n"
        "BEGIN:VEVENT\nSUMMARY:Zielvereinbarungsgespräch 2025\n"
        "DTSTART;TZID=W. Europe Standard Time:20250114T100000\n"
        "DTEND;TZID=W. Europe Standard Time:20250114T110000\nLOCATION:Besprechungsraum 2.07\n"
        "ORGANIZER;CN=Personalabteilung:mailto:personal@example.de\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=\"{name}\":mailto:{email}\nEND:VEVENT\nEND:VCALENDAR",
        "curl -s -X POST https://crm.example.de/api/v2/kontakte \\\n"
        "  -H 'Authorization: Bearer "
        "eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx' \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  -d '{\"vorname\": \"{first}\", \"nachname\": \"{last}\", \"telefon\": \"{phone}\", "
        "\"email\": \"{email}\", \"quelle\": \"messe-2024\", \"einwilligung_werbung\": false}'",
        "^XA\n^CI28\n^FO40,30^A0N,26,26^FDAbsender: {company}, Retourenzentrum^FS\n"
        "^FO40,90^A0N,44,44^FD{name}^FS\n^FO40,140^A0N,44,44^FD{street}^FS\n"
        "^FO40,190^A0N,44,44^FD{postcode} {city}^FS\n"
        "^FO40,260^BY3^BCN,120,Y,N,N^FD00340434161{num}^FS\n"
        "^FO40,420^A0N,30,30^FDPaket · 2,4 kg · Zustellung Mo–Sa^FS\n^XZ",
        "Mieterselbstauskunft – Wohnung {street_name}, 2. OG links\n\n"
        "Name, Vorname: {last}, {first}\nGeburtsdatum: {date}\n"
        "Derzeitige Anschrift: {street}, {postcode} {city}\nTelefon: {phone}\nE-Mail: {email}\n"
        "Arbeitgeber: {company}, seit 2019, unbefristet\n"
        "Monatliches Nettoeinkommen: {amount} EUR\nEinziehende Personen: 2 Erwachsene, 1 Kind\n"
        "Haustiere: keine\nMietrückstände in den letzten 5 Jahren: nein\n"
        "SCHUFA-Bonitätsauskunft: liegt bei",
        "Hallo zusammen,\n\n"
        "anbei wie besprochen meine neue Bankverbindung, bitte ab der Abrechnung für Dezember "
        "verwenden:\n\nKontoinhaber: {name}\nIBAN: {iban}\nBank: Sparkasse {city}\n\n"
        "Danke und Gruß\n{first}\n\n"
        "Am {date} um 09:12 schrieb Entgeltabrechnung <lohn@example.de>:\n> Hallo {first},\n"
        "> für die Änderung deiner Bankverbindung brauchen wir die neue IBAN schriftlich.\n"
        "> Viele Grüße, dein Payroll-Team",
        "TEILNAHMEBESCHEINIGUNG\n\nHiermit bestätigen wir, dass\n\n{name}\ngeboren am {date}\n\n"
        "vom 4. bis 6. November 2024 an der Erste-Hilfe-Ausbildung für betriebliche Ersthelfer "
        "(9 Unterrichtseinheiten gemäß DGUV Vorschrift 1) teilgenommen hat. Die Bescheinigung "
        "ist zwei Jahre gültig; danach ist ein Erste-Hilfe-Training zur Auffrischung "
        "erforderlich.\n\n{city}, den {date}\nLehrgangsleitung",
        "hi ihr, hier ist {first} {last} aus der buchhaltung 🙂 hab ab heute ne neue "
        "handynummer: {phone}. die alte bitte löschen, die läuft ende des monats aus. lg",
        "Besprechung Projekt „Lager Süd“ – Transkript\n\n0:00:04 {name}\n"
        "Okay, ich glaube, wir sind vollständig. Kannst du kurz den Stand zur Ausschreibung "
        "sagen?\n\n0:00:11 {name2}\n"
        "Ja, klar. Wir haben drei Angebote, das günstigste ist von {company}, aber die können "
        "erst ab März.\n\n0:00:23 {name}\n"
        "Dann nehmen wir das bitte mit in den Lenkungskreis am {date}.\n\n0:00:27 {name3}\n"
        "Ich schick euch nachher noch die Vergleichstabelle rum.",
        "Mietvertrag Nr. {num} – Pkw\nMieter: {name}, {street}, {postcode} {city}\n"
        "Telefon: {phone}\nFührerschein-Nr.: B072RRE2I55, Klasse B, ausgestellt am {date}\n"
        "Fahrzeug: VW Golf Variant, Kennz. HH-AV 2213, km-Stand bei Übergabe 41.208\n"
        "Abholung: {date}, 08:30 Uhr, Station {city}\nRückgabe: {date}, 18:00 Uhr, vollgetankt\n"
        "Vorschäden: Kratzer Stoßfänger hinten rechts (Foto 3)\n"
        "Kaution: 300,00 EUR per Kreditkarte",
        "2024-11-18 14:03:27,551 DEBUG hr.onboarding.views: payload={'personalnummer': '{num}', "
        "'vorname': '{first}', 'nachname': '{last}', 'geburtsdatum': '{date}', 'steuer_id': "
        "'{nid}', 'steuerklasse': 1, 'konfession': None, 'eintritt': '2025-01-01'}",
        "ZOLLINHALTSERKLÄRUNG CN 23\nAbsender: {company}, Versand Ersatzteile, {city2}\n"
        "Empfänger: {name}, Bahnhofstrasse 12, 8001 Zürich, Schweiz\n"
        "Telefon Empfänger: {phone}\n"
        "Inhalt: 1 Ersatzfilter für Kaffeevollautomat, Zolltarifnummer 8516 90 00, Wert 48,90 "
        "EUR, Gewicht 0,6 kg\nArt der Sendung: Verkauf von Waren\nUrsprungsland: DE",
        "E-TICKET · personalisiert\nKölner Philharmonie\n"
        "Gürzenich-Orchester: Brahms & Schumann\n{date} · Einlass 19:00 · Beginn 20:00\n"
        "Karteninhaber/in: {name}\nBlock C · Reihe 12 · Platz 7\nBestellnummer {num}\n"
        "Nur gültig mit amtlichem Lichtbildausweis, nicht übertragbar.",
    ],
    "fr": [
        "BEGIN:VCALENDAR\nVERSION:2.0\n"
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR\nMETHOD:REQUEST\n"
        "BEGIN:VEVENT\nSUMMARY:Entretien annuel d'évaluation 2025\n"
        "DTSTART;TZID=Romance Standard Time:20250114T100000\n"
        "DTEND;TZID=Romance Standard Time:20250114T110000\nLOCATION:Salle de réunion 2.07\n"
        "ORGANIZER;CN=Ressources humaines:mailto:rh@example.fr\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=\"{name}\":mailto:{email}\nEND:VEVENT\nEND:VCALENDAR",
        "curl -s -X POST https://crm.example.fr/api/v2/contacts \\\n"
        "  -H 'Authorization: Bearer "
        "eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx' \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  -d '{\"prenom\": \"{first}\", \"nom\": \"{last}\", \"telephone\": \"{phone}\", "
        "\"email\": \"{email}\", \"source\": \"salon-2024\", \"optin_newsletter\": false}'",
        "^XA\n^CI28\n^FO40,30^A0N,26,26^FDExpéditeur : {company}, service retours^FS\n"
        "^FO40,90^A0N,44,44^FD{name}^FS\n^FO40,140^A0N,44,44^FD{street}^FS\n"
        "^FO40,190^A0N,44,44^FD{postcode} {city}^FS\n"
        "^FO40,260^BY3^BCN,120,Y,N,N^FD00340434161{num}^FS\n"
        "^FO40,420^A0N,30,30^FDColis · 2,4 kg · livraison du lundi au samedi^FS\n^XZ",
        "Fiche de renseignements locataire – appartement {street_name}, 2e étage gauche\n\n"
        "Nom : {last}\nPrénom : {first}\nDate de naissance : {date}\n"
        "Adresse actuelle : {street}, {postcode} {city}\nTéléphone : {phone}\n"
        "Courriel : {email}\nEmployeur : {company}, en CDI depuis 2019\n"
        "Revenus nets mensuels : {amount} €\nGarant : Visale\nOccupants : 2 adultes, 1 enfant\n"
        "Animaux : non\n"
        "Pièces jointes : 3 derniers bulletins de salaire, dernier avis d'imposition",
        "Bonjour,\n\n"
        "Comme convenu, voici mes nouvelles coordonnées bancaires, à utiliser à partir de la "
        "paie de décembre :\n\nTitulaire : {name}\nIBAN : {iban}\n"
        "Banque : Crédit Agricole, agence de {city}\n\nMerci et bonne journée,\n{first}\n\n"
        "Le {date} à 09:12, Service paie <paie@example.fr> a écrit :\n> Bonjour {first},\n"
        "> pour modifier ton RIB, il nous faut ton nouvel IBAN par écrit.\n"
        "> Bien cordialement, l'équipe paie",
        "ATTESTATION DE FIN DE FORMATION\n\n"
        "{company}, organisme de formation déclaré sous le n° 11 75 54321 75, atteste que\n\n"
        "{name}\nné(e) le {date}\n\n"
        "a suivi du 4 au 6 novembre 2024 la formation « Sauveteur Secouriste du Travail (SST) "
        "», d'une durée de 14 heures, et a obtenu le certificat. Celui-ci est valable 24 mois.\n"
        "\nFait à {city}, le {date}\nLa responsable pédagogique",
        "coucou, c'est {first} {last} de la compta 🙂 j'ai changé de numéro, le nouveau c'est "
        "le {phone}. vous pouvez effacer l'ancien, il sera coupé à la fin du mois. bises",
        "Réunion projet « Entrepôt Sud » – transcription\n\n0:00:04 {name}\n"
        "Bon, je crois qu'on est au complet. Tu peux nous faire un point sur l'appel d'offres "
        "?\n\n0:00:11 {name2}\n"
        "Oui. On a reçu trois offres ; la moins chère vient de {company}, mais ils ne peuvent "
        "pas démarrer avant mars.\n\n0:00:23 {name}\n"
        "Alors on remonte ça au comité de pilotage du {date}.\n\n0:00:27 {name3}\n"
        "Je vous envoie le tableau comparatif juste après.",
        "Contrat de location n° {num} – véhicule de tourisme\n"
        "Locataire : {name}, {street}, {postcode} {city}\nTél. : {phone}\n"
        "Permis n° 12AB34567, catégorie B, délivré le {date}\n"
        "Véhicule : Peugeot 308 SW, immatriculation GH-427-TK, kilométrage au départ 41 208\n"
        "Départ : {date} à 8h30, agence de {city}\nRetour : {date} à 18h00, réservoir plein\n"
        "Dommages constatés au départ : rayure pare-chocs arrière droit (photo 3)\n"
        "Dépôt de garantie : 300,00 € par carte bancaire",
        "2024-11-18 14:03:27,551 DEBUG rh.embauche.views: payload={'matricule': '{num}', "
        "'prenom': '{first}', 'nom': '{last}', 'date_naissance': '{date}', 'nir': '{nid}', "
        "'situation_familiale': 'pacsé(e)', 'mutuelle': True, 'date_entree': '2025-01-01'}",
        "DÉCLARATION EN DOUANE CN 23\n"
        "Expéditeur : {company}, service pièces détachées, {city2}\n"
        "Destinataire : {name}, Rue du Rhône 42, 1204 Genève, Suisse\n"
        "Tél. du destinataire : {phone}\n"
        "Contenu : 1 filtre de rechange pour machine à café, code SH 8516 90 00, valeur 48,90 "
        "EUR, poids 0,6 kg\nNature de l'envoi : vente de marchandises\nPays d'origine : FR",
        "E-BILLET NOMINATIF\nPhilharmonie de Paris – Grande salle Pierre Boulez\n"
        "Orchestre de Paris : Ravel & Debussy\n"
        "{date} · ouverture des portes 19h00 · début 20h00\nTitulaire : {name}\n"
        "Catégorie 2 · Rang K · Place 17\nCommande n° {num}\n"
        "Billet strictement personnel ; une pièce d'identité pourra être demandée à l'entrée.",
    ],
    "es": [
        "BEGIN:VCALENDAR\nVERSION:2.0\n"
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES\nMETHOD:REQUEST\n"
        "BEGIN:VEVENT\nSUMMARY:Entrevista de evaluación del desempeño 2025\n"
        "DTSTART;TZID=Romance Standard Time:20250114T100000\n"
        "DTEND;TZID=Romance Standard Time:20250114T110000\nLOCATION:Sala de reuniones 2.07\n"
        "ORGANIZER;CN=Recursos Humanos:mailto:rrhh@example.es\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=\"{name}\":mailto:{email}\nEND:VEVENT\nEND:VCALENDAR",
        "curl -s -X POST https://crm.example.es/api/v2/contactos \\\n"
        "  -H 'Authorization: Bearer "
        "eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx' \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  -d '{\"nombre\": \"{first}\", \"apellidos\": \"{last}\", \"telefono\": \"{phone}\", "
        "\"email\": \"{email}\", \"origen\": \"feria-2024\", \"acepta_publicidad\": false}'",
        "^XA\n^CI28\n^FO40,30^A0N,26,26^FDRemitente: {company}, centro de devoluciones^FS\n"
        "^FO40,90^A0N,44,44^FD{name}^FS\n^FO40,140^A0N,44,44^FD{street}^FS\n"
        "^FO40,190^A0N,44,44^FD{postcode} {city}^FS\n"
        "^FO40,260^BY3^BCN,120,Y,N,N^FD00340434161{num}^FS\n"
        "^FO40,420^A0N,30,30^FDPaquete · 2,4 kg · entrega de lunes a sábado^FS\n^XZ",
        "Solicitud de alquiler – piso en {street_name}, 2.º izquierda\n\n"
        "Nombre y apellidos: {name}\nDNI/NIE: {nid}\nFecha de nacimiento: {date}\n"
        "Domicilio actual: {street}, {postcode} {city}\nTeléfono: {phone}\n"
        "Correo electrónico: {email}\nEmpresa: {company}, contrato indefinido desde 2019\n"
        "Ingresos netos mensuales: {amount} €\n"
        "Personas que vivirán en la vivienda: 2 adultos y 1 menor\nMascotas: no\n"
        "Documentación aportada: tres últimas nóminas, informe de vida laboral, declaración de "
        "la renta 2023",
        "Hola:\n\n"
        "Como hablamos, os paso mi nueva cuenta para domiciliar la nómina a partir de "
        "diciembre:\n\nTitular: {name}\nIBAN: {iban}\nEntidad: CaixaBank, oficina de {city}\n\n"
        "Gracias y un saludo,\n{first}\n\n"
        "El {date} a las 9:12, Nóminas <nominas@example.es> escribió:\n> Hola, {first}:\n"
        "> para cambiar la cuenta de la nómina necesitamos el nuevo IBAN por escrito.\n"
        "> Un saludo, el equipo de Nóminas",
        "CERTIFICADO DE ASISTENCIA\n\n{company} certifica que\n\nD./D.ª {name}\ncon DNI {nid}\n"
        "\n"
        "ha asistido al curso «Primeros auxilios en el entorno laboral», celebrado los días 4, "
        "5 y 6 de noviembre de 2024, con una duración de 12 horas lectivas, y ha superado la "
        "prueba práctica.\n\n"
        "Y para que conste a los efectos oportunos, se expide el presente certificado en "
        "{city}, a {date}.\nLa coordinadora de formación",
        "holaa, soy {first} {last}, de contabilidad 😊 he cambiado de número, el nuevo es el "
        "{phone}. el antiguo lo podéis borrar, que a final de mes lo dan de baja. un besito",
        "Reunión proyecto «Almacén Sur» – transcripción\n\n0:00:04 {name}\n"
        "Bueno, creo que ya estamos todos. ¿Nos cuentas cómo va la licitación?\n\n"
        "0:00:11 {name2}\n"
        "Sí, claro. Tenemos tres ofertas; la más barata es la de {company}, pero no pueden "
        "empezar hasta marzo.\n\n0:00:23 {name}\n"
        "Pues lo llevamos al comité de dirección del {date}.\n\n0:00:27 {name3}\n"
        "Luego os paso la tabla comparativa.",
        "Contrato de alquiler n.º {num} – turismo\n"
        "Arrendatario: {name}, {street}, {postcode} {city}\nTeléfono: {phone}\n"
        "Permiso de conducir n.º {nid}, clase B, expedido el {date}\n"
        "Vehículo: SEAT León Sportstourer, matrícula 4821 LKM, km a la salida 41.208\n"
        "Recogida: {date}, 08:30, oficina de {city}\n"
        "Devolución: {date}, 18:00, con el depósito lleno\n"
        "Daños a la salida: arañazo en el paragolpes trasero derecho (foto 3)\n"
        "Fianza: 300,00 € retenidos en tarjeta de crédito",
        "2024-11-18 14:03:27,551 DEBUG rrhh.altas.views: payload={'n_empleado': '{num}', "
        "'nombre': '{first}', 'apellidos': '{last}', 'fecha_nacimiento': '{date}', 'nif': "
        "'{nid}', 'grupo_cotizacion': 5, 'n_afiliacion_ss': None, 'fecha_alta': '2025-01-01'}",
        "DECLARACIÓN DE ADUANA CN 23\nRemitente: {company}, departamento de recambios, {city2}\n"
        "Destinatario: {name}, Calle Pérez Galdós 18, 38002 Santa Cruz de Tenerife (Canarias)\n"
        "Teléfono del destinatario: {phone}\n"
        "Contenido: 1 filtro de recambio para cafetera superautomática, código SA 8516 90 00, "
        "valor 48,90 EUR, peso 0,6 kg\nNaturaleza del envío: venta de mercancías\n"
        "País de origen: ES",
        "ENTRADA NOMINATIVA\nAuditorio Nacional de Música – Sala Sinfónica\n"
        "Orquesta Nacional de España: Falla y Albéniz\n"
        "{date} · apertura de puertas 19:00 · inicio 19:30\nTitular: {name}\n"
        "Anfiteatro · Fila 12 · Butaca 7\nLocalizador: {num}\n"
        "Entrada personal e intransferible; en el acceso se podrá solicitar el DNI.",
    ],
    "it": [
        "BEGIN:VCALENDAR\nVERSION:2.0\n"
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//IT\nMETHOD:REQUEST\n"
        "BEGIN:VEVENT\nSUMMARY:Colloquio di valutazione annuale 2025\n"
        "DTSTART;TZID=W. Europe Standard Time:20250114T100000\n"
        "DTEND;TZID=W. Europe Standard Time:20250114T110000\nLOCATION:Sala riunioni 2.07\n"
        "ORGANIZER;CN=Risorse Umane:mailto:hr@example.it\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=\"{name}\":mailto:{email}\nEND:VEVENT\nEND:VCALENDAR",
        "curl -s -X POST https://crm.example.it/api/v2/contatti \\\n"
        "  -H 'Authorization: Bearer "
        "eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx' \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  -d '{\"nome\": \"{first}\", \"cognome\": \"{last}\", \"telefono\": \"{phone}\", "
        "\"email\": \"{email}\", \"fonte\": \"fiera-2024\", \"consenso_marketing\": false}'",
        "^XA\n^CI28\n^FO40,30^A0N,26,26^FDMittente: {company}, centro resi^FS\n"
        "^FO40,90^A0N,44,44^FD{name}^FS\n^FO40,140^A0N,44,44^FD{street}^FS\n"
        "^FO40,190^A0N,44,44^FD{postcode} {city}^FS\n"
        "^FO40,260^BY3^BCN,120,Y,N,N^FD00340434161{num}^FS\n"
        "^FO40,420^A0N,30,30^FDPacco · 2,4 kg · consegna dal lunedì al sabato^FS\n^XZ",
        "Scheda informativa del conduttore – appartamento in {street_name}, 2° piano, interno "
        "4\n\nCognome e nome: {last} {first}\nCodice fiscale: {nid}\nData di nascita: {date}\n"
        "Residenza attuale: {street}, {postcode} {city}\nCellulare: {phone}\nE-mail: {email}\n"
        "Datore di lavoro: {company}, a tempo indeterminato dal 2019\n"
        "Reddito netto mensile: {amount} €\nNucleo familiare: 2 adulti, 1 minore\nAnimali: no\n"
        "Allegati: ultime tre buste paga, Certificazione Unica 2024, documento d'identità",
        "Ciao,\n\n"
        "come d'accordo vi giro le nuove coordinate bancarie per l'accredito dello stipendio a "
        "partire da dicembre:\n\nIntestatario: {name}\nIBAN: {iban}\n"
        "Banca: Intesa Sanpaolo, filiale di {city}\n\nGrazie, buona giornata\n{first}\n\n"
        "Il giorno {date} alle ore 09:12 Ufficio Paghe <paghe@example.it> ha scritto:\n"
        "> Ciao {first},\n"
        "> per cambiare l'accredito dello stipendio ci serve il nuovo IBAN per iscritto.\n"
        "> Un saluto, l'Ufficio Paghe",
        "ATTESTATO DI FREQUENZA\n\nSi attesta che\n\n{name}\n"
        "nato/a il {date}, codice fiscale {nid}\n\n"
        "ha frequentato dal 4 al 6 novembre 2024 il corso «Addetto al primo soccorso – aziende "
        "di gruppo B e C» (12 ore, ai sensi del D.M. 388/2003), superando la verifica finale. "
        "L'aggiornamento va effettuato entro tre anni.\n\n{city}, {date}\n"
        "Il responsabile del corso",
        "ciao a tutti, sono {first} {last} dell'amministrazione 🙂 ho cambiato numero, quello "
        "nuovo è {phone}. il vecchio cancellatelo pure, a fine mese lo disattivano. un abbraccio",
        "Riunione progetto «Magazzino Sud» – trascrizione\n\n0:00:04 {name}\n"
        "Ok, direi che ci siamo tutti. Ci fai il punto sulla gara?\n\n0:00:11 {name2}\n"
        "Sì, certo. Abbiamo tre offerte; la più economica è quella di {company}, però non "
        "possono partire prima di marzo.\n\n0:00:23 {name}\n"
        "Allora lo portiamo al comitato guida del {date}.\n\n0:00:27 {name3}\n"
        "Dopo vi mando la tabella di confronto.",
        "Contratto di noleggio n. {num} – autovettura\n"
        "Cliente: {name}, {street}, {postcode} {city}\nTel.: {phone}\n"
        "Patente n. U1H123456Z, cat. B, rilasciata il {date}\n"
        "Veicolo: Fiat Tipo Station Wagon, targa GE 427 TK, km alla consegna 41.208\n"
        "Ritiro: {date}, ore 8:30, agenzia di {city}\n"
        "Riconsegna: {date}, ore 18:00, con il pieno\n"
        "Danni alla consegna: graffio sul paraurti posteriore destro (foto 3)\n"
        "Deposito cauzionale: 300,00 € su carta di credito",
        "2024-11-18 14:03:27,551 DEBUG hr.assunzioni.views: payload={'matricola': '{num}', "
        "'nome': '{first}', 'cognome': '{last}', 'data_nascita': '{date}', 'codice_fiscale': "
        "'{nid}', 'livello_ccnl': '5S', 'stato_civile': None, 'data_assunzione': '2025-01-01'}",
        "DICHIARAZIONE DOGANALE CN 23\nMittente: {company}, reparto ricambi, {city2}\n"
        "Destinatario: {name}, Via Nassa 21, 6900 Lugano, Svizzera\nTel. destinatario: {phone}\n"
        "Contenuto: 1 filtro di ricambio per macchina da caffè, codice SA 8516 90 00, valore "
        "48,90 EUR, peso 0,6 kg\nNatura dell'invio: vendita di merci\nPaese d'origine: IT",
        "BIGLIETTO NOMINATIVO\nTeatro alla Scala – Stagione sinfonica\nVerdi, Messa da Requiem\n"
        "{date} · apertura porte 19:00 · inizio 20:00\nIntestatario: {name}\n"
        "Palco 12, II ordine, posto 3\nCodice prenotazione: {num}\n"
        "Biglietto strettamente personale: all'ingresso potrà essere richiesto un documento "
        "d'identità.",
    ],
    "nl": [
        "BEGIN:VCALENDAR\nVERSION:2.0\n"
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//NL\nMETHOD:REQUEST\n"
        "BEGIN:VEVENT\nSUMMARY:Beoordelingsgesprek 2025\n"
        "DTSTART;TZID=W. Europe Standard Time:20250114T100000\n"
        "DTEND;TZID=W. Europe Standard Time:20250114T110000\nLOCATION:Vergaderruimte 2.07\n"
        "ORGANIZER;CN=HR:mailto:hr@example.nl\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=\"{name}\":mailto:{email}\nEND:VEVENT\nEND:VCALENDAR",
        "curl -s -X POST https://crm.example.nl/api/v2/contacten \\\n"
        "  -H 'Authorization: Bearer "
        "eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx' \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  -d '{\"voornaam\": \"{first}\", \"achternaam\": \"{last}\", \"telefoon\": "
        "\"{phone}\", \"email\": \"{email}\", \"bron\": \"beurs-2024\", "
        "\"toestemming_marketing\": false}'",
        "^XA\n^CI28\n^FO40,30^A0N,26,26^FDAfzender: {company}, retourcentrum^FS\n"
        "^FO40,90^A0N,44,44^FD{name}^FS\n^FO40,140^A0N,44,44^FD{street}^FS\n"
        "^FO40,190^A0N,44,44^FD{postcode} {city}^FS\n"
        "^FO40,260^BY3^BCN,120,Y,N,N^FD00340434161{num}^FS\n"
        "^FO40,420^A0N,30,30^FDPakket · 2,4 kg · bezorging ma–za^FS\n^XZ",
        "Inschrijfformulier huurwoning – appartement {street_name}, 2e verdieping\n\n"
        "Achternaam: {last}\nVoornaam: {first}\nGeboortedatum: {date}\n"
        "Huidig adres: {street}, {postcode} {city}\nTelefoon: {phone}\nE-mail: {email}\n"
        "Werkgever: {company}, vast contract sinds 2019\nBruto maandinkomen: € {amount}\n"
        "Aantal bewoners: 2 volwassenen, 1 kind\nHuisdieren: nee\n"
        "Bijlagen: werkgeversverklaring, laatste drie loonstroken, uittreksel BRP",
        "Hoi,\n\n"
        "Zoals besproken hierbij mijn nieuwe rekeningnummer; graag gebruiken vanaf de "
        "salarisbetaling van december:\n\nTen name van: {name}\nIBAN: {iban}\n"
        "Bank: Rabobank {city}\n\nDank en groet,\n{first}\n\n"
        "Op {date} om 09:12 schreef Salarisadministratie <salaris@example.nl>:\n> Hoi {first},\n"
        "> om je rekeningnummer te wijzigen hebben we je nieuwe IBAN schriftelijk nodig.\n"
        "> Groet, de salarisadministratie",
        "CERTIFICAAT VAN DEELNAME\n\nHierbij verklaren wij dat\n\n{name}\ngeboren op {date}\n\n"
        "van 4 tot en met 6 november 2024 heeft deelgenomen aan de cursus "
        "‘Bedrijfshulpverlening (BHV) basis’ (16 uur) en het praktijkexamen met goed gevolg "
        "heeft afgelegd. Het certificaat is één jaar geldig.\n\n{city}, {date}\n"
        "Namens {company},\nde cursuscoördinator",
        "hoi allemaal, met {first} {last} van de administratie 🙂 ik heb een nieuw nummer: "
        "{phone}. het oude mogen jullie wissen, dat wordt eind van de maand opgezegd. groetjes",
        "Overleg project ‘Magazijn Zuid’ – transcript\n\n0:00:04 {name}\n"
        "Oké, volgens mij zijn we compleet. Kun jij even vertellen hoe het met de aanbesteding "
        "staat?\n\n0:00:11 {name2}\n"
        "Ja, tuurlijk. We hebben drie offertes; de goedkoopste is van {company}, maar die "
        "kunnen pas in maart beginnen.\n\n0:00:23 {name}\n"
        "Dan nemen we dat mee naar de stuurgroep van {date}.\n\n0:00:27 {name3}\n"
        "Ik stuur jullie straks de vergelijkingstabel.",
        "Huurovereenkomst nr. {num} – personenauto\n"
        "Huurder: {name}, {street}, {postcode} {city}\nTelefoon: {phone}\n"
        "Rijbewijsnummer: 5012345678, categorie B, afgegeven op {date}\n"
        "Voertuig: Volkswagen Golf Variant, kenteken S-427-TK, kilometerstand bij uitgifte "
        "41.208\nOphalen: {date}, 08.30 uur, vestiging {city}\n"
        "Inleveren: {date}, 18.00 uur, met volle tank\n"
        "Schade bij uitgifte: kras achterbumper rechts (foto 3)\nBorg: € 300,00 via creditcard",
        "2024-11-18 14:03:27,551 DEBUG hr.instroom.views: payload={'personeelsnummer': '{num}', "
        "'voornaam': '{first}', 'achternaam': '{last}', 'geboortedatum': '{date}', 'bsn': "
        "'{nid}', 'loonheffingskorting': True, 'datum_in_dienst': '2025-01-01'}",
        "DOUANEAANGIFTE CN 23\nAfzender: {company}, afdeling onderdelen, {city2}\n"
        "Ontvanger: {name}, Kaya Grandi 12, Kralendijk, Bonaire (Caribisch Nederland)\n"
        "Telefoon ontvanger: {phone}\n"
        "Inhoud: 1 vervangend filter voor koffiemachine, GS-code 8516 90 00, waarde € 48,90, "
        "gewicht 0,6 kg\nSoort zending: verkoop van goederen\nLand van oorsprong: NL",
        "E-TICKET OP NAAM\nHet Concertgebouw – Grote Zaal\n"
        "Koninklijk Concertgebouworkest: Mahler 5\n"
        "{date} · zaal open 19.15 uur · aanvang 20.15 uur\nNaam: {name}\n"
        "Balkon rechts · rij 4 · stoel 12\nOrdernummer: {num}\n"
        "Dit ticket is persoonsgebonden; neem een geldig legitimatiebewijs mee.",
    ],
    "pl": [
        "BEGIN:VCALENDAR\nVERSION:2.0\n"
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//PL\nMETHOD:REQUEST\n"
        "BEGIN:VEVENT\nSUMMARY:Rozmowa oceniająca 2025\n"
        "DTSTART;TZID=Central European Standard Time:20250114T100000\n"
        "DTEND;TZID=Central European Standard Time:20250114T110000\n"
        "LOCATION:Sala konferencyjna 2.07\nORGANIZER;CN=Dział Kadr:mailto:kadry@example.pl\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=\"{name}\":mailto:{email}\nEND:VEVENT\nEND:VCALENDAR",
        "curl -s -X POST https://crm.example.pl/api/v2/kontakty \\\n"
        "  -H 'Authorization: Bearer "
        "eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx' \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  -d '{\"imie\": \"{first}\", \"nazwisko\": \"{last}\", \"telefon\": \"{phone}\", "
        "\"email\": \"{email}\", \"zrodlo\": \"targi-2024\", \"zgoda_marketingowa\": false}'",
        "^XA\n^CI28\n^FO40,30^A0N,26,26^FDNadawca: {company}, Centrum Zwrotów^FS\n"
        "^FO40,90^A0N,44,44^FD{name}^FS\n^FO40,140^A0N,44,44^FD{street}^FS\n"
        "^FO40,190^A0N,44,44^FD{postcode} {city}^FS\n"
        "^FO40,260^BY3^BCN,120,Y,N,N^FD00340434161{num}^FS\n"
        "^FO40,420^A0N,30,30^FDPaczka · 2,4 kg · doręczenie pn.–sob.^FS\n^XZ",
        "Ankieta najemcy – mieszkanie przy ul. {street_name}, II piętro\n\n"
        "Imię i nazwisko: {name}\nPESEL: {nid}\n"
        "Adres zamieszkania: {street}, {postcode} {city}\nTelefon: {phone}\nE-mail: {email}\n"
        "Pracodawca: {company}, umowa o pracę na czas nieokreślony od 2019 r.\n"
        "Dochód netto miesięcznie: {amount} zł\nLiczba osób: 2 dorosłe, 1 dziecko\n"
        "Zwierzęta: brak\n"
        "Załączniki: zaświadczenie o zarobkach, oświadczenie o poddaniu się egzekucji (najem "
        "okazjonalny)",
        "Cześć,\n\n"
        "zgodnie z ustaleniami przesyłam nowy numer konta do wypłaty wynagrodzenia od grudnia:\n"
        "\nWłaściciel rachunku: {name}\nIBAN: {iban}\nBank: PKO BP (oddział: {city})\n\n"
        "Dzięki i pozdrawiam\n{first}\n\n"
        "W dniu {date} o 09:12 Dział Płac <place@example.pl> napisał(a):\n> Cześć,\n"
        "> do zmiany rachunku potrzebujemy nowego numeru IBAN na piśmie.\n"
        "> Pozdrawiamy, Dział Płac",
        "ZAŚWIADCZENIE O UKOŃCZENIU SZKOLENIA\n\n{name}\nPESEL {nid}\n\n"
        "w dniach 4–6 listopada 2024 r. ukończył(a) szkolenie „Pierwsza pomoc przedmedyczna w "
        "zakładzie pracy” w wymiarze 16 godzin lekcyjnych, zorganizowane przez {company}, z "
        "wynikiem pozytywnym egzaminu końcowego.\n\n{city}, dnia {date}\nKierownik szkolenia",
        "hej, tu {first} {last} z księgowości 🙂 mam nowy numer: {phone}. stary możecie usunąć, "
        "od końca miesiąca będzie nieaktywny. pozdrawiam",
        "Spotkanie projektu „Magazyn Południe” – transkrypcja\n\n0:00:04 {name}\n"
        "Dobra, chyba jesteśmy w komplecie. Możesz krótko powiedzieć, co z przetargiem?\n\n"
        "0:00:11 {name2}\n"
        "Jasne. Mamy trzy oferty; najtańsza jest od {company}, ale mogą zacząć dopiero w "
        "marcu.\n\n0:00:23 {name}\nTo weźmy to na komitet sterujący ({date}).\n\n"
        "0:00:27 {name3}\nZaraz wam podeślę tabelę porównawczą.",
        "Umowa najmu pojazdu nr {num}\nNajemca: {name}, {street}, {postcode} {city}\n"
        "Telefon: {phone}\nPrawo jazdy nr 01234/19/1465, kat. B, wydane {date}\n"
        "Pojazd: Škoda Octavia Combi, nr rej. WX 4271K, przebieg przy wydaniu 41 208 km\n"
        "Odbiór: {date}, godz. 8:30, oddział {city}\n"
        "Zwrot: {date}, godz. 18:00, z pełnym bakiem\n"
        "Uszkodzenia przy wydaniu: rysa na tylnym zderzaku z prawej strony (zdjęcie 3)\n"
        "Kaucja: 1000,00 zł (blokada na karcie kredytowej)",
        "2024-11-18 14:03:27,551 DEBUG kadry.zatrudnienie.views: payload={'nr_ewidencyjny': "
        "'{num}', 'imie': '{first}', 'nazwisko': '{last}', 'data_urodzenia': '{date}', 'pesel': "
        "'{nid}', 'ulga_dla_mlodych': False, 'oddzial_nfz': '07', 'data_zatrudnienia': "
        "'2025-01-01'}",
        "DEKLARACJA CELNA CN 23\n"
        "Nadawca: {company}, dział części zamiennych (oddział: {city2})\n"
        "Odbiorca: {name}, 14 Ealing Road, Wembley HA0 4TL, Wielka Brytania\n"
        "Telefon odbiorcy: {phone}\n"
        "Zawartość: 1 filtr zamienny do ekspresu do kawy, kod HS 8516 90 00, wartość 48,90 EUR, "
        "waga 0,6 kg\nRodzaj przesyłki: sprzedaż towarów\nKraj pochodzenia: PL",
        "BILET IMIENNY\nFilharmonia Narodowa – Sala Koncertowa\n"
        "Chopin i Szymanowski – koncert symfoniczny\n"
        "{date} · otwarcie drzwi 18:30 · początek 19:30\nPosiadacz biletu: {name}\n"
        "Balkon · rząd 4 · miejsce 12\nNumer zamówienia: {num}\n"
        "Bilet imienny, bez prawa odsprzedaży; przy wejściu może być wymagany dokument "
        "tożsamości.",
    ],
}

NOT_PERSONAL_NINTH: dict[str, list[str]] = {
    "de": [
        "services:\n  db:\n    image: postgres:16\n    container_name: curie\n    environment:\n"
        "      POSTGRES_DB: lager\n      TZ: Europe/Berlin\n    volumes:\n"
        "      - pgdata:/var/lib/postgresql/data\n  api:\n"
        "    image: registry.example.de/lager/api:4.2.1\n    container_name: humboldt\n"
        "    depends_on: [db]\n    ports:\n      - \"8080:8080\"\n    labels:\n"
        "      standort: \"Werk {city}\"\n  worker:\n"
        "    image: registry.example.de/lager/worker:4.2.1\n    container_name: leibniz\n"
        "    command: celery -A lager worker -Q etiketten,export\nvolumes:\n  pgdata: {}",
        "Glossar Qualitätsmanagement (Auszug)\n"
        "Gantt-Diagramm – Balkendiagramm für die zeitliche Planung der Vorgänge eines "
        "Projekts.\n"
        "Ishikawa-Diagramm – Ursache-Wirkungs-Diagramm („Fischgräte“) mit den Hauptursachen "
        "Mensch, Maschine, Material, Methode, Mitwelt und Messung.\n"
        "Pareto-Prinzip – 80/20-Regel: wenige Ursachen erklären den Großteil der Fehler.\n"
        "PDCA-Zyklus (Deming-Kreis) – Plan, Do, Check, Act.\n"
        "Kaizen – kontinuierliche Verbesserung in kleinen Schritten.\n"
        "Weibull-Verteilung – Modell für Ausfallzeiten in der Zuverlässigkeitsanalyse.",
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": "
        "\"https://schemas.example.de/crm/kunde.json\", \"title\": \"Kunde\", \"type\": "
        "\"object\", \"required\": [\"nachname\", \"email\"], \"properties\": {\"anrede\": "
        "{\"enum\": [\"Herr\", \"Frau\", \"divers\"]}, \"vorname\": {\"type\": \"string\", "
        "\"title\": \"Vorname\", \"maxLength\": 60}, \"nachname\": {\"type\": \"string\", "
        "\"title\": \"Nachname\", \"maxLength\": 80}, \"email\": {\"type\": \"string\", "
        "\"format\": \"email\", \"title\": \"E-Mail\"}, \"telefon\": {\"type\": \"string\", "
        "\"pattern\": \"^[0-9 +/-]+$\"}, \"plz\": {\"type\": \"string\", \"pattern\": "
        "\"^[0-9]+$\"}}}",
        "Abfuhrkalender 2025 – Gewerbegebiet {city}-Nord\n"
        "Restmüll (graue Tonne): montags, 14-täglich – Carl-Zeiss-Straße, Robert-Bosch-Straße, "
        "Werner-von-Siemens-Ring\n"
        "Altpapier (blaue Tonne): 1. Mittwoch im Monat – Otto-Lilienthal-Weg, "
        "Gottlieb-Daimler-Straße\n"
        "Gelbe Tonne: freitags in ungeraden Kalenderwochen – alle Straßen\n"
        "Fällt die Abfuhr auf einen Feiertag, verschiebt sie sich um einen Tag. Behälter bitte "
        "bis 6 Uhr bereitstellen.\nHerausgeber: Abfallwirtschaftsbetrieb {city}",
        "Öffentliche Sitzung des Gemeinderats {city} am {date}, 18:30 Uhr, Ratssaal\n"
        "Tagesordnung\n"
        "1. Eröffnung und Feststellung der Beschlussfähigkeit durch den Bürgermeister\n"
        "2. Bekanntgabe nichtöffentlich gefasster Beschlüsse\n"
        "3. Bebauungsplan Nr. 47 „Gewerbepark Konrad-Adenauer-Straße“ – Satzungsbeschluss\n"
        "4. Sanierung der Turnhalle der Geschwister-Scholl-Grundschule – Vergabe an {company}\n"
        "5. Haushaltssatzung 2025 – Bericht der Kämmerin\n6. Anfragen aus dem Gemeinderat",
        "Robert-Koch-Klinikum {city} – Telefonverzeichnis (Stand {date})\n"
        "Zentrale                          0821 400-0\n"
        "Zentrale Notaufnahme              0821 400-1100\n"
        "Kardiologie, Station Virchow      0821 400-2310\n"
        "Geburtshilfe / Kreißsaal          0821 400-2600\n"
        "Chefarztsekretariat Chirurgie     0821 400-2001\n"
        "Patientenaufnahme                 0821 400-1010 (Mo–Fr 7–16 Uhr)\n"
        "Klinikseelsorge                   über die Zentrale",
        "Rezeptkarte Betriebsrestaurant – Boeuf Stroganoff (50 Portionen)\n"
        "7,5 kg Rinderhüfte in Streifen, 2 kg Zwiebeln, 1,5 kg Champignons, 3 Gläser "
        "Gewürzgurken, 2 l saure Sahne, Paprika edelsüß, mittelscharfer Senf\n"
        "Beilage: Butterspätzle oder Reis\nDessert: Fürst-Pückler-Eis mit Waffel\n"
        "Allergene: A (Weizen), C (Ei), G (Milch), J (Senf)\n"
        "Kombidämpfer: 12 Minuten bei 160 °C, Sahne erst zum Schluss unterziehen",
        "Corporate-Design-Handbuch, Kap. 3 – Typografie und Farben\n"
        "Hausschrift für Überschriften ist die Frutiger Bold, für Fließtext die Frutiger Light; "
        "in Office-Dokumenten wird ersatzweise Arial verwendet. Für Urkunden und Einladungen "
        "darf die Garamond eingesetzt werden.\n"
        "Primärfarbe: Pantone 2935 C (RGB 0/87/184), Sekundärfarbe: RAL 7035 Lichtgrau.\n"
        "Das Logo von {company} steht immer oben rechts, die Schutzzone beträgt mindestens 10 "
        "mm.",
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Betriebsversammlung 4. Quartal\n"
        "DTSTART;TZID=Europe/Berlin:20241205T130000\nDTEND;TZID=Europe/Berlin:20241205T150000\n"
        "LOCATION:Alexander-von-Humboldt-Saal\\, Gebäude A\\, {city}\n"
        "ORGANIZER;CN=Betriebsrat:mailto:betriebsrat@example.de\n"
        "ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;CN=Alle Beschäftigten Standort "
        "Süd:mailto:standort-sued@example.de\n"
        "DESCRIPTION:Bericht der Geschäftsführung\\, Aussprache\\, Verschiedenes. Die Teilnahme "
        "gilt als Arbeitszeit.\nEND:VEVENT\nEND:VCALENDAR",
        "firmencup am samstag im sportpark an der fritz-walter-straße 🏆 spielplan: 10:00 "
        "einkauf gegen it, 10:30 vertrieb nord gegen lager, 11:00 buchhaltung gegen "
        "geschäftsleitung, 12:00 halbfinale. umkleiden in halle 2, trikots liegen am empfang. "
        "wer noch als schiri einspringen kann, bitte melden!",
        "Wir sind auf der Hannover Messe! 🚀 Vom 31.03. bis 04.04. zeigt {company} in Halle 7, "
        "Stand C24 die neue Steuerung „Kepler X2“ – live im Zusammenspiel mit Robotern von KUKA "
        "und Fanuc. Kommt vorbei! #HM25 #Industrie40 #Automatisierung",
        "Organigramm {company} (gültig ab {date})\nGeschäftsführung\n"
        "├── Stabsstelle Recht & Datenschutz\n├── Kaufmännische Leitung\n"
        "│   ├── Finanzbuchhaltung\n│   ├── Personal\n│   └── Einkauf\n├── Technische Leitung\n"
        "│   ├── Produktion Werk {city}\n│   ├── Qualitätssicherung\n│   └── Instandhaltung\n"
        "└── Vertriebsleitung\n    ├── Key Account Management\n    └── Vertriebsinnendienst",
    ],
    "fr": [
        "services:\n  db:\n    image: postgres:16\n    container_name: pasteur\n"
        "    environment:\n      POSTGRES_DB: entrepot\n      TZ: Europe/Paris\n    volumes:\n"
        "      - pgdata:/var/lib/postgresql/data\n  api:\n"
        "    image: registry.example.fr/entrepot/api:4.2.1\n    container_name: lavoisier\n"
        "    depends_on: [db]\n    ports:\n      - \"8080:8080\"\n    labels:\n"
        "      site: \"Usine de {city}\"\n  worker:\n"
        "    image: registry.example.fr/entrepot/worker:4.2.1\n    container_name: ampere\n"
        "    command: celery -A entrepot worker -Q etiquettes,export\nvolumes:\n  pgdata: {}",
        "Glossaire qualité (extrait)\n"
        "Diagramme de Gantt – diagramme à barres pour planifier dans le temps les tâches d'un "
        "projet.\n"
        "Diagramme d'Ishikawa – diagramme causes-effet (« arête de poisson ») selon les 5M : "
        "main-d'œuvre, matériel, matière, méthode, milieu.\n"
        "Loi de Pareto – règle des 80/20 : quelques causes expliquent l'essentiel des défauts.\n"
        "Roue de Deming (PDCA) – Plan, Do, Check, Act.\n"
        "Kaizen – amélioration continue, par petits pas.\n"
        "Loi de Weibull – modèle de durée de vie utilisé en fiabilité.",
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": "
        "\"https://schemas.example.fr/crm/client.json\", \"title\": \"Client\", \"type\": "
        "\"object\", \"required\": [\"nom\", \"email\"], \"properties\": {\"civilite\": "
        "{\"enum\": [\"M.\", \"Mme\"]}, \"prenom\": {\"type\": \"string\", \"title\": "
        "\"Prénom\", \"maxLength\": 60}, \"nom\": {\"type\": \"string\", \"title\": \"Nom\", "
        "\"maxLength\": 80}, \"email\": {\"type\": \"string\", \"format\": \"email\", "
        "\"title\": \"Courriel\"}, \"telephone\": {\"type\": \"string\", \"pattern\": \"^[0-9 "
        "+.]+$\"}, \"code_postal\": {\"type\": \"string\", \"pattern\": \"^[0-9]+$\"}}}",
        "Calendrier de collecte 2025 – Zone d'activités {city} Nord\n"
        "Ordures ménagères (bac gris) : le lundi, une semaine sur deux – rue Gustave-Eiffel, "
        "avenue Louis-Blériot, rue Marcel-Dassault\n"
        "Papiers et emballages (bac jaune) : le 1er mercredi du mois – allée Marie-Curie, rue "
        "Denis-Papin\nVerre : points d'apport volontaire sur le parking du gymnase Jean-Moulin\n"
        "Les jours fériés, la collecte est décalée au lendemain. Sortez les bacs la veille au "
        "soir.\nÉdité par le service Déchets de la communauté d'agglomération",
        "Conseil municipal de {city} – séance publique du {date} à 18h30, salle du conseil\n"
        "Ordre du jour\n1. Appel nominal et désignation du secrétaire de séance\n"
        "2. Approbation du procès-verbal de la séance précédente\n"
        "3. Modification n° 2 du PLU – secteur de la ZAC Jean-Jaurès\n"
        "4. Rénovation du gymnase du collège Jules-Ferry – attribution du marché à {company}\n"
        "5. Budget primitif 2025 – rapport de l'adjointe aux finances\n6. Questions diverses",
        "Centre hospitalier Louis-Pasteur de {city} – annuaire (mis à jour le {date})\n"
        "Standard                           03 89 12 40 00\n"
        "Urgences adultes                   03 89 12 41 10\n"
        "Cardiologie – pavillon Laennec     03 89 12 42 31\n"
        "Maternité / salle de naissance     03 89 12 42 60\n"
        "Secrétariat de chirurgie           03 89 12 42 01\n"
        "Bureau des admissions              03 89 12 41 01 (lun.–ven. 7h–16h)\n"
        "Aumônerie                          par le standard",
        "Fiche technique restaurant d'entreprise – bœuf Stroganoff (50 couverts)\n"
        "7,5 kg de rumsteck en lanières, 2 kg d'oignons, 1,5 kg de champignons de Paris, 2 l de "
        "crème fraîche, paprika doux, moutarde de Dijon\n"
        "Accompagnement : riz pilaf ou tagliatelles\n"
        "Dessert : poire Belle-Hélène ou crêpes Suzette\n"
        "Allergènes : lait, moutarde, gluten, œuf\n"
        "Four mixte : 12 min à 160 °C, incorporer la crème en fin de cuisson",
        "Charte graphique, chapitre 3 – Typographie et couleurs\n"
        "Police de titrage : Frutiger Bold ; texte courant : Frutiger Light ; dans les "
        "documents Office, on la remplace par Arial. Pour les diplômes et les invitations, la "
        "Garamond est autorisée.\n"
        "Couleur principale : Pantone 2935 C (RVB 0/87/184) ; couleur secondaire : gris clair "
        "RAL 7035.\n"
        "Le logo {company} se place toujours en haut à droite, avec une zone de protection d'au "
        "moins 10 mm.",
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
        "SUMMARY:Réunion d'information du personnel – 4e trimestre\n"
        "DTSTART;TZID=Europe/Paris:20241205T130000\nDTEND;TZID=Europe/Paris:20241205T150000\n"
        "LOCATION:Amphithéâtre Marie-Curie\\, bâtiment A\\, {city}\n"
        "ORGANIZER;CN=CSE:mailto:cse@example.fr\n"
        "ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;CN=Ensemble du personnel – site "
        "Sud:mailto:site-sud@example.fr\n"
        "DESCRIPTION:Mot de la direction\\, questions-réponses\\, points divers. Le temps de "
        "réunion est du temps de travail effectif.\nEND:VEVENT\nEND:VCALENDAR",
        "tournoi inter-services samedi au stade pierre-de-coubertin 🏆 programme : 10h achats "
        "contre info, 10h30 commerce nord contre entrepôt, 11h compta contre direction, 12h "
        "demi-finales. vestiaires au gymnase 2, les maillots sont à l'accueil. il nous manque "
        "encore un arbitre, qui est dispo ?",
        "On sera au salon Global Industrie à Lyon ! 🚀 Du 11 au 14 mars, {company} présente sur "
        "le stand 6G42 son nouvel automate « Ampère X2 », en démo avec des robots Stäubli et "
        "Fanuc. Passez nous voir ! #GlobalIndustrie #Industrie40 #Automatisation",
        "Organigramme {company} (à compter du {date})\nDirection générale\n"
        "├── Service juridique & protection des données\n"
        "├── Direction administrative et financière\n│   ├── Comptabilité\n"
        "│   ├── Ressources humaines\n│   └── Achats\n├── Direction technique\n"
        "│   ├── Production – usine de {city}\n│   ├── Qualité\n│   └── Maintenance\n"
        "└── Direction commerciale\n    ├── Grands comptes\n    └── Administration des ventes",
    ],
    "es": [
        "services:\n  db:\n    image: postgres:16\n    container_name: cajal\n    environment:\n"
        "      POSTGRES_DB: almacen\n      TZ: Europe/Madrid\n    volumes:\n"
        "      - pgdata:/var/lib/postgresql/data\n  api:\n"
        "    image: registry.example.es/almacen/api:4.2.1\n    container_name: ochoa\n"
        "    depends_on: [db]\n    ports:\n      - \"8080:8080\"\n    labels:\n"
        "      centro: \"Planta de {city}\"\n  worker:\n"
        "    image: registry.example.es/almacen/worker:4.2.1\n    container_name: monturiol\n"
        "    command: celery -A almacen worker -Q etiquetas,exportacion\nvolumes:\n  pgdata: {}",
        "Glosario de calidad (extracto)\n"
        "Diagrama de Gantt – diagrama de barras para planificar en el tiempo las tareas de un "
        "proyecto.\n"
        "Diagrama de Ishikawa – diagrama causa-efecto («espina de pescado») con las 6M: mano de "
        "obra, maquinaria, materiales, método, medio ambiente y medición.\n"
        "Principio de Pareto – regla del 80/20: unas pocas causas explican la mayoría de los "
        "defectos.\nCiclo de Deming (PDCA) – planificar, hacer, verificar, actuar.\n"
        "Kaizen – mejora continua a pequeños pasos.\n"
        "Distribución de Weibull – modelo de tiempo hasta el fallo en los análisis de "
        "fiabilidad.",
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": "
        "\"https://schemas.example.es/crm/cliente.json\", \"title\": \"Cliente\", \"type\": "
        "\"object\", \"required\": [\"apellidos\", \"email\"], \"properties\": "
        "{\"tratamiento\": {\"enum\": [\"Sr.\", \"Sra.\"]}, \"nombre\": {\"type\": \"string\", "
        "\"title\": \"Nombre\", \"maxLength\": 60}, \"apellidos\": {\"type\": \"string\", "
        "\"title\": \"Apellidos\", \"maxLength\": 80}, \"email\": {\"type\": \"string\", "
        "\"format\": \"email\", \"title\": \"Correo electrónico\"}, \"telefono\": {\"type\": "
        "\"string\", \"pattern\": \"^[0-9 +]+$\"}, \"codigo_postal\": {\"type\": \"string\", "
        "\"pattern\": \"^[0-9]+$\"}}}",
        "Calendario de recogida 2025 – Polígono Industrial {city} Norte\n"
        "Fracción resto (contenedor gris): lunes, cada dos semanas – calle Isaac Peral, avenida "
        "Leonardo Torres Quevedo, calle Juan de la Cierva\n"
        "Papel y cartón (contenedor azul): primer miércoles de cada mes – calle Severo Ochoa, "
        "calle Margarita Salas\n"
        "Envases (contenedor amarillo): viernes de semanas impares – todo el polígono\n"
        "Si la recogida coincide con un festivo, pasa al día siguiente. Los contenedores deben "
        "estar fuera antes de las 6:00.\nEdita: Servicio Municipal de Limpieza de {city}",
        "Pleno ordinario del Ayuntamiento de {city} – {date}, 18:30 h, Salón de Plenos\n"
        "Orden del día\n1. Aprobación, si procede, del acta de la sesión anterior\n"
        "2. Dación de cuenta de los decretos de Alcaldía\n"
        "3. Modificación puntual n.º 4 del PGOU – ámbito del polígono Clara Campoamor\n"
        "4. Reforma del pabellón del CEIP Antonio Machado – adjudicación a {company}\n"
        "5. Presupuesto general 2025 – informe de la concejala de Hacienda\n"
        "6. Ruegos y preguntas",
        "Hospital Comarcal Doctor Fleming de {city} – guía telefónica (actualizada el {date})\n"
        "Centralita                          91 400 00 00\n"
        "Urgencias generales                 91 400 11 00\n"
        "Cardiología – pabellón Ramón y Cajal  91 400 23 10\n"
        "Paritorio                           91 400 26 00\n"
        "Secretaría de Cirugía               91 400 20 01\n"
        "Admisión y citaciones               91 400 10 10 (L–V, 8–15 h)\n"
        "Atención al Paciente                91 400 10 20",
        "Ficha técnica comedor de empresa – menú del jueves (50 raciones)\n"
        "Primero: ensalada César – 4 kg de lechuga romana, 1,5 kg de picatostes, 800 g de "
        "parmesano\n"
        "Segundo: ternera Strogonoff – 7,5 kg de babilla en tiras, 2 kg de cebolla, 1,5 kg de "
        "champiñones, 2 l de nata, pimentón dulce, mostaza\nGuarnición: arroz blanco\n"
        "Postre: tarta Sacher (5 tartas de 10 porciones)\n"
        "Alérgenos: leche, mostaza, gluten, huevo\n"
        "Horno mixto: 12 min a 160 °C; añadir la nata al final",
        "Manual de identidad corporativa, cap. 3 – Tipografía y color\n"
        "Tipografía corporativa para titulares: Frutiger Bold; para texto: Frutiger Light; en "
        "documentos de Office se sustituye por Arial. En diplomas e invitaciones pueden usarse "
        "la Garamond o la Bodoni.\n"
        "Color principal: Pantone 2935 C (RGB 0/87/184); secundario: gris claro RAL 7035.\n"
        "El logotipo de {company} va siempre arriba a la derecha, con un área de respeto mínima "
        "de 10 mm.",
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
        "SUMMARY:Asamblea informativa de la plantilla – 4.º trimestre\n"
        "DTSTART;TZID=Europe/Madrid:20241205T130000\nDTEND;TZID=Europe/Madrid:20241205T150000\n"
        "LOCATION:Auditorio Severo Ochoa\\, edificio A\\, {city}\n"
        "ORGANIZER;CN=Comité de empresa:mailto:comite@example.es\n"
        "ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;CN=Toda la plantilla – centro "
        "Sur:mailto:centro-sur@example.es\n"
        "DESCRIPTION:Informe de la dirección\\, turno de preguntas\\, varios. El tiempo de la "
        "asamblea computa como tiempo de trabajo.\nEND:VEVENT\nEND:VCALENDAR",
        "torneo interdepartamental el sábado en el polideportivo fernando martín 🏆 horarios: "
        "10:00 compras vs. informática, 10:30 ventas norte vs. almacén, 11:00 contabilidad vs. "
        "dirección, 12:00 semifinales. vestuarios en el pabellón 2, las camisetas están en "
        "recepción. ¡nos falta un árbitro! ¿quién se anima?",
        "¡Nos vemos en Advanced Factories en Barcelona! 🚀 Del 8 al 10 de abril, {company} "
        "presenta en el estand C142 su nuevo autómata «Torres Quevedo X2», en demostración con "
        "robots de ABB y Fanuc. ¡Pásate a vernos! #AdvancedFactories #Industria40 "
        "#Automatización",
        "Organigrama {company} (vigente desde el {date})\nDirección General\n"
        "├── Asesoría Jurídica y Protección de Datos\n├── Dirección Financiera\n"
        "│   ├── Contabilidad\n│   ├── Recursos Humanos\n│   └── Compras\n"
        "├── Dirección Técnica\n│   ├── Producción – planta de {city}\n│   ├── Calidad\n"
        "│   └── Mantenimiento\n└── Dirección Comercial\n    ├── Grandes Cuentas\n"
        "    └── Atención al Cliente",
    ],
    "it": [
        "services:\n  db:\n    image: postgres:16\n    container_name: volta\n    environment:\n"
        "      POSTGRES_DB: magazzino\n      TZ: Europe/Rome\n    volumes:\n"
        "      - pgdata:/var/lib/postgresql/data\n  api:\n"
        "    image: registry.example.it/magazzino/api:4.2.1\n    container_name: fermi\n"
        "    depends_on: [db]\n    ports:\n      - \"8080:8080\"\n    labels:\n"
        "      sede: \"Stabilimento di {city}\"\n  worker:\n"
        "    image: registry.example.it/magazzino/worker:4.2.1\n    container_name: marconi\n"
        "    command: celery -A magazzino worker -Q etichette,export\nvolumes:\n  pgdata: {}",
        "Glossario qualità (estratto)\n"
        "Diagramma di Gantt – diagramma a barre per pianificare nel tempo le attività di un "
        "progetto.\n"
        "Diagramma di Ishikawa – diagramma causa-effetto («a spina di pesce») con le 6M: "
        "manodopera, macchine, materiali, metodi, mezzi di misura e ambiente.\n"
        "Principio di Pareto – regola dell'80/20: poche cause spiegano la maggior parte dei "
        "difetti.\nCiclo di Deming (PDCA) – Plan, Do, Check, Act.\n"
        "Kaizen – miglioramento continuo a piccoli passi.\n"
        "Distribuzione di Weibull – modello dei tempi di guasto usato nelle analisi di "
        "affidabilità.",
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": "
        "\"https://schemas.example.it/crm/cliente.json\", \"title\": \"Cliente\", \"type\": "
        "\"object\", \"required\": [\"cognome\", \"email\"], \"properties\": {\"titolo\": "
        "{\"enum\": [\"Sig.\", \"Sig.ra\", \"Dott.\", \"Dott.ssa\"]}, \"nome\": {\"type\": "
        "\"string\", \"title\": \"Nome\", \"maxLength\": 60}, \"cognome\": {\"type\": "
        "\"string\", \"title\": \"Cognome\", \"maxLength\": 80}, \"email\": {\"type\": "
        "\"string\", \"format\": \"email\", \"title\": \"E-mail\"}, \"cellulare\": {\"type\": "
        "\"string\", \"pattern\": \"^[0-9 +]+$\"}, \"cap\": {\"type\": \"string\", \"pattern\": "
        "\"^[0-9]+$\"}}}",
        "Calendario raccolta differenziata 2025 – Zona industriale {city} Nord\n"
        "Indifferenziato (bidone grigio): lunedì, a settimane alterne – via Alessandro Volta, "
        "viale Guglielmo Marconi, via Enrico Fermi\n"
        "Carta e cartone (bidone bianco): primo mercoledì del mese – via Galileo Galilei, via "
        "Antonio Meucci\n"
        "Plastica e metalli (sacco giallo): venerdì delle settimane dispari – tutta la zona\n"
        "Se il giorno di raccolta cade in un festivo, il ritiro slitta al giorno successivo. "
        "Esporre i contenitori entro le 6:00.\nA cura dell'Ufficio Ambiente del Comune di {city}",
        "Consiglio comunale di {city} – seduta pubblica del {date}, ore 18:30, Sala consiliare\n"
        "Ordine del giorno\n1. Comunicazioni del Sindaco\n"
        "2. Approvazione dei verbali della seduta precedente\n"
        "3. Variante n. 4 al Piano Regolatore – comparto di via Aldo Moro\n"
        "4. Ristrutturazione della palestra della scuola primaria «Gianni Rodari» – affidamento "
        "dei lavori a {company}\n"
        "5. Bilancio di previsione 2025 – relazione dell'assessora al Bilancio\n"
        "6. Interrogazioni e mozioni",
        "Presidio ospedaliero «Camillo Golgi» di {city} – rubrica telefonica (aggiornata al "
        "{date})\nCentralino                          0341 400 111\n"
        "Pronto soccorso                     0341 400 110\n"
        "Cardiologia – padiglione Morgagni   0341 400 231\n"
        "Ostetricia / sala parto             0341 400 260\n"
        "Segreteria Chirurgia                0341 400 201\n"
        "CUP – prenotazioni                  0341 400 101 (lun–ven 8–16)\n"
        "Ufficio Relazioni con il Pubblico   0341 400 102",
        "Scheda tecnica mensa aziendale – menù del giovedì (50 porzioni)\n"
        "Antipasto: carpaccio di manzo con rucola e scaglie di grana\n"
        "Primo: pizza Margherita in teglia (10 teglie 60×40)\n"
        "Secondo: straccetti alla Stroganoff con riso pilaf – 7,5 kg di fesa a listarelle, 2 kg "
        "di cipolle, 1,5 kg di champignon, 2 l di panna acida, paprica dolce, senape\n"
        "Dolce: torta Sacher\nAllergeni: latte, senape, glutine, uova\n"
        "Forno misto: 12 minuti a 160 °C",
        "Manuale di immagine coordinata, cap. 3 – Tipografia e colori\n"
        "Carattere istituzionale per i titoli: Frutiger Bold; per il testo: Frutiger Light; nei "
        "documenti Office si usa Arial. Per attestati e inviti sono ammessi il Bodoni e il "
        "Garamond.\n"
        "Colore primario: Pantone 2935 C (RGB 0/87/184); secondario: grigio chiaro RAL 7035.\n"
        "Il logo {company} va sempre in alto a destra, con un'area di rispetto di almeno 10 mm.",
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
        "SUMMARY:Assemblea del personale – IV trimestre\n"
        "DTSTART;TZID=Europe/Rome:20241205T130000\nDTEND;TZID=Europe/Rome:20241205T150000\n"
        "LOCATION:Aula Magna Enrico Fermi\\, edificio A\\, {city}\n"
        "ORGANIZER;CN=RSU:mailto:rsu@example.it\n"
        "ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;CN=Tutto il personale – sede "
        "Sud:mailto:sede-sud@example.it\n"
        "DESCRIPTION:Relazione della direzione\\, domande\\, varie ed eventuali. L'assemblea si "
        "tiene in orario di lavoro retribuito.\nEND:VEVENT\nEND:VCALENDAR",
        "torneo aziendale sabato al centro sportivo gaetano scirea 🏆 calendario: ore 10 "
        "acquisti contro informatica, 10:30 vendite nord contro magazzino, 11 contabilità "
        "contro direzione, 12 semifinali. spogliatoi nella palestra 2, le maglie sono in "
        "reception. ci manca ancora un arbitro, chi si offre?",
        "Vi aspettiamo a SPS Italia a Parma! 🚀 Dal 13 al 15 maggio {company} presenta al "
        "padiglione 4, stand C024, il nuovo controllore «Galileo X2», in demo con i robot di "
        "Comau e Fanuc. Passate a trovarci! #SPSItalia #Industria40 #Automazione",
        "Organigramma {company} (in vigore dal {date})\nDirezione Generale\n"
        "├── Ufficio Legale e Privacy\n├── Direzione Amministrazione, Finanza e Controllo\n"
        "│   ├── Contabilità\n│   ├── Risorse Umane\n│   └── Acquisti\n├── Direzione Tecnica\n"
        "│   ├── Produzione – stabilimento di {city}\n│   ├── Qualità\n│   └── Manutenzione\n"
        "└── Direzione Commerciale\n    ├── Key Account\n    └── Servizio Clienti",
    ],
    "nl": [
        "services:\n  db:\n    image: postgres:16\n    container_name: lorentz\n"
        "    environment:\n      POSTGRES_DB: magazijn\n      TZ: Europe/Amsterdam\n"
        "    volumes:\n      - pgdata:/var/lib/postgresql/data\n  api:\n"
        "    image: registry.example.nl/magazijn/api:4.2.1\n    container_name: huygens\n"
        "    depends_on: [db]\n    ports:\n      - \"8080:8080\"\n    labels:\n"
        "      vestiging: \"Fabriek {city}\"\n  worker:\n"
        "    image: registry.example.nl/magazijn/worker:4.2.1\n    container_name: zernike\n"
        "    command: celery -A magazijn worker -Q etiketten,export\nvolumes:\n  pgdata: {}",
        "Begrippenlijst kwaliteitszorg (uittreksel)\n"
        "Gantt-diagram – balkendiagram om de activiteiten van een project in de tijd te "
        "plannen.\n"
        "Ishikawa-diagram – oorzaak-gevolgdiagram (‘visgraatdiagram’) met de 6 M’s: mens, "
        "machine, materiaal, methode, meting en milieu.\n"
        "Paretoprincipe – 80/20-regel: een paar oorzaken verklaren het grootste deel van de "
        "fouten.\nDemingcirkel (PDCA) – Plan, Do, Check, Act.\n"
        "Kaizen – continu verbeteren in kleine stappen.\n"
        "Weibullverdeling – model voor de tijd tot uitval in betrouwbaarheidsanalyses.",
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": "
        "\"https://schemas.example.nl/crm/klant.json\", \"title\": \"Klant\", \"type\": "
        "\"object\", \"required\": [\"achternaam\", \"email\"], \"properties\": {\"aanhef\": "
        "{\"enum\": [\"dhr.\", \"mevr.\"]}, \"voornaam\": {\"type\": \"string\", \"title\": "
        "\"Voornaam\", \"maxLength\": 60}, \"tussenvoegsel\": {\"type\": \"string\", \"title\": "
        "\"Tussenvoegsel\", \"maxLength\": 10}, \"achternaam\": {\"type\": \"string\", "
        "\"title\": \"Achternaam\", \"maxLength\": 80}, \"email\": {\"type\": \"string\", "
        "\"format\": \"email\", \"title\": \"E-mailadres\"}, \"telefoon\": {\"type\": "
        "\"string\", \"pattern\": \"^[0-9 +-]+$\"}, \"postcode\": {\"type\": \"string\", "
        "\"pattern\": \"^[0-9]+ ?[A-Z]+$\"}}}",
        "Afvalkalender 2025 – bedrijventerrein {city}-Noord\n"
        "Restafval (grijze container): maandag, om de week – Anthony Fokkerweg, Cornelis "
        "Lelylaan, Frits Philipsstraat\n"
        "Papier en karton (blauwe container): eerste woensdag van de maand – Christiaan "
        "Huygensstraat, Kamerlingh Onneslaan\n"
        "PMD (oranje container): vrijdag in oneven weken – het hele terrein\n"
        "Valt de ophaaldag op een feestdag, dan schuift de inzameling een dag op. Zet de "
        "containers vóór 7.00 uur aan de straat.\n"
        "Uitgave: afdeling Afval en Reiniging, gemeente {city}",
        "Openbare vergadering van de gemeenteraad van {city}, {date}, 19.30 uur, raadzaal\n"
        "Agenda\n1. Opening en mededelingen van de burgemeester\n2. Vaststelling van de agenda\n"
        "3. Bestemmingsplan ‘Bedrijventerrein Thorbeckeweg’ – vaststelling\n"
        "4. Renovatie gymzaal van de Annie M.G. Schmidtschool – gunning aan {company}\n"
        "5. Begroting 2025 – toelichting door de wethouder Financiën\n"
        "6. Vragenuur voor raadsleden",
        "Boerhaave Ziekenhuis {city} – telefoonlijst (bijgewerkt {date})\n"
        "Algemeen nummer                      088 400 0000\n"
        "Spoedeisende Hulp                    088 400 1100\n"
        "Cardiologie – paviljoen Einthoven    088 400 2310\n"
        "Verloskunde / verloskamers           088 400 2600\n"
        "Secretariaat Chirurgie               088 400 2001\n"
        "Opnamebureau                         088 400 1010 (ma–vr 8–16 uur)\n"
        "Geestelijke verzorging               via het algemene nummer",
        "Receptkaart bedrijfsrestaurant – menu donderdag (50 porties)\n"
        "Voorgerecht: caesarsalade met croutons en Parmezaanse kaas\n"
        "Hoofdgerecht: Boeuf Stroganoff – 7,5 kg runderreepjes, 2 kg uien, 1,5 kg champignons, "
        "2 l zure room, zoete paprikapoeder, mosterd; met rijst\n"
        "Dessert: Sachertaart (5 taarten van 10 punten)\nAllergenen: melk, mosterd, gluten, ei\n"
        "Combi-steamer: 12 minuten op 160 °C, room pas aan het eind toevoegen",
        "Huisstijlhandboek, hoofdstuk 3 – Typografie en kleur\n"
        "Huisletter voor koppen: Frutiger Bold; voor lopende tekst: Frutiger Light; in "
        "Office-documenten wordt Arial gebruikt. Voor oorkondes en uitnodigingen mag de "
        "Garamond worden ingezet.\n"
        "Primaire kleur: Pantone 2935 C (RGB 0/87/184); secundaire kleur: lichtgrijs RAL 7035.\n"
        "Het logo van {company} staat altijd rechtsboven, met een vrije ruimte van minimaal 10 "
        "mm.",
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Personeelsbijeenkomst Q4\n"
        "DTSTART;TZID=Europe/Amsterdam:20241205T130000\n"
        "DTEND;TZID=Europe/Amsterdam:20241205T150000\n"
        "LOCATION:Zaal Lorentz\\, gebouw A\\, {city}\n"
        "ORGANIZER;CN=Ondernemingsraad:mailto:or@example.nl\n"
        "ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;CN=Alle medewerkers vestiging "
        "Zuid:mailto:vestiging-zuid@example.nl\n"
        "DESCRIPTION:Toelichting door de directie\\, vragen\\, rondvraag. De bijeenkomst valt "
        "onder werktijd.\nEND:VEVENT\nEND:VCALENDAR",
        "bedrijfstoernooi zaterdag op sportpark abe lenstra 🏆 schema: 10.00 inkoop – ict, "
        "10.30 verkoop noord – magazijn, 11.00 administratie – directie, 12.00 halve finales. "
        "kleedkamers in sporthal 2, shirtjes liggen bij de receptie. we zoeken nog een scheids, "
        "wie meldt zich?",
        "Kom langs op Vision, Robotics & Motion in ’s-Hertogenbosch! 🚀 Op 11 en 12 juni laat "
        "{company} op stand B042 de nieuwe besturing ‘Lorentz X2’ zien, live met robots van ABB "
        "en Fanuc. Tot dan! #VRM2025 #SmartIndustry #Automatisering",
        "Organogram {company} (geldig vanaf {date})\nDirectie\n├── Juridische zaken & privacy\n"
        "├── Financieel directeur\n│   ├── Financiële administratie\n│   ├── HR\n"
        "│   └── Inkoop\n├── Technisch directeur\n│   ├── Productie – vestiging {city}\n"
        "│   ├── Kwaliteit\n│   └── Onderhoud\n└── Commercieel directeur\n"
        "    ├── Accountmanagement\n    └── Binnendienst",
    ],
    "pl": [
        "services:\n  db:\n    image: postgres:16\n    container_name: kopernik\n"
        "    environment:\n      POSTGRES_DB: magazyn\n      TZ: Europe/Warsaw\n    volumes:\n"
        "      - pgdata:/var/lib/postgresql/data\n  api:\n"
        "    image: registry.example.pl/magazyn/api:4.2.1\n    container_name: banach\n"
        "    depends_on: [db]\n    ports:\n      - \"8080:8080\"\n    labels:\n"
        "      oddzial: \"Zakład {city}\"\n  worker:\n"
        "    image: registry.example.pl/magazyn/worker:4.2.1\n    container_name: czochralski\n"
        "    command: celery -A magazyn worker -Q etykiety,eksport\nvolumes:\n  pgdata: {}",
        "Słowniczek zarządzania jakością (fragment)\n"
        "Wykres Gantta – wykres słupkowy do planowania w czasie zadań projektu.\n"
        "Diagram Ishikawy – wykres przyczynowo-skutkowy („rybia ość”) z kategoriami 5M: "
        "człowiek, maszyna, metoda, materiał, zarządzanie.\n"
        "Zasada Pareto – reguła 80/20: nieliczne przyczyny odpowiadają za większość wad.\n"
        "Cykl Deminga (PDCA) – zaplanuj, wykonaj, sprawdź, działaj.\n"
        "Kaizen – ciągłe doskonalenie małymi krokami.\n"
        "Rozkład Weibulla – model czasu do uszkodzenia stosowany w analizie niezawodności.",
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": "
        "\"https://schemas.example.pl/crm/klient.json\", \"title\": \"Klient\", \"type\": "
        "\"object\", \"required\": [\"nazwisko\", \"email\"], \"properties\": "
        "{\"forma_grzecznosciowa\": {\"enum\": [\"Pan\", \"Pani\"]}, \"imie\": {\"type\": "
        "\"string\", \"title\": \"Imię\", \"maxLength\": 60}, \"nazwisko\": {\"type\": "
        "\"string\", \"title\": \"Nazwisko\", \"maxLength\": 80}, \"email\": {\"type\": "
        "\"string\", \"format\": \"email\", \"title\": \"Adres e-mail\"}, \"telefon\": "
        "{\"type\": \"string\", \"pattern\": \"^[0-9 +]+$\"}, \"kod_pocztowy\": {\"type\": "
        "\"string\", \"pattern\": \"^[0-9][0-9]-[0-9][0-9][0-9]$\"}}}",
        "Harmonogram odbioru odpadów 2025 – strefa przemysłowa {city} Północ\n"
        "Odpady zmieszane (pojemnik czarny): poniedziałki co dwa tygodnie – ul. Mikołaja "
        "Kopernika, ul. Ignacego Łukasiewicza, al. Jana Czochralskiego\n"
        "Papier (pojemnik niebieski): pierwsza środa miesiąca – ul. Stefana Banacha, ul. Hugona "
        "Kołłątaja\n"
        "Metale i tworzywa sztuczne (pojemnik żółty): piątki w tygodniach nieparzystych – cała "
        "strefa\n"
        "Jeśli termin wypada w dzień ustawowo wolny od pracy, odbiór następuje dzień później. "
        "Pojemniki należy wystawić do godz. 6:00.\n"
        "Wydawca: Urząd Miasta – Wydział Gospodarki Komunalnej",
        "Sesja Rady Miejskiej – {city}, {date}, godz. 16:00, sala sesyjna ratusza\n"
        "Porządek obrad\n1. Otwarcie sesji i stwierdzenie kworum przez Przewodniczącego Rady\n"
        "2. Przyjęcie protokołu z poprzedniej sesji\n"
        "3. Miejscowy plan zagospodarowania przestrzennego terenu przy ul. Władysława Reymonta "
        "– podjęcie uchwały\n"
        "4. Termomodernizacja hali sportowej Szkoły Podstawowej nr 3 im. Janusza Korczaka – "
        "informacja o wyborze wykonawcy ({company})\n"
        "5. Projekt budżetu na 2025 rok – wystąpienie Skarbnika Miasta\n"
        "6. Interpelacje i zapytania radnych",
        "Szpital Specjalistyczny im. Ludwika Rydygiera – {city}, książka telefoniczna (stan na "
        "{date})\nCentrala                              12 646 80 00\n"
        "Szpitalny Oddział Ratunkowy           12 646 81 10\n"
        "Kardiologia – pawilon Biegańskiego    12 646 82 31\n"
        "Położnictwo / sala porodowa           12 646 82 60\n"
        "Sekretariat Chirurgii                 12 646 82 01\n"
        "Izba Przyjęć                          12 646 81 01 (pn.–pt. 7–15)\n"
        "Kapelan szpitalny                     przez centralę",
        "Karta technologiczna – stołówka zakładowa, obiad czwartkowy (50 porcji)\n"
        "Przystawka: sałatka Cezar z grzankami i parmezanem\n"
        "Danie główne: strogonow wołowy – 7,5 kg wołowiny w paskach, 2 kg cebuli, 1,5 kg "
        "pieczarek, 2 l śmietany 18 %, papryka słodka, musztarda; z ryżem\n"
        "Deser: kremówka papieska (50 szt.)\nAlergeny: mleko, gorczyca, gluten, jaja\n"
        "Piec konwekcyjno-parowy: 12 minut w 160 °C, śmietanę dodać na końcu",
        "Księga identyfikacji wizualnej, rozdz. 3 – Typografia i kolorystyka\n"
        "Krój firmowy do nagłówków: Frutiger Bold, do tekstu ciągłego: Frutiger Light; w "
        "dokumentach Office zastępczo Arial. Na dyplomach i zaproszeniach dopuszczalny jest "
        "Garamond.\n"
        "Kolor podstawowy: Pantone 2935 C (RGB 0/87/184), uzupełniający: jasnoszary RAL 7035.\n"
        "Logo {company} umieszczamy zawsze w prawym górnym rogu, z polem ochronnym co najmniej "
        "10 mm.",
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
        "SUMMARY:Zebranie ogólne pracowników – IV kwartał\n"
        "DTSTART;TZID=Europe/Warsaw:20241205T130000\nDTEND;TZID=Europe/Warsaw:20241205T150000\n"
        "LOCATION:Aula im. Mikołaja Kopernika\\, budynek A\\, {city}\n"
        "ORGANIZER;CN=Rada Pracowników:mailto:rada@example.pl\n"
        "ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;CN=Wszyscy pracownicy – zakład "
        "Południe:mailto:zaklad-poludnie@example.pl\n"
        "DESCRIPTION:Informacja zarządu\\, pytania\\, wolne wnioski. Zebranie odbywa się w "
        "godzinach pracy.\nEND:VEVENT\nEND:VCALENDAR",
        "turniej firmowy w sobotę na stadionie im. kazimierza górskiego ⚽🏆 plan: 10:00 zakupy "
        "– it, 10:30 sprzedaż północ – magazyn, 11:00 księgowość – zarząd, 12:00 półfinały. "
        "szatnie w hali nr 2, koszulki do odbioru w recepcji. brakuje nam sędziego, kto się "
        "zgłosi?",
        "Widzimy się na targach ITM Industry Europe w Poznaniu! 🚀 W dniach 3–6 czerwca "
        "{company} pokaże w pawilonie 5, na stoisku A24, nowy sterownik „Kopernik X2” – na żywo "
        "z robotami ABB i Fanuc. Wpadnijcie! #ITMIndustryEurope #Przemysł40 #Automatyka",
        "Schemat organizacyjny {company} (obowiązuje od {date})\nZarząd\n"
        "├── Dział Prawny i Ochrony Danych\n├── Dyrektor Finansowy\n│   ├── Księgowość\n"
        "│   ├── Kadry i Płace\n│   └── Zakupy\n├── Dyrektor Techniczny\n"
        "│   ├── Produkcja – zakład {city}\n│   ├── Kontrola Jakości\n│   └── Utrzymanie Ruchu\n"
        "└── Dyrektor Handlowy\n    ├── Kluczowi Klienci\n    └── Biuro Obsługi Klienta",
    ],
}
