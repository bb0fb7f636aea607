"""Backups of a replica and restoring them (DESIGN.md §4, §5).

Three kinds of backup file, told apart by their first bytes:

* **records only** — a copy of the SQLite database (``perut backup`` without a
  passphrase, and every backup made before keys could travel). It can be restored
  anywhere, but the replica it gives has no keys until a backup with keys is restored.
* **with keys** — ``perut backup --passphrase-file F``: a ZIP archive (members stored, not
  compressed) holding ``backup.json`` (what the file is), ``identity.json`` (the key pairs
  sealed under the passphrase, :func:`keys.export_identity`) and ``database.perut`` (the
  database in the bundle container, signed by those keys and encrypted to them). The
  passphrase opens the keys and the keys open the database, so the whole file is
  protected by the passphrase; a new office PC takes over from the master with it.
* **automatic** — taken by :func:`import_bundle <perut_desktop.sync.bundle.import_bundle>`
  before applying a bundle: the database in the bundle container, sealed by the replica to
  itself, in ``backups/`` of the data folder, pruned to 7 daily + 4 weekly. Only the
  replica's own keys open it.

Anything else is refused (:class:`InputRejected`, exit 3) before anything is changed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from perut_desktop import __version__, db
from perut_desktop.errors import Hint, InputRejected, StateError, UsageError, os_reason, output_refused
from perut_desktop.models import ReplicaState, Subdistrict
from perut_desktop.sync import container, keys
from perut_desktop.sync.identity import ENROLMENT_STATE, enrolment_state, key_dir, own_identity, write_private_json
from perut_desktop.paths import make_private, output_path_problem

BACKUP_DIR = "backups"
AUTO_PREFIX = "otomatis-"
AUTO_SUFFIX = ".perut-cadangan"
_AUTO_RE = re.compile(rf"{AUTO_PREFIX}(\d{{8}}-\d{{6}}-\d{{6}}){re.escape(AUTO_SUFFIX)}")
_AUTO_STAMP = "%Y%m%d-%H%M%S-%f"
#: An import applying more rows than this takes a backup even if one was taken today.
MANY_ROWS = 1000
KEEP_DAILY = 7
KEEP_WEEKLY = 4

#: The database inside a sealed container (automatic backups and ``database.perut``).
DB_MEMBER = "perut.sqlite"
_DB_MEMBER_PATTERN = r"perut\.sqlite"
_LIMITS = container.Limits(max_members=1, member_pattern=_DB_MEMBER_PATTERN)

#: The archive of a backup with keys.
KEYED_FORMAT = "perut-backup"
KEYED_VERSION = 1
_ZIP_MAGIC = b"PK\x03\x04"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_MANIFEST, _IDENTITY, _DATABASE = "backup.json", "identity.json", "database.perut"
_MAX_SMALL_MEMBER = 64 * 1024
#: A backup with keys guards the master's identity against an offline attack on a copied
#: file: at least 12 characters (a phrase of several words is easiest to remember, e.g.
#: "kopi pagi di kantor camat"); scrypt makes each guess cost about a tenth of a second.
MIN_PASSPHRASE = 12


# --- passphrases -----------------------------------------------------------------------------


def read_passphrase_file(path: Path, *, new: bool = False) -> str:
    """The passphrase in the first line of ``path`` (its line ending removed).

    ``new``: for a backup being written, which asks for at least :data:`MIN_PASSPHRASE`
    characters."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise InputRejected(f"Berkas kata sandi {path} tidak ditemukan.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputRejected(f"Berkas kata sandi {path} tidak dapat dibaca: {os_reason(exc)}.") from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise UsageError(f"Berkas kata sandi {path.name} kosong; tulis kata sandinya di baris pertama.")
    if new and len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(f"Kata sandi cadangan terlalu pendek; paling sedikit {MIN_PASSPHRASE} karakter (mis. "
                         "kalimat beberapa kata).")
    return passphrase


# --- writing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupWritten:
    path: Path
    bytes: int
    with_keys: bool


def _kecamatan(replica: db.Replica) -> str:
    with replica.engine.connect() as conn:
        code = conn.execute(select(Subdistrict.code).where(Subdistrict.id == replica.subdistrict_id)
                            ).scalar_one_or_none()
    return code or "-"


