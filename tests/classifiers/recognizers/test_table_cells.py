"""in_a_thing_column by itself: a cell under a header that names things or places holds no
person, whichever way the table's cells are split; a cell under a person's header, a line
that is no table and a table's own header are left to the recognizers."""

from __future__ import annotations

import pytest

from classifiers.recognizers.table_cells import (
    a_lone_name_in_its_column,
    a_quoted_title,
    column_cells,
    in_a_code_column,
    in_a_column_of_no_one,
    in_a_header_row,
    in_a_name_index,
    in_a_thing_column,
    in_an_old_row,
    on_a_phonetic_line,
    on_a_price_list_line,
    shaped_like_a_name,
)

PICKING = ("Lagerplatz | Artikel | Menge\nA-03-12 | Dr. Oetker Ristorante Pizza Salame | 24\n"
           "C-02-09 | Hugo Boss Bottled Eau de Toilette 100 ml | 4")
DEPARTURES = ("Zeit   Flug     Ziel              Gate  Bemerkung\n"
              "06:40  LH 2002  Hamburg           G21   Boarding\n"
              "07:05  LH 2470  London Heathrow   K14   verspätet 07:40")
SHIPS = ("ETA            Schiff            Typ               Liegeplatz\n"
         "1992-07-15 05:30   Albert Ballin     Containerschiff   CTA Burchardkai")
MARKDOWN = ("| Ubicación | Artículo | Uds. |\n|---|---|---|\n| A-03-12 | Tío Pepe fino 75 cl | 12 |")
TABS = "Kunde\tArtikel\tMenge\nHans Gruber\tKathreiner Malzkaffee\t12"

