"""Where the shipped resources are: a source checkout, an installed tree or a frozen app."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    env = os.environ.get("PERUT_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    installed = Path(__file__).resolve().parent / "resources"  # from a wheel (pyproject.toml)
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"  # a source checkout


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
