"""``perut demo``: realistic history written through the services.

Five officers with their laptops, monthly visits to every village, checklist results that
improve over time unevenly by village, attendance by group and gender, notulen,
follow-ups opened and closed, some visits returned and corrected, reviews and approvals by
the master, village profiles, officials and regulations. The same seed and date give the
same content (names, dates, results); row ids and versions differ.

Visit data is written *as* the officer's laptop (the replica context's device), so the
ownership rules hold exactly as if the laptops' bundles had been imported; the clock is
set to the simulated moment of each action.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.db import Replica
from perut_desktop.errors import StateError
from perut_desktop.models import Device, Visit
from perut_desktop.enums import ResultStatus, Role, SignatoryTitle
from perut_desktop.services import people, regulations, schedule, scores, setup, villages, visits, workflow
from perut_desktop.services.common import local_zone
from perut_desktop.services.demo_data import (
    CAMAT,
    OFFICER_GENDER,
    OFFICERS,
    RESULT_NOTES,
    REVIEW_NOTES,
    STAFF,
    official_roster,
    regulations_for,
)
from perut_desktop.services.regulations import add_regulation
from perut_desktop.services.workdays import is_working_day

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DemoResult:
    visits: int
    months: int
    officers: int


def _ms(day: dt.date, hour: int, minute: int = 0, *, utc_offset: int = 0) -> int:
    """The clock at ``hour:minute`` local time (``utc_offset`` hours ahead of UTC) on ``day``."""
    local = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.timezone(dt.timedelta(hours=utc_offset)))
    return int(local.timestamp() * 1000)


def _set_clock(session: Session, *, device_id: str | None = None, at_ms: int, actor_id: str | None = None) -> None:
    base = session.info["replica"]
    session.info["replica"] = dataclasses.replace(
        base, device_id=device_id or base.master_device_id, now_ms=lambda: at_ms, actor_id=actor_id)


def _months(start: dt.date, today: dt.date) -> list[tuple[int, int]]:
    out, y, m = [], start.year, start.month
    while (y, m) <= (today.year, today.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _visit_day(rng: random.Random, year: int, month: int, today: dt.date) -> dt.date | None:
    days = [dt.date(year, month, d) for d in range(3, 27)]
    days = [d for d in days if is_working_day(d) and d < today]
    return rng.choice(days) if days else None


def generate(replica: Replica, *, years: int, seed: int, today: dt.date | None = None,
             progress: Progress | None = None) -> DemoResult:
    """Fill a master replica with ``years`` of realistic history ending ``today``."""
    if not replica.is_master:
        raise StateError("Data contoh hanya dapat dibuat di replika master.")
    today = today or dt.date.today()
    rng = random.Random(seed)
    with replica.begin() as s:
        if s.scalar(select(Visit.id).limit(1)) is not None:
            raise StateError("Replika ini sudah berisi kunjungan; data contoh hanya untuk replika baru.")
    start = dt.date(today.year - years, today.month, 1)
    start_ms = _ms(start - dt.timedelta(days=10), 8)
    with replica.begin() as s:
        _set_clock(s, at_ms=start_ms)
        world = _master_data(s, rng, start, today)
    months = _months(start, today)
    total = len(months)
    vstate: dict[str, _VillageState] = {
        vid: _VillageState(base=rng.uniform(0.15, 0.65), rate=rng.uniform(0.0, 0.025)) for vid in world.village_ids
    }
    count = 0
    for n, (year, month) in enumerate(months):
        if progress:
            progress(n, total, f"Kunjungan {month:02d}/{year}")
        with replica.begin() as s:
            for vid in world.village_ids:
                day = _visit_day(rng, year, month, today)
                if day is None:
                    continue
                _one_visit(s, rng, world, vstate[vid], vid, day, n, today)
                count += 1
    if progress:
        progress(total, total, "Selesai")
    return DemoResult(count, total, len(world.officer_ids))


@dataclass
class _World:
    village_ids: list[str]
    village_names: dict[str, str]
    officer_ids: list[str]
    officer_of: dict[str, str]
    device_of: dict[str, str]
    user_ids: dict[str, str]
    roster: dict[str, list[tuple[str, str, str]]]
    #: The kecamatan's offset from UTC (WITA in Awayan): office hours are local hours.
    utc_offset: int
    #: The dates the Sekretaris Kecamatan is acting Camat, if any.
    acting_camat: tuple[dt.date, dt.date] | None = None


@dataclass
class _VillageState:
    base: float
    rate: float


def _master_data(s: Session, rng: random.Random, start: dt.date, today: dt.date) -> _World:
    setup.update_subdistrict(s, camat_name=CAMAT[0], camat_nip=CAMAT[1], address="Jl. Ahmad Yani KM. 6 Awayan",
                             postal_code="71664", phone="(0526) 2028", email="kec.awayan@balangankab.go.id")
    user_ids = {}
    acting = _acting_july(start, today)
    for name, nip, title, can_sign in STAFF:
        plt = acting if title == "Sekretaris Kecamatan" else None
        user_ids[title] = people.add_user(s, name=name, nip=nip, title=title, can_sign=can_sign, plt=plt).id
    village_list = villages.list_villages(s)
    officer_ids, officer_of, device_of = [], {}, {}
    for k, (name, nip, position, _gender) in enumerate(OFFICERS):
        assigned = [v.code for j, v in enumerate(village_list) if j % len(OFFICERS) == k]
        officer = people.add_officer(s, name=name, nip=nip, position=position, villages=assigned,
                                     phone=f"0812{rng.randrange(10_000_000, 99_999_999)}")
        officer_ids.append(officer.id)
        device_id = setup.new_device_id()
        s.add(Device(id=device_id, role=Role.FIELD.value, name=f"Laptop {name.split(',')[0]}", officer_id=officer.id,
                     epoch=0, revoked=False, revoked_reason="",
                     enrolled_at=dt.datetime(start.year, start.month, 1, 8)))
        device_of[officer.id] = device_id
        for v in assigned:
            officer_of[next(x.id for x in village_list if x.code == v)] = officer.id
    s.flush()
    roster: dict[str, list[tuple[str, str, str]]] = {}
    for v in village_list:
        roster[v.id] = official_roster(rng)
        for name, position, gender in roster[v.id]:
            villages.add_official(s, v.id, name=name, position=position, gender=gender)
        _profile(s, rng, v.id, roster[v.id][0][0], today)
        for reg in regulations_for(rng, v.name, start.year, today):
            add_regulation(s, v.id, **reg)
    _law_cases(s, village_list, start, today)
    for year in range(start.year, today.year + 1):
        schedule.generate_plan(s, year)
    utc_offset = local_zone(setup.subdistrict_info(s).code).hours
    return _World([v.id for v in village_list], {v.id: v.name for v in village_list}, officer_ids, officer_of,
                  device_of, user_ids, roster, utc_offset, acting)


#: Where the demo shows the cases the law has beyond the everyday register (indexes into the
#: villages in code order, so the same villages every time).
PJ_VILLAGE, UNPROMULGATED_VILLAGE, DELEGATED_VILLAGE = 2, 4, 6
DELEGATION_SOURCE = "Peraturan Bupati tentang pelimpahan evaluasi Rancangan Peraturan Desa tentang APB Desa (contoh demo)"


def _law_cases(s: Session, village_list: list[Any], start: dt.date, today: dt.date) -> None:
    """An acting head after a death in office (no successor elected yet), a Perdes enacted
    and never promulgated, and the APB Desa evaluation delegated to the Camat with one
    draft waiting for it. No random draw: the rest of the demo stays as it was."""
    regulations.set_apbdes_evaluation(s, evaluator="camat", source=DELEGATION_SOURCE,
                                      effective_from=dt.date(start.year, 1, 1))
    pj = village_list[PJ_VILLAGE]
    left = today - dt.timedelta(days=240)
    villages.update_profile(s, pj.id, kades_acting=True, kades_name="Drs. Akhmad Rusdiansyah",
                            kades_acting_sk="188.45/112/KUM/" + str(left.year), kades_acting_sk_on=left + dt.timedelta(days=12),
                            kades_inaugurated_on=left + dt.timedelta(days=14), kades_term_number=None,
                            kades_term_ends_on=None, previous_head_left="meninggal_dunia", previous_head_left_on=left)
    quiet = village_list[UNPROMULGATED_VILLAGE]
    agreed = today - dt.timedelta(days=60)
    regulations.add_regulation(s, quiet.id, kind="perdes", number=f"4/{agreed.year}", year=agreed.year,
                               title=f"Kewenangan Desa berdasarkan Hak Asal Usul Desa {quiet.name}", topic="lainnya",
                               consultation_on=agreed - dt.timedelta(days=10), bpd_agreed_on=agreed,
                               handed_to_kades_on=agreed + dt.timedelta(days=3), enacted_on=agreed + dt.timedelta(days=10))
    waiting = village_list[DELEGATED_VILLAGE]
    budget_year = today.year + 1
    agreed = today - dt.timedelta(days=50)
    regulations.add_regulation(s, waiting.id, kind="perdes", number=f"1/{budget_year}", year=budget_year,
                               title=f"Anggaran Pendapatan dan Belanja Desa {waiting.name} Tahun Anggaran {budget_year}",
                               topic="apbdes", budget_year=budget_year, consultation_on=agreed - dt.timedelta(days=14),
                               bpd_agreed_on=agreed, handed_to_kades_on=agreed + dt.timedelta(days=2),
                               evaluation_submitted_on=agreed + dt.timedelta(days=4))


def _acting_july(start: dt.date, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The Sekretaris Kecamatan is acting Camat (Plt.) in the July of the latest even year."""
    years = [y for y in range(start.year, today.year + 1) if y % 2 == 0]
    return (dt.date(years[-1], 7, 1), dt.date(years[-1], 7, 31)) if years else None


