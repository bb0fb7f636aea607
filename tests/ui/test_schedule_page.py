"""*Jadwal* over the one-year demo: the grid of the year, a planned cell creating the visit
for its village and month, the master changing a cell's officer and moving it to another
month."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from perut_desktop.db import open_replica
from perut_desktop.services import visits as visit_services
from perut_desktop.services.schedule_grid import year_grid
from perut_desktop.ui.models.common import ROW_ROLE
from perut_desktop.ui.models.schedule_grid import CELL_ROLE
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded


def _schedule(qtbot, make_launcher: MakeLauncher, data_dir: Path):  # type: ignore[no-untyped-def]
    shell = open_loaded(qtbot, make_launcher(data_dir))
    window = shell.window
    page = window.page("jadwal")
    page.year = 2026  # the demo's year, whatever today is
    page.year_box.blockSignals(True)
    page.year_box.setValue(2026)
    page.year_box.blockSignals(False)
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        assert window.show_page("jadwal")
    return window, page


def _december_cell(page, done: bool):  # type: ignore[no-untyped-def]
    for row in range(page.proxy.rowCount()):
        cell = page.proxy.index(row, 12).data(CELL_ROLE)
        if cell is not None and (cell.visit_id is not None) == done:
            return row, cell
    raise AssertionError("no such cell")


def test_a_planned_cell_creates_the_visit_for_its_village_and_month(qtbot, make_launcher: MakeLauncher,
                                                                    demo_dir: Path) -> None:
    window, page = _schedule(qtbot, make_launcher, demo_dir)
    assert page.model.rowCount() == 23 and len(page.data.grid.cells) == 23 * 12
    row, cell = _december_cell(page, done=False)
    village = page.proxy.index(row, 0).data()
    page.table.setCurrentIndex(page.proxy.index(row, 12))
    assert page.create_button.isEnabled()  # December 2026: this month or a past one
    with qtbot.waitSignal(window.visit_opened, timeout=60_000):
        page.create_button.click()
    qtbot.waitUntil(lambda: page.proxy.index(row, 12).data(CELL_ROLE).visit_id is not None, timeout=60_000)
    replica = open_replica(demo_dir)
    try:
        with replica.begin() as s:
            new = visit_services.visit_summary(s, page.proxy.index(row, 12).data(CELL_ROLE).visit_id)
            assert (new.village_name, new.visit_date.year, new.visit_date.month) == (village, 2026, 12)
            assert new.officer_id == cell.officer_id
            assert year_grid(s, 2026).cells[(new.village_id, 12)].visit_id == new.id
    finally:
        replica.close()


def test_the_master_gives_a_cell_to_another_officer(qtbot, make_launcher: MakeLauncher, demo_dir: Path,
                                                   prompts: FakePrompts) -> None:
    _window, page = _schedule(qtbot, make_launcher, demo_dir)
    row, cell = _december_cell(page, done=False)
    page.table.setCurrentIndex(page.proxy.index(row, 12))
    officers = page.data.grid.officers
    prompts.item_choice = next(n for n, o in enumerate(officers) if o.id != cell.officer_id)
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.officer_button.click()
    chosen = officers[prompts.item_choice]
    assert prompts.asked[-1][1] == "|".join(o.name for o in officers)
    replica = open_replica(demo_dir)
    try:
        with replica.begin() as s:
            village_id = page.proxy.index(row, 0).data(ROW_ROLE).id
            assert year_grid(s, 2026).cells[(village_id, 12)].officer_id == chosen.id
    finally:
        replica.close()


def test_the_master_moves_a_cell_to_another_month_and_gives_it_another_officer(
        qtbot, make_launcher: MakeLauncher, demo_dir: Path, prompts: FakePrompts) -> None:
    """Both through the page's buttons; what the schedule service then returns follows."""
    from perut_desktop.models import ScheduleEntry
    from perut_desktop.services import schedule

    replica = open_replica(demo_dir)
    try:
        with replica.begin() as s:  # a free month for one village: its March entry goes
            grid = year_grid(s, 2026)
            village_id = next(v.id for v in grid.villages
                              if grid.cells[(v.id, 12)].visit_id is None and (v.id, 3) in grid.cells)
            s.delete(s.get(ScheduleEntry, grid.cells[(village_id, 3)].entry_id))
    finally:
        replica.close()
    _window, page = _schedule(qtbot, make_launcher, demo_dir)
    assert page.select_cell(village_id, 12)
    moved = page.current_cell()[1]
    prompts.item_choice = 2  # March
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.month_button.click()
    assert page.select_cell(village_id, 3)
    cell = page.current_cell()[1]
    assert cell.entry_id == moved.entry_id and page.proxy.index(
        page.table.currentIndex().row(), 12).data(CELL_ROLE) is None

    officers = page.data.grid.officers
    prompts.item_choice = next(n for n, o in enumerate(officers) if o.id != moved.officer_id)
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.officer_button.click()
    chosen = officers[prompts.item_choice]
    replica = open_replica(demo_dir)
    try:
        with replica.begin() as s:
            grid = year_grid(s, 2026)
            assert (village_id, 12) not in grid.cells
            now = grid.cells[(village_id, 3)]
            assert (now.entry_id, now.officer_id, now.planned_date.month) == (moved.entry_id, chosen.id, 3)
            march = schedule.plan(s, date_from=now.planned_date, date_to=now.planned_date, village_id=village_id)
            assert [(r.planned_date, r.officer_id) for r in march] == [(now.planned_date, chosen.id)]
    finally:
        replica.close()


def test_the_overdue_list_says_in_words_when_no_village_is_overdue(qtbot, make_launcher: MakeLauncher,
                                                                    demo_dir: Path) -> None:
    _window, page = _schedule(qtbot, make_launcher, demo_dir)
    overdue = page.overdue_list
    replica = open_replica(demo_dir)
    try:
        with replica.begin() as s:
            assert year_grid(s, 2026).overdue() == []  # the demo is up to date
            # the same plan seen at the year's end: the December visits not made are overdue
            late = year_grid(s, 2026, today=dt.date(2026, 12, 31))
    finally:
        replica.close()
    # none: one sentence instead of an empty grid, and no search box over nothing
    assert overdue.model.rowCount() == 0 and page.lists.tabText(0) == "Terlambat (0)"
    assert overdue.note.isVisibleTo(page) and not overdue.view.isVisibleTo(page)
    assert overdue.note.text() == "Tidak ada desa yang terlambat: setiap tanggal rencana yang sudah lewat sudah dikunjungi."
    assert not overdue.search.isVisibleTo(page) and not overdue.copy_button.isVisibleTo(page)
    # rows: the table again, one row per overdue visit
    assert late.overdue()
    page.show_data(dataclasses.replace(page.data, grid=late))
    assert overdue.view.isVisibleTo(page) and not overdue.note.isVisibleTo(page) and overdue.search.isVisibleTo(page)
    assert sorted(overdue.shown()) == sorted((v.id, c.planned_date.month) for v, c in late.overdue())
    assert page.lists.tabText(0) == f"Terlambat ({len(late.overdue())})"
