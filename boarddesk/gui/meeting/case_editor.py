"""The form for one case on the agenda: title, parts and types, presenter, time, description,
proposal, links to projects and status reports, and attached PDFs. Autosaves as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.changed_elsewhere import tell_changed_elsewhere
from boarddesk.gui.i18n import fill
from boarddesk.gui.meeting.common import ID_ROLE, Debouncer, wheel_needs_focus
from boarddesk.gui.service_text import user_message
from boarddesk.gui.shell.file_dialogs import open_file
from boarddesk.model.formatting import format_date
from boarddesk.model.records import Case
from boarddesk.model.vocabulary import CASE_TYPE
from boarddesk.services.boards.lookup import board_projects, recent_status_reports
from boarddesk.services.meetings import agenda, agenda_edits
from boarddesk.services.meetings.agenda import AgendaError
from boarddesk.services.meetings.case_list import case_parts, get_case, linked_projects, linked_reports
from boarddesk.services.meetings.minutes import MinutesError
from boarddesk.store import Store
from boarddesk.store.versions import ChangedElsewhere

# Read-only fields on the window's background, so they do not look like fields to type in.
READ_ONLY_STYLE = (
    'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], QAbstractSpinBox[readOnly="true"] '
    "{ background: palette(window); }"
)
PARTS_SHOWN = (2, 4)  # the rows the parts table shows without scrolling: at least, at most


def set_read_only(widgets, read_only: bool) -> None:
    """Make the fields read-only (or editable), and look it (READ_ONLY_STYLE on an ancestor)."""
    for widget in widgets:
        widget.setReadOnly(read_only)
        widget.style().unpolish(widget)  # the style sheet's [readOnly] is read when polished
        widget.style().polish(widget)


def _with_buttons_below(widget: QWidget, *buttons: QPushButton) -> QVBoxLayout:
    """The widget above a row of its buttons, packed to the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    box = QVBoxLayout()
    box.addWidget(widget)
    box.addLayout(row)
    return box


