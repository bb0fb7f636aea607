"""Frozen dataclasses to JSON and back, for the approval's snapshot of a report.

A value is turned into plain JSON data (dates as ISO text, enums as their values, tuples as
lists) and read back by the dataclass's own type hints, so the snapshot of a report is the
report's own data types, not a second description of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
from enum import Enum
from typing import Any, Union, get_args, get_origin, get_type_hints


def to_data(value: Any) -> Any:
    """Plain JSON data for a value made of dataclasses, tuples, dates, enums and scalars."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def from_data(kind: Any, data: Any) -> Any:
    """The value of type ``kind`` that :func:`to_data` turned into ``data``."""
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(kind) if a is not type(None)]
        return None if data is None else from_data(options[0], data)
    if origin is tuple:
        args = get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_data(args[0], d) for d in data)
        return tuple(from_data(a, d) for a, d in zip(args, data, strict=True))
    if origin is list:
        return [from_data(get_args(kind)[0], d) for d in data]
    if origin is dict:
        return {k: from_data(get_args(kind)[1], v) for k, v in data.items()}
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = get_type_hints(kind)
        return kind(**{f.name: from_data(hints[f.name], data[f.name])
                       for f in dataclasses.fields(kind) if f.name in data})
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(data)
    if kind is dt.date:
        return dt.date.fromisoformat(data)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is float and isinstance(data, int):
        return float(data)
    return data
