"""Presidio's engine, registry and context boost as flowaudit runs them: the same
results, less repeated work per text, and short context words matched whole."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer


class SettledRegistry(RecognizerRegistry):
    """Presidio's registry, its answers kept: Presidio asks it for every text which
    recognizers serve the entities wanted, checking each entity against each recognizer,
    and the answer only changes when a recognizer is added."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._answers: dict[tuple, list] = {}

    def get_recognizers(self, language, entities=None, all_fields=False,
                        ad_hoc_recognizers=None):
        if ad_hoc_recognizers:
            return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
        key = (language, tuple(entities or ()), all_fields, len(self.recognizers))
        if key not in self._answers:
            self._answers[key] = super().get_recognizers(language, entities, all_fields)
        return self._answers[key]


class LeanAnalyzerEngine(AnalyzerEngine):
    """Presidio's engine, without the work its context step does for nothing.

    Presidio first offers every recognizer its own results to re-score, filtering the
    whole result list once per recognizer, although none of ours (nor Presidio's own)
    re-scores; then it deep-copies the results to boost them by nearby words. Neither
    is needed for a text without results, and the first not where no recognizer has its
    own step.
    """

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers,
                               context=None):
        if not raw_results:
            return []
        if any(_rescores(recognizer) for recognizer in recognizers):
            return super()._enhance_using_context(text, raw_results, nlp_artifacts,
                                                  recognizers, context)
        selected = {recognizer.id for recognizer in recognizers}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        return self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=[r for r in raw_results if r.recognition_metadata[key] in selected],
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )


class ContextWords(LemmaContextAwareEnhancer):
    """Presidio's boost by nearby words, its short context words ("lic", "nie", "us",
    "ss", "ip") matched as whole words only: matched as substrings, as Presidio does, they
    stand inside ordinary words of every language ("Gorlice", the Polish "nie",
    "business"), and a ticket number near them became a licence."""

    SHORT = 3

    @staticmethod
    def _find_supportive_word_in_context(context_list, recognizer_context_list,
                                         matching_mode="substring") -> str:
        if not context_list or not recognizer_context_list:
            return ""
        keywords = [keyword.lower() for keyword in context_list]
        for word in recognizer_context_list:
            low = word.lower()
            if any(low == keyword if len(low) <= ContextWords.SHORT else low in keyword
                   for keyword in keywords):
                return word
        return ""


def _rescores(recognizer: EntityRecognizer) -> bool:
    return type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context
