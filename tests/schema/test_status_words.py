"""TOC105's hint: a typing error gets the word it misses, a word with a meaning gets its status."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tocgraph
from tests.conftest import only_problem
from tocgraph.i18n import localize, render
from tocgraph.schema.nodes import ACTIVITY_STATUSES_NL, Status
from tocgraph.schema.status_words import MEANINGS, status_hints

ACCEPTED = [s.value for s in Status] + list(ACTIVITY_STATUSES_NL)


def _status(word: str) -> Status:
    return ACTIVITY_STATUSES_NL.get(word) or Status(word)


def _suggested(word: str) -> str | None:
    first = status_hints(word)[0]
    return str(first.values["name"]) if first.key == "dh.did_you_mean" else None


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("gestart", "lopend"),  # letters close to 'gestopt': the opposite
        ("gereed", "afgerond"),  # close to 'geannuleerd'
        ("bezig", "lopend"),
        ("Loopt", "lopend"),
        ("done", "achieved"),
        ("cancelled", "stopped"),
        ("stoped", "stopped"),  # typing errors keep their suggestion
        ("gestop", "gestopt"),
        ("Afgerond ", "afgerond"),
    ],
)
def test_the_word_suggested_means_what_was_written(word: str, meant: str) -> None:
    assert _suggested(word) == meant


def test_a_word_of_two_meanings_gets_the_choice_not_a_guess() -> None:
    first = status_hints("beëindigd")[0]
    assert first.key == "dh.TOC105.two_meanings"
    assert "schrijf gestopt (stopped) of afgerond (achieved)" in render(first, "nl")
    assert _suggested("afgelopen") is None
    assert _suggested("zomaar") is None  # nothing alike: only the list of statuses
    assert status_hints("zomaar")[0].key == "dh.TOC105"


def test_every_meaning_is_unaccepted_and_points_at_an_accepted_word() -> None:
    for word, meant in MEANINGS.items():
        assert word not in ACCEPTED, word
        if meant is not None:
            assert meant in ACCEPTED, word


_TYPO = st.sampled_from(ACCEPTED).flatmap(
    lambda w: st.tuples(st.just(w), st.integers(0, len(w) - 1), st.booleans())
)


@given(_TYPO)
def test_a_letter_left_out_or_swapped_suggests_the_same_status(typo: tuple[str, int, bool]) -> None:
    word, at, swap = typo
    if swap and at + 1 < len(word):
        wrong = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    else:
        wrong = word[:at] + word[at + 1 :]
    if wrong in ACCEPTED:
        return
    suggested = _suggested(wrong)
    assert suggested is not None, wrong
    assert _status(suggested) is _status(word), (wrong, suggested)


def test_the_hint_in_a_file_and_in_a_progress_sheet(tmp_path: Path) -> None:
    text = (
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
        "activities: [{id: A1, title: a, status: gestart, contributes_to: [G1]}]\n"
    )
    problem = only_problem(text)
    assert (localize(problem, "nl").hint or "").startswith("bedoelde u 'lopend'?")
    sheet = tmp_path / "progress.csv"
    sheet.write_text("id,status\nA1,Gereed\n", encoding="utf-8")
    toc = tocgraph.loads(text.replace("gestart", "on_track"))
    from tocgraph.loading.progress import read_progress

    with pytest.raises(tocgraph.InvalidToCError) as raised:
        read_progress(sheet, toc)
    (problem,) = raised.value.diagnostics
    assert (problem.hint or "").startswith("did you mean 'afgerond'?")
