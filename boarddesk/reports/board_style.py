"""How each kind of board writes its papers. A board (styre, such as a health authority's) writes
«Styresak 58-2024», asks for a decision with a lead-in naming itself, keeps a «Protokoll» that the
whole board signs; a programme board, portfolio board or steering group writes «Sak 43/21» and a
«Referat» signed by the chair (and whoever else is set to co-sign)."""

from __future__ import annotations

from dataclasses import dataclass

from boarddesk.model.records import AgendaCase, Board
from boarddesk.reports.labels import labels


@dataclass(frozen=True)
class PaperStyle:
    case_word: str  # «Styresak» or «Sak»
    minutes_title: str  # «Protokoll» or «Referat»
    minutes_definite: str  # «Protokollen» or «Referatet», as a sentence names them
    decision_lead_in: str | None  # «Styret i Helse Nord RHF inviteres til å fatte følgende vedtak:»
    whole_board_signs: bool
    signs_papers: bool  # a case paper closes with place, date and the signing officer («Bodø, den 25. april 2024»)
    case_owner_row: bool  # the case header has a «Sakseier» line, filled in or left blank as on the real papers


def paper_style(board: Board, lang: str) -> PaperStyle:
    words = labels(lang)
    if board.kind == "board":
        return PaperStyle(
            words["board_case"],
            words["minutes_protocol"],
            words["minutes_protocol_definite"],
            words["decision_lead_in"].format(board=board.name),
            whole_board_signs=True,
            signs_papers=True,
            case_owner_row=False,
        )
    return PaperStyle(
        words["case"],
        words["minutes_record"],
        words["minutes_record_definite"],
        None,
        whole_board_signs=False,
        signs_papers=False,
        case_owner_row=True,
    )


def case_label(case: AgendaCase, board: Board, lang: str) -> str:
    """«Sak 43/21 Sentralt styringsdokument for steg 2», «Styresak 58-2024 Digitaliserings- …»:
    how the contents, bookmarks, headings and minutes name a case. A withdrawn case says so
    («Sak 44/21 … (trukket)»): its number stays on the papers, so a reader must see why it is empty."""
    number = f"{case_word(board, lang)} {case.number} " if case.number else ""
    withdrawn = f" ({labels(lang)['withdrawn'].lower()})" if case.withdrawn else ""
    return f"{number}{case.title}{withdrawn}"


def case_word(board: Board, lang: str) -> str:
    return paper_style(board, lang).case_word
