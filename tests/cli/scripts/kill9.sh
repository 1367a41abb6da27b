#!/usr/bin/env bash
# kill9.sh HALL [TRIALS]: kills hall with SIGKILL at random moments while it writes, then
# checks the store: it opens and lists (and `hall verify` passes, in a hall that has it) and
# every case that a finished command reported is there. CI runs a few trials; run more by hand: bash tests/cli/scripts/kill9.sh build/test/cli/hall 400
set -euo pipefail
hall=$1
trials=${2:-8}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export HALL_DB=$dir/hall.db HALL_NOW=2026-11-20T10:00 TZ=Asia/Shanghai LANG=C.UTF-8
"$hall" init --example --no-history >/dev/null
for t in $(seq "$trials"); do
  "$hall" case open --item SC02 --applicant "申请人$t" --staff S101 >>"$dir/opened" 2>/dev/null &
  pid=$!
  # 0 to 30 ms: sometimes before the transaction, sometimes inside it, sometimes after.
  sleep "0.0$((RANDOM % 4))$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  "$hall" monitor >/dev/null &
  pid=$!
  sleep "0.00$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
if "$hall" --help | grep -qw verify; then "$hall" verify; fi
reported=$(grep -c '^办件 ' "$dir/opened" || true)
stored=$("$hall" --json case list | grep -c '"number"' || true)
echo "trials: $trials, reported opened: $reported, stored: $stored"
[ "$stored" -ge "$reported" ]
