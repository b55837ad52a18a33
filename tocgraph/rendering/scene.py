"""What a picture of a ToC shows, before it is written as DOT or Mermaid.

:func:`build_scene` turns a ToC and its assessment into a :class:`Scene`: every
node with its wrapped title, its small caption lines and its :class:`Look`,
every link, the groups and the legend. The writers in
:mod:`tocgraph.rendering.dot` and :mod:`tocgraph.rendering.mermaid` only spell a
scene out, so both formats encode the same things in the same words.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Literal, get_args

import tocgraph.i18n as i18n
from tocgraph.analysis.assessment import Assessment, NodeAssessment
from tocgraph.analysis.support import Verdict
from tocgraph.errors import OptionError
from tocgraph.graph.networkx_view import check_assessment
from tocgraph.hints import natural_key
from tocgraph.i18n import Lang
from tocgraph.rendering.edges import SceneEdge, scene_edge
from tocgraph.rendering.style import (
    EDGE_ASSUMPTION_AT_RISK,
    EDGE_ASSUMPTION_FAILS,
    EDGE_NO_SUPPORT,
    EDGE_UNCERTAIN,
    EdgeLook,
    Look,
    activity_look,
    changed_look,
    verdict_look,
)
from tocgraph.rendering.text import NODE_ID, plain
from tocgraph.schema.model import (
    Activity,
    AssumptionStatus,
    Goal,
    Kind,
    Outcome,
    Output,
    Status,
    ToC,
)

__all__ = [
    "LEVELS",
    "ChangedBy",
    "Direction",
    "Group",
    "LegendItem",
    "Scene",
    "SceneEdge",
    "SceneNode",
    "build_scene",
    "check_options",
]

Direction = Literal["TB", "LR"]
Group = Literal["partner", "strategy"]
ChangedBy = Literal["scenario", "change_request"]

LEVELS: tuple[Kind, ...] = (Kind.ACTIVITY, Kind.OUTPUT, Kind.OUTCOME, Kind.GOAL)
"""The ranks of a picture, from the activities to the goals."""

WRAP = {"TB": 26, "LR": 36}
"""Characters per title line: narrow when a level is a row, wider when it is a column."""

Node = Goal | Outcome | Output | Activity


def check_options(
    lang: object, direction: object, group: object, changed_by: object = "scenario"
) -> None:
    """Raise ``ValueError`` naming the parameter when an option is not one we know.

    Examples
    --------
    >>> check_options("nl", "TB", None)
    >>> check_options("xx", "TB", None)
    Traceback (most recent call last):
    ...
    tocgraph.errors.OptionError: unknown lang 'xx'; choose one of 'en', 'nl'
    """
    for name, value, allowed in (
        ("lang", lang, get_args(Lang)),
        ("direction", direction, get_args(Direction)),
        ("group", group, (None, *get_args(Group))),
        ("changed_by", changed_by, get_args(ChangedBy)),
    ):
        if not any(value is a or (type(value) is str and value == a) for a in allowed):
            choices = ", ".join(repr(a) for a in allowed)
            raise OptionError(f"unknown {name} {value!r}; choose one of {choices}")


@dataclass(frozen=True)
class SceneNode:
    """One node as drawn: ``caption`` lines are small, above the ``title`` lines.

    ``cues`` name what the look encodes (``("ineffective", "changed")``,
    ``("delayed", "critical")``), for class names in SVG and Mermaid.
    """

    id: str
    kind: Kind
    title: tuple[str, ...]
    caption: tuple[str, ...]
    look: Look
    cues: tuple[str, ...]
    group: str | None
    tooltip: str


@dataclass(frozen=True)
class LegendItem:
    """One legend entry: a sample node (``look``) or link (``edge``), and its text."""

    text: str
    look: Look | None = None
    edge: EdgeLook | None = None
    cues: tuple[str, ...] = ()
    kind: Kind | None = None


@dataclass(frozen=True)
class Scene:
    """Everything a writer needs, in drawing order; see :func:`build_scene`."""

    toc_id: str
    title: str
    scenario: str | None
    direction: Direction
    nodes: tuple[SceneNode, ...]
    edges: tuple[SceneEdge, ...]
    groups: tuple[str, ...]
    legend: tuple[LegendItem, ...]
    notice: str | None = None

    def level(self, kind: Kind) -> tuple[SceneNode, ...]:
        """The nodes of one level, in file order."""
        return tuple(n for n in self.nodes if n.kind is kind)


def build_scene(
    toc: ToC,
    assessment: Assessment,
    baseline: Assessment | None = None,
    *,
    lang: Lang = "en",
    direction: Direction = "LR",
    group: Group | None = None,
    changed_by: ChangedBy = "scenario",
) -> Scene:
    """Decide what to draw for ``toc`` as ``assessment`` sees it.

    Parameters
    ----------
    toc
        The ToC.
    assessment
        Its assessment; under a scenario, ``impact.after``.
    baseline
        The assessment to compare with (``impact.before``); nodes whose verdict
        or margin differ from it are marked as changed.
    lang
        Language of every word in the picture.
    direction
        ``"TB"``: goals on top, activities at the bottom; ``"LR"``: activities
        on the left, goals on the right.
    group
        Draw activities in a box per partner or per strategy.
    changed_by
        What ``baseline`` is compared with, for the legend: ``"scenario"`` (a
        what-if) or ``"change_request"`` (the ToC after a change request).

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/jong-gelijk.yaml")
    >>> scene = build_scene(toc, tocgraph.assess(toc), lang="nl")
    >>> goal = scene.level(Kind.GOAL)[0]
    >>> goal.caption
    ('G1 | potentieel effectief | marge 2 | vereist alle 4',)
    >>> goal.title[0]
    'Jongeren geven elkaar meer ruimte om'

    A node that ``baseline`` lacks (a change request added it) is drawn as
    changed, with the caption line ``added``.
    """
    check_options(lang, direction, group, changed_by)
    for node in toc.nodes():
        if not NODE_ID.fullmatch(node.id):  # only a ToC built without validation has one
            raise ValueError(f"node id {node.id!r} cannot be drawn; ids look like 'A1' or 'O-1.b'")
    check_assessment(toc, assessment)
    if baseline is not None and baseline.toc_id != toc.id:  # another version, never another ToC
        raise OptionError(
            f"the baseline is of the ToC {baseline.toc_id!r}, not of {toc.id!r}: pass the"
            " assessment of this ToC before the scenario or change"
        )
    width = WRAP[direction]
    critical = _critical_for(assessment)
    nodes = [
        _activity(node, assessment, baseline, critical, lang, width, group)
        if isinstance(node, Activity)
        else _non_activity(node, assessment, baseline, lang, width)
        for node in toc.nodes()
    ]
    looks = {n.id: n for n in nodes}
    statuses = {
        a.id: AssumptionStatus.FAILS if a.id in assessment.failed else a.status
        for a in toc.assumptions
    }
    texts = {a.id: a.text for a in toc.assumptions}
    edges = [
        scene_edge(node.id, link, looks[node.id].look, statuses, texts, lang)
        for node in toc.nodes()
        if not isinstance(node, Goal)
        for link in node.contributes_to
    ]
    groups = tuple(dict.fromkeys(n.group for n in nodes if n.group is not None))
    stopped = i18n.and_list(sorted(assessment.stopped, key=natural_key), lang)
    partners = i18n.and_list([plain(p) for p in assessment.partners], lang)
    # name who drops out, not only what stops
    many = len(assessment.partners) > 1
    key = "render.scenario" + ("" if not partners else ".partners" if many else ".partner")
    scenario = i18n.text(key, lang, stopped=stopped, partners=partners) if stopped else None
    failed = sorted(assessment.failed, key=natural_key)
    if failed:
        fails = i18n.text("scenario.fail", lang, ids=i18n.and_list(failed, lang))
        scenario = f"{scenario}; {fails}" if scenario else fails
    name = plain(toc.name or "")
    return Scene(
        toc_id=toc.id,
        title=f"{name} ({toc.id})" if name else toc.id,
        scenario=scenario,
        direction=direction,
        nodes=tuple(nodes),
        edges=tuple(edges),
        groups=groups,
        legend=_legend(
            lang,
            changed_by=changed_by,
            cues=frozenset(cue for n in nodes for cue in n.cues),
            edges=frozenset(e.look for e in edges),
        ),
        notice=i18n.text("illustrative.notice", lang) if toc.illustrative else None,
    )


def _critical_for(assessment: Assessment) -> dict[str, list[str]]:
    """Activity id -> the goals that depend on it alone."""
    found: dict[str, list[str]] = {}
    for goal in assessment.goals():
        for activity in goal.critical_activities:
            found.setdefault(activity, []).append(goal.id)
    return found


def _wrap(title: str, width: int) -> tuple[str, ...]:
    text = plain(title)
    if len(text) <= width:  # one line already (plain leaves single spaces only)
        return (text,) if text else ()
    return tuple(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False))


def _non_activity(
    node: Node, assessment: Assessment, baseline: Assessment | None, lang: Lang, width: int
) -> SceneNode:
    now = assessment.nodes[node.id]
    before = baseline.nodes.get(node.id) if baseline is not None else None
    added = baseline is not None and before is None
    changed = added or (
        before is not None and (before.verdict, before.margin) != (now.verdict, now.margin)
    )
    # margins are shown on goals, and on any node whose margin a scenario changed
    margin = node.kind is Kind.GOAL or changed
    rule = now.rule(lang)
    horizon = getattr(node, "horizon", None)  # outcomes may say when they are expected
    extra = [rule] if rule else []
    extra += [i18n.text(f"horizon.{horizon.value}", lang)] if horizon is not None else []
    caption = [" | ".join([node.id, _state(now, lang, margin=margin), *extra])]
    if before is not None and changed:
        was = _state(before, lang, margin=margin, sep=", ")
        caption.append(i18n.text("render.was", lang, was=was))
    elif added:
        caption.append(i18n.text("diff.added", lang))
    return SceneNode(
        id=node.id,
        kind=node.kind,
        title=_wrap(node.title, width),
        caption=tuple(caption),
        look=verdict_look(now.verdict, changed=changed),
        cues=_verdict_cues(now.verdict, changed=changed) + (("added",) if added else ()),
        group=None,
        tooltip=plain(node.title),
    )


def _verdict_cues(verdict: Verdict, *, changed: bool) -> tuple[str, ...]:
    short = verdict.value.removeprefix("potentially_")
    return (short, "changed") if changed else (short,)


def _state(node: NodeAssessment, lang: Lang, *, margin: bool, sep: str = " | ") -> str:
    text = i18n.text(node.verdict.value, lang)
    if margin:
        text += sep + i18n.text("render.margin", lang, margin=node.margin)
    return text


def _activity(
    node: Activity,
    assessment: Assessment,
    baseline: Assessment | None,
    critical: dict[str, list[str]],
    lang: Lang,
    width: int,
    group: Group | None,
) -> SceneNode:
    """An activity; one that ``baseline`` lacks, or whose support differs from it other than
    by the scenario's stops (a change request stopped it, say), is marked as changed."""
    in_scenario = node.id in assessment.stopped
    before = None if baseline is None else baseline.nodes.get(node.id)
    added = baseline is not None and before is None
    changed = added or (
        before is not None
        and not in_scenario
        and before.verdict is not assessment.nodes[node.id].verdict
    )
    status = Status.STOPPED if in_scenario else node.status
    words = (
        i18n.text("render.stopped_in_scenario", lang)
        if in_scenario
        else i18n.text(status.value, lang)
    )
    parts = [node.id, words]
    if node.partner and plain(node.partner) and group != "partner":
        parts.append(plain(node.partner))
    caption = [" | ".join(parts)]
    goals = critical.get(node.id, [])
    if goals:
        caption.append(i18n.text("render.critical", lang, goals=", ".join(goals)))
    if added:
        caption.append(i18n.text("diff.added", lang))
    look = activity_look(status, critical=bool(goals))
    cues = (status.value, *(("critical",) if goals else ()), *(("changed",) if changed else ()))
    return SceneNode(
        id=node.id,
        kind=node.kind,
        title=_wrap(node.title, width),
        caption=tuple(caption),
        look=changed_look(look) if changed else look,
        cues=(*cues, "added") if added else cues,
        group=_group_of(node, group, lang),
        tooltip=plain(node.title),
    )


