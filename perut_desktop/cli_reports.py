"""``perut report …``: the printed documents (DESIGN.md §6, §9).

``checklist`` (one village, or ``--all`` into a folder), ``attendance-sheet``, ``visit``,
and ``settings`` (paper size and letterhead logo of this replica's printouts).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from perut_desktop.errors import UsageError

_CHECKLIST_HELP = (
    "mencetak daftar periksa kosong untuk kunjungan: buku administrasi per kategori dengan kotak "
    "keadaan, tindak lanjut yang masih terbuka dan kolom tanda tangan. Satu desa (--village) ke satu "
    "berkas, atau semua desa (--all) ke satu folder (daftar-periksa-<kode>-<nama>.pdf)."
)
_ATTENDANCE_HELP = (
    "mencetak daftar hadir satu desa: aparatur desa, BPD dan LKD yang aktif sudah tertulis, ditambah "
    "baris kosong, dengan kolom tanda tangan berselang kiri-kanan."
)
_VISIT_HELP = (
    "mencetak Laporan Hasil Pendampingan satu kunjungan: data kunjungan dan riwayat status, hasil "
    "pemeriksaan buku dan skor, daftar hadir, notulen, tindak lanjut, catatan kepatuhan regulasi, "
    "lampiran, catatan verifikasi dan tanda tangan. Laporan yang masih dapat diubah bertanda DRAF."
)
_SETTINGS_HELP = (
    "menampilkan atau mengubah pengaturan cetak replika ini: ukuran kertas bawaan (A4 atau F4/Folio "
    "215 × 330 mm) dan logo kop surat (disalin ke folder data)."
)


def _paper_arg(text: str) -> str:
    key = text.strip().upper()
    key = "F4" if key == "FOLIO" else key
    if key not in ("A4", "F4"):
        raise UsageError(f"Ukuran kertas '{text}' tidak dikenal; pilih A4 atau F4.")
    return key


def _pages(n: int) -> str:
    return f"{n} halaman"


def cmd_report_checklist(args: argparse.Namespace) -> int:
    from perut_desktop.cli import Progress, _open
    from perut_desktop.reports import documents

    out = Path(args.out)
    replica = _open(args)
    try:
        if args.all:
            written = documents.checklist_pdfs_all(replica, out, args.paper, Progress())
        else:
            written = [documents.checklist_pdf(replica, args.village, out, args.paper)]
    finally:
        replica.close()
    if args.all:
        pages = sum(d.pages for d in written)
        paper = written[0].paper if written else (args.paper or "A4")
        print(f"{len(written)} daftar periksa ditulis ke {out} ({_pages(pages)}, kertas {paper}).")
    else:
        doc = written[0]
        print(f"{doc.title} ditulis ke {doc.path} ({_pages(doc.pages)}, kertas {doc.paper}).")
    return 0


def cmd_report_attendance(args: argparse.Namespace) -> int:
    from perut_desktop.cli import _open
    from perut_desktop.reports import documents

    out = Path(args.out)
    replica = _open(args)
    try:
        doc = documents.attendance_pdf(replica, args.village, out, args.date, args.paper)
    finally:
        replica.close()
    print(f"{doc.title} ditulis ke {doc.path} ({_pages(doc.pages)}, kertas {doc.paper}).")
    return 0


def cmd_report_visit(args: argparse.Namespace) -> int:
    from perut_desktop.cli import _open
    from perut_desktop.reports import documents

    out = Path(args.out)
    replica = _open(args)
    try:
        doc = documents.visit_pdf(replica, args.visit_id, out, args.paper)
    finally:
        replica.close()
    print(f"{doc.title} ditulis ke {doc.path} ({_pages(doc.pages)}, kertas {doc.paper}).")
    return 0


def cmd_report_settings(args: argparse.Namespace) -> int:
    from perut_desktop.cli import _open, print_json
    from perut_desktop.services import report_settings

    replica = _open(args)
    try:
        with replica.begin() as s:
            if args.paper or args.logo or args.no_logo:
                settings = report_settings.update_report_settings(
                    s, replica.data_dir, paper=args.paper, logo=Path(args.logo) if args.logo else None,
                    remove_logo=args.no_logo)
            else:
                settings = report_settings.report_settings(s, replica.data_dir)
    finally:
        replica.close()
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


def _paper_option(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--paper", type=_paper_arg, metavar="A4|F4",
                    help="ukuran kertas untuk berkas ini (bawaan: pengaturan 'perut report settings')")


def register(sub: Any, add: Any) -> None:
    """Add ``perut report …`` to the ``perut`` parser."""
    from perut_desktop.cli import _Parser, date_arg

    grp = add("report", lambda a: 0, "mencetak dokumen PDF: daftar periksa, daftar hadir, laporan kunjungan"
              ).add_subparsers(dest="sub", metavar="AKSI", parser_class=_Parser)
    grp.required = True

    sp = add("checklist", cmd_report_checklist, _CHECKLIST_HELP, grp)
    which = sp.add_mutually_exclusive_group(required=True)
    which.add_argument("--village", metavar="DESA", help="nama atau kode desa")
    which.add_argument("--all", action="store_true", help="semua desa; --out adalah folder")
    sp.add_argument("--out", required=True, metavar="BERKAS.pdf|FOLDER", help="berkas PDF (atau folder dengan --all)")
    _paper_option(sp)

    sp = add("attendance-sheet", cmd_report_attendance, _ATTENDANCE_HELP, grp)
    sp.add_argument("--village", required=True, metavar="DESA", help="nama atau kode desa")
    sp.add_argument("--date", type=date_arg, metavar="TTTT-BB-HH",
                    help="tanggal pertemuan (tanpa opsi ini: dikosongkan untuk diisi tangan)")
    sp.add_argument("--out", required=True, metavar="BERKAS.pdf", help="berkas PDF yang ditulis")
    _paper_option(sp)

    sp = add("visit", cmd_report_visit, _VISIT_HELP, grp)
    sp.add_argument("visit_id", metavar="ID_KUNJUNGAN", help="id kunjungan (lihat 'perut visit list')")
    sp.add_argument("--out", required=True, metavar="BERKAS.pdf", help="berkas PDF yang ditulis")
    _paper_option(sp)

    sp = add("settings", cmd_report_settings, _SETTINGS_HELP, grp)
    sp.add_argument("--paper", type=_paper_arg, metavar="A4|F4", help="ukuran kertas bawaan")
    logo = sp.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="BERKAS", help="gambar logo kop surat (PNG atau JPEG)")
    logo.add_argument("--no-logo", action="store_true", help="cetak kop surat tanpa logo")
    sp.add_argument("--json", action="store_true")
