"""The command lines' argument parser: argparse with its help and its usage errors in
Indonesian (DESIGN.md §9), shared by ``perut`` and ``perut-gui``.

A neutral, light module (argparse only) that both front ends may import.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn


def parse_date(text: str, label: str = "tanggal") -> dt.date:
    """A ``YYYY-MM-DD`` date as a user types it; an impossible one is a usage error (exit 2)."""
    from perut_desktop.errors import UsageError

    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise UsageError(f"{label.capitalize()} '{text}' tidak valid; gunakan format TTTT-BB-HH, mis. 2026-11-22.") from None


def date_arg(text: str) -> dt.date:
    """argparse's type for a date option."""
    return parse_date(text)


#: argparse's English error messages (Python 3.11–3.13) in Indonesian; anything else is
#: shown as argparse wrote it.
_ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(a), b) for a, b in (
    (r"^the following arguments are required: (.*)$", r"wajib diisi: \1"),
    (r"^unrecognized arguments: (.*)$", r"argumen tidak dikenal: \1"),
    (r"^argument ([^:]+): invalid choice: (.*?) \(choose from (.*)\)$", r"\1: \2 tidak dikenal; pilih salah satu: \3"),
    (r"^argument ([^:]+): invalid (\w+) value: (.*)$", r"\1: nilai \3 tidak sah"),
    (r"^argument ([^:]+): expected one argument$", r"\1 memerlukan satu nilai"),
    (r"^argument ([^:]+): expected at least one argument$", r"\1 memerlukan paling sedikit satu nilai"),
    (r"^argument ([^:]+): not allowed with argument (.*)$", r"\1 tidak boleh dipakai bersama \2"),
    (r"^argument ([^:]+): ignored explicit argument (.*)$", r"\1 tidak menerima nilai \2"),
    (r"^ambiguous option: (\S+) could match (.*)$", r"opsi \1 tidak jelas; mungkin maksudnya \2"),
    (r"^argument ([^:]+): (.*)$", r"\1: \2"),
))


def _indonesian(message: str) -> str:
    for pattern, replacement in _ARGPARSE_MESSAGES:
        if pattern.match(message):
            return pattern.sub(replacement, message)
    return message


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with the Indonesian heading of the usage line."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Penggunaan: " if prefix is None else prefix)


#: Help of the options that mean the same in every command that has them.
_STANDARD_HELP = {
    "--json": "keluaran JSON dengan kunci tetap (untuk skrip)",
    "--today": "tanggal acuan 'hari ini' (bawaan: tanggal hari ini)",
}

#: The placeholder shown in help for a value, by destination (argparse would print the
#: English option name in capitals); dates show their format, numbers N, the rest TEKS.
_METAVARS = {
    "data_dir": "FOLDER", "file": "BERKAS", "out": "BERKAS", "enrollment": "BERKAS",
    "passphrase_file": "BERKAS", "village": "DESA", "villages": "DESA,DESA", "device": "PERANGKAT",
    "to": "PERANGKAT", "visit": "ID_KUNJUNGAN", "id": "ID", "officer": "PENDAMPING", "name": "NAMA",
    "camat_name": "NAMA", "kades_name": "NAMA", "nip": "NIP", "camat_nip": "NIP", "position": "JABATAN",
    "phone": "TELEPON", "email": "SUREL", "address": "ALAMAT", "kecamatan": "KECAMATAN",
    "kabupaten": "KABUPATEN", "province": "PROVINSI", "city": "TEMPAT", "postal_code": "KODE_POS",
    "status": "STATUS", "max_size": "UKURAN", "number": "NOMOR", "title": "JUDUL",
}


class Parser(argparse.ArgumentParser):
    """argparse with help in Indonesian and one-line Indonesian usage errors (exit 2)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        parents = kwargs.pop("parents", [])
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "argumen"
        self._optionals.title = "opsi"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="tampilkan bantuan ini lalu keluar")
        for parent in parents:  # after -h, as argparse itself orders them
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        if "help" not in kwargs and args and args[0] in _STANDARD_HELP:
            kwargs["help"] = _STANDARD_HELP[args[0]]
        action = super().add_argument(*args, **kwargs)
        if action.metavar is None and action.choices is None and action.nargs != 0 and action.option_strings != [
                "-h", "--help"]:
            action.metavar = _METAVARS.get(action.dest) or (
                "TTTT-BB-HH" if action.type is date_arg else "N" if action.type is int else "TEKS")
        return action

    def error(self, message: str) -> NoReturn:
        text = " ".join(_indonesian(message).split())
        sys.stderr.write(f"{self.prog.split()[0]}: kesalahan penggunaan: {text} (lihat '{self.prog} --help')\n")
        raise SystemExit(2)
