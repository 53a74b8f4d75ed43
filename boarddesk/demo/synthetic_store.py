"""Large synthetic stores written straight through SQL, for the scale benchmark and its tests.

`synthetic.py` builds exchange documents, which is right for import tests but far too slow for
10 000 projects × 40 reports (millions of rows). This writer inserts the same kind of portfolio
with `executemany` in a few big transactions; the search-index triggers index the rows as they go
in. Deterministic for a given seed, so figures can be compared between runs.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from boarddesk.demo.synthetic import AREAS, RAGS, SEGMENTS, WORDS
from boarddesk.store import Store

Progress = Callable[[int, int], None]

# The benchmark's 10 000 × 40 makes 860 MB in about 75 s; twice that is the most it ever needs.
MAX_PROJECTS = 20_000
MAX_REPORTS = 60  # ten years of reports every two months


def size_problem(projects: int, reports: int) -> str | None:
    """Why a store of this size will not be generated, or None."""
    if not 1 <= projects <= MAX_PROJECTS:
        return f"--projects must be between 1 and {MAX_PROJECTS} (got {projects})"
    if not 1 <= reports <= MAX_REPORTS:
        return f"--reports must be between 1 and {MAX_REPORTS} per project (got {reports})"
    return None


MILESTONES_PER_PROJECT = 4
RISKS_PER_PROJECT = 3
PROGRAMME_EVERY = 25  # every 25th project is a programme; the next 24 belong to it
MEETINGS_PER_BOARD = 12
PROJECTS_PER_TRANSACTION = 250
PHASES = ("Konsept", "Planlegging", "Gjennomføring", "Avslutning")
ACTORS = ("Helse Nord RHF", "Helse Vest RHF", "Helse Sør-Øst RHF", "Norsk helsenett", "Direktoratet for e-helse")
FOCUS_AREAS = (
    "1.1 - Modernisere journal- og samhandlingsløsninger",
    "1.2 - Nasjonal infrastruktur",
    "2.1 - Digitale innbyggertjenester",
    "3.1 - Bedre bruk av helsedata",
)


@dataclass
class Rows:
    """The rows of one batch of projects, table by table, in insertion order."""

    tables: dict[str, list[tuple]] = field(default_factory=dict)

    def add(self, table: str, row: tuple) -> None:
        self.tables.setdefault(table, []).append(row)


_COLUMNS = {
    "projects": "id, board_id, position, name, kind, parent, project_number, actor, manager, description, "
    "segment, phase, start_date, end_date, focus_area, approved_frame_nok",
    "milestones": "id, project_id, position, number, name, planned, delivered",
    "risks": "id, project_id, position, number, description, probability, consequence, status",
    "risk_measures": "risk_id, position, text, done",
    "budget_lines": "project_id, position, post, approved_nok, booked_nok, forecast_nok",
    "dependencies": "id, project_id, position, on_project, what, category, criticality, status",
    "status_reports": "id, project_id, position, period, report_date, overall_status, status_comment, risk_level",
    "area_ratings": "report_id, position, area, rag, comment",
    "milestone_forecasts": "report_id, position, milestone, forecast, status",
    "risk_assessments": "report_id, position, risk, probability, consequence",
}


def _sql(table: str) -> str:
    columns = _COLUMNS[table]
    return f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(columns.split(',')))})"


class _Maker:
    def __init__(self, seed: int, board_id: str, periods: list[tuple[str, date]]) -> None:
        self.rng = random.Random(seed)
        self.board_id = board_id
        self.periods = periods

    def words(self, count: int) -> str:
        text = " ".join(self.rng.choices(WORDS, k=count))
        return text[0].upper() + text[1:] + "."

    def project(self, index: int, rows: Rows) -> None:
        rng, pid = self.rng, f"{self.board_id}-{index}"
        programme = index % PROGRAMME_EVERY == 0
        parent = None if programme else f"{self.board_id}-{index - index % PROGRAMME_EVERY}"
        start = date(2019, 1, 1) + timedelta(days=rng.randint(0, 900))
        rows.add(
            "projects",
            (
                pid,
                self.board_id,
                index,
                f"{'Program' if programme else 'Prosjekt'} {index + 1} {rng.choice(WORDS)}",
                "programme" if programme else "project",
                parent,
                f"P-{index + 1:05d}",
                rng.choice(ACTORS),
                f"Leder {rng.randint(1, 400)}",
                self.words(30),
                rng.choice(SEGMENTS),
                rng.choice(PHASES),
                start.isoformat(),
                (start + timedelta(days=rng.randint(700, 3000))).isoformat(),
                rng.choice(FOCUS_AREAS),
                rng.randint(5, 400) * 1_000_000,
            ),
        )
        milestones = [
            (f"{pid}-m{m}", start + timedelta(days=rng.randint(90, 2400))) for m in range(MILESTONES_PER_PROJECT)
        ]
        for m, (mid, planned) in enumerate(milestones):
            rows.add(
                "milestones",
                (mid, pid, m, f"M{m + 1}", f"Milepæl {m + 1} {rng.choice(WORDS)}", planned.isoformat(), "no"),
            )
        risks = [f"{pid}-r{r}" for r in range(RISKS_PER_PROJECT)]
        for r, rid in enumerate(risks):
            rows.add("risks", (rid, pid, r, str(r + 1), self.words(12), rng.randint(1, 5), rng.randint(1, 5), "open"))
            rows.add("risk_measures", (rid, 0, self.words(6), rng.random() < 0.4))
        for b, post in enumerate(("Investering", "Drift")):
            approved = rng.randint(1, 80) * 1_000_000
            rows.add(
                "budget_lines",
                (pid, b, post, approved, approved // rng.randint(2, 5), approved + rng.randint(-5, 10) * 500_000),
            )
        if index > 0 and rng.random() < 0.3:
            target = f"{self.board_id}-{rng.randrange(index)}"  # an earlier project: already written
            rows.add(
                "dependencies",
                (f"{pid}-d0", pid, 0, target, self.words(4), "Nasjonale løsninger", "high", rng.choice(RAGS[:-1])),
            )
        self.reports(pid, milestones, risks, rows)

    def reports(self, pid: str, milestones: list[tuple[str, date]], risks: list[str], rows: Rows) -> None:
        rng = self.rng
        forecasts = [planned for _, planned in milestones]
        positions = [(rng.randint(1, 5), rng.randint(1, 5)) for _ in risks]
        for number, (period_id, report_date) in enumerate(self.periods):
            rid = f"{pid}-s{number}"
            rows.add(
                "status_reports",
                (
                    rid,
                    pid,
                    number,
                    period_id,
                    report_date.isoformat(),
                    rng.choice(RAGS),
                    self.words(14),
                    rng.choice(RAGS),
                ),
            )
            for a, (key, _) in enumerate(AREAS):
                rows.add(
                    "area_ratings", (rid, a, key, rng.choice(RAGS), self.words(8) if rng.random() < 0.15 else None)
                )
            for m, (mid, _) in enumerate(milestones):
                if rng.random() < 0.25:  # a quarter of the reports move a milestone, mostly later
                    forecasts[m] += timedelta(days=rng.randint(-10, 60))
                rows.add("milestone_forecasts", (rid, m, mid, forecasts[m].isoformat(), rng.choice(RAGS[:-1])))
            for r, risk in enumerate(risks):
                if rng.random() < 0.2:
                    positions[r] = (rng.randint(1, 5), rng.randint(1, 5))
                rows.add("risk_assessments", (rid, r, risk, *positions[r]))


def _periods(board_id: str, reports: int) -> list[tuple[str, date, str]]:
    """Reporting periods about two months apart, the latest ending near today's date of 2026."""
    last = date(2026, 10, 31)
    ends = [last - timedelta(days=61 * (reports - 1 - i)) for i in range(reports)]
    return [(f"{board_id}-p{i}", end, f"Periode {i + 1} ({end.year})") for i, end in enumerate(ends)]


