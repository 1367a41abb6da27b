#!/usr/bin/env bash
# cron.sh HALL CRON_DIR: runs the example cron jobs (examples/cron) twice against a store with
# the example hall and a fixed clock, and checks that they print nothing, that the second run
# writes the same files with the same bytes (the monitor's run log aside, whose second entry
# must report no new card), and that a job waiting on another's lock fails with one line.
set -euo pipefail
hall=$1 cron=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
export HALL=$hall HALL_DB=$dir/hall.db HALL_NOW=2026-11-24T09:30 TZ=Asia/Shanghai LANG=zh_CN.UTF-8
unset HALL_STAFF HALL_REMIND_TO
"$hall" init --example --no-history >/dev/null
"$hall" case open --item SC02 --applicant 甲 --staff S101 --received 2026-11-10T10:00 >/dev/null
"$hall" case open --item SB02 --applicant 乙 --staff S501 --received 2026-11-20T10:00 >/dev/null
"$hall" case open --item ZJ01 --applicant 丙 --staff S401 --received 2026-11-23T10:00 >/dev/null

fail() { echo "cron: $*" >&2; exit 1; }
for run in 1 2; do
  export HALL_OUT=$dir/out$run
  for job in "nightly.sh" "remind.sh 2" "report.sh weekly" "report.sh monthly"; do
    # shellcheck disable=SC2086
    out=$(sh "$cron"/$job 2>&1) || fail "$job failed: $out"
    [ -z "$out" ] || fail "$job printed: $out"
  done
done
[ -s out1/remind-2026-11-24.txt ] || fail "no reminder written"
grep -q 20261110-0001 out1/remind-2026-11-24.txt || fail "the reminder misses a case due soon"
diff -r -x monitor.log out1 out2 >&2 || fail "a rerun wrote different bytes"
# out2's log holds the second run only: it found everything already done.
grep -q '新出示 0 张' out2/monitor.log || fail "the second monitoring run issued cards again"

# A job that finds another holding the store waits, then fails with one line.
status=0
flock "$HALL_DB.job-lock" "$hall" remind --within 2 --wait 1 >out 2>err || status=$?
[ "$status" = 1 ] || fail "a locked store gave exit $status"
[ "$(wc -l <err)" = 1 ] && grep -q '另一个 hall 作业' err || fail "a locked store said: $(cat err)"
[ ! -s out ] || fail "a locked job printed: $(cat out)"
echo "cron: ok"
