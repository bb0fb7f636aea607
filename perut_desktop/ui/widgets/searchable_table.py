"""A list over a :class:`~perut_desktop.ui.models.rows_table.RowsTableModel` with a search
box, sorting by any column, and copy to the clipboard as tab-separated text; an empty list, or
a search that matches nothing, is said in words instead of an empty grid."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.ui.models.common import ROW_ROLE, SORT_ROLE
from perut_desktop.ui.models.rows_table import RowsTableModel
from perut_desktop.ui.widgets.search_keys import SEARCH_BOX, lead_into_list
from perut_desktop.ui.widgets.table_copy import copy_button
from perut_desktop.ui.widgets.table_style import style_table


class SearchableTable(QWidget):
    """A table over a :class:`RowsTableModel` with search, sort and copy; the columns
    ``numeric`` are right-aligned. With no rows it shows the sentence ``empty`` (already
    translated; the search box and the copy button are hidden then, the ``buttons`` stay),
    and with rows none of which matches the search, a sentence saying so."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None,
                 buttons: tuple[QPushButton, ...] = (), stretch: int | None = None,
                 numeric: Collection[int] = (), empty: str = "") -> None:
        super().__init__(parent)
        self.model = RowsTableModel(headers, self, numeric)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        style_table(self.view, stretch)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setAccessibleName(name)
        self.search = QLineEdit()
        self.search.setObjectName(SEARCH_BOX)  # what Ctrl+F looks for
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(QCoreApplication.translate("SearchableTable", "Search"))
        self.search.setAccessibleName(QCoreApplication.translate("SearchableTable", "Search in {name}").format(name=name))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        lead_into_list(self.search, self.view)
        self.copy_button = copy_button(self.view)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        for button in buttons:
            row.addWidget(button)
        row.addWidget(self.copy_button)
        self.empty_text = empty
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)
        for model in (self.model, self.proxy):
            model.modelReset.connect(self._show_rows_or_words)
            model.rowsInserted.connect(self._show_rows_or_words)
            model.rowsRemoved.connect(self._show_rows_or_words)
        self._show_rows_or_words()

    def _show_rows_or_words(self, *_args: object) -> None:
        """The table while it has rows to show; else one sentence at the top, the reason."""
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0 and self.empty_text:
            self.note.setText(self.empty_text)
        elif total and not shown:
            self.note.setText(QCoreApplication.translate("SearchableTable", "No row matches the search."))
        else:
            self.note.setText("")
        words = bool(self.note.text())
        self.note.setVisible(words)
        self.view.setVisible(not words)
        no_rows = total == 0 and bool(self.empty_text)
        self.search.setVisible(not no_rows)
        self.copy_button.setVisible(not no_rows)
        layout = self.layout()
        layout.setStretch(layout.count() - 1, 1 if words else 0)  # the words stay at the top

    def selected(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.index(rows[0].row(), 0).data(ROW_ROLE) if rows else None

    def shown(self) -> list[Any]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]
