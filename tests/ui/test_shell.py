"""The shell window on a real replica: pages, one way to the data, changes that refresh
the visible page only, the status bar, the window's state, closing while work runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from perut_desktop.operations.changes import Changes
from perut_desktop.operations.snapshot import SNAPSHOT_FILE, read_snapshot
from perut_desktop.ui import app as gui
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded

UI_DIR = Path(gui.__file__).resolve().parent


def test_the_master_window_shows_its_pages_and_status(qtbot, make_launcher: MakeLauncher, demo_dir: Path,
                                                      prompts: FakePrompts) -> None:
    shell = open_loaded(qtbot, make_launcher(demo_dir))
    window = shell.window
    # the office's pages, with the number of visits waiting for it on Verifikasi
    qtbot.waitUntil(lambda: window.nav.item(2).text() == "Verifikasi (8)", timeout=30_000)
    assert [window.nav.item(r).text() for r in range(window.nav.count())] == [
        "Dasbor", "Kunjungan", "Verifikasi (8)", "Jadwal", "Desa", "Petugas & Staf", "Sinkronisasi",
        "Laporan", "Pengaturan", "Tentang"]
    assert window.dashboard.model.rowCount() == 23
    assert window.windowTitle() == "Pendampingan Rutin Kecamatan Awayan — PERUT"
    assert window.role_label.text() == "Peran: Master"
    # the acting staff member is chosen when the window starts, and shown
    assert prompts.asked[0][0] == "staff"
    first = window.status.info.staff[0]
    assert window.person_button.text() == f"Bertindak: {first.name}"
    assert window.client.workspace.actor_id is None or window.client.workspace.actor_id == first.id
    qtbot.waitUntil(lambda: window.client.workspace.actor_id == first.id, timeout=5000)
    assert "Belum dikirim: 0 perubahan" == window.pending_label.text()
    assert [a.text() for a in window.menuBar().actions()] == ["&Berkas", "B&antuan"]


def test_a_change_refreshes_the_visible_page_and_marks_the_hidden_one(qtbot, make_launcher: MakeLauncher,
                                                                      demo_dir: Path) -> None:
    shell = open_loaded(qtbot, make_launcher(demo_dir))
    window = shell.window
    dashboard, visits = window.dashboard, window.visits_page
    assert window.current_page() is dashboard and not visits.has_data
    loads = dashboard.loads
    # a change the dashboard shows: it reloads; the hidden visit list only marks itself
    with qtbot.waitSignal(dashboard.loaded, timeout=30_000):
        window.client.changed.emit(Changes.of({"visit"}), None)
    assert dashboard.loads == loads + 1
    assert visits.out_of_date and visits.loads == 0
    # a change to a table the dashboard does not show: nothing reloads
    window.client.changed.emit(Changes.of({"attachment"}), None)
    qtbot.wait(200)
    assert dashboard.loads == loads + 1 and not dashboard.out_of_date
    # showing the hidden page loads it then
    with qtbot.waitSignal(visits.loaded, timeout=30_000):
        window.show_page("kunjungan")
    assert visits.model.rowCount() > 200


def test_the_snapshot_shows_the_last_dashboard_until_fresh_data_arrives(
        qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    launcher = make_launcher(demo_dir)
    shell = open_loaded(qtbot, launcher)
    assert (demo_dir / SNAPSHOT_FILE).exists()
    snapshot = read_snapshot(demo_dir)
    assert snapshot is not None and len(snapshot.rows) == 23
    assert snapshot.rows == shell.window.dashboard.overview.rows
    launcher.close()

    again = make_launcher(demo_dir)
    shell = again.open_window(demo_dir, start=False)
    dashboard = shell.window.dashboard
    assert dashboard.from_snapshot and dashboard.model.rowCount() == 23
    assert "memperbarui" in dashboard.summary.text()
    shell.window.show()
    with qtbot.waitSignal(dashboard.loaded, timeout=60_000):
        shell.window.start()
    assert not dashboard.from_snapshot and "memperbarui" not in dashboard.summary.text()


def test_window_state_is_remembered(qtbot, make_launcher: MakeLauncher, demo_dir: Path,
                                    settings_file: Path) -> None:
    launcher = make_launcher(demo_dir)
    shell = open_loaded(qtbot, launcher)
    shell.window.resize(760, 540)  # within the offscreen screen (800 × 600)
    shell.window.show_page("kunjungan")
    launcher.close()
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert settings.value("window/page") == "kunjungan"

    shell = open_loaded(qtbot, make_launcher(demo_dir))
    assert shell.window.current_page_key() == "kunjungan"
    assert (shell.window.width(), shell.window.height()) == (760, 540)


def test_perut_gui_shows_the_windows_frame_first_in_its_place_and_builds_the_window_on_it(
        qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    launcher = make_launcher(demo_dir)
    shell = open_loaded(qtbot, launcher)
    shell.window.resize(700, 500)  # within the offscreen screen (800 × 600)
    shell.window.move(40, 30)
    place = shell.window.geometry()
    launcher.close()

    again = make_launcher(demo_dir, frame_first=True)
    frames: list[tuple[bool, object, str]] = []
    done: list[bool] = []
    again.start(then=lambda: done.append(again.shell is not None and again.shell.window.built))
    frame = again.frame
    assert frame is not None and frame.isVisible() and not frame.built
    assert again.shell is None and again._runner is None  # no task runner, no workspace before the frame
    frame.first_frame.connect(lambda: frames.append((frame.built, frame.geometry(),
                                                     frame.statusBar().currentMessage())))
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    # the first frame was the window itself, unbuilt, already where it was left (no jump),
    # saying that it opens
    assert frames == [(False, place, "Membuka…")]
    assert frame.statusBar().currentMessage() == ""
    assert done == [True] and again.shell.window is frame
    dashboard = frame.dashboard
    assert dashboard.model.rowCount() == 23  # the snapshot, then fresh data
    qtbot.waitUntil(lambda: dashboard.has_data and not dashboard.from_snapshot, timeout=60_000)
    assert frame.current_page_key() == "dasbor" and frame.menuBar().actions()


def test_a_frame_closed_before_it_is_built_ends_cleanly(qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    launcher = make_launcher(demo_dir, frame_first=True)
    launcher.start()
    frame = launcher.frame
    assert frame is not None and frame.close()  # nothing to save or ask yet
    qtbot.wait(300)
    assert launcher.shell is None and not frame.built  # never built on a closed frame
    launcher.close()


def test_closing_while_work_runs_asks_first(qtbot, make_launcher: MakeLauncher, demo_dir: Path,
                                            prompts: FakePrompts) -> None:
    import threading

    shell = open_loaded(qtbot, make_launcher(demo_dir))
    window = shell.window
    release = threading.Event()
    shell.runner.run(lambda _ctx: release.wait(10), label="slow", on_done=lambda _r: None)
    prompts.confirm_answer = False
    assert not window.close()
    assert window.isVisible() and prompts.asked[-1][0] == "Pekerjaan masih berjalan"
    release.set()
    qtbot.waitUntil(lambda: not shell.runner.busy, timeout=10_000)
    prompts.asked.clear()
    assert window.close()
    assert not prompts.asked  # nothing running: no question


def test_window_modules_do_not_import_the_database_layer() -> None:
    """The frame paints before SQLAlchemy loads: it is imported on the worker only."""
    code = (
        "import sys; import perut_desktop.ui.app, perut_desktop.ui.shell, perut_desktop.ui.tasks, "
        "perut_desktop.ui.dialogs.first_run, perut_desktop.operations.snapshot, perut_desktop.operations.workspace; "
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'perut_desktop.db', 'perut_desktop.models') "
        "if m in sys.modules]; print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=UI_DIR.parent.parent)
    assert result.returncode == 0, result.stdout + result.stderr


def test_about_shows_the_version_and_the_installation(qtbot, make_launcher: MakeLauncher, master_dir: Path) -> None:
    from perut_desktop.db import SCHEMA_REVISION

    shell = open_loaded(qtbot, make_launcher(master_dir, "--lang", "en"))
    page = shell.window.show_about()
    qtbot.waitUntil(lambda: page.has_data, timeout=30_000)
    assert shell.window.current_page_key() == "tentang"
    assert page.version.text() == gui.__version__ and page.data_dir.text() == str(master_dir)
    assert page.device.text() == shell.window.status.info.device_id and page.role.text() == "Master"
    assert page.schema.text() == SCHEMA_REVISION
    assert "DejaVuSans.ttf" in page.fonts.text() and "Bitstream" in page.licence.toPlainText()


def test_options(tmp_path: Path) -> None:
    options = gui.parse_args(["--data-dir", str(tmp_path), "--lang", "en"])
    assert options == gui.Options(data_dir=tmp_path.resolve(), language="en")
    shot = gui.parse_args(["--screenshot", str(tmp_path / "x.png"), "--page", "kunjungan", "--size", "1093x614"])
    assert shot.size == (1093, 614) and shot.page == "kunjungan" and shot.screenshot == tmp_path / "x.png"


def test_f1_opens_the_first_day_guide_in_the_windows_language(qtbot, make_launcher: MakeLauncher,
                                                               master_dir: Path) -> None:
    from PySide6.QtGui import QKeySequence

    shell = open_loaded(qtbot, make_launcher(master_dir))
    assert shell.window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    shell.window.help_action.trigger()
    text = shell.window.help_dialog.browser.toPlainText()
    assert "Panduan hari pertama" in text and "Ketik kode laptop" in text and "Disetujui" in text
    shell.window.help_dialog.reject()


def test_ctrl_f_puts_the_keyboard_in_the_search_box_of_the_page_shown(qtbot, make_launcher: MakeLauncher,
                                                                       demo_dir: Path) -> None:
    """From the navigation, Ctrl+F goes to the page's search box (the first of two lists),
    its old text selected to be typed over; a page without one is left as it is."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    shell = open_loaded(qtbot, make_launcher(demo_dir))
    window = shell.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    for key, box in (("kunjungan", lambda p: p.search), ("desa", lambda p: p.list.search),
                     ("petugas", lambda p: p.officers.search), ("verifikasi", lambda p: p.search),
                     ("jadwal", lambda p: p.search)):
        window.show_page(key)
        page = window.page(key)
        qtbot.waitUntil(lambda: page.has_data, timeout=60_000)  # noqa: B023
        window.nav.setFocus()
        box(page).setText("lama")
        qtbot.keyPress(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is box(page), key
        assert box(page).selectedText() == "lama", key
        box(page).clear()
    window.show_page("laporan")
    window.nav.setFocus()
    assert not window.focus_search() and QApplication.focusWidget() is window.nav


def test_the_first_window_fits_a_small_screen(qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    """With no size remembered, the window opens within the screen (the offscreen screen
    here, like a 1366 × 768 laptop at 125 %, has less room than the default size), with
    room left for the window system's frame; a remembered size is used as it was."""
    from PySide6.QtGui import QGuiApplication

    shell = open_loaded(qtbot, make_launcher(demo_dir))
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.width() < 1200  # (the default width)
    window = shell.window
    assert window.width() + window.FRAME_ROOM.width() <= area.width()
    assert window.height() + window.FRAME_ROOM.height() <= area.height()
    assert area.contains(window.geometry())
