"""``perut-gui`` starts: its real ``main`` (the GUI script's entry point) in a fresh
process, offscreen, on a real replica: the window's frame shows first, before the window is
built and before the database layer or QtNetwork is loaded; then the dashboard loads in
Indonesian, a second start hands over to it, and the program ends cleanly with exit 0 and
no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Runs perut_desktop.ui.app.main unchanged; only QApplication.exec is wrapped so that the
# event loop ends once the dashboard has loaded (or after a time limit, exit 9).
_DRIVER = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from perut_desktop.ui import app as gui
from perut_desktop.ui.shell import ShellWindow

real_exec = QApplication.exec
seen = {}
real_open_window = gui.Launcher.open_window

def open_window(self, *args, **kwargs):  # the acting staff member chosen without a dialog
    self.prompts.choose_staff = lambda parent, staff, current: staff[0].id if staff else None
    return real_open_window(self, *args, **kwargs)

gui.Launcher.open_window = open_window

def exec_(*_args):
    tops = QApplication.topLevelWidgets()
    first = next((w for w in tops if type(w).__name__ == "FirstRunDialog"), None)  # not imported before
    if first is not None:
        seen.update(first_run=first.isVisible(), title=first.windowTitle())
        QTimer.singleShot(0, lambda: QApplication.exit(0))
        return real_exec()
    window = next(w for w in tops if isinstance(w, ShellWindow))

    def first_frame():
        seen.update(built_at_first_frame=window.built,
                    loaded_at_first_frame=sorted(m for m in ("sqlalchemy", "PySide6.QtNetwork", "perut_desktop.ui.tasks")
                                                 if m in sys.modules))
    window.first_frame.connect(first_frame)

    def built():
        if not window.built:
            QTimer.singleShot(5, built)
            return
        window.dashboard.loaded.connect(done)
        window.status_loaded.connect(done)
        done()

    def done():
        if window.status is None or not window.dashboard.has_data or window.dashboard.from_snapshot:
            return
        if "second" not in seen:  # a second start on the same data folder hands over and exits
            import os, subprocess
            seen["second"] = subprocess.run([sys.executable, "-m", "perut_desktop.ui.app", *sys.argv[1:]],
                                            capture_output=True, timeout=60, env=os.environ).returncode
            QTimer.singleShot(0, done)
            return
        model = window.dashboard.table.model()
        seen.update(title=window.windowTitle(), visible=window.isVisible(), rows=model.rowCount(),
                    header=model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal),
                    menus=[a.text() for a in window.menuBar().actions()], role=window.role_label.text())
        window.closing_confirmed = True
        QApplication.exit(0)
    QTimer.singleShot(0, built)
    QTimer.singleShot(60_000, lambda: QApplication.exit(9))
    return real_exec()

QApplication.exec = exec_
code = gui.main(sys.argv[1:])
print(json.dumps(seen))
sys.exit(code)
"""


def _start(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # the log file and Qt's caches go to a temporary home, never the user's
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_CONFIG_HOME=str(home / "config"))
    env.pop("LANG", None)
    env.pop("LANGUAGE", None)
    return subprocess.run([sys.executable, "-c", _DRIVER, *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_perut_gui_starts_on_a_replica_in_indonesian(master_dir: Path, tmp_path: Path) -> None:
    proc = _start(tmp_path / "home", "--data-dir", str(master_dir))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert not seen["built_at_first_frame"] and seen["loaded_at_first_frame"] == []
    assert seen["second"] == 0
    assert seen["visible"] and seen["rows"] == 23
    assert seen["title"] == "Pendampingan Rutin Kecamatan Awayan — PERUT"
    assert seen["header"] == "Desa" and seen["menus"] == ["&Berkas", "B&antuan"]
    assert seen["role"] == "Peran: Master"
    assert list((tmp_path / "home" / "state").rglob("perut-gui.log")), "the log goes to the user's log folder"


def test_perut_gui_starts_without_a_replica_in_the_first_run_dialog(tmp_path: Path) -> None:
    proc = _start(tmp_path / "home", "--data-dir", str(tmp_path / "kosong"))
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["first_run"] and seen["title"] == "Selamat datang di PERUT"
    assert not (tmp_path / "kosong" / "perut.sqlite").exists(), "looking must not create a replica"
