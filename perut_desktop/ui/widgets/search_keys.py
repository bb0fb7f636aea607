"""A search box that leads into its list, for the keyboard: Down (or Page Down) moves into
the list at its current row, or its first; Enter opens the row when the search leaves just
one (as a double click on it does). Other keys are the search box's own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from perut_desktop.ui.widgets.key_filter import KeyPressFilter

#: The object name of a page's search box: the window's Ctrl+F looks for it
#: (``ShellWindow.focus_search``).
SEARCH_BOX = "search"

_INTO_LIST = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
_OPEN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def lead_into_list(search: QLineEdit, view: QAbstractItemView,
                   settle: Callable[[], None] | None = None) -> KeyPressFilter:
    """Give ``search`` the keys above over ``view``. ``settle`` first applies a search still
    waiting for its pause (a page that filters after a short pause, not at every key)."""

    def on_key(event: QKeyEvent) -> bool:
        key = event.key()
        if key not in _INTO_LIST + _OPEN or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if settle is not None:
            settle()
        model = view.model()
        rows = model.rowCount() if model is not None else 0
        if key in _OPEN:
            if rows != 1:
                return False
            only = model.index(0, 0)
            view.setCurrentIndex(only)
            view.activated.emit(only)
            return True
        if not rows:
            return False
        current = view.currentIndex()
        view.setCurrentIndex(current if current.isValid() else model.index(0, 0))
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    return KeyPressFilter(search, on_key)
