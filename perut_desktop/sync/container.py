"""The ``.perut`` bundle file: signed, encrypted to one device, streamed (DESIGN.md §4, §5).

This module knows bytes, keys and files — no database. The byte layout, the crypto and
the order of checks are documented in ``docs/bundle-format.md``; in short::

    magic(10) | version u16 | header length u32 | header (canonical JSON) |
    Ed25519 signature(64) over everything before it | body (body_length bytes)

The plaintext header names only devices, the kecamatan code, times, the ephemeral key and
the body's length and SHA-256; the signature therefore covers every byte of the file. The
body is a chunked ChaCha20-Poly1305 stream (STREAM construction: counter nonce, last-chunk
flag) under a key from ephemeral X25519 + HKDF-SHA256; its plaintext is an inner manifest
followed by the members, each zlib-compressed in frames of at most 1 MiB.

Opening checks, in order: magic and sizes, format version, recipient, kecamatan, sender
known, signature, body SHA-256, then decrypts and extracts with every member checked
against the manifest and :class:`Limits`. Memory stays bounded by the chunk size whatever
the bundle's size. Every failure is :class:`~perut_desktop.errors.InputRejected` with a
one-line Indonesian message, and leaves nothing behind in ``extract_to``.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from perut_desktop.errors import InputRejected, os_reason
from perut_desktop.sync.keys import Identity

# --- format constants ----------------------------------------------------------------------

#: PNG-style magic: a high-bit byte catches 7-bit transfers, CR LF and LF catch line-end
#: conversion by chat apps or mail, ^Z stops ``type`` on Windows.
MAGIC = b"\x89PERUT\r\n\x1a\n"
#: The format this code writes. Readers accept :data:`SUPPORTED_VERSIONS`.
FORMAT_VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})

_PREFIX = struct.Struct(">HI")  # format version, header length
SIGNATURE_SIZE = 64
#: The header is a few hundred bytes; the cap keeps parsing untrusted JSON cheap.
MAX_HEADER_BYTES = 4096
#: Plaintext bytes per AEAD chunk and per compressed frame's inflated output.
CHUNK_SIZE = 1 << 20
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
#: zlib's compressBound(CHUNK_SIZE) is CHUNK_SIZE + 333; leave room, refuse beyond.
MAX_FRAME_SIZE = CHUNK_SIZE + 4096
_U32 = struct.Struct(">I")
#: Domain separation of the body key (bound to the format version).
_HKDF_INFO = b"PERUT bundle v1 body key"
#: The counter occupies 11 bytes of the 12-byte nonce; the 12th is the last-chunk flag.
_MAX_CHUNKS = 1 << 64

_ID_RE = re.compile(r"[0-9A-Za-z_-]{1,64}")
_KECAMATAN_RE = re.compile(r"[0-9A-Za-z._-]{1,32}")
_HEX64_RE = re.compile(r"[0-9a-f]{64}")
_B64_KEY_RE = re.compile(r"[A-Za-z0-9+/]{43}=")
_TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
#: Names a member may have: the payload database and content-addressed attachments.
DEFAULT_MEMBER_PATTERN = r"payload\.sqlite|attachments/[0-9a-f]{64}"

#: Header fields the caller supplies to :func:`write_bundle` (``created_at`` optional) and
#: the optional public keys a not-yet-enrolled laptop sends with its first bundle.
CALLER_HEADER_FIELDS = frozenset({"bundle_id", "kecamatan", "sender", "recipient", "created_at"})
#: A laptop's first bundle also carries ``enrolment_proof`` (an HMAC of its keys and the
#: bundle id under the enrolment secret), checked before its signature (DESIGN.md §5).
OPTIONAL_HEADER_FIELDS = frozenset({"sender_sign_key", "sender_enc_key", "enrolment_proof"})
_COMPUTED_HEADER_FIELDS = frozenset({"ephemeral_key", "body_length", "body_sha256"})
_REQUIRED_HEADER_FIELDS = CALLER_HEADER_FIELDS | _COMPUTED_HEADER_FIELDS

_READ_SIZE = 1 << 20


# --- public types --------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """Bounds on what :func:`open_bundle` accepts; checked before and while inflating."""

    max_member_bytes: int = 1 << 30
    max_total_bytes: int = 4 << 30
    max_members: int = 50_000
    #: Inflated / compressed bytes per member (after the first MiB): zlib reaches ~1000:1
    #: on zeros; real payloads and photos stay far below 200:1.
    max_ratio: int = 200
    max_manifest_bytes: int = 16 << 20
    max_bundle_bytes: int = 5 << 30
    member_pattern: str = DEFAULT_MEMBER_PATTERN


@dataclass(frozen=True)
class Member:
    """One file to put in a bundle: its name inside the bundle and where to read it."""

    name: str
    source: Path


@dataclass(frozen=True)
class WrittenBundle:
    """The bundle just written: its path, size in bytes and SHA-256 of the whole file."""

    path: Path
    bytes: int
    sha256: str
    header: BundleHeader


@dataclass(frozen=True)
class BundleHeader:
    """The plaintext header. Untrusted unless it came out of :func:`open_bundle`."""

    format_version: int
    bundle_id: str
    kecamatan: str
    sender: str
    recipient: str
    created_at: str
    ephemeral_key: bytes
    body_length: int
    body_sha256: str
    sender_sign_key: str | None = None
    sender_enc_key: str | None = None
    enrolment_proof: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The header as JSON-able values (keys as base64)."""
        out: dict[str, Any] = {
            "format_version": self.format_version, "bundle_id": self.bundle_id,
            "kecamatan": self.kecamatan, "sender": self.sender, "recipient": self.recipient,
            "created_at": self.created_at,
            "ephemeral_key": base64.b64encode(self.ephemeral_key).decode("ascii"),
            "body_length": self.body_length, "body_sha256": self.body_sha256,
        }
        if self.sender_sign_key is not None:
            out["sender_sign_key"] = self.sender_sign_key
        if self.sender_enc_key is not None:
            out["sender_enc_key"] = self.sender_enc_key
        if self.enrolment_proof is not None:
            out["enrolment_proof"] = self.enrolment_proof
        return out


