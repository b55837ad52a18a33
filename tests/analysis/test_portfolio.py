"""The portfolio: totals, categories, shared partners, coverage, and drop-out across files."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tocgraph
from tests.conftest import MODELS, ROOT
from tocgraph.analysis.portfolio import (
    CATEGORY_OF,
    Category,
    StatusCounts,
    input_problems,
    portfolio,
)
from tocgraph.analysis.support import Verdict
from tocgraph.errors import InvalidToCError, ScenarioError
from tocgraph.loading.discover import toc_files
from tocgraph.loading.policy import load_policy
from tocgraph.schema.model import Status, ToC

FIXTURE = ROOT / "tests" / "fixtures" / "portfolio"
MODEL_TOCS = [tocgraph.load(p) for p in toc_files([MODELS])]
POLICY = load_policy(MODELS / "policy.yaml")
FIXTURE_TOCS = [tocgraph.load(p) for p in toc_files([FIXTURE])]
FIXTURE_POLICY = load_policy(FIXTURE / "policy.yaml")
ACTIVITY_PARTNERS = sorted({a.partner for t in MODEL_TOCS for a in t.activities if a.partner})


def _toc(text: str) -> ToC:
    return tocgraph.loads(text)


def test_the_subsidy_ceilings_add_up_to_ruim_46_miljoen() -> None:
    result = portfolio(MODEL_TOCS, POLICY)
    assert result.subsidy_ceiling_eur == 46_714_031
    assert result.subsidy_ceiling_eur == sum(t.subsidy_ceiling_eur or 0 for t in MODEL_TOCS)
    assert [a.id for a in result.alliances] == sorted(t.id for t in MODEL_TOCS)


def test_every_status_has_one_category_in_the_evaluations_order() -> None:
    assert set(CATEGORY_OF) == set(Status)
    assert list(Category)[:4] == [
        Category.ACHIEVED_OR_ON_TRACK,
        Category.DELAYED_OR_ADJUSTED,
        Category.STOPPED,
        Category.UNCLEAR,
    ]
    assert {CATEGORY_OF[Status.ACHIEVED], CATEGORY_OF[Status.ON_TRACK]} == {
        Category.ACHIEVED_OR_ON_TRACK
    }
    assert {CATEGORY_OF[Status.DELAYED], CATEGORY_OF[Status.ADJUSTED]} == {
        Category.DELAYED_OR_ADJUSTED
    }


def test_status_counts_per_alliance_and_in_total() -> None:
    result = portfolio(FIXTURE_TOCS)
    alpha, beta = result.alliances
    assert [alpha.activities.count(c) for c in Category] == [2, 1, 1, 0, 0]
    assert [beta.activities.count(c) for c in Category] == [1, 1, 0, 1, 1]
    assert [result.activities.count(c) for c in Category] == [3, 2, 1, 1, 1]
    assert result.activities.total == 8
    assert result.activities.percent(Category.ACHIEVED_OR_ON_TRACK) == 37.5
    assert StatusCounts.of({}).percent(Category.STOPPED) == 0.0


def test_activity_totals_match_every_file() -> None:
    result = portfolio(MODEL_TOCS)
    assert result.activities.total == sum(len(t.activities) for t in MODEL_TOCS)
    for toc, alliance in zip(sorted(MODEL_TOCS, key=lambda t: t.id), result.alliances, strict=True):
        statuses = [a.status for a in toc.activities]
        assert dict(alliance.activities.by_status) == {s: statuses.count(s) for s in Status}


def test_goal_verdicts_and_margins_are_those_of_assess() -> None:
    result = portfolio(MODEL_TOCS + FIXTURE_TOCS)
    by_id = {t.id: t for t in MODEL_TOCS + FIXTURE_TOCS}
    for alliance in result.alliances:
        assessment = tocgraph.assess(by_id[alliance.id])
        for goal in alliance.goals:
            node = assessment.nodes[goal.id]
            assert (goal.verdict, goal.margin) == (node.verdict, node.margin)
            assert goal.critical_activities == node.critical_activities


def test_organisations_in_several_alliances() -> None:
    result = portfolio(MODEL_TOCS)
    shared = {o.name: o for o in result.organisations}
    assert sorted(shared) == ["COC Nederland", "Movisie", "Rutgers", "Women Inc."]
    assert shared["Rutgers"].leads == ("act4respect-unlimited", "jong-gelijk")
    assert shared["COC Nederland"].alliances == (
        "act4respect-unlimited",
        "gezondheidszorg-op-maat",
        "kleurrijk-en-vrij",
    )
    for organisation in result.organisations:
        runs = sum(a.partner == organisation.name for t in MODEL_TOCS for a in t.activities)
        assert organisation.activities == runs


def test_every_policy_item_is_served_by_the_models() -> None:
    result = portfolio(MODEL_TOCS, POLICY)
    assert [c.id for c in result.coverage] == list(POLICY.ids())
    assert all(c.covered for c in result.coverage)
    assert result.findings == ()
    media = next(c for c in result.coverage if c.id == "media")
    assert [(g.alliance, g.goal) for g in media.goals] == [("kleurrijk-en-vrij", "G1")]


def test_unserved_domains_are_findings() -> None:
    result = portfolio(FIXTURE_TOCS, FIXTURE_POLICY)
    covered = {c.id: c.covered for c in result.coverage}
    assert covered == {"gender-equality": True, "education": True, "health": False, "media": False}
    assert [(d.code, d.node, d.severity) for d in result.findings] == [
        ("TOC404", "health", "warning"),
        ("TOC404", "media", "warning"),
    ]
    assert "alpha G2" in (result.findings[0].hint or "")
    assert "no alliance goal" in result.findings[1].message


def test_without_a_policy_there_is_no_coverage_and_serves_is_not_checked() -> None:
    result = portfolio(FIXTURE_TOCS)
    assert (result.policy, result.coverage, result.findings, result.scenario) == (
        None,
        (),
        (),
        None,
    )


def test_unknown_policy_ids_in_serves_are_errors() -> None:
    toc = _toc(
        "tocgraph: 1\nid: demo\ngoals:\n  - {id: G1, title: g, serves: [yuth, safety]}\n"
        "  - {id: G2, title: h, serves: [gender-equality, medai]}\n"
    )
    with pytest.raises(InvalidToCError) as info:
        portfolio([toc], POLICY)
    problems = info.value.diagnostics
    assert [(d.code, d.node) for d in problems] == [("TOC402", "G1"), ("TOC402", "G2")]
    assert "'yuth'" in problems[0].message
    assert "did you mean 'youth'?" in (problems[0].hint or "")
    assert [i for i, _ in input_problems([MODEL_TOCS[0], toc], POLICY)] == [1, 1]


def test_two_tocs_with_one_id_are_an_error() -> None:
    copy = MODEL_TOCS[0].model_copy()
    with pytest.raises(InvalidToCError) as info:
        portfolio([*MODEL_TOCS, copy])
    assert [d.code for d in info.value.diagnostics] == ["TOC403"]
    assert [i for i, _ in input_problems([*MODEL_TOCS, copy])] == [len(MODEL_TOCS)]


def test_the_order_of_the_files_does_not_matter() -> None:
    shuffled = list(MODEL_TOCS)
    random.Random(7).shuffle(shuffled)
    assert portfolio(shuffled, POLICY, ["Rutgers"]) == portfolio(MODEL_TOCS, POLICY, ["Rutgers"])


def test_the_result_is_frozen() -> None:
    result = portfolio(FIXTURE_TOCS)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.subsidy_ceiling_eur = 0  # type: ignore[misc]


def _expected_impacts(tocs: list[ToC], partners: list[str]) -> dict[str, tocgraph.Impact]:
    expected = {}
    for toc in sorted(tocs, key=lambda t: t.id):
        runners = {a.partner for a in toc.activities}
        here = [p for p in partners if p in runners]
        if here:
            expected[toc.id] = tocgraph.impact(toc, partners=here)
    return expected


@pytest.mark.parametrize("partner", ACTIVITY_PARTNERS)
def test_a_partner_drop_out_is_the_per_file_impacts_combined(partner: str) -> None:
    scenario = portfolio(MODEL_TOCS, POLICY, [partner]).scenario
    assert scenario is not None
    expected = _expected_impacts(MODEL_TOCS, [partner])
    assert dict(scenario.impacts) == expected
    assert list(scenario.impacts) == sorted(expected)
    lost = {toc_id: i.goals_lost() for toc_id, i in expected.items() if i.goals_lost()}
    assert scenario.goals_lost() == lost


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(ACTIVITY_PARTNERS), min_size=1, max_size=4, unique=True))
def test_several_partners_drop_out_together(partners: list[str]) -> None:
    scenario = portfolio(MODEL_TOCS, None, partners).scenario
    assert scenario is not None
    assert scenario.partners == tuple(partners)
    assert dict(scenario.impacts) == _expected_impacts(MODEL_TOCS, partners)


def test_losing_a_goal_and_policy_coverage() -> None:
    scenario = portfolio(FIXTURE_TOCS, FIXTURE_POLICY, ["Gedeeld Netwerk"]).scenario
    assert scenario is not None
    assert scenario.goals_lost() == {"beta": ["G1"]}
    assert scenario.coverage_lost == ()
    both = portfolio(FIXTURE_TOCS, FIXTURE_POLICY, ["Gedeeld Netwerk", "Stichting Een"])
    assert both.scenario is not None
    assert both.scenario.goals_lost() == {"alpha": ["G1"], "beta": ["G1"]}
    assert both.scenario.coverage_lost == ("gender-equality", "education")


@pytest.mark.parametrize(
    ("partner", "hint"), [("Rutger", "did you mean 'Rutgers'?"), ("Atria ", "'Atria'")]
)
def test_an_unknown_partner_is_a_scenario_error(partner: str, hint: str) -> None:
    with pytest.raises(ScenarioError, match=hint):
        portfolio(MODEL_TOCS, partners=[partner])


def test_a_member_that_runs_no_activity_cannot_drop_out(tmp_path: Path) -> None:
    toc = _toc(
        "tocgraph: 1\nid: demo\nlead: Een\npartners: [Een, Stil]\ngoals: [{id: G1, title: g}]\n"
        "activities: [{id: A1, title: a, partner: Een, contributes_to: [G1]}]\n"
    )
    with pytest.raises(ScenarioError, match="no activity in any alliance has partner 'Stil'"):
        portfolio([toc], partners=["Stil"])


def test_an_empty_portfolio() -> None:
    result = portfolio([])
    assert (result.alliances, result.subsidy_ceiling_eur, result.activities.total) == ((), 0, 0)
    assert result.organisations == ()


def test_verdicts_in_coverage_follow_the_goals() -> None:
    result = portfolio(FIXTURE_TOCS, FIXTURE_POLICY)
    health = next(c for c in result.coverage if c.id == "health")
    assert [(g.alliance, g.goal, g.verdict) for g in health.goals] == [
        ("alpha", "G2", Verdict.POTENTIALLY_INEFFECTIVE)
    ]


def test_the_documented_toc402_example_gives_toc402() -> None:
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    section = text.split("## TOC402:")[1].split("\n## ")[0]
    example = section.split("```text\n")[1].split("```")[0]
    with pytest.raises(InvalidToCError) as info:
        portfolio([tocgraph.loads(example)], POLICY)
    assert [d.code for d in info.value.diagnostics] == ["TOC402"]
    shown = section.split("```text\n")[2]
    assert info.value.diagnostics[0].message in shown


def test_each_alliance_carries_the_budgets_check_reports() -> None:
    from tocgraph.analysis.budget import budget_totals

    result = portfolio(MODEL_TOCS)
    by_id = {t.id: t for t in MODEL_TOCS}
    with_budget = 0
    for alliance in result.alliances:
        expected = budget_totals(by_id[alliance.id])
        assert (alliance.budget is None) == (expected is None)
        if expected is not None and alliance.budget is not None:
            with_budget += 1
            assert alliance.budget.to_dict() == expected.to_dict()
    assert with_budget >= 2  # the bundled models of Jong Gelijk and Politica state budgets
    totals = [t for t in (budget_totals(toc) for toc in MODEL_TOCS) if t is not None]
    assert result.budget_eur == sum(t.total for t in totals)
    assert result.budget_stopped_eur == sum(t.stopped for t in totals)
    total = result.to_dict()["total"]
    assert isinstance(total, dict)
    assert (total["budget_eur"], total["alliances_with_budget"]) == (result.budget_eur, with_budget)


def test_a_portfolio_without_budgets_sums_to_zero() -> None:
    result = portfolio([_toc("tocgraph: 1\nid: a\ngoals: [{id: G1, title: g}]\n")])
    assert (result.budget_eur, result.budget_stopped_eur) == (0, 0)
    assert result.alliances[0].budget is None
