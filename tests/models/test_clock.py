"""The replica's clock (DESIGN.md §4): it never leaves the version format, a
field replica whose date runs implausibly far past the office's data stops writing until
the date is put right, and a laptop whose clock was set back a year still syncs."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from perut_desktop.db import Replica
from perut_desktop.errors import StateError
from perut_desktop.hlc import COUNTER_LIMIT
from perut_desktop.models import ReplicaState
from perut_desktop.models.replication import MAX_MS
from perut_desktop.services import villages
from tests.sync.helpers import add_officer, fp, ms_at, send

DAY_MS = 86_400_000


def _clock(replica: Replica) -> tuple[int, int, int]:
    with replica.engine.connect() as conn:
        row = conn.execute(select(ReplicaState.hlc_ms, ReplicaState.hlc_counter, ReplicaState.seq)).one()
        return row[0], row[1], row[2]


def _add_official(replica: Replica, name: str, now_ms: int | None = None) -> None:
    kw = {"now_ms": (lambda: now_ms)} if now_ms is not None else {}
    with replica.begin(**kw) as s:
        villages.add_official(s, villages.find_village(s, "Awayan").id, name=name, position="Kaur")


def test_the_clock_raises_instead_of_leaving_the_version_format(master: Replica) -> None:
    with master.engine.begin() as conn:
        conn.execute(update(ReplicaState).values(hlc_ms=MAX_MS, hlc_counter=COUNTER_LIMIT))
    before = _clock(master)
    with pytest.raises(StateError, match=r"^Jam replika ini sudah mencapai batas waktu yang dapat dicatat; periksa "
                                         r"tanggal komputer dan hubungi kantor kecamatan\.$"):
        _add_official(master, "Terlalu Jauh")
    assert _clock(master) == before  # nothing written
    # a wall clock beyond the format is refused too
    with master.engine.begin() as conn:
        conn.execute(update(ReplicaState).values(hlc_ms=0, hlc_counter=0))
    with pytest.raises(StateError, match="batas waktu"):
        _add_official(master, "Jam Rusak", now_ms=MAX_MS + 1)


def test_the_last_millisecond_of_the_format_still_writes(master: Replica) -> None:
    with master.engine.begin() as conn:
        conn.execute(update(ReplicaState).values(hlc_ms=MAX_MS, hlc_counter=COUNTER_LIMIT - 1))
    _add_official(master, "Masih Muat")
    assert _clock(master)[:2] == (MAX_MS, COUNTER_LIMIT)


@pytest.fixture()
def pair(master: Replica, tmp_path: Path) -> Iterator[tuple[Replica, Replica]]:
    from tests.sync.helpers import make_field

    add_officer(master, "Rahmadi", ["Awayan"])
    laptop = make_field(master, tmp_path / "laptop", "Rahmadi")
    yield master, laptop
    laptop.close()


def test_a_laptop_whose_date_runs_far_past_the_offices_data_stops_writing(pair: tuple[Replica, Replica],
                                                                        tmp_path: Path) -> None:
    master, laptop = pair
    office = int(time.time() * 1000)
    _add_official(master, "Dari Kantor", office)
    send(master, laptop, tmp_path)
    before = (_clock(laptop), fp(laptop))
    two_years = office + 2 * 366 * DAY_MS
    day = dt.datetime.fromtimestamp(office / 1000)
    with pytest.raises(StateError, match=rf"jauh melewati data terakhir dari kantor kecamatan \({day:%d-%m-%Y}\); "
                                         r"betulkan tanggal"):
        _add_official(laptop, "Jam Maju", two_years)
    assert (_clock(laptop), fp(laptop)) == before
    # a month without syncing is normal; the corrected date writes again
    _add_official(laptop, "Sebulan Kemudian", office + 30 * DAY_MS)
    assert fp(laptop) != before[1]


def test_the_master_writes_whatever_its_date(master: Replica) -> None:
    """Only a field replica takes the office's time as the reference."""
    _add_official(master, "Jauh di Depan", ms_at(dt.date(2030, 1, 7)))


