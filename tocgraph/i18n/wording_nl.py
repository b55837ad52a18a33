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
        "een tekst tussen aanhalingstekens is aan het einde van het bestand nog niet afgesloten"
    ),
    "yaml.mapping_values": "een ':' met een spatie erna is hier niet toegestaan",
    "yaml.expected_key": "hier werd een sleutel verwacht; controleer het inspringen",
    "yaml.tab": "een waarde kan niet met een tab beginnen; spring in met spaties",
    "yaml.escape": (
        "tussen dubbele aanhalingstekens staat na een backslash een teken dat YAML daar niet kent"
    ),
    "yaml.unclosed_list": "een lijst die met '[' begint, wordt niet met ']' afgesloten",
    "yaml.unclosed_mapping": (
        "een groep sleutels met waarden die met '{{' begint, wordt niet met '}}' afgesloten"
    ),
    "yaml.tab_indent": "een regel is met een tab ingesprongen",
    "yaml.item_here": "een lijstitem kan niet op de regel van zijn sleutel beginnen",
    "yaml.no_value": "hier ontbreekt een waarde",
    "yaml.anchor_name": "na een '&' of '*' aan het begin van een waarde moet een naam staan",
    "yaml.version": "de regel '%YAML' vraagt om een YAML-versie die tocgraph niet kan lezen",
    "yaml.directive": "een regel die met '%' begint, is hier niet toegestaan",
    "yaml.after_end": "er staat tekst na het einde van het document ('...')",
    "yaml.block_scalar": (
        "een '|' of '>' begint een tekstblok op de volgende regels; op zijn eigen regel mag "
        "er alleen een cijfer van 1 tot 9, '+' of '-' achter staan"
    ),
    "yaml.tag": (
        "een '!' aan het begin van een waarde begint een YAML-tag, en deze is niet te lezen"
    ),
    "yaml.question_key": ("een '?' met een spatie erna begint een sleutel, en dat mag hier niet"),
    "yaml.colon_in_flow": ("een ':' kan binnen [ ] of {{ }} geen waarde afsluiten"),
    "yaml.bad_start": "een waarde kan niet met '{char}' beginnen",
    "cli.wrote": "{path} geschreven",
    "cli.no_scenario": (
        "noem activiteiten met --stop, partners met --partner of aannames met --fail"
    ),
    "status_update.title": "Voortgang volgens {file}",
    "init.wrote": "{toc}, {change} en de schema's in {schemas} geschreven.",
    "init.example": (
        "Het startbestand is een voorbeeld: vervang de doelen, outcomes en activiteiten door "
        "die van uw alliantie en haal dan de regel 'illustrative: true' weg."
    ),
    "init.next": "Volgende stappen:",
    "init.step.check": "controleren en beoordelen:",
    "init.step.impact": "wat als A1 en A2 stoppen:",
    "init.step.render": "tekenen:",
    "init.step.change": "een wijziging onderbouwen:",
    "scenario.none": "geen activiteit stopgezet",
    "scenario.achieved": (
        "waarvan al behaald: {ids} (de marges tellen afgerond werk mee alsof het kan stoppen)"
    ),
    "scenario.already_stopped": "al stopgezet vóór het scenario: {ids}",
    # --- usage: argparse's messages and the options' own checks, following --lang ---
    "usage.prefix": "gebruik: ",
    "usage.argument": "bij {name}: {message}",
    "usage.required": "deze argumenten ontbreken: {names}",
    "usage.unrecognized": "onbekende argumenten: {arguments}",
    "usage.choice": "ongeldige keuze: {value} (kies uit {choices})",
    "usage.one": "er moet één waarde achter staan",
    "usage.at_most_one": "er mag hooguit één waarde achter staan",
    "usage.at_least_one": "er moet minstens één waarde achter staan",
    "usage.count": "er moeten {count} waarden achter staan",
    "usage.value": "ongeldige waarde ({kind}): {value}",
    "usage.not_allowed": "niet samen te gebruiken met {name}",
    "usage.one_of": "een van deze argumenten is nodig: {names}",
    "usage.ambiguous": "onduidelijke optie: {option} past bij {matches}",
    "usage.comma_ids": "scheid ids met spaties, niet met komma's: {ids}",
    "usage.stdin_named": "het concept noemt zijn ToC-bestand: geef het pad, niet '-'",
    "usage.bytes": "geen geheel aantal bytes: {value}",
    "usage.bytes_minimum": "de grens moet minstens 1 byte zijn, niet {count}",
    "usage.path_empty": "het pad is leeg; noem een bestand of map",
    "usage.output_empty": "het uitvoerpad is leeg; noem een bestand, of '-' voor stdout",
    "usage.output_folder": "de uitvoer {path} is een map; noem een bestand daarin",
    "usage.nul.path": "het pad bevat een NUL-teken",
    "usage.nul.output": "het uitvoerpad bevat een NUL-teken",
    "usage.name.path": "het pad {name} is hier geen geldige bestandsnaam",
    "usage.name.output": "het uitvoerpad {name} is hier geen geldige bestandsnaam",
    "usage.not_folder": "geen map: {path}",
    "usage.no_command": "geen opdracht gegeven; 'tocgraph --help' noemt de opdrachten",
    "usage.date": (
        "{value} is geen datum; schrijf JJJJ-MM-DD (bijvoorbeeld 2025-01-31) of 'vandaag'"
    ),
    # --- errors of the command line itself and of its output files ---
    "cli.status_update.same": (
        "elke status in het blad is al die van de ToC; er is niets te schrijven"
    ),
    "action.check.0": "geslaagd",
    "action.check.1": "heeft waarschuwingen",
    "action.check.2": "vond ongeldige bestanden",
    "action.check.failed": "mislukt (afsluitcode {code})",
    "action.no_requests": "## tocgraph wijzigingsverzoeken\n\nGeen wijzigingsverzoeken gevonden.",
    "action.unreadable": "Wijzigingsverzoek {path} kon niet worden gelezen",
    "cli.err.stdin_twice": "'-' (standaardinvoer) kan maar één keer genoemd worden",
    "cli.err.no_yaml": "geen .yaml-bestanden gevonden in {paths}",
    "cli.err.format_unknown": (
        "de naam van het uitvoerbestand {output} zegt niet welk formaat: laat die eindigen op"
        " .svg, .png, .dot of .mmd, of kies er een met --format"
    ),
    "cli.err.format_mismatch": (
        "--format {fmt} past niet bij de naam van het uitvoerbestand {output}"
    ),
    "cli.err.csv_folder": "--to csv schrijft een map met bestanden; noem die met -o MAP",
    "cli.err.make_folder": "kan de map {folder} niet maken: {reason}",
    "cli.err.interrupted": "onderbroken",
    "cli.err.internal": (
        "interne fout: {error}; dit is een fout in tocgraph, meld die graag met de invoer "
        "(TOCGRAPH_DEBUG=1 toont het verloop)"
    ),
    "cli.err.no_layout": (
        "geen programma gevonden om de tekening op te maken; installeer Graphviz "
        "(https://graphviz.org/download/, bijvoorbeeld 'apt install graphviz' of 'brew install "
        "graphviz') zodat 'dot' op het PATH staat, of 'pip install graphviz-pure'; of maak de "
        "tekening elders uit het .dot-bestand, of gebruik --format mmd voor een Mermaid-diagram"
    ),
    "cli.err.wrote_instead": "{problem}; {fallback} geschreven in plaats van {output}",
    "cli.err.init_file": "{root} is een bestand, geen map: noem een nieuwe of bestaande map",
    "cli.err.init_existing": (
        "bestaande bestanden worden niet overschreven: {paths}; kies een andere MAP of verplaats ze"
    ),
    "cli.err.init_dangling": (
        "{root} is een koppeling naar {target}, dat niet bestaat; kies een andere MAP"
    ),
    "cli.err.init_links": (
        "er wordt niet geschreven via koppelingen die buiten {root} leiden: {paths}; verwijder "
        "de koppelingen of kies een andere MAP"
    ),
    "cli.err.init_write": "kan {path} niet schrijven: {reason}; er is niets geschreven",
    "cli.err.stdout": "kan niet naar de standaarduitvoer schrijven: {reason}",
    "cli.err.system": "{name}: {reason}",
    "layout.timeout": "{program} deed er langer dan {seconds} s over",
    "layout.cannot_run": "{program} ({path}) kan niet worden gestart: {reason}",
    "layout.failed": "{program} is mislukt (exitcode {code}): {detail}",
    "layout.no_output": "geen uitvoer",
    "output.empty": "het uitvoerpad is leeg; noem een bestand, of '-' voor de standaarduitvoer",
    "output.nul": "het uitvoerpad {name!r} bevat een NUL-teken",
    "output.bad_name": "het uitvoerpad {name!r} is hier geen geldige bestandsnaam",
    "output.folder": "de uitvoer {name} is een map; noem een bestand daarin",
    "output.is_input": "de uitvoer {name} is de invoer {source}; kies een ander uitvoerbestand",
    "output.cannot_write": "kan {name} niet schrijven: {reason}",
    "output.not_regular": "geen gewoon bestand",
    "output.no_folder": "de map {folder} bestaat niet",
    "output.link_outside": (
        "kan {name} niet schrijven: het is een koppeling naar {target}, buiten {folder}; "
        "verwijder de koppeling of kies een andere map"
    ),
    # the system's words (as Linux says them); in Dutch those of the commonest errors
    "os.other": "{text}",
    "os.ENOSPC": "geen ruimte meer op het apparaat",
    "os.EACCES": "geen toegang",
    "os.EPERM": "niet toegestaan",
    "os.EROFS": "het bestandssysteem is alleen-lezen",
    "os.ENAMETOOLONG": "de bestandsnaam is te lang",
    "os.ENOTDIR": "een deel van het pad is geen map",
    "os.EISDIR": "het is een map",
    "os.EIO": "invoer-/uitvoerfout van het apparaat",
    "os.EDQUOT": "het schijfquotum is op",
    "os.ELOOP": "te veel koppelingen achter elkaar",
    "os.EBUSY": "het apparaat of bestand is bezet",
    "os.ETXTBSY": "het bestand is in gebruik",
}
