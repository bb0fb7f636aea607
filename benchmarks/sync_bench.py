"""Sync benchmarks (DESIGN.md §8): ratios to floors measured in the same run.

    python benchmarks/sync_bench.py [--five-year DIR] [--repeat 3]

1. Full export + full import of the 5-year demo into an empty (newly enrolled) replica,
   against the floor: ``INSERT … SELECT`` of the same rows between two SQLite files with
   the same schema. Budget ≤ 3×. Measured at the payload seam (engine only) and with the
   bundle container (signing, encryption, compression) around it.
2. A one-visit delta (a laptop records one visit: export, then the master imports) on the
   1-year demo against the same on the 5-year demo. Budget ≤ 1.5×.

``--five-year`` names an existing 5-year demo replica (``build_demo.py --keep DIR``; it is
copied, never changed); without it the script builds one (about two minutes). The 1-year
demo is always built. Prints Markdown rows; nothing is written outside a temp folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from perut_desktop import db
from perut_desktop.db import open_replica
from perut_desktop.models import REPLICATED_MODELS
from perut_desktop.services import demo, setup, villages, visits
from perut_desktop.services.common import find_officer
from perut_desktop.sync import bundle, engine, enrol

TODAY = dt.date(2026, 11, 20)


def build_demo(folder: Path, years: int) -> Path:
    setup.init_master(folder, kecamatan="Awayan")
    replica = open_replica(folder)
    try:
        demo.generate(replica, years=years, seed=1, today=TODAY)
    finally:
        replica.close()
    return folder


def floor_seconds(source: Path, work: Path) -> tuple[float, int]:
    """INSERT … SELECT of every replicated row into an empty database of the same schema."""
    target = work / "floor.sqlite"
    target.unlink(missing_ok=True)
    engine_ = db.create_db_engine(f"sqlite:///{target}")
    db.upgrade_schema(engine_)
    engine_.dispose()
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("ATTACH DATABASE ? AS src", (str(source),))
    rows = 0
    t0 = time.perf_counter()
    con.execute("BEGIN")
    for m in REPLICATED_MODELS:
        name = m.__tablename__  # type: ignore[attr-defined]
        rows += con.execute(f'INSERT INTO main."{name}" SELECT * FROM src."{name}"').rowcount
    con.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    con.execute("DETACH DATABASE src")
    con.close()
    return elapsed, rows


def empty_field(master_dir: Path, folder: Path) -> tuple[Path, str]:
    """Enrol a laptop on the master and create its empty replica."""
    master = open_replica(master_dir)
    try:
        with master.begin() as s:
            officer = find_officer(s, "Rahmadi").name
        e = enrol.enrol_device(master, officer)
    finally:
        master.close()
    enrol.init_field_replica(folder, device_id=e.device_id, master_device_id=e.master_device_id,
                             subdistrict_id=e.subdistrict_id)
    return folder, e.device_id


def full_sync(master_dir: Path, field_template: Path, device_id: str, work: Path, repeat: int,
              with_container: bool) -> tuple[float, float, int]:
    """Best (export, import) seconds of a full bundle into the empty field replica."""
    best_e = best_i = float("inf")
    rows = 0
    for n in range(repeat):
        field_dir = work / f"field-{with_container}-{n}"
        shutil.copytree(field_template, field_dir)
        master = open_replica(master_dir)
        field = open_replica(field_dir)
        try:
            if with_container:
                out = work / f"full-{n}.perut"
                t0 = time.perf_counter()
                bundle.export_bundle(master, out, to=device_id, full=True)
                t1 = time.perf_counter()
                t2 = time.perf_counter()
                res = bundle.import_bundle(field, out).result
                t3 = time.perf_counter()
                e, i = t1 - t0, t3 - t2
            else:
                payload = work / f"full-{n}.sqlite"
                t0 = time.perf_counter()
                ex = engine.export_payload(master, payload, to=device_id, full=True)
                t1 = time.perf_counter()
                res = engine.apply_payload(field, payload, ex.header)
                t2 = time.perf_counter()
                e, i = t1 - t0, t2 - t1
            assert res.status == "applied"
            rows = res.applied
            best_e, best_i = min(best_e, e), min(best_i, i)
        finally:
            master.close()
            field.close()
    return best_e, best_i, rows


def prepare_container(master_dir: Path, field_template: Path, device_id: str) -> None:
    """Keys on both sides as after enrolment: the master knows the laptop's public keys,
    the laptop knows the master's (from its enrolment file)."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from perut_desktop.models import Device

    master_keys = bundle.ensure_identity(master_dir).public_keys()
    field_keys = bundle.ensure_identity(field_template).public_keys()
    master = open_replica(master_dir)
    try:
        with master.begin() as s:
            d = s.get(Device, device_id)
            d.sign_public_key, d.enc_public_key = field_keys.sign, field_keys.enc
        master_id = master.device_id
    finally:
        master.close()
    bundle._write_private_json(bundle.key_dir(field_template) / bundle.ENROLMENT_STATE, {  # noqa: SLF001
        "kecamatan_code": "63.11.03", "master_device_id": master_id, "master_sign_key": master_keys.sign,
        "master_enc_key": master_keys.enc, "secret": "bench",
        "enrolment_key": base64.b64encode(X25519PrivateKey.generate().private_bytes_raw()).decode()})


