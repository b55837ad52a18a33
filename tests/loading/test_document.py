"""One reader for every document kind: kinds, reading, strict values, and messages."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

import tocgraph
from tests.conftest import ROOT
from tocgraph.cli import main
from tocgraph.hints import natural_key
from tocgraph.loading.discover import toc_files
from tocgraph.loading.policy import load_policy

OK = "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
POLICY = "tocgraph-policy: 1\nid: p\naims: [{id: a, title: A}]\n"
CHANGE = "tocgraph-change: 1\ntoc: t.yaml\ntitle: T\nchanges: [{stop: A1}]\n"


def _errors(text: str) -> tuple[tocgraph.Diagnostic, ...]:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(text)
    return info.value.diagnostics


def _one_line(diagnostics: tuple[tocgraph.Diagnostic, ...]) -> None:
    for d in diagnostics:
        assert "\n" not in d.message + (d.hint or ""), d


# --- the kind of a document -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "load"),
    [
        (POLICY, "toc"),
        (CHANGE, "toc"),
        (OK, "policy"),
        (CHANGE, "policy"),
        (OK, "change"),
        (POLICY, "change"),
    ],
)
def test_a_document_of_another_kind_is_toc008(text: str, load: str, tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(text, encoding="utf-8")
    loaders: dict[str, Callable[[Path], object]] = {
        "toc": tocgraph.load,
        "policy": load_policy,
        "change": tocgraph.load_change_request,
    }
    loader = loaders[load]
    with pytest.raises(tocgraph.InvalidToCError) as info:
        loader(path)
    assert [d.code for d in info.value.diagnostics] == ["TOC008"]
    assert "not a" in info.value.diagnostics[0].message


@pytest.mark.parametrize(
    "policy",
    [
        POLICY,
        POLICY.replace("tocgraph-policy:", '"tocgraph-policy":'),
        '{"tocgraph-policy": 1, "id": "p", "aims": [{"id": "a", "title": "A"}]}\n',
        "# comment\n" * 600 + POLICY,
        "id: p\n" + POLICY.replace("id: p\n", ""),
    ],
)
def test_check_dir_and_portfolio_agree_on_the_policy_file(policy: str, tmp_path: Path) -> None:
    (tmp_path / "policy.yaml").write_text(policy, encoding="utf-8")
    (tmp_path / "t.yaml").write_text(OK, encoding="utf-8")
    assert [p.name for p in toc_files([tmp_path])] == ["t.yaml"]
    assert all(checked.valid for checked in tocgraph.check_paths([tmp_path]))
    assert main(["check", str(tmp_path)]) == 0


# --- reading files ------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "toc.yaml"
    os.mkfifo(fifo)
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load(fifo)
    assert info.value.diagnostics[0].code == "TOC001"
    assert "not a regular file" in info.value.diagnostics[0].message
    assert main(["render", str(fifo), "--format", "dot"]) == 2


@pytest.mark.parametrize(
    ("path", "words"),
    [("a\x00b.yaml", "NUL"), ("", "empty"), (".", "directory"), ("nowhere.yaml", "no such")],
)
def test_unreadable_paths_are_toc001(path: str, words: str) -> None:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load(path)
    assert info.value.diagnostics[0].code == "TOC001"
    assert words in info.value.diagnostics[0].message


def test_max_bytes_is_a_parameter(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(OK, encoding="utf-8")
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load(path, max_bytes=10)
    assert info.value.diagnostics[0].code == "TOC002"
    assert tocgraph.loads(OK, max_bytes=len(OK)).id == "t"


def test_a_lone_surrogate_is_toc003() -> None:
    (problem,) = _errors(OK.replace("title: g", "title: \ud800"))
    assert (problem.code, problem.line) == ("TOC003", 3)


# --- strict values ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("subsidy_ceiling_eur: true", "expected a whole number, got a yes/no value (true)"),
        ("subsidy_ceiling_eur: '1000'", "got '1000'"),
        ("existed_2017_2022: 'yes'", "expected true or false"),
        ("period: {start: 2024-01-01, end: 2023-12-31}", "ends (2023-12-31) before it starts"),
    ],
)
def test_no_silent_coercion(line: str, words: str) -> None:
    (problem,) = _errors(OK.replace("id: t\n", f"id: t\n{line}\n"))
    assert (problem.code, problem.line) == ("TOC102", 3)
    assert words in problem.message
    assert problem.hint


@pytest.mark.parametrize(
    "value", ['!!int ""', '!!int "+"', '!!float ""', "!!bool maybe", "!!timestamp notadate"]
)
def test_bad_values_of_explicit_tags_are_toc007(value: str, tmp_path: Path) -> None:
    text = OK.replace("id: t\n", f"id: t\nname: {value}\n")
    (problem,) = _errors(text)
    assert (problem.code, problem.line, problem.column) == ("TOC007", 3, 7)
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 2


def test_an_explicit_tag_quotes_a_long_value_shortened() -> None:
    (problem,) = _errors(OK.replace("id: t\n", f"id: t\nname: !!int {'9' * 5000}\n"))
    assert problem.code == "TOC007"
    assert problem.message == f"the value '{'9' * 60}...' is not a valid !!int"


@pytest.mark.parametrize(
    ("lang", "message", "hint"),
    [
        (
            "en",
            "period.start: expected a date such as 2024-01-31, got '2023-02-30'",
            "that day does not exist: check the month (1 to 12) and the day",
        ),
        (
            "nl",
            "period.start: verwacht een datum zoals 2024-01-31, maar vond '2023-02-30'",
            "die dag bestaat niet: controleer de maand (1 tot 12) en de dag",
        ),
    ],
)
def test_a_date_that_does_not_exist_is_named_by_its_field(
    lang: str, message: str, hint: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by fuzzing: an untagged 2023-02-30 was "not a valid !!timestamp; remove the tag"."""
    text = OK.replace("id: t\n", "id: t\nperiod: {start: 2023-02-30, end: 2027-12-31}\n")
    (problem,) = _errors(text)
    assert (problem.code, problem.line, problem.column) == ("TOC102", 3, 17)
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path), "--lang", lang]) == 2
    out = capsys.readouterr().out
    assert message in out
    assert hint in out


