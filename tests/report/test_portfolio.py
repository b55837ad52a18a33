"""Portfolio reports: numbers in both languages, complete labels, and a stable JSON shape."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tocgraph
from tests.conftest import MODELS
from tocgraph.analysis.portfolio import Category, portfolio
from tocgraph.i18n import Lang
from tocgraph.i18n import keys as all_keys
from tocgraph.loading.discover import toc_files
from tocgraph.loading.policy import load_policy
from tocgraph.report.portfolio import number, percent, portfolio_text

TOCS = [tocgraph.load(p) for p in toc_files([MODELS])]
RESULT = portfolio(TOCS, load_policy(MODELS / "policy.yaml"), ["Women Inc."])


def test_numbers_use_the_languages_thousands_separator() -> None:
    assert number(46_714_031, "en") == "46,714,031"
    assert number(46_714_031, "nl") == "46.714.031"
    assert number(0, "nl") == "0"


@given(st.integers(0, 500), st.integers(1, 500))
def test_percent_rounds_half_up(part: int, extra: int) -> None:
    whole = part + extra
    exact = 100 * part / whole
    assert abs(percent(part, whole) - exact) <= 0.5
    if (200 * part) % (2 * whole) == whole:  # exactly half way
        assert percent(part, whole) == exact + 0.5


def test_every_portfolio_label_exists_in_both_languages() -> None:
    english = {k for k in all_keys("en") if k.startswith("portfolio.")}
    dutch = {k for k in all_keys("nl") if k.startswith("portfolio.")}
    assert english == dutch
    assert {f"portfolio.category.{c.value}" for c in Category} <= english


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_text_names_the_documented_total(lang: str) -> None:
    text = portfolio_text(RESULT, lang)  # type: ignore[arg-type]
    assert number(46_714_031, lang) in text  # type: ignore[arg-type]
    assert "Women Inc." in text


def test_dutch_text_has_dutch_headings() -> None:
    text = portfolio_text(RESULT, "nl")
    for heading in ("Allianties", "Status van de activiteiten", "Doelen", "Bevindingen: geen"):
        assert re.search(rf"^{heading}", text, re.MULTILINE), heading
    assert "behaald of op schema" in text
    assert "achieved" not in text


def test_json_percentages_and_counts_agree() -> None:
    data = RESULT.to_dict()
    total = data["total"]
    assert isinstance(total, dict)
    activities = total["activities"]
    by_category = activities["by_category"]
    assert sum(c["count"] for c in by_category.values()) == activities["total"]
    assert abs(sum(c["percent"] for c in by_category.values()) - 100) < 0.5
    assert list(by_category) == [c.value for c in Category]


def test_json_scenario_lists_the_alliances_women_inc_works_in() -> None:
    scenario = RESULT.to_dict()["scenario"]
    assert isinstance(scenario, dict)
    assert [a["id"] for a in scenario["alliances"]] == [
        "financieel-sterk-door-werk",
        "gezondheidszorg-op-maat",
    ]


def test_located_findings_replace_the_unlocated_ones() -> None:
    result = portfolio(TOCS)
    assert result.to_dict()["policy"] is None
    assert result.to_dict(findings=[])["findings"] == []


BUDGETED = """
tocgraph: 1
id: {id}
subsidy_ceiling_eur: 1000
goals: [{{id: G1, title: g}}]
activities:
  - {{id: A1, title: a, budget_eur: {{2024: 600, 2025: 500}}}}
  - {{id: A2, title: b, status: stopped, budget_eur: 70}}
  - {{id: A3, title: c}}
"""


@pytest.mark.parametrize(
    ("lang", "heading", "row"),
    [
        (
            "en",
            "Budgets of the activities, against each subsidy ceiling",
            ["1,100", "1,000", "110.0%", "70", "1"],
        ),
        (
            "nl",
            "Begrotingen van de activiteiten, naast elk subsidieplafond",
            ["1.100", "1.000", "110,0%", "70", "1"],
        ),
    ],
)
def test_the_budget_section_sets_each_budget_against_its_ceiling(
    lang: Lang, heading: str, row: list[str]
) -> None:
    plain = tocgraph.loads("tocgraph: 1\nid: b\ngoals: [{id: G1, title: g}]\n")
    result = portfolio([tocgraph.loads(BUDGETED.format(id="a")), plain])
    lines = portfolio_text(result, lang).splitlines()
    start = lines.index(heading)
    assert lines[start + 2].split()[1:] == row  # the over-spent alliance
    assert lines[start + 3].split()[1:] == ["-", "-", "-", "-", "0"]  # no budget, no ceiling
    assert lines[start + 4].split()[1:] == [row[0], row[3], "1"]  # the total


def test_no_budget_section_when_no_alliance_states_one() -> None:
    result = portfolio([tocgraph.loads("tocgraph: 1\nid: b\ngoals: [{id: G1, title: g}]\n")])
    assert "Budgets of the activities" not in portfolio_text(result)


def test_critical_assumptions_get_a_column_when_a_goal_has_some() -> None:
    from tests.conftest import ROOT

    named = tocgraph.load(ROOT / "tests" / "fixtures" / "assumptions.yaml")
    result = portfolio([named, *TOCS[:1]])
    goal = next(g for a in result.alliances for g in a.goals if g.critical_assumptions)
    assert (goal.id, goal.critical_assumptions) == ("G1", ("S1", "S4"))
    lines = portfolio_text(result, "nl").splitlines()
    header = lines[lines.index("Doelen") + 1]
    assert "kritieke aannames" in header
    assert any("Voorbeeld met aannames  G1" in line and "S1, S4" in line for line in lines)
    alliances = result.to_dict()["alliances"]
    assert isinstance(alliances, list)
    demo = next(a for a in alliances if a["id"] == "assumptions-demo")
    assert demo["goals"][0]["critical_assumptions"] == ["S1", "S4"]
    assert "critical assumptions" not in portfolio_text(portfolio(TOCS))


def test_the_html_coverage_table_repeats_the_aim_for_screen_readers() -> None:
    """The text groups rows under one aim; the page's blank cells lost it for a screen
    reader. They hold it, visually hidden; no visible cell changes."""
    from tocgraph.report.portfolio_html import portfolio_page

    tocs = TOCS
    page = portfolio_page(portfolio(tocs, load_policy(MODELS / "policy.yaml")))
    hidden = re.findall(r'<td><span class="visually-hidden">([^<]*)</span></td>', page)
    assert hidden
    assert hidden[0] == "gender-equality (aim)"
    assert "<tr><td></td>" not in page  # no row without its first cell
