"""The milestone timeline and the milestone trend chart of one project.

The timeline puts each milestone on a time axis: the original plan, the current forecast, a line
for the slip between them, delivered ones ticked and a line for today. The trend chart (report
date across, forecast date up) draws one line per milestone: a line that climbs is a date that
slipped from report to report; one that meets the diagonal was due on that report's date.
"""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from boarddesk.gui.views.charts import DAY, DateAxis, plot_widget, timestamp
from boarddesk.model.formatting import format_date
from boarddesk.services.history import MilestoneTrack, milestone_tracks
from boarddesk.store import Store

PLAN, ON_TIME, LATE, DELIVERED, TODAY = "#757575", "#1565c0", "#c62828", "#2e7d32", "#6a1b9a"
LABEL_CHARS = 30


def short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def track_label(track: MilestoneTrack) -> str:
    return f"{track.number}  {short(track.name)}" if track.number else short(track.name)


def label_font() -> QFont:
    font = QFont()
    font.setPointSize(9)
    return font


def end_labels(ends: list[tuple[float, float, object, str]], near: float) -> list[tuple[float, float, object, str]]:
    """One label per cluster of line ends closer than `near` on the same report date: "5, 6, 7"."""
    labels: list[tuple[float, float, object, str]] = []
    for x, y, colour, number in sorted(ends, key=lambda end: (end[0], end[1])):
        if labels and labels[-1][0] == x and y - labels[-1][1] <= near:
            last = labels[-1]
            numbers = sorted([*last[3].split(", "), number], key=lambda n: (len(n), n))  # 2 before 10
            labels[-1] = (x, last[1], last[2], ", ".join(numbers))
        else:
            labels.append((x, y, colour, number))
    return labels


