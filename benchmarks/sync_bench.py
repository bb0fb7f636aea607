"""Sync benchmarks (DESIGN.md §8): ratios to floors measured in the same run.

    python benchmarks/sync_bench.py [--five-year DIR] [--repeat 3] [--photos-mb 200]

1. Full export + full import of the 5-year demo into an empty (newly enrolled) replica,
   against the floor: ``INSERT … SELECT`` of the same rows between two SQLite files with
   the same schema. Budget ≤ 3×. Measured at the payload seam (engine only) and with the
   bundle container (signing, encryption, compression) around it.
2. A one-visit delta (a laptop records one visit: export, then the master imports) on the
   1-year demo against the same on the 5-year demo, at the seam and through the bundle
   files. Budget ≤ 1.5×. The automatic backup an import takes at most once a day (or
   before one of more than 1,000 rows) is timed on its own.
3. Peak memory (the process's RSS high-water mark) of ``perut sync import`` of a laptop's
   bundle carrying ``--photos-mb`` of photos (random noise, attached through the
   attachment service, so resized to 1600 px JPEG), against the same import without
   photos. Each import runs in a fresh process. ``--photos-mb 0`` skips it.

``--five-year`` names an existing 5-year demo replica (``build_demo.py --keep DIR``; it is
copied, never changed); without it the script builds one (about two minutes). The 1-year
demo is always built. Prints Markdown rows; nothing is written outside a temp folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from perut_desktop import db
from perut_desktop.db import open_replica
from perut_desktop.errors import StateError
from perut_desktop.models import REPLICATED_MODELS
from perut_desktop.services import setup, villages, visits
from perut_desktop.services.common import find_officer
from perut_desktop.sync import backup, bundle, engine, enrol, identity


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
    from perut_desktop.models import Device

    master_keys = identity.ensure_identity(master_dir).public_keys()
    field_keys = identity.ensure_identity(field_template).public_keys()
    master = open_replica(master_dir)
    try:
        with master.begin() as s:
            d = s.get(Device, device_id)
            d.sign_public_key, d.enc_public_key = field_keys.sign, field_keys.enc
        master_id = master.device_id
    finally:
        master.close()
    identity.write_private_json(identity.key_dir(field_template) / identity.ENROLMENT_STATE, {
        "kecamatan_code": "63.11.03", "master_device_id": master_id, "master_sign_key": master_keys.sign,
        "master_enc_key": master_keys.enc, "secret": "bench"})



def full_bundle_for_new_laptop(five_year: Path, work: Path) -> tuple[Path, str, Path]:
    """A copy of ``five_year`` as the master in ``work``, a newly enrolled empty laptop
    (its replica folder and device id) and the master's full bundle to it."""
    master_dir = work / "master"
    shutil.copytree(five_year, master_dir)
    field_template, device_id = empty_field(master_dir, work / "field")
    prepare_container(master_dir, field_template, device_id)
    master = open_replica(master_dir)
    try:
        out = bundle.export_bundle(master, work / "full.perut", to=device_id, full=True)[0].path
    finally:
        master.close()
    return field_template, device_id, out

def delta(master_dir: Path, work: Path, repeat: int, *, with_container: bool = False) -> tuple[float, float, int]:
    """One visit recorded on an in-sync laptop: best (export, import) seconds, at the seam
    or through bundle files (after the day's automatic backup, which is timed apart)."""
    work.mkdir(parents=True, exist_ok=True)
    field_dir, device_id = empty_field(master_dir, work / "delta-field")
    if with_container:
        prepare_container(master_dir, field_dir, device_id)
    master = open_replica(master_dir)
    field = open_replica(field_dir)

    def exchange(src, dst, name: str, to: str | None = None):  # type: ignore[no-untyped-def]
        if with_container:
            out = bundle.export_bundle(src, work / f"{name}.perut", to=to)[0].path
            return bundle.import_bundle(dst, out).result
        ex = engine.export_payload(src, work / f"{name}.sqlite", to=to)
        return engine.apply_payload(dst, work / f"{name}.sqlite", ex.header)

    try:
        exchange(master, field, "d0", device_id)
        exchange(field, master, "d1")  # acknowledgements both ways (and the day's backups)
        exchange(master, field, "d2", device_id)
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
            if with_container:
                out = bundle.export_bundle(field, work / f"v{n}.perut")[0].path
            else:
                ex = engine.export_payload(field, work / f"v{n}.sqlite")
            t1 = time.perf_counter()
            if with_container:
                imported = bundle.import_bundle(master, out)
                assert imported.backup is None, "the day's automatic backup was taken before"
                res = imported.result
            else:
                res = engine.apply_payload(master, work / f"v{n}.sqlite", ex.header)
            t2 = time.perf_counter()
            rows = res.applied
            best_e, best_i = min(best_e, t1 - t0), min(best_i, t2 - t1)
            # the master acknowledges, as it would with its next bundle
            exchange(master, field, f"a{n}", device_id)
        return best_e, best_i, rows
    finally:
        master.close()
        field.close()


