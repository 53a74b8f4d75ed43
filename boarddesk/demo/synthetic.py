"""Synthetic portfolios of any size, for benchmarks and for tests of large imports.

The text is Norwegian-like and the numbers plausible, but nothing here is real board material;
it is deterministic for a given seed so figures can be compared between runs.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from boarddesk.exchange import FORMAT_NAME, SCHEMA_VERSION

AREAS = [
    ("scope", "Avgrensning og innhold"),
    ("economy", "Økonomi"),
    ("resources", "Ressurser"),
    ("progress", "Fremdrift"),
    ("external_dependencies", "Eksterne avhengigheter"),
    ("benefits", "Gevinstarbeid"),
]
WORDS = (
    "journal samhandling kjernejournal dokumentdeling helseplattformen legemiddelliste innføring gevinst "
    "forvaltning leverandør integrasjon utprøving fremdrift ressurser avklaring regionen helseforetak kommune "
    "plattform tjeneste pasient sykehus migrering test opplæring budsjett risiko avhengighet"
).split()
RAGS = ["green", "green", "green", "yellow", "yellow", "red", "grey"]
SEGMENTS = ["Samstyre", "Koordinere", "Observere"]


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def synthetic_document(projects: int, reports_per_project: int, seed: int = 1, board_id: str = "syn") -> dict[str, Any]:
    rng = random.Random(seed)
    first_report = date(2015, 1, 15)
    periods = [
        {
            "id": f"{board_id}-p{i}",
            "name": f"Periode {i + 1}",
            "end": (first_report + timedelta(days=61 * i)).isoformat(),
        }
        for i in range(reports_per_project)
    ]
    board = {
        "id": board_id,
        "name": f"Syntetisk porteføljestyre {board_id}",
        "kind": "portfolio_board",
        "case_number_format": "{seq}/{yy}",
        "areas": [{"key": key, "name": name} for key, name in AREAS],
        "reporting_periods": periods,
        "projects": [_project(rng, board_id, index, periods) for index in range(projects)],
    }
    return {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION, "boards": [board]}


def _project(rng: random.Random, board_id: str, index: int, periods: list[dict]) -> dict[str, Any]:
    pid = f"{board_id}-{index}"
    milestones = [
        {
            "id": f"{pid}-m{m}",
            "number": str(m + 1),
            "name": f"Milepæl {m + 1}",
            "planned": (date(2016, 1, 1) + timedelta(days=rng.randint(0, 2500))).isoformat(),
        }
        for m in range(4)
    ]
    reports = []
    for number, period in enumerate(periods):
        reports.append(
            {
                "id": f"{pid}-r{number}",
                "period": period["id"],
                "report_date": period["end"],
                "overall_status": rng.choice(RAGS),
                "risk_level": rng.choice(RAGS),
                "status_comment": _sentence(rng, 25),
                "areas": [
                    {
                        "area": key,
                        "rag": rng.choice(RAGS),
                        "comment": _sentence(rng, 10) if rng.random() < 0.3 else None,
                    }
                    for key, _ in AREAS
                ],
                "milestones": [
                    {
                        "milestone": m["id"],
                        "forecast": (
                            date.fromisoformat(m["planned"]) + timedelta(days=number * rng.randint(0, 20))
                        ).isoformat(),
                    }
                    for m in milestones
                ],
            }
        )
    for report in reports:
        report["areas"] = [{k: v for k, v in area.items() if v is not None} for area in report["areas"]]
    return {
        "id": pid,
        "name": f"Prosjekt {index + 1} {rng.choice(WORDS)}",
        "segment": rng.choice(SEGMENTS),
        "phase": rng.choice(["Konsept", "Planlegging", "Gjennomføring", "Avslutning"]),
        "actor": rng.choice(["Helse Nord RHF", "Helse Vest RHF", "Norsk helsenett", "Direktoratet for e-helse"]),
        "description": _sentence(rng, 40),
        "end_date": (date(2020, 1, 1) + timedelta(days=rng.randint(0, 2500))).isoformat(),
        "milestones": milestones,
        "risks": [
            {
                "id": f"{pid}-risk{r}",
                "number": str(r + 1),
                "description": _sentence(rng, 15),
                "probability": rng.randint(1, 5),
                "consequence": rng.randint(1, 5),
            }
            for r in range(3)
        ],
        "status_reports": reports,
    }
