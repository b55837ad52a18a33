"""Policy files: every problem located, with a code and a hint; the bundled file loads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import MODELS
from tocgraph.errors import InvalidToCError
from tocgraph.loading.discover import toc_files
from tocgraph.loading.policy import load_policy, load_policy_document, parse_policy

OK = "tocgraph-policy: 1\nid: demo\naims: [{id: gender-equality, title: Gendergelijkheid}]\n"

# name -> (file text, code, line, column, words in the message, words in the hint)
CASES: dict[str, tuple[str | bytes, str, int | None, int | None, str, str]] = {
    "not-utf8": (b"tocgraph-policy: 1\nid: caf\xe9\n", "TOC003", 2, 8, "UTF-8", "UTF-8"),
    "yaml-syntax": ("tocgraph-policy: 1\nid: [x\naims: y\n", "TOC004", 2, 5, "not closed", ""),
    "duplicate-key": (OK + "id: again\n", "TOC005", 4, 1, "duplicate key 'id'", "line 2"),
    "alias": (OK + "name: &n x\ndescription: *n\n", "TOC006", 4, 7, "anchors", "in full"),
    "tag": (OK + "name: !!python/name:os.system x\n", "TOC007", 4, 7, "tag", "remove"),
    "a-list": ("- education\n- health\n", "TOC008", 1, 1, "not a mapping", "tocgraph-policy"),
    "empty": ("", "TOC008", 1, 1, "empty", "tocgraph-policy: 1"),
    "unknown-key": (
        OK + "domains: [{id: media, titel: Media}]\n",
        "TOC101",
        4,
        23,
        "unknown key 'titel' in domains[0]",
        "did you mean 'title'?",
    ),
    "bad-item-id": (
        OK + "domains: [{id: 'two words', title: x}]\n",
        "TOC102",
        4,
        16,
        "not a valid id",
        "start with a letter or digit",
    ),
    "bad-policy-id": (
        OK.replace("id: demo", "id: Mijn Beleid"),
        "TOC102",
        2,
        5,
        "is not a valid policy id",
        "lower-case",
    ),
    "no-aims": (
        "tocgraph-policy: 1\nid: demo\naims: []\n",
        "TOC102",
        3,
        7,
        "at least one aim",
        "add an aim",
    ),
    "missing-title": (
        OK + "domains: [{id: media}]\n",
        "TOC103",
        4,
        11,
        "missing required field 'title' in domains[0]",
        "title",
    ),
    "missing-version": ("id: demo\naims: []\n", "TOC103", 1, 1, "tocgraph-policy", "first line"),
    "a-toc-file": (
        "tocgraph: 1\nid: demo\ngoals: [{id: G1, title: g}]\n",
        "TOC008",
        1,
        1,
        "this is a ToC (first line 'tocgraph: 1'), not a policy file",
        "tocgraph check FILE",
    ),
    "version": (OK.replace(": 1", ": 2", 1), "TOC104", 1, 18, "version 2", "tocgraph-policy: 1"),
    "duplicate-id": (
        OK + "domains:\n  - {id: media, title: Media}\n  - {id: gender-equality, title: x}\n",
        "TOC401",
        6,
        10,
        "duplicate policy id 'gender-equality'",
        "already used at line 3",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_problem_is_located(name: str, tmp_path: Path) -> None:
    text, code, line, column, message, hint = CASES[name]
    path = tmp_path / "policy.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidToCError) as info:
        load_policy(path)
    found = [d for d in info.value.diagnostics if d.code == code]
    assert found, info.value
    diagnostic = found[0]
    assert (diagnostic.line, diagnostic.column) == (line, column), diagnostic.format()
    assert message in diagnostic.message
    assert hint in (diagnostic.hint or "")
    assert diagnostic.path == str(path)


@pytest.mark.parametrize("make", ["missing", "folder"])
def test_unreadable_paths(tmp_path: Path, make: str) -> None:
    path = tmp_path / "policy.yaml"
    if make == "folder":
        path.mkdir()
    with pytest.raises(InvalidToCError) as info:
        load_policy(path)
    assert [d.code for d in info.value.diagnostics] == ["TOC001"]


def test_all_problems_are_reported_together() -> None:
    text = (
        "tocgraph-policy: 1\nid: demo\ncolour: red\n"
        "aims: [{id: equality, title: Gelijkheid}]\n"
        "domains:\n  - {id: equality, title: Dubbel}\n  - {id: media}\n"
    )
    with pytest.raises(InvalidToCError) as info:
        parse_policy(text, "p.yaml")
    assert [d.code for d in info.value.diagnostics] == ["TOC101", "TOC401", "TOC103"]


def test_the_bundled_policy_loads_with_item_positions() -> None:
    document = load_policy_document(MODELS / "policy.yaml")
    policy = document.policy
    assert policy.id == "gender-lhbti-2022-2027"
    assert [a.id for a in policy.aims] == ["gender-equality", "lgbtiq-equality"]
    assert len(policy.domains) == 9
    assert set(document.locations) == set(policy.ids())
    assert document.locations["gender-equality"] == (10, 5)


def test_every_goal_of_the_bundled_models_serves_known_policy_ids() -> None:
    from tocgraph.loading import load

    known = set(load_policy(MODELS / "policy.yaml").ids())
    for path in toc_files([MODELS]):
        for goal in load(path).goals:
            assert goal.serves, f"{path.name} {goal.id} serves nothing"
            assert set(goal.serves) <= known, path.name


def test_a_directory_scan_passes_over_the_policy_file() -> None:
    assert MODELS / "policy.yaml" not in toc_files([MODELS])


def test_policy_examples_in_the_docs_load() -> None:
    from tests.conftest import ROOT

    text = (ROOT / "docs" / "portfolio.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```yaml\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    policies = [b for b in blocks if b.startswith("tocgraph-policy:")]
    assert policies
    for block in policies:
        assert parse_policy(block, "docs/portfolio.md").policy.aims
