"""Reading ToC files: YAML text to validated models, keeping line and column."""

from tocgraph.loading.load import Document, load, load_document, loads, parse_document

__all__ = ["Document", "load", "load_document", "loads", "parse_document"]
