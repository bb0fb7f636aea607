"""``perut visit …`` and ``perut schedule …``: visits, their review (submit, verify, return,
approve, reopen), their hand-over to another laptop, and the monthly plan."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from perut_desktop.cli.common import (
    data_dir,
    jsonable,
    print_json,
    print_table,
    read_pin_file,
    unit_of_work,
)
from perut_desktop.errors import UsageError
from perut_desktop.wording import sentence


def _visit_detail(s: Any, visit_id: str) -> dict[str, Any]:
    from perut_desktop.services import review, scores, visits, workflow

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
        "submission_problems": review.submission_problems(s, visit_id),
        "review_warnings": review.review_warnings(s, visit_id),
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
    if v.status == "draf":
        problems = d["submission_problems"]
        print("Belum dapat diajukan:" if problems else "Siap diajukan.")
        for p in problems:
            print(f"  - {p.text}")
    warnings = d["review_warnings"]
    print("Peringatan verifikasi:" if warnings else "Peringatan verifikasi: tidak ada.")
    for w in warnings:
        print(f"  - {w.text}")
    return 0


def _checked(text: str | None) -> list[str]:
    from perut_desktop.enums import VerificationCheck

    items = [t for t in (text or "").split(",") if t.strip()]
    return [c.value for c in VerificationCheck] if [t.strip().casefold() for t in items] == ["semua"] else items


def cmd_visit_submit(args: argparse.Namespace) -> int:
    from perut_desktop.services import workflow

    with unit_of_work(args) as s:
        workflow.submit_visit(s, args.id, args.note or "")
    print(f"Kunjungan {args.id} diajukan untuk diverifikasi.")
    return 0


def cmd_visit_reopen(args: argparse.Namespace) -> int:
    from perut_desktop.services import workflow

    with unit_of_work(args) as s:
        workflow.reopen_visit(s, args.id, args.note or "")
    print(f"Kunjungan {args.id} kembali menjadi Draf untuk diperbaiki.")
    return 0


def cmd_visit_review(args: argparse.Namespace) -> int:
    """``verify``, ``return`` and ``approve``: one step of the office's review, in the name of
    the staff member given with ``--as``."""
    from perut_desktop.services import people, review, workflow

    pin = read_pin_file(getattr(args, "pin_file", None))
    with unit_of_work(args) as s:
        user = people.act_as(s, args.as_user)
        if args.step == "verify":
            workflow.verify_visit(s, args.id, args.note or "", checklist=_checked(args.checked))
        elif args.step == "return":
            workflow.return_visit(s, args.id, args.note or "", checklist=_checked(args.checked))
        else:
            workflow.approve_visit(s, args.id, title=args.title, note=args.note or "", pin=pin)
        last = review.reviews(s, args.id)[-1]
    done = {"verify": "diverifikasi", "return": "dikembalikan untuk diperbaiki", "approve": "disetujui"}[args.step]
    print(sentence(f"Kunjungan {args.id} {done} oleh {user.name}"))
    if args.step == "approve":
        print(f"Penanda tangan: {last.signatory_position.replace(chr(10), ', ')} — {last.signatory_name}"
              f"{f' (NIP {last.signatory_nip})' if last.signatory_nip else ''}.")
    for _code, text in last.warnings:
        print(f"  Peringatan: {text}")
    return 0


def cmd_visit_attach_signed(args: argparse.Namespace) -> int:
    from perut_desktop.services import approval, people
    from perut_desktop.services.attachments_store import AttachmentStore

    store = AttachmentStore(data_dir(args) / "attachments")
    with unit_of_work(args) as s:
        people.act_as(s, args.as_user)
        info = approval.attach_signed_report(s, store, args.id, Path(args.file))
    print(f"Pindaian laporan bertanda tangan dilampirkan pada kunjungan {args.id} ({info.filename}).")
    return 0


def cmd_visit_review_settings(args: argparse.Namespace) -> int:
    from perut_desktop.services import review

    same = None if args.same_person is None else args.same_person == "ya"
    with unit_of_work(args) as s:
        if same is None and args.score_drop is None:
            settings = review.review_settings(s)
        else:
            settings = review.update_review_settings(s, same_person_may_approve=same, score_drop=args.score_drop)
    if args.json:
        print_json(settings)
    else:
        print(f"Verifikator boleh juga menyetujui: {'ya' if settings.same_person_may_approve else 'tidak'}\n"
              f"Batas penurunan nilai: {settings.score_drop} poin persen")
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
