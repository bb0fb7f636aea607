"""The window's one way to the data: a Qt-free workspace that owns the open replica.

Every method runs on the window's single task thread (the SQLite connections stay on it)
and frames one unit of work per call. The window never imports ``db``, the models or
SQLAlchemy: the first import of this module's heavy parts happens on that thread, after
the first frame has painted (DESIGN.md §8).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from perut_desktop.db import Replica
    from perut_desktop.services.overview import Overview

T = TypeVar("T")

__all__ = ["Workspace"]


class Workspace:
    """One data folder, opened on first use and kept open until :meth:`close`."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._replica: Replica | None = None

    def has_replica(self) -> bool:
        """Whether the data folder holds a replica (without opening it)."""
        from perut_desktop import db

        return self._replica is not None or db.is_initialised(self.data_dir)

    def _open(self) -> Replica:
        if self._replica is None:
            from perut_desktop import db

            self._replica = db.open_replica(self.data_dir)
        return self._replica

    def run(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``service(session, *args, **kwargs)`` as one unit of work: committed when it
        returns, rolled back (nothing changed) when it raises."""
        with self._open().begin() as session:
            return service(session, *args, **kwargs)

    def overview(self) -> Overview | None:
        """The dashboard's data, or ``None`` when the data folder holds no replica."""
        if not self.has_replica():
            return None
        from perut_desktop.services.overview import replica_overview

        return self.run(replica_overview)

    def close(self) -> None:
        """Close the replica (the next call opens it again)."""
        if self._replica is not None:
            self._replica.close()
            self._replica = None
