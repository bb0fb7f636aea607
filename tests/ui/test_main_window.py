"""The GUI shell: main window, dashboard model, task runner, translation (offscreen)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from perut_desktop.enums import Role, VisitStatus
from perut_desktop.errors import StateError
from perut_desktop.paths import resources_dir
from perut_desktop.services.overview import Overview, VillageRow
from perut_desktop.ui import app as gui
from perut_desktop.ui.main_window import SORT_ROLE, MainWindow, VillageTableModel
from perut_desktop.ui.tasks import TaskRunner

UI_DIR = Path(gui.__file__).resolve().parent
TS_FILE = resources_dir() / "translations" / "perut_id.ts"
QM_FILE = resources_dir() / "translations" / "perut_id.qm"

ROWS = (
    VillageRow("63.11.03.2004", "Bihara", dt.date(2026, 11, 12), VisitStatus.DISETUJUI, 2 / 3, 4),
    VillageRow("63.11.03.2005", "Pematang", None, None, None, 0),
    VillageRow("63.11.03.2007", "Awayan", dt.date(2026, 8, 3), VisitStatus.DIKEMBALIKAN, 0.8889, 5),
)
OVERVIEW = Overview("Awayan", Role.MASTER, "a4581ba16bdf8501", 3, 42, ROWS)


class FakeBackend:
    """Stands in for ``app.ReplicaBackend``: no database, optional failure or wait."""

    def __init__(self, result: Overview | None = OVERVIEW, error: BaseException | None = None) -> None:
        self.result = result
        self.error = error
        self.release = threading.Event()
        self.release.set()
        self.calls = 0

    def load_overview(self) -> Overview | None:
        self.calls += 1
        self.release.wait(10)
        if self.error is not None:
            raise self.error
        return self.result


MakeShell = Callable[..., gui.Shell]


@pytest.fixture()
def make_shell(qapp: QApplication, tmp_path: Path) -> Iterator[MakeShell]:
    shells: list[gui.Shell] = []

    def make(*argv: str, backend: object | None = None) -> gui.Shell:
        options = gui.parse_args(["--data-dir", str(tmp_path / "data"), *argv])
        shell = gui.build(qapp, options, backend or FakeBackend())  # type: ignore[arg-type]
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.close(qapp)


def load(qtbot, window: MainWindow) -> None:
    window.show()
    with qtbot.waitSignal(window.load_ended, timeout=10_000):
        window.reload()


def header_texts(window: MainWindow) -> list[str]:
    model = window.table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def cell(window: MainWindow, row: int, column: int) -> str:
    model = window.table.model()
    return model.data(model.index(row, column))


# --- window ------------------------------------------------------------------------------


def test_window_shows_the_rows_of_the_backend(qtbot, make_shell: MakeShell) -> None:
    shell = make_shell()
    window = shell.window
    assert window.windowTitle() == "PERUT — Pendampingan Rutin"
    load(qtbot, window)

    assert window.table.model().rowCount() == 3
    assert window.pages.currentWidget() is window.table
    assert [cell(window, r, VillageTableModel.NAME) for r in range(3)] == ["Bihara", "Pematang", "Awayan"]
    assert cell(window, 0, VillageTableModel.LAST_VISIT) == "12 Nov 2026"
    assert cell(window, 2, VillageTableModel.LAST_VISIT) == "3 Agu 2026"
    assert cell(window, 0, VillageTableModel.STATUS) == "Disetujui"
    assert cell(window, 0, VillageTableModel.SCORE) == "67%"
    assert cell(window, 1, VillageTableModel.SCORE) == "–"
    assert cell(window, 2, VillageTableModel.FOLLOW_UPS) == "5"
    assert window.windowTitle() == "PERUT — Pendampingan Rutin — Kecamatan Awayan"
    assert window.role_label.text() == "Peran: Master"
    assert window.device_label.text() == "Perangkat: a4581ba16bdf8501"
    assert str(shell.window._data_dir) in window.folder_label.text()
    assert "Kunjungan: 42" in window.summary.text()


def test_sorting_goes_through_the_proxy_by_value(qtbot, make_shell: MakeShell) -> None:
    window = make_shell().window
    load(qtbot, window)
    window.table.sortByColumn(VillageTableModel.SCORE, Qt.SortOrder.DescendingOrder)
    assert [cell(window, r, VillageTableModel.NAME) for r in range(3)] == ["Awayan", "Bihara", "Pematang"]
    window.table.sortByColumn(VillageTableModel.LAST_VISIT, Qt.SortOrder.AscendingOrder)
    assert [cell(window, r, VillageTableModel.NAME) for r in range(3)] == ["Pematang", "Awayan", "Bihara"]


def test_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = VillageTableModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.index(0, VillageTableModel.SCORE).data(SORT_ROLE) == pytest.approx(2 / 3)
    assert model.index(1, VillageTableModel.SCORE).data(SORT_ROLE) == -1.0


def test_indonesian_is_the_default(qtbot, make_shell: MakeShell) -> None:
    assert gui.parse_args([]).language == "id"
    window = make_shell().window
    assert header_texts(window) == [
        "Kode desa", "Desa", "Kunjungan terakhir", "Status kunjungan terakhir",
        "Skor kunjungan terakhir", "Tindak lanjut terbuka",
    ]
    assert [a.text() for a in window.menuBar().actions()] == ["&Berkas", "&Bantuan"]


def test_english_with_lang_en(qtbot, make_shell: MakeShell) -> None:
    window = make_shell("--lang", "en").window
    assert header_texts(window)[:2] == ["Village code", "Village"]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]
    load(qtbot, window)
    assert cell(window, 0, VillageTableModel.STATUS) == "Approved"
    assert cell(window, 2, VillageTableModel.STATUS) == "Returned"
    assert window.role_label.text() == "Role: Master"


def test_no_replica_shows_how_to_create_one(qtbot, make_shell: MakeShell) -> None:
    window = make_shell(backend=FakeBackend(result=None)).window
    load(qtbot, window)
    assert window.pages.currentWidget() is window.message
    text = window.message.text()
    assert "Tidak ada replika PERUT" in text
    assert "perut init --role master --kecamatan Awayan" in text
    assert window.reload_action.isEnabled()


def test_failing_backend_shows_one_error_dialog(qtbot, make_shell: MakeShell) -> None:
    shell = make_shell(backend=FakeBackend(error=RuntimeError("disk on fire")))
    window = shell.window
    load(qtbot, window)
    dialog = shell.runner.error_dialog
    assert isinstance(dialog, QMessageBox)
    assert "Memuat dasbor" in dialog.text()
    assert "disk on fire" in dialog.informativeText()
    assert "Traceback" not in dialog.text() + dialog.informativeText()
    assert window.isVisible() and window.pages.currentWidget() is window.message

    # A second failure joins the open dialog instead of stacking a new one.
    load(qtbot, window)
    assert shell.runner.error_dialog is dialog
    assert dialog.informativeText().count("disk on fire") == 2
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]) == 1
    dialog.accept()
    assert shell.runner.error_dialog is None


def test_domain_error_message_is_shown_as_is(qtbot, make_shell: MakeShell) -> None:
    message = "Data PERUT di /x belum selesai dibuat; jalankan 'perut init' lagi."
    shell = make_shell(backend=FakeBackend(error=StateError(message)))
    load(qtbot, shell.window)
    assert shell.runner.error_dialog is not None
    assert shell.runner.error_dialog.informativeText() == message


def test_a_hint_is_worded_for_the_window_not_as_a_command(qtbot, make_shell: MakeShell) -> None:
    from perut_desktop.errors import Hint, NotFound

    error = NotFound("Desa 'Atlantis' tidak dikenal.", hint=Hint.LIST_VILLAGES, record="Atlantis")
    shell = make_shell(backend=FakeBackend(error=error))
    load(qtbot, shell.window)
    assert shell.runner.error_dialog is not None
    assert shell.runner.error_dialog.informativeText() == "Desa 'Atlantis' tidak dikenal. Lihat daftar desa."


def test_storage_trouble_is_worded_as_on_the_command_line(qtbot, make_shell: MakeShell) -> None:
    import errno

    from perut_desktop.errors import storage_problem

    error = OSError(errno.ENOSPC, "No space left on device")
    shell = make_shell(backend=FakeBackend(error=error))
    load(qtbot, shell.window)
    assert shell.runner.error_dialog is not None
    text = shell.runner.error_dialog.informativeText()
    assert text == storage_problem(error).message and "ruang penyimpanan penuh" in text and "No space" not in text


def test_about_shows_the_version(qtbot, make_shell: MakeShell) -> None:
    window = make_shell("--lang", "en").window
    window.about_action.trigger()
    assert window.about_dialog is not None
    assert gui.__version__ in window.about_dialog.text()
    window.about_dialog.accept()


# --- task runner -------------------------------------------------------------------------


def test_progress_dialog_appears_late_and_cancels(qtbot, qapp: QApplication, tmp_path: Path) -> None:
    backend = FakeBackend()
    backend.release.clear()
    runner = TaskRunner(progress_delay_ms=50)
    window = MainWindow(backend=backend, runner=runner, data_dir=tmp_path, version="0")
    qtbot.addWidget(window)
    try:
        window.show()
        window.reload()
        assert window.loading
        qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is not None, timeout=5000)
        dialog = window.findChild(QProgressDialog)
        assert dialog.isVisible()
        with qtbot.waitSignal(window.load_ended, timeout=10_000):
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
            assert not dialog.isVisible()
            backend.release.set()
        assert not window.loading
        assert window.model.rowCount() == 0  # a cancelled load drops its result
        assert window.reload_action.isEnabled()
        assert window.findChild(QProgressDialog) is None or not window.findChild(QProgressDialog).isVisible()
    finally:
        backend.release.set()
        runner.shutdown()


def test_quick_task_shows_no_progress_dialog(qtbot, qapp: QApplication) -> None:
    runner = TaskRunner(progress_delay_ms=300)
    results: list[object] = []
    seen: list[tuple[int, int, str]] = []

    def work(ctx) -> int:
        ctx.progress(1, 2, "half")
        return 7

    try:
        runner._progressed.connect(lambda _t, d, t, label: seen.append((d, t, label)))
        runner.run(work, label="quick", on_done=results.append)
        qtbot.waitUntil(lambda: results == [7], timeout=5000)
        qtbot.wait(400)
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        assert seen == [(1, 2, "half")]
        assert not runner.busy
    finally:
        runner.shutdown()


def test_failing_callback_ends_in_the_error_dialog(qtbot, qapp: QApplication) -> None:
    runner = TaskRunner()

    def broken(_result: object) -> None:
        raise ValueError("bad widget state")

    try:
        runner.run(lambda ctx: 1, label="callback", on_done=broken)
        qtbot.waitUntil(lambda: runner.error_dialog is not None, timeout=5000)
        assert "bad widget state" in runner.error_dialog.informativeText()
        runner.error_dialog.accept()
    finally:
        runner.shutdown()


# --- wiring --------------------------------------------------------------------------------


def test_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from perut_desktop import db

    options = gui.parse_args(["--data-dir", str(tmp_path), "--lang", "en"])
    assert options == gui.Options(data_dir=tmp_path.resolve(), language="en")
    monkeypatch.setenv("PERUT_DATA_DIR", str(tmp_path / "env"))
    assert gui.parse_args([]).data_dir == db.resolve_data_dir(None) == (tmp_path / "env").resolve()
    monkeypatch.delenv("PERUT_DATA_DIR")
    assert gui.parse_args([]).data_dir == db.resolve_data_dir(None) == db.default_data_dir()
    with pytest.raises(SystemExit) as wrong:
        gui.parse_args(["--lang", "fr"])
    assert wrong.value.code == 2
    assert capsys.readouterr().err == ("perut-gui: kesalahan penggunaan: --lang: 'fr' tidak dikenal; pilih salah "
                                       "satu: 'en', 'id' (lihat 'perut-gui --help')\n")
    with pytest.raises(SystemExit):
        gui.parse_args(["--help"])
    help_text = capsys.readouterr().out
    assert help_text.startswith("Penggunaan: perut-gui") and "tampilkan bantuan ini lalu keluar" in help_text
    assert "show this help" not in help_text and "options:" not in help_text


def test_window_modules_do_not_import_the_database_layer() -> None:
    """The frame paints before SQLAlchemy loads: it is imported on the worker only."""
    code = (
        "import sys; import perut_desktop.ui.app, perut_desktop.ui.main_window, perut_desktop.ui.tasks; "
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'perut_desktop.db', 'perut_desktop.services') "
        "if m in sys.modules]; print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=UI_DIR.parent.parent)
    assert result.returncode == 0, result.stdout + result.stderr


def test_replica_backend_without_a_replica(tmp_path: Path) -> None:
    backend = gui.ReplicaBackend(tmp_path / "empty")
    assert backend.load_overview() is None
    backend.close()


def test_window_with_a_real_replica(qtbot, make_shell: MakeShell, master_dir: Path) -> None:
    backend = gui.ReplicaBackend(master_dir)
    shell = make_shell("--data-dir", str(master_dir), backend=backend)
    load(qtbot, shell.window)
    assert shell.runner.error_dialog is None
    assert shell.window.model.rowCount() == 23
    assert shell.window.role_label.text() == "Peran: Master"
    shell.runner.shutdown(backend.close)  # closes the replica on the worker thread


# --- translation ---------------------------------------------------------------------------


def _ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_translation_is_complete_and_matches_the_sources(tmp_path: Path) -> None:
    shipped = _ts_messages(TS_FILE)
    assert shipped, "no messages in the .ts file"
    for key, message in shipped.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"unfinished: {key}"
        text = translation.text or ""
        assert text.strip(), f"empty translation: {key}"
        source = key[1]
        for pattern in (r"\{\w+\}", r"</?\w+>"):
            assert sorted(re.findall(pattern, text)) == sorted(re.findall(pattern, source)), key
        assert ("&" in source) == ("&" in text), f"accelerator lost: {key}"

    # Every translatable string in ui/ must be in the shipped .ts (lupdate extracts them).
    fresh = tmp_path / "fresh_id.ts"
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    lupdate = ("import sys; from PySide6.scripts.pyside_tool import lupdate; "
               "sys.argv[0] = 'pyside6-lupdate'; sys.exit(lupdate())")
    subprocess.run([sys.executable, "-c", lupdate, *sources, "-ts", str(fresh), "-silent"],
                   check=True, capture_output=True, timeout=120)
    extracted = set(_ts_messages(fresh))
    assert len(extracted) > 40
    missing = extracted - set(shipped)
    assert not missing, f"run scripts/update-translations.sh and translate: {sorted(missing)}"
    stale = set(shipped) - extracted
    assert not stale, f"obsolete entries in {TS_FILE.name}: {sorted(stale)}"


def test_compiled_translation_matches_the_ts(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    for (context, source), message in _ts_messages(TS_FILE).items():
        assert translator.translate(context, source) == message.findtext("translation"), (context, source)


def test_qt_owned_button_texts_are_indonesian(make_shell: MakeShell) -> None:
    make_shell()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"


def test_the_default_start_translates_every_source_string(make_shell: MakeShell) -> None:
    """With no ``--lang`` the installed catalogue is the shipped Indonesian ``.qm``, and it
    translates every source string of the ``.ts`` file (none falls back to English)."""
    shell = make_shell()
    assert gui.parse_args([]).language == "id"
    assert [Path(t.filePath()).name for t in shell.translators if t.filePath()][-1] == QM_FILE.name
    messages = _ts_messages(TS_FILE)
    assert len(messages) > 40
    untranslated = [key for key, message in messages.items()
                    if QCoreApplication.translate(key[0], key[1]) != message.findtext("translation")]
    assert not untranslated, untranslated
    same_in_both = {"OK", "Master", "PERUT — Pendampingan Rutin", "{title} — Kecamatan {name}",
                    "<h3>PERUT Desktop {version}</h3>"}
    english = [key for key in messages if QCoreApplication.translate(*key) == key[1] and key[1] not in same_in_both]
    assert not english, f"identical to the English source: {english}"
