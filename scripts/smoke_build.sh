#!/usr/bin/env bash
# Try the built program as a laptop without Python would run it: the programs of
# dist/perut-<version>/ in a clean environment (no virtualenv on PATH, no PYTHONPATH, a fresh
# HOME), through the first run, a master replica with a one-year demo, the checklists of all
# villages and the dashboard. Every step must exit 0; the screenshots must not be blank and
# the PDFs must be readable.
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
"$PY" - "$TMP" <<'CHECK'
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
CHECK
if [[ -n ${PERUT_SMOKE_KEEP:-} ]]; then cp "$TMP"/shot*.png "$PERUT_SMOKE_KEEP"/; fi
echo "smoke test passed in $((SECONDS - start)) s"
