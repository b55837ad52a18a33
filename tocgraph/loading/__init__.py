"""Reading ToC files: YAML text to validated models, keeping line and column."""

from tocgraph.loading.change import ChangeDocument, load_change_request
from tocgraph.loading.load import Document, load, load_document, loads, parse_document

__all__ = [
    "ChangeDocument",
    "Document",
    "load",
    "load_change_request",
    "load_document",
    "loads",
    "parse_document",
]
