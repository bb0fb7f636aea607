"""Domain errors: every message is for people (Indonesian), one line, naming what to do.

A message never names a front end's command or option: what the user can do next travels
as data, a :class:`Hint` (with the record it is about, where there is one). The CLI renders a
hint as the command to type (``cli/hints.py``), the window as a sentence or a button. The CLI
maps each class to an exit code (DESIGN.md §9).

Trouble with files and storage is worded here too (:func:`os_reason`,
:func:`storage_problem`), so that both front ends say the same Indonesian sentence instead of
the system's or SQLite's English.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from enum import StrEnum

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


def storage_problem(exc: BaseException) -> StorageProblem | None:
    """What went wrong with the data folder's storage — a full disk, a read-only or failing
    medium, a database another program holds — which SQLite reports as ``OperationalError``
    and the system as ``OSError``; ``None`` for anything else. SQLite rolls the transaction
    back, so nothing was changed, and the message says so."""
    inner = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    text = str(inner).lower()
    if type(inner).__name__ == "OperationalError" and "locked" in text:
        return StorageProblem(
            "Data sedang dipakai program lain (misalnya jendela PERUT yang masih terbuka atau "
            "perintah lain); tunggu atau tutup program itu, lalu coba lagi. Tidak ada yang berubah.",
            4)
    if not isinstance(inner, OSError) and type(inner).__name__ != "OperationalError":
        return None
    reason = os_reason(inner)
    if reason == str(inner) or (isinstance(inner, OSError) and reason == inner.strerror):
        return None  # not a storage trouble we can name
    return StorageProblem(f"Data tidak dapat disimpan: {reason}. Tidak ada yang berubah; kosongkan ruang "
                          "atau periksa media penyimpanan, lalu coba lagi.", 1)


@dataclass(frozen=True)
class StorageProblem:
    """A storage trouble worded for people, with the CLI's exit code for it."""

    message: str
    exit_code: int


class Hint(StrEnum):
    """What the user can do next, as data; each front end words it its own way.

    The CLI names a command or an option (``cli/hints.py``); the window offers the page,
    list or dialog that does the same. Add a member here and a rendering in every front end
    (a test checks that each front end words every member).
    """

    #: See the list of villages / visits / pendamping / staff / devices / conflicts.
    LIST_VILLAGES = "list_villages"
    LIST_VISITS = "list_visits"
    LIST_OFFICERS = "list_officers"
    LIST_USERS = "list_users"
    LIST_DEVICES = "list_devices"
    LIST_CONFLICTS = "list_conflicts"
    #: Choose the staff member acting on the office PC.
    CHOOSE_ACTING_USER = "choose_acting_user"
    #: Name the device a bundle is for.
    CHOOSE_RECIPIENT = "choose_recipient"
    #: The data folder holds no (complete) replica: create one.
    CREATE_REPLICA = "create_replica"
    #: The data folder already holds a replica: choose another folder.
    CHOOSE_OTHER_DATA_FOLDER = "choose_other_data_folder"
    #: Replace the replica in the data folder (it is backed up first).
    REPLACE_REPLICA = "replace_replica"
    #: The built-in village list is another kecamatan's: give a villages file.
    GIVE_VILLAGES_FILE = "give_villages_file"
    #: Enter the Camat's name and NIP in the letterhead settings.
    SET_CAMAT = "set_camat"
    #: Import the file as a sync bundle (it is not a backup).
    IMPORT_BUNDLE = "import_bundle"
    #: Give the passphrase of an encrypted backup.
    GIVE_PASSPHRASE = "give_passphrase"
    #: Restore a backup that carries the device's keys.
    RESTORE_KEYED_BACKUP = "restore_keyed_backup"
    #: Choose another place for the output file.
    CHOOSE_OTHER_OUTPUT = "choose_other_output"
    #: Check the start and end of the period.
    CHECK_PERIOD = "check_period"
    #: Use the workbook layout PERUT writes (the Excel recap).
    USE_EXPORTED_WORKBOOK = "use_exported_workbook"
    #: Type the confirmation code a laptop shows, to complete its enrolment.
    CONFIRM_DEVICE = "confirm_device"
    #: The office accepts a device's versions up to a stated time (a laptop whose date was
    #: once set far ahead and which already wrote such versions).
    ACCEPT_DEVICE_CLOCK = "accept_device_clock"


class PerutError(Exception):
    """Base of all errors the program expects and explains.

    ``message`` is front-end neutral; ``hint`` says what to do next as data and ``record``
    which record it is about (an id or a name), when there is one.
    """

    exit_code = 1

    def __init__(self, message: str, *, hint: Hint | None = None, record: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.record = record

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


def output_refused(path: object, problem: str) -> InputRejected:
    """The refusal (exit 3, nothing written) of an output path PERUT will not write: a name
    Windows cannot hold or a path too long for its programs (``paths.output_path_problem``)."""
    return InputRejected(f"Berkas {path} tidak dapat ditulis: {problem}. Tidak ada yang ditulis.",
                         hint=Hint.CHOOSE_OTHER_OUTPUT, record=str(path))


def file_in_use(path: object, program: str) -> InputRejected:
    """An output that exists and could not be replaced because a program holds it open (on
    Windows: a PDF in a reader, a workbook in Excel); the old file is kept."""
    name = getattr(path, "name", None) or str(path)
    return InputRejected(f"Berkas {name} sedang dibuka di program lain, mungkin {program}: tutup berkas itu di sana "
                         "lalu coba lagi, atau simpan dengan nama lain. Berkas yang lama tidak diubah.",
                         hint=Hint.CHOOSE_OTHER_OUTPUT, record=str(path))
