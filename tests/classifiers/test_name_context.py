"""The name-context model: the features it reads around a find, when it has a say, what a
classifier does with its verdict, and the bundled model's data."""

from __future__ import annotations

import pytest

from classifiers.classify import RecordClassifier
from classifiers.name_context import (
    MIN_PIECE_WORDS,
    STRONG,
    NameContextModel,
    bundled_model,
    context_features,
    weighs,
    word_kind,
)
from classifiers.settings import ClassifierSettings

FEATURES = [
    # (piece, the find, a feature it must have, one it must not)
    ("Bestellt hat Anna Schmidt gestern zwei Kisten.", "Anna Schmidt", "L1=hat", "bol"),
    ("Bestellt hat Anna Schmidt gestern zwei Kisten.", "Anna Schmidt", "R1=gestern", "eol"),
    ("Bestellt hat Anna Schmidt gestern zwei Kisten.", "Anna Schmidt", "L12=bestellt_hat",
     "table"),
    ("Anna Schmidt bestellt zwei Kisten.", "Anna Schmidt", "bol", "L1=bestellt"),
    ("Kisten bestellt: Anna Schmidt", "Anna Schmidt", "eol", "bol"),
    ("Kisten bestellt: Anna Schmidt", "Anna Schmidt", "L1=:", "R1=:"),
    ("Sorte | Preis\nAnna Schmidt | 4,20 €", "Anna Schmidt", "table", "line0"),
    ("Anna Schmidt | 4,20 €\nSorte | Preis", "Anna Schmidt", "line0", "bullet"),
    ("Liste:\n- Anna Schmidt, Lager drei\n- Kisten", "Anna Schmidt", "bullet", "line0"),
    ("Liste:\n- Anna Schmidt, Lager drei\n- Kisten", "Anna Schmidt", "W=lager", "W=liste:"),
    ("Bestellt hat Anna Schmidt gestern.", "Anna Schmidt", "ntok=2", "ntok=1"),
    ("bestellt hat anna schmidt gestern.", "anna schmidt", "low", "cap"),
    ("Bestellt hat ANNA SCHMIDT gestern.", "ANNA SCHMIDT", "caps", "low"),
    # what the lists say of the words, each once ("k=") and by place ("k0=")
    ("Bestellt hat Xqzvbn Schmidt gestern.", "Xqzvbn Schmidt", "k0=none", "k0=cw"),
    ("Bestellt hat Xqzvbn Qwzxv gestern.", "Xqzvbn Qwzxv", "k=none", "k1=cw"),
]


@pytest.mark.parametrize(("word", "language", "kinds"), [
    ("Anna", "de", {"lf"}),
    ("schmidt", "de", {"ls"}),
    ("Wiśniewska", "pl", {"ls"}),
    ("Kisten", "de", {"cw"}),
    ("magazzino", "it", {"cw"}),
    ("Xqzvbn", "de", {"none"}),
])
def test_word_kind(word, language, kinds):
    assert kinds <= set(word_kind(word, language).split("+"))


@pytest.mark.parametrize(("piece", "find", "has", "lacks"), FEATURES)
def test_context_features(piece, find, has, lacks):
    start = piece.index(find)
    features = context_features(piece, start, start + len(find), "de", 0.7,
                                "LocalNameRecognizer")
    assert has in features
    assert lacks not in features
    assert {"lang=de", "rec=LocalNameRecognizer", "sc=7"} <= set(features)


def _model(weights: dict[str, float], threshold: float = 0.5) -> NameContextModel:
    return NameContextModel(weights=weights, bias=0.0, threshold=threshold,
                            languages=frozenset({"de"}))


