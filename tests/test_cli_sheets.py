"""``tocgraph export``, ``import`` and ``status-update`` from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

import tocgraph
from tests.conftest import MODELS
from tocgraph.cli import main

MODEL = MODELS / "worden-wie-je-bent.yaml"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copyfile(MODEL, tmp_path / "toc.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("fmt", "out"), [("xlsx", "b.xlsx"), ("csv", "b-csv")])
def test_export_then_import_gives_the_same_toc(fmt: str, out: str, here: Path) -> None:
    assert main(["export", "toc.yaml", "--to", fmt, "-o", out]) == 0
    assert main(["import", out, "-o", "back.yaml"]) == 0
    text = (here / "back.yaml").read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=schemas/tocgraph.schema.json\n")
    assert tocgraph.load("back.yaml") == tocgraph.load("toc.yaml")


def test_export_without_o_names_the_output_after_the_input(here: Path) -> None:
    assert main(["export", "toc.yaml", "--to", "gexf"]) == 0
    assert (here / "toc.gexf").exists()
    assert main(["export", "toc.yaml", "--to", "kumu"]) == 0
    assert (here / "toc.kumu.json").exists()


def test_export_csv_to_stdout_is_refused(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "toc.yaml", "--to", "csv", "-o", "-"]) == 2
    assert "name it with -o DIR" in capsys.readouterr().err


def test_export_never_overwrites_its_input(here: Path) -> None:
    before = (here / "toc.yaml").read_bytes()
    assert main(["export", "toc.yaml", "--to", "graphml", "-o", "toc.yaml"]) == 2
    assert (here / "toc.yaml").read_bytes() == before


def test_import_reports_cells_and_exits_2(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "toc.yaml", "--to", "csv", "-o", "b"]) == 0
    nodes = here / "b" / "nodes.csv"
    nodes.write_text(nodes.read_text("utf-8").replace(",achieved,", ",finished,", 1), "utf-8")
    assert main(["import", "b"]) == 2
    err = capsys.readouterr().err
    assert "b/nodes.csv:E" in err
    assert "error[TOC105]" in err
    assert "Traceback" not in err


def test_status_update_writes_a_draft_that_reviews(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (here / "progress.csv").write_text(
        "id,status,explanation\nA1,stopgezet,Geen budget meer\nA2,vertraagd,\n", "utf-8"
    )
    before = (here / "toc.yaml").read_bytes()
    assert main(["status-update", "toc.yaml", "progress.csv", "-o", "cr.yaml"]) == 0
    assert (here / "toc.yaml").read_bytes() == before  # never rewrites the ToC
    draft = yaml.safe_load((here / "cr.yaml").read_text("utf-8"))
    toc = tocgraph.load("toc.yaml")
    expected: list[dict[str, object]] = [{"stop": "A1", "rationale": "Geen budget meer"}]
    if toc.node("A2").status.value != "delayed":  # type: ignore[union-attr]
        expected.append({"modify": "A2", "set": {"status": "delayed"}})
    assert draft["changes"] == expected
    assert draft["toc"] == "toc.yaml"
    assert main(["change-request", "cr.yaml"]) in (0, 1)
    capsys.readouterr()


def test_status_update_with_nothing_to_change_writes_nothing(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = tocgraph.load("toc.yaml").activities[0].status.value
    (here / "p.csv").write_text(f"id,status\nA1,{status}\n", "utf-8")
    assert main(["status-update", "toc.yaml", "p.csv", "-o", "cr.yaml"]) == 0
    assert not (here / "cr.yaml").exists()
    assert "nothing to write" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "title", "wrote"),
    [
        ("en", "Status update from progress.csv", "wrote cr.yaml"),
        ("nl", "Voortgang volgens progress.csv", "cr.yaml geschreven"),
    ],
)
def test_status_update_speaks_the_language_asked_for(
    here: Path, lang: str, title: str, wrote: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (here / "progress.csv").write_text("id,status\nA1,stopgezet\n", "utf-8")
    argv = ["status-update", "toc.yaml", "progress.csv", "-o", "cr.yaml", "--lang", lang]
    assert main(argv) == 0
    assert yaml.safe_load((here / "cr.yaml").read_text("utf-8"))["title"] == title
    assert f"tocgraph: {wrote}" in capsys.readouterr().err


def test_export_csv_refuses_a_link_out_of_its_folder(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by fuzzing: a link left in the output folder made export overwrite a file elsewhere."""
    (here / "outside.txt").write_text("precious\n", "utf-8")
    (here / "out").mkdir()
    (here / "out" / "nodes.csv").symlink_to(here / "outside.txt")
    assert main(["export", "toc.yaml", "--to", "csv", "-o", "out"]) == 2
    assert "cannot write out/nodes.csv: it is a link to " in capsys.readouterr().err
    assert (here / "outside.txt").read_text("utf-8") == "precious\n"
    assert sorted(p.name for p in (here / "out").iterdir()) == ["nodes.csv"]  # nothing written
    (here / "out" / "nodes.csv").unlink()
    (here / "out" / "nodes.csv").symlink_to(here / "out" / "mine.csv")  # inside: written through
    assert main(["export", "toc.yaml", "--to", "csv", "-o", "out"]) == 0
    assert (here / "out" / "mine.csv").read_text("utf-8").startswith("id,level,title")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("dup.csv", "id,status,status\nA1,stopped,on_track\n", "C1: error[TOC005]: column"),
        ("long.csv", "id,status,explanation\nA1,stopped," + "x" * 5001 + "\n", "C2: error[TOC102]"),
        ("latin1.csv", "id,status,explanation\nA1,stopped,café\n", "not UTF-8 text (byte 0xe9"),
    ],
)
def test_status_update_refuses_what_it_would_lose(
    name: str, content: str, expected: str, here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by fuzzing: a repeated column lost a stop, a long explanation made a draft that
    change-request refused, and a Latin-1 file was "a workbook that cannot be read"."""
    encoding = "latin-1" if name.startswith("latin1") else "utf-8"
    (here / name).write_text(content, encoding)
    assert main(["status-update", "toc.yaml", name, "-o", "draft.yaml"]) == 2
    assert expected in capsys.readouterr().err
    assert not (here / "draft.yaml").exists()


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        ("id;status;toelichting\nA2;gestopt;geen geld, geen tijd\n", "utf-8"),  # Dutch Excel
        ("id\tstatus\texplanation\nA2\tstopped\tgeen geld, geen tijd\n", "utf-16"),  # "Unicode"
    ],
)
def test_status_update_reads_semicolons_tabs_and_utf16(
    content: str, encoding: str, here: Path
) -> None:
    (here / "progress.csv").write_text(content, encoding)
    assert main(["status-update", "toc.yaml", "progress.csv", "-o", "draft.yaml"]) == 0
    draft = yaml.safe_load((here / "draft.yaml").read_text("utf-8"))
    assert draft["changes"] == [{"stop": "A2", "rationale": "geen geld, geen tijd"}]


def test_windows_1252_is_read_when_asked_and_never_guessed(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel's plain "CSV" on a Western Windows: read with --encoding windows-1252 only."""
    content = "id;status;toelichting\nA2;gestopt;geen geld (€ 0) voor het café\n"
    (here / "progress.csv").write_bytes(content.encode("cp1252"))
    assert main(["status-update", "toc.yaml", "progress.csv", "-o", "draft.yaml"]) == 2
    assert "--encoding windows-1252" in capsys.readouterr().err  # the hint names the way
    argv = ["status-update", "toc.yaml", "progress.csv", "-o", "draft.yaml"]
    assert main([*argv, "--encoding", "windows-1252"]) == 0
    draft = yaml.safe_load((here / "draft.yaml").read_text("utf-8"))
    assert draft["changes"] == [{"stop": "A2", "rationale": "geen geld (€ 0) voor het café"}]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("id,status\nA2,stopped,café\n".encode(), "is Unicode text (UTF-8 or UTF-16)"),
        ("id,status\nA2,stopped\n".encode("utf-16"), "is Unicode text (UTF-8 or UTF-16)"),
        (b"id,status,explanation\nA2,stopped,\x81\n", "not Windows-1252 text (byte 0x81 on line 2"),
    ],
)
def test_windows_1252_asked_of_other_text_is_refused(
    data: bytes, expected: str, here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Mojibake ("cafÃ©") would be silent: Unicode text read as Windows-1252 is refused."""
    (here / "progress.csv").write_bytes(data)
    argv = ["status-update", "toc.yaml", "progress.csv", "--encoding", "windows-1252"]
    assert main(argv) == 2
    assert expected in capsys.readouterr().err


def test_import_reads_a_windows_1252_csv_folder(here: Path) -> None:
    assert main(["export", "toc.yaml", "--to", "csv", "-o", "utf8"]) == 0
    (here / "ansi").mkdir()
    for file in (here / "utf8").iterdir():
        text = file.read_text("utf-8").replace("Movisie", "Movisie € café")
        (here / "ansi" / file.name).write_bytes(text.encode("cp1252"))
    assert main(["import", "ansi", "-o", "back.yaml"]) == 2
    assert main(["import", "ansi", "--encoding", "windows-1252", "-o", "back.yaml"]) == 0
    partners = {a.partner for a in tocgraph.load("back.yaml").activities}
    assert "Movisie € café" in partners


def test_the_library_names_an_unknown_encoding() -> None:
    with pytest.raises(tocgraph.OptionError, match="unknown encoding 'latin-1'"):
        tocgraph.load_workbook_toc(MODEL, encoding="latin-1")


def test_import_never_writes_over_a_csv_file_it_reads(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by fuzzing: ``import DIR -o DIR/nodes.csv`` overwrote the file it had read."""
    assert main(["export", "toc.yaml", "--to", "csv", "-o", "book"]) == 0
    before = (here / "book" / "nodes.csv").read_bytes()
    assert main(["import", "book", "-o", "book/nodes.csv"]) == 2
    assert "is the input book/nodes.csv" in capsys.readouterr().err
    assert (here / "book" / "nodes.csv").read_bytes() == before


def test_a_csv_export_leaves_no_sheet_of_an_earlier_export_behind(here: Path) -> None:
    """Found by fuzzing: indicators removed from the ToC came back from the old indicators.csv."""
    politica = MODELS / "politica.yaml"
    assert main(["export", str(politica), "--to", "csv", "-o", "book"]) == 0
    smaller = yaml.safe_load(politica.read_text("utf-8"))
    for section in ("goals", "outcomes", "outputs", "activities"):
        for node in smaller.get(section) or []:
            node.pop("indicators", None)
            links = node.get("contributes_to") or []
            node["contributes_to"] = [c if isinstance(c, str) else {"to": c["to"]} for c in links]
            if not node["contributes_to"]:
                del node["contributes_to"]
    smaller.pop("assumptions", None)
    (here / "v2.yaml").write_text(yaml.safe_dump(smaller, allow_unicode=True), "utf-8")
    assert main(["export", "v2.yaml", "--to", "csv", "-o", "book"]) == 0
    assert (here / "book" / "indicators.csv").read_text("utf-8").count("\n") == 1  # header only
    assert main(["import", "book", "-o", "back.yaml"]) == 0
    assert tocgraph.load("back.yaml") == tocgraph.load("v2.yaml")


def test_a_sheet_given_twice_is_refused(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An English and a Dutch file for one sheet: one of them would be read, silently."""
    assert main(["export", "toc.yaml", "--to", "csv", "-o", "book"]) == 0
    shutil.copy(here / "book" / "nodes.csv", here / "book" / "knopen.csv")
    assert main(["import", "book", "--lang", "nl"]) == 2
    said = capsys.readouterr().err
    assert "fout[TOC005]: het blad 'nodes' staat er twee keer: knopen.csv en nodes.csv" in said


def test_status_update_says_nothing_changed_in_dutch(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tocgraph.load("toc.yaml").activities[0]
    (here / "progress.csv").write_text(f"id,status\n{first.id},{first.status.value}\n", "utf-8")
    assert main(["status-update", "toc.yaml", "progress.csv", "--lang", "nl"]) == 0
    assert "er is niets te schrijven" in capsys.readouterr().err


def test_a_draft_and_an_import_name_the_schemas_init_wrote(tmp_path: Path) -> None:
    """The first line named ``schemas/...`` from every folder; ``init`` puts drafts one deeper."""
    project = tmp_path / "alliance"
    assert main(["init", str(project)]) == 0
    (project / "progress.csv").write_text("id,status\nA1,stopped\n", encoding="utf-8")
    draft = project / "change-requests" / "draft.yaml"
    argv = ["status-update", str(project / "toc.yaml"), str(project / "progress.csv")]
    assert main([*argv, "-o", str(draft)]) == 0
    first = draft.read_text(encoding="utf-8").splitlines()[0]
    assert first.endswith("$schema=../schemas/change-request.schema.json")
    assert (
        main(["export", str(project / "toc.yaml"), "--to", "xlsx", "-o", str(tmp_path / "t.xlsx")])
        == 0
    )
    back = project / "change-requests" / "back.yaml"
    assert main(["import", str(tmp_path / "t.xlsx"), "-o", str(back)]) == 0
    first = back.read_text(encoding="utf-8").splitlines()[0]
    assert first.endswith("$schema=../schemas/tocgraph.schema.json")


def test_the_library_refuses_a_draft_of_standard_input() -> None:
    """The command line refused '-' for the ToC; the use case under it wrote ``toc: '-'``."""
    from tocgraph.use_cases.sheets import status_update_file

    with pytest.raises(tocgraph.OptionError, match="the draft names it"):
        status_update_file("-", "progress.csv", None)
