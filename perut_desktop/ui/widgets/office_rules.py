"""Two rules the office sets for the whole kecamatan: who evaluates the villages' draft
APB Desa (the Bupati, or the Camat by the Peraturan Bupati that delegates it, from the day
it took effect), and the checklist template new visits use. Read-only on a laptop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.enums import ApbdesEvaluator
from perut_desktop.ui.editor.base import SaveFailure, guarded
from perut_desktop.ui.labels import apbdes_evaluator_text
from perut_desktop.ui.models.common import short_date
from perut_desktop.ui.widgets.date_edit import IndonesianDateEdit
from perut_desktop.ui.widgets.full_text_tip import show_full_text_as_tip

if TYPE_CHECKING:
    from perut_desktop.services.regulations import ApbdesEvaluation
    from perut_desktop.services.templates import TemplateInfo
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

_REFUSAL_STYLE = "color: #b71c1c;"


class OfficeRulesPanel(QWidget):
    #: Who evaluates the APB Desa was saved (the :class:`ApbdesEvaluation` then held).
    evaluation_saved = Signal(object)
    #: A template was published (its :class:`TemplateInfo`).
    template_published = Signal(object)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.prompts = prompts
        self.editable = False
        self.templates: tuple[TemplateInfo, ...] = ()

        evaluation = QGroupBox(self.tr("Who evaluates the draft APB Desa"))
        self.evaluator = QComboBox()
        self.evaluator.setAccessibleName(self.tr("Evaluator of the APB Desa"))
        for member in ApbdesEvaluator:
            self.evaluator.addItem(apbdes_evaluator_text(member), member.value)
        self.evaluator.currentIndexChanged.connect(self._show_delegation)
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Peraturan Bupati of the delegation"))
        self.source.setPlaceholderText(self.tr("e.g. Peraturan Bupati Balangan Nomor 12 Tahun 2024"))
        show_full_text_as_tip(self.source)  # a long title does not fit the field
        self.effective_from = IndonesianDateEdit()
        self.effective_from.setAccessibleName(self.tr("Delegation in effect from"))
        self.effective_from.set_day(dt.date.today())
        self.evaluation_button = QPushButton(self.tr("Sa&ve the evaluator"))
        self.evaluation_button.setAccessibleName(self.tr("Save the evaluator"))
        self.evaluation_button.clicked.connect(self.save_evaluation)
        self.evaluation_result = QLabel()
        self.evaluation_result.setWordWrap(True)
        form = QFormLayout(evaluation)
        form.addRow(self.tr("Evaluated by:"), self.evaluator)
        form.addRow(self.tr("Bupati's regulation:"), self.source)
        form.addRow(self.tr("In effect from:"), self.effective_from)
        row = QHBoxLayout()
        row.addWidget(self.evaluation_result, 1)
        row.addWidget(self.evaluation_button)
        form.addRow(row)

        template = QGroupBox(self.tr("Checklist template"))
        self.current_template = QLabel()
        self.current_template.setWordWrap(True)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Checklist template to publish"))
        self.publish_button = QPushButton(self.tr("P&ublish for new visits…"))
        self.publish_button.setAccessibleName(self.tr("Publish the template for new visits"))
        self.publish_button.clicked.connect(self.publish)
        self.template_result = QLabel()
        self.template_result.setWordWrap(True)
        template_layout = QVBoxLayout(template)
        template_layout.addWidget(self.current_template)
        template_layout.addWidget(self.template)
        choose = QHBoxLayout()
        choose.addWidget(self.template_result, 1)
        choose.addWidget(self.publish_button)
        template_layout.addLayout(choose)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(evaluation)
        layout.addWidget(template)
        layout.addStretch(1)

    # --- showing ---------------------------------------------------------------------------

    def set_state(self, evaluation: ApbdesEvaluation, templates: Sequence[TemplateInfo], editable: bool) -> None:
        self.editable = editable
        self.evaluator.setCurrentIndex(max(self.evaluator.findData(evaluation.evaluator.value), 0))
        self.source.setText(evaluation.source)
        self.source.setCursorPosition(0)
        if evaluation.effective_from is not None:
            self.effective_from.set_day(evaluation.effective_from)
        for widget in (self.evaluator, self.effective_from, self.evaluation_button, self.template,
                       self.publish_button):
            widget.setEnabled(editable)
        self.source.setReadOnly(not editable)
        self._show_delegation()
        self.templates = tuple(templates)
        chosen = self.template.currentData()
        self.template.clear()
        for t in self.templates:
            self.template.addItem(self._template_name(t), t.id)
            self.template.setItemData(self.template.count() - 1, self._template_name(t, dated=True),
                                      Qt.ItemDataRole.ToolTipRole)
        current = next((t for t in self.templates if t.current), None)
        keep = self.template.findData(chosen) if chosen else -1
        self.template.setCurrentIndex(keep if keep >= 0 else
                                      max(self.template.findData(current.id) if current else 0, 0))
        if current is None:
            text = self.tr("No checklist template is published yet.")
        else:
            text = self.tr("New visits use {template} ({n} books). A visit keeps the template it was started "
                           "with.").format(template=self._template_name(current, dated=True), n=len(current.items))
        if not editable:
            text += " " + self.tr("Chosen by the office; it reaches this laptop with the office's bundles.")
        self.current_template.setText(text)

    def _template_name(self, t: TemplateInfo, *, dated: bool = False) -> str:
        name = self.tr("{name}, version {n}").format(name=t.name, n=t.version_number)
        if dated and t.published_on is not None:
            name += " " + self.tr("(of {day})").format(day=short_date(t.published_on))
        return name

    def _show_delegation(self) -> None:
        delegated = self.evaluator.currentData() == ApbdesEvaluator.CAMAT.value
        self.source.setEnabled(delegated)
        self.effective_from.setEnabled(delegated and self.editable)

    # --- saving ----------------------------------------------------------------------------

    def save_evaluation(self) -> None:
        from perut_desktop.services.regulations import set_apbdes_evaluation

        evaluator = str(self.evaluator.currentData())
        delegated = evaluator == ApbdesEvaluator.CAMAT.value
        call = guarded(set_apbdes_evaluation, evaluator=evaluator, source=self.source.text() if delegated else "",
                       effective_from=self.effective_from.day() if delegated else None)
        self.client.change(call, label=self.tr("Saving who evaluates the APB Desa"), owner=self, initiator=self,
                           on_done=self._on_evaluation_saved)

    def _on_evaluation_saved(self, result: Any) -> None:
        if isinstance(result, SaveFailure):
            self.evaluation_result.setStyleSheet(_REFUSAL_STYLE)
            self.evaluation_result.setText(result.message)
            return
        self.evaluation_result.setStyleSheet("")
        self.evaluation_result.setText(self.tr("Saved."))
        self.evaluation_saved.emit(result)

    def publish(self) -> None:
        chosen = next((t for t in self.templates if t.id == self.template.currentData()), None)
        if chosen is None:
            return
        if chosen.current:
            self.template_result.setText(self.tr("New visits already use this template."))
            return
        name = self._template_name(chosen)
        if not self.prompts.confirm(
                self, self.tr("Publish the checklist template"),
                self.tr("New visits will use {template}. Visits already started keep the template they were "
                        "started with, and their answers stay as they are.").format(template=name),
                self.tr("Publish")):
            return
        from perut_desktop.services.templates import publish_template

        self.client.change(guarded(publish_template, chosen.id), label=self.tr("Publishing the template"),
                           owner=self, initiator=self, on_done=self._on_published)

    def _on_published(self, result: Any) -> None:
        if isinstance(result, SaveFailure):
            self.template_result.setStyleSheet(_REFUSAL_STYLE)
            self.template_result.setText(result.message)
            return
        self.template_result.setStyleSheet("")
        self.template_result.setText(self.tr("Published: new visits use it from now on."))
        self.template_published.emit(result)
