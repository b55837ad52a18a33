"""Change requests: every error located, reviews, and the diff lists exactly the changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import tocgraph
from tests.conftest import ROOT
from tests.strategies import toc_data
from tocgraph.schema.apply import apply_changes
from tocgraph.schema.change import ChangeRequest
from tocgraph.schema.model import ToC

BASELINE = "toc: worden-wie-je-bent.yaml\n"
HEAD = "tocgraph-change: 1\n" + BASELINE + "title: T\nchanges:\n"

# code -> (changes part of the file, line, column, words in the message)
CASES = {
    "TOC501": ("  - {stop: A2, remove: A5}\n", 5, 5, "names stop and remove"),
    "TOC502": ("  - stop: A12\n", 5, 11, "'A12'"),
    "TOC503": ("  - add: {id: A1, title: x, contributes_to: [O1]}\n", 5, 15, "already exists"),
    "TOC504": ("  - modify: A6\n    set: {statuss: adjusted}\n", 6, 11, "no field 'statuss'"),
    "TOC505": ("  - stop: O1\n", 5, 11, "only activities"),
    "TOC202": ("  - add: {id: A9, title: x, contributes_to: [O7]}\n", 5, 46, "unknown node 'O7'"),
    "TOC204": (
        "  - modify: O1\n    set: {contributes_to: [O2]}\n  - modify: O2\n"
        "    set: {contributes_to: [O1]}\n",
        7,
        5,
        "cycle",
    ),
    "TOC105": ("  - modify: A6\n    set: {status: klar}\n", 6, 19, "unknown status"),
    "TOC101": ("  - stop: A2\n    rationale: x\n    reason: y\n", 7, 5, "unknown key 'reason'"),
    "TOC507": ("  - remove: G1\n", 5, 13, "the last goal"),
}


def _review(text: str, tmp_path: Path) -> tocgraph.ChangeReview:
    path = tmp_path / "cr.yaml"
    path.write_text(text, encoding="utf-8")
    model = ROOT / "models" / "worden-wie-je-bent.yaml"
    (tmp_path / model.name).write_bytes(model.read_bytes())
    document = tocgraph.load_change_request(path, root=tmp_path)
    return tocgraph.review_change_request(
        document.baseline.toc, document.request, states=document.states
    )


@pytest.mark.parametrize("code", sorted(CASES))
def test_change_errors_are_located(code: str, tmp_path: Path) -> None:
    body, line, column, words = CASES[code]
    with pytest.raises(tocgraph.InvalidToCError) as info:
        _review(HEAD + body, tmp_path)
    found = [d for d in info.value.diagnostics if d.code == code]
    assert found, info.value
    assert (found[0].line, found[0].column) == (line, column), found[0].format()
    assert words in found[0].message


def test_every_change_code_has_a_case() -> None:
    from tocgraph.errors import CODES

    expected = {c for c, info in CODES.items() if c.startswith("TOC5") and info.severity == "error"}
    assert expected - {"TOC506", "TOC508"} <= set(CASES)  # baselines: tests/loading
    # TOC509, the warning of a change without rationale: tests/test_cli.py


def test_missing_baseline(tmp_path: Path) -> None:
    text = "tocgraph-change: 1\ntoc: nowhere.yaml\ntitle: T\nchanges: [{stop: A1}]\n"
    with pytest.raises(tocgraph.InvalidToCError) as info:
        _review(text, tmp_path)
    assert {d.code for d in info.value.diagnostics} == {"TOC001", "TOC506"}


@pytest.mark.parametrize(
    "text",
    [
        "tocgraph-change: 2\ntoc: x\n",
        "- a list\n",
        "tocgraph-change: 1\ntitle: T\n",
        HEAD.replace("changes:\n", "changes: []\n"),
        HEAD + "  - 5\n",
        HEAD + "  - stop: [A1]\n",
    ],
)
def test_bad_change_files_give_diagnostics(text: str, tmp_path: Path) -> None:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        _review(text, tmp_path)
    assert info.value.diagnostics


def test_removing_the_only_goal_after_adding_another_is_allowed(tmp_path: Path) -> None:
    body = (
        "  - add: {id: G2, title: Nieuw doel}\n    level: goal\n"
        "  - modify: O1\n    set: {contributes_to: [G2]}\n"
        "  - modify: O2\n    set: {contributes_to: [G2]}\n"
        "  - remove: G1\n"
    )
    review = _review(HEAD + body, tmp_path)
    assert [g.id for g in review.result.goals] == ["G2"]


def test_a_change_can_refer_to_a_node_added_before_it(tmp_path: Path) -> None:
    body = (
        "  - add: {id: O9, title: Nieuw, contributes_to: [G1]}\n    level: outcome\n"
        "  - add: {id: A9, title: x, contributes_to: [O9]}\n"
        "  - remove: A9\n"
    )
    review = _review(HEAD + body, tmp_path)
    assert [s.action for s in review.steps] == ["add", "add", "remove"]
    assert review.diff.added == ("O9",)
    # G1 requires all its outcomes, and O9 is left without contributors
    assert review.goals_lost() == ["G1"]


def test_bundled_examples() -> None:
    folder = ROOT / "models" / "change-requests"
    for path in sorted(folder.glob("*.yaml")):
        document = tocgraph.load_change_request(path)
        review = tocgraph.review_change_request(document.baseline.toc, document.request)
        assert review.goals_lost() == [], path


def test_the_review_assesses_each_state_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The review's diff is compare()'s, from the assessments the review made already."""
    from tocgraph.analysis import assessment, diff, review

    document = tocgraph.load_change_request(
        ROOT / "models" / "change-requests" / "politica-2025-1.yaml"
    )
    baseline, request = document.baseline.toc, document.request
    expected = tocgraph.compare(baseline, apply_changes(baseline, request)[-1])
    calls: list[str] = []

    def counted(toc: ToC, *args: Any, **kwargs: Any) -> assessment.Assessment:
        calls.append(toc.id)
        return assessment.assess(toc, *args, **kwargs)

    monkeypatch.setattr(review, "assess", counted)
    monkeypatch.setattr(diff, "assess", counted)
    result = tocgraph.review_change_request(baseline, request)
    assert len(calls) == 1 + len(request.changes)  # the baseline, then each change's state
    assert result.diff == expected


