"""*Desa*: the list of villages and a village's page — profile, officials (add, edit, end
a term, remove; active and former), the register of regulations with the dates of each
step, compliance findings as of today with their rule and legal source, the visit history
with its score trend, and the village's blank checklist and attendance sheet to print.
The profile's own fields (classification, SOTK, the Kepala Desa, an acting head's decree)
are edited in place and saved at once. What only the office may change (the village's name
and code) is shown read-only on a laptop, with the reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.enums import ApbdesEvaluator
from perut_desktop.ownership import WRITERS, Writer
from perut_desktop.ui.labels import NO_VALUE, head_left_text, visit_status_text
from perut_desktop.ui.models.common import ROW_ROLE, month_label, percent, short_date
from perut_desktop.ui.other_output import offer_other_name
from perut_desktop.ui.pages.base import Page
from perut_desktop.ui.widgets.profile_editor import ProfileEditor
from perut_desktop.ui.widgets.searchable_table import SearchableTable

if TYPE_CHECKING:
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.services.village_page import OfficialRow, VillageDetail, VillageListRow
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

TITLE = QT_TRANSLATE_NOOP("VillagesPage", "Villages")


def _date(day: dt.date | None) -> str:
    return short_date(day) if day else NO_VALUE


def _key(day: dt.date | None) -> int:
    return day.toordinal() if day else -1


class VillagesPage(Page):
    KEY = "desa"
    WATCHES = frozenset({"village", "village_profile", "village_official", "village_regulation", "visit",
                         "visit_status_event", "checklist_result", "follow_up", "follow_up_update"})

    #: A visit to open (its id).
    open_requested = Signal(str)
    #: A village's page was shown with fresh data (its id).
    village_shown = Signal(str)
    #: A change to a village's profile was saved (the village's id).
    profile_saved = Signal(str)
    #: A document was written (its path).
    document_written = Signal(object)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.village_id: str | None = None
        self.detail: VillageDetail | None = None
        self.heading.setText(self.title())
        self.open_button = QPushButton(self.tr("&Open village"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.list = SearchableTable([self.tr("Code"), self.tr("Village"), self.tr("Classification"), self.tr("Last visit"), self.tr("Score"),
                            self.tr("Open follow-ups"), self.tr("Findings")], self.tr("Villages"), buttons=(self.open_button,),
                                    stretch=1, numeric=(4, 5, 6))  # the counts beside their village
        self.list.view.activated.connect(self._on_open_clicked)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self._build_detail())
        self.layout_.addWidget(self.stack, 1)

    def title(self) -> str:
        return QCoreApplication.translate("VillagesPage", TITLE)

    # --- construction --------------------------------------------------------------------

    def _build_detail(self) -> QWidget:
        self.back_button = QPushButton(self.tr("← &All villages"))
        self.back_button.clicked.connect(self.show_list)
        self.village_label = QLabel()
        font = self.village_label.font()
        font.setBold(True)
        self.village_label.setFont(font)
        self.print_checklist_button = QPushButton(self.tr("Print &blank checklist…"))
        self.print_checklist_button.clicked.connect(lambda: self.print_document("checklist"))
        self.print_attendance_button = QPushButton(self.tr("Print attendance &sheet…"))
        self.print_attendance_button.clicked.connect(lambda: self.print_document("attendance"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.village_label, 1)
        top.addWidget(self.print_checklist_button)
        top.addWidget(self.print_attendance_button)

        # profile: the office's fields (name, code) and the kecamatan's evaluator shown,
        # the village's own edited in place and saved at once
        self.profile_fields: dict[str, QLabel] = {}
        profile = QWidget()
        form = QFormLayout(profile)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (("code", self.tr("Official code:")), ("name", self.tr("Name:"))):
            form.addRow(label, self._value_label(key))
        self.profile_editor = ProfileEditor(form, self)
        self.profile_editor.edited.connect(self._on_profile_edited)
        for key, label in (("term_ends", self.tr("Term ends on:")), ("left", self.tr("Previous head left:")),
                           ("evaluator", self.tr("APB Desa evaluated by:"))):
            form.addRow(label, self._value_label(key))
        self.profile_fields["evaluator"].setWordWrap(True)  # the Peraturan Bupati's title is long
        self.owner_note = QLabel()
        self.owner_note.setWordWrap(True)
        form.addRow(self.owner_note)

        self.add_official_button = QPushButton(self.tr("A&dd…"))
        self.add_official_button.clicked.connect(self.add_official)
        self.edit_official_button = QPushButton(self.tr("&Edit…"))
        self.edit_official_button.clicked.connect(self.edit_official)
        self.end_term_button = QPushButton(self.tr("End &term…"))
        self.end_term_button.clicked.connect(self.end_term)
        self.remove_official_button = QPushButton(self.tr("&Remove…"))
        self.remove_official_button.clicked.connect(self.remove_official)
        self.officials = SearchableTable([self.tr("Name"), self.tr("Position"), self.tr("Body"), self.tr("Gender"), self.tr("Phone"), self.tr("Term start"),
                                 self.tr("Term end"), self.tr("State")], self.tr("Officials"),
                                buttons=(self.add_official_button, self.edit_official_button, self.end_term_button,
                                         self.remove_official_button),
                                empty=self.tr("No official of this village is recorded yet."))
        self.add_regulation_button = QPushButton(self.tr("Add &regulation…"))
        self.add_regulation_button.clicked.connect(self.add_regulation)
        self.edit_regulation_button = QPushButton(self.tr("&Edit regulation…"))
        self.edit_regulation_button.clicked.connect(self.edit_regulation)
        self.regulations = SearchableTable([self.tr("Kind"), self.tr("Number"), self.tr("Title"), self.tr("Topic"), self.tr("Agreed with BPD"),
                                   self.tr("Enacted"), self.tr("Promulgated"), self.tr("Sent to the Bupati")], self.tr("Regulations"),
                                  buttons=(self.add_regulation_button, self.edit_regulation_button), stretch=2,
                                  empty=self.tr("No regulation of this village is recorded yet."))
        self.findings = SearchableTable([self.tr("Severity"), self.tr("Rule"), self.tr("Finding"), self.tr("Legal source"), self.tr("Rule version")],
                               self.tr("Compliance findings"), stretch=2,
                               empty=self.tr("No findings: the village meets every rule checked as of today."))
        self.history = SearchableTable([self.tr("Date"), self.tr("Officer"), self.tr("Status"), self.tr("Score")], self.tr("Visit history"),
                                       stretch=1, numeric=(3,), empty=self.tr("No visit to this village yet."))
        self.history.view.activated.connect(
            lambda index: self.open_requested.emit(self.history.proxy.index(index.row(), 0).data(ROW_ROLE).id))
        self.trend_area = QWidget()
        self.trend_area.setMinimumWidth(360)
        QVBoxLayout(self.trend_area).setContentsMargins(0, 0, 0, 0)
        self.trend_chart: Any = None
        self.trend_empty = QLabel(self.tr("No scored visit to this village yet: the scores of its last twelve "
                                          "visits are drawn here after the first."))
        self.trend_empty.setWordWrap(True)
        self.trend_empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.trend_empty.hide()
        self.trend_area.layout().addWidget(self.trend_empty)
        overview = QSplitter(Qt.Orientation.Horizontal)  # the profile, and beside it the score trend
        overview.addWidget(profile)
        overview.addWidget(self.trend_area)
        overview.setStretchFactor(0, 2)
        overview.setStretchFactor(1, 3)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Village"))
        self.tabs.addTab(overview, self.tr("&Profile"))
        self.tabs.addTab(self.officials, self.tr("&Officials"))
        self.tabs.addTab(self.regulations, self.tr("Re&gulations"))
        self.tabs.addTab(self.findings, self.tr("F&indings"))
        self.tabs.addTab(self.history, self.tr("&Visits"))
        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        for view in (self.officials.view, self.regulations.view):
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        return detail

    def _value_label(self, key: str) -> QLabel:
        value = QLabel()
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.profile_fields[key] = value
        return value

    # --- data ----------------------------------------------------------------------------

    def load(self, workspace: Workspace) -> tuple[tuple[VillageListRow, ...], VillageDetail | None]:
        from perut_desktop.services.village_page import village_detail, village_list

        village_id = self.village_id
        detail = workspace.read(village_detail, village_id) if village_id else None
        return workspace.read(village_list), detail

    def show_data(self, data: tuple[tuple[VillageListRow, ...], VillageDetail | None]) -> None:
        rows, detail = data
        self.list.model.set_rows([(
            (r.code, r.name, r.classification or NO_VALUE, _date(r.last_visit), percent(r.last_score) or NO_VALUE,
             str(r.open_follow_ups), str(r.findings)),
            (r.code, r.name, r.classification or "", _key(r.last_visit), r.last_score if r.last_score is not None
             else -1.0, r.open_follow_ups, r.findings), r) for r in rows])
        if detail is not None and detail.id == self.village_id:
            self._show_detail(detail)
            self.village_shown.emit(detail.id)
        self.heading.setText(self.tr("Villages") if detail is None or self.stack.currentIndex() == 0
                             else self.tr("Village {name}").format(name=detail.name))

    def _evaluator_text(self, d: VillageDetail) -> str:
        e = d.apbdes_evaluation
        if e is None or e.evaluator is not ApbdesEvaluator.CAMAT or e.effective_from is None:
            return self.tr("the Bupati")
        return self.tr("the Camat, delegated by {source} from {date}").format(source=e.source,
                                                                            date=_date(e.effective_from))

    def _show_detail(self, d: VillageDetail) -> None:
        self.detail = d
        self.village_label.setText(self.tr("Desa {name} ({code})").format(name=d.name, code=d.code))
        p = d.profile
        values = {
            "code": d.code, "name": d.name, "term_ends": _date(p.kades_term_ends_on),
            "left": (self.tr("{reason} on {date}").format(reason=head_left_text(p.previous_head_left),
                                                         date=_date(p.previous_head_left_on))
                     if p.previous_head_left else NO_VALUE),
            "evaluator": self._evaluator_text(d),
        }
        if p.kades_acting:
            values["term_ends"] = self.tr("none: an acting head serves until a head is installed")
        for key, text in values.items():
            self.profile_fields[key].setText(text)
        office = self.tr("Read-only here: the village's name and official code are set by the kecamatan office and "
                         "reach this laptop in its bundles.")
        if d.master:
            self.owner_note.setText(self.tr("The village's name and code are kept by the office (this master copy). "
                                            "A change to the profile is saved as soon as a field is left."))
        else:
            self.owner_note.setText(office + " " + self.tr("Officials, regulations and the profile may be recorded on "
                                                           "this laptop; a change is saved as soon as a field is left."))
        village_writer = WRITERS["village"]
        for key in ("code", "name"):
            may = d.master or village_writer is not Writer.MASTER
            self.profile_fields[key].setEnabled(may)
            self.profile_fields[key].setToolTip("" if may else office)
        profile_open = d.master or WRITERS["village_profile"] in (Writer.ANY, Writer.ANYONE)
        self.profile_editor.set_profile(p, profile_open, "" if profile_open else self.tr(
            "Read-only here: the profile is kept by the kecamatan office."))
        self.officials.model.set_rows([(
            (o.name, o.position, o.body.upper() if o.body != "pemdes" else self.tr("Village government"),
             o.gender or NO_VALUE, o.phone or NO_VALUE, _date(o.term_start), _date(o.term_end),
             self.tr("Active") if o.active else self.tr("Former")),
            (o.name, o.position, o.body, o.gender or "", o.phone, _key(o.term_start), _key(o.term_end),
             0 if o.active else 1), o) for o in d.officials])
        self.regulations.model.set_rows([(
            (r.kind.capitalize(), _reg_number(r), r.title, r.topic.replace("_", " "), _date(r.bpd_agreed_on),
             _date(r.enacted_on), _date(r.promulgated_on), _date(r.sent_to_bupati_on)),
            (r.kind, _reg_number(r), r.title, r.topic, _key(r.bpd_agreed_on), _key(r.enacted_on),
             _key(r.promulgated_on), _key(r.sent_to_bupati_on)), r) for r in d.regulations])
        order = {"pelanggaran": 0, "peringatan": 1, "informasi": 2}
        self.findings.model.set_rows([(
            (f.severity.capitalize() + (self.tr(" · the office's own task") if f.office_task else ""),
             f.rule_code, f.message, f.source, f.rule_version),
            (order.get(f.severity, 3), f.rule_code, f.message, f.source, f.rule_version), f) for f in d.findings])
        self.history.model.set_rows([(
            (short_date(h.visit_date), h.officer_name, visit_status_text(h.status), percent(h.score) or NO_VALUE),
            (h.visit_date.toordinal(), h.officer_name, h.status.value, h.score if h.score is not None else -1.0), h)
            for h in d.history])
        self.history.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self._show_trend(d)

    def _show_trend(self, d: VillageDetail) -> None:
        points = [p for p in d.trend if p.overall is not None]
        self.trend_empty.setVisible(not points)  # said in words, not an empty chart
        if self.trend_chart is not None:
            self.trend_chart.setVisible(bool(points))
        if not points:
            return
        if self.trend_chart is None:
            from perut_desktop.ui.widgets.charts import MonthLineChart

            self.trend_chart = MonthLineChart(self.tr("Score of the last twelve visits"), self.tr("Score"))
            self.trend_chart.setAccessibleName(self.tr("Score of the last twelve visits"))
            self.trend_area.layout().addWidget(self.trend_chart)
        self.trend_chart.show()
        shown = points[-12:]  # the last twelve; the Visits tab lists them all
        self.trend_chart.set_points([month_label(p.visit_date) for p in shown], [p.overall for p in shown])

    # --- navigation ----------------------------------------------------------------------

    def open_village(self, village_id: str) -> None:
        """Show one village's page (loads it)."""
        if village_id != self.village_id:
            self.profile_editor.forget()
        self.village_id = village_id
        self.stack.setCurrentIndex(1)
        self.refresh()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.heading.setText(self.tr("Villages"))

    def _on_open_clicked(self, *_args: object) -> None:
        row = self.list.selected()
        if row is not None:
            self.open_village(row.id)

    # --- changes -------------------------------------------------------------------------

    def _change(self, call: Any, label: str) -> None:
        self.client.change(call, label=label, on_done=lambda _r: None, owner=self, initiator=self)

    def _on_profile_edited(self, values: dict[str, Any]) -> None:
        """Save a profile field at once (``villages.update_profile``); a refusal is said in
        one line and the page shows the stored values again."""
        if self.detail is None:
            return
        village_id = self.detail.id

        def work(ws: Any) -> Any:
            from perut_desktop.services.villages import update_profile

            return ws.change(update_profile, village_id, **values)

        def failed(_exc: BaseException) -> None:
            self.profile_editor.forget()
            self.mark_out_of_date()

        self.client.change(work, label=self.tr("Saving the profile"), on_done=lambda _r: self.profile_saved.emit(village_id),
                           owner=self, initiator=self, on_failed=failed)

    def add_official(self) -> None:
        if self.detail is None:
            return
        values = self.prompts.edit_official(self, None)
        if values is None:
            return
        village_id = self.detail.id

        def work(ws: Any) -> Any:
            from perut_desktop.services.villages import add_official

            return ws.change(add_official, village_id, **values)

        self._change(work, self.tr("Saving the official"))

    def edit_official(self) -> None:
        official: OfficialRow | None = self.officials.selected()
        if official is None:
            return
        initial = dataclasses.asdict(official)
        values = self.prompts.edit_official(self, initial)
        if values is None:
            return
        clear = [k for k in ("gender", "term_start", "term_end") if values.get(k) is None and initial.get(k)]

        def work(ws: Any) -> Any:
            from perut_desktop.services.villages import edit_official

            return ws.change(edit_official, official.id, clear=clear, **values)

        self._change(work, self.tr("Saving the official"))

    def end_term(self) -> None:
        official: OfficialRow | None = self.officials.selected()
        if official is None or self.detail is None or not official.active:
            return
        today = self.detail.today
        if not self.prompts.confirm(self, self.tr("End term"), self.tr(
                "End the term of {name} ({position}) today, {date}? They stay in the list as former.").format(
                name=official.name, position=official.position, date=short_date(today)), self.tr("End term")):
            return

        def work(ws: Any) -> Any:
            from perut_desktop.services.villages import edit_official

            return ws.change(edit_official, official.id, active=False, term_end=max(today, official.term_start or today))

        self._change(work, self.tr("Ending the term"))

    def remove_official(self) -> None:
        official: OfficialRow | None = self.officials.selected()
        if official is None:
            return
        if not self.prompts.confirm(self, self.tr("Remove official"), self.tr(
                "Remove {name} ({position}) from the list? To keep them as a former official, end the term "
                "instead.").format(name=official.name, position=official.position), self.tr("Remove")):
            return

        def work(ws: Any) -> Any:
            from perut_desktop.services.villages import remove_official

            return ws.change(remove_official, official.id)

        self._change(work, self.tr("Removing the official"))

    def add_regulation(self) -> None:
        if self.detail is None:
            return
        values = self.prompts.edit_regulation(self, None)
        if values is None:
            return
        village_id = self.detail.id

        def work(ws: Any) -> Any:
            from perut_desktop.services.regulations import add_regulation

            return ws.change(add_regulation, village_id, **values)

        self._change(work, self.tr("Saving the regulation"))

    def edit_regulation(self) -> None:
        regulation = self.regulations.selected()
        if regulation is None:
            return
        values = self.prompts.edit_regulation(self, dataclasses.asdict(regulation))
        if values is None:
            return

        def work(ws: Any) -> Any:
            from perut_desktop.services.regulations import edit_regulation

            return ws.change(edit_regulation, regulation.id, **values)

        self._change(work, self.tr("Saving the regulation"))

    def print_document(self, kind: str) -> None:
        """Write the village's blank checklist or attendance sheet as a PDF, off the UI thread."""
        if self.detail is None:
            return
        d = self.detail
        name = ("daftar-periksa" if kind == "checklist" else "daftar-hadir") + f"-{d.code}-{d.name}.pdf"
        out = self.prompts.save_file(self, self.tr("Save as PDF"), Path.home() / name.replace(" ", "-"),
                                     self.tr("PDF documents (*.pdf)"))
        if out is not None:
            self.write_document(kind, d.code, out)

    def write_document(self, kind: str, code: str, out: Path) -> None:
        """Write the PDF into ``out``; a file it may not write (held open by another program)
        is said in one line with the offer to save under another name, then written there."""

        def work(ws: Any, _ctx: Any) -> Any:
            return ws.write_village_document(kind, code, out)

        def failed(exc: BaseException) -> bool:
            return offer_other_name(self, self.prompts, exc, ".pdf", self.tr("PDF documents (*.pdf)"),
                                    lambda path: self.write_document(kind, code, path))

        self.client.long(work, label=self.tr("Writing the PDF"), on_done=self.document_written.emit, owner=self,
                         on_failed=failed)


def _reg_number(r: Any) -> str:
    if r.number and r.year:
        return f"{r.number}/{r.year}"
    return r.number or (str(r.year) if r.year else NO_VALUE)
