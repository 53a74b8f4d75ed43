"""The editors: the project card, the current status report, and lists of milestones, risks,
dependencies and budget lines. They save as you type, through the service, onto the window's
undo stack; they follow undo and redo, because every change re-reads what they show. A row is
deleted from its list (Delete key or button) after a question, and undo brings it back whole."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.changed_elsewhere import tell_changed_elsewhere
from boarddesk.gui.i18n import fill
from boarddesk.gui.project.editing.field_form import ERROR_STYLE, FieldForm
from boarddesk.gui.project.editing.labels import FieldTexts
from boarddesk.gui.project.editing.project_picker import ProjectPicker
from boarddesk.gui.project.editing.undo_commands import push_edit
from boarddesk.model.formatting import format_date, format_nok
from boarddesk.services.portfolio import edit_fields as fields
from boarddesk.services.portfolio import editing
from boarddesk.services.portfolio.changes import Edit
from boarddesk.store import Row
from boarddesk.store.versions import ChangedElsewhere

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext


class EditorDialog(QDialog):
    """A non-modal editor over one project. Nothing to confirm: every change is already saved."""

    def __init__(self, context: ViewContext, project_id: str, title: str) -> None:
        super().__init__(context.parent)
        self.context = context
        self.store = context.store
        self.project_id = project_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = editing.project_row(self.store, project_id)["name"]
        self.setWindowTitle(f"{title} – {name}")
        self.setAccessibleName(title)
        self.resize(760, 640)  # fits 1366×768 with the window's title bar and panel
        self.body = QVBoxLayout(self)
        self.note = QLabel(self.tr("Changes are saved as you type. Undo with Ctrl+Z."), self)
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)
        self._forms: list[FieldForm] = []
        self.addActions(context.undo_actions)  # Ctrl+Z and Ctrl+Shift+Z work in the editor too
        # The card as shown: an edit made on it after it changed elsewhere is refused, not saved over it.
        self.card_version: int | None = None
        self._read_card_version()
        context.data_changed.connect(self._read_card_version)
        context.data_changed.connect(self.reload)

    def finish_layout(self, content: QWidget) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.body.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        self.body.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            # Enter saves the field being typed in; it must not also press Add or Close.
            button.setAutoDefault(False)
            button.setDefault(False)

    def form(self, spec: tuple[fields.Field, ...], save, context: str = "") -> FieldForm:
        form = FieldForm(spec, save, self.context.lang, self, context=context)
        form.saved.connect(lambda _name: self.note.setText(self.tr("Saved.")))
        self._forms.append(form)
        return form

    def push(self, edit: Edit) -> None:
        push_edit(self.context, edit, self.windowTitle())

    def _show_refusal(self) -> None:
        self.context.data_changed.emit()  # every view, and this editor, show the card as it is now
        self.note.setText(self.tr("Not saved: the card was changed elsewhere."))

    def _read_card_version(self) -> None:
        self.card_version = editing.project_row(self.store, self.project_id)["version"]

    def save_edit(self, make_edit: Callable[[], Edit], typed: Any = None) -> Edit | None:
        """Make the edit and put it on the undo stack; when the card changed elsewhere since it
        was shown, say so (what was typed goes to the clipboard) and show the card as it is now."""
        try:
            edit = make_edit()
        except ChangedElsewhere as error:
            tell_changed_elsewhere(self, error, self.tr("The project card"), typed if isinstance(typed, str) else "")
            QTimer.singleShot(0, self._show_refusal)  # once the form has finished its save
            return None
        self.card_version = edit.card_version
        self.push(edit)
        return edit

    def confirm_delete(self, what: str, also: str = "") -> bool:
        """Ask before deleting `what`; `also` says what goes with it."""
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete"), fill(self.tr("Delete {what}?"), what=what), parent=self
        )
        box.setInformativeText(" ".join(part for part in (also, self.tr("Undo (Ctrl+Z) brings it back.")) if part))
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(delete)
        box.exec()
        return box.clickedButton() is delete

    def on_delete_key(self, widget: QWidget, slot) -> None:
        """The Delete key in `widget` (a list) calls `slot`, which asks first."""
        action = QAction(self.tr("Delete"), widget)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)

    def reload(self) -> None:
        """Show what the store holds now (after a save, an undo or a redo)."""

    def done(self, result: int) -> None:
        for form in self._forms:
            form.save_pending()  # closing never loses the last words typed
        try:
            self.context.data_changed.disconnect(self.reload)
        except (RuntimeError, TypeError):
            pass
        super().done(result)


class ProjectEditor(EditorDialog):
    def __init__(self, context: ViewContext, project_id: str) -> None:
        super().__init__(context, project_id, self.tr("Edit project card"))
        self.card = self.form(fields.PROJECT, self._save)
        self.finish_layout(self.card)
        self.reload()

    def _save(self, name: str, value: Any) -> None:
        self.save_edit(
            lambda: editing.edit_project(
                self.store, self.project_id, {name: value}, expected_version=self.card_version
            ),
            value,
        )

    def reload(self) -> None:
        self.card.set_values(editing.project_row(self.store, self.project_id))


class ReportEditor(EditorDialog):
    """The current (latest) status report: its ratings and comments, and each area's rating."""

    def __init__(self, context: ViewContext, project_id: str) -> None:
        super().__init__(context, project_id, self.tr("Edit status report"))
        self.report, areas = editing.current_report(self.store, project_id)
        content = QWidget(self)
        column = QVBoxLayout(content)
        self.main = self.form(fields.REPORT, self._save_report)
        column.addWidget(self.main)
        self.areas: dict[str, FieldForm] = {}
        for area in areas:
            box = QGroupBox(area["name"], content)
            box.setAccessibleName(area["name"])
            inner = QVBoxLayout(box)
            form = self.form(
                fields.AREA_RATING, lambda name, value, key=area["area"]: self._save_area(key, name, value)
            )
            for editor in form.editors.values():
                editor.setAccessibleName(f"{area['name']}: {editor.accessibleName()}")
            inner.addWidget(form)
            column.addWidget(box)
            self.areas[area["area"]] = form
        self.finish_layout(content)
        self.reload()

    def _save_report(self, name: str, value: Any) -> None:
        self.save_edit(
            lambda: editing.edit_report(
                self.store, self.report["id"], {name: value}, expected_version=self.card_version
            ),
            value,
        )

    def _save_area(self, area: str, name: str, value: Any) -> None:
        self.save_edit(
            lambda: editing.edit_area_rating(
                self.store, self.report["id"], area, {name: value}, expected_version=self.card_version
            ),
            value,
        )

    def reload(self) -> None:
        report, areas = editing.current_report(self.store, self.project_id)
        if report is None or report["id"] != self.report["id"]:
            self.close()  # the report itself was undone
            return
        self.main.set_values(report)
        for area in areas:
            self.areas[area["area"]].set_values(area)


