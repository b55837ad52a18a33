"""The Dutch ``--help`` of every command, by its English words (see :mod:`tocgraph.cli.helpformat`).

Keys are the English texts as the code writes them, with their white space
run together; ``tests/test_cli_help.py`` checks that every text of every
command is here and that every key is still used.
"""

from __future__ import annotations

__all__ = ["HELP"]

HELP: dict[str, str] = {
    # argparse's own headings and the examples block
    "positional arguments": "argumenten",
    "options": "opties",
    "examples:": "voorbeelden:",
    # tocgraph
    "Theory-of-Change graphs: check a ToC, see which goals an activity carries.": (
        "Grafen van veranderingstheorieën (ToC): controleer een ToC, zie welke doelen op een "
        "activiteit steunen."
    ),
    (
        "A file named '-' is standard input. Exit codes: 0 ok, 1 findings, 2 invalid input or "
        "usage."
    ): (
        "Een bestand met de naam '-' is de standaardinvoer. Afsluitcodes: 0 ok, 1 "
        "bevindingen, 2 ongeldige invoer of onjuist gebruik."
    ),
    "show this help message and exit": "toon deze hulptekst en stop",
    "show the version and exit": "toon de versie en stop",
    (
        "language of the help, the messages and the output of the command that follows "
        "(default: $TOCGRAPH_LANG, else en)"
    ): (
        "taal van de hulptekst, de meldingen en de uitvoer van de opdracht die volgt "
        "(standaard: $TOCGRAPH_LANG, anders en)"
    ),
    "check ToC, change-request and policy files": (
        "controleer ToC-bestanden, wijzigingsverzoeken en beleidsbestanden"
    ),
    "what if activities stop, a partner drops out, or an assumption fails?": (
        "wat als activiteiten stoppen, een partner wegvalt of een aanname geen stand houdt?"
    ),
    "single points of failure, and the activities whose loss costs most": (
        "kritieke activiteiten, en de activiteiten waarvan het wegvallen het meest kost"
    ),
    "compare two versions of a ToC": "vergelijk twee versies van een ToC",
    "apply a change request and write its justification for the ministry": (
        "pas een wijzigingsverzoek toe en schrijf de onderbouwing ervan voor het ministerie"
    ),
    "draw a ToC, or a what-if scenario on it, as SVG, PNG, DOT or Mermaid": (
        "teken een ToC, of een wat-als-scenario daarop, als SVG, PNG, DOT of Mermaid"
    ),
    "one self-contained HTML page for a ToC, with a live what-if": (
        "één op zichzelf staande HTML-pagina voor een ToC, met een interactieve wat-als-analyse"
    ),
    "all alliances together: statuses, goals, subsidy, shared partners, policy coverage": (
        "alle allianties samen: statussen, doelen, subsidie, gedeelde partners, dekking van "
        "het beleid"
    ),
    "a ToC as a workbook (xlsx, CSV) or a graph file (GraphML, GEXF, Kumu)": (
        "een ToC als werkboek (xlsx, CSV) of als graafbestand (GraphML, GEXF, Kumu)"
    ),
    "a workbook (xlsx, or a folder of CSV files) as a ToC YAML file": (
        "een werkboek (xlsx, of een map met CSV-bestanden) als YAML-bestand met een ToC"
    ),
    "a change-request draft from a progress sheet of activity statuses": (
        "een concept-wijzigingsverzoek uit een voortgangsblad met de status van activiteiten"
    ),
    "start a new ToC: a commented example, a change-request template, the schemas": (
        "begin een nieuwe ToC: een voorbeeld met commentaar, een sjabloon voor een "
        "wijzigingsverzoek, de schema's"
    ),
    "print the JSON Schema of ToC, change-request or policy files, for editors": (
        "toon het JSON Schema van ToC-bestanden, wijzigingsverzoeken of beleidsbestanden, "
        "voor editors"
    ),
    # tocgraph check
    (
        "Check every tocgraph file named, by its header: a ToC is validated and assessed "
        "(verdict, margin and single points of failure of every goal and outcome); a change "
        "request is applied to its baseline ToC and reviewed; a policy file is validated. A "
        "folder stands for its .yaml and .yml files; '-' reads standard input."
    ): (
        "Controleer elk genoemd tocgraph-bestand, herkend aan zijn kop: een ToC wordt op "
        "geldigheid gecontroleerd en beoordeeld (oordeel, marge en kritieke activiteiten van "
        "elk doel en elke outcome); een wijzigingsverzoek wordt toegepast op zijn "
        "uitgangs-ToC en getoetst; een beleidsbestand wordt op geldigheid gecontroleerd. Een "
        "map staat voor de .yaml- en .yml-bestanden erin; '-' leest de standaardinvoer."
    ),
    (
        "Exit codes: 0 ok; 1 a change request costs a goal its support, or warnings with "
        "--strict; 2 a file is invalid, or usage."
    ): (
        "Afsluitcodes: 0 ok; 1 door een wijzigingsverzoek verliest een doel zijn steun, of "
        "waarschuwingen met --strict; 2 een bestand is ongeldig, of onjuist gebruik."
    ),
    "files or folders; '-' for standard input": "bestanden of mappen; '-' voor standaardinvoer",
    "print JSON instead of text": "geef JSON in plaats van tekst",
    "language of the report (default: $TOCGRAPH_LANG, else en)": (
        "taal van het rapport (standaard: $TOCGRAPH_LANG, anders en)"
    ),
    "exit 1 when there are warnings": "afsluitcode 1 als er waarschuwingen zijn",
    "the folder a change request's baseline ToC must be inside (default: the current folder)": (
        "de map waarin de uitgangs-ToC van een wijzigingsverzoek moet staan (standaard: de "
        "huidige map)"
    ),
    (
        "look at the ToC as on DATE (YYYY-MM-DD, or 'today'): later measurements are left out, "
        "and running activities past their end date are warned about"
    ): (
        "bekijk de ToC zoals op DATE (YYYY-MM-DD, of 'vandaag'): latere metingen blijven "
        "buiten beschouwing, en voor lopende activiteiten voorbij hun einddatum volgt een "
        "waarschuwing"
    ),
    "read YAML files of up to N bytes (default 5242880, 5 MB)": (
        "lees YAML-bestanden tot N bytes (standaard 5242880, 5 MB)"
    ),
    # tocgraph impact
    (
        "Assess the ToC with the named activities stopped, every activity of the named partners "
        "stopped, or the named assumptions failing, and show what changes. FILE '-' reads "
        "standard input."
    ): (
        "Beoordeel de ToC als de genoemde activiteiten zijn stopgezet, alle activiteiten van "
        "de genoemde partners zijn stopgezet of de genoemde aannames geen stand houden, en "
        "toon wat er verandert. FILE '-' leest de standaardinvoer."
    ),
    (
        "Exit codes: 0 ok; 2 invalid input or usage, or an unknown activity, partner or assumption."
    ): (
        "Afsluitcodes: 0 ok; 2 ongeldige invoer of onjuist gebruik, of een onbekende "
        "activiteit, partner of aanname."
    ),
    "a ToC file, or '-' for standard input": "een ToC-bestand, of '-' voor standaardinvoer",
    "activities to stop": "stop te zetten activiteiten",
    "partners that drop out (all their activities stop)": (
        "partners die wegvallen (al hun activiteiten stoppen)"
    ),
    "named assumptions that fail (the links that name them carry nothing)": (
        "benoemde aannames die geen stand houden (de verbanden die ze noemen, dragen niets bij)"
    ),
    # tocgraph critical
    (
        "For every goal its single points of failure; then every activity ranked by what its "
        "loss alone costs the goals: where monitoring should look first. FILE '-' reads standard "
        "input."
    ): (
        "Per doel de kritieke activiteiten; daarna alle activiteiten, gerangschikt naar wat "
        "het wegvallen van alleen die activiteit de doelen kost: daar moet de monitoring het "
        "eerst naar kijken. FILE '-' leest de standaardinvoer."
    ),
    "Exit codes: 0 ok; 2 invalid input or usage.": (
        "Afsluitcodes: 0 ok; 2 ongeldige invoer of onjuist gebruik."
    ),
    # tocgraph diff
    (
        "Nodes added, removed and changed (field by field), links added and removed, and the "
        "effect on every goal, outcome and output. Ids are identities: renames are not guessed. "
        "Either file may be '-', standard input."
    ): (
        "Toegevoegde, verwijderde en gewijzigde onderdelen (per veld), toegevoegde en "
        "verwijderde verbanden, en de gevolgen voor elk doel, elke outcome en elke output. "
        "Id's bepalen de identiteit: hernoemingen worden niet geraden. Een van beide "
        "bestanden mag '-' zijn, de standaardinvoer."
    ),
    "the earlier version (a ToC file, or '-')": "de eerdere versie (een ToC-bestand, of '-')",
    "the later version (a ToC file, or '-')": "de latere versie (een ToC-bestand, of '-')",
    # tocgraph change-request
    (
        "Apply a change request (wijzigingsverzoek) to its baseline ToC and write a "
        "justification document: per change its rationale and effect, goals before and after, "
        "and the findings an account holder must see. CR '-' reads standard input; its toc: is "
        "then a path from the current folder."
    ): (
        "Pas een wijzigingsverzoek toe op zijn uitgangs-ToC en schrijf een "
        "onderbouwingsdocument: per wijziging de onderbouwing en de gevolgen, de doelen vóór "
        "en na, en de bevindingen die een accounthouder moet zien. CR '-' leest de "
        "standaardinvoer; het veld toc: is dan een pad ten opzichte van de huidige map."
    ),
    (
        "Exit codes: 0 no goal loses its support, 1 some goal that was potentially effective is "
        "not any more, 2 invalid input or usage."
    ): (
        "Afsluitcodes: 0 geen doel verliest zijn steun, 1 een doel dat potentieel effectief "
        "was, is dat niet meer, 2 ongeldige invoer of onjuist gebruik."
    ),
    "a change-request file, or '-'": "een bestand met een wijzigingsverzoek, of '-'",
    "the folder its baseline ToC must be inside (default: the current folder)": (
        "de map waarin zijn uitgangs-ToC moet staan (standaard: de huidige map)"
    ),
    (
        "a policy file whose triage rules say whether a formal request to the subsidy office is "
        "needed or a change of the annual plan suffices"
    ): (
        "een beleidsbestand waarvan de triageregels bepalen of een formeel verzoek bij de "
        "subsidieverstrekker nodig is of een aanpassing van het jaarplan volstaat"
    ),
    "write to OUT instead of stdout; never the change request or its baseline": (
        "schrijf naar OUT in plaats van stdout; nooit naar het wijzigingsverzoek of zijn "
        "uitgangs-ToC"
    ),
    "md (default), json, or html: one self-contained page with an SVG diagram": (
        "md (standaard), json of html: één op zichzelf staande pagina met een SVG-diagram"
    ),
    "leave the diagram out of the report": "laat het diagram weg uit het rapport",
    # tocgraph render
    (
        "Draw a ToC with verdicts, activity statuses, single points of failure and a legend. "
        "With --stop or --partner the picture shows that scenario and marks what changed. SVG "
        "and PNG need a layout program: the system 'dot', else graphviz-pure (installed with "
        "tocgraph); without one the .dot file is written. FILE '-' reads standard input."
    ): (
        "Teken een ToC met oordelen, statussen van activiteiten, kritieke activiteiten en "
        "een legenda. Met --stop of --partner toont de afbeelding dat scenario en markeert "
        "zij wat er is veranderd. SVG en PNG hebben een layoutprogramma nodig: 'dot' van het "
        "systeem, anders graphviz-pure (geïnstalleerd met tocgraph); zonder layoutprogramma "
        "wordt het .dot-bestand geschreven. FILE '-' leest de standaardinvoer."
    ),
    (
        "Output: -o OUT, or '-' for stdout. Without -o, dot and mmd go to stdout and svg and png "
        "to <toc-id>.<format> in the current folder. Exit codes: 0 ok, 2 invalid input or usage, "
        "an unknown scenario id or partner, or no picture could be made."
    ): (
        "Uitvoer: -o OUT, of '-' voor stdout. Zonder -o gaan dot en mmd naar stdout en svg "
        "en png naar <toc-id>.<format> in de huidige map. Afsluitcodes: 0 ok, 2 ongeldige "
        "invoer of onjuist gebruik, een onbekend scenario-id of onbekende partner, of er kon "
        "geen afbeelding worden gemaakt."
    ),
    "output file, or '-' for stdout; never one of the inputs": (
        "uitvoerbestand, of '-' voor stdout; nooit een van de invoerbestanden"
    ),
    "output format (default: from OUT's suffix, else svg)": (
        "uitvoerformaat (standaard: volgens de extensie van OUT, anders svg)"
    ),
    "named assumptions that fail (their links are drawn broken)": (
        "benoemde aannames die geen stand houden (hun verbanden worden onderbroken getekend)"
    ),
    "language of the picture (default: $TOCGRAPH_LANG, else en)": (
        "taal van de afbeelding (standaard: $TOCGRAPH_LANG, anders en)"
    ),
    "LR: activities left, goals right (default); TB: goals on top": (
        "LR: activiteiten links, doelen rechts (standaard); TB: doelen bovenaan"
    ),
    "box activities per partner or strategy": (
        "groepeer activiteiten in kaders per partner of strategie"
    ),
    # tocgraph report
    (
        "Write one HTML file with the diagram, every node's verdict, rule, margin and single "
        "points of failure, the activities and the warnings. In a browser, clicking activities "
        "or partners stops them in a scenario and every number updates; the page loads nothing "
        "from the network."
    ): (
        "Schrijf één HTML-bestand met het diagram, per onderdeel het oordeel, de vereiste, "
        "de marge en de kritieke activiteiten, de activiteiten en de waarschuwingen. Een "
        "klik op activiteiten of partners in een browser zet ze stop in een scenario en "
        "werkt elk getal bij; de pagina laadt niets via het netwerk."
    ),
    (
        "Output: -o OUT, or '-' for stdout; without -o, FILE's name with .html in the current "
        "folder. Exit codes: 0 ok, 2 invalid input or usage."
    ): (
        "Uitvoer: -o OUT, of '-' voor stdout; zonder -o de naam van FILE met .html in de "
        "huidige map. Afsluitcodes: 0 ok, 2 ongeldige invoer of onjuist gebruik."
    ),
    "output file, or '-' for stdout; never the input": (
        "uitvoerbestand, of '-' voor stdout; nooit het invoerbestand"
    ),
    "language of the page (default: $TOCGRAPH_LANG, else en)": (
        "taal van de pagina (standaard: $TOCGRAPH_LANG, anders en)"
    ),
    "leave the SVG diagram out of the page": "laat het SVG-diagram weg uit de pagina",
    # tocgraph portfolio
    (
        "Every ToC in a directory together, against the policy file's aims and domains; with "
        "--partner, what happens in every alliance when those drop out."
    ): (
        "Alle ToC's in een map samen, getoetst aan de beleidsdoelen en domeinen uit het "
        "beleidsbestand; met --partner: wat er in elke alliantie gebeurt als die partners "
        "wegvallen."
    ),
    "Exit codes: 0 ok; 1 findings (--strict); 2 invalid input or usage.": (
        "Afsluitcodes: 0 ok; 1 bevindingen (--strict); 2 ongeldige invoer of onjuist gebruik."
    ),
    "a directory of ToC files": "een map met ToC-bestanden",
    (
        "the policy file, or '-' for standard input; default: DIR/policy.yaml, else the one "
        "policy file in DIR"
    ): (
        "het beleidsbestand, of '-' voor standaardinvoer; standaard: DIR/policy.yaml, anders "
        "het enige beleidsbestand in DIR"
    ),
    "drop-outs": "partners die wegvallen",
    "text (default), json (the same as --json), or html: one self-contained page": (
        "text (standaard), json (hetzelfde als --json) of html: één op zichzelf staande pagina"
    ),
    "write to OUT instead of stdout; never one of the inputs": (
        "schrijf naar OUT in plaats van stdout; nooit naar een van de invoerbestanden"
    ),
    "exit 1 when there are findings": "afsluitcode 1 als er bevindingen zijn",
    (
        "count monitoring coverage (outcomes with an indicator measured in the 12 months up to "
        "DATE) on DATE: YYYY-MM-DD, or 'today' (the default)"
    ): (
        "bepaal de dekking van de monitoring (outcomes met een indicator gemeten in de 12 "
        "maanden tot en met DATE) op DATE: YYYY-MM-DD, of 'vandaag' (standaard)"
    ),
    # tocgraph export
    (
        "Write a ToC as a workbook with sheets ToC, Nodes and Links (xlsx, or a folder with one "
        "CSV file per sheet), or as a graph file for yEd, Gephi or Kumu with each node's "
        "verdict, margin, rule, status, partner and strategy. Text that could be taken for a "
        "formula is written as text. See docs/spreadsheets.md."
    ): (
        "Schrijf een ToC als werkboek met de bladen ToC, Nodes en Links (xlsx, of een map "
        "met één CSV-bestand per blad), of als graafbestand voor yEd, Gephi of Kumu met per "
        "onderdeel het oordeel, de marge, de vereiste, de status, de partner en de "
        "strategie. Tekst die voor een formule kan worden aangezien, wordt als tekst "
        "geschreven. Zie docs/spreadsheets.md."
    ),
    (
        "Output: -o OUT (csv: a folder, made if missing), or '-' for stdout (not for csv); "
        "without -o, FILE's name with the format's suffix in the current folder. Exit codes: 0 "
        "ok, 2 invalid input or usage."
    ): (
        "Uitvoer: -o OUT (csv: een map, die zo nodig wordt aangemaakt), of '-' voor stdout "
        "(niet voor csv); zonder -o de naam van FILE met de extensie van het formaat in de "
        "huidige map. Afsluitcodes: 0 ok, 2 ongeldige invoer of onjuist gebruik."
    ),
    "a ToC file, or '-'": "een ToC-bestand, of '-'",
    "the output format": "het uitvoerformaat",
    "output path": "uitvoerpad",
    "language of the messages (default: $TOCGRAPH_LANG, else en)": (
        "taal van de meldingen (standaard: $TOCGRAPH_LANG, anders en)"
    ),
    # tocgraph import
    (
        "Read a workbook in the format 'tocgraph export' writes (English or Dutch sheet names "
        "and headers) and write the ToC as YAML. Every problem is reported at its cell, e.g. "
        "book.xlsx:Links!B7. See docs/spreadsheets.md."
    ): (
        "Lees een werkboek in het formaat dat 'tocgraph export' schrijft (Engelse of "
        "Nederlandse bladnamen en kolomkoppen) en schrijf de ToC als YAML. Elk probleem "
        "wordt gemeld bij zijn cel, bijvoorbeeld book.xlsx:Links!B7. Zie "
        "docs/spreadsheets.md."
    ),
    (
        "Output: -o OUT, or '-' (the default) for stdout. Exit codes: 0 ok, 2 invalid input or "
        "usage."
    ): (
        "Uitvoer: -o OUT, of '-' (standaard) voor stdout. Afsluitcodes: 0 ok, 2 ongeldige "
        "invoer of onjuist gebruik."
    ),
    "an .xlsx file or CSV folder": "een .xlsx-bestand of een CSV-map",
    "the YAML file": "het YAML-bestand",
    # tocgraph status-update
    (
        "Read a progress sheet (columns id, status, explanation; English or Dutch) and write a "
        "change-request draft with one change per activity whose status differs from the ToC: "
        "stop for stopped, modify otherwise, the explanation as rationale. The ToC itself is "
        "never changed."
    ): (
        "Lees een voortgangsblad (kolommen id, status, explanation; Engels of Nederlands) en "
        "schrijf een concept-wijzigingsverzoek met één wijziging per activiteit waarvan de "
        "status afwijkt van de ToC: stop bij stopgezet, anders modify, met de toelichting "
        "als onderbouwing. De ToC zelf wordt nooit gewijzigd."
    ),
    (
        "Output: -o OUT, or '-' (the default) for stdout. When no status differs nothing is "
        "written. Exit codes: 0 ok, 2 invalid input or usage."
    ): (
        "Uitvoer: -o OUT, of '-' (standaard) voor stdout. Als geen enkele status afwijkt, "
        "wordt er niets geschreven. Afsluitcodes: 0 ok, 2 ongeldige invoer of onjuist "
        "gebruik."
    ),
    "the ToC file": "het ToC-bestand",
    "an .xlsx or .csv progress sheet": "een .xlsx- of .csv-voortgangsblad",
    "the draft file": "het conceptbestand",
    "of CSV files (default utf-8, which also reads UTF-16 with its byte-order mark); "
    "windows-1252 for a file Excel saved as plain 'CSV'": (
        "van CSV-bestanden (standaard utf-8, dat ook UTF-16 met bytevolgordeteken leest); "
        "windows-1252 voor een bestand dat Excel als gewone 'CSV' opsloeg"
    ),
    # tocgraph init
    (
        "Write a commented starter ToC (DIR/toc.yaml), a change-request template "
        "(DIR/change-requests/example.yaml) and the JSON Schemas their first lines name "
        "(DIR/schemas/), so an editor checks both files as you type. Existing files are never "
        "overwritten."
    ): (
        "Schrijf een start-ToC met commentaar (DIR/toc.yaml), een sjabloon voor een "
        "wijzigingsverzoek (DIR/change-requests/example.yaml) en de JSON Schema's die hun "
        "eerste regels noemen (DIR/schemas/), zodat een editor beide bestanden controleert "
        "terwijl u typt. Bestaande bestanden worden nooit overschreven."
    ),
    (
        "Exit codes: 0 written, 2 a file already exists or cannot be written (nothing is written "
        "then)."
    ): (
        "Afsluitcodes: 0 geschreven, 2 een bestand bestaat al of kan niet worden geschreven "
        "(er wordt dan niets geschreven)."
    ),
    "the folder to write to (made if needed)": (
        "de map om in te schrijven (wordt zo nodig aangemaakt)"
    ),
    "language of the starter files (default: $TOCGRAPH_LANG, else en)": (
        "taal van de startbestanden (standaard: $TOCGRAPH_LANG, anders en)"
    ),
    # tocgraph schema
    (
        "Print the JSON Schema (draft 2020-12) of a kind of tocgraph file, made from the "
        "installed version of tocgraph. Save it next to your files and bind it in your editor "
        "(see docs/editors.md): keys are completed and wrong keys and types are marked as you "
        "type. Each schema's $id is a stable identifier, "
        "https://tocgraph.dev/schema/v1/<kind>.json; it is never fetched."
    ): (
        "Toon het JSON Schema (draft 2020-12) van een soort tocgraph-bestand, gemaakt op "
        "basis van de geïnstalleerde versie van tocgraph. Sla het op naast uw bestanden en "
        "koppel het in uw editor (zie docs/editors.md): sleutels worden aangevuld, en "
        "verkeerde sleutels en typen worden gemarkeerd terwijl u typt. De $id van elk schema "
        "is een vaste identificatie, https://tocgraph.dev/schema/v1/<kind>.json; die wordt "
        "nooit opgehaald."
    ),
    "Then bind it on the first line of a YAML file:": (
        "Koppel het daarna op de eerste regel van een YAML-bestand:"
    ),
    "the kind of file": "de soort bestand",
}
