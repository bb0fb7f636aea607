#!/usr/bin/env bash
# Build the program the office installs: one folder holding perut-gui (windowed) and perut
# (console), from perut.spec; then the size floor, a bare PySide6 window with a QtCharts
# chart frozen with the same exclusions (installer/bare.spec), and the size report.
#
#   bash scripts/build.sh            # -> dist/perut-<version>/ and dist/build-report.txt
#   PERUT_KEEP_ALL_QT=1 bash scripts/build.sh   # every Qt module kept: what the exclusion saves
#
# Fails when the folder is more than BUDGET (1.3) times the floor. On Windows run the same
# two PyInstaller commands in a shell with the project's virtualenv (docs/installing.md), then
# compile installer/perut.iss with Inno Setup. scripts/smoke_build.sh tries the result.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

source scripts/common.sh

BUDGET=${PERUT_SIZE_BUDGET:-1.3}
DIST=${PERUT_DIST:-dist}
WORK=${PERUT_BUILD_WORK:-build}

apt_install "${QT_PACKAGES[@]}" binutils xz-utils
ensure_venv '.[build]'

version=$("$VENV/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
start=$(date +%s)
say "building dist/perut-$version (PyInstaller, perut.spec)"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK/perut" perut.spec
say "building the size floor dist/bare (installer/bare.spec)"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK/bare" installer/bare.spec
built=$(date +%s)

"$VENV/bin/python" - "$DIST" "$version" "$BUDGET" "$((built - start))" <<'PY'
import os
import sys
import tarfile
from pathlib import Path

dist, version, budget, seconds = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
keep_all = os.environ.get("PERUT_KEEP_ALL_QT") == "1"


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def compressed(folder: Path) -> int:
    """The folder as a .tar.gz, in bytes (fast; Inno Setup's LZMA2 makes a smaller installer)."""
    out = dist / f"{folder.name}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    return out.stat().st_size


mb = lambda n: f"{n / 1e6:.1f} MB"  # noqa: E731
app, bare = dist / f"perut-{version}", dist / "bare"
a, b = size(app), size(bare)
ca, cb = compressed(app), compressed(bare)
ratio = a / b
lines = [
    f"PERUT {version}{' (every Qt module kept)' if keep_all else ''}: both builds in {seconds} s",
    f"{app}: {mb(a)} ({mb(ca)} as .tar.gz), {sum(1 for p in app.rglob('*') if p.is_file())} files",
    f"{bare} (QMainWindow + QtCharts, same exclusions): {mb(b)} ({mb(cb)} as .tar.gz)",
    f"ratio {ratio:.2f} (budget {budget}); compressed ratio {ca / cb:.2f}",
]
biggest = sorted(((p.stat().st_size, p) for p in app.rglob("*") if p.is_file() and not p.is_symlink()), reverse=True)[:8]
lines += ["largest files:"] + [f"  {mb(n):>9}  {p.relative_to(app)}" for n, p in biggest]
report = "\n".join(lines)
print(report)
(dist / "build-report.txt").write_text(report + "\n", encoding="utf-8")
if ratio > budget and not keep_all:
    sys.exit(f"error: the build is {ratio:.2f} times the bare Qt window ({mb(a)} against {mb(b)}), over the "
             f"budget of {budget}: {mb(a - budget * b)} too many (README.md says what is left)")
PY
