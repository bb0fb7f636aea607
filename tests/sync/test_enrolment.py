"""The confirmed enrolment of DESIGN.md §5 and the hardening around it (the
proof before any work, the held first bundle, a replay after the handshake), through the real commands (in-process
``perut_desktop.cli.main``): a laptop's first bundle is held on the master until the office
types the code the laptop shows; a wrong code is refused and counted; pending enrolments
expire; a copied enrolment file never gets its bundle applied; the enrolment proof is
checked before any SQLite, backup or file work; the import log is keyed by (sender, bundle
id); a replay of the office's first bundle is answered from its signed header."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from perut_desktop import cli
from perut_desktop.db import Replica, open_replica
from perut_desktop.models import Device, ImportLog, Peer, Subdistrict
from perut_desktop.sync import bundle, container, enrol, identity, keys
from tests.sync.helpers import add_officer, enrol_with_keys, fp


@pytest.fixture()
def perut(capsys: pytest.CaptureFixture[str]) -> Any:
    """``perut --data-dir DIR ARGS…`` in-process: returns (stdout, stderr), checks the exit."""
    def run(data_dir: Path, *args: str, code: int = 0) -> tuple[str, str]:
        capsys.readouterr()
        got = cli.main(["--data-dir", str(data_dir), *map(str, args)])
        out, err = capsys.readouterr()
        assert got == code, (args, out, err)
        return out, err
    return run


def _code_from(out: str) -> str:
    return out.split("KODE KONFIRMASI: ", 1)[1].split()[0]


def _device_keys(master: Replica, device_id: str) -> tuple[str, str]:
    with master.engine.connect() as c:
        row = c.execute(select(Device.sign_public_key, Device.enc_public_key).where(Device.id == device_id)).one()
    return row[0], row[1]


def _enrolment(master: Replica, device_id: str) -> dict[str, Any]:
    with master.engine.connect() as c:
        return dict(c.execute(select(Peer.state).where(Peer.device_id == device_id)).scalar_one()["enrolment"])


def _quarantined(data_dir: Path) -> list[str]:
    folder = data_dir / "quarantine"
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".alasan.txt")) if folder.exists() else []


def _new_laptop(master: Replica, tmp_path: Path, perut: Any, name: str = "a",
                officer: str = "Rahmadi") -> tuple[Path, str, str]:
    """``perut enroll`` on the master, ``perut init --role field`` on a laptop: the
    laptop's folder, its device id and the code it shows."""
    out, _ = perut(master.data_dir, "enroll", "--officer", officer, "--out", tmp_path / f"{name}")
    enrolment_file = tmp_path / f"{name}.perut-enroll"  # the extension the window opens is added
    assert enrolment_file.exists() and str(enrolment_file) in out
    device_id = json.loads(enrolment_file.read_text())["device_id"]
    out, _ = perut(tmp_path / name, "init", "--role", "field", "--enrollment", enrolment_file)
    return tmp_path / name, device_id, _code_from(out)


