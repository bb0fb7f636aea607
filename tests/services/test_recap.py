"""What the recap counts: follow-ups opened, closed (done or cancelled) and still open after
each visit, open follow-ups on a date, and the period a recap covers. Small data built here,
so each number can be checked by hand (the demo-sized recap is in tests/reports)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from perut_desktop.errors import Hint, NotFound, UsageError
from perut_desktop.models import ScheduleEntry, Visit
from perut_desktop.reports import excel
from perut_desktop.services import officials_import as oi
from perut_desktop.services import people, recap, scores, templates, villages, visits, workflow
from tests.services.helpers import (
    CAMAT_NAME,
    CAMAT_NIP,
    at,
    camat_profile,
    complete_visit,
    new_visit,
    officer_and_user,
    tick_all,
)

D = dt.date


@pytest.fixture()
def ledger(master):  # type: ignore[no-untyped-def]
    """Awayan: visit 1 (2 Mar) makes follow-ups A, B, C due 31 Mar; visit 2 (6 Apr) records
    A done, B cancelled and C still open; visit 3 (4 May) records nothing. Bihara: one visit
    (10 Mar) with one follow-up D, never closed."""
    with at(master) as s:
        officer = people.add_officer(s, name="Rahmadi, S.AP.", nip="198605212010011006",
                                     villages=["Awayan", "Bihara"])
        awayan, bihara = villages.find_village(s, "Awayan").id, villages.find_village(s, "Bihara").id

        def visit(village_id: str, day: dt.date) -> str:
            return visits.create_visit(s, village_id=village_id, officer_id=officer.id, visit_date=day).id

        v1 = visit(awayan, D(2026, 3, 2))
        fa, fb, fc = (visits.add_follow_up(s, v1, task=task, responsible="Sekdes", due_on=D(2026, 3, 31))
                      for task in ("A Tutup buku kas", "B Perdes APBDes", "C Inventaris aset"))
        vb = visit(bihara, D(2026, 3, 10))
        visits.add_follow_up(s, vb, task="D Profil desa", due_on=D(2026, 3, 20))
        v2 = visit(awayan, D(2026, 4, 6))
        visits.record_progress(s, v2, fa.id, status="selesai", note="Sudah ditutup")
        visits.record_progress(s, v2, fb.id, status="dibatalkan", note="Tidak diperlukan")
        visits.record_progress(s, v2, fc.id, status="belum", note="Menunggu bendahara")
        v3 = visit(awayan, D(2026, 5, 4))
    return master, {"v1": v1, "v2": v2, "v3": v3, "vb": vb, "awayan": awayan, "bihara": bihara}


def _rows(replica, period: recap.Period) -> dict[str, recap.VisitRecapRow]:  # type: ignore[no-untyped-def]
    with at(replica) as s:
        return {r.visit_id: r for r in recap.visit_recap(s, period).rows}


def test_follow_ups_opened_closed_and_open_after_each_visit(ledger) -> None:  # type: ignore[no-untyped-def]
    replica, ids = ledger
    rows = _rows(replica, recap.Period(D(2026, 1, 1), D(2026, 6, 30)))
    counts = {key: (rows[ids[key]].follow_ups_opened, rows[ids[key]].follow_ups_closed,
                    rows[ids[key]].follow_ups_open) for key in ("v1", "vb", "v2", "v3")}
    # v2 closes two (one done, one cancelled); what it records counts on its own day
    assert counts == {"v1": (3, 0, 3), "vb": (1, 0, 1), "v2": (0, 2, 1), "v3": (0, 0, 1)}
    assert [r.visit_date for r in rows.values()] == [D(2026, 3, 2), D(2026, 3, 10), D(2026, 4, 6), D(2026, 5, 4)]


def test_a_cancelled_follow_up_counts_as_closed(ledger) -> None:  # type: ignore[no-untyped-def]
    replica, ids = ledger
    with at(replica) as s:
        fb = next(f for f in visits.follow_ups_created_in(s, ids["v1"]) if f.task.startswith("B"))
        visits.record_progress(s, ids["v2"], fb.id, status="belum")  # un-cancel: B is open again
    row = _rows(replica, recap.Period(D(2026, 1, 1), D(2026, 6, 30)))[ids["v2"]]
    assert (row.follow_ups_closed, row.follow_ups_open) == (1, 2)


def test_a_village_recap_counts_only_that_village(ledger) -> None:  # type: ignore[no-untyped-def]
    replica, ids = ledger
    rows = _rows(replica, recap.Period(D(2026, 1, 1), D(2026, 6, 30), ids["bihara"], "Bihara"))
    assert list(rows) == [ids["vb"]]
    assert (rows[ids["vb"]].follow_ups_opened, rows[ids["vb"]].follow_ups_open) == (1, 1)
    early = _rows(replica, recap.Period(D(2026, 3, 1), D(2026, 3, 31)))
    assert list(early) == [ids["v1"], ids["vb"]]


def test_open_follow_ups_on_a_date(ledger) -> None:  # type: ignore[no-untyped-def]
    replica, ids = ledger
    with at(replica) as s:
        before = recap.open_follow_ups(s, D(2026, 4, 5))
        on_the_day = recap.open_follow_ups(s, D(2026, 4, 6))
        awayan_only = recap.open_follow_ups(s, D(2026, 4, 6), ids["awayan"])
        too_early = recap.open_follow_ups(s, D(2026, 3, 1))
    # in the villages' order (by code: Bihara 63.11.03.2004 comes first), then oldest first
    assert [(o.village_name, o.task[0]) for o in before] == [("Bihara", "D"), ("Awayan", "A"), ("Awayan", "B"),
                                                           ("Awayan", "C")]
    assert [o.task[0] for o in on_the_day] == ["D", "C"]  # closed on 6 Apr: no longer open that day
    assert [o.task[0] for o in awayan_only] == ["C"]
    assert too_early == []
    d, c = on_the_day
    assert (c.last_note, c.last_update_on, c.age_days, c.overdue, c.days_overdue) == \
        ("Menunggu bendahara", D(2026, 4, 6), 35, True, 6)
    assert (d.last_note, d.last_update_on, d.responsible) == ("", None, "")
    a = before[1]
    assert (a.visit_date, a.due_on, a.as_of, a.responsible) == (D(2026, 3, 2), D(2026, 3, 31), D(2026, 4, 5), "Sekdes")
    with at(replica) as s:
        due_day = recap.open_follow_ups(s, D(2026, 3, 31), ids["awayan"])[0]
        made_that_day = recap.open_follow_ups(s, D(2026, 3, 2))
        made = {f.task: f.id for f in visits.follow_ups_created_in(s, ids["v1"])}
    assert (due_day.overdue, due_day.days_overdue) == (False, 0)
    # open on the day of the visit that made them, each with its own id
    assert [(o.task, o.id, o.age_days) for o in made_that_day] == [(task, made[task], 0) for task in sorted(made)]


def test_the_period_defaults_to_the_first_visit_until_today(ledger) -> None:  # type: ignore[no-untyped-def]
    replica, ids = ledger
    with at(replica) as s:  # the clock of helpers.at: 20 Nov 2026
        assert recap.resolve_period(s) == recap.Period(D(2026, 3, 2), D(2026, 11, 20))
        assert recap.resolve_period(s, village="Bihara") == \
            recap.Period(D(2026, 3, 10), D(2026, 11, 20), ids["bihara"], "Bihara")
        assert recap.resolve_period(s, date_to=D(2026, 3, 1)).date_from == D(2026, 3, 1)
        assert recap.resolve_period(s, date_from=D(2026, 4, 1), date_to=D(2026, 4, 1)) == \
            recap.Period(D(2026, 4, 1), D(2026, 4, 1))
        assert recap.resolve_period(s, village="Merah") == \
            recap.Period(D(2026, 1, 1), D(2026, 11, 20), villages.find_village(s, "Merah").id, "Merah")
        with pytest.raises(NotFound, match=r"^Desa 'Atlantis' tidak dikenal\.$"):
            recap.resolve_period(s, village="Atlantis")
        message = "Tanggal awal 05-01-2026 sesudah tanggal akhir 04-01-2026."
        with pytest.raises(UsageError, match=f"^{re.escape(message)}$") as refused:
            recap.resolve_period(s, date_from=D(2026, 1, 5), date_to=D(2026, 1, 4))
        assert refused.value.hint is Hint.CHECK_PERIOD


def test_build_recap_reports_each_step_and_gathers_every_part(ledger) -> None:  # type: ignore[no-untyped-def]
    replica, ids = ledger
    steps: list[tuple[int, int, str]] = []
    with at(replica) as s:
        data = recap.build_recap(s, recap.Period(D(2026, 1, 1), D(2026, 4, 6)), lambda n, total, label: steps.append((n, total, label)))
    assert [n for n, _, _ in steps] == list(range(recap.RECAP_STEPS + 1))
    assert {total for _, total, _ in steps} == {6}
    # what the window's progress shows, step by step
    assert [label for _, _, label in steps] == ["Rekap kunjungan", "Kelengkapan buku", "Tindak lanjut", "Cakupan",
                                                "Kepatuhan", "Aparatur desa", "Data terkumpul"]
    assert (data.kecamatan, data.kabupaten, data.province, data.made_on) == \
        ("Awayan", "Balangan", "Kalimantan Selatan", D(2026, 11, 20))
    assert (data.camat_name, data.camat_nip) == ("", "")  # none recorded yet
    assert [r.visit_id for r in data.visits.rows] == [ids["v1"], ids["vb"], ids["v2"]]
    assert [o.task[0] for o in data.follow_ups] == ["D", "C"]
    assert {v.village_name: v.visit_id for v in data.books.villages if v.visit_id} == \
        {"Bihara": ids["vb"], "Awayan": ids["v2"]}


# --- the workbook, read back ---------------------------------------------------------------


def _sheet(path: Path, name: str) -> dict[str, dict[str, Any]]:
    """A recap sheet's data rows read back with openpyxl, by the value of their first
    identifying column (the hidden id, or the village code), each as header → value."""
    wb = load_workbook(path)
    try:
        ws = wb[name]
        start, end = ws.auto_filter.ref.split(":")
        top = int(start[1:])
        last = int("".join(ch for ch in end if ch.isdigit()))
        header = [low.value or high.value for low, high in zip(ws[top], ws[top - 1])]
        rows = [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=top + 1, max_row=last)]
    finally:
        wb.close()
    key = next(h for h in ("Id Kunjungan", "Id Baris", "Kode Desa") if h in header)
    return {r[key]: r for r in rows}


def _workbook(replica, period: recap.Period, out: Path) -> Path:  # type: ignore[no-untyped-def]
    with at(replica) as s:
        data = recap.build_recap(s, period)
    excel.write_recap(data, out)
    return out


def _day(value: Any) -> dt.date | None:
    return value.date() if value is not None else None


@pytest.fixture()
def first_quarter(ledger, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The ledger, plus: visit 1's books and attendance (one attendee removed), Bihara's
    attendance, a second Awayan visit in March (20 Mar, recording A done), a deleted one in January and two a year before, plans (Awayan twice in
    February, once in March, and in March 2025; Bihara on 1 January and 1 March, and a
    deleted one in February) and the officials; the recap of January to March 2026 written
    to a workbook."""
    replica, ids = ledger
    with at(replica) as s:
        items = visits.results(s, ids["v1"])
        by_cat: dict[str, list[str]] = {}
        for r in items:
            by_cat.setdefault(r.category_code, []).append(r.item_code)
        a, b = by_cat["A"], by_cat["B"]
        for code, status in ((a[0], "lengkap"), (a[1], "belum_lengkap"), (a[2], "tidak_berlaku"), (b[0], "tidak_ada")):
            visits.set_result(s, ids["v1"], code, status=status)
        for name, group, gender, present in (("Hendra", "pemdes", "L", True), ("Siti", "pemdes", "P", True),
                                             ("Rusdi", "bpd", "L", True), ("Warga", "masyarakat", None, True),
                                             ("Aminah", "lkd", "P", False)):
            visits.add_attendee(s, ids["v1"], name=name, group=group, gender=gender, present=present)
        visits.remove_attendee(s, visits.add_attendee(s, ids["v1"], name="Salah Tulis", group="pemdes", gender="L").id)
        visits.add_attendee(s, ids["vb"], name="Nur", group="kecamatan", gender="P")
        visits.add_attendee(s, ids["vb"], name="Yusuf", group="pemdes", gender="L")
        officer = s.get(Visit, ids["v1"]).officer_id
        v4 = visits.create_visit(s, village_id=ids["awayan"], officer_id=officer, visit_date=D(2026, 3, 20)).id
        task_a = next(f for f in visits.follow_ups_created_in(s, ids["v1"]) if f.task.startswith("A"))
        visits.record_progress(s, v4, task_a.id, status="selesai", note="Sudah ditutup")
        for day in (D(2026, 2, 10), D(2026, 2, 3), D(2026, 3, 16)):
            s.add(ScheduleEntry(village_id=ids["awayan"], officer_id=officer, planned_date=day, note=""))
        for village, day in (("bihara", D(2026, 1, 1)), ("bihara", D(2026, 3, 1)), ("awayan", D(2025, 3, 5))):
            s.add(ScheduleEntry(village_id=ids[village], officer_id=officer, planned_date=day, note=""))
        for day in (D(2025, 3, 9), D(2025, 5, 12)):
            visits.create_visit(s, village_id=ids["awayan"], officer_id=officer, visit_date=day)
        dropped = ScheduleEntry(village_id=ids["bihara"], officer_id=officer, planned_date=D(2026, 2, 2), note="")
        s.add(dropped)
        s.flush()
        s.delete(dropped)
        visits.delete_visit(s, visits.create_visit(s, village_id=ids["awayan"], officer_id=officer,
                                                   visit_date=D(2026, 1, 12)).id)
        gone = villages.add_official(s, ids["awayan"], name="Mantan Sekdes", position="Sekretaris Desa").id
        villages.remove_official(s, gone)
        villages.add_official(s, ids["awayan"], name="Hendra Saputra", position="Kepala Desa", gender="L",
                              nip="198001012010011001", phone="081234", term_start=D(2020, 5, 1),
                              term_end=D(2026, 5, 1))
        villages.add_official(s, ids["awayan"], name="Ahmad Yani", position="Ketua BPD", body="bpd", active=False)
        villages.add_official(s, ids["bihara"], name="Rina", position="Kaur Keuangan", gender="P")
    out = _workbook(replica, recap.Period(D(2026, 1, 1), D(2026, 3, 31)), tmp_path / "rekap.xlsx")
    names = {r.category_code: r.category for r in items}
    return replica, {**ids, "v4": v4, "a": a, "b": b, "n": len(items), "na": len(a), "nb": len(b),
                     "cat_a": names["A"]}, out


