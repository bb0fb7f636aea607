"""The year's plan as a table model: a row per village, its name then a column per month.
A cell shows the planned officer, or the visit's status once one is made in that month;
its colour says the status, and a mark says it in words too (grey print, colour-blind
readers): "✓" done (alone: approved), "!" overdue. This month's column is in bold."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from perut_desktop.enums import VisitStatus
from perut_desktop.ui.i18n import DATE_LOCALE
from perut_desktop.ui.labels import visit_status_text
from perut_desktop.ui.models.common import ROW_ROLE, SORT_ROLE, Index, qdate, short_date

if TYPE_CHECKING:
    from perut_desktop.services.schedule_grid import GridCell, GridVillage, YearGrid

#: Light backgrounds, one per state; the text says the state as well.
COLOURS = {
    VisitStatus.DRAF: "#eeeeee", VisitStatus.DIAJUKAN: "#fff3c4", VisitStatus.DIVERIFIKASI: "#cfe3f7",
    VisitStatus.DISETUJUI: "#d3ecd5", VisitStatus.DIKEMBALIKAN: "#ffe0b2",
}
OVERDUE = "#f8c9c9"
#: A status in a narrow cell.
SHORT_STATUS = {
    VisitStatus.DRAF: QT_TRANSLATE_NOOP("ScheduleGridModel", "Draft"),
    VisitStatus.DIAJUKAN: QT_TRANSLATE_NOOP("ScheduleGridModel", "Subm."),
    VisitStatus.DIVERIFIKASI: QT_TRANSLATE_NOOP("ScheduleGridModel", "Verif."),
    VisitStatus.DISETUJUI: "",  # the tick says it
    VisitStatus.DIKEMBALIKAN: QT_TRANSLATE_NOOP("ScheduleGridModel", "Ret."),
}
CELL_ROLE = ROW_ROLE + 1


def short_name(name: str) -> str:
    """"Siti Rahmah, S.E." → "Siti": the first name, for a narrow cell."""
    return (name.split(",")[0].split() or [name])[0]


class ScheduleGridModel(QAbstractTableModel):
    VILLAGE = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: YearGrid | None = None
        self._villages: tuple[GridVillage, ...] = ()

    def set_grid(self, grid: YearGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self._villages = grid.villages
        self.endResetModel()

    @property
    def villages(self) -> tuple[GridVillage, ...]:
        return self._villages

    def this_month_column(self) -> int | None:
        g = self.grid
        return g.today.month if g is not None and g.today.year == g.year else None

    def cell(self, row: int, column: int) -> GridCell | None:
        if self.grid is None or column < 1 or not 0 <= row < len(self._villages):
            return None
        return self.grid.cells.get((self._villages[row].id, column))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._villages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 13

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("ScheduleGridModel", HEADER)
            return DATE_LOCALE.toString(qdate(dt.date(2000, section, 1)), "MMM")
        if role == Qt.ItemDataRole.FontRole and section and section == self.this_month_column():
            font = QFont()
            font.setBold(True)
            font.setUnderline(True)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._villages):
            return None
        village, column = self._villages[index.row()], index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return village.name
            if role == ROW_ROLE:
                return village
            return None
        cell = self.cell(index.row(), column)
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.FontRole and column == self.this_month_column():
            font = QFont()
            font.setBold(True)
            return font
        if cell is None:
            return "" if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.visit_status is not None:
                word = SHORT_STATUS[cell.visit_status]
                return "✓ " + QCoreApplication.translate("ScheduleGridModel", word) if word else "✓"
            return ("! " if cell.overdue else "") + (short_name(cell.officer_name) or "–")
        if role == SORT_ROLE:
            return cell.planned_date.toordinal()
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.visit_status is not None:
                return QBrush(QColor(COLOURS[cell.visit_status]))
            if cell.overdue:
                return QBrush(QColor(OVERDUE))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (cell.visit_status is not None or cell.overdue):
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(village.name, cell)
        return None


HEADER = QT_TRANSLATE_NOOP("ScheduleGridModel", "Village")


def tooltip(village: str, cell: GridCell) -> str:
    parts = [QCoreApplication.translate("ScheduleGridModel", "{village}: planned {date}, {officer}").format(
        village=village, date=short_date(cell.planned_date), officer=cell.officer_name or "–")]
    if cell.visit_status is not None:
        parts.append(QCoreApplication.translate("ScheduleGridModel", "visited: {status}").format(status=visit_status_text(cell.visit_status)))
    elif cell.overdue:
        parts.append(QCoreApplication.translate("ScheduleGridModel", "overdue: no visit yet this month"))
    return " · ".join(parts)