def test_first_bundle_is_held_until_the_office_types_the_code_then_data_flows(
        master: Replica, tmp_path: Path, perut: Any) -> None:
    add_officer(master, "Rahmadi", ["Awayan"])
    laptop_dir, device_id, code = _new_laptop(master, tmp_path, perut)
    # the enrolment file holds no private key at all: nothing office data is encrypted to
    data = json.loads((tmp_path / "a.perut-enroll").read_text())
    assert "enrolment_key" not in data and not any("PRIVATE" in str(v) for v in data.values())
    assert set(data) >= {"master_sign_key", "master_enc_key", "device_id", "secret", "expires_at"}
    # the code derives from the laptop's own new public keys and the secret; shown again on request
    pub = keys.load_identity(laptop_dir / "keys").public_keys()
    assert code == enrol.confirmation_code(data["secret"], pub.sign, pub.enc)
    assert perut(laptop_dir, "device", "code")[0].strip().endswith(code)

    # the office cannot send data before the laptop is confirmed (nothing to encrypt to)
    _, err = perut(master.data_dir, "sync", "export", "--to", device_id, "--out", tmp_path / "early.perut", code=4)
    assert "belum dikonfirmasi" in err and not (tmp_path / "early.perut").exists()

    # the laptop's first bundle: held, nothing applied (exit 4, one line naming the command)
    perut(laptop_dir, "sync", "export", "--out", tmp_path / "first-up.perut")
    before = fp(master)
    _, err = perut(master.data_dir, "sync", "import", tmp_path / "first-up.perut", code=4)
    assert err.count("\n") == 1 and "ditahan" in err and "perut device confirm" in err, err
    assert fp(master) == before and _device_keys(master, device_id) == ("", "")
    assert len(list((master.data_dir / "pending").iterdir())) == 1 and _quarantined(master.data_dir) == []
    # importing it again holds the same file once
    perut(master.data_dir, "sync", "import", tmp_path / "first-up.perut", code=4)
    assert len(list((master.data_dir / "pending").iterdir())) == 1
    listed = json.loads(perut(master.data_dir, "device", "pending", "--json")[0])
    assert [(p["device_id"], p["held_bundles"], p["expired"]) for p in listed] == [(device_id, 1, False)]

    # the office types the code the laptop shows (any case, with or without the dash)
    out, _ = perut(master.data_dir, "device", "confirm", device_id, code.lower().replace("-", ""))
    assert "dikonfirmasi" in out and pub.sign_fingerprint in out
    assert _device_keys(master, device_id) == (pub.sign, pub.enc)
    assert list((master.data_dir / "pending").iterdir()) == []
    assert json.loads(perut(master.data_dir, "device", "pending", "--json")[0]) == []
    # the one-time secret is retired and the laptop is no longer waiting
    status = json.loads(perut(master.data_dir, "sync", "status", "--json")[0])
    assert [p["enrolment_pending"] for p in status["peers"] if p["device_id"] == device_id] == [False]
    with master.engine.connect() as conn:
        state = conn.execute(select(Peer.state).where(Peer.device_id == device_id)).scalar_one()
    assert "secret" not in state["enrolment"] and state["enrolment"]["pending"] is False
    # confirming twice is a state error, nothing more
    perut(master.data_dir, "device", "confirm", device_id, code, code=4)

    # only now the office's first data, encrypted to the laptop's own key
    perut(master.data_dir, "sync", "export", "--to", device_id, "--out", tmp_path / "first-down.perut")
    opened = container.open_bundle(
        tmp_path / "first-down.perut", my_device_id=device_id, my_identity=keys.load_identity(laptop_dir / "keys"),
        kecamatan_code=data["kecamatan_code"], lookup_sender_key=lambda d: data["master_sign_key"],
        extract_to=tmp_path / "opened")
    assert opened.header.recipient == device_id
    perut(laptop_dir, "sync", "import", tmp_path / "first-down.perut")
    assert not (laptop_dir / "keys" / identity.ENROLMENT_STATE).exists()
    out, _ = perut(laptop_dir, "device", "code")
    assert "sudah selesai" in out
    laptop = open_replica(laptop_dir)
    try:
        assert fp(laptop) == fp(master)
    finally:
        laptop.close()


def test_a_wrong_code_is_refused_counted_and_locks_the_enrolment(master: Replica, tmp_path: Path,
                                                                 perut: Any) -> None:
    add_officer(master, "Rahmadi", ["Awayan"])
    laptop_dir, device_id, code = _new_laptop(master, tmp_path, perut)
    _, err = perut(master.data_dir, "device", "confirm", device_id, code, code=4)
    assert "Belum ada bundel pertama" in err  # nothing held yet: nothing to confirm
    perut(laptop_dir, "sync", "export", "--out", tmp_path / "up.perut")
    perut(master.data_dir, "sync", "import", tmp_path / "up.perut", code=4)
    before = fp(master)
    wrong = "00000-00000" if code != "00000-00000" else "11111-11111"
    for n in range(1, enrol.MAX_CODE_ATTEMPTS + 1):
        _, err = perut(master.data_dir, "device", "confirm", device_id, wrong, code=3)
        assert err.count("\n") == 1 and f"salah {n} dari {enrol.MAX_CODE_ATTEMPTS}" in err, err
        assert _enrolment(master, device_id)["failed_codes"] == n
    assert fp(master) == before and _device_keys(master, device_id) == ("", "")
    # locked: even the right code is refused now; the laptop must be registered again
    _, err = perut(master.data_dir, "device", "confirm", device_id, code, code=4)
    assert "dikunci" in err
    assert fp(master) == before and _device_keys(master, device_id) == ("", "")
    _, err = perut(master.data_dir, "sync", "import", tmp_path / "up.perut", code=3)
    assert "dikunci" in err


