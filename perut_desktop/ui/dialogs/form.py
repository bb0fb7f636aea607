"""A form dialog: labelled fields above *Simpan* / *Batal*; ``ask()`` answers the values of
a subclass's fields, or None when cancelled."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget


def accessible(label: str) -> str:
    """A field's accessible name from its visible label ("&Nama:" → "Nama")."""
    return label.replace("&", "").rstrip(":")


class FormDialog(QDialog):
    #: The fields' values as the services take them (each form says which).
    values: Callable[[], dict[str, Any]]

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(accessible(label))
        self.form.addRow(label, widget)
        return widget

    def ask(self) -> dict[str, Any] | None:
        return self.values() if self.exec() == QDialog.DialogCode.Accepted else None