def _sealed_copy(replica: db.Replica, identity: keys.Identity, out: Path, work: Path) -> int:
    """The database, copied online, in a container sealed by this replica to itself."""
    plain = work / DB_MEMBER
    db.backup_database(replica.engine, plain)
    try:
        now = dt.datetime.now(dt.UTC)
        written = container.write_bundle(
            out, header={"bundle_id": f"cadangan-{uuid.uuid4().hex}", "kecamatan": _kecamatan(replica),
                         "sender": replica.device_id, "recipient": replica.device_id},
            members=[container.Member(DB_MEMBER, plain)], sender=identity,
            recipient_public_enc_key=identity.enc_public_bytes, member_pattern=_DB_MEMBER_PATTERN,
            inner_meta={"kind": "backup", "device_id": replica.device_id, "role": replica.role,
                        "created_at": now.isoformat(timespec="seconds"), "app_version": __version__})
    finally:
        plain.unlink(missing_ok=True)
    return written.bytes


def write_backup(replica: db.Replica, out: Path, *, passphrase: str | None) -> BackupWritten:
    """``perut backup``: the records (a SQLite copy), or with a passphrase the records and
    the keys, all encrypted (see the module docstring). Atomic: temp file, then rename."""
    out = out.resolve()
    problem = output_path_problem(out)
    if problem:
        raise output_refused(out, problem)
    if not out.parent.is_dir():
        raise InputRejected(f"Folder {out.parent} tidak ada; cadangan tidak dibuat.")
    try:
        if passphrase is None:
            db.backup_database(replica.engine, out)
            return BackupWritten(out, out.stat().st_size, False)
        identity = own_identity(replica)
        blob = keys.export_identity(identity, passphrase, meta={
            "device_id": replica.device_id, "role": replica.role,
            "enrolment": enrolment_state(replica.data_dir)})
        # the plaintext database copy stays in the data folder, never on the target medium
        with tempfile.TemporaryDirectory(prefix=".cadangan-", dir=replica.data_dir) as tmp:
            sealed = Path(tmp) / _DATABASE
            _sealed_copy(replica, identity, sealed, Path(tmp))
            manifest = {"format": KEYED_FORMAT, "version": KEYED_VERSION, "device_id": replica.device_id,
                        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                        "app_version": __version__}
            part = out.with_name(f".{out.name}.{os.getpid()}.tmp")
            try:
                with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_STORED) as zf:
                    zf.writestr(_MANIFEST, json.dumps(manifest, sort_keys=True))
                    zf.writestr(_IDENTITY, blob)
                    zf.write(sealed, _DATABASE)
                with open(part, "rb+") as fh:
                    os.fsync(fh.fileno())
                os.replace(part, out)
            finally:
                part.unlink(missing_ok=True)
        return BackupWritten(out, out.stat().st_size, True)
    except (OSError, sqlite3.Error) as exc:
        raise InputRejected(f"Cadangan tidak dapat ditulis ke {out}: {os_reason(exc)}; tidak ada yang berubah.",
                            hint=Hint.CHOOSE_OTHER_OUTPUT) from exc


# --- automatic backups -----------------------------------------------------------------------


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def automatic_backups(data_dir: Path) -> list[tuple[dt.datetime, Path]]:
    """The automatic backups in the data folder, oldest first."""
    folder = backup_folder(data_dir)
    found = []
    for path in folder.glob(f"{AUTO_PREFIX}*{AUTO_SUFFIX}") if folder.is_dir() else ():
        m = _AUTO_RE.fullmatch(path.name)
        if m:
            found.append((dt.datetime.strptime(m.group(1), _AUTO_STAMP), path))
    return sorted(found)


def backup_due(data_dir: Path, rows: int, now: dt.datetime) -> bool:
    """DESIGN.md §4: before an import of many rows, otherwise at most once a day (so that
    a small delta's cost does not grow with the database)."""
    if rows > MANY_ROWS:
        return True
    return not any(stamp.date() == now.date() for stamp, _ in automatic_backups(data_dir))


