"""Report commands (being written)."""

from __future__ import annotations

from typing import Any


def register(sub: Any, add: Any) -> None:
    """Add this module's commands to the ``perut`` parser."""
