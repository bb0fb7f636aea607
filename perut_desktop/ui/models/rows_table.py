"""A small read-only table over tuples of texts (short lists beside a page's main table)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from perut_desktop.ui.models.common import RIGHT, ROW_ROLE, SORT_ROLE, Index


class RowsTableModel(QAbstractTableModel):
    """``headers`` (already translated) and rows of (display texts, sort keys, payload); the
    columns ``numeric`` (counts, scores) stand right-aligned, as in the window's other tables."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None, numeric: Collection[int] = ()) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.numeric = frozenset(numeric)
        self._rows: list[tuple[Sequence[str], Sequence[Any], Any]] = []

    def set_rows(self, rows: Sequence[tuple[Sequence[str], Sequence[Any], Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def payload(self, row: int) -> Any:
        return self._rows[row][2]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole \
                and section in self.numeric:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        texts, keys, payload = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        if role == SORT_ROLE:
            return keys[index.column()]
        if role == ROW_ROLE:
            return payload
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return RIGHT
        return None
