"""``perut-gui --screenshot``: one grammar for all pages; a PNG after the data has loaded,
exit 0; a page this version does not have yet, exit 2 with one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from perut_desktop.ui.screenshot import PAGES, check_page


@pytest.mark.parametrize("page", ["mulai", "dasbor", "kunjungan", "kunjungan-baru", "tentang", "verifikasi",
                                  "jadwal", "desa", "desa:63.11.03.2004", "petugas", "sinkronisasi",
                                  "sinkronisasi:konflik", "laporan", "pengaturan", "pengaturan:komputer",
                                  "pengaturan:cadangan", "editor:buku",
                                  "editor:hadir", "editor:notulen", "editor:tindak-lanjut", "editor:lampiran",
                                  "editor:riwayat"])
def test_pages_of_this_version_are_accepted(page: str) -> None:
    assert check_page(page) is None


@pytest.mark.parametrize(("page", "message"), [
    ("editor:umum", "kesalahan penggunaan: --page: bagian 'umum' tidak dikenal; yang ada: editor:buku, "
                    "editor:hadir, editor:notulen, editor:tindak-lanjut, editor:lampiran, editor:riwayat."),
    ("editor", "kesalahan penggunaan: --page: sebutkan bagiannya, mis. 'editor:umum'."),
    ("dasbor:x", "kesalahan penggunaan: --page: halaman 'dasbor' tidak punya bagian ('dasbor:x')."),
    ("sinkronisasi:lain", "kesalahan penggunaan: --page: bagian 'lain' tidak dikenal; yang ada: "
                          "'sinkronisasi:konflik'."),
    ("pengaturan:logo", "kesalahan penggunaan: --page: bagian 'logo' tidak dikenal; yang ada: "
                        "pengaturan:kecamatan, pengaturan:komputer, pengaturan:cadangan."),
])
def test_other_pages_are_refused_in_one_line(page: str, message: str) -> None:
    assert check_page(page) == message


def test_the_grammar_names_every_page_of_the_finished_program() -> None:
    assert list(PAGES) == ["mulai", "dasbor", "kunjungan", "kunjungan-baru", "editor", "verifikasi", "jadwal",
                           "desa", "petugas", "sinkronisasi", "laporan", "pengaturan", "tentang"]
    assert {name for name, spec in PAGES.items() if spec.master_only} == {"verifikasi", "petugas"}
    assert "tidak dikenal" in (check_page("gudang") or "")


def _gui(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run([sys.executable, "-m", "perut_desktop.ui.app", *args], capture_output=True, text=True,
                          env=env, timeout=180)


def test_a_page_is_written_as_a_png(master_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "kunjungan.png"
    proc = _gui(tmp_path, "--data-dir", str(master_dir), "--screenshot", str(out), "--page", "kunjungan",
                "--size", "1366x768")
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_an_unknown_page_exits_2_in_one_line(master_dir: Path, tmp_path: Path) -> None:
    proc = _gui(tmp_path, "--data-dir", str(master_dir), "--screenshot", str(tmp_path / "x.png"), "--page", "gudang")
    assert proc.returncode == 2 and not (tmp_path / "x.png").exists()
    assert proc.stderr.startswith("perut-gui: kesalahan penggunaan: --page: halaman 'gudang' tidak dikenal; ")
    assert proc.stderr.count("\n") == 1
    assert not (tmp_path / "x.png").exists()


def test_an_editor_tab_is_written_as_a_png(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "editor.png"
    proc = _gui(tmp_path, "--data-dir", str(demo_dir), "--screenshot", str(out), "--page", "editor:buku",
                "--visit", "latest", "--size", "1366x768")
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
