"""Completeness score = (lengkap + 0.5 × belum lengkap) / (items − tidak berlaku)."""

from __future__ import annotations

import pytest

from perut_desktop.services import scores, visits
from perut_desktop.services.scores import format_percent
from tests.services.helpers import at, new_visit, officer_and_user, tick_all


def test_scores_per_category_and_overall(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    vid = new_visit(master, officer_id)
    tick_all(master, vid, "tidak_ada")
    with at(master) as s:
        # Keuangan (C.1–C.3): lengkap, belum lengkap, tidak berlaku → (1 + 0.5) / 2
        visits.set_result(s, vid, "C.1", status="lengkap")
        visits.set_result(s, vid, "C.2", status="belum_lengkap")
        visits.set_result(s, vid, "C.3", status="tidak_berlaku")
        # Penduduk (B.1–B.4): all tidak berlaku → no score
        for code in ("B.1", "B.2", "B.3", "B.4"):
            visits.set_result(s, vid, code, status="tidak_berlaku")
        sc = scores.visit_score(s, vid)
    assert sc.category("C").score == pytest.approx(0.75)
    assert sc.category("B").score is None and format_percent(sc.category("B").score) == "–"
    assert sc.category("A").score == 0.0
    # overall: 18 items, 5 tidak berlaku → 13 applicable; 1 + 0.5 = 1.5
    assert sc.overall == pytest.approx(1.5 / 13)
    assert format_percent(sc.overall) == "12%"


def test_unchecked_books_count_against_the_score(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    vid = new_visit(master, officer_id)
    with at(master) as s:
        visits.set_result(s, vid, "A.1", status="lengkap")
        sc = scores.visit_score(s, vid)
    assert sc.overall == pytest.approx(1 / 18)
    assert sc.category("A").unchecked == 6


def test_village_trend_lists_each_visit_oldest_first(master) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    officer_id, _ = officer_and_user(master)
    a = new_visit(master, officer_id, day=dt.date(2026, 9, 8))
    tick_all(master, a, "belum_lengkap")
    b = new_visit(master, officer_id, day=dt.date(2026, 10, 8))
    tick_all(master, b, "lengkap")
    with at(master) as s:
        trend = scores.village_trend(s, visits.visit_summary(s, a).village_id)
    assert [(p.visit_date.month, p.overall) for p in trend] == [(9, 0.5), (10, 1.0)]


@pytest.mark.parametrize(("score", "shown"), [
    (0.725, "73%"), (0.715, "72%"), (0.005, "1%"), (0.0049, "0%"), (0.125, "13%"), (29 / 40, "73%"),
    (1.0, "100%"), (0.0, "0%"), (None, "–"),
])
def test_scores_round_half_up(score: float | None, shown: str) -> None:
    """72.5 % shows 73 %, not 72 (half to even); the PDF shows what the CLI shows."""
    from perut_desktop.reports.pdf.base import format_score

    assert format_percent(score) == shown
    assert format_score(score) == shown
    assert scores.percent(score) == (None if score is None else int(shown[:-1]))


def test_a_visit_scoring_12_5_percent_shows_13(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    vid = new_visit(master, officer_id)
    tick_all(master, vid, "tidak_ada")
    with at(master) as s:
        for code in ("B.3", "B.4"):
            visits.set_result(s, vid, code, status="tidak_berlaku")
        for code in ("A.1", "A.2"):
            visits.set_result(s, vid, code, status="lengkap")
        sc = scores.visit_score(s, vid)
    assert sc.overall == 2 / 16 and f"{sc.overall * 100:.0f}%" == "12%", "half to even would show 12"
    assert format_percent(sc.overall) == "13%"


def test_each_category_counts_its_books_by_status(master) -> None:  # type: ignore[no-untyped-def]
    """What the visit's report shows per category: the books of each status, those not yet
    checked, and a score even when a single book of the category applies."""
    officer_id, _ = officer_and_user(master)
    vid = new_visit(master, officer_id)
    with at(master) as s:
        for code in ("A.1", "A.2"):
            visits.set_result(s, vid, code, status="lengkap")
        visits.set_result(s, vid, "A.3", status="belum_lengkap")
        visits.set_result(s, vid, "A.4", status="tidak_ada")
        visits.set_result(s, vid, "A.5", status="tidak_berlaku")  # A.6, A.7 not checked
        for code in ("B.1", "B.2", "B.3", "B.4"):
            visits.set_result(s, vid, code, status="tidak_ada")
        visits.set_result(s, vid, "C.1", status="belum_lengkap")
        for code in ("C.2", "C.3"):
            visits.set_result(s, vid, code, status="tidak_berlaku")
        for code in ("D.1", "D.2", "D.3", "D.4"):
            visits.set_result(s, vid, code, status="lengkap")
        sc = scores.visit_score(s, vid)
    CategoryScore = scores.CategoryScore
    assert sc.visit_id == vid
    assert sc.categories == (
        CategoryScore("A", "Administrasi Umum", 7, 2, 1, 1, 1, 2),
        CategoryScore("B", "Administrasi Penduduk", 4, 0, 0, 4, 0, 0),
        CategoryScore("C", "Administrasi Keuangan", 3, 0, 1, 0, 2, 0),
        CategoryScore("D", "Administrasi Pembangunan", 4, 4, 0, 0, 0, 0),
    )
    assert [c.score for c in sc.categories] == [2.5 / 6, 0.0, 0.5, 1.0]  # C: one book applies
    assert sc.items == 18 and sc.overall == pytest.approx(7 / 15)
    assert sc.category("Z") is None, "a category the visit's list does not have"


def test_scores_are_those_of_the_visits_asked_for(master) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    officer_id, _ = officer_and_user(master)
    a = new_visit(master, officer_id, day=dt.date(2026, 10, 1))
    b = new_visit(master, officer_id, day=dt.date(2026, 10, 2))
    tick_all(master, a, "lengkap")
    tick_all(master, b, "belum_lengkap")
    with at(master) as s:
        every = scores.scores_for_visits(s)
        only_a = scores.scores_for_visits(s, [a])
        nothing = scores.visit_score(s, "kunjungan-tanpa-buku")
    assert {v: sc.overall for v, sc in every.items()} == {a: 1.0, b: 0.5}
    assert list(only_a) == [a] and only_a[a].overall == 1.0
    assert nothing == scores.VisitScore("kunjungan-tanpa-buku", ())
    assert nothing.overall is None and format_percent(nothing.overall) == "–"


def test_a_category_is_its_code_even_when_two_share_a_name(master, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.services import templates

    custom = tmp_path / "daftar.csv"
    custom.write_text("code,category_code,category,title\nU.1,U,Lain-lain,Buku Satu\nU.2,U,Lain-lain,Buku Dua\n"
                      "K.1,K,Lain-lain,Buku Tiga\n", encoding="utf-8")
    with at(master) as s:
        templates.load_template(s, code="LAIN", name="Lain", path=custom, source="", make_current=True)
    officer_id, _ = officer_and_user(master)
    vid = new_visit(master, officer_id)
    with at(master) as s:
        visits.set_result(s, vid, "U.1", status="lengkap")
        visits.set_result(s, vid, "U.2", status="tidak_ada")
        visits.set_result(s, vid, "K.1", status="belum_lengkap")
        sc = scores.visit_score(s, vid)
    assert [(c.category_code, c.items, c.score) for c in sc.categories] == [("K", 1, 0.5), ("U", 2, 0.5)]


def _pedoman_continued(path) -> None:  # type: ignore[no-untyped-def]
    """A new template giving each of the Pedoman's 18 books a code of its own: the same books."""
    from perut_desktop.paths import resource

    rows = (resource("template_pedoman_perut.csv").read_text(encoding="utf-8").splitlines())[1:]
    codes = [r.split(",", 1)[0] for r in rows]
    path.write_text("code,category,title,continues\n"
                    + "".join(f"N.{c},Umum,Buku {c},{c}\n" for c in codes), encoding="utf-8")


def test_village_trend_joins_visits_of_the_same_books_in_date_order(master, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """One village's line, by visit date (not by when a visit was entered), then by id for
    visits of one day; another village's visits and a deleted one stay out. The line joins a
    visit to the one before when both checked the same books, also under a renamed template's
    codes."""
    import datetime as dt

    from perut_desktop.services import templates

    officer_id, _ = officer_and_user(master)
    d = dt.date
    late = new_visit(master, officer_id, day=d(2026, 6, 10))  # entered first, visited later
    early = new_visit(master, officer_id, day=d(2026, 3, 10))
    same_day = sorted(new_visit(master, officer_id, day=d(2026, 7, 1)) for _ in range(4))
    elsewhere = new_visit(master, officer_id, day=d(2026, 4, 1), village="Pudak")
    deleted = new_visit(master, officer_id, day=d(2026, 5, 1))
    with at(master) as s:
        visits.delete_visit(s, deleted)
    for v, status in ((late, "lengkap"), (early, "belum_lengkap"), (elsewhere, "lengkap"),
                      *((v, "tidak_ada") for v in same_day)):
        tick_all(master, v, status)
    _pedoman_continued(tmp_path / "baru.csv")
    with at(master) as s:
        pedoman = templates.current_template(s).id
        renamed = templates.load_template(s, code="PEDOMAN-BARU", name="Baru", path=tmp_path / "baru.csv",
                                          source="", make_current=True).id
    continued = new_visit(master, officer_id, day=d(2026, 8, 1))
    tick_all(master, continued, "lengkap")
    with at(master) as s:
        other = templates.publish_template_named(s, "PERMENDAGRI-47-2016").id
    changed = new_visit(master, officer_id, day=d(2026, 9, 1))
    tick_all(master, changed, "belum_lengkap")
    with at(master) as s:
        trend = scores.village_trend(s, visits.visit_summary(s, late).village_id)
    ScorePoint = scores.ScorePoint
    assert trend == [
        ScorePoint(early, d(2026, 3, 10), 0.5, pedoman, False),
        ScorePoint(late, d(2026, 6, 10), 1.0, pedoman, True),
        *(ScorePoint(v, d(2026, 7, 1), 0.0, pedoman, True) for v in same_day),
        ScorePoint(continued, d(2026, 8, 1), 1.0, renamed, True),
        ScorePoint(changed, d(2026, 9, 1), 0.5, other, False),
    ]
