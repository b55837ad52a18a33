"""Reading documents: YAML text (or a dict) to validated models, keeping line and column.

Names are imported on first use, so that reading a ToC does not import the
readers of change requests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tocgraph._lazy import lazy_exports

# imported now (the function ``load`` must shadow the module of the same name)
from tocgraph.loading.load import Document, from_dict, load, load_document, loads, parse_document

_EXPORTS: dict[str, str] = {
    "ChangeDocument": "tocgraph.loading.change",
    "load_change_request": "tocgraph.loading.change",
    "loads_change_request": "tocgraph.loading.change",
}

__all__ = [
    "ChangeDocument",
    "Document",
    "from_dict",
    "load",
    "load_change_request",
    "load_document",
    "loads",
    "loads_change_request",
    "parse_document",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


if TYPE_CHECKING:
    from tocgraph.loading.change import (
        ChangeDocument,
        load_change_request,
        loads_change_request,
    )
