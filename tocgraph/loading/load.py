"""From YAML text (or a dict) to a validated :class:`~tocgraph.schema.ToC`, or every error.

Validation runs in three stages and collects all problems before giving up:
the document itself (:mod:`~tocgraph.loading.document`), each node and the
header against the pydantic models, then the graph rules
(:mod:`~tocgraph.schema.rules`). Pydantic's errors become located diagnostics
with stable codes and hints (:mod:`~tocgraph.schema.translate`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import repeat
from operator import attrgetter, is_
from pathlib import Path
from typing import Any, cast

from pydantic import ValidationError

from tocgraph.errors import Diagnostic, InvalidToCError
from tocgraph.loading.document import (
    TOC,
    Parsed,
    Placed,
    check_mapping,
    display_name,
    parse,
    read_file,
)
from tocgraph.loading.fastpath import Node, SharedLinks, build_node, build_toc
from tocgraph.loading.yamlsource import Positions
from tocgraph.schema.assumptions import AssumptionEntry, assumption_diagnostics
from tocgraph.schema.base import NO_LOCATOR, DataPath, Place, freeze
from tocgraph.schema.budget import budget_year_diagnostics
from tocgraph.schema.model import TOC_WORDING, Activity, Goal, Outcome, Output, ToC
from tocgraph.schema.rules import NodeEntry, semantic_diagnostics
from tocgraph.schema.targets import remember_targets
from tocgraph.schema.translate import translate_errors

__all__ = [
    "TOC_WORDING",
    "Document",
    "from_dict",
    "load",
    "load_document",
    "loads",
    "parse_document",
    "validate_toc",
]

_TEXT = frozenset({str})
_PATH = attrgetter("path")
_ENTRY = tuple.__new__  # NodeEntry(path, node) in C: ``_ENTRY(NodeEntry, (path, node))``
_NODE_ID = attrgetter("node.id")

SECTIONS: dict[str, type[Goal | Outcome | Output | Activity]] = {
    "goals": Goal,
    "outcomes": Outcome,
    "outputs": Output,
    "activities": Activity,
}


@dataclass(frozen=True)
class Document(Placed):
    """A validated ToC, its file name, and the place of each node (see :class:`Placed`).

    Examples
    --------
    >>> text = "tocgraph: 1\\nid: x\\ngoals:\\n  - {id: G1, title: T}\\n"
    >>> doc = parse_document(text, "t.yaml")
    >>> doc.locate(Diagnostic("TOC302", "no contributors", node="G1")).location()
    't.yaml:4:5'
    """

    toc: ToC
    source: str
    locations: Mapping[str, Place]
    keys: Mapping[str, Place] = field(default_factory=lambda: freeze({}))
    """Where each top-level key (``subsidy_ceiling_eur``, ...) is: for warnings without a node."""

    def place(self, diagnostic: Diagnostic, *keys: str) -> Diagnostic:
        """``diagnostic`` located at its node, else at the first top-level key of ``keys`` here."""
        if diagnostic.node is not None:
            return self.locate(diagnostic)
        line, column = next((self.keys[k] for k in keys if k in self.keys), (None, None))
        return replace(diagnostic, path=self.source, line=line, column=column)


def load_document(path: str | Path, *, max_bytes: int | None = None) -> Document:
    """Like :func:`load`, but keep the file name and node positions.

    Raises
    ------
    InvalidToCError
        With every problem found.
    """
    return parse_document(read_file(path, max_bytes), display_name(path), max_bytes=max_bytes)


def parse_document(
    text: str, source: str = "<string>", *, max_bytes: int | None = None
) -> Document:
    """Like :func:`loads`, but keep the source name and node positions."""
    with collector_paused():
        # positions of the nodes only (most of the memory of a large file); an
        # invalid document is read again with every position, to place its errors
        light = parse(text, source, TOC, max_bytes, placed=2)
        try:
            document, targets = _validate(light, suggest=False)  # read again if invalid
        except InvalidToCError:
            targets = None
        # freed while the collector is paused (but for the lists of targets): its
        # first pass afterwards, over everything made meanwhile, visits the models only
        del light
        if targets is None:
            return validate_toc(parse(text, source, TOC, max_bytes))
        remember_targets(document.toc, targets)  # this reader's own lists: for compiling
    return document


_PROMOTE_FROM = 100_000
"""Objects made while the collector was paused from which they go to its oldest generation."""


_SECTION_FROM = 64
"""Sections of this many nodes or more are built at once (:func:`build_section`)."""


def build_section(
    cls: type[Node], items: list[Any] | tuple[Any, ...], shared: SharedLinks
) -> tuple[list[Node], Sequence[list[str] | None]] | None:
    """A large section built at once (:mod:`tocgraph.loading.fastcolumns`), or ``None``.

    Smaller ones go node by node: the module is not even imported for them,
    so that checking a small file starts as fast as before.
    """
    if len(items) < _SECTION_FROM:
        return None
    from tocgraph.loading.fastcolumns import build_section as at_once

    return at_once(cls, items, shared)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a document is built.

    Loading makes hundreds of thousands of small objects and no cycles worth
    collecting; the collector's passes over them cost a third of the time at
    100,000 activities (``benchmarks/load_big.py``). Reference counting still
    frees everything; the collector is restored as it was, even on an error.

    When that made :data:`_PROMOTE_FROM` tracked objects or more (a large ToC),
    they are moved to the collector's oldest generation (``gc.freeze()`` then
    ``gc.unfreeze()``, which move lists, not objects) instead of being visited
    by a pass of the youngest generation and then of the middle one, which
    took 0.3 to 0.6 s each at 100,000 activities. They are still collected
    and freed as any object (nothing stays frozen); a caller that froze
    objects itself (``gc.get_freeze_count()``) is left as it was.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if was_enabled and gc.get_count()[0] >= _PROMOTE_FROM and not gc.get_freeze_count():
            gc.freeze()  # every tracked object to the permanent generation ...
            gc.unfreeze()  # ... and from there to the oldest one, without visiting any
    finally:
        if was_enabled:
            gc.enable()


def load(path: str | Path, *, max_bytes: int | None = None) -> ToC:
    """Load and validate a ToC file.

    Parameters
    ----------
    path
        A YAML file in the ToC format (see ``docs/format.md``).
    max_bytes
        The largest file accepted (5 MB by default).

    Returns
    -------
    ToC
        The validated model.

    Raises
    ------
    InvalidToCError
        With every problem found, each located at ``file:line:column``.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    >>> toc.id
    'worden-wie-je-bent'
    """
    return load_document(path, max_bytes=max_bytes).toc


def loads(text: str, source: str = "<string>", *, max_bytes: int | None = None) -> ToC:
    """Validate ToC text (YAML) and return the model.

    Parameters
    ----------
    text
        The YAML text.
    source
        The name used in diagnostics (``"<stdin>"``, a file name, ...).
    max_bytes
        The largest text accepted, in bytes of UTF-8.

    Returns
    -------
    ToC

    Raises
    ------
    InvalidToCError
        With every problem found.

    Examples
    --------
    >>> import tocgraph
    >>> try:
    ...     tocgraph.loads("tocgraph: 1\\nid: x\\ngoals: [{id: G1, title: T, colour: red}]\\n")
    ... except tocgraph.InvalidToCError as exc:
    ...     print(exc)
    <string>:3:28: error[TOC101]: unknown key 'colour' in goals[0] (G1)
      hint: allowed keys: description, id, indicators, requires, serves, title
    """
    return parse_document(text, source, max_bytes=max_bytes).toc


def from_dict(data: Mapping[str, Any], source: str = "<dict>") -> ToC:
    """Validate a ToC given as plain data, with the same diagnostics as a file.

    Diagnostics name the data path (``activities[2].status``) instead of a
    line and column. Use this, not ``ToC.model_validate``, for data from
    another program: every problem comes back at once, with a code and a hint.

    Raises
    ------
    InvalidToCError
        With every problem found.
    TypeError
        When ``data`` is not a mapping.

    Examples
    --------
    >>> import tocgraph
    >>> try:
    ...     tocgraph.from_dict({"tocgraph": 1, "id": "x", "goals": [{"id": "G1"}]})
    ... except tocgraph.InvalidToCError as exc:
    ...     print(exc)
    <dict>: error[TOC103]: missing required field 'title' in goals[0] (G1)
      hint: add a short title
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"data must be a mapping, not {type(data).__name__}")
    parsed = check_mapping(dict(data), Positions(), source, TOC)
    return validate_toc(parsed).toc


