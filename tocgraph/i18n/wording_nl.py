"""The Dutch texts added when a reviewer of official Dutch read the whole output, by key.

Lists in sentences, CLI messages that follow ``--lang``, and the wording of
reports; split from :mod:`tocgraph.i18n.nl` so each catalogue reads in one
sitting. :mod:`tocgraph.i18n.wording_en` has the same keys.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    # --- review: Dutch review of the output ---
    "triage.found.no_budgets": "niet te bepalen: de ToC bevat geen begrotingen",
    "triage.reason.no_budgets": "de ToC bevat geen begrotingen",
    "triage.reason.no_ceiling": "de ToC noemt geen subsidieplafond",
    "triage.unchecked": "niet getoetst",
    "triage.annual_plan.partly": (
        "Op grond van de regels die konden worden getoetst, volstaat een aanpassing van het "
        "jaarplan; niet elke regel kon worden getoetst: {reason}."
    ),
    "type.list": "een lijst",
    "type.dict": "sleutels met waarden",
    "type.str": "een tekst",
    "type.int": "een geheel getal",
    "type.float": "een getal",
    "type.bool": "een ja/nee-waarde",
    "type.none": "een lege waarde",
    "type.bool.value": "een ja/nee-waarde ({value})",
    "doc.start.tocgraph": "'tocgraph: 1', 'id: ...' en 'goals:'",
    "doc.start.tocgraph-policy": "'tocgraph-policy: 1', 'id: ...' en 'aims:'",
    "doc.start.tocgraph-change": "'tocgraph-change: 1' en 'toc: <het uitgangsbestand>'",
    "doc.command.tocgraph": "tocgraph check BESTAND",
    "doc.command.tocgraph-policy": "tocgraph portfolio MAP --policy BESTAND",
    "doc.command.tocgraph-change": "tocgraph change-request BESTAND",
    "yaml.unclosed_quote": (
        "een tekst tussen aanhalingstekens wordt niet afgesloten voor het einde van het bestand"
    ),
    "yaml.mapping_values": "een ':' met een spatie erna is hier niet toegestaan",
    "yaml.expected_key": "hier werd een sleutel verwacht; controleer het inspringen",
    "yaml.tab": "een tab kan geen waarde beginnen; spring in met spaties",
    "cli.wrote": "{path} geschreven",
    "cli.no_scenario": (
        "noem activiteiten met --stop, partners met --partner of aannames met --fail"
    ),
    "status_update.title": "Voortgang volgens {file}",
    "init.wrote": "{toc}, {change} en de schema's in {schemas} geschreven.",
    "init.example": (
        "De start-ToC is een voorbeeld: vervang de doelen, outcomes en activiteiten door die "
        "van uw alliantie."
    ),
    "init.next": "Volgende stappen:",
    "init.step.check": "controleren en beoordelen:",
    "init.step.impact": "wat als A1 en A2 stoppen:",
    "init.step.render": "tekenen:",
    "init.step.change": "een wijziging onderbouwen:",
    "scenario.none": "geen activiteit stopgezet",
    "scenario.already_stopped": "al stopgezet vóór het scenario: {ids}",
}
