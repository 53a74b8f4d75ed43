"""Project history as the views and printed reports draw it: RAG per period, slips, risk moves."""

from boarddesk.services.portfolio.history import STATUS_ROW, milestone_tracks, rag_history, risk_level, risk_positions


def test_rag_history_has_a_column_per_report_and_a_row_per_area(demo_store):
    history = rag_history(demo_store, "hn-p-dis-digital-dialog")
    assert [c.report_date for c in history.columns] == ["2024-01-22", "2024-03-11"]
    assert history.rows[0].key == STATUS_ROW
    names = [row.name for row in history.rows]
    assert names[2:] == [
        "Avgrensning og innhold",
        "Økonomi",
        "Ressurser",
        "Fremdrift",
        "Eksterne avhengigheter",
        "Gevinstarbeid",
    ]
    assert all(len(row.cells) == 2 for row in history.rows)


def test_milestone_track_keeps_every_forecast_so_the_slip_shows(demo_store):
    tracks = {t.milestone_id: t for t in milestone_tracks(demo_store, "hn-p-dis-digital-dialog")}
    moved = [t for t in tracks.values() if len({p.forecast for p in t.points}) > 1]
    assert moved, "the Helse Nord report moves a Digital dialog milestone from 19.2.2024 to 3.6.2024"
    track = moved[0]
    assert [p.forecast for p in track.points] == ["2024-02-19", "2024-06-03"]
    assert track.current_forecast == "2024-06-03" and track.slip_days > 0


def test_risk_positions_show_the_move_between_reports(demo_store):
    with demo_store.write() as conn:
        conn.execute("UPDATE risks SET probability = 3, consequence = 4 WHERE id = 'pds-risk-13'")
        conn.execute(
            "INSERT INTO status_reports (id, project_id, report_date) VALUES ('r-old', 'pds-prog', '2021-06-01')"
        )
        conn.execute(
            "INSERT INTO risk_assessments (report_id, position, risk, probability, consequence) VALUES ('r-old', 0, 'pds-risk-13', 2, 4)"
        )
        conn.execute(
            "INSERT INTO risk_assessments (report_id, position, risk, probability, consequence) "
            "SELECT id, 0, 'pds-risk-13', 4, 5 FROM status_reports WHERE project_id = 'pds-prog' AND report_date = '2021-11-24'"
        )
    risk = next(r for r in risk_positions(demo_store, "pds-prog") if r.number == "13")
    assert (risk.previous_probability, risk.previous_consequence) == (2, 4)
    assert (risk.probability, risk.consequence) == (4, 5) and risk.moved


def test_matrix_levels():
    assert risk_level(1, 1) == "low" and risk_level(2, 3) == "medium" and risk_level(5, 3) == "high"


def test_a_milestone_past_its_date_and_not_delivered_on_the_latest_report_is_overdue(demo_store):
    from boarddesk.services.portfolio.history import milestone_tracks

    tracks = {t.number: t for t in milestone_tracks(demo_store, "hn-p-dis-pasientbrev")}
    ten = tracks["10"]
    assert ten.current_forecast == "2023-11-30" and ten.as_of == "2024-03-11" and ten.delivered != "yes"
    assert ten.overdue, "planned 30.11.2023, not delivered on 11.03.2024"
    assert not any(t.overdue for t in tracks.values() if t.delivered == "yes")
