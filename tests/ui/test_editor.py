"""The visit editor over a real replica (the one-year demo, on the master): every book set
by keyboard, undo and redo, attendance, minutes, a refused value kept in its field, a save
failing in storage, submit refused with the list then accepted, the office's review
(return with a note, Perbaiki, verify, approve by another staff member who may sign).
Each step asserts what the services then hold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from perut_desktop.db import open_replica
from perut_desktop.enums import ResultStatus, SignatoryTitle, VisitStatus
from perut_desktop.services import people, review, villages, visit_editor, visits
from perut_desktop.ui.editor.window import SaveState, VisitEditor, fitted_size
from perut_desktop.ui.models.book_table import BookTableModel
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded

VISIT_DAY = dt.date(2026, 11, 18)
KASI, SEKCAM, CAMAT = "Ahmad Fauzan, S.IP.", "Hj. Norhayati, S.Sos.", "Muhammad Rizali, S.STP., M.Si."


def _new_visit(data_dir: Path) -> str:
    """A draft owned by the master (the office's own visit), as the Kasi."""
    replica = open_replica(data_dir)
    try:
        with replica.begin() as s:
            kasi = next(u for u in people.list_users(s) if u.name == KASI)
        with replica.begin(actor_id=kasi.id) as s:
            officer = next(o for o in people.list_officers(s) if o.name.startswith("Rahmadi"))
            v = visits.create_visit(s, village_id=villages.find_village(s, "Bihara").id, officer_id=officer.id,
                                    visit_date=VISIT_DAY, agenda="Pembinaan administrasi")
        return v.id
    finally:
        replica.close()


def _staff_index(window: Any, name: str) -> int:
    return [s.name for s in window.status.info.staff].index(name)


def _open(qtbot: Any, make_launcher: MakeLauncher, data_dir: Path, prompts: FakePrompts, visit_id: str,
          actor: str = KASI) -> tuple[Any, VisitEditor]:
    shell = open_loaded(qtbot, make_launcher(data_dir))
    window = shell.window
    prompts.staff_choice = _staff_index(window, actor)
    window.choose_actor()
    editor = window.open_visit(visit_id)
    books = editor.tab("buku")
    qtbot.waitUntil(lambda: editor.visit is not None and books.model.rowCount() > 0, timeout=60_000)
    return shell, editor


def read(qtbot: Any, editor: VisitEditor, service: Any, *args: Any) -> Any:
    """What the services hold now (read through the window's workspace, in turn)."""
    out: list[Any] = []
    editor.client.read(lambda ws: ws.read(service, *args), label="test", on_done=out.append, owner=editor)
    qtbot.waitUntil(lambda: bool(out), timeout=30_000)
    return out[0]


def settled(qtbot: Any, editor: VisitEditor) -> None:
    qtbot.waitUntil(lambda: editor._in_flight() == 0, timeout=30_000)


def _stored_statuses(qtbot: Any, editor: VisitEditor) -> dict[str, str | None]:
    return {r.item_code: r.status for r in read(qtbot, editor, visits.results, editor.visit_id)}


KEYS = {ResultStatus.LENGKAP: Qt.Key.Key_1, ResultStatus.BELUM_LENGKAP: Qt.Key.Key_2,
        ResultStatus.TIDAK_ADA: Qt.Key.Key_3, ResultStatus.TIDAK_BERLAKU: Qt.Key.Key_4}


def test_every_book_by_keyboard_with_scores_undo_and_redo(qtbot, make_launcher: MakeLauncher, demo_dir: Path,
                                                          prompts: FakePrompts) -> None:
    vid = _new_visit(demo_dir)
    _shell, editor = _open(qtbot, make_launcher, demo_dir, prompts, vid)
    books = editor.tab("buku")
    codes = [r.code for r in books.model.books()]
    assert len(codes) == 18 and books.unchecked() == 18
    assert [r.category for r in books.model.rows if r.heading] == sorted(
        {r.category for r in books.model.books()}, key=[r.category for r in books.model.books()].index)
    # the previous visit to Bihara is shown beside each book
    assert all(r.has_previous for r in books.model.books())

    cycle = list(KEYS)
    wanted = {code: cycle[n % 4] for n, code in enumerate(codes)}
    books.table.setFocus()
    assert books.table.current_code() == codes[0]
    for code in codes:  # one key per book: the view moves on by itself
        assert books.table.current_code() == code
        qtbot.keyClick(books.table, KEYS[wanted[code]])
    settled(qtbot, editor)
    assert editor.save_state == SaveState.SAVED and editor.indicator.text() == "Tersimpan"
    assert _stored_statuses(qtbot, editor) == {c: s.value for c, s in wanted.items()}
    assert books.unchecked() == 0 and books.unchecked_label.text() == "Semua buku sudah diperiksa"
    stored = read(qtbot, editor, lambda s, v: __import__("perut_desktop.services.scores", fromlist=["x"])
                  .visit_score(s, v).overall, vid)
    assert books.overall() == pytest.approx(stored)
    assert editor.header.score.text() == f"{round(stored * 100)}%"

    # undo the last two books, redo one: the services follow
    last, before_last = codes[-1], codes[-2]
    qtbot.keyClick(books.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(books.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, editor)
    held = _stored_statuses(qtbot, editor)
    assert held[last] is None and held[before_last] is None and books.unchecked() == 2
    qtbot.keyClick(books.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, editor)
    held = _stored_statuses(qtbot, editor)
    assert held[before_last] == wanted[before_last].value and held[last] is None

    # one click per status
    row = books.model.row_of(codes[0])
    rect = books.table.visualRect(books.model.index(row, BookTableModel.TIDAK_ADA))
    qtbot.mouseClick(books.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settled(qtbot, editor)
    assert _stored_statuses(qtbot, editor)[codes[0]] == ResultStatus.TIDAK_ADA.value

    # Tab reaches the date and the notes of the book in hand; both saved on leaving them
    books.table.setCurrentIndex(books.model.index(row, BookTableModel.TITLE))
    books.table.setFocus()
    qtbot.keyClick(books.table, Qt.Key.Key_Tab)
    assert books.last_entry.hasFocus()
    qtbot.keyClicks(books.last_entry, "02-11-2026")
    qtbot.keyClick(books.last_entry, Qt.Key.Key_Tab)
    assert books.notes.hasFocus()
    qtbot.keyClicks(books.notes, "Belum ditandatangani Kades")
    qtbot.keyClick(books.notes, Qt.Key.Key_Tab)
    settled(qtbot, editor)
    first = next(r for r in read(qtbot, editor, visits.results, vid) if r.item_code == codes[0])
    assert (first.status, first.last_entry_on, first.notes) == (
        ResultStatus.TIDAK_ADA.value, dt.date(2026, 11, 2), "Belum ditandatangani Kades")
    qtbot.keyClick(books.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the notes
    settled(qtbot, editor)
    first = next(r for r in read(qtbot, editor, visits.results, vid) if r.item_code == codes[0])
    assert first.notes == "" and books.notes.text() == ""
    assert not editor.has_pending()


def test_a_refused_value_stays_marked_and_closing_asks(qtbot, make_launcher: MakeLauncher, demo_dir: Path,
                                                       prompts: FakePrompts) -> None:
    vid = _new_visit(demo_dir)
    _shell, editor = _open(qtbot, make_launcher, demo_dir, prompts, vid)
    books = editor.tab("buku")
    code = books.table.current_code()
    books.last_entry.setFocus()
    qtbot.keyClicks(books.last_entry, "25-11-2026")  # after the visit: the services refuse it
    books.notes.setFocus()
    qtbot.waitUntil(lambda: editor.save_state == SaveState.FAILED, timeout=30_000)
    settled(qtbot, editor)
    assert books.last_entry.text() == "25-11-2026" and books.last_entry_binding.refused
    assert "sesudah tanggal kunjungan" in books.last_entry_message.text()
    assert books.last_entry_message.isVisible() and "sesudah tanggal kunjungan" in editor.indicator.text()
    assert next(r for r in read(qtbot, editor, visits.results, vid) if r.item_code == code).last_entry_on is None

    # moving on to the next book keeps it: shown again, marked, when the book is back
    books.table.setFocus()
    qtbot.keyClick(books.table, Qt.Key.Key_1)
    settled(qtbot, editor)
    assert books.table.current_code() != code and books.last_entry.text() == ""
    assert editor.save_state == SaveState.FAILED and books.held and editor.has_pending()
    books.table.setCurrentIndex(books.model.index(books.model.row_of(code), BookTableModel.TITLE))
    assert books.last_entry.text() == "25-11-2026" and books.last_entry_binding.refused
    assert "sesudah tanggal kunjungan" in books.last_entry_message.text()

    books.last_entry.setFocus()  # not a date at all: refused before it is sent
    books.last_entry.setText("kemarin")
    books.notes.setFocus()
    assert "bukan tanggal" in books.last_entry_message.text()

    prompts.confirm_answer = False
    editor.close()
    assert editor.isVisible() and prompts.asked[-1][0] == "Perubahan belum tersimpan"
    books.last_entry.setFocus()
    books.last_entry.setText("10-11-2026")
    books.notes.setFocus()
    settled(qtbot, editor)
    assert not books.last_entry_binding.refused and not books.last_entry_message.isVisible() and not books.held
    assert editor.save_state == SaveState.SAVED
    assert next(r for r in read(qtbot, editor, visits.results, vid) if r.item_code == code).last_entry_on == \
        dt.date(2026, 11, 10)
    asked = len(prompts.asked)
    editor.close()
    assert not editor.isVisible() and len(prompts.asked) == asked  # nothing pending: no question


def test_a_failing_disk_shows_the_error_and_the_editor_goes_on(qtbot, make_launcher: MakeLauncher, demo_dir: Path,
                                                               prompts: FakePrompts, monkeypatch) -> None:
    vid = _new_visit(demo_dir)
    _shell, editor = _open(qtbot, make_launcher, demo_dir, prompts, vid)
    minutes = editor.tab("notulen")
    editor.show_tab("notulen")
    real = visits.set_minutes

    def full_disk(*_args: Any, **_kw: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(visits, "set_minutes", full_disk)
    qtbot.keyClicks(minutes.fields["discussion"], "Pemeriksaan buku")
    minutes.bindings["discussion"].commit()
    qtbot.waitUntil(lambda: editor.save_state == SaveState.FAILED, timeout=30_000)
    assert "penuh" in editor.indicator.text() and minutes.fields["discussion"].toPlainText() == "Pemeriksaan buku"
    assert read(qtbot, editor, visits.minutes_of, vid).discussion == ""
    assert editor.client.runner.error_dialog is None  # shown beside the field, not in a dialog

    monkeypatch.setattr(visits, "set_minutes", real)
    minutes.bindings["discussion"].commit()
    qtbot.waitUntil(lambda: editor.save_state == SaveState.SAVED, timeout=30_000)
    assert read(qtbot, editor, visits.minutes_of, vid).discussion == "Pemeriksaan buku"
    books = editor.tab("buku")
    books.table.setFocus()
    qtbot.keyClick(books.table, Qt.Key.Key_1)
    settled(qtbot, editor)
    assert _stored_statuses(qtbot, editor)[books.model.books()[0].code] == "lengkap"


def test_attendance_minutes_submit_review_and_approval(qtbot, make_launcher: MakeLauncher, demo_dir: Path,
                                                       prompts: FakePrompts, tmp_path: Path) -> None:
    vid = _new_visit(demo_dir)
    shell, editor = _open(qtbot, make_launcher, demo_dir, prompts, vid)
    window = shell.window
    assert window.open_visit(vid) is editor  # one editor per visit

    # submit with nothing done: refused, with links to each tab
    prompts.confirm_answer = True
    with qtbot.waitSignal(editor.problems_shown, timeout=30_000):
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    text = editor.problems.text()
    assert "18 buku belum diperiksa" in text and 'href="hadir"' in text and 'href="notulen"' in text
    editor.problems.linkActivated.emit("hadir")
    attendance = editor.tab("hadir")
    assert editor.current_tab_key() == "hadir"
    qtbot.waitUntil(lambda: attendance.model.rowCount() > 0, timeout=30_000)
    officials = list(attendance.model.rows)
    assert officials and all(r.official_id for r in officials) and not any(r.present for r in officials)

    # tick the first official with Space, add a guest
    attendance.table.setFocus()
    attendance.table.setCurrentIndex(attendance.model.index(0, 1))
    qtbot.keyClick(attendance.table, Qt.Key.Key_Space)
    attendance.name.setText("Siti Khadijah")
    attendance.position.setText("Ketua PKK")
    attendance.group.setCurrentIndex(attendance.group.findData("lkd"))
    attendance.gender.setCurrentIndex(attendance.gender.findData("P"))
    qtbot.mouseClick(attendance.add_button, Qt.MouseButton.LeftButton)
    settled(qtbot, editor)
    held = read(qtbot, editor, visits.attendees, vid)
    assert [(a.name, a.present) for a in held if a.present] == [(officials[0].name, True), ("Siti Khadijah", True)]
    assert "Hadir: <b>2</b>" in attendance.counts.text() and "LKD 1 (L 0 · P 1)" in attendance.counts.text()
    qtbot.keyClick(attendance.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the guest goes
    settled(qtbot, editor)
    assert [a.name for a in read(qtbot, editor, visits.attendees, vid) if a.present] == [officials[0].name]
    qtbot.keyClick(attendance.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # and comes back
    settled(qtbot, editor)
    assert "Siti Khadijah" in [a.name for a in read(qtbot, editor, visits.attendees, vid)]

    # the printed sheet, written off the UI thread
    prompts.saves.append(tmp_path / "hadir.pdf")
    with qtbot.waitSignal(attendance.printed, timeout=60_000):
        qtbot.mouseClick(attendance.print_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "hadir.pdf").read_bytes().startswith(b"%PDF")
    editor.activateWindow()  # after the progress dialog, if the sheet took long enough for one
    qtbot.waitUntil(editor.isActiveWindow, timeout=5_000)

    # minutes, agenda above
    editor.problems.linkActivated.emit("notulen")
    minutes = editor.tab("notulen")
    assert minutes.agenda.text() == "Pembinaan administrasi"
    minutes.fields["discussion"].setFocus()
    qtbot.keyClicks(minutes.fields["discussion"], "Buku administrasi diperiksa bersama Sekdes.")
    qtbot.keyClick(minutes.fields["discussion"], Qt.Key.Key_Tab)
    assert minutes.fields["decisions"].hasFocus()
    qtbot.keyClicks(minutes.fields["decisions"], "Melengkapi buku inventaris.")
    qtbot.keyClick(minutes.fields["decisions"], Qt.Key.Key_Tab)
    settled(qtbot, editor)
    m = read(qtbot, editor, visits.minutes_of, vid)
    assert (m.discussion, m.decisions) == ("Buku administrasi diperiksa bersama Sekdes.", "Melengkapi buku inventaris.")

    # still refused: the books
    with qtbot.waitSignal(editor.problems_shown, timeout=30_000):
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    assert "buku belum diperiksa" in editor.problems.text() and "hadir" not in editor.problems.text()
    editor.problems.linkActivated.emit("buku")
    books = editor.tab("buku")
    assert books.table.hasFocus()
    for _ in books.model.books():
        qtbot.keyClick(books.table, Qt.Key.Key_1)
    settled(qtbot, editor)

    # accepted: read-only afterwards, the undo stack cleared
    with qtbot.waitSignal(editor.status_changed, timeout=30_000):
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.visit.status is VisitStatus.DIAJUKAN, timeout=30_000)
    assert read(qtbot, editor, visits.status_of, vid) is VisitStatus.DIAJUKAN
    assert editor.undo_stack.count() == 0 and editor.read_only and not editor.submit_button.isVisible()
    assert books.notes.isReadOnly()
    qtbot.keyClick(books.table, Qt.Key.Key_3)
    assert _stored_statuses(qtbot, editor)[books.model.books()[0].code] == "lengkap"

    # the office returns it with a note
    panel = editor.review_panel
    qtbot.waitUntil(lambda: panel.context is not None, timeout=30_000)
    assert panel.verify_button.isVisible() and panel.context.warnings
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)  # no note: refused
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=30_000)
    assert "catatan" in panel.message.text()
    panel.note.setPlainText("Lengkapi tanggal entri buku kas umum.")
    with qtbot.waitSignal(editor.status_changed, timeout=30_000):
        qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.visit.status is VisitStatus.DIKEMBALIKAN, timeout=30_000)
    assert "Lengkapi tanggal entri buku kas umum." in editor.banner.text() and editor.fix_button.isVisible()
    assert editor.read_only

    # Perbaiki, a correction, resubmit
    with qtbot.waitSignal(editor.status_changed, timeout=30_000):
        qtbot.mouseClick(editor.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.visit.status is VisitStatus.DRAF and not editor.read_only, timeout=30_000)
    books.table.setFocus()
    books.table.setCurrentIndex(books.model.index(books.model.row_of(books.model.books()[0].code), 1))
    qtbot.keyClick(books.table, Qt.Key.Key_2)
    settled(qtbot, editor)
    assert _stored_statuses(qtbot, editor)[books.model.books()[0].code] == "belum_lengkap"
    with qtbot.waitSignal(editor.status_changed, timeout=30_000):
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)

    # verified by the Kasi with two checks ticked
    qtbot.waitUntil(lambda: editor.visit.status is VisitStatus.DIAJUKAN and panel.context is not None, timeout=30_000)
    panel.checks[next(iter(panel.checks))].setChecked(True)
    with qtbot.waitSignal(editor.status_changed, timeout=30_000):
        qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.visit.status is VisitStatus.DIVERIFIKASI, timeout=30_000)
    last = read(qtbot, editor, review.reviews, vid)[-1]
    assert (last.verdict, last.reviewer_name, dict(last.checklist)["kelengkapan"]) == ("diverifikasi", KASI, True)

    # the Kasi may not sign; the Sekretaris Kecamatan may, a.n. Camat
    qtbot.waitUntil(lambda: panel.approve_button.isVisible() and panel.context is not None, timeout=30_000)
    assert not panel.approve_button.isEnabled()
    prompts.staff_choice = _staff_index(window, SEKCAM)
    window.choose_actor()
    editor.reload()
    qtbot.waitUntil(lambda: panel.approve_button.isEnabled(), timeout=30_000)
    assert SignatoryTitle.AN.value in [panel.title_choice.itemData(i) for i in range(panel.title_choice.count())]
    assert SignatoryTitle.CAMAT.value not in [panel.title_choice.itemData(i) for i in range(panel.title_choice.count())]
    panel.title_choice.setCurrentIndex(panel.title_choice.findData(SignatoryTitle.AN.value))
    with qtbot.waitSignal(editor.status_changed, timeout=60_000):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.visit.status is VisitStatus.DISETUJUI, timeout=30_000)
    last = read(qtbot, editor, review.reviews, vid)[-1]
    assert (last.verdict, last.signatory_name, last.signatory_title) == ("disetujui", SEKCAM, "an")
    assert not panel.isVisible()
    history = editor.tab("riwayat")
    qtbot.waitUntil(lambda: history.events.rowCount() == 7, timeout=30_000)
    assert [history.events.item(n, 2).text() for n in range(7)] == [
        "Draf", "Diajukan", "Dikembalikan", "Draf", "Diajukan", "Diverifikasi", "Disetujui"]
    assert history.events.item(2, 5).text() == "Lengkapi tanggal entri buku kas umum."
    assert history.reviews.rowCount() == 3 and history.reviews.item(2, 3).text() == f"a.n. Camat: {SEKCAM}"


