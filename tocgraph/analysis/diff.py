"""Compare two versions of one ToC: nodes, fields, links, and the effect on support.

An id is the identity of a node: a node whose id changed is reported as one
node removed and one added, never guessed as a rename.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tocgraph.analysis.assessment import (
    Assessment,
    NodeAssessment,
    assess,
    display_order,
    toc_argument,
    verdict_dict,
)
from tocgraph.analysis.requires import assessed_at_old_requires
from tocgraph.hints import natural_key
from tocgraph.schema.base import deep_freeze as freeze
from tocgraph.schema.base import thaw
from tocgraph.schema.model import Goal, ToC

__all__ = [
    "Diff",
    "EffectChange",
    "FieldChange",
    "LinkChange",
    "compare",
    "compare_assessed",
    "effect_changes",
    "freeze",
    "thaw",
]


@dataclass(frozen=True)
class FieldChange:
    """One field of one node (or of the ToC itself, ``node=None``) that differs.

    ``before`` and ``after`` are frozen JSON-like values (tuples, read-only
    mappings); :func:`thaw` turns them into lists and dicts.
    """

    node: str | None
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class LinkChange:
    """A ``contributes_to`` link that was added or removed (or whose assumption changed)."""

    source: str
    target: str
    assumption: str | None


@dataclass(frozen=True)
class EffectChange:
    """A goal, outcome or output whose verdict or margin differs between versions.

    ``before`` or ``after`` is ``None`` for a node that exists in one version only.
    """

    id: str
    before: NodeAssessment | None
    after: NodeAssessment | None

    def to_dict(self) -> dict[str, Any]:
        """``{"id", "before", "after"}`` with verdicts, margins and critical activities."""
        return {
            "id": self.id,
            "before": verdict_dict(self.before),
            "after": verdict_dict(self.after),
        }


@dataclass(frozen=True)
class Diff:
    """The result of :func:`compare`. Every tuple is in a deterministic order.

    Attributes
    ----------
    added, removed
        Ids of the nodes only in the new version, and only in the old one.
    fields
        Changed fields of nodes in both versions, and of the ToC itself (``node`` ``None``).
    links_added, links_removed
        Links only in the new version, and only in the old one.
    effects
        Goals, outcomes and outputs whose verdict or margin differs, goals first.
    before, after
        The assessments of the old and the new version.
    assumptions_added, assumptions_removed
        Ids of named assumptions only in the new version, and only in the old one.
    """

    added: tuple[str, ...]
    removed: tuple[str, ...]
    fields: tuple[FieldChange, ...]
    links_added: tuple[LinkChange, ...]
    links_removed: tuple[LinkChange, ...]
    effects: tuple[EffectChange, ...]
    before: Assessment
    after: Assessment
    assumptions_added: tuple[str, ...] = ()
    assumptions_removed: tuple[str, ...] = ()
    assumption_fields: tuple[FieldChange, ...] = ()
    """Fields (``status``, ``text``, ``evidence``) of named assumptions in both versions;
    ``node`` holds the assumption's id."""
    illustrative: bool = False
    """Whether either version is marked ``illustrative: true``."""
    at_old_requires: Assessment | None = None
    """The new version assessed with every lowered ``requires`` put back (``None`` when
    none was lowered; see :func:`tocgraph.analysis.requires.assessed_at_old_requires`)."""

    @property
    def requires_effects(self) -> tuple[EffectChange, ...]:
        """Goals, outcomes and outputs whose verdict or margin holds only because a ``requires``
        was lowered: ``before`` is the new version with the old requirements, ``after`` as is."""
        if self.at_old_requires is None:
            return ()
        return effect_changes(self.at_old_requires, self.after)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of ``tocgraph diff --json``."""
        return {
            "illustrative": self.illustrative,
            "added": list(self.added),
            "removed": list(self.removed),
            "fields": [
                {"node": f.node, "field": f.field, "before": thaw(f.before), "after": thaw(f.after)}
                for f in self.fields
            ],
            "links_added": [[link.source, link.target] for link in self.links_added],
            "links_removed": [[link.source, link.target] for link in self.links_removed],
            "effects": [e.to_dict() for e in self.effects],
            "requires_effects": [e.to_dict() for e in self.requires_effects],
            "assumptions": {
                "added": list(self.assumptions_added),
                "removed": list(self.assumptions_removed),
                "changed": [
                    {
                        "id": f.node,
                        "field": f.field,
                        "before": thaw(f.before),
                        "after": thaw(f.after),
                    }
                    for f in self.assumption_fields
                ],
            },
        }

    def is_empty(self) -> bool:
        """True when the two versions say the same thing."""
        return not (
            self.added
            or self.removed
            or self.fields
            or self.links_added
            or self.links_removed
            or self.assumptions_added
            or self.assumptions_removed
            or self.assumption_fields
        )


_HEADER_FIELDS = (
    "id",
    "name",
    "lead",
    "partners",
    "period",
    "subsidy_ceiling_eur",
    "existed_2017_2022",
    "illustrative",  # example data that stops saying so would read as an alliance's own
    "description",
)


def _node_fields(node: Any) -> dict[str, Any]:
    data: dict[str, Any] = node.model_dump(mode="json", exclude={"contributes_to"})
    data["kind"] = node.kind.value
    return data


def _links(toc: ToC) -> dict[tuple[str, str], tuple[str | None, tuple[str, ...]]]:
    """Each link: its inline assumption text and its named assumptions."""
    links: dict[tuple[str, str], tuple[str | None, tuple[str, ...]]] = {}
    for node in toc.nodes():
        if isinstance(node, Goal):
            continue
        for link in node.contributes_to:
            links[(node.id, link.to)] = (link.assumption, link.assumptions)
    return links


def _assumption_changes(
    old: ToC, new: ToC
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[FieldChange, ...]]:
    """Named assumptions added, removed, and their fields that differ."""
    before = {a.id: a.model_dump(mode="json", exclude={"id"}) for a in old.assumptions}
    after = {a.id: a.model_dump(mode="json", exclude={"id"}) for a in new.assumptions}
    fields = [
        FieldChange(name, key, freeze(before[name].get(key)), freeze(after[name].get(key)))
        for name in sorted(before.keys() & after.keys(), key=natural_key)
        for key in ("status", "text", "evidence")
        if before[name].get(key) != after[name].get(key)
    ]
    return (
        tuple(sorted(after.keys() - before.keys(), key=natural_key)),
        tuple(sorted(before.keys() - after.keys(), key=natural_key)),
        tuple(fields),
    )


def compare(old: ToC, new: ToC) -> Diff:
    """What changed from ``old`` to ``new``, and what it does to support.

    Examples
    --------
    >>> import tocgraph
    >>> old = tocgraph.load("models/worden-wie-je-bent.yaml")
    >>> tocgraph.compare(old, old).is_empty()
    True
    >>> new = old.model_copy(update={"activities": old.activities[1:]})
    >>> d = tocgraph.compare(old, new)
    >>> d.removed, [(link.source, link.target) for link in d.links_removed]
    (('A1',), [('A1', 'O1')])
    """
    old, new = toc_argument(old, "old"), toc_argument(new, "new")
    return compare_assessed(old, new, assess(old), assess(new))


def compare_assessed(old: ToC, new: ToC, before: Assessment, after: Assessment) -> Diff:
    """:func:`compare`, given ``before`` and ``after``: the assessments of ``old`` and ``new``.

    For a caller that has assessed both already (the change-request review).
    """
    old_nodes = {n.id: n for n in old.nodes()}
    new_nodes = {n.id: n for n in new.nodes()}
    added = tuple(sorted(new_nodes.keys() - old_nodes.keys(), key=natural_key))
    removed = tuple(sorted(old_nodes.keys() - new_nodes.keys(), key=natural_key))

    fields: list[FieldChange] = []
    old_header = old.model_dump(mode="json", include=set(_HEADER_FIELDS))
    new_header = new.model_dump(mode="json", include=set(_HEADER_FIELDS))
    for name in _HEADER_FIELDS:
        if old_header.get(name) != new_header.get(name):
            fields.append(
                FieldChange(None, name, freeze(old_header.get(name)), freeze(new_header.get(name)))
            )
    for node_id in sorted(old_nodes.keys() & new_nodes.keys(), key=natural_key):
        old_fields = _node_fields(old_nodes[node_id])
        new_fields = _node_fields(new_nodes[node_id])
        for name in sorted(old_fields.keys() | new_fields.keys()):
            if old_fields.get(name) != new_fields.get(name):
                fields.append(
                    FieldChange(
                        node_id, name, freeze(old_fields.get(name)), freeze(new_fields.get(name))
                    )
                )

    old_links, new_links = _links(old), _links(new)

    def order(pair: tuple[str, str]) -> tuple[object, ...]:
        # one key per end: spliced into one tuple, ``A -> G1`` and ``A1 -> G1`` compared
        # the text "->" with a number part and failed
        return (natural_key(pair[0]), natural_key(pair[1]))

    links_added = tuple(
        LinkChange(s, t, new_links[(s, t)][0])
        for s, t in sorted(new_links.keys() - old_links.keys(), key=order)
    )
    links_removed = tuple(
        LinkChange(s, t, old_links[(s, t)][0])
        for s, t in sorted(old_links.keys() - new_links.keys(), key=order)
    )
    for pair in sorted(old_links.keys() & new_links.keys(), key=order):
        (old_text, old_named), (new_text, new_named) = old_links[pair], new_links[pair]
        if old_text != new_text:
            fields.append(
                FieldChange(pair[0], f"contributes_to[{pair[1]}].assumption", old_text, new_text)
            )
        if old_named != new_named:
            fields.append(
                FieldChange(pair[0], f"contributes_to[{pair[1]}].assumptions", old_named, new_named)
            )
    assumptions_added, assumptions_removed, assumption_fields = _assumption_changes(old, new)
    return Diff(
        added=added,
        removed=removed,
        fields=tuple(fields),
        links_added=links_added,
        links_removed=links_removed,
        effects=effect_changes(before, after),
        before=before,
        after=after,
        assumptions_added=assumptions_added,
        assumptions_removed=assumptions_removed,
        assumption_fields=assumption_fields,
        illustrative=old.illustrative or new.illustrative,
        at_old_requires=assessed_at_old_requires(old, new),
    )


def effect_changes(before: Assessment, after: Assessment) -> tuple[EffectChange, ...]:
    """Goals, outcomes and outputs whose verdict or margin differs, goals first."""
    ids = {n.id for n in before.non_activities()} | {n.id for n in after.non_activities()}
    result = []
    for node_id in ids:
        old, new = before.nodes.get(node_id), after.nodes.get(node_id)
        if (
            old is not None
            and new is not None
            and (old.verdict, old.margin)
            == (
                new.verdict,
                new.margin,
            )
        ):
            continue
        result.append(EffectChange(node_id, old, new))
    return tuple(sorted(result, key=lambda e: display_order(e.after or e.before)))  # type: ignore[arg-type]
