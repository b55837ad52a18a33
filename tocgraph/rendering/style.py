"""The visual encoding shared by every output format: colours, line styles, sizes.

Colours come from the Okabe-Ito palette, which stays distinguishable for
readers with any common colour-vision deficiency. No cue relies on colour
alone; each one is doubled by a line style or by text, so the picture also
reads in greyscale print:

* the border says whether a node gives support: solid (it does), dashed (it
  does not: a stopped activity, a potentially ineffective node), dotted (no one
  knows: an unclear activity, an undetermined node);
* the fill of goals, outcomes and outputs gives the verdict, and the small line
  above the title spells it out; fills get darker as the verdict gets worse;
* delayed activities have a thick border, adjusted ones a double border;
* single points of failure have a yellow fill and say so in words;
* nodes a scenario changed have a thick black border and say what they were;
* a link that names a failing assumption is thick, dashed and vermillion, and its
  label crosses the assumption out (``\u00d7 S3``); one naming an at-risk assumption
  is dotted orange, its label says ``at risk``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tocgraph.analysis.support import Verdict
from tocgraph.schema.model import Status

__all__ = [
    "EDGE",
    "EDGE_ASSUMPTION_AT_RISK",
    "EDGE_ASSUMPTION_FAILS",
    "EDGE_NO_SUPPORT",
    "EDGE_UNCERTAIN",
    "FONT",
    "Look",
    "activity_look",
    "changed_look",
    "verdict_look",
]

LineStyle = Literal["solid", "dashed", "dotted"]

FONT = "Arial"
"""Arial metrics: Graphviz and graphviz-pure both know them, browsers substitute."""

# Okabe-Ito hues, and light tints of them for fills that keep black text readable.
BLACK = "#000000"
BLUISH_GREEN = "#009E73"
VERMILLION = "#D55E00"
SKY_BLUE = "#56B4E9"
ORANGE = "#E69F00"
BLUE = "#0072B2"
REDDISH_PURPLE = "#CC79A7"
GREY = "#8C8C8C"

FILL_EFFECTIVE = "#BFE7DC"  # 25% bluish green: mid-light in greyscale
FILL_INEFFECTIVE = "#EAAF80"  # 50% vermillion: the darkest fill
FILL_UNDETERMINED = "#DDF0FB"  # 20% sky blue: the lightest tint
FILL_ACTIVITY = "#FFFFFF"
FILL_STOPPED = "#E0E0E0"
FILL_CRITICAL = "#F7F1A0"  # 50% Okabe-Ito yellow
TEXT = "#000000"
TEXT_MUTED = "#4D4D4D"


@dataclass(frozen=True)
class Look:
    """How one node is drawn.

    Attributes
    ----------
    fill, border, text
        Colours as ``#RRGGBB``.
    line
        Border style.
    width
        Border width in points.
    double
        A second border around the first (adjusted activities).
    """

    fill: str
    border: str
    text: str = TEXT
    line: LineStyle = "solid"
    width: float = 1.2
    double: bool = False


@dataclass(frozen=True)
class EdgeLook:
    """How a ``contributes_to`` link is drawn."""

    colour: str
    line: LineStyle
    width: float = 1.2


EDGE = EdgeLook("#333333", "solid")
EDGE_NO_SUPPORT = EdgeLook(GREY, "dashed")
EDGE_UNCERTAIN = EdgeLook(GREY, "dotted")
EDGE_ASSUMPTION_FAILS = EdgeLook(VERMILLION, "dashed", 2.4)
EDGE_ASSUMPTION_AT_RISK = EdgeLook(ORANGE, "dotted", 2.0)

_VERDICT_LOOKS: dict[Verdict, Look] = {
    Verdict.POTENTIALLY_EFFECTIVE: Look(FILL_EFFECTIVE, BLUISH_GREEN),
    Verdict.POTENTIALLY_INEFFECTIVE: Look(FILL_INEFFECTIVE, VERMILLION, line="dashed"),
    Verdict.UNDETERMINED: Look(FILL_UNDETERMINED, BLUE, line="dotted", width=1.6),
}

_STATUS_LOOKS: dict[Status, Look] = {
    Status.PLANNED: Look(FILL_ACTIVITY, BLACK),
    Status.ON_TRACK: Look(FILL_ACTIVITY, BLACK),
    Status.ACHIEVED: Look(FILL_ACTIVITY, BLACK),
    Status.DELAYED: Look(FILL_ACTIVITY, ORANGE, width=3.5),
    Status.ADJUSTED: Look(FILL_ACTIVITY, BLUE, double=True),
    Status.UNCLEAR: Look(FILL_ACTIVITY, REDDISH_PURPLE, line="dotted", width=2.5),
    Status.STOPPED: Look(FILL_STOPPED, GREY, text=TEXT_MUTED, line="dashed"),
}


def verdict_look(verdict: Verdict, *, changed: bool = False) -> Look:
    """The look of a goal, outcome or output.

    Examples
    --------
    >>> verdict_look(Verdict.POTENTIALLY_INEFFECTIVE).line
    'dashed'
    >>> verdict_look(Verdict.POTENTIALLY_EFFECTIVE, changed=True).width
    3.5
    """
    look = _VERDICT_LOOKS[verdict]
    return changed_look(look) if changed else look


def changed_look(look: Look) -> Look:
    """``look`` with the thick black border that marks what a scenario or request changed.

    Examples
    --------
    >>> changed_look(activity_look(Status.STOPPED)).border, changed_look(_VERDICT_LOOKS[
    ...     Verdict.UNDETERMINED]).line
    ('#000000', 'dotted')
    """
    return Look(look.fill, BLACK, look.text, look.line, 3.5, look.double)


def activity_look(status: Status, *, critical: bool = False) -> Look:
    """The look of an activity with this (effective) status.

    Examples
    --------
    >>> activity_look(Status.STOPPED).line, activity_look(Status.ADJUSTED).double
    ('dashed', True)
    >>> activity_look(Status.ON_TRACK, critical=True).fill
    '#F7F1A0'
    """
    look = _STATUS_LOOKS[status]
    if critical and status is not Status.STOPPED:
        return Look(FILL_CRITICAL, look.border, look.text, look.line, look.width, look.double)
    return look
