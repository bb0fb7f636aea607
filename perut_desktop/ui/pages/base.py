"""What every page shares: loading through the workspace client with its own busy
indicator, and refreshing only for changes that touch what it shows, only when visible.

A hidden page that a change concerns marks itself out of date and reloads when it is shown
again; a result that a newer load has replaced is dropped (a counter, as git-cola does).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from perut_desktop.ui.widgets.busy import BusyIndicator

if TYPE_CHECKING:
    from perut_desktop.operations.changes import Changes
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts


#: A page shown refreshes this long after the last of a run of changes.
CHANGE_PAUSE_MS = 400


class Page(QWidget):
    """A page of the window (the contract every page follows): subclasses set :attr:`KEY`
    and :attr:`WATCHES` and provide ``title``, ``load`` and ``show_data``. The shell knows
    each page by its entry in ``ui.shell.PAGE_REGISTRY`` (the same key, title and
    master-only flag) and builds it the first time it is shown."""

    KEY: ClassVar[str] = ""
    #: The replicated tables whose change makes this page out of date.
    WATCHES: ClassVar[frozenset[str]] = frozenset()
    MASTER_ONLY: ClassVar[bool] = False
    #: Each page's own: its name in the navigation; reading what it shows (on the task
    #: thread, given the workspace); showing that result (on the GUI thread).
    title: Callable[[], str]
    load: Callable[[Workspace], Any]
    show_data: Callable[[Any], None]

    #: Emitted after fresh data is shown.
    loaded = Signal()

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.prompts = prompts
        self.loads = 0  # how many loads have finished (tests, benchmarks)
        self.has_data = False
        self._dirty = True
        self._request = 0
        self._loading = False  # a load is queued or running
        self._again = False  # changes arrived meanwhile: load once more after it
        self._change_pause = QTimer(self)
        self._change_pause.setSingleShot(True)
        self._change_pause.setInterval(CHANGE_PAUSE_MS)
        self._change_pause.timeout.connect(self._on_change_pause)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.busy = BusyIndicator()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.busy)
        top.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load afresh now (an older load still running is superseded)."""
        self._dirty = False
        self._again = False
        self._loading = True
        self._request += 1
        request = self._request
        self.busy.start()
        self.client.read(self.load, label=self.tr("Loading “{page}”").format(page=self.title()),
                         on_done=lambda data: self._on_loaded(request, data),
                         on_failed=lambda exc: self._on_failed(request, exc), owner=self)

    def _on_loaded(self, request: int, data: Any) -> None:
        if request != self._request:
            return
        self._loading = False
        self.busy.stop()
        self.show_data(data)
        self.has_data = True
        self.loads += 1
        self.loaded.emit()
        if self._again and self.isVisible():
            self.refresh()

    def _on_failed(self, request: int, _exc: BaseException) -> None:
        if request == self._request:
            self._loading = False
            self.busy.stop()
            self._dirty = True  # try again when shown next

    @property
    def out_of_date(self) -> bool:
        return self._dirty

    def mark_out_of_date(self) -> None:
        """Load again: now when shown, else when shown next. Changes arriving while a load
        is queued or running make one more load after it, not one each."""
        self._dirty = True
        if not self.isVisible():
            return
        if self._loading:
            self._again = True
        else:
            self.refresh()

    def _on_change_pause(self) -> None:
        if self._dirty and not self.client.runner.closed:
            self.mark_out_of_date()

    def on_changes(self, changes: Changes, _initiator: object) -> None:
        """The shell hands every change here: refresh after a short pause in the changes
        when shown (an editor saves at every key; its saves go first), else when shown."""
        if changes.touches(self.WATCHES):
            self._dirty = True
            self._change_pause.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
