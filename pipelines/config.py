"""The YAML configuration, validated once at start into typed, immutable objects.

pydantic checks the shape (every error names its key); `load_config` then checks the
meaning (known geos, regions and environments; loadable policy and export files) and
reports every problem at once, as `flowaudit validate` promises.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    create_model,
)

from classifiers.languages import DEFAULT_LANGUAGE, DEFAULT_LANGUAGES, LINGUA_LANGUAGES
from classifiers.settings import (
    DEFAULT_CUSTOMER,
    DEFAULT_MODEL,
    DEFAULT_PERSONAL,
    KNOWN_ENTITIES,
    ClassifierSettings,
    CustomRecognizerSpec,
    PatternSpec,
)
from pipelines.core.pseudonyms import PseudonymKeyError, Pseudonyms, key_from, quoted, shown
from pipelines.files import storage
from pipelines.files.bounded import UnreadableFile, read_bounded, read_bounded_text
from pipelines.files.safe_yaml import YamlError, load_yaml
from pipelines.tenant.dlp import DlpPolicy, PolicySet
from pipelines.tenant.environments import Environment, normalise_environment_id
from pipelines.tenant.exports.azure_locations import (
    builtin_azure_regions,
    load_azure_locations,
    with_azure_regions,
)
from pipelines.tenant.exports.connectors import (
    load_connector_catalogue,
    load_connector_names,
    load_unblockable,
)
from pipelines.tenant.exports.dlp_file import load_policy_file
from pipelines.tenant.exports.dlp_inline import (
    INLINE_KEYS,
    inline_environments,
    policy_from_inline,
)
from pipelines.tenant.exports.document import TenantFileError
from pipelines.tenant.exports.environments import load_environment_file
from pipelines.tenant.exports.locations import builtin_catalogue, load_locations_export
from pipelines.tenant.geo import GeoCatalogue, normalise_region
from pipelines.tenant.model import Tenant
from pipelines.tenant.names import closest_name
from pipelines.tenant.stores import StoreMapping


class ConfigError(ValueError):
    """Every problem found in a configuration, each naming its key."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def key_path(loc: tuple[int | str, ...], skip: Collection[str] = ()) -> str:
    """A pydantic error location as the key path users read: ``dlp_policies[1].scope``.

    ``skip`` names location parts that are pydantic's own (union branches), not keys.
    """
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part not in skip:
            part = shown(str(part))  # an unknown key is the user's text: maybe an e-mail
            out += f".{part}" if out else part
    return out


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
    azure_regions: str = "builtin"  # an `az account list-locations` capture, or "builtin"
    extra: list[GeoEntry] = []


class EnvironmentEntry(_Model):
    id: str
    geo: str
    region: str | None = None
    display_name: str | None = None


class PolicyFile(_Model):
    file: str


InlinePolicy = create_model(
    "InlinePolicy",
    __base__=_Model,
    __doc__="""The inline policy form. pydantic checks only its keys, so a typo reads like
    any other config typo; the values go as written to `policy_from_inline`, the one
    validator of the form (which, for one, requires `scope` once `environments` is given:
    a forgotten scope must not silently make a tenant-wide policy).""",
    **{key: (Any, None) for key in INLINE_KEYS},
)


def _policy_kind(value: Any) -> str:
    """`file:` entries load an export; anything else is the inline form (one error list,
    not one per union branch)."""
    if isinstance(value, dict):
        return "file" if "file" in value else "inline"
    return "file" if isinstance(value, PolicyFile) else "inline"


PolicyEntry = Annotated[
    Annotated[PolicyFile, Tag("file")] | Annotated[InlinePolicy, Tag("inline")],
    Discriminator(_policy_kind),
]


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
    languages: list[str] = list(DEFAULT_LANGUAGES)
    models: dict[str, str] = {}
    name_context_model: bool = True
    score_threshold: Annotated[float, Field(ge=0, le=1)] = 0.5
    personal_entities: list[str] = list(DEFAULT_PERSONAL)
    customer_entities: list[str] = list(DEFAULT_CUSTOMER)
    recognizers: list[RecognizerEntry] = []


