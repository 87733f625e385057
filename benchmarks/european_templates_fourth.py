"""Fourth round of held-out European test texts for the accuracy harness (`eval_european.py`).

Per language (de, fr, es, it, nl, pl), 12 notes that name a person or hold a person's
contact or identifier, and 12 that hold none. They were written by hand, independently of
the classifier, and no classifier was run on them while they were written: neither the
classifier nor its lists were tuned on them. They are the fourth round and are held out:
use them for measurement only, after the first round (`PERSONAL`, `NOT_PERSONAL`), the
second (`PERSONAL_NEW`, `NOT_PERSONAL_NEW`) and the third (`european_templates_third.py`).

Genres the earlier rounds lack. Personal: an insurance claim with the payee in
parentheses, a physiotherapy appointment with the first name early and the surname as the
last word, a dunning letter with the debtor's form of address and address, a shipping
notice with a street address and a phone but no name, a calendar invitation with a cc:
address, a semicolon-separated export with its header, a JSON record of an employee with
a national identifier, a lower-case SMS, an absence list with a name after a dash, a
training registration with two people joined by "and", a hotel booking line that opens
with the guest's name, and action items whose owners close the line. Not personal: a pool
car's booking (models that are also first names or towns), a system's calendar entry, a
JSON of stock levels, a parcel locker's SMS with a pickup code, a hotel's room list by
rooms named after famous people, a shift handover about machines, a dunning letter to a
firm, a semicolon-separated route export, an insurance claim on a building, a training's
seat count, firms and buildings named after people, and lower-case chat.

Placeholders are those of `eval_european.Filler`. A template written all in lower case is
meant to be filled in lower case (`Filler.fill(template, lower_as_written=True)`).
"""

from __future__ import annotations

