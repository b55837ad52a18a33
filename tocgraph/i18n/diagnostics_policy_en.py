"""The English texts of diagnostics about policy files and portfolios (TOC4xx), by key.

Split off :mod:`tocgraph.i18n.diagnostics_en` so that each module stays short;
:mod:`tocgraph.i18n.diagnostics_policy_nl` has the same keys and placeholders.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    # --- policies and portfolios (TOC4xx) ---
    "d.portfolio.not_directory": "not a directory",
    "dh.portfolio.directory": "give the directory that holds the ToC files",
    "d.folder.outside": "not read: a link to a file outside the folder",
    "dh.folder.outside": "copy the file into the folder, or name it on the command line",
    "d.folder.broken_link": "not read: a link to a file that does not exist",
    "dh.folder.broken_link": "point the link at the ToC file, or remove it",
    "d.folder.not_regular": "not read: not a regular file",
    "dh.folder.not_regular": (
        "a folder is read for its .yaml and .yml files; remove or rename this one"
    ),
    "d.portfolio.no_files": "no .yaml files found",
    "d.portfolio.policies": "the folder holds more than one policy file: {names}",
    "dh.portfolio.policies": "name the one to use with --policy FILE",
    "dh.portfolio.no_files": "a portfolio directory holds one .yaml ToC file per alliance",
    "d.TOC401": "duplicate policy id {id!r}",
    "dh.TOC401": "aims and domains share one set of ids; {id!r} is already used",
    "dh.TOC401.line": (
        "aims and domains share one set of ids; {id!r} is already used at line {line}"
    ),
    "d.TOC402": "goal {goal!r} of {toc!r} serves unknown policy id {item!r}",
    "dh.label.policy_ids": "aims and domains",
    "d.TOC403": "the ToC id {id!r} is used by another ToC in the portfolio too",
    "dh.TOC403.file": "{file} has the same id; every alliance needs its own id",
    "dh.TOC403": "every alliance needs its own id; is one of the files a copy?",
    "dh.policy.aim": "aim",
    "dh.policy.domain": "domain",
    "d.TOC404.none": "{what} {id!r} is served by no alliance goal",
    "dh.TOC404.none": (
        "no goal names it in 'serves': a gap in the portfolio, or an incomplete 'serves'?"
    ),
    "d.TOC404.weak": "{what} {id!r} is served by no potentially effective goal",
    "dh.TOC404.weak": (
        "the goals that serve it ({goals}) are not potentially effective; see 'tocgraph check'"
    ),
}
