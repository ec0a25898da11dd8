#!/usr/bin/env bash
# usage: vigil-bench/town5/run.sh SEED [OUT]   - generates town 5 with SEED into OUT (default /tmp/town5/SEED), checks it,
# replays it through Vigil and evaluates Vigil against the truth. Output is saved in OUT/replay.txt and OUT/evaluate.txt.
# CONCERNS=N scales the town (default 3,000).
set -uo pipefail
seed="${1:?usage: run.sh SEED [OUT]}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(mkdir -p "${2:-/tmp/town5/$seed}" && cd "${2:-/tmp/town5/$seed}" && pwd)"
vigil_home="${VIGIL_HOME:-$here/../..}"
rm -rf "$out/data" "$out/alerts.jsonl"
python3 "$here/gen.py" "$seed" "$out" --concerns "${CONCERNS:-3000}" || exit 1
python3 "$here/check.py" "$out" | tee "$out/check.txt" || exit 1
cd "$vigil_home"
./vigil replay --progress none --data "$out/data" "$out/town.jsonl" --alerts "$out/alerts.jsonl" >"$out/replay.txt" 2>&1
echo "replay exit status $? (3 = some lines quarantined; the town has $(wc -l < "$out/expected_rejects.jsonl") deliberately invalid lines)" >>"$out/replay.txt"
cat "$out/replay.txt"
./vigil evaluate --progress none --data "$out/data" --truth "$out/truth.jsonl" --list >"$out/evaluate.txt" 2>&1
echo "evaluate exit status $?" >>"$out/evaluate.txt"
cat "$out/evaluate.txt"
