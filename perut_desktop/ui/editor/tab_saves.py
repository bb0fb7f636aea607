"""How the *Tindak Lanjut* and *Lampiran* tabs save: every change at once through the
workspace on the task thread, a refusal returned as its one line (shown beside the value
the user typed, not in a dialog), and undo commands whose redo/undo call the services."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel, QWidget

from perut_desktop.errors import PerutError, storage_problem
from perut_desktop.operations.changes import Changed
from perut_desktop.ui.hints import error_text
from perut_desktop.ui.tasks import ProgressMode, TaskCancelled, TaskContext

if TYPE_CHECKING:
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.ui.client import WorkspaceClient

log = logging.getLogger(__name__)

#: How a refused field looks until its value is saved or given up.
REFUSED_STYLE = "background-color: #fdecea; border: 1px solid #c62828;"
MESSAGE_STYLE = "color: #b71c1c;"


@dataclass(frozen=True)
class Refused:
    """A change the services refused, or storage trouble: nothing was stored."""

    message: str


@dataclass(frozen=True)
class Cancelled:
    """Long work the user cancelled: nothing was stored."""


def refusal_text(exc: BaseException) -> str | None:
    """The one line for a refusal or storage trouble; ``None`` for what nobody foresaw."""
    if isinstance(exc, PerutError):
        return error_text(exc)
    problem = storage_problem(exc)
    return problem.message if problem is not None else None


def mark_refused(widget: QWidget, refused: bool) -> None:
    widget.setStyleSheet(REFUSED_STYLE if refused else "")
    widget.setProperty("refused", refused)


def message_label(parent: QWidget) -> QLabel:
    """The line beside a tab's fields that shows why a value was not saved."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(MESSAGE_STYLE)
    label.hide()
    return label


def show_message(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


class TabSaver:
    """Runs one tab's saves and counts those in flight. The tab has the signals
    ``saving``, ``saved`` and ``save_failed(str)`` of the editor's tab contract."""

    def __init__(self, tab: Any, client: WorkspaceClient) -> None:
        self._tab = tab
        self._client = client
        self.in_flight = 0

    def save(self, call: Callable[[Workspace], Changed[Any]], *, label: str, on_done: Callable[[Any], None],
             on_refused: Callable[[str], None]) -> None:
        """A quick change: nothing shown but the editor's indicator."""
        self._run(lambda ws, _ctx: call(ws), label, on_done, on_refused, ProgressMode.NONE)

    def save_long(self, call: Callable[[Workspace, TaskContext], Changed[Any]], *, label: str,
                  on_done: Callable[[Any], None], on_refused: Callable[[str], None],
                  mode: ProgressMode = ProgressMode.DIALOG) -> None:
        """A change that reports progress and may be cancelled (several files)."""
        self._run(call, label, on_done, on_refused, mode)

    def _run(self, call: Callable[[Workspace, TaskContext], Changed[Any]], label: str,
             on_done: Callable[[Any], None], on_refused: Callable[[str], None], mode: ProgressMode) -> None:
        tab = self._tab
        self.in_flight += 1
        tab.saving.emit()

        def attempt(ws: Workspace, ctx: TaskContext) -> Changed[Any]:
            try:
                return call(ws, ctx)
            except TaskCancelled:
                return Changed(Cancelled())
            except Exception as exc:
                message = refusal_text(exc)
                if message is None:
                    raise
                if not isinstance(exc, PerutError):
                    log.warning("%s: %s", label, exc)
                return Changed(Refused(message))

        def done(value: Any) -> None:
            self.in_flight -= 1
            if isinstance(value, Refused):
                tab.save_failed.emit(value.message)
                on_refused(value.message)
            elif isinstance(value, Cancelled):
                tab.saved.emit()  # nothing changed: nothing is pending either
            else:
                tab.saved.emit()
                on_done(value)

        def failed(_exc: BaseException) -> None:  # the runner's error dialog says what
            self.in_flight -= 1
            message = QCoreApplication.translate("TabSaver", "“{task}” could not be finished.").format(task=label)
            tab.save_failed.emit(message)
            on_refused(message)

        self._client.long(attempt, label=label, on_done=done, owner=tab, initiator=tab, on_failed=failed, mode=mode)


class ServiceCommand(QUndoCommand):
    """One change on the editor's undo stack. The change is already saved when the command
    is pushed, so the push's own redo() does nothing; later redo()/undo() call
    ``apply(True)`` / ``apply(False)``, which start the service calls."""

    def __init__(self, text: str, apply: Callable[[bool], None]) -> None:
        super().__init__(text)
        self._apply = apply
        self._just_pushed = True

    def redo(self) -> None:
        if self._just_pushed:
            self._just_pushed = False
            return
        self._apply(True)

    def undo(self) -> None:
        self._apply(False)
