"""*Laporan*: the blank checklist (one village or all), the *Daftar Hadir*, the report of a
visit, the Excel recap, each written off the UI thread into a folder the office chose and
then opened with *Buka berkas* / *Buka folder*; and the edited *Aparatur Desa* sheet read
back with a preview of what it changes before anything is saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from perut_desktop.ui.dialogs.officials import OfficialsDialog
from perut_desktop.ui.labels import visit_status_text
from perut_desktop.ui.models.common import short_date
from perut_desktop.ui.other_output import offer_other_name
from perut_desktop.ui.pages.base import Page
from perut_desktop.ui.tasks import TaskContext
from perut_desktop.ui.widgets.date_edit import IndonesianDateEdit

if TYPE_CHECKING:
    from perut_desktop.operations.printing import DocumentsMade
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

TITLE = QT_TRANSLATE_NOOP("ReportsPage", "Reports")
FOLDER_KEY = "reports/folder"


class ReportsPage(Page):
    KEY = "laporan"
    WATCHES = frozenset({"village", "visit", "visit_status_event", "village_official"})

    #: Documents were written (:class:`DocumentsMade`).
    made = Signal(object)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.settings: QSettings | None = None
        self.folder: Path | None = None
        self.last: DocumentsMade | None = None
        self.officials_dialog: OfficialsDialog | None = None
        self.heading.setText(self.title())

        top = QHBoxLayout()
        self.folder_label = QLabel(self.tr("No folder chosen yet."))
        self.folder_button = QPushButton(self.tr("Choo&se the folder…"))
        self.folder_button.setAccessibleName(self.tr("Folder for the documents"))
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("Paper as set"), None)
        self.paper.addItem("A4", "A4")
        self.paper.addItem(self.tr("Folio (F4)"), "F4")
        paper_label = QLabel(self.tr("&Paper:"))
        paper_label.setBuddy(self.paper)
        saved_to = QLabel(self.tr("Save to:"))
        top.addWidget(saved_to)
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.folder_button)
        top.addSpacing(12)
        top.addWidget(paper_label)
        top.addWidget(self.paper)
        self.layout_.addLayout(top)

        grid = QGridLayout()
        # blank checklist
        self.checklist_village = self._villages_combo(self.tr("Village of the checklist"), all_villages=True)
        self.checklist_button = QPushButton(self.tr("Make the &checklist"))
        self.checklist_button.setAccessibleName(self.tr("Make the checklist"))
        self.checklist_button.clicked.connect(self.make_checklist)
        grid.addWidget(self._box(self.tr("Blank checklist"), [(self.tr("Village:"), self.checklist_village)],
                                 self.checklist_button), 0, 0)
        # attendance sheet
        self.attendance_village = self._villages_combo(self.tr("Village of the attendance sheet"))
        self.attendance_date = IndonesianDateEdit()
        self.attendance_date.setAccessibleName(self.tr("Date of the meeting"))
        self.attendance_date.set_day(dt.date.today())
        self.attendance_button = QPushButton(self.tr("Make the &attendance sheet"))
        self.attendance_button.setAccessibleName(self.tr("Make the attendance sheet"))
        self.attendance_button.clicked.connect(self.make_attendance)
        grid.addWidget(self._box(self.tr("Attendance sheet (Daftar Hadir)"), [
            (self.tr("Village:"), self.attendance_village), (self.tr("Date:"), self.attendance_date)],
            self.attendance_button), 0, 1)
        # visit report
        self.visit = QComboBox()
        self.visit.setAccessibleName(self.tr("Visit"))
        self.visit.setMinimumContentsLength(30)
        self.visit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.visit_button = QPushButton(self.tr("Make the &visit report"))
        self.visit_button.setAccessibleName(self.tr("Make the visit report"))
        self.visit_button.clicked.connect(self.make_visit_report)
        grid.addWidget(self._box(self.tr("Visit report"), [(self.tr("Visit:"), self.visit)], self.visit_button),
                       1, 0)
        # Excel recap
        self.recap_from = IndonesianDateEdit()
        self.recap_from.setAccessibleName(self.tr("From"))
        today = dt.date.today()
        self.recap_from.set_day(today.replace(month=1, day=1))
        self.recap_to = IndonesianDateEdit()
        self.recap_to.setAccessibleName(self.tr("To"))
        self.recap_to.set_day(today)
        self.recap_village = self._villages_combo(self.tr("Village of the recap"), all_villages=True)
        self.approved_only = QCheckBox(self.tr("Approved visits only"))
        self.recap_button = QPushButton(self.tr("Make the &Excel recap"))
        self.recap_button.setAccessibleName(self.tr("Make the Excel recap"))
        self.recap_button.clicked.connect(self.make_recap)
        grid.addWidget(self._box(self.tr("Excel recap"), [
            (self.tr("From:"), self.recap_from), (self.tr("To:"), self.recap_to),
            (self.tr("Village:"), self.recap_village), ("", self.approved_only)], self.recap_button), 1, 1)
        # officials workbook
        officials_text = QLabel(self.tr("The recap's “Aparatur Desa” sheet, edited in Excel, read back: you see "
                                        "what it changes before anything is saved."))
        officials_text.setWordWrap(True)
        self.officials_button = QPushButton(self.tr("&Read the officials workbook…"))
        self.officials_button.setAccessibleName(self.tr("Read the officials workbook"))
        self.officials_button.clicked.connect(self._on_officials_clicked)
        box = QGroupBox(self.tr("Village officials (Aparatur Desa)"))
        row = QHBoxLayout(box)
        row.addWidget(officials_text, 1)
        row.addWidget(self.officials_button)
        grid.addWidget(box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.open_file_button = QPushButton(self.tr("Open fi&le"))
        self.open_file_button.setAccessibleName(self.tr("Open file"))
        self.open_file_button.clicked.connect(self._on_open_file_clicked)
        self.open_folder_button = QPushButton(self.tr("Open f&older"))
        self.open_folder_button.setAccessibleName(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        done = QHBoxLayout()
        done.addWidget(self.result, 1)
        done.addWidget(self.open_file_button)
        done.addWidget(self.open_folder_button)
        self.layout_.addLayout(done)
        self.layout_.addStretch(1)
        self._show_result(None)

    def title(self) -> str:
        return QCoreApplication.translate("ReportsPage", TITLE)

    def _villages_combo(self, name: str, *, all_villages: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setProperty("all_villages", all_villages)
        combo.setMinimumContentsLength(14)
        return combo

    def _box(self, title: str, rows: list[tuple[str, QWidget]], button: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for label, widget in rows:
            if label:
                form.addRow(label, widget)
            else:
                form.addRow(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        form.addRow(row)
        return box

    def use_settings(self, settings: QSettings) -> None:
        self.settings = settings
        remembered = settings.value(FOLDER_KEY)
        if remembered and Path(str(remembered)).is_dir():
            self.set_folder(Path(str(remembered)))

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.folder_label.setText(str(folder))
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(folder))

    def _on_folder_clicked(self) -> None:
        folder = self.prompts.choose_folder(self, self.tr("Folder for the documents"))
        if folder is not None:
            self.set_folder(folder)

    # --- loading ---------------------------------------------------------------------------

    def load(self, workspace: Workspace) -> Any:
        from perut_desktop.services.report_settings import report_settings
        from perut_desktop.services.villages import list_villages
        from perut_desktop.services.visit_list import list_visit_rows

        return (workspace.read(list_villages), workspace.read(list_visit_rows),
                workspace.read(report_settings, workspace.data_dir).paper)

    def show_data(self, data: Any) -> None:
        villages, visits, paper = data
        # the first choice prints on the paper set for this installation (Settings page)
        self.paper.setItemText(0, self.tr("As set ({paper})").format(paper="F4" if paper == "F4" else "A4"))
        for combo in (self.checklist_village, self.attendance_village, self.recap_village):
            current = combo.currentData()
            combo.clear()
            if combo.property("all_villages"):
                combo.addItem(self.tr("All villages"), None)
            for v in sorted(villages, key=lambda v: v.name):
                combo.addItem(v.name, v.code)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
        current = self.visit.currentData()
        self.visit.clear()
        for r in sorted(visits, key=lambda r: (r.visit_date, r.id), reverse=True):
            self.visit.addItem(f"{r.village_name}, {short_date(r.visit_date)} — {visit_status_text(r.status)}",
                               r.id)
            self.visit.setItemData(self.visit.count() - 1, r.officer_name, Qt.ItemDataRole.ToolTipRole)
        self.visit.setCurrentIndex(max(self.visit.findData(current), 0))
        self.visit_button.setEnabled(self.visit.count() > 0)

    # --- making ----------------------------------------------------------------------------

    def _target(self) -> Path | None:
        if self.folder is None:
            folder = self.prompts.choose_folder(self, self.tr("Folder for the documents"))
            if folder is None:
                return None
            self.set_folder(folder)
        return self.folder

    def _make(self, label: str, operation: Any, *args: Any, out: Path | None = None, **kwargs: Any) -> None:
        """Run the printing ``operation`` into the folder (or into the file ``out``); a file
        it may not write (held open by another program) is said in one line with the offer
        to save under another name, and the document is then written there."""
        folder = self._target()
        if folder is None:
            return
        paper = self.paper.currentData()

        def work(ws: Any, ctx: TaskContext) -> Any:
            from perut_desktop.operations import printing

            def progress(done: int, total: int, text: str) -> None:
                ctx.check_abort()
                ctx.progress(done, total, text)

            call = getattr(printing, operation)
            extra = {"paper": paper} if operation != "excel_recap" else {}
            if operation in ("blank_checklists", "excel_recap"):
                extra["progress"] = progress
            if out is not None:
                extra["out"] = out
            return printing.changed(ws.operate(call, folder, *args, **kwargs, **extra))

        def failed(exc: BaseException) -> bool:
            if operation == "blank_checklists" and args[0] is None:
                return False  # one file of every village's: the folder is what to change
            if operation == "excel_recap":
                suffix, name_filter = ".xlsx", self.tr("Excel workbooks (*.xlsx)")
            else:
                suffix, name_filter = ".pdf", self.tr("PDF documents (*.pdf)")
            return offer_other_name(self, self.prompts, exc, suffix, name_filter,
                                    lambda path: self._make(label, operation, *args, out=path, **kwargs))

        self.client.long(work, label=label, owner=self, on_done=self._on_made, on_failed=failed)

    def make_checklist(self) -> None:
        self._make(self.tr("Making the checklist"), "blank_checklists", self.checklist_village.currentData())

    def make_attendance(self) -> None:
        self._make(self.tr("Making the attendance sheet"), "attendance_sheet", self.attendance_village.currentData(),
                   self.attendance_date.day())

    def make_visit_report(self) -> None:
        visit_id = self.visit.currentData()
        if visit_id:
            self._make(self.tr("Making the visit report"), "visit_report", visit_id)

    def make_recap(self) -> None:
        self._make(self.tr("Making the Excel recap"), "excel_recap", date_from=self.recap_from.day(),
                   date_to=self.recap_to.day(), village=self.recap_village.currentData(),
                   approved_only=self.approved_only.isChecked())

    def _on_made(self, made: DocumentsMade) -> None:
        self._show_result(made)
        self.made.emit(made)

    def _show_result(self, made: DocumentsMade | None) -> None:
        self.last = made
        if made is None:
            self.result.setText(self.tr("Documents are written into the folder above."))
        elif len(made.paths) == 1:
            self.result.setText(self.tr("Written: {file}").format(file=made.paths[0]))
        else:
            self.result.setText(self.tr("Written: {n} files in {folder}").format(n=len(made.paths),
                                                                                 folder=made.folder))
        self.open_file_button.setEnabled(made is not None and len(made.paths) == 1)
        self.open_folder_button.setEnabled(made is not None)

    def _on_open_file_clicked(self) -> None:
        if self.last is not None:
            self.prompts.open_path(self.last.paths[0])

    def _on_open_folder_clicked(self) -> None:
        if self.last is not None:
            self.prompts.open_path(self.last.folder)

    # --- officials -------------------------------------------------------------------------

    def _on_officials_clicked(self) -> None:
        path = self.prompts.open_file(self, self.tr("Officials workbook"), self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.read_officials(path)

    def read_officials(self, path: Path) -> OfficialsDialog:
        dialog = OfficialsDialog(self.client, path, self)
        self.officials_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog
