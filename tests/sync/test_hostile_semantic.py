"""A signed bundle from an enrolled laptop cannot change what that laptop does not own
(DESIGN.md §3, §5): each hostile bundle is built as an attacker holding laptop
``a`` would — its real export (:func:`bundle.export_bundle`), the payload edited with
``sqlite3``, sealed again with the laptop's own keys — and imported with the real
``perut sync import`` on the master, which must exit 3 with one Indonesian line, keep the
file in ``quarantine/`` and leave ``perut fingerprint`` and the sync bookkeeping as they were.

The replicas are real clock replicas (no simulated calendar), built once for the module:
a master with a visit of its own, laptop ``a`` with an approved visit and a new draft
(the "base" bundle, never imported), laptop ``b``.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from perut_desktop.db import database_path, open_replica
from perut_desktop.hlc import format_version, parse_version
from perut_desktop.models import ChecklistResult, Device, Officer, Peer, Subdistrict, compact_field_versions
from perut_desktop.models import expand_field_versions
from perut_desktop.services import people, villages, visits, workflow
from perut_desktop.services.common import find_officer
from perut_desktop.sync import bundle, container, identity, keys
from perut_desktop.sync.merge import conflict_row
from perut_desktop.sync.payload import TABLE_BY_NAME
from tests.sync.helpers import add_officer, add_user, enrol_with_keys

# --- the replicas, built once ----------------------------------------------------------------


@dataclass
class World:
    root: Path
    dirs: dict[str, Path]
    ids: dict[str, str]
    identities: dict[str, keys.Identity]
    kecamatan: str
    base: Path  # a → master: the new draft visit; never imported
    approved: str  # a's visit, approved by the master
    draft: str  # a's new draft (in base)
    master_visit: str  # a visit the master recorded
    officers: dict[str, str]  # a, b → officer id


def _fill_and_submit(s: Any, vid: str) -> None:
    for code in s.scalars(select(ChecklistResult.item_code).where(ChecklistResult.visit_id == vid)).all():
        visits.set_result(s, vid, code, status="lengkap")
    visits.add_attendee(s, vid, name="Hendra Saputra", group="pemdes")
    visits.set_minutes(s, vid, discussion="Pemeriksaan buku kas.", decisions="Buku kas diperbarui.")
    workflow.submit_visit(s, vid)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, _master_template: Path) -> Iterator[World]:
    root = tmp_path_factory.mktemp("semantic")
    shutil.copytree(_master_template, root / "master")
    master = open_replica(root / "master")
    user = add_user(master)
    add_officer(master, "Rahmadi, S.AP.", ["Awayan", "Tundi"])
    add_officer(master, "Siti Rahmah", ["Baru", "Badalungga"])
    a = enrol_with_keys(master, root, "a", "Rahmadi")
    b = enrol_with_keys(master, root, "b", "Siti")
    day = dt.date.today() - dt.timedelta(days=3)
    with master.begin() as s:
        awayan = villages.find_village(s, "Awayan").id
        officers = {"a": find_officer(s, "Rahmadi").id, "b": find_officer(s, "Siti").id}
        vm = visits.create_visit(s, village_id=awayan, officer_id=officers["b"], visit_date=day).id
        visits.add_attendee(s, vm, name="Warga Hadir", group="masyarakat", gender="L")
    with a.begin() as s:
        approved = visits.create_visit(s, village_id=awayan, officer_id=officers["a"], visit_date=day).id
        _fill_and_submit(s, approved)
    for src, dst, to in ((a, master, None), (master, a, a.device_id)):
        out = bundle.export_bundle(src, root / f"x-{uuid.uuid4().hex}.perut", to=to)
        assert bundle.import_bundle(dst, out[0].path).result.status == "applied"
    with master.begin(actor_id=user) as s:
        workflow.verify_visit(s, approved)
        sekcam = people.add_user(s, name="Sekretaris Kecamatan", nip="197601012000031001",
                                 title="Sekretaris Kecamatan", can_sign=True).id
    with master.begin(actor_id=sekcam) as s:  # a.n. Camat, by someone other than the verifier
        workflow.approve_visit(s, approved, title="an")
    for src, dst, to in ((master, a, a.device_id), (a, master, None), (master, a, a.device_id)):
        out = bundle.export_bundle(src, root / f"x-{uuid.uuid4().hex}.perut", to=to)
        bundle.import_bundle(dst, out[0].path)
    with a.begin() as s:
        draft = visits.create_visit(s, village_id=awayan, officer_id=officers["a"], visit_date=day).id
    base = bundle.export_bundle(a, root / "base.perut")[0].path
    ids = {"master": master.device_id, "a": a.device_id, "b": b.device_id}
    dirs = {"master": master.data_dir, "a": a.data_dir, "b": b.data_dir}
    kec = container.read_header(base).kecamatan
    for r in (master, a, b):
        r.close()
    identities = {n: keys.load_identity(identity.key_dir(d)) for n, d in dirs.items()}
    yield World(root, dirs, ids, identities, kec, base, approved, draft, vm, officers)


# --- running perut in-process, checking a refusal ------------------------------------------------

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture()
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    from perut_desktop import cli

    def _run(data_dir: Path, *args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return _run


def _snapshot(run: Run, data_dir: Path) -> tuple[str, dict[str, Any]]:
    code, fp, _ = run(data_dir, "fingerprint")
    assert code == 0
    code, out, _ = run(data_dir, "sync", "status", "--json")
    assert code == 0
    status = json.loads(out)
    status.pop("refused_bundles")
    return fp.strip(), status


def assert_refused(run: Run, target: Path, path: Path, match: str) -> str:
    """``perut sync import`` refuses the file: exit 3, one line naming ``match``, nothing
    changed, the file kept in quarantine with the reason."""
    before = _snapshot(run, target)
    quarantine = target / bundle.QUARANTINE_DIR
    kept_before = set(quarantine.iterdir()) if quarantine.exists() else set()
    raw = path.read_bytes()
    code, out, err = run(target, "sync", "import", str(path))
    assert code == 3, (out, err)
    assert out == ""
    assert err.startswith("perut: ") and err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err
    assert match in err, err
    assert _snapshot(run, target) == before
    new = sorted(set(quarantine.iterdir()) - kept_before)
    assert [p.name.endswith(".alasan.txt") for p in new] == [False, True], new
    assert new[0].read_bytes() == raw
    assert new[1].read_text("utf-8").strip() in err
    return err


# --- building hostile bundles as the laptop's holder -----------------------------------------------


def _payload(w: World, out: Path) -> Path:
    """The payload of laptop a's base bundle, opened with the master's keys (a copy)."""
    folder = out / f"opened-{uuid.uuid4().hex[:8]}"
    known = {w.ids["a"]: w.identities["a"].sign_public_bytes}
    opened = container.open_bundle(w.base, my_device_id=w.ids["master"], my_identity=w.identities["master"],
                                   kecamatan_code=w.kecamatan, lookup_sender_key=known.get, extract_to=folder)
    return opened.member_paths[bundle.PAYLOAD_MEMBER]


def _seal(w: World, out: Path, payload: Path, extra: list[container.Member] | None = None) -> Path:
    """Sealed again by laptop a (its real keys) for the master, with the base's header."""
    h = container.read_header(w.base)
    path = out / f"hostile-{uuid.uuid4().hex[:8]}.perut"
    container.write_bundle(path, header={"bundle_id": h.bundle_id, "kecamatan": h.kecamatan, "sender": h.sender,
                                         "recipient": h.recipient},
                           members=[container.Member(bundle.PAYLOAD_MEMBER, payload), *(extra or [])],
                           sender=w.identities["a"], recipient_public_enc_key=w.identities["master"].enc_public_bytes)
    return path


