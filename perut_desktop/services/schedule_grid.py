"""The year's plan as a village × month grid (the *Jadwal* page), and the master's changes
to one entry: another month of the same year, another officer."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.enums import VisitStatus
from perut_desktop.errors import ValidationError
from perut_desktop.models import Officer, ScheduleEntry, Village
from perut_desktop.services import schedule
from perut_desktop.services.common import get_or_404, require_master
from perut_desktop.services.common import today as replica_today
from perut_desktop.services.visits import status_of

__all__ = ["GridCell", "GridVillage", "OfficerChoice", "YearGrid", "move_schedule_entry",
           "set_schedule_officer", "year_grid"]


@dataclass(frozen=True)
class GridCell:
    entry_id: str
    officer_id: str | None
    officer_name: str
    planned_date: dt.date
    visit_id: str | None  # the first visit to the village in the entry's month
    visit_status: VisitStatus | None
    overdue: bool  # the planned date has passed with no visit in its month


@dataclass(frozen=True)
class GridVillage:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class OfficerChoice:
    id: str
    name: str


@dataclass(frozen=True)
class YearGrid:
    year: int
    today: dt.date
    villages: tuple[GridVillage, ...]
    cells: dict[tuple[str, int], GridCell]  # (village id, month 1..12)
    officers: tuple[OfficerChoice, ...]  # active officers, for the master's changes

    def overdue(self) -> list[tuple[GridVillage, GridCell]]:
        by_id = {v.id: v for v in self.villages}
        return sorted(((by_id[vid], c) for (vid, _m), c in self.cells.items() if c.overdue and vid in by_id),
                      key=lambda vc: (vc[1].planned_date, vc[0].name))

    def upcoming(self, days: int = 30) -> list[tuple[GridVillage, GridCell]]:
        by_id = {v.id: v for v in self.villages}
        end = self.today + dt.timedelta(days=days)
        return sorted(((by_id[vid], c) for (vid, _m), c in self.cells.items()
                       if vid in by_id and c.visit_id is None and self.today <= c.planned_date <= end),
                      key=lambda vc: (vc[1].planned_date, vc[0].name))


def year_grid(session: Session, year: int, today: dt.date | None = None) -> YearGrid:
    """Every village's plan for ``year``, with each entry's visit and its status."""
    day = today or replica_today(session)
    villages = tuple(GridVillage(*r) for r in session.execute(
        select(Village.id, Village.code, Village.name).order_by(Village.name)).all())
    cells: dict[tuple[str, int], GridCell] = {}
    for row in schedule.plan(session, date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31)):
        key = (row.village_id, row.planned_date.month)
        if key in cells:
            continue
        status = status_of(session, row.visit_id) if row.visit_id else None
        cells[key] = GridCell(row.id, row.officer_id, row.officer_name, row.planned_date, row.visit_id, status,
                              row.visit_id is None and row.planned_date < day)
    officers = tuple(OfficerChoice(*r) for r in session.execute(
        select(Officer.id, Officer.name).where(Officer.active.is_(True)).order_by(Officer.name)).all())
    return YearGrid(year, day, villages, cells, officers)


def move_schedule_entry(session: Session, entry_id: str, month: int) -> dt.date:
    """Move a planned visit to another month of its year (master), keeping its day where
    the month has it; refused when the village already has a visit planned that month.
    Returns the new date."""
    require_master(session, "Mengubah jadwal")
    entry = get_or_404(session, ScheduleEntry, entry_id, "Jadwal")
    if not 1 <= month <= 12:
        raise ValidationError(f"Bulan {month} tidak ada; pilih 1 sampai 12.")
    year = entry.planned_date.year
    if month == entry.planned_date.month:
        return entry.planned_date
    start, end = dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    taken = session.scalar(select(ScheduleEntry.id).where(
        ScheduleEntry.village_id == entry.village_id, ScheduleEntry.planned_date.between(start, end)))
    if taken:
        village = session.get(Village, entry.village_id)
        raise ValidationError(f"Desa {village.name if village else entry.village_id} sudah dijadwalkan pada "
                              f"{start:%m-%Y}; pindahkan atau ubah jadwal itu dahulu.")
    entry.planned_date = dt.date(year, month, min(entry.planned_date.day, end.day))
    session.flush()
    return entry.planned_date


def set_schedule_officer(session: Session, entry_id: str, officer_id: str) -> None:
    """Give a planned visit to another officer (master); only an active officer."""
    require_master(session, "Mengubah jadwal")
    entry = get_or_404(session, ScheduleEntry, entry_id, "Jadwal")
    officer = get_or_404(session, Officer, officer_id, "Pendamping")
    if not officer.active:
        raise ValidationError(f"{officer.name} tidak aktif lagi; pilih pendamping yang aktif.")
    entry.officer_id = officer.id
    session.flush()
