"""The list of visits: a table model over frozen rows and the proxy that filters it.

Ten thousand visits must filter and sort within 100 ms, so no Python runs per comparison:
the source model sorts its rows itself with a key per column (Python's ``sorted``, a few
milliseconds), the proxy asks it to (``sort``) and only filters, from one list of answers
computed per filter change.
"""

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
    QSortFilterProxyModel,
    Qt,
)

from perut_desktop.enums import Delivery, VisitStatus
from perut_desktop.ui.labels import NO_VALUE, delivery_text, visit_status_text
from perut_desktop.ui.models.common import RIGHT, ROW_ROLE, SORT_ROLE, Index, long_date, percent, short_date

if TYPE_CHECKING:
    from perut_desktop.services.visit_list import VisitRow


class VisitTableModel(QAbstractTableModel):
    """One row per visit: village, date, officer, status, score, open follow-ups and
    whether the office has it."""

    VILLAGE, DATE, OFFICER, STATUS, SCORE, FOLLOW_UPS, DELIVERY = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("VisitTableModel", "Village"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Date"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Officer"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Status"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Score"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Open follow-ups"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Office"),
    )
    _NUMERIC = frozenset({SCORE, FOLLOW_UPS})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitRow] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # --- data ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            self._rows.sort(key=self._key(self._sorted_by[0]),
                            reverse=self._sorted_by[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    @property
    def rows(self) -> list[VisitRow]:
        return self._rows

    def row_at(self, source_row: int) -> VisitRow:
        return self._rows[source_row]

    def source_row_of(self, visit_id: str) -> int | None:
        for n, row in enumerate(self._rows):
            if row.id == visit_id:
                return n
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("VisitTableModel", self.HEADERS[section])
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
            return self._key(column)(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DATE:
            return long_date(row.visit_date)
        return None

    def _display(self, row: VisitRow, column: int) -> str | None:
        if column == self.VILLAGE:
            return row.village_name
        if column == self.DATE:
            return short_date(row.visit_date)
        if column == self.OFFICER:
            return row.officer_name
        if column == self.STATUS:
            return visit_status_text(row.status)
        if column == self.SCORE:
            return percent(row.score) or NO_VALUE
        if column == self.FOLLOW_UPS:
            return str(row.open_follow_ups)
        if column == self.DELIVERY:
            return delivery_text(row.delivery)
        return None

    # --- sorting ---------------------------------------------------------------------------

    _STATUS_ORDER = {s: n for n, s in enumerate(VisitStatus)}
    _DELIVERY_ORDER = {d: n for n, d in enumerate(Delivery)}

    def _key(self, column: int) -> Callable[[VisitRow], Any]:
        keys: dict[int, Callable[[VisitRow], Any]] = {
            self.VILLAGE: lambda r: (r.village_name.casefold(), r.visit_date),
            self.DATE: lambda r: (r.visit_date, r.village_name),
            self.OFFICER: lambda r: (r.officer_name.casefold(), r.visit_date),
            self.STATUS: lambda r: (self._STATUS_ORDER[r.status], r.visit_date),
            self.SCORE: lambda r: (-1.0 if r.score is None else r.score, r.visit_date),
            self.FOLLOW_UPS: lambda r: (r.open_follow_ups, r.visit_date),
            self.DELIVERY: lambda r: (self._DELIVERY_ORDER[r.delivery], r.visit_date),
        }
        return keys.get(column, lambda r: r.visit_date)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS) or self._sorted_by == (column, order):
            return  # already in that order (a view may ask twice for one click)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._rows[i.row()] for i in persistent]
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._sorted_by = (column, order)
        if persistent:
            position = {id(row): n for n, row in enumerate(self._rows)}
            self.changePersistentIndexList(
                persistent, [self.index(position[id(row)], i.column()) for i, row in zip(persistent, held)])
        self.layoutChanged.emit()


@dataclass(frozen=True)
class VisitFilter:
    """What the list shows: every field optional (None: all)."""

    text: str = ""
    village_id: str | None = None
    officer_id: str | None = None
    status: VisitStatus | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def accepts(self, row: VisitRow, haystack: str = "") -> bool:
        """Whether ``row`` passes; ``haystack`` is the row's searchable text, casefolded
        (see :func:`search_text`), when the caller has it at hand."""
        if self.village_id is not None and row.village_id != self.village_id:
            return False
        if self.officer_id is not None and row.officer_id != self.officer_id:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.date_from is not None and row.visit_date < self.date_from:
            return False
        if self.date_to is not None and row.visit_date > self.date_to:
            return False
        if self.text:
            return self.text.casefold() in (haystack or search_text(row))
        return True


def search_text(row: VisitRow) -> str:
    """What the search box finds a visit by: village, code and officer."""
    return f"{row.village_name}\n{row.village_code}\n{row.officer_name}".casefold()


class VisitFilterProxy(QSortFilterProxyModel):
    """Filters the visit list by a :class:`VisitFilter`; sorting is the source model's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = VisitFilter()
        self._accepted: set[int] = set()  # id() of the rows the filter lets through
        self._all = True
        self._stale = True
        self._haystacks: dict[int, str] | None = None
        self.setDynamicSortFilter(False)

    @property
    def filter(self) -> VisitFilter:
        return self._filter

    def set_filter(self, new: VisitFilter) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._filter = new
            self._recompute()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._filter = new
            self._recompute()
            self.invalidateRowsFilter()

    def _recompute(self) -> None:
        model = self.sourceModel()
        rows = model.rows if isinstance(model, VisitTableModel) else []
        self._all = self._filter == VisitFilter()
        if self._haystacks is None or len(self._haystacks) != len(rows):
            self._haystacks = {id(r): search_text(r) for r in rows} if self._filter.text else None
        hay = self._haystacks or {}
        accepts = self._filter.accepts
        self._accepted = set() if self._all else {id(r) for r in rows if accepts(r, hay.get(id(r), ""))}
        self._stale = False

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        self._stale = True
        model.modelAboutToBeReset.connect(self._mark_stale)

    def _mark_stale(self) -> None:
        self._stale = True
        self._haystacks = None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._stale:
            self._recompute()
        if self._all:
            return True
        return id(self.sourceModel().row_at(source_row)) in self._accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def row_at(self, proxy_row: int) -> VisitRow:
        return self.sourceModel().row_at(self.mapToSource(self.index(proxy_row, 0)).row())
