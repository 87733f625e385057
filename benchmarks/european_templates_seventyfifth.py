"""The seventy-fifth round of European templates, written blind: per language (de, fr, es,
it, nl, pl), 12 notes that hold a person's data and 12 that hold none, written by hand for
the accuracy harness (`eval_european.py`) without running any classifier on them.

Placeholders are those of `eval_european.Filler`. A template written all in lower case is
meant to be filled in lower case (`Filler.fill(template, lower_as_written=True)`).
"""

from __future__ import annotations

PERSONAL_SEVENTYFIFTH: dict[str, list[str]] = {
    "de": [
        "Schachclub Springer {city} – Vereinsmeisterschaft, Paarungen der 5. Runde\n"
        "Brett | Weiß | Schwarz | Ergebnis\n"
        "1 | {name} | {name2} | 1–0\n"
        "spielfrei: {name3} (erhält einen halben Punkt)\n"
        "Bedenkzeit 90 Min. plus 30 Sek. pro Zug, Handys bitte ausgeschaltet in der Jacke.\n"
        "Nachholpartien bis Freitag beim Turnierleiter melden.",
        "Stichpunkte für die Trauerrede – Friedhofskapelle {city}, Donnerstag 11 Uhr\n"
        "- Begrüßung, danach Lied „So nimm denn meine Hände“\n"
        "- Lebensweg von {name}: Kindheit auf dem Hof, Lehre als Schreiner\n"
        "- 1968 Hochzeit, drei Kinder, sieben Enkel, die Werkstatt hinterm Haus\n"
        "- Gesangverein, Modellschiffe, jeden Sonntag der Spaziergang zum Wehr\n"
        "- Dank an das Hospizteam, anschließend Beisetzung im Urnenfeld",
        "{first} hast du schon für den lottoschein eingezahlt? von dir und {name2} fehlen\n"
        "noch je 5 €, samstag ist ziehung",
        "Kleiderkammer der Diakonie {city} – Ausgabe am {date}\n"
        "Nr. | Name | Personen im Haushalt | Ausgegeben\n"
        "1 | {name} | 4 | Winterjacke Gr. 140, zwei Paar Schuhe\n"
        "2 | {name2} | 1 | Bettwäsche, Handtücher\n"
        "3 | {name3} | 3 | Babykleidung Gr. 68–74, Kinderwagen\n"
        "Nächste Ausgabe Dienstag 10–12 Uhr, Spenden werden nur donnerstags angenommen.",
        "Repair-Treff im Gemeindehaus {city} – Laufzettel Nr. {num}\n"
        "Gerät: Toaster, zwei Schlitze, ca. 15 Jahre alt\n"
        "Fehlerbeschreibung: heizt nur noch auf einer Seite\n"
        "Besitzer/in: {name}, Tel. {phone}, {email}\n"
        "Ergebnis: Heizdraht gebrochen, Ersatzteil muss bestellt werden – wir melden uns\n"
        "Haftungsausschluss gelesen und unterschrieben: ja",
        "2026-04-07 06:58:31 terminal halle 3 eingang süd: kommen – {name} "
        "(pers.-nr. {num})",
        "Kneipenliga Bezirk {city}, 9. Spieltag – Zum Anker gegen Dartfreunde {city2}\n"
        "Spieler\tLegs\tAverage\tHigh Finish\n"
        "{name}\t9:4\t61,3\t121\n"
        "{name2}\t6:7\t48,9\t64\n"
        "{name3}\t8:5\t55,0\t100\n"
        "Endstand 7:5 für den Anker, nächstes Heimspiel am Dienstag um 20 Uhr.",
        "Betreff: Fußball in Ihrem Küchenfenster – der Schaden von gestern Nachmittag\n"
        "Hallo liebe Nachbarn,\n"
        "es tut uns sehr leid: Unser Sohn hat beim Kicken im Hof Ihr Küchenfenster getroffen.\n"
        "Wir haben den Schaden schon unserer Haftpflichtversicherung gemeldet,\n"
        "Schadennummer {num}. Schicken Sie die Rechnung vom Glaser bitte einfach an uns.\n"
        "Viele Grüße\n"
        "{name}\n"
        "{street}, Tel. {phone}",
        "Sa 11:00 Probe im Standesamt – {first} & {name2}, Ringe und Ausweise mitnehmen",
        "Deutsches Sportabzeichen – Prüfkarte Erwachsene, Sportplatz {city}\n"
        "Name: {name}\n"
        "Geburtsdatum: {date}\n"
        "Ausdauer: 3000-m-Lauf – 14:52 min (Gold)\n"
        "Kraft: Standweitsprung – 2,05 m (Silber)\n"
        "Schnelligkeit: 100-m-Lauf – 14,8 s (Silber)\n"
        "Koordination: Seilspringen – Gold · Schwimmnachweis liegt vor\n"
        "Prüfer/in: Lizenz-Nr. {num}",
        "Tippspiel Abteilung Einkauf – Stand nach dem 26. Spieltag\n"
        "Platz\tName\tPunkte\tExakte Tipps\n"
        "1\t{name}\t168\t21\n"
        "2\t{name2}\t161\t18\n"
        "3\t{name3}\t149\t15\n"
        "Einsatz 20 € pro Kopf, der Pott geht am Saisonende an die ersten drei (50/30/20).",
        "notiz für montag: {addr} wegen der hecke ansprechen, die ragt schon wieder weit "
        "auf den gehweg",
    ],
    "fr": [
        "Club de tarot de {city} – classement du tournoi du vendredi\n"
        "Rang\tJoueur\tDonnes\tPoints\n"
        "1\t{name}\t24\t+612\n"
        "2\t{name2}\t24\t+288\n"
        "3\t{name3}\t24\t-145\n"
        "Prochain tournoi dans quinze jours, inscription 5 € sur place, galette offerte.",
        "Vacances de février – qui nourrit les chats de l'immeuble ?\n"
        "Dates | Voisin(e) | Étage | Portable\n"
        "du 14 au 18 | {name} | 2e gauche | {phone}\n"
        "du 19 au 23 | {name2} | 4e droite | {phone}\n"
        "du 24 au 28 | {name3} | RDC | {phone}\n"
        "Croquettes et litière dans le local à vélos, la clé est dans la boîte du 2e.",
        "{first} t'as toujours les clés du local ? on répète à 20h, et ramène ta basse stp",
        "rendre le plat à gratin à {addr} avant dimanche, elle me l'a déjà redemandé "
        "deux fois",
        "19:42:07 caisse 02 : annulation du ticket {num} validée par {name} (resp. de caisse)",
        "Objet : candidature bénévole – festival de la bande dessinée\n"
        "Bonjour,\n"
        "j'ai vu votre appel sur le site : je serais disponible les trois jours du festival,\n"
        "de préférence à l'accueil des auteurs ou à la buvette. J'ai déjà été bénévole\n"
        "sur plusieurs festivals de musique et je suis titulaire du PSC1.\n"
        "Vous pouvez me joindre au {phone} ou par mail : {email}.\n"
        "Bien cordialement,\n"
        "{name}",
        "Club subaquatique de {city} – fiche d'inscription saison 2026-2027\n"
        "Nom et prénom : {name}\n"
        "Date de naissance : {date}\n"
        "Niveau : N2 – licence n° {num}\n"
        "Certificat médical de non contre-indication : fourni le {date}\n"
        "Personne à prévenir en cas d'accident : {name2}, {phone}\n"
        "Cotisation : {amount} €, payée par chèque",
        "Faire-part\n"
        "{first} est arrivé le {date} à 4 h 12, avec 3,4 kg de bonheur et plein de cheveux.\n"
        "{name2} et {name3} sont les plus heureux des parents.\n"
        "La maternité de {city} est bien gardée : merci de patienter un peu avant les visites !",
        "ven. 18h – pot de départ de {name}, salle du 3e, cagnotte à l'accueil",
        "Loto du Football Club de {city} – liste des gagnants, {date}\n"
        "Partie | Lot | Gagnant(e) | Commune\n"
        "1 | panier garni | {name} | {city}\n"
        "4 | bon d'achat de 150 € | {name2} | {city2}\n"
        "9 | téléviseur 55 pouces | {name3} | {city}\n"
        "Les lots non réclamés sont à retirer au club-house avant la fin du mois.",
        "grainothèque de la médiathèque – cahier des échanges\n"
        "{date} : {name} dépose tomates cœur de bœuf et haricots à rames\n"
        "{date} : {name2} emprunte 2 sachets de radis\n"
        "{date} : {name3} dépose des graines de capucines, récolte 2025\n"
        "pensez à noter la variété et l'année sur chaque sachet",
        "Procès-verbal de l'assemblée générale du comité de jumelage – extrait\n"
        "Après dépouillement, le nouveau bureau est composé comme suit :\n"
        "- président : {name}\n"
        "- trésorière : {name2}\n"
        "- secrétaire : {name3}\n"
        "Le rapport financier est adopté à l'unanimité. La séance est levée à 21 h 40.",
    ],
    "es": [
        "Porra del Mundial – oficina de {city}\n"
        "Participante | Campeón | Final | Pagado\n"
        "{name} | España | España 2-1 Brasil | sí\n"
        "{name2} | Argentina | Argentina 1-0 Francia | sí\n"
        "{name3} | Alemania | Alemania 3-1 Portugal | no\n"
        "Bote: 10 € por cabeza. Quien acierte campeón y resultado exacto se lo lleva todo.",
        "Club de montaña de {city} – excursión a los Picos de Europa, salida a las 6:30\n"
        "Asiento | Socio/a | Parada | Móvil\n"
        "1 | {name} | estación de autobuses | {phone}\n"
        "2 | {name2} | rotonda del polígono | {phone}\n"
        "3 | {name3} | gasolinera de la entrada | {phone}\n"
        "Llevad bocadillo, agua y frontal. Vuelta prevista hacia las 21:00.",
        "{first} acuérdate de que esta semana te toca bajar la basura, que no se te olvide "
        "otra vez 😅",
        "llamar a {addr} por lo del trastero, dice que lo deja libre a primeros de junio",
        "23:48:12 garaje comunitario – apertura con mando n.º 17 ({name}, plaza 37)",
        "Asunto: baja del comedor escolar a partir de marzo\n"
        "Buenas tardes:\n"
        "les comunico que mi hija, de 3.º B, dejará de usar el comedor a partir del 1 de\n"
        "marzo, porque su abuela podrá recogerla a mediodía. Les ruego que dejen de\n"
        "cargar los recibos en la cuenta {iban}.\n"
        "Un saludo,\n"
        "{name}",
        "Inscripción – Media Maratón de {city}\n"
        "Nombre y apellidos: {name}\n"
        "DNI/NIE: {nid}\n"
        "Fecha de nacimiento: {date}\n"
        "Talla de camiseta: M\n"
        "Club: independiente\n"
        "Teléfono de emergencia: {phone}\n"
        "Marca estimada: 1 h 52 min – cajón de salida C",
        "Campeonato de mus de las fiestas – cuadro de parejas, primera ronda\n"
        "Mesa\tPareja\tRival\tResultado\n"
        "1\t{name} y {name2}\tLos del Quinto\t3-1\n"
        "2\t{name3} y su cuñado\tPeña El Pilón\t2-3\n"
        "Las vacas son a tres juegos. Premio para la pareja campeona: un jamón y 200 €.",
        "Croquetas de la abuela {name} (salen unas 40)\n"
        "- 1 litro de leche entera, bien caliente\n"
        "- 100 g de mantequilla y un chorrito de aceite\n"
        "- 120 g de harina\n"
        "- jamón picado y un poco de pollo del cocido\n"
        "Rehogar la harina sin prisa, añadir la leche poco a poco y remover 40 minutos.\n"
        "Dejar enfriar la masa toda la noche antes de empanar.",
        "Comisión de fiestas de San Roque – reparto de tareas\n"
        "- Orquesta y escenario: {name}\n"
        "- Concurso de paellas: {name2}\n"
        "- Permisos del ayuntamiento y seguro: {name3}\n"
        "- Camisetas y pañuelos: todos, el jueves en el local\n"
        "Próxima reunión el martes a las 21:00 en el bar de la plaza.",
        "vie 21:00 – cena de despedida de {name} en la sidrería, confirmar cuántos somos",
        "Fiestas del barrio – turnos de barra en la caseta de la asociación\n"
        "Día\tHorario\tVoluntario/a\tTeléfono\n"
        "viernes\t20:00-00:00\t{name}\t{phone}\n"
        "sábado\t12:00-16:00\t{name2}\t{phone}\n"
        "sábado\t00:00-04:00\t{name3}\t{phone}\n"
        "Quien no pueda cubrir su turno, que busque sustituto y avise por el grupo.",
    ],
    "it": [
        "Tombolata di Natale dell'oratorio – cartelle vendute\n"
        "Nome | Cartelle | Pagato\n"
        "{name} | 6 | sì\n"
        "{name2} | 3 | sì\n"
        "{name3} | 12 | metà, il resto domenica\n"
        "Premi per ambo, terno, quaterna, cinquina e tombola. Si estrae alle 21 nel salone.",
        "Condominio di via {street_name} 14 – turni pulizia scale e androne\n"
        "Mese\tInterno\tCondomino\tTelefono\n"
        "gennaio\t3\t{name}\t{phone}\n"
        "febbraio\t5\t{name2}\t{phone}\n"
        "marzo\t8\t{name3}\t{phone}\n"
        "Chi non può, si metta d'accordo con il turno successivo. Grazie!",
        "{first} stasera calcetto alle 21, porti tu il pallone? le pettorine le ha {name2}",
        "gio 18:30 colloquio con la prof.ssa {last}, chiedere della verifica di latino",
        "portineria: in deposito un pacco per {name}, interno 12, ritirare entro venerdì",
        "Oggetto: rimborso abbonamento piscina – corso di acquagym\n"
        "Buongiorno,\n"
        "per un infortunio al ginocchio non posso frequentare il corso di acquagym del\n"
        "martedì fino a fine stagione (allego il certificato medico). Chiedo quindi il\n"
        "rimborso delle lezioni restanti, pari a {amount} euro, sull'IBAN {iban}\n"
        "intestato a {name}.\n"
        "Cordiali saluti,\n"
        "{name}",
        "Domanda di iscrizione al gruppo comunale di volontari di protezione civile\n"
        "Cognome e nome: {name}\n"
        "Codice fiscale: {nid}\n"
        "Nato/a il: {date}\n"
        "Residente in: {street}, {postcode} {city}\n"
        "Cellulare: {phone}\n"
        "Patente: B · Disponibilità: fine settimana ed emergenze notturne\n"
        "Competenze: radio, primo soccorso (corso BLSD del 2024)",
        "Gara di pesca alla trota – lago di {city}, classifica finale\n"
        "Pos.\tConcorrente\tCatture\tPeso\n"
        "1\t{name}\t14\t3.820 g\n"
        "2\t{name2}\t11\t3.150 g\n"
        "3\t{name3}\t11\t2.980 g\n"
        "Premiazione alle 13 al chiosco, a seguire polenta e trota per tutti.",
        "{name} e {name2}\n"
        "annunciano il loro matrimonio\n"
        "che sarà celebrato sabato {date} alle ore 11\n"
        "nella chiesa di Santa Maria Assunta a {city}.\n"
        "Dopo la cerimonia festeggeremo insieme all'agriturismo Le Querce.",
        "Catechismo – gruppo della prima comunione, registro presenze di marzo\n"
        "Bambino/a | 3/3 | 10/3 | 17/3 | Telefono genitore\n"
        "{name} | P | P | A | {phone}\n"
        "{name2} | P | A | P | {phone}\n"
        "{name3} | P | P | P | {phone}\n"
        "Domenica 24 messa con le famiglie, poi prove dei canti in cappellina.",
        "Vendemmia – squadra di raccolta della vigna alta\n"
        "Raccoglitore\tCellulare\tCassette\n"
        "{name}\t{phone}\t62\n"
        "{name2}\t{phone}\t58\n"
        "{name3}\t{phone}\t41\n"
        "Si parte alle 7 dal cortile della cantina, pranzo offerto sotto il portico.",
        "Sab 10:00 – prova dell'abito con {first} e la mamma, atelier in corso Italia",
    ],
    "nl": [
        "Klaverjasavond buurthuis De Schakel – uitslag {date}\n"
        "Plaats\tNaam\tPunten\tRoem\n"
        "1\t{name}\t5.412\t640\n"
        "2\t{name2}\t5.188\t520\n"
        "3\t{name3}\t4.960\t380\n"
        "Volgende maand weer, inleg € 3, de poedelprijs is een rookworst.",
        "Kraambezoek bij {first} en de kleine – wie komt wanneer?\n"
        "di 14:00 – {name2} (neemt beschuit met muisjes mee)\n"
        "wo 19:30 – {name3}\n"
        "za 11:00 – opa en oma uit {city}\n"
        "Maximaal een uurtje per bezoek graag, en niet komen als je verkouden bent!",
        "{first} heb jij de sleutel van de schuur nog? ik wil de grasmaaier pakken",
        "{addr} bellen over de schutting, die waait bij de volgende storm om",
        "2026-02-17 21:04:55 energie-app: nieuwe gebruiker toegevoegd aan huishouden – "
        "{email}",
        "Oppasrooster voorjaarsvakantie\n"
        "Dag | Oppas | Telefoon | Ophalen school\n"
        "ma | {name} | {phone} | 12:00\n"
        "di | {name2} | {phone} | 15:15\n"
        "wo | opa | – | 12:00\n"
        "do | {name3} | {phone} | 15:15\n"
        "Broodtrommel ligt in de koelkast, gymtas staat bij de deur.",
        "Onderwerp: opzegging tuin 27 per 1 november\n"
        "Beste bestuur van volkstuinvereniging Ons Buiten,\n"
        "na veertien jaar zeg ik met pijn in mijn hart mijn tuin (nr. 27) op. Mijn knieën\n"
        "willen niet meer zo. Het huisje en de kas mag de volgende huurder overnemen.\n"
        "De sleutel lever ik in bij de kantine.\n"
        "Met vriendelijke groet,\n"
        "{name}\n"
        "{street}, {postcode} {city}",
        "Inschrijfformulier Huisartsenpraktijk De Linde\n"
        "Naam: {name}\n"
        "Geboortedatum: {date}\n"
        "BSN: {nid}\n"
        "Adres: {street}, {postcode} {city}\n"
        "Telefoon: {phone}\n"
        "Vorige huisarts: praktijk in {city2}\n"
        "[x] Ik geef toestemming voor het opvragen van mijn medisch dossier",
        "Clubkampioenschappen IJsclub {city} – 500 meter, senioren\n"
        "Rit\tBaan\tNaam\tTijd\n"
        "1\tbinnen\t{name}\t41,82\n"
        "1\tbuiten\t{name2}\t42,37\n"
        "2\tbinnen\t{name3}\t39,95\n"
        "Zaterdag op de ijsbaan, prijsuitreiking in de kantine met erwtensoep.",
        "za 11:00 kapper, 15:00 verjaardag {first} (cadeaubon niet vergeten!)",
        "Toespraak afscheid vrijwilligers – voedselbank {city}\n"
        "Vanavond staan we stil bij vijfentwintig jaar {name}.\n"
        "Elke dinsdag om half acht al bij de deur, het koffiezetapparaat aan, de kratten\n"
        "gesorteerd voordat de rest binnen was. Zonder die inzet was de uitgifte nooit\n"
        "zo soepel verlopen. Daarom: een groot applaus, en natuurlijk een bos bloemen!",
        "Hoi, is de bakfiets nog beschikbaar? Ik ben {first} en kan vanavond komen kijken.\n"
        "Bel of app maar even: {phone}",
    ],
    "pl": [
        "Wspólnota Mieszkaniowa ul. {street_name} 12 – lista obecności na zebraniu\n"
        "Lokal | Właściciel | Udział | Podpis\n"
        "1 | {name} | 4,12% | ✓\n"
        "4 | {name2} | 3,85% | ✓\n"
        "7 | {name3} | 5,02% | pełnomocnictwo\n"
        "Kworum osiągnięte, uchwała nr 3/2026 w sprawie remontu dachu przyjęta.",
        "imieniny w tym tygodniu: {first} (środa) i {name2} (piątek), zrzutka na kwiaty "
        "po 10 zł",
        "{first} oddasz mi tę wiertarkę do soboty? szwagier chce wieszać półki",
        "07:31:08 parking P2, szlaban wjazdowy: abonament {num} – {name}, miejsce 114",
        "Temat: zwrot kaucji za wynajem sali – przyjęcie komunijne {date}\n"
        "Dzień dobry,\n"
        "sala została oddana w niedzielę wieczorem posprzątana, a klucze zostały\n"
        "przekazane gospodarzowi obiektu. Proszę o zwrot kaucji w wysokości {amount} zł\n"
        "na rachunek {iban}, właściciel: {name}.\n"
        "Pozdrawiam\n"
        "{name}\n"
        "tel. {phone}",
        "Zgłoszenie – Bieg Niepodległości {city}, 10 km\n"
        "Imię i nazwisko: {name}\n"
        "PESEL: {nid}\n"
        "Data urodzenia: {date}\n"
        "E-mail: {email}\n"
        "Telefon alarmowy: {phone}\n"
        "Klub: niezrzeszony/a\n"
        "Opłata startowa: 60 zł, rozmiar koszulki: L",
        "Koło PZW {city} – zawody spławikowe o Puchar Prezesa, klasyfikacja\n"
        "Miejsce\tZawodnik\tWaga ryb\tSektor\n"
        "1\t{name}\t4,26 kg\tA\n"
        "2\t{name2}\t3,91 kg\tB\n"
        "3\t{name3}\t3,40 kg\tA\n"
        "Po zawodach ognisko i kiełbaski na przystani.",
        "odebrać {addr} z dworca o 17:40, pociąg z {city}, peron 2",
        "Kochana {first}!\n"
        "Z okazji osiemnastych urodzin życzymy Ci odwagi, szczęścia i samych dobrych ludzi\n"
        "na drodze. Niech prawo jazdy przyjdzie za pierwszym razem!\n"
        "Ściskamy mocno – ciocia i wujek z {city}",
        "Świetlica osiedlowa – grafik dyżurów wolontariuszy, marzec\n"
        "Dzień | Godziny | Wolontariusz/ka | Telefon\n"
        "pon. | 15–18 | {name} | {phone}\n"
        "śr. | 15–18 | {name2} | {phone}\n"
        "pt. | 14–17 | {name3} | {phone}\n"
        "Klucze do szafy z grami są u kierowniczki świetlicy.",
        "Cukiernia {company} – zamówienie tortu nr {num}\n"
        "Zamawiający: {name}\n"
        "Telefon: {phone}\n"
        "Odbiór: {date}, godz. 10:00\n"
        "Tort: trzypiętrowy, biszkopt z kremem śmietankowym i malinami\n"
        "Napis: „Wszystkiego najlepszego, Dziadku!”\n"
        "Zaliczka: {amount} zł, wpłacona gotówką",
        "pt 18:00 próba chóru, potem urodziny {name} w pizzerii – wziąć prezent",
    ],
}

