"""Opening a replica for a front end: for the length of a block, or as one unit of work."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from perut_desktop.db import Replica

__all__ = ["opened_replica", "unit_of_work"]


@contextmanager
def opened_replica(data_dir: Path, *, notify: Callable[[str], None] | None = None) -> Iterator[Replica]:
    """The replica in ``data_dir`` (its schema upgraded first), open for the block and closed
    after it, for operations that frame their own transactions (bundles, backups, documents).
    A folder without a replica is a :class:`~perut_desktop.errors.StateError`. ``notify``
    receives the one-line notice of a schema upgrade (naming the copy taken before it)."""
    from perut_desktop.db import open_replica

    replica = open_replica(data_dir)
    if replica.upgraded is not None and notify is not None:
        notify(replica.upgraded.message)
    try:
        yield replica
    finally:
        replica.close()


@contextmanager
def unit_of_work(data_dir: Path, *, notify: Callable[[str], None] | None = None) -> Iterator[Any]:
    """One unit of work on the replica in ``data_dir``: a session in a transaction, committed
    when the block ends normally and rolled back (nothing changed) when it raises."""
    with opened_replica(data_dir, notify=notify) as replica, replica.begin() as session:
        yield session
