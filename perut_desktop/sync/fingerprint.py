"""``perut fingerprint``: a canonical digest of the replicated data (DESIGN.md §10).

Rows sorted by table and id; each as JSON with sorted keys, ISO dates, its content, its
version and its deleted flag (not vv, field versions or seq); attachments by their SHA-256
(a column of the row). One SHA-256 over it all. Two replicas holding the same records print
the same line whatever order they received them in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from perut_desktop.models import REPLICATED_MODELS, content_fields

def _default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


@dataclass(frozen=True)
class Fingerprint:
    digest: str
    tables: dict[str, dict[str, Any]]


def fingerprint(conn: Connection) -> Fingerprint:
    total = hashlib.sha256()
    tables: dict[str, dict[str, Any]] = {}
    for model in sorted(REPLICATED_MODELS, key=lambda m: m.__tablename__):  # type: ignore[attr-defined]
        table = model.__table__  # type: ignore[attr-defined]
        cols = ["id", *content_fields(model), "version", "deleted"]
        digest = hashlib.sha256()
        count = 0
        for row in conn.execute(select(*(table.c[c] for c in cols)).order_by(table.c.id)):
            record = dict(zip(cols, row, strict=True))
            record["deleted"] = bool(record["deleted"])
            line = json.dumps(record, sort_keys=True, default=_default, ensure_ascii=False,
                              separators=(",", ":")).encode()
            digest.update(line + b"\n")
            total.update(table.name.encode() + b"\t" + line + b"\n")
            count += 1
        tables[table.name] = {"rows": count, "sha256": digest.hexdigest()}
    return Fingerprint(total.hexdigest(), tables)
