"""The content-addressed attachment store in the data folder (``attachments/ab/abcd…``).

Photos are resized on attach (longest side about 1600 px, JPEG) unless the user asks for
the original; any other file is stored as it is. A stored file is named by its SHA-256.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import signal
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError

from perut_desktop.errors import InputRejected, os_reason

MAX_PHOTO_SIDE = 1600
JPEG_QUALITY = 85
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    width: int | None
    height: int | None


def _copy(src: BinaryIO, dst: BinaryIO) -> None:
    """Copy a file in pieces. Crash tests set ``PERUT_FAULT=mid_file`` to kill the process
    (SIGKILL) after the first piece, half-way through writing a file."""
    dst.write(src.read(1 << 16))
    if os.environ.get("PERUT_FAULT") == "mid_file":
        dst.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    shutil.copyfileobj(src, dst, 1 << 20)


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).exists()

    def put_bytes(self, data: bytes, media_type: str) -> StoredFile:
        sha = hashlib.sha256(data).hexdigest()
        target = self.path_of(sha)
        if not target.exists():
            self._write_atomically(target, lambda fh: fh.write(data))
        return StoredFile(sha, len(data), media_type, None, None)

    def adopt(self, sha256: str, source: Path) -> bool:
        """Store a copy of ``source``, whose SHA-256 the caller has verified (a bundle's
        member), under ``sha256``; False when the store already has it. The file appears
        whole or not at all, so a crash never leaves a truncated file under a good name."""
        target = self.path_of(sha256)
        if target.exists():
            return False
        with source.open("rb") as src:
            self._write_atomically(target, lambda fh: _copy(src, fh))
        return True

    @staticmethod
    def _write_atomically(target: Path, write: Callable[[BinaryIO], object]) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def put_file(self, source: Path, *, keep_original: bool = False) -> StoredFile:
        """Store a file (a photo resized unless ``keep_original``)."""
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise InputRejected(f"Berkas lampiran {source} tidak dapat dibaca: {os_reason(exc)}.") from exc
        if size > MAX_FILE_BYTES:
            raise InputRejected(f"Berkas lampiran {source.name} terlalu besar ({size // 1_048_576} MB; batas 50 MB).")
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        if media_type.startswith("image/") and not keep_original:
            return self._put_photo(source)
        data = source.read_bytes()
        stored = self.put_bytes(data, media_type)
        if media_type.startswith("image/"):
            try:
                with Image.open(source) as img:
                    return StoredFile(stored.sha256, stored.size, media_type, img.width, img.height)
            except (UnidentifiedImageError, OSError):
                pass
        return stored

    def _put_photo(self, source: Path) -> StoredFile:
        import io

        try:
            with Image.open(source) as img:
                img = ImageOps.exif_transpose(img)
                img.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE))
                if img.mode not in ("RGB", "L"):
                    img = img.convert("RGB")
                buf = io.BytesIO()
                img.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True)
                width, height = img.width, img.height
        except (UnidentifiedImageError, OSError) as exc:
            raise InputRejected(f"Berkas {source.name} bukan gambar yang dapat dibaca.") from exc
        stored = self.put_bytes(buf.getvalue(), "image/jpeg")
        return StoredFile(stored.sha256, stored.size, "image/jpeg", width, height)
