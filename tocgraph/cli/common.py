"""Helpers shared by the subcommands: exit codes, common options, output."""

from __future__ import annotations

import argparse
import json
import sys

__all__ = ["EXIT_FINDINGS", "EXIT_INVALID", "EXIT_OK", "add_common", "error", "print_json"]

EXIT_OK, EXIT_FINDINGS, EXIT_INVALID = 0, 1, 2


def add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", action="store_true", help="print JSON instead of text")
    command.add_argument(
        "--lang", choices=("en", "nl"), default="en", help="language of the report (default en)"
    )


def print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def error(message: str) -> None:
    sys.stderr.write(f"tocgraph: error: {message}\n")