def test_the_workbook_shows_each_visits_scores_and_attendance(first_quarter) -> None:  # type: ignore[no-untyped-def]
    _, ids, out = first_quarter
    rows = _sheet(out, excel.SHEET_VISITS)
    assert list(rows) == [ids["v1"], ids["vb"], ids["v4"]]
    v1, vb, v4 = rows[ids["v1"]], rows[ids["vb"]], rows[ids["v4"]]
    a = next(h for h in v1 if str(h).startswith("A. "))
    assert a == f"A. {ids['cat_a']}"
    b = next(h for h in v1 if str(h).startswith("B. "))
    # (lengkap + ½ × belum lengkap) ÷ (books − tidak berlaku), per category and overall
    assert v1[a] == pytest.approx(1.5 / (ids["na"] - 1))
    assert v1[b] == 0
    assert v1["Keseluruhan"] == pytest.approx(1.5 / (ids["n"] - 1))
    assert (v4[a], v4["Keseluruhan"]) == (0, 0)
    present = ("Pemerintah Desa", "BPD", "LKD", "Masyarakat", "Kecamatan", "Lainnya")
    assert set(present) <= set(v1)
    assert [v1[g] for g in present] == [2, 1, 0, 1, 0, 0]  # the absent LKD member is not counted
    assert (v1["Laki-laki"], v1["Perempuan"], v1["Jumlah"]) == (2, 1, 4)
    assert [vb[g] for g in present] == [1, 0, 0, 0, 1, 0]
    assert (vb["Laki-laki"], vb["Perempuan"], vb["Jumlah"]) == (1, 1, 2)
    assert (v4["Jumlah"], v4["Baru"], v4["Selesai / Batal"], v4["Masih Terbuka"]) == (0, 0, 1, 2)
    assert (v1["Status"], _day(v1["Tanggal"]), v1["Desa"], v1["Pendamping"]) == \
        ("Draf (belum disetujui)", D(2026, 3, 2), "Awayan", "Rahmadi, S.AP.")
    replica = first_quarter[0]
    with at(replica) as s:
        code = next(v.code for v in villages.list_villages(s) if v.id == ids["awayan"])
    assert v1["Kode Desa"] == v4["Kode Desa"] == code
    closed = {vid: r.follow_ups_closed for vid, r in _rows(replica, recap.Period(D(2026, 1, 1), D(2026, 6, 30))).items()}
    assert (closed[ids["v4"]], closed[ids["v2"]]) == (1, 2)  # each visit its own
    assert list(_rows(replica, recap.Period(D(2026, 3, 3), D(2026, 3, 31)))) == [ids["vb"], ids["v4"]]
    with at(replica) as s:  # none of them approved yet
        assert recap.visit_recap(s, recap.Period(D(2026, 1, 1), D(2026, 3, 31)), approved_only=True).rows == ()


