"""Hostile input through the real import path (DESIGN.md §5, §9): every case is
imported with ``perut sync import FILE`` (``perut_desktop.cli.main`` in-process) and must
exit 3 with one line on stderr (no traceback), leave ``perut fingerprint`` and the sync
bookkeeping (``perut sync status --json``) as they were, leave the file itself untouched
and keep a copy of it with the reason in ``quarantine/``.

The replicas — a master and three enrolled laptops (``a`` and ``b`` in use, ``c`` revoked)
whose keys went through the real handshake — are built once for the module: since every
case must change nothing, they can all run against the same folders. The bundles the cases
start from are real ``.perut`` files, written by :func:`bundle.export_bundle` and never
imported; a control test shows the untouched one would have been accepted.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from perut_desktop import cli
from perut_desktop.db import open_replica
from perut_desktop.models import Device
from perut_desktop.services import villages
from perut_desktop.sync import bundle, container, identity, keys
from tests.sync.helpers import add_officer, enrol_with_keys
from tests.sync.hostile_bundles import write_unchecked_bundle

MiB = 1 << 20


# --- the replicas, built once ------------------------------------------------------------------


@dataclass
class World:
    root: Path
    dirs: dict[str, Path]  # master, a, b, c
    ids: dict[str, str]  # device ids
    identities: dict[str, keys.Identity]
    kecamatan: str
    good: Path  # a → master, carries a new village official; never imported
    other: Path  # a → master, a later bundle; never imported
    revoked: Path  # c → master; c was revoked afterwards
    to_a: Path  # master → a; never imported

    def header(self, base: Path) -> dict[str, Any]:
        h = container.read_header(base)
        return {"bundle_id": h.bundle_id, "kecamatan": h.kecamatan, "sender": h.sender, "recipient": h.recipient}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, _master_template: Path) -> Iterator[World]:
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(_master_template, root / "master")
    master = open_replica(root / "master")
    add_officer(master, "Rahmadi, S.AP.", ["Awayan", "Tundi"])
    add_officer(master, "Siti Rahmah", ["Baru", "Badalungga"])
    add_officer(master, "Yusuf Hidayat", ["Tundi"])
    laptops = {n: enrol_with_keys(master, root, n, o) for n, o in (("a", "Rahmadi"), ("b", "Siti"), ("c", "Yusuf"))}
    a, c = laptops["a"], laptops["c"]
    with a.begin() as s:
        villages.add_official(s, villages.find_village(s, "Awayan").id, name="Pejabat Baru", position="Kaur Umum",
                              gender="P")
    good = bundle.export_bundle(a, root / "good.perut")[0]
    assert good.counts.get("village_official") == 1
    with a.begin() as s:
        villages.add_official(s, villages.find_village(s, "Tundi").id, name="Pejabat Lain", position="Kasi")
    other = bundle.export_bundle(a, root / "other.perut")[0]
    with c.begin() as s:
        villages.add_official(s, villages.find_village(s, "Tundi").id, name="Dari Laptop Dicabut", position="Kasi")
    revoked = bundle.export_bundle(c, root / "revoked.perut")[0]
    with master.begin() as s:
        d = s.get(Device, c.device_id)
        d.revoked, d.revoked_reason = True, "laptop hilang"
    to_a = bundle.export_bundle(master, root / "to-a.perut", to=a.device_id)[0]
    ids = {"master": master.device_id, **{n: r.device_id for n, r in laptops.items()}}
    dirs = {"master": master.data_dir, **{n: r.data_dir for n, r in laptops.items()}}
    kec = container.read_header(good.path).kecamatan
    for r in (master, *laptops.values()):
        r.close()
    identities = {n: keys.load_identity(identity.key_dir(d)) for n, d in dirs.items()}
    yield World(root, dirs, ids, identities, kec, good.path, other.path, revoked.path, to_a.path)


# --- running perut in-process --------------------------------------------------------------------


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture()
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def _run(data_dir: Path, *args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return _run


def _snapshot(run: Run, data_dir: Path) -> tuple[str, dict[str, Any]]:
    """The fingerprint and the sync bookkeeping (without the count of refused bundles)."""
    code, fp, _ = run(data_dir, "fingerprint")
    assert code == 0
    code, out, _ = run(data_dir, "sync", "status", "--json")
    assert code == 0
    status = json.loads(out)
    status.pop("refused_bundles")
    return fp.strip(), status


# --- building hostile files ----------------------------------------------------------------------


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _prefix_len(raw: bytes) -> int:
    return 16 + int.from_bytes(raw[12:16], "big")  # magic, version, header length, header


def _flip(w: World, out: Path, where: str) -> Path:
    raw = bytearray(w.good.read_bytes())
    signed = _prefix_len(raw)
    pos = {"header": raw.index(b'"body_sha256":"') + 20, "signature": signed + 5, "body-start": signed + 64,
           "body-middle": (signed + 64 + len(raw)) // 2, "last-byte": len(raw) - 1}[where]
    raw[pos] ^= 0x01
    return _write(out / f"flipped-{where}.perut", bytes(raw))


def _truncated(w: World, out: Path) -> Path:
    raw = w.good.read_bytes()
    return _write(out / "terpotong.perut", raw[:len(raw) // 2])


def _body_swapped(w: World, out: Path) -> Path:
    """The signed header of one bundle with the body of another (same sender and recipient)."""
    a, b = w.good.read_bytes(), w.other.read_bytes()
    return _write(out / "swapped.perut", a[:_prefix_len(a) + 64] + b[_prefix_len(b) + 64:])


def _resigned_foreign(w: World, out: Path) -> Path:
    raw = w.good.read_bytes()
    signed = raw[:_prefix_len(raw)]
    return _write(out / "resigned.perut", signed + keys.Identity.generate().sign(signed) + raw[len(signed) + 64:])


def _payload_of(w: World, base: Path, out: Path) -> Path:
    """The payload inside a real bundle to the master, opened with the master's keys."""
    folder = out / f"opened-{base.stem}"
    known = {w.ids["a"]: w.identities["a"].sign_public_bytes}
    opened = container.open_bundle(base, my_device_id=w.ids["master"], my_identity=w.identities["master"],
                                   kecamatan_code=w.kecamatan, lookup_sender_key=known.get, extract_to=folder)
    return opened.member_paths[bundle.PAYLOAD_MEMBER]


