"""The two tables of *Tindak Lanjut*: the village's follow-ups from earlier visits, with
their age at this visit and the progress recorded here, and the follow-ups this visit
creates. Both are adapters over frozen rows (``set_rows``); the tab sorts nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from perut_desktop.enums import FollowUpStatus
from perut_desktop.ui.labels import follow_up_status_text
from perut_desktop.ui.models.common import RIGHT, ROW_ROLE, Index, long_date, short_date

if TYPE_CHECKING:
    from perut_desktop.services.visits import FollowUpInfo, ProgressInfo

#: The colour of an overdue follow-up's due date.
OVERDUE_COLOUR = QColor("#b71c1c")


@dataclass(frozen=True)
class EarlierFollowUp:
    """A follow-up of an earlier visit as this visit sees it."""

    info: FollowUpInfo
    progress: ProgressInfo | None  # recorded in this visit
    age_days: int  # from the visit that created it to this visit
    overdue_days: int  # past its due date at this visit and not closed here (0: not overdue)

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def progress_status(self) -> FollowUpStatus | None:
        return FollowUpStatus(self.progress.status) if self.progress is not None else None


def earlier_rows(infos: Sequence[FollowUpInfo], progress: Sequence[ProgressInfo],
                 visit_date: dt.date) -> list[EarlierFollowUp]:
    """Join the earlier follow-ups with the progress this visit recorded on them."""
    by_id = {p.follow_up_id: p for p in progress}
    rows = []
    for info in infos:
        here = by_id.get(info.id)
        closed = here is not None and here.status != FollowUpStatus.BELUM.value
        late = (visit_date - info.due_on).days
        rows.append(EarlierFollowUp(info, here, (visit_date - info.visit_date).days,
                                    0 if closed or late <= 0 else late))
    return rows


class _RowsModel(QAbstractTableModel):
    """Rows with an ``id``, a header per column and the row's record under ROW_ROLE."""

    CONTEXT = ""
    HEADERS: tuple[Any, ...] = ()  # QT_TRANSLATE_NOOP texts
    #: Each model's own: what a cell of a row shows in a role.
    _data: Callable[[Any, int, int], Any]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[Any]:
        return self._rows

    def row_of(self, row_id: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == row_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        return self._data(row, index.column(), role)


class EarlierFollowUpTableModel(_RowsModel):
    """One row per follow-up of an earlier visit: task, who, created, due (overdue marked),
    age in days, and the progress and note recorded at this visit."""

    CONTEXT = "EarlierFollowUpTableModel"
    TASK, RESPONSIBLE, CREATED, DUE, AGE, PROGRESS, NOTE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("EarlierFollowUpTableModel", "Task"),
        QT_TRANSLATE_NOOP("EarlierFollowUpTableModel", "Responsible"),
        QT_TRANSLATE_NOOP("EarlierFollowUpTableModel", "Set at visit of"),
        QT_TRANSLATE_NOOP("EarlierFollowUpTableModel", "Due"),
        QT_TRANSLATE_NOOP("EarlierFollowUpTableModel", "Age (days)"),
        QT_TRANSLATE_NOOP("EarlierFollowUpTableModel", "Progress at this visit"),
        QT_TRANSLATE_NOOP("EarlierFollowUpTableModel", "Note"),
    )

    def row_at(self, row: int) -> EarlierFollowUp:
        return self._rows[row]  # type: ignore[no-any-return]

    def _data(self, row: EarlierFollowUp, column: int, role: int) -> Any:
        info = row.info
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TASK:
                return info.task
            if column == self.RESPONSIBLE:
                return info.responsible
            if column == self.CREATED:
                return short_date(info.visit_date)
            if column == self.DUE:
                if row.overdue_days:
                    return self.tr("{date} (overdue)").format(
                        date=short_date(info.due_on))
                return short_date(info.due_on)
            if column == self.AGE:
                return str(row.age_days)
            if column == self.PROGRESS:
                return follow_up_status_text(row.progress_status)
            if column == self.NOTE:
                return row.progress.note if row.progress is not None else ""
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.DUE and row.overdue_days:
            return QBrush(OVERDUE_COLOUR)
        elif role == Qt.ItemDataRole.FontRole and column == self.DUE and row.overdue_days:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DUE and row.overdue_days:
                return self.tr("Days overdue at this visit: {days}").format(days=row.overdue_days)
            if column in (self.CREATED, self.DUE):
                return long_date(info.visit_date if column == self.CREATED else info.due_on)
            if column == self.TASK:
                return info.task
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.AGE:
            return RIGHT
        return None


class FollowUpTableModel(_RowsModel):
    """The follow-ups this visit creates: task, who is responsible, due date."""

    CONTEXT = "FollowUpTableModel"
    TASK, RESPONSIBLE, DUE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpTableModel", "Task"),
        QT_TRANSLATE_NOOP("FollowUpTableModel", "Responsible"),
        QT_TRANSLATE_NOOP("FollowUpTableModel", "Due"),
    )

    def row_at(self, row: int) -> FollowUpInfo:
        return self._rows[row]  # type: ignore[no-any-return]

    def _data(self, row: FollowUpInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.task, row.responsible, short_date(row.due_on))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.task if column == self.TASK else long_date(row.due_on) if column == self.DUE else None
        return None
