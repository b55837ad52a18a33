"""Reading with the positions of the nodes only gives the same data and the same problems.

And the data of a file without problems is the data PyYAML reads (but for the
years of a ``budget_eur`` mapping, which the walker reads as text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from tests.conftest import MODELS
from tests.fuzz_strategies import mutated_bundled, toc_files
from tocgraph.loading.yamlsource import parse_yaml

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(
    p
    for p in [*MODELS.rglob("*.yaml"), *(ROOT / "tests").rglob("*.yaml")]
    if "golden" not in p.parts
)


def years_as_text(data: Any, key: object = None) -> Any:
    """PyYAML's data with the integer keys of every ``budget_eur`` mapping as text."""
    if isinstance(data, dict):
        return {
            (str(k) if key == "budget_eur" and isinstance(k, int) else k): years_as_text(v, k)
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [years_as_text(item) for item in data]
    return data


def same_both_ways(text: str) -> None:
    full = parse_yaml(text, "f.yaml")
    light = parse_yaml(text, "f.yaml", placed=2)
    assert repr(light[0]) == repr(full[0])
    assert light[2] == full[2]
    if not full[2]:  # no problem: the data PyYAML itself reads
        try:
            read = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except ValueError:  # an untagged date that names no day: text, for its field to judge
            return  # (tests/loading/test_document.py)
        assert repr(full[0]) == repr(years_as_text(read))  # repr: NaN is not equal to itself
    if full[2] and full[0] is None:
        return
    if light[1] == full[1]:  # a duplicate key: read again with every position
        return
    assert light[1].values == {p: v for p, v in full[1].values.items() if len(p) <= 2}
    assert light[1].keys == {p: v for p, v in full[1].keys.items() if len(p) <= 2}


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_file_reads_the_same(path: Path) -> None:
    same_both_ways(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",
        "goals:\n  - id: G1\n    id: G2\n",
        "goals:\n  - id: G1\n    contributes_to: {to: 1, to: 2}\n",
        "a: &x 1\nb: *x\n",
        "a: !!python/object 1\n",
        "a: [1\n",
        "a: 1\n---\nb: [\n",
        "<<: {a: 1}\n",
        "goals: " + "[" * 70 + "]" * 70 + "\n",
        "activities:\n  - id: A1\n    budget_eur: {2023: 1, 2024: 2}\n",
        "activities:\n  - id: A1\n    budget_eur: {2023: 1, 2023: 2}\n",
        "activities:\n  - id: A1\n    budget_eur: {2023: {2024: 1}}\n    x: {2025: 1}\n",
        "budget_eur: {2023: 1}\nx: {2024: 1}\n",
        # below the placed levels (the light walk gives up, or reads what the full walk reads)
        'goals:\n  - {"true": 1, true: 2}\n',
        'goals:\n  - {id: G1, "id": G2}\n',
        "goals:\n  - {a: ! x, b: !!str 3, c: [! y]}\n",
        "goals:\n  - {a: [&x 1, *x]}\n",
        "goals:\n  - {a: {<<: {b: 1}}, c: [<<, =]}\n",
        'activities:\n  - {budget_eur: {2023: 1, "2024": 2, true: 3}}\n',
        "activities:\n  - {budget_eur: {2023: 1, 2024: 2}, x: [{2025: 1}]}\n",
        "goals:\n  - {a: 2023-01-01, b: 0x1F, c: .inf, d: ~, e: 1_000, f: '', g: null}\n",
        "goals:\n  - {a: 2023-13-45}\n",
        "goals:\n  - {" + "k" * 70 + ": " + "v" * 70 + ", b: " + "v" * 70 + "}\n",
        "goals:\n  - [[[[1, '1', \"1\", 1.0, yes, Yes, 'yes', on]]]]\n",
        "goals:\n  - " + "[" * 62 + "]" * 62 + "\n",
    ],
)
def test_problems_read_the_same(text: str) -> None:
    same_both_ways(text)


@given(raw=mutated_bundled() | toc_files)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_generated_files_read_the_same(raw: bytes) -> None:
    same_both_ways(raw.decode("utf-8", "replace"))
