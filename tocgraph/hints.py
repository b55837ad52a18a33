"""Parts of hints, as phrases: did-you-mean suggestions and lists of known names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tocgraph.errors import Phrase, PhraseArg, phrase

__all__ = [
    "known_phrase",
    "natural_key",
    "parts",
    "suggestion",
    "type_phrase",
    "value_phrase",
]

_TYPES = {"list": "list", "dict": "dict", "tuple": "list", "str": "str", "int": "int"}
_TYPES |= {"float": "float", "bool": "bool", "NoneType": "none"}


def type_phrase(value: object) -> PhraseArg:
    """What kind of value ``value`` is, in words a reader of any language knows.

    Examples
    --------
    >>> from tocgraph.i18n import render
    >>> render(type_phrase([1]), "nl"), render(type_phrase(1), "nl"), type_phrase(object())
    ('een lijst', 'een geheel getal', 'object')
    """
    name = type(value).__name__
    return phrase(f"type.{_TYPES[name]}") if name in _TYPES else name


def value_phrase(value: object, shown: str) -> PhraseArg:
    """``shown`` (the value as a message quotes it), named by kind for yes/no values and lists.

    Examples
    --------
    >>> from tocgraph.i18n import render
    >>> render(value_phrase(True, "True"), "nl"), render(value_phrase([1], "list"), "nl")
    ('een ja/nee-waarde (true)', 'een lijst')
    >>> value_phrase("x", "'x'")
    "'x'"
    """
    if isinstance(value, bool):
        return phrase("type.bool.value", value=str(value).lower())
    if isinstance(value, dict | list | tuple):
        return type_phrase(value)
    return shown


def suggestion(word: str, choices: Iterable[str], cutoff: float = 0.5) -> Phrase | None:
    """``did you mean 'x'?`` for the closest choice (``dh.did_you_mean``), or ``None``.

    The same word in another case is the closest choice; others must be at
    least ``cutoff`` alike (:class:`difflib.SequenceMatcher`'s ratio).

    Examples
    --------
    >>> suggestion("gestop", ["gestopt", "lopend"])
    Phrase(key='dh.did_you_mean', args=(('name', 'gestopt'),))
    >>> suggestion("Afgerond", ["afgerond"]).values, suggestion("xyz", ["A1"])
    ({'name': 'afgerond'}, None)
    """
    found = _closest(word, choices, cutoff)
    return None if found is None else phrase("dh.did_you_mean", name=found)


def _closest(word: str, choices: Iterable[str], cutoff: float = 0.5) -> str | None:
    pool = sorted(set(choices))
    lowered = {c.lower(): c for c in pool}
    if word.lower() in lowered:
        return lowered[word.lower()]
    return _close_match(word, pool, cutoff)


def _close_match(word: str, pool: Iterable[str], cutoff: float = 0.5) -> str | None:
    """``difflib.get_close_matches(word, pool, n=1, cutoff=cutoff)``'s answer, found sooner.

    The same similarity and the same tie-break (the greater name), but the
    costly :meth:`~difflib.SequenceMatcher.ratio` is computed only while the
    cheap upper bound of the names left (``quick_ratio``) can still beat the
    best one: among thousands of similar names (partners numbered 1 to 3,000)
    a handful instead of every one.

    Examples
    --------
    >>> _close_match("Organisatie 12", ["Organisation 12", "Organisation 21", "Other"])
    'Organisation 12'
    """
    import difflib  # only when a suggestion is wanted: start-up

    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    bounds: list[tuple[float, str]] = []
    for name in pool:
        matcher.set_seq1(name)
        if matcher.real_quick_ratio() >= cutoff and (bound := matcher.quick_ratio()) >= cutoff:
            bounds.append((bound, name))
    bounds.sort(reverse=True)
    best: tuple[float, str] | None = None
    for bound, name in bounds:
        if best is not None and bound < best[0]:
            break
        matcher.set_seq1(name)
        found = (matcher.ratio(), name)
        if found[0] >= cutoff and (best is None or found > best):
            best = found
    return None if best is None else best[1]


def known_phrase(label: PhraseArg, choices: Iterable[str], limit: int = 12) -> Phrase:
    """``known <label>: A, B`` with at most ``limit`` names; ``label`` may be a phrase too.

    Examples
    --------
    >>> known_phrase("ids", ["B", "A"]).values
    {'label': 'ids', 'names': 'A, B'}
    """
    names = sorted(set(choices), key=natural_key)
    shown = ", ".join(n if n.isprintable() else repr(n) for n in names[:limit])
    if not shown:
        return phrase("dh.known_none", label=label)
    if len(names) > limit:
        return phrase("dh.known_more", label=label, names=shown, more=len(names) - limit)
    return phrase("dh.known", label=label, names=shown)


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


def parts(*hints: Phrase | None) -> tuple[Phrase, ...]:
    """The hint phrases that are not ``None``, to be joined with '; '."""
    return tuple(h for h in hints if h is not None)
