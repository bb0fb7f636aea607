"""``perut export excel`` and ``perut import officials``: the Excel recap and the officials
round trip (DESIGN.md §6, §9)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from perut_desktop.errors import UsageError

_EXPORT_HELP = (
    "menulis rekap Excel: Rekap Kunjungan, Kelengkapan Buku, Tindak Lanjut, Cakupan, Kepatuhan dan "
    "Aparatur Desa. Tanpa --from: sejak kunjungan pertama; tanpa --to: sampai hari ini. Tindak lanjut "
    "terbuka dan temuan kepatuhan dihitung per tanggal akhir periode."
)
_IMPORT_HELP = (
    "menambah atau memperbarui aparatur desa dari lembar 'Aparatur Desa' (susunan hasil 'perut export "
    "excel'; master). Langkah 1: jalankan tanpa opsi untuk melihat pratinjau (apa yang ditambah, diubah, "
    "tetap, ditolak) — belum ada yang disimpan. Langkah 2: bila pratinjau sudah benar, jalankan lagi "
    "dengan --yes untuk menyimpan. Baris dicocokkan dengan kolom Id Baris yang tersembunyi; baris baru "
    "(tanpa Id) dengan kode desa dan nama. Tidak ada aparatur yang dihapus; nonaktifkan dengan Aktif = Tidak."
)


def _progress(progress: Any, offset: int, total: int) -> Any:
    """A progress callback for one stage of a longer job shown as one line."""
    return lambda done, _n, label: progress(offset + done, total, label)


def cmd_export_excel(args: argparse.Namespace) -> int:
    from perut_desktop.cli import Progress, _open
    from perut_desktop.reports import excel
    from perut_desktop.services import recap

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UsageError(f"Berkas rekap harus berakhiran .xlsx (bukan '{out.name}').")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError(f"--from {args.date_from:%d-%m-%Y} sesudah --to {args.date_to:%d-%m-%Y}.")
    excel.check_output(out)
    progress = Progress()
    total = recap.RECAP_STEPS + excel.WRITE_STEPS
    replica = _open(args)
    try:
        with replica.begin() as s:
            period = recap.resolve_period(s, date_from=args.date_from, date_to=args.date_to, village=args.village)
            data = recap.build_recap(s, period, _progress(progress, 0, total))
    finally:
        replica.close()
    excel.write_recap(data, out, _progress(progress, recap.RECAP_STEPS, total))
    p = data.period
    where = f"Desa {p.village_name}" if p.village_name else f"{len(data.books.villages)} desa"
    overdue = sum(1 for f in data.follow_ups if f.overdue)
    print(f"Rekap Excel {p.date_from:%d-%m-%Y} s.d. {p.date_to:%d-%m-%Y} ditulis ke {out}: {where}, "
          f"{len(data.visits.rows)} kunjungan, {len(data.follow_ups)} tindak lanjut terbuka ({overdue} terlambat), "
          f"{len(data.findings)} temuan kepatuhan, {len(data.officials)} aparatur desa.")
    return 0


def _preview_lines(plan: Any) -> list[str]:
    from perut_desktop.services.officials_import import Action, display

    lines = []
    titles = ((Action.ADD, "Ditambah"), (Action.UPDATE, "Diubah"), (Action.REJECT, "Ditolak"))
    for action, title in titles:
        rows = plan.of(action)
        if not rows:
            continue
        lines.append(f"{title}:")
        for r in rows:
            who = f"baris {r.row_number}: Desa {r.village_name or '?'} — {r.name or '(tanpa nama)'}"
            if action is Action.ADD:
                fields = {c.field: c.new for c in r.changes}
                detail = ", ".join(display(f, fields.get(f)) for f in ("position", "body") if fields.get(f))
                lines.append(f"  {who} ({detail})")
            elif action is Action.UPDATE:
                diffs = "; ".join(f"{c.label}: {display(c.field, c.old)} → {display(c.field, c.new)}"
                                  for c in r.changes)
                lines.append(f"  {who}: {diffs}")
            else:
                lines.append(f"  {who}: {r.reason}")
    return lines


def _plan_json(plan: Any, applied: bool) -> dict[str, Any]:
    from perut_desktop.services.officials_import import Action

    return {
        "applied": applied,
        "counts": {a.value: len(plan.of(a)) for a in Action},
        "rows": [{"row": r.row_number, "action": r.action.value, "official_id": r.official_id,
                  "village": r.village_name, "name": r.name, "reason": r.reason,
                  "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in r.changes]}
                 for r in plan.rows if r.action is not Action.UNCHANGED],
    }


def cmd_import_officials(args: argparse.Namespace) -> int:
    from perut_desktop.cli import _open, print_json
    from perut_desktop.errors import InputRejected, StateError
    from perut_desktop.reports import excel
    from perut_desktop.services import officials_import as oi

    path = Path(args.file)
    replica = _open(args)
    try:
        if not replica.is_master:
            raise StateError("Impor aparatur desa hanya dapat dilakukan di kantor kecamatan (replika master); "
                             "di laptop gunakan 'perut official add|edit'.")
        sheet = excel.read_officials(path)
        with replica.begin() as s:
            plan = oi.plan_import(s, sheet.rows)
            apply = args.yes and plan.has_changes and not plan.rejected
            result = oi.apply_import(s, plan) if apply else None
    finally:
        replica.close()
    counts = {a: len(plan.of(a)) for a in oi.Action}
    summary = (f"{counts[oi.Action.ADD]} ditambah, {counts[oi.Action.UPDATE]} diubah, "
               f"{counts[oi.Action.UNCHANGED]} tetap, {counts[oi.Action.REJECT]} ditolak")
    if args.json:
        print_json(_plan_json(plan, result is not None))
    else:
        verb = "Impor" if result else "Pratinjau impor"
        print(f"{verb} aparatur desa dari {path.name} (lembar '{sheet.sheet}', {len(sheet.rows)} baris): {summary}.")
        for line in _preview_lines(plan):
            print(line)
    if plan.rejected:
        raise InputRejected(f"{len(plan.rejected)} baris ditolak; perbaiki baris itu di {path.name} lalu impor lagi. "
                            "Tidak ada yang diubah.")
    if args.json:
        return 0
    if result:
        print(f"Tersimpan: {result.added} aparatur ditambah, {result.updated} diperbarui.")
    elif not plan.has_changes:
        print("Tidak ada yang perlu diubah: data aparatur desa sudah sama dengan berkas.")
    else:
        print(f"Belum ada yang disimpan. Untuk menyimpan perubahan ini jalankan:\n"
              f"  perut import officials {args.file} --yes")
    return 0


def _group(sub: Any, add: Any, name: str, help_text: str) -> Any:
    """The sub-commands of ``perut NAME``, created here or shared with another module."""
    from perut_desktop.cli import _Parser

    parser = sub.choices.get(name)
    if parser is not None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action
    grp = add(name, lambda a: 0, help_text).add_subparsers(dest="sub", metavar="AKSI", parser_class=_Parser)
    grp.required = True
    return grp


def register(sub: Any, add: Any) -> None:
    """Add ``perut export excel`` and ``perut import officials`` to the parser."""
    from perut_desktop.cli import date_arg

    grp = _group(sub, add, "export", "menulis data ke berkas untuk dikirim atau diolah (Excel)")
    sp = add("excel", cmd_export_excel, _EXPORT_HELP, grp)
    sp.add_argument("--out", required=True, metavar="BERKAS.xlsx", help="berkas Excel yang ditulis")
    sp.add_argument("--from", dest="date_from", type=date_arg, metavar="TTTT-BB-HH", help="tanggal awal periode")
    sp.add_argument("--to", dest="date_to", type=date_arg, metavar="TTTT-BB-HH", help="tanggal akhir periode")
    sp.add_argument("--village", metavar="DESA", help="hanya satu desa (nama atau kode)")

    grp = _group(sub, add, "import", "membaca data dari berkas (aparatur desa dari Excel)")
    sp = add("officials", cmd_import_officials, _IMPORT_HELP, grp)
    sp.add_argument("file", metavar="BERKAS.xlsx", help="buku kerja Excel dengan lembar 'Aparatur Desa'")
    mode = sp.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true",
                      help="hanya pratinjau, tidak menyimpan (sama dengan tanpa opsi)")
    mode.add_argument("--yes", action="store_true", help="simpan perubahan yang ditampilkan pratinjau")
    sp.add_argument("--json", action="store_true", help="pratinjau atau hasil sebagai JSON")