class ListEditor(EditorDialog):
    """A list of the project's rows on the left, the chosen row's fields on the right."""

    key = ""  # which list of editing.editable_rows
    spec: tuple[fields.Field, ...] = ()

    def __init__(self, context: ViewContext, project_id: str, title: str) -> None:
        super().__init__(context, project_id, title)
        self.rows: list[Row] = []
        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(left)
        self.list.setAccessibleName(title)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long names elide
        self.add_button = QPushButton(self.tr("&Add"), left)
        self.add_button.setShortcut("Ctrl+N")
        self.add_button.setToolTip(self.tr("Add (Ctrl+N)"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("&Delete…"), left)
        self.delete_button.setToolTip(self.tr("Delete the chosen row (Delete)"))
        self.delete_button.clicked.connect(self.delete)
        self.on_delete_key(self.list, self.delete)
        self.empty_hint = QLabel(self.tr("None yet. «Add» (Ctrl+N) makes one."), left)
        self.empty_hint.setWordWrap(True)
        left_column.addWidget(self.list)
        left_column.addWidget(self.empty_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        left_column.addLayout(buttons)
        right = QWidget(splitter)
        self.right_column = QVBoxLayout(right)
        self.right_column.setContentsMargins(0, 0, 0, 0)
        self.fields = self.form(self.spec, self._save, context=self.key)
        self.right_column.addWidget(self.fields)
        self.right_column.addStretch(1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 480])
        self.list.currentRowChanged.connect(self._show_row)
        self.finish_layout(splitter)
        self.reload()
        if self.rows:
            self.list.setCurrentRow(0)
        else:
            self.fields.setEnabled(False)

    def ident(self, row: Row) -> Any:
        return row["id"]

    def label(self, row: Row) -> str:
        raise NotImplementedError

    def new_values(self) -> dict[str, Any]:
        raise NotImplementedError

    def add_row(self, values: dict[str, Any]) -> Edit:
        raise NotImplementedError

    def save(self, row: Row, name: str, value: Any) -> Edit:
        raise NotImplementedError

    def delete_row(self, row: Row) -> Edit:
        raise NotImplementedError

    def deleted_with(self, row: Row) -> str:
        """What goes with the row when it is deleted, in words for the question."""
        return ""

    def current(self) -> Row | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add(self) -> None:
        edit = self.save_edit(lambda: self.add_row(self.new_values()))
        if edit is None:
            return
        new_key = self.ident(edit.changes[0].after)
        for row, data in enumerate(self.rows):
            if self.ident(data) == new_key:
                self.list.setCurrentRow(row)
        first = next(iter(self.fields.editors.values()))
        first.setFocus()

    def delete(self) -> None:
        row = self.current()
        if row is None:
            return
        self.fields.save_pending()
        if not self.confirm_delete(f"«{self.label(row)}»", self.deleted_with(row)):
            return
        self.fields.clear_errors()  # unsaved typing belonged to the row deleted
        self.save_edit(lambda: self.delete_row(row))
        self.list.setFocus()

    def _save(self, name: str, value: Any) -> None:
        row = self.current()
        if row is not None:
            self.save_edit(lambda: self.save(row, name, value), value)

    def _show_row(self, index: int) -> None:
        row = self.current()
        self.fields.setEnabled(row is not None)
        self.fields.save_pending()
        self.fields.clear_errors()
        if row is not None:
            self.fields.set_values(row)
        self.show_extra(row)

    def show_extra(self, row: Row | None) -> None:
        """Anything beside the fields (a risk's measures)."""

    def reload(self) -> None:
        current, place = self.current(), self.list.currentRow()
        keep = self.ident(current) if current else None
        shown = {self.ident(row) for row in self.rows}
        self.rows = editing.editable_rows(self.store, self.project_id)[self.key]
        appeared = [i for i, row in enumerate(self.rows) if self.ident(row) not in shown]
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            self.list.addItem(QListWidgetItem(self.label(row)))
        near = min(max(place, 0), len(self.rows) - 1)  # after a delete: the row that took its place
        chosen = next((i for i, row in enumerate(self.rows) if self.ident(row) == keep), near)
        if shown and len(appeared) == 1:
            chosen = appeared[0]  # a row added, or brought back by undo: show it
        self.list.setCurrentRow(chosen)
        self.list.blockSignals(False)
        row = self.current()
        self.fields.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.empty_hint.setVisible(not self.rows)
        if row is not None:
            self.fields.set_values(row)
        self.show_extra(row)


class MilestoneEditor(ListEditor):
    key = "milestones"
    spec = (*fields.MILESTONE[:3], *fields.FORECAST, *fields.MILESTONE[3:])  # forecast beside the plan

    def __init__(self, context: ViewContext, project_id: str) -> None:
        super().__init__(context, project_id, self.tr("Milestones"))

    def label(self, row: Row) -> str:
        when = format_date(row["forecast"] or row["planned"], self.context.lang)
        return " ".join(part for part in (row["number"], row["name"], f"({when})" if when else "") if part)

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("New milestone")}

    def add_row(self, values: dict[str, Any]) -> Edit:
        return editing.add_milestone(self.store, self.project_id, values, expected_version=self.card_version)

    def save(self, row: Row, name: str, value: Any) -> Edit:
        if name == "forecast":
            return editing.set_forecast(self.store, row["id"], value, expected_version=self.card_version)
        return editing.edit_milestone(self.store, row["id"], {name: value}, expected_version=self.card_version)

    def delete_row(self, row: Row) -> Edit:
        return editing.delete_milestone(self.store, row["id"], expected_version=self.card_version)

    def deleted_with(self, row: Row) -> str:
        return self.tr("Its forecast in every status report is deleted with it.")


