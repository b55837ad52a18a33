"""The policy format: the model, its rules, and the JSON Schema for editors."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from tests.conftest import ROOT
from tocgraph.loading.policy import load_policy
from tocgraph.schema.jsonschema import POLICY_SCHEMA_PATH, policy_json_schema, policy_schema_text
from tocgraph.schema.policy import (
    Policy,
)

DATA = {
    "tocgraph-policy": 1,
    "id": "demo",
    "aims": [{"id": "gender-equality", "title": "Gendergelijkheid"}],
    "domains": [{"id": "education", "title": "Onderwijs"}, {"id": "media", "title": "Media"}],
}


def test_aims_and_domains_share_one_set_of_ids() -> None:
    policy = Policy.model_validate(DATA)
    assert policy.ids() == ("gender-equality", "education", "media")
    assert [policy.kind_of(i) for i in policy.ids()] == ["aim", "domain", "domain"]
    with pytest.raises(KeyError):
        policy.kind_of("youth")


def test_a_duplicate_id_is_rejected_by_the_model_too() -> None:
    data = {**DATA, "domains": [{"id": "gender-equality", "title": "Dubbel"}]}
    with pytest.raises(ValidationError, match=r"\[TOC401\] duplicate policy id 'gender-equality'"):
        Policy.model_validate(data)


@pytest.mark.parametrize(
    "change",
    [
        {"tocgraph-policy": 2},
        {"aims": []},
        {"id": "Not A Slug"},
        {"colour": "red"},
        {"aims": [{"id": "x"}]},
    ],
    ids=["version", "no-aims", "bad-id", "unknown-key", "no-title"],
)
def test_invalid_policies_are_rejected(change: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Policy.model_validate({**DATA, **change})


def test_models_are_frozen() -> None:
    policy = Policy.model_validate(DATA)
    with pytest.raises(ValidationError):
        policy.id = "other"  # type: ignore[misc]


def test_json_schema_is_current() -> None:
    path = ROOT / POLICY_SCHEMA_PATH
    assert path.read_text(encoding="utf-8") == policy_schema_text(), (
        "run: uv run python -m tocgraph.schema.policy"
    )


def test_json_schema_describes_the_file_keys() -> None:
    schema = policy_json_schema()
    assert set(schema["properties"]) == {
        "tocgraph-policy",
        "id",
        "name",
        "description",
        "aims",
        "domains",
        "triage",
    }
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["PolicyItem"]["additionalProperties"] is False


def test_bundled_policy_matches_its_schema_by_hand() -> None:
    """Without a JSON Schema validator: the bundled file's keys are the schema's keys."""
    schema = json.loads((ROOT / POLICY_SCHEMA_PATH).read_text(encoding="utf-8"))
    policy = load_policy(ROOT / "models" / "policy.yaml")
    dumped = policy.model_dump(by_alias=True, exclude_none=True, mode="json")
    assert set(dumped) <= set(schema["properties"])
    item_keys = set(schema["$defs"]["PolicyItem"]["properties"])
    assert all(set(item) <= item_keys for item in dumped["aims"] + dumped["domains"])
    assert "../docs/policy.schema.json" in (ROOT / "models" / "policy.yaml").read_text("utf-8")
