"""``perut init``, ``demo``, ``stats``, ``fingerprint``, ``backup`` and ``restore``: making,
filling, inspecting and safeguarding a replica."""

from __future__ import annotations

import argparse
from pathlib import Path

from perut_desktop.cli.common import (
    data_dir,
    print_json,
    print_table,
    replica,
    unit_of_work,
    warn_if_not_private,
)
from perut_desktop.errors import UsageError


def cmd_init(args: argparse.Namespace) -> int:
    from perut_desktop.operations import setup

    if args.role == "field":
        from perut_desktop.cli.sync import init_field

        return init_field(args)
    if not args.kecamatan:
        raise UsageError("Sebutkan nama kecamatan dengan --kecamatan.")
    result = setup.init_master(data_dir(args), kecamatan=args.kecamatan,
                               villages_file=Path(args.villages) if args.villages else None,
                               kabupaten=args.kabupaten, province=args.province)
    print(f"Replika master Kecamatan {result.subdistrict} dibuat di {result.data_dir}: "
          f"{result.villages} desa, daftar periksa {result.template_items} buku, perangkat {result.device_id}.")
    warn_if_not_private(result.data_dir)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from perut_desktop.cli.common import Progress
    from perut_desktop.services import demo

    if not 1 <= args.years <= 10:
        raise UsageError("--years harus antara 1 dan 10.")
    with replica(args) as opened:
        result = demo.generate(opened, years=args.years, seed=args.seed, today=args.today, progress=Progress())
    print(f"Data contoh dibuat: {result.visits} kunjungan dalam {result.months} bulan oleh {result.officers} pendamping.")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from perut_desktop.services.overview import row_counts

    with unit_of_work(args) as s:
        counts = row_counts(s)
    if args.json:
        print_json({"tables": counts, "total": sum(c["rows"] for c in counts.values())})
    else:
        print_table(["Tabel", "Baris", "Dihapus"], [(t, c["rows"], c["deleted"]) for t, c in counts.items()])
        print(f"Jumlah baris: {sum(c['rows'] for c in counts.values())}")
    return 0


def cmd_fingerprint(args: argparse.Namespace) -> int:
    from perut_desktop.sync.fingerprint import fingerprint

    with replica(args) as opened, opened.engine.connect() as conn:
        fp = fingerprint(conn)
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
    with replica(args) as opened:
        written = backup.write_backup(opened, out, passphrase=passphrase)
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
    folder = data_dir(args)
    source = Path(args.file)
    r = backup.restore_backup(folder, source, replace=args.replace, passphrase=passphrase)
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
    print(f"Cadangan {source.name} dipulihkan ke {folder} (perangkat {r.device_id}, peran {r.role}); "
          f"{keys_note}{saved}.")
    return 0
