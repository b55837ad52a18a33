"""A ToC and every result pickle, deep-copy and hash: for processes, caches and sets.

Review round 4 found all of them failing on the read-only mappings inside
(``mappingproxy``); they are :class:`~tocgraph.schema.base.FrozenDict` now.
"""

from __future__ import annotations

import copy
import functools
import pickle
from typing import Any

import pytest

import tocgraph

POLITICA = "models/politica.yaml"


def _results() -> dict[str, Any]:
    toc = tocgraph.load(POLITICA)
    return {
        "toc": toc,
        "assessment": tocgraph.assess(toc),
        "impact": tocgraph.impact(toc, stop=["A1"]),
        "criticality": tocgraph.criticality(toc),
        "diff": tocgraph.compare(toc, toc),
        "review": tocgraph.review_change_file("models/change-requests/politica-2025-1.yaml"),
        "checked": tocgraph.check_file(POLITICA),
        "portfolio": tocgraph.portfolio_folder("models"),
    }


@pytest.mark.parametrize("name", sorted(_results()))
def test_pickle_copy_and_hash_keep_the_value(name: str) -> None:
    value = _results()[name]
    again = pickle.loads(pickle.dumps(value))
    assert again == value
    assert copy.deepcopy(value) == value
    assert hash(again) == hash(value)


def test_an_assessment_can_be_cached_by_its_toc() -> None:
    calls = []

    @functools.lru_cache
    def cached(toc: tocgraph.ToC) -> tocgraph.Assessment:
        calls.append(toc.id)
        return tocgraph.assess(toc)

    first = cached(tocgraph.load(POLITICA))
    assert cached(tocgraph.load(POLITICA)) is first  # an equal ToC, loaded again
    assert calls == ["politica"]


def test_the_mappings_stay_read_only() -> None:
    assessment = tocgraph.assess(tocgraph.load(POLITICA))
    with pytest.raises(TypeError):
        assessment.nodes["G1"] = assessment.nodes["O1"]  # type: ignore[index]
    assert assessment.nodes["G1"].margin == 3


def test_an_invalid_toc_error_survives_pickle_and_deepcopy() -> None:
    """A process pool pickles what a worker raises; the error once broke the pool."""
    with pytest.raises(tocgraph.InvalidToCError) as caught:
        tocgraph.load("tests/fixtures/invalid.yaml")
    error = caught.value
    for again in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert type(again) is tocgraph.InvalidToCError
        assert again.diagnostics == error.diagnostics
        assert str(again) == str(error)


def test_an_unknown_language_is_an_option_error() -> None:
    from tocgraph.i18n import UnknownLanguageError

    assert issubclass(UnknownLanguageError, tocgraph.OptionError)
    assert issubclass(UnknownLanguageError, ValueError)
