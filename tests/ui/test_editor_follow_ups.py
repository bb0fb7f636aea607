"""*Tindak Lanjut* on the 1-year demo: progress and closure of earlier follow-ups by keys,
a new follow-up set, edited and removed, a due date before the visit refused and kept in
its field, undo and redo through the services, read-only, and a screenshot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from perut_desktop.services import visits
from perut_desktop.ui.editor.follow_ups import FollowUpsTab
from perut_desktop.ui.models.follow_up_table import EarlierFollowUpTableModel
from tests.ui.conftest import FakePrompts
from tests.ui.editor_harness import EditorVisit, Harness, Session, module_demo, session_on
from tests.ui.layout_walk import problems


@pytest.fixture(scope="module")
def demo_copy(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return module_demo(tmp_path_factory, _demo_template)


@pytest.fixture()
def session(qtbot, demo_copy: Path) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    yield from session_on(qtbot, demo_copy)


def _busiest_village(session: Session) -> str:
    counts = session.read(visits.open_follow_up_counts)
    return max(counts, key=lambda v: (counts[v], v))


def _open(qtbot, session: Session, prompts: FakePrompts, visit: EditorVisit,  # type: ignore[no-untyped-def]
          read_only: bool = False) -> Harness:
    harness = Harness(session.client, FollowUpsTab, prompts)
    qtbot.addWidget(harness)
    harness.resize(1366, 768)
    harness.show()
    with qtbot.waitSignal(harness.tab.loaded, timeout=60_000):
        harness.tab.load(visit, read_only)
    return harness


def _progress(session: Session, visit_id: str) -> dict[str, tuple[str, str]]:
    return {p.follow_up_id: (p.status, p.note) for p in session.read(visits.progress_recorded_in, visit_id)}


def _own(session: Session, visit_id: str) -> list[tuple[str, str, dt.date]]:
    return [(f.task, f.responsible, f.due_on) for f in session.read(visits.follow_ups_created_in, visit_id)]


def test_progress_recorded_and_closed_by_keys_then_undone_and_redone(qtbot, session: Session,  # type: ignore[no-untyped-def]
                                                                      prompts: FakePrompts) -> None:
    visit = session.new_visit(_busiest_village(session))
    harness = _open(qtbot, session, prompts, visit)
    tab, stack = harness.tab, harness.undo_stack
    model = tab.earlier_model
    assert model.rowCount() >= 2
    expected = {f.id for f in session.read(visits.earlier_follow_ups, visit.id)}
    assert {r.id for r in model.rows} == expected
    first, second = model.row_at(0), model.row_at(1)
    assert first.age_days == (visit.visit_date - first.info.visit_date).days > 0
    overdue = [r for r in model.rows if r.info.due_on < visit.visit_date]
    assert overdue and all(r.overdue_days for r in overdue)
    due_text = model.index(model.row_of(overdue[0].id), EarlierFollowUpTableModel.DUE).data()
    assert due_text.endswith("(terlambat)")

    tab.focus_first()
    assert tab.earlier_table.currentIndex().row() == 0
    qtbot.keyClick(tab.earlier_table, Qt.Key.Key_1)  # done
    session.wait_idle()
    assert _progress(session, visit.id) == {first.id: ("selesai", "")}
    assert model.row_at(0).progress_status.value == "selesai" and model.row_at(0).overdue_days == 0

    tab.progress_note.setFocus()
    qtbot.keyClicks(tab.progress_note, "Buku agenda sudah diisi sampai Oktober")
    tab.progress_note.editingFinished.emit()
    session.wait_idle()
    assert _progress(session, visit.id) == {first.id: ("selesai", "Buku agenda sudah diisi sampai Oktober")}

    tab.earlier_table.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(tab.earlier_table, Qt.Key.Key_2)  # not done yet: still open
    session.wait_idle()
    assert _progress(session, visit.id)[second.id] == ("belum", "")
    open_now = {f.id for f in session.read(visits.follow_ups_of_village, visit.village_id)}
    assert second.id in open_now and first.id not in open_now
    assert not tab.has_pending() and harness.failures == []

    stack.undo()  # the second follow-up's progress withdrawn
    session.wait_idle()
    assert second.id not in _progress(session, visit.id)
    stack.undo()  # the note
    session.wait_idle()
    assert _progress(session, visit.id) == {first.id: ("selesai", "")}
    assert tab.progress_note.text() == ""
    stack.undo()  # the closure
    session.wait_idle()
    assert _progress(session, visit.id) == {}
    assert first.id in {f.id for f in session.read(visits.follow_ups_of_village, visit.village_id)}
    stack.redo()
    stack.redo()
    session.wait_idle()
    assert _progress(session, visit.id) == {first.id: ("selesai", "Buku agenda sudah diisi sampai Oktober")}

    tab.earlier_table.setCurrentIndex(model.index(model.row_of(first.id), 0))
    qtbot.keyClick(tab.earlier_table, Qt.Key.Key_0)  # withdrawn by key
    session.wait_idle()
    assert _progress(session, visit.id) == {}


def test_new_follow_up_set_edited_removed_and_undone(qtbot, session: Session,  # type: ignore[no-untyped-def]
                                                    prompts: FakePrompts) -> None:
    visit = session.new_visit(_busiest_village(session))
    harness = _open(qtbot, session, prompts, visit)
    tab, stack = harness.tab, harness.undo_stack
    due = visit.visit_date + dt.timedelta(days=30)
    assert tab.due.day() == due  # the default

    tab.task.setFocus()
    qtbot.keyClicks(tab.task, "Lengkapi Buku Peraturan Desa")
    qtbot.keyClicks(tab.responsible, "Sekretaris  Desa")
    qtbot.keyClick(tab.task, Qt.Key.Key_Return)
    session.wait_idle()
    assert _own(session, visit.id) == [("Lengkapi Buku Peraturan Desa", "Sekretaris Desa", due)]
    assert tab.task.text() == "" and tab.own_model.rowCount() == 1  # the form is ready for the next
    [made] = session.read(visits.follow_ups_created_in, visit.id)

    tab.own_table.setCurrentIndex(tab.own_model.index(0, 0))
    assert tab.task.text() == "Lengkapi Buku Peraturan Desa" and not tab.add_button.isEnabled()
    tab.responsible.setFocus()
    tab.responsible.selectAll()
    qtbot.keyClicks(tab.responsible, "Kaur Umum")
    tab.responsible.editingFinished.emit()
    session.wait_idle()
    assert _own(session, visit.id) == [("Lengkapi Buku Peraturan Desa", "Kaur Umum", due)]

    tab.own_table.setFocus()
    qtbot.keyClick(tab.own_table, Qt.Key.Key_Delete)
    session.wait_idle()
    assert _own(session, visit.id) == []
    stack.undo()  # the removal: the same record back
    session.wait_idle()
    assert [f.id for f in session.read(visits.follow_ups_created_in, visit.id)] == [made.id]
    stack.undo()  # the edit
    session.wait_idle()
    assert _own(session, visit.id) == [("Lengkapi Buku Peraturan Desa", "Sekretaris Desa", due)]
    stack.undo()  # the follow-up itself
    session.wait_idle()
    assert _own(session, visit.id) == [] and tab.own_model.rowCount() == 0
    stack.redo()
    session.wait_idle()
    assert [f.id for f in session.read(visits.follow_ups_created_in, visit.id)] == [made.id]
    assert harness.saves and harness.failures == []


def test_due_date_before_the_visit_is_refused_and_kept_in_its_field(qtbot, session: Session,  # type: ignore[no-untyped-def]
                                                                   prompts: FakePrompts) -> None:
    visit = session.new_visit(_busiest_village(session))
    harness = _open(qtbot, session, prompts, visit)
    tab = harness.tab
    early = visit.visit_date - dt.timedelta(days=3)
    qtbot.keyClicks(tab.task, "Tutup Buku Kas Umum")
    tab.due.set_day(early)
    with qtbot.waitSignal(tab.save_failed, timeout=30_000) as failed:
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    message = (f"Batas waktu {early:%d-%m-%Y} tidak boleh sebelum tanggal kunjungan "
               f"{visit.visit_date:%d-%m-%Y}.")
    assert failed.args == [message]
    session.wait_idle()
    assert _own(session, visit.id) == []  # nothing invalid stored
    assert tab.due.day() == early and tab.task.text() == "Tutup Buku Kas Umum"  # nothing typed lost
    assert tab.due.property("refused") and not tab.task.property("refused")
    assert tab.own_message.isVisible() and tab.own_message.text() == message
    assert tab.has_pending()

    tab.due.set_day(visit.visit_date)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    session.wait_idle()
    assert _own(session, visit.id) == [("Tutup Buku Kas Umum", "", visit.visit_date)]
    assert not tab.has_pending() and not tab.own_message.isVisible()

    # the same rule when the date of a follow-up already set is changed
    tab.own_table.setCurrentIndex(tab.own_model.index(0, 0))
    tab.due.set_day(early)
    with qtbot.waitSignal(tab.save_failed, timeout=30_000):
        tab.due.editingFinished.emit()
    session.wait_idle()
    assert _own(session, visit.id) == [("Tutup Buku Kas Umum", "", visit.visit_date)]
    assert tab.due.day() == early and tab.due.property("refused") and tab.has_pending()


def test_read_only_changes_nothing(qtbot, session: Session, prompts: FakePrompts) -> None:  # type: ignore[no-untyped-def]
    visit = session.new_visit(_busiest_village(session))
    harness = _open(qtbot, session, prompts, visit, read_only=True)
    tab = harness.tab
    assert tab.earlier_model.rowCount() > 0
    assert not any(w.isEnabled() for w in (tab.task, tab.add_button, tab.progress_status, tab.remove_button))
    tab.earlier_table.setCurrentIndex(tab.earlier_model.index(0, 0))
    qtbot.keyClick(tab.earlier_table, Qt.Key.Key_1)
    session.wait_idle()
    assert _progress(session, visit.id) == {} and harness.saves == []

    # a change made elsewhere in the window (another initiator) is shown at once
    due = visit.visit_date + dt.timedelta(days=7)
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        session.client.change(lambda ws: ws.change(visits.add_follow_up, visit.id, task="Pasang papan informasi",
                                                   responsible="Kaur Umum", due_on=due),
                              label="test", on_done=lambda _info: None, owner=harness)
    assert [(r.task, r.due_on) for r in tab.own_model.rows] == [("Pasang papan informasi", due)]


def test_screenshot(qtbot, session: Session, prompts: FakePrompts) -> None:  # type: ignore[no-untyped-def]
    visit = session.new_visit(_busiest_village(session))
    harness = _open(qtbot, session, prompts, visit)
    tab = harness.tab
    tab.focus_first()
    qtbot.keyClick(tab.earlier_table, Qt.Key.Key_1)
    qtbot.keyClicks(tab.task, "Lengkapi Buku Inventaris dan Kekayaan Desa")
    qtbot.keyClicks(tab.responsible, "Kaur Umum dan Perencanaan")
    qtbot.keyClick(tab.task, Qt.Key.Key_Return)
    session.wait_idle()
    qtbot.keyClicks(tab.task, "Tutup Buku Kas Umum")
    tab.due.set_day(visit.visit_date - dt.timedelta(days=1))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    session.wait_idle()
    assert problems(harness, "tindak-lanjut") == []  # no text cut short, every control named
    assert harness.grab().save("/tmp/editor_tindak_lanjut.png")
    harness.resize(1093, 480)  # 1366×768 at 125 %, under the editor's header
    qtbot.wait(50)
    assert problems(harness, "tindak-lanjut at 125 %") == []
    assert harness.grab().save("/tmp/editor_tindak_lanjut_125.png")
