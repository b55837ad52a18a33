"""Loading pauses the garbage collector and always puts it back as it was."""

from __future__ import annotations

import gc
import importlib
import tracemalloc
import weakref
from typing import Any

import pytest

import tocgraph
from tests.conftest import MODELS
from tocgraph.loading.load import collector_paused

# the module, not the function ``tocgraph.loading.load`` that shadows it
load_module: Any = importlib.import_module("tocgraph.loading.load")


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


@pytest.fixture
def promote_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every load moves what it made to the oldest generation (as a large ToC does)."""
    monkeypatch.setattr(load_module, "_PROMOTE_FROM", 0)


TEXT = (MODELS / "worden-wie-je-bent.yaml").read_text(encoding="utf-8")


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.mark.usefixtures("promote_always")
def test_a_promoted_toc_is_freed_when_dropped() -> None:
    """Nothing stays frozen: a dropped ToC is freed, by reference counting alone."""
    tocgraph.loads(TEXT)  # warm: caches, lazily built models
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        toc = tocgraph.loads(TEXT)
        node = weakref.ref(toc.activities[0])
        assert gc.get_freeze_count() == 0
        assert gc.isenabled()
        loaded = tracemalloc.get_traced_memory()[0]
        del toc
        assert node() is None  # freed without the collector
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert loaded - before > 20_000
    assert after - before < (loaded - before) / 10


@pytest.mark.usefixtures("promote_always")
def test_cycles_made_before_a_load_are_still_collected() -> None:
    cycle = weakref.ref(_Cycle())
    assert cycle() is not None
    tocgraph.loads(TEXT)
    gc.collect()
    assert cycle() is None


@pytest.mark.usefixtures("promote_always")
def test_objects_the_caller_froze_stay_frozen() -> None:
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        tocgraph.loads(TEXT)
        # none unfrozen, none of the load's added (a few frozen ones may have been freed)
        assert frozen - 100 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()
