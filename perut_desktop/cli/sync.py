"""``perut enroll``, ``sync …``, ``device …``, ``conflicts …``, ``dev simulate`` and ``init
--role field``: exchanging bundles (DESIGN.md §4, §5)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from perut_desktop.cli.common import (
    Progress,
    data_dir,
    print_json,
    print_table,
    replica,
    unit_of_work,
    warn_if_not_private,
)
from perut_desktop.errors import UsageError
from perut_desktop.wording import sentence


def _kb(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 10 * 1_048_576 else f"{n / 1_048_576:.1f} MB"


def _rows_text(counts: dict[str, int]) -> str:
    parts = [f"{name} {n}" for name, n in counts.items() if n]
    return ", ".join(parts) if parts else "tanpa perubahan"


# --- init / enroll ---------------------------------------------------------------------------


def init_field(args: argparse.Namespace) -> int:
    """``perut init --role field --enrollment FILE``: the laptop's empty replica, its keys
    and the confirmation code the office types."""
    from perut_desktop.sync.bundle import init_field_from_file

    if not getattr(args, "enrollment", None):
        raise UsageError("Replika lapangan dibuat dari berkas pendaftaran kantor kecamatan: "
                         "perut init --role field --enrollment BERKAS.perut-enroll.")
    info = init_field_from_file(data_dir(args), Path(args.enrollment))
    made = sentence(f"Replika lapangan Kecamatan {info.kecamatan} dibuat di {info.data_dir}: perangkat {info.device_id}"
                    f"{' untuk ' + info.officer_name if info.officer_name else ''}")
    print(f"{made} KODE KONFIRMASI: {info.code} "
          "(tunjukkan kepada petugas kantor kecamatan; tampilkan lagi dengan 'perut device code'). Lalu kirim "
          "bundel pertama: perut sync export --out BERKAS.perut")
    warn_if_not_private(info.data_dir)
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from perut_desktop.services.common import local_zone
    from perut_desktop.sync.bundle import write_enrolment

    with replica(args) as opened:
        res = write_enrolment(opened, args.officer, Path(args.out), name=args.name, valid_days=args.days)
    until = local_zone(res.kecamatan_code).clock(res.expires_at)
    print(f"Perangkat {res.device_id} untuk {res.officer_name} didaftarkan; berkas pendaftaran ditulis ke {res.path} "
          f"(berlaku sampai {until}). Berikan langsung kepada pendamping (jangan bersama "
          f"bundel); impor bundel pertama laptop itu, lalu cocokkan kodenya: perut device confirm {res.device_id} KODE")
    return 0


def cmd_device_code(args: argparse.Namespace) -> int:
    from perut_desktop.sync.bundle import device_code

    with replica(args) as opened:
        info = device_code(opened)
    if args.json:
        print_json(info)
    elif info.code:
        print(f"Kode konfirmasi perangkat {info.device_id}: {info.code}")
    else:
        print(f"Pendaftaran perangkat {info.device_id} sudah selesai (sidik kunci {info.sign_fingerprint}); "
              "tidak ada kode yang perlu dicocokkan.")
    return 0


def cmd_device_confirm(args: argparse.Namespace) -> int:
    from perut_desktop.sync.bundle import confirm_enrolment

    with replica(args) as opened:
        done = confirm_enrolment(opened, args.device, args.code, progress=Progress())
    r = done.imported.result
    aside = (f"; {done.set_aside} bundel pertama lain (kunci lain) dipindahkan ke karantina" if done.set_aside
             else "")
    print(f"Pendaftaran {done.device_name} ({done.device_id}) untuk {done.officer_name} dikonfirmasi, sidik kunci "
          f"{done.sign_fingerprint}: bundel pertamanya diterapkan ({r.applied} baris){aside}. Kirim data kantor "
          f"ke laptop itu: perut sync export --to {done.device_id} --out BERKAS.perut")
    return 0


def cmd_device_pending(args: argparse.Namespace) -> int:
    from perut_desktop.services.common import zone
    from perut_desktop.sync.enrol import pending_enrolments

    with unit_of_work(args) as s:
        rows = pending_enrolments(s)
        local = zone(s)
    if args.json:
        print_json(rows)
        return 0
    print_table(["Id", "Nama", "Pendamping", "Berlaku sampai", "Bundel ditahan", "Kode salah", "Keadaan"],
                [(p.device_id, p.device_name, p.officer_name,
                  local.clock(p.expires_at), p.held_bundles, p.failed_codes,
                  "kedaluwarsa" if p.expired else "dikunci" if p.locked else
                  "menunggu kode" if p.held_bundles else "menunggu bundel pertama") for p in rows])
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
    from perut_desktop.enums import Role
    from perut_desktop.services.common import zone
    from perut_desktop.sync.status import sync_status

    with unit_of_work(args) as s:
        st = sync_status(s)
        local = zone(s)
    if args.json:
        print_json(st)
        return 0
    print(f"Perangkat {st.device_id} ({'master' if st.role is Role.MASTER else 'lapangan'}), epoch {st.epoch}, "
          f"penulisan ke-{st.seq}; konflik terbuka: {st.open_conflicts}; bundel ditolak: {st.refused_bundles}.")
    if st.peers:
        print_table(["Mitra", "Nama", "Belum dikirim/diakui", "Terakhir kirim", "Terakhir terima"],
                    [(p.device_id, p.name, p.pending_rows, local.clock(p.last_sent_at),
                      local.clock(p.last_received_at))
                     for p in st.peers])
    return 0


# --- devices ---------------------------------------------------------------------------------


def cmd_device_list(args: argparse.Namespace) -> int:
    from perut_desktop.sync.devices import list_devices

    with unit_of_work(args) as s:
        devices = list_devices(s)
    if args.json:
        print_json(devices)
    else:
        print_table(["Id", "Peran", "Nama", "Pendamping", "Sidik kunci", "Status"],
                    [(d.id + (" *" if d.this_device else ""), d.role.value, d.name, d.officer,
                      d.key_fingerprint or "(menunggu)", "dicabut" if d.revoked else "aktif") for d in devices])
    return 0


def cmd_device_revoke(args: argparse.Namespace) -> int:
    from perut_desktop.sync.devices import revoke_device

    with unit_of_work(args) as s:
        device = revoke_device(s, args.device, args.reason or "")
    name, device_id = device.name, device.id
    print(f"Perangkat {name} ({device_id}) dicabut; bundel darinya akan ditolak. Untuk memberi tahu laptop itu: "
          f"perut sync export --to {device_id} --out BERKAS.perut (hanya berisi pemberitahuan pencabutan).")
    return 0


def cmd_device_accept_clock(args: argparse.Namespace) -> int:
    import datetime as dt

    from perut_desktop.sync.devices import accept_device_clock

    text = args.until.strip()
    try:
        until = (dt.datetime.fromisoformat(text) if "T" in text or " " in text
                 else dt.datetime.combine(dt.date.fromisoformat(text), dt.time(23, 59, 59)))
    except ValueError:
        raise UsageError(f"Waktu '{args.until}' tidak valid; gunakan TTTT-BB-HH atau TTTT-BB-HHTjj:mm, "
                         "mis. 2031-01-15 atau 2031-01-15T08:00.") from None
    if until.tzinfo is not None:
        until = until.astimezone(dt.UTC).replace(tzinfo=None)
    with unit_of_work(args) as s:
        accepted = accept_device_clock(s, args.device, until, args.note)
    print(f"Versi perangkat {accepted.device_id} sampai {accepted.until:%d-%m-%Y %H:%M} UTC kini diterima "
          "(dicatat); impor lagi bundelnya.")
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
