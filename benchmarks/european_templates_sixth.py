"""Sixth round of held-out European test texts for the accuracy harness (`eval_european.py`).

Per language (de, fr, es, it, nl, pl), 12 notes that name a person or hold a person's
contact or identifier, and 12 that hold none. They were written by hand, independently of
the classifier, and no classifier was run on them while they were written: neither the
classifier nor its lists were tuned on them, and nobody has looked at how the classifier
reads them. They are the sixth round and are held out: use them for measurement only,
after the first round (`PERSONAL`, `NOT_PERSONAL`), the second (`PERSONAL_NEW`,
`NOT_PERSONAL_NEW`), the third (`european_templates_third.py`), the fourth
(`european_templates_fourth.py`) and the fifth (`european_templates_fifth.py`).

Their genres are in none of the earlier rounds and differ from one another; they are
deliberately not summarised here, so that whoever tunes the classifier does not learn what
the texts are about. Do not read them while tuning. The label of each text follows what it
truly holds: a famous person's name inside the name of a place or a thing is no personal
data about a data subject; an employee's or a customer's name, contact or identifier is.

Placeholders are those of `eval_european.Filler`. A template written all in lower case is
meant to be filled in lower case (`Filler.fill(template, lower_as_written=True)`).
"""

from __future__ import annotations

