#!/usr/bin/env bash
# Install and start PERUT Desktop on a fresh Debian 12 (or Ubuntu) machine with Python 3.11:
#
#   bash scripts/start.sh [perut-gui options, e.g. --lang en --data-dir DIR]
#
# 1. installs the system libraries Qt needs to show a window (apt-get; as root directly,
#    otherwise through sudo; skipped when they are all present);
# 2. creates .venv (python3 -m venv) and installs the application into it (pip install -e .);
# 3. when the data folder (--data-dir, else PERUT_DATA_DIR, else the default) holds no
#    replica yet, creates a demonstration one: perut init --role master --kecamatan
#    Awayan, then perut demo --years 1;
# 4. starts perut-gui.
# Running it again skips what is already done. PYTHON=/path/to/python3.11 picks another Python.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

source scripts/common.sh

# The data folder perut-gui will open: --data-dir from the arguments, else PERUT_DATA_DIR.
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    case ${args[i]} in
        --data-dir) if ((i + 1 < ${#args[@]})); then export PERUT_DATA_DIR=${args[i + 1]}; fi ;;
        --data-dir=*) export PERUT_DATA_DIR=${args[i]#--data-dir=} ;;
    esac
done

apt_install "${QT_PACKAGES[@]}"
ensure_venv .

data_dir=$("$VENV/bin/python" -c 'from perut_desktop.db import resolve_data_dir; print(resolve_data_dir())')
if ! "$VENV/bin/python" -c 'import sys; from perut_desktop.db import is_initialised, resolve_data_dir; sys.exit(0 if is_initialised(resolve_data_dir()) else 1)'; then
    say "no PERUT data in $data_dir yet: creating a master replica with a year of demonstration visits (about a minute)"
    "$VENV/bin/perut" init --role master --kecamatan Awayan
    "$VENV/bin/perut" demo --years 1
fi

if [[ $(uname -s) == Linux && -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    say "warning: no graphical display found (DISPLAY/WAYLAND_DISPLAY unset); the window may not open"
fi
say "starting perut-gui (data folder: $data_dir)"
exec "$VENV/bin/perut-gui" "$@"
