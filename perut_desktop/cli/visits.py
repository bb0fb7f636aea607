"""``perut visit …`` and ``perut schedule …``: visits, their hand-over to another laptop,
and the monthly plan."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from perut_desktop.cli.common import jsonable, print_json, print_table, unit_of_work
from perut_desktop.errors import UsageError


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
    with unit_of_work(args) as s:
        village_id = villages.find_village(s, args.village).id if args.village else None
        rows = visits.list_visits(s, village_id=village_id, status=status)
    if args.json:
        print_json([dict(jsonable(r), status_label=r.status_label) for r in rows])
    else:
        print_table(["Tanggal", "Desa", "Pendamping", "Status", "Id"],
                    [(r.visit_date.isoformat(), r.village_name, r.officer_name, r.status_label, r.id) for r in rows])
    return 0


def cmd_visit_show(args: argparse.Namespace) -> int:
    from perut_desktop.services.scores import format_percent

    with unit_of_work(args) as s:
        d = _visit_detail(s, args.id)
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


def cmd_visit_reassign(args: argparse.Namespace) -> int:
    from perut_desktop.sync.devices import reassign_visit

    with unit_of_work(args) as s:
        device = reassign_visit(s, args.visit, args.to, with_officer=args.with_officer)
    print(f"Kunjungan {args.visit} dialihkan ke perangkat {device.name} ({device.id}). Perubahan perangkat lama atas "
          "kunjungan ini yang datang kemudian disimpan sebagai konflik.")
    return 0


def cmd_schedule_generate(args: argparse.Namespace) -> int:
    from perut_desktop.services import schedule

    with unit_of_work(args) as s:
        n = schedule.generate_plan(s, args.year)
    print(f"Jadwal {args.year}: {n} rencana kunjungan baru.")
    return 0


def cmd_schedule_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import schedule

    today = args.today or dt.date.today()
    with unit_of_work(args) as s:
        rows = schedule.overdue(s, today) if args.which == "overdue" else schedule.upcoming(s, today)
    if args.json:
        print_json(rows)
    else:
        print_table(["Rencana", "Desa", "Pendamping"], [(r.planned_date.isoformat(), r.village_name, r.officer_name)
                                                        for r in rows])
    return 0
