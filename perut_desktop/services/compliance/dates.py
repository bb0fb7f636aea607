"""Calendar arithmetic of the rules: months and years with clamped days, and deadlines.

**Deadlines.** A deadline of N days counts from the day after the starting event (that day
is day 0), so a step on day N is on time and on day N+1 is late; a missing step is
overdue from day N+1 on. "Hari" in PP 43/2014 is read as calendar days (unit ``hari`` in the
parameter file); working days (unit ``hari_kerja``) skip Saturdays, Sundays, national
holidays and *cuti bersama* (:mod:`perut_desktop.services.workdays`). The unit is the
parameter version's, so the office can switch it in the parameter file.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from perut_desktop.services import workdays

from .params import ParameterVersion


def add_months(date: dt.date, months: int) -> dt.date:
    """``date`` plus ``months`` calendar months; the day is clamped to the month's end."""
    years, month0 = divmod(date.month - 1 + months, 12)
    year, month = date.year + years, month0 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date.replace(year=year, month=month, day=min(date.day, last_day))


def add_years(date: dt.date, years: int) -> dt.date:
    """``date`` plus ``years``; 29 February becomes 28 February in a common year."""
    return add_months(date, 12 * years)


def deadline(start: dt.date, version: ParameterVersion) -> dt.date:
    """The last day that is on time for a step ``version`` after ``start``."""
    unit, count = version.unit, version.value
    if unit == "hari":
        return start + dt.timedelta(days=count)
    if unit == "hari_kerja":
        return workdays.add_working_days(start, count)
    if unit == "bulan":
        return add_months(start, count)
    if unit == "tahun":
        return add_years(start, count)
    raise ValueError(f"parameter {version.name} with unit {unit!r} is not a period")


def missed_deadline(start: dt.date, done: dt.date | None, later: Iterable[dt.date | None],
                    version: ParameterVersion, on: dt.date) -> dt.date | None:
    """The deadline if the step (done on ``done``, or not recorded) was late or is overdue
    on ``on``, else None.

    When the step has no date but a later step (``later``) has one, the step happened on an
    unknown date and nothing can be said.
    """
    due = deadline(start, version)
    if done is not None:
        return due if done > due else None
    if any(date is not None for date in later):
        return None
    return due if on > due else None