def backup_seconds(master_dir: Path, repeat: int) -> tuple[float, int]:
    """Best seconds of one automatic backup of the replica (the database sealed to its own
    keys, as an import takes it), and the file's size."""
    best, size = float("inf"), 0
    replica = open_replica(master_dir)
    try:
        for n in range(repeat):
            t0 = time.perf_counter()
            path = backup.take_automatic_backup(replica, now=dt.datetime(2020, 1, 1 + n))
            best = min(best, time.perf_counter() - t0)
            size = path.stat().st_size
    finally:
        replica.close()
    return best, size


# The child reads its peak RSS from /proc (VmHWM, kept per address space): Linux's
# ru_maxrss would also count the parent's pages copied at fork, before the exec.
_CHILD = """
import resource, sys, time
from pathlib import Path
from perut_desktop.db import open_replica
from perut_desktop.sync.bundle import import_bundle
replica = open_replica(Path(sys.argv[1]))
t0 = time.perf_counter()
r = import_bundle(replica, Path(sys.argv[2]))
seconds = time.perf_counter() - t0
replica.close()
assert r.result.status == "applied"
try:
    kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
except OSError:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(kb, r.attachments, seconds)
"""

from build_demo import build_demo  # benchmarks/ is on sys.path when run as a script


def _import_in_child(master_dir: Path, path: Path) -> tuple[float, int, float]:
    """(peak RSS in MB, attachment files stored, seconds) of one import in a new process."""
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(master_dir), str(path)], capture_output=True,
                          text=True, check=True)
    kb, files, seconds = proc.stdout.split()
    return int(kb) / 1024, int(files), float(seconds)


