#!/usr/bin/env bash
# Case import and export at scale, against SQLite's own CSV import of the same file, in the
# same run: the issue's target is an import within 2x of `sqlite3 .import` into a plain
# table, and an export at least as fast as the import.
#
#   tests/bench/exchange-scale.sh HALL [CASES]
#
# The file holds CASES cases (default 1 000 000) of the example hall over 2023-2026, each an
# intake row and, for most, a finish row (an instant case the same day, a promised one within
# its limit or late). Times are wall-clock seconds and peak RSS in MB, from /usr/bin/time -v.
#
# Two floors are measured in the same run, SQLite's own work on the same data with nothing of
# hall's in between: copying the rows the import wrote into a fresh store of the same schema
# (indexes dropped and built again, as the import does), the least any import into this store
# can take; and the sqlite3 shell writing, as CSV, the rows the export writes.
set -euo pipefail
hall=$1
cases=${2:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
[[ -x /usr/bin/time ]] || { echo "$0: needs GNU time (apt-get install time)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "$0: needs the sqlite3 shell" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hall-exchange.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HALL_DATA_DIR=${HALL_DATA_DIR:-$(cd "$here/../.." && pwd)/data}
export HALL_NOW=2026-12-31T18:00 LANG=C.UTF-8 HALL_DB=$tmp/hall.db

python3 - "$cases" >"$tmp/cases.csv" <<'PY'
import random, sys, datetime
n = int(sys.argv[1])
rnd = random.Random(2026)
items = [("SC01", 1, "W01", ["S101", "S102"]), ("SC02", 2, "W01", ["S101", "S102"]),
         ("SW01", 1, "W02", ["S201"]), ("SB01", 1, "W05", ["S501", "S502"]),
         ("SB02", 2, "W05", ["S501", "S502"]), ("ZJ01", 2, "W04", ["S401"])]
out = sys.stdout
out.write("number,case_type,item,applicant,applicant_id,staff,received,seq,status,at\n")
start = datetime.date(2023, 1, 2)
per_day = max(1, n // (4 * 250))
day, count, k = start, 0, 0
while k < n:
    if day.weekday() < 5:
        for _ in range(per_day):
            if k >= n: break
            count += 1
            item, kind, window, staff = rnd.choice(items)
            number = f"{day:%Y%m%d}-{count:04d}"
            received = f"{day}T09:{rnd.randrange(60):02d}"
            who = rnd.choice(staff)
            name = "申请人" + str(k % 997)
            head = f"{number},{kind},{item},{name},,{who},{received}"
            out.write(f"{head},1,4,{received}\n")
            if rnd.random() < 0.95:
                done = day if kind == 1 else day + datetime.timedelta(days=rnd.randrange(1, 20))
                if done > datetime.date(2026, 12, 31): done = datetime.date(2026, 12, 31)
                out.write(f"{head},2,1,{done}T16:00\n")
            k += 1
    day += datetime.timedelta(days=1)
    count = 0
PY
rows=$(($(wc -l <"$tmp/cases.csv") - 1))
mb=$(($(stat -c %s "$tmp/cases.csv") / 1048576))

measure() {  # label, command...: prints "label  wall-s  peak-MB"
    local label=$1
    shift
    /usr/bin/time -v -o "$tmp/time" "$@" >/dev/null
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$tmp/time")
    rss=$(awk -F': ' '/Maximum resident/ {printf "%d", $2 / 1024}' "$tmp/time")
    printf '%-38s %8.2f s %7d MB\n' "$label" "$wall" "$rss"
}

echo "$cases cases, $rows rows, $mb MB of CSV"
measure "sqlite3 .import (plain table)" sqlite3 "$tmp/plain.db" ".mode csv" ".import $tmp/cases.csv cases"
"$hall" init --example --no-history >/dev/null
measure "hall case import" "$hall" case import "$tmp/cases.csv" --quiet
measure "hall case import (again: skipped)" "$hall" case import "$tmp/cases.csv" --quiet
measure "hall case export (csv)" "$hall" case export --out "$tmp/export.csv" --quiet
measure "hall case export --month (csv)" "$hall" case export --month 2026-10 --out "$tmp/month.csv" --quiet

HALL_DB=$tmp/floor.db "$hall" init --example --no-history >/dev/null
list() {  # the SQL of the case and step indexes a store can drop, as $1 makes it
    sqlite3 "$tmp/floor.db" "SELECT group_concat($1, '; ') FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('case', 'case_step')"
}
drops=$(list "'DROP INDEX \"' || name || '\"'")
creates=$(list sql)
measure "floor: SQLite copies the rows" sqlite3 "$tmp/floor.db" "ATTACH '$tmp/hall.db' AS src; PRAGMA cache_size = -32768; BEGIN; $drops; INSERT INTO main.\"case\" SELECT * FROM src.\"case\"; INSERT INTO main.case_step SELECT * FROM src.case_step; $creates; COMMIT"
measure "floor: sqlite3 writes the rows as CSV" sqlite3 -csv "$tmp/hall.db" "SELECT c.number, c.item_class, i.code, w.code, c.applicant, c.applicant_id, coalesce(st.code, ''), c.received, c.investment, c.pending, c.promised_by, s.seq, s.kind, s.at, s.staff, s.reason, s.basis, s.actor, s.value, s.materials, s.corrects, s.overrides, s.automatic FROM \"case\" c JOIN item i ON i.id = c.item_id JOIN hall_window w ON w.id = c.window_id LEFT JOIN staff st ON st.id = c.staff_id JOIN case_step s ON s.case_id = c.id ORDER BY c.received, c.id, s.seq"
