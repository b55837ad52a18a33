"""Usage errors follow ``--lang``: argparse's messages and the options' own (tocgraph.cli.usage)."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT
from tocgraph.cli import main
from tocgraph.cli.usage import lang_of, speaking, spoken, usage_message
from tocgraph.i18n import LANGUAGES

MODEL = str(ROOT / "models" / "worden-wie-je-bent.yaml")

ENGLISH_WORDS = ("usage:", "error:", "invalid", "expected", "required", "unrecognized", "argument ")


@pytest.mark.parametrize(
    ("argv", "dutch", "english"),
    [
        (
            ["chek", MODEL],
            "tocgraph: fout: bij COMMAND: ongeldige keuze: 'chek' (kies uit 'check',",
            "tocgraph: error: argument COMMAND: invalid choice: 'chek' (choose from 'check',",
        ),
        (
            ["check", "--bogus", MODEL],
            "tocgraph: fout: onbekende argumenten: --bogus",
            "tocgraph: error: unrecognized arguments: --bogus",
        ),
        (
            ["check"],
            "tocgraph check: fout: deze argumenten ontbreken: FILE|DIR",
            "tocgraph check: error: the following arguments are required: FILE|DIR",
        ),
        (
            ["impact", MODEL, "--stop"],
            "tocgraph impact: fout: bij --stop: er moet minstens één waarde achter staan",
            "tocgraph impact: error: argument --stop: expected at least one argument",
        ),
        (
            ["check", MODEL, "--max-bytes", "lots"],
            "tocgraph check: fout: bij --max-bytes: geen geheel aantal bytes: 'lots'",
            "tocgraph check: error: argument --max-bytes: not a whole number of bytes: 'lots'",
        ),
        (
            ["check", MODEL, "--max-bytes", "0"],
            "bij --max-bytes: de grens moet minstens 1 byte zijn, niet 0",
            "argument --max-bytes: the limit must be at least 1 byte, not 0",
        ),
        (
            ["check", ""],
            "bij FILE|DIR: het pad is leeg; noem een bestand of map",
            "argument FILE|DIR: the path is empty; name a file or folder",
        ),
        (
            ["check", "a\0b"],
            "bij FILE|DIR: het pad bevat een NUL-teken",
            "argument FILE|DIR: the path contains a NUL character",
        ),
        (
            ["render", MODEL, "-o", "out/"],
            "bij -o/--output: de uitvoer out/ is een map; noem een bestand daarin",
            "argument -o/--output: the output out/ is a folder; name a file in it",
        ),
        (
            ["render", MODEL, "-o", ""],
            "bij -o/--output: het uitvoerpad is leeg; noem een bestand, of '-' voor stdout",
            "argument -o/--output: the output path is empty; name a file, or '-' for stdout",
        ),
        (
            ["check", MODEL, "--as-of", "soon"],
            "bij --as-of: 'soon' is geen datum; schrijf JJJJ-MM-DD",
            "argument --as-of: 'soon' is not a date; write YYYY-MM-DD",
        ),
    ],
)
def test_a_usage_error_speaks_the_language_of_lang(
    argv: list[str], dutch: str, english: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert dutch in err
    assert err.startswith("gebruik: tocgraph")
    assert not [word for word in ENGLISH_WORDS if word in err]
    assert spoken() == "en"  # the language was set for the parse only

    assert main(argv) == 2
    err = capsys.readouterr().err
    assert english in err
    assert err.startswith("usage: tocgraph")


def test_the_english_messages_are_argparse_s_own(capsys: pytest.CaptureFixture[str]) -> None:
    """In English the catalogue gives back exactly what argparse says."""
    for message in _argparse_messages():
        assert usage_message(message, "en") == message


def test_every_argparse_message_seen_here_is_worded_in_dutch() -> None:
    messages = _argparse_messages()
    assert len(messages) >= 7
    for message in messages:
        dutch = usage_message(message, "nl")
        assert not [word for word in ENGLISH_WORDS if word in dutch], (message, dutch)


@pytest.mark.parametrize(
    ("message", "dutch", "english"),
    [
        ("expected at most one argument", "er mag hooguit één waarde achter staan", None),
        ("expected 1 argument", "er moet één waarde achter staan", "expected one argument"),
        ("expected 3 arguments", "er moeten 3 waarden achter staan", None),
    ],
)
def test_argparse_messages_not_shown_above_are_worded_too(
    message: str, dutch: str, english: str | None
) -> None:
    assert usage_message(message, "nl") == dutch
    assert usage_message(message, "en") == (english or message)


def test_messages_argparse_may_word_otherwise_are_kept_as_they_are() -> None:
    assert usage_message("argument --x: something new", "nl") == "bij --x: something new"
    assert usage_message("something new", "nl") == "something new"


def test_the_usage_line_lines_up_after_the_dutch_prefix(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", MODEL, "-o", "out/", "--lang", "nl"]) == 2
    usage = capsys.readouterr().err.split("\ntocgraph render:")[0].splitlines()
    assert len(usage) > 1
    start = len("gebruik: tocgraph render ")
    assert all(line[:start].isspace() and not line[start].isspace() for line in usage[1:])


def test_the_example_in_the_docs_is_what_the_command_prints(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.chdir(ROOT)
    command = "tocgraph check --lang nl --max-bytes veel models/"
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    shown = docs.split(f"$ {command}\n", 1)[1].split("```", 1)[0]
    assert main(command.split()[1:]) == 2
    assert capsys.readouterr().err == shown


def test_text_from_the_arguments_cannot_reach_the_terminal_raw(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["\x1b[2Jchek", "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "ongeldige keuze" in err


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["check", "--lang", "nl"], "nl"),
        (["check", "--lang=nl"], "nl"),
        (["check", "--la", "nl"], "nl"),
        (["check", "--lang", "nl", "--lang", "en"], "en"),
        (["check", "--lang", "de"], "en"),
        (["check", "--lang"], "en"),
        (["check", "--", "--lang", "nl"], "en"),
        (["check", "--l", "nl"], "nl"),  # argparse takes it for --lang where that is unique
        (["check", "--language", "nl"], "en"),
    ],
)
def test_lang_is_read_as_argparse_reads_it(argv: list[str], lang: str) -> None:
    assert lang_of(argv) == lang


@given(st.lists(st.text(max_size=8), max_size=6))
def test_lang_of_any_arguments_is_a_language(argv: list[str]) -> None:
    assert lang_of(argv) in LANGUAGES


def test_speaking_is_undone_after_an_error() -> None:
    with contextlib.suppress(RuntimeError), speaking("nl"):
        assert spoken() == "nl"
        raise RuntimeError
    assert spoken() == "en"


class _StoppedError(Exception):
    """Raised in place of argparse's exit, to collect its message."""


