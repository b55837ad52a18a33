"""The English catalogue: every text tocgraph shows a reader, by key.

Keys are grouped by prefix: plain keys are labels (verdicts, statuses,
column names), ``w.``/``h.`` are warning messages and hints by code,
``cr.`` the sentences of the change-request report.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    "potentially_effective": "potentially effective",
    "potentially_ineffective": "potentially ineffective",
    "undetermined": "undetermined",
    "goal": "goal",
    "outcome": "outcome",
    "output": "output",
    "activity": "activity",
    "planned": "planned",
    "on_track": "on track",
    "achieved": "achieved",
    "delayed": "delayed",
    "adjusted": "adjusted",
    "stopped": "stopped",
    "unclear": "unclear",
    "col.node": "node",
    "col.kind": "kind",
    "col.rule": "rule",
    "col.verdict": "verdict",
    "col.margin": "margin",
    "margin.bounds": "{lower} to {upper} (exact margin not computed)",
    "col.critical": "single points of failure",
    "activities": "activities",
    "warnings": "warnings",
    "warnings.more": (
        "{count} more warnings not shown: only the first {shown} of a file are; "
        "--json lists every one"
    ),
    "none": "none",
    "valid": "valid",
    "invalid": "invalid",
    "summary.files": "{files}: {valid} valid, {invalid} invalid, {warnings}",
    "check.change_request": "change request '{title}': {changes} to the ToC of {toc}",
    "check.col.before": "before",
    "check.col.after": "after",
    "check.goals_lost": "goals no longer potentially effective: {goals}",
    "check.findings": "findings: {n} (see the report of tocgraph change-request)",
    "check.policy": "policy: {name} ({id}), {aims}, {domains}",
    "lead": "lead",
    "render.margin": "margin {margin}",
    "render.was": "was: {was}",
    "render.critical": "single point of failure for {goals}",
    "render.stopped_in_scenario": "stopped in scenario",
    "render.scenario": "Scenario: {stopped} stopped; a thick black border marks what changed",
    "render.no_partner": "(no partner)",
    "render.scenario.partner": (
        "Scenario: partner {partners} drops out ({stopped} stopped); a thick black border marks "
        "what changed"
    ),
    "render.scenario.partners": (
        "Scenario: partners {partners} drop out ({stopped} stopped); a thick black border marks "
        "what changed"
    ),
    "render.no_strategy": "(no strategy)",
    "render.legend": "Legend",
    "render.legend.critical": (
        "single point of failure: stopping this activity alone makes a goal no longer "
        "potentially effective"
    ),
    "render.legend.changed": "verdict or margin changed by the scenario",
    "render.legend.no_support": "link that contributes nothing",
    "render.legend.uncertain": "link whose contribution is uncertain",
    "render.legend.margin": (
        "margin: the fewest activities whose stopping makes the node no longer potentially "
        "effective"
    ),
    "strategy.onderzoek-kennis-beleidsadvies": "research, knowledge and policy advice",
    "strategy.agenderen-vertegenwoordigen": "agenda setting and representation",
    "strategy.platform-netwerk": "platform and network",
    "strategy.interventieontwikkeling": "intervention development",
    "strategy.ondersteunen-begeleiden": "support and guidance",
    "portfolio.title": "Portfolio: {alliances}",
    "portfolio.policy": "Policy: {name} ({id})",
    "portfolio.no_policy": (
        "No policy file: goals are not checked against the policy's aims and domains"
    ),
    "portfolio.alliances": "Alliances",
    "portfolio.activities": "Activity status",
    "portfolio.goals": "Goals",
    "portfolio.organisations": "Organisations in several alliances",
    "portfolio.coverage": "Policy coverage: the alliance goals that serve each aim and domain",
    "portfolio.findings": "Findings",
    "portfolio.scenario": "Scenario: loss of {partners}; every activity they run stops",
    "portfolio.achieved_note": (
        "achieved: work that is done; the margins count it as if it could still stop"
    ),
    "portfolio.untouched": "Not affected: {alliances}",
    "portfolio.goals_lost_total": (
        "Number of goals no longer potentially effective, across all alliances: {goals}"
    ),
    "portfolio.coverage_lost": (
        "Aims and domains no longer served by a potentially effective goal: {items}"
    ),
    "portfolio.total": "total",
    "portfolio.aim": "aim",
    "portfolio.domain": "domain",
    "portfolio.category.achieved_or_on_track": "achieved or on schedule",
    "portfolio.category.delayed_or_adjusted": "delayed or adjusted",
    "portfolio.category.stopped": "stopped",
    "portfolio.category.unclear": "unclear",
    "portfolio.category.planned": "planned",
    "portfolio.col.alliance": "alliance",
    "portfolio.col.ceiling": "subsidy ceiling (EUR)",
    "portfolio.col.goals": "goals",
    "portfolio.col.serves": "serves aims and domains",
    "portfolio.col.organisation": "organisation",
    "portfolio.col.alliances": "alliances",
    "portfolio.col.lead_of": "lead of",
    "portfolio.col.policy_item": "aim or domain",
    "portfolio.col.stopped": "activities stopped",
    "portfolio.col.goals_lost": "goals no longer potentially effective",
    "scenario": "scenario",
    "scenario.stop": "stop {ids}",
    "scenario.partner": "partner {name} drops out ({ids})",
    "scenario.partner_idle": "partner {name} drops out (none of its activities runs)",
    "goals_lost": "goals no longer potentially effective",
    "new_spof": "new single points of failure",
    "partner_alone": "goals no longer potentially effective if only {name} drops out",
    "changed": "changed",
    "no_change": "no goal, outcome or output changes verdict or margin",
    "col.before": "before",
    "col.after": "after",
    "col.partner": "partner",
    "col.margin_lost": "margin lost",
    "col.goals_lost": "goals no longer potentially effective",
    "critical.goals": "single points of failure per goal",
    "margin.note": (
        "margin: the fewest activities whose stopping together makes the node no longer "
        "potentially effective; activities whose status is unclear count as stopped already"
    ),
    "critical.ranking": "activities ranked by what their loss alone costs",
    "critical.not_ranked": "not ranked, as they count as stopped already: {activities}",
    "critical.not_ranked.unclear": "find out whether the activities with an unclear status run",
    "diff.added": "added",
    "diff.removed": "removed",
    "diff.fields": "changed fields",
    "diff.links_added": "links added",
    "diff.links_removed": "links removed",
    "diff.effects": "effect on goals, outcomes and outputs",
    "diff.same": "the two versions are the same",
    "diff.requires_effects": "verdicts and margins held only by a lowered requires",
    "diff.col.old_bar": "at the old requirements",
    "w.TOC301": "{kind} '{node}' does not lead to any goal",
    "h.TOC301": (
        "add a contributes_to link towards an output, outcome or goal, or remove the node"
    ),
    "w.TOC302": "{kind} '{node}' has no contributors, so it cannot be potentially effective",
    "h.TOC302": "link activities, outputs or outcomes to it with contributes_to",
    "w.TOC303": "goal '{node}' is {verdict}",
    "h.TOC303": (
        "see which nodes below it are not potentially effective, which activities are "
        "stopped or unclear, and which assumptions fail or are at risk"
    ),
    "w.TOC304": (
        "goal '{node}' is no longer potentially effective as soon as any one of these "
        "activities stops: {activities}"
    ),
    "h.TOC304": (
        "consider a second route to the goal, so that losing one activity does not change its "
        "verdict"
    ),
    "w.TOC305": "activity '{node}' has status 'unclear'",
    "h.TOC305": "find out whether it runs; until then goals depending on it may be undetermined",
    "w.TOC306": "{kind} '{node}' has {n} contributors but does not state requires",
    "h.TOC306": (
        "state requires: all (each contributor is necessary, together they suffice: the usual "
        "reading of preconditions in a ToC), any (alternative routes: one suffices) or a "
        "number k (any k of them suffice); without it tocgraph assumes any"
    ),
    "illustrative.portfolio": (
        "ILLUSTRATIVE DATA: {n} of the {total} ToC files are examples; their contents are not "
        "statements by the organisations named"
    ),
    "rule.all": "needs all {n}",
    "rule.both": "needs both",
    "rule.any": "any 1 of {n}",
    "rule.k": "needs {k} of {n}",
    "illustrative.notice": (
        "ILLUSTRATIVE DATA: this file is an example; its contents are not statements "
        "by the organisations named"
    ),
    "cr.title": "Change request: {title}",
    "cr.alliance": "Alliance",
    "cr.lead": "Lead organisation",
    "cr.date": "Date",
    "cr.baseline": "Baseline ToC (as submitted)",
    "cr.summary": "Summary",
    "cr.counts": "{changes}: {stop} stopped, {add} added, {modify} modified, {remove} removed.",
    "cr.change.one": "1 change",
    "cr.change.many": "{n} changes",
    "cr.overall.lost.one": "After these changes, goal {goals} is no longer potentially effective.",
    "cr.overall.lost.many": (
        "After these changes, goals {goals} are no longer potentially effective."
    ),
    "cr.overall.none": "No goal was potentially effective before these changes.",
    "cr.overall.same.one": (
        "Goal {goal} remains potentially effective; its margin stays at {after}."
    ),
    "cr.overall.same.many": (
        "The {n} goals that were potentially effective remain so; the smallest margin among "
        "them stays at {after}."
    ),
    "cr.findings": "Findings for the account holder (computed by tocgraph)",
    "cr.findings.none": "No findings.",
    "cr.req.any": "any one of its contributors",
    "cr.req.all": "all its contributors",
    "cr.req.n": "{n} of its contributors",
    "cr.nothing": "nothing",
    "cr.summary.toc_changed": (
        "The ToC itself changes: goals, outcomes or outputs are added, removed or rewritten, "
        "so the verdicts before and after do not judge the same ToC (see the findings)."
    ),
    "cr.summary.held": (
        "Goal {goals} remains potentially effective only because a requirement was lowered; "
        "judged by the requirements as submitted, it would not be."
    ),
    "cr.justification": "The alliance's justification (as submitted)",
    "cr.justification.note": (
        "The words of the change request itself; tocgraph shows them and does not check them."
    ),
    "cr.findings.note": (
        "Computed by tocgraph from the ToC as submitted and the changes; not a statement by "
        "the alliance."
    ),
    "cr.check.toc_changed": "the ToC itself changes (goals, outcomes or outputs; not activities)",
    "cr.check.held": "goals potentially effective only because a requirement was lowered: {goals}",
    "cr.changes": (
        "Effect of each change, in order: each change builds on the previous ones "
        "(computed by tocgraph)"
    ),
    "cr.a.stop": "Stopping {node}",
    "cr.a.add": "Adding {node}",
    "cr.a.modify": "Modifying {node}",
    "cr.a.remove": "Removing {node}",
    "cr.rationale": "Rationale",
    "cr.rationale.none": "no rationale given",
    "cr.new_values": "New values",
    "cr.effect": "Effect",
    "cr.effect.none": "No goal, outcome or output changes verdict or margin.",
    "cr.goals": "Goals before and after (titles after the changes)",
    "cr.diagram": "The ToC after the changes",
    "cr.c.node": "node",
    "cr.c.title": "title",
    "cr.c.verdict_before": "verdict before",
    "cr.c.margin_before": "margin before",
    "cr.c.verdict_after": "verdict after",
    "cr.c.margin_after": "margin after",
    "cr.absent": "(not in this version)",
    "cr.footer": (
        "Generated by tocgraph {version} from {source}. A theory of change (ToC) supports only "
        "the verdicts *potentially effective*, *potentially ineffective* and *undetermined* "
        "(undetermined: the verdict hangs on unclear activities or assumptions at risk); it makes "
        "no claim about actual impact."
    ),
    "html.title": "{name}: theory of change (ToC)",
    "html.lead": "Verdicts, margins and single points of failure of {toc}, with a live what-if.",
    "html.section.whatif": "What if?",
    "html.section.diagram": "Diagram",
    "html.section.nodes": "Goals, outcomes and outputs",
    "html.section.activities": "Activities",
    "html.section.partners": "Partners",
    "html.section.warnings": "Warnings",
    "html.whatif.help": (
        "Click an activity (or focus it and press Enter or Space) to stop it in a scenario; a "
        "partner button stops all of that partner's activities. Every verdict, margin and "
        "single point of failure is recomputed at once, and the page address keeps the "
        "scenario, so a link to it shows the same."
    ),
    "html.noscript": (
        "JavaScript is off: the page shows the ToC as it is, without the what-if controls."
    ),
    "html.reset": "Clear the scenario",
    "html.save": "Save as change-request draft",
    "html.summary.none": "No scenario: the ToC as it is.",
    "html.summary.one": "Scenario: 1 activity stopped ({ids}): {effects}",
    "html.summary.many": "Scenario: {n} activities stopped ({ids}): {effects}",
    "html.effect.verdict": "{kind} {node}: {before} \u2192 {after}",
    "html.effect.margin": "{kind} {node}: margin {before} \u2192 {after}",
    "html.effect.more": "and {n} more",
    "html.effect.none": "no goal, outcome or output changes",
    "html.margin.unknown": "not computed here",
    "html.partial": (
        "This ToC is too large to recompute every margin in the page: for {nodes} a scenario "
        "shows the verdict only, and the margin reads 'not computed here'. "
        "Use tocgraph impact for those."
    ),
    "html.ignored": "Not activities that can stop, left out of the scenario: {ids}",
    "html.no_diagram": "No diagram: no layout program (dot or graphviz-pure) was found.",
    "html.diagram.caption": (
        "The ToC as it is; in a scenario, stopped activities fade and changed nodes get a "
        "thick black border."
    ),
    "html.diagram.scenario": (
        "Scenario: {ids} stopped. In the diagram the stopped activities fade, and a thick black "
        "border marks each node whose verdict or margin changes; the diagram's texts and colours "
        "are still those of the ToC as it is. The tables give the scenario's verdicts and "
        "margins."
    ),
    "html.cr.diagram.caption": (
        "The ToC after the changes; a thick black border marks what changed."
    ),
    "html.portfolio.footer": (
        "Made by tocgraph {version}. A theory of change (ToC) supports only the verdicts "
        "potentially effective, potentially ineffective and undetermined (undetermined: the "
        "verdict hangs on unclear activities or assumptions at risk); it makes no claim about "
        "actual impact."
    ),
    "html.col.id": "id",
    "html.col.title": "title",
    "html.col.rule": "rule (requires)",
    "html.col.status": "status",
    "html.col.code": "code",
    "html.col.message": "message",
    "html.rule.any": "any 1 of {n}",
    "html.rule.all": "all {n}",
    "html.rule.both": "both",
    "html.rule.k": "{k} of {n}",
    "html.rule.none": "no contributors",
    "html.stop": "stop in scenario",
    "html.activities_of.one": "{partner}: 1 activity that can be stopped",
    "html.activities_of": "{partner}: {n} activities that can be stopped",
    "html.draft.title": "Draft change request",
    "html.draft.comment": (
        "Draft from the tocgraph page: give every change a rationale, then run "
        "tocgraph change-request on this file."
    ),
    "html.footer": (
        "Made by tocgraph {version} from {source}. A theory of change (ToC) supports only the "
        "verdicts potentially effective, potentially ineffective and undetermined (undetermined: "
        "the verdict hangs on unclear activities or assumptions at risk); it makes no claim about "
        "actual impact."
    ),
    # --- nlword: counted nouns, meaning fixes, requires_not_scaled ---
    "count.file.one": "1 file",
    "count.file.many": "{n} files",
    "count.warning.one": "1 warning",
    "count.warning.many": "{n} warnings",
    "count.alliance.one": "1 alliance",
    "count.alliance.many": "{n} alliances",
    "count.aim.one": "1 aim",
    "count.aim.many": "{n} aims",
    "count.domain.one": "1 domain",
    "count.domain.many": "{n} domains",
    "or": "or",
    "render.legend.changed_request": "verdict or margin changed by this change request",
    "cr.overall.fell.one": (
        "Goal {goal} remains potentially effective; its margin falls from {before} to {after}."
    ),
    "cr.overall.rose.one": (
        "Goal {goal} remains potentially effective; its margin rises from {before} to {after}."
    ),
    "cr.overall.fell.many": (
        "The {n} goals that were potentially effective remain so; the smallest margin among "
        "them falls from {before} to {after}."
    ),
    "cr.overall.rose.many": (
        "The {n} goals that were potentially effective remain so; the smallest margin among "
        "them rises from {before} to {after}."
    ),
    "html.hint": "hint",
    "impact.changed": "goals, outcomes and outputs with another verdict or margin",
}
