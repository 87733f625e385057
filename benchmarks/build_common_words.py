"""Rebuild `classifiers/data/common_words.tsv.gz`: the common words of each language that
has a name source, from `wordfreq` (data CC BY-SA 4.0, Robyn Speer and contributors;
code Apache 2.0).

In text written all in lower case a name has no capital to show it, and the name lists
cannot hold every surname. What a reader goes by there is that a name is no word of the
language: "klant walraad tegelaar meldt" holds two words no Dutch text uses, "klant
meldt storing" none. This snapshot keeps the words that occur at least once per million
words of the language's text (Zipf frequency 3, wordfreq's "small" list) and are three
letters or more; the classifier asks it only about lower-case words next to other
evidence of a name (a form of address, an introducing phrase, a listed first name).
`wordfreq` weighs 57 MB and is no longer updated, so it is needed here only.

    pip install wordfreq==3.1.1 && python benchmarks/build_common_words.py
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "classifiers" / "data" / "common_words.tsv.gz"
LANGUAGES = ("de", "fr", "es", "it", "nl", "pl", "pt", "sv", "da", "fi", "en")
"""Languages whose names LocalNameRecognizer finds by their context (forms of address), and
English, whose words technical text in every language borrows ("add column")."""
MIN_ZIPF = 3.0
WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]{2,}$")


def main() -> None:
    from importlib.metadata import version

    import wordfreq

    rows = []
    for language in LANGUAGES:
        words = {word for word in wordfreq.top_n_list(language, 10**6, wordlist="small")
                 if WORD.match(word)
                 and wordfreq.zipf_frequency(word, language, wordlist="small") >= MIN_ZIPF}
        rows.extend(f"{language}\t{word}\n" for word in sorted(words))
        print(f"{language}: {len(words)} words")
    header = ("# common words (Zipf frequency >= 3) of each language, from wordfreq "
              f"{version('wordfreq')} (data CC BY-SA 4.0, Robyn Speer and contributors)\n")
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        handle.write((header + "".join(rows)).encode("utf-8"))
    print(f"{OUT.name}: {len(rows)} rows")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