def _argparse_messages() -> list[str]:
    """What argparse itself says, for the mistakes a plain parser can be shown."""
    parser = argparse.ArgumentParser(prog="p")
    parser.add_argument("name")
    parser.add_argument("--one")
    parser.add_argument("--many", nargs="+")
    parser.add_argument("--pair", nargs=2)
    parser.add_argument("--kind", choices=("a", "b"))
    parser.add_argument("--count", type=int)
    parser.add_argument("--alpha")
    parser.add_argument("--alps")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--yes", action="store_true")
    group.add_argument("--no", action="store_true")
    required = argparse.ArgumentParser(prog="p")
    either = required.add_mutually_exclusive_group(required=True)
    either.add_argument("--x")
    either.add_argument("--y")
    found: list[str] = []

    def record(message: str) -> None:
        found.append(message)
        raise _StoppedError

    for chosen, argv in (
        (parser, []),
        (parser, ["n", "--one"]),
        (parser, ["n", "--many"]),
        (parser, ["n", "--pair", "a"]),
        (parser, ["n", "--kind", "c"]),
        (parser, ["n", "--count", "x"]),
        (parser, ["n", "--al", "x"]),
        (parser, ["n", "--yes", "--no"]),
        (parser, ["n", "--bogus"]),
        (required, []),
    ):
        chosen.error = record  # type: ignore[method-assign,assignment]
        with contextlib.suppress(_StoppedError), contextlib.redirect_stderr(io.StringIO()):
            chosen.parse_args(argv)
    return found


