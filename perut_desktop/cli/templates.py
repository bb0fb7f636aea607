"""``perut template …``: the checklist templates, their books and the book mapping."""

from __future__ import annotations

import argparse

from perut_desktop.cli.common import print_json, print_table, unit_of_work


def cmd_template_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import templates

    with unit_of_work(args) as s:
        rows = templates.list_templates(s)
    if args.json:
        print_json(rows)
        return 0
    for t in rows:
        mark = " (berlaku)" if t.current else ""
        print(f"{t.code} versi {t.version_number}{mark}: {t.name}, {len(t.items)} buku")
        print_table(["Kode", "Kategori", "Buku", "Melanjutkan"],
                    [(i.code, i.category_code, i.title,
                      f"{i.continues_code} {i.continues_title}".strip() if i.continues_code else "-")
                     for i in t.items])
        print()
    return 0


def cmd_template_publish(args: argparse.Namespace) -> int:
    from perut_desktop.services import templates

    with unit_of_work(args) as s:
        info = templates.publish_template_named(s, args.name, args.template_version)
    print(f"Daftar periksa {info.code} versi {info.version_number} ({len(info.items)} buku) berlaku untuk "
          "kunjungan baru; kunjungan lama tetap memakai daftar periksanya.")
    return 0
