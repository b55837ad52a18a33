"""``tocgraph init``: starter files that check --strict accepts, and no overwriting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tocgraph
from tocgraph.cli import main
from tocgraph.cli.init import starter_files
from tocgraph.schema.jsonschema import change_schema_text, schema_text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_init_writes_files_that_check_strict_accepts(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "alliance"
    assert main(["init", str(target), "--lang", lang]) == 0
    out = capsys.readouterr().out
    toc, change = target / "toc.yaml", target / "change-requests" / "example.yaml"
    assert f"tocgraph check {toc} --strict" in out
    assert "example" in out
    assert main(["check", str(toc), "--strict", "--lang", lang]) == 0
    assert main(["check", str(target), "--strict"]) == 0
    report = tmp_path / "report.md"
    argv = ["change-request", str(change), "-o", str(report), "--lang", lang]
    assert main([*argv, "--root", str(target)]) == 0
    assert report.read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_starter_files_are_marked_as_examples_in_their_language(lang: str) -> None:
    files = starter_files(lang)
    word = {"en": "EXAMPLE", "nl": "VOORBEELD"}[lang]
    for name in ("toc.yaml", "change-requests/example.yaml"):
        assert word in files[name], name
    other = {"en": "Voorbeeld", "nl": "Example"}[lang]
    assert other not in files["toc.yaml"]


def test_schema_lines_name_the_written_schemas(tmp_path: Path) -> None:
    assert main(["init", str(tmp_path)]) == 0
    for name in ("toc.yaml", "change-requests/example.yaml"):
        path = tmp_path / name
        first = path.read_text(encoding="utf-8").splitlines()[0]
        prefix = "# yaml-language-server: $schema="
        assert first.startswith(prefix)
        schema = path.parent / first.removeprefix(prefix)
        assert json.loads(schema.read_text(encoding="utf-8"))["title"].startswith("tocgraph")
    assert (tmp_path / "schemas" / "tocgraph.schema.json").read_text("utf-8") == schema_text()
    assert (tmp_path / "schemas" / "change-request.schema.json").read_text(
        "utf-8"
    ) == change_schema_text()


def test_starter_toc_loads_and_has_no_single_point_of_failure() -> None:
    toc = tocgraph.loads(starter_files("en")["toc.yaml"])
    result = tocgraph.assess(toc)
    assert result.nodes["G1"].verdict.value == "potentially_effective"
    assert result.nodes["G1"].margin == 4
    assert result.nodes["G1"].critical_activities == ()


def test_init_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "toc.yaml").write_text("mine\n", encoding="utf-8")
    assert main(["init", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "will not overwrite" in err
    assert str(tmp_path / "toc.yaml") in err
    assert (tmp_path / "toc.yaml").read_text(encoding="utf-8") == "mine\n"
    assert not (tmp_path / "change-requests").exists()
    assert not (tmp_path / "schemas").exists()


def test_init_twice_refuses_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", str(tmp_path)]) == 0
    before = (tmp_path / "toc.yaml").read_text(encoding="utf-8")
    assert main(["init", str(tmp_path), "--lang", "nl"]) == 2
    assert "tocgraph: fout: bestaande bestanden worden niet overschreven" in capsys.readouterr().err
    assert (tmp_path / "toc.yaml").read_text(encoding="utf-8") == before


def test_init_into_a_file_is_a_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert main(["init", str(blocker)]) == 2
    assert f"{blocker} is a file, not a folder" in capsys.readouterr().err  # was "cannot write"


def test_init_that_fails_halfway_leaves_nothing_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new" / "alliance"
    target.mkdir(parents=True)
    (target / "schemas").write_text("a file where a folder must go\n", encoding="utf-8")
    assert main(["init", str(target)]) == 2
    assert "nothing was written" in capsys.readouterr().err
    assert sorted(p.name for p in target.iterdir()) == ["schemas"]


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-V"]) == 0
    assert capsys.readouterr().out.strip() == f"tocgraph {tocgraph.__version__}"
    assert tocgraph.__version__ not in ("", "0+unknown")


def test_init_says_what_to_do_next_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", str(tmp_path / "a"), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "en de schema's in" in out
    assert "Volgende stappen:" in out
    assert "wat als A1 en A2 stoppen:" in out
    assert "Next:" not in out
    assert "Wrote" not in out


def test_init_writes_nothing_through_a_link_out_of_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by fuzzing: a linked change-requests folder carried the example out of DIR."""
    (tmp_path / "d").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "d" / "change-requests").symlink_to(tmp_path / "outside")
    assert main(["init", str(tmp_path / "d")]) == 2
    assert "will not write through links that lead out of" in capsys.readouterr().err
    assert list((tmp_path / "outside").iterdir()) == []
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["change-requests"]
    (tmp_path / "dangling").symlink_to(tmp_path / "missing")
    assert main(["init", str(tmp_path / "dangling")]) == 2
    assert "which does not exist; choose another DIR" in capsys.readouterr().err
