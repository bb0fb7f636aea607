"""``perut-gui``: parse the options, wire the parts, show the window, then load data.

Everything the window needs is built here and passed down (no globals). Heavy modules
(SQLAlchemy, Alembic, the services) are imported by the backend on the worker thread, so
the first frame paints before any of them load (DESIGN.md §8).
"""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from perut_desktop import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.services.overview import Overview
    from perut_desktop.ui.main_window import DashboardBackend, MainWindow
    from perut_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class Options:
    data_dir: Path
    language: str


def parse_args(argv: Sequence[str] | None = None) -> Options:
    from perut_desktop.arguments import Parser
    from perut_desktop.paths import resolve_data_dir
    from perut_desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

    parser = Parser(prog="perut-gui", description="PERUT Desktop — Pendampingan Rutin (aplikasi jendela).")
    parser.add_argument("--data-dir", help="folder data replika (bawaan: PERUT_DATA_DIR atau folder data pengguna)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=DEFAULT_LANGUAGE,
                        help="bahasa tampilan (bawaan: id)")
    parser.add_argument("--version", action="version", version=f"perut-gui {__version__}",
                        help="tampilkan versi program lalu keluar")
    args = parser.parse_args(argv)
    return Options(data_dir=resolve_data_dir(args.data_dir), language=args.lang)


class ReplicaBackend:
    """The dashboard's data through the operations tier's workspace; every method runs on
    the task worker thread."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._workspace: Workspace | None = None

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            from perut_desktop.operations.workspace import Workspace

            self._workspace = Workspace(self.data_dir)
        return self._workspace

    def load_overview(self) -> Overview | None:
        return self.workspace.overview()

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()


@dataclass
class Shell:
    """What :func:`build` wires together, for ``main`` and for tests."""

    window: MainWindow
    runner: TaskRunner
    translators: list[QTranslator] = field(default_factory=list)

    def close(self, app: QApplication, cleanup: Any = None) -> None:
        from perut_desktop.ui.i18n import remove_translators

        self.window.close()
        self.runner.shutdown(cleanup)
        remove_translators(app, self.translators)


def build(app: QApplication, options: Options, backend: DashboardBackend) -> Shell:
    """Install the translation, make the task runner and the main window (not shown)."""
    from perut_desktop.ui.i18n import install_translators
    from perut_desktop.ui.main_window import MainWindow
    from perut_desktop.ui.tasks import TaskRunner

    translators = install_translators(app, options.language)
    runner = TaskRunner()
    window = MainWindow(backend=backend, runner=runner, data_dir=options.data_dir, version=__version__)
    return Shell(window=window, runner=runner, translators=translators)


def _log_to_file() -> None:
    import platformdirs

    from perut_desktop.paths import APP_NAME

    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        folder = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(folder / "perut-gui.log", encoding="utf-8"))
    except OSError:
        pass  # a read-only profile must not stop the program; stderr still gets it
    logging.basicConfig(level=logging.WARNING, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("perut_desktop").setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    _log_to_file()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("PERUT")
    app.setApplicationDisplayName("PERUT")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Kecamatan Awayan")

    backend = ReplicaBackend(options.data_dir)
    shell = build(app, options, backend)

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # A failing slot must end in the error dialog, never a traceback on screen.
        log.error("unexpected error", exc_info=(kind, exc, tb))
        shell.runner.show_error(exc, shell.window)

    sys.excepthook = excepthook
    # Ctrl+C in the terminal that started the window ends it (Qt's loop would swallow it).
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    shell.window.show()
    QTimer.singleShot(0, shell.window.reload)  # after the first frame is queued
    code = app.exec()
    shell.close(app, cleanup=backend.close)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
