"""The findings of every village, kept while the replica stays as it was.

Evaluating the rules of all villages as of a day is the costly part of the *Dasbor* and the
*Desa* list, and both ask for the same day's findings again and again while nothing has
changed. A :class:`FindingsCache` keeps them under a key of the replica's write state —
its epoch, its write counter ``seq`` and its clock, which every replicated write (a local
one or an imported bundle's) advances — and the day. A unit of work that has written
anything computes afresh and keeps nothing, so an uncommitted (or rolled-back) write never
leaves findings behind. The owner of the open replica (the window's workspace) puts one in
each unit of work's ``session.info`` and clears it after every change as well.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.models import ReplicaState

__all__ = ["FindingsCache"]

#: Where a unit of work carries its cache.
INFO_KEY = "findings_cache"


class FindingsCache:
    """Every village's findings (``facts.VillageFindings``) per (replica state, day); the
    ``size`` newest kept."""

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self.computed = 0  # how many times the findings were evaluated (tests, benchmarks)
        self._entries: OrderedDict[tuple[Any, ...], tuple[Any, ...]] = OrderedDict()

    @staticmethod
    def of(session: Session) -> FindingsCache | None:
        """The cache the unit of work carries, if any."""
        cache = session.info.get(INFO_KEY)
        return cache if isinstance(cache, FindingsCache) else None

    def attach(self, session: Session) -> None:
        """Let ``session``'s unit of work use this cache."""
        session.info[INFO_KEY] = self

    def clear(self) -> None:
        self._entries.clear()

    def findings(self, session: Session, on: dt.date,
                 compute: Callable[[], Sequence[Any]]) -> tuple[Any, ...]:
        """Every village's findings as of ``on``: kept ones while the replica is unchanged,
        else ``compute()`` (kept for the next call unless this unit of work wrote)."""
        state = session.execute(select(ReplicaState.device_id, ReplicaState.epoch, ReplicaState.seq,
                                       ReplicaState.hlc_ms, ReplicaState.hlc_counter)).one_or_none()
        written = bool(session.info.get("written_tables")) or bool(session.new or session.dirty or session.deleted)
        key = (tuple(state) if state is not None else None, on)
        if not written and state is not None and key in self._entries:
            self._entries.move_to_end(key)
            return self._entries[key]
        value = tuple(compute())
        self.computed += 1
        if not written and state is not None:
            self._entries[key] = value
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value
