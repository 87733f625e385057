"""Third round of held-out European test texts for the accuracy harness (`eval_european.py`).

Per language (de, fr, es, it, nl, pl), 12 notes that name a person or hold a person's
contact or identifier, and 12 that hold none. They were written by hand, independently of
the classifier, and no classifier was run on them while they were written: neither the
classifier nor its lists were tuned on them. Use them for measurement only, after the
first round (`PERSONAL`, `NOT_PERSONAL`) and the second (`PERSONAL_NEW`,
`NOT_PERSONAL_NEW`).

Shapes the earlier rounds lack. Personal: a name opening a sentence and followed by a verb,
a name alone on a line, "surname, first name" inside a record line, "surname first name"
under a form's label, a first name with the surname only later, a name after a
preposition, an on-call list, several entities in one text, a name in a key=value log
line, lower-case chat, a title or form of address in the middle of a sentence (also
gender-neutral titles such as Dr., Maître, avv., mr., mec.), and an identifier or contact
without any name. Not personal: rooms named after famous people, firms named after
their founders, project names, weekdays and months, delivery routes, error messages, log
lines, orders and amounts, lower-case chat, streets named after people, boards and
committees, meeting minutes.

Placeholders are those of `eval_european.Filler`. A template written all in lower case is
meant to be filled in lower case (`Filler.fill(template, lower_as_written=True)`).
"""

from __future__ import annotations

