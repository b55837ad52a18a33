"""Reading policy files (``tocgraph-policy: 1``), and a portfolio's directory.

The same machinery as for ToC files: the safe YAML reader keeps line and
column, pydantic's errors become diagnostics with stable codes and hints, and
the one rule that spans several items (unique ids across aims and domains,
``TOC401``) is checked with locations too. :func:`load_portfolio_files` reads
every ToC in a directory and its policy file, collecting the errors of all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tocgraph.errors import Diagnostic, InvalidToCError, phrase
from tocgraph.i18n import diagnostic
from tocgraph.loading.discover import folder_entries, other_kind
from tocgraph.loading.document import (
    POLICY,
    Placed,
    display_name,
    parse,
    read_file,
)
from tocgraph.loading.load import Document, load_document
from tocgraph.loading.yamlsource import Positions
from tocgraph.schema.base import DataPath, Place, freeze
from tocgraph.schema.budget import FormalRequestRules, TriageRules
from tocgraph.schema.policy import Policy, PolicyItem, duplicate_policy_ids
from tocgraph.schema.translate import Wording, translate_errors

__all__ = [
    "PolicyDocument",
    "PortfolioFiles",
    "load_policy",
    "load_policy_document",
    "load_portfolio_files",
    "parse_policy",
]

_SECTIONS = ("aims", "domains")


def _model_at(path: DataPath) -> type[BaseModel]:
    """The model whose keys are allowed at ``path``, for unknown-key hints."""
    if path[:2] == ("triage", "formal_request_when"):
        return FormalRequestRules
    if path[:1] == ("triage",):
        return TriageRules
    return PolicyItem if path[:1] in (("aims",), ("domains",)) else Policy


POLICY_WORDING = Wording(
    _model_at,
    slug=(phrase("dh.slug.policy"), "gender-lhbti-2022-2027"),
    too_short={"aims": (phrase("d.too_short.aims"), phrase("dh.too_short.aims"))},
)


@dataclass(frozen=True)
class PolicyDocument(Placed):
    """A validated policy, its file name, and the place of each aim and domain.

    Examples
    --------
    >>> doc = load_policy_document("models/policy.yaml")
    >>> doc.locate(Diagnostic("TOC404", "not served", node="media")).location()
    'models/policy.yaml:17:5'
    """

    policy: Policy
    source: str
    locations: Mapping[str, Place]


def load_policy(path: str | Path, *, max_bytes: int | None = None) -> Policy:
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
    return load_policy_document(path, max_bytes=max_bytes).policy


def load_policy_document(path: str | Path, *, max_bytes: int | None = None) -> PolicyDocument:
    """Like :func:`load_policy`, but keep the file name and item positions.

    Raises
    ------
    InvalidToCError
        With every problem found.
    """
    return parse_policy(read_file(path, max_bytes), display_name(path), max_bytes=max_bytes)


def parse_policy(
    text: str, source: str = "<string>", *, max_bytes: int | None = None
) -> PolicyDocument:
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
    parsed = parse(text, source, POLICY, max_bytes)
    data, positions = parsed.data, parsed.positions
    problems: list[Diagnostic] = []
    policy: Policy | None = None
    try:
        policy = Policy.model_validate(data, context={"semantics": False})
    except ValidationError as exc:
        problems.extend(translate_errors(exc, (), POLICY_WORDING, source=source, locator=positions))
    problems.extend(_duplicates(data, positions, source))
    if problems or policy is None:
        raise InvalidToCError(problems)
    locations = {}
    for section in _SECTIONS:
        for index, item in enumerate(getattr(policy, section)):
            where = positions.value((section, index))
            if where is not None:
                locations[item.id] = where
    return PolicyDocument(policy, source, freeze(locations))


@dataclass(frozen=True)
class PortfolioFiles:
    """The ToCs of a portfolio directory, sorted by file name, and its policy file."""

    documents: tuple[Document, ...]
    policy: PolicyDocument | None


def load_portfolio_files(
    directory: str | Path, policy: str | Path | PolicyDocument | None = None
) -> PortfolioFiles:
    """Load every ToC file in ``directory`` and the policy file.

    Parameters
    ----------
    directory
        A directory of ToC files; subdirectories are not entered.
    policy
        The policy file, or a policy already read (from standard input, say);
        by default ``directory/policy.yaml`` if there is one, else the one policy
        file in ``directory`` by any name (TOC001 when there are several).

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
        hint = phrase("dh.portfolio.directory")
        message = phrase("d.portfolio.not_directory")
        raise InvalidToCError([diagnostic("TOC001", message, hint, str(folder))])
    given = policy if isinstance(policy, PolicyDocument) else None
    default = folder / "policy.yaml"
    policy_path: Path | None = None
    if isinstance(policy, str | Path):
        if policy == "":  # an empty name (TOC001), not "no policy"
            load_policy_document(policy)
        policy_path = Path(policy)
    elif policy is not None and given is None:
        raise TypeError(f"policy must be a file name or a policy, not {type(policy).__name__}")
    elif policy is None and default.is_file():
        policy_path = default
    entries = folder_entries(folder)
    kinds = {path: other_kind(path) for path, refused in entries if refused is None}
    files = [path for path, kind in kinds.items() if path != policy_path and kind is None]
    if policy is None and policy_path is None:  # the folder's one policy file, by any name
        found = [path for path, kind in kinds.items() if kind is POLICY]
        if len(found) > 1:
            names = ", ".join(path.name for path in found)
            message = phrase("d.portfolio.policies", names=names)
            hint = phrase("dh.portfolio.policies")
            raise InvalidToCError([diagnostic("TOC001", message, hint, str(folder))])
        policy_path = found[0] if found else None
    if not files:
        hint = phrase("dh.portfolio.no_files")
        message = phrase("d.portfolio.no_files")
        raise InvalidToCError([diagnostic("TOC001", message, hint, str(folder))])
    # links to files outside the folder, pipes and the like: not read, and said so
    problems = [refused for _, refused in entries if refused is not None]
    documents = []
    for path in files:
        try:
            documents.append(load_document(path))
        except InvalidToCError as exc:
            problems.extend(exc.diagnostics)
    policy_document = given
    if policy_path is not None:
        try:
            policy_document = load_policy_document(policy_path)
        except InvalidToCError as exc:
            problems.extend(exc.diagnostics)
    if problems:
        raise InvalidToCError(problems)
    return PortfolioFiles(tuple(documents), policy_document)


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
        line, col = positions.value(paths[index]) or (None, None)
        problems.append(
            diagnostic(
                "TOC401",
                phrase("d.TOC401", id=item_id),
                phrase("dh.TOC401.line", id=item_id, line=first[0])
                if first
                else phrase("dh.TOC401", id=item_id),
                source,
                line,
                col,
                item_id,
            )
        )
    return problems
