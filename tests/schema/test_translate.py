"""Pydantic's errors become our words, chosen by error type, never by pydantic's text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from tocgraph import InvalidToCError, from_dict, load
from tocgraph.schema.apply import apply_changes
from tocgraph.schema.base import freeze
from tocgraph.schema.change import ChangeRequest
from tocgraph.schema.model import Activity, Goal, ToC
from tocgraph.schema.translate import Wording, translate_errors, where

TOC = {"tocgraph": 1, "id": "t", "goals": [{"id": "G1", "title": "g"}]}


def _translated(model: Any, data: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    with pytest.raises(ValidationError) as info:
        model.model_validate(data, context={"semantics": False})  # as the loader does
    prefix: tuple[str | int, ...] = () if model is ToC else ("goals", 0)
    found = translate_errors(info.value, prefix, Wording(lambda _: model))
    return [(d.code, d.message, d.hint) for d in found]


@pytest.mark.parametrize(
    ("model", "data", "code", "words"),
    [
        (Goal, {"id": "G1", "title": True}, "TOC102", "expected text, got a yes/no value (true)"),
        (Goal, {"id": "G1"}, "TOC103", "missing required field 'title'"),
        (Goal, {"id": "G1", "title": "g", "x": 1}, "TOC101", "unknown key 'x'"),
        (Goal, {"id": "G 1", "title": "g"}, "TOC102", "is not a valid id"),
        (Goal, {"id": "G1", "title": "x" * 501}, "TOC102", "longer than 500"),
        (Goal, {"id": "G1", "title": "   "}, "TOC102", "may not be empty"),
        (Activity, {"id": "A1", "title": "a", "status": "klar"}, "TOC105", "'klar'"),
        (Activity, {"id": "A1", "title": "a", "strategy": "x"}, "TOC106", "strategy"),
        (ToC, {**TOC, "subsidy_ceiling_eur": -1}, "TOC102", "must not be negative"),
        (ToC, {**TOC, "subsidy_ceiling_eur": "5"}, "TOC102", "expected a whole number"),
        (ToC, {**TOC, "existed_2017_2022": 1}, "TOC102", "expected true or false"),
        (ToC, {**TOC, "period": {"start": "x", "end": "y"}}, "TOC102", "expected a date"),
        (ToC, {**TOC, "goals": []}, "TOC102", "goals"),
        (ToC, {**TOC, "partners": "A"}, "TOC102", "expected a list"),
    ],
)
def test_each_error_type_gets_our_words(
    model: Any, data: dict[str, Any], code: str, words: str
) -> None:
    found = _translated(model, data)
    assert any(c == code and words in m for c, m, _ in found), found
    for _, message, _ in found:
        assert "Input should" not in message
        assert "\n" not in message


def test_where_escapes_keys_with_control_characters() -> None:
    assert where(("a\nb", 0)) == "'a\\nb'[0]"


def test_freeze_is_a_read_only_copy() -> None:
    source = {"a": 1}
    frozen = freeze(source)
    source["a"] = 2
    assert frozen["a"] == 1
    with pytest.raises(TypeError):
        frozen["a"] = 3  # type: ignore[index]


def test_apply_changes_equals_loading_the_result() -> None:
    import tocgraph

    toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    request = ChangeRequest.model_validate(
        {
            "tocgraph-change": 1,
            "toc": "x",
            "title": "t",
            "changes": [
                {"stop": "A1"},
                {"add": {"id": "A9", "title": "n", "contributes_to": ["O1"]}},
                {"modify": "A2", "set": {"title": "anders"}},
                {"remove": "A3"},
            ],
        }
    )
    states = apply_changes(toc, request)
    assert len(states) == 4
    for state in states:
        data = state.model_dump(mode="json", exclude_defaults=True)
        assert tocgraph.from_dict(data) == state


def test_change_values_are_read_only_and_dump_as_plain_data() -> None:
    from tocgraph.schema.change import AddChange, ModifyChange

    change = ModifyChange(modify="A1", set={"contributes_to": ["O1", {"to": "O2"}]})
    with pytest.raises(TypeError):
        change.set["title"] = "x"  # type: ignore[index]
    assert change.model_dump()["set"] == {"contributes_to": ["O1", {"to": "O2"}]}
    added = AddChange(add={"id": "A9", "title": "n"})
    with pytest.raises(TypeError):
        added.add["id"] = "A10"  # type: ignore[index]


def test_model_validate_of_a_toc_gives_diagnostics_not_pydantic_errors() -> None:
    import tocgraph

    with pytest.raises(tocgraph.InvalidToCError) as info:
        ToC.model_validate({**TOC, "goals": [{"id": "G1", "title": True}]})
    assert [d.code for d in info.value.diagnostics] == ["TOC102"]
    with pytest.raises(tocgraph.InvalidToCError) as info:
        ToC.model_validate(
            {**TOC, "outcomes": [{"id": "O1", "title": "o", "contributes_to": ["X"]}]}
        )
    assert [d.code for d in info.value.diagnostics] == ["TOC202"]


def test_a_place_inside_a_list_item_names_the_item_by_its_id(tmp_path: Path) -> None:
    """``activities[1]`` counts from 0; the reader is told which activity it is (A2), from a
    file, from a dict, in a change request and for a budget year; never an id that is not one."""
    body = (
        "tocgraph: 1\nid: t\nperiod: {start: 2023-01-01, end: 2027-12-31}\n"
        "goals: [{id: G1, title: g}]\n"
        "activities:\n  - {id: A1, title: a, contributes_to: [G1], budget_eur: {2030: 5}}\n"
        "  - {id: A2, titel: b, contributes_to: [G1]}\n"
        "  - {id: 'A 3', title: 5, contributes_to: [G1]}\n"
    )
    (tmp_path / "toc.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(InvalidToCError) as info:
        load(tmp_path / "toc.yaml")
    messages = [d.message for d in info.value.diagnostics]
    assert "missing required field 'title' in activities[1] (A2)" in messages
    assert "unknown key 'titel' in activities[1] (A2)" in messages
    assert "activities[2].title: expected text, got 5" in messages  # 'A 3' is no id
    (toc_file := tmp_path / "ok.yaml").write_text(body.split("  - {id: A2")[0], encoding="utf-8")
    with pytest.raises(InvalidToCError) as info:
        load(toc_file)
    assert info.value.diagnostics[0].message.startswith("activities[0].budget_eur[2030] (A1): ")
    with pytest.raises(InvalidToCError) as info:
        from_dict({**TOC, "goals": [{"id": "G1", "title": "g"}, {"id": "G2", "title": True}]})
    assert info.value.diagnostics[0].message.startswith("goals[1].title (G2): expected text")
    request = ChangeRequest.model_validate(
        {
            "tocgraph-change": 1,
            "toc": "t",
            "title": "t",
            "changes": [{"modify": "G1", "set": {"title": 7}}],
        }
    )
    with pytest.raises(InvalidToCError) as info:
        apply_changes(ToC.model_validate(TOC), request)
    assert info.value.diagnostics[0].message.startswith("changes[0].set.title (G1): expected")
