"""Engine, sessions, schema upgrade and online backup of a replica's database.

A replica lives in a data folder (``--data-dir``, else ``PERUT_DATA_DIR``, else the
platform's user data folder) holding ``perut.sqlite``, its keys and its attachment store.
The engine URL can be overridden with ``PERUT_DATABASE_URL`` (all SQL goes through
SQLAlchemy, so a PostgreSQL master stays possible); SQLite is the default.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from perut_desktop import __version__
from perut_desktop.enums import Role
from perut_desktop.errors import Hint, InputRejected, StateError, os_reason
from perut_desktop.models import Device, ReplicaState
from perut_desktop.models.replication import ReplicaContext, install
from perut_desktop.paths import (
    APP_NAME,
    DB_FILENAME,
    default_data_dir,
    make_private,
    resolve_data_dir,
)

__all__ = [
    "APP_NAME", "DB_FILENAME", "Replica", "SchemaUpgrade", "alembic_config", "backup_database",
    "check_perut_database", "create_db_engine", "database_path", "database_url", "default_data_dir",
    "discard_database", "head_revision", "install_database", "is_initialised", "is_known_revision",
    "make_session_factory", "newer_schema_message", "open_replica", "refuse_newer_database",
    "release_number", "release_text", "resolve_data_dir", "revoked_reason", "upgrade_schema",
]

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

_PACKAGE_DIR = Path(__file__).resolve().parent


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def database_url(data_dir: Path) -> str:
    return os.environ.get("PERUT_DATABASE_URL") or f"sqlite:///{database_path(data_dir)}"


def create_db_engine(url: str) -> Engine:
    """An engine; for SQLite with WAL, foreign keys, a busy timeout, and SQLAlchemy's
    documented recipe for real transactions on pysqlite (BEGIN emitted by us)."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


