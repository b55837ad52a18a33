"""Finding ToC files among the paths given on the command line."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tocgraph.errors import Diagnostic, InvalidToCError, phrase
from tocgraph.i18n import diagnostic
from tocgraph.loading.document import CHANGE, POLICY, DocumentKind, kind_of, read_file
from tocgraph.loading.yamlsource import parse_yaml

__all__ = ["folder_entries", "is_other_document", "other_kind", "toc_files"]

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
        found += [
            child
            for child, refused in folder_entries(path)
            if refused is None and not is_other_document(child)
        ]
    return found


def folder_entries(folder: Path) -> list[tuple[Path, Diagnostic | None]]:
    """The ``.yaml``/``.yml`` names in ``folder``, sorted, each with why it is not read (if so).

    A folder of that name is passed over (subfolders are not entered). Not
    read, with a TOC001 that says why: a name that is no regular file (a
    pipe, a device, a broken or looping link), and a link to a file outside
    the folder. Reading that would show keys and lines of a file the folder
    does not hold, from anywhere on the system (found by fuzzing). A file
    named on the command line is read wherever it is: the user chose it.

    Examples
    --------
    >>> [(p.name, refused) for p, refused in folder_entries(Path("models"))][:1]
    [('act4respect-unlimited.yaml', None)]
    """
    inside = folder.resolve()
    entries: list[tuple[Path, Diagnostic | None]] = []
    for child in sorted(folder.iterdir()):
        if child.suffix not in (".yaml", ".yml"):
            continue
        try:
            target = child.resolve(strict=True)
            regular, folder_named = target.is_file(), target.is_dir()
        except (OSError, RuntimeError):  # broken link, link loop
            target, regular, folder_named = None, False, False
        if folder_named:
            continue
        why = None
        if target is None:  # a link to nothing, or a loop of links
            why = "broken_link"
        elif not regular:
            why = "not_regular"
        elif target is not None and not target.is_relative_to(inside):
            why = "outside"
        refused = None
        if why is not None:
            message, hint = phrase(f"d.folder.{why}"), phrase(f"dh.folder.{why}")
            refused = diagnostic("TOC001", message, hint, str(child))
        entries.append((child, refused))
    return entries


def is_other_document(path: Path) -> bool:
    """True when the file parses as a policy file or a change request.

    The kind is read from the parsed document, the way the loaders read it, so
    a quoted key, JSON, or a key after many comment lines is recognised. A
    file that cannot be read or parsed is not "other": checking it reports why.
    """
    return other_kind(path) is not None


def other_kind(path: Path) -> DocumentKind | None:
    """:data:`POLICY` or :data:`CHANGE` when the file parses as one (see
    :func:`is_other_document`), else ``None``."""
    try:
        text = read_file(path)
    except InvalidToCError:
        return None
    if not any(marker in text for marker in _MARKERS):
        return None  # the common case, without parsing twice
    data, _, problems = parse_yaml(text, str(path))
    kind = None if problems else kind_of(data)
    return kind if kind in (POLICY, CHANGE) else None
