"""What every tab of the visit editor shares: saving through the workspace off the UI
thread with the editor's indicator signals, refusals kept as data instead of error
dialogs, undo commands that call the services, and text fields saved after a pause or
when they lose focus.

A save is a workspace change wrapped by :func:`guarded`: a refusal of the services (a
domain error) or storage trouble (a full disk) comes back as a :class:`SaveFailure` value,
so the field that was typed into shows the one line beside it, marked, while what the
user typed stays; anything unforeseen still ends in the task runner's error dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from perut_desktop.errors import PerutError, storage_problem
from perut_desktop.operations.changes import Changed
from perut_desktop.ui.hints import error_text

if TYPE_CHECKING:
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.services.visit_editor import EditorVisit
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

#: A text field is saved this long after the last key press (or when it loses focus).
PAUSE_MS = 700

#: The look of a field whose value the services refused (kept, with the message beside it).
REFUSED_STYLE = "border: 2px solid #c62828;"
MESSAGE_STYLE = "color: #c62828;"


@dataclass(frozen=True)
class SaveFailure:
    """A save that changed nothing: the services refused it, or storage failed."""

    error: BaseException

    @property
    def message(self) -> str:
        if isinstance(self.error, PerutError):
            return error_text(self.error)
        problem = storage_problem(self.error)
        return problem.message if problem is not None else str(self.error)


def guarded(service: Callable[..., Any], *args: Any, **kwargs: Any) -> Callable[[Workspace], Changed[Any]]:
    """A workspace change of ``service`` whose refusal or storage trouble is returned as a
    :class:`SaveFailure` (the unit of work rolled back) instead of raised."""

    def call(workspace: Workspace) -> Changed[Any]:
        try:
            return workspace.change(service, *args, **kwargs)
        except PerutError as exc:
            return Changed(SaveFailure(exc))
        except Exception as exc:
            if storage_problem(exc) is None:
                raise
            return Changed(SaveFailure(exc))

    return call


class ChangeCommand(QUndoCommand):
    """One saved change on the editor's undo stack. It is pushed after the services stored
    it, so its first ``redo`` (which ``QUndoStack.push`` runs) does nothing; later ones,
    and ``undo``, call ``apply`` with the new or old value, which saves it again."""

    def __init__(self, text: str, apply: Callable[[Any], None], old: Any, new: Any) -> None:
        super().__init__(text)
        self._apply = apply
        self.old = old
        self.new = new
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class EditorTab(QWidget):
    """A tab of the editor (the contract every tab follows: these signals, ``load``,
    ``has_pending``, ``focus_first``)."""

    #: The tab's key in ``--page editor:KEY`` and in the editor's jump links.
    KEY: ClassVar[str] = ""
    #: Each tab's own: its name on the tab, and (re)filling it from the services.
    title: Callable[[], str]
    load: Callable[[EditorVisit, bool], None]

    saving = Signal()
    saved = Signal()
    save_failed = Signal(str)
    jump_requested = Signal(str)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.prompts = prompts
        self.undo_stack = undo_stack
        self.visit: EditorVisit | None = None
        self.read_only = True
        self._in_flight = 0

    def has_pending(self) -> bool:
        return self._in_flight > 0

    def focus_first(self) -> None:
        self.focusNextChild()

    @property
    def saves_in_flight(self) -> int:
        return self._in_flight

    def save(self, service: Callable[..., Any], *args: Any, on_saved: Callable[[Any], None],
             on_refused: Callable[[str], None] | None = None, **kwargs: Any) -> None:
        """Store a change now (on the task thread): ``on_saved(value)`` when stored,
        ``on_refused(message)`` when refused or when storage failed (nothing changed)."""
        self._in_flight += 1
        self.saving.emit()

        def done(value: Any) -> None:
            self._in_flight -= 1
            if isinstance(value, SaveFailure):
                message = value.message
                if on_refused is not None:
                    on_refused(message)
                self.save_failed.emit(message)
            else:
                on_saved(value)
                self.saved.emit()

        def failed(_exc: BaseException) -> None:
            self._in_flight -= 1
            self.save_failed.emit(self.tr("The change could not be saved."))

        self.client.change(guarded(service, *args, **kwargs), label=self.tr("Saving"), on_done=done,
                           on_failed=failed, owner=self, initiator=self)


class TextBinding(QObject):
    """Saves one text field of a tab after a pause in typing or when it loses focus.

    ``store(key, text, on_saved, on_refused)`` saves; a refused text stays in the field,
    which is marked, with the message in ``message`` beside it. ``committed(key, old,
    new)`` runs after each stored change (to push an undo command). ``key`` names the
    record the field shows (a book's code), so a field reused for another record saves to
    the right one. ``tidy(text)`` is the text as the service stores it (a time typed
    "9.00" is stored "09.00"): the field shows it once the keyboard has left it, never
    under the typing hand."""

    def __init__(self, widget: QLineEdit | QPlainTextEdit, message: QLabel,
                 store: Callable[[Any, str, Callable[[Any], None], Callable[[str], None]], None],
                 committed: Callable[[Any, str, str], None] | None = None,
                 check: Callable[[str], str | None] | None = None,
                 refused_elsewhere: Callable[[Any, str, str], None] | None = None,
                 tidy: Callable[[str], str] | None = None) -> None:
        super().__init__(widget)
        self.widget = widget
        self.message = message
        self.key: Any = None
        self.saved_value = ""
        self.refused = False
        self._store = store
        self._committed = committed
        self._check = check
        self._refused_elsewhere = refused_elsewhere
        self._tidy = tidy
        self._in_flight = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.commit)
        message.setStyleSheet(MESSAGE_STYLE)
        message.setWordWrap(True)
        message.hide()
        widget.textChanged.connect(self._on_text_changed)
        widget.installEventFilter(self)

    def text(self) -> str:
        w = self.widget
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def set_value(self, text: str, key: Any = None) -> None:
        """Show ``text`` as stored (no save), for record ``key``."""
        self._timer.stop()
        self.key = key
        self.saved_value = text
        self._show(text)
        self._mark(None)

    def _show(self, text: str) -> None:
        if self.text() == text:
            return
        blocked = self.widget.blockSignals(True)
        if isinstance(self.widget, QPlainTextEdit):
            self.widget.setPlainText(text)
        else:
            self.widget.setText(text)
        self.widget.blockSignals(blocked)

    def has_pending(self) -> bool:
        return self._timer.isActive() or self._in_flight > 0 or self.refused or self.text() != self.saved_value

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.commit()
            self._show_tidy()
        return False

    def _show_tidy(self) -> None:
        """Once the keyboard has left the field: show a saved text as it is stored."""
        if self._tidy is None or self.widget.hasFocus() or self.refused or self._in_flight:
            return
        text = self.text()
        if text != self.saved_value:
            return
        stored = self._tidy(text)
        if stored != text:
            self.saved_value = stored
            self._show(stored)

    def _on_text_changed(self) -> None:
        self._timer.start()

    def commit(self) -> None:
        """Save the field now if it differs from what is stored."""
        self._timer.stop()
        text = self.text()
        if text == self.saved_value and not self.refused:
            return
        if self._check is not None:
            problem = self._check(text)
            if problem is not None:
                self._mark(problem)
                return
        key, old = self.key, self.saved_value
        self._in_flight += 1

        def saved(stored: Any) -> None:
            self._in_flight -= 1
            if key != self.key:
                return
            self.saved_value = text
            if self.text() == text:
                self._mark(None)
            if self._committed is not None and text != old:
                self._committed(key, old, self._tidy(text) if self._tidy is not None else text)
            self._show_tidy()

        def refused(message: str) -> None:
            self._in_flight -= 1
            if key == self.key and self.text() == text:
                self._mark(message)
            elif key != self.key and self._refused_elsewhere is not None:
                self._refused_elsewhere(key, text, message)  # the field shows another record now

        self._store(key, text, saved, refused)

    def show_refused(self, text: str, message: str) -> None:
        """Show a refused ``text`` of this record again, marked (the stored value stays)."""
        self._show(text)
        self._mark(message)

    def apply(self, text: str) -> None:
        """Show and save ``text`` (an undo or redo): no new undo command."""
        self._timer.stop()
        self._show(text)
        key = self.key
        self._in_flight += 1

        def saved(_stored: Any) -> None:
            self._in_flight -= 1
            if key == self.key:
                self.saved_value = text
                self._mark(None)
                self._show_tidy()

        def refused(message: str) -> None:
            self._in_flight -= 1
            if key == self.key:
                self._mark(message)

        self._store(key, text, saved, refused)

    def _mark(self, message: str | None) -> None:
        self.refused = message is not None
        self.widget.setStyleSheet(REFUSED_STYLE if message else "")
        self.message.setText(message or "")
        self.message.setVisible(message is not None)
        self.widget.setProperty("refused", self.refused)
