"""A panel with a heading and a few sentences: no data yet, waiting for the office, a
failure to load. Shown in place of a page's table."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class MessagePanel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMargin(12)

    def show_message(self, title: str, paragraphs: list[str]) -> None:
        parts = [f"<h3>{html.escape(title)}</h3>"] + [f"<p>{html.escape(p)}</p>" for p in paragraphs]
        self.setText("".join(parts))
        self.setAccessibleName(title)
