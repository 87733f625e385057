"""Well-known names are no data subjects': a lifetime long past, or a listed name."""

import pytest

from classifiers.recognizers.historical import (
    a_head_of_government,
    a_ruler,
    a_well_known_name,
    an_anniversary_before,
    credited_or_record_holders,
    credited_with_a_work,
    historical_year_on_line,
    in_a_bibliographic_record,
    in_a_chronicle,
    in_a_list_of_acquisitions,
    in_a_list_of_characters,
    in_a_surtitle_cue_list,
    lifetime_after,
    made_long_ago_by,
    named_after_before,
    on_a_season_programme_line,
    on_a_work_catalogue_line,
    on_a_works_line,
    on_an_artworks_line,
    on_an_etymology_line,
    well_known_at,
)


@pytest.mark.parametrize(("text", "name", "long_dead"), [
    ("Lucas Cranach d. Ä. (Kronach 1472 – Weimar 1553) und Werkstatt", "Lucas Cranach", True),
    ("Züchters trägt: Friedrich Louis Dobermann (2.1.1834 – 9.6.1894). Er war",
     "Friedrich Louis Dobermann", True),
    ("Maria Montessori (1870–1952)", "Maria Montessori", True),
    # the name's last words or a byname between
    ("1842 Maria Adelaide d'Asburgo-Lorena (1822–1855)", "Maria Adelaide", True),
    ("└─ Maria Antonia, gen. Marie Antoinette (1755–1793), Königin", "Maria Antonia", True),
    # dead in this century
    ("Namensgeberin: Elisabeth Mann Borgese (1918–2002), Seerechtlerin",
     "Elisabeth Mann Borgese", True),
    # a living person's years, or no lifetime
    ("Anna Schmidt (2012–2019) leitete das Team", "Anna Schmidt", False),
    ("Anna Schmidt (Tel. 030 1234 – 5678)", "Anna Schmidt", False),
    ("Anna Schmidt, geboren 1972", "Anna Schmidt", False),
    # a death's year alone, long past
    ("2 Monumento funebre del vescovo Guido Tarlati († 1327)", "Guido Tarlati", True),
    ("2 Grafmonument van bisschop Jan van Arkel († 1378)", "Jan van Arkel", True),
    ("2 Nagrobek biskupa Piotra Tomickiego (zm. 1535)", "Piotra Tomickiego", True),
    ("Traueranzeige: Anna Schmidt († 2024)", "Anna Schmidt", False),
    ("Anna Schmidt (Kd. 1327)", "Anna Schmidt", False),
])
def test_a_lifetime_long_past_after_a_name(text, name, long_dead):
    assert lifetime_after(text, text.index(name) + len(name)) is long_dead


@pytest.mark.parametrize(("text", "name", "historical"), [
    ("Dezember · 180 Cent · 200. Geburtstag Bernhard Riemann – die Zetafunktion",
     "Bernhard Riemann", True),
    ("gepflanzt 1883 zum 400. Geburtstag Martin Luthers", "Martin Luthers", True),
    ("Dezember · 180 Cent · 100. Todestag Rainer Maria Rilke", "Rainer Maria Rilke", True),
    ("février · 100e anniversaire de la naissance de Valéry Giscard d'Estaing",
     "Valéry Giscard", True),
    ("août · 200e anniversaire de la mort de René Laennec", "René Laennec", True),
    ("bicentenaire de la naissance de Louis Pasteur", "Louis Pasteur", True),
    ("el 150.º aniversario del nacimiento de Isaac Albéniz", "Isaac Albéniz", True),
    ("junio · centenario de la muerte de Antoni Gaudí", "Antoni Gaudí", True),
    ("agosto · 250° anniversario della nascita di Amedeo Avogadro", "Amedeo Avogadro", True),
    ("marzo · centenario della nascita di Dario Fo", "Dario Fo", True),
    ("de 150ste geboortedag van Multatuli: Eduard Douwes Dekker", "Multatuli", True),
    ("200. rocznica urodzin Fryderyka Chopina", "Fryderyka Chopina", True),
    ("100-lecie urodzin Stanisława Lema", "Stanisława Lema", True),
    ("the 250th anniversary of the birth of Jane Austen", "Jane Austen", True),
    # a birthday anyone living may have, and a year's number
    ("zum 60. Geburtstag von Bernhard Riemann: Tel. 0171 2345678", "Bernhard Riemann", False),
    ("Oma feiert ihren 100. Geburtstag – Gratulation an Erna Kowalski", "Erna Kowalski", False),
    ("Rechnung 2024. Geburtstag Hans Kübler", "Hans Kübler", False),
    ("50e anniversaire de la naissance de Léa Martin", "Léa Martin", False),
])
def test_a_name_after_a_hundredth_anniversary(text, name, historical):
    assert an_anniversary_before(text, text.index(name)) is historical