def test_the_workbook_shows_each_villages_books_at_its_latest_visit(first_quarter) -> None:  # type: ignore[no-untyped-def]
    replica, ids, out = first_quarter
    with at(replica) as s:
        codes = {v.id: v.code for v in villages.list_villages(s)}
    rows = _sheet(out, excel.SHEET_BOOKS)
    assert list(rows) == sorted(codes.values())
    awayan, bihara = rows[codes[ids["awayan"]]], rows[codes[ids["bihara"]]]
    # Awayan's latest visit up to 31 March is the second one (20 March), with nothing checked yet
    assert _day(awayan["Kunjungan Terakhir"]) == D(2026, 3, 20) and awayan["Nilai"] == 0
    books = [h for h in awayan if h and h.split(" ")[0] in set(ids["a"]) | set(ids["b"])]
    assert len(books) == ids["na"] + ids["nb"]
    assert all(awayan[h] is None for h in books)
    assert (_day(bihara["Kunjungan Terakhir"]), bihara["Status Kunjungan"]) == (D(2026, 3, 10),
                                                                               "Draf (belum disetujui)")
    others = [r for code, r in rows.items() if code not in (codes[ids["awayan"]], codes[ids["bihara"]])]
    assert others and all((r["Kunjungan Terakhir"], r["Status Kunjungan"], r["Nilai"]) == (None, "Belum dikunjungi",
                                                                                           None) for r in others)


