"""A board's members in the app: add and retire members, personal deputies, observers and the
secretary, with roles and periods. Retired members stay listed (greyed) for the record."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.i18n import fill
from boarddesk.gui.meeting.common import ID_ROLE
from boarddesk.gui.service_text import user_message
from boarddesk.model.formatting import format_date, parse_date
from boarddesk.model.vocabulary import MEMBER_ROLE
from boarddesk.services.boards import membership
from boarddesk.services.boards.membership import Member, MembershipError
from boarddesk.store import Store


class MemberForm(QDialog):
    """One member's fields; dates typed as people type them (01.01.2022)."""

    def __init__(self, members: list[Member], lang: str, member: Member | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("New member"))
        self.lang = lang
        form = QFormLayout(self)
        self.name = QLineEdit(member.name if member else "", self)
        self.organisation = QLineEdit((member.organisation or "") if member else "", self)
        self.title = QLineEdit((member.title or "") if member else "", self)
        self.role = QComboBox(self)
        for term in MEMBER_ROLE.terms:
            self.role.addItem(term.label(lang), term.key)
        self.role.setCurrentIndex(max(self.role.findData(member.role if member else "member"), 0))
        self.deputy_for = QComboBox(self)
        self.deputy_for.addItem(self.tr("(nobody)"), None)
        for other in members:
            if member is None or other.id != member.id:
                self.deputy_for.addItem(other.name, other.id)
        if member and member.deputy_for:
            self.deputy_for.setCurrentIndex(max(self.deputy_for.findData(member.deputy_for), 0))
        self.period_from = QLineEdit(format_date(member.period_from, lang) if member else "", self)
        self.period_to = QLineEdit(format_date(member.period_to, lang) if member else "", self)
        for edit in (self.period_from, self.period_to):
            edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Personal &deputy for:"), self.deputy_for)
        form.addRow(self.tr("Member &from:"), self.period_from)
        form.addRow(self.tr("Member &until:"), self.period_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str | None]:
        """What was typed, dates in ISO form; ValueError names a date that is not one."""
        values: dict[str, str | None] = {
            "name": self.name.text(),
            "organisation": self.organisation.text(),
            "title": self.title.text(),
            "role": self.role.currentData(),
            "deputy_for": self.deputy_for.currentData(),
        }
        for key, edit, label in (
            ("period_from", self.period_from, self.tr("Member from")),
            ("period_to", self.period_to, self.tr("Member until")),
        ):
            try:
                day = parse_date(edit.text())
                values[key] = day.isoformat() if day else None
            except ValueError:
                raise ValueError(
                    fill(self.tr("{field}: «{text}» is not a date"), field=label, text=edit.text())
                ) from None
        return values


class MembersDialog(QDialog):
    """The members of one board, with buttons to add, change and retire them."""

    COLUMNS = ("name", "organisation", "role", "deputy_for", "period_from", "period_to")

    def __init__(self, store: Store, board_id: str, board_name: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.board_id, self.lang = store, board_id, lang
        self.setWindowTitle(fill(self.tr("Members of {board}"), board=board_name))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setAccessibleName(self.tr("Members"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Role"),
                self.tr("Deputy for"),
                self.tr("From"),
                self.tr("Until"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the organisation gets the room
        header.setMinimumSectionSize(90)  # room for a date, «01.01.2022», when the column is empty
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table, 1)
        self.show_retired = QCheckBox(self.tr("Show &retired members"), self)
        self.show_retired.setChecked(True)
        self.show_retired.toggled.connect(lambda _on: self.reload())
        bar = QHBoxLayout()
        bar.addWidget(self.show_retired)
        bar.addStretch(1)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.retire_button = QPushButton(self.tr("R&etire…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.retire_button.clicked.connect(self.retire_selected)
        close.clicked.connect(self.accept)
        for button in (self.add_button, self.edit_button, self.retire_button, close):
            button.setAutoDefault(False)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.reload()

    # -- the table ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.members = membership.list_members(self.store, self.board_id)
        names = {m.id: m.name for m in self.members}
        shown = [m for m in self.members if m.active or self.show_retired.isChecked()]
        self.table.setRowCount(len(shown))
        for row, member in enumerate(shown):
            texts = (
                member.name,
                member.organisation or "",
                self._role_text(member),
                names.get(member.deputy_for or "", ""),
                format_date(member.period_from, self.lang),
                format_date(member.period_to, self.lang) if member.period_to else "",
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, member.id)
                if not member.active:
                    item.setForeground(QBrush(QColor("#767676")))
                    item.setToolTip(self.tr("Retired"))
                self.table.setItem(row, column, item)

    def _role_text(self, member: Member) -> str:
        """The role, marked «(utledet)» when it was inferred from other papers, not read in the board's own."""
        role = MEMBER_ROLE.label(member.role, self.lang)
        if role and "role" in member.inferred_fields:
            inferred = self.tr("inferred")
            return f"{role} ({inferred})"
        return role

    def selected(self) -> Member | None:
        items = self.table.selectedItems()
        if not items:
            return None
        member_id = items[0].data(ID_ROLE)
        return next((m for m in self.members if m.id == member_id), None)

    # -- actions ------------------------------------------------------------------------------
    def add(self) -> Member | None:
        return self._form(None, lambda values: membership.add_member(self.store, self.board_id, **values))

    def edit_selected(self) -> Member | None:
        member = self.selected()
        if member is None:
            return None
        return self._form(member, lambda values: membership.update_member(self.store, member.id, **values))

    def _form(self, member: Member | None, save) -> Member | None:
        form = MemberForm(self.members, self.lang, member, self)
        while form.exec():
            try:
                saved = save(form.values())
            except (ValueError, MembershipError) as problem:
                QMessageBox.warning(self, form.windowTitle(), user_message(problem))
                continue
            self.reload()
            return saved
        return None

    def retire_selected(self) -> Member | None:
        member = self.selected()
        if member is None or not member.active:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Retire member"),
            fill(
                self.tr("{member} leaves the board today and is no longer invited. Past meetings still name them."),
                member=member.name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        retired = membership.retire_member(self.store, member.id, date.today().isoformat())
        self.reload()
        return retired


def select_row_of(table: QTableWidget, member_id: str) -> None:
    """Select the row that stands for `member_id` (tests and keyboard users land on it)."""
    for row in range(table.rowCount()):
        if table.item(row, 0).data(ID_ROLE) == member_id:
            table.selectRow(row)
            return
    raise LookupError(member_id)
