"""*Tindak Lanjut*: the village's follow-ups from earlier visits still open at this visit,
to record progress on or close (the record belongs to this visit), and the follow-ups this
visit sets (task, who is responsible, due date not before the visit).

Keyboard: in the earlier follow-ups, 1 marks the selected one done, 2 not done yet,
3 cancelled, 0 or Delete withdraws what this visit recorded; Tab reaches the note. In this
visit's follow-ups the form below the table edits the selected row (saved when a field is
left) or, with no row selected, makes a new one (Enter or *Add*).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.enums import FollowUpStatus
from perut_desktop.ui.editor.tab_saves import (
    ServiceCommand,
    TabSaver,
    mark_refused,
    message_label,
    show_message,
)
from perut_desktop.ui.labels import follow_up_status_text
from perut_desktop.ui.models.follow_up_table import (
    EarlierFollowUp,
    EarlierFollowUpTableModel,
    FollowUpTableModel,
    earlier_rows,
)
from perut_desktop.ui.widgets.date_edit import IndonesianDateEdit
from perut_desktop.ui.widgets.key_filter import KeyPressFilter
from perut_desktop.ui.widgets.table_style import style_table

if TYPE_CHECKING:
    from perut_desktop.operations.changes import Changes
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.services.visits import FollowUpInfo, ProgressInfo
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

#: The tables this tab shows: a change to one of them by someone else reloads it.
TABLES = frozenset({"follow_up", "follow_up_update", "visit"})
#: A new follow-up's due date, counted from the visit.
DEFAULT_DUE_DAYS = 30
_STATUS_KEYS = {Qt.Key.Key_1: FollowUpStatus.SELESAI, Qt.Key.Key_2: FollowUpStatus.BELUM,
                Qt.Key.Key_3: FollowUpStatus.DIBATALKAN}


@dataclass(frozen=True)
class _Lists:
    earlier: list[FollowUpInfo]
    progress: list[ProgressInfo]
    own: list[FollowUpInfo]


def _read_lists(session: Any, visit_id: str) -> _Lists:
    from perut_desktop.services import visits

    return _Lists(visits.earlier_follow_ups(session, visit_id), visits.progress_recorded_in(session, visit_id),
                  visits.follow_ups_created_in(session, visit_id))


Progress = tuple[str, str] | None  # (status, note) recorded at this visit, or none


class FollowUpsTab(QWidget):
    saving = Signal()
    saved = Signal()
    save_failed = Signal(str)
    jump_requested = Signal(str)
    #: The lists have been (re)filled from the services.
    loaded = Signal()

    def __init__(self, client: WorkspaceClient, prompts: Prompts, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.prompts = prompts
        self.undo_stack = undo_stack
        self.saver = TabSaver(self, client)
        self.visit: Any = None
        self.read_only = True
        self._refused: set[QWidget] = set()
        self._filling = False
        self._build()
        client.changed.connect(self._on_client_changed)

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)

        earlier_box = QGroupBox(self.tr("Follow-ups from earlier visits"), splitter)
        self.earlier_model = EarlierFollowUpTableModel(self)
        self.earlier_table = QTableView(earlier_box)
        self.earlier_table.setModel(self.earlier_model)
        style_table(self.earlier_table, stretch=EarlierFollowUpTableModel.TASK)
        self.earlier_table.setSortingEnabled(False)
        self.earlier_table.setAccessibleName(self.tr("Follow-ups from earlier visits"))
        KeyPressFilter(self.earlier_table, self._on_earlier_key)
        self.earlier_table.selectionModel().currentRowChanged.connect(self._on_earlier_current_changed)
        self.earlier_empty = QLabel(self.tr("No follow-up of an earlier visit is open."), earlier_box)
        self.earlier_empty.hide()

        self.progress_status = QComboBox(earlier_box)
        self.progress_status.addItem(follow_up_status_text(None), None)
        for status in (FollowUpStatus.SELESAI, FollowUpStatus.BELUM, FollowUpStatus.DIBATALKAN):
            self.progress_status.addItem(follow_up_status_text(status), status)
        self.progress_status.activated.connect(self._on_progress_status_activated)
        self.progress_status.setAccessibleName(self.tr("Progress at this visit"))
        self.progress_note = QLineEdit(earlier_box)
        self.progress_note.setPlaceholderText(self.tr("What was done, what is still missing"))
        self.progress_note.editingFinished.connect(self._on_progress_note_finished)
        self.progress_note.setAccessibleName(self.tr("Note on the progress"))
        keys = QLabel(self.tr("Keys in the list: 1 done, 2 not done yet, 3 cancelled, 0 withdraw."), earlier_box)
        keys.setEnabled(False)
        self.progress_message = message_label(earlier_box)

        progress_row = QHBoxLayout()
        status_label = QLabel(self.tr("&Progress at this visit:"), earlier_box)
        status_label.setBuddy(self.progress_status)
        note_label = QLabel(self.tr("N&ote:"), earlier_box)
        note_label.setBuddy(self.progress_note)
        progress_row.addWidget(status_label)
        progress_row.addWidget(self.progress_status)
        progress_row.addWidget(note_label)
        progress_row.addWidget(self.progress_note, 1)
        box = QVBoxLayout(earlier_box)
        box.addWidget(self.earlier_table, 1)
        box.addWidget(self.earlier_empty)
        box.addLayout(progress_row)
        box.addWidget(keys)
        box.addWidget(self.progress_message)

        own_box = QGroupBox(self.tr("Follow-ups set at this visit"), splitter)
        self.own_model = FollowUpTableModel(self)
        self.own_table = QTableView(own_box)
        self.own_table.setModel(self.own_model)
        style_table(self.own_table, stretch=FollowUpTableModel.TASK)
        self.own_table.setSortingEnabled(False)
        self.own_table.setAccessibleName(self.tr("Follow-ups set at this visit"))
        KeyPressFilter(self.own_table, self._on_own_key)
        self.own_table.selectionModel().selectionChanged.connect(self._on_own_selection_changed)

        self.task = QLineEdit(own_box)
        self.task.setPlaceholderText(self.tr("What the village is to do"))
        self.responsible = QLineEdit(own_box)
        self.responsible.setPlaceholderText(self.tr("Who is responsible, e.g. Sekretaris Desa"))
        self.due = IndonesianDateEdit(own_box)
        self.task.setAccessibleName(self.tr("Task"))
        self.responsible.setAccessibleName(self.tr("Responsible"))
        self.due.setAccessibleName(self.tr("Due date"))
        for field in (self.task, self.responsible):
            field.editingFinished.connect(self._on_form_field_finished)
            field.returnPressed.connect(self._on_form_return)
        self.due.editingFinished.connect(self._on_form_field_finished)
        self.form_mode = QLabel(own_box)
        self.add_button = QPushButton(self.tr("Add follow-&up"), own_box)
        self.add_button.clicked.connect(self.add_follow_up)
        self.new_button = QPushButton(self.tr("Ne&w"), own_box)
        self.new_button.setToolTip(self.tr("Clear the form to set another follow-up"))
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = QPushButton(self.tr("&Remove"), own_box)
        self.remove_button.clicked.connect(self.remove_selected)
        self.own_message = message_label(own_box)

        form = QFormLayout()
        form.addRow(self.tr("Tas&k:"), self.task)
        row = QHBoxLayout()
        row.addWidget(self.responsible, 2)
        due_label = QLabel(self.tr("&Due:"), own_box)
        due_label.setBuddy(self.due)
        row.addWidget(due_label)
        row.addWidget(self.due)
        responsible_label = QLabel(self.tr("Re&sponsible:"), own_box)
        responsible_label.setBuddy(self.responsible)
        form.addRow(responsible_label, row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_mode, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        own = QVBoxLayout(own_box)
        own.addWidget(self.own_table, 1)
        own.addLayout(form)
        own.addLayout(buttons)
        own.addWidget(self.own_message)

        splitter.setStretchFactor(0, 3)  # the earlier ones are usually more
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.earlier_table, self.progress_status)
        self.setTabOrder(self.progress_status, self.progress_note)
        self.setTabOrder(self.progress_note, self.own_table)
        self.setTabOrder(self.own_table, self.task)
        self.setTabOrder(self.task, self.responsible)
        self.setTabOrder(self.responsible, self.due)
        self.setTabOrder(self.due, self.add_button)
        self._update_controls()

    # --- the tab contract ----------------------------------------------------------------

    def load(self, visit: Any, read_only: bool) -> None:
        """(Re)fill from the services for ``visit`` (``id``, ``village_id``, ``visit_date``)."""
        changed_visit = self.visit is None or self.visit.id != visit.id
        self.visit = visit
        self.read_only = read_only
        if changed_visit:
            self._clear_form()
        self._update_controls()
        self.reload()

    @property
    def saves_in_flight(self) -> int:
        """Saves started and not yet answered (the editor's indicator waits for them)."""
        return self.saver.in_flight

    def has_pending(self) -> bool:
        return self.saver.in_flight > 0 or bool(self._refused)

    def focus_first(self) -> None:
        table = self.earlier_table if self.earlier_model.rowCount() else self.own_table
        if self.own_model.rowCount() == 0 and self.earlier_model.rowCount() == 0:
            self.task.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not table.currentIndex().isValid() and table.model().rowCount():
            table.setCurrentIndex(table.model().index(0, 0))

    # --- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        visit_id = self.visit.id
        self.client.read(lambda ws: ws.read(_read_lists, visit_id), label=self.tr("Loading the follow-ups"),
                         on_done=self._on_lists_loaded, owner=self)

    def _on_lists_loaded(self, lists: _Lists) -> None:
        earlier_id = self._current_earlier_id()
        own_id = self._selected_own_id()
        self.earlier_model.set_rows(earlier_rows(lists.earlier, lists.progress, self.visit.visit_date))
        self.own_model.set_rows(lists.own)
        self.earlier_empty.setVisible(not lists.earlier)
        self._select(self.earlier_table, self.earlier_model.row_of(earlier_id) if earlier_id else None)
        self._select(self.own_table, self.own_model.row_of(own_id) if own_id else None)
        if not self._selected_own_id() and own_id:
            self._clear_form()  # the row it edited is gone (undone)
        self._fill_progress_fields()
        self._update_controls()
        self.loaded.emit()

    def _on_client_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and self.visit is not None and changes.touches(TABLES):
            self.reload()

    @staticmethod
    def _select(table: QTableView, row: int | None) -> None:
        model = table.model()
        if row is None:
            table.selectionModel().clearSelection()
            return
        table.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _current_earlier(self) -> EarlierFollowUp | None:
        index = self.earlier_table.currentIndex()
        return self.earlier_model.row_at(index.row()) if index.isValid() else None

    def _current_earlier_id(self) -> str | None:
        row = self._current_earlier()
        return row.id if row else None

    def _selected_own(self) -> FollowUpInfo | None:
        rows = self.own_table.selectionModel().selectedRows()
        return self.own_model.row_at(rows[0].row()) if rows else None

    def _selected_own_id(self) -> str | None:
        row = self._selected_own()
        return row.id if row else None

    def _update_controls(self) -> None:
        editable = not self.read_only and self.visit is not None
        earlier = self._current_earlier()
        self.progress_status.setEnabled(editable and earlier is not None)
        self.progress_note.setEnabled(editable and earlier is not None and earlier.progress is not None)
        for w in (self.task, self.responsible, self.due, self.new_button):
            w.setEnabled(editable)
        editing = self._selected_own() is not None
        self.add_button.setEnabled(editable and not editing)
        self.remove_button.setEnabled(editable and editing)
        if self.read_only:
            self.form_mode.setText(self.tr("Read only."))
        elif editing:
            self.form_mode.setText(self.tr("Changes to the selected follow-up are saved as you leave a field."))
        else:
            self.form_mode.setText(self.tr("A new follow-up."))

    # --- progress on earlier follow-ups ----------------------------------------------------------

    def _on_earlier_current_changed(self, *_args: Any) -> None:
        for w in (self.progress_status, self.progress_note):  # another row chosen: its own values
            self._set_refused(w, False)
        show_message(self.progress_message, "")
        self._fill_progress_fields()
        self._update_controls()

    def _fill_progress_fields(self) -> None:
        if self.progress_note in self._refused or self.progress_status in self._refused:
            return  # what the user typed stays until saved or replaced
        row = self._current_earlier()
        self._filling = True
        self.progress_status.setCurrentIndex(self.progress_status.findData(row.progress_status) if row else 0)
        self.progress_note.setText(row.progress.note if row and row.progress else "")
        self._filling = False

    def _on_progress_status_activated(self, _index: int) -> None:
        row = self._current_earlier()
        if row is None or self.read_only:
            return
        status = self.progress_status.currentData()
        note = self.progress_note.text() if row.progress is not None else ""
        self.set_progress(row.id, (status.value, note) if status is not None else None)

    def _on_progress_note_finished(self) -> None:
        row = self._current_earlier()
        if self._filling or row is None or row.progress is None or self.read_only:
            return
        if self.progress_note.text().strip() == row.progress.note and self.progress_note not in self._refused:
            return
        self.set_progress(row.id, (row.progress.status, self.progress_note.text()))

    def set_progress(self, follow_up_id: str, after: Progress) -> None:
        """Record (or, with ``None``, withdraw) this visit's progress on an earlier follow-up."""
        n = self.earlier_model.row_of(follow_up_id)
        if n is None:
            return
        row = self.earlier_model.row_at(n)
        before: Progress = (row.progress.status, row.progress.note) if row.progress else None
        if before == after:
            return
        widget = self.progress_note if before and after and before[0] == after[0] else self.progress_status

        def pushed(_value: object) -> None:
            self.undo_stack.push(ServiceCommand(self.tr("progress on “{task}”").format(task=row.info.task),
                                                self._replay(lambda forward: self._apply_progress(
                                                    follow_up_id, after if forward else before))))

        self._change(self._progress_call(follow_up_id, after), self.tr("Saving the progress"), pushed,
                     widget, self.progress_message)

    def _progress_call(self, follow_up_id: str, value: Progress) -> Callable[[Workspace], Any]:
        from perut_desktop.services.visits import record_progress, withdraw_progress

        visit_id = self.visit.id
        if value is None:
            return lambda ws: ws.change(withdraw_progress, visit_id, follow_up_id)
        status, note = value
        return lambda ws: ws.change(record_progress, visit_id, follow_up_id, status=status, note=note)

    def _apply_progress(self, follow_up_id: str, value: Progress) -> None:
        self._change(self._progress_call(follow_up_id, value), self.tr("Saving the progress"), None,
                     None, self.progress_message)

    # --- this visit's follow-ups -------------------------------------------------------------

    def _form_values(self) -> tuple[str, str, dt.date]:
        return self.task.text().strip(), " ".join(self.responsible.text().split()), self.due.day()

    def _clear_form(self) -> None:
        self._filling = True
        self.task.clear()
        self.responsible.clear()
        if self.visit is not None:
            self.due.set_day(self.visit.visit_date + dt.timedelta(days=DEFAULT_DUE_DAYS))
        self._filling = False
        for w in (self.task, self.responsible, self.due):
            self._set_refused(w, False)
        show_message(self.own_message, "")

    def start_new(self) -> None:
        """Clear the selection and the form for another follow-up."""
        self.own_table.selectionModel().clearSelection()
        self.own_table.setCurrentIndex(self.own_model.index(-1, -1))
        self._clear_form()
        self._update_controls()
        self.task.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_own_selection_changed(self, *_args: Any) -> None:
        row = self._selected_own()
        if row is not None:
            self._filling = True
            self.task.setText(row.task)
            self.responsible.setText(row.responsible)
            self.due.set_day(row.due_on)
            self._filling = False
            for w in (self.task, self.responsible, self.due):
                self._set_refused(w, False)
            show_message(self.own_message, "")
        self._update_controls()

    def _on_form_return(self) -> None:
        if self._selected_own() is None:
            self.add_follow_up()

    def _on_form_field_finished(self) -> None:
        row = self._selected_own()
        if self._filling or row is None or self.read_only:
            return
        field = self.sender()
        task, responsible, due = self._form_values()
        if field is self.task and (task != row.task or self.task in self._refused):
            self._edit(row, {"task": task}, field)
        elif field is self.responsible and responsible != row.responsible:
            self._edit(row, {"responsible": responsible}, field)
        elif field is self.due and (due != row.due_on or self.due in self._refused):
            self._edit(row, {"due_on": due}, field)

    def _edit(self, row: FollowUpInfo, after: dict[str, Any], field: QWidget) -> None:
        from perut_desktop.services.visits import edit_follow_up

        before = {key: getattr(row, key) for key in after}
        follow_up_id = row.id

        def call(values: dict[str, Any]) -> Callable[[Workspace], Any]:
            return lambda ws: ws.change(edit_follow_up, follow_up_id, **values)

        def pushed(_info: object) -> None:
            self.undo_stack.push(ServiceCommand(self.tr("change of “{task}”").format(task=row.task), self._replay(
                lambda forward: self._change(call(after if forward else before), self.tr("Saving the follow-up"),
                                             None, None, self.own_message))))

        self._change(call(after), self.tr("Saving the follow-up"), pushed, field, self.own_message)

    def add_follow_up(self) -> None:
        """Set a new follow-up from the form (saved at once)."""
        from perut_desktop.services.visits import add_follow_up, remove_follow_up, restore_follow_up

        if self.read_only or self._selected_own() is not None:
            return
        task, responsible, due = self._form_values()
        visit_id = self.visit.id

        def added(info: FollowUpInfo) -> None:
            fid = info.id
            self.undo_stack.push(ServiceCommand(self.tr("new follow-up “{task}”").format(task=info.task),
                                                self._replay(lambda forward: self._change(
                                                    (lambda ws: ws.change(restore_follow_up, fid)) if forward
                                                    else (lambda ws: ws.change(remove_follow_up, fid)),
                                                    self.tr("Saving the follow-up"), None, None,
                                                    self.own_message))))
            self._clear_form()
            self.task.setFocus(Qt.FocusReason.OtherFocusReason)

        def refused_fields() -> list[QWidget]:
            fields: list[QWidget] = []
            if not task:
                fields.append(self.task)
            if due < self.visit.visit_date:
                fields.append(self.due)
            return fields or [self.task, self.responsible, self.due]

        self._change(lambda ws: ws.change(add_follow_up, visit_id, task=task, responsible=responsible, due_on=due),
                     self.tr("Saving the follow-up"), added, refused_fields, self.own_message)

    def remove_selected(self) -> None:
        """Remove the selected follow-up of this visit (undo brings it back)."""
        from perut_desktop.services.visits import remove_follow_up, restore_follow_up

        row = self._selected_own()
        if row is None or self.read_only:
            return
        fid = row.id

        def removed(_none: object) -> None:
            self.undo_stack.push(ServiceCommand(self.tr("removal of “{task}”").format(task=row.task), self._replay(
                lambda forward: self._change((lambda ws: ws.change(remove_follow_up, fid)) if forward
                                             else (lambda ws: ws.change(restore_follow_up, fid)),
                                             self.tr("Saving the follow-up"), None, None, self.own_message))))
            self._clear_form()

        self._change(lambda ws: ws.change(remove_follow_up, fid), self.tr("Removing the follow-up"), removed,
                     None, self.own_message)

    # --- saving ------------------------------------------------------------------------------------

    def _set_refused(self, widget: QWidget, refused: bool) -> None:
        mark_refused(widget, refused)
        if refused:
            self._refused.add(widget)
        else:
            self._refused.discard(widget)

    def _change(self, call: Callable[[Workspace], Any], label: str, on_done: Callable[[Any], None] | None,
                fields: QWidget | Callable[[], list[QWidget]] | None, message: QLabel) -> None:
        """Save through the services; then reload the lists. A refusal keeps the value in
        ``fields`` (marked) with the message under them."""

        def done(value: Any) -> None:
            targets = fields() if callable(fields) else [fields] if fields is not None else []
            for w in targets:
                self._set_refused(w, False)
            if message is self.own_message:
                for w in (self.task, self.responsible, self.due):
                    self._set_refused(w, False)
            show_message(message, "")
            if on_done is not None:
                on_done(value)
            self.reload()

        def refused(text: str) -> None:
            targets = fields() if callable(fields) else [fields] if fields is not None else []
            for w in targets:
                self._set_refused(w, True)
            show_message(message, text)
            if not targets:  # an undo or redo the services refused: show what is stored
                self.reload()

        self.saver.save(call, label=label, on_done=done, on_refused=refused)

    def _replay(self, apply: Callable[[bool], None]) -> Callable[[bool], None]:
        """An undo command's action, dropped once the tab is gone."""

        def run(forward: bool) -> None:
            if shiboken6.isValid(self) and not self.read_only:
                apply(forward)

        return run

    # --- keys --------------------------------------------------------------------------------------

    def _on_earlier_key(self, event: QKeyEvent) -> bool:
        """A key pressed in the earlier visits' follow-ups (:class:`KeyPressFilter`)."""
        if event.isAutoRepeat() or self.read_only:
            return False
        key = Qt.Key(event.key())
        row = self._current_earlier()
        if row is not None and key in _STATUS_KEYS:
            note = row.progress.note if row.progress else ""
            self.set_progress(row.id, (_STATUS_KEYS[key].value, note))
            return True
        if row is not None and key in (Qt.Key.Key_0, Qt.Key.Key_Delete):
            self.set_progress(row.id, None)
            return True
        return False

    def _on_own_key(self, event: QKeyEvent) -> bool:
        """A key pressed in this visit's follow-ups (:class:`KeyPressFilter`)."""
        if event.isAutoRepeat():
            return False
        key = Qt.Key(event.key())
        if not self.read_only and key == Qt.Key.Key_Delete:
            self.remove_selected()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.task.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
