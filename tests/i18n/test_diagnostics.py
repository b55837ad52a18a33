"""Diagnostics in both languages: every code has texts, and ``--lang nl`` speaks Dutch."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tocgraph.cli import main
from tocgraph.errors import CODES, Diagnostic, InvalidToCError, phrase
from tocgraph.hints import known_phrase, parts, suggestion
from tocgraph.i18n import diagnostic, keys, localize, localize_all, render, text
from tocgraph.loading import loads

_PHRASE_KEY = re.compile(r'\bphrase\(\s*f?"([^"{]+)(\{|" \+)?')


def _keys_of(code: str, lang: str) -> set[str]:
    return {
        k
        for k in keys(lang)  # type: ignore[arg-type]
        if k.split(".")[1:2] == [code] and k.split(".")[0] in ("d", "w")
    }


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_a_message_in_english_and_dutch(code: str) -> None:
    assert _keys_of(code, "en"), code
    assert _keys_of(code, "nl") == _keys_of(code, "en")


def test_every_phrase_key_in_the_code_is_in_the_catalogue() -> None:
    known = keys("en")
    missing = []
    for source in sorted((ROOT / "tocgraph").rglob("*.py")):
        for match in _PHRASE_KEY.finditer(source.read_text(encoding="utf-8")):
            key, templated = match.group(1), match.group(2)
            found = any(k.startswith(key) for k in known) if templated else key in known
            if not found:
                missing.append(f"{source.relative_to(ROOT)}: {key}")
    assert not missing


def test_dutch_texts_are_not_the_english_ones() -> None:
    """Nothing was left untranslated, except texts that are code or names in both."""
    same = {k for k in keys("en") if k.startswith(("d.", "dh.")) and text(k, "en") == text(k, "nl")}
    assert same <= {"dh.label.partners"}


def test_a_diagnostic_renders_in_either_language_and_compares_by_its_english_text() -> None:
    hint = parts(suggestion("gestop", ["gestopt", "lopend"]), phrase("dh.TOC208"))
    d = diagnostic("TOC208", phrase("d.TOC208", lead="X"), hint, "t.yaml", 3, 5)
    assert d.message == "the lead 'X' is not one of the partners"
    assert d.hint == "did you mean 'gestopt'? Add the lead to partners"
    dutch = localize(d, "nl")
    assert dutch.format() == (
        "t.yaml:3:5: fout[TOC208]: de penvoerder (lead) 'X' is niet een van de partners\n"
        "  tip: bedoelde u 'gestopt'? Voeg de penvoerder toe aan partners"
    )
    assert dutch.to_dict()["message"] == dutch.message
    assert dutch.to_dict()["severity"] == "error"
    assert d.format().startswith("t.yaml:3:5: error[TOC208]: the lead")
    assert localize(d, "en") is d
    assert d == Diagnostic("TOC208", d.message, d.hint, "t.yaml", 3, 5)


def test_a_diagnostic_of_plain_text_stays_as_it_is() -> None:
    d = Diagnostic("TOC001", "no such file")
    assert localize_all([d], "nl") == (d,)


def test_nested_phrases_and_values_from_the_file_are_rendered() -> None:
    label = known_phrase(phrase("dh.kinds.outcome_goal"), ["O2", "G1"])
    assert render(label, "nl") == "bekende outcomes of doelen: G1, O2"
    many = known_phrase("ids", [f"A{i}" for i in range(15)], limit=2)
    assert render(many, "nl") == "bekende ids: A0, A1 (en 13 andere)"
    assert render(known_phrase("ids", []), "en") == "known ids: (none)"


# --- a real bad file of each layer gives Dutch with --lang nl -------------------------------

_TOC = """\
tocgraph: 1
id: demo
goals:
  - id: G1
    title: Doel
outcomes:
  - id: O1
    title: Uitkomst
    contributes_to: [G1]
activities:
  - id: A1
    title: Activiteit
    contributes_to: [O1]
