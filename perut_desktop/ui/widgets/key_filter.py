"""Keys handled for one widget by its owner, without the owner filtering that widget's
events itself.

A tab that installs itself as the event filter of a view it owns is called for every event
of that view, also while Qt destroys the tab and its children; Python code running on a
half-destroyed tab can crash the program. :class:`KeyPressFilter` is a child of the widget
it watches, so it ends with that widget, and it hands only key presses to the owner's
handler: no other event reaches the owner's code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class KeyPressFilter(QObject):
    """Hands ``widget``'s key presses to ``handler(event)``, which returns True when it
    handled the key (the widget then does not see it)."""

    def __init__(self, widget: QWidget, handler: Callable[[QKeyEvent], bool]) -> None:
        super().__init__(widget)
        self._handler = handler
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handler(event)
        return False