def _stored(w: World, name: str, table: str, where: str, *params: Any) -> dict[str, Any]:
    """A row as replica ``name`` stores it (payload columns)."""
    spec = TABLE_BY_NAME[table]
    with sqlite3.connect(database_path(w.dirs[name])) as c:
        row = c.execute(f'SELECT {spec.cols_sql} FROM "{table}" WHERE {where}', params).fetchone()
    c.close()
    assert row is not None, (table, where)
    return dict(zip(spec.columns, row))


def _a_version(w: World, ahead_ms: int = 60_000) -> str:
    """A version of laptop a's, after everything it wrote (its real clock moves on)."""
    return format_version(int(time.time() * 1000) + ahead_ms, 0, w.ids["a"])


def _stamp(table: str, row: dict[str, Any], fields: set[str], version: str) -> dict[str, Any]:
    """``row`` as an edit of ``fields`` at ``version`` would leave it."""
    spec = TABLE_BY_NAME[table]
    fvs = expand_field_versions(json.loads(row["field_versions"]), row["version"], spec.fields)
    for f in fields:
        fvs[f] = version
    vv = json.loads(row["vv"])
    vv[version[20:]] = version
    return {**row, "version": version, "vv": json.dumps(vv, sort_keys=True),
            "field_versions": json.dumps(compact_field_versions(fvs, version), sort_keys=True)}


def _put(payload: Path, table: str, row: dict[str, Any]) -> None:
    """Insert (or replace) ``row`` in the payload and promise it in the meta."""
    spec = TABLE_BY_NAME[table]
    with sqlite3.connect(payload) as c:
        c.execute(f'INSERT OR REPLACE INTO "{table}" ({spec.cols_sql}) VALUES ({", ".join("?" for _ in spec.columns)})',
                  [row[col] for col in spec.columns])
        counts = json.loads(c.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()[0])
        counts[table] = c.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        c.execute("UPDATE meta SET value = ? WHERE key = 'counts'", (json.dumps(counts, sort_keys=True),))
    c.close()


def _drop_table(payload: Path, table: str) -> None:
    """Leave ``table`` out of the payload, and out of the counts its meta promises."""
    with sqlite3.connect(payload) as c:
        c.execute(f'DROP TABLE "{table}"')
        counts = json.loads(c.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()[0])
        counts.pop(table, None)
        c.execute("UPDATE meta SET value = ? WHERE key = 'counts'", (json.dumps(counts, sort_keys=True),))
    c.close()


