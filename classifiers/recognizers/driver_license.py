"""US driving licence numbers, told apart only by the words before them."""

from __future__ import annotations

from presidio_analyzer import Pattern

from classifiers.recognizers.nearby_word import _NearbyWordBoost

DRIVER_LICENSE = r"\b(?:[A-Za-z]{1,2}[- ]?)?\d{5,14}\b|\b[A-Za-z]\d{3}[- ]?\d{3,4}[- ]?\d{3,5}\b"


class DriverLicenseRecognizer(_NearbyWordBoost):
    """Driving licence numbers have no shape of their own (each state has its own); only
    the words before one make it a licence number."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_DRIVER_LICENSE",
            name="DriverLicenseNearbyWordRecognizer",
            patterns=[Pattern("licence-like id", DRIVER_LICENSE, 0.2)],
            context=["driver", "driving", "licence", "license"],
            whole_words=("dl",),
        )
