"""The periods the window offers for filters and charts, and their first and last days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["PERIODS", "period_range"]

#: Periods offered by the filter: (key, English source).
PERIODS = (
    ("all", QT_TRANSLATE_NOOP("VisitsPage", "All time")),
    ("month", QT_TRANSLATE_NOOP("VisitsPage", "This month")),
    ("3months", QT_TRANSLATE_NOOP("VisitsPage", "Last 3 months")),
    ("12months", QT_TRANSLATE_NOOP("VisitsPage", "Last 12 months")),
    ("year", QT_TRANSLATE_NOOP("VisitsPage", "This year")),
    ("lastyear", QT_TRANSLATE_NOOP("VisitsPage", "Last year")),
)


def period_range(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a period of :data:`PERIODS` as of ``today``."""
    if key == "month":
        return today.replace(day=1), today
    if key in ("3months", "12months"):
        months = 3 if key == "3months" else 12
        y, m = divmod(today.year * 12 + today.month - 1 - (months - 1), 12)
        return dt.date(y, m + 1, 1), today
    if key == "year":
        return dt.date(today.year, 1, 1), today
    if key == "lastyear":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None, None
