"""*Pulihkan* from the window: a backup goes into a new data folder, never over the folder
that is open nor over another replica, and then holds the same records."""

from __future__ import annotations

from pathlib import Path

import pytest

from perut_desktop.db import database_path, open_replica
from perut_desktop.errors import StateError
from perut_desktop.operations.safekeeping import make_backup, restore_into_new_folder


@pytest.fixture(scope="module")
def backup_file(_master_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    replica = open_replica(_master_template)
    try:
        return make_backup(replica, tmp_path_factory.mktemp("stick")).path
    finally:
        replica.close()


def test_a_backup_is_restored_into_a_new_folder(backup_file: Path, master_dir: Path, tmp_path: Path) -> None:
    restored = restore_into_new_folder(master_dir, tmp_path / "baru", backup_file)
    assert (restored.kind, restored.role, restored.saved) == ("records", "master", None)
    assert database_path(tmp_path / "baru").exists()


def test_never_over_the_open_folder_nor_another_replica(backup_file: Path, master_dir: Path,
                                                        tmp_path: Path) -> None:
    before = database_path(master_dir).read_bytes()
    with pytest.raises(StateError, match=r"adalah folder data yang sedang dibuka; cadangan dipulihkan ke folder baru"):
        restore_into_new_folder(master_dir, master_dir, backup_file)
    other = tmp_path / "lain"
    restore_into_new_folder(master_dir, other, backup_file)
    with pytest.raises(StateError, match=r"^Sudah ada data PERUT di .*lain\.$"):
        restore_into_new_folder(master_dir, other, backup_file)
    assert database_path(master_dir).read_bytes() == before
