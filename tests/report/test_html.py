"""The HTML page without a browser: attributes equal the analysis, text is escaped,
nothing is loaded from anywhere, the bytes are stable."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

import tocgraph
from tests.conftest import MODELS
from tocgraph.cli import main
from tocgraph.report.portfolio import short_name

TOC_MODELS = sorted(p for p in MODELS.glob("*.yaml") if p.name != "policy.yaml")


class _Nodes(HTMLParser):
    """Every element with ``data-node-id``, as its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.nodes: dict[str, dict[str, str | None]] = {}
        self.tags: list[str] = []
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.lang = values.get("lang")
        node_id = values.get("data-node-id")
        if node_id is not None:
            assert node_id not in self.nodes, f"two elements for {node_id}"
            self.nodes[node_id] = values


def _parse(page: str) -> _Nodes:
    parser = _Nodes()
    parser.feed(page)
    return parser


@pytest.mark.parametrize("path", TOC_MODELS, ids=lambda p: p.stem)
def test_every_node_carries_its_assessment(path: Path) -> None:
    toc = tocgraph.load(path)
    page = tocgraph.html_report(toc, diagram=False)
    parsed = _parse(page)
    result = tocgraph.assess(toc)
    assert set(parsed.nodes) == set(result.nodes)
    for node_id, node in result.nodes.items():
        attrs = parsed.nodes[node_id]
        assert attrs["data-kind"] == node.kind.value
        assert attrs["data-verdict"] == node.verdict.value
        if node.margin is None:
            assert attrs["data-status"] == toc.node(node_id).status.value  # type: ignore[union-attr]
        else:
            assert attrs["data-margin"] == str(node.margin)
            assert attrs["data-critical"] == " ".join(node.critical_activities)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_lang_and_same_bytes_every_time(lang: str) -> None:
    toc = tocgraph.load(MODELS / "politica.yaml")
    page = tocgraph.html_report(toc, lang)  # type: ignore[arg-type]
    assert page == tocgraph.html_report(toc, lang)  # type: ignore[arg-type]
    assert _parse(page).lang == lang
    assert page.startswith(f'<!DOCTYPE html>\n<html lang="{lang}">\n')


HOSTILE = """
tocgraph: 1
id: hostile
name: "</title><script>alert('name')</script>"
goals: [{id: G1, title: "<img src=x onerror=alert(1)>", requires: any}]
activities:
  - id: A1
    title: "</script><script>alert(2)</script>"
    partner: "\\" onmouseover=\\"alert(3)"
    contributes_to: [G1]
  - {id: A2, title: "&amp; <b>bold</b>", partner: "<i>P</i>", contributes_to: [G1]}
"""


def test_user_text_is_never_markup() -> None:
    page = tocgraph.html_report(tocgraph.loads(HOSTILE), diagram=False)
    assert "<script>alert" not in page
    assert "<img" not in page
    assert "<b>bold" not in page
    assert "<i>P" not in page
    assert 'onmouseover="' not in page
    assert page.count("<script") == 2  # the data and the code, nothing else
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&amp;amp; &lt;b&gt;bold&lt;/b&gt;" in page
    data = re.search(r'id="tocgraph-data">(.*?)</script>', page, re.DOTALL)
    assert data is not None
    assert "<" not in data.group(1)


def test_the_page_loads_nothing_and_its_script_is_pinned() -> None:
    page = tocgraph.html_report(tocgraph.load(MODELS / "politica.yaml"))
    assert "<svg" in page
    assert not re.search(r"""\s(src|href)=["'](https?:|//)""", page)
    assert "@import" not in page
    assert "url(" not in page
    script = page[page.rindex("<script>") + len("<script>") : page.rindex("</script>")]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page
    assert "default-src 'none'" in page


def test_partial_cut_sets_are_announced() -> None:
    toc = tocgraph.load(MODELS / "politica.yaml")
    page = tocgraph.html_report(toc, diagram=False, cut_set_limit=1)
    assert "too large to recompute every margin" in page
    assert "G1" in re.search(r'class="note warning-note">([^<]*)<', page).group(1)  # type: ignore[union-attr]


