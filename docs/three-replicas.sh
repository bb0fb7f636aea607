#!/usr/bin/env bash
# The kantor kecamatan (master) and two pendamping laptops, each in its own data folder,
# driven only through `perut`: enrol, work offline, exchange bundle files, converge.
#
#   bash docs/three-replicas.sh [WORKDIR]
#
# Prints the three fingerprints at the end; they are equal. Uses `perut` from .venv when
# present (bash scripts/start.sh or scripts/test.sh creates it), else from PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PERUT=$(command -v .venv/bin/perut || command -v perut) || { echo "perut not found" >&2; exit 1; }
W=${1:-$(mktemp -d -t perut-three-XXXX)}
mkdir -p "$W"
p() { local who=$1; shift; "$PERUT" --data-dir "$W/$who" "$@"; }

echo "== kantor kecamatan: master replica, officers, a village official"
p master init --role master --kecamatan Awayan
p master officer add --name "Rahmadi, S.AP." --villages "Awayan,Tundi"
p master officer add --name "Siti Rahmah" --villages "Baru,Badalungga"
p master official add --village Awayan --name "Hendra Saputra" --position "Kepala Desa"
official=$(p master official list --json | "$(dirname "$PERUT")/python" -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

echo "== enrolment at the office: file, laptop's code, laptop's first bundle held, code confirmed, first data"
for who in a b; do
    officer=$([[ $who == a ]] && echo Rahmadi || echo Siti)
    p master enroll --officer "$officer" --out "$W/$who.perut-enroll"
    p "$who" init --role field --enrollment "$W/$who.perut-enroll"
    code=$(p "$who" device code --json | "$(dirname "$PERUT")/python" -c 'import json,sys; print(json.load(sys.stdin)["code"])')
    device=$(p "$who" device code --json | "$(dirname "$PERUT")/python" -c 'import json,sys; print(json.load(sys.stdin)["device_id"])')
    p "$who" sync export --out "$W/hello-$who.perut"
    # held until the code the laptop shows is typed at the office: exit 4, nothing applied
    status=0; p master sync import "$W/hello-$who.perut" || status=$?
    [[ $status == 4 ]] || { echo "expected the first bundle to be held (exit 4), got $status" >&2; exit 1; }
    p master device confirm "$device" "$code"
    p master sync export --to "$device" --out "$W/first-$who.perut"
    p "$who" sync import "$W/first-$who.perut"
done

echo "== offline work on both laptops and at the office (the same field twice: a conflict)"
p a dev simulate --ops 20 --seed 1
p b dev simulate --ops 20 --seed 2
p a official edit "$official" --phone 0811-1111
p b official edit "$official" --phone 0811-2222
p master official edit "$official" --position "Kepala Desa Definitif"

echo "== two rounds of exchanges: laptops -> master, master -> laptops"
n=0
for round in 1 2; do
    for who in a b; do
        n=$((n + 1)); p "$who" sync export --out "$W/$who-$n.perut"; p master sync import "$W/$who-$n.perut"
    done
    for who in a b; do
        officer=$([[ $who == a ]] && echo Rahmadi || echo Siti)
        n=$((n + 1)); p master sync export --to "$officer" --out "$W/m-$who-$n.perut"; p "$who" sync import "$W/m-$who-$n.perut"
    done
done

echo "== result"
p master conflicts list
for who in master a b; do printf '%-7s %s\n' "$who" "$(p "$who" fingerprint)"; done
echo "(data folders and bundles in $W)"
