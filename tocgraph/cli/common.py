"""Helpers shared by the subcommands: exit codes, common options, output."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from tocgraph.charsets import BIDI_CONTROLS
from tocgraph.cli.usage import spoken, type_error

if TYPE_CHECKING:
    from tocgraph.errors import Diagnostic
    from tocgraph.i18n import Lang

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_INVALID",
    "EXIT_OK",
    "Parser",
    "add_common",
    "add_lang",
    "add_max_bytes",
    "add_scenario",
    "error",
    "folder_path",
    "input_path",
    "load_or_report",
    "output_path",
    "print_json",
    "report_diagnostics",
    "write_or_report",
    "write_text",
]

EXIT_OK, EXIT_FINDINGS, EXIT_INVALID = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse, with its messages made terminal-safe (they quote the user's arguments).

    Its usage errors follow ``--lang`` (:mod:`tocgraph.cli.usage`).
    """

    def _print_message(self, message: str, file: Any = None) -> None:
        # not silenced, as argparse does: help or a version that cannot be written is an
        # error the program says (tocgraph.cli.process), not an exit 0 with nothing shown
        if message:
            write_text(message, file or sys.stderr)

    def usage_in(self, lang: Lang) -> str:
        """The usage line, its ``usage:`` worded in ``lang`` (by the help formatter)."""
        from tocgraph.cli.usage import speaking

        with speaking(lang):
            return self.format_usage()

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error, in the language of ``--lang``; exit with 2."""
        from tocgraph.cli.usage import spoken, usage_message
        from tocgraph.i18n import labels

        lang = spoken()
        self._print_message(self.usage_in(lang), sys.stderr)
        label = labels(lang).error
        self.exit(EXIT_INVALID, f"{self.prog}: {label}: {usage_message(message, lang)}\n")


def add_common(command: argparse.ArgumentParser) -> None:
    """``--json`` and ``--lang``."""
    command.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_lang(command)


def add_lang(command: argparse.ArgumentParser, what: str = "report") -> None:
    """``--lang en|nl``."""
    command.add_argument(
        "--lang",
        choices=("en", "nl"),
        default="en",  # main() sets $TOCGRAPH_LANG's language as the default when it is set
        help=f"language of the {what} (default: $TOCGRAPH_LANG, else en)",
    )


def add_max_bytes(command: argparse.ArgumentParser) -> None:
    """``--max-bytes N``: the largest YAML document read (default 5 MB), as ``args.max_bytes``."""
    command.add_argument(
        "--max-bytes",
        type=_byte_count,
        default=None,
        metavar="N",
        help="read YAML files of up to N bytes (default 5242880, 5 MB)",
    )


def _byte_count(value: str) -> int:
    """An argparse ``type``: a whole number of bytes, at least 1 (``_`` separators allowed)."""
    try:
        count = int(value.replace("_", ""))
    except ValueError:
        raise type_error("usage.bytes", value=repr(value)) from None
    if count < 1:
        raise type_error("usage.bytes_minimum", count=count)
    return count


def add_scenario(command: argparse.ArgumentParser) -> None:
    """``--stop ID ...`` and ``--partner NAME ...``, as ``args.stop`` and ``args.partner``."""
    command.add_argument(
        "--stop",
        nargs="+",
        action="extend",
        default=[],
        metavar="ID",
        type=node_id,
        help="activities to stop",
    )
    add_partners(command, "partners that drop out (all their activities stop)")


def node_id(value: str) -> str:
    """An argparse ``type`` for the ids of ``--stop`` and ``--fail``: no commas (ids have none).

    Examples
    --------
    >>> node_id("A1")
    'A1'
    >>> node_id("A1,A2")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: separate ids with spaces, not commas: A1 A2
    """
    if "," in value:
        raise type_error(
            "usage.comma_ids", ids=" ".join(v.strip() for v in value.split(",") if v.strip())
        )
    return value


def add_partners(command: argparse.ArgumentParser, help_text: str) -> None:
    """``--partner NAME ...``, as ``args.partner``: partner names, stripped."""
    command.add_argument(
        "--partner",
        nargs="+",
        action="extend",
        default=[],
        metavar="NAME",
        type=partner_name,
        help=help_text,
    )


def partner_name(value: str) -> str:
    """An argparse ``type`` for partner names: stripped, as the ToC's own names are."""
    return value.strip()


def input_path(value: str) -> str:
    """An argparse ``type`` for input files: an empty path is an error, not the current folder."""
    if not value:
        raise type_error("usage.path_empty")
    _check_name(value, "path")
    return value


def folder_path(value: str) -> str:
    """An argparse ``type`` for ``--root``: an existing folder (a file named there was accepted)."""
    input_path(value)
    if not Path(value).is_dir():
        raise type_error("usage.not_folder", path=repr(value))
    return value


