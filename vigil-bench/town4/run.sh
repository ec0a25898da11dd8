#!/usr/bin/env bash
# usage: vigil-bench/town4/run.sh SEED [OUT]   - generates town 4 with SEED into OUT (default /tmp/town4/SEED), replays it
# through Vigil and evaluates Vigil against the truth. Output is saved in OUT/replay.txt and OUT/evaluate.txt.
set -uo pipefail
seed="${1:?usage: run.sh SEED [OUT]}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(mkdir -p "${2:-/tmp/town4/$seed}" && cd "${2:-/tmp/town4/$seed}" && pwd)"
vigil_home="${VIGIL_HOME:-$here/../..}"
shift $(( $# > 1 ? 2 : 1 ))
rm -rf "$out/data" "$out/alerts.jsonl"
python3 "$here/gen.py" "$seed" "$out" "$@" | tee "$out/gen.txt"
python3 "$here/check.py" "$out" | tee "$out/check.txt"
cd "$vigil_home"
set +e
./vigil replay --progress none --data "$out/data" "$out/town.jsonl" --alerts "$out/alerts.jsonl" >"$out/replay.txt" 2>&1
rc=$?
echo "replay exit status $rc (3 = some lines quarantined; the town has $(wc -l < "$out/expected_rejects.jsonl") deliberately invalid lines)" | tee -a "$out/replay.txt"
cat "$out/replay.txt"
./vigil evaluate --progress none --data "$out/data" --truth "$out/truth.jsonl" --list >"$out/evaluate.txt" 2>&1
echo "evaluate exit status $?" >>"$out/evaluate.txt"
cat "$out/evaluate.txt"
