"""Every command's ``--help`` ends with examples, and every example runs.

The examples use the layout ``tocgraph init toc`` makes, so a newcomer can
paste them; here each one runs in such a folder.
"""

from __future__ import annotations

import argparse
import io
import shlex
import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tocgraph.cli import _parser, main
from tocgraph.cli.helpformat import HelpFormatter

PARSER = _parser()
(SUBCOMMANDS,) = [a for a in PARSER._actions if isinstance(a, argparse._SubParsersAction)]
COMMANDS = {"tocgraph": PARSER, **{f"tocgraph {n}": p for n, p in SUBCOMMANDS.choices.items()}}


def _examples(parser: argparse.ArgumentParser) -> list[str]:
    """The lines under ``examples:`` in the help text."""
    help_text = parser.format_help()
    assert "\nexamples:\n" in help_text
    block = help_text.split("\nexamples:\n", 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in block.splitlines()]


def test_every_command_is_covered() -> None:
    assert set(SUBCOMMANDS.choices) == {
        "check",
        "impact",
        "critical",
        "diff",
        "change-request",
        "render",
        "report",
        "portfolio",
        "init",
        "schema",
        "export",
        "import",
        "status-update",
    }


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_has_examples_of_this_command(name: str) -> None:
    parser = COMMANDS[name]
    assert parser.formatter_class is HelpFormatter
    examples = _examples(parser)
    assert len(examples) >= 2
    command = name.split()[-1] if name != "tocgraph" else ""
    for example in examples:
        assert f"tocgraph {command}".strip() in example, example


EXAMPLES = [(name, example) for name in sorted(COMMANDS) for example in _examples(COMMANDS[name])]


@pytest.fixture
def alliance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder as after ``tocgraph init toc``, with an approved copy and a policy file."""
    monkeypatch.chdir(tmp_path)
    assert main(["init", "toc"]) == 0
    (tmp_path / "approved").mkdir()
    shutil.copyfile(tmp_path / "toc" / "toc.yaml", tmp_path / "approved" / "toc.yaml")
    shutil.copyfile(ROOT / "models" / "policy.yaml", tmp_path / "policy.yaml")
    (tmp_path / "schemas").mkdir()
    assert main(["export", "toc/toc.yaml", "--to", "xlsx", "-o", "toc.xlsx"]) == 0
    assert main(["export", "toc/toc.yaml", "--to", "csv", "-o", "toc-csv"]) == 0
    (tmp_path / "progress.csv").write_text("id,status,explanation\nA1,stopped,No money\n", "utf-8")
    return tmp_path


@pytest.mark.parametrize(("name", "example"), EXAMPLES)
def test_example_runs(
    name: str,
    example: str,
    alliance: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stdin = None
    if "|" in example:  # e.g. git show ...: stands for an earlier version of the ToC
        example = example.rsplit("|", 1)[1]
        stdin = alliance / "approved" / "toc.yaml"
    argv = shlex.split(example)
    if "<" in argv:
        at = argv.index("<")
        stdin = alliance / argv[at + 1]
        del argv[at : at + 2]
    if ">" in argv:
        del argv[argv.index(">") :]
    if stdin is not None:
        raw = io.BytesIO(stdin.read_bytes())
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    if argv[1:2] == ["init"]:
        shutil.rmtree(alliance / "toc")
    assert argv[0] == "tocgraph"
    code = main(argv[1:])
    captured = capsys.readouterr()
    expected = 1 if "--strict" in argv and argv[1] == "portfolio" else 0
    assert code == expected, captured.out + captured.err


def _prose(parser: argparse.ArgumentParser) -> set[str]:
    """Every English text of ``parser``'s help and its subcommands', white space run together."""
    texts: set[str] = set()
    for text in (parser.description, parser.epilog):
        for block in (text or "").strip("\n").split("\n\n"):
            lines = block.splitlines()
            if lines and lines[0] != "examples:" and not any(x[:1].isspace() for x in lines):
                texts.add(" ".join(block.split()))
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            texts.add(" ".join(action.help.split()))
        if isinstance(action, argparse._SubParsersAction):
            texts |= {" ".join(str(a.help).split()) for a in action._choices_actions}
            for sub in action.choices.values():
                texts |= _prose(sub)
    return texts


HEADINGS = {"positional arguments", "options", "examples:"}


def test_every_help_text_is_in_dutch_and_every_dutch_text_is_used() -> None:
    from tocgraph.i18n.help_nl import HELP

    texts = _prose(PARSER)
    assert sorted(texts - set(HELP)) == []
    assert sorted(set(HELP) - texts - HEADINGS) == []
    for english, dutch in HELP.items():
        assert dutch.strip() == dutch != english, english
        assert "%" not in dutch  # argparse formats help strings with %
        # options, metavars and quoted values are kept as written
        for word in english.split():
            if word.startswith("--") or (word.strip(".,;:()").isupper() and len(word) > 1):
                assert word.strip(".,;:()") in dutch, (word, dutch)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_follows_lang(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``--help --lang nl`` is Dutch throughout; without it, English as argparse words it."""
    argv = name.split()[1:]
    assert main([*argv, "--help", "--lang", "nl"]) == 0
    dutch = capsys.readouterr().out
    assert dutch.startswith("gebruik: tocgraph")
    assert "\nopties:\n" in dutch
    flat = " ".join(dutch.split())
    left = [t for t in _prose(COMMANDS[name]) if len(t.split()) > 2 and t in flat]
    assert left == []
    assert main([*argv, "--help"]) == 0
    english = capsys.readouterr().out
    assert english == COMMANDS[name].format_help()
    assert english.startswith("usage: tocgraph")
    assert dutch.count("\n  tocgraph") == english.count("\n  tocgraph")  # the examples, as written