def _planted(w: World, out: Path, row: dict[str, Any], *, drop: str | None = None) -> Path:
    """Laptop a's base bundle with the conflict record ``row`` (and ``drop`` left out), sealed again."""
    payload = _payload(w, out)
    _put(payload, "conflict", row)
    if drop:
        _drop_table(payload, drop)
    return _seal(w, out, payload)


def _edited(table: str, pick: Callable[[World], dict[str, Any]], change: Callable[[World, dict[str, Any]], set[str]],
            version: Callable[[World], str] = _a_version) -> Callable[[World, Path], Path]:
    def build(w: World, out: Path) -> Path:
        payload = _payload(w, out)
        row = pick(w)
        fields = change(w, row)
        _put(payload, table, _stamp(table, row, fields, version(w)))
        return _seal(w, out, payload)
    return build


# --- 1. re-parenting --------------------------------------------------------------------------------


def _reparent(w: World, row: dict[str, Any]) -> set[str]:
    row["visit_id"], row["deleted"] = w.draft, 1
    return {"visit_id", "deleted"}


def test_moving_a_row_of_the_masters_visit_onto_the_laptops_draft_is_refused(world: World, run: Run,
                                                                             tmp_path: Path) -> None:
    path = _edited("attendance", lambda w: _stored(w, "a", "attendance", "visit_id = ?", w.master_visit),
                   _reparent)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "memindahkan daftar hadir")


def test_moving_a_row_between_the_laptops_own_visits_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    """Even between two visits the laptop owns: no service ever re-parents a row."""
    def to_draft(w: World, row: dict[str, Any]) -> set[str]:
        row["visit_id"] = w.draft
        return {"visit_id"}
    path = _edited("checklist_result", lambda w: _stored(w, "a", "checklist_result", "visit_id = ? LIMIT 1",
                                                         w.approved), to_draft)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "memindahkan hasil pemeriksaan buku")


def test_a_row_for_a_visit_that_exists_nowhere_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    """A new book result naming a visit neither the office nor the bundle holds: no laptop
    owns such a visit, so the row is refused by the ownership check, naming the row's kind and
    the visit."""
    nowhere = str(uuid.uuid4())

    def orphan(w: World, row: dict[str, Any]) -> set[str]:
        row["id"], row["visit_id"] = str(uuid.uuid4()), nowhere
        return {"visit_id"}
    path = _edited("checklist_result", lambda w: _stored(w, "a", "checklist_result", "visit_id = ? LIMIT 1",
                                                         w.approved), orphan)(world, tmp_path)
    err = assert_refused(run, world.dirs["master"], path,
                         f"hasil pemeriksaan buku untuk kunjungan {nowhere} yang bukan miliknya")
    assert "Bundel ditolak: perangkat " in err and " mengirim hasil pemeriksaan buku untuk kunjungan " in err


# --- 2. back-dated versions ------------------------------------------------------------------------


def _before_submit(w: World) -> str:
    """A version of a's between its last edit of the approved visit and its submit event."""
    hlc = _stored(w, "master", "visit_status_event", "visit_id = ? AND to_status = 'diajukan'", w.approved)["version"]
    ms, counter, device = parse_version(hlc)
    return format_version(ms - 1, counter, device)


def _new_decisions(w: World, row: dict[str, Any]) -> set[str]:
    row["decisions"] = "Keputusan yang tidak pernah diambil."
    return {"decisions"}


def _minutes_of_approved(w: World) -> dict[str, Any]:
    return _stored(w, "a", "minutes", "visit_id = ?", w.approved)


def test_an_edit_back_dated_before_the_submit_of_an_approved_visit_is_refused(world: World, run: Run,
                                                                              tmp_path: Path) -> None:
    # Refused by the visit's status as stored at import time (the per-device high-water mark
    # is not enforced yet: docs/sync.md).
    path = _edited("minutes", _minutes_of_approved, _new_decisions, _before_submit)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "ketika kunjungan itu berstatus Disetujui")


def test_an_edit_of_an_approved_visit_dated_now_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    path = _edited("minutes", _minutes_of_approved, _new_decisions)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "berstatus Disetujui")


@pytest.mark.parametrize("after_ms", [1, 0], ids=["after-the-submit", "with-the-submit"])
def test_an_edit_is_judged_by_the_bundles_own_submit_before_it(world: World, run: Run, tmp_path: Path,
                                                             after_ms: int) -> None:
    """The bundle submits the laptop's draft and also carries an edit of its minutes: dated
    after the submit, the edit is refused (the visit was Diajukan then, by the bundle's own
    event); made in the submit's own unit of work (the same version), it is taken with it."""
    payload = _payload(world, tmp_path)
    submitted = _a_version(world)
    ms, counter, device = parse_version(submitted)
    officer = _stored(world, "master", "officer", "id = ?", world.officers["a"])
    _put(payload, "visit_status_event", {
        "id": str(uuid.uuid4()), "visit_id": world.draft, "from_status": "draf", "to_status": "diajukan",
        "device_id": world.ids["a"], "user_profile_id": None, "actor_name": officer["name"],
        "actor_nip": officer["nip"], "occurred_at": "2026-12-01 10:00:00.000000", "recorded_hlc": submitted,
        "note": "", "version": submitted, "vv": json.dumps({world.ids["a"]: submitted}), "field_versions": "{}",
        "deleted": 0})
    minutes = _stored(world, "a", "minutes", "visit_id = ?", world.draft)
    minutes["decisions"] = "Keputusan sesudah diajukan."
    _put(payload, "minutes", _stamp("minutes", minutes, {"decisions"}, format_version(ms + after_ms, counter, device)))
    path = _seal(world, tmp_path, payload)
    if after_ms:
        assert_refused(run, world.dirs["master"], path,
                       f"mengubah notulen kunjungan {world.draft} ketika kunjungan itu berstatus Diajukan.")
        return
    target = tmp_path / "master"
    shutil.copytree(world.dirs["master"], target)
    code, out, err = run(target, "sync", "import", str(path))
    assert code == 0 and "diterapkan" in out, (out, err)
    with sqlite3.connect(database_path(target)) as c:
        assert c.execute("SELECT decisions FROM minutes WHERE visit_id = ?", (world.draft,)).fetchone() == \
            ("Keputusan sesudah diajukan.",)
    c.close()


