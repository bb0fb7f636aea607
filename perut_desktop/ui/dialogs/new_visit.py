"""*Kunjungan baru* (Ctrl+N): village, date, officer and agenda of a visit that took place.

A laptop offers its officer's villages first and its officer; the date is today in the
kecamatan (WITA for Awayan) and never later. The visit is created through the workspace;
:attr:`NewVisitDialog.created` carries it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.ui.hints import error_text
from perut_desktop.ui.widgets.busy import BusyIndicator
from perut_desktop.ui.widgets.date_edit import IndonesianDateEdit

if TYPE_CHECKING:
    from perut_desktop.services.visit_list import NewVisitChoices
    from perut_desktop.services.visits import VisitSummary
    from perut_desktop.ui.client import WorkspaceClient


class NewVisitDialog(QDialog):
    created = Signal(object)  # VisitSummary
    ready = Signal()  # the choices have loaded

    def __init__(self, client: WorkspaceClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.choices: NewVisitChoices | None = None
        self.setWindowTitle(self.tr("New visit"))
        self.setMinimumWidth(460)
        self.village = QComboBox()
        self.date = IndonesianDateEdit()
        self.officer = QComboBox()
        self.agenda = QLineEdit()
        form = QFormLayout()
        for label, field in ((self.tr("&Village:"), self.village), (self.tr("&Date:"), self.date),
                             (self.tr("&Officer:"), self.officer), (self.tr("&Agenda:"), self.agenda)):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.note = QLabel(self.tr("Record a visit after it has taken place: the date cannot be in the future."))
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.busy = BusyIndicator()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create visit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setAccessibleName(self.tr("Create visit"))
        self.create_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_create_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.busy.start()
        client.read(lambda ws: ws.new_visit_choices(), label=self.tr("Loading villages and officers"),
                    on_done=self._on_choices_loaded, owner=self)

    def _on_choices_loaded(self, choices: NewVisitChoices) -> None:
        self.busy.stop()
        self.choices = choices
        for officer in choices.officers:
            self.officer.addItem(officer.label, officer.id)
        self._offer_villages()
        self.officer.currentIndexChanged.connect(self._offer_villages)
        self.date.set_latest(choices.today)
        self.date.set_day(choices.today)
        self.agenda.setText(choices.agenda)
        self.create_button.setEnabled(bool(choices.villages and choices.officers))
        missing = [text for text, empty in (
            (self.tr("There are no villages yet: add them on the Villages page first."), not choices.villages),
            (self.tr("There is no officer (pendamping) yet: add one on the Officers & staff page first."),
             not choices.officers)) if empty]
        if missing:  # say why the button cannot be pressed, and what to do
            self.error.setText(" ".join(missing))
            self.error.show()
        self.ready.emit()

    def _offer_villages(self, *_args: object) -> None:
        """The chosen officer's villages first, a line, then the others (on a laptop its own
        officer's); a village chosen already stays chosen."""
        choices = self.choices
        if choices is None:
            return
        own = choices.assignments.get(self.officer.currentData(), frozenset())
        ordered = sorted(choices.villages, key=lambda v: (v.id not in own, v.label.casefold()))
        chosen = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        first_other = sum(1 for v in ordered if v.id in own)
        for n, village in enumerate(ordered):
            if 0 < first_other == n:
                self.village.insertSeparator(self.village.count())
            self.village.addItem(village.label, village.id)
        self.village.setCurrentIndex(max(self.village.findData(chosen), 0) if chosen is not None else 0)
        self.village.blockSignals(False)

    def _on_create_clicked(self) -> None:
        village_id, officer_id = self.village.currentData(), self.officer.currentData()
        if village_id is None or officer_id is None:
            return
        day, agenda = self.date.day(), self.agenda.text()
        self.create_button.setEnabled(False)
        self.error.hide()
        self.client.change(
            lambda ws: ws.create_visit(village_id=village_id, officer_id=officer_id, visit_date=day, agenda=agenda),
            label=self.tr("Creating the visit"), on_done=self._on_created, on_failed=self._on_failed,
            owner=self, initiator=self)

    def _on_created(self, summary: VisitSummary) -> None:
        self.created.emit(summary)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        from perut_desktop.errors import PerutError

        self.create_button.setEnabled(True)
        if isinstance(exc, PerutError):
            self.error.setText(error_text(exc))
            self.error.show()
