#!/usr/bin/env bash
# Install what the tests need and run the whole test suite:
#
#   bash scripts/test.sh [pytest arguments, e.g. tests/ui -x]
#
# Works non-interactively as root with no display (CI): installs poppler-utils and the
# libraries Qt loads (offscreen included) with apt-get, creates .venv, installs the project
# with its test extras (pip install -e '.[test]'), then runs pytest with Qt offscreen.
# pytest's exit code is this script's exit code (5, "no tests collected", included).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

source scripts/common.sh

# pdftotext and friends, used to check generated PDFs.
TEST_PACKAGES=(poppler-utils)

apt_install "${TEST_PACKAGES[@]}" "${QT_PACKAGES[@]}"
ensure_venv '.[test]'

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
say "running the tests"
exec "$VENV/bin/python" -m pytest "$@"
