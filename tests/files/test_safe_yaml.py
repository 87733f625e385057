"""The one YAML loader: safe tags only, bounded aliases, errors that say where."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.config import ConfigError, load_config
from pipelines.files.safe_yaml import (
    MAX_ALIAS_EXPANSION,
    AliasExpansionError,
    YamlError,
    item_lines,
    load_yaml,
)
from pipelines.runs.baseline import load_baseline
from pipelines.tenant.exports.document import TenantFileError, read_document

# 9 levels of 9 aliases: a few hundred bytes that expand to about 490 million nodes
ALIAS_BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def aliased(times: int) -> str:
    """A list of 999 items (1,000 nodes), then a list naming it ``times`` times."""
    return f"a: &a [{', '.join(['0'] * 999)}]\nb: [{', '.join(['*a'] * times)}]\n"


@pytest.mark.parametrize(
    ("text", "timestamps", "expected"),
    [
        ("tenant: {home_geo: europe}\n", True, {"tenant": {"home_geo": "europe"}}),
        ('{"value": [1, "x"]}', True, {"value": [1, "x"]}),
        ("", True, None),
        ("expires: 2026-12-31\n", True, {"expires": date(2026, 12, 31)}),
        ("expires: 2026-12-31\n", False, {"expires": "2026-12-31"}),
        ("expires: 2026-02-30\n", False, {"expires": "2026-02-30"}),
        ("base: &b {x: 1}\nc: {<<: *b, y: 2}\nd: [*b, *b]\n", True,
         {"base": {"x": 1}, "c": {"x": 1, "y": 2}, "d": [{"x": 1}, {"x": 1}]}),
    ],
)
def test_loads(text, timestamps, expected) -> None:
    assert load_yaml(text, timestamps=timestamps) == expected


@pytest.mark.parametrize(
    ("text", "brief", "detailed"),
    [
        ("tenant: [\n", "not valid YAML at line 2",
         "not valid YAML at line 2 column 1: expected the node content, but found '<stream end>'"),
        ("tenant: !!python/object/apply:os.system ['echo hacked']\n", "not valid YAML at line 1",
         "not valid YAML at line 1 column 9: could not determine a constructor for the tag "
         "'tag:yaml.org,2002:python/object/apply:os.system'"),
        ("a: b: c\n", "not valid YAML at line 1",
         "not valid YAML at line 1 column 5: mapping values are not allowed here"),
        ("a: 1\n---\nb: 2\n", "not valid YAML at line 2",
         "not valid YAML at line 2 column 1: but found another document"),
    ],
)
def test_errors_say_where(text, brief, detailed) -> None:
    with pytest.raises(YamlError) as caught:
        load_yaml(text)
    assert caught.value.message("not valid YAML") == brief
    assert caught.value.message("not valid YAML", detail=True) == detailed


def test_an_alias_bomb_is_refused_before_it_expands() -> None:
    assert len(ALIAS_BOMB.encode()) < 1024
    with pytest.raises(AliasExpansionError) as caught:
        load_yaml(ALIAS_BOMB)
    assert caught.value.message("not valid YAML") == (
        f"aliases expand the 28 nodes written to 490329064 (at most {MAX_ALIAS_EXPANSION} "
        "more are allowed)")


@pytest.mark.parametrize(("times", "refused"), [(1, False), (100, False), (101, True)])
def test_aliases_may_add_up_to_the_bound(times, refused) -> None:
    assert MAX_ALIAS_EXPANSION == 100 * 1000
    if refused:
        with pytest.raises(AliasExpansionError):
            load_yaml(aliased(times))
    else:
        assert len(load_yaml(aliased(times))["b"]) == times


def test_an_alias_inside_itself_is_refused() -> None:
    with pytest.raises(AliasExpansionError, match="an alias refers to a node that contains it"):
        load_yaml("a: &a [1, *a]\n")


@pytest.mark.parametrize(
    ("read", "error", "problem"),
    [
        (load_config, ConfigError, "{path}: aliases expand the 28 nodes written to 490329064"),
        (load_baseline, ConfigError, "{path}: aliases expand the 28 nodes written to 490329064"),
        (read_document, TenantFileError, "aliases expand the 28 nodes written to 490329064"),
    ],
)
def test_every_reader_refuses_an_alias_bomb_naming_the_file(tmp_path, read, error,
                                                            problem) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(ALIAS_BOMB, encoding="utf-8")
    with pytest.raises(error) as caught:
        read(path)
    (found,) = caught.value.problems
    assert found.startswith(problem.format(path=path))
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(("text", "lines"), [
    ("tenant: {home_geo: europe}\ndlp_policies:\n  - file: a.json\n  - name: Inline\n"
     "    scope: all\n  - {file: b.json}\n", [3, 4, 6]),
    ("dlp_policies: [{file: a.json}, {file: b.json}]\n", [1, 1]),
    ("dlp_policies: []\n", []),
    ("dlp_policies: {file: a.json}\n", []),   # not a list
    ("- dlp_policies\n", []),                 # not a mapping
    ("dlp_policies: [unclosed\n", []),        # not YAML: no line to show
    ("tenant:\n  dlp_policies:\n    - {file: a.json}\n", []),  # top level only
])
def test_item_lines_point_at_each_entry_of_a_top_level_list(text, lines):
    assert item_lines(text, "dlp_policies") == lines


def test_item_lines_refuse_an_alias_bomb_quietly():
    assert item_lines(ALIAS_BOMB + "dlp_policies: [*i]\n", "dlp_policies") == []
