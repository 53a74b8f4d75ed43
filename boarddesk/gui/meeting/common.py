"""Small pieces the meeting widgets share: the autosave debounce, case labels,
the action point status box, asking before a step, the two-pane splitter, opening a meeting on a
case, and choice fields that leave the mouse wheel to the scrolling form around them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QSplitter, QWidget

from boarddesk.gui.i18n import interface_lang
from boarddesk.model.formatting import format_date, parse_date
from boarddesk.model.records import AgendaCase
from boarddesk.model.vocabulary import ACTION_STATUS

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext

# What list and table items carry: the id of what the row stands for, and, where a row stands
# for a meeting, the case and the project it is about.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2
PROJECT_ROLE = Qt.ItemDataRole.UserRole + 3
AUTOSAVE_MS = 1000  # every keystroke is on disk within this, well inside the promised two seconds


class Debouncer(QObject):
    """Calls `save` once typing pauses; `flush()` saves at once (on case switch, hide, quit)."""

    def __init__(self, save: Callable[[], None], parent: QObject | None = None, interval: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self, singleShot=True, interval=interval)
        self._timer.timeout.connect(self.flush)
        self.pending = False

    def poke(self) -> None:
        self.pending = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self.pending:
            self.pending = False
            self._save()


class DateField(QLineEdit):
    """A date typed as people write it («19.01.2022», «19.1.22»), read with the one date parser.
    A QDateEdit types into sections and turned «19.01.2022» into 05.01.2022; a line does not.
    `date()` is the typed date as a QDate, invalid when what is typed is not a date."""

    dateChanged = Signal(QDate)  # noqa: N815 (as QDateEdit names it)

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setMaximumWidth(140)
        if value is not None:
            self.setDate(value)
        self.textChanged.connect(lambda _text: self.dateChanged.emit(self.date()) if self.date().isValid() else None)

    def setDate(self, value: QDate) -> None:  # noqa: N802 (as QDateEdit names it)
        self.setText(format_date(date(value.year(), value.month(), value.day()), interface_lang()))

    def date(self) -> QDate:
        try:
            day = parse_date(self.text())
        except ValueError:
            day = None
        return QDate(day.year, day.month, day.day) if day else QDate()

    def iso(self) -> str:
        """The date as stored; ValueError, naming what was typed, when it is not a date."""
        day = parse_date(self.text())
        if day is None:
            raise ValueError("no date typed")
        return day.isoformat()


class _WheelNeedsFocus(QObject):
    """Passes a wheel turned over an unfocused field (or, `always`, over any) on to the form or
    grid around it."""

    def __init__(self, parent: QObject, always: bool = False) -> None:
        super().__init__(parent)
        self.always = always

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Wheel and (self.always or not watched.hasFocus()):
            event.ignore()  # ignored and filtered: Qt offers the wheel to the parents, which scroll
            return True
        return False


def wheel_needs_focus(*fields: QWidget) -> None:
    """Combo boxes, spin boxes and time fields change by the wheel only once they have the
    keyboard focus (clicked or tabbed to): scrolling a form over them scrolls the form instead of
    changing, and saving, whatever passes under the pointer. They no longer take the focus from
    the wheel either (Qt's default for them)."""
    for field in fields:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(_WheelNeedsFocus(field))


def wheel_only_scrolls(*fields: QWidget) -> None:
    """Choice fields the wheel never turns, focused or not: it scrolls the grid around them. In a
    grid of records saved at once (attendance), a box left focused after a click would otherwise
    turn, and be saved, when the secretary scrolls over it later. Clicks and keys still choose."""
    for field in fields:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(_WheelNeedsFocus(field, always=True))


def agenda_label(case: AgendaCase) -> str:
    """«48/21  Title», or the title alone before numbers are issued."""
    return f"{case.number}  {case.title}" if case.number else case.title


def action_status_box(status: str | None, lang: str, accessible_name: str, changed: Callable[[str], None]) -> QComboBox:
    """A box of the action point statuses showing `status` (open when it has none); `changed`
    gets the status the user picks."""
    box = QComboBox()
    for key in ACTION_STATUS.keys:
        box.addItem(ACTION_STATUS.label(key, lang), key)
    box.setCurrentIndex(box.findData(status or "open"))
    box.setAccessibleName(accessible_name)
    box.currentIndexChanged.connect(lambda _index: changed(box.currentData()))
    wheel_needs_focus(box)  # it sits in a scrolling table of action points
    return box


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before a step that cannot simply be taken back; «No» is the default, so Enter or Escape
    changes nothing."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, yes | no, no) == yes


def side_by_side(parent: QWidget, left: QWidget, right: QWidget, sizes: list[int]) -> QSplitter:
    """Two panes split left and right; the right one takes any width gained."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes(sizes)
    return splitter


def open_meeting(context: ViewContext, meeting_id: str, case_id: str | None = None) -> None:
    """Open a meeting in the window; given a case, on its agenda with that case selected."""
    view = context.open_target("meeting", meeting_id)
    if case_id:
        view.show_case(case_id)
