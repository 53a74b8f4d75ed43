"""Charts of a status report as vector drawings (reportlab.graphics), sharp on paper at any size.

Each takes the history service's data, so the printed charts match the ones on screen."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from boarddesk.model.formatting import format_report_date
from boarddesk.reports.fonts import BOLD, REGULAR, register_fonts
from boarddesk.reports.labels import labels
from boarddesk.reports.layout import INK, MUTED, RAG_FILL, RULE
from boarddesk.services.portfolio.history import MilestoneTrack, RiskPosition, risk_level

LEVEL_FILL = {
    "low": colors.HexColor("#c8e6c9"),
    "medium": colors.HexColor("#fff59d"),
    "high": colors.HexColor("#ef9a9a"),
}
LEVEL_LETTER = {"nb": {"low": "L", "medium": "M", "high": "H"}, "en": {"low": "L", "medium": "M", "high": "H"}}
SERIES = ["#1f4e79", "#c0504d", "#4f8a3c", "#8064a2", "#d07a12", "#2f8f9d", "#7f6000", "#a5376b"]


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def _short(day: int) -> str:
    """A tick's date as an axis label: the ticks fall on month starts, so «03.2024»."""
    return date.fromordinal(day).strftime("%m.%Y")


def _ticks(low: int, high: int) -> list[int]:
    """Axis ticks on calendar boundaries: month starts, or quarter starts (or years) on a long axis."""
    first, last = date.fromordinal(low), date.fromordinal(high)
    months = (last.year - first.year) * 12 + last.month - first.month
    step = 1 if months <= 8 else 3 if months <= 30 else 6 if months <= 60 else 12
    year, month = first.year, first.month
    ticks = []
    while (year, month) <= (last.year, last.month):
        day = date(year, month, 1).toordinal()
        if low <= day <= high and (month - 1) % step == 0:
            ticks.append(day)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return ticks


def _wrapped(text: str, room: float, size: float, lines: int = 2) -> list[str]:
    """Text in at most `lines` lines of `room` points, broken between words; the last cut with an
    ellipsis only when it still does not fit (never every label cut to the same prefix)."""
    register_fonts()  # measured in the embedded font
    out, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, REGULAR, size) <= room or not line:
            line = trial
        else:
            out.append(line)
            line = word
    out.append(line)
    if len(out) > lines:
        out = out[: lines - 1] + [" ".join(out[lines - 1 :])]
    last = out[-1]
    while stringWidth(last, REGULAR, size) > room and len(last) > 1:
        last = last[:-2].rstrip() + "…"
    return [*out[:-1], last]


def _label(track: MilestoneTrack) -> str:
    return f"{track.number}  {track.name}" if track.number else track.name


def overdue(track: MilestoneTrack, as_of: str | None) -> bool:
    """Not delivered, and its forecast lies before the date of the report that shows it."""
    forecast = track.current_forecast
    return bool(as_of and forecast and forecast < as_of and track.delivered not in ("yes", "redefined"))


