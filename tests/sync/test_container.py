"""The ``.perut`` bundle container and the device keys (DESIGN.md §4, §5; docs/bundle-format.md).

Every refused bundle must raise InputRejected with a one-line message and leave the
extraction folder empty.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import tempfile
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perut_desktop.errors import InputRejected, StateError, UsageError
from perut_desktop.sync import container as c
from perut_desktop.sync import keys as k
from tests.sync.hostile_bundles import write_unchecked_bundle

KEC = "63.11.03"
MASTER = "0123456789abcdef"
FIELD = "fedcba9876543210"
MiB = 1 << 20

Ids = dict[str, k.Identity]


# --- fixtures and helpers ------------------------------------------------------------------


@pytest.fixture(scope="module")
def ids() -> dict[str, k.Identity]:
    return {"sender": k.Identity.generate(), "recipient": k.Identity.generate(),
            "foreign": k.Identity.generate()}


def _header(**over: Any) -> dict[str, Any]:
    return {"bundle_id": "b" * 32, "kecamatan": KEC, "sender": MASTER, "recipient": FIELD, **over}


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _attachment(folder: Path, data: bytes) -> c.Member:
    return c.Member(f"attachments/{_sha(data)}", _write(folder, _sha(data), data))


def _make(ids: Ids, folder: Path, members: list[c.Member] | None = None,
          name: str = "b.perut", **header: Any) -> Path:
    if members is None:
        members = [c.Member("payload.sqlite", _write(folder, "payload.src", b"SQLite format 3\0" * 100))]
    path = folder / name
    c.write_bundle(path, header=_header(**header), members=members, sender=ids["sender"],
                   recipient_public_enc_key=ids["recipient"].enc_public_bytes, inner_meta={"n": 1})
    return path


def _open(ids: Ids, path: Path, out: Path, **over: Any) -> c.OpenedBundle:
    known = {MASTER: ids["sender"].sign_public_bytes}
    kwargs: dict[str, Any] = {"my_device_id": FIELD, "my_identity": ids["recipient"],
                              "kecamatan_code": KEC, "lookup_sender_key": known.get,
                              "extract_to": out}
    kwargs.update(over)
    return c.open_bundle(path, **kwargs)


def _rejected(ids: Ids, path: Path, out: Path, match: str, **over: Any) -> str:
    """Open must fail with ``match`` in a one-line message and leave ``out`` empty."""
    out.mkdir(exist_ok=True)
    with pytest.raises(InputRejected, match=match) as info:
        _open(ids, path, out, **over)
    assert "\n" not in str(info.value)
    assert list(out.iterdir()) == []
    return str(info.value)


def _hostile(ids: Ids, folder: Path, manifest: Any,
             member_chunks: list[Any], **kw: Any) -> Path:
    path = folder / "hostile.perut"
    write_unchecked_bundle(
        path, header=_header(), manifest=manifest, member_chunks=member_chunks,
        sender=ids["sender"], recipient_public_enc_key=ids["recipient"].enc_public_bytes, **kw)
    return path


def _entry(name: str, data: bytes, size: int | None = None, sha: str | None = None) -> dict[str, Any]:
    return {"name": name, "size": len(data) if size is None else size, "sha256": sha or _sha(data)}


def _parts(path: Path) -> tuple[bytes, dict[str, Any], bytes, bytes]:
    """(signed prefix, header dict, signature, body) of a bundle file."""
    raw = path.read_bytes()
    header_len = int.from_bytes(raw[12:16], "big")
    signed = raw[:16 + header_len]
    return signed, json.loads(raw[16:16 + header_len]), raw[len(signed):len(signed) + 64], raw[len(signed) + 64:]


def _resign(path: Path, body: bytes, signer: k.Identity, version: int = c.FORMAT_VERSION) -> None:
    """Rewrite the bundle with ``body`` and a matching, validly signed header."""
    _, header, _, _ = _parts(path)
    header.update(body_length=len(body), body_sha256=_sha(body))
    raw = c._canonical(header)
    signed = c.MAGIC + c._PREFIX.pack(version, len(raw)) + raw
    path.write_bytes(signed + signer.sign(signed) + body)


# --- round trip ----------------------------------------------------------------------------


def test_round_trip_several_members(ids: Ids, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    big = os.urandom(3 * MiB + 12345) + bytes(2 * MiB)  # several chunks, not chunk-aligned
    photos = [os.urandom(50_000), b"x", b""]
    members = [c.Member("payload.sqlite", _write(src, "payload", big))]
    members += [_attachment(src, p) for p in photos]
    written = c.write_bundle(tmp_path / "a.perut", header=_header(created_at="2026-11-20T03:00:00Z"),
                             members=members, sender=ids["sender"],
                             recipient_public_enc_key=ids["recipient"].enc_public_bytes,
                             inner_meta={"counts": {"visit": 3}})
    raw = written.path.read_bytes()
    assert written.bytes == len(raw) and written.sha256 == _sha(raw)
    assert sorted(os.listdir(tmp_path)) == ["a.perut", "src"]  # no temp files left

    opened = _open(ids, written.path, tmp_path / "out")
    assert opened.header.sender == MASTER and opened.header.created_at == "2026-11-20T03:00:00Z"
    assert opened.inner_manifest.meta == {"counts": {"visit": 3}}
    assert [e.name for e in opened.inner_manifest.members] == [m.name for m in members]
    assert opened.member_paths["payload.sqlite"].read_bytes() == big
    for p in photos:
        assert opened.member_paths[f"attachments/{_sha(p)}"].read_bytes() == p


def test_chunk_aligned_plaintext_round_trips(ids: Ids, tmp_path: Path) -> None:
    """Plaintext of exactly N chunks: the last full chunk carries the last-chunk flag, and
    the reader's split of the body by length agrees with the writer's."""
    aead = ChaCha20Poly1305(os.urandom(32))
    out = io.BytesIO()
    sealer = c._ChunkSealer(aead, out)
    sealer.write(os.urandom(2 * c.CHUNK_SIZE))
    sealer.finish()
    assert sealer.length == 2 * c.SEALED_CHUNK_SIZE
    body = out.getvalue()
    assert aead.decrypt(c._nonce(0, False), body[:c.SEALED_CHUNK_SIZE], None)
    assert aead.decrypt(c._nonce(1, True), body[c.SEALED_CHUNK_SIZE:], None)


def test_compression_is_the_writers_choice(ids: Ids, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Bundles written at the former level 6 still open (the reader takes any zlib level);
    JPEG members and incompressible frames are stored, text is compressed."""
    src = tmp_path / "src"
    src.mkdir()
    text = b"SQLite format 3\0" + b"".join(f"Kunjungan {i}, Desa {i * 7919 % 10007}; ".encode()
                                           for i in range(80_000))
    jpeg = b"\xff\xd8\xff\xe0" + os.urandom(300_000)
    noise = os.urandom(200_000)
    members = [c.Member("payload.sqlite", _write(src, "payload", text)), _attachment(src, jpeg),
               _attachment(src, noise)]
    sizes = {}
    for level in (6, 1):
        monkeypatch.setattr(c, "COMPRESSION_LEVEL", level)
        path = c.write_bundle(tmp_path / f"l{level}.perut", header=_header(), members=members,
                              sender=ids["sender"], recipient_public_enc_key=ids["recipient"].enc_public_bytes
                              ).path
        opened = _open(ids, path, tmp_path / f"out{level}")
        assert opened.member_paths["payload.sqlite"].read_bytes() == text
        assert opened.member_paths[f"attachments/{_sha(jpeg)}"].read_bytes() == jpeg
        sizes[level] = path.stat().st_size
    assert sizes[1] < len(text) // 3 + len(jpeg) + len(noise) + 4096
    # the photo and the noise cost their own size plus a few bytes of framing, no more
    assert len(c._compress_frame(noise, 1)) - len(noise) < 64
    assert len(c._compress_frame(jpeg[:c.CHUNK_SIZE], 0)) - len(jpeg) < 64