@pytest.mark.parametrize(("span", "historical"), [
    ("Gotthold Ephraim Lessing", True), ("Friedrich Schiller", True), ("Voltaire", True),
    ("pedro calderón", True),  # part of "Pedro Calderón de la Barca", in lower case
    ("Marii Skłodowskiej-Curie", True), ("Giuseppe Verdi", True), ("Jules-Ferry", False),
    ("Victor", False),  # a first name alone is anyone's
    ("Anna Schmidt", False), ("Victor Weber", False), ("Giuseppe Rossi", False),
    # characters of fiction, brands named after their founders
    ("harry potter", True), ("Douwe Egberts", True), ("Giorgio Armani", True),
    ("Yves Rocher", True), ("Massimo Dutti", True), ("jeff de bruges", True),
    ("Albert Heijn", True), ("Irena Eris", True), ("Jean Louis David", True),
    ("Ferrero Rocher", True), ("Gustav Becker", True), ("Gill Sans", True),
    ("Jean Louis", False),  # a part of a brand's name is anyone's
    ("Álvaro Moreno", False), ("Paul Smith", False),  # someone bears these
    # WordNet's people, accents folded; not a common first name with a common surname, nor
    # a surname with its particle
    ("Konrad Adenauer", True), ("Franz Liszt", True), ("Édith Piaf", True),
    ("Frédéric Chopin", True),  # first and last word of "Frederic Francois Chopin"
    ("edith piaf", True), ("Marie Curie", True),
    ("Hans Fischer", False), ("Robert Wilson", False), ("John Smith", False),
    ("Antonín Dvořák", False),  # Dvořák is a common Czech surname, Antonín a first name
    ("de Vries", False), ("Guusje de Vries", False), ("Konrad Fischer", False),
    ("John Ernst", False),  # a part of WordNet's "John Ernst Steinbeck" is anyone's
    # Pantheon's people, the twentieth century's among them
    ("Louis de Funès", True), ("Charles Aznavour", True), ("Dario Fo", True),
    ("Antoni Gaudí", True), ("Manuel Azaña", True),
    # an index's inverted name
    ("Curie, Marie", True), ("Schiller, Friedrich", True), ("Fischer, Hans", False),
    # a German genitive, not a surname alone's nor anyone's
    ("Martin Luthers", True), ("Anna Webers", False), ("Luthers", False),
])
def test_a_listed_historical_name(span, historical):
    assert a_well_known_name(span) is historical


@pytest.mark.parametrize(("text", "name", "namesake"), [
    ("Goethite · FeO(OH) · dal nome di Goethe · Rio Marina", "di Goethe", True),
    ("Die Rebsorte trägt den Namen Hermann Müllers aus dem Thurgau", "Hermann Müllers", True),
    ("La bourse, en hommage à Simone Veil, est attribuée", "Simone Veil", True),
    ("de zaal is vernoemd naar Willem Mengelberg", "Willem Mengelberg", True),
    ("Sellaite · MgF₂ · in onore di Quintino Sella", "Quintino Sella", True),
    ("nagroda przyznawana na cześć Kornela Makuszyńskiego", "Kornela Makuszyńskiego", True),
    # a person named, not honoured
    ("Cliente Hermann Müller ha chiamato per la fattura", "Hermann Müller", False),
    ("Der Name des Kunden ist Anna Weber", "Anna Weber", False),
    ("Rappel demandé par Simone Veil, client depuis 2019", "Simone Veil", False),
])
def test_a_name_after_named_after_is_a_namesake(text, name, namesake):
    assert named_after_before(text, text.index(name)) is namesake