PERSONAL_FOURTH: dict[str, list[str]] = {
    "de": [
        "Schadenmeldung Nr. {num} – Leitungswasserschaden Küche, gemeldet am {date}. "
        "Auszahlung auf IBAN {iban} (Kontoinhaber: {name}).",
        "{first} hat Donnerstag um 17:15 Physio; bei der Krankenkasse steht noch der "
        "Geburtsname, ab jetzt bitte {last}.",
        "Betreff: 2. Mahnung zu Rechnung {num}\n\nSehr geehrte Damen und Herren,\ntrotz "
        "unserer Erinnerung vom {date} ist der Betrag von {amount} EUR noch offen. "
        "Schuldner: {addr}, {street}, {postcode} {city}.",
        "Ihre Bestellung {num} ist unterwegs! Zustellung voraussichtlich am {date} zwischen "
        "8 und 13 Uhr an {street}, {postcode} {city}. Benachrichtigung per SMS an {phone}.",
        "Einladung: Feedbackgespräch Probezeit\nWann: {date}, 14:00–14:45\nWo: Teams\n"
        "Organisator: Personalabteilung\ncc: {email}",
        "KdNr;Nachname;Vorname;PLZ;Ort;Telefon\n{num};{last};{first};{postcode};{city};"
        "{phone}",
        '{"mitarbeiter": "{name}", "personalNr": "{num}", "steuerId": "{nid}", '
        '"eintritt": "{date}"}',
        "bin gleich da, steh noch im stau auf der a3. sag {first} {last} bitte, dass wir "
        "erst um halb zehn anfangen",
        "Abwesenheiten KW 34 – {name} (Urlaub bis Freitag), Vertretung im Postfach: {name2}",
        "Zum Staplerschein am {date} sind {name} und {name2} angemeldet, der Anmeldebogen "
        "von {name3} fehlt noch.",
        "{name} · DZ Komfort · Anreise {date} · 3 Nächte · Buchung {num} · Zahlung vor Ort",
        "Aufgaben aus dem Jour fixe: Angebot {company} überarbeiten → {first}; Zugänge für "
        "die Neuen anlegen → IT; Reisekosten {city} abrechnen → {name2}",
    ],
    "fr": [
        "Déclaration de sinistre n° {num} – dégât des eaux dans la salle de bains, déclaré "
        "le {date}. Indemnité à verser sur l'IBAN {iban} (titulaire : {name}).",
        "{first} a kiné jeudi à 17 h 15 ; la mutuelle a encore le nom de jeune fille, il "
        "faudra mettre {last}.",
        "Objet : mise en demeure – facture {num}\n\nMadame, Monsieur,\nmalgré notre relance "
        "du {date}, la somme de {amount} € reste impayée. Débiteur : {addr}, {street}, "
        "{postcode} {city}.",
        "Votre colis {num} sera livré le {date} entre 8 h et 13 h à l'adresse {street}, "
        "{postcode} {city}. Suivi par SMS au {phone}.",
        "Invitation : entretien de fin de période d'essai\nQuand : {date}, 10 h – 10 h 45\n"
        "Où : salle 3 / Teams\nOrganisateur : RH\ncc : {email}",
        "N° client;Nom;Prénom;CP;Ville;Tél.\n{num};{last};{first};{postcode};{city};{phone}",
        '{"salarie": "{name}", "matricule": "{num}", "numeroSecu": "{nid}", '
        '"dateEntree": "{date}"}',
        "je serai en retard, bouchon sur le périph. tu peux prévenir {first} {last} qu'on "
        "commence à 10h ?",
        "Absences semaine 34 – {name} (congés payés jusqu'à vendredi), boîte mail suivie "
        "par {name2}",
        "Pour le CACES du {date}, {name} et {name2} sont inscrits ; il manque encore le "
        "dossier au nom de {name3}.",
        "{name} · chambre double supérieure · arrivée le {date} · 2 nuits · résa {num} · "
        "règlement sur place",
        "Actions du point hebdo : reprendre le devis {company} → {first} ; créer les accès "
        "des nouveaux → DSI ; note de frais {city} → {name2}",
    ],
    "es": [
        "Parte de siniestro n.º {num} – daños por agua en la cocina, comunicado el {date}. "
        "Indemnización a la cuenta {iban} (titular: {name}).",
        "{first} tiene fisio el jueves a las 17:15; en la mutua sigue figurando con el "
        "segundo apellido, hay que poner {last}.",
        "Asunto: requerimiento de pago – factura {num}\n\nMuy señores nuestros:\npese a "
        "nuestro aviso del {date}, el importe de {amount} € sigue pendiente. Deudor: {addr}, "
        "{street}, {postcode} {city}.",
        "Tu pedido {num} llegará el {date} entre las 9:00 y las 14:00 a {street}, "
        "{postcode} {city}. Te avisaremos por SMS al {phone}.",
        "Invitación: evaluación fin del periodo de prueba\nCuándo: {date}, 10:00–10:45\n"
        "Dónde: sala 3 / Teams\nOrganizador: RR. HH.\ncc: {email}",
        "Cód. cliente;Apellidos;Nombre;CP;Localidad;Teléfono\n{num};{last};{first};"
        "{postcode};{city};{phone}",
        '{"empleado": "{name}", "numEmpleado": "{num}", "nif": "{nid}", '
        '"fechaAlta": "{date}"}',
        "llego tarde, hay atasco en la m-30. ¿puedes decirle a {first} {last} que empezamos "
        "a las diez y media?",
        "Ausencias semana 34 – {name} (vacaciones hasta el viernes); el buzón lo lleva "
        "{name2}",
        "Para el curso de carretillero del {date} están inscritos {name} y {name2}; falta "
        "la ficha de {name3}.",
        "{name} · habitación doble superior · llegada {date} · 2 noches · reserva {num} · "
        "pago en el hotel",
        "Tareas de la reunión semanal: rehacer el presupuesto de {company} → {first}; altas "
        "de los nuevos → Sistemas; gastos del viaje a {city} → {name2}",
    ],
    "it": [
        "Denuncia di sinistro n. {num} – infiltrazione d'acqua in cucina, segnalata il "
        "{date}. Liquidazione sull'IBAN {iban} (intestatario: {name}).",
        "{first} ha fisioterapia giovedì alle 17:15; in anagrafica risulta ancora il "
        "cognome da nubile, va corretto in {last}.",
        "Oggetto: sollecito di pagamento – fattura {num}\n\nSpett.le Cliente,\nnonostante il "
        "nostro sollecito del {date}, l'importo di {amount} € risulta ancora insoluto. "
        "Debitore: {addr}, {street}, {postcode} {city}.",
        "Il tuo ordine {num} verrà consegnato il {date} tra le 9 e le 13 in {street}, "
        "{postcode} {city}. Ti avviseremo via SMS al {phone}.",
        "Invito: colloquio di fine periodo di prova\nQuando: {date}, 10:00–10:45\nDove: "
        "sala 3 / Teams\nOrganizzatore: Ufficio Personale\ncc: {email}",
        "Cod. cliente;Cognome;Nome;CAP;Comune;Telefono\n{num};{last};{first};{postcode};"
        "{city};{phone}",
        '{"dipendente": "{name}", "matricola": "{num}", "codiceFiscale": "{nid}", '
        '"dataAssunzione": "{date}"}',
        "arrivo tardi, c'è coda in tangenziale. puoi dire a {first} {last} che iniziamo "
        "alle dieci e mezza?",
        "Assenze settimana 34 – {name} (ferie fino a venerdì); la casella la segue {name2}",
        "Al corso carrellisti del {date} sono iscritti {name} e {name2}; manca ancora la "
        "scheda di {name3}.",
        "{name} · camera doppia superior · arrivo {date} · 2 notti · prenotazione {num} · "
        "pagamento in struttura",
        "Azioni dalla riunione settimanale: rifare il preventivo {company} → {first}; "
        "utenze per i nuovi assunti → IT; nota spese trasferta {city} → {name2}",
    ],
    "nl": [
        "Schademelding {num} – waterschade badkamer, gemeld op {date}. Uitkering op "
        "rekening {iban} (t.n.v. {name}).",
        "{first} heeft donderdag om 17.15 uur fysio; bij de zorgverzekeraar staat nog de "
        "meisjesnaam, dat moet {last} worden.",
        "Betreft: aanmaning factuur {num}\n\nGeachte heer/mevrouw,\nondanks onze herinnering "
        "van {date} staat het bedrag van € {amount} nog open. Debiteur: {addr}, {street}, "
        "{postcode} {city}.",
        "Je pakket {num} wordt op {date} tussen 9.00 en 13.00 uur bezorgd op {street}, "
        "{postcode} {city}. Je krijgt een sms op {phone}.",
        "Uitnodiging: evaluatiegesprek proeftijd\nWanneer: {date}, 10.00–10.45 uur\nWaar: "
        "zaal 3 / Teams\nOrganisator: HR\ncc: {email}",
        "Klantnr;Achternaam;Voornaam;Postcode;Plaats;Telefoon\n{num};{last};{first};"
        "{postcode};{city};{phone}",
        '{"medewerker": "{name}", "personeelsNr": "{num}", "bsn": "{nid}", '
        '"inDienst": "{date}"}',
        "ik ben later, file op de a10. wil je {first} {last} laten weten dat we om half "
        "elf beginnen?",
        "Afwezig week 34 – {name} (vakantie t/m vrijdag); mailbox wordt bijgehouden door "
        "{name2}",
        "Voor de heftruckcursus van {date} zijn {name} en {name2} aangemeld; het formulier "
        "van {name3} ontbreekt nog.",
        "{name} · tweepersoonskamer · aankomst {date} · 2 nachten · boeking {num} · "
        "betaling bij aankomst",
        "Actiepunten weekoverleg: offerte {company} herzien → {first}; accounts nieuwe "
        "collega's → ICT; declaratie dienstreis {city} → {name2}",
    ],
    "pl": [
        "Zgłoszenie szkody nr {num} – zalanie łazienki, zgłoszono {date}. Odszkodowanie na "
        "rachunek {iban} (właściciel rachunku: {name}).",
        "{first} ma w czwartek o 17:15 rehabilitację; w przychodni nadal figuruje nazwisko "
        "panieńskie, trzeba zmienić na {last}.",
        "Dotyczy: wezwanie do zapłaty – faktura {num}\n\nSzanowni Państwo,\nmimo naszego "
        "przypomnienia z dnia {date} kwota {amount} zł pozostaje nieuregulowana. Dłużnik: "
        "{addr}, {street}, {postcode} {city}.",
        "Twoja przesyłka {num} zostanie doręczona {date} w godz. 9–13 pod adres {street}, "
        "{postcode} {city}. Powiadomienie SMS wyślemy na numer {phone}.",
        "Zaproszenie: rozmowa po okresie próbnym\nKiedy: {date}, 10:00–10:45\nGdzie: sala 3 "
        "/ Teams\nOrganizator: Dział Kadr\nDW: {email}",
        "Nr klienta;Nazwisko;Imię;Kod;Miejscowość;Telefon\n{num};{last};{first};{postcode};"
        "{city};{phone}",
        '{"pracownik": "{name}", "nrEwid": "{num}", "pesel": "{nid}", '
        '"dataZatrudnienia": "{date}"}',
        "spóźnię się, korek na s8. przekaż proszę, że zaczynamy o wpół do jedenastej – "
        "{first} {last} jeszcze nie wie",
        "Nieobecności tydz. 34 – {name} (urlop do piątku); skrzynkę przejmuje {name2}",
        "Na kurs operatora wózka widłowego {date} zapisani są {name} i {name2}; brakuje "
        "jeszcze karty zgłoszeniowej: {name3}.",
        "{name} · pokój dwuosobowy · przyjazd {date} · 2 noce · rezerwacja {num} · "
        "płatność na miejscu",
        "Zadania z cotygodniowego spotkania: poprawić ofertę dla {company} → {first}; konta "
        "dla nowych pracowników → IT; rozliczenie delegacji ({city}) → {name2}",
    ],
}

