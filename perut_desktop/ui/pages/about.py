"""*Tentang*: the program's version, this installation (data folder, device id, role, the
database's schema revision) and the licence of the fonts the printed documents embed."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.ui.labels import role_text
from perut_desktop.ui.pages.base import Page

if TYPE_CHECKING:
    from perut_desktop.operations.about import AboutInfo
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

TITLE = QT_TRANSLATE_NOOP("AboutPage", "About")


class AboutPage(Page):
    KEY = "tentang"

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.heading.setText(self.tr("About PERUT"))
        self.info: AboutInfo | None = None
        intro = QLabel(self.tr("Routine village-administration visits (Pendampingan Rutin) of Kantor Kecamatan "
                               "Awayan. Works offline: laptops and the office exchange sync bundles."))
        intro.setWordWrap(True)
        self.version = QLabel()
        self.data_dir = QLabel()
        self.data_dir.setWordWrap(True)
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device = QLabel()
        self.device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.role = QLabel()
        self.schema = QLabel()
        box = QGroupBox(self.tr("This installation"))
        form = QFormLayout(box)
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Data folder:"), self.data_dir)
        form.addRow(self.tr("Device id:"), self.device)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Database revision:"), self.schema)
        self.open_folder = QPushButton(self.tr("Open the &data folder"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder.clicked.connect(lambda: self.prompts.open_path(Path(self.client.data_dir)))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_folder)
        form.addRow(row)
        fonts = QGroupBox(self.tr("Fonts of the printed documents"))
        self.fonts = QLabel()
        self.fonts.setWordWrap(True)
        self.licence = QPlainTextEdit()
        self.licence.setReadOnly(True)
        self.licence.setAccessibleName(self.tr("Font licence"))
        fonts_layout = QVBoxLayout(fonts)
        fonts_layout.addWidget(self.fonts)
        fonts_layout.addWidget(self.licence, 1)
        self.layout_.addWidget(intro)
        self.layout_.addWidget(box)
        self.layout_.addWidget(fonts, 1)

    def title(self) -> str:
        return QCoreApplication.translate("AboutPage", TITLE)

    def load(self, workspace: Workspace) -> Any:
        from perut_desktop.operations.about import about_info

        return workspace.read(about_info, workspace.data_dir)

    def show_data(self, data: AboutInfo) -> None:
        self.info = data
        self.version.setText(html.escape(data.version))
        self.data_dir.setText(str(data.data_dir))
        self.device.setText(data.device_id)
        self.role.setText(role_text(data.role))
        self.schema.setText(data.schema_revision)
        self.fonts.setText(self.tr("DejaVu fonts, embedded in every PDF: {files}.").format(
            files=", ".join(data.fonts)))
        self.licence.setPlainText(data.font_licence)