class AllowedTransfer(_Model):
    from_geo: str = Field(alias="from")
    to_geo: str = Field(alias="to")


class ResidencySection(_Model):
    allowed_transfers: list[AllowedTransfer] = []
    boundary: Literal["eu"] | None = None  # EU Data Boundary: any EU/EFTA region is inside


class TransitSection(_Model):
    min_tls: Literal["1.0", "1.1", "1.2", "1.3"] = "1.2"


class NetworkSection(_Model):
    service_tags_file: str | None = None
    allowed_service_tags: list[str] = []


class StoreEntry(_Model):
    """One place of a store and the dataset it holds (pipelines/tenant/stores.py)."""

    dataset: str
    account: str | None = None
    container: str | None = None
    prefix: str = ""
    server: str | None = None
    database: str | None = None
    instance: str | None = None
    table: str | None = None
    environment: str | None = None


class PseudonymisationSection(_Model):
    key_file: str | None = None  # a secret of 16+ characters; see core/pseudonyms.py


class ConfigFile(_Model):
    tenant: TenantSection
    geos: str | list[GeoEntry] | GeosSection = "builtin"
    environments: list[EnvironmentEntry] = []
    environment_files: list[str] = []
    dlp_policies: list[PolicyEntry] = []
    unblockable_connectors_file: str | None = None
    connector_catalogue_files: list[str] = []
    classification: ClassificationSection = ClassificationSection()
    residency: ResidencySection = ResidencySection()
    transit: TransitSection = TransitSection()
    network: NetworkSection = NetworkSection()
    stores: list[StoreEntry] = []
    pseudonymisation: PseudonymisationSection = PseudonymisationSection()


@dataclass(frozen=True)
class AuditConfig:
    """What the rest of the program uses: the tenant model, the classifier settings and
    the pseudonym key for names taken from the input."""

    path: str
    tenant: Tenant
    classifier: ClassifierSettings
    warnings: tuple[str, ...] = ()
    policy_keys: tuple[tuple[str, str], ...] = ()
    """(policy label, config key) of every applied DLP policy: where a DLP finding's
    policy is declared (`dlp_policies[1]`), for SARIF and OCSF."""
    pseudonyms: Pseudonyms | None = None


# union branch names mean nothing to a user
_UNION_BRANCHES = ("PolicyFile", "InlinePolicy", "str", "list[GeoEntry]", "GeosSection",
                   "file", "inline")


