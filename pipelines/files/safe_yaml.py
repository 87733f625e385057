"""The one YAML loader: the config, baselines and tenant exports are all parsed here.

Safe loading only: tags such as ``!!python/object`` are refused, so a file never builds
objects or runs code. Aliases are bounded: a few hundred bytes of nested aliases (a
"billion laughs") would otherwise expand into a structure that pydantic or a loader
walks for hours, so such a document is refused before anyone reads it. Errors keep the
parser's line and column, and each caller words them for its own file.
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["MAX_ALIAS_EXPANSION", "MAX_DEPTH", "AliasExpansionError", "NestingError", "YamlError",
           "item_lines", "load_yaml"]

MAX_ALIAS_EXPANSION = 100_000
"""Nodes that aliases may add to a document beyond those written: plenty for anchors a
person reuses, far fewer than an alias bomb needs."""
MAX_DEPTH = 100
"""Collections nested deeper are refused: no config or export needs more, and the YAML
composer (and every walk after it) recurses once per level."""


class YamlError(ValueError):
    """A YAML text that cannot be loaded: why, and where (1-based) when the parser knows."""

    def __init__(self, reason: str, line: int | None = None, column: int | None = None):
        self.reason, self.line, self.column = reason, line, column
        super().__init__(self.message("invalid YAML", detail=True))

    def message(self, invalid: str, *, detail: bool = False) -> str:
        """``invalid`` ('not valid YAML') and the line; ``detail`` adds column and reason."""
        if self.line is None:
            where = ""
        elif detail and self.column is not None:
            where = f" at line {self.line} column {self.column}"
        else:
            where = f" at line {self.line}"
        return f"{invalid}{where}: {self.reason}" if detail else f"{invalid}{where}"


class AliasExpansionError(YamlError):
    """Valid YAML whose aliases expand too far (or into themselves): always says why."""

    def message(self, invalid: str, *, detail: bool = False) -> str:
        return self.reason


class NestingError(YamlError):
    """YAML nested deeper than MAX_DEPTH: always says why, and where."""

    def message(self, invalid: str, *, detail: bool = False) -> str:
        where = f" at line {self.line}" if self.line is not None else ""
        return f"{self.reason}{where}"


class _SafeLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that measures alias expansion before constructing anything."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases = 0
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise NestingError(f"nested more than {MAX_DEPTH} levels deep", mark.line + 1,
                                   mark.column + 1)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def get_single_node(self) -> yaml.Node | None:
        node = super().get_single_node()
        if node is not None and self.aliases:
            _check_expansion(node)
        return node


class _TextDatesLoader(_SafeLoader):
    """No implicit timestamps: ``2026-02-30`` stays text, for pydantic to report with its key
    instead of the YAML parser failing with a bare ValueError."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a document whose aliases add more than MAX_ALIAS_EXPANSION nodes.

    An alias is the node it names, shared: the composed document is a graph whose size
    is what was written, while its expansion (what a reader walks) can be exponential.
    Sizes are computed once per node, so this costs one pass over what was written.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        key = id(node)
        if closing:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
        elif key in open_nodes:
            mark = node.start_mark
            raise AliasExpansionError("an alias refers to a node that contains it (an endless "
                                      f"document) at line {mark.line + 1}", mark.line + 1,
                                      mark.column + 1)
        elif key not in sizes:
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node))
    expanded, written = sizes[id(root)], len(sizes)
    if expanded - written > MAX_ALIAS_EXPANSION:
        raise AliasExpansionError(f"aliases expand the {written} nodes written to {expanded} "
                                  f"(at most {MAX_ALIAS_EXPANSION} more are allowed)")


def load_yaml(text: str, *, timestamps: bool = True) -> Any:
    """Parse one YAML (or JSON) document; raises YamlError.

    ``timestamps=False`` leaves dates as text (baselines: pydantic checks them by key).
    """
    try:
        return yaml.load(text, Loader=_SafeLoader if timestamps else _TextDatesLoader)
    except RecursionError:  # deep flow collections recurse in the scanner too
        raise NestingError(f"nested more than {MAX_DEPTH} levels deep") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        if mark is None:
            raise YamlError(reason) from exc
        raise YamlError(reason, mark.line + 1, mark.column + 1) from exc


def item_lines(text: str, key: str) -> list[int]:
    """The line (1-based) where each item of the top-level sequence `key` starts, so that
    an output can point at `key[i]` in the file; [] when the document has no such list.
    Composes nodes only: nothing is constructed."""
    try:
        root = yaml.compose(text, Loader=_SafeLoader)
    except (yaml.YAMLError, YamlError):  # not YAML, or an alias bomb: no line to show
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for name, value in root.value:
        if isinstance(name, yaml.ScalarNode) and name.value == key \
                and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []
