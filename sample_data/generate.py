"""Generate the bundled sample tenant "Contoso Ltd" (records, transfers, expected findings).

Deterministic: Faker with fixed seeds plus hand-written lists. The committed files under
sample_data/ are the source of truth; this script documents how they were made and can
re-create them:

    python sample_data/generate.py            # (re)write every file
    python sample_data/generate.py --check    # regenerate in memory, compare with committed files

The expected findings are NOT computed from any rule engine: every transfer below carries a
hand-written ``expect`` (rule -> severity) and ``why``; at-rest findings are listed by hand in
``EXPECTED_AT_REST``. ``check_expected.py`` re-derives them independently from the per-row
labels (which records are personal) as a cross-check.

Faker output depends on the Faker version (the files were written with Faker 40.63.0);
record ids, datasets, regions and which records are personal do not, so the expected
findings hold for any version.
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RECORDS = HERE / "records"
TRANSFERS = HERE / "transfers"

PROD, DEV, APAC, US = "contoso-prod", "contoso-dev", "contoso-apac", "contoso-us-sales"
CONTACTS = "contoso-prod/contacts"
TICKETS = "contoso-prod/tickets"
TELEMETRY = "contoso-prod/telemetry"
APAC_CUSTOMERS = "contoso-apac/customers"

# ---------------------------------------------------------------------------------------------
# Per-row labels: where each record is stored and whether it is personal. These are the facts
# the expected findings are reasoned from.
# ---------------------------------------------------------------------------------------------
N_CONTACTS = 100  # C-0001 .. C-0100, all personal (every contact has an e-mail and a phone)
N_APAC = 30  # A-0001 .. A-0030, all personal
N_TICKETS = 64  # TK-0001 .. TK-0064
N_TELEMETRY = 64  # TM-0001 .. TM-0064, none personal

# Contacts stored at rest in eastus although contoso-prod is in europe (at-rest violation).
CONTACTS_IN_EASTUS = {"C-0012", "C-0027", "C-0045", "C-0063", "C-0088"}
# Contacts stored in the paired region northeurope (inside the europe geo: fine).
CONTACTS_IN_NORTHEUROPE = {f"C-{i:04d}" for i in range(91, 101)} | {"C-0005", "C-0033"}
# Telemetry rows stored in westus (at-rest violation, non-personal).
TELEMETRY_IN_WESTUS = {"TM-0009", "TM-0021", "TM-0038", "TM-0052"}
# Tickets holding personal data: positions 1, 2, 4 and 7 of every block of eight (32 of 64).
PERSONAL_TICKETS = {f"TK-{i:04d}" for i in range(1, N_TICKETS + 1) if i % 8 in (1, 2, 4, 7)}

# Where the contact row without record_id sits (written after this contact).
MALFORMED_CONTACT_AFTER = "C-0050"

EXPECTED_AT_REST = [
    # (rule, subject, severity, why)
    ("personal-data-outside-geo", f"{CONTACTS}@eastus", "high",
     "5 contacts (C-0012, C-0027, C-0045, C-0063, C-0088) of contoso-prod (europe) are stored "
     "in eastus; contacts are personal"),
    ("customer-data-outside-geo", f"{TELEMETRY}@westus", "info",
     "4 telemetry rows (TM-0009, TM-0021, TM-0038, TM-0052) of contoso-prod (europe) are "
     "stored in westus; telemetry holds no personal data"),
]

# Flows joining a Business and a Non-business connector under one policy (one finding per flow
# and policy; high when any of the flow's transfers under that policy moved personal data).
TENANT_POLICY, DEV_POLICY = "Contoso tenant policy", "Contoso dev sandbox policy"
EXPECTED_FLOWS = [
    # (flow_id, policy display name, severity, why)
    ("flow-social-digest", TENANT_POLICY, "high",
     "sharepointonline (Business) and twitter (Non-business); T-054 moved personal TK-0017"),
    ("flow-ops-alerts", TENANT_POLICY, "medium",
     "office365 (Business) and teams (unlisted: Non-business by default); telemetry only"),
    ("flow-incident-tweet", TENANT_POLICY, "medium",
     "a custom connector at https://status.contoso.com (Business by URL pattern) and twitter; "
     "telemetry only"),
    ("flow-dev-digest", DEV_POLICY, "high",
     "sharepointonline (Business) and office365 (Non-business under the dev policy only; both "
     "Business under the tenant policy); T-070 moved personal TK-0031"),
]

# ---------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------
EMAIL_DOMAINS_GB = ["example.co.uk", "example.com", "example.org", "example.net"]
EMAIL_DOMAINS_AU = ["example.com.au", "example.net.au", "example.org.au"]
LANGUAGES = ["en-GB", "en-GB", "en-GB", "fr-FR", "de-DE", "nl-NL", "es-ES", "cy-GB"]
# A few hand-picked names with non-ASCII letters (the files are UTF-8).
NAME_OVERRIDES = {
    "C-0007": ("Zoë", "Hartley"),
    "C-0018": ("Siân", "Llewellyn"),
    "C-0039": ("José", "Fernández"),
    "C-0064": ("Chloé", "Dubois"),
    "C-0081": ("Jürgen", "Maßmann"),
}


def ascii_local(first: str, last: str) -> str:
    import unicodedata

    def fold(s: str) -> str:
        s = s.replace("ß", "ss")
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
        return "".join(ch for ch in s.lower() if ch.isalnum())

    return f"{fold(first)}.{fold(last)}"


def uk_phone(rng: random.Random, i: int) -> str:
    """UK numbers in the Ofcom drama ranges, mixed national and international formats."""
    n = rng.randrange(0, 1000)
    fmt = i % 7
    if fmt == 0:
        return f"020 7946 {n:04d}"
    if fmt == 1:
        return f"+44 20 7946 {n:04d}"
    if fmt == 2:
        return f"+44 (0)161 496 {n:04d}"
    if fmt == 3:
        return f"0113 496 {n:04d}"
    if fmt == 4:
        return f"07700 900{n:03d}"
    if fmt == 5:
        return f"+44 7700 900{n:03d}"
    return f"(020) 7946-{n:04d}"


def au_phone(rng: random.Random, i: int) -> str:
    """Australian numbers in the ACMA fictional ranges, national and international formats."""
    n = rng.randrange(0, 1000)
    fmt = i % 4
    if fmt == 0:
        return f"+61 491 570 {n:03d}"
    if fmt == 1:
        return f"0491 570 {n:03d}"
    if fmt == 2:
        return f"+61 2 5550 {n:04d}"
    return f"(02) 5550 {n:04d}"


def make_contacts() -> tuple[list[dict], dict]:
    from faker import Faker

    fake = Faker("en_GB")
    fake.seed_instance(20261001)
    rng = random.Random(1001)
    rows, people = [], {}
    used = set()
    for i in range(1, N_CONTACTS + 1):
        rid = f"C-{i:04d}"
        if rid in NAME_OVERRIDES:
            first, last = NAME_OVERRIDES[rid]
        else:
            while True:
                first, last = fake.first_name(), fake.last_name()
                if (first, last) not in used:
                    break
        used.add((first, last))
        email = f"{ascii_local(first, last)}@{EMAIL_DOMAINS_GB[i % len(EMAIL_DOMAINS_GB)]}"
        phone = uk_phone(rng, i)
        region = (
            "eastus" if rid in CONTACTS_IN_EASTUS
            else "northeurope" if rid in CONTACTS_IN_NORTHEUROPE
            else "westeurope"
        )
        row = {
            "record_id": rid,
            "dataset": CONTACTS,
            "environment": PROD,
            "region": region,
            "full_name": f"{first} {last}",
            "email": email,
            "phone": phone,
            "address": {
                "street": fake.street_address().replace("\n", ", "),
                "city": fake.city(),
                "postcode": fake.postcode(),
                "country": "United Kingdom",
            },
            "company": fake.company(),
            "preferred_language": LANGUAGES[i % len(LANGUAGES)],
        }
        rows.append(row)
        people[rid] = row
        if rid == MALFORMED_CONTACT_AFTER:
            # Malformed row 1 of 2: no record_id (everything else present).
            rows.append({
                "dataset": CONTACTS,
                "environment": PROD,
                "region": "westeurope",
                "full_name": "Imogen Tate",
                "email": "imogen.tate@example.co.uk",
                "phone": "020 7946 0999",
                "address": {"street": "12 Harbour Row", "city": "Bristol",
                            "postcode": "BS1 4QA", "country": "United Kingdom"},
                "company": "Tate & Rowe Ltd",
                "preferred_language": "en-GB",
            })
    return rows, people


def make_apac() -> list[dict]:
    from faker import Faker

    fake = Faker("en_AU")
    fake.seed_instance(20261002)
    rng = random.Random(1002)
    rows, used = [], set()
    tiers = ["standard", "gold", "platinum"]
    for i in range(1, N_APAC + 1):
        while True:
            first, last = fake.first_name(), fake.last_name()
            if (first, last) not in used:
                break
        used.add((first, last))
        rows.append({
            "record_id": f"A-{i:04d}",
            "dataset": APAC_CUSTOMERS,
            "environment": APAC,
            "region": "australiaeast",
            "full_name": f"{first} {last}",
            "email": f"{ascii_local(first, last)}@{EMAIL_DOMAINS_AU[i % len(EMAIL_DOMAINS_AU)]}",
            "mobile": au_phone(rng, i),
            "city": fake.city(),
            "state": fake.state_abbr(),
            "loyalty_tier": tiers[i % 3],
            "customer_since": f"20{14 + i % 11:02d}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}",
        })
    return rows


# Non-personal ticket texts: purely technical, lower case (no capitalised words an NER model
# could take for a name), no e-mails, phone numbers, addresses, or long digit runs.
TECH_TICKETS = [
    ("nightly export failed", "nightly export job failed with http 503 after 3 retries; "
     "queue depth 1200."),
    ("sync lag on orders table", "replication lag on the orders table reached 14 minutes "
     "during the batch window; no rows lost."),
    ("plugin null reference", "pre-operation plugin threw a null reference on update of "
     "the invoice entity; build 4.2.17."),
    ("certificate expiring", "the tls certificate on the api gateway expires in 21 days; "
     "renewal request raised with the platform team."),
    ("storage quota at 91%", "file storage for the production environment is at 91% of "
     "quota, growing about 2% per week."),
    ("throttling on bulk import", "bulk import hit service protection limits (429) at "
     "around 6000 requests per 5 minutes; back-off added."),
    ("flow run timeout", "scheduled flow run timed out after 30 days waiting on an "
     "approval step; run cancelled."),
    ("index rebuild", "rebuild of the search index finished in 47 minutes; 3 shards were "
     "re-created."),
    ("dns resolution errors", "intermittent name resolution failures for the internal "
     "service endpoint from two worker nodes; resolver cache flushed."),
    ("duplicate detection job", "duplicate detection job reports 312 candidate pairs in "
     "the accounts table; review pending."),
    ("memory pressure on worker", "worker pool memory at 87% after the last deployment; "
     "heap dump attached to the pipeline run."),
    ("csv import rejected rows", "csv import rejected 42 rows because of an invalid date "
     "format in the due date column,\nsee attached log for line numbers."),
    ("solution import failed", "managed solution import failed: missing dependency on a "
     "custom table component; version 1.0.0.12."),
    ("slow dashboard", "the sales dashboard takes 19 seconds to load; the query plan "
     "shows a full scan on the opportunities view."),
    ("backlog after consumer restart", "message queue backlog at 5400 messages after a "
     "consumer restart; drained within 25 minutes."),
    ("webhook retries", "outbound webhook returned 500 for 7% of calls between 02:00 and "
     "02:40 utc; retries succeeded."),
    ("audit log retention", "audit log retention is set to 30 days; compliance asks for "
     "365 days on the production environment."),
    ("failed backup", "on-demand backup of the development environment failed with an "
     "internal error; second attempt succeeded."),
    ("api version deprecation", "calls to the old web api endpoint (version 8) still seen "
     "from one integration; migrate to version 9 before the cut-off."),
    ("connection pool exhausted", "database connection pool exhausted (max 200) during the "
     "month-end close; pool size raised to 300."),
    ("schema drift", "schema drift detected in the staging table: column order changed,\n"
     "mapping updated and reload scheduled."),
    ("disk latency alert", "disk latency above 40 ms on the reporting replica for 12 "
     "minutes; no user impact observed."),
    ("cache hit ratio low", "cache hit ratio dropped to 61% after the configuration "
     "change; rolled back the eviction policy."),
    ("cron job overlap", "two instances of the hourly cleanup job overlapped; added a "
     "lock with a 55 minute lease."),
    ("broken lookup field", "the territory lookup field points to a deleted table; 118 "
     "records show an empty value."),
    ("high error rate on checkout", "error rate on the checkout endpoint at 2.3% over the "
     "last hour, mostly timeouts to the payment service."),
    ("batch size tuning", "lowering the batch size from 1000 to 250 cut the failure rate "
     "of the nightly merge from 9% to under 1%."),
    ("table growth", "the activity table grew by 3.1 million rows this month; archive "
     "policy proposed for rows older than 2 years."),
    ("gateway update", "on-premises data gateway cluster needs the monthly update; both "
     "nodes are two versions behind."),
    ("stale environment variable", "environment variable for the export folder still "
     "points to the old container; updated in the managed layer."),
    ("rate limit on search", "search endpoint returns 429 above 40 queries per second; "
     "client side debounce requested."),
    ("orphaned connection references", "17 connection references are not used by any "
     "flow in the production environment; cleanup planned."),
]

PERSONAL_TICKET_TEMPLATES = [
    ("cannot sign in", "Customer {name} ({email}) cannot sign in to the self-service "
     "portal since the password reset."),
    ("invoice address wrong", "{name} reports that invoice 55123 shows an old address. "
     "Reply to {email} once corrected."),
    ("callback requested", "Please ring {name} back, phone {phone}, about the delayed "
     "delivery. E-mail on file: {email}."),
    ("duplicate contact", "Two contact records exist for {name}; keep the one with e-mail "
     "{email} and merge the other."),
    ("gdpr erasure request", "Erasure request received from {name} ({email}),\n"
     "verify identity before deleting the contact."),
    ("marketing opt-out", "{name} asked to be removed from the newsletter. Address: "
     "{email}, phone {phone}."),
    ("order not received", "Order 7731 for {name} not delivered; customer reachable on "
     "phone {phone} or {email}."),
    ("change of e-mail", "{name} changed employer; new e-mail is {email}, please update "
     "the contact."),
]


def make_tickets(people: dict) -> list[dict]:
    rng = random.Random(1003)
    contact_ids = sorted(people)
    tech = iter(TECH_TICKETS)
    k = 0  # personal tickets so far, to cycle through the templates
    rows = []
    priorities = ["low", "normal", "normal", "high", "urgent"]
    statuses = ["new", "open", "in progress", "resolved", "closed"]
    for i in range(1, N_TICKETS + 1):
        rid = f"TK-{i:04d}"
        if rid in PERSONAL_TICKETS:
            person = people[contact_ids[rng.randrange(len(contact_ids))]]
            subject, body = PERSONAL_TICKET_TEMPLATES[k % len(PERSONAL_TICKET_TEMPLATES)]
            k += 1
            body = body.format(name=person["full_name"], email=person["email"],
                               phone=person["phone"])
        else:
            subject, body = next(tech)
        rows.append({
            "record_id": rid,
            "dataset": TICKETS,
            "environment": PROD,
            "region": "northeurope" if i % 5 == 0 else "westeurope",
            "subject": subject,
            "body": body,
            "priority": priorities[i % len(priorities)],
            "status": statuses[(i * 3) % len(statuses)],
        })
    return rows


# Product catalogue SKUs seen in telemetry. A fixed list rather than random codes: spaCy's small
# model tags some random "SKU-nnnn-X" codes as PERSON, and telemetry must stay non-personal.
SKUS = ["SKU-4471-B", "SKU-8411-Z", "SKU-4025-Z", "SKU-8794-C", "SKU-5970-C", "SKU-8421-C",
        "SKU-2034-A", "SKU-1584-D", "SKU-4963-A", "SKU-8601-H", "SKU-8217-D", "SKU-9505-D",
        "SKU-5819-N", "SKU-1075-B", "SKU-2363-E", "SKU-1487-B", "SKU-2768-J"]


def make_telemetry() -> list[dict]:
    rng = random.Random(1004)
    roles = ["web", "api", "worker", "sql", "cache"]
    paths = ["/v2/orders", "/v2/invoices", "/v2/customers/search", "/v2/catalog/items",
             "/v1/health", "/v2/shipments"]
    codes = [200, 200, 200, 200, 201, 204, 304, 400, 404, 429, 500, 503]
    rows = []
    for i in range(1, N_TELEMETRY + 1):
        rid = f"TM-{i:04d}"
        role = roles[i % len(roles)]
        region = (
            "westus" if rid in TELEMETRY_IN_WESTUS
            else "northeurope" if i % 4 == 0
            else "westeurope"
        )
        rows.append({
            "record_id": rid,
            "dataset": TELEMETRY,
            "environment": PROD,
            "region": region,
            "hostname": f"{role}-{rng.randrange(1, 20):02d}.contoso.internal",
            "url": f"https://api.contoso.com{paths[i % len(paths)]}",
            "sku": SKUS[rng.randrange(len(SKUS))],
            "cpu_pct": round(rng.uniform(2.0, 98.0), 1),
            "status_code": codes[rng.randrange(len(codes))],
            "private_ip": f"10.{rng.randrange(0, 8)}.{rng.randrange(0, 256)}."
                          f"{rng.randrange(1, 255)}",
        })
    return rows


# ---------------------------------------------------------------------------------------------
# Transfers. Each has a hand-written expectation (rule -> severity) and the reason.
# Keys "expect", "why", "file" are generator-only and are not written to the transfer logs.
# ---------------------------------------------------------------------------------------------
FULL = "/providers/Microsoft.PowerApps/apis/"
SP, CDS, O365, BLOB = ("shared_sharepointonline", "shared_commondataserviceforapps",
                       "shared_office365", "shared_azureblob")
TWITTER, RSS, DROPBOX, FTP = "shared_twitter", "shared_rss", "shared_dropbox", "shared_ftp"
PD, CD, UD = "personal-data-outside-geo", "customer-data-outside-geo", \
    "unclassified-data-outside-geo"
BC, TLS = "blocked-connector", "weak-tls"
BA, BE, UT = "blocked-connector-action", "blocked-endpoint", "untrusted-destination"
GM = "connector-group-mix"


def C(*nums: int) -> list[str]:
    return [f"C-{n:04d}" for n in nums]


def TK(*nums: int) -> list[str]:
    return [f"TK-{n:04d}" for n in nums]


def TM(*nums: int) -> list[str]:
    return [f"TM-{n:04d}" for n in nums]


def A(*nums: int) -> list[str]:
    return [f"A-{n:04d}" for n in nums]


J, L = "jsonl", "csv"  # which transfer file a transfer is written to

TRANSFER_SPECS: list[dict] = [
    # --- personal data inside its geo: nothing --------------------------------------------
    dict(file=J, source_environment=PROD, destination_environment=DEV, dataset=CONTACTS,
         record_ids=C(1, 2, 3, 4, 5), operation="replicate", connector=FULL + CDS,
         action="CreateRecord", endpoint="contoso-dev.crm4.dynamics.com",
         flow_id="flow-crm-dev-refresh", tls_version="1.2", destination_ip="20.50.2.14",
         expect={},
         why="personal contacts prod -> dev (northeurope): inside europe; 20.50.2.14 is in "
             "AzureCloud.westeurope (allowed)"),
    dict(file=J, source_region="westeurope", destination_region="northeurope",
         dataset=CONTACTS, record_ids=C(10, 11), operation="replicate",
         flow_id="flow-geo-replication", tls_version="1.3",
         expect={}, why="personal contacts westeurope -> northeurope (paired region)"),
    dict(file=L, source_environment=PROD, destination_environment=DEV, dataset=CONTACTS,
         operation="sync", connector=CDS, action="ListRecords",
         endpoint="contoso-dev.crm4.dynamics.com", flow_id="flow-crm-dev-refresh",
         tls_version="TLS 1.3",
         expect={}, why="whole contacts dataset prod -> dev: inside europe"),
    dict(file=J, source_environment=PROD, destination_environment=DEV, dataset=TICKETS,
         record_ids=TK(1, 3, 9, 10), operation="copy", connector=FULL + CDS,
         action="CreateRecord", endpoint="contoso-dev.crm4.dynamics.com",
         flow_id="flow-crm-dev-refresh", tls_version="TLSv1.2",
         expect={}, why="tickets incl. personal TK-0001/9/10 prod -> dev: inside europe"),
    # --- residency allowance europe -> unitedkingdom: nothing -----------------------------
    dict(file=J, source_environment=PROD, destination_region="uksouth", dataset=CONTACTS,
         record_ids=C(20, 21, 22), operation="export", connector=FULL + SP,
         action="PostItem", endpoint="contoso.sharepoint.com/sites/uk-sales",
         flow_id="flow-uk-sales-share", tls_version="TLSv1.2", destination_ip="51.104.8.20",
         expect={},
         why="personal contacts to uksouth: europe -> unitedkingdom is allowed; 51.104.8.20 "
             "is in AzureCloud.uksouth (allowed)"),
    dict(file=L, source_environment=PROD, destination_region="ukwest", dataset=TICKETS,
         record_ids=TK(2, 4, 7), operation="copy", connector=SP, action="CreateFile",
         endpoint="contoso.sharepoint.com/sites/uk-support", flow_id="flow-uk-sales-share",
         tls_version="1.3",
         expect={}, why="personal tickets to ukwest: allowed"),
    # --- multi-geo contoso-apac ------------------------------------------------------------
    dict(file=J, source_environment=APAC, destination_region="australiasoutheast",
         dataset=APAC_CUSTOMERS, record_ids=A(1, 2, 3, 4), operation="replicate",
         flow_id="flow-apac-dr", tls_version="1.2",
         expect={}, why="apac personal data australiaeast -> australiasoutheast: inside australia"),
    dict(file=L, source_region="australiaeast", destination_region="australiasoutheast",
         dataset=APAC_CUSTOMERS, operation="replicate", flow_id="flow-apac-dr",
         tls_version="1.3",
         expect={}, why="whole apac dataset stays in australia (source given by region)"),
    dict(file=J, source_environment=APAC, destination_region="westeurope",
         dataset=APAC_CUSTOMERS, record_ids=A(5, 6), operation="export", connector=FULL + SP,
         action="PostItem", endpoint="contoso.sharepoint.com/sites/global-crm",
         flow_id="flow-apac-to-global", tls_version="1.2", destination_ip="20.50.2.31",
         expect={PD: "high"},
         why="apac personal data -> westeurope: outside australia (20.50.2.31 is in the "
             "allowed AzureCloud.westeurope)"),
    dict(file=J, source_environment=APAC, destination_environment=PROD,
         dataset=APAC_CUSTOMERS, operation="sync", connector=CDS, action="CreateRecord",
         endpoint="contoso.crm4.dynamics.com", flow_id="flow-apac-to-global",
         tls_version="TLS 1.3",
         expect={PD: "high"}, why="whole apac dataset -> contoso-prod (westeurope)"),
    dict(file=L, source_environment=APAC, destination_region="uksouth",
         dataset=APAC_CUSTOMERS, record_ids=A(7), operation="copy", connector=SP,
         action="CreateFile", endpoint="contoso.sharepoint.com/sites/uk-sales",
         flow_id="flow-apac-to-global", tls_version="1.2",
         expect={PD: "high"},
         why="apac personal -> uksouth: the europe -> unitedkingdom allowance is not australia's"),
    # --- personal data out of geo: high --------------------------------------------------
    dict(file=J, source_environment=PROD, destination_region="eastus", dataset=CONTACTS,
         record_ids=C(30, 31, 32, 33, 34), operation="export", connector=FULL + BLOB,
         action="CreateFile_V2", endpoint="contosousexports.blob.core.windows.net",
         flow_id="flow-us-lead-export", tls_version="1.2", destination_ip="52.168.10.4",
         expect={PD: "high", UT: "medium"},
         why="personal contacts -> eastus; 52.168.10.4 is in AzureCloud.eastus, not allowed"),
    dict(file=J, source_environment=PROD, destination_environment=US, dataset=CONTACTS,
         record_ids=C(40), operation="flow_run", connector=FULL + CDS,
         action="CreateRecord", endpoint="contoso-us.crm.dynamics.com",
         flow_id="flow-us-lead-export", tls_version="1.3",
         expect={PD: "high"}, why="one personal contact -> contoso-us-sales (eastus)"),
    dict(file=L, source_environment=PROD, destination_environment=APAC, dataset=CONTACTS,
         record_ids=C(41, 42), operation="copy", connector=CDS, action="CreateRecord",
         endpoint="contoso-apac.crm6.dynamics.com", flow_id="flow-apac-to-global",
         tls_version="1.2",
         expect={PD: "high"}, why="personal contacts -> contoso-apac (australiaeast)"),
    dict(file=J, source_environment=PROD, destination_region="francecentral",
         dataset=CONTACTS, record_ids=C(43, 44), operation="export", connector=BLOB,
         action="CreateFile_V2", endpoint="contosofr.blob.core.windows.net",
         flow_id="flow-partner-fr", tls_version="TLSv1.2",
         expect={PD: "high"},
         why="personal -> francecentral: france is its own geo, not part of europe"),
    dict(file=J, source_environment=PROD, destination_environment=US,
         destination_region="westus", dataset=CONTACTS, record_ids=C(46, 47),
         operation="sync", connector=FULL + CDS, action="UpdateRecord",
         endpoint="contoso-us.crm.dynamics.com", flow_id="flow-us-lead-export",
         tls_version="1.2",
         expect={PD: "high"}, why="personal contacts -> westus (region given with environment)"),
    dict(file=L, source_region="northeurope", destination_region="eastus",
         dataset=CONTACTS, record_ids=C(91, 92), operation="replicate",
         flow_id="flow-geo-replication", tls_version="1.3",
         expect={PD: "high"}, why="source by region northeurope (europe); personal -> eastus"),
    # --- non-personal telemetry out of geo: info only -------------------------------------
    dict(file=J, source_environment=PROD, destination_region="eastus", dataset=TELEMETRY,
         record_ids=TM(1, 2, 3, 4, 5, 6, 7, 8, 10, 11), operation="replicate",
         connector=FULL + BLOB, action="CreateFile_V2",
         endpoint="contosotelemetry.blob.core.windows.net", flow_id="flow-telemetry-dr",
         tls_version="1.2", destination_ip="52.168.10.9",
         expect={CD: "info", UT: "medium"},
         why="10 telemetry rows (non-personal) -> eastus; 52.168.10.9 in AzureCloud.eastus only"),
    dict(file=J, source_environment=PROD, destination_environment=US, dataset=TELEMETRY,
         operation="replicate", connector=BLOB, action="CopyFile",
         endpoint="contosotelemetry.blob.core.windows.net", flow_id="flow-telemetry-dr",
         tls_version="1.3",
         expect={CD: "info"}, why="whole telemetry dataset (non-personal) -> eastus"),
    dict(file=L, source_region="westeurope", destination_region="westus", dataset=TELEMETRY,
         record_ids=TM(12, 13, 14), operation="copy", connector=BLOB, action="CopyFile",
         endpoint="contosotelemetry.blob.core.windows.net", flow_id="flow-telemetry-dr",
         tls_version="TLSv1.2",
         expect={CD: "info"}, why="telemetry westeurope -> westus (source by region)"),
    dict(file=J, source_environment=PROD, destination_region="germanywestcentral",
         dataset=TELEMETRY, record_ids=TM(15, 16), operation="export", connector=BLOB,
         action="CreateFile_V2", endpoint="contosode.blob.core.windows.net",
         flow_id="flow-telemetry-dr", tls_version="1.2",
         expect={CD: "info"}, why="telemetry -> germanywestcentral (germany geo, not europe)"),
    dict(file=J, source_environment=PROD, destination_region="northeurope",
         dataset=TELEMETRY, operation="replicate", connector=BLOB, action="CopyFile",
         endpoint="contosotelemetry-ne.blob.core.windows.net", flow_id="flow-telemetry-dr",
         tls_version="1.2",
         expect={}, why="whole telemetry dataset -> northeurope: inside europe"),
    # --- tickets: non-personal only (info) vs. including a personal ticket (high) ----------
    dict(file=J, source_environment=PROD, destination_region="eastus", dataset=TICKETS,
         record_ids=TK(3, 5, 6), operation="export", connector=FULL + SP,
         action="CreateFile", endpoint="contosous.sharepoint.com/sites/support",
         flow_id="flow-support-escalation", tls_version="1.2",
         expect={CD: "info"}, why="only non-personal tickets TK-0003/5/6 -> eastus"),
    dict(file=L, source_environment=PROD, destination_region="westus", dataset=TICKETS,
         record_ids=TK(8, 11), operation="copy", connector=SP, action="CreateFile",
         endpoint="contosous.sharepoint.com/sites/support", flow_id="flow-support-escalation",
         tls_version="1.3",
         expect={CD: "info"}, why="only non-personal tickets TK-0008/11 -> westus"),
    dict(file=J, source_environment=PROD, destination_region="eastus", dataset=TICKETS,
         record_ids=TK(13, 14, 15), operation="export", connector=FULL + SP,
         action="CreateFile", endpoint="contosous.sharepoint.com/sites/support",
         flow_id="flow-support-escalation", tls_version="TLS 1.3",
         expect={PD: "high"}, why="TK-0013/14 non-personal but TK-0015 personal -> eastus"),
    dict(file=J, source_environment=PROD, destination_environment=APAC, dataset=TICKETS,
         operation="sync", connector=CDS, action="CreateRecord",
         endpoint="contoso-apac.crm6.dynamics.com", flow_id="flow-support-escalation",
         tls_version="1.2",
         expect={PD: "high"}, why="whole tickets dataset (32 personal) -> australiaeast"),
    # --- unknown records: unclassified ---------------------------------------------------
    dict(file=J, source_environment=PROD, destination_region="eastus", dataset=CONTACTS,
         record_ids=C(101, 102), operation="export", connector=BLOB, action="CreateFile_V2",
         endpoint="contosousexports.blob.core.windows.net", flow_id="flow-us-lead-export",
         tls_version="1.2",
         expect={UD: "medium"}, why="C-0101/C-0102 are not in the records input"),
    dict(file=L, source_environment=PROD, destination_region="eastus",
         dataset="contoso-prod/invoices", operation="export", connector=BLOB,
         action="CreateFile_V2", endpoint="contosousexports.blob.core.windows.net",
         flow_id="flow-finance-archive", tls_version="1.2",
         expect={UD: "medium"}, why="whole dataset contoso-prod/invoices has no records"),
    dict(file=J, source_environment=PROD, destination_region="westus", dataset=CONTACTS,
         record_ids=C(50, 999), operation="copy", connector=FULL + BLOB,
         action="CreateFile_V2", endpoint="contosousexports.blob.core.windows.net",
         flow_id="flow-us-lead-export", tls_version="1.3",
         expect={PD: "high", UD: "medium"},
         why="C-0050 personal and C-0999 unknown -> westus: both rules"),
    dict(file=J, source_environment=PROD, destination_region="eastus", dataset=TELEMETRY,
         record_ids=TM(17, 999), operation="replicate", connector=BLOB, action="CopyFile",
         endpoint="contosotelemetry.blob.core.windows.net", flow_id="flow-telemetry-dr",
         tls_version="1.2",
         expect={UD: "medium"},
         why="TM-0017 non-personal, TM-0999 unknown: unclassified, so not customer-only"),
    dict(file=L, source_environment=PROD, destination_region="eastus", dataset=TELEMETRY,
         record_ids=TM(18) + C(1), operation="copy", connector=BLOB, action="CopyFile",
         endpoint="contosotelemetry.blob.core.windows.net", flow_id="flow-telemetry-dr",
         tls_version="1.2",
         expect={UD: "medium"},
         why="C-0001 is a contact, not a key of contoso-prod/telemetry: unknown there"),
    dict(file=J, source_environment=US, destination_region="westus",
         dataset="contoso-us-sales/leads", record_ids=["L-0001", "L-0002"], operation="copy",
         connector=CDS, action="CreateRecord", endpoint="contoso-us.crm.dynamics.com",
         flow_id="flow-us-leads", tls_version="1.2",
         expect={}, why="unknown us-sales leads -> westus: inside unitedstates, not judged"),
    dict(file=L, source_region="eastus", destination_region="westus",
         dataset="contoso-us-sales/leads", operation="replicate", flow_id="flow-us-leads",
         tls_version="1.3",
         expect={},
         why="source by region eastus (listed by unitedstates and unitedstatesfirstrelease); "
             "westus is in both: inside"),
    dict(file=J, source_environment=US, destination_environment=PROD,
         dataset="contoso-us-sales/leads", operation="sync", connector=FULL + CDS,
         action="CreateRecord", endpoint="contoso.crm4.dynamics.com", flow_id="flow-us-leads",
         tls_version="1.2",
         expect={UD: "medium"}, why="whole us-sales leads dataset (no records) -> westeurope"),
    dict(file=J, source_environment=PROD, destination_environment=DEV,
         dataset="contoso-dev/staging", record_ids=["S-0001", "S-0002"], operation="copy",
         connector=CDS, action="CreateRecord", endpoint="contoso-dev.crm4.dynamics.com",
         flow_id="flow-crm-dev-refresh", tls_version="1.2",
         expect={}, why="unknown records but destination inside europe: nothing"),
    # --- destination unknown: residency not judged ---------------------------------------
    dict(file=J, source_environment=PROD, dataset=CONTACTS, record_ids=C(60, 61, 62),
         operation="export", connector=FULL + O365, action="SendEmailV2",
         endpoint="outlook.office365.com", flow_id="flow-weekly-digest", tls_version="1.2",
         expect={}, why="personal contacts, no destination: residency not judged"),
    dict(file=J, source_environment=APAC, destination_environment=None,
         destination_region=None, dataset=APAC_CUSTOMERS, operation="export",
         connector=O365, action="SendEmailV2", endpoint="outlook.office365.com",
         flow_id="flow-apac-newsletter", tls_version="1.3",
         expect={}, why="whole apac dataset, destination fields null: not judged"),
    # --- blocked connectors ---------------------------------------------------------------
    dict(file=J, source_environment=PROD, destination_environment=DEV, dataset=CONTACTS,
         record_ids=C(64, 65), operation="flow_run", connector=FULL + DROPBOX,
         action="CreateFile", endpoint="content.dropboxapi.com", flow_id="flow-dropbox-backup",
         tls_version="1.2",
         expect={BC: "high"}, why="dropbox is blocked; personal contacts (destination in geo)"),
    dict(file=L, source_environment=PROD, dataset=TELEMETRY, record_ids=TM(20, 22, 23),
         operation="export", connector=FTP, action="CreateFile",
         endpoint="ftp.partner-files.example.net", flow_id="flow-ftp-drop",
         tls_version="1.2",
         expect={BC: "medium"}, why="ftp is blocked; telemetry non-personal; no destination"),
    dict(file=J, source_environment=PROD, destination_region="northeurope", dataset=TICKETS,
         record_ids=TK(16, 19), operation="flow_run", connector=DROPBOX,
         action="CreateFile", endpoint="content.dropboxapi.com", flow_id="flow-dropbox-backup",
         tls_version="1.3",
         expect={BC: "medium"}, why="dropbox blocked; tickets TK-0016/19 non-personal"),
    dict(file=J, source_environment=APAC, dataset=APAC_CUSTOMERS, record_ids=A(10),
         operation="export", connector=FULL + "Shared_FTP", action="CreateFile",
         endpoint="ftp.partner-files.example.net", flow_id="flow-ftp-drop",
         tls_version="1.2",
         expect={BC: "high"},
         why="mixed-case full id normalises to shared_ftp (blocked); apac personal"),
    dict(file=L, source_environment=PROD, destination_region="eastus", dataset=TELEMETRY,
         record_ids=TM(24, 25), operation="export", connector=FULL + FTP,
         action="CreateFile", endpoint="ftp.partner-files.example.net", flow_id="flow-ftp-drop",
         tls_version="1.2",
         expect={BC: "medium", CD: "info"}, why="ftp blocked + telemetry out of geo"),
    # --- weak TLS -------------------------------------------------------------------------
    dict(file=J, source_environment=PROD, destination_environment=DEV, dataset=CONTACTS,
         record_ids=C(66), operation="sync", connector=FULL + CDS, action="UpdateRecord",
         endpoint="contoso-dev.crm4.dynamics.com", flow_id="flow-legacy-sync",
         tls_version="1.0",
         expect={TLS: "high"}, why="TLS 1.0 only (in geo, allowed connector)"),
    dict(file=L, source_environment=PROD, destination_region="northeurope",
         dataset=TELEMETRY, record_ids=TM(26, 27), operation="copy", connector=BLOB,
         action="CopyFile", endpoint="contosotelemetry-ne.blob.core.windows.net",
         flow_id="flow-legacy-sync", tls_version="1.1",
         expect={TLS: "high"}, why="TLS 1.1 only"),
    dict(file=J, source_environment=APAC, destination_region="australiasoutheast",
         dataset=APAC_CUSTOMERS, record_ids=A(11, 12), operation="sync", connector=CDS,
         action="UpdateRecord", endpoint="contoso-apac.crm6.dynamics.com",
         flow_id="flow-apac-dr", tls_version="TLSv1.1",
         expect={TLS: "high"}, why="TLSv1.1 only (apac data stays in australia)"),
    dict(file=J, source_environment=PROD, destination_region="northeurope",
         dataset=TELEMETRY, record_ids=TM(28), operation="copy", connector=BLOB,
         action="CopyFile", endpoint="contosotelemetry-ne.blob.core.windows.net",
         flow_id="flow-legacy-sync",
         expect={}, why="no tls_version: no weak-tls finding; in geo"),
    dict(file=L, source_environment=DEV, destination_environment=PROD, dataset=CONTACTS,
         record_ids=C(67, 68), operation="sync", connector=CDS, action="UpdateRecord",
         endpoint="contoso.crm4.dynamics.com", flow_id="flow-crm-dev-refresh",
         expect={}, why="no tls_version; dev -> prod inside europe"),
    # --- several rules at once ------------------------------------------------------------
    dict(file=J, source_environment=PROD, destination_region="eastus", dataset=CONTACTS,
         record_ids=C(70, 71, 72), operation="flow_run", connector=FULL + DROPBOX,
         action="CreateFile", endpoint="content.dropboxapi.com", flow_id="flow-dropbox-backup",
         tls_version="1.0", destination_ip="162.125.4.1",
         expect={PD: "high", BC: "high", TLS: "high", UT: "medium"},
         why="personal -> eastus, via blocked dropbox, over TLS 1.0, to a Dropbox address "
             "in no service tag: four rules"),
    dict(file=L, source_environment=PROD, destination_region="westus", dataset=TELEMETRY,
         record_ids=TM(29, 30), operation="export", connector=FTP, action="CreateFile",
         endpoint="ftp.partner-files.example.net", flow_id="flow-ftp-drop",
         tls_version="TLSv1.1",
         expect={CD: "info", BC: "medium", TLS: "high"},
         why="non-personal -> westus, via blocked ftp, over TLS 1.1: three rules"),
    # --- destination region overrides the destination environment's region ---------------
    dict(file=J, source_environment=PROD, destination_environment=DEV,
         destination_region="eastus", dataset=TELEMETRY, record_ids=TM(31, 32),
         operation="export", connector=BLOB, action="CreateFile_V2",
         endpoint="contosousexports.blob.core.windows.net", flow_id="flow-telemetry-dr",
         tls_version="1.2", destination_ip="2603:1030:20e:3::23c",
         expect={CD: "info", UT: "medium"},
         why="destination_region eastus wins over contoso-dev's northeurope; the IPv6 "
             "address is in AzureCloud.eastus, not allowed"),
    dict(file=L, source_environment=APAC, destination_environment=APAC,
         destination_region="australiasoutheast", dataset=APAC_CUSTOMERS,
         record_ids=A(13, 14), operation="replicate", flow_id="flow-apac-dr",
         tls_version="1.2",
         expect={}, why="apac -> apac environment in australiasoutheast: inside australia"),
    # --- business / non-business connectors, ordinary traffic (no finding here) ----------
    dict(file=J, source_environment=PROD, dataset=TELEMETRY, record_ids=TM(33),
         operation="flow_run", connector=FULL + RSS, action="ListFeedItems",
         endpoint="status.contoso.com/feed", flow_id="flow-status-feed", tls_version="1.3",
         expect={}, why="non-business rss, no destination, non-personal"),
    dict(file=L, source_environment=PROD, dataset=TELEMETRY, record_ids=TM(34),
         operation="flow_run", connector=TWITTER, action="Tweet",
         endpoint="api.twitter.com", flow_id="flow-status-feed", tls_version="1.2",
         expect={}, why="non-business twitter, no destination, non-personal"),
    dict(file=J, source_environment=PROD, destination_region="westeurope",
         dataset=TICKETS, record_ids=TK(17, 18), operation="flow_run", connector=FULL + SP,
         action="PostItem", endpoint="contoso.sharepoint.com/sites/support",
         flow_id="flow-social-digest", tls_version="1.2",
         expect={}, why="business sharepoint, personal tickets in geo"),
    dict(file=L, source_environment=PROD, dataset=TICKETS, record_ids=TK(21, 22),
         operation="flow_run", connector=FULL + TWITTER, action="Tweet",
         endpoint="api.twitter.com", flow_id="flow-social-digest", tls_version="TLSv1.2",
         expect={},
         why="non-business twitter, non-personal tickets; same flow as the sharepoint "
             "transfer (a connector-group-mix case, see Flows)"),
    dict(file=J, source_environment=PROD, dataset=TELEMETRY, record_ids=TM(35, 36),
         operation="flow_run", connector=FULL + O365, action="SendEmailV2",
         endpoint="outlook.office365.com", flow_id="flow-ops-alerts", tls_version="1.2",
         expect={}, why="business office365 alert e-mail with telemetry, no destination"),
    dict(file=L, source_environment=PROD, dataset=TELEMETRY, record_ids=TM(37),
         operation="flow_run", connector="shared_teams", action="PostMessageToConversation",
         endpoint="graph.microsoft.com", flow_id="flow-ops-alerts", tls_version="1.3",
         expect={},
         why="shared_teams is in no group, so non-business by default_group; same flow as "
             "the office365 transfer (a second connector-group-mix case, see Flows)"),
    # --- malformed row 2 of 2: timestamp not-a-date -> rejected, no finding ---------------
    dict(file=L, source_environment=PROD, destination_region="eastus", dataset=CONTACTS,
         record_ids=C(80, 81), operation="export", connector=DROPBOX, action="CreateFile",
         endpoint="content.dropboxapi.com", flow_id="flow-dropbox-backup",
         tls_version="1.0", timestamp="not-a-date",
         expect={}, why="timestamp not-a-date: row is rejected (would otherwise break 3 rules)"),
    # --- action rules of the tenant policy (tenant/contoso-dlp-policy.json) ---------------
    dict(file=J, source_environment=PROD, dataset=CONTACTS, record_ids=C(73, 74),
         operation="flow_run", connector=FULL + O365, action="ForwardEmail_V2",
         endpoint="outlook.office365.com", flow_id="flow-mail-forward", tls_version="1.2",
         expect={BA: "high"},
         why="office365 ForwardEmail_V2 is listed as Block; personal contacts"),
    dict(file=L, source_environment=PROD, dataset=TICKETS, record_ids=TK(27, 30),
         operation="flow_run", connector=SP, action="DeleteItem",
         endpoint="contoso.sharepoint.com/sites/support", flow_id="flow-sp-cleanup",
         tls_version="1.3",
         expect={BA: "medium"},
         why="sharepoint DeleteItem is not in the allow list, so it falls to the Block "
             "default; tickets TK-0027/30 non-personal"),
    dict(file=J, source_environment=PROD, dataset=TELEMETRY, record_ids=TM(39),
         operation="flow_run", connector=FULL + SP, action="GetItems",
         endpoint="contoso.sharepoint.com/sites/ops", flow_id="flow-sp-cleanup",
         tls_version="1.2",
         expect={}, why="sharepoint GetItems is allowed explicitly (Block default)"),
    # --- endpoint rules (azureblob): deny contosopublic, allow contoso*, deny *
    dict(file=J, source_environment=PROD, dataset=TELEMETRY, record_ids=TM(40, 41),
         operation="export", connector=FULL + BLOB, action="CreateFile_V2",
         endpoint="contosopublic.blob.core.windows.net", flow_id="flow-public-dump",
         tls_version="1.2",
         expect={BE: "medium"},
         why="rule 1 denies contosopublic before rule 2 would allow contoso*: first match "
             "wins; telemetry non-personal"),
    dict(file=L, source_environment=PROD, dataset=CONTACTS, record_ids=C(75),
         operation="export", connector=FULL + BLOB, action="CreateFile_V2",
         endpoint="exfil-drop.blob.core.windows.net", flow_id="flow-public-dump",
         tls_version="1.2",
         expect={BE: "high"},
         why="no allow rule matches exfil-drop, the final '*' denies it; personal contact"),
    # --- custom-connector URL patterns [Blocked *.quickshare-example.net, Confidential
    #     *.contoso.com, Ignore *] classify connectors the policy does not list -------------
    dict(file=J, source_environment=PROD, dataset=CONTACTS, record_ids=C(76, 77),
         operation="export", connector=FULL + "shared_quickshare-5fupload-5f3f9c2a",
         action="UploadFile", endpoint="https://api.quickshare-example.net/v1/upload",
         flow_id="flow-quickshare", tls_version="1.2",
         expect={BC: "high"},
         why="custom connector at a Blocked URL pattern: blocked; personal contacts"),
    dict(file=L, source_environment=PROD, dataset=TELEMETRY, record_ids=TM(42),
         operation="flow_run", connector="shared_contoso-5fstatuspage-5f77a1",
         action="GetIncidents", endpoint="https://status.contoso.com/api/incidents",
         flow_id="flow-incident-tweet", tls_version="1.3",
         expect={},
         why="custom connector at https://*.contoso.com: Business by URL pattern, allowed"),
    dict(file=J, source_environment=PROD, dataset=TELEMETRY, record_ids=TM(43),
         operation="flow_run", connector=TWITTER, action="Tweet", endpoint="api.twitter.com",
         flow_id="flow-incident-tweet", tls_version="1.2",
         expect={},
         why="non-business twitter in the same flow as the Business custom connector "
             "(a connector-group-mix case)"),
    # --- contoso-dev: the dev sandbox policy (v1 export, Blocked by default) also applies --
    dict(file=J, source_environment=DEV, dataset=TICKETS, record_ids=TK(27),
         operation="flow_run", connector=FULL + "shared_approvals",
         action="StartAndWaitForAnApproval", endpoint="api.flow.microsoft.com",
         flow_id="flow-dev-approvals", tls_version="1.2",
         expect={},
         why="approvals is unlisted (dev default Blocked) but cannot be blocked: never "
             "reported"),
    dict(file=L, source_environment=DEV, dataset=TICKETS, record_ids=TK(28),
         operation="flow_run", connector="shared_onedriveforbusiness", action="CreateFile",
         endpoint="contoso-my.sharepoint.com", flow_id="flow-dev-onedrive", tls_version="1.2",
         expect={BC: "high"},
         why="onedrive is unlisted: Non-business by the tenant policy, Blocked by the dev "
             "policy's default; most restrictive wins; TK-0028 personal"),
    dict(file=J, source_environment=DEV, dataset=TICKETS, record_ids=TK(30),
         operation="flow_run", connector=FULL + SP, action="GetItems",
         endpoint="contoso.sharepoint.com/sites/dev", flow_id="flow-dev-digest",
         tls_version="1.3",
         expect={}, why="sharepoint, Business under both policies"),
    dict(file=L, source_environment=DEV, dataset=TICKETS, record_ids=TK(31),
         operation="flow_run", connector=O365, action="SendEmailV2",
         endpoint="outlook.office365.com", flow_id="flow-dev-digest", tls_version="1.2",
         expect={},
         why="office365: Business under the tenant policy, Non-business under the dev policy "
             "(a per-policy connector-group-mix case); TK-0031 personal"),
    # --- destination addresses against the allowed service tags ---------------------------
    dict(file=J, source_environment=PROD, destination_region="North Europe",
         dataset=TELEMETRY, record_ids=TM(44), operation="copy", connector=BLOB,
         action="CopyFile", endpoint="contosotelemetry-ne.blob.core.windows.net",
         flow_id="flow-telemetry-dr", tls_version="1.3", destination_ip="2603:1020::1b",
         expect={},
         why="IPv6 in AzureCloud.northeurope (allowed); 'North Europe' is northeurope"),
    dict(file=L, source_environment=PROD, dataset=TELEMETRY, record_ids=TM(45),
         operation="sync", flow_id="flow-telemetry-dr", tls_version="1.2",
         destination_ip="20.50.68.150",
         expect={}, why="IPv4 in PowerPlatformInfra.NorthEurope, allowed by PowerPlatformInfra.*"),
    dict(file=J, source_environment=PROD, dataset=CONTACTS, record_ids=C(78),
         operation="export", connector=FULL + SP, action="PostItem",
         endpoint="contoso.sharepoint.com/sites/partners", flow_id="flow-partner-portal",
         tls_version="1.2", destination_ip="203.0.113.50",
         expect={UT: "medium"}, why="IPv4 in no service tag: untrusted (medium even if personal)"),
    dict(file=L, source_environment=PROD, dataset=TELEMETRY, record_ids=TM(46),
         operation="copy", connector=BLOB, action="CopyFile",
         endpoint="contosotelemetry.blob.core.windows.net", flow_id="flow-telemetry-dr",
         tls_version="1.2", destination_ip="2001:db8:4::17",
         expect={UT: "medium"}, why="IPv6 in no service tag: untrusted"),
    dict(file=J, source_environment=PROD, destination_region="germanywc", dataset=TELEMETRY,
         record_ids=TM(47), operation="replicate", flow_id="flow-telemetry-dr",
         tls_version="1.2",
         expect={CD: "info"},
         why="service-tag spelling germanywc = germanywestcentral (germany geo): out of europe"),
]

TRANSFER_COLUMNS = [
    "transfer_id", "timestamp", "source_environment", "source_region",
    "destination_environment", "destination_region", "dataset", "record_ids", "operation",
    "connector", "action", "endpoint", "flow_id", "tls_version", "destination_ip",
]


def timestamp_for(n: int, total: int) -> str:
    """Spread transfers over 2026-10-01 .. 2026-10-31, deterministic."""
    day = 1 + (n - 1) * 31 // total
    hour = (n * 7) % 24
    minute = (n * 13) % 60
    second = (n * 29) % 60
    if n % 9 == 0:  # a few with milliseconds
        return f"2026-10-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}.{n * 37 % 1000:03d}Z"
    return f"2026-10-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}Z"


def build_transfers() -> list[dict]:
    out = []
    total = len(TRANSFER_SPECS)
    for n, spec in enumerate(TRANSFER_SPECS, start=1):
        t = {"transfer_id": f"T-{n:03d}", "timestamp": timestamp_for(n, total)}
        for k, v in spec.items():
            if k in ("expect", "why", "file"):
                continue
            t[k] = v
        if "timestamp" in spec:
            t["timestamp"] = spec["timestamp"]
        t["_file"], t["_expect"], t["_why"] = spec["file"], spec["expect"], spec["why"]
        out.append(t)
    return out


def expected_findings(transfers: list[dict]) -> list[dict]:
    rows = [{"rule": r, "subject": s, "severity": sev} for r, s, sev, _ in EXPECTED_AT_REST]
    rows += [{"rule": GM, "subject": f"{flow}@{policy}", "severity": sev}
             for flow, policy, sev, _ in EXPECTED_FLOWS]
    for t in transfers:
        for rule, sev in t["_expect"].items():
            rows.append({"rule": rule, "subject": t["transfer_id"], "severity": sev})
    for _, _, expect, _ in microsoft_expectations():
        for subject, rules in expect.items():
            rows += [{"rule": rule, "subject": subject, "severity": sev}
                     for rule, sev in rules.items()]
    return sorted(rows, key=lambda r: (r["rule"], r["subject"]))


# ---------------------------------------------------------------------------------------------
# Tenant exports (tenant/): the files an admin has, in the exact Power Platform shapes
# ---------------------------------------------------------------------------------------------
TENANT = HERE / "tenant"
FIXTURES = HERE.parent / "tests" / "fixtures"  # real captures, sources in its README.md
TENANT_ID = "6f1e2d3c-0b5a-4c49-8e7d-c0a705000001"  # fictional
ENV_ID = "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/"
ENV_TYPE = "Microsoft.BusinessAppPlatform/scopes/environments"
ENVIRONMENTS = [
    # (name, geo, region, display name, sku, default)
    (PROD, "europe", "westeurope", "Contoso (Production)", "Production", True),
    (DEV, "europe", "northeurope", "Contoso Dev", "Sandbox", False),
    (APAC, "australia", "australiaeast", "Contoso APAC", "Production", False),
    (US, "unitedstates", "eastus", "Contoso US Sales", "Production", False),
]
CONNECTOR_NAMES = {
    SP: "SharePoint", CDS: "Microsoft Dataverse", O365: "Office 365 Outlook",
    BLOB: "Azure Blob Storage", TWITTER: "X", RSS: "RSS", DROPBOX: "Dropbox", FTP: "FTP",
    "shared_teams": "Microsoft Teams",
}
# The tags kept in the trimmed service-tag copy (configs/default.yaml allows some of them).
SERVICE_TAGS_KEPT = [
    "AzureCloud.eastus", "AzureCloud.northeurope", "AzureCloud.uksouth", "AzureCloud.westeurope",
    "PowerPlatformInfra.GermanyWestCentral", "PowerPlatformInfra.NorthEurope",
    "PowerPlatformInfra.UKSouth", "PowerPlatformInfra.WestEurope", "Storage.WestEurope",
]


def _refs(*ids: str) -> list[dict]:
    return [{"id": FULL + c, "name": CONNECTOR_NAMES.get(c, c), "type": "Microsoft.PowerApps/apis"}
            for c in ids]


def _audit_fields(created: str) -> dict:
    return {"createdBy": {"displayName": "admin"}, "createdTime": created,
            "lastModifiedBy": {"displayName": "admin"}, "lastModifiedTime": created}


def tenant_policy() -> dict:
    """The tenant-wide policy as the BAP v2 API returns it (GET .../policies/{name})."""
    return {
        "policyDefinition": {
            "name": "5f1c7a3e-2b64-4c1e-9a57-0c0a70500001",
            "displayName": TENANT_POLICY,
            "defaultConnectorsClassification": "General",
            "connectorGroups": [
                {"classification": "Confidential", "connectors": _refs(SP, CDS, O365, BLOB)},
                {"classification": "General", "connectors": _refs(TWITTER, RSS)},
                {"classification": "Blocked", "connectors": _refs(DROPBOX, FTP)},
            ],
            "environmentType": "AllEnvironments",
            "environments": [],
            **_audit_fields("2026-09-14T08:12:31.5530211Z"),
            "etag": "1c0f6a52-5d1e-4a8b-9f0e-6c2d7b3a9e11",
            "isLegacySchemaVersion": False,
        },
        "connectorConfigurationsDefinition": {
            "connectorActionConfigurations": [
                {"connectorId": FULL + O365,
                 "actionRules": [{"actionId": "ForwardEmail_V2", "behavior": "Block"},
                                 {"actionId": "SendEmailWithOptions", "behavior": "Block"}],
                 "defaultConnectorActionRuleBehavior": "Allow"},
                {"connectorId": FULL + SP,
                 "actionRules": [{"actionId": a, "behavior": "Allow"} for a in
                                 ("CreateFile", "GetFileContent", "GetItems", "PostItem",
                                  "UpdateItem")],
                 "defaultConnectorActionRuleBehavior": "Block"},
            ],
            "endpointConfigurations": [
                {"connectorId": FULL + BLOB,
                 "endpointRules": [
                     {"order": 1, "behavior": "Deny",
                      "endPoint": "contosopublic.blob.core.windows.net"},
                     {"order": 2, "behavior": "Allow",
                      "endPoint": "contoso*.blob.core.windows.net"},
                     {"order": 3, "behavior": "Deny", "endPoint": "*"},
                 ]},
            ],
        },
        "customConnectorUrlPatternsDefinition": {"rules": [
            {"order": 1, "customConnectorRuleClassification": "Blocked",
             "pattern": "https://*.quickshare-example.net"},
            {"order": 2, "customConnectorRuleClassification": "Confidential",
             "pattern": "https://*.contoso.com"},
            {"order": 3, "customConnectorRuleClassification": "Ignore", "pattern": "*"},
        ]},
    }


def dev_policy() -> dict:
    """The dev sandbox policy as PowerShell ``Get-DlpPolicy`` (v1 API) returns it."""
    return {"value": [{
        "name": "9b2d4e6f-7a81-4c3b-b5d2-0c0a70500002",
        "displayName": DEV_POLICY,
        "defaultConnectorsClassification": "Blocked",
        "connectorGroups": [
            {"classification": "Confidential", "connectors": _refs(CDS, SP, BLOB)},
            {"classification": "General", "connectors": _refs(O365, "shared_teams")},
            {"classification": "Blocked", "connectors": []},
        ],
        "environmentType": "SingleEnvironment",
        "environments": [{"id": ENV_ID + DEV, "name": DEV, "type": ENV_TYPE}],
        **_audit_fields("2026-09-15T10:03:07.1187340Z"),
        "etag": "7e3b9c04-2a6d-4f15-8c3e-1b9d0a5f7c22",
        "isLegacySchemaVersion": True,
    }]}


def environments_export() -> dict:
    """``GET .../scopes/admin/environments`` (BAP list shape), trimmed to what matters."""
    return {"value": [
        {"id": ENV_ID + name, "type": ENV_TYPE, "location": geo, "name": name,
         "properties": {"tenantId": TENANT_ID, "azureRegion": region, "displayName": display,
                        "environmentSku": sku, "isDefault": default,
                        "provisioningState": "Succeeded", "databaseType": "CommonDataService"}}
        for name, geo, region, display, sku, default in ENVIRONMENTS
    ]}


def sample_addresses() -> list[str]:
    return sorted({spec["destination_ip"] for spec in TRANSFER_SPECS if spec.get("destination_ip")})


def service_tags_trimmed() -> dict:
    """Microsoft's ServiceTags_Public.json cut to the tags the sample needs: each keeps the
    prefixes holding a sample address plus its first 3 IPv4 and first 2 IPv6 prefixes."""
    import ipaddress

    full = json.loads((FIXTURES / "ServiceTags_Public.json").read_text(encoding="utf-8-sig"))
    addresses = [ipaddress.ip_address(a) for a in sample_addresses()]
    values = []
    for tag in full["values"]:
        if tag["name"] not in SERVICE_TAGS_KEPT:
            continue
        prefixes = tag["properties"]["addressPrefixes"]
        nets = [ipaddress.ip_network(p) for p in prefixes]
        v4 = [p for p, n in zip(prefixes, nets, strict=True) if n.version == 4][:3]
        v6 = [p for p, n in zip(prefixes, nets, strict=True) if n.version == 6][:2]
        hits = [p for p, n in zip(prefixes, nets, strict=True)
                if any(a.version == n.version and a in n for a in addresses)]
        keep = set(v4) | set(v6) | set(hits)
        props = dict(tag["properties"], addressPrefixes=[p for p in prefixes if p in keep])
        values.append(dict(tag, properties=props))
    return {
        "_source": "Microsoft Azure IP Ranges and Service Tags - Public Cloud "
                   "(ServiceTags_Public.json, changeNumber 240), as kept in w3c/echidna (MIT); "
                   f"trimmed to {len(values)} tags and the prefixes this sample needs",
        "changeNumber": full["changeNumber"],
        "cloud": full["cloud"],
        "values": sorted(values, key=lambda v: v["name"]),
    }


def pretty(data) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def build_tenant() -> dict[Path, bytes]:
    return {
        TENANT / "contoso-dlp-policy.json": pretty(tenant_policy()),
        TENANT / "contoso-dev-dlp-policy.json": pretty(dev_policy()),
        TENANT / "environments.json": pretty(environments_export()),
        TENANT / "ServiceTags_Public_contoso.json": pretty(service_tags_trimmed()),
        # the real capture, unmodified (microsoft/terraform-provider-power-platform, MIT)
        TENANT / "connectors_get_unblockable.json":
            (FIXTURES / "connectors_get_unblockable.json").read_bytes(),
    }


# ---------------------------------------------------------------------------------------------
# Microsoft's own logs and inventories (transfers/): a Purview audit export, Storage resource
# logs, an NSG flow log and `az storage account list`, in Microsoft's shapes. Each entry has a
# hand-written `expect` ({subject: {rule: severity}}) and `why`; check_expected.py re-derives
# them from the files with its own code. `configs/default.yaml` maps stores to datasets.
# ---------------------------------------------------------------------------------------------
PR, PX = "personal-data-replicated-outside-geo", "personal-data-exported"
ORG = "6f1e2d3c-0b5a-4c49-8e7d-c0a705000001"  # the fictional tenant id
FLOW_URL = "https://make.powerautomate.com/manage/environments/{env}/flows/{flow}/details"
CRM = "https://contoso.crm4.dynamics.com"
PP = "powerplatform.analytics."

# (record id, time, operation, audit fields, expect, why)
PURVIEW_RECORDS = [
    ("5e0d7a10-0000-4000-8000-00000000a001", "2026-10-03T08:15:02", "CreateFlow",
     {"RecordType": 30, "Workload": "MicrosoftFlow", "FlowConnectorNames": "SharePoint, Dropbox",
      "FlowDetailsUrl": FLOW_URL.format(env=PROD, flow="pv-flow-dropbox-backup")},
     {f"flow:{PROD}/pv-flow-dropbox-backup:{DROPBOX}": {BC: "medium"}},
     "flow definition in contoso-prod using Dropbox (blocked by the tenant policy); audit "
     "records carry no data, so medium"),
    ("5e0d7a10-0000-4000-8000-00000000a002", "2026-10-09T14:40:11", "EditFlow",
     {"RecordType": 30, "Workload": "MicrosoftFlow", "FlowConnectorNames": "SharePoint, Dropbox",
      "FlowDetailsUrl": FLOW_URL.format(env=PROD, flow="pv-flow-dropbox-backup")},
     {}, "the same flow edited, same connectors: the same transfers, no second finding"),
    ("5e0d7a10-0000-4000-8000-00000000a003", "2026-10-12T10:05:47", "EditFlow",
     {"RecordType": 30, "Workload": "MicrosoftFlow", "FlowConnectorNames": "Office 365 Outlook, X",
      "FlowDetailsUrl": FLOW_URL.format(env=PROD, flow="pv-flow-social")},
     {"pv-flow-social@Contoso tenant policy": {GM: "medium"}},
     "office365 (Business) and X = shared_twitter (Non-business) in one flow; no data: medium"),
    ("5e0d7a10-0000-4000-8000-00000000a004", "2026-10-13T16:20:00", "CreateFlow",
     {"RecordType": 30, "Workload": "MicrosoftFlow",
      "FlowConnectorNames": "SharePoint, Microsoft Dataverse",
      "FlowDetailsUrl": FLOW_URL.format(env=DEV, flow="pv-flow-dev-sync")},
     {}, "contoso-dev flow with SharePoint and Dataverse: Business under both policies"),
    ("5e0d7a10-0000-4000-8000-00000000a005", "2026-10-14T09:00:30", "CreateFlow",
     {"RecordType": 30, "Workload": "MicrosoftFlow",
      "FlowConnectorNames": "SharePoint, Contoso Legacy API",
      "FlowDetailsUrl": FLOW_URL.format(env=PROD, flow="pv-flow-legacy")},
     {}, "'Contoso Legacy API' is in no catalogue: listed as unmapped and counted as not "
         "judgeable, never dropped; SharePoint alone breaks nothing"),
    ("5e0d7a10-0000-4000-8000-00000000a006", "2026-10-15T11:11:11", "DeleteFlow",
     {"RecordType": 30, "Workload": "MicrosoftFlow",
      "FlowDetailsUrl": FLOW_URL.format(env=PROD, flow="pv-flow-old")},
     {}, "a deleted flow: no rule reads it"),
    ("5e0d7a10-0000-4000-8000-00000000a007", "2026-10-16T07:45:09", "ExportToExcel",
     {"RecordType": 21, "Workload": "CRM", "Message": "ExportToExcel", "EntityName": "contact",
      "InstanceUrl": CRM, "QueryResults": ", ".join(C(1, 2, 3, 4, 5))},
     {"dataverse:contoso.crm4.dynamics.com/contact:ExportToExcel": {PX: "medium"}},
     "Export to Excel of the contact table (= contoso-prod/contacts, all personal): "
     "destination unknown, medium"),
    ("5e0d7a10-0000-4000-8000-00000000a008", "2026-10-17T13:30:00", "ExportToExcel",
     {"RecordType": 21, "Workload": "CRM", "Message": "ExportToExcel",
      "EntityName": "msdyn_iotdevicetelemetry", "InstanceUrl": CRM},
     {}, "Export to Excel of a table mapped to contoso-prod/telemetry: no personal data"),
    ("5e0d7a10-0000-4000-8000-00000000a009", "2026-10-18T15:02:44", "RetrieveMultiple",
     {"RecordType": 21, "Workload": "CRM", "Message": "RetrieveMultiple", "EntityName": "contact",
      "InstanceUrl": CRM, "QueryResults": ", ".join(C(6, 7, 8))},
     {}, "a grid of 3 contacts: not a bulk read"),
    ("5e0d7a10-0000-4000-8000-00000000a010", "2026-10-19T09:12:10", "ExportToExcel",
     {"RecordType": 21, "Workload": "CRM", "Message": "ExportToExcel", "EntityName": "incident",
      "InstanceUrl": CRM},
     {}, "the incident table is mapped to no dataset: not judgeable, counted"),
    ("5e0d7a10-0000-4000-8000-00000000a011", "2026-10-20T17:55:00",
     "GovernanceApiPolicyOperation",
     {"RecordType": 256, "Workload": "PowerPlatform", "PropertyCollection": [
         {"Name": PP + "activity.name", "Value": "GovernanceApiPolicyOperation"},
         {"Name": PP + "resource.display_name", "Value": TENANT_POLICY},
         {"Name": PP + "resource.id", "Value": "5f1c7a3e-2b64-4c1e-9a57-0c0a70500001"},
         {"Name": PP + "resource.tenant.governance.api_policy.operation_name",
          "Value": "UpdateDlpPolicy"},
         {"Name": PP + "resource.tenant.governance.api_policy.operation_result",
          "Value": "True"}]},
     {}, "a DLP policy change: listed in summary.json and the report, no finding"),
    ("5e0d7a10-0000-4000-8000-00000000a012", "2026-10-21T08:00:00", "LaunchPowerApp",
     {"RecordType": 256, "Workload": "PowerPlatform", "PropertyCollection": [
         {"Name": PP + "activity.name", "Value": "LaunchPowerApp"}]},
     {}, "an app launch: no rule reads it"),
]

# Storage resource logs (diagnostic setting JSON lines): (category, time, account, location,
# object key, caller, TLS, status, expect, why)
STORAGE_LOGS = [
    ("StorageRead", "2026-10-04T06:10:00.1234567Z", "contosocrm", "westeurope",
     "/contosocrm/exports/contacts/2026-10.csv", "20.50.2.40:50211", "TLS 1.0", 200,
     {"storage-read:contosocrm/exports:20.50.2.40:tls1.0": {TLS: "high"}},
     "contacts read over TLS 1.0 (caller in the allowed AzureCloud.westeurope)"),
    ("StorageRead", "2026-10-05T06:10:00.2000000Z", "contosocrm", "westeurope",
     "/contosocrm/exports/contacts/2026-10.csv", "20.50.2.41:50212", "TLS 1.2", 200,
     {}, "TLS 1.2 read by a caller in an allowed service tag: nothing"),
    ("StorageRead", "2026-10-06T21:44:12.0000000Z", "contosocrm", "westeurope",
     "/contosocrm/exports/contacts/2026-10.csv", "104.16.218.84:443", "TLS 1.2", 200,
     {"storage-read:contosocrm/exports:104.16.218.84:tls1.2": {UT: "medium"}},
     "contacts read by an address in no service tag"),
    ("StorageWrite", "2026-10-07T02:00:00.0000000Z", "contosobackupus", "eastus",
     "/contosobackupus/backup/contacts/full.bak", "20.50.2.42:50500", "TLS 1.2", 201,
     {"storage-write:contosobackupus/backup:eastus:tls1.2": {PD: "high"}},
     "a contacts backup written to an account in eastus: contoso-prod's personal data outside "
     "europe"),
    ("StorageWrite", "2026-10-08T02:00:00.0000000Z", "contosocrm", "westeurope",
     "/contosocrm/exports/contacts/2026-10.csv", "20.50.2.43:50501", "TLS 1.2", 201,
     {}, "contacts written to westeurope over TLS 1.2: inside europe"),
    ("StorageRead", "2026-10-09T12:00:00.0000000Z", "contosocrm", "westeurope",
     "/contosocrm/exports/contacts/2026-09.csv", "20.50.2.44:50600", None, 200,
     {}, "no tlsVersion: not judgeable by weak-tls (counted), never clean"),
    ("StorageRead", "2026-10-10T12:00:00.0000000Z", "contosocrm", "westeurope",
     "/contosocrm/exports/contacts/2026-09.csv", "104.16.218.85:443", "TLS 1.0", 403,
     {}, "a refused request (403): no data moved"),
]

NSG_ID = ("/SUBSCRIPTIONS/6F1E2D3C-0000-4000-8000-000000000001/RESOURCEGROUPS/CONTOSO-NET/"
          "PROVIDERS/MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/CONTOSO-APP-NSG")
# (record time, rule, tuples); expectations below
NSG_RECORDS = [
    ("2026-10-11T09:01:00.0000000Z", [
        ("DefaultRule_AllowInternetOutBound", [
            "1791795600,10.0.1.4,52.168.10.20,50001,443,T,O,A,B,,,,",
            "1791795602,10.0.1.4,52.168.10.20,50001,443,T,O,A,E,12,9048,10,5120",
            "1791795610,10.0.1.4,20.50.2.50,50002,443,T,O,A,B,,,,"]),
        ("DefaultRule_DenyAllOutBound", [
            "1791795615,10.0.1.4,52.168.10.21,50003,443,T,O,D,B,,,,"]),
        ("AllowVnetInBound", [
            "1791795620,10.0.2.8,10.0.1.4,50004,1433,T,I,A,B,,,,"]),
    ]),
    ("2026-10-11T09:02:00.0000000Z", [
        ("DefaultRule_AllowInternetOutBound", [
            "1791795660,10.0.1.4,52.168.10.20,50005,443,T,O,A,B,,,,",
            "1791795661,10.0.1.4,10.20.0.5,50006,445,T,O,A,B,,,,"]),
    ]),
]
NSG_EXPECT = {"flow:contoso-app-nsg:10.0.1.4->52.168.10.20:443/tcp": {UT: "medium"}}
NSG_WHY = ("outbound, allowed flows to 52.168.10.20 (AzureCloud.eastus, not allowed), in two "
           "records: one conversation, one finding; 20.50.2.50 is in the allowed "
           "AzureCloud.westeurope; the denied and the inbound flow moved nothing out; 10.20.0.5 "
           "is private (not judgeable)")

SUB = "/subscriptions/6f1e2d3c-0000-4000-8000-000000000001/resourceGroups/contoso-data"
# (name, location, sku, secondary (None: key absent), expect, why)
STORAGE_ACCOUNTS = [
    ("contosocrm", "westeurope", "Standard_RAGRS", "northeurope", {},
     "contacts in westeurope, replica in northeurope: inside europe"),
    ("contosofrbackup", "francecentral", "Standard_RAGRS", "francesouth",
     {"replica:storage/contosofrbackup:contoso-prod/contacts->francesouth": {PR: "high"}},
     "contoso-prod contacts (personal) with a replica in francesouth, outside europe"),
    ("contosobrazil", "brazilsouth", "Standard_GRS", None,
     {"replica:storage/contosobrazil:contoso-prod/telemetry->southcentralus": {PR: "info"}},
     "no secondaryLocation: GRS replicates to Brazil South's pair, South Central US "
     "(unitedstates); telemetry only: info"),
    ("contosomedia", "brazilsouth", "Standard_RAGRS", "southcentralus",
     {"replica:storage/contosomedia:-->southcentralus": {UD: "medium"}},
     "mapped to no dataset, replica outside southamerica: nobody can tell it holds no "
     "personal data"),
    ("contosologs", "northeurope", "Standard_LRS", None, {},
     "locally redundant: no replica"),
]

STORES = [
    # what configs/default.yaml maps (kept in step by check_expected.py)
    {"account": "contosocrm", "container": "exports", "prefix": "contacts/", "dataset": CONTACTS,
     "environment": PROD},
    {"account": "contosobackupus", "container": "backup", "prefix": "contacts/",
     "dataset": CONTACTS, "environment": PROD},
    {"account": "contosofrbackup", "dataset": CONTACTS, "environment": PROD},
    {"account": "contosobrazil", "dataset": TELEMETRY},
    {"instance": "contoso.crm4.dynamics.com", "table": "contact", "dataset": CONTACTS,
     "environment": PROD},
    {"instance": "contoso.crm4.dynamics.com", "table": "msdyn_iotdevicetelemetry",
     "dataset": TELEMETRY, "environment": PROD},
]


def purview_export() -> bytes:
    """The Purview portal's CSV export: AuditData holds each record as JSON text."""
    rows = []
    for ident, when, operation, extra, _, _ in PURVIEW_RECORDS:
        audit = {"Id": ident, "CreationTime": when, "Operation": operation,
                 "OrganizationId": ORG, "UserType": 0, "UserKey": "10037FFE8F2A1B3C",
                 "UserId": "megan.bowen@contoso.example", "ClientIP": "20.50.2.99",
                 "ResultStatus": "Succeeded", "Version": 1, **extra}
        rows.append({"RecordId": ident, "CreationDate": when + ".0000000Z",
                     "RecordType": extra["RecordType"], "Operation": operation,
                     "UserId": "megan.bowen@contoso.example",
                     "AuditData": json.dumps(audit, separators=(",", ":")),
                     "AssociatedAdminUnits": "", "AssociatedAdminUnitsNames": ""})
    return csv_bytes(rows, ["RecordId", "CreationDate", "RecordType", "Operation", "UserId",
                            "AuditData", "AssociatedAdminUnits", "AssociatedAdminUnitsNames"])


