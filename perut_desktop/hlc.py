"""The version stamp of replicated rows: the one module that knows its format (DESIGN.md §4).

A *plain* version ``<ms:13>-<counter:05>-<device>`` is a hybrid-logical-clock stamp made by
one device for one write: wall-clock milliseconds, a counter for writes within one
millisecond, the writing device. A *derived* version ``<plain>.<8 hex>`` names a merged row
state that no single write made (the highest field version plus a short hash of the
field-version map), and a detected conflict row. Field versions and version-vector entries
are always plain. Versions compare as text (that is their order); a derived version sorts
right after the plain one it extends.

Python helpers make, parse and take apart versions; the SQL helpers give the same answers
inside set-based statements over a payload. A light module: standard library only, so the
models (which stamp writes) and sync (which checks and merges them) share it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

#: The highest counter within one millisecond; the clock moves on a millisecond after it.
COUNTER_LIMIT = 99_999
#: Where the device part starts: after ``<ms:13>-<counter:05>-``.
DEVICE_START = 20
#: What separates a derived version's plain part from its hash.
DERIVED_MARK = "."

#: SQL GLOB that a version (plain, or the plain part of a derived one) matches; the device
#: part is checked apart.
PLAIN_GLOB = "[0-9]" * 13 + "-" + "[0-9]" * 5 + "-?*"
#: SQL GLOB of the hash that a derived version carries after its mark.
DERIVED_SUFFIX_GLOB = "[0-9a-f]" * 8


def format_version(ms: int, counter: int, device_id: str) -> str:
    """A plain version stamp, ordered as text: ``<ms:13>-<counter:05>-<device>``."""
    return f"{ms:013d}-{counter:05d}-{device_id}"


def parse_version(version: str) -> tuple[int, int, str]:
    """``(ms, counter, device)`` of a version stamp; ValueError when malformed.

    For a derived version the device part keeps its hash (use :func:`device_of`)."""
    ms, counter, device = version.split("-", 2)
    if len(ms) != 13 or len(counter) != 5 or not device:
        raise ValueError(f"bad version {version!r}")
    return int(ms), int(counter), device


def device_of(version: str) -> str:
    """The device that made a version (plain or derived: the device of its plain part)."""
    return version[DEVICE_START:].split(DERIVED_MARK, 1)[0]


def derived_version(field_versions: Mapping[str, str]) -> str:
    """The version of a merged row state: a function of its field versions only, so
    every replica that reaches the same state names it alike, whatever the merge order."""
    top = max(field_versions.values())
    digest = hashlib.sha256(json.dumps(sorted(field_versions.items())).encode()).hexdigest()[:8]
    return f"{top}{DERIVED_MARK}{digest}"


# --- the same, in SQL ------------------------------------------------------------------------


def plain_sql(expr: str) -> str:
    """SQL: the version ``expr`` is plain."""
    return f"instr({expr}, '{DERIVED_MARK}') = 0"


def derived_sql(expr: str) -> str:
    """SQL: the version ``expr`` is derived."""
    return f"instr({expr}, '{DERIVED_MARK}') > 0"


def plain_device_sql(expr: str) -> str:
    """SQL: the device part of the *plain* version ``expr``."""
    return f"substr({expr}, {DEVICE_START + 1})"


def written_by_sql(expr: str, device_id: str) -> tuple[str, str]:
    """SQL (with its one parameter): the plain version ``expr`` was made by ``device_id``."""
    suffix = "-" + device_id
    return f"substr({expr}, -{len(suffix)}) = ?", suffix


__all__ = [
    "COUNTER_LIMIT",
    "DERIVED_MARK",
    "DERIVED_SUFFIX_GLOB",
    "DEVICE_START",
    "PLAIN_GLOB",
    "derived_sql",
    "derived_version",
    "device_of",
    "format_version",
    "parse_version",
    "plain_device_sql",
    "plain_sql",
    "written_by_sql",
]
