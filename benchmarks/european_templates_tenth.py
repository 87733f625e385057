"""Tenth round of held-out European test texts for the accuracy harness (`eval_european.py`).

Per language (de, fr, es, it, nl, pl), 12 notes that name a person or hold a person's
contact or identifier, and 12 that hold none. They were written by hand, independently of
the classifier, and no classifier was run on them while they were written: neither the
classifier nor its lists were tuned on them, and nobody has looked at how the classifier
reads them. They are the tenth round and are held out: use them for measurement only,
after the first round (`PERSONAL`, `NOT_PERSONAL`), the second (`PERSONAL_NEW`,
`NOT_PERSONAL_NEW`), the third (`european_templates_third.py`), the fourth
(`european_templates_fourth.py`), the fifth (`european_templates_fifth.py`), the sixth
(`european_templates_sixth.py`), the seventh (`european_templates_seventh.py`), the eighth
(`european_templates_eighth.py`) and the ninth (`european_templates_ninth.py`).

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

PERSONAL_TENTH: dict[str, list[str]] = {
    "de": [
        "Bordkarte / Boarding Pass\nPassagier: {last}/{first}\n"
        "Flug LH 1832 · München (MUC) → Barcelona (BCN)\n"
        "Datum {date} · Boarding 06:55 · Gate G28 · Sitz 14C\n"
        "Buchungscode QX7T2M · Ticket 220 {num}\n"
        "BCBP: M1{last}/{first} EQX7T2M MUCBCNLH 1832 312Y014C0087 100",
        "Neue Anfrage über das Kontaktformular (www.example.de/kontakt)\n\n"
        "Anrede: keine Angabe\nName: {name}\nE-Mail: {email}\nTelefon: {phone}\n"
        "Betreff: Rückfrage zu Angebot {num}\n"
        "Nachricht: Guten Tag, ist die Montage im Preis enthalten und kommen Sie auch "
        "samstags? Danke!\nDatenschutzhinweis akzeptiert: ja\nGesendet am {date} um 21:47 Uhr",
        "Umfrage: Sommerfest Vertrieb – welcher Termin passt?\n\n"
        "              Fr 27.6.   Sa 28.6.   Fr 4.7.\n{name}        ✔          ✔          –\n"
        "{name2}       –          ✔          ✔\n{name3}       ✔          (✔)        ✔\n\n"
        "Bisher haben 3 von 11 Teilnehmenden abgestimmt. Die Umfrage endet am {date}.",
        "Kundenbeitrag: „Seit 9 Tagen warte ich auf meine Bestellung, die Sendungsverfolgung "
        "sagt nix. Echt jetzt? 😡“ – {name}\n\n"
        "Antwort @{first}{num}: Hallo {first}, das tut uns leid! Schick uns bitte per "
        "Direktnachricht deine Bestellnummer und die Postleitzahl, dann schauen wir sofort "
        "nach. ^JK",
        "An den Betriebsrat\nz. Hd. des Vorsitzes\n\n"
        "Anhörung gemäß § 102 BetrVG zur beabsichtigten ordentlichen Kündigung\n\n"
        "Sehr geehrte Damen und Herren,\n"
        "wir beabsichtigen, das Arbeitsverhältnis mit {addr} (Personalnummer {num}, geboren am "
        "{date}, wohnhaft {street}, {postcode} {city}, seit 2016 als Lagerfachkraft im "
        "Wareneingang beschäftigt, Steuerklasse 3, zwei Kinder laut Lohnkonto) fristgerecht "
        "zum nächstmöglichen Termin zu kündigen. Es handelt sich um eine verhaltensbedingte "
        "Kündigung nach zwei einschlägigen Abmahnungen wegen unentschuldigten Fehlens. Wir "
        "bitten um Ihre Stellungnahme innerhalb einer Woche.\n\nMit freundlichen Grüßen\n"
        "Personalleitung",
        "Bundeseinheitlicher Medikationsplan\nfür: {name}   geb. am: {date}\n"
        "ausgedruckt von: Hausarztpraxis am Markt, {city}   am: {date}\n\n"
        "Wirkstoff | Handelsname | Stärke | Form | Mo-Mi-Ab-zN | Hinweise\n"
        "Ramipril | Ramipril 1A Pharma | 5 mg | Tabl | 1-0-0-0 | Blutdruck\n"
        "Metformin | Metformin Lich | 1000 mg | Tabl | 1-0-1-0 | zu den Mahlzeiten\n"
        "Atorvastatin | Sortis | 20 mg | Tabl | 0-0-1-0 | Cholesterin",
        "KOSTENVORANSCHLAG Nr. KV-{num}\n{company} · Sanitär · Heizung · Klima\n\n{addr}\n"
        "{street}\n{postcode} {city}\n\nBadsanierung im Obergeschoss, Besichtigung am {date}\n"
        "Pos. 1  Demontage Altbestand inkl. Entsorgung   1 psch     780,00 €\n"
        "Pos. 2  Bodengleiche Dusche mit Rinne          1 Stk    2.140,00 €\n"
        "Pos. 3  Wand-WC Geberit inkl. Montage          1 Stk      965,00 €\n"
        "Summe netto {amount},00 € zzgl. 19 % MwSt.\n"
        "Gültig 6 Wochen. Bei Auftragserteilung bitte unterschrieben an uns zurück.",
        "# rufbereitschaft.yaml – Team Zahlungsverkehr\nrotation: woechentlich\n"
        "uebergabe: montags 09:00\nbereitschaft:\n  - kw: 2025-W02\n    primaer: {name}\n"
        "    mobil: \"{phone}\"\n  - kw: 2025-W03\n    primaer: {name2}\n"
        "    eskalation: {email}\nfallback: leitstand@example.de",
        "Besichtigung Wohnung {street_name} 14, 3. OG – Samstag, {date}\n"
        "10:00  {name}, Tel. {phone} – 2 Pers., Katze\n"
        "10:20  {name2} – Unterlagen schon per Mail geschickt\n"
        "10:40  {name3}, Rückruf erbeten, kommt evtl. später\n11:00  frei\n"
        "Schlüssel beim Hausmeister holen, Zählerstände fotografieren.",
        "sa 19:30 · tisch 7 · 6 pers. · auf {last} · tel {phone} · 60. geburtstag, bringen "
        "eigene torte mit (tellergeld 2 €/p.) · 1 kinderstuhl · bitte nicht direkt an den "
        "eingang",
        "Aufnahmeantrag TSV {city} e. V. – Abteilung Schwimmen\n"
        "Vorname: {first}   Nachname: {last}\nGeburtsdatum: {date}\n"
        "Anschrift: {street}, {postcode} {city}\nTelefon: {phone}   E-Mail: {email}\n"
        "Beitrag: Erwachsene 12,50 €/Monat, Aufnahmegebühr 20 €\n\n"
        "SEPA-Lastschriftmandat (Gläubiger-ID DE98ZZZ09999999999)\nKontoinhaber/in: {name}\n"
        "IBAN: {iban}\n"
        "Ich ermächtige den Verein, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.",
        "Protokoll Elterngespräch – Klasse 7b\nDatum: {date}, 16:15–16:50 Uhr\n"
        "Schüler/in: {first} {last}\n"
        "Anwesend: Klassenlehrkraft, Mutter ({name2}), Schulsozialarbeit\n"
        "Anlass: wiederholt fehlende Hausaufgaben in Mathematik und Englisch, Leistungsabfall "
        "seit den Herbstferien.\n"
        "Vereinbarungen: Hausaufgabenheft wird täglich von den Eltern abgezeichnet; Förderkurs "
        "Mathe dienstags in der 7. Stunde; nächstes Gespräch in sechs Wochen.\n"
        "Rückfragen der Eltern bitte an {email}.",
    ],
    "fr": [
        "Carte d'embarquement / Boarding pass\nPassager : {last}/{first}\n"
        "Vol AF 1148 · Paris-Charles de Gaulle (CDG) → Lisbonne (LIS)\n"
        "Date {date} · Embarquement 06:55 · Porte K41 · Siège 14C\n"
        "Référence de réservation QX7T2M · Billet 057 {num}\n"
        "BCBP : M1{last}/{first} EQX7T2M CDGLISAF 1148 312Y014C0087 100",
        "Nouvelle demande via le formulaire de contact (www.example.fr/contact)\n\n"
        "Civilité : non renseignée\nNom : {name}\nE-mail : {email}\nTéléphone : {phone}\n"
        "Objet : question sur le devis {num}\n"
        "Message : Bonjour, la pose est-elle comprise dans le prix ? Et intervenez-vous le "
        "samedi ? Merci d'avance.\nJ'accepte la politique de confidentialité : oui\n"
        "Envoyé le {date} à 21h47",
        "Sondage : pot de fin d'année du service commercial – quelle date ?\n\n"
        "              ven. 19/12   sam. 20/12   ven. 9/1\n"
        "{name}        ✔            ✔            –\n{name2}       –            ✔            ✔\n"
        "{name3}       ✔            (✔)          ✔\n\n"
        "3 participants sur 11 ont répondu. Le sondage se termine le {date}.",
        "Publication client : « Ça fait 9 jours que j'attends ma commande et le suivi ne bouge "
        "plus. Sérieusement ?? 😡 » – {name}\n\n"
        "Réponse @{first}{num} : Bonjour {first}, désolés pour ce retard ! Peux-tu nous "
        "envoyer en message privé ton numéro de commande et ton code postal ? On regarde ça "
        "tout de suite. ^SC",
        "LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION\n\n{addr}\n{street}\n{postcode} {city}\n\n"
        "Objet : convocation à un entretien préalable à une éventuelle sanction disciplinaire "
        "pouvant aller jusqu'au licenciement\n\n"
        "Nous vous informons que nous envisageons à votre égard une mesure disciplinaire "
        "pouvant aller jusqu'au licenciement. Conformément à l'article L. 1232-2 du Code du "
        "travail, nous vous convoquons à un entretien préalable le {date} à 10 heures, dans le "
        "bureau de la direction des ressources humaines. Vous pouvez vous faire assister lors "
        "de cet entretien par une personne de votre choix appartenant au personnel de "
        "l'entreprise.\n\nMatricule : {num}",
        "Plan de prise des médicaments\nPatient(e) : {name} – né(e) le {date}\n"
        "N° de sécurité sociale : {nid}\nPharmacie du Marché, {city} – édité le {date}\n\n"
        "Médicament | Matin | Midi | Soir | Coucher | Remarques\n"
        "Ramipril 5 mg | 1 | 0 | 0 | 0 | tension\n"
        "Metformine 1000 mg | 1 | 0 | 1 | 0 | pendant le repas\n"
        "Tahor 20 mg (atorvastatine) | 0 | 0 | 1 | 0 | cholestérol",
        "DEVIS N° D-{num}\n{company} – Plomberie · Chauffage · Climatisation\n\n{addr}\n"
        "{street}\n{postcode} {city}\n\n"
        "Rénovation de la salle de bains à l'étage, visite du {date}\n"
        "1  Dépose de l'existant et évacuation     forfait      780,00 €\n"
        "2  Douche à l'italienne avec caniveau    1 u        2 140,00 €\n"
        "3  WC suspendu Geberit, pose compris     1 u          965,00 €\n"
        "Total HT {amount},00 € – TVA 10 % (travaux de rénovation)\n"
        "Devis valable 3 mois. Bon pour accord : date et signature précédées de la mention « "
        "lu et approuvé ».",
        "# astreinte.yaml – équipe paiements\nrotation: hebdomadaire\nreleve: lundi 09:00\n"
        "astreinte:\n  - semaine: 2025-S02\n    titulaire: {name}\n    portable: \"{phone}\"\n"
        "  - semaine: 2025-S03\n    titulaire: {name2}\n    escalade: {email}\n"
        "repli: supervision@example.fr",
        "Visites T3 {street_name}, 3e étage – samedi {date}\n"
        "10h00  {name}, tél. {phone} – couple + un chat\n"
        "10h20  {name2} – dossier déjà envoyé par mail\n"
        "10h40  {name3}, à rappeler, arrivera peut-être en retard\n11h00  libre\n"
        "Récupérer les clés chez la gardienne, photographier les compteurs.",
        "sam. 20h · table 7 · 6 couverts · au nom de {last} · tél {phone} · anniversaire 60 "
        "ans, ils apportent leur gâteau (droit de bouchon 2 €/pers.) · 1 chaise haute · pas "
        "près de l'entrée svp",
        "Bulletin d'adhésion – AS {city} Natation, saison 2024-2025\n"
        "Nom : {last}   Prénom : {first}\nDate de naissance : {date}\n"
        "Adresse : {street}, {postcode} {city}\nTéléphone : {phone}   Courriel : {email}\n"
        "Cotisation adulte : 185 € (licence FFN comprise)\n\n"
        "Mandat de prélèvement SEPA – ICS FR12ZZZ123456\nTitulaire du compte : {name}\n"
        "IBAN : {iban}\n"
        "En signant ce formulaire, j'autorise le club à envoyer des instructions à ma banque "
        "pour débiter mon compte.",
        "Compte rendu – rencontre avec la famille, classe de 5e B\nDate : {date}, 16h15-16h50\n"
        "Élève : {first} {last}\n"
        "Présents : professeur principal, mère de l'élève ({name2}), CPE\n"
        "Motif : devoirs non faits à répétition en mathématiques et en anglais, baisse des "
        "résultats depuis la Toussaint.\n"
        "Décisions : agenda signé chaque soir par les parents ; aide aux devoirs le mardi en "
        "permanence ; nouveau point dans six semaines.\nContact de la famille : {email}.",
    ],
    "es": [
        "Tarjeta de embarque / Boarding pass\nPasajero: {last}/{first}\n"
        "Vuelo IB 3166 · Madrid-Barajas (MAD) → Roma-Fiumicino (FCO)\n"
        "Fecha {date} · Embarque 06:55 · Puerta J42 · Asiento 14C\n"
        "Localizador QX7T2M · Billete 075 {num}\n"
        "BCBP: M1{last}/{first} EQX7T2M MADFCOIB 3166 312Y014C0087 100",
        "Nueva solicitud desde el formulario de contacto (www.example.es/contacto)\n\n"
        "Tratamiento: sin indicar\nNombre: {name}\nCorreo electrónico: {email}\n"
        "Teléfono: {phone}\nAsunto: consulta sobre el presupuesto {num}\n"
        "Mensaje: Hola, ¿la instalación está incluida en el precio? ¿Trabajáis también los "
        "sábados? Gracias.\nAcepto la política de privacidad: sí\nEnviado el {date} a las 21:47",
        "Encuesta: cena de Navidad del equipo comercial – ¿qué día os viene bien?\n\n"
        "              vie 19/12   sáb 20/12   vie 9/1\n"
        "{name}        ✔           ✔           –\n{name2}       –           ✔           ✔\n"
        "{name3}       ✔           (✔)         ✔\n\n"
        "Han votado 3 de 11 participantes. La encuesta se cierra el {date}.",
        "Publicación de cliente: «Llevo 9 días esperando mi pedido y el seguimiento no se "
        "mueve. ¿En serio? 😡» – {name}\n\n"
        "Respuesta @{first}{num}: ¡Hola, {first}! Sentimos mucho el retraso. ¿Nos mandas por "
        "mensaje privado tu número de pedido y tu código postal? Lo revisamos ahora mismo. ^AC",
        "Sr./Sra. {name}\nDNI/NIE: {nid}\n{street}\n{postcode} {city}\n\nEn {city}, a {date}\n"
        "\nMuy señor/a nuestro/a:\n"
        "Por medio de la presente le comunicamos que la Dirección de la empresa ha decidido "
        "proceder a su despido disciplinario, con efectos desde el día de hoy, al amparo del "
        "artículo 54.2.a) del Estatuto de los Trabajadores, por las faltas repetidas e "
        "injustificadas de asistencia al trabajo durante los meses de septiembre y octubre. "
        "Queda a su disposición la liquidación de haberes correspondiente.\n\n"
        "Recibí, a efectos de notificación:",
        "Hoja de tratamiento activo – Centro de Salud {city}\n"
        "Paciente: {name}   Fecha de nacimiento: {date}\nDNI/NIE: {nid}\n"
        "Impreso el {date} por la consulta de medicina de familia\n\n"
        "Medicamento | Desayuno | Comida | Cena | Observaciones\n"
        "Ramipril 5 mg comprimidos | 1 | 0 | 0 | tensión\n"
        "Metformina 850 mg | 1 | 0 | 1 | con las comidas\n"
        "Atorvastatina 20 mg | 0 | 0 | 1 | colesterol",
        "PRESUPUESTO N.º P-{num}\n{company} – Fontanería · Calefacción · Climatización\n\n"
        "Cliente: {name}\nNIF: {nid}\nDirección de la obra: {street}, {postcode} {city}\n\n"
        "Reforma de baño en planta alta, visita realizada el {date}\n"
        "1  Desmontaje de sanitarios y retirada de escombros   1 ud      780,00 €\n"
        "2  Plato de ducha de obra con sumidero lineal        1 ud    2.140,00 €\n"
        "3  Inodoro suspendido Roca, montaje incluido         1 ud      965,00 €\n"
        "Base imponible {amount},00 € + IVA 21 %\nValidez del presupuesto: 30 días.",
        "# guardias.yaml – equipo de pagos\nrotacion: semanal\nrelevo: lunes 09:00\nguardias:\n"
        "  - semana: 2025-S02\n    titular: {name}\n    movil: \"{phone}\"\n"
        "  - semana: 2025-S03\n    titular: {name2}\n    escalado: {email}\n"
        "respaldo: noc@example.es",
        "Visitas piso {street_name} 14, 3.º izq. – sábado {date}\n"
        "10:00  {name}, tlf. {phone} – pareja con un gato\n"
        "10:20  {name2} – ya mandó la documentación por correo\n"
        "10:40  {name3}, devolver llamada, igual llega tarde\n11:00  libre\n"
        "Recoger las llaves en portería y hacer foto a los contadores.",
        "sáb 21:30 · mesa 7 · 6 pax · a nombre de {last} · tlf {phone} · cumple 60, traen su "
        "tarta (2 €/pers. por servicio de tarta) · 1 trona · que no sea junto a la puerta porfa",
        "Ficha de inscripción – Club Natación {city}, temporada 2024-2025\n"
        "Nombre: {first}   Apellidos: {last}\nFecha de nacimiento: {date}\n"
        "Domicilio: {street}, {postcode} {city}\nTeléfono: {phone}   Correo: {email}\n"
        "Cuota adulto: 32 €/mes, matrícula 20 €\n\n"
        "Orden de domiciliación de adeudo directo SEPA\nTitular de la cuenta: {name}\n"
        "IBAN: {iban}\n"
        "Mediante la firma de esta orden, el titular autoriza al club a enviar instrucciones a "
        "su entidad para adeudar su cuenta.",
        "Acta de reunión de tutoría – 1.º ESO B\nFecha: {date}, 16:15-16:50\n"
        "Alumno/a: {first} {last}\n"
        "Asistentes: tutora del grupo, padre del alumno ({name2}), orientadora del centro\n"
        "Motivo: deberes sin hacer de forma reiterada en Matemáticas e Inglés; bajada de notas "
        "desde el puente de octubre.\n"
        "Acuerdos: la familia firmará la agenda a diario; refuerzo de Matemáticas los martes a "
        "séptima hora; nueva reunión dentro de seis semanas.\nContacto de la familia: {email}.",
    ],
    "it": [
        "Carta d'imbarco / Boarding pass\nPasseggero: {last}/{first}\n"
        "Volo AZ 608 · Roma Fiumicino (FCO) → Barcellona (BCN)\n"
        "Data {date} · Imbarco 06:55 · Uscita E24 · Posto 14C\n"
        "Codice prenotazione QX7T2M · Biglietto 055 {num}\n"
        "BCBP: M1{last}/{first} EQX7T2M FCOBCNAZ 0608 312Y014C0087 100",
        "Nuova richiesta dal modulo contatti (www.example.it/contatti)\n\n"
        "Titolo: non indicato\nNome e cognome: {name}\nE-mail: {email}\nTelefono: {phone}\n"
        "Oggetto: domanda sul preventivo {num}\n"
        "Messaggio: Buongiorno, il montaggio è compreso nel prezzo? Lavorate anche il sabato? "
        "Grazie mille.\nHo letto l'informativa privacy: sì\nInviato il {date} alle 21:47",
        "Sondaggio: cena di Natale dell'ufficio commerciale – quale data va bene?\n\n"
        "              ven 19/12   sab 20/12   ven 9/1\n"
        "{name}        ✔           ✔           –\n{name2}       –           ✔           ✔\n"
        "{name3}       ✔           (✔)         ✔\n\n"
        "Finora hanno votato 3 partecipanti su 11. Il sondaggio chiude il {date}.",
        "Post del cliente: «Sono 9 giorni che aspetto il mio ordine e il tracking è fermo. Ma "
        "davvero? 😡» – {name}\n\n"
        "Risposta @{first}{num}: Ciao {first}, ci dispiace tanto per il ritardo! Ci scrivi in "
        "privato il numero d'ordine e il CAP? Controlliamo subito. ^SC",
        "Raccomandata A/R\n\nGent.mo/Gent.ma {name}\n{street}\n{postcode} {city}\n"
        "Matricola {num} – C.F. {nid}\n\n"
        "Oggetto: contestazione disciplinare ai sensi dell'art. 7 della Legge 20 maggio 1970, "
        "n. 300\n\nCon la presente Le contestiamo di essersi assentato/a dal lavoro senza "
        "giustificazione nei giorni 7, 8 e 14 ottobre, senza darne comunicazione al Suo "
        "responsabile di reparto. Le assegniamo un termine di cinque giorni dal ricevimento "
        "della presente per presentare le Sue giustificazioni, anche verbalmente, con "
        "l'eventuale assistenza di un rappresentante sindacale.\n\nL'Ufficio Personale",
        "Scheda di terapia domiciliare\nPaziente: {name}   nato/a il {date}\n"
        "Codice fiscale: {nid}\n"
        "Medico di medicina generale – ambulatorio di {city}, aggiornata il {date}\n\n"
        "Farmaco | Colazione | Pranzo | Cena | Note\n"
        "Ramipril 5 mg cpr | 1 | 0 | 0 | pressione\n"
        "Metformina 1000 mg | 1 | 0 | 1 | durante i pasti\n"
        "Torvast 20 mg (atorvastatina) | 0 | 0 | 1 | colesterolo",
        "PREVENTIVO N. {num}\n{company} – Idraulica · Riscaldamento · Climatizzazione\n\n"
        "Spett. cliente: {name}\nC.F. {nid}\nIndirizzo lavori: {street}, {postcode} {city}\n\n"
        "Rifacimento bagno al primo piano, sopralluogo del {date}\n"
        "1  Smontaggio sanitari e smaltimento macerie      a corpo     780,00 €\n"
        "2  Doccia a filo pavimento con canalina           1 pz      2.140,00 €\n"
        "3  Vaso sospeso Ideal Standard, posa inclusa      1 pz        965,00 €\n"
        "Imponibile {amount},00 € + IVA 10 %\nValidità dell'offerta: 60 giorni.",
        "# reperibilita.yaml – team pagamenti\nrotazione: settimanale\n"
        "cambio_turno: lunedì 09:00\nreperibili:\n  - settimana: 2025-S02\n"
        "    titolare: {name}\n    cellulare: \"{phone}\"\n  - settimana: 2025-S03\n"
        "    titolare: {name2}\n    escalation: {email}\nriserva: noc@example.it",
        "Visite appartamento {street_name} 14, 3° piano – sabato {date}\n"
        "10:00  {name}, tel. {phone} – coppia con un gatto\n"
        "10:20  {name2} – documenti già inviati per e-mail\n"
        "10:40  {name3}, da richiamare, forse arriva in ritardo\n11:00  libero\n"
        "Ritirare le chiavi dal portiere e fotografare i contatori.",
        "sab 20:30 · tavolo 7 · 6 coperti · a nome {last} · tel {phone} · 60° compleanno, "
        "portano la torta loro (2 € a persona) · 1 seggiolone · non vicino all'ingresso per "
        "favore",
        "Domanda di iscrizione – Polisportiva {city} ASD, sezione nuoto, stagione 2024/25\n"
        "Nome: {first}   Cognome: {last}\nData di nascita: {date}\n"
        "Indirizzo: {street}, {postcode} {city}\nTelefono: {phone}   E-mail: {email}\n"
        "Quota annuale adulti: 320 € (tesseramento FIN incluso)\n\n"
        "Mandato per addebito diretto SEPA\nIntestatario del conto: {name}\nIBAN: {iban}\n"
        "La sottoscrizione del presente mandato autorizza l'associazione a richiedere alla "
        "banca l'addebito del conto.",
        "Verbale colloquio scuola-famiglia – classe 2ª B\nData: {date}, 16:15-16:50\n"
        "Alunno/a: {first} {last}\n"
        "Presenti: coordinatrice di classe, madre dell'alunno ({name2}), referente BES\n"
        "Motivo: compiti non svolti in modo ripetuto in matematica e inglese, calo del "
        "rendimento dopo le vacanze di Ognissanti.\n"
        "Accordi: il diario sarà firmato ogni sera da un genitore; recupero di matematica il "
        "martedì alla settima ora; nuovo colloquio tra sei settimane.\n"
        "Contatto della famiglia: {email}.",
    ],
    "nl": [
        "Instapkaart / Boarding pass\nPassagier: {last}/{first}\n"
        "Vlucht KL 1675 · Amsterdam Schiphol (AMS) → Barcelona (BCN)\n"
        "Datum {date} · Boarding 06:55 · Gate D7 · Stoel 14C\n"
        "Boekingscode QX7T2M · Ticket 074 {num}\n"
        "BCBP: M1{last}/{first} EQX7T2M AMSBCNKL 1675 312Y014C0087 100",
        "Nieuwe aanvraag via het contactformulier (www.example.nl/contact)\n\n"
        "Aanhef: geen voorkeur\nNaam: {name}\nE-mail: {email}\nTelefoon: {phone}\n"
        "Onderwerp: vraag over offerte {num}\n"
        "Bericht: Goedemiddag, is de montage bij de prijs inbegrepen? En komen jullie ook op "
        "zaterdag? Alvast bedankt.\nAkkoord met privacyverklaring: ja\n"
        "Verstuurd op {date} om 21:47",
        "Prikker: kerstborrel team sales – welke datum past?\n\n"
        "              vr 19/12   za 20/12   vr 9/1\n{name}        ✔          ✔          –\n"
        "{name2}       –          ✔          ✔\n{name3}       ✔          (✔)        ✔\n\n"
        "3 van de 11 deelnemers hebben gereageerd. De prikker sluit op {date}.",
        "Bericht van klant: 'Al 9 dagen wacht ik op mijn bestelling en de track & trace staat "
        "stil. Serieus? 😡' – {name}\n\n"
        "Antwoord @{first}{num}: Hoi {first}, wat vervelend dat je zo lang moet wachten! Stuur "
        "je ons via een privébericht je bestelnummer en postcode? Dan zoeken we het meteen "
        "voor je uit. ^KS",
        "Aangetekend\n\n{addr}\n{street}\n{postcode} {city}\n\n"
        "Betreft: aanzegging einde arbeidsovereenkomst\n\nGeachte {addr},\n\n"
        "Uw arbeidsovereenkomst voor bepaalde tijd eindigt op {date}. Hierbij laten wij u, "
        "conform artikel 7:668 BW, ten minste een maand van tevoren weten dat wij deze "
        "overeenkomst niet zullen voortzetten. Het openstaande vakantiesaldo en de "
        "vakantietoeslag worden met de eindafrekening uitbetaald.\n\nPersoneelsnummer: {num}\n"
        "\nMet vriendelijke groet,\nafdeling HR",
        "Medicatieoverzicht – Apotheek De Linde, {city}\nPatiënt: {name}   geb. {date}\n"
        "BSN: {nid}\nAfgedrukt op {date}\n\nGeneesmiddel | Gebruik | Sinds | Opmerking\n"
        "Ramipril 5 mg tablet | 1x per dag 1 stuk, 's ochtends | 2021 | bloeddruk\n"
        "Metformine 1000 mg tablet | 2x per dag 1 stuk, bij het eten | 2019 | diabetes\n"
        "Atorvastatine 20 mg tablet | 1x per dag 1 stuk, 's avonds | 2022 | cholesterol",
        "OFFERTE nr. OF-{num}\n{company} – Sanitair · Verwarming · Klimaat\n\n{addr}\n"
        "{street}\n{postcode} {city}\n\n"
        "Renovatie badkamer eerste verdieping, opname op {date}\n"
        "1  Slopen bestaande badkamer incl. afvoer puin   1 post     780,00\n"
        "2  Inloopdouche met douchegoot                   1 st     2.140,00\n"
        "3  Hangtoilet Geberit incl. montage              1 st       965,00\n"
        "Totaal excl. btw € {amount},00 – btw 21 %\n"
        "Deze offerte is 30 dagen geldig. Voor akkoord tekenen en retour sturen.",
        "# consignatie.yaml – team betalingsverkeer\nrotatie: wekelijks\n"
        "wissel: maandag 09:00\ndienst:\n  - week: 2025-W02\n    consignatie: {name}\n"
        "    mobiel: \"{phone}\"\n  - week: 2025-W03\n    consignatie: {name2}\n"
        "    escalatie: {email}\nterugval: meldkamer@example.nl",
        "Bezichtigingen {street_name} 14-III – zaterdag {date}\n"
        "10:00  {name}, tel. {phone} – stel met een kat\n10:20  {name2} – stukken al gemaild\n"
        "10:40  {name3}, terugbellen, komt misschien later\n11:00  vrij\n"
        "Sleutel ophalen bij de beheerder, meterstanden op de foto zetten.",
        "za 19:00 · tafel 7 · 6 pers. · op naam van {last} · tel {phone} · 60e verjaardag, "
        "nemen zelf taart mee (2 € p.p. taartgeld) · 1 kinderstoel · liever niet bij de deur",
        "Inschrijfformulier Zwemvereniging De Dolfijn {city}\n"
        "Voornaam: {first}   Achternaam: {last}\nGeboortedatum: {date}\n"
        "Adres: {street}, {postcode} {city}\nTelefoon: {phone}   E-mail: {email}\n"
        "Contributie senioren: € 28,50 per maand, inschrijfgeld € 15\n\n"
        "Doorlopende SEPA-machtiging\nRekeninghouder: {name}\nIBAN: {iban}\n"
        "Door ondertekening geeft u toestemming aan de vereniging om doorlopend "
        "incasso-opdrachten te sturen naar uw bank.",
        "Verslag oudergesprek – klas 2 havo B\nDatum: {date}, 16.15-16.50 uur\n"
        "Leerling: {first} {last}\n"
        "Aanwezig: mentor, moeder van de leerling ({name2}), zorgcoördinator\n"
        "Aanleiding: herhaaldelijk geen huiswerk bij wiskunde en Engels, cijfers gedaald sinds "
        "de herfstvakantie.\n"
        "Afspraken: ouders tekenen dagelijks de planner af; bijles wiskunde op dinsdag het 7e "
        "uur; vervolggesprek over zes weken.\nContact ouders via {email}.",
    ],
    "pl": [
        "Karta pokładowa / Boarding pass\nPasażer: {last}/{first}\n"
        "Lot LO 433 · Warszawa (WAW) → Barcelona (BCN)\n"
        "Data {date} · Boarding 06:55 · Wyjście 21 · Miejsce 14C\n"
        "Kod rezerwacji QX7T2M · Bilet 080 {num}\n"
        "BCBP: M1{last}/{first} EQX7T2M WAWBCNLO 0433 312Y014C0087 100",
        "Nowe zapytanie z formularza kontaktowego (www.example.pl/kontakt)\n\n"
        "Zwrot grzecznościowy: nie podano\nImię i nazwisko: {name}\nE-mail: {email}\n"
        "Telefon: {phone}\nTemat: pytanie o ofertę {num}\n"
        "Wiadomość: Dzień dobry, czy montaż jest wliczony w cenę? I czy przyjeżdżacie też w "
        "soboty? Z góry dziękuję.\nAkceptuję politykę prywatności: tak\nWysłano {date} o 21:47",
        "Ankieta: wigilia działu handlowego – który termin pasuje?\n\n"
        "              pt 19.12   sob 20.12   pt 9.01\n{name}        ✔          ✔           –\n"
        "{name2}       –          ✔           ✔\n{name3}       ✔          (✔)         ✔\n\n"
        "Zagłosowały 3 z 11 osób. Ankieta kończy się {date}.",
        "Wpis klienta: „Od 9 dni czekam na zamówienie, a śledzenie przesyłki stoi w miejscu. "
        "Serio? 😡” – {name}\n\n"
        "Odpowiedź @{first}{num}: Cześć {first}, bardzo nam przykro z powodu opóźnienia! "
        "Podeślesz nam w prywatnej wiadomości numer zamówienia i kod pocztowy? Od razu to "
        "sprawdzimy. ^BOK",
        "{city}, {date}\n\nPani/Pan {name}\n{street}\n{postcode} {city}\nPESEL: {nid}\n\n"
        "WYPOWIEDZENIE UMOWY O PRACĘ\n\n"
        "Niniejszym rozwiązuję z zachowaniem okresu wypowiedzenia umowę o pracę na czas "
        "nieokreślony zawartą w dniu 1 marca 2016 r. Okres wypowiedzenia wynosi trzy miesiące "
        "i upłynie z końcem miesiąca. Przyczyną wypowiedzenia jest likwidacja stanowiska pracy "
        "w dziale magazynowym.\n\n"
        "Pouczenie: od niniejszego wypowiedzenia przysługuje odwołanie do sądu pracy w "
        "terminie 21 dni od dnia jego doręczenia.\n\nKierownik działu kadr",
        "Karta zaleceń lekowych – Przychodnia Rodzinna, {city}\nPacjent: {name}   ur. {date}\n"
        "PESEL: {nid}\nWydrukowano {date}\n\nLek | Rano | Południe | Wieczór | Uwagi\n"
        "Ramipril 5 mg tabl. | 1 | 0 | 0 | ciśnienie\n"
        "Metformina 1000 mg | 1 | 0 | 1 | w trakcie posiłku\n"
        "Atoris 20 mg (atorwastatyna) | 0 | 0 | 1 | cholesterol",
        "OFERTA nr {num}\n"
        "{company} – Instalacje wodno-kanalizacyjne · Ogrzewanie · Klimatyzacja\n\n"
        "Klient: {name}\nAdres inwestycji: {street}, {postcode} {city}\n\n"
        "Remont łazienki na piętrze, oględziny {date}\n"
        "1  Demontaż starej armatury i wywóz gruzu       ryczałt     780,00 zł\n"
        "2  Prysznic bez brodzika z odpływem liniowym    1 szt.    2 140,00 zł\n"
        "3  WC podwieszane Geberit z montażem            1 szt.      965,00 zł\n"
        "Razem netto {amount},00 zł + VAT 8 %\nOferta ważna 30 dni.",
        "# dyzury.yaml – zespół płatności\nrotacja: tygodniowa\nzmiana: poniedziałek 09:00\n"
        "dyzury:\n  - tydzien: 2025-W02\n    dyzurny: {name}\n    komorka: \"{phone}\"\n"
        "  - tydzien: 2025-W03\n    dyzurny: {name2}\n    eskalacja: {email}\n"
        "zapas: noc@example.pl",
        "Oglądanie mieszkania {street_name} 14 m. 9 – sobota {date}\n"
        "10:00  {name}, tel. {phone} – para z kotem\n"
        "10:20  {name2} – dokumenty wysłał już mailem\n"
        "10:40  {name3}, oddzwonić, może się spóźnić\n11:00  wolne\n"
        "Klucze odebrać od administratora, zrobić zdjęcia liczników.",
        "sob 19:00 · stolik 7 · 6 os. · na nazwisko {last} · tel {phone} · 60. urodziny, "
        "przynoszą swój tort (2 zł/os. za podanie) · 1 krzesełko dla dziecka · nie przy "
        "wejściu prosili",
        "Deklaracja członkowska – Klub Pływacki {city}, sezon 2024/2025\n"
        "Imię: {first}   Nazwisko: {last}\nData urodzenia: {date}\n"
        "Adres: {street}, {postcode} {city}\nTelefon: {phone}   E-mail: {email}\n"
        "Składka członkowska dorośli: 90 zł/miesiąc, wpisowe 50 zł\n\n"
        "Zgoda na obciążanie rachunku (polecenie zapłaty)\nPosiadacz rachunku: {name}\n"
        "Numer rachunku: {iban}\n"
        "Wyrażam zgodę na obciążanie mojego rachunku kwotą składek na rzecz klubu.",
        "Notatka z rozmowy z rodzicami – klasa 7b\nData: {date}, 16:15–16:50\n"
        "Uczeń/uczennica: {first} {last}\n"
        "Obecni: wychowawczyni, matka ucznia ({name2}), pedagog szkolny\n"
        "Powód: powtarzający się brak zadań domowych z matematyki i angielskiego, spadek ocen "
        "od listopada.\n"
        "Ustalenia: rodzice codziennie podpisują zeszyt korespondencji; zajęcia wyrównawcze z "
        "matematyki we wtorki na 7. lekcji; kolejne spotkanie za sześć tygodni.\n"
        "Kontakt z rodzicami: {email}.",
    ],
}

NOT_PERSONAL_TENTH: dict[str, list[str]] = {
    "de": [
        "Gebrauchsinformation: Information für Anwender\nIbuprofen AL 400 mg Filmtabletten\n\n"
        "Lesen Sie die gesamte Packungsbeilage sorgfältig durch, bevor Sie mit der Einnahme "
        "dieses Arzneimittels beginnen. Wenden Sie sich an Ihren Arzt oder Apotheker, wenn Sie "
        "weitere Fragen haben. Dieses Arzneimittel wurde Ihnen persönlich verschrieben. Geben "
        "Sie es nicht an Dritte weiter.\n\n"
        "Pharmazeutischer Unternehmer: {company}, {street}, {postcode} {city}\n"
        "Hersteller: {company2}\nDiese Packungsbeilage wurde zuletzt überarbeitet im März 2024.",
        "Die Konrad-Adenauer-Brücke ist eine Straßenbrücke über den Main in Frankfurt am Main. "
        "Sie wurde in den 1960er-Jahren als Spannbetonbrücke errichtet und ersetzte einen im "
        "Zweiten Weltkrieg zerstörten Vorgängerbau. Ihren heutigen Namen trägt sie zu Ehren "
        "des ersten Bundeskanzlers. Am nördlichen Brückenkopf beginnt die "
        "Kurt-Schumacher-Straße, am südlichen Ufer liegt das Museumsufer mit dem Städel.\n\n"
        "Siehe auch: Liste der Mainbrücken in Frankfurt am Main",
        "was für ein abend 😅 union berlin gegen werder bremen 1:1, eigentor in der 12. und "
        "elfmeter in der 88. die alte försterei war ausverkauft, nächsten samstag geht's "
        "auswärts zur eintracht in den deutsche bank park. tabelle: platz 11 mit 18 punkten",
        "Museum Ludwig – Öffnungszeiten und Eintritt\n"
        "Di–So 10–18 Uhr, jeden ersten Donnerstag im Monat bis 22 Uhr, montags geschlossen\n"
        "Eintritt 13 €, ermäßigt 8,50 €, Kinder und Jugendliche unter 18 Jahren frei\n"
        "Führungen sonntags um 14 Uhr, Treffpunkt Foyer; Gruppen nach Anmeldung beim "
        "Museumsdienst Köln\nAnfahrt: Heinrich-Böll-Platz, fünf Minuten zu Fuß vom Hauptbahnhof",
        "/*\n * Copyright (c) 2019-2025 {company}\n *\n"
        " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        " * you may not use this file except in compliance with the License.\n"
        " * You may obtain a copy of the License at\n *\n"
        " *     http://www.apache.org/licenses/LICENSE-2.0\n *\n"
        " * Berechnet die Versandkosten je Zone (Tarifstand {date}).\n */\n"
        "package de.example.versand.tarif;",
        "ABFLUG / DEPARTURES · Flughafen München „Franz Josef Strauß“ · Terminal 2\n"
        "Zeit   Flug     Ziel              Gate  Bemerkung\n"
        "06:40  LH 2002  Hamburg           G21   Boarding\n"
        "06:55  LH 1832  Barcelona         H32   Gate offen\n"
        "07:05  LH 2470  London Heathrow   K14   verspätet 07:40\n"
        "07:15  EW 8021  Düsseldorf        G07   annulliert\n"
        "07:30  LH 1680  Wien              G33   planmäßig",
        "server {\n    listen 443 ssl http2;\n    server_name shop.example.de;\n"
        "    ssl_certificate     /etc/letsencrypt/live/shop.example.de/fullchain.pem;\n"
        "    ssl_certificate_key /etc/letsencrypt/live/shop.example.de/privkey.pem;\n\n"
        "    # Kundenkonto und Kasse nur über das Backend\n    location /mein-konto/ {\n"
        "        proxy_pass http://{host}:8080;\n"
        "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n"
        "    location /static/ {\n        root /srv/shop;\n        expires 30d;\n    }\n}",
        "Förderaufruf „Digitalisierung im Mittelstand 2025“\n"
        "Das Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie fördert kleine und "
        "mittlere Unternehmen mit Sitz in Nordrhein-Westfalen bei der Einführung digitaler "
        "Prozesse. Gefördert werden bis zu 50 % der zuwendungsfähigen Ausgaben, höchstens "
        "15.000 Euro je Vorhaben. Anträge sind bis zum {date} über das Förderportal "
        "einzureichen; über die Bewilligung entscheidet die Bezirksregierung in der "
        "Reihenfolge des Eingangs. Fachliche Fragen beantwortet der Projektträger Jülich.",
        "Kommissionierliste Tour {num} – Lager {city}\nLagerplatz | Artikel | Menge\n"
        "A-03-12 | Dr. Oetker Ristorante Pizza Salame | 24\n"
        "A-07-02 | Ritter Sport Alpenmilch 100 g | 60\n"
        "B-11-05 | Bahlsen Leibniz Butterkeks 200 g | 36\n"
        "C-02-09 | Hugo Boss Bottled Eau de Toilette 100 ml | 4\n"
        "C-04-01 | Kathreiner Malzkaffee 500 g | 12\n"
        "Kommissioniert: Scanner 07 · Kontrolle: Schichtleitung",
        "Volkshochschule {city} – Programm Frühjahr\n\n"
        "25F-3104  Italienisch A2 – Reisen und Alltag\n"
        "10 Termine, mittwochs 18:00–19:30 Uhr, ab {date}, Raum 204 (Geschwister-Scholl-Haus)\n"
        "Gebühr: 89 € (ermäßigt 62 €), Kursleitung: N. N.\n\n"
        "25F-4420  Excel-Grundlagen für den Beruf\n3 Samstage, 9:00–15:00 Uhr, EDV-Raum 1\n"
        "Gebühr: 120 €, als Bildungsurlaub anerkannt\n"
        "Anmeldung online oder in der Geschäftsstelle am Marktplatz.",
        "# Deutsche Übersetzung des Kundenportals.\n#\nmsgid \"\"\nmsgstr \"\"\n"
        "\"Language: de\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
        "#: templates/profile.html:12\nmsgid \"First name\"\nmsgstr \"Vorname\"\n\n"
        "#: templates/profile.html:13\nmsgid \"Last name\"\nmsgstr \"Nachname\"\n\n"
        "#: templates/orders.html:40\nmsgid \"Hello %(name)s, your order has shipped.\"\n"
        "msgstr \"Hallo %(name)s, deine Bestellung ist unterwegs.\"\n\n#, fuzzy\n"
        "msgid \"Delete account\"\nmsgstr \"Konto löschen\"",
        "Hafen Hamburg – erwartete Ankünfte\n"
        "ETA            Schiff            Typ               Liegeplatz\n"
        "{date} 05:30   Albert Ballin     Containerschiff   CTA Burchardkai\n"
        "{date} 11:00   AIDAprima         Kreuzfahrt        Cruise Center Steinwerder\n"
        "{date} 14:15   Emma Maersk       Containerschiff   Eurogate\n"
        "{date} 22:45   Finnmaid          RoRo-Fähre        O'Swaldkai\n"
        "Lotsenversetzung jeweils sechs Stunden vor ETA an der Elbe 1.",
    ],
    "fr": [
        "Notice : information de l'utilisateur\n"
        "Ibuprofène Biogaran 400 mg, comprimé pelliculé\n\n"
        "Veuillez lire attentivement cette notice avant de prendre ce médicament car elle "
        "contient des informations importantes pour vous. Adressez-vous à votre médecin ou à "
        "votre pharmacien pour tout conseil. Ce médicament vous a été personnellement "
        "prescrit. Ne le donnez pas à d'autres personnes.\n\n"
        "Titulaire de l'autorisation de mise sur le marché : {company}, {street}, {postcode} "
        "{city}\nFabricant : {company2}\n"
        "La dernière date à laquelle cette notice a été révisée est : mars 2024.",
        "Le pont Jacques-Chaban-Delmas est un pont levant qui franchit la Garonne à Bordeaux. "
        "Mis en service en 2013, il relie le quartier de Bacalan à la rive droite et porte le "
        "nom de l'ancien maire de la ville. Sa travée centrale peut être levée pour laisser "
        "passer les paquebots, qui accostent ensuite au quai des Chartrons. Sur la rive "
        "gauche, le pont débouche près de la Cité du Vin et du boulevard Alfred-Daney.\n\n"
        "Voir aussi : Liste des ponts de Bordeaux",
        "quelle soirée 😅 rc lens – olympique de marseille 1-1, csc à la 12e et penalty à la "
        "88e. bollaert plein à craquer, samedi prochain on se déplace à geoffroy-guichard. au "
        "classement : 11e avec 18 points",
        "Musée Rodin – horaires et tarifs\n"
        "Du mardi au dimanche de 10h à 18h30, fermé le lundi\n"
        "Plein tarif 14 €, tarif réduit 11 €, gratuit pour les moins de 18 ans\n"
        "Visites guidées le samedi à 14h30, rendez-vous à l'accueil ; groupes sur réservation\n"
        "Accès : 77 rue de Varenne, métro Varenne (ligne 13) ou Invalides",
        "/*\n * Copyright (c) 2019-2025 {company}\n *\n"
        " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        " * you may not use this file except in compliance with the License.\n"
        " * You may obtain a copy of the License at\n *\n"
        " *     http://www.apache.org/licenses/LICENSE-2.0\n *\n"
        " * Calcule les frais de port par zone (grille tarifaire du {date}).\n */\n"
        "package fr.example.expedition.tarif;",
        "DÉPARTS / DEPARTURES · Aéroport Paris-Charles de Gaulle · Terminal 2F\n"
        "Heure  Vol      Destination        Porte  Remarque\n"
        "06:40  AF 1000  Madrid             F22    Embarquement\n"
        "06:55  AF 1148  Lisbonne           F31    Porte ouverte\n"
        "07:05  AF 1080  Londres Heathrow   F40    Retardé 07:40\n"
        "07:15  AF 7700  Nice Côte d'Azur   F24    Annulé\n"
        "07:30  AF 1418  Vienne             F36    À l'heure",
        "server {\n    listen 443 ssl http2;\n    server_name boutique.example.fr;\n"
        "    ssl_certificate     /etc/letsencrypt/live/boutique.example.fr/fullchain.pem;\n"
        "    ssl_certificate_key /etc/letsencrypt/live/boutique.example.fr/privkey.pem;\n\n"
        "    # Espace client et paiement uniquement via le backend\n"
        "    location /mon-compte/ {\n        proxy_pass http://{host}:8080;\n"
        "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n"
        "    location /static/ {\n        root /srv/boutique;\n        expires 30d;\n    }\n}",
        "Appel à projets « Industrie du futur 2025 »\n"
        "La Région Auvergne-Rhône-Alpes, en lien avec Bpifrance, accompagne les PME et ETI "
        "implantées sur son territoire dans la modernisation de leur outil de production. "
        "L'aide prend la forme d'une subvention couvrant jusqu'à 30 % des dépenses éligibles, "
        "plafonnée à 200 000 €. Les dossiers sont à déposer avant le {date} sur la plateforme "
        "régionale ; ils sont instruits par la direction de l'économie puis soumis à la "
        "commission permanente. Le préfet de région est informé des projets retenus.",
        "Liste de préparation – tournée {num}, entrepôt de {city}\n"
        "Emplacement | Article | Qté\nA-03-12 | Bonne Maman confiture fraises 370 g | 24\n"
        "A-07-02 | Michel et Augustin petits sablés | 60\n"
        "B-11-05 | Saint Michel galettes pur beurre | 36\n"
        "C-02-09 | Yves Rocher gel douche 400 ml | 12\n"
        "C-04-01 | Jacques Vabre café moulu 250 g | 18\n"
        "Préparé par : terminal 07 · Contrôle : chef d'équipe",
        "Université populaire de {city} – programme de printemps\n\n"
        "25P-3104  Italien A2 – voyages et vie quotidienne\n"
        "10 séances, le mercredi de 18h à 19h30, à partir du {date}, salle 204 (maison "
        "Jean-Moulin)\nTarif : 89 € (réduit 62 €), intervenant : à confirmer\n\n"
        "25P-4420  Excel, les bases pour le travail\n3 samedis, 9h-15h, salle informatique 1\n"
        "Tarif : 120 €\nInscriptions en ligne ou à l'accueil, place de l'Hôtel-de-Ville.",
        "# Traduction française du portail client.\n#\nmsgid \"\"\nmsgstr \"\"\n"
        "\"Language: fr\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
        "#: templates/profile.html:12\nmsgid \"First name\"\nmsgstr \"Prénom\"\n\n"
        "#: templates/profile.html:13\nmsgid \"Last name\"\nmsgstr \"Nom\"\n\n"
        "#: templates/orders.html:40\nmsgid \"Hello %(name)s, your order has shipped.\"\n"
        "msgstr \"Bonjour %(name)s, votre commande a été expédiée.\"\n\n#, fuzzy\n"
        "msgid \"Delete account\"\nmsgstr \"Supprimer le compte\"",
        "Grand port maritime de Marseille – escales prévues\n"
        "ETA            Navire                   Type              Poste\n"
        "{date} 05:30   CMA CGM Jacques Saadé    porte-conteneurs  Fos 2XL\n"
        "{date} 11:00   MSC World Europa         croisière         terminal de la Joliette\n"
        "{date} 14:15   Pascal Paoli             ferry             gare maritime Major\n"
        "{date} 22:45   Jean Nicoli              ferry             quai d'Arenc\n"
        "Embarquement du pilote deux heures avant l'arrivée.",
    ],
    "es": [
        "Prospecto: información para el usuario\n"
        "Ibuprofeno Cinfa 400 mg comprimidos recubiertos con película EFG\n\n"
        "Lea todo el prospecto detenidamente antes de empezar a tomar este medicamento, porque "
        "contiene información importante para usted. Si tiene alguna duda, consulte a su "
        "médico o farmacéutico. Este medicamento se le ha recetado solamente a usted, y no "
        "debe dárselo a otras personas.\n\n"
        "Titular de la autorización de comercialización: {company}, {street}, {postcode} "
        "{city}\nResponsable de la fabricación: {company2}\n"
        "Fecha de la última revisión de este prospecto: marzo 2024.",
        "El estadio Santiago Bernabéu es un estadio de fútbol situado en el paseo de la "
        "Castellana de Madrid. Inaugurado en 1947, lleva desde 1955 el nombre del que fue "
        "presidente del club. Tras la última reforma cuenta con cubierta retráctil y un "
        "videomarcador de 360 grados. Está comunicado por la estación de metro Santiago "
        "Bernabéu (línea 10) y por varias líneas de autobús de la EMT; en los días de partido "
        "se cortan al tráfico el paseo de la Castellana y la calle de Concha Espina.\n\n"
        "Véase también: Anexo:Estadios de fútbol de España",
        "vaya nochecita 😅 real betis – athletic club 1-1, gol en propia a los 12 y penalti en "
        "el 88. el benito villamarín hasta arriba, el sábado que viene toca ir al ramón "
        "sánchez-pizjuán. en la tabla: 11.º con 18 puntos",
        "Museo Sorolla – horarios y tarifas\n"
        "De martes a sábado de 9:30 a 20:00; domingos y festivos de 10:00 a 15:00; lunes "
        "cerrado\n"
        "Entrada general 3 €, reducida 1,50 €; gratuita los sábados desde las 14:00 y los "
        "domingos\n"
        "Visitas guiadas para grupos con reserva previa en el departamento de Difusión\n"
        "Cómo llegar: paseo del General Martínez Campos, 37; metro Iglesia (línea 1) o "
        "Gregorio Marañón (líneas 7 y 10)",
        "/*\n * Copyright (c) 2019-2025 {company}\n *\n"
        " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        " * you may not use this file except in compliance with the License.\n"
        " * You may obtain a copy of the License at\n *\n"
        " *     http://www.apache.org/licenses/LICENSE-2.0\n *\n"
        " * Calcula los gastos de envío por zona (tarifas vigentes desde el {date}).\n */\n"
        "package es.example.envios.tarifas;",
        "SALIDAS / DEPARTURES · Aeropuerto Adolfo Suárez Madrid-Barajas · T4\n"
        "Hora   Vuelo    Destino           Puerta  Observaciones\n"
        "06:40  IB 3402  París-Orly        J52     Embarcando\n"
        "06:55  IB 3166  Roma-Fiumicino    J42     Puerta abierta\n"
        "07:05  IB 3170  Londres Heathrow  K80     Retrasado 07:40\n"
        "07:15  UX 7101  Palma de Mallorca J38     Cancelado\n"
        "07:30  IB 0384  Lisboa            J46     En hora",
        "server {\n    listen 443 ssl http2;\n    server_name tienda.example.es;\n"
        "    ssl_certificate     /etc/letsencrypt/live/tienda.example.es/fullchain.pem;\n"
        "    ssl_certificate_key /etc/letsencrypt/live/tienda.example.es/privkey.pem;\n\n"
        "    # Área de cliente y pago solo a través del backend\n    location /mi-cuenta/ {\n"
        "        proxy_pass http://{host}:8080;\n"
        "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n"
        "    location /static/ {\n        root /srv/tienda;\n        expires 30d;\n    }\n}",
        "Convocatoria de ayudas para la digitalización de pymes 2025\n"
        "La Consejería de Economía, Hacienda y Empleo concede subvenciones en régimen de "
        "concurrencia competitiva a pequeñas y medianas empresas con domicilio social en la "
        "Comunidad de Madrid para la implantación de soluciones digitales. La ayuda cubre "
        "hasta el 50 % del gasto subvencionable, con un máximo de 15.000 euros por proyecto. "
        "Las solicitudes se presentarán hasta el {date} en la sede electrónica; la persona "
        "titular de la Dirección General de Economía dictará la resolución de concesión.",
        "Lista de picking – ruta {num}, almacén de {city}\nUbicación | Artículo | Uds.\n"
        "A-03-12 | Cola Cao original 760 g | 24\nA-07-02 | Chupa Chups bote 50 uds. | 60\n"
        "B-11-05 | Don Simón zumo de naranja 1 l | 36\nC-02-09 | Tío Pepe fino 75 cl | 12\n"
        "C-04-01 | Marqués de Cáceres crianza 75 cl | 18\n"
        "Preparado por: terminal 07 · Revisión: jefe de turno",
        "Universidad Popular de {city} – programación de primavera\n\n"
        "25P-3104  Italiano A2 – viajes y vida cotidiana\n"
        "10 sesiones, los miércoles de 18:00 a 19:30, a partir del {date}, aula 204 (Casa de "
        "Cultura Miguel Hernández)\nPrecio: 89 € (reducido 62 €), profesorado: por determinar\n"
        "\n25P-4420  Excel básico para el trabajo\n"
        "3 sábados, de 9:00 a 15:00, aula de informática 1\nPrecio: 120 €\n"
        "Inscripciones en línea o en la conserjería de la plaza Mayor.",
        "# Traducción al español del portal de clientes.\n#\nmsgid \"\"\nmsgstr \"\"\n"
        "\"Language: es\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
        "#: templates/profile.html:12\nmsgid \"First name\"\nmsgstr \"Nombre\"\n\n"
        "#: templates/profile.html:13\nmsgid \"Last name\"\nmsgstr \"Apellidos\"\n\n"
        "#: templates/orders.html:40\nmsgid \"Hello %(name)s, your order has shipped.\"\n"
        "msgstr \"Hola, %(name)s: tu pedido ya está en camino.\"\n\n#, fuzzy\n"
        "msgid \"Delete account\"\nmsgstr \"Eliminar cuenta\"",
        "Port de Barcelona – escalas previstas\n"
        "ETA            Buque                    Tipo             Muelle\n"
        "{date} 05:30   MSC Gülsün               portacontenedores  BEST, muelle Prat\n"
        "{date} 11:00   Wonder of the Seas       crucero          terminal A, muelle Adosado\n"
        "{date} 14:15   Abel Matutes             ferri            muelle de Costa\n"
        "{date} 22:45   Hypatia de Alejandría    ferri            muelle de San Beltrán\n"
        "Embarque del práctico dos horas antes de la llegada.",
    ],
    "it": [
        "Foglio illustrativo: informazioni per l'utilizzatore\n"
        "Ibuprofene DOC Generici 400 mg compresse rivestite con film\n\n"
        "Legga attentamente questo foglio prima di prendere questo medicinale perché contiene "
        "importanti informazioni per lei. Se ha qualsiasi dubbio, si rivolga al medico o al "
        "farmacista. Questo medicinale è stato prescritto soltanto per lei. Non lo dia ad "
        "altre persone.\n\n"
        "Titolare dell'autorizzazione all'immissione in commercio: {company}, {street}, "
        "{postcode} {city}\nProduttore: {company2}\n"
        "Questo foglio illustrativo è stato aggiornato il: marzo 2024.",
        "La Galleria Vittorio Emanuele II è una galleria commerciale coperta di Milano che "
        "collega piazza del Duomo con piazza della Scala. Costruita tra il 1865 e il 1877, è "
        "dedicata al primo re d'Italia. Ospita negozi di moda, librerie e locali storici; sul "
        "pavimento dell'Ottagono si trova il mosaico del toro, stemma di Torino. È "
        "raggiungibile con la metropolitana, fermata Duomo (linee M1 e M3).\n\n"
        "Voci correlate: Gallerie commerciali di Milano",
        "che serata 😅 fiorentina – atalanta 1-1, autogol al 12' e rigore all'88'. franchi "
        "pieno, sabato prossimo si va al diego armando maradona. in classifica: undicesimi con "
        "18 punti",
        "Museo Nazionale Scienza e Tecnologia Leonardo da Vinci – orari e biglietti\n"
        "Da martedì a venerdì 9:30-17:00; sabato, domenica e festivi 9:30-18:30; lunedì "
        "chiuso\nIntero 10 €, ridotto 7,50 €, gratuito sotto i 3 anni\n"
        "Visite guidate e laboratori su prenotazione presso l'ufficio didattica\n"
        "Come arrivare: via San Vittore 21, metro M2 Sant'Ambrogio, bus 50, 58 e 94",
        "/*\n * Copyright (c) 2019-2025 {company}\n *\n"
        " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        " * you may not use this file except in compliance with the License.\n"
        " * You may obtain a copy of the License at\n *\n"
        " *     http://www.apache.org/licenses/LICENSE-2.0\n *\n"
        " * Calcola le spese di spedizione per zona (tariffe in vigore dal {date}).\n */\n"
        "package it.example.spedizioni.tariffe;",
        "PARTENZE / DEPARTURES · Aeroporto di Roma-Fiumicino «Leonardo da Vinci» · Terminal 1\n"
        "Ora    Volo     Destinazione      Uscita  Note\n"
        "06:40  AZ 2010  Milano Linate     B12     Imbarco\n"
        "06:55  AZ 608   Barcellona        E24     Gate aperto\n"
        "07:05  AZ 202   Londra Heathrow   E31     In ritardo 07:40\n"
        "07:15  AZ 1155  Catania           C08     Cancellato\n"
        "07:30  AZ 428   Parigi CDG        E18     In orario",
        "server {\n    listen 443 ssl http2;\n    server_name negozio.example.it;\n"
        "    ssl_certificate     /etc/letsencrypt/live/negozio.example.it/fullchain.pem;\n"
        "    ssl_certificate_key /etc/letsencrypt/live/negozio.example.it/privkey.pem;\n\n"
        "    # Area clienti e pagamento solo tramite il backend\n"
        "    location /il-mio-account/ {\n        proxy_pass http://{host}:8080;\n"
        "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n"
        "    location /static/ {\n        root /srv/negozio;\n        expires 30d;\n    }\n}",
        "Bando «Voucher digitalizzazione PMI 2025»\n"
        "La Camera di Commercio sostiene le micro, piccole e medie imprese con sede legale o "
        "unità locale nella circoscrizione camerale nell'adozione di tecnologie digitali. Il "
        "contributo copre fino al 50 % delle spese ammissibili, per un massimo di 10.000 euro "
        "per impresa. Le domande vanno presentate entro il {date} tramite la piattaforma "
        "telematica; l'istruttoria è curata dall'Ufficio Promozione e il provvedimento di "
        "concessione è adottato dal Segretario Generale.",
        "Lista di prelievo – giro {num}, magazzino di {city}\nUbicazione | Articolo | Q.tà\n"
        "A-03-12 | Giovanni Rana tortellini prosciutto crudo 250 g | 24\n"
        "A-07-02 | Ferrero Rocher T16 | 60\nB-11-05 | Lavazza Qualità Rossa 250 g | 36\n"
        "C-02-09 | Martini Bianco 1 l | 12\nC-04-01 | Peroni Nastro Azzurro 33 cl x 6 | 18\n"
        "Prelevato da: terminale 07 · Controllo: capoturno",
        "Università Popolare di {city} – corsi di primavera\n\n"
        "25P-3104  Spagnolo A2 – viaggi e vita quotidiana\n"
        "10 incontri, il mercoledì dalle 18:00 alle 19:30, dal {date}, aula 204 (Palazzo "
        "Garibaldi)\nQuota: 89 € (ridotta 62 €), docente: da definire\n\n"
        "25P-4420  Excel di base per il lavoro\n3 sabati, 9:00-15:00, aula informatica 1\n"
        "Quota: 120 €\nIscrizioni online o in segreteria, piazza del Municipio.",
        "# Traduzione italiana del portale clienti.\n#\nmsgid \"\"\nmsgstr \"\"\n"
        "\"Language: it\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
        "#: templates/profile.html:12\nmsgid \"First name\"\nmsgstr \"Nome\"\n\n"
        "#: templates/profile.html:13\nmsgid \"Last name\"\nmsgstr \"Cognome\"\n\n"
        "#: templates/orders.html:40\nmsgid \"Hello %(name)s, your order has shipped.\"\n"
        "msgstr \"Ciao %(name)s, il tuo ordine è stato spedito.\"\n\n#, fuzzy\n"
        "msgid \"Delete account\"\nmsgstr \"Elimina account\"",
        "Porto di Genova – arrivi previsti\n"
        "ETA            Nave                  Tipo              Banchina\n"
        "{date} 05:30   MSC Gülsün            portacontainer    PSA Genova Pra'\n"
        "{date} 11:00   Costa Toscana         crociera          Stazione Marittima, ponte dei "
        "Mille\n{date} 14:15   Amerigo Vespucci      nave scuola       calata Gadda\n"
        "{date} 22:45   Moby Tommy            traghetto         terminal traghetti, ponte "
        "Colombo\nImbarco del pilota due ore prima dell'arrivo.",
    ],
    "nl": [
        "Bijsluiter: informatie voor de gebruiker\n"
        "Ibuprofen Sandoz 400 mg, filmomhulde tabletten\n\n"
        "Lees goed de hele bijsluiter voordat u dit geneesmiddel gaat gebruiken want er staat "
        "belangrijke informatie in voor u. Heeft u nog vragen? Neem dan contact op met uw arts "
        "of apotheker. Geef dit geneesmiddel niet door aan anderen, want het is alleen aan u "
        "voorgeschreven.\n\n"
        "Houder van de vergunning voor het in de handel brengen: {company}, {street}, "
        "{postcode} {city}\nFabrikant: {company2}\n"
        "Deze bijsluiter is voor het laatst goedgekeurd in maart 2024.",
        "De Erasmusbrug is een tuibrug over de Nieuwe Maas in Rotterdam. De brug werd in 1996 "
        "in gebruik genomen en verbindt het centrum met de Kop van Zuid. Ze is vernoemd naar "
        "de Rotterdamse humanist en wordt vanwege haar vorm ook wel 'De Zwaan' genoemd. Aan de "
        "zuidkant ligt een beweegbaar deel, zodat hogere schepen kunnen passeren. Over de brug "
        "rijden trams en auto's; aan de noordzijde sluit ze aan op de Coolsingel en het "
        "Willemsplein.\n\nZie ook: Lijst van bruggen in Rotterdam",
        "wat een avond 😅 feyenoord – az 1-1, eigen goal in de 12e en een penalty in de 88e. de "
        "kuip was uitverkocht, zaterdag uit bij ajax in de johan cruijff arena. stand: 11e met "
        "18 punten",
        "Van Gogh Museum – openingstijden en tickets\n"
        "Dagelijks geopend van 9.00 tot 18.00 uur, op vrijdag tot 21.00 uur\n"
        "Toegang € 22, jongeren tot en met 17 jaar gratis, Museumkaart geldig (tijdslot "
        "reserveren)\nRondleidingen en workshops op afspraak via de educatieafdeling\n"
        "Bereikbaarheid: Museumplein 6, Amsterdam; tram 2 en 12, halte Van Baerlestraat",
        "/*\n * Copyright (c) 2019-2025 {company}\n *\n"
        " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        " * you may not use this file except in compliance with the License.\n"
        " * You may obtain a copy of the License at\n *\n"
        " *     http://www.apache.org/licenses/LICENSE-2.0\n *\n"
        " * Berekent de verzendkosten per zone (tarieven geldig vanaf {date}).\n */\n"
        "package nl.example.verzending.tarieven;",
        "VERTREK / DEPARTURES · Amsterdam Airport Schiphol · Vertrekhal 1\n"
        "Tijd   Vlucht   Bestemming        Gate  Opmerking\n"
        "06:40  KL 1001  Londen Heathrow   D3    Boarding\n"
        "06:55  KL 1675  Barcelona         D7    Gate open\n"
        "07:05  HV 5131  Malaga            D12   Vertraagd 07:40\n"
        "07:15  KL 1771  Frankfurt         B15   Geannuleerd\n"
        "07:30  KL 1323  Parijs CDG        D5    Op tijd",
        "server {\n    listen 443 ssl http2;\n    server_name winkel.example.nl;\n"
        "    ssl_certificate     /etc/letsencrypt/live/winkel.example.nl/fullchain.pem;\n"
        "    ssl_certificate_key /etc/letsencrypt/live/winkel.example.nl/privkey.pem;\n\n"
        "    # Klantaccount en afrekenen alleen via de backend\n    location /mijn-account/ {\n"
        "        proxy_pass http://{host}:8080;\n"
        "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n"
        "    location /static/ {\n        root /srv/winkel;\n        expires 30d;\n    }\n}",
        "Subsidieregeling MKB-innovatiestimulering Regio en Topsectoren (MIT) 2025\n"
        "De minister van Economische Zaken stelt voor haalbaarheidsprojecten en "
        "R&D-samenwerkingsprojecten van mkb-ondernemers een budget beschikbaar. De subsidie "
        "bedraagt 40 % van de subsidiabele kosten, met een maximum van € 20.000 per "
        "haalbaarheidsproject. Aanvragen kunnen tot {date} worden ingediend via het eLoket van "
        "de Rijksdienst voor Ondernemend Nederland, die de regeling namens de minister "
        "uitvoert. Bij overtekening beslist loting.",
        "Orderpicklijst rit {num} – DC {city}\nLocatie | Artikel | Aantal\n"
        "A-03-12 | Douwe Egberts Aroma Rood snelfiltermaling 500 g | 24\n"
        "A-07-02 | Tony's Chocolonely melk 180 g | 60\n"
        "B-11-05 | Verkade Sultana fruitbiscuit | 36\n"
        "C-02-09 | Hertog Jan pils krat 24 x 30 cl | 12\n"
        "C-04-01 | Van Nelle Supra koffie 250 g | 18\n"
        "Gepickt door: scanner 07 · Controle: ploegleider",
        "Volksuniversiteit {city} – voorjaarsprogramma\n\n"
        "25V-3104  Italiaans A2 – reizen en dagelijks leven\n"
        "10 lessen, woensdag 18.00-19.30 uur, vanaf {date}, lokaal 204 (Anne Frankschool)\n"
        "Cursusgeld: € 89 (met stadspas € 62), docent: nog niet bekend\n\n"
        "25V-4420  Excel voor op het werk, de basis\n"
        "3 zaterdagen, 9.00-15.00 uur, computerlokaal 1\nCursusgeld: € 120\n"
        "Aanmelden online of aan de balie op de Grote Markt.",
        "# Nederlandse vertaling van het klantenportaal.\n#\nmsgid \"\"\nmsgstr \"\"\n"
        "\"Language: nl\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
        "#: templates/profile.html:12\nmsgid \"First name\"\nmsgstr \"Voornaam\"\n\n"
        "#: templates/profile.html:13\nmsgid \"Last name\"\nmsgstr \"Achternaam\"\n\n"
        "#: templates/orders.html:40\nmsgid \"Hello %(name)s, your order has shipped.\"\n"
        "msgstr \"Hallo %(name)s, je bestelling is verzonden.\"\n\n#, fuzzy\n"
        "msgid \"Delete account\"\nmsgstr \"Account verwijderen\"",
        "Haven Rotterdam – verwachte aankomsten\n"
        "ETA            Schip               Type              Ligplaats\n"
        "{date} 05:30   Anna Maersk         containerschip    APM Terminals Maasvlakte II\n"
        "{date} 11:00   Rotterdam           cruiseschip       Cruise Terminal Wilhelminakade\n"
        "{date} 14:15   Stena Britannica    veerboot          Stena Line Hoek van Holland\n"
        "{date} 22:45   Cristóbal Colón     sleephopperzuiger Calandkanaal\n"
        "Loodsaan boord twee uur voor aankomst bij de Maasmond.",
    ],
    "pl": [
        "Ulotka dołączona do opakowania: informacja dla pacjenta\n"
        "Ibuprofen Teva, 400 mg, tabletki powlekane\n\n"
        "Należy uważnie zapoznać się z treścią ulotki przed zastosowaniem leku, ponieważ "
        "zawiera ona informacje ważne dla pacjenta. W razie jakichkolwiek wątpliwości należy "
        "zwrócić się do lekarza lub farmaceuty. Lek ten przepisano ściśle określonej osobie. "
        "Nie należy go przekazywać innym.\n\n"
        "Podmiot odpowiedzialny: {company}, {street}, {postcode} {city}\nWytwórca: {company2}\n"
        "Data ostatniej aktualizacji ulotki: marzec 2024.",
        "Kładka Ojca Bernatka – kładka pieszo-rowerowa na Wiśle w Krakowie, łącząca Kazimierz "
        "z Podgórzem. Otwarta w 2010 roku, nosi imię zakonnika związanego ze szpitalem "
        "Bonifratrów na Kazimierzu. Konstrukcja składa się z dwóch łuków stalowych, a na "
        "linach zawieszono rzeźby akrobatów. Od strony Podgórza kładka prowadzi w stronę placu "
        "Bohaterów Getta i ulicy Józefińskiej.\n\nZobacz też: Mosty w Krakowie",
        "ale wieczór 😅 lech poznań – legia warszawa 1:1, samobój w 12. minucie i karny w 88. "
        "bułgarska pełna po brzegi, w sobotę jedziemy na stadion im. ernesta pohla. w tabeli: "
        "11. miejsce, 18 pkt",
        "Muzeum Fryderyka Chopina w Warszawie – godziny otwarcia i bilety\n"
        "Wtorek–niedziela 11:00–20:00, poniedziałki nieczynne\n"
        "Bilet normalny 25 zł, ulgowy 15 zł, we wtorki wstęp wolny\n"
        "Zwiedzanie z przewodnikiem dla grup po wcześniejszej rezerwacji w dziale edukacji\n"
        "Dojazd: Pałac Ostrogskich, ul. Okólnik 1; metro Nowy Świat-Uniwersytet (linia M2)",
        "/*\n * Copyright (c) 2019-2025 {company}\n *\n"
        " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        " * you may not use this file except in compliance with the License.\n"
        " * You may obtain a copy of the License at\n *\n"
        " *     http://www.apache.org/licenses/LICENSE-2.0\n *\n"
        " * Oblicza koszty wysyłki dla stref (cennik obowiązuje od {date}).\n */\n"
        "package pl.example.wysylka.cennik;",
        "ODLOTY / DEPARTURES · Lotnisko Chopina w Warszawie · Terminal A\n"
        "Godz.  Lot      Kierunek          Wyjście  Uwagi\n"
        "06:40  LO 3903  Kraków            14       Boarding\n"
        "06:55  LO 433   Barcelona         21       Wyjście otwarte\n"
        "07:05  LO 281   Londyn Heathrow   28       Opóźniony 07:40\n"
        "07:15  LO 3831  Gdańsk            11       Odwołany\n"
        "07:30  LO 333   Paryż CDG         25       Planowo",
        "server {\n    listen 443 ssl http2;\n    server_name sklep.example.pl;\n"
        "    ssl_certificate     /etc/letsencrypt/live/sklep.example.pl/fullchain.pem;\n"
        "    ssl_certificate_key /etc/letsencrypt/live/sklep.example.pl/privkey.pem;\n\n"
        "    # Konto klienta i płatności tylko przez backend\n    location /moje-konto/ {\n"
        "        proxy_pass http://{host}:8080;\n"
        "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n"
        "    location /static/ {\n        root /srv/sklep;\n        expires 30d;\n    }\n}",
        "Nabór wniosków – „Bony na cyfryzację MŚP 2025”\n"
        "Samorząd Województwa Mazowieckiego ogłasza nabór wniosków o dofinansowanie wdrożenia "
        "rozwiązań cyfrowych w mikro-, małych i średnich przedsiębiorstwach. Dofinansowanie "
        "wynosi do 50 % wydatków kwalifikowalnych, maksymalnie 60 000 zł na projekt. Wnioski "
        "należy składać do {date} za pośrednictwem systemu teleinformatycznego. Oceny dokonuje "
        "komisja powołana przez Instytucję Pośredniczącą, a listę projektów zatwierdza Zarząd "
        "Województwa na wniosek Marszałka.",
        "Lista kompletacyjna – trasa {num}, magazyn {city}\nLokalizacja | Towar | Ilość\n"
        "A-03-12 | E. Wedel Ptasie Mleczko waniliowe 340 g | 24\n"
        "A-07-02 | Prince Polo XXL classic | 60\nB-11-05 | Krówki Milanówek 1 kg | 36\n"
        "C-02-09 | Wódka Chopin 0,7 l | 12\nC-04-01 | Jacobs Krönung mielona 500 g | 18\n"
        "Kompletował: terminal 07 · Kontrola: kierownik zmiany",
        "Miejski Ośrodek Kultury im. Marii Konopnickiej w {city} – zajęcia wiosenne\n\n"
        "25W-3104  Język włoski A2 – podróże i codzienność\n"
        "10 spotkań, środy 18:00–19:30, od {date}, sala 204\n"
        "Opłata: 89 zł (ulgowa 62 zł), prowadzący: do ustalenia\n\n"
        "25W-4420  Excel w pracy – podstawy\n3 soboty, 9:00–15:00, pracownia komputerowa nr 1\n"
        "Opłata: 120 zł\nZapisy online lub w sekretariacie przy Rynku.",
        "# Polskie tłumaczenie portalu klienta.\n#\nmsgid \"\"\nmsgstr \"\"\n"
        "\"Language: pl\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
        "#: templates/profile.html:12\nmsgid \"First name\"\nmsgstr \"Imię\"\n\n"
        "#: templates/profile.html:13\nmsgid \"Last name\"\nmsgstr \"Nazwisko\"\n\n"
        "#: templates/orders.html:40\nmsgid \"Hello %(name)s, your order has shipped.\"\n"
        "msgstr \"Cześć %(name)s, Twoje zamówienie zostało wysłane.\"\n\n#, fuzzy\n"
        "msgid \"Delete account\"\nmsgstr \"Usuń konto\"",
        "Port Gdynia – planowane zawinięcia\n"
        "ETA            Statek              Typ               Nabrzeże\n"
        "{date} 05:30   Fryderyk Chopin     żaglowiec         nabrzeże Pomorskie\n"
        "{date} 11:00   Jan Śniadecki       prom kolejowy     Terminal Promowy, nabrzeże "
        "Polskie\n"
        "{date} 14:15   Stena Spirit        prom pasażerski   Terminal Promowy Stena Line\n"
        "{date} 22:45   MSC Gülsün          kontenerowiec     Bałtycki Terminal Kontenerowy\n"
        "Pilot wchodzi na pokład dwie godziny przed zawinięciem.",
    ],
}
