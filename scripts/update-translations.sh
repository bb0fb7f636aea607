#!/usr/bin/env bash
# Refresh the GUI's translation: extract the English source strings of perut_desktop/ui
# into resources/translations/perut_id.ts (pyside6-lupdate), then compile perut_id.qm
# (pyside6-lrelease). Translate new entries in between with pyside6-linguist.
#
#   bash scripts/update-translations.sh          # update .ts and compile .qm
#   bash scripts/update-translations.sh --check  # fail if any entry is unfinished
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

tool() {
    if [[ -x ".venv/bin/$1" ]]; then echo ".venv/bin/$1"
    elif command -v "$1" >/dev/null 2>&1; then command -v "$1"
    else echo "error: $1 not found; run scripts/test.sh (or pip install -e .) first" >&2; exit 1
    fi
}
LUPDATE=$(tool pyside6-lupdate)
LRELEASE=$(tool pyside6-lrelease)

TS=resources/translations/perut_id.ts
QM=resources/translations/perut_id.qm
mkdir -p "$(dirname "$TS")"

# lupdate does not pick .py files out of a directory scan, so list them.
mapfile -t SOURCES < <(find perut_desktop/ui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
"$LUPDATE" "${SOURCES[@]}" -ts "$TS" -no-obsolete -locations relative \
    -source-language en -target-language id

if [[ "${1:-}" == "--check" ]]; then
    "$LRELEASE" -fail-on-unfinished "$TS" -qm "$QM"
else
    "$LRELEASE" "$TS" -qm "$QM"
fi
