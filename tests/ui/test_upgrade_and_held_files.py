"""What the window says about the two things the services report for it: data an older PERUT
wrote, migrated on opening (the copy taken before is named, once), and a document it may not
write because another program holds the file open (the one line, another name offered, the
document written there, the old file kept)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import tarfile
from pathlib import Path
from typing import Any

import pytest

from perut_desktop import db
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded

FIXTURES = Path(__file__).parent.parent / "fixtures"
UPDATED = "Data diperbarui ke versi PERUT ini"


@pytest.fixture()
def older_replica(tmp_path: Path) -> Path:
    """The oldest released fixture replica, one schema or more behind this program."""
    release = min(FIXTURES.glob("replica-*.tar.xz"), key=lambda p: db.release_number(p.name[8:-7]))
    folder = tmp_path / "data"
    with tarfile.open(release) as tar:
        tar.extractall(folder, filter="data")
    with sqlite3.connect(folder / "perut.sqlite") as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    if revision == db.SCHEMA_REVISION:
        pytest.skip("the oldest fixture replica has this program's schema")
    return folder


def test_data_migrated_on_opening_is_said_once_naming_the_copy_taken_before(
        qtbot: Any, make_launcher: MakeLauncher, older_replica: Path, prompts: FakePrompts) -> None:
    open_loaded(qtbot, make_launcher(older_replica))
    qtbot.waitUntil(lambda: any(title == UPDATED for title, _ in prompts.asked), timeout=60_000)
    (notice,) = [text for title, text in prompts.asked if title == UPDATED]
    (copy,) = (older_replica / "backups").glob(f"{db.UPGRADE_BACKUP_PREFIX}*.sqlite")
    assert notice.startswith("Basis data diperbarui ke PERUT") and str(copy) in notice and "\n" not in notice
    with sqlite3.connect(older_replica / "perut.sqlite") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == db.SCHEMA_REVISION

    prompts.asked.clear()
    shell = open_loaded(qtbot, make_launcher(older_replica))  # opened again: nothing more to say
    with qtbot.waitSignal(shell.window.status_loaded, timeout=60_000):
        shell.window.load_status()
    assert not any(title == UPDATED for title, _ in prompts.asked)


# --- a document held open by another program ---------------------------------------------------


def _held_open(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """As Windows does for a file a PDF reader or Excel holds open: os.replace onto it fails."""
    real = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == target:
            raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used "
                                  "by another process", str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)


def _offered(prompts: FakePrompts, name: str) -> str:
    """The one line of the refusal the window showed with its offer of another name."""
    (line,) = [text for title, text in prompts.asked if title == "Berkas tidak ditulis"]
    assert line == (f"Berkas {name} sedang dibuka di program lain, mungkin pembaca PDF (Adobe Reader, browser): "
                    "tutup berkas itu di sana lalu coba lagi, atau simpan dengan nama lain. Berkas yang lama tidak "
                    "diubah.")
    return line


@pytest.fixture()
def reports(qtbot: Any, make_launcher: MakeLauncher, demo_dir: Path, tmp_path: Path) -> Any:
    shell = open_loaded(qtbot, make_launcher(demo_dir))
    shell.window.show_page("laporan")
    page = shell.window.reports_page
    qtbot.waitUntil(lambda: page.has_data and not page.out_of_date and page.attendance_village.count() > 0,
                    timeout=60_000)
    out = tmp_path / "dokumen"
    out.mkdir()
    page.set_folder(out)
    page.attendance_village.setCurrentIndex(page.attendance_village.findText("Awayan"))
    page.attendance_date.set_day(dt.date(2026, 12, 10))
    return page


def test_a_report_held_open_is_written_under_the_other_name_chosen_and_the_old_one_kept(
        qtbot: Any, reports: Any, prompts: FakePrompts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = reports.folder / "daftar-hadir-awayan-2026-12-10.pdf"
    target.write_bytes(b"%PDF-1.4 the one open in the reader")
    _held_open(monkeypatch, target)
    other = tmp_path / "daftar-hadir-lain.pdf"
    prompts.saves.append(other)
    with qtbot.waitSignal(reports.made, timeout=120_000) as made:
        reports.attendance_button.click()
    _offered(prompts, target.name)
    assert ("Simpan dengan nama lain", str(target.with_name("daftar-hadir-awayan-2026-12-10-2.pdf"))) in prompts.asked
    assert made.args[0].paths == (other,) and other.read_bytes().startswith(b"%PDF")
    assert target.read_bytes() == b"%PDF-1.4 the one open in the reader"
    assert sorted(p.name for p in reports.folder.iterdir()) == [target.name]  # nothing half-written left
    assert reports.client.runner.error_dialog is None  # told once, in the offer


def test_declining_the_other_name_writes_nothing_and_says_it_once(
        qtbot: Any, reports: Any, prompts: FakePrompts, monkeypatch: pytest.MonkeyPatch) -> None:
    target = reports.folder / "daftar-hadir-awayan-2026-12-10.pdf"
    target.write_bytes(b"old")
    _held_open(monkeypatch, target)
    prompts.confirm_answer = False
    reports.attendance_button.click()
    qtbot.waitUntil(lambda: any(title == "Berkas tidak ditulis" for title, _ in prompts.asked), timeout=120_000)
    _offered(prompts, target.name)
    qtbot.wait(50)
    assert not any(title == "Simpan dengan nama lain" for title, _ in prompts.asked)
    assert target.read_bytes() == b"old" and reports.client.runner.error_dialog is None


def test_a_village_checklist_held_open_is_written_under_the_other_name(
        qtbot: Any, make_launcher: MakeLauncher, demo_dir: Path, prompts: FakePrompts,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shell = open_loaded(qtbot, make_launcher(demo_dir))
    page = shell.window.page("desa")
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        assert shell.window.show_page("desa")
    row = next(r for r in page.list.shown() if r.name == "Awayan")
    with qtbot.waitSignal(page.village_shown, timeout=60_000):
        page.open_village(row.id)
    target = tmp_path / "daftar-periksa-awayan.pdf"
    target.write_bytes(b"old")
    _held_open(monkeypatch, target)
    other = tmp_path / "daftar-periksa-awayan-baru.pdf"
    prompts.saved.extend([target, other])
    with qtbot.waitSignal(page.document_written, timeout=60_000) as written:
        page.print_checklist_button.click()
    _offered(prompts, target.name)
    assert written.args == [other] and other.read_bytes().startswith(b"%PDF")
    assert target.read_bytes() == b"old" and page.client.runner.error_dialog is None
