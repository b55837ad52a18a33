"""The public API: complete, sorted, importable, and documented."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import tocgraph


def test_all_is_sorted_and_unique() -> None:
    assert tocgraph.__all__ == sorted(set(tocgraph.__all__))


def test_every_public_name_resolves() -> None:
    for name in tocgraph.__all__:
        assert getattr(tocgraph, name) is not None, name


def test_unknown_attribute_raises() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        tocgraph.no_such_name  # noqa: B018


def test_public_functions_and_classes_have_docstrings() -> None:
    for name in tocgraph.__all__:
        value = getattr(tocgraph, name)
        if inspect.isfunction(value) or inspect.isclass(value):
            assert inspect.getdoc(value), name


def test_every_module_declares_all() -> None:
    for module_info in pkgutil.walk_packages(tocgraph.__path__, "tocgraph."):
        if module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        assert module.__doc__, module_info.name
        if not module_info.ispkg:
            assert hasattr(module, "__all__"), module_info.name


def test_modules_stay_readable() -> None:
    for module_info in pkgutil.walk_packages(tocgraph.__path__, "tocgraph."):
        if module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        source = inspect.getsource(module)
        assert source.count("\n") <= 450, f"{module_info.name} is too long to read in one sitting"


def test_lazy_imports_run_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Threads that each import one side of a circular import deadlocked (_DeadlockError)."""
    import threading
    import time

    from tocgraph import _lazy

    inside: list[int] = []
    most = [0]

    def slow_import(name: str) -> object:
        inside.append(1)
        most[0] = max(most[0], len(inside))
        time.sleep(0.02)
        inside.pop()
        return __import__("math")

    monkeypatch.setattr("importlib.import_module", slow_import)
    get, _ = _lazy.lazy_exports("demo", {"sqrt": "math", "floor": "math"}, {"__all__": []})
    threads = [threading.Thread(target=get, args=(name,)) for name in ("sqrt", "floor") * 3]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 1


def test_all_matches_the_lazy_export_table() -> None:
    assert set(tocgraph.__all__) == set(tocgraph._EXPORTS)