# --- 3. forged status events -----------------------------------------------------------------------


def _event(w: World, visit: str, frm: str | None, to: str, *, recorded: str | None = None,
           device: str | None = None, version: str | None = None, **fields: Any) -> Callable[[World, Path], Path]:
    def build(w: World, out: Path) -> Path:
        payload = _payload(w, out)
        v = version or _a_version(w)
        officer = _stored(w, "master", "officer", "id = ?", w.officers["a"])
        row = {"id": str(uuid.uuid4()), "visit_id": visit, "from_status": frm, "to_status": to,
               "device_id": device or w.ids["a"], "user_profile_id": None, "actor_name": officer["name"],
               "actor_nip": officer["nip"], "occurred_at": "2026-12-01 10:00:00.000000",
               "recorded_hlc": recorded or v, "note": "", "version": v,
               "vv": json.dumps({w.ids["a"]: v}), "field_versions": "{}", "deleted": 0, **fields}
        _put(payload, "visit_status_event", row)
        return _seal(w, out, payload)
    return build


def test_a_returned_to_draft_event_dated_far_ahead_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    path = _event(world, world.approved, "dikembalikan", "draf",
                  recorded=f"9999999999999-99999-{world.ids['a']}")(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "bertanggal lain dari versinya sendiri")


def test_an_event_leaving_from_a_status_the_visit_does_not_have_is_refused(world: World, run: Run,
                                                                          tmp_path: Path) -> None:
    path = _event(world, world.approved, "dikembalikan", "draf")(world, tmp_path)
    err = assert_refused(run, world.dirs["master"], path, "berangkat dari Dikembalikan")
    assert "Disetujui" in err


def test_an_event_recorded_in_another_devices_name_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    path = _event(world, world.draft, "draf", "diajukan", device=world.ids["b"])(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "mencatat pelaku lain")


def test_an_event_already_recorded_cannot_be_changed(world: World, run: Run, tmp_path: Path) -> None:
    """The laptop's own submission of the approved visit, its note rewritten afterwards."""
    def renote(w: World, row: dict[str, Any]) -> set[str]:
        row["note"] = "Diajukan ulang"
        return {"note"}
    path = _edited("visit_status_event", lambda w: _stored(w, "a", "visit_status_event",
                                                           "visit_id = ? AND to_status = 'diajukan'", w.approved),
                   renote)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path,
                   "perut: Bundel ditolak: status kunjungan yang sudah tercatat tidak dapat diubah. (berkas disimpan di ")


def test_an_event_to_a_status_that_does_not_exist_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    path = _event(world, world.draft, "draf", "dihapus")(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "status kunjungan 'dihapus' tidak dikenal")


def test_an_event_naming_a_kecamatan_user_as_its_actor_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    """A laptop's events are its officer's: one recorded as a kecamatan user's is refused."""
    user = _stored(world, "master", "user_profile", "1 = 1")["id"]
    path = _event(world, world.draft, "draf", "diajukan", user_profile_id=user)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "mencatat pelaku lain")


def test_an_event_naming_another_officer_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    other = _stored(world, "master", "officer", "id = ?", world.officers["b"])
    path = _event(world, world.draft, "draf", "diajukan", actor_name=other["name"])(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "mencatat pelaku lain")
    path = _event(world, world.draft, "draf", "diajukan", actor_nip="199001012015011001")(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "mencatat pelaku lain")


def test_an_event_dated_before_the_visits_recorded_history_is_refused(world: World, run: Run,
                                                                      tmp_path: Path) -> None:
    """A submission of the approved visit dated (by its own version) before the approval."""
    v = _before_submit(world)
    path = _event(world, world.approved, "draf", "diajukan", version=v)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "disisipkan sebelum riwayat status yang sudah tercatat")


