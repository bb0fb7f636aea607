"""Operations of a first start: a data folder becomes the kecamatan's master copy, a field
laptop joining from the office's enrolment file, or a demonstration in its own folder.

Each leaves nothing half-made behind: when a step fails, what it had created is removed,
and the data folder is as it was (an existing folder and its other files stay).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from perut_desktop.errors import InputRejected, StateError, ValidationError
from perut_desktop.paths import replica_exists

if TYPE_CHECKING:
    from perut_desktop.sync.bundle import FieldReplicaCreated

__all__ = [
    "DEMO_MARKER", "DemoMade", "JoinResult", "MasterMade", "confirmation_code", "demo_folder", "is_demo",
    "join_as_laptop", "make_demo", "replica_exists", "set_up_master",
]

#: A file in a demonstration's data folder: the window marks such a replica DEMO.
DEMO_MARKER = "DEMO"

Progress = Callable[[int, int, str], None]


def is_demo(data_dir: Path) -> bool:
    return (data_dir / DEMO_MARKER).exists()


def demo_folder(data_dir: Path) -> Path:
    """The demonstration's own folder, beside the real data folder (never inside it)."""
    return data_dir.with_name(f"{data_dir.name}-demo")


class _Cleanup:
    """Removes what a failed set-up made: the folder if it made it, else the database,
    the keys and the files it names."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.made_folder = not data_dir.exists()
        self.files: list[Path] = []

    def __call__(self) -> None:
        from perut_desktop import db
        from perut_desktop.sync.identity import key_dir

        if self.made_folder:
            shutil.rmtree(self.data_dir, ignore_errors=True)
            return
        db.discard_database(self.data_dir)
        shutil.rmtree(key_dir(self.data_dir), ignore_errors=True)
        for path in self.files:
            path.unlink(missing_ok=True)


def _refuse_existing(data_dir: Path) -> None:
    if replica_exists(data_dir):
        from perut_desktop.errors import Hint

        raise StateError(f"Sudah ada data PERUT di {data_dir}; tidak ditimpa.", hint=Hint.CHOOSE_OTHER_DATA_FOLDER,
                         record=str(data_dir))


# --- the master --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MasterMade:
    data_dir: Path
    kecamatan: str
    villages: int
    staff_id: str
    staff_name: str


def set_up_master(data_dir: Path, *, kecamatan: str, staff_name: str, staff_nip: str = "",
                  staff_title: str = "", staff_can_sign: bool = False,
                  villages_file: Path | None = None) -> MasterMade:
    """Operation: the kecamatan's master copy in ``data_dir`` (as ``perut init --role
    master``) with its first office staff member, who acts in the window from then on."""
    from perut_desktop.operations.replica import opened_replica
    from perut_desktop.operations.setup import init_master
    from perut_desktop.services import people

    if not " ".join(staff_name.split()):
        raise ValidationError("Nama petugas wajib diisi.")
    _refuse_existing(data_dir)
    cleanup = _Cleanup(data_dir)
    try:
        made = init_master(data_dir, kecamatan=kecamatan, villages_file=villages_file)
        with opened_replica(data_dir) as replica, replica.begin() as s:
            user = people.add_user(s, name=staff_name, nip=staff_nip, title=staff_title, can_sign=staff_can_sign)
    except BaseException:
        cleanup()
        raise
    return MasterMade(data_dir, made.subdistrict, made.villages, user.id, user.name)


# --- a field laptop --------------------------------------------------------------------------


@dataclass(frozen=True)
class JoinResult:
    data_dir: Path
    device_id: str
    kecamatan: str
    officer_name: str
    code: str  # read aloud at the office (see :func:`confirmation_code`)
    bundle: Path  # the laptop's first bundle, for the office


def confirmation_code(joined: FieldReplicaCreated) -> str:
    """What the laptop shows the office to confirm its enrolment (DESIGN.md §5): the short
    code derived from the laptop's new public keys and the enrolment's one-time secret."""
    return joined.code


def join_as_laptop(data_dir: Path, enrolment_file: Path, bundle_folder: Path) -> JoinResult:
    """Operation: a field replica in ``data_dir`` from the office's enrolment file (as
    ``perut init --role field``), its own keys, and its first bundle for the office written
    to ``bundle_folder`` (a USB stick). On any failure nothing of it remains."""
    from perut_desktop.operations.replica import opened_replica
    from perut_desktop.sync.bundle import export_bundle, init_field_from_file

    if not bundle_folder.is_dir():
        raise InputRejected(f"Folder {bundle_folder} tidak ada; bundel tidak dibuat.")
    _refuse_existing(data_dir)
    cleanup = _Cleanup(data_dir)
    try:
        joined = init_field_from_file(data_dir, enrolment_file)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        target = bundle_folder / f"perut-{joined.device_id}-{stamp}.perut"
        cleanup.files.append(target)
        with opened_replica(data_dir) as replica:
            written = export_bundle(replica, target)
        cleanup.files += [w.path for w in written]
    except BaseException:
        cleanup()
        raise
    return JoinResult(data_dir, joined.device_id, joined.kecamatan, joined.officer_name,
                      confirmation_code(joined), written[0].path)


# --- the demonstration -----------------------------------------------------------------------


@dataclass(frozen=True)
class DemoMade:
    data_dir: Path
    visits: int


def make_demo(data_dir: Path, *, years: int = 1, seed: int = 1, today: dt.date | None = None,
              progress: Progress | None = None) -> DemoMade:
    """Operation: a master replica of Kecamatan Awayan with ``years`` of example visits in
    ``data_dir`` (a folder of its own), marked as a demonstration. A demonstration already
    there is opened as it is."""
    from perut_desktop.operations.replica import opened_replica
    from perut_desktop.operations.setup import init_master
    from perut_desktop.services import demo

    if replica_exists(data_dir):
        if is_demo(data_dir):
            return DemoMade(data_dir, -1)
        _refuse_existing(data_dir)
    cleanup = _Cleanup(data_dir)
    try:
        init_master(data_dir, kecamatan="Awayan")
        with opened_replica(data_dir) as replica:
            result = demo.generate(replica, years=years, seed=seed, today=today, progress=progress)
        (data_dir / DEMO_MARKER).write_text("PERUT demo\n", encoding="utf-8")
    except BaseException:
        cleanup()
        raise
    return DemoMade(data_dir, result.visits)