class CaseEditor(QScrollArea):
    changed = Signal(str)  # the case id whose title or numbers may show differently now
    edited = Signal(object)  # the `Edit` a save made, for the undo stack

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.case_id: str | None = None
        self.case_version: int | None = None  # as shown
        self.editable = False  # read-only until the agenda builder switches editing on
        self._loading = False
        self.autosave = Debouncer(self.save, self)
        self.setWidgetResizable(True)
        self.setStyleSheet(READ_ONLY_STYLE)
        body = QWidget(self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title = QLineEdit(body)
        self.parts = QTableWidget(0, 2, body)
        self.parts.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Case type")])
        self.parts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.parts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.parts.verticalHeader().hide()
        self.parts.setWordWrap(False)
        self.add_part_button = QPushButton(self.tr("Add part"), body)
        self.remove_part_button = QPushButton(self.tr("Remove part"), body)
        parts_box = _with_buttons_below(self.parts, self.add_part_button, self.remove_part_button)
        self.presenter = QLineEdit(body)
        self.minutes = QSpinBox(body)
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("not set"))
        wheel_needs_focus(self.minutes)  # the wheel scrolls the form
        self.document = QLineEdit(body)
        self.description = QPlainTextEdit(body)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(80)
        self.proposal = QPlainTextEdit(body)
        self.proposal.setTabChangesFocus(True)
        self.proposal.setMaximumHeight(80)
        self.projects = QListWidget(body)
        self.projects.setMaximumHeight(100)
        self.reports = QListWidget(body)
        self.reports.setMaximumHeight(80)
        # Ticking a project names it in the case; its report goes into the pack only when asked.
        self.print_reports = QCheckBox(self.tr("Print the ticked projects' latest status reports in the pack"), body)
        self.attachments = QListWidget(body)
        self.attachments.setMaximumHeight(70)
        self.attach_button = QPushButton(self.tr("Attach PDF…"), body)
        self.detach_button = QPushButton(self.tr("Remove document"), body)
        attach_box = _with_buttons_below(self.attachments, self.attach_button, self.detach_button)
        rows = (
            (self.tr("Title"), self.title, self.tr("Case title")),
            (self.tr("Parts and types"), parts_box, self.tr("Parts and case types")),
            (self.tr("Presenter"), self.presenter, self.tr("Presenter")),
            (self.tr("Time allotted"), self.minutes, self.tr("Time allotted in minutes")),
            (self.tr("Case document"), self.document, self.tr("Case document")),
            (self.tr("Description"), self.description, self.tr("Description")),
            (self.tr("Proposed &decision"), self.proposal, self.tr("Proposed decision")),
            (self.tr("Pro&jects"), self.projects, self.tr("Projects the case concerns")),
            ("", self.print_reports, self.tr("Print the ticked projects' latest status reports in the pack")),
            (self.tr("Status reports"), self.reports, self.tr("Status reports the case presents")),
            (self.tr("Documents"), attach_box, self.tr("Attached documents")),
        )
        for label, field, name in rows:
            form.addRow(label, field)
            if isinstance(field, QWidget):
                field.setAccessibleName(name)
        self.setWidget(body)
        self._connect()
        self.setEnabled(False)
        self.set_editable(False)

    def set_editable(self, editable: bool) -> None:
        """Fields that look and are read-only, or editable; what was typed is saved first."""
        if not editable:
            self.flush()
        self.editable = editable
        set_read_only(
            (self.title, self.presenter, self.document, self.description, self.proposal, self.minutes), not editable
        )
        self.parts.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        for row in range(self.parts.rowCount()):
            self.parts.cellWidget(row, 1).setEnabled(editable)
        for button in (
            self.add_part_button,
            self.remove_part_button,
            self.attach_button,
            self.detach_button,
            self.print_reports,
        ):
            button.setEnabled(editable)
        self._loading, was_loading = True, self._loading
        try:
            for links in (self.projects, self.reports):
                for i in range(links.count()):
                    item = links.item(i)
                    flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                    item.setFlags(flags if editable else flags & ~Qt.ItemFlag.ItemIsUserCheckable)
        finally:
            self._loading = was_loading

    def _connect(self) -> None:
        self.title.textEdited.connect(self._typed)
        self.presenter.textEdited.connect(self._typed)
        self.document.textEdited.connect(self._typed)
        self.minutes.valueChanged.connect(self._typed)
        self.description.textChanged.connect(self._typed)
        self.proposal.textChanged.connect(self._typed)
        self.parts.itemChanged.connect(self._typed)
        self.projects.itemChanged.connect(self._links_changed)
        self.reports.itemChanged.connect(self._links_changed)
        self.print_reports.toggled.connect(self._typed)
        self.add_part_button.clicked.connect(lambda: self._add_part_row(self.title.text(), "information", edit=True))
        self.remove_part_button.clicked.connect(self._remove_part)
        self.attach_button.clicked.connect(self.attach)
        self.detach_button.clicked.connect(self.detach)

    # -- loading ------------------------------------------------------------------------------
    def load(self, case_id: str | None) -> None:
        self.flush()
        if case_id != self.case_id:
            self.verticalScrollBar().setValue(0)  # another case is read from its title down
        self._show(case_id)

    def focus_title(self) -> None:
        """Ready to type the title: the form at its top, so what is typed is seen."""
        self.verticalScrollBar().setValue(0)
        self.title.setFocus()

    def _show(self, case_id: str | None) -> None:
        """The case as stored, and its version: a save made on it after it changed elsewhere is refused."""
        self.case_id = case_id
        self.setEnabled(case_id is not None)
        if case_id is None:
            return
        self._loading = True
        try:
            case = get_case(self.store, case_id)
            self.case_version = case.version
            self.title.setText(case.title)
            self.presenter.setText(case.presenter or "")
            self.document.setText(case.document or "")
            self.minutes.setValue(case.minutes_allotted or 0)
            self.description.setPlainText(case.description or "")
            self.proposal.setPlainText(case.proposed_decision or "")
            self.print_reports.setChecked(case.print_status_reports)
            self.parts.setRowCount(0)
            for part in case_parts(self.store, case_id):
                self._add_part_row(part.title or "", part.type)
            self._fill_links(case)
            self._fill_attachments()
        finally:
            self._loading = False
        self.set_editable(self.editable)

    def _add_part_row(self, title: str, kind: str, edit: bool = False) -> None:
        row = self.parts.rowCount()
        self.parts.insertRow(row)
        self.parts.setItem(row, 0, QTableWidgetItem(title))
        box = QComboBox()
        for key in CASE_TYPE.keys:
            box.addItem(CASE_TYPE.label(key, self.lang), key)
        box.setCurrentIndex(max(0, box.findData(kind)))
        box.setAccessibleName(fill(self.tr("Case type of part {part}"), part=row + 1))
        box.currentIndexChanged.connect(self._typed)
        box.setEnabled(self.editable)
        wheel_needs_focus(box)
        self.parts.setCellWidget(row, 1, box)
        # The column fits the widest type (a cell widget is not measured by ResizeToContents).
        self.parts.setColumnWidth(1, max(self.parts.columnWidth(1), box.sizeHint().width()))
        self._fit_parts()
        if edit:
            self._typed()
            self.parts.setCurrentCell(row, 0)
            self.parts.editItem(self.parts.item(row, 0))

    def _remove_part(self) -> None:
        row = self.parts.currentRow()
        if row >= 0:
            self.parts.removeRow(row)
            self._fit_parts()
            self._typed()

    def _fit_parts(self) -> None:
        """The parts table as tall as its rows, room for two at least and four at most (then it
        scrolls): in a form squeezed to its least height, a table gets only its own minimum, which
        cut off the second part."""
        table, default = self.parts, self.parts.verticalHeader().defaultSectionSize()
        shown = min(max(table.rowCount(), PARTS_SHOWN[0]), PARTS_SHOWN[1])
        rows = sum(table.rowHeight(r) if r < table.rowCount() else default for r in range(shown))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())

    def _fill_links(self, case: Case) -> None:
        linked = set(linked_projects(self.store, case.id))
        shown = linked_reports(self.store, case.id)
        self.projects.clear()
        for project in board_projects(self.store, case.board_id):
            item = QListWidgetItem(project.name)
            item.setData(ID_ROLE, project.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if project.id in linked else Qt.CheckState.Unchecked)
            self.projects.addItem(item)
        self.reports.clear()
        for report in recent_status_reports(self.store, case.board_id):
            item = QListWidgetItem(f"{report.project_name} – {format_date(report.report_date, self.lang)}")
            item.setData(ID_ROLE, report.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if report.id in shown else Qt.CheckState.Unchecked)
            self.reports.addItem(item)

    def _fill_attachments(self) -> None:
        self.attachments.clear()
        for row in agenda.case_attachments(self.store, self.case_id):
            item = QListWidgetItem(
                f"{row['title'] or row['filename']}  ({row['filename']}, {row['size'] // 1024 + 1} kB)"
            )
            item.setData(ID_ROLE, row["id"])
            item.setToolTip(f"SHA-256 {row['sha256']}")
            self.attachments.addItem(item)

    # -- saving -------------------------------------------------------------------------------
    def _typed(self, *_args) -> None:
        if not self._loading and self.case_id and self.editable:
            self.autosave.poke()

    def _checked(self, widget: QListWidget) -> list[str]:
        return [
            widget.item(i).data(ID_ROLE)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _links_changed(self, *_args) -> None:
        if self._loading or not self.case_id or not self.editable:
            return
        case_id = self.case_id
        self._guarded(
            lambda: self._recorded(
                lambda: (
                    agenda.set_case_projects(self.store, case_id, self._checked(self.projects)),
                    agenda.set_case_status_reports(self.store, case_id, self._checked(self.reports)),
                )
            )
        )

    def _recorded(self, work, documents: bool = False) -> None:
        """Run the service calls, and hand on what they changed for the undo stack."""
        case_id = self.case_id
        edit = agenda_edits.recorded(self.store, case_id, work, documents)
        self.case_version = agenda.case_version(self.store, case_id)
        if not edit.empty:
            self.edited.emit(edit)

    def save(self) -> None:
        if not self.case_id or not self.editable:
            return
        title = self.title.text().strip()
        values = {
            "presenter": self.presenter.text().strip() or None,
            "document": self.document.text().strip() or None,
            "minutes_allotted": self.minutes.value() or None,
            "description": self.description.toPlainText() or None,
            "proposed_decision": self.proposal.toPlainText() or None,
            "print_status_reports": int(self.print_reports.isChecked()),
        }
        if title:
            values["title"] = title
        parts = [
            (
                (self.parts.item(r, 0).text() if self.parts.item(r, 0) else "") or title,
                self.parts.cellWidget(r, 1).currentData(),
            )
            for r in range(self.parts.rowCount())
        ]

        def write() -> None:  # the fields and the parts, saved together or not at all
            # The parts first: a new title then carries along a part titled as the case was.
            agenda.set_parts(self.store, self.case_id, parts)
            agenda.update_case(self.store, self.case_id, expected_version=self.case_version, **values)

        try:
            self._guarded(lambda: self._recorded(write))
            self._show_part_titles()
        except ChangedElsewhere as error:
            typed = "\n\n".join(filter(None, (title, values["description"], values["proposed_decision"])))
            tell_changed_elsewhere(self, error, self.tr("The case"), typed)
            self._show(self.case_id)
        self.changed.emit(self.case_id)

    def _show_part_titles(self) -> None:
        """The parts' titles as stored, where a new case title carried them along (not the one
        being typed into), so the next save does not put back the old title."""
        self._loading, was_loading = True, self._loading
        try:
            stored = case_parts(self.store, self.case_id)
            for row, part in enumerate(stored[: self.parts.rowCount()]):
                item = self.parts.item(row, 0)
                editing = self.parts.state() == QAbstractItemView.State.EditingState and self.parts.currentRow() == row
                if item is not None and not editing and item.text() != (part.title or ""):
                    item.setText(part.title or "")
        finally:
            self._loading = was_loading

    def _guarded(self, work) -> None:
        try:
            work()
        except (AgendaError, MinutesError) as error:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(error))

    def flush(self) -> None:
        self.autosave.flush()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Back from the live meeting, say: show the case as it is now (what was typed here is saved).
        if self.case_id and not self.autosave.pending:
            self._show(self.case_id)
        super().showEvent(event)

    def attach(self) -> None:
        if not self.editable:
            return
        path = open_file(self, "pdf", self.tr("Attach a document"), self.tr("PDF files (*.pdf)"))
        if path and self.case_id:
            case_id = self.case_id
            self._guarded(lambda: self._recorded(lambda: agenda.attach_file(self.store, case_id, path), documents=True))
            self._fill_attachments()

    def detach(self) -> None:
        item = self.attachments.currentItem()
        if item and self.case_id and self.editable:
            case_id, attachment = self.case_id, item.data(ID_ROLE)
            self._guarded(
                lambda: self._recorded(lambda: agenda.detach_file(self.store, case_id, attachment), documents=True)
            )
            self._fill_attachments()
