"""Findings of a change-request review: finished work stopped, outcomes that give way."""

from __future__ import annotations

from typing import Any

import tocgraph
from tocgraph.report.change_request import finding_sentence, summary_sentences
from tocgraph.schema.change import ChangeRequest


def _toc(budget: int | None = 1000) -> tocgraph.ToC:
    done: dict[str, Any] = {"id": "A1", "title": "a", "status": "achieved"}
    if budget is not None:
        done["budget_eur"] = budget
    return tocgraph.from_dict(
        {
            "tocgraph": 1,
            "id": "t",
            "goals": [{"id": "G1", "title": "g", "requires": "any"}],
            "outcomes": [
                {"id": "O1", "title": "o", "requires": "all", "contributes_to": ["G1"]},
                {"id": "O2", "title": "p", "requires": "any", "contributes_to": ["G1"]},
            ],
            "activities": [
                {**done, "contributes_to": ["O1"]},
                {"id": "A2", "title": "b", "contributes_to": ["O1"]},
                {"id": "A3", "title": "c", "contributes_to": ["O2"]},
                {"id": "A5", "title": "e", "contributes_to": ["O2"]},
            ],
        }
    )


def _review(changes: list[dict[str, Any]], budget: int | None = 1000) -> tocgraph.ChangeReview:
    request = ChangeRequest.model_validate(
        {"tocgraph-change": 1, "toc": "t.yaml", "title": "t", "changes": changes}
    )
    return tocgraph.review_change_request(_toc(budget), request)


def _kinds(review: tocgraph.ChangeReview) -> list[tuple[str, int | None, str | None]]:
    return [(f.kind, f.change, f.node) for f in review.findings if f.kind != "no_rationale"]


def test_stopping_an_achieved_activity_is_a_finding_with_its_budget() -> None:
    review = _review([{"stop": "A1"}])
    assert _kinds(review) == [
        ("stopped_achieved", 1, "A1"),
        ("outcome_not_effective", None, "O1"),  # G1 keeps its support through O2
    ]
    (done,) = [f for f in review.findings if f.kind == "stopped_achieved"]
    assert done.detail == ("1000",)
    english = finding_sentence(done, review, "en")
    assert english.startswith("Change 1 (stopping A1) stops an activity already achieved")
    assert english.endswith("Its budget of EUR 1,000 counts as freed, but has probably been spent.")
    dutch = finding_sentence(done, review, "nl")
    assert "De begroting van € 1.000 telt mee als vrijgekomen" in dutch
    assert review.goals_lost() == []


def test_removing_one_is_said_as_a_removal_and_no_budget_as_none() -> None:
    review = _review([{"remove": "A1"}], budget=None)
    (done,) = [f for f in review.findings if f.kind == "stopped_achieved"]
    assert done.detail == ("",)
    sentence = finding_sentence(done, review, "en")
    assert "removes an activity already achieved" in sentence
    assert "budget" not in sentence
    assert "verwijdert een activiteit die al behaald is" in finding_sentence(done, review, "nl")


def test_a_running_activity_or_a_second_stop_is_not_one() -> None:
    assert ("stopped_achieved", 1, "A2") not in _kinds(_review([{"stop": "A2"}]))
    twice = _kinds(_review([{"stop": "A1"}, {"stop": "A1"}]))
    assert [k for k in twice if k[0] in ("stopped_achieved", "no_effect")] == [
        ("stopped_achieved", 1, "A1"),
        ("no_effect", 2, "A1"),
    ]


def test_setting_the_status_to_stopped_is_a_stop() -> None:
    """``modify: {status: stopped}`` (or Dutch ``gestopt``) gives the ToC ``stop`` gives: the
    same finding, and the summary counts it as stopped, not modified."""
    for word in ("stopped", "gestopt"):
        review = _review([{"modify": "A1", "set": {"status": word}}])
        assert ("stopped_achieved", 1, "A1") in _kinds(review)
        assert review.steps[0].stops
        counts = summary_sentences(review, "en").split(".")[0]
        assert counts == "1 change: 1 stopped, 0 added, 0 modified, 0 removed"
    running = _review([{"modify": "A2", "set": {"status": "stopped", "title": "T"}}])
    assert summary_sentences(running, "en").startswith("1 change: 1 stopped, 0 added, 0 modified")
    other = _review(
        [{"modify": "A2", "set": {"status": "delayed"}}, {"stop": "A1"}, {"stop": "A1"}]
    )
    assert [s.stops for s in other.steps] == [False, True, False]
    assert "2 stopped, 0 added, 1 modified" in summary_sentences(other, "en")


def test_an_outcome_that_keeps_its_verdict_or_is_removed_is_no_finding() -> None:
    assert _kinds(_review([{"stop": "A3"}])) == []  # O2 keeps A5
    removed = _kinds(_review([{"remove": "A3"}, {"remove": "A5"}, {"remove": "O2"}]))
    assert [k for k in removed if k[0] == "outcome_not_effective"] == []


def _on_politica(changes: list[dict[str, Any]]) -> tocgraph.ChangeReview:
    request = ChangeRequest.model_validate(
        {"tocgraph-change": 1, "toc": "politica.yaml", "title": "t", "changes": changes}
    )
    return tocgraph.review_change_request(tocgraph.load("models/politica.yaml"), request)


