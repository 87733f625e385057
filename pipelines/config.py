"""The YAML configuration, validated once at start into typed, immutable objects.

pydantic checks the shape (every error names its key); `load_config` then checks the
meaning (known geos, regions and environments; loadable policy and export files) and
reports every problem at once, as `flowaudit validate` promises.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from classifiers.settings import (
    DEFAULT_CUSTOMER,
    DEFAULT_MODEL,
    DEFAULT_PERSONAL,
    ClassifierSettings,
    CustomRecognizerSpec,
    PatternSpec,
)
from pipelines.dlp import PolicySet, load_policy_file, load_unblockable, policy_from_inline
from pipelines.environments import Environment, load_environment_file, normalise_environment_id
from pipelines.geo import (
    GeoCatalogue,
    TenantFileError,
    builtin_catalogue,
    load_locations_export,
    normalise_region,
)
from pipelines.tenant import Tenant


class ConfigError(ValueError):
    """Every problem found in a configuration, each naming its key."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class TenantSection(_Model):
    name: str = ""
    home_geo: str


class GeoEntry(_Model):
    name: str
    regions: list[str]
    display_name: str | None = None


class GeosSection(_Model):
    catalogue: str = "builtin"
    extra: list[GeoEntry] = []


class EnvironmentEntry(_Model):
    id: str
    geo: str
    region: str | None = None
    display_name: str | None = None


class PolicyFile(_Model):
    file: str


class InlinePolicy(_Model):
    name: str
    scope: str = "all"
    environments: list[str] = []
    business: list[str] = []
    non_business: list[str] = []
    blocked: list[str] = []
    default_group: str = "non_business"
    action_rules: dict = {}
    endpoint_rules: dict = {}


class PatternEntry(_Model):
    name: str = "pattern"
    regex: str
    score: Annotated[float, Field(ge=0, le=1)] = 0.6


class RecognizerEntry(_Model):
    name: str
    entity: str
    patterns: list[PatternEntry] = []
    context: list[str] = []
    deny_list: list[str] = []
    checksum: Literal["luhn", "iban", "mod97"] | None = None


class ClassificationSection(_Model):
    model: str = DEFAULT_MODEL
    score_threshold: Annotated[float, Field(ge=0, le=1)] = 0.5
    personal_entities: list[str] = list(DEFAULT_PERSONAL)
    customer_entities: list[str] = list(DEFAULT_CUSTOMER)
    recognizers: list[RecognizerEntry] = []


class AllowedTransfer(_Model):
    from_geo: str = Field(alias="from")
    to_geo: str = Field(alias="to")


class ResidencySection(_Model):
    allowed_transfers: list[AllowedTransfer] = []


class TransitSection(_Model):
    min_tls: Literal["1.0", "1.1", "1.2", "1.3"] = "1.2"


class NetworkSection(_Model):
    service_tags_file: str | None = None
    allowed_service_tags: list[str] = []


class ConfigFile(_Model):
    tenant: TenantSection
    geos: str | list[GeoEntry] | GeosSection = "builtin"
    environments: list[EnvironmentEntry] = []
    environment_files: list[str] = []
    dlp_policies: list[PolicyFile | InlinePolicy] = []
    unblockable_connectors_file: str | None = None
    classification: ClassificationSection = ClassificationSection()
    residency: ResidencySection = ResidencySection()
    transit: TransitSection = TransitSection()
    network: NetworkSection = NetworkSection()


@dataclass(frozen=True)
class AuditConfig:
    """What the rest of the program uses: the tenant model and the classifier settings."""

    path: str
    tenant: Tenant
    classifier: ClassifierSettings


