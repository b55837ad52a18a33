"""The policy format v1 (``tocgraph-policy: 1``): the ministry's aims and domains.

A policy file names the aims (``gender-equality``) and the policy domains
(``education``, ``safety``) of a subsidy scheme. Alliance goals point at them
with ``serves: [ids]``; ``tocgraph portfolio`` checks those ids against the
policy file and shows which goals serve each aim and domain (see
``docs/portfolio.md``). Aims and domains share one set of ids, since a goal's
``serves`` may name either.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, model_validator

from tocgraph.schema.base import Model, UnicodeText
from tocgraph.schema.budget import TriageRules
from tocgraph.schema.nodes import Name, NodeId, Slug, Title

__all__ = [
    "Policy",
    "PolicyItem",
    "PolicyKind",
    "duplicate_policy_ids",
]


PolicyKind = Literal["aim", "domain"]


class PolicyItem(Model):
    """One aim or domain of the policy: an id that goals can serve, and a title."""

    id: NodeId
    title: Title
    description: UnicodeText | None = None


def duplicate_policy_ids(ids: list[str]) -> list[tuple[int, str]]:
    """Positions (in ``ids``) and values of ids that occur earlier in the list.

    Examples
    --------
    >>> duplicate_policy_ids(["education", "safety", "education"])
    [(2, 'education')]
    """
    seen: set[str] = set()
    found = []
    for index, item in enumerate(ids):
        if item in seen:
            found.append((index, item))
        seen.add(item)
    return found


class Policy(Model):
    """The aims and domains of a subsidy scheme.

    Load one with :func:`tocgraph.load_policy`, which reports every problem in
    the file with its location.

    Examples
    --------
    >>> policy = Policy.model_validate({
    ...     "tocgraph-policy": 1,
    ...     "id": "demo",
    ...     "aims": [{"id": "gender-equality", "title": "Gendergelijkheid"}],
    ...     "domains": [{"id": "education", "title": "Onderwijs"}],
    ... })
    >>> policy.ids()
    ('gender-equality', 'education')
    >>> policy.kind_of("education")
    'domain'
    """

    tocgraph_policy: Literal[1] = Field(alias="tocgraph-policy")
    id: Slug
    name: Name | None = None
    description: UnicodeText | None = None
    aims: Annotated[tuple[PolicyItem, ...], Field(min_length=1)]
    domains: tuple[PolicyItem, ...] = ()
    triage: TriageRules | None = None

    @model_validator(mode="after")
    def _unique_ids(self, info: ValidationInfo) -> Policy:
        if isinstance(info.context, dict) and info.context.get("semantics") is False:
            return self  # the loader has checked them, with locations
        twice = duplicate_policy_ids(list(self.ids()))
        if twice:
            names = ", ".join(repr(item) for _, item in twice)
            raise ValueError(f"[TOC401] duplicate policy id {names}")
        return self

    def items(self) -> tuple[PolicyItem, ...]:
        """The aims, then the domains, in file order."""
        return (*self.aims, *self.domains)

    def ids(self) -> tuple[str, ...]:
        """Every aim and domain id, aims first."""
        return tuple(item.id for item in self.items())

    def kind_of(self, item_id: str) -> PolicyKind:
        """``"aim"`` or ``"domain"``; raises ``KeyError`` for an unknown id."""
        if any(item.id == item_id for item in self.aims):
            return "aim"
        if any(item.id == item_id for item in self.domains):
            return "domain"
        raise KeyError(item_id)
