"""YAML syntax errors in the reader's words, on the line to change (tocgraph.loading.yamlerrors)."""

from __future__ import annotations

import pytest

import tocgraph
from tocgraph.i18n import localize

HEAD = "tocgraph: 1\nid: t\n"

# text after HEAD -> (line, column, words of the message, words of the hint)
CASES: dict[str, tuple[str, int, int, str, str]] = {
    "unclosed list": ("partners: [A, B\ngoals: []\n", 3, 11, "'[' is not closed", "close the list"),
    "unclosed mapping": ("x: {a: 1\ngoals: []\n", 3, 4, "'{' is not closed", "close it with '}'"),
    "unknown escape": ('name: "C:\\map"\n', 3, 10, "backslash", "single quotes"),
    "unclosed quote": ("name: 'Onderzoek\n", 4, 1, "not closed", "indentation"),
    "tab before an item": ("partners:\n\t- A\n", 4, 1, "tab", "spaces, not tabs"),
    "tab in the indentation": ("x:\n  a: 1\n\tb: 2\n", 5, 1, "indented with a tab", "not tabs"),
    "at sign": ("name: @home\n", 3, 7, "start with '@'", "in quotes"),
    "backtick": ("name: `x`\n", 3, 7, "start with '`'", "in quotes"),
    "item on the key's line": ("partners: - A\n", 3, 11, "list item cannot start", "next line"),
    "empty item": ("partners: [A,,B]\n", 3, 14, "value is missing", "empty item"),
    "stray bracket": ("name: ]\n", 3, 7, "value is missing", "stray"),
    "anchor without a name": ("name: & x\n", 3, 7, "followed by a name", "in quotes"),
    "directive": ("%foo\n", 3, 1, "starts with '%'", "remove the line"),
    "text after the end": ("goals: []\n...\nname: x\n", 5, 1, "end of the document", "'...'"),
    "text after a block sign": ("name: |x\n  a\n", 3, 7, "block of text", "in quotes on one line"),
    "block sign with 0": ("name: |0\n  x\n", 3, 7, "a digit from 1 to 9", "in quotes"),
    "unclosed tag": ("name: !<x\n", 3, 7, "YAML tag", "in quotes"),
    "unknown tag handle": ("name: !a!b c\n", 3, 7, "YAML tag", "in quotes"),
    "empty tag": ("name: !!\n", 3, 7, "YAML tag", "in quotes"),
    "question mark": ("name: ? x\n", 3, 7, "'?' followed by a space", "in quotes"),
    "colon in brackets": ("partners: [a, b:]\n", 3, 16, "':' cannot end a value", "in quotes"),
    "directive twice": ("%YAML 1.1\n%YAML 1.1\n---\n", 2, 1, "starts with '%'", "remove the line"),
}

ENGLISH = ("while ", "did not find", "found ", "expected ")


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_syntax_error_is_said_plainly_where_the_writer_fixes_it(name: str) -> None:
    text, line, column, message, hint = CASES[name]
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(text if text.startswith("%YAML") else HEAD + text)  # directives first
    (problem,) = info.value.diagnostics
    assert problem.code == "TOC004"
    assert (problem.line, problem.column) == (line, column), problem.format()
    assert message in problem.message
    assert hint in (problem.hint or "")
    dutch = localize(problem, "nl")
    assert dutch.message.startswith("fout in de YAML-opmaak: ")
    assert not [word for word in ENGLISH if word in dutch.message + (dutch.hint or "")]
    assert dutch.hint != problem.hint


def test_a_version_other_than_yaml_1_is_named() -> None:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads("%YAML 9.9\n---\n" + HEAD)
    (problem,) = info.value.diagnostics
    assert "YAML version" in problem.message
    assert "'%'" in (problem.hint or "")


