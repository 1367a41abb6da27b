#!/usr/bin/env bash
# concurrency.sh HALL: several clerks open cases at once while the monitor runs: every case
# is stored, no number is given twice, and no command fails for the store being busy.
set -euo pipefail
hall=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export HALL_DB=$dir/hall.db HALL_NOW=2026-11-20T10:00 TZ=Asia/Shanghai LANG=C.UTF-8
# Eight halls create the same new store at once: each succeeds, exactly one made it, and
# the others found it made (or finished it) instead of failing on its tables.
for i in $(seq 8); do
  ("$hall" --json --db "$dir/new.db" init --example --no-history >"$dir/init$i" 2>&1 || echo "init $i failed" >>"$dir/failures") &
done
wait
if [ -s "$dir/failures" ]; then
  cat "$dir/failures" "$dir"/init*
  exit 1
fi
created=$(cat "$dir"/init* | grep -c '"created": true' || true)
[ "$created" = 1 ] || { echo "$created inits say they created the store"; cat "$dir"/init*; exit 1; }

"$hall" init --example --no-history >/dev/null
writers=6 per=12
for w in $(seq "$writers"); do
  (
    for i in $(seq "$per"); do
      "$hall" case open --item SC02 --applicant "申请人$w-$i" --staff S101 >/dev/null 2>>"$dir/errors" ||
        echo "writer $w case $i failed" >>"$dir/failures"
    done
  ) &
done
(
  for _ in 1 2 3; do
    "$hall" monitor >/dev/null 2>>"$dir/errors" || echo "monitor failed" >>"$dir/failures"
  done
) &
wait
if [ -s "$dir/failures" ]; then
  cat "$dir/failures" "$dir/errors"
  exit 1
fi
"$hall" --json case list >"$dir/list.json"
total=$(grep -c '"number"' "$dir/list.json")
unique=$(grep '"number"' "$dir/list.json" | sort -u | wc -l)
echo "cases: $total, distinct numbers: $unique"
[ "$total" -eq $((writers * per)) ] && [ "$unique" -eq "$total" ]
