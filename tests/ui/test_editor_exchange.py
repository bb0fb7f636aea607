"""The editor across the office and a laptop, with bundles carried between them: the laptop
submits, the office returns the visit with a note, the laptop shows the note, *Perbaiki*, a
correction and a new submission; the office verifies and another staff member who may sign
approves. Each step asserts what the services of that replica then hold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from perut_desktop.db import open_replica
from perut_desktop.enums import VisitStatus
from perut_desktop.services import people, review, setup, villages, visits
from perut_desktop.sync import bundle
from tests.sync.helpers import add_officer, enrol_with_keys
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded
from tests.ui.test_editor import read, settled

CAMAT = ("Muhammad Rizali, S.STP., M.Si.", "197805122006041003")
KASI = ("Ahmad Fauzan", "198307142009011002")


def _world(master_dir: Path, folder: Path) -> tuple[str, str]:
    """The office with its Camat and a Kasi, Rahmadi's laptop, and a draft on it with
    everything a submission needs. Returns (laptop folder name, visit id)."""
    master = open_replica(master_dir)
    try:
        with master.begin() as s:
            setup.update_subdistrict(s, camat_name=CAMAT[0], camat_nip=CAMAT[1])
            people.add_user(s, name=CAMAT[0], nip=CAMAT[1], title="Camat")
            people.add_user(s, name=KASI[0], nip=KASI[1], title="Kepala Seksi Pemerintahan")
            villages.add_official(s, villages.find_village(s, "Awayan").id, name="Hendra Saputra",
                                  position="Kepala Desa", gender="L")
        add_officer(master, "Rahmadi, S.AP.", ["Awayan"])
        laptop = enrol_with_keys(master, folder, "a", "Rahmadi")
    finally:
        master.close()
    try:
        with laptop.begin() as s:
            officer = next(o for o in people.list_officers(s) if o.name.startswith("Rahmadi"))
            vid = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id, officer_id=officer.id,
                                      visit_date=dt.date.today() - dt.timedelta(days=2)).id
            for r in visits.results(s, vid):
                visits.set_result(s, vid, r.item_code, status="lengkap")
            for a in visits.attendees(s, vid):
                visits.edit_attendee(s, a.id, present=True)
            visits.set_minutes(s, vid, discussion="Pemeriksaan buku.", decisions="Melengkapi buku kas.")
    finally:
        laptop.close()
    return "a", vid


def _carry(source: Path, out: Path, to: str | None = None) -> Path:
    """The bundle a replica writes for its partner (the file carried on a stick)."""
    replica = open_replica(source)
    try:
        return bundle.export_bundle(replica, out, to=to)[0].path
    finally:
        replica.close()


def _receive(qtbot: Any, window: Any, path: Path) -> None:
    with qtbot.waitSignal(window.client.changed, timeout=60_000):
        window.receive_bundle(path)


def test_return_on_the_master_then_perbaiki_on_the_laptop(qtbot, make_launcher: MakeLauncher, master_dir: Path,
                                                          tmp_path: Path, prompts: FakePrompts) -> None:
    name, vid = _world(master_dir, tmp_path)
    laptop_dir = tmp_path / name
    laptop = open_loaded(qtbot, make_launcher(laptop_dir)).window
    editor = laptop.open_visit(vid)
    qtbot.waitUntil(lambda: editor.visit is not None and not editor.read_only, timeout=60_000)
    prompts.confirm_answer = True
    with qtbot.waitSignal(editor.status_changed, timeout=30_000):
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.visit.status is VisitStatus.DIAJUKAN, timeout=30_000)
    up = _carry(laptop_dir, tmp_path / "naik-1.perut")

    # the office: received, returned with a note by the Kasi
    master = open_loaded(qtbot, make_launcher(master_dir)).window
    staff = [s.name for s in master.status.info.staff]
    prompts.staff_choice = staff.index(KASI[0])
    master.choose_actor()
    _receive(qtbot, master, up)
    office = master.open_visit(vid)
    panel = office.review_panel
    qtbot.waitUntil(lambda: office.visit is not None and panel.context is not None, timeout=60_000)
    assert office.visit.status is VisitStatus.DIAJUKAN and office.read_only and not office.visit.own
    panel.note.setPlainText("Tanggal entri buku kas umum belum diisi.")
    with qtbot.waitSignal(office.status_changed, timeout=30_000):
        qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    assert read(qtbot, office, visits.status_of, vid) is VisitStatus.DIKEMBALIKAN
    down = _carry(master_dir, tmp_path / "turun-1.perut", to=laptop.status.info.device_id)

    # the laptop: the note shown, Perbaiki, a correction, submitted again
    _receive(qtbot, laptop, down)
    qtbot.waitUntil(lambda: editor.visit.status is VisitStatus.DIKEMBALIKAN, timeout=30_000)
    assert "Tanggal entri buku kas umum belum diisi." in editor.banner.text() and editor.banner.isVisible()
    assert editor.fix_button.isVisible() and editor.read_only
    with qtbot.waitSignal(editor.status_changed, timeout=30_000):
        qtbot.mouseClick(editor.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.visit.status is VisitStatus.DRAF and not editor.read_only, timeout=30_000)
    assert read(qtbot, editor, visits.status_of, vid) is VisitStatus.DRAF
    books = editor.tab("buku")
    qtbot.waitUntil(lambda: books.model.rowCount() > 0 and not books.read_only, timeout=30_000)
    editor.activateWindow()  # the office's window was in front
    qtbot.waitUntil(editor.isActiveWindow, timeout=5_000)
    books.last_entry.setFocus()
    books.last_entry.setText(f"{dt.date.today() - dt.timedelta(days=3):%d-%m-%Y}")
    books.notes.setFocus()
    settled(qtbot, editor)
    code = books.table.current_code()
    assert next(r for r in read(qtbot, editor, visits.results, vid) if r.item_code == code).last_entry_on == \
        dt.date.today() - dt.timedelta(days=3)
    with qtbot.waitSignal(editor.status_changed, timeout=30_000):
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    up = _carry(laptop_dir, tmp_path / "naik-2.perut")

    # the office verifies (Kasi), the Camat approves
    _receive(qtbot, master, up)
    qtbot.waitUntil(lambda: office.visit.status is VisitStatus.DIAJUKAN and panel.verify_button.isVisible(),
                    timeout=30_000)
    for box in panel.checks.values():
        box.setChecked(True)
    with qtbot.waitSignal(office.status_changed, timeout=30_000):
        qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: office.visit.status is VisitStatus.DIVERIFIKASI and panel.context is not None,
                    timeout=30_000)
    prompts.staff_choice = staff.index(CAMAT[0])
    master.choose_actor()
    office.reload()
    qtbot.waitUntil(lambda: panel.approve_button.isVisible() and panel.approve_button.isEnabled(), timeout=30_000)
    assert panel.title_choice.currentData() == "camat"
    with qtbot.waitSignal(office.status_changed, timeout=60_000):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    held = read(qtbot, office, review.reviews, vid)
    assert [(r.verdict, r.reviewer_name) for r in held] == [
        ("dikembalikan", KASI[0]), ("diverifikasi", KASI[0]), ("disetujui", CAMAT[0])]
    assert held[-1].signatory_nip == CAMAT[1] and all(dict(held[1].checklist).values())
    assert read(qtbot, office, visits.status_of, vid) is VisitStatus.DISETUJUI
