"""Every bundled model loads, is what its file says, and keeps to the seed report.

The report (the public midterm evaluation, section 2.1) counts 276 activities:
213 achieved or on schedule, 30 delayed or adjusted, 10 stopped, 23 unclear.
The eight models are reconstructions of the main pathways, not the full
activity lists, so their statuses are illustrative; they are chosen so that
the shares of all eight together stay within three points of the report's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tocgraph
from tests.conftest import MODELS
from tocgraph.analysis.status_counts import Category, StatusCounts
from tocgraph.loading.discover import toc_files

MODEL_FILES = toc_files([MODELS])

REPORTED: dict[Category, int] = {
    Category.ACHIEVED_OR_ON_TRACK: 213,
    Category.DELAYED_OR_ADJUSTED: 30,
    Category.STOPPED: 10,
    Category.UNCLEAR: 23,
}
"""Activities per category in the report (section 2.1 and its note 5): 276 in all."""

LABELS = {
    Category.ACHIEVED_OR_ON_TRACK: "achieved or on schedule",
    Category.DELAYED_OR_ADJUSTED: "delayed or adjusted",
    Category.STOPPED: "stopped",
    Category.UNCLEAR: "unclear",
}


def test_there_are_eight_alliances() -> None:
    assert len(MODEL_FILES) == 8


@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: p.stem)
def test_model_is_valid_and_warns_only_about_unclear_statuses(path: Path) -> None:
    """The only warnings are TOC305, one per unclear activity (there are unclear ones, as in
    the report); no goal is undetermined, ineffective or hangs on one activity."""
    document = tocgraph.load_document(path)
    assert document.toc.id == path.stem
    assessment = tocgraph.assess(document.toc)
    unclear = [a.id for a in document.toc.activities if a.status is tocgraph.Status.UNCLEAR]
    assert [(w.code, w.node) for w in assessment.warnings] == [("TOC305", a) for a in unclear]
    for goal in assessment.goals():
        assert goal.verdict is tocgraph.Verdict.POTENTIALLY_EFFECTIVE
        assert goal.margin is not None
        assert goal.margin >= 2


@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: p.stem)
def test_model_says_it_is_illustrative(path: Path) -> None:
    head = path.read_text(encoding="utf-8")[:1000].lower()
    assert "illustrative" in head
    assert "yaml-language-server: $schema=../docs/tocgraph.schema.json" in head


@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: p.stem)
def test_model_states_its_rules_as_marked_choices(path: Path) -> None:
    """Every node with several contributors states requires, and says it is a modelling choice."""
    toc = tocgraph.load(path)
    assert toc.illustrative is True
    assessment = tocgraph.assess(toc)
    several = [n for n in assessment.non_activities() if n.contributors >= 2]
    assert several
    assert all(n.requires_stated for n in several)
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if line.strip().startswith("requires:"):
            before = " ".join(lines[max(0, number - 3) : number + 1])
            assert "modelling choice" in before, f"{path.name}:{number + 1}: unmarked requires"


@pytest.mark.parametrize(
    "path", sorted((MODELS / "change-requests").glob("*.yaml")), ids=lambda p: p.stem
)
def test_change_request_is_marked_illustrative(path: Path) -> None:
    assert tocgraph.load_change_request(path).request.illustrative is True


def test_subsidy_ceilings_add_up_to_the_documented_total() -> None:
    total = sum(tocgraph.load(p).subsidy_ceiling_eur or 0 for p in MODEL_FILES)
    # the evaluation speaks of "ruim 46 miljoen euro" (well over 46 million)
    assert 46_000_000 < total < 47_000_000
    assert total == 46_714_031


def _model_counts() -> StatusCounts:
    return tocgraph.portfolio([tocgraph.load(p) for p in MODEL_FILES]).activities


def share_table() -> str:
    """The Markdown table of models/README.md, computed from the models."""
    counts = _model_counts()
    reported = sum(REPORTED.values())
    lines = [
        f"| category | report ({reported} activities) | models ({counts.total} activities) "
        "| difference (points) |",
        "|---|---|---|---|",
    ]
    for category, label in LABELS.items():
        ours = counts.count(category)
        theirs = 100 * REPORTED[category] / reported
        mine = 100 * ours / counts.total
        lines.append(
            f"| {label} | {REPORTED[category]} ({theirs:.1f}%) | {ours} ({mine:.1f}%) "
            f"| {mine - theirs:+.1f} |"
        )
    return "\n".join(lines)


def test_the_report_counts_276_activities() -> None:
    assert sum(REPORTED.values()) == 276


def test_status_shares_match_the_report_within_three_points() -> None:
    counts = _model_counts()
    assert counts.count(Category.PLANNED) == 0, "the report has no category for planned"
    assert counts.total == sum(counts.count(c) for c in LABELS)
    for category, reported in REPORTED.items():
        ours = 100 * counts.count(category) / counts.total
        theirs = 100 * reported / sum(REPORTED.values())
        assert abs(ours - theirs) <= 3, f"{category}: {ours:.1f}% vs {theirs:.1f}% in the report"
    assert counts.count(Category.UNCLEAR) > 0


def test_readme_share_table_is_the_computed_one() -> None:
    text = (MODELS / "README.md").read_text(encoding="utf-8")
    assert share_table() in text, "update models/README.md with:\n" + share_table()


def test_readme_names_every_file() -> None:
    text = (MODELS / "README.md").read_text(encoding="utf-8")
    requests = (MODELS / "change-requests").glob("*")
    files = [*MODELS.glob("*.yaml"), *MODELS.glob("*.xlsx"), *requests]
    for path in files:
        assert f"`{path.relative_to(MODELS).as_posix()}`" in text, path.name


@pytest.mark.parametrize(
    "path",
    [*MODEL_FILES, *sorted((MODELS / "change-requests").glob("*.yaml"))],
    ids=lambda p: p.stem,
)
def test_every_partner_assignment_is_marked_assumed(path: Path) -> None:
    """The report names each alliance's partners, never who runs which activity."""
    lines = [line for line in path.read_text("utf-8").splitlines() if "partner:" in line]
    assert lines or path.parent.name == "change-requests"
    for line in lines:
        assert re.search(r"^\s+partner: .+  # assumed \(illustrative\)", line), line


@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: p.stem)
def test_model_gives_no_period_and_marks_its_goal_as_a_paraphrase(path: Path) -> None:
    """The report gives no period per alliance; goal titles are our wording of its goals."""
    toc = tocgraph.load(path)
    assert toc.period is None
    lines = path.read_text("utf-8").splitlines()
    start = lines.index("  - id: G1")
    goal = lines[start : next(i for i in range(start + 1, len(lines)) if "title:" in lines[i]) + 1]
    assert any("# paraphrase of the strategic goal" in line for line in goal)
