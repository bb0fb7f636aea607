"""*Bantuan* (F1): the short first-day guide, in the window's language, from
``resources/help/panduan-<language>.html``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from perut_desktop.paths import resources_dir

HELP_DIR = "help"


def guide_html(language: str) -> str:
    """The guide for ``language`` (Indonesian when there is none in that language)."""
    folder = resources_dir() / HELP_DIR
    for name in (f"panduan-{language}.html", "panduan-id.html"):
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class HelpDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help — first day with PERUT"))
        self.resize(720, 560)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(resources_dir() / HELP_DIR)])  # the guide's pictures
        self.browser.setHtml(guide_html(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def current_language() -> str:
    """"id" unless the window runs in English (its catalogue says so)."""
    return "id" if QCoreApplication.translate("HelpDialog", "en") == "id" else "en"