@dataclass(frozen=True)
class ManifestEntry:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class InnerManifest:
    """The encrypted manifest: members in stream order and the caller's private ``meta``."""

    members: tuple[ManifestEntry, ...]
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OpenedBundle:
    """A verified, decrypted bundle: its header, manifest and the extracted files."""

    header: BundleHeader
    inner_manifest: InnerManifest
    member_paths: dict[str, Path]


#: Device id → its raw Ed25519 public key (base64 text tolerated), None when unknown.
LookupSenderKey = Callable[[str], "bytes | str | None"]


def _reject(message: str) -> InputRejected:
    return InputRejected(message)


def _corrupt(detail: str) -> InputRejected:
    return InputRejected(f"Bundel terpotong atau rusak ({detail}).")


# --- member names --------------------------------------------------------------------------


def check_member_name(name: object, pattern: str = DEFAULT_MEMBER_PATTERN) -> str:
    """``name`` if it is a safe, allowed member name; else :class:`InputRejected`.

    Safe: a relative POSIX path without ``..``, ``.`` or empty parts, backslashes, drive
    letters or control characters. Allowed: matches ``pattern`` (payload, attachments)."""
    if not isinstance(name, str) or not name:
        raise _reject("Nama anggota bundel kosong atau bukan teks.")
    shown = repr(name[:80])
    if "\\" in name:
        raise _reject(f"Nama anggota bundel tidak sah (garis miring terbalik): {shown}.")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise _reject(f"Nama anggota bundel tidak sah (karakter kendali): {shown}.")
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        raise _reject(f"Nama anggota bundel tidak sah (jalur absolut): {shown}.")
    if any(part in ("", ".", "..") for part in name.split("/")):
        raise _reject(f"Nama anggota bundel tidak sah (mengandung '..' atau bagian kosong): "
                      f"{shown}.")
    if not re.fullmatch(pattern, name):
        raise _reject(f"Nama anggota bundel tidak diizinkan: {shown}.")
    return name


# --- header encoding -----------------------------------------------------------------------


def _canonical(value: Any) -> bytes:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return text.encode("ascii")


def _now_utc() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _header_problem(fields: Mapping[str, Any]) -> str | None:
    """What is wrong with the JSON header fields' types and shapes, or None."""
    for key in ("bundle_id", "sender", "recipient"):
        if not isinstance(fields.get(key), str) or not _ID_RE.fullmatch(fields[key]):
            return f"kolom kepala '{key}' tidak sah"
    for key, pattern in (("kecamatan", _KECAMATAN_RE), ("created_at", _TIME_RE)):
        if not isinstance(fields.get(key), str) or not pattern.fullmatch(fields[key]):
            return f"kolom kepala '{key}' tidak sah"
    for key in ("ephemeral_key", "sender_sign_key", "sender_enc_key"):
        value = fields.get(key)
        if (value is not None or key == "ephemeral_key") and (
                not isinstance(value, str) or not _B64_KEY_RE.fullmatch(value)):
            return f"kolom kepala '{key}' tidak sah"
    length = fields.get("body_length")
    if type(length) is not int or length < TAG_SIZE:
        return "kolom kepala 'body_length' tidak sah"
    digest = fields.get("body_sha256")
    if not isinstance(digest, str) or not _HEX64_RE.fullmatch(digest):
        return "kolom kepala 'body_sha256' tidak sah"
    proof = fields.get("enrolment_proof")
    if proof is not None and (not isinstance(proof, str) or not _HEX64_RE.fullmatch(proof)):
        return "kolom kepala 'enrolment_proof' tidak sah"
    return None