def test_a_laptops_visit_is_read_only_on_the_master_with_the_reason(qtbot, make_launcher: MakeLauncher,
                                                                    demo_dir: Path, prompts: FakePrompts) -> None:
    shell = open_loaded(qtbot, make_launcher(demo_dir))
    window = shell.window
    with qtbot.waitSignal(window.visits_page.loaded, timeout=60_000):
        window.show_page("kunjungan")
    draft = next(r for r in window.visits_page.model.rows if r.status is VisitStatus.DRAF)
    editor = window.open_visit(draft.id)
    qtbot.waitUntil(lambda: editor.visit is not None, timeout=60_000)
    # the editor opens within the screen's free area (the test screen is smaller than 1200×760)
    free = editor.screen().availableGeometry().size()
    assert editor.size() == fitted_size(free) and editor.width() < free.width() and editor.height() < free.height()
    assert editor.read_only and not editor.submit_button.isVisible()
    assert "laptop" in editor.banner.text() and draft.officer_name.split(",")[0] in editor.banner.text()
    books = editor.tab("buku")
    qtbot.waitUntil(lambda: books.model.rowCount() > 0, timeout=30_000)
    before = _stored_statuses(qtbot, editor)
    books.table.setFocus()
    qtbot.keyClick(books.table, Qt.Key.Key_4)
    assert _stored_statuses(qtbot, editor) == before and editor.save_state == SaveState.IDLE


