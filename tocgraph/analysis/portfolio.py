"""The portfolio: every alliance of a subsidy scheme side by side, for the ministry.

:func:`portfolio` takes loaded ToCs (and, optionally, the scheme's policy file)
and returns activity statuses in the categories of the midterm evaluation,
goal verdicts and margins, subsidy ceilings, the organisations that work in
several alliances, which alliance goals serve each policy aim and domain, and,
for a partner that loses capacity, what that does across all alliances (built
on :func:`tocgraph.impact`, one ToC at a time).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from tocgraph.analysis.assessment import Assessment, NodeAssessment, assess, id_arguments
from tocgraph.analysis.budget import BudgetTotals, budget_totals
from tocgraph.analysis.monitoring import OutcomeCoverage, check_day, outcome_coverage
from tocgraph.analysis.partners import portfolio_partner_warnings
from tocgraph.analysis.portfolio_dict import portfolio_dict
from tocgraph.analysis.status_counts import CATEGORY_OF, Category, StatusCounts
from tocgraph.analysis.support import Verdict
from tocgraph.analysis.whatif import Impact, impact
from tocgraph.errors import Diagnostic, InvalidToCError, phrase
from tocgraph.hints import known_phrase, parts, suggestion
from tocgraph.i18n import Lang, diagnostic, scenario_error
from tocgraph.schema.base import FrozenDict
from tocgraph.schema.model import Status, ToC
from tocgraph.schema.policy import Policy, PolicyKind

__all__ = [
    "CATEGORY_OF",
    "Alliance",
    "AllianceGoal",
    "Category",
    "Coverage",
    "Organisation",
    "Portfolio",
    "Scenario",
    "ServingGoal",
    "StatusCounts",
    "input_problems",
    "portfolio",
]


@dataclass(frozen=True)
class AllianceGoal:
    """One goal of an alliance: its verdict and margin, and the policy ids it serves.

    ``margin_bounds`` is ``None`` when the margin is exact, else the proven
    ``(lower, upper)`` (``margin`` is then the lower bound).
    """

    id: str
    title: str
    verdict: Verdict
    margin: int
    critical_activities: tuple[str, ...]
    serves: tuple[str, ...]
    margin_bounds: tuple[int, int] | None = None
    node: NodeAssessment | None = None

    @property
    def requires(self) -> str | int | None:
        """The goal's ``requires`` as the file states it or the default (``None`` if unknown)."""
        return None if self.node is None else self.node.requires

    def rule(self, lang: Lang = "en") -> str:
        """The goal's rule in words (``needs all 3``), ``""`` for fewer than two contributors."""
        return "" if self.node is None else self.node.rule(lang)

    @property
    def critical_assumptions(self) -> tuple[str, ...]:
        """The named assumptions whose failing alone takes the goal's support away."""
        return () if self.node is None else self.node.critical_assumptions


@dataclass(frozen=True)
class Alliance:
    """One alliance (one ToC) in the portfolio.

    ``budget`` holds its activities' budgets per partner and year
    (:func:`~tocgraph.analysis.budget.budget_totals`, as ``tocgraph check``
    reports them), ``None`` when no activity states one.
    """

    id: str
    name: str | None
    lead: str | None
    members: tuple[str, ...]
    subsidy_ceiling_eur: int | None
    existed_2017_2022: bool | None
    activities: StatusCounts
    goals: tuple[AllianceGoal, ...]
    illustrative: bool = False
    monitoring: OutcomeCoverage | None = None
    budget: BudgetTotals | None = None


@dataclass(frozen=True)
class Organisation:
    """An organisation that is partner or lead in more than one alliance.

    ``alliances`` and ``leads`` are sorted alliance ids; ``activities`` counts
    the activities it runs across the portfolio.
    """

    name: str
    alliances: tuple[str, ...]
    leads: tuple[str, ...]
    activities: int


@dataclass(frozen=True)
class ServingGoal:
    """An alliance goal that serves a policy aim or domain."""

    alliance: str
    goal: str
    verdict: Verdict
    margin: int
    margin_bounds: tuple[int, int] | None = None


