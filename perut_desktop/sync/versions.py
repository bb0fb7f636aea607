"""Version vectors of the merge: what a row includes, compared and combined.

A version vector maps a device to the highest (plain) version of that device a row
includes. The version format itself is :mod:`perut_desktop.hlc`'s.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from perut_desktop.hlc import device_of


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


def dumps(value: object) -> str:
    """JSON text of a version vector or field-version map (stable key order)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


__all__ = ["covered", "dumps", "vv_le", "vv_max"]
