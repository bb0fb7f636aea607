"""The print settings of one replica: default paper size and the letterhead logo.

Local, never replicated (the ``setting`` table): each installation prints on the paper its
office uses. A logo is checked and copied into the data folder, so that reports still
print it when the original file has moved or been deleted.
"""

from __future__ import annotations

import errno
import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from sqlalchemy.orm import Session

from perut_desktop.errors import InputRejected, ValidationError, os_reason
from perut_desktop.models import Setting

PAPERS: tuple[str, ...] = ("A4", "F4")
PAPER_KEY = "report.paper"
LOGO_KEY = "report.logo"
#: Folder of the data folder that holds the copied letterhead logo.
LOGO_FOLDER = "kop-surat"
MAX_LOGO_BYTES = 5 * 1024 * 1024
_LOGO_FORMATS = {"PNG": ".png", "JPEG": ".jpg", "GIF": ".gif", "BMP": ".bmp", "TIFF": ".tif"}


@dataclass(frozen=True)
class ReportSettings:
    """Paper size ("A4" or "F4") and the letterhead logo of this replica's printouts.

    ``logo_path`` is the copy in the data folder, or ``None`` when no logo is set;
    ``logo_missing`` is true when one is set but its copy is gone (printed without it).
    """

    paper: str
    logo_path: Path | None
    logo_missing: bool = False


def _setting(session: Session, key: str) -> object:
    row = session.get(Setting, key)
    return None if row is None else row.value


def _put_setting(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def report_settings(session: Session, data_dir: Path) -> ReportSettings:
    """The paper size and logo this replica prints with (A4 and no logo until set)."""
    paper = _setting(session, PAPER_KEY)
    paper = paper if isinstance(paper, str) and paper in PAPERS else PAPERS[0]
    logo = _setting(session, LOGO_KEY)
    if not isinstance(logo, str) or not logo:
        return ReportSettings(paper, None)
    path = data_dir / logo
    if not path.is_file():
        return ReportSettings(paper, None, logo_missing=True)
    return ReportSettings(paper, path)


def normalize_paper(paper: str) -> str:
    """"A4" or "F4" from what a person typed ("a4", "f4", "Folio")."""
    key = paper.strip().upper()
    key = "F4" if key == "FOLIO" else key
    if key not in PAPERS:
        raise ValidationError(f"Ukuran kertas '{paper}' tidak dikenal; pilih A4 atau F4 (Folio).")
    return key


def _read_reason(exc: OSError) -> str:
    """Why a file could not be read, in Indonesian (the system's words only when unknown)."""
    if isinstance(exc, FileNotFoundError):
        return "berkas tidak ada"
    if isinstance(exc, IsADirectoryError):
        return "itu adalah folder, bukan berkas gambar"
    if isinstance(exc, PermissionError):
        return "tidak ada izin membaca berkas itu"
    return os_reason(exc)


def _write_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "tidak ada izin menulis di folder data"
    if exc.errno == errno.ENOSPC:
        return "ruang penyimpanan penuh"
    return os_reason(exc)


def _copy_logo(data_dir: Path, source: Path) -> str:
    """Check ``source`` is an image and copy it into the data folder; its relative path."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InputRejected(f"Berkas logo {source} tidak dapat dibaca: {_read_reason(exc)}; "
                            "sebutkan berkas PNG atau JPEG yang ada.") from exc
    if len(data) > MAX_LOGO_BYTES:
        raise InputRejected(f"Berkas logo {source.name} terlalu besar ({len(data) // 1_048_576} MB; batas 5 MB).")
    try:
        with Image.open(source) as img:
            img.verify()
            kind = img.format or ""
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise InputRejected(f"Berkas {source.name} bukan gambar yang dapat dibaca; gunakan PNG atau JPEG.") from exc
    suffix = _LOGO_FORMATS.get(kind)
    if suffix is None:
        raise InputRejected(f"Format gambar {kind or '?'} tidak didukung untuk logo; gunakan PNG atau JPEG.")
    folder = data_dir / LOGO_FOLDER
    name = f"logo-{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.{uuid.uuid4().hex[:8]}.tmp"
        try:
            tmp.write_bytes(data)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise InputRejected(f"Logo tidak dapat disalin ke {folder}: {_write_reason(exc)}.") from exc
    return f"{LOGO_FOLDER}/{name}"


def _remove_other_logos(data_dir: Path, keep: str | None) -> None:
    folder = data_dir / LOGO_FOLDER
    if not folder.is_dir():
        return
    for path in folder.glob("logo-*"):
        if keep is None or path.name != Path(keep).name:
            path.unlink(missing_ok=True)


def update_report_settings(
    session: Session,
    data_dir: Path,
    *,
    paper: str | None = None,
    logo: Path | None = None,
    remove_logo: bool = False,
) -> ReportSettings:
    """Set the paper size and/or the letterhead logo of this replica's printouts.

    A logo file is checked (a readable PNG or JPEG, at most 5 MB) and copied into the data
    folder; ``remove_logo`` prints the kop without one. ``None`` leaves a setting as it is.
    """
    if logo is not None and remove_logo:
        raise ValidationError("Pilih salah satu: pasang logo baru atau hapus logo.")
    if paper is not None:
        _put_setting(session, PAPER_KEY, normalize_paper(paper))
    if logo is not None:
        relative = _copy_logo(data_dir, logo)
        _put_setting(session, LOGO_KEY, relative)
        _remove_other_logos(data_dir, relative)
    elif remove_logo:
        _put_setting(session, LOGO_KEY, None)
        _remove_other_logos(data_dir, None)
    return report_settings(session, data_dir)
