"""Creating a replica: the database, its identity, the kecamatan, villages and templates."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from perut_desktop import db
from perut_desktop.errors import Hint, StateError, ValidationError
from perut_desktop.models import Device, ReplicaState, Subdistrict, derived_id
from perut_desktop.enums import Role
from perut_desktop.models.replication import ReplicaContext
from perut_desktop.paths import make_private, resource
from perut_desktop.services import templates, villages
from perut_desktop.services.common import clean, require_master, subdistrict

DEFAULT_VILLAGES_FILE = "villages_awayan.csv"

#: What is known of the default kecamatan beyond its village list.
KNOWN_SUBDISTRICTS = {
    "63.11.03": {"name": "Awayan", "kabupaten": "Balangan", "province": "Kalimantan Selatan", "city": "Awayan"},
}


@dataclass(frozen=True)
class InitResult:
    data_dir: Path
    device_id: str
    subdistrict: str
    villages: int
    template_items: int


def new_device_id() -> str:
    return secrets.token_hex(8)


def init_master(
    data_dir: Path,
    *,
    kecamatan: str,
    villages_file: Path | None = None,
    kabupaten: str | None = None,
    province: str | None = None,
) -> InitResult:
    """Create a master replica in ``data_dir``; refuse if one exists (StateError)."""
    kecamatan = clean(kecamatan)
    if not kecamatan:
        raise ValidationError("Nama kecamatan wajib diisi.")
    rows = villages.read_village_file(villages_file or resource(DEFAULT_VILLAGES_FILE))
    if db.is_initialised(data_dir):
        raise StateError(f"Sudah ada data PERUT di {data_dir}; tidak ditimpa.", hint=Hint.CHOOSE_OTHER_DATA_FOLDER,
                         record=str(data_dir))
    sub_code = rows[0].code.rsplit(".", 1)[0]
    known = KNOWN_SUBDISTRICTS.get(sub_code, {})
    if known and known["name"].casefold() != kecamatan.casefold():
        raise ValidationError(f"Daftar desa untuk Kecamatan {known['name']}, bukan {kecamatan}.",
                              hint=Hint.GIVE_VILLAGES_FILE)
    make_private(data_dir)
    engine = db.create_db_engine(db.database_url(data_dir))
    try:
        db.upgrade_schema(engine)
        make_private(data_dir)  # the database file just made
        device_id = new_device_id()
        ctx = ReplicaContext(device_id=device_id, local_device_id=device_id, master_device_id=device_id)
        factory = db.make_session_factory(engine, ctx)
        sub_id = derived_id("subdistrict", sub_code)
        with factory() as session, session.begin():
            session.execute(insert(ReplicaState).values(
                singleton=1, device_id=device_id, role=Role.MASTER.value, subdistrict_id=sub_id,
                master_device_id=device_id, epoch=0, created_at=ctx.utcnow(), hlc_ms=0, hlc_counter=0, seq=0,
            ))
            session.add(Subdistrict(
                id=sub_id, code=sub_code, name=known.get("name", kecamatan),
                kabupaten=kabupaten or known.get("kabupaten", ""), province=province or known.get("province", ""),
                city=known.get("city", kecamatan), address="", postal_code="", phone="", email="",
                camat_name="", camat_nip="",
            ))
            session.add(Device(id=device_id, role=Role.MASTER.value, name=f"Master Kecamatan {kecamatan}",
                               epoch=0, enrolled_at=ctx.utcnow(), revoked=False, revoked_reason=""))
            session.flush()
            count = villages.add_villages(session, sub_id, rows)
            session.flush()
            templates.load_default_templates(session)
            items = len(templates.current_template(session).items)
    except BaseException:
        engine.dispose()
        db.discard_database(data_dir)
        raise
    engine.dispose()
    return InitResult(data_dir, device_id, kecamatan, count, items)


@dataclass(frozen=True)
class SubdistrictInfo:
    id: str
    code: str
    name: str
    kabupaten: str
    province: str
    address: str
    postal_code: str
    phone: str
    email: str
    city: str
    camat_name: str
    camat_nip: str


def subdistrict_info(session: Session) -> SubdistrictInfo:
    s = subdistrict(session)
    return SubdistrictInfo(s.id, s.code, s.name, s.kabupaten, s.province, s.address, s.postal_code,
                           s.phone, s.email, s.city, s.camat_name, s.camat_nip)


def update_subdistrict(session: Session, **changes: str | None) -> SubdistrictInfo:
    """Letterhead and Camat details (master only); ``None`` leaves a field unchanged."""
    require_master(session, "Mengubah data kecamatan")
    allowed = {"kabupaten", "province", "address", "postal_code", "phone", "email", "city", "camat_name", "camat_nip"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Kolom tidak dikenal: {', '.join(sorted(unknown))}.")
    s = subdistrict(session)
    for key, value in changes.items():
        if value is not None:
            if key == "camat_nip":
                value = value.replace(" ", "")
                if value and (not value.isdigit() or len(value) != 18):
                    raise ValidationError(f"NIP '{value}' tidak valid; NIP terdiri atas 18 angka.")
            setattr(s, key, clean(value))
    session.flush()
    return subdistrict_info(session)
