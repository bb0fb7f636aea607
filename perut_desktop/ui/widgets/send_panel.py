"""*Kirim*: what the next bundle to a partner carries, where it goes, an optional split
for chat apps, and after writing: the files, flushed and read back, safe to remove."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from perut_desktop.ui.labels import counts_text
from perut_desktop.ui.tasks import ProgressMode, TaskContext
from perut_desktop.ui.widgets.folders import folder_choices

if TYPE_CHECKING:
    from perut_desktop.operations.exchange import BundleSent, OutgoingPreview
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

FOLDER_KEY = "sync/bundle-folder"
SPLIT_KEY = "sync/split-mb"
DEFAULT_SPLIT_MB = 90  # below the limits of the usual chat apps


def size_text(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1_048_576 else f"{n / 1_048_576:.1f} MB"


class SendPanel(QGroupBox):
    #: A bundle was written (:class:`~perut_desktop.operations.exchange.BundleSent`).
    sent = Signal(object)
    #: The preview of what goes has loaded.
    previewed = Signal()

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Send (Kirim)"), parent)
        self.client = client
        self.prompts = prompts
        self.settings: QSettings | None = None
        self.recipient: str | None = None
        self.recipient_name = ""
        self.preview: OutgoingPreview | None = None
        self.last_sent: BundleSent | None = None
        self._request = 0
        self.what = QLabel(self.tr("Choose a partner in the list."))
        self.what.setWordWrap(True)
        self.folder = QComboBox()
        self.folder.setAccessibleName(self.tr("Folder for the bundle"))
        self.folder.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.folder.setMinimumContentsLength(24)
        self.folder.setPlaceholderText(self.tr("No folder yet: choose one"))
        folder_label = QLabel(self.tr("&Save to:"))
        folder_label.setBuddy(self.folder)
        self.browse = QPushButton(self.tr("&Choose…"))
        self.browse.setAccessibleName(self.tr("Choose a folder"))
        self.browse.clicked.connect(self._on_browse_clicked)
        self.split = QCheckBox(self.tr("Split for chat apps, files of at most"))
        self.split.setAccessibleName(self.tr("Split for chat apps"))
        self.split_mb = QSpinBox()
        self.split_mb.setRange(5, 2000)
        self.split_mb.setValue(DEFAULT_SPLIT_MB)
        self.split_mb.setSuffix(" MB")
        self.split_mb.setAccessibleName(self.tr("Largest file size"))
        self.split_mb.setEnabled(False)
        self.split.toggled.connect(self.split_mb.setEnabled)
        self.send_button = QPushButton(self.tr("&Write bundle"))
        self.send_button.setAccessibleName(self.tr("Write bundle"))
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        self.open_folder = QPushButton(self.tr("Open &folder"))
        self.open_folder.setAccessibleName(self.tr("Open folder"))
        self.open_folder.hide()
        self.open_folder.clicked.connect(self._on_open_folder_clicked)

        grid = QGridLayout(self)
        grid.addWidget(self.what, 0, 0, 1, 3)
        grid.addWidget(folder_label, 1, 0)
        grid.addWidget(self.folder, 1, 1)
        grid.addWidget(self.browse, 1, 2)
        split_row = QHBoxLayout()
        split_row.addWidget(self.split)
        split_row.addWidget(self.split_mb)
        split_row.addStretch(1)
        grid.addLayout(split_row, 2, 0, 1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 0, 1, 3)
        grid.addWidget(self.result, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    # --- folders ---------------------------------------------------------------------------

    def use_settings(self, settings: QSettings) -> None:
        self.settings = settings
        self.fill_folders()

    def fill_folders(self) -> None:
        remembered = self.settings.value(FOLDER_KEY) if self.settings is not None else None
        self.folder.clear()
        for label, folder in folder_choices(str(remembered) if remembered else None):
            self.folder.addItem(label, str(folder))
        if self.settings is not None:
            mb = self.settings.value(SPLIT_KEY)
            if mb:
                self.split.setChecked(True)
                self.split_mb.setValue(int(mb))
        self._update_button()

    def set_folder(self, folder: Path) -> None:
        """Use ``folder`` (and remember it for next time)."""
        index = self.folder.findData(str(folder))
        if index < 0:
            self.folder.insertItem(0, str(folder), str(folder))
            index = 0
        self.folder.setCurrentIndex(index)
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(folder))
        self._update_button()

    def chosen_folder(self) -> Path | None:
        data = self.folder.currentData()
        return Path(data) if data else None

    def _on_browse_clicked(self) -> None:
        folder = self.prompts.choose_folder(self, self.tr("Folder for the bundle"))
        if folder is not None:
            self.set_folder(folder)

    # --- what goes -------------------------------------------------------------------------

    def set_recipient(self, device_id: str | None, name: str) -> None:
        """The partner the next bundle is for; loads what it would carry."""
        self.recipient, self.recipient_name = device_id, name
        self.preview = None
        self._request += 1
        request = self._request
        self._update_button()
        if device_id is None:
            self.what.setText(self.tr("Choose a partner in the list."))
            return
        self.what.setText(self.tr("Counting what goes to {name}…").format(name=name))

        def read(ws: Any) -> OutgoingPreview:
            from perut_desktop.operations.exchange import outgoing_preview

            return ws.read(outgoing_preview, device_id, ws.data_dir)

        self.client.read(read, label=self.tr("Counting what goes"), owner=self, mode=ProgressMode.NONE,
                         on_done=lambda p: self._on_preview(request, p))

    def _on_preview(self, request: int, preview: OutgoingPreview) -> None:
        if request != self._request:
            return
        self.preview = preview
        rows = sum(preview.counts.values())
        if rows == 0:
            text = self.tr("To {name}: nothing new since the last bundle it acknowledged (a bundle still "
                           "confirms what was received).").format(name=self.recipient_name)
        else:
            text = self.tr("To {name}: {rows} records ({what}); {files} photos and files, {size}.").format(
                name=self.recipient_name, rows=rows, what=counts_text(preview.counts), files=preview.attachments,
                size=size_text(preview.attachment_bytes))
        self.what.setText(text + " " + self.tr("File: {file}").format(file=preview.file_name))
        self._update_button()
        self.previewed.emit()

    def _update_button(self) -> None:
        self.send_button.setEnabled(self.recipient is not None and self.chosen_folder() is not None)

    # --- writing ---------------------------------------------------------------------------

    def send(self) -> None:
        folder = self.chosen_folder()
        if folder is None:
            folder = self.prompts.choose_folder(self, self.tr("Folder for the bundle"))
            if folder is None:
                return
        self.set_folder(folder)
        max_size = f"{self.split_mb.value()}M" if self.split.isChecked() else None
        if self.settings is not None:
            self.settings.setValue(SPLIT_KEY, self.split_mb.value() if self.split.isChecked() else "")
        to = self.recipient
        self.send_button.setEnabled(False)
        self.result.hide()
        self.open_folder.hide()

        def work(ws: Any, ctx: TaskContext) -> Any:
            from perut_desktop.operations.exchange import send_bundle

            def progress(done: int, total: int, label: str) -> None:
                ctx.check_abort()
                ctx.progress(done, total, label)

            return ws.operate(send_bundle, folder, to=to, max_size=max_size, progress=progress)

        self.client.long(work, label=self.tr("Writing a bundle"), on_done=self._on_sent, owner=self,
                         on_failed=lambda _e: self._update_button(), on_cancelled=self._on_cancelled)

    def _on_cancelled(self) -> None:
        self.result.setText(self.tr("Cancelled: no bundle was written."))
        self.result.show()
        self._update_button()

    def _on_sent(self, sent: BundleSent) -> None:
        self.last_sent = sent
        names = ", ".join(p.name for p in sent.paths)
        if sent.revocation_notice:
            text = self.tr("{file} only tells the revoked laptop it was revoked.").format(file=names)
        else:
            text = self.tr("Written: {files} ({rows} records, {n} photos and files, {size}).").format(
                files=names, rows=sent.rows, n=sent.attachments, size=size_text(sent.bytes))
        if sent.verified:
            text += " " + self.tr("The file is written and checked: the stick may be removed safely.")
        else:
            text += " " + self.tr("The file could not be read back: write it again before removing the stick.")
        self.result.setText(text)
        self.result.show()
        self.open_folder.show()
        self._update_button()
        self.set_recipient(self.recipient, self.recipient_name)
        self.sent.emit(sent)

    def _on_open_folder_clicked(self) -> None:
        if self.last_sent is not None and self.last_sent.paths:
            self.prompts.open_path(self.last_sent.paths[0].parent)
