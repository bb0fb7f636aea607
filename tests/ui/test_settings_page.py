"""*Pengaturan*: the letterhead and the Camat saved field by field on the master, a refusal
beside its field; who evaluates the APB Desa and the checklist template published with a
confirmation; a backup made on the page restored by the page in a new folder to the same
fingerprint; the language, the paper, the logo and the reminder of this installation; on a laptop
the office's settings read-only and its officer's own phone and e-mail editable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QSettings

from perut_desktop.db import database_path
from perut_desktop.enums import ApbdesEvaluator
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded
from tests.ui.sync_helpers import fingerprint_of, through_client

PASSPHRASE = "kopi pagi di kantor camat"


def _settings_page(qtbot: Any, shell: Any, tab: int | None = None) -> Any:
    shell.window.show_page("pengaturan")
    page = shell.window.settings_page
    qtbot.waitUntil(lambda: page.has_data and not page.out_of_date, timeout=30_000)
    if tab is not None:
        page.tabs.setCurrentIndex(tab)
    return page


def _type(qtbot: Any, form: Any, key: str, text: str) -> None:
    """Type ``text`` into a field and leave it; wait for its save to come back."""
    before = (form.refusals[key].text(), form.values.get(key))
    form.editors[key].setText(text)
    form.editors[key].editingFinished.emit()
    qtbot.waitUntil(lambda: (form.refusals[key].text(), form.values.get(key)) != before, timeout=30_000)


def test_the_letterhead_and_camat_are_saved_field_by_field_with_a_refusal_beside_its_field(
        qtbot: Any, make_launcher: MakeLauncher, master_dir: Path) -> None:
    from perut_desktop.services.setup import subdistrict_info

    shell = open_loaded(qtbot, make_launcher(master_dir))
    page = _settings_page(qtbot, shell, 0)
    form = page.letterhead
    assert not form.editors["kabupaten"].isReadOnly() and "disimpan" in form.note.text()
    _type(qtbot, form, "postal_code", "71681")
    _type(qtbot, form, "address", "Jl. Ahmad Yani No. 1, Awayan")
    _type(qtbot, form, "camat_name", "H. Mahyudin, S.Sos")
    _type(qtbot, form, "camat_nip", "1975 0101")
    assert form.refusals["camat_nip"].isVisible()
    assert form.refusals["camat_nip"].text() == "NIP '19750101' tidak valid; NIP terdiri atas 18 angka."
    assert not form.refusals["camat_name"].isVisible()
    held = through_client(qtbot, shell, subdistrict_info, change=False)
    assert (held.postal_code, held.address, held.camat_name, held.camat_nip) == (
        "71681", "Jl. Ahmad Yani No. 1, Awayan", "H. Mahyudin, S.Sos", "")

    with qtbot.waitSignal(form.saved, timeout=30_000):
        form.editors["camat_nip"].setText("197501011998031005")
        form.editors["camat_nip"].editingFinished.emit()
    assert not form.refusals["camat_nip"].isVisible()
    assert through_client(qtbot, shell, subdistrict_info, change=False).camat_nip == "197501011998031005"


def test_the_apbdes_evaluator_and_the_checklist_template_are_set_on_the_master(
        qtbot: Any, make_launcher: MakeLauncher, master_dir: Path, prompts: FakePrompts) -> None:
    from perut_desktop.services.regulations import apbdes_evaluation
    from perut_desktop.services.templates import current_template

    shell = open_loaded(qtbot, make_launcher(master_dir))
    page = _settings_page(qtbot, shell, 0)
    rules = page.rules
    rules.evaluator.setCurrentIndex(rules.evaluator.findData(ApbdesEvaluator.CAMAT.value))
    assert rules.source.isEnabled()
    # a title too long for the field: its whole text is the field's tooltip; a short one has none
    title = ("Peraturan Bupati Balangan Nomor 12 Tahun 2024 tentang Pelimpahan Sebagian Kewenangan Bupati "
             "kepada Camat dalam Evaluasi Rancangan Peraturan Desa tentang APB Desa")
    rules.source.setText(title)
    assert rules.source.fontMetrics().horizontalAdvance(title) > rules.source.width()
    assert rules.source.toolTip() == title
    rules.source.setText("Perbup 12/2024")
    assert rules.source.toolTip() == ""
    rules.source.setText("")
    rules.evaluation_button.click()
    qtbot.waitUntil(lambda: bool(rules.evaluation_result.text()), timeout=30_000)
    assert "Peraturan Bupati" in rules.evaluation_result.text()
    assert through_client(qtbot, shell, apbdes_evaluation, change=False).evaluator is ApbdesEvaluator.BUPATI

    rules.source.setText("Peraturan Bupati Balangan Nomor 12 Tahun 2024")
    rules.effective_from.set_day(dt.date(2024, 7, 1))
    with qtbot.waitSignal(rules.evaluation_saved, timeout=30_000):
        rules.evaluation_button.click()
    held = through_client(qtbot, shell, apbdes_evaluation, change=False)
    assert (held.evaluator, held.source, held.effective_from) == (
        ApbdesEvaluator.CAMAT, "Peraturan Bupati Balangan Nomor 12 Tahun 2024", dt.date(2024, 7, 1))

    before = through_client(qtbot, shell, current_template, change=False)
    other = next(t for t in rules.templates if t.id != before.id)
    rules.template.setCurrentIndex(rules.template.findData(other.id))
    prompts.confirm_answer = False
    rules.publish_button.click()
    assert "tetap" in prompts.asked[-1][1]  # visits already started keep their template
    assert through_client(qtbot, shell, current_template, change=False).id == before.id
    prompts.confirm_answer = True
    with qtbot.waitSignal(rules.template_published, timeout=30_000):
        rules.publish_button.click()
    assert through_client(qtbot, shell, current_template, change=False).id == other.id
    qtbot.waitUntil(lambda: other.name in rules.current_template.text(), timeout=30_000)


def test_a_backup_made_on_the_page_is_restored_by_the_page_in_a_new_folder(
        qtbot: Any, make_launcher: MakeLauncher, master_dir: Path, tmp_path: Path, prompts: FakePrompts,
        capsys: pytest.CaptureFixture[str]) -> None:
    shell = open_loaded(qtbot, make_launcher(master_dir))
    page = _settings_page(qtbot, shell, 2)
    assert page.data_folder.text() == str(master_dir)
    assert not page.contact_box.isVisibleTo(page)  # the office copy has no officer of its own
    stick = tmp_path / "usb"
    stick.mkdir()

    page.passphrase.setText(PASSPHRASE)
    page.passphrase_again.setText("kopi pagi di kantor")
    page.backup_button.click()
    assert page.backup_result.text() == "Kedua kata sandi berbeda; ketik ulang."
    page.passphrase_again.setText("kopi")
    page.passphrase.setText("kopi")
    page.backup_button.click()
    assert "terlalu pendek" in page.backup_result.text()
    assert list(stick.iterdir()) == []

    page.passphrase.setText(PASSPHRASE)
    page.passphrase_again.setText(PASSPHRASE)
    prompts.folders.append(stick)
    with qtbot.waitSignal(page.backed_up, timeout=60_000) as made:
        page.backup_button.click()
    backup = made.args[0]
    assert backup.path.parent == stick and backup.with_keys and backup.path.exists()
    assert "kunci perangkat ini" in page.backup_result.text() and not page.passphrase.text()

    restore = page.restore
    # never over the data folder that is open
    prompts.files.append(backup.path)
    prompts.folders.append(master_dir)
    restore.restore_button.click()
    qtbot.waitUntil(lambda: "sedang dibuka" in restore.result.text(), timeout=60_000)
    # a wrong passphrase is refused and leaves no folder behind
    restored = tmp_path / "pc-baru"
    prompts.files.append(backup.path)
    prompts.folders.append(restored)
    prompts.secrets.append("bukan kata sandinya sama sekali")
    restore.restore_button.click()
    qtbot.waitUntil(lambda: restore.result.text() == "Kata sandi salah atau cadangan kunci rusak.", timeout=60_000)
    assert prompts.asked[-1][0] == "Kata sandi cadangan"  # asked because the backup holds keys
    assert not database_path(restored).exists() and not restore.open_button.isVisibleTo(page)

    prompts.files.append(backup.path)
    prompts.folders.append(restored)
    prompts.secrets.append(PASSPHRASE)
    with qtbot.waitSignal(restore.restored, timeout=60_000) as done:
        restore.restore_button.click()
    assert done.args[0] == restored.resolve() and done.args[1].keys == "restored"
    assert "kunci perangkat ikut dipulihkan" in restore.result.text()
    assert prompts.data_folders == [restored.resolve()]  # offered, and opened in a window of its own
    assert fingerprint_of(restored, capsys) == fingerprint_of(master_dir, capsys)


def test_language_paper_logo_and_reminder_are_kept_for_this_installation(
        qtbot: Any, make_launcher: MakeLauncher, master_dir: Path, settings_file: Path, tmp_path: Path,
        prompts: FakePrompts) -> None:
    from perut_desktop.services.report_settings import report_settings

    shell = open_loaded(qtbot, make_launcher(master_dir))
    page = _settings_page(qtbot, shell, 1)
    prefs = page.preferences
    assert prefs.language.currentData() == "id" and prefs.paper.currentData() == "A4"

    prefs.language.setCurrentIndex(prefs.language.findData("en"))
    assert "berikutnya" in prefs.language_note.text()  # applied at the next start, and said so
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).value("ui/language") == "en"
    assert make_launcher(master_dir).language == "en"
    assert make_launcher(master_dir, "--lang", "id").language == "id"

    with qtbot.waitSignal(prefs.paper_saved, timeout=30_000):
        prefs.paper.setCurrentIndex(prefs.paper.findData("F4"))
    assert through_client(qtbot, shell, report_settings, master_dir, change=False).paper == "F4"
    reports = shell.window.reports_page
    shell.window.show_page("laporan")
    qtbot.waitUntil(lambda: "F4" in reports.paper.itemText(0), timeout=30_000)
    assert reports.paper.currentData() is None  # documents follow the installation's paper by default

    not_an_image = tmp_path / "kop.png"
    not_an_image.write_text("bukan gambar")
    logo = tmp_path / "logo-kabupaten.png"
    Image.new("RGB", (40, 40), "navy").save(logo)
    prompts.files += [not_an_image, logo]
    prefs.logo_button.click()
    qtbot.waitUntil(lambda: "bukan gambar" in prefs.logo.text(), timeout=30_000)
    assert prefs.logo.text() == "Berkas kop.png bukan gambar yang dapat dibaca; gunakan PNG atau JPEG."
    with qtbot.waitSignal(prefs.logo_saved, timeout=30_000):
        prefs.logo_button.click()
    held = through_client(qtbot, shell, report_settings, master_dir, change=False).logo_path
    assert held is not None and held.read_bytes() == logo.read_bytes() and prefs.logo.text() == held.name
    with qtbot.waitSignal(prefs.logo_saved, timeout=30_000):
        prefs.remove_logo_button.click()
    assert through_client(qtbot, shell, report_settings, master_dir, change=False).logo_path is None

    prefs.remind_days.setValue(3)
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).value("sync/remind-days") in (3, "3")
    assert shell.window.sync_page.remind_days() == 3


def test_a_laptop_sees_the_office_settings_read_only_and_edits_its_officers_contact(
        qtbot: Any, make_launcher: MakeLauncher, master_dir: Path, tmp_path: Path) -> None:
    from perut_desktop.db import open_replica
    from perut_desktop.services import people
    from perut_desktop.sync import bundle
    from tests.sync.helpers import add_officer, enrol_with_keys

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
    page = _settings_page(qtbot, shell, 0)
    assert all(edit.isReadOnly() for edit in page.letterhead.editors.values())
    assert "kantor" in page.letterhead.note.text()
    assert not page.rules.evaluation_button.isEnabled() and not page.rules.publish_button.isEnabled()

    page.tabs.setCurrentIndex(page.COMPUTER)
    assert page.contact_box.isVisible() and "Rahmadi" in page.contact_box.title()
    page.phone.setText("0812 3456 7890")
    page.email.setText("rahmadi@example.id")
    page.contact_button.click()
    qtbot.waitUntil(lambda: page.contact_result.text() == "Tersimpan.", timeout=30_000)
    own = through_client(qtbot, shell, people.own_officer, change=False)
    assert (own.phone, own.email) == ("0812 3456 7890", "rahmadi@example.id")
