"""Charts of a status report as vector drawings (reportlab.graphics), sharp on paper at any size.

Each takes the history service's data, so the printed charts match the ones on screen."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from boarddesk.model.formatting import format_report_date
from boarddesk.reports.fonts import BOLD, REGULAR
from boarddesk.reports.labels import labels
from boarddesk.reports.layout import INK, MUTED, RAG_FILL, RULE
from boarddesk.services.history import MilestoneTrack, RiskPosition, risk_level

LEVEL_FILL = {
    "low": colors.HexColor("#c8e6c9"),
    "medium": colors.HexColor("#fff59d"),
    "high": colors.HexColor("#ef9a9a"),
}
LEVEL_LETTER = {"nb": {"low": "L", "medium": "M", "high": "H"}, "en": {"low": "L", "medium": "M", "high": "H"}}
SERIES = ["#1f4e79", "#c0504d", "#4f8a3c", "#8064a2", "#d07a12", "#2f8f9d", "#7f6000", "#a5376b"]


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def _short(day: int, span: int = 365) -> str:
    """A date as an axis label: «03.2024», or «14.03.24» when the axis covers only months."""
    return date.fromordinal(day).strftime("%d.%m.%y" if span < 240 else "%m.%Y")


def _ticks(low: int, high: int, count: int = 5) -> list[int]:
    step = max((high - low) / max(count - 1, 1), 1)
    return [round(low + i * step) for i in range(count)]


def _label(track: MilestoneTrack, room: int = 38) -> str:
    """«3  Testing av teknisk løsning», cut with an ellipsis to fit `room` characters."""
    text = f"{track.number}  {track.name}" if track.number else track.name
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"


def milestone_timeline(tracks: list[MilestoneTrack], width: float, lang: str) -> Drawing | None:
    """One row a milestone: hollow diamond at the original plan, filled one at today's forecast,
    and a bar between them showing the slip. Delivered milestones carry a tick."""
    dated = [t for t in tracks if t.planned or t.current_forecast]
    if not dated:
        return None
    days = [_day(d) for t in dated for d in (t.planned, t.current_forecast) if d]
    low, high = min(days) - 15, max(days) + 15
    if high - low < 90:  # a single date or a short plan: give the axis some room
        low, high = low - 30, high + 30
    label_w, row_h, top = 62 * mm, 5.2 * mm, 8 * mm
    height = top + row_h * len(dated) + 4 * mm
    drawing = Drawing(width, height)
    plot_w = width - label_w - 4 * mm

    def x(day: int) -> float:
        return label_w + (day - low) / (high - low) * plot_w

    for tick in _ticks(low, high):
        drawing.add(Line(x(tick), 3 * mm, x(tick), height - top + 2 * mm, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(
            String(
                x(tick),
                height - top + 3.5 * mm,
                _short(tick, high - low),
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for row, track in enumerate(dated):
        y = height - top - (row + 0.6) * row_h
        drawing.add(String(0, y - 2, _label(track), fontName=REGULAR, fontSize=7, fillColor=INK))
        planned = _day(track.planned) if track.planned else None
        forecast = _day(track.current_forecast) if track.current_forecast else None
        if planned and forecast and forecast != planned:
            colour = RAG_FILL["red"] if forecast > planned else RAG_FILL["green"]
            drawing.add(Line(x(planned), y, x(forecast), y, strokeColor=colour, strokeWidth=2))
        if planned:
            drawing.add(_diamond(x(planned), y, 2.4, None))
        if forecast:
            drawing.add(_diamond(x(forecast), y, 2.6, INK))
        if track.delivered == "yes" and forecast:
            drawing.add(String(x(forecast) + 4, y - 2.5, "✓", fontName=BOLD, fontSize=8, fillColor=RAG_FILL["green"]))
    words = labels(lang)
    drawing.add(_diamond(label_w, 1.5 * mm, 2.2, None))
    drawing.add(String(label_w + 5, 0.5 * mm, words["planned"], fontName=REGULAR, fontSize=6.5, fillColor=MUTED))
    drawing.add(_diamond(label_w + 28 * mm, 1.5 * mm, 2.2, INK))
    drawing.add(
        String(label_w + 28 * mm + 5, 0.5 * mm, words["forecast"], fontName=REGULAR, fontSize=6.5, fillColor=MUTED)
    )
    return drawing


def _diamond(cx: float, cy: float, r: float, fill) -> Polygon:
    return Polygon(
        [cx, cy + r, cx + r, cy, cx, cy - r, cx - r, cy],
        fillColor=fill if fill is not None else colors.white,
        strokeColor=INK,
        strokeWidth=0.6,
    )


def milestone_trend(tracks: list[MilestoneTrack], width: float, lang: str) -> Drawing | None:
    """Milestone trend analysis: report date across, forecast date up; one line per milestone.
    A flat line keeps its date, a rising line slips. Needs at least two reports to say anything."""
    series = [t for t in tracks if len(t.points) >= 2]
    if not series:
        return None
    xs = [_day(p.report_date) for t in series for p in t.points]
    ys = [_day(p.forecast) for t in series for p in t.points]
    x_low, x_high = min(xs) - 10, max(xs) + 10
    y_low, y_high = min(ys) - 20, max(ys) + 20
    height = 62 * mm
    left, bottom, legend_w = 16 * mm, 8 * mm, 52 * mm
    plot_w, plot_h = width - left - legend_w, height - bottom - 4 * mm
    drawing = Drawing(width, height)

    def px(day: int) -> float:
        return left + (day - x_low) / (x_high - x_low) * plot_w

    def py(day: int) -> float:
        return bottom + (day - y_low) / (y_high - y_low) * plot_h

    drawing.add(Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeColor=RULE, strokeWidth=0.5))
    for tick in _ticks(y_low, y_high):
        drawing.add(Line(left, py(tick), left + plot_w, py(tick), strokeColor=RULE, strokeWidth=0.25))
        drawing.add(
            String(
                left - 2,
                py(tick) - 2,
                _short(tick, y_high - y_low),
                fontName=REGULAR,
                fontSize=6,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    # Each report's column, labelled with its date as precise as the paper gives it.
    columns = {_day(p.report_date): p.date_precision for t in series for p in t.points}
    for column, precision in sorted(columns.items()):
        day = date.fromordinal(column).isoformat()
        drawing.add(
            String(
                px(column),
                bottom - 7,
                format_report_date(day, precision, lang) or labels(lang)["undated"],
                fontName=REGULAR,
                fontSize=6,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for index, track in enumerate(series):
        colour = colors.HexColor(SERIES[index % len(SERIES)])
        points: list[float] = []
        for p in track.points:
            points += [px(_day(p.report_date)), py(_day(p.forecast))]
        drawing.add(PolyLine(points, strokeColor=colour, strokeWidth=1.2))
        for i in range(0, len(points), 2):
            drawing.add(Circle(points[i], points[i + 1], 1.6, fillColor=colour, strokeColor=colour))
        ly = height - 6 * mm - index * 4 * mm
        if ly > 2 * mm:
            drawing.add(
                Line(
                    left + plot_w + 4 * mm, ly + 1, left + plot_w + 9 * mm, ly + 1, strokeColor=colour, strokeWidth=1.5
                )
            )
            drawing.add(
                String(
                    left + plot_w + 10.5 * mm, ly - 1, _label(track, 30), fontName=REGULAR, fontSize=6.5, fillColor=INK
                )
            )
    return drawing


def risk_matrix(positions: list[RiskPosition], lang: str, size: float = 60 * mm) -> Drawing:
    """The 5×5 matrix, cells shaded and lettered low/medium/high, each open risk's number in its
    cell; a risk that moved since the last report shows where it was, in grey."""
    words = labels(lang)
    cell = size / 5
    left, bottom = 10 * mm, 10 * mm
    drawing = Drawing(left + size + 4 * mm, bottom + size + 2 * mm)
    for p in range(1, 6):
        for c in range(1, 6):
            level = risk_level(p, c)
            x, y = left + (c - 1) * cell, bottom + (p - 1) * cell
            drawing.add(Rect(x, y, cell, cell, fillColor=LEVEL_FILL[level], strokeColor=colors.white, strokeWidth=1))
            drawing.add(
                String(
                    x + cell - 1.5,
                    y + 1.5,
                    LEVEL_LETTER.get(lang, LEVEL_LETTER["nb"])[level],
                    fontName=REGULAR,
                    fontSize=5.5,
                    fillColor=MUTED,
                    textAnchor="end",
                )
            )
    for i in range(1, 6):  # consequence along the bottom, probability up the side
        for x, y in ((left + (i - 0.5) * cell, bottom - 4 * mm), (left - 2.5 * mm, bottom + (i - 0.5) * cell - 2)):
            drawing.add(String(x, y, str(i), fontName=REGULAR, fontSize=7, fillColor=INK, textAnchor="middle"))
    drawing.add(
        String(
            left + size / 2,
            0.5 * mm,
            words["consequence"],
            fontName=BOLD,
            fontSize=7,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    label = Group(String(0, 0, words["probability"], fontName=BOLD, fontSize=7, fillColor=INK, textAnchor="middle"))
    label.transform = (0, 1, -1, 0, 3 * mm, bottom + size / 2)
    drawing.add(label)
    placed: dict[tuple[int, int], list[str]] = {}
    moved: dict[tuple[int, int], list[str]] = {}
    for risk in positions:
        if risk.status == "closed" or not risk.probability or not risk.consequence:
            continue
        placed.setdefault((risk.probability, risk.consequence), []).append(risk.number)
        if risk.moved:
            moved.setdefault((risk.previous_probability, risk.previous_consequence), []).append(risk.number)
    for (p, c), numbers in moved.items():
        x, y = left + (c - 1) * cell + 1.5, bottom + p * cell - 6
        drawing.add(String(x, y, "(" + ",".join(numbers) + ")", fontName=REGULAR, fontSize=5.5, fillColor=MUTED))
    for (p, c), numbers in placed.items():
        x, y = left + (c - 0.5) * cell, bottom + (p - 0.5) * cell - 2.5
        text = ",".join(numbers)
        drawing.add(
            String(x, y, text, fontName=BOLD, fontSize=7.5 if len(text) < 8 else 6, fillColor=INK, textAnchor="middle")
        )
    return drawing