def test_a_first_event_of_a_new_visit_leaving_from_a_status_is_refused(world: World, run: Run,
                                                                      tmp_path: Path) -> None:
    """The laptop's new draft, with an event before its creation leaving from Dikembalikan:
    the visit had no status then."""
    created = _stored(world, "a", "visit_status_event", "visit_id = ?", world.draft)["version"]
    ms, counter, device = parse_version(created)
    eid = "00000000-0000-4000-8000-000000000001"
    path = _event(world, world.draft, "dikembalikan", "draf", version=format_version(ms - 1, counter, device),
                  id=eid)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path,
                   f"perut: Bundel ditolak: status kunjungan {eid} dari perangkat {world.ids['a']} berangkat dari "
                   "Dikembalikan, padahal statusnya saat itu (baru). (berkas disimpan di ")


def test_an_event_creating_a_visit_that_already_has_a_status_is_refused(world: World, run: Run,
                                                                       tmp_path: Path) -> None:
    """A new-visit event (no status it leaves from) on the approved visit."""
    eid = str(uuid.uuid4())
    path = _event(world, world.approved, None, "draf", id=eid)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path,
                   f"perut: Bundel ditolak: status kunjungan {eid} dari perangkat {world.ids['a']} berangkat dari "
                   "(baru), padahal statusnya saat itu Disetujui. (berkas disimpan di ")


# --- 4. conflict records -----------------------------------------------------------------------------


def _planted_conflict(loser_device: str) -> Callable[[World, Path], Path]:
    """A conflict about the Camat's name whose kept value is the attacker's."""
    def build(w: World, out: Path) -> Path:
        sub = _stored(w, "master", "subdistrict", "1 = 1")
        fvs = expand_field_versions(json.loads(sub["field_versions"]), sub["version"],
                                    TABLE_BY_NAME["subdistrict"].fields)
        winner = (fvs["camat_name"], sub["camat_name"])
        ms = parse_version(winner[0])[0]
        loser = (format_version(ms - 5, 0, w.ids[loser_device]), "Camat Palsu")
        return _planted(w, out, conflict_row("subdistrict", sub["id"], "camat_name", winner, loser))
    return build


@pytest.mark.parametrize("loser", ["master", "a"])
def test_a_conflict_the_master_cannot_derive_is_refused(world: World, run: Run, tmp_path: Path, loser: str) -> None:
    """Listed as the master's own lost value, or as the laptop's: neither is a value the
    master holds, and the laptop may not write the Camat's name."""
    path = _planted_conflict(loser)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "konflik")


UNKNOWN = "catatan yang tidak dikenal"
MISMATCH = "isi yang tidak sesuai dengan kedua perubahannya"
UNHEARD = "nilai yang tidak tercatat di sini dan tidak boleh ditulis perangkat itu"


def _office_side(w: World, table: str, name: str, row_id: str) -> tuple[str, Any]:
    """The version and value of ``name`` of a record as the master holds it."""
    row = _stored(w, "master", table, "id = ?", row_id)
    return expand_field_versions(json.loads(row["field_versions"]), row["version"], TABLE_BY_NAME[table].fields)[name], \
        row[name]


def _own_phone(w: World) -> dict[str, Any]:
    """A conflict laptop a may send: its officer's new phone over the office's."""
    oid = w.officers["a"]
    return conflict_row("officer", oid, "phone", (_a_version(w), "0812 5555 0005"),
                        _office_side(w, "officer", "phone", oid))


def _about(table: str, row: Callable[[World], str], name: str, office: tuple[str, str] | None = None,
           office_value: Any = None, mine: Any = "Nilai Laptop") -> Callable[[World], dict[str, Any]]:
    """A conflict about ``table``'s ``name``: laptop a's value at its own version over the
    office's (the version of ``office`` = (table, field) when given, and ``office_value``
    when given)."""
    def make(w: World) -> dict[str, Any]:
        rid = row(w)
        version, value = _office_side(w, *(office or (table, name)), rid)
        return conflict_row(table, rid, name, (_a_version(w), mine), (version, value if office_value is None
                                                                               else office_value))
    return make


def _changed(make: Callable[[World], dict[str, Any]], **columns: Any) -> Callable[[World], dict[str, Any]]:
    return lambda w: {**make(w), **columns}


def _resolved_by_b(w: World) -> dict[str, Any]:
    row = _own_phone(w)
    b = format_version(int(time.time() * 1000), 0, w.ids["b"])
    return {**row, "status": "dismissed", "field_versions": json.dumps({b: ["status"]}),
            "vv": json.dumps({**json.loads(row["vv"]), w.ids["b"]: b}, sort_keys=True)}


def _own_officer(w: World) -> str:
    return w.officers["a"]


