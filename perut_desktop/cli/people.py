"""``perut village``, ``officer``, ``user``, ``official`` and ``kecamatan``: the villages,
the kecamatan's people, the villages' officials and the letterhead."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from typing import Any

from perut_desktop.arguments import parse_date
from perut_desktop.cli.common import print_json, print_table, read_pin_file, unit_of_work
from perut_desktop.errors import UsageError


def cmd_village_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages

    with unit_of_work(args) as s:
        rows = villages.list_villages(s)
    if args.json:
        print_json(rows)
    else:
        print_table(["Kode", "Desa"], [(v.code, v.name) for v in rows])
    return 0


def cmd_officer_add(args: argparse.Namespace) -> int:
    from perut_desktop.services import people

    with unit_of_work(args) as s:
        info = people.add_officer(s, name=args.name, nip=args.nip or "", position=args.position or "",
                                  phone=args.phone or "", email=args.email or "",
                                  villages=[v for v in (args.villages or "").split(",") if v.strip()])
    print(f"Pendamping {info.name} ditambahkan (id {info.id}); desa: {', '.join(info.villages) or '-'}.")
    return 0


def cmd_officer_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import people

    with unit_of_work(args) as s:
        rows = people.list_officers(s)
    if args.json:
        print_json(rows)
    else:
        print_table(["Nama", "NIP", "Jabatan", "Desa", "Id"],
                    [(o.name, o.nip, o.position, ", ".join(o.villages), o.id) for o in rows])
    return 0


def _plt(text: str) -> tuple[dt.date, dt.date]:
    """``--plt FROM:TO`` (two dates, TTTT-BB-HH)."""
    parts = text.split(":")
    if len(parts) != 2:
        raise UsageError(f"--plt '{text}' tidak sah; tulis DARI:SAMPAI, mis. 2026-07-01:2026-07-31.")
    start, end = parse_date(parts[0].strip()), parse_date(parts[1].strip())
    if start > end:
        raise UsageError(f"--plt '{text}': tanggal awal sesudah tanggal akhir.")
    return start, end


def cmd_user_add(args: argparse.Namespace) -> int:
    from perut_desktop.services import people

    pin = read_pin_file(args.pin_file)
    with unit_of_work(args) as s:
        info = people.add_user(s, name=args.name, nip=args.nip or "", title=args.title or "",
                               can_sign=bool(args.can_sign), plt=_plt(args.plt) if args.plt else None, pin=pin)
    print(f"Petugas kecamatan {info.name} ditambahkan (id {info.id}).")
    return 0


def cmd_user_edit(args: argparse.Namespace) -> int:
    from perut_desktop.services import people

    pin = read_pin_file(args.pin_file)
    changes: dict[str, object] = {k: getattr(args, k) for k in ("name", "nip", "title", "can_sign")}
    if args.plt:
        changes["plt"] = _plt(args.plt)
    elif args.no_plt:
        changes["plt"] = None
    if all(v is None for v in changes.values()) and pin is None and not args.no_pin:
        raise UsageError("Tidak ada yang diubah; berikan --name, --nip, --title, --can-sign, --plt atau --pin-file.")
    with unit_of_work(args) as s:
        info = people.edit_user(s, args.user, pin=pin, remove_pin=args.no_pin, **changes)  # type: ignore[arg-type]
    print(f"Profil {info.name} diperbarui.")
    return 0


def _signing(u: Any) -> str:
    """What a profile may sign: a.n. Camat, Plt. Camat (with dates), and whether a PIN guards it."""
    parts = []
    if u.can_sign:
        parts.append("a.n.")
    if u.plt_from and u.plt_to:
        parts.append(f"Plt. {u.plt_from.isoformat()}:{u.plt_to.isoformat()}")
    if u.has_pin:
        parts.append("PIN")
    return ", ".join(parts) or "-"


def cmd_user_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import people

    with unit_of_work(args) as s:
        rows = people.list_users(s)
    if args.json:
        print_json(rows)
    else:
        print_table(["Nama", "NIP", "Jabatan", "Tanda tangan", "Id"],
                    [(u.name, u.nip, u.title, _signing(u), u.id) for u in rows])
    return 0


def cmd_official_add(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages

    with unit_of_work(args) as s:
        village = villages.find_village(s, args.village)
        info = villages.add_official(s, village.id, name=args.name, position=args.position,
                                     phone=args.phone or "", gender=args.gender)
    print(f"{info.name} ({info.position}) ditambahkan ke Desa {info.village_name} (id {info.id}).")
    return 0


def cmd_official_edit(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages

    changes = {k: getattr(args, k) for k in ("name", "position", "phone", "gender")}
    if all(v is None for v in changes.values()):
        raise UsageError("Tidak ada yang diubah; berikan --name, --position, --phone atau --gender.")
    with unit_of_work(args) as s:
        info = villages.edit_official(s, args.id, **changes)
    print(f"Data {info.name} ({info.position}, Desa {info.village_name}) diperbarui.")
    return 0


def cmd_official_remove(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages

    with unit_of_work(args) as s:
        villages.remove_official(s, args.id)
    print("Aparatur desa dihapus.")
    return 0


def cmd_official_list(args: argparse.Namespace) -> int:
    from perut_desktop.services import villages

    with unit_of_work(args) as s:
        village_id = villages.find_village(s, args.village).id if args.village else None
        rows = villages.list_officials(s, village_id)
    if args.json:
        print_json(rows)
    else:
        print_table(["Desa", "Nama", "Jabatan", "Unsur", "L/P", "Telepon", "Id"],
                    [(o.village_name, o.name, o.position, o.body, o.gender or "", o.phone, o.id) for o in rows])
    return 0


def cmd_kecamatan(args: argparse.Namespace) -> int:
    from perut_desktop.services import setup

    changes = {k: getattr(args, k, None) for k in ("kabupaten", "province", "address", "postal_code", "phone",
                                                   "email", "city", "camat_name", "camat_nip")}
    with unit_of_work(args) as s:
        info = setup.update_subdistrict(s, **changes) if any(v is not None for v in changes.values()) \
            else setup.subdistrict_info(s)
    if args.json:
        print_json(info)
    else:
        print("\n".join(f"{k}: {v}" for k, v in dataclasses.asdict(info).items()))
    return 0