@pytest.mark.parametrize(("text", "name", "composer"), [
    ("Concert\nGabriel Fauré : Pavane, op. 50\nRéservations", "Gabriel Fauré", True),
    ("johannes brahms: sinfonie nr. 4 e-moll op. 98", "johannes brahms", True),
    ("Brandenburgisches Konzert Nr. 3 G-Dur BWV 1048 (Johann Sebastian Bach)",
     "Johann Sebastian Bach", True),
    ("Henryk Mikołaj Górecki: III Symfonia op.36", "Henryk Mikołaj Górecki", True),
    ("Joseph Haydn: Sonate Hob. XVI:52", "Joseph Haydn", True),
    # a catalogue number on another line, or no work's number
    ("Lisa Bauer (Klavier)\nBrahms: Intermezzo op. 118", "Lisa Bauer", False),
    ("Anna Müller: Rückruf wegen KVK", "Anna Müller", False),
    ("Paziente Mario Rossi, opposizione al trattamento", "Mario Rossi", False),
    ("Jan Kowalski, rv 12, op. Anna", "Jan Kowalski", False),
])
def test_a_name_on_a_work_catalogue_line_is_a_composers(text, name, composer):
    assert on_a_work_catalogue_line(text, text.index(name)) is composer


@pytest.mark.parametrize(("text", "name", "chronicle"), [
    ("Ils sont nés un 7 novembre :\n1943 – Joni Mitchell, chanteuse", "Joni Mitchell", True),
    ("Zmarli:\n1938 – Gabriele D'Annunzio, poeta", "Gabriele D'Annunzio", True),
    ("* 1990 - Emma Watson, attrice, a Parigi", "Emma Watson", True),
    # a year elsewhere on the line, or a number that is no year
    ("Kunde seit 2019 – Anna Weber, Rückruf erbeten", "Anna Weber", False),
    ("Ticket 4711 – Anna Weber", "Anna Weber", False),
    ("2024-05-03 – Anna Weber hat angerufen", "Anna Weber", False),
])
def test_a_name_opening_a_chronicle_entry(text, name, chronicle):
    assert in_a_chronicle(text, text.index(name)) is chronicle


ETYMOLOGIES = ("Wörter, die auf Namen zurückgehen\nBoykott – nach Charles Boycott (1880)\n"
               "Zeppelin – nach Ferdinand Graf von Zeppelin\n"
               "Diesel – nach dem Ingenieur Rudolf Diesel\n")


@pytest.mark.parametrize(("text", "name", "eponym"), [
    ("boicot – de Charles Boycott, administrador\nguillotina – del médico Joseph Guillotin\n"
     "zepelín – de Ferdinand von Zeppelin", "Joseph Guillotin", True),
    (ETYMOLOGIES, "Ferdinand Graf von Zeppelin", True),
    (ETYMOLOGIES, "Rudolf Diesel", True),
    ("bojkot – od Charlesa Boycotta\ngilotyna – od lekarza Josepha Guillotina\n"
     "makadam – od szkockiego inżyniera Johna McAdama", "Johna McAdama", True),
    # one such line, a name on another line, or a date before the dash
    ("Miete – von Anna Weber, bitte zurückrufen", "Anna Weber", False),
    (ETYMOLOGIES + "Aufgabe: Anna Weber sammelt die Blätter ein.", "Anna Weber", False),
    ("2024-05-03 – de Juan García\n2024-05-04 – de Ana Ruiz\n2024-05-05 – de Eva Gil",
     "Juan García", False),
])
def test_a_name_a_word_comes_from(text, name, eponym):
    assert on_an_etymology_line(text, text.index(name)) is eponym


