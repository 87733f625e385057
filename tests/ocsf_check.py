"""A checker for OCSF 1.2.0 Data Security Finding events (class 2006), for the tests.

The class definition is the reference file `tests/fixtures/ocsf_data_security_finding_
v1.2.0.json` (ocsf/ocsf-schema `events/findings/data_security_finding.json` at tag
v1.2.0). That file only adds to what the class inherits (`finding`, `base_event`) and
names the objects its attributes hold, so the rest comes from the official compiled
export of OCSF 1.2.0 (schema.ocsf.io `/1.2.0/export/schema`) that the `ocsf-json-schema`
package ships; the checker first confirms that the export's class agrees with the
reference definition.

An event passes when: every required attribute is present (in nested objects too),
every enum value is in range and every sibling caption matches its id, every value has
its attribute's type (regex and length included), the objects' `at_least_one` /
`just_one` constraints hold, and no attribute lies outside the class and the profiles
the event declares in `metadata.profiles`.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re

from tests.conftest import FIXTURES

CLASS_DEFINITION = FIXTURES / "ocsf_data_security_finding_v1.2.0.json"
CLASS_NAME = "data_security_finding"
OTHER = "99"

PYTHON_TYPES = {
    "integer_t": int, "long_t": int, "string_t": str, "boolean_t": bool,
    "float_t": (int, float),
}


@functools.lru_cache(maxsize=1)
def compiled_schema() -> dict:
    path = importlib.resources.files("ocsf_json_schema").joinpath("ocsf/1.2.0.json")
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["version"] == "1.2.0"
    return schema


@functools.lru_cache(maxsize=1)
def class_attributes() -> dict:
    """The class's attributes as compiled, after checking them against the reference
    definition: same class, and every attribute it declares with the same requirement
    and (for enums) the same values."""
    schema = compiled_schema()
    compiled = schema["classes"][CLASS_NAME]
    reference = json.loads(CLASS_DEFINITION.read_text(encoding="utf-8"))
    assert reference["name"] == CLASS_NAME and reference["extends"] == "finding"
    categories = {"findings": 2}
    assert compiled["uid"] == categories[reference["category"]] * 1000 + reference["uid"]
    assert set(reference["profiles"]) <= set(compiled["profiles"])
    attributes = compiled["attributes"]
    for name, declared in reference["attributes"].items():
        if name == "$include":
            continue
        assert name in attributes, name
        assert attributes[name]["requirement"] == declared["requirement"], name
        if "enum" in declared:
            assert set(declared["enum"]) <= set(attributes[name]["enum"]), name
    return attributes


def problems(event: dict) -> list[str]:
    """Everything wrong with one event; [] when it is a valid class 2006 event."""
    out: list[str] = []
    if not isinstance(event, dict):
        return ["event: expected an object"]
    profiles = (event.get("metadata") or {}).get("profiles") or []
    known = compiled_schema()["classes"][CLASS_NAME]["profiles"]
    for profile in profiles:
        if profile not in known:
            out.append(f"metadata.profiles: '{profile}' is not a profile of the class")
    _check_object(event, class_attributes(), {}, "event", profiles, out)
    if event.get("class_uid") != 2006:
        out.append(f"event.class_uid: {event.get('class_uid')!r} is not 2006")
    activity = event.get("activity_id")
    if isinstance(activity, int) and event.get("type_uid") != 2006 * 100 + activity:
        out.append(f"event.type_uid: {event.get('type_uid')!r} is not class_uid * 100 + "
                   "activity_id")
    return out


def _check_object(value, attributes: dict, constraints: dict, path: str, profiles: list,
                  out: list[str]) -> None:
    if not isinstance(value, dict):
        out.append(f"{path}: expected an object, got {type(value).__name__}")
        return
    allowed = {name: attribute for name, attribute in attributes.items()
               if attribute.get("profile") in (None, *profiles)}
    for name in value:
        if name in allowed:
            continue
        profile = (attributes.get(name) or {}).get("profile")
        out.append(f"{path}.{name}: only with the '{profile}' profile" if profile
                   else f"{path}.{name}: not an attribute here")
    for name, attribute in allowed.items():
        if attribute.get("requirement") == "required" and name not in value:
            out.append(f"{path}.{name}: required")
    for kind, names in (constraints or {}).items():
        present = [name for name in names if name in value]
        if kind == "at_least_one" and not present:
            out.append(f"{path}: needs at least one of {', '.join(names)}")
        if kind == "just_one" and len(present) != 1:
            out.append(f"{path}: needs exactly one of {', '.join(names)}")
    for name, item in value.items():
        if name in allowed:
            _check_value(item, allowed[name], f"{path}.{name}", profiles, out)
            sibling = allowed[name].get("sibling")
            enum = allowed[name].get("enum")
            if sibling and enum and sibling in value and str(item) in enum \
                    and str(item) != OTHER and value[sibling] != enum[str(item)]["caption"]:
                out.append(f"{path}.{sibling}: {value[sibling]!r} is not the caption of "
                           f"{name} {item} ({enum[str(item)]['caption']!r})")


def _check_value(value, attribute: dict, path: str, profiles: list, out: list[str]) -> None:
    if attribute.get("is_array"):
        if not isinstance(value, list):
            out.append(f"{path}: expected an array")
            return
        for index, item in enumerate(value):
            _check_scalar(item, attribute, f"{path}[{index}]", profiles, out)
        return
    _check_scalar(value, attribute, path, profiles, out)


def _check_scalar(value, attribute: dict, path: str, profiles: list, out: list[str]) -> None:
    schema = compiled_schema()
    kind = attribute["type"]
    if kind == "object_t":
        name = attribute["object_type"]
        definition = schema["objects"][name]
        if name == "object":  # a free-form object (`unmapped`)
            if not isinstance(value, dict):
                out.append(f"{path}: expected an object")
            return
        _check_object(value, definition["attributes"], definition.get("constraints") or {},
                      path, profiles, out)
        return
    if kind == "json_t":
        return
    type_info = schema["types"].get(kind, {})
    base = type_info.get("type", kind)
    expected = PYTHON_TYPES.get(base)
    if expected is None:
        out.append(f"{path}: unknown type {kind}")
        return
    if isinstance(value, bool) and base != "boolean_t" or not isinstance(value, expected):
        out.append(f"{path}: {value!r} is not a {type_info.get('caption', kind)}")
        return
    if "enum" in attribute and str(value) not in attribute["enum"]:
        out.append(f"{path}: {value!r} is not one of {sorted(attribute['enum'], key=int)}")
    if "regex" in type_info and not re.search(type_info["regex"], value):
        out.append(f"{path}: {value!r} does not match the {type_info.get('caption')} pattern")
    if "max_len" in type_info and len(value) > type_info["max_len"]:
        out.append(f"{path}: longer than {type_info['max_len']}")


@functools.lru_cache(maxsize=8)
def json_schema(profiles: tuple[str, ...]) -> dict:
    """A second, independent check: the JSON Schema that `ocsf-json-schema` generates
    for the class with these profiles (closed objects, enums, required attributes)."""
    from ocsf_json_schema import OcsfJsonSchemaEmbedded, get_ocsf_schema

    generator = OcsfJsonSchemaEmbedded(get_ocsf_schema(version="1.2.0"))
    return generator.get_class_schema(class_name=CLASS_NAME, profiles=list(profiles))
