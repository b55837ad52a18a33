"""A bad input for every error code: the code, the place, and a helpful hint."""

from __future__ import annotations

from pathlib import Path

import pytest

import tocgraph
from tocgraph.errors import CODES

OK = "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"

# code -> (file text, line, column, words in the message, words in the hint)
CASES: dict[str, tuple[str | bytes, int | None, int | None, str, str]] = {
    "TOC002": (b"#" * (5 * 1024 * 1024 + 1), None, None, "limit", "right file"),
    "TOC003": (b"tocgraph: 1\nid: t\ntitle: caf\xe9\n", 3, 11, "UTF-8", "UTF-8"),
    "TOC004": ("tocgraph: 1\nid: [t\ngoals: x\n", 2, 5, "not closed", "close the list"),
    "TOC005": (OK + "id: u\n", 4, 1, "duplicate key 'id'", "line 2"),
    "TOC006": (
        "tocgraph: 1\nid: t\nx: &a [1]\ny: *a\ngoals: [{id: G1, title: g}]\n",
        3,
        4,
        "anchors",
        "in full",
    ),
    "TOC007": ("tocgraph: 1\nid: !!python/name:os.system t\ngoals: []\n", 2, 5, "tag", ""),
    "TOC008": ("- just\n- a list\n", 1, 1, "not a mapping", "tocgraph: 1"),
    "TOC009": (OK + "id: u\n" * 150, 104, 1, "more than 100 errors", "check again"),
    "TOC010": (OK + "subsidy_ceiling_eur: 0400000\n", 4, 22, "as 131072", "not 0400000"),
    "TOC101": (
        OK.replace("title: g", "title: g, titel: h"),
        3,
        28,
        "unknown key 'titel'",
        "Allowed keys",
    ),
    "TOC102": (
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g, requires: some}]\n",
        3,
        38,
        "requires",
        "",
    ),
    "TOC103": (
        "tocgraph: 1\nid: t\ngoals: [{id: G1}]\n",
        3,
        9,
        "missing required field 'title'",
        "title",
    ),
    "TOC104": ("tocgraph: 2\nid: t\n", 1, 11, "unknown format version 2", "tocgraph: 1"),
    "TOC105": (
        OK + "activities: [{id: A1, title: a, status: stoped, contributes_to: [G1]}]\n",
        4,
        41,
        "unknown status 'stoped'",
        "did you mean 'stopped'?",
    ),
    "TOC106": (
        OK + "activities: [{id: A1, title: a, strategy: netwerk, contributes_to: [G1]}]\n",
        4,
        43,
        "unknown intervention strategy",
        "platform-netwerk",
    ),
    "TOC120": (
        OK + "activities: [{id: A1, title: a, budget_eur: 120.000, contributes_to: [G1]}]\n",
        4,
        45,
        "whole euros (got 120.0)",
        "120000",
    ),
    "TOC121": (
        OK + "activities: [{id: A1, title: a, budget_eur: {2024: -1}, contributes_to: [G1]}]\n",
        4,
        52,
        "activities[0].budget_eur[2024] (A1): a budget cannot be negative",
        "minus sign",
    ),
    "TOC122": (
        "tocgraph: 1\nid: t\nperiod: {start: 2023-01-01, end: 2027-12-31}\n"
        "goals: [{id: G1, title: g}]\n"
        "activities: [{id: A1, title: a, budget_eur: {2022: 5}, contributes_to: [G1]}]\n",
        5,
        46,
        "2022 is outside the ToC's period (2023-2027)",
        "within the period",
    ),
    "TOC201": (OK + "outcomes: [{id: G1, title: o}]\n", 4, 17, "duplicate id 'G1'", "line 3"),
    "TOC202": (
        OK + "activities: [{id: A1, title: a, contributes_to: [G2]}]\n",
        4,
        50,
        "unknown node 'G2'",
        "did you mean 'G1'?",
    ),
    "TOC203": (
        OK + "outcomes: [{id: O1, title: o, contributes_to: [G1]}]\n"
        "outputs: [{id: P1, title: p, contributes_to: [A1]}]\n"
        "activities: [{id: A1, title: a, contributes_to: [O1]}]\n",
        5,
        47,
        "output 'P1' cannot contribute to activity 'A1'",
        "outcome, goal",
    ),
    "TOC204": (
        OK + "outcomes:\n  - {id: O1, title: o, contributes_to: [O2]}\n"
        "  - {id: O2, title: o, contributes_to: [O3, G1]}\n"
        "  - {id: O3, title: o, contributes_to: [O1]}\n",
        5,
        40,
        "cycle: O1 -> O2 -> O3 -> O1",
        "remove one",
    ),
    "TOC205": (
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g, requires: 3}]\n"
        "activities: [{id: A1, title: a, contributes_to: [G1]}]\n",
        3,
        38,
        "requires 3 contributors but has 1",
        "from 1 to 1",
    ),
    "TOC206": (
        "tocgraph: 1\nid: t\npartners: [VHTO, Movisie]\ngoals: [{id: G1, title: g}]\n"
        "activities: [{id: A1, title: a, partner: Movsie, contributes_to: [G1]}]\n",
        5,
        42,
        "partner 'Movsie'",
        "did you mean 'Movisie'?",
    ),
    "TOC207": (
        OK + "activities: [{id: A1, title: a, contributes_to: [G1, G1]}]\n",
        4,
        54,
        "more than once",
        "once",
    ),
    "TOC208": (
        "tocgraph: 1\nid: t\nlead: VHTO\npartners: [Movisie]\ngoals: [{id: G1, title: g}]\n",
        3,
        7,
        "lead 'VHTO'",
        "add the lead",
    ),
    # --- assumptions ---
    "TOC221": (
        OK + "activities: [{id: A1, title: a, contributes_to: [{to: G1, assumptions: [S2]}]}]\n"
        "assumptions: [{id: S1, text: s}]\n",
        4,
        73,
        "unknown assumption 'S2' on the link from 'A1' to 'G1'",
        "did you mean 'S1'?",
    ),
    "TOC222": (
        OK + "assumptions:\n  - {id: S1, text: s}\n  - {id: S1, text: t}\n",
        6,
        10,
        "duplicate assumption id 'S1'",
        "line 5",
    ),
    "TOC223": (
        OK + "assumptions: [{id: G1, text: s}]\n",
        4,
        20,
        "assumption id 'G1' is also a node id",
        "rename the assumption",
    ),
    "TOC231": (
        "tocgraph: 1\nid: t\ngoals:\n  - id: G1\n    title: g\n    indicators:\n"
        "      - {id: I1, title: Seats, kind: quantitative,\n"
        "         measurements: [{date: 2024-03-31, finding: more}]}\n",
        8,
        25,
        "has no value",
        "kind: qualitative",
    ),
    "TOC232": (
        "tocgraph: 1\nid: t\ngoals:\n  - id: G1\n    title: g\n    indicators:\n"
        "      - {id: I1, title: Safety, kind: kwalitatief,\n"
        "         measurements: [{date: 2024-03-31, value: 3}]}\n",
        8,
        51,
        "has a value",
        "kind: quantitative",
    ),
    "TOC233": (
        "tocgraph: 1\nid: t\ngoals:\n  - id: G1\n    title: g\n    indicators:\n"
        "      - {id: I1, title: a, kind: qualitative}\n"
        "      - {id: I1, title: b, kind: qualitative}\n",
        8,
        14,
        "duplicate indicator id 'I1'",
        "already used by 'G1'",
    ),
    "TOC234": (
        OK + "activities: [{id: A1, title: a, start: 2025-01-01, end: 2024-06-30,"
        " contributes_to: [G1]}]\n",
        4,
        57,
        "ends (2024-06-30) before it starts (2025-01-01)",
        "'end' is on or after 'start'",
    ),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_error_code(code: str, tmp_path: Path) -> None:
    text, line, column, message, hint = CASES[code]
    path = tmp_path / "toc.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load(path)
    found = [d for d in info.value.diagnostics if d.code == code]
    assert found, info.value
    diagnostic = found[0]
    assert (diagnostic.line, diagnostic.column) == (line, column), diagnostic.format()
    assert message in diagnostic.message
    assert hint in (diagnostic.hint or "")
    assert diagnostic.path == str(path)


