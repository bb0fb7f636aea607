"""The window's one error dialog words what the services say the way the window should:
a hint as a sentence (never a command to type), storage trouble as the CLI words it."""

from __future__ import annotations

import errno

from PySide6.QtWidgets import QApplication

from perut_desktop.errors import Hint, NotFound, storage_problem
from perut_desktop.ui.tasks import TaskRunner


def _shown(qapp: QApplication, error: BaseException) -> str:
    runner = TaskRunner()
    try:
        runner.show_error(error, None, "Memuat")
        assert runner.error_dialog is not None
        text = runner.error_dialog.informativeText()
        runner.error_dialog.accept()
        return text
    finally:
        runner.shutdown()


def test_a_hint_is_worded_for_the_window_not_as_a_command(qapp: QApplication) -> None:
    from perut_desktop.ui.i18n import install_translators, remove_translators

    error = NotFound("Desa 'Atlantis' tidak dikenal.", hint=Hint.LIST_VILLAGES, record="Atlantis")
    translators = install_translators(qapp, "id")
    try:
        assert _shown(qapp, error) == "Desa 'Atlantis' tidak dikenal. Lihat daftar desa."
    finally:
        remove_translators(qapp, translators)
    translators = install_translators(qapp, "en")
    try:
        assert _shown(qapp, error) == "Desa 'Atlantis' tidak dikenal. See the list of villages."
    finally:
        remove_translators(qapp, translators)


def test_storage_trouble_is_worded_as_on_the_command_line(qapp: QApplication) -> None:
    error = OSError(errno.ENOSPC, "No space left on device")
    text = _shown(qapp, error)
    problem = storage_problem(error)
    assert problem is not None and text == problem.message
    assert "ruang penyimpanan penuh" in text and "No space" not in text


def test_every_hint_has_a_window_wording() -> None:
    from perut_desktop.ui.hints import WINDOW_HINTS

    assert set(WINDOW_HINTS) == set(Hint)


def test_an_unexpected_error_is_logged_in_the_data_folder_and_can_be_copied(qtbot, qapp: QApplication,
                                                                            tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from perut_desktop.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "id")
    runner = TaskRunner()
    runner.error_log = tmp_path / "data" / "logs" / "perut-gui-kesalahan.log"

    def work(_ctx: object) -> None:
        raise RuntimeError("indeks di luar jangkauan")

    try:
        runner.run(work, label="Memuat daftar", on_done=lambda _r: None)
        qtbot.waitUntil(lambda: runner.error_dialog is not None, timeout=10_000)
        dialog = runner.error_dialog
        text = dialog.informativeText()
        assert str(runner.error_log) in text and "RuntimeError: indeks di luar jangkauan" in text
        logged = runner.error_log.read_text(encoding="utf-8")
        assert "Memuat daftar" in logged and "Traceback" in logged and "in work" in logged
        (copy,) = [b for b in dialog.buttons() if b.text() == "Salin"]
        copy.click()
        assert str(runner.error_log) in QGuiApplication.clipboard().text()
        assert runner.error_dialog is dialog  # copying leaves the message open
        dialog.accept()
    finally:
        runner.shutdown()
        remove_translators(qapp, translators)
