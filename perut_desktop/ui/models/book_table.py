"""The books of one visit as a table: a heading row per category, then its books with one
column per status (a click or the keys 1–4 choose one), the date of the last entry, the
notes and what the village's previous visit found for the same book."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from perut_desktop.enums import ResultStatus
from perut_desktop.ui.labels import NO_VALUE, result_status_text
from perut_desktop.ui.models.common import ROW_ROLE, short_date

Index = QModelIndex | QPersistentModelIndex

#: The statuses in the order of their columns and of the keys 1–4.
STATUSES: tuple[ResultStatus, ...] = (ResultStatus.LENGKAP, ResultStatus.BELUM_LENGKAP, ResultStatus.TIDAK_ADA,
                                      ResultStatus.TIDAK_BERLAKU)
CHOSEN = "●"
HEADING_TEXT = QBrush(QColor("#263238"))
HEADING_BACKGROUND = QBrush(QColor("#e3e8ec"))


@dataclass(frozen=True)
class BookRow:
    """One book of the visit (``heading`` rows carry only the category)."""

    code: str
    category_code: str
    category: str
    title: str = ""
    guidance: str = ""
    status: ResultStatus | None = None
    last_entry_on: dt.date | None = None
    notes: str = ""
    previous_status: ResultStatus | None = None
    previous_entry_on: dt.date | None = None
    previous_visit_on: dt.date | None = None
    has_previous: bool = False
    heading: bool = False


class BookTableModel(QAbstractTableModel):
    CODE, TITLE, LENGKAP, BELUM, TIDAK_ADA, TIDAK_BERLAKU, LAST_ENTRY, NOTES, PREVIOUS = range(9)
    STATUS_COLUMNS = (LENGKAP, BELUM, TIDAK_ADA, TIDAK_BERLAKU)
    HEADERS = (
        QT_TRANSLATE_NOOP("BookTableModel", "Code"),
        QT_TRANSLATE_NOOP("BookTableModel", "Book"),
        QT_TRANSLATE_NOOP("BookTableModel", "1 Complete"),
        QT_TRANSLATE_NOOP("BookTableModel", "2 Incomplete"),
        QT_TRANSLATE_NOOP("BookTableModel", "3 Missing"),
        QT_TRANSLATE_NOOP("BookTableModel", "4 N/A"),
        QT_TRANSLATE_NOOP("BookTableModel", "Last entry"),
        QT_TRANSLATE_NOOP("BookTableModel", "Notes"),
        QT_TRANSLATE_NOOP("BookTableModel", "Previous visit"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BookRow] = []

    def set_rows(self, books: list[BookRow]) -> None:
        """The books, grouped: a heading row before each category's first book."""
        self.beginResetModel()
        self.rows = []
        category = None
        for book in books:
            if book.category_code != category:
                category = book.category_code
                self.rows.append(BookRow("", book.category_code, book.category, heading=True))
            self.rows.append(book)
        self.endResetModel()

    def books(self) -> list[BookRow]:
        return [r for r in self.rows if not r.heading]

    def row_of(self, code: str) -> int | None:
        return next((n for n, r in enumerate(self.rows) if not r.heading and r.code == code), None)

    def book(self, code: str) -> BookRow | None:
        row = self.row_of(code)
        return None if row is None else self.rows[row]

    def update(self, code: str, **changes: Any) -> None:
        row = self.row_of(code)
        if row is None:
            return
        self.rows[row] = replace(self.rows[row], **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BookTableModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in self.STATUS_COLUMNS:
            return result_status_text(STATUSES[self.STATUS_COLUMNS.index(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].heading:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if r.heading:
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return r.category
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return HEADING_TEXT
            if role == Qt.ItemDataRole.BackgroundRole:
                return HEADING_BACKGROUND
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.STATUS_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.TITLE and r.guidance:
                return r.guidance
            if col in self.STATUS_COLUMNS:
                return result_status_text(STATUSES[self.STATUS_COLUMNS.index(col)])
            if col == self.NOTES and r.notes:
                return r.notes
            if col == self.PREVIOUS:
                return previous_text(r)
        if role == Qt.ItemDataRole.AccessibleTextRole and col in self.STATUS_COLUMNS:
            status = STATUSES[self.STATUS_COLUMNS.index(col)]
            chosen = QCoreApplication.translate("BookTableModel", "chosen") if r.status is status else ""
            return f"{result_status_text(status)} {chosen}".strip()
        return None

    def _text(self, r: BookRow, col: int) -> str:
        if col == self.CODE:
            return r.code
        if col == self.TITLE:
            return r.title
        if col in self.STATUS_COLUMNS:
            return CHOSEN if r.status is STATUSES[self.STATUS_COLUMNS.index(col)] else ""
        if col == self.LAST_ENTRY:
            return short_date(r.last_entry_on) if r.last_entry_on else ""
        if col == self.NOTES:
            return r.notes.splitlines()[0] if r.notes else ""
        if col == self.PREVIOUS:
            return previous_text(r, short=True)
        return ""


_SHORT = {
    ResultStatus.LENGKAP: QT_TRANSLATE_NOOP("BookTableModel", "Complete"),
    ResultStatus.BELUM_LENGKAP: QT_TRANSLATE_NOOP("BookTableModel", "Incomplete"),
    ResultStatus.TIDAK_ADA: QT_TRANSLATE_NOOP("BookTableModel", "Missing"),
    ResultStatus.TIDAK_BERLAKU: QT_TRANSLATE_NOOP("BookTableModel", "N/A"),
}


def short_status_text(status: ResultStatus | None) -> str:
    """A status in the table's few words ("Lengkap", "Tidak ada"); "Belum diperiksa" when none."""
    if status is None:
        return result_status_text(None)
    return QCoreApplication.translate("BookTableModel", _SHORT[status])


def previous_text(r: BookRow, short: bool = False) -> str:
    """What the previous visit found: "Ada, lengkap · 3 Okt 2026" (``short``: "Lengkap ·
    3 Okt 2026"), "–" when none."""
    if not r.has_previous:
        return NO_VALUE
    text = short_status_text(r.previous_status) if short else result_status_text(r.previous_status)
    if r.previous_entry_on is not None:
        text += f" · {short_date(r.previous_entry_on)}"
    return text
