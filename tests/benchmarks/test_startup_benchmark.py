"""The start-up benchmark of target 2: which heavy libraries a command imports."""

from __future__ import annotations

from benchmarks.startup import loaded_heavy


def test_the_heavy_libraries_of_check_and_help_are_seen() -> None:
    """Found after the program began to end with os._exit: the list came back empty."""
    assert loaded_heavy(["check", "models/worden-wie-je-bent.yaml"]) == ["pydantic", "yaml"]
    assert loaded_heavy(["--help"]) == []
