"""``perut regulation …``, ``village-profile`` and ``compliance``: the village's regulation
register, the profile fields the compliance checks use, and the checks themselves."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from perut_desktop.cli.common import print_json, print_table, unit_of_work
from perut_desktop.enums import REGULATION_DATE_FIELDS
from perut_desktop.errors import UsageError


def _values(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("kind", "number", "year", "title", "topic", "budget_year", "extraordinary_note",
                 "change_reason_kind", "change_reason", "notes", *REGULATION_DATE_FIELDS):
        value = getattr(args, name, None)
        if value is not None:
            out[name] = value
    return out


def cmd_regulation_add(args: argparse.Namespace) -> int:
    from perut_desktop.services import regulations, villages

    with unit_of_work(args) as s:
        village = villages.find_village(s, args.village)
        info = regulations.add_regulation(s, village.id, **_values(args))
    print(f"Peraturan '{info.title}' dicatat untuk Desa {info.village_name} (id {info.id}).")
    return 0


def cmd_regulation_edit(args: argparse.Namespace) -> int:
    from perut_desktop.services import regulations

    values = _values(args)
    if not values:
        raise UsageError("Tidak ada yang diubah; berikan paling sedikit satu opsi.")
    with unit_of_work(args) as s:
        info = regulations.edit_regulation(s, args.id, **values)
    print(f"Peraturan '{info.title}' (Desa {info.village_name}) diperbarui.")
    return 0


def cmd_regulation_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import regulations, villages

    with unit_of_work(args) as s:
        village_id = villages.find_village(s, args.village).id if args.village else None
        rows = regulations.list_regulations(s, village_id)
    if args.json:
        print_json(rows)
    else:
        print_table(["Desa", "Jenis", "Nomor", "Judul", "Ditetapkan", "Id"],
                    [(r.village_name, r.kind, r.number or "", r.title[:50],
                      r.enacted_on.isoformat() if r.enacted_on else "", r.id) for r in rows])
    return 0


def cmd_village_profile(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages

    from perut_desktop.services.villages import HEAD_FIELDS

    changes = {k: getattr(args, k) for k in ("classification", "sotk_urusan", "sotk_seksi", "kades_name",
                                             "kades_inaugurated_on", "kades_term_number", "kades_term_ends_on",
                                             *HEAD_FIELDS)
               if getattr(args, k, None) is not None}
    if "kades_acting" in changes:
        changes["kades_acting"] = changes["kades_acting"] == "ya"
    with unit_of_work(args) as s:
        village = villages.find_village(s, args.village)
        info = villages.update_profile(s, village.id, **changes) if changes else villages.get_profile(s, village.id)
    if args.json:
        print_json(info)
    else:
        labels = {"classification": "Klasifikasi", "sotk_urusan": "Jumlah urusan", "sotk_seksi": "Jumlah seksi",
                  "kades_name": "Kepala Desa", "kades_inaugurated_on": "Dilantik", "kades_term_number": "Periode ke",
                  "kades_term_ends_on": "Masa jabatan berakhir (tercatat)", "kades_acting": "Penjabat (Pj.)",
                  "kades_acting_sk": "SK Pj.", "kades_acting_sk_on": "Tanggal SK Pj.",
                  "previous_head_left": "Kepala Desa sebelumnya berhenti karena",
                  "previous_head_left_on": "Kepala Desa sebelumnya berhenti pada",
                  "bpd_term_notice_on": "Pemberitahuan BPD akhir masa jabatan",
                  "election_elected_on": "Calon terpilih ditetapkan panitia",
                  "election_to_bpd_on": "Laporan panitia diterima BPD",
                  "election_to_bupati_on": "Hasil disampaikan BPD kepada Bupati",
                  "election_decided_on": "Keputusan Bupati"}
        print(f"Profil Desa {village.name}")
        for key, label in labels.items():
            value = getattr(info, key)
            if isinstance(value, bool):
                value = "ya" if value else "tidak"
            print(f"  {label}: {'-' if value is None or value == '' else value}")
    return 0


def cmd_apbdes_evaluator(args: argparse.Namespace) -> int:
    from perut_desktop.services import regulations

    with unit_of_work(args) as s:
        if args.evaluator is not None:
            info = regulations.set_apbdes_evaluation(s, evaluator=args.evaluator, source=args.source or "",
                                                     effective_from=args.effective_from)
        else:
            info = regulations.apbdes_evaluation(s)
    if args.json:
        print_json(info)
    elif info.evaluator == "camat":
        print(f"Evaluasi rancangan APB Desa: Camat, karena pelimpahan ({info.source}), "
              f"sejak {info.effective_from:%d-%m-%Y}.")
    else:
        print("Evaluasi rancangan APB Desa: Bupati.")
    return 0


def cmd_compliance(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages
    from perut_desktop.services.compliance import SEVERITY_LABELS
    from perut_desktop.services.compliance.facts import findings

    on = args.on or dt.date.today()
    with unit_of_work(args) as s:
        village_id = villages.find_village(s, args.village).id if args.village else None
        result = findings(s, on, village_id)
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
