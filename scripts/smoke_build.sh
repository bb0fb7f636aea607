#!/usr/bin/env bash
# Try the built program as a laptop without Python would run it: the programs of
# dist/perut-<version>/ in a clean environment (no virtualenv on PATH, no PYTHONPATH, a fresh
# HOME), through the first run, a master replica with a one-year demo, the checklists of all
# villages and the dashboard; then what uses the libraries the build trims: a laptop enrolled
# and a bundle each way (the keys and ciphers of sync/), an encrypted backup restored (scrypt),
# a JPEG logo turned upright into a PDF and a PNG one, the scan of a signed report attached
# (Pillow), the Excel recap. Every step must exit 0; the screenshots must not be blank, the
# PDFs readable, the logos in them upright, the restored replica the same as the office's.
#
#   bash scripts/build.sh && bash scripts/smoke_build.sh [BUILD_FOLDER]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
BUILD=$(cd "${1:-dist/perut-$version}" && pwd)
[[ -x $BUILD/perut && -x $BUILD/perut-gui ]] || { echo "error: no built program in $BUILD (run scripts/build.sh)" >&2; exit 1; }
TMP=$(mktemp -d -t perut-smoke-XXXXXX)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/home" "$TMP/pdf"

# The clean environment: what a fresh session on the laptop has, plus Qt's offscreen platform.
clean() {
    env -i HOME="$TMP/home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        TZ=Asia/Makassar "$@"
}
step() {
    local t0=$SECONDS
    printf '+ %s\n' "${*#"$BUILD/"}"
    clean "$@"
    printf '  ok (%d s)\n' $((SECONDS - t0))
}

start=$SECONDS
got=$(clean "$BUILD/perut" --version)
[[ $got == "perut $version" ]] || { echo "error: perut --version says '$got', the build is $version" >&2; exit 1; }
echo "+ perut --version: $got"
step "$BUILD/perut-gui" --data-dir "$TMP/baru" --screenshot "$TMP/shot.png" --page mulai
step "$BUILD/perut" --data-dir "$TMP/kantor" init --role master --kecamatan Awayan
step "$BUILD/perut" --data-dir "$TMP/kantor" demo --years 1 --today 2026-11-20
step "$BUILD/perut" --data-dir "$TMP/kantor" report checklist --all --out "$TMP/pdf"
step "$BUILD/perut-gui" --data-dir "$TMP/kantor" --screenshot "$TMP/shot2.png" --page dasbor

# The checks run outside the clean environment (they need Pillow and pypdf, not the build).
PY=$ROOT/.venv/bin/python
[[ -x $PY ]] || PY=python3
# pick EXPR: EXPR evaluated on the JSON read from stdin (as `rows`), printed.
pick() { "$PY" -c "import json, sys; rows = json.load(sys.stdin); print($1)"; }
perut() { clean "$BUILD/perut" "$@"; }

# A laptop enrolled at the office, a bundle each way: X25519, Ed25519, HKDF, ChaCha20-Poly1305.
officer=$(perut --data-dir "$TMP/kantor" officer list --json | pick 'rows[0]["name"]')
step "$BUILD/perut" --data-dir "$TMP/kantor" enroll --officer "$officer" --out "$TMP/laptop.perut-enroll"
device=$(perut --data-dir "$TMP/kantor" device pending --json | pick 'rows[0]["device_id"]')
step "$BUILD/perut" --data-dir "$TMP/laptop" init --role field --enrollment "$TMP/laptop.perut-enroll"
step "$BUILD/perut" --data-dir "$TMP/laptop" sync export --out "$TMP/hello.perut"
echo "+ perut --data-dir kantor sync import hello.perut (held until the code is typed: exit 4)"
set +e; perut --data-dir "$TMP/kantor" sync import "$TMP/hello.perut" >/dev/null; held=$?; set -e
[[ $held == 4 ]] || { echo "error: the laptop's first bundle was not held (exit $held)" >&2; exit 1; }
code=$(perut --data-dir "$TMP/laptop" device code --json | pick 'rows["code"]')
step "$BUILD/perut" --data-dir "$TMP/kantor" device confirm "$device" "$code"
step "$BUILD/perut" --data-dir "$TMP/kantor" sync export --to "$device" --out "$TMP/first.perut"
step "$BUILD/perut" --data-dir "$TMP/laptop" sync import "$TMP/first.perut"
# An encrypted backup (scrypt) restored into an empty folder holds the office's data.
printf 'kantor camat awayan balangan\n' >"$TMP/sandi.txt"
step "$BUILD/perut" --data-dir "$TMP/kantor" backup --out "$TMP/kantor.perut-backup" --passphrase-file "$TMP/sandi.txt"
step "$BUILD/perut" --data-dir "$TMP/pulih" restore "$TMP/kantor.perut-backup" --passphrase-file "$TMP/sandi.txt"
[[ $(perut --data-dir "$TMP/pulih" fingerprint) == $(perut --data-dir "$TMP/kantor" fingerprint) ]] \
    || { echo "error: the restored replica differs from the office's" >&2; exit 1; }
