"""The Dutch catalogue: every text tocgraph shows a reader, by key.

Keys are grouped by prefix: plain keys are labels (verdicts, statuses,
column names), ``w.``/``h.`` are warning messages and hints by code,
``cr.`` the sentences of the change-request report.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    "potentially_effective": "potentieel effectief",
    "potentially_ineffective": "potentieel ineffectief",
    "undetermined": "onbepaald",
    "goal": "doel",
    "outcome": "outcome",
    "output": "output",
    "activity": "activiteit",
    "planned": "gepland",
    "on_track": "op schema",
    "achieved": "behaald",
    "delayed": "vertraagd",
    "adjusted": "aangepast",
    "stopped": "stopgezet",
    "unclear": "onduidelijk",
    "col.node": "onderdeel",
    "col.kind": "niveau",
    "col.rule": "vereiste",
    "col.verdict": "oordeel",
    "col.margin": "marge",
    "margin.bounds": "{lower} tot {upper} (exacte marge niet berekend)",
    "col.critical": "kritieke activiteiten",
    "activities": "activiteiten",
    "warnings": "waarschuwingen",
    "warnings.more": (
        "nog {count} waarschuwingen niet getoond: alleen de eerste {shown} van een "
        "bestand; --json geeft ze allemaal"
    ),
    "none": "geen",
    "valid": "geldig",
    "invalid": "ongeldig",
    "summary.files": "{files}: {valid} geldig, {invalid} ongeldig, {warnings}",
    "check.change_request": "wijzigingsverzoek \u2018{title}\u2019: {changes} in de ToC van {toc}",
    "check.col.before": "vóór",
    "check.col.after": "na",
    "check.goals_lost": "doelen die niet langer potentieel effectief zijn: {goals}",
    "check.findings": "bevindingen: {n} (zie het rapport van tocgraph change-request)",
    "check.policy": "beleid: {name} ({id}), {aims}, {domains}",
    "lead": "penvoerder",
    "render.margin": "marge {margin}",
    "render.was": "was: {was}",
    "render.critical": "kritieke activiteit voor {goals}",
    "render.stopped_in_scenario": "stopgezet in het scenario",
    "render.scenario": (
        "Scenario: {stopped} stopgezet; een dikke zwarte rand geeft aan wat er is veranderd"
    ),
    "render.no_partner": "(geen partner)",
    "render.scenario.partner": (
        "Scenario: partner {partners} valt weg ({stopped} stopgezet); een dikke zwarte rand "
        "geeft aan wat er is veranderd"
    ),
    "render.scenario.partners": (
        "Scenario: partners {partners} vallen weg ({stopped} stopgezet); een dikke zwarte rand "
        "geeft aan wat er is veranderd"
    ),
    "render.no_strategy": "(geen strategie)",
    "render.legend": "Legenda",
    "render.legend.critical": (
        "kritieke activiteit: stopt alleen deze activiteit, dan is een doel niet langer "
        "potentieel effectief"
    ),
    "render.legend.changed": "oordeel of marge veranderd door het scenario",
    "render.legend.no_support": "verband dat niets bijdraagt",
    "render.legend.uncertain": "verband met een onzekere bijdrage",
    "render.legend.margin": (
        "marge: het kleinste aantal activiteiten waarvan de stopzetting het onderdeel niet "
        "langer potentieel effectief maakt"
    ),
    "strategy.onderzoek-kennis-beleidsadvies": "onderzoek, kennis en beleidsadvies",
    "strategy.agenderen-vertegenwoordigen": "agenderen en vertegenwoordigen",
    "strategy.platform-netwerk": "platform en netwerk",
    "strategy.interventieontwikkeling": "interventieontwikkeling",
    "strategy.ondersteunen-begeleiden": "ondersteunen en begeleiden",
    "portfolio.title": "Portefeuille: {alliances}",
    "portfolio.policy": "Beleid: {name} ({id})",
    "portfolio.no_policy": (
        "Geen beleidsbestand: de doelen zijn niet getoetst aan de beleidsdoelen en -domeinen"
    ),
    "portfolio.alliances": "Allianties",
    "portfolio.activities": "Status van de activiteiten",
    "portfolio.goals": "Doelen",
    "portfolio.organisations": "Organisaties in meerdere allianties",
    "portfolio.coverage": (
        "Dekking van het beleid: per beleidsdoel en domein de alliantiedoelen die het dienen"
    ),
    "portfolio.findings": "Bevindingen",
    "portfolio.scenario": (
        "Scenario: uitval van {partners}; alle activiteiten die zij uitvoeren, worden stopgezet"
    ),
    "portfolio.achieved_note": (
        "behaald: werk dat af is; de marges tellen het mee alsof het nog kan stoppen"
    ),
    "portfolio.untouched": "Niet getroffen: {alliances}",
    "portfolio.goals_lost_total": (
        "Aantal doelen dat niet langer potentieel effectief is, over alle allianties samen: {goals}"
    ),
    "portfolio.coverage_lost": (
        "Beleidsdoelen en domeinen die door geen potentieel effectief doel meer worden gediend: "
        "{items}"
    ),
    "portfolio.total": "totaal",
    "portfolio.aim": "beleidsdoel",
    "portfolio.domain": "domein",
    "portfolio.category.achieved_or_on_track": "behaald of op schema",
    "portfolio.category.delayed_or_adjusted": "vertraagd of aangepast",
    "portfolio.category.stopped": "stopgezet",
    "portfolio.category.unclear": "onduidelijk",
    "portfolio.category.planned": "gepland",
    "portfolio.col.alliance": "alliantie",
    "portfolio.col.ceiling": "subsidieplafond (€)",
    "portfolio.col.goals": "doelen",
    "portfolio.col.serves": "dient beleidsdoelen en domeinen",
    "portfolio.col.organisation": "organisatie",
    "portfolio.col.alliances": "allianties",
    "portfolio.col.lead_of": "penvoerder van",
    "portfolio.col.policy_item": "beleidsdoel of domein",
    "portfolio.col.stopped": "stopgezette activiteiten",
    "portfolio.col.goals_lost": "doelen niet langer potentieel effectief",
    "scenario": "scenario",
    "scenario.stop": "{ids} stopgezet",
    "scenario.partner": "uitval van {name} ({ids} stopgezet)",
    "scenario.partner_idle": "uitval van {name} (geen van haar activiteiten loopt)",
    "goals_lost": "doelen die niet langer potentieel effectief zijn",
    "new_spof": "nieuwe kritieke activiteiten",
    "partner_alone": "doelen die niet langer potentieel effectief zijn als alleen {name} wegvalt",
    "changed": "veranderd",
    "no_change": "geen enkel doel, outcome of output krijgt een ander oordeel of een andere marge",
    "col.before": "vóór",
    "col.after": "na",
    "col.partner": "partner",
    "col.margin_lost": "margeverlies",
    "col.goals_lost": "doelen niet langer potentieel effectief",
    "critical.goals": "kritieke activiteiten per doel",
    "margin.note": (
        "marge: het kleinste aantal activiteiten dat, als ze samen stoppen, het onderdeel niet "
        "langer potentieel effectief maakt; activiteiten met een onduidelijke status tellen al "
        "als stopgezet"
    ),
    "critical.ranking": (
        "activiteiten, gerangschikt naar de gevolgen als alleen die activiteit stopt"
    ),
    "critical.not_ranked": "niet gerangschikt, omdat ze al als stopgezet tellen: {activities}",
    "critical.not_ranked.unclear": "ga na of de activiteiten met een onduidelijke status nog lopen",
    "diff.added": "toegevoegd",
    "diff.removed": "verwijderd",
    "diff.fields": "gewijzigde velden",
    "diff.links_added": "toegevoegde verbanden",
    "diff.links_removed": "verwijderde verbanden",
    "diff.effects": "gevolgen voor doelen, outcomes en outputs",
    "diff.same": "de twee versies zijn gelijk",
    "diff.requires_effects": (
        "oordelen en marges die alleen door een verlaagde vereiste overeind blijven"
    ),
    "diff.col.old_bar": "bij de oude vereisten",
    "w.TOC301": "{kind} {node} draagt aan geen enkel doel bij",
    "h.TOC301": "laat het onderdeel bijdragen aan een output, outcome of doel, of verwijder het",
    "w.TOC302": (
        "{kind} {node} heeft geen bijdragende onderdelen en kan dus niet potentieel effectief zijn"
    ),
    "h.TOC302": "laat er activiteiten, outputs of outcomes aan bijdragen (met 'contributes_to')",
    "w.TOC303": "doel {node} is {verdict}",
    "h.TOC303": (
        "ga na welke onderliggende onderdelen niet potentieel effectief zijn, welke "
        "activiteiten zijn stopgezet of een onduidelijke status hebben, en welke aannames "
        "geen stand houden of onder druk staan"
    ),
    "w.TOC304": (
        "doel {node} is niet langer potentieel effectief zodra een van deze activiteiten "
        "stopt: {activities}"
    ),
    "h.TOC304": (
        "overweeg een tweede route naar het doel, zodat het wegvallen van één activiteit het "
        "oordeel niet verandert"
    ),
    "w.TOC305": "de status van activiteit {node} is onduidelijk",
    "h.TOC305": (
        "ga na of de activiteit wordt uitgevoerd; tot die tijd kunnen doelen die ervan "
        "afhangen onbepaald zijn"
    ),
    "w.TOC306": (
        "{kind} {node} heeft {n} bijdragende onderdelen, maar vermeldt niet hoeveel daarvan "
        "nodig zijn ('requires')"
    ),
    "h.TOC306": (
        "vul 'requires' in: 'all' (elke bijdrage is nodig en samen volstaan ze; zo zijn "
        "randvoorwaarden in een ToC meestal bedoeld), 'any' (alternatieve routes: één "
        "bijdrage volstaat) of een getal k (k bijdragen volstaan); zonder vermelding neemt "
        "tocgraph 'any' aan"
    ),
    "illustrative.portfolio": (
        "ILLUSTRATIEVE GEGEVENS: {n} van de {total} ToC-bestanden zijn voorbeelden; de inhoud "
        "is geen uitspraak van de genoemde organisaties"
    ),
    "rule.all": "vereist alle {n}",
    "rule.both": "vereist beide",
    "rule.any": "1 van {n} volstaat",
    "rule.k": "vereist {k} van {n}",
    "illustrative.notice": (
        "ILLUSTRATIEVE GEGEVENS: dit bestand is een voorbeeld; de inhoud is geen uitspraak "
        "van de genoemde organisaties"
    ),
    "cr.title": "Wijzigingsverzoek: {title}",
    "cr.alliance": "Alliantie",
    "cr.lead": "Penvoerder",
    "cr.date": "Datum",
    "cr.baseline": "Uitgangs-ToC (zoals ingediend)",
    "cr.summary": "Samenvatting",
    "cr.counts": (
        "{changes}: {stop} stopgezet, {add} toegevoegd, {modify} gewijzigd, {remove} verwijderd."
    ),
    "cr.change.one": "1 wijziging",
    "cr.change.many": "{n} wijzigingen",
    "cr.overall.lost.one": "Na deze wijzigingen is doel {goals} niet langer potentieel effectief.",
    "cr.overall.lost.many": (
        "Na deze wijzigingen zijn de doelen {goals} niet langer potentieel effectief."
    ),
    "cr.overall.none": "Vóór deze wijzigingen was geen enkel doel potentieel effectief.",
    "cr.overall.same.one": "Doel {goal} blijft potentieel effectief; de marge blijft {after}.",
    "cr.overall.same.many": (
        "De {n} doelen die potentieel effectief waren, blijven dat; hun kleinste marge blijft "
        "{after}."
    ),
    "cr.findings": "Bevindingen voor de accounthouder (berekend door tocgraph)",
    "cr.findings.none": "Geen bevindingen.",
    "cr.req.any": "een van de bijdragende onderdelen",
    "cr.req.all": "alle bijdragende onderdelen",
    "cr.req.n": "{n} van de bijdragende onderdelen",
    "cr.nothing": "niets",
    "cr.summary.toc_changed": (
        "De ToC zelf verandert: doelen, outcomes of outputs worden toegevoegd, verwijderd of "
        "herschreven, zodat de oordelen vóór en na niet over dezelfde ToC gaan (zie de "
        "bevindingen)."
    ),
    "cr.summary.held": (
        "Doel {goals} blijft alleen potentieel effectief doordat een vereiste is verlaagd; gemeten "
        "aan de eisen zoals ingediend zou het dat niet zijn."
    ),
    "cr.justification": "Onderbouwing van de alliantie (zoals ingediend)",
    "cr.justification.note": (
        "De tekst van het wijzigingsverzoek zelf; tocgraph geeft deze ongewijzigd weer en "
        "toetst de inhoud niet."
    ),
    "cr.findings.note": (
        "Berekend door tocgraph op basis van de ToC zoals ingediend en de gevraagde "
        "wijzigingen; geen uitspraak van de alliantie."
    ),
    "cr.check.toc_changed": (
        "de ToC zelf verandert (doelen, outcomes of outputs; activiteiten tellen niet mee)"
    ),
    "cr.check.held": (
        "doelen die alleen potentieel effectief blijven doordat een vereiste is verlaagd: {goals}"
    ),
    "cr.changes": (
        "Gevolgen van elke wijziging, in volgorde: elke wijziging bouwt voort op de vorige "
        "(berekend door tocgraph)"
    ),
    "cr.a.stop": "Stopzetting van {node}",
    "cr.a.add": "Toevoeging van {node}",
    "cr.a.modify": "Aanpassing van de gegevens van {node}",
    "cr.a.remove": "Verwijdering van {node}",
    "cr.rationale": "Onderbouwing",
    "cr.rationale.none": "geen onderbouwing gegeven",
    "cr.new_values": "Nieuwe waarden",
    "cr.effect": "Gevolgen",
    "cr.effect.none": (
        "Geen enkel doel, outcome of output krijgt een ander oordeel of een andere marge."
    ),
    "cr.goals": "Doelen vóór en na de wijzigingen (titels na de wijzigingen)",
    "cr.diagram": "De ToC na de wijzigingen",
    "cr.c.node": "onderdeel",
    "cr.c.title": "titel",
    "cr.c.verdict_before": "oordeel vóór",
    "cr.c.margin_before": "marge vóór",
    "cr.c.verdict_after": "oordeel na",
    "cr.c.margin_after": "marge na",
    "cr.absent": "(niet in deze versie)",
    "cr.footer": (
        "Gemaakt met tocgraph {version} op basis van {source}. Een veranderingstheorie (ToC) laat "
        "alleen de oordelen *potentieel effectief*, *potentieel ineffectief* en *onbepaald* toe "
        "(onbepaald: het oordeel hangt af van activiteiten met een onduidelijke status of van "
        "aannames onder druk); over het werkelijke effect zegt een ToC niets."
    ),
    "html.title": "{name}: veranderingstheorie (ToC)",
    "html.lead": (
        "Oordelen, marges en kritieke activiteiten van {toc}, met een interactieve wat-als-analyse."
    ),
    "html.section.whatif": "Wat als?",
    "html.section.diagram": "Diagram",
    "html.section.nodes": "Doelen, outcomes en outputs",
    "html.section.activities": "Activiteiten",
    "html.section.partners": "Partners",
    "html.section.warnings": "Waarschuwingen",
    "html.whatif.help": (
        "Klik op een activiteit (of ga er met de Tab-toets naartoe en druk op Enter of de "
        "spatiebalk) om haar in het scenario stop te zetten; een partnerknop zet alle "
        "activiteiten van die partner stop. Elk oordeel, elke marge en elke kritieke "
        "activiteit wordt direct opnieuw berekend. Het adres van de pagina legt het scenario "
        "vast, zodat een link ernaar hetzelfde toont."
    ),
    "html.noscript": (
        "JavaScript staat uit: de pagina toont de ToC zoals hij is, zonder de wat-als-knoppen."
    ),
    "html.reset": "Scenario wissen",
    "html.save": "Bewaren als concept-wijzigingsverzoek",
    "html.summary.none": "Geen scenario: de ToC zoals hij is.",
    "html.summary.one": "Scenario: 1 activiteit stopgezet ({ids}): {effects}",
    "html.summary.many": "Scenario: {n} activiteiten stopgezet ({ids}): {effects}",
    "html.effect.verdict": "{kind} {node}: {before} \u2192 {after}",
    "html.effect.margin": "{kind} {node}: marge {before} \u2192 {after}",
    "html.effect.more": "en nog {n}",
    "html.effect.none": "geen doel, outcome of output verandert",
    "html.margin.unknown": "hier niet berekend",
    "html.partial": (
        "Deze ToC is te groot om elke marge in de pagina te herberekenen: voor {nodes} toont "
        "een scenario alleen het oordeel, en de marge luidt 'hier niet berekend'. "
        "Gebruik daarvoor tocgraph impact."
    ),
    "html.ignored": (
        "Buiten het scenario gelaten, omdat het geen activiteiten zijn die kunnen worden "
        "stopgezet: {ids}"
    ),
    "html.no_diagram": "Geen diagram: er is geen layoutprogramma (dot of graphviz-pure) gevonden.",
    "html.diagram.caption": (
        "De ToC zoals hij is; in een scenario vervagen stopgezette activiteiten en krijgen "
        "veranderde onderdelen een dikke zwarte rand."
    ),
    "html.diagram.scenario": (
        "Scenario: {ids} stopgezet. In het diagram zijn de stopgezette activiteiten vervaagd en "
        "heeft elk onderdeel waarvan het oordeel of de marge verandert een dikke zwarte rand; de "
        "teksten en kleuren in het diagram horen nog bij de ToC zoals hij is. De tabellen tonen "
        "de oordelen en marges van het scenario."
    ),
    "html.cr.diagram.caption": (
        "De ToC na de wijzigingen; een dikke zwarte rand geeft aan wat er is veranderd."
    ),
    "html.portfolio.footer": (
        "Gemaakt met tocgraph {version}. Een veranderingstheorie (ToC) laat alleen de oordelen "
        "potentieel effectief, potentieel ineffectief en onbepaald toe (onbepaald: het oordeel "
        "hangt af van activiteiten met een onduidelijke status of van aannames onder druk); over "
        "het werkelijke effect zegt een ToC niets."
    ),
    "html.col.id": "id",
    "html.col.title": "titel",
    "html.col.rule": "vereiste",
    "html.col.status": "status",
    "html.col.code": "code",
    "html.col.message": "melding",
    "html.rule.any": "1 van {n}",
    "html.rule.all": "alle {n}",
    "html.rule.both": "beide",
    "html.rule.k": "{k} van {n}",
    "html.rule.none": "geen bijdragen",
    "html.stop": "stopzetten in het scenario",
    "html.activities_of.one": "{partner}: 1 activiteit die kan worden stopgezet",
    "html.activities_of": "{partner}: {n} activiteiten die kunnen worden stopgezet",
    "html.draft.title": "Concept-wijzigingsverzoek",
    "html.draft.comment": (
        "Concept uit de tocgraph-pagina: geef elke wijziging een onderbouwing en voer daarna "
        "tocgraph change-request uit op dit bestand."
    ),
    "html.footer": (
        "Gemaakt met tocgraph {version} op basis van {source}. Een veranderingstheorie (ToC) laat "
        "alleen de oordelen potentieel effectief, potentieel ineffectief en onbepaald toe "
        "(onbepaald: het oordeel hangt af van activiteiten met een onduidelijke status of van "
        "aannames onder druk); over het werkelijke effect zegt een ToC niets."
    ),
    # --- nlword: counted nouns, meaning fixes, requires_not_scaled ---
    "count.file.one": "1 bestand",
    "count.file.many": "{n} bestanden",
    "count.warning.one": "1 waarschuwing",
    "count.warning.many": "{n} waarschuwingen",
    "count.alliance.one": "1 alliantie",
    "count.alliance.many": "{n} allianties",
    "count.aim.one": "1 beleidsdoel",
    "count.aim.many": "{n} beleidsdoelen",
    "count.domain.one": "1 domein",
    "count.domain.many": "{n} domeinen",
    "or": "of",
    "render.legend.changed_request": "oordeel of marge veranderd door dit wijzigingsverzoek",
    "cr.overall.fell.one": (
        "Doel {goal} blijft potentieel effectief; de marge daalt van {before} naar {after}."
    ),
    "cr.overall.rose.one": (
        "Doel {goal} blijft potentieel effectief; de marge stijgt van {before} naar {after}."
    ),
    "cr.overall.fell.many": (
        "De {n} doelen die potentieel effectief waren, blijven dat; hun kleinste marge daalt "
        "van {before} naar {after}."
    ),
    "cr.overall.rose.many": (
        "De {n} doelen die potentieel effectief waren, blijven dat; hun kleinste marge stijgt "
        "van {before} naar {after}."
    ),
    "html.hint": "tip",
    "impact.changed": "doelen, outcomes en outputs met een ander oordeel of een andere marge",
}
