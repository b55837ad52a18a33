"""The English texts added when a reviewer of official Dutch read the whole output, by key.

Lists in sentences, CLI messages that follow ``--lang``, and the wording of
reports; split from :mod:`tocgraph.i18n.en` so each catalogue reads in one
sitting. :mod:`tocgraph.i18n.wording_nl` has the same keys.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    # --- review: Dutch review of the output ---
    "triage.found.no_budgets": "cannot be determined: the ToC states no budgets",
    "triage.reason.no_budgets": "the ToC states no budgets",
    "triage.reason.no_ceiling": "the ToC gives no subsidy ceiling",
    "triage.unchecked": "not checked",
    "triage.annual_plan.partly": (
        "On the rules that could be checked, a change of the annual plan suffices; not every "
        "rule could be checked: {reason}."
    ),
    "type.list": "a list",
    "type.dict": "a mapping of keys to values",
    "type.str": "a text",
    "type.int": "a whole number",
    "type.float": "a number",
    "type.bool": "a yes/no value",
    "type.none": "an empty value",
    "type.bool.value": "a yes/no value ({value})",
    "doc.start.tocgraph": "'tocgraph: 1', 'id: ...' and 'goals:'",
    "doc.start.tocgraph-policy": "'tocgraph-policy: 1', 'id: ...' and 'aims:'",
    "doc.start.tocgraph-change": "'tocgraph-change: 1' and 'toc: <the baseline file>'",
    "doc.command.tocgraph": "tocgraph check FILE",
    "doc.command.tocgraph-policy": "tocgraph portfolio DIR --policy FILE",
    "doc.command.tocgraph-change": "tocgraph change-request FILE",
    "yaml.unclosed_quote": "a text in quotes is not closed before the end of the file",
    "yaml.mapping_values": "a ':' followed by a space is not allowed here",
    "yaml.expected_key": "a key was expected here; check the indentation",
    "yaml.tab": "a tab cannot start a value; indent with spaces",
    "yaml.escape": "a backslash in double quotes starts an escape that YAML does not know",
    "yaml.unclosed_list": "a list that opens with '[' is not closed with ']'",
    "yaml.unclosed_mapping": "a mapping that opens with '{{' is not closed with '}}'",
    "yaml.tab_indent": "a line is indented with a tab",
    "yaml.item_here": "a list item cannot start on the line of its key",
    "yaml.no_value": "a value is missing here",
    "yaml.anchor_name": "a '&' or '*' at the start of a value must be followed by a name",
    "yaml.version": "the '%YAML' line asks for a YAML version that tocgraph does not read",
    "yaml.directive": "a line that starts with '%' is not allowed here",
    "yaml.after_end": "text follows the end of the document ('...')",
    "yaml.block_scalar": (
        "a '|' or '>' starts a block of text on the next lines; only a digit from 1 to 9, '+' "
        "or '-' may follow it on its own line"
    ),
    "yaml.tag": "a '!' at the start of a value begins a YAML tag, and this one cannot be read",
    "yaml.question_key": "a '?' followed by a space starts a key, which is not allowed here",
    "yaml.colon_in_flow": "a ':' cannot end a value inside a list or mapping in brackets",
    "yaml.bad_start": "a value cannot start with '{char}'",
    "cli.wrote": "wrote {path}",
    "cli.no_scenario": (
        "name activities with --stop, partners with --partner or assumptions with --fail"
    ),
    "status_update.title": "Status update from {file}",
    "init.wrote": "Wrote {toc}, {change} and the schemas in {schemas}.",
    "init.example": (
        "The starter ToC is an example: replace its goals, outcomes and activities with yours, "
        "then remove its line 'illustrative: true'."
    ),
    "init.next": "Next:",
    "init.step.check": "validate and assess:",
    "init.step.impact": "what if A1, A2 stop:",
    "init.step.render": "draw it:",
    "init.step.change": "justify a change:",
    "scenario.none": "no activity stopped",
    "scenario.achieved": (
        "of these, achieved already: {ids} (the margins count finished work as if it could stop)"
    ),
    "scenario.already_stopped": "already stopped before the scenario: {ids}",
    # --- usage: argparse's messages and the options' own checks, following --lang ---
    "usage.prefix": "usage: ",
    "usage.argument": "argument {name}: {message}",
    "usage.required": "the following arguments are required: {names}",
    "usage.unrecognized": "unrecognized arguments: {arguments}",
    "usage.choice": "invalid choice: {value} (choose from {choices})",
    "usage.one": "expected one argument",
    "usage.at_most_one": "expected at most one argument",
    "usage.at_least_one": "expected at least one argument",
    "usage.count": "expected {count} arguments",
    "usage.value": "invalid {kind} value: {value}",
    "usage.not_allowed": "not allowed with argument {name}",
    "usage.one_of": "one of the arguments {names} is required",
    "usage.ambiguous": "ambiguous option: {option} could match {matches}",
    "usage.comma_ids": "separate ids with spaces, not commas: {ids}",
    "usage.stdin_named": "the draft names its ToC file: give its path, not '-'",
    "usage.bytes": "not a whole number of bytes: {value}",
    "usage.bytes_minimum": "the limit must be at least 1 byte, not {count}",
    "usage.path_empty": "the path is empty; name a file or folder",
    "usage.output_empty": "the output path is empty; name a file, or '-' for stdout",
    "usage.output_folder": "the output {path} is a folder; name a file in it",
    "usage.nul.path": "the path contains a NUL character",
    "usage.nul.output": "the output path contains a NUL character",
    "usage.name.path": "the path {name} is not a valid file name here",
    "usage.name.output": "the output path {name} is not a valid file name here",
    "usage.not_folder": "not a folder: {path}",
    "usage.no_command": "no command given; 'tocgraph --help' lists the commands",
    "usage.date": "{value} is not a date; write YYYY-MM-DD (e.g. 2025-01-31) or 'today'",
    # --- errors of the command line itself and of its output files ---
    "cli.status_update.same": "every status in the sheet is the ToC's; nothing to write",
    "action.check.0": "passed",
    "action.check.1": "has warnings",
    "action.check.2": "found invalid files",
    "action.check.failed": "failed (exit {code})",
    "action.no_requests": "## tocgraph change requests\n\nNo change requests found.",
    "action.unreadable": "Change request {path} could not be read",
    "cli.err.stdin_twice": "'-' (standard input) can be named only once",
    "cli.err.no_yaml": "no .yaml files found in {paths}",
    "cli.err.format_unknown": (
        "the output file name {output} does not say which format to write: end it in .svg,"
        " .png, .dot or .mmd, or choose one with --format"
    ),
    "cli.err.format_mismatch": "--format {fmt} does not match the output file name {output}",
    "cli.err.csv_folder": "--to csv writes a folder of files; name it with -o DIR",
    "cli.err.make_folder": "cannot make the folder {folder}: {reason}",
    "cli.err.interrupted": "interrupted",
    "cli.err.internal": (
        "internal error: {error}; this is a bug in tocgraph, please report it with the input "
        "(TOCGRAPH_DEBUG=1 shows the traceback)"
    ),
    "cli.err.no_layout": (
        "no layout program found; install Graphviz (https://graphviz.org/download/, e.g. "
        "'apt install graphviz' or 'brew install graphviz') so that 'dot' is on the PATH, or "
        "'pip install graphviz-pure'; or render the .dot file elsewhere, or use --format mmd "
        "for a Mermaid chart"
    ),
    "cli.err.wrote_instead": "{problem}; wrote {fallback} instead of {output}",
    "cli.err.init_file": "{root} is a file, not a folder: name a new or existing folder",
    "cli.err.init_existing": (
        "will not overwrite existing files: {paths}; choose another DIR or move them away"
    ),
    "cli.err.init_dangling": (
        "{root} is a link to {target}, which does not exist; choose another DIR"
    ),
    "cli.err.init_links": (
        "will not write through links that lead out of {root}: {paths}; remove the links or "
        "choose another DIR"
    ),
    "cli.err.init_write": "cannot write {path}: {reason}; nothing was written",
    "cli.err.stdout": "cannot write to standard output: {reason}",
    "cli.err.system": "{name}: {reason}",
    "layout.timeout": "{program} took longer than {seconds} s",
    "layout.cannot_run": "cannot run {program} ({path}): {reason}",
    "layout.failed": "{program} failed (exit {code}): {detail}",
    "layout.no_output": "no output",
    "output.empty": "the output path is empty; name a file, or '-' for stdout",
    "output.nul": "the output path {name!r} contains a NUL character",
    "output.bad_name": "the output path {name!r} is not a valid file name here",
    "output.folder": "the output {name} is a folder; name a file in it",
    "output.is_input": "the output {name} is the input {source}; choose another output file",
    "output.cannot_write": "cannot write {name}: {reason}",
    "output.not_regular": "not a regular file",
    "output.no_folder": "the folder {folder} does not exist",
    "output.link_outside": (
        "cannot write {name}: it is a link to {target}, outside {folder}; remove the link or "
        "choose another folder"
    ),
    # the system's words (as Linux says them); in Dutch those of the commonest errors
    "os.other": "{text}",
    "os.ENOSPC": "No space left on device",
    "os.EACCES": "Permission denied",
    "os.EPERM": "Operation not permitted",
    "os.EROFS": "Read-only file system",
    "os.ENAMETOOLONG": "File name too long",
    "os.ENOTDIR": "Not a directory",
    "os.EISDIR": "Is a directory",
    "os.EIO": "Input/output error",
    "os.EDQUOT": "Disk quota exceeded",
    "os.ELOOP": "Too many levels of symbolic links",
    "os.EBUSY": "Device or resource busy",
    "os.ETXTBSY": "Text file busy",
}
