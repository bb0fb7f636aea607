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