def test_pending_enrolments_expire(master: Replica, tmp_path: Path, perut: Any) -> None:
    add_officer(master, "Rahmadi", ["Awayan"])
    laptop_dir, device_id, code = _new_laptop(master, tmp_path, perut)
    perut(laptop_dir, "sync", "export", "--out", tmp_path / "up.perut")
    perut(master.data_dir, "sync", "import", tmp_path / "up.perut", code=4)

    def expire() -> None:
        with master.engine.begin() as c:
            state = dict(c.execute(select(Peer.state).where(Peer.device_id == device_id)).scalar_one())
            past = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)).isoformat(timespec="seconds")
            state["enrolment"] = {**state["enrolment"], "expires_at": past}
            c.execute(update(Peer).where(Peer.device_id == device_id).values(state=state))

    expire()  # e.g. the office waited past the parameter (14 days by default)
    before = fp(master)
    _, err = perut(master.data_dir, "device", "confirm", device_id, code, code=4)
    assert "kedaluwarsa" in err
    listed = json.loads(perut(master.data_dir, "device", "pending", "--json")[0])
    assert [p["expired"] for p in listed] == [True]
    perut(laptop_dir, "sync", "export", "--out", tmp_path / "late.perut")
    _, err = perut(master.data_dir, "sync", "import", tmp_path / "late.perut", code=3)
    assert "kedaluwarsa" in err and len(_quarantined(master.data_dir)) == 1
    assert fp(master) == before and _device_keys(master, device_id) == ("", "")
    # an enrolment file made for one day no longer creates a laptop after that day
    perut(master.data_dir, "enroll", "--officer", "Rahmadi", "--out", tmp_path / "b.perut-enroll", "--days", "1")
    stale = json.loads((tmp_path / "b.perut-enroll").read_text())
    stale["expires_at"] = "2020-01-01T00:00:00+00:00"
    (tmp_path / "b.perut-enroll").write_text(json.dumps(stale))
    _, err = perut(tmp_path / "b", "init", "--role", "field", "--enrollment", tmp_path / "b.perut-enroll", code=3)
    assert "kedaluwarsa" in err and not (tmp_path / "b" / "perut.sqlite").exists()


def test_a_copied_enrolment_file_is_held_and_never_applied_unconfirmed(master: Replica, tmp_path: Path,
                                                                       perut: Any) -> None:
    add_officer(master, "Rahmadi", ["Awayan"])
    laptop_dir, device_id, code = _new_laptop(master, tmp_path, perut)
    # someone copied the file and enrols a second machine with it, and is first at the office
    out, _ = perut(tmp_path / "copy", "init", "--role", "field", "--enrollment", tmp_path / "a.perut-enroll")
    copy_code = _code_from(out)
    assert copy_code != code  # other keys, other code
    perut(tmp_path / "copy", "sync", "export", "--out", tmp_path / "copy-up.perut")
    before = fp(master)
    _, err = perut(master.data_dir, "sync", "import", tmp_path / "copy-up.perut", code=4)
    assert "ditahan" in err and fp(master) == before
    # the office types the code the real laptop shows: it matches no held bundle
    perut(master.data_dir, "device", "confirm", device_id, code, code=3)
    assert fp(master) == before and _device_keys(master, device_id) == ("", "")
    # the real laptop's first bundle arrives; the same code now applies it and only it
    perut(laptop_dir, "sync", "export", "--out", tmp_path / "up.perut")
    perut(master.data_dir, "sync", "import", tmp_path / "up.perut", code=4)
    out, _ = perut(master.data_dir, "device", "confirm", device_id, code)
    assert "1 bundel pertama lain" in out
    real = keys.load_identity(laptop_dir / "keys").public_keys()
    assert _device_keys(master, device_id) == (real.sign, real.enc)
    (aside,) = _quarantined(master.data_dir)  # kept for support, with why
    assert "kunci lain" in (master.data_dir / "quarantine" / f"{aside}.alasan.txt").read_text()
    assert list((master.data_dir / "pending").iterdir()) == []
    # from now on the copy's bundles fail the signature check with the laptop's real key
    perut(tmp_path / "copy", "sync", "export", "--out", tmp_path / "copy-2.perut")
    after = fp(master)
    _, err = perut(master.data_dir, "sync", "import", tmp_path / "copy-2.perut", code=3)
    assert "tanda tangan" in err and fp(master) == after