def test_follow_ups_and_a_dropped_photo_in_the_editor_share_one_undo(qtbot, make_launcher: MakeLauncher,
                                                                      demo_dir: Path, prompts: FakePrompts,
                                                                      tmp_path: Path) -> None:
    """In the real editor: progress on an earlier follow-up by key, a new follow-up, a photo
    dropped on Lampiran; Ctrl+Z undoes across the tabs in reverse order, Ctrl+Y redoes."""
    from PIL import Image

    from tests.ui.test_editor_attachments import _drop

    photo = tmp_path / "buku-ekspedisi.jpg"
    Image.new("RGB", (3000, 2000), (120, 60, 20)).save(photo)
    vid = _new_visit(demo_dir)
    _shell, editor = _open(qtbot, make_launcher, demo_dir, prompts, vid)

    editor.show_tab("tindak-lanjut")
    follow = editor.tab("tindak-lanjut")
    qtbot.waitUntil(lambda: follow.earlier_model.rowCount() > 0, timeout=30_000)
    earlier = follow.earlier_model.row_at(0)
    follow.earlier_table.setCurrentIndex(follow.earlier_model.index(0, 0))
    follow.earlier_table.setFocus()
    qtbot.keyClick(follow.earlier_table, Qt.Key.Key_1)  # done at this visit
    settled(qtbot, editor)
    follow.task.setFocus()
    qtbot.keyClicks(follow.task, "Lengkapi Buku Ekspedisi")
    qtbot.keyClicks(follow.responsible, "Sekretaris Desa")
    qtbot.keyClick(follow.task, Qt.Key.Key_Return)
    settled(qtbot, editor)
    assert [(p.follow_up_id, p.status) for p in read(qtbot, editor, visits.progress_recorded_in, vid)] == [
        (earlier.info.id, "selesai")]
    assert [f.task for f in read(qtbot, editor, visits.follow_ups_created_in, vid)] == ["Lengkapi Buku Ekspedisi"]

    editor.show_tab("lampiran")
    photos = editor.tab("lampiran")
    qtbot.waitUntil(lambda: photos.visit is not None, timeout=30_000)
    assert _drop(photos, [photo])
    qtbot.waitUntil(lambda: photos.model.rowCount() == 1, timeout=60_000)
    settled(qtbot, editor)
    assert [a.filename for a in read(qtbot, editor, visits.attachments_of, vid)] == ["buku-ekspedisi.jpg"]
    assert editor.save_state == SaveState.SAVED

    for _ in range(2):  # the photo, then the new follow-up
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        settled(qtbot, editor)
    assert read(qtbot, editor, visits.attachments_of, vid) == []
    assert read(qtbot, editor, visits.follow_ups_created_in, vid) == []
    assert len(read(qtbot, editor, visits.progress_recorded_in, vid)) == 1  # the earlier one stays
    qtbot.keyClick(editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, editor)
    assert [f.task for f in read(qtbot, editor, visits.follow_ups_created_in, vid)] == ["Lengkapi Buku Ekspedisi"]


