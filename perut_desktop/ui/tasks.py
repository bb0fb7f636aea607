"""The one way the GUI runs long work: off the UI thread, with progress and cancel.

All database work goes to ONE worker thread (SQLite connections stay on it, and units of
work never overlap). The job contract follows calibre's threaded jobs: the work function
receives a :class:`TaskContext` with an ``abort`` event to check and a ``progress(done,
total, label)`` callback. Results, progress and failures come back to the GUI thread
through queued signals; the work function must never touch a widget.

Each task has a progress mode: a quick save shows nothing (:attr:`ProgressMode.NONE`), a
page load shows the page's own busy indicator (:attr:`ProgressMode.BUSY`: the page does
it; the runner shows nothing), and long work such as an import shows a progress dialog, but
only when it is still running after ~600 ms (:attr:`ProgressMode.DIALOG`, as in Anki), so
quick work never flashes a dialog. A task's callbacks are bound to the lifetime of its
owner widget: once the widget is deleted (a window closed mid-task), they are dropped. Failures end in one error dialog with a message for
people; the traceback goes to the log, never to the user.

Python's cyclic garbage collector runs on whichever thread happens to allocate; if it
frees a Qt object on the worker, Qt crashes. So automatic collection is paused while work
is queued or running, and when the runner falls idle the youngest generation (what was
allocated meanwhile) is collected on the GUI thread; and a finished task drops its
references to widgets and callbacks, so it forms no cycles.
"""

from __future__ import annotations

import datetime as dt
import enum
import gc
import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from perut_desktop.errors import PerutError, storage_problem
from perut_desktop.ui.hints import error_text

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 600


class ProgressMode(enum.Enum):
    NONE = "none"  # a quick save: nothing shown
    BUSY = "busy"  # a page load: the page shows its own busy indicator
    DIALOG = "dialog"  # long work: a progress dialog with cancel after PROGRESS_DELAY_MS


class TaskCancelled(Exception):
    """Raised inside a work function (by :meth:`TaskContext.check_abort`) to stop early."""


ProgressReporter = Callable[[int, int, str], None]


@dataclass
class TaskContext:
    """What a work function gets: the abort event and a progress reporter."""

    abort: threading.Event
    _report: ProgressReporter

    def progress(self, done: int, total: int, label: str = "") -> None:
        """Report ``done`` of ``total`` steps (``total`` 0: unknown) with a label."""
        self._report(done, total, label)

    def check_abort(self) -> None:
        if self.abort.is_set():
            raise TaskCancelled


@dataclass(eq=False)
class Task:
    """A handle on submitted work; :meth:`cancel` asks it to stop."""

    label: str
    work: Callable[[TaskContext], Any]
    on_done: Callable[[Any], None]
    on_failed: Callable[[BaseException], bool | None] | None
    on_cancelled: Callable[[], None] | None
    parent: QWidget | None
    mode: ProgressMode = ProgressMode.DIALOG
    owner: QObject | None = None
    abort: threading.Event = field(default_factory=threading.Event)
    finished: bool = False
    dialog: QProgressDialog | None = None
    last_progress: tuple[int, int, str] = (0, 0, "")

    def cancel(self) -> None:
        self.abort.set()

    def release(self) -> None:
        """Drop references to work, callbacks and widgets (no cycles through Qt objects)."""
        self.work = _nothing
        self.on_done = _nothing
        self.on_failed = self.on_cancelled = None
        self.parent = None
        self.owner = None

    def owner_alive(self) -> bool:
        """Whether the widget the callbacks belong to still exists (no owner: always)."""
        return self.owner is None or shiboken6.isValid(self.owner)


def _nothing(*_args: Any) -> None:
    return None


