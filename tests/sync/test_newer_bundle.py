"""A bundle written by a newer PERUT, whose schema this program does not know, is refused
whole with the release to install, on the command line (exit 3) and through the same
error's message for the window; nothing changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from perut_desktop import __version__, db
from perut_desktop.cli.main import main
from perut_desktop.errors import InputRejected
from perut_desktop.sync import engine
from perut_desktop.sync.bundle import import_bundle
from tests.sync.conftest import Trio
from tests.sync.helpers import fp

SENTENCE = (f"Bundel ini dibuat oleh PERUT yang lebih baru (0.9.1, skema basis data 0042) daripada program ini "
            f"(PERUT {__version__}, skema {db.SCHEMA_REVISION}); pasang PERUT 0.9.1 atau yang lebih baru, lalu "
            "impor lagi. Tidak ada yang diubah.")


@pytest.fixture()
def newer_bundle(trio: Trio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Laptop A's bundle as a newer release would write it: a newer schema in its meta and a
    column this program does not know."""
    real = engine.write_meta

    def newer(conn: Any, meta: dict[str, Any], alias: str = engine.ALIAS) -> None:
        conn.exec_driver_sql(f"ALTER TABLE {alias}.visit ADD COLUMN travel_km INTEGER")
        real(conn, {**meta, "schema": "0042", "app_version": "0.9.1"}, alias)

    monkeypatch.setattr(engine, "write_meta", newer)
    out = tmp_path / "dari-laptop.perut"
    assert main(["--data-dir", str(trio.a.data_dir), "sync", "export", "--out", str(out)]) == 0
    monkeypatch.setattr(engine, "write_meta", real)
    return out


def test_the_command_line_refuses_it_with_exit_3_and_the_release_to_install(
        trio: Trio, newer_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = fp(trio.master)
    capsys.readouterr()
    assert main(["--data-dir", str(trio.master.data_dir), "sync", "import", str(newer_bundle)]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"perut: {SENTENCE} (berkas disimpan di quarantine/") and err.count("\n") == 1
    assert fp(trio.master) == before


def test_the_window_gets_the_same_sentence_as_the_errors_message(trio: Trio, newer_bundle: Path) -> None:
    before = fp(trio.master)
    with pytest.raises(InputRejected, match="pasang PERUT 0.9.1 atau yang lebih baru") as caught:
        import_bundle(trio.master, newer_bundle)
    assert caught.value.message.startswith(SENTENCE)
    assert fp(trio.master) == before


def test_a_bundle_of_this_schema_says_so_and_imports(trio: Trio, tmp_path: Path) -> None:
    out = tmp_path / "biasa.perut"
    assert main(["--data-dir", str(trio.a.data_dir), "sync", "export", "--out", str(out)]) == 0
    result = import_bundle(trio.master, out).result
    assert result.status == "applied"
    assert result.header["schema"] == db.SCHEMA_REVISION
    assert result.header["app_version"] == __version__
