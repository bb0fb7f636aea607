"""What stays on this computer, and how: the plaintext of ``sync export`` never leaves the
data folder (the output folder sees only the bundle and its own temporary name, also when
the export is killed part-way); the data folder and database are readable by their user
alone (on Windows by the ACL ``icacls`` sets); the backup passphrase has 12 characters at
least; the quarantine is bounded."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from perut_desktop import cli
from perut_desktop.db import Replica, open_replica
from perut_desktop.errors import UsageError
from perut_desktop.services import villages
from perut_desktop.sync import backup, bundle
from tests.sync.helpers import add_officer, at, enrol_with_keys

ROOT = Path(__file__).resolve().parents[2]
NAME = "Hendra Saputra Rahasia"

#: Runs ``perut`` with an audit hook that writes down every path the process opens,
#: creates, renames or connects to inside the output folder, as it happens (so that a
#: SIGKILL at a fault point loses nothing of the record).
_SCRIPT = textwrap.dedent("""
    import os, sys
    watched = os.path.realpath(sys.argv[1])
    record = open(sys.argv[2], "a", buffering=1)
    EVENTS = {"open", "os.mkdir", "os.rename", "os.replace", "os.link", "os.symlink", "shutil.copyfile",
              "shutil.move", "sqlite3.connect", "os.truncate"}
    def hook(event, args):
        if event not in EVENTS:
            return
        for arg in args:
            if isinstance(arg, (str, bytes, os.PathLike)):
                try:
                    path = os.path.realpath(os.fsdecode(arg))
                except (TypeError, ValueError):
                    continue
                if os.path.dirname(path) == watched:
                    record.write(event + " " + path + "\\n")
    sys.addaudithook(hook)
    from perut_desktop.cli.main import main
    sys.exit(main(sys.argv[3:]))
