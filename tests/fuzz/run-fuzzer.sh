#!/usr/bin/env bash
# run-fuzzer.sh FUZZER CORPUS SECONDS: runs a libFuzzer target for a bounded time from its
# checked-in corpus; new inputs go to a scratch folder, never into the source tree. Prints
# how many inputs it ran; exits non-zero on a crash, a leak or a hang.
set -euo pipefail
fuzzer=$1 corpus=$2 seconds=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
"$fuzzer" "$scratch" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$scratch/" >"$scratch/log" 2>&1 || status=$?
grep -E 'stat::number_of_executed_units|stat::new_units_added|ERROR|SUMMARY' "$scratch/log" || true
if [ "$status" -ne 0 ]; then
  tail -n 40 "$scratch/log"
  for crash in "$scratch"/crash-* "$scratch"/leak-* "$scratch"/timeout-*; do
    [ -e "$crash" ] && { echo "input:"; od -c "$crash" | head -20; }
  done
fi
exit "$status"
