"""De Nederlandse teksten van meldingen over werkmappen, CSV-bestanden en voortgangsbladen.

Afgesplitst van :mod:`tocgraph.i18n.diagnostics_nl`, zodat elke module kort blijft;
dezelfde sleutels en plaatshouders als :mod:`tocgraph.i18n.diagnostics_sheets_en`.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    "d.csv.not_utf8": "het bestand is geen UTF-8-tekst (byte {byte} op regel {line})",
    "dh.csv.not_utf8": (
        "sla het op als 'CSV UTF-8' in het spreadsheetprogramma (in Excel: Opslaan als, 'CSV UTF-8 "
        "(door komma's gescheiden)'); een bestand dat Excel als gewone 'CSV' opsloeg, wordt "
        "gelezen met --encoding windows-1252"
    ),
    "d.csv.not_windows_1252": (
        "het bestand is geen Windows-1252-tekst (byte {byte} op regel {line} staat daar voor "
        "geen teken)"
    ),
    "dh.csv.not_windows_1252": (
        "laat --encoding weg als het UTF-8 is; sla het anders op als 'CSV UTF-8' in het "
        "spreadsheetprogramma"
    ),
    "d.csv.is_unicode": "het bestand is Unicode-tekst (UTF-8 of UTF-16), geen Windows-1252",
    "dh.csv.is_unicode": "laat --encoding weg: Unicode-tekst wordt gelezen zoals hij is",
    "d.workbook.unreadable": "de werkmap kan niet worden gelezen: {reason}",
    "dh.workbook.unreadable": (
        "geef een .xlsx-bestand dat met een spreadsheetprogramma is opgeslagen, "
        "of een map met .csv-bestanden"
    ),
    "d.workbook.unknown_column": "onbekende kolom '{column}' in blad {sheet}",
    "dh.workbook.columns": (
        "toegestane kolommen: {dutch} (of in het Engels: {columns}); "
        "maak de kop van een kolom met notities leeg"
    ),
    "d.workbook.column_twice": "kolom '{column}' komt twee keer voor",
    "d.workbook.sheet_twice": "het blad '{sheet}' staat er twee keer: {first} en {second}",
    "dh.workbook.sheet_twice": (
        "verwijder er één (een Engelse en een Nederlandse naam, of een bestand van een eerdere "
        "export?)"
    ),
    "d.workbook.field_twice": "veld '{field}' komt twee keer voor in blad {sheet}",
    "dh.workbook.keep_one": "houd er één",
    "d.workbook.no_toc": "het blad 'ToC' ontbreekt",
    "dh.workbook.no_toc": "voeg een blad 'ToC' toe met veld | waarde",
    "d.workbook.unknown_field": "onbekend veld '{field}' in blad {sheet}",
    "dh.workbook.fields": "toegestane velden: {fields}",
    "d.workbook.no_nodes": "het blad 'Knopen' (of 'Nodes') ontbreekt",
    "dh.workbook.no_nodes": "voeg een blad 'Knopen' (of 'Nodes') toe",
    "d.workbook.formula": "de formule {formula} heeft geen opgeslagen waarde",
    "dh.workbook.formula": (
        "open de werkmap in een spreadsheetprogramma en sla hem op (dat bewaart de waarde van elke "
        "formule), of typ de waarde in plaats van de formule"
    ),
    "d.workbook.no_links": (
        "het blad 'Verbanden' (of 'Links') ontbreekt: geen enkel onderdeel zou verbonden zijn"
    ),
    "dh.workbook.no_links": (
        "voeg een blad 'Verbanden' toe met de kolommen van en naar, zoals export het schrijft"
    ),
    "d.workbook.no_level": "niveau ontbreekt in blad {sheet}",
    "d.workbook.level": "onbekend niveau '{level}' in blad {sheet}",
    "dh.workbook.levels": (
        "het niveau is doel, outcome (of uitkomst), output of activiteit "
        "(goal, outcome, output, activity)"
    ),
    "d.workbook.from": "onbekend onderdeel '{node}' in de kolom 'van' (from)",
    "d.workbook.no_from": "de kolom 'van' (from) van een verband is leeg",
    "dh.workbook.nodes": "bekende onderdelen: {nodes}",
    "d.workbook.goal_link": "doel '{node}' verwijst naar niets",
    "dh.workbook.goal_link": "doelen staan bovenaan",
    "d.progress.no_file": "geen voortgangsblad in deze map",
    "dh.progress.no_file": "noem een bestand progress.csv of voortgang.csv, of een .xlsx-werkboek",
    "d.progress.empty": "het voortgangsblad is leeg",
    "dh.progress.empty": "voeg regels toe met id | status",
    "d.sheet.overflow": "een waarde rechts van de laatste kolom: {value}",
    "dh.sheet.overflow": (
        'zet tekst met een komma tussen dubbele aanhalingstekens ("a, b"), of verwijder de waarde'
    ),
    "d.sheet.unknown_column": "onbekende kolom '{column}'",
    "dh.progress.columns": (
        "toegestane kolommen: activiteit, status, toelichting (id, status, explanation)"
    ),
    "d.sheet.missing_column": "kolom '{column}' ontbreekt",
    "dh.sheet.add_it": "voeg de kolom toe",
    "d.progress.not_activity": "'{node}' is geen activiteit",
    "d.progress.unknown": "'{node}' is geen activiteit van de ToC",
    "d.progress.no_id": "het id van de activiteit ontbreekt",
    "dh.progress.activities": "activiteiten: {ids}",
    "d.progress.twice": "activiteit '{node}' staat er twee keer in",
    "dh.progress.see": "zie {cell}",
    "d.progress.status": "onbekende status '{word}' voor activiteit '{node}'",
    "d.progress.long": "de toelichting bij activiteit {node!r} is langer dan {limit:,} tekens",
    "dh.progress.long": (
        "kort haar in tot hoogstens {limit:,} tekens: zij wordt de onderbouwing van de wijziging"
    ),
    "d.progress.no_status": "de status van activiteit '{node}' ontbreekt",
    "d.workbook.evidence": "onderbouwing voor onbekende aanname '{name}'",
    "d.TOC003.workbook": "dit is een werkmap (xlsx) of een ander zip-bestand, geen YAML-tekst",
    "dh.TOC003.workbook": (
        "lees een werkmap in met 'tocgraph import BESTAND -o toc.yaml' en gebruik dan toc.yaml"
    ),
    "dh.workbook.year_twice": "noem elk jaar één keer in een begrotingscel, met het hele bedrag",
    "d.csv.quote": "de aanhalingstekens in de rij die op regel {line} begint, sluiten niet",
    "dh.csv.quote": (
        "een tekst met een komma of een regeleinde staat tussen dubbele aanhalingstekens: sluit"
        ' elk aanhalingsteken, en schrijf een aanhalingsteken binnen zo\'n tekst dubbel ("")'
    ),
    "d.workbook.hidden": (
        "werkblad {sheet} is verborgen: tocgraph leest alleen wat de lezer kan zien"
    ),
    "dh.workbook.hidden": (
        "maak het werkblad zichtbaar in het spreadsheetprogramma, of verwijder het"
    ),
    "d.workbook.kind": (
        "een werkmap is een .xlsx-bestand of een map met .csv-bestanden, geen {suffix}"
    ),
    "dh.workbook.kind": (
        "sla hem op als .xlsx in het spreadsheetprogramma; een .yaml-bestand is al een ToC"
    ),
}
