"""``draw``: a ToC and its assessment as SVG, PNG, DOT or Mermaid bytes.

:func:`draw` only builds and lays out a picture of results it is given; it runs
no analysis. :func:`render` is the convenience that assesses a ToC (or a
scenario on it) first and then draws it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal, get_args

from tocgraph.analysis.assessment import Assessment, assess
from tocgraph.analysis.whatif import impact
from tocgraph.errors import OptionError
from tocgraph.i18n import Lang
from tocgraph.rendering.dot import to_dot
from tocgraph.rendering.layout import Renderer, lay_out
from tocgraph.rendering.mermaid import to_mermaid
from tocgraph.rendering.scene import ChangedBy, Direction, Group, check_options
from tocgraph.schema.model import ToC

__all__ = ["FORMATS", "Format", "draw", "format_of", "render"]

Format = Literal["svg", "png", "dot", "mmd"]
FORMATS: tuple[Format, ...] = get_args(Format)


def draw(
    toc: ToC,
    assessment: Assessment,
    baseline: Assessment | None = None,
    *,
    format: Format = "svg",
    lang: Lang = "en",
    direction: Direction = "LR",
    group: Group | None = None,
    renderer: Renderer | None = None,
    changed_by: ChangedBy = "scenario",
) -> bytes:
    """Draw ``toc`` as ``assessment`` sees it; with ``baseline``, mark what differs.

    Parameters
    ----------
    toc
        A valid ToC.
    assessment
        Its assessment (``tocgraph.assess(toc)``), or ``impact.after`` for a
        scenario.
    baseline
        The assessment to compare with (``impact.before``, or the assessment
        of the ToC before a change request); nodes whose verdict or margin
        differ, and nodes it lacks, are marked as changed.
    format, lang, direction, group, renderer
        As for :func:`render`.

    Returns
    -------
    bytes
        The same bytes every time for the same input and layout program.

    Raises
    ------
    ValueError
        For an unknown ``format``, ``lang``, ``direction`` or ``group``, or an
        assessment of another ToC; the message names the parameter.
    RendererNotFoundError, LayoutError
        For SVG and PNG, when no layout program is installed or it fails.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/politica.yaml")
    >>> draw(toc, tocgraph.assess(toc), format="dot").splitlines()[0]
    b'digraph politica {'
    """
    _check_format(format)
    check_options(lang, direction, group, changed_by)
    if format == "mmd":
        text = to_mermaid(
            toc,
            assessment,
            baseline,
            lang=lang,
            direction=direction,
            group=group,
            changed_by=changed_by,
        )
        return text.encode("utf-8")
    dot = to_dot(
        toc,
        assessment,
        baseline,
        lang=lang,
        direction=direction,
        group=group,
        changed_by=changed_by,
    )
    if format == "dot":
        return dot.encode("utf-8")
    return lay_out(dot, format, renderer)


def render(
    toc: ToC,
    format: Format = "svg",
    *,
    stop: Iterable[str] = (),
    partners: Iterable[str] = (),
    lang: Lang = "en",
    direction: Direction = "LR",
    group: Group | None = None,
    renderer: Renderer | None = None,
    fail: Iterable[str] = (),
) -> bytes:
    """Draw a ToC: verdicts, statuses, single points of failure and a legend.

    With ``stop``, ``partners`` or ``fail`` the picture shows that scenario, and
    marks every goal, outcome and output whose verdict or margin it changes.
    Links that name assumptions say which, with their status; a link whose
    assumption fails is drawn broken.

    Parameters
    ----------
    toc
        A valid ToC.
    format
        ``"svg"`` or ``"png"`` (laid out by :mod:`tocgraph.rendering.layout`),
        ``"dot"`` (Graphviz source) or ``"mmd"`` (a Mermaid flowchart); the
        last two are UTF-8 text and need no program.
    stop, partners, fail
        The scenario, as for :func:`tocgraph.impact`.
    lang
        ``"en"`` or ``"nl"``.
    direction
        ``"LR"``: activities left, goals right (the default, which keeps titles
        readable when there are many activities); ``"TB"``: goals on top.
    group
        Box the activities per ``"partner"`` or per ``"strategy"``.
    renderer
        The layout program for SVG and PNG; by default the first one found.

    Returns
    -------
    bytes
        The same bytes every time for the same input and layout program.

    Raises
    ------
    ScenarioError
        When the scenario names an unknown activity, partner or assumption.
    TypeError
        When ``stop``, ``partners`` or ``fail`` is a single string, not a list of them.
    ValueError
        For an unknown ``format``, ``lang``, ``direction`` or ``group``.
    RendererNotFoundError, LayoutError
        For SVG and PNG, when no layout program is installed or it fails.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/politica.yaml")
    >>> dot = render(toc, "dot", partners=["Stem op een Vrouw"], lang="nl")
    >>> dot.splitlines()[0]
    b'digraph politica {'
    >>> b"flowchart LR" in render(toc, "mmd")
    True
    """
    _check_format(format)
    check_options(lang, direction, group)
    for name, ids in (("stop", stop), ("partners", partners), ("fail", fail)):
        if isinstance(ids, str):
            raise TypeError(f"{name} must be a list of names, not the string {ids!r}")
    stop, partners, fail = tuple(stop), tuple(partners), tuple(fail)
    baseline: Assessment | None = None
    if stop or partners or fail:
        scenario = impact(toc, stop=stop, partners=partners, fail=fail)
        assessment, baseline = scenario.after, scenario.before
    else:
        assessment = assess(toc)
    return draw(
        toc,
        assessment,
        baseline,
        format=format,
        lang=lang,
        direction=direction,
        group=group,
        renderer=renderer,
    )


def format_of(path: str | Path) -> Format | None:
    """The format a file name asks for by its suffix, or ``None``.

    Examples
    --------
    >>> format_of("docs/img/politica.SVG"), format_of("toc.gv"), format_of("toc.txt")
    ('svg', 'dot', None)
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    aliases: dict[str, Format] = {"gv": "dot", "mermaid": "mmd"}
    if suffix in aliases:
        return aliases[suffix]
    return next((f for f in FORMATS if f == suffix), None)


def _check_format(format: object) -> None:
    """An :class:`~tocgraph.errors.OptionError` for a format not in :data:`FORMATS`."""
    if isinstance(format, str) and format in FORMATS:
        return
    shown = repr(format) if isinstance(format, str) else f"of type {type(format).__name__}"
    raise OptionError(f"unknown format {shown}; choose one of {', '.join(FORMATS)}")
