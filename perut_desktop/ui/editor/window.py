"""The visit editor: one window per visit with the header, the tabs, the autosave indicator
(*Menyimpan…* / *Tersimpan* / the error), undo and redo (one ``QUndoStack`` per editor),
submitting (*Ajukan*, with what is still missing as links to the tabs), correcting a
returned visit (*Perbaiki*) and, on the master, the office's review beside the visit.

Every tab follows one contract (:class:`~perut_desktop.ui.editor.base.EditorTab`): the
signals ``saving``, ``saved``, ``save_failed(str)`` and ``jump_requested(str)``, and
``load(visit, read_only)``, ``has_pending()``, ``focus_first()``. :data:`TAB_CLASSES`
lists them in order by key (``--page editor:KEY``).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.enums import SubmissionProblem, VisitStatus
from perut_desktop.services import review, visit_editor, workflow
from perut_desktop.ui.editor.attachments import AttachmentsTab
from perut_desktop.ui.editor.attendance import AttendanceTab
from perut_desktop.ui.editor.base import MESSAGE_STYLE, EditorTab, SaveFailure, guarded
from perut_desktop.ui.editor.books import BooksTab
from perut_desktop.ui.editor.follow_ups import FollowUpsTab
from perut_desktop.ui.editor.header import HeaderForm
from perut_desktop.ui.editor.history import HistoryTab
from perut_desktop.ui.editor.minutes import MinutesTab
from perut_desktop.ui.editor.review import ReviewPanel
from perut_desktop.ui.labels import visit_status_text
from perut_desktop.ui.models.common import short_date
from perut_desktop.ui.widgets.busy import BusyIndicator

if TYPE_CHECKING:
    from perut_desktop.operations.changes import Changes
    from perut_desktop.services.visit_editor import EditorVisit
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

#: The editor's tabs in order, by key (each follows the tab contract of :mod:`.base`).
TAB_CLASSES: tuple[tuple[str, type[QWidget]], ...] = (
    ("buku", BooksTab),
    ("hadir", AttendanceTab),
    ("notulen", MinutesTab),
    ("tindak-lanjut", FollowUpsTab),
    ("lampiran", AttachmentsTab),
    ("riwayat", HistoryTab),
)

#: The tabs' names (English source text; Indonesian in perut_id.ts).
TAB_TITLES: dict[str, str] = {
    "buku": QT_TRANSLATE_NOOP("VisitEditor", "&Books"),
    "hadir": QT_TRANSLATE_NOOP("VisitEditor", "&Attendance"),
    "notulen": QT_TRANSLATE_NOOP("VisitEditor", "&Minutes"),
    "tindak-lanjut": QT_TRANSLATE_NOOP("VisitEditor", "&Follow-ups"),
    "lampiran": QT_TRANSLATE_NOOP("VisitEditor", "A&ttachments"),
    "riwayat": QT_TRANSLATE_NOOP("VisitEditor", "&History"),
}

#: Where each thing a submission misses is put right.
PROBLEM_TABS: dict[str, str] = {
    SubmissionProblem.BOOKS_UNCHECKED.value: "buku",
    SubmissionProblem.NOBODY_PRESENT.value: "hadir",
    SubmissionProblem.NO_DISCUSSION.value: "notulen",
    SubmissionProblem.NO_DECISIONS.value: "notulen",
}

#: Tables whose change by someone else (a bundle received) makes the editor read again.
VISIT_TABLES = frozenset({"visit", "visit_status_event", "checklist_result", "attendance", "minutes", "follow_up",
                          "follow_up_update", "attachment", "review"})


class SaveState:
    IDLE = "idle"
    SAVING = "saving"
    SAVED = "saved"
    FAILED = "failed"


#: The editor's size where the screen has room for it.
PREFERRED_SIZE = QSize(1200, 760)
#: What the window's title bar and borders take beyond its inside.
FRAME_ALLOWANCE = QSize(16, 40)


def fitted_size(available: QSize) -> QSize:
    """The editor's first size on a screen whose free area is ``available``: 1200×760, or
    less so that the whole window, title bar included, is on the screen (1366×768 at 125 %
    leaves 1093×582); the layout below it fits down to that."""
    return PREFERRED_SIZE.boundedTo(available - FRAME_ALLOWANCE)


class VisitEditor(QMainWindow):
    #: The visit's header (and every tab) shows fresh data.
    loaded = Signal()
    #: The indicator changed (a :class:`SaveState` value).
    save_state_changed = Signal(str)
    #: The problems of a refused submission are listed.
    problems_shown = Signal()
    #: The visit's status changed here (submitted, reopened, reviewed).
    status_changed = Signal(object)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, visit_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.client = client
        self.prompts = prompts
        self.visit_id = visit_id
        self.visit: EditorVisit | None = None
        self.read_only = True
        self.save_state = SaveState.IDLE
        self.closing_confirmed = False
        self.loads = 0
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Visit"))
        self.resize(fitted_size(self.screen().availableGeometry().size()))

        self.header = HeaderForm(client, prompts, self.undo_stack)
        self.busy = BusyIndicator()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.hide()
        self.fix_button = QPushButton(self.tr("&Correct (back to draft)"))
        self.fix_button.clicked.connect(self.reopen)
        self.fix_button.hide()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setStyleSheet("background: #fff3e0; padding: 6px;")
        self.problems.linkActivated.connect(self.show_tab)
        self.problems.hide()

        self.tabs = QTabWidget()
        self.tab_widgets: dict[str, EditorTab] = {}
        for key, cls in TAB_CLASSES:
            tab = cls(client, prompts, self.undo_stack)
            self.add_tab(key, tab)
        self.tabs.currentChanged.connect(self._into_current_tab)
        # the tab already shown, chosen again by its Alt letter or a click: the same
        self.tabs.tabBarClicked.connect(lambda _index: QTimer.singleShot(0, self._into_current_tab))
        self.tabs.tabBar().installEventFilter(self)
        self.review_panel = ReviewPanel(client, prompts)
        self.review_panel.hide()
        self.review_panel.reviewed.connect(self._on_status_changed)
        review_scroll = QScrollArea()
        review_scroll.setWidgetResizable(True)
        review_scroll.setFrameShape(QFrame.Shape.NoFrame)
        review_scroll.setWidget(self.review_panel)
        review_scroll.setMinimumWidth(320)
        review_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review_scroll = review_scroll
        review_scroll.hide()
        self.header.saving.connect(self._on_saving)
        self.header.saved.connect(self._on_saved)
        self.header.save_failed.connect(self._on_save_failed)

        self.indicator = QLabel()
        self.indicator.setAccessibleName(self.tr("Saving state"))
        self.submit_button = QPushButton(self.tr("Subm&it"))
        self.submit_button.clicked.connect(self.submit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        ctrl_y = QKeySequence("Ctrl+Y")
        self.redo_action.setShortcuts(redo_keys if ctrl_y in redo_keys else [ctrl_y, *redo_keys])
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.close_action)
        for action in (self.undo_action, self.redo_action, self.close_action):
            self.addAction(action)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.fix_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy)
        bottom.addWidget(self.indicator, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.submit_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 4, 8, 4)
        left_layout.addLayout(top)
        left_layout.addLayout(banner_row)
        left_layout.addWidget(self.problems)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(review_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        client.changed.connect(self._on_client_changed)
        self.reload()

    # --- tabs ------------------------------------------------------------------------------

    def add_tab(self, key: str, tab: EditorTab) -> None:
        """Add a tab following the tab contract, under ``key``."""
        self.tab_widgets[key] = tab
        title = QCoreApplication.translate("VisitEditor", TAB_TITLES.get(key, key))
        self.tabs.addTab(tab, title)
        tab.saving.connect(self._on_saving)
        tab.saved.connect(self._on_saved)
        tab.save_failed.connect(self._on_save_failed)
        tab.jump_requested.connect(self.show_tab)
        score_changed = getattr(tab, "score_changed", None)
        if score_changed is not None:
            score_changed.connect(self.header.show_score)

    def tab(self, key: str) -> EditorTab:
        return self.tab_widgets[key]

    def show_tab(self, key: str) -> None:
        tab = self.tab_widgets.get(key)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            tab.focus_first()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tabs.tabBar() and event.type() == QEvent.Type.Shortcut:
            QTimer.singleShot(0, self._into_current_tab)  # after the bar has chosen the tab
        return super().eventFilter(watched, event)

    def _into_current_tab(self, _index: int = -1) -> None:
        """A tab chosen by its Alt letter or a click leaves the keyboard where it was (in
        the header's *Tempat*, say): what is typed next would land there. Move it into the
        tab, as :meth:`show_tab` does, unless it is in the tab already."""
        tab = self.tabs.currentWidget()
        focus = QApplication.focusWidget()
        if tab is not None and self.isActiveWindow() and not (focus is not None and tab.isAncestorOf(focus)):
            tab.focus_first()  # type: ignore[attr-defined]

    def current_tab_key(self) -> str:
        current = self.tabs.currentWidget()
        return next(k for k, t in self.tab_widgets.items() if t is current)

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.busy.start()
        self.client.read(lambda ws: ws.read(visit_editor.editor_visit, self.visit_id),
                         label=self.tr("Loading the visit"), on_done=self._on_loaded, owner=self)

    def _on_loaded(self, visit: EditorVisit) -> None:
        self.busy.stop()
        self.visit = visit
        self.read_only = not (visit.own and visit.status is VisitStatus.DRAF)
        self.setWindowTitle(self.tr("Visit to {village}, {date} — {status}").format(
            village=visit.village_name, date=short_date(visit.visit_date), status=visit_status_text(visit.status)))
        self.header.load(visit, self.read_only)
        for tab in self.tab_widgets.values():
            tab.load(visit, self.read_only)
        self._show_banner(visit)
        self.submit_button.setVisible(visit.own and visit.status is VisitStatus.DRAF)
        self.fix_button.setVisible(visit.own and visit.status is VisitStatus.DIKEMBALIKAN)
        self.review_panel.load(visit)
        self.review_scroll.setVisible(self.review_panel.isVisibleTo(self.review_scroll))
        self.loads += 1
        self.loaded.emit()

    def _show_banner(self, visit: EditorVisit) -> None:
        text = ""
        style = "background: #e3f2fd; padding: 6px;"
        if visit.status is VisitStatus.DIKEMBALIKAN:
            style = "background: #ffebee; padding: 6px; border: 1px solid #c62828;"
            text = self.tr("<b>Returned by the office:</b> {note}").format(note=html.escape(visit.returned_note))
            if visit.own:
                text += "<br>" + self.tr("Choose “Correct” to edit the visit again, then submit it anew.")
        elif not visit.own:
            who = visit.owner_officer or visit.officer_name
            if visit.is_master:
                text = self.tr("Recorded on the laptop of {officer}: only that laptop changes its content; "
                               "the office reviews it.").format(officer=html.escape(who))
            else:
                text = self.tr("Recorded on the laptop of {officer}: only that laptop can change it; "
                               "shown here read-only.").format(officer=html.escape(who))
        elif visit.status is not VisitStatus.DRAF:
            text = self.tr("The visit is {status}: it can no longer be changed on this laptop.").format(
                status=visit_status_text(visit.status))
        self.banner.setStyleSheet(style)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _on_client_changed(self, changes: Changes, initiator: object) -> None:
        mine = (initiator is self or initiator is self.header or initiator is self.review_panel
                or initiator in self.tab_widgets.values())
        if not mine and changes.touches(VISIT_TABLES):
            self.reload()

    # --- the indicator -----------------------------------------------------------------------

    def _in_flight(self) -> int:
        tabs = [self.header, *self.tab_widgets.values()]
        return sum(getattr(t, "saves_in_flight", 0) for t in tabs)

    def _set_state(self, state: str, text: str, style: str = "") -> None:
        self.save_state = state
        self.indicator.setText(text)
        self.indicator.setStyleSheet(style)
        self.save_state_changed.emit(state)

    def _on_saving(self) -> None:
        self._set_state(SaveState.SAVING, self.tr("Saving…"))

    def _bindings(self) -> list[Any]:
        out = []
        for tab in (self.header, *self.tab_widgets.values()):
            out += list(getattr(tab, "bindings", {}).values())
            out += [b for b in (getattr(tab, "last_entry_binding", None), getattr(tab, "notes_binding", None)) if b]
        return out

    def _on_saved(self) -> None:
        # "Tersimpan" once nothing is in flight and no field still holds a refused value
        # (its message stays beside it, and the indicator keeps the last error)
        held = any(getattr(t, "held", None) for t in self.tab_widgets.values())
        if self._in_flight() == 0 and not held and not any(b.refused for b in self._bindings()):
            self._set_state(SaveState.SAVED, self.tr("Saved"), "color: #2e7d32;")

    def _on_save_failed(self, message: str) -> None:
        self._set_state(SaveState.FAILED, self.tr("Not saved: {message}").format(message=message), MESSAGE_STYLE)

    def has_pending(self) -> bool:
        return any(t.has_pending() for t in (self.header, *self.tab_widgets.values()))

    # --- submit, correct -------------------------------------------------------------------

    def _commit_fields(self) -> None:
        for binding in self._bindings():
            binding.commit()

    def submit(self) -> None:
        """Ajukan: list what is missing (with links to where it is put right), else ask and
        submit; afterwards the visit is read-only here."""
        if self.visit is None or self.read_only:
            return
        self._commit_fields()
        visit_id = self.visit_id
        self.client.read(lambda ws: ws.read(review.submission_problems, visit_id),
                         label=self.tr("Checking the visit"), on_done=self._on_problems_read, owner=self)

    def _on_problems_read(self, problems: list[review.Problem]) -> None:
        if problems:
            self.show_problems(problems)
            return
        self.problems.hide()
        assert self.visit is not None
        if not self.prompts.confirm(self, self.tr("Submit the visit"), self.tr(
                "Submit the visit to {village} for verification? It can no longer be changed here "
                "unless the office returns it.").format(village=self.visit.village_name), self.tr("Submit")):
            return
        self.client.change(guarded(workflow.submit_visit, self.visit_id), label=self.tr("Submitting the visit"),
                           on_done=self._on_submitted, owner=self, initiator=self)

    def show_problems(self, problems: list[review.Problem]) -> None:
        items = "".join(f'<li><a href="{PROBLEM_TABS.get(p.code, "buku")}">{html.escape(p.text)}</a></li>'
                        for p in problems)
        self.problems.setText(self.tr("<b>The visit cannot be submitted yet:</b>") + f"<ul>{items}</ul>")
        self.problems.show()
        self.problems_shown.emit()

    def _on_submitted(self, value: Any) -> None:
        if isinstance(value, SaveFailure):
            self.problems.setText(html.escape(value.message))
            self.problems.show()
            self.problems_shown.emit()
            return
        self._on_status_changed(value)

    def reopen(self) -> None:
        """Perbaiki: a returned visit back to Draf (this laptop's transition)."""
        self.client.change(guarded(workflow.reopen_visit, self.visit_id), label=self.tr("Reopening the visit"),
                           on_done=self._on_reopened, owner=self, initiator=self)

    def _on_reopened(self, value: Any) -> None:
        if isinstance(value, SaveFailure):
            self._on_save_failed(value.message)
            return
        self._on_status_changed(value)

    def _on_status_changed(self, status: Any) -> None:
        self.undo_stack.clear()
        self.problems.hide()
        self.status_changed.emit(status)
        self.reload()

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.closing_confirmed:
            self._commit_fields()
            if self.has_pending():
                if not self.prompts.confirm(
                        self, self.tr("Changes not saved"),
                        self.tr("A change is still being saved or was refused (marked in red). "
                                "Close anyway? What was not saved is lost."),
                        self.tr("Close anyway")):
                    event.ignore()
                    return
            self.closing_confirmed = True
        self.undo_stack.clear()
        super().closeEvent(event)
