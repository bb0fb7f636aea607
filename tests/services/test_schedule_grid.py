"""The year's plan as a grid, and the master moving an entry or changing its officer."""

from __future__ import annotations

import datetime as dt

import pytest

from perut_desktop.errors import StateError, ValidationError
from perut_desktop.services import people, schedule, villages
from perut_desktop.services.schedule_grid import move_schedule_entry, set_schedule_officer, year_grid
from tests.services.helpers import as_device, at, field_device, new_visit, officer_and_user


def _grid(master):  # type: ignore[no-untyped-def]
    officer_id, _user = officer_and_user(master)
    with at(master) as s:
        schedule.generate_plan(s, 2026)
        awayan = villages.find_village(s, "Awayan").id
    return officer_id, awayan


def test_the_grid_has_every_village_every_month_with_done_and_overdue(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, awayan = _grid(master)
    visit_id = new_visit(master, officer_id, day=dt.date(2026, 11, 10))
    with at(master) as s:
        grid = year_grid(s, 2026, today=dt.date(2026, 11, 20))
    assert len(grid.villages) == 23 and len(grid.cells) == 23 * 12
    done = grid.cells[(awayan, 11)]
    assert done.visit_id == visit_id and done.visit_status.value == "draf" and not done.overdue
    october = grid.cells[(awayan, 10)]
    assert october.visit_id is None and october.overdue
    assert all(c.overdue == (c.visit_id is None and c.planned_date < dt.date(2026, 11, 20))
               for c in grid.cells.values())
    assert [c.planned_date for _v, c in grid.overdue()] == sorted(c.planned_date for _v, c in grid.overdue())
    assert all(dt.date(2026, 11, 20) <= c.planned_date for _v, c in grid.upcoming())


def test_move_an_entry_to_another_month_and_change_its_officer(master) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.models import ScheduleEntry

    _officer_id, awayan = _grid(master)
    with at(master) as s:
        grid = year_grid(s, 2026)
        march, april = grid.cells[(awayan, 3)], grid.cells[(awayan, 4)]
        other = people.add_officer(s, name="Noor Aida, A.Md.", villages=[])
    with pytest.raises(ValidationError, match=r"^Desa Awayan sudah dijadwalkan pada 04-2026; "):
        with at(master) as s:
            move_schedule_entry(s, march.entry_id, 4)
    with pytest.raises(ValidationError, match="^Bulan 13 tidak ada; pilih 1 sampai 12.$"):
        with at(master) as s:
            move_schedule_entry(s, march.entry_id, 13)
    with at(master) as s:
        s.delete(s.get(ScheduleEntry, april.entry_id))  # April free: March's visit moves there
    with at(master) as s:
        moved = move_schedule_entry(s, march.entry_id, 4)
        set_schedule_officer(s, march.entry_id, other.id)
    assert moved == dt.date(2026, 4, min(march.planned_date.day, 30))
    with at(master) as s:
        grid = year_grid(s, 2026)
    assert (awayan, 3) not in grid.cells
    assert (grid.cells[(awayan, 4)].entry_id, grid.cells[(awayan, 4)].officer_name) == (march.entry_id,
                                                                                         "Noor Aida, A.Md.")


def test_only_the_master_changes_the_plan(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, awayan = _grid(master)
    with at(master) as s:
        entry = year_grid(s, 2026).cells[(awayan, 3)]
    device = field_device(master, officer_id)
    with pytest.raises(StateError, match="^Mengubah jadwal hanya dapat dilakukan di kantor kecamatan"):
        with as_device(master, device) as s:
            move_schedule_entry(s, entry.entry_id, 5)
    with pytest.raises(StateError, match="^Mengubah jadwal hanya dapat dilakukan di kantor kecamatan"):
        with as_device(master, device) as s:
            set_schedule_officer(s, entry.entry_id, officer_id)
