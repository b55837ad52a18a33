"""Reading policy files (``tocgraph-policy: 1``), and a portfolio's directory.

The same machinery as for ToC files: the safe YAML reader keeps line and
column, pydantic's errors become diagnostics with stable codes and hints, and
the one rule that spans several items (unique ids across aims and domains,
``TOC401``) is checked with locations too. :func:`load_portfolio_files` reads
every ToC in a directory and its policy file, collecting the errors of all.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tocgraph.errors import Diagnostic, InvalidToCError
from tocgraph.loading.discover import toc_files
from tocgraph.loading.load import Document, load_document, translate_errors
from tocgraph.loading.yamlsource import Positions, parse_yaml, read_text_or_raise, relocate
from tocgraph.schema.policy import Policy, PolicyItem, duplicate_policy_ids

__all__ = [
    "PolicyDocument",
    "PortfolioFiles",
    "load_policy",
    "load_policy_document",
    "load_portfolio_files",
    "parse_policy",
]

DataPath = tuple[str | int, ...]
_SECTIONS = ("aims", "domains")
_VERSION = "tocgraph-policy"


@dataclass(frozen=True)
class PolicyDocument:
    """A validated policy together with where it came from.

    Attributes
    ----------
    policy
        The model.
    source
        The file name (or ``"<string>"``).
    locations
        1-based (line, column) of each aim's and domain's mapping, by id.
    """

    policy: Policy
    source: str
    locations: dict[str, tuple[int, int]]

    def locate(self, diagnostic: Diagnostic) -> Diagnostic:
        """The diagnostic with this file and the position of its aim or domain.

        Examples
        --------
        >>> doc = load_policy_document("models/policy.yaml")
        >>> doc.locate(Diagnostic("TOC404", "not served", node="media")).location()
        'models/policy.yaml:17:5'
        """
        return relocate(diagnostic, self.source, self.locations)


def load_policy(path: str | Path) -> Policy:
    """Load and validate a policy file.

    Parameters
    ----------
    path
        A YAML file in the policy format (see ``docs/portfolio.md``).

    Returns
    -------
    Policy

    Raises
    ------
    InvalidToCError
        With every problem found, each located at ``file:line:column``.

    Examples
    --------
    >>> policy = load_policy("models/policy.yaml")
    >>> policy.id, len(policy.aims), len(policy.domains)
    ('gender-lhbti-2022-2027', 2, 9)
    """
    return load_policy_document(path).policy


def load_policy_document(path: str | Path) -> PolicyDocument:
    """Like :func:`load_policy`, but keep the file name and item positions.

    Raises
    ------
    InvalidToCError
        With every problem found.
    """
    return parse_policy(read_text_or_raise(Path(path)), str(path))


def parse_policy(text: str, source: str = "<string>") -> PolicyDocument:
    """Validate policy text (YAML).

    Raises
    ------
    InvalidToCError
        With every problem found.

    Examples
    --------
    >>> text = '''tocgraph-policy: 1
    ... id: demo
    ... aims: [{id: equality, title: Gelijkheid}]
    ... domains: [{id: equality, title: Onderwijs}]
    ... '''
    >>> try:
    ...     parse_policy(text, "p.yaml")
    ... except InvalidToCError as exc:
    ...     print(exc)
    p.yaml:4:16: error[TOC401]: duplicate policy id 'equality'
      hint: aims and domains share one set of ids; 'equality' is already used at line 3
    """
    data, positions, problems = parse_yaml(text, source)
    if problems:
        raise InvalidToCError(problems)
    if not isinstance(data, dict):
        raise InvalidToCError([_not_a_mapping(data, source)])
    _check_version(data, positions, source)
    problems = []
    try:
        Policy.model_validate(data, context={"semantics": False})
    except ValidationError as exc:
        translated = translate_errors(exc, (), positions, source, None, _model_at)
        problems.extend(_reworded(d) for d in translated)
    problems.extend(_duplicates(data, positions, source))
    if problems:
        raise InvalidToCError(problems)
    policy = Policy.model_validate(data, context={"semantics": False})
    locations = {}
    for section in _SECTIONS:
        for index, item in enumerate(getattr(policy, section)):
            where = positions.value((section, index))
            if where is not None:
                locations[item.id] = where
    return PolicyDocument(policy, source, locations)


@dataclass(frozen=True)
class PortfolioFiles:
    """The ToCs of a portfolio directory, sorted by file name, and its policy file."""

    documents: tuple[Document, ...]
    policy: PolicyDocument | None


def load_portfolio_files(directory: str | Path, policy: str | Path | None = None) -> PortfolioFiles:
    """Load every ToC file in ``directory`` and the policy file.

    Parameters
    ----------
    directory
        A directory of ToC files; subdirectories are not entered.
    policy
        The policy file; by default ``directory/policy.yaml`` if there is one.

    Raises
    ------
    InvalidToCError
        With every problem in every file (``TOC001`` when ``directory`` is not
        a directory or holds no ``.yaml`` files).

    Examples
    --------
    >>> files = load_portfolio_files("models")
    >>> len(files.documents), files.policy.source
    (8, 'models/policy.yaml')
    """
    folder = Path(directory)
    if not folder.is_dir():
        hint = "give the directory that holds the ToC files"
        raise InvalidToCError([Diagnostic("TOC001", "not a directory", hint, str(folder))])
    default = folder / "policy.yaml"
    policy_path = Path(policy) if policy else (default if default.is_file() else None)
    files = [f for f in toc_files([folder]) if f != policy_path]
    if not files:
        hint = "a portfolio directory holds one .yaml ToC file per alliance"
        raise InvalidToCError([Diagnostic("TOC001", "no .yaml files found", hint, str(folder))])
    problems: list[Diagnostic] = []
    documents = []
    for path in files:
        try:
            documents.append(load_document(path))
        except InvalidToCError as exc:
            problems.extend(exc.diagnostics)
    policy_document = None
    if policy_path is not None:
        try:
            policy_document = load_policy_document(policy_path)
        except InvalidToCError as exc:
            problems.extend(exc.diagnostics)
    if problems:
        raise InvalidToCError(problems)
    return PortfolioFiles(tuple(documents), policy_document)


def _model_at(path: DataPath) -> type[BaseModel]:
    """The model whose keys are allowed at ``path``, for unknown-key hints."""
    return PolicyItem if path[:1] in (("aims",), ("domains",)) else Policy


def _reworded(diagnostic: Diagnostic) -> Diagnostic:
    """Speak of policies where the shared translation speaks of ToCs or pydantic's terms."""
    message, hint = diagnostic.message, diagnostic.hint
    if "is not a valid ToC id" in message:
        message = message.replace("is not a valid ToC id", "is not a valid policy id")
        hint = "use lower-case letters, digits and hyphens, e.g. 'gender-lhbti-2022-2027'"
    elif message.startswith("aims: Tuple should have at least 1 item"):
        message = "aims: a policy needs at least one aim"
        hint = "add an aim under 'aims:', e.g. '- {id: gender-equality, title: Gendergelijkheid}'"
    return dataclasses.replace(diagnostic, message=message, hint=hint)


