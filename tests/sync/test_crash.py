"""Crash safety: an import killed (SIGKILL) at a named fault point inside it leaves the
database as it was before — or, after the commit, fully applied and recorded, so that
importing the bundle again says "already imported"."""

from __future__ import annotations

import datetime as dt
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
from tests.sync.fixtures import _trio_template, trio  # noqa: F401  (fixtures)
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
