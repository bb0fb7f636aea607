"""*Sinkronisasi*: the partners with what was last sent and received and what they have not
acknowledged; *Kirim* and *Terima* (files chosen or dropped on the page); the history of
bundles; the conflicts; and on the master the laptops (enrolment, the code a laptop
shows, revocation, handing a visit over). A reminder shows when changes have waited
unsent for more than a set number of days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.enums import Role
from perut_desktop.ui.dialogs.receive import ReceiveDialog
from perut_desktop.ui.labels import NO_VALUE
from perut_desktop.ui.models.common import ROW_ROLE, short_date
from perut_desktop.ui.models.rows import Column, RowTableModel
from perut_desktop.ui.pages.base import Page
from perut_desktop.ui.widgets.conflict_view import ConflictView
from perut_desktop.ui.widgets.laptops_panel import LaptopsPanel
from perut_desktop.ui.widgets.send_panel import SendPanel
from perut_desktop.ui.widgets.table_style import style_table

if TYPE_CHECKING:
    from perut_desktop.operations.exchange import ExchangeState, Partner
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

TITLE = QT_TRANSLATE_NOOP("SyncPage", "Synchronisation")
_CONTEXT = "SyncPage"
REMIND_KEY = "sync/remind-days"
DEFAULT_REMIND_DAYS = 7
SILENT_DAYS = 30  # a partner not heard from for this long is pointed out
BUNDLE_SUFFIXES = (".perut",)


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return NO_VALUE
    local = moment.astimezone()
    return f"{short_date(local.date())} {local:%H:%M}"


def _iso(moment: dt.datetime | None) -> str:
    return moment.isoformat() if moment is not None else ""


def _partner_name(p: Partner) -> str:
    if p.revoked:
        return QCoreApplication.translate(_CONTEXT, "{name} (revoked)").format(name=p.name)
    if p.enrolment_pending:
        return QCoreApplication.translate(_CONTEXT, "{name} (not confirmed yet)").format(name=p.name)
    return p.name


PARTNER_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SyncPage", "Partner"), _partner_name),
    Column(QT_TRANSLATE_NOOP("SyncPage", "Officer"), lambda p: p.officer or NO_VALUE),
    Column(QT_TRANSLATE_NOOP("SyncPage", "Not yet acknowledged"), lambda p: str(p.pending_rows),
           lambda p: p.pending_rows, numeric=True),
    Column(QT_TRANSLATE_NOOP("SyncPage", "Last sent"), lambda p: _when(p.last_sent_at), lambda p: _iso(p.last_sent_at)),
    Column(QT_TRANSLATE_NOOP("SyncPage", "Last received"), lambda p: _when(p.last_received_at),
           lambda p: _iso(p.last_received_at)),
)

_KIND_TEXTS = {
    "sent": QT_TRANSLATE_NOOP("SyncPage", "Sent"),
    "received": QT_TRANSLATE_NOOP("SyncPage", "Received"),
    "refused": QT_TRANSLATE_NOOP("SyncPage", "Refused"),
}

HISTORY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SyncPage", "When"), lambda h: _when(h.when), lambda h: _iso(h.when)),
    Column(QT_TRANSLATE_NOOP("SyncPage", "Bundle"), lambda h: QCoreApplication.translate(_CONTEXT,
                                                                                          _KIND_TEXTS[h.kind])),
    Column(QT_TRANSLATE_NOOP("SyncPage", "Partner"), lambda h: h.partner),
    Column(QT_TRANSLATE_NOOP("SyncPage", "Records"), lambda h: str(h.rows), lambda h: h.rows, numeric=True),
    Column(QT_TRANSLATE_NOOP("SyncPage", "File or reason"), lambda h: h.detail or NO_VALUE,
           tooltip=lambda h: h.detail),
)


class SyncPage(Page):
    KEY = "sinkronisasi"
    WATCHES = frozenset({"conflict", "device", "officer", "visit", "visit_status_event", "checklist_result",
                         "attendance", "minutes", "follow_up", "follow_up_update", "attachment", "village_profile",
                         "village_official", "village_regulation"})

    #: A bundle was written or applied, a laptop confirmed: the status bar is out of date.
    exchanged = Signal()
    #: The receive dialog was opened (for tests and the file hand-over).
    receive_opened = Signal(object)

    OVERVIEW, HISTORY, CONFLICTS, LAPTOPS = range(4)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.state: ExchangeState | None = None
        self.settings: QSettings | None = None
        self.receive_dialog: ReceiveDialog | None = None
        self._send_after_load: str | None = None
        #: The moment the reminder measures against (tests move it).
        self.clock = lambda: dt.datetime.now(dt.UTC)
        self.heading.setText(self.title())
        self.setAcceptDrops(True)

        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 3px;")
        self.reminder.hide()
        self.layout_.addWidget(self.reminder)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Synchronisation"))
        self.layout_.addWidget(self.tabs, 1)

        # overview: partners, send, receive
        overview = QWidget()
        self.partner_model = RowTableModel(_CONTEXT, PARTNER_COLUMNS, self)
        self.partner_table = QTableView()
        self.partner_table.setModel(self.partner_model)
        style_table(self.partner_table, stretch=0)
        self.partner_table.setAccessibleName(self.tr("Partners"))
        self.partner_table.selectionModel().selectionChanged.connect(self._on_partner_changed)
        self.send_panel = SendPanel(client, prompts)
        self.send_panel.sent.connect(self._on_sent)
        receive_box = QGroupBox(self.tr("Receive (Terima)"))
        self.receive_hint = QLabel(self.tr("Choose one or more .perut files, or drop them on this page. You see "
                                           "what they change before anything is applied."))
        self.receive_hint.setWordWrap(True)
        self.receive_button = QPushButton(self.tr("&Receive bundles…"))
        self.receive_button.setAccessibleName(self.tr("Receive bundles"))
        self.receive_button.clicked.connect(self._on_receive_clicked)
        receive_layout = QHBoxLayout(receive_box)
        receive_layout.addWidget(self.receive_hint, 1)
        receive_layout.addWidget(self.receive_button)
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.partner_table, 1)
        overview_layout.addWidget(self.send_panel)
        overview_layout.addWidget(receive_box)
        self.tabs.addTab(overview, self.tr("Exchange"))

        # history
        self.history_model = RowTableModel(_CONTEXT, HISTORY_COLUMNS, self)
        self.history_table = QTableView()
        self.history_table.setModel(self.history_model)
        style_table(self.history_table, stretch=4)
        self.history_table.setAccessibleName(self.tr("Bundles sent and received"))
        self.tabs.addTab(self.history_table, self.tr("History"))

        # conflicts
        self.conflicts = ConflictView(client, prompts)
        self.conflicts.resolved.connect(lambda _id: self.exchanged.emit())
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))

        # laptops (master)
        self.laptops = LaptopsPanel(client, prompts)
        self.laptops.confirmed.connect(self._on_laptop_confirmed)
        self.laptops.changed.connect(self.exchanged)
        self.laptops.enrolment_written.connect(lambda _p: self.refresh())
        self.tabs.addTab(self.laptops, self.tr("Laptops"))
        self.tabs.setTabVisible(self.LAPTOPS, False)

    def title(self) -> str:
        return QCoreApplication.translate("SyncPage", TITLE)

    def use_settings(self, settings: QSettings) -> None:
        self.settings = settings
        self.send_panel.use_settings(settings)

    def remind_days(self) -> int:
        value = self.settings.value(REMIND_KEY) if self.settings is not None else None
        try:
            return max(1, int(value)) if value is not None else DEFAULT_REMIND_DAYS
        except (TypeError, ValueError):
            return DEFAULT_REMIND_DAYS

    # --- loading ---------------------------------------------------------------------------

    def load(self, workspace: Workspace) -> ExchangeState:
        from perut_desktop.operations.exchange import exchange_state

        return workspace.read(exchange_state, workspace.data_dir)

    def show_data(self, data: ExchangeState) -> None:
        selected = self.selected_partner()
        self.state = data
        master = data.role is Role.MASTER
        partners = [p for p in data.partners if not (master and p.enrolment_pending)]
        self.partner_model.set_rows(partners)
        ids = [p.device_id for p in partners]
        if partners:
            keep = selected.device_id if selected is not None and selected.device_id in ids else None
            if keep is not None or not master:
                self.partner_table.selectRow(ids.index(keep) if keep else 0)
        self._on_partner_changed()
        self.history_model.set_rows(data.history)
        self.conflicts.set_conflicts(data.conflicts, data.device_names)
        self.tabs.setTabText(self.CONFLICTS, self.tr("Conflicts ({n})").format(n=len(data.conflicts)))
        self.tabs.setTabVisible(self.LAPTOPS, master)
        if master:
            self.laptops.set_state(data)
            held = sum(1 for p in data.pending if p.held_bundles and not p.expired and not p.locked)
            self.tabs.setTabText(self.LAPTOPS, self.tr("Laptops ({n} waiting for a code)").format(n=held)
                                 if held else self.tr("Laptops"))
        self._show_reminder(data)
        if self._send_after_load is not None:
            device_id, self._send_after_load = self._send_after_load, None
            self.tabs.setCurrentIndex(self.OVERVIEW)
            if self.select_partner(device_id):
                self.send_panel.send()

    def _show_reminder(self, data: ExchangeState) -> None:
        now = self.clock()
        days = self.remind_days()
        lines = []
        for p in data.partners:
            if p.revoked or p.enrolment_pending:
                continue
            if p.unsent_since is not None and (now - p.unsent_since).days >= days:
                lines.append(self.tr("Changes made since {day} have not been sent to {name} for {n} days: write a "
                                     "bundle.").format(day=short_date(p.unsent_since.astimezone().date()),
                                                       name=p.name, n=(now - p.unsent_since).days))
            heard = p.last_received_at
            if heard is not None and (now - heard).days >= SILENT_DAYS:
                lines.append(self.tr("Nothing has been received from {name} for {n} days.").format(
                    name=p.name, n=(now - heard).days))
        self.reminder.setText("\n".join(lines))
        self.reminder.setVisible(bool(lines))

    # --- partners and sending --------------------------------------------------------------

    def selected_partner(self) -> Partner | None:
        rows = self.partner_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_partner(self, device_id: str) -> bool:
        for row, p in enumerate(self.partner_model.rows):
            if p.device_id == device_id:
                self.partner_table.selectRow(row)
                return True
        return False

    def _on_partner_changed(self, *_args: Any) -> None:
        p = self.selected_partner()
        current = self.send_panel.recipient
        if p is None:
            if current is not None:
                self.send_panel.set_recipient(None, "")
            return
        if p.device_id != current or self.send_panel.preview is None:
            self.send_panel.set_recipient(p.device_id, p.name)

    def _on_sent(self, _sent: Any) -> None:
        self.exchanged.emit()
        self.refresh()

    # --- receiving -------------------------------------------------------------------------

    def _on_receive_clicked(self) -> None:
        paths = self.prompts.open_files(self, self.tr("Receive bundles"), self.tr("PERUT bundles (*.perut)"))
        if paths:
            self.receive_files(paths)

    def receive_files(self, paths: Sequence[Path]) -> ReceiveDialog:
        """Preview ``paths`` in the receive dialog; applying them is the user's choice."""
        dialog = ReceiveDialog(self.client, paths, self, enter_code=self.enter_code)
        dialog.applied.connect(self._on_received)
        dialog.previewed.connect(self.refresh)  # a held or refused file shows in the lists
        self.receive_dialog = dialog
        dialog.open()
        dialog.start()
        self.receive_opened.emit(dialog)
        return dialog

    def _on_received(self, _received: Any) -> None:
        self.exchanged.emit()
        self.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _bundle_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _bundle_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.receive_files(paths)
        else:
            super().dropEvent(event)

    # --- laptops ---------------------------------------------------------------------------

    def enter_code(self, device_id: str) -> None:
        self.tabs.setCurrentIndex(self.LAPTOPS)
        self.laptops.enter_code(device_id)

    def _on_laptop_confirmed(self, device_id: str) -> None:
        """The laptop's first bundle is applied: offer to write its first data at once."""
        self.exchanged.emit()
        name = self.state.device_names.get(device_id, device_id) if self.state is not None else device_id
        if self.prompts.confirm(self, self.tr("Laptop confirmed"), self.tr(
                "{laptop} is confirmed and its first bundle applied. Write its first data bundle now?").format(
                    laptop=name), self.tr("Write the bundle")):
            self._send_after_load = device_id
        self.refresh()


def _bundle_paths(mime: Any) -> list[Path]:
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in BUNDLE_SUFFIXES]
