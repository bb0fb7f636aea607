"""The demo data set looks like a year of real PERUT work (1-year demo; the 5-year one is
for benchmarks)."""

from __future__ import annotations

import datetime as dt
import statistics

from sqlalchemy import func, select

from perut_desktop.enums import Role, VisitStatus
from perut_desktop.models import Attendance, Device, FollowUpUpdate, Review, Visit, VisitStatusEvent
from perut_desktop.services import overview, people, regulations, scores, villages, visits


def test_every_village_is_visited_every_month_by_its_officer(demo_replica) -> None:  # type: ignore[no-untyped-def]
    with demo_replica.begin() as s:
        assert len(people.list_officers(s)) == 5
        months = s.execute(select(Visit.village_id, func.count(func.distinct(func.strftime("%Y-%m", Visit.visit_date))))
                           .group_by(Visit.village_id)).all()
        assert len(months) == 23 and all(n >= 12 for _, n in months)
        owners = set(s.scalars(select(Visit.device_id)))
        laptops = set(s.scalars(select(Device.id).where(Device.role == Role.FIELD)))
        assert owners == laptops, "visits are owned by the officers' laptops"


def test_workflow_history_has_returns_and_approvals(demo_replica) -> None:  # type: ignore[no-untyped-def]
    with demo_replica.begin() as s:
        counts = dict(s.execute(select(VisitStatusEvent.to_status, func.count()).group_by(VisitStatusEvent.to_status)).all())
        assert counts["dikembalikan"] > 5 and counts["disetujui"] > 200
        statuses = {v.status for v in visits.list_visits(s)}
        assert {"draf", "disetujui"} <= statuses
        signers = set(s.scalars(select(Review.signatory_name).where(Review.verdict == "disetujui")))
        assert "Muhammad Rizali, S.STP., M.Si." in signers


def test_attendance_groups_genders_and_follow_ups(demo_replica) -> None:  # type: ignore[no-untyped-def]
    with demo_replica.begin() as s:
        groups = set(s.scalars(select(Attendance.group).distinct()))
        assert {"pemdes", "bpd", "lkd", "masyarakat", "kecamatan"} <= groups
        assert set(s.scalars(select(Attendance.gender).distinct())) >= {"L", "P"}
        closed = s.scalar(select(func.count()).select_from(FollowUpUpdate).where(FollowUpUpdate.status == "selesai"))
        assert closed > 100
        assert regulations.list_regulations(s), "villages have regulations in their register"
        assert villages.get_profile(s, villages.find_village(s, "Awayan").id).classification


def test_scores_improve_over_the_year_on_average(demo_replica) -> None:  # type: ignore[no-untyped-def]
    with demo_replica.begin() as s:
        all_visits = visits.list_visits(s)
        sc = scores.scores_for_visits(s)
        first = [sc[v.id].overall for v in all_visits if v.visit_date < dt.date(2026, 2, 1)]
        last = [sc[v.id].overall for v in all_visits if v.visit_date >= dt.date(2026, 9, 1)]
    assert statistics.mean(last) > statistics.mean(first)


def test_overview_lists_each_village_with_its_last_visit(demo_replica) -> None:  # type: ignore[no-untyped-def]
    with demo_replica.begin() as s:
        ov = overview.replica_overview(s)
    assert ov.kecamatan == "Awayan" and ov.role is Role.MASTER and ov.villages == 23
    assert len(ov.rows) == 23 and all(r.last_visit for r in ov.rows)
    assert all(type(r.last_status) is VisitStatus for r in ov.rows)  # the window words them
    assert all(r.last_score is None or 0 <= r.last_score <= 1 for r in ov.rows)
    assert any(r.open_follow_ups > 0 for r in ov.rows)


def test_overview_counts_the_same_open_follow_ups_and_last_visits_as_the_visit_service(demo_replica) -> None:  # type: ignore[no-untyped-def]
    """The dashboard counts in one grouped query; it must agree with the per-village lists
    the visit screen shows."""
    with demo_replica.begin() as s:
        ov = overview.replica_overview(s)
        for row in ov.rows:
            village = villages.find_village(s, row.code)
            assert row.open_follow_ups == len(visits.follow_ups_of_village(s, village.id)), row.name
            newest = visits.list_visits(s, village_id=village.id)[0]
            assert row.last_visit == newest.visit_date, row.name


