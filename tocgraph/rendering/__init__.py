"""Pictures of a ToC: DOT and Mermaid text, and SVG or PNG through a layout program.

The pipeline reads top to bottom:

* :mod:`~tocgraph.rendering.style` - the visual encoding (Okabe-Ito colours, line styles);
* :mod:`~tocgraph.rendering.text` - user text as a picture shows it (one line, no
  control characters);
* :mod:`~tocgraph.rendering.scene` - what to draw: titles, captions, looks, legend;
* :mod:`~tocgraph.rendering.dot` and :mod:`~tocgraph.rendering.mermaid` - a scene as text;
* :mod:`~tocgraph.rendering.layout` - the only module that runs a program (``dot``
  or ``graphviz-pure``);
* :mod:`~tocgraph.rendering.api` - :func:`draw`, a ToC and its assessment as
  bytes in one call, and :func:`render`, which assesses the ToC first.

Its errors (:class:`~tocgraph.errors.RenderError` and the two below it) live in
:mod:`tocgraph.errors` with every other exception, and are re-exported here.

The package is called ``rendering`` (as ``loading`` holds ``load``) so that it
never shadows the function ``tocgraph.render``: importing a subpackage binds its
name on the parent package.

Examples
--------
>>> import tocgraph
>>> from tocgraph.rendering import render
>>> toc = tocgraph.load("models/jong-gelijk.yaml")
>>> render(toc, "mmd", lang="nl").splitlines()[1]
b'flowchart LR'
"""

from tocgraph.errors import LayoutError, RendererNotFoundError, RenderError
from tocgraph.rendering.api import FORMATS, Format, draw, format_of, render
from tocgraph.rendering.dot import to_dot
from tocgraph.rendering.layout import Renderer, find_renderer, lay_out
from tocgraph.rendering.mermaid import mermaid_block, to_mermaid

__all__ = [
    "FORMATS",
    "Format",
    "LayoutError",
    "RenderError",
    "Renderer",
    "RendererNotFoundError",
    "draw",
    "find_renderer",
    "format_of",
    "lay_out",
    "mermaid_block",
    "render",
    "to_dot",
    "to_mermaid",
]
