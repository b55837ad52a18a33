"""The ``schema`` subcommand: print the JSON Schema of a kind of tocgraph file."""

from __future__ import annotations

import argparse
import sys

from tocgraph.cli.common import EXIT_OK
from tocgraph.cli.helpformat import HelpFormatter, epilog

__all__ = ["add"]

KINDS = ("toc", "change-request", "policy")


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of ToC, change-request or policy files, for editors",
        description="Print the JSON Schema (draft 2020-12) of a kind of tocgraph file, made "
        "from the installed version of tocgraph. Save it next to your files and bind it in "
        "your editor (see docs/editors.md): keys are completed and wrong keys and types are "
        "marked as you type. Each schema's $id is a stable identifier, "
        "https://tocgraph.dev/schema/v1/<kind>.json; it is never fetched.",
        epilog=epilog(
            [
                "tocgraph schema toc > schemas/tocgraph.schema.json",
                "tocgraph schema change-request > schemas/change-request.schema.json",
                "tocgraph schema policy > schemas/policy.schema.json",
            ],
            "Then bind it on the first line of a YAML file:\n\n"
            "  # yaml-language-server: $schema=schemas/tocgraph.schema.json",
        ),
        formatter_class=HelpFormatter,
    )
    schema.add_argument("kind", choices=KINDS, help="the kind of file")
    schema.set_defaults(run=_run_schema)


def _run_schema(args: argparse.Namespace) -> int:
    from tocgraph.schema.jsonschema import schema_texts

    sys.stdout.write(schema_texts()[args.kind])
    return EXIT_OK
