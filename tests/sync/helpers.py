"""Builders for the sync tests: field replicas enrolled from a master, and bundle exchange
through the payload seam (no container: export → payload file → apply)."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

from sqlalchemy import select

from perut_desktop.db import Replica, open_replica
from perut_desktop.models import Conflict
from perut_desktop.services import people
from perut_desktop.sync import engine
from perut_desktop.sync.fingerprint import fingerprint

_counter = itertools.count()


@contextmanager
def repeatable_ids(seed: int) -> Iterator[None]:
    """Row ids (``uuid4``) and device ids (``secrets.token_hex``) drawn from a generator
    seeded with ``seed`` while the block runs: steps that pick "the n-th visit" or "the
    n-th conflict" in id order then pick the same row on every run, so a derandomised
    history is the same history each time. (Keys and signatures stay random.)"""
    rng = random.Random(seed)

    def token_hex(nbytes: int | None = None) -> str:
        n = 32 if nbytes is None else nbytes
        return rng.getrandbits(8 * n).to_bytes(n, "big").hex() if n else ""

    with mock.patch.object(uuid, "uuid4", lambda: uuid.UUID(int=rng.getrandbits(128), version=4)), \
            mock.patch.object(secrets, "token_hex", token_hex):
        yield


def ms_at(day: dt.date, hour: int = 10, minute: int = 0) -> int:
    return int(dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC).timestamp() * 1000)


def at(replica: Replica, day: dt.date = dt.date(2026, 11, 20), hour: int = 10, **kw: Any):  # type: ignore[no-untyped-def]
    ms = ms_at(day, hour)
    return replica.begin(now_ms=lambda: ms, **kw)


def add_officer(master: Replica, name: str, villages: list[str]) -> str:
    with at(master) as s:
        return people.add_officer(s, name=name, villages=villages).id


def add_user(master: Replica) -> str:
    with at(master) as s:
        return people.add_user(s, name="Ahmad Fauzan", nip="198307142009011002", title="Kepala Seksi Pemerintahan",
                               can_sign=True).id


def make_field(master: Replica, folder: Path, officer_name: str) -> Replica:
    """Enrol a laptop for the officer through the confirmed handshake (its first bundle is
    held until the office types the code it shows), then give it the master's data."""
    from perut_desktop.sync import bundle

    res = bundle.write_enrolment(master, officer_name, folder.parent / f"bundle-{folder.name}.perut-enroll")
    made = bundle.init_field_from_file(folder, res.path)
    field = open_replica(folder)
    hold_and_confirm(master, field, folder.parent / f"bundle-{folder.name}-keys.perut", made.code)
    send(master, field, folder.parent)
    return field


def hold_and_confirm(master: Replica, laptop: Replica, path: Path, code: str) -> None:
    """The laptop's first bundle: held on the master (exit 4, nothing applied), then
    applied when the office types the laptop's code."""
    from perut_desktop.errors import StateError
    from perut_desktop.sync import bundle

    out = bundle.export_bundle(laptop, path)[0].path
    try:
        bundle.import_bundle(master, out)
    except StateError as exc:
        assert "ditahan" in exc.message, exc.message
    else:
        raise AssertionError("the first bundle of a laptop was applied before its code was confirmed")
    bundle.confirm_enrolment(master, laptop.device_id, code)


def enrol_with_keys(master: Replica, folder: Path, name: str, officer: str) -> Replica:
    """A laptop enrolled through the real enrolment file and the confirmed handshake (its
    keys known to the master, the master's to it), in ``folder / name``; bundles are
    ``.perut`` files."""
    from perut_desktop.sync import bundle

    res = bundle.write_enrolment(master, officer, folder / f"{name}.perut-enroll")
    made = bundle.init_field_from_file(folder / name, res.path)
    laptop = open_replica(folder / name)
    hold_and_confirm(master, laptop, folder / f"keys-{name}.perut", made.code)
    for src, dst, tag in ((master, laptop, "first"), (laptop, master, "ack"), (master, laptop, "back")):
        out = bundle.export_bundle(src, folder / f"{tag}-{name}.perut", to=res.device_id if src is master else None)
        assert bundle.import_bundle(dst, out[0].path).result.status == "applied"
    return laptop


def export(src: Replica, dst: Replica | str, folder: Path, *, full: bool = False) -> tuple[Path, dict[str, Any]]:
    to = dst if isinstance(dst, str) else dst.device_id
    path = folder / f"bundle-{next(_counter)}.sqlite"
    res = engine.export_payload(src, path, to=None if not src.is_master else to, full=full)
    return path, res.header


def apply(dst: Replica, bundle: tuple[Path, dict[str, Any]], **kw: Any) -> engine.ImportResult:
    return engine.apply_payload(dst, bundle[0], bundle[1], **kw)


def send(src: Replica, dst: Replica, folder: Path, *, full: bool = False) -> engine.ImportResult:
    return apply(dst, export(src, dst, folder, full=full))


def fp(replica: Replica) -> str:
    with replica.engine.connect() as conn:
        return fingerprint(conn).digest


def conflicts(replica: Replica) -> list[Conflict]:
    with replica.begin() as s:
        return list(s.scalars(select(Conflict).order_by(Conflict.id)).all())
