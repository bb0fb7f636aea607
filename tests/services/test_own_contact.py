"""A laptop changes its own officer's phone and e-mail (DESIGN.md §3), and the office
receives them in the laptop's bundle; bad values are refused with one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from perut_desktop.db import Replica
from perut_desktop.errors import StateError, ValidationError
from perut_desktop.services import people
from perut_desktop.sync import bundle
from tests.sync.helpers import add_officer, enrol_with_keys


def test_the_laptop_changes_its_officers_contact_and_the_office_receives_it(master: Replica, tmp_path: Path) -> None:
    officer_id = add_officer(master, "Rahmadi", ["Awayan"])
    laptop = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
    try:
        bundle.import_bundle(laptop, bundle.export_bundle(master, tmp_path / "to-a.perut", to=laptop.device_id)[0].path)
        with laptop.begin() as s:
            assert people.own_officer(s).id == officer_id
            info = people.update_own_contact(s, phone="0812 3456 7890", email="rahmadi@example.id")
        assert (info.phone, info.email) == ("0812 3456 7890", "rahmadi@example.id")
        with pytest.raises(ValidationError, match=r"^Alamat e-mail 'rahmadi\(at\)example' tidak valid\.$"):
            with laptop.begin() as s:
                people.update_own_contact(s, email="rahmadi(at)example")
        with pytest.raises(ValidationError, match=r"^Nomor telepon '12ab' tidak valid"):
            with laptop.begin() as s:
                people.update_own_contact(s, phone="12ab")
        bundle.import_bundle(master, bundle.export_bundle(laptop, tmp_path / "from-a.perut")[0].path)
    finally:
        laptop.close()
    with master.begin() as s:
        stored = next(o for o in people.list_officers(s) if o.id == officer_id)
    assert (stored.phone, stored.email) == ("0812 3456 7890", "rahmadi@example.id")


def test_the_office_copy_has_no_own_officer(master: Replica) -> None:
    with pytest.raises(StateError, match="^Perangkat ini tidak terhubung dengan pendamping mana pun.$"):
        with master.begin() as s:
            people.own_officer(s)