#: The newest migration's revision. Opening a database at this revision skips Alembic
#: altogether (importing it costs more than the rest of start-up); a test checks that this
#: equals Alembic's head, so a new migration cannot be forgotten here.
SCHEMA_REVISION = "0005"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config(str(_PACKAGE_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(_PACKAGE_DIR / "migrations"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def _stored_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


# --- which release a schema needs ------------------------------------------------------------
#
# A database remembers the PERUT release that brought it to its schema, in SQLite's own slot
# for an application's number (``PRAGMA user_version``), so that an older program that meets
# a schema it does not know can name the release to install instead of failing on a table.

def release_number(version: str) -> int:
    """``"1.2.3"`` (a suffix such as ``.dev1`` or ``+local`` ignored) as 1_002_003; 0 when
    it is not a release number."""
    parts: list[int] = []
    for piece in version.split("+")[0].split(".")[:3]:
        digits = ""
        for ch in piece:
            if not ch.isdigit():
                break
            digits += ch
        if not digits or int(digits) > 999:
            return 0
        parts.append(int(digits))
    parts += [0] * (3 - len(parts))
    return parts[0] * 1_000_000 + parts[1] * 1_000 + parts[2]


def release_text(number: int) -> str | None:
    """The release a :func:`release_number` stands for, or None for 0 (unknown)."""
    if number <= 0:
        return None
    return f"{number // 1_000_000}.{number // 1_000 % 1_000}.{number % 1_000}"


def is_known_revision(revision: str) -> bool:
    """Whether this program's migrations know ``revision`` (it is this schema or an older one)."""
    if revision == SCHEMA_REVISION:
        return True
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())


def newer_schema_message(what: str, revision: str, release: str | None, *, then: str = "buka lagi") -> str:
    """The one sentence for data made by a newer PERUT (a database, a bundle): which release
    to install, what to do after (``then``), and that nothing was changed."""
    needed = f"PERUT {release} atau yang lebih baru" if release else "PERUT versi terbaru"
    return (f"{what} dibuat oleh PERUT yang lebih baru ({release or 'versi tidak diketahui'}, skema basis data "
            f"{revision}) daripada program ini (PERUT {__version__}, skema {SCHEMA_REVISION}); pasang {needed}, "
            f"lalu {then}. Tidak ada yang diubah.")


def refuse_newer_database(path: Path) -> None:
    """Refuse a database file made by a newer PERUT before anything writes to it (the file is
    left byte for byte as it was): :class:`StateError` naming the release to install."""
    try:
        # read and write, never "mode=ro": a read-only connection cannot remove the WAL files
        # it makes. Nothing is written, so closing it leaves the file as it was.
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    except sqlite3.Error:
        return  # the normal open reports what is wrong with it
    try:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error:
            return
    finally:
        conn.close()
    if row is None or is_known_revision(str(row[0])):
        return
    raise StateError(newer_schema_message(f"Data PERUT di {path.parent}", str(row[0]), release_text(user_version)),
                     record=str(path.parent))


@dataclasses.dataclass(frozen=True)
class SchemaUpgrade:
    """A database brought from an older schema to this program's, and the copy of it taken
    before (None where no copy was asked for: another engine than SQLite)."""

    from_revision: str
    to_revision: str
    backup: Path | None

    @property
    def message(self) -> str:
        saved = (f"; salinan sebelum pembaruan disimpan di {self.backup}" if self.backup
                 else "")
        return (f"Basis data diperbarui ke PERUT {__version__} (skema {self.from_revision} ke "
                f"{self.to_revision}){saved}.")


#: Prefix of the copy taken before a schema upgrade, in the data folder's ``backups/``.
UPGRADE_BACKUP_PREFIX = "sebelum-pembaruan-"


def upgrade_schema(engine: Engine, *, backup_to: Path | None = None) -> SchemaUpgrade | None:
    """Bring the database to the newest schema (creates it when empty).

    A database at an older schema is first copied into the folder ``backup_to`` (when
    given), and the upgrade is returned so the front end can say so; a schema newer than
    this program's is refused (:class:`StateError`) with nothing changed."""
    with engine.connect() as conn:
        stored = _stored_revision(conn)
        user_version = conn.exec_driver_sql("PRAGMA user_version").scalar() if _is_sqlite(engine) else 0
    if stored == SCHEMA_REVISION:
        return None
    if stored is not None and not is_known_revision(stored):
        raise StateError(newer_schema_message("Basis data PERUT ini", stored, release_text(int(user_version or 0))))
    backup = None
    if stored is not None and backup_to is not None and _is_sqlite(engine):
        import datetime as dt

        backup_to.mkdir(mode=0o700, parents=True, exist_ok=True)
        backup = backup_to / f"{UPGRADE_BACKUP_PREFIX}{stored}-ke-{SCHEMA_REVISION}-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
        backup_database(engine, backup)
    with engine.begin() as conn:
        from alembic import command

        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if _is_sqlite(engine):
            conn.exec_driver_sql(f"PRAGMA user_version = {release_number(__version__)}")
    return SchemaUpgrade(stored, SCHEMA_REVISION, backup) if stored is not None else None


def _is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@dataclasses.dataclass
class Replica:
    """An open replica: its folder, engine and a session factory that stamps writes."""

    data_dir: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    context: ReplicaContext
    role: Role
    subdistrict_id: str | None
    #: Why this replica may no longer write (its device was revoked by the master), or None.
    revoked: str | None = None
    #: The schema upgrade this open made (with the copy taken before it), or None.
    upgraded: SchemaUpgrade | None = None

    @property
    def device_id(self) -> str:
        return self.context.local_device_id

    @property
    def is_master(self) -> bool:
        return self.role is Role.MASTER

    @contextmanager
    def begin(self, **ctx_changes: Any) -> Iterator[Session]:
        """One unit of work: a session in a transaction, committed on success.

        ``ctx_changes`` adjust the replica context for this unit only (the acting staff
        member on the master; the simulated device in the demo)."""
        ctx = dataclasses.replace(self.context, **ctx_changes) if ctx_changes else self.context
        with self.session_factory(info={"replica": ctx}) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def make_session_factory(engine: Engine, ctx: ReplicaContext | None, *,
                         read_only: str | None = None) -> sessionmaker[Session]:
    """Sessions stamped for replication; with ``read_only`` (the reason), every write
    through them is refused with :class:`StateError` before anything is stamped."""
    factory = sessionmaker(engine, expire_on_commit=False, info={"replica": ctx} if ctx else {})
    if read_only:
        _refuse_writes(factory, read_only)
    install(factory)
    return factory


def _refuse_writes(factory: sessionmaker[Session], reason: str) -> None:
    """The one place a revoked replica's writes stop (DESIGN.md §9, exit 4): ORM changes
    at flush and bulk INSERT/UPDATE/DELETE statements; reading goes on as before."""

    @event.listens_for(factory, "before_flush")
    def _on_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
        if session.new or session.dirty or session.deleted:
            raise StateError(reason)

    @event.listens_for(factory, "do_orm_execute")
    def _on_execute(state: Any) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            raise StateError(reason)


def revoked_reason(conn: Connection, device_id: str) -> str | None:
    """The one-line refusal for a replica whose own device the master revoked, or None."""
    row = conn.execute(select(Device.revoked, Device.revoked_reason).where(Device.id == device_id)).one_or_none()
    if row is None or not row.revoked:
        return None
    why = f" ({row.revoked_reason})" if row.revoked_reason else ""
    return (f"Perangkat ini sudah dicabut oleh kantor kecamatan{why}: datanya hanya dapat dilihat, tidak dapat "
            "diubah atau dikirim. Hubungi kantor kecamatan untuk pendaftaran ulang.")


def is_initialised(data_dir: Path) -> bool:
    if os.environ.get("PERUT_DATABASE_URL"):
        engine = create_db_engine(database_url(data_dir))
        try:
            return inspect(engine).has_table("replica_state")
        finally:
            engine.dispose()
    return database_path(data_dir).exists()


def open_replica(data_dir: Path) -> Replica:
    """Open an initialised replica, upgrading its schema first."""
    if not is_initialised(data_dir):
        raise StateError(f"Belum ada data PERUT di {data_dir}.", hint=Hint.CREATE_REPLICA, record=str(data_dir))
    sqlite_file = not os.environ.get("PERUT_DATABASE_URL")
    if sqlite_file:
        refuse_newer_database(database_path(data_dir))  # before anything touches the file
        make_private(data_dir)  # also a folder made before it was private, or restored
    engine = create_db_engine(database_url(data_dir))
    try:
        upgraded = upgrade_schema(engine, backup_to=data_dir / "backups" if sqlite_file else None)
    except BaseException:
        engine.dispose()
        raise
    with engine.connect() as conn:
        state = conn.execute(select(ReplicaState)).one_or_none()
        revoked = revoked_reason(conn, state.device_id) if state is not None else None
    if state is None:
        engine.dispose()
        raise StateError(f"Data PERUT di {data_dir} belum selesai dibuat.", hint=Hint.CREATE_REPLICA,
                         record=str(data_dir))
    ctx = ReplicaContext(
        device_id=state.device_id,
        local_device_id=state.device_id,
        master_device_id=state.master_device_id or state.device_id,
    )
    return Replica(
        data_dir=data_dir,
        engine=engine,
        session_factory=make_session_factory(engine, ctx, read_only=revoked),
        context=ctx,
        role=Role(state.role),
        subdistrict_id=state.subdistrict_id,
        revoked=revoked,
        upgraded=upgraded,
    )


# --- backup and restore ------------------------------------------------------------------

_SQLITE_MAGIC = b"SQLite format 3\x00"
_REQUIRED_TABLES = {"alembic_version", "replica_state", "visit", "village"}


def check_perut_database(path: Path) -> dict[str, Any]:
    """Check that ``path`` is a PERUT database; return its replica row as a dict.

    Raises :class:`InputRejected` (nothing changed) for anything else."""
    try:
        with open(path, "rb") as fh:
            magic = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise InputRejected(f"Berkas {path} tidak dapat dibaca: {os_reason(exc)}.") from exc
    if magic != _SQLITE_MAGIC:
        raise InputRejected(f"Berkas {path.name} bukan cadangan basis data PERUT.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not _REQUIRED_TABLES <= tables:
                raise InputRejected(f"Berkas {path.name} adalah SQLite, tetapi bukan basis data PERUT.")
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise InputRejected(f"Berkas {path.name} rusak (pemeriksaan integritas gagal).")
            cur = conn.execute("SELECT device_id, role, epoch FROM replica_state")
            row = cur.fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise InputRejected(f"Berkas {path.name} rusak atau bukan basis data PERUT ({os_reason(exc)}).") from exc
    if row is None:
        raise InputRejected(f"Berkas {path.name} tidak berisi identitas replika PERUT.")
    return {"device_id": row[0], "role": row[1], "epoch": row[2]}


def backup_database(engine: Engine, out: Path) -> None:
    """Online backup of a live SQLite database to ``out`` (atomic: temp file, rename)."""
    out = out.resolve()
    tmp = out.with_name(out.name + ".tmp")
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(tmp)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
        os.replace(tmp, out)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        raw.close()


def discard_database(data_dir: Path) -> None:
    """Remove a database that was being created and failed (with its WAL files), so that
    a half-made replica never looks initialised; nothing else in the folder is touched."""
    target = database_path(data_dir)
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)


def install_database(source: Path, data_dir: Path) -> None:
    """Copy a checked database file into ``data_dir`` as its database (atomic)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = database_path(data_dir)
    tmp = target.with_name(target.name + ".restore")
    shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(tmp, target)
