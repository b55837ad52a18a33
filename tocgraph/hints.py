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
    shown = ", ".join(n if n.isprintable() else repr(n) for n in names[:limit])
    more = f" (and {len(names) - limit} more)" if len(names) > limit else ""
    return f"known {label}: {shown or '(none)'}{more}"


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that puts A2 before A10 (ASCII digits only; '²' is text).

    Examples
    --------
    >>> sorted(["A10", "A2", "A²", "B"], key=natural_key)
    ['A2', 'A10', 'A²', 'B']
    """
    return tuple(
        (0, int(part)) if part.isascii() and part.isdecimal() else (1, part)
        for part in re.split(r"([0-9]+)", text)
        if part
    )


def join_hint(*parts: str | None) -> str | None:
    """Join the parts that are not ``None`` with '; '."""
    text = "; ".join(p for p in parts if p)
    return text or None
