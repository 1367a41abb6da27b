#!/usr/bin/env bash
# Bulletins at city scale: `hall report monthly` and `hall report yearly` in html, csv and
# xlsx (each a process of its own, as cron runs them) on a store of any size, with the
# wall-clock seconds and peak RSS of each, and their sums per period. The targets: the
# monthly bulletin in the three formats within 1 s, the yearly within 5 s, at 1 000 000 cases.
#
#   tests/bench/report-scale.sh HALL STORE [MONTH] [YEAR]
#
# STORE is any hall store: the city store of the scoring issue's generator, or one made by
# tests/bench/hall_bench_make_store (monitor-scale.sh), whose cases run through 2026-12-31.
# MONTH defaults to 2026-11 and YEAR to 2025; "now" is 2026-12-31T18:00 hall time.
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: $0 HALL STORE [MONTH] [YEAR]" >&2
  exit 2
fi
hall=$1 store=$2 month=${3:-2026-11} year=${4:-2025}
[[ -x /usr/bin/time ]] || { echo "$0: needs GNU time (apt-get install time)" >&2; exit 2; }
out=$(mktemp -d "${TMPDIR:-/tmp}/hall-report.XXXXXX")
trap 'rm -rf "$out"' EXIT
export HALL_NOW=${HALL_NOW:-2026-12-31T18:00} LANG=C.UTF-8
cases=$(sqlite3 "file:$store?mode=ro" 'SELECT count(*) FROM "case"')
echo "store: $store ($cases cases)"
printf '%-32s %8s %8s\n' "command" "seconds" "MB"
for period in "monthly --month $month" "yearly --year $year"; do
  total=0
  for format in html csv xlsx; do
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %M' -o "$out/time" "$hall" --db "$store" report $period --format $format \
      --out "$out/report.$format" >/dev/null
    read -r seconds kb <"$out/time"
    printf '%-32s %8s %8d\n' "report $period $format" "$seconds" $((kb / 1024))
    total=$(echo "$total + $seconds" | bc)
  done
  printf '%-32s %8s\n' "  the three formats" "$total"
done
