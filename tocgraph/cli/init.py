"""The ``init`` subcommand: a starter ToC, a change-request template and the schemas."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tocgraph.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    add_lang,
    input_path,
    say_error,
    system_reason,
)
from tocgraph.cli.helpformat import HelpFormatter, epilog

if TYPE_CHECKING:
    from tocgraph.i18n import Lang

__all__ = ["add", "starter_files"]

TOC_FILE = "toc.yaml"
CHANGE_FILE = "change-requests/example.yaml"


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser(
        "init",
        help="start a new ToC: a commented example, a change-request template, the schemas",
        description="Write a commented starter ToC (DIR/toc.yaml), a change-request template "
        "(DIR/change-requests/example.yaml) and the JSON Schemas their first lines name "
        "(DIR/schemas/), so an editor checks both files as you type. Existing files are "
        "never overwritten.",
        epilog=epilog(
            ["tocgraph init toc", "tocgraph init my-alliance --lang nl"],
            "Exit codes: 0 written, 2 a file already exists or cannot be written (nothing is "
            "written then).",
        ),
        formatter_class=HelpFormatter,
    )
    init.add_argument(
        "directory", metavar="DIR", type=input_path, help="the folder to write to (made if needed)"
    )
    add_lang(init, "starter files")
    init.set_defaults(run=_run_init)


def starter_files(lang: str = "en") -> dict[str, str]:
    """The files ``tocgraph init`` writes, by path relative to its folder.

    Parameters
    ----------
    lang
        ``"en"`` or ``"nl"``: the language of the comments and example titles.

    Returns
    -------
    dict of str to str
        The text of each file, keyed by its relative POSIX path.

    Examples
    --------
    >>> sorted(starter_files("nl"))  # doctest: +NORMALIZE_WHITESPACE
    ['change-requests/example.yaml', 'schemas/change-request.schema.json',
     'schemas/policy.schema.json', 'schemas/tocgraph.schema.json', 'toc.yaml']
    >>> starter_files("nl")["toc.yaml"].splitlines()[0]
    '# yaml-language-server: $schema=schemas/tocgraph.schema.json'
    """
    from importlib.resources import files

    from tocgraph.schema.jsonschema import SCHEMA_FILES, schema_texts

    templates = files("tocgraph.templates")
    return {
        TOC_FILE: templates.joinpath(f"toc.{lang}.yaml").read_text(encoding="utf-8"),
        CHANGE_FILE: templates.joinpath(f"change-request.{lang}.yaml").read_text(encoding="utf-8"),
        **{f"schemas/{SCHEMA_FILES[kind]}": text for kind, text in schema_texts().items()},
    }


def _run_init(args: argparse.Namespace) -> int:
    from tocgraph.output import leads_out_of, write_atomic

    root = Path(args.directory)
    if root.exists() and not root.is_dir():
        say_error("cli.err.init_file", root=root)
        return EXIT_INVALID
    contents = starter_files(args.lang)
    targets = {root / name: text for name, text in contents.items()}
    existing = [str(path) for path in targets if path.exists()]
    if existing:
        say_error("cli.err.init_existing", paths=", ".join(existing))
        return EXIT_INVALID
    if root.is_symlink() and not root.exists():
        say_error("cli.err.init_dangling", root=root, target=os.readlink(root))
        return EXIT_INVALID
    away = [str(p) for p in targets if leads_out_of(p, root)]  # through a link inside DIR
    if away:
        say_error("cli.err.init_links", root=root, paths=", ".join(away))
        return EXIT_INVALID
    written: list[Path] = []
    for path, text in targets.items():
        try:
            written += _make_parents(path.parent)
            written.append(write_atomic(path, text))
        except OSError as exc:
            say_error("cli.err.init_write", path=path, reason=system_reason(exc))
            _remove(written)
            return EXIT_INVALID
    sys.stdout.write(next_steps(root, args.lang))
    return EXIT_OK


def next_steps(root: Path, lang: Lang = "en") -> str:
    """What ``init`` prints: the files written and the commands to run next."""
    from tocgraph.i18n import text

    toc, change = root / TOC_FILE, root / CHANGE_FILE
    flag = " --lang nl" if lang == "nl" else ""
    report = "rapport.md" if lang == "nl" else "report.md"  # as the request's template says
    steps = [
        ("init.step.check", f"tocgraph check {toc} --strict{flag}"),
        ("init.step.impact", f"tocgraph impact {toc} --stop A1 A2{flag}"),
        ("init.step.render", f"tocgraph render {toc} -o {root / 'toc.svg'}{flag}"),
        ("init.step.change", f"tocgraph change-request {change} -o {root / report}{flag}"),
    ]
    labels = [text(key, lang) for key, _ in steps]
    width = max(len(label) for label in labels) + 3
    lines = [
        text("init.wrote", lang, toc=toc, change=change, schemas=root / "schemas"),
        text("init.example", lang),
        text("init.next", lang),
        *(
            f"  {label:<{width}}{command}"
            for label, (_, command) in zip(labels, steps, strict=True)
        ),
    ]
    return "\n".join(lines) + "\n"


def _make_parents(folder: Path) -> list[Path]:
    """Make ``folder`` and its missing parents; return the ones made, outermost first."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()][::-1]
    folder.mkdir(parents=True, exist_ok=True)
    return missing


def _remove(made: list[Path]) -> None:
    """Undo a partial ``init``: remove the files and folders it made, innermost first."""
    for path in reversed(made):
        with contextlib.suppress(OSError):  # best effort; the error is reported already
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink()
