"""Baselines: findings a person has accepted for a while, with a reason and an end date.

A suppressed finding stays in every output (`suppressed: true`, `suppression_reason`)
so nobody loses sight of it; it only stops counting for the exit status. An entry past
its `expires` date suppresses nothing and is listed as expired in summary.json, and an
entry whose finding no longer occurs is listed as unmatched, so a baseline can only
hide what a person looked at, and only until the date they wrote down.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipelines.config import ConfigError, key_path
from pipelines.core.masking import printable
from pipelines.files import storage
from pipelines.files.bounded import UnreadableFile, read_bounded_text
from pipelines.files.safe_yaml import YamlError, load_yaml

FINDING_ID = re.compile(r"^[0-9a-f]{16}$")
DEFAULT_DAYS = 90


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    finding_id: str
    reason: str = Field(min_length=1)
    expires: date

    @field_validator("finding_id")
    @classmethod
    def _looks_like_an_id(cls, value: str) -> str:
        value = value.strip().lower()
        if not FINDING_ID.match(value):
            raise ValueError("expected the 16 hex digits of a finding_id")
        return value

    @field_validator("reason")
    @classmethod
    def _says_why(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("say why this finding is accepted")
        return value.strip()


@dataclass(frozen=True)
class Suppression:
    finding_id: str
    reason: str
    expires: date

    def to_json(self) -> dict:
        return {"finding_id": self.finding_id, "reason": self.reason,
                "expires": self.expires.isoformat()}


@dataclass(frozen=True)
class Baseline:
    path: str
    entries: tuple[Suppression, ...]


def load_baseline(path: str | Path) -> Baseline:
    """YAML or JSON: a list of {finding_id, reason, expires}. Raises ConfigError naming
    every bad entry by its index and key."""
    path = str(path) if storage.is_remote(path) else Path(path)
    try:
        text = read_bounded_text(path)  # a regular file under the cap, local or remote
        # dates stay text, so that pydantic reports `2026-02-30` with its key
        data = load_yaml(text, timestamps=False)
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such baseline file"]) from None
    except UnreadableFile as error:
        raise ConfigError([f"{path}: cannot read the baseline: {error}"]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError([f"{path}: cannot read ({type(error).__name__})"]) from None
    except YamlError as error:
        raise ConfigError([f"{path}: {error.message('not valid YAML or JSON')}"]) from None
    if data is None:
        data = []
    if not isinstance(data, list):
        raise ConfigError([f"{path}: expected a list of {{finding_id, reason, expires}}"])
    problems: list[str] = []
    entries: list[Suppression] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            problems.append(f"{path}: [{index}]: expected a mapping")
            continue
        try:
            entry = _Entry.model_validate(item)
        except ValidationError as error:
            for problem in error.errors():
                key = key_path(problem["loc"]) or "(entry)"
                problems.append(f"{path}: [{index}].{key}: {problem['msg']}")
            continue
        if entry.finding_id in seen:
            problems.append(f"{path}: [{index}].finding_id: {entry.finding_id} is already "
                            f"listed at [{seen[entry.finding_id]}]")
            continue
        seen[entry.finding_id] = index
        entries.append(Suppression(entry.finding_id, entry.reason, entry.expires))
    if problems:
        raise ConfigError(problems)
    return Baseline(str(path), tuple(entries))


@dataclass(frozen=True)
class BaselineOutcome:
    rows: list[dict]
    suppressed: tuple[str, ...]
    expired: tuple[Suppression, ...]
    unmatched: tuple[Suppression, ...]

    def to_summary(self, baseline: Baseline, today: date) -> dict:
        present = {row["finding_id"] for row in self.rows}
        return {
            "file": baseline.path,
            "date": today.isoformat(),
            "entries": len(baseline.entries),
            "suppressed": len(self.suppressed),
            "expired": [{**e.to_json(), "finding_present": e.finding_id in present}
                        for e in self.expired],
            "unmatched": [e.to_json() for e in self.unmatched],
        }


def apply_baseline(rows: Iterable[dict], baseline: Baseline, today: date) -> BaselineOutcome:
    """Mark the findings a live entry covers. An entry suppresses up to and including
    its `expires` date. Rows keep their order, so the files stay byte-identical."""
    live = {e.finding_id: e for e in baseline.entries if e.expires >= today}
    expired = tuple(sorted((e for e in baseline.entries if e.expires < today),
                           key=lambda e: e.finding_id))
    out, suppressed = [], []
    for row in rows:
        entry = live.get(row["finding_id"])
        row = {**row, "suppressed": entry is not None,
               "suppression_reason": entry.reason if entry else None}
        if entry:
            suppressed.append(row["finding_id"])
        out.append(row)
    present = {row["finding_id"] for row in out}
    unmatched = tuple(sorted((e for e in live.values() if e.finding_id not in present),
                             key=lambda e: e.finding_id))
    return BaselineOutcome(out, tuple(suppressed), expired, unmatched)


def baseline_yaml(rows: Iterable[dict], source: str, today: date, days: int = DEFAULT_DAYS,
                  reason: str | None = None) -> str:
    """A baseline for a person to edit: one entry per finding, its rule, severity and
    subject as a comment. A finding already suppressed keeps its reason."""
    expires = (today + timedelta(days=days)).isoformat()
    lines = [
        f"# flowaudit baseline written on {today.isoformat()} from {json.dumps(source)}.",
        "# Keep only the findings you accept, say why in `reason`, and set `expires`",
        "# (the last day the entry suppresses its finding). Delete the rest.",
    ]
    rows = list(rows)
    if not rows:
        return "\n".join(lines) + "\n[]\n"
    for row in rows:
        why = row.get("suppression_reason") or reason or "TODO: why this finding is accepted"
        lines.append(f"# {row['severity']} {row['rule']} {json.dumps(row['subject'])}")
        lines.append(f"- finding_id: {json.dumps(row['finding_id'])}")
        lines.append(f"  reason: {json.dumps(printable(why), ensure_ascii=False)}")
        lines.append(f"  expires: {expires}")
    return "\n".join(lines) + "\n"