CELLS = [
    # (text, the word the name starts with, in a column of things?)
    (PICKING, "Oetker", True),
    (PICKING, "Hugo", True),
    (DEPARTURES, "London", True),
    (SHIPS, "Albert", True),
    (SHIPS, "CTA", True),  # the berth's column
    (MARKDOWN, "Tío", True),
    (TABS, "Kathreiner", True),
    (TABS, "Hans", False),  # the customer's column
    ("Parameter | Wert | Einheit\nTemperaturkoeffizient Pmax | -0,29 | %/°C", "Temperatur", True),
    ("Fahrzeug | Funkrufname | Einsätze\nHLF 20 | Florian Hersbruck 1/46-1 | 156", "Florian",
     True),
    ("Pos. | Club | J | Pts\n1 | Fouquet Handball | 18 | 49", "Fouquet", True),
    ("Garage | vrij / totaal | tarief\nP1 Dom | 42 / 480 | € 2,50", "Dom", True),
    (PICKING, "Artikel", False),  # the header itself
    ("Kontrolle: Schichtleitung, Hans Gruber", "Hans", False),  # no table
    ("Name | Artikel\nHans Gruber | Kaffee", "Hans", False),
    # a first line with as many cells is the header, whatever sits between the lines
    ("Ort  Name\nKöln  Anna Schmidt", "Anna", False),
    # a column of the people things are named after
    ("| Mission | benannt nach | Start |\n|---|---|---|\n| Herschel | Wilhelm Herschel | 2009 |",
     "Wilhelm", True),
    ("| Misión | nombre en honor de | Lanzamiento |\n|---|---|---|\n| Hubble | Edwin Hubble | "
     "1990 |", "Edwin", True),
    ("| Misja | nazwana na cześć | Start |\n|---|---|---|\n| Hubble | Edwin Hubble | 1990 |",
     "Edwin", True),
    ("Z | Symbol | Name | named after\n99 | Es | Einsteinium | Albert Einstein", "Albert", True),
    ("| Mission | Leitung | Start |\n|---|---|---|\n| Herschel | Anna Roth | 2009 |", "Anna",
     False),
    # a car's model, a fruit tree's variety, a fund
    ("Hersteller | Modell | HSN\nŠkoda | Octavia Combi 2.0 TDI | 8004", "Octavia", True),
    ("Ras | Pluk | Onderstam | Prijs\nReine Victoria | augustus | M 7 | € 36,00", "Reine", True),
    ("Fonds | Dividend per aandeel\nVan Lanschot Kempen | € 2,00", "Van", True),
    ("Modell | Fahrer\nOctavia Combi | Anna Roth", "Anna", False),
    # a plant's taxon, a variety's denomination, a mountain range, a find's place
    ("Nr | Taxon | Jaar\nL-1 | Quassia amara L. | 1700", "Quassia", True),
    ("Especie | Denominación\nManzano | 'Reineta Carlos V'", "Reineta", True),
    ("Gletscher | Gebirgsgruppe | Fläche\nVernagtferner | Ötztaler Alpen | 6,9 km²", "Ötztaler",
     True),
    ("Beleg | Fundort | Jahr\nB-4 | Harz, Brocken | 1783", "Harz", True),
    # a European CSV export's semicolons part its cells
    ("Nr kat.;Nazwa;Producent\n960868;Roztwór Giemsy;Gregorczuk Sprzęt", "Gregorczuk", True),
    ("spind;schüler/in;klasse\nA-014;Anna Roth;8c", "Anna", False),
    # a wine's producer and name, a tram's series, a dog and its kennel
    ("fach | weingut | wein | jahrgang\nc3 | marchesi antinori | tignanello | 2018", "marchesi",
     True),
    ("botellero | bodega | vino\nb4 | bodegas muga | prado enea gran reserva", "prado", True),
    ("vettura | serie | anomalia\n1503 | Ventotto (Peter Witt) | freno", "Peter", True),
    ("Kat.-Nr. | Hund | Klasse | Zwinger\n211 | Arko vom Wiesengrund | Jugend | vom Wiesengrund",
     "Arko", True),
    ("Nr | Pies | Klasa | Przydomek\n212 | Bruno Spod Śnieżki | otwarta | Spod Śnieżki", "Bruno",
     True),
    ("Kat.-Nr. | Hund | Besitzer\n211 | Arko | Anna Roth", "Anna", False),
    # a sub-heading's line between two rows
    ("Nr | Hund | Klasse\n213 | Cäsar aus dem Emmental | Offen\nHündinnen\n"
     "214 | Daisy vom Lindenhof | Jugend", "Daisy", True),
    ("Hund | Klasse | Jahr\nFreitag\nDaisy vom Lindenhof | Jugend", "Daisy", False),
    # a horse, a boat, a room, a course, an observed object
    ("N° | Cheval | Propriétaire\n1 | Roi Soleil | Écurie des Charmes", "Roi", True),
    ("Pos. | Barca | Circolo\n3 | Capo Horn | CV Saliceto Panaro", "Saliceto", True),
    ("Código | Asignatura | Aula\nFIS-301 | Mecánica cuántica | Schrödinger, Heisenberg",
     "Schrödinger", True),
    ("Kod | Przedmiot | Sala\nMAT-204 | Analiza Fouriera | A-1", "Analiza", True),
    ("Hora;Objeto;Instrumento\n21:00;Cráteres Ptolomeo;refractor", "Cráteres", True),
    # a ship register's name column; a name column elsewhere
    ("Nom;Type;Jauge brute;Armateur\nMarion Dufresne;navire;10 380;Gimenez SARL", "Marion",
     True),
    ("Nom;Type;Ville\nMarion Dufresne;cliente;Brest", "Marion", False),
    # an instrument's maker, a stamp's subject
    ("Inv.;Instrument;Erbauer;Jahr\nVa-03;Viola;Werkstatt Otto Möckel;1921", "Otto", True),
    ("Nr | Nominał | Rysunek\n432 | 2 zł | Wojciech Bogusławski", "Wojciech", True),
    ("Inv.;Instrument;Besitzer\nVa-03;Viola;Otto Möckel", "Otto", False),
    # a band's programme's composers, a brewery's beers, a cable net's channels, apiaries
    ("nr.;titel;komponist;dauer\n1;alte kameraden;carl teike;3:10", "carl", True),
    ("N.º;Obra;Compositor;Duración\n2;España cañí;Pascual Marquina;3:10", "Pascual", True),
    ("Bier | Alc. | Krat\nAdelbert Blond | 6,5 % | € 32,50", "Adelbert", True),
    ("Kanaal | Zender | Kwaliteit\n11 | Omroep Brabant | HD", "Omroep", True),
    ("Nr | Pasieka | Miód\n11 | Sądecki Bartnik | spadziowy", "Sądecki", True),
    ("nr.;titel;dirigent\n1;alte kameraden;carl teike", "carl", False),
    ("nr. | imkerij | honing | punten\n10 | bijenhof | koolzaad, romig | 87", "koolzaad", True),
    ("N.º;Obra;Compositor\n1;Amparito Roca;Jaime Texidor", "Amparito", True),
    # an orchid's grex, a cigar's vitola, a lens, a classic car, a dental material
    ("Klasse | Pflanze | Punkte\n5 | Vanda Miss Joaquim | 82", "Vanda", True),
    ("Marke;Vitola;Format\nDavidoff;Winston Churchill The Late Hour;Toro", "Winston", True),
    ("Objectief | Vatting | Prijs\nLeitz Summicron 2/35 | Leica M | € 1.450", "Leitz", True),
    ("N°;Voiture;Année\n7;Delahaye 135 M cabriolet Figoni;1937", "Delahaye", True),
    ("pos.;leistung;material\n1022;vollkrone;zirkonoxid katana ht", "zirkonoxid", True),
    ("Klasse | Aussteller | Punkte\n5 | Anna Roth | 82", "Anna", False),
    ("art.;modell;farben;preis €\nh-201;homburg;schwarz, anthrazit;229", "schwarz", True),
    ("Satz;Schrift;Grad\nTitel;Gill Sans;14 pt", "Gill", True),
]


