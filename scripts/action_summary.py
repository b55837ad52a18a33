"""Check ToC files and report change requests in a CI job summary (used by action.yml).

Runs ``tocgraph check`` on the given paths, then ``tocgraph change-request`` on
every change request found, and appends a Markdown summary (the check output,
then each change request's report) to the file named by ``GITHUB_STEP_SUMMARY``,
or prints it to standard output when that variable is not set. Every command's
own output also goes to the log.

Exit code: the worst of the commands' codes (2 invalid input, 1 findings: a
warning under ``--strict`` or a change that costs a goal its support, 0 ok).

Usage::

    python scripts/action_summary.py --paths "toc/" --change-requests "toc/change-requests/" \
        [--strict] [--lang en|nl]
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tocgraph.i18n import text
from tocgraph.report.escape import markdown_code

__all__ = ["change_requests", "main", "summary"]

CHANGE_HEADER = re.compile(rb"^tocgraph-change\s*:", re.MULTILINE)


def change_requests(paths: Sequence[str]) -> list[Path]:
    """The change-request files among ``paths``; a folder stands for its own YAML files.

    Files named explicitly are kept (so a wrong one gets tocgraph's clear error);
    in a folder, only files whose header says ``tocgraph-change:`` are taken,
    sorted by name. Subfolders are not entered.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found.append(path)
            continue
        for child in sorted(path.iterdir()):
            if child.suffix in (".yaml", ".yml") and child.is_file() and _is_change(child):
                found.append(child)
    return found


def _is_change(path: Path) -> bool:
    with path.open("rb") as handle:
        return CHANGE_HEADER.search(handle.read(4096)) is not None


def _tocgraph(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """Run the installed tocgraph with ``args``; echo its output to the log."""
    result = subprocess.run(
        [sys.executable, "-m", "tocgraph", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    return result


def _fence(text: str) -> str:
    """``text`` as a fenced block that no backticks inside it can close."""
    ticks = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`+", text))])
    return f"{ticks}text\n{text.rstrip()}\n{ticks}\n"


def summary(
    paths: Sequence[str], requests: Sequence[str], *, strict: bool = False, lang: str = "en"
) -> tuple[str, int]:
    """Run the checks and reports; return the Markdown summary and the exit code."""
    parts: list[str] = []
    code = 0
    if paths:
        options = [*paths, "--lang", lang, *(["--strict"] if strict else [])]
        result = _tocgraph(["check", *options])
        code = max(code, result.returncode)
        verdict = (
            text(f"action.check.{result.returncode}", lang)
            if result.returncode in (0, 1, 2)
            else text("action.check.failed", lang, code=result.returncode)
        )
        parts.append(f"## tocgraph check {verdict}\n\n" + _fence(result.stdout + result.stderr))
    files = change_requests(requests)
    if requests and not files:
        parts.append(text("action.no_requests", lang) + "\n")
    with tempfile.TemporaryDirectory() as scratch:
        for number, path in enumerate(files):
            report = Path(scratch) / f"report-{number}.md"
            result = _tocgraph(["change-request", str(path), "-o", str(report), "--lang", lang])
            code = max(code, result.returncode)
            if report.is_file():
                parts.append(report.read_text(encoding="utf-8"))
            else:
                # the name in a code span that no backtick or line break in it can leave
                heading = text("action.unreadable", lang, path=markdown_code(str(path)))
                parts.append(f"## {heading}\n\n" + _fence(result.stderr))
    return "\n".join(parts), code


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options, write the summary, return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", default="", help="files or folders to check, space-separated")
    parser.add_argument(
        "--change-requests", default="", help="change-request files or folders, space-separated"
    )
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument("--lang", choices=("en", "nl"), default="en")
    args = parser.parse_args(argv)
    text, code = summary(
        shlex.split(args.paths),
        shlex.split(args.change_requests),
        strict=args.strict,
        lang=args.lang,
    )
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(text + "\n")
    else:
        sys.stdout.write(text + "\n")
    return code


if __name__ == "__main__":
    sys.exit(main())
