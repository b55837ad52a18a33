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
        "render.margin": "margin {margin}",
        "render.was": "was: {was}",
        "render.critical": "single point of failure for {goals}",
        "render.stopped_in_scenario": "stopped in scenario",
        "render.scenario": "Scenario: {stopped} stopped; a thick black border marks what changed",
        "render.no_partner": "(no partner)",
        "render.no_strategy": "(no strategy)",
        "render.legend": "Legend",
        "render.legend.critical": "single point of failure: a goal depends on this activity alone",
        "render.legend.changed": "changed by the scenario",
        "render.legend.no_support": "link that gives no support",
        "render.legend.uncertain": "link of uncertain support",
        "render.legend.margin": "margin: how many activities must stop before the goal "
        "loses its support",
        "strategy.onderzoek-kennis-beleidsadvies": "research, knowledge and policy advice",
        "strategy.agenderen-vertegenwoordigen": "agenda setting and representation",
        "strategy.platform-netwerk": "platform and network",
        "strategy.interventieontwikkeling": "intervention development",
        "strategy.ondersteunen-begeleiden": "support and guidance",
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
        "render.margin": "marge {margin}",
        "render.was": "was: {was}",
        "render.critical": "kritieke activiteit voor {goals}",
        "render.stopped_in_scenario": "stopgezet in scenario",
        "render.scenario": "Scenario: {stopped} stopgezet; een dikke zwarte rand toont wat "
        "verandert",
        "render.no_partner": "(geen partner)",
        "render.no_strategy": "(geen strategie)",
        "render.legend": "Legenda",
        "render.legend.critical": "kritieke activiteit: een doel hangt alleen van deze "
        "activiteit af",
        "render.legend.changed": "veranderd door het scenario",
        "render.legend.no_support": "verband dat geen steun geeft",
        "render.legend.uncertain": "verband met onzekere steun",
        "render.legend.margin": "marge: hoeveel activiteiten moeten stoppen voordat het doel "
        "zijn steun verliest",
        "strategy.onderzoek-kennis-beleidsadvies": "onderzoek, kennis en beleidsadvies",
        "strategy.agenderen-vertegenwoordigen": "agenderen en vertegenwoordigen",
        "strategy.platform-netwerk": "platform en netwerk",
        "strategy.interventieontwikkeling": "interventieontwikkeling",
        "strategy.ondersteunen-begeleiden": "ondersteunen en begeleiden",
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