HOSTILE_CONFLICTS: dict[str, tuple[Callable[[World], dict[str, Any]], str]] = {
    "a table that does not exist": (_about("tabel_palsu", _own_officer, "phone", office=("officer", "phone")), UNKNOWN),
    "the conflict table itself": (lambda w: conflict_row("conflict", str(uuid.uuid4()), "status",
                                                          (_a_version(w), "dismissed"),
                                                          (_office_side(w, "officer", "phone", w.officers["a"])[0],
                                                           "open")), UNKNOWN),
    "a field the table does not have": (_about("officer", _own_officer, "salary", office=("officer", "phone")), UNKNOWN),
    "an id not derived from its facts": (_changed(_own_phone, id=str(uuid.uuid4())), MISMATCH),
    "a loser device not the loser version's": (lambda w: {**_own_phone(w), "loser_device_id": w.ids["a"]}, MISMATCH),
    "a value that is not JSON": (_changed(_own_phone, winner_value="{bukan json"), MISMATCH),
    "a value the office never held at that version": (_about("officer", _own_officer, "phone", mine="0812 5555 0005",
                                                             office_value="0800 0000 0000"), UNHEARD),
    "the officer's own name": (_about("officer", _own_officer, "name"), UNHEARD),
    "another officer's phone": (_about("officer", lambda w: w.officers["b"], "phone", mine="0812 5555 0005"), UNHEARD),
    "a delete the record never had": (_about("officer", _own_officer, "phone", office=("officer", "deleted"),
                                             office_value={"__deleted__": True}, mine="0812 5555 0005"), UNHEARD),
    "the visit record of another device's visit": (_about("visit", lambda w: w.master_visit, "agenda"), UNHEARD),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_CONFLICTS))
def test_a_conflict_the_master_does_not_derive_the_same_is_refused(world: World, run: Run, tmp_path: Path,
                                                                   case: str) -> None:
    """Each conflict record laptop a could plant, refused by name (its id and the sender)."""
    make, problem = HOSTILE_CONFLICTS[case]
    row = make(world)
    assert_refused(run, world.dirs["master"], _planted(world, tmp_path, row),
                   f"Bundel ditolak: konflik {row['id']} dari perangkat {world.ids['a']} memuat {problem}.")


def test_a_conflict_about_a_table_the_bundle_leaves_out_is_judged_by_the_masters_copy(world: World, run: Run,
                                                                                     tmp_path: Path) -> None:
    """The payload's officer table dropped: the office's side is still looked up here, and a
    value it never held is refused by name, not a crash."""
    row = _about("officer", _own_officer, "phone", mine="0812 5555 0005", office_value="0800 0000 0000")(world)
    assert_refused(run, world.dirs["master"], _planted(world, tmp_path, row, drop="officer"),
                   f"Bundel ditolak: konflik {row['id']} dari perangkat {world.ids['a']} memuat {UNHEARD}.")


def test_a_conflict_resolved_in_another_devices_name_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    """A conflict laptop a may send, but marked dismissed at a version of laptop b's."""
    row = _resolved_by_b(world)
    assert_refused(run, world.dirs["master"], _planted(world, tmp_path, row),
                   f"Bundel ditolak: konflik {row['id']} diubah (status) oleh perangkat {world.ids['b']}.")


def test_a_laptop_resolving_a_conflict_about_a_master_record_is_refused(world: World, run: Run,
                                                                        tmp_path: Path) -> None:
    """The conflict about a's officer's own phone is one a may send, but the officer record is
    the office's: only the office restores or dismisses it. Dismissed by a, refused."""
    row = _stamp("conflict", {**_own_phone(world), "status": "dismissed"}, {"status"},
                 _a_version(world, ahead_ms=90_000))
    assert_refused(run, world.dirs["master"], _planted(world, tmp_path, row),
                   f"Bundel ditolak: perangkat {world.ids['a']} menyelesaikan konflik atas data pendamping, yang "
                   "hanya boleh diselesaikan kantor kecamatan.")


def test_a_conflict_record_deleted_by_the_laptop_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    """A conflict laptop a may send (about an official, which any laptop may write), but
    deleted by a: conflicts are resolved (restored or dismissed), never deleted — the office
    would lose sight of it."""
    target = tmp_path / "master"
    shutil.copytree(world.dirs["master"], target)
    office = open_replica(target)
    try:
        with office.begin() as s:
            oid = villages.add_official(s, villages.find_village(s, "Awayan").id, name="Hendra Saputra",
                                        position="Kasi").id
    finally:
        office.close()
    with sqlite3.connect(database_path(target)) as c:
        held = c.execute("SELECT version, position FROM village_official WHERE id = ?", (oid,)).fetchone()
    c.close()
    made = conflict_row("village_official", oid, "position", (_a_version(world), "Kasi Pemerintahan"), tuple(held))
    row = _stamp("conflict", {**made, "deleted": 1}, {"deleted"}, _a_version(world, ahead_ms=90_000))
    assert_refused(run, target, _planted(world, tmp_path, row),
                   f"Bundel ditolak: perangkat {world.ids['a']} menghapus konflik {row['id']}; konflik diselesaikan "
                   "dengan dipulihkan atau diabaikan, tidak dihapus.")


def test_a_conflict_about_the_laptops_own_phone_would_be_accepted(world: World, run: Run, tmp_path: Path) -> None:
    """Control: the conflict the refused cases start from is one the office takes."""
    path = _planted(world, tmp_path, _own_phone(world))
    before = _snapshot(run, world.dirs["master"])
    code, out, err = run(world.dirs["master"], "sync", "import", "--dry-run", str(path))
    assert code == 0 and "uji coba" in out, (out, err)
    assert _snapshot(run, world.dirs["master"]) == before


