"""A device's identity: its signing and encryption key pairs (DESIGN.md §5).

Each installation has two key pairs, generated with `cryptography` at ``init``:

* **Ed25519** to sign the bundles it sends;
* **X25519** to receive bundles encrypted to it.

They live in a folder of the data folder, readable only by the user (folder 0700, files
0600; on Windows the user profile's ACL does that job and ``chmod`` only clears the
read-only flag): ``sign.key`` and ``enc.key`` are PKCS#8 PEM private keys, ``sign.pub``
and ``enc.pub`` the raw public keys as base64 text (for support; the private keys are
the truth). Public keys travel as base64 of the 32 raw bytes (the ``Device`` row, the
enrolment file) and are shown to people as a short fingerprint.

For backups that carry the keys (the master's, so that a new office PC can take over),
:func:`export_identity` seals the whole identity under a passphrase: scrypt (RFC 7914)
derives the key, ChaCha20-Poly1305 (RFC 8439) encrypts, and the KDF parameters are
authenticated with the ciphertext. No home-made primitives.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from perut_desktop.errors import InputRejected, StateError, UsageError, os_reason

#: File names inside the key folder.
SIGN_KEY_FILE = "sign.key"
ENC_KEY_FILE = "enc.key"
SIGN_PUB_FILE = "sign.pub"
ENC_PUB_FILE = "enc.pub"

PUBLIC_KEY_SIZE = 32

#: Identity blob format (see :func:`export_identity`).
IDENTITY_BLOB_FORMAT = "perut-identity"
IDENTITY_BLOB_VERSION = 1
#: scrypt cost: OWASP's recommended minimum (N=2^17, r=8, p=1; 128 MiB, well under a
#: second). Stored in the blob, so it can be raised later without breaking old backups.
DEFAULT_SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
#: Bounds on a blob's declared cost: a hostile blob must not make us allocate gigabytes.
_MIN_SCRYPT_N = 2**14
_MAX_SCRYPT_N = 2**20
_SALT_SIZE = 16
_NONCE_SIZE = 12
_MAX_BLOB_BYTES = 64 * 1024


@dataclass(frozen=True, eq=False)
class Identity:
    """The private key pairs of one installation."""

    sign_key: Ed25519PrivateKey
    enc_key: X25519PrivateKey

    @classmethod
    def generate(cls) -> Identity:
        """Fresh key pairs from the operating system's random source."""
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def sign_public_bytes(self) -> bytes:
        """The raw 32-byte Ed25519 public key."""
        return _raw_public(self.sign_key.public_key())

    @property
    def enc_public_bytes(self) -> bytes:
        """The raw 32-byte X25519 public key."""
        return _raw_public(self.enc_key.public_key())

    def public_keys(self) -> PublicKeys:
        """Both public keys as base64 text (for a Device row or an enrolment file)."""
        return PublicKeys(encode_public_key(self.sign_public_bytes),
                          encode_public_key(self.enc_public_bytes))

    def sign(self, data: bytes) -> bytes:
        """An Ed25519 signature (64 bytes) of ``data``."""
        return self.sign_key.sign(data)


@dataclass(frozen=True)
class PublicKeys:
    """An installation's public keys as base64 text of the raw 32 bytes."""

    sign: str
    enc: str

    @property
    def sign_fingerprint(self) -> str:
        return key_fingerprint(self.sign)

    @property
    def enc_fingerprint(self) -> str:
        return key_fingerprint(self.enc)


@dataclass(frozen=True)
class ImportedIdentity:
    """What :func:`import_identity` recovers: the keys and the caller's metadata."""

    identity: Identity
    meta: dict[str, Any] = field(default_factory=dict)


# --- public keys as text -------------------------------------------------------------------


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def encode_public_key(raw: bytes) -> str:
    """Base64 text of a raw 32-byte public key."""
    if len(raw) != PUBLIC_KEY_SIZE:
        raise ValueError("a raw public key has 32 bytes")
    return base64.b64encode(raw).decode("ascii")


def decode_public_key(text: str) -> bytes:
    """The raw 32 bytes of a base64 public key; :class:`InputRejected` if it is not one."""
    try:
        raw = base64.b64decode(text.strip().encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError):
        raise InputRejected("Kunci publik tidak sah (bukan base64).") from None
    if len(raw) != PUBLIC_KEY_SIZE:
        raise InputRejected(f"Kunci publik tidak sah ({len(raw)} bita, seharusnya 32).")
    return raw


