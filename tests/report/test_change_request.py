"""Change-request reports: titles after the changes, baseline as submitted, two sections."""

from __future__ import annotations

import pytest

import tocgraph
from tocgraph.i18n import LANGUAGES, Lang

SOURCE = "tests/fixtures/change-requests/toc-changed.yaml"
NEW_TITLE = "Lhbti+-personen zijn veiliger in Nederland"
OLD_TITLE = "Lhbti+-gelijkheid en gelijkwaardigheid in Nederland op alle terreinen"


def _sections(text: str, prefix: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(prefix)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_markdown_sections_titles_and_baseline(lang: str) -> None:
    reviewed = tocgraph.review_change_file(SOURCE)
    report = tocgraph.change_request_markdown(reviewed, lang, diagram=False)  # type: ignore[arg-type]
    sections = _sections(report, "## ")
    findings = next(i for i, h in enumerate(sections) if "tocgraph" in h and "##" in h)
    justification = next(
        i for i, h in enumerate(sections) if "(as submitted)" in h or "(zoals ingediend)" in h
    )
    assert findings < justification
    goals_row = [line for line in report.splitlines() if line.startswith("| G1 |")][-1]
    assert NEW_TITLE in goals_row
    assert OLD_TITLE not in goals_row
    header = report.splitlines()[2]
    assert ("as submitted" in header) or ("zoals ingediend" in header)
    assert "pproved" not in report
    assert "oedgekeurd" not in report


def test_html_has_the_same_sections() -> None:
    reviewed = tocgraph.review_change_file(SOURCE)
    page = tocgraph.change_request_html(reviewed, "en", diagram=False)
    assert '<section class="findings">' in page
    assert '<section class="justification">' in page
    assert page.index('class="findings"') < page.index('class="justification"')
    assert page.index("Illustrative test request") > page.index('class="justification"')
    assert f"<td>{NEW_TITLE}</td>" in page
    assert "Baseline ToC (as submitted)" in page


HOSTILE_ASSUMPTION = "Budget *stays* <b>high</b> & [stable] | yes"


def _review_with_assumption() -> tocgraph.ChangeReview:
    toc = tocgraph.from_dict(
        {
            "tocgraph": 1,
            "id": "assumed",
            "goals": [{"id": "G1", "title": "Goal"}],
            "activities": [
                {"id": "A1", "title": "One", "status": "on_track", "contributes_to": ["G1"]},
                {
                    "id": "A2",
                    "title": "Two",
                    "status": "on_track",
                    "contributes_to": [{"to": "G1", "assumptions": ["K1"]}],
                },
            ],
            "assumptions": [{"id": "K1", "text": HOSTILE_ASSUMPTION}],
        }
    )
    request = tocgraph.loads_change_request(
        "tocgraph-change: 1\ntoc: assumed.yaml\ntitle: Stop one\n"
        "changes:\n  - stop: A1\n    rationale: Done.\n",
        baseline=toc,
    )
    return tocgraph.review_change_request(toc, request.request)


def test_assumptions_are_escaped_once_in_markdown_and_shown_in_html() -> None:
    """Both reports list the named assumptions, their text escaped for the format, once."""
    review = _review_with_assumption()
    markdown = tocgraph.change_request_markdown(review, "en", diagram=False)
    row = next(line for line in markdown.splitlines() if line.startswith("| K1 |"))
    escaped = "Budget \\*stays\\* &lt;b&gt;high&lt;/b&gt; &amp; \\[stable\\] \\| yes"
    assert row.startswith(f"| K1 | {escaped} | untested | untested |")
    assert "&amp;amp;" not in markdown
    assert "\\\\" not in row
    page = tocgraph.change_request_html(review, "en", diagram=False)
    assert "<h2>Assumptions</h2>" in page
    assert "<td>Budget *stays* &lt;b&gt;high&lt;/b&gt; &amp; [stable] | yes</td>" in page
    assert page.index("<h2>Assumptions</h2>") > page.index('class="justification"')


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_change_that_changes_nothing_is_a_finding(lang: Lang) -> None:
    """Stopping an activity twice, or one that is stopped already (found by fuzzing)."""
    toc = tocgraph.load("models/politica.yaml")  # A9 is stopped there
    request = tocgraph.loads_change_request(
        "tocgraph-change: 1\ntoc: politica.yaml\ntitle: t\nchanges:\n"
        "  - {stop: A3, rationale: a}\n  - {stop: A3, rationale: b}\n"
        "  - {stop: A9, rationale: c}\n  - {modify: A1, set: {status: on_track}, rationale: d}\n",
        baseline=toc,
    )
    review = tocgraph.review_change_request(toc, request.request)
    found = [(f.change, f.node) for f in review.findings if f.kind == "no_effect"]
    assert found == [(2, "A3"), (3, "A9"), (4, "A1")]  # A1 is on track already
    markdown = tocgraph.change_request_markdown(review, lang, diagram=False)
    words = {"en": "changes nothing in the ToC", "nl": "verandert niets aan de ToC"}[lang]
    assert markdown.count(words) == 3
