"""The closed sets of values the domain uses, with their Norwegian and English labels.

The keys are what the store and the exchange format hold; the labels are what people read.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    key: str
    nb: str
    en: str

    def label(self, lang: str = "nb") -> str:
        return self.nb if lang == "nb" else self.en


class Vocabulary:
    """An ordered set of terms, looked up by key."""

    def __init__(self, *terms: Term) -> None:
        self.terms = terms
        self._by_key = {t.key: t for t in terms}

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(t.key for t in self.terms)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def label(self, key: str | None, lang: str = "nb") -> str:
        term = self._by_key.get(key or "")
        return term.label(lang) if term else (key or "")


RAG = Vocabulary(
    Term("green", "Grønn", "Green"),
    Term("yellow", "Gul", "Yellow"),
    Term("red", "Rød", "Red"),
    Term("grey", "Grå", "Grey"),
)

# A letter for every RAG value, so a rating reads in black and white and for colour-blind users.
RAG_LETTER = {"green": "G", "yellow": "Y", "red": "R", "grey": "–"}
# Bokmål: the initial of the word, as a Norwegian reader says it (Grønn, Gul, Rød). Green and yellow
# share «G»; the shape always drawn with the letter (● G, ▲ G, ■ R) tells them apart, and a made-up
# «Gu» read as neither a word nor a letter.
RAG_LETTER_NB = {"green": "G", "yellow": "G", "red": "R", "grey": "–"}
# A shape per rating, on screen and on paper, so green and red differ where colour does not show.
RAG_SHAPE = {"green": "●", "yellow": "▲", "red": "■", "grey": "○"}

DEPENDENCY_STATUS = Vocabulary(*RAG.terms, Term("fulfilled", "Oppfylt", "Fulfilled"))

DELIVERED = Vocabulary(
    Term("yes", "Ja", "Yes"),
    Term("no", "Nei", "No"),
    Term("partly", "Delvis", "Partly"),
    Term("redefined", "Omdefinert", "Redefined"),
)

CRITICALITY = Vocabulary(
    Term("high", "Høy", "High"),
    Term("medium", "Middels", "Medium"),
    Term("low", "Lav", "Low"),
)

CASE_TYPE = Vocabulary(
    Term("information", "Orientering", "Information"),
    Term("discussion", "Drøfting", "Discussion"),
    Term("endorsement", "Tilslutning", "Endorsement"),
    Term("decision", "Beslutning", "Decision"),
)

# What a case ends in: an information or discussion case (every part of it) in a conclusion, the
# others in a decision; an information case only is «Tatt til orientering».
CONCLUDING_TYPES = frozenset({"information", "discussion"})


def ends_in_conclusion(types: Collection[str]) -> bool:
    """An information or discussion case (every part of it) ends in a conclusion, not a decision."""
    return bool(types) and set(types) <= CONCLUDING_TYPES


def only_noted(types: Collection[str]) -> bool:
    """A case only for information: what follows it is «Tatt til orientering»."""
    return bool(types) and set(types) == {"information"}


# The standard items that need no decision: the review of action points and «Eventuelt» (the
# approval of invitation and minutes does need one).
NO_DECISION_NEEDED = frozenset({"action_points", "any_other_business"})


def needs_decision(standard_item: str | None) -> bool:
    """Whether the minutes miss something when the case has neither decision nor conclusion."""
    return standard_item not in NO_DECISION_NEEDED


CASE_STATE = Vocabulary(
    Term("draft", "Utkast", "Draft"),
    Term("published", "Publisert", "Published"),
    Term("withdrawn", "Trukket", "Withdrawn"),
    Term("decided", "Behandlet", "Decided"),
)

STANDARD_ITEM = Vocabulary(
    Term("approval", "Godkjenning av innkalling og referat", "Approval of invitation and minutes"),
    Term("action_points", "Status aksjonspunkter", "Status of action points"),
    Term("any_other_business", "Eventuelt", "Any other business"),
)

MEMBER_ROLE = Vocabulary(
    Term("chair", "Møteleder", "Chair"),
    Term("deputy_chair", "Nestleder", "Deputy chair"),
    Term("member", "Medlem", "Member"),
    Term("deputy", "Vara", "Deputy"),
    Term("observer", "Observatør", "Observer"),
    Term("secretary", "Sekretær", "Secretary"),
)

BOARD_KIND = Vocabulary(
    Term("board", "Styre", "Board"),
    Term("programme_board", "Programstyre", "Programme board"),
    Term("portfolio_board", "Porteføljestyre", "Portfolio board"),
    Term("steering_group", "Styringsgruppe", "Steering group"),
    Term("project_board", "Prosjektstyre", "Project board"),
)

PROJECT_KIND = Vocabulary(
    Term("programme", "Program", "Programme"),
    Term("project", "Prosjekt", "Project"),
    Term("measure", "Tiltak", "Measure"),
)

RISK_STATUS = Vocabulary(Term("open", "Åpen", "Open"), Term("closed", "Avsluttet", "Closed"))

ATTENDANCE = Vocabulary(
    Term("present", "Til stede", "Present"),
    Term("absent", "Fraværende", "Absent"),
    Term("absent_with_notice", "Forfall", "Absent with notice"),
)

ACTION_STATUS = Vocabulary(
    Term("open", "Åpen", "Open"),
    Term("done", "Utført", "Done"),
    Term("cancelled", "Avlyst", "Cancelled"),
)

ANNOTATION_TARGET = Vocabulary(
    Term("project", "Prosjekt", "Project"),
    Term("status_report", "Statusrapport", "Status report"),
    Term("risk", "Risiko", "Risk"),
    Term("case", "Sak", "Case"),
    Term("decision", "Vedtak", "Decision"),
    Term("milestone", "Milepæl", "Milestone"),
    Term("meeting", "Møte", "Meeting"),
    Term("attachment", "Vedlegg", "Attachment"),
)

# What a search hit is, as the search results and `boarddesk search` name it.
SEARCH_KIND = Vocabulary(
    Term("project", "Prosjektkort", "Project"),
    Term("status_report", "Statusrapport", "Status report"),
    Term("area_rating", "Statuskommentar", "Status comment"),
    Term("milestone", "Milepæl", "Milestone"),
    Term("risk", "Risiko", "Risk"),
    Term("dependency", "Avhengighet", "Dependency"),
    Term("project_decision", "Vedtak", "Decision"),
    Term("case", "Sak", "Case"),
    Term("decision", "Vedtak", "Decision"),
    Term("action_point", "Aksjonspunkt", "Action point"),
    Term("annotation", "Notat", "Note"),
    Term("minutes_amendment", "Rettelse i protokoll", "Minutes amendment"),
    Term("minutes_remark", "Merknad til protokoll", "Remark on minutes"),
)
