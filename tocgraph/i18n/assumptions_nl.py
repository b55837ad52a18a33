"""De Nederlandse teksten over benoemde aannames, per sleutel.

Hun status (``assumption.``), kolommen, de waarschuwing ``TOC321`` en de
woorden van ``impact --fail``; afgesplitst van :mod:`tocgraph.i18n.nl`.
Dezelfde sleutels en plaatshouders als :mod:`tocgraph.i18n.assumptions_en`.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    "w.TOC321": "aanname '{node}' wordt bij geen enkele verbinding genoemd",
    "h.TOC321": (
        "noem de aanname onder 'assumptions:' bij de verbindingen waarop zij betrekking heeft, "
        "of verwijder haar"
    ),
    "assumptions": "aannames",
    "assumption.untested": "ongetoetst",
    "assumption.holds": "houdt stand",
    "assumption.at_risk": "onder druk",
    "assumption.fails": "faalt",
    "col.critical_assumptions": "kritieke aannames",
    "col.critical_for": "kritiek voor",
    "col.links": "links",
    "scenario.fail": "falende aannames: {ids}",
    "diff.assumptions_added": "aannames toegevoegd",
    "diff.assumptions_removed": "aannames verwijderd",
    "diff.assumptions_changed": "aannames gewijzigd",
    "field.assumptions": "benoemde aannames",
    "field.text": "tekst",
    "field.evidence": "onderbouwing (stukken)",
    "cr.f.assumption_changed.added": (
        "Aanname {node} wordt toegevoegd (wijziging {change}; status: {after}): ga na welke "
        "links haar noemen."
    ),
    "cr.f.assumption_changed.removed": (
        "Aanname {node} ({before}) wordt verwijderd (wijziging {change}): de links die haar "
        "noemden hangen er niet meer van af."
    ),
    "cr.f.assumption_changed.status": (
        "De status van aanname {node} verandert van {before} in {after} (wijziging {change}): "
        "oordelen kunnen veranderen zonder dat een activiteit verandert."
    ),
    "render.legend.assumption_fails": "link op een falende aanname (\u2717): verbroken",
    "render.legend.assumption_at_risk": "link op een aanname onder druk",
    "html.section.assumptions": "Aannames",
    "html.assumptions.help": (
        "Een link die op een falende aanname rust draagt niets bij; een aanname onder druk maakt "
        "de steun onzeker. 'Kritiek voor' noemt de onderdelen die hun steun verliezen als alleen "
        "die aanname faalt (aannames onder druk tellen als falend), voor de ToC zoals ingediend."
    ),
}
