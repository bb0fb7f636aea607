"""*Verifikasi* over the one-year demo: the queue, oldest first, with its badge; two
verified visits approved in one go after one confirmation listing them, the services then
showing both *Disetujui* with the Camat as signatory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from perut_desktop.db import open_replica
from perut_desktop.enums import VisitStatus
from perut_desktop.services import visits as visit_services
from perut_desktop.services import workflow
from perut_desktop.services.common import subdistrict
from perut_desktop.ui.models.queue_table import QueueTableModel
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded


def test_the_queue_approves_two_visits_in_one_go(qtbot, make_launcher: MakeLauncher, demo_dir: Path,
                                                 prompts: FakePrompts) -> None:
    shell = open_loaded(qtbot, make_launcher(demo_dir))
    window = shell.window
    window.resize(1200, 720)  # an office PC's screen (the offscreen one is smaller): room to spare
    camat = next(s for s in window.status.info.staff if s.name.startswith("Muhammad Rizali"))
    window._set_actor(camat.id)
    page = window.review_page
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        assert window.show_page("verifikasi")
    rows = page.model.rows
    assert [r.status for r in rows].count(VisitStatus.DIVERIFIKASI) == 2 and len(rows) == 8
    assert window.nav_item("verifikasi").text() == "Verifikasi (8)"
    shown = [page.proxy.row_at(n) for n in range(page.proxy.rowCount())]
    assert [r.waiting_since for r in shown] == sorted(r.waiting_since for r in rows)
    # the officer's name takes the spare width, so the days and the score, right-aligned, stand
    # beside their visit rather than at the far edge of the window
    header, table = page.table.horizontalHeader(), page.table
    score, officer = QueueTableModel.SCORE, QueueTableModel.OFFICER
    assert header.sectionSize(score) == max(table.sizeHintForColumn(score), header.sectionSizeHint(score))
    assert header.sectionSize(officer) > table.sizeHintForColumn(officer)  # the spare width is the officer's
    assert header.length() == table.viewport().width()  # and the score ends at the table's edge
    # in a narrow window the names stay whole and the table scrolls
    table.resize(300, table.height())
    qtbot.waitUntil(lambda: table.viewport().width() < 300)
    assert header.sectionSize(officer) >= table.sizeHintForColumn(officer)
    assert header.length() > table.viewport().width()
    right = Qt.AlignmentFlag.AlignRight.value
    assert [bool(int(page.proxy.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) or 0) & right)
            for c in range(7)] == [False] * 5 + [True] * 2

    page.table.selectAll()  # the submitted ones are left out of the approval
    verified = [r for r in rows if r.status is VisitStatus.DIVERIFIKASI]
    prompts.item_choice = 0  # Camat, of the titles he may sign with
    with qtbot.waitSignal(page.approved, timeout=60_000) as approved:
        page.approve_button.click()
    assert approved.args == [2]
    titles = [a for a in prompts.asked if a[0] == "Setujui kunjungan"]
    assert titles[0][1].startswith("Camat|")  # the title asked once
    confirm = titles[1][1]
    assert "2 kunjungan" in confirm and all(r.village_name in confirm for r in verified)
    assert len(titles) == 2  # no PIN on this profile

    replica = open_replica(demo_dir)
    try:
        with replica.begin() as s:
            camat_name = subdistrict(s).camat_name
            for r in verified:
                assert visit_services.status_of(s, r.id) is VisitStatus.DISETUJUI
                review = workflow.reviews(s, r.id)[-1]
                assert (review.signatory_name, review.signatory_title) == (camat_name, "camat")
    finally:
        replica.close()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=60_000)
    qtbot.waitUntil(lambda: window.nav_item("verifikasi").text() == "Verifikasi (6)", timeout=60_000)


def test_a_refused_selection_changes_nothing(qtbot, make_launcher: MakeLauncher, demo_dir: Path,
                                             prompts: FakePrompts) -> None:
    shell = open_loaded(qtbot, make_launcher(demo_dir))
    window = shell.window
    page = window.review_page
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        window.show_page("verifikasi")  # acting: the Kasi, who may not sign
    assert page.signing is not None and page.signing.titles == ()
    page.table.selectAll()
    page.approve_button.click()
    assert prompts.asked[-1] == ("Setujui kunjungan", page.signer.text())
    assert "tidak boleh menandatangani" in page.signer.text()
    assert [r.status for r in page.model.rows].count(VisitStatus.DIVERIFIKASI) == 2
