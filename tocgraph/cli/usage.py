"""Usage errors in the language of ``--lang``: argparse's own messages and the options' checks.

argparse words its errors in English (``unrecognized arguments: ...``) and
stops at the first one, before any option has been read. So
:func:`~tocgraph.cli.main` looks for ``--lang`` in the arguments first
(:func:`lang_of`) and parses them while :func:`speaking` that language; then
:class:`~tocgraph.cli.common.Parser` words argparse's messages from the
catalogue (keys ``usage.*``, see :func:`usage_message`), and the options'
types word theirs (:func:`type_error`). A message that argparse words in a
way not known here (another Python version) is shown as argparse words it.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tocgraph.i18n import Lang

__all__ = [
    "LANG_VARIABLE",
    "asked_lang",
    "default_lang",
    "lang_of",
    "speaking",
    "spoken",
    "type_error",
    "usage_message",
]

LANG_VARIABLE = "TOCGRAPH_LANG"
"""The environment variable that gives the language when ``--lang`` is not given."""

_LANG: ContextVar[Lang] = ContextVar("tocgraph_usage_lang", default="en")

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), key)
    for pattern, key in (
        (r"argument (?P<name>[^:]+): (?P<message>.+)", "usage.argument"),
        (r"the following arguments are required: (?P<names>.+)", "usage.required"),
        (r"unrecognized arguments: (?P<arguments>.+)", "usage.unrecognized"),
        (r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)", "usage.choice"),
        (r"expected (one|1) argument", "usage.one"),
        (r"expected at most one argument", "usage.at_most_one"),
        (r"expected at least one argument", "usage.at_least_one"),
        (r"expected (?P<count>\d+) arguments?", "usage.count"),
        (r"invalid (?P<kind>\S+) value: (?P<value>.+)", "usage.value"),
        (r"not allowed with argument (?P<name>.+)", "usage.not_allowed"),
        (r"one of the arguments (?P<names>.+) is required", "usage.one_of"),
        (r"ambiguous option: (?P<option>.+) could match (?P<matches>.+)", "usage.ambiguous"),
    )
)
"""argparse's messages as Python 3.11 words them, each with its catalogue key."""


def default_lang(environ: Mapping[str, str]) -> Lang:
    """The language of :data:`LANG_VARIABLE` in ``environ``; English when it is unset or empty.

    Raises
    ------
    ValueError
        When it names a language tocgraph does not speak (the message says so).

    Examples
    --------
    >>> default_lang({"TOCGRAPH_LANG": "nl"}), default_lang({})
    ('nl', 'en')
    >>> default_lang({"TOCGRAPH_LANG": "de"})
    Traceback (most recent call last):
    ...
    ValueError: TOCGRAPH_LANG: invalid choice: 'de' (choose from 'en', 'nl')
    """
    from tocgraph.i18n import LANGUAGES

    value = environ.get(LANG_VARIABLE, "").strip()
    if not value:
        return "en"
    if (known := _language(value)) is not None:
        return known
    choices = ", ".join(repr(lang) for lang in LANGUAGES)
    raise ValueError(f"{LANG_VARIABLE}: invalid choice: {value!r} (choose from {choices})")


def lang_of(argv: Sequence[str], default: Lang = "en") -> Lang:
    """The language that ``--lang`` asks for in ``argv`` (the last one counts); else ``default``.

    Read before argparse runs, so that its errors can follow it. Accepts what
    argparse accepts: ``--lang nl``, ``--lang=nl`` and abbreviations down to
    ``--la``. Anything after ``--`` is an argument, not an option.

    Examples
    --------
    >>> lang_of(["check", "toc.yaml", "--lang", "nl"])
    'nl'
    >>> lang_of(["check", "--lang=de"]), lang_of(["check", "--", "--lang", "nl"])
    ('en', 'en')
    >>> lang_of(["check"], "nl"), lang_of(["check", "--lang", "en"], "nl")
    ('nl', 'en')
    """
    return asked_lang(argv) or default


def asked_lang(argv: Sequence[str]) -> Lang | None:
    """The language a valid ``--lang`` in ``argv`` asks for, if any (see :func:`lang_of`)."""
    lang: Lang | None = None
    for i, argument in enumerate(argv):
        if argument == "--":
            break
        name, equals, inline = argument.partition("=")
        if not _is_lang(name):
            continue
        value = inline if equals else (argv[i + 1] if i + 1 < len(argv) else "")
        lang = _language(value) or lang
    return lang


def command_of(argv: Sequence[str], commands: Collection[str]) -> str | None:
    """The command ``argv`` names, when only the main parser's ``--lang`` comes before it.

    ``None`` for anything else (help, the version, another option, an unknown
    command): then the whole parser is needed to answer.

    Examples
    --------
    >>> names = {"check", "render"}
    >>> command_of(["check", "x.yaml"], names), command_of(["--lang=nl", "render"], names)
    ('check', 'render')
    >>> command_of(["--la", "nl", "check"], names), command_of(["--help"], names)
    ('check', None)
    >>> command_of(["chekc", "x.yaml"], names), command_of(["--lang", "check"], names)
    (None, None)
    """
    skip = False
    for argument in argv:
        if skip:
            skip = False
            continue
        name, equals, _ = argument.partition("=")
        if _is_lang(name):
            skip = not equals
            continue
        return argument if argument in commands else None
    return None


def _is_lang(option: str) -> bool:
    """Whether argparse reads ``option`` as ``--lang`` ("--l" is --lang where it is unique)."""
    return len(option) >= 3 and "--lang".startswith(option)


def _language(value: str) -> Lang | None:
    """``value`` as one of the languages tocgraph speaks, if it is one."""
    from tocgraph.i18n import LANGUAGES

    return next((known for known in LANGUAGES if value == known), None)


@contextmanager
def speaking(lang: Lang) -> Iterator[None]:
    """Word usage errors in ``lang`` meanwhile (in this thread or task only)."""
    token = _LANG.set(lang)
    try:
        yield
    finally:
        _LANG.reset(token)


def spoken() -> Lang:
    """The language usage errors are worded in now (see :func:`speaking`)."""
    return _LANG.get()


def type_error(key: str, **values: object) -> argparse.ArgumentTypeError:
    """An option's error (raised by an argparse ``type``), worded in the current language."""
    from tocgraph.i18n import text

    return argparse.ArgumentTypeError(text(key, spoken(), **values))


def usage_message(message: str, lang: Lang) -> str:
    """argparse's English ``message`` worded in ``lang``; unknown messages stay as they are.

    Examples
    --------
    >>> usage_message("argument --lang: invalid choice: 'de' (choose from 'en', 'nl')", "nl")
    "bij --lang: ongeldige keuze: 'de' (kies uit 'en', 'nl')"
    >>> usage_message("unrecognized arguments: --bogus", "en")
    'unrecognized arguments: --bogus'
    >>> usage_message("something argparse may say one day", "nl")
    'something argparse may say one day'
    """
    from tocgraph.i18n import text

    for pattern, key in _PATTERNS:
        match = pattern.fullmatch(message)
        if match is not None:
            values = match.groupdict()
            if "message" in values:
                values["message"] = usage_message(values["message"], lang)
            return text(key, lang, **values)
    return message
