"""Every text a reader sees, in English and Dutch: one catalogue, one function.

Analyses speak in enum values (``potentially_effective``) and codes
(``TOC304``); reports and pictures turn them into words with :func:`text`.
Both languages have the same keys with the same ``{placeholders}`` (a test
checks it). The English warning texts of :mod:`tocgraph.analysis` come from
here too, so each sentence is written once per language.

Diagnostics (``TOC0xx``-``TOC5xx``) are built with :func:`diagnostic` from
phrases whose texts live in :mod:`tocgraph.i18n.diagnostics_en` and
:mod:`tocgraph.i18n.diagnostics_nl`; :func:`localize` renders one in Dutch.
Texts about budgets, indicators and dates live in the ``plan_`` modules
(``plan_en``, ``diagnostics_plan_en`` and their Dutch twins), those about
workbooks, CSV files and progress sheets in ``diagnostics_sheets_en`` and
``diagnostics_sheets_nl``, those about scenarios and ToCs built without
validation in ``diagnostics_api_en`` and ``diagnostics_api_nl``, those about
policy files and portfolios in ``diagnostics_policy_en`` and ``diagnostics_policy_nl``, the findings
of a change request in ``findings_en`` and ``findings_nl``, those about
named assumptions in ``assumptions_en`` and ``assumptions_nl``, so each module
reads in one sitting; a test checks that no key is in two modules.

Examples
--------
>>> text("potentially_effective", "nl")
'potentieel effectief'
>>> text("summary.files", "en", files=plural(2, "en", "file"), valid=1, invalid=1,
...      warnings=plural(0, "en", "warning"))
'2 files: 1 valid, 1 invalid, 0 warnings'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Literal, TypeGuard

from tocgraph.errors import (
    Diagnostic,
    DiagnosticLabels,
    OptionError,
    Phrase,
    ScenarioError,
)
from tocgraph.i18n import (
    assumptions_en,
    assumptions_nl,
    diagnostics_api_en,
    diagnostics_api_nl,
    diagnostics_en,
    diagnostics_nl,
    diagnostics_plan_en,
    diagnostics_plan_nl,
    diagnostics_policy_en,
    diagnostics_policy_nl,
    diagnostics_sheets_en,
    diagnostics_sheets_nl,
    en,
    findings_en,
    findings_nl,
    nl,
    plan_en,
    plan_nl,
    wording_en,
    wording_nl,
)

__all__ = [
    "LANGUAGES",
    "Lang",
    "UnknownLanguageError",
    "and_list",
    "check_lang",
    "diagnostic",
    "error_text",
    "field_label",
    "join_parts",
    "keys",
    "labels",
    "localize",
    "localize_all",
    "plural",
    "render",
    "scenario_error",
    "text",
    "value_label",
]

Lang = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("en", "nl")

_DIAGNOSTICS_EN = (
    diagnostics_en,
    diagnostics_plan_en,
    diagnostics_sheets_en,
    diagnostics_api_en,
    diagnostics_policy_en,
)
_DIAGNOSTICS_NL = (
    diagnostics_nl,
    diagnostics_plan_nl,
    diagnostics_sheets_nl,
    diagnostics_api_nl,
    diagnostics_policy_nl,
)
_CATALOGUES: dict[str, dict[str, str]] = {
    lang: {key: value for catalogue in catalogues for key, value in catalogue.CATALOGUE.items()}
    for lang, catalogues in (
        ("en", (en, findings_en, plan_en, wording_en, assumptions_en, *_DIAGNOSTICS_EN)),
        ("nl", (nl, findings_nl, plan_nl, wording_nl, assumptions_nl, *_DIAGNOSTICS_NL)),
    )
}


class UnknownLanguageError(OptionError):
    """A language other than those in :data:`LANGUAGES` was asked for (an ``OptionError``)."""


def _is_lang(lang: object) -> TypeGuard[Lang]:
    return isinstance(lang, str) and lang in _CATALOGUES


def check_lang(lang: object, parameter: str = "lang") -> Lang:
    """``lang`` if tocgraph speaks it.

    Raises
    ------
    TypeError
        When ``lang`` is not a string (the message names ``parameter``).
    UnknownLanguageError
        When it is a string but not one of :data:`LANGUAGES`.

    Examples
    --------
    >>> check_lang("nl")
    'nl'
    >>> check_lang("xx")
    Traceback (most recent call last):
    ...
    tocgraph.i18n.UnknownLanguageError: unknown language 'xx'; choose one of: en, nl
    """
    if _is_lang(lang):
        return lang
    if not isinstance(lang, str):
        raise TypeError(
            f"{parameter} must be a str such as 'en' or 'nl', not {type(lang).__name__}"
        )
    raise UnknownLanguageError(f"unknown language {lang!r}; choose one of: {', '.join(LANGUAGES)}")


def text(key: str, lang: Lang = "en", **values: object) -> str:
    """The text ``key`` in ``lang``, with its ``{placeholders}`` filled in from ``values``.

    Raises
    ------
    UnknownLanguageError
        For a language tocgraph does not speak.
    KeyError
        For a key that is not in the catalogue (a programming error).

    Examples
    --------
    >>> text("cr.f.goal_not_effective", "nl", node="G1", verdict="onbepaald")
    'Doel G1 krijgt het oordeel onbepaald.'
    """
    template = _CATALOGUES[check_lang(lang)][key]
    return template.format(**values) if values else template


def keys(lang: Lang = "en") -> frozenset[str]:
    """Every key of the catalogue of ``lang``."""
    return frozenset(_CATALOGUES[check_lang(lang)])


def plural(n: int, lang: Lang, noun: str = "change") -> str:
    """``n`` and a noun, singular or plural: ``1 change`` / ``3 wijzigingen``.

    ``noun`` is ``change``, ``file``, ``warning``, ``alliance``, ``aim`` or
    ``domain`` (catalogue keys ``count.<noun>.one`` and ``count.<noun>.many``).

    Examples
    --------
    >>> plural(1, "en"), plural(3, "nl"), plural(1, "nl", "file"), plural(0, "nl", "warning")
    ('1 change', '3 wijzigingen', '1 bestand', '0 waarschuwingen')
    """
    prefix = "cr.change" if noun == "change" else f"count.{noun}"
    return text(f"{prefix}.one", lang) if n == 1 else text(f"{prefix}.many", lang, n=n)


def field_label(name: str, lang: Lang) -> str:
    """A node field's name for readers (``contributes_to`` is 'draagt bij aan').

    Examples
    --------
    >>> field_label("contributes_to", "nl"), field_label("colour", "nl")
    ('draagt bij aan', 'colour')
    """
    key = f"field.{name}"
    return text(key, lang) if key in _CATALOGUES[check_lang(lang)] else name


_VALUE_KEYS = frozenset(
    {"planned", "on_track", "achieved", "delayed", "adjusted", "stopped", "unclear"}
    | {"potentially_effective", "potentially_ineffective", "undetermined"}
    | {"goal", "outcome", "output", "activity"}
)


def value_label(value: object, lang: Lang) -> str:
    """A field value for readers: statuses and verdicts translated, lists joined.

    Examples
    --------
    >>> value_label("stopped", "nl"), value_label(["O1", {"to": "O2"}], "en")
    ('stopgezet', 'O1, O2')
    >>> from types import MappingProxyType
    >>> value_label(MappingProxyType({"start": "2023-01-01", "years": (1, 2)}), "en")
    "{'start': '2023-01-01', 'years': [1, 2]}"
    """
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        return ", ".join(
            str(v.get("to")) if isinstance(v, Mapping) else value_label(v, lang) for v in value
        )
    if isinstance(value, Mapping):
        return str(_plain(value))
    if isinstance(value, str) and value in _VALUE_KEYS:
        return text(value, lang)
    return str(value)


def _plain(value: object) -> object:
    """Read-only mappings and tuples as the dicts and lists they were read from."""
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


class _DutchNumber(int):
    """A whole number whose ``,`` format groups thousands with points: 1.234.567."""

    def __format__(self, spec: str) -> str:
        shown = format(int(self), spec)
        return shown.replace(",", ".") if "," in spec else shown


def _value(value: object, lang: Lang) -> object:
    if isinstance(value, Phrase):
        return render(value, lang)
    if lang == "nl" and isinstance(value, int) and not isinstance(value, bool):
        return _DutchNumber(value)
    return value


def render(phrase: Phrase, lang: Lang = "en") -> str:
    """A :class:`~tocgraph.errors.Phrase` as text in ``lang``; nested phrases too.

    A whole number shown as ``{amount:,}`` has its thousands grouped as the
    language does: ``1,234`` in English, ``1.234`` in Dutch.

    Examples
    --------
    >>> from tocgraph.errors import phrase
    >>> render(phrase("d.TOC201", id="A1"), "nl")
    "id 'A1' komt meer dan eens voor"
    >>> amount = phrase("dh.euros", amount=1234567)
    >>> render(amount, "en"), render(amount, "nl")
    ('EUR 1,234,567', '€ 1.234.567')
    """
    values = {name: _value(value, lang) for name, value in phrase.args}
    return _CATALOGUES[check_lang(lang)][phrase.key].format(**values)


def and_list(items: Iterable[str], lang: Lang = "en") -> str:
    """Items as a sentence lists them: ``A, B and C`` (Dutch ``A, B en C``).

    Examples
    --------
    >>> and_list(["O5", "O6"], "nl"), and_list(["a", "b", "c"]), and_list(["x"]), and_list([])
    ('O5 en O6', 'a, b and c', 'x', '')
    """
    listed = list(items)
    if len(listed) < 2:
        return "".join(listed)
    return text("dh.and", lang, first=", ".join(listed[:-1]), second=listed[-1])


def join_parts(parts: Iterable[str]) -> str:
    """Parts of a message joined with '; ', but a question ends its sentence.

    Examples
    --------
    >>> join_parts(["bedoelde u 'G1'?", "bekende doelen: G1", "zie 'x'"])
    "bedoelde u 'G1'? Bekende doelen: G1; zie 'x'"
    """
    text = ""
    for part in parts:
        if not text:
            text = part
        elif text.endswith("?"):
            text += " " + part[:1].upper() + part[1:]
        else:
            text += "; " + part
    return text


def _hint_text(hints: Iterable[Phrase], lang: Lang) -> str | None:
    return join_parts(render(h, lang) for h in hints) or None


def diagnostic(
    code: str,
    message: Phrase,
    hint: Phrase | Iterable[Phrase] | None = None,
    path: str = "<string>",
    line: int | None = None,
    column: int | None = None,
    node: str | None = None,
) -> Diagnostic:
    """A :class:`~tocgraph.errors.Diagnostic` whose texts come from the catalogue.

    ``message`` and ``hint`` hold the English text; :func:`localize` gives the
    same diagnostic in another language.

    Examples
    --------
    >>> from tocgraph.errors import phrase
    >>> d = diagnostic("TOC201", phrase("d.TOC201", id="A1"), path="toc.yaml", line=3)
    >>> print(d.format())
    toc.yaml:3: error[TOC201]: duplicate id 'A1'
    >>> print(localize(d, "nl").format())
    toc.yaml:3: fout[TOC201]: id 'A1' komt meer dan eens voor
    """
    hints = () if hint is None else (hint,) if isinstance(hint, Phrase) else tuple(hint)
    return Diagnostic(
        code,
        render(message),
        _hint_text(hints, "en"),
        path,
        line,
        column,
        node,
        phrase=message,
        hint_phrases=hints,
    )


def labels(lang: Lang) -> DiagnosticLabels:
    """The labels of a diagnostic line in ``lang``.

    Examples
    --------
    >>> labels("nl")
    DiagnosticLabels(error='fout', warning='waarschuwing', hint='tip')
    """
    return DiagnosticLabels(*(text(f"dl.{name}", lang) for name in ("error", "warning", "hint")))


def localize(diagnostic: Diagnostic, lang: Lang) -> Diagnostic:
    """``diagnostic`` in ``lang``: its message, its hint and the labels of its text form.

    A diagnostic made from plain text keeps its message and hint. ``severity``
    (and so JSON) keeps the machine values ``error`` and ``warning``.

    Examples
    --------
    >>> from tocgraph.errors import phrase
    >>> d = diagnostic("TOC207", phrase("d.TOC207", node="O1", to="G1"), phrase("dh.TOC207"))
    >>> print(localize(d, "nl").format())
    <string>: fout[TOC207]: 'O1' noemt 'G1' meer dan eens in contributes_to
      tip: verwijder het dubbele verband; elk verband telt één keer
    >>> localize(d, "nl").severity
    'error'
    """
    if lang == "en":
        return diagnostic
    if diagnostic.phrase is None:
        return dataclasses.replace(diagnostic, labels=labels(lang))
    return dataclasses.replace(
        diagnostic,
        message=render(diagnostic.phrase, lang),
        hint=_hint_text(diagnostic.hint_phrases, lang) if diagnostic.hint_phrases else None,
        labels=labels(lang),
    )


def scenario_error(*parts: Phrase | None) -> ScenarioError:
    """A :class:`~tocgraph.errors.ScenarioError` whose message is the parts joined with '; '."""
    phrases = tuple(p for p in parts if p is not None)
    return ScenarioError(join_parts(render(p) for p in phrases), phrases)


def error_text(error: Exception, lang: Lang = "en") -> str:
    """The message of ``error`` in ``lang`` (as ``str(error)`` when it has no phrases).

    Examples
    --------
    >>> from tocgraph.errors import phrase
    >>> error_text(scenario_error(phrase("d.scenario.partner", partner="X")), "nl")
    "geen enkele activiteit heeft partner 'X'"
    """
    phrases = getattr(error, "phrases", ())
    if lang == "en" or not phrases:
        return str(error)
    return join_parts(render(p, lang) for p in phrases)


def localize_all(diagnostics: Iterable[Diagnostic], lang: Lang) -> tuple[Diagnostic, ...]:
    """Every diagnostic in ``lang``, in the same order."""
    return tuple(localize(d, lang) for d in diagnostics)