@pytest.mark.parametrize(("text", "word", "thing"), CELLS)
def test_in_a_thing_column(text, word, thing):
    assert in_a_thing_column(text, text.index(word)) is thing


@pytest.mark.parametrize(("text", "word", "item"), [
    ("Rosier grimpant 'Pierre de Ronsard' ...... 19,99 €", "Pierre", True),
    ("Róża 'Gloria Dei' ..................... 49,99 zł", "Gloria", True),
    ("Roos 'Gloria Dei' ...................... € 14,99", "Gloria", True),
    ("Frau Anna Schmidt hat 14,99 € bezahlt", "Anna", False),  # no dotted leader
    ("Pierre de Ronsard ......\nAnna Schmidt 19,99 €", "Anna", False),
    # three lines or more in a row that each end with a price
    ("Confiture Bonne Maman fraises, 370 g – 2,19 €\nGalettes St Michel, 130 g – 1,05 €\n"
     "Poulet fermier Père Dodu, le kg – 6,90 €", "Père", True),
    ("Kir royal (d'après Félix Kir) · 9 €\nBellini · 9 €\nNegroni · 11 €\nSans alcool",
     "Félix", True),
    ("Galettes, 130 g – 1,05 €\nPoulet Père Dodu – 6,90 €\nOffres valables", "Père", False),
    # names and amounts in a text about dues, invoices or wages are people's
    ("Mitgliedsbeiträge 2024\nAnna Schmidt – 45,00 €\nJan Weber – 45,00 €\n"
     "Eva Roth – 30,00 €", "Jan", False),
    ("Remboursements\nMarie Roux 12,50 €\nPaul Petit 8,00 €\nLéa Blanc 3,20 €", "Paul", False),
    # prices per unit closing three lines or more in a row (a customs tariff)
    ("0406 90 13 | Emmentaler | 171,30 €/100 kg\n0406 90 15 | Greyerzer, Sbrinz | 171,30 €/100 kg"
     "\n0406 90 23 | Edamer | 151,00 €/100 kg", "Greyerzer", True),
])
def test_on_a_price_list_line(text, word, item):
    assert on_a_price_list_line(text, text.index(word)) is item


