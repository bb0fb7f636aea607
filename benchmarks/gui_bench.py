"""GUI start-up benchmark (DESIGN.md §8): ratios to a bare PySide6 window started the same way.

    python benchmarks/gui_bench.py --data-dir DIR [--repeat 5] [--platform offscreen]

Each measurement is a fresh Python process, timed from just before it is started:

* *bare*: ``QApplication`` + an empty ``QMainWindow``, until its first paint event;
* *frame*: ``perut-gui`` started as a user starts it (``ui.app.main``: options, log file,
  application, translation, the single-instance lock, the window's frame), with the package
  compiled to bytecode as an installation has it, until its window's first paint event —
  budget ≤ 1.5 × bare; also the processor time (all threads) each process used until then;
* *filled*: the same process until the window, built on its frame, paints with the
  dashboard's villages — from the snapshot of the last run (read without SQLAlchemy) —
  budget ≤ 3 × bare;
* *fresh*: until the dashboard shows data freshly loaded off the UI thread (no budget; the
  snapshot stands in for it until then);
* *RSS*: the process's resident memory once the fresh data is shown — budget < 250 MB;
* the visit list (:mod:`perut_desktop.ui.models.visit_table`) on the replica's visits and on
  ten times as many: the slowest of its filters and sorts, best of several runs, in a shown
  table — budget 100 ms each;
* the visit editor (:mod:`perut_desktop.ui.editor.window`) on a new visit to a village with
  the replica's whole history: opening it until the header and every tab show their data
  (median of 5) — budget under one bare-window start —, and a status key pressed in the
  books until the indicator says *Tersimpan* (median and 95th percentile of 50) — budget
  50 ms median —, the keys pressed back to back (each as soon as the last says
  *Tersimpan*, while the window behind still refreshes its page) and each pressed once the
  window is idle.
* the office's pages: from showing each page (out of date) until its data is shown — the
  dashboard with its charts, the review queue, the schedule grid of a full year, the village
  list — and a village's page with its whole history (five years on the 5-year demo); median
  of three — budget 500 ms each —; then the same with the compliance findings the workspace
  keeps cleared before each showing, as after a change (``--pages-only``: this part alone).

``--data-dir`` is a replica (the 5-year demo: ``build_demo.py --years 5 --keep DIR``); it
is copied to a temporary folder first, so the benchmark never changes it. The median of
``--repeat`` runs is printed as a Markdown row.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The child programs print one JSON line: seconds since the epoch at each milestone.
BARE = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(json.dumps({"frame": time.time(), "cpu": time.process_time()}), flush=True)
            app.quit()
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

PERUT = """
import json, os, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from perut_desktop.ui import app as gui

# perut-gui's own start (gui.main: options, log file, application, single-instance lock,
# launcher, the window's frame, the window built on it, the single-instance server), with only what a benchmark needs added: a spy on the first paint, the
# shell kept, and the acting staff member answered without a dialog.
marks = {}
state = {}

def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

class FirstPaint(QObject):
    # On the main window only, as the bare window's spy (a filter on the whole application
    # would make PySide resolve the type of every object that gets an event, which costs the
    # start 20-30 ms on xcb): its first paint (its frame, built or not yet), and its first
    # paint with the dashboard's rows in it (from the snapshot, or fresh; the window paints
    # itself again once built).
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if "frame" not in marks:
                marks["frame"] = time.time()
                # the process's processor time (all threads; os.times() counts in 10 ms ticks)
                marks["cpu"] = time.process_time()
            if "filled" not in marks and "shell" in state and state["shell"].window.dashboard.model.rowCount():
                marks["filled"] = time.time()
        return False

def fresh():
    if "fresh" in marks or state["shell"].window.dashboard.from_snapshot:
        return
    marks["fresh"] = time.time()
    marks.setdefault("filled", marks["fresh"])
    marks["rss_mb"] = rss_mb()
    print(json.dumps(marks), flush=True)
    QApplication.instance().exit(0)  # not quit(): that asks the window to close first while work runs

spy = FirstPaint()
_open_frame = gui.Launcher.open_frame
def open_frame(self, *args, **kwargs):
    window = _open_frame(self, *args, **kwargs)  # shown: it paints once the event loop runs
    window.installEventFilter(spy)
    return window
gui.Launcher.open_frame = open_frame

