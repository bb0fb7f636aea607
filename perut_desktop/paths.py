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


#: The replica's database file in its data folder.
DB_FILENAME = "perut.sqlite"
#: Files of the data folder that only its user may read (the database and its WAL files).
PRIVATE_FILES = (DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm")


def replica_exists(data_dir: Path) -> bool:
    """Whether ``data_dir`` holds a replica's database file."""
    return (data_dir / DB_FILENAME).exists()


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


def _private_on_windows(data_dir: Path) -> str | None:
    profile = os.environ.get("USERPROFILE")
    if profile and _inside(data_dir, Path(profile)):
        return None
    user = os.environ.get("USERNAME", "")
    import subprocess

    ok = False
    if user:  # (without a name nothing can be granted: the ACL is left as it is)
        try:
            done = subprocess.run(["icacls", str(data_dir), "/inheritance:r", "/grant:r", f"{user}:(OI)(CI)F"],
                                  capture_output=True, timeout=30, check=False)
            ok = done.returncode == 0
        except (OSError, subprocess.SubprocessError):
            pass
    if ok:
        return None
    return (f"Folder data {data_dir} berada di luar profil pengguna dan izinnya tidak dapat dibatasi untuk "
            "pengguna ini saja; pengguna lain komputer ini mungkin dapat membacanya. Pindahkan ke dalam profil "
            "pengguna.")


# --- names of the files PERUT writes ---------------------------------------------------------
#
# Files travel to Windows laptops (USB sticks, chat apps), so every name PERUT makes or accepts
# for an output is one Windows can hold, on every system: no reserved characters, no name
# Windows reserves for a device, no trailing dot or space, and a path short enough for
# programs without long-path support (Explorer, Adobe Reader, Excel).

#: Windows' MAX_PATH: 260 characters including the terminating NUL.
WINDOWS_MAX_PATH = 260
#: Room an output keeps for the temporary name it is first written under beside it
#: (``.NAME.<12 hex>.tmp`` adds 18 characters; a split bundle's ``-2`` two more).
TEMP_NAME_ROOM = 24
#: The longest output path PERUT writes, in characters.
MAX_OUTPUT_PATH = WINDOWS_MAX_PATH - 1 - TEMP_NAME_ROOM

_FORBIDDEN_CHARS = frozenset('<>:"/\\|?*') | frozenset(chr(n) for n in range(32))
_RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"123456789", "\u00b9", "\u00b2", "\u00b3"]})
#: The longest file name (one path component) most file systems hold.
MAX_NAME = 255


def _device_stem(name: str) -> str:
    """The part of a name Windows compares with its device names: before the first dot,
    trailing spaces dropped (``con .pdf`` and ``CON.tar.gz`` are the console)."""
    return name.split(".", 1)[0].rstrip(" ").upper()


def windows_name_problem(name: str) -> str | None:
    """Why ``name`` (one path component) cannot be a file name on Windows, in Indonesian;
    None when it can."""
    if not name or not name.strip(" ."):
        return "nama berkasnya kosong"
    bad = next((ch for ch in name if ch in _FORBIDDEN_CHARS), None)
    if bad is not None:
        shown = repr(bad) if ord(bad) < 32 else f"'{bad}'"
        return f"nama berkasnya memuat tanda {shown} yang tidak boleh dipakai di Windows"
    if name[-1] in ". ":
        return "nama berkasnya berakhir dengan titik atau spasi, yang dibuang Windows"
    if _device_stem(name) in _RESERVED_NAMES:
        return f"'{_device_stem(name)}' adalah nama perangkat yang dicadangkan Windows"
    if len(name) > MAX_NAME:
        return f"nama berkasnya {len(name)} karakter (paling banyak {MAX_NAME})"
    return None


def output_path_problem(path: Path) -> str | None:
    """Why PERUT will not write an output at ``path`` (a name Windows cannot hold, or a path
    longer than :data:`MAX_OUTPUT_PATH`), in Indonesian; None when it may."""
    problem = windows_name_problem(path.name)
    if problem:
        return problem
    length = len(str(path.absolute()))
    if length > MAX_OUTPUT_PATH:
        return (f"jalurnya {length} karakter, lebih dari {MAX_OUTPUT_PATH} yang dapat dibuka semua program di "
                "Windows; pilih folder yang lebih dekat ke pangkal drive atau nama yang lebih pendek")
    return None


def safe_file_name(text: str, suffix: str = "", *, max_length: int = 120) -> str:
    """A file name Windows can hold, made from ``text`` (a village's or a person's name, a
    title) and ``suffix`` (``".pdf"``): reserved characters become ``-``, dots and spaces
    at the ends go, a device name (``CON``) gets ``_``, and the name is cut to
    ``max_length`` characters (the suffix kept)."""
    import re
    import unicodedata

    cleaned = "".join("-" if ch in _FORBIDDEN_CHARS else ch for ch in unicodedata.normalize("NFC", text))
    cleaned = re.sub(r"\s+", " ", cleaned)
    cleaned = re.sub(r"-{2,}", "-", cleaned).strip(" .-")
    room = max(1, max_length - len(suffix))
    stem = cleaned[:room].rstrip(" .-") or "berkas"
    if _device_stem(stem + suffix) in _RESERVED_NAMES:
        first, dot, rest = stem.partition(".")
        stem = (first.rstrip(" ") + "_" + dot + rest)[:room]
    return stem + suffix


def fit_in_folder(folder: Path, name: str) -> Path | None:
    """``folder / name``, its stem cut so that the path stays within :data:`MAX_OUTPUT_PATH`
    (a generated name: one per village, say); None when the folder leaves no room for a
    name of a dozen characters."""
    stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
    suffix = dot + suffix
    room = MAX_OUTPUT_PATH - len(str(folder.absolute())) - 1 - len(suffix)
    if room < 12:
        return None
    return folder / safe_file_name(stem, suffix, max_length=room + len(suffix))
