"""On the master: laptops waiting for their enrolment to be confirmed (with expiry and
held first bundles) and every device, with *Daftarkan laptop*, the code a laptop shows,
revocation (the confirmation names the officer) and handing an open visit to another
laptop."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.ui.labels import NO_VALUE, role_text, visit_status_text
from perut_desktop.ui.models.common import ROW_ROLE, short_date
from perut_desktop.ui.models.rows import Column, RowTableModel
from perut_desktop.ui.widgets.table_style import style_table

if TYPE_CHECKING:
    from perut_desktop.operations.exchange import ExchangeState
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

_CONTEXT = "LaptopsPanel"


def _date(moment: dt.datetime | None) -> str:
    return short_date(moment.astimezone().date()) if moment is not None else NO_VALUE


def _pending_state(p: Any) -> str:
    if p.expired:
        text = QT_TRANSLATE_NOOP("LaptopsPanel", "Expired: register it again")
    elif p.locked:
        text = QT_TRANSLATE_NOOP("LaptopsPanel", "Locked after wrong codes: register it again")
    elif p.held_bundles:
        text = QT_TRANSLATE_NOOP("LaptopsPanel", "First bundle here: type the laptop's code")
    else:
        text = QT_TRANSLATE_NOOP("LaptopsPanel", "Waiting for the laptop's first bundle")
    return QCoreApplication.translate(_CONTEXT, text)


PENDING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("LaptopsPanel", "Field laptop"), lambda p: p.device_name),
    Column(QT_TRANSLATE_NOOP("LaptopsPanel", "Officer"), lambda p: p.officer_name or NO_VALUE),
    Column(QT_TRANSLATE_NOOP("LaptopsPanel", "Valid until"), lambda p: _date(p.expires_at),
           lambda p: p.expires_at.isoformat() if p.expires_at else ""),
    Column(QT_TRANSLATE_NOOP("LaptopsPanel", "State"), _pending_state),
)


def _device_state(d: Any) -> str:
    if d.revoked:
        return QCoreApplication.translate(_CONTEXT, "Revoked")
    if not d.key_fingerprint:
        return QCoreApplication.translate(_CONTEXT, "Waiting for confirmation")
    return QCoreApplication.translate(_CONTEXT, "Active")


DEVICE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("LaptopsPanel", "Device"), lambda d: d.name),
    Column(QT_TRANSLATE_NOOP("LaptopsPanel", "Role"), lambda d: role_text(d.role)),
    Column(QT_TRANSLATE_NOOP("LaptopsPanel", "Officer"), lambda d: d.officer or NO_VALUE),
    Column(QT_TRANSLATE_NOOP("LaptopsPanel", "Key fingerprint"), lambda d: d.key_fingerprint or NO_VALUE),
    Column(QT_TRANSLATE_NOOP("LaptopsPanel", "Last received"), lambda d: _date(d.last_received_at),
           lambda d: d.last_received_at.isoformat() if d.last_received_at else ""),
    Column(QT_TRANSLATE_NOOP("LaptopsPanel", "State"), _device_state),
)


class LaptopsPanel(QWidget):
    #: An enrolment file was written (its path).
    enrolment_written = Signal(object)
    #: A laptop's code was confirmed and its first bundle applied (its device id).
    confirmed = Signal(str)
    #: A device was revoked, or a visit handed over.
    changed = Signal()

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.prompts = prompts
        self.state: ExchangeState | None = None
        self.last_enrolment: Any = None

        self.pending_model = RowTableModel(_CONTEXT, PENDING_COLUMNS, self)
        self.pending_table = QTableView()
        self.pending_table.setModel(self.pending_model)
        style_table(self.pending_table, stretch=3)
        self.pending_table.setAccessibleName(self.tr("Laptops waiting for confirmation"))
        self.pending_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.enrol_button = QPushButton(self.tr("&Register a laptop…"))
        self.enrol_button.setAccessibleName(self.tr("Register a laptop"))
        self.enrol_button.clicked.connect(self.register_laptop)
        self.code_button = QPushButton(self.tr("Type the laptop's &code…"))
        self.code_button.setAccessibleName(self.tr("Type the laptop's code"))
        self.code_button.clicked.connect(self._on_code_clicked)
        self.enrol_result = QLabel()
        self.enrol_result.setWordWrap(True)
        self.enrol_result.hide()
        pending_box = QGroupBox(self.tr("Enrolment"))
        pending_layout = QVBoxLayout(pending_box)
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addWidget(self.code_button)
        row.addStretch(1)
        pending_layout.addLayout(row)
        pending_layout.addWidget(self.enrol_result)
        pending_layout.addWidget(self.pending_table)

        self.device_model = RowTableModel(_CONTEXT, DEVICE_COLUMNS, self)
        self.device_table = QTableView()
        self.device_table.setModel(self.device_model)
        style_table(self.device_table, stretch=0)
        self.device_table.setAccessibleName(self.tr("Devices"))
        self.device_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.setAccessibleName(self.tr("Revoke"))
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.reassign_button = QPushButton(self.tr("Hand an &open visit to another laptop…"))
        self.reassign_button.setAccessibleName(self.tr("Hand an open visit to another laptop"))
        self.reassign_button.clicked.connect(self._on_reassign_clicked)
        devices_box = QGroupBox(self.tr("Devices"))
        devices_layout = QVBoxLayout(devices_box)
        row = QHBoxLayout()
        row.addWidget(self.revoke_button)
        row.addWidget(self.reassign_button)
        row.addStretch(1)
        devices_layout.addLayout(row)
        devices_layout.addWidget(self.device_table)

        layout = QVBoxLayout(self)
        layout.addWidget(pending_box, 1)
        layout.addWidget(devices_box, 2)
        self._update_buttons()

    def set_state(self, state: ExchangeState) -> None:
        self.state = state
        self.pending_model.set_rows(state.pending)
        self.device_model.set_rows(state.devices)
        held = [n for n, p in enumerate(state.pending) if p.held_bundles and not p.expired and not p.locked]
        if held:
            self.pending_table.selectRow(held[0])
        self._update_buttons()

    def _pending(self) -> Any:
        rows = self.pending_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _device(self) -> Any:
        rows = self.device_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self, *_args: Any) -> None:
        p = self._pending()
        self.code_button.setEnabled(p is not None and p.held_bundles > 0 and not p.expired and not p.locked)
        d = self._device()
        self.revoke_button.setEnabled(d is not None and not d.this_device and not d.revoked)
        self.reassign_button.setEnabled(self.state is not None and bool(self.state.open_visits))
        self.enrol_button.setEnabled(self.state is not None and bool(self.state.officers))

    # --- enrolment -------------------------------------------------------------------------

    def register_laptop(self) -> None:
        """Choose the officer and a folder; the enrolment file is written there."""
        if self.state is None or not self.state.officers:
            return
        officers = self.state.officers
        index = self.prompts.choose_item(self, self.tr("Register a laptop"),
                                         self.tr("The laptop of which officer?"), [o.name for o in officers])
        if index is None:
            return
        folder = self.prompts.choose_folder(self, self.tr("Folder for the enrolment file"))
        if folder is None:
            return
        officer_id = officers[index].id

        def call(ws: Any) -> Any:
            from perut_desktop.operations.exchange import enrol_laptop

            return ws.operate(enrol_laptop, officer_id, folder)

        self.client.change(call, label=self.tr("Registering a laptop"), owner=self, initiator=self,
                           on_done=self._on_enrolled)

    def _on_enrolled(self, written: Any) -> None:
        self.last_enrolment = written
        self.enrol_result.setText(self.tr(
            "Enrolment file for {officer}'s laptop written to {path} (valid until {until}). Give it to the officer "
            "in person, not together with a bundle. The laptop then shows a code: type it here when its first "
            "bundle has been received.").format(officer=written.officer_name, path=written.path,
                                                until=_date(written.expires_at)))
        self.enrol_result.show()
        self.enrolment_written.emit(written.path)

    def _on_code_clicked(self) -> None:
        p = self._pending()
        if p is not None:
            self.enter_code(p.device_id)

    def enter_code(self, device_id: str) -> None:
        """Ask for the code the laptop shows; its held first bundle is then applied."""
        name = device_id
        if self.state is not None:
            name = self.state.device_names.get(device_id, device_id)
        code = self.prompts.ask_text(self, self.tr("Confirm a laptop"),
                                     self.tr("The confirmation code shown on {laptop}:").format(laptop=name))
        if not code:
            return

        def work(ws: Any, ctx: Any) -> Any:
            from perut_desktop.operations.exchange import confirm_laptop

            return ws.operate(confirm_laptop, device_id, code, progress=lambda d, t, label: ctx.progress(d, t, label))

        self.client.long(work, label=self.tr("Confirming a laptop"), owner=self, initiator=self,
                         on_done=lambda done: self.confirmed.emit(done.device_id))

    # --- revoke and reassign ---------------------------------------------------------------

    def _on_revoke_clicked(self) -> None:
        d = self._device()
        if d is None:
            return
        officer = d.officer or self.tr("no officer")
        if not self.prompts.confirm(self, self.tr("Revoke a laptop"), self.tr(
                "Revoke {laptop} of {officer}? Its bundles will be refused from now on; the next bundle to it only "
                "tells it so.").format(laptop=d.name, officer=officer), self.tr("Revoke")):
            return
        device_id = d.id

        def call(ws: Any) -> Any:
            from perut_desktop.operations.exchange import revoke_laptop

            return ws.change(revoke_laptop, device_id)

        self.client.change(call, label=self.tr("Revoking a laptop"), owner=self, initiator=self,
                           on_done=lambda _d: self.changed.emit())

    def _on_reassign_clicked(self) -> None:
        if self.state is None or not self.state.open_visits:
            return
        visits = self.state.open_visits
        index = self.prompts.choose_item(self, self.tr("Hand a visit to another laptop"), self.tr("Which visit?"), [
            f"{v.village}, {short_date(v.visit_date)} — {v.officer} ({visit_status_text(v.status)}; {v.device_name})"
            for v in visits])
        if index is None:
            return
        visit = visits[index]
        laptops = [d for d in self.state.devices if not d.revoked and d.key_fingerprint and not d.this_device
                   and d.id != visit.device_id]
        if not laptops:
            self.prompts.inform(self, self.tr("Hand a visit to another laptop"),
                                self.tr("There is no other active laptop."))
            return
        target = self.prompts.choose_item(self, self.tr("Hand a visit to another laptop"),
                                          self.tr("To which laptop?"),
                                          [f"{d.name} ({d.officer or NO_VALUE})" for d in laptops])
        if target is None:
            return
        visit_id, device_id = visit.id, laptops[target].id

        def call(ws: Any) -> Any:
            from perut_desktop.operations.exchange import reassign_visit

            return ws.change(reassign_visit, visit_id, device_id)

        self.client.change(call, label=self.tr("Handing a visit over"), owner=self, initiator=self,
                           on_done=lambda _d: self.changed.emit())