""")


def _allowed(name: str, bundle_name: str) -> bool:
    return name == bundle_name or re.fullmatch(rf"\.{re.escape(bundle_name)}\.\d+\.[0-9a-f]{{8}}\.part\.tmp",
                                               name) is not None


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("point", [None, "export_payload_written", "export_body_written", "export_assembled"])
def test_export_plaintext_stays_in_the_data_folder(master: Replica, tmp_path: Path, point: str | None) -> None:
    add_officer(master, "Rahmadi", ["Awayan"])
    laptop = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
    laptop.close()
    with at(master) as s:
        villages.add_official(s, villages.find_village(s, "Awayan").id, name=NAME, position="Kepala Desa")
    data_dir = master.data_dir
    master.close()
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    record = tmp_path / "record.txt"
    env = dict(os.environ, PYTHONPATH=str(ROOT), LANG="C.UTF-8")
    if point:
        env["PERUT_FAULT"] = point
    proc = subprocess.run([sys.executable, "-c", _SCRIPT, str(stick), str(record), "--data-dir", str(data_dir),
                           "sync", "export", "--to", laptop.device_id, "--out", str(stick / "kirim.perut"),
                           "--full"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == (-9 if point else 0), proc.stderr
    touched = {Path(line.split(" ", 1)[1]).name for line in record.read_text().splitlines()}
    if point in (None, "export_assembled"):  # the bundle's own temporary name exists by then
        assert touched, "the audit hook saw nothing: the test would prove nothing"
    assert all(_allowed(name, "kirim.perut") for name in touched), touched
    left = sorted(p.name for p in stick.iterdir())
    assert all(_allowed(name, "kirim.perut") for name in left), left
    if point in ("export_payload_written", "export_body_written"):
        assert left == []  # the payload (and the sealed body) exist, but inside the data folder only
        assert list(data_dir.glob(".perut-export-*/payload-0.sqlite"))
    for p in stick.iterdir():  # whatever is on the stick names nobody
        assert NAME.encode() not in p.read_bytes() and NAME.encode("utf-16-le") not in p.read_bytes()
    if point is None:
        assert left == ["kirim.perut"] and not list(data_dir.glob(".perut-export-*"))
    # and the next export works as ever, a killed one notwithstanding
    replica = open_replica(data_dir)
    try:
        (again,) = bundle.export_bundle(replica, stick / "lagi.perut", to=laptop.device_id)
        assert again.path.exists()
    finally:
        replica.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows uses the profile's ACL (see paths.make_private)")
def test_data_folder_and_database_are_readable_by_their_user_only(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    old = os.umask(0o022)  # the usual umask, which would give 0755 and 0644
    try:
        master_dir, laptop_dir = tmp_path / "master", tmp_path / "laptop"
        assert cli.main(["--data-dir", str(master_dir), "init", "--role", "master", "--kecamatan", "Awayan"]) == 0
        assert cli.main(["--data-dir", str(master_dir), "officer", "add", "--name", "Rahmadi",
                         "--villages", "Awayan"]) == 0
        assert cli.main(["--data-dir", str(master_dir), "enroll", "--officer", "Rahmadi",
                         "--out", str(tmp_path / "a")]) == 0
        assert cli.main(["--data-dir", str(laptop_dir), "init", "--role", "field", "--enrollment",
                         str(tmp_path / "a.perut-enroll")]) == 0

        def modes(folder: Path) -> dict[str, str]:
            files = [folder / n for n in ("perut.sqlite", "perut.sqlite-wal", "perut.sqlite-shm") if (folder / n).exists()]
            return {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in [folder, *files]}

        for folder in (master_dir, laptop_dir):
            got = modes(folder)
            assert got[folder.name] == "0o700" and got["perut.sqlite"] == "0o600", got
            assert all(m == "0o600" for n, m in got.items() if n != folder.name), got
        assert oct(stat.S_IMODE((tmp_path / "a.perut-enroll").stat().st_mode)) == "0o600"
        # a folder made before (or copied with loose modes) is tightened when next opened
        os.chmod(master_dir, 0o755)
        os.chmod(master_dir / "perut.sqlite", 0o644)
        assert cli.main(["--data-dir", str(master_dir), "stats"]) == 0
        assert modes(master_dir)[master_dir.name] == "0o700" and modes(master_dir)["perut.sqlite"] == "0o600"
    finally:
        os.umask(old)
        capsys.readouterr()


def test_a_backup_passphrase_needs_twelve_characters(tmp_path: Path) -> None:
    short, enough = tmp_path / "pendek.txt", tmp_path / "cukup.txt"
    short.write_text("sebelas-kar\n")  # 11
    enough.write_text("kopi di pagi\n")  # 12: a phrase of three words
    with pytest.raises(UsageError, match="paling sedikit 12 karakter"):
        backup.read_passphrase_file(short, new=True)
    assert backup.read_passphrase_file(enough, new=True) == "kopi di pagi"
    assert backup.read_passphrase_file(short) == "sebelas-kar"  # opening an older backup: any length


def test_the_quarantine_is_bounded_and_keeps_the_newest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle, "QUARANTINE_MAX_BYTES", 10_000)
    monkeypatch.setattr(bundle, "QUARANTINE_MAX_FILE", 6_000)
    monkeypatch.setattr(bundle, "QUARANTINE_MAX_ENTRIES", 4)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    kept: list[Path | None] = []
    for n in range(8):
        f = tmp_path / f"in-{n}.perut"
        f.write_bytes(os.urandom(3_000))
        kept.append(bundle.quarantine(data_dir, f, f"alasan {n}"))
    folder = data_dir / "quarantine"
    copies = [p for p in folder.iterdir() if not p.name.endswith(".alasan.txt")]
    assert sum(p.stat().st_size for p in copies) <= 10_000 and len(list(folder.iterdir())) <= 2 * 4
    assert kept[-1] is not None and kept[-1].exists() and kept[-1].read_bytes() == (tmp_path / "in-7.perut").read_bytes()
    assert "alasan 7" in kept[-1].with_name(kept[-1].name + ".alasan.txt").read_text()
    big = tmp_path / "besar.perut"
    big.write_bytes(os.urandom(7_000))
    assert bundle.quarantine(data_dir, big, "terlalu besar") is None
    notes = [p.read_text() for p in folder.glob("*besar.perut.alasan.txt")]
    assert len(notes) == 1 and "tidak disalin" in notes[0]
    assert not [p for p in folder.iterdir() if p.name.endswith("besar.perut")]


class _Icacls:
    """``subprocess.run`` as Windows' ``icacls`` answers it (the Windows path is taken on any
    system: the command is what the test checks)."""

    def __init__(self, returncode: int | None = 0) -> None:
        self.returncode, self.calls = returncode, []  # type: list[list[str]]

    def __call__(self, args: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
        self.calls.append(list(args))
        if self.returncode is None:
            raise FileNotFoundError("icacls")
        return subprocess.CompletedProcess(args, self.returncode, b"", b"")


@pytest.mark.parametrize("answer", [0, 5, None], ids=["granted", "refused", "no-icacls"])
def test_on_windows_a_data_folder_outside_the_profile_gets_a_user_only_acl_or_a_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: int | None) -> None:
    from perut_desktop import paths

    icacls = _Icacls(answer)
    monkeypatch.setattr(subprocess, "run", icacls)
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "Users" / "rahmadi"))
    monkeypatch.setenv("USERNAME", "rahmadi")
    folder = tmp_path / "PERUT-data"
    warning = paths._private_on_windows(folder)
    # inheritance from the parent removed, full control for this user alone, for the folder and what it holds
    assert icacls.calls == [["icacls", str(folder), "/inheritance:r", "/grant:r", "rahmadi:(OI)(CI)F"]]
    if answer == 0:
        assert warning is None
    else:
        assert warning == (f"Folder data {folder} berada di luar profil pengguna dan izinnya tidak dapat dibatasi "
                           "untuk pengguna ini saja; pengguna lain komputer ini mungkin dapat membacanya. Pindahkan "
                           "ke dalam profil pengguna.")


def test_on_windows_a_data_folder_inside_the_profile_keeps_the_profiles_acl(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from perut_desktop import paths

    icacls = _Icacls()
    monkeypatch.setattr(subprocess, "run", icacls)
    profile = tmp_path / "Users" / "rahmadi"
    monkeypatch.setenv("USERPROFILE", str(profile))
    monkeypatch.setenv("USERNAME", "rahmadi")
    assert paths._private_on_windows(profile / "AppData" / "Local" / "PERUT") is None
    assert icacls.calls == []  # private already: the profile's ACL
    # without a user name nothing can be granted: a warning, and the ACL is left as it is
    monkeypatch.delenv("USERNAME")
    assert paths._private_on_windows(tmp_path / "PERUT-data") is not None
    assert icacls.calls == []
