"""``perut enroll``, ``sync …``, ``device …``, ``conflicts …``, ``dev simulate`` and ``init
--role field``: exchanging bundles (DESIGN.md §4, §5)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from perut_desktop.cli.common import Progress, data_dir, print_json, print_table, replica, unit_of_work
from perut_desktop.errors import StateError, UsageError


def _kb(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 10 * 1_048_576 else f"{n / 1_048_576:.1f} MB"


def _rows_text(counts: dict[str, int]) -> str:
    parts = [f"{name} {n}" for name, n in counts.items() if n]
    return ", ".join(parts) if parts else "tanpa perubahan"


def require_master(opened: Any, what: str) -> None:
    if not opened.is_master:
        raise StateError(f"{what} hanya dapat dilakukan di kantor kecamatan (replika master).")


# --- init / enroll ---------------------------------------------------------------------------


def init_field(args: argparse.Namespace) -> int:
    """``perut init --role field --enrollment FILE``: the laptop's empty replica and keys."""
    from perut_desktop.sync.bundle import init_field_from_file

    if not getattr(args, "enrollment", None):
        raise UsageError("Replika lapangan dibuat dari berkas pendaftaran kantor kecamatan: "
                         "perut init --role field --enrollment BERKAS.")
    info = init_field_from_file(data_dir(args), Path(args.enrollment))
    print(f"Replika lapangan Kecamatan {info['kecamatan']} dibuat di {data_dir(args)}: perangkat {info['device_id']}"
          f"{' untuk ' + info['officer_name'] if info['officer_name'] else ''}, sidik kunci {info['sign_fingerprint']}. "
          "Impor bundel pertama dari kantor kecamatan dengan 'perut sync import BERKAS'.")
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from perut_desktop.sync.bundle import write_enrolment

    with replica(args) as opened:
        require_master(opened, "Pendaftaran perangkat")
        res = write_enrolment(opened, args.officer, Path(args.out), name=args.name)
    print(f"Perangkat {res.device_id} untuk {res.officer_name} didaftarkan; berkas pendaftaran ditulis ke {res.path}. "
          f"Berikan langsung kepada pendamping (jangan bersama bundel), lalu kirim bundel pertama: "
          f"perut sync export --to {res.device_id} --out BERKAS.perut")
    return 0


# --- sync ------------------------------------------------------------------------------------