PERSONAL_SIXTH: dict[str, list[str]] = {
    "de": [
        "Neuer Mitarbeiter – bitte bis {date} einrichten\nName: {name}\nAbteilung: "
        "Controlling, Kostenstelle 4120\nVorgesetzte/r: {name2}\nBenötigt: Notebook, "
        "Headset, SAP-Rolle FI-Anzeige, Zugriff auf Laufwerk K:",
        "Wir trauern um {name}, verstorben am {date}. Mehr als zwanzig Jahre lang hat "
        "{first} unsere Werkstatt in {city} mitgeprägt – mit Ruhe, Humor und einem offenen "
        "Ohr für jeden Azubi. Unser Mitgefühl gilt der Familie.\nDie Geschäftsleitung",
        "Datum\tMitarbeiter\tKommen\tGehen\tPause\n{date}\t{name}\t07:02\t15:48\t0:45\n"
        "{date}\t{name2}\t08:15\t17:30\t1:00",
        "Reisekostenabrechnung Nr. {num}\nReisende/r: {name}\nAnlass: Kundentermin bei "
        "{company}, {city}\nBahn 2. Kl.: 89,90 EUR · Hotel 1 Nacht: 112,00 EUR · "
        "Verpflegungspauschale: 14,00 EUR\nErstattung auf: {iban}",
        "★★★★☆ Stuhl ist stabil und war schnell da, nur die Aufbauanleitung ist ein "
        "Rätsel. Die Armlehnen musste ich zweimal wieder abschrauben. Trotzdem klare "
        "Empfehlung.\n– {name}, verifizierter Kauf am {date}",
        '{"ereignis": "double_opt_in_bestaetigt", "kanal": "newsletter", "email": '
        '"{email}", "zeitpunkt": "{date} 09:14:51", "quelle": "checkout", "ip": "{ip}"}',
        "Unfallmeldung (intern)\nVerletzte Person: {name}, Lager Halle 3\nZeitpunkt: "
        "{date}, ca. 10:40 Uhr\nHergang: beim Absetzen einer Gitterbox Finger "
        "eingeklemmt\nErsthelfer/in: {name2}\nEintrag ins Verbandbuch: ja",
        "neue sprachnachricht von {phone}, 0:38 min: ja hallo, hier ist {name}, ich ruf "
        "wegen der rechnung vom letzten monat an, da ist glaub ich was doppelt drauf. "
        "können sie mich bitte zurückrufen? danke, tschüss",
        "Entgeltabrechnung Oktober 2024\nPers.-Nr. {num} · {name}\n{street}\n{postcode} "
        "{city}\nSteuer-ID {nid} · StKl. 1 · Kinderfreibeträge 0,0\nBrutto: {amount},00 EUR",
        "{name} aus {city} hat bei unserem Sommer-Gewinnspiel den Hauptpreis gewonnen – ein "
        "E-Bike im Wert von 2.500 Euro. Herzlichen Glückwunsch! Die weiteren Gewinner "
        "werden per E-Mail benachrichtigt.",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro "
        "und lese meine E-Mails nur eingeschränkt. In dringenden Fällen wenden Sie sich "
        "bitte an {name2} ({email}).",
        "commit 9e4b1c07a2d5f8e3b6a190c4d7e2f5a8b1c3d6e9\nAuthor: {name} <{email}>\n"
        "Date:   {date}\n\n    Rundungsfehler beim Skonto im Rechnungsexport behoben "
        "(#{num})",
    ],
    "fr": [
        "Arrivée d'un nouveau collaborateur – à préparer pour le {date}\nNom : {name}\n"
        "Service : contrôle de gestion, centre de coûts 4120\nResponsable : {name2}\n"
        "Besoins : PC portable, casque, profil SAP FI en consultation, accès au lecteur K:",
        "C'est avec une grande tristesse que nous vous annonçons le décès de {name}, "
        "survenu le {date}. Pendant plus de vingt ans, {first} a fait vivre notre atelier "
        "de {city}, avec calme, humour et toujours une oreille attentive pour les "
        "apprentis. Nos pensées vont à sa famille.\nLa direction",
        "Date\tCollaborateur\tArrivée\tDépart\tPause\n{date}\t{name}\t07:02\t15:48\t0:45\n"
        "{date}\t{name2}\t08:15\t17:30\t1:00",
        "Note de frais n° {num}\nSalarié : {name}\nMotif : rendez-vous client chez "
        "{company}, {city}\nTrain 2de classe : 89,90 € · Hôtel 1 nuit : 112,00 € · Repas : "
        "19,50 €\nRemboursement sur : {iban}",
        "★★★★☆ Chaise solide et livrée rapidement, par contre la notice de montage, c'est "
        "un vrai casse-tête. Il a fallu démonter les accoudoirs deux fois. Je recommande "
        "quand même.\n– {name}, achat vérifié le {date}",
        '{"evenement": "double_opt_in_confirme", "canal": "newsletter", "email": '
        '"{email}", "horodatage": "{date} 09:14:51", "source": "tunnel_commande", '
        '"ip": "{ip}"}',
        "Déclaration d'accident du travail (interne)\nVictime : {name}, entrepôt bâtiment "
        "3\nDate et heure : {date}, vers 10 h 40\nCirconstances : doigt coincé en posant "
        "une caisse-palette\nSauveteur secouriste du travail : {name2}\nInscrit au registre "
        "des accidents bénins : oui",
        "nouveau message vocal de {phone}, 0:38 : oui bonjour, c'est {name}, je vous "
        "appelle pour la facture du mois dernier, je crois qu'il y a quelque chose de "
        "compté deux fois. vous pouvez me rappeler ? merci, au revoir",
        "Bulletin de paie – octobre 2024\nMatricule {num} · {name}\n{street}\n{postcode} "
        "{city}\nN° de sécurité sociale : {nid}\nEmploi : technicien logistique · "
        "coefficient 215\nSalaire de base : {amount},00 €",
        "{name}, de {city}, remporte le premier prix de notre grand jeu de l'été : un vélo "
        "électrique d'une valeur de 2 500 €. Félicitations ! Les autres gagnants seront "
        "prévenus par e-mail.",
        "Merci pour votre message. Je suis absent(e) du bureau jusqu'au {date} inclus et "
        "je n'ai qu'un accès limité à ma messagerie. Pour toute demande urgente, vous "
        "pouvez contacter {name2} ({email}).",
        "commit 9e4b1c07a2d5f8e3b6a190c4d7e2f5a8b1c3d6e9\nAuthor: {name} <{email}>\n"
        "Date:   {date}\n\n    Correction de l'arrondi de l'escompte dans l'export des "
        "factures (#{num})",
    ],
    "es": [
        "Alta de nuevo empleado – dejar listo antes del {date}\nNombre: {name}\n"
        "Departamento: control de gestión, centro de coste 4120\nResponsable: {name2}\n"
        "Necesita: portátil, auriculares, rol SAP FI de consulta, acceso a la unidad K:",
        "Con profundo pesar comunicamos el fallecimiento de {name}, ocurrido el {date}. "
        "Durante más de veinte años, {first} fue el alma de nuestro taller de {city}, con "
        "calma, buen humor y tiempo para cada aprendiz. Nuestro más sentido pésame a su "
        "familia.\nLa Dirección",
        "Fecha\tEmpleado\tEntrada\tSalida\tPausa\n{date}\t{name}\t07:02\t15:48\t0:45\n"
        "{date}\t{name2}\t08:15\t17:30\t1:00",
        "Liquidación de gastos n.º {num}\nEmpleado/a: {name}\nMotivo: visita a cliente, "
        "{company} ({city})\nTren: 89,90 € · Hotel 1 noche: 112,00 € · Dietas: 26,67 €\n"
        "Abono en: {iban}",
        "★★★★☆ La silla es robusta y llegó rapidísimo, pero las instrucciones de montaje "
        "son un jeroglífico. Hubo que desmontar los reposabrazos dos veces. Aun así, la "
        "recomiendo.\n– {name}, compra verificada el {date}",
        '{"evento": "doble_opt_in_confirmado", "canal": "newsletter", "email": "{email}", '
        '"fecha_hora": "{date} 09:14:51", "origen": "checkout", "ip": "{ip}"}',
        "Parte interno de accidente laboral\nAccidentado/a: {name}, almacén nave 3\nFecha "
        "y hora: {date}, hacia las 10:40\nDescripción: se pilló un dedo al bajar una jaula "
        "metálica\nPrimeros auxilios: {name2}\nAsistencia: mutua, sin baja",
        "nuevo mensaje de voz de {phone}, 0:38: sí, hola, soy {name}, le llamo por la "
        "factura del mes pasado, creo que hay algo cobrado dos veces. ¿me puede devolver "
        "la llamada? gracias, hasta luego",
        "Nómina – octubre 2024\nN.º de empleado {num} · {name}\nNIF/NIE: {nid}\n{street}, "
        "{postcode} {city}\nCategoría: oficial de 1.ª · Grupo de cotización 8\nSalario "
        "base: {amount},00 €",
        "{name}, de {city}, ha ganado el primer premio de nuestro sorteo de verano: una "
        "bicicleta eléctrica valorada en 2.500 €. ¡Enhorabuena! El resto de ganadores "
        "recibirá un correo electrónico.",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el {date}, incluido, con "
        "acceso limitado al correo. Para cualquier asunto urgente, puede dirigirse a "
        "{name2} ({email}).",
        "commit 9e4b1c07a2d5f8e3b6a190c4d7e2f5a8b1c3d6e9\nAuthor: {name} <{email}>\n"
        "Date:   {date}\n\n    Corregido el redondeo del descuento por pronto pago en la "
        "exportación de facturas (#{num})",
    ],
    "it": [
        "Nuovo assunto – da predisporre entro il {date}\nNome: {name}\nReparto: controllo "
        "di gestione, centro di costo 4120\nResponsabile: {name2}\nServe: portatile, "
        "cuffie, ruolo SAP FI in sola lettura, accesso all'unità K:",
        "Con profondo dolore annunciamo la scomparsa di {name}, avvenuta il {date}. Per "
        "oltre vent'anni la nostra officina di {city} ha potuto contare sulla calma, "
        "sull'ironia e sulla disponibilità di {first} verso ogni apprendista. Alla famiglia "
        "le nostre più sentite condoglianze.\nLa Direzione",
        "Data\tDipendente\tEntrata\tUscita\tPausa\n{date}\t{name}\t07:02\t15:48\t0:45\n"
        "{date}\t{name2}\t08:15\t17:30\t1:00",
        "Nota spese n. {num}\nDipendente: {name}\nMotivo: visita cliente presso {company}, "
        "{city}\nTreno: 89,90 € · Hotel 1 notte: 112,00 € · Pasti: 24,50 €\nRimborso su: "
        "{iban}",
        "★★★★☆ Sedia robusta e consegna velocissima, ma le istruzioni di montaggio sono un "
        "rebus. Ho dovuto smontare i braccioli due volte. Comunque la consiglio.\n"
        "– {name}, acquisto verificato il {date}",
        '{"evento": "double_opt_in_confermato", "canale": "newsletter", "email": '
        '"{email}", "data_ora": "{date} 09:14:51", "origine": "checkout", "ip": "{ip}"}',
        "Segnalazione interna di infortunio\nInfortunato/a: {name}, magazzino capannone 3\n"
        "Data e ora: {date}, verso le 10:40\nDinamica: dito schiacciato nell'appoggiare un "
        "cassone metallico\nAddetto al primo soccorso: {name2}\nAnnotato sul registro "
        "infortuni: sì",
        "nuovo messaggio in segreteria da {phone}, 0:38: sì, buongiorno, sono {name}, la "
        "chiamo per la fattura del mese scorso, mi sa che c'è qualcosa addebitato due "
        "volte. mi può richiamare? grazie, arrivederci",
        "Cedolino paga – ottobre 2024\nMatricola {num} · {name}\nCodice fiscale: {nid}\n"
        "{street}, {postcode} {city}\nLivello: 4° CCNL Commercio\nRetribuzione base: "
        "{amount},00 €",
        "{name} di {city} si aggiudica il primo premio del nostro concorso estivo: una bici "
        "elettrica del valore di 2.500 €. Complimenti! Gli altri vincitori saranno avvisati "
        "via e-mail.",
        "Grazie per il messaggio. Sarò fuori ufficio fino al {date} compreso, con accesso "
        "limitato alla posta. Per urgenze potete rivolgervi a {name2} ({email}).",
        "commit 9e4b1c07a2d5f8e3b6a190c4d7e2f5a8b1c3d6e9\nAuthor: {name} <{email}>\n"
        "Date:   {date}\n\n    Corretto l'arrotondamento dello sconto cassa "
        "nell'esportazione fatture (#{num})",
    ],
    "nl": [
        "Nieuwe medewerker – graag klaarzetten vóór {date}\nNaam: {name}\nAfdeling: "
        "business control, kostenplaats 4120\nLeidinggevende: {name2}\nNodig: laptop, "
        "headset, SAP-rol FI alleen-lezen, toegang tot de K-schijf",
        "Met grote verslagenheid hebben wij kennisgenomen van het overlijden van {name} op "
        "{date}. Ruim twintig jaar was {first} een vertrouwd gezicht in onze werkplaats in "
        "{city}: rustig, met humor en altijd tijd voor de leerlingen. Wij wensen de familie "
        "veel sterkte.\nDe directie",
        "Datum\tMedewerker\tIn\tUit\tPauze\n{date}\t{name}\t07:02\t15:48\t0:45\n"
        "{date}\t{name2}\t08:15\t17:30\t1:00",
        "Declaratie reiskosten nr. {num}\nMedewerker: {name}\nReden: klantbezoek bij "
        "{company}, {city}\nTrein 2e klas: € 42,60 · Hotel 1 nacht: € 112,00 · Maaltijd: "
        "€ 18,50\nUitbetalen op: {iban}",
        "★★★★☆ Stevige stoel en supersnel bezorgd, alleen is de montagehandleiding een "
        "raadsel. De armleuningen moesten er twee keer weer af. Toch een aanrader.\n"
        "– {name}, geverifieerde aankoop op {date}",
        '{"gebeurtenis": "double_opt_in_bevestigd", "kanaal": "nieuwsbrief", "email": '
        '"{email}", "tijdstip": "{date} 09:14:51", "bron": "checkout", "ip": "{ip}"}',
        "Interne ongevalsmelding\nSlachtoffer: {name}, magazijn hal 3\nDatum en tijd: "
        "{date}, rond 10.40 uur\nToedracht: vinger bekneld bij het neerzetten van een "
        "gitterbox\nBHV'er: {name2}\nVerzuim: nee, wel naar de huisartsenpost geweest",
        "nieuw voicemailbericht van {phone}, 0:38: ja hallo, met {name}, ik bel over de "
        "factuur van vorige maand, volgens mij staat er iets dubbel op. kunt u mij even "
        "terugbellen? dank u wel, dag",
        "Loonstrook oktober 2024\nPersoneelsnr. {num} · {name}\nBSN: {nid}\n{street}\n"
        "{postcode} {city}\nFunctie: logistiek medewerker · schaal 5\nBasissalaris: "
        "€ {amount},00",
        "{name} uit {city} heeft de hoofdprijs gewonnen in onze zomeractie: een e-bike ter "
        "waarde van € 2.500. Gefeliciteerd! De overige winnaars krijgen bericht per "
        "e-mail.",
        "Bedankt voor uw bericht. Tot en met {date} ben ik afwezig en lees ik mijn mail "
        "beperkt. Voor dringende zaken kunt u terecht bij {name2} ({email}).",
        "commit 9e4b1c07a2d5f8e3b6a190c4d7e2f5a8b1c3d6e9\nAuthor: {name} <{email}>\n"
        "Date:   {date}\n\n    Afronding van de betalingskorting in de factuurexport "
        "gecorrigeerd (#{num})",
    ],
    "pl": [
        "Nowy pracownik – proszę przygotować do {date}\nImię i nazwisko: {name}\nDział: "
        "controlling, MPK 4120\nPrzełożony: {name2}\nPotrzebne: laptop, słuchawki, rola "
        "SAP FI (tylko odczyt), dostęp do dysku K:",
        "Śp. {name}\n\nZ głębokim żalem informujemy, że {date} odeszła od nas osoba, która "
        "przez ponad dwadzieścia lat współtworzyła nasz warsztat w miejscowości {city} – "
        "spokojem, humorem i cierpliwością do każdego praktykanta. Rodzinie składamy wyrazy "
        "szczerego współczucia.\nZarząd i współpracownicy",
        "Data\tPracownik\tWejście\tWyjście\tPrzerwa\n{date}\t{name}\t07:02\t15:48\t0:45\n"
        "{date}\t{name2}\t08:15\t17:30\t1:00",
        "Rozliczenie delegacji nr {num}\nPracownik: {name}\nCel: wizyta u klienta, "
        "{company}, {city}\nPociąg: 129,00 zł · Hotel 1 noc: 420,00 zł · Dieta: 45,00 zł\n"
        "Zwrot na rachunek: {iban}",
        "★★★★☆ Krzesło solidne, dostawa ekspresowa, tylko instrukcja montażu to jakaś "
        "łamigłówka. Podłokietniki trzeba było dwa razy odkręcać. Mimo to polecam.\n"
        "– {name}, zakup zweryfikowany {date}",
        '{"zdarzenie": "double_opt_in_potwierdzony", "kanal": "newsletter", "email": '
        '"{email}", "czas": "{date} 09:14:51", "zrodlo": "checkout", "ip": "{ip}"}',
        "Wewnętrzne zgłoszenie wypadku przy pracy\nPoszkodowany/a: {name}, magazyn, hala 3\n"
        "Data i godzina: {date}, ok. 10:40\nOkoliczności: przytrzaśnięcie palca przy "
        "odstawianiu kosza siatkowego\nPierwszej pomocy udzielił(a): {name2}\nWpis do "
        "rejestru wypadków: tak",
        "nowa wiadomość głosowa od {phone}, 0:38: tak, dzień dobry, tu {name}, dzwonię w "
        "sprawie faktury z zeszłego miesiąca, chyba coś jest policzone podwójnie. proszę o "
        "kontakt zwrotny. dziękuję, do widzenia",
        "Pasek wynagrodzenia – październik 2024\nNr ewid. {num} · {name}\nPESEL: {nid}\n"
        "{street}\n{postcode} {city}\nStanowisko: specjalista ds. logistyki\nWynagrodzenie "
        "zasadnicze: {amount},00 zł",
        "{name} z miejscowości {city} wygrywa nagrodę główną w naszym letnim konkursie – "
        "rower elektryczny o wartości 2500 zł. Gratulujemy! Pozostali zwycięzcy zostaną "
        "powiadomieni e-mailem.",
        "Dziękuję za wiadomość. Do {date} włącznie jestem poza biurem i mam ograniczony "
        "dostęp do poczty. W pilnych sprawach proszę pisać na adres {email} (zastępstwo: "
        "{name2}).",
        "commit 9e4b1c07a2d5f8e3b6a190c4d7e2f5a8b1c3d6e9\nAuthor: {name} <{email}>\n"
        "Date:   {date}\n\n    Poprawka zaokrąglenia skonta w eksporcie faktur (#{num})",
    ],
}

