"""Labels for user-facing reports, in English and Dutch.

Analyses speak in enum values (``potentially_effective``); reports translate
them here, in one place, so both languages stay complete (a test checks that
every key exists in both).
"""

from __future__ import annotations

from typing import Literal

__all__ = ["LANGUAGES", "Lang", "all_keys", "field_label", "label", "value_label"]

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
        "portfolio.title": "Portfolio: {alliances} alliance(s)",
        "portfolio.policy": "Policy: {name} ({id})",
        "portfolio.no_policy": "No policy file: goals are not checked against the policy's "
        "aims and domains",
        "portfolio.alliances": "Alliances",
        "portfolio.activities": "Activity status",
        "portfolio.goals": "Goals",
        "portfolio.organisations": "Organisations in several alliances",
        "portfolio.coverage": "Policy coverage: the alliance goals that serve each aim and domain",
        "portfolio.findings": "Findings",
        "portfolio.scenario": "Scenario: loss of {partners}; every activity they run stops",
        "portfolio.untouched": "Not affected: {alliances}",
        "portfolio.goals_lost_total": "Goals no longer potentially effective, in all "
        "alliances: {goals}",
        "portfolio.coverage_lost": "Aims and domains no longer served by a potentially "
        "effective goal: {items}",
        "portfolio.total": "total",
        "portfolio.aim": "aim",
        "portfolio.domain": "domain",
        "portfolio.category.achieved_or_on_track": "achieved or on schedule",
        "portfolio.category.delayed_or_adjusted": "delayed or adjusted",
        "portfolio.category.stopped": "stopped",
        "portfolio.category.unclear": "unclear",
        "portfolio.category.planned": "planned",
        "portfolio.col.alliance": "alliance",
        "portfolio.col.ceiling": "subsidy ceiling (EUR)",
        "portfolio.col.goals": "goals",
        "portfolio.col.serves": "serves",
        "portfolio.col.organisation": "organisation",
        "portfolio.col.alliances": "alliances",
        "portfolio.col.lead_of": "lead of",
        "portfolio.col.policy_item": "aim or domain",
        "portfolio.col.stopped": "activities stopped",
        "portfolio.col.goals_lost": "goals lost",
        "scenario": "scenario",
        "scenario.stop": "stop {ids}",
        "scenario.partner": "partner {name} drops out ({ids})",
        "goals_lost": "goals no longer potentially effective",
        "new_spof": "new single points of failure",
        "partner_alone": "goals that depend on {name} alone",
        "changed": "changed",
        "no_change": "no goal, outcome or output changes verdict or margin",
        "col.before": "before",
        "col.after": "after",
        "col.partner": "partner",
        "col.margin_lost": "margin lost",
        "col.goals_lost": "goals lost",
        "critical.goals": "single points of failure per goal",
        "critical.ranking": "activities ranked by what their loss alone costs",
        "diff.added": "added",
        "diff.removed": "removed",
        "diff.fields": "changed fields",
        "diff.links_added": "links added",
        "diff.links_removed": "links removed",
        "diff.effects": "effect on goals, outcomes and outputs",
        "diff.same": "the two versions are the same",
        "field.title": "title",
        "field.contributes_to": "contributes to",
        "field.status": "status",
        "field.strategy": "strategy",
        "field.partner": "partner",
        "field.requires": "requires",
        "field.description": "description",
        "field.serves": "serves",
        "field.kind": "level",
        "field.assumption": "assumption",
        "w.TOC301": "{kind} '{node}' does not lead to any goal",
        "h.TOC301": "add a contributes_to link towards an outcome or goal, or remove the node",
        "w.TOC302": "{kind} '{node}' has no contributors, so it is not supported",
        "h.TOC302": "link activities, outputs or outcomes to it with contributes_to",
        "w.TOC303": "goal '{node}' is {verdict}",
        "h.TOC303": "see which outcomes and activities below it lack support",
        "w.TOC304": "goal '{node}' has a single point of failure: {activities}",
        "h.TOC304": "if this activity stops, the goal loses its support; consider a second "
        "route to the goal",
        "w.TOC305": "activity '{node}' has status 'unclear'",
        "h.TOC305": "find out whether it runs; until then goals depending on it may be "
        "undetermined",
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
        "col.node": "onderdeel",
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
        "render.stopped_in_scenario": "stopgezet in het scenario",
        "render.scenario": "Scenario: {stopped} stopgezet; een dikke zwarte rand geeft aan "
        "wat er is veranderd",
        "render.no_partner": "(geen partner)",
        "render.no_strategy": "(geen strategie)",
        "render.legend": "Legenda",
        "render.legend.critical": "kritieke activiteit: een doel hangt alleen van deze "
        "activiteit af",
        "render.legend.changed": "veranderd door het scenario",
        "render.legend.no_support": "verband dat geen steun geeft",
        "render.legend.uncertain": "verband met onzekere steun",
        "render.legend.margin": "marge: hoeveel activiteiten er moeten stoppen voordat het doel "
        "zijn steun verliest",
        "strategy.onderzoek-kennis-beleidsadvies": "onderzoek, kennis en beleidsadvies",
        "strategy.agenderen-vertegenwoordigen": "agenderen en vertegenwoordigen",
        "strategy.platform-netwerk": "platform en netwerk",
        "strategy.interventieontwikkeling": "interventieontwikkeling",
        "strategy.ondersteunen-begeleiden": "ondersteunen en begeleiden",
        "portfolio.title": "Portefeuille: {alliances} alliantie(s)",
        "portfolio.policy": "Beleid: {name} ({id})",
        "portfolio.no_policy": "Geen beleidsbestand: de doelen zijn niet getoetst aan de "
        "beleidsdoelen en -domeinen",
        "portfolio.alliances": "Allianties",
        "portfolio.activities": "Status van de activiteiten",
        "portfolio.goals": "Doelen",
        "portfolio.organisations": "Organisaties in meerdere allianties",
        "portfolio.coverage": "Dekking van het beleid: per beleidsdoel en domein de "
        "alliantiedoelen die eraan bijdragen",
        "portfolio.findings": "Bevindingen",
        "portfolio.scenario": "Scenario: uitval van {partners}; al hun activiteiten stoppen",
        "portfolio.untouched": "Niet geraakt: {alliances}",
        "portfolio.goals_lost_total": "Doelen die niet langer potentieel effectief zijn, in "
        "alle allianties: {goals}",
        "portfolio.coverage_lost": "Beleidsdoelen en domeinen die niet langer door een "
        "potentieel effectief doel worden gediend: {items}",
        "portfolio.total": "totaal",
        "portfolio.aim": "beleidsdoel",
        "portfolio.domain": "domein",
        "portfolio.category.achieved_or_on_track": "behaald of op schema",
        "portfolio.category.delayed_or_adjusted": "vertraagd of aangepast",
        "portfolio.category.stopped": "stopgezet",
        "portfolio.category.unclear": "onduidelijk",
        "portfolio.category.planned": "gepland",
        "portfolio.col.alliance": "alliantie",
        "portfolio.col.ceiling": "subsidieplafond (EUR)",
        "portfolio.col.goals": "doelen",
        "portfolio.col.serves": "draagt bij aan",
        "portfolio.col.organisation": "organisatie",
        "portfolio.col.alliances": "allianties",
        "portfolio.col.lead_of": "penvoerder van",
        "portfolio.col.policy_item": "beleidsdoel of domein",
        "portfolio.col.stopped": "stopgezette activiteiten",
        "portfolio.col.goals_lost": "verloren doelen",
        "scenario": "scenario",
        "scenario.stop": "{ids} stopgezet",
        "scenario.partner": "{name} valt weg ({ids})",
        "goals_lost": "doelen die niet langer potentieel effectief zijn",
        "new_spof": "nieuwe kritieke activiteiten",
        "partner_alone": "doelen die alleen van {name} afhangen",
        "changed": "veranderd",
        "no_change": "bij geen enkel doel, outcome of output veranderen het oordeel of de marge",
        "col.before": "vóór",
        "col.after": "na",
        "col.partner": "partner",
        "col.margin_lost": "margeverlies",
        "col.goals_lost": "verloren doelen",
        "critical.goals": "kritieke activiteiten per doel",
        "critical.ranking": "activiteiten gerangschikt naar de gevolgen als alleen die "
        "activiteit wegvalt",
        "diff.added": "toegevoegd",
        "diff.removed": "verwijderd",
        "diff.fields": "gewijzigde velden",
        "diff.links_added": "toegevoegde verbanden",
        "diff.links_removed": "verwijderde verbanden",
        "diff.effects": "effect op doelen, outcomes en outputs",
        "diff.same": "de twee versies zijn gelijk",
        "field.title": "titel",
        "field.contributes_to": "draagt bij aan",
        "field.status": "status",
        "field.strategy": "strategie",
        "field.partner": "partner",
        "field.requires": "vereist",
        "field.description": "beschrijving",
        "field.serves": "dient",
        "field.kind": "niveau",
        "field.assumption": "aanname",
        "w.TOC301": "{kind} {node} leidt naar geen enkel doel",
        "h.TOC301": "verbind het onderdeel met een outcome of doel, of verwijder het",
        "w.TOC302": "{kind} {node} heeft geen bijdragen en is dus niet ondersteund",
        "h.TOC302": "verbind er activiteiten, outputs of outcomes mee via contributes_to",
        "w.TOC303": "doel {node} is {verdict}",
        "h.TOC303": "kijk welke outcomes en activiteiten eronder geen steun hebben",
        "w.TOC304": "doel {node} hangt af van één activiteit: {activities}",
        "h.TOC304": "valt deze activiteit weg, dan verliest het doel zijn steun; "
        "overweeg een tweede route naar het doel",
        "w.TOC305": "de status van activiteit {node} is onduidelijk",
        "h.TOC305": "ga na of de activiteit loopt; tot dan kunnen doelen die ervan afhangen "
        "onbepaald zijn",
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


