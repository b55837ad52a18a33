"""A change-request draft (``tocgraph-change: 1``) from reported activity statuses, as YAML text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["status_changes", "status_update_yaml"]


def status_changes(
    current: dict[str, str], reported: Sequence[tuple[str, str, str | None]]
) -> list[dict[str, Any]]:
    """One change per activity whose reported status differs from ``current``.

    ``stop`` for ``stopped``, else ``modify`` with ``set: {status: ...}``; the
    explanation, if any, is the rationale.

    Examples
    --------
    >>> status_changes({"A1": "planned", "A2": "on_track"},
    ...                [("A1", "stopped", "no money"), ("A2", "on_track", None)])
    [{'stop': 'A1', 'rationale': 'no money'}]
    """
    changes: list[dict[str, Any]] = []
    for activity, status, explanation in reported:
        if current.get(activity) == status:
            continue
        change: dict[str, Any] = (
            {"stop": activity}
            if status == "stopped"
            else {"modify": activity, "set": {"status": status}}
        )
        if explanation:
            change["rationale"] = explanation
        changes.append(change)
    return changes


def status_update_yaml(
    toc_ref: str,
    title: str,
    changes: list[dict[str, Any]],
    schema: str = "schemas/change-request.schema.json",
) -> str:
    """The change request as YAML, with the schema comment on top.

    Examples
    --------
    >>> print(status_update_yaml("../toc.yaml", "Update", [{"stop": "A1"}]), end="")
    # yaml-language-server: $schema=schemas/change-request.schema.json
    tocgraph-change: 1
    toc: ../toc.yaml
    title: Update
    changes:
    - stop: A1
    """
    import yaml

    data = {"tocgraph-change": 1, "toc": toc_ref, "title": title, "changes": changes}
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return f"# yaml-language-server: $schema={schema}\n" + text
