"""A flood of errors in one file: the first MAX_ERRORS, then one TOC009 (issue: fuzzing)."""

from __future__ import annotations

from pathlib import Path

import pytest

import tocgraph
from tocgraph.cli import main
from tocgraph.errors import (
    FLOOD_CODE,
    MAX_ERRORS,
    Diagnostic,
    cap_diagnostics,
    flood_summary,
    sort_diagnostics,
)

HEAD = "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
DUPLICATES = "a: b\n" * 20_000  # what the fuzzer found: 100,000 lines printed, and slow
UNKNOWN = HEAD + "".join(f"key{i}: v\n" for i in range(2_000))  # every one found, then cut


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "toc.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _codes(output: str, label: str) -> list[str]:
    """The codes of the diagnostic lines of a ``check`` report, in order."""
    return [line.split(f"{label}[")[1][:6] for line in output.splitlines() if f"{label}[" in line]


@pytest.mark.parametrize(
    ("lang", "label", "summary"),
    [
        ("en", "error", "more than 100 errors: reading stopped here, more may follow"),
        ("nl", "fout", "meer dan 100 fouten: hier is het lezen gestopt, er kunnen er meer volgen"),
    ],
)
def test_duplicate_keys_stop_after_the_cap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, label: str, summary: str
) -> None:
    path = _write(tmp_path, DUPLICATES)
    assert main(["check", str(path), "--lang", lang]) == 2
    out = capsys.readouterr().out
    assert _codes(out, label) == ["TOC005"] * MAX_ERRORS + [FLOOD_CODE]
    last = [line for line in out.splitlines() if f"{label}[" in line][-1]
    # placed where reading stopped: the 101st duplicate, on line 102
    assert last == f"{path}:{MAX_ERRORS + 2}:1: {label}[{FLOOD_CODE}]: {summary}"
    assert f"{path}:{MAX_ERRORS + 1}:1: {label}[TOC005]" in out


@pytest.mark.parametrize(
    ("lang", "label", "summary"),
    [
        ("en", "error", "1,900 more errors not shown: only the first 100 of a file are"),
        ("nl", "fout", "nog 1.900 fouten niet getoond: alleen de eerste 100 van een bestand"),
    ],
)
def test_unknown_keys_are_counted_after_the_cap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, label: str, summary: str
) -> None:
    path = _write(tmp_path, UNKNOWN)
    assert main(["check", str(path), "--lang", lang]) == 2
    out = capsys.readouterr().out
    assert _codes(out, label) == ["TOC101"] * MAX_ERRORS + [FLOOD_CODE]
    lines = [line for line in out.splitlines() if f"{label}[" in line]
    assert lines[0].startswith(f"{path}:4:1: {label}[TOC101]")  # key0, in file order
    assert lines[MAX_ERRORS - 1].startswith(f"{path}:{MAX_ERRORS + 3}:1: ")
    assert lines[-1] == f"{path}: {label}[{FLOOD_CODE}]: {summary}"


def test_the_library_is_capped_the_same_way(tmp_path: Path) -> None:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load(_write(tmp_path, UNKNOWN))
    found = info.value.diagnostics
    assert len(found) == MAX_ERRORS + 1
    assert [d.code for d in found[:-1]] == ["TOC101"] * MAX_ERRORS
    assert [d.line for d in found[:-1]] == list(range(4, 4 + MAX_ERRORS))
    assert found[-1].code == FLOOD_CODE
    assert "1,900 more" in found[-1].message
    assert str(info.value).count("\n  hint: ") == MAX_ERRORS + 1

    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(DUPLICATES)
    found = info.value.diagnostics
    assert [d.code for d in found] == ["TOC005"] * MAX_ERRORS + [FLOOD_CODE]
    assert (found[-1].line, found[-1].column) == (MAX_ERRORS + 2, 1)


def test_a_syntax_error_after_the_flood_is_still_the_one_error() -> None:
    """As before the cap: a syntax error anywhere is reported alone."""
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(DUPLICATES + "b: [unclosed\n")
    assert [d.code for d in info.value.diagnostics] == ["TOC004"]


