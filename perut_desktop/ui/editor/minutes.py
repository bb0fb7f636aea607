"""*Notulen*: the meeting's chair and note-taker, opening, discussion, decisions and closing
as plain text, each saved after a pause in typing or when it loses focus; the agenda above."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from perut_desktop.services import visits
from perut_desktop.ui.editor.base import ChangeCommand, EditorTab, TextBinding
from perut_desktop.ui.labels import NO_VALUE

if TYPE_CHECKING:
    from perut_desktop.services.visit_editor import EditorVisit


class MinutesTab(EditorTab):
    KEY = "notulen"
    FIELDS = ("chair", "note_taker", "opening", "discussion", "decisions", "closing")
    loaded = Signal()

    def __init__(self, client: Any, prompts: Any, undo_stack: Any, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, undo_stack, parent)
        self.agenda = QLabel()
        self.agenda.setWordWrap(True)
        labels = {
            "chair": self.tr("&Chair:"), "note_taker": self.tr("Note-ta&ker:"), "opening": self.tr("&Opening:"),
            "discussion": self.tr("&Discussion:"), "decisions": self.tr("Deci&sions:"), "closing": self.tr("C&losing:"),
        }
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.bindings: dict[str, TextBinding] = {}
        form = QFormLayout()
        form.addRow(self.tr("Agenda:"), self.agenda)
        for key in self.FIELDS:
            widget: QLineEdit | QPlainTextEdit
            if key in ("chair", "note_taker"):
                widget = QLineEdit()
            else:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(60)
            widget.setAccessibleName(labels[key].replace("&", "").rstrip(":"))
            message = QLabel()
            self.fields[key] = widget
            self.bindings[key] = TextBinding(widget, message, self._store(key), self._committed(key))
            label = QLabel(labels[key])
            label.setBuddy(widget)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(message)
            form.addRow(label, box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)

    def title(self) -> str:
        return self.tr("Minutes")

    def load(self, visit: EditorVisit, read_only: bool) -> None:
        self.visit = visit
        self.read_only = read_only
        self.agenda.setText(visit.agenda or NO_VALUE)
        for widget in self.fields.values():
            widget.setReadOnly(read_only)
        visit_id = visit.id
        self.client.read(lambda ws: ws.read(visits.minutes_of, visit_id), label=self.tr("Loading the minutes"),
                         on_done=self._on_loaded, owner=self)

    def _on_loaded(self, minutes: visits.MinutesInfo) -> None:
        for key, binding in self.bindings.items():
            if not binding.has_pending():
                binding.set_value(getattr(minutes, key), key)
        self.loaded.emit()

    def has_pending(self) -> bool:
        return super().has_pending() or any(b.has_pending() for b in self.bindings.values())

    def focus_first(self) -> None:
        self.fields["chair"].setFocus()

    def _store(self, key: str) -> Any:
        def store(_key: str, text: str, saved: Any, refused: Any) -> None:
            assert self.visit is not None
            self.save(visits.set_minutes, self.visit.id, **{key: text}, on_saved=saved, on_refused=refused)

        return store

    def _committed(self, key: str) -> Any:
        def committed(_key: str, old: str, new: str) -> None:
            self.undo_stack.push(ChangeCommand(self.tr("Minutes"), self.bindings[key].apply, old, new))

        return committed
