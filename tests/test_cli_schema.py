"""``tocgraph schema``: the JSON Schemas come from the installed package, with stable ids."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tocgraph.cli import main
from tocgraph.cli.init import starter_files
from tocgraph.schema.jsonschema import SCHEMA_BASE, SCHEMA_FILES, SCHEMA_IDS, schema_texts

KINDS = ("toc", "change-request", "policy")


@pytest.mark.parametrize("kind", KINDS)
def test_schema_prints_the_schema(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", kind]) == 0
    out = capsys.readouterr().out
    assert out == schema_texts()[kind]
    schema = json.loads(out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_IDS[kind]


def test_ids_are_absolute_stable_and_distinct() -> None:
    assert SCHEMA_BASE == "https://tocgraph.dev/schema/v1/"
    assert SCHEMA_IDS == {
        "toc": "https://tocgraph.dev/schema/v1/toc.json",
        "change-request": "https://tocgraph.dev/schema/v1/change-request.json",
        "policy": "https://tocgraph.dev/schema/v1/policy.json",
    }


def test_every_reference_stays_inside_its_schema() -> None:
    """Only ``#/...`` references, so the schema works offline, wherever it is saved."""
    for text in schema_texts().values():
        refs = [line for line in text.splitlines() if '"$ref"' in line]
        assert refs
        assert all('"$ref": "#/' in line for line in refs)


@pytest.mark.parametrize("kind", KINDS)
def test_the_copies_in_docs_and_init_are_current(kind: str) -> None:
    text = schema_texts()[kind]
    assert (ROOT / "docs" / SCHEMA_FILES[kind]).read_text(encoding="utf-8") == text, (
        "run: uv run python -m tocgraph.schema.jsonschema"
    )
    assert starter_files()[f"schemas/{SCHEMA_FILES[kind]}"] == text


def test_unknown_kind_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "workbook"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_outside_the_repository(tmp_path: Path) -> None:
    """The command and the regeneration work from any folder: no file of the source tree."""
    run = subprocess.run(
        [sys.executable, "-m", "tocgraph", "schema", "change-request"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert run.stdout == schema_texts()["change-request"]
    subprocess.run(
        [sys.executable, "-m", "tocgraph.schema.jsonschema", "out/schemas"],
        capture_output=True,
        check=True,
        cwd=tmp_path,
    )
    subprocess.run(
        [sys.executable, "-m", "tocgraph.schema.jsonschema"],
        capture_output=True,
        check=True,
        cwd=tmp_path,
    )
    for folder in (tmp_path / "out" / "schemas", tmp_path / "docs"):
        written = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
        assert written == {SCHEMA_FILES[k]: t for k, t in schema_texts().items()}
