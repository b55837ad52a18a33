"""De Nederlandse zinnen van de bevindingen bij een wijzigingsverzoek (``cr.f.``).

Afgesplitst van :mod:`tocgraph.i18n.nl`; dezelfde sleutels en plaatshouders als
:mod:`tocgraph.i18n.findings_en`.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    "cr.f.no_rationale": "Wijziging {change} ({action}) heeft geen onderbouwing.",
    "cr.f.no_effect": (
        "Wijziging {change} ({action}) verandert niets aan de ToC: ga na of een andere wijziging "
        "bedoeld was."
    ),
    "cr.f.goal_not_effective": "Doel {node} krijgt het oordeel {verdict}.",
    "cr.f.undone": (
        "Wijziging {change} ({action}) wordt door een latere wijziging ongedaan gemaakt: {node} "
        "is na het verzoek weer zoals ervoor."
    ),
    "cr.f.outcome_not_effective": "Outcome {node} krijgt het oordeel {verdict}.",
    "cr.f.stopped_achieved": (
        "Wijziging {change} ({action}) stopt een activiteit die al behaald is: werk dat af "
        "is, kan niet meer worden stopgezet; is de activiteit klaar, houd dan de status "
        "\u2018behaald\u2019."
    ),
    "cr.f.stopped_achieved.remove": (
        "Wijziging {change} ({action}) verwijdert een activiteit die al behaald is: haar "
        "bijdrage verdwijnt uit de ToC, terwijl het werk wel gedaan is; is de activiteit klaar, "
        "houd haar dan, met de status \u2018behaald\u2019."
    ),
    "cr.f.stopped_achieved.budget": (
        "De begroting van {budget} telt mee als vrijgekomen, maar is waarschijnlijk al uitgegeven."
    ),
    "cr.f.goal_single_point": (
        "Doel {node} heeft nu een marge van 1: stopt {activities}, dan is het doel niet langer "
        "potentieel effectief."
    ),
    "cr.f.added_reaches_no_goal": (
        "De toegevoegde activiteit {node} (wijziging {change}) draagt aan geen enkel doel bij."
    ),
    "cr.f.activity_reaches_no_goal": (
        "Activiteit {node} ({status}) draagt na de wijzigingen aan geen enkel doel meer bij. "
        "Vraag de alliantie of de activiteit stopt, of waaraan zij nu bijdraagt."
    ),
    "cr.f.activity_reaches_no_goal.budget": (
        "Activiteit {node} ({status}, geplande begroting {budget}) draagt na de wijzigingen aan "
        "geen enkel doel meer bij. Vraag de alliantie of de activiteit stopt, of waaraan zij nu "
        "bijdraagt."
    ),
    "cr.f.link_claimed": (
        "Wijziging {change} ({action}) stelt dat {node} ook bijdraagt aan {target}: die bijdrage "
        "telt meteen mee in de marges, dus vraag de alliantie waarop die bijdrage berust (bewijs, "
        "of hoe het werk tot {target} moet leiden)."
    ),
    "cr.f.assumption_critical": (
        "Doel {node} hangt nu af van aanname {assumption} ({status}): houdt die aanname als enige "
        "geen stand, dan is het doel al niet langer potentieel effectief."
    ),
    "cr.f.one_partner": (
        "Na wijziging {change} ({action}) kan doel {node} niet meer zonder {partner}: valt "
        "deze partner weg, dan is het doel niet langer potentieel effectief."
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
        "De vereiste voor {node} wordt verlaagd van {before} naar {after}. Ga na of het oordeel "
        "alleen daardoor gunstig blijft."
    ),
    "cr.f.partner_without_activities": (
        "Partner {partner} heeft na de wijzigingen geen lopende activiteit meer; dat is van "
        "belang voor de samenwerkingsovereenkomst en de begroting."
    ),
    "cr.f.adjusted_activity.status": (
        "Activiteit {node} krijgt de status \u2018aangepast\u2019 (wijziging {change}): "
        "ga na of deze activiteit nog bijdraagt aan {targets}."
    ),
    "cr.f.adjusted_activity.title": (
        "Activiteit {node} krijgt een nieuwe titel (wijziging {change}), maar behoudt dezelfde "
        "verbanden: ga na of \u2018{after}\u2019 nog bijdraagt aan {targets}."
    ),
    "cr.f.requires_not_scaled.one": (
        "{kind} {node} vereist een vast aantal van {k} bijdragende onderdelen; met {added} als "
        "nieuw bijdragend onderdeel wordt dat {k} van {after} in plaats van {k} van {before}. "
        "De vereiste is dus niet aangepast aan het nieuwe onderdeel: ga na of {k} nog de "
        "bedoelde vereiste is."
    ),
    "cr.f.requires_not_scaled.many": (
        "{kind} {node} vereist een vast aantal van {k} bijdragende onderdelen; met {added} als "
        "nieuwe bijdragende onderdelen wordt dat {k} van {after} in plaats van {k} van "
        "{before}. De vereiste is dus niet aangepast aan de nieuwe onderdelen: ga na of {k} nog "
        "de bedoelde vereiste is."
    ),
}
