"""The project card and a single status report as HTML.

Builds on DetailPages (the foundation's card) and adds what a board member also reads on the card:
operating cost changes, benefits and their prerequisites, and one report opened from the RAG grid.
"""

from __future__ import annotations

from boarddesk.gui.shell.detail_html import STYLE, DetailPages, _e, _para
from boarddesk.model.formatting import format_report_date
from boarddesk.model.vocabulary import DELIVERED
from boarddesk.services.portfolio.cards import ProjectCard
from boarddesk.services.portfolio.report_detail import ReportDetail


class CardPages(DetailPages):
    def project(self, card: ProjectCard) -> str:
        """The foundation's card, then economy and benefits."""
        return super().project(card) + self.economy_and_benefits(card)

    def economy_and_benefits(self, card: ProjectCard) -> str:
        parts = []
        if card.operating_cost_changes:
            parts.append("<h2>" + self.tr("Changes in operating cost") + "</h2>")
            rows = [[_e(c.solution), _e(c.year), self.money(c.amount_nok)] for c in card.operating_cost_changes]
            parts.append(self.table([self.tr("Solution"), self.tr("From year"), self.tr("Per year")], rows, {2}))
        if card.benefits:
            parts.append("<h2>" + self.tr("Benefits") + "</h2>")
            for benefit in card.benefits:
                parts.append(
                    self.fields(
                        [
                            (self.tr("Net present value"), self.money(benefit.net_value_nok)),
                            (self.tr("Years"), _e(benefit.years)),
                            (self.tr("Other benefits"), _para(benefit.other_benefits)),
                            (self.tr("Who benefits"), _para(benefit.beneficiaries)),
                            (self.tr("Assessment"), _para(benefit.assessment)),
                        ]
                    )
                )
        if card.project.benefit_prerequisites:
            parts.append("<h2>" + self.tr("Benefit prerequisites") + "</h2>")
            parts.append(f"<p>{_para(card.project.benefit_prerequisites)}</p>")
        return "".join(parts)

    def status_report(self, detail: ReportDetail) -> str:
        r = detail.report
        title = detail.period_name or format_report_date(r.report_date, r.date_precision, self.lang)
        parts = [
            STYLE,
            "<h2>" + self.tr("Status report") + f" {_e(title)}</h2>",
            f'<p class="muted">{_e(detail.project_name)} · {self.report_when(r)}</p>',
        ]
        if r.confidentiality:
            parts.append(f'<p class="marking">{_e(r.confidentiality)}</p>')
        parts.append(
            "<p><b>" + self.tr("Status") + f"</b> {self.rag(r.overall_status)} &nbsp; "
            "<b>" + self.tr("Risk") + f"</b> {self.rag(r.risk_level)}</p>"
        )
        parts += self.report_texts(r)
        if detail.areas:
            rows = [[_e(a.name), self.rag(a.rag), _para(a.comment)] for a in detail.areas]
            parts.append(self.table([self.tr("Area"), self.tr("Rating"), self.tr("Comment")], rows))
        if detail.milestones:
            parts.append("<h2>" + self.tr("Milestones in this report") + "</h2>")
            rows = [
                [
                    _e(m.number),
                    _e(m.name),
                    self.date(m.forecast),
                    self.rag(m.status, False) if m.status else "",
                    _e(DELIVERED.label(m.delivered, self.lang)),
                    _para(m.comment),
                ]
                for m in detail.milestones
            ]
            headers = [
                "#",
                self.tr("Milestone"),
                self.tr("Forecast"),
                self.tr("Status"),
                self.tr("Delivered"),
                self.tr("Comment"),
            ]
            parts.append(self.table(headers, rows))
        return "".join(parts)