def test_a_laptop_cannot_resolve_or_restore_a_conflict_about_a_master_record(world: World, tmp_path: Path) -> None:
    from perut_desktop.errors import OwnershipError
    from perut_desktop.models import Conflict
    from perut_desktop.sync import conflicts

    shutil.copytree(world.dirs["a"], tmp_path / "a")
    laptop = open_replica(tmp_path / "a")
    try:
        with laptop.begin() as s:
            sub = s.scalars(select(Subdistrict)).one()
            row = conflict_row("subdistrict", sub.id, "camat_name", (sub.version, sub.camat_name),
                               (format_version(1, 0, world.ids["master"]), "Nama Lama"))
            s.add(Conflict(**{k: v for k, v in row.items() if k not in ("version", "vv", "field_versions")},
                           ))
            s.flush()
            cid = row["id"]
        for act in (conflicts.restore_conflict, conflicts.dismiss_conflict):
            with laptop.begin() as s, pytest.raises(OwnershipError, match="hanya dapat diselesaikan di kantor"):
                act(s, cid)
    finally:
        laptop.close()


def test_restoring_writes_only_what_the_losing_device_could_write(world: World, tmp_path: Path) -> None:
    """On the master: a kept value of the Camat's name written by a laptop is never written back."""
    from perut_desktop.errors import OwnershipError
    from perut_desktop.models import Conflict
    from perut_desktop.sync import conflicts

    shutil.copytree(world.dirs["master"], tmp_path / "master")
    master = open_replica(tmp_path / "master")
    try:
        with master.begin() as s:
            sub = s.scalars(select(Subdistrict)).one()
            row = conflict_row("subdistrict", sub.id, "camat_name", (sub.version, sub.camat_name),
                               (format_version(1, 0, world.ids["a"]), "Camat Palsu"))
            s.add(Conflict(**{k: v for k, v in row.items() if k not in ("version", "vv", "field_versions")}))
            cid = row["id"]
        with master.begin() as s, pytest.raises(OwnershipError, match="tidak boleh mengubah data kecamatan"):
            conflicts.restore_conflict(s, cid)
        with master.begin() as s:
            assert s.scalars(select(Subdistrict)).one().camat_name != "Camat Palsu"
    finally:
        master.close()


# --- 5. the clock ------------------------------------------------------------------------------------


def test_a_version_at_the_end_of_the_clock_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    path = _edited("visit", lambda w: _stored(w, "a", "visit", "id = ?", w.draft),
                   lambda w, row: (row.update(agenda="Maju") or {"agenda"}),
                   lambda w: f"9999999999999-99999-{w.ids['a']}")(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "hari lebih maju dari jam komputer ini")


def test_a_version_eight_days_ahead_is_refused_and_accepted_once_the_office_says_so(world: World, run: Run,
                                                                                   tmp_path: Path) -> None:
    """The recovery path: the refusal names it, and the office accepts that laptop's
    versions up to a stated time (``perut device accept-clock``, recorded with the reason);
    a time before the versions is not enough, a laptop cannot do it, a wrong date is a usage
    error."""
    from perut_desktop.sync import devices

    build = _edited("visit", lambda w: _stored(w, "a", "visit", "id = ?", w.draft),
                    lambda w, row: (row.update(agenda="Jam maju") or {"agenda"}),
                    lambda w: _a_version(w, 8 * 86_400_000))
    path = build(world, tmp_path)
    shutil.copytree(world.dirs["master"], tmp_path / "master")
    err = assert_refused(run, tmp_path / "master", path, "8 hari lebih maju")
    assert "perut device accept-clock PERANGKAT TANGGAL" in err
    assert run(tmp_path / "master", "device", "accept-clock", "Rahmadi", "2031-02-30")[0] == 2
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).date().isoformat()
    code, out, err = run(tmp_path / "master", "device", "accept-clock", "Rahmadi", soon)
    assert code == 0, err
    assert_refused(run, tmp_path / "master", path, "8 hari lebih maju")  # not far enough
    shutil.copytree(world.dirs["a"], tmp_path / "a")
    code, _, err = run(tmp_path / "a", "device", "accept-clock", "Rahmadi", soon)
    assert code == 4 and "hanya dapat dilakukan di kantor kecamatan" in err, err
    until = (dt.datetime.now(dt.UTC) + dt.timedelta(days=10)).date()
    code, out, err = run(tmp_path / "master", "device", "accept-clock", "Rahmadi", until.isoformat(),
                         "--note", "tanggal laptop pernah salah")
    assert code == 0 and f"sampai {until:%d-%m-%Y} 23:59 UTC kini diterima" in out, err
    master = open_replica(tmp_path / "master")
    try:
        with master.begin() as s:
            peer = s.get(Peer, world.ids["a"])
            assert peer is not None
            recorded = peer.state[devices.CLOCK_ACCEPTED]
        assert recorded["note"] == "tanggal laptop pernah salah"
    finally:
        master.close()
    code, out, err = run(tmp_path / "master", "sync", "import", str(path))
    assert code == 0 and "diterapkan" in out, err
    assert "lebih maju" in err  # still flagged


# --- 9. smaller bundle cases ---------------------------------------------------------------------------


