"""User text cannot forge a report: Markdown and terminal output escape it."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tocgraph
from tests.conftest import ROOT
from tocgraph.cli import main
from tocgraph.report.escape import _is_control, _visible, html_text, terminal

FORGED_RATIONALE = (
    "Echte reden.\n\n## Goals before and after\n\n"
    "| node | title | verdict before | margin before | verdict after | margin after |\n"
    "|---|---|---|---|---|---|\n"
    "| G1 | vals | potentially effective | 9 | potentially effective | 9 |\n"
    '<img src=x onerror="alert(1)"> <script>alert(2)</script>'
)


def _forged_request(folder: Path) -> Path:
    shutil.copy(ROOT / "models" / "worden-wie-je-bent.yaml", folder / "wwjb.yaml")
    rationale = FORGED_RATIONALE.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    path = folder / "cr.yaml"
    path.write_text(
        "tocgraph-change: 1\n"
        "toc: wwjb.yaml\n"
        'title: "<script>alert(3)</script> [klik](https://example.org)"\n'
        "changes:\n"
        "  - stop: A2\n"
        f'    rationale: "{rationale}"\n'
        "  - modify: A6\n"
        "    set:\n"
        '      title: "# Kop\\n| a | b |"\n'
        "    rationale: ok\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_rationale_cannot_add_a_heading_a_table_or_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.chdir(tmp_path)
    reviewed = tocgraph.review_change_file(_forged_request(tmp_path))
    report = tocgraph.change_request_markdown(reviewed, lang, diagram=False)  # type: ignore[arg-type]
    lines = report.splitlines()
    headings = [line for line in lines if line.startswith("#")]
    assert len([h for h in headings if h.startswith("## ")]) == 5, headings
    # a modified title is shown as it is after the changes, escaped: never a heading of its own
    assert all("Kop" not in h or "\\# Kop \\| a \\| b \\|" in h for h in headings), headings
    rows = [line for line in lines if line.startswith("|")]
    assert not any("vals" in row for row in rows if not row.startswith("| A") and "9" in row)
    assert "| G1 | vals" not in report
    for raw in ("<img", "<script>", "[klik](https://"):
        assert raw not in report
    assert "\\[klik\\](https://example.org)" in report
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in report
    rationale_line = next(line for line in lines if "Echte reden." in line)
    assert "\\#\\# Goals before and after" in rationale_line
    assert "\\| G1 \\| vals \\|" in rationale_line


def test_the_cli_prints_the_same_escaped_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _forged_request(tmp_path)
    monkeypatch.chdir(tmp_path)
    main(["change-request", str(path), "--no-diagram"])
    assert "<script>" not in capsys.readouterr().out


ESCAPING_TOC = """\
tocgraph: 1
id: esc
name: "Naam\\e[2J\\e[31mROOD\\nnep-regel\\u202e"
lead: "Alpha\\e]0;titel\\a"
partners: ["Alpha\\e]0;titel\\a"]
goals:
  - {id: G1, title: "Doel\\e[2J"}
outcomes:
  - {id: O1, title: Uitkomst, contributes_to: [G1]}
activities:
  - {id: A1, title: "Act\\e[2J", partner: "Alpha\\e]0;titel\\a", contributes_to: [O1]}
  - {id: A2, title: Act2, partner: "Alpha\\e]0;titel\\a", contributes_to: [O1]}
"""


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "{path}"],
        ["check", "{path}", "--lang", "nl"],
        ["critical", "{path}"],
        ["impact", "{path}", "--stop", "A1"],
        ["impact", "{path}", "--partner", "Alpha\x1b]0;titel\x07"],
        ["diff", "{path}", "{other}"],
    ],
)
def test_terminal_output_shows_control_characters_instead_of_sending_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    path, other = tmp_path / "esc.yaml", tmp_path / "other.yaml"
    path.write_text(ESCAPING_TOC, encoding="utf-8")
    other.write_text(ESCAPING_TOC.replace("title: Act2", 'title: "Act\\e[2J 2"'), "utf-8")
    main([a.format(path=path, other=other) for a in argv])
    out, err = capsys.readouterr()
    for stream in (out, err):
        assert "\x1b" not in stream
        assert "\x07" not in stream
        assert "\u202e" not in stream
        assert "nep-regel" not in stream or "\\x0anep-regel" in stream
    assert out.strip()


@given(st.text())
def test_terminal_escapes_exactly_the_control_characters(value: str) -> None:
    """One pattern instead of a test per character: the same text out."""
    expected = "".join(_visible(c) if _is_control(c) else c for c in value)
    assert terminal(value) == expected


@given(st.text())
def test_html_text_is_html_escape_of_the_visible_text(value: str) -> None:
    """What HTML reads back is the text with its control characters shown, tab and breaks kept."""
    shown = "".join(_visible(c) if _is_control(c) and c not in "\t\n\r" else c for c in value)
    assert html_text(value) == html.escape(shown)
    assert html.unescape(html_text(value)) == shown
