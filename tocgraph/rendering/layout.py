"""Layout: the one module that runs a program, to turn DOT text into SVG or PNG.

The layout program is looked up in this order:

1. ``dot`` on the ``PATH`` (a system Graphviz);
2. ``graphviz-pure``, the pip-installable Rust port of Graphviz that
   ``pip install tocgraph`` brings along on Linux, macOS and Windows (x86-64
   and ARM): first the copy installed with this Python, then one on the
   ``PATH``;
3. none: :class:`RendererNotFoundError`, whose message says how to get one.
   ``tocgraph render`` then writes the ``.dot`` file instead.

It raises :class:`~tocgraph.errors.RendererNotFoundError` and
:class:`~tocgraph.errors.LayoutError`, both a
:class:`~tocgraph.errors.RenderError` (see the tree in :mod:`tocgraph.errors`);
they are re-exported here and from :mod:`tocgraph.rendering`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sysconfig
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Literal

from tocgraph.errors import LayoutError, Phrase, RendererNotFoundError, RenderError, phrase

__all__ = [
    "HOW_TO_GET_A_RENDERER",
    "LayoutError",
    "RenderError",
    "Renderer",
    "RendererNotFoundError",
    "find_renderer",
    "graphviz_pure",
    "lay_out",
]

ImageFormat = Literal["svg", "png"]

HOW_TO_GET_A_RENDERER = (
    "install Graphviz (https://graphviz.org/download/, e.g. 'apt install graphviz' or "
    "'brew install graphviz') so that 'dot' is on the PATH, or 'pip install graphviz-pure'; "
    "or render the .dot file elsewhere, or use --format mmd for a Mermaid chart"
)
TIMEOUT = 120.0
"""Seconds a layout may take before it counts as failed."""


@dataclass(frozen=True)
class Renderer:
    """A layout program: ``name`` is ``"dot"`` or ``"graphviz-pure"``, ``path`` runs it."""

    name: str
    path: str


def find_renderer() -> Renderer | None:
    """The first layout program found (system ``dot``, then graphviz-pure), or ``None``.

    Examples
    --------
    >>> found = find_renderer()
    >>> found is None or found.name in ("dot", "graphviz-pure")
    True
    """
    dot = shutil.which("dot")
    if dot:
        return Renderer("dot", dot)
    return graphviz_pure()


def graphviz_pure() -> Renderer | None:
    """The ``graphviz-pure`` program, or ``None`` when it is not installed.

    The wheel ships the program as a script (``bin/graphviz-pure``, or
    ``Scripts\\graphviz-pure.exe`` on Windows) and no Python code, so it is found
    through the package's file list, then in this Python's scripts folders,
    then on the ``PATH``: a virtual environment that is not activated works too.
    """
    for candidate in _graphviz_pure_candidates():
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return Renderer("graphviz-pure", str(candidate))
    found = shutil.which("graphviz-pure")
    return Renderer("graphviz-pure", found) if found else None


def _graphviz_pure_candidates() -> Iterator[Path]:
    try:
        files = metadata.distribution("graphviz-pure").files or []
    except metadata.PackageNotFoundError:
        files = []
    for file in files:
        if file.name in ("graphviz-pure", "graphviz-pure.exe"):
            yield Path(str(file.locate())).resolve()
    names = ("graphviz-pure.exe", "graphviz-pure") if os.name == "nt" else ("graphviz-pure",)
    for scheme in dict.fromkeys((sysconfig.get_default_scheme(), f"{os.name}_user")):
        try:
            folder = sysconfig.get_path("scripts", scheme)
        except KeyError:
            continue
        for name in names:
            yield Path(folder) / name


def lay_out(dot_source: str, fmt: ImageFormat = "svg", renderer: Renderer | None = None) -> bytes:
    """Lay out DOT text and return the picture as ``fmt`` (``"svg"`` or ``"png"``).

    Parameters
    ----------
    dot_source
        DOT text, e.g. from :func:`tocgraph.rendering.to_dot`.
    fmt
        ``"svg"`` or ``"png"`` (PNG at 144 dpi).
    renderer
        The program to run; by default :func:`find_renderer`.

    Raises
    ------
    RendererNotFoundError
        When no layout program is installed.
    LayoutError
        When the program fails, runs too long, or writes nothing.

    Examples
    --------
    >>> if find_renderer() is not None:
    ...     svg = lay_out('digraph { a -> b }')
    ...     print(svg.startswith(b"<?xml"))
    ... else:
    ...     print(True)
    True
    """
    chosen = renderer or find_renderer()
    if chosen is None:
        raise RendererNotFoundError(f"no layout program found; {HOW_TO_GET_A_RENDERER}")
    command = [chosen.path, f"-T{fmt}"]
    if fmt == "png":
        command.append("-Gdpi=144")
    try:
        done = subprocess.run(
            command, input=dot_source.encode("utf-8"), capture_output=True, timeout=TIMEOUT
        )
    except subprocess.TimeoutExpired as exc:
        raise _failed(
            phrase("layout.timeout", program=chosen.name, seconds=f"{TIMEOUT:g}")
        ) from exc
    except OSError as exc:
        from tocgraph.output import os_reason

        reason = os_reason(exc)
        raise _failed(
            phrase("layout.cannot_run", program=chosen.name, path=chosen.path, reason=reason)
        ) from exc
    if done.returncode != 0 or not done.stdout:
        errors = done.stderr.decode("utf-8", "replace").strip().splitlines()
        said = "; ".join(e for e in errors if "Warning" not in e)[-500:]
        detail = said or phrase("layout.no_output")
        raise _failed(
            phrase("layout.failed", program=chosen.name, code=done.returncode, detail=detail)
        )
    return done.stdout


def _failed(message: Phrase) -> LayoutError:
    """A :class:`~tocgraph.errors.LayoutError` in English that can be given in Dutch."""
    from tocgraph.i18n import render

    return LayoutError(render(message), (message,))