def _profile(s: Session, rng: random.Random, village_id: str, kades: str, today: dt.date) -> None:
    classification = rng.choice(["swadaya", "swakarya", "swakarya", "swasembada"])
    urusan = {"swadaya": 2, "swakarya": rng.choice([2, 3]), "swasembada": 3}[classification]
    seksi = urusan if rng.random() < 0.85 else urusan + rng.choice([-1, 1])
    # Inaugurations spread so that a few terms end within months of today.
    inaugurated = today - dt.timedelta(days=rng.randrange(200, 6 * 365 - 30))
    term = rng.choice([1, 1, 2, 2, 3])
    villages.update_profile(s, village_id, classification=classification, sotk_urusan=urusan, sotk_seksi=seksi,
                            kades_name=kades, kades_inaugurated_on=inaugurated, kades_term_number=term)


def _result_for(rng: random.Random, p: float, title: str, visit_day: dt.date) -> tuple[str, dt.date | None]:
    if "Sementara" in title and rng.random() < 0.3:
        return ResultStatus.TIDAK_BERLAKU.value, None
    r = rng.random()
    if r < p:
        return ResultStatus.LENGKAP.value, visit_day - dt.timedelta(days=rng.randrange(0, 25))
    if r < p + (1 - p) * 0.65:
        return ResultStatus.BELUM_LENGKAP.value, visit_day - dt.timedelta(days=rng.randrange(30, 200))
    return ResultStatus.TIDAK_ADA.value, None