def parse_config_file(path: str | os.PathLike) -> ConfigFile:
    """Shape check only; raises ConfigError."""
    try:
        if storage.is_remote(path):
            text = _read_remote_config(str(path))
        else:
            path = Path(path)
            text = read_bounded_text(path)
        data = load_yaml(text)
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such config file"]) from None
    except UnreadableFile as error:
        raise ConfigError([f"{path}: cannot read the config: {error}"]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError([f"{path}: cannot read ({type(error).__name__})"]) from None
    except YamlError as error:
        raise ConfigError([f"{path}: {error.message('not valid YAML')}"]) from None
    if not isinstance(data, dict):
        raise ConfigError([f"{path}: expected a mapping at the top level"])
    try:
        return ConfigFile.model_validate(data)
    except ValidationError as error:
        problems = []
        seen = set()
        for item in error.errors():
            key = key_path(item["loc"], skip=_UNION_BRANCHES) or "(top level)"
            message = f"{key}: {item['msg']}"
            if message not in seen:
                seen.add(message)
                problems.append(message)
        raise ConfigError(problems) from None


def load_config(path: str | os.PathLike, check_model: bool = False) -> AuditConfig:
    """Shape, then meaning; raises ConfigError listing every problem.

    ``check_model`` also checks that the classification model is installed
    (``flowaudit validate``; ``run`` finds that out when it loads the model).
    """
    try:
        return _load_config(str(path) if storage.is_remote(path) else Path(path).resolve(),
                            check_model)
    except RecursionError:  # a walk over something nested past Python's recursion limit
        raise ConfigError([f"{path}: nested too deeply to be read (in the config or a "
                           "file it names)"]) from None


def _load_config(path: Path | str, check_model: bool) -> AuditConfig:
    config = parse_config_file(path)
    base = storage.parent(path) if storage.is_remote(path) else path.parent
    problems: list[str] = []
    warnings: list[str] = []

    def resolve(value: str) -> Path | str:
        """A file the config names: a URL as it is, else against the config's folder
        (a URL's folder too, for a config in object storage)."""
        if storage.is_remote(value):
            return value
        if storage.is_remote(base):
            return value if value.startswith("/") else storage.join(base, value)
        candidate = Path(os.path.expanduser(value))
        return candidate if candidate.is_absolute() else base / candidate

    catalogue = _catalogue(config, resolve, problems)
    home_geo = config.tenant.home_geo.strip().lower()
    _check_geo(catalogue, home_geo, "tenant.home_geo", problems)

    environments = _environments(config, catalogue, resolve, problems)
    policy_keys: list[tuple[str, str]] = []
    policies = _policies(config, resolve, environments, problems, warnings, policy_keys)
    unblockable: frozenset[str] = frozenset()
    if config.unblockable_connectors_file:
        try:
            unblockable = load_unblockable(resolve(config.unblockable_connectors_file))
        except (OSError, TenantFileError, ValueError) as error:
            problems.extend(_file_problems("unblockable_connectors_file",
                                           config.unblockable_connectors_file, error))

    _check_connectors(config, resolve, policies, unblockable, problems, warnings)

    allowed = set()
    for index, rule in enumerate(config.residency.allowed_transfers):
        key = f"residency.allowed_transfers[{index}]"
        from_geo, to_geo = rule.from_geo.strip().lower(), rule.to_geo.strip().lower()
        _check_geo(catalogue, from_geo, f"{key}.from", problems)
        _check_geo(catalogue, to_geo, f"{key}.to", problems)
        allowed.add((from_geo, to_geo))

    tags_file = _service_tags(config.network, resolve, problems)
    stores = _stores(config.stores, environments, problems)
    names = _connector_names(config, resolve)

    classification = config.classification
    unknown_overlap = set(classification.personal_entities) & set(classification.customer_entities)
    if unknown_overlap:
        problems.append(
            "classification: entity types listed as both personal and customer: "
            + ", ".join(sorted(unknown_overlap))
        )
    _check_classification(classification, problems)
    _check_languages(classification, problems)
    settings = _classifier_settings(classification, base)
    if check_model:
        for key, model in (("classification.model", settings.model),
                           *((f"classification.models.{language}", model)
                             for language, model in settings.models)):
            _check_model(model, key, problems)
    pseudonyms = _pseudonyms(config, resolve, problems)
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
        eu_boundary=config.residency.boundary == "eu",
        stores=stores,
        connector_names=names,
    )
    return AuditConfig(str(path), tenant, settings, tuple(warnings), tuple(policy_keys),
                       pseudonyms)


def _pseudonyms(config: ConfigFile, resolve, problems: list[str]) -> Pseudonyms | None:
    key_file = config.pseudonymisation.key_file
    try:
        key, source = key_from(str(resolve(key_file)) if key_file else None,
                               config.tenant.name, config.tenant.home_geo.strip().lower(),
                               read_bounded)
    except FileNotFoundError:
        problems.append(f"pseudonymisation.key_file: no such file {quoted(key_file)}")
        return None
    except (OSError, PseudonymKeyError) as error:
        where = "pseudonymisation.key_file" if key_file else "pseudonymisation"
        problems.append(f"{where}: {error}")
        return None
    return Pseudonyms(key, source)