@pytest.mark.parametrize(("text", "name", "item"), [
    # a line of three priced entries or more under a heading of prices per unit
    ("hofladen – preise je kilo\nbirnen: alexander lucas 3,20 · gute luise 3,50 · "
     "williams 3,60", "alexander lucas", True),
    ("sad – ceny za kilogram\ngruszki: konferencja 3,20 · lukasówka 3,60 · "
     "bonkreta williamsa 3,40", "bonkreta williamsa", True),
    ("frutería – precios por kilo\nperas: ercolini 2,40 | blanquilla 2,20 | "
     "conferencia 2,60", "ercolini", True),
    # no heading of prices per unit, a text about payments, or no price right after
    ("Kaffeekasse: Anna Roth 3,20 · Tom Weber 3,50 · Eva Kühn 2,00", "Anna Roth", False),
    ("Preise je Kilo\nbezahlt: Anna Roth 3,20 · Tom Weber 3,50 · Eva Kühn 2,00",
     "Anna Roth", False),
    ("prix au kilo\nvendu par Anne Roux : reinette 2,80 · boskoop 2,60 · golden 2,40",
     "Anne Roux", False),
])
def test_a_name_priced_in_a_row_of_prices(text, name, item):
    start = text.index(name)
    assert on_a_price_list_line(text, start, start + len(name)) is item


@pytest.mark.parametrize(("text", "name", "title"), [
    ("08:12  EC 171 „Franz Liszt“  Wien Hbf", "Franz Liszt", True),
    ("trekking «Atala Legend», telaio n. AT 8831 E", "Atala Legend", True),
    ("'Gloria Dei' (1945) – gelb mit rosa Rand", "Gloria Dei", True),
    ("Wer schrieb ‚Effi Briest‘? – Theodor Fontane", "Effi Briest", True),
    ("firmware 4.12.7 de la borne « Volta Home 11 » (Traore SARL)", "Volta Home", True),
    ("Ladestation „Volta Home 11“ installiert", "Volta Home", True),
    ("«Mario Rossi 11 maggio ha chiamato»", "Mario Rossi", False),
    # JSON and CSV quote every value; a quote that holds more than the name
    ('{"name": "Anna Schmidt", "city": "Köln"}', "Anna Schmidt", False),
    ("«Mario Rossi ha chiamato per il rimborso»", "Mario Rossi", False),
    # the closing quote taken into the name's span; a title inside the quotes
    ("01;Calamagrostis × acutiflora 'Karl Foerster';Garten-Reitgras", "Karl Foerster'", True),
    ("7;Syringa vulgaris 'Madame Lemoine';lilas blanc double", "Lemoine'", True),
    ("Kunde sagt: 'Frau Anna Weber hat angerufen'", "Anna Weber", False),
    ("As promised, here's Guy's address", "Guy", False),  # apostrophes, no quotes
    ("Brooke:\"I'm Shannon's daughter\".", "Shannon", False),
    ("Kundin Anna Schmidt ruft an", "Anna Schmidt", False),
    # a log line's field whose key says person; a key that names a thing keeps the quotes'
    ("19:40 info booking tavolo=3 cliente='lucia boccherini' ore=2", "lucia boccherini", False),
    ("18:31 info rezerwacja stół=6 klient: 'oktawiusz młodzik' karnet=86594", "oktawiusz",
     False),
    ("rose='Gloria Dei' bed=4", "Gloria Dei", True),
])
def test_a_quoted_title(text, name, title):
    start = text.index(name)
    assert a_quoted_title(text, start, start + len(name)) is title


INDEX = ("Personenregister\nErhard, Ludwig 240, 267 f.\nRathenau, Walther 92–94\n"
         "Stresemann, Gustav 95–101, 104\n")


@pytest.mark.parametrize(("text", "name", "entry"), [
    (INDEX, "Rathenau", True),
    ("Índice onomástico\nAzaña, Manuel 102-109, 131\nKent, Victoria 99 s.\n"
     "Suárez, Adolfo 231-240", "Kent", True),
    # no index's heading, or too few entries: a list of people and numbers is people's
    ("Teilnehmer\nWeber, Anna 12\nRoth, Jan 14\nKlein, Eva 9", "Roth", False),
    ("Register\nWeber, Anna 12\nRoth, Jan", "Weber", False),
])
def test_in_a_name_index(text, name, entry):
    assert in_a_name_index(text, text.index(name)) is entry


