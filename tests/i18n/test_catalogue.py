"""The one catalogue: both languages complete, same placeholders, clear errors."""

from __future__ import annotations

import importlib
import re
import string

import pytest

from tests.conftest import ROOT
from tocgraph.analysis.assessment import assess
from tocgraph.errors import TocGraphError
from tocgraph.i18n import LANGUAGES, UnknownLanguageError, check_lang, keys, text
from tocgraph.loading import load


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_exists_in_both_languages_with_the_same_placeholders() -> None:
    english = keys("en")
    for lang in LANGUAGES:
        assert keys(lang) == english, lang
        for key in english:
            assert _placeholders(text(key, lang)) == _placeholders(text(key, "en")), (lang, key)


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(UnknownLanguageError, match="unknown language 'xx'; choose one of: en, nl"):
        text("goal", "xx")  # type: ignore[arg-type]
    assert issubclass(UnknownLanguageError, TocGraphError)


def test_language_of_the_wrong_type_names_the_parameter() -> None:
    with pytest.raises(TypeError, match="lang must be a str"):
        check_lang(["nl"])


def test_analysis_warnings_are_the_english_catalogue_texts() -> None:
    result = assess(load("tests/fixtures/warnings.yaml"))
    assert result.warnings
    for warning in result.warnings:
        assert warning.hint == text(f"h.{warning.code}", "en")
    spof = next(w for w in result.warnings if w.code == "TOC304")
    assert spof.message == text("w.TOC304", "en", node="G1", activities="A1")


def test_no_golden_output_holds_an_unfilled_placeholder() -> None:
    """A text used without its values shows ``{node}``: no golden may hold one."""
    placeholder = re.compile(r"\{[a-z_]+\}")
    found = [
        f"{path.relative_to(ROOT)}: {match.group()}"
        for folder in ("tests/golden", "tests/rendering/golden")
        for path in sorted((ROOT / folder).rglob("*"))
        if path.is_file()
        for match in placeholder.finditer(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert not found


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_catalogue_modules_of_a_language_share_no_key(lang: str) -> None:
    """A key in two modules would silently hide one of its texts."""
    names = ("", "plan_", "assumptions_", "diagnostics_", "diagnostics_plan_")
    modules = [importlib.import_module(f"tocgraph.i18n.{name}{lang}") for name in names]
    seen: dict[str, str] = {}
    twice = []
    for module in modules:
        for key in module.CATALOGUE:
            if key in seen:
                twice.append(f"{key}: {seen[key]} and {module.__name__}")
            seen[key] = module.__name__
    assert not twice
