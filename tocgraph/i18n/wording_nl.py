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
    # --- usage: argparse's messages and the options' own checks, following --lang ---
    "usage.prefix": "gebruik: ",
    "usage.argument": "bij {name}: {message}",
    "usage.required": "deze argumenten ontbreken: {names}",
    "usage.unrecognized": "onbekende argumenten: {arguments}",
    "usage.choice": "ongeldige keuze: {value} (kies uit {choices})",
    "usage.one": "verwacht één waarde",
    "usage.at_most_one": "verwacht hoogstens één waarde",
    "usage.at_least_one": "verwacht minstens één waarde",
    "usage.count": "verwacht {count} waarden",
    "usage.value": "ongeldige waarde ({kind}): {value}",
    "usage.not_allowed": "niet samen te gebruiken met {name}",
    "usage.one_of": "een van deze argumenten is nodig: {names}",
    "usage.ambiguous": "dubbelzinnige optie: {option} kan {matches} zijn",
    "usage.bytes": "geen geheel aantal bytes: {value}",
    "usage.bytes_minimum": "de grens moet minstens 1 byte zijn, niet {count}",
    "usage.path_empty": "het pad is leeg; noem een bestand of map",
    "usage.output_empty": "het uitvoerpad is leeg; noem een bestand, of '-' voor stdout",
    "usage.output_folder": "de uitvoer {path} is een map; noem een bestand daarin",
    "usage.nul.path": "het pad bevat een NUL-teken",
    "usage.nul.output": "het uitvoerpad bevat een NUL-teken",
    "usage.name.path": "het pad {name} is hier geen geldige bestandsnaam",
    "usage.name.output": "het uitvoerpad {name} is hier geen geldige bestandsnaam",
    "usage.date": "{value} is geen datum; schrijf JJJJ-MM-DD (bijv. 2025-01-31) of 'today'",
}
