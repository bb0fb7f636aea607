"""Backups (DESIGN.md §4, §5; docs/sync.md "Backups and identity"): the keys travel only
in a passphrase backup, so a new office PC takes over from the master without
re-enrolling laptops; a backup without a passphrase holds the records and says so; the
automatic backups before imports are encrypted, follow the policy and prune to 7 daily +
4 weekly; every kind restores, and anything else is refused with nothing changed."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from perut_desktop.db import Replica, open_replica
from perut_desktop.errors import StateError
from perut_desktop.services import villages
from perut_desktop.sync import backup, bundle, container, identity
from tests.sync.helpers import add_officer, at, fp, hold_and_confirm

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2030, 1, 7)


def _command() -> list[str]:
    exe = Path(sys.executable).parent / "perut"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "perut_desktop.cli"]


class Perut:
    """``perut --data-dir ROOT/WHO …``, checking the exit code and the one-line error."""

    def __init__(self, root: Path) -> None:
        self.cmd, self.root = _command(), root

    def __call__(self, who: str, *args: str | Path, code: int = 0) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, LANG="C.UTF-8", PYTHONPATH=str(ROOT))
        proc = subprocess.run([*self.cmd, "--data-dir", str(self.root / who), *map(str, args)],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
        assert proc.returncode == code, (args, proc.stdout, proc.stderr)
        if code:
            lines = proc.stderr.strip().splitlines()
            assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
        return proc

    def fingerprint(self, who: str) -> str:
        return self(who, "fingerprint").stdout.strip()


@pytest.fixture()
def office(tmp_path: Path) -> tuple[Perut, str]:
    """A master and one enrolled laptop ("a"), in sync, through the commands only."""
    run = Perut(tmp_path)
    run("master", "init", "--role", "master", "--kecamatan", "Awayan")
    run("master", "officer", "add", "--name", "Rahmadi, S.AP.", "--villages", "Awayan,Tundi")
    run("master", "enroll", "--officer", "Rahmadi", "--out", tmp_path / "a.perut-enroll")
    device = [line.split()[0] for line in run("master", "device", "list").stdout.splitlines() if "Rahmadi" in line][0]
    run("a", "init", "--role", "field", "--enrollment", tmp_path / "a.perut-enroll")
    run("a", "sync", "export", "--out", tmp_path / "hello.perut")
    run("master", "sync", "import", tmp_path / "hello.perut", code=4)  # held until the code is typed
    run("master", "device", "confirm", device, json.loads(run("a", "device", "code", "--json").stdout)["code"])
    run("master", "sync", "export", "--to", device, "--out", tmp_path / "m0.perut")
    run("a", "sync", "import", tmp_path / "m0.perut")
    run("a", "sync", "export", "--out", tmp_path / "a0.perut")
    run("master", "sync", "import", tmp_path / "a0.perut")
    run("master", "sync", "export", "--to", device, "--out", tmp_path / "m1.perut")
    run("a", "sync", "import", tmp_path / "m1.perut")
    return run, device


def _passphrase(folder: Path, text: str = "Awayan-2030-kantor", name: str = "sandi.txt") -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


# --- backups with and without keys, through the commands -------------------------------------


def test_a_new_office_pc_takes_over_from_the_master_with_a_passphrase_backup(
        office: tuple[Perut, str], tmp_path: Path) -> None:
    run, device = office
    secret = _passphrase(tmp_path)
    saved = tmp_path / "kantor.cadangan"
    out = run("master", "backup", "--out", saved, "--passphrase-file", secret).stdout
    assert "kunci perangkat" in out and "terenkripsi" in out
    raw = saved.read_bytes()
    assert b"Rahmadi" not in raw and b"SQLite format 3" not in raw  # nothing readable without it

    wrong = _passphrase(tmp_path, "bukan-sandinya", "salah.txt")
    assert "Kata sandi salah" in run("baru", "restore", saved, "--passphrase-file", wrong, code=3).stderr
    assert "--passphrase-file" in run("baru", "restore", saved, code=2).stderr
    assert not (tmp_path / "baru").exists()  # nothing changed, not even a folder made

    out = run("baru", "restore", saved, "--passphrase-file", secret).stdout
    assert "kunci perangkat ikut dipulihkan" in out
    assert run.fingerprint("baru") == run.fingerprint("master")
    assert (tmp_path / "baru" / "keys" / "sign.key").read_bytes() == \
        (tmp_path / "master" / "keys" / "sign.key").read_bytes()

    # the laptop carries on with the new office PC: no re-enrolment
    run("a", "official", "add", "--village", "Awayan", "--name", "Siti Aminah", "--position", "Sekretaris Desa")
    run("a", "sync", "export", "--out", tmp_path / "a1.perut")
    assert "diterapkan" in run("baru", "sync", "import", tmp_path / "a1.perut").stdout
    run("baru", "official", "add", "--village", "Tundi", "--name", "Rusdi", "--position", "Ketua BPD")
    run("baru", "sync", "export", "--to", device, "--out", tmp_path / "b1.perut")
    assert "diterapkan" in run("a", "sync", "import", tmp_path / "b1.perut").stdout
    assert run.fingerprint("a") == run.fingerprint("baru")
    assert "Rusdi" in run("a", "official", "list").stdout


def test_a_backup_without_passphrase_holds_the_records_not_the_keys_and_says_so(
        office: tuple[Perut, str], tmp_path: Path) -> None:
    run, device = office
    plain = tmp_path / "data-saja.sqlite"
    assert "TANPA kunci perangkat" in run("master", "backup", "--out", plain).stdout
    assert plain.read_bytes().startswith(b"SQLite format 3\x00")
    assert "TANPA kunci perangkat" in run("baru", "restore", plain).stdout
    assert run.fingerprint("baru") == run.fingerprint("master")
    run("baru", "visit", "list")  # the records are all there to read

    run("a", "sync", "export", "--out", tmp_path / "a1.perut")
    for args in (("sync", "export", "--to", device, "--out", tmp_path / "x.perut"),
                 ("sync", "import", tmp_path / "a1.perut"),
                 ("enroll", "--officer", "Rahmadi", "--out", tmp_path / "x.enrol")):
        assert "tidak memiliki kunci" in run("baru", *args, code=4).stderr
    assert not (tmp_path / "baru" / "keys").exists()  # no keys made up behind the laptops' back
    assert not list((tmp_path / "baru").glob("quarantine/*"))  # the laptop's bundle was not at fault

    keyed = tmp_path / "berkunci.cadangan"
    secret = _passphrase(tmp_path)
    run("master", "backup", "--out", keyed, "--passphrase-file", secret)
    run("baru", "restore", keyed, "--replace", "--passphrase-file", secret)
    assert "diterapkan" in run("baru", "sync", "import", tmp_path / "a1.perut").stdout


def test_restore_refuses_what_is_not_a_backup_and_changes_nothing(office: tuple[Perut, str], tmp_path: Path) -> None:
    run, device = office
    before = run.fingerprint("master")
    secret = _passphrase(tmp_path)
    keyed = tmp_path / "k.cadangan"
    run("master", "backup", "--out", keyed, "--passphrase-file", secret)

    other_zip = tmp_path / "lain.zip"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("surat.txt", "bukan cadangan")
    tampered = tmp_path / "rusak.cadangan"
    data = bytearray(keyed.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    swapped = tmp_path / "tukar.cadangan"  # the keys of one backup, the database of another
    run("a", "backup", "--out", tmp_path / "a.cadangan", "--passphrase-file", secret)
    with zipfile.ZipFile(keyed) as mine, zipfile.ZipFile(tmp_path / "a.cadangan") as theirs, \
            zipfile.ZipFile(swapped, "w") as out:
        for name in ("backup.json", "identity.json"):
            out.writestr(name, mine.read(name))
        out.writestr("database.perut", theirs.read("database.perut"))
    run("a", "sync", "export", "--out", tmp_path / "a1.perut")

    for path, reason in ((other_zip, "bukan cadangan PERUT"), (tampered, "rusak"),
                         (swapped, "tidak dibuat dengan kunci"), (tmp_path / "a1.perut", "bundel sinkronisasi"),
                         (tmp_path / "tidak-ada.cadangan", "tidak ditemukan")):
        err = run("master", "restore", path, "--replace", "--passphrase-file", secret, code=3).stderr
        assert reason in err, err
    assert run.fingerprint("master") == before
    assert not list((tmp_path / "master").glob("backups/sebelum-pemulihan-*"))

    short = _passphrase(tmp_path, "pendek", "pendek.txt")
    assert "paling sedikit 12" in run("master", "backup", "--out", tmp_path / "x", "--passphrase-file", short,
                                     code=2).stderr
    empty = tmp_path / "kosong.txt"
    empty.write_text("")
    run("master", "backup", "--out", tmp_path / "x", "--passphrase-file", empty, code=2)
    run("master", "backup", "--out", tmp_path / "x", "--passphrase-file", tmp_path / "hilang.txt", code=3)
    assert not (tmp_path / "x").exists()


# --- automatic backups -------------------------------------------------------------------------


def _pending_laptop(master: Replica, tmp_path: Path) -> tuple[Replica, str]:
    """A laptop made from its enrolment file, not confirmed yet; and its code."""
    add_officer(master, "Pendamping A", ["Awayan"])
    res = bundle.write_enrolment(master, "Pendamping A", tmp_path / "a.perut-enroll")
    made = bundle.init_field_from_file(tmp_path / "a", res.path)
    return open_replica(tmp_path / "a"), made.code


def _laptop(master: Replica, tmp_path: Path) -> Replica:
    laptop, code = _pending_laptop(master, tmp_path)
    hold_and_confirm(master, laptop, tmp_path / "hello.perut", code)
    first = bundle.export_bundle(master, tmp_path / "first.perut", to=laptop.device_id)
    bundle.import_bundle(laptop, first[0].path)
    return laptop


def _edit_and_export(laptop: Replica, tmp_path: Path, name: str) -> Path:
    with at(laptop, DAY) as s:
        villages.add_official(s, villages.find_village(s, "Awayan").id, name=name, position="Kaur Umum")
    return bundle.export_bundle(laptop, tmp_path / f"{name}.perut")[0].path


def test_automatic_backups_before_imports_follow_the_policy_and_restore(
        master: Replica, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = _laptop(master, tmp_path)
    try:
        assert len(backup.automatic_backups(laptop.data_dir)) == 1  # its first import (many rows)
        # the laptop's confirmed first bundle was the master's first import of the day
        ((_, first_backup),) = backup.automatic_backups(master.data_dir)
        b1 = _edit_and_export(laptop, tmp_path, "Satu")
        assert bundle.import_bundle(master, b1).backup is None  # a small import: once a day is enough
        assert first_backup.parent == master.data_dir / "backups"
        raw = first_backup.read_bytes()
        assert raw.startswith(container.MAGIC) and b"Awayan" not in raw and b"SQLite" not in raw

        b2 = _edit_and_export(laptop, tmp_path, "Dua")
        assert bundle.import_bundle(master, b2, dry_run=True).backup is None
        assert bundle.import_bundle(master, b2).backup is None  # a small import: once a day is enough
        assert bundle.import_bundle(master, b2).result.status == "already"
        assert [p for _, p in backup.automatic_backups(master.data_dir)] == [first_backup]

        monkeypatch.setattr(backup, "MANY_ROWS", 0)  # now every bundle brings "many" rows
        assert bundle.import_bundle(master, b2).backup is None  # but never for one applied before
        b3 = _edit_and_export(laptop, tmp_path, "Tiga")
        before_b3 = fp(master)
        third = bundle.import_bundle(master, b3)
        after_b3 = fp(master)
        assert third.backup is not None and third.backup != first_backup and after_b3 != before_b3
        # pruning keeps the newest of the day
        assert [p for _, p in backup.automatic_backups(master.data_dir)] == [third.backup]

        master.close()
        restored = backup.restore_backup(master.data_dir, third.backup, replace=True, passphrase=None)
        assert (restored.kind, restored.keys) == ("automatic", "kept") and restored.saved is not None
        again = open_replica(master.data_dir)
        try:
            assert fp(again) == before_b3  # the state just before the third bundle
            assert bundle.import_bundle(again, b3).result.status == "applied"
            assert fp(again) == after_b3
        finally:
            again.close()

        # it opens only with the keys of the replica that wrote it
        stranger = tmp_path / "lain"
        with pytest.raises(StateError, match="hanya dapat dibuka dengan kunci"):
            backup.restore_backup(stranger, backup.automatic_backups(master.data_dir)[-1][1], replace=False,
                                  passphrase=None)
        assert not stranger.exists()
    finally:
        laptop.close()


def test_pruning_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    start = dt.datetime(2026, 9, 1, 8)  # a Tuesday
    stamps = [start + dt.timedelta(days=d, hours=h) for d in range(60) for h in (0, 5)]
    keep = backup.to_keep(stamps)
    daily = {start + dt.timedelta(days=d, hours=5) for d in range(53, 60)}
    weekly = {dt.datetime(2026, 10, 23, 13), dt.datetime(2026, 10, 18, 13), dt.datetime(2026, 10, 11, 13),
              dt.datetime(2026, 10, 4, 13)}
    assert keep == daily | weekly

    folder = tmp_path / "backups"
    folder.mkdir()
    for s in stamps:
        (folder / f"{backup.AUTO_PREFIX}{s:%Y%m%d-%H%M%S-%f}{backup.AUTO_SUFFIX}").write_bytes(b"x")
    (folder / "sebelum-pemulihan-20261001-100000.sqlite").write_bytes(b"x")
    (folder / "catatan.txt").write_bytes(b"x")
    gone = backup.prune(tmp_path)
    assert len(gone) == len(stamps) - 11
    assert {stamp for stamp, _ in backup.automatic_backups(tmp_path)} == keep
    assert (folder / "sebelum-pemulihan-20261001-100000.sqlite").exists() and (folder / "catatan.txt").exists()

    now = stamps[-1] + dt.timedelta(hours=1)
    assert not backup.backup_due(tmp_path, 10, now)  # one today already
    assert backup.backup_due(tmp_path, backup.MANY_ROWS + 1, now)
    assert backup.backup_due(tmp_path, 10, now + dt.timedelta(days=1))


def test_passphrase_file_reading(tmp_path: Path) -> None:
    path = tmp_path / "p"
    path.write_bytes(b"kata sandi  panjang\r\nbaris kedua\n")
    assert backup.read_passphrase_file(path, new=True) == "kata sandi  panjang"


def test_a_laptops_backup_with_keys_keeps_its_pending_enrolment(master: Replica, tmp_path: Path) -> None:
    laptop, code = _pending_laptop(master, tmp_path)  # the master does not have its keys yet
    try:
        pending = identity.enrolment_state(laptop.data_dir)
        assert pending is not None
        written = backup.write_backup(laptop, tmp_path / "laptop.cadangan", passphrase="kata-sandi-laptop")
        assert written.with_keys
    finally:
        laptop.close()
    restored = backup.restore_backup(tmp_path / "pengganti", written.path, replace=False,
                                     passphrase="kata-sandi-laptop")
    assert (restored.kind, restored.keys, restored.role) == ("keys", "restored", "field")
    assert identity.enrolment_state(tmp_path / "pengganti") == pending
    again = open_replica(tmp_path / "pengganti")
    try:  # and its first bundle still proves the enrolment to the master, and shows the same code
        assert bundle.device_code(again).code == code
        hold_and_confirm(master, again, tmp_path / "a1.perut", code)
    finally:
        again.close()
