"""``perut``: the command line (DESIGN.md §9).

Exit codes: 0 done; 2 usage error; 3 input rejected (nothing changed); 4 refused in this
state; 1 anything unexpected. Errors are one Indonesian line on stderr; a traceback only
with ``--debug``. Long commands show progress on a terminal and stay quiet otherwise.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from perut_desktop import __version__
from perut_desktop.cli_parser import Parser as _Parser
from perut_desktop.cli_parser import date_arg
from perut_desktop.errors import PerutError, UsageError

Handler = Callable[[argparse.Namespace], int]


# --- output helpers ----------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def print_json(value: Any) -> None:
    print(json.dumps(_jsonable(value), ensure_ascii=False, indent=2, sort_keys=True))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())


class Progress:
    """A progress line on a terminal; silent when stderr is not one."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label[:40]:<40}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


# --- context -----------------------------------------------------------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    from perut_desktop.db import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from perut_desktop.db import open_replica

    return open_replica(_data_dir(args))


# --- commands ----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from perut_desktop.services import setup

    if args.role == "field":
        from perut_desktop.cli_sync import init_field

        return init_field(args)
    if not args.kecamatan:
        raise UsageError("Sebutkan nama kecamatan dengan --kecamatan.")
    result = setup.init_master(_data_dir(args), kecamatan=args.kecamatan,
                               villages_file=Path(args.villages) if args.villages else None,
                               kabupaten=args.kabupaten, province=args.province)
    from perut_desktop.cli_sync import ensure_identity

    ensure_identity(result.data_dir)
    print(f"Replika master Kecamatan {result.subdistrict} dibuat di {result.data_dir}: "
          f"{result.villages} desa, daftar periksa {result.template_items} buku, perangkat {result.device_id}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from perut_desktop.services import demo

    if not 1 <= args.years <= 10:
        raise UsageError("--years harus antara 1 dan 10.")
    replica = _open(args)
    try:
        result = demo.generate(replica, years=args.years, seed=args.seed, today=args.today, progress=Progress())
    finally:
        replica.close()
    print(f"Data contoh dibuat: {result.visits} kunjungan dalam {result.months} bulan oleh {result.officers} pendamping.")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from perut_desktop.services.overview import row_counts

    replica = _open(args)
    try:
        with replica.begin() as s:
            counts = row_counts(s)
    finally:
        replica.close()
    if args.json:
        print_json({"tables": counts, "total": sum(c["rows"] for c in counts.values())})
    else:
        print_table(["Tabel", "Baris", "Dihapus"], [(t, c["rows"], c["deleted"]) for t, c in counts.items()])
        print(f"Jumlah baris: {sum(c['rows'] for c in counts.values())}")
    return 0


def cmd_fingerprint(args: argparse.Namespace) -> int:
    from perut_desktop.sync.fingerprint import fingerprint

    replica = _open(args)
    try:
        with replica.engine.connect() as conn:
            fp = fingerprint(conn)
    finally:
        replica.close()
    if args.json:
        print_json({"fingerprint": fp.digest, "tables": fp.tables})
    else:
        print(fp.digest)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from perut_desktop.sync import backup

    passphrase = None
    if args.passphrase_file:
        passphrase = backup.read_passphrase_file(Path(args.passphrase_file), new=True)
    out = Path(args.out)
    replica = _open(args)
    try:
        written = backup.write_backup(replica, out, passphrase=passphrase)
    finally:
        replica.close()
    size = f"{written.bytes // 1024} KB"
    if written.with_keys:
        print(f"Cadangan ditulis ke {out} ({size}): data dan kunci perangkat, terenkripsi dengan kata sandi. "
              "Simpan kata sandinya terpisah dari berkas ini; berkas lampiran tidak termasuk.")
    else:
        print(f"Cadangan basis data ditulis ke {out} ({size}): data saja, TANPA kunci perangkat (sertakan kunci "
              "dengan --passphrase-file BERKAS_SANDI); tidak terenkripsi; berkas lampiran tidak termasuk.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from perut_desktop.sync import backup

    passphrase = backup.read_passphrase_file(Path(args.passphrase_file)) if args.passphrase_file else None
    data_dir = _data_dir(args)
    source = Path(args.file)
    r = backup.restore_backup(data_dir, source, replace=args.replace, passphrase=passphrase)
    keys_note = {
        "restored": "kunci perangkat ikut dipulihkan",
        "kept": "kunci perangkat yang sudah ada di folder ini tetap dipakai",
        "none": "TANPA kunci perangkat: replika ini belum dapat bertukar bundel sampai cadangan berkunci "
                "dipulihkan (--passphrase-file)",
        "mismatch": "PERHATIAN: kunci di folder ini milik perangkat lain; pulihkan cadangan berkunci "
                    "(--passphrase-file) sebelum bertukar bundel",
    }[r.keys]
    saved = f"; data sebelumnya dicadangkan ke {r.saved}" if r.saved else ""
    if r.saved_keys:
        saved += f", kunci sebelumnya ke {r.saved_keys}"
    print(f"Cadangan {source.name} dipulihkan ke {data_dir} (perangkat {r.device_id}, peran {r.role}); "
          f"{keys_note}{saved}.")
    return 0


def cmd_village_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages

    replica = _open(args)
    try:
        with replica.begin() as s:
            rows = villages.list_villages(s)
    finally:
        replica.close()
    if args.json:
        print_json(rows)
    else:
        print_table(["Kode", "Desa"], [(v.code, v.name) for v in rows])
    return 0


def cmd_officer_add(args: argparse.Namespace) -> int:
    from perut_desktop.services import people

    replica = _open(args)
    try:
        with replica.begin() as s:
            info = people.add_officer(s, name=args.name, nip=args.nip or "", position=args.position or "",
                                      phone=args.phone or "", email=args.email or "",
                                      villages=[v for v in (args.villages or "").split(",") if v.strip()])
    finally:
        replica.close()
    print(f"Pendamping {info.name} ditambahkan (id {info.id}); desa: {', '.join(info.villages) or '-'}.")
    return 0


def cmd_officer_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import people

    replica = _open(args)
    try:
        with replica.begin() as s:
            rows = people.list_officers(s)
    finally:
        replica.close()
    if args.json:
        print_json(rows)
    else:
        print_table(["Nama", "NIP", "Jabatan", "Desa", "Id"],
                    [(o.name, o.nip, o.position, ", ".join(o.villages), o.id) for o in rows])
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from perut_desktop.services import people

    replica = _open(args)
    try:
        with replica.begin() as s:
            info = people.add_user(s, name=args.name, nip=args.nip or "", title=args.title or "",
                                   can_sign=args.can_sign)
    finally:
        replica.close()
    print(f"Petugas kecamatan {info.name} ditambahkan (id {info.id}).")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import people

    replica = _open(args)
    try:
        with replica.begin() as s:
            rows = people.list_users(s)
    finally:
        replica.close()
    if args.json:
        print_json(rows)
    else:
        print_table(["Nama", "NIP", "Jabatan", "Id"], [(u.name, u.nip, u.title, u.id) for u in rows])
    return 0


def cmd_official_add(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages

    replica = _open(args)
    try:
        with replica.begin() as s:
            village = villages.find_village(s, args.village)
            info = villages.add_official(s, village.id, name=args.name, position=args.position,
                                         phone=args.phone or "", gender=args.gender)
    finally:
        replica.close()
    print(f"{info.name} ({info.position}) ditambahkan ke Desa {info.village_name} (id {info.id}).")
    return 0


def cmd_official_edit(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages

    changes = {k: getattr(args, k) for k in ("name", "position", "phone", "gender")}
    if all(v is None for v in changes.values()):
        raise UsageError("Tidak ada yang diubah; berikan --name, --position, --phone atau --gender.")
    replica = _open(args)
    try:
        with replica.begin() as s:
            info = villages.edit_official(s, args.id, **changes)
    finally:
        replica.close()
    print(f"Data {info.name} ({info.position}, Desa {info.village_name}) diperbarui.")
    return 0


def cmd_official_remove(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages

    replica = _open(args)
    try:
        with replica.begin() as s:
            villages.remove_official(s, args.id)
    finally:
        replica.close()
    print("Aparatur desa dihapus.")
    return 0


def cmd_official_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages

    replica = _open(args)
    try:
        with replica.begin() as s:
            village_id = villages.find_village(s, args.village).id if args.village else None
            rows = villages.list_officials(s, village_id)
    finally:
        replica.close()
    if args.json:
        print_json(rows)
    else:
        print_table(["Desa", "Nama", "Jabatan", "Unsur", "L/P", "Telepon", "Id"],
                    [(o.village_name, o.name, o.position, o.body, o.gender or "", o.phone, o.id) for o in rows])
    return 0


def _visit_detail(s: Any, visit_id: str) -> dict[str, Any]:
    from perut_desktop.services import scores, visits, workflow

    summary = visits.visit_summary(s, visit_id)
    sc = scores.visit_score(s, visit_id)
    return {
        "visit": summary,
        "status_label": summary.status_label,
        "results": visits.results(s, visit_id),
        "scores": {"overall": sc.overall,
                   "categories": [{"code": c.category_code, "category": c.category, "score": c.score}
                                  for c in sc.categories]},
        "attendance": visits.attendees(s, visit_id),
        "minutes": visits.minutes_of(s, visit_id),
        "follow_ups": visits.follow_ups_created_in(s, visit_id),
        "earlier_follow_ups": visits.earlier_follow_ups(s, visit_id),
        "progress": visits.progress_recorded_in(s, visit_id),
        "history": workflow.history(s, visit_id),
        "reviews": workflow.reviews(s, visit_id),
        "attachments": visits.attachments_of(s, visit_id),
    }


def cmd_visit_list(args: argparse.Namespace) -> int:
    from perut_desktop.enums import VisitStatus
    from perut_desktop.services import villages, visits

    status = None
    if args.status:
        wanted = args.status.strip().casefold()
        match = [s for s in VisitStatus if s.value == wanted or s.label.casefold() == wanted]
        if not match:
            raise UsageError(f"Status '{args.status}' tidak dikenal; pilih: {', '.join(s.value for s in VisitStatus)}.")
        status = match[0].value
    replica = _open(args)
    try:
        with replica.begin() as s:
            village_id = villages.find_village(s, args.village).id if args.village else None
            rows = visits.list_visits(s, village_id=village_id, status=status)
    finally:
        replica.close()
    if args.json:
        print_json([dict(_jsonable(r), status_label=r.status_label) for r in rows])
    else:
        print_table(["Tanggal", "Desa", "Pendamping", "Status", "Id"],
                    [(r.visit_date.isoformat(), r.village_name, r.officer_name, r.status_label, r.id) for r in rows])
    return 0


def cmd_visit_show(args: argparse.Namespace) -> int:
    from perut_desktop.services.scores import format_percent

    replica = _open(args)
    try:
        with replica.begin() as s:
            d = _visit_detail(s, args.id)
    finally:
        replica.close()
    if args.json:
        print_json(d)
        return 0
    v = d["visit"]
    print(f"Kunjungan {v.id}\nDesa: {v.village_name} ({v.village_code})\nTanggal: {v.visit_date.isoformat()}\n"
          f"Pendamping: {v.officer_name}\nAgenda: {v.agenda}\nStatus: {d['status_label']}\n"
          f"Nilai kelengkapan: {format_percent(d['scores']['overall'])}")
    for c in d["scores"]["categories"]:
        print(f"  {c['code']}. {c['category']}: {format_percent(c['score'])}")
    print(f"Hadir: {sum(1 for a in d['attendance'] if a.present)} dari {len(d['attendance'])} orang")
    print(f"Tindak lanjut baru: {len(d['follow_ups'])}; dari kunjungan sebelumnya: {len(d['earlier_follow_ups'])}")
    return 0


def cmd_kecamatan(args: argparse.Namespace) -> int:
    from perut_desktop.services import setup

    changes = {k: getattr(args, k, None) for k in ("kabupaten", "province", "address", "postal_code", "phone",
                                                   "email", "city", "camat_name", "camat_nip")}
    replica = _open(args)
    try:
        with replica.begin() as s:
            info = setup.update_subdistrict(s, **changes) if any(v is not None for v in changes.values()) \
                else setup.subdistrict_info(s)
    finally:
        replica.close()
    print_json(info) if args.json else print("\n".join(f"{k}: {v}" for k, v in dataclasses.asdict(info).items()))
    return 0


def cmd_schedule_generate(args: argparse.Namespace) -> int:
    from perut_desktop.services import schedule

    replica = _open(args)
    try:
        with replica.begin() as s:
            n = schedule.generate_plan(s, args.year)
    finally:
        replica.close()
    print(f"Jadwal {args.year}: {n} rencana kunjungan baru.")
    return 0


def cmd_schedule_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import schedule

    today = args.today or dt.date.today()
    replica = _open(args)
    try:
        with replica.begin() as s:
            rows = schedule.overdue(s, today) if args.which == "overdue" else schedule.upcoming(s, today)
    finally:
        replica.close()
    if args.json:
        print_json(rows)
    else:
        print_table(["Rencana", "Desa", "Pendamping"], [(r.planned_date.isoformat(), r.village_name, r.officer_name)
                                                        for r in rows])
    return 0


# --- parser ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    # SUPPRESS: the option may stand before or after the command without one hiding the other.
    common.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help="folder data replika (bawaan: PERUT_DATA_DIR atau folder data pengguna)")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="tampilkan traceback bila terjadi kesalahan")
    p = _Parser(prog="perut", description="PERUT Desktop — Pendampingan Rutin administrasi desa.", parents=[common])
    p.add_argument("--version", action="version", version=f"perut {__version__}",
                   help="tampilkan versi program lalu keluar")
    sub = p.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    sub.required = True

    def add(name: str, handler: Handler, help_text: str, parent: Any = sub) -> argparse.ArgumentParser:
        sp = parent.add_parser(name, help=help_text, description=help_text, parents=[common])
        sp.set_defaults(handler=handler)
        return sp

    sp = add("init", cmd_init, "membuat replika baru (master di kantor kecamatan, atau laptop pendamping dari berkas pendaftaran)")
    sp.add_argument("--role", choices=["master", "field"], required=True, help="peran replika")
    sp.add_argument("--kecamatan", help="nama kecamatan, mis. Awayan")
    sp.add_argument("--villages", metavar="BERKAS.csv",
                    help="berkas CSV desa (code,name[,other_spellings]) untuk kecamatan lain")
    sp.add_argument("--kabupaten", help="nama kabupaten (untuk kecamatan lain)")
    sp.add_argument("--province", help="nama provinsi (untuk kecamatan lain)")
    sp.add_argument("--enrollment", help="berkas pendaftaran dari kantor kecamatan (replika lapangan)")

    sp = add("demo", cmd_demo, "mengisi replika master baru dengan data contoh yang realistis")
    sp.add_argument("--years", type=int, default=1, help="lama riwayat dalam tahun (bawaan 1)")
    sp.add_argument("--seed", type=int, default=1, help="benih acak; benih dan tanggal sama memberi isi sama")
    sp.add_argument("--today", type=date_arg, help="tanggal 'hari ini' untuk data contoh (TTTT-BB-HH)")

    sp = add("stats", cmd_stats, "jumlah baris per tabel")
    sp.add_argument("--json", action="store_true")
    sp = add("fingerprint", cmd_fingerprint, "sidik data tereplikasi (sama di replika yang datanya sama)")
    sp.add_argument("--json", action="store_true")
    sp = add("backup", cmd_backup, "mencadangkan basis data (dan, dengan kata sandi, kunci perangkat) ke berkas")
    sp.add_argument("--out", required=True, help="berkas tujuan")
    sp.add_argument("--passphrase-file", help="berkas berisi kata sandi (baris pertama, minimal 8 karakter): "
                    "cadangan berisi juga kunci perangkat dan seluruhnya terenkripsi")
    sp = add("restore", cmd_restore, "memulihkan replika dari berkas cadangan (juga cadangan otomatis di backups/)")
    sp.add_argument("file", help="berkas cadangan")
    sp.add_argument("--replace", action="store_true", help="ganti replika yang ada (dicadangkan dahulu)")
    sp.add_argument("--passphrase-file", help="berkas berisi kata sandi cadangan yang berisi kunci perangkat")

    grp = add("village", lambda a: 0, "desa").add_subparsers(dest="sub", metavar="AKSI", parser_class=_Parser)
    grp.required = True
    sp = add("list", cmd_village_list, "daftar desa", grp)
    sp.add_argument("--json", action="store_true")

    grp = add("officer", lambda a: 0, "pendamping").add_subparsers(dest="sub", metavar="AKSI", parser_class=_Parser)
    grp.required = True
    sp = add("add", cmd_officer_add, "menambah pendamping (master)", grp)
    sp.add_argument("--name", required=True, help="nama lengkap dengan gelar, mis. \"Rahmadi, S.AP.\"")
    sp.add_argument("--nip", help="NIP (18 angka, spasi boleh)")
    sp.add_argument("--position", help="jabatan di kantor kecamatan")
    sp.add_argument("--phone", help="nomor telepon")
    sp.add_argument("--email", help="alamat surel")
    sp.add_argument("--villages", help='desa yang ditugaskan, dipisah koma: "Awayan,Tundi"')
    sp = add("list", cmd_officer_list, "daftar pendamping", grp)
    sp.add_argument("--json", action="store_true")

    grp = add("user", lambda a: 0, "profil petugas kecamatan di replika master").add_subparsers(
        dest="sub", metavar="AKSI", parser_class=_Parser)
    grp.required = True
    sp = add("add", cmd_user_add, "menambah petugas kecamatan (master)", grp)
    sp.add_argument("--name", required=True, help="nama lengkap dengan gelar")
    sp.add_argument("--nip", help="NIP (18 angka, spasi boleh)")
    sp.add_argument("--title", help="jabatan, mis. Camat, Sekretaris Kecamatan")
    sp.add_argument("--can-sign", action="store_true", help="dapat menandatangani laporan")
    sp = add("list", cmd_user_list, "daftar petugas kecamatan", grp)
    sp.add_argument("--json", action="store_true")

    grp = add("official", lambda a: 0, "aparatur desa, BPD dan LKD").add_subparsers(
        dest="sub", metavar="AKSI", parser_class=_Parser)
    grp.required = True
    sp = add("add", cmd_official_add, "menambah aparatur desa", grp)
    sp.add_argument("--village", required=True, help="desa (nama atau kode)")
    sp.add_argument("--name", required=True, help="nama lengkap")
    sp.add_argument("--position", required=True, help="jabatan, mis. Kepala Desa, Sekretaris Desa, Ketua BPD")
    sp.add_argument("--phone", help="nomor telepon")
    sp.add_argument("--gender", choices=["L", "P"], help="jenis kelamin: L (laki-laki) atau P (perempuan)")
    official_id = "id aparatur (lihat 'perut official list --json')"
    sp = add("edit", cmd_official_edit, "mengubah data aparatur desa", grp)
    sp.add_argument("id", help=official_id)
    sp.add_argument("--name", help="nama lengkap yang baru")
    sp.add_argument("--position", help="jabatan yang baru")
    sp.add_argument("--phone", help="nomor telepon yang baru")
    sp.add_argument("--gender", choices=["L", "P"], help="jenis kelamin: L (laki-laki) atau P (perempuan)")
    sp = add("remove", cmd_official_remove, "menghapus aparatur desa", grp)
    sp.add_argument("id", help=official_id)
    sp = add("list", cmd_official_list, "daftar aparatur desa", grp)
    sp.add_argument("--village", help="hanya desa ini (nama atau kode)")
    sp.add_argument("--json", action="store_true")

    grp = add("visit", lambda a: 0, "kunjungan pendampingan").add_subparsers(dest="sub", metavar="AKSI",
                                                                               parser_class=_Parser)
    grp.required = True
    sp = add("list", cmd_visit_list, "daftar kunjungan", grp)
    sp.add_argument("--village", help="hanya desa ini (nama atau kode)")
    sp.add_argument("--status", help="draf, diajukan, diverifikasi, disetujui atau dikembalikan")
    sp.add_argument("--json", action="store_true")
    sp = add("show", cmd_visit_show, "rincian satu kunjungan", grp)
    sp.add_argument("id", help="id kunjungan (lihat 'perut visit list')")
    sp.add_argument("--json", action="store_true")

    sp = add("kecamatan", cmd_kecamatan, "menampilkan atau mengubah data kecamatan (kop surat, Camat)")
    for opt, text in (("kabupaten", "nama kabupaten, mis. Balangan"), ("province", "nama provinsi"),
                      ("address", "alamat kantor kecamatan"), ("postal-code", "kode pos"),
                      ("phone", "nomor telepon kantor"), ("email", "alamat surel kantor"),
                      ("city", "tempat penandatanganan dokumen, mis. Awayan"),
                      ("camat-name", "nama Camat dengan gelar"), ("camat-nip", "NIP Camat")):
        sp.add_argument(f"--{opt}", help=text)
    sp.add_argument("--json", action="store_true")

    grp = add("schedule", lambda a: 0, "jadwal pendampingan").add_subparsers(dest="sub", metavar="AKSI",
                                                                              parser_class=_Parser)
    grp.required = True
    sp = add("generate", cmd_schedule_generate, "menyusun jadwal bulanan satu tahun (master)", grp)
    sp.add_argument("--year", type=int, required=True, help="tahun jadwal, mis. 2027")
    for which, text in (("overdue", "rencana kunjungan yang terlewat"), ("upcoming", "rencana kunjungan mendatang")):
        sp = add(which, cmd_schedule_list, text, grp)
        sp.set_defaults(which=which)
        sp.add_argument("--today", type=date_arg)
        sp.add_argument("--json", action="store_true")

    from perut_desktop import cli_excel, cli_regulations, cli_reports, cli_sync

    cli_regulations.register(sub, add)
    cli_sync.register(sub, add)
    cli_reports.register(sub, add)
    cli_excel.register(sub, add)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        args = parser.parse_args(argv)
        return args.handler(args)
    except PerutError as exc:
        if debug:
            raise
        sys.stderr.write(f"perut: {exc.message}\n")
        return exc.exit_code
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("perut: dibatalkan.\n")
        return 1
    except Exception as exc:  # the last resort: one line, traceback only with --debug
        if debug:
            raise
        problem = storage_problem(exc)
        if problem is not None:
            sys.stderr.write(f"perut: {problem[0]}\n")
            return problem[1]
        first_line = (str(exc).strip().splitlines() or [""])[0]
        sys.stderr.write(f"perut: kesalahan tak terduga ({type(exc).__name__}: {first_line}). "
                         "Jalankan lagi dengan --debug dan laporkan ke pengelola aplikasi.\n")
        return 1


def storage_problem(exc: BaseException) -> tuple[str, int] | None:
    """The one-line message and exit code for trouble with the data folder's storage
    (a full disk, a read-only or failing medium, a database another program holds), which
    SQLite reports as OperationalError and the system as OSError; None for anything else.
    SQLite rolls the transaction back, so nothing was changed."""
    from perut_desktop.errors import os_reason

    inner = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    text = str(inner).lower()
    if type(inner).__name__ == "OperationalError" and "locked" in text:
        locked = ("Data sedang dipakai program lain (misalnya jendela PERUT yang masih terbuka atau "
                  "perintah lain); tunggu atau tutup program itu, lalu coba lagi. Tidak ada yang berubah.")
        return locked, 4
    if not isinstance(inner, OSError) and type(inner).__name__ != "OperationalError":
        return None
    reason = os_reason(inner)
    if reason == str(inner) or (isinstance(inner, OSError) and reason == inner.strerror):
        return None  # not a storage trouble we can name
    message = (f"Data tidak dapat disimpan: {reason}. Tidak ada yang berubah; kosongkan ruang atau "
               "periksa media penyimpanan, lalu coba lagi.")
    return message, 1


if __name__ == "__main__":
    raise SystemExit(main())