def cmd_sync_export(args: argparse.Namespace) -> int:
    from perut_desktop.sync.bundle import export_bundle

    with replica(args) as opened:
        written = export_bundle(opened, Path(args.out), to=args.to, full=args.full, max_size=args.max_size,
                                progress=Progress())
    if args.json:
        print_json([{"file": w.path, "bytes": w.bytes, "rows": w.rows, "tables": {k: v for k, v in w.counts.items()
                     if v}, "attachments": w.attachments, "bundle_id": w.header["bundle_id"],
                     "recipient": w.header["recipient"], "bundle_no": w.header["bundle_no"],
                     "revocation_notice": w.revocation_notice} for w in written])
        return 0
    first = written[0]
    if first.revocation_notice:
        print(f"Perangkat {first.header['recipient']} sudah dicabut: {first.path} hanya memberitahukan pencabutan "
              "kepada laptop itu (tanpa data lain); setelah diimpor di sana, laptop itu hanya dapat melihat datanya.")
        return 0
    print(f"Bundel ke {first.header['recipient']} ditulis ke {first.path}: {first.rows} baris "
          f"({_rows_text(first.counts)}), {sum(w.attachments for w in written)} lampiran, "
          f"{_kb(sum(w.bytes for w in written))}" + (f" dalam {len(written)} berkas" if len(written) > 1 else "") + ".")
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    from perut_desktop.sync.bundle import import_bundle

    path = Path(args.file)
    with replica(args) as opened:
        imported = import_bundle(opened, path, dry_run=args.dry_run, progress=Progress())
    r = imported.result
    if args.json:
        print_json({"bundle_id": r.bundle_id, "sender": r.sender, "status": r.status, "received": r.received,
                    "applied": r.applied, "conflicts": r.conflicts, "attachments": imported.attachments,
                    "warnings": r.warnings, "seconds": round(r.seconds, 3), "backup": imported.backup,
                    "tables": {k: {"received": s.received, "inserted": s.inserted, "updated": s.updated,
                                   "merged": s.merged, "unchanged": s.unchanged, "held": s.held}
                               for k, s in r.tables.items() if s.received}})
        return 0
    for w in r.warnings:
        sys.stderr.write(f"perut: peringatan: {w}\n")
    if r.status == "already":
        if imported.attachments:
            print(f"Bundel {path.name} sudah diimpor sebelumnya; {imported.attachments} berkas lampiran yang belum "
                  "tersimpan kini dilengkapi, data lain tidak berubah.")
        else:
            print(f"Bundel {path.name} sudah diimpor sebelumnya; tidak ada yang berubah.")
        return 0
    applied = {k: s.applied for k, s in r.tables.items()}
    verb = "akan diterapkan (uji coba, tidak ada yang disimpan)" if r.status == "dry-run" else "diterapkan"
    backed_up = f"; cadangan otomatis sebelumnya: {imported.backup.parent.name}/{imported.backup.name}" \
        if imported.backup else ""
    print(f"Bundel dari {r.sender}: {r.received} baris diterima, {r.applied} {verb} ({_rows_text(applied)}), "
          f"{r.conflicts} konflik baru, {imported.attachments} lampiran, {r.seconds:.2f} detik{backed_up}.")
    if r.conflicts:
        print("Lihat konflik dengan 'perut conflicts list'.")
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from perut_desktop.models import Conflict, Device, ImportLog, Peer, ReplicaState
    from perut_desktop.sync.engine import pending_rows

    with replica(args) as opened, opened.engine.connect() as conn:
        if True:
            st = conn.execute(select(ReplicaState)).one()
            peers = conn.execute(select(Peer).order_by(Peer.device_id)).all()
            names = dict(conn.execute(select(Device.id, Device.name)).all())
            pending = {p.device_id: pending_rows(conn, p) for p in peers}
            open_conflicts = conn.execute(select(func.count()).select_from(Conflict).where(
                Conflict.status == "open", Conflict.deleted.is_(False))).scalar_one()
            refused = conn.execute(select(func.count()).select_from(ImportLog).where(
                ImportLog.outcome == "refused")).scalar_one()
    rows = [{"device_id": p.device_id, "name": names.get(p.device_id, ""), "epoch": p.epoch,
             "acked_seq": p.acked_seq, "applied_upto": int((p.state or {}).get("applied_upto", 0)),
             "pending_rows": pending[p.device_id], "bundles_sent": p.next_out_bundle - 1,
             "last_bundle_applied": p.applied_in_bundle, "last_sent_at": p.last_sent_at,
             "last_received_at": p.last_received_at,
             "enrolment_pending": bool(((p.state or {}).get("enrolment") or {}).get("pending"))} for p in peers]
    data = {"device_id": st.device_id, "role": st.role, "epoch": st.epoch, "seq": st.seq,
            "open_conflicts": open_conflicts, "refused_bundles": refused, "peers": rows}
    if args.json:
        print_json(data)
        return 0
    print(f"Perangkat {st.device_id} ({'master' if st.role == 'master' else 'lapangan'}), epoch {st.epoch}, "
          f"penulisan ke-{st.seq}; konflik terbuka: {open_conflicts}; bundel ditolak: {refused}.")
    if rows:
        print_table(["Mitra", "Nama", "Belum dikirim/diakui", "Terakhir kirim", "Terakhir terima"],
                    [(r["device_id"], r["name"], r["pending_rows"],
                      r["last_sent_at"].strftime("%Y-%m-%d %H:%M") if r["last_sent_at"] else "-",
                      r["last_received_at"].strftime("%Y-%m-%d %H:%M") if r["last_received_at"] else "-")
                     for r in rows])
    return 0


# --- devices ---------------------------------------------------------------------------------


def cmd_device_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from perut_desktop.models import Device, Officer, Peer
    from perut_desktop.sync.keys import key_fingerprint

    with replica(args) as opened, opened.begin() as s:
        if True:
            rows = s.execute(select(Device, Officer.name).outerjoin(Officer, Officer.id == Device.officer_id)
                             .order_by(Device.role.desc(), Device.name)).all()
            received = dict(s.execute(select(Peer.device_id, Peer.last_received_at)).all())
            me = opened.device_id
    out = [{"id": d.id, "role": d.role, "name": d.name, "officer": o or "", "this_device": d.id == me,
            "key_fingerprint": key_fingerprint(d.sign_public_key) if d.sign_public_key else "",
            "enrolled_at": d.enrolled_at, "revoked": d.revoked, "revoked_at": d.revoked_at,
            "last_received_at": received.get(d.id)} for d, o in rows]
    if args.json:
        print_json(out)
    else:
        print_table(["Id", "Peran", "Nama", "Pendamping", "Sidik kunci", "Status"],
                    [(r["id"] + (" *" if r["this_device"] else ""), r["role"], r["name"], r["officer"],
                      r["key_fingerprint"] or "(menunggu)", "dicabut" if r["revoked"] else "aktif") for r in out])
    return 0


