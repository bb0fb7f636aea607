"""Run as a script (``python -m tests.ui.layout_walk DATA_DIR W H SETTINGS_DIR [LANG]``, offscreen, with or without
QT_SCALE_FACTOR): open each page of the window and each dialog of this version at the given
window size and print, as JSON, the texts that do not fit their widget and the controls
without an accessible name."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QStyle,
    QTabBar,
    QWidget,
)


def _settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait(predicate, timeout_ms: int = 120_000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not predicate() and waited < timeout_ms:
        _settle(50)
        waited += 50


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" of a control's text (Alt + it), if any."""
    i = text.replace("&&", "").find("&")
    cleaned = text.replace("&&", "")
    return cleaned[i + 1].lower() if 0 <= i < len(cleaned) - 1 else None


def mnemonic_clashes(root: QWidget, where: str) -> list[str]:
    """Alt letters that do not do what they say: one letter on a button, tab or menu and on
    anything else shown at the same time. Qt then only moves the focus between them, so
    the button is never pressed and the menu never opens. (Two field labels sharing a
    letter are let be: Alt then steps between the two fields, which still helps; so are
    two copies of the same command, one for each of two lists.)"""
    seen: dict[str, list[tuple[str, bool]]] = {}

    def add(text: str, acts: bool) -> None:
        letter = mnemonic(text)
        if letter:
            seen.setdefault(letter, []).append((text.replace("&", ""), acts))

    window = root.window()
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisible() or w.window() is not window:
            continue
        if isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text(), False)
        elif isinstance(w, QAbstractButton) and not isinstance(w.parent(), QTabBar) and w.isEnabled():
            add(w.text(), True)  # (a greyed-out button's letter does nothing, so takes nothing)
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add(w.title(), True)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i) and w.isTabEnabled(i):
                    add(w.tabText(i), True)
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                if action.isVisible():
                    add(action.text(), True)
    return [f"{where}: Alt+{letter.upper()} on {', '.join(text for text, _ in owners)}"
            for letter, owners in sorted(seen.items())
            if len({text for text, _ in owners}) > 1 and any(acts for _, acts in owners)]


def not_shown(page: QWidget, where: str) -> list[str]:
    """A page walked while another is on screen has nothing visible to check: say so
    instead of finding nothing."""
    return [] if page.isVisible() else [f"{where}: not on screen, nothing checked"]


def problems(root: QWidget, where: str) -> list[str]:
    found: list[str] = mnemonic_clashes(root, where)
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or not w.isVisible():
            continue
        fm = w.fontMetrics()
        name = f"{where}: {type(w).__name__} {w.objectName()!s}"
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and not w.text().startswith("<"):
            text = w.text().replace("&", "") if w.buddy() else w.text()
            if fm.horizontalAdvance(text) > w.contentsRect().width() + 1:
                found.append(f"{name} '{text}' elided")
        elif isinstance(w, QAbstractButton) and w.text():
            text = w.text().replace("&", "")
            need = fm.horizontalAdvance(text)
            if w.width() < need + 4:
                found.append(f"{name} '{text}' elided")
        elif isinstance(w, QComboBox) and w.currentText():
            if fm.horizontalAdvance(w.currentText()) > w.width() - 20:
                found.append(f"{name} '{w.currentText()}' elided")
        elif isinstance(w, QHeaderView):
            model = w.model()
            for section in range(w.count()):
                if w.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, w.orientation()) or "")
                margin = 2 * w.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, w)
                if text and fm.horizontalAdvance(text) + margin > w.sectionSize(section) + 1:
                    found.append(f"{where}: header '{text}' elided")
        focusable = isinstance(w, (QAbstractButton, QComboBox, QLineEdit)) or type(w).__name__ in (
            "QTableView", "QListWidget", "IndonesianDateEdit", "NipField")
        # a button's visible text is its accessible name (Qt's accessibility gives it)
        labelled = isinstance(w, QAbstractButton) and bool(w.text())
        if isinstance(w.parent(), QLineEdit) and w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            focusable = False  # a field's own clear button: never focused, the field is named
        if focusable and not w.accessibleName() and not labelled and not isinstance(w, QLineEdit):
            found.append(f"{name} has no accessible name")
        if isinstance(w, QLineEdit) and not w.accessibleName() and not isinstance(w.parent(), QAbstractSpinBox) \
                and type(w.parent()).__name__ not in ("QComboBox", "IndonesianDateEdit", "QDateEdit"):
            found.append(f"{name} has no accessible name")
    return found


