"""``perut export excel`` and ``perut import officials`` through the real entry point:
the officials round trip, the preview, exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from perut_desktop.reports import excel
from perut_desktop.services.officials_import import FIELD_LABELS
from tests.test_cli import one_line_error, perut

TO = "2026-11-20"  # the demo's "today"


def _export(d: Path, out: Path, *extra: str) -> str:
    proc = perut("export", "excel", "--out", str(out), "--to", TO, *extra, data_dir=d, check=True)
    assert proc.stderr == ""  # no progress line when stderr is not a terminal
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Rekap Excel")
    return lines[0]


def _officials(d: Path) -> dict[str, dict[str, object]]:
    rows = json.loads(perut("official", "list", "--json", data_dir=d, check=True).stdout)
    return {r["id"]: r for r in rows}


def _fingerprint(d: Path) -> str:
    return perut("fingerprint", data_dir=d, check=True).stdout.strip()


def _column(ws: object, header_row: int, field: str) -> int:
    return next(c.column for c in ws[header_row] if c.value == FIELD_LABELS[field])  # type: ignore[index]


def test_export_edit_import_round_trip(demo_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "keluaran"
    folder.mkdir()
    out = folder / "rekap.xlsx"
    summary = _export(demo_dir, out)
    assert "23 desa" in summary and "aparatur desa" in summary
    assert [p.name for p in folder.iterdir()] == ["rekap.xlsx"]  # the temporary file is gone
    before = _officials(demo_dir)

    wb = load_workbook(out)
    ws = wb[excel.SHEET_OFFICIALS]
    header = next(r for r in range(1, 20) if ws.cell(row=r, column=1).value == FIELD_LABELS["id"])
    cols = {f: _column(ws, header, f) for f in FIELD_LABELS}
    edited_row = header + 3
    edited_id = ws.cell(row=edited_row, column=cols["id"]).value
    ws.cell(row=edited_row, column=cols["name"]).value = "Nama Sudah Diperbaiki"
    new = ws.max_row + 1
    for field, value in (("village_code", "63.11.03.2007"), ("village_name", "Awayan"), ("name", "Rina Maulida"),
                         ("position", "Kaur Perencanaan"), ("gender", "P"), ("phone", "081350001111")):
        ws.cell(row=new, column=cols[field]).value = value
    edited = tmp_path / "aparatur.xlsx"
    wb.save(edited)

    fp = _fingerprint(demo_dir)
    preview = perut("import", "officials", str(edited), data_dir=demo_dir, check=True).stdout
    assert "1 ditambah, 1 diubah" in preview and "0 ditolak" in preview
    assert "Nama Sudah Diperbaiki" in preview and "Rina Maulida" in preview
    assert "Belum ada yang disimpan" in preview and "--yes" in preview
    assert _fingerprint(demo_dir) == fp  # a preview changes nothing

    applied = perut("import", "officials", str(edited), "--yes", data_dir=demo_dir, check=True).stdout
    assert "Tersimpan: 1 aparatur ditambah, 1 diperbarui" in applied
    after = _officials(demo_dir)
    assert after[edited_id]["name"] == "Nama Sudah Diperbaiki"
    added = [o for i, o in after.items() if i not in before]
    assert len(added) == 1 and added[0]["village_name"] == "Awayan" and added[0]["phone"] == "081350001111"
    assert len(after) == len(before) + 1

    again = perut("import", "officials", str(edited), data_dir=demo_dir, check=True).stdout
    assert "0 ditambah, 0 diubah" in again and "Tidak ada yang perlu diubah" in again
    data = json.loads(perut("import", "officials", str(edited), "--json", data_dir=demo_dir, check=True).stdout)
    assert data["rows"] == [] and data["counts"]["tetap"] == len(after)


def test_wrong_layout_and_bad_files_change_nothing(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "rekap.xlsx"
    _export(demo_dir, out, "--village", "Awayan")
    fp = _fingerprint(demo_dir)

    wb = load_workbook(out)
    ws = wb[excel.SHEET_OFFICIALS]
    header = next(r for r in range(1, 20) if ws.cell(row=r, column=1).value == FIELD_LABELS["id"])
    ws.cell(row=header, column=_column(ws, header, "position")).value = "Kedudukan"
    ws.cell(row=header + 1, column=_column(ws, header, "name")).value = "Tidak Boleh Masuk"
    bad = tmp_path / "salah.xlsx"
    wb.save(bad)
    proc = perut("import", "officials", str(bad), "--yes", data_dir=demo_dir)
    assert proc.returncode == 3 and "tidak memiliki kolom: Jabatan" in one_line_error(proc)

    text = tmp_path / "bukan.xlsx"
    text.write_text("Nama,Jabatan\n", encoding="utf-8")
    proc = perut("import", "officials", str(text), "--yes", data_dir=demo_dir)
    assert proc.returncode == 3 and "bukan buku kerja Excel" in one_line_error(proc)

    wb = load_workbook(out)
    ws = wb[excel.SHEET_OFFICIALS]
    ws.cell(row=header + 1, column=_column(ws, header, "gender")).value = "X"
    ws.cell(row=header + 2, column=_column(ws, header, "name")).value = "Ganti Nama"
    rejected = tmp_path / "ditolak.xlsx"
    wb.save(rejected)
    proc = perut("import", "officials", str(rejected), "--yes", data_dir=demo_dir)
    assert proc.returncode == 3 and "1 baris ditolak" in one_line_error(proc)
    assert "L/P 'X' tidak dikenal" in proc.stdout
    assert _fingerprint(demo_dir) == fp


def test_export_usage_and_input_errors(demo_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "keluaran"
    (folder / "folder.xlsx").mkdir(parents=True)
    out = str(folder / "r.xlsx")
    cases = [
        (("--from", "2026-13-45"), 2, "tidak valid"),
        (("--from", "2026-11-01", "--to", "2026-10-01"), 2, "sesudah"),
        (("--village", "Atlantis"), 3, "tidak dikenal"),
    ]
    for extra, code, text in cases:
        proc = perut("export", "excel", "--out", out, *extra, data_dir=demo_dir)
        assert proc.returncode == code and text in one_line_error(proc), (extra, proc.stderr)
    for target, code in ((folder / "tidak-ada" / "r.xlsx", 3), (folder / "folder.xlsx", 3), (folder / "r.csv", 2)):
        proc = perut("export", "excel", "--out", str(target), "--to", TO, data_dir=demo_dir)
        assert proc.returncode == code, (target, proc.stderr)
        one_line_error(proc)
    assert [p.name for p in folder.iterdir()] == ["folder.xlsx"]


def test_import_refused_on_a_field_laptop(master_dir: Path, tmp_path: Path) -> None:
    perut("officer", "add", "--name", "Rahmadi", "--villages", "Awayan", data_dir=master_dir, check=True)
    enrolment = tmp_path / "daftar.perut-enroll"
    perut("enroll", "--officer", "Rahmadi", "--out", str(enrolment), data_dir=master_dir, check=True)
    field = tmp_path / "laptop"
    perut("init", "--role", "field", "--enrollment", str(enrolment), data_dir=field, check=True)
    proc = perut("import", "officials", str(tmp_path / "apa-saja.xlsx"), data_dir=field)
    assert proc.returncode == 4 and "replika master" in one_line_error(proc)
