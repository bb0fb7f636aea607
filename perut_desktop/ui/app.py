"""``perut-gui``: parse the options, wire the parts, show the window, then load data.

Everything the window needs is built here and passed down (no globals). The start shows
the window's frame first — its title, size and place — and builds its pages, menus and
status bar on it once that frame is on screen, with the last dashboard read from its
snapshot; the single-instance server starts after that, and the heavy modules (SQLAlchemy,
Alembic, the services) are imported by the workspace on the task thread (DESIGN.md §8). A
data folder without a replica opens the first-run dialog.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTranslator
    from PySide6.QtWidgets import QApplication

    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.dialogs.first_run import FirstRunDialog
    from perut_desktop.ui.prompts import Prompts
    from perut_desktop.ui.shell import ShellWindow
    from perut_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def __getattr__(name: str) -> Any:
    """``__version__``, read when asked for (the package's metadata stays out of the start)."""
    if name == "__version__":
        import perut_desktop

        return perut_desktop.__version__
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _version() -> str:
    import perut_desktop

    return str(perut_desktop.__version__)


@dataclass(frozen=True)
class Options:
    data_dir: Path
    language: str
    screenshot: Path | None = None
    page: str = "dasbor"
    visit: str | None = None
    size: tuple[int, int] = (1366, 768)
    files: tuple[Path, ...] = ()  # bundles (.perut) and enrolment files (.perut-enroll) to open
    #: ``--lang`` was given; otherwise the language chosen on the settings page applies.
    language_given: bool = field(default=False, compare=False)


BUNDLE_SUFFIX = ".perut"
#: Unexpected errors of the window, with their traceback, in the data folder.
ERROR_LOG = Path("logs") / "perut-gui-kesalahan.log"
ENROLMENT_SUFFIX = ".perut-enroll"


def _size(text: str) -> tuple[int, int]:
    from perut_desktop.errors import UsageError

    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or not (320 <= int(width) <= 7680) \
            or not (240 <= int(height) <= 4320):
        raise UsageError(f"--size: '{text}' bukan ukuran seperti 1366x768.")
    return int(width), int(height)


class _VersionAction(argparse.Action):
    """``--version``, with the version read only when it is asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        sys.stdout.write(f"perut-gui {_version()}\n")
        parser.exit()


def parse_args(argv: Sequence[str] | None = None) -> Options:
    from perut_desktop.arguments import Parser
    from perut_desktop.paths import resolve_data_dir
    from perut_desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

    parser = Parser(prog="perut-gui", description="PERUT Desktop — Pendampingan Rutin (aplikasi jendela).")
    parser.add_argument("files", nargs="*", metavar="BERKAS",
                        help="bundel (.perut) untuk diterima, atau berkas pendaftaran (.perut-enroll) untuk bergabung")
    parser.add_argument("--data-dir", help="folder data replika (bawaan: PERUT_DATA_DIR atau folder data pengguna)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=None,
                        help="bahasa tampilan (bawaan: yang dipilih di Pengaturan, atau id)")
    parser.add_argument("--screenshot", metavar="BERKAS",
                        help="simpan gambar jendela (PNG) setelah datanya dimuat, lalu keluar")
    parser.add_argument("--page", metavar="NAMA[:SUB]", default="dasbor",
                        help="halaman untuk --screenshot (mis. dasbor, kunjungan, kunjungan-baru, mulai, tentang)")
    parser.add_argument("--visit", metavar="ID|latest", help="kunjungan yang dibuka untuk --screenshot")
    parser.add_argument("--size", metavar="LxT", default="1366x768", help="ukuran jendela untuk --screenshot")
    parser.add_argument("--version", action=_VersionAction, help="tampilkan versi program lalu keluar")
    args = parser.parse_args(argv)
    try:
        size = _size(args.size)
    except Exception as exc:
        parser.error(str(getattr(exc, "message", exc)))
    return Options(data_dir=resolve_data_dir(args.data_dir), language=args.lang or DEFAULT_LANGUAGE,
                   language_given=args.lang is not None,
                   screenshot=Path(args.screenshot).resolve() if args.screenshot else None,
                   page=args.page, visit=args.visit, size=size,
                   files=tuple(Path(f).resolve() for f in args.files))


@dataclass
class Shell:
    """What :class:`Launcher` wires together for one data folder, for ``main`` and tests."""

    window: ShellWindow
    runner: TaskRunner
    client: WorkspaceClient
    translators: list[QTranslator] = field(default_factory=list)

    @property
    def workspace(self) -> Workspace:
        return self.client.workspace

    def close(self, app: QApplication | None = None) -> None:
        from perut_desktop.ui.i18n import remove_translators

        import shiboken6

        if shiboken6.isValid(self.window):  # closed and destroyed already: only the rest
            self.window.closing_confirmed = True
            self.window.close()
        self.runner.shutdown(self.client.workspace.close)
        if shiboken6.isValid(self.window):
            # Destroy the window and its pages now, while every Python object they call
            # back into is intact, rather than whenever the garbage collector breaks their
            # reference cycles (in whatever order: a model cleared before its view crashes).
            shiboken6.delete(self.window)
        if app is not None:
            remove_translators(app, self.translators)


class Launcher:
    """Opens the window on a data folder, or first the first-run dialog when it holds no
    replica. Tests drive it with their own prompts, settings and runner.

    ``frame_first`` (``perut-gui`` itself): :meth:`start` shows the window's frame and builds
    the window on it after its first frame (:meth:`open_frame`); otherwise the window is
    built before it is shown."""

    def __init__(self, app: QApplication, options: Options, *, prompts: Prompts | None = None,
                 settings: QSettings | None = None, runner: TaskRunner | None = None,
                 demo_years: int = 1, frame_first: bool = False) -> None:
        from perut_desktop.ui.i18n import LANGUAGE_KEY, chosen_language, install_translators

        from perut_desktop.ui.collector import install

        self.app = app
        install(app)  # garbage collected on this (the GUI) thread only
        self.options = options
        self._prompts = prompts
        self.settings = settings if settings is not None else _default_settings()
        self.language = chosen_language(options.language if options.language_given else None,
                                        self.settings.value(LANGUAGE_KEY))
        self.translators = install_translators(app, self.language)
        self._runner = runner
        self.demo_years = demo_years
        self.frame_first = frame_first
        self.frame: ShellWindow | None = None  # the window shown before it is built (open_frame)
        self.shell: Shell | None = None
        self.first_run: FirstRunDialog | None = None
        self._queued: list[Path] = list(options.files)

    @property
    def prompts(self) -> Prompts:
        if self._prompts is None:
            from perut_desktop.ui.prompts import Prompts

            self._prompts = Prompts()
        return self._prompts

    @property
    def runner(self) -> TaskRunner:
        """The task runner (made when first needed: not before the window's first frame)."""
        if self._runner is None:
            from perut_desktop.ui.tasks import TaskRunner

            self._runner = TaskRunner()
        return self._runner

    def needs_first_run(self, data_dir: Path | None = None) -> bool:
        from perut_desktop.paths import replica_exists

        if os.environ.get("PERUT_DATABASE_URL"):
            return False
        return not replica_exists(data_dir or self.options.data_dir)

    def start(self, then: Callable[[], None] | None = None) -> None:
        """The first-run dialog or the window; ``then`` runs once it is on screen (for the
        window: built, after its first frame)."""
        from PySide6.QtCore import QTimer

        if self.needs_first_run():
            self.show_first_run()
        elif self.frame_first:
            self.open_frame(self.options.data_dir, then)
            return
        else:
            self.open_window(self.options.data_dir)
        self.open_files([])
        if then is not None:
            QTimer.singleShot(0, then)

    def open_files(self, paths: list[Path]) -> None:
        """Files given on the command line or handed over by a second start: a bundle opens
        the receive preview, an enrolment file the join of the first-run dialog. Files that
        arrive while the window is still starting wait for it."""
        self._queued += list(paths)
        enrolments = [p for p in self._queued if p.name.lower().endswith(ENROLMENT_SUFFIX)]
        bundles = [p for p in self._queued if p.suffix.lower() == BUNDLE_SUFFIX]
        if self.shell is None:
            if self.first_run is not None and enrolments:
                import shiboken6

                if shiboken6.isValid(self.first_run):
                    self.first_run.use_enrolment(enrolments[-1])
                    self.first_run.raise_()
                    self.first_run.activateWindow()
                self._queued = bundles
            return
        self._queued = []
        window = self.shell.window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if bundles:
            window.open_bundles(bundles)
        if enrolments:
            window.explain_enrolment_file()

    def show_first_run(self) -> FirstRunDialog:
        from perut_desktop.ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.runner, self.options.data_dir, self.prompts, demo_years=self.demo_years)
        dialog.ready.connect(self.open_window)
        dialog.rejected.connect(self._on_first_run_rejected)
        self.first_run = dialog
        dialog.show()
        return dialog

    def _on_first_run_rejected(self) -> None:
        if self.shell is None and not (self.first_run is not None and self.first_run.working):
            self.app.quit()

    def open_frame(self, data_dir: Path, then: Callable[[], None] | None = None) -> ShellWindow:
        """The window's frame — title, the size and place it had — shown now; the window is
        built on it (:meth:`open_window`) once that frame has painted, then ``then`` runs.
        Nothing but Qt's widgets is loaded before that frame (DESIGN.md §8)."""
        from PySide6.QtCore import QTimer

        from perut_desktop.ui.shell import ShellWindow

        window = ShellWindow(settings=self.settings)
        window.restore_geometry()
        self.frame = window

        def build() -> None:
            if self.frame is window and not window.built and window.isVisible():  # not closed meanwhile
                self.open_window(data_dir, window=window)
                if then is not None:
                    QTimer.singleShot(0, then)  # after the frame painted with the pages

        window.first_frame.connect(lambda: QTimer.singleShot(0, build))
        window.show()
        return window

    def open_window(self, data_dir: Path, *, start: bool = True, window: ShellWindow | None = None) -> Shell:
        """The window on ``data_dir``, built (on ``window``, a frame :meth:`open_frame`
        showed, if given) and, with ``start``, shown and loading its data."""
        from PySide6.QtCore import QTimer

        from perut_desktop.operations.snapshot import read_snapshot
        from perut_desktop.operations.workspace import Workspace
        from perut_desktop.ui.client import WorkspaceClient
        from perut_desktop.ui.shell import ShellWindow

        self.runner.error_log = data_dir / ERROR_LOG
        client = WorkspaceClient(Workspace(data_dir), self.runner)
        if window is None:
            window = ShellWindow(client=client, prompts=self.prompts, settings=self.settings)
        else:
            window.build(client, self.prompts)
        window.status_loaded.connect(self._set_version)
        self.shell = Shell(window, self.runner, client, self.translators)
        snapshot = read_snapshot(data_dir)
        if snapshot is not None:
            window.show_snapshot(snapshot)
        if start:
            window.show()
            QTimer.singleShot(0, window.start)  # after the first frame is queued
        if self._queued:
            QTimer.singleShot(0, lambda: self.open_files([]))
        return self.shell

    def _set_version(self) -> None:
        """The application's version, once the window has started (reading the package's
        metadata before its first frame would delay it)."""
        if not self.app.applicationVersion():
            self.app.setApplicationVersion(_version())

    def close(self) -> None:
        from perut_desktop.ui.i18n import remove_translators

        if self.shell is not None:
            self.shell.close()
        else:
            if self._runner is not None:
                self._runner.shutdown()
            if self.frame is not None:
                import shiboken6

                if shiboken6.isValid(self.frame):
                    shiboken6.delete(self.frame)
        if self.first_run is not None:
            import shiboken6

            if shiboken6.isValid(self.first_run):
                self.first_run.close()
        remove_translators(self.app, self.translators)


def _default_settings() -> QSettings:
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kecamatan Awayan", "PERUT")


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


def make_application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PERUT")
    app.setApplicationDisplayName("PERUT")
    app.setOrganizationName("Kecamatan Awayan")
    from perut_desktop.ui.collector import install

    install(app)
    from PySide6.QtGui import QIcon

    from perut_desktop.paths import resource

    app.setWindowIcon(QIcon(str(resource("icons", "perut.png"))))
    return app  # type: ignore[return-value]


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    if options.screenshot is not None:
        from perut_desktop.ui.screenshot import check_page

        problem = check_page(options.page)
        if problem is not None:
            sys.stderr.write(f"perut-gui: {problem}\n")
            return 2
    _log_to_file()
    app = make_application()
    if options.screenshot is not None:
        from perut_desktop.ui.screenshot import take_screenshot

        return take_screenshot(app, options, Launcher)

    from perut_desktop.ui.instance import HAND_OVER_WAIT_MS, InstanceLock, InstanceServer, hand_over

    lock = InstanceLock(options.data_dir)
    if not lock.acquire():
        if hand_over(options.data_dir, options.files, wait_ms=HAND_OVER_WAIT_MS):
            return 0  # the window already open on this data folder has them now
        log.warning("the window holding %s does not answer; opening another", lock.path)
    launcher = Launcher(app, options, frame_first=True)
    servers: list[InstanceServer] = []

    def listen() -> None:  # once the window is on screen: QtNetwork stays out of the start
        server = InstanceServer(options.data_dir)
        if server.listen():
            server.files_received.connect(launcher.open_files)
            servers.append(server)

    import shiboken6

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # A failing slot must end in the error dialog, never a traceback on screen.
        log.error("unexpected error", exc_info=(kind, exc, tb))
        launcher.runner.write_error_log(exc.with_traceback(tb))
        window = launcher.shell.window if launcher.shell else None
        launcher.runner.show_error(exc, window if window is not None and shiboken6.isValid(window) else None)

    sys.excepthook = excepthook
    # Ctrl+C in the terminal that started the window ends it (Qt's loop would swallow it).
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    app.setQuitOnLastWindowClosed(True)
    launcher.start(then=listen)
    code = app.exec()
    for server in servers:
        server.close()
    launcher.close()
    lock.release()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
