"""*Daftar Hadir* of a visit with nobody listed (a village whose officials are not recorded
yet, as on a new master copy): the tab says so in words and what to do, instead of an
empty grid under "Hadir: 0 dari 0"; the first person added turns it into the counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from perut_desktop.services import visits
from perut_desktop.ui.editor.attendance import AttendanceTab
from tests.ui.conftest import FakePrompts
from tests.ui.editor_harness import EditorVisit, Harness, Session, module_demo, session_on


@pytest.fixture(scope="module")
def demo_copy(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return module_demo(tmp_path_factory, _demo_template)


@pytest.fixture()
def session(qtbot, demo_copy: Path) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    yield from session_on(qtbot, demo_copy)


def _nobody_listed(session: Session) -> EditorVisit:
    village_id = session.read(visits.list_visits)[0].village_id
    visit = session.new_visit(village_id)

    def clear(ws):  # type: ignore[no-untyped-def]
        for attendee in ws.read(visits.attendees, visit.id):
            ws.change(visits.remove_attendee, attendee.id)

    session.call(clear)
    assert session.read(visits.attendees, visit.id) == []
    return visit


def _open(qtbot, session: Session, prompts: FakePrompts, visit: EditorVisit,  # type: ignore[no-untyped-def]
          read_only: bool) -> Harness:
    harness = Harness(session.client, AttendanceTab, prompts)
    qtbot.addWidget(harness)
    harness.show()
    with qtbot.waitSignal(harness.tab.loaded, timeout=60_000):
        harness.tab.load(visit, read_only)
    return harness


def test_nobody_listed_is_said_with_what_to_do_until_someone_is_added(qtbot, session: Session,  # type: ignore[no-untyped-def]
                                                                      prompts: FakePrompts) -> None:
    visit = _nobody_listed(session)
    tab = _open(qtbot, session, prompts, visit, read_only=False).tab
    assert tab.counts.text() == ("Belum ada peserta: tambahkan yang hadir di bawah. Kunjungan baru memuat "
                                 "aparatur desa dengan sendirinya setelah mereka dicatat di halaman Desa.")
    assert tab.add_box.isVisible() and not tab.remove_button.isEnabled()
    harness = tab.window()
    harness.activateWindow()
    qtbot.waitUntil(harness.isActiveWindow, timeout=10_000)
    tab.focus_first()  # what choosing the tab does: nobody to tick yet, so the name field
    assert tab.name.hasFocus()

    qtbot.keyClicks(tab.name, "Masrani")
    qtbot.keyClicks(tab.position, "Ketua RT 02")
    with qtbot.waitSignal(tab.saved, timeout=60_000):
        qtbot.keyPress(tab.position, Qt.Key.Key_Return)  # Enter after the position adds, as after the name
    assert tab.counts.text().startswith("Hadir: <b>1</b> dari 1") and tab.remove_button.isEnabled()
    assert tab.name.text() == "" and tab.position.text() == ""  # ready for the next person
    qtbot.keyClicks(tab.name, "Rusdiansyah")
    with qtbot.waitSignal(tab.saved, timeout=60_000):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert [(a.name, a.position) for a in session.read(visits.attendees, visit.id)] == [
        ("Masrani", "Ketua RT 02"), ("Rusdiansyah", "")]


def test_nobody_listed_on_a_visit_that_cannot_be_changed(qtbot, session: Session,  # type: ignore[no-untyped-def]
                                                         prompts: FakePrompts) -> None:
    tab = _open(qtbot, session, prompts, _nobody_listed(session), read_only=True).tab
    assert tab.counts.text() == "Tidak ada yang tercatat hadir pada kunjungan ini."
    assert not tab.add_box.isVisible()