def validate_toc(parsed: Parsed) -> Document:
    """Validate a parsed ToC document: its nodes, its header, then the graph rules.

    Raises
    ------
    InvalidToCError
        With every problem found.
    """
    return _validate(parsed)[0]


def _validate(parsed: Parsed, *, suggest: bool = True) -> tuple[Document, list[list[str] | None]]:
    """:func:`validate_toc`, and for each node the ids its links name, when read (else None).

    Without ``suggest`` the errors have no "did you mean" (for a pass whose errors
    are not shown).
    """
    data, positions, source = parsed.data, parsed.positions, parsed.source
    locator = positions if positions.values else NO_LOCATOR
    problems: list[Diagnostic] = []
    entries: list[NodeEntry] = []
    targets: list[list[str] | None] = []  # per entry, the ids its links name, when read
    unchecked: dict[str, list[DataPath]] = {}
    header = dict(data)
    shared = SharedLinks()  # one link per target named in the short form
    fast = True  # every node built by the fast route (else pydantic built some)
    for section, model in SECTIONS.items():
        items = data.get(section)
        if not isinstance(items, list | tuple):
            continue
        section_built = build_section(model, items, shared)
        if section_built is not None:  # every node as the loop below builds it, at once
            nodes, listed_ids = section_built
            at = zip(repeat(section), range(len(nodes)))
            entries.extend(map(_ENTRY, repeat(NodeEntry), zip(at, nodes, strict=False)))
            targets.extend(listed_ids)
            header[section] = nodes
            continue
        valid = []
        for index, item in enumerate(items):
            path: DataPath = (section, index)
            try:
                node = build_node(model, item, shared)
                listed = item.get("contributes_to") if node is not None else None
                if node is None:  # not sure: pydantic decides (and words any error)
                    fast = False
                    node = model.model_validate(item)
            except ValidationError as exc:
                node_id = item.get("id") if isinstance(item, dict) else None
                if isinstance(node_id, str):
                    unchecked.setdefault(node_id, []).append(path)
                problems.extend(
                    translate_errors(
                        exc,
                        path,
                        TOC_WORDING,
                        source=source,
                        locator=locator,
                        node_id=node_id if isinstance(node_id, str) and node_id else None,
                    )
                )
                continue
            entries.append(NodeEntry(path, node))
            valid.append(node)
            # built by the fast route from ids alone: exactly the targets of its links
            texts = type(listed) is list and _TEXT.issuperset(map(type, listed))
            targets.append(listed if texts else None)
        header[section] = valid
    toc: ToC | None = None
    try:
        toc = build_toc(header) or ToC.model_validate(header, context={"semantics": False})
    except ValidationError as exc:
        translated = translate_errors(
            exc, (), TOC_WORDING, source=source, locator=locator, data=header
        )
        problems.extend(p for p in translated if not _masked(p, data))
    # as validated (names stripped, as the activities' partner names are); the raw
    # values, stripped alike, when the header itself is invalid
    partners: Any = data.get("partners")
    lead: Any = data.get("lead")
    if toc is not None:
        partners, lead = toc.partners, toc.lead
    problems.extend(
        semantic_diagnostics(
            entries,
            partners=[p.strip() for p in partners] if _is_text_list(partners) else None,
            lead=lead.strip() if isinstance(lead, str) else None,
            source=source,
            locate=locator.value,
            unchecked=unchecked,
            targets=targets,
            suggest=suggest,
        )
    )
    if toc is not None and toc.period is not None:
        problems.extend(
            budget_year_diagnostics(
                entries,
                (toc.period.start.year, toc.period.end.year),
                source=source,
                locate_key=locator.key,
            )
        )
    declared = _assumption_entries(data.get("assumptions"))
    problems.extend(
        assumption_diagnostics(
            declared,
            entries,
            source=source,
            locate=locator.value,
            named=shared.named if fast else None,
        )
    )
    if problems or toc is None:
        raise InvalidToCError(problems)
    paths = [*map(_PATH, entries), *(a.path for a in declared)]
    ids = [*map(_NODE_ID, entries), *(a.id for a in declared)]
    found = list(map(positions.values.get, paths))
    if any(map(is_, found, repeat(None))):  # a path not placed itself: a parent's place, if any
        locations: dict[str, Place] = {}
        for path, placed_id, where in zip(paths, ids, found, strict=True):
            where = where or positions.value(path)
            if where is not None:
                locations[placed_id] = where
    else:  # every node placed (a file): one pass in C
        locations = dict(zip(ids, cast(list[Place], found), strict=True))
    keys = {key: where for key in data if (where := positions.key((key,))) is not None}
    return Document(toc, source, freeze(locations), freeze(keys)), targets


def _assumption_entries(items: Any) -> list[AssumptionEntry]:
    """The declared assumption ids with their paths (entries without a text id are skipped)."""
    if not isinstance(items, list | tuple):
        return []
    return [
        AssumptionEntry(("assumptions", index), item["id"])
        for index, item in enumerate(items)
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    ]


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)


def _masked(problem: Diagnostic, data: dict[str, Any]) -> bool:
    """Drop 'goals is too short' when goals has items that failed on their own."""
    return (
        problem.phrase is not None
        and problem.phrase.key == "d.too_short.goals"
        and isinstance(data.get("goals"), list | tuple)
        and len(data["goals"]) > 0
    )
