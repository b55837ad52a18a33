"""MkDocs hook: fill ``docs/reference/cli.md`` with the ``--help`` of every command.

The page holds a marker, ``<!-- cli-reference -->``; this hook replaces it with
the argparse help of ``tocgraph`` and of each subcommand, so the reference can
never disagree with the command line. Registered in ``mkdocs.yml`` under
``hooks:``.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

__all__ = ["MARKER", "cli_reference", "on_page_markdown"]

MARKER = "<!-- cli-reference -->"
WIDTH = "90"


def _help(parser: argparse.ArgumentParser) -> str:
    """``parser.format_help()`` at a fixed width, whatever the terminal."""
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    try:
        return parser.format_help()
    finally:
        if before is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = before


def cli_reference() -> str:
    """Markdown: one section per command, each with its help in a text block."""
    from tocgraph.cli import _parser

    parser = _parser()
    sections = [f"## `tocgraph`\n\n```text\n{_help(parser).rstrip()}\n```\n"]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                text = _help(command).rstrip()
                sections.append(f"## `tocgraph {name}`\n\n```text\n{text}\n```\n")
    return "\n".join(sections)


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Replace the marker on the CLI reference page."""
    if MARKER in markdown:
        return markdown.replace(MARKER, cli_reference())
    return markdown