def _seal(w: World, out: Path, name: str, payload: Path, *, sender: str = "a", **header: Any) -> Path:
    """A validly signed (by ``sender``) and encrypted bundle to the master around ``payload``."""
    fields = {**w.header(w.good), "sender": w.ids[sender], **header}
    recipient_key = w.identities["master"].enc_public_bytes
    if fields["recipient"] != w.ids["master"]:
        recipient_key = next(w.identities[n].enc_public_bytes for n, i in w.ids.items() if i == fields["recipient"])
    path = out / name
    container.write_bundle(path, header=fields, members=[container.Member(bundle.PAYLOAD_MEMBER, payload)],
                           sender=w.identities[sender], recipient_public_enc_key=recipient_key)
    return path


def _resealed(sql: str, *params: Any) -> Callable[[World, Path], Path]:
    """The sender's own bundle with its payload changed by ``sql``, signed and sealed
    again with the sender's real keys (a buggy or subverted writer)."""
    def build(w: World, out: Path) -> Path:
        payload = _payload_of(w, w.good, out)
        with sqlite3.connect(payload) as c:
            c.execute(sql, params)
        c.close()
        return _seal(w, out, "resealed.perut", payload)
    return build


def _payload_swapped(w: World, out: Path) -> Path:
    """Bundle A's signed container holding the payload of bundle B, sealed by the sender."""
    return _seal(w, out, "payload-swapped.perut", _payload_of(w, w.other, out))


def _payload_replaced(data: bytes) -> Callable[[World, Path], Path]:
    def build(w: World, out: Path) -> Path:
        return _seal(w, out, "not-sqlite.perut", _write(out / "payload.sqlite", data))
    return build


def _hostile_manifest(entries: list[dict[str, Any]], chunks: list[Any],
                      **kw: Any) -> Callable[[World, Path], Path]:
    """A validly signed and encrypted bundle from laptop a with whatever inside."""
    def build(w: World, out: Path) -> Path:
        path = out / "hostile.perut"
        write_unchecked_bundle(
            path, header=w.header(w.good), manifest={"members": entries, "meta": {}}, member_chunks=chunks,
            sender=w.identities["a"], recipient_public_enc_key=w.identities["master"].enc_public_bytes, **kw)
        return path
    return build


def _entry(name: str, data: bytes, size: int | None = None, sha: str | None = None) -> dict[str, Any]:
    import hashlib

    return {"name": name, "size": len(data) if size is None else size,
            "sha256": sha or hashlib.sha256(data).hexdigest()}