def test_a_laptop_whose_clock_was_set_back_a_year_still_syncs(pair: tuple[Replica, Replica],
                                                              tmp_path: Path) -> None:
    """Its wall clock a year behind, its edits still carry versions after what it received
    (its clock only rises), and the office's bundles bring versions a year ahead of its
    wall clock: both ways apply and the replicas converge."""
    master, laptop = pair
    now = int(time.time() * 1000)
    year_ago = now - 365 * DAY_MS
    _add_official(master, "Kantor Sekarang", now)
    send(master, laptop, tmp_path)
    _add_official(laptop, "Laptop Setahun Lalu", year_ago)
    result = send(laptop, master, tmp_path)
    assert result.status == "applied" and result.tables["village_official"].inserted == 1
    _add_official(master, "Kantor Lagi", now + 60_000)
    assert send(master, laptop, tmp_path).status == "applied"
    assert fp(laptop) == fp(master)
    with laptop.begin(now_ms=lambda: year_ago + 1) as s:
        row = s.scalars(select(villages.VillageOfficial).where(  # type: ignore[attr-defined]
            villages.VillageOfficial.name == "Kantor Lagi")).one()  # type: ignore[attr-defined]
        row.phone = "0812"
    with laptop.begin() as s:
        version = s.scalars(select(villages.VillageOfficial.version).where(  # type: ignore[attr-defined]
            villages.VillageOfficial.name == "Kantor Lagi")).one()  # type: ignore[attr-defined]
    assert int(version[:13]) > now  # after what it was based on, whatever the wall clock says
    assert send(laptop, master, tmp_path).status == "applied"
    assert send(master, laptop, tmp_path).status == "applied"
    assert fp(laptop) == fp(master)


def _version_of(replica: Replica, name: str) -> str:
    from perut_desktop.models import VillageOfficial

    with replica.begin() as s:
        return s.scalars(select(VillageOfficial.version).where(VillageOfficial.name == name)).one()


def test_after_an_imported_version_the_next_edit_is_stamped_above_it(master: Replica) -> None:
    """An imported version (its counter high) moves the clock to it, counter and all: an edit
    made afterwards, while this computer's own time is still earlier, sorts above it (it was
    made knowing it), never in between."""
    from perut_desktop.hlc import format_version, parse_version
    from perut_desktop.models.replication import observe_version

    later = ms_at(dt.date(2031, 5, 1))
    imported = format_version(later, 7, "0c0c0c0c0c0c0c0c")
    with master.engine.begin() as conn:
        observe_version(conn, imported, ceiling_ms=later)  # exactly at the bound: still observed
    assert _clock(master)[:2] == (later, 7)
    _add_official(master, "Sesudah Impor", now_ms=later - DAY_MS)
    mine = _version_of(master, "Sesudah Impor")
    assert mine > imported and parse_version(mine)[:2] == (later, 8)


def test_a_version_beyond_the_bound_is_not_observed(master: Replica) -> None:
    from perut_desktop.errors import InputRejected
    from perut_desktop.hlc import format_version
    from perut_desktop.models.replication import observe_version

    before = _clock(master)
    bound = ms_at(dt.date(2031, 5, 1))
    with pytest.raises(InputRejected, match=r"^Bundel ditolak: versinya terlalu jauh di depan jam komputer ini\.$"), \
            master.engine.begin() as conn:
        observe_version(conn, format_version(bound + 1, 0, "0c0c0c0c0c0c0c0c"), ceiling_ms=bound)
    assert _clock(master) == before


def test_a_laptop_that_has_heard_nothing_from_the_office_is_not_held_by_its_date(master: Replica,
                                                                              tmp_path: Path) -> None:
    """The date check compares this computer's date with the office's newest data; before the
    office's first bundle there is none, so nothing is refused."""
    from perut_desktop.models import Peer
    from perut_desktop.models.replication import check_wall_clock, context_of

    add_officer(master, "Rahmadi", ["Awayan"])
    from tests.sync.helpers import make_field

    laptop = make_field(master, tmp_path / "laptop", "Rahmadi")
    try:
        with laptop.begin(now_ms=lambda: ms_at(dt.date(2040, 1, 1))) as s:
            s.execute(update(Peer).values(state={}))  # (as before the office's first bundle)
            check_wall_clock(s.connection(), context_of(s))
    finally:
        laptop.close()