def _group_of(node: Activity, group: Group | None, lang: Lang) -> str | None:
    if group == "partner":
        return plain(node.partner or "") or i18n.text("render.no_partner", lang)
    if group == "strategy":
        if node.strategy is None:
            return i18n.text("render.no_strategy", lang)
        return i18n.text(f"strategy.{node.strategy.value}", lang)
    return None


def _legend(
    lang: Lang, *, changed_by: ChangedBy, cues: frozenset[str], edges: frozenset[EdgeLook]
) -> tuple[LegendItem, ...]:
    """The legend of what the picture uses (``cues`` of its nodes, looks of its links).

    A cue the picture does not show is left out: a legend of every possible look
    took a third of the height of a small ToC's picture.
    """

    def status(s: Status) -> str:
        return i18n.text(s.value, lang)

    running = (Status.PLANNED, Status.ON_TRACK, Status.ACHIEVED)  # drawn alike
    items = [
        LegendItem(
            i18n.text(v.value, lang),
            verdict_look(v),
            cues=_verdict_cues(v, changed=False),
            kind=Kind.OUTCOME,
        )
        for v in Verdict
        if _verdict_cues(v, changed=False)[0] in cues
    ]
    if cues & {s.value for s in running}:
        label = ", ".join(status(s) for s in running)
        look = activity_look(Status.ON_TRACK)
        items.append(LegendItem(label, look, cues=("on_track",), kind=Kind.ACTIVITY))
    items += [
        LegendItem(status(s), activity_look(s), cues=(s.value,), kind=Kind.ACTIVITY)
        for s in (Status.DELAYED, Status.ADJUSTED, Status.UNCLEAR, Status.STOPPED)
        if s.value in cues
    ]
    if "critical" in cues:
        look = activity_look(Status.ON_TRACK, critical=True)
        label = i18n.text("render.legend.critical", lang)
        items.append(LegendItem(label, look, cues=("on_track", "critical"), kind=Kind.ACTIVITY))
    if "changed" in cues:
        changed = "changed_request" if changed_by == "change_request" else "changed"
        look = verdict_look(Verdict.POTENTIALLY_EFFECTIVE, changed=True)
        label = i18n.text(f"render.legend.{changed}", lang)
        items.append(LegendItem(label, look, cues=("effective", "changed"), kind=Kind.OUTCOME))
    items += [
        LegendItem(i18n.text(f"render.legend.{key}", lang), edge=edge)
        for key, edge in (
            ("no_support", EDGE_NO_SUPPORT),
            ("uncertain", EDGE_UNCERTAIN),
            ("assumption_fails", EDGE_ASSUMPTION_FAILS),
            ("assumption_at_risk", EDGE_ASSUMPTION_AT_RISK),
        )
        if edge in edges
    ]
    items.append(LegendItem(i18n.text("render.legend.margin", lang)))
    return tuple(items)
