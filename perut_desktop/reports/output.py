"""Why an output file could not be written, said in Indonesian (DESIGN.md §9: one line,
in Indonesian, naming what to do) rather than in the operating system's English."""

from __future__ import annotations

import errno
import uuid
from pathlib import Path

from perut_desktop.errors import Hint, InputRejected, os_reason


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
    return InputRejected(f"Berkas {path} tidak dapat ditulis: {reason(exc)}{hint}.",
                         hint=Hint.CHOOSE_OTHER_OUTPUT, record=str(path))


def check_writable(probe: Path, shown: Path, app: str = "") -> None:
    """Create and remove ``probe`` (a name nobody uses, in the folder to be written): the one
    sure test that the folder can be written; else the refusal of :func:`cannot_write`."""
    try:
        with open(probe, "xb"):
            pass
    except OSError as exc:
        raise cannot_write(shown, exc, app) from exc
    finally:
        probe.unlink(missing_ok=True)


def unused_name(folder: Path, stem: str) -> Path:
    """A temporary name in ``folder`` that no other file has (hidden, ``.tmp``)."""
    return folder / f".{stem}.{uuid.uuid4().hex[:12]}.tmp"
