"""Shared fixtures: a small tenant, a classifier loaded once, a CLI runner, and the tenant
model's built-in catalogue and reference DLP exports."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from classifiers.settings import ClassifierSettings
from pipelines.config import load_config
from pipelines.tenant.dlp import DlpPolicy, PolicySet
from pipelines.tenant.environments import Environment
from pipelines.tenant.exports.dlp_inline import policy_from_inline
from pipelines.tenant.exports.locations import builtin_catalogue
from pipelines.tenant.geo import GeoCatalogue
from pipelines.tenant.model import Tenant
from tests.fixtures_tenant import one_policy

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

TEST_CONFIG = """
tenant: {name: Test tenant, home_geo: europe}
environments:
  - {id: prod, geo: europe, region: westeurope}
  - {id: dev, geo: europe, region: northeurope}
  - {id: apac, geo: australia, region: australiaeast}
  - {id: us, geo: unitedstates}
dlp_policies:
  - name: Tenant policy
    scope: all
    business: [shared_sharepointonline, shared_office365]
    non_business: [shared_twitter]
    blocked: [shared_dropbox]
    default_group: non_business
residency:
  allowed_transfers: [{from: europe, to: unitedkingdom}]
"""


@pytest.fixture(scope="session")
def tenant() -> Tenant:
    return Tenant(
        name="Test tenant",
        home_geo="europe",
        catalogue=builtin_catalogue(),
        environments=(
            Environment("prod", "europe", "westeurope"),
            Environment("dev", "europe", "northeurope"),
            Environment("apac", "australia", "australiaeast"),
            Environment("us", "unitedstates", None),
        ),
        allowed_transfers=frozenset({("europe", "unitedkingdom")}),
        policies=PolicySet((policy_from_inline({
            "name": "Tenant policy",
            "scope": "all",
            "business": ["shared_sharepointonline", "shared_office365"],
            "non_business": ["shared_twitter"],
            "blocked": ["shared_dropbox"],
            "default_group": "non_business",
        }),)),
    )


@pytest.fixture(scope="session")
def catalogue() -> GeoCatalogue:
    return builtin_catalogue()


@pytest.fixture(scope="session")
def block_all() -> DlpPolicy:
    """Default group Blocked, action + endpoint rules on shared_sql, custom patterns."""
    return one_policy("dlp_create_get_policy_01.json")


@pytest.fixture(scope="session")
def policy_02() -> DlpPolicy:
    """Except one environment; azureblob actions default Block; deny * endpoints."""
    return one_policy("dlp_get_policy_02.json")


@pytest.fixture(scope="session")
def classifier():
    from classifiers.classify import RecordClassifier

    return RecordClassifier(ClassifierSettings())


@pytest.fixture()
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(TEST_CONFIG, encoding="utf-8")
    return path


@pytest.fixture()
def audit_config(config_file: Path):
    return load_config(config_file)


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None,
            timeout: int = 300) -> subprocess.CompletedProcess:
    """The real command line, in a subprocess, against this checkout's code."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "pipelines", *args],
        cwd=cwd or ROOT, env=full_env, capture_output=True, text=True, timeout=timeout,
    )


def cli_in_process(*args: str) -> subprocess.CompletedProcess:
    """The command line called in this process: what `run_cli` gives for commands that
    stop before a pipeline starts (usage and config errors, validate), without paying
    for a new interpreter and Beam's import each time."""
    from pipelines.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    handler = logging.StreamHandler(err)
    handler.setFormatter(logging.Formatter("flowaudit: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else 2
    finally:
        root.removeHandler(handler)
    return subprocess.CompletedProcess(["flowaudit", *args], code, out.getvalue(),
                                       err.getvalue())


EXPORT_ARGS = ("--format", "sarif", "--format", "ocsf")
"""Whole audits in the suite also write findings.sarif and findings.ocsf.json..."""
PINNED_START = {"SOURCE_DATE_EPOCH": "1795832100"}
"""...with the run's start pinned (2026-11-28T02:15:00Z), so that two runs of the same
inputs give the same bytes."""


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """`flowaudit run` with no input argument (the bundled sample tenant), run once per
    session, from a folder of its own."""
    work = tmp_path_factory.mktemp("sample")
    result = run_cli("run", "--output", str(work / "audit-out"), *EXPORT_ARGS, cwd=work,
                     env=PINNED_START)
    return result, work / "audit-out"


LONG_TEXT_CHARS = 1_200_000
"""The long-text case of the bad-input corpus: an e-mail after 1.2 MB of text."""


@pytest.fixture(scope="session")
def bad_corpus(tmp_path_factory):
    """The bad-input corpus (tests/bad_inputs.py) and the test tenant's config."""
    from tests.bad_inputs import write_corpus

    root = tmp_path_factory.mktemp("bad-corpus")
    cases = write_corpus(root / "corpus", LONG_TEXT_CHARS)
    config = root / "config.yaml"
    config.write_text(TEST_CONFIG, encoding="utf-8")
    return root, cases, config


def corpus_args(root: Path, config: Path, output: Path) -> list[str]:
    return ["run", "--config", str(config), "--records", str(root / "corpus" / "records"),
            "--transfers", str(root / "corpus" / "transfers"), "--output", str(output),
            "--fail-on", "never", "--max-rejected", "1.0", *EXPORT_ARGS]


@pytest.fixture(scope="session")
def bad_corpus_run(bad_corpus):
    """`flowaudit run` over the whole corpus at once (the issue's acceptance run), run
    once per session and shared by the bad-input, no-leak and determinism tests."""
    root, _, config = bad_corpus
    out = root / "out"
    result = run_cli(*corpus_args(root, config, out), env=PINNED_START)
    return result, out