def main() -> None:
    from perut_desktop.ui import app as gui
    from perut_desktop.ui.screenshot import ScreenshotPrompts

    data, width, height = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    language = ["--lang", sys.argv[5]] if len(sys.argv) > 5 else []  # default: the users' Indonesian
    app = gui.make_application()
    settings = QSettings(str(Path(sys.argv[4]) / "s.ini"), QSettings.Format.IniFormat)
    found: list[str] = []
    launcher = gui.Launcher(app, gui.parse_args(["--data-dir", str(data.parent / "kosong"), *language]),
                            prompts=ScreenshotPrompts(), settings=settings)
    first = launcher.show_first_run()
    _settle()
    found += problems(first, "mulai")
    for page in (first.MASTER, first.LAPTOP):
        first.pages.setCurrentIndex(page)
        _settle()
        found += problems(first, f"mulai:{page}")
    launcher.close()

    launcher = gui.Launcher(app, gui.parse_args(["--data-dir", str(data), *language]), prompts=ScreenshotPrompts(),
                            settings=settings)
    shell = launcher.open_window(data, start=False)
    window = shell.window
    window.resize(width, height)
    window.show()
    window.start()
    window.resize(width, height)
    _wait(lambda: window.status is not None)
    for key in ("dasbor", "kunjungan", "verifikasi", "jadwal", "desa", "petugas"):
        window.show_page(key)
        page = window.page(key)
        _wait(lambda: page.has_data and not getattr(page, "from_snapshot", False))
        _settle()
        found += problems(window, key)
    window.show_page("sinkronisasi")
    sync = window.sync_page
    _wait(lambda: sync.has_data and not sync.out_of_date)
    if sync.partner_model.rows:
        sync.partner_table.selectRow(0)
        _wait(lambda: sync.send_panel.preview is not None)
    for tab in range(sync.tabs.count()):
        if sync.tabs.isTabVisible(tab):
            sync.tabs.setCurrentIndex(tab)
            _settle()
            found += not_shown(sync.tabs.currentWidget(), "sinkronisasi") + problems(window, f"sinkronisasi:{tab}")
    sync.tabs.setCurrentIndex(sync.OVERVIEW)
    window.show_page("laporan")
    reports = window.reports_page
    _wait(lambda: reports.has_data and not reports.out_of_date)
    _settle()
    found += problems(window, "laporan")
    for key in ("pengaturan", "tentang"):
        window.show_page(key)
        shown = window.page(key)
        _wait(lambda: shown.has_data and not shown.out_of_date)
        _settle()
        found += problems(window, key)
    window.show_page("pengaturan")  # shown again: the last page walked was another
    settings_tabs = window.settings_page.tabs
    for tab in range(1, settings_tabs.count()):
        settings_tabs.setCurrentIndex(tab)
        _settle()
        found += not_shown(settings_tabs.currentWidget(), "pengaturan") + \
            problems(window, f"pengaturan:{settings_tabs.tabText(tab)}")
    settings_tabs.setCurrentIndex(0)
    window.show_page("desa")  # shown: a page not on screen has nothing visible to check
    villages = window.page("desa")
    villages.open_village(villages.list.shown()[0].id)
    _wait(lambda: villages.detail is not None)
    for tab in range(villages.tabs.count()):
        villages.tabs.setCurrentIndex(tab)
        _settle()
        found += not_shown(villages.tabs.currentWidget(), "desa") + problems(window, f"desa:{villages.tabs.tabText(tab)}")
    clean = next((r for r in villages.list.shown() if r.findings == 0), None)
    if clean is not None:  # its findings said in words instead of a table
        villages.open_village(clean.id)
        _wait(lambda: villages.detail is not None and villages.detail.id == clean.id)
        villages.tabs.setCurrentWidget(villages.findings)
        _settle()
        found += problems(window, "desa:tanpa temuan")
    window.show_page("kunjungan")
    window.visits_page.search.setText("tidak ada kunjungan seperti ini")
    window.visits_page._apply_filter()
    _settle()
    found += problems(window, "kunjungan:tanpa hasil")
    window.visits_page.search.clear()
    window.visits_page._apply_filter()
    from perut_desktop.ui.dialogs.people_forms import OfficerDialog, StaffDialog
    from perut_desktop.ui.dialogs.village_records import OfficialDialog, RegulationDialog

    for record_dialog in (OfficialDialog(None, window), RegulationDialog(None, window),
                          OfficerDialog(None, window.page("petugas").villages, window), StaffDialog(None, window)):
        record_dialog.show()
        _settle()
        found += problems(record_dialog, type(record_dialog).__name__)
        record_dialog.reject()
    dialog = window.new_visit()
    _wait(lambda: dialog.choices is not None)
    _settle()
    found += problems(dialog, "kunjungan-baru")
    rows = window.visits_page.model.rows
    latest = max(rows, key=lambda r: (r.visit_date, r.id))
    submitted = next(r for r in rows if r.status.value == "diajukan")
    created: list[str] = []  # a draft of this computer's own: every control of the editor shown
    dialog.created.connect(lambda summary: created.append(summary.id))
    dialog.create_button.click()
    _wait(lambda: bool(created))
    _settle()
    for opened in list(window.editors.values()):
        opened.close()
    for visit_id, where in ((latest.id, "editor"), (submitted.id, "editor:diajukan"), (created[0], "editor:draf")):
        editor = window.open_visit(visit_id)
        editor.resize(width, height)
        _wait(lambda: editor.visit is not None)  # noqa: B023
        for key in editor.tab_widgets:
            editor.show_tab(key)
            _settle(400)
            found += problems(editor, f"{where}:{key}")
        editor.close()
    launcher.close()
    print(json.dumps(found))


if __name__ == "__main__":
    main()
