"""Where a bundle can go: the folder used last, then removable drives (a USB stick), then
Downloads. ``QStorageInfo`` cannot tell a stick from a fixed disk, so a drive counts as
removable when it is mounted where the system mounts removable media (``/media``,
``/run/media``) or, on Windows, is a drive other than the system's with a FAT or exFAT
file system, as sticks are formatted."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QStorageInfo

_STICK_FILE_SYSTEMS = {"vfat", "fat", "fat32", "exfat", "msdos", "fuseblk"}


def removable_drives() -> list[tuple[str, Path]]:
    """(name, root) of the writable drives that look removable."""
    found: list[tuple[str, Path]] = []
    system = os.environ.get("SystemDrive", "C:").upper()
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        fs = bytes(volume.fileSystemType().data()).decode("ascii", "ignore").lower()
        if os.name == "nt":
            removable = not root.upper().startswith(system) and fs in _STICK_FILE_SYSTEMS
        else:
            removable = root.startswith(("/media/", "/run/media/"))
        if removable:
            found.append((volume.displayName() or root, Path(root)))
    return found


def downloads_folder() -> Path | None:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    return Path(location) if location else None


def folder_choices(remembered: str | None) -> list[tuple[str, Path]]:
    """(label, folder) in the order offered: remembered, removable drives, Downloads."""
    out: list[tuple[str, Path]] = []
    seen: set[Path] = set()

    def add(label: str, folder: Path | None) -> None:
        if folder is not None and folder not in seen and folder.is_dir():
            seen.add(folder)
            out.append((label, folder))

    if remembered:
        add(str(remembered), Path(remembered))
    for name, root in removable_drives():
        add(f"{name} ({root})", root)
    downloads = downloads_folder()
    if downloads is not None:
        add(str(downloads), downloads)
    return out
