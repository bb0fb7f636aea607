"""Dialogs for the office's people: a pendamping (name, NIP, position, phone, villages,
active) and a staff profile (name, NIP, title, may sign a.n. Camat, dates as Plt. Camat,
PIN). Each returns the fields as a dict for the services, or None when cancelled; the
window asks through ``ui/prompts.py``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from perut_desktop.ui.dialogs.form import FormDialog
from perut_desktop.ui.dialogs.village_records import OptionalDate
from perut_desktop.ui.widgets.nip_field import NipField


class _PersonDialog(FormDialog):
    def _add(self, label: str, widget: QWidget) -> None:
        self.add_row(label, widget)


class OfficerDialog(_PersonDialog):
    """``villages``: (id, name) of every village, the officer's own ticked."""

    def __init__(self, initial: dict[str, Any] | None, villages: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PeopleForms", "Officer") if initial is None
                         else QCoreApplication.translate("PeopleForms", "Edit officer"), parent)
        v = initial or {}
        self.name = QLineEdit(v.get("name", ""))
        self._add(QCoreApplication.translate("PeopleForms", "&Name:"), self.name)
        self.nip = NipField()
        self.nip.setText(v.get("nip", ""))
        self._add(QCoreApplication.translate("PeopleForms", "N&IP:"), self.nip)
        self.position = QLineEdit(v.get("position", ""))
        self._add(QCoreApplication.translate("PeopleForms", "&Position:"), self.position)
        self.phone = QLineEdit(v.get("phone", ""))
        self._add(QCoreApplication.translate("PeopleForms", "P&hone:"), self.phone)
        own = set(v.get("villages", ()))
        self.villages = QListWidget()
        for village_id, name in villages:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, village_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if village_id in own or name in own else Qt.CheckState.Unchecked)
            self.villages.addItem(item)
        self._add(QCoreApplication.translate("PeopleForms", "&Villages:"), self.villages)
        self.active = QCheckBox(QCoreApplication.translate("PeopleForms", "Active (gets visits planned)"))
        self.active.setChecked(v.get("active", True))
        self.form.addRow("", self.active)

    def values(self) -> dict[str, Any]:
        chosen = [self.villages.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.villages.count())
                  if self.villages.item(n).checkState() == Qt.CheckState.Checked]
        return {"name": self.name.text(), "nip": self.nip.nip(), "position": self.position.text(),
                "phone": self.phone.text(), "villages": chosen, "active": self.active.isChecked()}


class StaffDialog(_PersonDialog):
    def __init__(self, initial: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PeopleForms", "Staff member") if initial is None
                         else QCoreApplication.translate("PeopleForms", "Edit staff member"), parent)
        v = initial or {}
        self.name = QLineEdit(v.get("name", ""))
        self._add(QCoreApplication.translate("PeopleForms", "&Name:"), self.name)
        self.nip = NipField()
        self.nip.setText(v.get("nip", ""))
        self._add(QCoreApplication.translate("PeopleForms", "N&IP:"), self.nip)
        self.title = QLineEdit(v.get("title", ""))
        self._add(QCoreApplication.translate("PeopleForms", "&Title:"), self.title)
        self.can_sign = QCheckBox(QCoreApplication.translate("PeopleForms", "May sign on behalf of the Camat (a.n.)"))
        self.can_sign.setChecked(v.get("can_sign", False))
        self.form.addRow("", self.can_sign)
        self.plt_from = OptionalDate(QCoreApplication.translate("PeopleForms", "Acting Camat from"))
        self.plt_from.set_value(v.get("plt_from"))
        self.form.addRow(QCoreApplication.translate("PeopleForms", "Acting Camat (Plt.) &from:"), self.plt_from)
        self.plt_to = OptionalDate(QCoreApplication.translate("PeopleForms", "Acting Camat until"))
        self.plt_to.set_value(v.get("plt_to"))
        self.form.addRow(QCoreApplication.translate("PeopleForms", "… &until:"), self.plt_to)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(QCoreApplication.translate("PeopleForms", "empty: keep as it is"))
        self._add(QCoreApplication.translate("PeopleForms", "New &PIN:"), self.pin)
        self.remove_pin = QCheckBox(QCoreApplication.translate("PeopleForms", "Remove the PIN"))
        self.remove_pin.setEnabled(bool(v.get("has_pin")))
        self.form.addRow("", self.remove_pin)

    def values(self) -> dict[str, Any]:
        start, end = self.plt_from.value(), self.plt_to.value()
        return {"name": self.name.text(), "nip": self.nip.nip(), "title": self.title.text(),
                "can_sign": self.can_sign.isChecked(), "plt": (start, end) if start and end else None,
                "pin": self.pin.text() or None, "remove_pin": self.remove_pin.isChecked()}