# --- case 6: the enrolment proof before any SQLite, backup or file work ----------------------


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _seal(path: Path, sender_dir: Path, header: dict[str, Any], members: list[container.Member],
          recipient_enc: str) -> Path:
    container.write_bundle(path, header=header, members=members, sender=keys.load_identity(sender_dir / "keys"),
                           recipient_public_enc_key=keys.decode_public_key(recipient_enc))
    return path


def test_a_pending_laptops_bundle_is_judged_by_its_proof_before_sqlite_backup_or_files(
        master: Replica, tmp_path: Path, perut: Any) -> None:
    add_officer(master, "Rahmadi", ["Awayan"])
    laptop_dir, device_id, _code = _new_laptop(master, tmp_path, perut)
    state = identity.enrolment_state(laptop_dir) or {}
    pub = keys.load_identity(laptop_dir / "keys").public_keys()
    garbage = tmp_path / "payload.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    photo = tmp_path / "photo"
    photo.write_bytes(os.urandom(5000))
    sha = _sha(photo)
    members = [container.Member("payload.sqlite", garbage), container.Member(f"attachments/{sha}", photo)]
    base = {"kecamatan": state["kecamatan_code"], "sender": device_id, "recipient": master.device_id,
            "sender_sign_key": pub.sign, "sender_enc_key": pub.enc}
    backups_before = sorted((master.data_dir / "backups").glob("*")) if (master.data_dir / "backups").exists() else []
    before = fp(master)

    # a wrong proof: refused from the header (exit 3), quarantined; no backup, no file stored
    bad = _seal(tmp_path / "bad.perut", laptop_dir, {**base, "bundle_id": "b" * 32, "enrolment_proof": "0" * 64},
                members, state["master_enc_key"])
    _, err = perut(master.data_dir, "sync", "import", bad, code=3)
    assert "Bukti pendaftaran" in err and len(_quarantined(master.data_dir)) == 1
    # a right proof over a payload that is not even a database: held as it is, never opened
    proof = enrol.proof(state["secret"], "c" * 32, pub.sign, pub.enc)
    good = _seal(tmp_path / "good.perut", laptop_dir, {**base, "bundle_id": "c" * 32, "enrolment_proof": proof},
                 members, state["master_enc_key"])
    _, err = perut(master.data_dir, "sync", "import", good, code=4)
    assert "ditahan" in err
    for _ in range(2):
        assert fp(master) == before
        assert not list(master.data_dir.rglob(sha)) and not list(master.data_dir.rglob(f"*{sha}*"))
        now = sorted((master.data_dir / "backups").glob("*")) if (master.data_dir / "backups").exists() else []
        assert now == backups_before
        with master.engine.connect() as c:
            assert c.execute(select(ImportLog.outcome).where(ImportLog.sender_device_id == device_id)).scalars().all() \
                == ["refused"]
        perut(master.data_dir, "sync", "import", good, code=4)


def test_the_import_log_is_keyed_by_sender_and_a_borrowed_bundle_id_stores_no_files(
        master: Replica, tmp_path: Path, perut: Any) -> None:
    """Laptop B reuses the id of a bundle applied from laptop A: not "already imported"
    (that answer once stored B's attachment files without applying anything); judged as
    B's own bundle, refused here for its gap, and none of its files stored."""
    from perut_desktop.sync import engine

    add_officer(master, "Rahmadi", ["Awayan"])
    add_officer(master, "Siti", ["Baru"])
    a = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
    b = enrol_with_keys(master, tmp_path, "b", "Siti")
    try:
        (applied,) = bundle.export_bundle(a, tmp_path / "a-1.perut")
        perut(master.data_dir, "sync", "import", applied.path)
        taken_id = applied.header["bundle_id"]
        payload = tmp_path / "b-payload.sqlite"
        engine.export_payload(b, payload)
        with sqlite3.connect(payload) as c:
            c.execute("UPDATE meta SET value = ? WHERE key = 'bundle_id'", (json.dumps(taken_id),))
            c.execute("UPDATE meta SET value = '5000' WHERE key = 'since_seq'")
            c.execute("UPDATE meta SET value = '5001' WHERE key = 'upto_seq'")
        photo = tmp_path / "planted"
        photo.write_bytes(os.urandom(4000))
        sha = _sha(photo)
        with master.engine.connect() as c:
            master_enc = c.execute(select(Device.enc_public_key).where(Device.id == master.device_id)).scalar_one()
            kecamatan = c.execute(select(Subdistrict.code)).scalar_one()
        hostile = _seal(tmp_path / "b-hostile.perut", b.data_dir,
                        {"bundle_id": taken_id, "kecamatan": kecamatan, "sender": b.device_id,
                         "recipient": master.device_id},
                        [container.Member("payload.sqlite", payload), container.Member(f"attachments/{sha}", photo)],
                        master_enc)
        before = fp(master)
        _, err = perut(master.data_dir, "sync", "import", hostile, code=3)
        assert err.count("\n") == 1 and "sudah diimpor" not in err, err
        assert fp(master) == before and not list(master.data_dir.rglob(sha))
        with master.engine.connect() as c:
            log = sorted(c.execute(select(ImportLog.sender_device_id, ImportLog.outcome)
                                   .where(ImportLog.bundle_id == taken_id)).all())
        assert log == sorted([(a.device_id, "applied"), (b.device_id, "refused")])
        # A's bundle is still "already imported", for A
        out, _ = perut(master.data_dir, "sync", "import", applied.path)
        assert "sudah diimpor" in out
    finally:
        a.close()
        b.close()


