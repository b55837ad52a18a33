"""Loading pauses the garbage collector and always puts it back as it was."""

from __future__ import annotations

import gc

import pytest

import tocgraph
from tocgraph.loading.load import collector_paused


def test_the_collector_is_off_while_loading_and_on_afterwards() -> None:
    seen: list[bool] = []
    with collector_paused():
        seen.append(gc.isenabled())
    assert seen == [False]
    assert gc.isenabled()


def test_an_invalid_file_leaves_the_collector_on() -> None:
    with pytest.raises(tocgraph.InvalidToCError):
        tocgraph.loads("tocgraph: 1\nid: x\n")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        tocgraph.loads("tocgraph: 1\nid: x\ngoals: [{id: G1, title: T}]\n")
        assert not gc.isenabled()
    finally:
        gc.enable()
