#!/usr/bin/env bash
# usage: vigil-bench/town3/run.sh SEED [OUT]   (from the repository's root)
# Generates town SEED, replays it with ./vigil, exports the persons and every alert's history, and scores them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; seed="$1"; out="${2:-/tmp/town3/s$seed}"; vigil="${VIGIL:-$here/../../vigil}"
mkdir -p "$out"; rm -rf "$out/data"
python3 "$here/gen.py" "$seed" "$out" >/dev/null
"$vigil" replay --progress none --data "$out/data" "$out/town.jsonl" --alerts "$out/alerts.jsonl" 2>/dev/null
"$vigil" export persons --data "$out/data" > "$out/persons.jsonl" 2>/dev/null
"$vigil" export alerts --data "$out/data" > "$out/alerts-history.jsonl" 2>/dev/null
python3 "$here/score.py" "$out" --detail | tee "$out/score.txt"
