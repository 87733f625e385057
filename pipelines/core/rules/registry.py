"""Every rule flowaudit judges, in one table: its id, severity, what one finding is
about, what it means and what to do about it.

Rule modules (`residency`, `dlp`, `transit`, `network`, `export`) make their findings through
these entries, so a finding's severity is never written anywhere else; the summary, the
report, the README's rule table and the tests read the same table.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.core.model import SEVERITIES, Finding

TRANSFER = "transfer"
DATA_AT_REST = "data-at-rest"
FLOW = "flow"

SUBJECT_FIELDS = {
    TRANSFER: ("transfer_id",),
    DATA_AT_REST: ("dataset", "region"),
    FLOW: ("flow_id", "policy"),
}
"""The finding fields that say what a finding is about, per kind of subject: one
finding per transfer and rule, per dataset, region and rule, per flow and policy."""


@dataclass(frozen=True)
class Rule:
    id: str
    category: str  # residency | dlp | transit | network | export
    severity: str  # without personal data, or always when `personal_severity` is None
    subjects: tuple[str, ...]  # TRANSFER, DATA_AT_REST, FLOW: what one finding is about
    description: str  # one line: when the rule fires
    remediation: str  # what a person does about a finding
    personal_severity: str | None = None  # when the data involved is (or may be) personal

    def __post_init__(self) -> None:
        for severity in (self.severity, self.personal_severity):
            if severity is not None and severity not in SEVERITIES:
                raise ValueError(f"rule {self.id}: unknown severity {severity!r}")

    def severity_for(self, personal: bool) -> str:
        return self.personal_severity if personal and self.personal_severity else self.severity

    @property
    def severity_text(self) -> str:
        """'high', or 'high with personal data, else medium'."""
        if self.personal_severity is None:
            return self.severity
        return f"{self.personal_severity} with personal data, else {self.severity}"

    @property
    def title(self) -> str:
        """The description as a title: 'Personal data stored at rest, ...'."""
        return self.description[:1].upper() + self.description[1:]

    @property
    def subject_fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f for subject in self.subjects for f in SUBJECT_FIELDS[subject]))

    def finding(self, subject: str, message: str, details: dict,
                personal: bool = False) -> Finding:
        return Finding(self.id, self.severity_for(personal), subject, message, details)


PERSONAL_OUTSIDE_GEO = Rule(
    "personal-data-outside-geo", "residency", "high", (TRANSFER, DATA_AT_REST),
    "personal data stored at rest, or transferred, outside its home geo (and not allowed "
    "by a residency allowance)",
    "Move the records back into their home geo, or stop the flow or replication that "
    "carries them out; if the destination is lawful, add a residency allowance.",
)
CUSTOMER_OUTSIDE_GEO = Rule(
    "customer-data-outside-geo", "residency", "info", (TRANSFER, DATA_AT_REST),
    "only non-personal customer data left the geo: permitted replication, shown for "
    "visibility",
    "Nothing to fix; confirm the replication is intended.",
)
UNCLASSIFIED_OUTSIDE_GEO = Rule(
    "unclassified-data-outside-geo", "residency", "medium", (TRANSFER,),
    "data left the geo but its records are not in the records input, so nobody can tell "
    "whether it is personal",
    "Add the moved dataset to the records input so that its records can be classified.",
)
BLOCKED_CONNECTOR = Rule(
    "blocked-connector", "dlp", "medium", (TRANSFER,),
    "the transfer used a connector that a DLP policy governing its environment blocks",
    "Remove the connector from the flow or app, or change the policy if the use is "
    "approved.",
    personal_severity="high",
)
BLOCKED_ACTION = Rule(
    "blocked-connector-action", "dlp", "medium", (TRANSFER,),
    "the transfer used a connector action that a DLP policy's action rules block",
    "Replace the blocked action in the flow, or allow it in the policy's action rules.",
    personal_severity="high",
)
BLOCKED_ENDPOINT = Rule(
    "blocked-endpoint", "dlp", "medium", (TRANSFER,),
    "the connector reached an endpoint that a DLP policy's endpoint rules deny",
    "Point the connector at an allowed endpoint, or allow the endpoint in the policy.",
    personal_severity="high",
)
GROUP_MIX = Rule(
    "connector-group-mix", "dlp", "medium", (FLOW,),
    "one flow used Business and Non-business connectors under one DLP policy",
    "Split the flow, or move its connectors into one data group.",
    personal_severity="high",
)
WEAK_TLS = Rule(
    "weak-tls", "transit", "high", (TRANSFER,),
    "data was sent over a TLS version below the configured minimum",
    "Require TLS 1.2 or higher on the endpoint and its clients.",
)
UNTRUSTED_DESTINATION = Rule(
    "untrusted-destination", "network", "medium", (TRANSFER,),
    "the destination address lies in none of the allowed Azure service tags",
    "Confirm who owns the address; block the traffic or allow its service tag.",
)

PERSONAL_REPLICATED = Rule(
    "personal-data-replicated-outside-geo", "residency", "info", (TRANSFER,),
    "a store (storage account, SQL database) keeps a geo-redundant replica or failover "
    "partner outside its geo",
    "Move the personal data to a store whose replica stays in the geo (a paired region "
    "inside it, or zone-redundant storage), or keep only non-personal data there.",
    personal_severity="high",
)
PERSONAL_EXPORTED = Rule(
    "personal-data-exported", "export", "medium", (TRANSFER,),
    "records of a table holding personal data were exported or read in bulk (Dataverse "
    "Export to Excel, RetrieveMultiple) to a destination the log does not name",
    "Check who exported the records and where the file went; restrict export privileges "
    "on tables that hold personal data.",
)
"""Medium, not high: the export takes personal data out of the platform's residency and
DLP controls, but the audit record names no destination, so it cannot show that the data
left its geo (which would be high); nor is it merely visible (info): a file of personal
records now sits where no policy reaches it."""

RULES: dict[str, Rule] = {rule.id: rule for rule in (
    PERSONAL_OUTSIDE_GEO, CUSTOMER_OUTSIDE_GEO, UNCLASSIFIED_OUTSIDE_GEO,
    BLOCKED_CONNECTOR, BLOCKED_ACTION, BLOCKED_ENDPOINT, GROUP_MIX,
    WEAK_TLS, UNTRUSTED_DESTINATION, PERSONAL_REPLICATED, PERSONAL_EXPORTED,
)}


def rules_table() -> str:
    """The README's rule table, in Markdown."""
    lines = ["| rule | severity | when |", "| --- | --- | --- |"]
    lines += [f"| `{rule.id}` | {rule.severity_text} | {rule.description} |"
              for rule in RULES.values()]
    return "\n".join(lines) + "\n"
