"""The firm's and the venue's own data by themselves: a street or number on a firm's line
or right under it is the firm's, one further down (a label's recipient under its sender)
is not; a name before a legal form is a firm's; a venue's address is no person's."""

from __future__ import annotations

import pytest

from classifiers.recognizers.firms import desk_line, names_a_firm, under_a_firm, venue_address

BLOCKS = [
    # (text, the word the street or number starts with, the firm's?)
    ("Bärer Krause KG – Filiale Gera, Sergei-Röhrdanz-Straße 98, 07545 Gera", "Sergei", True),
    ("Verantwortlich:\nBudig GmbH\nDietzring 29\n50667 Köln", "Dietz", True),
    # a label's sender above the recipient: the recipient's street is a person's
    ("Absender: Budig GmbH, Retourenzentrum\nAlexa Ullmann\nSeverin-Steinberg-Allee 4",
     "Severin", False),
    ("Verantwortlich:\nBudig GmbH\nDietzring 29\n50667 Köln\nTelefon: 0221 555 1400", "0221",
     False),
    ("TICKET Z n° 455043\nNavarro Seguin SA – magasin de Lyon, 22, rue de Garnier", "22, rue",
     True),
    ("Kłosowicz i syn s.c. sp. z o.o. – sklep nr 4, ul. Środkowa 39", "ul.", True),
    ("mulet & asociados s.l.u. – servicio técnico\nalameda de cristian ferrán 830", "alameda",
     True),
    ("Budig GmbH\n\nKunde Hans Müller, Hauptstr. 5", "Hauptstr", False),
    ("Lieferadresse: Hans Müller, Hauptstr. 5", "Hauptstr", False),
    ("Wohnsitz: Lukas-Naser-Gasse 10, 40013 Lichtenfels", "Lukas", False),
    ("se cita a las partes en la calle Mayor 5", "calle", False),
    ("Das SA-Team trifft sich in der Hauptstr. 5", "Hauptstr", False),
    # a sentence that mentions a firm above a private number; the next party's line
    ("die hausverwaltung (löffler gmbh) entscheidet, ich sammle nur bewerbungen.\n"
     "besichtigung samstag, bitte vorher melden unter 07095 217760", "07095", False),
    ("Antragsteller: Cichorius OHG, vertreten durch die Geschäftsführung, Plauen\n"
     "Antragsgegner: Willrich Graf, Margot-Kühnert-Platz 74/91, 78706 Prenzlau", "Margot",
     False),
    ("Ricorrente: Rossini e figli S.r.l., con sede in Martorano\nIngiunto: Bambina "
     "Siniscalchi, residente in Incrocio Adamo, 63, 04027 Serrara", "Incrocio", False),
    ("Budig GmbH\nAnschrift: Dietzring 29\n50667 Köln", "Dietz", True),
    ("BSH Sprzęt Sp. z o.o., ul. Żupnicza 17, 03-821 Warszawa\nE-Nr: SMV4HTX31E/11  FD: 0105"
     " 00421", "0105", True),
    ("Bedrijfsnaam: van der Ploeg B.V.\nVestigingsadres: Owendreef 1, 3003 PZ Lutten", "Owen",
     True),
    ("168683 - Inmobiliaria Miralles & Asociados S.L..\nCambio de domicilio social. Pasadizo de "
     "Marciano Salazar 93", "Pasadizo", True),
    # legal forms in any letter case
    ("Producent: Skrobek Sp.j., ul. Sadowa 079, 41-524 Cieszyn", "ul.", True),
    ("widerruf an (langern köhler ag & co. kg, abraham-meyer-straße 5, 84729 meiningen)",
     "abraham", True),
    ("_fbp | meta platforms ireland ltd., 4 grand canal square, dublino 2", "4 grand", True),
    ("elaborado por grupo carreras s.a.t., via de luciana ribes 261, 09827 ávila", "via", True),
    ("Lieferung: 12 kg, Hauptstraße 5, 12345 Berlin", "Haupt", False),
    # a record that labels its holder an organisation, or its address a work address
    ("BEGIN:VCARD\nFN:Service clients\nORG:Normand SARL;Service\nTEL;TYPE=WORK:+33 1 99 00 42 17"
     "\nADR;TYPE=WORK:;;10, boulevard Barre;Sainte Julie;;06138;France", "10, bou", True),
    ("fn:kundenservice\nadr;type=work:;;schmiedeckeplatz 534;ebermannstadt", "schmied", True),
    ("[Tech-C]\nType: ROLE\nName: Hostmaster\nOrganisation: Hänel GmbH\nAddress: Holstenplatz "
     "9706\nCity: Mittweida", "Holsten", True),
    ("contacto técnico\n  tipo: rol\n  nombre: departamento de sistemas\n  dirección: acceso "
     "morena aguirre 27", "acceso", True),
    # a private contact's record, an organisation in another paragraph, a home address
    ("BEGIN:VCARD\nFN:Anna Weber\nADR;TYPE=HOME:;;Lindenweg 4;Gera", "Linden", False),
    ("Organisation: Hänel GmbH\n\nKundin: Anna Weber\nAdresse: Lindenweg 4", "Linden", False),
    ("Kundin: Anna Weber, Firma: keine\nAdresse: Lindenweg 4", "Linden", False),
]


