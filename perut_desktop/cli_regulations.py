"""``perut regulation …`` and ``perut village profile``: the village's regulation register
and the profile fields the compliance checks use."""

from __future__ import annotations

import argparse
from typing import Any

from perut_desktop.errors import UsageError
from perut_desktop.enums import ChangeReasonKind
from perut_desktop.services.regulations import DATE_FIELDS

_DATE_HELP = {
    "bpd_agreed_on": "tanggal disepakati bersama BPD",
    "handed_to_kades_on": "tanggal diserahkan pimpinan BPD kepada Kepala Desa",
    "enacted_on": "tanggal ditetapkan (ditandatangani) Kepala Desa",
    "promulgated_on": "tanggal diundangkan dalam Lembaran/Berita Desa",
    "sent_to_bupati_on": "tanggal disampaikan kepada Bupati/Walikota",
    "evaluation_submitted_on": "tanggal rancangan diajukan untuk dievaluasi Bupati",
    "evaluation_returned_on": "tanggal hasil evaluasi Bupati diterima",
    "corrected_on": "tanggal penyempurnaan sesuai hasil evaluasi",
    "consultation_on": "tanggal konsultasi publik",
}


def _values(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("kind", "number", "year", "title", "topic", "budget_year", "extraordinary_note",
                 "change_reason_kind", "change_reason", "notes", *DATE_FIELDS):
        value = getattr(args, name, None)
        if value is not None:
            out[name] = value
    return out


def cmd_regulation_add(args: argparse.Namespace) -> int:
    from perut_desktop.cli import _open
    from perut_desktop.services import regulations, villages

    replica = _open(args)
    try:
        with replica.begin() as s:
            village = villages.find_village(s, args.village)
            info = regulations.add_regulation(s, village.id, **_values(args))
    finally:
        replica.close()
    print(f"Peraturan '{info.title}' dicatat untuk Desa {info.village_name} (id {info.id}).")
    return 0


def cmd_regulation_edit(args: argparse.Namespace) -> int:
    from perut_desktop.cli import _open
    from perut_desktop.services import regulations

    values = _values(args)
    if not values:
        raise UsageError("Tidak ada yang diubah; berikan paling sedikit satu opsi.")
    replica = _open(args)
    try:
        with replica.begin() as s:
            info = regulations.edit_regulation(s, args.id, **values)
    finally:
        replica.close()
    print(f"Peraturan '{info.title}' (Desa {info.village_name}) diperbarui.")
    return 0


def cmd_regulation_list(args: argparse.Namespace) -> int:
    from perut_desktop.cli import _open, print_json, print_table
    from perut_desktop.services import regulations, villages

    replica = _open(args)
    try:
        with replica.begin() as s:
            village_id = villages.find_village(s, args.village).id if args.village else None
            rows = regulations.list_regulations(s, village_id)
    finally:
        replica.close()
    if args.json:
        print_json(rows)
    else:
        print_table(["Desa", "Jenis", "Nomor", "Judul", "Ditetapkan", "Id"],
                    [(r.village_name, r.kind, r.number or "", r.title[:50],
                      r.enacted_on.isoformat() if r.enacted_on else "", r.id) for r in rows])
    return 0


def cmd_village_profile(args: argparse.Namespace) -> int:
    from perut_desktop.cli import _open, print_json
    from perut_desktop.services import villages

    changes = {k: getattr(args, k) for k in ("classification", "sotk_urusan", "sotk_seksi", "kades_name",
                                             "kades_inaugurated_on", "kades_term_number", "kades_term_ends_on")
               if getattr(args, k) is not None}
    replica = _open(args)
    try:
        with replica.begin() as s:
            village = villages.find_village(s, args.village)
            info = villages.update_profile(s, village.id, **changes) if changes else villages.get_profile(s, village.id)
    finally:
        replica.close()
    if args.json:
        print_json(info)
    else:
        labels = {"classification": "Klasifikasi", "sotk_urusan": "Jumlah urusan", "sotk_seksi": "Jumlah seksi",
                  "kades_name": "Kepala Desa", "kades_inaugurated_on": "Dilantik", "kades_term_number": "Periode ke",
                  "kades_term_ends_on": "Masa jabatan berakhir (tercatat)"}
        print(f"Profil Desa {village.name}")
        for key, label in labels.items():
            value = getattr(info, key)
            print(f"  {label}: {'-' if value is None else value}")
    return 0


def cmd_compliance(args: argparse.Namespace) -> int:
    import datetime as dt

    from perut_desktop.cli import _open, print_json
    from perut_desktop.services import villages
    from perut_desktop.services.compliance import SEVERITY_LABELS
    from perut_desktop.services.compliance.facts import findings

    on = args.on or dt.date.today()
    replica = _open(args)
    try:
        with replica.begin() as s:
            village_id = villages.find_village(s, args.village).id if args.village else None
            result = findings(s, on, village_id)
    finally:
        replica.close()
    if args.json:
        print_json({"on": on, "villages": result})
        return 0
    total = sum(len(v.findings) for v in result)
    print(f"Catatan kepatuhan regulasi per {on:%d-%m-%Y}: {total} temuan.")
    for v in result:
        if not v.findings:
            continue
        print(f"\nDesa {v.village_name} ({v.village_code})")
        for f in v.findings:
            print(f"  [{SEVERITY_LABELS.get(f.severity, f.severity)}] {f.message}")
            print(f"      Dasar: {f.source}")
    return 0


def _regulation_options(sp: argparse.ArgumentParser, *, required: bool) -> None:
    from perut_desktop.cli import date_arg

    sp.add_argument("--kind", choices=["perdes", "perkades", "perber"], help="jenis peraturan")
    sp.add_argument("--number", help="nomor peraturan")
    sp.add_argument("--year", type=int, help="tahun peraturan")
    sp.add_argument("--title", required=required, help="judul/tentang")
    sp.add_argument("--topic", choices=["apbdes", "perubahan_apbdes", "rkpdes", "perubahan_rkpdes", "rpjmdes",
                                        "perubahan_rpjmdes", "tata_ruang", "pungutan", "organisasi", "lainnya"],
                    help="pokok pengaturan (bawaan: lainnya)")
    sp.add_argument("--budget-year", type=int, help="tahun anggaran (APBDes)")
    for name in DATE_FIELDS:
        sp.add_argument(f"--{name.replace('_', '-')}", type=date_arg, help=_DATE_HELP[name] + " (TTTT-BB-HH)")
    sp.add_argument("--extraordinary-note", help="catatan keadaan luar biasa")
    sp.add_argument("--change-reason-kind", choices=[k.value for k in ChangeReasonKind],
                    help="jenis alasan perubahan RPJMDes/RKPDes: peristiwa khusus (bencana alam, krisis, "
                    "kerusuhan sosial berkepanjangan) atau perubahan mendasar kebijakan Pemerintah")
    sp.add_argument("--change-reason", help="alasan perubahan")
    sp.add_argument("--notes", help="catatan lain")


def register(sub: Any, add: Any) -> None:
    from perut_desktop.cli import _Parser, date_arg

    grp = add("regulation", lambda a: 0, "register peraturan di desa").add_subparsers(
        dest="sub", metavar="AKSI", parser_class=_Parser)
    grp.required = True
    sp = add("add", cmd_regulation_add, "mencatat peraturan desa", grp)
    sp.add_argument("--village", required=True, help="desa (nama atau kode)")
    _regulation_options(sp, required=True)
    sp = add("edit", cmd_regulation_edit, "mengubah catatan peraturan", grp)
    sp.add_argument("id", help="id peraturan (lihat 'perut regulation list --json')")
    _regulation_options(sp, required=False)
    sp = add("list", cmd_regulation_list, "daftar peraturan", grp)
    sp.add_argument("--village", help="hanya desa ini (nama atau kode)")
    sp.add_argument("--json", action="store_true")

    sp = add("compliance", cmd_compliance, "catatan kepatuhan regulasi desa pada suatu tanggal")
    sp.add_argument("--village", help="hanya desa ini (nama atau kode)")
    sp.add_argument("--on", type=date_arg, help="tanggal pemeriksaan (bawaan: hari ini)")
    sp.add_argument("--json", action="store_true")

    sp = add("village-profile", cmd_village_profile, "menampilkan atau mengubah profil desa")
    sp.add_argument("--village", required=True, help="desa (nama atau kode)")
    sp.add_argument("--classification", choices=["swadaya", "swakarya", "swasembada"],
                    help="klasifikasi desa (menentukan jumlah urusan dan seksi yang semestinya)")
    sp.add_argument("--sotk-urusan", type=int, help="jumlah urusan di Sekretariat Desa (tanpa ini: dihitung "
                    "dari jabatan Kaur pada daftar aparatur yang aktif)")
    sp.add_argument("--sotk-seksi", type=int, help="jumlah seksi pelaksana teknis (tanpa ini: dihitung dari "
                    "jabatan Kasi pada daftar aparatur yang aktif)")
    sp.add_argument("--kades-name", help="nama Kepala Desa")
    sp.add_argument("--kades-inaugurated-on", type=date_arg, help="tanggal pelantikan Kepala Desa (TTTT-BB-HH)")
    sp.add_argument("--kades-term-number", type=int, help="periode ke berapa masa jabatan ini")
    sp.add_argument("--kades-term-ends-on", type=date_arg,
                    help="akhir masa jabatan bila tercatat lain (mis. perpanjangan UU 3/2024 Pasal 118)")
    sp.add_argument("--json", action="store_true")