@dataclass(frozen=True)
class Coverage:
    """The alliance goals that serve one policy aim or domain."""

    id: str
    kind: PolicyKind
    title: str
    goals: tuple[ServingGoal, ...]

    @property
    def covered(self) -> bool:
        """True when at least one serving goal is potentially effective."""
        return any(g.verdict is Verdict.POTENTIALLY_EFFECTIVE for g in self.goals)


@dataclass(frozen=True)
class Scenario:
    """Partners dropping out of every alliance at once.

    ``impacts`` holds :func:`tocgraph.impact` for every alliance where one of
    the ``partners`` runs an activity (with just those that do), by alliance
    id. ``coverage_lost`` names the aims and domains that a potentially
    effective goal serves now and none would any more.
    """

    partners: tuple[str, ...]
    impacts: Mapping[str, Impact]
    coverage_lost: tuple[str, ...]

    def goals_lost(self) -> dict[str, list[str]]:
        """Goals that lose their potential effectiveness, by alliance (only where any do)."""
        lost = {alliance: i.goals_lost() for alliance, i in self.impacts.items()}
        return {alliance: goals for alliance, goals in lost.items() if goals}


@dataclass(frozen=True)
class Portfolio:
    """The result of :func:`portfolio`.

    Alliances are sorted by id; ``activities`` counts over all of them, and
    ``subsidy_ceiling_eur`` sums their ceilings (a missing one counts 0).
    ``organisations`` are those in more than one alliance, by name.
    ``coverage`` has one entry per aim and domain of ``policy``, in its order
    (empty without a policy). ``scenario`` is set when partners were named.
    ``findings`` are ``TOC404`` warnings for aims and domains that no
    potentially effective goal serves, each naming the policy id in ``node``,
    then ``TOC405`` warnings for partners that alliances write in different
    ways (:func:`~tocgraph.analysis.partners.portfolio_partner_warnings`).
    ``as_of`` is the date each alliance's ``monitoring`` (outcomes with an
    indicator measured in the twelve months up to it) is counted on.
    """

    alliances: tuple[Alliance, ...]
    activities: StatusCounts
    subsidy_ceiling_eur: int
    organisations: tuple[Organisation, ...]
    policy: Policy | None
    coverage: tuple[Coverage, ...]
    scenario: Scenario | None
    findings: tuple[Diagnostic, ...]
    as_of: dt.date | None = None

    @property
    def illustrative(self) -> bool:
        """Whether any of the alliances' files is marked ``illustrative: true``."""
        return any(a.illustrative for a in self.alliances)

    @property
    def budget_eur(self) -> int:
        """The budgets of the activities not stopped, summed over the alliances."""
        return sum(a.budget.total for a in self.alliances if a.budget is not None)

    @property
    def budget_stopped_eur(self) -> int:
        """The budgets of stopped activities, summed over the alliances (not in the above)."""
        return sum(a.budget.stopped for a in self.alliances if a.budget is not None)

    def to_dict(self, findings: Sequence[Diagnostic] | None = None) -> dict[str, object]:
        """The JSON document of ``tocgraph portfolio --json``, keys in a fixed order.

        ``findings`` replaces :attr:`findings`, e.g. by the same diagnostics
        located in the policy file.
        """
        return portfolio_dict(self, findings)


def input_problems(
    tocs: Sequence[ToC], policy: Policy | None = None
) -> tuple[tuple[int, Diagnostic], ...]:
    """Errors that stop a portfolio, each with the index of the ToC it is in.

    ``TOC403`` for a ToC id used before in ``tocs``; with a policy, ``TOC402``
    for each id in a goal's ``serves`` that the policy does not have (naming
    the goal in ``node``, so a caller with the file can locate it).
    """
    found: list[tuple[int, Diagnostic]] = []
    seen: set[str] = set()
    known = policy.ids() if policy is not None else ()
    for index, toc in enumerate(tocs):
        if toc.id in seen:
            message = phrase("d.TOC403", id=toc.id)
            found.append((index, diagnostic("TOC403", message, phrase("dh.TOC403"))))
        seen.add(toc.id)
        if policy is None:
            continue
        for goal in toc.goals:
            for item in goal.serves:
                if item in known:
                    continue
                hint = parts(
                    suggestion(item, known), known_phrase(phrase("dh.label.policy_ids"), known)
                )
                message = phrase("d.TOC402", goal=goal.id, toc=toc.id, item=item)
                found.append((index, diagnostic("TOC402", message, hint, node=goal.id)))
    return tuple(found)