"""


def _check_nl(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "toc.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path), "--lang", "nl"]) == 2
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    title: Doel", "    titel: Doel", "onbekende sleutel 'titel' in goals[0]"),
        ("[O1]", "[O9]", "onbekend onderdeel 'O9' in contributes_to van 'A1'"),
        ("[G1]", "[G1, O1]", "kringverwijzing: O1 -> O1"),
        ("title: Activiteit", "title: Activiteit\n    status: gestop", "bedoelde u 'gestopt'?"),
        ("id: demo", "id: demo\nid: again", "sleutel 'id' komt dubbel voor"),
        ("id: demo", "id: [demo", "fout in de YAML-opmaak"),
        ("tocgraph: 1", "tocgraph: 2", "onbekende versie van het formaat: 2"),
    ],
)
def test_check_of_a_bad_toc_speaks_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    out = _check_nl(tmp_path, _TOC.replace(old, new, 1), capsys)
    assert expected in out
    assert "did you mean" not in out
    assert "unknown" not in out
    assert "fout[TOC" in out
    assert "error[" not in out
    assert "hint:" not in out


def test_a_dutch_status_typo_gets_a_dutch_suggestion_in_english_too() -> None:
    with pytest.raises(InvalidToCError) as caught:
        loads(_TOC.replace("title: Activiteit", "title: Activiteit\n    status: afgerondt"))
    (problem,) = caught.value.diagnostics
    assert problem.code == "TOC105"
    assert problem.hint is not None
    assert problem.hint.startswith("did you mean 'afgerond'?")
    assert localize(problem, "nl").message == "onbekende status 'afgerondt' voor activiteit 'A1'"


@pytest.mark.parametrize("word", ["afgerond", "klaar", "lopend", "gestopt", "uitgesteld"])
def test_common_dutch_status_words_are_accepted(word: str) -> None:
    toc = loads(_TOC.replace("title: Activiteit", f"title: Activiteit\n    status: {word}"))
    assert toc.activities[0].status.value in ("achieved", "on_track", "stopped", "delayed")


def test_json_of_check_follows_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "toc.yaml"
    path.write_text(_TOC.replace("[O1]", "[O9]"), encoding="utf-8")
    assert main(["check", str(path), "--json", "--lang", "nl"]) == 2
    out = capsys.readouterr().out
    assert "onbekend onderdeel 'O9'" in out
    assert "bedoelde u 'O1'?" in out
    assert '"severity": "error"' in out
    assert '"fout' not in out


def test_a_policy_error_in_a_portfolio_speaks_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "a.yaml").write_text(_TOC, encoding="utf-8")
    (folder / "policy.yaml").write_text(
        "tocgraph-policy: 1\nid: p\naims:\n  - {id: x, title: X}\n  - {id: x, title: Y}\n",
        encoding="utf-8",
    )
    assert main(["portfolio", str(folder), "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert "beleids-id 'x' komt meer dan eens voor" in err


def test_a_change_request_error_speaks_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "toc.yaml").write_text(_TOC, encoding="utf-8")
    change = tmp_path / "cr.yaml"
    change.write_text(
        "tocgraph-change: 1\ntoc: toc.yaml\ntitle: t\nchanges:\n  - stop: A9\n    rationale: r\n",
        encoding="utf-8",
    )
    code = main(["change-request", str(change), "--lang", "nl", "--root", str(tmp_path)])
    assert code == 2
    err = capsys.readouterr().err
    assert "wijziging 1 noemt 'A9', maar dat staat niet in de ToC" in err
    assert "bedoelde u 'A1'?" in err


def test_an_error_of_a_whatif_command_speaks_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "toc.yaml"
    path.write_text(_TOC.replace("[O1]", "[O9]"), encoding="utf-8")
    assert main(["critical", str(path), "--lang", "nl"]) == 2
    assert "onbekend onderdeel 'O9'" in capsys.readouterr().err


def test_a_progress_sheet_error_speaks_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "toc.yaml").write_text(_TOC, encoding="utf-8")
    (tmp_path / "progress.csv").write_text("id,status\nA1,gestop\nA7,gepland\n", encoding="utf-8")
    argv = ["status-update", str(tmp_path / "toc.yaml"), str(tmp_path / "progress.csv")]
    assert main([*argv, "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert "onbekende status 'gestop' voor activiteit 'A1'" in err
    assert "bedoelde u 'gestopt'?" in err
    assert "'A7' is geen activiteit van de ToC" in err


def test_portfolio_findings_in_json_follow_lang(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["portfolio", "tests/fixtures/portfolio", "--json", "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "domein 'media' wordt door geen enkel doel van een alliantie gediend" in out


def test_a_scenario_error_speaks_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "toc.yaml"
    path.write_text(_TOC, encoding="utf-8")
    assert main(["impact", str(path), "--stop", "A9", "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tocgraph: fout: ")
    assert "'A9' staat niet in deze ToC; bedoelde u 'A1'? Bekende activiteiten: A1" in err
    assert main(["impact", str(path), "--stop", "A9"]) == 2
    assert capsys.readouterr().err.startswith(
        "tocgraph: error: 'A9' is not in this ToC; did you mean 'A1'? Known activities: A1"
    )


# --- indicators, dates and budgets -----------------------------------------------------------

_MONITORED = """\
tocgraph: 1
id: demo
period: {start: 2023-01-01, end: 2025-12-31}
subsidy_ceiling_eur: 1000000
goals:
  - id: G1
    title: Doel
    indicators:
      - id: I1
        title: Zetels
        kind: quantitative
        baseline: {value: 5, date: 2023-01-01}
        target: {value: 5}