# --- case 10: the office's first bundle imported again after the handshake -------------------


def test_a_replay_of_the_offices_first_bundle_is_answered_from_its_signed_header(
        master: Replica, tmp_path: Path, perut: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    add_officer(master, "Rahmadi", ["Awayan"])
    laptop = enrol_with_keys(master, tmp_path, "a", "Rahmadi")  # first-a.perut: the office's first data
    laptop_dir = laptop.data_dir
    before = fp(laptop)
    laptop.close()

    def no_decrypting(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("a replay must be recognised before decrypting")

    monkeypatch.setattr(container, "open_bundle", no_decrypting)
    for name in ("first-a.perut", "back-a.perut"):
        out, err = perut(laptop_dir, "sync", "import", tmp_path / name)
        assert "sudah diimpor" in out and err == ""
    assert _quarantined(laptop_dir) == []
    laptop = open_replica(laptop_dir)
    try:
        assert fp(laptop) == before
    finally:
        laptop.close()
    # the answer comes from a *verified* header: a forged copy of it is not "already imported"
    monkeypatch.undo()
    forged = bytearray((tmp_path / "first-a.perut").read_bytes())
    forged[-1] ^= 1
    (tmp_path / "forged.perut").write_bytes(bytes(forged))
    perut(laptop_dir, "sync", "import", tmp_path / "forged.perut", code=3)


def test_times_the_office_reads_are_the_kecamatans_not_utc(master: Replica, tmp_path: Path, perut: Any) -> None:
    """Awayan is on WITA (UTC+8): an enrolment that expires at 15.30 UTC is valid until
    23.30 WITA, and the office reads that, not a time eight hours early."""
    add_officer(master, "Rahmadi", ["Awayan"])
    out, _ = perut(master.data_dir, "enroll", "--officer", "Rahmadi", "--out", tmp_path / "a.perut-enroll")
    data = json.loads((tmp_path / "a.perut-enroll").read_text())
    expires = dt.datetime.fromisoformat(data["expires_at"]).astimezone(dt.UTC)
    local = f"{expires + dt.timedelta(hours=8):%Y-%m-%d %H.%M} WITA"
    assert f"berlaku sampai {local})" in out and "UTC" not in out, out
    table = perut(master.data_dir, "device", "pending")[0]
    assert local in table and f"{expires:%Y-%m-%d %H:%M}" not in table, table

    # the bundles' times in `perut sync status`
    laptop = enrol_with_keys(master, tmp_path, "b", "Rahmadi")
    laptop.close()
    with master.engine.connect() as c:
        sent, received = c.execute(select(Peer.last_sent_at, Peer.last_received_at).where(
            Peer.device_id == laptop.device_id)).one()
    status = perut(master.data_dir, "sync", "status")[0]
    for moment in (sent, received):
        assert f"{moment + dt.timedelta(hours=8):%Y-%m-%d %H.%M} WITA" in status, status

    # an enrolment file that expired says when, in the kecamatan's time too
    data["expires_at"] = "2020-01-01T00:00:00+00:00"
    (tmp_path / "a.perut-enroll").write_text(json.dumps(data))
    _, err = perut(tmp_path / "c", "init", "--role", "field", "--enrollment", tmp_path / "a.perut-enroll", code=3)
    assert "kedaluwarsa (2020-01-01 08.00 WITA)" in err, err
