"""A book's identity is its own (DESIGN.md §3, §10): two templates never give one code to
different books, an explicit mapping says which book a later template continues, and the
recap and trends compare only the same book."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from perut_desktop.errors import InputRejected, NotFound
from perut_desktop.models import Officer
from perut_desktop.paths import resource
from perut_desktop.services import recap, scores, templates, villages, visits
from tests.services.helpers import at, new_visit, officer_and_user, tick_all


def _shipped_mapping() -> dict[str, str | None]:
    with open(resource("book_mapping.csv"), newline="", encoding="utf-8") as fh:
        return {r["code"]: r["continues"] or None for r in csv.DictReader(fh)}


def test_the_shipped_templates_share_no_code_and_map_every_book(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        by_code = {t.code: t for t in templates.list_templates(s)}
    pedoman, p47 = by_code["PEDOMAN-PERUT"], by_code["PERMENDAGRI-47-2016"]
    assert not {i.code for i in pedoman.items} & {i.code for i in p47.items}
    assert _shipped_mapping() == {i.code: i.continues_code for i in p47.items}, "every book has an explicit entry"
    continued = [i.continues_code for i in p47.items if i.continues_code]
    assert len(continued) == len(set(continued)) and set(continued) <= {i.code for i in pedoman.items}
    titles = {i.code: i.title for i in pedoman.items}
    pairs = {i.title: titles[i.continues_code] for i in p47.items if i.continues_code}
    assert pairs["Buku Aparat Pemerintah Desa"] == "Buku Aparatur Pemerintahan Desa"
    assert pairs["Buku Agenda"] == "Buku Agenda Surat Masuk dan Surat Keluar"
    assert "Buku Inventaris dan Kekayaan Desa" not in pairs, "a new book has no equivalent"


def test_a_template_may_not_give_a_known_code_to_another_book(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "lain.csv"
    other.write_text("code,category,title\nA.3,Umum,Buku Inventaris dan Kekayaan Desa\n", encoding="utf-8")
    with pytest.raises(InputRejected, match=r"Kode buku A\.3 sudah dipakai daftar periksa PEDOMAN-PERUT untuk "
                                            r"'Buku Aparatur Pemerintahan Desa'"):
        with at(master) as s:
            templates.load_template(s, code="LAIN", name="Lain", path=other, source="", make_current=False)
    mapped = tmp_path / "padanan.csv"
    mapped.write_text("code,category,title,continues\nX.1,Umum,Buku Satu,A.1\nX.2,Umum,Buku Dua,A.1\n",
                      encoding="utf-8")
    with pytest.raises(InputRejected, match=r"Buku A\.1 dilanjutkan oleh lebih dari satu buku"):
        with at(master) as s:
            templates.load_template(s, code="LAIN", name="Lain", path=mapped, source="", make_current=False)
    nowhere = tmp_path / "entah.csv"
    nowhere.write_text("code,category,title,continues\nX.1,Umum,Buku Satu,Z.9\n", encoding="utf-8")
    with pytest.raises(InputRejected, match=r"menyebut kode Z\.9 yang bukan buku daftar periksa lain"):
        with at(master) as s:
            templates.load_template(s, code="LAIN", name="Lain", path=nowhere, source="", make_current=False)
    # a later version of the same template repeats its codes: that is the same book
    again = tmp_path / "ulang.csv"
    again.write_text("code,category,title\nA.3,Umum,Buku Aparatur Desa (judul baru)\n", encoding="utf-8")
    with at(master) as s:
        info = templates.load_template(s, code="PEDOMAN-PERUT", name="v2", path=again, source="", make_current=False)
    assert info.version_number == 2


def test_publish_by_name_and_unknown_name(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        info = templates.publish_template_named(s, "permendagri-47-2016")
        assert info.current and templates.current_template(s).code == "PERMENDAGRI-47-2016"
        with pytest.raises(NotFound, match="Daftar periksa PERMENDAGRI-47-2016 versi 9 tidak dikenal; yang ada: "
                                           "PEDOMAN-PERUT, PERMENDAGRI-47-2016"):
            templates.publish_template_named(s, "PERMENDAGRI-47-2016", 9)


STATUSES = ("lengkap", "belum_lengkap", "tidak_ada", "tidak_berlaku")


def test_kelengkapan_buku_compares_only_the_same_book_after_publishing(demo_replica) -> None:  # type: ignore[no-untyped-def]
    """A 1-year demo on the Pedoman template; the office publishes the Permendagri list and
    three villages are visited with it. Every cell of Kelengkapan Buku holds the status of
    the same book (by the shipped mapping), never another book that once had its code."""
    day = dt.date(2026, 11, 25)
    with at(demo_replica, day) as s:
        templates.publish_template_named(s, "PERMENDAGRI-47-2016")
        officer = s.scalars(select(Officer.id).order_by(Officer.name)).first()
        new_ids = {}
        for name in ("Awayan", "Pudak", "Tundakan"):
            village = villages.find_village(s, name)
            v = visits.create_visit(s, village_id=village.id, officer_id=officer, visit_date=day)
            for n, r in enumerate(visits.results(s, v.id)):
                visits.set_result(s, v.id, r.item_code, status=STATUSES[n % 4])
            new_ids[village.id] = v.id
        matrix = recap.latest_books(s, recap.resolve_period(s, date_to=day))
        titles = {}
        for t in templates.list_templates(s):
            for i in t.items:
                titles[i.code] = i.title
        expected_cells = {}
        for row in matrix.villages:
            expected_cells[row.village_id] = {r.item_code: r.status for r in visits.results(s, row.visit_id)}
    mapping = _shipped_mapping()

    def book(code: str) -> str:
        return mapping.get(code) or code

    columns = {b.code: b for b in matrix.books}
    assert len({book(c) for c in columns}) == len(columns), "one column per book"
    p47_villages = [r for r in matrix.villages if r.village_id in new_ids]
    assert len(p47_villages) == 3 and len(matrix.villages) == 23
    for row in matrix.villages:
        results = expected_cells[row.village_id]
        # every result of the village's newest visit is in the column of its own book …
        want = {}
        for code, status in results.items():
            col = next(c for c in columns if book(c) == book(code))
            want[col] = status
        # … and every cell is one of them: nothing from another book that once had the code
        assert row.statuses == want, row.village_name
    # the Permendagri list's columns are the current ones; the Pedoman's Buku Aparatur shows
    # under Buku Aparat Pemerintah Desa, not under Buku Inventaris dan Kekayaan Desa (P47.A.3)
    assert titles["P47.A.3"] == "Buku Inventaris dan Kekayaan Desa" and "A.3" not in columns
    pedoman_row = next(r for r in matrix.villages if r.village_id not in new_ids)
    assert "P47.A.3" not in pedoman_row.statuses
    assert pedoman_row.statuses["P47.A.4"] == expected_cells[pedoman_row.village_id]["A.3"]
    # a Pedoman book with no one-to-one equivalent keeps a column of its own
    assert columns["A.4"].title == "Buku Tanah Kas Desa dan Buku Tanah di Desa"
    assert all("A.4" not in r.statuses for r in p47_villages)


def test_a_trend_joins_only_visits_of_the_same_books(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    a = new_visit(master, officer_id, day=dt.date(2026, 8, 8))
    b = new_visit(master, officer_id, day=dt.date(2026, 9, 8))
    with at(master) as s:
        templates.publish_template_named(s, "PERMENDAGRI-47-2016")
    c = new_visit(master, officer_id, day=dt.date(2026, 10, 8))
    d = new_visit(master, officer_id, day=dt.date(2026, 11, 8))
    for v in (a, b, c, d):
        tick_all(master, v)
    with at(master) as s:
        trend = scores.village_trend(s, visits.visit_summary(s, a).village_id)
    assert [(p.visit_id, p.comparable) for p in trend] == [(a, False), (b, True), (c, False), (d, True)]


def test_template_commands(master_dir: Path) -> None:
    def perut(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "perut_desktop.cli", "--data-dir", str(master_dir), *args],
                              capture_output=True, text=True, timeout=120)

    listed = perut("template", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    data = {t["code"]: t for t in json.loads(listed.stdout)}
    aparat = next(i for i in data["PERMENDAGRI-47-2016"]["items"] if i["code"] == "P47.A.4")
    assert (aparat["continues_code"], aparat["continues_title"]) == ("A.3", "Buku Aparatur Pemerintahan Desa")
    assert data["PEDOMAN-PERUT"]["current"] and not data["PERMENDAGRI-47-2016"]["current"]
    text = perut("template", "list")
    lines = {line.split()[0]: line.split("  ") for line in text.stdout.splitlines() if line.startswith("P47.")}
    assert [c.strip() for c in lines["P47.A.3"] if c.strip()][-1] == "-", "no equivalent"
    assert [c.strip() for c in lines["P47.A.4"] if c.strip()][-1] == "A.3 Buku Aparatur Pemerintahan Desa"
    published = perut("template", "publish", "PERMENDAGRI-47-2016")
    assert published.returncode == 0 and "PERMENDAGRI-47-2016 versi 1 (24 buku) berlaku" in published.stdout
    unknown = perut("template", "publish", "TIDAK-ADA")
    assert unknown.returncode == 3 and "Daftar periksa TIDAK-ADA tidak dikenal" in unknown.stderr
