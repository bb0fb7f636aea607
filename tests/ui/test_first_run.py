"""The first start on an empty data folder: the master copy, a field laptop joining from
an enrolment file made by ``perut enroll`` through to the office's first bundle received
from the file menu, and the demo in its own folder; bad input explained, nothing
half-made left behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from perut_desktop.cli.main import main as perut
from perut_desktop.operations import first_run
from tests.ui.conftest import FakePrompts, MakeLauncher


def _first_run(make_launcher: MakeLauncher, data_dir: Path):  # type: ignore[no-untyped-def]
    launcher = make_launcher(data_dir)
    assert launcher.needs_first_run()
    launcher.start()
    assert launcher.first_run is not None and launcher.shell is None
    return launcher, launcher.first_run


def test_first_run_as_master(qtbot, make_launcher: MakeLauncher, tmp_path: Path, prompts: FakePrompts) -> None:
    data = tmp_path / "data"
    launcher, dialog = _first_run(make_launcher, data)
    qtbot.mouseClick(dialog.master_choice, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == dialog.MASTER

    # bad input: the CLI's one-line message, and nothing made
    dialog.staff_name.setText("Hj. Norhayati, S.Sos.")
    dialog.staff_nip.setText("1976")
    with qtbot.waitSignal(dialog.failed, timeout=60_000) as failed:
        qtbot.mouseClick(dialog.create_master, Qt.MouseButton.LeftButton)
    assert failed.args[0] == "NIP '1976' tidak valid; NIP terdiri atas 18 angka."
    assert dialog.error.isVisible() and not data.exists()

    dialog.staff_nip.setText("19760103 200003 2 004")
    dialog.staff_can_sign.setChecked(True)
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        qtbot.mouseClick(dialog.create_master, Qt.MouseButton.LeftButton)
    shell = launcher.shell
    assert shell is not None
    window = shell.window
    qtbot.waitUntil(lambda: window.status is not None and window.dashboard.has_data, timeout=60_000)
    assert window.dashboard.model.rowCount() == 23
    assert window.windowTitle() == "Pendampingan Rutin Kecamatan Awayan — PERUT"
    assert ("staff", "Hj. Norhayati, S.Sos.") in prompts.asked
    assert window.person_button.text() == "Bertindak: Hj. Norhayati, S.Sos."


def test_the_master_form_works_from_the_keyboard_and_a_visit_waits_for_an_officer(
        qtbot, make_launcher: MakeLauncher, tmp_path: Path) -> None:
    """Typed and sent without the mouse: the form starts at the first empty field, every
    label carries a mnemonic to its field, and Enter creates the master copy. Its first
    staff member is no officer, so *Kunjungan baru* says why it cannot make a visit yet
    instead of offering a button that stays grey."""
    data = tmp_path / "data"
    launcher, dialog = _first_run(make_launcher, data)
    dialog.master_choice.click()
    assert dialog.focusWidget() is dialog.staff_name  # the kecamatan is filled in already
    form = dialog.staff_name.parentWidget().layout().itemAt(1).layout()
    for field in (dialog.kecamatan, dialog.villages_file, dialog.staff_name, dialog.staff_nip, dialog.staff_title):
        label = next(form.itemAt(row, form.ItemRole.LabelRole).widget() for row in range(form.rowCount())
                     if form.itemAt(row, form.ItemRole.FieldRole) is not None
                     and field in _widgets_of(form.itemAt(row, form.ItemRole.FieldRole)))
        assert "&" in label.text() and label.buddy() is field, label.text()
    assert "&" in dialog.staff_can_sign.text()

    qtbot.keyClicks(dialog.staff_name, "Hj. Norhayati, S.Sos.")
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        qtbot.keyPress(dialog.staff_name, Qt.Key.Key_Return)  # (the release goes to nobody)
    window = launcher.shell.window
    qtbot.waitUntil(lambda: window.status is not None and window.dashboard.has_data, timeout=60_000)

    window.new_visit_action.trigger()
    new_visit = window.new_visit_dialog
    qtbot.waitUntil(lambda: new_visit.choices is not None, timeout=30_000)
    assert new_visit.village.count() == 23 and new_visit.officer.count() == 0
    assert not new_visit.create_button.isEnabled()
    assert new_visit.error.isVisibleTo(new_visit)
    assert new_visit.error.text() == "Belum ada pendamping: tambahkan dulu di halaman Petugas & Staf."
    new_visit.reject()

    # ... where the list of officers says the same in words, not as an empty grid
    assert window.show_page("petugas")
    officers = window.page("petugas").officers
    qtbot.waitUntil(lambda: officers.note.isVisibleTo(officers), timeout=30_000)
    assert officers.note.text() == "Belum ada pendamping: tambahkan yang pertama dengan Tambah pendamping…"


def _widgets_of(item):  # type: ignore[no-untyped-def]
    if item.widget() is not None:
        return [item.widget()]
    layout = item.layout()
    return [layout.itemAt(i).widget() for i in range(layout.count())]


def test_an_unusable_village_file_leaves_nothing(qtbot, make_launcher: MakeLauncher, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "catatan.txt").write_text("milik pengguna")
    bad = tmp_path / "desa.csv"
    bad.write_text("bukan,daftar\n")
    _launcher, dialog = _first_run(make_launcher, data)
    dialog.master_choice.click()
    dialog.villages_file.setText(str(bad))
    dialog.staff_name.setText("Ahmad")
    with qtbot.waitSignal(dialog.failed, timeout=60_000):
        dialog.create_master.click()
    assert dialog.error.text() and "\n" not in dialog.error.text()
    assert sorted(p.name for p in data.iterdir()) == ["catatan.txt"]


def test_first_run_as_a_field_laptop_through_the_office(qtbot, make_launcher: MakeLauncher, tmp_path: Path,
                                                        master_dir: Path, prompts: FakePrompts,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    office = ["--data-dir", str(master_dir)]
    assert perut(office + ["officer", "add", "--name", "Rahmadi", "--villages", "Bihara,Awayan"]) == 0
    enrolment = tmp_path / "rahmadi.perut-enroll"
    assert perut(office + ["enroll", "--officer", "Rahmadi", "--out", str(enrolment)]) == 0
    stick = tmp_path / "usb"
    stick.mkdir()

    laptop = tmp_path / "laptop"
    launcher, dialog = _first_run(make_launcher, laptop)
    dialog.laptop_choice.click()
    prompts.files.append(enrolment)
    prompts.folders.append(stick)
    dialog.enrolment_button.click()
    dialog.folder_button.click()
    assert prompts.asked[-1] == ("Folder untuk bundel pertama laptop", str(tmp_path))  # opened where the file was
    assert dialog.join.isEnabled()
    with qtbot.waitSignal(dialog.pages.currentChanged, timeout=60_000):
        dialog.join.click()
    assert dialog.pages.currentIndex() == dialog.JOINED
    joined = dialog.joined
    assert joined is not None and dialog.code.text() == joined.code and len(joined.code) >= 8
    assert joined.bundle.parent == stick and joined.bundle.exists()
    assert dialog.code.font().pointSizeF() > 2 * dialog.joined_text.font().pointSizeF()

    with qtbot.waitSignal(dialog.ready, timeout=10_000):
        dialog.open_window.click()
    window = launcher.shell.window
    qtbot.waitUntil(lambda: window.status is not None, timeout=60_000)
    # until the office's first bundle is imported, the window says so instead of empty pages
    assert window.awaiting_office and window.stack.currentWidget() is window.waiting
    assert "Menunggu bundel pertama" in window.waiting.text()
    assert not window.nav.isEnabled()

    # the office's side, by the CLI: receive the laptop's bundle (held until the code the
    # laptop shows is typed), confirm it, answer it
    assert perut(office + ["sync", "import", str(joined.bundle)]) == 4
    assert perut(office + ["device", "confirm", joined.device_id, "00000-00000"]) == 3
    assert perut(office + ["device", "confirm", joined.device_id, joined.code]) == 0
    answer = stick / "jawaban.perut"
    assert perut(office + ["sync", "export", "--to", joined.device_id, "--out", str(answer)]) == 0
    capsys.readouterr()

    prompts.files.append(answer)
    with qtbot.waitSignal(window.status_loaded, timeout=60_000):
        window.receive_action.trigger()
    qtbot.waitUntil(lambda: not window.awaiting_office, timeout=60_000)
    qtbot.waitUntil(lambda: window.dashboard.has_data and window.dashboard.model.rowCount() == 23, timeout=60_000)
    assert window.nav.isEnabled() and window.stack.currentWidget() is not window.waiting
    assert window.person_button.text() == "Pendamping: Rahmadi"
    assert window.role_label.text() == "Peran: Lapangan"
    # the laptop's villages come first for a new visit
    dialog = window.new_visit()
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=30_000)
    assert [v.label for v in dialog.choices.villages[:2]] == ["Awayan", "Bihara"]
    assert dialog.choices.own_villages == 2
    assert [dialog.village.itemText(i) for i in range(3)] == ["Awayan", "Bihara", ""]  # then a line, the rest
    dialog.reject()


def test_a_failed_join_leaves_nothing(qtbot, make_launcher: MakeLauncher, tmp_path: Path,
                                      prompts: FakePrompts) -> None:
    bogus = tmp_path / "bukan.json"
    bogus.write_text("{}")
    stick = tmp_path / "usb"
    stick.mkdir()
    laptop = tmp_path / "laptop"
    _launcher, dialog = _first_run(make_launcher, laptop)
    dialog.laptop_choice.click()
    prompts.files.append(bogus)
    prompts.folders.append(stick)
    dialog.enrolment_button.click()
    dialog.folder_button.click()
    with qtbot.waitSignal(dialog.failed, timeout=60_000) as failed:
        dialog.join.click()
    assert failed.args[0] == "Berkas bukan.json bukan berkas pendaftaran PERUT."
    assert not laptop.exists() and not list(stick.iterdir())


def test_first_run_into_the_demo(qtbot, make_launcher: MakeLauncher, tmp_path: Path, _demo_template: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo opens in its own folder, marked DEMO. (Generating a year of visits takes a
    minute; the same generator made the session's demo, which stands in for it here.)"""
    def make_demo(folder: Path, **_kwargs: object) -> first_run.DemoMade:
        shutil.copytree(_demo_template, folder)
        (folder / first_run.DEMO_MARKER).write_text("PERUT demo\n")
        return first_run.DemoMade(folder, 299)

    monkeypatch.setattr(first_run, "make_demo", make_demo)
    data = tmp_path / "data"
    launcher, dialog = _first_run(make_launcher, data)
    with qtbot.waitSignal(dialog.ready, timeout=60_000) as ready:
        dialog.demo_choice.click()
    assert ready.args[0] == tmp_path / "data-demo"
    assert not data.exists(), "the real data folder stays empty"
    window = launcher.shell.window
    qtbot.waitUntil(lambda: window.status is not None and window.dashboard.has_data, timeout=60_000)
    assert window.windowTitle() == "DEMO — Pendampingan Rutin Kecamatan Awayan — PERUT"
    assert window.demo_label.isVisible() and window.demo_label.text() == "DEMO"


def test_a_cancelled_demo_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data-demo"

    def stop(done: int, _total: int, _label: str) -> None:
        if done >= 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        first_run.make_demo(folder, years=1, progress=stop)
    assert not folder.exists()