# Pillow: a camera JPEG lying on its side (EXIF orientation 6) as the letterhead logo, then a
# PNG one; the scan of a signed report attached to an approved visit.
"$PY" - "$TMP" <<'IMAGES'
import sys
from pathlib import Path

from PIL import Image

tmp = Path(sys.argv[1])
img = Image.new("RGB", (300, 200), "white")
img.paste((200, 30, 30), (0, 0, 150, 200))
exif = Image.Exif()
exif[0x0112] = 6  # shown turned 90 degrees: 200 wide, 300 high
img.save(tmp / "logo.jpg", "JPEG", exif=exif)
img.save(tmp / "logo.png", "PNG")
img.save(tmp / "pindaian.jpg", "JPEG", quality=90)
IMAGES
step "$BUILD/perut" --data-dir "$TMP/kantor" report settings --logo "$TMP/logo.jpg"
village=$(perut --data-dir "$TMP/kantor" village list --json | pick 'rows[0]["name"]')
step "$BUILD/perut" --data-dir "$TMP/kantor" report checklist --village "$village" --out "$TMP/logo-jpeg.pdf"
step "$BUILD/perut" --data-dir "$TMP/kantor" report settings --logo "$TMP/logo.png"
step "$BUILD/perut" --data-dir "$TMP/kantor" report checklist --village "$village" --out "$TMP/logo-png.pdf"
visit=$(perut --data-dir "$TMP/kantor" visit list --status disetujui --json | pick 'rows[0]["id"]')
staff=$(perut --data-dir "$TMP/kantor" user list --json | pick 'rows[0]["name"]')
step "$BUILD/perut" --data-dir "$TMP/kantor" visit attach-signed "$visit" "$TMP/pindaian.jpg" --as "$staff"
perut --data-dir "$TMP/kantor" visit show "$visit" --json >"$TMP/visit.json"
step "$BUILD/perut" --data-dir "$TMP/kantor" export excel --out "$TMP/rekap.xlsx"

"$PY" - "$TMP" <<'CHECK'
import json
import sys
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

tmp = Path(sys.argv[1])
for shot in ("shot.png", "shot2.png"):
    with Image.open(tmp / shot) as img:
        colours = img.convert("RGB").resize((200, 120)).getcolors(maxcolors=1 << 16) or []
        assert len(colours) >= 20, f"{shot} looks blank ({len(colours)} colours)"
        print(f"{shot}: {img.width}x{img.height}, {len(colours)} colours")
pdfs = sorted((tmp / "pdf").glob("*.pdf"))
assert len(pdfs) == 23, f"{len(pdfs)} checklists instead of 23"
for pdf in pdfs:
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "DAFTAR PERIKSA" in text.upper(), f"{pdf.name} has no readable checklist"
print(f"{len(pdfs)} PDFs readable, e.g. {pdfs[0].name}")
for name, size in (("logo-jpeg.pdf", (200, 300)), ("logo-png.pdf", (300, 200))):
    sizes = [image.image.size for image in PdfReader(tmp / name).pages[0].images]
    assert size in sizes, f"{name}: no {size[0]}x{size[1]} logo among the images {sizes}"
print("logos: the JPEG one upright, the PNG one as drawn")
scan = [a for a in json.loads((tmp / "visit.json").read_text("utf-8"))["attachments"] if a["filename"] == "pindaian.jpg"]
assert scan and scan[0]["size"] == (tmp / "pindaian.jpg").stat().st_size, f"the attached scan: {scan}"
assert (tmp / "rekap.xlsx").stat().st_size > 10_000, "the Excel recap is empty"
print("scan attached, Excel recap written")
CHECK
if [[ -n ${PERUT_SMOKE_KEEP:-} ]]; then cp "$TMP"/shot*.png "$PERUT_SMOKE_KEEP"/; fi
echo "smoke test passed in $((SECONDS - start)) s"
