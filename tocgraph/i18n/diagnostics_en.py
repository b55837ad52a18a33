"""The English texts of diagnostics (TOC0xx-5xx), by key.

``d.<code>[.<variant>]`` are messages, ``dh.<...>`` hints and the labels they
use. Values quoted from the user's file are formatted with ``!r`` so they read
``'A1'``, as before. :mod:`tocgraph.i18n.diagnostics_nl` has the same keys.
"""

from __future__ import annotations

from tocgraph.errors import FLOOD_TEXTS

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    # --- shared hint parts ---
    "dh.did_you_mean": "did you mean {name!r}?",
    "dh.known": "known {label}: {names}",
    "dh.known_more": "known {label}: {names} (and {more} more)",
    "dh.known_none": "known {label}: (none)",
    "dh.kinds.output_outcome_goal": "outputs, outcomes or goals",
    "dh.kinds.outcome_goal": "outcomes or goals",
    "dh.label.partners": "partners",
    "dh.label.ids": "ids",
    # --- graph rules (TOC2xx) ---
    "d.TOC201": "duplicate id {id!r}",
    "dh.TOC201": "ids must be unique across all levels; {id!r} is already used",
    "dh.TOC201.line": "ids must be unique across all levels; {id!r} is already used (line {line})",
    "d.TOC202": "unknown node {to!r} in contributes_to of {node!r}",
    "d.TOC203": "{kind} {node!r} cannot contribute to {target_kind} {target!r}",
    "dh.TOC203.activity": (
        "an activity may contribute to: output, outcome, goal; "
        "links point upwards, from activities towards goals"
    ),
    "dh.TOC203.output": (
        "an output may contribute to: outcome, goal; "
        "links point upwards, from activities towards goals"
    ),
    "dh.TOC203.outcome": (
        "an outcome may contribute to: outcome, goal; "
        "links point upwards, from activities towards goals"
    ),
    "d.TOC204": "cycle: {cycle}",
    "dh.TOC204": "a ToC must not loop back on itself; remove one of these links",
    "d.TOC205": "{node!r} requires {requires} contributors but has {count}",
    "dh.TOC205": "use a number from 1 to {count}, or 'any' or 'all'",
    "dh.TOC205.none": "add contributes_to links to this node first, or use 'any'",
    "d.TOC206": "activity {node!r} names partner {partner!r}, which is not in partners",
    "d.TOC207": "{node!r} lists {to!r} more than once in contributes_to",
    "dh.TOC207": "remove the repeated link; each link counts once",
    "d.TOC208": "the lead {lead!r} is not one of the partners",
    "dh.TOC208": "add the lead to partners",
    # --- change requests (TOC5xx) ---
    "d.TOC502": "change {change} names {id!r}, which is not in the ToC",
    "d.TOC502.gone": "change {change} names {id!r}, which is not in the ToC (any more)",
    "d.TOC503": "{id!r} already exists in the ToC",
    "dh.TOC503": "choose a new id, or use 'modify' to change the existing node",
    "d.TOC504.id": "the id of a node cannot be changed",
    "dh.TOC504.id": "remove the node and add a new one",
    "d.TOC504.goal": "a goal has no field {key!r} to set",
    "d.TOC504.outcome": "an outcome has no field {key!r} to set",
    "d.TOC504.output": "an output has no field {key!r} to set",
    "d.TOC504.activity": "an activity has no field {key!r} to set",
    "dh.TOC504": "fields: {fields}",
    "d.TOC505.goal": "{id!r} is a goal; only activities can be stopped",
    "d.TOC505.outcome": "{id!r} is an outcome; only activities can be stopped",
    "d.TOC505.output": "{id!r} is an output; only activities can be stopped",
    "dh.TOC505": "use 'remove' to take a goal, outcome or output out of the ToC",
    "d.TOC507": "change {change} removes {id!r}, the last goal of the ToC",
    "dh.TOC507": "a ToC must hold at least one goal; add the new goal in an earlier change",
    # --- structure (TOC1xx) ---
    "dh.top_level": "the top level",
    "d.TOC101": "unknown key {key!r} in {where}",
    "dh.TOC101": "allowed keys: {keys}",
    "d.TOC102.link": (
        "{at}: expected a node id or a mapping with 'to' and 'assumption', got {got}"
    ),
    "dh.TOC102.link": "write '- O1' or '- {{to: O1, assumption: ...}}'",
    "dh.TOC102.link_number": "an id starts with a letter (O2, not 02): YAML read a number",
    "d.TOC102.slug": "{at}: {got} is not a valid {name}",
    "dh.TOC102.slug": "use lower-case letters, digits and hyphens, e.g. {example!r}",
    "dh.slug.toc": "ToC id",
    "dh.slug.policy": "policy id",
    "d.TOC102.id": "{at}: {got} is not a valid id",
    "dh.TOC102.id": "start with a letter or digit; then letters, digits, '_', '.', '-' (e.g. 'A1')",
    "d.TOC102.mapping": "{at}: expected a mapping of keys to values, got {got}",
    "d.TOC102.empty": "{at}: may not be empty",
    "dh.TOC102.empty_list": "give at least one item, or leave the key out",
    "dh.TOC102.empty_text": "write some text, or leave the key out",
    "d.TOC102.period": "{at}: the period ends ({end}) before it starts ({start})",
    "dh.TOC102.period": "check the dates; 'end' comes after 'start'",
    "d.TOC102.expected": "{at}: expected {expected}, got {got}",
    "dh.expected.text": "text",
    "dh.expected.int": "a whole number",
    "dh.expected.bool": "true or false",
    "dh.expected.number": "a number",
    "dh.expected.date": "a date such as 2024-01-31",
    "dh.expected.date_only": "a date such as 2024-01-31, without a time",
    "dh.expected.list": "a list",
    "d.TOC102.requires_bool": (
        "{at}: requires must be 'any', 'all' or a whole number, not a boolean (got {got})"
    ),
    "d.TOC102.requires": ("{at}: requires must be 'any', 'all' or a whole number (got {got})"),
    "d.TOC102.reason": "{at}: {reason} (got {got})",
    "d.TOC102.too_long": "{at}: longer than {limit} characters",
    "dh.TOC102.too_long": "shorten it; details go in 'description'",
    "d.TOC102.negative": "{at}: must not be negative (got {got})",
    "d.TOC102.literal": "{at}: expected {expected}, got {got}",
    "d.TOC102.invalid": "{at}: invalid value (got {got})",
    "dh.TOC102.yes_no": "got a yes/no value; put the text in quotes, e.g. {field}: '{word}'",
    "dh.TOC102.number_text": "got a number; put the text in quotes, e.g. {field}: '2024'",
    "dh.TOC102.empty_value": "the value is empty; write some text, or leave the key out",
    "dh.TOC102.int_quoted": "write the number without quotes, e.g. 100000",
    "dh.TOC102.int_bool": "write a number, not true or false",
    "dh.TOC102.bool_quoted": "write true or false, without quotes",
    "dh.TOC102.date": "write the date as YYYY-MM-DD, without quotes",
    "dh.TOC102.day_first": "did you mean {date}? Write dates as YYYY-MM-DD",
    "dh.TOC102.requires_k": "write requires: {k} (the contributors are counted from the links)",
    "dh.TOC102.requires_word": "write requires: {value}",
    "dh.TOC102.requires": (
        "write any (one contributor suffices), all (every one is needed) or a number, "
        "e.g. requires: 2"
    ),
    "dh.TOC102.day_number": (
        "{value} is how a spreadsheet counts the day {date}: format the cell as a date, or "
        "write {date}"
    ),
    "dh.TOC102.no_such_day": "that day does not exist: check the month (1 to 12) and the day",
    "d.TOC103": "missing required field {field!r} in {where}",
    "dh.TOC103.tocgraph": "add 'tocgraph: 1' as the first line",
    "dh.TOC103.tocgraph-policy": "add 'tocgraph-policy: 1' as the first line",
    "dh.TOC103.tocgraph-change": "add 'tocgraph-change: 1' as the first line",
    "dh.TOC103.id": "every node needs an id, e.g. 'id: A1'",
    "dh.TOC103.title": "add a short title",
    "dh.TOC103.goals": "a ToC needs at least one goal",
    "dh.TOC103.to": "a long-form link needs 'to: <id>'",
    "d.too_short.goals": "goals: a ToC needs at least one goal",
    "dh.too_short.goals": "add a goal under 'goals:'",
    "d.too_short.aims": "aims: a policy needs at least one aim",
    "dh.too_short.aims": (
        "add an aim under 'aims:', e.g. '- {{id: gender-equality, title: Gendergelijkheid}}'"
    ),
    "d.too_short.changes": "changes: a change request needs at least one change",
    "dh.too_short.changes": "add a change under 'changes:', e.g. '- stop: A3'",
    "d.TOC105": "unknown status {value} for activity {node!r}",
    "dh.TOC105": "use one of: {statuses} (or in Dutch: {dutch}; also accepted: {more})",
    "dh.TOC105.two_meanings": (
        "{word!r} can mean stopped or finished: write stopped (gestopt) or achieved (afgerond)"
    ),
    "d.TOC106": "unknown intervention strategy {value} for activity {node!r}",
    "dh.use_one_of": "use one of: {choices}",
    "d.TOC203.goal": "goal {node!r} has contributes_to, but goals link to nothing",
    "dh.TOC203.goal": "goals are the top of the ToC; link outcomes to the goal instead",
    # --- reading the file and YAML (TOC0xx) ---
    "d.TOC001.nul": "the file name contains a NUL character",
    "d.TOC001.empty": "the file name is empty",
    "dh.TOC001.yaml": "give the path of a .yaml file",
    "d.TOC001.directory": "this is a directory, not a file",
    "d.TOC001.missing": "no such file",
    "d.TOC001.unreadable": "cannot read the file: {reason}",
    "d.TOC001.name": "the file name cannot be used on this system (it is not valid text)",
    "dh.TOC001.rename": "rename the file",
    "d.TOC001.irregular": "this is not a regular file (a pipe, socket or device)",
    "d.TOC001.no_stdin": "there is no standard input to read",
    "d.TOC002.more": "the input is larger than the limit of {limit} bytes",
    "d.TOC002": "the file is {size} bytes; the limit is {limit} bytes",
    "dh.TOC002": (
        "a ToC file is a few hundred kilobytes at most; check that this is the right file "
        "(if it is, raise the limit with --max-bytes N)"
    ),
    "d.TOC003.utf16": "the file is saved as UTF-16, not UTF-8",
    "d.TOC003.binary": "this is a binary file, not YAML text (it contains a NUL byte)",
    "dh.TOC003.binary": "give the path of a .yaml file written in a text editor",
    "d.TOC003.utf8": "the file is not valid UTF-8 (byte {byte})",
    "dh.TOC003.utf8": "save the file as UTF-8 (most editors offer this under 'Save as')",
    "d.TOC003.surrogate": "the text holds a lone surrogate {char}, not UTF-8",
    "dh.TOC003.surrogate": "the text was decoded wrongly; read the file as UTF-8",
    "d.TOC003.control": "control character {char} is not allowed in YAML text",
    "dh.TOC003.control": "remove the character; it often comes from copying text out of a PDF",
    "d.TOC004": "{detail}",
    "dh.TOC004": "check the indentation and that ':' is followed by a space",
    "d.TOC004.no_space": "a ':' without a space after it does not start a value",
    "dh.TOC004.no_space": "put a space after ':', e.g. 'title: Onderzoek'",
    "d.TOC004.neither": "this line is neither 'key: value' nor a list item",
    "dh.TOC004.neither": "start a list item with '- ', or write 'key: value'",
    "d.TOC004.short_key": (
        "this key is indented {this} spaces, and the other keys of its list item (line {line})"
        " {above}"
    ),
    "dh.TOC004.short_key": "indent it by {above} spaces, as the other keys of that item",
    "d.TOC004.not_item": "this line is not a list item, but the lines above it are",
    "dh.TOC004.not_item": "start every item of the list with '- ', at the same indentation",
    "d.TOC004.item_indent": (
        "this list item is indented {this} spaces, and the items above it {above}"
    ),
    "dh.TOC004.item_indent": "indent every item of a list as far as the first one",
    "d.TOC004.further": (
        "this line is indented further ({this} spaces) than the key above it ({above})"
    ),
    "dh.TOC004.further": "indent it as far as the key above it, with spaces",
    "d.TOC004.curly": "the value is in curly quotes, which YAML does not read as quotes",
    "dh.TOC004.curly": (
        'use straight quotes (" or \'), e.g. title: "Onderzoek: fase 1" (a word processor '
        "turns them into curly ones)"
    ),
    "d.TOC004.item_after_keys": (
        "a list item follows the keys of a mapping at the same indentation"
    ),
    "dh.TOC004.item_after_keys": (
        "if the lines above are a list item too, start the first of them with '- '"
    ),
    "dh.TOC004.quote": (
        "a value that contains ': ' must be in quotes, e.g. title: 'Onderzoek: fase 1'"
    ),
    "dh.TOC004.escape": "use single quotes ('C:\\map'), or write the backslash twice",
    "dh.TOC004.unclosed_list": (
        "close the list with ']', with a ',' between its items; or write each item on a line "
        "of its own, starting with '- '"
    ),
    "dh.TOC004.unclosed_mapping": (
        "close it with '}}', with a ',' between its 'key: value' pairs; or write each pair on "
        "a line of its own"
    ),
    "dh.TOC004.tab": "indent with spaces, not tabs (most editors can turn tabs into spaces)",
    "dh.TOC004.item_here": (
        "put the item on the next line, indented under its key: 'goals:', then '  - id: G1'"
    ),
    "dh.TOC004.no_value": "write the value, or remove the empty item or the stray ']' or '}}'",
    "dh.TOC004.quote_value": "put the whole value in quotes, e.g. title: '@home'",
    "dh.TOC004.directive": "remove the line that starts with '%', or put its value in quotes",
    "dh.TOC004.block_scalar": (
        "put the text in quotes on one line (title: '|x'), or start it on the next line, indented"
    ),
    "dh.TOC004.after_end": "remove the line '...' (a file holds one ToC)",
    "d.TOC004.depth": "the YAML is nested more than {depth} levels deep",
    "d.TOC005": "duplicate key {key!r}",
    "dh.TOC005": "the key is already given at line {line}; remove one of the two",
    "d.TOC005.item": "duplicate key {key!r}: this looks like a new list item without its '- '",
    "dh.TOC005.item": (
        "add '- ' before {key!r} to start a new item (the first {key!r} is at line {line}); "
        "do not delete either"
    ),
    "d.TOC006.anchor": "YAML anchors are not allowed (&{anchor})",
    "dh.TOC006.anchor": (
        "write the value out in full; anchors and aliases make files hard to review"
    ),
    "d.TOC006.alias": "YAML aliases are not allowed (*{anchor})",
    "dh.TOC006.alias": "write the value out in full; aliases can expand a small file enormously",
    "d.TOC006.merge": "YAML merge keys (<<) are not allowed",
    "dh.TOC006.merge": "write the keys out in full",
    "d.TOC010": "YAML reads the number {value} as {number}",
    "dh.TOC010": (
        "a leading zero makes an octal number, 1:30 means 90, 0x a hexadecimal one: write 400000,"
        " not 0400000; put text in quotes"
    ),
    "d.TOC007": "unsupported YAML tag {tag!r}",
    "dh.TOC007": "remove the tag; plain values are enough",
    "d.TOC007.value": "the value {value!r} is not a valid !!{name}",
    "dh.TOC007.value": "remove the tag and write the value plainly",
    "d.TOC008.documents": "the file holds more than one YAML document",
    "dh.TOC008.documents": "keep one ToC per file; remove the '---' line",
    "d.TOC008.empty": "the file is empty, not a mapping of keys to values",
    "d.TOC008.type": "the file holds {type}, not a mapping of keys to values",
    "dh.TOC008.start": "{kind} starts with {start} at the left margin",
    "d.TOC008.kind": "this is {declared} (first line '{key}: 1'), not {kind}",
    "dh.TOC008.command": "use '{command}' for it",
    **FLOOD_TEXTS,  # TOC009: worded in tocgraph.errors, which makes the summary
    "dh.doc.tocgraph": "a ToC",
    "dh.doc.tocgraph-policy": "a policy file",
    "dh.doc.tocgraph-change": "a change request",
    "d.TOC102.key": "keys must be text; this key is {type} ({key})",
    "dh.TOC102.key": "quote the key, or check the indentation",
    "d.TOC104": "unknown format version {version}",
    "d.TOC104.kind": "unknown format version {version} of {kind}",
    "dh.TOC104": "this version of tocgraph reads '{key}: 1'",
    # --- change requests, reading (TOC5xx) ---
    "dh.and": "{first} and {second}",
    "d.TOC501.several": "change {change} names {kinds}; one change does one thing",
    "d.TOC501.none": "change {change} names none of stop, add, modify, remove",
    "dh.TOC501": "write e.g. '- stop: A3' with a 'rationale:' line; split combined changes",
    "d.TOC506.not_toc": "the baseline ToC {path} is not a ToC file",
    "d.TOC506.missing": "the baseline ToC {path} does not exist",
    "d.TOC506.unreadable": "the baseline ToC {path} cannot be read",
    "d.TOC506.invalid": "the baseline ToC {path} is not valid",
    "dh.TOC506": "'toc' is a path relative to this file; it points to '{target}'",
    "dh.TOC506.start": "a ToC file starts with 'tocgraph: 1'",
    "d.TOC508.nul": "the baseline path {path} contains a NUL character",
    "dh.TOC508.nul": "write the path of the ToC file",
    "d.TOC508.absolute": "the baseline path {path} is absolute",
    "d.TOC508.outside": "the baseline path {path} resolves outside {folder}",
    "d.TOC508.loop": "the baseline path {path} is a link that leads back to itself",
    "dh.TOC508.loop": "point 'toc:' at the ToC file itself, not at a chain of links",
    "dh.TOC508": (
        "write 'toc:' as a path relative to the change file, inside {folder}; "
        "use --root (root= in Python) to widen it"
    ),
    "dh.TOC508.cwd": "the current folder",
    "dh.TOC508.wider": (
        "the ToC is there, outside the folder tocgraph may read: add --root {root}"
        " (root= in Python), or run tocgraph from the folder that holds both files"
    ),
    # --- assumptions (TOC221-223, TOC102, and in change requests and scenarios) ---
    "dh.label.assumptions": "assumptions",
    "d.TOC221": "unknown assumption {name!r} on the link from {node!r} to {to!r}",
    "dh.TOC221.declare": "declare it under 'assumptions:' at the top of the file",
    "d.TOC222": "duplicate assumption id {id!r}",
    "dh.TOC222": "assumption ids must be unique; {id!r} is already used",
    "dh.TOC222.line": "assumption ids must be unique; {id!r} is already used (line {line})",
    "d.TOC223": "assumption id {id!r} is also a node id",
    "dh.TOC223": (
        "assumptions and nodes share one set of ids; rename the assumption, e.g. {example!r}"
    ),
    "d.TOC102.assumption_status": "{at}: unknown status {got}",
    "d.TOC102.strength": "{at}: unknown strength {got}",
    "dh.TOC102.choices": "use one of: {choices} (or in Dutch: {dutch})",
    "dh.TOC503.assumption": "choose a new id, or use 'modify' to change the existing assumption",
    "d.TOC504.assumption_id": "the id of an assumption cannot be changed",
    "d.TOC504.assumption": "an assumption has no field {key!r} to set",
    "d.TOC505.assumption": "{id!r} is an assumption; only activities can be stopped",
    "dh.TOC505.assumption": "to make it fail, write 'modify: {id}' with 'set: {{status: fails}}'",
    "d.scenario.not_assumption": "{id!r} is not an assumption of this ToC",
    "dh.scenario.no_assumptions": "it lists no assumptions (see 'assumptions:' in docs/format.md)",
    # --- labels of a diagnostic line (error[TOC201], hint:) ---
    "dl.error": "error",
    "dl.warning": "warning",
    "dl.hint": "hint",
    "w.TOC307": (
        "partner {first} is also written {others}: they differ only in case, spaces or hidden "
        "characters"
    ),
    "h.TOC307": (
        "write the name one way everywhere: the what-if of a partner that drops out stops only "
        "the activities whose partner is written exactly as given"
    ),
    "w.TOC509": "change {change} ({node}) has no rationale",
    "h.TOC509": (
        "say why under 'rationale:', in terms of the ToC: what the change serves or gives up, and "
        "why the goals stay within reach; the ministry checks this before it approves"
    ),
    "w.TOC405": (
        "partner {first} of {alliance} is written {other} in {other_alliance}: the portfolio "
        "counts two organisations"
    ),
    "h.TOC405": (
        "write the name the same way in every ToC, so that the shared organisations and the "
        "scenario of a partner that drops out (--partner) find it in each alliance"
    ),
}
