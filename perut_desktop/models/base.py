"""Declarative base, naming convention and the sync columns of replicated rows.

Every replicated table inherits :class:`Replicated`. Its sync columns (DESIGN.md §4) are
filled by one session hook in :mod:`perut_desktop.models.replication`; no service sets
them by hand.
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Columns every replicated table carries; they are not "content" fields.
SYNC_COLUMNS = frozenset({"id", "version", "vv", "field_versions", "deleted", "seq"})


def new_id() -> str:
    """A fresh random row id (UUID4 text)."""
    return str(uuid.uuid4())


def derived_id(*parts: str) -> str:
    """A deterministic row id for records that several devices may create for the same
    thing (a village's profile, a visit's result for one book): every replica that
    creates it names it alike, so they merge instead of duplicating."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "perut:" + "/".join(parts)))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON}


class Replicated:
    """Mixin of a replicated record (DESIGN.md §4).

    ``version`` is a hybrid-logical-clock stamp ``<ms:13>-<counter:05>-<device>``, totally
    ordered as text. ``vv`` maps device id → the highest version of that device this row
    includes. ``field_versions`` gives each content field (and ``deleted``) the version
    that last changed it, stored compactly (:func:`expand_field_versions`; read it with
    :func:`field_versions_of`). ``seq`` is local: the replica's write counter, for deltas.
    """

    __replicated__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id, sort_order=-100)
    version: Mapped[str] = mapped_column(String(64), nullable=False, default="", sort_order=100)
    vv: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict, sort_order=100)
    field_versions: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict, sort_order=100)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, sort_order=100)
    seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0, index=True, sort_order=100)


def expand_field_versions(stored: dict[str, Any] | None, version: str, fields: tuple[str, ...]) -> dict[str, str]:
    """The field → version map of a row from its stored form.

    Stored compactly: ``{other_version: [field, …]}`` for the fields whose version is not
    the row's own ``version``; every field not listed has the row's version. A freshly
    written row stores ``{}``; a row edited once stores one older version and its fields.
    """
    out = {name: version for name in fields}
    for ver, names in (stored or {}).items():
        for name in names:
            out[name] = ver
    return out


def compact_field_versions(versions: dict[str, str], version: str) -> dict[str, list[str]]:
    """The stored form of a field → version map (see :func:`expand_field_versions`)."""
    grouped: dict[str, list[str]] = {}
    for name, ver in sorted(versions.items()):
        if ver != version:
            grouped.setdefault(ver, []).append(name)
    return grouped


def field_names(cls: type) -> tuple[str, ...]:
    """The fields that carry a version: the content fields and ``deleted``."""
    return content_fields(cls) + ("deleted",)


def field_versions_of(row: Any) -> dict[str, str]:
    """The field → version map of a loaded replicated row."""
    return expand_field_versions(row.field_versions, row.version, field_names(type(row)))


def is_replicated(obj_or_cls: object) -> bool:
    cls = obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls)
    return bool(getattr(cls, "__replicated__", False))


def content_fields(cls: type) -> tuple[str, ...]:
    """The content columns of a replicated class: everything but the sync columns."""
    table = cls.__table__  # type: ignore[attr-defined]
    return tuple(c.name for c in table.columns if c.name not in SYNC_COLUMNS)
