"""A table model over frozen rows whose columns are described as data: a header (English
source text, translated in the model's context), the text a row shows, and its sort key.

Used by the small tables of the exchange page (partners, history, conflicts, devices), so
each needs no model class of its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from perut_desktop.ui.models.common import RIGHT, ROW_ROLE, SORT_ROLE, Index


@dataclass(frozen=True)
class Column:
    header: str  # English source, marked with QT_TRANSLATE_NOOP in the caller's context
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the text
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None


class RowTableModel(QAbstractTableModel):
    """Rows set with :meth:`set_rows`; the row itself under :data:`ROW_ROLE`."""

    def __init__(self, context: str, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = tuple(columns)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    @property
    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self._columns[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].numeric:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None