NOT_PERSONAL_SEVENTYFIFTH: dict[str, list[str]] = {
    "de": [
        "Jugendtraining Schach, Mittwoch – Themen für die Endspielgruppe\n"
        "• Lucena-Stellung: den Brückenbau mit dem Turm üben\n"
        "• Philidor-Stellung: Verteidigung mit dem Turm auf der dritten Reihe\n"
        "• Légal-Matt und Seekadettenmatt als Warnung vor voreiligem Damenfang\n"
        "• Opposition und Dreiecksmanöver im Bauernendspiel\n"
        "Bitte Notationsheft mitbringen, die Uhren stehen im Schrank.",
        "Modellbahnclub {city} – Anlage „Erzgebirge“, Lokliste für den Digitalbetrieb\n"
        "Adresse | Lok | Spitzname | Decoder\n"
        "132 | DR-Baureihe 132 | Ludmilla | Sound\n"
        "120 | V 200 der DR | Taigatrommel | Sound\n"
        "216 | V 160 (Vorserie) | Lollo | Fahrdecoder\n"
        "194 | E 94 | Deutsches Krokodil | Sound\n"
        "Die Adler-Nachbildung fährt nur im Analogbetrieb auf dem Schaustück.",
        "kantine werk 2 – speiseplan kw 14\n"
        "mo: falscher hase mit kartoffelpüree\n"
        "di: kasseler mit sauerkraut\n"
        "mi: armer ritter mit apfelmus (vegetarisch)\n"
        "do: hamburger schnitzel, dazu bratkartoffeln\n"
        "fr: fisch nach wahl, zum nachtisch kalter hund",
        "2. Bundesliga, 28. Spieltag – Anstoßzeiten (Aushang Sportsbar)\n"
        "Tag\tZeit\tBegegnung\n"
        "Fr\t18:30\tHertha BSC – Arminia Bielefeld\n"
        "Sa\t13:00\tFortuna Düsseldorf – Eintracht Braunschweig\n"
        "Sa\t13:00\tKarlsruher SC – Preußen Münster\n"
        "So\t13:30\tHannover 96 – 1. FC Kaiserslautern\n"
        "Alle Spiele live, Reservierung für Gruppen ab 6 Personen.",
        "Apfeltag im Obstbaumuseum {city} – bestimmte Sorten des Tages\n"
        "Sorte | Herkunft | Reife | Verwendung\n"
        "Freiherr von Berlepsch | Rheinland | Oktober | Tafel, Saft\n"
        "Jakob Lebel | Frankreich | September | Kuchen, Mus\n"
        "Kaiser Wilhelm | Niederrhein | Oktober | Tafel, lagerfähig\n"
        "Prinz Albrecht von Preußen | Schlesien | September | Tafel\n"
        "Gravensteiner | Dänemark | August | Tafel, Saft",
        "parkleitsystem innenstadt – {host}, zyklus 14:05\n"
        "ph am theater: 212 frei\n"
        "tg schillerplatz: 38 frei\n"
        "ph galeria: besetzt\n"
        "p+r {city2} süd: 540 frei\n"
        "sensor einfahrt tg kaiserhof: keine daten seit 13:51, techniker informiert",
        "Heute im Sommerkino: „Der Hauptmann von Köpenick“ mit Heinz Rühmann, ab 21:30 Uhr",
        "Wiesn-Reservierungen der Firma {company} – Übersicht für die Abteilungen\n"
        "- Mo, 17 Uhr: Schottenhamel, Mittelschiff, 3 Tische\n"
        "- Di, 12 Uhr: Käfer Wiesn-Schänke, Terrasse (nur Führungskreis)\n"
        "- Mi, 16 Uhr: Augustiner-Festhalle, Boxe 12\n"
        "- Do, 18 Uhr: Armbrustschützenzelt, Galerie\n"
        "Biermarken gibt es im Sekretariat, Tracht ist erwünscht, aber keine Pflicht.",
        "Sächsische Dampfschiffahrt – Abfahrten ab Terrassenufer Dresden\n"
        "Abfahrt\tRichtung\tSchiff\n"
        "09:45\tBad Schandau\tAugust der Starke\n"
        "10:00\tPillnitz\tKrippen\n"
        "11:00\tMeißen\tLeipzig\n"
        "14:00\tStadtrundfahrt\tGräfin Cosel\n"
        "Bei Niedrigwasser kann der Fahrplan kurzfristig geändert werden.",
        "Weinkarte der Straußwirtschaft – offene Weine, 0,2 l\n"
        "Rebsorte\tLage\tJahrgang\tPreis\n"
        "Kerner\t{city} Sonnenberg\t2024\t4,50 €\n"
        "Scheurebe\t{city} Kirchberg\t2024\t4,80 €\n"
        "Dornfelder\t{city2} Steinkopf\t2023\t4,50 €\n"
        "Johanniter\t{city} Hohe Leite\t2024\t5,00 €\n"
        "Dazu Zwiebelkuchen und Federweißer, solange der Vorrat reicht.",
        "Hochschulsport {city} – Kursprogramm Sommersemester (Auszug)\n"
        "Kurs | Tag | Uhrzeit | Ort\n"
        "Pilates Basic | Mo | 17:15 | Gymnastikhalle\n"
        "Feldenkrais | Di | 18:00 | Raum 0.12\n"
        "Kneipp-Wassertreten | Mi | 07:30 | Außenanlage am Fluss\n"
        "Zumba | Do | 19:30 | Halle 2\n"
        "Anmeldung ab {date}, 10 Uhr, online – die Plätze sind erfahrungsgemäß schnell weg.",
        "Rosenmontagszug {city} – Zugaufstellung ab 10:11 Uhr, {street_name}\n"
        "Nr. | Gruppe | Wagen / Fußgruppe\n"
        "1 | Stadtgarde | Fußgruppe mit Funkenmariechen\n"
        "2 | Reiterkorps Jan von Werth | 14 Pferde\n"
        "3 | Prinzengarde | Musikzug\n"
        "4 | KG Lustige Brüder | Motivwagen „Baustelle Rathaus“\n"
        "5 | Dreigestirn | Prinzenwagen (Schluss)\n"
        "Kamelle-Ausgabe am Bauhof bis 9 Uhr.",
    ],
    "fr": [
        "Fêtes maritimes de Brest – grands voiliers attendus à quai\n"
        "Navire | Pavillon | Type | Quai\n"
        "Belem | France | trois-mâts barque | Malbert\n"
        "Hermione | France | frégate | Malbert\n"
        "Étoile et Belle Poule | France | goélettes de la Marine | port militaire\n"
        "Christian Radich | Norvège | trois-mâts carré | Commerce\n"
        "Statsraad Lehmkuhl | Norvège | trois-mâts barque | Commerce\n"
        "Visites à bord de 10 h à 18 h selon les marées.",
        "courses pour le goûter du centre de loisirs\n"
        "- 6 paquets de petit écolier\n"
        "- confiture bonne maman abricot\n"
        "- 2 boîtes de vache qui rit\n"
        "- galettes st michel et palets de la mère poulard\n"
        "- jus de pomme, pas de sodas\n"
        "ticket de caisse à agrafer dans le cahier de la régie",
        "Tour de France – les étapes de montagne à ne pas manquer\n"
        "Étape\tJour\tParcours\tDifficulté\n"
        "14\tsamedi\tPau – col du Tourmalet\t★★★★\n"
        "17\tmercredi\tBourg-d'Oisans – Alpe d'Huez\t★★★★★\n"
        "19\tvendredi\tCarpentras – mont Ventoux\t★★★★★\n"
        "Au Tourmalet, passage devant la statue du Géant et le souvenir Jacques-Goddet.",
        "Quinté+ de dimanche – hippodrome de {city}, handicap, 2 100 m, départ 15 h 15\n"
        "N°\tCheval\tPoids\tCote\n"
        "1\tVictor de l'Isle\t60 kg\t8/1\n"
        "2\tJolie Madame\t58,5 kg\t5/1\n"
        "3\tPrince Éric\t58 kg\t12/1\n"
        "4\tLady Marianne\t57 kg\t20/1\n"
        "5\tBaron Rouge\t56 kg\t6/1\n"
        "Notre pronostic : 2 – 5 – 1 – 3 – 4.",
        "station de lavage auto – {host}\n"
        "08:02 portique 1 : programme « premium » lancé, jeton {num}\n"
        "08:09 portique 1 : cycle terminé, cire appliquée\n"
        "08:15 alerte : niveau de produit moussant bas (cuve 2)\n"
        "08:40 adoucisseur : régénération programmée à 23 h",
        "Fiche de révision – la Ve République en six dates\n"
        "- 1958 : nouvelle Constitution, de Gaulle président\n"
        "- 1962 : élection du président au suffrage universel direct (référendum)\n"
        "- 1969 : Georges Pompidou succède au général\n"
        "- 1974 : Valéry Giscard d'Estaing, majorité à 18 ans\n"
        "- 1981 : première alternance avec François Mitterrand\n"
        "- 2000 : passage au quinquennat\n"
        "À savoir par cœur pour le brevet blanc du {date}.",
        "Ligne 1 interrompue entre George V et Franklin D. Roosevelt jusqu'à 14 h "
        "(incident technique)",
        "Fromagerie {company} – plateau « tour de France » pour 8 personnes\n"
        "- Saint-Nectaire fermier (Auvergne)\n"
        "- Saint-Félicien crémeux (Ardèche)\n"
        "- Pont-l'Évêque AOP (Normandie)\n"
        "- Mont d'Or, à servir chaud (Jura)\n"
        "- Sainte-Maure-de-Touraine cendré\n"
        "- Cantal entre-deux\n"
        "À commander 48 h à l'avance, {amount} € le plateau.",
        "Ciné-club du lycée – cycle Nouvelle Vague, les jeudis à 17 h 30\n"
        "Film | Réalisation | Année\n"
        "Cléo de 5 à 7 | Agnès Varda | 1962\n"
        "Pierrot le fou | Jean-Luc Godard | 1965\n"
        "Les Parapluies de Cherbourg | Jacques Demy | 1964\n"
        "Ma nuit chez Maud | Éric Rohmer | 1969\n"
        "Entrée libre, salle polyvalente, débat après la projection.",
        "Calendrier des traditions – classe de CE1\n"
        "6 janvier : Épiphanie, on tire les rois avec la galette\n"
        "2 février : Chandeleur, atelier crêpes\n"
        "1er avril : poissons d'avril dans le dos\n"
        "25 novembre : Sainte-Catherine, on plante les arbres\n"
        "6 décembre : Saint-Nicolas, sortie au marché de Noël de {city}",
        "Cave {company} – les dix crus du Beaujolais, prix à la bouteille\n"
        "Cru | Caractère | Garde | Prix\n"
        "Saint-Amour | fruité, souple | 2-4 ans | 14,50 €\n"
        "Juliénas | charnu | 3-6 ans | 15,00 €\n"
        "Chénas | floral, rare | 4-8 ans | 16,90 €\n"
        "Moulin-à-Vent | structuré | 5-10 ans | 19,50 €\n"
        "Fleurie | élégant | 2-5 ans | 15,50 €\n"
        "Morgon Côte du Py | puissant | 5-10 ans | 18,00 €\n"
        "Dégustation gratuite le samedi après-midi. Soirée Beaujolais nouveau le {date}.",
        "Pépinière {company} – lilas en conteneur, arrivage de printemps\n"
        "Variété\tCouleur\tHauteur\tPrix\n"
        "'Madame Lemoine'\tblanc double\t3 m\t24,90 €\n"
        "'Charles Joly'\tpourpre double\t3 m\t24,90 €\n"
        "'Président Grévy'\tbleu lilas\t3,5 m\t26,50 €\n"
        "'Michel Buchner'\tmauve\t2,5 m\t22,00 €\n"
        "'Katherine Havemeyer'\tlavande\t3 m\t24,90 €",
    ],
    "es": [
        "Restaurante {company} – menú del día\n"
        "Primeros: ensalada César · sopa juliana · huevos benedictinos\n"
        "Segundos: solomillo Wellington · pollo Villeroy · merluza a la vasca\n"
        "Postres: tarta de Santiago · crema catalana · melocotón Melba\n"
        "Pan, bebida y café incluidos: 16,50 €",
        "Madrugá – horario de paso por la carrera oficial\n"
        "Hermandad | Entrada en La Campana | Salida de la Catedral\n"
        "El Silencio | 01:15 | 02:40\n"
        "Jesús del Gran Poder | 01:55 | 03:35\n"
        "La Macarena | 02:50 | 05:10\n"
        "El Calvario | 03:50 | 05:55\n"
        "Esperanza de Triana | 04:20 | 07:30\n"
        "Los Gitanos | 05:10 | 08:00",
        "lista de la compra\n"
        "- colacao y galletas maría\n"
        "- una botella de tío pepe para el guiso\n"
        "- zumo don simón, el de naranja\n"
        "- varitas pescanova\n"
        "- chupa chups para la piñata del cumple",
        "Santoral de mayo – hoja parroquial\n"
        "1 de mayo: san José Obrero\n"
        "2 de mayo: san Atanasio\n"
        "3 de mayo: santos Felipe y Santiago, apóstoles\n"
        "10 de mayo: san Juan de Ávila, patrono del clero\n"
        "15 de mayo: san Isidro Labrador, misa de campaña y bendición de los campos\n"
        "22 de mayo: santa Rita de Casia",
        "Paseo por el Madrid de los Austrias – recorrido guiado (2 h)\n"
        "1. Puerta del Sol, con el Oso y el Madroño\n"
        "2. Plaza Mayor y la estatua ecuestre de Felipe III\n"
        "3. Mercado de San Miguel\n"
        "4. Plaza de la Villa y Casa de Cisneros\n"
        "5. Catedral de la Almudena y Palacio Real\n"
        "Punto de encuentro: kilómetro cero, 10:30. Grupos de 25 personas como máximo.",
        "Metro – línea 1, tramo cerrado por obras del {date} al {date}\n"
        "Estación\tAfectada\tAlternativa\n"
        "Tirso de Molina\tsí\tautobús lanzadera\n"
        "Antón Martín\tsí\tautobús lanzadera\n"
        "Atocha\tsí\tCercanías\n"
        "Menéndez Pelayo\tno\t–\n"
        "Consulte los horarios de la lanzadera en los paneles de las estaciones.",
        "Club de lectura de la biblioteca municipal – temporada Galdós\n"
        "octubre: Marianela\n"
        "noviembre: Doña Perfecta\n"
        "diciembre: Misericordia\n"
        "enero y febrero: Fortunata y Jacinta (en dos sesiones)\n"
        "Los ejemplares se recogen en el mostrador de préstamo con el carné de lector.",
        "El AVE de las 7:30 a {city} sale con 20 minutos de retraso por una incidencia "
        "en {city2}",
        "máquina de vending planta 2 – {host}\n"
        "10:02 venta ok: café con leche, 1,20 €\n"
        "10:05 error: monedero lleno, sin cambio disponible\n"
        "10:31 stock bajo: agua sin gas (columna 4)\n"
        "11:00 aviso enviado al reponedor de {company}",
        "Vivero {company} – plantones de cítricos, campaña de otoño\n"
        "Variedad | Tipo | Recolección | Precio\n"
        "Navelina | naranja | noviembre-enero | 14 €\n"
        "Salustiana | naranja | enero-marzo | 14 €\n"
        "Valencia Late | naranja | abril-junio | 15 €\n"
        "Clemenules | mandarina | noviembre-enero | 13 €\n"
        "Fortune | mandarina | febrero-abril | 13 €",
        "Gira de otoño – recintos confirmados\n"
        "Ciudad\tRecinto\tAforo\n"
        "Madrid\tTeatro Lope de Vega\t1.500\n"
        "Valladolid\tAuditorio Miguel Delibes\t1.700\n"
        "Barcelona\tPalau de la Música\t2.200\n"
        "Murcia\tAuditorio Víctor Villegas\t1.800\n"
        "Entradas a la venta el {date} a las 10:00.",
        "Liga de traineras – clasificación tras la jornada 10\n"
        "Pos. | Club | Puntos\n"
        "1 | Hondarribia | 112\n"
        "2 | Urdaibai | 108\n"
        "3 | Orio | 101\n"
        "4 | Santurtzi | 96\n"
        "5 | Cabo da Cruz | 90\n"
        "Próxima regata: domingo en {city}, salida de la primera tanda a las 12:00.",
    ],
    "it": [
        "Bar {company} – i classici dell'aperitivo\n"
        "Negroni – gin, vermouth rosso, bitter · 9\n"
        "Americano – vermouth rosso, bitter, soda · 8\n"
        "Bellini – prosecco e purea di pesca bianca · 8\n"
        "Rossini – prosecco e fragole · 8\n"
        "Garibaldi – bitter e succo d'arancia · 7\n"
        "Hugo – prosecco, sciroppo di sambuco, menta · 7",
        "Palio di Siena, 2 luglio – assegnazione dei cavalli alle contrade\n"
        "Contrada | Cavallo\n"
        "Oca | Zenobia\n"
        "Chiocciola | Brigante di Gallura\n"
        "Onda | Vittorio Sardo\n"
        "Tartuca | Oro Zecchino\n"
        "Selva | Anda e Rianda\n"
        "La tratta si è svolta stamattina in piazza del Campo; prima prova alle 19:45.",
        "Metropolitana – M1, servizio ridotto domenica {date}\n"
        "Fermata\tStato\n"
        "Cadorna\tregolare\n"
        "Conciliazione\tregolare\n"
        "Pagano\tregolare\n"
        "Buonarroti\tchiusa per lavori\n"
        "Amendola\tchiusa per lavori\n"
        "Lotto\tregolare, interscambio con M5",
        "Voli charter dell'estate – aeroporti di partenza\n"
        "Aeroporto | Intitolato a | Sigla\n"
        "Palermo | Falcone e Borsellino | PMO\n"
        "Bologna | Guglielmo Marconi | BLQ\n"
        "Roma Fiumicino | Leonardo da Vinci | FCO\n"
        "Pisa | Galileo Galilei | PSA\n"
        "Venezia | Marco Polo | VCE\n"
        "Check-in chiuso 45 minuti prima del decollo.",
        "lista della spesa\n"
        "- ravioli giovanni rana ricotta e spinaci\n"
        "- gocciole e pan di stelle\n"
        "- baci perugina per la zia\n"
        "- caffè borbone, miscela blu\n"
        "- grana padano grattugiato",
        "Premi letterari – promemoria per la vetrina della libreria\n"
        "- Premio Strega: finale a luglio, al Ninfeo di Villa Giulia\n"
        "- Premio Campiello: proclamazione a settembre, Venezia\n"
        "- Premio Viareggio-Rèpaci: fine agosto\n"
        "- Premio Bancarella: Pontremoli, luglio\n"
        "- Premio Italo Calvino: per esordienti, bando in autunno",
        "Giro d'Italia – le tappe alpine della terza settimana\n"
        "Tappa | Arrivo | Salita chiave | Quota\n"
        "16 | Livigno | Passo del Mortirolo | 1.852 m\n"
        "17 | Bormio | Passo dello Stelvio (Cima Coppi) | 2.758 m\n"
        "19 | Sappada | Monte Zoncolan | 1.750 m\n"
        "20 | Cortina d'Ampezzo | Passo Giau | 2.236 m\n"
        "Pullman per i tifosi da {city}, prenotazioni entro il {date}.",
        "Domenica il derby della Madonnina alle 20:45, maxischermo in piazza Garibaldi",
        "macchina del caffè 2° piano – {host}\n"
        "08:01 erogazione: espresso (chiavetta ricaricabile)\n"
        "08:03 erogazione: cappuccino\n"
        "08:30 allarme: cassetto fondi pieno\n"
        "09:12 decalcificazione consigliata entro 3 giorni",
        "Pasticceria {company} – dolci della tradizione su ordinazione\n"
        "Zuppa inglese – al cucchiaio, 8 porzioni · 22 €\n"
        "Torta mimosa – per l'8 marzo · 25 €\n"
        "Bignè di San Giuseppe – al pezzo · 1,80 €\n"
        "Frittelle di San Martino – al kg · 18 €\n"
        "Sacher – con confettura di albicocche · 24 €\n"
        "Ordini entro il giovedì per il fine settimana.",
        "Partenze traghetti – porto di Livorno, {date}\n"
        "Ora\tNave\tCompagnia\tDestinazione\n"
        "08:00\tMoby Tommy\tMoby\tOlbia\n"
        "09:15\tMoby Vincent\tMoby\tBastia\n"
        "10:00\tMega Express Five\tCorsica Ferries\tGolfo Aranci\n"
        "22:00\tCruise Bonaria\tGrimaldi\tOlbia\n"
        "Imbarco auto 90 minuti prima della partenza.",
        "Vivaio {company} – piantine di pomodoro in vaso da 10 cm\n"
        "• San Marzano, per pelati e salsa · 1,20 €\n"
        "• Principe Borghese, da appendere e seccare · 1,20 €\n"
        "• Cuor di bue, da insalata · 1,50 €\n"
        "• Costoluto fiorentino, per sugo e insalata · 1,50 €\n"
        "• Datterino · 1,00 €",
    ],
    "nl": [
        "Kaasplank voor het personeelsfeest – bestelling bij {company}\n"
        "- Old Amsterdam, 1 kg in blokjes\n"
        "- Leerdammer, plakken\n"
        "- Beemster extra belegen\n"
        "- Maaslander 50+\n"
        "- boerenkaas met komijn\n"
        "Plus mosterd, ossenworst en prikkertjes. Ophalen vrijdag om 15:00.",
        "Bakkerij {company} – vandaag vers\n"
        "Bossche bollen · 2,10\n"
        "Tompoezen (oranje, alleen deze week) · 2,40\n"
        "Jan Hagel-koekjes, per ons · 1,95\n"
        "Arnhemse meisjes, per zak · 2,95\n"
        "Zeeuwse bolussen · 1,85\n"
        "Moorkoppen · 2,25",
        "Draaiorgelfestival {city} – standplaatsen zaterdag\n"
        "Orgel | Herkomst | Standplaats\n"
        "De Arabier | Amsterdam | Grote Markt\n"
        "De Lekkerkerker | Utrecht | bij de Waag\n"
        "De Blauwe Trom | Haarlem | stationsplein\n"
        "Pietje Bell | Rotterdam | Marktstraat\n"
        "Van 11:00 tot 17:00; de centjes in de bus gaan naar het onderhoud van de orgels.",
        "brugwachtersjournaal hefbrug {city} – {date}\n"
        "06:12 brug open voor mts johanna maria, richting noord\n"
        "06:20 brug dicht, wegverkeer vrijgegeven\n"
        "07:45 passage ms prinses christina (passagiersvaart)\n"
        "08:10 storing slagboom west, monteur van {company} gebeld\n"
        "08:55 storing verholpen",
        "Deltawerken – dagexcursie groep 8, route en stops\n"
        "Werk\tGereed\tLengte\tStop\n"
        "Maeslantkering\t1997\t2 × 210 m\tbezoekerscentrum\n"
        "Haringvlietdam\t1971\t4,5 km\tHaringvlietsluizen\n"
        "Brouwersdam\t1971\t6,5 km\tlunch aan het strand\n"
        "Philipsdam\t1987\t7 km\t–\n"
        "Oosterscheldekering\t1986\t9 km\tNeeltje Jans",
        "Musicalagenda seizoen 2026/27 – theaters in de regio\n"
        "- Soldaat van Oranje, TheaterHangaar Katwijk, doorlopend\n"
        "- Ciske de Rat, schouwburg {city}, vanaf oktober\n"
        "- Annie M.G. Schmidt-revue, stadsschouwburg, december\n"
        "- Hij gelooft in mij, over het leven van André Hazes, voorjaarstournee\n"
        "Groepskorting vanaf 10 personen via de afdeling cultuur.",
        "Wegwerkzaamheden Zeeheldenbuurt, vanaf {date}\n"
        "- De Ruyterkade: afgesloten tussen de brug en het pontveer\n"
        "- Tromplaan: eenrichtingsverkeer richting centrum\n"
        "- Van Heemskerckstraat: parkeerverbod aan de even kant\n"
        "- Jan van Galenstraat: bus 12 rijdt om via de {street_name}\n"
        "Vragen? Kijk in de bouwapp van de gemeente.",
        "Koningsdag: vrijmarkt in het Vondelpark vanaf 6 uur, alleen voor kinderen tot "
        "16 jaar",
        "Fruitteler {company} – verkoop aan huis, prijs per kilo\n"
        "Ras | Soort | Smaak | Prijs\n"
        "Elstar | appel | fris-zoet | 2,20\n"
        "Goudreinet | appel | zuur, voor appeltaart | 2,40\n"
        "Santana | appel | mild | 2,50\n"
        "Conference | peer | sappig | 2,30\n"
        "Gieser Wildeman | stoofpeer | kruidig na het stoven | 2,00\n"
        "Doyenné du Comice | peer | zoet | 2,90",
        "veerpont {city} – {city2}, dienstregeling zomer\n"
        "ma t/m vr: 06:30 – 21:00, elk kwartier\n"
        "za: 08:00 – 21:00, elk half uur\n"
        "zo en feestdagen: 10:00 – 19:00, elk half uur\n"
        "tarief fiets € 1,20, auto € 3,50\n"
        "bij hoogwater of dichte mist kan de pont uitvallen",
        "Nationale Molendag – molens open in {city} en omstreken\n"
        "Molen | Type | Open\n"
        "De Adriaan | stellingmolen | 10–17 uur\n"
        "Het Fortuin | korenmolen | 10–16 uur\n"
        "Zeldenrust | stellingmolen | 13–17 uur\n"
        "De Hoop | grondzeiler | 10–17 uur\n"
        "De Otter | paltrokmolen | alleen van buiten te bekijken",
        "Nieuws uit het dierenpark – nieuwe bewoners dit voorjaar\n"
        "- Olifant Mingma is bevallen van een gezond kalfje, de naam volgt na de stemronde\n"
        "- Giraffe Sophie is verhuisd naar een park in Duitsland\n"
        "- Het ijsbeertje heet voortaan Henk, gekozen door de bezoekers\n"
        "- De orang-oetans Willem en Bas hebben een nieuw verblijf met waterval\n"
        "Let op: het reptielenhuis is tot {date} gesloten voor verbouwing.",
    ],
    "pl": [
        "Kawiarnia {company} – ciasta dnia\n"
        "Napoleonka z kremem budyniowym · 9 zł\n"
        "Wuzetka · 8 zł\n"
        "Szarlotka na ciepło z lodami · 12 zł\n"
        "Karpatka · 9 zł\n"
        "Sernik krakowski · 10 zł\n"
        "Miodownik · 9 zł",
        "Objazd tramwajów w centrum – weekend {date}\n"
        "Przystanek\tObsługa\n"
        "Rondo Kaponiera\tbez zmian\n"
        "Most Teatralny\tzawieszony\n"
        "Aleje Marcinkowskiego\tautobus zastępczy\n"
        "Zamenhofa\tbez zmian\n"
        "Plac Wiosny Ludów\tautobus zastępczy\n"
        "Szczegóły na tablicach przystankowych i w aplikacji przewoźnika.",
        "Ekstraklasa – terminarz 22. kolejki (transmisje w klubowej świetlicy)\n"
        "Dzień | Godz. | Mecz\n"
        "pt | 20:30 | Piast Gliwice – Lech Poznań\n"
        "sob | 17:30 | Jagiellonia Białystok – Widzew Łódź\n"
        "sob | 20:00 | Górnik Zabrze – Legia Warszawa\n"
        "nd | 15:00 | Cracovia – Pogoń Szczecin\n"
        "Wstęp wolny, bufet czynny od godziny przed meczem.",
        "Niedzielna lista przebojów – złote przeboje na życzenie słuchaczy\n"
        "1. Małgośka – Maryla Rodowicz\n"
        "2. Jolka, Jolka pamiętasz – Budka Suflera\n"
        "3. Baśka – Wilki\n"
        "4. Jej portret – Bogusław Mec\n"
        "5. Autobiografia – Perfect\n"
        "Głosowanie na stronie radia do piątku do północy.",
        "sterownik kotłowni – {host}\n"
        "05:00 start pompy obiegu c.o., temp. zasilania 58 °c\n"
        "05:40 c.w.u. 52 °c, cyrkulacja włączona\n"
        "12:10 alarm: niskie ciśnienie w instalacji (0,9 bar)\n"
        "12:35 ciśnienie uzupełnione do 1,6 bar, alarm skasowany",
        "Gospodarstwo {company} – sadzeniaki na ten sezon\n"
        "Odmiana | Typ kulinarny | Wczesność | Cena za 15 kg\n"
        "Irga | B, ogólnoużytkowy | średnio wczesna | 45 zł\n"
        "Vineta | B | wczesna | 42 zł\n"
        "Denar | B | bardzo wczesna | 48 zł\n"
        "Lord | A, sałatkowy | bardzo wczesna | 46 zł\n"
        "Tajfun | C, mączysty | średnio późna | 40 zł",
        "Zlot żaglowców w {city} – jednostki przy nabrzeżu\n"
        "Statek\tBandera\tTyp\n"
        "Dar Młodzieży\tPolska\tfregata\n"
        "Fryderyk Chopin\tPolska\tbryg\n"
        "Zawisza Czarny\tPolska\tszkuner sztakslowy\n"
        "Pogoria\tPolska\tbarkentyna\n"
        "Alexander von Humboldt II\tNiemcy\tbark\n"
        "Zwiedzanie pokładów w godz. 10–18, wstęp wolny.",
        "Konkurs Chopinowski: II etap od 10:00 w Filharmonii Narodowej, transmisja na "
        "telebimie",
        "Kalendarz na dziś – {date}\n"
        "Imieniny obchodzą: Wojciech, Jerzy, Aleksander\n"
        "Przysłowie: „Kwiecień plecień, bo przeplata trochę zimy, trochę lata”\n"
        "Przepis dnia: zupa szczawiowa z jajkiem",
        "Teatr Miejski {city} – repertuar na maj\n"
        "Data\tSpektakl\tAutor\tScena\n"
        "3 maja\tWesele\tStanisław Wyspiański\tduża\n"
        "9 maja\tMoralność pani Dulskiej\tGabriela Zapolska\tduża\n"
        "16 maja\tBalladyna\tJuliusz Słowacki\tkameralna\n"
        "23 maja\tZemsta\tAleksander Fredro\tduża\n"
        "Bilety ulgowe dla uczniów po okazaniu legitymacji.",
        "Jarmark św. Dominika – mapa stoisk\n"
        "• ul. Długa i Długi Targ: rękodzieło i bursztyn\n"
        "• ul. Mariacka: antyki i starocie\n"
        "• okolice Fontanny Neptuna: scena koncertowa\n"
        "• Targ Rybny: gastronomia i jarmark dziecięcy\n"
        "Godziny otwarcia: 10:00–22:00, do ostatniej niedzieli sierpnia.",
        "zakupy na grilla w sobotę\n"
        "- kiełbasa śląska i karkówka\n"
        "- musztarda sarepska, ketchup kotlin\n"
        "- piwo: żywiec i tyskie, dla kierowców bezalkoholowe\n"
        "- ogórki kiszone, chleb wiejski\n"
        "- węgiel drzewny i podpałka",
    ],
}
