"""Indonesian working days: weekends, national public holidays and *cuti bersama*.

The holiday list comes from the maintained ``holidays`` library (pinned in
pyproject.toml, so deadlines computed for a record do not move under it): its ``public``
category holds the national holidays and its ``government`` category the *cuti bersama*
days set by joint ministerial decree.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

CATEGORIES = ("public", "government")


@lru_cache(maxsize=64)
def _year(year: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("ID", years=year, categories=CATEGORIES))


def holiday_name(day: dt.date) -> str | None:
    """The holiday or cuti bersama on ``day``, or None."""
    return _year(day.year).get(day)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and holiday_name(day) is None


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The date ``count`` working days after ``start`` (``start`` itself not counted)."""
    day = start
    remaining = count
    while remaining > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when end ≤ start)."""
    n, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            n += 1
    return n
