"""Checking files of every kind: the kind comes from the header, the check follows it."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT
from tocgraph.use_cases import check_file, check_paths, check_source, document_kind
from tocgraph.use_cases.check import document_files

CHANGE = ROOT / "models" / "change-requests" / "politica-2025-1.yaml"
GOAL_LOST = ROOT / "tests" / "fixtures" / "change-requests" / "goal-lost.yaml"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("tocgraph: 1\nid: x\n", "toc"),
        ("tocgraph-change: 1\ntoc: t.yaml\n", "change-request"),
        ("tocgraph-policy: 1\nid: p\n", "policy"),
        ('"tocgraph-change": 1\n', "change-request"),
        ("{'tocgraph-policy': 1, id: p}", "policy"),
        ('{"tocgraph-change": 1, "toc": "t.yaml"}', "change-request"),
        ("#" + "x" * 5000 + "\ntocgraph-policy: 1\n", "policy"),
        ("tocgraph-change: 1\ntitle: [unclosed\n", "change-request"),
        ("title: about tocgraph-change files\ntocgraph: 1\n", "toc"),
        ("- tocgraph-policy\n", "toc"),
        ("", "toc"),
    ],
)
def test_document_kind(text: str, kind: str) -> None:
    assert document_kind(text) == kind


def test_a_toc_is_assessed() -> None:
    checked = check_file(ROOT / "models" / "politica.yaml")
    assert (checked.kind, checked.valid, checked.goals_lost) == ("toc", True, ())
    assert checked.assessment is not None
    assert set(checked.to_dict()) == {
        "illustrative",
        "path",
        "kind",
        "id",
        "valid",
        "errors",
        "warnings",
        "as_of",
        "nodes",
        "activities",
        "budget",
        "assumptions",
    }


def test_a_change_request_is_applied_and_reviewed() -> None:
    checked = check_file(CHANGE)
    assert (checked.kind, checked.valid, checked.goals_lost) == ("change-request", True, ())
    assert checked.review is not None
    assert checked.review.baseline.id == "politica"
    data = checked.to_dict()
    assert data["kind"] == "change-request"
    assert data["id"] is None
    assert list(data["review"]) == [
        "title",
        "date",
        "effective_from",
        "toc",
        "toc_id",
        "changes",
        "goals_lost",
        "toc_changed",
        "goals_held_by_lowered_requires",
        "goals",
        "findings",
        "money",
    ]
    assert data["review"]["changes"] == 2


def test_a_change_request_that_loses_a_goal() -> None:
    checked = check_file(GOAL_LOST)
    assert checked.valid
    assert checked.goals_lost == ("G1",)
    assert checked.to_dict()["review"]["goals_lost"] == ["G1"]


def test_a_policy_is_validated() -> None:
    checked = check_file(ROOT / "models" / "policy.yaml")
    assert (checked.kind, checked.valid) == ("policy", True)
    data = checked.to_dict()
    assert data["id"] == "gender-lhbti-2022-2027"
    assert data["policy"]["aims"] == ["gender-equality", "lgbtiq-equality"]


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        ("tocgraph-policy: 1\nid: p\naims: []\n", "policy", "TOC"),
        (
            "tocgraph-change: 1\ntoc: missing.yaml\ntitle: T\nchanges: [{stop: A1}]\n",
            "change-request",
            "TOC506",
        ),
        ("tocgraph: 1\nid: x\ngoals: [{id: G1}]\n", "toc", "TOC"),
    ],
)
def test_errors_keep_the_kind(text: str, kind: str, code: str, tmp_path: Path) -> None:
    checked = check_source(text, str(tmp_path / "f.yaml"), root=tmp_path)
    assert (checked.kind, checked.valid) == (kind, False)
    assert checked.errors[0].code.startswith(code)
    data = checked.to_dict()
    assert data["kind"] == kind
    assert data.get("review", data.get("policy", data.get("nodes"))) in (None, {})


def test_a_change_request_resolves_its_toc_from_its_source(tmp_path: Path) -> None:
    text = CHANGE.read_text(encoding="utf-8")  # toc: ../politica.yaml
    assert check_source(text, str(CHANGE)).valid
    assert not check_source(text, str(tmp_path / "cr.yaml")).valid


def test_a_folder_holds_every_kind() -> None:
    names = [Path(p).name for p in document_files([ROOT / "models"])]
    assert {"policy.yaml", "politica.yaml"} <= set(names)
    kinds = {r.kind for r in check_paths([ROOT / "models", ROOT / "models" / "change-requests"])}
    assert kinds == {"toc", "change-request", "policy"}


def test_stdin(tmp_path: Path) -> None:
    data = (ROOT / "models" / "policy.yaml").read_bytes()
    (checked,) = check_paths(["-"], stdin=io.BytesIO(data))
    assert (checked.path, checked.kind, checked.valid) == ("<stdin>", "policy", True)


def test_a_single_path_is_refused() -> None:
    with pytest.raises(TypeError, match="list of files"):
        check_paths("models")


BUNDLED = sorted([*(ROOT / "models").glob("*.yaml"), *(ROOT / "models").glob("*/*.yaml")])


@given(
    index=st.integers(0, len(BUNDLED) - 1),
    comments=st.lists(
        st.text(st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp"))), max_size=5
    ),
)
def test_comments_never_change_the_kind(index: int, comments: list[str]) -> None:
    """However the file starts (comments, a schema line), its header decides its kind."""
    text = BUNDLED[index].read_text(encoding="utf-8")
    prefix = "".join(f"# {c}\n" for c in comments)
    assert document_kind(prefix + text) == document_kind(text)
    expected = {"policy.yaml": "policy"}.get(BUNDLED[index].name, "toc")
    if BUNDLED[index].parent.name == "change-requests":
        expected = "change-request"
    assert document_kind(text) == expected


def _folder_with_links(tmp_path: Path) -> Path:
    """A folder with a ToC, a link inside it, a link outside it, a broken link and a pipe."""
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("aws_secret_access_key: hunter2\n", "utf-8")
    folder = tmp_path / "toc"
    folder.mkdir()
    (folder / "a.yaml").write_bytes((ROOT / "models" / "politica.yaml").read_bytes())
    (folder / "b.yaml").symlink_to(folder / "a.yaml")  # inside: read
    (folder / "c.yaml").symlink_to(outside)
    (folder / "d.yaml").symlink_to(tmp_path / "missing.yaml")
    os.mkfifo(folder / "e.yaml")
    (folder / "f.yaml").mkdir()  # a folder: passed over
    return folder


def test_a_folder_reads_no_file_outside_it(tmp_path: Path) -> None:
    """Found by fuzzing: a link in a folder showed the keys of any file on the system."""
    folder = _folder_with_links(tmp_path)
    checked = {Path(c.path).name: c for c in check_paths([folder])}
    assert sorted(checked) == ["a.yaml", "b.yaml", "c.yaml", "d.yaml", "e.yaml"]
    assert checked["a.yaml"].valid
    assert checked["b.yaml"].valid
    refused = {"c.yaml": "outside the folder", "d.yaml": "does not exist", "e.yaml": "regular"}
    for name, why in refused.items():
        (error,) = checked[name].errors
        assert error.code == "TOC001"
        assert why in error.message
    assert "hunter2" not in repr(checked)
    assert "aws" not in repr(checked)
    # named on the command line, the file is read: the user chose it
    assert not check_paths([folder / "c.yaml"])[0].valid


def test_a_portfolio_reads_no_file_outside_its_folder(tmp_path: Path) -> None:
    import tocgraph

    folder = _folder_with_links(tmp_path)
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.portfolio_folder(folder)
    problems = info.value.diagnostics
    assert [(Path(d.path).name, d.code) for d in problems] == [
        ("c.yaml", "TOC001"),
        ("d.yaml", "TOC001"),
        ("e.yaml", "TOC001"),
    ]
    assert "aws" not in repr(problems)


def test_an_empty_name_is_an_error_not_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``check_paths([""])`` checked every .yaml file of the current folder."""
    (tmp_path / "other.yaml").write_text("not: a toc\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (checked,) = check_paths([""])
    assert [e.code for e in checked.errors] == ["TOC001"]
    assert "the file name is empty" in checked.errors[0].message