@pytest.mark.parametrize(("text", "word", "firm"), BLOCKS)
def test_under_a_firm(text, word, firm):
    assert under_a_firm(text, text.index(word)) is firm


FIRM_NAMES = [
    # (text, the name, a firm's?)
    (" * Copyright (c) 2019-2025 Gotthard Schleich KG", "Gotthard Schleich KG", True),
    ("Copyright (c) 2019-2025 Almudena Barros Mateo S.A.", "Almudena Barros Mateo", True),
    ("Contratista: Amparo Luz Rocamora S.A.T., Almería", "Amparo Luz Rocamora", True),
    ("Copyright (c) 2019-2025 De Oliveira De Sousa S.A.S.", "De Oliveira De Sousa", True),
    ("Copyright (c) 2019-2025 Polani, Sismondi e Baracca Group S.r.l.", "Polani", True),
    ("pharmazeutischer unternehmer: linke gmbh & co. kg", "linke", True),
    (" * Copyright (c) 2019-2025 PPUH Perlik-Molga Sp. z o.o. Sp.k.", "Molga Sp", True),
    (" * copyright (c) 2019-2025 paula bas marco s.l.", "paula bas marco", True),
    ("datos de Tristán Bermejo Mas S.A.", "Tristán Bermejo", True),  # the last word cut
    ("jardinerie teixeira rocher s.a. – étiquettes", "jardinerie teixeira", True),
    ("Anna Weber von Siemens AG hat angerufen", "Anna Weber", False),
    ("Hans Gruber, Lagerleiter der Budig GmbH", "Hans Gruber", False),
    ("Hans Gruber und Petra Klein haben angerufen.", "Hans Gruber", False),
    ("Dzwoniła pani Anna Nowak, SA-Team", "Anna Nowak", False),
]


@pytest.mark.parametrize(("text", "name", "firm"), FIRM_NAMES)
def test_names_a_firm(text, name, firm):
    start = text.index(name)
    assert names_a_firm(text, start, start + len(name)) is firm