def test_a_rare_problem_keeps_the_parser_s_words() -> None:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(HEAD + "name: 'abc\n---\nx'\n")
    (problem,) = info.value.diagnostics
    assert "unexpected document indicator" in problem.message
    assert "indentation" in (problem.hint or "")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a:\n\t- b\n", "tab"),
        ("a: [1, 2\nb: 3\n", "'[' is not closed"),
        ("a: {b: 1\nc: 2\n", "'{' is not closed"),
        ("a: @x\n", "start with '@'"),
        ('a: "x\\q"\n', "backslash"),
        ("a: - b\n", "list item cannot start"),
        ("a: [1,,2]\n", "value is missing"),
        ("a: & x\n", "followed by a name"),
        ("a: |x\n  b\n", "block of text"),
        ("a: !<x\n", "YAML tag"),
        ("a: ? x\n", "'?' followed by a space"),
        ("%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "starts with '%'"),
    ],
)
def test_the_pure_python_parser_s_words_are_understood_too(text: str, message: str) -> None:
    """Without libyaml PyYAML words some problems otherwise; they are said the same way."""
    import yaml

    from tocgraph.loading.yamlerrors import syntax_error

    with pytest.raises(yaml.YAMLError) as info:
        yaml.compose(text, Loader=yaml.SafeLoader)
    assert message in syntax_error(info.value, text, "x.yaml").message


@pytest.mark.parametrize("loader", ["libyaml", "python"])
@pytest.mark.parametrize(
    ("text", "place", "english", "dutch"),
    [
        (  # a key one space too far in, under a list item
            "goals:\n  - id: G1\n     title: Doel\n",
            (5, 6),
            "this line is indented further (5 spaces) than the key above it (4)",
            "deze regel springt verder in (5 spaties) dan de sleutel erboven (4)",
        ),
        (  # the same under a key, with a comment between
            "goals:\n  - id: G1\n    title: Doel\n    # note\n      requires: all\n",
            (7, 7),
            "indented further (6 spaces) than the key above it (4)",
            "springt verder in (6 spaties)",
        ),
        (  # a list item one space too far in
            "goals:\n  - id: G1\n    title: a\n   - id: G2\n    title: b\n",
            (6, 4),
            "this list item is indented 3 spaces, and the items above it 2",
            "dit lijstitem springt 3 spaties in, de items erboven 2",
        ),
        (  # a key of an item pulled back to the dash (found by a newcomer)
            "activities:\n  - id: A1\n    title: a\n  contributes_to: [G1]\n",
            (6, 3),
            "this key is indented 2 spaces, and the other keys of its list item (line 4) 4",
            "deze sleutel springt 2 spaties in, de andere sleutels van zijn lijstitem (regel 4) 4",
        ),
        (  # one space short of the item's keys
            "goals:\n  - id: G1\n   title: g\n",
            (5, 4),
            "indented 3 spaces, and the other keys of its list item (line 4) 4",
            "springt 3 spaties in",
        ),
        (  # the item's first key again at the dash: a new item without its '- '
            "goals:\n  - id: G1\n    title: g\n  id: G2\n",
            (6, 3),
            "this line is not a list item, but the lines above it are",
            "deze regel is geen lijstitem",
        ),
        (  # Word's curly quotes around a value with ': '
            "goals:\n  - id: G1\n    title: \u201cDoel: meer\u201d\n",
            (5, 17),
            "the value is in curly quotes, which YAML does not read as quotes",
            "tussen gekrulde aanhalingstekens",
        ),
    ],
)
def test_indentation_and_curly_quotes_are_named(
    text: str, place: tuple[int, int], english: str, dutch: str, loader: str
) -> None:
    """The hint to quote a value with ': ' would not help here: it was not the problem."""
    import yaml

    from tocgraph.loading.yamlerrors import syntax_error

    chosen = yaml.SafeLoader if loader == "python" else yaml.CSafeLoader
    with pytest.raises(yaml.YAMLError) as info:
        yaml.compose(HEAD + text, Loader=chosen)
    problem = syntax_error(info.value, HEAD + text, "x.yaml")
    assert (problem.line, problem.column) == place
    assert english in problem.message
    assert "quotes (" not in (problem.hint or "") or "curly" in problem.message
    assert dutch in localize(problem, "nl").message


def test_words_that_go_on_with_the_value_above_keep_the_hint_to_quote() -> None:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(HEAD + "goals:\n  - id: G1\n    title: Een tekst\n      die loopt: door\n")
    (problem,) = info.value.diagnostics
    assert "must be in quotes" in (problem.hint or "")