def field_label(name: str, lang: Lang) -> str:
    """A node field's name for readers (``contributes_to`` is 'draagt bij aan').

    Examples
    --------
    >>> field_label("contributes_to", "nl"), field_label("colour", "nl")
    ('draagt bij aan', 'colour')
    """
    return _LABELS[lang].get(f"field.{name}", name)


def value_label(value: object, lang: Lang) -> str:
    """A field value for readers: statuses and verdicts translated, lists joined.

    Examples
    --------
    >>> value_label("stopped", "nl"), value_label(["O1", {"to": "O2"}], "en")
    ('stopgezet', 'O1, O2')
    """
    if value is None:
        return "-"
    if isinstance(value, list):
        return ", ".join(
            str(v.get("to")) if isinstance(v, dict) else value_label(v, lang) for v in value
        )
    if isinstance(value, str) and value in _VALUE_KEYS:
        return _LABELS[lang][value]
    return str(value)


_VALUE_KEYS = frozenset(
    {"planned", "on_track", "achieved", "delayed", "adjusted", "stopped", "unclear"}
    | {"potentially_effective", "potentially_ineffective", "undetermined"}
    | {"goal", "outcome", "output", "activity"}
)


def all_keys(lang: Lang) -> frozenset[str]:
    """Every label key defined for ``lang``."""
    return frozenset(_LABELS[lang])
