"""A list over a :class:`~perut_desktop.ui.models.rows_table.RowsTableModel` with a search
box, sorting by any column, and copy to the clipboard as tab-separated text."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from perut_desktop.ui.models.common import ROW_ROLE, SORT_ROLE
from perut_desktop.ui.models.rows_table import RowsTableModel
from perut_desktop.ui.widgets.table_copy import copy_button
from perut_desktop.ui.widgets.table_style import style_table


class SearchableTable(QWidget):
    """A table over a :class:`RowsTableModel` with search, sort and copy; the columns
    ``numeric`` are right-aligned."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None,
                 buttons: tuple[QPushButton, ...] = (), stretch: int | None = None,
                 numeric: Collection[int] = ()) -> None:
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
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(QCoreApplication.translate("SearchableTable", "Search"))
        self.search.setAccessibleName(QCoreApplication.translate("SearchableTable", "Search in {name}").format(name=name))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.copy_button = copy_button(self.view)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        for button in buttons:
            row.addWidget(button)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

    def selected(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.index(rows[0].row(), 0).data(ROW_ROLE) if rows else None

    def shown(self) -> list[Any]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]
