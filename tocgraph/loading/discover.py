"""Finding ToC files among the paths given on the command line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

__all__ = ["OTHER_DOCUMENT", "toc_files"]

OTHER_DOCUMENT = re.compile(rb"^tocgraph-(policy|change)\s*:", re.MULTILINE)
"""A policy or change-request file, which a directory scan passes over."""


def toc_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand directories into their ``.yaml``/``.yml`` ToC files, sorted by name.

    Files named explicitly are kept as they are (so a wrong file gets a clear
    error); in a directory, files that declare themselves a policy or a change
    request (``tocgraph-policy:``, ``tocgraph-change:``) are passed over, and
    subdirectories are not entered.

    Examples
    --------
    >>> [p.name for p in toc_files(["models"])][:2]
    ['act4respect-unlimited.yaml', 'financieel-sterk-door-werk.yaml']
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found.append(path)
            continue
        for child in sorted(path.iterdir()):
            if child.suffix in (".yaml", ".yml") and child.is_file() and not _other(child):
                found.append(child)
    return found


def _other(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return OTHER_DOCUMENT.search(head) is not None
