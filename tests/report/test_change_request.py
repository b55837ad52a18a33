"""Change-request reports: titles after the changes, baseline as submitted, two sections."""

from __future__ import annotations

import pytest

import tocgraph
from tocgraph.i18n import LANGUAGES

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
