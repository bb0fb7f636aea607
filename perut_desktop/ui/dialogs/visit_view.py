"""A visit, read-only, with its details: what *opening* a visit shows until the editor
comes (the window's part 2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.enums import ResultStatus
from perut_desktop.ui.labels import NO_VALUE, result_status_text, visit_status_text
from perut_desktop.ui.models.common import long_date, percent, short_date
from perut_desktop.ui.pages.dashboard import style_table
from perut_desktop.ui.widgets.busy import BusyIndicator

if TYPE_CHECKING:
    from perut_desktop.services.visit_list import VisitDetail
    from perut_desktop.ui.client import WorkspaceClient


class VisitViewDialog(QDialog):
    ready = Signal()

    def __init__(self, client: WorkspaceClient, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit_id = visit_id
        self.detail: VisitDetail | None = None
        self.setWindowTitle(self.tr("Visit"))
        self.resize(720, 520)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (("village", self.tr("Village:")), ("date", self.tr("Date:")),
                           ("officer", self.tr("Officer:")), ("agenda", self.tr("Agenda:")),
                           ("place", self.tr("Place:")), ("status", self.tr("Status:")),
                           ("score", self.tr("Score:")), ("attendance", self.tr("Attendance:")),
                           ("follow_ups", self.tr("Follow-ups:"))):
            value = QLabel(NO_VALUE)
            value.setWordWrap(True)
            value.setAccessibleName(label.rstrip(":"))
            self.fields[key] = value
            form.addRow(label, value)
        self.note = QLabel(self.tr("Read-only: editing a visit comes with the visit editor."))
        self.note.setWordWrap(True)
        self.books = QStandardItemModel(0, 3, self)
        self.books.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Book"), self.tr("State")])
        self.table = QTableView()
        self.table.setModel(self.books)
        style_table(self.table, 1)
        self.table.setSortingEnabled(False)
        self.table.setAccessibleName(self.tr("Books checked"))
        self.busy = BusyIndicator()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.busy.start()
        client.read(lambda ws: ws.visit_detail(visit_id), label=self.tr("Loading the visit"),
                    on_done=self._on_loaded, owner=self)

    def _on_loaded(self, d: VisitDetail) -> None:
        self.busy.stop()
        self.detail = d
        s = d.summary
        self.setWindowTitle(self.tr("Visit to {village}, {date}").format(village=s.village_name,
                                                                          date=short_date(s.visit_date)))
        open_count = sum(1 for f in d.follow_ups if f.status == "belum")
        values = {
            "village": f"{s.village_name} ({s.village_code})", "date": long_date(s.visit_date),
            "officer": s.officer_name, "agenda": s.agenda or NO_VALUE, "place": d.place or NO_VALUE,
            "status": visit_status_text(d.status), "score": percent(d.score) or NO_VALUE,
            "attendance": self.tr("{present} of {expected} present").format(present=d.present,
                                                                           expected=d.attendees),
            "follow_ups": self.tr("{total} made, {open} open").format(total=len(d.follow_ups), open=open_count),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        for r in d.results:
            state = result_status_text(ResultStatus(r.status) if r.status else None)
            self.books.appendRow([QStandardItem(r.item_code), QStandardItem(r.title), QStandardItem(state)])
        self.ready.emit()
