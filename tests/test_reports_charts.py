"""Printed charts that read in black and white: shapes and direct labels, not colour alone;
every milestone labelled; ticks on calendar boundaries; overdue milestones flagged."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Group, Polygon, Rect, String

from boarddesk.reports import charts
from boarddesk.reports.documents import build_document
from boarddesk.services.portfolio.history import ForecastPoint, MilestoneTrack, RiskPosition

WIDTH = 480


def flat(drawing) -> list:
    shapes, todo = [], list(drawing.contents)
    while todo:
        shape = todo.pop(0)
        if isinstance(shape, Group):
            todo = list(shape.contents) + todo
        else:
            shapes.append(shape)
    return shapes


def texts(drawing) -> list[str]:
    return [s.text for s in flat(drawing) if isinstance(s, String)]


def track(number: int, name: str, forecasts: list[str], delivered: str | None = None) -> MilestoneTrack:
    reports = ["2023-09-01", "2024-01-15", "2024-04-10"]
    points = [ForecastPoint(f"r{i}", reports[i], f) for i, f in enumerate(forecasts)]
    return MilestoneTrack(f"m{number}", str(number), name, forecasts[0], delivered, points)


def test_no_trend_chart_from_fewer_than_three_reports():
    two = [track(1, "Pilot", ["2024-03-01", "2024-05-01"])]
    assert charts.milestone_trend(two, WIDTH, "nb") is None
    three = [track(1, "Pilot", ["2024-03-01", "2024-05-01", "2024-06-01"])]
    assert charts.milestone_trend(three, WIDTH, "nb") is not None


def test_trend_chart_labels_every_milestone_with_its_own_marker_shape():
    tracks = [
        track(n, f"Milepæl nummer {n}", ["2024-03-01", f"2024-0{n % 9 + 1}-15", "2024-10-01"]) for n in range(1, 33)
    ]
    drawing = charts.milestone_trend(tracks, WIDTH, "nb")
    shown = " ".join(texts(drawing))
    for n in (1, 31, 32):  # 31 and 32 used to fall off the legend
        assert f"{n} Milepæl nummer {n}" in shown, n
    kinds = {type(s) for s in flat(drawing)} & {Circle, Rect, Polygon}
    assert len(kinds) >= 3, "lines are told apart by shape, not by colour alone"


def test_ticks_fall_on_month_or_quarter_starts():
    for low, high in (("2023-11-17", "2024-05-03"), ("2021-02-10", "2024-08-20")):
        ticks = charts._ticks(date.fromisoformat(low).toordinal(), date.fromisoformat(high).toordinal())  # noqa: SLF001
        assert ticks and all(date.fromordinal(t).day == 1 for t in ticks)
        if high.startswith("2024-08"):
            assert {date.fromordinal(t).month for t in ticks} <= {1, 4, 7, 10}


def test_timeline_labels_keep_what_tells_them_apart_and_overdue_is_flagged():
    base = 'Produksjonssatt "Barn og unges tilgang til'
    tracks = [
        track(4, f"{base} egne journaldokumenter i Helsenorge", ["2024-01-10"]),
        track(5, f"{base} timebestilling og digital dialog", ["2024-06-10"], delivered="yes"),
    ]
    drawing = charts.milestone_timeline(tracks, WIDTH, "nb", as_of="2024-03-11")
    shown = "\n".join(texts(drawing))
    assert "journaldokumenter" in shown and "timebestilling" in shown
    assert shown.count("!") == 2, "the undelivered milestone whose forecast has passed is marked (and the legend)"
    assert "Forfalt, ikke levert" in shown


def test_risk_matrix_text_is_at_least_8_points():
    risks = [
        RiskPosition("r1", "1", "Risiko", "open", 4, 5, 3, 5),
        RiskPosition("r2", "12", "Risiko", "open", 4, 5, None, None),
    ]
    drawing = charts.risk_matrix(risks, "nb")
    sizes = [s.fontSize for s in flat(drawing) if isinstance(s, String)]
    assert sizes and min(sizes) >= 8


def test_history_grid_uses_the_screens_shapes(demo_store, tmp_path):
    out = tmp_path / "hn.pdf"
    build_document(demo_store, "pack", "hn-m-2024-04-25", out)
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "● G" in text and "▲ G" in text and "■ R" in text
