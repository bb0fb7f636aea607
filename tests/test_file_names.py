"""Every file PERUT writes has a name Windows can hold, whatever the villages and people are
called: names with ``:``, ``?``, ``/``, ``\\``, a trailing dot, a device name (``CON``) and
more than 200 characters go through every command that writes a file. Names the program
makes are made safe (``paths.safe_file_name``); names a user gives that Windows cannot hold,
and paths too long for its programs, are refused (exit 3) with nothing written. A PDF or
workbook held open by another program (Windows will not replace it) keeps its old content
and the message says which program probably holds it."""

from __future__ import annotations

import errno
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from perut_desktop.cli.main import main
from perut_desktop.errors import Hint, InputRejected
from perut_desktop.paths import MAX_OUTPUT_PATH, fit_in_folder, safe_file_name, windows_name_problem

LONG = "Desa Yang Namanya Sangat Panjang " + "Dan Terus Berlanjut " * 9
VILLAGES = ["Sungai: Pinang?", "Hulu/Hilir\\Tengah", "Ujung Batu.", "CON", LONG.strip(), 'Bakal "Baru" <*>|']
OFFICER = "Drs. H. Amat: Kasi Pem?"


@dataclass
class Office:
    data: Path
    visits: dict[str, str]  # village → a visit id
    laptop: Path
    enrolment: Path


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def office(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Office:
    """The tests' one-year demo (built once per run), its first villages renamed to the
    worst names, an officer with such a name, and a laptop enrolled for that officer."""
    from perut_desktop.db import open_replica
    from perut_desktop.models import Village
    from perut_desktop.services.visit_list import list_visit_rows

    root = tmp_path_factory.mktemp("names")
    data = root / "kantor"
    shutil.copytree(_demo_template, data)
    replica = open_replica(data)
    try:
        with replica.begin() as s:
            for village, name in zip(s.query(Village).order_by(Village.code), VILLAGES, strict=False):
                village.name = name
        with replica.begin() as s:
            visits = {v.village_name: v.id for v in list_visit_rows(s)}
    finally:
        replica.close()
    assert main(["--data-dir", str(data), "officer", "add", "--name", OFFICER, "--villages", "CON"]) == 0
    enrolment = root / safe_file_name(f"Pendaftaran {OFFICER}", ".perut-enroll")
    assert main(["--data-dir", str(data), "enroll", "--officer", OFFICER, "--out", str(enrolment)]) == 0
    laptop = root / "laptop"
    assert main(["--data-dir", str(laptop), "init", "--role", "field", "--enrollment", str(enrolment)]) == 0
    return Office(data, visits, laptop, enrolment)


def _deep_folder(base: Path, length: int) -> Path:
    """A folder whose absolute path is ``length`` characters long."""
    folder = base.absolute()
    while len(str(folder)) < length - 60:
        folder = folder / "sub folder arsip kecamatan"
    folder = folder / ("x" * (length - len(str(folder)) - 1))
    folder.mkdir(parents=True)
    assert len(str(folder.absolute())) == length
    return folder


def test_checklists_of_all_villages_get_safe_names_even_deep_in_a_folder(
        office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _deep_folder(tmp_path, 190)
    code, out, err = run(capsys, office.data, "report", "checklist", "--all", "--out", str(folder))
    assert code == 0, err
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 23
    for name in names:
        assert windows_name_problem(name) is None, name
        assert len(str(folder / name)) <= MAX_OUTPUT_PATH
        assert name.startswith("daftar-periksa-63.11.03.") and name.endswith(".pdf")
    assert any(name.endswith("-con.pdf") for name in names)


def test_a_folder_too_deep_for_any_name_is_refused_before_writing(
        office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _deep_folder(tmp_path, MAX_OUTPUT_PATH - 10)
    code, _, err = run(capsys, office.data, "report", "checklist", "--all", "--out", str(folder))
    assert code == 3
    assert "terlalu panjang" in err and err.count("\n") == 1
    assert list(folder.iterdir()) == []


#: Every command that writes a file a user names: (suffix, arguments after ``--data-dir``).
WRITERS: dict[str, tuple[str, Callable[[Office, str], tuple[Path, list[str]]]]] = {
    "checklist": (".pdf", lambda o, out: (o.data, ["report", "checklist", "--village", "CON", "--out", out])),
    "attendance": (".pdf", lambda o, out: (o.data, ["report", "attendance-sheet", "--village", "Sungai: Pinang?",
                                                   "--out", out])),
    "visit report": (".pdf", lambda o, out: (o.data, ["report", "visit", o.visits["Hulu/Hilir\\Tengah"], "--out", out])),
    "excel": (".xlsx", lambda o, out: (o.data, ["export", "excel", "--village", "Ujung Batu.", "--out", out])),
    "backup": (".sqlite", lambda o, out: (o.data, ["backup", "--out", out])),
    "enrolment": (".perut-enroll", lambda o, out: (o.data, ["enroll", "--officer", OFFICER, "--out", out])),
    "bundle": (".perut", lambda o, out: (o.laptop, ["sync", "export", "--out", out])),
}


#: Each writer meets the worst names (a colon and question mark; more than 200 characters);
#: the two cheapest meet them all.
NAMED = [(w, v) for w in WRITERS for v in VILLAGES
         if w in ("checklist", "excel") or v in (VILLAGES[0], LONG.strip())]


@pytest.mark.parametrize(("writer", "village"), NAMED)
def test_every_writer_writes_a_name_made_safe_from_any_village_name(
        writer: str, village: str, office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    suffix, command = WRITERS[writer]
    name = safe_file_name(f"{writer} {village}", suffix)
    assert windows_name_problem(name) is None
    target = tmp_path / name
    data, args = command(office, str(target))
    code, _, err = run(capsys, data, *args)
    assert code == 0, err
    assert target.is_file() and target.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left beside it


UNSAFE = {
    "colon": ("Sungai: Pinang", "tanda ':' yang tidak boleh dipakai di Windows"),
    "question mark": ("Rekap?", "tanda '?' yang tidak boleh dipakai di Windows"),
    "backslash": ("Hulu\\Hilir", "tanda '\\' yang tidak boleh dipakai di Windows"),
    "device name": ("CON", "'CON' adalah nama perangkat yang dicadangkan Windows"),
}


@pytest.mark.parametrize("writer", list(WRITERS))
@pytest.mark.parametrize("case", [*UNSAFE, "trailing dot", "long path"])
def test_every_writer_refuses_a_name_windows_cannot_hold_and_writes_nothing(
        writer: str, case: str, office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    suffix, command = WRITERS[writer]
    if case == "trailing dot":
        target, problem = tmp_path / f"Ujung Batu{suffix}.", "berakhir dengan titik atau spasi"
    elif case == "long path":
        folder = _deep_folder(tmp_path, MAX_OUTPUT_PATH - 5)
        target, problem = folder / f"laporan{suffix}", f"lebih dari {MAX_OUTPUT_PATH} yang dapat dibuka"
    else:
        stem, problem = UNSAFE[case]
        target = tmp_path / f"{stem}{suffix}"
    data, args = command(office, str(target))
    listing = sorted(tmp_path.rglob("*"))
    code, _, err = run(capsys, data, *args)
    assert code == 3, err
    assert err.count("\n") == 1 and problem in err and "Tidak ada yang ditulis." in err
    assert sorted(tmp_path.rglob("*")) == listing


def test_fit_in_folder_keeps_the_suffix_and_the_limit(tmp_path: Path) -> None:
    name = safe_file_name("daftar-periksa-63.11.03.2005-" + "panjang-" * 40, ".pdf", max_length=400)
    fitted = fit_in_folder(tmp_path, name)
    assert fitted is not None and fitted.suffix == ".pdf"
    assert len(str(fitted)) <= MAX_OUTPUT_PATH and fitted.name.startswith("daftar-periksa-63.11.03.2005-")
    assert safe_file_name("con .tar") == "con_.tar" and safe_file_name(" ... ") == "berkas"


# --- a file held open by another program -------------------------------------------------------


def _held_open(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Windows refuses to replace a file another program holds open: os.replace raises
    PermissionError (WinError 5 or 32) for that target."""
    real = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == target:
            raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used "
                                  "by another process", str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize(("writer", "program"), [("visit report", "pembaca PDF (Adobe Reader, browser)"),
                                                 ("excel", "Microsoft Excel")])
def test_a_document_open_in_another_program_keeps_its_old_content_and_says_who_holds_it(
        writer: str, program: str, office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    suffix, command = WRITERS[writer]
    target = tmp_path / f"laporan{suffix}"
    data, args = command(office, str(target))
    assert run(capsys, data, *args)[0] == 0
    old = target.read_bytes()
    _held_open(monkeypatch, target)
    code, _, err = run(capsys, data, *args)
    assert code == 3
    assert err == (f"perut: Berkas laporan{suffix} sedang dibuka di program lain, mungkin {program}: tutup berkas "
                   "itu di sana lalu coba lagi, atau simpan dengan nama lain. Berkas yang lama tidak diubah. Pilih tempat lain dengan --out.\n")
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # the new one is not left behind


def test_the_window_is_offered_another_name_by_the_errors_hint(
        office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window reads the same error: its hint asks for another output, its record names the file."""
    from perut_desktop.operations.replica import opened_replica
    from perut_desktop.reports import documents

    target = tmp_path / "daftar.pdf"
    shutil.copyfile(Path(__file__), target)
    _held_open(monkeypatch, target)
    with opened_replica(office.data) as replica, pytest.raises(InputRejected, match=r"^Berkas daftar\.pdf sedang "
                                                                 r"dibuka di program lain, mungkin pembaca PDF") as caught:
        documents.checklist_pdf(replica, "CON", target)
    assert caught.value.hint is Hint.CHOOSE_OTHER_OUTPUT and caught.value.record == str(target)
    assert target.read_bytes() == Path(__file__).read_bytes()


def test_the_enrolment_and_bundle_written_under_safe_names_still_work(office: Office) -> None:
    """The names changed nothing in the files: the laptop joined from its enrolment file."""
    state = json.loads(office.enrolment.read_text("utf-8"))
    assert state["officer_name"] == OFFICER
