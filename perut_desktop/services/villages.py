"""Villages, their profiles and officials."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.errors import Hint, InputRejected, NotFound, ValidationError, os_reason
from perut_desktop.models import Village, VillageOfficial, VillageProfile, derived_id
from perut_desktop.enums import Classification, Gender, HeadLeftReason, OfficialBody
from perut_desktop.services.common import clean

_CODE = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")


@dataclass(frozen=True)
class VillageRow:
    code: str
    name: str
    other_spellings: tuple[str, ...] = ()


@dataclass(frozen=True)
class VillageInfo:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class OfficialInfo:
    id: str
    village_id: str
    village_name: str
    name: str
    position: str
    body: str
    gender: str | None
    phone: str
    active: bool


@dataclass(frozen=True)
class ProfileInfo:
    village_id: str
    classification: str | None
    sotk_urusan: int | None
    sotk_seksi: int | None
    kades_name: str | None
    kades_inaugurated_on: dt.date | None
    kades_term_number: int | None
    kades_term_ends_on: dt.date | None
    kades_acting: bool = False
    kades_acting_sk: str = ""
    kades_acting_sk_on: dt.date | None = None
    previous_head_left: str | None = None
    previous_head_left_on: dt.date | None = None
    bpd_term_notice_on: dt.date | None = None
    election_elected_on: dt.date | None = None
    election_to_bpd_on: dt.date | None = None
    election_to_bupati_on: dt.date | None = None
    election_decided_on: dt.date | None = None


#: The profile's fields on the Kepala Desa beyond the elected head's term.
HEAD_FIELDS: tuple[str, ...] = (
    "kades_acting", "kades_acting_sk", "kades_acting_sk_on", "previous_head_left", "previous_head_left_on",
    "bpd_term_notice_on", "election_elected_on", "election_to_bpd_on", "election_to_bupati_on",
    "election_decided_on",
)
#: The election's steps in the order they happen, as the messages name them.
ELECTION_STEPS: dict[str, str] = {
    "election_elected_on": "calon terpilih ditetapkan panitia",
    "election_to_bpd_on": "laporan panitia diterima BPD",
    "election_to_bupati_on": "BPD menyampaikan hasil kepada Bupati",
    "election_decided_on": "keputusan Bupati mengesahkan",
}


def read_village_file(path: Path) -> list[VillageRow]:
    """Read a village list (CSV: code,name[,other_spellings]); refuse a wrong layout."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            header = {h.strip().lower() for h in reader.fieldnames or []}
            missing = {"code", "name"} - header
            if missing:
                raise InputRejected(
                    f"Berkas desa {path.name} tidak memiliki kolom: {', '.join(sorted(missing))}."
                )
            rows: list[VillageRow] = []
            for n, raw in enumerate(reader, start=2):
                rec = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
                if not _CODE.match(rec["code"]) or not rec["name"]:
                    raise InputRejected(
                        f"Baris {n} berkas desa {path.name}: kode '{rec['code']}' atau nama tidak valid."
                    )
                others = tuple(s.strip() for s in rec.get("other_spellings", "").split(";") if s.strip())
                rows.append(VillageRow(rec["code"], rec["name"], others))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputRejected(f"Berkas desa {path} tidak dapat dibaca: {os_reason(exc)}.") from exc
    if not rows:
        raise InputRejected(f"Berkas desa {path.name} kosong.")
    codes = [r.code for r in rows]
    if len(set(codes)) != len(codes):
        raise InputRejected(f"Berkas desa {path.name} memuat kode desa ganda.")
    prefixes = {c.rsplit(".", 1)[0] for c in codes}
    if len(prefixes) != 1:
        raise InputRejected(f"Berkas desa {path.name} memuat desa dari lebih dari satu kecamatan.")
    return rows


def add_villages(session: Session, subdistrict_id: str, rows: list[VillageRow]) -> int:
    """Add villages (master data); returns how many."""
    for row in rows:
        session.add(
            Village(
                id=derived_id("village", row.code),
                subdistrict_id=subdistrict_id,
                code=row.code,
                name=row.name,
                other_spellings=";".join(row.other_spellings),
            )
        )
    return len(rows)


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("desa ", "").split())


def find_village(session: Session, text: str) -> Village:
    """A village by code, name or another accepted spelling (case-insensitive)."""
    key = _norm(text)
    villages = session.scalars(select(Village)).all()
    for village in villages:
        names = [village.code, village.name, *village.other_spellings.split(";")]
        if village.id == text or any(_norm(n) == key for n in names if n):
            return village
    raise NotFound(f"Desa '{text}' tidak dikenal.", hint=Hint.LIST_VILLAGES, record=text)


