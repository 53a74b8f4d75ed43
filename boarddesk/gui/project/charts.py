"""What every BoardDesk chart shares: a date axis in the reader's format, a white page, zoom and pan
by keyboard as well as mouse.

This module imports pyqtgraph (half a second), so views import it only when a chart is first shown;
the window imports pyqtgraph in a background thread just after its first paint (views.preload_chart_library),
so by then it is usually loaded already.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPen
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from boarddesk.model.formatting import format_date

DAY = 86400.0
PAGE = QColor("white")  # every chart's background


def on_page(pen: QPen) -> QPen:
    """The pen with its see-through colour mixed onto the white page: the same grey to the eye, but
    an opaque line costs a tenth of a blended one. A date axis draws a grid line a month, a hundred
    of them, and blending those was most of a chart's paint."""
    colour = pen.color()
    alpha = colour.alphaF()
    if alpha >= 1.0:
        return pen
    mixed = QPen(pen)
    mixed.setColor(
        QColor.fromRgbF(
            *(
                part * alpha + page * (1 - alpha)
                for part, page in zip(colour.getRgbF()[:3], PAGE.getRgbF()[:3], strict=True)
            )
        )
    )
    return mixed


def timestamp(day: str | date) -> float:
    """An ISO date as the seconds pyqtgraph's date axes count (midnight UTC)."""
    value = date.fromisoformat(day) if isinstance(day, str) else day
    return datetime(value.year, value.month, value.day, tzinfo=UTC).timestamp()


class OpaqueGrid:
    """An axis whose grid lines are drawn opaque, in the grey they had on the white page."""

    def generateDrawSpecs(self, p):  # noqa: N802 (pyqtgraph's name)
        specs = super().generateDrawSpecs(p)
        if specs is None or self.grid is False:
            return specs
        axis, ticks, texts = specs
        return axis, [(on_page(pen), start, stop) for pen, start, stop in ticks], texts


class Axis(OpaqueGrid, pg.AxisItem):
    """A plain value axis."""


class DateAxis(OpaqueGrid, pg.DateAxisItem):
    """Dates as the reader writes them: 11.03.2024 and 03.2024 in nb, ISO in en."""

    def __init__(self, lang: str, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)
        self.lang = lang

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 (pyqtgraph's names)
        if self.orientation in ("bottom", "top"):
            return super().tickValues(minVal, maxVal, size)
        # Standing up, pyqtgraph's own choice drops the month labels; use the first of every n-th
        # month, with n chosen so labels are at least 28 pixels apart.
        first = datetime.fromtimestamp(max(minVal, 0), UTC).date()
        last = datetime.fromtimestamp(max(maxVal, 0), UTC).date()
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        step = next((n for n in (1, 2, 3, 6, 12, 24, 60) if months / n <= max(size / 28, 1)), 120)
        values, index = [], first.year * 12 + first.month - 1
        index += -index % step
        while (day := date(index // 12, index % 12 + 1, 1)) <= last:
            values.append(timestamp(day))
            index += step
        return [(step * 30 * DAY, values)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        labels = []
        for value in values:
            day = datetime.fromtimestamp(value, UTC).date()
            if spacing >= 300 * DAY:
                labels.append(str(day.year))
            elif spacing >= 25 * DAY:
                labels.append(day.strftime("%m.%Y") if self.lang == "nb" else day.strftime("%Y-%m"))
            else:
                labels.append(format_date(day, self.lang))
        return labels


class KeyboardZoom(QObject):
    """+ and - zoom, arrows pan, 0 or Home shows everything: the mouse's zoom and pan by keyboard;
    a blue frame round the plot shows it has the focus."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        super().__init__(plot)
        self.plot = plot
        plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plot.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            # a frame round the plot area shows the focus (a border on the view would clip the axes)
            focused = event.type() == QEvent.Type.FocusIn
            self.plot.getViewBox().setBorder(pg.mkPen("#1565c0", width=2) if focused else None)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        box = self.plot.getViewBox()
        (x0, x1), (y0, y1) = box.viewRange()
        dx, dy = (x1 - x0) * 0.1, (y1 - y0) * 0.1
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            box.scaleBy((0.8, 0.8))
        elif key == Qt.Key.Key_Minus:
            box.scaleBy((1.25, 1.25))
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            box.autoRange()
        elif key == Qt.Key.Key_Left:
            box.translateBy(x=-dx)
        elif key == Qt.Key.Key_Right:
            box.translateBy(x=dx)
        elif key == Qt.Key.Key_Up:
            box.translateBy(y=-dy if box.yInverted() else dy)
        elif key == Qt.Key.Key_Down:
            box.translateBy(y=dy if box.yInverted() else -dy)
        else:
            return False
        return True


def plot_widget(accessible_name: str, axis_items: dict | None = None) -> pg.PlotWidget:
    """A plot on white with a grid, readable axis fonts and keyboard zoom."""
    axes = {"left": Axis("left"), "bottom": Axis("bottom"), **(axis_items or {})}
    plot = pg.PlotWidget(background="w", axisItems=axes)
    plot.setAccessibleName(accessible_name)
    item = plot.getPlotItem()
    item.showGrid(x=True, y=True, alpha=0.25)
    item.setMenuEnabled(False)
    item.hideButtons()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTextPen("#222222")
        axis.setPen("#666666")
        # Under the plot area, not over it (pyqtgraph's 0.5): the grid lies beneath the data, so a
        # date axis's opaque grid lines never cut through a curve or a marker.
        axis.setZValue(-200)
    KeyboardZoom(plot)
    return plot


class ChartOrEmpty(QStackedWidget):
    """A chart, or in its place a plain message when there is nothing to draw: empty axes (with
    dates of 1970 along them) would look like a broken chart, not like no data."""

    def __init__(self, plot: pg.PlotWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plot
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAutoFillBackground(True)
        self.message.setStyleSheet("QLabel { background: white; color: #555555; font-size: 12pt; }")
        self.addWidget(plot)
        self.addWidget(self.message)

    def show_chart(self) -> None:
        self.setCurrentWidget(self.plot)

    def show_empty(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.setCurrentWidget(self.message)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.message