def test_the_same_result_by_another_change_gets_the_same_partner_finding() -> None:
    """A3 stopped, or set to stopped or unclear, or linked elsewhere: G1 then hangs on
    WO=MEN; before, only the change ``stop`` said so."""
    routes: list[dict[str, Any]] = [
        {"stop": "A3"},
        {"remove": "A3"},
        {"modify": "A3", "set": {"status": "stopped"}},
        {"modify": "A3", "set": {"status": "unclear"}},
        {"modify": "A3", "set": {"contributes_to": ["O3"]}},
    ]
    for change in routes:
        review = _on_politica([change])
        assert ("one_partner", 1, "G1") in _kinds(review), change
        (alone,) = [f for f in review.findings if f.kind == "one_partner"]
        assert alone.detail == ("WO=MEN Dutch Gender Platform", "A3")


def test_a_new_title_is_credited_to_the_change_that_set_it() -> None:
    review = _on_politica(
        [
            {"modify": "A1", "set": {"title": "Ander werk"}},
            {"modify": "A1", "set": {"status": "on_track"}},  # changes nothing
        ]
    )
    assert [(k, c) for k, c, _ in _kinds(review)] == [("no_effect", 2), ("adjusted_activity", 1)]


def test_a_change_undone_by_a_later_one_is_a_finding() -> None:
    added = {"id": "A9", "title": "new", "contributes_to": ["O2"]}
    review = _review([{"add": added}, {"remove": "A9"}])
    assert _kinds(review) == [("undone", 1, "A9"), ("undone", 2, "A9")]
    sentence = finding_sentence(review.findings[-1], review, "en")
    assert sentence.startswith("Change 2 (removing A9) is undone by a later change")
    back = _review(
        [
            {"modify": "A2", "set": {"status": "delayed"}},
            {"modify": "A2", "set": {"status": "planned"}},
        ]
    )
    assert [k[0] for k in _kinds(back)] == ["undone", "undone"]
    kept = _review([{"modify": "A2", "set": {"status": "delayed"}}])
    assert "undone" not in [k[0] for k in _kinds(kept)]


def test_an_activity_cut_off_from_every_goal_is_a_finding() -> None:
    """Removing O1 leaves A2 (running) leading nowhere: its work and money count for no goal.
    A1 is achieved and cut off too; a stopped activity, or one added so, is not this finding."""
    review = _review([{"remove": "O1"}])
    cut = [f for f in review.findings if f.kind == "activity_reaches_no_goal"]
    assert [(f.node, f.detail) for f in cut] == [
        ("A1", ("achieved", "1000")),
        ("A2", ("planned", "")),
    ]
    english = finding_sentence(cut[1], review, "en")
    assert english == (
        "Activity A2 (planned) no longer leads to any goal after the changes. Ask the alliance "
        "whether it stops, or what it contributes to now."
    )
    assert "geplande begroting € 1.000" in finding_sentence(cut[0], review, "nl")
    stopped = _review([{"stop": "A2"}, {"remove": "O1"}])
    assert [f.node for f in stopped.findings if f.kind == "activity_reaches_no_goal"] == ["A1"]
    moved = _review([{"modify": "A3", "set": {"contributes_to": []}}])
    assert ("activity_reaches_no_goal", None, "A3") in _kinds(moved)
    added = _review([{"add": {"id": "A9", "title": "n"}}])
    assert [k for k in _kinds(added) if k[2] == "A9"] == [("added_reaches_no_goal", 1, "A9")]


def test_a_partner_a_goal_hangs_on_is_said_once_at_the_change_that_made_it_so() -> None:
    """In the bundled request, change 1 leaves G1 hanging on VHTO, change 2 undoes that and
    change 3 does it again: one finding, at change 3, not two that read as a repetition."""
    doc = tocgraph.load_change_request("models/change-requests/worden-wie-je-bent-2025-1.yaml")
    review = tocgraph.review_change_request(doc.baseline.toc, doc.request, states=doc.states)
    found = [(f.change, f.node, f.detail[0]) for f in review.findings if f.kind == "one_partner"]
    assert found == [(3, "G1", "Movisie"), (3, "G1", "VHTO")]


def _bundled(name: str) -> tocgraph.ChangeReview:
    doc = tocgraph.load_change_request(f"models/change-requests/{name}.yaml")
    return tocgraph.review_change_request(doc.baseline.toc, doc.request, states=doc.states)


def test_a_new_link_from_an_activity_is_a_claim_to_be_justified() -> None:
    """act4respect-unlimited-2024-2 raises G1's margin from 2 to 3 by a link alone (A8 -> O3)."""
    review = _bundled("act4respect-unlimited-2024-2")
    claimed = [(f.change, f.node, f.detail) for f in review.findings if f.kind == "link_claimed"]
    assert claimed == [(2, "A8", ("O3",))]
    (finding,) = [f for f in review.findings if f.kind == "link_claimed"]
    assert "stelt dat A8 ook bijdraagt aan O3" in finding_sentence(finding, review, "nl")
    added = _review([{"add": {"id": "A9", "title": "n", "contributes_to": ["O1"]}}])
    assert "link_claimed" not in [f.kind for f in added.findings]  # an added one: its own add


def test_a_goal_that_comes_to_hang_on_an_assumption_is_a_finding() -> None:
    """politica-2025-1 stops A3 and A7: G1 then falls if S1 alone fails."""
    review = _bundled("politica-2025-1")
    found = [(f.node, f.detail) for f in review.findings if f.kind == "assumption_critical"]
    assert found == [("G1", ("S1", "untested"))]
    (finding,) = [f for f in review.findings if f.kind == "assumption_critical"]
    assert finding_sentence(finding, review, "en") == (
        "Goal G1 now depends on assumption S1 (untested): if that assumption alone fails, the "
        "goal is no longer potentially effective."
    )