def test_cli_report_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "toc.html"
    assert main(["report", "models/politica.yaml", "-o", str(out), "--lang", "nl"]) == 0
    assert f"tocgraph: {out} geschreven" in capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert page == tocgraph.html_report_file("models/politica.yaml", "nl")
    assert "politica.yaml" in page  # the draft names the ToC file


def test_cli_report_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "models/politica.yaml", "-o", "-", "--no-diagram"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>")
    assert "<svg" not in out


def test_cli_report_invalid_file_is_located(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "tests/fixtures/invalid.yaml", "-o", "-"]) == 2
    err = capsys.readouterr().err
    assert "tests/fixtures/invalid.yaml:" in err
    assert "error[TOC" in err


@pytest.mark.parametrize(
    "other", ["models/change-requests/politica-2025-1.yaml", "models/policy.yaml"]
)
def test_cli_report_of_another_kind_of_file_is_toc008(
    other: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", other, "-o", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{other}:" in captured.err
    assert "error[TOC008]" in captured.err


def test_cli_report_default_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "mine.yaml"
    source.write_text((MODELS / "politica.yaml").read_text("utf-8"), "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "mine.yaml", "--no-diagram"]) == 0
    assert (tmp_path / "mine.html").read_text("utf-8").startswith("<!DOCTYPE html>")


def test_change_request_html_holds_what_the_markdown_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = "models/change-requests/worden-wie-je-bent-2025-1.yaml"
    out = tmp_path / "cr.html"
    args = ["change-request", source, "--format", "html", "-o", str(out), "--lang", "nl"]
    assert main(args) == 0
    page = out.read_text("utf-8")
    assert page == tocgraph.change_request_html(tocgraph.review_change_file(source), "nl")
    assert page.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert "<svg" in page
    assert "script-src 'none'" in page
    review = tocgraph.review_change_file(source).review
    for step in review.steps:
        assert f"{step.index}. " in page
        if step.change.rationale:
            assert escape(step.change.rationale) in page
    for goal in review.before.goals():
        assert f"<code>{goal.id}</code>" in page


def test_change_request_html_escapes_user_text(tmp_path: Path) -> None:
    (tmp_path / "toc.yaml").write_text(HOSTILE, "utf-8")
    request = tmp_path / "cr.yaml"
    request.write_text(
        "tocgraph-change: 1\ntoc: toc.yaml\ntitle: '<script>alert(1)</script>'\n"
        "description: '<img src=x onerror=alert(2)>'\n"
        "changes:\n  - stop: A1\n    rationale: '</p><iframe src=x>'\n",
        "utf-8",
    )
    reviewed = tocgraph.review_change_file(request, root=tmp_path)
    page = tocgraph.change_request_html(reviewed, diagram=False)
    assert "<script" not in page
    assert "<img" not in page
    assert "<iframe" not in page
    assert "&lt;/p&gt;&lt;iframe src=x&gt;" in page


BIDI = """
tocgraph: 1
id: bidi
name: "Alliantie \\u202e tnemerusaem\\e[2J"
goals: [{id: G1, title: "Doel \\u2066G9 gestopt\\u2069", requires: any}]
activities:
  - {id: A1, title: "Act \\u202dA2\\u202c\\x07", partner: "P\\u202e1", contributes_to: [G1]}
  - {id: A2, title: "Tweede", partner: "Q", contributes_to: [G1]}
"""


def _raw_controls(page: str) -> set[str]:
    return {c for c in page if c not in "\t\n\r" and (ord(c) < 32 or 0x7F <= ord(c) < 0xA0)} | {
        c for c in page if "\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069"
    }


def test_bidi_and_control_characters_are_shown_not_sent(tmp_path: Path) -> None:
    """A title cannot reorder the text around it (U+202E) or break the page (ESC, BEL)."""
    toc = tocgraph.loads(BIDI)
    page = tocgraph.html_report(toc, diagram=False)
    assert _raw_controls(page) == set()
    assert "Act \\u202dA2\\u202c\\x07" in page
    assert "Doel \\u2066G9 gestopt\\u2069" in page
    assert 'data-partner="P\\u202e1"' in page
    data = re.search(r'id="tocgraph-data">(.*?)</script>', page, re.DOTALL)
    assert data is not None  # the script finds a partner's activities by data-partner
    buttons = {unescape(b) for b in re.findall(r'data-partner="([^"]*)"', page)}
    assert buttons == {p for p in json.loads(data.group(1))["partner"] if p} == {"P\\u202e1", "Q"}
    (tmp_path / "toc.yaml").write_text(BIDI, "utf-8")
    request = tmp_path / "cr.yaml"
    request.write_text(
        'tocgraph-change: 1\ntoc: toc.yaml\ntitle: "Verzoek \\u202e"\n'
        'changes:\n  - stop: A1\n    rationale: "Reden\\u202e \\e[31m"\n',
        "utf-8",
    )
    reviewed = tocgraph.review_change_file(request, root=tmp_path)
    page = tocgraph.change_request_html(reviewed, diagram=True)
    assert _raw_controls(page) == set()
    assert "Reden\\u202e \\x1b[31m" in page
    assert (
        main(["portfolio", str(tmp_path), "--format", "html", "-o", str(tmp_path / "p.html")]) == 0
    )
    assert _raw_controls((tmp_path / "p.html").read_text("utf-8")) == set()


def test_portfolio_html_holds_every_section(tmp_path: Path) -> None:
    out = tmp_path / "portfolio.html"
    args = ["portfolio", "models", "--partner", "Movisie", "--format", "html", "-o", str(out)]
    assert main(args) == 0
    page = out.read_text("utf-8")
    checked = tocgraph.portfolio_folder("models", partners=["Movisie"])
    assert page == tocgraph.portfolio_html(checked)
    assert page.count("<section") == 9  # with the scenario, monitoring coverage and budgets
    for alliance in checked.portfolio.alliances:
        assert f"<td>{short_name(alliance.name or alliance.id)}</td>" in page
    assert "script-src 'none'" in page


def test_portfolio_text_and_json_are_unchanged_by_the_format_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["portfolio", "models"]) == 0
    plain = capsys.readouterr().out
    assert main(["portfolio", "models", "--format", "text"]) == 0
    assert capsys.readouterr().out == plain
    assert main(["portfolio", "models", "--json"]) == 0
    as_json = capsys.readouterr().out
    assert main(["portfolio", "models", "--format", "json"]) == 0
    assert capsys.readouterr().out == as_json


def test_activities_get_a_status_and_no_verdict() -> None:
    """The three verdicts judge goals, outcomes and outputs; an activity only has a status."""
    page = tocgraph.html_report(tocgraph.load(MODELS / "politica.yaml"), "nl", diagram=False)
    activities = page[page.index('id="h-activities"') :]
    activities = activities[: activities.index("</table>")]
    assert "stopgezet" in activities
    assert 'class="verdict"' not in activities
    assert "potentieel" not in activities


def test_a_stopped_activity_is_not_named_as_one_to_stop() -> None:
    """A9 of Politica is stopped: its disabled button reads 'A9, stopped', not 'stop in
    scenario'; the others can be stopped; printing removes no section's page of its own."""
    page = tocgraph.html_report_file(MODELS / "politica.yaml", diagram=False)
    a9 = re.search(r'<button[^>]*data-node-id="A9".*?</button>', page)
    a1 = re.search(r'<button[^>]*data-node-id="A1".*?</button>', page)
    assert a9 is not None
    assert a1 is not None
    assert 'aria-disabled="true"' in a9.group(0)
    assert a9.group(0).endswith('<span class="visually-hidden">, stopped</span></button>')
    assert a1.group(0).endswith('<span class="visually-hidden">, stop in scenario</span></button>')
    assert "break-before: page" not in page
