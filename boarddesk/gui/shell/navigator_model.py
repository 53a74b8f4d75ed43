"""The navigator's tree (boards → portfolio → programmes → projects, and meetings) as a lazy model.

Only the boards are read at start. A node's children are read when the view first needs them
(expanding it, or scrolling to the end of a long list), a page at a time, so a board with 10 000
projects opens as fast as one with 40. Reading goes through services/navigator.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from boarddesk.gui.rag import rag_icon, rag_text
from boarddesk.model.formatting import format_date
from boarddesk.services.boards import lookup as board_service
from boarddesk.services.boards import navigator as nav
from boarddesk.store import Store

ROLE_TARGET = Qt.ItemDataRole.UserRole + 1  # "project:<id>", "meeting:<id>", "home:<id>" or "board:<id>"
HOME_ROW, PORTFOLIO_ROW, MEETINGS_ROW = 0, 1, 2  # a board's rows

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invisible root, as Qt's default argument


@dataclass(eq=False)
class Node:
    kind: str  # root, board, home, portfolio, meetings, project, meeting
    ident: str
    text: str
    parent: Node | None = None
    row: int = 0
    board_id: str = ""
    tooltip: str = ""
    rag: str | None = None
    lazy: bool = False  # has children still to read
    cursor: int | None = None  # position of the last project read
    children: list[Node] = field(default_factory=list)

    @property
    def target(self) -> str | None:
        if self.kind == "home":
            return f"home:{self.board_id}"
        if self.kind in ("board", "portfolio", "meetings"):
            return f"board:{self.board_id}"
        if self.kind in ("project", "meeting"):
            return f"{self.kind}:{self.ident}"
        return None

    def add(self, child: Node) -> None:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)

    def find(self, kind: str, ident: str) -> Node | None:
        return next((c for c in self.children if c.kind == kind and c.ident == ident), None)


class NavigatorModel(QAbstractItemModel):
    def __init__(self, store: Store, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.root = Node("root", "", "")
        self._projects: dict[str, Node] = {}

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the boards again and forget every child read so far."""
        self.beginResetModel()
        self.root = Node("root", "", "")
        self._projects = {}
        for board in board_service.list_boards(self.store):
            self.root.add(
                Node(
                    "board", board.id, board.short_name or board.name, board_id=board.id, tooltip=board.name, lazy=True
                )
            )
        self.endResetModel()

    def _read_children(self, node: Node, up_to_position: int | None = None) -> list[Node]:
        if node.kind == "board":
            node.lazy = False
            return [
                Node("home", node.board_id, self.tr("Home"), board_id=node.board_id),
                Node("portfolio", node.board_id, self.tr("Portfolio"), board_id=node.board_id, lazy=True),
                Node(
                    "meetings",
                    node.board_id,
                    self.tr("Meetings"),
                    board_id=node.board_id,
                    lazy=nav.has_meetings(self.store, node.board_id),
                ),
            ]
        if node.kind == "meetings":
            node.lazy = False
            return [
                Node(
                    "meeting",
                    m.id,
                    f"{m.label()}  ·  {format_date(m.date, self.lang)}",
                    board_id=node.board_id,
                    tooltip=m.place or "",
                )
                for m in board_service.list_meetings(self.store, node.board_id)
            ]
        parent_id = node.ident if node.kind == "project" else None
        page = nav.project_page(self.store, node.board_id, parent_id, node.cursor, up_to_position=up_to_position)
        if page:
            node.cursor = page[-1].position
        node.lazy = up_to_position is not None or len(page) == nav.PAGE_SIZE
        return [self._project_node(p, node.board_id) for p in page]

    def _project_node(self, project: nav.NavProject, board_id: str) -> Node:
        node = Node("project", project.id, project.name, board_id=board_id, lazy=project.has_children)
        self._describe(node, project)
        self._projects[project.id] = node
        return node

    def _describe(self, node: Node, project: nav.NavProject) -> None:
        node.text = project.name
        node.rag = project.overall_status
        node.tooltip = self.tr("Status") + f": {rag_text(project.overall_status, self.lang)}"

    def refresh_project(self, project_id: str) -> None:
        """Show a project's name and status again after an edit, if its row has been read."""
        node = self._projects.get(project_id)
        project = nav.project_summary(self.store, project_id) if node else None
        if node and project:
            self._describe(node, project)
            index = self.index_of(node)
            self.dataChanged.emit(index, index)

    def _fetch(self, parent: AnyIndex, up_to_position: int | None = None) -> None:
        node = self.node(parent)
        children = self._read_children(node, up_to_position)
        if not children:
            return
        first = len(node.children)
        self.beginInsertRows(parent, first, first + len(children) - 1)
        for child in children:
            node.add(child)
        self.endInsertRows()

    # -- finding things -----------------------------------------------------------------------
    def node(self, index: AnyIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index_of(self, node: Node) -> QModelIndex:
        return QModelIndex() if node is self.root else self.createIndex(node.row, 0, node)

    def _child(self, node: Node, kind: str, ident: str, position: int | None = None) -> Node | None:
        """A child of a node, reading the node's children as far as needed to reach it."""
        if node.lazy and not node.children:
            self._fetch(self.index_of(node))
        found = node.find(kind, ident)
        if found is None and node.lazy and position is not None:
            self._fetch(self.index_of(node), up_to_position=position)
            found = node.find(kind, ident)
        return found

    def locate(self, kind: str, ident: str) -> QModelIndex:
        """The row showing a board, project or meeting (read in if need be); invalid if none."""
        if kind == "board":
            board = self.root.find("board", ident)
            return self.index_of(board) if board else QModelIndex()
        if kind == "home":
            board = self.root.find("board", ident)
            home = board and self._child(board, "home", ident)
            return self.index_of(home) if home else QModelIndex()
        if kind == "meeting":
            board = self.root.find("board", nav.meeting_board(self.store, ident) or "")
            meetings = board and self._child(board, "meetings", board.board_id)
            meeting = meetings and self._child(meetings, "meeting", ident)
            return self.index_of(meeting) if meeting else QModelIndex()
        if kind == "project":
            path = nav.project_path(self.store, ident)
            board = path and self.root.find("board", path.board_id)
            node = board and self._child(board, "portfolio", board.board_id)
            for project_id, position in path.chain if node else []:
                node = self._child(node, "project", project_id, position)
                if node is None:
                    break
            return self.index_of(node) if node else QModelIndex()
        return QModelIndex()

    # -- QAbstractItemModel -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = NO_PARENT) -> QModelIndex:
        node = self.node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: AnyIndex = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        return QModelIndex() if up is None or up is self.root else self.createIndex(up.row, 0, up)

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:  # noqa: N802 (Qt's name)
        return len(self.node(parent).children) if parent.column() <= 0 else 0

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:  # noqa: N802
        return 1

    def hasChildren(self, parent: AnyIndex = NO_PARENT) -> bool:  # noqa: N802
        node = self.node(parent)
        return bool(node.children) or node.lazy

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return self.node(parent).lazy

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if self.node(parent).lazy:
            self._fetch(parent)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.text
        if role == ROLE_TARGET:
            return node.target
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == Qt.ItemDataRole.DecorationRole and node.kind == "project":
            return rag_icon(node.rag, self.lang)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{node.text}, {node.tooltip}" if node.tooltip else node.text
        return None
