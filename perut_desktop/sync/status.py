"""Where this replica stands in the exchange of bundles: its clock and counter, its
peers, open conflicts and refused bundles (``perut sync status``, the window's sync page).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perut_desktop.enums import ConflictStatus, Role
from perut_desktop.models import Conflict, Device, ImportLog, Peer, ReplicaState
from perut_desktop.sync.engine import pending_rows


@dataclass(frozen=True)
class PeerStatus:
    """One peer as this replica sees it (field names are the JSON keys of the CLI)."""

    device_id: str
    name: str  # the peer's device name ("" when this replica has no such device)
    epoch: int  # the peer's epoch as last seen here
    acked_seq: int  # this replica's writes the peer has acknowledged
    applied_upto: int  # the peer's writes applied here (a contiguous prefix)
    pending_rows: int  # rows the next bundle to the peer would carry
    bundles_sent: int
    last_bundle_applied: int  # number of the last bundle from the peer applied here
    last_sent_at: dt.datetime | None
    last_received_at: dt.datetime | None
    enrolment_pending: bool  # a laptop enrolled here whose first bundle has not arrived


@dataclass(frozen=True)
class SyncStatus:
    """This replica's state in the exchange (field names are the JSON keys of the CLI)."""

    device_id: str
    role: Role
    epoch: int
    seq: int  # the local write counter
    open_conflicts: int
    refused_bundles: int
    peers: tuple[PeerStatus, ...]  # ordered by device id


def sync_status(session: Session) -> SyncStatus:
    """The sync status of the replica ``session`` is bound to; reads only.

    Takes a session (the caller frames the unit of work: ``with replica.begin() as s:``)
    and works on its connection, so it sees the same snapshot as the caller's other reads.
    """
    conn = session.connection()
    st = conn.execute(select(ReplicaState)).one()
    peers = conn.execute(select(Peer).order_by(Peer.device_id)).all()
    names = dict(conn.execute(select(Device.id, Device.name)).all())
    open_conflicts = conn.execute(select(func.count()).select_from(Conflict).where(
        Conflict.status == ConflictStatus.OPEN, Conflict.deleted.is_(False))).scalar_one()
    refused = conn.execute(select(func.count()).select_from(ImportLog).where(
        ImportLog.outcome == "refused")).scalar_one()
    rows = tuple(
        PeerStatus(
            device_id=p.device_id, name=names.get(p.device_id, ""), epoch=p.epoch, acked_seq=p.acked_seq,
            applied_upto=int((p.state or {}).get("applied_upto", 0)), pending_rows=pending_rows(conn, p),
            bundles_sent=p.next_out_bundle - 1, last_bundle_applied=p.applied_in_bundle,
            last_sent_at=p.last_sent_at, last_received_at=p.last_received_at,
            enrolment_pending=bool(((p.state or {}).get("enrolment") or {}).get("pending")))
        for p in peers)
    return SyncStatus(device_id=st.device_id, role=Role(st.role), epoch=st.epoch, seq=st.seq,
                      open_conflicts=open_conflicts, refused_bundles=refused, peers=rows)


__all__ = ["PeerStatus", "SyncStatus", "sync_status"]
