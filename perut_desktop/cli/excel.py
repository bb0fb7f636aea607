"""``perut export excel`` and ``perut import officials``: the Excel recap and the officials
round trip (DESIGN.md §6, §9)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from perut_desktop.cli.common import Progress, print_json, replica, stage, unit_of_work
from perut_desktop.errors import UsageError


def cmd_export_excel(args: argparse.Namespace) -> int:
    from perut_desktop.reports import excel
    from perut_desktop.reports.output import check_output_path
    from perut_desktop.services import recap

    out = Path(args.out)
    check_output_path(out)
    if out.suffix.lower() != ".xlsx":
        raise UsageError(f"Berkas rekap harus berakhiran .xlsx (bukan '{out.name}').")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError(f"--from {args.date_from:%d-%m-%Y} sesudah --to {args.date_to:%d-%m-%Y}.")
    excel.check_output(out)
    progress = Progress()
    total = recap.RECAP_STEPS + excel.WRITE_STEPS
    with unit_of_work(args) as s:
        period = recap.resolve_period(s, date_from=args.date_from, date_to=args.date_to, village=args.village)
        data = recap.build_recap(s, period, stage(progress, 0, total), approved_only=args.approved_only)
    excel.write_recap(data, out, stage(progress, recap.RECAP_STEPS, total))
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
    from perut_desktop.errors import InputRejected, StateError
    from perut_desktop.reports import excel
    from perut_desktop.services import officials_import as oi

    path = Path(args.file)
    with replica(args) as opened:
        if not opened.is_master:
            raise StateError("Impor aparatur desa hanya dapat dilakukan di kantor kecamatan (replika master); "
                             "di laptop gunakan 'perut official add|edit'.")
        sheet = excel.read_officials(path)
        with opened.begin() as s:
            plan = oi.plan_import(s, sheet.rows)
            apply = args.yes and plan.has_changes and not plan.rejected
            result = oi.apply_import(s, plan) if apply else None
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
