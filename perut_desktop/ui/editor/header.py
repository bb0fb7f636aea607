"""The editor's header: village, date, officer, status and score as read; place, start and
end time, agenda and summary as fields saved like every other (after a pause in typing or
when they lose focus, with undo)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from perut_desktop.errors import ValidationError
from perut_desktop.services import scores, visits
from perut_desktop.ui.editor.base import ChangeCommand, EditorTab, TextBinding
from perut_desktop.ui.labels import NO_VALUE, visit_status_text
from perut_desktop.ui.models.common import long_date
from perut_desktop.ui.widgets.read_only import set_read_only

if TYPE_CHECKING:
    from perut_desktop.services.visit_editor import EditorVisit


def _stored_time(text: str) -> str:
    """A time as the visit stores it ("9.00" → "09.00"); a text stored before times were
    checked stays as it is."""
    try:
        return visits.clock_time(text, "")
    except ValidationError:
        return text


class HeaderForm(EditorTab):
    FIELDS = ("place", "start_time", "end_time", "agenda", "summary")

    def __init__(self, client: Any, prompts: Any, undo_stack: Any, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, undo_stack, parent)
        self.village = QLabel()
        self.date = QLabel()
        self.officer = QLabel()
        self.status = QLabel()
        self.score = QLabel()
        for label in (self.village, self.date, self.officer, self.status, self.score):
            label.setWordWrap(True)
        self.status.setStyleSheet("font-weight: bold;")
        self.score.setStyleSheet("font-weight: bold;")
        names = {"place": self.tr("&Place:"), "start_time": self.tr("&Start:"), "end_time": self.tr("E&nd:"),
                 "agenda": self.tr("A&genda:"), "summary": self.tr("Summar&y:")}
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.bindings: dict[str, TextBinding] = {}
        self.messages: dict[str, QLabel] = {}
        for key in self.FIELDS:
            widget: QLineEdit | QPlainTextEdit
            if key == "summary":
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 2 + 14)
            else:
                widget = QLineEdit()
            if key in ("start_time", "end_time"):
                widget.setPlaceholderText(self.tr("hh.mm"))
                widget.setMaximumWidth(80)
            widget.setAccessibleName(names[key].replace("&", "").rstrip(":"))
            message = QLabel()
            self.fields[key] = widget
            self.messages[key] = message
            tidy = _stored_time if key in ("start_time", "end_time") else None
            self.bindings[key] = TextBinding(widget, message, self._store(key), self._committed(key), tidy=tidy)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)

        def label(text: str, buddy: QWidget | None = None) -> QLabel:
            lab = QLabel(text)
            if buddy is not None:
                lab.setBuddy(buddy)
            return lab

        grid.addWidget(label(self.tr("Village:")), 0, 0)
        grid.addWidget(self.village, 0, 1)
        grid.addWidget(label(self.tr("Date:")), 0, 2)
        grid.addWidget(self.date, 0, 3)
        grid.addWidget(label(self.tr("Status:")), 0, 4)
        grid.addWidget(self.status, 0, 5)
        grid.addWidget(label(self.tr("Officer:")), 1, 0)
        grid.addWidget(self.officer, 1, 1)
        grid.addWidget(label(names["place"], self.fields["place"]), 1, 2)
        grid.addWidget(self.fields["place"], 1, 3)
        grid.addWidget(label(self.tr("Score:")), 1, 4)
        grid.addWidget(self.score, 1, 5)
        times = QWidget()
        row = QGridLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fields["start_time"], 0, 0)
        row.addWidget(label(names["end_time"], self.fields["end_time"]), 0, 1)
        row.addWidget(self.fields["end_time"], 0, 2)
        row.setColumnStretch(3, 1)
        grid.addWidget(label(names["start_time"], self.fields["start_time"]), 2, 0)
        grid.addWidget(times, 2, 1)
        grid.addWidget(label(names["agenda"], self.fields["agenda"]), 2, 2)
        grid.addWidget(self.fields["agenda"], 2, 3, 1, 3)
        grid.addWidget(label(names["summary"], self.fields["summary"]), 3, 0)
        grid.addWidget(self.fields["summary"], 3, 1, 1, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        for message in self.messages.values():
            layout.addWidget(message)

    def title(self) -> str:
        return self.tr("Visit")

    def load(self, visit: EditorVisit, read_only: bool) -> None:
        self.visit = visit
        self.read_only = read_only
        self.village.setText(f"{visit.village_name} ({visit.village_code})")
        self.date.setText(long_date(visit.visit_date))
        self.officer.setText(visit.officer_name)
        self.status.setText(visit_status_text(visit.status))
        self.show_score(visit.score)
        for key, binding in self.bindings.items():
            set_read_only(self.fields[key], read_only)
            if not binding.has_pending():
                binding.set_value(getattr(visit, key), key)

    def show_score(self, score: float | None) -> None:
        self.score.setText(scores.format_percent(score) if score is not None else NO_VALUE)

    def has_pending(self) -> bool:
        return super().has_pending() or any(b.has_pending() for b in self.bindings.values())

    def focus_first(self) -> None:
        self.fields["place"].setFocus()

    def _store(self, key: str) -> Any:
        def store(_key: str, text: str, saved: Any, refused: Any) -> None:
            assert self.visit is not None
            self.save(visits.edit_visit, self.visit.id, **{key: text.strip()}, on_saved=saved, on_refused=refused)

        return store

    def _committed(self, key: str) -> Any:
        def committed(_key: str, old: str, new: str) -> None:
            self.undo_stack.push(ChangeCommand(self.tr("Visit details"), self.bindings[key].apply, old, new))

        return committed
