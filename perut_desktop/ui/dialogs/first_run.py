"""The first start on a data folder without a replica: set up the kecamatan's master copy,
join as a field laptop from the office's enrolment file, or try the demo in its own folder.

Every choice runs an operation of :mod:`perut_desktop.operations.first_run` on the task
thread; bad input is explained in the same one-line Indonesian as the CLI, and nothing
half-made is left behind. :attr:`FirstRunDialog.ready` carries the data folder to open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.operations import first_run
from perut_desktop.ui.dialogs.form import accessible
from perut_desktop.ui.hints import error_text
from perut_desktop.ui.tasks import ProgressMode, TaskContext, TaskRunner
from perut_desktop.ui.widgets.nip_field import NipField

if TYPE_CHECKING:
    from perut_desktop.ui.prompts import Prompts


class FirstRunDialog(QDialog):
    #: The data folder to open (the demo's own folder for the demo).
    ready = Signal(object)
    #: Emitted when a choice failed (the message is shown in the dialog).
    failed = Signal(str)

    CHOOSE, MASTER, LAPTOP, JOINED = range(4)

    def __init__(self, runner: TaskRunner, data_dir: Path, prompts: Prompts, parent: QWidget | None = None,
                 *, demo_years: int = 1) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data_dir = data_dir
        self.prompts = prompts
        self.demo_years = demo_years
        self.enrolment_file: Path | None = None
        self.bundle_folder: Path | None = None
        self.joined: first_run.JoinResult | None = None
        self.working = False
        self.setWindowTitle(self.tr("Welcome to PERUT"))
        self.setMinimumWidth(620)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._master_page())
        self.pages.addWidget(self._laptop_page())
        self.pages.addWidget(self._joined_page())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)

    # --- pages ---------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("There is no PERUT data in {folder} yet. What is this computer for?").format(
            folder=self.data_dir))
        intro.setWordWrap(True)
        self.master_choice = QCommandLinkButton(
            self.tr("Set up the kecamatan master copy"),
            self.tr("At the kecamatan office: the villages, the checklist and the first staff member."))
        self.laptop_choice = QCommandLinkButton(
            self.tr("Join as a field laptop"),
            self.tr("With the enrolment file the office made for this laptop."))
        self.demo_choice = QCommandLinkButton(
            self.tr("Try the demo"),
            self.tr("Example visits of Kecamatan Awayan in a separate folder, marked DEMO."))
        for button in (self.master_choice, self.laptop_choice, self.demo_choice):
            button.setAccessibleName(button.text())
        self.master_choice.clicked.connect(lambda: self._go(self.MASTER))
        self.laptop_choice.clicked.connect(lambda: self._go(self.LAPTOP))
        self.demo_choice.clicked.connect(self._on_demo_clicked)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.master_choice)
        layout.addWidget(self.laptop_choice)
        layout.addWidget(self.demo_choice)
        layout.addStretch(1)
        return page

    def _master_page(self) -> QWidget:
        page = QWidget()
        self.kecamatan = QLineEdit("Awayan")
        self.villages_file = QLineEdit()
        self.villages_file.setPlaceholderText(self.tr("Empty: the villages of Kecamatan Awayan"))
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAccessibleName(self.tr("Choose a village list"))
        browse.clicked.connect(self._on_villages_browse_clicked)
        villages_row = QHBoxLayout()
        villages_row.addWidget(self.villages_file, 1)
        villages_row.addWidget(browse)
        self.staff_name = QLineEdit()
        self.staff_nip = NipField()
        self.staff_title = QLineEdit()
        self.staff_can_sign = QCheckBox(self.tr("&May sign as (or for) the Camat"))
        form = QFormLayout()
        for label, field in ((self.tr("&Kecamatan:"), self.kecamatan),
                             (self.tr("&Village list (CSV):"), self.villages_file),
                             (self.tr("&First staff member:"), self.staff_name),
                             (self.tr("&NIP:"), self.staff_nip), (self.tr("&Position:"), self.staff_title)):
            field.setAccessibleName(accessible(label))
            form.addRow(label, villages_row if field is self.villages_file else field)
        form.labelForField(villages_row).setBuddy(self.villages_file)
        form.addRow("", self.staff_can_sign)
        self.staff_can_sign.setAccessibleName(accessible(self.staff_can_sign.text()))
        self.create_master = QPushButton(self.tr("Create the master copy"))
        self.create_master.setAccessibleName(self.create_master.text())
        self.create_master.clicked.connect(self._on_create_master_clicked)
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("The kecamatan master copy")))
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self._buttons(self.create_master))
        return page

    def _laptop_page(self) -> QWidget:
        page = QWidget()
        text = QLabel(self.tr("Choose the enrolment file the office made for this laptop, and the folder "
                              "(a USB stick) where the laptop's first bundle for the office is written."))
        text.setWordWrap(True)
        self.enrolment_label = QLabel(self.tr("No file chosen."))
        self.enrolment_button = QPushButton(self.tr("&Enrolment file…"))
        self.enrolment_button.setAccessibleName(self.tr("Choose the enrolment file"))
        self.enrolment_button.clicked.connect(self._on_enrolment_clicked)
        self.folder_label = QLabel(self.tr("No folder chosen."))
        self.folder_button = QPushButton(self.tr("&Folder for the bundle…"))
        self.folder_button.setAccessibleName(self.tr("Choose the folder for the bundle"))
        self.folder_button.clicked.connect(self._on_folder_clicked)
        form = QFormLayout()
        form.addRow(self.enrolment_button, self.enrolment_label)
        form.addRow(self.folder_button, self.folder_label)
        self.join = QPushButton(self.tr("Join"))
        self.join.setAccessibleName(self.join.text())
        self.join.setEnabled(False)
        self.join.clicked.connect(self._on_join_clicked)
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("A field laptop")))
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self._buttons(self.join))
        return page

    def _joined_page(self) -> QWidget:
        page = QWidget()
        self.code_caption = QLabel(self.tr("Read this code aloud to the office:"))
        self.code = QLabel()
        font = QFont(self.code.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.code.setFont(font)
        self.code.setAccessibleName(self.tr("Confirmation code"))
        self.joined_text = QLabel()
        self.joined_text.setWordWrap(True)
        self.open_window = QPushButton(self.tr("Open PERUT"))
        self.open_window.setAccessibleName(self.open_window.text())
        self.open_window.clicked.connect(lambda: self._finish(self.data_dir))
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("This laptop has joined")))
        layout.addWidget(self.code_caption)
        layout.addWidget(self.code)
        layout.addWidget(self.joined_text)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_window)
        layout.addLayout(row)
        return page

    def _buttons(self, action: QPushButton) -> QHBoxLayout:
        back = QPushButton(self.tr("&Back"))
        back.setAccessibleName(accessible(back.text()))
        back.clicked.connect(lambda: self._go(self.CHOOSE))
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(action)
        return row

    def _go(self, page: int) -> None:
        self.error.hide()
        self.pages.setCurrentIndex(page)
        action = {self.MASTER: self.create_master, self.LAPTOP: self.join, self.JOINED: self.open_window}.get(page)
        if action is not None:  # Enter presses the page's own button (a dialog has one default)
            action.setDefault(True)
        first = {self.MASTER: self.staff_name if self.kecamatan.text() else self.kecamatan,
                 self.LAPTOP: self.enrolment_button, self.JOINED: self.open_window}.get(page)
        if first is not None:  # the keyboard starts where the typing does
            first.setFocus()

    # --- actions -------------------------------------------------------------------------

    def _run(self, work: Any, label: str, on_done: Any) -> None:
        self.working = True
        self.error.hide()
        self.setEnabled(False)
        self.runner.run(work, label=label, on_done=lambda r: self._after(on_done, r), on_failed=self._on_failed,
                        on_cancelled=self._on_cancelled, parent=self, owner=self, mode=ProgressMode.DIALOG)

    def _after(self, on_done: Any, result: Any) -> None:
        self.working = False
        self.setEnabled(True)
        on_done(result)

    def _on_failed(self, exc: BaseException) -> None:
        from perut_desktop.errors import PerutError, storage_problem

        self.working = False
        self.setEnabled(True)
        problem = None if isinstance(exc, PerutError) else storage_problem(exc)
        text = error_text(exc) if isinstance(exc, PerutError) else problem.message if problem else str(exc)
        self.error.setText(text)
        self.error.show()
        self.failed.emit(text)

    def _on_cancelled(self) -> None:
        self.working = False
        self.setEnabled(True)

    def _finish(self, folder: Path) -> None:
        self.ready.emit(folder)
        self.accept()

    def _on_villages_browse_clicked(self) -> None:
        path = self.prompts.open_file(self, self.tr("Village list"), self.tr("CSV files (*.csv)"))
        if path is not None:
            self.villages_file.setText(str(path))

    def _on_create_master_clicked(self) -> None:
        folder = self.data_dir
        kecamatan, villages = self.kecamatan.text(), self.villages_file.text().strip()
        name, nip, title = self.staff_name.text(), self.staff_nip.nip(), self.staff_title.text()
        can_sign = self.staff_can_sign.isChecked()

        def work(_ctx: TaskContext) -> first_run.MasterMade:
            return first_run.set_up_master(folder, kecamatan=kecamatan, staff_name=name, staff_nip=nip,
                                           staff_title=title, staff_can_sign=can_sign,
                                           villages_file=Path(villages) if villages else None)

        self._run(work, self.tr("Setting up the master copy"), lambda made: self._finish(made.data_dir))

    def _on_enrolment_clicked(self) -> None:
        path = self.prompts.open_file(self, self.tr("Enrolment file"),
                                      self.tr("Enrolment files (*.perut-enroll *.json);;All files (*)"))
        if path is not None:
            self.use_enrolment(path)
        self.join.setEnabled(self.enrolment_file is not None and self.bundle_folder is not None)

    def use_enrolment(self, path: Path) -> None:
        """Join as a laptop with this enrolment file (opened from the file manager)."""
        if self.working or self.pages.currentIndex() == self.JOINED:
            return
        self.enrolment_file = path
        self.enrolment_label.setText(path.name)
        self._go(self.LAPTOP)
        self.join.setEnabled(self.bundle_folder is not None)

    def _on_folder_clicked(self) -> None:
        # opened where the enrolment file came from: the office's stick, usually
        start = self.enrolment_file.parent if self.enrolment_file is not None else None
        path = self.prompts.choose_folder(self, self.tr("Folder for the laptop's first bundle"), start)
        if path is not None:
            self.bundle_folder = path
            self.folder_label.setText(str(path))
        self.join.setEnabled(self.enrolment_file is not None and self.bundle_folder is not None)

    def _on_join_clicked(self) -> None:
        folder, enrolment, out = self.data_dir, self.enrolment_file, self.bundle_folder
        if enrolment is None or out is None:
            return

        def work(_ctx: TaskContext) -> first_run.JoinResult:
            return first_run.join_as_laptop(folder, enrolment, out)

        self._run(work, self.tr("Joining as a field laptop"), self._on_joined)

    def _on_joined(self, joined: first_run.JoinResult) -> None:
        self.joined = joined
        self.code.setText(joined.code)
        officer = joined.officer_name or "–"
        self.joined_text.setText(self.tr(
            "Laptop {device} of Kecamatan {kecamatan}, for {officer}: its first bundle is in {bundle}; take it to "
            "the office. When the office has imported it, it sends its answer; import that with "
            "File → Receive bundle.").format(device=joined.device_id, kecamatan=joined.kecamatan, officer=officer,
                                             bundle=joined.bundle))
        self._go(self.JOINED)

    def _on_demo_clicked(self) -> None:
        folder, years = first_run.demo_folder(self.data_dir), self.demo_years

        def work(ctx: TaskContext) -> first_run.DemoMade:
            def progress(done: int, total: int, label: str) -> None:
                ctx.check_abort()
                ctx.progress(done, total, label)

            return first_run.make_demo(folder, years=years, progress=progress)

        self._run(work, self.tr("Making the demo"), lambda made: self._finish(made.data_dir))


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label
