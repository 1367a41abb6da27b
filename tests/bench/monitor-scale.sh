#!/usr/bin/env bash
# Monitoring at city scale: `hall monitor` on a store of N cases (default 1 000 000, about 8%
# of them active) made through the desk API by hall_bench_make_store, run twice: the first
# run issues the cards, the rerun issues nothing and shows what an idempotent daily run costs.
# Before them, a small command (`hall cal is-workday`) right after the large import shows
# what the write-ahead log left by that import costs every later command.
#
#   tests/bench/monitor-scale.sh BUILD [CASES] [BASELINE_BUILD]
#
# BUILD is a build tree configured with -DHALL_BUILD_BENCHMARKS=ON (cli/hall and
# tests/bench/hall_bench_make_store). With BASELINE_BUILD, an older build is measured the same
# way on a store made by its own generator, in the same run, for a before/after table.
# Times are wall-clock seconds and peak RSS in MB, from /usr/bin/time -v.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD [CASES] [BASELINE_BUILD]" >&2
    exit 2
fi
cases=${2:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
[[ -x /usr/bin/time ]] || { echo "$0: needs GNU time (apt-get install time)" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hall-monitor.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HALL_DATA_DIR=${HALL_DATA_DIR:-$(cd "$here/../.." && pwd)/data}
export HALL_NOW=2026-12-31T18:00
export LANG=C.UTF-8

# Runs a command under /usr/bin/time; prints wall seconds, CPU seconds (user + system) and
# peak RSS. On a busy machine the CPU time is the steadier figure.
measure() {
    /usr/bin/time -v -o "$tmp/time.txt" "$@" >"$tmp/out.txt" 2>&1 || { cat "$tmp/out.txt" >&2; exit 1; }
    awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = t[n] + (n > 1 ? t[n-1] * 60 : 0) + (n > 2 ? t[n-2] * 3600 : 0)}
                /User time/ {u = $2} /System time/ {y = $2}
                /Maximum resident/ {kb = $2}
                END {printf "%6.2f s wall %6.2f s cpu %4.0f MB", s, u + y, kb / 1024}' "$tmp/time.txt"
}

run() {
    local label=$1 build=$2
    local hall=$build/cli/hall make=$build/tests/bench/hall_bench_make_store
    [[ -x $hall && -x $make ]] || { echo "$0: $build has no cli/hall or tests/bench/hall_bench_make_store" >&2; exit 2; }
    export HALL_DB=$tmp/$label.db
    echo "== $label ($build)"
    "$make" --cases "$cases" --out "$HALL_DB" --data "$HALL_DATA_DIR"
    echo "   WAL after the import:   $(du -m "$HALL_DB-wal" 2>/dev/null | cut -f1) MB (store $(du -m "$HALL_DB" | cut -f1) MB)"
    echo "   cal is-workday, 1st:    $(measure "$hall" cal is-workday 2026-02-14)"
    echo "   cal is-workday, 2nd:    $(measure "$hall" cal is-workday 2026-02-14)"
    echo "   monitor, first run:     $(measure "$hall" monitor)   $(tail -1 "$tmp/out.txt")"
    echo "   monitor, rerun:         $(measure "$hall" monitor)   $(tail -1 "$tmp/out.txt")"
    echo "   WAL after the monitor:  $(du -m "$HALL_DB-wal" 2>/dev/null | cut -f1) MB"
    rm -f "$HALL_DB" "$HALL_DB-wal" "$HALL_DB-shm"
}

echo "cases: $cases; load: $(uptime | sed 's/.*load average/load average/')"
[[ $# -ge 3 ]] && run before "$3"
run after "$1"
