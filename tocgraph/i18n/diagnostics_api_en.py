"""The English texts of diagnostics about how the library is called: scenarios, ToCs built by hand.

Split off :mod:`tocgraph.i18n.diagnostics_en` so that each module stays short;
:mod:`tocgraph.i18n.diagnostics_api_nl` has the same keys and placeholders.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    # --- scenarios (what-if) ---
    "d.scenario.unknown": "{id!r} is not in this ToC",
    "d.scenario.not_activity": "{id!r} is not an activity",
    "d.scenario.partner": "no activity has partner {partner!r}",
    "d.scenario.partner_anywhere": "no activity in any alliance has partner {partner!r}",
    "d.scenario.assess": "{id!r} is not in this ToC; use tocgraph.impact for a checked scenario",
    "dh.label.activities": "activities",
    # --- a ToC built without validation ---
    "dh.dangling": (
        "the ToC was built without validation (model_copy, say): build it with"
        " tocgraph.from_dict or tocgraph.loads"
    ),
}
