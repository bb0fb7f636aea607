"""What a call changed: the replicated tables its unit of work (or an imported bundle)
wrote. The window hands it to its pages, and each refreshes only when it shows one of
those tables. A light module: no SQLAlchemy, so the window may import it at start-up."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

__all__ = ["Changed", "Changes", "NO_CHANGES"]


@dataclass(frozen=True)
class Changes:
    """The replicated tables a call wrote (empty: it changed nothing)."""

    tables: frozenset[str] = frozenset()

    @classmethod
    def of(cls, tables: Iterable[str]) -> Changes:
        return cls(frozenset(tables))

    def touches(self, tables: Iterable[str]) -> bool:
        """Whether any of ``tables`` was written."""
        return not self.tables.isdisjoint(tables)

    def __bool__(self) -> bool:
        return bool(self.tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables)


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A call's result together with what it changed."""

    value: T
    changes: Changes = field(default=NO_CHANGES)
