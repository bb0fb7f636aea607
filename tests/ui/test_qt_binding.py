"""The Qt binding itself: a version with a reference-count bug aborts the window after
enough signals, so the suite names it instead of dying with exit code 134."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on")
def test_emitting_a_signal_keeps_the_reference_count_of_true() -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(200):
        emitter.fired.emit(n)
    lost = before - sys.getrefcount(True)
    assert received == list(range(200))
    assert lost < 10, f"this PySide6 loses a reference to True per emit ({lost} in 200): pick another version"
