"""The *Pengaturan* page's backups: *Cadangkan sekarang* (as ``perut backup``) and the
automatic backups kept in ``backups/``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from perut_desktop import db
from perut_desktop.errors import Hint, StateError, UsageError
from perut_desktop.sync import backup

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from perut_desktop.db import Replica
    from perut_desktop.services.people import OfficerInfo

__all__ = ["AutomaticBackup", "BackupMade", "automatic_backups", "make_backup", "own_contact",
           "restore_into_new_folder"]

MIN_PASSPHRASE = backup.MIN_PASSPHRASE
BACKUP_SUFFIX = ".perut-backup"


@dataclass(frozen=True)
class BackupMade:
    path: Path
    bytes: int
    with_keys: bool


def make_backup(replica: Replica, folder: Path, passphrase: str | None = None,
                now: dt.datetime | None = None) -> BackupMade:
    """Operation: a backup of this replica into ``folder``; with a passphrase (at least
    :data:`MIN_PASSPHRASE` characters) it also holds the device's keys, encrypted."""
    if passphrase is not None and len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(f"Kata sandi cadangan terlalu pendek; paling sedikit {MIN_PASSPHRASE} karakter (mis. "
                         "kalimat beberapa kata).")
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M")
    written = backup.write_backup(replica, folder / f"perut-cadangan-{stamp}{BACKUP_SUFFIX}", passphrase=passphrase)
    return BackupMade(written.path, written.bytes, written.with_keys)


@dataclass(frozen=True)
class AutomaticBackup:
    taken_at: dt.datetime
    path: Path
    bytes: int


def automatic_backups(data_dir: Path) -> tuple[AutomaticBackup, ...]:
    """The automatic backups in ``backups/``, newest first."""
    out = []
    for moment, path in backup.automatic_backups(data_dir):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        out.append(AutomaticBackup(moment, path, size))
    return tuple(sorted(out, key=lambda b: b.taken_at, reverse=True))


def own_contact(session: Session) -> OfficerInfo | None:
    """On a laptop, its officer (whose phone and e-mail it may change); None on the master."""
    from perut_desktop.services.common import ctx
    from perut_desktop.services.people import own_officer

    if ctx(session).is_master:
        return None
    return own_officer(session)


def restore_into_new_folder(open_data_dir: Path, folder: Path, source: Path,
                            passphrase: str | None = None) -> backup.Restored:
    """Operation: *Pulihkan* — the same checks and restore as ``perut restore``, into a new
    data folder: never over the folder that is open, nor over another replica's data."""
    folder = folder.resolve()
    if folder == open_data_dir.resolve():
        raise StateError(f"Folder {folder} adalah folder data yang sedang dibuka; cadangan dipulihkan ke "
                         "folder baru.", hint=Hint.CHOOSE_OTHER_DATA_FOLDER, record=str(folder))
    if db.is_initialised(folder):
        raise StateError(f"Sudah ada data PERUT di {folder}.", hint=Hint.CHOOSE_OTHER_DATA_FOLDER,
                         record=str(folder))
    return backup.restore_backup(folder, source, replace=False, passphrase=passphrase)