@pytest.mark.parametrize(("text", "name", "known"), [
    ("Bodega Don Quijote · vinos por copas", "Quijote", True),
    ("Dzwonił pan Tadeusz w sprawie faktury", "Tadeusz", False),  # "Mr Tadeusz"
    ("Johann Sebastian Bach: Toccata", "Johann Sebastian Bach", True),
    ("Rozmowa z Pan Tadeusz Nowak", "Tadeusz Nowak", False),
    ("Don Pedro Sánchez llamó", "Pedro Sánchez", False),
    ("Restauracja Pan Tadeusz", "Tadeusz", False),  # the epic is "Mr Tadeusz" too
    # the words after it complete a listed name
    ("février · 100 ans de Valéry Giscard d'Estaing", "Valéry Giscard", True),
    ("Gemälde von Pierre-Auguste Renoir und Claude Monet", "Pierre-Auguste", False),
    ("Kunde Hans Johann Sebastian Bach-Straße 3", "Hans Johann", False),
])
def test_a_well_known_name_with_the_word_before_it(text, name, known):
    start = text.index(name)
    assert well_known_at(text, start, start + len(name)) is known


@pytest.mark.parametrize(("text", "name", "ruler"), [
    # a ruler's title in lower case, a regnal number or a house after, the title after
    ("der protest gegen könig ernst august von hannover", "ernst august", True),
    ("gegen könig ernst august", "könig ernst", True),
    ("König Ludwig II. ließ das Schloss bauen", "Ludwig", True),
    ("Königin Luise von Preußen", "Luise", True),
    ("Maria Theresia (1717–1780), Erzherzogin von Österreich", "Maria Theresia", True),
    ("visita del re vittorio emanuele a torino", "vittorio emanuele", True),
    ("Stifter: Graf Friedrich von Falkenstein, 1412", "Graf Friedrich von Falkenstein", True),
    ("la contessa eleonora ardenghi fece costruire la villa", "eleonora ardenghi", True),
    ("Antragsgegner: Willrich Graf, Margot-Kühnert-Platz 74", "Willrich Graf", False),
    ("Rückruf: Graf Anna, Weber Max", "Graf Anna", False),
    # a surname that is a title, a first name that is one, a person's job
    ("Teilnehmer: König Anna, Weber Max", "Anna", False),
    ("klient: regina roter, czeka od tygodnia", "roter", False),
    ("Kunde Hans Müller, Fahrer", "Hans Müller", False),
    ("Re: Anna Weber", "Anna Weber", False),
    ("na wzgórzu widać króla Władysława Jagiełłę", "Władysława", True),  # inflected
    # a ruler's byname
    ("Karl der Große, Hildegard von Bingen und Friedrich Barbarossa", "Friedrich Barbarossa",
     True),
    ("Cada época tiene seis personajes. Isabel la Católica, el Gran Capitán", "Isabel", True),
    ("Philippe le Bel", "Philippe", True),
    ("Kundin Anna Große, Tel. 0171", "Anna Große", False),
])
def test_a_rulers_name(text, name, ruler):
    start = text.index(name)
    assert a_ruler(text, start, start + len(name)) is ruler


@pytest.mark.parametrize(("text", "name", "office"), [
    ("CDU/CSU (Kanzlerkandidat Rainer Barzel): 44,9 %", "Rainer Barzel", True),
    ("1994 · Richard von Weizsäcker, Bundespräsident a. D.", "Richard von Weizsäcker", True),
    ("le Premier ministre Michel Debré a signé", "Michel Debré", True),
    ("el presidente del Gobierno Adolfo Suárez dimitió", "Adolfo Suárez", True),
    ("1989 – Tadeusz Mazowiecki, premier", "Tadeusz Mazowiecki", True),
    ("Otto von Bismarck, Reichskanzler", "Otto von Bismarck", True),
    # an office's word inside another word, or no office
    ("Kunde Rainer Barzel, Premierkunde seit 2010", "Rainer Barzel", False),
    ("Klubpräsident Rainer Barzel lädt ein", "Rainer Barzel", False),
    ("Rainer Barzel, Bundesbahnbeamter", "Rainer Barzel", False),
])
def test_a_head_of_governments_name(text, name, office):
    start = text.index(name)
    assert a_head_of_government(text, start, start + len(name)) is office