def storage_logs() -> bytes:
    """StorageRead / StorageWrite resource logs as a diagnostic setting archives them."""
    rows = []
    for category, when, account, location, key, caller, tls, status, _, _ in STORAGE_LOGS:
        container = key.split("/")[2]
        properties = {"accountName": account, "userAgentHeader": "azsdk-python-storage-blob",
                      "serviceType": "blob", "objectKey": key,
                      "requestUrl": f"https://{account}.blob.core.windows.net/"
                                    f"{key.split('/', 2)[2]}"}
        if tls:
            properties["tlsVersion"] = tls
        rows.append({
            "time": when,
            "resourceId": f"{SUB}/providers/Microsoft.Storage/storageAccounts/{account}"
                          "/blobServices/default",
            "category": category,
            "operationName": "GetBlob" if category == "StorageRead" else "PutBlob",
            "operationVersion": "2023-11-03", "schemaVersion": "1.0", "statusCode": status,
            "statusText": "Success" if status < 400 else "AuthorizationFailure",
            "durationMs": 12, "callerIpAddress": caller,
            "correlationId": f"c0a70500-0000-4000-8000-{len(rows) + 1:012d}",
            "location": location,
            "uri": f"https://{account}.blob.core.windows.net/{container}/...",
            "properties": properties})
    return jsonl(rows)


