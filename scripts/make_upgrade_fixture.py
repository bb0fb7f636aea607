"""Make the upgrade fixture: a replica written by this release, kept for every later one.

    python scripts/make_upgrade_fixture.py

Writes ``tests/fixtures/replica-<version>.tar.xz`` (the data folder: database, keys,
attachment store) and ``replica-<version>.json`` (what it holds: rows and ids per table,
every stored file with its SHA-256). tests/test_upgrade.py opens a copy with the current
code and expects to find all of it. Run it once per release that changes the schema; never
regenerate a committed fixture (a later release would then test against itself).

The replica is made through the ``perut`` command, as an office would: a master with a
one-year demo, scans of signed reports attached to approved visits, and an enrolled laptop.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TODAY = "2026-11-20"


def perut(data_dir: Path, *args: str) -> str:
    code = "import sys; from perut_desktop.cli.main import main; sys.exit(main())"
    done = subprocess.run([sys.executable, "-c", code, "--data-dir", str(data_dir), *args],
                          check=True, capture_output=True, text=True)
    return done.stdout


def _tiny_jpeg() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (120, 80), "white")
    ImageDraw.Draw(img).rectangle((10, 10, 110, 70), outline="black", width=3)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def _tiny_pdf(title: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=1)
    c.setTitle(title)
    c.drawString(72, 720, title)
    c.save()
    return buf.getvalue()


def describe(data_dir: Path) -> dict[str, object]:
    """What a replica holds: per table its rows and a digest of its ids; every stored file.
    tests/test_upgrade.py computes the same from the upgraded copy."""
    conn = sqlite3.connect(data_dir / "perut.sqlite")
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        rows = {}
        for name in tables:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            key = "id" if "id" in cols else cols[0]
            ids = sorted(str(r[0]) for r in conn.execute(f'SELECT "{key}" FROM "{name}"'))
            rows[name] = {"rows": len(ids), "ids_sha256": hashlib.sha256("\n".join(ids).encode()).hexdigest()}
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    files = {
        str(p.relative_to(data_dir).as_posix()): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p.parts[len(data_dir.parts)] in ("attachments", "keys")
    }
    return {"schema_revision": revision, "tables": rows, "files": files}


def main() -> int:
    from perut_desktop import __version__

    archive = FIXTURES / f"replica-{__version__}.tar.xz"
    manifest = archive.with_name(f"replica-{__version__}.json")
    if archive.exists():
        print(f"{archive} exists: a committed fixture is never regenerated.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data = work / "data"
        perut(data, "init", "--role", "master", "--kecamatan", "Awayan")
        perut(data, "demo", "--years", "1", "--seed", "11", "--today", TODAY)
        users = json.loads(perut(data, "user", "list", "--json"))
        camat = next(u for u in users if u["title"] == "Camat")
        visits = json.loads(perut(data, "visit", "list", "--status", "disetujui", "--json"))
        (work / "scan.jpg").write_bytes(_tiny_jpeg())
        for n, visit in enumerate(visits[:3]):
            scan = work / (f"laporan-{n}.pdf" if n else "scan.jpg")
            if n:
                scan.write_bytes(_tiny_pdf(f"Laporan bertanda tangan {visit['id']}"))
            perut(data, "visit", "attach-signed", visit["id"], str(scan), "--as", camat["id"])
        officers = json.loads(perut(data, "officer", "list", "--json"))
        perut(data, "enroll", "--officer", officers[0]["name"], "--out", str(work / "laptop.perut-enroll"))
        conn = sqlite3.connect(data / "perut.sqlite")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.close()
        for leftover in ("perut.sqlite-wal", "perut.sqlite-shm"):
            (data / leftover).unlink(missing_ok=True)
        description = {"app_version": __version__, "made_on": TODAY, **describe(data)}
        FIXTURES.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, "w:xz", preset=9) as tar:
            for path in sorted(data.rglob("*")):
                info = tar.gettarinfo(str(path), arcname=str(path.relative_to(data).as_posix()))
                info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
                if path.is_file():
                    with path.open("rb") as fh:
                        tar.addfile(info, fh)
                else:
                    tar.addfile(info)
        manifest.write_text(json.dumps(description, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.2f} MB; {manifest.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
