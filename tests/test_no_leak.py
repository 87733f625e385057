"""No personal value in any output file or log line.

The bad-input corpus plants names, e-mails, phone numbers, IBANs and card numbers in the
content of good rows (which the classifier must detect) and of bad rows (which end in
rejected.jsonl as masked previews), and one bad row has an e-mail as its record_id. The
acceptance run's every output file (Parquet read as values) and its captured stdout and
stderr are scanned for each value, as written and without separators.
"""

from __future__ import annotations

import json
import re

import pyarrow.parquet as pq
import pytest

from tests.bad_inputs import ALL_SEEDS, ID_EMAIL, SEEDS

pytestmark = pytest.mark.slow


def _needles(value: str) -> set[str]:
    """The value as written, without separators, and each longer word of it."""
    compact = re.sub(r"[\s\-().+]", "", value)
    words = {w for w in re.split(r"[\s@.\-()+]", value) if len(w) >= 6 and not w.isdigit()}
    return {value.lower(), compact.lower(), *(w.lower() for w in words)}


NEEDLES = sorted({n for value in ALL_SEEDS for n in _needles(value)})


def _output_texts(out) -> dict[str, str]:
    texts = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        if path.suffix == ".parquet":
            texts[path.name] = json.dumps(pq.read_table(path).to_pylist(), default=str)
        else:
            texts[path.name] = path.read_text(encoding="utf-8")
    return texts


@pytest.fixture(scope="module")
def scanned(bad_corpus_run):
    result, out = bad_corpus_run
    assert result.returncode == 0, result.stderr[-2000:]
    texts = _output_texts(out)
    texts["stdout"] = result.stdout
    texts["stderr"] = result.stderr
    return texts


def test_every_output_is_scanned(scanned):
    assert {"findings.jsonl", "findings.parquet", "classifications.parquet", "rejected.jsonl",
            "summary.json", "report.html", "findings.sarif", "findings.ocsf.json", "stdout",
            "stderr"} <= set(scanned)


@pytest.mark.parametrize("needle", NEEDLES)
def test_no_planted_value_in_any_output_or_log(scanned, needle):
    for name, text in scanned.items():
        assert needle not in text.lower(), f"'{needle}' found in {name}"


def test_planted_values_were_detected(bad_corpus_run):
    """The scan proves something only if the planted values were found as personal."""
    _, out = bad_corpus_run
    rows = pq.read_table(out / "classifications.parquet").to_pylist()
    types = {entity for row in rows for entity, _ in row["entity_types"]}
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "PERSON"} <= types
    assert sum(row["category"] == "personal" for row in rows) >= 5


def test_an_email_record_id_of_a_bad_row_is_masked(bad_corpus_run):
    _, out = bad_corpus_run
    text = (out / "rejected.jsonl").read_text(encoding="utf-8")
    assert ID_EMAIL not in text
    masked = re.sub(r"[a-z]", "x", ID_EMAIL)
    assert masked in text  # the row is there, its shape kept


def test_the_needles_cover_every_kind_of_seed():
    assert set(SEEDS) == {"name", "email", "phone", "iban", "card"}
    assert "4111111111111111" in NEEDLES and "gb82west12345698765432" in NEEDLES