def test_a_whole_number_of_5000_digits_is_named_by_its_field() -> None:
    """Found by fuzzing: Python reads no int of more than 4,300 digits from text."""
    (problem,) = _errors(OK.replace("title: g", "title: g, requires: " + "9" * 5000))
    assert problem.code == "TOC102"
    assert "requires must be 'any', 'all' or a whole number" in problem.message
    assert len(problem.message) < 200


def test_untagged_text_that_only_looks_like_a_date_is_text() -> None:
    toc = tocgraph.loads(OK.replace("title: g", "title: 2023-02-30"))
    assert toc.goals[0].title == "2023-02-30"


# --- messages -----------------------------------------------------------------------


def test_no_space_after_a_colon_is_reported_on_its_own_line() -> None:
    (problem,) = _errors("tocgraph: 1\nid: t\ngoals:\n  - id: G1\n    title:Onderzoek\n")
    assert (problem.code, problem.line) == ("TOC004", 5)
    assert "space after ':'" in (problem.hint or "")


def test_a_colon_inside_a_value_gets_a_hint_to_quote() -> None:
    (problem,) = _errors("tocgraph: 1\nid: t\ngoals:\n  - id: G1\n    title: Fase: 1\n")
    assert problem.line == 5
    assert "quotes" in (problem.hint or "")


def test_a_list_item_without_its_dash_is_one_error_with_a_safe_hint() -> None:
    item = "    title: {0}\n    partner: P{0}\n    contributes_to: [G1]\n"
    text = OK + "activities:\n  - id: A1\n" + item.format(1) + "    id: A2\n" + item.format(2)
    (problem,) = _errors(text)
    assert (problem.code, problem.line, problem.column) == ("TOC005", 9, 5)
    assert "add '- ' before 'id'" in (problem.hint or "")
    assert "remove" not in (problem.hint or "")


def test_a_yes_no_title_is_told_to_use_quotes() -> None:
    (problem,) = _errors(OK.replace("title: g", "title: yes"))
    assert "got a yes/no value (true)" in problem.message
    assert "quotes" in (problem.hint or "")


def test_user_values_never_break_a_message_over_lines() -> None:
    text = (
        'tocgraph: 1\nid: t\npartners: ["A\\nB", C]\ngoals: [{id: G1, title: g}]\n'
        'activities: [{id: A1, title: a, partner: "X\\nY", contributes_to: [G1]}]\n'
    )
    problems = _errors(text)
    assert problems[0].code == "TOC206"
    _one_line(problems)


@pytest.mark.parametrize(
    ("partners", "partner", "lead"),
    [
        ('" Alpha"', '" Alpha"', "Alpha"),
        ("Alpha", '"Alpha  "', '" Alpha"'),
        ('"\tAlpha"', "Alpha", "~"),
    ],
)
def test_partner_names_are_compared_as_validated(partners: str, partner: str, lead: str) -> None:
    """Spaces around a name are dropped everywhere (found by fuzzing: not in ``partners``)."""
    text = (
        f"tocgraph: 1\nid: t\npartners: [{partners}]\nlead: {lead}\ngoals: [{{id: G1, title: g}}]\n"
        f"activities: [{{id: A1, title: a, partner: {partner}, contributes_to: [G1]}}]\n"
    )
    toc = tocgraph.loads(text)
    assert toc.partners == ("Alpha",)
    assert toc.activities[0].partner == "Alpha"
    wrong = text.replace(f"partner: {partner}", "partner: Alpha2")
    (problem,) = _errors(wrong)
    assert problem.code == "TOC206"
    assert "did you mean 'Alpha'?" in (problem.hint or "")