def test_every_error_code_has_a_case() -> None:
    errors = {c for c, info in CODES.items() if info.severity == "error" and c < "TOC300"}
    assert errors - {"TOC001"} == set(CASES)


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("missing.yaml", lambda p: None),
        ("folder", lambda p: p.mkdir()),
    ],
)
def test_unreadable_paths(tmp_path: Path, name: str, make: object) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load(path)
    assert [d.code for d in info.value.diagnostics] == ["TOC001"]


def test_all_problems_are_reported_together() -> None:
    text = (
        "tocgraph: 1\nid: t\npartners: [VHTO]\ngoals: [{id: G1, title: g, colour: red}]\n"
        "outcomes:\n  - {id: O1, title: o, contributes_to: [G2]}\n"
        "activities:\n  - {id: A1, title: a, status: klar, partner: X, contributes_to: [O1]}\n"
        "  - {id: A1, title: b, contributes_to: [O1]}\n"
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(text, source="t.yaml")
    codes = [d.code for d in info.value.diagnostics]
    assert codes == ["TOC101", "TOC202", "TOC105", "TOC201"]
    lines = [d.line for d in info.value.diagnostics]
    assert None not in lines
    assert lines == sorted(line or 0 for line in lines)


def test_an_invalid_node_does_not_cause_follow_up_errors() -> None:
    text = OK.replace("title: g", "title: g, colour: red") + (
        "activities: [{id: A1, title: a, contributes_to: [G1]}]\n"
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(text)
    assert [d.code for d in info.value.diagnostics] == ["TOC101"]


@pytest.mark.parametrize(
    "junk",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xfe\x00t\x00o\x00c",
        bytes(range(256)),
        b"a: b: c: d",
        b"[" * 10000,
        b"{a: 1}" * 3,
        b"lol: &a [x, x]\nlol2: &b [*a, *a, *a, *a]\nlol3: [*b, *b, *b, *b]\n",
        b"---\n...\n---\n",
        b"\t\ttocgraph: 1",
        b"tocgraph: 1\nid: x\ngoals: {G1: g}\n",
        b"tocgraph: 1\nid: Bad Id!\ngoals: []\n",
        b"tocgraph: true\n",
        b"? [a, b]\n: c\n",
        b"tocgraph: 1\nid: x\ngoals: [{id: G1, title: g}]\nactivities: [5, x, [1]]\n",
        b"tocgraph: 1\nid: x\ngoals: [{id: G1, title: g}]\nperiod: {start: 2023-13-45}\n",
    ],
)
def test_junk_gives_diagnostics_never_a_traceback(junk: bytes, tmp_path: Path) -> None:
    path = tmp_path / "junk.yaml"
    path.write_bytes(junk)
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load(path)
    assert info.value.diagnostics
    assert all(d.code in CODES for d in info.value.diagnostics)


@pytest.mark.parametrize("number", ["010", "0400000", "-010", "0x10", "0b11", "1:30", "1:30.5"])
@pytest.mark.parametrize("flow", [False, True])
def test_a_yaml_1_1_number_is_refused_wherever_it_stands(number: str, flow: bool) -> None:
    """0400000 was read as 131072 (octal), 1:30 as 90: an editor's YAML 1.2 shows neither."""
    activity = (
        f"  - {{id: A1, title: a, budget_eur: {{2024: {number}}}, contributes_to: [G1]}}\n"
        if flow
        else f"  - id: A1\n    title: a\n    budget_eur:\n      2024: {number}\n"
        "    contributes_to: [G1]\n"
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(OK + "activities:\n" + activity)
    assert [d.code for d in info.value.diagnostics] == ["TOC010"]
    assert info.value.diagnostics[0].line == (5 if flow else 8)


@pytest.mark.parametrize("number", ["0", "10", "1_000", "0.5", "-3", "2.5e+3"])
def test_numbers_that_read_as_they_look_are_kept(number: str) -> None:
    indicator = (
        "{id: I1, title: s, kind: quantitative, baseline: {value: 1},"
        f" target: {{value: {number}}}}}"
    )
    toc = tocgraph.loads(
        f"tocgraph: 1\nid: t\ngoals: [{{id: G1, title: g, indicators: [{indicator}]}}]\n"
    )
    target = toc.goals[0].indicators[0].target
    assert target is not None
    assert target.value == float(number.replace("_", ""))
