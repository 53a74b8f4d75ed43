"""Budget per owner and per focus area as horizontal bar charts (names are long, so bars lie down).

Imports pyqtgraph, so the portfolio view loads this module when its budget tab is first opened.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from boarddesk.gui.project.charts import plot_widget
from boarddesk.gui.project.milestone_charts import label_font, short
from boarddesk.model.formatting import format_nok

BAR = "#1565c0"
MAX_BARS = 15


class BudgetBars(QWidget):
    """One chart: a bar per name, largest on top, with the amount written at the end of the bar."""

    def __init__(self, title: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.plot = plot_widget(title)
        self.plot.getPlotItem().invertY(True)
        self.plot.setLabel("bottom", self.tr("million NOK"))
        self.bars: list[tuple[str, int]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>", self)
        heading.setBuddy(self.plot)
        layout.addWidget(heading)
        layout.addWidget(self.plot)

    def set_bars(self, bars: list[tuple[str, int]], other_label: str) -> None:
        if len(bars) > MAX_BARS:
            rest = sum(amount for _, amount in bars[MAX_BARS - 1 :])
            bars = [*bars[: MAX_BARS - 1], (other_label, rest)]
        self.bars = bars
        plot = self.plot.getPlotItem()
        plot.clear()
        if not bars:
            return
        millions = [amount / 1e6 for _, amount in bars]
        plot.addItem(pg.BarGraphItem(x0=0, y=list(range(len(bars))), height=0.6, width=millions, brush=BAR, pen=BAR))
        longest = max(millions)
        for row, ((_name, amount), value) in enumerate(zip(bars, millions, strict=True)):
            inside = value > longest * 0.55  # long bars carry their amount inside, so it is never clipped
            text = pg.TextItem(
                format_nok(amount, self.lang),
                color="white" if inside else "#222222",
                anchor=(1, 0.5) if inside else (0, 0.5),
            )
            text.setFont(label_font())
            text.setPos(value, row)
            plot.addItem(text)
        left = plot.getAxis("left")
        left.setTicks([[(row, short(name or self.tr("(none)"), 30)) for row, (name, _) in enumerate(bars)]])
        left.setStyle(tickFont=label_font())
        left.setWidth(200)
        plot.setYRange(-0.6, len(bars) - 0.4, padding=0)
        plot.setXRange(0, longest * 1.05, padding=0)


class BudgetCharts(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_owner = BudgetBars(self.tr("Budget per owner"), lang, self)
        self.by_area = BudgetBars(self.tr("Budget per focus area"), lang, self)
        note = QLabel(self.tr("From the projects' funding lines, or their approved frame where there are none."), self)
        note.setWordWrap(True)
        charts = QHBoxLayout()
        charts.addWidget(self.by_owner)
        charts.addWidget(self.by_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(charts, 1)
        layout.addWidget(note)

    def set_budget(self, by_owner: list[tuple[str, int]], by_area: list[tuple[str, int]]) -> None:
        other = self.tr("Others")
        self.by_owner.set_bars(by_owner, other)
        self.by_area.set_bars(by_area, other)
