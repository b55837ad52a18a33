"""Money in reports and on the command line: budgets in check, money and triage in requests."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tocgraph.cli import main
from tocgraph.i18n import LANGUAGES, Lang
from tocgraph.report.money import money_sentence
from tocgraph.use_cases import (
    change_request_html,
    change_request_markdown,
    check_file,
    review_change_file,
)

CR = "models/change-requests/politica-2025-2.yaml"
POLICY = "models/policy.yaml"
OVER = """tocgraph: 1
id: t
partners: [VHTO]
subsidy_ceiling_eur: 100
goals: [{id: G1, title: g}]
activities:
  - {id: A1, title: a, partner: VHTO, budget_eur: {2024: 100}, contributes_to: [G1]}
  - {id: A2, title: b, budget_eur: 50, contributes_to: [G1]}
"""


def test_over_the_ceiling_is_a_located_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "toc.yaml"
    path.write_text(OVER, encoding="utf-8")
    checked = check_file(path)
    found = [(w.code, w.line, w.column) for w in checked.warnings if w.code == "TOC320"]
    assert found == [("TOC320", 4, 1)]  # at subsidy_ceiling_eur
    assert main(["check", str(path), "--strict"]) == 1
    out = capsys.readouterr().out
    assert "planned budget: EUR 150; 150.0% of the subsidy ceiling EUR 100" in out
    assert "(no partner)" in out
    assert "exceed the subsidy ceiling (EUR 100) by EUR 50" in out


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["budget: EUR 4,560,000", "whole period", "stopped activities, not counted"]),
        ("nl", ["begroting: € 4.560.000", "hele periode", "stopgezette activiteiten"]),
    ],
)
def test_check_shows_the_budget_table(
    lang: Lang, words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "models/politica.yaml", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert all(word in out for word in words), out


def test_check_json_budget(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "models/politica.yaml", "--json"]) == 0
    budget = json.loads(capsys.readouterr().out)["budget"]
    assert budget["total"] == sum(p["total"] for p in budget["by_partner"]) == 4_560_000
    assert budget["subsidy_ceiling_eur"] == 4_793_040
    assert budget["over_ceiling"] == 0


def test_the_review_json_has_money_and_triage() -> None:
    data = review_change_file(CR, policy=POLICY).to_dict()
    assert data["money"]["shifted"] == 710_000
    assert data["triage"]["decision"] == "formal_request"
    assert data["triage"]["decided_by"] == "budget_shift_above_eur"
    assert data["triage"]["illustrative"] is True
    assert review_change_file(CR).to_dict()["triage"] is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_html_page_shows_money_and_triage(lang: Lang) -> None:
    page = change_request_html(review_change_file(CR, policy=POLICY), lang, diagram=False)
    assert '<section class="money">' in page
    assert '<section class="triage" data-decision="formal_request">' in page
    assert ("EUR 710,000" if lang == "en" else "€ 710.000") in page


def test_a_small_change_needs_only_the_annual_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "politica.yaml").write_bytes(Path("models/politica.yaml").read_bytes())
    (tmp_path / "policy.yaml").write_bytes(Path(POLICY).read_bytes())
    request = tmp_path / "cr.yaml"
    request.write_text(
        "tocgraph-change: 1\ntoc: politica.yaml\ntitle: t\nchanges:\n"
        "  - {modify: A2, set: {budget_eur: 550000}, rationale: minder reizen}\n",
        encoding="utf-8",
    )
    argv = ["change-request", str(request), "--policy", str(tmp_path / "policy.yaml")]
    assert main([*argv, "--root", str(tmp_path), "--no-diagram", "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "volstaat een aanpassing van het jaarplan: geen van de regels" in out
    assert "er verschuift meer dan € 250.000: dit verzoek verschuift € 50.000; niet van" in out


@pytest.mark.parametrize(
    ("lang", "sentence", "line"),
    [
        (
            "nl",
            "Op grond van de regels die konden worden getoetst, volstaat een aanpassing van het "
            "jaarplan; niet elke regel kon worden getoetst: de ToC bevat geen begrotingen.",
            "er verschuift meer dan € 250.000: niet te bepalen: de ToC bevat geen begrotingen; "
            "niet getoetst",
        ),
        (
            "en",
            "On the rules that could be checked, a change of the annual plan suffices; not every "
            "rule could be checked: the ToC states no budgets.",
            "more than EUR 250,000 is shifted: cannot be determined: the ToC states no budgets; "
            "not checked",
        ),
    ],
)
def test_without_budgets_the_money_rules_are_not_checked(
    lang: str, sentence: str, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """No budget at all is not "EUR 0 shifted": the conclusion says what it rests on."""
    request = "models/change-requests/worden-wie-je-bent-2025-1.yaml"
    argv = ["change-request", request, "--policy", POLICY, "--no-diagram", "--lang", lang]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert sentence in out
    assert line in out
    assert main([*argv, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)["triage"]
    assert data["decision"] == "annual_plan"
    assert data["unchecked"] == ["budget_shift_above_eur", "budget_shift_above_share"]
    assert {r["rule"]: r["checked"] for r in data["rules"]}["budget_shift_above_eur"] is False


def test_the_policy_may_come_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = Path(POLICY).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    assert main(["change-request", CR, "--policy", "-", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["triage"]["decision"] == "formal_request"
    assert main(["change-request", "-", "--policy", "-"]) == 2


def test_the_output_is_never_the_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_bytes(Path(POLICY).read_bytes())
    before = policy.read_bytes()
    assert main(["change-request", CR, "--policy", str(policy), "-o", str(policy)]) == 2
    assert policy.read_bytes() == before
    assert "policy.yaml" in capsys.readouterr().err


def test_a_bad_triage_rule_is_located(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "tocgraph-policy: 1\nid: p\naims: [{id: a, title: A}]\ntriage:\n"
        "  formal_request_when: {budget_shift_above: 5}\n",
        encoding="utf-8",
    )
    assert main(["change-request", CR, "--policy", str(policy)]) == 2
    err = capsys.readouterr().err
    assert f"{policy}:5:25: error[TOC101]: unknown key 'budget_shift_above'" in err
    assert "did you mean 'budget_shift_above_eur'?" in err


def test_a_partner_name_cannot_drive_the_terminal(tmp_path: Path) -> None:
    from tocgraph.report.check import check_text

    path = tmp_path / "toc.yaml"
    path.write_text(OVER.replace("VHTO", '"VH\\e[31mTO"'), encoding="utf-8")
    report = check_text(check_file(path))
    assert "\x1b" not in report


@pytest.mark.parametrize(("lang", "heading"), [("en", "Budget"), ("nl", "Begroting")])
def test_the_toc_page_shows_the_budget(lang: Lang, heading: str) -> None:
    from tocgraph import html_report, load

    page = html_report(load("models/politica.yaml"), lang, diagram=False)
    assert f'<h2 id="h-budget">{heading}</h2>' in page
    assert ("4,560,000" if lang == "en" else "4.560.000") in page
    assert "h-budget" not in html_report(load("models/worden-wie-je-bent.yaml"), diagram=False)


BASE = """tocgraph: 1
id: t
goals: [{id: G1, title: g}]
activities:
  - {id: A1, title: a, budget_eur: {2023: 100, 2025: 50}, contributes_to: [G1]}
  - {id: A2, title: b, budget_eur: {2026: 40}, contributes_to: [G1]}
  - {id: A3, title: c, contributes_to: [G1]}