def sign_public_key(key: bytes | str) -> Ed25519PublicKey:
    """An Ed25519 public key from raw bytes or base64 text."""
    raw = decode_public_key(key) if isinstance(key, str) else key
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise InputRejected("Kunci publik tanda tangan tidak sah.") from None


def enc_public_key(key: bytes | str) -> X25519PublicKey:
    """An X25519 public key from raw bytes or base64 text."""
    raw = decode_public_key(key) if isinstance(key, str) else key
    try:
        return X25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise InputRejected("Kunci publik enkripsi tidak sah.") from None


def key_fingerprint(key: bytes | str) -> str:
    """A short fingerprint for people to compare: ``1a2b-3c4d-5e6f-7a8b``.

    The first 64 bits of SHA-256 over the raw public key (given raw or as base64): enough
    to compare two screens by eye, not an identifier."""
    raw = decode_public_key(key) if isinstance(key, str) else key
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


# --- the key folder ------------------------------------------------------------------------


def identity_exists(folder: Path) -> bool:
    """Whether ``folder`` holds a saved identity (either private key file)."""
    return (folder / SIGN_KEY_FILE).exists() or (folder / ENC_KEY_FILE).exists()


def save_identity(identity: Identity, folder: Path, *, overwrite: bool = False) -> None:
    """Write the identity into ``folder`` (created 0700), each file 0600, atomically.

    Refuses (:class:`StateError`) to replace existing keys unless ``overwrite``: losing a
    device's keys cuts it off from every peer."""
    if identity_exists(folder) and not overwrite:
        raise StateError(f"Kunci perangkat sudah ada di {folder}; tidak ditimpa.")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _chmod(folder, 0o700)  # mkdir's mode is filtered by the umask and ignored if it exists
    no_encryption = serialization.NoEncryption()
    pem = serialization.Encoding.PEM
    pkcs8 = serialization.PrivateFormat.PKCS8
    _write_private(folder / SIGN_KEY_FILE,
                   identity.sign_key.private_bytes(pem, pkcs8, no_encryption))
    _write_private(folder / ENC_KEY_FILE,
                   identity.enc_key.private_bytes(pem, pkcs8, no_encryption))
    keys = identity.public_keys()
    _write_private(folder / SIGN_PUB_FILE, (keys.sign + "\n").encode("ascii"))
    _write_private(folder / ENC_PUB_FILE, (keys.enc + "\n").encode("ascii"))
    _fsync_dir(folder)


def load_identity(folder: Path) -> Identity:
    """Read the identity saved by :func:`save_identity`.

    :class:`StateError` when the keys are missing, unreadable, of the wrong kind, or
    disagree with the public key files next to them."""
    sign_key = _load_private(folder / SIGN_KEY_FILE, Ed25519PrivateKey)
    enc_key = _load_private(folder / ENC_KEY_FILE, X25519PrivateKey)
    identity = Identity(sign_key, enc_key)  # type: ignore[arg-type]
    keys = identity.public_keys()
    for name, expected in ((SIGN_PUB_FILE, keys.sign), (ENC_PUB_FILE, keys.enc)):
        path = folder / name
        if path.exists() and path.read_text("ascii", errors="replace").strip() != expected:
            raise StateError(f"Berkas kunci {path} tidak cocok dengan kunci pribadinya.")
    return identity


