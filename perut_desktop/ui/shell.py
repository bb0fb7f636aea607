"""The main window: a navigation list, the pages, the menus and the status bar.

The shell gets everything passed in (the workspace client, the prompts, the settings). It
hands every change the client reports to every page, each of which decides whether it is
concerned (:mod:`perut_desktop.ui.pages.base`); it keeps the status bar (role, officer or
acting staff member, bundles sent and received, changes not yet sent) and the window's
state (size, position, last page) in ``QSettings``.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from perut_desktop.enums import Role
from perut_desktop.ui.dialogs.help import HelpDialog, current_language
from perut_desktop.ui.dialogs.new_visit import NewVisitDialog
from perut_desktop.ui.labels import NO_VALUE, role_text
from perut_desktop.ui.models.common import short_date
from perut_desktop.ui.pages.about import AboutPage
from perut_desktop.ui.pages.base import CHANGE_PAUSE_MS, Page
from perut_desktop.ui.pages.dashboard import DashboardPage
from perut_desktop.ui.pages.reports import ReportsPage
from perut_desktop.ui.pages.settings import SettingsPage
from perut_desktop.ui.pages.sync import SyncPage
from perut_desktop.ui.pages.people import PeoplePage
from perut_desktop.ui.pages.review import ReviewQueuePage
from perut_desktop.ui.pages.schedule import SchedulePage
from perut_desktop.ui.pages.villages import VillagesPage
from perut_desktop.ui.pages.visits import VisitsPage
from perut_desktop.ui.tasks import ProgressMode, TaskContext
from perut_desktop.ui.widgets.message_panel import MessagePanel

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from perut_desktop.operations.changes import Changes
    from perut_desktop.operations.workspace import BundleReceived, WindowStatus
    from perut_desktop.services.overview_rows import Overview
    from perut_desktop.ui.editor.window import VisitEditor
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

APP_TITLE = QT_TRANSLATE_NOOP("ShellWindow", "PERUT — Pendampingan Rutin")

#: The pages that work, in the order of the navigation list (DESIGN: Dasbor, Kunjungan,
#: Verifikasi, Jadwal, Desa, Petugas & Staf, Sinkronisasi, Laporan, Pengaturan).
PAGE_CLASSES: tuple[type[Page], ...] = (DashboardPage, VisitsPage, ReviewQueuePage, SchedulePage, VillagesPage,
                                        PeoplePage, SyncPage, ReportsPage, SettingsPage, AboutPage)


class ShellWindow(QMainWindow):
    #: The status bar has its data (role, person, bundles).
    status_loaded = Signal()
    #: A visit's editor was opened or brought forward (the editor).
    visit_opened = Signal(object)

    def __init__(self, *, client: WorkspaceClient, prompts: Prompts, settings: QSettings, version: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.prompts = prompts
        self.settings = settings
        self.version = version
        self.status: WindowStatus | None = None
        self.new_visit_dialog: NewVisitDialog | None = None
        self.editors: dict[str, VisitEditor] = {}
        self._status_loading = False
        self._status_again = False
        self._status_pause = QTimer(self)
        self._status_pause.setSingleShot(True)
        self._status_pause.setInterval(CHANGE_PAUSE_MS)
        self._status_pause.timeout.connect(self._on_status_pause)
        self.closing_confirmed = False
        self._actor_id: str | None = None
        self.setWindowTitle(self.tr(APP_TITLE))
        self.setMinimumSize(QSize(640, 480))
        self.resize(1200, 720)
        self._build_pages()
        self._build_menu()
        self._build_status_bar()
        client.changed.connect(self._on_client_changed)

    # --- construction ---------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.pages: dict[str, Page] = {}
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        for cls in PAGE_CLASSES:
            page = cls(self.client, self.prompts)
            self.pages[cls.KEY] = page
            # at 150 % the page scrolls rather than being cut off: the scroll area keeps it
            # at least its layout's minimum (no fixed minimum, which would override that)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            item = QListWidgetItem(page.title())
            item.setData(Qt.ItemDataRole.UserRole, cls.KEY)
            self.nav.addItem(item)
        self.waiting = MessagePanel()
        self.stack.addWidget(self.waiting)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.visits_page.open_requested.connect(self.open_visit)
        self.visits_page.new_requested.connect(self.new_visit)
        self.sync_page.use_settings(self.settings)
        self.sync_page.exchanged.connect(self.load_status)
        self.reports_page.use_settings(self.settings)
        self.settings_page.use_settings(self.settings)
        self.settings_page.preferences.paper_saved.connect(lambda _r: self.reports_page.mark_out_of_date())
        self.dashboard.visits_requested.connect(self._on_visits_requested)
        self.review_page.open_requested.connect(self.open_visit)
        self.review_page.count_changed.connect(self._show_waiting_count)
        self.pages[SchedulePage.KEY].open_requested.connect(self.open_visit)  # type: ignore[attr-defined]
        self.pages[VillagesPage.KEY].open_requested.connect(self.open_visit)  # type: ignore[attr-defined]
        self.dashboard.village_requested.connect(self.open_village)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.nav, self.stack)

    @property
    def dashboard(self) -> DashboardPage:
        return self.pages[DashboardPage.KEY]  # type: ignore[return-value]

    @property
    def visits_page(self) -> VisitsPage:
        return self.pages[VisitsPage.KEY]  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.pages[SettingsPage.KEY]  # type: ignore[return-value]

    @property
    def reports_page(self) -> ReportsPage:
        return self.pages[ReportsPage.KEY]  # type: ignore[return-value]

    @property
    def sync_page(self) -> SyncPage:
        return self.pages[SyncPage.KEY]  # type: ignore[return-value]

    @property
    def review_page(self) -> ReviewQueuePage:
        return self.pages[ReviewQueuePage.KEY]  # type: ignore[return-value]

    def nav_item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return self.nav.item(row)
        return None

    def _show_waiting_count(self, count: int) -> None:
        """The number of visits waiting for the office, as a badge on *Verifikasi*."""
        item = self.nav_item(ReviewQueuePage.KEY)
        if item is None:
            return
        title = self.review_page.title()
        item.setText(self.tr("{page} ({n})").format(page=title, n=count) if count else title)
        item.setToolTip(self.tr("{n} visits waiting for the office").format(n=count))

    def _load_waiting_count(self) -> None:
        def count(ws: Any) -> int:
            from perut_desktop.services.review_queue import waiting_count

            return ws.read(waiting_count)

        self.client.read(count, label=self.tr("Counting the visits waiting"), on_done=self._show_waiting_count,
                         owner=self, mode=ProgressMode.NONE)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_visit_action = QAction(self.tr("&New visit…"), self)
        self.new_visit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_visit_action.triggered.connect(self.new_visit)
        self.receive_action = QAction(self.tr("&Receive bundle…"), self)
        self.receive_action.triggered.connect(self._on_receive_triggered)
        self.actor_action = QAction(self.tr("&Change acting staff member…"), self)
        self.actor_action.triggered.connect(self.choose_actor)
        self.actor_action.setVisible(False)
        self.reload_action = QAction(self.tr("Re&load"), self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.triggered.connect(self.reload)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_visit_action, self.receive_action, self.actor_action, None,
                       self.reload_action, None, self.quit_action):
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

    def start(self, snapshot: Overview | None = None) -> None:
        """After the first frame: show the last dashboard (if any), then load the status
        and the visible page."""
        if snapshot is not None:
            self.dashboard.show_snapshot(snapshot)
        self.restore_state()
        self.load_status()

    def restore_state(self) -> None:
        geometry = self.settings.value(self._geometry_key())
        if geometry is not None and self.restoreGeometry(geometry):
            screen = QGuiApplication.screenAt(self.geometry().center()) or QGuiApplication.primaryScreen()
            if screen is not None:  # clamp to the screen it is on
                area = screen.availableGeometry()
                rect = self.frameGeometry()
                if not area.contains(rect):
                    self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
                    self.move(max(area.left(), min(rect.left(), area.right() - self.width())),
                              max(area.top(), min(rect.top(), area.bottom() - self.height())))
        self.show_page(str(self.settings.value("window/page", DashboardPage.KEY)))

    def save_state(self) -> None:
        self.settings.setValue(self._geometry_key(), self.saveGeometry())
        self.settings.setValue("window/page", self.current_page_key())
        self.settings.sync()

    @staticmethod
    def _geometry_key() -> str:
        return f"window/geometry-qt{qVersion()}"

    def _actor_key(self) -> str:
        digest = hashlib.sha1(str(self.client.data_dir).encode("utf-8")).hexdigest()[:16]
        return f"actor/{digest}"

    def show_page(self, key: str) -> bool:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key and not self.nav.item(row).isHidden():
                self.nav.setCurrentRow(row)
                return True
        return False

    def current_page_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else DashboardPage.KEY

    def current_page(self) -> Page:
        return self.pages[self.current_page_key()]

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0 or self.awaiting_office:
            return
        self.stack.setCurrentIndex(row)

    @property
    def awaiting_office(self) -> bool:
        return self.status is not None and self.status.info.awaiting_office

    def reload(self) -> None:
        self.load_status()
        for page in self.pages.values():
            page.mark_out_of_date()

    # --- status bar ------------------------------------------------------------------------

    def _on_status_pause(self) -> None:
        if not self.client.runner.closed:
            self.load_status()

    def load_status(self) -> None:
        """Read the status bar's data; asked again while a read is queued or running (an
        editor saving at every key), one more read follows it, not one each."""
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
        self._status_loading = False
        if self._status_again:
            self.load_status()
        first = self.status is None
        was_waiting = self.awaiting_office
        self.status = status
        info = status.info
        title = self.tr(APP_TITLE)
        if info.kecamatan:
            title = self.tr("{title} — Kecamatan {name}").format(title=title, name=info.kecamatan)
        if status.demo:
            title = self.tr("{title} — DEMO").format(title=title)
        self.setWindowTitle(title)
        self.demo_label.setVisible(status.demo)
        self.role_label.setText(self.tr("Role: {role}").format(role=role_text(info.role)))
        master = info.role is Role.MASTER
        for key, page in self.pages.items():
            item = self.nav_item(key)
            if item is not None and page.MASTER_ONLY:
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
            self.stack.setCurrentIndex(max(self.nav.currentRow(), 0))
            if was_waiting:
                for page in self.pages.values():
                    page.mark_out_of_date()
        if first:
            self.client.read(lambda ws: ws.take_upgrade_notice(), label=self.tr("Loading the status"),
                             on_done=self._show_upgrade_notice, owner=self, mode=ProgressMode.NONE)
        self.status_loaded.emit()

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
        if self.status is None or self.status.info.role is not Role.MASTER:
            return
        current = self.client.workspace.actor_id
        chosen = self.prompts.choose_staff(self, self.status.info.staff, current)
        if chosen is not None:
            self._set_actor(chosen)
        else:
            self._show_actor()

    def _set_actor(self, user_id: str) -> None:
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
        for page in self.pages.values():
            page.on_changes(changes, initiator)
        self._status_pause.start()  # after a pause in the changes: an editor saves at every key

    # --- actions ---------------------------------------------------------------------------

    def new_visit(self) -> NewVisitDialog | None:
        if self.awaiting_office:
            return None
        dialog = NewVisitDialog(self.client, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._on_visit_created)
        self.new_visit_dialog = dialog
        dialog.open()
        return dialog

    def _on_visit_created(self, summary: Any) -> None:
        self.show_page(VisitsPage.KEY)
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
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
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
            self.status_loaded.connect(lambda: self.open_bundles(paths), Qt.ConnectionType.SingleShotConnection)
            return
        if self.awaiting_office:
            self.receive_bundle(paths[0])
            return
        self.show_page(SyncPage.KEY)
        self.sync_page.receive_files(paths)

    def explain_enrolment_file(self) -> None:
        """An enrolment file opened on an installation that already has data."""
        self.prompts.inform(self, self.tr("Already set up"), self.tr(
            "This data folder already holds PERUT data; an enrolment file is used on a laptop's first start, "
            "in an empty data folder."))

    def _on_visits_requested(self, period: str) -> None:
        self.show_page(VisitsPage.KEY)
        self.visits_page.show_filtered(period=period)

    def open_village(self, village_id: str) -> None:
        """A village's page when this version has one, else the village's visits."""
        village_page = self.pages.get("desa")
        if village_page is not None and hasattr(village_page, "open_village"):
            self.show_page("desa")
            village_page.open_village(village_id)
            return
        self.show_page(VisitsPage.KEY)
        self.visits_page.show_filtered(village_id=village_id)

    def _on_receive_triggered(self) -> None:
        if not self.awaiting_office:
            self.show_page(SyncPage.KEY)
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
        dialog = HelpDialog(current_language(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog = dialog
        dialog.open()
        return dialog

    def show_about(self) -> AboutPage:
        """The *Tentang* page (Help → About)."""
        self.show_page(AboutPage.KEY)
        return self.pages[AboutPage.KEY]  # type: ignore[return-value]

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
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


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return NO_VALUE
    return short_date(moment.date())
