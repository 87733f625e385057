"""The audit window: which transfers `--since` / `--until` select.

Timestamps are compared as instants, never as text: the parser writes UTC ISO text
whose fraction is present only when non-zero, so `10:00:00.5Z` sorts before
`10:00:00Z` as a string although it is half a second later.
"""

from __future__ import annotations

from datetime import UTC, datetime


def instant(text: str) -> datetime:
    """UTC ISO text (as `parse.parse_timestamp` writes it) -> an aware datetime."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def in_window(timestamp: str, since: str | None, until: str | None) -> bool:
    """Inside [since, until): the start is in, the end is out; None is unbounded."""
    moment = instant(timestamp)
    return (since is None or moment >= instant(since)) and (
        until is None or moment < instant(until))
