"""*Pengaturan*: backups (*Cadangkan sekarang* into a chosen folder, with an optional
passphrase that also carries the device's keys; the automatic backups in ``backups/``
with their dates) and the data folder with *Buka folder*."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.ui.models.common import short_date
from perut_desktop.ui.models.rows import Column, RowTableModel
from perut_desktop.ui.pages.dashboard import style_table
from perut_desktop.ui.pages.base import Page
from perut_desktop.ui.widgets.send_panel import size_text

if TYPE_CHECKING:
    from perut_desktop.operations.safekeeping import BackupMade
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

TITLE = QT_TRANSLATE_NOOP("SettingsPage", "Settings")
MIN_PASSPHRASE = 12  # as the backup asks (sync.backup.MIN_PASSPHRASE)

BACKUP_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SettingsPage", "Taken"), lambda b: f"{short_date(b.taken_at.date())} "
                                                                 f"{b.taken_at:%H:%M}", lambda b: b.taken_at),
    Column(QT_TRANSLATE_NOOP("SettingsPage", "File"), lambda b: b.path.name),
    Column(QT_TRANSLATE_NOOP("SettingsPage", "Size"), lambda b: size_text(b.bytes), lambda b: b.bytes, numeric=True),
)


class SettingsPage(Page):
    KEY = "pengaturan"
    WATCHES = frozenset({"officer"})

    #: A backup was written (:class:`BackupMade`).
    backed_up = Signal(object)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.heading.setText(self.title())
        self.last_backup: BackupMade | None = None

        box = QGroupBox(self.tr("Backup"))
        explain = QLabel(self.tr(
            "A backup holds the records of this installation. With a passphrase (12 characters at least; a phrase "
            "of several words is easiest) it also holds this device's keys, encrypted, so that another PC can take "
            "over without enrolling the laptops again. Keep the passphrase apart from the file."))
        explain.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setAccessibleName(self.tr("Passphrase again"))
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up)
        self.backup_result = QLabel()
        self.backup_result.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase (optional):"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.passphrase_again)
        row = QHBoxLayout()
        row.addWidget(self.backup_result, 1)
        row.addWidget(self.backup_button)
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addLayout(row)
        self.layout_.addWidget(box)

        auto = QGroupBox(self.tr("Automatic backups"))
        auto_text = QLabel(self.tr("Taken before a large import and at most daily otherwise, encrypted with this "
                                   "installation's own key; 7 daily and 4 weekly are kept."))
        auto_text.setWordWrap(True)
        self.backup_model = RowTableModel("SettingsPage", BACKUP_COLUMNS, self)
        self.backup_table = QTableView()
        self.backup_table.setModel(self.backup_model)
        style_table(self.backup_table, stretch=1)
        self.backup_table.setAccessibleName(self.tr("Automatic backups"))
        auto_layout = QVBoxLayout(auto)
        auto_layout.addWidget(auto_text)
        auto_layout.addWidget(self.backup_table)
        self.layout_.addWidget(auto, 1)

        self.contact_box = QGroupBox(self.tr("Your phone and e-mail"))
        contact_text = QLabel(self.tr("The office sees them with your name; this laptop may change them."))
        contact_text.setWordWrap(True)
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("E-mail"))
        self.contact_button = QPushButton(self.tr("&Save phone and e-mail"))
        self.contact_button.setAccessibleName(self.tr("Save phone and e-mail"))
        self.contact_button.clicked.connect(self.save_contact)
        self.contact_result = QLabel()
        contact_form = QFormLayout(self.contact_box)
        contact_form.addRow(contact_text)
        contact_form.addRow(self.tr("Phone:"), self.phone)
        contact_form.addRow(self.tr("E-mail:"), self.email)
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.contact_result, 1)
        contact_row.addWidget(self.contact_button)
        contact_form.addRow(contact_row)
        self.contact_box.hide()
        self.layout_.addWidget(self.contact_box)

        folder_box = QGroupBox(self.tr("Data folder"))
        self.data_folder = QLabel(str(client.data_dir))
        self.data_folder.setWordWrap(True)
        self.open_data_folder = QPushButton(self.tr("Open &folder"))
        self.open_data_folder.setAccessibleName(self.tr("Open the data folder"))
        self.open_data_folder.clicked.connect(lambda: self.prompts.open_path(Path(self.client.data_dir)))
        folder_row = QHBoxLayout(folder_box)
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_data_folder)
        self.layout_.addWidget(folder_box)

    def title(self) -> str:
        return QCoreApplication.translate("SettingsPage", TITLE)

    def load(self, workspace: Workspace) -> Any:
        from perut_desktop.operations.safekeeping import automatic_backups, own_contact

        return automatic_backups(workspace.data_dir), workspace.read(own_contact)

    def show_data(self, data: Any) -> None:
        backups, officer = data
        self.backup_model.set_rows(backups)
        self.data_folder.setText(str(self.client.data_dir))
        self.contact_box.setVisible(officer is not None)
        if officer is not None:
            self.contact_box.setTitle(self.tr("Your phone and e-mail ({name})").format(name=officer.name))
            self.phone.setText(officer.phone)
            self.email.setText(officer.email)

    def save_contact(self) -> None:
        phone, email = self.phone.text(), self.email.text()

        def call(ws: Any) -> Any:
            from perut_desktop.services.people import update_own_contact

            return ws.change(update_own_contact, phone=phone, email=email)

        self.client.change(call, label=self.tr("Saving phone and e-mail"), owner=self, initiator=self,
                           on_done=lambda _o: self.contact_result.setText(self.tr("Saved.")))

    def back_up(self) -> None:
        passphrase = self.passphrase.text()
        if passphrase != self.passphrase_again.text():
            self.backup_result.setText(self.tr("The two passphrases differ; type them again."))
            return
        if passphrase and len(passphrase) < MIN_PASSPHRASE:
            self.backup_result.setText(self.tr("The passphrase is too short: {n} characters at least.").format(
                n=MIN_PASSPHRASE))
            return
        folder = self.prompts.choose_folder(self, self.tr("Folder for the backup"))
        if folder is None:
            return

        def work(ws: Any, _ctx: Any) -> Any:
            from perut_desktop.operations.changes import Changed
            from perut_desktop.operations.safekeeping import make_backup

            return Changed(ws.operate(make_backup, folder, passphrase or None))

        self.client.long(work, label=self.tr("Backing up"), owner=self, on_done=self._on_backed_up)

    def _on_backed_up(self, made: BackupMade) -> None:
        self.last_backup = made
        self.passphrase.clear()
        self.passphrase_again.clear()
        if made.with_keys:
            text = self.tr("Backup written to {file} ({size}): the records and this device's keys, encrypted with "
                           "the passphrase. Attachment files are not included.")
        else:
            text = self.tr("Backup written to {file} ({size}): the records only, without the device's keys and "
                           "not encrypted. Attachment files are not included.")
        self.backup_result.setText(text.format(file=made.path, size=size_text(made.bytes)))
        self.backed_up.emit(made)
