"""Compatibility shim: the catalogue moved to :mod:`tocgraph.i18n`.

Kept until every caller (``rendering/``) imports :mod:`tocgraph.i18n` directly.
"""

from __future__ import annotations

from tocgraph.i18n import LANGUAGES, Lang, field_label, keys, text, value_label

__all__ = ["LANGUAGES", "Lang", "all_keys", "field_label", "label", "value_label"]

label = text
all_keys = keys