def test_the_editor_takes_1200_by_760_where_there_is_room_and_less_on_a_small_screen() -> None:
    assert fitted_size(QSize(1920, 1040)) == QSize(1200, 760)
    assert fitted_size(QSize(1366, 728)) == QSize(1200, 688)  # 1366×768 less a taskbar
    assert fitted_size(QSize(1093, 582)) == QSize(1077, 542)  # the same screen at 125 %


def test_a_time_typed_loosely_is_shown_as_stored_once_the_keyboard_leaves(
        qtbot, make_launcher: MakeLauncher, demo_dir: Path, prompts: FakePrompts) -> None:
    """*Mulai* typed "8.00" is stored "08.00", as the documents print it; the field says so
    once the keyboard has left it (not while it is still typed in: the text never moves
    under the typing hand), without a second save, and undo and redo go between the stored
    texts."""
    vid = _new_visit(demo_dir)
    _shell, editor = _open(qtbot, make_launcher, demo_dir, prompts, vid)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=10_000)
    start, agenda = editor.header.fields["start_time"], editor.header.fields["agenda"]
    binding = editor.header.bindings["start_time"]
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=5_000)
    qtbot.keyClicks(start, "8.00")
    qtbot.waitUntil(lambda: not binding.has_pending(), timeout=30_000)  # saved after the pause in typing
    assert read(qtbot, editor, visit_editor.editor_visit, vid).start_time == "08.00"
    assert start.hasFocus() and start.text() == "8.00"  # as typed, while the keyboard is in it
    depth = editor.undo_stack.count()
    agenda.setFocus()
    qtbot.waitUntil(lambda: start.text() == "08.00", timeout=5_000)
    settled(qtbot, editor)
    assert not binding.has_pending() and editor.undo_stack.count() == depth  # shown, not saved again

    # typed and left at once (the save still on its way): the same
    end = editor.header.fields["end_time"]
    end.setFocus()
    qtbot.keyClicks(end, "11:30")
    agenda.setFocus()
    settled(qtbot, editor)
    qtbot.waitUntil(lambda: end.text() == "11.30", timeout=5_000)
    assert read(qtbot, editor, visit_editor.editor_visit, vid).end_time == "11.30"
    editor.undo_stack.undo()
    settled(qtbot, editor)
    assert end.text() == "" and read(qtbot, editor, visit_editor.editor_visit, vid).end_time == ""
    editor.undo_stack.redo()
    settled(qtbot, editor)
    assert end.text() == "11.30" and read(qtbot, editor, visit_editor.editor_visit, vid).end_time == "11.30"
    # a time stored before times were checked is shown as it is, also after the keyboard left it
    from perut_desktop.ui.editor.header import _stored_time
    assert _stored_time("pukul sembilan") == "pukul sembilan" and _stored_time(" 7:05") == "07.05"