class TaskRunner(QObject):
    """Runs work functions one at a time on a single worker thread."""

    # Emitted from the worker; connected queued so the slots run on the GUI thread.
    _finished = Signal(object, object)
    _failed = Signal(object, object)
    _cancelled = Signal(object)
    _progressed = Signal(object, int, int, str)

    def __init__(self, parent: QObject | None = None, *, progress_delay_ms: int = PROGRESS_DELAY_MS) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="perut-task")
        self._progress_delay_ms = progress_delay_ms
        self._active: set[Task] = set()
        self._error_dialog: QMessageBox | None = None
        #: Where unexpected errors are written with their traceback (the data folder's
        #: ``logs/``); set when a data folder is open.
        self.error_log: Path | None = None
        self._closed = False
        self._gc_paused = False
        self._held: list[Task] | None = None  # work queued while held (see hold)
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.timeout.connect(self.release)
        queued = Qt.ConnectionType.QueuedConnection
        self._finished.connect(self._on_task_finished, queued)
        self._failed.connect(self._on_task_failed, queued)
        self._cancelled.connect(self._on_task_cancelled, queued)
        self._progressed.connect(self._on_task_progressed, queued)

    # --- public API ---------------------------------------------------------------------

    def run(
        self,
        work: Callable[[TaskContext], Any],
        *,
        label: str,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], bool | None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        mode: ProgressMode = ProgressMode.DIALOG,
        owner: QObject | None = None,
    ) -> Task:
        """Run ``work(ctx)`` on the worker; call ``on_done(result)`` on the GUI thread.

        ``on_failed`` (optional) lets the caller update its state; the error dialog is
        shown unless it returns True (it told the user itself, e.g. offered another file). ``label`` names the work for people (progress and errors).
        ``owner`` (default: ``parent``) is the widget the callbacks touch: when it has been
        deleted by the time the work ends, no callback runs."""
        if self._closed:
            raise RuntimeError("task runner is shut down")
        task = Task(label, work, on_done, on_failed, on_cancelled, parent, mode,
                    owner if owner is not None else parent)
        self._active.add(task)
        if not self._gc_paused and gc.isenabled():
            gc.disable()
            self._gc_paused = True
        if mode is ProgressMode.DIALOG:
            QTimer.singleShot(self._progress_delay_ms, self, lambda: self._show_progress(task))
        if self._held is not None:
            self._held.append(task)
        else:
            self._executor.submit(self._execute, task)
        return task

    def hold(self, at_most_ms: int) -> None:
        """Keep work queued, in order, without starting it, until :meth:`release` or at most
        ``at_most_ms``: a window's first frame paints before the worker starts (and loads
        the database layer, which would compete with it for the interpreter)."""
        if self._held is None:
            self._held = []
        self._hold_timer.start(at_most_ms)

    def release(self) -> None:
        """Start the work queued while held."""
        self._hold_timer.stop()
        held, self._held = self._held, None
        for task in held or ():
            if not self._closed:
                self._executor.submit(self._execute, task)

    @property
    def busy(self) -> bool:
        return bool(self._active)

    @property
    def closed(self) -> bool:
        """Shut down: no more work is taken (the window is closing)."""
        return self._closed

    @property
    def error_dialog(self) -> QMessageBox | None:
        """The error dialog, while one is open."""
        dialog = self._error_dialog
        return dialog if dialog is not None and dialog.isVisible() else None

    def shutdown(self, cleanup: Callable[[], None] | None = None) -> None:
        """Cancel queued work, run ``cleanup`` on the worker thread, and wait for it."""
        if self._closed:
            return
        self._closed = True
        self._held = None
        self._hold_timer.stop()
        for task in list(self._active):
            task.cancel()
            self._close_progress(task)
        if cleanup is not None:
            self._executor.submit(self._cleanup, cleanup)
        self._executor.shutdown(wait=True)
        self._resume_gc()

    def _resume_gc(self) -> None:
        if self._gc_paused:
            # Everything allocated while collection was paused is in the youngest
            # generation: collecting it here, on the GUI thread, frees the cycles the work
            # left behind and resets the allocation count, so the worker's last few
            # allocations cannot start a collection there once collection is back on. The
            # older generations are left to the automatic collector: a full collection
            # took 50-180 ms with a 1-year replica open, too long to pay after every task.
            gc.collect(0)
            gc.enable()
            self._gc_paused = False

    # --- worker side ----------------------------------------------------------------------

    def _execute(self, task: Task) -> None:
        if task.abort.is_set():
            self._cancelled.emit(task)
            return
        ctx = TaskContext(task.abort, lambda done, total, label: self._progressed.emit(task, done, total, label))
        try:
            result = task.work(ctx)
        except TaskCancelled:
            self._cancelled.emit(task)
        except BaseException as exc:
            if not isinstance(exc, PerutError):
                log.exception("task %r failed", task.label)
                self.write_error_log(exc, task.label)
            self._failed.emit(task, exc)
        else:
            self._finished.emit(task, result)

    @staticmethod
    def _cleanup(cleanup: Callable[[], None]) -> None:
        try:
            cleanup()
        except Exception:
            log.exception("clean-up at shutdown failed")

    # --- GUI side -------------------------------------------------------------------------

    def _end(self, task: Task) -> None:
        task.finished = True
        self._active.discard(task)
        self._close_progress(task)

    def _after(self, task: Task) -> None:
        task.release()
        if not self._active:
            self._resume_gc()

    def _on_task_finished(self, task: Task, result: Any) -> None:
        self._end(task)
        if task.abort.is_set():
            self._call(task, task.on_cancelled)
        else:
            self._call(task, task.on_done, result)
        self._after(task)

    def _on_task_failed(self, task: Task, exc: BaseException) -> None:
        self._end(task)
        alive = task.owner_alive()
        handled = self._call(task, task.on_failed, exc)
        parent = task.parent if task.parent is not None and shiboken6.isValid(task.parent) else None
        if alive and handled is not True:
            self.show_error(exc, parent, task.label)
        self._after(task)

    def _on_task_cancelled(self, task: Task) -> None:
        self._end(task)
        self._call(task, task.on_cancelled)
        self._after(task)

    def _call(self, task: Task, callback: Callable[..., Any] | None, *args: Any) -> Any:
        """Run a GUI-side callback, unless its owner is gone, and return what it returns; its
        failure is reported like the task's own."""
        if callback is None or not task.owner_alive():
            return None
        try:
            return callback(*args)
        except Exception as exc:
            log.exception("callback of task %r failed", task.label)
            self.write_error_log(exc, task.label)
            self.show_error(exc, task.parent, task.label)

    def _on_task_progressed(self, task: Task, done: int, total: int, label: str) -> None:
        task.last_progress = (done, total, label)
        if task.dialog is not None:
            self._update_progress(task)

    def _show_progress(self, task: Task) -> None:
        if task.finished or self._closed or not task.owner_alive():
            return
        parent = task.parent if task.parent is not None and shiboken6.isValid(task.parent) else None
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(task.label)
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(lambda: self._on_progress_canceled(task))
        task.dialog = dialog
        self._update_progress(task)
        dialog.show()

    def _update_progress(self, task: Task) -> None:
        dialog = task.dialog
        assert dialog is not None
        done, total, label = task.last_progress
        dialog.setLabelText(label or task.label)
        dialog.setRange(0, max(total, 0))  # 0..0: a busy indicator
        if total > 0:
            dialog.setValue(min(done, total))

    def _on_progress_canceled(self, task: Task) -> None:
        # The dialog hides itself; the work stops at its next abort check and its
        # result, if any, is dropped (on_cancelled runs instead of on_done).
        task.cancel()

    def _close_progress(self, task: Task) -> None:
        dialog, task.dialog = task.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()

    def show_error(self, exc: BaseException, parent: QWidget | None = None, what: str | None = None) -> None:
        """One error dialog for people: the domain message with its hint, storage trouble in
        the same words as the CLI, or a short generic text.

        ``what`` names the work that failed (a task's label)."""
        problem = None if isinstance(exc, PerutError) else storage_problem(exc)
        if isinstance(exc, PerutError):
            detail = error_text(exc)
        elif problem is not None:
            detail = problem.message
        else:
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            if self.error_log is not None:
                detail = self.tr("Unexpected error: {error}. The details were written to {file}.").format(
                    error=error, file=self.error_log)
            else:
                detail = self.tr("Unexpected error: {error}. The details were written to the log.").format(
                    error=error)
        if what:
            text = self.tr("“{task}” could not be finished.").format(task=what)
        else:
            text = self.tr("Something went wrong.")
        dialog = self.error_dialog
        if dialog is not None:
            # One dialog at a time: a second failure joins the first instead of stacking.
            dialog.setInformativeText(dialog.informativeText() + "\n\n" + text + "\n" + detail)
            return
        dialog = QMessageBox(QMessageBox.Icon.Critical, self.tr("PERUT — error"), text,
                             QMessageBox.StandardButton.Ok, parent)
        dialog.setInformativeText(detail)
        copy = dialog.addButton(self.tr("Copy"), QMessageBox.ButtonRole.ActionRole)
        copy.setAccessibleName(self.tr("Copy the message"))
        # an action button would close the box; copying keeps it open
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(
            dialog.text() + "\n" + dialog.informativeText()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_error_dialog_finished)
        self._error_dialog = dialog
        dialog.open()

    def write_error_log(self, exc: BaseException, what: str = "") -> None:
        """Append an unexpected error with its traceback to :attr:`error_log` (never
        raises: a log that cannot be written must not hide the error itself)."""
        target = self.error_log
        if target is None:
            return
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            stamp = dt.datetime.now().isoformat(timespec="seconds")
            lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
            with target.open("a", encoding="utf-8") as out:
                out.write(f"--- {stamp} {what}\n{''.join(lines)}\n")
        except OSError:
            log.exception("the error log %s cannot be written", target)

    def _on_error_dialog_finished(self, _result: int = 0) -> None:
        self._error_dialog = None
