"""Version helpers of the merge: devices of versions, version vectors, derived versions.

A *plain* version is a clock stamp ``<ms:13>-<counter:05>-<device>`` made by one device
for one write. A *derived* version ``<plain>.<8 hex>`` names a merged row state that no
single write made (the highest field version plus a short hash of the field-version map),
and a detected conflict row. Field versions and version-vector entries are always plain.
Versions compare as text; a derived version sorts right after the plain one it extends.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping


def device_of(version: str) -> str:
    """The device part of a plain version (text after the second ``-``)."""
    return version[20:].split(".", 1)[0]


def is_plain(version: str) -> bool:
    return "." not in version


def covered(version: str, vv: Mapping[str, str]) -> bool:
    """Whether a row with version vector ``vv`` already includes the write ``version``."""
    return vv.get(device_of(version), "") >= version


def vv_le(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """``a ≤ b`` pointwise: everything ``a`` includes, ``b`` includes."""
    return all(b.get(d, "") >= v for d, v in a.items())


def vv_max(a: Mapping[str, str], b: Mapping[str, str]) -> dict[str, str]:
    out = dict(a)
    for d, v in b.items():
        if out.get(d, "") < v:
            out[d] = v
    return out


def derived_version(field_versions: Mapping[str, str]) -> str:
    """The version of a merged row state: a function of its field versions only, so
    every replica that reaches the same state names it alike, whatever the merge order."""
    top = max(field_versions.values())
    digest = hashlib.sha256(json.dumps(sorted(field_versions.items())).encode()).hexdigest()[:8]
    return f"{top}.{digest}"


def dumps(value: object) -> str:
    """JSON text of a version vector or field-version map (stable key order)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))