def delta(master_dir: Path, work: Path, repeat: int) -> tuple[float, float, int]:
    """One visit recorded on an in-sync laptop: best (export, import) seconds at the seam."""
    field_dir, device_id = empty_field(master_dir, work / "delta-field")
    master = open_replica(master_dir)
    field = open_replica(field_dir)
    try:
        ex = engine.export_payload(master, work / "d0.sqlite", to=device_id)
        engine.apply_payload(field, work / "d0.sqlite", ex.header)
        ex = engine.export_payload(field, work / "d1.sqlite")
        engine.apply_payload(master, work / "d1.sqlite", ex.header)  # acknowledgements both ways
        ex = engine.export_payload(master, work / "d2.sqlite", to=device_id)
        engine.apply_payload(field, work / "d2.sqlite", ex.header)
        best_e = best_i = float("inf")
        rows = 0
        for n in range(repeat):
            with field.begin() as s:
                officer = find_officer(s, "Rahmadi")
                v = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id, officer_id=officer.id,
                                        visit_date=dt.date.today() - dt.timedelta(days=n))
                for r in visits.results(s, v.id):
                    visits.set_result(s, v.id, r.item_code, status="lengkap")
                visits.add_attendee(s, v.id, name="Warga", group="masyarakat", gender="L")
                visits.set_minutes(s, v.id, chair="Kades", note_taker="Sekdes", discussion="Pemeriksaan buku")
            t0 = time.perf_counter()
            ex = engine.export_payload(field, work / f"v{n}.sqlite")
            t1 = time.perf_counter()
            res = engine.apply_payload(master, work / f"v{n}.sqlite", ex.header)
            t2 = time.perf_counter()
            rows = res.applied
            best_e, best_i = min(best_e, t1 - t0), min(best_i, t2 - t1)
            # the master acknowledges, as it would with its next bundle
            ex = engine.export_payload(master, work / f"a{n}.sqlite", to=device_id)
            engine.apply_payload(field, work / f"a{n}.sqlite", ex.header)
        return best_e, best_i, rows
    finally:
        master.close()
        field.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--five-year", type=Path, help="an existing 5-year demo replica (copied)")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="perut-sync-bench-") as tmp:
        work = Path(tmp)
        five = work / "five"
        if args.five_year:
            shutil.copytree(args.five_year, five)
        else:
            build_demo(five, 5)
        one = build_demo(work / "one", 1)

        # 1. full export + import vs the floor
        floor, floor_rows = min(floor_seconds(db.database_path(five), work) for _ in range(args.repeat))
        field_template, device_id = empty_field(five, work / "field-template")
        e, i, rows = full_sync(five, field_template, device_id, work, args.repeat, with_container=False)
        prepare_container(five, field_template, device_id)
        ce, ci, _ = full_sync(five, field_template, device_id, work, args.repeat, with_container=True)
        print(f"## Sync benchmarks ({dt.date.today()}, Python {platform.python_version()}, "
              f"SQLite {sqlite3.sqlite_version})\n")
        print("| measure | rows | seconds | ratio to floor | budget |")
        print("|---|---|---|---|---|")
        print(f"| floor: INSERT … SELECT between two SQLite files | {floor_rows} | {floor:.3f} | 1.0 | |")
        print(f"| full export + import, payload seam | {rows} | {e:.3f} + {i:.3f} = {e + i:.3f} | "
              f"{(e + i) / floor:.2f} | ≤ 3 |")
        print(f"| full export + import, with container | {rows} | {ce:.3f} + {ci:.3f} = {ce + ci:.3f} | "
              f"{(ce + ci) / floor:.2f} | ≤ 3 |")
        print(f"| full import only, payload seam | {rows} | {i:.3f} | {i / floor:.2f} | ≤ 3 (DESIGN §8) |")
        print(f"| full import only, with container | {rows} | {ci:.3f} | {ci / floor:.2f} | ≤ 3 (DESIGN §8) |")

        # 2. one-visit delta, 1 year vs 5 years
        e1, i1, r1 = delta(one, work / "d-one", args.repeat)
        e5, i5, r5 = delta(five, work / "d-five", args.repeat)
        print(f"| one-visit delta on 1 year (export + import) | {r1} | {e1:.4f} + {i1:.4f} = {e1 + i1:.4f} | | |")
        print(f"| one-visit delta on 5 years (export + import) | {r5} | {e5:.4f} + {i5:.4f} = {e5 + i5:.4f} | "
              f"{(e5 + i5) / (e1 + i1):.2f} × the 1-year delta | ≤ 1.5 |")


if __name__ == "__main__":
    main()
