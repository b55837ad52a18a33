"""User text made harmless, one helper per output format.

Titles, names, partners, rationales and descriptions come from files that
other people write. In Markdown they must not open a heading, a table, a
link or raw HTML; on a terminal they must not send control sequences (an
ESC in a name could clear the screen or forge coloured output).

Examples
--------
>>> markdown_inline("## Goals before and after\\n| G1 | forged |")
'\\\\#\\\\# Goals before and after \\\\| G1 \\\\| forged \\\\|'
>>> markdown_inline('<img src=x onerror="alert(1)">')
'&lt;img src=x onerror="alert(1)"&gt;'
>>> terminal("\\x1b[2Jname")
'\\\\x1b[2Jname'
"""

from __future__ import annotations

import re
import unicodedata

from tocgraph.charsets import BIDI_CONTROLS

__all__ = [
    "html_text",
    "markdown_cell",
    "markdown_code",
    "markdown_inline",
    "markdown_paragraph",
    "shown_text",
    "terminal",
    "terminal_text",
    "xml_text",
]

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")
_LINE_START = re.compile(r"^(\s*)([+=-]|\d+[.)])")
_BIDI = frozenset(BIDI_CONTROLS)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(_BIDI)) + "]")
"""What :func:`_is_control` accepts, as one pattern (category Cc is U+0000 to U+001F and
U+007F to U+009F)."""


_HTML_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + "".join(sorted(_BIDI)) + "]")
"""What :func:`html_text` shows as an escape: :data:`_CONTROL` but tab, line feed and
carriage return, which HTML reads as white space."""


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""What XML 1.0 cannot hold, not even as a character reference."""


def _is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" or char in _BIDI


def _visible(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def html_text(value: str) -> str:
    """``value`` as HTML text or a quoted attribute value.

    ``&``, ``<``, ``>`` and both quotes become entities, as :func:`html.escape`
    makes them (without importing :mod:`html`, which costs ``check`` its
    entity table), of :func:`shown_text`: control characters, which HTML does not allow in
    text, and bidirectional controls, which could reorder what the rest of a
    line seems to say, are shown as ``\\xNN`` / ``\\uNNNN``.

    Examples
    --------
    >>> html_text('<b title="x">Zorg & welzijn</b>')
    '&lt;b title=&quot;x&quot;&gt;Zorg &amp; welzijn&lt;/b&gt;'
    """
    return shown_text(value).translate(_HTML_ENTITIES)


_HTML_ENTITIES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)


def shown_text(value: str) -> str:
    """``value`` as an HTML page shows it, before entities: what its script must compare with.

    Control characters and bidirectional controls are shown as in Markdown and
    on a terminal; tab and line breaks stay (HTML reads them as white space).

    Examples
    --------
    >>> shown_text("gepland\\u202e dnegniteok\\n")
    'gepland\\\\u202e dnegniteok\\n'
    """
    if _HTML_CONTROL.search(value):
        return _HTML_CONTROL.sub(lambda found: _visible(found.group()), value)
    return value


def markdown_inline(value: str) -> str:
    """``value`` as literal text inside a Markdown paragraph, heading or table cell.

    Line breaks become spaces (so no heading, list or table can start),
    Markdown punctuation is backslash-escaped, ``&``, ``<`` and ``>`` become
    entities (so no raw HTML passes), and other control characters are shown
    as ``\\xNN``. Ordinary text is left as it is.

    Examples
    --------
    >>> markdown_inline("Workshops (pilot), 2025-2026; WO=MEN")
    'Workshops (pilot), 2025-2026; WO=MEN'
    >>> markdown_inline("*not* emphasis")
    '\\\\*not\\\\* emphasis'
    """
    flat = " ".join(value.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    flat = "".join(_visible(c) if _is_control(c) and c != "\t" else c for c in flat)
    flat = _MARKDOWN_SPECIAL.sub(r"\\\1", flat)
    return flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markdown_paragraph(value: str) -> str:
    """``value`` as a paragraph of its own: :func:`markdown_inline`, and a leading
    ``-``, ``+``, ``=`` or ``1.`` cannot start a list or underline a heading.

    Examples
    --------
    >>> markdown_paragraph("1. not a list"), markdown_paragraph("- nor this")
    ('1\\\\. not a list', '\\\\- nor this')
    """
    flat = markdown_inline(value)
    match = _LINE_START.match(flat)
    if match:
        lead, marker = match.groups()
        flat = f"{lead}{marker[:-1]}\\{marker[-1]}{flat[match.end() :]}"
    return flat


def markdown_cell(value: str) -> str:
    """``value`` as the text of one Markdown table cell (``|`` cannot end the cell).

    Examples
    --------
    >>> markdown_cell("a | b\\nc")
    'a \\\\| b c'
    """
    return markdown_inline(value)


def markdown_code(value: str) -> str:
    """``value`` as an inline code span, fenced so that backticks inside cannot close it.

    Examples
    --------
    >>> markdown_code("../toc.yaml"), markdown_code("a`b")
    ('`../toc.yaml`', '`` a`b ``')
    """
    flat = " ".join(value.splitlines())
    flat = "".join(_visible(c) if _is_control(c) else c for c in flat)
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    if not longest:
        return f"`{flat}`"
    fence = "`" * (longest + 1)
    return f"{fence} {flat} {fence}"


def terminal(value: str) -> str:
    """``value`` safe to print on a terminal: control characters, line breaks and
    bidirectional overrides are shown as ``\\xNN`` / ``\\uNNNN``.

    Examples
    --------
    >>> terminal("Stem op een Vrouw"), terminal("a\\nb\\x07")
    ('Stem op een Vrouw', 'a\\\\x0ab\\\\x07')
    """
    return _CONTROL.sub(lambda found: _visible(found.group()), value)


def terminal_text(report: str) -> str:
    """A whole report made safe for a terminal; its own line breaks are kept.

    Examples
    --------
    >>> terminal_text("line 1\\nline \\x1b[31m2\\n")
    'line 1\\nline \\\\x1b[31m2\\n'
    """
    return "\n".join(terminal(line) for line in report.split("\n"))


def xml_text(value: str) -> str:
    """``value`` with what XML 1.0 cannot hold (control characters but tab and line
    breaks, lone surrogates, U+FFFE, U+FFFF) shown as ``\\xNN`` / ``\\uNNNN``.

    For data files (GraphML, GEXF) that must stay well-formed: everything else
    is kept as written, and the XML writer escapes ``<``, ``&`` and quotes.

    Examples
    --------
    >>> xml_text("Act\\x1b[2J 2\\tok"), xml_text("Zorg & welzijn")
    ('Act\\\\x1b[2J 2\\tok', 'Zorg & welzijn')
    """
    if _XML_INVALID.search(value):
        return _XML_INVALID.sub(lambda found: _visible(found.group()), value)
    return value
