"""Why an output file could not be written, said in Indonesian (DESIGN.md §9: one line,
in Indonesian, naming what to do) rather than in the operating system's English."""

from __future__ import annotations

import errno
import uuid
from pathlib import Path

from perut_desktop.errors import Hint, InputRejected, file_in_use, os_reason, output_refused
from perut_desktop.paths import output_path_problem

#: The program that probably holds an output open when it cannot be replaced, by suffix.
HOLDERS = {".pdf": "pembaca PDF (Adobe Reader, browser)", ".xlsx": "Microsoft Excel"}


def reason(exc: OSError) -> str:
    """The reason of ``exc`` in Indonesian; the system's own words only when unknown."""
    if exc.errno == errno.ENOENT:
        return "folder tujuan tidak ada atau tidak dapat dibuat berkas di sana"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "tidak ada izin menulis di sana"
    return os_reason(exc)


def cannot_write(path: Path, exc: OSError, app: str = "") -> InputRejected:
    """The refusal (exit 3) of an output ``path`` that cannot be written. Refused permission
    over a file that exists, in a folder that could be written, is a program holding it open
    (Windows will not replace it): that is said, with the program that probably holds it."""
    if isinstance(exc, PermissionError) and path.is_file():
        return file_in_use(path, HOLDERS.get(path.suffix.lower(), app or "program lain"))
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


def check_output_path(path: Path) -> None:
    """Refuse (exit 3) an output whose name Windows cannot hold or whose path is too long."""
    problem = output_path_problem(path)
    if problem:
        raise output_refused(path, problem)