def test_demo_officers_have_their_stated_gender_and_notes_agree_with_status(demo_replica) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.models import ChecklistResult
    from perut_desktop.services.demo_data import OFFICERS, RESULT_NOTES

    with demo_replica.begin() as s:
        genders = dict(s.execute(select(Attendance.name, Attendance.gender)
                                 .where(Attendance.group == "kecamatan").distinct()).all())
        notes = set(s.execute(select(ChecklistResult.status, ChecklistResult.notes).distinct()).all())
    assert genders["Noor Aida, A.Md."] == "P" and genders["Rahmadi, S.AP."] == "L"
    assert {n: g for n, _nip, _p, g in OFFICERS} == genders
    assert all(g == ("P" if nip[14] == "2" else "L") for _n, nip, _p, g in OFFICERS), "as the NIP says"
    for status, note in notes:
        assert note == "" or note in RESULT_NOTES[status], (status, note)
    assert ("tidak_ada", "Buku belum tersedia") in notes
    assert not {n for st, n in notes if st != "tidak_ada"} & {"Buku belum tersedia"}


def test_approvals_are_signed_by_profiles_allowed_to_sign(demo_replica) -> None:  # type: ignore[no-untyped-def]
    """Every approval: the Camat's own profile as Camat, an acting Camat within the dates of
    the assignment, a.n. only by a profile that may sign; never by the visit's verifier; and
    each one keeps the report as signed."""
    from perut_desktop.models import UserProfile
    from perut_desktop.services.common import local_zone
    from perut_desktop.services.setup import subdistrict_info

    with demo_replica.begin() as s:
        sub = subdistrict_info(s)
        zone = local_zone(sub.code)
        users = {u.id: u for u in s.scalars(select(UserProfile))}
        rows = s.scalars(select(Review).order_by(Review.version)).all()
        titles: set[str] = set()
        for approval in (r for r in rows if r.verdict == VisitStatus.DISETUJUI.value):
            signer = users[approval.reviewer_id]
            day = zone.local(approval.reviewed_at).date()
            titles.add(approval.signatory_title)
            if approval.signatory_title == "camat":
                assert signer.nip == sub.camat_nip
            elif approval.signatory_title == "plt":
                assert signer.plt_from <= day <= signer.plt_to
            else:
                assert signer.can_sign
            verifier = [r for r in rows if r.visit_id == approval.visit_id and r.verdict == "diverifikasi"][-1]
            assert verifier.reviewer_id != approval.reviewer_id and not approval.same_person
            assert approval.snapshot is not None and approval.snapshot["visit"]["id"] == approval.visit_id
        assert {"camat", "plt"} <= titles


def test_the_demo_shows_an_acting_head_an_unpromulgated_perdes_and_a_delegated_evaluation(demo_replica) -> None:  # type: ignore[no-untyped-def]
    """Beyond the everyday register: a village led by a Pj. after its head died (no
    successor after eight months), a Perdes enacted and never promulgated, and an APB Desa
    waiting for the Camat's evaluation (delegated by the Bupati) — each found by the rules."""
    import datetime as dt

    from perut_desktop.services import demo, regulations, villages
    from perut_desktop.services.compliance.facts import findings

    on = dt.date(2026, 11, 20)
    with demo_replica.begin() as s:
        listed = villages.list_villages(s)
        by_village = {v.village_code: {f.rule_code: f for f in v.findings} for v in findings(s, on)}
        pj = villages.get_profile(s, listed[demo.PJ_VILLAGE].id)
        assert regulations.apbdes_evaluation(s).evaluator == "camat"
    assert pj.kades_acting and pj.previous_head_left == "meninggal_dunia"
    acting = by_village[listed[demo.PJ_VILLAGE].code]
    assert "KADES_MUSDES_PENGGANTI" in acting and not {"KADES_JABATAN_BERAKHIR", "KADES_PERIODE_MELEBIHI"} & set(acting)
    assert "PERDES_BELUM_DIUNDANGKAN" in by_village[listed[demo.UNPROMULGATED_VILLAGE].code]
    waiting = by_village[listed[demo.DELEGATED_VILLAGE].code]["EVALUASI_BUPATI_TERLAMBAT"]
    assert waiting.office_task and waiting.message.startswith("Hasil evaluasi Camat")
