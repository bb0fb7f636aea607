"""A search box leads into its list, for the keyboard (Ctrl+F, type, then Down or Enter):
Down moves into the list at its first row; Enter opens the one row the search leaves, as a
double click does, and does nothing while several rows match."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import MakeLauncher, open_loaded


def _active(qtbot, make_launcher: MakeLauncher, data_dir: Path):  # type: ignore[no-untyped-def]
    shell = open_loaded(qtbot, make_launcher(data_dir))
    window = shell.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    return window


def test_enter_opens_the_one_village_found_and_down_goes_into_the_list(qtbot, make_launcher: MakeLauncher,
                                                                       demo_dir: Path) -> None:
    window = _active(qtbot, make_launcher, demo_dir)
    window.show_page("desa")
    villages = window.page("desa")
    qtbot.waitUntil(lambda: villages.has_data, timeout=60_000)
    table = villages.list
    assert window.focus_search()
    qtbot.keyClicks(table.search, "bihara")  # Bihara and Bihara Hilir
    qtbot.keyPress(table.search, Qt.Key.Key_Return)
    assert villages.detail is None and QApplication.focusWidget() is table.search  # two: nothing opened
    qtbot.keyPress(table.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is table.view and table.view.currentIndex().row() == 0
    assert table.selected().name == table.shown()[0].name

    assert window.focus_search()
    qtbot.keyClicks(table.search, "bihara h")
    only = table.shown()
    assert [r.name for r in only] == ["Bihara Hilir"]
    qtbot.keyPress(table.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: villages.detail is not None and villages.detail.id == only[0].id, timeout=30_000)


def test_the_visit_search_leads_into_the_visit_list(qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    window = _active(qtbot, make_launcher, demo_dir)
    page = window.visits_page
    window.show_page("kunjungan")
    qtbot.waitUntil(lambda: page.has_data, timeout=60_000)
    opened: list[str] = []
    page.open_requested.connect(opened.append)
    assert window.focus_search()
    qtbot.keyClicks(page.search, "Bihara")
    qtbot.keyPress(page.search, Qt.Key.Key_Return)  # the pending search applied first: many visits, none opened
    assert opened == [] and page.proxy.rowCount() > 1
    qtbot.keyPress(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table and page.table.currentIndex().row() == 0
    assert "Bihara" in page.selected_row().village_name
