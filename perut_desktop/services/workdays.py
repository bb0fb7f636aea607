"""Indonesian working days (*hari kerja*): for the compliance rules and the visit schedule.

A working day is Monday–Friday that is neither a national public holiday (*hari libur
nasional*) nor a *cuti bersama* day. Both lists come from the maintained ``holidays``
library — never from a table written here:

* category ``"public"`` — the national public holidays set by SKB 3 Menteri;
* category ``"government"`` — the *cuti bersama* (joint leave) days of the same decree
  ("Cuti Bersama Hari Raya Idul Fitri", ...).

The library is pinned in ``pyproject.toml`` (``holidays==0.109``) because the decree is
revised every year and a deadline already computed for a record must not move when the
library is upgraded. The library only knows *cuti bersama* for years whose decree it has
seen; :func:`has_cuti_bersama` tells whether a year is covered.

Counting convention (as in Indonesian law: "paling lama 20 hari kerja terhitung sejak
diterimanya"): the start day itself is not counted; the first working day after it is
day 1, so :func:`add_working_days` returns the last day on which the step is on time.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

COUNTRY = "ID"
#: ``public`` = hari libur nasional, ``government`` = cuti bersama (checked for holidays 0.109).
CATEGORIES: tuple[str, ...] = ("public", "government")
_CUTI_BERSAMA_CATEGORY = "government"
_WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@lru_cache(maxsize=128)
def _year(year: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays(COUNTRY, years=year, categories=CATEGORIES, language="id"))


@lru_cache(maxsize=128)
def has_cuti_bersama(year: int) -> bool:
    """True when the pinned library lists *cuti bersama* days for ``year``."""
    return bool(holidays.country_holidays(COUNTRY, years=year, categories=(_CUTI_BERSAMA_CATEGORY,)))


def _check(day: dt.date) -> None:
    if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
        raise TypeError(f"expected a datetime.date, got {type(day).__name__}")


def holiday_name(day: dt.date) -> str | None:
    """The Indonesian name of the public holiday or *cuti bersama* on ``day``, or None."""
    _check(day)
    return _year(day.year).get(day)


def non_working_reason(day: dt.date) -> str | None:
    """Why ``day`` is not a working day ("Sabtu", "Minggu" or the holiday), or None."""
    name = holiday_name(day)
    if name:
        return name
    if day.weekday() >= 5:
        return _WEEKDAY_NAMES[day.weekday()]
    return None


def is_working_day(day: dt.date) -> bool:
    """Monday–Friday and neither a public holiday nor *cuti bersama*."""
    _check(day)
    return day.weekday() < 5 and day not in _year(day.year)


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The ``count``-th working day after ``start`` (``start`` itself is not counted).

    ``add_working_days(d, 0)`` is ``d``.
    """
    _check(start)
    if count < 0:
        raise ValueError("count must be >= 0")
    return _add_working_days(start, count)


@lru_cache(maxsize=4096)
def _add_working_days(start: dt.date, count: int) -> dt.date:
    """:func:`add_working_days` once its arguments are checked; the same deadlines are asked
    for again at every evaluation of the rules, and the pinned calendar never changes."""
    day, remaining = start, count
    while remaining:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end``; 0 when ``end <= start``.

    The inverse of :func:`add_working_days`: ``working_days_between(d, add_working_days(d, n))
    == n``.
    """
    _check(start)
    _check(end)
    n, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            n += 1
    return n
