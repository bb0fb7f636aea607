"""``perut report …``: the printed documents (DESIGN.md §6, §9) — ``checklist`` (one
village, or ``--all`` into a folder), ``attendance-sheet``, ``visit``, and ``settings``
(paper size and letterhead logo of this replica's printouts)."""

from __future__ import annotations

import argparse
from pathlib import Path

from perut_desktop.cli.common import Progress, print_json, replica


def _pages(n: int) -> str:
    return f"{n} halaman"


def cmd_report_checklist(args: argparse.Namespace) -> int:
    from perut_desktop.reports import documents

    out = Path(args.out)
    with replica(args) as opened:
        if args.all:
            written = documents.checklist_pdfs_all(opened, out, args.paper, Progress())
        else:
            written = [documents.checklist_pdf(opened, args.village, out, args.paper)]
    if args.all:
        pages = sum(d.pages for d in written)
        paper = written[0].paper if written else (args.paper or "A4")
        print(f"{len(written)} daftar periksa ditulis ke {out} ({_pages(pages)}, kertas {paper}).")
    else:
        doc = written[0]
        print(f"{doc.title} ditulis ke {doc.path} ({_pages(doc.pages)}, kertas {doc.paper}).")
    return 0


def cmd_report_attendance(args: argparse.Namespace) -> int:
    from perut_desktop.reports import documents

    with replica(args) as opened:
        doc = documents.attendance_pdf(opened, args.village, Path(args.out), args.date, args.paper)
    print(f"{doc.title} ditulis ke {doc.path} ({_pages(doc.pages)}, kertas {doc.paper}).")
    return 0


def cmd_report_visit(args: argparse.Namespace) -> int:
    from perut_desktop.reports import documents

    with replica(args) as opened:
        doc = documents.visit_pdf(opened, args.visit_id, Path(args.out), args.paper)
    print(f"{doc.title} ditulis ke {doc.path} ({_pages(doc.pages)}, kertas {doc.paper}).")
    return 0


def cmd_report_settings(args: argparse.Namespace) -> int:
    from perut_desktop.services import report_settings

    with replica(args) as opened, opened.begin() as s:
        if args.paper or args.logo or args.no_logo:
            settings = report_settings.update_report_settings(
                s, opened.data_dir, paper=args.paper, logo=Path(args.logo) if args.logo else None,
                remove_logo=args.no_logo)
        else:
            settings = report_settings.report_settings(s, opened.data_dir)
    if args.json:
        print_json({"paper": settings.paper, "logo": settings.logo_path, "logo_missing": settings.logo_missing})
        return 0
    if settings.logo_path:
        logo = str(settings.logo_path)
    elif settings.logo_missing:
        logo = "berkas logo hilang dari folder data; pasang lagi dengan --logo BERKAS"
    else:
        logo = "tidak ada"
    print(f"Pengaturan cetak: kertas {settings.paper}; logo kop surat: {logo}.")
    return 0