def list_villages(session: Session) -> list[VillageInfo]:
    rows = session.scalars(select(Village).order_by(Village.code)).all()
    return [VillageInfo(v.id, v.code, v.name) for v in rows]


# --- officials -----------------------------------------------------------------------------


def _official_info(official: VillageOfficial, village: Village) -> OfficialInfo:
    return OfficialInfo(
        id=official.id,
        village_id=village.id,
        village_name=village.name,
        name=official.name,
        position=official.position,
        body=official.body,
        gender=official.gender,
        phone=official.phone,
        active=official.active,
    )


def _check_official(name: str, position: str, gender: str | None, body: str,
                    term_start: dt.date | None = None, term_end: dt.date | None = None) -> None:
    if not name:
        raise ValidationError("Nama aparatur desa wajib diisi.")
    if not position:
        raise ValidationError("Jabatan aparatur desa wajib diisi.")
    if gender is not None and gender not in {g.value for g in Gender}:
        raise ValidationError("Jenis kelamin harus L atau P.")
    if body not in {b.value for b in OfficialBody}:
        raise ValidationError("Unsur harus pemdes, bpd atau lkd.")
    if term_start is not None and term_end is not None and term_end < term_start:
        raise ValidationError(
            f"Akhir masa jabatan {term_end:%d-%m-%Y} tidak boleh sebelum awal masa jabatan {term_start:%d-%m-%Y}."
        )


def guess_body(position: str) -> str:
    """The body implied by a position title (BPD members, LKD boards, else Pemdes)."""
    text = position.casefold()
    if "bpd" in text or "permusyawaratan" in text:
        return OfficialBody.BPD.value
    if any(k in text for k in ("lpm", "pkk", "karang taruna", "posyandu", "rt ", "rw ", "lkd", "linmas")):
        return OfficialBody.LKD.value
    return OfficialBody.PEMDES.value


def add_official(
    session: Session,
    village_id: str,
    *,
    name: str,
    position: str,
    phone: str = "",
    gender: str | None = None,
    body: str | None = None,
    term_start: dt.date | None = None,
    term_end: dt.date | None = None,
    nip: str = "",
    active: bool = True,
) -> OfficialInfo:
    """Add a village official (aparatur, BPD or LKD)."""
    village = session.get(Village, village_id)
    if village is None:
        raise NotFound(f"Desa dengan id {village_id} tidak ditemukan.")
    name, position = clean(name), clean(position)
    body = body or guess_body(position)
    gender = gender.upper() if gender else None
    _check_official(name, position, gender, body, term_start, term_end)
    count = len(session.scalars(select(VillageOfficial.id).where(VillageOfficial.village_id == village_id)).all())
    official = VillageOfficial(
        village_id=village_id,
        name=name,
        position=position,
        body=body,
        gender=gender,
        phone=clean(phone),
        nip=clean(nip),
        term_start=term_start,
        term_end=term_end,
        active=active,
        sort_order=count + 1,
    )
    session.add(official)
    session.flush()
    return _official_info(official, village)