def cmd_device_revoke(args: argparse.Namespace) -> int:
    from perut_desktop.models import Device
    from perut_desktop.sync.bundle import resolve_device

    with replica(args) as opened:
        require_master(opened, "Pencabutan perangkat")
        device_id = resolve_device(opened, args.device)
        if device_id == opened.device_id:
            raise UsageError("Perangkat master tidak dapat mencabut dirinya sendiri.")
        with opened.begin() as s:
            d = s.get(Device, device_id)
            d.revoked = True
            d.revoked_at = s.info["replica"].utcnow()
            d.revoked_reason = (args.reason or "").strip()
            name = d.name
    print(f"Perangkat {name} ({device_id}) dicabut; bundel darinya akan ditolak. Untuk memberi tahu laptop itu: "
          f"perut sync export --to {device_id} --out BERKAS.perut (hanya berisi pemberitahuan pencabutan).")
    return 0


# --- conflicts -------------------------------------------------------------------------------


def _conflict_dict(c: Any) -> dict[str, Any]:
    return {"id": c.id, "table": c.table, "row_id": c.row_id, "field": c.field, "kind": c.kind,
            "winner_value": c.winner_value, "loser_value": c.loser_value, "winner_version": c.winner_version,
            "loser_version": c.loser_version, "winner_device_id": c.winner_device_id,
            "loser_device_id": c.loser_device_id, "status": c.status, "resolved_note": c.resolved_note}


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from perut_desktop.sync import conflicts

    with unit_of_work(args) as s:
        rows = conflicts.list_conflicts(s, None if args.all else "open")
    if args.json:
        print_json([_conflict_dict(c) for c in rows])
    else:
        print_table(["Id", "Data", "Kolom", "Dipakai", "Tersimpan", "Dari", "Status"],
                    [(c.id[:8], c.table_label, c.field, str(c.winner_value)[:30], str(c.loser_value)[:30],
                      c.loser_device_id, conflicts.STATUS_LABELS.get(c.status, c.status)) for c in rows])
        print(f"{len(rows)} konflik" + ("" if args.all else " terbuka") + ".")
    return 0


def cmd_conflicts_show(args: argparse.Namespace) -> int:
    from perut_desktop.sync import conflicts

    with unit_of_work(args) as s:
        c = conflicts.get_conflict(s, args.id)
    if args.json:
        print_json(_conflict_dict(c))
    else:
        print(f"Konflik {c.id} ({conflicts.STATUS_LABELS.get(c.status, c.status)})\n"
              f"Data: {c.table_label} {c.row_id}, kolom {c.field}\n"
              f"Dipakai: {c.winner_value!r} (perangkat {c.winner_device_id}, versi {c.winner_version})\n"
              f"Tersimpan: {c.loser_value!r} (perangkat {c.loser_device_id}, versi {c.loser_version})\n"
              f"Keterangan: {c.summary}" + (f"\nCatatan: {c.resolved_note}" if c.resolved_note else ""))
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from perut_desktop.sync import conflicts

    with unit_of_work(args) as s:
        fn = conflicts.restore_conflict if args.action == "restore" else conflicts.dismiss_conflict
        c = fn(s, args.id, args.note or "")
    what = "dipulihkan: nilai yang tersimpan dipakai lagi" if args.action == "restore" else \
        "diabaikan: nilai sekarang tetap dipakai"
    print(f"Konflik {c.id[:8]} ({c.table_label}, kolom {c.field}) {what}.")
    return 0


# --- dev -------------------------------------------------------------------------------------


def cmd_dev_simulate(args: argparse.Namespace) -> int:
    from perut_desktop.sync.simulate import simulate

    if args.ops < 1:
        raise UsageError("--ops harus paling sedikit 1.")
    with replica(args) as opened:
        done = simulate(opened, ops=args.ops, seed=args.seed, progress=Progress())
    if args.json:
        print_json(done)
    else:
        print(f"Simulasi {args.ops} operasi: " + ", ".join(f"{k} {v}" for k, v in done.items()) + ".")
    return 0