"""
STOP_AND_MOVE = [("stop: A1", ""), ("modify: A2", "set: {budget_eur: {2024: 30, 2026: 10}}")]


def _review_in(tmp_path: Path, when: str, changes: list[tuple[str, str]], base: str = BASE) -> Any:
    """A request against ``base`` with the header line ``when`` and these changes."""
    (tmp_path / "toc.yaml").write_text(base, encoding="utf-8")
    lines = ["tocgraph-change: 1", "toc: toc.yaml", "title: Later", when, "changes:"]
    for first, more in changes:
        lines += [f"  - {first}", "    rationale: Because."] + ([f"    {more}"] if more else [])
    path = tmp_path / "cr.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return review_change_file(path, root=tmp_path)


@pytest.mark.parametrize(
    ("when", "changes", "lang", "sentence"),
    [
        (
            "effective_from: 2025-04-01",
            STOP_AND_MOVE,
            "en",
            "EUR 100 of the money freed was planned for years before 2025 (the year the request"
            " takes effect): it may already have been spent. EUR 30 is added to those years,"
            " which are over.",
        ),
        (
            "date: 2025-01-10",
            STOP_AND_MOVE,
            "nl",
            "Van het vrijgekomen geld was € 100 begroot voor jaren vóór 2025 (het jaar van het"
            " verzoek): dat kan al zijn uitgegeven. Er komt € 30 bij in die jaren, die voorbij"
            " zijn.",
        ),
        (
            "date: 2024-01-10",
            STOP_AND_MOVE,
            "en",
            "EUR 100 of the money freed was planned for years before 2024 (the year of the"
            " request): it may already have been spent.",
        ),
        (
            "effective_from: 2025-01-01",
            [("modify: A2", "set: {budget_eur: {2024: 40}}")],
            "en",
            "EUR 40 is added to years before 2025 (the year the request takes effect): those"
            " years are over.",
        ),
    ],
)
def test_money_of_earlier_years_is_a_finding(
    when: str, changes: list[tuple[str, str]], lang: Lang, sentence: str, tmp_path: Path
) -> None:
    """Money freed from or added to years before the request takes effect, in both reports."""
    reviewed = _review_in(tmp_path, when, changes)
    assert [f.kind for f in reviewed.review.findings].count("money_earlier") == 1
    assert f"- {sentence}\n" in change_request_markdown(reviewed, lang, diagram=False)
    assert sentence in change_request_html(reviewed, lang, diagram=False)


def test_no_earlier_years_without_a_date_or_before_it(tmp_path: Path) -> None:
    reviewed = _review_in(tmp_path, "", STOP_AND_MOVE)
    assert reviewed.review.money.from_year is None
    assert "money_earlier" not in [f.kind for f in reviewed.review.findings]
    reviewed = _review_in(tmp_path, "effective_from: 2023-01-01", STOP_AND_MOVE)
    assert reviewed.review.money.from_year == 2023
    assert "money_earlier" not in [f.kind for f in reviewed.review.findings]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_money_per_year_table(lang: Lang, capsys: pytest.CaptureFixture[str]) -> None:
    """Per year in Markdown, the whole period last."""
    args = ["change-request", "models/change-requests/politica-2025-1.yaml", "--no-diagram"]
    assert main([*args, "--lang", lang]) == 0
    out = capsys.readouterr().out
    head = {"en": "### Per year (EUR)", "nl": "### Per jaar (€)"}[lang]
    table = out[out.index(head) :].split("\n\n")[1].splitlines()
    period = {
        "en": "whole period, not by year",
        "nl": "hele periode (niet over de jaren verdeeld)",
    }[lang]
    years = ["2023", "2024", "2025", "2026", "2027", period]
    assert [row.split(" | ")[0] for row in table[2:]] == [f"| {y}" for y in years]
    assert table[2].endswith(("| 100,000 | 0 |", "| 100.000 | 0 |"))


def test_no_money_per_year_table_for_amounts_of_the_whole_period(tmp_path: Path) -> None:
    lump = BASE.replace("{2023: 100, 2025: 50}", "150").replace("{2026: 40}", "40")
    reviewed = _review_in(tmp_path, "date: 2025-01-10", STOP_AND_MOVE[:1], lump)
    markdown = change_request_markdown(reviewed, "en", diagram=False)
    assert "### Per change (EUR)" in markdown
    assert "Per year" not in markdown
    assert "money_earlier" not in [f.kind for f in reviewed.review.findings]


def test_the_documented_finding_is_the_output(capsys: pytest.CaptureFixture[str]) -> None:
    docs = Path("docs/change-requests.md").read_text(encoding="utf-8")
    line = next(x for x in docs.splitlines() if x.startswith("- EUR 220,000 of the money freed"))
    assert main(["change-request", "models/change-requests/politica-2025-1.yaml"]) == 0
    assert line in capsys.readouterr().out.splitlines()


def test_a_share_is_exact_and_grouped() -> None:
    """Found by fuzzing: a 30-digit budget gave '30864197253086419538149376.0%' (float digits)."""
    from fractions import Fraction

    from tocgraph.report.portfolio import share

    huge = 123_456_789_012_345_678_901_234_417_890
    assert share(Fraction(huge, 400_000)) == "30,864,197,253,086,419,725,308,604.5%"
    assert share(Fraction(huge, 400_000), "nl") == "30.864.197.253.086.419.725.308.604,5%"
    assert share(Fraction(1, 3)) == "33.3%"


REPHASED_TOC = """tocgraph: 1
id: money
partners: [P, Q]
period: {start: 2023-01-01, end: 2027-12-31}
goals:
  - {id: G1, title: Doel}
