"""Dialogs for a village's records: an official (aparatur, BPD, LKD) and a regulation of
its register with the dates of each step (DESIGN.md §7). Each returns the fields as a
dict for the services, or None when cancelled; the window asks through ``ui/prompts.py``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from perut_desktop.enums import REGULATION_DATE_FIELDS, OfficialBody, RegulationKind, RegulationTopic
from perut_desktop.ui.dialogs.form import FormDialog, accessible
from perut_desktop.ui.widgets.date_edit import IndonesianDateEdit

BODY_TEXTS = {
    OfficialBody.PEMDES: QT_TRANSLATE_NOOP("VillageRecords", "Village government"),
    OfficialBody.BPD: QT_TRANSLATE_NOOP("VillageRecords", "BPD"),
    OfficialBody.LKD: QT_TRANSLATE_NOOP("VillageRecords", "Village institution (LKD)"),
}
KIND_TEXTS = {
    RegulationKind.PERDES: QT_TRANSLATE_NOOP("VillageRecords", "Village regulation (Perdes)"),
    RegulationKind.PERKADES: QT_TRANSLATE_NOOP("VillageRecords", "Village head regulation (Perkades)"),
    RegulationKind.PERBER: QT_TRANSLATE_NOOP("VillageRecords", "Joint regulation (Peraturan Bersama)"),
}
STEP_TEXTS = {
    "bpd_agreed_on": QT_TRANSLATE_NOOP("VillageRecords", "Agreed with the BPD"),
    "handed_to_kades_on": QT_TRANSLATE_NOOP("VillageRecords", "Handed to the Kepala Desa"),
    "enacted_on": QT_TRANSLATE_NOOP("VillageRecords", "Enacted (signed)"),
    "promulgated_on": QT_TRANSLATE_NOOP("VillageRecords", "Promulgated"),
    "sent_to_bupati_on": QT_TRANSLATE_NOOP("VillageRecords", "Sent to the Bupati"),
    "evaluation_submitted_on": QT_TRANSLATE_NOOP("VillageRecords", "Draft sent for evaluation"),
    "evaluation_returned_on": QT_TRANSLATE_NOOP("VillageRecords", "Evaluation returned"),
    "corrected_on": QT_TRANSLATE_NOOP("VillageRecords", "Corrected after evaluation"),
    "consultation_on": QT_TRANSLATE_NOOP("VillageRecords", "Consulted with the community"),
    "musyawarah_on": QT_TRANSLATE_NOOP("VillageRecords", "Agreed in the Musyawarah Desa"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("VillageRecords", text)


class OptionalDate(QWidget):
    """A date that may be left empty: a tick, then the date."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(QCoreApplication.translate("VillageRecords", "known"))
        self.known.setAccessibleName(name)
        self.date = IndonesianDateEdit()
        self.date.setAccessibleName(name)
        self.date.set_day(dt.date.today())
        self.date.setEnabled(False)
        self.known.toggled.connect(self.date.setEnabled)
        # its label's Alt letter leads here (a label passes the keyboard on only to a widget
        # that takes focus): on to the tick, or to the date once known. Click focus, not Tab
        # focus: Tab steps through the tick and the date alone.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.date, 1)

    def focusInEvent(self, event: QFocusEvent) -> None:
        (self.date if self.known.isChecked() else self.known).setFocus(event.reason())

    def set_value(self, day: dt.date | None) -> None:
        self.known.setChecked(day is not None)
        if day is not None:
            self.date.set_day(day)

    def value(self) -> dt.date | None:
        return self.date.day() if self.known.isChecked() else None


class _RecordDialog(FormDialog):
    def _line(self, label: str, value: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        self.add_row(label, edit)
        return edit

    def _combo(self, label: str, items: dict[Any, str], current: Any) -> QComboBox:
        combo = QComboBox()
        for key, text in items.items():
            combo.addItem(_t(text), key.value if hasattr(key, "value") else key)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        self.add_row(label, combo)
        return combo

    def _date(self, label: str, value: dt.date | None) -> OptionalDate:
        field = OptionalDate(accessible(label))
        field.set_value(value)
        self.form.addRow(label, field)
        return field

class OfficialDialog(_RecordDialog):
    def __init__(self, initial: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("VillageRecords", "Village official") if initial is None else QCoreApplication.translate("VillageRecords", "Edit village official"), parent)
        v = initial or {}
        self.name = self._line(QCoreApplication.translate("VillageRecords", "&Name:"), v.get("name", ""))
        self.position = self._line(QCoreApplication.translate("VillageRecords", "&Position:"), v.get("position", ""))
        self.body = self._combo(QCoreApplication.translate("VillageRecords", "&Body:"), BODY_TEXTS, v.get("body", OfficialBody.PEMDES.value))
        self.gender = self._combo(QCoreApplication.translate("VillageRecords", "&Gender:"), {"": "–", "L": QT_TRANSLATE_NOOP("VillageRecords", "Male (L)"),
                                                   "P": QT_TRANSLATE_NOOP("VillageRecords", "Female (P)")},
                                  v.get("gender") or "")
        self.phone = self._line(QCoreApplication.translate("VillageRecords", "P&hone:"), v.get("phone", ""))
        self.term_start = self._date(QCoreApplication.translate("VillageRecords", "Term &start:"), v.get("term_start"))
        self.term_end = self._date(QCoreApplication.translate("VillageRecords", "Term &end:"), v.get("term_end"))

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "position": self.position.text(), "body": self.body.currentData(),
                "gender": self.gender.currentData() or None, "phone": self.phone.text(),
                "term_start": self.term_start.value(), "term_end": self.term_end.value()}


class RegulationDialog(_RecordDialog):
    def __init__(self, initial: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("VillageRecords", "Regulation") if initial is None else QCoreApplication.translate("VillageRecords", "Edit regulation"), parent)
        v = initial or {}
        self.kind = self._combo(QCoreApplication.translate("VillageRecords", "&Kind:"), KIND_TEXTS, v.get("kind", RegulationKind.PERDES.value))
        self.number = self._line(QCoreApplication.translate("VillageRecords", "N&umber:"), v.get("number") or "")
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(v.get("year") or dt.date.today().year)
        self.year.setAccessibleName(QCoreApplication.translate("VillageRecords", "Year"))
        self.form.addRow(QCoreApplication.translate("VillageRecords", "&Year:"), self.year)
        self.title = self._line(QCoreApplication.translate("VillageRecords", "&Title:"), v.get("title", ""))
        self.topic = self._combo(QCoreApplication.translate("VillageRecords", "T&opic:"), {t: t.value.replace("_", " ") for t in RegulationTopic},
                                 v.get("topic", RegulationTopic.LAINNYA.value))
        self.dates = {name: self._date(_t(STEP_TEXTS[name]) + ":", v.get(name)) for name in REGULATION_DATE_FIELDS}

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind.currentData(), "number": self.number.text().strip() or None,
                               "year": self.year.value(), "title": self.title.text().strip(),
                               "topic": self.topic.currentData()}
        out.update({name: field.value() for name, field in self.dates.items()})
        return out