def test_the_replicas_utc_time_is_utc_whatever_the_computers_time_zone(master: Replica,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Laptops in Kalimantan run on WITA (UTC+8): the time recorded in UTC must not move."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset (POSIX)")
    from perut_desktop.models.replication import context_of

    monkeypatch.setenv("TZ", "Asia/Makassar")
    time.tzset()
    try:
        with master.begin(now_ms=lambda: ms_at(dt.date(2026, 12, 3), 2)) as s:
            assert context_of(s).utcnow() == dt.datetime(2026, 12, 3, 2, 0)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_the_date_check_allows_exactly_its_limit_and_shows_the_computers_own_dates(
        pair: tuple[Replica, Replica], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The office's newest data at 23.00 UTC (07.00 the next morning in WITA). A laptop dated
    exactly the limit after it still writes; a millisecond later it is refused, and the
    message shows both dates as the laptop's own calendar (WITA) shows them."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset (POSIX)")
    from perut_desktop.models.replication import LOCAL_AHEAD_LIMIT_MS

    assert LOCAL_AHEAD_LIMIT_MS is not None
    master, laptop = pair
    today = dt.datetime.now(dt.UTC).date()
    office = min(ms_at(d, 23) for d in (today, today + dt.timedelta(days=1)) if ms_at(d, 23) > time.time() * 1000)
    with master.engine.begin() as conn:
        conn.execute(update(ReplicaState).values(hlc_ms=office, hlc_counter=0))
    _add_official(master, "Dari Kantor")
    send(master, laptop, tmp_path)
    monkeypatch.setenv("TZ", "Asia/Makassar")
    time.tzset()
    try:
        _add_official(laptop, "Tepat di Batas", office + LOCAL_AHEAD_LIMIT_MS)
        wita = dt.timezone(dt.timedelta(hours=8))
        day, last = (dt.datetime.fromtimestamp(ms / 1000, wita) for ms in (office + LOCAL_AHEAD_LIMIT_MS + 1, office))
        assert last.date() != dt.datetime.fromtimestamp(office / 1000, dt.UTC).date()  # (the next day in WITA)
        with pytest.raises(StateError, match=rf"^Tanggal komputer ini \({day:%d-%m-%Y}\) jauh melewati data terakhir dari "
                                             rf"kantor kecamatan \({last:%d-%m-%Y}\); betulkan tanggal dan jam komputer, "
                                             r"atau impor dahulu bundel terbaru dari kantor kecamatan, lalu coba lagi\.$"):
            _add_official(laptop, "Lewat Batas", office + LOCAL_AHEAD_LIMIT_MS + 1)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_full_counter_moves_the_clock_one_millisecond_on(master: Replica) -> None:
    """The counter of one millisecond full (a burst of writes, or a clock ahead of the wall
    clock): the next version takes the next millisecond, counter 0."""
    from perut_desktop.hlc import parse_version

    later = ms_at(dt.date(2031, 5, 1))
    with master.engine.begin() as conn:
        conn.execute(update(ReplicaState).values(hlc_ms=later, hlc_counter=COUNTER_LIMIT))
    _add_official(master, "Milidetik Berikutnya", now_ms=later - DAY_MS)
    assert parse_version(_version_of(master, "Milidetik Berikutnya"))[:2] == (later + 1, 0)


def test_a_tick_outside_a_session_advances_the_clock_and_the_write_counter(master: Replica) -> None:
    """Set-based writes (an import's held records) take their version from the clock without a
    session: one step of the clock and of the write counter, above what was there."""
    from perut_desktop.hlc import parse_version
    from perut_desktop.models.replication import tick

    before = _clock(master)
    with master.engine.begin() as conn:
        version, seq = tick(conn, master.context)
    assert seq == before[2] + 1 and _clock(master) == (*parse_version(version)[:2], seq)
    assert parse_version(version)[:2] > before[:2]
