"""A new master replica: the kecamatan, its 23 villages with official codes, the Pedoman's
18 books as the current checklist and the Permendagri 47/2016 list ready to publish; a
visit keeps the template version it was made with."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from perut_desktop.errors import InputRejected, StateError, ValidationError
from perut_desktop.paths import resource
from perut_desktop.services import setup, templates, villages, visits
from tests.services.helpers import as_device, at, field_device, new_visit, officer_and_user

SHARED_VILLAGES = Path(__file__).resolve().parents[3] / "shared" / "data" / "villages_awayan.csv"


def test_the_default_kecamatan_has_its_23_villages_by_official_code(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        sub = setup.subdistrict_info(s)
        rows = villages.list_villages(s)
    assert (sub.name, sub.kabupaten, sub.code) == ("Awayan", "Balangan", "63.11.03")
    assert len(rows) == 23 and len({v.code for v in rows}) == 23
    assert all(v.code.startswith("63.11.03.") for v in rows)
    with open(resource("villages_awayan.csv"), newline="", encoding="utf-8") as fh:
        shipped = {r["code"]: r["name"] for r in csv.DictReader(fh)}
    assert {v.code: v.name for v in rows} == shipped
    if SHARED_VILLAGES.exists():  # the source list the project was given
        with open(SHARED_VILLAGES, newline="", encoding="utf-8-sig") as fh:
            codes = {next(v for k, v in r.items() if "kode" in k.casefold() or "code" in k.casefold())
                     for r in csv.DictReader(fh)}
        assert codes == set(shipped)


def test_the_default_checklist_is_the_pedomans_18_books(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        current = templates.current_template(s)
    assert current.current and current.code == "PEDOMAN-PERUT" and current.version_number == 1
    per_category = Counter(i.category for i in current.items)
    assert per_category == {"Administrasi Umum": 7, "Administrasi Penduduk": 4, "Administrasi Keuangan": 3,
                            "Administrasi Pembangunan": 4}
    assert [i.code for i in current.items][:2] == ["A.1", "A.2"]
    assert all(i.guidance.strip() and i.title.strip() for i in current.items), "each book has one line of guidance"
    assert all("\n" not in i.guidance for i in current.items)


def test_publishing_the_permendagri_list_leaves_old_visits_on_their_version(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    old = new_visit(master, officer_id, day=dt.date(2026, 10, 5))
    with at(master) as s:
        permendagri = next(t for t in templates.list_templates(s) if t.code == "PERMENDAGRI-47-2016")
        assert not permendagri.current and len(permendagri.items) >= 20
        templates.publish_template(s, permendagri.id)
        assert templates.current_template(s).id == permendagri.id
    new = new_visit(master, officer_id)
    with at(master) as s:
        assert len(visits.results(s, old)) == 18
        assert len(visits.results(s, new)) == len(permendagri.items)
        # a book's identity is its own: the two templates share no code, the mapping links them
        assert not {r.item_code for r in visits.results(s, old)} & {r.item_code for r in visits.results(s, new)}
        aparat = next(i for i in permendagri.items if i.title == "Buku Aparat Pemerintah Desa")
        assert (aparat.continues_code, aparat.continues_title) == ("A.3", "Buku Aparatur Pemerintahan Desa")
        with pytest.raises(InputRejected, match="tidak ditemukan"):
            templates.publish_template(s, "tidak-ada")


def test_a_new_template_version_is_master_only_and_checked(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    laptop = field_device(master, officer_id)
    good = tmp_path / "regulasi.csv"
    good.write_text("code,category,title,guidance\nR.1,Regulasi,Buku Perdes,Periksa tahapan\n", encoding="utf-8")
    with at(master) as s:
        info = templates.load_template(s, code="PEDOMAN-PERUT", name="Pedoman + Regulasi", path=good,
                                       source="uji", make_current=False)
        assert info.version_number == 2 and [i.category_code for i in info.items] == ["R"]
    with pytest.raises(StateError, match="kantor kecamatan"):
        with as_device(master, laptop) as s:
            templates.publish_template(s, info.id)
    dup = tmp_path / "ganda.csv"
    dup.write_text("code,category,title\nA.1,X,Y\nA.1,X,Z\n", encoding="utf-8")
    missing = tmp_path / "kolom.csv"
    missing.write_text("kode,judul\n1,x\n", encoding="utf-8")
    ansi = tmp_path / "ansi.csv"  # saved from Excel as plain "CSV", not "CSV UTF-8"
    ansi.write_bytes("code,category,title\nA.1,Umum,Buku Peraturan di Desa – lama\n".encode("cp1252"))
    for path, message in ((dup, "ganda"), (missing, "tidak memiliki kolom"),
                          (tmp_path / "hilang.csv", "tidak dapat dibaca: berkas atau folder itu tidak ada"),
                          (ansi, 'bukan teks UTF-8 .*"CSV UTF-8"')):
        with pytest.raises(InputRejected, match=message):
            with at(master) as s:
                templates.load_template(s, code="X", name="X", path=path, source="", make_current=False)


def test_init_refuses_an_existing_replica_and_a_wrong_village_list(master_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(StateError, match="tidak ditimpa"):
        setup.init_master(master_dir, kecamatan="Awayan")
    with pytest.raises(ValidationError, match="bukan Paringin"):
        setup.init_master(tmp_path / "p", kecamatan="Paringin")
    assert not (tmp_path / "p" / "perut.sqlite").exists()
    with pytest.raises(ValidationError, match="wajib"):
        setup.init_master(tmp_path / "q", kecamatan="  ")


def test_subdistrict_letterhead_and_camat(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        info = setup.update_subdistrict(s, address="Jl. Ahmad Yani No. 1", camat_name="Muhammad Rizali",
                                        camat_nip="197805122006041003")
        assert (info.address, info.camat_nip) == ("Jl. Ahmad Yani No. 1", "197805122006041003")
        with pytest.raises(ValidationError, match="18 angka"):
            setup.update_subdistrict(s, camat_nip="1978")
        with pytest.raises(ValidationError, match="tidak dikenal"):
            setup.update_subdistrict(s, motto="x")
