"""*Pulihkan*: a backup file restored, with the same checks as the command line's restore,
into a NEW data folder (never over the one open), off the window's thread; then the
restored copy may be opened in a window of its own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from perut_desktop.errors import Hint, PerutError
from perut_desktop.ui.hints import error_text
from perut_desktop.ui.labels import role_text

if TYPE_CHECKING:
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

_REFUSAL_STYLE = "color: #b71c1c;"


class RestorePanel(QGroupBox):
    #: A backup was restored: (the new data folder, what the restore reports).
    restored = Signal(object, object)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Restore from a backup"))
        self.client = client
        self.prompts = prompts
        self.restored_folder: Path | None = None
        explain = QLabel(self.tr(
            "The backup is checked first, then restored into a new, empty data folder of your choice; the data "
            "open now stays as it is. A backup with the device's keys asks for its passphrase."))
        explain.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore from a file…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup file"))
        self.restore_button.clicked.connect(self.restore)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the restored &copy"))
        self.open_button.setAccessibleName(self.tr("Open the restored copy in a window"))
        self.open_button.clicked.connect(self.open_restored)
        self.open_button.hide()
        self.result.hide()
        top = QHBoxLayout()
        top.addWidget(explain, 1)
        top.addWidget(self.restore_button)
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row)

    def restore(self) -> None:
        source = self.prompts.open_file(self, self.tr("Backup to restore"),
                                        self.tr("PERUT backups (*.perut-backup *.db);;All files (*)"))
        if source is None:
            return
        folder = self.prompts.choose_folder(self, self.tr("New data folder for the restored copy"))
        if folder is None:
            return
        self._run(source, folder, None)

    def _run(self, source: Path, folder: Path, passphrase: str | None) -> None:
        open_dir = Path(self.client.data_dir)

        def work(_ws: Any, _ctx: Any) -> Any:
            from perut_desktop.operations.changes import Changed
            from perut_desktop.operations.safekeeping import restore_into_new_folder

            try:
                return Changed(restore_into_new_folder(open_dir, folder, source, passphrase))
            except PerutError as exc:
                return Changed(exc)

        self.result.setStyleSheet("")
        self.result.setText(self.tr("Restoring {file}…").format(file=source.name))
        self.result.show()
        self.open_button.hide()
        self.client.long(work, label=self.tr("Restoring a backup"), owner=self,
                         on_done=lambda outcome: self._on_done(source, folder, passphrase, outcome))

    def _on_done(self, source: Path, folder: Path, passphrase: str | None, outcome: Any) -> None:
        if isinstance(outcome, PerutError):
            if outcome.hint is Hint.GIVE_PASSPHRASE and passphrase is None:
                given = self.prompts.ask_secret(self, self.tr("Backup passphrase"),
                                                self.tr("The passphrase of {file}:").format(file=source.name))
                if given:
                    self._run(source, folder, given)
                    return
            self.result.setStyleSheet(_REFUSAL_STYLE)
            self.result.setText(error_text(outcome))
            return
        self._show_restored(source, folder.resolve(), outcome)

    def _show_restored(self, source: Path, folder: Path, restored: Any) -> None:
        from perut_desktop.enums import Role

        keys = {
            "restored": self.tr("the device's keys were restored with it"),
            "kept": self.tr("the keys already in that folder are kept"),
            "none": self.tr("without the device's keys: it cannot exchange bundles until a backup with keys is "
                            "restored"),
            "mismatch": self.tr("the keys in that folder belong to another device: restore a backup with keys "
                                "before exchanging bundles"),
        }[restored.keys]
        self.restored_folder = folder
        self.result.setText(self.tr("{file} restored into {folder} ({role}); {keys}.").format(
            file=source.name, folder=folder, role=role_text(Role(restored.role)), keys=keys))
        self.open_button.show()
        self.restored.emit(folder, restored)
        if self.prompts.confirm(self, self.tr("Backup restored"),
                                self.tr("Open the restored copy in a window of its own now? This window stays on "
                                        "the data folder it has open."), self.tr("Open")):
            self.open_restored()

    def open_restored(self) -> None:
        if self.restored_folder is not None and not self.prompts.open_data_folder(self.restored_folder):
            self.result.setText(self.tr("The restored copy could not be opened in a new window; it is in {folder}.")
                                .format(folder=self.restored_folder))
