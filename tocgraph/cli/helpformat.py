"""The look of ``--help``: wrapped paragraphs, examples as written, in the language asked for.

The help texts are written in English in the code. With ``--lang nl`` among
the arguments (:func:`~tocgraph.cli.usage.lang_of`), each paragraph of prose,
each option's help and each heading is looked up, by its English words, in
the Dutch catalogue (:mod:`tocgraph.i18n.help_nl`); example commands stay as
they are. A test checks that every text of every command is in the catalogue.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Iterable, Sequence

from tocgraph.cli.usage import spoken

__all__ = ["HelpFormatter", "epilog", "translate"]

_EXAMPLES = "examples:"


def translate(text: str, lang: str) -> str:
    """``text`` in ``lang``: each paragraph of prose by the catalogue, indented lines as they are.

    A paragraph the catalogue lacks stays English.

    Examples
    --------
    >>> print(translate(epilog(["tocgraph check toc/"], "print JSON instead of text"), "nl"))
    voorbeelden:
      tocgraph check toc/
    <BLANKLINE>
    geef JSON in plaats van tekst
    """
    if lang == "en" or not text:
        return text
    from tocgraph.i18n.help_nl import HELP

    blocks = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.splitlines()
        if lines[:1] == [_EXAMPLES]:
            blocks.append("\n".join([HELP[_EXAMPLES], *lines[1:]]))
        elif any(line[:1].isspace() for line in lines):
            blocks.append(block)
        else:
            blocks.append(HELP.get(" ".join(block.split()), block))
    return "\n\n".join(blocks)


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Wrap each paragraph of a description or epilog; keep indented lines as they are.

    argparse's default formatter would run the example lines together;
    :class:`argparse.RawDescriptionHelpFormatter` alone would not wrap the prose.
    Every text is worded in the language of ``--lang`` (:func:`translate`).
    """

    def start_section(self, heading: str | None) -> None:
        super().start_section(translate(heading, spoken()) if heading else heading)

    def add_text(self, text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            text = translate(text, spoken())
        super().add_text(text)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None and spoken() != "en":
            from tocgraph.i18n import text

            prefix = text("usage.prefix", spoken())
        super().add_usage(usage, actions, groups, prefix)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return translate(action.help, spoken()) if action.help else action.help

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
    text = _EXAMPLES + "\n" + "\n".join(f"  {example}" for example in examples)
    return f"{text}\n\n{notes}" if notes else text
