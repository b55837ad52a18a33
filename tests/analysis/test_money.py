"""Budget totals, the money of a change request, and triage: arithmetic and each rule."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tocgraph
from tocgraph.analysis.budget import budget_totals, budget_warnings
from tocgraph.analysis.money import change_money
from tocgraph.analysis.triage import triage
from tocgraph.schema import ToC
from tocgraph.schema.budget import TriageRules

PARTNERS = ["P1", "P2", "P3"]
STATUSES = ["planned", "on_track", "stopped", "achieved"]

budgets = st.one_of(
    st.none(),
    st.integers(0, 10**7),
    st.dictionaries(st.integers(2023, 2027), st.integers(0, 10**6), min_size=1, max_size=5),
)


@st.composite
def activities(draw: st.DrawFn, prefix: str = "A") -> list[dict[str, Any]]:
    count = draw(st.integers(0, 8))
    return [
        {
            "id": f"{prefix}{i}",
            "title": "t",
            "partner": draw(st.sampled_from([*PARTNERS, None])),
            "status": draw(st.sampled_from(STATUSES)),
            "budget_eur": draw(budgets),
            "contributes_to": ["G1"],
        }
        for i in range(count)
    ]


def _toc(items: list[dict[str, Any]], ceiling: int | None = None) -> ToC:
    return tocgraph.from_dict(
        {
            "tocgraph": 1,
            "id": "t",
            "lead": "P2",
            "partners": PARTNERS,
            "period": {"start": "2023-01-01", "end": "2027-12-31"},
            "subsidy_ceiling_eur": ceiling,
            "goals": [{"id": "G1", "title": "g"}],
            "activities": items,
        }
    )


def _amount(budget: Any) -> int:
    if budget is None:
        return 0
    return budget if isinstance(budget, int) else sum(budget.values())


@settings(max_examples=200, deadline=None)
@given(activities())
def test_totals_add_up(items: list[dict[str, Any]]) -> None:
    totals = budget_totals(_toc(items))
    if all(a["budget_eur"] is None for a in items):
        assert totals is None
        return
    assert totals is not None
    assert sum(p.total for p in totals.partners) == totals.total
    assert sum(totals.by_year.values()) == totals.total
    for partner in totals.partners:
        assert sum(partner.by_year.values()) == partner.total
    running = [a for a in items if a["status"] != "stopped"]
    assert totals.total == sum(_amount(a["budget_eur"]) for a in running)
    stopped = [a for a in items if a["status"] == "stopped"]
    assert totals.stopped == sum(_amount(a["budget_eur"]) for a in stopped)
    assert totals.with_budget + totals.without_budget == len(items)


def test_totals_per_partner_and_year() -> None:
    toc = _toc(
        [
            {"id": "A1", "title": "t", "partner": "P1", "budget_eur": {2023: 10, 2024: 20}},
            {"id": "A2", "title": "t", "partner": "P2", "budget_eur": 5},
            {"id": "A3", "title": "t", "budget_eur": {2024: 7}},
            {"id": "A4", "title": "t", "partner": "P1", "status": "stopped", "budget_eur": 100},
            {"id": "A5", "title": "t", "partner": "P3"},
        ],
        ceiling=40,
    )
    totals = budget_totals(toc)
    assert totals is not None
    # the lead first, then the other partners in their order, then unassigned
    assert [(p.partner, p.total) for p in totals.partners] == [("P2", 5), ("P1", 30), (None, 7)]
    assert totals.years == (2023, 2024, None)
    assert dict(totals.by_year) == {2023: 10, 2024: 27, None: 5}
    assert (totals.total, totals.stopped, totals.over_ceiling) == (42, 100, 2)
    assert (totals.with_budget, totals.without_budget) == (4, 1)
    assert [w.code for w in budget_warnings(totals)] == ["TOC320"]
    assert totals.to_dict()["by_partner"][2] == {
        "partner": None,
        "total": 7,
        "by_year": {"2024": 7},
    }


def test_no_warning_at_the_ceiling_or_without_one() -> None:
    at = _toc([{"id": "A1", "title": "t", "budget_eur": 40}], ceiling=40)
    none = _toc([{"id": "A1", "title": "t", "budget_eur": 40}])
    assert budget_warnings(budget_totals(at)) == ()
    assert budget_warnings(budget_totals(none)) == ()
    assert budget_warnings(None) == ()


@settings(max_examples=200, deadline=None)
def _changed(
    before: list[dict[str, Any]], added: list[dict[str, Any]], data: st.DataObject
) -> list[dict[str, Any]]:
    """Some of ``before`` kept with other partners, statuses and budgets, and ``added``."""
    kept = [a for a in before if data.draw(st.booleans())]
    changed = [
        {
            **a,
            "partner": data.draw(st.sampled_from([*PARTNERS, None])),
            "status": data.draw(st.sampled_from(STATUSES)),
            "budget_eur": data.draw(budgets),
        }
        for a in kept
    ]
    return changed + [{**a, "id": "N" + a["id"]} for a in added]


@given(activities(), activities(), st.data())
def test_the_money_of_a_request_adds_up(
    before: list[dict[str, Any]], added: list[dict[str, Any]], data: st.DataObject
) -> None:
    """after - before = added - freed, in total and per partner (with moves)."""
    money = change_money([_toc(before), _toc(_changed(before, added, data))])
    assert money.after - money.before == money.added - money.freed
    for p in money.partners:
        assert p.after - p.before == p.added - p.freed + p.moved_in - p.moved_out
    assert sum(p.before for p in money.partners) == money.before
    assert sum(p.after for p in money.partners) == money.after
    assert money.shifted == money.moved + max(money.freed, money.added)
    assert all(f.amount > 0 for f in money.flows)


@given(activities(), activities(), st.data(), st.one_of(st.none(), st.integers(2022, 2028)))
def test_the_money_of_each_year_adds_up(
    before: list[dict[str, Any]],
    added: list[dict[str, Any]],
    data: st.DataObject,
    from_year: int | None,
) -> None:
    """Per year after - before = added - freed; the years add up to the totals."""
    money = change_money([_toc(before), _toc(_changed(before, added, data))], from_year=from_year)
    assert sum(y.before for y in money.years) == money.before
    assert sum(y.after for y in money.years) == money.after
    for y in money.years:
        assert y.after - y.before == y.added - y.freed
        assert min(y.freed, y.added) >= 0
        assert y.before or y.after
    # money moved between years is freed in one and added in another: never less in all
    assert sum(y.freed for y in money.years) >= money.freed
    assert sum(y.added for y in money.years) >= money.added
    years = [y.year for y in money.years]
    assert years == sorted(y for y in years if y is not None) + [None] * (None in years)
    earlier = [y for y in money.years if from_year and y.year and y.year < from_year]
    assert money.freed_earlier == sum(y.freed for y in earlier)
    assert money.added_earlier == sum(y.added for y in earlier)
    assert money.to_dict()["freed_earlier"] == money.freed_earlier


def test_money_of_earlier_years() -> None:
    """Stopping frees the earlier years too; moving money into them adds to years past."""
    a: dict[str, Any] = {"id": "A1", "title": "t", "budget_eur": {2023: 100, 2025: 50}}
    b: dict[str, Any] = {"id": "A2", "title": "u", "budget_eur": {2026: 70}}
    lump: dict[str, Any] = {"id": "A3", "title": "v", "budget_eur": 40}
    stopped = [{**a, "status": "stopped"}, b, {**lump, "status": "stopped"}]
    money = change_money([_toc([a, b, lump]), _toc(stopped)], from_year=2025)
    assert [(y.year, y.before, y.after, y.freed) for y in money.years] == [
        (2023, 100, 0, 100),
        (2025, 50, 0, 50),
        (2026, 70, 70, 0),
        (None, 40, 0, 40),  # the whole period: not counted as earlier
    ]
    assert (money.freed, money.freed_earlier, money.added_earlier) == (190, 100, 0)
    assert money.by_year
    moved = change_money([_toc([b]), _toc([{**b, "budget_eur": {2024: 70}}])], from_year=2025)
    assert (moved.freed, moved.added, moved.freed_earlier, moved.added_earlier) == (0, 0, 0, 70)
    assert change_money([_toc([a]), _toc(stopped[:1])]).freed_earlier == 0  # no year given
    only_lump = change_money([_toc([lump]), _toc(stopped[2:])], from_year=2030)
    assert not only_lump.by_year
    assert only_lump.freed_earlier == 0


def test_the_money_of_the_bundled_request() -> None:
    document = tocgraph.load_change_request("models/change-requests/politica-2025-2.yaml")
    money = change_money([document.baseline.toc, *document.states])
    assert (money.before, money.after) == (4_560_000, 4_510_000)
    assert (money.freed, money.added, money.moved, money.shifted) == (
        150_000,
        100_000,
        560_000,
        710_000,
    )
    assert [(s.freed, s.added, s.moved) for s in money.steps] == [
        (0, 0, 560_000),
        (150_000, 0, 0),
        (0, 100_000, 0),
    ]
    by_partner = {p.partner: p for p in money.partners}
    assert by_partner["WO=MEN Dutch Gender Platform"].moved_in == 560_000
    assert by_partner["Nederlandse Vrouwen Raad"].moved_out == 560_000
    assert by_partner["Stem op een Vrouw"].after == 1_800_000


def test_money_given_back_later_is_not_counted_in_the_total() -> None:
    a = {"id": "A1", "title": "t", "partner": "P1", "budget_eur": 100}
    states = [_toc([a]), _toc([{**a, "status": "stopped"}]), _toc([{**a, "status": "on_track"}])]
    money = change_money(states)
    assert [(s.freed, s.added) for s in money.steps] == [(100, 0), (0, 100)]
    assert (money.freed, money.added, money.shifted) == (0, 0, 0)


def test_a_move_with_more_money_is_a_move_and_an_addition() -> None:
    a = {"id": "A1", "title": "t", "partner": "P1", "budget_eur": 100}
    money = change_money([_toc([a]), _toc([{**a, "partner": "P3", "budget_eur": 150}])])
    assert [(f.kind, f.amount, f.source, f.target) for f in money.flows] == [
        ("moved", 100, "P1", "P3"),
        ("added", 50, None, "P3"),
    ]


def _rules(**when: object) -> TriageRules:
    return TriageRules.model_validate({"formal_request_when": when})


def _money(freed: int, ceiling: int | None = 1000) -> Any:
    a = {"id": "A1", "title": "t", "partner": "P1", "budget_eur": freed}
    return change_money([_toc([a], ceiling), _toc([{**a, "status": "stopped"}], ceiling)])


@pytest.mark.parametrize(
    ("when", "freed", "lost", "changed", "decided_by"),
    [
        ({}, 999, ["G1"], True, None),
        ({"goal_lost": True}, 0, ["G1"], False, "goal_lost"),
        ({"goal_lost": True}, 0, [], True, None),
        ({"toc_changed": True}, 0, [], True, "toc_changed"),
        ({"toc_changed": True, "goal_lost": True}, 0, ["G1"], True, "goal_lost"),
        ({"budget_shift_above_eur": 100}, 100, [], False, None),
        ({"budget_shift_above_eur": 100}, 101, [], False, "budget_shift_above_eur"),
        ({"budget_shift_above_share": 0.1}, 100, [], False, None),
        ({"budget_shift_above_share": 0.1}, 101, [], False, "budget_shift_above_share"),
        (
            {"budget_shift_above_share": 0.1, "budget_shift_above_eur": 100},
            200,
            [],
            False,
            "budget_shift_above_eur",
        ),
    ],
)
def test_each_triage_rule(
    when: dict[str, object], freed: int, lost: list[str], changed: bool, decided_by: str | None
) -> None:
    result = triage(_rules(**when), money=_money(freed), goals_lost=lost, toc_changed=changed)
    assert result.decided_by == decided_by
    assert result.decision == ("formal_request" if decided_by else "annual_plan")
    assert [c.rule for c in result.checks] == [
        r
        for r in ("goal_lost", "toc_changed", "budget_shift_above_eur", "budget_shift_above_share")
        if when.get(r) not in (None, False)
    ]


def test_the_share_rule_needs_a_ceiling() -> None:
    rules = _rules(budget_shift_above_share=0.01)
    result = triage(rules, money=_money(500, ceiling=None), goals_lost=[], toc_changed=False)
    assert result.decision == "annual_plan"
    assert result.checks[0].to_dict() == {
        "rule": "budget_shift_above_share",
        "applies": False,
        "checked": False,
        "unchecked": "no_ceiling",
        "value": None,
        "threshold": 0.01,
        "nodes": [],
    }


@pytest.mark.parametrize(
    ("rules", "problem"),
    [
        ({"formal_request_when": {"budget_shift_above_share": 0}}, "greater_than"),
        ({"formal_request_when": {"budget_shift_above_share": 1.5}}, "less_than_equal"),
        ({"formal_request_when": {"budget_shift_above_eur": -1}}, "greater_than_equal"),
        ({"formal_request_when": {"budget_shift_above_eur": "1000"}}, "int_type"),
        ({"formal_request_when": {"goal_lost": "yes"}}, "bool_type"),
        ({}, "missing"),
    ],
)
def test_bad_triage_rules_are_refused(rules: dict[str, object], problem: str) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as info:
        TriageRules.model_validate(rules)
    assert info.value.errors()[0]["type"] == problem
