"""The window's one way to the workspace: every call is scheduled on the task thread.

A *read* returns data to its widget; a *change* returns :class:`Changed` and the client
broadcasts what it changed through :attr:`WorkspaceClient.changed` (a Qt signal, so a
page's connection dies with the page) before the caller's callback runs. Pages decide for
themselves whether the changed tables concern them (:mod:`perut_desktop.ui.pages.base`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from perut_desktop.ui.tasks import ProgressMode, Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from perut_desktop.operations.changes import Changed
    from perut_desktop.operations.workspace import Workspace

T = TypeVar("T")


class WorkspaceClient(QObject):
    """Schedules workspace calls on the runner's single worker thread."""

    #: (Changes, initiator): emitted on the GUI thread after every change that wrote data.
    changed = Signal(object, object)
    #: Emitted when another workspace (another data folder) takes over.
    workspace_replaced = Signal()

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.runner = runner

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    @property
    def data_dir(self) -> Any:
        return self._workspace.data_dir

    def read(self, call: Callable[[Workspace], T], *, label: str, on_done: Callable[[T], None],
             owner: QWidget, on_failed: Callable[[BaseException], bool | None] | None = None,
             mode: ProgressMode = ProgressMode.BUSY) -> Task:
        """``call(workspace)`` on the worker; ``on_done(result)`` on the GUI thread while
        ``owner`` exists."""
        workspace = self._workspace
        return self.runner.run(lambda _ctx: call(workspace), label=label, on_done=on_done, on_failed=on_failed,
                               parent=owner.window(), owner=owner, mode=mode)

    def change(self, call: Callable[[Workspace], Changed[T]], *, label: str, on_done: Callable[[T], None],
               owner: QWidget, initiator: object = None,
               on_failed: Callable[[BaseException], bool | None] | None = None,
               mode: ProgressMode = ProgressMode.NONE) -> Task:
        """``call(workspace)`` (which returns :class:`Changed`) on the worker; on the GUI
        thread, broadcast its changes, then ``on_done(value)`` while ``owner`` exists."""
        return self.long(lambda ws, _ctx: call(ws), label=label, on_done=on_done, owner=owner,
                         initiator=initiator, on_failed=on_failed, mode=mode)

    def long(self, call: Callable[[Workspace, TaskContext], Changed[T]], *, label: str,
             on_done: Callable[[T], None], owner: QWidget, initiator: object = None,
             on_failed: Callable[[BaseException], bool | None] | None = None,
             mode: ProgressMode = ProgressMode.DIALOG, on_cancelled: Callable[[], None] | None = None) -> Task:
        """A change that reports progress and may be cancelled (an import)."""
        workspace = self._workspace

        def done(result: Changed[T]) -> None:
            if result.changes:
                self.changed.emit(result.changes, initiator)
            on_done(result.value)

        return self.runner.run(lambda ctx: call(workspace, ctx), label=label, on_done=done, on_failed=on_failed,
                               parent=owner.window(), owner=owner, mode=mode, on_cancelled=on_cancelled)

    def replace_workspace(self, workspace: Workspace) -> None:
        """Hand over to ``workspace`` (another data folder); the old one is closed on the
        worker, after whatever is queued for it."""
        old, self._workspace = self._workspace, workspace
        self.runner.run(lambda _ctx: old.close(), label="", on_done=lambda _r: None, mode=ProgressMode.NONE)
        self.workspace_replaced.emit()
