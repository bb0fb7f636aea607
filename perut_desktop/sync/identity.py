"""This installation's key material in its data folder: its key pairs (``keys/``) and, on a
field laptop until the master has its keys, the enrolment state (DESIGN.md §5).

Bundles (:mod:`perut_desktop.sync.bundle`) and backups (:mod:`perut_desktop.sync.backup`)
both sign and seal with these keys; neither owns them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select

from perut_desktop.db import Replica
from perut_desktop.errors import Hint, StateError
from perut_desktop.models import Device
from perut_desktop.sync import keys

KEYS_DIR = "keys"
ENROLMENT_STATE = "enrolment.json"  # field replica, until the master has its keys


def key_dir(data_dir: Path) -> Path:
    return data_dir / KEYS_DIR


def ensure_identity(data_dir: Path) -> keys.Identity:
    """This installation's key pairs, created (and saved in ``keys/``) on first use."""
    folder = key_dir(data_dir)
    if keys.identity_exists(folder):
        return keys.load_identity(folder)
    identity = keys.Identity.generate()
    keys.save_identity(identity, folder)
    return identity


def own_identity(replica: Replica) -> keys.Identity:
    """This replica's key pairs, for a command that signs, seals or opens something.

    Unlike :func:`ensure_identity`, it creates keys only where nobody can know the old
    ones yet (a master that has not published its keys). Keys lost — say after restoring
    a backup without keys — or keys of another device are a clear :class:`StateError`,
    never silently replaced: peers would refuse everything signed with new keys."""
    folder = key_dir(replica.data_dir)
    with replica.engine.connect() as conn:
        published = conn.execute(select(Device.sign_public_key).where(Device.id == replica.device_id)
                                 ).scalar_one_or_none()
    if keys.identity_exists(folder):
        identity = keys.load_identity(folder)
        if published and published != identity.public_keys().sign:
            raise StateError(f"Kunci di {folder} bukan kunci perangkat {replica.device_id}; bundel tidak dapat "
                             "dibuat atau dibuka.", hint=Hint.RESTORE_KEYED_BACKUP)
        return identity
    if published or not replica.is_master:
        raise StateError(f"Replika ini tidak memiliki kunci perangkatnya ({folder} kosong, misalnya setelah "
                         "memulihkan cadangan tanpa kunci); bundel tidak dapat dibuat atau dibuka.",
                         hint=Hint.RESTORE_KEYED_BACKUP)
    return ensure_identity(replica.data_dir)


def write_private_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, sort_keys=True)
    os.replace(tmp, path)


def enrolment_state(data_dir: Path) -> dict[str, Any] | None:
    path = key_dir(data_dir) / ENROLMENT_STATE
    if not path.exists():
        return None
    return json.loads(path.read_text("utf-8"))


__all__ = ["ENROLMENT_STATE", "KEYS_DIR", "enrolment_state", "ensure_identity", "key_dir", "own_identity",
           "write_private_json"]
