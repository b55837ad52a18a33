"""Hints for requires and dates written in words: ``2 of 3``, ``alle``, ``1-1-2026``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tocgraph
from tests.conftest import only_problem
from tocgraph.i18n import localize
from tocgraph.schema.value_hints import date_hint, requires_hint


def _hint(requires: str) -> str:
    text = f"tocgraph: 1\nid: t\ngoals: [{{id: G1, title: g, requires: '{requires}'}}]\n"
    return only_problem(text).hint or ""


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("2 of 3", "write requires: 2 (the contributors"),
        ("2 van 5", "write requires: 2 (the contributors"),
        ("3/4", "write requires: 3 (the contributors"),
        ("alle", "write requires: all"),
        ("één", "write requires: any"),
        ("twee", "write requires: 2"),
        ("some", "write any (one contributor suffices), all"),
    ],
)
def test_requires_in_words_gets_what_to_write(written: str, hint: str) -> None:
    assert _hint(written).startswith(hint)


@given(st.dates(min_value=dt.date(1900, 1, 1)), st.sampled_from("-/."))
def test_a_date_written_day_first_is_read_back(day: dt.date, sep: str) -> None:
    written = f"{day.day}{sep}{day.month}{sep}{day.year}"
    found = date_hint(written)
    assert found is not None
    assert found.values["date"] == day.isoformat()


def test_a_date_that_cannot_be_day_first_gets_no_guess() -> None:
    assert date_hint("12/31/2027") is None
    assert date_hint("2027-12-31") is None
    text = (
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
        "period: {start: 1-1-2026, end: 2027-12-31}\n"
    )
    problem = only_problem(text)
    assert localize(problem, "nl").hint == "bedoelde u 2026-01-01? Schrijf de datum als JJJJ-MM-DD"
    assert requires_hint(True).key == "dh.TOC102.requires"


@pytest.mark.parametrize(
    ("key", "meant"),
    [("titel", "title"), ("omschrijving", "description"), ("vereist", "requires")],
)
def test_a_dutch_key_gets_its_english_name(key: str, meant: str) -> None:
    problem = only_problem(f"tocgraph: 1\nid: t\ngoals: [{{id: G1, title: g, {key}: x}}]\n")
    assert problem.code == "TOC101"
    assert (problem.hint or "").startswith(f"did you mean '{meant}'?")


def test_onderbouwing_in_a_change_request_is_rationale(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    model = Path("models/politica.yaml").resolve()
    (tmp_path / "politica.yaml").write_bytes(model.read_bytes())
    request = tmp_path / "docs" / "cr.yaml"
    request.write_text(
        "tocgraph-change: 1\ntoc: ../politica.yaml\ntitle: t\nchanges:\n"
        "  - stop: A1\n    onderbouwing: geen capaciteit\n",
        encoding="utf-8",
    )
    with pytest.raises(tocgraph.InvalidToCError) as raised:
        tocgraph.load_change_request(request, root=tmp_path)
    (problem,) = raised.value.diagnostics
    assert (problem.hint or "").startswith("did you mean 'rationale'?")


def test_a_node_with_an_error_of_its_own_is_still_suggested() -> None:
    """O1's own error once hid it from the "did you mean" of a link to 'O1x'."""
    text = (
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
        "outcomes:\n  - {id: O1, title: o, requires: 50%, contributes_to: [G1]}\n"
        "  - {id: O2, title: o, contributes_to: [G1]}\n"
        "activities:\n  - {id: A1, title: a, contributes_to: [O1x]}\n"
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(text)
    (link,) = [d for d in info.value.diagnostics if d.code == "TOC202"]
    assert "did you mean 'O1'?" in (link.hint or "")
    assert "G1, O1, O2" in (link.hint or "")


@pytest.mark.parametrize(("link", "number"), [("2", True), ("1.5", True), ("yes", False)])
def test_a_link_read_as_a_number_says_ids_start_with_a_letter(link: str, number: bool) -> None:
    """``contributes_to: [2]`` (O2 without its letter) had only the hint '- O1'."""
    text = (
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
        f"activities:\n  - {{id: A1, title: a, contributes_to: [{link}]}}\n"
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(text)
    hint = info.value.diagnostics[0].hint or ""
    assert ("starts with a letter" in hint) is number
