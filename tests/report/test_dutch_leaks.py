"""Dutch output speaks Dutch: no English word or file slug leaks into it.

Every command that takes ``--lang nl`` is run on the bundled models, the
bundled change requests and the test fixtures. The words the files themselves
supply (ids, titles, names, rationales, descriptions) are taken out first:
they are quoted from the files, not written by tocgraph. What is left must not
hold an English word or a slug from the files' vocabulary (statuses,
strategies, ``requires`` values, policy ids).

Located diagnostics (``path:line:col: waarschuwing[TOC304]: ...`` and their
``tip:`` line) are read too: their labels are Dutch, and so are their words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tocgraph.cli import main
from tocgraph.report.monitoring import FINDING_WIDTH

MODELS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "models").glob("*.yaml"))
TOCS = [m for m in MODELS if not m.endswith("policy.yaml")]
_REQUEST_FILES = (ROOT / "models" / "change-requests").glob("*.yaml")
REQUESTS = [
    *sorted(p.relative_to(ROOT).as_posix() for p in _REQUEST_FILES),
    "tests/fixtures/change-requests/goal-lost.yaml",
    "tests/fixtures/change-requests/toc-changed.yaml",
]
FIXTURES = ["tests/fixtures/warnings.yaml", "tests/fixtures/worden-wie-je-bent-v2.yaml"]

LEAKS = frozenset(
    """
    warning warnings hint error needs any all none stopped planned on_track achieved
    delayed adjusted unclear potentially effective ineffective undetermined margin
    goal goals verdict requires change changes findings the and with strategy
    activity activities lead total alliance alliances contributors single failure
    onderzoek-kennis-beleidsadvies agenderen-vertegenwoordigen platform-netwerk
    ondersteunen-begeleiden
    gender-equality lgbtiq-equality education safety health labour-market politics
    law-and-ways-of-living closed-communities youth
    """.split()  # noqa: SIM905 (a list of 60 words is easier to read as text)
)
"""English words of tocgraph's own texts, status and requires values, strategy slugs
and policy ids ('media' is Dutch as well, so it is not here)."""

_QUOTED_KEYS = frozenset(
    {"id", "title", "name", "lead", "partner", "partners", "rationale", "description", "toc"}
)
_QUOTED_KEYS |= {"assumption", "serves", "contributes_to", "to"}


def _file_words(paths: list[str]) -> list[str]:
    """The strings the files supply under keys a report quotes, longest first."""
    found: set[str] = set()

    def walk(value: object, key: str | None) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, str(k))
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and key in _QUOTED_KEYS:
            found.add(value.strip())
        elif isinstance(value, str) and key == "finding":  # shown cut short in tables
            found.add(value.strip())
            found.add(" ".join(value.split())[: FINDING_WIDTH - 3])

    for path in paths:
        walk(yaml.safe_load((ROOT / path).read_text("utf-8")), None)
    return sorted((w for w in found if w), key=len, reverse=True)


_WORD = re.compile(r"[A-Za-z_]+(?:-[A-Za-z_]+)*")


def leaked(output: str, quoted: list[str]) -> set[str]:
    """The words of ``output`` in :data:`LEAKS`, after quoted file text.

    Examples
    --------
    >>> sorted(leaked("G1: vereist alle 3, status on_track", []))
    ['on_track']
    >>> leaked("Stopzetting van A3: 'any' staat tussen aanhalingstekens", [])
    set()
    >>> sorted(leaked("t.yaml:3:5: warning[TOC305]: status\\n  hint: ga na", []))
    ['hint', 'warning']
    """
    text = output
    for words in quoted:
        text = text.replace(words, " ")
    text = re.sub(r"'[^'\n]*'|`[^`\n]*`", " ", text)  # quoted values and code
    text = re.sub(r"\S+\.(?:yaml|xlsx|html|svg)\b", " ", text)  # file names
    text = re.sub(r"\btocgraph [a-z-]+", " ", text)  # command names
    return {w for w in _WORD.findall(text) if w.lower() in LEAKS}


_HIDDEN = ("script", "style", "svg")


class _Text(HTMLParser):
    """The text a reader sees in an HTML page (not scripts, styles or attributes).

    The SVG diagram is left out: it draws the same scene as the Mermaid text,
    whose labels the ``render-*`` cases check (SVG wraps titles over lines).
    """

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return "\n".join(parser.parts)


def _mermaid_labels(text: str) -> str:
    """The quoted labels and comments of Mermaid text, without markup."""
    labels = re.findall(r'"([^"]*)"', text) + re.findall(r"^\s*%% (.*)$", text, re.M)
    plain = re.sub(r"<[^>]+>", " ", "\n".join(labels))
    return re.sub(r"#\d+;", " ", plain)


def _commands() -> Iterator[tuple[str, list[str], str]]:
    """(case id, arguments, what to read): every command with --lang nl."""
    yield "check-models", ["check", "models"], "text"
    yield "check-requests", ["check", "models/change-requests"], "text"
    yield "check-fixtures", ["check", *FIXTURES, "tests/fixtures/change-requests"], "text"
    yield "portfolio", ["portfolio", "models"], "text"
    yield "portfolio-partner", ["portfolio", "models", "--partner", "COC Nederland"], "text"
    yield "portfolio-fixture", ["portfolio", "tests/fixtures/portfolio"], "text"
    yield "portfolio-html", ["portfolio", "models", "--format", "html"], "html"
    yield "diff", ["diff", "models/worden-wie-je-bent.yaml", FIXTURES[1]], "text"
    for toc in [*TOCS, FIXTURES[0]]:
        name = Path(toc).stem
        yield f"critical-{name}", ["critical", toc], "text"
        yield f"render-{name}", ["render", toc, "--format", "mmd", "-o", "-"], "mermaid"
        yield f"report-{name}", ["report", toc, "-o", "-"], "html"
    for toc in TOCS:
        name = Path(toc).stem
        doc = yaml.safe_load((ROOT / toc).read_text("utf-8"))
        first = doc["activities"][0]["id"]
        lead = doc.get("lead")
        yield f"impact-{name}", ["impact", toc, "--stop", first], "text"
        yield (
            f"render-stop-{name}",
            ["render", toc, "--stop", first, "--format", "mmd", "-o", "-", "--group", "strategy"],
            "mermaid",
        )
        if lead:
            yield f"impact-lead-{name}", ["impact", toc, "--partner", lead], "text"
    for request in REQUESTS:
        name = Path(request).stem
        yield f"cr-{name}", ["change-request", request], "mermaid+text"
        yield f"cr-html-{name}", ["change-request", request, "--format", "html"], "html"


CASES = {case: (args, kind) for case, args, kind in _commands()}
QUOTED = _file_words([*MODELS, *REQUESTS, *FIXTURES, "tests/fixtures/portfolio/alpha.yaml"])
QUOTED += _file_words(
    ["tests/fixtures/portfolio/beta.yaml", "tests/fixtures/portfolio/policy.yaml"]
)
QUOTED.sort(key=len, reverse=True)


@pytest.mark.parametrize("case", sorted(CASES))
def test_dutch_output_has_no_english_or_slugs(
    case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args, kind = CASES[case]
    code = main([*args, "--lang", "nl"])
    assert code in (0, 1), capsys.readouterr().err
    out = capsys.readouterr().out
    assert out.strip()
    if kind == "html":
        shown = _html_text(out)
    elif kind == "mermaid":
        shown = _mermaid_labels(out)
    else:
        fence = re.compile(r"```mermaid\n.*?```", re.S)
        diagrams = "\n".join(_mermaid_labels(d) for d in fence.findall(out))
        shown = fence.sub(" ", out) + "\n" + diagrams
    assert leaked(shown, QUOTED) == set(), shown


def test_the_leak_check_finds_leaks() -> None:
    assert leaked("strategie: platform-netwerk; status: stopped", []) == {
        "platform-netwerk",
        "stopped",
    }
    assert leaked("draagt bij aan gender-equality, Media", []) == {"gender-equality"}
    assert leaked("doelen die hun steun verliezen: none", []) == {"none"}
    assert leaked("Titel van het bestand", ["Titel van het bestand"]) == set()
