"""Hostile bundles for the tests: validly signed and encrypted, with whatever inside.

Built from the container's own sealing step (:func:`container._write_container`), so that
only what is inside differs from a real bundle. Never used to write real bundles."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from perut_desktop.sync import container
from perut_desktop.sync.keys import Identity


def write_unchecked_bundle(
        path: Path, *, header: Mapping[str, Any], manifest: Mapping[str, Any] | bytes,
        member_chunks: Sequence[Iterable[bytes]], sender: Identity,
        recipient_public_enc_key: X25519PublicKey | bytes, format_version: int = container.FORMAT_VERSION,
        trailing_plaintext: bytes = b"") -> container.WrittenBundle:
    """A validly signed and encrypted bundle with whatever inside.

    ``manifest`` is written as given (a dict as JSON, or raw bytes) without any check;
    ``member_chunks[i]`` yields the plaintext of the i-th member's stream, each piece
    (≤ 1 MiB) compressed as one frame; ``trailing_plaintext`` goes after the last member.
    Header fields are checked only for shape, so any names, sizes, hashes or versions
    can be declared."""
    raw_manifest = manifest if isinstance(manifest, bytes) else container._canonical(dict(manifest))
    u32 = container._U32

    def plaintext() -> Iterator[bytes]:
        yield u32.pack(len(raw_manifest)) + raw_manifest
        for chunks in member_chunks:
            for piece in chunks:
                frame = zlib.compress(piece, 6)
                yield u32.pack(len(frame)) + frame
            yield u32.pack(0)
        yield trailing_plaintext

    fields = {"created_at": container._now_utc(), **header}
    return container._write_container(path, fields, plaintext(), sender, recipient_public_enc_key,
                                      format_version=format_version)