def _errors(path: str, count: int) -> list[Diagnostic]:
    return [
        Diagnostic("TOC101", f"unknown key 'k{i}'", path=path, line=i + 1) for i in range(count)
    ]


def test_cap_per_file_and_again() -> None:
    many = sort_diagnostics([*_errors("a.yaml", MAX_ERRORS + 5), *_errors("b.yaml", 3)])
    capped = cap_diagnostics(many)
    assert [d.path for d in capped] == ["a.yaml"] * (MAX_ERRORS + 1) + ["b.yaml"] * 3
    assert capped[MAX_ERRORS] == flood_summary("a.yaml", 5)
    assert capped[:MAX_ERRORS] == many[:MAX_ERRORS]
    # capped diagnostics stay as they are, sorted again or raised again
    assert cap_diagnostics(sort_diagnostics(capped)) == capped
    assert tocgraph.InvalidToCError(capped).diagnostics == capped
    # at the cap itself: nothing is cut
    exact = tuple(_errors("c.yaml", MAX_ERRORS))
    assert cap_diagnostics(exact) == exact


def _hinted_as_before(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Diagnostic, ...]:
    """The errors shown for ``path``, checked against hints computed for every error."""
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load(path)
    shown = info.value.diagnostics
    monkeypatch.setattr("tocgraph.schema.rules.MAX_ERRORS", 10**9)  # every one, as before
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load(path)
    assert info.value.diagnostics == shown
    assert [d.hint for d in info.value.diagnostics] == [d.hint for d in shown]
    return shown


def test_unknown_links_keep_their_did_you_mean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'did you mean' is looked for only for the errors shown, the first in file order."""
    outputs = "".join(f"  - {{id: P{i}, title: T, contributes_to: [Q{i}]}}\n" for i in range(150))
    outcomes = "".join(f"  - {{id: O{i}, title: T, contributes_to: [X{i}]}}\n" for i in range(150))
    text = f"{HEAD}outputs:\n{outputs}outcomes:\n{outcomes}"  # outputs first: not rule order
    path = _write(tmp_path, text)
    shown = _hinted_as_before(path, monkeypatch)
    assert [d.line for d in shown[:-1]] == list(range(5, 5 + MAX_ERRORS))
    assert "did you mean 'O0'?" in (shown[0].hint or "")
    assert shown[-1].message.startswith("200 more errors")


def test_unknown_partners_keep_their_did_you_mean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by fuzzing: every unknown partner was compared with every partner declared."""
    partners = ", ".join(f"Partner{i}" for i in range(150))
    activities = "".join(
        f"  - {{id: A{i}, title: T, partner: Partner{i}x, contributes_to: [G1]}}\n"
        for i in range(150)
    )
    path = _write(tmp_path, f"{HEAD}partners: [{partners}]\nactivities:\n{activities}")
    shown = _hinted_as_before(path, monkeypatch)
    assert [d.code for d in shown] == ["TOC206"] * MAX_ERRORS + [FLOOD_CODE]
    assert (shown[0].hint or "").startswith("did you mean 'Partner0'?")


@pytest.mark.parametrize(
    ("lang", "count", "summary"),
    [
        ("en", "warnings: 302", "  202 more warnings not shown: only the first 100 of a file are"),
        ("nl", "waarschuwingen: 302", "  nog 202 waarschuwingen niet getoond: alleen de eerste"),
    ],
)
def test_warnings_of_a_valid_file_are_capped_in_text_not_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, count: str, summary: str
) -> None:
    """Found by fuzzing: 5,000 unclear activities printed 10,000 lines of warnings."""
    activities = "".join(
        f"  - {{id: A{i}, title: T, status: unclear, contributes_to: [G1]}}\n" for i in range(300)
    )
    path = _write(tmp_path, f"{HEAD}activities:\n{activities}")
    assert main(["check", str(path), "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert f"  {count}\n" in out
    assert len([line for line in out.splitlines() if "[TOC3" in line]) == MAX_ERRORS
    assert summary in out
    assert main(["check", str(path), "--json"]) == 0
    assert capsys.readouterr().out.count('"TOC305"') == 300
