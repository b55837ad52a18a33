"""Indicators, horizons and activity dates survive the workbook and YAML round trips."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tocgraph
from tests.strategies import toc_data
from tocgraph.loading.workbook import load_workbook_toc
from tocgraph.report.workbook import csv_files, toc_yaml, xlsx_bytes

_DAYS = st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31))
_WORDS = st.text(st.characters(categories=("L", "N", "Zs")), min_size=1, max_size=20).filter(
    lambda t: t.strip() != "" and t == t.strip()
)
_NUMBER = st.integers(-1000, 10**6) | st.floats(-1e6, 1e6, allow_nan=False).map(
    lambda x: round(x, 3)
)


@st.composite
def _indicator(draw: st.DrawFn, ident: str) -> dict[str, Any]:
    quantitative = draw(st.booleans())
    indicator: dict[str, Any] = {
        "id": ident,
        "title": draw(_WORDS),
        "kind": "quantitative" if quantitative else "qualitative",
    }
    if quantitative:
        for key in ("baseline", "target"):
            if draw(st.booleans()):
                indicator[key] = {"value": draw(_NUMBER), "date": draw(_DAYS).isoformat()}
        measurements = [
            {"date": draw(_DAYS).isoformat(), "value": draw(_NUMBER)}
            for _ in range(draw(st.integers(0, 3)))
        ]
    else:
        measurements = [
            {"date": draw(_DAYS).isoformat(), "finding": draw(_WORDS), "source": draw(_WORDS)}
            for _ in range(draw(st.integers(0, 3)))
        ]
    if measurements:
        indicator["measurements"] = measurements
    return indicator


@st.composite
def _monitored(draw: st.DrawFn) -> tocgraph.ToC:
    data = draw(toc_data())
    count = 0
    for section in ("goals", "outcomes", "outputs"):
        for node in data[section]:
            n = draw(st.integers(0, 2))
            node["indicators"] = [draw(_indicator(f"I{count + i}")) for i in range(n)]
            count += n
            if section == "outcomes" and draw(st.booleans()):
                node["horizon"] = draw(st.sampled_from(["short", "medium", "long"]))
    for activity in data["activities"]:
        if draw(st.booleans()):
            start = draw(_DAYS)
            activity["start"] = start.isoformat()
            activity["end"] = (start + dt.timedelta(days=draw(st.integers(0, 900)))).isoformat()
    return tocgraph.from_dict(data)


@settings(max_examples=30, deadline=None)
@given(_monitored())
def test_round_trips_keep_indicators_and_dates(toc: tocgraph.ToC) -> None:
    import tempfile

    assert tocgraph.loads(toc_yaml(toc)) == toc
    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "book.xlsx"
        book.write_bytes(xlsx_bytes(toc))
        assert load_workbook_toc(book) == toc
        out = Path(folder) / "csv"
        out.mkdir()
        for name, text in csv_files(toc).items():
            (out / name).write_bytes(text.encode("utf-8"))
        assert load_workbook_toc(out) == toc


@settings(max_examples=30, deadline=None)
@given(_monitored())
def test_indicators_never_change_a_verdict(toc: tocgraph.ToC) -> None:
    """Indicators and dates describe monitoring; support is about the logic only."""
    bare = toc.model_copy(
        update={
            "goals": tuple(g.model_copy(update={"indicators": ()}) for g in toc.goals),
            "outcomes": tuple(o.model_copy(update={"indicators": ()}) for o in toc.outcomes),
            "outputs": tuple(p.model_copy(update={"indicators": ()}) for p in toc.outputs),
        }
    )
    before, after = tocgraph.assess(toc), tocgraph.assess(bare)
    assert {n: a.verdict for n, a in before.nodes.items()} == {
        n: a.verdict for n, a in after.nodes.items()
    }


def test_an_indicator_of_an_unknown_node_is_located_at_its_cell(tmp_path: Path) -> None:
    toc = tocgraph.load("models/politica.yaml")
    files = csv_files(toc)
    files["indicators.csv"] = files["indicators.csv"].replace("\r\nO2,", "\r\nO9,", 1)
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8", newline="")
    with pytest.raises(tocgraph.InvalidToCError) as info:
        load_workbook_toc(tmp_path)
    (problem,) = info.value.diagnostics
    assert problem.code == "TOC202"
    assert problem.path == f"{tmp_path}/indicators.csv:A4"
    assert "unknown goal, outcome or output 'O9'" in problem.message


def test_dutch_sheet_names_and_headers(tmp_path: Path) -> None:
    toc = tocgraph.load("models/politica.yaml")
    files = csv_files(toc)
    head, rest = files.pop("measurements.csv").split("\r\n", 1)
    assert head == "indicator,date,value,finding,source"
    files["metingen.csv"] = "indicator,datum,waarde,bevinding,bron\r\n" + rest
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8", newline="")
    assert load_workbook_toc(tmp_path) == toc
