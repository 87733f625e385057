"""The problem collector every export loader walks its document with."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipelines.tenant.exports.document import TenantFileError
from pipelines.tenant.exports.problems import Problems, join, place, value_list

GROUPS = {"business": "B", "non_business": "N", "blocked": "X"}

CASES = [
    # method, args, keyword args, returned, problems recorded
    ("add", ("value[0].name", "bad"), {}, None, ["value[0].name: bad"]),
    ("add", ("", "policy 'p' is defined twice"), {}, None, ["policy 'p' is defined twice"]),
    ("expect_list", ([1, 2], "value"), {}, [1, 2], []),
    ("expect_list", ([], "value"), {}, [], []),
    ("expect_list", ({"a": 1}, "value"), {}, [], ["value: expected a list"]),
    ("expect_list", ("x", ""), {}, [], ["(top level): expected a list"]),
    ("expect_list", (None, "value"), {}, [], ["value: expected a list"]),
    ("expect_list", (None, "rules"), {"optional": True}, [], []),
    ("expect_list", ("x", "rules"), {"optional": True}, [], ["rules: expected a list"]),
    ("expect_mapping", ({"a": 1}, "props"), {}, {"a": 1}, []),
    ("expect_mapping", ([], "props"), {}, None, ["props: expected an object"]),
    ("expect_mapping", (None, ""), {}, None, ["(top level): expected an object"]),
    ("expect_mapping", (3, "rules[0]", "expected {pattern: ...}"), {}, None,
     ["rules[0]: expected {pattern: ...}"]),
    ("mappings", ([{"a": 1}, 3, {"b": 2}], "value"), {},
     [(0, "value[0]", {"a": 1}), (2, "value[2]", {"b": 2})], ["value[1]: expected an object"]),
    ("mappings", ([{"a": 1}], ""), {}, [(0, "[0]", {"a": 1})], []),
    ("mappings", (None, "rules"), {"optional": True}, [], []),
    ("mappings", ({}, "rules"), {"optional": True}, [], ["rules: expected a list"]),
    ("mappings", (None, "values"), {}, [], ["values: expected a list"]),
    ("choice", ("business", GROUPS, "business, non_business, blocked", "g"), {}, "B", []),
    ("choice", ("Non-Business", GROUPS, "business, non_business, blocked", "g"), {}, "N", []),
    ("choice", (" NON business ", GROUPS, "business, non_business, blocked", "g"), {}, "N", []),
    ("choice", ("non_business", {"nonbusiness": "N"}, "NonBusiness", "g"), {}, "N", []),
    ("choice", ("purple", GROUPS, "business, non_business, blocked", "default_group"), {}, None,
     ["default_group: 'purple' is not one of business, non_business, blocked"]),
    ("choice", (None, GROUPS, "business, non_business, blocked", "g"), {}, None,
     ["g: None is not one of business, non_business, blocked"]),
    ("choice", (3, {"3": "three"}, "3", "g"), {}, None, ["g: 3 is not one of 3"]),
    ("integer", (3, "order"), {}, 3, []),
    ("integer", ("4", "order"), {}, 4, []),
    ("integer", (" 5 ", "order"), {}, 5, []),
    ("integer", ("x", "order"), {}, None, ["order: expected an integer, got 'x'"]),
    ("integer", (True, "order"), {}, None, ["order: expected an integer, got True"]),
    ("integer", (1.5, "order"), {}, None, ["order: expected an integer, got 1.5"]),
    ("integer", (None, "order"), {}, None, ["order: expected an integer, got None"]),
    ("id_list", (None, "blocked", "connector"), {}, [], []),
    ("id_list", ([], "blocked", "connector"), {}, [], []),
    ("id_list", ("shared_x", "blocked", "connector"), {}, [("shared_x", "blocked[0]")], []),
    ("id_list", (["a", "b"], "envs", "environment"), {}, [("a", "envs[0]"), ("b", "envs[1]")],
     []),
    ("id_list", (["a", "", 3, " "], "blocked", "connector"), {}, [("a", "blocked[0]")],
     ["blocked[1]: expected a connector id, got ''", "blocked[2]: expected a connector id, got 3",
      "blocked[3]: expected a connector id, got ' '"]),
    ("id_list", ({"a": 1}, "business", "connector"), {}, [],
     ["business: expected a list of connector ids"]),
    ("reference", ("shared_x", "c[0]", "connector"), {}, ("shared_x", "c[0]"), []),
    ("reference", ({"id": "/apis/shared_sql", "name": "SQL Server"}, "c[0]", "connector"), {},
     ("/apis/shared_sql", "c[0].id"), []),
    ("reference", ({"name": "e1"}, "e[0]", "environment"), {}, ("e1", "e[0].name"), []),
    ("reference", ({"id": " ", "name": "e1"}, "e[0]", "environment"), {}, ("e1", "e[0].name"), []),
    ("reference", ({}, "c[1]", "connector"), {}, None, ["c[1]: expected a connector id"]),
    ("reference", ("", "c[1]", "connector"), {}, None, ["c[1]: expected a connector id"]),
    ("reference", (5, "e[2]", "environment"), {}, None, ["e[2]: expected a environment id"]),
]


@pytest.mark.parametrize(("method", "args", "kwargs", "returned", "problems"), CASES,
                         ids=[f"{case[0]}-{i}" for i, case in enumerate(CASES)])
def test_problem_helpers(method, args, kwargs, returned, problems) -> None:
    collected = Problems()
    result = getattr(collected, method)(*args, **kwargs)
    if isinstance(result, Iterator):
        result = list(result)
    assert result == returned
    assert collected == problems


@pytest.mark.parametrize(
    ("where", "key", "path"),
    [
        ("", "name", "name"),
        ("", 3, "[3]"),
        ("value", 3, "value[3]"),
        ("value[3]", "properties", "value[3].properties"),
        ("value[3]", "properties.azureRegions", "value[3].properties.azureRegions"),
        ("dlp_policies[0].value", 1, "dlp_policies[0].value[1]"),
    ],
)
def test_join(where, key, path) -> None:
    assert join(where, key) == path


@pytest.mark.parametrize(("where", "shown"), [("", "(top level)"), ("value", "value")])
def test_place(where, shown) -> None:
    assert place(where) == shown


@pytest.mark.parametrize(
    ("data", "found"),
    [
        ({"value": [1]}, ([1], "value")),
        ({"value": 3}, (3, "value")),
        ([1], ([1], "")),
        ({"values": []}, ({"values": []}, "")),
        (None, (None, "")),
    ],
)
def test_value_list(data, found) -> None:
    assert value_list(data) == found


def test_problems_stay_in_document_order() -> None:
    problems = Problems()
    for _, where, _item in problems.mappings([{}, "x", {}], "value"):
        problems.add(where, "the loader's own problem")
    assert problems == ["value[0]: the loader's own problem", "value[1]: expected an object",
                        "value[2]: the loader's own problem"]


def test_raise_if_any() -> None:
    Problems().raise_if_any("clean.json")
    problems = Problems()
    problems.add("value[0]", "bad")
    with pytest.raises(TenantFileError) as caught:
        problems.raise_if_any("x.json")
    assert caught.value.path == "x.json"
    assert caught.value.problems == ["value[0]: bad"]
