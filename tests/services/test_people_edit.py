"""Editing a pendamping: name, NIP, phone, villages (assignments replaced), active."""

from __future__ import annotations

import pytest

from perut_desktop.errors import StateError, ValidationError
from perut_desktop.services import people
from tests.services.helpers import as_device, at, field_device


def test_edit_officer_changes_fields_and_replaces_villages(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        officer = people.add_officer(s, name="Rahmadi", villages=["Bihara", "Awayan"])
    with at(master) as s:
        edited = people.edit_officer(s, officer.id, name="Rahmadi, S.AP.", nip="198605212010011006",
                                     phone="0812 5555 1234", villages=["Awayan", "Merah"])
    assert (edited.name, edited.nip, edited.phone) == ("Rahmadi, S.AP.", "198605212010011006", "0812 5555 1234")
    assert edited.villages == ("Merah", "Awayan")  # in the order of their codes
    with at(master) as s:  # a village given back after it was taken away
        assert people.edit_officer(s, officer.id, villages=["Bihara", "Merah"]).villages == ("Bihara", "Merah")
        assert people.edit_officer(s, officer.id, active=False).active is False
    with at(master) as s:
        assert next(o for o in people.list_officers(s) if o.id == officer.id).villages == ("Bihara", "Merah")
    with pytest.raises(ValidationError, match="^NIP '123' tidak valid; NIP terdiri atas 18 angka.$"):
        with at(master) as s:
            people.edit_officer(s, officer.id, nip="123")
    with pytest.raises(ValidationError, match="^Nama pendamping wajib diisi.$"):
        with at(master) as s:
            people.edit_officer(s, officer.id, name="  ")


def test_only_the_master_edits_an_officer(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        officer = people.add_officer(s, name="Rahmadi", villages=["Bihara"])
    device = field_device(master, officer.id)
    with pytest.raises(StateError, match="^Mengubah pendamping hanya dapat dilakukan di kantor kecamatan"):
        with as_device(master, device) as s:
            people.edit_officer(s, officer.id, villages=[])