def output_path(value: str) -> str:
    """An argparse ``type`` for ``-o``: an empty path or a folder is an error."""
    if not value:
        raise type_error("usage.output_empty")
    _check_name(value, "output")
    if value.endswith("/"):
        raise type_error("usage.output_folder", path=value)
    return value


def _check_name(value: str, what: str) -> None:
    """``what`` is ``path`` (an input) or ``output``."""
    if "\0" in value:
        raise type_error(f"usage.nul.{what}")
    try:
        os.fsencode(value)
    except UnicodeError:
        shown = value.encode("utf-8", "backslashreplace").decode("utf-8")
        raise type_error(f"usage.name.{what}", name=shown) from None


def write_or_report(path: str, data: str | bytes, inputs: Sequence[str], lang: Lang = "en") -> bool:
    """Write an output file (refusing any of ``inputs``); print why not and return False."""
    from tocgraph.errors import OutputError
    from tocgraph.i18n import text
    from tocgraph.output import write_output
    from tocgraph.report.escape import terminal

    try:
        write_output(path, data, inputs=inputs)
    except OutputError as exc:
        output_error(exc)
        return False
    shown = terminal(path)  # a line break in the name cannot start a line of its own
    write_text(f"tocgraph: {text('cli.wrote', lang, path=shown)}\n", sys.stderr)
    return True


def load_or_report(path: str, lang: Lang = "en") -> Any:
    """The ToC at ``path`` (``-``: standard input), or ``None`` after printing its diagnostics."""
    from tocgraph.errors import InvalidToCError
    from tocgraph.use_cases.inputs import load_input

    try:
        return load_input(path).toc
    except InvalidToCError as exc:
        report_diagnostics(exc.diagnostics, lang)
        return None


def report_diagnostics(diagnostics: Iterable[Diagnostic], lang: Lang = "en") -> None:
    """Print located diagnostics to stderr in ``lang``, one per line (control characters shown)."""
    from tocgraph.i18n import localize

    write_text("".join(localize(d, lang).format() + "\n" for d in diagnostics), sys.stderr)


_JSON_UNSAFE = re.compile("[\x7f-\x9f" + BIDI_CONTROLS + "\ud800-\udfff]")


def print_json(value: object) -> None:
    """``value`` as indented JSON on stdout (see :func:`json_text`)."""
    sys.stdout.write(json_text(value))


def json_text(value: object) -> str:
    """``value`` as indented JSON and a line break, the same on stdout and in a file.

    Control characters, bidi marks and lone surrogates are ``\\uXXXX`` escapes, so
    the text is valid UTF-8 and harmless on a terminal; other text stays readable.
    """
    import json  # not for the text reports: start-up

    text = json.dumps(value, indent=2, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def write_text(report: str, stream: IO[str] | None = None) -> None:
    """A text report on stdout (or ``stream``), with control characters shown, not sent.

    Lone surrogates (from file names that are not UTF-8) are shown as ``\\udcxx``.
    """
    from tocgraph.report.escape import terminal_text

    shown = terminal_text(report).encode("utf-8", "backslashreplace").decode("utf-8")
    (stream or sys.stdout).write(shown)


def error(message: str, label: str | None = None) -> None:
    """A one-line error on stderr; line breaks in it (a file name, say) show as ``\\x0a``.

    ``label`` is the word after ``tocgraph:``; by default ``error``, or ``fout``
    while Dutch is spoken (:func:`~tocgraph.cli.usage.speaking`).
    """
    from tocgraph.i18n import labels
    from tocgraph.report.escape import terminal

    shown = labels(spoken()).error if label is None else label
    write_text(f"tocgraph: {shown}: {terminal(message.rstrip())}\n", sys.stderr)


def say_error(key: str, **values: object) -> None:
    """:func:`error` with the catalogue's text ``key`` in the spoken language."""
    from tocgraph.i18n import text

    error(text(key, spoken(), **values))


def system_reason(exc: OSError) -> str:
    """Why the system refused, in the spoken language (see :func:`~tocgraph.output.os_reason`)."""
    from tocgraph.i18n import render
    from tocgraph.output import os_reason

    return render(os_reason(exc), spoken())


def folder_inputs(path: str, pattern: str = "*") -> list[str]:
    """``path`` and, for a folder, each of its entries matching ``pattern``, sorted.

    What a command may have read from ``path``, so that no output may overwrite
    it. Hidden files match too: the readers of a folder take them as well.
    """
    folder = Path(path)
    if not folder.is_dir():
        return [path]
    return [path, *sorted(str(file) for file in folder.iterdir() if file.match(pattern))]


def output_error(exc: Exception) -> None:
    """:func:`error` with an exception's message in the spoken language (its phrases)."""
    from tocgraph.i18n import error_text

    error(error_text(exc, spoken()))