class MilestoneCharts(QWidget):
    def __init__(self, store: Store, lang: str, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.today = today or date.today()
        self.timeline = plot_widget(self.tr("Milestone timeline"), {"bottom": DateAxis(lang)})
        self.trend = plot_widget(
            self.tr("Milestone trend chart"), {"bottom": DateAxis(lang), "left": DateAxis(lang, "left")}
        )
        self.timeline.getPlotItem().invertY(True)
        self.trend.setLabel("bottom", self.tr("Report date"))
        self.trend.setLabel("left", self.tr("Forecast"))
        self.trend.getPlotItem().getAxis("left").setWidth(80)  # room for 11.03.2024 from the first paint
        self.trend_lines: dict[str, pg.PlotDataItem] = {}
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._titled(self.tr("Timeline: original plan, current forecast, today"), self.timeline))
        splitter.addWidget(self._titled(self.tr("Milestone trend: forecast date per report"), self.trend))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(splitter)
        hint = self.tr("Zoom with the mouse wheel or + and −, pan by dragging or with the arrow keys, 0 shows all.")
        for plot in (self.timeline, self.trend):
            plot.setToolTip(hint)
            plot.setAccessibleDescription(hint)

    def _titled(self, title: str, plot: pg.PlotWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(f"<b>{title}</b>", box)
        label.setBuddy(plot)
        layout.addWidget(label)
        layout.addWidget(plot)
        return box

    def show_project(self, project_id: str) -> None:
        tracks = milestone_tracks(self.store, project_id)
        self.empty.setText(self.tr("This project has no milestones.") if not tracks else "")
        self.empty.setVisible(not tracks)
        self.draw_timeline(tracks)
        self.draw_trend(tracks)

    # -- timeline -----------------------------------------------------------------------------
    def draw_timeline(self, tracks: list[MilestoneTrack]) -> None:
        plot = self.timeline.getPlotItem()
        plot.clear()
        legend = plot.addLegend(
            offset=(-10, 10), labelTextSize="9pt", labelTextColor="#222222", brush=pg.mkBrush(255, 255, 255, 230)
        )
        legend.clear()
        plans, on_time, late, delivered = [], [], [], []
        for row, track in enumerate(tracks):
            planned, forecast = track.planned, track.current_forecast
            name = f"{track.number} {track.name}" if track.number else track.name
            if planned:
                plans.append(
                    (timestamp(planned), row, f"{name}\n{self.tr('Planned')}: {format_date(planned, self.lang)}")
                )
            if forecast:
                point = (timestamp(forecast), row, f"{name}\n{self.tr('Forecast')}: {format_date(forecast, self.lang)}")
                if track.delivered == "yes":
                    delivered.append(point)
                elif planned and forecast > planned:
                    late.append(point)
                else:
                    on_time.append(point)
            if planned and forecast and planned != forecast:
                plot.plot([timestamp(planned), timestamp(forecast)], [row, row], pen=pg.mkPen(LATE, width=2))
        self._scatter(plot, plans, "d", None, PLAN, self.tr("Original plan"), size=11)
        self._scatter(plot, on_time, "o", ON_TIME, ON_TIME, self.tr("Forecast, on plan"))
        self._scatter(plot, late, "o", LATE, LATE, self.tr("Forecast, later than planned"))
        self._scatter(plot, delivered, "s", DELIVERED, DELIVERED, self.tr("Delivered"))
        today = pg.InfiniteLine(
            timestamp(self.today),
            angle=90,
            pen=pg.mkPen(TODAY, width=2, style=Qt.PenStyle.DashLine),
            label=self.tr("Today") + " " + format_date(self.today, self.lang),
            labelOpts={"position": 0.97, "color": TODAY, "anchors": [(1, 1), (1, 1)]},
        )
        plot.addItem(today)
        ticks = [(row, track_label(track)) for row, track in enumerate(tracks)]
        left = plot.getAxis("left")
        left.setTicks([ticks])
        left.setStyle(tickFont=label_font())
        left.setWidth(260)
        plot.setYRange(-0.7, max(len(tracks), 1) - 0.3, padding=0)
        xs = [x for x, _, _ in plans + on_time + late + delivered] + [timestamp(self.today)]
        plot.setXRange(min(xs) - 30 * DAY, max(xs) + 30 * DAY, padding=0)

    def _scatter(self, plot, points, symbol, fill, edge, name, size: int = 10) -> None:
        """Markers of one kind; hovering one shows the milestone's full name and date."""
        if not points:
            return
        plot.addItem(
            pg.ScatterPlotItem(
                x=[x for x, _, _ in points],
                y=[y for _, y, _ in points],
                data=[tip for _, _, tip in points],
                symbol=symbol,
                size=size,
                brush=pg.mkBrush(fill) if fill else pg.mkBrush(255, 255, 255),
                pen=pg.mkPen(edge, width=2),
                name=name,
                hoverable=True,
                tip=lambda x, y, data: data,
            )
        )

    # -- trend --------------------------------------------------------------------------------
    def draw_trend(self, tracks: list[MilestoneTrack]) -> None:
        plot = self.trend.getPlotItem()
        plot.clear()
        self.trend_lines = {}
        drawn = [t for t in tracks if t.points]
        values: list[float] = []
        ends: list[tuple[float, float, object, str]] = []  # where each line ends, its colour and number
        for index, track in enumerate(drawn):
            xs = [timestamp(p.report_date) for p in track.points]
            ys = [timestamp(p.forecast) for p in track.points]
            values += xs + ys
            colour = pg.intColor(index, hues=max(len(drawn), 1), values=1, maxValue=200)
            line = plot.plot(
                xs,
                ys,
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=7,
                symbolBrush=colour,
                symbolPen=colour,
                name=track_label(track),
            )
            self.trend_lines[track.milestone_id] = line
            ends.append((xs[-1], ys[-1], colour, str(track.number or index + 1)))
        for x, y, colour, text in end_labels(ends, (max(values) - min(values)) * 0.035 if values else 0):
            label = pg.TextItem(text, color=colour, anchor=(-0.15, 0.5))
            label.setFont(label_font())
            label.setPos(x, y)
            plot.addItem(label)
        if not values:
            return
        low, high = min(values) - 30 * DAY, max(values) + 30 * DAY
        plot.plot([low, high], [low, high], pen=pg.mkPen(PLAN, width=1, style=Qt.PenStyle.DashLine))
        due = pg.TextItem(self.tr("forecast = report date"), color=PLAN, anchor=(1, 1), angle=0)
        due.setFont(label_font())
        plot.addItem(due)
        report_dates = [timestamp(p.report_date) for t in drawn for p in t.points]
        forecasts = [timestamp(p.forecast) for t in drawn for p in t.points]
        span = max(max(report_dates) - min(report_dates), 60 * DAY)
        plot.setXRange(min(report_dates) - span * 0.15, max(report_dates) + span * 0.3, padding=0)
        plot.setYRange(min(forecasts + report_dates), max(forecasts), padding=0.05)
        right = max(report_dates) + span * 0.25
        due.setPos(right, right)
