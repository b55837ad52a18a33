"""De Nederlandse teksten van meldingen (TOC0xx-5xx), per sleutel.

Dezelfde sleutels en plaatshouders als :mod:`tocgraph.i18n.diagnostics_en`.
Waarden uit het bestand van de gebruiker (ids, sleutels, statussen) blijven
zoals ze zijn; de woorden eromheen zijn Nederlands.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    # --- shared hint parts ---
    "dh.did_you_mean": "bedoelde u {name!r}?",
    "dh.known": "bekende {label}: {names}",
    "dh.known_more": "bekende {label}: {names} (en {more} andere)",
    "dh.known_none": "bekende {label}: geen",
    "dh.kinds.output_outcome_goal": "outputs, outcomes of doelen",
    "dh.kinds.outcome_goal": "outcomes of doelen",
    "dh.label.partners": "partners",
    "dh.label.ids": "id's",
    # --- graph rules (TOC2xx) ---
    "d.TOC201": "id {id!r} komt meer dan eens voor",
    "dh.TOC201": "elk id mag maar één keer voorkomen, op alle niveaus samen; {id!r} is al gebruikt",
    "dh.TOC201.line": (
        "elk id mag maar één keer voorkomen, op alle niveaus samen; "
        "{id!r} is al gebruikt (regel {line})"
    ),
    "d.TOC202": "onbekend onderdeel {to!r} in contributes_to van {node!r}",
    "d.TOC203": "{kind} {node!r} kan niet bijdragen aan {target_kind} {target!r}",
    "dh.TOC203.activity": (
        "een activiteit kan bijdragen aan een output, outcome of doel; "
        "verbanden wijzen omhoog, van activiteiten naar doelen"
    ),
    "dh.TOC203.output": (
        "een output kan bijdragen aan een outcome of doel; "
        "verbanden wijzen omhoog, van activiteiten naar doelen"
    ),
    "dh.TOC203.outcome": (
        "een outcome kan bijdragen aan een andere outcome of een doel; "
        "verbanden wijzen omhoog, van activiteiten naar doelen"
    ),
    "d.TOC204": "kringverwijzing: {cycle}",
    "dh.TOC204": (
        "een ToC mag niet naar zichzelf terugverwijzen; verwijder een van deze verbanden"
    ),
    "d.TOC205": "{node!r} vraagt {requires} bijdragen (requires), maar heeft er {count}",
    "dh.TOC205": "gebruik een getal van 1 tot en met {count}, of 'any' of 'all'",
    "dh.TOC205.none": (
        "verbind eerst onderdelen met dit onderdeel via contributes_to, of gebruik 'any'"
    ),
    "d.TOC206": "activiteit {node!r} noemt partner {partner!r}, die niet in partners staat",
    "d.TOC207": "{node!r} noemt {to!r} meer dan eens in contributes_to",
    "dh.TOC207": "verwijder het dubbele verband; elk verband telt één keer",
    "d.TOC208": "de penvoerder (lead) {lead!r} is niet een van de partners",
    "dh.TOC208": "voeg de penvoerder toe aan partners",
    # --- change requests (TOC5xx) ---
    "d.TOC502": "wijziging {change} noemt {id!r}, maar dat staat niet in de ToC",
    "d.TOC502.gone": "wijziging {change} noemt {id!r}, maar dat staat niet (meer) in de ToC",
    "d.TOC503": "{id!r} staat al in de ToC",
    "dh.TOC503": "kies een nieuw id, of gebruik 'modify' om het bestaande onderdeel te wijzigen",
    "d.TOC504.id": "het id van een onderdeel kan niet worden gewijzigd",
    "dh.TOC504.id": "verwijder het onderdeel en voeg een nieuw onderdeel toe",
    "d.TOC504.goal": "een doel heeft geen veld {key!r} om in te stellen",
    "d.TOC504.outcome": "een outcome heeft geen veld {key!r} om in te stellen",
    "d.TOC504.output": "een output heeft geen veld {key!r} om in te stellen",
    "d.TOC504.activity": "een activiteit heeft geen veld {key!r} om in te stellen",
    "dh.TOC504": "beschikbare velden: {fields}",
    "d.TOC505.goal": "{id!r} is een doel; alleen activiteiten kunnen worden stopgezet",
    "d.TOC505.outcome": "{id!r} is een outcome; alleen activiteiten kunnen worden stopgezet",
    "d.TOC505.output": "{id!r} is een output; alleen activiteiten kunnen worden stopgezet",
    "dh.TOC505": "gebruik 'remove' om een doel, outcome of output uit de ToC te halen",
    "d.TOC507": "wijziging {change} verwijdert {id!r}, het laatste doel van de ToC",
    "dh.TOC507": (
        "een ToC moet minstens één doel bevatten; voeg het nieuwe doel toe in een eerdere wijziging"
    ),
    # --- structure (TOC1xx) ---
    "dh.top_level": "het bestand (hoogste niveau)",
    "d.TOC101": "onbekende sleutel {key!r} in {where}",
    "dh.TOC101": "toegestane sleutels: {keys}",
    "d.TOC102.link": ("{at}: verwacht een id of de sleutels 'to' en 'assumption', maar vond {got}"),
    "dh.TOC102.link": "schrijf '- O1' of '- {{to: O1, assumption: ...}}'",
    "dh.TOC102.link_number": "een id begint met een letter (O2, niet 02): YAML las een getal",
    "d.TOC102.slug": "{at}: {got} is geen geldig {name}",
    "dh.TOC102.slug": "gebruik kleine letters, cijfers en koppeltekens, bijvoorbeeld {example!r}",
    "dh.slug.toc": "ToC-id",
    "dh.slug.policy": "beleids-id",
    "d.TOC102.id": "{at}: {got} is geen geldig id",
    "dh.TOC102.id": (
        "begin met een letter of cijfer; daarna letters, cijfers, '_', '.' of '-' "
        "(bijvoorbeeld 'A1')"
    ),
    "d.TOC102.mapping": "{at}: verwacht sleutels met waarden, maar vond {got}",
    "d.TOC102.empty": "{at}: mag niet leeg zijn",
    "dh.TOC102.empty_list": "geef minstens één item, of laat de sleutel weg",
    "dh.TOC102.empty_text": "schrijf een tekst, of laat de sleutel weg",
    "d.TOC102.period": "{at}: de periode eindigt ({end}) voordat zij begint ({start})",
    "dh.TOC102.period": "controleer de datums; 'end' komt na 'start'",
    "d.TOC102.expected": "{at}: verwacht {expected}, maar vond {got}",
    "dh.expected.text": "tekst",
    "dh.expected.int": "een geheel getal",
    "dh.expected.bool": "true of false",
    "dh.expected.number": "een getal",
    "dh.expected.date": "een datum zoals 2024-01-31",
    "dh.expected.date_only": "een datum zoals 2024-01-31, zonder tijd",
    "dh.expected.list": "een lijst",
    "d.TOC102.requires_bool": (
        "{at}: requires moet 'any', 'all' of een geheel getal zijn, geen ja/nee-waarde "
        "(gevonden: {got})"
    ),
    "d.TOC102.requires": (
        "{at}: requires moet 'any', 'all' of een geheel getal zijn (gevonden: {got})"
    ),
    "d.TOC102.reason": "{at}: {reason} (gevonden: {got})",
    "d.TOC102.too_long": "{at}: langer dan {limit} tekens",
    "dh.TOC102.too_long": "maak het korter; details horen in 'description'",
    "d.TOC102.negative": "{at}: mag niet negatief zijn (gevonden: {got})",
    "d.TOC102.literal": "{at}: verwacht {expected}, maar vond {got}",
    "d.TOC102.invalid": "{at}: ongeldige waarde (gevonden: {got})",
    "dh.TOC102.yes_no": (
        "dit is een ja/nee-waarde; zet de tekst tussen aanhalingstekens, "
        "bijvoorbeeld {field}: '{word}'"
    ),
    "dh.TOC102.number_text": (
        "dit is een getal; zet de tekst tussen aanhalingstekens, bijvoorbeeld {field}: '2024'"
    ),
    "dh.TOC102.empty_value": "de waarde is leeg; schrijf een tekst, of laat de sleutel weg",
    "dh.TOC102.int_quoted": "schrijf het getal zonder aanhalingstekens, bijvoorbeeld 100000",
    "dh.TOC102.int_bool": "schrijf een getal, niet true of false",
    "dh.TOC102.bool_quoted": "schrijf true of false, zonder aanhalingstekens",
    "dh.TOC102.date": "schrijf de datum als JJJJ-MM-DD, zonder aanhalingstekens",
    "dh.TOC102.day_first": "bedoelde u {date}? Schrijf de datum als JJJJ-MM-DD",
    "dh.TOC102.requires_k": (
        "schrijf requires: {k} (de bijdragende onderdelen worden geteld uit de verbanden)"
    ),
    "dh.TOC102.requires_word": "schrijf requires: {value}",
    "dh.TOC102.requires": (
        "schrijf any (één bijdragend onderdeel volstaat), all (ze zijn allemaal nodig) of een "
        "getal, bijvoorbeeld requires: 2"
    ),
    "dh.TOC102.day_number": (
        "{value} is hoe een spreadsheet de dag {date} telt: geef de cel de opmaak datum, of "
        "schrijf {date}"
    ),
    "dh.TOC102.no_such_day": "die dag bestaat niet: controleer de maand (1 tot 12) en de dag",
    "d.TOC103": "verplicht veld {field!r} ontbreekt in {where}",
    "dh.TOC103.tocgraph": "zet 'tocgraph: 1' op de eerste regel",
    "dh.TOC103.tocgraph-policy": "zet 'tocgraph-policy: 1' op de eerste regel",
    "dh.TOC103.tocgraph-change": "zet 'tocgraph-change: 1' op de eerste regel",
    "dh.TOC103.id": "elk onderdeel heeft een id nodig, bijvoorbeeld 'id: A1'",
    "dh.TOC103.title": "voeg een korte titel toe",
    "dh.TOC103.goals": "een ToC heeft minstens één doel nodig",
    "dh.TOC103.to": "een uitgeschreven verband heeft 'to: <id>' nodig",
    "d.too_short.goals": "goals: een ToC heeft minstens één doel nodig",
    "dh.too_short.goals": "voeg een doel toe onder 'goals:'",
    "d.too_short.aims": "aims: een beleidskader heeft minstens één beleidsdoel nodig",
    "dh.too_short.aims": (
        "voeg een beleidsdoel toe onder 'aims:', bijvoorbeeld "
        "'- {{id: gender-equality, title: Gendergelijkheid}}'"
    ),
    "d.too_short.changes": "changes: een wijzigingsverzoek heeft minstens één wijziging nodig",
    "dh.too_short.changes": "voeg een wijziging toe onder 'changes:', bijvoorbeeld '- stop: A3'",
    "d.TOC105": "onbekende status {value} voor activiteit {node!r}",
    "dh.TOC105": "gebruik een van: {dutch} (ook toegestaan: {more}; of in het Engels: {statuses})",
    "dh.TOC105.two_meanings": (
        "{word!r} kan gestopt of afgerond betekenen: schrijf gestopt (stopped) of afgerond "
        "(achieved)"
    ),
    "d.TOC106": "onbekende interventiestrategie {value} voor activiteit {node!r}",
    "dh.use_one_of": "gebruik een van: {choices}",
    "d.TOC203.goal": "doel {node!r} heeft contributes_to, maar doelen verwijzen nergens naar",
    "dh.TOC203.goal": (
        "doelen staan bovenaan in de ToC; verbind in plaats daarvan outcomes met het doel"
    ),
    # --- reading the file and YAML (TOC0xx) ---
    "d.TOC001.nul": "de bestandsnaam bevat een NUL-teken",
    "d.TOC001.empty": "de bestandsnaam is leeg",
    "dh.TOC001.yaml": "geef het pad van een .yaml-bestand",
    "d.TOC001.directory": "dit is een map, geen bestand",
    "d.TOC001.missing": "dit bestand bestaat niet",
    "d.TOC001.unreadable": "het bestand kan niet worden gelezen: {reason}",
    "d.TOC001.name": (
        "de bestandsnaam kan op dit systeem niet worden gebruikt (het is geen geldige tekst)"
    ),
    "dh.TOC001.rename": "geef het bestand een andere naam",
    "d.TOC001.irregular": (
        "dit is geen gewoon bestand (maar bijvoorbeeld een pipe, socket of apparaatbestand)"
    ),
    "d.TOC001.no_stdin": "er is geen standaardinvoer om te lezen",
    "d.TOC002.more": "de invoer is groter dan de grens van {limit} bytes",
    "d.TOC002": "het bestand is {size} bytes; de grens is {limit} bytes",
    "dh.TOC002": (
        "een ToC-bestand is hooguit een paar honderd kilobytes; "
        "controleer of dit het juiste bestand is "
        "(is het dat, verhoog dan de grens met --max-bytes N)"
    ),
    "d.TOC003.utf16": "het bestand is opgeslagen als UTF-16, niet als UTF-8",
    "d.TOC003.binary": "dit is een binair bestand, geen YAML-tekst (het bevat een NUL-byte)",
    "dh.TOC003.binary": "geef het pad van een .yaml-bestand dat met een teksteditor is gemaakt",
    "d.TOC003.utf8": "het bestand is geen geldige UTF-8 (byte {byte})",
    "dh.TOC003.utf8": (
        "sla het bestand op als UTF-8 (de meeste editors bieden dat bij 'Opslaan als')"
    ),
    "d.TOC003.surrogate": "de tekst bevat een los surrogaatteken {char}; dat is geen geldige UTF-8",
    "dh.TOC003.surrogate": "de tekst is verkeerd gedecodeerd; lees het bestand als UTF-8",
    "d.TOC003.control": "het stuurteken {char} is niet toegestaan in YAML-tekst",
    "dh.TOC003.control": (
        "verwijder het teken; het komt vaak mee bij het kopiëren van tekst uit een pdf"
    ),
    "d.TOC004": "fout in de YAML-opmaak: {detail}",
    "dh.TOC004": "controleer het inspringen en of na elke ':' een spatie staat",
    "d.TOC004.no_space": "een ':' zonder spatie erna begint geen waarde",
    "dh.TOC004.no_space": "zet een spatie na de ':', bijvoorbeeld 'title: Onderzoek'",
    "d.TOC004.neither": "deze regel is geen 'sleutel: waarde' en ook geen lijstitem",
    "dh.TOC004.neither": "begin een lijstitem met '- ', of schrijf 'sleutel: waarde'",
    "d.TOC004.short_key": (
        "deze sleutel springt {this} spaties in, de andere sleutels van zijn lijstitem"
        " (regel {line}) {above}"
    ),
    "dh.TOC004.short_key": (
        "laat hem {above} spaties inspringen, als de andere sleutels van dat item"
    ),
    "d.TOC004.not_item": "deze regel is geen lijstitem, maar de regels erboven wel",
    "dh.TOC004.not_item": "begin elk item van de lijst met '- ', even ver ingesprongen",
    "d.TOC004.item_indent": "dit lijstitem springt {this} spaties in, de items erboven {above}",
    "dh.TOC004.item_indent": "laat elk item van een lijst even ver inspringen als het eerste",
    "d.TOC004.further": (
        "deze regel springt verder in ({this} spaties) dan de sleutel erboven ({above})"
    ),
    "dh.TOC004.further": "laat hem even ver inspringen als de sleutel erboven, met spaties",
    "d.TOC004.curly": (
        "de waarde staat tussen gekrulde aanhalingstekens, die YAML niet als aanhalingstekens leest"
    ),
    "dh.TOC004.curly": (
        'gebruik gewone aanhalingstekens (" of \'), bijvoorbeeld title: "Onderzoek: fase 1" '
        "(een tekstverwerker maakt er gekrulde van)"
    ),
    "d.TOC004.item_after_keys": (
        "een lijstitem volgt op sleutels met waarden, even ver ingesprongen"
    ),
    "dh.TOC004.item_after_keys": (
        "als de regels erboven ook een lijstitem zijn, begin de eerste daarvan dan met '- '"
    ),
    "dh.TOC004.quote": (
        "een waarde met ': ' erin moet tussen aanhalingstekens staan, "
        "bijvoorbeeld title: 'Onderzoek: fase 1'"
    ),
    "dh.TOC004.escape": (
        "gebruik enkele aanhalingstekens in plaats van dubbele ('C:\\map'), of schrijf de "
        "backslash twee keer"
    ),
    "dh.TOC004.unclosed_list": (
        "sluit de lijst af met ']', met een ',' tussen de items; of zet elk item op een eigen "
        "regel die met '- ' begint"
    ),
    "dh.TOC004.unclosed_mapping": (
        "sluit de groep af met '}}', met een ',' tussen de paren 'sleutel: waarde'; of zet elk "
        "paar op een eigen regel"
    ),
    "dh.TOC004.tab": (
        "spring in met spaties, niet met tabs (de meeste editors kunnen tabs omzetten in spaties)"
    ),
    "dh.TOC004.item_here": (
        "zet het item op de volgende regel, ingesprongen onder zijn sleutel, bijvoorbeeld "
        "'goals:' en op de regel daaronder '  - id: G1'"
    ),
    "dh.TOC004.no_value": "vul de waarde in, of verwijder het lege item of de losse ']' of '}}'",
    "dh.TOC004.quote_value": (
        "zet de hele waarde tussen aanhalingstekens, bijvoorbeeld title: '@thuis'"
    ),
    "dh.TOC004.directive": (
        "verwijder de regel die met '%' begint, of zet de waarde tussen aanhalingstekens"
    ),
    "dh.TOC004.block_scalar": (
        "zet de tekst tussen aanhalingstekens op één regel (title: '|x'), of begin hem op de "
        "volgende regel, ingesprongen"
    ),
    "dh.TOC004.after_end": "verwijder de regel '...' (een bestand bevat één ToC)",
    "d.TOC004.depth": "de YAML is meer dan {depth} niveaus diep genest",
    "d.TOC005": "sleutel {key!r} komt dubbel voor",
    "dh.TOC005": "de sleutel staat al op regel {line}; verwijder een van beide",
    "d.TOC005.item": (
        "sleutel {key!r} komt dubbel voor: dit lijkt een nieuw lijstitem zonder '- '"
    ),
    "dh.TOC005.item": (
        "zet '- ' voor {key!r} om een nieuw item te beginnen (de eerste {key!r} staat op "
        "regel {line}); verwijder geen van beide"
    ),
    "d.TOC006.anchor": "YAML-ankers zijn niet toegestaan (&{anchor})",
    "dh.TOC006.anchor": (
        "schrijf de waarde volledig uit; ankers en aliassen maken bestanden moeilijk te controleren"
    ),
    "d.TOC006.alias": "YAML-aliassen zijn niet toegestaan (*{anchor})",
    "dh.TOC006.alias": (
        "schrijf de waarde volledig uit; aliassen kunnen een klein bestand enorm laten uitdijen"
    ),
    "d.TOC006.merge": "YAML-samenvoegsleutels (<<) zijn niet toegestaan",
    "dh.TOC006.merge": "schrijf de sleutels volledig uit",
    "d.TOC010": "YAML leest het getal {value} als {number}",
    "dh.TOC010": (
        "een voorloopnul maakt er een octaal getal van, 1:30 betekent 90, 0x een hexadecimaal"
        " getal: schrijf 400000, niet 0400000; zet tekst tussen aanhalingstekens"
    ),
    "d.TOC007": "YAML-tag {tag!r} wordt niet ondersteund",
    "dh.TOC007": "verwijder de tag; gewone waarden zijn voldoende",
    "d.TOC007.value": "de waarde {value!r} is geen geldige !!{name}",
    "dh.TOC007.value": "verwijder de tag en schrijf de waarde gewoon uit",
    "d.TOC008.documents": "het bestand bevat meer dan één YAML-document",
    "d.TOC009": "nog {count:,} fouten niet getoond: alleen de eerste {shown} van een bestand",
    "d.TOC009.stopped": (
        "meer dan {shown} fouten: hier is het lezen gestopt, er kunnen er meer volgen"
    ),
    "dh.TOC009": (
        "verbeter de getoonde fouten (vaak één vergissing die terugkomt) en controleer opnieuw"
    ),
    "dh.TOC008.documents": "houd één ToC per bestand; verwijder de regel '---'",
    "d.TOC008.empty": "het bestand is leeg; het moet sleutels met waarden bevatten",
    "d.TOC008.type": "het bestand bevat {type} in plaats van sleutels met waarden",
    "dh.TOC008.start": "{kind} begint met {start}, helemaal links",
    "d.TOC008.kind": "dit is {declared} (eerste regel '{key}: 1') en niet {kind}",
    "dh.TOC008.command": "gebruik hiervoor '{command}'",
    "dh.doc.tocgraph": "een ToC",
    "dh.doc.tocgraph-policy": "een beleidsbestand",
    "dh.doc.tocgraph-change": "een wijzigingsverzoek",
    "d.TOC102.key": "sleutels moeten tekst zijn; deze sleutel is {type} ({key})",
    "dh.TOC102.key": "zet de sleutel tussen aanhalingstekens, of controleer het inspringen",
    "d.TOC104": "onbekende versie van het formaat: {version}",
    "d.TOC104.kind": "onbekende versie van het formaat: {version}, voor {kind}",
    "dh.TOC104": "deze versie van tocgraph leest '{key}: 1'",
    # --- change requests, reading (TOC5xx) ---
    "dh.and": "{first} en {second}",
    "d.TOC501.several": "wijziging {change} noemt {kinds}; één wijziging doet één ding",
    "d.TOC501.none": "wijziging {change} noemt geen van stop, add, modify en remove",
    "dh.TOC501": (
        "schrijf bijvoorbeeld '- stop: A3' met een regel 'rationale:'; "
        "splits samengevoegde wijzigingen"
    ),
    "d.TOC506.not_toc": "de uitgangs-ToC {path} is geen ToC-bestand",
    "d.TOC506.missing": "de uitgangs-ToC {path} bestaat niet",
    "d.TOC506.unreadable": "de uitgangs-ToC {path} kan niet worden gelezen",
    "d.TOC506.invalid": "de uitgangs-ToC {path} is niet geldig",
    "dh.TOC506": "'toc' is een pad ten opzichte van dit bestand; het wijst naar '{target}'",
    "dh.TOC506.start": "een ToC-bestand begint met 'tocgraph: 1'",
    "d.TOC508.nul": "het pad van de uitgangs-ToC {path} bevat een NUL-teken",
    "dh.TOC508.nul": "schrijf het pad van het ToC-bestand",
    "d.TOC508.absolute": "het pad van de uitgangs-ToC {path} is absoluut",
    "d.TOC508.outside": "het pad van de uitgangs-ToC {path} wijst naar buiten {folder}",
    "d.TOC508.loop": "het pad van de uitgangs-ToC {path} is een link die naar zichzelf terugleidt",
    "dh.TOC508.loop": "laat 'toc:' naar het ToC-bestand zelf wijzen, niet naar een keten van links",
    "dh.TOC508": (
        "schrijf 'toc:' als pad ten opzichte van het wijzigingsbestand, binnen {folder}; "
        "gebruik --root (root= in Python) om dat te verruimen"
    ),
    "dh.TOC508.cwd": "de huidige map",
    "dh.TOC508.wider": (
        "de ToC staat daar wel, buiten de map die tocgraph mag lezen: voeg --root {root}"
        " (root= in Python) toe, of start tocgraph vanuit de map met beide bestanden"
    ),
    # --- assumptions (TOC221-223, TOC102, and in change requests and scenarios) ---
    "dh.label.assumptions": "aannames",
    "d.TOC221": "onbekende aanname {name!r} op de verbinding van {node!r} naar {to!r}",
    "dh.TOC221.declare": "neem de aanname op onder 'assumptions:' bovenaan het bestand",
    "d.TOC222": "aanname-id {id!r} komt meer dan eens voor",
    "dh.TOC222": "elk aanname-id mag maar één keer voorkomen; {id!r} is al gebruikt",
    "dh.TOC222.line": (
        "elk aanname-id mag maar één keer voorkomen; {id!r} is al gebruikt (regel {line})"
    ),
    "d.TOC223": "aanname-id {id!r} is ook het id van een onderdeel",
    "dh.TOC223": (
        "aannames en onderdelen delen één reeks id's; geef de aanname een ander id, "
        "bijvoorbeeld {example!r}"
    ),
    "d.TOC102.assumption_status": "{at}: onbekende status {got}",
    "d.TOC102.strength": "{at}: onbekende bewijskracht (strength) {got}",
    "dh.TOC102.choices": "gebruik een van: {dutch} (of in het Engels: {choices})",
    "dh.TOC503.assumption": (
        "kies een nieuw id, of gebruik 'modify' om de bestaande aanname te wijzigen"
    ),
    "d.TOC504.assumption_id": "het id van een aanname kan niet worden gewijzigd",
    "d.TOC504.assumption": "een aanname heeft geen veld {key!r} om in te stellen",
    "d.TOC505.assumption": "{id!r} is een aanname; alleen activiteiten kunnen worden stopgezet",
    "dh.TOC505.assumption": (
        "schrijf 'modify: {id}' met 'set: {{status: fails}}' om de aanname te laten falen"
    ),
    "d.scenario.not_assumption": "{id!r} is geen aanname van deze ToC",
    "dh.scenario.no_assumptions": (
        "de ToC noemt geen aannames (zie 'assumptions:' in docs/format.md)"
    ),
    # --- labels of a diagnostic line (fout[TOC201], tip:) ---
    "dl.error": "fout",
    "dl.warning": "waarschuwing",
    "dl.hint": "tip",
    "w.TOC307": (
        "partner {first} staat er ook als {others}: ze verschillen alleen in hoofdletters, "
        "spaties of onzichtbare tekens"
    ),
    "h.TOC307": (
        "schrijf de naam overal op één manier: de wat-als van een partner die afhaakt, zet alleen "
        "de activiteiten stop waarvan de partner precies zo geschreven is"
    ),
    "w.TOC509": "wijziging {change} ({node}) heeft geen onderbouwing",
    "h.TOC509": (
        "leg onder 'rationale:' uit waarom, in termen van de ToC: wat de wijziging dient of "
        "opgeeft, en waarom de doelen binnen bereik blijven; het ministerie toetst dit voordat "
        "het de wijziging goedkeurt"
    ),
    "w.TOC405": (
        "partner {first} van {alliance} staat in {other_alliance} als {other}: het portfolio "
        "telt twee organisaties"
    ),
    "h.TOC405": (
        "schrijf de naam in elke ToC op dezelfde manier, zodat de gedeelde organisaties en het "
        "scenario van een partner die afhaakt (--partner) hem in elke alliantie vinden"
    ),
}
