"""Make docs/screenshots/: each page of the window at 1366×768, at 100 % and at 125 %
scaling (QT_SCALE_FACTOR=1.25, a 1093×614 window in logical pixels), from a demo replica.

    .venv/bin/python scripts/make_screenshots.py [--demo FOLDER] [--out docs/screenshots]

Without --demo a one-year demo (seed 7, ending 20 November 2026) is made in a temporary
folder first (about a minute)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: (file name, --page, extra options)
SHOTS = (
    ("mulai", "mulai", ()),
    ("dasbor", "dasbor", ()),
    ("kunjungan", "kunjungan", ()),
    ("kunjungan-baru", "kunjungan-baru", ()),
    ("editor-buku", "editor:buku", ("--visit", "latest")),
    ("editor-hadir", "editor:hadir", ("--visit", "latest")),
    ("editor-notulen", "editor:notulen", ("--visit", "latest")),
    ("editor-tindak-lanjut", "editor:tindak-lanjut", ("--visit", "latest")),
    ("editor-lampiran", "editor:lampiran", ("--visit", "latest")),
    ("editor-riwayat", "editor:riwayat", ("--visit", "latest")),
    ("kunjungan-dibuka", "kunjungan", ("--visit", "latest")),
    ("sinkronisasi", "sinkronisasi", ()),
    ("sinkronisasi-konflik", "sinkronisasi:konflik", ()),
    ("laporan", "laporan", ()),
    ("pengaturan", "pengaturan", ()),
    ("pengaturan-komputer", "pengaturan:komputer", ()),
    ("pengaturan-cadangan", "pengaturan:cadangan", ()),
    ("verifikasi", "verifikasi", ()),
    ("jadwal", "jadwal", ()),
    ("desa", "desa", ()),
    ("desa-bihara", "desa:Bihara", ()),
    ("petugas", "petugas", ()),
    ("tentang", "tentang", ()),
)
SCALES = (("100", "1", "1366x768"), ("125", "1.25", "1093x614"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--demo", type=Path, help="an existing demo data folder")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="perut-shots-") as tmp:
        demo = args.demo
        if demo is None:
            demo = Path(tmp) / "demo"
            subprocess.run([sys.executable, "-c", (
                "import datetime as dt, sys; from pathlib import Path; "
                "from perut_desktop.operations.first_run import make_demo; "
                "make_demo(Path(sys.argv[1]), years=1, seed=7, today=dt.date(2026, 11, 20))"), str(demo)],
                check=True)
        empty = Path(tmp) / "kosong"
        for suffix, factor, size in SCALES:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=factor)
            for name, page, extra in SHOTS:
                target = args.out / f"{name}-{suffix}.png"
                folder = empty if page == "mulai" else demo
                cmd = [sys.executable, "-m", "perut_desktop.ui.app", "--data-dir", str(folder),
                       "--screenshot", str(target), "--page", page, "--size", size, *extra]
                result = subprocess.run(cmd, env=env, capture_output=True, text=True)
                print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
                      f"{'ok' if result.returncode == 0 else result.stderr.strip()}")
                if result.returncode != 0:
                    return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
