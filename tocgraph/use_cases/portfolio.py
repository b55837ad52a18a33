"""A portfolio folder: every alliance's ToC and the policy file, checked and compared."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from tocgraph.analysis.partners import alliance_of
from tocgraph.analysis.portfolio import Portfolio, input_problems, portfolio
from tocgraph.errors import Diagnostic, InvalidToCError, phrase
from tocgraph.i18n import Lang, localize_all, render
from tocgraph.loading.load import Document
from tocgraph.loading.policy import (
    PolicyDocument,
    PortfolioFiles,
    load_portfolio_files,
    parse_policy,
)
from tocgraph.schema.policy import Policy
from tocgraph.use_cases.inputs import is_stdin, read_input

__all__ = [
    "CheckedPortfolio",
    "checked_portfolio",
    "located_problems",
    "portfolio_folder",
]


@dataclass(frozen=True)
class CheckedPortfolio:
    """A portfolio and its findings, located in the policy file and the ToC files.

    Attributes
    ----------
    portfolio
        The analysis of every alliance together.
    findings
        ``portfolio.findings`` with their places: in the policy file for an
        aim or domain (TOC404), in the ToC file for a partner written in
        another way (TOC405).
    """

    portfolio: Portfolio
    findings: tuple[Diagnostic, ...]

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        """The JSON document of ``tocgraph portfolio --json``, findings in ``lang``."""
        return self.portfolio.to_dict(localize_all(self.findings, lang))


def located_problems(documents: Sequence[Document], policy: Policy | None) -> list[Diagnostic]:
    """:func:`~tocgraph.analysis.portfolio.input_problems`, located in the ToC files.

    An unknown ``serves`` id is placed at its goal; a repeated ToC id names the
    file that used it first.
    """
    found = []
    for index, problem in input_problems([d.toc for d in documents], policy):
        located = documents[index].locate(problem)
        if problem.code == "TOC403":
            first = next(d for d in documents if d.toc.id == documents[index].toc.id)
            hint = phrase("dh.TOC403.file", file=first.source)
            located = dataclasses.replace(located, hint=render(hint), hint_phrases=(hint,))
        found.append(located)
    return found


def checked_portfolio(
    files: PortfolioFiles, partners: Sequence[str] = (), *, as_of: dt.date | None = None
) -> CheckedPortfolio:
    """The portfolio of loaded files, and its findings located in the files.

    Raises
    ------
    InvalidToCError
        With the located ``TOC402`` and ``TOC403`` problems.
    ScenarioError
        When a partner runs no activity in any alliance.
    """
    policy = files.policy.policy if files.policy else None
    problems = located_problems(files.documents, policy)
    if problems:
        raise InvalidToCError(problems)
    result = portfolio([d.toc for d in files.documents], policy, partners, as_of=as_of)
    documents = {d.toc.id: d for d in files.documents}

    def located(finding: Diagnostic) -> Diagnostic:
        if finding.code == "TOC405":  # in the ToC that writes the partner otherwise
            return documents[alliance_of(finding)].place(finding, "partners", "lead")
        return files.policy.locate(finding) if files.policy else finding

    return CheckedPortfolio(result, tuple(located(d) for d in result.findings))


def portfolio_folder(
    directory: str | Path,
    policy: str | Path | Policy | None = None,
    partners: Sequence[str] = (),
    stdin: BinaryIO | None = None,
    *,
    as_of: dt.date | None = None,
) -> CheckedPortfolio:
    """Load every ToC in ``directory`` and the policy file, and compare the alliances.

    Parameters
    ----------
    directory
        A folder of ToC files, one per alliance.
    policy
        The policy file (``"-"``: standard input), or a policy already loaded
        (:func:`tocgraph.load_policy`); by default ``directory/policy.yaml`` if
        there is one.
    partners
        Partners that drop out of every alliance at once (a scenario).
    stdin
        The stream read for ``policy="-"`` (default ``sys.stdin.buffer``).
    as_of
        The date monitoring coverage is counted on (default: today).

    Raises
    ------
    InvalidToCError
        With every located problem in every file.
    ScenarioError
        When a partner runs no activity in any alliance.

    Examples
    --------
    >>> checked = portfolio_folder("models")
    >>> len(checked.portfolio.alliances), checked.to_dict()["total"]["alliances"]
    (8, 8)
    """
    if isinstance(partners, str):
        raise TypeError("partners must be a list of partner names, not a single str")
    if isinstance(policy, str | Path) and is_stdin(policy):
        text, source = read_input(policy, stdin)
        return checked_portfolio(
            load_portfolio_files(directory, parse_policy(text, source)), partners, as_of=as_of
        )
    if isinstance(policy, Policy):  # loaded already: its warnings name no line
        document = PolicyDocument(source="<policy>", locations={}, policy=policy)
        return checked_portfolio(load_portfolio_files(directory, document), partners, as_of=as_of)
    return checked_portfolio(load_portfolio_files(directory, policy), partners, as_of=as_of)
