"""The transcripts in the docs are what the commands print: ``$ tocgraph ...`` and its output.

Every ``console`` block of the docs (but the tutorial's, which
``tests/test_tutorial.py`` runs in its own folder) is run from the project's
root, with ``main()``, and each run of lines shown under a command must appear
in its output (standard output, then standard error), in order. A line
``...`` stands for lines left out.
"""

from __future__ import annotations

import itertools
import re
import shlex
from pathlib import Path

import pytest

import tocgraph
from tests.conftest import ROOT
from tocgraph.cli import main

CONSOLE = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
SKIPPED = {"tutorial.md"}  # tests/test_tutorial.py runs it in an empty folder
NOT_HERE = {
    # the file these name is the reader's own, not in the repository
    "tocgraph render --lang nl toc.yaml --format dot -o toc.yaml",
    "tocgraph check --lang nl toc.yaml > /dev/full",
    # an excerpt of one long JSON line
    "tocgraph change-request models/change-requests/politica-2025-2.yaml --policy "
    "models/policy.yaml --format json",
}


def _transcripts() -> list[tuple[str, str, list[str]]]:
    """(where, command, lines shown) of every command with output in the docs."""
    found: list[tuple[str, str, list[str]]] = []
    for path in [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]:
        if path.name in SKIPPED:
            continue
        text = path.read_text(encoding="utf-8")
        for match in CONSOLE.finditer(text):
            line_no = text[: match.start()].count("\n") + 1
            steps: list[tuple[str, list[str]]] = []
            for line in match.group(1).splitlines():
                if line.startswith("$ "):
                    steps.append((line[2:].removeprefix("uv run "), []))
                elif steps:
                    steps[-1][1].append(line.rstrip())
            found += [(f"{path.name}:{line_no}", c, s) for c, s in steps if s and c not in NOT_HERE]
    return found


def _commands(path: Path) -> set[str]:
    """Every ``$ tocgraph ...`` command of ``path``'s console blocks."""
    text = path.read_text(encoding="utf-8")
    return {
        line[2:].removeprefix("uv run ")
        for block in CONSOLE.findall(text)
        for line in block.splitlines()
        if line.startswith("$ ")
    }


def _segments(shown: list[str]) -> list[list[str]]:
    segments: list[list[str]] = [[]]
    for line in shown:
        if line.strip() == "...":
            segments.append([])
        else:
            segments[-1].append(line)
    return [s for s in segments if s]


def _appear_in_order(segments: list[list[str]], out: list[str]) -> bool:
    start = 0
    for segment in segments:
        for i in range(start, len(out) - len(segment) + 1):
            if out[i : i + len(segment)] == segment:
                start = i + len(segment)
                break
        else:
            return False
    return True


@pytest.mark.parametrize(("where", "command", "shown"), _transcripts())
def test_transcript_matches(
    where: str,
    command: str,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("TOCGRAPH_LANG", raising=False)
    argv = shlex.split(command)
    assert argv[0] == "tocgraph", where
    main(argv[1:])
    captured = capsys.readouterr()
    out = [line.rstrip() for line in (captured.out + captured.err).splitlines()]
    assert _appear_in_order(_segments(shown), out), (where, command, "\n".join(out))


def test_transcripts_are_found() -> None:
    where = {w.split(":")[0] for w, _, _ in _transcripts()}
    assert {"README.md", "cli.md", "portfolio.md", "change-requests.md"} <= where
    every = {c for path in (ROOT / "docs").glob("*.md") for c in _commands(path)}
    assert every >= NOT_HERE  # each left out is still in the docs: not a stale entry


def test_an_output_that_differs_is_caught() -> None:
    segments = _segments(["a", "...", "c", "d"])
    assert _appear_in_order(segments, ["a", "b", "c", "d"])
    assert not _appear_in_order(segments, ["a", "b", "d", "c"])
    assert not _appear_in_order(_segments(["a", "b"]), ["a", "x", "b"])


FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _error_examples() -> list[tuple[str, str, str]]:
    """(code, YAML, the text shown after it) of each example in docs/errors.md."""
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    found = []
    for section in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        blocks = FENCE.findall(section)
        for (kind, body), (after, shown) in itertools.pairwise(blocks):
            if kind == "yaml" and after == "text" and not body.startswith("tocgraph-policy"):
                found.append((section[:6], body, shown))
    return found


def _diagnostics(body: str, source: str) -> list[str]:
    """What loading ``body`` as ``source`` reports, formatted.

    A change request is ``docs/<source>`` beside ``models/``, loaded from the
    current folder, as ``tocgraph check docs/cr.yaml`` from the project's root.
    """
    try:
        if body.startswith("tocgraph-change:"):
            Path("docs").mkdir()
            Path("models").mkdir()
            model = ROOT / "models" / "worden-wie-je-bent.yaml"
            (Path("models") / model.name).write_bytes(model.read_bytes())
            (Path("docs") / source).write_text(body, encoding="utf-8")
            reviewed = tocgraph.review_change_file(f"docs/{source}")  # its warnings too
            return [d.format().removeprefix("docs/") for d in reviewed.warnings]
        tocgraph.loads(body, source=source)
    except tocgraph.InvalidToCError as exc:
        return [d.format().removeprefix("docs/") for d in exc.diagnostics]
    return []


@pytest.mark.parametrize(("code", "body", "shown"), _error_examples())
def test_error_example_is_what_tocgraph_prints(
    code: str, body: str, shown: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each line shown is printed; a line ending in ``...`` shortens the one printed."""
    monkeypatch.chdir(tmp_path)
    source = shown.split(":", 1)[0]
    printed = "\n".join(_diagnostics(body, source)).splitlines()
    for line in shown.splitlines():
        if "..." in line:
            assert any(p.startswith(line.split("...")[0]) for p in printed), (code, line)
        else:
            assert line in printed, (code, line, printed)
