"""*Pengaturan*, in three tabs: the kecamatan (letterhead and Camat, who evaluates the APB
Desa, the checklist template: the office's, read-only on a laptop); this computer
(language, paper, the reminder of unsent changes, the officer's own phone and e-mail, the
data folder with *Buka folder*); and backups (*Cadangkan sekarang* into a chosen folder,
with an optional passphrase that also carries the device's keys; *Pulihkan* into a new
data folder; the automatic backups in ``backups/`` with their dates)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.enums import Role
from perut_desktop.ui.models.common import short_date
from perut_desktop.ui.models.rows import Column, RowTableModel
from perut_desktop.ui.pages.base import Page
from perut_desktop.ui.widgets.letterhead_form import LetterheadForm
from perut_desktop.ui.widgets.office_rules import OfficeRulesPanel
from perut_desktop.ui.widgets.preferences_box import PreferencesBox
from perut_desktop.ui.widgets.restore_panel import RestorePanel
from perut_desktop.ui.widgets.send_panel import size_text
from perut_desktop.ui.widgets.table_style import style_table

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
    WATCHES = frozenset({"officer", "subdistrict", "checklist_template"})
    #: The tabs, in their order.
    KECAMATAN, COMPUTER, BACKUPS = range(3)

    #: A backup was written (:class:`BackupMade`).
    backed_up = Signal(object)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.heading.setText(self.title())
        self.last_backup: BackupMade | None = None
        self.role: Role | None = None
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the settings"))
        self.layout_.addWidget(self.tabs, 1)
        kecamatan = QWidget()
        self.letterhead = LetterheadForm(client)
        self.rules = OfficeRulesPanel(client, prompts)
        kecamatan_layout = QHBoxLayout(kecamatan)
        letterhead_column = QVBoxLayout()
        letterhead_column.addWidget(self.letterhead)
        letterhead_column.addStretch(1)
        kecamatan_layout.addLayout(letterhead_column, 1)
        kecamatan_layout.addWidget(self.rules, 1)
        self.tabs.addTab(kecamatan, self.tr("Kecamatan"))
        computer = QWidget()
        computer_layout = QVBoxLayout(computer)
        self.preferences = PreferencesBox(client, prompts)
        computer_layout.addWidget(self.preferences)
        backups = QWidget()
        backups_layout = QVBoxLayout(backups)

        box = QGroupBox(self.tr("Backup"))
        explain = QLabel(self.tr(
            "With a passphrase (12 characters at least, a few words) the backup also holds this device's keys, "
            "encrypted: another PC can then take over without enrolling the laptops again. Keep the passphrase "
            "apart from the file."))
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
        self.backup_result.hide()  # shown with the outcome
        form = QFormLayout()
        form.addRow(self.tr("Passphrase (optional):"), self.passphrase)
        again = QHBoxLayout()
        again.addWidget(self.passphrase_again, 1)
        again.addWidget(self.backup_button)
        form.addRow(self.tr("Passphrase again:"), again)
        row = QHBoxLayout()
        row.addWidget(self.backup_result, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addLayout(row)
        backups_layout.addWidget(box)
        self.restore = RestorePanel(client, prompts)
        backups_layout.addWidget(self.restore)

        auto = QGroupBox(self.tr("Automatic backups"))
        auto_text = QLabel(self.tr("Taken before a large import and at most daily otherwise, encrypted with this "
                                   "installation's own key; 7 daily and 4 weekly are kept."))
        auto_text.setWordWrap(True)
        self.backup_model = RowTableModel("SettingsPage", BACKUP_COLUMNS, self)
        self.backup_table = QTableView()
        self.backup_table.setModel(self.backup_model)
        style_table(self.backup_table, stretch=1)
        self.backup_table.setMinimumHeight(60)  # the tab fits 1366×768 at 125 %
        self.backup_table.setAccessibleName(self.tr("Automatic backups"))
        auto_layout = QVBoxLayout(auto)
        auto_layout.addWidget(auto_text)
        auto_layout.addWidget(self.backup_table)
        backups_layout.addWidget(auto, 1)

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
        computer_layout.addWidget(self.contact_box)

        folder_box = QGroupBox(self.tr("Data folder"))
        self.data_folder = QLabel(str(client.data_dir))
        self.data_folder.setWordWrap(True)
        self.open_data_folder = QPushButton(self.tr("&Open folder"))
        self.open_data_folder.setAccessibleName(self.tr("Open the data folder"))
        self.open_data_folder.clicked.connect(lambda: self.prompts.open_path(Path(self.client.data_dir)))
        folder_row = QHBoxLayout(folder_box)
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_data_folder)
        computer_layout.addWidget(folder_box)
        computer_layout.addStretch(1)
        self.tabs.addTab(computer, self.tr("This computer"))
        self.tabs.addTab(backups, self.tr("Backups"))

    def title(self) -> str:
        return QCoreApplication.translate("SettingsPage", TITLE)

    def use_settings(self, settings: QSettings) -> None:
        from perut_desktop.ui.dialogs.help import current_language

        self.preferences.use_settings(settings, current_language())

    def load(self, workspace: Workspace) -> Any:
        from perut_desktop.operations.safekeeping import automatic_backups, own_contact
        from perut_desktop.services.installation import installation_info
        from perut_desktop.services.regulations import apbdes_evaluation
        from perut_desktop.services.report_settings import report_settings
        from perut_desktop.services.setup import subdistrict_info
        from perut_desktop.services.templates import list_templates

        return (automatic_backups(workspace.data_dir), workspace.read(own_contact),
                workspace.read(installation_info).role, workspace.read(subdistrict_info),
                workspace.read(apbdes_evaluation), workspace.read(list_templates),
                workspace.read(report_settings, workspace.data_dir))

    def show_data(self, data: Any) -> None:
        backups, officer, role, subdistrict, evaluation, templates, report = data
        self.role = role
        master = role is Role.MASTER
        self.letterhead.set_info(subdistrict, master)
        self.rules.set_state(evaluation, templates, master)
        self.preferences.set_report_settings(report)
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
        self.backup_result.show()
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
