"""*Buku Administrasi*: every book of the visit's template by category, each set to one of
the four statuses by the keys 1–4 (the view moves on to the next book) or by one click in
its column; the date of the last entry and the notes of the book in hand below the table,
with what the previous visit found and the book's guidance on demand; the completeness
score per category and overall, live, and the count of books not yet checked."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.enums import ResultStatus
from perut_desktop.services import scores, visit_editor, visits
from perut_desktop.ui.editor.base import ChangeCommand, EditorTab, TextBinding
from perut_desktop.ui.models.book_table import STATUSES, BookRow, BookTableModel, previous_text
from perut_desktop.ui.models.common import long_date
from perut_desktop.ui.widgets.read_only import set_read_only

if TYPE_CHECKING:
    from perut_desktop.services.visit_editor import EditorVisit

_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


class BookTableView(QTableView):
    """The books: the keys 1–4 set the status of the current book (then the next book is
    current); a click in a status column sets that status."""

    status_chosen = Signal(str, object)  # item code, ResultStatus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = False
        self.clicked.connect(self._on_clicked)

    def current_code(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        row: BookRow = self.model().rows[index.row()]  # type: ignore[attr-defined]
        return None if row.heading else row.code

    def keyPressEvent(self, event: QKeyEvent) -> None:
        position = _KEYS.get(Qt.Key(event.key()))
        if position is not None and not event.isAutoRepeat() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            code = self.current_code()
            if code is not None and self.editable:
                self.status_chosen.emit(code, STATUSES[position])
                self._move_to_next_book()
            event.accept()
            return
        super().keyPressEvent(event)

    def _move_to_next_book(self) -> None:
        model = self.model()
        row = self.currentIndex().row() + 1
        while row < model.rowCount() and model.rows[row].heading:  # type: ignore[attr-defined]
            row += 1
        if row < model.rowCount():
            self.setCurrentIndex(model.index(row, BookTableModel.TITLE))

    def _on_clicked(self, index: QModelIndex) -> None:
        if not self.editable or index.column() not in BookTableModel.STATUS_COLUMNS:
            return
        row: BookRow = self.model().rows[index.row()]  # type: ignore[attr-defined]
        if not row.heading:
            self.status_chosen.emit(row.code, STATUSES[BookTableModel.STATUS_COLUMNS.index(index.column())])


def parse_day(text: str) -> dt.date | None:
    """"3-10-2026" (or 3/10/2026, 2026-10-03); None for an empty text; ValueError else."""
    text = text.strip()
    if not text:
        return None
    parts = text.replace("/", "-").replace(".", "-").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    a, b, c = (int(p) for p in parts)
    return dt.date(a, b, c) if len(parts[0]) == 4 else dt.date(c, b, a)


def day_text(day: dt.date | None) -> str:
    return f"{day:%d-%m-%Y}" if day else ""


class BooksTab(EditorTab):
    KEY = "buku"

    #: The overall score changed (0..1 or None).
    score_changed = Signal(object)
    #: Fresh data is shown.
    loaded = Signal()

    def __init__(self, client: Any, prompts: Any, undo_stack: Any, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, undo_stack, parent)
        self.model = BookTableModel(self)
        self.scores_label = QLabel()
        self.scores_label.setWordWrap(True)
        self.unchecked_label = QLabel()
        self.table = BookTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Administration books"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BookTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((BookTableModel.NOTES, 120), (BookTableModel.PREVIOUS, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setMinimumSectionSize(40)
        self.table.status_chosen.connect(self.set_status)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.book_title = QLabel()
        self.book_title.setWordWrap(True)
        self.previous = QLabel()
        self.previous.setWordWrap(True)
        self.book_title.setMinimumWidth(200)
        self.guidance_button = QPushButton(self.tr("G&uidance"))
        self.guidance_button.setCheckable(True)
        self.guidance_button.toggled.connect(self._show_guidance)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.hide()
        self.last_entry = QLineEdit()
        self.last_entry.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.last_entry.setAccessibleName(self.tr("Date of the last entry"))
        self.last_entry.setMaximumWidth(160)
        self.last_entry_message = QLabel()
        self.notes = QLineEdit()
        self.notes.setAccessibleName(self.tr("Notes on the book"))
        self.notes_message = QLabel()
        #: Refused dates and notes of books no longer in hand: (field, code) → (text, message),
        #: shown again, marked, when the book is; nothing typed is dropped by moving on.
        self.held: dict[tuple[str, str], tuple[str, str]] = {}
        self.last_entry_binding = TextBinding(
            self.last_entry, self.last_entry_message, self._store_last_entry, self._on_last_entry_committed,
            check=self._check_day, refused_elsewhere=lambda code, text, msg: self._hold("date", code, text, msg))
        self.notes_binding = TextBinding(
            self.notes, self.notes_message, self._store_notes, self._on_notes_committed,
            refused_elsewhere=lambda code, text, msg: self._hold("notes", code, text, msg))
        help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        help_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        help_key.activated.connect(self.guidance_button.toggle)

        detail = QFrame()
        detail.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(detail)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        previous_label = QLabel(self.tr("Previous visit:"))
        grid.addWidget(self.book_title, 0, 0, 1, 2)
        grid.addWidget(previous_label, 0, 2)
        grid.addWidget(self.previous, 0, 3, 1, 2)
        grid.addWidget(self.guidance_button, 0, 5)
        grid.addWidget(self.guidance, 1, 0, 1, 6)
        date_label = QLabel(self.tr("&Last entry:"))
        date_label.setBuddy(self.last_entry)
        notes_label = QLabel(self.tr("&Notes:"))
        notes_label.setBuddy(self.notes)
        grid.addWidget(date_label, 2, 0)
        grid.addWidget(self.last_entry, 2, 1)
        grid.addWidget(notes_label, 2, 2)
        grid.addWidget(self.notes, 2, 3, 1, 3)
        grid.addWidget(self.last_entry_message, 3, 0, 1, 3)
        grid.addWidget(self.notes_message, 3, 3, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 3)
        self.table.setToolTip(self.tr("Keys 1–4 set the status of the selected book and move to the next; "
                                      "Tab reaches its date and notes."))

        summary = QHBoxLayout()
        summary.addWidget(self.scores_label, 1)
        summary.addWidget(self.unchecked_label)
        layout = QVBoxLayout(self)
        layout.addLayout(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(detail)
        QWidget.setTabOrder(self.table, self.last_entry)
        QWidget.setTabOrder(self.last_entry, self.notes)
        QWidget.setTabOrder(self.notes, self.guidance_button)

    def title(self) -> str:
        return self.tr("Books")

    # --- loading -----------------------------------------------------------------------------

    def load(self, visit: EditorVisit, read_only: bool) -> None:
        self.visit = visit
        self.read_only = read_only
        self.table.editable = not read_only
        set_read_only(self.last_entry, read_only)
        set_read_only(self.notes, read_only)
        visit_id = visit.id

        def read(session: Any) -> tuple[list[visits.ResultInfo], dict[str, visit_editor.PreviousResult]]:
            return visits.results(session, visit_id), visit_editor.previous_results(session, visit_id)

        self.client.read(lambda ws: ws.read(read), label=self.tr("Loading the books"), on_done=self._on_loaded,
                         owner=self)

    def _on_loaded(self, data: tuple[list[Any], dict[str, Any]]) -> None:
        results, previous = data
        current = self.table.current_code()
        rows = []
        for r in results:
            p = previous.get(r.item_code)
            rows.append(BookRow(
                r.item_code, r.category_code, r.category, r.title, r.guidance,
                ResultStatus(r.status) if r.status else None, r.last_entry_on, r.notes,
                ResultStatus(p.status) if p and p.status else None, p.last_entry_on if p else None,
                p.visit_date if p else None, p is not None))
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        header.resizeSection(BookTableModel.NOTES, 120)
        header.resizeSection(BookTableModel.PREVIOUS, max(200, header.sectionSizeHint(BookTableModel.PREVIOUS)))
        for n, row in enumerate(self.model.rows):
            if row.heading:
                self.table.setSpan(n, 0, 1, self.model.columnCount())
        target = self.model.row_of(current) if current else None
        if target is None:
            target = next((n for n, r in enumerate(self.model.rows) if not r.heading), None)
        if target is not None:
            self.table.setCurrentIndex(self.model.index(target, BookTableModel.TITLE))
        self._show_scores()
        self.loaded.emit()

    def has_pending(self) -> bool:
        return (super().has_pending() or bool(self.held) or self.last_entry_binding.has_pending()
                or self.notes_binding.has_pending())

    def focus_first(self) -> None:
        self.table.setFocus()

    # --- the book in hand ------------------------------------------------------------------

    def _hold(self, field: str, code: str, text: str, message: str) -> None:
        self.held[(field, code)] = (text, message)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        for field, binding in (("date", self.last_entry_binding), ("notes", self.notes_binding)):
            binding.commit()
            if binding.refused and binding.key is not None:
                self._hold(field, binding.key, binding.text(), binding.message.text())
        row = self.model.rows[current.row()] if current.isValid() else None
        if row is None or row.heading:
            return
        self._show_book(row)

    def _show_book(self, row: BookRow) -> None:
        self.book_title.setText(f"<b>{row.code}</b> — {row.title}")
        self.guidance.setText(row.guidance or self.tr("No guidance for this book."))
        if row.has_previous and row.previous_visit_on is not None:
            self.previous.setText(self.tr("{found} (visit of {date})").format(
                found=previous_text(row), date=long_date(row.previous_visit_on)))
        else:
            self.previous.setText(self.tr("No earlier visit recorded this book."))
        self.last_entry_binding.set_value(day_text(row.last_entry_on), row.code)
        self.notes_binding.set_value(row.notes, row.code)
        for field, binding in (("date", self.last_entry_binding), ("notes", self.notes_binding)):
            held = self.held.get((field, row.code))
            if held is not None:
                binding.show_refused(*held)

    def _show_guidance(self, shown: bool) -> None:
        self.guidance.setVisible(shown)

    # --- saving ----------------------------------------------------------------------------

    def set_status(self, code: str, status: ResultStatus | None) -> None:
        """Set a book's status now (the keys, a click): saved at once, with undo."""
        row = self.model.book(code)
        if row is None or self.read_only or row.status is status:
            return
        old = row.status
        self._store_status(code, status, push_from=old)

    def _store_status(self, code: str, status: ResultStatus | None, push_from: Any = None, push: bool = True) -> None:
        row = self.model.book(code)
        assert row is not None and self.visit is not None
        before = row.status
        self.model.update(code, status=status)
        self._show_scores()

        def saved(_info: Any) -> None:
            if push:
                self.undo_stack.push(ChangeCommand(
                    self.tr("Status of book {code}").format(code=code),
                    lambda value: self._store_status(code, value, push=False), push_from, status))

        def refused(_message: str) -> None:
            self.model.update(code, status=before)
            self._show_scores()

        self.save(visits.set_result, self.visit.id, code, status=status.value if status else None,
                  last_entry_on=row.last_entry_on, on_saved=saved, on_refused=refused)

    def _check_day(self, text: str) -> str | None:
        try:
            parse_day(text)
        except ValueError:
            return self.tr("“{text}” is not a date; write it as day-month-year, e.g. 3-10-2026.").format(text=text)
        return None

    def _store_last_entry(self, code: str, text: str, saved: Any, refused: Any) -> None:
        row = self.model.book(code)
        assert row is not None and self.visit is not None
        day, before = parse_day(text), row.last_entry_on
        # shown at once, so a save of the same book queued behind this one carries it too
        self.model.update(code, last_entry_on=day)

        def stored(info: Any) -> None:
            self.held.pop(("date", code), None)
            saved(info)

        def not_stored(message: str) -> None:
            self.model.update(code, last_entry_on=before)
            refused(message)

        self.save(visits.set_result, self.visit.id, code, status=row.status.value if row.status else None,
                  last_entry_on=day, on_saved=stored, on_refused=not_stored)

    def _store_notes(self, code: str, text: str, saved: Any, refused: Any) -> None:
        row = self.model.book(code)
        assert row is not None and self.visit is not None

        def done(info: Any) -> None:
            self.held.pop(("notes", code), None)
            self.model.update(code, notes=info.notes)
            saved(info)

        self.save(visits.set_result, self.visit.id, code, status=row.status.value if row.status else None,
                  last_entry_on=row.last_entry_on, notes=text, on_saved=done, on_refused=refused)

    def _on_last_entry_committed(self, code: str, old: str, new: str) -> None:
        self.undo_stack.push(ChangeCommand(self.tr("Last entry of book {code}").format(code=code),
                                           lambda value: self._apply_text(self.last_entry_binding, code, value),
                                           old, new))

    def _on_notes_committed(self, code: str, old: str, new: str) -> None:
        self.undo_stack.push(ChangeCommand(self.tr("Notes on book {code}").format(code=code),
                                           lambda value: self._apply_text(self.notes_binding, code, value),
                                           old, new))

    def _apply_text(self, binding: TextBinding, code: str, value: str) -> None:
        row = self.model.row_of(code)
        if row is not None and self.table.current_code() != code:
            self.table.setCurrentIndex(self.model.index(row, BookTableModel.TITLE))
        binding.apply(value)

    # --- scores ----------------------------------------------------------------------------

    def category_scores(self) -> list[scores.CategoryScore]:
        counts: dict[str, dict[Any, int]] = defaultdict(lambda: defaultdict(int))
        names: dict[str, str] = {}
        for r in self.model.books():
            names[r.category_code] = r.category
            counts[r.category_code][r.status] += 1
        return [scores.CategoryScore(code, names[code], sum(c.values()), c[ResultStatus.LENGKAP],
                                     c[ResultStatus.BELUM_LENGKAP], c[ResultStatus.TIDAK_ADA],
                                     c[ResultStatus.TIDAK_BERLAKU], c[None])
                for code, c in counts.items()]

    def overall(self) -> float | None:
        return scores.VisitScore(self.visit.id if self.visit else "", tuple(self.category_scores())).overall

    def unchecked(self) -> int:
        return sum(1 for r in self.model.books() if r.status is None)

    def _show_scores(self) -> None:
        parts = [f"{c.category}: <b>{scores.format_percent(c.score)}</b>" for c in self.category_scores()]
        overall = self.overall()
        parts.append(self.tr("Overall: <b>{score}</b>").format(score=scores.format_percent(overall)))
        self.scores_label.setText(" · ".join(parts))
        left = self.unchecked()
        self.unchecked_label.setText(self.tr("{n} book(s) not checked").format(n=left) if left
                                     else self.tr("Every book checked"))
        self.score_changed.emit(overall)