def _batches(total: int, size: int) -> Iterator[range]:
    for start in range(0, total, size):
        yield range(start, min(start + size, total))


def generate_store(
    store: Store,
    projects: int,
    reports: int,
    *,
    seed: int = 1,
    board_id: str = "syn",
    progress: Progress | None = None,
) -> dict[str, int]:
    """Add one synthetic portfolio board with `projects` projects of `reports` status reports each.

    Written in transactions of a few hundred projects, so memory stays flat and a crash midway
    leaves whole projects only. Returns how many rows of each table were written."""
    problem = size_problem(projects, reports)
    if problem:
        raise ValueError(problem)
    periods = _periods(board_id, reports)
    maker = _Maker(seed, board_id, [(pid, end) for pid, end, _ in periods])
    counts: dict[str, int] = {}
    with store.write() as conn:
        conn.execute(
            "INSERT INTO boards (id, name, short_name, kind, case_number_format, position) VALUES (?, ?, ?, ?, ?, "
            "(SELECT coalesce(max(position), -1) + 1 FROM boards))",
            (
                board_id,
                f"Syntetisk porteføljestyre ({projects} prosjekter)",
                f"Syntetisk {board_id}",
                "portfolio_board",
                "{seq}/{yy}",
            ),
        )
        conn.executemany(
            "INSERT INTO board_areas (board_id, position, key, name) VALUES (?, ?, ?, ?)",
            [(board_id, i, key, name) for i, (key, name) in enumerate(AREAS)],
        )
        conn.executemany(
            'INSERT INTO reporting_periods (id, board_id, position, name, "end") VALUES (?, ?, ?, ?, ?)',
            [(pid, board_id, i, name, end.isoformat()) for i, (pid, end, name) in enumerate(periods)],
        )
        conn.executemany(
            "INSERT INTO meetings (id, board_id, position, number, year, date, place) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    f"{board_id}-mt{i}",
                    board_id,
                    i,
                    i % 6 + 1,
                    2025 + i // 6,
                    f"{2025 + i // 6}-{i % 6 * 2 + 1:02d}-15",
                    "Elektronisk møte",
                )
                for i in range(MEETINGS_PER_BOARD)
            ],
        )
    for batch in _batches(projects, PROJECTS_PER_TRANSACTION):
        rows = Rows()
        for index in batch:
            maker.project(index, rows)
        with store.write() as conn:
            for table in _COLUMNS:  # parents before children
                conn.executemany(_sql(table), rows.tables.get(table, []))
                counts[table] = counts.get(table, 0) + len(rows.tables.get(table, []))
        if progress:
            progress(batch.stop, projects)
    return counts


def fast_bulk_pragmas(store: Store) -> None:
    """For a throw-away generated file only: trade crash safety for speed while it is written."""
    store.conn.execute("PRAGMA synchronous = OFF")
    store.conn.execute("PRAGMA cache_size = -200000")


def write_into_file(store: Store) -> None:
    """After a bulk generation: move the WAL's pages into the file, so the store opens at full speed."""
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