def _environments(config: ConfigFile, catalogue: GeoCatalogue, resolve,
                  problems: list[str]) -> dict[str, Environment]:
    """Inline environments, then those of export files (inline wins on the same id);
    every geo and region checked against the catalogue, with the closest known name."""
    environments: dict[str, Environment] = {}
    for index, entry in enumerate(config.environments):
        key = f"environments[{index}]"
        geo = entry.geo.strip().lower()
        region = normalise_region(entry.region) if entry.region else None
        _check_place(catalogue, geo, region, entry.region, f"{key}.geo", f"{key}.region",
                     problems)
        env = Environment(normalise_environment_id(entry.id), geo, region, entry.display_name)
        environments[env.id] = env
    for index, name in enumerate(config.environment_files):
        key = f"environment_files[{index}] ({name})"
        try:
            found = load_environment_file(resolve(name))
        except (OSError, TenantFileError, ValueError) as error:
            problems.extend(_file_problems(f"environment_files[{index}]", name, error))
            continue
        for env in found:
            where = f"{key}: environment {quoted(env.id)}"
            _check_place(catalogue, env.geo, env.region, env.region, f"{where} location",
                         f"{where} region", problems)
            environments.setdefault(env.id, env)
    return environments


def _check_place(catalogue: GeoCatalogue, geo: str, region: str | None, written: str | None,
                 geo_key: str, region_key: str, problems: list[str]) -> None:
    if not catalogue.has_geo(geo):
        _check_geo(catalogue, geo, geo_key, problems)
    elif region and not catalogue.contains(geo, region):
        known = catalogue.geo(geo).regions
        hint = _suggest(closest_name(region, sorted(known)) or catalogue.suggest_region(region))
        problems.append(f"{region_key}: {quoted(written)} is not a region of geo {quoted(geo)}"
                        f"{hint}")


def _policies(config: ConfigFile, resolve, environments: dict[str, Environment],
              problems: list[str], warnings: list[str],
              keys: list[tuple[str, str]]) -> list[DlpPolicy]:
    """Every policy of every entry. The same policy exported twice (same name, same
    content) counts once; two different policies under one name are both applied.
    `keys` gets (label, config key) of each applied policy."""
    policies: list[DlpPolicy] = []
    first_seen: dict[str, tuple[str, DlpPolicy, bool]] = {}
    for index, entry in enumerate(config.dlp_policies):
        key = f"dlp_policies[{index}]"
        try:
            if isinstance(entry, PolicyFile):
                loaded = load_policy_file(resolve(entry.file))
            else:
                loaded = [policy_from_inline(entry.model_dump(exclude_unset=True), source=key)]
        except (OSError, TenantFileError, ValueError) as error:
            problems.extend(_file_problems(key, getattr(entry, "file", None), error))
            continue
        inline = isinstance(entry, InlinePolicy)
        where = key if inline else f"{key} ({entry.file})"
        if not loaded:
            problems.append(f"{where}: the export holds no DLP policy (an empty export would "
                            "switch the DLP rules off)")
        for policy in loaded:
            _check_policy_environments(policy, entry, where, environments, problems, warnings)
            earlier = first_seen.get(policy.name.lower())
            if earlier is None:
                first_seen[policy.name.lower()] = (where, policy, inline)
            elif _same_policy(earlier[1], policy):
                continue  # one policy exported twice (list and single GET): apply it once
            elif inline and earlier[2]:
                problems.append(f"{key}.name: policy {quoted(policy.name)} is already defined by "
                                f"{earlier[0]}")
                continue
            else:
                warnings.append(f"{where}: policy {quoted(policy.name)} is also defined, "
                                f"differently, by {earlier[0]}; both are applied")
            policies.append(policy)
            keys.append((policy.label, key))
    return policies


def _same_policy(a: DlpPolicy, b: DlpPolicy) -> bool:
    return replace(a, source="") == replace(b, source="")


