"""Golden DOT and Mermaid text for every bundled model, in both languages, with and
without a scenario; and for the tricky ToC with its odd characters.

The inputs are ``models/<id>.yaml`` and ``cases/<case>/input.yaml``; the expected
outputs are ``golden/<model-id>/<lang>-<scenario>.<dot|mmd>`` and
``cases/<case>/<variant>.<dot|mmd>``. ``TOCGRAPH_REGENERATE=1`` rewrites them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tocgraph
from tests.conftest import golden
from tests.rendering.conftest import CASES, HERE, MODEL_FILES, TRICKY
from tests.rendering.mermaid_check import check
from tocgraph.rendering import render

GOLDEN = HERE / "golden"
FORMATS = ("dot", "mmd")


def _scenario(toc: tocgraph.ToC, scenario: str) -> dict[str, list[str]]:
    """``baseline`` (nothing stops) or ``lead`` (the lead partner drops out)."""
    if scenario == "baseline":
        return {}
    assert toc.lead is not None
    return {"partners": [toc.lead]}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("scenario", ["baseline", "lead"])
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("model", MODEL_FILES, ids=lambda p: p.stem)
def test_model(model: Path, lang: str, scenario: str, fmt: str) -> None:
    toc = tocgraph.load(model)
    text = render(toc, fmt, lang=lang, **_scenario(toc, scenario)).decode("utf-8")  # type: ignore[arg-type]
    golden(GOLDEN / toc.id / f"{lang}-{scenario}.{fmt}", text)
    if fmt == "mmd":
        check(text)


TRICKY_VARIANTS = {
    "baseline": {},
    "nl-partner-grouped-tb": {
        "lang": "nl",
        "partners": ['Zorg & Co "Één"'],
        "group": "partner",
        "direction": "TB",
    },
    "strategy-grouped": {"group": "strategy", "stop": ["A3"]},
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("variant", sorted(TRICKY_VARIANTS))
def test_tricky(variant: str, fmt: str) -> None:
    toc = tocgraph.load(TRICKY)
    text = render(toc, fmt, **TRICKY_VARIANTS[variant]).decode("utf-8")  # type: ignore[arg-type]
    golden(CASES / "tricky" / f"{variant}.{fmt}", text)


def test_every_golden_file_has_a_case() -> None:
    """A golden file left behind by a removed case would never be checked."""
    expected = {
        GOLDEN / toc_id / f"{lang}-{scenario}.{fmt}"
        for toc_id in (tocgraph.load(m).id for m in MODEL_FILES)
        for lang in ("en", "nl")
        for scenario in ("baseline", "lead")
        for fmt in FORMATS
    }
    expected |= {CASES / "tricky" / f"{v}.{f}" for v in TRICKY_VARIANTS for f in FORMATS}
    found = {p for p in [*GOLDEN.rglob("*.*"), *CASES.rglob("*.*")] if p.suffix in (".dot", ".mmd")}
    assert found <= expected
