"""A NIP field: 18 digits (a civil servant's number), spaces allowed while typing."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget


class NipField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]{0,24}"), self))
        self.setPlaceholderText(self.tr("18 digits, may be empty"))

    def nip(self) -> str:
        return self.text().replace(" ", "")
