"""The loader's lists of link targets are kept for the very ToC loaded, and only while it lives."""

from __future__ import annotations

import gc
import pickle

import tocgraph
from tocgraph.schema import targets as module
from tocgraph.schema.targets import read_targets

TEXT = """tocgraph: 1
id: x
goals: [{id: G1, title: T}]
outcomes: [{id: O1, title: T, contributes_to: [G1]}]
activities:
  - {id: A1, title: T, contributes_to: [O1, G1]}
  - {id: A2, title: T, contributes_to: [{to: O1, assumption: maybe}]}
"""


def test_a_loaded_toc_keeps_the_ids_its_links_name() -> None:
    toc = tocgraph.loads(TEXT)
    # goals, outcomes, outputs, activities; a link written as a mapping: read from the links
    assert read_targets(toc) == [None, ["G1"], ["O1", "G1"], None]


def test_data_given_as_a_dict_and_copies_keep_nothing() -> None:
    toc = tocgraph.loads(TEXT)
    assert read_targets(tocgraph.from_dict(toc.model_dump(exclude_unset=True))) is None
    assert read_targets(toc.model_copy()) is None
    assert read_targets(pickle.loads(pickle.dumps(toc))) is None


def test_the_lists_go_with_the_toc() -> None:
    gc.collect()
    before = len(module._READ)
    toc = tocgraph.loads(TEXT)
    assert len(module._READ) == before + 1
    del toc
    gc.collect()
    assert len(module._READ) == before