def nsg_flow_log() -> bytes:
    records = [{
        "time": when, "systemId": "c0a70500-0000-4000-8000-00000000f10f",
        "category": "NetworkSecurityGroupFlowEvent", "resourceId": NSG_ID,
        "operationName": "NetworkSecurityGroupFlowEvents",
        "properties": {"Version": 2, "flows": [
            {"rule": rule, "flows": [{"mac": "000D3A1B2C3D", "flowTuples": tuples}]}
            for rule, tuples in groups]}}
        for when, groups in NSG_RECORDS]
    return pretty({"records": records})


def storage_account_list() -> bytes:
    """`az storage account list` output (the keys flowaudit reads, and a few more)."""
    accounts = []
    for name, location, sku, secondary, _, _ in STORAGE_ACCOUNTS:
        account = {
            "creationTime": "2025-03-01T10:00:00.000000+00:00",
            "id": f"{SUB}/providers/Microsoft.Storage/storageAccounts/{name}",
            "kind": "StorageV2", "location": location, "minimumTlsVersion": "TLS1_2",
            "name": name, "primaryLocation": location, "provisioningState": "Succeeded",
            "resourceGroup": "contoso-data",
            "sku": {"name": sku, "tier": "Standard"}, "statusOfPrimary": "available",
            "type": "Microsoft.Storage/storageAccounts"}
        if secondary:
            account.update(secondaryLocation=secondary, statusOfSecondary="available")
        accounts.append(dict(sorted(account.items())))
    return pretty(accounts)


