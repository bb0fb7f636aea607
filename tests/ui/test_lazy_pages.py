"""The window builds only its start page; every other page is imported and built the first
time it is shown, wired as one built at start: it receives the changes made after it,
master-only pages never appear on a laptop, and the first frame leaves the charts, the
dialogs, the other pages' modules and the database layer unloaded (the task runner holds
the first loads until it has painted)."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from perut_desktop.ui.shell import PAGE_REGISTRY
from tests.ui.conftest import MakeLauncher, open_loaded
from tests.ui.sync_helpers import through_client

ROOT = Path(__file__).resolve().parents[2]


def _remember_page(settings_file: Path, key: str) -> None:
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue("window/page", key)
    settings.sync()


def test_the_registry_names_each_page_as_its_class_does() -> None:
    for entry in PAGE_REGISTRY:
        module = importlib.import_module(entry.module)
        cls = entry.page_class()
        assert cls.__name__ == entry.class_name and cls.KEY == entry.key
        assert cls.MASTER_ONLY is entry.master_only
        assert str(module.TITLE) == str(entry.title_source)
        # what every page provides itself (the base class declares it, without stubs)
        assert all(callable(getattr(cls, name, None)) for name in ("title", "load", "show_data")), cls


def test_at_start_only_the_start_page_is_built(qtbot: Any, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    shell = open_loaded(qtbot, make_launcher(demo_dir))
    window = shell.window
    assert list(window.pages) == ["dasbor"]
    # the navigation lists every page all the same, with the review queue's count
    qtbot.waitUntil(lambda: window.nav.item(2).text() == "Verifikasi (8)", timeout=30_000)
    assert list(window.pages) == ["dasbor"]
    assert window.show_page("jadwal")
    assert list(window.pages) == ["dasbor", "jadwal"] and window.current_page_key() == "jadwal"
    # a reload marks the pages built; the others load when first shown anyway
    window.reload()
    assert window.pages["dasbor"].out_of_date
    assert list(window.pages) == ["dasbor", "jadwal"]


def test_a_page_built_on_first_show_receives_later_changes(qtbot: Any, make_launcher: MakeLauncher,
                                                           master_dir: Path) -> None:
    from perut_desktop.services import people, villages, visits

    shell = open_loaded(qtbot, make_launcher(master_dir))
    window = shell.window
    officer = through_client(qtbot, shell, people.add_officer, name="Rahmadi", villages=["Bihara", "Awayan"])
    assert "kunjungan" not in window.pages
    with qtbot.waitSignal(window.visits_page.loaded, timeout=60_000):
        window.show_page("kunjungan")
    page = window.visits_page
    assert page.model.rowCount() == 0

    def new_visit(village: str) -> str:
        village_id = through_client(qtbot, shell, villages.find_village, village, change=False).id
        return through_client(qtbot, shell, visits.create_visit, village_id=village_id, officer_id=officer.id,
                              visit_date=dt.date.today()).id

    # shown: a change made through the workspace refreshes it
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        first = new_visit("Bihara")
    assert [row.id for row in page.model.rows] == [first]
    # hidden: it only marks itself, and loads when shown again
    window.show_page("dasbor")
    loads = page.loads
    second = new_visit("Awayan")
    qtbot.waitUntil(lambda: page.out_of_date, timeout=10_000)
    assert page.loads == loads
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        window.show_page("kunjungan")
    assert sorted(row.id for row in page.model.rows) == sorted([first, second])


def test_master_only_pages_never_appear_on_a_laptop(qtbot: Any, make_launcher: MakeLauncher, master: Any,
                                                     tmp_path: Path, settings_file: Path) -> None:
    from tests.sync.helpers import add_officer, make_field

    add_officer(master, "Rahmadi", ["Bihara"])
    make_field(master, tmp_path / "laptop", "Rahmadi").close()
    _remember_page(settings_file, "verifikasi")  # as the office's window left it on this computer
    shell = open_loaded(qtbot, make_launcher(tmp_path / "laptop"))
    window = shell.window
    assert window.current_page_key() == "dasbor" and list(window.pages) == ["dasbor"]
    hidden = {entry.key for entry in PAGE_REGISTRY if window.nav_item(entry.key).isHidden()}
    assert hidden == {"verifikasi", "petugas"}
    assert not window.show_page("verifikasi") and not window.show_page("petugas")
    assert "verifikasi" not in window.pages and "petugas" not in window.pages


def test_the_master_starts_on_its_remembered_master_only_page(qtbot: Any, make_launcher: MakeLauncher,
                                                              master_dir: Path, settings_file: Path) -> None:
    _remember_page(settings_file, "petugas")
    shell = make_launcher(master_dir).open_window(master_dir, start=False)
    window = shell.window
    assert list(window.pages) == ["dasbor"]  # not before the status says this is the master
    window.show()
    with qtbot.waitSignal(window.status_loaded, timeout=60_000):
        window.start()
    assert window.current_page_key() == "petugas" and "petugas" in window.pages
    page = window.page("petugas")
    qtbot.waitUntil(lambda: page.has_data, timeout=60_000)


# The first frame in a fresh process: a laptop whose window was left on the visit list.
_FIRST_FRAME = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
from perut_desktop.ui import app as gui
from perut_desktop.ui.screenshot import ScreenshotPrompts

qt = QApplication(sys.argv[:1])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
launcher = gui.Launcher(qt, gui.parse_args(["--data-dir", sys.argv[1]]), prompts=ScreenshotPrompts(),
                        settings=settings)
shell = launcher.open_window(launcher.options.data_dir, start=False)
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.update(pages=list(shell.window.pages), modules=sorted(sys.modules))
            qt.exit(0)
        return False

spy = FirstPaint()
shell.window.installEventFilter(spy)
shell.window.show()
qt.exec()
launcher.close()
print(json.dumps(seen))
"""


