"""De Nederlandse teksten van meldingen over wat een ToC plant en meet, per sleutel.

Budgetten (``TOC120``-``TOC122``, ``TOC320``), indicatoren en datums
(``TOC231``-``TOC234``, ``TOC331``-``TOC334``) en de bladen Indicatoren en
Metingen van een werkmap. Dezelfde sleutels en plaatshouders als
:mod:`tocgraph.i18n.diagnostics_plan_en`.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    "dh.euros": "€ {amount:,}",
    "d.TOC120": "{at}: een budget is een bedrag in hele euro's (gevonden: {got})",
    "d.TOC120.number": "{at}: een budget is een bedrag in euro's (gevonden: {got})",
    "d.TOC120.no_year": "{at}: een budget per jaar noemt geen enkel jaar",
    "dh.TOC120.thousands": (
        "schrijf hele euro's zonder scheidingstekens, bijvoorbeeld {example}; in YAML "
        "betekent {number}.000 het getal {number} (de punt is een decimaalteken)"
    ),
    "dh.TOC120.decimals": "schrijf hele euro's zonder decimalen, bijvoorbeeld {example}",
    "dh.TOC120.round": (
        "rond af op hele euro's en schrijf het getal zonder scheidingstekens, bijvoorbeeld 120000"
    ),
    "dh.TOC120.number": (
        "schrijf het getal zonder aanhalingstekens, valutateken of scheidingstekens, "
        "bijvoorbeeld 120000, of geef bedragen per jaar, bijvoorbeeld {{2023: 60000, 2024: 60000}}"
    ),
    "dh.TOC120.no_year": (
        "geef bedragen per jaar, bijvoorbeeld {{2023: 60000}}, of laat budget_eur weg"
    ),
    "d.TOC121": "{at}: een budget kan niet negatief zijn (gevonden: {got})",
    "dh.TOC121": (
        "schrijf het bedrag zonder minteken; wilt u geld vrijmaken, verlaag dan het budget "
        "of zet de activiteit stop in een wijzigingsverzoek"
    ),
    "d.TOC122.not_year": "{at}: {got} is geen jaartal",
    "dh.TOC122.not_year": (
        "schrijf elk jaar met vier cijfers, bijvoorbeeld {{2023: 60000, 2024: 60000}}"
    ),
    "d.TOC122.twice": "{at}: het jaar {year} komt twee keer voor",
    "dh.TOC122.twice": "geef elk jaar één bedrag",
    "d.TOC122.period": "{at}: {year} valt buiten de periode van de ToC ({first}-{last})",
    "dh.TOC122.period": (
        "de jaren van een budget vallen binnen de periode; pas het jaar of de periode aan"
    ),
    "d.TOC231.baseline": (
        "de nulmeting (baseline) van kwantitatieve indicator {id!r} is geen getal "
        "(gevonden: {got!r})"
    ),
    "d.TOC231.target": (
        "de streefwaarde (target) van kwantitatieve indicator {id!r} is geen getal "
        "(gevonden: {got!r})"
    ),
    "dh.TOC231.reference": (
        "schrijf een getal zonder aanhalingstekens, bijvoorbeeld 'value: 12'; wordt de "
        "indicator in woorden beschreven, zet dan 'kind: kwalitatief'"
    ),
    "d.TOC231.no_value": (
        "de meting op {date} van kwantitatieve indicator {id!r} heeft geen waarde"
    ),
    "dh.TOC231.no_value": (
        "voeg 'value: <getal>' toe (een 'finding' kan het toelichten); wordt de indicator in "
        "woorden beschreven, zet dan 'kind: kwalitatief'"
    ),
    "d.TOC231.text": (
        "de meting op {date} van kwantitatieve indicator {id!r} is geen getal (gevonden: {got!r})"
    ),
    "dh.TOC231.text": (
        "schrijf het getal zonder aanhalingstekens, bijvoorbeeld 'value: 12'; "
        "zet woorden onder 'finding:'"
    ),
    "d.TOC232.value": (
        "de meting op {date} van kwalitatieve indicator {id!r} heeft een waarde (value); "
        "een kwalitatieve meting is een bevinding in woorden"
    ),
    "dh.TOC232.text": "schrijf 'finding: ...' in plaats van 'value: ...'",
    "dh.TOC232.number": (
        "wordt de indicator als getal gemeten, zet dan 'kind: kwantitatief'; "
        "schrijf anders onder 'finding:' wat is waargenomen"
    ),
    "dh.TOC232.both": (
        "verwijder 'value:' (de bevinding is de meting), of zet 'kind: kwantitatief'"
    ),
    "d.TOC232.no_finding": (
        "de meting op {date} van kwalitatieve indicator {id!r} heeft geen bevinding (finding)"
    ),
    "dh.TOC232.no_finding": "voeg 'finding: <wat is waargenomen>' toe",
    "d.TOC233": "indicator-id {id!r} in {node!r} komt meer dan eens voor",
    "dh.TOC233": (
        "elk indicator-id mag maar één keer voorkomen in een ToC; {id!r} is al gebruikt "
        "bij {node!r}"
    ),
    "d.TOC234": "activiteit {node!r} eindigt ({end}) voordat zij begint ({start})",
    "dh.TOC234": "controleer de datums; 'end' valt op of na 'start'",
    "d.TOC320": (
        "de budgetten van de activiteiten ({total}) overschrijden het subsidieplafond "
        "({ceiling}) met {over}"
    ),
    "dh.TOC320": (
        "verlaag budgetten of zet activiteiten stop in een wijzigingsverzoek, "
        "of controleer subsidy_ceiling_eur"
    ),
    "d.TOC331": "{kind} '{node}' heeft geen indicator",
    "dh.TOC331": (
        "voeg er een toe onder 'indicators:' (een getal of een bevinding in woorden), zodat "
        "de voortgang te volgen is"
    ),
    "d.TOC332": (
        "indicator '{indicator}' van '{node}' heeft een meting ({date}) van vóór de nulmeting "
        "({baseline})"
    ),
    "dh.TOC332": "controleer de datums: de nulmeting is het beginpunt van de metingen",
    "d.TOC333": (
        "indicator '{indicator}' van '{node}' heeft een streefwaarde gelijk aan de nulmeting "
        "({value}), dus de voortgang is niet te bepalen"
    ),
    "dh.TOC333": "zet de streefwaarde op de waarde die de indicator moet bereiken",
    "d.TOC334": (
        "activiteit '{node}' heeft nog de status '{status}', maar de einddatum {end} ligt vóór "
        "de peildatum {as_of}"
    ),
    "dh.TOC334": "werk de status bij (behaald, stopgezet, aangepast) of de einddatum",
    "d.workbook.indicator_node": (
        "'{node}' in blad {sheet} is geen bekend doel, outcome of output"
    ),
    "d.workbook.no_indicator_node": (
        "bij een indicator in blad {sheet} ontbreekt het onderdeel (kolom 'knoop')"
    ),
    "dh.workbook.indicator_node": (
        "een indicator hoort bij een doel, outcome of output uit het blad Knopen (Nodes)"
    ),
    "d.workbook.measurement_indicator": "onbekende indicator '{indicator}' in blad {sheet}",
    "d.workbook.no_measurement_indicator": (
        "bij een meting in blad {sheet} ontbreekt de indicator (kolom 'indicator')"
    ),
    "dh.workbook.measurement_indicator": (
        "een meting noemt een indicator uit het blad Indicatoren (Indicators)"
    ),
}
