"""Every bundled model loads, passes a strict check, and is what its file says."""

from __future__ import annotations

from pathlib import Path

import pytest

import tocgraph
from tests.conftest import MODELS
from tocgraph.loading.discover import toc_files

MODEL_FILES = toc_files([MODELS])


def test_there_are_eight_alliances() -> None:
    assert len(MODEL_FILES) == 8


@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: p.stem)
def test_model_is_valid_and_warning_free(path: Path) -> None:
    document = tocgraph.load_document(path)
    assert document.toc.id == path.stem
    assessment = tocgraph.assess(document.toc)
    assert assessment.warnings == ()
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
