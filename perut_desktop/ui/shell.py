"""The main window: a navigation list, the pages, the menus and the status bar.

The shell gets everything passed in (the workspace client, the prompts, the settings). It
knows its pages by :data:`PAGE_REGISTRY` (key, title, master-only) without importing them:
only the start page (the dashboard, or the page shown last) is built with the window, every
other one the first time it is shown (DESIGN.md §8, the first frame), and a page built late
is wired exactly as one built at start (:meth:`ShellWindow._wire`). It hands every change
the client reports to the pages built so far, each of which decides whether it is
concerned (:mod:`perut_desktop.ui.pages.base`; a page not built yet loads fresh data when
it is first shown); it keeps the status bar (role, officer or acting staff member, bundles
sent and received, changes not yet sent) and the window's state (size, position, last page)
in ``QSettings``.

The window can paint its first frame before it is built (DESIGN.md §8): ``perut-gui`` makes
it with its title, size and place, shows it, and builds the navigation, menus, status bar
and start page (:meth:`ShellWindow.build`) once that frame is on screen. So this module
imports at its top only what the frame needs: the widgets the build makes, the task runner,
the pages' base, the labels and Qt's ``Qt`` namespace (whose enums PySide makes on first
use, ≈ 20 ms) are imported where they are first used, after the frame.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSettings,
    QSize,
    QTimer,
    Signal,
    qVersion,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QListWidgetItem, QWidget

    from perut_desktop.operations.changes import Changes
    from perut_desktop.operations.workspace import BundleReceived, WindowStatus
    from perut_desktop.services.overview_rows import Overview
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.dialogs.help import HelpDialog
    from perut_desktop.ui.dialogs.new_visit import NewVisitDialog
    from perut_desktop.ui.editor.window import VisitEditor
    from perut_desktop.ui.pages.about import AboutPage
    from perut_desktop.ui.pages.base import Page
    from perut_desktop.ui.pages.dashboard import DashboardPage
    from perut_desktop.ui.pages.reports import ReportsPage
    from perut_desktop.ui.pages.review import ReviewQueuePage
    from perut_desktop.ui.pages.settings import SettingsPage
    from perut_desktop.ui.pages.sync import SyncPage
    from perut_desktop.ui.pages.visits import VisitsPage
    from perut_desktop.ui.prompts import Prompts
    from perut_desktop.ui.tasks import TaskContext

# The window's title ends with the program's name, as "Book1 - Excel" does. Qt adds that name
# (the application's display name, which the dialogs' titles end with) to any title that does
# not end with it: the window's own would have read "PERUT — … — PERUT".
APP_TITLE = QT_TRANSLATE_NOOP("ShellWindow", "Pendampingan Rutin — PERUT")


@dataclass(frozen=True)
class PageEntry:
    """A page of the navigation, known without importing its module: its key (the page's
    ``KEY``, ``--page`` and the remembered last page), its title (the English source in the
    page class's translation context), whether only the master has it, and where its class
    lives."""

    key: str
    class_name: str
    title_source: object  # a QT_TRANSLATE_NOOP
    module: str
    master_only: bool = False

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, str(self.title_source))

    def page_class(self) -> type[Page]:
        """The page's class (its module imported now, if it was not)."""
        cls: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        return cls


_PAGES = "perut_desktop.ui.pages."

#: The pages, in the order of the navigation list (DESIGN: Dasbor, Kunjungan, Verifikasi,
#: Jadwal, Desa, Petugas & Staf, Sinkronisasi, Laporan, Pengaturan, Tentang).
PAGE_REGISTRY: tuple[PageEntry, ...] = (
    PageEntry("dasbor", "DashboardPage", QT_TRANSLATE_NOOP("DashboardPage", "Dashboard"), _PAGES + "dashboard"),
    PageEntry("kunjungan", "VisitsPage", QT_TRANSLATE_NOOP("VisitsPage", "Visits"), _PAGES + "visits"),
    PageEntry("verifikasi", "ReviewQueuePage", QT_TRANSLATE_NOOP("ReviewQueuePage", "Verification"),
              _PAGES + "review", master_only=True),
    PageEntry("jadwal", "SchedulePage", QT_TRANSLATE_NOOP("SchedulePage", "Schedule"), _PAGES + "schedule"),
    PageEntry("desa", "VillagesPage", QT_TRANSLATE_NOOP("VillagesPage", "Villages"), _PAGES + "villages"),
    PageEntry("petugas", "PeoplePage", QT_TRANSLATE_NOOP("PeoplePage", "Officers & staff"), _PAGES + "people",
              master_only=True),
    PageEntry("sinkronisasi", "SyncPage", QT_TRANSLATE_NOOP("SyncPage", "Synchronisation"), _PAGES + "sync"),
    PageEntry("laporan", "ReportsPage", QT_TRANSLATE_NOOP("ReportsPage", "Reports"), _PAGES + "reports"),
    PageEntry("pengaturan", "SettingsPage", QT_TRANSLATE_NOOP("SettingsPage", "Settings"), _PAGES + "settings"),
    PageEntry("tentang", "AboutPage", QT_TRANSLATE_NOOP("AboutPage", "About"), _PAGES + "about"),
)
PAGES_BY_KEY: dict[str, PageEntry] = {entry.key: entry for entry in PAGE_REGISTRY}
#: The longest the window keeps its first loads from starting while its first frame has
#: not painted (a window never shown, tests).
FIRST_FRAME_HOLD_MS = 1000

#: The page shown when no other is remembered (and the one whose snapshot the window keeps).
START_PAGE = "dasbor"


class ShellWindow(QMainWindow):
    #: The status bar has its data (role, person, bundles).
    status_loaded = Signal()
    #: A visit's editor was opened or brought forward (the editor).
    visit_opened = Signal(object)
    #: The window's first frame is on screen (built or not).
    first_frame = Signal()

    def __init__(self, *, settings: QSettings, client: WorkspaceClient | None = None, prompts: Prompts | None = None,
                 version: str | None = None, parent: QWidget | None = None) -> None:
        """The window, built at once when ``client`` and ``prompts`` are given; otherwise
        only its frame (title, size; :meth:`restore_geometry` for its place), to be shown
        and then built by :meth:`build`."""
        super().__init__(parent)
        self.settings = settings
        self._version = version
        self.built = False
        self.closing_confirmed = False
        self._painted = False
        self._release_on_paint = False
        self.setWindowTitle(self.tr(APP_TITLE))
        self.setMinimumSize(QSize(640, 480))
        self.resize(1200, 720)
        if client is not None and prompts is not None:
            self.build(client, prompts)
        else:
            self.statusBar().showMessage(self.tr("Opening…"))  # the frame, until it is built

    def build(self, client: WorkspaceClient, prompts: Prompts) -> None:
        """The navigation, the start page, the menus and the status bar, wired to
        ``client``; the loads they queue start once the window has painted with them."""
        from perut_desktop.ui.pages.base import CHANGE_PAUSE_MS

        self.client = client
        self.prompts = prompts
        self.status: WindowStatus | None = None
        self.new_visit_dialog: NewVisitDialog | None = None
        self.editors: dict[str, VisitEditor] = {}
        self._status_loading = False
        self._status_again = False
        self._status_pause = QTimer(self)
        self._status_pause.setSingleShot(True)
        self._status_pause.setInterval(CHANGE_PAUSE_MS)
        self._status_pause.timeout.connect(self._on_status_pause)
        self._actor_id: str | None = None
        self._bundles_waiting: list[list[Path]] = []
        client.runner.hold(FIRST_FRAME_HOLD_MS)  # released by the next frame (paintEvent)
        self._release_on_paint = True
        self._build_pages()
        self._build_menu()
        self._build_status_bar()
        self.statusBar().clearMessage()
        client.changed.connect(self._on_client_changed)
        self.built = True

    @property
    def version(self) -> str:
        """The program's version (read from the package's metadata when first asked for)."""
        if self._version is None:
            import perut_desktop

            self._version = str(perut_desktop.__version__)
        return self._version

    # --- construction ---------------------------------------------------------------------

    def _build_pages(self) -> None:
        from PySide6.QtWidgets import (
            QHBoxLayout,
            QListWidget,
            QListWidgetItem,
            QStackedWidget,
            QWidget,
        )

        from perut_desktop.ui.widgets.message_panel import MessagePanel

        #: The pages built so far (in the navigation's order): a page is built the first time
        #: it is shown or asked for (:meth:`page`).
        self.pages: dict[str, Page] = {}
        self._slots: dict[str, int] = {}  # each built page's index in the stack
        self._wanted_page: str | None = None  # a master-only page asked for before the role is known
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        for entry in PAGE_REGISTRY:  # row i is PAGE_REGISTRY[i]
            self.nav.addItem(QListWidgetItem(entry.title()))
        self.waiting = MessagePanel()
        self.stack.addWidget(self.waiting)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.nav, self.stack)
        remembered = str(self.settings.value("window/page", START_PAGE))
        last = PAGES_BY_KEY.get(remembered)
        if last is not None and last.master_only:
            self._wanted_page = remembered  # shown once the status says this is the master
        self.nav.setCurrentRow(self._row(remembered if last is not None and not last.master_only else START_PAGE))

    def page(self, key: str) -> Page:
        """The page of ``key``, built the first time it is asked for: its module imported,
        the page made, put in the stack and wired to the window (:meth:`_wire`). Not shown."""
        from PySide6.QtWidgets import QScrollArea

        page = self.pages.get(key)
        if page is not None:
            return page
        entry = PAGES_BY_KEY[key]
        page = entry.page_class()(self.client, self.prompts)
        # at 150 % the page scrolls rather than being cut off: the scroll area keeps it at
        # least its layout's minimum (no fixed minimum, which would override that)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self._slots[key] = self.stack.addWidget(scroll)
        built = dict(self.pages, **{key: page})
        self.pages = {e.key: built[e.key] for e in PAGE_REGISTRY if e.key in built}
        self._wire(page)
        return page

    def _wire(self, page: Page) -> None:
        """Connect a page to the window: the one place, whether it is built at start or
        later."""
        key, any_page = page.KEY, cast(Any, page)
        if key in ("kunjungan", "verifikasi", "jadwal", "desa"):
            any_page.open_requested.connect(self.open_visit)
        if key == "kunjungan":
            any_page.new_requested.connect(self.new_visit)
        if key in ("sinkronisasi", "laporan", "pengaturan"):
            any_page.use_settings(self.settings)
        if key == "sinkronisasi":
            any_page.exchanged.connect(self.load_status)
        if key == "pengaturan":
            any_page.preferences.paper_saved.connect(lambda _r: self._mark_out_of_date("laporan"))
        if key == "dasbor":
            any_page.visits_requested.connect(self._on_visits_requested)
            any_page.village_requested.connect(self.open_village)
        if key == "verifikasi":
            any_page.count_changed.connect(self._show_waiting_count)

    def _mark_out_of_date(self, key: str) -> None:
        """A page built already loads again (now if shown); one not built loads when first
        shown anyway."""
        page = self.pages.get(key)
        if page is not None:
            page.mark_out_of_date()

    @property
    def dashboard(self) -> DashboardPage:
        return self.page("dasbor")  # type: ignore[return-value]

    @property
    def visits_page(self) -> VisitsPage:
        return self.page("kunjungan")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("pengaturan")  # type: ignore[return-value]

    @property
    def reports_page(self) -> ReportsPage:
        return self.page("laporan")  # type: ignore[return-value]

    @property
    def sync_page(self) -> SyncPage:
        return self.page("sinkronisasi")  # type: ignore[return-value]

    @property
    def review_page(self) -> ReviewQueuePage:
        return self.page("verifikasi")  # type: ignore[return-value]

    @staticmethod
    def _row(key: str) -> int:
        return next((row for row, entry in enumerate(PAGE_REGISTRY) if entry.key == key), -1)

    def nav_item(self, key: str) -> QListWidgetItem | None:
        row = self._row(key)
        return self.nav.item(row) if row >= 0 else None

    def _show_waiting_count(self, count: int) -> None:
        """The number of visits waiting for the office, as a badge on *Verifikasi*."""
        item = self.nav_item("verifikasi")
        if item is None:
            return
        title = PAGES_BY_KEY["verifikasi"].title()
        item.setText(self.tr("{page} ({n})").format(page=title, n=count) if count else title)
        item.setToolTip(self.tr("{n} visits waiting for the office").format(n=count))

    def _load_waiting_count(self) -> None:
        from perut_desktop.ui.tasks import ProgressMode

        def count(ws: Any) -> int:
            from perut_desktop.services.review_queue import waiting_count

            return ws.read(waiting_count)

        self.client.read(count, label=self.tr("Counting the visits waiting"), on_done=self._show_waiting_count,
                         owner=self, mode=ProgressMode.NONE)

    def _build_menu(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_visit_action = QAction(self.tr("&New visit…"), self)
        self.new_visit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_visit_action.triggered.connect(self.new_visit)
        self.receive_action = QAction(self.tr("&Receive bundle…"), self)
        self.receive_action.triggered.connect(self._on_receive_triggered)
        self.actor_action = QAction(self.tr("&Change acting staff member…"), self)
        self.actor_action.triggered.connect(self.choose_actor)
        self.actor_action.setVisible(False)
        self.find_action = QAction(self.tr("&Find on this page"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.reload_action = QAction(self.tr("Re&load"), self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.triggered.connect(self.reload)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_visit_action, self.receive_action, self.actor_action, None,
                       self.find_action, self.reload_action, None, self.quit_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = QAction(self.tr("First-day &guide"), self)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(self.show_help)
        help_menu.addAction(self.help_action)
        self.about_action = QAction(self.tr("&About PERUT"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        from PySide6.QtWidgets import QLabel, QToolButton

        from perut_desktop.ui.labels import NO_VALUE

        bar = self.statusBar()
        self.demo_label = QLabel(self.tr("DEMO"))
        self.demo_label.setStyleSheet("font-weight: bold; color: white; background: #c62828; padding: 0 6px;")
        self.demo_label.hide()
        self.role_label = QLabel(self.tr("Role: {role}").format(role=NO_VALUE))
        self.person_button = QToolButton()
        self.person_button.setAutoRaise(True)
        self.person_button.setText(NO_VALUE)
        self.person_button.clicked.connect(self.choose_actor)
        self.bundles_label = QLabel()
        self.pending_label = QLabel()
        for widget in (self.demo_label, self.role_label, self.person_button, self.bundles_label,
                       self.pending_label):
            widget.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(widget)
        self.person_button.setAccessibleName(self.tr("Acting staff member"))

    # --- start and state ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._release_on_paint:  # painted with its pages: the loads queued meanwhile start
            self._release_on_paint = False
            self.client.runner.release()
        if not self._painted:
            self._painted = True
            self.first_frame.emit()

    def start(self, snapshot: Overview | None = None) -> None:
        """After the first frame: show the last dashboard (if any), then load the status
        and the visible page."""
        if snapshot is not None:
            self.show_snapshot(snapshot)
        self.restore_state()
        self.load_status()

    def show_snapshot(self, snapshot: Overview) -> None:
        """The last run's dashboard, when the dashboard is built (the start page); a
        dashboard built later loads its data when shown."""
        dashboard = self.pages.get("dasbor")
        if dashboard is not None:
            cast(Any, dashboard).show_snapshot(snapshot)

    def restore_state(self) -> None:
        self.restore_geometry()
        self.show_page(str(self.settings.value("window/page", START_PAGE)))

    def restore_geometry(self) -> None:
        """The size and place the window had when it was last closed (on the screen it is on);
        the first time, its default size within the screen (a 1366 × 768 laptop at 125 %
        has room for 1093 × 614 less the taskbar, less than the default)."""
        geometry = self.settings.value(self._geometry_key())
        if geometry is None or not self.restoreGeometry(geometry):
            self._fit_to_screen()
            return
        screen = QGuiApplication.screenAt(self.geometry().center()) or QGuiApplication.primaryScreen()
        if screen is not None:  # clamp to the screen it is on
            area = screen.availableGeometry()
            rect = self.frameGeometry()
            if not area.contains(rect):
                self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
                self.move(max(area.left(), min(rect.left(), area.right() - self.width())),
                          max(area.top(), min(rect.top(), area.bottom() - self.height())))

    #: Room the window system's frame and title bar take around the window (logical pixels).
    FRAME_ROOM = QSize(16, 48)

    def _fit_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        room = area.size() - self.FRAME_ROOM
        if self.width() <= room.width() and self.height() <= room.height():
            return
        self.resize(max(min(self.width(), room.width()), self.minimumWidth()),
                    max(min(self.height(), room.height()), self.minimumHeight()))
        self.move(area.left() + max((area.width() - self.width() - self.FRAME_ROOM.width()) // 2, 0),
                  area.top() + max((area.height() - self.height() - self.FRAME_ROOM.height()) // 2, 0))

    def save_state(self) -> None:
        self.settings.setValue(self._geometry_key(), self.saveGeometry())
        self.settings.setValue("window/page", self.current_page_key())
        self.settings.sync()

    @staticmethod
    def _geometry_key() -> str:
        return f"window/geometry-qt{qVersion()}"

    def _actor_key(self) -> str:
        import hashlib

        digest = hashlib.sha1(str(self.client.data_dir).encode("utf-8")).hexdigest()[:16]
        return f"actor/{digest}"

    def show_page(self, key: str) -> bool:
        """Show the page of ``key`` (built now if it was not): False when there is no such
        page or it is not in the navigation (a master-only page on a laptop). A master-only
        page asked for before the status has loaded is shown once it says this is the
        master."""
        entry = PAGES_BY_KEY.get(key)
        row = self._row(key)
        if entry is None or row < 0 or self.nav.item(row).isHidden():
            return False
        if entry.master_only and self.status is None:
            self._wanted_page = key
            return False
        self.nav.setCurrentRow(row)
        return True

    def focus_search(self) -> bool:
        """Ctrl+F: the keyboard into the search box of the page shown (its first, where a page
        has two lists); False when the page has none."""
        from PySide6.QtCore import QPoint
        from PySide6.QtWidgets import QLineEdit

        from perut_desktop.ui.widgets.search_keys import SEARCH_BOX

        page = self.stack.currentWidget()
        places = [(box.mapTo(page, QPoint(0, 0)), box) for box in page.findChildren(QLineEdit, SEARCH_BOX)
                  if box.isVisible() and box.isEnabled()]
        if not places:
            return False
        _, first = min(places, key=lambda place: (place[0].y(), place[0].x()))  # the top one, then the left
        first.setFocus()
        first.selectAll()
        return True

    def current_page_key(self) -> str:
        row = self.nav.currentRow()
        return PAGE_REGISTRY[row].key if row >= 0 else START_PAGE

    def current_page(self) -> Page:
        return self.page(self.current_page_key())

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0 or self.awaiting_office:
            return
        self._show_current()

    def _show_current(self) -> None:
        """Put the navigation's current page in the stack (building it the first time). A
        master-only page is never built before the status says this is the master: chosen
        before that, it waits for the status, and the navigation stays on the page shown."""
        key = self.current_page_key()
        entry = PAGES_BY_KEY[key]
        if entry.master_only and not self._is_master():
            if self.status is None:
                self._wanted_page = key
            shown = next((k for k, slot in self._slots.items() if slot == self.stack.currentIndex()), START_PAGE)
            blocked = self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._row(shown))
            self.nav.blockSignals(blocked)
            if shown not in self._slots:
                self._show_current()
            return
        self.page(key)
        self.stack.setCurrentIndex(self._slots[key])

    def _is_master(self) -> bool:
        from perut_desktop.enums import Role

        return self.status is not None and self.status.info.role is Role.MASTER

    @property
    def awaiting_office(self) -> bool:
        return self.status is not None and self.status.info.awaiting_office

    def reload(self) -> None:
        self.load_status()
        for page in self.pages.values():  # the pages built so far; the others load when first shown
            page.mark_out_of_date()

    # --- status bar ------------------------------------------------------------------------

    def _on_status_pause(self) -> None:
        if not self.client.runner.closed:
            self.load_status()

    def load_status(self) -> None:
        """Read the status bar's data; asked again while a read is queued or running (an
        editor saving at every key), one more read follows it, not one each."""
        from perut_desktop.ui.tasks import ProgressMode

        if self._status_loading:
            self._status_again = True
            return
        self._status_loading = True
        self._status_again = False

        def failed(_exc: BaseException) -> None:
            self._status_loading = False

        self.client.read(lambda ws: ws.status(), label=self.tr("Loading the status"), on_done=self._on_status_loaded,
                         on_failed=failed, owner=self, mode=ProgressMode.NONE)

    def _on_status_loaded(self, status: WindowStatus) -> None:
        from perut_desktop.enums import Role
        from perut_desktop.ui.labels import NO_VALUE, role_text
        from perut_desktop.ui.tasks import ProgressMode

        self._status_loading = False
        if self._status_again:
            self.load_status()
        first = self.status is None
        was_waiting = self.awaiting_office
        self.status = status
        info = status.info
        title = self.tr(APP_TITLE)
        if info.kecamatan:
            title = self.tr("Pendampingan Rutin Kecamatan {name} — PERUT").format(name=info.kecamatan)
        if status.demo:  # first, where the taskbar shows it
            title = self.tr("DEMO — {title}").format(title=title)
        self.setWindowTitle(title)
        self.demo_label.setVisible(status.demo)
        self.role_label.setText(self.tr("Role: {role}").format(role=role_text(info.role)))
        master = info.role is Role.MASTER
        for entry in PAGE_REGISTRY:
            item = self.nav_item(entry.key)
            if item is not None and entry.master_only:
                item.setHidden(not master)
        if master and not info.awaiting_office:
            self._load_waiting_count()
        self.actor_action.setVisible(master)
        self.person_button.setEnabled(master)
        if not master:
            self.person_button.setText(self.tr("Officer: {name}").format(name=info.officer_name or NO_VALUE))
        self.bundles_label.setText(self.tr("Last sent: {sent} · Last received: {received}").format(
            sent=_when(info.last_sent_at), received=_when(info.last_received_at)))
        self.pending_label.setText(self.tr("Not yet sent: {n} changes").format(n=status.pending_rows))
        if master and first:
            remembered = self.settings.value(self._actor_key())
            ids = [s.id for s in info.staff]
            if remembered in ids:
                self._set_actor(str(remembered))
            else:
                self.choose_actor()
        elif master:
            self._show_actor()
        if info.awaiting_office:
            self._show_waiting()
        elif was_waiting or first:
            self.nav.setEnabled(True)
            self._show_current()
            if was_waiting:
                for page in self.pages.values():
                    page.mark_out_of_date()
        wanted, self._wanted_page = self._wanted_page, None
        if wanted is not None and master and not info.awaiting_office:
            self.show_page(wanted)
        if first:
            self.client.read(lambda ws: ws.take_upgrade_notice(), label=self.tr("Loading the status"),
                             on_done=self._show_upgrade_notice, owner=self, mode=ProgressMode.NONE)
        self.status_loaded.emit()
        waiting, self._bundles_waiting = self._bundles_waiting, []
        for paths in waiting:
            self.open_bundles(paths)

    def _show_upgrade_notice(self, notice: str | None) -> None:
        """Once, after opening data an older PERUT wrote: it was migrated, and the copy taken
        before is named."""
        if notice:
            self.prompts.inform(self, self.tr("Data updated to this version of PERUT"), notice)

    def _show_waiting(self) -> None:
        self.nav.setEnabled(False)
        self.waiting.show_message(self.tr("Waiting for the office's first bundle"), [
            self.tr("This laptop has joined, but the office's data has not arrived yet."),
            self.tr("Take the laptop's first bundle to the office. When the office sends its answer, "
                    "choose File → Receive bundle and pick that file."),
        ])
        self.stack.setCurrentWidget(self.waiting)

    def choose_actor(self) -> None:
        if self.status is None or not self._is_master():
            return
        current = self.client.workspace.actor_id
        chosen = self.prompts.choose_staff(self, self.status.info.staff, current)
        if chosen is not None:
            self._set_actor(chosen)
        else:
            self._show_actor()

    def _set_actor(self, user_id: str) -> None:
        from perut_desktop.ui.tasks import ProgressMode

        self.settings.setValue(self._actor_key(), user_id)
        self.client.read(lambda ws: ws.set_actor(user_id), label=self.tr("Changing the acting staff member"),
                         on_done=lambda _r: None, owner=self, mode=ProgressMode.NONE)
        self._actor_id = user_id
        self._show_actor()

    def _show_actor(self) -> None:
        if self.status is None:
            return
        actor = self._actor_id
        name = next((s.name for s in self.status.info.staff if s.id == actor), None)
        self.person_button.setText(self.tr("Acting: {name}").format(name=name) if name
                                   else self.tr("Acting: nobody chosen"))

    # --- changes ---------------------------------------------------------------------------

    def _on_client_changed(self, changes: Changes, initiator: object) -> None:
        for page in self.pages.values():  # the pages built so far; the others load when first shown
            page.on_changes(changes, initiator)
        self._status_pause.start()  # after a pause in the changes: an editor saves at every key

    # --- actions ---------------------------------------------------------------------------

    def new_visit(self) -> NewVisitDialog | None:
        if self.awaiting_office:
            return None
        from perut_desktop.ui.dialogs.new_visit import NewVisitDialog  # loaded when first needed

        dialog = NewVisitDialog(self.client, self)
        _delete_on_close(dialog)
        dialog.created.connect(self._on_visit_created)
        self.new_visit_dialog = dialog
        dialog.open()
        return dialog

    def _on_visit_created(self, summary: Any) -> None:
        self.show_page("kunjungan")
        self.open_visit(summary.id)

    def open_visit(self, visit_id: str) -> VisitEditor:
        """The visit's editor: one per visit; opening a visit already open brings its editor
        forward."""
        editor = self.editors.get(visit_id)
        if editor is not None and shiboken6.isValid(editor):
            if editor.isMinimized():
                editor.showNormal()
            editor.show()
            editor.raise_()
            editor.activateWindow()
            self.visit_opened.emit(editor)
            return editor
        from perut_desktop.ui.editor.window import VisitEditor  # loaded when first needed

        editor = VisitEditor(self.client, self.prompts, visit_id, self)
        _delete_on_close(editor)
        editor.destroyed.connect(lambda _obj=None, vid=visit_id: self.editors.pop(vid, None))
        self.editors[visit_id] = editor
        editor.show()
        self.visit_opened.emit(editor)
        return editor

    def open_bundles(self, paths: list[Path]) -> None:
        """Bundles opened from outside (the file manager, a second start): the receive
        preview on the exchange page, or on a laptop still waiting for the office, its
        first data received at once. Waits for the status when it has not loaded yet."""
        if self.status is None:
            self._bundles_waiting.append(list(paths))  # opened once the status has loaded
            return
        if self.awaiting_office:
            self.receive_bundle(paths[0])
            return
        self.show_page("sinkronisasi")
        self.sync_page.receive_files(paths)

    def explain_enrolment_file(self) -> None:
        """An enrolment file opened on an installation that already has data."""
        self.prompts.inform(self, self.tr("Already set up"), self.tr(
            "This data folder already holds PERUT data; an enrolment file is used on a laptop's first start, "
            "in an empty data folder."))

    def _on_visits_requested(self, period: str) -> None:
        self.show_page("kunjungan")
        self.visits_page.show_filtered(period=period)

    def open_village(self, village_id: str) -> None:
        """The village's page (*Desa*)."""
        self.show_page("desa")
        cast(Any, self.page("desa")).open_village(village_id)

    def _on_receive_triggered(self) -> None:
        if not self.awaiting_office:
            self.show_page("sinkronisasi")
            paths = self.prompts.open_files(self, self.tr("Receive bundles"), self.tr("PERUT bundles (*.perut)"))
            if paths:
                self.sync_page.receive_files(paths)
            return
        path = self.prompts.open_file(self, self.tr("Receive bundle"), self.tr("PERUT bundles (*.perut)"))
        if path is not None:
            self.receive_bundle(path)

    def receive_bundle(self, path: Path) -> None:
        def work(ws: Any, ctx: TaskContext) -> Any:
            return ws.import_bundle(path, progress=lambda d, t, label: ctx.progress(d, t, label))

        self.client.long(work, label=self.tr("Receiving a bundle"), on_done=self._on_bundle_received, owner=self,
                         initiator=self)

    def _on_bundle_received(self, received: BundleReceived) -> None:
        if received.status == "already":
            text = self.tr("This bundle was received before; nothing changed.")
        else:
            text = self.tr("Bundle received: {applied} of {received} records applied, {conflicts} new conflicts.").format(
                applied=received.applied, received=received.received, conflicts=received.conflicts)
        self.statusBar().showMessage(text, 15_000)
        self.load_status()

    def show_help(self) -> HelpDialog:
        """*Bantuan* (F1): the first-day guide in the window's language."""
        from perut_desktop.ui.dialogs.help import HelpDialog, current_language

        dialog = HelpDialog(current_language(), self)
        _delete_on_close(dialog)
        self.help_dialog = dialog
        dialog.open()
        return dialog

    def show_about(self) -> AboutPage:
        """The *Tentang* page (Help → About)."""
        self.show_page("tentang")
        return self.page("tentang")  # type: ignore[return-value]

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:  # closed before it was built: nothing to save or ask
            super().closeEvent(event)
            return
        for editor in list(self.editors.values()):  # each asks about what it has not saved
            if shiboken6.isValid(editor) and not editor.close():
                event.ignore()
                return
        if self.client.runner.busy and not self.closing_confirmed:
            if not self.prompts.confirm(self, self.tr("Work is still running"),
                                        self.tr("PERUT is still working (saving or loading). Close anyway? "
                                                "Work that has not finished is not saved."),
                                        self.tr("Close anyway")):
                event.ignore()
                return
            self.closing_confirmed = True
        self.save_state()
        super().closeEvent(event)


def _delete_on_close(widget: QWidget) -> None:
    from PySide6.QtCore import Qt

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def _when(moment: dt.datetime | None) -> str:
    from perut_desktop.ui.labels import NO_VALUE
    from perut_desktop.ui.models.common import short_date

    if moment is None:
        return NO_VALUE
    return short_date(moment.date())
