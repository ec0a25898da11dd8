#!/usr/bin/env bash
# run.sh SEED [OUT]: generate town6 for SEED into OUT (default /tmp/town6/SEED), check it, then replay it
# through Vigil and score Vigil against the ground truth.  Prints both Vigil outputs.
# Vigil is found at $VIGIL_HOME (default: the repository this script is in).
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 SEED [OUT]" >&2
    exit 2
fi
seed="$1"
out="${2:-/tmp/town6/$seed}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

python3 "$here/gen.py" "$seed" "$out"
python3 "$here/check.py" "$out"

out="$(cd "$out" && pwd)"          # absolute: we change directory below
rm -rf "$out/data"                  # a fresh store for each run (the replay is then reproducible)

cd "${VIGIL_HOME:-$here/../..}"
# replay exits non-zero when it quarantines lines, and this town always contains broken lines on purpose,
# so the exit codes are reported rather than allowed to stop the script.
rc_replay=0
./vigil replay --progress none --data "$out/data" "$out/town.jsonl" --alerts "$out/alerts.jsonl" \
    > "$out/replay.txt" 2>&1 || rc_replay=$?
rc_eval=0
./vigil evaluate --progress none --data "$out/data" --truth "$out/truth.jsonl" --list \
    > "$out/evaluate.txt" 2>&1 || rc_eval=$?

echo "== $out/replay.txt (exit $rc_replay) =="
cat "$out/replay.txt"
echo "== $out/evaluate.txt (exit $rc_eval) =="
cat "$out/evaluate.txt"
