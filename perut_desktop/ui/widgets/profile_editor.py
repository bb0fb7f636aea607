"""The fields of a village's profile that the page edits in place: classification, SOTK
(urusan / seksi), the Kepala Desa's name, inauguration date and term number, and an acting
head's (Pj.) decree. Each field says what changed as soon as it is committed (a choice, a
tick, leaving a field or Enter), as a dict for ``villages.update_profile``; nothing else
is asked. Fields this replica may not write are read-only, with the reason as tooltip."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from perut_desktop.enums import Classification
from perut_desktop.ui.dialogs.village_records import OptionalDate
from perut_desktop.ui.labels import NO_VALUE
from perut_desktop.ui.widgets.read_only import set_read_only

if TYPE_CHECKING:
    from perut_desktop.services.villages import ProfileInfo

#: The fields edited here, in the order shown.
FIELDS = ("classification", "sotk_urusan", "sotk_seksi", "kades_name", "kades_inaugurated_on", "kades_term_number",
          "kades_acting", "kades_acting_sk", "kades_acting_sk_on")


def _count(name: str, low: int) -> QSpinBox:
    """A small count that may be unknown: its lowest value shows as "–" and means None."""
    box = QSpinBox()
    box.setRange(low, 20)
    box.setSpecialValueText(NO_VALUE)
    box.setAccessibleName(name)
    box.setKeyboardTracking(False)
    return box


class ProfileEditor(QObject):
    """The editable part of the profile, its fields added to ``form``; :attr:`edited`
    carries ``{field: value}``."""

    edited = Signal(dict)

    def __init__(self, form: QFormLayout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: dict[str, Any] = {}
        self._editable = False
        self.classification = QComboBox()
        self.classification.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Classification"))
        self.classification.addItem(NO_VALUE, None)
        for value in Classification:
            self.classification.addItem(value.value.capitalize(), value.value)
        self.classification.activated.connect(lambda _i: self._commit("classification"))
        self.sotk_urusan = _count(QCoreApplication.translate("ProfileEditor", "Urusan in place"), -1)
        self.sotk_seksi = _count(QCoreApplication.translate("ProfileEditor", "Seksi in place"), -1)
        self.kades_name = QLineEdit()
        self.kades_name.setMinimumWidth(self.kades_name.fontMetrics().horizontalAdvance("M" * 24))
        self.kades_name.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Name of the Kepala Desa"))
        self.kades_inaugurated_on = OptionalDate(QCoreApplication.translate("ProfileEditor", "Inaugurated on"))
        self.kades_term_number = _count(QCoreApplication.translate("ProfileEditor", "Term number"), 0)
        self.kades_acting = QCheckBox(QCoreApplication.translate("ProfileEditor", "An acting head (Pj.) &leads the village"))
        self.kades_acting.clicked.connect(lambda _c: self._commit("kades_acting"))
        self.kades_acting.toggled.connect(self._on_acting_toggled)
        self.kades_acting_sk = QLineEdit()
        self.kades_acting_sk.setMinimumWidth(self.kades_name.minimumWidth())
        self.kades_acting_sk.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Decree (SK) of the acting head"))
        self.kades_acting_sk_on = OptionalDate(QCoreApplication.translate("ProfileEditor", "Date of the decree"))
        for name in ("sotk_urusan", "sotk_seksi", "kades_term_number", "kades_name", "kades_acting_sk"):
            getattr(self, name).editingFinished.connect(lambda name=name: self._commit(name))
        for name in ("kades_inaugurated_on", "kades_acting_sk_on"):
            field: OptionalDate = getattr(self, name)
            field.known.clicked.connect(lambda _c, name=name: self._commit(name))
            field.date.editingFinished.connect(lambda name=name: self._commit(name))
            field.date.calendarWidget().clicked.connect(lambda _d, name=name: self._commit(name))
        sotk = QWidget()
        line = QHBoxLayout(sotk)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.sotk_urusan)
        line.addWidget(QLabel(QCoreApplication.translate("ProfileEditor", "affairs (urusan)")))
        line.addSpacing(12)
        line.addWidget(self.sotk_seksi)
        line.addWidget(QLabel(QCoreApplication.translate("ProfileEditor", "sections (seksi)")))
        line.addStretch(1)
        for name in ("classification", "kades_name", "kades_term_number", "kades_acting_sk", "kades_inaugurated_on",
                     "kades_acting_sk_on"):
            getattr(self, name).setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # as wide as a name
        sotk.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(QCoreApplication.translate("ProfileEditor", "&Classification:"), self.classification)
        form.addRow(QCoreApplication.translate("ProfileEditor", "SOTK i&n place:"), sotk)
        sotk_label = form.labelForField(sotk)
        if isinstance(sotk_label, QLabel):
            sotk_label.setBuddy(self.sotk_urusan)  # its Alt letter leads into the first count
        form.addRow(QCoreApplication.translate("ProfileEditor", "&Kepala Desa:"), self.kades_name)
        form.addRow(QCoreApplication.translate("ProfileEditor", "Inaugurate&d on:"), self.kades_inaugurated_on)
        form.addRow(QCoreApplication.translate("ProfileEditor", "&Term number:"), self.kades_term_number)
        form.addRow("", self.kades_acting)
        form.addRow(QCoreApplication.translate("ProfileEditor", "Pj. d&ecree (SK):"), self.kades_acting_sk)
        form.addRow(QCoreApplication.translate("ProfileEditor", "Pj. dec&ree dated:"), self.kades_acting_sk_on)

    # --- values --------------------------------------------------------------------------

    def value(self, name: str) -> Any:
        """The field's value as the services take it (None: not known)."""
        if name == "classification":
            return self.classification.currentData()
        if name in ("sotk_urusan", "sotk_seksi", "kades_term_number"):
            box: QSpinBox = getattr(self, name)
            return None if box.value() == box.minimum() else box.value()
        if name in ("kades_name", "kades_acting_sk"):
            text = " ".join(getattr(self, name).text().split())
            return text or (None if name == "kades_name" else "")
        if name == "kades_acting":
            return self.kades_acting.isChecked()
        return getattr(self, name).value()

    def set_profile(self, profile: ProfileInfo, editable: bool, reason: str = "") -> None:
        """Show ``profile``; a field being typed in keeps what was typed."""
        focus = QApplication.focusWidget()
        for name in FIELDS:
            widget = getattr(self, name)
            typing = focus is not None and (widget is focus or widget.isAncestorOf(focus))
            if typing and name in self._shown and self.value(name) != self._shown[name]:
                continue  # what is being typed stays; it is compared with the stored value when committed
            widget.blockSignals(True)
            try:
                self._set(name, getattr(profile, name))
            finally:
                widget.blockSignals(False)
            self._shown[name] = self.value(name)
        self.set_editable(editable, reason)

    def forget(self) -> None:
        """Forget what was shown (another village comes, or a save was refused): the next
        :meth:`set_profile` shows every stored value."""
        self._shown.clear()

    def _set(self, name: str, value: Any) -> None:
        if name == "classification":
            self.classification.setCurrentIndex(max(0, self.classification.findData(value)))
        elif name in ("sotk_urusan", "sotk_seksi", "kades_term_number"):
            box: QSpinBox = getattr(self, name)
            box.setValue(box.minimum() if value is None else value)
        elif name in ("kades_name", "kades_acting_sk"):
            getattr(self, name).setText(value or "")
        elif name == "kades_acting":
            self.kades_acting.setChecked(bool(value))
        else:
            field: OptionalDate = getattr(self, name)
            field.known.blockSignals(True)
            field.set_value(value)
            field.known.blockSignals(False)
            field.date.setEnabled(value is not None)

    def set_editable(self, editable: bool, reason: str) -> None:
        for name in FIELDS:
            widget = getattr(self, name)
            widget.setToolTip("" if editable else reason)
            if isinstance(widget, (QLineEdit, QSpinBox)):
                set_read_only(widget, not editable)
            else:
                widget.setEnabled(editable)
        self._editable = editable
        self._on_acting_toggled()

    def _on_acting_toggled(self, *_args: object) -> None:
        """An acting head's decree applies only while an acting head leads the village."""
        acting = self.kades_acting.isChecked()
        for field in (self.kades_acting_sk, self.kades_acting_sk_on):
            field.setEnabled(acting)

    def _commit(self, name: str) -> None:
        value = self.value(name)
        if not self._editable or name not in self._shown or value == self._shown[name]:
            return
        self._shown[name] = value
        self.edited.emit({name: value})