def choose_staff(self, parent, staff, current):
    return current or (staff[0].id if staff else None)

_open_window = gui.Launcher.open_window
def open_window(self, data_dir, **kwargs):
    from perut_desktop.ui import prompts  # patched here, not before the frame: perut-gui loads it later
    prompts.Prompts.choose_staff = choose_staff
    shell = _open_window(self, data_dir, **kwargs)
    state["shell"] = shell
    shell.window.dashboard.loaded.connect(lambda: QTimer.singleShot(0, fresh))
    return shell
gui.Launcher.open_window = open_window

sys.exit(gui.main(["--data-dir", sys.argv[1]]))
"""

#: The visit list's filter and sort, in one process: the replica's visits (about 1,400 in
#: the 5-year demo) and ten times as many made from them, in a shown table.
VISITS = """
import dataclasses, json, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from perut_desktop.enums import VisitStatus
from perut_desktop.operations.workspace import Workspace
from perut_desktop.ui.models.visit_table import VisitFilter, VisitFilterProxy, VisitTableModel
from perut_desktop.ui.widgets.table_style import style_table

app = QApplication(sys.argv[:1])
ws = Workspace(Path(sys.argv[1]))
rows = ws.visit_rows()
ws.close()

def best(action, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        action()
        app.processEvents()
        times.append(time.perf_counter() - t)
    return min(times)

out = {}
for label, data in (("n", rows), ("n10", [dataclasses.replace(r, id=f"{r.id}-{k}") for k in range(10) for r in rows])):
    model, proxy, view = VisitTableModel(), VisitFilterProxy(), QTableView()
    proxy.setSourceModel(model)
    view.setModel(proxy)
    style_table(view)
    view.resize(1100, 600)
    view.show()
    model.set_rows(data)
    app.processEvents()
    village = data[0].village_id
    header = view.horizontalHeader()
    filters = [VisitFilter(village_id=village), VisitFilter(text="bihara"), VisitFilter(status=VisitStatus.DRAF),
               VisitFilter()]
    out[label] = {
        "rows": len(data),
        "filter_ms": 1000 * max(best(lambda f=f: proxy.set_filter(f)) for f in filters),
        "sort_ms": 1000 * max(best(lambda c=c: (header.setSortIndicator(c, Qt.SortOrder.AscendingOrder),
                                                 header.setSortIndicator(c, Qt.SortOrder.DescendingOrder)),
                                   repeat=3) / 2 for c in range(7)),
    }
print(json.dumps(out), flush=True)
"""


#: The visit editor in the real window: opening it, and a status key until "Tersimpan".
EDITOR = """
import json, statistics, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from perut_desktop.db import open_replica
from perut_desktop.services import people, villages, visits
from perut_desktop.services.common import today
from perut_desktop.ui import app as gui
from perut_desktop.ui.screenshot import ScreenshotPrompts

data = Path(sys.argv[1])
replica = open_replica(data)
with replica.begin() as s:
    actor = people.list_users(s)[0].id
with replica.begin(actor_id=actor) as s:
    officer = people.list_officers(s)[0].id
    village = villages.list_villages(s)[0].id
    vid = visits.create_visit(s, village_id=village, officer_id=officer, visit_date=today(s)).id
replica.close()

qt = QApplication(sys.argv[:1])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
launcher = gui.Launcher(qt, gui.parse_args(["--data-dir", str(data)]), prompts=ScreenshotPrompts(),
                        settings=settings)
shell = launcher.open_window(data, start=False)
window = shell.window
window.show()
window.start()

def wait_until(pred, timeout=60.0):
    end = time.perf_counter() + timeout
    while not pred():
        if time.perf_counter() > end:
            raise SystemExit("timed out")
        qt.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)

def settled(editor):
    done = []
    window.client.read(lambda _ws: None, label="", on_done=done.append, owner=editor)
    wait_until(lambda: bool(done))

wait_until(lambda: window.status is not None)
opening = []
for _ in range(5):
    t = time.perf_counter()
    editor = window.open_visit(vid)
    wait_until(lambda: editor.visit is not None)
    settled(editor)
    qt.processEvents()
    opening.append(time.perf_counter() - t)
    editor.close()
    qt.processEvents()