def edit_official(
    session: Session, official_id: str, *, clear: Iterable[str] = (), **changes: object
) -> OfficialInfo:
    """Change some fields of an official; ``None`` leaves a field as it is, and the
    optional fields named in ``clear`` (gender, term dates) are emptied."""
    official = session.get(VillageOfficial, official_id)
    if official is None:
        raise NotFound(f"Aparatur desa dengan id {official_id} tidak ditemukan.")
    allowed = {"name", "position", "phone", "nip", "gender", "body", "active", "term_start", "term_end"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Kolom tidak dikenal: {', '.join(sorted(unknown))}.")
    to_clear = set(clear)
    not_optional = to_clear - {"gender", "term_start", "term_end"}
    if not_optional:
        raise ValidationError(f"Kolom tidak dapat dikosongkan: {', '.join(sorted(not_optional))}.")
    new: dict[str, object] = {key: None for key in to_clear}
    for key, value in changes.items():
        if value is None:
            continue
        if isinstance(value, str):
            value = clean(value)
            if key == "gender":
                value = value.upper()
        new[key] = value
    # check first, so a refused edit leaves the row as it was
    after = {k: new.get(k, getattr(official, k)) for k in ("name", "position", "gender", "body", "term_start",
                                                           "term_end")}
    _check_official(after["name"], after["position"], after["gender"], after["body"],  # type: ignore[arg-type]
                    after["term_start"], after["term_end"])  # type: ignore[arg-type]
    for key, value in new.items():
        setattr(official, key, value)
    session.flush()
    return _official_info(official, session.get(Village, official.village_id))  # type: ignore[arg-type]


def remove_official(session: Session, official_id: str) -> None:
    """Remove an official (a tombstone that syncs like any edit)."""
    official = session.get(VillageOfficial, official_id)
    if official is None:
        raise NotFound(f"Aparatur desa dengan id {official_id} tidak ditemukan.")
    session.delete(official)
    session.flush()


def list_officials(session: Session, village_id: str | None = None, *, active_only: bool = False) -> list[OfficialInfo]:
    stmt = select(VillageOfficial, Village).join(Village, Village.id == VillageOfficial.village_id)
    if village_id:
        stmt = stmt.where(VillageOfficial.village_id == village_id)
    if active_only:
        stmt = stmt.where(VillageOfficial.active.is_(True))
    stmt = stmt.order_by(Village.code, VillageOfficial.sort_order, VillageOfficial.name)
    return [_official_info(o, v) for o, v in session.execute(stmt).all()]


# --- profile -------------------------------------------------------------------------------


def get_profile(session: Session, village_id: str) -> ProfileInfo:
    return profile_info(village_id, session.get(VillageProfile, derived_id("village_profile", village_id)))


def all_profiles(session: Session) -> dict[str, ProfileInfo]:
    """Every village's profile in one query, by village id (an empty profile where none
    was recorded)."""
    stored = {p.id: p for p in session.scalars(select(VillageProfile))}
    return {vid: profile_info(vid, stored.get(derived_id("village_profile", vid)))
            for vid in session.scalars(select(Village.id))}


def profile_info(village_id: str, profile: VillageProfile | None) -> ProfileInfo:
    """The profile row of a village as its DTO (``None``: nothing recorded yet)."""
    if profile is None:
        return ProfileInfo(village_id, None, None, None, None, None, None, None)
    return ProfileInfo(
        village_id,
        profile.classification,
        profile.sotk_urusan,
        profile.sotk_seksi,
        profile.kades_name,
        profile.kades_inaugurated_on,
        profile.kades_term_number,
        profile.kades_term_ends_on,
        **{name: getattr(profile, name) for name in HEAD_FIELDS},
    )


def update_profile(session: Session, village_id: str, **changes: object) -> ProfileInfo:
    """Set fields of the village profile (created on first use, with a derived id so that
    two laptops creating it merge instead of duplicating)."""
    if session.get(Village, village_id) is None:
        raise NotFound(f"Desa dengan id {village_id} tidak ditemukan.")
    allowed = {
        "classification", "sotk_urusan", "sotk_seksi", "kades_name", "kades_inaugurated_on",
        "kades_term_number", "kades_term_ends_on", "address", "notes", *HEAD_FIELDS,
    }
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Kolom profil tidak dikenal: {', '.join(sorted(unknown))}.")
    cls = changes.get("classification")
    if cls is not None and cls not in {c.value for c in Classification}:
        raise ValidationError("Klasifikasi desa harus swadaya, swakarya atau swasembada.")
    labels = {"sotk_urusan": "Jumlah urusan SOTK", "sotk_seksi": "Jumlah seksi SOTK",
              "kades_term_number": "Periode jabatan Kepala Desa"}
    for key, label in labels.items():
        value = changes.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0 or value > 20):
            raise ValidationError(f"{label} tidak masuk akal: {value}.")
    _check_head_fields(changes)
    pid = derived_id("village_profile", village_id)
    profile = session.get(VillageProfile, pid)
    _check_election_order({name: changes.get(name, getattr(profile, name) if profile else None)
                           for name in ELECTION_STEPS})
    if profile is None:
        profile = VillageProfile(id=pid, village_id=village_id, address="", notes="")
        session.add(profile)
    for key, value in changes.items():
        setattr(profile, key, clean(value) if key == "kades_acting_sk" and isinstance(value, str) else value)
    session.flush()
    return get_profile(session, village_id)


def _check_head_fields(changes: dict[str, object]) -> None:
    acting = changes.get("kades_acting")
    if acting is not None and not isinstance(acting, bool):
        raise ValidationError("Status Penjabat Kepala Desa harus ya atau tidak.")
    reason = changes.get("previous_head_left")
    if reason is not None and reason not in {r.value for r in HeadLeftReason}:
        raise ValidationError(f"Alasan berhentinya Kepala Desa '{reason}' tidak dikenal; pilih "
                              f"{', '.join(r.value for r in HeadLeftReason)}.")


def _check_election_order(steps: dict[str, Any]) -> None:
    """The election's recorded steps must follow one another."""
    present = [(name, day) for name in ELECTION_STEPS if (day := steps[name]) is not None]
    for (first, d1), (second, d2) in zip(present, present[1:]):
        if d2 < d1:
            raise ValidationError(f"Urutan tanggal tidak mungkin: {ELECTION_STEPS[second]} ({d2:%d-%m-%Y}) "
                                  f"sebelum {ELECTION_STEPS[first]} ({d1:%d-%m-%Y}).")
