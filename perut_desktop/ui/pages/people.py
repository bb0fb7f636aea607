"""*Petugas & Staf* (master only): the pendamping (name, NIP, phone, villages) and the
office's staff profiles (title, NIP, which signatory titles they may use, PIN), added and
changed through the people services."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QSplitter, QWidget

from perut_desktop.ui.labels import NO_VALUE
from perut_desktop.ui.models.common import short_date
from perut_desktop.ui.pages.base import Page
from perut_desktop.ui.widgets.searchable_table import SearchableTable

if TYPE_CHECKING:
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.services.people import OfficerInfo, UserInfo
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

TITLE = QT_TRANSLATE_NOOP("PeoplePage", "Officers & staff")


class PeoplePage(Page):
    KEY = "petugas"
    MASTER_ONLY = True
    WATCHES = frozenset({"officer", "officer_assignment", "user_profile", "village", "subdistrict"})

    #: A person was saved (their id).
    saved = Signal(str)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.villages: list[tuple[str, str]] = []
        self.heading.setText(self.title())
        self.add_officer_button = QPushButton(self.tr("Add &officer…"))
        self.add_officer_button.clicked.connect(self.add_officer)
        self.edit_officer_button = QPushButton(self.tr("&Edit officer…"))
        self.edit_officer_button.clicked.connect(self.edit_officer)
        self.officers = SearchableTable(
            [self.tr("Officer"), self.tr("NIP"), self.tr("Position"), self.tr("Phone"), self.tr("Villages"),
             self.tr("State")], self.tr("Officers"), buttons=(self.add_officer_button, self.edit_officer_button),
            stretch=4, empty=self.tr("No officer (pendamping) yet: add the first with Add officer…"))
        self.officers.view.activated.connect(self.edit_officer)
        self.add_staff_button = QPushButton(self.tr("Add &staff member…"))
        self.add_staff_button.clicked.connect(self.add_staff)
        self.edit_staff_button = QPushButton(self.tr("Edit staff &member…"))
        self.edit_staff_button.clicked.connect(self.edit_staff)
        self.staff = SearchableTable(
            [self.tr("Staff member"), self.tr("NIP"), self.tr("Position"), self.tr("May sign"), self.tr("PIN")],
            self.tr("Staff"), buttons=(self.add_staff_button, self.edit_staff_button))
        self.staff.view.activated.connect(self.edit_staff)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.officers)
        splitter.addWidget(self.staff)
        self.layout_.addWidget(splitter, 1)

    def title(self) -> str:
        return QCoreApplication.translate("PeoplePage", TITLE)

    def load(self, workspace: Workspace) -> tuple[list[OfficerInfo], list[UserInfo], list[tuple[str, str]], Any]:
        from perut_desktop.services import people, villages
        from perut_desktop.services.common import subdistrict

        def camat_nip(session: Any) -> str:
            return subdistrict(session).camat_nip or ""

        return (workspace.read(people.list_officers), workspace.read(people.list_users),
                [(v.id, v.name) for v in workspace.read(villages.list_villages)], workspace.read(camat_nip))

    def show_data(self, data: tuple[list[OfficerInfo], list[UserInfo], list[tuple[str, str]], Any]) -> None:
        officers, users, self.villages, camat_nip = data
        self.officers.model.set_rows([(
            (o.name, o.nip or NO_VALUE, o.position or NO_VALUE, o.phone or NO_VALUE, ", ".join(o.villages) or NO_VALUE,
             self.tr("Active") if o.active else self.tr("Inactive")),
            (o.name, o.nip, o.position, o.phone, ", ".join(o.villages), 0 if o.active else 1), o) for o in officers])
        self.staff.model.set_rows([(
            (u.name, u.nip or NO_VALUE, u.title or NO_VALUE, self._signs(u, camat_nip),
             self.tr("yes") if u.has_pin else self.tr("no")),
            (u.name, u.nip, u.title, self._signs(u, camat_nip), u.has_pin), u) for u in users])

    def _signs(self, u: UserInfo, camat_nip: str) -> str:
        titles = []
        if camat_nip and u.nip == camat_nip:
            titles.append(self.tr("Camat"))
        if u.plt_from and u.plt_to:
            titles.append(self.tr("Plt. Camat {start} – {end}").format(start=short_date(u.plt_from),
                                                                      end=short_date(u.plt_to)))
        if u.can_sign:
            titles.append(self.tr("a.n. Camat"))
        return ", ".join(titles) or NO_VALUE

    # --- changes -------------------------------------------------------------------------

    def _save(self, work: Any, label: str) -> None:
        self.client.change(work, label=label, on_done=lambda info: self.saved.emit(info.id), owner=self,
                           initiator=self)

    def add_officer(self) -> None:
        values = self.prompts.edit_officer(self, None, self.villages)
        if values is None:
            return
        values.pop("active", None)

        def work(ws: Any) -> Any:
            from perut_desktop.services.people import add_officer

            return ws.change(add_officer, **values)

        self._save(work, self.tr("Saving the officer"))

    def edit_officer(self, *_args: object) -> None:
        officer: OfficerInfo | None = self.officers.selected()
        if officer is None:
            return
        initial = dataclasses.asdict(officer)
        names = dict((name, vid) for vid, name in self.villages)
        initial["villages"] = [names.get(n, n) for n in officer.villages]
        values = self.prompts.edit_officer(self, initial, self.villages)
        if values is None:
            return

        def work(ws: Any) -> Any:
            from perut_desktop.services.people import edit_officer

            return ws.change(edit_officer, officer.id, **values)

        self._save(work, self.tr("Saving the officer"))

    def add_staff(self) -> None:
        values = self.prompts.edit_staff(self, None)
        if values is None:
            return
        values.pop("remove_pin", None)

        def work(ws: Any) -> Any:
            from perut_desktop.services.people import add_user

            return ws.change(add_user, **values)

        self._save(work, self.tr("Saving the staff member"))

    def edit_staff(self, *_args: object) -> None:
        user: UserInfo | None = self.staff.selected()
        if user is None:
            return
        values = self.prompts.edit_staff(self, dataclasses.asdict(user) | {"has_pin": user.has_pin})
        if values is None:
            return

        def work(ws: Any) -> Any:
            from perut_desktop.services.people import edit_user

            return ws.change(edit_user, user.id, **values)

        self._save(work, self.tr("Saving the staff member"))
