"""The attachment store: a file is stored whole under its SHA-256 or not at all; photos are
turned upright, shrunk to at most 1600 px and kept as JPEG; other files stay as they are."""

from __future__ import annotations

import hashlib
import io
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from PIL.JpegImagePlugin import JpegImageFile

from perut_desktop.errors import InputRejected
from perut_desktop.services import attachments_store
from perut_desktop.services.attachments_store import AttachmentStore, StoredFile


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_a_file_is_stored_once_under_its_hash(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "att")
    data = b"Notulen rapat desa"
    sha = hashlib.sha256(data).hexdigest()
    first = store.put_bytes(data, "text/plain")
    assert first == StoredFile(sha, len(data), "text/plain", None, None)
    assert store.path_of(sha) == tmp_path / "att" / sha[:2] / sha
    assert store.path_of(sha).read_bytes() == data and store.has(sha)
    assert store.put_bytes(data, "text/plain") == first
    assert _files(tmp_path / "att") == [f"{sha[:2]}/{sha}"]
    assert not store.has(hashlib.sha256(b"lain").hexdigest())


def test_files_whose_hashes_share_a_folder_are_all_stored(tmp_path: Path) -> None:
    """The store files by the hash's first two letters: the second file of a folder (one in
    256 is bound to) goes in beside the first."""
    store = AttachmentStore(tmp_path / "att")
    first = store.put_bytes(b"berkas 0", "text/plain")
    data = next(d for d in (b"berkas %d" % n for n in range(1, 10_000))
                if hashlib.sha256(d).hexdigest()[:2] == first.sha256[:2])
    second = store.put_bytes(data, "text/plain")
    assert second.sha256[:2] == first.sha256[:2] and second.sha256 != first.sha256
    assert store.path_of(second.sha256).read_bytes() == data
    source = tmp_path / "anggota.bin"
    source.write_bytes(next(d for d in (b"anggota %d" % n for n in range(10_000))
                            if hashlib.sha256(d).hexdigest()[:2] == first.sha256[:2]))
    third = hashlib.sha256(source.read_bytes()).hexdigest()
    assert store.adopt(third, source) is True
    assert _files(tmp_path / "att") == sorted(f"{sha[:2]}/{sha}" for sha in (first.sha256, second.sha256, third))


def test_adopt_copies_a_verified_file_unless_it_is_already_there(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "att")
    source = tmp_path / "member.bin"
    source.write_bytes(b"x" * (3 << 20))  # larger than one copy chunk
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    assert store.adopt(sha, source) is True
    assert store.path_of(sha).read_bytes() == source.read_bytes()
    assert store.adopt(sha, source) is False
    assert _files(tmp_path / "att") == [f"{sha[:2]}/{sha}"]


