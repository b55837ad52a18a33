"""Did-you-mean suggestions for hints."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

__all__ = ["did_you_mean", "join_hint", "known_list", "natural_key"]


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A ``did you mean 'x'?`` phrase for the closest choice, or ``None``.

    Examples
    --------
    >>> did_you_mean("O7", ["O1", "G1", "A3"])
    "did you mean 'O1'?"
    >>> did_you_mean("stoped", ["stopped", "planned"])
    "did you mean 'stopped'?"
    """
    pool = sorted(set(choices))
    lowered = {c.lower(): c for c in pool}
    if word.lower() in lowered:
        return f"did you mean {lowered[word.lower()]!r}?"
    close = difflib.get_close_matches(word, pool, n=1, cutoff=0.5)
    return f"did you mean {close[0]!r}?" if close else None


def known_list(label: str, choices: Iterable[str], limit: int = 12) -> str:
    """``Known outcomes: O1, O2, O3`` with at most ``limit`` names.

    Examples
    --------
    >>> known_list("outcomes", ["O2", "O1"])
    'known outcomes: O1, O2'
    """
    names = sorted(set(choices), key=natural_key)
    shown = ", ".join(names[:limit])
    more = f" (and {len(names) - limit} more)" if len(names) > limit else ""
    return f"known {label}: {shown or '(none)'}{more}"


def natural_key(text: str) -> tuple[object, ...]:
    """Sort key that puts A2 before A10."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text))


def join_hint(*parts: str | None) -> str | None:
    """Join the parts that are not ``None`` with '; '."""
    text = "; ".join(p for p in parts if p)
    return text or None