def _zeros(total: int) -> Iterator[bytes]:
    piece = bytes(MiB)
    for _ in range(total // MiB):
        yield piece


def _pdf(w: World, out: Path) -> Path:
    return _write(out / "laporan.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + os.urandom(3000)
                  + b"%%EOF\n")


def _sealed_by(sender: str, *, to: str | None = None, **header: Any) -> Callable[[World, Path], Path]:
    """The good payload in a container from ``sender`` (to replica ``to``, with its key)
    with header fields changed."""
    def build(w: World, out: Path) -> Path:
        if to is not None:
            header["recipient"] = w.ids[to]
        return _seal(w, out, "foreign.perut", _payload_of(w, w.good, out), sender=sender, **header)
    return build


def _unknown_device(w: World, out: Path) -> Path:
    stranger = keys.Identity.generate()
    path = out / "unknown.perut"
    container.write_bundle(path, header={**w.header(w.good), "sender": "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f"},
                           members=[container.Member(bundle.PAYLOAD_MEMBER, _payload_of(w, w.good, out))],
                           sender=stranger, recipient_public_enc_key=w.identities["master"].enc_public_bytes)
    return path


@dataclass(frozen=True)
class Case:
    id: str
    build: Callable[[World, Path], Path]
    match: str  # in the one-line message
    target: str = "master"


_BAD_NAMES = ["../payload.sqlite", "attachments/../../evil", "/etc/passwd", "/tmp/evil", "C:/Windows/evil",
              "..\\..\\evil"]

CASES = [
    Case("truncated", _truncated, "terpotong"),
    *[Case(f"flipped-byte-{where}", lambda w, o, where=where: _flip(w, o, where),  # type: ignore[misc]
           "rusak|tidak cocok") for where in ("header", "signature", "body-start", "body-middle", "last-byte")],
    Case("body-swapped-from-another-bundle", _body_swapped, "rusak|tidak cocok|terpotong|tambahan"),
    Case("payload-swapped-from-another-bundle", _payload_swapped, "tidak cocok dengan kepalanya"),
    Case("for-another-recipient", _sealed_by("a", to="b"), "untuk perangkat lain"),
    Case("for-another-laptop-imported-on-b", lambda w, o: w.to_a, "untuk perangkat lain", target="b"),
    Case("from-another-kecamatan", _sealed_by("a", kecamatan="63.11.99"), "kecamatan lain"),
    Case("from-an-unknown-device", _unknown_device, "tidak dikenal"),
    Case("from-a-revoked-device", lambda w, o: w.revoked, "dicabut"),
    Case("resigned-with-a-foreign-key", _resigned_foreign, "tanda tangan tidak cocok"),
    Case("newer-container-version", _hostile_manifest([_entry("payload.sqlite", b"x")], [[b"x"]],
                                                      format_version=container.FORMAT_VERSION + 1),
         "perbarui PERUT"),
    Case("newer-payload-format", _resealed("UPDATE meta SET value = '99' WHERE key = 'format'"), "perbarui PERUT"),
    *[Case(f"member-name-{n}", _hostile_manifest([_entry(name, b"evil")], [[b"evil"]]), "Nama anggota bundel")
      for n, name in enumerate(_BAD_NAMES)],
    Case("declared-size-far-above-real", _hostile_manifest(
        [_entry("payload.sqlite", b"x" * 1000, size=500 * MiB)], [[b"x" * 1000]]), "ukuran anggota"),
    Case("decompression-bomb-declared-small", _hostile_manifest(
        [_entry("payload.sqlite", b"", size=1000, sha="0" * 64)], [_zeros(64 * MiB)]), "lebih besar dari ukuran"),
    Case("decompression-bomb-declared-large", _hostile_manifest(
        [_entry("payload.sqlite", b"", size=64 * MiB, sha="0" * 64)], [_zeros(64 * MiB)]), "rasio kompresi"),
    Case("malformed-record-version", _resealed("UPDATE village_official SET version = 'kemarin'"),
         "versi tidak sah"),
    Case("malformed-record-vv", _resealed("UPDATE village_official SET vv = '[1'"), "bukan objek JSON"),
    Case("malformed-record-unknown-field", _resealed(
        "UPDATE village_official SET field_versions = '{\"0000000000001-00000-aa\": [\"nama_palsu\"]}'"),
        "tidak dikenal"),
    Case("records-fewer-than-promised", _resealed("DELETE FROM village_official"), "tidak lengkap"),
    Case("record-refers-to-a-missing-row", _resealed("UPDATE village_official SET village_id = 'tidak-ada'"),
         "merujuk catatan yang tidak ada"),
    Case("payload-is-not-sqlite", _payload_replaced(b"bukan basis data " * 200),
         r"rusak \(data di dalamnya bukan basis data yang utuh\)"),
    Case("not-a-bundle-pdf", _pdf, "bukan bundel PERUT"),
    Case("not-a-bundle-empty-file", lambda w, o: _write(o / "kosong.perut", b""), "bukan bundel PERUT"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_bundle_is_refused_with_exit_3_and_nothing_changed(world: World, run: Run, tmp_path: Path,
                                                                  case: Case) -> None:
    target = world.dirs[case.target]
    before = _snapshot(run, target)
    quarantine = target / bundle.QUARANTINE_DIR
    kept_before = set(quarantine.iterdir()) if quarantine.exists() else set()
    attachments_before = sorted((target / "attachments").rglob("*")) if (target / "attachments").exists() else []
    path = case.build(world, tmp_path)
    if case.id == "for-another-recipient":
        assert container.read_header(path).recipient == world.ids["b"]
    raw = path.read_bytes()

    code, out, err = run(target, "sync", "import", str(path))

    assert code == 3, (out, err)
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1 and err.startswith("perut: "), err
    assert "Traceback" not in err
    assert re.search(case.match, err), err
    assert _snapshot(run, target) == before
    assert path.read_bytes() == raw  # the user's file is left as it was
    # kept for support, with the reason
    new = sorted(set(quarantine.iterdir()) - kept_before)
    assert [p.name.endswith(".alasan.txt") for p in new] == [False, True], new
    assert new[0].read_bytes() == raw
    reason = new[1].read_text("utf-8").strip()
    assert reason and "\n" not in reason and reason in err
    # nothing extracted, stored or left behind
    assert not list(target.glob(".perut-import-*"))
    now = sorted((target / "attachments").rglob("*")) if (target / "attachments").exists() else []
    assert now == attachments_before
    for folder in (world.root, tmp_path):
        assert not list(folder.rglob("evil")) and not list(folder.rglob("passwd"))


def test_the_untouched_bundles_would_be_accepted(world: World, run: Run) -> None:
    """Control: the files the cases start from are good; the refusals come from the damage."""
    before = _snapshot(run, world.dirs["master"])
    for base in (world.good, world.other):
        code, out, err = run(world.dirs["master"], "sync", "import", "--dry-run", str(base))
        assert code == 0 and "uji coba" in out, (out, err)
    code, out, err = run(world.dirs["a"], "sync", "import", "--dry-run", str(world.to_a))
    assert code == 0, err
    assert _snapshot(run, world.dirs["master"]) == before


def test_reimport_says_already_imported_and_a_clock_ahead_names_the_device(world: World, run: Run,
                                                                          tmp_path: Path) -> None:
    """On copies of the replicas: the good bundle imports, the same file again says
    "sudah diimpor" with exit 0 and changes nothing; a bundle whose versions run days
    ahead of this computer's clock is imported with a one-line warning naming the laptop."""
    master, a = tmp_path / "master", tmp_path / "a"
    shutil.copytree(world.dirs["master"], master)
    shutil.copytree(world.dirs["a"], a)
    code, out, err = run(master, "sync", "import", str(world.good))
    assert code == 0 and "diterapkan" in out, err
    after = _snapshot(run, master)
    code, out, err = run(master, "sync", "import", str(world.good))
    assert code == 0 and "sudah diimpor" in out and err == ""
    assert _snapshot(run, master) == after

    laptop = open_replica(a)
    try:
        ahead_ms = int((dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).timestamp() * 1000)
        with laptop.begin(now_ms=lambda: ahead_ms) as s:
            villages.add_official(s, villages.find_village(s, "Awayan").id, name="Jam Maju", position="Kaur")
    finally:
        laptop.close()
    code, _, _ = run(a, "sync", "export", "--out", str(tmp_path / "ahead.perut"))
    assert code == 0
    code, out, err = run(master, "sync", "import", str(tmp_path / "ahead.perut"))
    assert code == 0 and "diterapkan" in out
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("perut: peringatan: "), err
    assert world.ids["a"] in lines[0] and "lebih maju" in lines[0]
