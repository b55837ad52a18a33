"""Labels for user-facing reports, in English and Dutch.

Analyses speak in enum values (``potentially_effective``); reports translate
them here, in one place, so both languages stay complete (a test checks that
every key exists in both).
"""

from __future__ import annotations

from typing import Literal

__all__ = ["LANGUAGES", "Lang", "all_keys", "label"]

Lang = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("en", "nl")

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "potentially_effective": "potentially effective",
        "potentially_ineffective": "potentially ineffective",
        "undetermined": "undetermined",
        "goal": "goal",
        "outcome": "outcome",
        "output": "output",
        "activity": "activity",
        "planned": "planned",
        "on_track": "on track",
        "achieved": "achieved",
        "delayed": "delayed",
        "adjusted": "adjusted",
        "stopped": "stopped",
        "unclear": "unclear",
        "col.node": "node",
        "col.kind": "kind",
        "col.verdict": "verdict",
        "col.margin": "margin",
        "col.critical": "single points of failure",
        "activities": "activities",
        "warnings": "warnings",
        "none": "none",
        "valid": "valid",
        "invalid": "invalid",
        "summary.files": "{files} file(s): {valid} valid, {invalid} invalid, {warnings} warning(s)",
        "lead": "lead",
    },
    "nl": {
        "potentially_effective": "potentieel effectief",
        "potentially_ineffective": "potentieel ineffectief",
        "undetermined": "onbepaald",
        "goal": "doel",
        "outcome": "outcome",
        "output": "output",
        "activity": "activiteit",
        "planned": "gepland",
        "on_track": "op schema",
        "achieved": "behaald",
        "delayed": "vertraagd",
        "adjusted": "aangepast",
        "stopped": "stopgezet",
        "unclear": "onduidelijk",
        "col.node": "knoop",
        "col.kind": "soort",
        "col.verdict": "oordeel",
        "col.margin": "marge",
        "col.critical": "kritieke activiteiten",
        "activities": "activiteiten",
        "warnings": "waarschuwingen",
        "none": "geen",
        "valid": "geldig",
        "invalid": "ongeldig",
        "summary.files": "{files} bestand(en): {valid} geldig, {invalid} ongeldig, "
        "{warnings} waarschuwing(en)",
        "lead": "penvoerder",
    },
}


def label(key: str, lang: Lang = "en", **values: object) -> str:
    """The label for ``key`` in ``lang``, formatted with ``values``.

    Examples
    --------
    >>> label("potentially_effective", "nl")
    'potentieel effectief'
    >>> label("summary.files", "en", files=2, valid=1, invalid=1, warnings=0)
    '2 file(s): 1 valid, 1 invalid, 0 warning(s)'
    """
    text = _LABELS[lang][key]
    return text.format(**values) if values else text


def all_keys(lang: Lang) -> frozenset[str]:
    """Every label key defined for ``lang``."""
    return frozenset(_LABELS[lang])