VENUES = [
    # (text, the word the address starts with, a venue's?)
    ("Musée – horaires et tarifs\nDu mardi au dimanche de 10h à 18h30\n"
     "Accès : 77 rue de Varenne", "77", True),
    ("Museo – horarios\nDe martes a sábado de 9:30 a 20:00\nCómo llegar: paseo del General "
     "Martínez Campos, 37", "paseo", True),
    ("Dojazd: Pałac Ostrogskich, ul. Okólnik 1", "ul.", True),
    ("Bereikbaarheid: Museumplein 6, Amsterdam", "Museum", True),
    # an office's or a club's rooms, before their address
    ("Abgabe im Bürgerbüro, Otmar-Steinberg-Platz 8/1, oder per Post", "Otmar", True),
    ("19:30 Uhr, Probenlokal, Heinz-Dieter-Wilmsen-Platz 0", "Heinz", True),
    ("a las 19:30 · sede social, Acceso Ruy Chico 84", "Acceso", True),
    ("Domicilio: Casa Consistorial, Cañada de Vinicio Baeza 629", "Cañada", True),
    ("all'Ufficio Relazioni con il Pubblico, Incrocio Letizia, 20", "Incrocio", True),
    ("bij de publieksbalie, Woutsingel 781, 9694 JJ Vrouwenpolder", "Wout", True),
    ("au guichet unique, 7, boulevard Alice Martin", "7,", True),
    # a table's row whose earlier cell names the venue
    ("0105;sporthalle am friedrich-ebert-gymnasium;friedrich-ebert-straße 40;ja",
     "friedrich-ebert-straße", True),
    ("0102 | Kita Sonnenschein, Turnraum | Lindenweg 4 | ja", "Linden", True),
    ("Bauherr: Stadt Sömmerda, Amt für Gebäudewirtschaft, Gottlob-Schuster-Platz 4560", "Gott",
     True),
    # an office building's own address
    ("Schließplan Verwaltungsgebäude Beierweg 7 – Stand 13.05.1981", "Beier", True),
    ("Sluitplan kantoorgebouw, Charlottestraat 35 – bijgewerkt", "Charlotte", True),
    ("Plan klucza generalnego – biurowiec, plac Sucharskiego 559", "plac", True),
    ("Objekt: Gewerbehof Marvin-Fliegner-Straße 7/3, 46701 Jülich", "Marvin", True),
    ("Immeuble : centre d'affaires 46, rue Eugène Pottier, 48861 Louis", "46,", True),
    ("inmueble: centro de negocios paseo de nélida cañizares 7 piso 2", "paseo", True),
    ("Immobile: centro direzionale Canale Lauretta, 82, 08019 Riva Del Sole", "Canale", True),
    ("Object: bedrijvenhof Muhammeddreef 137, 8102 OL Feanwâlden", "Muhammed", True),
    ("Obiekt: centrum biurowe al. Dąbrowskiej 32/97, 30-233 Jawor", "al.", True),
    # an office's or a public body's kind, words and a comma before the address
    ("Vragen aan het inkoopbureau, Renssteeg 95, 6959 CE Dalen", "Renssteeg", True),
    ("Informacji udziela Dział Zamówień Publicznych, pl. Asnyka 53", "pl.", True),
    ("auprès du service de la commande publique, 2, rue de Bailly", "2, rue", True),
    ("LOM-33235 | Consejería de Educación | ampliación del CEIP | Callejón de Mercedes 25",
     "Callejón", True),
    ("Stadspark, bij de speeltuin;Jessebaan 8;7124 UX;Roderesch;Maas B.V.;ja", "Jesse", True),
    ("Sportpark Noord;Ricklaan 40;6767KN;Sambeek", "Rick", True),
    ("Kontakt: Sung-min Park, Hauptstraße 5", "Haupt", False),
    ("waschsalon blubb – reichmannring 4 · täglich 6–23 uhr", "reichmannring", True),
    ("Pralnia samoobsługowa Bąbelek – ul. Bałtycka 4 · codziennie 7–23", "ul.", True),
    ("Programme und Preise\nMo–Sa 7–20 Uhr · Winklerweg 736, 11024 Göppingen", "Winkler", True),
    ("lun.–sam. 7 h–20 h · 92, rue de Rey, 97380 Raynaud · tél. 02 41", "92,", True),
    ("Bitte Mo–Fr anrufen. Anna Weber, Lindenweg 4", "Linden", False),
    ("graines offertes au local du syndicat, 86, chemin de Morel.", "86,", True),
    ("Torebki nasion za darmo w siedzibie koła, plac Kruczkowskiego 254.", "plac", True),
    ("Mieterliste Wohngebäude Beierweg 7: Familie Kowalski", "Beier", False),
    ("Weber;Anna;Lindenweg 4;Lager", "Linden", False),
    ("Kunde Hans Müller, Hauptstraße 5, ruft morgen an", "Haupt", False),
    ("Öffnungszeiten bitte erfragen. Lieferung an Hauptstraße 5", "Haupt", False),
    ("Route planen: wir liefern um 10-12 Uhr an Hauptstraße 5", "Haupt", False),
    # an institute's, a laboratory's, a secretariat's, a dean's office's address
    ("Rohdaten auf Anfrage beim Institut, Hans-Günther-Bauer-Straße 34", "Hans", True),
    ("données brutes sur demande au laboratoire, 76, boulevard Renaud", "76,", True),
    ("dati grezzi su richiesta all'istituto, Stretto Vincenza, 9", "Stretto", True),
    ("surowe dane na wniosek w instytucie, ul. Boczna 248", "ul.", True),
    ("jeden egzemplarz w dziekanacie, plac Mieszka I 69/49", "plac", True),
    ("un ejemplar encuadernado en Secretaría, Rambla de Carlos Bastida 90", "Rambla", True),
    ("Laborbefund von Anna Weber, Hauptstraße 5", "Haupt", False),
    # a tax office's branch, a desk and a colon, a community centre, a ship's berth
    ("Atención presencial con cita previa · Delegación de Vizcaya, Camino de Renata Caro 736",
     "Camino", True),
    ("Sportello di Castel Guelfo: Rotonda Concetta, 1, su appuntamento", "Rotonda", True),
    ("Następna runda 26/10/2021, dom kultury, aleja Maja 574", "aleja", True),
    ("Wegens baggerwerk is ligplaats Tasmankade 3 gestremd", "Tasman", True),
    ("Kontakt: Anna Weber: Hauptstraße 5", "Haupt", False),
    # a tour's meeting point, a heritage register's listed building
    ("Tag | Führung | Treffpunkt | Sprache\nSa | Brauerei | Tor 2, Trubinplatz 37-41 | Englisch",
     "Trubin", True),
    ("Día | Visita | Punto de encuentro\nsáb | Fábrica | puerta 2, Cuesta Dominga Bonilla 11",
     "Cuesta", True),
    ("Rijksmonumentenregister – monumentnummer 405029\nAdres: Jackdreef 728, 3803BQ Blijham",
     "Jack", True),
    ("Giorno | Visita | Ritrovo\nsab | Fabbrica | cancello 2, Strada Alessio, 597", "Strada",
     True),
    ("información: Servicio de Parques y Jardines, C. de Maximiliano Laguna 24", "C. de", True),
    ("helpen we u graag in ons kantoor op de Markt, Maximlaan 5.", "Maxim", True),
    ("Od 05/12/1976 zapraszamy do oddziału przy Rynku, ulica Wrocławska 66.", "ulica", True),
    ("Nueva dirección de envío: Paseo Constanza Mir 85, 39004 Asturias.", "Paseo", False),
    ("Tag | Kunde | Lieferadresse\nSa | Anna Weber | Trubinplatz 37", "Trubin", False),
    ("Denkmalpflege-Zuschuss beantragt\nAntragsteller: Anna Weber, Jackdreef 728", "Jack", False),
]


