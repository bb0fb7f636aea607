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
    assert not page.contact_box.isVisible()  # the office copy has no officer of its own
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


def test_a_laptop_edits_its_officers_phone_and_email(qtbot: Any, make_launcher: MakeLauncher, master_dir: Path,
                                                      tmp_path: Path) -> None:
    from perut_desktop.db import open_replica
    from perut_desktop.services import people
    from perut_desktop.sync import bundle
    from tests.sync.helpers import add_officer, enrol_with_keys
    from tests.ui.sync_helpers import through_client

    master = open_replica(master_dir)
    try:
        add_officer(master, "Rahmadi", ["Awayan"])
        laptop = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
        bundle.import_bundle(laptop, bundle.export_bundle(master, tmp_path / "to-a.perut",
                                                          to=laptop.device_id)[0].path)
        laptop.close()
    finally:
        master.close()
    shell = open_loaded(qtbot, make_launcher(tmp_path / "a"))
    shell.window.show_page("pengaturan")
    page = shell.window.settings_page
    qtbot.waitUntil(lambda: page.has_data, timeout=30_000)
    assert page.contact_box.isVisible() and "Rahmadi" in page.contact_box.title()
    page.phone.setText("0812 3456 7890")
    page.email.setText("rahmadi@example.id")
    page.contact_button.click()
    qtbot.waitUntil(lambda: page.contact_result.text() == "Tersimpan.", timeout=30_000)
    own = through_client(qtbot, shell, people.own_officer, change=False)
    assert (own.phone, own.email) == ("0812 3456 7890", "rahmadi@example.id")
