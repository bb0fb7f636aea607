"""``perut report …`` through the real entry point: the one-line summaries, the files read
back, the paper setting, and every bad input with its exit code and nothing written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.reports.test_pdf import image_count, page_dims, page_texts
from tests.test_cli import one_line_error, perut

A4_PORTRAIT = (595.3, 841.9)
F4_PORTRAIT = (609.4, 935.4)


@pytest.fixture(scope="module")
def demo(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the 1-year demo for the whole module: these commands only read it."""
    folder = tmp_path_factory.mktemp("cli-laporan") / "data"
    shutil.copytree(_demo_template, folder)
    return folder


@pytest.fixture(scope="module")
def demo_visits(demo: Path) -> dict[str, dict[str, str]]:
    """The newest demo visit of each status."""
    rows = json.loads(perut("visit", "list", "--json", data_dir=demo, check=True).stdout)
    newest: dict[str, dict[str, str]] = {}
    for row in rows:
        newest.setdefault(row["status"], row)
    return newest


def _summary(proc: object) -> str:
    lines = proc.stdout.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and proc.stderr == ""  # type: ignore[attr-defined]  # no progress off a terminal
    return lines[0]


def test_checklist_of_one_village(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "baru.pdf"
    line = _summary(perut("report", "checklist", "--village", "Baru", "--out", str(out), data_dir=demo, check=True))
    pages = len(PdfReader(out).pages)
    assert line == f"Daftar periksa Desa Baru ditulis ke {out} ({pages} halaman, kertas A4)."
    texts = page_texts(out)
    assert "Desa : Baru" in texts[0] and f"Halaman {pages} dari {pages}" in texts[-1]
    assert [p.name for p in tmp_path.iterdir()] == ["baru.pdf"]


def test_checklists_of_all_villages(demo: Path, tmp_path: Path) -> None:
    line = _summary(perut("report", "checklist", "--all", "--out", str(tmp_path), "--paper", "f4",
                          data_dir=demo, check=True))
    files = sorted(tmp_path.iterdir())
    assert len(files) == 23 and all(f.name.startswith("daftar-periksa-63.11.03.") for f in files)
    pages = sum(len(PdfReader(f).pages) for f in files)
    assert line == f"23 daftar periksa ditulis ke {tmp_path} ({pages} halaman, kertas F4)."
    assert page_dims(files[0])[0] == pytest.approx(F4_PORTRAIT[::-1], abs=0.1)  # landscape


def test_attendance_sheet(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "hadir.pdf"
    line = _summary(perut("report", "attendance-sheet", "--village", "sei pumpung", "--date", "2026-11-25",
                          "--paper", "F4", "--out", str(out), data_dir=demo, check=True))
    assert line.startswith(f"Daftar hadir Desa Sei Pumpung ditulis ke {out} (") and line.endswith("kertas F4).")
    texts = page_texts(out)
    assert "Rabu, 25 November 2026" in texts[0] and "Sei Pumpung, 25 November 2026" in texts[-1]
    assert all(d == pytest.approx(F4_PORTRAIT, abs=0.1) for d in page_dims(out))


def test_visit_reports(demo: Path, demo_visits: dict[str, dict[str, str]], tmp_path: Path) -> None:
    approved, draft = demo_visits["disetujui"], demo_visits["draf"]
    out = tmp_path / "laporan.pdf"
    line = _summary(perut("report", "visit", approved["id"], "--out", str(out), data_dir=demo, check=True))
    assert line.startswith(f"Laporan hasil pendampingan Desa {approved['village_name']} ")
    everything = " ".join(page_texts(out))
    assert approved["officer_name"] in everything and "Camat Awayan" in everything
    assert "DRAF" not in everything
    assert all(d == pytest.approx(A4_PORTRAIT, abs=0.1) for d in page_dims(out))
    perut("report", "visit", draft["id"], "--out", str(out), data_dir=demo, check=True)
    assert all("DRAF" in text for text in page_texts(out))


def test_settings_choose_the_paper_and_the_logo(master_dir: Path, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (100, 120), (10, 80, 30)).save(logo)
    line = _summary(perut("report", "settings", "--paper", "F4", "--logo", str(logo), data_dir=master_dir,
                          check=True))
    assert line.startswith("Pengaturan cetak: kertas F4; logo kop surat: ") and "kop-surat" in line
    settings = json.loads(perut("report", "settings", "--json", data_dir=master_dir, check=True).stdout)
    assert settings["paper"] == "F4" and Path(settings["logo"]).parent == master_dir / "kop-surat"
    out = tmp_path / "awayan.pdf"
    assert "kertas F4" in _summary(perut("report", "checklist", "--village", "Awayan", "--out", str(out),
                                         data_dir=master_dir, check=True))
    assert image_count(out, 0) == 1
    assert _summary(perut("report", "settings", "--no-logo", "--paper", "a4", data_dir=master_dir, check=True)) \
        == "Pengaturan cetak: kertas A4; logo kop surat: tidak ada."


@pytest.mark.parametrize(("args", "code", "message"), [
    (("checklist", "--village", "Atlantis", "--out", "{tmp}/x.pdf"), 3, "Desa 'Atlantis' tidak dikenal"),
    (("attendance-sheet", "--village", "Atlantis", "--out", "{tmp}/x.pdf"), 3, "Desa 'Atlantis' tidak dikenal"),
    (("visit", "00000000-0000-0000-0000-000000000000", "--out", "{tmp}/x.pdf"), 3, "tidak ditemukan"),
    (("attendance-sheet", "--village", "Baru", "--date", "2026-02-30", "--out", "{tmp}/x.pdf"), 2,
     "'2026-02-30' tidak valid"),
    (("checklist", "--village", "Baru", "--out", "{tmp}/tidak-ada/x.pdf"), 3, "tidak-ada tidak ada"),
    (("attendance-sheet", "--village", "Baru", "--out", "{tmp}/tidak-ada/x.pdf"), 3, "tidak-ada tidak ada"),
    (("visit", "{visit}", "--out", "{tmp}/tidak-ada/x.pdf"), 3, "tidak-ada tidak ada"),
    (("checklist", "--all", "--out", "{tmp}/tidak-ada"), 3, "tidak-ada tidak ada"),
    (("checklist", "--village", "Baru", "--out", "{tmp}"), 3, "adalah folder"),
    (("checklist", "--village", "Baru", "--out", "{tmp}/x.docx"), 2, "berakhiran .pdf"),
    (("checklist", "--village", "Baru", "--paper", "Letter", "--out", "{tmp}/x.pdf"), 2, "A4 atau F4"),
    (("checklist", "--village", "Baru", "--all", "--out", "{tmp}"), 2, "kesalahan penggunaan"),
])
def test_bad_input(demo: Path, demo_visits: dict[str, dict[str, str]], tmp_path: Path,
                   args: tuple[str, ...], code: int, message: str) -> None:
    visit = demo_visits["disetujui"]["id"]
    proc = perut("report", *(a.format(tmp=tmp_path, visit=visit) for a in args), data_dir=demo)
    assert proc.returncode == code, proc.stderr
    assert message in one_line_error(proc)
    assert list(tmp_path.iterdir()) == []  # nothing written, not even a temporary file


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder no one may write to")
@pytest.mark.parametrize("args", [
    ("report", "checklist", "--village", "Baru", "--out", "/proc/perut-uji.pdf"),
    ("report", "attendance-sheet", "--village", "Baru", "--out", "/proc/perut-uji.pdf"),
    ("report", "visit", "{visit}", "--out", "/proc/perut-uji.pdf"),
    ("report", "checklist", "--all", "--out", "/proc"),
    ("export", "excel", "--out", "/proc/perut-uji.xlsx"),
])
def test_unwritable_output_is_refused_in_indonesian(demo: Path, demo_visits: dict[str, dict[str, str]],
                                                    args: tuple[str, ...]) -> None:
    # /proc refuses new files even to root, so this holds whoever runs the tests.
    visit = demo_visits["disetujui"]["id"]
    proc = perut(*(a.format(visit=visit) for a in args), data_dir=demo)
    assert proc.returncode == 3, proc.stderr
    line = one_line_error(proc)
    assert "tidak dapat ditulis" in line and "/proc" in line
    assert "No such file" not in line and "Permission denied" not in line  # said in Indonesian


def test_write_errors_are_explained_in_indonesian() -> None:
    import errno

    from perut_desktop.cli.hints import render
    from perut_desktop.errors import Hint
    from perut_desktop.reports.output import cannot_write

    denied = cannot_write(Path("rekap.xlsx"), PermissionError(errno.EACCES, "Permission denied"), app="Excel")
    assert str(denied) == ("Berkas rekap.xlsx tidak dapat ditulis: tidak ada izin menulis di sana (tutup dulu "
                           "berkas itu bila sedang dibuka di Excel).")
    assert denied.hint is Hint.CHOOSE_OTHER_OUTPUT
    assert render(denied).endswith("di Excel). Pilih tempat lain dengan --out.")
    full = cannot_write(Path("a.pdf"), OSError(errno.ENOSPC, "No space left on device"))
    assert "ruang penyimpanan penuh" in str(full) and "No space" not in str(full)
    broken = cannot_write(Path("a.pdf"), OSError(errno.EIO, "Input/output error"))
    assert "media penyimpanan bermasalah" in str(broken)
    odd = cannot_write(Path("a.pdf"), OSError(errno.ETXTBSY, "Text file busy"))
    assert "Text file busy" in str(odd)  # unknown: the system's words rather than nothing
