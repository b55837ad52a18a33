"""The English texts of diagnostics about what a ToC plans and measures, by key.

Budgets (``TOC120``-``TOC122``, ``TOC320``), indicators and dates
(``TOC231``-``TOC234``, ``TOC331``-``TOC334``) and the workbook's Indicators
and Measurements sheets. Same conventions as :mod:`tocgraph.i18n.diagnostics_en`;
:mod:`tocgraph.i18n.diagnostics_plan_nl` has the same keys.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    "dh.euros": "EUR {amount:,}",
    "d.TOC120": "{at}: a budget is whole euros (got {got})",
    "d.TOC120.number": "{at}: a budget is a number of euros (got {got})",
    "d.TOC120.no_year": "{at}: a budget per year names no year",
    "dh.TOC120.thousands": (
        "write whole euros without separators, e.g. {example}; in YAML {number}.000 is the "
        "decimal number {number}"
    ),
    "dh.TOC120.decimals": "write whole euros without a decimal part, e.g. {example}",
    "dh.TOC120.round": "round to whole euros and write the number without separators, e.g. 120000",
    "dh.TOC120.number": (
        "write the number without quotes, currency sign or separators, e.g. 120000, "
        "or amounts per year, e.g. {{2023: 60000, 2024: 60000}}"
    ),
    "dh.TOC120.no_year": "give amounts per year, e.g. {{2023: 60000}}, or leave budget_eur out",
    "d.TOC121": "{at}: a budget cannot be negative (got {got})",
    "dh.TOC121": (
        "write the amount without a minus sign; to free money, lower the budget or stop the "
        "activity in a change request"
    ),
    "d.TOC122.not_year": "{at}: {got} is not a year",
    "dh.TOC122.not_year": "name each year with four digits, e.g. {{2023: 60000, 2024: 60000}}",
    "d.TOC122.twice": "{at}: the year {year} is named twice",
    "dh.TOC122.twice": "give each year one amount",
    "d.TOC122.period": "{at}: {year} is outside the ToC's period ({first}-{last})",
    "dh.TOC122.period": "budget years lie within the period; change the year, or the period",
    "d.TOC231.baseline": (
        "the baseline of quantitative indicator {id!r} is not a number (got {got!r})"
    ),
    "d.TOC231.target": "the target of quantitative indicator {id!r} is not a number (got {got!r})",
    "dh.TOC231.reference": (
        "write a number without quotes, e.g. 'value: 12'; or, if the indicator is described "
        "in words, set 'kind: qualitative'"
    ),
    "d.TOC231.no_value": "measurement {date} of quantitative indicator {id!r} has no value",
    "dh.TOC231.no_value": (
        "add 'value: <number>' (a 'finding' may explain it); or, if the indicator is described "
        "in words, set 'kind: qualitative'"
    ),
    "d.TOC231.text": (
        "measurement {date} of quantitative indicator {id!r} is not a number (got {got!r})"
    ),
    "dh.TOC231.text": (
        "write the number without quotes, e.g. 'value: 12'; put words under 'finding:'"
    ),
    "d.TOC232.value": (
        "measurement {date} of qualitative indicator {id!r} has a value; "
        "qualitative measurements are findings in words"
    ),
    "dh.TOC232.text": "write 'finding: ...' instead of 'value: ...'",
    "dh.TOC232.number": (
        "if the indicator is measured as a number, set 'kind: quantitative'; "
        "else write what was observed under 'finding:'"
    ),
    "dh.TOC232.both": (
        "remove 'value:' (the finding is the measurement), or set 'kind: quantitative'"
    ),
    "d.TOC232.no_finding": "measurement {date} of qualitative indicator {id!r} has no finding",
    "dh.TOC232.no_finding": "add 'finding: <what was observed>'",
    "d.TOC233": "duplicate indicator id {id!r} in {node!r}",
    "dh.TOC233": "indicator ids must be unique in a ToC; {id!r} is already used by {node!r}",
    "d.TOC234": "activity {node!r} ends ({end}) before it starts ({start})",
    "dh.TOC234": "check the dates; 'end' is on or after 'start'",
    "d.TOC320": (
        "the budgets of the activities ({total}) exceed the subsidy ceiling ({ceiling}) by {over}"
    ),
    "dh.TOC320": "lower or stop budgets in a change request, or check subsidy_ceiling_eur",
    "d.TOC331": "{kind} '{node}' has no indicator",
    "dh.TOC331": (
        "add one under 'indicators:' (a number or a finding in words), so progress towards it "
        "can be followed"
    ),
    "d.TOC332": (
        "indicator '{indicator}' of '{node}' has a measurement ({date}) before its baseline "
        "({baseline})"
    ),
    "dh.TOC332": "check the dates: the baseline is the starting point of the measurements",
    "d.TOC333": (
        "indicator '{indicator}' of '{node}' has a target equal to its baseline ({value}), "
        "so its progress is undefined"
    ),
    "dh.TOC333": "set the target to the value the indicator should reach",
    "d.TOC334": "activity '{node}' is still {status}, but its end date {end} is before {as_of}",
    "dh.TOC334": "update its status (achieved, stopped, adjusted) or its end date",
    "d.workbook.indicator_node": ("unknown goal, outcome or output '{node}' in sheet {sheet}"),
    "d.workbook.no_indicator_node": "missing 'node' of an indicator in sheet {sheet}",
    "dh.workbook.indicator_node": (
        "an indicator belongs to a goal, outcome or output of the Nodes sheet"
    ),
    "d.workbook.measurement_indicator": "unknown indicator '{indicator}' in sheet {sheet}",
    "d.workbook.no_measurement_indicator": (
        "missing 'indicator' of a measurement in sheet {sheet}"
    ),
    "dh.workbook.measurement_indicator": (
        "a measurement names an indicator of the Indicators sheet"
    ),
}
