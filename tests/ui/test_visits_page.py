"""*Kunjungan*: the list over a real replica — filters, search, sorting, a new visit from
*Kunjungan baru* opened in its editor, deleting a draft after a confirmation that names it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from perut_desktop.enums import Delivery, VisitStatus
from perut_desktop.services.visit_list import VisitRow
from perut_desktop.ui.models.common import SORT_ROLE
from perut_desktop.ui.models.visit_table import VisitFilter, VisitFilterProxy, VisitTableModel
from perut_desktop.ui.pages.visits import period_range
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded


def _visits_page(qtbot, make_launcher: MakeLauncher, data_dir: Path):  # type: ignore[no-untyped-def]
    shell = open_loaded(qtbot, make_launcher(data_dir))
    page = shell.window.visits_page
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        shell.window.show_page("kunjungan")
    return shell, page


def _shown(page) -> list[VisitRow]:  # type: ignore[no-untyped-def]
    return [page.proxy.row_at(r) for r in range(page.proxy.rowCount())]


def test_filters_and_search(qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    _shell, page = _visits_page(qtbot, make_launcher, demo_dir)
    total = page.model.rowCount()
    assert total > 250 and page.count.text() == f"{total} dari {total} kunjungan"

    page.village_filter.setCurrentIndex(page.village_filter.findText("Bihara"))
    shown = _shown(page)
    assert shown and {r.village_name for r in shown} == {"Bihara"}
    assert page.count.text() == f"{len(shown)} dari {total} kunjungan"

    page.status_filter.setCurrentIndex(page.status_filter.findData(VisitStatus.DISETUJUI))
    assert {(r.village_name, r.status) for r in _shown(page)} == {("Bihara", VisitStatus.DISETUJUI)}
    page.village_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(0)

    qtbot.keyClicks(page.search, "rahmadi")
    qtbot.waitUntil(lambda: page.proxy.rowCount() < total, timeout=3000)
    assert {r.officer_name for r in _shown(page)} == {"Rahmadi, S.AP."}
    page.search.clear()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == total, timeout=3000)

    # nothing matching: one sentence instead of an empty grid; the visits back when it is cleared
    qtbot.keyClicks(page.search, "tidak ada kunjungan seperti ini")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=3000)
    assert page.none.isVisibleTo(page) and not page.table.isVisibleTo(page)
    assert page.none.text() == "Tidak ada kunjungan yang cocok dengan filter dan pencarian ini."
    assert page.count.text() == f"0 dari {total} kunjungan"
    page.search.clear()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == total, timeout=3000)
    assert page.table.isVisibleTo(page) and not page.none.isVisibleTo(page)

    page.period_filter.setCurrentIndex(page.period_filter.findData("month"))
    start, end = period_range("month", page.today)
    assert all(start <= r.visit_date <= end for r in _shown(page))


def test_sorting_by_column(qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    _shell, page = _visits_page(qtbot, make_launcher, demo_dir)
    dates = [r.visit_date for r in _shown(page)]
    assert dates == sorted(dates, reverse=True)  # newest first
    page.table.horizontalHeader().setSortIndicator(VisitTableModel.VILLAGE, Qt.SortOrder.AscendingOrder)
    names = [r.village_name.casefold() for r in _shown(page)]
    assert names == sorted(names)
    page.table.horizontalHeader().setSortIndicator(VisitTableModel.SCORE, Qt.SortOrder.DescendingOrder)
    scores = [r.score if r.score is not None else -1 for r in _shown(page)]
    assert scores == sorted(scores, reverse=True)


def test_new_visit_is_created_opened_and_a_draft_deleted(qtbot, make_launcher: MakeLauncher, demo_dir: Path,
                                                         prompts: FakePrompts) -> None:
    shell, page = _visits_page(qtbot, make_launcher, demo_dir)
    window = shell.window
    before = page.model.rowCount()
    assert window.new_visit_action.shortcut().toString() == "Ctrl+N"
    window.new_visit_action.trigger()
    dialog = window.new_visit_dialog
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=30_000)
    today = dialog.choices.today
    assert dialog.date.day() == today and dialog.date.maximumDate().toPython() == today
    dialog.village.setCurrentIndex(dialog.village.findText("Bihara"))
    dialog.officer.setCurrentIndex(dialog.officer.findText("Rahmadi, S.AP."))
    # the office recording a visit for an officer is offered that officer's villages first, then a
    # line, then the others; the village chosen before stays chosen
    his = dialog.choices.assignments[dialog.officer.currentData()]
    names = {v.id: v.label for v in dialog.choices.villages}
    assert his and dialog.village.itemText(len(his)) == ""  # the line after his villages
    assert [dialog.village.itemText(i) for i in range(len(his))] == sorted(names[v] for v in his)
    assert dialog.village.currentText() == "Bihara" and dialog.village.count() == 23 + 1
    dialog.agenda.setText("Pembinaan administrasi keuangan")
    with qtbot.waitSignal(window.visit_opened, timeout=30_000) as opened:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    view = opened.args[0]
    qtbot.waitUntil(lambda: view.visit is not None and view.tab("buku").model.rowCount() > 10, timeout=30_000)
    assert view.header.village.text().startswith("Bihara")
    assert view.header.status.text() == "Draf" and not view.read_only
    assert view.header.fields["agenda"].text() == "Pembinaan administrasi keuangan"
    view.close()

    # the visible list refreshed with the new visit, which is this device's draft
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=30_000)
    new = next(r for r in page.model.rows if r.id == view.visit_id)
    assert (new.village_name, new.visit_date, new.status, new.own) == ("Bihara", today, VisitStatus.DRAF, True)
    assert page.select_visit(new.id) and page.delete_button.isEnabled()

    prompts.confirm_answer = False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    title, text = prompts.asked[-1]
    assert title == "Hapus draf" and "Bihara" in text and f"{today.day} " in text and str(today.year) in text
    assert page.model.rowCount() == before + 1  # cancelled: nothing deleted

    prompts.confirm_answer = True
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before
    assert page.model.source_row_of(new.id) is None


def test_a_visit_of_another_device_cannot_be_deleted_here(qtbot, make_launcher: MakeLauncher,
                                                          demo_dir: Path) -> None:
    _shell, page = _visits_page(qtbot, make_launcher, demo_dir)
    draft = next(r for r in page.model.rows if r.status is VisitStatus.DRAF)
    assert not draft.own  # written by an officer's laptop in the demo
    page.select_visit(draft.id)
    assert page.open_button.isEnabled() and not page.delete_button.isEnabled()


ROWS = [
    VisitRow("a", "v1", "63.11.03.2004", "Bihara", dt.date(2026, 11, 12), "o1", "Rahmadi", VisitStatus.DISETUJUI,
             2 / 3, 4, Delivery.ACKNOWLEDGED, False),
    VisitRow("b", "v2", "63.11.03.2007", "Awayan", dt.date(2026, 8, 3), "o2", "Noor Aida", VisitStatus.DRAF,
             None, 0, Delivery.UNSENT, True),
    VisitRow("c", "v1", "63.11.03.2004", "Bihara", dt.date(2026, 9, 1), "o2", "Noor Aida", VisitStatus.DIAJUKAN,
             0.5, 1, Delivery.SENT, True),
]


def test_models_pass_qtmodeltester(qtmodeltester) -> None:
    model = VisitTableModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    proxy = VisitFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(VisitFilter(village_id="v1"))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2
    assert model.index(1, VisitTableModel.SCORE).data() == "–"
    assert model.index(1, VisitTableModel.DELIVERY).data() == "Not sent"  # no catalogue installed: the source
    assert model.index(2, VisitTableModel.DELIVERY).data() == "Sent"
    assert model.index(0, VisitTableModel.DATE).data() == "12 Nov 2026"
    assert model.index(0, VisitTableModel.SCORE).data(SORT_ROLE)[0] == pytest.approx(2 / 3)


def test_the_filter_survives_sorting_and_new_rows() -> None:
    model = VisitTableModel()
    proxy = VisitFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(ROWS)
    proxy.set_filter(VisitFilter(text="noor"))
    proxy.sort(VisitTableModel.DATE, Qt.SortOrder.AscendingOrder)
    assert [proxy.row_at(r).id for r in range(proxy.rowCount())] == ["b", "c"]
    model.set_rows(ROWS[:2])
    assert [proxy.row_at(r).id for r in range(proxy.rowCount())] == ["b"]


@pytest.mark.parametrize(("key", "expected"), [
    ("month", (dt.date(2026, 12, 1), dt.date(2026, 12, 3))),
    ("3months", (dt.date(2026, 10, 1), dt.date(2026, 12, 3))),
    ("12months", (dt.date(2026, 1, 1), dt.date(2026, 12, 3))),
    ("lastyear", (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    ("all", (None, None)),
])
def test_periods(key: str, expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert period_range(key, dt.date(2026, 12, 3)) == expected
