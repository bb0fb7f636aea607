"""A tab of the visit editor on its own: a window holding the tab, the editor's undo stack
and the real workspace client on a copy of the 1-year demo (made once per test module)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from perut_desktop.operations.workspace import Workspace
from perut_desktop.ui.client import WorkspaceClient
from perut_desktop.ui.i18n import install_translators
from perut_desktop.ui.tasks import TaskRunner

T = TypeVar("T")


@dataclass(frozen=True)
class EditorVisit:
    """What the editor hands its tabs (the tab contract's VisitDetail fields)."""

    id: str
    village_id: str
    visit_date: dt.date
    status: str


class Harness(QWidget):
    def __init__(self, client: WorkspaceClient, tab_class: type, prompts: Any) -> None:
        super().__init__()
        self.client = client
        self.undo_stack = QUndoStack(self)
        self.tab = tab_class(client, prompts, self.undo_stack, self)
        self.saves: list[str] = []
        self.failures: list[str] = []
        self.tab.saved.connect(lambda: self.saves.append("saved"))
        self.tab.save_failed.connect(self.failures.append)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tab)
        self.setWindowTitle("PERUT — editor tab")


def module_demo(tmp_path_factory: pytest.TempPathFactory, template: Path) -> Path:
    target = tmp_path_factory.mktemp("editor-demo") / "demo"
    shutil.copytree(template, target)
    return target


class Session:
    """The client on a data folder, and helpers that wait for the task thread."""

    def __init__(self, qtbot: Any, data_dir: Path) -> None:
        self.qtbot = qtbot
        self.runner = TaskRunner()
        self.workspace = Workspace(data_dir)
        self.client = WorkspaceClient(self.workspace, self.runner)
        self._owner = QWidget()
        self._app = QApplication.instance()
        self._translators = install_translators(self._app, "id")  # the users' language

    def call(self, work: Callable[[Workspace], T]) -> T:
        """``work(workspace)`` on the task thread; its result here."""
        out: list[T] = []
        self.client.read(work, label="test", on_done=out.append, owner=self._owner)
        self.qtbot.waitUntil(lambda: bool(out), timeout=60_000)
        return out[0]

    def read(self, service: Callable[..., T], *args: Any) -> T:
        return self.call(lambda ws: ws.read(service, *args))

    def wait_idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.busy, timeout=60_000)

    def new_visit(self, village_id: str, day: dt.date | None = None) -> EditorVisit:
        """A draft of this replica (the master), today or on ``day``, by the village's officer."""
        from perut_desktop.services.visit_list import new_visit_choices
        from perut_desktop.services.visits import list_visits

        def make(ws: Workspace) -> EditorVisit:
            choices = ws.read(new_visit_choices)
            officer = ws.read(list_visits, village_id=village_id)[0].officer_id
            summary = ws.create_visit(village_id=village_id, officer_id=officer, visit_date=day or choices.today,
                                      agenda="Pendampingan rutin").value
            return EditorVisit(summary.id, summary.village_id, summary.visit_date, summary.status)

        return self.call(make)

    def close(self) -> None:
        self._owner.deleteLater()
        self.runner.shutdown(cleanup=self.workspace.close)
        for translator in self._translators:
            self._app.removeTranslator(translator)


def session_on(qtbot: Any, data_dir: Path) -> Iterator[Session]:
    session = Session(qtbot, data_dir)
    yield session
    session.close()
