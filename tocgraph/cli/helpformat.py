"""The look of ``--help``: wrapped paragraphs, and examples kept as written."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence

__all__ = ["HelpFormatter", "epilog"]


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Wrap each paragraph of a description or epilog; keep indented lines as they are.

    argparse's default formatter would run the example lines together;
    :class:`argparse.RawDescriptionHelpFormatter` alone would not wrap the prose.
    """

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        blocks = []
        for block in text.strip("\n").split("\n\n"):
            lines = block.splitlines()
            if any(line[:1].isspace() for line in lines):
                blocks.append("\n".join(indent + line for line in lines))
            else:
                blocks.append(
                    textwrap.fill(
                        " ".join(block.split()),
                        width,
                        initial_indent=indent,
                        subsequent_indent=indent,
                    )
                )
        return "\n\n".join(blocks)


def epilog(examples: Sequence[str], notes: str = "") -> str:
    """The text after the options: the examples, one command a line, then ``notes``.

    Examples
    --------
    >>> print(epilog(["tocgraph check toc/"], "Exit codes: 0 ok."))
    examples:
      tocgraph check toc/
    <BLANKLINE>
    Exit codes: 0 ok.
    """
    text = "examples:\n" + "\n".join(f"  {example}" for example in examples)
    return f"{text}\n\n{notes}" if notes else text
