"""The printed minutes and invitation after the walkthrough: a line to sign on for the chair and
each co-signer and no blank one more, and a case in parts naming each part with its type."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Table

from boarddesk.reports.docmodel import Signatures
from boarddesk.reports.minutes import signature_flowables


def signature_lines(flowables) -> list[str]:
    """The name under each line to sign on (a one-column table: the line, then the name)."""
    names = []

    def walk(item) -> None:
        if not isinstance(item, Table):
            return
        if item._ncols == 1 and item._nrows == 2 and item._linecmds:
            names.append(item._cellvalues[1][0])
            return
        for row in item._cellvalues:
            for cell in row:
                walk(cell)

    for flowable in flowables:
        walk(flowable)
    return names


def test_the_chair_and_two_co_signers_get_three_lines_to_sign_on_and_no_blank_fourth():
    block = Signatures("Underskrifter", "Sted og dato", ("Lucie Aunan", "Ole Johan Kvan", "Bjørn Nilsen"))
    lines = signature_lines(signature_flowables(block, 170 * mm))
    assert lines == ["Sted og dato", "Lucie Aunan", "Ole Johan Kvan", "Bjørn Nilsen"]
