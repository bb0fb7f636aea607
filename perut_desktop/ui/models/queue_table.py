"""The office's queue: one row per visit waiting for verification or approval."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from perut_desktop.ui.labels import NO_VALUE, visit_status_text
from perut_desktop.ui.models.common import RIGHT, ROW_ROLE, SORT_ROLE, Index, long_date, percent, short_date

if TYPE_CHECKING:
    from perut_desktop.services.review_queue import QueueRow


class QueueTableModel(QAbstractTableModel):
    """Village, officer, visit date, status, waiting since, days waiting, score."""

    VILLAGE, OFFICER, DATE, STATUS, SINCE, DAYS, SCORE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("QueueTableModel", "Village"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Officer"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Visit date"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Status"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Waiting since"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Days waiting"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Score"),
    )
    _NUMERIC = frozenset({DAYS, SCORE})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[QueueRow, ...] = ()

    def set_rows(self, rows: Sequence[QueueRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    @property
    def rows(self) -> tuple[QueueRow, ...]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("QueueTableModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._NUMERIC:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DATE:
            return long_date(row.visit_date)
        return None

    def _display(self, row: QueueRow, column: int) -> str | None:
        return (row.village_name, row.officer_name, short_date(row.visit_date), visit_status_text(row.status),
                short_date(row.waiting_since), str(row.days_waiting), percent(row.score) or NO_VALUE)[column]

    def _sort_key(self, row: QueueRow, column: int) -> Any:
        return (row.village_name.casefold(), row.officer_name.casefold(), row.visit_date.toordinal(),
                visit_status_text(row.status), row.waiting_since.toordinal(), row.days_waiting,
                row.score if row.score is not None else -1.0)[column]


class QueueFilterProxy(QSortFilterProxyModel):
    """Search over village, officer and status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.text = text.casefold().strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.text = text.casefold().strip()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:
        if not self.text:
            return True
        row = self.sourceModel().rows[source_row]  # type: ignore[attr-defined]
        return any(self.text in t.casefold() for t in (row.village_name, row.village_code, row.officer_name,
                                                       visit_status_text(row.status)))

    def row_at(self, proxy_row: int) -> QueueRow:
        return self.index(proxy_row, 0).data(ROW_ROLE)
