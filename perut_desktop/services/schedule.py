"""The visit schedule (jadwal pendampingan): a monthly plan per village and officer.

"Done" is derived — an entry is done when a visit to that village exists in its month —
and never written back.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.errors import ValidationError
from perut_desktop.models import Officer, OfficerAssignment, ScheduleEntry, Village, Visit
from perut_desktop.services.common import require_master


@dataclass(frozen=True)
class PlanRow:
    id: str
    village_id: str
    village_name: str
    officer_id: str | None
    officer_name: str
    planned_date: dt.date
    done: bool
    visit_id: str | None


def _working_days(year: int, month: int) -> list[dt.date]:
    from perut_desktop.services.workdays import is_working_day

    days = calendar.monthrange(year, month)[1]
    return [d for d in (dt.date(year, month, n) for n in range(1, days + 1)) if is_working_day(d)]


def _officer_for_villages(session: Session) -> dict[str, str | None]:
    villages = session.scalars(select(Village.id).order_by(Village.code)).all()
    assigned = dict(session.execute(select(OfficerAssignment.village_id, OfficerAssignment.officer_id)
                                    .join(Officer, Officer.id == OfficerAssignment.officer_id)
                                    .where(Officer.active.is_(True))
                                    .order_by(OfficerAssignment.village_id, Officer.name)).all())
    officers = session.scalars(select(Officer.id).where(Officer.active.is_(True)).order_by(Officer.name)).all()
    out: dict[str, str | None] = {}
    for n, vid in enumerate(villages):
        out[vid] = assigned.get(vid) or (officers[n % len(officers)] if officers else None)
    return out


def generate_plan(session: Session, year: int) -> int:
    """Plan one visit per village per month of ``year`` on working days, by each village's
    assigned officer (else shared out in turn). Existing entries are kept. Master only."""
    require_master(session, "Menyusun jadwal")
    if not 2000 <= year <= 2100:
        raise ValidationError(f"Tahun {year} tidak masuk akal.")
    officer_of = _officer_for_villages(session)
    existing = {(vid, d.month) for vid, d in session.execute(
        select(ScheduleEntry.village_id, ScheduleEntry.planned_date)
        .where(ScheduleEntry.planned_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))).all()}
    created = 0
    for month in range(1, 13):
        days = _working_days(year, month)
        # Spread the villages over the month's working days, a few per day, from the 2nd week.
        start = min(5, len(days) - 1)
        usable = days[start:] or days
        for n, (vid, officer_id) in enumerate(officer_of.items()):
            if (vid, month) in existing:
                continue
            session.add(ScheduleEntry(village_id=vid, officer_id=officer_id,
                                      planned_date=usable[n % len(usable)], note=""))
            created += 1
    session.flush()
    return created


def plan(session: Session, *, date_from: dt.date, date_to: dt.date, village_id: str | None = None) -> list[PlanRow]:
    """Schedule entries in a period with whether each is done (a visit in its month)."""
    stmt = (select(ScheduleEntry, Village.name, Officer.name)
            .join(Village, Village.id == ScheduleEntry.village_id)
            .outerjoin(Officer, Officer.id == ScheduleEntry.officer_id)
            .where(ScheduleEntry.planned_date.between(date_from, date_to)))
    if village_id:
        stmt = stmt.where(ScheduleEntry.village_id == village_id)
    entries = session.execute(stmt.order_by(ScheduleEntry.planned_date, Village.name)).all()
    # an entry is done by a visit anywhere in its month, also after ``date_to``
    month_end = date_to.replace(day=calendar.monthrange(date_to.year, date_to.month)[1])
    visits = session.execute(select(Visit.village_id, Visit.visit_date, Visit.id)
                             .where(Visit.visit_date.between(date_from.replace(day=1), month_end))
                             .order_by(Visit.visit_date, Visit.id)).all()
    done: dict[tuple[str, int, int], str] = {}
    for vid, vdate, visit_id in visits:
        done.setdefault((vid, vdate.year, vdate.month), visit_id)
    rows = []
    for entry, vname, oname in entries:
        key = (entry.village_id, entry.planned_date.year, entry.planned_date.month)
        rows.append(PlanRow(entry.id, entry.village_id, vname, entry.officer_id, oname or "",
                            entry.planned_date, key in done, done.get(key)))
    return rows


def overdue(session: Session, today: dt.date, *, months_back: int = 3) -> list[PlanRow]:
    """Planned visits whose date has passed with no visit in their month yet."""
    start = (today.replace(day=1) - dt.timedelta(days=31 * months_back)).replace(day=1)
    return [r for r in plan(session, date_from=start, date_to=today - dt.timedelta(days=1)) if not r.done]


def upcoming(session: Session, today: dt.date, *, days: int = 30) -> list[PlanRow]:
    """Planned visits in the coming days that are not done yet."""
    return [r for r in plan(session, date_from=today, date_to=today + dt.timedelta(days=days)) if not r.done]
