"""Three data folders — the kecamatan office and two laptops — driven only through
``perut`` commands: enrolment, signed and encrypted bundles both ways, a conflict kept and
listed, a bundle imported twice, a tampered bundle quarantined, a revoked laptop refused,
and the same fingerprint everywhere at the end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _command() -> list[str]:
    exe = Path(sys.executable).parent / "perut"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "perut_desktop.cli"]


@pytest.fixture(scope="module")
def perut_cmd() -> list[str]:
    return _command()


class Perut:
    def __init__(self, cmd: list[str], root: Path) -> None:
        self.cmd, self.root = cmd, root

    def __call__(self, who: str, *args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, LANG="C.UTF-8", PYTHONPATH=str(ROOT))
        proc = subprocess.run([*self.cmd, "--data-dir", str(self.root / who), *args], capture_output=True,
                              text=True, env=env, cwd=ROOT, timeout=300)
        assert proc.returncode == code, (args, proc.stdout, proc.stderr)
        if code:
            lines = proc.stderr.strip().splitlines()
            assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
        return proc

    def json(self, who: str, *args: str) -> object:
        return json.loads(self(who, *args, "--json").stdout)


def test_three_replicas_through_the_command_line(perut_cmd: list[str], tmp_path: Path) -> None:
    run = Perut(perut_cmd, tmp_path)
    b_ = tmp_path  # bundles and enrolment files live next to the data folders

    run("master", "init", "--role", "master", "--kecamatan", "Awayan")
    run("master", "officer", "add", "--name", "Rahmadi, S.AP.", "--villages", "Awayan,Tundi")
    run("master", "officer", "add", "--name", "Siti Rahmah", "--villages", "Baru,Badalungga")
    run("master", "user", "add", "--name", "Ahmad Fauzan", "--title", "Camat", "--can-sign")
    run("master", "official", "add", "--village", "Awayan", "--name", "Hendra Saputra", "--position", "Kepala Desa")
    official = run.json("master", "official", "list")[0]["id"]  # type: ignore[index]

    for who, officer in (("a", "Rahmadi"), ("b", "Siti")):
        out = run("master", "enroll", "--officer", officer, "--out", str(b_ / f"{who}.perut-enroll")).stdout
        assert "didaftarkan" in out
    devices = {d["officer"].split()[0].rstrip(","): d["id"] for d in run.json("master", "device", "list")  # type: ignore[union-attr]
               if d["role"] == "field"}
    for who, officer in (("a", "Rahmadi"), ("b", "Siti")):
        run(who, "init", "--role", "field", "--enrollment", str(b_ / f"{who}.perut-enroll"))
        run(who, "sync", "export", "--out", str(b_ / f"hello-{who}.perut"))
        run("master", "sync", "import", str(b_ / f"hello-{who}.perut"), code=4)  # held until the code is typed
        run("master", "device", "confirm", devices[officer], run.json(who, "device", "code")["code"])  # type: ignore[index]
        run("master", "sync", "export", "--to", devices[officer], "--out", str(b_ / f"first-{who}.perut"))
        assert "diterapkan" in run(who, "sync", "import", str(b_ / f"first-{who}.perut")).stdout

    # work on both laptops, including the same field of the same official
    run("a", "dev", "simulate", "--ops", "12", "--seed", "1")
    run("b", "dev", "simulate", "--ops", "12", "--seed", "2")
    run("a", "official", "edit", official, "--phone", "0811-a")
    run("b", "official", "edit", official, "--phone", "0811-b")
    run("master", "official", "edit", official, "--position", "Kepala Desa Definitif")

    n = 0

    def round_trip() -> None:
        nonlocal n
        for who in ("a", "b"):
            n += 1
            bundle = b_ / f"{who}-{n}.perut"
            run(who, "sync", "export", "--out", str(bundle))
            run("master", "sync", "import", str(bundle))
        for who, officer in (("a", "Rahmadi"), ("b", "Siti")):
            n += 1
            bundle = b_ / f"m-{who}-{n}.perut"
            run("master", "sync", "export", "--to", devices[officer], "--out", str(bundle))
            run(who, "sync", "import", str(bundle))

    round_trip()
    round_trip()
    prints = {who: run(who, "fingerprint").stdout.strip() for who in ("master", "a", "b")}
    assert len(set(prints.values())) == 1, prints

    # the same-field edits: one winner everywhere, the other value kept as a conflict
    conflicts = run.json("master", "conflicts", "list")
    assert [(c["field"], c["table"]) for c in conflicts] == [("phone", "village_official")]  # type: ignore[index]
    shown = run.json("a", "conflicts", "show", conflicts[0]["id"][:8])  # type: ignore[index]
    assert shown["loser_value"] in ("0811-a", "0811-b")  # type: ignore[index]
    officials = run.json("b", "official", "list")
    assert officials[0]["position"] == "Kepala Desa Definitif"  # type: ignore[index]

    # importing a bundle twice says so and changes nothing
    again = run("master", "sync", "import", str(b_ / "a-5.perut"))
    assert "sudah diimpor" in again.stdout
    assert run("master", "fingerprint").stdout.strip() == prints["master"]

    # a tampered bundle: one line, exit 3, nothing changed, the file kept in quarantine/
    run("a", "official", "edit", official, "--phone", "0811-a2")
    run("a", "sync", "export", "--out", str(b_ / "tampered.perut"))
    data = bytearray((b_ / "tampered.perut").read_bytes())
    data[len(data) // 2] ^= 0x01
    (b_ / "tampered.perut").write_bytes(bytes(data))
    err = run("master", "sync", "import", str(b_ / "tampered.perut"), code=3).stderr
    assert "rusak" in err
    assert run("master", "fingerprint").stdout.strip() == prints["master"]
    kept = list((tmp_path / "master" / "quarantine").glob("*tampered.perut*"))
    assert len(kept) == 2  # the bundle and its reason

    # a revoked laptop's bundles are refused
    run("master", "device", "revoke", devices["Siti"], "--reason", "laptop hilang")
    run("b", "official", "edit", official, "--phone", "0811-b2")
    run("b", "sync", "export", "--out", str(b_ / "revoked.perut"))
    assert "dicabut" in run("master", "sync", "import", str(b_ / "revoked.perut"), code=3).stderr

    status = run.json("master", "sync", "status")
    assert status["role"] == "master" and len(status["peers"]) == 2  # type: ignore[index]
    assert status["refused_bundles"] == 2  # type: ignore[index]

    # the office tells the revoked laptop; from then on it may only read its data
    out = run("master", "sync", "export", "--to", devices["Siti"], "--out", str(b_ / "notice.perut")).stdout
    assert "memberitahukan pencabutan" in out
    assert "dicabut" in run("b", "sync", "import", str(b_ / "notice.perut")).stderr
    for args in (("sync", "export", "--out", str(b_ / "late.perut")), ("dev", "simulate", "--ops", "3"),
                 ("official", "edit", official, "--phone", "0811-b3"),
                 ("sync", "import", str(b_ / "m-b-8.perut"))):
        assert "dicabut" in run("b", *args, code=4).stderr
    assert not (b_ / "late.perut").exists()
    for args in (("stats",), ("fingerprint",), ("visit", "list"), ("official", "list")):
        run("b", *args)
