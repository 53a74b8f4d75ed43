"""Rendering a pack's sections: from the cache where their content is unchanged, the rest in
parallel processes when the machine has cores to spare.

A section is the invitation with agenda, one case paper, or one status report. Each is laid out
on its own pages, so they render independently; reportlab is pure Python and holds the GIL, so
processes, not threads, are what use a second core."""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from boarddesk.children import end_with_parent
from boarddesk.reports.agenda import invitation_flowables
from boarddesk.reports.assemble import Entry
from boarddesk.reports.case_paper import case_flowables
from boarddesk.reports.layout import Progress, Rendered, render, styles
from boarddesk.reports.minutes import minutes_flowables
from boarddesk.reports.section_cache import SectionCache, content_key
from boarddesk.reports.status_report import status_report_flowables

FLOWABLES = {
    "agenda": lambda data, lang, paper: invitation_flowables(data, lang, paper),
    "case": lambda data, lang, paper: case_flowables(data, lang, paper),
    "report": lambda data, lang, paper: status_report_flowables(data, lang, paper, "report"),
    "minutes": lambda data, lang, paper: minutes_flowables(data, lang, paper),
}
PARALLEL_FROM = 3  # sections to render before a process pool pays for itself


@dataclass
class Section:
    kind: str  # agenda, case, report or minutes (the previous meeting's, for approval)
    data: Any  # what the section shows: MeetingPrint view, CaseData or ReportData
    lang: str
    paper: str
    title: str
    shown: Any = None  # what the cache key is made of, when it is not all of `data`
    rendered: Rendered | None = None
    entry: Entry | None = None  # its line in the contents, when a case paper lists it among its enclosures

    @property
    def key(self) -> str:
        return content_key(self.kind, self.data if self.shown is None else self.shown, self.lang, self.paper)


def render_section(section: Section) -> Rendered:
    return render(FLOWABLES[section.kind](section.data, section.lang, section.paper), section.paper, section.title)


def default_workers() -> int:
    """Processes for rendering: the machine's cores, but one inside the app. Forking a process that
    runs Qt threads is unsafe, and the app renders in a worker thread anyway."""
    if "PySide6.QtCore" in sys.modules or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return min(os.cpu_count() or 1, 4)


def render_all(
    sections: list[Section], cache: SectionCache, report: Progress | None, workers: int | None = None
) -> int:
    """Fill in every section's `rendered`; returns how many had to be rendered (the rest came from
    the cache). `report(done, total)` after each; it may raise to cancel."""
    missing = []
    for section in sections:
        section.rendered = cache.get(section.key) if cache.folder else None  # no hashing without a cache
        if section.rendered is None:
            missing.append(section)
    total, done = len(sections), len(sections) - len(missing)
    if report:
        report(done, total)
    workers = default_workers() if workers is None else workers
    if workers > 1 and len(missing) >= PARALLEL_FROM:
        _render_in_processes(missing, cache, workers, report, done, total)
        return len(missing)
    for section in missing:
        section.rendered = render_section(section)
        if cache.folder:
            cache.put(section.key, section.rendered)
        done += 1
        if report:
            report(done, total)
    return len(missing)


def _render_in_processes(
    missing: list[Section], cache: SectionCache, workers: int, report: Progress | None, done: int, total: int
) -> None:
    # The biggest first (by how much data they show), so no process is left with a long one at the end.
    order = sorted(missing, key=lambda s: len(repr(s.data)), reverse=True)
    styles()  # load the fonts once, before the fork, rather than once in every process
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=end_with_parent,
        initargs=(os.getpid(),),
    )
    try:
        futures = {pool.submit(render_section, section): section for section in order}
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                section = futures[future]
                section.rendered = future.result()
                if cache.folder:
                    cache.put(section.key, section.rendered)
                done += 1
                if report:
                    report(done, total)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
