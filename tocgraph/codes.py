"""The diagnostic codes: each code's severity and a short English summary for the docs.

:mod:`tocgraph.errors` re-exports both names; ``docs/errors.md`` has an entry with
an example for each code, and a test keeps them in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["CODES", "CodeInfo", "Severity"]

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class CodeInfo:
    """What a diagnostic code means: its ``severity``, ``"error"`` (the file is rejected) or
    ``"warning"`` (reported, analysis runs), and a short English ``summary`` for the docs."""

    severity: Severity
    summary: str


CODES: dict[str, CodeInfo] = {
    "TOC001": CodeInfo("error", "the file cannot be read"),
    "TOC002": CodeInfo("error", "the file is larger than 5 MB"),
    "TOC003": CodeInfo("error", "the file is not UTF-8 text"),
    "TOC004": CodeInfo("error", "YAML syntax error"),
    "TOC005": CodeInfo("error", "duplicate key in a mapping"),
    "TOC006": CodeInfo("error", "YAML anchors, aliases and merge keys are not allowed"),
    "TOC007": CodeInfo("error", "unsupported YAML tag"),
    "TOC008": CodeInfo("error", "the document is not a single mapping"),
    "TOC009": CodeInfo("error", "too many errors in one file: the rest are not shown"),
    "TOC010": CodeInfo("error", "a number that YAML reads otherwise than it looks (0400000, 1:30)"),
    "TOC101": CodeInfo("error", "unknown key"),
    "TOC102": CodeInfo("error", "wrong type or invalid value"),
    "TOC103": CodeInfo("error", "missing required field"),
    "TOC104": CodeInfo("error", "unknown format version"),
    "TOC105": CodeInfo("error", "unknown activity status"),
    "TOC106": CodeInfo("error", "unknown intervention strategy"),
    "TOC120": CodeInfo("error", "a budget amount is not a whole number of euros"),
    "TOC121": CodeInfo("error", "a budget amount is negative"),
    "TOC122": CodeInfo("error", "a budget year is not a year, or lies outside the ToC's period"),
    "TOC201": CodeInfo("error", "duplicate id"),
    "TOC202": CodeInfo("error", "unknown reference in contributes_to"),
    "TOC203": CodeInfo("error", "link in a forbidden direction"),
    "TOC204": CodeInfo("error", "cycle"),
    "TOC205": CodeInfo("error", "requires is out of range"),
    "TOC206": CodeInfo("error", "unknown partner"),
    "TOC207": CodeInfo("error", "duplicate link"),
    "TOC208": CodeInfo("error", "lead is not one of the partners"),
    "TOC221": CodeInfo("error", "a link names an unknown assumption"),
    "TOC222": CodeInfo("error", "duplicate assumption id"),
    "TOC223": CodeInfo("error", "an assumption id is also a node id"),
    "TOC231": CodeInfo("error", "a quantitative indicator has a value missing or not a number"),
    "TOC232": CodeInfo("error", "a qualitative measurement has a value instead of a finding"),
    "TOC233": CodeInfo("error", "duplicate indicator id"),
    "TOC234": CodeInfo("error", "an activity ends before it starts"),
    "TOC301": CodeInfo("warning", "node reaches no goal"),
    "TOC302": CodeInfo("warning", "node has no contributors"),
    "TOC303": CodeInfo("warning", "goal is not potentially effective"),
    "TOC304": CodeInfo("warning", "goal has a single point of failure"),
    "TOC305": CodeInfo("warning", "activity status is unclear"),
    "TOC306": CodeInfo("warning", "node with several contributors does not state requires"),
    "TOC307": CodeInfo("warning", "partner names differ only in case, spaces or hidden characters"),
    "TOC320": CodeInfo("warning", "the activities' budgets exceed the subsidy ceiling"),
    "TOC321": CodeInfo("warning", "an assumption is named on no link"),
    "TOC331": CodeInfo("warning", "goal or outcome has no indicator"),
    "TOC332": CodeInfo("warning", "measurement dated before the indicator's baseline"),
    "TOC333": CodeInfo("warning", "target equals baseline: progress is undefined"),
    "TOC334": CodeInfo("warning", "running activity is past its end date"),
    "TOC401": CodeInfo("error", "duplicate policy id"),
    "TOC402": CodeInfo("error", "a goal serves an unknown policy id"),
    "TOC403": CodeInfo("error", "two ToC files have the same id"),
    "TOC404": CodeInfo(
        "warning", "policy aim or domain is served by no potentially effective goal"
    ),
    "TOC405": CodeInfo("warning", "alliances write a partner's name in different ways"),
    "TOC501": CodeInfo("error", "a change names none, or several, of stop/add/modify/remove"),
    "TOC502": CodeInfo("error", "a change names a node the ToC does not have"),
    "TOC503": CodeInfo("error", "an added node's id already exists"),
    "TOC504": CodeInfo("error", "a change sets a field the node does not have, or its id"),
    "TOC505": CodeInfo("error", "only activities can be stopped"),
    "TOC506": CodeInfo("error", "the baseline ToC of a change request cannot be loaded"),
    "TOC507": CodeInfo("error", "a change removes the last goal of the ToC"),
    "TOC508": CodeInfo("error", "the baseline path is absolute or leaves the root folder"),
    "TOC509": CodeInfo("warning", "a change has no rationale"),
}