activities:
  - {id: A2, title: Running, partner: P, budget_eur: {2023: 50000, 2024: 50000},
     contributes_to: [G1]}
  - {id: A3, title: Running3, partner: Q, budget_eur: 70000, contributes_to: [G1]}
"""


@pytest.mark.parametrize("rephase", [True, False])
def test_money_moved_between_years_is_explained_under_the_year_table(
    rephase: bool, tmp_path: Path
) -> None:
    """Found by fuzzing: the years' freed column summed to 110,000 against 40,000 freed."""
    (tmp_path / "toc.yaml").write_text(REPHASED_TOC, "utf-8")
    moved = "  - modify: A3\n    set: {budget_eur: {2023: 70000}}\n" if rephase else ""
    (tmp_path / "cr.yaml").write_text(
        "tocgraph-change: 1\ntoc: toc.yaml\ntitle: T\nchanges:\n"
        "  - modify: A2\n    set: {budget_eur: {2023: 50000, 2024: 10000}}\n" + moved,
        "utf-8",
    )
    review = review_change_file(tmp_path / "cr.yaml", root=tmp_path)
    for lang in LANGUAGES:
        text = change_request_markdown(review, lang=lang) + change_request_html(review, lang=lang)
        words = "Money moved from one year" if lang == "en" else "Geld dat van het ene"
        assert text.count(words) == (2 if rephase else 0)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_money_sentence_says_how_much_was_planned_for_past_years(lang: Lang) -> None:
    """politica-2025-1 shifts EUR 860,000 of which 220,000 was planned for 2023 and 2024: the
    total decides the triage, so the sentence with it says what part may be spent."""
    reviewed = review_change_file("models/change-requests/politica-2025-1.yaml")
    assert reviewed.review.money is not None
    sentence = money_sentence(reviewed.review.money, lang)
    expected = {
        "en": "Of the money freed, EUR 220,000 was planned for the years before 2025",
        "nl": "Van het vrijgekomen geld was € 220.000 gepland voor de jaren vóór 2025",
    }[lang]
    assert expected in sentence