def test_a_device_may_seal_a_file_to_itself_and_only_it_opens_it(ids: Ids, tmp_path: Path) -> None:
    """The automatic backups: sender = recipient, opened only with ``from_self``."""
    me = ids["recipient"]
    src = _write(tmp_path, "db", b"SQLite format 3\0" * 1000)
    path = tmp_path / "self.perut"
    c.write_bundle(path, header=_header(sender=FIELD), members=[c.Member("perut.sqlite", src)], sender=me,
                   recipient_public_enc_key=me.enc_public_bytes, member_pattern=r"perut\.sqlite")
    mine = {FIELD: me.sign_public_bytes}.get
    limits = c.Limits(member_pattern=r"perut\.sqlite")
    _rejected(ids, path, tmp_path / "o1", "perangkat ini sendiri", lookup_sender_key=mine, limits=limits)
    opened = _open(ids, path, tmp_path / "o2", lookup_sender_key=mine, limits=limits, from_self=True)
    assert opened.member_paths["perut.sqlite"].read_bytes() == src.read_bytes()
    bundle = _make(ids, tmp_path)  # from another device: never taken as one's own
    _rejected(ids, bundle, tmp_path / "o3", "perangkat lain", from_self=True)
    with pytest.raises(InputRejected, match="tidak diizinkan"):  # the default names stay the default
        c.write_bundle(tmp_path / "x.perut", header=_header(), members=[c.Member("perut.sqlite", src)],
                       sender=me, recipient_public_enc_key=me.enc_public_bytes)


