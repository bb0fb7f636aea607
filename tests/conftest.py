"""Shared fixtures. Qt must be offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("ci", deadline=None, derandomize=True, max_examples=60)
settings.register_profile("dev", deadline=None, max_examples=40)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the real user data folder."""
    monkeypatch.setenv("PERUT_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.delenv("PERUT_DATABASE_URL", raising=False)


@pytest.fixture(scope="session")
def _master_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A master replica built once by migrations and `init`, copied per test."""
    from perut_desktop.services import setup

    folder = tmp_path_factory.mktemp("master-template")
    setup.init_master(folder, kecamatan="Awayan")
    return folder


@pytest.fixture()
def master_dir(_master_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "master"
    shutil.copytree(_master_template, target)
    return target


@pytest.fixture()
def master(master_dir: Path) -> Iterator[object]:
    from perut_desktop.db import open_replica

    replica = open_replica(master_dir)
    yield replica
    replica.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A master replica with a one-year demo (the largest data set tests use)."""
    import datetime as dt

    from perut_desktop.db import open_replica
    from perut_desktop.services import demo, setup

    folder = tmp_path_factory.mktemp("demo-template")
    setup.init_master(folder, kecamatan="Awayan")
    replica = open_replica(folder)
    try:
        demo.generate(replica, years=1, seed=7, today=dt.date(2026, 11, 20))
    finally:
        replica.close()
    return folder


@pytest.fixture()
def demo_dir(_demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(_demo_template, target)
    return target


@pytest.fixture()
def demo_replica(demo_dir: Path) -> Iterator[object]:
    from perut_desktop.db import open_replica

    replica = open_replica(demo_dir)
    yield replica
    replica.close()
