#!/usr/bin/env bash
# Whole-process intake: one `hall case open` process against a store made by
# `hall init --example`, compared with the sqlite3 command-line tool inserting one row into
# the same store file with the pragmas hall sets on every connection.
#
#   tests/bench/intake-process.sh BUILD/cli/hall [RUNS] [WARMUP]
#
# Both commands write to the same store and run alternately (hall_bench_spawn, built next to
# the hall binary with -DHALL_BUILD_BENCHMARKS=ON), so load changes on the machine hit both.
# Prints the medians and the ratio hall/sqlite3; the target is a ratio of at most 1.3.
#
# Environment: HALL_BENCH_SPAWN overrides where the driver is looked for; HALL_DATA_DIR
# defaults to the source tree's data/; with HALL_BENCH_HYPERFINE=1 and hyperfine installed,
# hyperfine measures the same two commands afterwards as a cross-check (not alternating).
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 PATH/TO/hall [RUNS] [WARMUP]" >&2
    exit 2
fi
hall=$(realpath "$1")
runs=${2:-100}
warmup=${3:-10}
here=$(cd "$(dirname "$0")" && pwd)
spawn=${HALL_BENCH_SPAWN:-$(dirname "$hall")/../tests/bench/hall_bench_spawn}
if [[ ! -x $spawn ]]; then
    echo "$0: no driver at $spawn; build with -DHALL_BUILD_BENCHMARKS=ON or set HALL_BENCH_SPAWN" >&2
    exit 2
fi
command -v sqlite3 >/dev/null || { echo "$0: needs the sqlite3 command-line tool (apt-get install sqlite3)" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hall-intake.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

export HALL_DB=$tmp/store.db
export HALL_DATA_DIR=${HALL_DATA_DIR:-$(cd "$here/../.." && pwd)/data}
export HALL_NOW=2026-11-24T09:30
export LANG=C.UTF-8

"$hall" init --example --no-history >/dev/null
sql="PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; INSERT INTO setting(key,value) VALUES ('bench-'||hex(randomblob(8)),'x');"
hall_cmd=("$hall" case open --item SC02 --applicant 张三 --staff S101)
sqlite_cmd=(sqlite3 "$HALL_DB" "$sql")

# One checked run of each before timing: both must work against this store.
"${hall_cmd[@]}" >"$tmp/first.txt"
grep -q '20261124-0001' "$tmp/first.txt" || { echo "$0: hall case open printed:" >&2; cat "$tmp/first.txt" >&2; exit 1; }
"${sqlite_cmd[@]}" >/dev/null
[[ $(sqlite3 "$HALL_DB" "PRAGMA journal_mode") == wal ]] || { echo "$0: the store is not in WAL mode" >&2; exit 1; }

echo "hall:     ${hall_cmd[*]}"
echo "sqlite3:  $(sqlite3 --version | cut -d' ' -f1) with: $sql"
echo "store:    $HALL_DB ($(df -T "$tmp" | awk 'NR==2 {print $2}'))"
echo "load before: $(uptime | sed 's/.*load average/load average/')"
echo
"$spawn" --runs "$runs" --warmup "$warmup" hall "${hall_cmd[@]}" ::: sqlite3 "${sqlite_cmd[@]}"
echo
echo "load after:  $(uptime | sed 's/.*load average/load average/')"
echo "cases opened: $(sqlite3 "$HALL_DB" 'SELECT count(*) FROM "case"'), rows inserted by sqlite3: $(sqlite3 "$HALL_DB" "SELECT count(*) FROM setting WHERE key LIKE 'bench-%'")"

if [[ ${HALL_BENCH_HYPERFINE:-0} == 1 ]] && command -v hyperfine >/dev/null; then
    echo
    hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$tmp/hyperfine.json" \
        "${hall_cmd[*]}" "sqlite3 $HALL_DB \"$sql\""
    python3 - "$tmp/hyperfine.json" <<'EOF' 2>/dev/null || true
import json, sys
r = json.load(open(sys.argv[1]))["results"]
h, s = r[0]["median"] * 1e3, r[1]["median"] * 1e3
print(f"hyperfine medians: hall {h:.2f} ms, sqlite3 {s:.2f} ms, ratio {h / s:.2f}")
EOF
fi