def to_keep(stamps: Iterable[dt.datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> set[dt.datetime]:
    """The backups pruning keeps: the newest of each of the ``daily`` most recent days that
    have one, then the newest of each of the ``weekly`` ISO weeks before those."""
    keep: set[dt.datetime] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for stamp in sorted(stamps, reverse=True):
        day = stamp.date()
        if len(days) < daily:
            if day not in days:
                days.append(day)
                keep.add(stamp)
            continue
        if day in days:
            continue
        iso = day.isocalendar()
        if (iso.year, iso.week) not in weeks and len(weeks) < weekly:
            weeks.append((iso.year, iso.week))
            keep.add(stamp)
    return keep


def prune(data_dir: Path) -> list[Path]:
    """Delete the automatic backups :func:`to_keep` does not keep; return those deleted."""
    found = automatic_backups(data_dir)
    keep = to_keep(stamp for stamp, _ in found)
    gone = []
    for stamp, path in found:
        if stamp not in keep:
            with suppress(FileNotFoundError):
                path.unlink()
            gone.append(path)
    return gone


def take_automatic_backup(replica: db.Replica, *, now: dt.datetime | None = None) -> Path:
    """Seal the database to this replica's own keys in ``backups/``, then prune.

    :class:`StateError` when it cannot be written (the import is then not started)."""
    identity = own_identity(replica)
    now = now or dt.datetime.now()
    folder = backup_folder(replica.data_dir)
    target = folder / f"{AUTO_PREFIX}{now.strftime(_AUTO_STAMP)}{AUTO_SUFFIX}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".otomatis-", dir=folder) as tmp:
            _sealed_copy(replica, identity, target, Path(tmp))
    except (OSError, sqlite3.Error, InputRejected) as exc:
        raise StateError(f"Cadangan otomatis sebelum impor tidak dapat ditulis ke {folder}: {os_reason(exc)}; "
                         "impor dibatalkan, tidak ada yang berubah. Periksa ruang disk, lalu ulangi.") from None
    prune(replica.data_dir)
    return target


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupSource:
    """A backup file, checked and opened: a PERUT database file and, if it carried them,
    the keys (with the enrolment state of a laptop not yet known to the master)."""

    kind: str  # "records" | "keys" | "automatic"
    database: Path
    device_id: str
    role: str
    identity: keys.Identity | None = None
    enrolment: dict[str, Any] | None = None


def _kind(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            start = fh.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        raise InputRejected(f"Berkas cadangan {path} tidak ditemukan.") from None
    except OSError as exc:
        raise InputRejected(f"Berkas {path} tidak dapat dibaca: {os_reason(exc)}.") from None
    if start.startswith(_ZIP_MAGIC):
        return "keys"
    if start.startswith(container.MAGIC):
        return "automatic"
    return "records"


def _check_not_a_bundle(path: Path) -> container.BundleHeader:
    header = container.read_header(path)
    if header.sender != header.recipient:
        raise InputRejected(f"Berkas {path.name} adalah bundel sinkronisasi, bukan cadangan.",
                            hint=Hint.IMPORT_BUNDLE, record=str(path))
    return header


def _open_sealed(path: Path, identity: keys.Identity, work: Path) -> tuple[Path, str]:
    """The database out of a container this replica sealed to itself; its device id.

    The signature must verify with ``identity``'s own key: that proves this replica wrote
    it, whatever device id the header claims."""
    header = _check_not_a_bundle(path)
    try:
        opened = container.open_bundle(
            path, my_device_id=header.sender, my_identity=identity, kecamatan_code=header.kecamatan,
            lookup_sender_key=lambda _device: identity.sign_public_bytes, extract_to=work / "isi",
            limits=_LIMITS, from_self=True)
    except InputRejected as exc:
        if "tanda tangan" in exc.message:
            raise InputRejected(f"Cadangan {path.name} tidak dibuat dengan kunci perangkat ini, atau rusak; "
                                "tidak ada yang berubah.") from None
        raise InputRejected(f"Cadangan {path.name} tidak dapat dibuka: {exc.message}") from None
    database = opened.member_paths.get(DB_MEMBER)
    if database is None:
        raise InputRejected(f"Cadangan {path.name} tidak berisi basis data.")
    return database, header.sender


def _check(database: Path, device_id: str, shown: str) -> dict[str, Any]:
    info = db.check_perut_database(database)
    if info["device_id"] != device_id:
        raise InputRejected(f"Cadangan {shown} tidak utuh: basis datanya milik perangkat lain.")
    return info


def _zip_member(zf: zipfile.ZipFile, name: str, shown: str, limit: int | None) -> zipfile.ZipInfo:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise InputRejected(f"Berkas {shown} bukan cadangan PERUT (tidak berisi {name}).") from None
    if info.compress_type != zipfile.ZIP_STORED or info.file_size != info.compress_size \
            or (limit is not None and info.file_size > limit):
        raise InputRejected(f"Berkas {shown} bukan cadangan PERUT yang utuh ({name}).")
    return info


def _open_keyed(path: Path, passphrase: str | None, work: Path) -> BackupSource:
    shown = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            if sorted(zf.namelist()) != sorted((_MANIFEST, _IDENTITY, _DATABASE)):
                raise InputRejected(f"Berkas {shown} bukan cadangan PERUT (isi arsip tidak dikenal).")
            manifest = json.loads(zf.read(_zip_member(zf, _MANIFEST, shown, _MAX_SMALL_MEMBER)))
            if not isinstance(manifest, dict) or manifest.get("format") != KEYED_FORMAT:
                raise InputRejected(f"Berkas {shown} bukan cadangan PERUT.")
            version = manifest.get("version")
            if isinstance(version, int) and version > KEYED_VERSION:
                raise InputRejected(f"Cadangan {shown} dibuat dengan format {version} yang lebih baru; "
                                    "perbarui PERUT.")
            if version != KEYED_VERSION:
                raise InputRejected(f"Berkas {shown} bukan cadangan PERUT (versi tidak dikenal).")
            if passphrase is None:
                raise UsageError(f"Cadangan {shown} terenkripsi dan berisi kunci perangkat; kata sandinya "
                                 "diperlukan.", hint=Hint.GIVE_PASSPHRASE)
            blob = zf.read(_zip_member(zf, _IDENTITY, shown, _MAX_SMALL_MEMBER))
            opened = keys.import_identity(blob, passphrase)
            sealed = work / _DATABASE
            with zf.open(_zip_member(zf, _DATABASE, shown, None)) as src, open(sealed, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, RecursionError, EOFError):
        raise InputRejected(f"Berkas {shown} rusak atau bukan cadangan PERUT.") from None
    database, device_id = _open_sealed(sealed, opened.identity, work)
    if opened.meta.get("device_id") != device_id:
        raise InputRejected(f"Cadangan {shown} tidak utuh: kunci dan basis datanya milik perangkat berbeda.")
    info = _check(database, device_id, shown)
    enrolment = opened.meta.get("enrolment")
    return BackupSource("keys", database, device_id, info["role"], opened.identity,
                        enrolment if isinstance(enrolment, dict) else None)


@contextmanager
def open_backup(path: Path, *, passphrase: str | None, key_folder: Path, work: Path) -> Iterator[BackupSource]:
    """Check and open any kind of backup; files it extracts live in ``work`` (removed by
    the caller). An automatic backup opens only with the keys in ``key_folder``."""
    kind = _kind(path)
    if kind == "records":
        info = db.check_perut_database(path)
        yield BackupSource("records", path, info["device_id"], info["role"])
    elif kind == "keys":
        yield _open_keyed(path, passphrase, work)
    else:
        _check_not_a_bundle(path)
        if not keys.identity_exists(key_folder):
            raise StateError(f"Cadangan otomatis {path.name} hanya dapat dibuka dengan kunci perangkatnya, "
                             f"dan {key_folder} tidak berisi kunci; pulihkan di folder data asalnya.")
        database, device_id = _open_sealed(path, keys.load_identity(key_folder), work)
        info = _check(database, device_id, path.name)
        yield BackupSource("automatic", database, device_id, info["role"])


# --- restoring -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    kind: str
    device_id: str
    role: str
    keys: str  # "restored" | "kept" | "none" | "mismatch"
    saved: Path | None  # the replaced database, backed up first
    saved_keys: Path | None  # the replaced keys, moved aside


def restore_backup(data_dir: Path, source_path: Path, *, replace: bool, passphrase: str | None) -> Restored:
    """``perut restore``: check and open the backup, then (only then) replace the replica's
    database — and its keys, if the backup carried them — and start a new epoch.

    Nothing changes when the file is refused (exit 3), the passphrase is wrong (exit 3) or
    a replica exists and ``replace`` is not given (exit 4)."""
    created = not data_dir.exists()
    folder = key_dir(data_dir)
    make_private(data_dir)
    try:
        # decrypted copies stay inside the data folder, which holds the live database anyway
        with tempfile.TemporaryDirectory(prefix=".pemulihan-", dir=data_dir) as tmp, \
                open_backup(source_path, passphrase=passphrase, key_folder=folder, work=Path(tmp)) as src:
            saved = None
            if db.is_initialised(data_dir):
                if not replace:
                    raise StateError(f"Sudah ada data PERUT di {data_dir}.", hint=Hint.REPLACE_REPLICA,
                                     record=str(data_dir))
                saved = _save_current(data_dir)
            db.install_database(src.database, data_dir)
            saved_keys = _install_keys(data_dir, src) if src.identity is not None else None
        key_state = "restored" if src.identity is not None else _key_state(data_dir, folder)
    except BaseException:
        if created:
            shutil.rmtree(data_dir, ignore_errors=True)
        raise
    replica = db.open_replica(data_dir)  # upgrades a backup made by an older version
    try:
        with replica.engine.begin() as conn:
            # A restored replica starts a new epoch (DESIGN.md §4): the master can tell a
            # restored laptop from a clone still using the old copy.
            conn.execute(update(ReplicaState).values(epoch=ReplicaState.epoch + 1))
    finally:
        replica.close()
    return Restored(src.kind, src.device_id, src.role, key_state, saved, saved_keys)


def _install_keys(data_dir: Path, src: BackupSource) -> Path | None:
    """Put the backup's keys (and a laptop's pending enrolment) in ``keys/``; other keys
    found there are moved to ``backups/`` first, never deleted."""
    assert src.identity is not None
    folder = key_dir(data_dir)
    moved = None
    if keys.identity_exists(folder) and _sign_key(folder) != src.identity.public_keys().sign:
        backup_folder(data_dir).mkdir(mode=0o700, exist_ok=True)
        moved = backup_folder(data_dir) / f"sebelum-pemulihan-{dt.datetime.now():%Y%m%d-%H%M%S}-kunci"
        shutil.move(str(folder), moved)
    keys.save_identity(src.identity, folder, overwrite=True)
    enrolment = folder / ENROLMENT_STATE
    enrolment.unlink(missing_ok=True)
    if src.enrolment:
        write_private_json(enrolment, src.enrolment)
    return moved


def _sign_key(folder: Path) -> str | None:
    try:
        return keys.load_identity(folder).public_keys().sign
    except StateError:
        return None


def _key_state(data_dir: Path, folder: Path) -> str:
    """After restoring records only: are there keys here, and are they this replica's?"""
    if not keys.identity_exists(folder):
        return "none"
    with closing(sqlite3.connect(f"file:{db.database_path(data_dir)}?mode=ro", uri=True)) as conn:
        row = conn.execute("SELECT d.sign_public_key FROM device d JOIN replica_state r ON d.id = r.device_id"
                           ).fetchone()
    published = row[0] if row else None
    return "mismatch" if published and published != _sign_key(folder) else "kept"


def _save_current(data_dir: Path) -> Path:
    """The database about to be replaced, copied to ``backups/`` first (a plain copy of
    the file when it cannot even be opened: that is often why one restores)."""
    folder = backup_folder(data_dir)
    folder.mkdir(mode=0o700, exist_ok=True)
    saved = folder / f"sebelum-pemulihan-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
    try:
        current = db.open_replica(data_dir)
    except Exception:
        shutil.copyfile(db.database_path(data_dir), saved)
        return saved
    try:
        db.backup_database(current.engine, saved)
    finally:
        current.close()
    return saved
