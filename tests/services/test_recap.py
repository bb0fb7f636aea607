"""What the recap counts: follow-ups opened, closed (done or cancelled) and still open after
each visit, open follow-ups on a date, and the period a recap covers. Small data built here,
so each number can be checked by hand (the demo-sized recap is in tests/reports)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from perut_desktop.errors import Hint, NotFound, UsageError
from perut_desktop.services import people, recap, villages, visits
from tests.services.helpers import at

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
    assert (due_day.overdue, due_day.days_overdue) == (False, 0)


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
    assert steps[0][2] == "Rekap kunjungan" and steps[-1][2] == "Data terkumpul"
    assert (data.kecamatan, data.made_on) == ("Awayan", D(2026, 11, 20))
    assert [r.visit_id for r in data.visits.rows] == [ids["v1"], ids["vb"], ids["v2"]]
    assert [o.task[0] for o in data.follow_ups] == ["D", "C"]
    assert {v.village_name: v.visit_id for v in data.books.villages if v.visit_id} == \
        {"Bihara": ids["vb"], "Awayan": ids["v2"]}