def _one_visit(s: Session, rng: random.Random, w: _World, st: _VillageState, vid: str, day: dt.date,
               month_index: int, today: dt.date) -> None:
    officer_id = w.officer_of[vid]
    device = w.device_of[officer_id]
    _set_clock(s, device_id=device, at_ms=_ms(day, 9, rng.randrange(0, 50), utc_offset=w.utc_offset))
    v = visits.create_visit(s, village_id=vid, officer_id=officer_id, visit_date=day,
                            agenda="Pendampingan rutin administrasi desa", start_time="09.00", end_time="12.00")
    p = min(0.97, st.base + st.rate * month_index)
    follow_candidates = []
    for r in visits.results(s, v.id):
        status, last = _result_for(rng, p, r.title, day)
        note = "" if status == ResultStatus.LENGKAP.value else rng.choice(RESULT_NOTES[status])
        visits.set_result(s, v.id, r.item_code, status=status, last_entry_on=last, notes=note)
        if status in (ResultStatus.TIDAK_ADA.value, ResultStatus.BELUM_LENGKAP.value):
            follow_candidates.append(r.title)
    for a in visits.attendees(s, v.id):
        if rng.random() < 0.8:
            visits.edit_attendee(s, a.id, present=True)
    for _ in range(rng.randrange(1, 4)):
        name, _pos, gender = official_roster(rng, size=1, community=True)[0]
        visits.add_attendee(s, v.id, name=name, position="Tokoh masyarakat", group="masyarakat", gender=gender)
    officer = next(o for o in people.list_officers(s) if o.id == officer_id)
    visits.add_attendee(s, v.id, name=officer.name, position=officer.position, group="kecamatan",
                        gender=OFFICER_GENDER[officer.nip])
    kades, sekdes = w.roster[vid][0][0], w.roster[vid][1][0]
    for earlier in visits.earlier_follow_ups(s, v.id):
        outcome = rng.choices(["selesai", "belum", "dibatalkan"], weights=[6, 3, 0.3])[0]
        visits.record_progress(s, v.id, earlier.id, status=outcome,
                               note={"selesai": "Sudah dilengkapi dan diperiksa", "belum": "Masih dalam proses",
                                     "dibatalkan": "Tidak relevan lagi"}[outcome])
    rng.shuffle(follow_candidates)
    tasks = [f"Melengkapi {t}" for t in follow_candidates[: rng.randrange(1, 5)]]
    for task in tasks:
        visits.add_follow_up(s, v.id, task=task, responsible=rng.choice(["Sekretaris Desa", "Kaur Keuangan",
                             "Kaur Tata Usaha dan Umum", "Kasi Pemerintahan"]),
                             due_on=day + dt.timedelta(days=rng.choice([14, 21, 30])))
    visits.set_minutes(s, v.id, chair=kades, note_taker=sekdes,
                       opening=f"Rapat dibuka oleh Kepala Desa {w.village_names[vid]} pukul 09.00 WITA.",
                       discussion="Pendamping memeriksa buku administrasi desa satu per satu bersama perangkat desa "
                                  f"dan menyampaikan hasil pemeriksaan; kelengkapan umum sekitar {scores.format_percent(p)}.",
                       decisions="; ".join(tasks) or "Mempertahankan tertib administrasi yang sudah baik.",
                       closing="Rapat ditutup pukul 12.00 WITA.")
    _workflow(s, rng, w, v.id, device, day, today)


