"""*Riwayat*: the visit's status history (who, when, device, note) and the office's reviews
(verdict, reviewer, signatory, note), oldest first; read-only."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from perut_desktop.enums import SignatoryTitle, VisitStatus
from perut_desktop.services import review
from perut_desktop.ui.editor.base import EditorTab
from perut_desktop.ui.labels import NO_VALUE, signatory_title_text, visit_status_text
from perut_desktop.ui.models.common import short_date

if TYPE_CHECKING:
    from perut_desktop.services.visit_editor import EditorVisit


def _table(name: str, headers: list[str], parent: QWidget) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers), parent)
    model.setHorizontalHeaderLabels(headers)
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table, model


def _when(moment: dt.datetime) -> str:
    """On this computer's clock (the record keeps UTC)."""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone()
    return f"{short_date(local.date())} {local:%H:%M}"


class HistoryTab(EditorTab):
    KEY = "riwayat"
    loaded = Signal()

    def __init__(self, client: Any, prompts: Any, undo_stack: Any, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, undo_stack, parent)
        self.events_table, self.events = _table(self.tr("Status history"), [
            self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"), self.tr("Device"), self.tr("Note")], self)
        self.reviews_table, self.reviews = _table(self.tr("Reviews"), [
            self.tr("When"), self.tr("Verdict"), self.tr("Reviewer"), self.tr("Signed as"), self.tr("Note")], self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Status history</b>")))
        layout.addWidget(self.events_table, 3)
        layout.addWidget(QLabel(self.tr("<b>Reviews by the office</b>")))
        layout.addWidget(self.reviews_table, 2)

    def title(self) -> str:
        return self.tr("History")

    def load(self, visit: EditorVisit, read_only: bool) -> None:
        self.visit = visit
        self.read_only = read_only
        visit_id = visit.id

        def read(session: Any) -> tuple[list[review.StatusEventInfo], list[review.ReviewInfo]]:
            return review.history(session, visit_id), review.reviews(session, visit_id)

        self.client.read(lambda ws: ws.read(read), label=self.tr("Loading the history"), on_done=self._on_loaded,
                         owner=self)

    def _on_loaded(self, data: tuple[list[review.StatusEventInfo], list[review.ReviewInfo]]) -> None:
        events, reviews = data
        self.events.removeRows(0, self.events.rowCount())
        for e in events:
            by = f"{e.actor_name} ({e.actor_nip})" if e.actor_nip else (e.actor_name or NO_VALUE)
            self.events.appendRow([QStandardItem(t) for t in (
                _when(e.occurred_at), visit_status_text(VisitStatus(e.from_status)) if e.from_status else NO_VALUE,
                visit_status_text(VisitStatus(e.to_status)), by, e.device_id[:8], e.note or NO_VALUE)])
        self.reviews.removeRows(0, self.reviews.rowCount())
        for r in reviews:
            signed = NO_VALUE
            if r.signatory_title:
                signed = f"{signatory_title_text(SignatoryTitle(r.signatory_title))}: {r.signatory_name}"
            self.reviews.appendRow([QStandardItem(t) for t in (
                _when(r.reviewed_at), visit_status_text(VisitStatus(r.verdict)), r.reviewer_name, signed,
                r.notes or NO_VALUE)])
        self.loaded.emit()

    def focus_first(self) -> None:
        self.events_table.setFocus()
