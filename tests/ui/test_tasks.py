"""The task runner and Python's cyclic garbage collector.

A collection frees whatever cyclic garbage exists, Qt objects included, on the thread that
happens to run it; Qt objects freed on the worker crash the program. So no collection may
run on the worker, and the collection the runner does itself must stay cheap, because it
runs after every task (a save on every edit)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from perut_desktop.ui.tasks import TaskContext, TaskRunner


@pytest.fixture()
def collections() -> Iterator[list[tuple[int, int]]]:
    """(thread id, generation) of every garbage collection started during the test."""
    seen: list[tuple[int, int]] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append((threading.get_ident(), info["generation"]))

    was_enabled = gc.isenabled()
    gc.enable()
    gc.collect()  # start from empty generations and zero counts
    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)
    if not was_enabled:
        gc.disable()


def _run_all(qtbot, runner: TaskRunner, works: list[Any]) -> list[Any]:
    results: list[Any] = []
    for work in works:
        with qtbot.waitSignal(runner._finished, timeout=10_000):
            runner.run(work, label="work", on_done=results.append)
        qtbot.waitUntil(lambda: not runner.busy and gc.isenabled(), timeout=5000)
    return results


def test_no_collection_runs_on_the_worker(qtbot, qapp: QApplication,
                                          collections: list[tuple[int, int]]) -> None:
    def make_cycles(_ctx: TaskContext) -> int:
        for _ in range(20_000):  # far above the collector's thresholds
            cycle: list[object] = []
            cycle.append(cycle)
        return threading.get_ident()

    runner = TaskRunner()
    try:
        workers = set(_run_all(qtbot, runner, [make_cycles]))
    finally:
        runner.shutdown()
    gui = threading.get_ident()
    assert workers and gui not in workers
    assert not [c for c in collections if c[0] in workers], "a collection ran on the worker"
    # the work's garbage was collected after all, on the GUI thread
    assert any(thread == gui for thread, _ in collections)
    assert gc.isenabled()


def test_the_runner_does_not_scan_the_whole_heap_after_each_task(
        qtbot, qapp: QApplication, collections: list[tuple[int, int]]) -> None:
    """With a replica open a full collection takes a tenth of a second: after every small
    task it would make typing stutter."""
    runner = TaskRunner()
    try:
        assert _run_all(qtbot, runner, [lambda _ctx: 1] * 3) == [1] * 3
    finally:
        runner.shutdown()
    assert collections, "the runner collects what the work left behind"
    assert max(generation for _, generation in collections) < 2


def test_cyclic_garbage_of_a_task_is_freed_when_the_runner_falls_idle(
        qtbot, qapp: QApplication, collections: list[tuple[int, int]]) -> None:
    class Payload:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it

    refs: list[weakref.ref[Payload]] = []
    alive_after_idle: list[bool] = []

    def work(_ctx: TaskContext) -> None:
        refs.append(weakref.ref(Payload()))

    def on_done(_result: None) -> None:
        # on_done runs before the runner falls idle: look once this event is handled
        QTimer.singleShot(0, lambda: alive_after_idle.append(refs[0]() is not None))

    runner = TaskRunner()
    try:
        runner.run(work, label="work", on_done=on_done)
        qtbot.waitUntil(lambda: bool(alive_after_idle), timeout=10_000)
    finally:
        runner.shutdown()
    assert alive_after_idle == [False]