def _workflow(s: Session, rng: random.Random, w: _World, visit_id: str, device: str, day: dt.date, today: dt.date) -> None:
    age = (today - day).days
    if age < 5 and rng.random() < 0.6:
        return  # still a draft on the laptop
    _set_clock(s, device_id=device, at_ms=_ms(day, 15, utc_offset=w.utc_offset))
    workflow.submit_visit(s, visit_id)
    if age < 12 and rng.random() < 0.5:
        return
    reviewer = w.user_ids["Kepala Seksi Pemerintahan"]
    review_day = day + dt.timedelta(days=rng.randrange(2, 6))
    _set_clock(s, at_ms=_ms(review_day, 10, utc_offset=w.utc_offset), actor_id=reviewer)
    if rng.random() < 0.12:
        workflow.return_visit(s, visit_id, rng.choice(REVIEW_NOTES))
        _set_clock(s, device_id=device, at_ms=_ms(review_day + dt.timedelta(days=2), 9, utc_offset=w.utc_offset))
        workflow.reopen_visit(s, visit_id, "Diperbaiki sesuai catatan verifikator")
        visits.edit_visit(s, visit_id, summary="Daftar hadir dan catatan telah dilengkapi sesuai catatan verifikasi.")
        workflow.submit_visit(s, visit_id, "Sudah diperbaiki")
        review_day += dt.timedelta(days=4)
        _set_clock(s, at_ms=_ms(review_day, 10, utc_offset=w.utc_offset), actor_id=reviewer)
    workflow.verify_visit(s, visit_id, "Berkas lengkap dan sesuai")
    if (today - review_day).days < 4 and rng.random() < 0.5:
        return
    approve_day = review_day + dt.timedelta(days=rng.randrange(1, 4))
    # In the Julys of even years the Sekretaris Kecamatan signs: as Plt. Camat while acting,
    # else a.n. Camat; otherwise the Camat himself.
    if approve_day.month == 7 and approve_day.year % 2 == 0:
        acting = w.acting_camat
        title = SignatoryTitle.PLT.value if acting and acting[0] <= approve_day <= acting[1] else SignatoryTitle.AN.value
        _set_clock(s, at_ms=_ms(approve_day, 11, utc_offset=w.utc_offset), actor_id=w.user_ids["Sekretaris Kecamatan"])
        workflow.approve_visit(s, visit_id, title=title)
    else:
        _set_clock(s, at_ms=_ms(approve_day, 11, utc_offset=w.utc_offset), actor_id=w.user_ids["Camat"])
        workflow.approve_visit(s, visit_id, title=SignatoryTitle.CAMAT.value)
