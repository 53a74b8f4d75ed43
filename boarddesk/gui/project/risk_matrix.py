"""The risk matrix (5×5, probability up, consequence across) and the risk list beside it.

Each risk is a numbered disc in its cell; a risk that moved since the previous report leaves a
dashed ghost where it was, with an arrow to where it is. Cells carry L/M/H as well as a colour, so
the matrix reads in black and white. The list shows every risk with its measures ticked done/open.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.i18n import fill
from boarddesk.model.records import Risk
from boarddesk.services.portfolio.history import RiskPosition, risk_level, risk_positions
from boarddesk.store import Store

LEVEL_COLOURS = {"low": "#a5d6a7", "medium": "#fff176", "high": "#ef9a9a"}
Cell = tuple[int, int]  # (probability, consequence)


def matrix_cells(positions: list[RiskPosition]) -> tuple[dict[Cell, list[str]], dict[Cell, list[str]], list[str]]:
    """Where each open risk sits now, where the moved ones were before, and which are not assessed."""
    now: dict[Cell, list[str]] = {}
    before: dict[Cell, list[str]] = {}
    unassessed = []
    for risk in positions:
        if risk.status == "closed":
            continue
        if not (risk.probability and risk.consequence):
            unassessed.append(risk.number)
            continue
        now.setdefault((risk.probability, risk.consequence), []).append(risk.number)
        if risk.moved and risk.previous_probability and risk.previous_consequence:
            before.setdefault((risk.previous_probability, risk.previous_consequence), []).append(risk.number)
    return now, before, unassessed


class RiskMatrix(QWidget):
    """Paints the grid; `cells` and `ghosts` say what is where, for tests and the accessible text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: dict[Cell, list[str]] = {}
        self.ghosts: dict[Cell, list[str]] = {}
        self.moves: list[tuple[str, Cell, Cell]] = []  # (risk number, from, to)
        self.setMinimumSize(300, 296)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Risk matrix"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(440, self.heightForWidth(440))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width - 54 + 50  # a square grid plus the axis labels

    def set_positions(self, positions: list[RiskPosition]) -> None:
        self.cells, self.ghosts, _ = matrix_cells(positions)
        self.moves = [
            (r.number, (r.previous_probability, r.previous_consequence), (r.probability, r.consequence))
            for r in positions
            if r.status != "closed" and r.moved and r.probability and r.consequence and r.previous_consequence
        ]
        described = [
            fill(
                self.tr("risk {number}: probability {probability}, consequence {consequence}"),
                number=number,
                probability=p,
                consequence=c,
            )
            for (p, c), numbers in sorted(self.cells.items())
            for number in numbers
        ]
        self.setAccessibleDescription("; ".join(described))
        self.update()

    def _geometry(self) -> tuple[QRectF, float]:
        margin_left, margin_bottom, margin_top = 46.0, 44.0, 6.0
        size = min(self.width() - margin_left - 8, self.height() - margin_bottom - margin_top)
        return QRectF(margin_left, margin_top, size, size), size / 5

    def cell_rect(self, probability: int, consequence: int) -> QRectF:
        grid, step = self._geometry()
        return QRectF(grid.left() + (consequence - 1) * step, grid.top() + (5 - probability) * step, step, step)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid, step = self._geometry()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        letters = {"low": self.tr("L"), "medium": self.tr("M"), "high": self.tr("H")}
        for p in range(1, 6):
            for c in range(1, 6):
                rect = self.cell_rect(p, c)
                level = risk_level(p, c)
                painter.fillRect(rect, QColor(LEVEL_COLOURS[level]))
                painter.setPen(QPen(QColor("#ffffff"), 2))
                painter.drawRect(rect)
                painter.setPen(QColor("#555555"))
                painter.setFont(small)
                painter.drawText(
                    rect.adjusted(3, 1, -3, -1), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, letters[level]
                )
        self._axes(painter, grid, step)
        for number, start, end in self.moves:
            before = self._centres(start, len(self.ghosts[start]))[self.ghosts[start].index(number)]
            now = self._centres(end, len(self.cells[end]))[self.cells[end].index(number)]
            self._arrow(painter, before, now, self._radius(end))
        for cell, numbers in self.ghosts.items():
            self._discs(painter, cell, numbers, ghost=True)
        for cell, numbers in self.cells.items():
            self._discs(painter, cell, numbers, ghost=False)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1565c0"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(grid.adjusted(-2, -2, 2, 2))
        painter.end()

    def _axes(self, painter: QPainter, grid: QRectF, step: float) -> None:
        painter.setPen(QColor("#222222"))
        painter.setFont(self.font())
        for n in range(1, 6):
            painter.drawText(
                QRectF(grid.left() - 22, grid.top() + (5 - n) * step, 18, step), Qt.AlignmentFlag.AlignCenter, str(n)
            )
            painter.drawText(
                QRectF(grid.left() + (n - 1) * step, grid.bottom() + 2, step, 18), Qt.AlignmentFlag.AlignCenter, str(n)
            )
        painter.drawText(
            QRectF(grid.left(), grid.bottom() + 20, grid.width(), 20),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Consequence →"),
        )
        painter.save()
        painter.translate(grid.left() - 40, grid.bottom())
        painter.rotate(-90)
        painter.drawText(QRectF(0, 0, grid.height(), 18), Qt.AlignmentFlag.AlignCenter, self.tr("Probability →"))
        painter.restore()

    def _radius(self, cell: Cell) -> float:
        return max(9.0, min(15.0, self.cell_rect(*cell).width() / 6))

    def _centres(self, cell: Cell, count: int) -> list[QPointF]:
        """Where the discs of a cell go: left to right below the L/M/H letter, then the next row."""
        rect, radius = self.cell_rect(*cell), self._radius(cell)
        per_row = max(1, int((rect.width() - 4) // (2 * radius + 2)))
        return [
            QPointF(
                rect.left() + 4 + radius + (i % per_row) * (2 * radius + 2),
                rect.top() + 14 + radius + (i // per_row) * (2 * radius + 2),
            )
            for i in range(count)
        ]

    def _discs(self, painter: QPainter, cell: Cell, numbers: list[str], ghost: bool) -> None:
        radius = self._radius(cell)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(7.0, radius * 0.7))
        painter.setFont(font)
        for number, centre in zip(numbers, self._centres(cell, len(numbers)), strict=True):
            disc = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            if ghost:
                painter.setPen(QPen(QColor("#424242"), 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(QColor(255, 255, 255, 120))
                painter.drawEllipse(disc)
                painter.setPen(QColor("#616161"))
            else:
                painter.setPen(QPen(QColor("#212121"), 1.5))
                painter.setBrush(QColor("#263238"))
                painter.drawEllipse(disc)
                painter.setPen(QColor("white"))
            painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, number)

    def _arrow(self, painter: QPainter, start: QPointF, end: QPointF, radius: float) -> None:
        painter.setPen(QPen(QColor("#37474f"), 2))
        painter.drawLine(start, end)
        direction = end - start
        length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1)
        unit = QPointF(direction.x() / length, direction.y() / length)
        normal = QPointF(-unit.y(), unit.x())
        tip = end - unit * (radius + 1)
        head = QPainterPath(tip)
        head.lineTo(tip - unit * 10 + normal * 5)
        head.lineTo(tip - unit * 10 - normal * 5)
        head.closeSubpath()
        painter.fillPath(head, QColor("#37474f"))


class WrappingDelegate(QStyledItemDelegate):
    """Row heights that fit the wrapped text at the column's current width (QTreeView's own guess
    assumes one line)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        width = self.tree.columnWidth(index.column())
        text_width = width - (34 if index.parent().isValid() else 12)  # measures have a tick box
        rect = option.fontMetrics.boundingRect(0, 0, max(text_width, 40), 10_000, Qt.TextFlag.TextWordWrap, option.text)
        return QSize(width, max(rect.height() + 6, super().sizeHint(option, index).height()))


class RiskList(QTreeWidget):
    """Risks with their measures as children, ticked done or open; filtered open/closed/all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("ID"), self.tr("Risk / measure"), self.tr("P×C"), self.tr("Status")])
        self.setAccessibleName(self.tr("Risks and measures"))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setItemDelegateForColumn(1, WrappingDelegate(self))
        header = self.header()
        header.sectionResized.connect(lambda *_: self.doItemsLayout())
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)
            + (QHeaderView.ResizeMode.ResizeToContents,) * 2
        ):
            header.setSectionResizeMode(column, mode)

    def set_risks(self, risks: list[Risk], positions: dict[str, RiskPosition], show: str) -> None:
        self.clear()
        for risk in risks:
            closed = risk.status == "closed"
            if (show == "open" and closed) or (show == "closed" and not closed):
                continue
            where = positions.get(risk.id)
            score = f"{where.probability}×{where.consequence}" if where and where.score else self.tr("not assessed")
            state = self.tr("Closed") if closed else self.tr("Open")
            if risk.is_new:
                state += " · " + self.tr("new")
            item = QTreeWidgetItem([risk.number, risk.description, score, state])
            item.setToolTip(1, "\n".join(filter(None, [risk.description, risk.comment])))
            for measure in risk.measures:
                child = QTreeWidgetItem(["", measure.text, "", self.tr("done") if measure.done else self.tr("open")])
                child.setCheckState(1, Qt.CheckState.Checked if measure.done else Qt.CheckState.Unchecked)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                child.setToolTip(1, measure.text)
                item.addChild(child)
            self.addTopLevelItem(item)
            item.setExpanded(True)