def _check_policy_environments(policy: DlpPolicy, entry, where: str,
                               environments: dict[str, Environment],
                               problems: list[str], warnings: list[str]) -> None:
    """An environment a policy names that the tenant does not define. Written inline it
    is a problem (a typo in the user's own YAML). In an exported policy it is a warning:
    real exports keep the ids of deleted environments, and a transfer from an environment
    the tenant does not define is rejected anyway, so the stale id decides nothing."""
    known = sorted(environments)
    inline = isinstance(entry, InlinePolicy)
    if inline:
        named = [(f"{where}.{path}", normalise_environment_id(e))
                 for e, path in inline_environments(entry.model_dump(exclude_unset=True))]
    else:
        label = policy.display_name if policy.display_name == policy.name else \
            f"{policy.display_name} ({policy.name})"
        named = [(f"{where}: policy {quoted(label)} environments", e)
                 for e in sorted(policy.environments)]
    for key, env in named:
        if env in environments:
            continue
        message = (f"{key}: unknown environment {quoted(env)} (not among the tenant's "
                   f"environments){_suggest(closest_name(env, known))}")
        if inline:
            problems.append(message)
        else:
            warnings.append(message + "; a stale id in an export, the policy still applies "
                            "to the environments the tenant has")


def _check_connectors(config: ConfigFile, resolve, policies: list[DlpPolicy],
                      unblockable: frozenset[str], problems: list[str],
                      warnings: list[str]) -> None:
    """With connector catalogue exports named, a connector a policy lists that the
    catalogue does not know is a warning with the closest known id: a typo there would
    quietly move the connector to the default group. Only a warning, because custom
    connectors are not in the catalogue."""
    catalogue: set[str] = set(unblockable)
    for index, name in enumerate(config.connector_catalogue_files):
        try:
            catalogue |= load_connector_catalogue(resolve(name))
        except (OSError, TenantFileError, ValueError) as error:
            problems.extend(_file_problems(f"connector_catalogue_files[{index}]", name, error))
    if not config.connector_catalogue_files or not catalogue:
        return
    short = {c.removeprefix("shared_"): c for c in catalogue}
    for policy in policies:
        listed = (policy.business | policy.non_business | policy.blocked
                  | {r.connector for r in policy.action_rules}
                  | {r.connector for r in policy.endpoint_rules})
        for connector in sorted(listed - catalogue):
            near = difflib.get_close_matches(connector.removeprefix("shared_"), list(short),
                                             n=1, cutoff=0.8)
            warnings.append(f"policy {quoted(policy.display_name)} ({Path(policy.source).name}): "
                            f"connector {quoted(connector)} is not in the connector catalogue"
                            f"{_suggest(short[near[0]] if near else None)}")


def _stores(entries: list[StoreEntry], environments: dict[str, Environment],
            problems: list[str]) -> tuple[StoreMapping, ...]:
    """Each entry names exactly one kind of place: a storage account (with an optional
    container and prefix), a SQL server (and database), or a Dataverse table."""
    found = []
    for index, entry in enumerate(entries):
        key = f"stores[{index}]"
        kinds = [k for k, v in (("account", entry.account), ("server", entry.server),
                                ("table", entry.table)) if v]
        if len(kinds) != 1:
            problems.append(f"{key}: name exactly one of account, server or table "
                            f"(found {', '.join(kinds) or 'none'})")
            continue
        if (entry.container or entry.prefix) and not entry.account:
            problems.append(f"{key}: container and prefix belong to a storage account")
        if entry.database and not entry.server:
            problems.append(f"{key}.database: belongs to a SQL server")
        if entry.instance and not entry.table:
            problems.append(f"{key}.instance: belongs to a Dataverse table")
        environment = None
        if entry.environment:
            environment = normalise_environment_id(entry.environment)
            if environment not in environments:
                hint = _suggest(closest_name(environment, sorted(environments)))
                problems.append(f"{key}.environment: unknown environment "
                                f"'{entry.environment}'{hint}")
        instance = entry.instance.strip().lower() if entry.instance else None
        if instance and "://" in instance:
            instance = instance.split("://", 1)[1]
        found.append(StoreMapping(
            dataset=entry.dataset.strip(), account=entry.account, container=entry.container,
            prefix=entry.prefix.lstrip("/"), server=entry.server, database=entry.database,
            instance=instance.rstrip("/") if instance else None, table=entry.table,
            environment=environment))
    return tuple(found)


