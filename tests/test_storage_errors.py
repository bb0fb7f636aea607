"""A full disk, a failing medium or a database held by another program: one clear line in
Indonesian, the exit code of DESIGN.md §9, and nothing changed."""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError as SAOperationalError

from perut_desktop.errors import storage_problem
from tests.test_cli import one_line_error, perut


@pytest.mark.parametrize(("error", "needle", "code"), [
    (sqlite3.OperationalError("database or disk is full"), "ruang penyimpanan penuh", 1),
    (sqlite3.OperationalError("disk I/O error"), "kesalahan baca/tulis", 1),
    (sqlite3.OperationalError("attempt to write a readonly database"), "hanya dapat dibaca", 1),
    (SAOperationalError("UPDATE …", {}, sqlite3.OperationalError("database or disk is full")),
     "ruang penyimpanan penuh", 1),
    (SAOperationalError("UPDATE …", {}, sqlite3.OperationalError("database is locked")), "dipakai program lain", 4),
    (OSError(errno.ENOSPC, "No space left on device"), "ruang penyimpanan penuh", 1),
    (OSError(errno.EROFS, "Read-only file system"), "hanya dapat dibaca", 1),
    (OSError(errno.EFBIG, "File too large"), "terlalu besar untuk media itu", 1),
])
def test_storage_troubles_are_named_in_one_indonesian_line(error: BaseException, needle: str, code: int) -> None:
    problem = storage_problem(error)
    assert problem is not None
    message, exit_code = problem.message, problem.exit_code
    assert needle in message and "Tidak ada yang berubah" in message and "\n" not in message
    assert exit_code == code


@pytest.mark.parametrize("error", [ValueError("x"), sqlite3.OperationalError("no such table: visit"),
                                   OSError(errno.EBADF, "Bad file descriptor")])
def test_other_errors_are_not_mistaken_for_storage_trouble(error: BaseException) -> None:
    assert storage_problem(error) is None


def _full_disk() -> None:  # in the child: no file may grow past 16 KB, as on a full disk
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16_384, 16_384))


def _on_full_disk(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``perut --data-dir DATA_DIR ARGS`` where no file may grow, as on a full disk."""
    exe = Path(sys.executable).parent / "perut"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "perut_desktop.cli"]
    return subprocess.run([*cmd, "--data-dir", str(data_dir), *args], capture_output=True, text=True,
                          env=dict(os.environ, LANG="C.UTF-8"), preexec_fn=_full_disk, timeout=300,
                          check=False)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE")
def test_an_edit_on_a_full_disk_fails_in_one_line_and_changes_nothing(master_dir: Path) -> None:
    perut("official", "add", "--village", "Awayan", "--name", "Hendra Saputra", "--position", "Kepala Desa",
          data_dir=master_dir, check=True)
    official = json.loads(perut("official", "list", "--json", data_dir=master_dir, check=True).stdout)[0]["id"]
    before = perut("fingerprint", data_dir=master_dir, check=True).stdout
    proc = _on_full_disk(master_dir, "official", "edit", official, "--phone", "0812")
    assert proc.returncode == 1
    assert one_line_error(proc).startswith("perut: Data tidak dapat disimpan: ")
    assert perut("fingerprint", data_dir=master_dir, check=True).stdout == before


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE")
def test_a_bundle_imported_on_a_full_disk_changes_nothing_and_imports_later(master_dir: Path,
                                                                           tmp_path: Path) -> None:
    """A laptop whose disk is full takes the master's first bundle: one line, the replica as
    it was; once there is room the same bundle imports in full."""
    perut("officer", "add", "--name", "Rahmadi", "--villages", "Awayan", data_dir=master_dir, check=True)
    enrolment, bundle, laptop = tmp_path / "a.perut-enroll", tmp_path / "first.perut", tmp_path / "laptop"
    perut("enroll", "--officer", "Rahmadi", "--out", str(enrolment), data_dir=master_dir, check=True)
    perut("init", "--role", "field", "--enrollment", str(enrolment), data_dir=laptop, check=True)
    hello = tmp_path / "hello.perut"  # the laptop's first bundle, held until its code is confirmed
    perut("sync", "export", "--out", str(hello), data_dir=laptop, check=True)
    assert perut("sync", "import", str(hello), data_dir=master_dir).returncode == 4
    code = json.loads(perut("device", "code", "--json", data_dir=laptop, check=True).stdout)["code"]
    perut("device", "confirm", "Rahmadi", code, data_dir=master_dir, check=True)
    perut("sync", "export", "--to", "Rahmadi", "--out", str(bundle), data_dir=master_dir, check=True)
    before = perut("fingerprint", data_dir=laptop, check=True).stdout

    proc = _on_full_disk(laptop, "sync", "import", str(bundle))
    assert proc.returncode == 1
    assert one_line_error(proc).startswith("perut: Data tidak dapat disimpan: ")
    assert perut("fingerprint", data_dir=laptop, check=True).stdout == before

    perut("sync", "import", str(bundle), data_dir=laptop, check=True)
    assert perut("fingerprint", data_dir=laptop, check=True).stdout == perut(
        "fingerprint", data_dir=master_dir, check=True).stdout


@pytest.fixture()
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 64 KB file system, where the machine allows mounting one (root with the right to)."""
    mount = tmp_path / "usb"
    mount.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small file system needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip("this machine does not allow mounting a small file system")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_backup_to_a_full_stick_is_refused_and_leaves_nothing_behind(master_dir: Path, small_disk: Path) -> None:
    before = perut("fingerprint", data_dir=master_dir, check=True).stdout
    proc = perut("backup", "--out", str(small_disk / "cadangan.sqlite"), data_dir=master_dir)
    assert proc.returncode == 3
    line = one_line_error(proc)
    assert "ruang penyimpanan penuh" in line and "--out" in line
    assert list(small_disk.iterdir()) == []
    assert perut("fingerprint", data_dir=master_dir, check=True).stdout == before


def test_an_automatic_backup_that_finds_the_disk_full_stops_the_import_in_indonesian(
        master: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from perut_desktop.errors import StateError
    from perut_desktop.sync import backup

    def full(*_: object) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_sealed_copy", full)
    with pytest.raises(StateError, match=r"^Cadangan otomatis sebelum impor tidak dapat ditulis ke .*: ruang penyimpanan penuh; impor dibatalkan") as refused:
        backup.take_automatic_backup(master)
    message = str(refused.value)
    assert "ruang penyimpanan penuh" in message and "impor dibatalkan, tidak ada yang berubah" in message
    assert "disk is full" not in message
    assert list(backup.backup_folder(master.data_dir).iterdir()) == []  # no half-made file left