def test_an_attachment_file_no_record_refers_to_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    import hashlib
    import os

    data = os.urandom(5000)
    sha = hashlib.sha256(data).hexdigest()
    (tmp_path / sha).write_bytes(data)
    path = _seal(world, tmp_path, _payload(world, tmp_path), [container.Member(f"attachments/{sha}", tmp_path / sha)])
    assert_refused(run, world.dirs["master"], path, "tidak dirujuk catatan lampiran")
    assert not (world.dirs["master"] / "attachments").exists() or not list(
        (world.dirs["master"] / "attachments").rglob(sha))


def _meta(key: str, value: str) -> Callable[[World, Path], Path]:
    def build(w: World, out: Path) -> Path:
        payload = _payload(w, out)
        with sqlite3.connect(payload) as c:
            c.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
        c.close()
        return _seal(w, out, payload)
    return build


def test_a_deeply_nested_meta_value_is_refused_not_a_crash(world: World, run: Run, tmp_path: Path) -> None:
    path = _meta("attachments", "[" * 200_000 + "]" * 200_000)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "meta tidak terbaca")


def test_an_integer_beyond_64_bits_in_the_meta_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    path = _meta("bundle_no", str(1 << 70))(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, "meta tidak terbaca")


def test_a_laptops_visit_naming_another_officer_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    def other_officer(w: World, row: dict[str, Any]) -> set[str]:
        row["officer_id"] = w.officers["b"]
        return {"officer_id"}
    path = _edited("visit", lambda w: _stored(w, "a", "visit", "id = ?", w.draft), other_officer)(world, tmp_path)
    assert_refused(run, world.dirs["master"], path, f"Bundel ditolak: perangkat {world.ids['a']} mencatat kunjungan "
                   f"{world.draft} atas nama pendamping lain.")


def test_a_visit_to_a_village_outside_the_assignment_is_flagged_not_refused(world: World, run: Run,
                                                                          tmp_path: Path) -> None:
    for n in ("master", "a"):
        shutil.copytree(world.dirs[n], tmp_path / n)
    laptop = open_replica(tmp_path / "a")
    try:
        with laptop.begin() as s:
            baru = villages.find_village(s, "Baru").id
            visits.create_visit(s, village_id=baru, officer_id=world.officers["a"],
                                visit_date=dt.date.today() - dt.timedelta(days=1))
        out_path = bundle.export_bundle(laptop, tmp_path / "baru.perut")[0].path
    finally:
        laptop.close()
    code, out, err = run(tmp_path / "master", "sync", "import", str(out_path))
    assert code == 0 and "diterapkan" in out, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("perut: peringatan: "), err
    assert f"dari perangkat {world.ids['a']} ke Desa Baru, di luar desa tugas pendampingnya" in lines[0], err


def test_rows_of_a_visit_whose_table_the_bundle_leaves_out_are_refused(world: World, run: Run,
                                                                       tmp_path: Path) -> None:
    """The payload's visit table dropped and its count taken out of the meta: the new draft's
    rows then belong to a visit the office does not hold and the bundle does not carry;
    refused by name, not a crash."""
    payload = _payload(world, tmp_path)
    _drop_table(payload, "visit")
    path = _seal(world, tmp_path, payload)
    assert_refused(run, world.dirs["master"], path, f"untuk kunjungan {world.draft} yang bukan miliknya.")


def test_a_payload_that_fails_sqlites_quick_check_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    payload = _payload(world, tmp_path)
    with sqlite3.connect(payload) as c:
        page = c.execute("PRAGMA page_size").fetchone()[0]
        root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_visit_1'").fetchone()[0]
    c.close()
    raw = bytearray(payload.read_bytes())
    start = (root - 1) * page
    raw[start + 8:start + page] = b"\xa5" * (page - 8)  # the index page's cells, garbage
    payload.write_bytes(bytes(raw))
    path = _seal(world, tmp_path, payload)
    assert_refused(run, world.dirs["master"], path, "rusak")


def test_a_payload_with_a_generated_column_is_refused(world: World, run: Run, tmp_path: Path) -> None:
    """Nothing in the payload's schema is computed here (``trusted_schema`` off, every
    column counted, hidden ones too)."""
    payload = _payload(world, tmp_path)
    with sqlite3.connect(payload) as c:
        c.execute("ALTER TABLE visit ADD COLUMN extra AS (length(agenda)) VIRTUAL")
    c.close()
    path = _seal(world, tmp_path, payload)
    assert_refused(run, world.dirs["master"], path, "kolom visit.extra")


def test_the_base_bundle_itself_would_be_accepted(world: World, run: Run) -> None:
    """Control: the bundle the cases start from is good; the refusals come from the edits."""
    before = _snapshot(run, world.dirs["master"])
    code, out, err = run(world.dirs["master"], "sync", "import", "--dry-run", str(world.base))
    assert code == 0 and "uji coba" in out, (out, err)
    assert _snapshot(run, world.dirs["master"]) == before


def test_an_honest_laptop_officer_record_is_its_own(world: World) -> None:
    """The fixture's laptops are enrolled for their officers (the cases rely on it)."""
    master = open_replica(world.dirs["master"])
    try:
        with master.begin() as s:
            assert s.get(Device, world.ids["a"]).officer_id == world.officers["a"]
            assert s.get(Officer, world.officers["a"]).name.startswith("Rahmadi")
    finally:
        master.close()