SAYS = [
    # (weights, language, piece, a name here?)
    ({"L1=sorte": -5.0}, "de", "Die neue Sorte Anna Schmidt ist ausverkauft.", False),
    ({"L1=sorte": -5.0}, "de", "Die neue Kundin Anna Schmidt hat angerufen.", True),
    ({"L1=kundin": 5.0}, "de", "Die neue Kundin Anna Schmidt hat angerufen.", True),
    # a language the model was not trained on: it has no say
    ({"L1=sorte": -5.0}, "fr", "Die neue Sorte Anna Schmidt ist ausverkauft.", True),
    # a piece too short to have a context (a table's cell)
    ({"bol": -5.0, "eol": -5.0}, "de", "Anna Schmidt", True),
    ({"bol": -5.0}, "de", "Anna Schmidt bestellt zwei Kisten Tee.", False),
]


@pytest.mark.parametrize(("weights", "language", "piece", "a_name"), SAYS)
def test_a_name_here(weights, language, piece, a_name):
    start = piece.index("Anna")
    assert _model(weights).a_name_here(piece, start, start + len("Anna Schmidt"), language,
                                       0.7, "LocalNameRecognizer") is a_name


TABLE = "Pferd;Züchter;Farbe\nFly;Anna Schmidt;Rappe\nNordwind;Gestüt Lindenhof;Schimmel"


@pytest.mark.parametrize(("piece", "start", "score", "weighed"), [
    ("Anna Schmidt", 0, 0.7, False),
    ("Frau Anna Schmidt", 5, 0.7, False),
    (" ".join(["Anna"] * (MIN_PIECE_WORDS - 1)), 0, 0.7, False),
    (" ".join(["Anna"] * MIN_PIECE_WORDS), 0, 0.7, True),
    # in a table's column under a header, the column rules judge
    (TABLE, TABLE.index("Anna"), 0.7, False),
    ("Notiz zum Pferd Fly: Anna Schmidt hat es gezüchtet.", 21, 0.7, True),
    # a find whose own evidence says person (a form of address, a birth date)
    ("Notiz zum Pferd Fly: Anna Schmidt hat es gezüchtet.", 21, STRONG, False),
    ("Notiz zum Pferd Fly: Anna Schmidt hat es gezüchtet.", 21, 0.9, False),
])
def test_weighs_a_weak_find_with_words_around_outside_a_headed_column(piece, start, score,
                                                                       weighed):
    assert weighs(piece, start, score) is weighed


@pytest.mark.parametrize(("z_weight", "probability"), [(0.0, 0.5), (100.0, 1.0), (-100.0, 0.0)])
def test_probability_is_a_logistic_of_the_weights(z_weight, probability):
    assert _model({"x": z_weight}).probability(["x", "unknown"]) == pytest.approx(
        probability, abs=1e-9)


def test_the_bundled_model_reads_the_six_languages_and_round_trips():
    model = bundled_model()
    assert model.languages == frozenset({"de", "fr", "es", "it", "nl", "pl"})
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 1000
    assert NameContextModel.from_json(model.to_json()) == model


@pytest.fixture(scope="module")
def namesake_says_thing() -> RecordClassifier:
    """A classifier whose model drops a name after "Sorte" (a blend's name) only."""
    return RecordClassifier(ClassifierSettings(), name_context=_model({"L1=sorte": -5.0}))


VERDICTS = [
    ("Die neue Sorte Anna Schmidt ist ab Montag im Laden erhältlich.", "customer"),
    ("Die neue Kundin Anna Schmidt holt ihre Bestellung am Montag ab.", "personal"),
    # another sign of a person keeps the text personal whatever the model says
    ("Die neue Sorte Anna Schmidt, Rückfragen an anna.schmidt@example.de bitte.",
     "personal"),
]


@pytest.mark.parametrize(("text", "category"), VERDICTS)
def test_the_classifier_drops_what_the_model_scores_below_its_threshold(
        namesake_says_thing, text, category):
    assert namesake_says_thing.classify([("note", text)]).category == category


def test_the_settings_turn_the_bundled_model_off(classifier):
    off = RecordClassifier(ClassifierSettings(name_context_model=False))
    assert off._name_context is None
    assert classifier._name_context is bundled_model()
