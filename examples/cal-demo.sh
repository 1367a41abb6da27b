#!/usr/bin/env bash
# A cron-style script over the hall command line: the deadline of a 1-working-day promise
# made the day before National Day 2026, read from --json. Usage: cal-demo.sh [HALL]
set -euo pipefail
hall=${1:-hall}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export HALL_DB=$dir/hall.db HALL_NOW=2026-09-30T10:00
"$hall" init >/dev/null
"$hall" --json cal add 2026-09-30 1 | grep '"date"' | sed 's/.*: "\(.*\)".*/due: \1/'
