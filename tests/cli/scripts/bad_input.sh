#!/usr/bin/env bash
# bad_input.sh HALL TABLE: runs every line of TABLE ("STATUS<TAB>ARGUMENTS", the arguments in
# shell words) against a store holding the example hall and a case, in Chinese and in
# English, and checks for each: the exit status, that standard error is exactly one line in
# the language asked for (Chinese: holds a CJK character; English: holds none), that nothing
# went to standard output, and that the store's files are byte-identical afterwards.
set -euo pipefail
hall=$1 table=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
export HALL_DB=$dir/hall.db HALL_NOW=2026-11-24T09:30 TZ=Asia/Shanghai LANG=zh_CN.UTF-8
unset HALL_STAFF
"$hall" init --example --no-history >/dev/null
"$hall" case open --item SC02 --applicant 甲 --staff S101 --received 2026-11-20T10:00 >/dev/null
"$hall" case open --item SC01 --applicant 乙 --staff S101 --received 2026-11-20T11:00 >/dev/null
"$hall" card add 20261120-0001 --level warning --reason 迟缓 --on 2026-11-23 >/dev/null
mkdir folder
# Case imports that must be refused whole: a code outside the tables, bytes in no encoding
# hall reads, a case number already in the store with other content.
printf 'number,case_type,item,applicant,staff,received,seq,status,at\n20261101-0001,9,SC02,x,S101,2026-11-01T09:00,1,4,2026-11-01T09:00\n' >bad-code.csv
printf 'number,case_type,item,applicant,staff,received,seq,status,at\n20261101-0001,2,SC02,\xff\xff\xff,S101,2026-11-01T09:00,1,4,2026-11-01T09:00\n' >bad-encoding.csv
printf 'number,case_type,item,applicant,staff,received,seq,status,at\n20261120-0001,2,SC02,x,S101,2026-11-20T10:00,1,4,2026-11-20T10:00\n' >duplicate.csv
printf 'x' >notes.txt
# Punch logs: a bad row, bytes neither UTF-8 nor GBK, an unknown staff member, a future day.
printf '工号,打卡时间\nS101,2026-10-12 08:20\nS101,2026-10-12 8h20\n' >bad-row.csv
printf '\xb9\xa4,x\nS101,\x81\n' >bad-encoding.csv
printf '工号,打卡时间\nX99,2026-10-12 08:20\n' >unknown-staff.csv
printf '工号,打卡时间\nS101,2026-12-01 08:20\n' >future.csv
# A read settles the write-ahead log into the store file; from here every refused command
# must leave both files as they are.
"$hall" case list >/dev/null
cjk() { LC_ALL=C.UTF-8 grep -qP '[\x{3000}-\x{9fff}\x{ff00}-\x{ffef}]' "$1"; }
checksum() { cat hall.db hall.db-wal 2>/dev/null | sha256sum | cut -d' ' -f1; }
before=$(checksum)

failures=0 entries=0
fail() { echo "line $1 ($2): $3" >&2; failures=$((failures + 1)); }
line_no=0
while IFS= read -r line || [ -n "$line" ]; do
  line_no=$((line_no + 1))
  case "$line" in '' | '#'*) continue ;; esac
  expected=${line%%$'\t'*}
  words=${line#*$'\t'}
  eval "args=($words)"
  entries=$((entries + 1))
  for lang in zh en; do
    status=0
    "$hall" --lang "$lang" "${args[@]}" >out 2>err || status=$?
    [ "$status" = "$expected" ] || fail "$line_no" "$lang" "exit $status, expected $expected: $(head -c 300 err)"
    lines=$(wc -l <err)
    [ "$lines" = 1 ] || fail "$line_no" "$lang" "stderr has $lines lines: $(head -c 300 err)"
    [ ! -s out ] || fail "$line_no" "$lang" "wrote to stdout: $(head -c 200 out)"
    if [ "$lang" = zh ]; then
      cjk err || fail "$line_no" zh "not Chinese: $(cat err)"
    else
      ! cjk err || fail "$line_no" en "not English: $(cat err)"
    fi
    [ "$(checksum)" = "$before" ] || { fail "$line_no" "$lang" "the store changed"; before=$(checksum); }
  done
done <"$table"
for stray in nowhere.db out.txt; do
  [ ! -e "$stray" ] || fail 0 - "$stray was created"
done
echo "bad inputs: $entries, each in zh and en; failures: $failures"
[ "$entries" -ge 60 ] || { echo "the table should hold at least 60 entries" >&2; exit 1; }
[ "$failures" -eq 0 ]