def test_the_first_frame_builds_the_remembered_page_only(master: Any, tmp_path: Path) -> None:
    from tests.sync.helpers import add_officer, make_field

    add_officer(master, "Rahmadi", ["Bihara"])
    make_field(master, tmp_path / "laptop", "Rahmadi").close()
    ini = tmp_path / "settings.ini"
    _remember_page(ini, "kunjungan")
    proc = subprocess.run([sys.executable, "-c", _FIRST_FRAME, str(tmp_path / "laptop"), str(ini)],
                          check=False, capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["pages"] == ["kunjungan"]
    modules = set(seen["modules"])
    assert "perut_desktop.ui.pages.visits" in modules
    loaded_late = {"PySide6.QtCharts", "perut_desktop.ui.pages.dashboard", "perut_desktop.ui.pages.sync",
                   "perut_desktop.ui.pages.reports", "perut_desktop.ui.pages.settings",
                   "perut_desktop.ui.dialogs.new_visit", "perut_desktop.ui.dialogs.help",
                   "perut_desktop.ui.editor.window", "perut_desktop.reports", "perut_desktop.sync",
                   # the worker starts loading once the first frame is painted
                   "sqlalchemy", "perut_desktop.db", "importlib.metadata"}
    assert not loaded_late & modules, loaded_late & modules


def test_work_queued_while_the_runner_is_held_starts_in_order_on_release(qtbot: Any) -> None:
    from perut_desktop.ui.tasks import ProgressMode, TaskRunner

    runner = TaskRunner()
    try:
        started: list[int] = []
        done: list[int] = []
        runner.hold(60_000)
        for n in (1, 2, 3):
            runner.run(lambda _ctx, n=n: started.append(n) or n, label="work", on_done=done.append,
                       mode=ProgressMode.NONE)
        qtbot.wait(100)
        assert started == [] and runner.busy  # queued, not started
        runner.release()
        qtbot.waitUntil(lambda: done == [1, 2, 3], timeout=10_000)
        assert started == [1, 2, 3]
        # and without a release, a hold ends by itself
        runner.hold(50)
        runner.run(lambda _ctx: 4, label="work", on_done=done.append, mode=ProgressMode.NONE)
        qtbot.waitUntil(lambda: done == [1, 2, 3, 4], timeout=10_000)
    finally:
        runner.shutdown()
