"""De Nederlandse teksten van meldingen over beleidsbestanden en portfolio's (TOC4xx).

Afgesplitst van :mod:`tocgraph.i18n.diagnostics_nl`, zodat elke module kort blijft;
dezelfde sleutels en plaatshouders als :mod:`tocgraph.i18n.diagnostics_policy_en`.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    # --- policies and portfolios (TOC4xx) ---
    "d.portfolio.not_directory": "dit is geen map",
    "dh.portfolio.directory": "geef de map met de ToC-bestanden",
    "d.folder.outside": "niet gelezen: een koppeling naar een bestand buiten de map",
    "dh.folder.outside": "kopieer het bestand naar de map, of noem het op de opdrachtregel",
    "d.folder.broken_link": "niet gelezen: een koppeling naar een bestand dat niet bestaat",
    "dh.folder.broken_link": "laat de koppeling naar het ToC-bestand wijzen, of verwijder haar",
    "d.folder.not_regular": "niet gelezen: geen gewoon bestand",
    "dh.folder.not_regular": (
        "van een map worden de .yaml- en .yml-bestanden gelezen; verwijder dit item of geef "
        "het een andere naam"
    ),
    "d.portfolio.no_files": "geen .yaml-bestanden gevonden",
    "d.portfolio.policies": "de map bevat meer dan één beleidsbestand: {names}",
    "dh.portfolio.policies": "geef met --policy BESTAND aan welk u bedoelt",
    "dh.portfolio.no_files": "een portefeuillemap bevat per alliantie één .yaml-bestand met de ToC",
    "d.TOC401": "beleids-id {id!r} komt meer dan eens voor",
    "dh.TOC401": "beleidsdoelen en domeinen delen één reeks id's; {id!r} is al gebruikt",
    "dh.TOC401.line": (
        "beleidsdoelen en domeinen delen één reeks id's; {id!r} is al gebruikt op regel {line}"
    ),
    "d.TOC402": "doel {goal!r} van {toc!r} dient een onbekend beleids-id {item!r}",
    "dh.label.policy_ids": "beleidsdoelen en domeinen",
    "d.TOC403": "het ToC-id {id!r} wordt in de portefeuille ook door een andere ToC gebruikt",
    "dh.TOC403.file": "{file} heeft hetzelfde id; elke alliantie heeft een eigen id nodig",
    "dh.TOC403": "elke alliantie heeft een eigen id nodig; is een van de bestanden een kopie?",
    "dh.policy.aim": "beleidsdoel",
    "dh.policy.domain": "domein",
    "d.TOC404.none": "{what} {id!r} wordt door geen enkel doel van een alliantie gediend",
    "dh.TOC404.none": (
        "geen doel noemt het onder 'serves': een lacune in de portefeuille, "
        "of een onvolledige 'serves'?"
    ),
    "d.TOC404.weak": "{what} {id!r} wordt door geen potentieel effectief doel gediend",
    "dh.TOC404.weak": (
        "de doelen die het dienen ({goals}) zijn niet potentieel effectief; zie 'tocgraph check'"
    ),
}
