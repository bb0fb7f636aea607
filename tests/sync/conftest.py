"""Fixtures of the sync tests: a master with two officers and their enrolled laptops, in
sync (built once, copied per test)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from perut_desktop.db import Replica, open_replica
from tests.sync.helpers import add_officer, add_user, make_field, send


@dataclass
class Trio:
    master: Replica
    a: Replica  # laptop of Rahmadi (Awayan, Tundi)
    b: Replica  # laptop of Siti (Baru, Badalungga)
    user_id: str
    folder: Path

    def close(self) -> None:
        for r in (self.master, self.a, self.b):
            r.close()


#: Modules whose laptops write on a simulated calendar (2030) while every replica imports
#: on the real clock. The clock bounds (a laptop's versions far ahead of the office's
#: clock are refused, a laptop's date far past the office's data stops its writes) would
#: stop those laptops; they are lifted there and have tests of their own
#: (tests/sync/test_hostile_semantic.py, tests/models/test_clock.py).
CALENDAR_MODULES = frozenset({
    "test_backup", "test_bundle", "test_crash", "test_devices", "test_end_to_end", "test_flow_cli", "test_merge",
    "test_ownership", "test_peers", "test_simulate", "test_state_machine", "test_status", "test_container",
})


@pytest.fixture(autouse=True)
def _simulated_calendar(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.module.__name__.rsplit(".", 1)[-1] in CALENDAR_MODULES:
        from perut_desktop.models import replication
        from perut_desktop.sync import engine

        monkeypatch.setattr(engine, "CLOCK_AHEAD_LIMIT_MS", None)
        monkeypatch.setenv(engine.CLOCK_AHEAD_ENV, "36500")  # imports in child processes
        monkeypatch.setattr(replication, "LOCAL_AHEAD_LIMIT_MS", None)


@pytest.fixture(scope="session")
def _trio_template(tmp_path_factory: pytest.TempPathFactory, _master_template: Path) -> Path:
    return build_trio(tmp_path_factory.mktemp("trio"), _master_template)


def build_trio(root: Path, master_template: Path) -> Path:
    """The master (a copy of ``master_template``) with a Kasi, two officers and an
    official, and the two officers' laptops enrolled and in sync, under ``root``."""
    shutil.copytree(master_template, root / "master")
    master = open_replica(root / "master")
    try:
        add_user(master)
        add_officer(master, "Rahmadi, S.AP.", ["Awayan", "Tundi"])
        add_officer(master, "Siti Rahmah", ["Baru", "Badalungga"])
        from perut_desktop.services import villages
        from tests.sync.helpers import at

        with at(master) as s:
            villages.add_official(s, villages.find_village(s, "Awayan").id, name="Hendra Saputra",
                                  position="Kepala Desa", gender="L", phone="0811")
        a = make_field(master, root / "a", "Rahmadi")
        b = make_field(master, root / "b", "Siti")
        send(master, a, root)  # b's device record
        for laptop in (a, b):  # the laptops acknowledge what they received
            send(laptop, master, root)
            send(master, laptop, root)
        a.close()
        b.close()
    finally:
        master.close()
    for f in root.glob("bundle-*"):
        f.unlink()
    return root


@pytest.fixture()
def trio(_trio_template: Path, tmp_path: Path) -> Iterator[Trio]:
    root = tmp_path / "trio"
    shutil.copytree(_trio_template, root)
    from perut_desktop.models import UserProfile

    master, a, b = (open_replica(root / n) for n in ("master", "a", "b"))
    with master.begin() as s:
        user_id = s.query(UserProfile.id).scalar()
    t = Trio(master, a, b, user_id, tmp_path)
    yield t
    t.close()