def _parse_header_json(version: int, raw: bytes) -> BundleHeader:
    """The header from its (untrusted) JSON bytes, strictly: known keys, checked shapes."""
    try:
        fields = json.loads(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _corrupt("kepala bundel tidak terbaca") from None
    if not isinstance(fields, dict):
        raise _corrupt("kepala bundel tidak terbaca")
    keys = set(fields)
    if not _REQUIRED_HEADER_FIELDS <= keys <= _REQUIRED_HEADER_FIELDS | OPTIONAL_HEADER_FIELDS:
        raise _corrupt("kolom kepala bundel tidak sesuai")
    problem = _header_problem(fields)
    if problem:
        raise _corrupt(problem)
    return BundleHeader(
        format_version=version, bundle_id=fields["bundle_id"], kecamatan=fields["kecamatan"],
        sender=fields["sender"], recipient=fields["recipient"], created_at=fields["created_at"],
        ephemeral_key=base64.b64decode(fields["ephemeral_key"]), body_length=fields["body_length"],
        body_sha256=fields["body_sha256"], sender_sign_key=fields.get("sender_sign_key"),
        sender_enc_key=fields.get("sender_enc_key"), enrolment_proof=fields.get("enrolment_proof"))


@dataclass(frozen=True)
class _Prefix:
    """What precedes the body: the signed bytes, the signature and the parsed header."""

    signed: bytes
    signature: bytes
    header: BundleHeader

    @property
    def body_offset(self) -> int:
        return len(self.signed) + SIGNATURE_SIZE


def _read_exact(fh: BinaryIO, n: int) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise _corrupt("berkas berakhir terlalu cepat")
    return data


def _read_prefix(fh: BinaryIO, file_size: int | None) -> _Prefix:
    """Magic, version, sizes and header of an open bundle file; nothing trusted yet.
    ``file_size`` None skips the check that the file ends where the header says."""
    magic = fh.read(len(MAGIC))
    if magic != MAGIC:
        raise _reject("Berkas bukan bundel PERUT.")
    version, header_len = _PREFIX.unpack(_read_exact(fh, _PREFIX.size))
    if version > FORMAT_VERSION:
        raise _reject(f"Format bundel versi {version} lebih baru dari yang didukung; "
                      "perbarui PERUT.")
    if version not in SUPPORTED_VERSIONS:
        raise _reject(f"Format bundel versi {version} tidak didukung lagi; "
                      "minta pengirim membuat bundel baru dengan PERUT terbaru.")
    if not 0 < header_len <= MAX_HEADER_BYTES:
        raise _corrupt("panjang kepala bundel tidak sah")
    raw_header = _read_exact(fh, header_len)
    signature = _read_exact(fh, SIGNATURE_SIZE)
    header = _parse_header_json(version, raw_header)
    signed = magic + _PREFIX.pack(version, header_len) + raw_header
    if file_size is not None:
        _check_file_size(len(signed) + SIGNATURE_SIZE + header.body_length, file_size)
    return _Prefix(signed, signature, header)


def _check_file_size(expected: int, actual: int) -> None:
    if actual < expected:
        raise _corrupt("berkas lebih pendek dari yang dinyatakan kepalanya")
    if actual > expected:
        raise _corrupt("ada data tambahan setelah akhir bundel")


def read_header(path: Path) -> BundleHeader:
    """Parse only the plaintext header, e.g. to say who sent a refused bundle.

    Nothing here is verified: do not act on it beyond messages and choosing a key.
    :class:`InputRejected` when the file is not a readable bundle of a supported version."""
    with _open_input(path) as fh:
        try:
            return _read_prefix(fh, None).header
        except OSError as exc:
            raise _unreadable(path, exc) from None


def _unreadable(path: Path, exc: OSError) -> InputRejected:
    return _reject(f"Berkas bundel tidak dapat dibaca: {path} ({os_reason(exc)}).")


def _open_input(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise _reject(f"Berkas bundel tidak ditemukan: {path}.") from None
    except OSError as exc:
        raise _unreadable(path, exc) from None


# --- body crypto ---------------------------------------------------------------------------


def _body_key(shared: bytes, ephemeral_pub: bytes, recipient_pub: bytes) -> ChaCha20Poly1305:
    """HKDF-SHA256 over the X25519 secret, salted with both public keys (as in HPKE/age)."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_pub + recipient_pub,
               info=_HKDF_INFO).derive(shared)
    return ChaCha20Poly1305(key)


def _nonce(counter: int, last: bool) -> bytes:
    """STREAM nonce: 11-byte big-endian chunk counter, then 1 if this is the last chunk."""
    if counter >= _MAX_CHUNKS:
        raise _corrupt("terlalu banyak potongan")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _raw_x25519(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class _ChunkSealer:
    """Encrypts a plaintext stream into sealed chunks written to ``out``, hashing them.

    A chunk is emitted only once more plaintext follows it, so the last one — possibly
    short, possibly empty — is the one sealed with the last-chunk flag."""

    def __init__(self, aead: ChaCha20Poly1305, out: BinaryIO) -> None:
        self._aead = aead
        self._out = out
        self._buf = bytearray()
        self._counter = 0
        self.length = 0
        self.sha256 = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self._buf += data
        while len(self._buf) > CHUNK_SIZE:
            self._seal(bytes(self._buf[:CHUNK_SIZE]), last=False)
            del self._buf[:CHUNK_SIZE]

    def finish(self) -> None:
        self._seal(bytes(self._buf), last=True)
        self._buf.clear()

    def _seal(self, plain: bytes, *, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._counter, last), plain, None)
        self._counter += 1
        self._out.write(sealed)
        self.sha256.update(sealed)
        self.length += len(sealed)


def _open_chunks(fh: BinaryIO, prefix: _Prefix, aead: ChaCha20Poly1305) -> Iterator[bytes]:
    """Decrypted chunks of the body, in order; the body is hashed again as it is read and
    compared with the signed hash before the last chunk is released (the file might have
    changed since the first pass)."""
    fh.seek(prefix.body_offset)
    remaining = prefix.header.body_length
    digest = hashlib.sha256()
    counter = 0
    while remaining:
        size = min(SEALED_CHUNK_SIZE, remaining)
        last = size == remaining
        sealed = _read_exact(fh, size)
        digest.update(sealed)
        remaining -= size
        if last and digest.hexdigest() != prefix.header.body_sha256:
            raise _corrupt("isi berubah saat dibaca")
        if size < TAG_SIZE:
            raise _corrupt("potongan terakhir terlalu pendek")
        try:
            yield aead.decrypt(_nonce(counter, last), sealed, None)
        except InvalidTag:
            raise _corrupt(f"potongan {counter + 1} gagal didekripsi") from None
        counter += 1


# --- plaintext stream ----------------------------------------------------------------------


class _PlainReader:
    """Reads exact byte counts from a stream of decrypted chunks, holding at most one
    chunk plus the bytes asked for."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = bytearray()
        self._pos = 0

    def read(self, n: int, what: str) -> bytes:
        while len(self._buf) - self._pos < n:
            chunk = next(self._chunks, None)
            if chunk is None:
                raise _corrupt(f"isi berakhir di tengah {what}")
            del self._buf[:self._pos]
            self._pos = 0
            self._buf += chunk
        out = bytes(self._buf[self._pos:self._pos + n])
        self._pos += n
        return out

    def at_end(self) -> bool:
        """True when no byte is left (drains the chunk iterator, which checks the hash)."""
        while self._pos == len(self._buf):
            chunk = next(self._chunks, None)
            if chunk is None:
                return True
            self._buf = bytearray(chunk)
            self._pos = 0
        return False


#: zlib level of member frames. The level is the writer's choice and invisible to readers
#: (every level gives a valid zlib stream): on the 5-year demo's payload level 1 takes
#: about half the time of level 6 for a file about 14 % larger.
COMPRESSION_LEVEL = 1
#: Openings of files that are compressed already (JPEG, PNG, GIF, ZIP and the Office
#: formats built on it, gzip): their frames are stored (zlib level 0), not squeezed for
#: nothing. Other incompressible data is caught frame by frame (:func:`_compress_frame`).
_COMPRESSED_MAGICS = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"PK\x03\x04", b"\x1f\x8b")


def _compress_frame(chunk: bytes, level: int) -> bytes:
    """One frame; stored instead when compressing would not make it smaller."""
    frame = zlib.compress(chunk, level)
    if level and len(frame) >= len(chunk):
        frame = zlib.compress(chunk, 0)
    return frame


def _member_frames(fh: BinaryIO, expected_sha256: str) -> Iterator[bytes]:
    """Compressed frames of one source file (each a whole zlib stream of ≤ 1 MiB), then the
    empty end frame; raises if the file changed since it was hashed for the manifest."""
    digest = hashlib.sha256()
    level = COMPRESSION_LEVEL
    first = True
    while chunk := fh.read(CHUNK_SIZE):
        if first and chunk.startswith(_COMPRESSED_MAGICS):
            level = 0
        first = False
        digest.update(chunk)
        frame = _compress_frame(chunk, level)
        yield _U32.pack(len(frame)) + frame
    if digest.hexdigest() != expected_sha256:
        raise _reject(f"Berkas {fh.name} berubah saat bundel ditulis; ulangi ekspor.")
    yield _U32.pack(0)


# --- manifest ------------------------------------------------------------------------------


def _manifest_bytes(entries: Sequence[ManifestEntry], meta: Mapping[str, Any]) -> bytes:
    members = [{"name": e.name, "size": e.size, "sha256": e.sha256} for e in entries]
    return _canonical({"members": members, "meta": dict(meta)})


def _parse_manifest(raw: bytes, limits: Limits) -> InnerManifest:
    """The inner manifest, with every name, size and hash checked against ``limits``."""
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _corrupt("daftar isi tidak terbaca") from None
    if not isinstance(doc, dict) or set(doc) != {"members", "meta"} or not isinstance(
            doc["members"], list) or not isinstance(doc["meta"], dict):
        raise _corrupt("daftar isi tidak sesuai")
    if len(doc["members"]) > limits.max_members:
        raise _reject(f"Bundel berisi terlalu banyak berkas ({len(doc['members'])}, "
                      f"batas {limits.max_members}).")
    entries = tuple(_parse_entry(item, limits) for item in doc["members"])
    _check_unique(entries)
    total = sum(e.size for e in entries)
    if total > limits.max_total_bytes:
        raise _reject(f"Isi bundel terlalu besar ({total} bita, batas {limits.max_total_bytes}).")
    return InnerManifest(entries, doc["meta"])


def _parse_entry(item: object, limits: Limits) -> ManifestEntry:
    if not isinstance(item, dict) or set(item) != {"name", "size", "sha256"}:
        raise _corrupt("entri daftar isi tidak sesuai")
    name = check_member_name(item["name"], limits.member_pattern)
    size, sha = item["size"], item["sha256"]
    if type(size) is not int or size < 0:
        raise _corrupt(f"ukuran anggota {name} tidak sah")
    if size > limits.max_member_bytes:
        raise _reject(f"Anggota bundel {name} terlalu besar ({size} bita, "
                      f"batas {limits.max_member_bytes}).")
    if not isinstance(sha, str) or not _HEX64_RE.fullmatch(sha):
        raise _corrupt(f"SHA-256 anggota {name} tidak sah")
    if name.startswith("attachments/") and name.rsplit("/", 1)[1] != sha:
        # Attachments are content-addressed: the name is a promise about the content.
        raise _corrupt(f"nama lampiran {name} tidak sama dengan SHA-256-nya")
    return ManifestEntry(name, size, sha)


def _check_unique(entries: Sequence[ManifestEntry]) -> None:
    seen: set[str] = set()
    for entry in entries:
        key = entry.name.casefold()  # Windows and macOS file systems ignore case
        if key in seen:
            raise _reject(f"Nama anggota bundel ganda: {entry.name!r}.")
        seen.add(key)


# --- writing -------------------------------------------------------------------------------


def _hash_file(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_READ_SIZE):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _caller_header(header: Mapping[str, Any]) -> dict[str, Any]:
    """The caller's header fields, checked; anything else is a programming error, because
    the plaintext header must not carry names, phone numbers or record content."""
    unknown = set(header) - CALLER_HEADER_FIELDS - OPTIONAL_HEADER_FIELDS
    if unknown:
        raise ValueError(f"header fields not allowed in the plaintext header: {sorted(unknown)}; "
                         "put private data in inner_meta")
    fields = dict(header)
    fields.setdefault("created_at", _now_utc())
    # Shapes of the computed fields are checked once they exist; placeholders until then.
    problem = _header_problem({**fields, "ephemeral_key": "A" * 43 + "=",
                               "body_length": TAG_SIZE, "body_sha256": "0" * 64})
    if problem:
        raise ValueError(problem)
    return fields


def write_bundle(path: Path, *, header: Mapping[str, Any], members: Iterable[Member],
                 sender: Identity, recipient_public_enc_key: X25519PublicKey | bytes,
                 inner_meta: Mapping[str, Any] | None = None,
                 member_pattern: str = DEFAULT_MEMBER_PATTERN, work_dir: Path | None = None,
                 stage: Callable[[str], None] | None = None) -> WrittenBundle:
    """Write a bundle for one recipient to ``path``, atomically.

    ``header`` holds ``bundle_id``, ``kecamatan``, ``sender``, ``recipient`` and optionally
    ``created_at`` (``YYYY-MM-DDTHH:MM:SSZ``, default now) and the sender's public keys
    (``sender_sign_key``, ``sender_enc_key``, base64; a laptop's first bundle). Private
    data for the recipient goes in ``inner_meta`` (JSON-able), which is encrypted.
    Members are streamed from their source files (read twice: hashed for the manifest,
    then compressed; a file that changes in between is refused).

    Raises :class:`InputRejected` for a bad member name or a path that cannot be
    written (the temporary files are removed), :class:`ValueError` for header fields
    that do not belong in plaintext. ``member_pattern`` allows other member names (the
    encrypted automatic backups, :mod:`perut_desktop.sync.backup`). ``work_dir`` is where
    the encrypted body is made before it is copied behind the header (default: next to
    ``path``); the only file that ever appears next to ``path`` is its own temporary name,
    renamed over it at the end. ``stage(name)`` is called after each step ("body_written",
    "assembled"), for crash tests."""
    fields = _caller_header(header)
    member_list = list(members)
    entries = []
    for member in member_list:
        check_member_name(member.name, member_pattern)
        try:
            size, sha = _hash_file(member.source)
        except OSError as exc:
            raise _reject(f"Berkas untuk bundel tidak dapat dibaca: {member.source} "
                          f"({os_reason(exc)}).") from None
        entries.append(ManifestEntry(member.name, size, sha))
    _check_unique(entries)
    manifest = _manifest_bytes(entries, inner_meta or {})

    def plaintext() -> Iterator[bytes]:
        yield _U32.pack(len(manifest)) + manifest
        for member, entry in zip(member_list, entries):
            with open(member.source, "rb") as fh:
                yield from _member_frames(fh, entry.sha256)

    return _write_container(path, fields, plaintext(), sender, recipient_public_enc_key, work_dir=work_dir,
                            stage=stage)


def _write_container(path: Path, fields: dict[str, Any], plaintext: Iterable[bytes],
                     sender: Identity, recipient_key: X25519PublicKey | bytes,
                     format_version: int = FORMAT_VERSION, *, work_dir: Path | None = None,
                     stage: Callable[[str], None] | None = None) -> WrittenBundle:
    """Encrypt ``plaintext`` to a body temp file, then write prefix + body to a second temp
    file and rename it over ``path``. The body must be complete before the header (which
    holds its length and hash) can be signed; the temp files live next to ``path`` so the
    rename is atomic, and both are removed on any error."""
    if isinstance(recipient_key, bytes):
        recipient_key = X25519PublicKey.from_public_bytes(recipient_key)
    folder = path.parent
    body_tmp = _temp_path(work_dir or folder, path.name, "body")
    final_tmp = _temp_path(folder, path.name, "part")
    try:
        ephemeral = X25519PrivateKey.generate()
        eph_pub = _raw_x25519(ephemeral.public_key())
        aead = _body_key(ephemeral.exchange(recipient_key), eph_pub, _raw_x25519(recipient_key))
        with _create_output(body_tmp) as body:
            sealer = _ChunkSealer(aead, body)
            for piece in plaintext:
                sealer.write(piece)
            sealer.finish()
        if stage is not None:
            stage("body_written")
        fields = {**fields, "ephemeral_key": base64.b64encode(eph_pub).decode("ascii"),
                  "body_length": sealer.length, "body_sha256": sealer.sha256.hexdigest()}
        problem = _header_problem(fields)
        if problem:
            raise ValueError(problem)
        raw_header = _canonical(fields)
        if len(raw_header) > MAX_HEADER_BYTES:
            raise ValueError("header too long")
        signed = MAGIC + _PREFIX.pack(format_version, len(raw_header)) + raw_header
        file_sha, size = _assemble(final_tmp, signed + sender.sign(signed), body_tmp)
        if stage is not None:
            stage("assembled")
        os.replace(final_tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        where = f"; {exc.filename}" if exc.filename else ""
        raise _reject(f"Bundel tidak dapat ditulis ke {path} "
                      f"({os_reason(exc)}{where}).") from None
    finally:
        body_tmp.unlink(missing_ok=True)
        final_tmp.unlink(missing_ok=True)
    header = _parse_header_json(format_version, raw_header)
    return WrittenBundle(path, size, file_sha, header)


def _assemble(target: Path, prefix: bytes, body_path: Path) -> tuple[str, int]:
    """Write ``prefix`` then the body file to ``target``, fsync; the file's SHA-256 and size."""
    digest = hashlib.sha256(prefix)
    size = len(prefix)
    with _create_output(target) as out, open(body_path, "rb") as body:
        out.write(prefix)
        while chunk := body.read(_READ_SIZE):
            out.write(chunk)
            digest.update(chunk)
            size += len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest(), size


def _temp_path(folder: Path, name: str, kind: str) -> Path:
    return folder / f".{name}.{os.getpid()}.{os.urandom(4).hex()}.{kind}.tmp"


def _create_output(path: Path) -> BinaryIO:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    return os.fdopen(fd, "wb")


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable on POSIX; Windows cannot open a directory for this."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network, FUSE) refuse; the data itself was fsynced
    finally:
        os.close(fd)


# --- opening -------------------------------------------------------------------------------


def open_bundle(path: Path, *, my_device_id: str, my_identity: Identity, kecamatan_code: str,
                lookup_sender_key: LookupSenderKey, extract_to: Path,
                limits: Limits = Limits(), from_self: bool = False) -> OpenedBundle:
    """Verify, decrypt and extract a bundle addressed to this device.

    Order: magic and sizes; format version; recipient; kecamatan; sender known
    (``lookup_sender_key(device_id)`` gives its raw Ed25519 public key, ``None`` if
    unknown; it may raise :class:`InputRejected` itself, e.g. for a revoked device);
    signature; body SHA-256 (one streamed pass); then decryption chunk by chunk with the
    members extracted into ``extract_to`` (an empty or missing folder) and checked against
    the manifest and ``limits``.

    ``from_self`` turns the rule round: only a file this device sealed to itself (an
    encrypted backup) is accepted, never a bundle from a peer.

    Raises :class:`InputRejected` with a one-line message on any failure, after removing
    whatever it had extracted."""
    _check_extract_dir(extract_to)
    with _open_input(path) as fh:
        try:
            prefix = _verified_prefix(fh, my_device_id, kecamatan_code, lookup_sender_key, limits,
                                      from_self)
            aead = _recipient_key(prefix.header, my_identity)
            chunks = _open_chunks(fh, prefix, aead)
            return _extract(prefix.header, _PlainReader(chunks), extract_to, limits)
        except OSError as exc:
            raise _unreadable(path, exc) from None


def verify_bundle(path: Path, *, my_device_id: str, kecamatan_code: str,
                  lookup_sender_key: LookupSenderKey, limits: Limits = Limits()) -> BundleHeader:
    """Every check of :func:`open_bundle` that needs no decryption — sizes, version,
    recipient, kecamatan, sender known, signature, body SHA-256 — and the verified header.

    For deciding about a bundle from its signed header alone (already imported, or an
    enrolment to hold) before any plaintext exists."""
    with _open_input(path) as fh:
        try:
            return _verified_prefix(fh, my_device_id, kecamatan_code, lookup_sender_key, limits).header
        except OSError as exc:
            raise _unreadable(path, exc) from None


def _check_extract_dir(extract_to: Path) -> None:
    if extract_to.exists() and (not extract_to.is_dir() or any(extract_to.iterdir())):
        raise ValueError(f"extract_to must be an empty folder: {extract_to}")


def _verified_prefix(fh: BinaryIO, my_device_id: str, kecamatan_code: str,
                     lookup_sender_key: LookupSenderKey, limits: Limits,
                     from_self: bool = False) -> _Prefix:
    """The prefix after every check that needs no decryption, signature and body hash
    included."""
    file_size = os.fstat(fh.fileno()).st_size
    if file_size < len(MAGIC):
        start = fh.read(file_size)
        if start and MAGIC.startswith(start):
            raise _corrupt("berkas terlalu pendek")
        raise _reject("Berkas bukan bundel PERUT.")
    prefix = _read_prefix(fh, file_size)
    header = prefix.header
    if header.body_length > limits.max_bundle_bytes:
        raise _reject(f"Bundel terlalu besar ({header.body_length} bita, batas "
                      f"{limits.max_bundle_bytes}).")
    if header.recipient != my_device_id:
        raise _reject(f"Bundel ini untuk perangkat lain ({header.recipient}), "
                      f"bukan perangkat ini ({my_device_id}).")
    if header.kecamatan != kecamatan_code:
        raise _reject(f"Bundel ini dari kecamatan lain ({header.kecamatan}), "
                      f"bukan {kecamatan_code}.")
    if from_self and header.sender != my_device_id:
        raise _reject(f"Berkas ini dibuat oleh perangkat lain ({header.sender}), "
                      f"bukan perangkat ini ({my_device_id}).")
    if not from_self and header.sender == my_device_id:
        raise _reject("Bundel ini dibuat oleh perangkat ini sendiri.")
    _verify_signature(prefix, lookup_sender_key(header.sender))
    _check_body_hash(fh, prefix)
    return prefix


def _verify_signature(prefix: _Prefix, sender_key: bytes | str | None) -> None:
    sender = prefix.header.sender
    if sender_key is None:
        raise _reject(f"Bundel dari perangkat yang tidak dikenal: {sender}.")
    try:
        if isinstance(sender_key, str):  # tolerate the base64 text a Device row holds
            sender_key = base64.b64decode(sender_key, validate=True)
        public = Ed25519PublicKey.from_public_bytes(sender_key)
    except ValueError:
        raise _reject(f"Kunci publik perangkat {sender} tidak sah.") from None
    try:
        public.verify(prefix.signature, prefix.signed)
    except InvalidSignature:
        raise _corrupt("tanda tangan tidak cocok") from None


def _check_body_hash(fh: BinaryIO, prefix: _Prefix) -> None:
    """One streamed pass over the body, compared with the signed SHA-256."""
    fh.seek(prefix.body_offset)
    digest = hashlib.sha256()
    remaining = prefix.header.body_length
    while remaining:
        chunk = fh.read(min(_READ_SIZE, remaining))
        if not chunk:
            raise _corrupt("berkas berakhir terlalu cepat")
        digest.update(chunk)
        remaining -= len(chunk)
    if digest.hexdigest() != prefix.header.body_sha256:
        raise _corrupt("isi tidak cocok dengan tanda tangan")


def _recipient_key(header: BundleHeader, identity: Identity) -> ChaCha20Poly1305:
    try:
        ephemeral = X25519PublicKey.from_public_bytes(header.ephemeral_key)
        shared = identity.enc_key.exchange(ephemeral)
    except ValueError:  # a low-order point gives an all-zero secret, which is refused
        raise _corrupt("kunci sementara tidak sah") from None
    return _body_key(shared, header.ephemeral_key, identity.enc_public_bytes)


class _Extraction:
    """Files and folders created in ``root``, so that :meth:`rollback` removes exactly
    those (``root`` itself too if it did not exist)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.created: list[Path] = []
        if not root.exists():
            root.mkdir(parents=True)
            self.created.append(root)

    def create(self, name: str) -> BinaryIO:
        target = self.root.joinpath(*PurePosixPath(name).parts)
        for parent in reversed(target.relative_to(self.root).parents[:-1]):
            folder = self.root / parent
            if not folder.exists():
                folder.mkdir()
                self.created.append(folder)
        flags = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
                 | getattr(os, "O_NOFOLLOW", 0))
        fd = os.open(target, flags, 0o600)
        self.created.append(target)
        return os.fdopen(fd, "wb")

    def rollback(self) -> None:
        for path in reversed(self.created):
            try:
                if path.is_dir() and not path.is_symlink():
                    path.rmdir()
                else:
                    path.unlink()
            except FileNotFoundError:
                pass


def _extract(header: BundleHeader, reader: _PlainReader, extract_to: Path,
             limits: Limits) -> OpenedBundle:
    extraction = _Extraction(extract_to)
    try:
        (manifest_len,) = _U32.unpack(reader.read(_U32.size, "daftar isi"))
        if manifest_len == 0:
            raise _corrupt("daftar isi kosong")
        if manifest_len > limits.max_manifest_bytes:
            raise _reject(f"Daftar isi bundel terlalu besar ({manifest_len} bita, "
                          f"batas {limits.max_manifest_bytes}).")
        manifest = _parse_manifest(reader.read(manifest_len, "daftar isi"), limits)
        paths = {}
        for entry in manifest.members:
            with extraction.create(entry.name) as out:
                _inflate_member(reader, entry, out, limits)
            paths[entry.name] = extract_to.joinpath(*PurePosixPath(entry.name).parts)
        if not reader.at_end():
            raise _corrupt("ada data tambahan setelah anggota terakhir")
    except zlib.error:
        extraction.rollback()
        raise _corrupt("data terkompresi rusak") from None
    except OSError as exc:
        extraction.rollback()
        raise _reject(f"Isi bundel tidak dapat diekstrak ke {extract_to} "
                      f"({os_reason(exc)}).") from None
    except BaseException:
        extraction.rollback()
        raise
    return OpenedBundle(header, manifest, paths)


def _inflate_member(reader: _PlainReader, entry: ManifestEntry, out: BinaryIO,
                    limits: Limits) -> None:
    """Inflate one member's frames into ``out``, stopping as soon as it grows past its
    declared size or its compression ratio, then check its size and SHA-256."""
    digest = hashlib.sha256()
    inflated = compressed = 0
    while True:
        (frame_len,) = _U32.unpack(reader.read(_U32.size, f"anggota {entry.name}"))
        if frame_len == 0:
            break
        if frame_len > MAX_FRAME_SIZE:
            raise _corrupt(f"bingkai anggota {entry.name} terlalu besar")
        data = _inflate_frame(reader.read(frame_len, f"anggota {entry.name}"), entry.name)
        inflated += len(data)
        compressed += frame_len
        if inflated > entry.size:
            raise _reject(f"Anggota bundel {entry.name} lebih besar dari ukuran yang dinyatakan "
                          f"({entry.size} bita); bundel ditolak.")
        if inflated > CHUNK_SIZE and inflated > compressed * limits.max_ratio:
            raise _reject(f"Anggota bundel {entry.name} mengembang tidak wajar "
                          f"(rasio kompresi di atas {limits.max_ratio}); bundel ditolak.")
        digest.update(data)
        out.write(data)
    if inflated != entry.size:
        raise _corrupt(f"ukuran anggota {entry.name} tidak sesuai daftar isi")
    if digest.hexdigest() != entry.sha256:
        raise _corrupt(f"SHA-256 anggota {entry.name} tidak sesuai daftar isi")


def _inflate_frame(frame: bytes, name: str) -> bytes:
    """One frame: a complete zlib stream inflating to 1..CHUNK_SIZE bytes. Output is capped
    at CHUNK_SIZE + 1, so a bomb inside one frame never inflates further."""
    inflater = zlib.decompressobj()
    data = inflater.decompress(frame, CHUNK_SIZE + 1)
    if len(data) > CHUNK_SIZE or inflater.unconsumed_tail:
        raise _corrupt(f"bingkai anggota {name} mengembang melebihi batas")
    if not inflater.eof or inflater.unused_data or not data:
        raise _corrupt(f"bingkai anggota {name} tidak utuh")
    return data