outcomes:
  - id: O1
    title: Uitkomst
    contributes_to: [G1]
activities:
  - id: A1
    title: Activiteit
    contributes_to: [O1]
    budget_eur: 1250000
"""


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("budget_eur: 1250000", "budget_eur: -5", "een budget kan niet negatief zijn"),
        ("budget_eur: 1250000", "budget_eur: 120.000", "in YAML betekent 120.000 het getal 120"),
        ("budget_eur: 1250000", "budget_eur: {2030: 5}", "valt buiten de periode van de ToC"),
        ("budget_eur: 1250000", "budget_eur: {twenty: 5}", "'twenty' is geen jaartal"),
        ("target: {value: 5}", "target: {value: veel}", "streefwaarde (target) van kwantitatieve"),
        (
            "kind: quantitative\n",
            "kind: qualitative\n        measurements: [{date: 2024-01-01, value: 3}]\n",
            "heeft een waarde (value)",
        ),
        (
            "title: Activiteit",
            "title: Activiteit\n    start: 2024-01-01\n    end: 2023-01-01",
            "activiteit 'A1' eindigt (2023-01-01) voordat zij begint (2024-01-01)",
        ),
        (
            "[G1]\nactivities",
            "[G1]\n    indicators: [{id: I1, title: t, kind: qualitative}]\nactivities",
            "indicator-id 'I1' in 'O1' komt meer dan eens voor",
        ),
    ],
)
def test_indicator_and_budget_errors_speak_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    text_in = _MONITORED.replace(old, new, 1)
    assert text_in != _MONITORED
    out = _check_nl(tmp_path, text_in, capsys)
    assert expected in out
    assert not [
        word
        for word in ("is not", "write ", "a budget", "got ", "hint:", "error[", "warning[")
        if word in out
    ]


def test_indicator_and_budget_warnings_speak_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "toc.yaml"
    path.write_text(_MONITORED, encoding="utf-8")
    assert main(["check", str(path), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert (
        "de budgetten van de activiteiten (€ 1.250.000) overschrijden het subsidieplafond "
        "(€ 1.000.000) met € 250.000" in out
    )
    assert "outcome 'O1' heeft geen indicator" in out
    assert "streefwaarde gelijk aan de nulmeting (5)" in out
    assert main(["check", str(path)]) == 0
    assert "(EUR 1,250,000) exceed the subsidy ceiling (EUR 1,000,000) by EUR 250,000" in (
        capsys.readouterr().out
    )


def test_a_repeated_toc_id_in_a_portfolio_names_the_first_file_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "a.yaml").write_text(_TOC, encoding="utf-8")
    (folder / "b.yaml").write_text(_TOC, encoding="utf-8")
    assert main(["portfolio", str(folder), "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert "a.yaml heeft hetzelfde id; elke alliantie heeft een eigen id nodig" in err
    assert main(["portfolio", str(folder)]) == 2
    assert "a.yaml has the same id; every alliance needs its own id" in capsys.readouterr().err


# --- assumptions ------------------------------------------------------------------------------

_ASSUMED = _TOC.replace("contributes_to: [G1]", "contributes_to: [{to: G1, assumptions: [S1]}]") + (
    "assumptions:\n  - {id: S1, text: Scholen willen meedoen}\n"
)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("assumptions: [S1]", "assumptions: [S7]", "onbekende aanname 'S7' op de verbinding"),
        ("  - {id: S1,", "  - {id: S1, text: t}\n  - {id: S1,", "aanname-id 'S1' komt meer dan"),
        ("  - {id: S1,", "  - {id: O1, text: t}\n  - {id: S1,", "ook het id van een onderdeel"),
        ("meedoen}", "meedoen, status: wankel}", "onbekende status 'wankel'"),
    ],
)
def test_assumption_errors_speak_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    text_in = _ASSUMED.replace(old, new, 1)
    assert text_in != _ASSUMED
    out = _check_nl(tmp_path, text_in, capsys)
    assert expected in out
    assert not [word for word in ("unknown", "did you", "hint:", "error[", "known ") if word in out]


def test_an_unused_assumption_and_an_unknown_failing_one_speak_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "toc.yaml"
    path.write_text(_ASSUMED.replace("[{to: G1, assumptions: [S1]}]", "[G1]"), encoding="utf-8")
    main(["check", str(path), "--lang", "nl"])
    assert "wordt bij geen enkel verband genoemd" in capsys.readouterr().out
    assert main(["impact", str(path), "--fail", "S9", "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert "'S9' is geen aanname van deze ToC; bedoelde u 'S1'? Bekende aannames: S1" in err
