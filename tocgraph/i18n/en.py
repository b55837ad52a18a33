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
    "critical.ranking": "activities ranked by what their loss alone costs",
    "diff.added": "added",
    "diff.removed": "removed",
    "diff.fields": "changed fields",
    "diff.links_added": "links added",
    "diff.links_removed": "links removed",
    "diff.effects": "effect on goals, outcomes and outputs",
    "diff.same": "the two versions are the same",
    "field.title": "title",
    "field.contributes_to": "contributes to",
    "field.status": "status",
    "field.strategy": "strategy",
    "field.partner": "partner",
    "field.requires": "requires",
    "field.description": "description",
    "field.serves": "serves",
    "field.kind": "level",
    "field.assumption": "assumption",
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
    "cr.f.no_rationale": "Change {change} ({action}) has no rationale.",
    "cr.f.goal_not_effective": "Goal {node} becomes {verdict}.",
    "cr.f.goal_single_point": (
        "Goal {node} now has a margin of 1: if {activities} stops, the goal is no longer "
        "potentially effective."
    ),
    "cr.f.added_reaches_no_goal": (
        "Added activity {node} (change {change}) does not lead to any goal."
    ),
    "cr.f.one_partner": (
        "After change {change} ({action}), goal {node} can no longer do without {partner}: if "
        "that partner drops out, the goal is no longer potentially effective."
    ),
    "cr.f.toc_changed.added": "The ToC itself changes: {node} is added ({after}).",
    "cr.f.toc_changed.removed": "The ToC itself changes: {node} ({before}) is removed.",
    "cr.f.toc_changed.title": (
        "The ToC itself changes: the title of {node} goes from \u201c{before}\u201d to "
        "\u201c{after}\u201d."
    ),
    "cr.f.toc_changed.requires": (
        "The ToC itself changes: {node} needs {before} before the changes and {after} after."
    ),
    "cr.f.toc_changed.links": (
        "The ToC itself changes: {node} contributes to {before} before the changes and to "
        "{after} after."
    ),
    "cr.f.requires_lowered": (
        "The requirement of {node} is lowered from {before} to {after}. Check whether the "
        "verdict stays favourable only because of that."
    ),
    "cr.f.partner_without_activities": (
        "Partner {partner} has no running activity left after the changes; this matters for "
        "the cooperation agreement and the budget."
    ),
    "cr.f.adjusted_activity.status": (
        "Activity {node} is set to \u201cadjusted\u201d (change {change}): confirm that it still "
        "contributes to {targets}."
    ),
    "cr.f.adjusted_activity.title": (
        "Activity {node} gets a new title (change {change}) but keeps its links: confirm that "
        "\u201c{after}\u201d still contributes to {targets}."
    ),
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
    "cr.check.toc_changed": "the ToC itself changes (goals, outcomes or outputs)",
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
        "Generated by tocgraph {version} from {source}. A theory of change (ToC) supports only the "
        "verdicts *potentially effective*, *potentially ineffective* and *undetermined* "
        "(undetermined: the verdict hangs on activities whose status is unclear); it makes no "
        "claim about actual impact."
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
    "html.summary.one": "1 activity stopped: {effects}",
    "html.summary.many": "{n} activities stopped: {effects}",
    "html.effect.verdict": "{kind} {node}: {before} \u2192 {after}",
    "html.effect.margin": "{kind} {node}: margin {before} \u2192 {after}",
    "html.effect.more": "and {n} more",
    "html.effect.none": "no goal, outcome or output changes",
    "html.margin.unknown": "not computed here",
    "html.partial": (
        "This ToC is too large to recompute every margin in the page: for {nodes} a scenario "
        "shows the verdict only, and their margins read 'not computed here'. "
        "Use tocgraph impact for those."
    ),
    "html.ignored": "Not activities that can stop, left out of the scenario: {ids}",
    "html.no_diagram": "No diagram: no layout program (dot or graphviz-pure) was found.",
    "html.diagram.caption": (
        "The ToC as it is; in a scenario, stopped activities fade and changed nodes get a "
        "thick black border."
    ),
    "html.cr.diagram.caption": (
        "The ToC after the changes; a thick black border marks what changed."
    ),
    "html.portfolio.footer": (
        "Made by tocgraph {version}. A theory of change (ToC) supports only the verdicts "
        "potentially effective, potentially ineffective and undetermined (undetermined: the "
        "verdict hangs on activities whose status is unclear); it makes no claim about actual "
        "impact."
    ),
    "html.col.id": "id",
    "html.col.title": "title",
    "html.col.rule": "rule (requires)",
    "html.col.status": "status",
    "html.col.code": "code",
    "html.col.message": "message",
    "html.rule.any": "any 1 of {n}",
    "html.rule.all": "all {n}",
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
        "verdicts potentially effective, potentially ineffective and undetermined "
        "(undetermined: the verdict hangs on activities whose status is unclear); it makes no "
        "claim about actual impact."
    ),
    # --- indicators and time ---
    "mon.w.TOC331": "{kind} '{node}' has no indicator",
    "mon.h.TOC331": (
        "add one under 'indicators:' (a number or a finding in words), so progress towards it "
        "can be followed"
    ),
    "mon.w.TOC332": (
        "indicator '{indicator}' of '{node}' has a measurement ({date}) before its baseline "
        "({baseline})"
    ),
    "mon.h.TOC332": "check the dates: the baseline is the starting point of the measurements",
    "mon.w.TOC333": (
        "indicator '{indicator}' of '{node}' has a target equal to its baseline ({value}), "
        "so its progress is undefined"
    ),
    "mon.h.TOC333": "set the target to the value the indicator should reach",
    "mon.w.TOC334": "activity '{node}' is still {status}, but its end date {end} is before {as_of}",
    "mon.h.TOC334": "update its status (achieved, stopped, adjusted) or its end date",
    "mon.indicators": "Indicators",
    "mon.indicators.as_of": "Indicators, as of {date}",
    "mon.col.node": "node",
    "mon.col.indicator": "indicator",
    "mon.col.kind": "kind",
    "mon.col.baseline": "baseline",
    "mon.col.target": "target",
    "mon.col.latest": "latest",
    "mon.col.progress": "progress",
    "mon.col.horizon": "horizon",
    "mon.col.start": "start",
    "mon.col.end": "end",
    "quantitative": "quantitative",
    "qualitative": "qualitative",
    "horizon.short": "short term",
    "horizon.medium": "medium term",
    "horizon.long": "long term",
    "mon.none": "no measurement",
    "mon.coverage.title": (
        "Monitoring: outcomes with an indicator measured in the 12 months up to {date}"
    ),
    "mon.col.alliance": "alliance",
    "mon.col.outcomes": "outcomes",
    "mon.col.with_indicator": "with indicator",
    "mon.col.measured": "measured",
    "mon.col.share": "share",
    "cr.effective_from": "Effective from",
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
    "cr.f.requires_not_scaled.one": (
        "{kind} {node} needs a fixed number of {k} contributors; with {added} as a new "
        "contributor that becomes {k} of {after} instead of {k} of {before}. The bar did not "
        "move with the new contributor: confirm that {k} is still the intended requirement."
    ),
    "cr.f.requires_not_scaled.many": (
        "{kind} {node} needs a fixed number of {k} contributors; with {added} as new "
        "contributors that becomes {k} of {after} instead of {k} of {before}. The bar did not "
        "move with the new contributors: confirm that {k} is still the intended requirement."
    ),
    "html.hint": "hint",
    "impact.changed": "goals, outcomes and outputs with another verdict or margin",
    # --- budget: budgets, money of change requests, triage ---
    "field.budget_eur": "budget",
    "money.amount": "EUR {sign}{amount}",
    "budget.summary": "budget: {total}; subsidy ceiling {ceiling} ({share} used)",
    "budget.summary.no_ceiling": "budget: {total} (no subsidy ceiling given)",
    "budget.col.partner": "partner (EUR)",
    "budget.col.period": "whole period",
    "budget.heading": "Budget",
    "budget.col.total": "total",
    "budget.unassigned": "(no partner)",
    "budget.stopped": "stopped activities, not counted: {amount}",
    "budget.without": "activities without a budget: {n}",
    "money.heading": "Financial consequences (planned budgets, computed by tocgraph)",
    "money.summary": (
        "Planned budget before the changes: {before}; after them: {after} (difference: {net}). "
        "Freed: {freed}; added: {added}; moved between partners: {moved}. "
        "In total {shifted} is shifted."
    ),
    "money.share": "That is {share} of the subsidy ceiling ({ceiling}).",
    "money.note": (
        "A stopped or removed activity frees its budget; the amount shifted is the amount "
        "moved between partners, plus the larger of the amounts 'freed' and 'added'."
    ),
    "money.per_partner": "Per partner (EUR)",
    "money.per_change": "Per change (EUR)",
    "money.c.partner": "partner",
    "money.c.before": "before",
    "money.c.after": "after",
    "money.c.net": "difference",
    "money.c.freed": "freed",
    "money.c.added": "added",
    "money.c.moved_in": "taken over from other partners",
    "money.c.moved_out": "handed over to other partners",
    "money.c.moved": "moved",
    "money.c.change": "change",
    "triage.heading": "Formal change request or annual plan",
    "triage.formal_request": (
        "By the policy file's triage rules, a formal change request to the subsidy office "
        "(DUS-I) is needed: {rule}."
    ),
    "triage.annual_plan": (
        "By the policy file's triage rules, a change of the annual plan suffices: none of "
        "the rules applies."
    ),
    "triage.illustrative": (
        "The thresholds of these rules are illustrative; the ministry sets them."
    ),
    "triage.note": "The policy file's triage rules, in order; the first that applies decides.",
    "triage.rule.goal_lost": "a goal is no longer potentially effective",
    "triage.rule.toc_changed": "the ToC itself changes (goals, outcomes or outputs)",
    "triage.rule.budget_shift_above_eur": "more than {threshold} is shifted",
    "triage.rule.budget_shift_above_share": (
        "more than {threshold} of the subsidy ceiling is shifted"
    ),
    "triage.found.goal_lost": "{goals}",
    "triage.found.toc_changed.yes": "yes",
    "triage.found.toc_changed.no": "no",
    "triage.found.shifted": "this request shifts {amount}",
    "triage.found.no_ceiling": "cannot be determined: the ToC gives no subsidy ceiling",
    "triage.applies": "applies",
    "triage.not_applies": "does not apply",
    # --- assumptions ---
    "w.TOC321": "assumption '{node}' is named on no link",
    "h.TOC321": "name it under 'assumptions:' of the links it bears on, or remove it",
    "assumptions": "assumptions",
    "assumption.untested": "untested",
    "assumption.holds": "holds",
    "assumption.at_risk": "at risk",
    "assumption.fails": "fails",
    "col.critical_assumptions": "critical assumptions",
    "col.critical_for": "critical for",
    "col.links": "links",
    "scenario.fail": "failing assumptions: {ids}",
    "diff.assumptions_added": "assumptions added",
    "diff.assumptions_removed": "assumptions removed",
    "diff.assumptions_changed": "assumptions changed",
    "field.assumptions": "named assumptions",
    "field.text": "text",
    "field.evidence": "sources",
    "cr.f.assumption_changed.added": (
        "Assumption {node} is added (change {change}; status: {after}): check which links name it."
    ),
    "cr.f.assumption_changed.removed": (
        "Assumption {node} ({before}) is removed (change {change}): the links that named it "
        "no longer depend on it."
    ),
    "cr.f.assumption_changed.status": (
        "The status of assumption {node} changes from {before} to {after} (change {change}): "
        "verdicts may change without any activity changing."
    ),
    "render.legend.assumption_fails": (
        "link resting on a failing assumption (\u2717): carries nothing"
    ),
    "render.legend.assumption_at_risk": "link resting on an assumption at risk",
    "html.section.assumptions": "Assumptions",
    "html.assumptions.help": (
        "A link resting on a failing assumption carries nothing; one at risk makes its "
        "contribution uncertain. 'Critical for' lists the nodes no longer potentially effective "
        "if that assumption alone fails (at-risk assumptions counted as failing), for the ToC "
        "as submitted."
    ),
    # --- review: Dutch review of the output ---
    "triage.found.no_budgets": "cannot be determined: the ToC states no budgets",
    "triage.reason.no_budgets": "the ToC states no budgets",
    "triage.reason.no_ceiling": "the ToC gives no subsidy ceiling",
    "triage.unchecked": "not checked",
    "triage.annual_plan.partly": (
        "On the rules that could be checked, a change of the annual plan suffices; not every "
        "rule could be checked: {reason}."
    ),
    "type.list": "a list",
    "type.dict": "a mapping of keys to values",
    "type.str": "a text",
    "type.int": "a whole number",
    "type.float": "a number",
    "type.bool": "a yes/no value",
    "type.none": "an empty value",
    "type.bool.value": "a yes/no value ({value})",
    "doc.start.tocgraph": "'tocgraph: 1', 'id: ...' and 'goals:'",
    "doc.start.tocgraph-policy": "'tocgraph-policy: 1', 'id: ...' and 'aims:'",
    "doc.start.tocgraph-change": "'tocgraph-change: 1' and 'toc: <the baseline file>'",
    "doc.command.tocgraph": "tocgraph check FILE",
    "doc.command.tocgraph-policy": "tocgraph portfolio DIR --policy FILE",
    "doc.command.tocgraph-change": "tocgraph change-request FILE",
    "yaml.unclosed_quote": "a text in quotes is not closed before the end of the file",
    "yaml.mapping_values": "a ':' followed by a space is not allowed here",
    "yaml.expected_key": "a key was expected here; check the indentation",
    "yaml.tab": "a tab cannot start a value; indent with spaces",
    "cli.wrote": "wrote {path}",
    "cli.no_scenario": (
        "name activities with --stop, partners with --partner or assumptions with --fail"
    ),
    "status_update.title": "Status update from {file}",
    "init.wrote": "Wrote {toc}, {change} and the schemas in {schemas}.",
    "init.example": (
        "The starter ToC is an example: replace its goals, outcomes and activities with yours."
    ),
    "init.next": "Next:",
    "init.step.check": "validate and assess:",
    "init.step.impact": "what if A1, A2 stop:",
    "init.step.render": "draw it:",
    "init.step.change": "justify a change:",
    "scenario.none": "no activity stopped",
    "scenario.already_stopped": "already stopped before the scenario: {ids}",
}