def microsoft_expectations() -> list[tuple[str, str, dict, str]]:
    """(file, entry, expect, why) of every Microsoft-shaped entry, for the README table."""
    out = [("purview_audit_export.csv", f"{r[2]} {r[0][-4:]}", r[4], r[5])
           for r in PURVIEW_RECORDS]
    out += [("storage_PT1H.json", f"{r[0]} {r[1][:10]}", r[8], r[9]) for r in STORAGE_LOGS]
    out += [("nsg_flowlog_PT1H.json", "2 records", NSG_EXPECT, NSG_WHY)]
    out += [("az_storage_account_list.json", r[0], r[4], r[5]) for r in STORAGE_ACCOUNTS]
    return out


def build_microsoft() -> dict[Path, bytes]:
    return {
        TRANSFERS / "purview_audit_export.csv": purview_export(),
        TRANSFERS / "storage_PT1H.json": storage_logs(),
        TRANSFERS / "nsg_flowlog_PT1H.json": nsg_flow_log(),
        TRANSFERS / "az_storage_account_list.json": storage_account_list(),
    }


# ---------------------------------------------------------------------------------------------
# Serialisation
# ---------------------------------------------------------------------------------------------
def jsonl(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def csv_bytes(rows: list[dict], columns: list[str]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({c: ("" if r.get(c) is None else r[c]) for c in columns})
    return buf.getvalue().encode("utf-8")


def parquet_bytes(rows: list[dict]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        ("record_id", pa.string()), ("dataset", pa.string()), ("environment", pa.string()),
        ("region", pa.string()), ("hostname", pa.string()), ("url", pa.string()),
        ("sku", pa.string()), ("cpu_pct", pa.float64()), ("status_code", pa.int32()),
        ("private_ip", pa.string()),
    ])
    table = pa.Table.from_pylist(rows, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="snappy")
    return sink.getvalue().to_pybytes()


def build_all() -> dict[Path, bytes]:
    contacts, people = make_contacts()
    apac = make_apac()
    tickets = make_tickets(people)
    telemetry = make_telemetry()
    transfers = build_transfers()

    def public(t: dict) -> dict:
        return {k: v for k, v in t.items() if not k.startswith("_")}

    tj = [public(t) for t in transfers if t["_file"] == J]
    tc = []
    for t in transfers:
        if t["_file"] == L:
            row = public(t)
            if "record_ids" in row:
                row["record_ids"] = ";".join(row["record_ids"])
            tc.append(row)

    return {
        RECORDS / "contacts.jsonl": jsonl(contacts),
        RECORDS / "apac_customers.jsonl": jsonl(apac),
        RECORDS / "tickets.csv": csv_bytes(
            tickets, ["record_id", "dataset", "environment", "region", "subject", "body",
                      "priority", "status"]),
        RECORDS / "telemetry.parquet": parquet_bytes(telemetry),
        TRANSFERS / "transfers.jsonl": jsonl(tj),
        TRANSFERS / "transfers_legacy.csv": csv_bytes(tc, TRANSFER_COLUMNS),
        HERE / "expected_findings.jsonl": jsonl(expected_findings(transfers)),
        **build_microsoft(),
        **build_tenant(),
    }


def readme_table() -> str:
    """The 'transfer -> expected findings -> why' table used in README.md."""
    lines = ["| transfer | file | expected findings | why |", "| --- | --- | --- | --- |"]
    for t in build_transfers():
        exp = ", ".join(f"`{r}` {s}" for r, s in sorted(t["_expect"].items())) or "none"
        f = "transfers.jsonl" if t["_file"] == J else "transfers_legacy.csv"
        lines.append(f"| {t['transfer_id']} | {f} | {exp} | {t['_why']} |")
    lines += ["", "| file | entry | expected findings (subject: rule severity) | why |",
              "| --- | --- | --- | --- |"]
    for name, entry, expect, why in microsoft_expectations():
        exp = "; ".join(f"`{subject}`: " + ", ".join(f"`{r}` {sev}" for r, sev in rules.items())
                        for subject, rules in expect.items()) or "none"
        lines.append(f"| {name} | {entry} | {exp} | {why} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    files = build_all()
    if "--table" in argv:
        print(readme_table())
        return 0
    if "--check" in argv:
        bad = 0
        for path, data in files.items():
            if path.suffix == ".parquet":
                import pyarrow.parquet as pq

                same = path.exists() and pq.read_table(path).equals(
                    pq.read_table(io.BytesIO(data)))
            else:
                same = path.exists() and path.read_bytes() == data
            if not same:
                bad += 1
                print(f"differs: {path.relative_to(HERE)}")
        print("ok" if not bad else f"{bad} file(s) differ")
        return 1 if bad else 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(HERE)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
