"""The real window, offscreen: a launcher per test with prompts that answer as the test
says, settings in a temporary file, and the task thread joined at teardown."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from perut_desktop.ui import app as gui


class FakePrompts:
    """Answers the window's questions without dialogs and records them."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.files: list[Path] = []
        self.folders: list[Path] = []
        self.staff_choice: int | None = 0
        self.asked: list[tuple[str, str]] = []
        self.saves: list[Path] = []
        self.secrets: list[str | None] = []
        self.file_lists: list[list[Path]] = []
        self.texts: list[str | None] = []
        self.items: list[int | None] = []
        self.opened: list[Path] = []
        self.item_choice: int | None = 0
        self.pin: str | None = None
        self.saved: list[Path] = []
        self.records: list[dict[str, Any] | None] = []  # answers of edit_official / edit_regulation
        self.data_folders: list[Path] = []  # windows started on another data folder

    def save_file(self, parent: QWidget, title: str, suggested: str | Path, name_filter: str) -> Path | None:
        """The next of ``saves`` (or of ``saved``)."""
        self.asked.append((title, str(suggested)))
        if self.saves:
            return self.saves.pop(0)
        return self.saved.pop(0) if self.saved else None

    def ask_secret(self, parent: QWidget, title: str, label: str) -> str | None:
        self.asked.append((title, label))
        return self.secrets.pop(0) if self.secrets else None

    def confirm(self, parent: QWidget, title: str, text: str, accept: str) -> bool:
        self.asked.append((title, text))
        return self.confirm_answer

    def open_file(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        self.asked.append((title, name_filter))
        return self.files.pop(0) if self.files else None

    def open_files(self, parent: QWidget, title: str, name_filter: str) -> list[Path]:
        """The next list of ``file_lists``, else every file of ``files`` at once."""
        self.asked.append((title, name_filter))
        if self.file_lists:
            return self.file_lists.pop(0)
        files, self.files = self.files, []
        return files

    def open_data_folder(self, data_dir: Path) -> bool:
        self.data_folders.append(data_dir)
        return True

    def choose_folder(self, parent: QWidget, title: str, start: Path | None = None) -> Path | None:
        self.asked.append((title, str(start or "")))
        return self.folders.pop(0) if self.folders else None

    def ask_text(self, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        self.asked.append((title, label))
        return self.texts.pop(0) if self.texts else None

    def choose_item(self, parent: QWidget, title: str, label: str, items: Sequence[str]) -> int | None:
        """The next of ``items`` when any were given, else ``item_choice``."""
        self.asked.append((title, "|".join(items)))
        if self.items:
            return self.items.pop(0)
        return self.item_choice if items else None

    def choose_staff(self, parent: QWidget, staff: Sequence[Any], current: str | None) -> str | None:
        self.asked.append(("staff", ",".join(s.name for s in staff)))
        return staff[self.staff_choice].id if self.staff_choice is not None and staff else None

    def edit_officer(self, parent: QWidget, initial: dict[str, Any] | None,
                     villages: Sequence[tuple[str, str]]) -> dict[str, Any] | None:
        self.asked.append(("officer", repr(initial)))
        return self.records.pop(0) if self.records else None

    def edit_staff(self, parent: QWidget, initial: dict[str, Any] | None) -> dict[str, Any] | None:
        self.asked.append(("staff-profile", repr(initial)))
        return self.records.pop(0) if self.records else None

    def edit_official(self, parent: QWidget, initial: dict[str, Any] | None) -> dict[str, Any] | None:
        self.asked.append(("official", repr(initial)))
        return self.records.pop(0) if self.records else None

    def edit_regulation(self, parent: QWidget, initial: dict[str, Any] | None) -> dict[str, Any] | None:
        self.asked.append(("regulation", repr(initial)))
        return self.records.pop(0) if self.records else None

    def ask_pin(self, parent: QWidget, title: str, label: str) -> str | None:
        self.asked.append((title, label))
        return self.pin

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self.asked.append((title, text))

    def open_path(self, path: Path) -> bool:
        self.opened.append(path)
        return True


MakeLauncher = Callable[..., gui.Launcher]


@pytest.fixture()
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture()
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "perut.ini"


@pytest.fixture()
def make_launcher(qapp: QApplication, prompts: FakePrompts, settings_file: Path) -> Iterator[MakeLauncher]:
    made: list[gui.Launcher] = []

    def make(data_dir: Path, *argv: str, frame_first: bool = False) -> gui.Launcher:
        options = gui.parse_args(["--data-dir", str(data_dir), *argv])
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        launcher = gui.Launcher(qapp, options, prompts=prompts, settings=settings,  # type: ignore[arg-type]
                                frame_first=frame_first)
        made.append(launcher)
        return launcher

    yield make
    for launcher in made:
        launcher.close()


def open_loaded(qtbot: Any, launcher: gui.Launcher) -> gui.Shell:
    """Start the launcher on its replica and wait until the status and the visible page
    have loaded."""
    shell = launcher.open_window(launcher.options.data_dir, start=False)
    window = shell.window
    window.show()
    with qtbot.waitSignal(window.status_loaded, timeout=60_000):
        window.start()
    page = window.current_page()
    qtbot.waitUntil(lambda: page.has_data and not getattr(page, "from_snapshot", False), timeout=60_000)
    return shell