def test_goal_lost_fixture() -> None:
    document = tocgraph.load_change_request("tests/fixtures/change-requests/goal-lost.yaml")
    review = tocgraph.review_change_request(document.baseline.toc, document.request)
    assert review.goals_lost() == ["G1"]
    assert {f.kind for f in review.findings} == {
        "no_rationale",
        "stopped_achieved",  # A1 is achieved
        "goal_not_effective",
        "outcome_not_effective",
        "one_partner",
        "added_reaches_no_goal",
        "partner_without_activities",
    }


@settings(max_examples=100, deadline=None)
@given(toc_data(), st.data())
def test_diff_of_an_applied_request_lists_exactly_the_changes(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    baseline = ToC.model_validate(data)
    running = [a.id for a in baseline.activities if a.status.value != "stopped"]
    stop = draw.draw(st.lists(st.sampled_from(running), unique=True)) if running else []
    goal = baseline.goals[0].id
    changes: list[dict[str, Any]] = [{"stop": a} for a in stop]
    changes.append({"add": {"id": "NEW", "title": "new", "contributes_to": [goal]}})
    request = ChangeRequest.model_validate(
        {"tocgraph-change": 1, "toc": "x", "title": "t", "changes": changes}
    )
    result = apply_changes(baseline, request)[-1]
    diff = tocgraph.compare(baseline, result)
    assert diff.added == ("NEW",)
    assert diff.removed == ()
    assert sorted(str(f.node) for f in diff.fields) == sorted(stop)
    assert {f.field for f in diff.fields} <= {"status"}
    assert [(link.source, link.target) for link in diff.links_added] == [("NEW", goal)]
    assert diff.links_removed == ()


@settings(max_examples=100, deadline=None)
@given(toc_data())
def test_diff_of_a_toc_with_itself_is_empty(data: dict[str, Any]) -> None:
    toc = ToC.model_validate(data)
    diff = tocgraph.compare(toc, toc)
    assert diff.is_empty()
    assert diff.effects == ()


def _renamed(data: dict[str, Any], names: dict[str, str]) -> Any:
    """``data`` with every id (and every reference to one) replaced by ``names``."""
    if isinstance(data, dict):
        return {k: _renamed(v, names) for k, v in data.items()}
    if isinstance(data, list):
        return [_renamed(v, names) for v in data]
    return names.get(data, data) if isinstance(data, str) else data


ANY_ID = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,4}", fullmatch=True)