def _connector_names(config: ConfigFile, resolve) -> dict[str, str]:
    """Display name -> id from every file that pairs the two (catalogues, unblockable
    list, policy exports); files that cannot be read are reported by their own checks."""
    paths = list(config.connector_catalogue_files)
    if config.unblockable_connectors_file:
        paths.append(config.unblockable_connectors_file)
    paths += [entry.file for entry in config.dlp_policies if isinstance(entry, PolicyFile)]
    names: dict[str, str] = {}
    for path in paths:
        try:
            for name, ident in load_connector_names(resolve(path)).items():
                names.setdefault(name, ident)
        except (OSError, TenantFileError, ValueError):
            continue
    return names


def _service_tags(network: NetworkSection, resolve, problems: list[str]) -> str | None:
    """The service-tag file loads and every allowed name or pattern matches a tag; the
    two keys go together (a file with nothing allowed would distrust every address)."""
    if not network.service_tags_file:
        if network.allowed_service_tags:
            problems.append("network.service_tags_file: required when allowed_service_tags "
                            "is set (which addresses do the tags name?)")
        return None
    tags_path = resolve(network.service_tags_file)
    if not network.allowed_service_tags:
        problems.append("network.allowed_service_tags: empty; list the tags you trust, e.g. "
                        "'PowerPlatformInfra.*' (with none, every destination is untrusted)")
    try:
        from pipelines.tenant.exports.service_tags import load_service_tags

        index = load_service_tags(tags_path)
    except (OSError, TenantFileError, ValueError) as error:
        problems.extend(_file_problems("network.service_tags_file",
                                       network.service_tags_file, error))
        return str(tags_path)
    for i, pattern in enumerate(network.allowed_service_tags):
        if not index.matching_tags([pattern]):
            hint = _suggest(closest_name(pattern, index.names))
            problems.append(f"network.allowed_service_tags[{i}]: {quoted(pattern)} matches no tag "
                            f"of {network.service_tags_file}{hint}")
    return str(tags_path)


def _catalogue(config: ConfigFile, resolve, problems: list[str]) -> GeoCatalogue:
    geos = config.geos
    source, azure, extra = "builtin", "builtin", []
    if isinstance(geos, str):
        source = geos
    elif isinstance(geos, list):
        extra = geos
    else:
        source, azure, extra = geos.catalogue, geos.azure_regions, geos.extra
    catalogue = builtin_catalogue()
    if source != "builtin":
        try:
            catalogue = load_locations_export(resolve(source))
        except (OSError, TenantFileError, ValueError) as error:
            problems.extend(_file_problems("geos", source, error))
    regions = builtin_azure_regions()
    if azure != "builtin":
        try:
            regions = load_azure_locations(resolve(azure))
        except (OSError, TenantFileError, ValueError) as error:
            problems.extend(_file_problems("geos.azure_regions", azure, error))
    catalogue = with_azure_regions(catalogue, regions)
    if extra:
        catalogue = catalogue.with_extra_regions(
            {
                entry.name.strip().lower(): [normalise_region(r) for r in entry.regions]
                for entry in extra
            }
        )
    return catalogue


def _check_classification(section: ClassificationSection, problems: list[str]) -> None:
    """Entity names the classifier knows (a misspelt one would find nothing: `EMAIL`
    instead of `EMAIL_ADDRESS` stops e-mails from being personal), and custom patterns
    that compile the way Presidio compiles them (with the `regex` module)."""
    import regex

    known = KNOWN_ENTITIES | {r.entity for r in section.recognizers}
    for key in ("personal_entities", "customer_entities"):
        for index, name in enumerate(getattr(section, key)):
            if name not in known:
                problems.append(f"classification.{key}[{index}]: unknown entity type "
                                f"{quoted(name)}{_suggest(_closest_entity(name, known))}")
    for index, recognizer in enumerate(section.recognizers):
        for number, pattern in enumerate(recognizer.patterns):
            try:
                regex.compile(pattern.regex, flags=regex.DOTALL | regex.MULTILINE
                              | regex.IGNORECASE)
            except (regex.error, ValueError, OverflowError) as error:
                problems.append(f"classification.recognizers[{index}].patterns[{number}].regex: "
                                f"not a valid regular expression ({type(error).__name__}: "
                                f"{shown(str(error))})")