@pytest.mark.parametrize(("text", "word", "venue"), VENUES)
def test_venue_address(text, word, venue):
    assert venue_address(text, text.index(word)) is venue


@pytest.mark.parametrize(("text", "word", "desk"), [
    # a desk's or an office's label opens the line: its address and number
    ("Pfarrbüro: Evelyn-Mende-Gasse 5981, 38857 Stollberg, Tel. 0841 930 45 00", "Evelyn",
     True),
    ("geschäftsstelle: jopichplatz 823, 58726 grafenau", "jopichplatz", True),
    ("Accueil paroissial : 40, rue de Weber, 28205 Sainte Éléonore", "40, rue", True),
    ("Renseignements : service des objets trouvés, 90, rue Girard", "90, rue", True),
    ("Secretaría: C. de Aura Puerta 71, 03653 Salamanca", "C. de", True),
    ("Segreteria parrocchiale: Via Mercati, 869", "Via", True),
    ("Biuro: ul. Okólnik 1, 00-368 Warszawa", "ul.", True),
    ("Parochiesecretariaat: Megandreef 1, 9753 KM Uitgeest", "Megandreef", True),
    ("Kancelaria parafialna: al. Szmaragdowa 856", "al.", True),
    ("Prenotazioni: Ufficio turistico, Vicolo Veronica, 65, 24121 Castiglione", "Vicolo",
     True),
    ("Reserveren: VVV, Indystraat 76, 8267QW Sterksel", "Indystraat", True),
    ("informatie: gevonden voorwerpen, kikipad 37, tel. 050 367 71 05", "kikipad", True),
    ("1. Sitz und Anschrift: Lukas-Naser-Gasse 10, 40013 Lichtenfels", "Lukas", True),
    ("Domicilio social: Pasadizo de Bernardino Crespi 66, 04328 Toledo", "Pasadizo", True),
    ("Stahl, sterilisierbar. bestellungen: thanelstr. 5-6, 55354 tuttlingen", "thanelstr",
     True),
    ("Commandes : 51, avenue de Lebreton, 26537 Richard", "51,", True),
    ("Auskünfte: Zentrale Vergabestelle, Davidsstraße 49/42, 09428 Hünfeld", "Davidsstraße",
     True),
    ("Fédération départementale pour la pêche : 02 38 55 12 40 · 66, rue Barre", "66,", True),
    ("Okręg Polskiego Związku Wędkarskiego: 61 555 12 40 · plac Łokietka 23/24", "plac",
     True),
    ("Dombauhütte: Tlustekallee 2 · Tel. 0221 555 01 70", "Tlustekallee", True),
    ("Opera del Duomo: Vicolo Vasari, 36 · tel. 0575 55 01 70", "Vicolo", True),
    ("Œuvre de la cathédrale : 5, rue Normand · tél. 03 88", "5,", True),
    ("Herplant in het najaar · informatie: Felixring 6", "Felix", True),
    ("Nasadzenia zastępcze jesienią · informacja: al. Targowa 039", "al.", True),
    # a booking's, a customer's or a delivery's label, or a desk's further up
    ("Bestellung: Anna Schmidt, Hauptstr. 5", "Hauptstr", False),
    ("Anmeldung: Max Weber, Lindenweg 3", "Lindenweg", False),
    ("Reservas: Juan Pérez, Calle Mayor 5", "Calle", False),
    ("Reservas: Juan Pérez, oficina 3, Calle Mayor 5", "Calle", False),
    ("Lieferadresse: Hans Müller, Hauptstr. 5", "Hauptstr", False),
    ("Insgesamt: 3 Pakete an Hauptstr. 5", "Hauptstr", False),
    ("Sekretariat:\nKunde Hans Müller, Hauptstr. 5", "Hauptstr", False),
    ("Termin 3.4. · Kunde: Hans Müller, Hauptstr. 5", "Hauptstr", False),
])
def test_desk_line(text, word, desk):
    assert desk_line(text, text.index(word)) is desk

