"""Assess a ToC: verdict, margin and critical activities for every node, and warnings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tocgraph.analysis.assumptions import (
    critical_assumptions,
    pessimistic_structure,
    used_assumptions,
)
from tocgraph.analysis.margins import Margins, margins_and_criticals
from tocgraph.analysis.support import (
    Support,
    Verdict,
    evaluate,
    evaluate_pessimistic,
    verdict_of,
)
from tocgraph.errors import Diagnostic, PhraseArg, phrase
from tocgraph.graph.structure import Structure, compile_structure
from tocgraph.hints import natural_key
from tocgraph.i18n import Lang, diagnostic, scenario_error, text
from tocgraph.schema.base import FrozenDict
from tocgraph.schema.model import Kind, Status, ToC

__all__ = [
    "Assessment",
    "NodeAssessment",
    "assess",
    "assess_structure",
    "assessment_from",
    "display_order",
    "goals_lost",
    "id_arguments",
    "toc_argument",
    "verdict_dict",
]


@dataclass(frozen=True)
class NodeAssessment:
    """What the ToC lets one say about one node.

    Attributes
    ----------
    id, kind
        The node.
    support
        T, F or U.
    verdict
        ``potentially_effective``, ``potentially_ineffective`` or ``undetermined``.
    margin
        For goals, outcomes and outputs: how many currently supported activities
        must stop (unclear ones counted as stopped) before the node loses
        support; 0 when it has none. ``None`` for activities. An ``at_risk``
        assumption counts as failing: the links that name it carry nothing.
        When the margin could not be proven within the solver's budget (see
        :mod:`tocgraph.analysis.margins`), this is its proven lower bound and
        ``margin_exact`` is false.
    critical_activities
        The activities whose stopping alone takes the node's support away,
        sorted by id. Non-empty exactly when the margin is 1.
    margin_exact
        False when only bounds on the margin are proven.
    margin_bounds
        ``None`` when the margin is exact; else the proven ``(lower, upper)``:
        fewer than ``lower`` stopped activities never take the support away,
        and a set of ``upper`` activities does.
    critical_assumptions
        The named assumptions whose failing alone takes the node's support
        away (at-risk ones counted as failing), sorted by id.
    """

    id: str
    kind: Kind
    support: Support
    verdict: Verdict
    margin: int | None
    critical_activities: tuple[str, ...]
    margin_exact: bool = True
    margin_bounds: tuple[int, int] | None = None
    requires: str | int | None = None
    required: int = 0
    contributors: int = 0
    requires_stated: bool = False
    critical_assumptions: tuple[str, ...] = ()

    def rule(self, lang: Lang = "en") -> str:
        """The rule in words (``needs 3 of 4``), or ``""`` for fewer than two contributors.

        Examples
        --------
        >>> import tocgraph
        >>> result = tocgraph.assess(tocgraph.load("tests/fixtures/warnings.yaml"))
        >>> result.nodes["G1"].rule(), result.nodes["O2"].rule("nl"), result.nodes["A1"].rule()
        ('any 1 of 2', 'vereist beide', '')
        """
        n = self.contributors
        if self.kind is Kind.ACTIVITY or n < 2:
            return ""
        if self.required >= n:
            return text("rule.both", lang) if n == 2 else text("rule.all", lang, n=n)
        if self.required <= 1:
            return text("rule.any", lang, n=n)
        return text("rule.k", lang, k=self.required, n=n)


@dataclass(frozen=True)
class Assessment:
    """The assessment of a whole ToC; see :func:`assess`.

    Attributes
    ----------
    toc_id
        The ToC's id.
    nodes
        Every node (activities too), by id, in topological order.
    warnings
        Findings that do not make the ToC invalid (codes ``TOC3xx``), each
        naming its node; the locations are filled in by the caller, which
        knows the file.
    activity_status
        Number of activities per status, for statuses that occur.
    stopped
        The activities a scenario stopped on top of their status (empty for a
        plain assessment).
    failed
        The assumptions a scenario made fail on top of their status.
    partners
        The partners a scenario drops out (their activities are in ``stopped``).
    """

    toc_id: str
    nodes: Mapping[str, NodeAssessment]
    warnings: tuple[Diagnostic, ...]
    activity_status: Mapping[Status, int]
    stopped: frozenset[str] = frozenset()
    failed: frozenset[str] = frozenset()
    partners: tuple[str, ...] = ()

    def goals(self) -> list[NodeAssessment]:
        """Goal assessments, in topological (then file) order."""
        return [n for n in self.nodes.values() if n.kind is Kind.GOAL]

    def non_activities(self) -> list[NodeAssessment]:
        """Assessments of goals, outcomes and outputs."""
        return [n for n in self.nodes.values() if n.kind is not Kind.ACTIVITY]


_KIND_ORDER = {Kind.GOAL: 0, Kind.OUTCOME: 1, Kind.OUTPUT: 2, Kind.ACTIVITY: 3}


def display_order(node: NodeAssessment) -> tuple[int, tuple[object, ...]]:
    """Sort key: goals, outcomes, outputs, activities; ids in natural order (A2 before A10)."""
    return _KIND_ORDER[node.kind], natural_key(node.id)


def toc_argument(toc: object, parameter: str = "toc") -> ToC:
    """``toc`` if it is a :class:`~tocgraph.schema.ToC`; else a ``TypeError`` naming it."""
    if not isinstance(toc, ToC):
        raise TypeError(
            f"{parameter} must be a ToC (from tocgraph.load or tocgraph.loads), "
            f"not {type(toc).__name__}"
        )
    return toc


def id_arguments(values: object, parameter: str) -> tuple[str, ...]:
    """A collection of ids or names as a tuple, refusing a single string.

    A string is itself a collection of letters: ``stop="A1"`` would stop
    ``"A"`` and ``"1"``. It is a ``TypeError`` that names the parameter.

    Examples
    --------
    >>> id_arguments(["A1", "A2"], "stop")
    ('A1', 'A2')
    >>> id_arguments("A1", "stop")
    Traceback (most recent call last):
    ...
    TypeError: stop must be a list of strings such as ['A1'], not a single str 'A1'
    """
    if isinstance(values, str | bytes):
        raise TypeError(
            f"{parameter} must be a list of strings such as [{values!r}], "
            f"not a single {type(values).__name__} {values!r}"
        )
    if not isinstance(values, Iterable):
        raise TypeError(f"{parameter} must be a list of strings, not {type(values).__name__}")
    result = tuple(values)
    for value in result:
        if not isinstance(value, str):
            raise TypeError(f"{parameter} must hold strings, not {type(value).__name__} {value!r}")
    return result


def verdict_dict(node: NodeAssessment | None) -> dict[str, Any] | None:
    """A node's verdict, margin, critical activities and assumptions as JSON-ready data.

    ``None`` stays ``None``.

    ``margin_bounds`` is ``[lower, upper]`` when the margin is not proven
    exactly (then ``margin`` is the lower bound), else ``null``.

    Examples
    --------
    >>> import tocgraph
    >>> result = tocgraph.assess(tocgraph.load("tests/fixtures/warnings.yaml"))
    >>> verdict_dict(result.nodes["G1"])  # doctest: +NORMALIZE_WHITESPACE
    {'verdict': 'potentially_effective', 'margin': 1, 'margin_exact': True,
     'margin_bounds': None, 'critical_activities': ['A1'], 'critical_assumptions': []}
    """
    if node is None:
        return None
    return {
        "verdict": node.verdict.value,
        "margin": node.margin,
        "margin_exact": node.margin_exact,
        "margin_bounds": None if node.margin_bounds is None else list(node.margin_bounds),
        "critical_activities": list(node.critical_activities),
        "critical_assumptions": list(node.critical_assumptions),
    }


def goals_lost(before: Assessment, after: Assessment) -> tuple[str, ...]:
    """Goals potentially effective in ``before`` and not in ``after`` (or gone), by id.

    The one definition of a lost goal, used by what-if, criticality and
    change-request reviews alike.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("tests/fixtures/warnings.yaml")
    >>> goals_lost(assess(toc), assess(toc, stopped=["A1"]))
    ('G1',)
    """
    return tuple(
        sorted(
            (
                g.id
                for g in before.goals()
                if g.verdict is Verdict.POTENTIALLY_EFFECTIVE
                and (g.id not in after.nodes or after.nodes[g.id].verdict is not g.verdict)
            ),
            key=natural_key,
        )
    )


def assess(toc: ToC, stopped: Collection[str] = (), failed: Collection[str] = ()) -> Assessment:
    """Verdict, margin, critical activities and assumptions of every node of a ToC.

    Parameters
    ----------
    toc
        A valid ToC.
    stopped
        Ids of activities to treat as stopped, whatever their status (a
        what-if); use :func:`tocgraph.impact` for a scenario with its effect.
    failed
        Ids of named assumptions to treat as failing, whatever their status.

    Raises
    ------
    TypeError
        When ``toc`` is not a ToC, or ``stopped`` or ``failed`` is a single string.
    ScenarioError
        When ``stopped`` names an id that is not an activity of the ToC, or
        ``failed`` one that is not one of its assumptions.

    Returns
    -------
    Assessment

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.loads('''
    ... tocgraph: 1
    ... id: demo
    ... goals: [{id: G1, title: Gelijke kansen}]
    ... outcomes:
    ...   - {id: O1, title: Scholen veranderen, contributes_to: [G1]}
    ... activities:
    ...   - {id: A1, title: Workshops, status: on_track, contributes_to: [O1]}
    ...   - {id: A2, title: Lesmateriaal, status: unclear, contributes_to: [O1]}
    ... ''')
    >>> result = tocgraph.assess(toc)
    >>> g1 = result.nodes["G1"]
    >>> g1.verdict.value, g1.margin, g1.critical_activities
    ('potentially_effective', 1, ('A1',))
    >>> [w.code for w in result.warnings]
    ['TOC305', 'TOC306', 'TOC304']
    """
    toc = toc_argument(toc)
    chosen = id_arguments(stopped, "stopped")
    failing = id_arguments(failed, "failed")
    structure = compile_structure(toc)
    unknown = [a for a in chosen if a not in structure.index]
    if unknown:
        raise scenario_error(phrase("d.scenario.assess", id=unknown[0]))
    # only an activity can stop: a stopped goal or outcome changed nothing, silently
    other = [a for a in chosen if structure.statuses[structure.index[a]] is None]
    if other:
        raise scenario_error(phrase("d.scenario.not_activity", id=other[0]))
    unnamed = [a for a in failing if a not in structure.assumptions]
    if unnamed:
        raise scenario_error(phrase("d.scenario.not_assumption", id=unnamed[0]))
    positions = frozenset(structure.index[a] for a in chosen)
    named = frozenset(structure.assumptions.index(a) for a in failing)
    return assess_structure(structure, toc.id, positions, named)


def assess_structure(
    structure: Structure,
    toc_id: str,
    stopped: frozenset[int],
    failed: frozenset[int] = frozenset(),
) -> Assessment:
    """:func:`assess` on an already compiled graph (used by what-if analyses)."""
    cut = pessimistic_structure(structure, failed)
    alive = evaluate_pessimistic(cut, stopped)
    return assessment_from(
        structure, toc_id, stopped, alive, margins_and_criticals(cut, alive), failed
    )


def assessment_from(
    structure: Structure,
    toc_id: str,
    stopped: frozenset[int],
    alive: Sequence[bool],
    margins: Margins,
    failed: frozenset[int] = frozenset(),
) -> Assessment:
    """The :class:`Assessment` of already computed support and margins.

    ``alive`` and ``margins`` are those of the pessimistic graph
    (:func:`~tocgraph.analysis.assumptions.pessimistic_structure`) under
    ``stopped`` and ``failed``; ``structure`` is the whole graph.
    """
    values = evaluate(structure, stopped, failed)
    carried = critical_assumptions(structure, alive, stopped, failed)
    names = structure.assumptions
    ids = structure.ids
    nodes: dict[str, NodeAssessment] = {}
    for position, node_id in enumerate(ids):
        nodes[node_id] = NodeAssessment(
            id=node_id,
            kind=structure.kinds[position],
            support=values[position],
            verdict=verdict_of(values[position]),
            margin=margins.values[position],
            critical_activities=tuple(
                sorted((ids[a] for a in margins.criticals[position]), key=natural_key)
            ),
            margin_exact=margins.bounds[position] is None,
            margin_bounds=margins.bounds[position],
            requires=structure.rules[position] if structure.rules else None,
            required=structure.required[position],
            contributors=len(structure.contributors[position]),
            requires_stated=bool(structure.stated and structure.stated[position]),
            critical_assumptions=tuple(
                sorted((names[a] for a in carried[position]), key=natural_key)
            ),
        )
    statuses = Counter(
        Status.STOPPED if p in stopped else s
        for p, s in enumerate(structure.statuses)
        if s is not None
    )
    return Assessment(
        toc_id=toc_id,
        nodes=FrozenDict(nodes),
        warnings=_warnings(structure, nodes, stopped),
        activity_status=FrozenDict({s: statuses[s] for s in Status if statuses[s]}),
        stopped=frozenset(ids[p] for p in stopped),
        failed=frozenset(names[a] for a in failed),
    )


def _warnings(
    structure: Structure, nodes: Mapping[str, NodeAssessment], stopped: frozenset[int]
) -> tuple[Diagnostic, ...]:
    ids = structure.ids
    reaches_goal = [False] * len(ids)
    for position in range(len(ids) - 1, -1, -1):
        reaches_goal[position] = structure.kinds[position] is Kind.GOAL or any(
            reaches_goal[t] for t in structure.targets[position]
        )
    found: list[Diagnostic] = []

    def warn(code: str, node_id: str, **values: PhraseArg) -> None:
        message = phrase(f"w.{code}", node=node_id, **values)
        found.append(diagnostic(code, message, phrase(f"h.{code}"), node=node_id))

    for position, node_id in enumerate(ids):
        kind = structure.kinds[position]
        if not reaches_goal[position]:
            warn("TOC301", node_id, kind=phrase(kind.value))
        if kind is not Kind.ACTIVITY and not structure.contributors[position]:
            warn("TOC302", node_id, kind=phrase(kind.value))
        assessment = nodes[node_id]
        if kind is Kind.GOAL and assessment.verdict is not Verdict.POTENTIALLY_EFFECTIVE:
            warn("TOC303", node_id, verdict=phrase(assessment.verdict.value))
        if kind is Kind.GOAL and assessment.margin == 1:
            warn("TOC304", node_id, activities=", ".join(assessment.critical_activities))
        if structure.statuses[position] is Status.UNCLEAR and position not in stopped:
            warn("TOC305", node_id)
        contributors = len(structure.contributors[position])
        if kind is not Kind.ACTIVITY and contributors >= 2 and not structure.stated[position]:
            warn("TOC306", node_id, kind=phrase(kind.value), n=contributors)
    used = used_assumptions(structure)
    for a, name in enumerate(structure.assumptions):
        if a not in used:
            warn("TOC321", name)
    return tuple(found)