PERSONAL_THIRD: dict[str, list[str]] = {
    "de": [
        "{name} kommt am {date} um 9 Uhr zur Vertragsunterzeichnung in die Niederlassung "
        "{city}.",
        "Sendung {num} ausgehändigt an\n{name}\nAusweis geprüft, Unterschrift liegt vor.",
        "{num} | {last}, {first} | Kfz-Haftpflicht | Schaden gemeldet am {date} | offen",
        "Personalbogen\nName, Vorname: {last} {first}\nEintritt: {date}\nKostenstelle: 4711",
        "{first} hat sich heute früh krankgemeldet. Bitte im Dienstplan bei {last} Donnerstag "
        "und Freitag als AU eintragen.",
        "Die Reklamation zu Auftrag {num} wurde schon am {date} von {name} eingereicht und "
        "liegt seitdem unbearbeitet im Postfach.",
        "Rufbereitschaft KW 32\nMo–Di: {name}\nMi–Do: {name2}\nFr: Dr. {name3}",
        "Beim Auftrag {num} passt das Konto nicht: bestellt hat {name}, die IBAN {iban} läuft "
        "auf eine Firma. Bitte unter {phone} klären.",
        '2024-06-03T07:12:44Z WARN sepa.mandate mandate_id={num} debtor_name="{name}" '
        "reason=AC04 retry=false",
        "hab eben mit {first} {last} telefoniert, die unterschriebenen unterlagen kommen "
        "diese woche per post",
        "Die Originale der Vollmacht liegen ab Montag am Empfang zur Abholung durch {addr} "
        "bereit.",
        "Rückruf erbeten, erreichbar ab 17 Uhr unter {phone} oder per Mail an {email}.",
    ],
    "fr": [
        "{name} passera à l'agence de {city} le {date} pour signer l'avenant.",
        "Colis {num} remis en main propre à\n{name}\npièce d'identité vérifiée, signature sur "
        "le bon.",
        "Relance n° 2 envoyée — {last}, {first} — facture {num} impayée depuis le {date}.",
        "NOM Prénom : {last} {first}\nDate d'entrée : {date}\nService : comptabilité",
        "{first} a appelé ce matin pour son échéancier ; c'est noté dans le dossier {last} "
        "(contrat {num}).",
        "Le devis signé a été renvoyé par {name} le {date}, mais l'acompte n'est toujours pas "
        "arrivé.",
        "Astreinte semaine 32 :\n- lundi-mardi : {name}\n- mercredi-jeudi : {name2}\n"
        "- vendredi : {name3}",
        "Commande {num} bloquée : passée par {name}, mais l'IBAN {iban} est au nom d'une "
        "société. Rappeler au {phone}.",
        '2024-06-03T07:12:44Z INFO portal.signup account_id={num} full_name="{name}" '
        "locale=fr_FR consent=true",
        "j'ai eu {first} {last} au téléphone, le formulaire signé part demain par la poste",
        "Les clés du local seront remises à Maître {last} le {date} à 14 h, après l'état des "
        "lieux.",
        "NIR {nid} saisi deux fois dans la paie de septembre, doublon à supprimer.",
    ],
    "es": [
        "{name} firmará la renovación el {date} en la oficina de {city}.",
        "Paquete {num} entregado en mano a\n{name}\nDNI comprobado, firma en el albarán.",
        "Reclamación {num} — {last}, {first} — avería de caldera — abierta desde el {date}.",
        "APELLIDOS Y NOMBRE: {last} {first}\nFECHA DE ALTA: {date}\nCENTRO DE TRABAJO: {city}",
        "{first} ha llamado por lo del aplazamiento; lo he apuntado en la ficha de {last} "
        "(póliza {num}).",
        "Devolución tramitada por {name} el {date}; el abono todavía no aparece en el "
        "extracto.",
        "Guardias semana 32:\n- lunes y martes: {name}\n- miércoles y jueves: {name2}\n"
        "- viernes: {name3}",
        "Pedido {num} retenido: lo hizo {name}, pero el IBAN {iban} es de una empresa. "
        "Llamar al {phone}.",
        '2024-06-03T07:12:44Z INFO loyalty.enroll member_id={num} holder="{name}" tier=gold '
        "channel=app",
        "acabo de hablar con {first} {last}, manda el contrato firmado mañana por mensajería",
        "Las llaves del local quedan en recepción para {addr}, que pasará a recogerlas "
        "después de las 15:00.",
        "Cambio de correo para la facturación: a partir de este mes enviar las facturas a "
        "{email}.",
    ],
    "it": [
        "{name} passa in filiale a {city} il {date} per firmare il rinnovo.",
        "Pacco {num} consegnato a mano a\n{name}\ndocumento verificato, firma sulla bolla.",
        "Sollecito n. 2 inviato — {last}, {first} — fattura {num} insoluta dal {date}.",
        "COGNOME E NOME: {last} {first}\nDATA ASSUNZIONE: {date}\nREPARTO: magazzino",
        "{first} ha chiamato per la rateizzazione, l'ho annotato nella scheda {last} "
        "(polizza {num}).",
        "Il reso è stato registrato da {name} il {date}, ma l'accredito non risulta ancora.",
        "Reperibilità settimana 32:\n- lun/mar: {name}\n- mer/gio: {name2}\n- ven: {name3}",
        "Ordine {num} bloccato: l'ha fatto {name}, ma l'IBAN {iban} è intestato a una "
        "società. Richiamare al {phone}.",
        '2024-06-03T07:12:44Z INFO crm.merge duplicate_id={num} kept_contact="{name}" '
        "source=web",
        "ho appena sentito {first} {last}, il contratto firmato arriva domani col corriere",
        "Le chiavi del negozio sono in portineria per l'avv. {last}, ritiro dopo le 15.",
        "Rimborso di {amount} EUR disposto sull'IBAN {iban}, valuta {date}.",
    ],
    "nl": [
        "{name} komt op {date} naar het kantoor in {city} om de verlenging te tekenen.",
        "Pakket {num} persoonlijk overhandigd aan\n{name}\nlegitimatie gecontroleerd, "
        "handtekening op de vrachtbrief.",
        "Herinnering 2 verstuurd – {last}, {first} – factuur {num} staat open sinds {date}.",
        "Personeelsformulier\nAchternaam Voornaam: {last} {first}\nIn dienst per: {date}\n"
        "Afdeling: magazijn",
        "{first} belde vanochtend over de betalingsregeling, ik heb het in het dossier {last} "
        "gezet (polis {num}).",
        "De retour is op {date} aangemeld door {name}, maar de creditnota is nog niet "
        "verstuurd.",
        "Piketdienst week 32:\n- ma/di: {name}\n- wo/do: {name2}\n- vr: {name3}",
        "Order {num} staat vast: {name} heeft besteld, maar IBAN {iban} staat op naam van een "
        "bedrijf. Terugbellen op {phone}.",
        '2024-06-03T07:12:44Z INFO webshop.checkout order={num} ship_to="{name}" '
        "carrier=postnl status=paid",
        "net {first} {last} aan de lijn gehad, het getekende contract komt morgen met de "
        "koerier",
        "De sleutels van het pand liggen bij de receptie voor mr. {last}, ophalen na "
        "15.00 uur.",
        "Nieuw mobiel nummer doorgegeven: {phone}, het vaste nummer mag uit het systeem.",
    ],
    "pl": [
        "{name} podpisze aneks do umowy {date} w oddziale {city}.",
        "Paczka {num} wydana do rąk własnych:\n{name}\ndowód osobisty sprawdzony, podpis na "
        "liście przewozowym.",
        "Wezwanie nr 2 wysłane – {last}, {first} – faktura {num} nieopłacona od {date}.",
        "NAZWISKO I IMIĘ: {last} {first}\nDATA ZATRUDNIENIA: {date}\nDZIAŁ: magazyn",
        "{first} dzwoni w sprawie rozłożenia płatności na raty, notatka dodana w kartotece "
        "{last} (polisa {num}).",
        "Zwrot zarejestrowany przez: {name}, data {date}; korekta faktury jeszcze nie "
        "wystawiona.",
        "Dyżury w 32. tygodniu:\n- pon./wt.: {name}\n- śr./czw.: {name2}\n- pt.: {name3}",
        "Zamówienie {num} wstrzymane: zamawia {name}, ale rachunek {iban} należy do firmy. "
        "Oddzwonić: {phone}.",
        '2024-06-03T07:12:44Z INFO hr.onboarding employee_id={num} display_name="{name}" '
        "dept=logistyka",
        "hej, czy ktoś przejmie sprawę {num}? klient: {first} {last}, czeka od tygodnia",
        "Klucze do lokalu są na recepcji, odbierze je mec. {last} po 15:00.",
        "PESEL {nid} nie zgadza się z datą urodzenia w systemie kadrowym, do weryfikacji.",
    ],
}

