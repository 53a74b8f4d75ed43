"""The milestone timeline and the milestone trend chart of one project.

The timeline puts each milestone on a time axis: the original plan, the current forecast, a line
for the slip between them, delivered ones ticked and a line for today. The trend chart (report
date across, forecast date up) draws one line per milestone: a line that climbs is a date that
slipped from report to report; one that meets the diagonal was due on that report's date.
"""

from __future__ import annotations

from datetime import date
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from boarddesk.gui.i18n import fill
from boarddesk.gui.project.charts import DAY, ChartOrEmpty, DateAxis, plot_widget, timestamp
from boarddesk.model.formatting import format_date
from boarddesk.services.portfolio.history import MilestoneTrack, milestone_tracks, sub_projects_with_milestones
from boarddesk.store import Store

PLAN, ON_TIME, LATE, DELIVERED, TODAY = "#757575", "#1565c0", "#c62828", "#2e7d32", "#6a1b9a"
OVERDUE = "#b71c1c"
LABEL_CHARS = 30
TODAY_REACH = 365 * DAY  # the «today» line is drawn only this near the milestones, or it squeezes them


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
    open_project = Signal(str)  # a sub-project named where a programme has no milestones of its own

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
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.empty.linkActivated.connect(lambda link: self.open_project.emit(link.removeprefix("project:")))
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.timeline_frame = ChartOrEmpty(self.timeline, self)
        self.trend_frame = ChartOrEmpty(self.trend, self)
        splitter.addWidget(
            self._titled(
                self.tr("Timeline: original plan, current forecast, today"), self.timeline, self.timeline_frame
            )
        )
        splitter.addWidget(
            self._titled(self.tr("Milestone trend: forecast date per report"), self.trend, self.trend_frame)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        hint = self.tr("Zoom with the mouse wheel or + and −, pan by dragging or with the arrow keys, 0 shows all.")
        for plot in (self.timeline, self.trend):
            plot.setToolTip(hint)
            plot.setAccessibleDescription(hint)

    def _titled(self, title: str, plot: pg.PlotWidget, shown: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(f"<b>{title}</b>", box)
        label.setBuddy(plot)
        layout.addWidget(label)
        layout.addWidget(shown)
        return box

    def show_project(self, project_id: str) -> None:
        tracks = milestone_tracks(self.store, project_id)
        self.empty.setText(self._why_empty(project_id) if not tracks else "")
        self.empty.setVisible(not tracks)
        self.splitter.setVisible(bool(tracks))  # one explanation, not two empty panels
        self.draw_timeline(tracks)
        self.draw_trend(tracks)
        # No dates at all: a message in each chart's place, not empty axes from 1970.
        if any(track.planned or track.current_forecast for track in tracks):
            self.timeline_frame.show_chart()
        else:
            self.timeline_frame.show_empty(self.tr("No milestones reported"))
        if any(track.points for track in tracks):
            self.trend_frame.show_chart()
        elif tracks:
            self.trend_frame.show_empty(self.tr("No milestone forecasts reported"))
        else:
            self.trend_frame.show_empty(self.tr("No milestones reported"))

    def _why_empty(self, project_id: str) -> str:
        subs = sub_projects_with_milestones(self.store, project_id)
        if not subs:
            return self.tr("This project has no milestones: none were reported for it.")
        links = ", ".join(
            f'<a href="project:{escape(ident)}">{escape(name)}</a> ({count})' for ident, name, count in subs
        )
        return fill(
            self.tr("This programme reports no milestones of its own; its sub-projects do: {projects}"), projects=links
        )

    # -- timeline -----------------------------------------------------------------------------
    # The charts' items are made once and given new data for each project: adding and removing
    # graphics items is what costs most in pyqtgraph, far more than their data.
    def _timeline_items(self) -> None:
        plot = self.timeline.getPlotItem()
        self.slips = pg.PlotCurveItem(pen=pg.mkPen(LATE, width=2), connect="pairs")
        plot.addItem(self.slips)
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        for kind, symbol, face, edge, name, size in (
            ("plan", "d", None, PLAN, self.tr("Original plan"), 11),
            ("on_time", "o", ON_TIME, ON_TIME, self.tr("Forecast, on plan"), 10),
            ("late", "o", LATE, LATE, self.tr("Forecast, later than planned"), 10),
            ("overdue", "x", OVERDUE, OVERDUE, self.tr("Overdue: past its date, not delivered"), 13),
            ("delivered", "s", DELIVERED, DELIVERED, self.tr("Delivered"), 10),
        ):
            # markers of one kind; hovering one shows the milestone's full name and date
            marker = pg.ScatterPlotItem(
                symbol=symbol,
                size=size,
                brush=pg.mkBrush(face) if face else pg.mkBrush(255, 255, 255),
                pen=pg.mkPen(edge, width=2),
                name=name,
                hoverable=True,
                tip=lambda x, y, data: data,
            )
            plot.addItem(marker)
            self.markers[kind] = marker
        self.today_line = pg.InfiniteLine(
            timestamp(self.today),
            angle=90,
            pen=pg.mkPen(TODAY, width=2, style=Qt.PenStyle.DashLine),
            label=self.tr("Today") + " " + format_date(self.today, self.lang),
            labelOpts={"position": 0.97, "color": TODAY, "anchors": [(1, 1), (1, 1)]},
        )
        plot.addItem(self.today_line)
        self.legend = plot.addLegend(
            offset=(-10, 10), labelTextSize="9pt", labelTextColor="#222222", brush=pg.mkBrush(255, 255, 255, 230)
        )
        left = plot.getAxis("left")
        left.setStyle(tickFont=label_font())
        left.setWidth(260)

    def draw_timeline(self, tracks: list[MilestoneTrack]) -> None:
        plot = self.timeline.getPlotItem()
        if not hasattr(self, "markers"):
            self._timeline_items()
        points: dict[str, list[tuple[float, int, str]]] = {kind: [] for kind in self.markers}
        slips: list[float] = []
        slip_rows: list[int] = []
        for row, track in enumerate(tracks):
            planned, forecast = track.planned, track.current_forecast
            name = f"{track.number} {track.name}" if track.number else track.name
            if planned:
                points["plan"].append(
                    (timestamp(planned), row, f"{name}\n" + self.tr("Planned") + f": {format_date(planned, self.lang)}")
                )
            if forecast:
                point = (
                    timestamp(forecast),
                    row,
                    f"{name}\n" + self.tr("Forecast") + f": {format_date(forecast, self.lang)}",
                )
                if track.delivered == "yes":
                    points["delivered"].append(point)
                elif track.overdue:
                    overdue = fill(
                        self.tr("Overdue on {date}: not delivered"), date=format_date(track.as_of, self.lang)
                    )
                    points["overdue"].append((point[0], point[1], f"{point[2]}\n{overdue}"))
                elif planned and forecast > planned:
                    points["late"].append(point)
                else:
                    points["on_time"].append(point)
            if planned and forecast and planned != forecast:
                slips += [timestamp(planned), timestamp(forecast)]
                slip_rows += [row, row]
        self.slips.setData(slips, slip_rows)
        self.slips.setVisible(bool(slips))
        self.legend.clear()
        for kind, marker in self.markers.items():
            shown = points[kind]
            marker.setData(x=[x for x, _, _ in shown], y=[y for _, y, _ in shown], data=[tip for _, _, tip in shown])
            marker.setVisible(bool(shown))
            if shown:
                self.legend.addItem(marker, marker.opts["name"])
        plot.getAxis("left").setTicks([[(row, track_label(track)) for row, track in enumerate(tracks)]])
        plot.setYRange(-0.7, max(len(tracks), 1) - 0.3, padding=0)
        xs = [x for shown in points.values() for x, _, _ in shown]
        today = timestamp(self.today)
        near = not xs or min(xs) - TODAY_REACH <= today <= max(xs) + TODAY_REACH
        self.today_line.setVisible(near)
        if near:
            xs.append(today)
        plot.setXRange(min(xs) - 30 * DAY, max(xs) + 30 * DAY, padding=0)

    # -- trend --------------------------------------------------------------------------------
    def _trend_items(self) -> None:
        plot = self.trend.getPlotItem()
        self.curves: list[pg.PlotCurveItem] = []  # one per milestone, made as needed and kept
        self.labels: list[pg.TextItem] = []  # the milestone numbers at the lines' ends
        self.diagonal = pg.PlotCurveItem(pen=pg.mkPen(PLAN, width=1, style=Qt.PenStyle.DashLine))
        plot.addItem(self.diagonal)
        self.due = pg.TextItem(self.tr("forecast = report date"), color=PLAN, anchor=(1, 1), angle=0)
        self.due.setFont(label_font())
        plot.addItem(self.due)
        self.points = pg.ScatterPlotItem(symbol="o", size=7)  # every line's points, in its colour
        self.points.setZValue(1)
        plot.addItem(self.points)

    def draw_trend(self, tracks: list[MilestoneTrack]) -> None:
        plot = self.trend.getPlotItem()
        if not hasattr(self, "curves"):
            self._trend_items()
        self.trend_lines = {}
        drawn = [t for t in tracks if t.points]
        values: list[float] = []
        ends: list[tuple[float, float, object, str]] = []  # where each line ends, its colour and number
        point_x: list[float] = []
        point_y: list[float] = []
        brushes, pens = [], []
        while len(self.curves) < len(drawn):
            curve = pg.PlotCurveItem()
            plot.addItem(curve)
            self.curves.append(curve)
        for index, (track, curve) in enumerate(zip(drawn, self.curves, strict=False)):
            xs = [timestamp(p.report_date) for p in track.points]
            ys = [timestamp(p.forecast) for p in track.points]
            values += xs + ys
            colour = pg.intColor(index, hues=max(len(drawn), 1), values=1, maxValue=200)
            curve.setData(xs, ys, pen=pg.mkPen(colour, width=2))
            curve.setVisible(True)
            curve.opts["name"] = track_label(track)
            brush, pen = pg.mkBrush(colour), pg.mkPen(colour)
            point_x += xs
            point_y += ys
            brushes += [brush] * len(xs)
            pens += [pen] * len(xs)
            self.trend_lines[track.milestone_id] = curve
            ends.append((xs[-1], ys[-1], colour, str(track.number or index + 1)))
        for curve in self.curves[len(drawn) :]:
            curve.setData([], [])
            curve.setVisible(False)
        self.points.setData(x=point_x, y=point_y, brush=brushes, pen=pens)
        labels = end_labels(ends, (max(values) - min(values)) * 0.035 if values else 0)
        while len(self.labels) < len(labels):
            label = pg.TextItem("", anchor=(-0.15, 0.5))
            label.setFont(label_font())
            plot.addItem(label)
            self.labels.append(label)
        for label, (x, y, colour, text) in zip(self.labels, labels, strict=False):
            label.setText(text, color=colour)
            label.setPos(x, y)
            label.setVisible(True)
        for label in self.labels[len(labels) :]:
            label.setVisible(False)
        self.diagonal.setVisible(bool(values))
        self.due.setVisible(bool(values))
        if not values:
            self.diagonal.setData([], [])
            return
        low, high = min(values) - 30 * DAY, max(values) + 30 * DAY
        self.diagonal.setData([low, high], [low, high])
        report_dates = [timestamp(p.report_date) for t in drawn for p in t.points]
        forecasts = [timestamp(p.forecast) for t in drawn for p in t.points]
        span = max(max(report_dates) - min(report_dates), 60 * DAY)
        plot.setXRange(min(report_dates) - span * 0.15, max(report_dates) + span * 0.3, padding=0)
        plot.setYRange(min(forecasts + report_dates), max(forecasts), padding=0.05)
        right = max(report_dates) + span * 0.25
        self.due.setPos(right, right)