NOT_PERSONAL_FOURTH: dict[str, list[str]] = {
    "de": [
        "Reservierung Poolfahrzeug Golf Nr. 3 für den {date}, Abholung Tiefgarage {city}, "
        "Rückgabe bis 18 Uhr vollgetankt.",
        "Geplanter Termin (System): Zertifikat auf {host} läuft am {date} ab, Erneuerung "
        "automatisch um 03:00.",
        '{"lager": "{city}", "artikel": "{product}", "bestand": {amount}, '
        '"mindestbestand": 50, "status": "NACHBESTELLEN"}',
        "Ihre Sendung {num} liegt in der Packstation 117, {street_name}, {city}. "
        "Abholcode: 482913. Bitte bis {date} abholen.",
        "Zimmerstatus 2. OG: Mozart – belegt, Beethoven – frei, Clara Schumann – Reinigung, "
        "Bach – außer Betrieb (Heizung).",
        "Schichtübergabe Früh → Spät: Linie 2 steht seit 11:40 (Sensor am Etikettierer), "
        "Ersatzteil bei {company} bestellt. Kompressor 1 läuft wieder normal.",
        "3. Mahnung an {company}: Rechnung {num} über {amount} EUR, fällig seit {date}. "
        "Übergabe ans Inkasso wird vorbereitet.",
        "Tour;Start;Ziel;Stopps;Status\nT-{num};{city};{city2};7;abgeschlossen",
        "Schadenfall {num}: Sturmschaden am Hallendach in {city}, der Gutachter von "
        "{company2} kommt am {date}. Selbstbeteiligung {amount} EUR.",
        "Webinar „Excel für Fortgeschrittene“ am {date}: 14 von 16 Plätzen belegt, "
        "Warteliste ist offen.",
        "Wartungsvertrag Kältetechnik geht an Schmitz & Söhne; die Lüftung im "
        "Humboldt-Gymnasium übernimmt ab {date} {company}.",
        "weiß jemand, ob die lieferung von {company} nach {city} schon raus ist? kunde "
        "fragt zum dritten mal",
    ],
    "fr": [
        "Réservation du véhicule de service Zoé n° 3 pour le {date}, retrait au parking de "
        "{city}, retour avant 18 h avec le plein.",
        "Événement planifié (système) : le certificat de {host} expire le {date}, "
        "renouvellement automatique à 3 h.",
        '{"entrepot": "{city}", "article": "{product}", "stock": {amount}, "seuil": 50, '
        '"statut": "A_COMMANDER"}',
        "Votre colis {num} vous attend en consigne Pickup, {street_name}, {city}. Code de "
        "retrait : 482913. Disponible jusqu'au {date}.",
        "État des chambres, 2e étage : Molière – occupée, Voltaire – libre, Marie Curie – "
        "en ménage, Hugo – hors service (chauffage).",
        "Relève matin → après-midi : ligne 2 à l'arrêt depuis 11 h 40 (capteur de "
        "l'étiqueteuse), pièce commandée chez {company}. Compresseur 1 revenu à la normale.",
        "Troisième relance adressée à {company} : facture {num} de {amount} € échue depuis "
        "le {date}. Transmission au contentieux prévue.",
        "Tournée;Départ;Arrivée;Arrêts;Statut\nT-{num};{city};{city2};7;terminée",
        "Sinistre {num} : toiture de l'entrepôt de {city} endommagée par la tempête, "
        "passage de l'expert de {company2} le {date}. Franchise : {amount} €.",
        "Webinaire « Excel avancé » du {date} : 14 places sur 16 prises, liste d'attente "
        "ouverte.",
        "Le contrat de maintenance froid est attribué à Lefebvre Frères ; la ventilation du "
        "lycée Jules Ferry passe à {company} à partir du {date}.",
        "quelqu'un sait si la livraison {company} pour {city} est partie ? le client "
        "relance pour la troisième fois",
    ],
    "es": [
        "Reserva del coche de empresa León n.º 3 para el {date}, recogida en el parking de "
        "{city}, devolución antes de las 18:00 con el depósito lleno.",
        "Evento programado (sistema): el certificado de {host} caduca el {date}; "
        "renovación automática a las 03:00.",
        '{"almacen": "{city}", "articulo": "{product}", "stock": {amount}, "minimo": 50, '
        '"estado": "REPONER"}',
        "Tu paquete {num} te espera en el Citypaq de {street_name}, {city}. Código de "
        "recogida: 482913. Disponible hasta el {date}.",
        "Estado de habitaciones, 2.ª planta: Goya – ocupada, Velázquez – libre, Picasso – "
        "en limpieza, Sorolla – fuera de servicio (calefacción).",
        "Relevo mañana → tarde: la línea 2 está parada desde las 11:40 (sensor de la "
        "etiquetadora), repuesto pedido a {company}. El compresor 1 ya funciona con "
        "normalidad.",
        "Tercer aviso enviado a {company}: factura {num} por {amount} € vencida desde el "
        "{date}. Se pasa a recobro.",
        "Ruta;Origen;Destino;Paradas;Estado\nR-{num};{city};{city2};7;finalizada",
        "Siniestro {num}: el temporal ha dañado la cubierta de la nave de {city}; el perito "
        "de {company2} pasa el {date}. Franquicia: {amount} €.",
        "Webinar «Excel avanzado» del {date}: 14 de 16 plazas ocupadas, lista de espera "
        "abierta.",
        "El mantenimiento de frío se adjudica a Hermanos Ortega; la climatización del "
        "Hospital Ramón y Cajal la asume {company} a partir del {date}.",
        "¿alguien sabe si ha salido ya el envío de {company} para {city}? el cliente ha "
        "llamado tres veces",
    ],
    "it": [
        "Prenotazione auto aziendale Panda n. 3 per il {date}, ritiro nel parcheggio di "
        "{city}, riconsegna entro le 18 con il pieno.",
        "Evento pianificato (sistema): il certificato di {host} scade il {date}, rinnovo "
        "automatico alle 03:00.",
        '{"magazzino": "{city}", "articolo": "{product}", "giacenza": {amount}, '
        '"scortaMinima": 50, "stato": "DA_RIORDINARE"}',
        "Il tuo pacco {num} ti aspetta nel locker di {street_name}, {city}. Codice di "
        "ritiro: 482913. Disponibile fino al {date}.",
        "Stato camere, secondo piano: Verdi – occupata, Puccini – libera, Leonardo – in "
        "pulizia, Rossini – fuori servizio (riscaldamento).",
        "Cambio turno mattina → pomeriggio: linea 2 ferma dalle 11:40 (sensore "
        "dell'etichettatrice), ricambio ordinato a {company}. Il compressore 1 è ripartito.",
        "Terzo sollecito inviato a {company}: fattura {num} di {amount} € scaduta dal "
        "{date}. La pratica passa al recupero crediti.",
        "Giro;Partenza;Arrivo;Fermate;Stato\nG-{num};{city};{city2};7;concluso",
        "Sinistro {num}: la grandinata ha danneggiato il tetto del capannone di {city}; il "
        "perito di {company2} passa il {date}. Franchigia: {amount} €.",
        "Webinar «Excel avanzato» del {date}: 14 posti occupati su 16, lista d'attesa "
        "aperta.",
        "La manutenzione frigo va a Fratelli Bianchi; la climatizzazione dell'ospedale "
        "Sandro Pertini passa a {company} dal {date}.",
        "qualcuno sa se è partita la spedizione di {company} per {city}? il cliente ha "
        "chiamato tre volte",
    ],
    "nl": [
        "Reservering poolauto Polo nr. 3 voor {date}, ophalen in de parkeergarage in "
        "{city}, vóór 18.00 uur volgetankt terugbrengen.",
        "Geplande taak (systeem): het certificaat van {host} verloopt op {date}, "
        "automatische verlenging om 03.00 uur.",
        '{"magazijn": "{city}", "artikel": "{product}", "voorraad": {amount}, '
        '"minimum": 50, "status": "BIJBESTELLEN"}',
        "Je pakket {num} ligt in de pakketautomaat aan de {street_name} in {city}. "
        "Ophaalcode: 482913. Op te halen tot {date}.",
        "Kamerstatus 2e verdieping: Rembrandt – bezet, Vermeer – vrij, Van Gogh – "
        "schoonmaak, Mondriaan – buiten gebruik (verwarming).",
        "Overdracht vroege → late dienst: lijn 2 staat stil sinds 11.40 uur (sensor "
        "etiketteermachine), onderdeel besteld bij {company}. Compressor 1 draait weer "
        "normaal.",
        "Derde aanmaning verstuurd aan {company}: factuur {num} van € {amount}, vervallen "
        "sinds {date}. Dossier gaat naar incasso.",
        "Rit;Vertrek;Aankomst;Stops;Status\nR-{num};{city};{city2};7;afgerond",
        "Schadegeval {num}: stormschade aan het dak van de hal in {city}, de expert van "
        "{company2} komt op {date}. Eigen risico: € {amount}.",
        "Webinar ‘Excel voor gevorderden’ op {date}: 14 van de 16 plaatsen bezet, "
        "wachtlijst geopend.",
        "Het koelonderhoud gaat naar Gebroeders De Vries; de klimaatinstallatie van het "
        "Anne Frank Huis neemt {company} vanaf {date} over.",
        "weet iemand of de levering van {company} voor {city} al de deur uit is? klant "
        "belt voor de derde keer",
    ],
    "pl": [
        "Rezerwacja auta służbowego Octavia nr 3 na {date}, odbiór: parking podziemny, "
        "{city}; zwrot do 18:00 z pełnym bakiem.",
        "Zadanie zaplanowane (system): certyfikat na {host} wygasa {date}, automatyczne "
        "odnowienie o 03:00.",
        '{"magazyn": "{city}", "towar": "{product}", "stan": {amount}, "minimum": 50, '
        '"status": "DO_ZAMOWIENIA"}',
        "Twoja paczka {num} czeka w paczkomacie WAW12M, {street_name}, {city}. Kod odbioru: "
        "482913. Odbierz do {date}.",
        "Status pokoi, II piętro: Chopin – zajęty, Kopernik – wolny, Skłodowska – "
        "sprzątanie, Moniuszko – wyłączony (ogrzewanie).",
        "Przekazanie zmiany I → II: linia 2 stoi od 11:40 (czujnik etykieciarki), część "
        "zamówiona w firmie {company}. Sprężarka 1 pracuje już normalnie.",
        "Trzecie wezwanie wysłane do firmy {company}: faktura {num} na {amount} zł, termin "
        "minął {date}. Sprawa przechodzi do windykacji.",
        "Trasa;Start;Cel;Przystanki;Status\nT-{num};{city};{city2};7;zakończona",
        "Szkoda {num}: wichura uszkodziła dach hali (lokalizacja: {city}); rzeczoznawca z "
        "{company2} przyjedzie {date}. Udział własny: {amount} zł.",
        "Webinar „Excel dla zaawansowanych” {date}: zajęte 14 z 16 miejsc, lista rezerwowa "
        "otwarta.",
        "Serwis chłodnictwa przejmuje Bracia Nowak s.c.; klimatyzację w Centrum Nauki "
        "Kopernik od {date} obsługuje {company}.",
        "ktoś wie, czy dostawa od {company} do {city} już wyjechała? klient dzwoni trzeci raz",
    ],
}
