"""The monthly plan: one entry per village and month on a working day; done is derived
from visits; overdue and upcoming lists."""

from __future__ import annotations

import datetime as dt

import pytest

from perut_desktop.errors import StateError, ValidationError
from perut_desktop.services import schedule
from perut_desktop.services.workdays import is_working_day
from tests.services.helpers import as_device, at, field_device, new_visit, officer_and_user


def test_plan_has_every_village_every_month_on_working_days(master) -> None:  # type: ignore[no-untyped-def]
    officer_and_user(master)
    with at(master) as s:
        assert schedule.generate_plan(s, 2026) == 23 * 12
        assert schedule.generate_plan(s, 2026) == 0, "existing entries are kept, not duplicated"
        rows = schedule.plan(s, date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31))
    assert len(rows) == 276
    assert all(is_working_day(r.planned_date) for r in rows)
    assert {r.planned_date.month for r in rows if r.village_name == "Awayan"} == set(range(1, 13))
    assert all(r.officer_name == "Rahmadi, S.AP." for r in rows if r.village_name == "Awayan")


def test_done_is_derived_from_visits(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    with at(master) as s:
        schedule.generate_plan(s, 2026)
    new_visit(master, officer_id, day=dt.date(2026, 10, 2))
    with at(master) as s:
        overdue = schedule.overdue(s, dt.date(2026, 11, 20))
        upcoming = schedule.upcoming(s, dt.date(2026, 11, 20))
    overdue_villages = {(r.village_name, r.planned_date.month) for r in overdue}
    assert ("Awayan", 10) not in overdue_villages and ("Tundi", 10) in overdue_villages
    assert all(r.planned_date >= dt.date(2026, 11, 20) for r in upcoming)


def test_plan_is_master_only_and_checks_the_year(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    laptop = field_device(master, officer_id)
    with pytest.raises(ValidationError, match="tidak masuk akal"):
        with at(master) as s:
            schedule.generate_plan(s, 1890)
    with pytest.raises(StateError, match=r"^Menyusun jadwal hanya dapat dilakukan di kantor kecamatan \(replika master\)\.$"):
        with as_device(master, laptop) as s:
            schedule.generate_plan(s, 2026)


def test_working_days_skip_weekends_public_holidays_and_cuti_bersama() -> None:
    assert not is_working_day(dt.date(2024, 8, 17))   # Hari Kemerdekaan (Saturday anyway)
    assert not is_working_day(dt.date(2024, 4, 10))   # Idul Fitri
    assert not is_working_day(dt.date(2024, 4, 8))    # cuti bersama Idul Fitri
    assert not is_working_day(dt.date(2024, 4, 13))   # Saturday
    assert is_working_day(dt.date(2024, 4, 16))


def test_done_counts_a_visit_anywhere_in_the_month_and_is_never_written(master) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from perut_desktop.models import ScheduleEntry

    officer_id, _ = officer_and_user(master)
    with at(master) as s:
        schedule.generate_plan(s, 2026)
        before = dict(s.execute(select(ScheduleEntry.id, ScheduleEntry.version)).all())
        entry = next(r for r in schedule.plan(s, date_from=dt.date(2026, 10, 1), date_to=dt.date(2026, 10, 31))
                     if r.village_name == "Awayan")
    late = dt.date(2026, 10, 30)
    assert entry.planned_date < late
    visit_id = new_visit(master, officer_id, day=late)
    with at(master) as s:
        # a period that ends on the planned day still sees the visit later in that month
        row = next(r for r in schedule.plan(s, date_from=entry.planned_date, date_to=entry.planned_date)
                   if r.village_name == "Awayan")
        assert row.done and row.visit_id == visit_id
        assert dict(s.execute(select(ScheduleEntry.id, ScheduleEntry.version)).all()) == before, \
            "done is derived, never written back"
        assert ("Awayan", 10) not in {(r.village_name, r.planned_date.month)
                                      for r in schedule.overdue(s, dt.date(2026, 11, 20))}
        assert not [r for r in schedule.upcoming(s, dt.date(2026, 11, 2)) if r.done]
