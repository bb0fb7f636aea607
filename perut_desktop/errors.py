"""Domain errors: every message is for people (Indonesian), one line, naming what to do.

The CLI maps each class to an exit code (DESIGN.md §9); the GUI shows the message as is.
"""

from __future__ import annotations

import errno

_OS_REASONS = {
    errno.ENOENT: "berkas atau folder itu tidak ada",
    errno.ENOTDIR: "salah satu bagian jalurnya bukan folder",
    errno.EACCES: "tidak ada izin untuk itu",
    errno.EPERM: "tidak ada izin untuk itu",
    errno.EROFS: "media itu hanya dapat dibaca",
    errno.ENOSPC: "ruang penyimpanan penuh",
    errno.EDQUOT: "kuota penyimpanan habis",
    errno.EFBIG: ("berkas terlalu besar untuk media itu (flashdisk FAT32 menampung paling besar "
                  "4 GB per berkas)"),
    errno.ENAMETOOLONG: "nama berkas terlalu panjang",
    errno.EISDIR: "nama itu adalah folder",
    errno.EIO: "media penyimpanan bermasalah (kesalahan baca/tulis)",
}

#: SQLite's own words for the same troubles (it reports them as OperationalError).
_SQLITE_REASONS = (
    ("disk is full", "ruang penyimpanan penuh"),
    ("unable to open database file", "berkas tidak dapat dibuat atau dibuka di sana"),
    ("readonly database", "media itu hanya dapat dibaca"),
    ("disk i/o error", "media penyimpanan bermasalah (kesalahan baca/tulis)"),
    ("file is not a database", "isinya bukan basis data SQLite"),
    ("database disk image is malformed", "isi basis datanya rusak"),
)


def os_reason(exc: BaseException) -> str:
    """Why a file operation failed, in Indonesian; the system's words only when unknown."""
    if isinstance(exc, OSError):
        return _OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
    if isinstance(exc, UnicodeDecodeError):
        return "isinya bukan teks UTF-8 (dari Excel: simpan ulang sebagai \"CSV UTF-8\")"
    text = str(exc)
    for needle, reason in _SQLITE_REASONS:
        if needle in text.lower():
            return reason
    return text


class PerutError(Exception):
    """Base of all errors the program expects and explains."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(PerutError):
    """Malformed arguments or impossible values (a date like 2026-13-45)."""

    exit_code = 2


class InputRejected(PerutError):
    """An input that exists but cannot be accepted: bad file or bundle, unknown village,
    visit or officer, an output path that cannot be written. Nothing was changed."""

    exit_code = 3


class ValidationError(InputRejected):
    """A value a user entered breaks a rule (visit in the future, follow-up without task)."""


class NotFound(InputRejected):
    """A named record does not exist."""


class StateError(PerutError):
    """Refused in this state of the replica: not initialised, wrong role, revoked."""

    exit_code = 4


class OwnershipError(StateError):
    """This device may not write that record (DESIGN.md §3)."""


class WorkflowError(StateError):
    """A visit status change that is not allowed from the current status."""
