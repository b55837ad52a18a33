"""Pictures of a ToC: DOT and Mermaid text, and SVG or PNG through a layout program.

The pipeline reads top to bottom:

* :mod:`~tocgraph.rendering.style` - the visual encoding (Okabe-Ito colours, line styles);
* :mod:`~tocgraph.rendering.scene` - what to draw: titles, captions, looks, legend;
* :mod:`~tocgraph.rendering.dot` and :mod:`~tocgraph.rendering.mermaid` - a scene as text;
* :mod:`~tocgraph.rendering.layout` - the only module that runs a program (``dot``
  or ``graphviz-pure``);
* :mod:`~tocgraph.rendering.api` - :func:`render`, all of the above in one call.

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

from tocgraph.rendering.api import FORMATS, Format, format_of, render
from tocgraph.rendering.dot import to_dot
from tocgraph.rendering.layout import (
    LayoutError,
    Renderer,
    RendererNotFoundError,
    RenderError,
    find_renderer,
    lay_out,
)
from tocgraph.rendering.mermaid import mermaid_block, to_mermaid

__all__ = [
    "FORMATS",
    "Format",
    "LayoutError",
    "RenderError",
    "Renderer",
    "RendererNotFoundError",
    "find_renderer",
    "format_of",
    "lay_out",
    "mermaid_block",
    "render",
    "to_dot",
    "to_mermaid",
]
