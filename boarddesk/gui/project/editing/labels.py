"""What the editors call each field, and how they word a validation problem, through tr()."""

from __future__ import annotations

from PySide6.QtCore import QObject

from boarddesk.gui.i18n import fill
from boarddesk.model.formatting import format_date
from boarddesk.services.portfolio.edit_fields import InvalidField


class FieldTexts(QObject):
    """Labels and messages in the interface language (one place, so lupdate finds them all)."""

    def __init__(self, parent: QObject | None = None, lang: str = "nb") -> None:
        super().__init__(parent)
        self.lang = lang  # for the dates a message names

    def label(self, name: str, context: str = "") -> str:
        """The field's label; `context` (a list's key, such as "risks") words a few fields apart."""
        if context == "risks" and name in ("owner", "comment"):
            return self.tr("Risk owner") if name == "owner" else self.tr("Change since last report")
        labels = {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "project_number": self.tr("Project number"),
            "actor": self.tr("Actor"),
            "owner": self.tr("Project owner"),
            "manager": self.tr("Project manager"),
            "contact": self.tr("Contact"),
            "segment": self.tr("Segment"),
            "phase": self.tr("Phase"),
            "phase_start": self.tr("Phase starts"),
            "phase_end": self.tr("Phase ends"),
            "start_date": self.tr("Start date"),
            "end_date": self.tr("End date"),
            "focus_area": self.tr("Focus area"),
            "approved_frame_nok": self.tr("Approved frame (NOK)"),
            "confidentiality": self.tr("Confidentiality"),
            "description": self.tr("Description"),
            "implementation_strategy": self.tr("Implementation strategy"),
            "benefit_prerequisites": self.tr("Benefit prerequisites"),
            "report_date": self.tr("Report date"),
            "overall_status": self.tr("Overall status"),
            "status_comment": self.tr("Status comment"),
            "risk_level": self.tr("Risk level"),
            "risk_comment": self.tr("Risk comment"),
            "manager_assessment": self.tr("Manager's assessment"),
            "summary": self.tr("Summary"),
            "rag": self.tr("Rating"),
            "comment": self.tr("Comment"),
            "number": self.tr("Number"),
            "planned": self.tr("Planned (baseline)"),
            "forecast": self.tr("Forecast (current report)"),
            "delivered": self.tr("Delivered"),
            "action_on_delay": self.tr("Action on delay"),
            "area": self.tr("Area"),
            "probability": self.tr("Probability (1–5)"),
            "consequence": self.tr("Consequence (1–5)"),
            "status": self.tr("Status"),
            "identified": self.tr("Identified"),
            "closed_on": self.tr("Closed on"),
            "text": self.tr("Measure"),
            "done": self.tr("Done"),
            "on_actor": self.tr("Depends on (actor)"),
            "on_project": self.tr("Depends on (project)"),
            "what": self.tr("What is needed"),
            "for_what": self.tr("Used for"),
            "category": self.tr("Category"),
            "criticality": self.tr("Criticality"),
            "deadline": self.tr("Deadline"),
            "agreed_plan": self.tr("Agreed plan"),
            "post": self.tr("Post"),
            "approved_nok": self.tr("Approved (NOK)"),
            "booked_nok": self.tr("Booked (NOK)"),
            "forecast_nok": self.tr("Forecast (NOK)"),
        }
        return labels.get(name, name)

    def problem(self, error: InvalidField) -> str:
        value = "" if error.value is None else str(error.value)
        messages = {
            "required": self.tr("{field} must be filled in."),
            "date": self.tr("{field}: «{value}» is not a date. Write it as 31.12.2024."),
            "number": self.tr("{field}: «{value}» is not a whole number."),
            "range": self.tr("{field}: «{value}» must be between 1 and 5."),
            "choice": self.tr("{field}: «{value}» is not one of the choices."),
            "order": self.tr("{field}: «{value}» must be after the previous report's date, {date}."),
            "order_next": self.tr("{field}: «{value}» must be before the next report's date, {date}."),
            "unknown_project": self.tr("{field}: choose another project from the list."),
            "no_report": self.tr(
                "{field}: the project has no status report yet. Start one first (Edit → New status report)."
            ),
        }
        template = messages.get(error.problem, "{field}: {value}")
        when = format_date(error.detail, self.lang) if error.problem in ("order", "order_next") else ""
        return fill(template, field=self.label(error.field), value=value, date=when)
