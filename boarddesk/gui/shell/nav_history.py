"""Back and forward through what was opened, as a web browser does. Plain Python, no widgets."""

from __future__ import annotations

Target = tuple[str, str]


class NavigationHistory:
    """The targets opened, in order, and where we stand among them."""

    def __init__(self, limit: int = 200) -> None:
        self.limit = limit
        self._items: list[Target] = []
        self._at = -1

    @property
    def current(self) -> Target | None:
        return self._items[self._at] if self._at >= 0 else None

    def visit(self, target: Target) -> None:
        """A new target opened: it replaces whatever lay ahead, as going forward is no longer possible."""
        if target == self.current:
            return
        del self._items[self._at + 1 :]
        self._items.append(target)
        if len(self._items) > self.limit:
            del self._items[0]
        self._at = len(self._items) - 1

    def can_go_back(self) -> bool:
        return self._at > 0

    def can_go_forward(self) -> bool:
        return self._at < len(self._items) - 1

    def back(self) -> Target | None:
        if not self.can_go_back():
            return None
        self._at -= 1
        return self.current

    def forward(self) -> Target | None:
        if not self.can_go_forward():
            return None
        self._at += 1
        return self.current
