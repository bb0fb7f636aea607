"""Why an output file could not be written, said in Indonesian (DESIGN.md §9: one line,
in Indonesian, naming what to do) rather than in the operating system's English."""

from __future__ import annotations

import errno
from pathlib import Path

from perut_desktop.errors import InputRejected

_REASONS = {
    errno.ENOENT: "folder tujuan tidak ada atau tidak dapat dibuat berkas di sana",
    errno.ENOTDIR: "salah satu bagian jalurnya bukan folder",
    errno.EACCES: "tidak ada izin menulis di sana",
    errno.EPERM: "tidak ada izin menulis di sana",
    errno.EROFS: "media itu hanya dapat dibaca",
    errno.ENOSPC: "ruang penyimpanan penuh",
    errno.EDQUOT: "kuota penyimpanan habis",
    errno.ENAMETOOLONG: "nama berkas terlalu panjang",
    errno.EISDIR: "nama itu adalah folder",
}


def reason(exc: OSError) -> str:
    """The reason of ``exc`` in Indonesian; the system's own words only when unknown."""
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


def cannot_write(path: Path, exc: OSError, app: str = "") -> InputRejected:
    """The refusal (exit 3) of an output ``path`` that cannot be written."""
    hint = ""
    if isinstance(exc, PermissionError):
        hint = f" (tutup dulu berkas itu bila sedang dibuka{f' di {app}' if app else ''})"
    return InputRejected(f"Berkas {path} tidak dapat ditulis: {reason(exc)}{hint}; "
                         "pilih folder lain dengan --out.")
