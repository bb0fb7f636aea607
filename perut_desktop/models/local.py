"""Local-only tables: never replicated, never part of the fingerprint."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from perut_desktop.models.base import Base


class ReplicaState(Base):
    """The one row describing this replica: identity, role and its two counters.

    ``hlc_ms``/``hlc_counter`` persist the hybrid logical clock so versions never go back
    across restarts; ``seq`` is the write counter stamped on every replicated write.
    """

    __tablename__ = "replica_state"

    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    device_id: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(10))
    subdistrict_id: Mapped[str | None] = mapped_column(String(36))
    master_device_id: Mapped[str | None] = mapped_column(String(40))
    epoch: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    hlc_ms: Mapped[int] = mapped_column(Integer, default=0)
    hlc_counter: Mapped[int] = mapped_column(Integer, default=0)
    seq: Mapped[int] = mapped_column(Integer, default=0)


class Peer(Base):
    """What this replica knows of one peer it exchanges bundles with."""

    __tablename__ = "peer"

    device_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, default=0)
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    sent_seq: Mapped[int] = mapped_column(Integer, default=0)
    next_out_bundle: Mapped[int] = mapped_column(Integer, default=1)
    applied_in_bundle: Mapped[int] = mapped_column(Integer, default=0)
    last_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ImportLog(Base):
    """Every bundle this replica applied or refused, by (sender, bundle id): a bundle id is
    the sender's choice, so the same id from another device is another bundle."""

    __tablename__ = "import_log"

    sender_device_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    outcome: Mapped[str] = mapped_column(String(20))
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    message: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """A local setting (paper size, acting staff member, …) as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