def portfolio(
    tocs: Iterable[ToC],
    policy: Policy | None = None,
    partners: Iterable[str] = (),
    *,
    as_of: dt.date | None = None,
) -> Portfolio:
    """Look at all alliances of a scheme together.

    Parameters
    ----------
    tocs
        Valid ToCs, one per alliance, with different ids.
    policy
        The scheme's aims and domains; every id in a goal's ``serves`` must be one.
    partners
        Organisations that lose capacity: every activity they run, in every
        alliance, stops.
    as_of
        The date monitoring coverage is counted on (default: today).

    Returns
    -------
    Portfolio

    Raises
    ------
    InvalidToCError
        With ``TOC402`` and ``TOC403`` problems (see :func:`input_problems`).
    ScenarioError
        When a named partner runs no activity in any of the ToCs.

    Examples
    --------
    >>> from tocgraph.loading import load
    >>> from tocgraph.loading.discover import toc_files
    >>> from tocgraph.loading.policy import load_policy
    >>> tocs = [load(p) for p in toc_files(["models"])]
    >>> result = portfolio(tocs, load_policy("models/policy.yaml"))
    >>> len(result.alliances), result.subsidy_ceiling_eur
    (8, 46714031)
    >>> [o.name for o in result.organisations]
    ['COC Nederland', 'Movisie', 'Rutgers', 'Women Inc.']
    >>> scenario = portfolio(tocs, partners=["Rutgers"]).scenario
    >>> sorted(scenario.impacts)
    ['act4respect-unlimited', 'gezondheidszorg-op-maat', 'jong-gelijk']
    """
    given = _tocs(tocs)
    check_day(as_of)
    if policy is not None and not isinstance(policy, Policy):
        raise TypeError(
            f"policy must be a Policy (tocgraph.load_policy), not {type(policy).__name__}"
        )
    problems = input_problems(given, policy)
    if problems:
        raise InvalidToCError([d for _, d in problems])
    ordered = sorted(given, key=lambda t: t.id)
    assessments = {toc.id: assess(toc) for toc in ordered}
    day = as_of if as_of is not None else dt.date.today()
    alliances = tuple(
        _alliance(toc, assessments[toc.id], outcome_coverage(toc, day)) for toc in ordered
    )
    coverage = _coverage(policy, ordered, assessments) if policy is not None else ()
    scenario = None
    named = tuple(dict.fromkeys(id_arguments(partners, "partners")))
    if named:
        impacts = _drop_out(ordered, named)
        after = dict(assessments)
        after.update({alliance: i.after for alliance, i in impacts.items()})
        later = _coverage(policy, ordered, after) if policy is not None else ()
        lost = tuple(
            c.id for c, d in zip(coverage, later, strict=True) if c.covered and not d.covered
        )
        scenario = Scenario(named, FrozenDict(impacts), lost)
    totals: Counter[Status] = Counter()
    for alliance in alliances:
        totals.update(alliance.activities.by_status)
    return Portfolio(
        alliances=alliances,
        activities=StatusCounts.of(totals),
        subsidy_ceiling_eur=sum(a.subsidy_ceiling_eur or 0 for a in alliances),
        organisations=_organisations(ordered),
        policy=policy,
        coverage=coverage,
        scenario=scenario,
        findings=(
            *(_unserved(c) for c in coverage if not c.covered),
            *(w for _, w in portfolio_partner_warnings(ordered)),
        ),
        as_of=day,
    )


