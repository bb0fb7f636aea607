"""*Daftar Hadir*: the village's officials in office on the visit date, listed when the
visit was made, each with a *hadir* tick (Space or a click); others added by name,
position, group and L/P; the counts by group and gender as the printed sheet shows them;
the printed sheet for this visit written off the UI thread."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.enums import AttendeeGroup
from perut_desktop.services import visits
from perut_desktop.ui.editor.base import ChangeCommand, EditorTab
from perut_desktop.ui.labels import attendee_group_text
from perut_desktop.ui.models.attendance_table import AttendanceTableModel

if TYPE_CHECKING:
    from perut_desktop.services.visit_editor import EditorVisit


class AttendanceTableView(QTableView):
    """Space ticks or unticks the current person."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() == Qt.Key.Key_Space and index.isValid() and not event.isAutoRepeat():
            model: AttendanceTableModel = self.model()  # type: ignore[assignment]
            row = model.rows[index.row()]
            if model.editable:
                model.presence_requested.emit(row.id, not row.present)
            event.accept()
            return
        super().keyPressEvent(event)


class AttendanceTab(EditorTab):
    KEY = "hadir"
    loaded = Signal()
    #: A printed sheet was written (its path).
    printed = Signal(object)

    def __init__(self, client: Any, prompts: Any, undo_stack: Any, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, undo_stack, parent)
        self.model = AttendanceTableModel(self)
        self.model.presence_requested.connect(self.set_present)
        self.table = AttendanceTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Attendance list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttendanceTableModel.POSITION, QHeaderView.ResizeMode.Stretch)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print attendan&ce sheet…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.remove_button = QPushButton(self.tr("&Remove person"))
        self.remove_button.clicked.connect(self._on_remove_clicked)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("Name"))
        self.position = QLineEdit()
        self.position.setAccessibleName(self.tr("Position"))
        self.position.setPlaceholderText(self.tr("Position"))
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group"))
        for g in AttendeeGroup:
            self.group.addItem(attendee_group_text(g), g.value)
        self.group.setCurrentIndex(self.group.findData(AttendeeGroup.MASYARAKAT.value))
        self.gender = QComboBox()
        self.gender.setAccessibleName(self.tr("Gender"))
        self.gender.addItem("L", "L")
        self.gender.addItem("P", "P")
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.clicked.connect(self.add_person)
        self.name.returnPressed.connect(self.add_person)
        self.position.returnPressed.connect(self.add_person)  # Enter after the last field typed, too
        self.add_message = QLabel()
        self.add_message.setStyleSheet("color: #c62828;")
        self.add_message.setWordWrap(True)
        self.add_message.hide()
        add_box = QGroupBox(self.tr("Add someone else"))
        self.add_box = add_box
        add_row = QHBoxLayout()
        add_row.addWidget(self.name, 2)
        add_row.addWidget(self.position, 2)
        add_row.addWidget(self.group, 1)
        add_row.addWidget(self.gender)
        add_row.addWidget(self.add_button)
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(add_row)
        add_layout.addWidget(self.add_message)

        buttons = QHBoxLayout()
        buttons.addWidget(self.counts, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(add_box)

    def title(self) -> str:
        return self.tr("Attendance")

    def load(self, visit: EditorVisit, read_only: bool) -> None:
        self.visit = visit
        self.read_only = read_only
        self.model.editable = not read_only
        self.add_box.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        visit_id = visit.id
        self.client.read(lambda ws: ws.read(visits.attendees, visit_id), label=self.tr("Loading the attendance"),
                         on_done=self._on_loaded, owner=self)

    def _on_loaded(self, rows: list[visits.AttendeeInfo]) -> None:
        self.model.set_rows(rows)
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, AttendanceTableModel.NAME))
        self._show_counts()
        self.loaded.emit()

    def focus_first(self) -> None:
        if self.model.rows or self.read_only:
            self.table.setFocus()
        else:  # nobody listed: the first thing to do is type someone in
            self.name.setFocus()

    # --- counts ----------------------------------------------------------------------------

    def _show_counts(self) -> None:
        self.remove_button.setEnabled(bool(self.model.rows))
        if not self.model.rows:  # an empty grid says nothing: say what to do
            self.counts.setText(self.tr("Nobody was listed on this visit.") if self.read_only else self.tr(
                "Nobody is listed yet: add the people present below. A new visit lists the village's "
                "officials by itself once they are recorded on the Villages page."))
            return
        present = [r for r in self.model.rows if r.present]
        parts = [self.tr("Present: <b>{present}</b> of {listed}").format(present=len(present),
                                                                          listed=len(self.model.rows))]
        by_group = Counter((r.group, r.gender) for r in present)
        for g in AttendeeGroup:
            total = sum(n for (group, _), n in by_group.items() if group == g.value)
            if total:
                parts.append(self.tr("{group} {n} (M {m} · F {f})").format(
                    group=attendee_group_text(g), n=total, m=by_group[(g.value, "L")], f=by_group[(g.value, "P")]))
        self.counts.setText(" · ".join(parts))

    # --- changes ---------------------------------------------------------------------------

    def set_present(self, attendee_id: str, present: bool, push: bool = True) -> None:
        if self.read_only:
            return
        self.model.set_present(attendee_id, present)
        self._show_counts()

        def saved(info: visits.AttendeeInfo) -> None:
            self.model.put(info)
            self._show_counts()
            if push:
                self.undo_stack.push(ChangeCommand(
                    self.tr("Attendance of {name}").format(name=info.name),
                    lambda value: self.set_present(attendee_id, value, push=False), not present, present))

        def refused(_message: str) -> None:
            self.model.set_present(attendee_id, not present)
            self._show_counts()

        self.save(visits.edit_attendee, attendee_id, present=present, on_saved=saved, on_refused=refused)

    def add_person(self) -> None:
        if self.read_only or self.visit is None:
            return
        fields = {"name": self.name.text(), "position": self.position.text(), "group": self.group.currentData(),
                  "gender": self.gender.currentData(), "present": True}
        self._add(fields, push=True)

    def _add(self, fields: dict[str, Any], push: bool) -> None:
        assert self.visit is not None

        def saved(info: visits.AttendeeInfo) -> None:
            self.add_message.hide()
            self.model.put(info)
            self._show_counts()
            if push:
                self.name.clear()
                self.position.clear()
                self.name.setFocus()
                self.undo_stack.push(_AddCommand(self, fields, info.id))

        def refused(message: str) -> None:
            if push:
                self.add_message.setText(message)
                self.add_message.show()

        self.save(visits.add_attendee, self.visit.id, **fields, on_saved=saved, on_refused=refused)

    def _on_remove_clicked(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.read_only:
            return
        row = self.model.rows[index.row()]
        if row.official_id is not None:
            self.save_failed.emit(self.tr("{name} is on the list as an official of the village; untick them "
                                          "instead of removing them.").format(name=row.name))
            return
        self._remove(row.id)

    def _remove(self, attendee_id: str) -> None:
        self.save(visits.remove_attendee, attendee_id,
                  on_saved=lambda _r: (self.model.drop(attendee_id), self._show_counts()))

    # --- printing --------------------------------------------------------------------------

    def print_sheet(self) -> None:
        """Write the printed daftar hadir for this visit (off the UI thread)."""
        if self.visit is None:
            return
        v = self.visit
        out = self.prompts.save_file(self, self.tr("Save the attendance sheet"),
                                     f"daftar-hadir-{v.village_name.lower().replace(' ', '-')}-{v.visit_date}.pdf",
                                     self.tr("PDF documents (*.pdf)"))
        if out is None:
            return
        code, day = v.village_code, v.visit_date
        self.client.long(lambda ws, _ctx: ws.attendance_sheet(code, day, Path(out)),
                         label=self.tr("Writing the attendance sheet"), on_done=self.printed.emit, owner=self)


class _AddCommand(ChangeCommand):
    """Adding a person: undo removes them, redo adds them again (a new record)."""

    def __init__(self, tab: AttendanceTab, fields: dict[str, Any], attendee_id: str) -> None:
        super().__init__(QCoreApplication.translate("AttendanceTab", "Add {name}").format(name=fields["name"]),
                         lambda _v: None, None, None)
        self.tab = tab
        self.fields = fields
        self.attendee_id = attendee_id

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        fields = self.fields

        def saved(info: visits.AttendeeInfo) -> None:
            self.attendee_id = info.id
            self.tab.model.put(info)
            self.tab._show_counts()

        self.tab.save(visits.add_attendee, self.tab.visit.id, **fields, on_saved=saved)  # type: ignore[union-attr]

    def undo(self) -> None:
        self.tab._remove(self.attendee_id)
