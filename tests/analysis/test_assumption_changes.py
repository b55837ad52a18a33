"""Named assumptions in change requests, reviews and diffs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tocgraph
from tocgraph.report.change_request import finding_sentence
from tocgraph.schema.model import AssumptionStatus

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "assumptions.yaml"

REQUEST = """\
tocgraph-change: 1
toc: toc.yaml
title: Het kabinet valt
changes:
  - modify: S1
    set: {status: faalt}
    rationale: Het kabinet is gevallen
  - add: {id: S7, text: Scholen blijven meedoen, status: holds}
    level: assumption
    rationale: Nieuwe aanname
  - modify: O1
    set: {contributes_to: [{to: G1, assumptions: [S7]}]}
    rationale: Een andere route
  - remove: S5
    rationale: Op geen enkele link
"""


def _review(tmp_path: Path, request: str) -> tocgraph.ChangeReview:
    shutil.copyfile(FIXTURE, tmp_path / "toc.yaml")
    (tmp_path / "cr.yaml").write_text(request, "utf-8")
    document = tocgraph.load_change_request(tmp_path / "cr.yaml", root=tmp_path)
    return tocgraph.review_change_request(
        document.baseline.toc, document.request, states=document.states
    )


def test_a_request_modifies_adds_and_removes_assumptions(tmp_path: Path) -> None:
    review = _review(tmp_path, REQUEST)
    statuses = {a.id: a.status.value for a in review.result.assumptions}
    assert statuses == {
        "S1": "fails",
        "S2": "at_risk",
        "S3": "fails",
        "S4": "untested",
        "S7": "holds",
    }
    # change 1 makes G1 lose the route through O1; change 3 gives it back through S7
    assert [[e.id for e in s.effects] for s in review.steps] == [["G1"], [], ["G1"], []]
    found = [(f.kind, f.change, f.node, f.detail) for f in review.findings]
    assert ("assumption_changed", 1, "S1", ("status", "holds", "fails")) in found
    assert ("assumption_changed", 2, "S7", ("added", "", "holds")) in found
    assert ("assumption_changed", 4, "S5", ("removed", "untested", "")) in found
    sentence = next(finding_sentence(f, review, "nl") for f in review.findings if f.node == "S1")
    assert "van \u2018houdt stand\u2019 in \u2018houdt geen stand\u2019 (wijziging 1)" in sentence
    assert review.to_dict()["diff"]["assumptions"] == {
        "added": ["S7"],
        "removed": ["S5"],
        "changed": [{"id": "S1", "field": "status", "before": "holds", "after": "fails"}],
    }


def test_removing_an_assumption_takes_it_off_its_links(tmp_path: Path) -> None:
    request = "tocgraph-change: 1\ntoc: toc.yaml\ntitle: t\nchanges:\n  - remove: S3\n"
    review = _review(tmp_path, request)
    assert review.result.outcomes[1].contributes_to[1].assumptions == ()
    assert review.after.nodes["G2"].support.value == "T"


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        ("  - stop: S1\n", "TOC505", "'S1' is an assumption"),
        ("  - modify: S1\n    set: {statuss: fails}\n", "TOC504", "did you mean 'status'?"),
        ("  - add: {id: A1, text: x}\n    level: assumption\n", "TOC503", "already exists"),
        ("  - add: {id: S9, text: x, status: nope}\n    level: assumption\n", "TOC102", "nope"),
        (
            "  - modify: O1\n    set: {contributes_to: [{to: G1, assumptions: [S99]}]}\n",
            "TOC221",
            "S99",
        ),
    ],
)
def test_wrong_assumption_changes_are_located(
    tmp_path: Path, change: str, code: str, words: str
) -> None:
    request = "tocgraph-change: 1\ntoc: toc.yaml\ntitle: t\nchanges:\n" + change
    with pytest.raises(tocgraph.InvalidToCError) as info:
        _review(tmp_path, request)
    (diagnostic,) = info.value.diagnostics
    assert diagnostic.code == code
    assert diagnostic.line in (5, 6)  # the change, or its set: line
    assert words in diagnostic.format()


def test_diff_shows_named_assumptions_on_links_and_their_statuses() -> None:
    from tocgraph.report.whatif import diff_text

    old = tocgraph.load(FIXTURE)
    links = (old.outcomes[0].contributes_to[0].model_copy(update={"assumptions": ("S1", "S2")}),)
    new = old.model_copy(
        update={
            "outcomes": (
                old.outcomes[0].model_copy(update={"contributes_to": links}),
                old.outcomes[1],
            ),
            "assumptions": tuple(
                a.model_copy(update={"status": AssumptionStatus.FAILS}) if a.id == "S2" else a
                for a in old.assumptions
            ),
        }
    )
    result = tocgraph.compare(old, new)
    assert [(f.node, f.field) for f in result.fields] == [("O1", "contributes_to[G1].assumptions")]
    assert [(f.node, f.field, f.before, f.after) for f in result.assumption_fields] == [
        ("S2", "status", "at_risk", "fails")
    ]
    shown = diff_text(result, "nl")
    assert "O1: benoemde aannames (draagt bij aan G1): S1 -> S1, S2" in shown
    assert "S2: status: onder druk -> houdt geen stand" in shown
    assert not tocgraph.compare(old, old).to_dict()["assumptions"]["changed"]


def test_the_markdown_report_lists_assumptions_before_and_after(tmp_path: Path) -> None:
    from tocgraph.report.change_request import change_request_report

    report = change_request_report(_review(tmp_path, REQUEST), "nl")
    assert "## Aannames" in report
    row = "| S1 | Docenten passen toe wat zij leren | houdt stand | houdt geen stand | - |"
    assert row in report
    assert "| S7 | Scholen blijven meedoen | (niet in deze versie) | houdt stand | G1 |" in report
