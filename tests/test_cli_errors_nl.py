"""The command line's own errors speak the command's language: label and words.

Output paths, standard input named twice, a full disk under standard output,
an interrupted or failing command: each message comes from the catalogues,
so ``--lang nl`` (or ``TOCGRAPH_LANG=nl``) gives ``tocgraph: fout: ...`` in
Dutch, and English stays as it was.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tocgraph.cli import main
from tocgraph.errors import OutputError
from tocgraph.i18n import error_text, render, text
from tocgraph.output import OS_ERRORS, os_reason, write_output

MODEL = ROOT / "models" / "worden-wie-je-bent.yaml"

ENGLISH = frozenset(
    """
    cannot write output input folder exist exists choose another file link standard named
    only once interrupted internal bug space left device does match found files error
    """.split()  # noqa: SIM905 (easier to read as text)
)
"""English words of the messages tested here."""


def _english_words(message: str, *quoted: str) -> set[str]:
    for words in quoted:
        message = message.replace(words, " ")
    message = re.sub(r"'[^'\n]*'|\S*/\S*|\S+\.(?:yaml|dot|svg|csv)\b", " ", message)
    return {w for w in re.findall(r"[A-Za-z]+", message) if w.lower() in ENGLISH}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(MODEL, tmp_path / "p.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


CASES = {
    "output is the input": (["render", "p.yaml", "--format", "dot", "-o", "p.yaml"], "invoer"),
    "missing folder": (["render", "p.yaml", "--format", "dot", "-o", "no/x.dot"], "bestaat niet"),
    "format and name": (["render", "p.yaml", "--format", "dot", "-o", "x.svg"], "past niet"),
    "stdin twice": (["check", "-", "-"], "standaardinvoer"),
    "diff stdin twice": (["diff", "-", "-"], "standaardinvoer"),
    "csv to stdout": (["export", "p.yaml", "--to", "csv", "-o", "-"], "map"),
    "output a folder": (["report", "p.yaml", "-o", "."], "map"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_cli_errors_are_dutch_with_lang_nl(
    case: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, dutch = CASES[case]
    assert main([*argv, "--lang", "en"]) == 2
    english = capsys.readouterr().err
    assert main([*argv, "--lang", "nl"]) == 2
    said = capsys.readouterr().err
    assert said.startswith("tocgraph: fout: "), said
    assert dutch in said
    assert not _english_words(said.removeprefix("tocgraph: fout: ")), said
    assert english.startswith("tocgraph: error: ")
    assert said != english


def test_output_errors_carry_their_words_in_both_languages(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        write_output(tmp_path / "no" / "x.md", "text")
    assert str(caught.value) == error_text(caught.value, "en")
    assert str(caught.value).endswith("does not exist")
    assert error_text(caught.value, "nl").startswith("kan ")
    assert error_text(caught.value, "nl").endswith("bestaat niet")


def test_each_system_error_is_worded_in_dutch_and_as_linux_says_it_in_english() -> None:
    for name in sorted(OS_ERRORS):
        said = os_reason(OSError(getattr(errno, name), "whatever the system says"))
        if sys.platform == "linux":
            assert render(said, "en") == os.strerror(getattr(errno, name))
        dutch = render(said, "nl")
        assert dutch != render(said, "en")
        assert not _english_words(dutch), (name, dutch)
    other = os_reason(OSError(errno.EAGAIN, "Resource temporarily unavailable"))
    assert render(other, "nl") == "Resource temporarily unavailable"  # not worded: as is


def test_a_full_disk_under_standard_output_is_one_clear_error() -> None:
    """Buffered, as outside a test: the error comes at the flush, once, in the language."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    for lang, expected in (
        ("en", "tocgraph: error: cannot write to standard output: No space left on device\n"),
        ("nl", f"tocgraph: fout: {text('cli.err.stdout', 'nl', reason='')}"),
    ):
        with open("/dev/full", "w") as full:
            done = subprocess.run(
                [sys.executable, "-m", "tocgraph", "check", str(MODEL), "--lang", lang],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
                env=environment,
            )
        assert done.returncode == 2
        assert done.stderr.startswith(expected)
        assert done.stderr.count("\n") == 1, done.stderr  # no second report at exit
        assert "Traceback" not in done.stderr
        assert "Exception ignored" not in done.stderr


def test_interrupted_and_internal_errors_in_dutch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("tocgraph.analysis.criticality", interrupted)
    assert main(["critical", str(MODEL), "--lang", "nl"]) == 130
    assert capsys.readouterr().err == "tocgraph: fout: onderbroken\n"

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("tocgraph.analysis.criticality", broken)
    assert main(["critical", str(MODEL), "--lang", "nl"]) == 2
    said = capsys.readouterr().err
    assert said.startswith("tocgraph: fout: interne fout: RuntimeError: boom; dit is een fout")
    assert main(["critical", str(MODEL)]) == 2
    assert capsys.readouterr().err.startswith("tocgraph: error: internal error: RuntimeError")


def test_the_missing_renderer_message_is_the_libraries_in_english() -> None:
    from tocgraph.rendering.layout import HOW_TO_GET_A_RENDERER

    assert text("cli.err.no_layout") == f"no layout program found; {HOW_TO_GET_A_RENDERER}"
    assert "pip install graphviz-pure" in text("cli.err.no_layout", "nl")