@pytest.mark.parametrize(("text", "name", "work"), [
    ("4. michael jackson – billie jean (1983)\n5. nena", "michael", True),
    ("literatur: steffen martus, „die brüder grimm. eine biographie“ (2009)", "steffen", True),
    ("1. Chicaiza, Maríangel – operario/a de máquina", "Chicaiza", False),
    ("Anna Weber – Rückruf erbeten (dringend)", "Anna", False),
])
def test_a_name_on_a_works_line(text, name, work):
    assert on_a_works_line(text, text.index(name)) is work


@pytest.mark.parametrize(("text", "credits"), [
    ("Mit Jürgen Prochnow (Der Alte)\nRegie: Wolfgang Petersen · nach dem Roman", True),
    ("Avec Audrey Tautou\nRéalisation : Jean-Pierre Jeunet · musique : Yann Tiersen", True),
    ("Występują: Jerzy Stuhr\nReżyseria: Juliusz Machulski", True),
    ("Leichtathletik – Weltrekorde\n100 m Männer · 9,58 s · Usain Bolt", True),
    ("Atletismo – récords mundiales\n100 m masculino · Usain Bolt", True),
    # an address's label, a job title, a club's record
    ("Cliente: Ana López\nDirección: Calle Mayor 5", False),
    ("Director: Jane Smith, 555 0132", False),
    ("Vereinsrekord 100 m: Anna Weber, 12,1 s", False),
])
def test_credits_and_world_records(text, credits):
    assert credited_or_record_holders(text) is credits


@pytest.mark.parametrize(("text", "name", "maker"), [
    ("Erbaut 1734 von Gottfried Silbermann, restauriert 2009", "Gottfried Silbermann", True),
    ("Orgue construit en 1863 par Aristide Cavaillé-Coll", "Aristide Cavaillé-Coll", True),
    ("Zbudowane w 1905 r. przez Jana Śliwińskiego, odnowione", "Jana Śliwińskiego", True),
    ("gebouwd in 1740 door Arp Schnitger", "Arp Schnitger", True),
    # a year anyone living may have acted in
    ("Gekauft 1998 von Hans Kübler, Tel. 0171 2345678", "Hans Kübler", False),
    ("Restauriert 2009 von Anna Weber", "Anna Weber", False),
])
def test_the_maker_of_something_made_long_ago(text, name, maker):
    assert made_long_ago_by(text, text.index(name)) is maker


@pytest.mark.parametrize(("text", "name", "artist"), [
    ("Kat. 13 · Lyonel Feininger, Ostseedünen, 1936 · Aquarell · Inv.-Nr. 811988",
     "Lyonel Feininger", True),
    ("Cat. 13 · Eugène Boudin, Plage de Trouville, 1865 · huile sur toile", "Eugène Boudin",
     True),
    ("kat. 12 · józef chełmoński, bociany, 1900 · olej na płótnie", "józef chełmoński", True),
    ("Cat. 12 · Giovanni Fattori, La rotonda di Palmieri, 1866 · olio su tavola",
     "Giovanni Fattori", True),
    # a medium without a year, a year without a medium, a medium on another line
    ("Kursleitung: Anna Weber · Aquarell für Anfänger", "Anna Weber", False),
    ("Anna Weber, Kundin seit 1996", "Anna Weber", False),
    ("Kurs 1996: Aquarell\nAnmeldung: Anna Weber", "Anna Weber", False),
])
def test_a_name_on_an_artworks_line(text, name, artist):
    assert on_an_artworks_line(text, text.index(name)) is artist