def _load_private(path: Path, kind: type) -> Any:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise StateError(f"Kunci perangkat tidak ditemukan: {path}.") from None
    except OSError as exc:
        raise StateError(f"Kunci perangkat tidak dapat dibaca: {path} ({os_reason(exc)}).") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise StateError(f"Berkas kunci perangkat rusak: {path}.") from None
    if not isinstance(key, kind):
        raise StateError(f"Berkas kunci perangkat berisi jenis kunci yang salah: {path}.")
    return key


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` as 0600 from the first byte, via a renamed temp file."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _chmod(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except NotImplementedError:  # pragma: no cover - platforms without chmod
        pass


def _fsync_dir(folder: Path) -> None:
    """Make the renames durable (POSIX); Windows cannot open a directory for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- passphrase-sealed blob (backups) ------------------------------------------------------


def export_identity(identity: Identity, passphrase: str, *, meta: Mapping[str, Any] | None = None,
                    scrypt_n: int = DEFAULT_SCRYPT_N) -> bytes:
    """The whole identity (plus JSON-able ``meta``, e.g. the device id) sealed under a
    passphrase, as UTF-8 JSON bytes.

    Layout: ``{"format", "version", "kdf": {"name": "scrypt", "n", "r", "p", "salt"},
    "aead": "chacha20poly1305", "nonce", "ciphertext"}``; everything but the ciphertext
    is the AEAD's associated data, so the parameters cannot be altered unnoticed."""
    if not passphrase:
        raise UsageError("Kata sandi cadangan kunci tidak boleh kosong.")
    if not _MIN_SCRYPT_N <= scrypt_n <= _MAX_SCRYPT_N or scrypt_n & (scrypt_n - 1):
        raise ValueError("scrypt_n must be a power of two within the supported range")
    salt = os.urandom(_SALT_SIZE)
    nonce = os.urandom(_NONCE_SIZE)
    envelope: dict[str, Any] = {
        "format": IDENTITY_BLOB_FORMAT,
        "version": IDENTITY_BLOB_VERSION,
        "kdf": {"name": "scrypt", "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "aead": "chacha20poly1305",
        "nonce": _b64(nonce),
    }
    secret = {
        "sign": _b64(identity.sign_key.private_bytes_raw()),
        "enc": _b64(identity.enc_key.private_bytes_raw()),
        "meta": dict(meta or {}),
    }
    key = _derive(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, _canonical(secret), _canonical(envelope))
    envelope["ciphertext"] = _b64(ciphertext)
    return _canonical(envelope)


def import_identity(blob: bytes, passphrase: str) -> ImportedIdentity:
    """Open a blob made by :func:`export_identity`.

    :class:`InputRejected` if it is not one, is damaged, or the passphrase is wrong (the
    two cannot be told apart, by design of an AEAD)."""
    envelope = _parse_envelope(blob)
    kdf = envelope["kdf"]
    key = _derive(passphrase, kdf["salt"], kdf["n"], kdf["r"], kdf["p"])
    ciphertext = envelope.pop("ciphertext")
    aad = _canonical({**envelope, "kdf": {**kdf, "salt": _b64(kdf["salt"])},
                      "nonce": _b64(envelope["nonce"])})
    try:
        plain = ChaCha20Poly1305(key).decrypt(envelope["nonce"], ciphertext, aad)
    except InvalidTag:
        raise InputRejected("Kata sandi salah atau cadangan kunci rusak.") from None
    try:
        secret = json.loads(plain)
        identity = Identity(Ed25519PrivateKey.from_private_bytes(_unb64(secret["sign"])),
                            X25519PrivateKey.from_private_bytes(_unb64(secret["enc"])))
        meta = secret.get("meta") or {}
        if not isinstance(meta, dict):
            raise ValueError("meta")
    except (ValueError, KeyError, TypeError):
        raise InputRejected("Cadangan kunci rusak (isi tidak terbaca).") from None
    return ImportedIdentity(identity, meta)


def _parse_envelope(blob: bytes) -> dict[str, Any]:
    """The envelope's fields, decoded and bounded, or :class:`InputRejected`."""
    bad = InputRejected("Berkas bukan cadangan kunci PERUT.")
    if len(blob) > _MAX_BLOB_BYTES:
        raise bad
    try:
        env = json.loads(blob)
        if not isinstance(env, dict) or env.get("format") != IDENTITY_BLOB_FORMAT:
            raise bad
        version = env.get("version")
        if isinstance(version, int) and version > IDENTITY_BLOB_VERSION:
            raise InputRejected(f"Cadangan kunci versi {version} lebih baru dari yang didukung; "
                                "perbarui PERUT.")
        kdf = env["kdf"]
        params = {"n": kdf["n"], "r": kdf["r"], "p": kdf["p"]}
        if (version != IDENTITY_BLOB_VERSION or kdf["name"] != "scrypt"
                or env["aead"] != "chacha20poly1305"
                or not all(type(v) is int for v in params.values())
                or not _MIN_SCRYPT_N <= params["n"] <= _MAX_SCRYPT_N
                or params["r"] != SCRYPT_R or params["p"] != SCRYPT_P):
            raise bad
        return {
            "format": env["format"], "version": version,
            "kdf": {"name": "scrypt", **params, "salt": _unb64(kdf["salt"])},
            "aead": env["aead"], "nonce": _unb64(env["nonce"]),
            "ciphertext": _unb64(env["ciphertext"]),
        }
    except InputRejected:
        raise
    except (ValueError, KeyError, TypeError, RecursionError):
        raise bad from None


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not passphrase:
        raise UsageError("Kata sandi cadangan kunci tidak boleh kosong.")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _canonical(value: Any) -> bytes:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return text.encode("ascii")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