def test_a_tab_chosen_takes_the_keyboard_and_a_time_must_be_a_time(qtbot, make_launcher: MakeLauncher,
                                                                   demo_dir: Path, prompts: FakePrompts) -> None:
    """Typing in *Tempat*, then Alt+N (or a click on *Notulen*) and the chair's name: the name
    goes into *Pimpinan rapat*, not on the end of the place. And a name typed into *Mulai*
    by mistake is refused with the field named, not printed later as the time."""
    vid = _new_visit(demo_dir)
    _shell, editor = _open(qtbot, make_launcher, demo_dir, prompts, vid)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=10_000)
    place = editor.header.fields["place"]
    place.setFocus()
    qtbot.waitUntil(place.hasFocus, timeout=10_000)
    minutes = editor.tab("notulen")
    chair = minutes.fields["chair"]
    qtbot.keyPress(place, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "&Notulen"
    assert editor.tabs.currentWidget() is minutes
    qtbot.waitUntil(chair.hasFocus, timeout=5_000)
    qtbot.keyClicks(QApplication.focusWidget(), "Khairullah Arsyad")
    assert chair.text() == "Khairullah Arsyad" and not place.text().endswith("Arsyad")

    place.setFocus()  # the tab shown already, chosen again: the keyboard goes into it all the same
    qtbot.waitUntil(place.hasFocus, timeout=5_000)
    qtbot.keyPress(place, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(chair.hasFocus, timeout=5_000)
    place.setFocus()
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.tabs.indexOf(minutes)).center())
    qtbot.waitUntil(chair.hasFocus, timeout=5_000)

    start = editor.header.fields["start_time"]
    start.setFocus()
    qtbot.keyClicks(start, "Sekretaris Desa")
    editor.header.fields["agenda"].setFocus()
    qtbot.waitUntil(lambda: editor.save_state == SaveState.FAILED, timeout=30_000)
    assert "Jam mulai 'Sekretaris Desa' tidak valid" in editor.header.messages["start_time"].text()
    start.setFocus()
    start.setText("9.00")
    editor.header.fields["agenda"].setFocus()
    settled(qtbot, editor)
    assert editor.save_state == SaveState.SAVED
    assert read(qtbot, editor, visit_editor.editor_visit, vid).start_time == "09.00"
    assert read(qtbot, editor, visits.minutes_of, vid).chair == "Khairullah Arsyad"