NOT_PERSONAL_SIXTH: dict[str, list[str]] = {
    "de": [
        "Standort;Medium;Zählernummer;Verbrauch Sep.;Verbrauch Okt.;Einheit\n"
        "{city};Strom;1ESY{num};{amount};{amount};kWh\n{city2};Gas;7GZ{num};{amount};"
        "{amount};m³\n{city3};Wasser;WZ-{num};{amount};{amount};m³",
        "Wir suchen zum nächstmöglichen Zeitpunkt für unseren Standort {city} eine "
        "Fachkraft für Lagerlogistik (m/w/d) in Vollzeit. Es erwarten Sie ein unbefristeter "
        "Vertrag, 30 Tage Urlaub, ein Jobrad und eine betriebliche Altersvorsorge. "
        "Bewerbungen bitte ausschließlich über unser Karriereportal, Kennziffer {num}.",
        "Liebe Kundinnen und Kunden, unsere Filiale in der {street_name} bleibt vom 24.12. "
        "bis einschließlich 01.01. geschlossen. Ab dem 2. Januar sind wir wieder zu den "
        "gewohnten Zeiten für Sie da: Mo–Fr 9–18 Uhr, Sa 9–14 Uhr.",
        "Arbeitsanweisung AA-07 – Reinigung der Abfüllanlage\n1. Anlage am Hauptschalter "
        "ausschalten und gegen Wiedereinschalten sichern.\n2. Produktreste mit dem Spachtel "
        "entfernen.\n3. Düsen mit 60 °C heißem Wasser spülen, danach Sichtprüfung.\n"
        "4. Freigabe im Schichtbuch vermerken.",
        "IT-Sicherheitshinweis: Derzeit gehen gefälschte Mails mit dem Betreff „Ihre "
        "Gehaltsabrechnung liegt bereit“ ein. Bitte weder den Link anklicken noch Anhänge "
        "öffnen, sondern die Mail über den Button „Phishing melden“ weiterleiten und "
        "anschließend löschen.",
        "alert: festplatte_fast_voll\nseverity: kritisch\ninstance: {host}\nsummary: auf "
        "/var sind nur noch 4 % frei\nrunbook: wiki/betrieb/speicherplatz\nstarts_at: "
        "{date} 03:12",
        "Technische Daten – Schwerlastregal SR 200\nFeldlast: 2.000 kg · Fachlast: 400 kg\n"
        "Maße (B × T × H): 1.800 × 600 × 2.500 mm\nOberfläche: verzinkt\nLieferzeit ab "
        "Werk {city}: 3–4 Wochen\nArtikelnummer: {num}",
        "Teamevent in Lissabon: Treffpunkt am {date} um 6:45 Uhr am Flughafen BER „Willy "
        "Brandt“, Terminal 1, Abflug 8:10 Uhr. Rückflug am Samstag, Landung gegen 21 Uhr. "
        "Die Bordkarten verschickt die Reisestelle gesammelt per Mail (Gruppenbuchung "
        "{num}).",
        "Bestellung Labor QS, Lieferant {company}:\n- 20 × Erlenmeyerkolben 250 ml\n"
        "- 5 Pck. Petrischalen, steril\n- 2 × Bunsenbrenner mit Kartusche\n- 1.000 "
        "Pasteurpipetten\nLieferung an Wareneingang Tor 4",
        "einkauf teeküche 3. og: kaffeebohnen (2 kg), hafermilch, normale milch 1,5 %, "
        "spülmaschinentabs, zucker, müllbeutel 60 l. quittung bitte bei der buchhaltung "
        "abgeben, kostenstelle 4100.",
        "Marktbericht {date}: EUR/USD 1,0842 (−0,3 %), Brent 78,40 USD/bbl, Kupfer LME "
        "8.915 USD/t, Aluminium 2.310 USD/t. Die Stahlpreise für Q1 bleiben laut {company} "
        "stabil.",
        "Gäste-WLAN: Netzwerk „Besucher“, Passwort am Empfang. Gültig 24 Stunden, kein "
        "Zugriff auf interne Drucker.",
    ],
    "fr": [
        "Site;Énergie;N° compteur;Conso. sept.;Conso. oct.;Unité\n{city};Électricité;"
        "PDL{num};{amount};{amount};kWh\n{city2};Gaz;PCE{num};{amount};{amount};kWh\n"
        "{city3};Eau;EAU-{num};{amount};{amount};m³",
        "Nous recrutons pour notre site de {city} un(e) préparateur(trice) de commandes en "
        "CDI, à temps plein. Vous bénéficierez d'un 13e mois, de tickets restaurant et "
        "d'une mutuelle prise en charge à 60 %. Candidatures uniquement via notre espace "
        "carrières, référence {num}.",
        "Chers clients, notre agence située {street_name} sera fermée du 24 décembre au "
        "1er janvier inclus. Nous vous retrouverons dès le 2 janvier aux horaires "
        "habituels : du lundi au vendredi de 9 h à 18 h, le samedi de 9 h à 12 h 30.",
        "Mode opératoire MO-07 – Nettoyage de la ligne de conditionnement\n1. Couper "
        "l'installation au sectionneur principal et la consigner.\n2. Retirer les résidus "
        "de produit à la spatule.\n3. Rincer les buses à l'eau à 60 °C, puis contrôle "
        "visuel.\n4. Noter la remise en service dans le cahier de quart.",
        "Alerte sécurité informatique : des e-mails frauduleux ayant pour objet « Votre "
        "bulletin de paie est disponible » circulent actuellement. Ne cliquez sur aucun "
        "lien et n'ouvrez pas les pièces jointes : transférez le message via le bouton "
        "« Signaler un hameçonnage », puis supprimez-le.",
        "alert: disque_presque_plein\nseverity: critique\ninstance: {host}\nsummary: il ne "
        "reste que 4 % d'espace libre sur /var\nrunbook: wiki/exploitation/espace-disque\n"
        "starts_at: {date} 03:12",
        "Fiche technique – rayonnage charges lourdes SR 200\nCharge par travée : 2 000 kg · "
        "par niveau : 400 kg\nDimensions (l × p × h) : 1 800 × 600 × 2 500 mm\nFinition : "
        "galvanisée\nDélai départ usine {city} : 3 à 4 semaines\nRéférence : {num}",
        "Séminaire à Lisbonne : rendez-vous le {date} à 6 h 45 à l'aéroport "
        "Paris-Charles-de-Gaulle, terminal 2E, décollage à 8 h 10. Retour samedi, arrivée "
        "vers 21 h. Les cartes d'embarquement seront envoyées par le service voyages "
        "(réservation groupe {num}).",
        "Commande labo contrôle qualité – fournisseur {company} :\n- 20 fioles d'Erlenmeyer "
        "250 ml\n- 5 sachets de boîtes de Petri stériles\n- 2 becs Bunsen avec cartouche\n"
        "- 1 000 pipettes Pasteur\nLivraison au quai de réception, porte 4",
        "courses pour la cuisine du 3e : café en grains (2 kg), lait d'avoine, lait "
        "demi-écrémé, pastilles lave-vaisselle, sucre, sacs poubelle 50 l. merci de donner "
        "le ticket à la compta, centre de coûts 4100.",
        "Point marchés du {date} : EUR/USD 1,0842 (−0,3 %), Brent 78,40 USD/baril, cuivre "
        "LME 8 915 USD/t, aluminium 2 310 USD/t. Selon {company}, les prix de l'acier "
        "devraient rester stables au T1.",
        "Wi-Fi invités : réseau « Visiteurs », mot de passe à l'accueil. Valable 24 heures, "
        "sans accès aux imprimantes internes.",
    ],
    "es": [
        "Centro;Suministro;N.º contador;Consumo sep.;Consumo oct.;Unidad\n{city};"
        "Electricidad;ES00{num};{amount};{amount};kWh\n{city2};Gas;GN-{num};{amount};"
        "{amount};kWh\n{city3};Agua;AG-{num};{amount};{amount};m³",
        "Buscamos mozo/a de almacén para nuestro centro de {city}. Contrato indefinido a "
        "jornada completa, 23 días laborables de vacaciones, seguro médico y jornada "
        "intensiva en verano. Candidaturas únicamente a través de nuestro portal de empleo, "
        "referencia {num}.",
        "Estimados clientes: nuestra oficina situada en {street_name} permanecerá cerrada "
        "del 24 de diciembre al 1 de enero, ambos incluidos. A partir del 2 de enero les "
        "atenderemos en el horario habitual: de lunes a viernes de 9:00 a 14:00 y de 16:00 "
        "a 19:00.",
        "Instrucción de trabajo IT-07: limpieza de la llenadora\n1. Apagar la máquina en el "
        "interruptor general y bloquearla.\n2. Retirar los restos de producto con la "
        "espátula.\n3. Enjuagar las boquillas con agua a 60 °C y hacer una inspección "
        "visual.\n4. Anotar la liberación en el libro de turno.",
        "Aviso de seguridad informática: están llegando correos falsos con el asunto «Su "
        "nómina ya está disponible». No hagan clic en los enlaces ni abran los adjuntos; "
        "reenvíen el mensaje con el botón «Notificar phishing» y después bórrenlo.",
        "alert: disco_casi_lleno\nseverity: crítica\ninstance: {host}\nsummary: solo queda "
        "un 4 % libre en /var\nrunbook: wiki/sistemas/espacio-en-disco\nstarts_at: {date} "
        "03:12",
        "Ficha técnica – estantería de carga pesada SR 200\nCarga por módulo: 2.000 kg · "
        "por nivel: 400 kg\nMedidas (an × fo × al): 1.800 × 600 × 2.500 mm\nAcabado: "
        "galvanizado\nPlazo de entrega desde fábrica ({city}): 3-4 semanas\nReferencia: "
        "{num}",
        "Convención en Lisboa: nos vemos el {date} a las 6:45 en el aeropuerto Adolfo "
        "Suárez Madrid-Barajas, T4, salida a las 8:10. Vuelta el sábado, llegada hacia las "
        "21:00. La agencia enviará las tarjetas de embarque por correo (reserva de grupo "
        "{num}).",
        "Pedido laboratorio de calidad – proveedor {company}:\n- 20 matraces Erlenmeyer de "
        "250 ml\n- 5 paquetes de placas de Petri estériles\n- 2 mecheros Bunsen con "
        "cartucho\n- 1.000 pipetas Pasteur\nEntrega en el muelle 4",
        "compra para el office de la 3.ª planta: café en grano (2 kg), bebida de avena, "
        "leche semidesnatada, pastillas para el lavavajillas, azúcar, bolsas de basura. el "
        "tique se entrega en contabilidad, centro de coste 4100.",
        "Resumen de mercados {date}: EUR/USD 1,0842 (−0,3 %), Brent 78,40 USD/barril, cobre "
        "LME 8.915 USD/t, aluminio 2.310 USD/t. Según {company}, el precio del acero se "
        "mantendrá estable en el primer trimestre.",
        "Wifi de invitados: red «Visitas», contraseña en recepción. Válida 24 horas, sin "
        "acceso a las impresoras internas.",
    ],
    "it": [
        "Sede;Utenza;Contatore;Consumo set.;Consumo ott.;Unità\n{city};Energia elettrica;"
        "POD IT001E{num};{amount};{amount};kWh\n{city2};Gas;PDR {num};{amount};{amount};"
        "Smc\n{city3};Acqua;ACQ-{num};{amount};{amount};m³",
        "Cerchiamo un/a magazziniere/a per la nostra sede di {city}. Contratto a tempo "
        "indeterminato full time, buoni pasto, welfare aziendale e 14 mensilità. "
        "Candidature esclusivamente tramite il nostro portale carriere, rif. {num}.",
        "Gentili clienti, la nostra filiale in {street_name} resterà chiusa dal 24 dicembre "
        "al 1° gennaio compresi. Dal 2 gennaio vi aspettiamo con i consueti orari: dal "
        "lunedì al venerdì 9:00–13:00 e 15:00–19:00, sabato 9:00–12:30.",
        "Istruzione operativa IO-07 – Pulizia della riempitrice\n1. Spegnere l'impianto "
        "dall'interruttore generale e bloccarlo con il lucchetto.\n2. Rimuovere i residui di "
        "prodotto con la spatola.\n3. Sciacquare gli ugelli con acqua a 60 °C, poi "
        "controllo visivo.\n4. Registrare il rilascio sul registro di turno.",
        "Avviso di sicurezza IT: stanno circolando e-mail false con oggetto «Il tuo "
        "cedolino è disponibile». Non cliccate sui link e non aprite gli allegati: "
        "inoltrate il messaggio con il pulsante «Segnala phishing» e poi cancellatelo.",
        "alert: disco_quasi_pieno\nseverity: critica\ninstance: {host}\nsummary: su /var "
        "resta solo il 4 % di spazio libero\nrunbook: wiki/sistemi/spazio-disco\n"
        "starts_at: {date} 03:12",
        "Scheda tecnica – scaffalatura per carichi pesanti SR 200\nPortata per campata: "
        "2.000 kg · per ripiano: 400 kg\nDimensioni (L × P × H): 1.800 × 600 × 2.500 mm\n"
        "Finitura: zincata\nConsegna franco stabilimento di {city}: 3-4 settimane\nCodice "
        "articolo: {num}",
        "Convention a Lisbona: ritrovo il {date} alle 6:45 all'aeroporto Leonardo da Vinci "
        "di Fiumicino, Terminal 1, partenza alle 8:10. Rientro sabato, arrivo verso le 21. "
        "Le carte d'imbarco arrivano via e-mail dall'ufficio viaggi (prenotazione di gruppo "
        "{num}).",
        "Ordine laboratorio controllo qualità – fornitore {company}:\n- 20 beute Erlenmeyer "
        "da 250 ml\n- 5 confezioni di piastre Petri sterili\n- 2 becchi Bunsen con "
        "cartuccia\n- 1.000 pipette Pasteur\nConsegna alla baia di carico 4",
        "spesa per l'angolo caffè del 3° piano: caffè in grani (2 kg), latte d'avena, latte "
        "parzialmente scremato, pastiglie per la lavastoviglie, zucchero, sacchi per "
        "l'indifferenziata. lo scontrino va consegnato in amministrazione, centro di costo "
        "4100.",
        "Punto mercati del {date}: EUR/USD 1,0842 (−0,3%), Brent 78,40 USD/barile, rame LME "
        "8.915 USD/t, alluminio 2.310 USD/t. Secondo {company} i prezzi dell'acciaio "
        "resteranno stabili nel primo trimestre.",
        "Wi-Fi ospiti: rete «Visitatori», password alla reception. Valida 24 ore, nessun "
        "accesso alle stampanti interne.",
    ],
    "nl": [
        "Vestiging;Energiedrager;Meternummer;Verbruik sep;Verbruik okt;Eenheid\n{city};"
        "Elektriciteit;E{num};{amount};{amount};kWh\n{city2};Gas;G{num};{amount};{amount};"
        "m³\n{city3};Water;W{num};{amount};{amount};m³",
        "Voor onze vestiging in {city} zoeken wij per direct een orderpicker (m/v/x) voor "
        "38 uur per week. Wij bieden een vast contract, 25 vakantiedagen, "
        "reiskostenvergoeding en een fiets van de zaak. Solliciteren kan uitsluitend via "
        "ons werkenbij-portaal, vacaturenummer {num}.",
        "Beste klanten, ons filiaal aan de {street_name} is van 24 december tot en met "
        "1 januari gesloten. Vanaf 2 januari staan we weer voor u klaar op de vertrouwde "
        "tijden: ma–vr 9.00–18.00 uur, za 9.00–17.00 uur.",
        "Werkinstructie WI-07 – Reinigen van de vulmachine\n1. Installatie uitschakelen met "
        "de hoofdschakelaar en vergrendelen.\n2. Productresten verwijderen met de spatel.\n"
        "3. Spuitmonden spoelen met water van 60 °C, daarna visuele controle.\n4. Vrijgave "
        "noteren in het ploegenlogboek.",
        "Waarschuwing van IT: er worden nepmails verstuurd met het onderwerp ‘Uw loonstrook "
        "staat klaar’. Klik niet op de link en open geen bijlagen, maar stuur de mail door "
        "via de knop ‘Phishing melden’ en verwijder hem daarna.",
        "alert: schijf_bijna_vol\nseverity: kritiek\ninstance: {host}\nsummary: op /var is "
        "nog maar 4 % vrij\nrunbook: wiki/beheer/schijfruimte\nstarts_at: {date} 03:12",
        "Technische gegevens – zwaarlaststelling SR 200\nVeldbelasting: 2.000 kg · "
        "legbordbelasting: 400 kg\nAfmetingen (b × d × h): 1.800 × 600 × 2.500 mm\n"
        "Afwerking: verzinkt\nLevertijd af fabriek {city}: 3-4 weken\nArtikelnummer: {num}",
        "Bedrijfsuitje {date}: verzamelen om 17.30 uur bij station Amsterdam Bijlmer ArenA, "
        "daarna lopen we samen naar de Johan Cruijff ArenA. De aftrap is om 18.45 uur; de "
        "toegangskaarten staan vanaf maandag in de app (groepsboeking {num}).",
        "Bestelling lab kwaliteitscontrole – leverancier {company}:\n- 20 erlenmeyers "
        "250 ml\n- 5 pakken steriele petrischalen\n- 2 bunsenbranders met gasbus\n- 1.000 "
        "pasteurpipetten\nLeveren bij laadperron 4",
        "boodschappen pantry 3e verdieping: koffiebonen (2 kg), havermelk, halfvolle melk, "
        "vaatwastabletten, suiker, vuilniszakken 60 l. bonnetje graag inleveren bij de "
        "financiële administratie, kostenplaats 4100.",
        "Marktupdate {date}: EUR/USD 1,0842 (−0,3%), Brent 78,40 USD/vat, koper LME 8.915 "
        "USD/t, aluminium 2.310 USD/t. Volgens {company} blijven de staalprijzen in Q1 "
        "stabiel.",
        "Gastenwifi: netwerk ‘Bezoekers’, wachtwoord bij de receptie. 24 uur geldig, geen "
        "toegang tot de interne printers.",
    ],
    "pl": [
        "Oddział;Medium;Nr licznika;Zużycie wrz.;Zużycie paź.;Jednostka\n{city};Energia "
        "elektryczna;E-{num};{amount};{amount};kWh\n{city2};Gaz;G-{num};{amount};{amount};"
        "m³\n{city3};Woda;W-{num};{amount};{amount};m³",
        "Do naszego magazynu (lokalizacja: {city}) poszukujemy magazyniera/magazynierki na "
        "pełen etat. Oferujemy umowę o pracę na czas nieokreślony, prywatną opiekę "
        "medyczną, kartę sportową i dofinansowanie dojazdów. CV prosimy przesyłać wyłącznie "
        "przez portal kariery, nr ref. {num}.",
        "Szanowni Klienci, nasz punkt obsługi przy ul. {street_name} będzie nieczynny od "
        "24 grudnia do 1 stycznia włącznie. Od 2 stycznia zapraszamy w stałych godzinach: "
        "pon.–pt. 9:00–18:00, sob. 9:00–14:00.",
        "Instrukcja stanowiskowa IS-07 – mycie nalewaczki\n1. Wyłączyć maszynę wyłącznikiem "
        "głównym i zabezpieczyć kłódką.\n2. Usunąć resztki produktu szpachelką.\n"
        "3. Przepłukać dysze wodą o temperaturze 60 °C, następnie kontrola wzrokowa.\n"
        "4. Wpisać zwolnienie do książki zmianowej.",
        "Komunikat bezpieczeństwa IT: krążą fałszywe e-maile z tematem „Twój pasek "
        "wynagrodzenia jest gotowy”. Prosimy nie klikać w linki i nie otwierać załączników, "
        "tylko przekazać wiadomość przyciskiem „Zgłoś phishing”, a następnie ją usunąć.",
        "alert: dysk_prawie_pelny\nseverity: krytyczny\ninstance: {host}\nsummary: na /var "
        "zostało tylko 4 % wolnego miejsca\nrunbook: wiki/utrzymanie/miejsce-na-dysku\n"
        "starts_at: {date} 03:12",
        "Dane techniczne – regał do dużych obciążeń SR 200\nObciążenie pola: 2000 kg · "
        "półki: 400 kg\nWymiary (szer. × gł. × wys.): 1800 × 600 × 2500 mm\nWykończenie: "
        "ocynk\nCzas dostawy z zakładu ({city}): 3–4 tygodnie\nIndeks: {num}",
        "Wyjazd integracyjny do Lizbony: zbiórka {date} o 6:45 na Lotnisku Chopina w "
        "Warszawie, terminal A, wylot o 8:10. Powrót w sobotę, przylot ok. 21:00. Karty "
        "pokładowe wyśle mailem dział podróży (rezerwacja grupowa {num}).",
        "Zamówienie – laboratorium kontroli jakości, dostawca {company}:\n- 20 kolb "
        "Erlenmeyera 250 ml\n- 5 opakowań sterylnych szalek Petriego\n- 2 palniki Bunsena z "
        "kartuszem\n- 1000 pipet Pasteura\nDostawa na rampę nr 4",
        "zakupy do kuchni na 3. piętrze: kawa ziarnista (2 kg), napój owsiany, mleko 2 %, "
        "tabletki do zmywarki, cukier, worki na śmieci 60 l. paragon proszę oddać w "
        "księgowości, mpk 4100.",
        "Przegląd rynków {date}: EUR/USD 1,0842 (−0,3%), EUR/PLN 4,3150, Brent 78,40 "
        "USD/bbl, miedź LME 8915 USD/t. Według {company} ceny stali w I kwartale pozostaną "
        "stabilne.",
        "Wi-Fi dla gości: sieć „Goscie”, hasło w recepcji. Ważne 24 godziny, bez dostępu do "
        "drukarek wewnętrznych.",
    ],
}
