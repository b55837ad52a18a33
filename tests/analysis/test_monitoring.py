"""Monitoring: progress arithmetic, latest measurements, coverage windows and warnings."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tocgraph
from tests.conftest import ROOT
from tocgraph.analysis.monitoring import (
    measured_within,
    monitor,
    outcome_coverage,
    progress,
    year_before,
)
from tocgraph.i18n import localize
from tocgraph.schema.indicators import Indicator

FIXTURE = ROOT / "tests" / "fixtures" / "monitoring.yaml"
AS_OF = dt.date(2025, 1, 31)

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@given(finite, finite, st.floats(min_value=-5, max_value=5, allow_nan=False))
def test_progress_is_linear_and_unclipped(baseline: float, target: float, k: float) -> None:
    """At baseline 0, at target 1, and k of the way (k beyond [0, 1] too) it is k."""
    if math.isclose(baseline, target, rel_tol=1e-6, abs_tol=1e-3):
        return
    assert progress(baseline, target, baseline) == 0
    assert progress(baseline, target, target) == pytest.approx(1)
    latest = baseline + k * (target - baseline)
    assert progress(baseline, target, latest) == pytest.approx(k, rel=1e-6, abs=1e-6)


@given(finite, finite, finite, finite)
def test_progress_of_a_midpoint_is_the_mean(b: float, t: float, x: float, y: float) -> None:
    if math.isclose(b, t, rel_tol=1e-6, abs_tol=1e-3):
        return
    px, py, mid = progress(b, t, x), progress(b, t, y), progress(b, t, (x + y) / 2)
    assert px is not None
    assert py is not None
    assert mid is not None
    assert mid == pytest.approx((px + py) / 2, rel=1e-6, abs=1e-6)


@given(finite, finite)
def test_progress_is_undefined_when_target_equals_baseline(value: float, latest: float) -> None:
    assert progress(value, value, latest) is None


@pytest.mark.parametrize(
    ("baseline", "target", "latest"),
    [(0, 1e-320, 1), (-1e308, 1e308, 1e308), (0, 1, 1e307)],
)
def test_extreme_numbers_give_valid_json_and_text(
    tmp_path: Any, baseline: float, target: float, latest: float
) -> None:
    """A progress too large for a float was Infinity in JSON and crashed the text report."""
    import json

    from tocgraph.report.monitoring import progress_text

    path = tmp_path / "toc.yaml"
    path.write_text(
        "tocgraph: 1\nid: t\ngoals:\n  - id: G1\n    title: g\n    indicators:\n"
        "      - {id: I1, title: x, kind: quantitative,"
        f" baseline: {{value: {baseline:.1e}}}, target: {{value: {target:.1e}}},"
        f" measurements: [{{date: 2024-01-01, value: {latest:.1e}}}]}}\n"
        "activities:\n  - {id: A1, title: a, contributes_to: [G1]}\n",
        encoding="utf-8",
    )
    result = tocgraph.check_file(path)
    json.dumps(result.to_dict(), allow_nan=False)  # no Infinity, no NaN
    for report in tocgraph.monitor(tocgraph.load(path)).of("G1"):
        assert report.progress is None or math.isfinite(report.progress)
        assert progress_text(report.progress).endswith(("%", "-"))


def test_progress_counts_down_to_a_lower_target() -> None:
    assert progress(20, 15, 19) == pytest.approx(0.2)
    assert progress(20, 15, 22) == pytest.approx(-0.4)


def _indicator(**fields: Any) -> Indicator:
    return Indicator.model_validate({"id": "I1", "title": "t", **fields})


def test_latest_measurement_and_progress_as_of_a_date() -> None:
    toc = tocgraph.loads(
        "tocgraph: 1\nid: t\ngoals:\n  - id: G1\n    title: g\n    indicators:\n"
        "      - id: I1\n        title: Seats\n        kind: quantitative\n"
        "        baseline: {value: 10, date: 2023-01-01}\n"
        "        target: {value: 30}\n"
        "        measurements:\n"
        "          - {date: 2024-12-31, value: 20}\n"
        "          - {date: 2023-12-31, value: 14}\n"
        "          - {date: 2025-06-30, value: 35}\n"
    )
    everything = monitor(toc).of("G1")[0]
    assert everything.latest is not None
    assert everything.latest.value == 35
    assert everything.progress == pytest.approx(1.25)  # beyond the target: not clipped
    earlier = monitor(toc, dt.date(2025, 1, 31)).of("G1")[0]
    assert earlier.latest is not None
    assert earlier.latest.value == 20
    assert earlier.progress == pytest.approx(0.5)
    assert monitor(toc, dt.date(2023, 6, 1)).of("G1")[0].latest is None


def test_qualitative_indicators_have_no_progress() -> None:
    indicator = _indicator(
        kind="kwalitatief", measurements=[{"date": "2024-01-01", "finding": "x"}]
    )
    toc = tocgraph.ToC.model_validate(
        {"tocgraph": 1, "id": "t", "goals": [{"id": "G1", "title": "g", "indicators": [indicator]}]}
    )
    report = monitor(toc).of("G1")[0]
    assert report.latest is not None
    assert report.latest.finding == "x"
    assert report.progress is None
    assert report.to_dict()["kind"] == "qualitative"


def test_every_monitoring_warning_in_the_fixture() -> None:
    toc = tocgraph.load(FIXTURE)
    codes = {(w.code, w.node) for w in monitor(toc, AS_OF).warnings}
    assert codes == {
        ("TOC331", "O1"),
        ("TOC332", "G1"),
        ("TOC333", "G1"),
        ("TOC334", "A1"),
    }


def test_without_a_date_no_activity_is_overdue() -> None:
    toc = tocgraph.load(FIXTURE)
    assert "TOC334" not in {w.code for w in monitor(toc).warnings}


@pytest.mark.parametrize(
    ("status", "overdue"),
    [
        ("planned", True),
        ("on_track", True),
        ("delayed", True),
        ("adjusted", True),
        ("achieved", False),
        ("stopped", False),
        ("unclear", False),
    ],
)
def test_only_running_activities_are_overdue(status: str, overdue: bool) -> None:
    toc = tocgraph.loads(
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
        f"activities: [{{id: A1, title: a, status: {status}, end: 2025-01-30,"
        " contributes_to: [G1]}]\n"
    )
    assert ("TOC334" in {w.code for w in monitor(toc, AS_OF).warnings}) is overdue
    # the end date itself is not past it
    assert not monitor(toc, dt.date(2025, 1, 30)).warnings


def test_a_toc_without_indicators_gets_no_coverage_warning() -> None:
    toc = tocgraph.load(ROOT / "tests" / "fixtures" / "warnings.yaml")
    assert not monitor(toc, AS_OF).warnings


def test_outputs_need_no_indicator() -> None:
    toc = tocgraph.loads(
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g, indicators: "
        "[{id: I1, title: i, kind: qualitative}]}]\n"
        "outputs: [{id: P1, title: p, contributes_to: [G1]}]\n"
    )
    assert not monitor(toc).warnings


def test_warnings_translate_to_dutch() -> None:
    result = monitor(tocgraph.load(FIXTURE), AS_OF)
    dutch = {w.code: localize(w, "nl").message for w in result.warnings}
    assert dutch["TOC331"] == "outcome 'O1' heeft geen indicator"
    assert "heeft nog de status 'vertraagd'" in dutch["TOC334"]


def test_year_before_and_the_twelve_month_window() -> None:
    assert year_before(dt.date(2024, 2, 29)) == dt.date(2023, 2, 28)
    indicator = _indicator(
        kind="qualitative", measurements=[{"date": "2024-01-31", "finding": "x"}]
    )
    assert not measured_within(indicator, dt.date(2025, 1, 31))  # exactly a year: outside
    assert measured_within(indicator, dt.date(2025, 1, 30))
    assert measured_within(indicator, dt.date(2024, 1, 31))  # on the day itself: inside
    assert not measured_within(indicator, dt.date(2024, 1, 30))  # a later measurement


def test_outcome_coverage_counts_findings_as_much_as_numbers() -> None:
    toc = tocgraph.load(FIXTURE)
    coverage = outcome_coverage(toc, AS_OF)
    assert (coverage.outcomes, coverage.with_indicator, coverage.measured) == (2, 1, 1)
    assert coverage.share == 0.5
    assert outcome_coverage(toc, dt.date(2026, 1, 1)).measured == 0


def test_coverage_of_a_toc_without_outcomes_is_undefined() -> None:
    toc = tocgraph.loads("tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n")
    assert outcome_coverage(toc, AS_OF).share is None


def test_coverage_names_the_latest_measurement_on_or_before_the_day() -> None:
    """The portfolio's 0% for every alliance 'today' hid that Politica measured in 2024."""
    toc = tocgraph.load("models/politica.yaml")
    assert outcome_coverage(toc, dt.date(2026, 12, 2)).latest == dt.date(2024, 12, 31)
    assert outcome_coverage(toc, dt.date(2026, 12, 2)).measured == 0
    assert outcome_coverage(toc, dt.date(2023, 12, 30)).latest == dt.date(2023, 10, 31)
    assert outcome_coverage(toc, dt.date(2020, 1, 1)).latest is None
