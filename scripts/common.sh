#!/usr/bin/env bash
# Shared by scripts/start.sh and scripts/test.sh (sourced, not run): the system packages Qt
# needs, and the helpers that install them and the virtualenv.

PYTHON=${PYTHON:-python3}
VENV=.venv
export DEBIAN_FRONTEND=noninteractive
# What Qt 6's QtGui and platform plugins load (checked with ldd on PySide6 6.x).
QT_PACKAGES=(
    libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
    libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0
    libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0
    libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
    libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
)

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# apt_install PKG...: install the packages that are not installed yet.
apt_install() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        say "no apt-get here; make sure these (or your system's equivalents) are installed: ${missing[*]}"
        return 0
    fi
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "installing ${missing[*]} needs root: run as root or install sudo"
        sudo=(sudo)
    fi
    say "installing system packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# ensure_venv SPEC: .venv with the project installed (editable), reinstalled only when
# pyproject.toml or the requested extras change.
ensure_venv() {
    local spec=$1
    command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found; install Python 3.11 (apt-get install python3)"
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || die "PERUT needs Python 3.11 or newer; $PYTHON is $("$PYTHON" -V 2>&1)"
    if [[ ! -x $VENV/bin/python ]] || ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        # Debian ships ensurepip (which venv needs) in python3-venv.
        "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || apt_install python3-venv
        say "creating $VENV"
        "$PYTHON" -m venv --clear "$VENV"
    fi
    local stamp=$VENV/.perut-installed
    local want
    want="$spec $(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [[ ! -f $stamp ]] || ! grep -qxF "$want" "$stamp"; then
        say "installing PERUT Desktop into $VENV (pip install -e '$spec')"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$spec"
        printf '%s\n' "$want" >>"$stamp"
    fi
}

