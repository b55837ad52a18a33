"""Wrong arguments to the library give tocgraph's errors or a TypeError naming the parameter.

Found by review round 4: each call below raised an AttributeError or a bare
TypeError from deep inside, read file descriptor 3, or drew another ToC's
verdicts without a word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import tocgraph

POLITICA = "models/politica.yaml"


@pytest.fixture(scope="module")
def toc() -> tocgraph.ToC:
    return tocgraph.load(POLITICA)


def test_an_assessment_of_another_toc_is_refused_not_drawn(toc: tocgraph.ToC) -> None:
    other = tocgraph.assess(tocgraph.load("models/jong-gelijk.yaml"))
    same_id = tocgraph.assess(
        tocgraph.loads("tocgraph: 1\nid: politica\ngoals: [{id: G1, title: g}]\n")
    )
    calls: list[Callable[[tocgraph.Assessment], object]] = [
        lambda a: tocgraph.to_networkx(toc, a),
        lambda a: tocgraph.to_mermaid(toc, a),
        lambda a: tocgraph.to_dot(toc, a),
        lambda a: tocgraph.export_graph(toc, a, "graphml"),
    ]
    for call in calls:
        with pytest.raises(tocgraph.OptionError, match="of the ToC 'jong-gelijk', not of"):
            call(other)
        with pytest.raises(tocgraph.OptionError, match="has no node 'O1'"):
            call(same_id)  # the same id, another version
    assert tocgraph.to_networkx(toc, tocgraph.assess(toc)).nodes["G1"]["margin"] == 3


@pytest.mark.parametrize("path", [None, 3, 0, b"models/politica.yaml"])
def test_a_path_that_is_no_file_name_is_a_type_error(path: object) -> None:
    reads: list[Callable[[Any], object]] = [
        tocgraph.load,
        tocgraph.check_file,
        tocgraph.load_policy,
    ]
    for read in reads:
        with pytest.raises(TypeError, match="path must be a file name"):
            read(path)


@pytest.mark.parametrize("day", ["2025-01-31", "yesterday", dt.datetime(2025, 1, 31, 12)])
def test_as_of_must_be_a_date(toc: tocgraph.ToC, day: object) -> None:
    with pytest.raises(TypeError, match=r"as_of must be a datetime\.date"):
        tocgraph.monitor(toc, as_of=day)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"as_of must be a datetime\.date"):
        tocgraph.portfolio([toc], as_of=day)  # type: ignore[arg-type]


def test_a_portfolio_takes_a_list_of_tocs(toc: tocgraph.ToC) -> None:
    with pytest.raises(TypeError, match="tocs must be a list of ToCs"):
        tocgraph.portfolio(toc)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="tocs must hold ToCs"):
        tocgraph.portfolio([POLITICA])  # type: ignore[list-item]


def test_a_review_takes_a_toc_and_a_change_request(toc: tocgraph.ToC) -> None:
    for request in (None, "cr.yaml"):
        with pytest.raises(TypeError, match="takes a ToC and a ChangeRequest"):
            tocgraph.review_change_request(toc, request)  # type: ignore[arg-type]


def test_workbooks_graphs_and_outputs_check_what_they_are_given(
    toc: tocgraph.ToC, tmp_path: Path
) -> None:
    from tocgraph.report.workbook import csv_files, xlsx_bytes

    for make in (csv_files, xlsx_bytes):
        with pytest.raises(TypeError, match="toc must be a ToC"):
            make(POLITICA)  # type: ignore[arg-type]
    with pytest.raises(tocgraph.OptionError, match="unknown graph format 'svg'"):
        tocgraph.export_graph(toc, tocgraph.assess(toc), "svg")
    target = tmp_path / "out.txt"
    with pytest.raises(TypeError, match="data must be str or bytes, not int"):
        tocgraph.write_output(target, 3)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_format_that_is_no_text_is_named_by_its_type(toc: tocgraph.ToC) -> None:
    with pytest.raises(tocgraph.OptionError) as raised:
        tocgraph.render(toc, tocgraph.assess(toc))  # type: ignore[arg-type]
    assert str(raised.value) == (
        "unknown format of type Assessment; choose one of svg, png, dot, mmd"
    )


def test_activity_costs_say_whether_they_are_exact(toc: tocgraph.ToC) -> None:
    result = tocgraph.criticality(toc)
    cost = result.ranking[0]
    assert cost.margin_lost_exact is (cost.margin_lost_bounds is None)
    assert result.to_dict()["ranking"][0]["margin_lost_exact"] is cost.margin_lost_exact


def test_only_activities_stop_and_only_assumptions_fail(toc: tocgraph.ToC) -> None:
    """A stopped goal changed nothing and drew "G1 stopped"; an activity was "not in this ToC"."""
    with pytest.raises(tocgraph.ScenarioError, match="'G1' is not an activity"):
        tocgraph.assess(toc, stopped=["G1"])
    with pytest.raises(tocgraph.ScenarioError, match="'A1' is not an assumption"):
        tocgraph.assess(toc, failed=["A1"])
    with pytest.raises(tocgraph.ScenarioError, match="'X9' is not in this ToC"):
        tocgraph.assess(toc, stopped=["X9"])


def test_a_baseline_of_another_toc_is_refused_not_drawn(toc: tocgraph.ToC) -> None:
    other = tocgraph.assess(tocgraph.load("models/jong-gelijk.yaml"))
    for draw in (tocgraph.to_mermaid, tocgraph.to_dot):
        with pytest.raises(tocgraph.OptionError, match="baseline is of the ToC 'jong-gelijk'"):
            draw(toc, tocgraph.assess(toc), other)
        with pytest.raises(tocgraph.OptionError, match="unknown changed_by 'bogus'"):
            draw(toc, tocgraph.assess(toc), changed_by="bogus")  # type: ignore[arg-type]


def test_review_states_of_another_toc_are_refused() -> None:
    folder = "models/change-requests/"
    mine = tocgraph.load_change_request(folder + "act4respect-unlimited-2024-2.yaml")
    theirs = tocgraph.load_change_request(folder + "politica-2025-1.yaml")
    with pytest.raises(tocgraph.OptionError, match="states must be those of the ToC"):
        tocgraph.review_change_request(mine.baseline.toc, mine.request, states=theirs.states)


def test_a_portfolio_takes_a_loaded_policy() -> None:
    policy = tocgraph.load_policy("models/policy.yaml")
    given = tocgraph.portfolio_folder("models", policy=policy).portfolio.coverage
    assert given == tocgraph.portfolio_folder("models").portfolio.coverage
    assert len(given) == 11
    with pytest.raises(tocgraph.InvalidToCError, match="the file name is empty"):
        tocgraph.portfolio_folder("models", policy="")  # not "no policy"
    with pytest.raises(TypeError, match="policy must be a file name or a policy"):
        tocgraph.portfolio_folder("models", policy=5)  # type: ignore[arg-type]


def test_a_toc_copied_with_a_dangling_link_is_a_located_error() -> None:
    """``model_copy`` skips validation; a link to a removed outcome was a bare KeyError."""
    old = tocgraph.load("models/worden-wie-je-bent.yaml")
    new = old.model_copy(update={"outcomes": old.outcomes[1:]})
    for call in (tocgraph.assess, lambda toc: tocgraph.compare(old, toc)):
        with pytest.raises(tocgraph.InvalidToCError) as info:
            call(new)
        (found,) = info.value.diagnostics
        assert (found.code, found.node) == ("TOC202", "A1")
        assert "tocgraph.from_dict" in (found.hint or "")


def test_wrong_types_name_their_parameter(toc: tocgraph.ToC) -> None:
    """These were bare AttributeErrors from deep inside (a library review)."""
    with pytest.raises(TypeError, match="toc must be a ToC"):
        tocgraph.budget_totals(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="toc must be a ToC"):
        tocgraph.monitor(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="policy must be a Policy"):
        tocgraph.portfolio([toc], policy="models/policy.yaml")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="assessment must be an Assessment"):
        tocgraph.to_networkx(toc, "x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="max_bytes must be a whole number"):
        tocgraph.load(POLITICA, max_bytes="x")  # type: ignore[arg-type]