def milestone_timeline(
    tracks: list[MilestoneTrack], width: float, lang: str, as_of: str | None = None
) -> Drawing | None:
    """One row a milestone: hollow diamond at the original plan, filled one at today's forecast,
    and a bar between them showing the slip. Delivered milestones carry a tick; overdue ones (not
    delivered, forecast before `as_of`) a marked «!»."""
    dated = [t for t in tracks if t.planned or t.current_forecast]
    if not dated:
        return None
    days = [_day(d) for t in dated for d in (t.planned, t.current_forecast) if d]
    low, high = min(days) - 15, max(days) + 15
    if high - low < 90:  # a single date or a short plan: give the axis some room
        low, high = low - 30, high + 30
    label_w, line_h, top, size = 62 * mm, 3.2 * mm, 8 * mm, 7
    labels_of = [_wrapped(_label(t), label_w - 3 * mm, size) for t in dated]
    rows = [max(5.2 * mm, len(lines) * line_h + 1.5 * mm) for lines in labels_of]
    height = top + sum(rows) + 6 * mm
    drawing = Drawing(width, height)
    plot_w = width - label_w - 8 * mm

    def x(day: int) -> float:
        return label_w + (day - low) / (high - low) * plot_w

    for tick in _ticks(low, high):
        drawing.add(Line(x(tick), 5 * mm, x(tick), height - top + 2 * mm, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(
            String(
                x(tick),
                height - top + 3.5 * mm,
                _short(tick),
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    y_top = height - top
    for track, lines, row_h in zip(dated, labels_of, rows, strict=True):
        y = y_top - row_h / 2
        for i, line in enumerate(lines):
            baseline = y + (len(lines) - 1) * line_h / 2 - i * line_h - 2.3
            drawing.add(String(0, baseline, line, fontName=REGULAR, fontSize=size, fillColor=INK))
        y_top -= row_h
        planned = _day(track.planned) if track.planned else None
        forecast = _day(track.current_forecast) if track.current_forecast else None
        if planned and forecast and forecast != planned:
            late = forecast > planned
            colour = RAG_FILL["red"] if late else RAG_FILL["green"]
            drawing.add(
                Line(
                    x(planned),
                    y,
                    x(forecast),
                    y,
                    strokeColor=colour,
                    strokeWidth=2,
                    strokeDashArray=None if late else [2, 1],
                )
            )
        if planned:
            drawing.add(_diamond(x(planned), y, 2.4, None))
        if forecast:
            drawing.add(_diamond(x(forecast), y, 2.6, INK))
        if track.delivered == "yes" and forecast:
            drawing.add(String(x(forecast) + 4, y - 2.5, "✓", fontName=BOLD, fontSize=8, fillColor=RAG_FILL["green"]))
        elif overdue(track, as_of) and forecast:
            drawing.add(_overdue_mark(x(forecast) + 6, y))
    words = labels(lang)
    legend = [
        (_diamond(label_w, 1.5 * mm, 2.2, None), words["planned"]),
        (_diamond(label_w, 1.5 * mm, 2.2, INK), words["forecast"]),
    ]
    if as_of and any(overdue(t, as_of) for t in dated):
        legend.append((_overdue_mark(label_w, 1.5 * mm), words["overdue"]))
    for i, (mark, text) in enumerate(legend):
        mark.translate(i * 28 * mm, 0)
        drawing.add(mark)
        drawing.add(String(label_w + i * 28 * mm + 5, 0.5 * mm, text, fontName=REGULAR, fontSize=6.5, fillColor=MUTED))
    return drawing


def _overdue_mark(cx: float, cy: float) -> Group:
    """A red-edged triangle with «!»: overdue, readable in grey too."""
    r = 3.2
    return Group(
        Polygon(
            [cx - r, cy - r * 0.8, cx + r, cy - r * 0.8, cx, cy + r],
            fillColor=colors.white,
            strokeColor=RAG_FILL["red"],
            strokeWidth=0.9,
        ),
        String(cx, cy - r * 0.65, "!", fontName=BOLD, fontSize=5.5, fillColor=INK, textAnchor="middle"),
    )


def _diamond(cx: float, cy: float, r: float, fill) -> Group:
    return Group(
        Polygon(
            [cx, cy + r, cx + r, cy, cx, cy - r, cx - r, cy],
            fillColor=fill if fill is not None else colors.white,
            strokeColor=INK,
            strokeWidth=0.6,
        )
    )


MARKERS = ("circle", "square", "triangle", "diamond", "down", "cross")
DASHES = (None, [4, 2], [1, 1.5], [6, 2, 1, 2])
MIN_REPORTS = 3  # a trend needs three reports: two points make a line, not a trend


def _marker(kind: str, cx: float, cy: float, colour, r: float = 1.9):
    """Shapes that tell the lines apart where colour does not (in grey, to the colour-blind)."""
    if kind == "circle":
        return Circle(cx, cy, r, fillColor=colour, strokeColor=colour)
    if kind == "square":
        return Rect(cx - r, cy - r, 2 * r, 2 * r, fillColor=colour, strokeColor=colour)
    if kind == "triangle":
        return Polygon([cx - r, cy - r, cx + r, cy - r, cx, cy + r], fillColor=colour, strokeColor=colour)
    if kind == "down":
        return Polygon([cx - r, cy + r, cx + r, cy + r, cx, cy - r], fillColor=colors.white, strokeColor=colour)
    if kind == "diamond":
        return Polygon([cx, cy + r, cx + r, cy, cx, cy - r, cx - r, cy], fillColor=colors.white, strokeColor=colour)
    return Group(
        Line(cx - r, cy - r, cx + r, cy + r, strokeColor=colour, strokeWidth=1),
        Line(cx - r, cy + r, cx + r, cy - r, strokeColor=colour, strokeWidth=1),
    )


def milestone_trend(tracks: list[MilestoneTrack], width: float, lang: str) -> Drawing | None:
    """Milestone trend analysis: report date across, forecast date up; one line per milestone,
    each with its own marker shape and dash and labelled at its end, so it reads in black and
    white. A flat line keeps its date, a rising line slips. Needs three reports or more."""
    series = [t for t in tracks if len(t.points) >= 2]
    if len({p.report_date for t in series for p in t.points}) < MIN_REPORTS:
        return None
    xs = [_day(p.report_date) for t in series for p in t.points]
    ys = [_day(p.forecast) for t in series for p in t.points]
    x_low, x_high = min(xs) - 10, max(xs) + 10
    y_low, y_high = min(ys) - 20, max(ys) + 20
    label_h = 3.3 * mm
    left, bottom, legend_w = 16 * mm, 8 * mm, 62 * mm
    height = max(62 * mm, bottom + 6 * mm + label_h * len(series))  # room for every label, none cut off
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
                _short(tick),
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
    ends = []
    for index, track in enumerate(series):
        colour = colors.HexColor(SERIES[index % len(SERIES)])
        marker = MARKERS[index % len(MARKERS)]
        points: list[float] = []
        for p in track.points:
            points += [px(_day(p.report_date)), py(_day(p.forecast))]
        drawing.add(PolyLine(points, strokeColor=colour, strokeWidth=1.1, strokeDashArray=DASHES[index % len(DASHES)]))
        for i in range(0, len(points), 2):
            drawing.add(_marker(marker, points[i], points[i + 1], colour))
        ends.append((points[-1], track, colour, marker))
    # Each line labelled beside the plot at the height where it ends, moved apart just enough not to overlap.
    placed = _spread([y for y, *_ in ends], label_h, bottom, bottom + plot_h)
    label_x = left + plot_w + 3 * mm
    for (end_y, track, colour, marker), y in zip(ends, placed, strict=True):
        drawing.add(Line(left + plot_w, end_y, label_x, y, strokeColor=colour, strokeWidth=0.4))
        drawing.add(_marker(marker, label_x + 2 * mm, y, colour, 1.6))
        text = _wrapped(_label(track), legend_w - 8 * mm, 6.5, lines=1)[0]
        drawing.add(String(label_x + 4.5 * mm, y - 2.2, text, fontName=REGULAR, fontSize=6.5, fillColor=INK))
    return drawing


def _spread(wanted: list[float], gap: float, low: float, high: float) -> list[float]:
    """Label heights as near `wanted` as they can be while `gap` apart, within low..high where room allows."""
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    placed = [0.0] * len(wanted)
    floor = low
    for i in order:
        placed[i] = max(wanted[i], floor)
        floor = placed[i] + gap
    overflow = floor - gap - high
    if overflow > 0:  # pushed past the top: move the whole stack down, as far as the bottom allows
        shift = min(overflow, min(placed) - low + overflow) if placed else 0
        placed = [y - shift for y in placed]
    return placed


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
                    fontSize=8,
                    fillColor=MUTED,
                    textAnchor="end",
                )
            )
    for i in range(1, 6):  # consequence along the bottom, probability up the side
        for x, y in ((left + (i - 0.5) * cell, bottom - 4 * mm), (left - 2.5 * mm, bottom + (i - 0.5) * cell - 2)):
            drawing.add(String(x, y, str(i), fontName=REGULAR, fontSize=8, fillColor=INK, textAnchor="middle"))
    drawing.add(
        String(
            left + size / 2,
            0.5 * mm,
            words["consequence"],
            fontName=BOLD,
            fontSize=8,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    label = Group(String(0, 0, words["probability"], fontName=BOLD, fontSize=8, fillColor=INK, textAnchor="middle"))
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
        drawing.add(String(x, y, "(" + ",".join(numbers) + ")", fontName=REGULAR, fontSize=8, fillColor=MUTED))
    for (p, c), numbers in placed.items():
        x, y = left + (c - 0.5) * cell, bottom + (p - 0.5) * cell - 2.5
        text = ",".join(numbers)
        drawing.add(String(x, y, text, fontName=BOLD, fontSize=8, fillColor=INK, textAnchor="middle"))
    return drawing
