"""JSON Schema of the ToC format, for editors (``docs/tocgraph.schema.json``).

Generated from the pydantic models, then widened where the loader accepts more
than the models' canonical form: links may be a bare id, and statuses may be
Dutch. The change-request and policy schemas come from their own models.

Each schema has a stable absolute ``$id`` under :data:`SCHEMA_BASE`: an
identifier, never fetched. ``tocgraph schema toc|change-request|policy``
prints them from the installed package; ``python -m tocgraph.schema.jsonschema
[DIR]`` writes all three into ``DIR`` (default ``docs``, from any folder); a
test fails when the copies in this repository's ``docs/`` are out of date.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tocgraph.schema.indicators import HORIZONS_NL, INDICATOR_KINDS_NL, Horizon, IndicatorKind
from tocgraph.schema.model import ACTIVITY_STATUSES_NL, Status, ToC

__all__ = [
    "CHANGE_SCHEMA_PATH",
    "POLICY_SCHEMA_PATH",
    "SCHEMA_BASE",
    "SCHEMA_FILES",
    "SCHEMA_IDS",
    "SCHEMA_PATH",
    "change_json_schema",
    "change_schema_text",
    "policy_json_schema",
    "policy_schema_text",
    "schema_text",
    "schema_texts",
    "toc_json_schema",
    "write_schemas",
]

SCHEMA_PATH = "docs/tocgraph.schema.json"
CHANGE_SCHEMA_PATH = "docs/change-request.schema.json"
POLICY_SCHEMA_PATH = "docs/policy.schema.json"

SCHEMA_BASE = "https://tocgraph.dev/schema/v1/"
"""Where the ``$id`` of every schema starts; ``v1`` is the files' format version."""

SCHEMA_IDS = {
    "toc": SCHEMA_BASE + "toc.json",
    "change-request": SCHEMA_BASE + "change-request.json",
    "policy": SCHEMA_BASE + "policy.json",
}
"""The ``$id`` of each schema, by document kind."""

SCHEMA_FILES = {
    "toc": "tocgraph.schema.json",
    "change-request": "change-request.schema.json",
    "policy": "policy.schema.json",
}
"""The file name of each schema, by document kind (in ``docs/`` and ``tocgraph init``)."""


def _document(schema: dict[str, Any], kind: str, title: str) -> dict[str, Any]:
    """A pydantic schema as a stand-alone draft 2020-12 document with an id and title."""
    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_IDS[kind],
        **schema,
    }
    document["title"] = title
    return document


def toc_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a ToC file.

    Examples
    --------
    >>> schema = toc_json_schema()
    >>> schema["properties"]["tocgraph"]["const"], schema["$id"]
    (1, 'https://tocgraph.dev/schema/v1/toc.json')
    >>> "stopgezet" in schema["$defs"]["Activity"]["properties"]["status"]["enum"]
    True
    """
    schema = _document(
        ToC.model_json_schema(mode="validation"),
        "toc",
        "tocgraph ToC file, format version 1",
    )
    definitions = schema["$defs"]
    node_id = {"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"}
    for name in ("Outcome", "Output", "Activity"):
        links = definitions[name]["properties"]["contributes_to"]
        links.pop("maxItems", None)
        links["items"] = {"anyOf": [node_id, {"$ref": "#/$defs/Link"}]}
        links.pop("prefixItems", None)
    status = definitions["Activity"]["properties"]["status"]
    status.pop("$ref", None)
    status["enum"] = [s.value for s in Status] + list(ACTIVITY_STATUSES_NL)
    status["description"] = "activity status; Dutch words are accepted and normalised"
    status["type"] = "string"
    definitions.pop("Status", None)
    _with_dutch_words(definitions)
    return schema


def _with_dutch_words(definitions: dict[str, Any]) -> None:
    """Indicator kinds and horizons: the English values and the Dutch words accepted."""
    choices: dict[tuple[str, str, str], list[str]] = {
        ("Indicator", "kind", "IndicatorKind"): [k.value for k in IndicatorKind]
        + list(INDICATOR_KINDS_NL),
        ("Outcome", "horizon", "Horizon"): [h.value for h in Horizon] + list(HORIZONS_NL),
    }
    for (model, field, name), values in choices.items():
        words = {
            "type": "string",
            "enum": values,
            "description": f"{field}; Dutch words are accepted and normalised "
            "(case, spaces and hyphens do not matter)",
        }
        prop = definitions[model]["properties"][field]
        if "anyOf" in prop:  # optional: the choice or null
            prop["anyOf"] = [words, {"type": "null"}]
        else:
            prop.clear()
            prop.update(words)
        definitions.pop(name, None)


def change_json_schema() -> dict[str, Any]:
    """The JSON Schema of a change-request file (``tocgraph-change: 1``).

    Examples
    --------
    >>> sorted(change_json_schema()["required"])
    ['changes', 'title', 'toc', 'tocgraph-change']
    """
    from tocgraph.schema.change import ChangeRequest

    schema = _document(
        ChangeRequest.model_json_schema(mode="validation", by_alias=True),
        "change-request",
        "tocgraph change request, format version 1",
    )
    schema["properties"]["changes"].pop("maxItems", None)
    return schema


def policy_json_schema() -> dict[str, Any]:
    """The JSON Schema of a policy file (``tocgraph-policy: 1``).

    Examples
    --------
    >>> schema = policy_json_schema()
    >>> schema["properties"]["tocgraph-policy"]["const"]
    1
    >>> schema["required"]
    ['tocgraph-policy', 'id', 'aims']
    """
    from tocgraph.schema.policy import Policy

    schema = _document(
        Policy.model_json_schema(mode="validation"),
        "policy",
        "tocgraph policy file, format version 1",
    )
    schema["description"] = (
        "The aims and domains of a subsidy scheme; alliance goals name them in 'serves'."
    )
    return schema


def _text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def schema_text() -> str:
    """The schema as the exact text of ``docs/tocgraph.schema.json``."""
    return _text(toc_json_schema())


def change_schema_text() -> str:
    """The schema as the exact text of ``docs/change-request.schema.json``."""
    return _text(change_json_schema())


def policy_schema_text() -> str:
    """The schema as the exact text of ``docs/policy.schema.json``."""
    return _text(policy_json_schema())


def schema_texts() -> dict[str, str]:
    """The text of every schema, by document kind (``toc``, ``change-request``, ``policy``).

    Examples
    --------
    >>> sorted(schema_texts())
    ['change-request', 'policy', 'toc']
    """
    return {
        "toc": schema_text(),
        "change-request": change_schema_text(),
        "policy": policy_schema_text(),
    }


def write_schemas(folder: str | Path = "docs") -> list[Path]:
    """Write every schema into ``folder`` (made if needed); return the files written."""
    from tocgraph.output import write_atomic

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    return [
        write_atomic(target / SCHEMA_FILES[kind], text) for kind, text in schema_texts().items()
    ]


if __name__ == "__main__":  # pragma: no cover - a maintenance entry point
    import sys

    for written in write_schemas(*sys.argv[1:2]):
        sys.stdout.write(f"wrote {written}\n")