editor = window.open_visit(vid)
wait_until(lambda: editor.visit is not None)
settled(editor)
books = editor.tab("buku")
first = books.model.index(books.model.row_of(books.model.books()[0].code), 1)
books.table.setFocus()
def presses(drained):
    times = []
    for n in range(50):
        books.table.setCurrentIndex(first)
        if drained:  # what the last change set off (the window's refreshes) is done
            wait_until(lambda: not window.client.runner.busy)
        t = time.perf_counter()
        QTest.keyClick(books.table, Qt.Key.Key_1 if n % 2 == 0 else Qt.Key.Key_2)
        wait_until(lambda: editor.save_state == "saved" and editor._in_flight() == 0)
        times.append(time.perf_counter() - t)
    times.sort()
    return 1000 * statistics.median(times), 1000 * times[int(0.95 * len(times)) - 1]

wait_until(lambda: not window.client.runner.busy)
busy = presses(False)
idle = presses(True)
print(json.dumps({"open_s": statistics.median(opening), "key_median_ms": busy[0], "key_p95_ms": busy[1],
                  "idle_median_ms": idle[0], "idle_p95_ms": idle[1]}), flush=True)
editor.close()
launcher.close()
"""

#: The office's pages: each shown out of date, timed until its data is shown (``loaded``),
#: and one village's page with its whole history.
PAGES = """
import json, statistics, sys, time
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from perut_desktop.ui import app as gui
from perut_desktop.ui.screenshot import ScreenshotPrompts

qt = QApplication(sys.argv[:1])
options = gui.parse_args(["--data-dir", sys.argv[1]])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
launcher = gui.Launcher(qt, options, prompts=ScreenshotPrompts(), settings=settings)
shell = launcher.open_window(options.data_dir, start=False)
window = shell.window
window.resize(1366, 768)
window.show()
window.start()

def settle(ms=20):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

def timed(start, signal):
    loop = QEventLoop()
    signal.connect(loop.quit)
    t = time.perf_counter()
    start()
    loop.exec()
    signal.disconnect(loop.quit)
    return 1000 * (time.perf_counter() - t)

while window.status is None or not window.dashboard.has_data or window.dashboard.from_snapshot:
    settle()
out = {}
workspace = window.client.workspace


def forget():
    # as after a change: the compliance findings kept by the workspace are evaluated afresh
    settle(50)
    cache = getattr(workspace, "findings_cache", None)
    if cache is not None:
        cache().clear()


for fresh in (False, True):
    suffix = " (after a change)" if fresh else ""
    for key in ("dasbor", "verifikasi", "jadwal", "desa"):
        page = window.page(key)
        times = []
        for _ in range(3):
            window.show_page("kunjungan")
            settle(200)
            page.mark_out_of_date()
            if fresh:
                forget()
            times.append(timed(lambda: window.show_page(key), page.loaded))
        out[key + suffix] = statistics.median(times)
    villages = window.page("desa")
    row = max(villages.list.shown(), key=lambda r: r.code)
    times = []
    for _ in range(3):
        if fresh:
            forget()
        times.append(timed(lambda: villages.open_village(row.id), villages.village_shown))
    out["desa:" + row.name + suffix] = statistics.median(times)
