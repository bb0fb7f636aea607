"""Where things are: the shipped resources (a source checkout, an installed tree or a frozen
app) and the data folder of a replica. Light: no SQLAlchemy, no Qt, so both front ends may
resolve paths before anything heavy loads."""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: The application's folder name under the platform's user data folder.
APP_NAME = "perut-desktop"


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


def default_data_dir() -> Path:
    """The platform's user data folder for PERUT (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(arg: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the argument, else ``PERUT_DATA_DIR``, else the platform default."""
    if arg:
        return Path(arg).expanduser().resolve()
    env = os.environ.get("PERUT_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()