def test_natural_key_sorts_unicode_digits_as_text() -> None:
    assert sorted(["A10", "A2", "A²", "²"], key=natural_key) == ["A2", "A10", "A²", "²"]


# --- data from programs -------------------------------------------------------------


def test_from_dict_gives_located_diagnostics_by_data_path() -> None:
    data = {
        "tocgraph": 1,
        "id": "t",
        "goals": [{"id": "G1", "title": "g"}],
        "activities": [{"id": "A1", "title": "a", "status": "klar", "contributes_to": ["G2"]}],
    }
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.from_dict(data)
    assert [d.code for d in info.value.diagnostics] == ["TOC105"]
    assert "'klar'" in info.value.diagnostics[0].message
    data["activities"][0]["status"] = "planned"  # type: ignore[index]
    data["activities"][0]["contributes_to"] = ["G1"]  # type: ignore[index]
    assert tocgraph.from_dict(data) == tocgraph.loads(
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
        "activities: [{id: A1, title: a, status: planned, contributes_to: [G1]}]\n"
    )
    with pytest.raises(TypeError, match=r"^data must be a mapping"):
        tocgraph.from_dict([])  # type: ignore[arg-type]


def test_loaded_locations_are_read_only() -> None:
    document = tocgraph.load_document(ROOT / "models" / "worden-wie-je-bent.yaml")
    with pytest.raises(TypeError):
        document.locations["G1"] = (1, 1)  # type: ignore[index]


def test_loads_change_request_takes_the_baseline_from_the_caller() -> None:
    toc = tocgraph.load(ROOT / "models" / "worden-wie-je-bent.yaml")
    text = "tocgraph-change: 1\ntoc: x.yaml\ntitle: T\nchanges:\n  - stop: A12\n"
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads_change_request(text, baseline=toc, source="<stdin>")
    assert info.value.diagnostics[0].location() == "<stdin>:5:11"
    document = tocgraph.loads_change_request(text.replace("A12", "A2"), baseline=toc)
    review = tocgraph.review_change_request(toc, document.request, states=document.states)
    assert review.result == document.result
    assert isinstance(document, tocgraph.ChangeDocument)


@pytest.mark.parametrize(
    ("text", "line", "hint"),
    [
        ("partners:\n  - A\n  B\n", 5, "start a list item with '- '"),
        ("goals:\n  - id: G1\n    title: g\n  id: G2\n", 6, "start every item"),
        (
            "goals:\n  id: G1\n  title: g\n  - id: G2\n    title: h\n",
            6,
            "start the first of them with '- '",
        ),
    ],
)
def test_a_missing_dash_is_reported_on_its_line(text: str, line: int, hint: str) -> None:
    (problem,) = _errors("tocgraph: 1\nid: t\n" + text)
    assert (problem.code, problem.line) == ("TOC004", line)
    assert hint in (problem.hint or "")


def test_a_key_meant_for_another_gets_that_one_suggested(tmp_path: Path) -> None:
    """Found by fuzzing: 'title' in a policy file got "did you mean 'triage'?"."""
    path = tmp_path / "policy.yaml"
    path.write_text("tocgraph-policy: 1\nid: p\ntitle: X\naims: [{id: a, title: A}]\n", "utf-8")
    with pytest.raises(tocgraph.InvalidToCError) as info:
        load_policy(path)
    assert (info.value.diagnostics[0].hint or "").startswith("did you mean 'name'?")
    (_, problem) = _errors(OK.replace("title: g", "name: g"))
    assert (problem.hint or "").startswith("did you mean 'title'?")


def test_a_workbook_is_toc003_with_the_import_hint(tmp_path: Path) -> None:
    """A programme manager's first try is often ``check toc.xlsx``."""
    workbook = tmp_path / "toc.xlsx"
    workbook.write_bytes(tocgraph.xlsx_bytes(tocgraph.load("models/politica.yaml")))
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load(workbook)
    (found,) = info.value.diagnostics
    assert (found.code, found.line) == ("TOC003", None)
    assert "tocgraph import" in (found.hint or "")
    assert tocgraph.check_file(workbook).errors == (found,)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_a_utf16_file_is_named_so_not_binary(tmp_path: Path, codec: str) -> None:
    """A UTF-16 file was "a binary file (it contains a NUL byte)"."""
    path = tmp_path / "toc.yaml"
    text = (ROOT / "models" / "politica.yaml").read_text(encoding="utf-8")
    data = text.encode(codec)
    path.write_bytes(data if codec == "utf-16" else b"\xfe\xff" + data)
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load(path)
    (found,) = info.value.diagnostics
    assert (found.code, found.message) == ("TOC003", "the file is saved as UTF-16, not UTF-8")