def test_the_books_of_a_visit_show_its_results(first_quarter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    replica, ids, _ = first_quarter
    out = _workbook(replica, recap.Period(D(2026, 1, 1), D(2026, 3, 19), ids["awayan"], "Awayan"),
                    tmp_path / "awayan.xlsx")
    rows = _sheet(out, excel.SHEET_BOOKS)
    (awayan,) = rows.values()
    assert _day(awayan["Kunjungan Terakhir"]) == D(2026, 3, 2)
    column = {h.split(" ")[0]: h for h in awayan if h and h.split(" ")[0] in set(ids["a"]) | set(ids["b"])}
    a, b = ids["a"], ids["b"]
    assert [awayan[column[c]] for c in (a[0], a[1], a[2], b[0], b[1])] == \
        ["Lengkap", "Belum lengkap", "Tidak berlaku", "Tidak ada", None]
    assert awayan["Nilai"] == pytest.approx(1.5 / (ids["n"] - 1))


def test_the_workbook_shows_coverage_planned_against_done(first_quarter) -> None:  # type: ignore[no-untyped-def]
    replica, ids, out = first_quarter
    with at(replica) as s:
        codes = {v.id: v.code for v in villages.list_villages(s)}
    rows = _sheet(out, excel.SHEET_COVERAGE)
    awayan, bihara = rows[codes[ids["awayan"]]], rows[codes[ids["bihara"]]]
    planned = "Rencana s.d. 31/03/2026"
    # Awayan: planned twice in February (missed), once in March (done, twice), nothing in January
    assert [awayan[m] for m in ("Jan", "Feb", "Mar")] == [None, 0, 2]
    assert (awayan[planned], awayan["Terlaksana"], awayan["Cakupan"], awayan["Jumlah Kunjungan"]) == (2, 1, 0.5, 2)
    # Bihara: planned on 1 January (missed) and on 1 March (visited on the 10th)
    assert [bihara[m] for m in ("Jan", "Feb", "Mar")] == [0, None, 1]
    assert (bihara[planned], bihara["Terlaksana"], bihara["Cakupan"], bihara["Jumlah Kunjungan"]) == (2, 1, 0.5, 1)
    assert (awayan["Desa"], bihara["Desa"]) == ("Awayan", "Bihara")
    with at(replica) as s:
        cov = recap.coverage(s, recap.Period(D(2026, 1, 15), D(2026, 3, 31)))
        alone = recap.coverage(s, recap.Period(D(2026, 1, 15), D(2026, 3, 31), ids["awayan"], "Awayan"))
        to_first = recap.coverage(s, recap.Period(D(2026, 1, 15), D(2026, 3, 1)))
    cells = next(r for r in cov.rows if r.village_id == ids["awayan"]).cells
    assert cov.months == (D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1))
    assert [(c.planned, c.done, c.first_planned) for c in cells] == [(0, 0, None), (2, 0, D(2026, 2, 3)),
                                                                    (1, 2, D(2026, 3, 16))]
    assert [r.village_id for r in alone.rows] == [ids["awayan"]] and alone.rows[0].cells == cells
    # a period ending on the first of a month shows that month, without what comes after in it; a
    # plan on the period's last day is due
    assert to_first.months[-1] == D(2026, 3, 1)
    early = {r.village_id: r for r in to_first.rows}
    assert early[ids["awayan"]].cells[-1] == recap.CoverageCell(0, 0, None)
    assert (early[ids["bihara"]].cells[-1], early[ids["bihara"]].planned_due) == \
        (recap.CoverageCell(1, 0, D(2026, 3, 1)), 2)
    with at(replica) as s:  # the same month of two years
        two_years = recap.coverage(s, recap.Period(D(2025, 3, 1), D(2026, 3, 31)))
    awayan_cells = next(r for r in two_years.rows if r.village_id == ids["awayan"]).cells
    assert (awayan_cells[0], awayan_cells[2], awayan_cells[-1]) == (recap.CoverageCell(1, 1, D(2025, 3, 5)),
                                                                    recap.CoverageCell(0, 1, None),
                                                                    recap.CoverageCell(1, 2, D(2026, 3, 16)))


