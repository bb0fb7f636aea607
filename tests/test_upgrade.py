"""Next year's program finds every record: the replica a released version wrote (committed
in tests/fixtures/, never regenerated) opens with the current code, migrated automatically
after a copy was taken; a database of a newer schema is refused untouched, naming the release
to install."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import text

from perut_desktop import __version__, db
from perut_desktop.errors import StateError

FIXTURES = Path(__file__).parent / "fixtures"
RELEASES = sorted(p.name[len("replica-"):-len(".tar.xz")] for p in FIXTURES.glob("replica-*.tar.xz"))


def _rows(database: Path) -> dict[str, set[str]]:
    """Every table's row keys (``id``, else its first column), read with plain SQLite."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        out = {}
        for name in names:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            key = "id" if "id" in cols else cols[0]
            out[name] = {str(r[0]) for r in conn.execute(f'SELECT "{key}" FROM "{name}"')}
        return out
    finally:
        conn.close()


@pytest.fixture(scope="module", params=RELEASES)
def released(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The fixture replica of one release, unpacked once, checked against its manifest."""
    release = request.param
    folder = tmp_path_factory.mktemp(f"release-{release}") / "data"
    with tarfile.open(FIXTURES / f"replica-{release}.tar.xz") as tar:
        tar.extractall(folder, filter="data")
    manifest = json.loads((FIXTURES / f"replica-{release}.json").read_text("utf-8"))
    return folder, manifest


@pytest.fixture()
def replica_copy(released: tuple[Path, dict], tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(released[0], folder)
    return folder


def test_there_is_a_fixture_of_this_release_or_an_older_one() -> None:
    assert RELEASES, "tests/fixtures/ holds no released replica"
    assert min(db.release_number(r) for r in RELEASES) <= db.release_number(__version__)


def test_the_fixture_is_the_one_that_release_wrote(released: tuple[Path, dict]) -> None:
    """A fixture is never regenerated: what it holds still matches its manifest."""
    folder, manifest = released
    rows = _rows(folder / "perut.sqlite")
    for table, expected in manifest["tables"].items():
        ids = sorted(rows[table])
        assert len(ids) == expected["rows"], table
        assert hashlib.sha256("\n".join(ids).encode()).hexdigest() == expected["ids_sha256"], table
    for name, sha in manifest["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == sha, name


def test_current_code_opens_a_released_replica_and_finds_every_row_and_file(
        released: tuple[Path, dict], replica_copy: Path) -> None:
    from perut_desktop.services.attachments_store import AttachmentStore
    from perut_desktop.services.overview import row_counts
    from perut_desktop.services.visits import attachments_of

    pristine, manifest = released
    before = _rows(pristine / "perut.sqlite")
    replica = db.open_replica(replica_copy)
    try:
        assert replica.role.value == "master"
        with replica.begin() as s:
            counts = row_counts(s)
            visit_ids = [r[0] for r in s.execute(text("SELECT DISTINCT visit_id FROM attachment")).all()]
            attached = [a for v in visit_ids for a in attachments_of(s, v)]
        upgraded = replica.upgraded
    finally:
        replica.close()
    after = _rows(replica_copy / "perut.sqlite")
    for table, ids in before.items():
        if table != "alembic_version":
            assert ids <= after[table], f"rows of {table} lost in the upgrade"
    assert counts["visit"]["rows"] + counts["visit"]["deleted"] == len(before["visit"])
    store = AttachmentStore(replica_copy / "attachments")
    assert len(attached) == len(before["attachment"]) == 3
    for info in attached:
        assert hashlib.sha256(store.path_of(info.sha256).read_bytes()).hexdigest() == info.sha256
    for name, sha in manifest["files"].items():
        assert hashlib.sha256((replica_copy / name).read_bytes()).hexdigest() == sha, name
    if manifest["schema_revision"] == db.SCHEMA_REVISION:
        assert upgraded is None
    else:
        assert upgraded is not None and upgraded.backup is not None
        assert str(upgraded.backup) in upgraded.message
        assert _rows(upgraded.backup) == before


def test_a_replica_one_schema_behind_is_copied_then_migrated_and_the_copy_is_named(
        replica_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The released replica taken one migration back (as last release's program left it):
    the command that opens it migrates it, after copying it to backups/, and says where."""
    from alembic import command

    from perut_desktop.cli.main import main

    script = __import__("alembic.script", fromlist=["ScriptDirectory"]).ScriptDirectory.from_config(
        db.alembic_config())
    previous = script.get_revision(db.SCHEMA_REVISION).down_revision
    from sqlalchemy import create_engine

    engine = create_engine(db.database_url(replica_copy))  # no foreign keys: the batch steps copy tables
    with engine.begin() as conn:
        cfg = db.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, previous)
    engine.dispose()
    before = _rows(replica_copy / "perut.sqlite")

    assert main(["--data-dir", str(replica_copy), "stats", "--json"]) == 0
    out, err = capsys.readouterr()
    saved = sorted((replica_copy / "backups").glob(f"{db.UPGRADE_BACKUP_PREFIX}{previous}-ke-{db.SCHEMA_REVISION}-*.sqlite"))
    assert len(saved) == 1
    assert err.strip() == (f"perut: Basis data diperbarui ke PERUT {__version__} (skema {previous} ke "
                           f"{db.SCHEMA_REVISION}); salinan sebelum pembaruan disimpan di {saved[0]}.")
    assert sum(json.loads(out)["tables"]["visit"].values()) == len(before["visit"])
    assert _rows(saved[0]) == before  # the copy is the database as it was, old schema and all
    with sqlite3.connect(saved[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
    after = _rows(replica_copy / "perut.sqlite")
    assert all(ids <= after[t] for t, ids in before.items() if t != "alembic_version")
    with sqlite3.connect(replica_copy / "perut.sqlite") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == db.SCHEMA_REVISION
        assert conn.execute("PRAGMA user_version").fetchone()[0] == db.release_number(__version__)
    assert main(["--data-dir", str(replica_copy), "stats", "--json"]) == 0
    assert capsys.readouterr().err == ""  # migrated once: the next open says nothing


def _as_if_written_by(folder: Path, revision: str, release: str | None) -> bytes:
    """Make the database look like one a newer PERUT migrated; return its bytes."""
    conn = sqlite3.connect(folder / "perut.sqlite")
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.execute(f"PRAGMA user_version = {db.release_number(release) if release else 0}")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return (folder / "perut.sqlite").read_bytes()


def test_a_database_of_a_newer_schema_is_refused_untouched_naming_the_release(replica_copy: Path) -> None:
    before = _as_if_written_by(replica_copy, "0099", "0.7.2")
    listing = sorted(p.name for p in replica_copy.iterdir())
    with pytest.raises(StateError, match=r"dibuat oleh PERUT yang lebih baru \(0\.7\.2, skema basis data 0099\) "
                                         rf"daripada program ini \(PERUT {__version__}, skema {db.SCHEMA_REVISION}\); "
                                         r"pasang PERUT 0\.7\.2 atau yang lebih baru, lalu buka lagi\. "
                                         r"Tidak ada yang diubah\.$"):
        db.open_replica(replica_copy)
    assert (replica_copy / "perut.sqlite").read_bytes() == before
    assert sorted(p.name for p in replica_copy.iterdir()) == listing  # no backup, no WAL left


def test_the_command_line_refuses_a_newer_database_with_exit_4_and_one_line(replica_copy: Path) -> None:
    before = _as_if_written_by(replica_copy, "0099", None)
    done = subprocess.run([sys.executable, "-c", "import sys; from perut_desktop.cli.main import main; "
                           "sys.exit(main())", "--data-dir", str(replica_copy), "visit", "list"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 4
    assert done.stderr.count("\n") == 1
    assert "pasang PERUT versi terbaru, lalu buka lagi. Tidak ada yang diubah." in done.stderr
    assert (replica_copy / "perut.sqlite").read_bytes() == before


def test_release_numbers_round_trip() -> None:
    assert db.release_number("0.1.0") == 1_000
    assert db.release_number("2.13.4.dev1+abc") == 2_013_004
    assert db.release_text(db.release_number("10.0.7")) == "10.0.7"
    assert db.release_number("x") == 0 and db.release_text(0) is None
