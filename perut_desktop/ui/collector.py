"""Python's cycle collector runs in whichever thread happens to allocate memory. A cycle
holding a widget (a slot that refers to its own page, say) collected while the task thread
runs a service would delete that widget off the GUI thread, which crashes Qt. So the window
turns automatic collection off and collects on the GUI thread instead, between events, with
the thresholds Python would have used."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    """Collects garbage on the GUI thread every :attr:`INTERVAL_MS` when Python would have."""

    INTERVAL_MS = 500
    NAME = "perut-main-thread-collector"

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generations Python would collect now; the number of objects freed."""
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return 0
        generation = 0
        if counts[1] > self.threshold[1]:
            generation = 2 if counts[2] > self.threshold[2] else 1
        return gc.collect(generation)


def install(app: QObject) -> MainThreadCollector:
    """The application's collector (made once). Found by its name: a search by its Python
    class would make PySide load every class of its modules (≈ 10 ms of the start)."""
    existing = app.findChild(QObject, MainThreadCollector.NAME)
    return existing if isinstance(existing, MainThreadCollector) else MainThreadCollector(app)