print(json.dumps(out), flush=True)
launcher.close()
"""


def run(program: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", program, *args], capture_output=True, text=True,
                         env=env, timeout=300, check=True).stdout
    marks = json.loads(out.strip().splitlines()[-1])
    return {k: (v - start if k in ("frame", "filled", "fresh") else v) for k, v in marks.items()}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data-dir", type=Path, required=True, help="a replica, e.g. the 5-year demo")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    p.add_argument("--pages-only", action="store_true", help="only the office's pages (the PAGES part)")
    p.add_argument("--start-only", action="store_true",
                   help="only the start-up figures (bare, frame, filled, fresh, RSS), not the lists, editor and pages")
    args = p.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, LANG="C.UTF-8")
    if args.pages_only:
        with tempfile.TemporaryDirectory(prefix="perut-gui-bench-") as tmp:
            data = Path(tmp) / "replica"
            shutil.copytree(args.data_dir, data)
            pages = json.loads(subprocess.run([sys.executable, "-c", PAGES, str(data), str(Path(tmp) / "settings.ini")],
                                              capture_output=True, text=True, env=env, timeout=600,
                                              check=True).stdout.strip().splitlines()[-1])
        print_pages(pages)
        return
    with tempfile.TemporaryDirectory(prefix="perut-gui-bench-") as tmp:
        data = Path(tmp) / "replica"
        shutil.copytree(args.data_dir, data)
        ini = str(Path(tmp) / "settings.ini")
        # perut-gui's settings, log and lock in the temporary folder, never the user's own
        start_env = dict(env, **{name: str(Path(tmp) / name.lower()) for name in
                                 ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME")})
        # As installed (pip and the installer compile the package): bytecode, not source
        # compiled at every start (which PYTHONDONTWRITEBYTECODE would otherwise cause).
        compileall.compile_dir(Path(__file__).resolve().parents[1] / "perut_desktop", quiet=1)
        run(BARE, env=env)  # warm the file cache for both
        run(PERUT, str(data), env=start_env)  # and leave the dashboard's snapshot, as any run does
        bare, frame, filled, fresh, rss, bare_cpu, frame_cpu = [], [], [], [], [], [], []
        for _ in range(args.repeat):
            bare_marks = run(BARE, env=env)
            bare.append(bare_marks["frame"])
            bare_cpu.append(bare_marks["cpu"])
            marks = run(PERUT, str(data), env=start_env)
            frame.append(marks["frame"])
            frame_cpu.append(marks["cpu"])
            filled.append(marks["filled"])
            fresh.append(marks["fresh"])
            rss.append(marks["rss_mb"])
        if args.start_only:
            visits = editor = pages = None
        else:
            visits = json.loads(subprocess.run([sys.executable, "-c", VISITS, str(data)], capture_output=True, text=True,
                                               env=env, timeout=600, check=True).stdout.strip().splitlines()[-1])
            editor = json.loads(subprocess.run([sys.executable, "-c", EDITOR, str(data), ini], capture_output=True,
                                               text=True, env=env, timeout=600,
                                               check=True).stdout.strip().splitlines()[-1])
            pages = json.loads(subprocess.run([sys.executable, "-c", PAGES, str(data), ini], capture_output=True,
                                              text=True, env=env, timeout=600,
                                              check=True).stdout.strip().splitlines()[-1])
    b, f, d, n = (statistics.median(x) for x in (bare, frame, filled, fresh))
    print("| run on | platform | bare window | PERUT frame | ratio (≤ 1.5) | dashboard filled (snapshot) | ratio (≤ 3) "
          "| fresh data | ratio | RSS (< 250 MB) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(f"| {dt.date.today()} | {args.platform}, Python {platform.python_version()} | {b:.2f} s | {f:.2f} s | "
          f"{f / b:.2f} × | {d:.2f} s | {d / b:.2f} × | {n:.2f} s | {n / b:.2f} × | {max(rss):.0f} MB |")
    print("frames (s): bare", " ".join(f"{x:.2f}" for x in bare), "; PERUT", " ".join(f"{x:.2f}" for x in frame))
    bc, fc = statistics.median(bare_cpu), statistics.median(frame_cpu)
    print(f"processor time until the first frame (median): bare {bc:.2f} s, PERUT {fc:.2f} s, {fc / bc:.2f} ×")
    if visits is None or editor is None or pages is None:
        return
    print()
    print("| visits | slowest filter (≤ 100 ms) | slowest sort (≤ 100 ms) |")
    print("|---|---|---|")
    for v in visits.values():
        print(f"| {v['rows']} | {v['filter_ms']:.0f} ms | {v['sort_ms']:.0f} ms |")
    print()
    print("| editor opened | ratio to bare (< 1) | key to Tersimpan, keys back to back: median (< 50 ms) | p95 "
          "| each key after the window's refreshes: median | p95 |")
    print("|---|---|---|---|---|---|")
    print(f"| {editor['open_s']:.2f} s | {editor['open_s'] / b:.2f} × | {editor['key_median_ms']:.0f} ms | "
          f"{editor['key_p95_ms']:.0f} ms | {editor['idle_median_ms']:.0f} ms | {editor['idle_p95_ms']:.0f} ms |")
    print_pages(pages)


def print_pages(pages: dict[str, float]) -> None:
    print("| page shown until its data is (≤ 500 ms) | time |")
    print("|---|---|")
    for name, ms in pages.items():
        print(f"| {name} | {ms:.0f} ms |")


if __name__ == "__main__":
    main()
