"""*Pengaturan*: a backup made on the page, with a passphrase, restores in a new folder to
the same fingerprint; a passphrase too short or typed twice differently writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from perut_desktop.cli.main import main as perut
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded
from tests.ui.sync_helpers import fingerprint_of


def test_a_backup_made_on_the_page_restores_to_the_same_fingerprint(
        qtbot: Any, make_launcher: MakeLauncher, master_dir: Path, tmp_path: Path, prompts: FakePrompts,
        capsys: pytest.CaptureFixture[str]) -> None:
    shell = open_loaded(qtbot, make_launcher(master_dir))
    shell.window.show_page("pengaturan")
    page = shell.window.settings_page
    qtbot.waitUntil(lambda: page.has_data, timeout=30_000)
    assert page.data_folder.text() == str(master_dir)
    stick = tmp_path / "usb"
    stick.mkdir()

    page.passphrase.setText("kopi pagi di kantor camat")
    page.passphrase_again.setText("kopi pagi di kantor")
    page.backup_button.click()
    assert page.backup_result.text() == "Kedua kata sandi berbeda; ketik ulang."
    page.passphrase_again.setText("kopi")
    page.passphrase.setText("kopi")
    page.backup_button.click()
    assert "terlalu pendek" in page.backup_result.text()
    assert list(stick.iterdir()) == []

    page.passphrase.setText("kopi pagi di kantor camat")
    page.passphrase_again.setText("kopi pagi di kantor camat")
    prompts.folders.append(stick)
    with qtbot.waitSignal(page.backed_up, timeout=60_000) as made:
        page.backup_button.click()
    backup = made.args[0]
    assert backup.path.parent == stick and backup.with_keys and backup.path.exists()
    assert "kunci perangkat ini" in page.backup_result.text() and not page.passphrase.text()

    passphrase = tmp_path / "sandi.txt"
    passphrase.write_text("kopi pagi di kantor camat\n")
    restored = tmp_path / "pc-baru"
    assert perut(["--data-dir", str(restored), "restore", str(backup.path), "--passphrase-file",
                  str(passphrase)]) == 0
    assert fingerprint_of(restored, capsys) == fingerprint_of(master_dir, capsys)
