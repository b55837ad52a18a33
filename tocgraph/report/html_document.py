"""The shell every tocgraph HTML page shares: head, policy, inline style and script.

A page loads nothing: its Content-Security-Policy allows no source at all,
inline styles, and only the one inline script whose SHA-256 it names (or none).
Data for the script travels as JSON that cannot close its element.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Sequence
from importlib.resources import files

from tocgraph.i18n import Lang, text
from tocgraph.report.escape import html_text

__all__ = ["asset", "html_document", "illustrative_note", "script_json", "svg_figure"]

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def asset(name: str) -> str:
    """A file of :mod:`tocgraph.report.assets` as text."""
    return (files("tocgraph.report.assets") / name).read_text(encoding="utf-8")


def script_json(value: object) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element.

    Examples
    --------
    >>> script_json({"title": "</script><b>"})
    '{"title":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    raw = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return re.sub("[<>&]", lambda m: _JSON_ESCAPES[m.group(0)], raw)


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def illustrative_note(lang: Lang) -> str:
    """The notice on a page made from a file marked ``illustrative: true``."""
    notice = html_text(text("illustrative.notice", lang))
    return f'<p class="note warning-note illustrative">{notice}</p>'


def svg_figure(svg: str | None, lang: Lang, caption_key: str) -> str:
    """The SVG diagram inline, as a labelled figure; a note when there is none."""
    if svg is None:
        return f'<p class="note">{html_text(text("html.no_diagram", lang))}</p>'
    body = svg[svg.index("<svg") :]
    body = re.sub(r"<!--.*?-->\n?", "", body, flags=re.DOTALL)
    body = body.replace("<svg ", '<svg role="img" aria-labelledby="diagram-caption" ', 1)
    caption = html_text(text(caption_key, lang))
    figcaption = f'<figcaption id="diagram-caption">{caption}</figcaption>'
    return f"<figure>\n{body.strip()}\n{figcaption}\n</figure>"


_TABLE = re.compile(r"<table\b")


def _scrolling(markup: str) -> str:
    """Every table in a box that scrolls sideways on a narrow screen, not the whole page.

    Only tocgraph's own tags can match: text from input files is escaped (``&lt;``).

    Examples
    --------
    >>> _scrolling("<table><tr><td>1</td></tr></table>")
    '<div class="table-scroll"><table><tr><td>1</td></tr></table></div>'
    """
    opened = _TABLE.sub('<div class="table-scroll"><table', markup)
    return opened.replace("</table>", "</table></div>")


def html_document(
    title: str,
    lang: Lang,
    body: Sequence[str],
    *,
    data: object = None,
    script: str | None = None,
) -> str:
    """A whole page: ``title`` (plain text), ``body`` (markup lines), optional data and script.

    Examples
    --------
    >>> page = html_document("A <b> title", "nl", ["<p>hallo</p>"])
    >>> "<title>A &lt;b&gt; title</title>" in page, "script-src 'none'" in page
    (True, True)
    """
    code = None if script is None else "\n" + asset(script)
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src {_csp_hash(code) if code else repr('none')}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="tocgraph">',
        f"<title>{html_text(title)}</title>",
        f"<style>\n{asset('report.css')}</style>",
        "</head>",
        "<body>",
        *(_scrolling(line) for line in body),
    ]
    if data is not None:
        parts.append(
            f'<script type="application/json" id="tocgraph-data">{script_json(data)}</script>'
        )
    if code is not None:
        parts.append(f"<script>{code}</script>")
    parts += ["</body>", "</html>"]
    return "\n".join(p for p in parts if p) + "\n"
