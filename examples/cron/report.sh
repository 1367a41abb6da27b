#!/bin/sh
# The bulletins: `report.sh weekly` for the Friday meeting, `report.sh monthly` on the 1st
# (the last complete month, and the per-window statistics table due by the 2nd). Skipped
# where this hall has no `hall report` yet.
. "$(dirname "$0")/common.sh"
kind=${1:?usage: report.sh weekly|monthly|yearly}
if ! has_command report; then
    exit 0
fi
for format in html csv json; do
    "$HALL" report "$kind" --quiet --format "$format" --out "$HALL_OUT/$kind-$today.$format"
done
if [ "$kind" = monthly ]; then
    "$HALL" report stats --quiet --format csv --out "$HALL_OUT/stats-$today.csv"
fi
