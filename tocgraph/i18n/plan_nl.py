"""De Nederlandse teksten over wat een ToC plant en meet, per sleutel.

Indicatoren en datums (``mon.``), budgetten en geld (``budget.``, ``money.``)
en de beoordeling van wijzigingsverzoeken (``triage.``); afgesplitst van
:mod:`tocgraph.i18n.nl`. Dezelfde sleutels en plaatshouders als
:mod:`tocgraph.i18n.plan_en`.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    # --- indicators and time ---
    "mon.indicators": "Indicatoren",
    "mon.indicators.as_of": "Indicatoren, peildatum {date}",
    "mon.col.node": "onderdeel",
    "mon.col.indicator": "indicator",
    "mon.col.kind": "soort",
    "mon.col.baseline": "nulmeting",
    "mon.col.target": "streefwaarde",
    "mon.col.latest": "laatste meting",
    "mon.col.progress": "voortgang",
    "mon.col.horizon": "termijn",
    "mon.col.start": "begindatum",
    "mon.col.end": "einddatum",
    "quantitative": "kwantitatief",
    "qualitative": "kwalitatief",
    "horizon.short": "korte termijn",
    "horizon.medium": "middellange termijn",
    "horizon.long": "lange termijn",
    "mon.none": "geen meting",
    "mon.coverage.title": (
        "Monitoring: outcomes met een indicator gemeten in de 12 maanden tot en met {date}"
    ),
    "mon.col.alliance": "alliantie",
    "mon.col.outcomes": "outcomes",
    "mon.col.with_indicator": "met indicator",
    "mon.col.measured": "gemeten",
    "mon.col.share": "aandeel",
    "mon.col.latest_date": "datum laatste meting",
    "cr.effective_from": "Ingangsdatum",
    # --- budget: budgets, money of change requests, triage ---
    "field.budget_eur": "begroting",
    "money.amount": "{sign}€ {amount}",
    "budget.summary": "geplande begroting: {total}; {share} van het subsidieplafond van {ceiling}",
    "budget.summary.no_ceiling": "geplande begroting: {total} (geen subsidieplafond opgegeven)",
    "budget.col.partner": "partner (€)",
    "budget.col.period": "hele periode (niet over de jaren verdeeld)",
    "budget.heading": "Begroting",
    "budget.col.total": "totaal",
    "budget.unassigned": "(geen partner)",
    "budget.stopped": "stopgezette activiteiten, niet meegeteld: {amount}",
    "budget.without": "activiteiten zonder begroting: {n}",
    "money.heading": "Financiële gevolgen (geplande begrotingen, berekend door tocgraph)",
    "money.summary": (
        "Geplande begroting vóór de wijzigingen: {before}; daarna: {after} (verschil: {net})."
        " Vrijgekomen: {freed}; toegevoegd: {added}; verschoven tussen partners: {moved}. In "
        "totaal verschuift {shifted}."
    ),
    "money.per_year.moved": (
        "Geld dat van het ene naar het andere jaar gaat, telt als vrijgekomen in het ene en "
        "toegevoegd in het andere jaar; deze kolommen zijn samen daardoor meer dan de totalen "
        "hierboven."
    ),
    "money.share": "Dat is {share} van het subsidieplafond ({ceiling}).",
    "money.earlier_part": (
        "Van het vrijgekomen geld was {amount} gepland voor de jaren vóór {year}: dat is "
        "misschien al uitgegeven."
    ),
    "money.note": (
        "Een stopgezette of verwijderde activiteit maakt haar begroting vrij; het verschoven "
        "bedrag is het bedrag dat tussen partners verschuift, plus het grootste van de "
        "bedragen \u2018vrijgekomen\u2019 en \u2018toegevoegd\u2019."
    ),
    "money.per_partner": "Per partner (€)",
    "money.per_change": "Per wijziging (€)",
    "money.c.partner": "partner",
    "money.c.before": "vóór",
    "money.c.after": "na",
    "money.c.net": "verschil",
    "money.c.freed": "vrijgekomen",
    "money.c.added": "toegevoegd",
    "money.c.moved_in": "overgenomen van andere partners",
    "money.c.moved_out": "overgedragen aan andere partners",
    "money.c.moved": "verschoven",
    "money.c.change": "wijziging",
    "money.per_year": "Per jaar (€)",
    "money.c.year": "jaar",
    "cr.f.money_earlier.freed": (
        "Van het vrijgekomen geld was {freed} begroot voor jaren vóór {year} ({when}): dat "
        "kan al zijn uitgegeven."
    ),
    "cr.f.money_earlier.added": (
        "Er komt {added} bij in jaren vóór {year} ({when}): die jaren zijn voorbij."
    ),
    "cr.f.money_earlier.both": (
        "Van het vrijgekomen geld was {freed} begroot voor jaren vóór {year} ({when}): dat "
        "kan al zijn uitgegeven. Er komt {added} bij in die jaren, die voorbij zijn."
    ),
    "cr.money_earlier.effective_from": "het jaar waarin het verzoek ingaat",
    "cr.money_earlier.date": "het jaar van het verzoek",
    "triage.heading": "Formeel wijzigingsverzoek of aanpassing van het jaarplan",
    "triage.formal_request": (
        "Volgens de triageregels uit het beleidsbestand is een formeel wijzigingsverzoek bij "
        "DUS-I nodig: {rule}."
    ),
    "triage.annual_plan": (
        "Volgens de triageregels uit het beleidsbestand volstaat een aanpassing van het "
        "jaarplan: geen van de regels is van toepassing."
    ),
    "triage.illustrative": (
        "De drempels van deze regels zijn illustratief; het ministerie stelt ze vast."
    ),
    "triage.note": (
        "De triageregels uit het beleidsbestand, op volgorde; de eerste die van toepassing "
        "is, beslist."
    ),
    "triage.rule.goal_lost": "een doel is niet langer potentieel effectief",
    "triage.rule.toc_changed": (
        "de ToC zelf verandert (doelen, outcomes of outputs; activiteiten tellen niet mee)"
    ),
    "triage.rule.budget_shift_above_eur": "er verschuift meer dan {threshold}",
    "triage.rule.budget_shift_above_share": (
        "er verschuift meer dan {threshold} van het subsidieplafond"
    ),
    "triage.found.goal_lost": "{goals}",
    "triage.found.toc_changed.yes": "ja",
    "triage.found.toc_changed.no": "nee",
    "triage.found.shifted": "dit verzoek verschuift {amount}",
    "triage.found.no_ceiling": "niet te bepalen: de ToC noemt geen subsidieplafond",
    "triage.applies": "van toepassing",
    "triage.not_applies": "niet van toepassing",
    # --- portfolio: the alliances' budgets ---
    "portfolio.budgets": "Begrotingen van de activiteiten, naast elk subsidieplafond",
    "portfolio.col.budget": "begroting (€)",
    "portfolio.col.used": "van het plafond",
    "portfolio.col.budget_stopped": "stopgezet (€)",
    "portfolio.col.no_budget": "activiteiten zonder begroting",
    "portfolio.budgets.note": (
        "begroting: de activiteiten die niet zijn stopgezet; stopgezet: de begrotingen van "
        "stopgezette activiteiten, niet meegeteld in de begroting; '-': de ToC noemt geen begroting"
    ),
    "portfolio.goals.note": (
        "marge: het kleinste aantal activiteiten dat, als ze samen stoppen, het doel niet langer "
        "potentieel effectief maakt (bij 1 is er een kritieke activiteit); een ToC onderbouwt "
        "hooguit 'potentieel effectief', nooit een uitspraak over effect"
    ),
    "portfolio.monitoring.note": (
        "gemeten: een indicator met een meting gedateerd in die 12 maanden; oudere metingen "
        "tellen mee met --as-of en een eerdere datum"
    ),
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
    "field.indicators": "indicatoren",
    "field.start": "begin",
    "field.end": "einde",
    "field.name": "naam",
    "field.lead": "penvoerder",
    "field.partners": "partners",
    "field.period": "periode",
    "field.subsidy_ceiling_eur": "subsidieplafond",
    "field.horizon": "termijn",
    "field.id": "id",
    "field.existed_2017_2022": "bestond 2017-2022",
    "field.illustrative": "illustratief",
    "value.period": "{start} t/m {end}",
    "value.yes": "ja",
    "value.no": "nee",
}