@pytest.mark.parametrize(("text", "word", "phonetic"), [
    ("bertha-von-suttner-platz\tˈbɛʁta fɔn ˈzʊtnɐ ˌplats\t", "ˈbɛʁta", True),
    ("goethestraße\tˈɡøːtəˌʃtʁaːsə\t\nKunde Hans Müller", "goethe", True),
    ("goethestraße\tˈɡøːtəˌʃtʁaːsə\t\nKunde Hans Müller", "Hans", False),
    ("François Müller, garçon", "François", False),
    ("Hallgerður Þórólfsdóttir's killers sentenced", "Hallgerður", False),  # Icelandic
    ("Ο Γιώργος Παπαδόπουλος τηλεφώνησε", "Γιώργος", False),  # Greek
])
def test_on_a_phonetic_line(text, word, phonetic):
    assert on_a_phonetic_line(text, text.index(word)) is phonetic


@pytest.mark.parametrize(("text", "code", "in_code"), [
    ("Pos. | Teile-Nr. | Bezeichnung\n1 | 0621 448 120 | Brühkolben", "0621", True),
    ("Lab-Nr. | Proben-ID\n25-962589 | RKS 1/2", "25-962589", True),
    ("N° labo | Réf. client | Matrice\n25-664746 | S1/2 | sol", "25-664746", True),
    ("Labnr. | Monstercode | Matrix\n25-482781 | B1/2 | grond", "25-482781", True),
    ("Az. | Bauherr | Vorhaben\n63-312622 | Segebahn GbR | Neubau", "63-312622", True),
    ("Pos | Wagennummer | Serie\n01 | 31 84 4955 116-2 | Sgnss", "31 84", True),
    ("Pos. | N.º vagón | Serie\n3 | 33 71 7838 044-1 | Zacens", "33 71", True),
    ("eni;schiffsname;typ\n04031472126;Kaiser Wilhelm;Gütermotorschiff", "0403", True),
    ("Pos. | N. carro | Serie\n2 | 31 83 4955 311-5 | Sgnss", "31 83", True),
    ("Nome | N. telefono\nAnna Rossi | 02 1234 5678", "02 1", False),
    # a phone's column, whatever its number's word
    ("Name | Telefon-Nr.\nAnna Weber | 0171 2345678", "0171", False),
    ("Name | Tel.nr.\nJan Smit | 06 12345678", "06 1", False),
    ("Name | Handynr.\nAnna Weber | 0171 2345678", "0171", False),
])
def test_a_code_column(text, code, in_code):
    assert in_a_code_column(text, text.index(code)) is in_code


@pytest.mark.parametrize(("text", "name", "old"), [
    ("Beleg | Sammler | Jahr\nB-42 | leg. Friedrich Ehrhart | 1783", "Friedrich", True),
    ("n° | récolteur | année\np-2 | leg. aimé bonpland | 1800", "aimé", True),
    ("Nr | Zbierał | Rok\nKRA-6 | leg. Józef Rostafiński | ca. 1872", "Józef", True),
    # a recent year, a year that is no column's year, an amount
    ("Beleg | Sammler | Jahr\nB-42 | leg. Anna Roth | 1987", "Anna", False),
    ("Beleg | Sammler | Nummer\nB-42 | Anna Roth | 1783", "Anna", False),
    ("Name | Jahr\nAnna Roth | 2024", "Anna", False),
    ("Sammler 1783 Anna Roth", "Anna", False),  # no table
    # a life's span, under any header, begun before 1920
    ("Grab;Name;Lebensdaten\nCH-140;Bertolt Brecht;1898–1956;Dichter", "Bertolt", True),
    ("graf;naam;levensjaren\n104;jacob van heemskerck;1567-1607", "jacob", True),
    ("Poz.;Imię i nazwisko;Lata życia\n4;Adam Asnyk;* 1838 – † 1897", "Adam", True),
    # a span begun later, a span running backwards, a period of service
    ("Grab;Name;Lebensdaten\n7;Anna Roth;1931–2019", "Anna", False),
    ("Name;Jahre\nAnna Roth;1901–1899", "Anna", False),
    ("Name;Mitglied\nAnna Roth;1998–2005", "Anna", False),
])
def test_in_an_old_row(text, name, old):
    assert in_an_old_row(text, text.index(name)) is old