class RiskView(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.risks: list[Risk] = []
        self.positions: dict[str, RiskPosition] = {}
        self.matrix = RiskMatrix(self)
        self.unassessed = QLabel(self)
        self.unassessed.setWordWrap(True)
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("Open risks"), "open")
        self.filter.addItem(self.tr("Closed risks"), "closed")
        self.filter.addItem(self.tr("All risks"), "all")
        self.filter.setAccessibleName(self.tr("Show risks"))
        self.filter.currentIndexChanged.connect(self._refill_list)
        self.list = RiskList(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(
            self.tr("● now   ◌ before the latest report, → its move.   L/M/H: low, medium, high risk."), left
        )
        legend.setWordWrap(True)
        left_layout.addWidget(self.matrix)
        left_layout.addWidget(legend)
        left_layout.addWidget(self.unassessed)
        left_layout.addStretch(1)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Show:"), right)
        label.setBuddy(self.filter)
        row.addWidget(label)
        row.addWidget(self.filter)
        row.addStretch(1)
        right_layout.addLayout(row)
        right_layout.addWidget(self.list, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)

    def show_project(self, project_id: str, risks: list[Risk], reported_risk: str | None = None) -> None:
        """`reported_risk`: what the latest report says of risk, shown where no risk is registered."""
        positions = risk_positions(self.store, project_id)
        self.positions = {p.risk_id: p for p in positions}
        self.risks = risks
        self.matrix.set_positions(positions)
        _, _, unassessed = matrix_cells(positions)
        if not risks:
            text = self.tr("No risks are registered for this project, so the matrix and the list are empty.")
            if reported_risk:
                text += " " + fill(self.tr("The latest report says of risk: «{text}»"), text=reported_risk)
        elif unassessed:
            text = fill(self.tr("Not assessed (no probability or consequence): {risks}"), risks=", ".join(unassessed))
        else:
            text = ""
        self.unassessed.setText(text)
        self._refill_list()

    def _refill_list(self) -> None:
        self.list.set_risks(self.risks, self.positions, self.filter.currentData())
