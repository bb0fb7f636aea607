"""GUI start-up benchmark (DESIGN.md §8): ratios to a bare PySide6 window started the same way.

    python benchmarks/gui_bench.py --data-dir DIR [--repeat 5] [--platform offscreen]

Each measurement is a fresh Python process, timed from just before it is started:

* *bare*: ``QApplication`` + an empty ``QMainWindow``, until its first paint event;
* *frame*: ``perut-gui``'s window (translation loaded, menus, dashboard widgets) until its
  first paint event — budget ≤ 1.5 × bare;
* *filled*: the same process until the dashboard shows the replica's data (loaded off the
  UI thread) — budget ≤ 3 × bare;
* *RSS*: the process's resident memory once the dashboard is filled — budget < 250 MB.

``--data-dir`` is a replica (the 5-year demo: ``build_demo.py --years 5 --keep DIR``); it
is copied to a temporary folder first, so the benchmark never changes it. The median of
``--repeat`` runs is printed as a Markdown row.
"""

from __future__ import annotations

import argparse
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
import json, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(json.dumps({"frame": time.time()}), flush=True)
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
import json, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from perut_desktop.ui import app as gui

marks = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "frame" not in marks:
            marks["frame"] = time.time()
        return False

def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def filled():
    # Let the queued model update and repaint run before the clock stops.
    QTimer.singleShot(0, finish)

def finish():
    marks["filled"] = time.time()
    marks["rss_mb"] = rss_mb()
    print(json.dumps(marks), flush=True)
    qt.quit()

options = gui.parse_args(["--data-dir", sys.argv[1]])
qt = QApplication(sys.argv[:1])
backend = gui.ReplicaBackend(options.data_dir)
shell = gui.build(qt, options, backend)
spy = FirstPaint()
shell.window.installEventFilter(spy)
shell.window.overview_loaded.connect(lambda _overview: filled())
shell.window.show()
QTimer.singleShot(0, shell.window.reload)
qt.exec()
shell.close(qt, cleanup=backend.close)
"""


def run(program: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", program, *args], capture_output=True, text=True,
                         env=env, timeout=300, check=True).stdout
    marks = json.loads(out.strip().splitlines()[-1])
    return {k: (v - start if k in ("frame", "filled") else v) for k, v in marks.items()}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data-dir", type=Path, required=True, help="a replica, e.g. the 5-year demo")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = p.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, LANG="C.UTF-8")
    with tempfile.TemporaryDirectory(prefix="perut-gui-bench-") as tmp:
        data = Path(tmp) / "replica"
        shutil.copytree(args.data_dir, data)
        run(BARE, env=env)  # warm the file cache for both
        run(PERUT, str(data), env=env)
        bare, frame, filled, rss = [], [], [], []
        for _ in range(args.repeat):
            bare.append(run(BARE, env=env)["frame"])
            marks = run(PERUT, str(data), env=env)
            frame.append(marks["frame"])
            filled.append(marks["filled"])
            rss.append(marks["rss_mb"])
    b, f, d = (statistics.median(x) for x in (bare, frame, filled))
    print("| run on | platform | bare window | PERUT frame | ratio (≤ 1.5) | dashboard filled | ratio (≤ 3) | RSS (< 250 MB) |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {dt.date.today()} | {args.platform}, Python {platform.python_version()} | {b:.2f} s | {f:.2f} s | "
          f"{f / b:.2f} × | {d:.2f} s | {d / b:.2f} × | {max(rss):.0f} MB |")


if __name__ == "__main__":
    main()
