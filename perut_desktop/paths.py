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


#: Files of the data folder that only its user may read (the database and its WAL files).
PRIVATE_FILES = ("perut.sqlite", "perut.sqlite-wal", "perut.sqlite-shm")


def make_private(data_dir: Path) -> str | None:
    """Make the data folder readable by its user alone (DESIGN.md §5): created if missing.

    POSIX: the folder 0700, the database and its WAL files 0600 (SQLite gives the WAL files
    the database's mode). Windows: a folder inside the user's profile is already private
    (the profile's ACL); one outside it gets a user-only ACL (``icacls``: inheritance
    removed, full control for the user alone). Returns a one-line warning when that could
    not be done, else None."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "nt":
        try:
            os.chmod(data_dir, 0o700)  # mkdir's mode is filtered by the umask and ignored if it exists
            for name in PRIVATE_FILES:
                path = data_dir / name
                if path.exists():
                    os.chmod(path, 0o600)
        except OSError:
            return (f"Izin folder data {data_dir} tidak dapat dibatasi untuk pengguna ini saja (folder milik "
                    "pengguna lain?); pengguna lain komputer ini mungkin dapat membacanya.")
        return None
    return _private_on_windows(data_dir)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _private_on_windows(data_dir: Path) -> str | None:  # pragma: no cover - Windows only
    profile = os.environ.get("USERPROFILE")
    if profile and _inside(data_dir, Path(profile)):
        return None
    user = os.environ.get("USERNAME", "")
    import subprocess

    try:
        done = subprocess.run(["icacls", str(data_dir), "/inheritance:r", "/grant:r", f"{user}:(OI)(CI)F"],
                              capture_output=True, timeout=30, check=False)
        ok = done.returncode == 0 and bool(user)
    except (OSError, subprocess.SubprocessError):
        ok = False
    if ok:
        return None
    return (f"Folder data {data_dir} berada di luar profil pengguna dan izinnya tidak dapat dibatasi untuk "
            "pengguna ini saja; pengguna lain komputer ini mungkin dapat membacanya. Pindahkan ke dalam profil "
            "pengguna.")
