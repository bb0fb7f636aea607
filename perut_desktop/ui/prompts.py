"""Every question the window asks through one small object, so that tests replace it
instead of driving modal dialogs (``exec``) and file choosers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:
    from perut_desktop.services.installation import StaffChoice


class Prompts:
    """The real dialogs. Each method returns the answer, or None / False when cancelled."""

    def confirm(self, parent: QWidget, title: str, text: str, accept: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def open_file(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return Path(path) if path else None

    def open_files(self, parent: QWidget, title: str, name_filter: str) -> list[Path]:
        """Several files at once; an empty list when cancelled."""
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
        return [Path(p) for p in paths]

    def save_file(self, parent: QWidget, title: str, suggested: str | Path, name_filter: str) -> Path | None:
        """Where to write a file (``suggested``: a name or a path), or None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
        return Path(path) if path else None

    def ask_secret(self, parent: QWidget, title: str, label: str) -> str | None:
        """A PIN or passphrase, typed hidden; None when cancelled."""
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def choose_folder(self, parent: QWidget, title: str, start: Path | None = None) -> Path | None:
        """A folder, the dialog opening at ``start`` when given; None when cancelled."""
        path = QFileDialog.getExistingDirectory(parent, title, str(start) if start is not None else "")
        return Path(path) if path else None

    def ask_text(self, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        """A line of text (a confirmation code, a reason)."""
        value, ok = QInputDialog.getText(parent, title, label, text=text)
        return value if ok else None

    def choose_staff(self, parent: QWidget, staff: Sequence[StaffChoice], current: str | None) -> str | None:
        """The office staff member who acts from now on (the master records each action)."""
        if not staff:
            return None
        names = [s.name for s in staff]
        ids = [s.id for s in staff]
        start = ids.index(current) if current in ids else 0
        name, ok = QInputDialog.getItem(
            parent, QCoreApplication.translate("Prompts", "Acting staff member"),
            QCoreApplication.translate("Prompts", "Who is using PERUT now? Every action is recorded in their name."),
            names, start, False)
        return ids[names.index(name)] if ok else None

    def choose_item(self, parent: QWidget, title: str, label: str, items: Sequence[str]) -> int | None:
        """One of ``items`` (its index), or None when cancelled."""
        if not items:
            return None
        text, ok = QInputDialog.getItem(parent, title, label, list(items), 0, False)
        return list(items).index(text) if ok and text in items else None

    def ask_pin(self, parent: QWidget, title: str, label: str) -> str | None:
        """A PIN typed hidden, or None when cancelled."""
        return self.ask_secret(parent, title, label)

    def edit_official(self, parent: QWidget, initial: dict[str, Any] | None) -> dict[str, Any] | None:
        """A village official's fields (a new one when ``initial`` is None), or None."""
        from perut_desktop.ui.dialogs.village_records import OfficialDialog

        return OfficialDialog(initial, parent).ask()

    def edit_regulation(self, parent: QWidget, initial: dict[str, Any] | None) -> dict[str, Any] | None:
        """A regulation's fields with its step dates (a new one when ``initial`` is None), or None."""
        from perut_desktop.ui.dialogs.village_records import RegulationDialog

        return RegulationDialog(initial, parent).ask()

    def edit_officer(self, parent: QWidget, initial: dict[str, Any] | None,
                     villages: Sequence[tuple[str, str]]) -> dict[str, Any] | None:
        """A pendamping's fields (a new one when ``initial`` is None), or None."""
        from perut_desktop.ui.dialogs.people_forms import OfficerDialog

        return OfficerDialog(initial, villages, parent).ask()

    def edit_staff(self, parent: QWidget, initial: dict[str, Any] | None) -> dict[str, Any] | None:
        """A staff profile's fields (a new one when ``initial`` is None), or None."""
        from perut_desktop.ui.dialogs.people_forms import StaffDialog

        return StaffDialog(initial, parent).ask()

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def open_data_folder(self, data_dir: Path) -> bool:
        """Start another PERUT window on ``data_dir`` (a restored copy); False when it
        could not be started."""
        import sys

        from PySide6.QtCore import QProcess

        program_args = [] if getattr(sys, "frozen", False) else ["-m", "perut_desktop.ui.app"]
        started, _pid = QProcess.startDetached(sys.executable, [*program_args, "--data-dir", str(data_dir)])
        return bool(started)

    def open_path(self, path: Path) -> bool:
        """Show a file or folder in the system's own program (a file manager, a PDF viewer)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
