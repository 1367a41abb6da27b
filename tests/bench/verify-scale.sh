#!/usr/bin/env bash
# `hall verify` and `hall backup` at city scale: a store of N cases (default 1 000 000) made
# through the desk API by hall_bench_make_store, then a full verify, a one-case verify and a
# backup (which verifies its copy). The nightly cron job this is for runs `hall verify`.
#
#   tests/bench/verify-scale.sh BUILD [CASES]
#
# BUILD is a build tree configured with -DHALL_BUILD_BENCHMARKS=ON (cli/hall and
# tests/bench/hall_bench_make_store). Times are wall-clock and CPU seconds and peak RSS in MB.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD [CASES]" >&2
    exit 2
fi
build=$1 cases=${2:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
hall=$build/cli/hall make=$build/tests/bench/hall_bench_make_store
[[ -x $hall && -x $make ]] || { echo "$0: $build has no cli/hall or tests/bench/hall_bench_make_store" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "$0: needs GNU time (apt-get install time)" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hall-verify.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HALL_DATA_DIR=${HALL_DATA_DIR:-$(cd "$here/../.." && pwd)/data}
export HALL_NOW=2026-12-31T18:00 HALL_DB=$tmp/hall.db LANG=C.UTF-8

measure() {
    /usr/bin/time -v -o "$tmp/time.txt" "$@" >"$tmp/out.txt" 2>&1 || { cat "$tmp/out.txt" >&2; exit 1; }
    awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = t[n] + (n > 1 ? t[n-1] * 60 : 0) + (n > 2 ? t[n-2] * 3600 : 0)}
                /User time/ {u = $2} /System time/ {y = $2}
                /Maximum resident/ {kb = $2}
                END {printf "%7.2f s wall %7.2f s cpu %4.0f MB", s, u + y, kb / 1024}' "$tmp/time.txt"
}

"$make" --cases "$cases" --out "$HALL_DB" --data "$HALL_DATA_DIR"
echo "store:          $(du -m "$HALL_DB" | cut -f1) MB"
echo "verify:         $(measure "$hall" verify)   $(tail -1 "$tmp/out.txt")"
number=$("$hall" --json case list --month 2026-12 | grep -o '"number": "[^"]*"' | head -1 | cut -d'"' -f4)
echo "verify --case:  $(measure "$hall" verify --case "$number")"
echo "backup:         $(measure "$hall" backup "$tmp/copy.db")"