def test_plaintext_header_holds_no_private_data(ids: Ids, tmp_path: Path) -> None:
    secret = b"Siti Rahmawati 081234567890"
    path = _make(ids, tmp_path, [c.Member("payload.sqlite", _write(tmp_path, "p", secret * 1000))])
    _, header, _, body = _parts(path)
    assert set(header) == {"bundle_id", "kecamatan", "sender", "recipient", "created_at",
                           "ephemeral_key", "body_length", "body_sha256"}
    assert b"Siti" not in path.read_bytes() and b"0812" not in path.read_bytes()
    assert b"payload.sqlite" not in path.read_bytes()


def test_writer_refuses_private_header_fields(ids: Ids, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="inner_meta"):
        _make(ids, tmp_path, officer_name="Siti")
    with pytest.raises(ValueError, match="kecamatan"):
        _make(ids, tmp_path, kecamatan="")
    assert sorted(os.listdir(tmp_path)) == ["payload.src"]


def test_writer_refuses_bad_member_names(ids: Ids, tmp_path: Path) -> None:
    src = _write(tmp_path, "src", b"data")
    for name, why in (("../x", "tidak sah (mengandung '..' atau bagian kosong)"),
                      ("/etc/passwd", "tidak sah (jalur absolut)"), ("notes.txt", "tidak diizinkan")):
        with pytest.raises(InputRejected, match=rf"^Nama anggota bundel {re.escape(why)}: {re.escape(repr(name))}\.$"):
            _make(ids, tmp_path, [c.Member(name, src)])
    with pytest.raises(InputRejected, match="ganda"):
        _make(ids, tmp_path, [c.Member("payload.sqlite", src), c.Member("payload.sqlite", src)])
    assert sorted(os.listdir(tmp_path)) == ["src"]


