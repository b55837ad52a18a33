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
    "col.kind": "soort",
    "col.rule": "vereiste",
    "col.verdict": "oordeel",
    "col.margin": "marge",
    "margin.bounds": "{lower}-{upper} (niet bewezen)",
    "col.critical": "kritieke activiteiten",
    "activities": "activiteiten",
    "warnings": "waarschuwingen",
    "none": "geen",
    "valid": "geldig",
    "invalid": "ongeldig",
    "summary.files": (
        "{files} bestand(en): {valid} geldig, {invalid} ongeldig, {warnings} waarschuwing(en)"
    ),
    "check.change_request": "wijzigingsverzoek: {title} ({changes}, op {toc_id})",
    "check.col.before": "voor",
    "check.col.after": "na",
    "check.goals_lost": "doelen die hun steun verliezen: {goals}",
    "check.findings": "bevindingen: {n} (het rapport van tocgraph change-request toont ze)",
    "check.policy": "beleid: {name} ({id}), {aims} beleidsdoel(en), {domains} domein(en)",
    "lead": "penvoerder",
    "render.margin": "marge {margin}",
    "render.was": "was: {was}",
    "render.critical": "kritieke activiteit voor {goals}",
    "render.stopped_in_scenario": "stopgezet in het scenario",
    "render.scenario": (
        "Scenario: {stopped} stopgezet; een dikke zwarte rand geeft aan wat er is veranderd"
    ),
    "render.no_partner": "(geen partner)",
    "render.no_strategy": "(geen strategie)",
    "render.legend": "Legenda",
    "render.legend.critical": "kritieke activiteit: een doel hangt alleen van deze activiteit af",
    "render.legend.changed": "veranderd door het scenario",
    "render.legend.no_support": "verband dat geen steun geeft",
    "render.legend.uncertain": "verband met onzekere steun",
    "render.legend.margin": (
        "marge: hoeveel activiteiten er moeten stoppen voordat het doel zijn steun verliest"
    ),
    "strategy.onderzoek-kennis-beleidsadvies": "onderzoek, kennis en beleidsadvies",
    "strategy.agenderen-vertegenwoordigen": "agenderen en vertegenwoordigen",
    "strategy.platform-netwerk": "platform en netwerk",
    "strategy.interventieontwikkeling": "interventieontwikkeling",
    "strategy.ondersteunen-begeleiden": "ondersteunen en begeleiden",
    "portfolio.title": "Portefeuille: {alliances} alliantie(s)",
    "portfolio.policy": "Beleid: {name} ({id})",
    "portfolio.no_policy": (
        "Geen beleidsbestand: de doelen zijn niet getoetst aan de beleidsdoelen en -domeinen"
    ),
    "portfolio.alliances": "Allianties",
    "portfolio.activities": "Status van de activiteiten",
    "portfolio.goals": "Doelen",
    "portfolio.organisations": "Organisaties in meerdere allianties",
    "portfolio.coverage": (
        "Dekking van het beleid: per beleidsdoel en domein de alliantiedoelen die eraan bijdragen"
    ),
    "portfolio.findings": "Bevindingen",
    "portfolio.scenario": "Scenario: uitval van {partners}; al hun activiteiten stoppen",
    "portfolio.untouched": "Niet geraakt: {alliances}",
    "portfolio.goals_lost_total": (
        "Doelen die niet langer potentieel effectief zijn, in alle allianties: {goals}"
    ),
    "portfolio.coverage_lost": (
        "Beleidsdoelen en domeinen die niet langer door een potentieel effectief doel "
        "worden gediend: {items}"
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
    "portfolio.col.ceiling": "subsidieplafond (EUR)",
    "portfolio.col.goals": "doelen",
    "portfolio.col.serves": "draagt bij aan",
    "portfolio.col.organisation": "organisatie",
    "portfolio.col.alliances": "allianties",
    "portfolio.col.lead_of": "penvoerder van",
    "portfolio.col.policy_item": "beleidsdoel of domein",
    "portfolio.col.stopped": "stopgezette activiteiten",
    "portfolio.col.goals_lost": "verloren doelen",
    "scenario": "scenario",
    "scenario.stop": "{ids} stopgezet",
    "scenario.partner": "{name} valt weg ({ids})",
    "goals_lost": "doelen die niet langer potentieel effectief zijn",
    "new_spof": "nieuwe kritieke activiteiten",
    "partner_alone": "doelen die alleen van {name} afhangen",
    "changed": "veranderd",
    "no_change": "bij geen enkel doel, outcome of output veranderen het oordeel of de marge",
    "col.before": "vóór",
    "col.after": "na",
    "col.partner": "partner",
    "col.margin_lost": "margeverlies",
    "col.goals_lost": "verloren doelen",
    "critical.goals": "kritieke activiteiten per doel",
    "critical.ranking": (
        "activiteiten gerangschikt naar de gevolgen als alleen die activiteit wegvalt"
    ),
    "diff.added": "toegevoegd",
    "diff.removed": "verwijderd",
    "diff.fields": "gewijzigde velden",
    "diff.links_added": "toegevoegde verbanden",
    "diff.links_removed": "verwijderde verbanden",
    "diff.effects": "effect op doelen, outcomes en outputs",
    "diff.same": "de twee versies zijn gelijk",
    "field.title": "titel",
    "field.contributes_to": "draagt bij aan",
    "field.status": "status",
    "field.strategy": "strategie",
    "field.partner": "partner",
    "field.requires": "vereist",
    "field.description": "beschrijving",
    "field.serves": "dient",
    "field.kind": "niveau",
    "field.assumption": "aanname",
    "w.TOC301": "{kind} {node} leidt naar geen enkel doel",
    "h.TOC301": "verbind het onderdeel met een outcome of doel, of verwijder het",
    "w.TOC302": "{kind} {node} heeft geen bijdragen en is dus niet ondersteund",
    "h.TOC302": "verbind er activiteiten, outputs of outcomes mee via contributes_to",
    "w.TOC303": "doel {node} is {verdict}",
    "h.TOC303": "kijk welke outcomes en activiteiten eronder geen steun hebben",
    "w.TOC304": "doel {node} hangt af van één activiteit: {activities}",
    "h.TOC304": (
        "valt deze activiteit weg, dan verliest het doel zijn steun; overweeg een tweede "
        "route naar het doel"
    ),
    "w.TOC305": "de status van activiteit {node} is onduidelijk",
    "h.TOC305": (
        "ga na of de activiteit loopt; tot dan kunnen doelen die ervan afhangen onbepaald zijn"
    ),
    "w.TOC306": "{kind} {node} heeft {n} bijdragen maar vermeldt geen requires",
    "h.TOC306": (
        "vermeld requires: all (elke bijdrage is nodig en samen volstaan ze: de gebruikelijke "
        "lezing van randvoorwaarden in een ToC), any (alternatieve routes: één volstaat) of "
        "een getal k (k ervan volstaan); zonder vermelding neemt tocgraph any aan"
    ),
    "illustrative.portfolio": (
        "ILLUSTRATIEVE GEGEVENS: {n} van de {total} ToC-bestanden zijn voorbeelden; de inhoud "
        "is geen uitspraak van de genoemde organisaties"
    ),
    "rule.all": "vereist alle {n}",
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
    "cr.overall.kept.one": (
        "Het doel blijft potentieel effectief; de marge gaat van {before} naar {after}."
    ),
    "cr.overall.kept.many": (
        "Alle {n} doelen blijven potentieel effectief; de kleinste marge onder de doelen "
        "gaat van {before} naar {after}."
    ),
    "cr.overall.none": "Vóór deze wijzigingen was geen enkel doel potentieel effectief.",
    "cr.overall.same.one": "Het doel blijft potentieel effectief; de marge blijft {after}.",
    "cr.overall.same.many": (
        "Alle {n} doelen blijven potentieel effectief; de kleinste marge onder de doelen "
        "blijft {after}."
    ),
    "cr.findings": "Bevindingen voor de accounthouder (berekend door tocgraph)",
    "cr.findings.none": "Geen bevindingen.",
    "cr.f.no_rationale": "Wijziging {change} ({action} {node}) heeft geen onderbouwing.",
    "cr.f.goal_not_effective": "Doel {node} krijgt het oordeel {verdict}.",
    "cr.f.goal_single_point": "Doel {node} hangt nu af van één activiteit: {activities} (marge 1).",
    "cr.f.added_reaches_no_goal": (
        "De toegevoegde activiteit {node} (wijziging {change}) draagt aan geen enkel doel bij."
    ),
    "cr.f.one_partner": (
        "Na wijziging {change} (stopzetting van {target}) hangt doel {node} alleen nog af"
        " van {partner}: valt {partner} weg, dan is het doel niet langer potentieel "
        "effectief."
    ),
    "cr.f.toc_changed.added": "De ToC zelf verandert: {node} wordt toegevoegd ({after}).",
    "cr.f.toc_changed.removed": "De ToC zelf verandert: {node} ({before}) wordt verwijderd.",
    "cr.f.toc_changed.title": (
        "De ToC zelf verandert: de titel van {node} wordt \u2018{after}\u2019 in plaats van "
        "\u2018{before}\u2019."
    ),
    "cr.f.toc_changed.requires": (
        "De ToC zelf verandert: {node} vereist vóór de wijzigingen {before} en daarna {after}."
    ),
    "cr.f.toc_changed.links": (
        "De ToC zelf verandert: {node} draagt vóór de wijzigingen bij aan {before} en daarna "
        "aan {after}."
    ),
    "cr.f.requires_lowered": (
        "De eis voor {node} wordt verlaagd van {before} naar {after}: het oordeel houdt "
        "mogelijk alleen stand doordat de lat lager is gelegd."
    ),
    "cr.f.partner_without_activities": (
        "Partner {partner} heeft na de wijzigingen geen lopende activiteit meer; dat raakt de "
        "samenwerkingsovereenkomst en de begroting."
    ),
    "cr.f.adjusted_activity.status": (
        "Activiteit {node} krijgt de status aangepast (wijziging {change}): ga na of zij nog "
        "bijdraagt aan {targets}."
    ),
    "cr.f.adjusted_activity.title": (
        "Activiteit {node} krijgt een nieuwe titel (wijziging {change}) maar houdt dezelfde "
        "verbanden: ga na of \u2018{after}\u2019 nog bijdraagt aan {targets}."
    ),
    "cr.req.any": "één van de bijdragende onderdelen",
    "cr.req.all": "alle bijdragende onderdelen",
    "cr.req.n": "{n} van de bijdragende onderdelen",
    "cr.nothing": "niets",
    "cr.summary.toc_changed": (
        "De ToC zelf verandert: doelen, outcomes of outputs worden toegevoegd, verwijderd of "
        "herschreven, zodat de oordelen vóór en na niet over dezelfde ToC gaan (zie de "
        "bevindingen)."
    ),
    "cr.summary.held": (
        "Doel {goals} blijft alleen potentieel effectief doordat een eis is verlaagd; gemeten "
        "aan de eisen zoals ingediend zou het dat niet zijn."
    ),
    "cr.justification": "Onderbouwing van de alliantie (zoals ingediend)",
    "cr.justification.note": (
        "De tekst van het wijzigingsverzoek zelf; tocgraph geeft die weer en controleert die niet."
    ),
    "cr.findings.note": (
        "Berekend door tocgraph uit de ToC zoals ingediend en de wijzigingen; geen uitspraak "
        "van de alliantie."
    ),
    "cr.check.toc_changed": "de ToC zelf verandert (doelen, outcomes of outputs)",
    "cr.check.held": (
        "doelen die alleen potentieel effectief blijven doordat een eis is verlaagd: {goals}"
    ),
    "cr.changes": "Effect van elke wijziging (berekend door tocgraph)",
    "cr.a.stop": "Stopzetten",
    "cr.a.add": "Toevoegen",
    "cr.a.modify": "Wijzigen",
    "cr.a.remove": "Verwijderen",
    "cr.rationale": "Onderbouwing",
    "cr.rationale.none": "geen onderbouwing gegeven",
    "cr.new_values": "Nieuwe waarden",
    "cr.effect": "Effect",
    "cr.effect.none": "Bij geen enkel doel of outcome veranderen het oordeel of de marge.",
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
        "Gemaakt met tocgraph {version} op basis van {source}. Een theory of change "
        "maakt alleen de oordelen *potentieel effectief* en *potentieel ineffectief* "
        "mogelijk; over het werkelijke effect zegt die niets."
    ),
    "html.title": "{name}: veranderingstheorie",
    "html.lead": "Oordelen, marges en kritieke activiteiten van {toc}, met een live wat-als.",
    "html.section.whatif": "Wat als?",
    "html.section.diagram": "Diagram",
    "html.section.nodes": "Doelen, outcomes en outputs",
    "html.section.activities": "Activiteiten",
    "html.section.partners": "Partners",
    "html.section.warnings": "Waarschuwingen",
    "html.whatif.help": (
        "Klik op een activiteit (of geef haar de focus en druk op Enter of spatie) om haar in "
        "een scenario te stoppen; een partnerknop stopt alle activiteiten van die partner. "
        "Elk oordeel, elke marge en elke kritieke activiteit wordt meteen herberekend, en het "
        "adres van de pagina bewaart het scenario, zodat een link ernaar hetzelfde toont."
    ),
    "html.noscript": (
        "JavaScript staat uit: de pagina toont de ToC zoals hij is, zonder de wat-als-knoppen."
    ),
    "html.reset": "Opnieuw",
    "html.save": "Bewaren als concept-wijzigingsverzoek",
    "html.summary.none": "Geen scenario: de ToC zoals hij is.",
    "html.summary.one": "1 activiteit gestopt: {effects}",
    "html.summary.many": "{n} activiteiten gestopt: {effects}",
    "html.effect.verdict": "{kind} {node} {before} -> {after}",
    "html.effect.margin": "{kind} {node} marge {before} -> {after}",
    "html.effect.more": "en {n} meer",
    "html.effect.none": "geen doel, outcome of output verandert",
    "html.margin.unknown": "hier niet berekend",
    "html.partial": (
        "Deze ToC is te groot om elke marge in de pagina te herberekenen: voor {nodes} toont "
        "een scenario alleen het oordeel, en hun marge luidt 'hier niet berekend'. "
        "Gebruik daarvoor tocgraph impact."
    ),
    "html.ignored": "Geen activiteiten die kunnen stoppen, buiten het scenario gelaten: {ids}",
    "html.no_diagram": "Geen diagram: er is geen layoutprogramma (dot of graphviz-pure) gevonden.",
    "html.diagram.caption": (
        "De ToC zoals hij is; in een scenario vervagen gestopte activiteiten en krijgen "
        "veranderde knopen een dikke zwarte rand."
    ),
    "html.cr.diagram.caption": (
        "De ToC na de wijzigingen; een dikke zwarte rand markeert wat veranderde."
    ),
    "html.portfolio.footer": (
        "Gemaakt door tocgraph {version}. Een veranderingstheorie onderbouwt alleen de "
        "oordelen potentieel effectief en potentieel ineffectief; ze zegt niets over "
        "daadwerkelijke impact."
    ),
    "html.col.id": "id",
    "html.col.title": "titel",
    "html.col.rule": "regel (requires)",
    "html.col.status": "status",
    "html.col.code": "code",
    "html.col.message": "melding",
    "html.rule.any": "één van {n}",
    "html.rule.all": "alle {n}",
    "html.rule.k": "{k} van {n}",
    "html.rule.none": "geen bijdragen",
    "html.stop": "stoppen in scenario",
    "html.activities_of.one": "{partner}: 1 activiteit",
    "html.activities_of": "{partner}: {n} activiteiten",
    "html.draft.title": "Concept-wijzigingsverzoek",
    "html.draft.comment": (
        "Concept uit de tocgraph-pagina: geef elke wijziging een onderbouwing en draai dan "
        "tocgraph change-request op dit bestand."
    ),
    "html.footer": (
        "Gemaakt door tocgraph {version} uit {source}. Een veranderingstheorie onderbouwt "
        "alleen de oordelen potentieel effectief en potentieel ineffectief; ze zegt niets "
        "over daadwerkelijke impact."
    ),
    # --- assumptions ---
    "w.TOC321": "aanname {node} staat op geen enkele link",
    "h.TOC321": "noem haar onder 'assumptions:' bij de links waarop zij rust, of verwijder haar",
    "assumptions": "aannames",
    "assumption.untested": "ongetoetst",
    "assumption.holds": "houdt stand",
    "assumption.at_risk": "onder druk",
    "assumption.fails": "faalt",
    "col.critical_assumptions": "kritieke aannames",
    "col.critical_for": "kritiek voor",
    "col.links": "links",
    "scenario.fail": "falende aannames: {ids}",
    "diff.assumptions_added": "aannames toegevoegd",
    "diff.assumptions_removed": "aannames verwijderd",
    "diff.assumptions_changed": "aannames gewijzigd",
    "field.assumptions": "benoemde aannames",
    "field.text": "tekst",
    "field.evidence": "onderbouwing (stukken)",
    "cr.f.assumption_changed.added": (
        "Aanname {node} wordt toegevoegd (wijziging {change}; status: {after}): ga na welke "
        "links haar noemen."
    ),
    "cr.f.assumption_changed.removed": (
        "Aanname {node} ({before}) wordt verwijderd (wijziging {change}): de links die haar "
        "noemden hangen er niet meer van af."
    ),
    "cr.f.assumption_changed.status": (
        "De status van aanname {node} verandert van {before} in {after} (wijziging {change}): "
        "oordelen kunnen veranderen zonder dat een activiteit verandert."
    ),
    "render.legend.assumption_fails": "link op een falende aanname (\u2717): verbroken",
    "render.legend.assumption_at_risk": "link op een aanname onder druk",
    "html.section.assumptions": "Aannames",
    "html.assumptions.help": (
        "Een link die op een falende aanname rust draagt niets bij; een aanname onder druk maakt "
        "de steun onzeker. 'Kritiek voor' noemt de onderdelen die hun steun verliezen als alleen "
        "die aanname faalt (aannames onder druk tellen als falend), voor de ToC zoals ingediend."
    ),
}
