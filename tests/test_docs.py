"""Documentation cannot rot: codes, commands, examples and the schema are checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import tocgraph
from tests.conftest import ROOT
from tocgraph.cli import _parser
from tocgraph.errors import CODES
from tocgraph.loading.policy import parse_policy
from tocgraph.schema.change import ChangeRequest
from tocgraph.schema.jsonschema import SCHEMA_PATH, schema_text
from tocgraph.schema.model import Activity, Goal, Outcome, Output, ToC

DOCS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks(language: str, skip: str = "errors.md") -> list[tuple[str, str]]:
    found = []
    for path in DOCS:
        if path.name == skip:
            continue
        for match in FENCE.finditer(path.read_text(encoding="utf-8")):
            if match.group(1) == language:
                found.append((f"{path.name}:{match.start()}", match.group(2)))
    return found


def test_every_code_is_documented() -> None:
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^## (TOC\d{3}):", text, re.MULTILINE))
    assert headings == set(CODES)


def _load_example(text: str, tmp: Path) -> None:
    """Load a documented example the way the matching command would."""
    if text.startswith("tocgraph-change:"):
        path = tmp / "docs" / "cr.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, "utf-8")
        model = ROOT / "models" / "worden-wie-je-bent.yaml"
        (tmp / "models").mkdir(exist_ok=True)
        (tmp / "models" / model.name).write_bytes(model.read_bytes())
        document = tocgraph.load_change_request(path, root=tmp)
        tocgraph.review_change_request(
            document.baseline.toc, document.request, states=document.states
        )
    elif text.startswith("tocgraph-policy:"):
        path = tmp / "policy.yaml"
        path.write_text(text, "utf-8")
        tocgraph.load_policy(path)
    else:
        tocgraph.loads(text)


def test_error_examples_give_their_code(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.MULTILINE)[1:]
    checked = 0
    for section in sections:
        code = section[:6]
        example = FENCE.search(section)
        if example is None or example.group(1) != "yaml" or CODES[code].severity == "warning":
            continue  # a warning's example is compared in test_docs_transcripts
        with pytest.raises(tocgraph.InvalidToCError) as info:
            _load_example(example.group(2), tmp_path)
        assert code in [d.code for d in info.value.diagnostics], code
        checked += 1
    assert checked >= 21


def test_every_command_is_documented() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = _parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert commands
    for name in commands:
        assert f"## `tocgraph {name}`" in text, name


@pytest.mark.parametrize(("where", "code"), _blocks("python"))
def test_python_examples_run(where: str, code: str) -> None:
    exec(compile(code, where, "exec"), {})


def _header(text: str) -> str:
    """The first line that is not a comment or blank: what kind of YAML this is."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return lines[0] if lines else ""


@pytest.mark.parametrize(("where", "text"), _blocks("yaml"))
def test_yaml_examples_are_valid(where: str, text: str) -> None:
    """Every YAML block parses; a whole ToC, policy or change request validates."""
    data = yaml.safe_load(text)
    header = _header(text)
    if header.startswith("tocgraph: 1"):
        tocgraph.loads(text, source=where)
    elif header.startswith("tocgraph-policy: 1"):
        parse_policy(text, source=where)
    elif header.startswith("tocgraph-change: 1"):
        ChangeRequest.model_validate(data)  # the request itself; its baseline is elsewhere
    elif isinstance(data, dict) and set(data) <= TOC_KEYS | NODE_KEYS:
        # A fragment of a ToC or of one node: every key is one the format has.
        assert data, where
    else:
        # Configuration of other tools (pre-commit, CI): it parses, and names tocgraph.
        assert "tocgraph" in text, where


TOC_KEYS = set(ToC.model_fields)
NODE_KEYS = {key for model in (Goal, Outcome, Output, Activity) for key in model.model_fields}


def test_json_schema_is_current() -> None:
    path = ROOT / SCHEMA_PATH
    assert path.read_text(encoding="utf-8") == schema_text(), (
        "run: uv run python -m tocgraph.schema.jsonschema"
    )


def test_readme_names_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "uv run tocgraph check models/" in text
    assert "uv run pytest" in text
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "uv run pytest" in ci


def test_readme_change_request_excerpt_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    """The README quotes the Dutch summary and findings of the bundled request as printed."""
    from tocgraph.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    excerpt = re.search(r"```text\n(## Samenvatting.*?)```", readme, re.S)
    assert excerpt is not None
    path = ROOT / "models" / "change-requests" / "politica-2025-1.yaml"
    main(["change-request", str(path), "--lang", "nl", "-o", "-"])
    printed = " ".join(capsys.readouterr().out.split())
    for paragraph in re.split(r"\n(?=- |\n)", excerpt.group(1)):
        assert " ".join(paragraph.split()) in printed, paragraph


def test_docs_link_to_existing_files() -> None:
    for path in DOCS:
        for target in re.findall(r"\]\(([^)#:]+)\)", path.read_text(encoding="utf-8")):
            assert (path.parent / target).exists(), f"{path.name} links to missing {target}"
