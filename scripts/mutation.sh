#!/usr/bin/env bash
# Mutation testing of the modules that carry the rules (mutmut 3, docs/testing.md):
#
#   bash scripts/mutation.sh                 # every module of the table below
#   bash scripts/mutation.sh workflow recap  # some: a path, or any part of one
#   MUTANTS='_check_event _stale' bash scripts/mutation.sh ownership_check
#                                            # only the mutants of those functions (fnmatch
#                                            # patterns, e.g. '_History*'), when the whole
#                                            # module would take too long
#
# Each module is mutated alone and its mutants run against the tests of its own area only
# (not the whole suite), in a scratch folder mutants/<module>/ (git-ignored, wiped first so
# every run starts clean). The summary table in docs/testing.md, between the markers, gets one
# row per module run (rows of modules not run are kept). Survivors are listed at the end;
# look at one with `cd mutants/<module> && ../../.venv/bin/mutmut show NAME`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# module -> the tests of its area. One line per module; add a module by adding a line.
MODULES=(
    "perut_desktop/services/workflow.py                  tests/services/test_workflow.py tests/services/test_approval.py"
    "perut_desktop/services/approval.py                  tests/services/test_approval.py tests/services/test_workflow.py"
    "perut_desktop/services/review.py                    tests/services/test_approval.py tests/services/test_workflow.py"
    "perut_desktop/services/scores.py                    tests/services/test_scores.py"
    "perut_desktop/services/recap.py                     tests/services/test_recap.py"
    "perut_desktop/services/attachments_store.py         tests/services/test_attachments.py tests/services/test_visits.py"
    "perut_desktop/services/visits.py                    tests/services/test_visits.py tests/services/test_visit_editor.py"
    "perut_desktop/services/common.py                    tests/services/test_report_data.py tests/services/test_visits.py"
    "perut_desktop/services/compliance/perdes_rules.py   tests/services/test_compliance_rules.py tests/services/test_compliance_heads_and_steps.py"
    "perut_desktop/services/compliance/dates.py          tests/services/test_compliance_rules.py"
    "perut_desktop/services/compliance/election_rules.py tests/services/test_compliance_heads_and_steps.py tests/services/test_compliance_rules.py"
    "perut_desktop/services/compliance/village_head_rules.py tests/services/test_compliance_heads_and_steps.py tests/services/test_compliance_rules.py"
    "perut_desktop/services/compliance/budget_rules.py tests/services/test_compliance_heads_and_steps.py tests/services/test_compliance_rules.py"
    "perut_desktop/sync/ownership_check.py               tests/sync/test_ownership.py tests/sync/test_hostile_semantic.py tests/sync/test_row_scan.py"
    "perut_desktop/sync/merge.py                         tests/sync/test_merge.py"
    "perut_desktop/sync/fingerprint.py                   tests/sync/test_fingerprint.py"
    "perut_desktop/models/replication.py                 tests/models/test_replication.py tests/models/test_clock.py tests/sync/test_merge.py"
)

DOC=docs/testing.md
BEGIN='<!-- mutation-table:begin -->'
END='<!-- mutation-table:end -->'

source scripts/common.sh
apt_install "${QT_PACKAGES[@]}"
ensure_venv '.[dev]'
ROOT=$PWD
export QT_QPA_PLATFORM=offscreen

selected=()
for line in "${MODULES[@]}"; do
    read -r module _ <<<"$line"
    if [[ $# -eq 0 ]]; then
        selected+=("$line")
        continue
    fi
    for want in "$@"; do
        if [[ $module == *"$want"* ]]; then
            selected+=("$line")
            break
        fi
    done
done
[[ ${#selected[@]} -gt 0 ]] || die "no module of the table matches: $*"

rows=()
for line in "${selected[@]}"; do
    read -r module tests <<<"$line"
    slug=${module//\//.}
    slug=${slug%.py}
    work=$ROOT/mutants/$slug
    say "mutating $module against $tests"
    rm -rf "$work"
    mkdir -p "$work"
    ln -s "$ROOT/perut_desktop" "$ROOT/tests" "$ROOT/resources" "$work/"
    {
        cat pyproject.toml
        printf '\n[tool.mutmut]\n'
        printf 'source_paths = ["perut_desktop"]\n'
        printf 'only_mutate = ["%s"]\n' "$module"
        printf 'also_copy = ["resources"]\n'
        printf 'pytest_add_cli_args_test_selection = [%s]\n' "$(printf '"%s", ' $tests | sed 's/, $//')"
        printf 'pytest_add_cli_args = ["-p", "no:cacheprovider", "-o", "timeout=120"]\n'
        printf 'use_git_change_detection = false\n'
    } >"$work/pyproject.toml"
    names=()
    for fn in ${MUTANTS:-}; do
        [[ $fn == *__mutmut_* ]] || fn+="__mutmut_*"  # a function, or one mutant by name
        names+=("$slug.x_${fn}" "$slug.xǁ${fn}")
    done
    started=$(date +%s)
    (cd "$work" && "$ROOT/$VENV/bin/mutmut" run --max-children "${MUTMUT_CHILDREN:-2}" "${names[@]}" >mutmut.log 2>&1) \
        || { tail -30 "$work/mutmut.log" >&2; die "mutmut failed on $module (log: $work/mutmut.log)"; }
    seconds=$(($(date +%s) - started))
    (cd "$work" && "$ROOT/$VENV/bin/mutmut" results --all true >results.txt)
    only=${MUTANTS:+ (only ${MUTANTS// /, })}
    row=$(awk -v module="$module" -v only="$only" -v secs="$seconds" '
        /: not checked$/ { next }
        /: / { n++; s = $NF
               if (s == "killed") k++; else if (s == "survived") v++; else if (s == "timeout") t++; else o++ }
        END { printf "| `%s`%s | %d | %d | %d | %d | %d | %dm%02ds |", module, only, n, k, v, t, o, secs / 60, secs % 60 }
    ' "$work/results.txt")
    rows+=("$row")
    say "$row"
    grep -v -e ': killed$' -e ': not checked$' "$work/results.txt" | sed 's/^ */    /' >&2 || true
done

# Rewrite the table: keep the rows of modules not run now, replace the others, in table order.
.venv/bin/python - "$DOC" "$BEGIN" "$END" "${rows[@]}" <<'EOF'
import re, sys
from pathlib import Path

doc, begin, end, *new = sys.argv[1:]
path = Path(doc)
text = path.read_text(encoding="utf-8")
head, rest = text.split(begin, 1)
old, tail = rest.split(end, 1)
def module(row): return re.match(r"\| `([^`]+)`", row).group(1)
rows = {module(r): r for r in old.splitlines() if r.startswith("| `")}
rows.update({module(r): r for r in new})
order = [l.split()[0] for l in open("scripts/mutation.sh", encoding="utf-8")
         if l.strip().startswith('"perut_desktop/')]
order = [m.strip('"') for m in order]
ordered = sorted(rows.values(), key=lambda r: order.index(module(r)) if module(r) in order else len(order))
table = ["| module | mutants | killed | survived | timed out | other | time |",
         "|---|---:|---:|---:|---:|---:|---:|", *ordered]
path.write_text(head + begin + "\n" + "\n".join(table) + "\n" + end + tail, encoding="utf-8")
EOF
say "table written to $DOC"
