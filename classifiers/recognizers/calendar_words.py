"""Month and weekday names of the tenant's languages, and the words of an approximate year:
one list for every recognizer that must tell a date from a name or a house number."""

from __future__ import annotations

from classifiers.names import words

MONTHS = words("""
januar februar märz april mai juni juli august september oktober november dezember
janvier février mars avril juin juillet août septembre octobre novembre décembre
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
januari februari maart mei augustus
styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad
grudzień
""")
"""Month names (German, French, Spanish, Italian, Dutch, Polish): "August", "Mai" and
"Abril" are first names as well."""
WEEKDAYS = words("""
montag dienstag mittwoch donnerstag freitag samstag sonntag
lundi mardi mercredi jeudi vendredi samedi dimanche
lunes martes miércoles jueves viernes sábado domingo
lunedì martedì mercoledì giovedì venerdì sabato domenica
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
poniedziałek wtorek środa czwartek piątek sobota niedziela
""")
MONTHS_AFTER_A_DAY = MONTHS | words("""
stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada
grudnia
january february march april may june july august september october november december
janeiro fevereiro março maio junho julho setembro outubro novembro dezembro setiembre
""")
"""Month names as they follow a day's number ("24 grudnia", "1er janvier", "24 de
diciembre"): the Polish genitive, English and Portuguese too."""
HOLIDAYS = words("""
neujahr karfreitag ostern ostersonntag ostermontag pfingsten pfingstsonntag pfingstmontag
himmelfahrt fronleichnam allerheiligen weihnachten weihnachtsfeiertag heiligabend
pâques pentecôte ascension assomption
navidad nochebuena nochevieja apóstol
pasquetta ferragosto ognissanti
kerstmis pasen pinksteren hemelvaart koningsdag bevrijdingsdag
wigilia wielkanoc wniebowstąpienie wniebowzięcie
""")
"""Feasts, whose names hold saints' and people's ("Christi Himmelfahrt", "Santiago Apóstol",
"Mariä Himmelfahrt"): a calendar's words, no name. Not those that are names too ("Noël",
"Toussaint", "Reyes", "Natale", "Asunción", "Silvester")."""


CIRCA = r"ca\.|ca|circa|c\.|um|vers|hacia|verso|rond|omstreeks|około|ok\."
"""Words of an approximate year, as a regular expression's alternatives ("um 1900", "ca.
1780", "vers 1893", "hacia 1650", "około 1870")."""
