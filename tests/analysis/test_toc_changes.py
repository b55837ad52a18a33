"""Findings on a change request that changes the ToC itself: one test per finding kind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tocgraph
from tests.conftest import ROOT
from tests.strategies import toc_data
from tocgraph.analysis.review import ChangeReview
from tocgraph.analysis.toc_changes import goals_held_by_lowered_requires, lowered_requires
from tocgraph.i18n import LANGUAGES
from tocgraph.report.change_request import finding_sentence
from tocgraph.report.whatif import diff_text
from tocgraph.schema.change import ChangeRequest
from tocgraph.schema.model import ToC

HEAD = "tocgraph-change: 1\ntoc: worden-wie-je-bent.yaml\ntitle: T\nchanges:\n"


def _review(body: str, tmp_path: Path) -> ChangeReview:
    path = tmp_path / "cr.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    model = ROOT / "models" / "worden-wie-je-bent.yaml"
    (tmp_path / model.name).write_bytes(model.read_bytes())
    document = tocgraph.load_change_request(path, root=tmp_path)
    return tocgraph.review_change_request(
        document.baseline.toc, document.request, states=document.states
    )


def _of(review: ChangeReview, kind: str) -> list[tuple[int | None, str | None, tuple[str, ...]]]:
    return [(f.change, f.node, f.detail) for f in review.findings if f.kind == kind]


def test_toc_changed_title_requires_links_added_removed(tmp_path: Path) -> None:
    body = (
        "  - modify: G1\n    set: {title: Nieuw doel, requires: any}\n    rationale: x\n"
        "  - add: {id: O9, title: Nieuwe uitkomst, contributes_to: [G1]}\n"
        "    level: outcome\n    rationale: x\n"
        "  - modify: O1\n    set: {contributes_to: [O9]}\n    rationale: x\n"
        "  - remove: O2\n    rationale: x\n"
    )
    review = _review(body, tmp_path)
    old_title = review.baseline.goals[0].title
    old_o2 = review.baseline.node("O2").title
    assert _of(review, "toc_changed") == [
        (4, "O2", ("removed", old_o2, "")),
        (2, "O9", ("added", "", "Nieuwe uitkomst")),
        (1, "G1", ("title", old_title, "Nieuw doel")),
        (1, "G1", ("requires", "all", "any")),
        (3, "O1", ("links", "G1", "O9")),
    ]
    assert review.toc_changed()
    assert review.to_dict()["toc_changed"] is True


def test_a_request_that_changes_only_activities_does_not_change_the_toc(tmp_path: Path) -> None:
    review = _review("  - stop: A2\n    rationale: x\n", tmp_path)
    assert _of(review, "toc_changed") == []
    assert not review.toc_changed()


@pytest.mark.parametrize(
    ("old", "new", "lowered"),
    [
        ("all", 1, True),
        ("all", "any", True),
        (3, 2, True),
        (2, "any", True),
        (1, "any", False),
        (2, 3, False),
        ("any", "all", False),
        (2, "all", False),
        ("all", "all", False),
    ],
)
def test_requires_lowered(old: str | int, new: str | int, lowered: bool) -> None:
    toc = tocgraph.load("models/worden-wie-je-bent.yaml")  # model_copy: no range check
    before = toc.model_copy(update={"goals": (toc.goals[0].model_copy(update={"requires": old}),)})
    after = toc.model_copy(update={"goals": (toc.goals[0].model_copy(update={"requires": new}),)})
    assert lowered_requires(before, after) == ({"G1": (old, new)} if lowered else {})


def test_requires_lowered_finding_and_the_goal_it_holds(tmp_path: Path) -> None:
    # stopping enough of the school pathway loses O1 and so G1 (requires all) while O2 holds;
    # lowering the goal's bar to any keeps it
    school = ("A1", "A2", "A3", "A6")
    body = "".join(f"  - stop: {a}\n    rationale: x\n" for a in school)
    lost = _review(body, tmp_path)
    assert lost.goals_lost() == ["G1"]
    held = _review(body + "  - modify: G1\n    set: {requires: any}\n    rationale: x\n", tmp_path)
    assert held.goals_lost() == []
    assert _of(held, "requires_lowered") == [(5, "G1", ("all", "any"))]
    assert held.held_by_lowered_requires == ("G1",)
    assert held.goals_at_risk() == ["G1"]
    assert goals_held_by_lowered_requires(held.baseline, held.result) == ("G1",)


def test_a_lowered_bar_that_changes_no_verdict_holds_no_goal(tmp_path: Path) -> None:
    review = _review("  - modify: G1\n    set: {requires: any}\n    rationale: x\n", tmp_path)
    assert [f.kind for f in review.findings] == ["toc_changed", "requires_lowered"]
    assert review.held_by_lowered_requires == ()
    assert review.goals_at_risk() == []


def test_partner_without_activities(tmp_path: Path) -> None:
    # Movisie runs A3 (on track); A5 is achieved, which is no longer running
    review = _review("  - stop: A3\n    rationale: x\n", tmp_path)
    assert _of(review, "partner_without_activities") == [(None, None, ("Movisie",))]
    # VHTO keeps A4, A7 and A8 when A1 stops
    review = _review("  - stop: A1\n    rationale: x\n", tmp_path)
    assert _of(review, "partner_without_activities") == []


def test_adjusted_activity_by_status_and_by_title(tmp_path: Path) -> None:
    toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    running = [a for a in toc.activities if a.status.value not in ("adjusted", "stopped")]
    first, second = running[0], running[1]
    body = (
        f"  - modify: {first.id}\n    set: {{status: adjusted}}\n    rationale: x\n"
        f"  - modify: {second.id}\n    set: {{title: Iets anders}}\n    rationale: x\n"
    )
    review = _review(body, tmp_path)
    assert _of(review, "adjusted_activity") == [
        (1, first.id, ("status", first.title, first.title)),
        (2, second.id, ("title", second.title, "Iets anders")),
    ]


def test_a_new_title_with_new_links_is_not_an_adjusted_activity(tmp_path: Path) -> None:
    toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    activity = next(a for a in toc.activities if a.status.value != "adjusted")
    other = next(o.id for o in toc.outcomes if o.id not in {x.to for x in activity.contributes_to})
    body = (
        f"  - modify: {activity.id}\n    set: {{title: Iets anders, contributes_to: [{other}]}}\n"
        "    rationale: x\n"
    )
    assert _of(_review(body, tmp_path), "adjusted_activity") == []


ADD_A9 = (
    "  - add: {id: A9, title: Nieuw, partner: Movisie, status: planned, contributes_to: [O1]}\n"
    "    rationale: x\n"
)


def test_requires_not_scaled_when_a_contributor_is_added(tmp_path: Path) -> None:
    # O1 states requires: 3 of its 6 contributors; a seventh leaves the bar at 3
    review = _review(ADD_A9, tmp_path)
    assert _of(review, "requires_not_scaled") == [(1, "O1", ("3", "6", "7", "A9"))]
    # a new link from an existing activity adds a contributor too (A1 led only to O1)
    body = "  - modify: A1\n    set: {contributes_to: [O1, O2]}\n    rationale: x\n"
    assert _of(_review(body, tmp_path), "requires_not_scaled") == [(1, "O2", ("3", "6", "7", "A1"))]


def test_requires_not_scaled_only_when_the_bar_stays_and_contributors_grow(
    tmp_path: Path,
) -> None:
    # the bar moved with the new contributor: the ToC change itself is the finding
    body = ADD_A9 + "  - modify: O1\n    set: {requires: 4}\n    rationale: x\n"
    review = _review(body, tmp_path)
    assert _of(review, "requires_not_scaled") == []
    assert ("requires", "3", "4") in [d for _, _, d in _of(review, "toc_changed")]
    # one contributor swapped for another: still 3 of 6
    body = ADD_A9 + "  - remove: A2\n    rationale: x\n"
    assert _of(_review(body, tmp_path), "requires_not_scaled") == []
    # 'all' scales by itself (G1 gains no contributor here anyway, O1 stops being numeric)
    body = ADD_A9 + "  - modify: O1\n    set: {requires: all}\n    rationale: x\n"
    assert _of(_review(body, tmp_path), "requires_not_scaled") == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Outcome O1 needs a fixed number of 3 contributors; with A9 as a new contributor"),
        ("nl", "Outcome O1 vereist een vast aantal van 3 bijdragende onderdelen; met A9 als nieuw"),
    ],
)
def test_requires_not_scaled_sentence(lang: str, expected: str, tmp_path: Path) -> None:
    review = _review(ADD_A9, tmp_path)
    finding = next(f for f in review.findings if f.kind == "requires_not_scaled")
    sentence = finding_sentence(finding, review, lang)  # type: ignore[arg-type]
    assert sentence.startswith(expected)
    assert ("3 of 7 instead of 3 of 6" if lang == "en" else "3 van 7 in plaats van 3 van 6") in (
        sentence
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_new_finding_has_a_sentence(lang: str) -> None:
    document = tocgraph.load_change_request("tests/fixtures/change-requests/toc-changed.yaml")
    review = tocgraph.review_change_request(
        document.baseline.toc, document.request, states=document.states
    )
    kinds = {f.kind for f in review.findings}
    assert kinds >= {
        "toc_changed",
        "requires_lowered",
        "partner_without_activities",
        "adjusted_activity",
    }
    for finding in review.findings:
        sentence = finding_sentence(finding, review, lang)  # type: ignore[arg-type]
        assert sentence, finding
        assert "{" not in sentence, sentence


def test_the_issue_case_is_not_reported_as_simply_effective() -> None:
    document = tocgraph.load_change_request("tests/fixtures/change-requests/toc-changed.yaml")
    review = tocgraph.review_change_request(
        document.baseline.toc, document.request, states=document.states
    )
    assert review.goals_lost() == []  # the bar moved, so the verdict alone says "effective"
    assert review.goals_at_risk() == ["G1"]  # ... and the exit code says otherwise
    assert review.toc_changed()
    assert sorted(review.diff.removed) == ["O4"]


@settings(max_examples=60, deadline=None)
@given(toc_data(), st.data())
def test_stopping_activities_never_changes_the_toc_or_its_bars(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    baseline = ToC.model_validate(data)
    running = [a.id for a in baseline.activities if a.status.value != "stopped"]
    stop = draw.draw(st.lists(st.sampled_from(running), unique=True)) if running else []
    if not stop:
        return
    request = ChangeRequest.model_validate(
        {"tocgraph-change": 1, "toc": "x", "title": "t", "changes": [{"stop": a} for a in stop]}
    )
    review = tocgraph.review_change_request(baseline, request)
    kinds = {f.kind for f in review.findings}
    assert not kinds & {"toc_changed", "requires_lowered", "adjusted_activity"}
    assert review.held_by_lowered_requires == ()
    assert review.goals_at_risk() == review.goals_lost()


def test_diff_shows_what_holds_only_by_a_lowered_requires() -> None:
    """A3 stopped and G1's requires lowered from 3 to 2: G1's margin stays 3 (no effect),
    but at the old bar it would be 2. diff shows that, as a change request's review does."""
    old = tocgraph.load("models/politica.yaml")
    goal = old.goals[0].model_copy(update={"requires": 2})
    stopped = tuple(
        a.model_copy(update={"status": tocgraph.Status.STOPPED}) if a.id == "A3" else a
        for a in old.activities
    )
    new = old.model_copy(update={"goals": (goal,), "activities": stopped})
    result = tocgraph.compare(old, new)
    assert "G1" not in [e.id for e in result.effects]
    (held,) = result.requires_effects
    assert (held.id, held.before and held.before.margin, held.after and held.after.margin) == (
        "G1",
        2,
        3,
    )
    assert result.to_dict()["requires_effects"][0]["before"]["margin"] == 2
    shown = diff_text(result, "nl")
    assert "oordelen en marges die alleen door een verlaagde vereiste overeind blijven:" in shown
    assert (
        tocgraph.compare(old, old.model_copy(update={"activities": stopped})).requires_effects == ()
    )
