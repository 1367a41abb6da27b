#!/usr/bin/env bash
# xlsx_check.sh HALL EXPECTED: writes the October 2026 bulletin and statistics table of the
# store report.t builds as xlsx, reads every cell back (unzip, the shared strings resolved)
# and compares them, sheet by sheet, with EXPECTED; checks the header style and the column
# widths are there; and checks that every format gives the same bytes when run twice.
# HALL_GOLDEN_UPDATE=1 rewrites EXPECTED.
set -euo pipefail
hall=$1 expected=$2
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
# shellcheck source=store.sh
source "$here/store.sh"
fail() { echo "xlsx check: $*" >&2; exit 1; }

# cells BOOK: "sheet<TAB>cell<TAB>value" for every cell, strings resolved.
cells() {
  local book=$1
  unzip -p "$book" xl/sharedStrings.xml 2>/dev/null | tr -d '\n' | sed 's/<si>/\n/g' | tail -n +2 |
    sed 's/<[^>]*>//g' >strings
  local i=0
  unzip -p "$book" xl/workbook.xml | grep -o '<sheet name="[^"]*"' | sed 's/<sheet name="//; s/"$//' |
    while IFS= read -r sheet; do
      i=$((i + 1))
      unzip -p "$book" "xl/worksheets/sheet$i.xml" | sed 's/<c /\n<c /g' | grep '^<c ' |
        awk -v sheet="$sheet" 'NR == FNR { s[FNR - 1] = $0; next }
          {
            match($0, /r="[A-Z]+[0-9]+"/); ref = substr($0, RSTART + 3, RLENGTH - 4)
            v = ""; if (match($0, /<v>[^<]*<\/v>/)) v = substr($0, RSTART + 3, RLENGTH - 7)
            if ($0 ~ /t="s"/) v = s[v]
            print sheet "\t" ref "\t" v
          }' strings -
    done
}

actual=$dir/actual
: >"$actual"
for report in "monthly --month 2026-10" "stats --month 2026-10"; do
  # shellcheck disable=SC2086
  "$hall" report $report --format xlsx --out one.xlsx >/dev/null
  # shellcheck disable=SC2086
  "$hall" report $report --format xlsx --out two.xlsx >/dev/null
  cmp -s one.xlsx two.xlsx || fail "report $report: two runs gave different workbooks"
  unzip -tq one.xlsx >/dev/null || fail "report $report: not a valid zip"
  for sheet in $(unzip -Z1 one.xlsx | grep '^xl/worksheets/sheet'); do
    unzip -p one.xlsx "$sheet" | grep -q '<cols>' || fail "report $report: $sheet has no column widths"
  done
  unzip -p one.xlsx xl/styles.xml | grep -q '<b/>' || fail "report $report: no bold header style"
  echo "# report $report" >>"$actual"
  cells one.xlsx >>"$actual"
done

if [ "${HALL_GOLDEN_UPDATE:-}" = 1 ]; then
  cp "$actual" "$expected"
else
  diff -u "$expected" "$actual" || fail "cells differ from $expected"
fi

# The same store and period give the same bytes, in every format and both languages.
for format in text md csv json html; do
  for lang in zh en; do
    "$hall" --lang $lang report monthly --month 2026-10 --format $format >a
    "$hall" --lang $lang report monthly --month 2026-10 --format $format >b
    cmp -s a b || fail "report monthly --format $format --lang $lang: two runs differ"
  done
done
# One run with --out repeated writes each file as a run of its own format does.
"$hall" report monthly --month 2026-10 --out all.html --out all.csv --out all.xlsx --out all.md >/dev/null
for format in html csv xlsx md; do
  "$hall" report monthly --month 2026-10 --format $format --out single.$format >/dev/null
  cmp -s all.$format single.$format || fail "report monthly --out all.$format differs from --format $format"
done
# The cells hold no applicant's name or ID number unmasked.
if grep -E '张三丰|110101199001011234|李四' "$actual"; then fail "an applicant's name or ID number is unmasked"; fi
echo "xlsx check: $(grep -vc '^#' "$actual") cells as expected; every format byte-identical on a re-run and with --out repeated"
