"""Crash safety: an import killed (SIGKILL) at a named fault point inside it leaves the
database as it was before — or, after the commit, fully applied and recorded, so that
importing the bundle again says "already imported"."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from perut_desktop.db import open_replica
from perut_desktop.models import VillageOfficial
from perut_desktop.services import villages
from tests.sync.helpers import apply, at, export, fp

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from perut_desktop.db import open_replica
    from perut_desktop.sync import engine
    replica = open_replica(Path(sys.argv[1]))
    engine.apply_payload(replica, Path(sys.argv[2]), json.loads(sys.argv[3]))
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("point", ["after_verify", "mid_merge", "before_commit", "after_commit"])
def test_kill_during_import(trio, point: str) -> None:  # type: ignore[no-untyped-def]
    with at(trio.a, dt.date(2030, 1, 7)) as s:
        for o in s.scalars(select(VillageOfficial)).all():
            villages.edit_official(s, o.id, phone="0812-crash")
        villages.add_official(s, villages.find_village(s, "Tundi").id, name="Baru", position="Kaur Umum")
    path, header = export(trio.a, trio.master, trio.folder)
    before = fp(trio.master)
    trio.master.close()
    import json

    env = dict(os.environ, PERUT_FAULT=point, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", _SCRIPT, str(trio.master.data_dir), str(path), json.dumps(header)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    trio.master = open_replica(trio.master.data_dir)
    with trio.master.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    if point == "after_commit":
        assert fp(trio.master) != before
        assert apply(trio.master, (path, header)).status == "already"
    else:
        assert fp(trio.master) == before
        assert apply(trio.master, (path, header)).status == "applied"
    assert fp(trio.master) == fp(trio.a)


# --- the whole command: `perut sync import` of a .perut file with attachments ----------------

def _laptop_visit_with_files(laptop, folder: Path) -> list[str]:  # type: ignore[no-untyped-def]
    from perut_desktop.models import Device
    from perut_desktop.services import visits
    from perut_desktop.services.attachments_store import AttachmentStore

    store = AttachmentStore(laptop.data_dir / "attachments")
    with at(laptop, dt.date(2030, 1, 7)) as s:
        officer = s.scalar(select(Device.officer_id).where(Device.id == laptop.device_id))
        v = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id, officer_id=officer,
                                visit_date=dt.date(2030, 1, 6))
        shas = []
        for n in range(3):
            f = folder / f"notulen-{n}.pdf"
            f.write_bytes(os.urandom(300_000))
            shas.append(visits.attach_file(s, store, v.id, f, caption=f"Pindaian {n}").sha256)
    return shas


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("point", ["after_verify", "mid_merge", "before_commit", "after_commit",
                                   "mid_attachments", "mid_file"])
def test_kill_during_perut_sync_import(master, tmp_path: Path, point: str) -> None:  # type: ignore[no-untyped-def]
    """The real command, killed at each point, then run again: never half a bundle, and
    the attachment files complete after the second run even when the records were
    committed before the kill. ``mid_file`` kills it half-way through writing the first
    attachment file: that file must not be found under its name, truncated."""
    from perut_desktop.services.attachments_store import AttachmentStore
    from perut_desktop.sync import bundle
    from tests.sync.helpers import add_officer, enrol_with_keys

    add_officer(master, "Rahmadi", ["Awayan"])
    laptop = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
    try:
        shas = _laptop_visit_with_files(laptop, tmp_path)
        (part,) = bundle.export_bundle(laptop, tmp_path / "a-1.perut")
        laptop_fp = fp(laptop)
    finally:
        laptop.close()
    before = fp(master)
    data_dir = master.data_dir
    master.close()

    command = [sys.executable, "-m", "perut_desktop.cli", "--data-dir", str(data_dir), "sync", "import",
               str(part.path)]
    env = dict(os.environ, PYTHONPATH=str(ROOT), LANG="C.UTF-8")
    killed = subprocess.run(command, env={**env, "PERUT_FAULT": point}, cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert killed.returncode == -9, killed.stderr

    reopened = open_replica(data_dir)
    try:
        with reopened.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        committed = point in ("after_commit", "mid_attachments", "mid_file")
        assert (fp(reopened) == laptop_fp) if committed else (fp(reopened) == before)
        store = AttachmentStore(data_dir / "attachments")
        for sha in shas:  # a file is there whole, or not at all
            if store.has(sha):
                assert hashlib.sha256(store.path_of(sha).read_bytes()).hexdigest() == sha
        if point == "mid_file":  # killed while a file was being written: that one is not stored
            assert not all(store.has(sha) for sha in shas)
    finally:
        reopened.close()

    again = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert ("sudah diimpor" in again.stdout) is committed
    reopened = open_replica(data_dir)
    try:
        assert fp(reopened) == laptop_fp
        assert all(AttachmentStore(data_dir / "attachments").has(sha) for sha in shas)
    finally:
        reopened.close()
