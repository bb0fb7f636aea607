"""*Verifikasi* (master only): the visits waiting for the office, the longest waiting
first; open one to review it, or approve several verified visits together after one
confirmation that lists them (the signatory's title chosen once, the PIN asked once). The
approval is all or nothing: a refusal names the visit and approves none."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from perut_desktop.enums import VisitStatus
from perut_desktop.errors import StateError
from perut_desktop.ui.labels import signatory_title_text
from perut_desktop.ui.models.common import short_date
from perut_desktop.ui.models.queue_table import QueueFilterProxy, QueueTableModel
from perut_desktop.ui.pages.base import Page
from perut_desktop.ui.widgets.message_panel import MessagePanel
from perut_desktop.ui.widgets.search_keys import SEARCH_BOX, lead_into_list
from perut_desktop.ui.widgets.table_copy import copy_button
from perut_desktop.ui.widgets.table_style import give_spare_width, style_table

if TYPE_CHECKING:
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.services.review_queue import QueueRow, SigningChoice
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

TITLE = QT_TRANSLATE_NOOP("ReviewQueuePage", "Verification")


class ReviewQueuePage(Page):
    KEY = "verifikasi"
    MASTER_ONLY = True
    WATCHES = frozenset({"visit", "visit_status_event", "review", "checklist_result", "village", "officer",
                         "user_profile", "subdistrict"})

    #: A visit to open for review (its id).
    open_requested = Signal(str)
    #: How many visits wait (the navigation's badge).
    count_changed = Signal(int)
    #: Visits approved together (their number).
    approved = Signal(int)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.signing: SigningChoice | None = None
        self.heading.setText(self.tr("Visits waiting for the office"))
        self.model = QueueTableModel(self)
        self.proxy = QueueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # every column to its contents (at 150 % the list scrolls sideways); the officer's name
        # takes the spare width, so the days and the score stand beside their visit
        style_table(self.table)
        give_spare_width(self.table, QueueTableModel.OFFICER)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName(self.tr("Visits waiting for the office"))
        self.table.sortByColumn(QueueTableModel.SINCE, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.search = QLineEdit()
        self.search.setObjectName(SEARCH_BOX)  # what Ctrl+F looks for
        self.search.setPlaceholderText(self.tr("Village, officer or status"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        lead_into_list(self.search, self.table,
                       settle=lambda: self._apply_filter() if self._search_timer.isActive() else None)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.approve_button = QPushButton(self.tr("&Approve selected…"))
        self.approve_button.setToolTip(self.tr("Approve the selected verified visits together"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.copy_button = copy_button(self.table)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        row.addSpacing(12)
        for button in (self.open_button, self.approve_button, self.copy_button):
            row.addWidget(button)
        self.count = QLabel()
        self.signer = QLabel()
        self.message = MessagePanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.signer)
        self.layout_.addLayout(bottom)
        chain = (self.search, self.open_button, self.approve_button, self.copy_button, self.table)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    def title(self) -> str:
        return QCoreApplication.translate("ReviewQueuePage", TITLE)

    # --- data ----------------------------------------------------------------------------

    def load(self, workspace: Workspace) -> tuple[tuple[QueueRow, ...], SigningChoice | None]:
        from perut_desktop.services.review_queue import review_queue, signing_choice

        rows = workspace.read(review_queue)
        try:
            signing = workspace.read(signing_choice)
        except StateError:  # nobody is acting yet
            signing = None
        return rows, signing

    def show_data(self, data: tuple[tuple[QueueRow, ...], SigningChoice | None]) -> None:
        rows, self.signing = data
        selected = {r.id for r in self.selected_rows()}
        self.model.set_rows(rows)
        self._apply_filter()
        self.select_visits(selected)
        if rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self.message.show_message(self.tr("Nothing is waiting for the office"), [
                self.tr("Visits appear here when a laptop's bundle brings a submitted report, and stay "
                        "until they are approved or returned.")])
            self.stack.setCurrentWidget(self.message)
        if self.signing is None:
            self.signer.setText(self.tr("Choose the acting staff member to approve."))
        elif self.signing.titles:
            self.signer.setText(self.tr("{name} may sign as: {titles}").format(
                name=self.signing.user_name, titles=", ".join(signatory_title_text(t) for t in self.signing.titles)))
        else:
            self.signer.setText(self.tr("{name} may not sign approvals.").format(name=self.signing.user_name))
        self.count_changed.emit(len(rows))
        self._update_buttons()

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        self.proxy.set_text(self.search.text())
        rows = self.model.rows
        self.count.setText(self.tr("{shown} of {total} waiting · submitted: {submitted} · verified: {verified}").format(
            shown=self.proxy.rowCount(), total=len(rows),
            submitted=sum(r.status is VisitStatus.DIAJUKAN for r in rows),
            verified=sum(r.status is VisitStatus.DIVERIFIKASI for r in rows)))

    # --- selection and actions -------------------------------------------------------------

    def selected_rows(self) -> list[QueueRow]:
        return [self.proxy.row_at(i.row()) for i in sorted(self.table.selectionModel().selectedRows(),
                                                             key=lambda i: i.row())]

    def select_visits(self, visit_ids: set[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for n in range(self.proxy.rowCount()):
            if self.proxy.row_at(n).id in visit_ids:
                selection.select(self.proxy.index(n, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def _update_buttons(self, *_args: object) -> None:
        rows = self.selected_rows()
        self.open_button.setEnabled(len(rows) == 1)
        self.approve_button.setEnabled(any(r.status is VisitStatus.DIVERIFIKASI for r in rows))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.proxy.row_at(index.row()).id)

    def _on_open_clicked(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.open_requested.emit(rows[0].id)

    def approve_selected(self) -> None:
        """Approve the selected *Diverifikasi* visits together: the title once, one
        confirmation listing them, the PIN once."""
        verified = [r for r in self.selected_rows() if r.status is VisitStatus.DIVERIFIKASI]
        if not verified:
            return
        signing = self.signing
        if signing is None or not signing.titles:
            self.prompts.inform(self, self.tr("Approve visits"), self.signer.text())
            return
        title = signing.titles[0]
        if len(signing.titles) > 1:
            chosen = self.prompts.choose_item(self, self.tr("Approve visits"), self.tr("Sign as:"),
                                              [signatory_title_text(t) for t in signing.titles])
            if chosen is None:
                return
            title = signing.titles[chosen]
        listing = "\n".join(self.tr("• {village}, {date} ({officer})").format(
            village=r.village_name, date=short_date(r.visit_date), officer=r.officer_name) for r in verified)
        text = self.tr("Approve these {n} visits, signed by {name} as {title}?").format(
            n=len(verified), name=signing.user_name, title=signatory_title_text(title)) + "\n\n" + listing
        if not self.prompts.confirm(self, self.tr("Approve visits"), text, self.tr("Approve")):
            return
        pin = None
        if signing.needs_pin:
            pin = self.prompts.ask_pin(self, self.tr("Approve visits"), self.tr("PIN of {name}:").format(
                name=signing.user_name))
            if pin is None:
                return
        ids = [r.id for r in verified]
        chosen_title = title.value

        def work(ws: Any) -> Any:
            from perut_desktop.services.workflow import approve_visits

            return ws.change(approve_visits, ids, title=chosen_title, pin=pin)

        self.client.change(work, label=self.tr("Approving visits"), on_done=self.approved.emit, owner=self,
                           initiator=self)
