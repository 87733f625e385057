"""Recognizers built from the config's `classification.recognizers` entries."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

from classifiers.settings import CustomRecognizerSpec
from classifiers.validators import CHECKSUMS


class _ChecksumPatternRecognizer(PatternRecognizer):
    def __init__(self, checksum: str, **kwargs) -> None:
        self._check = CHECKSUMS[checksum]
        super().__init__(**kwargs)

    def validate_result(self, pattern_text: str) -> bool:
        return self._check(pattern_text)


def custom_recognizer(spec: CustomRecognizerSpec) -> EntityRecognizer:
    """A recognizer from the config; patterns with an optional checksum, or a deny list."""
    common = {
        "supported_entity": spec.entity,
        "name": spec.name,
        "context": list(spec.context) or None,
    }
    if spec.deny_list:
        return PatternRecognizer(deny_list=list(spec.deny_list), **common)
    patterns = [Pattern(p.name, p.regex, p.score) for p in spec.patterns]
    if spec.checksum:
        return _ChecksumPatternRecognizer(spec.checksum, patterns=patterns, **common)
    return PatternRecognizer(patterns=patterns, **common)
