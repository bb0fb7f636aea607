"""The dashboard's table: one row per village with its last visit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from perut_desktop.ui.labels import NO_VALUE, visit_status_text
from perut_desktop.ui.models.common import RIGHT, SORT_ROLE, Index, long_date, percent, short_date

if TYPE_CHECKING:
    from perut_desktop.services.overview_rows import VillageRow


class VillageTableModel(QAbstractTableModel):
    """One row per village: its last visit, that visit's status and score, open follow-ups."""

    CODE, NAME, LAST_VISIT, STATUS, SCORE, FOLLOW_UPS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("VillageTableModel", "Village code"),
        QT_TRANSLATE_NOOP("VillageTableModel", "Village"),
        QT_TRANSLATE_NOOP("VillageTableModel", "Last visit"),
        QT_TRANSLATE_NOOP("VillageTableModel", "Last status"),
        QT_TRANSLATE_NOOP("VillageTableModel", "Last score"),
        QT_TRANSLATE_NOOP("VillageTableModel", "Open follow-ups"),
    )
    _NUMERIC = frozenset({SCORE, FOLLOW_UPS})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[VillageRow, ...] = ()

    def set_rows(self, rows: Sequence[VillageRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    @property
    def rows(self) -> tuple[VillageRow, ...]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("VillageTableModel", self.HEADERS[section])
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LAST_VISIT and row.last_visit:
            return long_date(row.last_visit)
        return None

    def _display(self, row: VillageRow, column: int) -> str | None:
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return row.name
        if column == self.LAST_VISIT:
            return short_date(row.last_visit) if row.last_visit else NO_VALUE
        if column == self.STATUS:
            return visit_status_text(row.last_status)
        if column == self.SCORE:
            return percent(row.last_score) or NO_VALUE
        if column == self.FOLLOW_UPS:
            return str(row.open_follow_ups)
        return None

    def _sort_key(self, row: VillageRow, column: int) -> Any:
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return row.name
        if column == self.LAST_VISIT:
            return row.last_visit.toordinal() if row.last_visit else -1
        if column == self.STATUS:
            return visit_status_text(row.last_status) if row.last_status else ""
        if column == self.SCORE:
            return row.last_score if row.last_score is not None else -1.0
        if column == self.FOLLOW_UPS:
            return row.open_follow_ups
        return None
