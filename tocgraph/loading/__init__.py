"""Reading documents: YAML text (or a dict) to validated models, keeping line and column."""

from tocgraph.loading.change import ChangeDocument, load_change_request, loads_change_request
from tocgraph.loading.load import Document, from_dict, load, load_document, loads, parse_document

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
