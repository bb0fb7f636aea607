"""The office's review beside a visit (master only): the automatic warnings, the reviewer's
checklist (Pedoman B.3), a note, and *Verifikasi* / *Kembalikan* for a submitted visit,
*Setujui* / *Kembalikan* for a verified one; *Setujui* offers only the titles the acting
staff member may sign with and asks for the PIN of a profile that has one. A refusal of
the services is shown as its one line; nothing changes then."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.enums import VerificationCheck, VisitStatus
from perut_desktop.services import visit_editor, workflow
from perut_desktop.ui.editor.base import MESSAGE_STYLE, SaveFailure, guarded
from perut_desktop.ui.labels import signatory_title_text, verification_check_text

if TYPE_CHECKING:
    from perut_desktop.services.visit_editor import EditorVisit, ReviewContext
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts


#: Each point of the checklist in a word (the box's text; the whole point is shown below it).
CHECK_NAMES: dict[VerificationCheck, str] = {
    VerificationCheck.KELENGKAPAN: QT_TRANSLATE_NOOP("ReviewPanel", "Completeness"),
    VerificationCheck.VALIDITAS: QT_TRANSLATE_NOOP("ReviewPanel", "Validity"),
    VerificationCheck.KESESUAIAN: QT_TRANSLATE_NOOP("ReviewPanel", "Conformity"),
    VerificationCheck.KUALITAS: QT_TRANSLATE_NOOP("ReviewPanel", "Quality"),
    VerificationCheck.KONSISTENSI: QT_TRANSLATE_NOOP("ReviewPanel", "Consistency"),
}


class ReviewPanel(QGroupBox):
    #: A review was recorded (the visit's new status).
    reviewed = Signal(object)
    loaded = Signal()

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Review by the office"))
        self.client = client
        self.prompts = prompts
        self.visit: EditorVisit | None = None
        self.context: ReviewContext | None = None
        self.actor = QLabel()
        self.actor.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.checks: dict[VerificationCheck, QCheckBox] = {}
        checklist = QVBoxLayout()
        for check in VerificationCheck:
            # the point in one word as the box's text, what it means wrapped below it
            text = verification_check_text(check)
            box = QCheckBox(QCoreApplication.translate("ReviewPanel", CHECK_NAMES[check]))
            box.setAccessibleName(text)
            box.setToolTip(text)
            self.checks[check] = box
            detail = QLabel(text)
            detail.setWordWrap(True)
            detail.setIndent(24)
            detail.setStyleSheet("color: palette(dark);")
            checklist.addWidget(box)
            checklist.addWidget(detail)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note of the review"))
        self.note.setPlaceholderText(self.tr("Note (required to return the visit)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.title_choice = QComboBox()
        self.title_choice.setAccessibleName(self.tr("Sign as"))
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.return_button = QPushButton(self.tr("&Return"))
        self.approve_button = QPushButton(self.tr("A&pprove"))
        self.verify_button.clicked.connect(self.verify)
        self.return_button.clicked.connect(self.return_visit)
        self.approve_button.clicked.connect(self.approve)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.actor)
        layout.addWidget(QLabel(self.tr("<b>Warnings</b>")))
        layout.addWidget(self.warnings)
        layout.addWidget(QLabel(self.tr("<b>Checklist</b>")))
        layout.addLayout(checklist)
        layout.addWidget(self.note)
        self.sign_label = QLabel(self.tr("Sign as:"))
        sign = QHBoxLayout()
        sign.addWidget(self.sign_label)
        sign.addWidget(self.title_choice, 1)
        layout.addLayout(sign)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def load(self, visit: EditorVisit) -> None:
        self.visit = visit
        shown = visit.is_master and visit.status in (VisitStatus.DIAJUKAN, VisitStatus.DIVERIFIKASI)
        self.setVisible(shown)
        if not shown:
            return
        verified = visit.status is VisitStatus.DIVERIFIKASI
        self.verify_button.setVisible(not verified)
        self.approve_button.setVisible(verified)
        self.title_choice.setVisible(verified)
        self.sign_label.setVisible(verified)
        visit_id = visit.id
        self.client.read(lambda ws: ws.read(visit_editor.review_context, visit_id),
                         label=self.tr("Loading the review"), on_done=self._on_loaded, owner=self)

    def _on_loaded(self, context: ReviewContext) -> None:
        self.context = context
        self.actor.setText(self.tr("Acting: {name}").format(name=html.escape(context.actor_name))
                           if context.actor_name else self.tr("Choose the acting staff member first."))
        if context.warnings:
            self.warnings.setText("<br>".join(f"⚠ {html.escape(w.text)}" for w in context.warnings))
        else:
            self.warnings.setText(self.tr("No warnings."))
        self.title_choice.clear()
        for title in context.titles:
            self.title_choice.addItem(signatory_title_text(title), title.value)
        self.approve_button.setEnabled(bool(context.titles))
        if self.visit is not None and self.visit.status is VisitStatus.DIVERIFIKASI and not context.titles:
            self.title_choice.addItem(self.tr("May not sign"), None)
        self.loaded.emit()

    def ticked(self) -> list[str]:
        return [c.value for c, box in self.checks.items() if box.isChecked()]

    def _run(self, service: Any, *args: Any, **kwargs: Any) -> None:
        self.message.hide()

        def done(value: Any) -> None:
            if isinstance(value, SaveFailure):
                self.message.setText(value.message)
                self.message.show()
                return
            self.note.clear()
            for box in self.checks.values():
                box.setChecked(False)
            self.reviewed.emit(value)

        self.client.change(guarded(service, *args, **kwargs), label=self.tr("Recording the review"),
                           on_done=done, owner=self, initiator=self)

    def verify(self) -> None:
        assert self.visit is not None
        self._run(workflow.verify_visit, self.visit.id, self.note.toPlainText(), checklist=self.ticked())

    def return_visit(self) -> None:
        assert self.visit is not None
        self._run(workflow.return_visit, self.visit.id, self.note.toPlainText(), checklist=self.ticked())

    def approve(self) -> None:
        assert self.visit is not None and self.context is not None
        title = self.title_choice.currentData()
        if title is None:
            return
        pin = None
        if self.context.actor_has_pin:
            pin = self.prompts.ask_secret(self, self.tr("Approve"), self.tr("PIN of {name}:").format(
                name=self.context.actor_name))
            if pin is None:
                return
        self._run(workflow.approve_visit, self.visit.id, title=title, note=self.note.toPlainText(), pin=pin)
