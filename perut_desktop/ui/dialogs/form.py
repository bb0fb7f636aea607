"""A form dialog: labelled fields above *Simpan* / *Batal*; ``ask()`` answers the values of
a subclass's fields, or None when cancelled."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._buttons_last = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._buttons_last:
            # The buttons were made before a subclass added its fields, so Tab would start
            # at *Simpan* and typing a name go nowhere (a space would save an empty form).
            # A widget given a parent again goes to the end of the dialog's focus chain:
            # the first field gets the focus, Tab runs down the fields, then the buttons.
            self._buttons_last = True
            self.buttons.setParent(None)
            self.buttons.setParent(self)
            self.layout().addWidget(self.buttons)
        super().showEvent(event)

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(accessible(label))
        self.form.addRow(label, widget)
        return widget

    def ask(self) -> dict[str, Any] | None:
        return self.values() if self.exec() == QDialog.DialogCode.Accepted else None
