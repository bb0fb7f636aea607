"""What the table models share: the sort role, the index type, dates as Qt dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt

from perut_desktop.ui.i18n import DATE_LOCALE

#: A role giving each cell a key of one type per column, so a proxy sorts dates and
#: numbers as such and puts missing values first.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's record (a frozen DTO) for views and dialogs.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: dt.date) -> str:
    """"12 Nov 2026" in every UI language (Indonesian custom)."""
    return DATE_LOCALE.toString(qdate(day), "d MMM yyyy")


def long_date(day: dt.date) -> str:
    return DATE_LOCALE.toString(qdate(day), "dddd, d MMMM yyyy")


def percent(score: float | None) -> str | None:
    return f"{round(score * 100)}%" if score is not None else None


def month_label(day: dt.date, *, with_year: bool = False) -> str:
    """"Nov" (or "Nov 26"): a month on a chart's axis."""
    return DATE_LOCALE.toString(qdate(day), "MMM yy" if with_year else "MMM")