def photo_memory(work: Path, megabytes: int) -> dict[str, float]:
    """A laptop attaches ``megabytes`` of photos to one visit; the master imports its
    bundle in a fresh process. Returns sizes, peak RSS and the same without photos."""
    from PIL import Image

    from perut_desktop.services.attachments_store import AttachmentStore

    master_dir, laptop_dir = work / "photo-master", work / "photo-laptop"
    setup.init_master(master_dir, kecamatan="Awayan")
    master = open_replica(master_dir)
    try:
        with master.begin() as s:
            from perut_desktop.services import people

            people.add_officer(s, name="Rahmadi", villages=["Awayan"])
        enrolment = bundle.write_enrolment(master, "Rahmadi", work / "photo.perut-enroll")
        made = bundle.init_field_from_file(laptop_dir, enrolment.path)
        laptop = open_replica(laptop_dir)
        try:  # the confirmed enrolment: the laptop's first bundle held, then its code typed
            hello = bundle.export_bundle(laptop, work / "photo-hello.perut")[0].path
        finally:
            laptop.close()
        try:
            bundle.import_bundle(master, hello)
        except StateError:
            pass
        bundle.confirm_enrolment(master, enrolment.device_id, made.code)
        first = bundle.export_bundle(master, work / "photo-first.perut", to=enrolment.device_id)[0].path
    finally:
        master.close()
    laptop = open_replica(laptop_dir)
    try:
        bundle.import_bundle(laptop, first)
        small = bundle.export_bundle(laptop, work / "photo-small.perut")[0]  # records only, no photo
        store = AttachmentStore(laptop_dir / "attachments")
        total = files = 0
        source = work / "noise.png"
        with laptop.begin() as s:
            v = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id,
                                    officer_id=find_officer(s, "Rahmadi").id, visit_date=dt.date.today())
            while total < megabytes * 1_048_576:
                Image.frombytes("RGB", (1600, 1200), os.urandom(1600 * 1200 * 3)).save(source)
                files += 1
                total += visits.attach_file(s, store, v.id, source, caption=f"Foto {files}").size
        photos = bundle.export_bundle(laptop, work / "photo-big.perut")[0]
    finally:
        laptop.close()
    # the master's import of the small bundle (a fresh copy of the master, twice each,
    # keeping the lower peak) against the one with photos
    results = {}
    for name, written in (("small", small), ("photos", photos)):
        peaks = []
        for n in range(2):
            target = work / f"photo-master-{name}-{n}"
            shutil.copytree(master_dir, target)
            peaks.append(_import_in_child(target, written.path))
        results[name] = min(peaks)
    return {"photos": files, "photo_mb": total / 1_048_576, "bundle_mb": photos.bytes / 1_048_576,
            "small_kb": small.bytes / 1024, "rss_small": results["small"][0], "rss_photos": results["photos"][0],
            "seconds_photos": results["photos"][2], "stored": results["photos"][1]}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--five-year", type=Path, help="an existing 5-year demo replica (copied)")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--photos-mb", type=int, default=200, help="photos in the memory measurement (0: skip)")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="perut-sync-bench-") as tmp:
        work = Path(tmp)
        five = work / "five"
        if args.five_year:
            shutil.copytree(args.five_year, five)
        else:
            build_demo(five, 5)
        one = work / "one"
        build_demo(one, 1)

        # 1. full export + import vs the floor
        floor, floor_rows = min(floor_seconds(db.database_path(five), work) for _ in range(args.repeat))
        field_template, device_id = empty_field(five, work / "field-template")
        e, i, rows = full_sync(five, field_template, device_id, work, args.repeat, with_container=False)
        prepare_container(five, field_template, device_id)
        ce, ci, _ = full_sync(five, field_template, device_id, work, args.repeat, with_container=True)
        size = (work / "full-0.perut").stat().st_size
        print(f"## Sync benchmarks ({dt.date.today()}, Python {platform.python_version()}, "
              f"SQLite {sqlite3.sqlite_version}, best of {args.repeat})\n")
        print("| measure | rows | seconds | ratio | budget |")
        print("|---|---|---|---|---|")
        print(f"| floor: INSERT … SELECT between two SQLite files | {floor_rows:,} | {floor:.3f} | 1.0 | |")
        print(f"| full export + import, payload seam | {rows:,} | {e:.3f} + {i:.3f} = {e + i:.3f} | "
              f"{(e + i) / floor:.2f} × floor | |")
        print(f"| full export + import, bundle file ({size / 1_048_576:.1f} MB) | {rows:,} | "
              f"{ce:.3f} + {ci:.3f} = {ce + ci:.3f} | {(ce + ci) / floor:.2f} × floor | |")
        print(f"| **full import into an empty replica**, payload seam | {rows:,} | {i:.3f} | "
              f"{i / floor:.2f} × floor | ≤ 3 |")
        print(f"| **full import into an empty replica**, bundle file | {rows:,} | {ci:.3f} | "
              f"{ci / floor:.2f} × floor | ≤ 3 |")

        # 2. one-visit delta, 1 year vs 5 years; the daily automatic backup apart
        for label, with_container in (("payload seam", False), ("bundle files", True)):
            one_copy, five_copy = work / f"one-{with_container}", work / f"five-{with_container}"
            shutil.copytree(one, one_copy)
            shutil.copytree(five, five_copy)
            e1, i1, r1 = delta(one_copy, work / f"d-one-{with_container}", args.repeat,
                               with_container=with_container)
            e5, i5, r5 = delta(five_copy, work / f"d-five-{with_container}", args.repeat,
                               with_container=with_container)
            print(f"| one-visit delta on 1 year, {label} (export + import) | {r1} | "
                  f"{e1:.4f} + {i1:.4f} = {e1 + i1:.4f} | | |")
            print(f"| **one-visit delta on 5 years**, {label} (export + import) | {r5} | "
                  f"{e5:.4f} + {i5:.4f} = {e5 + i5:.4f} | {(e5 + i5) / (e1 + i1):.2f} × 1 year | ≤ 1.5 |")
        b1, s1 = backup_seconds(one, args.repeat)
        b5, s5 = backup_seconds(five, args.repeat)
        print(f"| automatic backup before an import, 1 year ({s1 / 1_048_576:.1f} MB) | | {b1:.3f} | | "
              "at most daily, or before > 1,000 rows |")
        print(f"| automatic backup before an import, 5 years ({s5 / 1_048_576:.1f} MB) | | {b5:.3f} | "
              f"{b5 / b1:.2f} × 1 year | at most daily, or before > 1,000 rows |")

        # 3. memory of an import with photos
        if args.photos_mb:
            m = photo_memory(work, args.photos_mb)
            print(f"\nPeak RSS of `perut sync import` in a fresh process (master, one laptop bundle): "
                  f"{m['rss_small']:.0f} MB for a bundle without photos ({m['small_kb']:.0f} KB); "
                  f"{m['rss_photos']:.0f} MB for a bundle with {m['photos']} photos, "
                  f"{m['photo_mb']:.0f} MB of JPEG ({m['bundle_mb']:.0f} MB file; imported and "
                  f"{m['stored']} files stored in {m['seconds_photos']:.1f} s).")


if __name__ == "__main__":
    main()