@pytest.mark.parametrize(("text", "name", "historical"), [
    ("901 · Diego Velázquez, Las meninas, 1656 · P001174", "Diego Velázquez", True),
    ("Créée par Auguste Escoffier au Savoy de Londres, vers 1893, en l'honneur de Nellie Melba.",
     "Nellie Melba", True),
    ("eine frühe fassung stammt vom hofkoch louis ferdinand jungius (1839).",
     "louis ferdinand jungius", True),
    ("401 · Albrecht Dürer: Bildnis des Hieronymus Holzschuher, 1526", "Albrecht Dürer", True),
    # a recent year, an amount, a postcode, a number, a year on another line
    ("Anna Weber, Kundin seit 1996.", "Anna Weber", False),
    ("Gutschrift an Anna Weber, 1500 € am Freitag", "Anna Weber", False),
    ("Anna Weber, Hauptstraße 5, 1190 Wien", "Anna Weber", False),
    ("Rückruf an Anna Weber, Kd.-Nr. 1523.", "Anna Weber", False),
    ("Chronik 1856.\nRückruf an Anna Weber", "Anna Weber", False),
    # a chronicle's line for a year before 1920, the name anywhere on it
    ("1167 – La città aderisce alla Lega Lombarda contro Federico Barbarossa.",
     "Federico Barbarossa", True),
    ("1410 – Przez miasto ciągną wojska Władysława Jagiełły", "Władysława Jagiełły", True),
    ("2019 – Anna Weber übernimmt den Vorsitz.", "Anna Weber", False),
    ("1523 Anna Weber Kundennummer", "Anna Weber", False),
])
def test_a_name_on_a_line_dated_before_1920(text, name, historical):
    assert historical_year_on_line(text, text.index(name)) is historical


@pytest.mark.parametrize(("text", "name", "credited"), [
    ("Kino Fellini\n18:00 · Il Gattopardo (Luchino Visconti)\n", "Luchino Visconti", True),
    ("Kino Kieślowski\n16:00 · Krzyżacy (1960, reż. Aleksander Ford)", "Aleksander Ford", True),
    ("So 13:00: Filmfrühstück mit Einführung zu Fritz Langs „Metropolis“", "Fritz Lang", True),
    ("Festival du film\n16 h 30 Cléo de 5 à 7 (Agnès Varda, 1962)", "Agnès Varda", True),
    # a practice's schedule, a customer before a quoted word, an e-mail's subject
    ("Praxis Dr. Roth\n10:30 · Physio (Anna Weber)", "Anna Weber", False),
    ("Kundin Anna Weber „dringend“ zurückrufen", "Anna Weber", False),
    ('Betreff: "Rechnung" von Anna Weber', "Anna Weber", False),
    # a quoted title, then its author, in a text that dates a work before 1920
    ("Przed tobą „Bitwa pod Grunwaldem” Jana Matejki, ukończona w 1878 roku.", "Jana Matejki",
     True),
    ("la «Vocazione di san Matteo» di Michelangelo Merisi, dipinta tra il 1599 e il 1600",
     "Michelangelo Merisi", True),
    ('Betreff: "Angebot Küche" von Anna Weber, Tel. 1850', "Anna Weber", False),
    ('Betreff: "Angebot Küche" von Anna Weber seit 2020', "Anna Weber", False),
])
def test_a_name_credited_with_a_work(text, name, credited):
    start = text.index(name)
    assert credited_with_a_work(text, start, start + len(name)) is credited


SCHILLER = ("Friedrich Schiller: Kabale und Liebe (1784)\nPersonen:\n"
            "Präsident von Walter · Ferdinand, sein Sohn\nLuise, dessen Tochter\n"
            "Premiere am 25.11.2004, Großes Haus · Einführung: Anna Weber")
FREDRO = ("Aleksander Fredro: Zemsta (1834)\nOsoby:\nCześnik Maciej Raptusiewicz · Klara\n"
          "\nObsada: Anna Nowak (Klara)")


