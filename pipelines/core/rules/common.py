"""What every finding carries besides its rule: the subject's fields and a summary of
the data involved (counts, entity types, sample ids), never a value."""

from __future__ import annotations

from pipelines.core.model import FINDING_FIELDS, FINDING_HEAD, DataSummary, Transfer


def details(summary: DataSummary, **fields) -> dict:
    out = {name: None for name in FINDING_FIELDS if name not in FINDING_HEAD}
    out.update(
        records=summary.records,
        personal_records=summary.personal_records,
        unclassified_records=summary.unclassified_records,
        sample_record_ids=list(summary.sample_record_ids),
        entity_types=dict(summary.entity_counts),
    )
    out.update(fields)
    return out


def transfer_details(transfer: Transfer, summary: DataSummary, **extra) -> dict:
    return details(
        summary,
        **transfer.subject_fields(),
        source_geo=transfer.source_geo,
        destination_geo=transfer.destination_geo,
        input_file=transfer.source,
        input_position=transfer.position,
        **extra,
    )


def place(geo: str | None, region: str | None) -> str:
    """'europe (westeurope)', for messages."""
    if geo and region:
        return f"{geo} ({region})"
    return geo or region or "an unknown place"


def presumption(summary: DataSummary) -> str:
    """Why records are judged as personal without a personal finding of their own, for
    messages: '' when none is."""
    if not summary.notes:
        return ""
    why = "; ".join(summary.notes)
    if not summary.presumed_records:
        return f"; judged on every copy of its records ({why})"
    count = summary.presumed_records
    return (f"; {count} record{'s' * (count != 1)} judged as personal because nobody can "
            f"show {'they are' if count != 1 else 'it is'} not — {why}")