def _not_a_mapping(data: Any, source: str) -> Diagnostic:
    what = "the file is empty" if data is None else f"the file holds a {type(data).__name__}"
    return Diagnostic(
        "TOC008",
        f"{what}, not a mapping of keys to values",
        "a policy file starts with 'tocgraph-policy: 1', 'id: ...' and 'aims:'",
        source,
        1,
        1,
    )


def _check_version(data: dict[str, Any], positions: Positions, source: str) -> None:
    """Stop early on a missing or unknown version: the rest would be guesswork."""
    if _VERSION not in data:
        is_toc = "tocgraph" in data
        raise InvalidToCError(
            [
                Diagnostic(
                    "TOC103",
                    "missing required field 'tocgraph-policy' at the top level",
                    "this is a ToC file, not a policy file; give the policy file"
                    if is_toc
                    else "add 'tocgraph-policy: 1' as the first line",
                    source,
                    1,
                    1,
                )
            ]
        )
    version = data[_VERSION]
    if type(version) is not int or version != 1:
        line, col = positions.value((_VERSION,)) or (None, None)
        raise InvalidToCError(
            [
                Diagnostic(
                    "TOC104",
                    f"unknown policy format version {version!r}",
                    "this version of tocgraph reads 'tocgraph-policy: 1'",
                    source,
                    line,
                    col,
                )
            ]
        )


def _duplicates(data: dict[str, Any], positions: Positions, source: str) -> list[Diagnostic]:
    """TOC401 for every aim or domain id used before, located at the second use."""
    paths: list[DataPath] = []
    ids: list[str] = []
    for section in _SECTIONS:
        items = data.get(section)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                paths.append((section, index, "id"))
                ids.append(item["id"])
    problems = []
    for index, item_id in duplicate_policy_ids(ids):
        first = positions.value(paths[ids.index(item_id)])
        at = f" at line {first[0]}" if first else ""
        line, col = positions.value(paths[index]) or (None, None)
        problems.append(
            Diagnostic(
                "TOC401",
                f"duplicate policy id {item_id!r}",
                f"aims and domains share one set of ids; {item_id!r} is already used{at}",
                source,
                line,
                col,
                item_id,
            )
        )
    return problems
