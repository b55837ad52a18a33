"""De Nederlandse teksten over benoemde aannames, per sleutel.

Hun status (``assumption.``), kolommen, de waarschuwing ``TOC321`` en de
woorden van ``impact --fail``; afgesplitst van :mod:`tocgraph.i18n.nl`.
Dezelfde sleutels en plaatshouders als :mod:`tocgraph.i18n.assumptions_en`.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    "w.TOC321": "aanname {node} wordt bij geen enkel verband genoemd",
    "h.TOC321": (
        "noem haar onder 'assumptions:' bij de verbanden die op haar rusten, of verwijder haar"
    ),
    "assumptions": "aannames",
    "assumption.untested": "ongetoetst",
    "assumption.holds": "houdt stand",
    "assumption.at_risk": "onder druk",
    "assumption.fails": "houdt geen stand",
    "col.critical_assumptions": "kritieke aannames",
    "col.critical_for": "kritiek voor",
    "col.links": "verbanden",
    "scenario.fail": "aannames die geen stand houden: {ids}",
    "diff.assumptions_added": "aannames toegevoegd",
    "diff.assumptions_removed": "aannames verwijderd",
    "diff.assumptions_changed": "aannames gewijzigd",
    "field.assumptions": "benoemde aannames",
    "field.text": "tekst",
    "field.evidence": "bronnen",
    "cr.f.assumption_changed.added": (
        "Aanname {node} wordt toegevoegd (wijziging {change}; status: {after}): ga na welke "
        "verbanden haar noemen."
    ),
    "cr.f.assumption_changed.removed": (
        "Aanname {node} ({before}) wordt verwijderd (wijziging {change}): de verbanden die "
        "haar noemden, hangen er niet meer van af."
    ),
    "cr.f.assumption_changed.status": (
        "De status van aanname {node} verandert van \u2018{before}\u2019 in "
        "\u2018{after}\u2019 (wijziging "
        "{change}): oordelen kunnen veranderen zonder dat een activiteit verandert."
    ),
    "render.legend.assumption_fails": (
        "verband dat rust op een aanname die geen stand houdt (\u00d7): telt niet mee"
    ),
    "render.legend.assumption_at_risk": "verband dat rust op een aanname onder druk",
    "html.section.assumptions": "Aannames",
    "html.assumptions.help": (
        "Een verband dat rust op een aanname die geen stand houdt, draagt niets bij; een "
        "aanname onder druk maakt de bijdrage onzeker. 'Kritiek voor' noemt de onderdelen die"
        " niet langer potentieel effectief zijn als alleen die aanname geen stand houdt "
        "(aannames onder druk tellen als aannames die geen stand houden), voor de ToC zoals "
        "ingediend."
    ),
}
