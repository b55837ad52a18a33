"""De Nederlandse teksten van meldingen over hoe de bibliotheek wordt aangeroepen.

Scenario's en ToC's die met de hand zijn gebouwd; afgesplitst van
:mod:`tocgraph.i18n.diagnostics_nl`, zodat elke module kort blijft; dezelfde
sleutels en plaatshouders als :mod:`tocgraph.i18n.diagnostics_api_en`.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    # --- scenarios (what-if) ---
    "d.scenario.unknown": "{id!r} staat niet in deze ToC",
    "d.scenario.not_activity": "{id!r} is geen activiteit",
    "d.scenario.partner": "geen enkele activiteit heeft partner {partner!r}",
    "d.scenario.partner_anywhere": (
        "geen enkele activiteit in een van de allianties heeft partner {partner!r}"
    ),
    "d.scenario.assess": (
        "{id!r} staat niet in deze ToC; gebruik tocgraph.impact voor een gecontroleerd scenario"
    ),
    "dh.label.activities": "activiteiten",
    # --- a ToC built without validation ---
    "dh.dangling": (
        "de ToC is zonder controle gebouwd (met model_copy, bijvoorbeeld): bouw hem met"
        " tocgraph.from_dict of tocgraph.loads"
    ),
}
