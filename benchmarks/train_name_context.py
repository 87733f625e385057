"""Train the name-context model (`classifiers/name_context.py`) on the European benchmark's
rounds of templates, and show what it would change on later rounds it was not trained on.

    PYTHONHASHSEED=0 python benchmarks/train_name_context.py --upto fiftyseventh \
        --check sixtyfirst
        trains on the rounds up to the fifty-seventh and prints, per threshold, how many
        notes of the fifty-eighth to sixty-first it turns from personal to customer data
        (right and wrong): how the threshold is chosen.
    PYTHONHASHSEED=0 python benchmarks/train_name_context.py --upto sixtyfirst --write
        trains on the rounds up to the sixty-first and writes the bundled model.

Each note is classified with the model replaced by a recorder, so the finds it sees are
those the hand-written rules keep. A find is a person's name when it overlaps a person
value filled into a personal note (`Note.person_spans`); every find in a non-personal
note is a namesake. Rounds after `--upto` stay out of training, so that they, and the
blind rounds after them, measure it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_european import LANGUAGES, LATER_ROUNDS, generate_notes  # noqa: E402

from classifiers.name_context import (  # noqa: E402
    MIN_PIECE_WORDS,
    MODEL_FILE,
    NameContextModel,
    context_features,
    weighs,
)

ROUNDS = ("first",) + LATER_ROUNDS
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5)


class Recorder:
    """Stands in for the model: keeps every find, and records those of the six languages
    in a piece long enough to weigh (`weighs` later picks the ones the model judges)."""

    def __init__(self) -> None:
        self.finds: list[tuple[str, int, int, str, float, str]] = []

    def a_name_here(self, piece: str, start: int, end: int, language: str, score: float,
                    recognizer: str) -> bool:
        if language in LANGUAGES and len(piece.split()) >= MIN_PIECE_WORDS:
            self.finds.append((piece, start, end, language, score, recognizer))
        return True


def examples(job: tuple[str, int, str]) -> list[dict]:
    """Per note of `language` under `seed` up to round `last` in which the rules keep a
    name: its round, template, label, whether another sign of a person was found, and its
    recorded finds, each with whether it overlaps a filled person value."""
    language, seed, last = job
    from classifiers.classify import RecordClassifier
    from classifiers.settings import ClassifierSettings

    settings = ClassifierSettings()
    personal = frozenset(settings.personal_entities) - {"PERSON"}
    recorder = Recorder()
    classifier = RecordClassifier(settings, name_context=recorder)
    notes = [n for n in generate_notes(language, seed)
             if ROUNDS.index(n.round_name) <= ROUNDS.index(last)]
    out = []
    for note in notes:
        recorder.finds.clear()
        spans = classifier.find_spans([note.text])[0]
        if not recorder.finds:
            continue
        finds = []
        for find in recorder.finds:
            piece, start, end = find[:3]
            at = note.text.find(piece)
            person = note.personal and at >= 0 and any(
                a < at + end and at + start < b for a, b in note.person_spans)
            finds.append((find, person))
        out.append({"round": note.round_name, "template": f"{language}{note.template}",
                    "personal": note.personal,
                    "other_sign": any(entity in personal for entity, _, _ in spans),
                    "finds": finds})
    return out


def train(notes: list[dict], c: float, min_templates: int = 1):
    """Weights, bias, and the counts of finds and person values trained on. A feature
    seen in fewer than `min_templates` templates is left out: a word only one template
    uses says more of that template than of namesakes."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    templates: dict[str, set[str]] = {}
    for note in notes:
        for features, _ in note["features"]:
            for feature in features or ():
                templates.setdefault(feature, set()).add(note["template"])
    rows = [({f: 1 for f in features if len(templates[f]) >= min_templates}, person)
            for note in notes for features, person in note["features"] if features]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([features for features, _ in rows])
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(matrix, [person for _, person in rows])
    weights = {name: round(float(w), 4)
               for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0],
                                  strict=True)
               if abs(w) >= 1e-3}
    return weights, float(model.intercept_[0]), len(rows), sum(p for _, p in rows)


def changed(model: NameContextModel, notes: list[dict]) -> Counter:
    """Notes the model turns from personal to customer data: those with no sign of a
    person but names, all of which it drops; by (round, truly personal)."""
    turned = Counter()
    for note in notes:
        if note["other_sign"]:
            continue
        if all(features and model.probability(features) < model.threshold
               for features, _ in note["features"]):
            turned[note["round"], note["personal"]] += 1
    return turned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--upto", default="sixtyfirst", choices=ROUNDS,
                        help="the last round trained on")
    parser.add_argument("--check", choices=ROUNDS,
                        help="print what the model changes in the rounds after --upto up "
                             "to this one, per threshold")
    parser.add_argument("--seeds", type=int, nargs="+", default=[7])
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--threshold", type=float, default=0.1)
    parser.add_argument("--min-templates", type=int, default=1,
                        help="leave out features seen in fewer templates")
    parser.add_argument("--write", action="store_true",
                        help=f"write classifiers/data/{MODEL_FILE}")
    parser.add_argument("--finds", type=Path,
                        help="a file that keeps the classified notes' finds: read when it "
                             "exists (for the same rounds and seeds), else written")
    args = parser.parse_args()
    last = args.check or args.upto
    if args.finds and args.finds.exists():
        notes = json.loads(args.finds.read_text(encoding="utf-8"))
    else:
        jobs = [(language, seed, last) for seed in args.seeds for language in LANGUAGES]
        with Pool(min(len(jobs), os.cpu_count() or 1)) as pool:
            notes = [note for part in pool.map(examples, jobs) for note in part]
        if args.finds:
            args.finds.write_text(json.dumps(notes), encoding="utf-8")
    notes = [n for n in notes if ROUNDS.index(n["round"]) <= ROUNDS.index(last)]
    for note in notes:  # None: a find the model does not weigh (`weighs`)
        note["features"] = [(context_features(*find) if weighs(find[0], find[1], find[4])
                             else None, person) for find, person in note["finds"]]
    upto = ROUNDS.index(args.upto)
    trained = [n for n in notes if ROUNDS.index(n["round"]) <= upto]
    weights, bias, count, people = train(trained, args.c, args.min_templates)
    print(f"trained on {count} finds ({people} person values) in {len(trained)} notes of "
          f"rounds first..{args.upto}, seeds {args.seeds}; {len(weights)} weights")
    if args.check:
        later = [n for n in notes if ROUNDS.index(n["round"]) > upto]
        said = Counter(n["personal"] for n in later)
        print(f"rounds after {args.upto} up to {args.check}: {len(later)} notes with a name "
              f"find ({said[True]} personal, {said[False]} not)")
        for threshold in THRESHOLDS:
            model = NameContextModel(weights, bias, threshold, frozenset(LANGUAGES))
            turned = changed(model, later)
            right = sum(v for (_, personal), v in turned.items() if not personal)
            wrong = sum(v for (_, personal), v in turned.items() if personal)
            print(f"  threshold {threshold}: {right} non-personal notes now right, "
                  f"{wrong} personal notes now missed")
    if args.write:
        model = NameContextModel(weights, bias, args.threshold, frozenset(LANGUAGES))
        path = ROOT / "classifiers" / "data" / MODEL_FILE
        path.write_bytes(gzip.compress(
            json.dumps(model.to_json(), sort_keys=True, ensure_ascii=False).encode("utf-8"),
            mtime=0))
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