@pytest.mark.parametrize(("text", "name", "character"), [
    (SCHILLER, "Walter", True),
    (SCHILLER, "Luise", True),
    (FREDRO, "Maciej", True),
    # after the premiere's date or a blank line: the cast and the staff are people
    (SCHILLER, "Anna Weber", False),
    (FREDRO, "Anna Nowak", False),
    ("Besetzung: Anna Weber (Luise)", "Anna Weber", False),
])
def test_a_name_in_a_plays_list_of_characters(text, name, character):
    assert in_a_list_of_characters(text, text.index(name)) is character


@pytest.mark.parametrize(("text", "surtitles"), [
    ("Übertitel – „Le nozze di Figaro“, 2. Akt\nQ 204 | Graf Almaviva | Hab ich den Prozess",
     True),
    ("Sopratitoli – «La traviata», atto I\nS 103 | Violetta | «È strano!»", True),
    ("napisy – „Straszny dwór”\nN 12 | Hanna | Spod igły kwiaty rosną", True),
    # a heading further down, or none
    ("Besetzung: Anna Weber (Gräfin)\nÜbertitel: Jan Roth", False),
    ("Q 204 | Graf Almaviva | Hab ich den Prozess", False),
])
def test_an_operas_surtitle_cue_list(text, surtitles):
    assert in_a_surtitle_cue_list(text) is surtitles


@pytest.mark.parametrize(("text", "record"), [
    ("100 1_ $a Goethe, Johann Wolfgang von $d 1749-1832 $4 aut\n"
     "245 10 $a Faust $c Johann Wolfgang Goethe", True),
    ("Titelbeschrijving (MARC 21)\n100 0_ $a Multatuli $d 1820-1887\n"
     "500 __ $a Eduard Douwes Dekker", True),
    # one field line alone; a price list's numbers
    ("100 1_ $a Anna Roth", False),
    ("100 Stück à 2 $ an Anna Roth\n245 Stück à 3 $", False),
])
def test_a_bibliographic_record(text, record):
    assert in_a_bibliographic_record(text) is record


OPERA = ("Teatro dell'Opera – la stagione 2026/27 in breve\nNuove produzioni\n"
         "Vincenzo Bellini: Norma\nClaudio Monteverdi: L'incoronazione di Poppea\n"
         "Riprese: Giacomo Puccini, Madama Butterfly · Giuseppe Verdi, Rigoletto\n"
         "Ufficio stampa: Anna Rossi, 02 1234 5678\nCoordinamento artistico: Marta Bianchi")


@pytest.mark.parametrize(("text", "name", "programme"), [
    (OPERA, "Vincenzo", True),
    (OPERA, "Poppea", True),
    (OPERA, "Giacomo", True),
    # a press office's line with its number; a staff's function in common words
    (OPERA, "Anna Rossi", False),
    (OPERA, "Marta Bianchi", False),
    ("Vincenzo Bellini: Norma", "Vincenzo", False),  # no season's words
])
def test_a_name_on_a_season_programmes_line(text, name, programme):
    assert on_a_season_programme_line(text, text.index(name)) is programme


@pytest.mark.parametrize(("text", "name", "listed"), [
    ("Neuerwerbungen der Stadtbücherei\nDroste-Hülshoff, Annette von: Die Judenbuche",
     "Droste", True),
    ("Biblioteca civica – nuove acquisizioni\nVerga, Giovanni – Mastro-don Gesualdo", "Verga",
     True),
    ("biblioteka – nowości\nprus, bolesław – emancypantki", "prus", True),
    ("Biblioteca – novedades del mes\nAlas, Leopoldo «Clarín»: La Regenta", "Alas", True),
    # a reminder of a loan names its borrower; an acquisitions list's other lines
    ("Mahnung Stadtbücherei\nWeber, Anna: Die Judenbuche – fällig seit 12.03.", "Weber", False),
    ("Neuerwerbungen – Fragen an Anna Weber", "Anna", False),
])
def test_a_name_in_a_list_of_acquisitions(text, name, listed):
    assert in_a_list_of_acquisitions(text, text.index(name)) is listed