class RiskEditor(ListEditor):
    key = "risks"
    spec = fields.RISK

    def __init__(self, context: ViewContext, project_id: str) -> None:
        super().__init__(context, project_id, self.tr("Risks and measures"))
        box = QGroupBox(self.tr("Measures (tick when done)"), self)
        column = QVBoxLayout(box)
        self.measures = QListWidget(box)
        self.measures.setAccessibleName(self.tr("Measures"))
        self.measures.itemChanged.connect(self._measure_changed)
        entry = QHBoxLayout()
        self.measure_text = QLineEdit(box)
        self.measure_text.setPlaceholderText(self.tr("New measure"))
        self.measure_text.setAccessibleName(self.tr("New measure"))
        self.measure_text.returnPressed.connect(self._add_measure)
        add = QPushButton(self.tr("Add &measure"), box)
        add.setAutoDefault(False)
        add.clicked.connect(self._add_measure)
        self.delete_measure_button = QPushButton(self.tr("Delete m&easure…"), box)
        self.delete_measure_button.setAutoDefault(False)
        self.delete_measure_button.setToolTip(self.tr("Delete the chosen measure (Delete)"))
        self.delete_measure_button.clicked.connect(self._delete_measure)
        self.on_delete_key(self.measures, self._delete_measure)
        entry.addWidget(self.measure_text, 1)
        entry.addWidget(add)
        entry.addWidget(self.delete_measure_button)
        column.addWidget(self.measures)
        column.addLayout(entry)
        self.right_column.insertWidget(1, box)
        self.close_button = QPushButton(self.tr("Mark risk as c&losed"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.setToolTip(
            self.tr(
                "A risk that no longer applies is closed, and stays on record. Delete only a risk entered by mistake."
            )
        )
        self.close_button.clicked.connect(self._close_risk)
        self.right_column.insertWidget(1, self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_extra(self.current())

    def label(self, row: Row) -> str:
        closed = "  " + self.tr("(closed)") if row["status"] == "closed" else ""
        return f"{row['number']}  {row['description'][:60]}{closed}"

    def new_values(self) -> dict[str, Any]:
        return {"number": str(len(self.rows) + 1), "description": self.tr("New risk")}

    def add_row(self, values: dict[str, Any]) -> Edit:
        return editing.add_risk(self.store, self.project_id, values, expected_version=self.card_version)

    def save(self, row: Row, name: str, value: Any) -> Edit:
        return editing.edit_risk(self.store, row["id"], {name: value}, expected_version=self.card_version)

    def delete_row(self, row: Row) -> Edit:
        return editing.delete_risk(self.store, row["id"], expected_version=self.card_version)

    def deleted_with(self, row: Row) -> str:
        return self.tr(
            "Its measures and its assessment in every status report are deleted with it. "
            "A risk that no longer applies should be closed instead: it stays on record."
        )

    def _close_risk(self) -> None:
        row = self.current()
        if row is not None:
            self.fields.save_pending()
            self.save_edit(lambda: editing.close_risk(self.store, row["id"], expected_version=self.card_version))

    def show_extra(self, row: Row | None) -> None:
        if getattr(self, "measures", None) is None:  # called once before the list is made
            return
        self.close_button.setEnabled(row is not None and row["status"] != "closed")
        self.measures.blockSignals(True)
        self.measures.clear()
        for measure in row["measures"] if row else []:
            item = QListWidgetItem(measure["text"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked if measure["done"] else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, measure["position"])
            self.measures.addItem(item)
        self.measures.blockSignals(False)
        self.delete_measure_button.setEnabled(self.measures.count() > 0)

    def _delete_measure(self) -> None:
        row, item = self.current(), self.measures.currentItem()
        if row is None or item is None or not self.confirm_delete(f"«{item.text()}»"):
            return
        self.save_edit(
            lambda: editing.delete_measure(
                self.store, row["id"], item.data(Qt.ItemDataRole.UserRole), expected_version=self.card_version
            )
        )
        self.measures.setFocus()

    def _measure_changed(self, item: QListWidgetItem) -> None:
        row = self.current()
        if row is None:
            return
        values = {"text": item.text(), "done": item.checkState() == Qt.CheckState.Checked}
        try:
            self.save_edit(
                lambda: editing.edit_measure(
                    self.store,
                    row["id"],
                    item.data(Qt.ItemDataRole.UserRole),
                    values,
                    expected_version=self.card_version,
                )
            )
        except editing.InvalidField:
            self.reload()  # an emptied measure text goes back to what it was

    def _add_measure(self) -> None:
        row = self.current()
        if row is None or not self.measure_text.text().strip():
            return
        self.save_edit(
            lambda: editing.add_measure(
                self.store, row["id"], {"text": self.measure_text.text()}, expected_version=self.card_version
            )
        )
        self.measure_text.clear()


class DependencyEditor(ListEditor):
    key = "dependencies"
    spec = fields.DEPENDENCY

    def __init__(self, context: ViewContext, project_id: str) -> None:
        super().__init__(context, project_id, self.tr("Dependencies"))
        self.texts = FieldTexts(self, context.lang)
        box = QGroupBox(self.texts.label("on_project"), self)
        column = QVBoxLayout(box)
        line = QHBoxLayout()
        self.on_project = QLabel(box)
        self.on_project.setWordWrap(True)
        self.on_project.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.choose_button = QPushButton(self.tr("Choose &project…"), box)
        self.choose_button.setToolTip(self.tr("Choose the project this depends on from the projects in this store"))
        self.choose_button.clicked.connect(self.choose_project)
        self.clear_button = QPushButton(self.tr("No pro&ject"), box)
        self.clear_button.setToolTip(self.tr("Depend on the actor named below instead of on a project"))
        self.clear_button.clicked.connect(lambda: self._set_project(None))
        for button in (self.choose_button, self.clear_button):
            button.setAutoDefault(False)
        line.addWidget(self.on_project, 1)
        line.addWidget(self.choose_button)
        line.addWidget(self.clear_button)
        self.project_error = QLabel(box)
        self.project_error.setStyleSheet(ERROR_STYLE)
        self.project_error.setWordWrap(True)
        self.project_error.hide()
        column.addLayout(line)
        column.addWidget(self.project_error)
        self.right_column.insertWidget(0, box)
        self.show_extra(self.current())

    def label(self, row: Row) -> str:
        on = row["on_project_name"] or row["on_actor"] or ""
        return f"{on}: {row['what'] or ''}".strip(": ")

    def show_extra(self, row: Row | None) -> None:
        if getattr(self, "on_project", None) is None:  # called once before the chooser is made
            return
        self.project_error.hide()
        name = row["on_project_name"] if row else None
        self.on_project.setText(name or self.tr("None: the actor below"))
        self.on_project.setAccessibleName(f"{self.texts.label('on_project')}: {self.on_project.text()}")
        self.choose_button.setEnabled(row is not None)
        self.clear_button.setEnabled(bool(row and row["on_project"]))

    def choose_project(self) -> ProjectPicker | None:
        """Open the chooser; the project chosen is saved when it is accepted."""
        row = self.current()
        if row is None:
            return None
        picker = ProjectPicker(self, self.store, exclude=self.project_id)
        picker.accepted.connect(lambda: self._set_project(picker.chosen()))
        picker.open()
        return picker

    def _set_project(self, on_project: str | None) -> None:
        row = self.current()
        if row is None:
            return
        self.fields.save_pending()  # an actor typed just now counts
        try:
            self.save_edit(
                lambda: editing.set_dependency_project(
                    self.store, row["id"], on_project, expected_version=self.card_version
                )
            )
        except editing.InvalidField as error:
            self.project_error.setText("⚠ " + self.texts.problem(error))
            self.project_error.show()

    def new_values(self) -> dict[str, Any]:
        return {"on_actor": self.tr("New dependency")}

    def add_row(self, values: dict[str, Any]) -> Edit:
        return editing.add_dependency(self.store, self.project_id, values, expected_version=self.card_version)

    def save(self, row: Row, name: str, value: Any) -> Edit:
        return editing.edit_dependency(self.store, row["id"], {name: value}, expected_version=self.card_version)

    def delete_row(self, row: Row) -> Edit:
        return editing.delete_dependency(self.store, row["id"], expected_version=self.card_version)


class BudgetEditor(ListEditor):
    key = "budget_lines"
    spec = fields.BUDGET_LINE

    def __init__(self, context: ViewContext, project_id: str) -> None:
        super().__init__(context, project_id, self.tr("Budget lines"))

    def ident(self, row: Row) -> Any:
        return row["position"]

    def label(self, row: Row) -> str:
        return f"{row['post']}  {format_nok(row['approved_nok'], self.context.lang)}".strip()

    def new_values(self) -> dict[str, Any]:
        return {"post": self.tr("New post")}

    def add_row(self, values: dict[str, Any]) -> Edit:
        return editing.add_budget_line(self.store, self.project_id, values, expected_version=self.card_version)

    def save(self, row: Row, name: str, value: Any) -> Edit:
        return editing.edit_budget_line(
            self.store, self.project_id, row["position"], {name: value}, expected_version=self.card_version
        )

    def delete_row(self, row: Row) -> Edit:
        return editing.delete_budget_line(
            self.store, self.project_id, row["position"], expected_version=self.card_version
        )
