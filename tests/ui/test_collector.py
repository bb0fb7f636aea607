"""The window collects Python's garbage on the GUI thread only: automatic collection is off
(it would run in whichever thread allocates, and a widget in a cycle deleted off the GUI
thread crashes Qt) and the GUI thread collects what Python would have."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication, QWidget

from perut_desktop.ui.collector import MainThreadCollector, install


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.widget_id = 0


def test_cycles_are_collected_on_the_gui_thread_and_never_on_a_worker(qapp: QApplication) -> None:
    collector = install(qapp)
    assert install(qapp) is collector and not gc.isenabled()
    collected_on: list[str] = []

    class Watched(QWidget):
        def __del__(self) -> None:
            collected_on.append(threading.current_thread().name)

    def make_garbage() -> None:
        for _ in range(collector.threshold[0] * 2):
            _Cycle()
        w = Watched()
        w.cycle = w  # type: ignore[attr-defined]

    worker = threading.Thread(target=make_garbage, name="worker")
    make_garbage()
    worker.start()
    worker.join()
    assert collected_on == []  # nothing was collected where the garbage was made
    assert collector.check() > 0
    assert collected_on and set(collected_on) == {threading.main_thread().name}


def test_a_quiet_collector_does_nothing(qapp: QApplication) -> None:
    collector = install(qapp)
    gc.collect()
    assert collector.check() == 0
    assert isinstance(collector, MainThreadCollector)
