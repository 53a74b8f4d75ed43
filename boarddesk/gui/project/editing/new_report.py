"""Starting the status report for a new period: choose the date (and period), and the new report
begins as a copy of the previous one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from boarddesk.gui.project.editing.field_form import ERROR_STYLE
from boarddesk.gui.project.editing.labels import FieldTexts
from boarddesk.gui.project.editing.undo_commands import push_edit
from boarddesk.model.formatting import format_date
from boarddesk.services.portfolio import editing

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext


class NewReportDialog(QDialog):
    def __init__(self, context: ViewContext, project_id: str) -> None:
        super().__init__(context.parent)
        self.context = context
        self.project_id = project_id
        self.setWindowTitle(self.tr("New status report"))
        self.texts = FieldTexts(self, context.lang)
        layout = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "The new report starts as a copy of the latest one: ratings, comments, milestone forecasts and risk assessments. Change only what has changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.date_edit = QLineEdit(
            format_date(editing.suggested_report_date(context.store, project_id), context.lang), self
        )
        self.date_edit.setAccessibleName(self.texts.label("report_date"))
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Reporting period"))
        self.period.addItem(self.tr("(the next period)"), None)
        for period in editing.report_period_choices(context.store, project_id):
            self.period.addItem(period["name"], period["id"])
        date_label = QLabel(self.texts.label("report_date"), self)
        date_label.setBuddy(self.date_edit)
        period_label = QLabel(self.tr("Reporting period"), self)
        period_label.setBuddy(self.period)
        layout.addRow(date_label, self.date_edit)
        layout.addRow("", self.error)
        layout.addRow(period_label, self.period)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def accept(self) -> None:
        try:
            edit = editing.start_report(
                self.context.store, self.project_id, self.date_edit.text(), self.period.currentData()
            )
        except editing.InvalidField as error:
            self.error.setText("⚠ " + self.texts.problem(error))
            self.error.show()
            self.date_edit.setAccessibleDescription(self.error.text())
            self.date_edit.setFocus()
            return
        push_edit(self.context, edit, self.tr("New status report"))
        super().accept()