def test_a_failed_write_leaves_neither_a_truncated_file_nor_a_temporary_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash or a full disk mid-write must not leave a part of a file under a good name:
    the next import would take it as stored and never fetch it again."""
    store = AttachmentStore(tmp_path / "att")
    source = tmp_path / "member.bin"
    source.write_bytes(b"y" * 1000)
    sha = hashlib.sha256(source.read_bytes()).hexdigest()

    def half_then_fail(src: io.BufferedReader, dst: io.BufferedWriter, length: int = 0) -> None:
        dst.write(src.read(500))
        dst.flush()
        assert not store.path_of(sha).exists()  # nothing under the final name while writing
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(attachments_store.shutil, "copyfileobj", half_then_fail)
    with pytest.raises(OSError, match="No space left on device"):
        store.adopt(sha, source)
    assert not store.has(sha)
    assert _files(tmp_path / "att") == []


def test_bytes_are_synced_before_the_file_takes_its_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = AttachmentStore(tmp_path / "att")
    synced: list[int] = []
    real_fsync = attachments_store.os.fsync

    def fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(attachments_store.os, "fsync", fsync)
    real_replace = attachments_store.os.replace

    def replace(src: str, dst: Path) -> None:
        assert synced, "renamed before the bytes reached the disk"
        # a rename is atomic only within one file system: the bytes are written beside the target
        assert Path(src).parent == Path(dst).parent == tmp_path / "att" / Path(dst).name[:2]
        assert Path(src).read_bytes() == b"isi"
        real_replace(src, dst)

    monkeypatch.setattr(attachments_store.os, "replace", replace)
    stored = store.put_bytes(b"isi", "text/plain")
    assert store.path_of(stored.sha256).read_bytes() == b"isi"


@pytest.mark.parametrize(("name", "media_type"), [("laporan.pdf", "application/pdf"),
                                                  ("data.perutx", "application/octet-stream")])
def test_other_files_are_stored_as_they_are(tmp_path: Path, name: str, media_type: str) -> None:
    store = AttachmentStore(tmp_path / "att")
    source = tmp_path / name
    source.write_bytes(b"%PDF-1.4 isi")
    stored = store.put_file(source)
    assert stored == StoredFile(hashlib.sha256(b"%PDF-1.4 isi").hexdigest(), 12, media_type, None, None)
    assert store.path_of(stored.sha256).read_bytes() == b"%PDF-1.4 isi"


def test_a_file_that_cannot_be_read_or_is_too_large_is_refused(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "att")
    missing = tmp_path / "hilang.pdf"
    with pytest.raises(InputRejected, match=rf"^Berkas lampiran {re.escape(str(missing))} tidak dapat dibaca: "
                                            r"berkas atau folder itu tidak ada\.$"):
        store.put_file(missing)
    limit = tmp_path / "pas.bin"
    with limit.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # exactly the limit: accepted
    assert store.put_file(limit).size == 50 * 1024 * 1024
    big = tmp_path / "besar.bin"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(InputRejected, match=r"^Berkas lampiran besar\.bin terlalu besar \(50 MB; batas 50 MB\)\.$"):
        store.put_file(big)


def _jpeg_with_orientation(path: Path, size: tuple[int, int], orientation: int) -> None:
    img = Image.new("RGB", size, "white")
    img.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))  # left half red
    exif = Image.Exif()
    exif[0x0112] = orientation
    img.save(path, "JPEG", exif=exif)


def test_a_photo_is_turned_upright_from_its_exif_orientation(tmp_path: Path) -> None:
    """A phone held upright writes a landscape image and an orientation tag; the stored
    photo must stand as the picture was taken (portrait), not lie on its side."""
    store = AttachmentStore(tmp_path / "att")
    photo = tmp_path / "foto.jpg"
    _jpeg_with_orientation(photo, (400, 200), 6)  # 6: turn 90° clockwise to view
    stored = store.put_file(photo)
    assert (stored.width, stored.height) == (200, 400)
    with Image.open(store.path_of(stored.sha256)) as img:
        assert img.size == (200, 400)
        top, bottom = img.getpixel((100, 20)), img.getpixel((100, 380))
        assert top[0] > 200 and top[1] < 80  # the red half is now on top
        assert bottom[1] > 200


@pytest.mark.parametrize(("size", "expected"), [((4000, 3000), (1600, 1200)), ((1200, 2400), (800, 1600)),
                                                ((640, 480), (640, 480))])
def test_a_photo_is_shrunk_to_1600_pixels_and_stored_as_jpeg(tmp_path: Path, size: tuple[int, int],
                                                              expected: tuple[int, int]) -> None:
    store = AttachmentStore(tmp_path / "att")
    photo = tmp_path / "buku.png"
    Image.new("RGB", size, "red").save(photo)
    stored = store.put_file(photo)
    assert (stored.media_type, stored.width, stored.height) == ("image/jpeg", *expected)
    with Image.open(store.path_of(stored.sha256)) as img:
        assert (img.format, img.size) == ("JPEG", expected)
    assert stored.size == store.path_of(stored.sha256).stat().st_size


@pytest.mark.parametrize(("mode", "stored_mode"), [("RGBA", "RGB"), ("P", "RGB"), ("L", "L"), ("RGB", "RGB")])
def test_any_picture_mode_becomes_a_jpeg(tmp_path: Path, mode: str, stored_mode: str) -> None:
    store = AttachmentStore(tmp_path / "att")
    photo = tmp_path / "scan.png"
    Image.new(mode, (300, 200)).save(photo)
    stored = store.put_file(photo)
    with Image.open(store.path_of(stored.sha256)) as img:
        assert (img.format, img.mode) == ("JPEG", stored_mode)


def test_an_original_picture_is_kept_byte_for_byte_with_its_size(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "att")
    photo = tmp_path / "peta.png"
    Image.new("RGB", (2000, 100), "blue").save(photo)
    stored = store.put_file(photo, keep_original=True)
    assert (stored.media_type, stored.width, stored.height) == ("image/png", 2000, 100)
    assert store.path_of(stored.sha256).read_bytes() == photo.read_bytes()
    broken = tmp_path / "rusak.png"
    broken.write_bytes(b"bukan png")
    kept = store.put_file(broken, keep_original=True)  # kept as it is, without a size
    assert (kept.media_type, kept.width, kept.height, kept.size) == ("image/png", None, None, 9)


def test_a_photo_that_is_not_a_picture_is_refused(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "att")
    fake = tmp_path / "x.jpg"
    fake.write_bytes(b"not a picture")
    with pytest.raises(InputRejected, match=r"^Berkas x\.jpg bukan gambar yang dapat dibaca\.$"):
        store.put_file(fake)
    assert not (tmp_path / "att").exists() or _files(tmp_path / "att") == []


def test_a_photo_is_kept_at_quality_85_and_compactly_encoded(tmp_path: Path) -> None:
    """Quality 85 keeps a book's handwriting legible; the optimised encoding keeps the
    photos that travel in every sync bundle as small as that quality allows."""
    rng = random.Random(7)
    picture = Image.new("RGB", (320, 240))
    picture.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(320 * 240)])
    photo = tmp_path / "halaman.png"
    picture.save(photo)
    store = AttachmentStore(tmp_path / "att")
    stored = store.put_file(photo)
    reference, plain = io.BytesIO(), io.BytesIO()
    picture.save(reference, "JPEG", quality=85)
    picture.save(plain, "JPEG", quality=85, optimize=False)
    with Image.open(store.path_of(stored.sha256)) as img, Image.open(reference) as ref:
        assert isinstance(img, JpegImageFile) and isinstance(ref, JpegImageFile)
        assert img.quantization == ref.quantization  # the tables of quality 85
    assert stored.size < len(plain.getvalue())


_KILLED_MID_FILE = """
import sys
from pathlib import Path
from perut_desktop.services.attachments_store import AttachmentStore
AttachmentStore(Path(sys.argv[1])).adopt(sys.argv[2], Path(sys.argv[3]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_process_killed_mid_file_leaves_only_a_part_under_a_temporary_name(tmp_path: Path) -> None:
    """The crash tests' fault point (``PERUT_FAULT=mid_file``) kills the process after part of
    a file is written: nothing appears under the file's name, and the next copy stores it."""
    source = tmp_path / "anggota.bin"
    source.write_bytes(os.urandom(3 << 20))
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    root = Path(attachments_store.__file__).parents[2]  # the package these tests import
    env = dict(os.environ, PERUT_FAULT="mid_file", PYTHONPATH=str(root))
    proc = subprocess.run([sys.executable, "-c", _KILLED_MID_FILE, str(tmp_path / "att"), sha, str(source)],
                          check=False, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == -9, proc.stderr
    store = AttachmentStore(tmp_path / "att")
    assert not store.has(sha)
    (part,) = (tmp_path / "att" / sha[:2]).iterdir()
    assert part.name.startswith(".incoming-") and 0 < part.stat().st_size < source.stat().st_size
    assert store.adopt(sha, source) is True
    assert store.path_of(sha).read_bytes() == source.read_bytes()
