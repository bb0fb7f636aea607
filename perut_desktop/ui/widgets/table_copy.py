"""Copy a table view's rows to the clipboard as tab-separated text (pasting into Excel is
how offices work): the selected rows, or every row shown when none is selected, with the
column headings first, in the order and the filter the view shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget


def _cell(text: object) -> str:
    """One cell: tabs and line breaks inside a value would start another cell or row."""
    return " ".join(str(text if text is not None else "").split())


def table_text(view: QAbstractItemView, *, selected_only: bool = True) -> str:
    """The rows of ``view`` as tab-separated lines, headings first."""
    model = view.model()
    if model is None:
        return ""
    columns = [c for c in range(model.columnCount()) if not _hidden(view, c)]
    rows: list[int] = []
    selection = view.selectionModel()
    if selected_only and selection is not None:
        rows = sorted({i.row() for i in selection.selectedIndexes()})
    if not rows:
        rows = list(range(model.rowCount()))
    lines = ["\t".join(_cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    for r in rows:
        lines.append("\t".join(_cell(model.index(r, c).data()) for c in columns))
    return "\n".join(lines) + "\n"


def _hidden(view: QAbstractItemView, column: int) -> bool:
    is_hidden = getattr(view, "isColumnHidden", None)
    return bool(is_hidden(column)) if is_hidden is not None else False


def copy_table(view: QAbstractItemView) -> str:
    """Put the rows of ``view`` on the clipboard; the text copied."""
    text = table_text(view)
    QGuiApplication.clipboard().setText(text)
    return text


def copy_button(view: QAbstractItemView, parent: QWidget | None = None) -> QPushButton:
    """A *Copy* button for ``view``, and Ctrl+C on the view itself doing the same."""
    button = QPushButton(QCoreApplication.translate("TableCopy", "Cop&y to clipboard"), parent)
    button.setToolTip(QCoreApplication.translate(
        "TableCopy", "Copy the selected rows (or all rows shown) as a table to paste into Excel"))
    button.clicked.connect(lambda: copy_table(view))
    install_copy_shortcut(view)
    return button


def install_copy_shortcut(view: QAbstractItemView) -> QShortcut:
    """Ctrl+C on ``view`` copies its rows as :func:`copy_table` does."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: copy_table(view))
    return shortcut
