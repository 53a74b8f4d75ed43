"""A small exchange document that uses every kind of thing and every rule tying them together,
for the refusal tests and the fuzzer: valid as it is, so each test changes one thing."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from boarddesk.store import Store

PDF = b"%PDF-1.4 saksdokument 41/21"


def sample_document(board: str = "b1") -> dict[str, Any]:
    """One board; every id starts with the board's id, so two samples can live in one store."""

    def i(name: str) -> str:
        return f"{board}-{name}"

    return {
        "format": "boarddesk-exchange",
        "schema_version": 2,
        "boards": [
            {
                "id": board,
                "name": "Programstyret for digital samhandling",
                "kind": "programme_board",
                "case_number_format": "{seq}/{yy}",
                "areas": [{"key": "progress", "name": "Fremdrift"}, {"key": "economy", "name": "Økonomi"}],
                "members": [
                    {"id": i("m1"), "name": "Kari Nordmann", "role": "chair"},
                    {"id": i("m2"), "name": "Ola Nordmann"},
                    {"id": i("m3"), "name": "Per Vara", "role": "deputy", "deputy_for": i("m2")},
                ],
                "reporting_periods": [{"id": i("rp1"), "name": "November 2021", "start": "2021-11-01"}],
                "projects": [
                    {"id": i("prog"), "name": "Program", "kind": "programme", "approved_frame_nok": 146000000},
                    {
                        "id": i("p1"),
                        "name": "Kjernejournal",
                        "parent": i("prog"),
                        "status_reports": [
                            {
                                "id": i("sr1"),
                                "period": i("rp1"),
                                "report_date": "2021-11-30",
                                "overall_status": "yellow",
                                "areas": [
                                    {"area": "progress", "rag": "green"},
                                    {"area": "economy", "rag": "red", "comment": "Overskridelse"},
                                ],
                                "milestones": [{"milestone": i("ms1"), "forecast": "2022-03-01", "status": "yellow"}],
                                "risks": [{"risk": i("r1"), "probability": 3, "consequence": 4}],
                            }
                        ],
                        "milestones": [{"id": i("ms1"), "name": "Go-live", "planned": "2022-01-15"}],
                        "risks": [
                            {
                                "id": i("r1"),
                                "number": "13",
                                "description": "Leverandør forsinket",
                                "measures": [{"text": "Ukentlig oppfølging", "done": False}],
                            }
                        ],
                        "dependencies": [{"id": i("dep1"), "on_project": i("prog"), "criticality": "high"}],
                        "budget_lines": [
                            {
                                "post": "Investering",
                                "approved_nok": 28300000,
                                "booked_nok": 12000000,
                                "forecast_nok": 29000000,
                            }
                        ],
                        "funding": [{"source": "Helse Nord", "year": 2022, "amount_nok": 5000000}],
                        "operating_cost_changes": [{"solution": "Drift", "year": 2023, "amount_nok": -1200000}],
                        "benefits": [{"years": 10, "net_value_nok": -13000000}],
                        "decision_history": [{"date": "2020-06-17", "body": "Styret", "text": "Godkjent fase 2"}],
                    },
                ],
                "meetings": [
                    {
                        "id": i("mt6"),
                        "number": 6,
                        "year": 2021,
                        "date": "2021-10-20",
                        "chair": i("m1"),
                        "secretary": i("m2"),
                        "invitees": [{"member": i("m1")}, {"name": "Gjest Gjestesen", "organisation": "NHN"}],
                        "attendance": [
                            {"member": i("m1"), "status": "present"},
                            {"member": i("m3"), "status": "present", "deputy_for": i("m2")},
                            {"guest": "Gjest Gjestesen", "status": "present", "arrived_at_case": i("c1")},
                        ],
                        "minutes": {"status": "approved", "approved_at": "2021-11-24", "sha256": "ab" * 32},
                        "minutes_signers": [{"member": i("m1"), "is_chair": True}, {"member": i("m3")}],
                        "minutes_amendments": [
                            {"id": i("am1"), "date": "2021-12-01", "reason": "Skrivefeil", "text": "Rettet dato"}
                        ],
                    },
                    {"id": i("mt7"), "number": 7, "year": 2021, "date": "2021-11-24"},
                ],
                "cases": [
                    {
                        "id": i("c1"),
                        "title": "Status for programmet",
                        "meeting": i("mt6"),
                        "position": 1,
                        "year": 2021,
                        "seq": 41,
                        "state": "decided",
                        "parts": [{"title": "Status", "type": "decision"}],
                        "projects": [i("p1")],
                        "status_reports": [i("sr1")],
                        "attachments": [i("a1")],
                        "decision": {"text": "Tatt til orientering", "unanimous": True, "disqualified": [i("m2")]},
                    },
                    {"id": i("c2"), "title": "Eventuelt", "meeting": i("mt7"), "year": 2021, "seq": 42},
                ],
                "action_points": [{"id": i("ap1"), "text": "Følg opp", "meeting": i("mt6"), "case": i("c1")}],
                "attachments": [
                    {
                        "id": i("a1"),
                        "filename": "sak.pdf",
                        "sha256": hashlib.sha256(PDF).hexdigest(),
                        "content_base64": base64.b64encode(PDF).decode("ascii"),
                    }
                ],
                "annotations": [
                    {
                        "id": i("n1"),
                        "author": "Kari",
                        "target_kind": "case",
                        "target_id": i("c1"),
                        "text": "Spørsmål om fremdrift",
                        "shared": True,
                    },
                    {
                        "id": i("n2"),
                        "author": "Kari",
                        "target_kind": "attachment",
                        "target_id": i("a1"),
                        "text": "Min private tanke",
                        "shared": False,
                        "anchor_kind": "highlight",
                        "page": 0,
                        "region": "0.1000,0.2000,0.5000,0.0500",
                        "quote": "saksdokument",
                    },
                ],
            }
        ],
    }


def dump(store: Store) -> list[str]:
    """The whole store as SQL, as `sqlite3 FILE .dump` shows it."""
    return list(store.conn.iterdump())