@pytest.mark.parametrize(("text", "word", "header"), [
    ("poz. | opis | stan | cena wywoławcza\n101 | talar 1630 | 3 | 1 800 zł", "cena", True),
    ("Kavel | Omschrijving | Inzet\n101 | Filipsdaalder 1571 | € 450\n102 | gulden | € 9",
     "Omschrijving", True),
    # a first row of names: digits in it, or rows under it without
    ("Anna Roth | 12.03.1980 | Köln\nJan Smit | 01.02.1975 | Delft", "Anna", False),
    ("Anna Roth | Köln\nJan Smit | Delft", "Anna", False),
    # a data row under its header, a line that is no table, the last line
    ("Name | Ort\nAnna Roth | Köln\nJan Smit | 12", "Anna", False),
    ("Anna Roth und Jan Smit\n12 Stück", "Anna", False),
    ("Name | Ort", "Name", False),
])
def test_in_a_header_row(text, word, header):
    assert in_a_header_row(text, text.index(word)) is header


@pytest.mark.parametrize(("text", "word", "no_one"), [
    # headers that name things, places or qualities: a name's shape there is a thing's
    ("Nr.;Boot;Tuch;Termin\nS-401;Gorch Fock;Dacron 220 g;KW 12", "Dacron", True),
    ("nr.;motiv;vorlage;stiche\nks-201;sternennacht;vincent van gogh, 1889;48.600", "vincent",
     True),
    ("Pos. | Modell | Zustand\n1 | Karl Höfner H5 | gut", "Karl", True),
    ("cupola;strumento;intervento\nnord;rifrattore zeiss 150;ingrassare", "rifrattore", True),
    ("Kod\tGatunek\tStyl\nB-510\tklon palmowy\tmiotlasty", "klon", True),
    # headers that may name people: a key that says person, a role, a header for both sexes
    ("Nr.;Reiter/in;Pferd\n1;Quendolin Harzwieser;Fly", "Quendolin", False),
    ("Nr.;Züchter;Pferd\n1;Quendolin Harzwieser;Fly", "Quendolin", False),
    ("Nr | Teilnehmer | Zeit\n1 | Quendolin Harzwieser | 3:12", "Quendolin", False),
    ("Nr | Exposant | Stand\n1 | Gaubertine Malvouzet | B4", "Gaubertine", False),
    ("n.;espositore;stand\n1;ildebranda vezzosi;b4", "ildebranda", False),
    ("nr;wystawca;stoisko\n1;bożysława kwiatoszek;b4", "bożysława", False),
    ("Nr;Zawodnik/zawodniczka;Czas\n1;Bożysława Kwiatoszek;3:12", "Bożysława", False),
    ("N°;déposant(e);date\n1;Gaubertine Malvouzet;12/03", "Gaubertine", False),
    ("Nr.;Name auf Badge;Firma\n1;Quendolin Harzwieser;Acme", "Quendolin", False),
    ("Kamer;Huurder;Sinds\n4;Wobbina Terpstraat;2019", "Wobbina", False),
    # no table: left to the recognizers
    ("Rückruf von Quendolin Harzwieser, Modell XT-4", "Quendolin", False),
])
def test_in_a_column_of_no_one(text, word, no_one):
    assert in_a_column_of_no_one(text, text.index(word)) is no_one


BLENDS = ("Herbstmischungen\nMischung;Herkunft;Röstung\nHeinrich Borowski;Äthiopien;hell\n"
          "Nachtschwarz;Brasilien;dunkel\nGoldener Morgen;Kolumbien;mittel\n"
          "Samtweich;Indien;mittel\nEnde der Liste")
ROUTES = ("| Nr. | Strecke | km |\n|---|---|---|\n| 1 | Kiel – Eckernförde | 32 |\nKüste\n"
          "| 2 | Husum – Tönning | 24 |\n| 3 | Sylt-Runde | 41 |")


