"""``perut-gui --screenshot FILE [--page NAME[:SUB]] [--visit ID|latest] [--size WxH]``:
the window rendered after its data has loaded, written as a PNG.

One grammar for all pages, now and later: ``mulai`` (first-run dialog), ``dasbor``,
``kunjungan``, ``kunjungan-baru``, ``editor:TAB`` (with ``--visit``), ``verifikasi``,
``jadwal``, ``desa``, ``desa:CODE``, ``petugas``, ``sinkronisasi``,
``sinkronisasi:konflik``, ``laporan``, ``pengaturan[:komputer|cadangan]``, ``tentang``. A page that does not
exist yet, or a master-only page on a laptop, ends with exit 2 and one line.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from perut_desktop.ui.prompts import Prompts

if TYPE_CHECKING:
    from perut_desktop.services.installation import StaffChoice


@dataclass(frozen=True)
class PageSpec:
    name: str
    built: bool
    master_only: bool = False
    sub: str = "none"  # "none", "optional" (any value), "required" (any value) or a fixed value


#: Every page of the finished program, and whether this version has it.
PAGES: dict[str, PageSpec] = {p.name: p for p in (
    PageSpec("mulai", True),
    PageSpec("dasbor", True),
    PageSpec("kunjungan", True),
    PageSpec("kunjungan-baru", True),
    PageSpec("editor", True, sub="required"),
    PageSpec("verifikasi", True, master_only=True),
    PageSpec("jadwal", True),
    PageSpec("desa", True, sub="optional"),
    PageSpec("petugas", True, master_only=True),
    PageSpec("sinkronisasi", True, sub="konflik"),
    PageSpec("laporan", True),
    PageSpec("pengaturan", True, sub="optional"),
    PageSpec("tentang", True),
)}


#: The tabs of the settings page (``pengaturan:TAB``), in their order.
SETTINGS_TABS = ("kecamatan", "komputer", "cadangan")

#: The tabs of the visit editor (``editor:TAB``), in their order.
EDITOR_TABS = ("buku", "hadir", "notulen", "tindak-lanjut", "lampiran", "riwayat")


def split_page(text: str) -> tuple[str, str | None]:
    name, sep, sub = text.partition(":")
    return name.strip().lower(), (sub.strip() if sep else None)


def check_page(text: str) -> str | None:
    """The one-line reason ``--page TEXT`` cannot be rendered by this version, or None."""
    name, sub = split_page(text)
    spec = PAGES.get(name)
    if spec is None:
        return (f"kesalahan penggunaan: --page: halaman '{name}' tidak dikenal; pilih salah satu: "
                f"{', '.join(PAGES)}.")
    if sub is not None and spec.sub == "none":
        return f"kesalahan penggunaan: --page: halaman '{name}' tidak punya bagian ('{name}:{sub}')."
    if spec.sub == "required" and not sub:
        return f"kesalahan penggunaan: --page: sebutkan bagiannya, mis. '{name}:umum'."
    if spec.sub not in ("none", "optional", "required") and sub not in (None, spec.sub):
        return f"kesalahan penggunaan: --page: bagian '{sub}' tidak dikenal; yang ada: '{name}:{spec.sub}'."
    if not spec.built:
        return f"halaman '{text}' belum tersedia di versi ini."
    if name == "pengaturan" and sub is not None and sub not in SETTINGS_TABS:
        return (f"kesalahan penggunaan: --page: bagian '{sub}' tidak dikenal; yang ada: "
                f"{', '.join('pengaturan:' + t for t in SETTINGS_TABS)}.")
    if name == "editor" and sub not in EDITOR_TABS:
        return (f"kesalahan penggunaan: --page: bagian '{sub}' tidak dikenal; yang ada: "
                f"{', '.join('editor:' + t for t in EDITOR_TABS)}.")
    return None


class ScreenshotPrompts(Prompts):
    """Answers without asking: the first office staff member acts; nothing is confirmed."""

    def confirm(self, parent: QWidget, title: str, text: str, accept: str) -> bool:
        return False

    def choose_staff(self, parent: QWidget, staff: Sequence[StaffChoice], current: str | None) -> str | None:
        return current or (staff[0].id if staff else None)

    def open_file(self, *_args: Any) -> None:
        return None

    def choose_folder(self, *_args: Any) -> None:
        return None

    def save_file(self, *_args: Any) -> None:
        return None

    def ask_secret(self, *_args: Any) -> None:
        return None

    def open_files(self, *_args: Any) -> list[Path]:
        return []

    def ask_text(self, *_args: Any, **_kwargs: Any) -> None:
        return None

    def edit_officer(self, *_args: Any) -> None:
        return None

    def edit_staff(self, *_args: Any) -> None:
        return None

    def edit_official(self, *_args: Any) -> None:
        return None

    def edit_regulation(self, *_args: Any) -> None:
        return None

    def choose_item(self, *_args: Any) -> None:
        return None

    def open_path(self, *_args: Any) -> bool:
        return False

    def ask_pin(self, *_args: Any) -> None:
        return None

    def inform(self, *_args: Any) -> None:
        return None


def _wait(signal: Signal | Any, timeout_ms: int = 120_000) -> bool:
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_args: Any) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def _settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def compose(window: QWidget, dialog: QWidget | None) -> QPixmap:
    """The window, and over it (dimmed) the dialog it shows, as one picture."""
    picture = window.grab()
    if dialog is None:
        return picture
    shot = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    dpr = picture.devicePixelRatio() or 1.0
    x = max(0, (picture.width() / dpr - shot.width() / (shot.devicePixelRatio() or 1.0)) / 2)
    y = max(0, (picture.height() / dpr - shot.height() / (shot.devicePixelRatio() or 1.0)) / 3)
    painter.drawPixmap(int(x), int(y), shot)
    painter.end()
    return picture


def take_screenshot(app: QApplication, options: Any, launcher_class: Any) -> int:
    """Render ``options.page`` (``app.Options``) with a ``launcher_class`` (``app.Launcher``)
    and write it to ``options.screenshot``; the exit code."""
    from perut_desktop.enums import Role

    Launcher = launcher_class  # noqa: N806
    name, sub = split_page(options.page)
    with tempfile.TemporaryDirectory(prefix="perut-shot-") as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        launcher = Launcher(app, options, prompts=ScreenshotPrompts(), settings=settings)
        try:
            if name == "mulai":
                dialog = launcher.show_first_run()
                dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
                _settle()
                return _save(dialog.grab(), options.screenshot)
            if launcher.needs_first_run():
                sys.stderr.write(f"perut-gui: belum ada data PERUT di {options.data_dir}.\n")
                return 4
            shell = launcher.open_window(options.data_dir, start=False)
            window = shell.window
            window.resize(*options.size)
            window.show()
            window.start()
            window.resize(*options.size)  # start() restores nothing from the empty settings
            if window.status is None and not _wait(window.status_loaded):
                sys.stderr.write("perut-gui: data tidak termuat dalam waktu yang wajar.\n")
                return 1
            spec = PAGES[name]
            if spec.master_only and window.status is not None and window.status.info.role is not Role.MASTER:
                sys.stderr.write(f"perut-gui: halaman '{options.page}' hanya ada di replika master.\n")
                return 2
            page_key = {"kunjungan-baru": "kunjungan", "editor": "kunjungan"}.get(name, name)
            if not window.awaiting_office:
                window.show_page(page_key)
                page = window.page(page_key)
                if not page.has_data or page.out_of_date or getattr(page, "from_snapshot", False):
                    _wait(page.loaded)
            dialog: QWidget | None = None
            if name == "editor":
                return _editor_shot(window, options, sub or "")
            if name == "pengaturan" and sub:
                window.settings_page.tabs.setCurrentIndex(SETTINGS_TABS.index(sub))
            if name == "sinkronisasi" and sub == "konflik":
                window.sync_page.tabs.setCurrentIndex(window.sync_page.CONFLICTS)
            if name == "desa" and sub:
                villages = window.page("desa")
                row = next((r for r in villages.list.shown()
                            if sub.casefold() in (r.code.casefold(), r.name.casefold())), None)
                if row is None:
                    sys.stderr.write(f"perut-gui: desa '{sub}' tidak dikenal.\n")
                    return 3
                villages.open_village(row.id)
                _wait(villages.village_shown)
            if name == "kunjungan-baru":
                new = window.new_visit()
                if new is not None:
                    if new.choices is None:
                        _wait(new.ready)
                    dialog = new
            elif options.visit:
                visit_id = _visit_id(window, options.visit)
                if visit_id is None:
                    return 3
                view = window.open_visit(visit_id)
                from perut_desktop.ui.editor.window import fitted_size

                view.resize(fitted_size(QSize(*options.size)))  # as on a screen of --size
                _wait_editor(window, view)
                dialog = view
            _settle()
            return _save(compose(window, dialog), options.screenshot)
        finally:
            launcher.close()


def _visit_id(window: Any, chosen: str) -> str | None:
    """``--visit``: an id, or ``latest`` (the newest visit of the list)."""
    if chosen != "latest":
        return chosen
    rows = window.visits_page.model.rows
    if not rows:
        sys.stderr.write("perut-gui: belum ada kunjungan.\n")
        return None
    return str(max(rows, key=lambda r: (r.visit_date, r.id)).id)


def _wait_editor(window: Any, editor: Any) -> None:
    """Until the editor and every tab show their data: its header first, then a read queued
    after the tabs' own (the task thread runs them in turn)."""
    if editor.visit is None:
        _wait(editor.loaded)
    done: list[bool] = []
    window.client.read(lambda _ws: None, label="", on_done=lambda _r: done.append(True), owner=editor)
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if done else None)
    timer.start(20)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    timer.stop()


def _editor_shot(window: Any, options: Any, tab: str) -> int:
    """``--page editor:TAB``: the editor of ``--visit`` (default the newest) on that tab,
    at the window's size."""
    visit_id = _visit_id(window, options.visit or "latest")
    if visit_id is None:
        return 3
    editor = window.open_visit(visit_id)
    if tab not in editor.tab_widgets:
        sys.stderr.write(f"perut-gui: halaman 'editor:{tab}' belum tersedia di versi ini.\n")
        return 2
    editor.resize(*options.size)
    _wait_editor(window, editor)
    editor.show_tab(tab)
    _settle(300)
    return _save(editor.grab(), options.screenshot)


def _save(picture: QPixmap, path: Path | None) -> int:
    assert path is not None
    if not picture.save(str(path), "PNG"):
        sys.stderr.write(f"perut-gui: gambar tidak dapat ditulis ke {path}.\n")
        return 3
    return 0
