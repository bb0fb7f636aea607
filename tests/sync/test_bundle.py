"""Bundles with the container: enrolment handshake, keys, attachments, split bundles,
quarantine."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from perut_desktop.db import Replica, open_replica
from perut_desktop.errors import InputRejected, StateError
from perut_desktop.models import Device
from perut_desktop.services import villages, visits
from perut_desktop.services.attachments_store import AttachmentStore
from perut_desktop.sync import bundle, identity
from tests.sync.helpers import add_officer, at, fp, hold_and_confirm

DAY = dt.date(2030, 1, 7)


def _enrolled(master: Replica, tmp_path: Path, name: str = "a") -> tuple[Replica, str]:
    """A laptop made from its enrolment file, not confirmed yet; and its code."""
    add_officer(master, f"Pendamping {name}", ["Awayan"])
    res = bundle.write_enrolment(master, f"Pendamping {name}", tmp_path / f"{name}.perut-enroll")
    assert oct(os.stat(res.path).st_mode & 0o777) == "0o600"
    made = bundle.init_field_from_file(tmp_path / name, res.path)
    return open_replica(tmp_path / name), made.code


def _laptop(master: Replica, tmp_path: Path, name: str = "a") -> Replica:
    laptop, code = _enrolled(master, tmp_path, name)
    hold_and_confirm(master, laptop, tmp_path / f"keys-{name}.perut", code)
    first = bundle.export_bundle(master, tmp_path / f"first-{name}.perut", to=laptop.device_id)
    assert bundle.import_bundle(laptop, first[0].path).result.status == "applied"
    return laptop


def test_enrolment_handshake(master: Replica, tmp_path: Path) -> None:
    laptop, code = _enrolled(master, tmp_path)
    try:
        assert (laptop.data_dir / "keys" / identity.ENROLMENT_STATE).exists()  # master lacks our keys yet
        hold_and_confirm(master, laptop, tmp_path / "a1.perut", code)
        with master.begin() as s:
            dev = s.get(Device, laptop.device_id)
            mine = identity.ensure_identity(laptop.data_dir).public_keys()
            assert (dev.sign_public_key, dev.enc_public_key) == (mine.sign, mine.enc)
        # the master encrypts to the laptop's own key; the enrolment state is dropped
        back = bundle.export_bundle(master, tmp_path / "m2.perut", to=laptop.device_id)[0]
        bundle.import_bundle(laptop, back.path)
        assert not (laptop.data_dir / "keys" / identity.ENROLMENT_STATE).exists()
        assert fp(laptop) == fp(master)
    finally:
        laptop.close()


def test_wrong_enrolment_secret_is_refused_and_quarantined(master: Replica, tmp_path: Path) -> None:
    laptop, _code = _enrolled(master, tmp_path)
    try:
        state_file = laptop.data_dir / "keys" / identity.ENROLMENT_STATE
        data = json.loads(state_file.read_text())
        data["secret"] = "tebakan"
        state_file.write_text(json.dumps(data))
        out = bundle.export_bundle(laptop, tmp_path / "a1.perut")[0]
        before = fp(master)
        with pytest.raises(InputRejected, match="Bukti pendaftaran"):
            bundle.import_bundle(master, out.path)
        assert fp(master) == before
        kept = sorted((master.data_dir / "quarantine").iterdir())
        assert [p.name.endswith(".alasan.txt") for p in kept] == [False, True]
        assert "Bukti pendaftaran" in kept[1].read_text()
    finally:
        laptop.close()


def test_attachments_travel_and_split_bundles_import_in_any_order(master: Replica, tmp_path: Path) -> None:
    laptop = _laptop(master, tmp_path)
    try:
        store = AttachmentStore(laptop.data_dir / "attachments")
        shas = []
        with at(laptop, DAY) as s:
            v = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id,
                                    officer_id=s.scalar(select(Device.officer_id).where(Device.id == laptop.device_id)),
                                    visit_date=DAY)
            for n in range(3):
                f = tmp_path / f"scan{n}.pdf"
                f.write_bytes(os.urandom(30_000))
                shas.append(visits.attach_file(s, store, v.id, f, caption=f"Pindaian {n}").sha256)
        parts = bundle.export_bundle(laptop, tmp_path / "a1.perut", max_size="40K")
        assert len(parts) >= 2 and parts[0].rows > 0 and all(p.rows == 0 for p in parts[1:])
        assert sum(p.attachments for p in parts) == 3
        for p in reversed(parts):
            assert bundle.import_bundle(master, p.path).result.status == "applied"
        master_store = AttachmentStore(master.data_dir / "attachments")
        assert all(master_store.has(sha) for sha in shas)
        # acknowledged as a whole: nothing is left to send
        back = bundle.export_bundle(master, tmp_path / "m2.perut", to=laptop.device_id)[0]
        bundle.import_bundle(laptop, back.path)
        assert fp(master) == fp(laptop)
        assert bundle.export_bundle(laptop, tmp_path / "a2.perut")[0].rows == 0
    finally:
        laptop.close()


def test_a_bundle_for_another_laptop_is_refused(master: Replica, tmp_path: Path) -> None:
    a = _laptop(master, tmp_path, "a")
    b = _laptop(master, tmp_path, "b")
    try:
        to_a = bundle.export_bundle(master, tmp_path / "to-a.perut", to=a.device_id)[0]
        with pytest.raises(InputRejected, match="perangkat lain"):
            bundle.import_bundle(b, to_a.path)
        assert bundle.import_bundle(a, to_a.path).result.status == "applied"
    finally:
        a.close()
        b.close()


def test_a_revoked_laptop_gets_only_a_notice_and_then_may_only_read(master: Replica, tmp_path: Path) -> None:
    laptop = _laptop(master, tmp_path)
    try:
        with at(master, DAY) as s:
            villages.add_official(s, villages.find_village(s, "Awayan").id, name="Hanya Di Kantor", position="Kaur")
            d = s.get(Device, laptop.device_id)
            d.revoked, d.revoked_reason = True, "laptop dipindahkan"
        notice = bundle.export_bundle(master, tmp_path / "m.perut", to=laptop.device_id)
        assert len(notice) == 1 and notice[0].revocation_notice
        assert {k: v for k, v in notice[0].counts.items() if v} == {"device": 1} and notice[0].attachments == 0
        imported = bundle.import_bundle(laptop, notice[0].path)
        assert imported.result.status == "applied" and any("dicabut" in w for w in imported.warnings)
        laptop.close()
        laptop = open_replica(tmp_path / "a")
        assert laptop.revoked is not None and "laptop dipindahkan" in laptop.revoked
        with laptop.begin() as s:  # reading goes on; nothing but the notice arrived
            names = [o.name for o in villages.list_officials(s)]
        assert "Hanya Di Kantor" not in names
        with pytest.raises(StateError, match="dicabut"), laptop.begin() as s:
            villages.add_official(s, villages.find_village(s, "Awayan").id, name="X", position="Y")
        with pytest.raises(StateError, match="dicabut"):
            bundle.export_bundle(laptop, tmp_path / "a.perut")
        with pytest.raises(StateError, match="dicabut"):
            bundle.import_bundle(laptop, notice[0].path)
        assert not (tmp_path / "a.perut").exists()
    finally:
        laptop.close()
