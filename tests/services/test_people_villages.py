"""Officers, staff profiles, village officials and profiles: the services the CLI and GUI
call, with their validation messages and master-only rules."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from perut_desktop.errors import Hint, InputRejected, NotFound, StateError, ValidationError
from perut_desktop.models import VillageOfficial
from perut_desktop.services import people, villages
from tests.services.helpers import as_device, at, field_device, officer_and_user


def test_officers_with_assigned_villages_and_nip(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        o = people.add_officer(s, name="  Rahmadi ", nip="1986 0521 2010 0110 06", villages=["awayan", "63.11.03.2031"])
        assert (o.name, o.nip, o.villages) == ("Rahmadi", "198605212010011006", ("Awayan", "Ambakiang"))
        people.assign_villages(s, o.id, ["Awayan", "Tundi"])  # existing assignment kept once
        assert people.list_officers(s)[0].villages == ("Awayan", "Tundi", "Ambakiang"), "by village code"
        with pytest.raises(ValidationError, match="18 angka"):
            people.add_officer(s, name="X", nip="19860521")
        with pytest.raises(ValidationError, match="Nama pendamping"):
            people.add_officer(s, name=" ")
    with pytest.raises(NotFound, match="Atlantis"):
        with at(master) as s:
            people.add_officer(s, name="Y", villages=["Atlantis"])
    with at(master) as s:
        assert [x.name for x in people.list_officers(s)] == ["Rahmadi"], "a refused add leaves nothing behind"


def test_staff_profiles_are_master_only(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, user_id = officer_and_user(master)
    laptop = field_device(master, officer_id)
    with at(master) as s:
        u = people.add_user(s, name="Hj. Rahmah", title="Sekretaris Kecamatan", can_sign=True)
        assert u.can_sign and u.active
        assert [x.name for x in people.list_users(s)] == ["Ahmad Fauzan", "Hj. Rahmah"]
        with pytest.raises(ValidationError, match="Nama petugas"):
            people.add_user(s, name="")
    with pytest.raises(StateError, match="kantor kecamatan"):
        with as_device(master, laptop) as s:
            people.add_user(s, name="Orang Lapangan")
    with pytest.raises(StateError, match="kantor kecamatan"):
        with as_device(master, laptop) as s:
            people.assign_villages(s, officer_id, ["Tundi"])


def test_officials_add_edit_remove_list(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        tundi = villages.find_village(s, "Tundi").id
        bpd = villages.add_official(s, tundi, name="Rusdi Hakim", position="Ketua BPD", gender="l", phone=" 0812 ")
        assert (bpd.body, bpd.gender, bpd.phone, bpd.village_name) == ("bpd", "L", "0812", "Tundi")
        lkd = villages.add_official(s, tundi, name="Nur Aini", position="Ketua PKK", gender="P")
        assert lkd.body == "lkd"
        assert villages.add_official(s, tundi, name="Hadi", position="Kaur Keuangan").body == "pemdes"
        edited = villages.edit_official(s, bpd.id, phone="0899", term_start=dt.date(2025, 1, 1))
        assert (edited.phone, edited.name) == ("0899", "Rusdi Hakim")
        cleared = villages.edit_official(s, bpd.id, clear=["gender"])
        assert cleared.gender is None
        villages.edit_official(s, lkd.id, active=False)
        assert {o.name for o in villages.list_officials(s, tundi, active_only=True)} == {"Rusdi Hakim", "Hadi"}
        villages.remove_official(s, lkd.id)
        assert {o.name for o in villages.list_officials(s, tundi)} == {"Rusdi Hakim", "Hadi"}
        assert villages.list_officials(s, villages.find_village(s, "Awayan").id) == []


@pytest.mark.parametrize(("changes", "message"), [
    ({"name": "  "}, "Nama aparatur desa wajib diisi"),
    ({"position": ""}, "Jabatan aparatur desa wajib diisi"),
    ({"gender": "X"}, "L atau P"),
    ({"body": "dprd"}, "pemdes, bpd atau lkd"),
    ({"term_end": dt.date(2020, 1, 1)}, "tidak boleh sebelum awal masa jabatan"),
    ({"motto": "x"}, "Kolom tidak dikenal"),
])
def test_a_refused_official_edit_changes_nothing(master, changes, message) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        o = villages.add_official(s, villages.find_village(s, "Tundi").id, name="Rusdi", position="Ketua BPD",
                                  gender="L", term_start=dt.date(2025, 1, 1))
        with pytest.raises(ValidationError, match=message):
            villages.edit_official(s, o.id, **changes)
        row = s.get(VillageOfficial, o.id)
        assert (row.name, row.position, row.gender, row.body, row.term_end) == ("Rusdi", "Ketua BPD", "L", "bpd", None)
        assert row not in s.dirty


def test_official_errors_name_the_problem(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        tundi = villages.find_village(s, "Tundi").id
        with pytest.raises(ValidationError, match="tidak boleh sebelum"):
            villages.add_official(s, tundi, name="A", position="Kaur", term_start=dt.date(2026, 1, 1),
                                  term_end=dt.date(2025, 1, 1))
        o = villages.add_official(s, tundi, name="B", position="Kaur")
        with pytest.raises(ValidationError, match="dikosongkan: name"):
            villages.edit_official(s, o.id, clear=["name"])
        for call in (lambda: villages.edit_official(s, "tidak-ada", phone="1"),
                     lambda: villages.remove_official(s, "tidak-ada"),
                     lambda: villages.add_official(s, "tidak-ada", name="A", position="B")):
            with pytest.raises(NotFound, match="tidak ditemukan"):
                call()


def test_field_laptops_keep_village_profiles_and_officials(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    laptop = field_device(master, officer_id)
    with as_device(master, laptop) as s:
        awayan = villages.find_village(s, "Awayan").id
        p = villages.update_profile(s, awayan, classification="swakarya", sotk_urusan=3, sotk_seksi=2,
                                    kades_inaugurated_on=dt.date(2022, 3, 1), kades_term_number=1)
        assert (p.classification, p.sotk_urusan, p.kades_term_number) == ("swakarya", 3, 1)
        with pytest.raises(ValidationError, match="swadaya, swakarya atau swasembada"):
            villages.update_profile(s, awayan, classification="maju")
        with pytest.raises(ValidationError, match="Jumlah urusan SOTK tidak masuk akal"):
            villages.update_profile(s, awayan, sotk_urusan=-1)
        with pytest.raises(ValidationError, match="Kolom profil tidak dikenal"):
            villages.update_profile(s, awayan, luas="10 ha")
    with at(master) as s:
        assert villages.get_profile(s, awayan).sotk_seksi == 2
        profile_rows = s.scalars(select(VillageOfficial)).all()
        assert profile_rows  # officer_and_user added two officials on the master


def test_village_lookup_by_name_code_or_other_spelling(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        assert villages.find_village(s, "AWAYAN").code == "63.11.03.2007"
        assert villages.find_village(s, "Ambakiyang").name == "Ambakiang"
        with pytest.raises(InputRejected, match=r"^Desa '' tidak dikenal\.$") as unknown:
            villages.find_village(s, "")
        assert unknown.value.hint is Hint.LIST_VILLAGES