def _tocs(tocs: object) -> list[ToC]:
    """``tocs`` as a list, each a loaded ToC (not one ToC, not file names)."""
    if isinstance(tocs, ToC | str) or not isinstance(tocs, Iterable):
        raise TypeError(f"tocs must be a list of ToCs (tocgraph.load), not {type(tocs).__name__}")
    given = list(tocs)
    for toc in given:
        if not isinstance(toc, ToC):
            raise TypeError(f"tocs must hold ToCs (tocgraph.load), not {type(toc).__name__}")
    return given


def _members(toc: ToC) -> tuple[str, ...]:
    """Declared partners, then the lead and activity partners not declared."""
    names = [*(toc.partners or ()), *([toc.lead] if toc.lead else [])]
    names += [a.partner for a in toc.activities if a.partner]
    return tuple(dict.fromkeys(names))


def _alliance(
    toc: ToC, assessment: Assessment, monitoring: OutcomeCoverage | None = None
) -> Alliance:
    goals = []
    for g in toc.goals:
        n = assessment.nodes[g.id]
        goals.append(
            AllianceGoal(
                g.id,
                g.title,
                n.verdict,
                n.margin or 0,
                n.critical_activities,
                g.serves,
                n.margin_bounds,
                n,
            )
        )
    return Alliance(
        id=toc.id,
        name=toc.name,
        lead=toc.lead,
        members=_members(toc),
        subsidy_ceiling_eur=toc.subsidy_ceiling_eur,
        existed_2017_2022=toc.existed_2017_2022,
        activities=StatusCounts.of(assessment.activity_status),
        goals=tuple(goals),
        illustrative=toc.illustrative,
        monitoring=monitoring,
        budget=budget_totals(toc),
    )


def _organisations(tocs: Sequence[ToC]) -> tuple[Organisation, ...]:
    member_of: dict[str, list[str]] = {}
    for toc in tocs:
        for name in _members(toc):
            member_of.setdefault(name, []).append(toc.id)
    shared = []
    for name, alliances in member_of.items():
        if len(alliances) < 2:
            continue
        leads = tuple(sorted(t.id for t in tocs if t.lead == name))
        runs = sum(a.partner == name for t in tocs for a in t.activities)
        shared.append(Organisation(name, tuple(sorted(alliances)), leads, runs))
    return tuple(sorted(shared, key=lambda o: (o.name.casefold(), o.name)))


def _drop_out(tocs: Sequence[ToC], partners: Sequence[str]) -> dict[str, Impact]:
    runners = {toc.id: {a.partner for a in toc.activities if a.partner} for toc in tocs}
    everyone = set().union(*runners.values()) if runners else set()
    for partner in partners:
        if partner not in everyone:
            raise scenario_error(
                phrase("d.scenario.partner_anywhere", partner=partner),
                suggestion(partner, everyone),
                known_phrase(phrase("dh.label.partners"), everyone),
            )
    impacts = {}
    for toc in tocs:
        here = [p for p in partners if p in runners[toc.id]]
        if here:
            impacts[toc.id] = impact(toc, partners=here)
    return impacts


def _coverage(
    policy: Policy, tocs: Sequence[ToC], assessments: Mapping[str, Assessment]
) -> tuple[Coverage, ...]:
    result = []
    for item in policy.items():
        serving = []
        for toc in tocs:
            for goal in toc.goals:
                if item.id in goal.serves:
                    node = assessments[toc.id].nodes[goal.id]
                    serving.append(
                        ServingGoal(
                            toc.id, goal.id, node.verdict, node.margin or 0, node.margin_bounds
                        )
                    )
        result.append(Coverage(item.id, policy.kind_of(item.id), item.title, tuple(serving)))
    return tuple(result)


def _unserved(coverage: Coverage) -> Diagnostic:
    what = phrase(f"dh.policy.{coverage.kind}")
    goals = ", ".join(f"{g.alliance} {g.goal}" for g in coverage.goals)
    if not goals:
        message = phrase("d.TOC404.none", what=what, id=coverage.id)
        hint = phrase("dh.TOC404.none")
    else:
        message = phrase("d.TOC404.weak", what=what, id=coverage.id)
        hint = phrase("dh.TOC404.weak", goals=goals)
    return diagnostic("TOC404", message, hint, node=coverage.id)
