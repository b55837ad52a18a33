"""Finding ToC files among the paths given on the command line."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tocgraph.errors import InvalidToCError
from tocgraph.loading.document import CHANGE, POLICY, kind_of, read_file
from tocgraph.loading.yamlsource import parse_yaml

__all__ = ["is_other_document", "toc_files"]

_MARKERS = (POLICY.key, CHANGE.key)


def toc_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand directories into their ``.yaml``/``.yml`` ToC files, sorted by name.

    Files named explicitly are kept as they are (so a wrong file gets a clear
    error); in a directory, policy files and change requests are passed over
    (see :func:`is_other_document`), and subdirectories are not entered.

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
            if (
                child.suffix in (".yaml", ".yml")
                and child.is_file()
                and not is_other_document(child)
            ):
                found.append(child)
    return found


def is_other_document(path: Path) -> bool:
    """True when the file parses as a policy file or a change request.

    The kind is read from the parsed document, the way the loaders read it, so
    a quoted key, JSON, or a key after many comment lines is recognised. A
    file that cannot be read or parsed is not "other": checking it reports why.
    """
    try:
        text = read_file(path)
    except InvalidToCError:
        return False
    if not any(marker in text for marker in _MARKERS):
        return False  # the common case, without parsing twice
    data, _, problems = parse_yaml(text, str(path))
    return not problems and kind_of(data) in (POLICY, CHANGE)