@pytest.mark.parametrize(
    ("value", "argv", "expected"),
    [
        ("nl", ["check", MODEL], "onderdeel"),
        ("nl", ["check", MODEL, "--lang", "en"], "node"),
        ("nl", ["check", "--help"], "gebruik: tocgraph check"),
        ("nl", ["check", "--bogus", MODEL], "tocgraph: fout: onbekende argumenten: --bogus"),
        ("en", ["check", MODEL], "node"),
        (" nl ", ["render", MODEL, "--format", "mmd", "-o", "-"], "potentieel effectief"),
        ("", ["check", MODEL], "node"),
    ],
)
def test_the_language_variable_is_the_default_of_lang(
    value: str,
    argv: list[str],
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``TOCGRAPH_LANG`` words output, help and usage errors; ``--lang`` overrides it."""
    monkeypatch.setenv("TOCGRAPH_LANG", value)
    with contextlib.suppress(SystemExit):
        main(argv)
    captured = capsys.readouterr()
    assert expected in captured.out + captured.err


@pytest.mark.parametrize(
    ("argv", "expected", "absent"),
    [
        (["--lang", "nl", "check", MODEL], "onderdeel", "node"),
        (["--lang=nl", "check", MODEL, "--lang", "en"], "node", "onderdeel"),
        (["--l", "nl", "check", MODEL], "onderdeel", "node"),  # argparse takes --l for --lang
        (["--lang", "nl", "--help"], "gebruik: tocgraph", "usage:"),
        (["--lang", "nl"], "fout: geen opdracht gegeven; 'tocgraph --help'", "error"),
        ([], "error: no command given; 'tocgraph --help' lists", "fout"),
        (["--lang", "de", "check", MODEL], "error: argument --lang: invalid choice: 'de'", "fout"),
    ],
)
def test_lang_before_the_command_is_its_default(
    argv: list[str], expected: str, absent: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found in use: ``tocgraph --lang nl check`` was an unknown command ``nl``."""
    with contextlib.suppress(SystemExit):
        main(argv)
    captured = capsys.readouterr()
    assert expected in captured.out + captured.err
    assert absent not in captured.out + captured.err


@pytest.mark.parametrize("value", ["de", "NL", "nl_NL.UTF-8", "\x1b[31m"])
def test_an_unknown_language_variable_is_a_usage_error(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TOCGRAPH_LANG", value)
    assert main(["check", MODEL]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("tocgraph: error: TOCGRAPH_LANG: invalid choice: ")
    assert captured.err.endswith("(choose from 'en', 'nl')\n")
    assert "\x1b" not in captured.err  # the value is shown escaped
    assert main(["check", MODEL, "--lang", "nl"]) == 0  # --lang given: the variable is not read


@pytest.mark.parametrize("command", ["check", "change-request"])
@pytest.mark.parametrize("root", [MODEL, "no/such/folder"])
def test_root_must_be_a_folder(command: str, root: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Found by fuzzing: a file was taken as the root folder of a change request's baseline."""
    request = str(ROOT / "models" / "change-requests" / "politica-2025-1.yaml")
    assert main([command, request, "--root", root]) == 2
    assert capsys.readouterr().err.endswith(f"error: argument --root: not a folder: {root!r}\n")
    assert main([command, request, "--root", root, "--lang", "nl"]) == 2
    assert capsys.readouterr().err.endswith(f"fout: bij --root: geen map: {root!r}\n")


def test_partner_names_on_the_command_line_are_stripped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Found by fuzzing: ' Movisie ' matched no partner, though names in a ToC are stripped."""
    models = str(ROOT / "models")
    assert main(["impact", MODEL, "--partner", " Movisie ", "--json"]) in (0, 1)
    assert '"Movisie"' in capsys.readouterr().out
    assert main(["portfolio", models, "--partner", " Movisie ", "--json"]) in (0, 1)
    assert '"Movisie"' in capsys.readouterr().out


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_parser_of_one_command_is_the_whole_parser_s(lang: str) -> None:
    """``main`` builds only the parsers of the command it runs (start-up): the same ones."""
    from tocgraph.cli import _MODULES, _parser

    whole = _subparsers(_parser(lang))  # type: ignore[arg-type]
    assert set(whole) == set(_MODULES)
    for name in whole:
        alone = _subparsers(_parser(lang, name))  # type: ignore[arg-type]
        assert name in alone
        assert alone[name].format_help() == whole[name].format_help()
        assert alone[name]._defaults == whole[name]._defaults
        assert _described(alone[name]) == _described(whole[name])


def _described(parser: argparse.ArgumentParser) -> list[dict[str, object]]:
    """Each action's settings (not the group object it belongs to)."""
    return [{k: v for k, v in vars(a).items() if k != "container"} for a in parser._actions]


@given(st.lists(st.sampled_from(["check", "--lang", "nl", "--la=en", "--help", "x", "--"])))
def test_the_command_named_is_the_one_argparse_runs(argv: list[str]) -> None:
    """When ``command_of`` names a command, the whole parser runs that very command."""
    from tocgraph.cli import _MODULES, _parser
    from tocgraph.cli.usage import command_of

    named = command_of(argv, _MODULES)
    if named is None:
        return
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            args = _parser().parse_args(argv)
        except SystemExit:
            return  # a usage error or help: the command's own parser says the same
    assert args.command == named


@pytest.mark.parametrize(
    ("argv", "shown"),
    [
        (["impact", "models/politica.yaml", "--stop", "A1,A2"], "not commas: A1 A2"),
        (["impact", "models/politica.yaml", "--fail", "S1,"], "not commas: S1\n"),
        (["--lang", "nl", "render", "models/politica.yaml", "--stop", "A1, A2"], "komma's: A1"),
    ],
)
def test_ids_joined_by_commas_get_the_spaces_hint(
    capsys: pytest.CaptureFixture[str], argv: list[str], shown: str
) -> None:
    """``--stop A1,A2`` said "'A1,A2' is not in this ToC; did you mean 'A2'?"."""
    assert main(argv) == 2
    assert shown in capsys.readouterr().err


def test_a_draft_needs_the_path_of_its_toc(capsys: pytest.CaptureFixture[str]) -> None:
    """``status-update - sheet.csv`` wrote ``toc: '-'``, a draft that could not be reviewed."""
    argv = ["status-update", "-", "progress.csv"]  # refused before any file is read
    assert main(argv) == 2
    assert "give its path, not '-'" in capsys.readouterr().err