@pytest.mark.parametrize(("text", "word", "cells"), [
    (BLENDS, "Nachtschwarz",
     ["Heinrich Borowski", "Nachtschwarz", "Goldener Morgen", "Samtweich"]),
    (BLENDS, "Indien", ["Äthiopien", "Brasilien", "Kolumbien", "Indien"]),
    # a rule line and a sub-heading between two rows belong to the table
    (ROUTES, "Husum", ["Kiel – Eckernförde", "Husum – Tönning", "Sylt-Runde"]),
    # the header's own cell, a line of prose, no header above the first row
    (BLENDS, "Mischung", []),
    (BLENDS, "Ende", []),
    ("Heinrich Borowski;Äthiopien\nNachtschwarz;Brasilien", "Heinrich", []),
])
def test_column_cells(text, word, cells):
    assert [text[a:b] for a, b in column_cells(text, text.index(word))] == cells


def _spans(text: str, *names: str) -> set[tuple[int, int]]:
    return {(text.index(name), text.index(name) + len(name)) for name in names}


PAIRS = ("Startnr.;Paar;Klasse\n11;Gerd Wohlfahrt;D\n12;Jens Ottersbach;C\n"
         "13;Anke Ottersbach;C\n14;Goldene Schleife;B")
ORDERS = ("Auftr.;Kunde;Artikel\n1;Bäckerei Lutz GmbH;Ofen\n2;Heinrich Borowski;Waage\n"
          "3;Stadtwerke Kiel;Pumpe\n4;Autohaus Brandt KG;Hebebühne")


@pytest.mark.parametrize(("text", "word", "names", "lone"), [
    # one name among four blends: a namesake's
    (BLENDS, "Heinrich", ("Heinrich Borowski",), True),
    # two names of four rows are half: a column that may list people
    (BLENDS, "Heinrich", ("Heinrich Borowski", "Goldener Morgen"), False),
    (PAIRS, "Gerd", ("Gerd Wohlfahrt", "Jens Ottersbach", "Anke Ottersbach"), False),
    # names not found but shaped like one count: a column of people whose names no list holds
    ("Lot;Famille;Surface\n1;Gaubertine Malvouzet;12 m²\n2;Ombeline Brévadoux;9 m²\n"
     "3;Atelier commun;20 m²\n4;Serres du parc;15 m²", "Gaubertine", ("Gaubertine Malvouzet",),
     False),
    # too few rows to count
    ("Mischung;Röstung\nHeinrich Borowski;hell\nNachtschwarz;dunkel\nSamtweich;mittel",
     "Heinrich", ("Heinrich Borowski",), False),
    # a header that names a person or a role keeps a lone name
    (ORDERS, "Heinrich", ("Heinrich Borowski",), False),
    (ORDERS.replace("Kunde", "Besteller"), "Heinrich", ("Heinrich Borowski",), False),
    ("Nr;Posiadacz karty;Typ\n1;Dorota Wilk;A\n2;Agro;B\n3;Rolmex;B\n4;Hurtownia;C",
     "Dorota", ("Dorota Wilk",), False),
    # the same columns under a place's header: the name is alone among things
    (ORDERS.replace("Kunde", "Standort"), "Heinrich", ("Heinrich Borowski",), True),
    # no table
    ("Heinrich Borowski hat angerufen.", "Heinrich", ("Heinrich Borowski",), False),
])
def test_a_lone_name_in_its_column(text, word, names, lone):
    assert a_lone_name_in_its_column(text, text.index(word), _spans(text, *names), "de") is lone


@pytest.mark.parametrize(("cell", "language", "shaped"), [
    # unlisted words that no text uses, or listed names: a name's shape
    ("Ombeline Brévadoux", "fr", True),
    ("Gaubertine Brévadoux", "fr", True),
    ("gaubertine malvouzet", "fr", True),
    ("ombeline malvouzet", "fr", True),
    ("Heinrich Borowski", "de", True),
    ("Jan van Wezemaal", "nl", True),  # a particle between
    # common words of the language or of English, one word, a code or mixed case
    ("Goldener Morgen", "de", False),
    ("Notte Scura", "it", False),
    ("Olympia Looping", "fr", False),
    ("Nachtschwarz", "de", False),
    ("Typ 4 Blau", "de", False),
    ("Heinrich borowski", "de", False),
    ("Serres du parc", "fr", False),
])
def test_shaped_like_a_name(cell, language, shaped):
    assert shaped_like_a_name(cell, language) is shaped