def test_the_workbook_lists_the_officials_not_removed(first_quarter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    replica, ids, out = first_quarter
    rows = list(_sheet(out, excel.SHEET_OFFICIALS).values())
    header = oi.FIELD_LABELS
    got = [tuple(r[header[f]] for f in ("village_name", "name", "position", "body", "gender", "nip", "phone",
                                        "active")) for r in rows]
    assert got == [("Bihara", "Rina", "Kaur Keuangan", "Pemerintah Desa", "P", None, None, "Ya"),
                   ("Awayan", "Hendra Saputra", "Kepala Desa", "Pemerintah Desa", "L", "198001012010011001", "081234",
                    "Ya"),
                   ("Awayan", "Ahmad Yani", "Ketua BPD", "BPD", None, None, None, "Tidak")]
    with at(replica) as s:
        codes = {v.id: v.code for v in villages.list_villages(s)}
    assert [r[header["village_code"]] for r in rows] == [codes[ids["bihara"]], codes[ids["awayan"]],
                                                         codes[ids["awayan"]]]
    hendra = rows[1]
    assert (_day(hendra[header["term_start"]]), _day(hendra[header["term_end"]])) == (D(2020, 5, 1), D(2026, 5, 1))
    only = _workbook(replica, recap.Period(D(2026, 1, 1), D(2026, 3, 31), ids["bihara"], "Bihara"),
                     tmp_path / "bihara.xlsx")
    assert [r[header["name"]] for r in _sheet(only, excel.SHEET_OFFICIALS).values()] == ["Rina"]


def test_coverage_lists_villages_by_code_also_one_added_later(master) -> None:  # type: ignore[no-untyped-def]
    """A village added after the others with a lower code (a split or a recoded village) takes
    its place by code in the coverage rows and the book matrix, not at the end."""
    from perut_desktop.models import Subdistrict

    with at(master) as s:
        sub = s.query(Subdistrict).one()
        villages.add_villages(s, sub.id, [villages.VillageRow("63.11.03.1999", "Desa Pemekaran")])
    with master.begin() as s:
        rows = recap.coverage(s, recap.Period(D(2026, 1, 1), D(2026, 3, 31))).rows
        books = recap.latest_books(s, recap.Period(D(2026, 1, 1), D(2026, 3, 31))).villages
    codes = [r.village_code for r in rows]
    assert codes == sorted(codes) and codes[0] == "63.11.03.1999" and len(codes) == 24
    assert [r.village_code for r in books] == codes  # the book matrix too


# --- the books across templates, and approved visits only ------------------------------------


PEDOMAN_ONLY = ("A.4", "C.2")  # Pedoman books that no book of the Permendagri list continues


def test_each_book_has_one_column_across_templates(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Awayan was last visited with the Pedoman list, Bihara (after the office published the
    Permendagri list) with the new one: a book both lists hold is one column, under the
    current list's code and title; a Pedoman book with no equivalent keeps its own column,
    after the current books of its category; a book only the new list has is empty for
    Awayan. A one-village recap shows only the columns of that village's books, also under
    the current list's codes and titles."""
    with at(master) as s:
        officer = people.add_officer(s, name="Rahmadi, S.AP.", villages=["Awayan", "Bihara"]).id
        awayan, bihara = villages.find_village(s, "Awayan").id, villages.find_village(s, "Bihara").id
        old = visits.create_visit(s, village_id=awayan, officer_id=officer, visit_date=D(2026, 3, 2)).id
        visits.set_result(s, old, "A.3", status="lengkap")  # continued by P47.A.4
        visits.set_result(s, old, "A.4", status="tidak_ada")
        templates.publish_template_named(s, "PERMENDAGRI-47-2016")
        new = visits.create_visit(s, village_id=bihara, officer_id=officer, visit_date=D(2026, 3, 5)).id
        visits.set_result(s, new, "P47.A.4", status="belum_lengkap")
        visits.set_result(s, new, "P47.A.3", status="lengkap")
        everyone = recap.latest_books(s, recap.Period(D(2026, 1, 1), D(2026, 3, 31)))
        alone = recap.latest_books(s, recap.Period(D(2026, 1, 1), D(2026, 3, 31), awayan, "Awayan"))
        p47 = [i.code for i in templates.current_template(s).items]
    p47_of = {"A": [c for c in p47 if c.startswith("P47.A.")], "C": [c for c in p47 if c.startswith("P47.C.")]}
    expected = [*p47_of["A"], "A.4", *(c for c in p47 if c.startswith("P47.B.")), *p47_of["C"], "C.2",
                *(c for c in p47 if c.startswith("P47.D."))]
    assert [b.code for b in everyone.books] == expected
    columns = {b.code: b for b in everyone.books}
    assert (columns["P47.A.4"].title, columns["P47.A.4"].category_code, columns["P47.A.4"].category) == \
        ("Buku Aparat Pemerintah Desa", "A", "Administrasi Umum")
    assert (columns["A.4"].title, columns["C.2"].category_code) == \
        ("Buku Tanah Kas Desa dan Buku Tanah di Desa", "C")
    rows = {r.village_id: r for r in everyone.villages}
    assert (rows[awayan].visit_id, rows[bihara].visit_id) == (old, new)
    assert rows[awayan].statuses["P47.A.4"] == "lengkap" and rows[awayan].statuses["A.4"] == "tidak_ada"
    assert "P47.A.3" not in rows[awayan].statuses and "A.3" not in rows[awayan].statuses
    assert len(rows[awayan].statuses) == 18 and set(PEDOMAN_ONLY) <= set(rows[awayan].statuses)
    assert (rows[bihara].statuses["P47.A.4"], rows[bihara].statuses["P47.A.3"]) == ("belum_lengkap", "lengkap")
    assert set(rows[bihara].statuses) == set(p47)
    # Awayan alone: a column for each book of its visit and no other, by category, each cell filled
    [only] = alone.villages
    assert (only.village_id, only.visit_id) == (awayan, old)
    codes = [b.code for b in alone.books]
    assert len(codes) == len(set(codes)) == 18 and set(codes) == set(only.statuses)
    # under the current list's code and title, as in the recap of every village
    assert "P47.A.4" in codes and "A.3" not in codes and only.statuses["P47.A.4"] == "lengkap"
    assert {b.code: b.title for b in alone.books}["P47.A.4"] == columns["P47.A.4"].title
    assert {b.code: (b.category_code, b.category) for b in alone.books}["P47.A.4"] == ("A", "Administrasi Umum")
    # in the same order as in the recap of every village: the current list's books in its
    # order, then the books it does not have
    assert codes == [b.code for b in everyone.books if b.code in set(codes)]
    assert [b.category_code for b in alone.books] == sorted(b.category_code for b in alone.books)
    assert sorted(only.statuses.values(), key=str) == sorted(rows[awayan].statuses.values(), key=str)
    # the workbook: one cell per book, under the current list's heading
    out = _workbook(master, recap.Period(D(2026, 1, 1), D(2026, 3, 31)), tmp_path / "buku.xlsx")
    with at(master) as s:
        village_code = {v.id: v.code for v in villages.list_villages(s)}
    sheet = _sheet(out, excel.SHEET_BOOKS)
    heading = {str(h).split(" ")[0]: h for h in sheet[village_code[awayan]] if h}
    assert heading["P47.A.4"] == "P47.A.4 Buku Aparat Pemerintah Desa" and "A.3" not in heading
    assert (sheet[village_code[awayan]][heading["P47.A.4"]], sheet[village_code[bihara]][heading["P47.A.4"]]) == \
        ("Lengkap", "Belum lengkap")
    assert (sheet[village_code[awayan]][heading["A.4"]], sheet[village_code[bihara]][heading["A.4"]]) == ("Tidak ada", None)


def test_a_recap_of_approved_visits_shows_the_books_of_the_newest_approved_one(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Awayan's visit of 2 March is approved with every book complete; a newer draft (9 March)
    found every book missing. The recap of approved visits shows the approved visit's books
    and score; the full recap the draft's."""
    officer, kasi = officer_and_user(master)
    camat = camat_profile(master)
    approved = new_visit(master, officer, day=D(2026, 3, 2))
    complete_visit(master, approved)
    with at(master) as s:
        workflow.submit_visit(s, approved)
    with at(master, actor_id=kasi) as s:
        workflow.verify_visit(s, approved)
    with at(master, actor_id=camat) as s:
        workflow.approve_visit(s, approved)
    draft = new_visit(master, officer, day=D(2026, 3, 9))
    tick_all(master, draft, "tidak_ada")
    period = recap.Period(D(2026, 1, 1), D(2026, 3, 31))
    with at(master) as s:
        awayan = villages.find_village(s, "Awayan")
        both = {flag: recap.build_recap(s, period, approved_only=flag) for flag in (True, False)}
    for flag, (visit, status, overall, result) in {True: (approved, "disetujui", 1.0, "lengkap"),
                                                   False: (draft, "draf", 0.0, "tidak_ada")}.items():
        data = both[flag]
        assert (data.approved_only, data.camat_name, data.camat_nip) == (flag, CAMAT_NAME, CAMAT_NIP)
        [row] = [r for r in data.books.villages if r.village_id == awayan.id]
        assert (row.visit_id, row.visit_date, row.visit_status, row.overall) == \
            (visit, D(2026, 3, 2) if flag else D(2026, 3, 9), status, overall)
        assert row.statuses and set(row.statuses.values()) == {result}
        assert all(r.visit_id is None for r in data.books.villages if r.village_id != awayan.id)
        out = tmp_path / f"rekap-{flag}.xlsx"
        excel.write_recap(data, out)
        cells = _sheet(out, excel.SHEET_BOOKS)[awayan.code]
        assert (_day(cells["Kunjungan Terakhir"]), cells["Nilai"]) == (row.visit_date, overall)
        assert [r.visit_id for r in data.visits.rows] == ([approved] if flag else [approved, draft])


def test_books_of_earlier_visits_have_no_column(master) -> None:  # type: ignore[no-untyped-def]
    """Awayan was visited with the Pedoman list and again after the Permendagri list was
    published: only the books of the newest visit have columns (not the Pedoman books without
    an equivalent), and its cells are that visit's results."""
    with at(master) as s:
        officer = people.add_officer(s, name="Rahmadi, S.AP.", villages=["Awayan"]).id
        awayan = villages.find_village(s, "Awayan").id
        old = visits.create_visit(s, village_id=awayan, officer_id=officer, visit_date=D(2026, 3, 2)).id
        for code in ("A.3", "A.4", "C.2"):
            visits.set_result(s, old, code, status="lengkap")
        templates.publish_template_named(s, "PERMENDAGRI-47-2016")
        new = visits.create_visit(s, village_id=awayan, officer_id=officer, visit_date=D(2026, 3, 9)).id
        visits.set_result(s, new, "P47.A.3", status="tidak_ada")
        matrix = recap.latest_books(s, recap.Period(D(2026, 1, 1), D(2026, 3, 31)))
        p47 = [i.code for i in templates.current_template(s).items]
    assert [b.code for b in matrix.books] == p47
    [row] = [r for r in matrix.villages if r.village_id == awayan]
    assert row.visit_id == new and set(row.statuses) == set(p47)
    assert {c: st for c, st in row.statuses.items() if st} == {"P47.A.3": "tidak_ada"}


def test_a_book_column_takes_the_newest_template_versions_title_in_the_templates_order(  # type: ignore[no-untyped-def]
        master, tmp_path: Path) -> None:
    """An office template listing its books out of code order, in two versions (the second
    renames K.1): Awayan was visited with the first, Bihara with the second, and then the
    Pedoman list is current again. K.1's column takes the newer version's title, and the
    columns keep the template's order, not the order of their codes."""
    first, second = tmp_path / "khusus-1.csv", tmp_path / "khusus-2.csv"
    rows = "K.2,K,Khusus,Buku Dua\nK.10,K,Khusus,Buku Sepuluh\nK.1,K,Khusus,{}\n"
    first.write_text("code,category_code,category,title\n" + rows.format("Buku Satu"), encoding="utf-8")
    second.write_text("code,category_code,category,title\n" + rows.format("Buku Satu (judul baru)"), encoding="utf-8")
    with at(master) as s:
        officer = people.add_officer(s, name="Rahmadi, S.AP.", villages=["Awayan", "Bihara"]).id
        awayan, bihara = villages.find_village(s, "Awayan").id, villages.find_village(s, "Bihara").id
        templates.load_template(s, code="KHUSUS", name="Khusus", path=first, source="", make_current=True)
        old = visits.create_visit(s, village_id=awayan, officer_id=officer, visit_date=D(2026, 3, 2)).id
        visits.set_result(s, old, "K.1", status="lengkap")
        templates.load_template(s, code="KHUSUS", name="Khusus", path=second, source="", make_current=True)
        new = visits.create_visit(s, village_id=bihara, officer_id=officer, visit_date=D(2026, 3, 3)).id
        visits.set_result(s, new, "K.1", status="belum_lengkap")
        templates.publish_template_named(s, "PEDOMAN-PERUT")
        matrix = recap.latest_books(s, recap.Period(D(2026, 1, 1), D(2026, 3, 31)))
    assert [(b.code, b.title) for b in matrix.books] == [("K.2", "Buku Dua"), ("K.10", "Buku Sepuluh"),
                                                          ("K.1", "Buku Satu (judul baru)")]
    rows_by = {r.village_id: r for r in matrix.villages}
    assert (rows_by[awayan].statuses["K.1"], rows_by[bihara].statuses["K.1"]) == ("lengkap", "belum_lengkap")


def test_the_compliance_rows_carry_each_finding_with_its_rule_for_the_villages_asked(master) -> None:  # type: ignore[no-untyped-def]
    """Tundi and Awayan both record three urusan for a swadaya village: each has the finding,
    with the rule's title and the finding's own words, as of the period's end; a one-village
    recap has that village's findings only."""
    from perut_desktop.services.compliance import RULES_BY_CODE
    from perut_desktop.services.compliance.facts import findings_for_village

    end = D(2026, 3, 31)
    with at(master) as s:
        tundi, awayan = villages.find_village(s, "Tundi").id, villages.find_village(s, "Awayan").id
        for village in (tundi, awayan):
            villages.update_profile(s, village, classification="swadaya", sotk_urusan=3, sotk_seksi=2)
        # Awayan's head's term ends in June: the BPD's notice was due six months before
        villages.update_profile(s, awayan, kades_name="Hendra Saputra", kades_term_ends_on=D(2026, 6, 1))
        every = recap.compliance_rows(s, recap.Period(D(2026, 1, 1), end))
        alone = recap.compliance_rows(s, recap.Period(D(2026, 1, 1), end, tundi, "Tundi"))
        own = {f.rule_code: f for f in findings_for_village(s, tundi, end)}
        awayans = findings_for_village(s, awayan, end)
        code = next(v.code for v in villages.list_villages(s) if v.id == tundi)
    assert {r.village_name for r in every} >= {"Tundi", "Awayan"}
    assert {r.village_name for r in alone} == {"Tundi"} and len(alone) == len(own)
    [row] = [r for r in alone if r.rule_code == "SOTK_KLASIFIKASI"]
    f = own["SOTK_KLASIFIKASI"]
    assert (row.village_code, row.rule_title) == (code, RULES_BY_CODE["SOTK_KLASIFIKASI"].title) and row.rule_title
    assert (row.severity, row.message, row.source, row.rule_version, row.as_of, row.due_on) == \
        (f.severity, f.message, f.source, f.rule_version, end, f.due_on)
    assert [(r.rule_code, r.message) for r in alone] == \
        [(r.rule_code, r.message) for r in every if r.village_name == "Tundi"]
    dated = [(r.rule_code, r.due_on) for r in every if r.village_name == "Awayan"]
    assert dated == [(f.rule_code, f.due_on) for f in awayans] and D(2025, 12, 1) in {d for _, d in dated}


def test_open_counts_follow_a_reopened_follow_up_and_one_due_after_later_ones(ledger) -> None:  # type: ignore[no-untyped-def]
    """Visit 1 also makes F, due long after E, which visit 2 makes; visit 3 reopens A (done at
    visit 2) and closes C. Each visit's open count follows: 4 after visit 1, 3 after visit 2
    (A done, B cancelled, E new), 3 after visit 3 (A open again, C done)."""
    replica, ids = ledger
    with at(replica) as s:
        made = {f.task[0]: f.id for f in visits.follow_ups_created_in(s, ids["v1"])}
        visits.add_follow_up(s, ids["v1"], task="F Arsip desa", due_on=D(2026, 6, 30))
        visits.add_follow_up(s, ids["v2"], task="E Papan informasi", due_on=D(2026, 4, 20))
        visits.record_progress(s, ids["v3"], made["A"], status="belum", note="Buku kas belum ditutup")
        visits.record_progress(s, ids["v3"], made["C"], status="selesai")
    rows = _rows(replica, recap.Period(D(2026, 1, 1), D(2026, 6, 30)))
    assert [rows[ids[v]].follow_ups_open for v in ("v1", "v2", "v3")] == [4, 3, 3]
    with at(replica) as s:
        still = recap.open_follow_ups(s, D(2026, 5, 4), ids["awayan"])
    assert [o.task[0] for o in still] == ["A", "F", "E"]


def _another_awayan_visit(s, ids: dict[str, str], day: dt.date) -> str:  # type: ignore[no-untyped-def]
    """A visit to Awayan on ``day`` by the officer of the ledger's visits."""
    return visits.create_visit(s, village_id=ids["awayan"], officer_id=s.get(Visit, ids["v1"]).officer_id,
                               visit_date=day).id


def test_progress_entered_out_of_date_order_counts_on_its_own_day(ledger) -> None:  # type: ignore[no-untyped-def]
    """Visit 3 (4 May) records C done; a visit of 20 April, entered only afterwards, records C
    cancelled. Each visit's open count follows the days, not the order of entry: C is open
    after visit 2 and closed after the 20 April visit."""
    replica, ids = ledger
    with at(replica) as s:
        made = {f.task[0]: f.id for f in visits.follow_ups_created_in(s, ids["v1"])}
        visits.record_progress(s, ids["v3"], made["C"], status="selesai")
        late = _another_awayan_visit(s, ids, D(2026, 4, 20))
        visits.record_progress(s, late, made["C"], status="dibatalkan")
    rows = _rows(replica, recap.Period(D(2026, 1, 1), D(2026, 6, 30)))
    assert [rows[v].follow_ups_open for v in (ids["v2"], late, ids["v3"])] == [1, 0, 0]
    assert rows[late].follow_ups_closed == 1


def test_progress_recorded_at_a_deleted_visit_no_longer_counts(ledger) -> None:  # type: ignore[no-untyped-def]
    """Visit 3 (a draft) records C done and is then deleted: C is open again for the recap
    and for the list of open follow-ups."""
    replica, ids = ledger
    with at(replica) as s:
        made = {f.task[0]: f.id for f in visits.follow_ups_created_in(s, ids["v1"])}
        visits.record_progress(s, ids["v3"], made["C"], status="selesai")
        later = _another_awayan_visit(s, ids, D(2026, 6, 1))
    assert _rows(replica, recap.Period(D(2026, 1, 1), D(2026, 6, 30)))[later].follow_ups_open == 0
    with at(replica) as s:
        visits.delete_visit(s, ids["v3"])
    assert _rows(replica, recap.Period(D(2026, 1, 1), D(2026, 6, 30)))[later].follow_ups_open == 1
    with at(replica) as s:
        assert [o.task[0] for o in recap.open_follow_ups(s, D(2026, 6, 1), ids["awayan"])] == ["C"]


def test_progress_dated_before_its_follow_up_never_makes_a_count_negative(ledger) -> None:  # type: ignore[no-untyped-def]
    """Visit 1's date moved after visit 2, which had recorded progress on visit 1's follow-ups:
    nothing is open after visit 2 (the follow-ups do not exist yet that day), and from visit 1
    on only C, which visit 2 left open."""
    replica, ids = ledger
    with at(replica) as s:
        visits.edit_visit(s, ids["v1"], visit_date=D(2026, 4, 10))
    rows = _rows(replica, recap.Period(D(2026, 1, 1), D(2026, 6, 30)))
    assert [rows[ids[v]].follow_ups_open for v in ("v2", "v1", "v3")] == [0, 1, 1]


def test_a_visit_has_no_score_in_a_category_its_list_does_not_have(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Awayan visited with the Pedoman list, Bihara after the office published a list of its
    own with a category the Pedoman lacks: the recap has a column for every category of
    either list, and a visit's cell of a category its own list lacks is empty, not zero."""
    own = tmp_path / "daftar-kecamatan.csv"
    own.write_text("code,category,title,category_code\n"
                   "K.A.1,Administrasi Umum,Buku Peraturan di Desa,A\n"
                   "K.E.1,Administrasi Lainnya,Buku Agenda Surat Camat,E\n", encoding="utf-8")
    with at(master) as s:
        officer = people.add_officer(s, name="Rahmadi, S.AP.", villages=["Awayan", "Bihara"]).id
        awayan, bihara = villages.find_village(s, "Awayan").id, villages.find_village(s, "Bihara").id
        old = visits.create_visit(s, village_id=awayan, officer_id=officer, visit_date=D(2026, 3, 2)).id
        templates.load_template(s, code="KEC-AWAYAN", name="Daftar Kecamatan Awayan", path=own, source="",
                                make_current=True)
        new = visits.create_visit(s, village_id=bihara, officer_id=officer, visit_date=D(2026, 3, 5)).id
    tick_all(master, old)
    tick_all(master, new)
    with at(master) as s:
        found = recap.visit_recap(s, recap.Period(D(2026, 1, 1), D(2026, 3, 31)))
        old_codes = {c.category_code for c in scores.visit_score(s, old).categories}
        new_codes = {c.category_code for c in scores.visit_score(s, new).categories}
    assert new_codes == {"A", "E"} and "E" not in old_codes and len(old_codes) > 1
    rows = {r.visit_id: r for r in found.rows}
    by_code = {c.code: n for n, c in enumerate(found.categories)}
    assert set(by_code) == old_codes | new_codes
    for vid, codes in ((old, old_codes), (new, new_codes)):
        assert {c: rows[vid].scores[n] for c, n in by_code.items() if c not in codes} == \
            dict.fromkeys(set(by_code) - codes)
        assert all(rows[vid].scores[by_code[c]] == 1.0 for c in codes), rows[vid].scores


def test_a_one_village_recap_keeps_the_current_lists_order_of_books(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Awayan last visited with the Pedoman list; the office then published a list of its own
    whose books continue two Pedoman books, in an order of its own (not its codes' order). The
    one-village recap names those books by the new list and in the new list's order."""
    own = tmp_path / "daftar-kecamatan.csv"
    own.write_text("code,category,title,category_code,continues\n"
                   "K.2,Administrasi Umum,Buku Peraturan di Desa,A,A.1\n"
                   "K.1,Administrasi Umum,Buku Keputusan Kepala Desa,A,A.2\n", encoding="utf-8")
    with at(master) as s:
        officer = people.add_officer(s, name="Rahmadi, S.AP.", villages=["Awayan"]).id
        awayan = villages.find_village(s, "Awayan").id
        old = visits.create_visit(s, village_id=awayan, officer_id=officer, visit_date=D(2026, 3, 2)).id
        templates.load_template(s, code="KEC-AWAYAN", name="Daftar Kecamatan Awayan", path=own, source="",
                                make_current=True)
    tick_all(master, old)
    with at(master) as s:
        alone = recap.latest_books(s, recap.Period(D(2026, 1, 1), D(2026, 3, 31), awayan, "Awayan"))
    codes = [b.code for b in alone.books]
    assert codes[:2] == ["K.2", "K.1"]
    assert [b.title for b in alone.books[:2]] == ["Buku Peraturan di Desa", "Buku Keputusan Kepala Desa"]
    assert "A.1" not in codes and "A.2" not in codes


def test_progress_moves_with_the_date_of_the_visit_that_recorded_it(ledger) -> None:  # type: ignore[no-untyped-def]
    """Visit 2's date corrected from 6 April to 20 April: the progress it recorded (A done, and
    B cancelled, withdrawn before the correction and recorded again after it) counts from 20
    April — A and B still open on 10 April."""
    replica, ids = ledger
    with at(replica) as s:
        made = {f.task[0]: f.id for f in visits.follow_ups_created_in(s, ids["v1"])}
        visits.withdraw_progress(s, ids["v2"], made["B"])
        visits.edit_visit(s, ids["v2"], visit_date=D(2026, 4, 20))
        visits.record_progress(s, ids["v2"], made["B"], status="dibatalkan")
        assert [o.task[0] for o in recap.open_follow_ups(s, D(2026, 4, 10), ids["awayan"])] == ["A", "B", "C"]
        assert [o.task[0] for o in recap.open_follow_ups(s, D(2026, 4, 20), ids["awayan"])] == ["C"]
    rows = _rows(replica, recap.Period(D(2026, 1, 1), D(2026, 6, 30)))
    assert (rows[ids["v2"]].follow_ups_closed, rows[ids["v2"]].follow_ups_open) == (2, 1)