@settings(max_examples=100, deadline=None)
@given(toc_data(), st.data())
def test_diff_takes_any_ids(data: dict[str, Any], draw: st.DataObject) -> None:
    """Ids that are prefixes of others, digits only, with dots: compared and sorted alike."""
    old_ids = sorted(
        {
            n["id"]
            for key in ("goals", "outcomes", "outputs", "activities")
            for n in data.get(key, ())
        }
    )
    new_ids = draw.draw(
        st.lists(ANY_ID, min_size=len(old_ids), max_size=len(old_ids), unique_by=str.lower)
    )
    toc = ToC.model_validate(_renamed(data, dict(zip(old_ids, new_ids, strict=True))))
    assert tocgraph.compare(toc, toc).is_empty()
    first = toc.activities[0]
    fewer = toc.model_copy(update={"activities": toc.activities[1:]})
    diff = tocgraph.compare(toc, fewer)
    assert diff.removed == (first.id,)
    assert [link.source for link in diff.links_removed] == [first.id] * len(first.contributes_to)


def test_diff_of_ids_that_are_prefixes_of_others() -> None:
    """``A`` and ``A1`` both link to G1 (found by fuzzing: the sort key mixed types)."""
    toc = tocgraph.loads(
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\nactivities:\n"
        "  - {id: A, title: a, contributes_to: [G1]}\n"
        "  - {id: A1, title: b, contributes_to: [G1]}\n"
        "  - {id: A10, title: c, contributes_to: [G1]}\n"
        "  - {id: A2, title: d, contributes_to: [G1]}\n"
    )
    assert tocgraph.compare(toc, toc).is_empty()
    empty = toc.model_copy(update={"activities": ()})
    removed = tocgraph.compare(toc, empty).links_removed
    assert [link.source for link in removed] == ["A", "A1", "A2", "A10"]


def test_remove_drops_links_to_the_node() -> None:
    toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    request = ChangeRequest.model_validate(
        {"tocgraph-change": 1, "toc": "x", "title": "t", "changes": [{"remove": "O2"}]}
    )
    result = apply_changes(toc, request)[-1]
    assert all(link.to != "O2" for a in result.activities for link in a.contributes_to)
    text = yaml.safe_dump(result.model_dump(mode="json", exclude_defaults=True))
    assert tocgraph.loads(text) == result


UNDONE_TOC = """tocgraph: 1
id: demo
partners: [Movisie, LCC+]
goals:
  - {id: G1, title: Doel, requires: all}
outcomes:
  - {id: O1, title: Uitkomst, contributes_to: [G1], requires: any}
activities:
  - {id: A1, title: Trainingen, partner: Movisie, contributes_to: [O1]}
  - {id: A2, title: Netwerken, partner: LCC+, contributes_to: [O1]}
  - {id: A3, title: Onderzoek, contributes_to: [G1]}
"""


@pytest.mark.parametrize(("restart", "expected"), [(True, []), (False, [("G1", "Movisie")])])
def test_one_partner_holds_after_the_last_change(
    restart: bool, expected: list[tuple[str, str]], tmp_path: Path
) -> None:
    """Found by fuzzing: a stop undone by a later change still said "can no longer do without"."""
    (tmp_path / "toc.yaml").write_text(UNDONE_TOC, "utf-8")
    again = "  - modify: A2\n    set: {status: on_track}\n" if restart else ""
    path = tmp_path / "cr.yaml"
    path.write_text(
        f"tocgraph-change: 1\ntoc: toc.yaml\ntitle: T\nchanges:\n  - stop: A2\n{again}", "utf-8"
    )
    review = tocgraph.review_change_file(path, root=tmp_path).review
    found = [(f.node, f.detail[0]) for f in review.findings if f.kind == "one_partner"]
    assert found == expected


def test_an_unknown_level_is_one_error_with_the_levels(tmp_path: Path) -> None:
    """Found by fuzzing: two errors that named pydantic's union members (str-enum[Kind])."""
    body = "  - add: {id: O9, title: x, contributes_to: [G1]}\n    level: outcomes\n"
    with pytest.raises(tocgraph.InvalidToCError) as info:
        _review(HEAD + body, tmp_path)
    (problem,) = info.value.diagnostics
    assert problem.message == (
        "changes[0].level: expected 'activity', 'output', 'outcome', 'goal', 'assumption', "
        "got 'outcomes'"
    )
    assert problem.hint == "did you mean 'outcome'?"


def test_diff_names_a_change_of_illustrative() -> None:
    """Example data that stops saying so would read as an alliance's own statements."""
    old = tocgraph.load(ROOT / "models" / "politica.yaml")
    diff = tocgraph.compare(old, old.model_copy(update={"illustrative": False}))
    assert [(f.node, f.field, f.before, f.after) for f in diff.fields] == [
        (None, "illustrative", True, False)
    ]
