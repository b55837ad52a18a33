"""What to say about a status word tocgraph does not accept (TOC105).

A near miss (``stoped``, ``gestop``) is a typing error: the accepted word it
comes close to is suggested. A word with a meaning (``gestart``, ``gereed``,
``done``) is not a typing error, and the accepted word closest in letters can
mean the opposite (``gestart`` is close to ``gestopt``): such words are looked
up by meaning instead. Words that could mean two statuses (``beëindigd``:
stopped, or finished as planned?) get no suggestion but the choice.
"""

from __future__ import annotations

from tocgraph.errors import Phrase, phrase
from tocgraph.hints import parts, suggestion
from tocgraph.schema.nodes import ACTIVITY_STATUSES_NL, Status

__all__ = ["MEANINGS", "status_hint", "status_hints"]

MEANINGS: dict[str, str | None] = {
    # Dutch words for a running activity, then for a finished one
    **dict.fromkeys(["gestart", "bezig", "loopt", "actief", "in_behandeling"], "lopend"),
    **dict.fromkeys(["gereed", "af", "uitgevoerd", "gerealiseerd"], "afgerond"),
    "vertraging": "vertraagd",
    "geschrapt": "stopgezet",
    # English words for the same
    **dict.fromkeys(["started", "ongoing", "running", "in_progress", "active"], "on_track"),
    **dict.fromkeys(["done", "complete", "completed", "finished"], "achieved"),
    **dict.fromkeys(["cancelled", "canceled", "dropped"], "stopped"),
    "postponed": "delayed",
    **dict.fromkeys(["changed", "modified"], "adjusted"),
    "unknown": "unclear",
    # two meanings: stopped early, or finished as planned
    **dict.fromkeys(["beëindigd", "beeindigd", "afgelopen", "ended"], None),
}
"""Words with a meaning, not accepted, and the accepted word to suggest (``None``: ask)."""

_CLOSE = 0.8
"""How alike a word and an accepted one must be to be taken for a typing error."""


def status_hint() -> Phrase:
    """The statuses to use: English, the Dutch name of each, and the other Dutch words accepted."""
    named: dict[Status, str] = {}
    for word, status in ACTIVITY_STATUSES_NL.items():
        named.setdefault(status, word)  # the first Dutch word of a status is its name
    main_words = list(named.values())
    return phrase(
        "dh.TOC105",
        statuses=", ".join(s.value for s in Status),
        dutch=", ".join(main_words),
        more=", ".join(w for w in ACTIVITY_STATUSES_NL if w not in main_words),
    )


def status_hints(word: str) -> tuple[Phrase, ...]:
    """The hint of an unknown status ``word``: a suggestion if there is one, then the choices.

    Examples
    --------
    >>> from tocgraph.i18n import render
    >>> [render(p, "nl") for p in status_hints("gestart")][0]
    "bedoelde u 'lopend'?"
    >>> [render(p, "en") for p in status_hints("Stoped")][0]
    "did you mean 'stopped'?"
    >>> render(status_hints("beëindigd")[0], "en")
    "'beëindigd' can mean stopped or finished: write stopped (gestopt) or achieved (afgerond)"
    """
    key = word.strip().lower().replace(" ", "_").replace("-", "_")
    first: Phrase | None
    if key in MEANINGS:
        meant = MEANINGS[key]
        first = (
            phrase("dh.did_you_mean", name=meant)
            if meant is not None
            else phrase("dh.TOC105.two_meanings", word=word.strip())
        )
    else:
        first = suggestion(key, [*(s.value for s in Status), *ACTIVITY_STATUSES_NL], _CLOSE)
    return parts(first, status_hint())
