"""Eighth round of held-out European test texts for the accuracy harness (`eval_european.py`).

Per language (de, fr, es, it, nl, pl), 12 notes that name a person or hold a person's
contact or identifier, and 12 that hold none. They were written by hand, independently of
the classifier, and no classifier was run on them while they were written: neither the
classifier nor its lists were tuned on them, and nobody has looked at how the classifier
reads them. They are the eighth round and are held out: use them for measurement only,
after the first round (`PERSONAL`, `NOT_PERSONAL`), the second (`PERSONAL_NEW`,
`NOT_PERSONAL_NEW`), the third (`european_templates_third.py`), the fourth
(`european_templates_fourth.py`), the fifth (`european_templates_fifth.py`), the sixth
(`european_templates_sixth.py`) and the seventh (`european_templates_seventh.py`).

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

PERSONAL_EIGHTH: dict[str, list[str]] = {
    "de": [
        "dn: uid={first}.{last},ou=Mitarbeiter,dc=example,dc=de\nobjectClass: inetOrgPerson\n"
        "cn: {first} {last}\nsn: {last}\ngivenName: {first}\nmail: {email}\n"
        "telephoneNumber: {phone}\ndepartmentNumber: 4120\ntitle: Sachbearbeitung Kreditoren",
        "Traceback (most recent call last):\n"
        '  File "/opt/abrechnung/sepa/export.py", line 214, in build_batch\n'
        '    konto = pruefe_iban(zeile["iban"])\n'
        '  File "/opt/abrechnung/sepa/checks.py", line 57, in pruefe_iban\n'
        '    raise UngueltigeIBAN("Prüfziffer falsch: %r" % wert)\nsepa.checks.UngueltigeIBAN: '
        "Prüfziffer falsch: '{iban}' (Kontoinhaber: {name}, Mandat MITGL-{num})",
        "INSERT INTO geraeteausgabe (inventar_nr, geraet, ausgegeben_an, email, ausgabe_am, "
        "rueckgabe_bis)\n"
        "VALUES ('NB-{num}', 'Lenovo ThinkPad T14 Gen 4', '{name}', '{email}', '{date}', NULL);",
        "MVZ Labormedizin {city} – Befundbericht\nPatient/in: {last}, {first}   geb. {date}\n"
        "Einsender: Hausarztpraxis am Markt\nAuftragsnr.: {num}   Eingang: {date}\n\n"
        "HbA1c              6,9 %       (< 5,7)     H\n"
        "Glukose nüchtern   132 mg/dl   (70–99)     H\n"
        "TSH basal          1,8 mU/l    (0,4–4,0)\nKreatinin          0,9 mg/dl   (0,5–1,0)\n\n"
        "Pathologische Werte vorab telefonisch an den Einsender durchgegeben.",
        "Stadtbibliothek {city} – 1. Erinnerung\n\n{name}\n{street}\n{postcode} {city}\n\n"
        "Ausweisnummer {num}\n\nFür folgende Medien ist die Leihfrist abgelaufen:\n"
        "– „Der Schwarm“ (Roman), fällig am {date}\n– Tonie „Die Maus“, fällig am {date}\n"
        "Bisher angefallene Säumnisgebühr: 2,50 EUR. Verlängern können Sie online über Ihr "
        "Bibliothekskonto.",
        "🎂 geburtstage im november: 03.11. {name}, 17.11. {name2}, 28.11. {name3}. kuchen wie "
        "immer freitags in der teeküche – wer backt diesmal?",
        "Bewerbungsgespräche Junior Controller (m/w/d), {date}, Raum 3.12\n"
        "09:00–09:45  {name} (intern, derzeit Kreditorenbuchhaltung)\n10:00–10:45  {name2}\n"
        "11:00–11:45  {name3} – per Video, Link folgt\n"
        "Gremium: Leitung Controlling, HR Business Partnerin, Betriebsrat (beobachtend)",
        "ts=2024-11-02t18:22:05+01:00 svc=portal.zaehlerstand vertragskonto={num} "
        'kunde="{name}" zaehler=1esy1156 stand_kwh=48213 ablesung=selbst kontakt={email} '
        "plausibel=false grund=verbrauch_ggue_vorjahr_+61%",
        '{"sub": "a7c3e9d2-41f0-4b8e-9d6a-0c5f2e81b7aa", "name": "{name}", "given_name": '
        '"{first}", "family_name": "{last}", "email": "{email}", "email_verified": true, '
        '"phone_number": "{phone}", "locale": "de-DE", "zoneinfo": "Europe/Berlin"}',
        "Von: Mail Delivery System <MAILER-DAEMON@mx01.example.de>\n"
        "Betreff: Unzustellbar: Ihre Auftragsbestätigung {num}\n\nDies ist eine automatisch "
        "erstellte Nachricht. Die Nachricht konnte an folgenden Empfänger nicht zugestellt "
        "werden:\n\n  {email}\n    SMTP-Fehler 550 5.1.1: Recipient address rejected: User "
        "unknown in virtual mailbox table",
        "Chatverlauf #{num} (Webshop)\nBot: Hallo! Wie kann ich dir helfen?\n"
        "Besucher: wo bleibt meine bestellung??\n"
        "Bot: Ich schau gleich nach. Nenn mir bitte deine Bestell- oder Kundennummer.\n"
        "Besucher: {num}\nBot: Danke, {first}! Deine Sendung wurde gestern an DHL übergeben. "
        "Soll ich dir den Sendungslink an {email} schicken?\nBesucher: ja bitte\nBot: Erledigt ✅",
        "Ein Vierteljahrhundert bei uns: {name} feiert in diesem Monat das 25-jährige "
        "Dienstjubiläum. Angefangen hat {first} als Azubi im Versand, später kam der Aufbau der "
        "Disposition in {city} dazu – heute kennt {first} jede Tour und jeden Fahrer beim "
        "Vornamen. Die Geschäftsführung sagt von Herzen Danke! Gefeiert wird am {date} um 15 "
        "Uhr in der Kantine, alle sind eingeladen.",
    ],
    "fr": [
        "dn: uid={first}.{last},ou=Personnel,dc=example,dc=fr\nobjectClass: inetOrgPerson\n"
        "cn: {first} {last}\nsn: {last}\ngivenName: {first}\nmail: {email}\n"
        "telephoneNumber: {phone}\ndepartmentNumber: 4120\ntitle: Chargé(e) de recrutement",
        "Traceback (most recent call last):\n"
        '  File "/opt/paie/sepa/export.py", line 214, in construire_lot\n'
        '    compte = verifier_iban(ligne["iban"])\n'
        '  File "/opt/paie/sepa/controles.py", line 57, in verifier_iban\n'
        '    raise IBANInvalide("clé de contrôle incorrecte : %r" % valeur)\n'
        "sepa.controles.IBANInvalide: clé de contrôle incorrecte : '{iban}' (titulaire : "
        "{name}, mandat ADH-{num})",
        "INSERT INTO remise_materiel (num_inventaire, materiel, attribue_a, email, date_remise, "
        "date_retour)\n"
        "VALUES ('PC-{num}', 'Dell Latitude 5440', '{name}', '{email}', '{date}', NULL);",
        "Laboratoire de biologie médicale de {city} – Compte rendu\n"
        "Patient(e) : {last} {first}   né(e) le {date}\n"
        "Prescripteur : cabinet médical des Lilas\n"
        "N° de dossier : {num}   Prélèvement du {date}\n\n"
        "Hémoglobine glyquée (HbA1c)   6,9 %      (< 5,7)      H\n"
        "Glycémie à jeun               1,32 g/l   (0,70–1,00)  H\n"
        "TSH                           1,8 mUI/l  (0,4–4,0)\n"
        "Créatinine                    9 mg/l     (5–10)\n\n"
        "Résultats anormaux communiqués par téléphone au prescripteur.",
        "Médiathèque de {city} – 1re relance\n\n{name}\n{street}\n{postcode} {city}\n\n"
        "Carte lecteur n° {num}\n\n"
        "Les documents suivants n'ont pas été rendus dans les délais :\n"
        "– « L'Anomalie » (roman), retour prévu le {date}\n"
        "– DVD « Astérix et Obélix : Mission Cléopâtre », retour prévu le {date}\nMerci de les "
        "rapporter au plus vite. Vous pouvez aussi prolonger vos prêts depuis votre compte "
        "lecteur.",
        "🎂 anniversaires de novembre : le 3 {name}, le 17 {name2}, le 28 {name3}. gâteau comme "
        "d'hab le vendredi à la cafét' – qui s'y colle cette fois ?",
        "Entretiens – contrôleur de gestion junior (H/F), {date}, salle 3.12\n"
        "09h00–09h45  {name} (candidature interne, actuellement à la compta fournisseurs)\n"
        "10h00–10h45  {name2}\n11h00–11h45  {name3} – en visio, lien à suivre\n"
        "Jury : responsable du contrôle de gestion, HRBP, un élu du CSE (observateur)",
        "ts=2024-11-02t18:22:05+01:00 svc=espace_client.releve_compteur contrat={num} "
        'client="{name}" pdl=09152271 index_kwh=48213 releve=autoreleve contact={email} '
        "plausible=false motif=conso_vs_n-1_+61%",
        '{"sub": "a7c3e9d2-41f0-4b8e-9d6a-0c5f2e81b7aa", "name": "{name}", "given_name": '
        '"{first}", "family_name": "{last}", "email": "{email}", "email_verified": true, '
        '"phone_number": "{phone}", "locale": "fr-FR", "zoneinfo": "Europe/Paris"}',
        "De : Mail Delivery System <MAILER-DAEMON@mx01.example.fr>\n"
        "Objet : Non remis : votre confirmation de commande {num}\n\nCeci est un message généré "
        "automatiquement. Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        "  {email}\n    erreur SMTP 550 5.1.1 : Recipient address rejected: User unknown in "
        "virtual mailbox table",
        "Conversation n° {num} (boutique en ligne)\n"
        "Bot : Bonjour ! Comment puis-je vous aider ?\nVisiteur : elle est où ma commande ???\n"
        "Bot : Je regarde tout de suite. Pouvez-vous m'indiquer votre numéro de commande ou de "
        "client ?\nVisiteur : {num}\nBot : Merci, {first} ! Votre colis a été remis hier à "
        "Colissimo. Je vous envoie le lien de suivi à {email} ?\nVisiteur : oui merci\n"
        "Bot : C'est fait ✅",
        "Un quart de siècle parmi nous : {name} fête ce mois-ci ses 25 ans d'ancienneté. "
        "Arrivé(e) comme apprenti(e) au service expédition, {first} a ensuite monté "
        "l'ordonnancement à {city} et connaît aujourd'hui chaque tournée et chaque chauffeur "
        "par son prénom. La direction l'en remercie chaleureusement ; un pot est organisé le "
        "{date} à 15 h au restaurant d'entreprise, tout le monde est invité.",
    ],
    "es": [
        "dn: uid={first}.{last},ou=Empleados,dc=example,dc=es\nobjectClass: inetOrgPerson\n"
        "cn: {first} {last}\nsn: {last}\ngivenName: {first}\nmail: {email}\n"
        "telephoneNumber: {phone}\ndepartmentNumber: 4120\ntitle: Técnico/a de nóminas",
        "Traceback (most recent call last):\n"
        '  File "/opt/cobros/sepa/remesa.py", line 214, in generar_remesa\n'
        '    cuenta = validar_iban(fila["iban"])\n'
        '  File "/opt/cobros/sepa/comprobaciones.py", line 57, in validar_iban\n'
        '    raise IBANNoValido("dígito de control incorrecto: %r" % valor)\n'
        "sepa.comprobaciones.IBANNoValido: dígito de control incorrecto: '{iban}' (titular: "
        "{name}, mandato SOCIO-{num})",
        "INSERT INTO entrega_equipos (n_inventario, equipo, asignado_a, correo, fecha_entrega, "
        "fecha_devolucion)\n"
        "VALUES ('PT-{num}', 'HP EliteBook 840 G10', '{name}', '{email}', '{date}', NULL);",
        "Laboratorio de Análisis Clínicos – {city}\n"
        "Paciente: {last}, {first}   F. nac.: {date}\n"
        "Médico peticionario: Centro de Salud La Alameda\n"
        "N.º de petición: {num}   Extracción: {date}\n\n"
        "Hemoglobina glicada (HbA1c)   6,9 %        (< 5,7)     H\n"
        "Glucosa basal                 132 mg/dl    (70–99)     H\n"
        "TSH                           1,8 µUI/ml   (0,4–4,0)\n"
        "Creatinina                    0,9 mg/dl    (0,5–1,0)\n\n"
        "Valores alterados comunicados por teléfono al médico peticionario.",
        "Biblioteca Municipal de {city} – Primer aviso\n\n{name}\n{street}\n{postcode} {city}\n"
        "\nCarné de lector n.º {num}\n\n"
        "Los siguientes documentos han superado el plazo de préstamo:\n"
        "– «Patria» (novela), vencía el {date}\n"
        "– DVD «Ocho apellidos vascos», vencía el {date}\nMientras dure el retraso no podrá "
        "llevarse nuevos préstamos. Puede renovarlos desde su espacio de lector.",
        "🎂 cumples de noviembre: día 3 {name}, día 17 {name2}, día 28 {name3}. tarta como "
        "siempre el viernes en la cocina, ¿quién se anima a hacerla esta vez?",
        "Entrevistas – Controller junior (H/M), {date}, sala 3.12\n"
        "09:00–09:45  {name} (candidatura interna, ahora en cuentas a pagar)\n"
        "10:00–10:45  {name2}\n11:00–11:45  {name3} – por videollamada, enlace pendiente\n"
        "Tribunal: responsable de Control de Gestión, HR Business Partner y un miembro del "
        "comité de empresa (como observador)",
        "ts=2024-11-02t18:22:05+01:00 svc=oficina_virtual.lectura_contador contrato={num} "
        'titular="{name}" cups=es0031405 lectura_kwh=48213 origen=autolectura contacto={email} '
        "plausible=false motivo=consumo_vs_anio_anterior_+61%",
        '{"sub": "a7c3e9d2-41f0-4b8e-9d6a-0c5f2e81b7aa", "name": "{name}", "given_name": '
        '"{first}", "family_name": "{last}", "email": "{email}", "email_verified": true, '
        '"phone_number": "{phone}", "locale": "es-ES", "zoneinfo": "Europe/Madrid"}',
        "De: Mail Delivery System <MAILER-DAEMON@mx01.example.es>\n"
        "Asunto: No se puede entregar: su confirmación de pedido {num}\n\nEste es un mensaje "
        "generado automáticamente. No se ha podido entregar el mensaje al siguiente "
        "destinatario:\n\n  {email}\n    error SMTP 550 5.1.1: Recipient address rejected: User "
        "unknown in virtual mailbox table",
        "Chat n.º {num} (tienda online)\nBot: ¡Hola! ¿En qué puedo ayudarte?\n"
        "Visitante: donde esta mi pedido???\n"
        "Bot: Lo miro ahora mismo. ¿Me dices tu número de pedido o de cliente?\n"
        "Visitante: {num}\nBot: ¡Gracias, {first}! Tu paquete se entregó ayer a SEUR. ¿Te envío "
        "el enlace de seguimiento a {email}?\nVisitante: si porfa\nBot: Hecho ✅",
        "Un cuarto de siglo con nosotros: {name} cumple este mes 25 años en la casa. Empezó "
        "como aprendiz en expedición, después montó el departamento de tráfico de {city} y hoy "
        "conoce cada ruta y a cada conductor por su nombre. La dirección le da las gracias de "
        "corazón; lo celebramos el {date} a las 15:00 en el comedor y estáis todos invitados. "
        "¡Enhorabuena, {first}!",
    ],
    "it": [
        "dn: uid={first}.{last},ou=Dipendenti,dc=example,dc=it\nobjectClass: inetOrgPerson\n"
        "cn: {first} {last}\nsn: {last}\ngivenName: {first}\nmail: {email}\n"
        "telephoneNumber: {phone}\ndepartmentNumber: 4120\ntitle: Contabilità fornitori",
        "Traceback (most recent call last):\n"
        '  File "/opt/incassi/sepa/flusso.py", line 214, in crea_distinta\n'
        '    conto = verifica_iban(riga["iban"])\n'
        '  File "/opt/incassi/sepa/controlli.py", line 57, in verifica_iban\n'
        '    raise IBANNonValido("cifra di controllo errata: %r" % valore)\n'
        "sepa.controlli.IBANNonValido: cifra di controllo errata: '{iban}' (intestatario: "
        "{name}, mandato SOCIO-{num})",
        "INSERT INTO consegna_dotazioni (n_inventario, dispositivo, assegnato_a, email, "
        "data_consegna, data_restituzione)\n"
        "VALUES ('NB-{num}', 'Lenovo ThinkPad E14', '{name}', '{email}', '{date}', NULL);",
        "Laboratorio Analisi {city} – Referto\nPaziente: {last} {first}   nato/a il {date}\n"
        "C.F.: {nid}\nMedico richiedente: medico di medicina generale\n"
        "N. accettazione: {num}   Prelievo del {date}\n\n"
        "Emoglobina glicata (HbA1c)   6,9 %        (< 5,7)     *\n"
        "Glicemia a digiuno           132 mg/dl    (70–99)     *\n"
        "TSH                          1,8 µUI/ml   (0,4–4,0)\n"
        "Creatinina                   0,9 mg/dl    (0,5–1,0)\n\n"
        "Referto firmato digitalmente ai sensi del D.Lgs. 82/2005.",
        "Biblioteca civica di {city} – Primo sollecito\n\nGentile {addr}\n{street}\n"
        "{postcode} {city}\n\nTessera n. {num}\n\n"
        "Risultano scaduti i prestiti dei seguenti documenti:\n"
        "– «L'amica geniale» (romanzo), scadenza {date}\n"
        "– DVD «La vita è bella», scadenza {date}\nFino alla restituzione non sarà possibile "
        "prendere altri prestiti. Può rinnovare dal suo profilo utente.",
        "🎂 compleanni di novembre: il 3 {name}, il 17 {name2}, il 28 {name3}. torta come sempre "
        "venerdì in saletta caffè, chi si offre di farla stavolta?",
        "Colloqui – Controller junior (m/f), {date}, sala 3.12\n"
        "09:00–09:45  {name} (candidatura interna, oggi in contabilità fornitori)\n"
        "10:00–10:45  {name2}\n11:00–11:45  {name3} – in videochiamata, link in arrivo\n"
        "Commissione: responsabile controllo di gestione, HR business partner, un componente "
        "RSU (uditore)",
        "ts=2024-11-02t18:22:05+01:00 svc=area_clienti.autolettura contratto={num} "
        'intestatario="{name}" pod=it001e04417 lettura_kwh=48213 origine=autolettura '
        "contatto={email} plausibile=false motivo=consumo_vs_anno_prec_+61%",
        '{"sub": "a7c3e9d2-41f0-4b8e-9d6a-0c5f2e81b7aa", "name": "{name}", "given_name": '
        '"{first}", "family_name": "{last}", "email": "{email}", "email_verified": true, '
        '"phone_number": "{phone}", "locale": "it-IT", "zoneinfo": "Europe/Rome"}',
        "Da: Mail Delivery System <MAILER-DAEMON@mx01.example.it>\n"
        "Oggetto: Recapito non riuscito: la sua conferma d'ordine {num}\n\nQuesto è un "
        "messaggio generato automaticamente. Non è stato possibile recapitare il messaggio al "
        "seguente destinatario:\n\n  {email}\n    errore SMTP 550 5.1.1: Recipient address "
        "rejected: User unknown in virtual mailbox table",
        "Chat n. {num} (negozio online)\nBot: Ciao! Come posso aiutarti?\n"
        "Visitatore: dov'è il mio ordine???\n"
        "Bot: Controllo subito. Mi scrivi il numero d'ordine o il codice cliente?\n"
        "Visitatore: {num}\nBot: Grazie, {first}! Il pacco è stato affidato ieri a BRT. Ti "
        "mando il link di tracciamento a {email}?\nVisitatore: sì grazie\nBot: Fatto ✅",
        "Venticinque anni con noi: questo mese {name} festeggia 25 anni di servizio. Entrato/a "
        "come apprendista in spedizione, {first} ha poi creato l'ufficio pianificazione "
        "trasporti di {city} e oggi conosce ogni giro e ogni autista per nome. La direzione "
        "ringrazia di cuore; brindiamo insieme il {date} alle 15 in mensa, siete tutti invitati.",
    ],
    "nl": [
        "dn: uid={first}.{last},ou=Medewerkers,dc=example,dc=nl\nobjectClass: inetOrgPerson\n"
        "cn: {first} {last}\nsn: {last}\ngivenName: {first}\nmail: {email}\n"
        "telephoneNumber: {phone}\ndepartmentNumber: 4120\n"
        "title: Medewerker crediteurenadministratie",
        "Traceback (most recent call last):\n"
        '  File "/opt/incasso/sepa/batch.py", line 214, in maak_batch\n'
        '    rekening = controleer_iban(regel["iban"])\n'
        '  File "/opt/incasso/sepa/controles.py", line 57, in controleer_iban\n'
        '    raise OngeldigeIBAN("controlegetal klopt niet: %r" % waarde)\n'
        "sepa.controles.OngeldigeIBAN: controlegetal klopt niet: '{iban}' (rekeninghouder: "
        "{name}, machtiging LID-{num})",
        "INSERT INTO uitgifte_apparatuur (inventarisnr, apparaat, uitgegeven_aan, email, "
        "uitgiftedatum, retour_uiterlijk)\n"
        "VALUES ('LT-{num}', 'Dell Latitude 7440', '{name}', '{email}', '{date}', NULL);",
        "Huisartsenlaboratorium {city} – Uitslag\nPatiënt: {name}   geb. {date}   BSN {nid}\n"
        "Aanvrager: Huisartsenpraktijk De Linde\nAanvraagnr.: {num}   Afname: {date}\n\n"
        "HbA1c              52 mmol/mol   (< 42)       H\n"
        "Glucose nuchter    7,3 mmol/l    (4,0–6,0)    H\n"
        "TSH                1,8 mU/l      (0,4–4,0)\nKreatinine         78 µmol/l     (49–90)\n"
        "\nAfwijkende waarden telefonisch doorgegeven aan de aanvrager.",
        "Bibliotheek {city} – 1e herinnering\n\n{addr}\n{street}\n{postcode} {city}\n\n"
        "Pasnummer {num}\n\nDe uitleentermijn van de volgende materialen is verstreken:\n"
        "– ‘Het diner’ (roman), inleverdatum {date}\n"
        "– dvd ‘Nijntje de film’, inleverdatum {date}\n"
        "De boete bedraagt tot nu toe € 2,40. Verlengen kan online via Mijn Bibliotheek.",
        "🎂 jarigen in november: 3/11 {name}, 17/11 {name2}, 28/11 {name3}. taart zoals altijd "
        "op vrijdag in de pantry – wie wil er deze keer bakken?",
        "Sollicitatiegesprekken junior controller (m/v/x), {date}, ruimte 3.12\n"
        "09.00–09.45  {name} (interne kandidaat, nu crediteurenadministratie)\n"
        "10.00–10.45  {name2}\n11.00–11.45  {name3} – via Teams, link volgt\n"
        "Commissie: manager control, HR-businesspartner, lid van de OR (toehoorder)",
        'ts=2024-11-02t18:22:05+01:00 svc=mijnomgeving.meterstand contract={num} klant="{name}" '
        "ean=871687120 stand_kwh=48213 bron=zelf_doorgegeven contact={email} plausibel=false "
        "reden=verbruik_tov_vorig_jaar_+61%",
        '{"sub": "a7c3e9d2-41f0-4b8e-9d6a-0c5f2e81b7aa", "name": "{name}", "given_name": '
        '"{first}", "family_name": "{last}", "email": "{email}", "email_verified": true, '
        '"phone_number": "{phone}", "locale": "nl-NL", "zoneinfo": "Europe/Amsterdam"}',
        "Van: Mail Delivery System <MAILER-DAEMON@mx01.example.nl>\n"
        "Onderwerp: Onbestelbaar: uw orderbevestiging {num}\n\nDit is een automatisch "
        "gegenereerd bericht. Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n"
        "\n  {email}\n    SMTP-fout 550 5.1.1: Recipient address rejected: User unknown in "
        "virtual mailbox table",
        "Chatgesprek #{num} (webshop)\nBot: Hoi! Waarmee kan ik je helpen?\n"
        "Bezoeker: waar blijft mijn bestelling??\n"
        "Bot: Ik zoek het even voor je op. Wat is je bestel- of klantnummer?\nBezoeker: {num}\n"
        "Bot: Dank je, {first}! Je pakket is gisteren aan PostNL meegegeven. Zal ik de "
        "track-en-tracelink naar {email} sturen?\nBezoeker: ja graag\nBot: Gedaan ✅",
        "Vijfentwintig jaar bij ons: {name} viert deze maand het zilveren dienstjubileum. "
        "{first} begon als leerling op de expeditie, zette later de planning in {city} op en "
        "kent inmiddels elke rit en elke chauffeur bij naam. De directie zegt hartelijk dank! "
        "Op {date} om 15.00 uur is er een receptie in het bedrijfsrestaurant, iedereen is "
        "welkom.",
    ],
    "pl": [
        "dn: uid={first}.{last},ou=Pracownicy,dc=example,dc=pl\nobjectClass: inetOrgPerson\n"
        "cn: {first} {last}\nsn: {last}\ngivenName: {first}\nmail: {email}\n"
        "telephoneNumber: {phone}\ndepartmentNumber: 4120\ntitle: Specjalista ds. płac",
        "Traceback (most recent call last):\n"
        '  File "/opt/kadry/przelewy/eksport.py", line 214, in buduj_paczke\n'
        '    rachunek = sprawdz_iban(wiersz["iban"])\n'
        '  File "/opt/kadry/przelewy/kontrole.py", line 57, in sprawdz_iban\n'
        '    raise NieprawidlowyRachunek("błędna suma kontrolna: %r" % wartosc)\n'
        "przelewy.kontrole.NieprawidlowyRachunek: błędna suma kontrolna: '{iban}' (pracownik: "
        "{name}, lista płac {num})",
        "INSERT INTO wydanie_sprzetu (nr_inwentarzowy, sprzet, wydano_komu, email, "
        "data_wydania, zwrot_do)\n"
        "VALUES ('NB-{num}', 'Lenovo ThinkPad T14 Gen 4', '{name}', '{email}', '{date}', NULL);",
        "Laboratorium Diagnostyczne – punkt pobrań {city}\n"
        "Pacjent: {last} {first}   PESEL: {nid}\nZlecający: Przychodnia Rodzinna „Pod Lipami”\n"
        "Nr zlecenia: {num}   Pobranie: {date}\n\n"
        "Hemoglobina glikowana (HbA1c)   6,9 %        (< 5,7)     H\n"
        "Glukoza na czczo                132 mg/dl    (70–99)     H\n"
        "TSH                             1,8 µIU/ml   (0,4–4,0)\n"
        "Kreatynina                      0,9 mg/dl    (0,5–1,0)\n\n"
        "Wyniki nieprawidłowe przekazano telefonicznie lekarzowi zlecającemu.",
        "Miejska Biblioteka Publiczna – Filia nr 4 ({city})\nUPOMNIENIE\n\n{name}\n{street}\n"
        "{postcode} {city}\n\nKarta czytelnika nr {num}\n\n"
        "Minął termin zwrotu następujących pozycji:\n"
        "– „Bieguni” (powieść), termin zwrotu {date}\n"
        "– audiobook „Wiedźmin. Ostatnie życzenie”, termin zwrotu {date}\nNaliczona dotąd "
        "opłata za przetrzymanie: 2,50 zł. Wypożyczenia można prolongować w koncie czytelnika.",
        "🎂 urodziny w listopadzie: 3.11 {name}, 17.11 {name2}, 28.11 {name3}. tort jak zawsze w "
        "piątek w kuchni na trzecim – kto tym razem piecze?",
        "Rozmowy kwalifikacyjne – młodszy kontroler finansowy (k/m), {date}, sala 3.12\n"
        "09:00–09:45  {name} (kandydatura wewnętrzna, obecnie dział rozrachunków)\n"
        "10:00–10:45  {name2}\n11:00–11:45  {name3} – online, link zostanie wysłany\nKomisja: "
        "kierownik controllingu, HR business partner, przedstawiciel związków zawodowych "
        "(obserwator)",
        'ts=2024-11-02t18:22:05+01:00 svc=ebok.odczyt_licznika umowa={num} odbiorca="{name}" '
        "licznik=pl0037 odczyt_kwh=48213 zrodlo=samoodczyt kontakt={email} wiarygodny=false "
        "powod=zuzycie_vs_poprz_rok_+61%",
        '{"sub": "a7c3e9d2-41f0-4b8e-9d6a-0c5f2e81b7aa", "name": "{name}", "given_name": '
        '"{first}", "family_name": "{last}", "email": "{email}", "email_verified": true, '
        '"phone_number": "{phone}", "locale": "pl-PL", "zoneinfo": "Europe/Warsaw"}',
        "Od: Mail Delivery System <MAILER-DAEMON@mx01.example.pl>\n"
        "Temat: Niedostarczona wiadomość: potwierdzenie zamówienia {num}\n\nTo jest "
        "automatycznie wygenerowana wiadomość. Nie udało się jej dostarczyć do następującego "
        "odbiorcy:\n\n  {email}\n    błąd SMTP 550 5.1.1: Recipient address rejected: User "
        "unknown in virtual mailbox table",
        "Czat nr {num} (sklep internetowy)\nBot: Cześć! W czym mogę pomóc?\n"
        "Gość: gdzie jest moje zamówienie???\n"
        "Bot: Już sprawdzam. Podaj proszę numer zamówienia albo numer klienta.\nGość: {num}\n"
        "Bot: Dzięki, {first}! Paczka została wczoraj przekazana do InPostu. Wysłać link do "
        "śledzenia na {email}?\nGość: tak, poproszę\nBot: Gotowe ✅",
        "Ćwierć wieku z nami: {name} obchodzi w tym miesiącu jubileusz 25-lecia pracy. {first} "
        "zaczynał(a) jako praktykant(ka) w dziale wysyłek, potem od podstaw zbudował(a) "
        "planowanie transportu w oddziale {city} i dziś zna każdą trasę i każdego kierowcę po "
        "imieniu. Zarząd serdecznie dziękuje! Zapraszamy wszystkich na lampkę szampana {date} o "
        "15:00 w stołówce.",
    ],
}

NOT_PERSONAL_EIGHTH: dict[str, list[str]] = {
    "de": [
        "# m  h  dom mon dow  befehl\n15 2  *  *   1-5  /opt/erp/bin/rechnungsexport.sh "
        "--mandant 100 >> /var/log/erp/export.log 2>&1\n"
        '0  */4 * *   *    /usr/local/bin/lagerabgleich --filiale "{city}" --quiet\n'
        "30 23 *  *   0    pg_dump -Fc warenwirtschaft > /backup/ww_$(date +\\%F).dump\n"
        "@reboot           /opt/monitoring/agent --server {host}",
        "Exposé – Büroflächen im Thomas-Mann-Karree, {city}\n"
        "3. OG, ca. 480 m², teilbar ab 160 m², bezugsfrei ab {date}\nLage: fünf Gehminuten zum "
        "Konrad-Adenauer-Platz, U-Bahn-Haltestelle Theodor-Heuss-Ring direkt vor dem Haus\n"
        "Ausstattung: Doppelboden, Kühldecken, Glasfaser, 8 Tiefgaragenstellplätze\n"
        "Miete: 16,50 EUR/m² zzgl. NK und MwSt., provisionsfrei\n"
        "Vermietung: {company}, Telefon 0221 555 1400",
        "Unsere Geschichte: 1952 gründet ein Werkzeugmacher in einer Hinterhofwerkstatt in "
        "{city} das Unternehmen, das heute {company} heißt. 1968 zieht die Fertigung in die "
        "Werner-von-Siemens-Straße, 1989 folgt das Zweigwerk in {city2}. Mit dem "
        "Logistikzentrum am Carl-Zeiss-Ring verdoppelt sich 2011 die Lagerfläche. Heute "
        "arbeiten bei uns 640 Menschen an vier Standorten.",
        "Wie ändere ich meine Rechnungsadresse?\nMelde dich im Kundenkonto an und öffne „Meine "
        "Daten“ → „Adressen“. Dort kannst du Name, Straße, PLZ und Ort ändern; die neue Adresse "
        "gilt für alle Bestellungen, die noch nicht versandt sind. Ist dein Paket schon "
        "unterwegs, wende dich bitte an den Kundenservice (Mo–Fr 8–18 Uhr, 0800 555 0199, "
        "kostenfrei).",
        "§ 1 Verantwortlicher\nVerantwortlich für die Datenverarbeitung auf dieser Website ist "
        "die {company}, {street}, {postcode} {city}, vertreten durch die Geschäftsführung. "
        "Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@example.de oder per "
        "Post mit dem Zusatz „z. Hd. Datenschutzbeauftragter“. Beschwerden können Sie an den "
        "Landesbeauftragten für Datenschutz und Informationsfreiheit richten.",
        "Getränke Weihnachtsfeier – Bestellung bei {company}\n"
        "Fürst von Metternich Riesling Sekt trocken, 0,75 l – 24 Fl. à 8,99 EUR\n"
        "Riesling Kabinett „Graf Zeppelin“ – 36 Fl. à 7,50 EUR\n"
        "Bitburger Pils 0,33 l – 4 Kästen\n"
        "Apollinaris Classic und Gerolsteiner Naturell – je 6 Kästen\n"
        "Fritz-Kola und Bionade Holunder – je 2 Kästen\n"
        "Anlieferung am {date} bis 14 Uhr an die Kantine, Leergut wird am Montag abgeholt.",
        "Werksbus Linie W2 – gültig ab {date}\n"
        "Bahnhof {city} (ZOB, Steig 4)   ab 05:35 · 06:05 · 13:35 · 21:35\n"
        "Carl-Benz-Straße                ab 05:41 · 06:11 · 13:41 · 21:41\n"
        "Tor 1 / Werk Nord               an 05:50 · 06:20 · 13:50 · 21:50\nRückfahrt ab Tor 1 "
        "jeweils zehn Minuten nach Schichtende. Samstags und sonntags kein Betrieb.",
        "Schlüssel;Typ;Zusammenfassung;Status;Story Points;Sprint\nSHOP-{num};Story;Als Kundin "
        "möchte ich meine Telefonnummer im Konto selbst ändern können;In Arbeit;5;Sprint 42\n"
        "SHOP-{num};Bug;Nachname mit Bindestrich wird auf dem Lieferschein "
        "abgeschnitten;Offen;3;Sprint 42\nSHOP-{num};Aufgabe;Geburtsdatum aus dem "
        "Registrierungsformular entfernen (Datensparsamkeit);Erledigt;2;Sprint 41",
        "top-suchbegriffe im shop, kw 46: 1. adventskalender 2. bosch akkuschrauber 3. miele "
        "staubsaugerbeutel 4. lego harry potter 5. philips sonicare aufsteckbürsten 6. käthe "
        "kruse puppe 7. steiff teddy. ohne treffer: „thermomix tm7“, „dyson airwrap“.",
        "Gesellschaftliches Engagement 2024: {company} unterstützt weiterhin das Mozartfest "
        "Würzburg und die Bachwoche Ansbach und ist seit diesem Jahr Partner von „Jugend "
        "forscht“. Gemeinsam mit der Robert Bosch Stiftung fördern wir zwei Lernwerkstätten an "
        "Grundschulen in {city}. Den Scheck überreichte die Vorstandsvorsitzende beim "
        "Sommerfest an die beiden Schulleitungen.",
        "Prüfbericht Nr. {num}\nPrüfgegenstand: Schwerlastanker SA-12, Charge {num}\n"
        "Auftraggeber: {company}\n"
        "Prüfstelle: Materialprüfungsanstalt Universität Stuttgart (Otto-Graf-Institut)\n"
        "Grundlage: EAD 330232-01-0601, zentrische Zugversuche im ungerissenen Beton C20/25\n"
        "Ergebnis: mittlere Bruchlast 48,6 kN, Variationskoeffizient 4,1 % – Anforderungen "
        "erfüllt\nDieser Bericht darf nur ungekürzt vervielfältigt werden.",
        "Z-BON Nr. {num}\n{company} – Filiale {city}, {street}\nKasse 02 · {date} 20:14\n"
        "Umsatz brutto: {amount},40 EUR\n  bar: {amount},10 EUR\n"
        "  EC/Kreditkarte: {amount},95 EUR\n  Gutscheine: 60,00 EUR\nStornos: 3 · Retouren: 1\n"
        "TSE-Seriennummer: 4a7f09c2e1d35b68 · Signaturzähler 118204",
    ],
    "fr": [
        "# m  h  dom mon dow  commande\n15 2  *  *   1-5  /opt/erp/bin/export_factures.sh "
        "--societe 100 >> /var/log/erp/export.log 2>&1\n"
        '0  */4 * *   *    /usr/local/bin/synchro_stock --magasin "{city}" --quiet\n'
        "30 23 *  *   0    pg_dump -Fc gestion_commerciale > /sauvegarde/gc_$(date +\\%F).dump\n"
        "@reboot           /opt/supervision/agent --serveur {host}",
        "Bureaux à louer – immeuble Le Pasteur, {city}\n"
        "3e étage, env. 480 m², divisibles à partir de 160 m², disponibles au {date}\nSituation "
        ": à cinq minutes à pied de la place Charles-de-Gaulle, métro Victor Hugo au pied de "
        "l'immeuble\nPrestations : faux plancher, plafonds rafraîchissants, fibre, 8 places de "
        "parking en sous-sol\nLoyer : 310 € HT HC/m²/an\n"
        "Commercialisation : {company}, tél. 01 55 55 14 00",
        "Notre histoire : en 1952, un outilleur fonde dans un atelier de {city} l'entreprise "
        "qui s'appelle aujourd'hui {company}. En 1968, la production s'installe avenue "
        "Gustave-Eiffel, puis une deuxième usine ouvre à {city2} en 1989. Avec la plateforme "
        "logistique du parc d'activités Louis-Blériot, inaugurée en 2011, la surface de "
        "stockage double. Nous employons aujourd'hui 640 personnes sur quatre sites.",
        "Comment modifier mon adresse de facturation ?\nConnectez-vous à votre espace client, "
        "rubrique « Mes informations » → « Adresses ». Vous pouvez y modifier le nom, la rue, "
        "le code postal et la ville ; la nouvelle adresse s'applique à toutes les commandes qui "
        "ne sont pas encore expédiées. Si votre colis est déjà parti, contactez le service "
        "client (du lundi au vendredi de 8 h à 18 h, 0 800 555 199, appel gratuit).",
        "Article 1 – Responsable du traitement\nLe responsable du traitement des données "
        "collectées sur ce site est {company}, {street}, {postcode} {city}, représentée par son "
        "directeur général. Notre délégué à la protection des données (DPO) peut être contacté "
        "à l'adresse dpo@example.fr ou par courrier « à l'attention du DPO ». Vous pouvez "
        "introduire une réclamation auprès de la CNIL.",
        "Boissons pour la soirée de fin d'année – commande chez {company}\n"
        "Champagne Veuve Clicquot Brut, 75 cl – 24 bt à 42,90 €\n"
        "Cognac Rémy Martin VSOP – 4 bt\nBière Kronenbourg 1664, 33 cl – 4 packs de 24\n"
        "Badoit et Évian – 6 packs de chaque\nOrangina et jus de pomme – 2 cartons de chaque\n"
        "Livraison le {date} avant 14 h au restaurant d'entreprise, reprise des consignes lundi.",
        "Navette d'entreprise, ligne N2 – à partir du {date}\n"
        "Gare de {city} (gare routière, quai 4)   dép. 05:35 · 06:05 · 13:35 · 21:35\n"
        "Arrêt Rue Ampère                         dép. 05:41 · 06:11 · 13:41 · 21:41\n"
        "Porte 1 / Usine Nord                     arr. 05:50 · 06:20 · 13:50 · 21:50\nRetour "
        "depuis la porte 1 dix minutes après chaque fin de poste. Pas de service le week-end.",
        "Clé;Type;Résumé;État;Points;Sprint\nBOUT-{num};Story;En tant que cliente, je veux "
        "modifier moi-même mon numéro de téléphone dans mon compte;En cours;5;Sprint 42\n"
        "BOUT-{num};Bug;Le nom de famille composé est tronqué sur le bon de livraison;À "
        "faire;3;Sprint 42\nBOUT-{num};Tâche;Retirer la date de naissance du formulaire "
        "d'inscription (minimisation des données);Terminé;2;Sprint 41",
        "recherches les plus fréquentes sur le site, semaine 46 : 1. calendrier de l'avent 2. "
        "cafetière nespresso 3. moulinex cookeo 4. lego harry potter 5. brossette oral-b 6. "
        "poupée corolle 7. chanel n°5. sans résultat : « thermomix tm7 », « dyson airwrap ».",
        "Engagement 2024 : {company} reste mécène du Festival Berlioz de La Côte-Saint-André et "
        "des Chorégies d'Orange, et devient cette année partenaire du concours C.Génial. Avec "
        "la Fondation Abbé Pierre, nous finançons deux ateliers numériques dans des écoles de "
        "{city}. La présidente du directoire a remis le chèque aux directrices d'école lors de "
        "la fête de l'été.",
        "Rapport d'essai n° {num}\nObjet : cheville pour charges lourdes CA-12, lot {num}\n"
        "Demandeur : {company}\nLaboratoire : Laboratoire Navier (École des Ponts ParisTech)\n"
        "Référentiel : EAD 330232-01-0601, essais de traction en béton non fissuré C20/25\n"
        "Résultat : charge de rupture moyenne 48,6 kN, coefficient de variation 4,1 % – "
        "exigences satisfaites\n"
        "La reproduction de ce rapport n'est autorisée que sous sa forme intégrale.",
        "TICKET Z n° {num}\n{company} – magasin de {city}, {street}\nCaisse 02 · {date} 20:14\n"
        "CA TTC : {amount},40 €\n  espèces : {amount},10 €\n  CB : {amount},95 €\n"
        "  titres-restaurant : 60,00 €\nAnnulations : 3 · Retours : 1\n"
        "Logiciel de caisse certifié NF 525",
    ],
    "es": [
        "# m  h  dom mon dow  orden\n15 2  *  *   1-5  /opt/erp/bin/exportar_facturas.sh "
        "--empresa 100 >> /var/log/erp/export.log 2>&1\n"
        '0  */4 * *   *    /usr/local/bin/sincronizar_stock --tienda "{city}" --quiet\n'
        "30 23 *  *   0    pg_dump -Fc gestion > /copias/gestion_$(date +\\%F).dump\n"
        "@reboot           /opt/monitorizacion/agente --servidor {host}",
        "Oficinas en alquiler – Edificio Severo Ochoa, {city}\n"
        "Planta 3.ª, unos 480 m², divisibles desde 160 m², disponibles a partir del {date}\n"
        "Ubicación: a cinco minutos a pie de la glorieta de Emilio Castelar, metro Gregorio "
        "Marañón en la puerta\n"
        "Calidades: suelo técnico, techo frío, fibra óptica, 8 plazas de garaje\n"
        "Renta: 19,50 €/m²/mes + gastos de comunidad e IVA, sin comisión\n"
        "Comercializa: {company}, tel. 91 555 14 00",
        "Nuestra historia: en 1952 un matricero funda en un pequeño taller de {city} la empresa "
        "que hoy se llama {company}. En 1968 la fábrica se traslada a la avenida de Leonardo "
        "Torres Quevedo y en 1989 abre la segunda planta en {city2}. Con el centro logístico "
        "del polígono Juan de la Cierva, inaugurado en 2011, se duplica la superficie de "
        "almacén. Hoy somos 640 personas en cuatro centros.",
        "¿Cómo cambio mi dirección de facturación?\nEntra en tu área de cliente y abre «Mis "
        "datos» → «Direcciones». Allí puedes cambiar el nombre, la calle, el código postal y la "
        "población; la nueva dirección se aplica a todos los pedidos que todavía no se han "
        "enviado. Si el paquete ya ha salido, contacta con Atención al Cliente (de lunes a "
        "viernes de 8:00 a 18:00, 900 555 199, gratuito).",
        "1. Responsable del tratamiento\nEl responsable del tratamiento de los datos recogidos "
        "en este sitio web es {company}, con domicilio en {street}, {postcode} {city}, "
        "representada por su consejero delegado. Puede contactar con nuestro delegado de "
        "protección de datos en dpd@example.es o por correo postal a la atención del DPD. Tiene "
        "derecho a presentar una reclamación ante la Agencia Española de Protección de Datos.",
        "Bebidas para la cena de Navidad – pedido a {company}\n"
        "Cava Juvé & Camps Reserva de la Familia, 75 cl – 24 bot. a 14,90 €\n"
        "Rioja Marqués de Riscal Reserva – 36 bot. a 16,50 €\n"
        "Cerveza Estrella Galicia 33 cl – 4 cajas\n"
        "Agua Font Vella y Solán de Cabras – 6 packs de cada\n"
        "Refrescos y mosto – 2 cajas de cada\nEntrega el {date} antes de las 14:00 en el "
        "comedor de empresa; los cascos se recogen el lunes.",
        "Autobús de empresa, línea L2 – en vigor desde el {date}\n"
        "Estación de {city} (dársena 4)    salida 05:35 · 06:05 · 13:35 · 21:35\n"
        "Parada Calle Ramón y Cajal        salida 05:41 · 06:11 · 13:41 · 21:41\n"
        "Puerta 1 / Planta Norte           llegada 05:50 · 06:20 · 13:50 · 21:50\nRegreso desde "
        "la puerta 1 diez minutos después de cada fin de turno. Sin servicio sábados ni "
        "domingos.",
        "Clave;Tipo;Resumen;Estado;Puntos;Sprint\nTIENDA-{num};Historia;Como clienta quiero "
        "cambiar yo misma mi teléfono en la cuenta;En curso;5;Sprint 42\n"
        "TIENDA-{num};Error;El segundo apellido se corta en el albarán;Pendiente;3;Sprint 42\n"
        "TIENDA-{num};Tarea;Quitar la fecha de nacimiento del formulario de registro "
        "(minimización de datos);Hecho;2;Sprint 41",
        "búsquedas más frecuentes en la web, semana 46: 1. calendario de adviento 2. turrón el "
        "almendro 3. cafetera de'longhi 4. lego harry potter 5. cepillo oral-b 6. muñeca nancy "
        "7. perfume carolina herrera. sin resultados: «thermomix tm7», «dyson airwrap».",
        "Compromiso social 2024: {company} sigue patrocinando el Festival Internacional de "
        "Música y Danza de Granada y la Quincena Musical de San Sebastián, y este año se suma "
        "como colaboradora a los Premios Princesa de Girona. Junto con la Fundación Vicente "
        "Ferrer financiamos dos aulas digitales en colegios de {city}. La consejera delegada "
        "entregó el cheque a las directoras en la fiesta de verano.",
        "Informe de ensayo n.º {num}\nObjeto: anclaje para cargas pesadas AC-12, lote {num}\n"
        "Peticionario: {company}\n"
        "Laboratorio: Instituto de Ciencias de la Construcción Eduardo Torroja (IETcc-CSIC)\n"
        "Norma: EAD 330232-01-0601, ensayos de tracción en hormigón no fisurado C20/25\n"
        "Resultado: carga de rotura media 48,6 kN, coeficiente de variación 4,1 % – cumple\n"
        "Este informe solo puede reproducirse de forma íntegra.",
        "INFORME Z n.º {num}\n{company} – tienda de {city}, {street}\nCaja 02 · {date} 20:14\n"
        "Ventas IVA incl.: {amount},40 €\n  efectivo: {amount},10 €\n  tarjeta: {amount},95 €\n"
        "  vales: 60,00 €\nAnulaciones: 3 · Devoluciones: 1\n"
        "Cierre realizado por: encargada de tienda",
    ],
    "it": [
        "# m  h  dom mon dow  comando\n15 2  *  *   1-5  /opt/erp/bin/esporta_fatture.sh "
        "--azienda 100 >> /var/log/erp/export.log 2>&1\n"
        '0  */4 * *   *    /usr/local/bin/allinea_giacenze --filiale "{city}" --quiet\n'
        "30 23 *  *   0    pg_dump -Fc gestionale > /backup/gestionale_$(date +\\%F).dump\n"
        "@reboot           /opt/monitoraggio/agente --server {host}",
        "Uffici in affitto – Palazzo Galileo, {city}\n"
        "3° piano, circa 480 m², frazionabili da 160 m², liberi dal {date}\nPosizione: a cinque "
        "minuti a piedi da piazzale Giulio Cesare, fermata della metro Amendola davanti "
        "all'ingresso\n"
        "Dotazioni: pavimento flottante, soffitti radianti, fibra, 8 posti auto interrati\n"
        "Canone: 240 €/m²/anno oltre IVA e spese, nessuna provvigione\n"
        "Commercializzazione: {company}, tel. 02 5551 4000",
        "La nostra storia: nel 1952 un attrezzista fonda in una piccola bottega di {city} "
        "l'azienda che oggi si chiama {company}. Nel 1968 la produzione si trasferisce in via "
        "Alessandro Volta e nel 1989 apre il secondo stabilimento a {city2}. Con il polo "
        "logistico della zona industriale Guglielmo Marconi, inaugurato nel 2011, la superficie "
        "di magazzino raddoppia. Oggi siamo 640 persone in quattro sedi.",
        "Come modifico l'indirizzo di fatturazione?\nAccedi alla tua area clienti e apri «I "
        "miei dati» → «Indirizzi». Lì puoi cambiare nome, via, CAP e città; il nuovo indirizzo "
        "vale per tutti gli ordini non ancora spediti. Se il pacco è già partito, contatta il "
        "Servizio Clienti (lun–ven 8–18, numero verde 800 555 199).",
        "1. Titolare del trattamento\nTitolare del trattamento dei dati raccolti tramite questo "
        "sito è {company}, con sede in {street}, {postcode} {city}, in persona del legale "
        "rappresentante pro tempore. Il Responsabile della protezione dei dati (RPD) è "
        "raggiungibile all'indirizzo dpo@example.it. L'interessato ha il diritto di proporre "
        "reclamo al Garante per la protezione dei dati personali.",
        "Bevande per la cena di Natale – ordine a {company}\n"
        "Franciacorta Berlucchi '61 Brut, 75 cl – 24 bt. a 15,90 €\n"
        "Chianti Classico Marchesi Antinori – 36 bt. a 12,50 €\n"
        "Birra Peroni Nastro Azzurro 33 cl – 4 casse\n"
        "Acqua San Pellegrino e Levissima – 6 confezioni ciascuna\n"
        "Aperol e Crodino – 2 cartoni ciascuno\n"
        "Consegna il {date} entro le 14 in mensa; il vuoto si ritira lunedì.",
        "Navetta aziendale, linea N2 – in vigore dal {date}\n"
        "Stazione di {city} (autostazione, stallo 4)   partenza 05:35 · 06:05 · 13:35 · 21:35\n"
        "Fermata Via Enrico Fermi                      partenza 05:41 · 06:11 · 13:41 · 21:41\n"
        "Portineria 1 / Stabilimento Nord              arrivo 05:50 · 06:20 · 13:50 · 21:50\n"
        "Ritorno dalla portineria 1 dieci minuti dopo ogni fine turno. Sabato e domenica "
        "servizio sospeso.",
        "Chiave;Tipo;Riepilogo;Stato;Punti;Sprint\nSHOP-{num};Storia;Come cliente voglio poter "
        "modificare da sola il mio numero di telefono nell'account;In corso;5;Sprint 42\n"
        "SHOP-{num};Bug;Il doppio cognome viene troncato sul documento di trasporto;Da "
        "fare;3;Sprint 42\nSHOP-{num};Attività;Togliere la data di nascita dal modulo di "
        "registrazione (minimizzazione dei dati);Completata;2;Sprint 41",
        "ricerche più frequenti sul sito, settimana 46: 1. calendario dell'avvento 2. panettone "
        "motta 3. macchina caffè de'longhi 4. lego harry potter 5. spazzolino oral-b 6. bambola "
        "barbie 7. profumo giorgio armani. nessun risultato: «bimby tm7», «dyson airwrap».",
        "Impegno sociale 2024: {company} sostiene anche quest'anno il Rossini Opera Festival di "
        "Pesaro e il Festival Puccini di Torre del Lago, e diventa partner del concorso «I "
        "giovani e le scienze». Con la Fondazione Umberto Veronesi finanziamo due laboratori "
        "digitali nelle scuole primarie di {city}. L'amministratrice delegata ha consegnato "
        "l'assegno alle dirigenti scolastiche durante la festa d'estate.",
        "Rapporto di prova n. {num}\nOggetto: ancorante per carichi pesanti AP-12, lotto {num}\n"
        "Committente: {company}\nLaboratorio: Istituto Giordano S.p.A., Bellaria-Igea Marina\n"
        "Riferimento: EAD 330232-01-0601, prove di trazione in calcestruzzo non fessurato "
        "C20/25\nEsito: carico di rottura medio 48,6 kN, coefficiente di variazione 4,1 % – "
        "requisiti soddisfatti\nIl presente rapporto può essere riprodotto solo integralmente.",
        "CHIUSURA GIORNALIERA n. {num}\n{company} – punto vendita di {city}, {street}\n"
        "Cassa 02 · {date} 20:14\nTotale corrispettivi: {amount},40 €\n"
        "  contanti: {amount},10 €\n  POS: {amount},95 €\n  buoni pasto: 60,00 €\n"
        "Annulli: 3 · Resi: 1\n"
        "Corrispettivi trasmessi all'Agenzia delle Entrate (matricola RT 99MEX012345)",
    ],
    "nl": [
        "# m  h  dom mon dow  opdracht\n15 2  *  *   1-5  /opt/erp/bin/facturen_export.sh "
        "--administratie 100 >> /var/log/erp/export.log 2>&1\n"
        '0  */4 * *   *    /usr/local/bin/voorraadsync --filiaal "{city}" --quiet\n'
        "30 23 *  *   0    pg_dump -Fc voorraad > /backup/voorraad_$(date +\\%F).dump\n"
        "@reboot           /opt/monitoring/agent --server {host}",
        "Kantoorruimte te huur – kantoorgebouw ‘De Erasmus’, {city}\n"
        "3e verdieping, ca. 480 m², deelbaar vanaf 160 m², beschikbaar per {date}\nLigging: op "
        "vijf minuten lopen van het Willemsplein, bushalte Johan de Wittlaan voor de deur\n"
        "Voorzieningen: verhoogde vloer, klimaatplafonds, glasvezel, 8 parkeerplaatsen in de "
        "garage\nHuurprijs: € 215 per m² per jaar, excl. servicekosten en btw\n"
        "Verhuur: {company}, tel. 010 555 1400",
        "Onze geschiedenis: in 1952 begint een gereedschapmaker in een schuurtje in {city} het "
        "bedrijf dat nu {company} heet. In 1968 verhuist de productie naar de Christiaan "
        "Huygensweg, in 1989 volgt de tweede fabriek in {city2}. Met het distributiecentrum op "
        "bedrijventerrein Kamerlingh Onnes verdubbelt in 2011 de opslagruimte. Vandaag werken "
        "er 640 mensen op vier locaties.",
        "Hoe wijzig ik mijn factuuradres?\nLog in op Mijn account en ga naar ‘Mijn gegevens’ → "
        "‘Adressen’. Daar pas je naam, straat, postcode en woonplaats aan; het nieuwe adres "
        "geldt voor alle bestellingen die nog niet verzonden zijn. Is je pakket al onderweg? "
        "Neem dan contact op met de klantenservice (ma–vr 8.00–18.00 uur, 0800 555 0199, "
        "gratis).",
        "Artikel 1 – Verwerkingsverantwoordelijke\nVerantwoordelijk voor de verwerking van "
        "persoonsgegevens via deze website is {company}, {street}, {postcode} {city}, "
        "vertegenwoordigd door de directie. Onze functionaris gegevensbescherming (FG) is "
        "bereikbaar via fg@example.nl. U hebt het recht een klacht in te dienen bij de "
        "Autoriteit Persoonsgegevens.",
        "Drankjes voor de kerstborrel – bestelling bij {company}\n"
        "Cava Freixenet Cordon Negro, 75 cl – 24 fl. à € 8,99\n"
        "Rioja Marqués de Cáceres Crianza – 36 fl. à € 9,50\nHeineken pils 30 cl – 4 kratten\n"
        "Spa Blauw en Spa Rood – 6 trays per soort\n"
        "Jonge jenever van Bols en Hooghoudt – 2 flessen per soort\n"
        "Bezorgen op {date} vóór 14.00 uur bij het bedrijfsrestaurant, emballage maandag retour.",
        "Pendelbus lijn P2 – geldig vanaf {date}\n"
        "Station {city} (busstation, perron 4)   vertrek 05.35 · 06.05 · 13.35 · 21.35\n"
        "Halte Anthony Fokkerweg                 vertrek 05.41 · 06.11 · 13.41 · 21.41\n"
        "Poort 1 / Fabriek Noord                 aankomst 05.50 · 06.20 · 13.50 · 21.50\nTerug "
        "vanaf poort 1 telkens tien minuten na einde dienst. In het weekend rijdt de bus niet.",
        "Sleutel;Type;Samenvatting;Status;Storypoints;Sprint\nSHOP-{num};Story;Als klant wil ik "
        "zelf mijn telefoonnummer in mijn account kunnen wijzigen;Bezig;5;Sprint 42\n"
        "SHOP-{num};Bug;Tussenvoegsel van de achternaam ontbreekt op de pakbon;Te doen;3;Sprint "
        "42\nSHOP-{num};Taak;Geboortedatum uit het registratieformulier halen "
        "(dataminimalisatie);Klaar;2;Sprint 41",
        "meest gezochte termen in de webshop, week 46: 1. adventskalender 2. chocoladeletter "
        "tony's chocolonely 3. philips airfryer 4. lego harry potter 5. douwe egberts "
        "koffiebonen 6. nijntje knuffel 7. rituals cadeauset. geen resultaat: ‘thermomix tm7’, "
        "‘dyson airwrap’.",
        "Maatschappelijke betrokkenheid 2024: {company} blijft sponsor van het Holland Festival "
        "en het Grachtenfestival en is dit jaar partner van de Koning Willem I Prijs. Samen met "
        "het Prins Bernhard Cultuurfonds financieren we twee digitale leerwerkplaatsen op "
        "basisscholen in {city}. De bestuursvoorzitter overhandigde de cheque tijdens het "
        "zomerfeest aan de schooldirecteuren.",
        "Testrapport nr. {num}\nProduct: zwaarlastanker ZA-12, partij {num}\n"
        "Opdrachtgever: {company}\nLaboratorium: Stevinlab, TU Delft\n"
        "Grondslag: EAD 330232-01-0601, trekproeven in ongescheurd beton C20/25\nResultaat: "
        "gemiddelde bezwijklast 48,6 kN, variatiecoëfficiënt 4,1 % – voldoet aan de eisen\n"
        "Dit rapport mag alleen in zijn geheel worden gereproduceerd.",
        "Z-RAPPORT nr. {num}\n{company} – filiaal {city}, {street}\n"
        "Kassa 02 · {date} 20.14 uur\nOmzet incl. btw: € {amount},40\n  contant: € {amount},10\n"
        "  pin: € {amount},95\n  cadeaukaarten: € 60,00\nStorneringen: 3 · Retouren: 1\n"
        "Afgesloten door: bedrijfsleider",
    ],
    "pl": [
        "# m  h  dom mon dow  polecenie\n15 2  *  *   1-5  /opt/erp/bin/eksport_faktur.sh "
        "--firma 100 >> /var/log/erp/export.log 2>&1\n"
        '0  */4 * *   *    /usr/local/bin/synchronizacja_stanow --oddzial "{city}" --quiet\n'
        "30 23 *  *   0    pg_dump -Fc magazyn > /kopie/magazyn_$(date +\\%F).dump\n"
        "@reboot           /opt/monitoring/agent --serwer {host}",
        "Biura do wynajęcia – biurowiec „Skłodowska Point”, {city}\n"
        "3. piętro, ok. 480 m², podział od 160 m², dostępne od {date}\nLokalizacja: 5 minut "
        "pieszo do stacji metra Politechnika, przystanek tramwajowy Plac Narutowicza przed "
        "wejściem\nStandard: podłoga techniczna, sufity chłodzące, światłowód, 8 miejsc w "
        "garażu podziemnym\nCzynsz: 17,50 EUR/m² netto + opłaty eksploatacyjne\n"
        "Wynajem: {company}, tel. 22 555 14 00",
        "Nasza historia: w 1952 roku narzędziowiec zakłada w warsztacie na podwórku firmę, "
        "która dziś nazywa się {company} (pierwsza siedziba: {city}). W 1968 roku produkcja "
        "przenosi się na ul. Marii Skłodowskiej-Curie, a w 1989 roku powstaje drugi zakład "
        "(lokalizacja: {city2}). Dzięki centrum logistycznemu przy ul. Ignacego Mościckiego, "
        "otwartemu w 2011 roku, powierzchnia magazynowa się podwaja. Dziś zatrudniamy 640 osób "
        "w czterech lokalizacjach.",
        "Jak zmienić adres do faktury?\nZaloguj się na swoje konto i otwórz „Moje dane” → "
        "„Adresy”. Możesz tam zmienić imię i nazwisko, ulicę, kod pocztowy i miejscowość; nowy "
        "adres obowiązuje dla wszystkich zamówień, które nie zostały jeszcze wysłane. Jeśli "
        "paczka już wyjechała, skontaktuj się z Biurem Obsługi Klienta (pon.–pt. 8–18, 800 555 "
        "199, bezpłatnie).",
        "§ 1. Administrator danych\nAdministratorem danych osobowych zbieranych za "
        "pośrednictwem serwisu jest {company} z siedzibą pod adresem {street}, {postcode} "
        "{city}, reprezentowana przez Zarząd. Z inspektorem ochrony danych można się "
        "skontaktować pod adresem iod@example.pl. Przysługuje Pani/Panu prawo wniesienia skargi "
        "do Prezesa Urzędu Ochrony Danych Osobowych.",
        "Napoje na wigilię firmową – dostawca: {company}\n"
        "Prosecco Mionetto, 0,75 l – 24 butelki po 39,99 zł\n"
        "Nalewka Soplica Wiśniowa – 12 butelek\nPiwo Tyskie Gronie 0,5 l – 4 zgrzewki\n"
        "Woda Cisowianka i Nałęczowianka – po 6 zgrzewek\nSoki Kubuś i Tymbark – po 2 kartony\n"
        "Czekoladki E. Wedel – 10 pudełek\n"
        "Dostawa {date} do godz. 14:00 do stołówki, zwrot skrzynek w poniedziałek.",
        "Autobus pracowniczy, linia P2 – rozkład od {date}\n"
        "Dworzec PKP {city} (stanowisko 4)   odjazd 05:35 · 06:05 · 13:35 · 21:35\n"
        "Przystanek ul. Józefa Wybickiego    odjazd 05:41 · 06:11 · 13:41 · 21:41\n"
        "Brama 1 / Zakład Północ             przyjazd 05:50 · 06:20 · 13:50 · 21:50\nPowrót "
        "spod bramy 1 zawsze 10 minut po zakończeniu zmiany. W weekendy autobus nie kursuje.",
        "Klucz;Typ;Podsumowanie;Status;Punkty;Sprint\nSKLEP-{num};Historyjka;Jako klientka chcę "
        "móc samodzielnie zmienić numer telefonu na koncie;W toku;5;Sprint 42\n"
        "SKLEP-{num};Błąd;Nazwisko dwuczłonowe jest ucinane na liście przewozowej;Do "
        "zrobienia;3;Sprint 42\nSKLEP-{num};Zadanie;Usunąć datę urodzenia z formularza "
        "rejestracji (minimalizacja danych);Gotowe;2;Sprint 41",
        "najczęściej wyszukiwane frazy w sklepie, tydzień 46: 1. kalendarz adwentowy 2. ptasie "
        "mleczko wedel 3. ekspres do kawy delonghi 4. lego harry potter 5. szczoteczka oral-b "
        "6. krem nivea 7. perfumy hugo boss. bez wyników: „thermomix tm7”, „dyson airwrap”.",
        "Zaangażowanie społeczne 2024: {company} nadal wspiera Festiwal Chopinowski w "
        "Dusznikach-Zdroju i Festiwal Moniuszkowski w Kudowie-Zdroju, a od tego roku jest "
        "partnerem konkursu „Młody Innowator”. Razem z Fundacją im. Stefana Batorego "
        "finansujemy dwie pracownie cyfrowe w szkołach podstawowych (oddział: {city}). Czek "
        "wręczyła dyrektorkom szkół prezes zarządu podczas pikniku firmowego.",
        "Sprawozdanie z badań nr {num}\n"
        "Przedmiot badań: kotwa do dużych obciążeń KC-12, partia {num}\n"
        "Zleceniodawca: {company}\n"
        "Laboratorium: Sieć Badawcza Łukasiewicz – Instytut Metalurgii Żelaza\n"
        "Podstawa: EAD 330232-01-0601, próby wyrywania w betonie niezarysowanym C20/25\nWynik: "
        "średnie obciążenie niszczące 48,6 kN, współczynnik zmienności 4,1 % – wymagania "
        "spełnione\nSprawozdanie może być powielane wyłącznie w całości.",
        "RAPORT DOBOWY FISKALNY nr {num}\n{company} – sklep {city}, {street}\n"
        "Kasa 02 · {date} 20:14\nSprzedaż brutto: {amount},40 zł\n  gotówka: {amount},10 zł\n"
        "  karta: {amount},95 zł\n  bony: 60,00 zł\nAnulowane paragony: 3 · Zwroty: 1\n"
        "Nr unikatowy kasy: BFA 12345678",
    ],
}
