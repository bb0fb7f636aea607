"""The attendance list of one visit: a *hadir* tick per person, name, position, group and
L/P. Ticking asks the tab to save (:attr:`AttendanceTableModel.presence_requested`); the
row changes when the tab says the services stored it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from perut_desktop.enums import AttendeeGroup
from perut_desktop.services.visits import AttendeeInfo
from perut_desktop.ui.labels import NO_VALUE, attendee_group_text
from perut_desktop.ui.models.common import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex


class AttendanceTableModel(QAbstractTableModel):
    PRESENT, NAME, POSITION, GROUP, GENDER = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AttendanceTableModel", "Present"),
        QT_TRANSLATE_NOOP("AttendanceTableModel", "Name"),
        QT_TRANSLATE_NOOP("AttendanceTableModel", "Position"),
        QT_TRANSLATE_NOOP("AttendanceTableModel", "Group"),
        QT_TRANSLATE_NOOP("AttendanceTableModel", "M/F"),
    )

    #: (attendee id, present): the user ticked or unticked a person.
    presence_requested = Signal(str, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AttendeeInfo] = []
        self.editable = False

    def set_rows(self, rows: list[AttendeeInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, attendee_id: str) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.id == attendee_id), None)

    def put(self, info: AttendeeInfo) -> None:
        """Show a stored person: replaced in place, or added at the end."""
        row = self.row_of(info.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(info)
            self.endInsertRows()
        else:
            self.rows[row] = info
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_present(self, attendee_id: str, present: bool) -> None:
        row = self.row_of(attendee_id)
        if row is not None:
            self.put(replace(self.rows[row], present=present))

    def drop(self, attendee_id: str) -> None:
        row = self.row_of(attendee_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AttendanceTableModel", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.PRESENT and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.CheckStateRole and col == self.PRESENT:
            return Qt.CheckState.Checked if r.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return r.name
            if col == self.POSITION:
                return r.position or NO_VALUE
            if col == self.GROUP:
                return attendee_group_text(AttendeeGroup(r.group))
            if col == self.GENDER:
                return r.gender or NO_VALUE
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.PRESENT or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if not self.editable:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.presence_requested.emit(self.rows[index.row()].id, checked)
        return True
