"""*Bantuan* (F1): the first-day guide in the window's language, with pictures of the
program that load (an image missing from the shipped resources shows as a broken box)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument

from perut_desktop.paths import resources_dir
from perut_desktop.ui.dialogs.help import HELP_DIR, HelpDialog, guide_html


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_guide_shows_its_pictures(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    dialog = HelpDialog(language)
    qtbot.addWidget(dialog)
    pictures = re.findall(r'<img src="([^"]+)"', guide_html(language))
    assert len(pictures) >= 4
    document = dialog.browser.document()
    for name in pictures:
        assert (resources_dir() / HELP_DIR / name).is_file()
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert isinstance(image, (QImage, QPixmap)) and not image.isNull() and image.width() >= 600, name
    text = dialog.browser.toPlainText()
    assert ("Panduan hari pertama" if language == "id" else "First-day guide") in text
