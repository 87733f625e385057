"""Recognizers that stock Presidio lacks, and those built from the config: one a module.

- `street_address`: postal addresses in national conventions (STREET_ADDRESS)
- `driver_license`: licence numbers after licence words (US_DRIVER_LICENSE)
- `phone_shape`: phone numbers as people group them (PHONE_NUMBER)
- `card_number`: card numbers of any issuer that pass Luhn (CREDIT_CARD)
- `domain_name`: host and DNS names (DOMAIN_NAME)
- `custom`: the config's own patterns and deny lists
- `person_name`: names the spaCy model misses (PERSON), and `plausible_person`
- `local_name`: names in languages without an entity recognizer (PERSON)
- `named_field`: a name as the quoted value of a key that says person (PERSON)
- `name_column`: names in a pasted table's column whose header says person (PERSON)
- `born_name`: a name just before a birth date's label (PERSON)
- `addressee`: the first name a note's line is addressed to (PERSON)
- `licence_card`: the holder's names on a European driving licence's text (PERSON)
- `signed_name`: the name signed under a letter's place and date (PERSON)
- `national_id`: European national identifiers checked by python-stdnum
- `iban_code`: IBANs, checked
- `nearby_word`: the context boost the weak-pattern recognizers share
- `person_spans`: the shell of the name recognizers that find spans themselves

Import each from its module; this package re-exports nothing, so every name has one home.
"""
