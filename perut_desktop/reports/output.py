"""Why an output file could not be written, said in Indonesian (DESIGN.md §9: one line,
in Indonesian, naming what to do) rather than in the operating system's English."""

from __future__ import annotations

import errno
from pathlib import Path

from perut_desktop.errors import InputRejected, os_reason


def reason(exc: OSError) -> str:
    """The reason of ``exc`` in Indonesian; the system's own words only when unknown."""
    if exc.errno == errno.ENOENT:
        return "folder tujuan tidak ada atau tidak dapat dibuat berkas di sana"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "tidak ada izin menulis di sana"
    return os_reason(exc)


def cannot_write(path: Path, exc: OSError, app: str = "") -> InputRejected:
    """The refusal (exit 3) of an output ``path`` that cannot be written."""
    hint = ""
    if isinstance(exc, PermissionError):
        hint = f" (tutup dulu berkas itu bila sedang dibuka{f' di {app}' if app else ''})"
    return InputRejected(f"Berkas {path} tidak dapat ditulis: {reason(exc)}{hint}; "
                         "pilih folder lain dengan --out.")
