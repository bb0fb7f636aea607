"""The letterhead and the Camat (*Kop surat dan Camat*): each field saved when it is left,
a refusal shown as its one line beside the field. Kept by the office (DESIGN.md §3): on a
laptop the fields are read-only and say why."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from perut_desktop.ui.editor.base import SaveFailure, guarded
from perut_desktop.ui.widgets.full_text_tip import show_full_text_as_tip
from perut_desktop.ui.widgets.nip_field import NipField

if TYPE_CHECKING:
    from perut_desktop.services.setup import SubdistrictInfo
    from perut_desktop.ui.client import WorkspaceClient

_CONTEXT = "LetterheadForm"

#: (field of :class:`SubdistrictInfo`, label, accessible name), in the order of the form.
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("kabupaten", QT_TRANSLATE_NOOP("LetterheadForm", "&Regency:"), QT_TRANSLATE_NOOP("LetterheadForm", "Regency")),
    ("address", QT_TRANSLATE_NOOP("LetterheadForm", "Office &address:"),
     QT_TRANSLATE_NOOP("LetterheadForm", "Office address")),
    ("postal_code", QT_TRANSLATE_NOOP("LetterheadForm", "P&ostal code:"),
     QT_TRANSLATE_NOOP("LetterheadForm", "Postal code")),
    ("phone", QT_TRANSLATE_NOOP("LetterheadForm", "&Phone:"), QT_TRANSLATE_NOOP("LetterheadForm", "Office phone")),
    ("email", QT_TRANSLATE_NOOP("LetterheadForm", "&E-mail:"), QT_TRANSLATE_NOOP("LetterheadForm", "Office e-mail")),
    ("city", QT_TRANSLATE_NOOP("LetterheadForm", "Cit&y of signing:"),
     QT_TRANSLATE_NOOP("LetterheadForm", "City of signing")),
    ("camat_name", QT_TRANSLATE_NOOP("LetterheadForm", "&Camat's name:"),
     QT_TRANSLATE_NOOP("LetterheadForm", "Camat's name")),
    ("camat_nip", QT_TRANSLATE_NOOP("LetterheadForm", "Camat's &NIP:"),
     QT_TRANSLATE_NOOP("LetterheadForm", "Camat's NIP")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class LetterheadForm(QGroupBox):
    #: A field was saved (the :class:`SubdistrictInfo` the services then hold).
    saved = Signal(object)

    def __init__(self, client: WorkspaceClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Letterhead and Camat"))
        self.client = client
        self.editable = False
        self.values: dict[str, str] = {}
        self.editors: dict[str, QLineEdit] = {}
        self.refusals: dict[str, QLabel] = {}
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.note)
        for key, label, name in FIELDS:
            edit: QLineEdit = NipField() if key == "camat_nip" else QLineEdit()
            edit.setAccessibleName(_tr(name))
            show_full_text_as_tip(edit)
            edit.editingFinished.connect(lambda k=key: self.save_field(k))
            refusal = QLabel()
            refusal.setWordWrap(True)
            refusal.setStyleSheet("color: #b71c1c;")
            refusal.hide()
            row = QHBoxLayout()
            row.addWidget(edit, 3)
            row.addWidget(refusal, 2)
            caption = QLabel(_tr(label))
            caption.setBuddy(edit)
            form.addRow(caption, row)
            self.editors[key] = edit
            self.refusals[key] = refusal

    def set_info(self, info: SubdistrictInfo, editable: bool) -> None:
        """Show what the services hold; fields being typed in keep their text."""
        self.editable = editable
        for key, edit in self.editors.items():
            value = getattr(info, key) or ""
            typing = edit.hasFocus() and editable and edit.text() != self.values.get(key, "")
            self.values[key] = value
            if not typing:
                edit.setText(value)
            edit.setReadOnly(not editable)
        if editable:
            self.note.setText(self.tr("Printed at the top of every document and under its signature. Each field "
                                      "is saved when you leave it; the laptops receive it with the next bundle."))
        else:
            self.note.setText(self.tr("Kept by the office (the master copy): only the office changes the "
                                      "letterhead and the Camat; this laptop receives them with the office's "
                                      "bundles."))

    def save_field(self, key: str) -> None:
        edit = self.editors[key]
        text = edit.text().strip()
        if not self.editable or text == self.values.get(key, ""):
            return
        from perut_desktop.services.setup import update_subdistrict

        self.client.change(guarded(update_subdistrict, **{key: text}), label=self.tr("Saving the letterhead"),
                           owner=self, initiator=self, on_done=lambda result: self._on_saved(key, result))

    def _on_saved(self, key: str, result: Any) -> None:
        refusal = self.refusals[key]
        if isinstance(result, SaveFailure):
            refusal.setText(result.message)
            refusal.show()
            return
        refusal.clear()
        refusal.hide()
        self.set_info(result, self.editable)
        self.saved.emit(result)
