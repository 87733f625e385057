"""The shell shared by the name recognizers that find spans themselves (no pattern, no
model): each says where names are; this turns them into Presidio's results."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult


class PersonSpanRecognizer(EntityRecognizer):
    """PERSON results from `found(text, nlp_artifacts)`: (start, end, score) triples.

    Registered under the engine's one language ("en"): the text's own language, where it
    matters, comes in the NLP artifacts."""

    NAME = "PersonSpanRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name=self.NAME,
                         supported_language="en")

    def load(self) -> None:
        return None

    def found(self, text: str, nlp_artifacts) -> list[tuple[int, int, float]]:
        raise NotImplementedError

    def analyze(self, text, entities, nlp_artifacts=None):
        return [RecognizerResult("PERSON", start, end, score, recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
                for start, end, score in self.found(text, nlp_artifacts)]