def test_writer_leaves_no_temp_file_on_failure(ids: Ids, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    src = _write(tmp_path, "src", os.urandom(2 * MiB))
    # The source "changes" between hashing and compressing: refused mid-body.
    monkeypatch.setattr(c, "_hash_file", lambda path: (2 * MiB, "0" * 64))
    with pytest.raises(InputRejected, match="berubah"):
        _make(ids, tmp_path, [c.Member("payload.sqlite", src)])
    assert sorted(os.listdir(tmp_path)) == ["src"]


def test_writer_missing_folder_is_input_rejected(ids: Ids, tmp_path: Path) -> None:
    src = _write(tmp_path, "src", b"x")
    with pytest.raises(InputRejected, match="tidak dapat ditulis"):
        c.write_bundle(tmp_path / "no" / "b.perut", header=_header(), members=[c.Member("payload.sqlite", src)],
                       sender=ids["sender"], recipient_public_enc_key=ids["recipient"].enc_public_bytes)


def test_read_header_without_trust(ids: Ids, tmp_path: Path) -> None:
    path = _make(ids, tmp_path)
    with path.open("ab") as fh:
        fh.write(b"garbage")  # read_header still names the sender of a damaged bundle
    header = c.read_header(path)
    assert (header.sender, header.recipient, header.kecamatan) == (MASTER, FIELD, KEC)
    with pytest.raises(InputRejected, match="bukan bundel PERUT"):
        c.read_header(_write(tmp_path, "x.pdf", b"%PDF-1.7\n"))


def test_first_bundle_may_carry_sender_public_keys(ids: Ids, tmp_path: Path) -> None:
    pub = ids["sender"].public_keys()
    path = _make(ids, tmp_path, sender_sign_key=pub.sign, sender_enc_key=pub.enc)
    header = c.read_header(path)
    assert header.sender_sign_key == pub.sign
    opened = _open(ids, path, tmp_path / "out",
                   lookup_sender_key=lambda d: k.decode_public_key(header.sender_sign_key or ""))
    assert opened.header.sender_enc_key == pub.enc


# --- not a bundle, damaged, truncated ------------------------------------------------------


def test_empty_file(ids: Ids, tmp_path: Path) -> None:
    _rejected(ids, _write(tmp_path, "e.perut", b""), tmp_path / "out", "^Berkas bukan bundel PERUT")


def test_pdf_like_file(ids: Ids, tmp_path: Path) -> None:
    pdf = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + os.urandom(5000) + b"%%EOF\n"
    _rejected(ids, _write(tmp_path, "laporan.perut", pdf), tmp_path / "out", "^Berkas bukan bundel PERUT")


@pytest.fixture()
def bundle(ids: Ids, tmp_path: Path) -> Path:
    """A two-chunk bundle with a payload and an attachment."""
    data = os.urandom(MiB + 5000)
    return _make(ids, tmp_path, [c.Member("payload.sqlite", _write(tmp_path, "p", data)),
                                 _attachment(tmp_path, b"photo")])


@pytest.mark.parametrize("keep", [3, 10, 13, 40, -1 - 64 - c.TAG_SIZE, -c.SEALED_CHUNK_SIZE, -17, -1])
def test_truncated_file(ids: Ids, bundle: Path, tmp_path: Path, keep: int) -> None:
    raw = bundle.read_bytes()
    bundle.write_bytes(raw[:keep] if keep > 0 else raw[:len(raw) + keep])
    _rejected(ids, bundle, tmp_path / "out", "terpotong|bukan bundel")


def test_trailing_garbage_after_file_end(ids: Ids, bundle: Path, tmp_path: Path) -> None:
    with bundle.open("ab") as fh:
        fh.write(b"\0")
    _rejected(ids, bundle, tmp_path / "out", "data tambahan setelah akhir bundel")


def _positions(size: int, header_end: int) -> dict[str, int]:
    return {"magic": 0, "version": 11, "header-length": 15, "header": 40, "signature": header_end + 5,
            "body-start": header_end + 64, "body-middle": (header_end + 64 + size) // 2,
            "chunk-boundary": header_end + 64 + c.SEALED_CHUNK_SIZE, "body-end": size - 1}


#: What each flipped position must be reported as: the order of checks shows in the
#: message (the body's hash is compared before anything is decrypted).
_FLIP_MESSAGES = {"magic": "^Berkas bukan bundel PERUT", "version": "versi", "header-length": "rusak",
                  "header": "rusak", "signature": "tanda tangan tidak cocok",
                  "body-start": "isi tidak cocok dengan tanda tangan",
                  "body-middle": "isi tidak cocok dengan tanda tangan",
                  "chunk-boundary": "isi tidak cocok dengan tanda tangan",
                  "body-end": "isi tidak cocok dengan tanda tangan"}


@pytest.mark.parametrize("where", list(_FLIP_MESSAGES))
def test_flipped_byte_at_named_position(ids: Ids, bundle: Path, tmp_path: Path, where: str) -> None:
    raw = bytearray(bundle.read_bytes())
    signed, _, _, _ = _parts(bundle)
    raw[_positions(len(raw), len(signed))[where]] ^= 0x01
    bundle.write_bytes(bytes(raw))
    _rejected(ids, bundle, tmp_path / "out", _FLIP_MESSAGES[where])


@pytest.fixture(scope="module")
def flip_source(ids: Ids, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("flip")
    data = os.urandom(MiB + 300)
    return _make(ids, folder, [c.Member("payload.sqlite", _write(folder, "p", data)),
                               _attachment(folder, b"photo")]).read_bytes()


@settings(deadline=None, max_examples=40, derandomize=bool(os.environ.get("CI")),
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_flipped_byte_is_rejected(ids: Ids, flip_source: bytes,
                                      data: st.DataObject) -> None:
    raw = bytearray(flip_source)
    # Half the examples aim at the prefix (magic, header, signature), where parsing happens.
    pos = data.draw(st.one_of(st.integers(0, 600), st.integers(0, len(raw) - 1)), label="pos")
    pos = min(pos, len(raw) - 1)
    raw[pos] ^= data.draw(st.integers(1, 255), label="xor")
    with tempfile.TemporaryDirectory() as tmp:
        path = _write(Path(tmp), "f.perut", bytes(raw))
        out = Path(tmp) / "out"
        out.mkdir()
        with pytest.raises(InputRejected) as info:
            _open(ids, path, out)
        assert "\n" not in str(info.value)
        assert list(out.iterdir()) == []


# --- foreign, unknown, re-signed, versions --------------------------------------------------


def test_wrong_recipient(ids: Ids, bundle: Path, tmp_path: Path) -> None:
    _rejected(ids, bundle, tmp_path / "out", r"^Bundel ini untuk perangkat lain \(fedcba9876543210\)",
              my_device_id="1111222233334444")


def test_wrong_kecamatan(ids: Ids, bundle: Path, tmp_path: Path) -> None:
    _rejected(ids, bundle, tmp_path / "out", "kecamatan lain", kecamatan_code="63.11.04")


def test_unknown_sender(ids: Ids, bundle: Path, tmp_path: Path) -> None:
    _rejected(ids, bundle, tmp_path / "out", f"^Bundel dari perangkat yang tidak dikenal: {MASTER}",
              lookup_sender_key=lambda device: None)


def test_revoked_sender_message_passes_through(ids: Ids, bundle: Path, tmp_path: Path) -> None:
    def revoked(device: str) -> bytes:
        raise InputRejected(f"Perangkat {device} sudah dicabut.")
    _rejected(ids, bundle, tmp_path / "out", "dicabut", lookup_sender_key=revoked)


def test_wrong_decryption_key_is_rejected(ids: Ids, bundle: Path, tmp_path: Path) -> None:
    _rejected(ids, bundle, tmp_path / "out", "gagal didekripsi", my_identity=ids["foreign"])


def test_resigned_with_foreign_key(ids: Ids, bundle: Path, tmp_path: Path) -> None:
    _, _, _, body = _parts(bundle)
    _resign(bundle, body, ids["foreign"])
    _rejected(ids, bundle, tmp_path / "out", r"tanda tangan tidak cocok")


def test_newer_format_version(ids: Ids, tmp_path: Path) -> None:
    data = b"payload"
    path = _hostile(ids, tmp_path, {"members": [_entry("payload.sqlite", data)], "meta": {}},
                    [[data]], format_version=c.FORMAT_VERSION + 1)
    msg = _rejected(ids, path, tmp_path / "out", "perbarui PERUT")
    assert msg == f"Format bundel versi {c.FORMAT_VERSION + 1} lebih baru dari yang didukung; perbarui PERUT."
    with pytest.raises(InputRejected, match="perbarui PERUT"):
        c.read_header(path)


def test_unsupported_older_format_version(ids: Ids, bundle: Path, tmp_path: Path) -> None:
    _, _, _, body = _parts(bundle)
    _resign(bundle, body, ids["sender"], version=0)
    _rejected(ids, bundle, tmp_path / "out", "tidak didukung lagi")


# --- the STREAM construction: valid signature, tampered chunks -----------------------------


def test_dropped_last_chunk_is_detected(ids: Ids, bundle: Path, tmp_path: Path) -> None:
    _, _, _, body = _parts(bundle)
    _resign(bundle, body[:c.SEALED_CHUNK_SIZE], ids["sender"])  # sender re-signs a truncation
    _rejected(ids, bundle, tmp_path / "out", "gagal didekripsi")


def test_reordered_chunks_are_detected(ids: Ids, tmp_path: Path) -> None:
    path = _make(ids, tmp_path, [c.Member("payload.sqlite", _write(tmp_path, "p", os.urandom(3 * MiB)))])
    _, _, _, body = _parts(path)
    n = c.SEALED_CHUNK_SIZE
    _resign(path, body[n:2 * n] + body[:n] + body[2 * n:], ids["sender"])
    _rejected(ids, path, tmp_path / "out", "potongan 1 gagal didekripsi")


# --- hostile contents (validly signed and encrypted) ----------------------------------------


@pytest.mark.parametrize("name", [
    "../payload.sqlite", "attachments/../../evil", "/etc/passwd", "/tmp/evil", "C:/Windows/evil",
    "c:evil", "attachments\\" + "a" * 64, "..\\..\\evil", "payload.sqlite/", "./payload.sqlite",
    "attachments//" + "a" * 64, "notes.txt", "attachments/" + "A" * 64, "payload.sqlite\n", "",
])
def test_hostile_member_names(ids: Ids, tmp_path: Path, name: str) -> None:
    data = b"evil"
    path = _hostile(ids, tmp_path, {"members": [_entry(name, data)], "meta": {}}, [[data]])
    _rejected(ids, path, tmp_path / "out", "Nama anggota bundel")
    assert sorted(os.listdir(tmp_path)) == ["hostile.perut", "out"]


def test_attachment_name_must_be_its_hash(ids: Ids, tmp_path: Path) -> None:
    data = b"photo"
    entry = _entry("attachments/" + "a" * 64, data)
    path = _hostile(ids, tmp_path, {"members": [entry], "meta": {}}, [[data]])
    _rejected(ids, path, tmp_path / "out", "nama lampiran")


def test_duplicate_member(ids: Ids, tmp_path: Path) -> None:
    data = b"payload"
    path = _hostile(ids, tmp_path, {"members": [_entry("payload.sqlite", data)] * 2, "meta": {}},
                    [[data], [data]])
    _rejected(ids, path, tmp_path / "out", "ganda")


def test_declared_size_far_above_real(ids: Ids, tmp_path: Path) -> None:
    data = os.urandom(1000)
    path = _hostile(ids, tmp_path, {"members": [_entry("payload.sqlite", data, size=500 * MiB)], "meta": {}},
                    [[data]])
    _rejected(ids, path, tmp_path / "out", "ukuran anggota payload.sqlite tidak sesuai")


def test_declared_size_over_limit(ids: Ids, tmp_path: Path) -> None:
    data = b"x" * 100
    path = _hostile(ids, tmp_path, {"members": [_entry("payload.sqlite", data)], "meta": {}}, [[data]])
    _rejected(ids, path, tmp_path / "out", "terlalu besar", limits=c.Limits(max_member_bytes=99))
    _rejected(ids, path, tmp_path / "out", "terlalu besar", limits=c.Limits(max_total_bytes=99))
    _rejected(ids, path, tmp_path / "out", "terlalu banyak", limits=c.Limits(max_members=0))


def test_member_hash_mismatch_after_good_member(ids: Ids, tmp_path: Path) -> None:
    """The first member is extracted, the second fails: the first is removed again."""
    good, bad = os.urandom(2 * MiB), b"tampered"
    manifest = {"members": [_entry("payload.sqlite", good),
                            _entry("attachments/" + _sha(b"original"), bad, sha=_sha(b"original"))],
                "meta": {}}
    path = _hostile(ids, tmp_path, manifest, [[good[:MiB], good[MiB:]], [bad]])
    _rejected(ids, path, tmp_path / "out", "SHA-256 anggota attachments/")


def test_trailing_plaintext_after_last_member(ids: Ids, tmp_path: Path) -> None:
    data = b"payload"
    path = _hostile(ids, tmp_path, {"members": [_entry("payload.sqlite", data)], "meta": {}}, [[data]],
                    trailing_plaintext=b"\0\0\0\0more")
    _rejected(ids, path, tmp_path / "out", "data tambahan setelah anggota terakhir")


def test_stream_ends_inside_a_member(ids: Ids, tmp_path: Path) -> None:
    data = b"payload"
    path = _hostile(ids, tmp_path, {"members": [_entry("payload.sqlite", data)] + [
        _entry("attachments/" + _sha(b"x"), b"x")], "meta": {}}, [[data]])
    _rejected(ids, path, tmp_path / "out", "isi berakhir di tengah")


@pytest.mark.parametrize("manifest", [b"", b"not json", b"[1,2]", b"[" * 3000 + b"]" * 3000,
                                      b'{"members": [], "meta": {}, "x": 1}',
                                      b'{"members": [{"name": "payload.sqlite"}], "meta": {}}',
                                      b'{"members": [{"name": "payload.sqlite", "size": -1, '
                                      b'"sha256": "' + b"0" * 64 + b'"}], "meta": {}}'])
def test_malformed_manifest(ids: Ids, tmp_path: Path, manifest: bytes) -> None:
    path = _hostile(ids, tmp_path, manifest, [])
    _rejected(ids, path, tmp_path / "out", "daftar isi|Daftar isi|ukuran anggota")


def _zeros(total: int) -> Iterator[bytes]:
    piece = bytes(c.CHUNK_SIZE)
    for _ in range(total // c.CHUNK_SIZE):
        yield piece


def _peak_while(fn: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        fn()
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


def test_decompression_bomb_declared_small(ids: Ids, tmp_path: Path) -> None:
    """200 MB of zeros (a ~200 KB bundle) declared as 1,000 bytes: stopped at the first
    frame, with memory bounded."""
    entry = _entry("payload.sqlite", b"", size=1000, sha="0" * 64)
    path = _hostile(ids, tmp_path, {"members": [entry], "meta": {}}, [_zeros(200 * MiB)])
    assert path.stat().st_size < 2 * MiB
    peak = _peak_while(lambda: _rejected(ids, path, tmp_path / "out", "lebih besar dari ukuran"))
    assert peak < 16 * MiB


def test_decompression_bomb_declared_large_stopped_by_ratio(ids: Ids, tmp_path: Path) -> None:
    entry = _entry("payload.sqlite", b"", size=200 * MiB, sha="0" * 64)
    path = _hostile(ids, tmp_path, {"members": [entry], "meta": {}}, [_zeros(200 * MiB)])
    peak = _peak_while(lambda: _rejected(ids, path, tmp_path / "out", "rasio kompresi"))
    assert peak < 16 * MiB
    # Nothing close to 200 MB was ever written either.
    assert not (tmp_path / "out" / "payload.sqlite").exists()


def test_bomb_inside_one_frame(ids: Ids, tmp_path: Path) -> None:
    """One frame inflating far beyond a chunk is cut off at the chunk size."""
    entry = _entry("payload.sqlite", b"", size=64 * MiB, sha="0" * 64)
    path = _hostile(ids, tmp_path, {"members": [entry], "meta": {}}, [[bytes(64 * MiB)]])
    peak = _peak_while(lambda: _rejected(ids, path, tmp_path / "out", "melebihi batas"))
    assert peak < 16 * MiB


def test_open_memory_stays_bounded(ids: Ids, tmp_path: Path) -> None:
    data = os.urandom(4 * MiB) + bytes(28 * MiB)
    path = _make(ids, tmp_path, [c.Member("payload.sqlite", _write(tmp_path, "p", data))])
    del data
    peak = _peak_while(lambda: _open(ids, path, tmp_path / "out"))
    assert peak < 16 * MiB
    assert (tmp_path / "out" / "payload.sqlite").stat().st_size == 32 * MiB


def test_extract_to_must_be_empty(ids: Ids, bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "x").write_text("x")
    with pytest.raises(ValueError, match="^extract_to must be an empty folder: "):
        _open(ids, bundle, out)


# --- keys ----------------------------------------------------------------------------------


def test_identity_save_and_load(tmp_path: Path) -> None:
    ident = k.Identity.generate()
    folder = tmp_path / "keys"
    k.save_identity(ident, folder)
    loaded = k.load_identity(folder)
    assert loaded.sign_public_bytes == ident.sign_public_bytes
    assert loaded.enc_public_bytes == ident.enc_public_bytes
    assert loaded.public_keys() == ident.public_keys()
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for name in os.listdir(folder):
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    with pytest.raises(StateError, match="sudah ada"):
        k.save_identity(k.Identity.generate(), folder)
    k.save_identity(k.Identity.generate(), folder, overwrite=True)
    assert k.load_identity(folder).sign_public_bytes != ident.sign_public_bytes


def test_load_identity_errors(tmp_path: Path) -> None:
    with pytest.raises(StateError, match="tidak ditemukan"):
        k.load_identity(tmp_path)
    k.save_identity(k.Identity.generate(), tmp_path)
    (tmp_path / k.SIGN_PUB_FILE).write_text(k.Identity.generate().public_keys().sign)
    with pytest.raises(StateError, match="tidak cocok"):
        k.load_identity(tmp_path)
    (tmp_path / k.SIGN_KEY_FILE).write_text("garbage")
    with pytest.raises(StateError, match="rusak"):
        k.load_identity(tmp_path)


def test_public_key_text_and_fingerprint() -> None:
    ident = k.Identity.generate()
    pub = ident.public_keys()
    assert k.decode_public_key(pub.sign) == ident.sign_public_bytes
    assert k.sign_public_key(pub.sign).public_bytes_raw() == ident.sign_public_bytes
    assert k.enc_public_key(pub.enc).public_bytes_raw() == ident.enc_public_bytes
    fp = k.key_fingerprint(pub.sign)
    assert fp == k.key_fingerprint(ident.sign_public_bytes) == pub.sign_fingerprint
    assert len(fp) == 19 and fp.count("-") == 3
    for bad in ("not base64!", "AAAA"):
        with pytest.raises(InputRejected, match="Kunci publik tidak sah"):
            k.decode_public_key(bad)


def test_identity_blob_round_trip_and_refusals() -> None:
    ident = k.Identity.generate()
    blob = k.export_identity(ident, "kata sandi panjang", meta={"device_id": MASTER}, scrypt_n=2**14)
    assert b"PRIVATE" not in blob
    back = k.import_identity(blob, "kata sandi panjang")
    assert back.meta == {"device_id": MASTER}
    assert back.identity.public_keys() == ident.public_keys()
    with pytest.raises(InputRejected, match="Kata sandi salah"):
        k.import_identity(blob, "salah")
    doc = json.loads(blob)
    doc["kdf"]["n"] = 2**15  # parameters are authenticated
    with pytest.raises(InputRejected, match="Kata sandi salah"):
        k.import_identity(json.dumps(doc).encode(), "kata sandi panjang")
    doc["kdf"]["n"] = 2**30  # and bounded before use
    with pytest.raises(InputRejected, match="bukan cadangan kunci"):
        k.import_identity(json.dumps(doc).encode(), "kata sandi panjang")
    doc["version"] = 2
    with pytest.raises(InputRejected, match="perbarui PERUT"):
        k.import_identity(json.dumps(doc).encode(), "kata sandi panjang")
    with pytest.raises(InputRejected, match="bukan cadangan kunci"):
        k.import_identity(b"%PDF-1.7", "x")
    with pytest.raises(UsageError, match=r"^Kata sandi cadangan kunci tidak boleh kosong\.$"):
        k.export_identity(ident, "")