def _closest_entity(name: str, known: Collection[str]) -> str | None:
    """'EMAIL' -> 'EMAIL_ADDRESS', 'PHONE' -> 'PHONE_NUMBER': a known type that the name
    begins, else the closest spelling."""
    word = name.strip().upper()
    extended = sorted((k for k in known if k.startswith(word + "_")), key=len)
    return extended[0] if word and extended else closest_name(name, sorted(known))


def _check_model(model: str, key: str, problems: list[str]) -> None:
    """The model is installed, and a model folder loads (`flowaudit validate` only:
    spaCy is not imported by `run`'s driver, which checks that the model is there and
    that a folder holds a whole model). An installed package is trusted to load."""
    from classifiers.installed import ModelNotAvailable, find_model

    try:
        found = find_model(model)
        if Path(found).is_dir():
            from classifiers.models import load_spacy_model

            load_spacy_model(found, lean=False)
    except ModelNotAvailable as error:
        problems.append(f"{key}: {error}")


def _check_languages(section: ClassificationSection, problems: list[str]) -> None:
    """Languages lingua knows (ISO 639-1); a model only for an expected language other
    than English (English has `classification.model`)."""
    for index, language in enumerate(section.languages):
        if language not in LINGUA_LANGUAGES:
            close = closest_name(language, sorted(LINGUA_LANGUAGES))
            problems.append(f"classification.languages[{index}]: '{language}' is not an ISO "
                            f"639-1 code of a language the detector knows{_suggest(close)}")
    for language in section.models:
        if language == DEFAULT_LANGUAGE:
            problems.append(f"classification.models.{language}: English text is read by "
                            "classification.model; set that instead")
        elif language not in section.languages:
            problems.append(f"classification.models.{language}: not among "
                            "classification.languages")


def _model_path(model: str, base: Path | str) -> str:
    """A model folder named relative to the config; a model is loaded from a local folder
    only, so a config in object storage names installed models or absolute folders."""
    if ("/" in model or model.startswith(".")) and not os.path.isabs(model) \
            and not storage.is_remote(base):
        return str(base / model)
    return model


def _classifier_settings(section: ClassificationSection,
                         base: Path | str) -> ClassifierSettings:
    model = _model_path(section.model, base)
    return ClassifierSettings(
        model=model,
        languages=tuple(dict.fromkeys(section.languages)),
        models=tuple(sorted((language, _model_path(name, base))
                            for language, name in section.models.items())),
        name_context_model=section.name_context_model,
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
        problems.append(f"{key}: unknown geo {quoted(geo)}{_suggest(catalogue.suggest_geo(geo))}")


def _file_problems(key: str, name: str | None, error: Exception) -> list[str]:
    if isinstance(error, FileNotFoundError) or (
            isinstance(error, TenantFileError) and name and not _exists(error.path)):
        return [f"{key}: no such file '{name}'"]
    if isinstance(error, TenantFileError) and error.problems:
        if name is None:  # inline: the problem's own key path continues ours
            return [f"{key}.{problem}" if re.match(r"^[\w\[\]. ]+:", problem)
                    else f"{key}: {problem}" for problem in error.problems]
        return [f"{key} ({name}): {problem}" for problem in error.problems]
    return [f"{key}: {error}"]


def _exists(path: str) -> bool:
    return storage.exists(path) if storage.is_remote(path) else Path(path).exists()


def _read_remote_config(url: str) -> str:
    """A config in object storage; errors as a local file's would be."""
    if not storage.exists(url):
        raise FileNotFoundError(url)
    try:
        return read_bounded(url).decode("utf-8-sig")
    except (UnicodeDecodeError, UnreadableFile, FileNotFoundError):
        raise
    except Exception as error:  # noqa: BLE001 - Beam wraps the store's errors
        raise OSError(str(type(error).__name__)) from None
