"""The sync flow checked through ``.perut`` files and the commands (in-process
``perut_desktop.cli.main``): attachment files flow to the master in full and to a laptop
only for its villages of the last 12 months; ``perut sync status`` shows, per peer, the
last bundles and what the peer has not acknowledged; ``perut conflicts
list/show/restore/dismiss`` work and their outcome replicates."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from perut_desktop import cli
from perut_desktop.db import Replica
from perut_desktop.models import Device, VillageOfficial
from perut_desktop.services import villages, visits
from perut_desktop.services.attachments_store import AttachmentStore
from perut_desktop.sync import bundle
from tests.sync.helpers import add_officer, at, conflicts, enrol_with_keys, fp, send


@pytest.fixture()
def perut(capsys: pytest.CaptureFixture[str]) -> Any:
    def run(replica: Replica, *args: str, code: int = 0) -> str:
        capsys.readouterr()
        got = cli.main(["--data-dir", str(replica.data_dir), *args])
        out, err = capsys.readouterr()
        assert got == code, (args, out, err)
        return out
    return run


def _visit_with_file(laptop: Replica, tmp: Path, village: str, day: dt.date) -> str:
    store = AttachmentStore(laptop.data_dir / "attachments")
    with laptop.begin() as s:
        officer = s.scalar(select(Device.officer_id).where(Device.id == laptop.device_id))
        v = visits.create_visit(s, village_id=villages.find_village(s, village).id, officer_id=officer,
                                visit_date=day)
        f = tmp / f"scan-{village}-{day}.pdf"
        f.write_bytes(os.urandom(20_000))
        return visits.attach_file(s, store, v.id, f, caption="Pindaian").sha256


def test_attachments_all_to_the_master_and_to_a_laptop_only_its_recent_villages(master: Replica,
                                                                               tmp_path: Path) -> None:
    add_officer(master, "Rahmadi", ["Awayan"])
    add_officer(master, "Siti", ["Awayan", "Baru"])
    a = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
    b = enrol_with_keys(master, tmp_path, "b", "Siti")
    try:
        today = dt.date.today()
        recent_awayan = _visit_with_file(b, tmp_path, "Awayan", today - dt.timedelta(days=30))
        old_awayan = _visit_with_file(b, tmp_path, "Awayan", today - dt.timedelta(days=bundle.ATTACHMENT_DAYS + 30))
        recent_baru = _visit_with_file(b, tmp_path, "Baru", today - dt.timedelta(days=5))
        up = bundle.export_bundle(b, tmp_path / "b1.perut")
        assert sum(p.attachments for p in up) == 3
        assert bundle.import_bundle(master, up[0].path).result.status == "applied"
        master_store = AttachmentStore(master.data_dir / "attachments")
        assert all(master_store.has(sha) for sha in (recent_awayan, old_awayan, recent_baru))

        down = bundle.export_bundle(master, tmp_path / "m-a.perut", to=a.device_id)
        assert [p.attachments for p in down] == [1]
        assert bundle.import_bundle(a, down[0].path).attachments == 1
        a_store = AttachmentStore(a.data_dir / "attachments")
        assert a_store.has(recent_awayan)
        assert not a_store.has(old_awayan) and not a_store.has(recent_baru)
        with a.begin() as s:  # the records themselves all arrive (full replication)
            assert len(visits.list_visits(s)) == 3
        assert fp(a) == fp(master)
    finally:
        a.close()
        b.close()


def _peers(perut: Any, replica: Replica) -> dict[str, dict[str, Any]]:
    data = json.loads(perut(replica, "sync", "status", "--json"))
    assert data["device_id"] == replica.device_id
    return {p["device_id"]: p for p in data["peers"]}


def _edit_phone(replica: Replica, phone: str, hour: int) -> None:
    with at(replica, dt.date(2030, 1, 7), hour) as s:
        villages.edit_official(s, s.scalars(select(VillageOfficial)).first().id, phone=phone)


def test_sync_status_counts_what_each_peer_has_not_acknowledged(trio, perut) -> None:  # type: ignore[no-untyped-def]
    before = _peers(perut, trio.master)
    assert set(before) == {trio.a.device_id, trio.b.device_id}
    assert all(p["pending_rows"] == 0 for p in before.values())
    _edit_phone(trio.a, "0812-a", 10)
    assert _peers(perut, trio.a)[trio.master.device_id]["pending_rows"] == 1
    send(trio.a, trio.master, trio.folder)
    peers = _peers(perut, trio.master)
    assert peers[trio.a.device_id]["last_received_at"] is not None
    assert peers[trio.a.device_id]["last_received_at"] != before[trio.a.device_id]["last_received_at"]
    # a's edit is still to be passed on to b; a itself has it (echo suppression)
    assert (peers[trio.a.device_id]["pending_rows"], peers[trio.b.device_id]["pending_rows"]) == (0, 1)
    # until the master acknowledges, a keeps counting its edit as not acknowledged
    assert _peers(perut, trio.a)[trio.master.device_id]["pending_rows"] == 1
    sent_before = peers[trio.b.device_id]["bundles_sent"]
    send(trio.master, trio.a, trio.folder)
    send(trio.master, trio.b, trio.folder)
    send(trio.b, trio.master, trio.folder)
    assert _peers(perut, trio.a)[trio.master.device_id]["pending_rows"] == 0
    peers = _peers(perut, trio.master)
    assert peers[trio.b.device_id]["pending_rows"] == 0
    assert peers[trio.b.device_id]["bundles_sent"] == sent_before + 1
    assert "Belum dikirim/diakui" in perut(trio.master, "sync", "status")


def test_conflicts_list_show_restore_dismiss_through_the_commands(trio, perut) -> None:  # type: ignore[no-untyped-def]
    with trio.master.begin() as s:
        oid = s.scalars(select(VillageOfficial)).first().id
    for replica, tag, hour in ((trio.a, "a", 10), (trio.master, "m", 11)):
        with at(replica, dt.date(2030, 1, 7), hour) as s:
            villages.edit_official(s, oid, phone=f"0812-{tag}", position=f"Kades {tag}")
    for _ in range(2):
        send(trio.a, trio.master, trio.folder)
        send(trio.master, trio.a, trio.folder)
        send(trio.master, trio.b, trio.folder)
    listed = json.loads(perut(trio.b, "conflicts", "list", "--json"))  # seen on a laptop that made neither edit
    assert sorted((c["field"], c["loser_value"]) for c in listed) == [("phone", "0812-a"), ("position", "Kades a")]
    by_field = {c["field"]: c["id"] for c in listed}
    shown = json.loads(perut(trio.master, "conflicts", "show", by_field["phone"][:8], "--json"))
    assert (shown["winner_value"], shown["loser_value"], shown["status"]) == ("0812-m", "0812-a", "open")
    assert "Tersimpan: '0812-a'" in perut(trio.master, "conflicts", "show", by_field["phone"][:8])
    assert "dipulihkan" in perut(trio.master, "conflicts", "restore", by_field["phone"][:8])
    assert "diabaikan" in perut(trio.master, "conflicts", "dismiss", by_field["position"], "--note", "sudah benar")
    assert json.loads(perut(trio.master, "conflicts", "list", "--json")) == []
    perut(trio.master, "conflicts", "show", "tidak-ada", code=3)
    for _ in range(2):
        for laptop in (trio.a, trio.b):
            send(trio.master, laptop, trio.folder)
            send(laptop, trio.master, trio.folder)
    for r in (trio.master, trio.a, trio.b):
        with r.begin() as s:
            o = s.get(VillageOfficial, oid)
            assert (o.phone, o.position) == ("0812-a", "Kades m")  # the restored value is current again
        assert sorted((c.field, c.status, c.resolved_note) for c in conflicts(r)) == [
            ("phone", "restored", ""), ("position", "dismissed", "sudah benar")]
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def _official_phone(replica: Replica, name: str) -> str:
    with replica.begin() as s:
        return s.scalars(select(VillageOfficial.phone).where(VillageOfficial.name == name)).one()


def _set_phone(replica: Replica, name: str, phone: str) -> None:
    with replica.begin() as s:
        oid = s.scalars(select(VillageOfficial.id).where(VillageOfficial.name == name)).one()
        villages.edit_official(s, oid, phone=phone)


def test_perut_restore_then_edits_reach_the_master_and_the_old_copy_is_refused_as_a_clone(
        master: Replica, tmp_path: Path, perut, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """``perut restore`` of an older (passphrase) backup on a second computer while the first
    laptop stays in use: the restored copy's later edits reach the master and it gets back
    what it lost; the first laptop's next bundle comes from an older epoch and is refused as
    a clone (exit 3), with nothing changed."""
    add_officer(master, "Rahmadi", ["Awayan"])
    a = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
    restored = None
    try:
        with a.begin() as s:
            villages.add_official(s, villages.find_village(s, "Awayan").id, name="Pak Kades", position="Kepala Desa")
        assert bundle.import_bundle(master, bundle.export_bundle(a, tmp_path / "a1.perut")[0].path
                                    ).result.status == "applied"
        secret = tmp_path / "sandi.txt"
        secret.write_text("sandi-cadangan-laptop\n")
        perut(a, "backup", "--out", str(tmp_path / "a.cadangan"), "--passphrase-file", str(secret))
        _set_phone(a, "Pak Kades", "0812-setelah-cadangan")  # not in the backup
        assert bundle.import_bundle(master, bundle.export_bundle(a, tmp_path / "a2.perut")[0].path
                                    ).result.status == "applied"
        assert bundle.import_bundle(a, bundle.export_bundle(master, tmp_path / "m1.perut", to=a.device_id)[0].path
                                    ).result.status == "applied"

        capsys.readouterr()
        assert cli.main(["--data-dir", str(tmp_path / "a-pulih"), "restore", str(tmp_path / "a.cadangan"),
                         "--passphrase-file", str(secret)]) == 0
        from perut_desktop.db import open_replica

        restored = open_replica(tmp_path / "a-pulih")
        assert restored.device_id == a.device_id
        assert _official_phone(restored, "Pak Kades") == ""  # the backup is older
        _set_phone(restored, "Pak Kades", "0812-sesudah-pulih")
        up = bundle.export_bundle(restored, tmp_path / "r1.perut")[0]
        assert bundle.import_bundle(master, up.path).result.status == "applied"
        assert _official_phone(master, "Pak Kades") == "0812-sesudah-pulih"
        for n in range(2):
            down = bundle.export_bundle(master, tmp_path / f"m-r{n}.perut", to=a.device_id)[0]
            bundle.import_bundle(restored, down.path)
            bundle.import_bundle(master, bundle.export_bundle(restored, tmp_path / f"r-{n}.perut")[0].path)
        assert fp(restored) == fp(master)

        # the first laptop, still in use with the old copy: refused as a clone
        _set_phone(a, "Pak Kades", "0812-laptop-lama")
        late = bundle.export_bundle(a, tmp_path / "late.perut")[0]
        before = fp(master)
        capsys.readouterr()
        assert cli.main(["--data-dir", str(master.data_dir), "sync", "import", str(late.path)]) == 3
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "salinan lama" in err, err
        assert fp(master) == before
    finally:
        a.close()
        if restored is not None:
            restored.close()


def test_export_prints_one_line_with_rows_per_kind_attachments_and_size(master: Replica, tmp_path: Path,
                                                                        perut: Any) -> None:
    add_officer(master, "Rahmadi", ["Awayan"])
    a = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
    try:
        day = dt.date.today() - dt.timedelta(days=3)
        for n in range(3):
            _visit_with_file(a, tmp_path, "Awayan", day - dt.timedelta(days=n))
        out = perut(a, "sync", "export", "--out", str(tmp_path / "up.perut"), "--max-size", "30K")
        (line,) = out.strip().splitlines()
        parts = sorted(tmp_path.glob("up*.perut"))
        assert len(parts) > 1 and f"dalam {len(parts)} berkas" in line
        assert "3 lampiran" in line and "visit 3" in line and "attachment 3" in line
        assert f"{sum(p.stat().st_size for p in parts) / 1024:.0f} KB" in line
        # every part imports at the office, in any order
        for p in reversed(parts):
            perut(master, "sync", "import", str(p))
        assert fp(master) == fp(a)
    finally:
        a.close()