NOT_PERSONAL_THIRD: dict[str, list[str]] = {
    "de": [
        "Schulung Datenschutz im Gebäude Konrad Zuse, Raum 2.14; Beamer bitte bei der "
        "Haustechnik anfragen.",
        "Preisvergleich Verpackungsmaterial: {company} liegt 8 % unter {company2}, "
        "Entscheidung im Einkauf bis Freitag.",
        "Release „Falke 3.1“ verschiebt sich auf Juni, betroffen ist der Bestellprozess für "
        "{product}.",
        "Inventur: Montag Halle A, Dienstag Halle B, Mittwoch Außenlager {city}. Im Dezember "
        "findet keine Inventur statt.",
        "Abfahrt 05:30 ab {city}, Umschlag in {city2} gegen 9 Uhr, Zustellung im Raum {city3} "
        "bis mittags.",
        "Fehler beim Export: java.net.ConnectException: Connection refused ({host}:8443), "
        "der Job wird in 15 Minuten wiederholt.",
        '2024-07-19 02:00:13 ERROR backup.rsync src={ip} dst={host} exit=23 '
        'msg="teilweise übertragen"',
        "Bestellung {num}: 12 x {product} zu je {amount} EUR netto, 2 % Skonto bei Zahlung "
        "binnen 10 Tagen.",
        "kann jemand den drucker in der filiale {city} neu starten? steht schon wieder auf "
        "offline",
        "Neue Filiale Ecke {street_name}/Albert-Einstein-Allee eröffnet am {date}, "
        "Kundenparkplätze im Innenhof.",
        "Geschäftsführung und Betriebsrat haben der neuen Gleitzeitregelung zugestimmt, sie "
        "gilt ab {date} an allen Standorten.",
        "TOP 1 Budget 2025: beschlossen. TOP 2 Standort {city}: vertagt. TOP 3 Verschiedenes: "
        "keine Wortmeldungen.",
    ],
    "fr": [
        "Formation sécurité dans l'amphithéâtre Marie Curie, bâtiment B ; prévoir "
        "l'adaptateur HDMI.",
        "Comparatif emballages : {company} est 8 % moins cher que {company2}, décision des "
        "achats d'ici vendredi.",
        "Le lot « Hermès 2 » de l'appli mobile glisse à juin, le tunnel de commande des "
        "{product} est concerné.",
        "Inventaire : lundi hall A, mardi hall B, mercredi entrepôt de {city}. Pas "
        "d'inventaire en décembre.",
        "Départ 5 h 30 de {city}, transbordement à {city2} vers 9 h, livraisons sur le "
        "secteur de {city3} jusqu'à midi.",
        "Échec de l'export : java.net.ConnectException: Connection refused ({host}:8443), "
        "nouvelle tentative dans 15 minutes.",
        '2024-07-19 02:00:13 ERROR sync.job src={ip} dst={host} exit=23 '
        'msg="transfert partiel"',
        "Commande {num} : 12 x {product} à {amount} EUR HT l'unité, escompte de 2 % si "
        "règlement sous 10 jours.",
        "quelqu'un peut relancer l'imprimante de l'agence de {city} ? elle est encore hors "
        "ligne",
        "Nouveau magasin {street_name}, près de la place Charles-de-Gaulle : ouverture le "
        "{date}, parking clients dans la cour.",
        "La direction et le CSE ont validé le nouvel accord sur le télétravail, applicable "
        "sur tous les sites à partir du {date}.",
        "Point 1, budget 2025 : adopté. Point 2, site de {city} : reporté. Point 3, questions "
        "diverses : néant.",
    ],
    "es": [
        "Curso de prevención en el aula Severo Ochoa, edificio 2; el proyector lo trae "
        "mantenimiento.",
        "Comparativa de embalajes: {company} sale un 8 % más barato que {company2}; compras "
        "decide antes del viernes.",
        "El sprint «Cóndor» se retrasa a junio; afecta al proceso de pedido de {product}.",
        "Inventario: lunes nave A, martes nave B, miércoles almacén externo de {city}. En "
        "diciembre no hay inventario.",
        "Salida a las 5:30 desde {city}, transbordo en {city2} hacia las 9, reparto en la "
        "zona de {city3} hasta mediodía.",
        "Error en la exportación: java.net.ConnectException: Connection refused "
        "({host}:8443); se reintenta en 15 minutos.",
        '2024-07-19 02:00:13 ERROR sync.job src={ip} dst={host} exit=23 '
        'msg="transferencia parcial"',
        "Pedido {num}: 12 x {product} a {amount} EUR/ud. sin IVA, 2 % de descuento por "
        "pronto pago.",
        "alguien puede reiniciar la impresora de la tienda de {city}? vuelve a estar "
        "desconectada",
        "Nueva tienda en {street_name}, junto a la glorieta de Isaac Peral: abre el {date}, "
        "aparcamiento para clientes en el patio.",
        "La dirección y el comité de empresa han aprobado el nuevo acuerdo de teletrabajo, "
        "vigente desde el {date} en todas las sedes.",
        "Punto 1, presupuesto 2025: aprobado. Punto 2, sede de {city}: aplazado. Punto 3, "
        "ruegos y preguntas: sin intervenciones.",
    ],
    "it": [
        "Corso sicurezza nell'aula Rita Levi-Montalcini, palazzina B; il proiettore lo porta "
        "la manutenzione.",
        "Confronto imballaggi: {company} costa l'8 % in meno di {company2}, decide l'ufficio "
        "acquisti entro venerdì.",
        "Il rilascio «Vespa 2.0» slitta a giugno, coinvolto il processo d'ordine per "
        "{product}.",
        "Inventario: lunedì capannone A, martedì capannone B, mercoledì deposito esterno di "
        "{city}. A dicembre niente inventario.",
        "Partenza alle 5:30 da {city}, trasbordo al polo di {city2} verso le 9, consegne "
        "nella zona di {city3} entro mezzogiorno.",
        "Errore nell'esportazione: java.net.ConnectException: Connection refused "
        "({host}:8443), nuovo tentativo tra 15 minuti.",
        '2024-07-19 02:00:13 ERROR sync.job src={ip} dst={host} exit=23 '
        'msg="trasferimento parziale"',
        "Ordine {num}: 12 x {product} a {amount} EUR cad. IVA esclusa, sconto 2 % per "
        "pagamento entro 10 giorni.",
        "qualcuno può riavviare la stampante del negozio di {city}? è di nuovo offline",
        "Nuovo punto vendita in {street_name}, angolo via Garibaldi: apertura il {date}, "
        "parcheggio clienti nel cortile.",
        "La direzione e le RSU hanno approvato il nuovo accordo sullo smart working, valido "
        "dal {date} in tutte le sedi.",
        "Punto 1 budget 2025: approvato. Punto 2 sede di {city}: rinviato. Punto 3 varie ed "
        "eventuali: nessun intervento.",
    ],
    "nl": [
        "Training veiligheid in zaal Johan Cruijff, gebouw B; de beamer regelt de "
        "facilitaire dienst.",
        "Vergelijking verpakkingen: {company} is 8 % goedkoper dan {company2}, inkoop beslist "
        "voor vrijdag.",
        "Release „Kraanvogel 3” schuift op naar juni, het bestelproces voor {product} is "
        "geraakt.",
        "Inventarisatie: maandag hal A, dinsdag hal B, woensdag buitenmagazijn {city}. In "
        "december geen inventarisatie.",
        "Vertrek 05.30 uur uit {city}, overslag in {city2} rond 9 uur, bezorging in de regio "
        "{city3} tot de middag.",
        "Export mislukt: java.net.ConnectException: Connection refused ({host}:8443), nieuwe "
        "poging over 15 minuten.",
        '2024-07-19 02:00:13 ERROR sync.job src={ip} dst={host} exit=23 '
        'msg="gedeeltelijk overgezet"',
        "Bestelling {num}: 12 x {product} à {amount} EUR excl. btw, 2 % korting bij betaling "
        "binnen 10 dagen.",
        "kan iemand de printer in de winkel in {city} herstarten? staat weer offline",
        "Nieuwe winkel aan de {street_name}, hoek Willem de Zwijgerlaan, gaat open op {date}; "
        "klanten parkeren op de binnenplaats.",
        "Directie en ondernemingsraad zijn akkoord met de nieuwe thuiswerkregeling, die geldt "
        "vanaf {date} op alle vestigingen.",
        "Agendapunt 1 begroting 2025: vastgesteld. Agendapunt 2 vestiging {city}: "
        "aangehouden. Rondvraag: geen vragen.",
    ],
    "pl": [
        "Szkolenie BHP w auli im. Marii Skłodowskiej-Curie, budynek B; rzutnik zapewnia "
        "dział administracji.",
        "Porównanie opakowań: {company} wychodzi o 8 % taniej niż {company2}, decyzja działu "
        "zakupów do piątku.",
        "Wdrożenie „Bursztyn 2.0” przesunięte na czerwiec, dotyczy procesu zamówień na "
        "{product}.",
        "Inwentaryzacja: poniedziałek hala A, wtorek hala B, środa magazyn zewnętrzny {city}. "
        "W grudniu bez inwentaryzacji.",
        "Wyjazd 5:30 z bazy {city}, przeładunek w hubie {city2} ok. 9:00, doręczenia w "
        "rejonie {city3} do południa.",
        "Błąd eksportu: java.net.ConnectException: Connection refused ({host}:8443), ponowna "
        "próba za 15 minut.",
        '2024-07-19 02:00:13 ERROR sync.job src={ip} dst={host} exit=23 '
        'msg="transfer częściowy"',
        "Zamówienie {num}: 12 szt. {product} po {amount} EUR netto, 2 % skonta przy płatności "
        "w ciągu 10 dni.",
        "czy ktoś może zrestartować drukarkę w sklepie {city}? znowu jest offline",
        "Nowy sklep przy ul. {street_name}, róg al. Jana Pawła II, otwarcie {date}; parking "
        "dla klientów na podwórzu.",
        "Zarząd i związki zawodowe zatwierdziły nowy regulamin pracy zdalnej, obowiązuje od "
        "{date} we wszystkich oddziałach.",
        "Punkt 1 budżet 2025: przyjęty. Punkt 2 oddział {city}: odłożony. Wolne wnioski: brak.",
    ],
}