def _key(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("PolicyFile", "InlinePolicy", "str", "list[GeoEntry]", "GeosSection"):
            continue  # union branch names mean nothing to a user
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def read_yaml(path: Path) -> object:
    """Safe loader only: a config never constructs objects or runs code."""
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def parse_config_file(path: str | os.PathLike) -> ConfigFile:
    """Shape check only; raises ConfigError."""
    path = Path(path)
    try:
        data = read_yaml(path)
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such config file"]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError([f"{path}: cannot read ({type(error).__name__})"]) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigError([f"{path}: not valid YAML{where}"]) from None
    if not isinstance(data, dict):
        raise ConfigError([f"{path}: expected a mapping at the top level"])
    try:
        return ConfigFile.model_validate(data)
    except ValidationError as error:
        problems = []
        seen = set()
        for item in error.errors():
            key = _key(item["loc"])
            message = f"{key}: {item['msg']}"
            if message not in seen:
                seen.add(message)
                problems.append(message)
        raise ConfigError(problems) from None


def load_config(path: str | os.PathLike) -> AuditConfig:
    """Shape, then meaning; raises ConfigError listing every problem."""
    path = Path(path).resolve()
    config = parse_config_file(path)
    base = path.parent
    problems: list[str] = []

    def resolve(value: str) -> Path:
        candidate = Path(os.path.expanduser(value))
        return candidate if candidate.is_absolute() else base / candidate

    catalogue = _catalogue(config, resolve, problems)
    home_geo = config.tenant.home_geo.strip().lower()
    _check_geo(catalogue, home_geo, "tenant.home_geo", problems)

    environments: dict[str, Environment] = {}
    for index, entry in enumerate(config.environments):
        key = f"environments[{index}]"
        geo = entry.geo.strip().lower()
        _check_geo(catalogue, geo, f"{key}.geo", problems)
        region = normalise_region(entry.region) if entry.region else None
        if region and catalogue.has_geo(geo) and not catalogue.contains(geo, region):
            hint = _suggest(catalogue.suggest_region(entry.region))
            problems.append(f"{key}.region: '{entry.region}' is not a region of geo '{geo}'{hint}")
        env = Environment(normalise_environment_id(entry.id), geo, region, entry.display_name)
        environments[env.id] = env
    for index, name in enumerate(config.environment_files):
        try:
            for env in load_environment_file(resolve(name)):
                environments.setdefault(env.id, env)
        except (OSError, TenantFileError, ValueError) as error:
            problems.extend(_file_problems(f"environment_files[{index}]", name, error))

    policies = []
    for index, entry in enumerate(config.dlp_policies):
        key = f"dlp_policies[{index}]"
        try:
            if isinstance(entry, PolicyFile):
                policies.extend(load_policy_file(resolve(entry.file)))
            else:
                policies.append(policy_from_inline(entry.model_dump(), source=f"{key}"))
        except (OSError, TenantFileError, ValueError) as error:
            problems.extend(_file_problems(key, getattr(entry, "file", None), error))
    unblockable: frozenset[str] = frozenset()
    if config.unblockable_connectors_file:
        try:
            unblockable = load_unblockable(resolve(config.unblockable_connectors_file))
        except (OSError, TenantFileError, ValueError) as error:
            problems.extend(_file_problems("unblockable_connectors_file",
                                           config.unblockable_connectors_file, error))

    allowed = set()
    for index, rule in enumerate(config.residency.allowed_transfers):
        key = f"residency.allowed_transfers[{index}]"
        from_geo, to_geo = rule.from_geo.strip().lower(), rule.to_geo.strip().lower()
        _check_geo(catalogue, from_geo, f"{key}.from", problems)
        _check_geo(catalogue, to_geo, f"{key}.to", problems)
        allowed.add((from_geo, to_geo))

    tags_file = None
    if config.network.service_tags_file:
        tags_path = resolve(config.network.service_tags_file)
        if not tags_path.is_file():
            problems.append(f"network.service_tags_file: no such file '{tags_path}'")
        tags_file = str(tags_path)

    classification = config.classification
    unknown_overlap = set(classification.personal_entities) & set(classification.customer_entities)
    if unknown_overlap:
        problems.append(
            "classification: entity types listed as both personal and customer: "
            + ", ".join(sorted(unknown_overlap))
        )
    if problems:
        raise ConfigError(problems)

    tenant = Tenant(
        name=config.tenant.name,
        home_geo=home_geo,
        catalogue=catalogue,
        environments=tuple(sorted(environments.values(), key=lambda env: env.id)),
        allowed_transfers=frozenset(allowed),
        policies=PolicySet(tuple(policies), unblockable),
        min_tls=config.transit.min_tls,
        service_tags_file=tags_file,
        allowed_service_tags=tuple(config.network.allowed_service_tags),
    )
    return AuditConfig(str(path), tenant, _classifier_settings(classification, base))


def _catalogue(config: ConfigFile, resolve, problems: list[str]) -> GeoCatalogue:
    geos = config.geos
    source, extra = "builtin", []
    if isinstance(geos, str):
        source = geos
    elif isinstance(geos, list):
        extra = geos
    else:
        source, extra = geos.catalogue, geos.extra
    catalogue = builtin_catalogue()
    if source != "builtin":
        try:
            catalogue = load_locations_export(resolve(source))
        except (OSError, TenantFileError, ValueError) as error:
            problems.extend(_file_problems("geos", source, error))
    if extra:
        catalogue = catalogue.with_extra_regions(
            {
                entry.name.strip().lower(): [normalise_region(r) for r in entry.regions]
                for entry in extra
            }
        )
    return catalogue


def _classifier_settings(section: ClassificationSection, base: Path) -> ClassifierSettings:
    model = section.model
    if ("/" in model or model.startswith(".")) and not os.path.isabs(model):
        model = str(base / model)
    return ClassifierSettings(
        model=model,
        score_threshold=section.score_threshold,
        personal_entities=tuple(section.personal_entities),
        customer_entities=tuple(section.customer_entities),
        recognizers=tuple(
            CustomRecognizerSpec(
                name=r.name,
                entity=r.entity,
                patterns=tuple(PatternSpec(p.name, p.regex, p.score) for p in r.patterns),
                context=tuple(r.context),
                deny_list=tuple(r.deny_list),
                checksum=r.checksum,
            )
            for r in section.recognizers
        ),
    )


def _suggest(name: str | None) -> str:
    return f" (did you mean '{name}'?)" if name else ""


def _check_geo(catalogue: GeoCatalogue, geo: str, key: str, problems: list[str]) -> None:
    if not catalogue.has_geo(geo):
        problems.append(f"{key}: unknown geo '{geo}'{_suggest(catalogue.suggest_geo(geo))}")


def _file_problems(key: str, name: str | None, error: Exception) -> list[str]:
    if isinstance(error, FileNotFoundError) or (
            isinstance(error, TenantFileError) and name and not Path(error.path).exists()):
        return [f"{key}: no such file '{name}'"]
    if isinstance(error, TenantFileError) and error.problems:
        if name is None:  # inline: the problem's own key path continues ours
            return [f"{key}.{problem}" if re.match(r"^[\w\[\]. ]+:", problem)
                    else f"{key}: {problem}" for problem in error.problems]
        return [f"{key} ({name}): {problem}" for problem in error.problems]
    return [f"{key}: {error}"]
